import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { silentSqlLog, testConfig } from './test-config';
import { createAppDataSource } from '../../src/database/app-data-source';

/** The compiled service (`npm test` builds it first), run exactly as `npm start` runs it. */
export const MAIN_JS = join(__dirname, '..', '..', 'dist', 'src', 'main.js');

/** The base of our problem type URIs: `${PROBLEMS}validation-error`. */
export const PROBLEMS = 'https://ai-error-translator.dev/problems/';

export interface TestResponse {
  status: number;
  headers: Headers;
  text: string;
  body: any;
}

export interface TestApp {
  process: ChildProcess;
  baseUrl: string;
  /** Every JSON log line the process wrote so far. */
  logs: Array<Record<string, unknown>>;
  request(path: string, init?: RequestInit): Promise<TestResponse>;
  /** SIGTERM and wait for the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  exited: Promise<number | null>;
}

/** Environment for a child process: the variables given plus quiet, fast defaults. */
export function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    BCRYPT_ROUNDS: '4',
    PORT: '0',
    HOST: '127.0.0.1',
    // A clean-up firing mid-test (say at :15) would change rows other suites assert; scheduler.spec turns it on.
    SCHEDULER_ENABLED: 'false',
    // Each process its own spool (made only if something is spooled): one shared ./data/usage-spool
    // would replay one suite's records into another suite's database.
    USAGE_SPOOL_DIR: join(tmpdir(), `aet-test-spool-${randomUUID()}`),
    // Suites sign up many users from 127.0.0.1; signup-flood.spec sets low limits of its own.
    SIGNUP_LIMIT_PER_IP: '1000000',
    SIGNUP_LIMIT_GLOBAL: '10000000',
    ...env,
  };
}

/** Starts the real service in its own process and resolves once it listens. */
export async function startApp(
  env: Record<string, string>,
  options: { cwd?: string; timeoutMs?: number; main?: string } = {},
): Promise<TestApp> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const child = spawn(process.execPath, [options.main ?? MAIN_JS], {
    env: childEnv(env),
    cwd: options.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Array<Record<string, unknown>> = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`service did not start within ${timeoutMs} ms: ${stderr}`)), timeoutMs);
    createInterface({ input: child.stdout }).on('line', (line) => {
      try {
        const entry = JSON.parse(line) as Record<string, unknown>;
        logs.push(entry);
        if (typeof entry.port === 'number') {
          clearTimeout(timer);
          resolve(entry.port);
        }
      } catch {
        logs.push({ raw: line });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`service exited with ${code} before listening: ${stderr}`));
    });
  });

  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    process: child,
    baseUrl,
    logs,
    exited,
    request: (path, init) => httpRequest(`${baseUrl}${path}`, init),
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

export async function httpRequest(url: string, init?: RequestInit): Promise<TestResponse> {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, text, body };
}

/** Applies every migration to a PostgreSQL database, as `npm run migration:run` does. */
export async function migrate(databaseUrl: string): Promise<void> {
  if (databaseUrl.startsWith('pglite:')) return; // the embedded database migrates itself on start
  const dataSource = await createAppDataSource(testConfig({ DATABASE_URL: databaseUrl }), silentSqlLog);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}
