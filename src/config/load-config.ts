import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { validateCronExpression } from 'cron';
import { parseQuota } from '../subscriptions/tiers';
import { AppConfig, type DatabaseTarget } from './app-config';
import { EnvironmentVariables } from './environment.schema';

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** "900" or "900s" → 900, "15m" → 900, "30d" → 2592000 (already validated against DURATION). */
export function durationSeconds(value: string): number {
  const unit = value.at(-1)!;
  return unit in UNIT_SECONDS ? Number(value.slice(0, -1)) * UNIT_SECONDS[unit] : Number(value);
}

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

/** "postgres://a/db, postgres://b/db" → both URLs; blanks between commas are ignored. */
export function parseReplicaUrls(value: string | undefined): string[] {
  const urls = (value ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter((url) => url !== '');
  for (const url of urls) {
    if (!/^postgres(ql)?:\/\/./.test(url)) {
      throw new ConfigError(
        `Invalid configuration: DATABASE_REPLICA_URLS must be comma-separated postgres://user:pass@host:5432/db URLs (got one starting "${url.split(':')[0]}:")`,
      );
    }
  }
  return urls;
}

/**
 * "https://app.example.com, http://localhost:5173" → both origins. Each must be an origin exactly
 * as a browser sends it in `Origin` (scheme, host, port if not the default; no path, no trailing
 * slash, lower case): CORS compares them as strings, so anything else would silently never match.
 */
export function parseCorsOrigins(value: string | undefined): string[] {
  const origins = (value ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  for (const origin of origins) {
    if (serialisedOrigin(origin) !== origin) {
      throw new ConfigError(
        `Invalid configuration: CORS_ORIGINS must be comma-separated origins such as https://app.example.com (scheme, host and port only, no path or trailing slash; "*" is not accepted); got "${origin}"`,
      );
    }
  }
  return [...new Set(origins)];
}

/** The origin a browser would send for `value`, or null when `value` is not an http(s) URL. */
function serialisedOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
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
    const first = errors[0];
    throw new ConfigError(`Invalid configuration: ${describeError(first)}`);
  }
  // A missing secret must not give every production pod its own throw-away database, all ready.
  if (vars.NODE_ENV === 'production' && vars.DATABASE_URL === undefined) {
    throw new ConfigError(
      'Invalid configuration: DATABASE_URL must be set in production (postgres://…; for the embedded database say so: pglite:<directory> or pglite://memory)',
    );
  }
  if (vars.DATABASE_DIRECT_URL !== undefined && !/^postgres(ql)?:\/\//.test(vars.DATABASE_URL ?? '')) {
    throw new ConfigError(
      'Invalid configuration: DATABASE_DIRECT_URL is only for a PostgreSQL DATABASE_URL (postgres://…), not the embedded database',
    );
  }
  // A replica streams from a PostgreSQL server; the embedded database has none to offer.
  if (vars.DATABASE_REPLICA_URLS?.trim() && parseDatabaseUrl(vars.DATABASE_URL).kind !== 'postgres') {
    throw new ConfigError(
      'Invalid configuration: DATABASE_REPLICA_URLS needs DATABASE_URL to be a postgres:// URL (replicas stream from a PostgreSQL primary)',
    );
  }
  const logLevel = vars.LOG_LEVEL;
  if (vars.TRANSLATOR_ENGINE === 'anthropic' && !vars.ANTHROPIC_API_KEY) {
    throw new ConfigError('Invalid configuration: ANTHROPIC_API_KEY must be set when TRANSLATOR_ENGINE=anthropic');
  }
  if (vars.TRANSLATOR_ENGINE === 'openai' && !vars.OPENAI_API_KEY && !vars.OPENAI_BASE_URL) {
    throw new ConfigError(
      'Invalid configuration: OPENAI_API_KEY (or OPENAI_BASE_URL for a local server) must be set when TRANSLATOR_ENGINE=openai',
    );
  }
  const cron = (
    name: 'CLEANUP_KEYS_CRON' | 'CLEANUP_LOGS_CRON' | 'CLEANUP_TOKENS_CRON' | 'CLEANUP_UNKNOWN_ERRORS_CRON' | 'CLEANUP_SECURITY_EVENTS_CRON',
  ): string => {
    const expression = vars[name].trim();
    if (!validateCronExpression(expression).valid) {
      throw new ConfigError(`Invalid configuration: ${name} must be a cron expression such as "30 3 * * *"`);
    }
    return expression;
  };
  const billingUrl = (value: string | undefined, path: string): string => value ?? `${vars.APP_URL.replace(/\/+$/, '')}${path}`;
  const duration = (name: keyof EnvironmentVariables): number => {
    const seconds = durationSeconds(String(vars[name]));
    if (seconds <= 0) throw new ConfigError(`Invalid configuration: ${name} must be longer than zero`);
    return seconds;
  };
  const jwtSecret = vars.JWT_SECRET ?? randomBytes(48).toString('base64');
  return Object.assign(new AppConfig(), {
    nodeEnv: vars.NODE_ENV,
    port: vars.PORT,
    host: vars.HOST,
    logLevel,
    database: {
      target: parseDatabaseUrl(vars.DATABASE_URL),
      directUrl: vars.DATABASE_DIRECT_URL ?? null,
      poolSize: vars.DATABASE_POOL_SIZE,
      maxOverflow: vars.DATABASE_MAX_OVERFLOW,
      idleTimeoutMs: vars.DATABASE_IDLE_TIMEOUT_MS,
      connectTimeoutMs: vars.DATABASE_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: vars.DATABASE_STATEMENT_TIMEOUT_MS,
      changeFeedHeartbeatMs: vars.CHANGE_FEED_HEARTBEAT_MS,
      changeFeedStaleGraceMs: vars.CHANGE_FEED_STALE_GRACE_MS,
      echo: vars.DATABASE_ECHO ?? (logLevel === 'debug' || logLevel === 'trace'),
    },
    healthDbTimeoutMs: vars.HEALTH_DB_TIMEOUT_MS,
    healthReadyCacheMs: vars.HEALTH_READY_CACHE_MS,
    readReplicas: {
      urls: parseReplicaUrls(vars.DATABASE_REPLICA_URLS),
      maxLagMs: vars.DATABASE_REPLICA_MAX_LAG_MS,
      checkIntervalMs: vars.DATABASE_REPLICA_CHECK_INTERVAL_MS,
    },
    redisUrl: vars.REDIS_URL ?? null,
    shutdownTimeoutMs: vars.SHUTDOWN_TIMEOUT_MS,
    shutdownDelayMs: vars.SHUTDOWN_DELAY_MS,
    // What the API looks like and how busy it is are for the operator: in production, only on request.
    swaggerEnabled: vars.SWAGGER_ENABLED ?? vars.NODE_ENV !== 'production',
    bcryptRounds: vars.BCRYPT_ROUNDS,
    passwordHashing: {
      // The event loop keeps a core of its own: a login burst must not stall every other route.
      concurrency: vars.PASSWORD_HASH_CONCURRENCY ?? Math.max(1, availableParallelism() - 1),
      queueLimit: vars.PASSWORD_HASH_QUEUE_LIMIT,
    },
    jwt: {
      secret: jwtSecret,
      ephemeralSecret: !vars.JWT_SECRET,
      accessTtlSeconds: duration('JWT_ACCESS_TTL'),
      refreshTtlSeconds: duration('JWT_REFRESH_TTL'),
    },
    passwordPolicy: { minLength: vars.PASSWORD_MIN_LENGTH, minCharacterClasses: vars.PASSWORD_MIN_CHARACTER_CLASSES },
    loginThrottle: {
      maxFailuresPerAccount: vars.LOGIN_MAX_FAILURES,
      maxFailuresPerIp: vars.LOGIN_IP_MAX_FAILURES,
      maxFailuresPerAccountFromAnyone: vars.LOGIN_ACCOUNT_MAX_FAILURES,
      lockoutSeconds: duration('LOGIN_LOCKOUT'),
    },
    signupLimits: {
      perIp: vars.SIGNUP_LIMIT_PER_IP,
      global: vars.SIGNUP_LIMIT_GLOBAL,
      windowSeconds: duration('SIGNUP_WINDOW'),
    },
    emailVerificationTtlSeconds: duration('EMAIL_VERIFICATION_TTL'),
    passwordResetTtlSeconds: duration('PASSWORD_RESET_TTL'),
    mail: { smtpUrl: vars.SMTP_URL ?? null, from: vars.MAIL_FROM, appUrl: vars.APP_URL.replace(/\/+$/, '') },
    trustProxy: vars.TRUST_PROXY,
    corsOrigins: parseCorsOrigins(vars.CORS_ORIGINS),
    httpTimeouts: {
      requestMs: vars.REQUEST_TIMEOUT_MS,
      // Node refuses a headers timeout longer than the request timeout; the shorter one governs anyway.
      headersMs: Math.min(vars.HEADERS_TIMEOUT_MS, vars.REQUEST_TIMEOUT_MS),
      keepAliveMs: vars.KEEP_ALIVE_TIMEOUT_MS,
      connectionMs: vars.CONNECTION_TIMEOUT_MS,
    },
    jsonBodyLimits: { maxDepth: vars.JSON_MAX_DEPTH, maxKeys: vars.JSON_MAX_KEYS, maxValues: vars.JSON_MAX_VALUES },
    apiKeys: { pepper: vars.API_KEY_PEPPER ?? null },
    tiers: {
      free: {
        rateLimitPerMinute: vars.RATE_LIMIT_FREE,
        monthlyQuota: parseQuota(vars.QUOTA_FREE),
        apiKeyCap: vars.API_KEY_CAP_FREE,
        stripePriceId: null,
      },
      pro: {
        rateLimitPerMinute: vars.RATE_LIMIT_PRO,
        monthlyQuota: parseQuota(vars.QUOTA_PRO),
        apiKeyCap: vars.API_KEY_CAP_PRO,
        stripePriceId: vars.STRIPE_PRICE_PRO ?? null,
      },
      enterprise: {
        rateLimitPerMinute: vars.RATE_LIMIT_ENTERPRISE,
        monthlyQuota: parseQuota(vars.QUOTA_ENTERPRISE),
        apiKeyCap: vars.API_KEY_CAP_ENTERPRISE,
        stripePriceId: vars.STRIPE_PRICE_ENTERPRISE ?? null,
      },
    },
    translator: {
      engine: vars.TRANSLATOR_ENGINE,
      openai: { apiKey: vars.OPENAI_API_KEY ?? null, baseUrl: vars.OPENAI_BASE_URL ?? null, model: vars.OPENAI_MODEL },
      anthropic: { apiKey: vars.ANTHROPIC_API_KEY ?? null, baseUrl: vars.ANTHROPIC_BASE_URL ?? null, model: vars.ANTHROPIC_MODEL },
      timeoutMs: vars.LLM_TIMEOUT_MS,
      cacheSize: vars.TRANSLATION_CACHE_SIZE,
    },
    answers: {
      // Without its own secret, answer ids are signed with a key derived from the JWT secret (never
      // the JWT key itself): stable across instances wherever tokens are.
      idSecret: vars.ANSWER_ID_SECRET ?? jwtSecret,
      feedbackWindowSeconds: duration('ANSWER_FEEDBACK_WINDOW'),
    },
    unknownErrors: {
      enabled: vars.UNKNOWN_ERRORS_ENABLED,
      flushIntervalMs: vars.UNKNOWN_ERRORS_FLUSH_INTERVAL_MS,
      bufferLimit: vars.UNKNOWN_ERRORS_BUFFER_LIMIT,
      retentionDays: vars.UNKNOWN_ERRORS_RETENTION_DAYS,
    },
    billing: vars.STRIPE_SECRET_KEY
      ? {
          secretKey: vars.STRIPE_SECRET_KEY,
          webhookSecret: vars.STRIPE_WEBHOOK_SECRET ?? null,
          webhookToleranceSeconds: vars.STRIPE_WEBHOOK_TOLERANCE_S,
          apiUrl: vars.STRIPE_API_URL?.replace(/\/+$/, '') ?? null,
          successUrl: billingUrl(vars.BILLING_SUCCESS_URL, '/billing/success?session_id={CHECKOUT_SESSION_ID}'),
          cancelUrl: billingUrl(vars.BILLING_CANCEL_URL, '/billing/canceled'),
          portalReturnUrl: billingUrl(vars.BILLING_PORTAL_RETURN_URL, '/account'),
        }
      : null,
    usage: {
      loggingEnabled: vars.USAGE_LOGGING,
      flushIntervalMs: vars.USAGE_FLUSH_INTERVAL_MS,
      batchSize: vars.USAGE_BATCH_SIZE,
      queueLimit: vars.USAGE_QUEUE_LIMIT,
      spoolDir: resolve(vars.USAGE_SPOOL_DIR),
      retentionDays: vars.USAGE_RETENTION_DAYS,
    },
    securityEvents: {
      flushIntervalMs: vars.SECURITY_EVENTS_FLUSH_INTERVAL_MS,
      queueLimit: vars.SECURITY_EVENTS_QUEUE_LIMIT,
      retentionDays: vars.SECURITY_EVENTS_RETENTION_DAYS,
    },
    scheduler: {
      enabled: vars.SCHEDULER_ENABLED,
      cleanupKeysCron: cron('CLEANUP_KEYS_CRON'),
      cleanupLogsCron: cron('CLEANUP_LOGS_CRON'),
      cleanupTokensCron: cron('CLEANUP_TOKENS_CRON'),
      cleanupUnknownErrorsCron: cron('CLEANUP_UNKNOWN_ERRORS_CRON'),
      cleanupSecurityEventsCron: cron('CLEANUP_SECURITY_EVENTS_CRON'),
    },
    metricsEnabled: vars.METRICS_ENABLED ?? vars.NODE_ENV !== 'production',
  });
}

/**
 * What serving HTTP needs beyond a valid configuration. Kept apart from loadConfig() because the
 * migration job and manage-db run with the production environment but sign no tokens.
 */
export function assertServable(config: AppConfig): void {
  if (config.nodeEnv === 'production' && config.jwt.ephemeralSecret) {
    throw new ConfigError('Invalid configuration: JWT_SECRET must be set in production (at least 32 characters)');
  }
}
