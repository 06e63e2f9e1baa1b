import { execFile } from 'node:child_process';
import { join } from 'node:path';

/** deploy/pgbouncer/start.sh: idempotent, shared with .ci/run. */
const START_SCRIPT = join(__dirname, '..', '..', 'deploy', 'pgbouncer', 'start.sh');
export const PGBOUNCER_PORT = 6432;

let started: Promise<void> | undefined;

/**
 * Makes sure the test PgBouncer (transaction mode, 127.0.0.1:6432) runs, starting it when CI has
 * not. Rejects with the script's reason (not installed, port taken…): a spec that needs the pooler
 * then fails saying why, rather than passing without it.
 */
export function ensurePgBouncer(): Promise<void> {
  started ??= new Promise<void>((resolve, reject) => {
    execFile(START_SCRIPT, { timeout: 20_000 }, (error, _stdout, stderr) => {
      if (error) reject(new Error(`no PgBouncer for this test: ${stderr.trim() || error.message}`));
      else resolve();
    });
  });
  return started;
}

/** The same database reached through the pooler instead of directly. */
export function throughPgBouncer(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(PGBOUNCER_PORT);
  return url.toString();
}
