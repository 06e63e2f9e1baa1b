import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';

/**
 * Where work that needs a server session of its own connects: DATABASE_DIRECT_URL when set (then
 * DATABASE_URL is a transaction pooler, which hands each transaction whatever server connection
 * is free, so a LISTEN or a session lock would stay behind on a connection someone else gets
 * next), else DATABASE_URL. Null for the embedded database, which has no URL.
 */
export function sessionUrl(config: AppConfig): string | null {
  const target = config.database.target;
  if (target.kind !== 'postgres') return null;
  return config.database.directUrl ?? target.url;
}

/** One server session, held until `close()`: what a session advisory lock needs. */
export interface SessionConnection {
  query(sql: string, params: unknown[]): Promise<unknown[]>;
  close(): Promise<void>;
}

/**
 * A session for work that spans several statements' worth of session state. Without a direct URL,
 * a connection checked out of the app's own pool is one server session (as before); with one, a
 * short-lived connection of its own on the direct URL, since the pool goes through the pooler.
 */
export async function openSession(dataSource: DataSource, config: AppConfig, applicationName: string): Promise<SessionConnection> {
  const direct = config.database.target.kind === 'postgres' ? config.database.directUrl : null;
  if (direct === null) {
    const runner = dataSource.createQueryRunner();
    return { query: (sql, params) => runner.query(sql, params) as Promise<unknown[]>, close: () => runner.release() };
  }
  const client = new Client({
    connectionString: direct,
    connectionTimeoutMillis: config.database.connectTimeoutMs,
    keepAlive: true,
    application_name: `ai-error-translator/${applicationName}`,
  });
  // An error on an idle client (the server went away) must not crash the process; the next query fails instead.
  client.on('error', () => undefined);
  await client.connect();
  return {
    query: async (sql, params) => (await client.query<Record<string, unknown>>(sql, params)).rows,
    close: () => client.end().catch(() => undefined),
  };
}
