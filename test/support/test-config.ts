import type { AppConfig } from '../../src/config/app-config';
import { loadConfig } from '../../src/config/load-config';
import type { LogSink } from '../../src/database/sql-logger';

/** Keeps TypeORM's migration chatter out of the test output. */
export const silentSqlLog: LogSink = { log: () => undefined, warn: () => undefined, error: () => undefined };

/** Config as the service would read it from this environment (quiet logs, fast hashing). */
export function testConfig(env: Record<string, string> = {}): AppConfig {
  return loadConfig({ LOG_LEVEL: 'silent', BCRYPT_ROUNDS: '4', NODE_ENV: 'test', ...env });
}
