import { ADMIN_URL, postgresReachable } from './postgres';

export default async function globalSetup(): Promise<void> {
  const real = await postgresReachable();
  // Workers inherit this: tests that need a real server (proxies, killed connections) run only then.
  process.env.AET_TEST_POSTGRES = real ? '1' : '0';
  process.stdout.write(
    real
      ? `\nTests run against PostgreSQL at ${new URL(ADMIN_URL).host} (a fresh database per test file).\n`
      : `\nNo PostgreSQL reachable at ${new URL(ADMIN_URL).host}: tests run on the embedded database (PGlite).\n`,
  );
}
