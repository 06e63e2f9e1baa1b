import { createServer, type Server } from 'node:http';
import { Client } from 'pg';
import { createPino } from '../common/pino-logger';
import { PROBLEM_CONTENT_TYPE, ProblemType, statusTitle } from '../common/problem-details';
import type { AppConfig } from '../config/app-config';

/** Backoff between connection attempts while PostgreSQL is down at start. */
const FIRST_RETRY_MS = 500;
const LONGEST_RETRY_MS = 10_000;

/** How a failed attempt is named to clients: the error code, never the host or port. */
function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : 'unreachable';
}

async function tryConnect(url: string, timeoutMs: number): Promise<string | null> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return reasonOf(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function problem(status: number, detail: string) {
  return JSON.stringify({ type: ProblemType.serviceUnavailable, title: statusTitle(status), status, detail });
}

/**
 * Until PostgreSQL answers, the port serves what an orchestrator asks: `/health/live` 200 (do not
 * restart me), `/health/ready` and every other route 503 naming the database. A database down at
 * start is then a wait, not a crash loop. Nothing is served this way when the first attempt works.
 */
function startWaitingServer(config: AppConfig, reason: () => string): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.method === 'GET' && request.url?.split('?')[0] === '/health/live') {
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end('{"status":"ok"}');
      return;
    }
    request.resume();
    response
      .writeHead(503, { 'content-type': PROBLEM_CONTENT_TYPE, 'retry-after': '5', connection: 'close' })
      .end(problem(503, `Not ready: database (${reason()}); starting`));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve(server));
  });
}

export interface DatabaseWait {
  /** The port being served (PORT=0 picked one): the app must listen on this one. */
  port: number | null;
  /** Frees the port for the app. */
  release(): Promise<void>;
}

/**
 * Returns once PostgreSQL accepts a connection. While it does not, serves the waiting answers on
 * the configured port and retries with backoff; the caller then builds the app and calls
 * release() right before it listens. SIGTERM while waiting exits at once (nothing to drain).
 */
export async function waitForDatabase(config: AppConfig): Promise<DatabaseWait> {
  const target = config.database.target;
  const none: DatabaseWait = { port: null, release: async () => undefined };
  if (target.kind !== 'postgres') return none;
  let reason = await tryConnect(target.url, config.database.connectTimeoutMs);
  if (reason === null) return none;

  // Nest's logger is not set up yet: the same JSON lines, from pino directly.
  const logger = createPino(config.logLevel).child({ context: 'Database' });
  logger.warn({ reason }, 'database unreachable at start: serving liveness, not ready, retrying');
  const server = await startWaitingServer(config, () => reason ?? 'connecting');
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  // The line supervisors and tests read to learn the port, as the app writes it once it serves.
  logger.info({ port }, `Listening on http://${config.host}:${port} (waiting for the database)`);
  const exitNow = () => server.close(() => process.exit(0));
  process.once('SIGTERM', exitNow);
  process.once('SIGINT', exitNow);

  for (let delay = FIRST_RETRY_MS; reason !== null; delay = Math.min(delay * 2, LONGEST_RETRY_MS)) {
    await new Promise((resolve) => setTimeout(resolve, delay));
    reason = await tryConnect(target.url, config.database.connectTimeoutMs);
  }
  logger.info('database reachable: starting');
  return {
    port,
    release: () => {
      process.off('SIGTERM', exitNow);
      process.off('SIGINT', exitNow);
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
