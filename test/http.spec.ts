import { connect } from 'node:net';
import { createTestDatabase, migrate, startApp, type TestApp, type TestDatabase } from './support';

const PROBLEM = /^application\/problem\+json/;

describe('HTTP basics', () => {
  let database: TestDatabase;
  let app: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrate(database.url);
    app = await startApp({ DATABASE_URL: database.url });
  });
  afterAll(async () => {
    await app.stop();
    await database.drop();
  });

  it('answers an unknown route with a 404 problem', async () => {
    const response = await app.request('/no/such/route');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(PROBLEM);
    expect(response.body).toEqual({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'Cannot GET /no/such/route' });
  });

  it('answers malformed JSON with a 400 problem, never a 500', async () => {
    const response = await app.request('/health/live', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"error": "unterminated',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(PROBLEM);
    expect(response.body).toMatchObject({
      type: 'https://ai-error-translator.dev/problems/malformed-body',
      status: 400,
      detail: 'The request body is not valid JSON.',
    });
  });

  it('refuses a body over 1 MiB with a 413 problem', async () => {
    const response = await app.request('/health/live', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ error: 'x'.repeat(1024 * 1024) }),
    });
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ type: 'https://ai-error-translator.dev/problems/payload-too-large', status: 413 });
  });

  it('accepts a body just under the limit (the 413 is about size, not the route)', async () => {
    const response = await app.request('/health/live', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ error: 'x'.repeat(1024 * 1024 - 100) }),
    });
    expect(response.status).toBe(404);
  });

  it('treats a trailing slash as the same route', async () => {
    const plain = await app.request('/health/live');
    const slashed = await app.request('/health/live/');
    expect(plain.status).toBe(200);
    expect(slashed.status).toBe(200);
    expect(slashed.body).toEqual(plain.body);
  });

  it('never sends a stack trace, whatever goes wrong', async () => {
    const responses = await Promise.all([
      app.request('/health/live', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[' }),
      app.request('/%E0%A4%A'),
      app.request('/health/ready', { method: 'DELETE' }),
    ]);
    for (const response of responses) {
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(response.text).not.toMatch(/\bat .+\.(js|ts):\d+/);
      expect(response.headers.get('content-type')).toMatch(PROBLEM);
    }
  });

  it('keeps a caller-supplied X-Request-Id, makes one otherwise, and logs the request under it as JSON', async () => {
    const given = await app.request('/health/live', { headers: { 'x-request-id': 'trace-abc-123' } });
    expect(given.headers.get('x-request-id')).toBe('trace-abc-123');
    const made = await app.request('/health/live', { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

    await new Promise((resolve) => setTimeout(resolve, 100));
    const line = app.logs.find((entry) => entry.reqId === 'trace-abc-123');
    expect(line).toMatchObject({ msg: 'request', method: 'GET', url: '/health/live', status: 200, level: 30 });
    expect(typeof line!.time).toBe('string');
  });

  it('serves Swagger UI at /docs and the OpenAPI document at /docs-json', async () => {
    const ui = await app.request('/docs');
    expect(ui.status).toBe(200);
    expect(ui.headers.get('content-type')).toMatch(/text\/html/);
    expect(ui.text).toContain('swagger-ui');

    const spec = await app.request('/docs-json');
    expect(spec.status).toBe(200);
    expect(spec.body.openapi).toMatch(/^3\./);
    expect(spec.body.info.title).toBe('AI Error Translator API');
    expect(Object.keys(spec.body.paths)).toEqual(expect.arrayContaining(['/health/live', '/health/ready']));
  });

  describe('requests the HTTP parser refuses, on a raw socket', () => {
    /** Writes `raw` and collects all the server sends until it closes the connection (or 5 s pass). */
    function exchange(raw: string): Promise<{ text: string; closed: boolean }> {
      const url = new URL(app.baseUrl);
      return new Promise((resolve) => {
        const socket = connect(Number(url.port), url.hostname);
        let text = '';
        const timer = setTimeout(() => {
          socket.destroy();
          resolve({ text, closed: false });
        }, 5_000);
        socket.setEncoding('utf8');
        socket.on('data', (chunk: string) => (text += chunk));
        socket.on('error', () => undefined);
        socket.on('close', () => {
          clearTimeout(timer);
          resolve({ text, closed: true });
        });
        socket.write(raw);
      });
    }

    function expectRawProblem(answer: { text: string; closed: boolean }, status: number): void {
      const [head, body] = answer.text.split('\r\n\r\n');
      expect(answer.closed).toBe(true);
      expect(head).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
      expect(head).toMatch(/\r\nContent-Type: application\/problem\+json\r\n/i);
      expect(head).toMatch(/\r\nConnection: close(\r\n|$)/i);
      expect(JSON.parse(body)).toMatchObject({ type: 'about:blank', status, detail: expect.any(String) });
    }

    it.each([
      ['a malformed request line', 'GARBAGE\r\n\r\n'],
      ['a space in the path', 'GET /he alth/live HTTP/1.1\r\nHost: x\r\n\r\n'],
      ['a header line without a colon', 'GET /health/live HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n'],
      ['two different Content-Lengths', 'POST /health/live HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n'],
    ])('%s: a 400 problem+json, and the connection closed', async (_name, raw) => {
      expectRawProblem(await exchange(raw), 400);
    });

    it('headers larger than the server accepts: a 431 problem+json', async () => {
      expectRawProblem(await exchange(`GET /health/live HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`), 431);
    });

    it.each([
      ['bare', 'GET /health/live\r\n\r\n'],
      ['with its version', 'GET /health/live HTTP/0.9\r\n\r\n'],
    ])('HTTP/0.9 (%s) is not served: the connection closes with nothing sent', async (_name, raw) => {
      expect(await exchange(raw)).toEqual({ text: '', closed: true });
    });

    it('HTTP/1.0 is still served', async () => {
      const answer = await exchange('GET /health/live HTTP/1.0\r\n\r\n');
      expect(answer.text).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
      expect(answer.text.endsWith('{"status":"ok"}')).toBe(true);
    });
  });
});
