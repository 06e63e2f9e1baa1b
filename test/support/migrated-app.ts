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
