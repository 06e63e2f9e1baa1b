import { extname, join } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import type { EmbeddedEndpoint } from './embedded-database';
import { ENTITIES } from './entities';
import { sessionUrl } from './session-connection';
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
 *
 * Behind a transaction pooler (DATABASE_DIRECT_URL set): the app's pool (`serving`) goes through
 * DATABASE_URL, the pooler; the CLI, migrations and the TypeORM CLI go over the direct URL, since
 * migrations and manage-db's clean-ups hold locks and session state across statements. The pool
 * then sends no statement_timeout at connection start: PgBouncer refuses startup parameters it
 * does not know, and a SET would stick to a server connection other clients share. The server
 * side limit is the pooler's to set on its server connections (connect_query, see docs/operations.md,
 * "Behind PgBouncer"); the client read deadline below still answers a hung server with a 503.
 * TypeORM sends no named prepared statements, which PgBouncer 1.18 cannot pool in transaction mode.
 */
export function buildDataSourceOptions(config: AppConfig, embedded?: EmbeddedEndpoint, sqlLog?: LogSink, serving = false): DataSourceOptions {
  const db = config.database;
  const connection =
    db.target.kind === 'postgres'
      ? { url: serving ? db.target.url : sessionUrl(config)! }
      : { host: embedded!.host, port: embedded!.port, username: 'postgres', database: 'postgres' };
  const max = db.target.kind === 'postgres' ? db.poolSize + db.maxOverflow : EMBEDDED_MAX_CONNECTIONS;
  // PGlite serves one local session and cannot hang on a network; only a server gets deadlines.
  const statementTimeoutMs = serving && db.target.kind === 'postgres' ? db.statementTimeoutMs : 0;
  const pooled = serving && db.directUrl !== null;
  const deadlines =
    statementTimeoutMs > 0
      ? {
          ...(pooled ? {} : { statement_timeout: statementTimeoutMs }),
          query_timeout: statementTimeoutMs + QUERY_TIMEOUT_GRACE_MS,
        }
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
