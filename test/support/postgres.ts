import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The server the suite creates its databases on; TEST_DATABASE_URL overrides it. */
export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

let reachable: Promise<boolean> | undefined;

/** Whether a real PostgreSQL answers; without one (a laptop) the suite runs on PGlite. */
export function postgresReachable(): Promise<boolean> {
  reachable ??= (async () => {
    const client = new Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2_000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return reachable;
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh, empty database of its own for one test file; dropped (with its connections) after. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (!(await postgresReachable())) {
    return { url: 'pglite://memory', name: 'pglite', drop: async () => undefined };
  }
  const name = `aet_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** Runs SQL as the superuser on the admin database (e.g. to terminate the app's connections). */
export function adminQuery(sql: string, params: unknown[] = []): Promise<unknown[]> {
  return admin(async (client) => (await client.query(sql, params)).rows);
}

/** Runs SQL in a test's own database (to arrange state or check what the service wrote). */
export async function queryDatabase(url: string, sql: string, params: unknown[] = []): Promise<any[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}
