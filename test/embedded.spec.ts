import { mkdtempSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { childEnv, MAIN_JS, startApp } from './support';

/** Without DATABASE_URL the service runs on PGlite in ./data: what `npm start` does on a laptop. */
// PGlite's first start (initdb in WebAssembly) takes seconds, and much longer on a busy machine.
const EMBEDDED_TEST_MS = 180_000;
const MIGRATION_COUNT = readdirSync(join(__dirname, '..', 'migrations')).filter((file) => /^\d{13}-\w+\.ts$/.test(file)).length;

describe('the embedded database', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'aet-embedded-'));
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it(
    'is created in ./data, migrated on start, ready, and kept across restarts',
    async () => {
      const first = await startApp({}, { cwd, timeoutMs: 60_000 });
      try {
        expect(existsSync(join(cwd, 'data'))).toBe(true);
        const ready = await first.request('/health/ready');
        expect(ready.status).toBe(200);
        expect(ready.body.details.migrations.status).toBe('up');
        expect(
          first.logs.some((entry) =>
            new RegExp(`Embedded PostgreSQL \\(PGlite\\) in .*/data; ${MIGRATION_COUNT} migration\\(s\\) applied`).test(String(entry.msg)),
          ),
        ).toBe(true);

        // A second process on the same directory would corrupt it: it is refused, in one line.
        const intruder = spawnSync(process.execPath, [MAIN_JS], {
          cwd,
          env: childEnv({ LOG_LEVEL: 'silent' }),
          encoding: 'utf8',
          timeout: 30_000,
        });
        expect(intruder.status).toBe(1);
        expect(intruder.stderr).toContain(`the embedded database in ${join(cwd, 'data')} is in use by process ${first.process.pid}`);
        expect((await first.request('/health/ready')).status).toBe(200);
      } finally {
        expect(await first.stop()).toBe(0);
      }

      const second = await startApp({}, { cwd, timeoutMs: 60_000 });
      try {
        expect((await second.request('/health/ready')).status).toBe(200);
        expect(second.logs.some((entry) => /; 0 migration\(s\) applied/.test(String(entry.msg)))).toBe(true);
      } finally {
        expect(await second.stop()).toBe(0);
      }
    },
    EMBEDDED_TEST_MS,
  );

  it(
    'gives a throw-away database for pglite://memory and writes nothing to disk',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'aet-memory-'));
      const app = await startApp({ DATABASE_URL: 'pglite://memory' }, { cwd: dir, timeoutMs: 60_000 });
      try {
        expect((await app.request('/health/ready')).status).toBe(200);
        expect(existsSync(join(dir, 'data'))).toBe(false);
      } finally {
        await app.stop();
        rmSync(dir, { recursive: true, force: true });
      }
    },
    EMBEDDED_TEST_MS,
  );
});
