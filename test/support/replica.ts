import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, chmod, chown, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { ADMIN_URL, adminQuery } from './postgres';
import { until } from './wait';

const run = promisify(execFile);

/** The server binaries of the local PostgreSQL (Debian layout); PG_BIN overrides. */
const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

/** What the primary's pg_hba.conf needs so that pg_basebackup and the standby may stream. */
export const REPLICATION_HBA_LINES = ['local replication all trust', 'host replication all 127.0.0.1/32 trust'];

/** A real streaming replica of the test server, on a port of its own, logging every statement as `<application_name> <statement>`. */
export interface StreamingReplica {
  port: number;
  /** The URL of `database` on the replica. */
  url(database: string): string;
  /** The replica server's log so far (`log_statement=all`, prefix `%a `). */
  log(): Promise<string>;
  /** Waits until the replica has replayed everything the primary had written when called. */
  caughtUp(limitMs?: number): Promise<void>;
  /** Runs SQL on the replica's `postgres` database. */
  query(sql: string, params?: unknown[]): Promise<any[]>;
  /** pg_ctl stop -m immediate: as if the machine died. */
  kill(): Promise<void>;
  /** Stops the server (if running) and deletes its directory. */
  remove(): Promise<void>;
}

async function asPostgres(command: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run('runuser', ['-u', 'postgres', '--', join(PG_BIN, command), ...args], { timeout: 120_000 });
    return stdout;
  } catch (error) {
    const { stderr, message } = error as { stderr?: string; message: string };
    throw new Error(`${command} ${args.join(' ')} failed: ${stderr?.trim() || message}`, { cause: error });
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Makes sure the primary accepts replication connections from this machine, as `.ci/run` does:
 * appends the two trust lines to its pg_hba.conf when missing and reloads it. Throws, saying what
 * to do, when that file cannot be changed from here (another machine, not root): a replica test
 * must fail loudly, never pass by skipping.
 */
export async function allowReplication(): Promise<void> {
  const [{ hba_file: hbaFile }] = (await adminQuery('SHOW hba_file')) as Array<{ hba_file: string }>;
  let current: string;
  try {
    current = await readFile(hbaFile, 'utf8');
  } catch (error) {
    throw new Error(
      `the replica test needs replication access to the PostgreSQL at ${new URL(ADMIN_URL).host}, and cannot read its pg_hba.conf (${hbaFile}): ${(error as Error).message}. Add "${REPLICATION_HBA_LINES.join('" and "')}" there and reload it (.ci/run does).`,
      { cause: error },
    );
  }
  const active = current.split('\n').map((line) => line.trim().split(/\s+/).join(' '));
  const missing = REPLICATION_HBA_LINES.filter((line) => !active.includes(line));
  if (missing.length === 0) return;
  try {
    await appendFile(hbaFile, `\n# streaming replicas of the test suite (test/support/replica.ts)\n${missing.join('\n')}\n`);
  } catch (error) {
    throw new Error(
      `cannot add "${missing.join('" and "')}" to ${hbaFile}: ${(error as Error).message}; add them by hand and reload PostgreSQL`,
      { cause: error },
    );
  }
  await adminQuery('SELECT pg_reload_conf()');
}

/**
 * Clones the test server with `pg_basebackup -R -X stream` into a temporary directory and starts
 * it as a hot standby on a free port. PostgreSQL refuses to run as root: the directory belongs to
 * `postgres` and every server command runs through `runuser -u postgres`.
 */
export async function startReplica(): Promise<StreamingReplica> {
  const admin = new URL(ADMIN_URL);
  if (!['127.0.0.1', 'localhost'].includes(admin.hostname)) {
    throw new Error(`the replica test clones the local PostgreSQL; TEST_DATABASE_URL points at ${admin.host}`);
  }
  if (!existsSync(join(PG_BIN, 'pg_basebackup'))) throw new Error(`pg_basebackup not found in ${PG_BIN} (set PG_BIN)`);
  await allowReplication();

  const root = await mkdtemp(join(tmpdir(), 'aet-replica-'));
  const dataDir = join(root, 'data');
  const logFile = join(root, 'server.log');
  const port = await freePort();
  const pgUser = await run('id', ['-u', 'postgres']).then(({ stdout }) => Number(stdout.trim()));
  const pgGroup = await run('id', ['-g', 'postgres']).then(({ stdout }) => Number(stdout.trim()));
  await chown(root, pgUser, pgGroup);
  await chmod(root, 0o700);
  let running = false;

  const remove = async () => {
    if (running) await asPostgres('pg_ctl', ['-D', dataDir, 'stop', '-m', 'immediate']).catch(() => undefined);
    running = false;
    await rm(root, { recursive: true, force: true });
  };

  try {
    // -c fast: do not wait for the next scheduled checkpoint before copying.
    await asPostgres('pg_basebackup', [
      '-h',
      admin.hostname,
      '-p',
      admin.port || '5432',
      '-U',
      'postgres',
      '-D',
      dataDir,
      '-R',
      '-X',
      'stream',
      '-c',
      'fast',
    ]);
    // Debian keeps the primary's postgresql.conf and pg_hba.conf in /etc: the copy has none.
    const settings = [
      `port = ${port}`,
      `listen_addresses = '127.0.0.1'`,
      `unix_socket_directories = '${root}'`,
      'hot_standby = on',
      'shared_buffers = 32MB',
      // Which session ran which statement: the test reads this log.
      'log_statement = all',
      `log_line_prefix = '%a '`,
      'hot_standby_feedback = on',
    ];
    await writeFile(join(dataDir, 'postgresql.conf'), `${settings.join('\n')}\n`);
    await writeFile(join(dataDir, 'pg_hba.conf'), 'local all all trust\nhost all all 127.0.0.1/32 trust\n');
    await writeFile(join(dataDir, 'pg_ident.conf'), '');
    await run('chown', ['-R', 'postgres:postgres', root]);
    // A hot standby needs max_connections (and the like) at least the primary's: those are left alone.
    await asPostgres('pg_ctl', ['-D', dataDir, '-l', logFile, '-w', '-t', '60', 'start']).catch(async (error: Error) => {
      const log = await readFile(logFile, 'utf8').catch(() => '');
      throw new Error(`${error.message}\nserver log:\n${log.split('\n').slice(-15).join('\n')}`);
    });
    running = true;
  } catch (error) {
    await remove();
    throw error;
  }

  const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  const query = async (sql: string, params: unknown[] = []) => {
    // Named, so that a test can tell its own probes from the app's statements in the replica's log.
    const client = new Client({ connectionString: url('postgres'), connectionTimeoutMillis: 2_000, application_name: 'aet-test' });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows;
    } finally {
      await client.end();
    }
  };
  const replica: StreamingReplica = {
    port,
    url,
    query,
    log: () => readFile(logFile, 'utf8'),
    caughtUp: async (limitMs = 30_000) => {
      const [{ lsn }] = (await adminQuery('SELECT pg_current_wal_lsn()::text AS lsn')) as Array<{ lsn: string }>;
      await until(
        async () => {
          const [row] = await query('SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done', [lsn]).catch(() => [{ done: false }]);
          return row.done === true;
        },
        limitMs,
        `replica replays up to ${lsn}`,
      );
    },
    kill: async () => {
      await asPostgres('pg_ctl', ['-D', dataDir, 'stop', '-m', 'immediate']);
      running = false;
    },
    remove,
  };
  // A hot standby accepts connections only once it reached a consistent state.
  await until(
    () =>
      query('SELECT pg_is_in_recovery() AS standby').then(
        ([row]) => row.standby === true,
        () => false,
      ),
    30_000,
    'replica accepts connections',
  );
  return replica;
}
