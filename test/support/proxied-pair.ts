import { createTestDatabase, type TestDatabase } from './postgres';
import { TEST_JWT_SECRET } from './accounts';
import { migrate, startApp, type TestApp } from './test-app';
import { TcpProxy, throughProxy } from './tcp-proxy';

/**
 * Two instances on one fresh, migrated database: `proxied` reaches it through `proxy` (which a
 * test stalls or cuts), `direct` does not, so it can act while `proxied` is cut off. Short
 * database timeouts keep failures quick.
 */
export interface ProxiedPair {
  database: TestDatabase;
  proxy: TcpProxy;
  proxied: TestApp;
  direct: TestApp;
  stop(): Promise<void>;
}

export async function startProxiedPair(proxiedEnv: Record<string, string> = {}): Promise<ProxiedPair> {
  const database = await createTestDatabase();
  await migrate(database.url);
  const proxy = await TcpProxy.forDatabase(database.url);
  const env = { JWT_SECRET: TEST_JWT_SECRET, DATABASE_CONNECT_TIMEOUT_MS: '1000', DATABASE_STATEMENT_TIMEOUT_MS: '1000' };
  const [proxied, direct] = await Promise.all([
    startApp({ ...env, ...proxiedEnv, DATABASE_URL: throughProxy(database.url, proxy) }),
    startApp({ ...env, DATABASE_URL: database.url }),
  ]);
  return {
    database,
    proxy,
    proxied,
    direct,
    async stop() {
      await Promise.all([proxied.stop(), direct.stop()]);
      await proxy.stop();
      await database.drop();
    },
  };
}
