import { extname, join } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import type { EmbeddedEndpoint } from './embedded-database';
import { ENTITIES } from './entities';
import { SqlLogger, type LogSink } from './sql-logger';

/** Compiled code loads compiled migrations, ts-jest loads the TypeScript ones. */
const MIGRATIONS_GLOB = join(__dirname, '..', '..', 'migrations', `*${extname(__filename)}`);

/** Statements slower than this are logged as warnings even without DATABASE_ECHO. */
const SLOW_QUERY_MS = 1_000;

/**
 * The client-side read deadline waits this much longer than the server's statement_timeout, so
 * that a slow statement is normally cancelled by the server (the connection stays usable) and
 * the client deadline only fires when the server or the network has stopped answering at all.
 */
const QUERY_TIMEOUT_GRACE_MS = 1_000;

/** The embedded database is one PGlite session; more connections would only queue. */
const EMBEDDED_MAX_CONNECTIONS = 4;

/**
 * The single description of how we talk to the database: used by the app, by `ormconfig.ts`
 * (the TypeORM CLI) and by `manage-db`.
 *
 * Pool: `DATABASE_POOL_SIZE` connections are kept, up to `DATABASE_MAX_OVERFLOW` more are opened
 * under load and closed after `DATABASE_IDLE_TIMEOUT_MS` idle. node-postgres drops an idle
 * connection as soon as the server or the network kills it (with TCP keep-alive to notice a
 * silent peer), so the next checkout gets a fresh one: the seed's "pre-ping".
 *
 * Timeouts: checking out a connection waits at most `DATABASE_CONNECT_TIMEOUT_MS` (pg-pool's
 * connectionTimeoutMillis covers both opening a connection and waiting for a free one). With
 * `serving`, statements also get `DATABASE_STATEMENT_TIMEOUT_MS`, so a hung server answers
 * requests with a 503 instead of holding them. The CLI passes no `serving`: migrations and
 * maintenance may legitimately run for minutes (an index build), and an operator is watching.
 */
export function buildDataSourceOptions(
  config: AppConfig,
  embedded?: EmbeddedEndpoint,
  sqlLog?: LogSink,
  serving = false,
): DataSourceOptions {
  const db = config.database;
  const connection =
    db.target.kind === 'postgres'
      ? { url: db.target.url }
      : { host: embedded!.host, port: embedded!.port, username: 'postgres', database: 'postgres' };
  const max = db.target.kind === 'postgres' ? db.poolSize + db.maxOverflow : EMBEDDED_MAX_CONNECTIONS;
  // PGlite serves one local session and cannot hang on a network; only a server gets deadlines.
  const statementTimeoutMs = serving && db.target.kind === 'postgres' ? db.statementTimeoutMs : 0;
  const deadlines =
    statementTimeoutMs > 0
      ? { statement_timeout: statementTimeoutMs, query_timeout: statementTimeoutMs + QUERY_TIMEOUT_GRACE_MS }
      : {};
  return {
    type: 'postgres',
    ...connection,
    entities: ENTITIES,
    migrations: [MIGRATIONS_GLOB],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+ (and PGlite): no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logger: new SqlLogger(db.echo, sqlLog),
    logging: db.echo ? 'all' : ['error', 'warn', 'migration'],
    maxQueryExecutionTime: SLOW_QUERY_MS,
    applicationName: 'ai-error-translator',
    connectTimeoutMS: db.connectTimeoutMs,
    extra: {
      max,
      min: Math.min(db.poolSize, max),
      idleTimeoutMillis: db.idleTimeoutMs,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      ...deadlines,
    },
  };
}
