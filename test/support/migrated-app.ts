import { TEST_JWT_SECRET } from './accounts';
import { createTestDatabase, type TestDatabase } from './postgres';
import { migrate, startApp, type TestApp } from './test-app';

export interface MigratedApp {
  app: TestApp;
  database: TestDatabase;
  /** Stops the app, then drops its database. */
  stop(): Promise<void>;
}

/** A fresh database, migrated, and our app started on it with `env` added to the test defaults. */
export async function startMigratedApp(env: Record<string, string> = {}): Promise<MigratedApp> {
  const database = await createTestDatabase();
  try {
    await migrate(database.url);
    const app = await startApp({ DATABASE_URL: database.url, ...env });
    return {
      app,
      database,
      stop: async () => {
        await app.stop();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}

export interface AppPair {
  first: TestApp;
  second: TestApp;
  database: TestDatabase;
  /** Stops both apps, then drops their database. */
  stop(): Promise<void>;
}

/** Two instances of the app on one fresh, migrated database, with the suite's JWT secret: a multi-instance deployment. */
export async function startAppPair(env: Record<string, string> = {}): Promise<AppPair> {
  const database = await createTestDatabase();
  await migrate(database.url);
  const shared = { DATABASE_URL: database.url, JWT_SECRET: TEST_JWT_SECRET, ...env };
  const [first, second] = await Promise.all([startApp(shared), startApp(shared)]);
  return {
    first,
    second,
    database,
    stop: async () => {
      await Promise.all([first.stop(), second.stop()]);
      await database.drop();
    },
  };
}
