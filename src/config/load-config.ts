import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { resolve } from 'node:path';
import { AppConfig, type DatabaseTarget } from './app-config';
import { EnvironmentVariables } from './environment.schema';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const DEFAULT_EMBEDDED_DIR = './data';

/** "X must be an integer number, must not be greater than 1000": every rule the value broke, once. */
function describeError(error: ValidationError): string {
  // class-validator lists constraints last-decorator-first; reversed they read in declaration order.
  const messages = Object.values(error.constraints ?? {})
    .reverse()
    .map((message) => message.replace(`${error.property} `, ''));
  return `${error.property} ${messages.join(', ') || 'is invalid'}`;
}

export function parseDatabaseUrl(url: string | undefined): DatabaseTarget {
  if (url === undefined || url.trim() === '') {
    return { kind: 'embedded', dataDir: resolve(DEFAULT_EMBEDDED_DIR) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: 'postgres', url };
  if (url === 'pglite://memory' || url === 'pglite://') return { kind: 'embedded', dataDir: null };
  if (url.startsWith('pglite:')) {
    const path = url.slice('pglite:'.length).replace(/^\/\//, '');
    return { kind: 'embedded', dataDir: resolve(path) };
  }
  throw new ConfigError(
    `DATABASE_URL: unsupported scheme "${url.split(':')[0]}:"; use postgres://user:pass@host:5432/db, pglite://memory or leave it unset for the embedded database in ./data`,
  );
}

/**
 * Reads and validates the environment once. Empty strings count as unset so that a
 * `.env` copied from `.env.example` with blanks keeps the defaults.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const vars = plainToInstance(EnvironmentVariables, raw, { exposeDefaultValues: true });
  const errors = validateSync(vars, { whitelist: false, forbidUnknownValues: false });
  if (errors.length > 0) {
    const first = errors[0]!;
    throw new ConfigError(`Invalid configuration: ${describeError(first)}`);
  }
  const logLevel = vars.LOG_LEVEL;
  return Object.assign(new AppConfig(), {
    nodeEnv: vars.NODE_ENV,
    port: vars.PORT,
    host: vars.HOST,
    logLevel,
    database: {
      target: parseDatabaseUrl(vars.DATABASE_URL),
      poolSize: vars.DATABASE_POOL_SIZE,
      maxOverflow: vars.DATABASE_MAX_OVERFLOW,
      idleTimeoutMs: vars.DATABASE_IDLE_TIMEOUT_MS,
      connectTimeoutMs: vars.DATABASE_CONNECT_TIMEOUT_MS,
      echo: vars.DATABASE_ECHO ?? (logLevel === 'debug' || logLevel === 'trace'),
    },
    healthDbTimeoutMs: vars.HEALTH_DB_TIMEOUT_MS,
    redisUrl: vars.REDIS_URL ?? null,
    shutdownTimeoutMs: vars.SHUTDOWN_TIMEOUT_MS,
    swaggerEnabled: vars.SWAGGER_ENABLED,
    bcryptRounds: vars.BCRYPT_ROUNDS,
  });
}
