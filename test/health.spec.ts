import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createTestDatabase, describeWithPostgres, migrate, startApp, type TestApp, type TestDatabase } from './support';
import { TcpProxy, throughProxy } from './support/tcp-proxy';

/** This tree's migrations as readiness names them (`1795606785891-InitialSchema.ts` → `InitialSchema1795606785891`). */
const MIGRATIONS = readdirSync(join(__dirname, '..', 'migrations'))
  .filter((file) => /^\d{13}-\w+\.ts$/.test(file))
  .sort()
  .map((file) => file.replace(/^(\d{13})-(\w+)\.ts$/, '$2$1'));

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

describe('health probes', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.drop());

  describeWithPostgres('on an unmigrated PostgreSQL database', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startApp({ DATABASE_URL: database.url });
    });
    afterAll(async () => app.stop());

    it('is live but not ready, and readiness names the pending migrations', async () => {
      const live = await app.request('/health/live');
      expect(live.status).toBe(200);
      expect(live.body).toEqual({ status: 'ok' });

      const ready = await app.request('/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(ready.body.detail).toBe(
        `Not ready: migrations (${MIGRATIONS.length} pending: ${MIGRATIONS.join(', ')}; run npm run migration:run)`,
      );
      expect(ready.body.checks.database.status).toBe('up');
      expect(ready.body.checks.migrations.status).toBe('down');
    });

    it('becomes ready once the migrations have been run, without a restart', async () => {
      await migrate(database.url);
      // The migration status is reused for a few seconds (MIGRATION_STATUS_TTL_MS), then re-read.
      await waitFor(async () => (await app.request('/health/ready')).status === 200, 10_000);
      const ready = await app.request('/health/ready');
      expect(ready.status).toBe(200);
      expect(ready.body.status).toBe('ok');
      expect(ready.body.details.database.status).toBe('up');
      expect(ready.body.details.migrations.status).toBe('up');
    });
  });

  describeWithPostgres('when the database goes away and comes back', () => {
    let proxy: TcpProxy;
    let app: TestApp;

    beforeAll(async () => {
      await migrate(database.url);
      proxy = await TcpProxy.forDatabase(database.url);
      // Every probe pings here, so each answer shows the database's state now; sharing one ping
      // across probes (HEALTH_READY_CACHE_MS) is health-readiness-burst.spec's subject.
      app = await startApp({ DATABASE_URL: throughProxy(database.url, proxy), HEALTH_DB_TIMEOUT_MS: '500', HEALTH_READY_CACHE_MS: '0' });
    });
    afterAll(async () => {
      await app.stop();
      await proxy.stop();
    });

    it('readiness turns 503 naming the database, then 200 again, and liveness never fails', async () => {
      expect((await app.request('/health/ready')).status).toBe(200);

      proxy.cut();
      const down = await app.request('/health/ready');
      expect(down.status).toBe(503);
      expect(down.body.detail).toMatch(/^Not ready: database/);
      expect(down.body.checks.database.status).toBe('down');
      expect((await app.request('/health/live')).status).toBe(200);

      proxy.restore();
      await waitFor(async () => (await app.request('/health/ready')).status === 200, 5_000);
    });

    it('replaces connections the server killed, so the next request does not fail', async () => {
      await app.request('/health/ready');
      proxy.cut(); // every pooled connection dies at once
      proxy.restore();
      await new Promise((resolve) => setTimeout(resolve, 50));
      const ready = await app.request('/health/ready');
      expect(ready.status).toBe(200);
    });
  });
});

describeWithPostgres('readiness with Redis configured', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await migrate(database.url);
  });
  afterAll(async () => database.drop());

  it('reports Redis up when it answers', async () => {
    const app = await startApp({ DATABASE_URL: database.url, REDIS_URL: 'redis://127.0.0.1:6379' });
    try {
      const ready = await app.request('/health/ready');
      expect(ready.status).toBe(200);
      expect(ready.body.status).toBe('ok');
      expect(ready.body.details.redis.status).toBe('up');
    } finally {
      await app.stop();
    }
  });

  it('stays ready but says "degraded" when Redis is unreachable: Redis is an accelerator, not a dependency', async () => {
    const app = await startApp({ DATABASE_URL: database.url, REDIS_URL: 'redis://127.0.0.1:1', HEALTH_DB_TIMEOUT_MS: '300' });
    try {
      const ready = await app.request('/health/ready');
      expect(ready.status).toBe(200);
      expect(ready.body.status).toBe('degraded');
      expect(ready.body.details.database.status).toBe('up');
      expect(ready.body.details.redis.status).toBe('degraded');
      expect(ready.body.details.redis.message).toMatch(
        /^unreachable: .*; using per-instance fallbacks \(rate limits and monthly quotas are counted per instance\)$/,
      );
    } finally {
      expect(await app.stop()).toBe(0);
    }
  });
});
