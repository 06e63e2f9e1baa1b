import { Client } from 'pg';
import { createAppDataSource } from '../src/database/app-data-source';
import { loadConfig } from '../src/config/load-config';
import type { AppConfig } from '../src/config/app-config';

export interface BenchDatabase {
  url: string;
  name: string;
  /** Names TypeORM gives this build's migrations, so the baseline checks the same list. */
  migrationNames: string[];
  /** The app's pool settings for this URL, so the baseline pool is the same size. */
  pool: { max: number; min: number; idleMs: number };
  serverVersion: string;
}

/** Only the URL: the app's own defaults (pool size and so on) are what we measure. */
function benchConfig(url: string): AppConfig {
  return loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent', NODE_ENV: 'production' });
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Drops and recreates the bench database (via the `postgres` database), then migrates it as `migration:run` would. */
export async function recreateBenchDatabase(url: string): Promise<BenchDatabase> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!name || name === 'postgres') throw new Error(`BENCH_DATABASE_URL must name a database of its own, got "${name}"`);
  const adminUrl = new URL(url);
  adminUrl.pathname = '/postgres';

  const admin = new Client({ connectionString: adminUrl.toString(), connectionTimeoutMillis: 5_000 });
  await admin.connect();
  let serverVersion: string;
  try {
    serverVersion = (await admin.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version;
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
  } finally {
    await admin.end();
  }

  // Migration progress goes to stderr: stdout carries only the table (and the JSON).
  const toStderr = (message: object) => process.stderr.write(`${JSON.stringify(message)}\n`);
  const dataSource = await createAppDataSource(benchConfig(url), { log: toStderr, warn: toStderr, error: toStderr });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    // MigrationExecutor names a migration by its `name` property, else its class name.
    const migrationNames = dataSource.migrations.map((m) => m.name ?? m.constructor.name);
    // Read back what our DataSource hands to pg, rather than re-deriving it from the config.
    const extra = dataSource.options.extra as { max: number; min: number; idleTimeoutMillis: number };
    return {
      url,
      name,
      migrationNames,
      pool: { max: extra.max, min: extra.min, idleMs: extra.idleTimeoutMillis },
      serverVersion,
    };
  } finally {
    await dataSource.destroy();
  }
}
