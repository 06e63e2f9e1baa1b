import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { buildDataSourceOptions } from './data-source-options';
import type { LogSink } from './sql-logger';

/** What a replica's sessions are called in pg_stat_activity and its log (`%a`), apart from the primary's. */
export const REPLICA_APPLICATION_NAME = 'ai-error-translator-replica';

/**
 * A replica is reached exactly as the primary (same entities, timeouts, logger) except for its
 * URL and name. It carries no migrations (a replica is read-only and follows the primary's
 * schema) and keeps no idle connections: it serves only the analytics, and a replica that is
 * gone must not leave the pool trying to refill itself.
 */
export function buildReplicaDataSourceOptions(config: AppConfig, url: string, sqlLog?: LogSink, serving = true): DataSourceOptions {
  const primary = buildDataSourceOptions(config, undefined, sqlLog, serving);
  return {
    ...primary,
    url,
    applicationName: REPLICA_APPLICATION_NAME,
    migrations: [],
    extra: { ...(primary.extra as Record<string, unknown> | undefined), max: config.database.poolSize, min: 0 },
  } as DataSourceOptions;
}

/** host:port/db of a replica URL, for the operator's log: never the password. */
export function describeReplica(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host || 'localhost'}${parsed.pathname}`;
  } catch {
    return 'a replica with an unparsable URL';
  }
}
