import type { AppConfig } from '../../src/config/app-config';
import { loadConfig } from '../../src/config/load-config';

/** Config as the service would read it from this environment (quiet logs, fast hashing). */
export function testConfig(env: Record<string, string> = {}): AppConfig {
  return loadConfig({ LOG_LEVEL: 'silent', BCRYPT_ROUNDS: '4', NODE_ENV: 'test', ...env });
}
