import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { childEnv } from './test-app';

const DIST = join(__dirname, '..', '..', 'dist');

/** One step of a script: a statement, or applying / undoing migrations. */
export type PgliteStep = { sql: string; params?: unknown[] } | { migrate: true } | { undoLast: true };

/**
 * PGlite loads its WebAssembly through a dynamic import, which Jest's module sandbox refuses, so
 * the embedded database is driven from a plain Node process running the compiled DataSource and
 * migrations (`dist/`, as `npm test` builds it). Each step's rows come back, JSON-serialised.
 */
const RUNNER = `
const { createAppDataSource } = require(${JSON.stringify(join(DIST, 'src', 'database', 'app-data-source.js'))});
const { loadConfig } = require(${JSON.stringify(join(DIST, 'src', 'config', 'load-config.js'))});
(async () => {
  const steps = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
  const quiet = { log() {}, warn() {}, error() {} };
  const dataSource = await createAppDataSource(loadConfig({ DATABASE_URL: process.env.PGLITE_URL, LOG_LEVEL: 'silent' }), quiet);
  await dataSource.initialize();
  const results = [];
  try {
    for (const step of steps) {
      if (step.migrate) results.push(await dataSource.runMigrations({ transaction: 'each' }).then((applied) => applied.length));
      else if (step.undoLast) results.push(await dataSource.undoLastMigration({ transaction: 'each' }).then(() => null));
      else results.push(await dataSource.query(step.sql, step.params ?? []));
    }
  } finally {
    await dataSource.destroy();
  }
  process.stdout.write(JSON.stringify(results));
})().catch((error) => { process.stderr.write(String(error && error.stack || error)); process.exit(1); });
`;

/** `databaseUrl`: pglite:<directory> to keep the database for another process (manage-db) to open. */
export function runOnPglite(steps: PgliteStep[], timeoutMs = 150_000, databaseUrl = 'pglite://memory'): Promise<any[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', RUNNER], { env: childEnv({ PGLITE_URL: databaseUrl }), stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(JSON.parse(out));
      else reject(new Error(`PGlite script failed (${code}): ${err}`));
    });
    child.stdin.end(JSON.stringify(steps));
  });
}
