import { connect, type Socket } from 'node:net';
import { createTestDatabase, migrate, sleep, startApp, type TestApp, type TestDatabase } from './support';

/** Complete headers announcing a 100-byte body, and only the start of it: a client that stalls. */
async function stallMidBody(app: TestApp): Promise<{ socket: Socket; received: () => string; closed: Promise<number> }> {
  const { port } = new URL(app.baseUrl);
  const socket = connect(Number(port), '127.0.0.1');
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
  socket.on('error', () => undefined);
  const opened = Date.now();
  const closed = new Promise<number>((resolve) => socket.once('close', () => resolve(Date.now() - opened)));
  socket.write(
    'POST /auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"email":"slow@example.com",',
  );
  return { socket, received: () => received, closed };
}

describe('slow clients', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrate(database.url);
  });
  afterAll(async () => {
    await database.drop();
  });

  it('answers a body that stops arriving with 408 and closes the connection after REQUEST_TIMEOUT_MS', async () => {
    const app = await startApp({ DATABASE_URL: database.url, REQUEST_TIMEOUT_MS: '1000' });
    try {
      const client = await stallMidBody(app);
      const timer = sleep(8_000).then(() => -1);
      const closedAfter = await Promise.race([client.closed, timer]);
      client.socket.destroy();
      // Held open for good before the fix; now closed within the timeout plus Node's check interval.
      expect(closedAfter).toBeGreaterThanOrEqual(900);
      expect(closedAfter).toBeLessThan(5_000);
      expect(client.received()).toMatch(/^HTTP\/1\.1 408 /);
      // A problem like every other error, not Node's own JSON.
      expect(client.received()).toMatch(/\r\nContent-Type: application\/problem\+json\r\n[\s\S]*"status":408/i);
      // The service is unharmed: the next client is served.
      expect((await app.request('/health/live')).status).toBe(200);
    } finally {
      await app.stop();
    }
  });

  it('exits cleanly on SIGTERM while a client stalls mid-body, instead of waiting for the forced exit', async () => {
    const app = await startApp({ DATABASE_URL: database.url, REQUEST_TIMEOUT_MS: '1000', SHUTDOWN_TIMEOUT_MS: '8000' });
    const client = await stallMidBody(app);
    await sleep(200);
    const signalled = Date.now();
    app.process.kill('SIGTERM');
    const code = await app.exited;
    await client.closed;
    expect(code).toBe(0);
    // Node stops its own request-timeout sweep once the server closes; the drain answers the client itself.
    expect(client.received()).toMatch(/^HTTP\/1\.1 408 /);
    expect(Date.now() - signalled).toBeLessThan(6_000);
    expect(app.logs.some((entry) => /Still busy/.test(String(entry.msg)))).toBe(false);
  });
});
