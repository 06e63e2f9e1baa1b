import 'reflect-metadata';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from '../usage/retention-limits';
import { DEFAULT_USAGE_BATCH_SIZE, DEFAULT_USAGE_FLUSH_INTERVAL_MS } from '../usage/usage-batching';

/** 900, 900s, 15m, 12h, 30d */
export const DURATION = /^\d+[smhd]?$/;

/** 1000 or unlimited */
export const QUOTA = /^(\d+|unlimited)$/i;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** "true"/"false"/"1"/"0"/"yes"/"no"; anything else stays a string so validation names it. */
const toBoolean = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const normalised = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(normalised)) return true;
  if (['false', '0', 'no', 'off', ''].includes(normalised)) return false;
  return value;
};

/**
 * Every environment variable the service reads, with its default. The defaults here are the
 * ones `.env.example` and docs/configuration.md document; keep the three in step (test/docs.spec.ts checks the names).
 */
export class EnvironmentVariables {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';

  @IsOptional()
  @IsString()
  @Matches(/^(postgres|postgresql|pglite):/, {
    message:
      'DATABASE_URL must be postgres://user:pass@host:5432/db, pglite://memory or pglite:<directory> (or unset for the embedded database in ./data)',
  })
  DATABASE_URL?: string;

  /**
   * A direct (session) connection to the same database, for what needs a session of its own:
   * LISTEN, session advisory locks, migrations and manage-db. Set it when DATABASE_URL points at
   * a transaction pooler (PgBouncer); unset = DATABASE_URL serves those too.
   */
  @IsOptional()
  @IsString()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_DIRECT_URL must be postgres://user:pass@host:5432/db (or unset)' })
  DATABASE_DIRECT_URL?: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  DATABASE_POOL_SIZE = 10;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1000)
  DATABASE_MAX_OVERFLOW = 20;

  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(3_600_000)
  DATABASE_IDLE_TIMEOUT_MS = 10_000;

  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(600_000)
  DATABASE_CONNECT_TIMEOUT_MS = 5_000;

  /** 0 turns the limit off; the CLI (migrations) never has one. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  DATABASE_STATEMENT_TIMEOUT_MS = 5_000;

  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(600_000)
  CHANGE_FEED_HEARTBEAT_MS = 5_000;

  /** 0 = fail closed at once; more trades revocation freshness for availability during an outage. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  CHANGE_FEED_STALE_GRACE_MS = 0;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  DATABASE_ECHO?: boolean;

  @Type(() => Number)
  @IsInt()
  @Min(50)
  @Max(60_000)
  HEALTH_DB_TIMEOUT_MS = 1_000;

  /**
   * Concurrent /health/ready probes share one database ping, and its answer is reused this long:
   * a burst of probes is one round trip, not one each. 0 = every probe pings.
   */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(60_000)
  HEALTH_READY_CACHE_MS = 1_000;

  /** Comma-separated postgres:// URLs of streaming replicas for lag-tolerant reads; unset = none. */
  @IsOptional()
  @IsString()
  DATABASE_REPLICA_URLS?: string;

  /** A replica further behind the primary than this is skipped until it catches up. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  DATABASE_REPLICA_MAX_LAG_MS = 5_000;

  /** How often each replica's reachability and lag are checked, in the background. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(600_000)
  DATABASE_REPLICA_CHECK_INTERVAL_MS = 2_000;

  @IsOptional()
  @IsString()
  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be redis://host:6379 or rediss://… (or unset)' })
  REDIS_URL?: string;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(600_000)
  SHUTDOWN_TIMEOUT_MS = 10_000;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(600_000)
  SHUTDOWN_DELAY_MS = 0;

  /** Swagger UI at /docs and the OpenAPI document at /docs-json; unset = on, except in production. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  SWAGGER_ENABLED?: boolean;

  @Type(() => Number)
  @IsInt()
  @Min(4)
  @Max(15)
  BCRYPT_ROUNDS = 12;

  /** bcrypt hashes computed at once; unset = one fewer than the CPU cores, at least one. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(64)
  PASSWORD_HASH_CONCURRENCY?: number;

  /** Password checks that may wait for a free slot; more are answered 503 at once. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10_000)
  PASSWORD_HASH_QUEUE_LIMIT = 32;

  /** HMAC key for access and refresh tokens; required in production, random per process otherwise. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters (e.g. openssl rand -base64 48)' })
  JWT_SECRET?: string;

  @Matches(DURATION, { message: 'JWT_ACCESS_TTL must be a duration such as 900, 900s, 15m or 1h' })
  JWT_ACCESS_TTL = '15m';

  @Matches(DURATION, { message: 'JWT_REFRESH_TTL must be a duration such as 3600, 12h or 30d' })
  JWT_REFRESH_TTL = '30d';

  @Type(() => Number)
  @IsInt()
  @Min(8)
  @Max(64)
  PASSWORD_MIN_LENGTH = 10;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(4)
  PASSWORD_MIN_CHARACTER_CLASSES = 2;

  /** Failed logins allowed per account (and per client IP, times LOGIN_IP_FACTOR) before throttling. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  LOGIN_MAX_FAILURES = 5;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  LOGIN_IP_MAX_FAILURES = 50;

  /**
   * Failed logins on one account, from any address, before everyone is held back: the bound on
   * guesses that still holds when every client shares one address (a proxy without TRUST_PROXY).
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  LOGIN_ACCOUNT_MAX_FAILURES = 100;

  @Matches(DURATION, { message: 'LOGIN_LOCKOUT must be a duration such as 60s or 15m' })
  LOGIN_LOCKOUT = '15m';

  /** Sign-ups (POST /users) per client address per SIGNUP_WINDOW; more get 429. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  SIGNUP_LIMIT_PER_IP = 10;

  /** Sign-ups from all addresses together per SIGNUP_WINDOW (all instances, with Redis). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  SIGNUP_LIMIT_GLOBAL = 500;

  @Matches(DURATION, { message: 'SIGNUP_WINDOW must be a duration such as 1h or 15m' })
  SIGNUP_WINDOW = '1h';

  @Matches(DURATION, { message: 'EMAIL_VERIFICATION_TTL must be a duration such as 24h' })
  EMAIL_VERIFICATION_TTL = '24h';

  @Matches(DURATION, { message: 'PASSWORD_RESET_TTL must be a duration such as 1h' })
  PASSWORD_RESET_TTL = '1h';

  @IsOptional()
  @IsString()
  @Matches(/^smtps?:\/\//, { message: 'SMTP_URL must be smtp://user:pass@host:587 or smtps://… (or unset to log mail)' })
  SMTP_URL?: string;

  @IsString()
  MAIL_FROM = 'AI Error Translator <no-reply@localhost>';

  /** Where the web front end lives: links in mails point there. */
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'APP_URL must be an http(s) URL' })
  APP_URL = 'http://localhost:3000';

  /** Active API keys a user may hold, by tier. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100_000)
  API_KEY_CAP_FREE = 2;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100_000)
  API_KEY_CAP_PRO = 20;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100_000)
  API_KEY_CAP_ENTERPRISE = 100;

  /** Optional server-side secret mixed into API key hashes (HMAC-SHA-256); a leaked table alone then proves nothing. */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'API_KEY_PEPPER must be at least 16 characters' })
  API_KEY_PEPPER?: string;

  /** Which engine answers POST /translate: the offline rules engine, or an LLM that falls back to it. */
  @IsIn(['rules', 'openai', 'anthropic'])
  TRANSLATOR_ENGINE: 'rules' | 'openai' | 'anthropic' = 'rules';

  @IsOptional()
  @IsString()
  OPENAI_API_KEY?: string;

  /** Any OpenAI-compatible server: OpenAI, Ollama (http://localhost:11434/v1), vLLM, llama.cpp. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'OPENAI_BASE_URL must be an http(s) URL' })
  OPENAI_BASE_URL?: string;

  @IsString()
  OPENAI_MODEL = 'gpt-4o-mini';

  @IsOptional()
  @IsString()
  ANTHROPIC_API_KEY?: string;

  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'ANTHROPIC_BASE_URL must be an http(s) URL' })
  ANTHROPIC_BASE_URL?: string;

  @IsString()
  ANTHROPIC_MODEL = 'claude-haiku-4-5';

  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(120_000)
  LLM_TIMEOUT_MS = 15_000;

  /** Answers kept in memory, keyed by a hash of the normalised error. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  TRANSLATION_CACHE_SIZE = 10_000;

  // --- the loop that learns: answer ids, feedback, unrecognised errors -----------------------

  /** HMAC key of the answer ids POST /translate hands out; unset = derived from JWT_SECRET. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'ANSWER_ID_SECRET must be at least 32 characters (e.g. openssl rand -base64 48)' })
  ANSWER_ID_SECRET?: string;

  /** How long after an answer its feedback (POST /translate/feedback) is taken. */
  @Matches(DURATION, { message: 'ANSWER_FEEDBACK_WINDOW must be a duration such as 30d or 12h' })
  ANSWER_FEEDBACK_WINDOW = '30d';

  /** Count fingerprints of the errors the rules engine does not recognise (users may opt out). */
  @Transform(toBoolean)
  @IsBoolean()
  UNKNOWN_ERRORS_ENABLED = true;

  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(600_000)
  UNKNOWN_ERRORS_FLUSH_INTERVAL_MS = 10_000;

  /** Distinct fingerprints (per day) held in memory between flushes; new ones beyond it are dropped. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  UNKNOWN_ERRORS_BUFFER_LIMIT = 10_000;

  @Type(() => Number)
  @IsInt()
  @Min(MIN_RETENTION_DAYS)
  @Max(MAX_RETENTION_DAYS)
  UNKNOWN_ERRORS_RETENTION_DAYS = 90;

  // --- slow clients and hostile bodies ----------------------------------------------------

  /** Headers and body of a request must have arrived within this, else 408 and the connection closes. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(600_000)
  REQUEST_TIMEOUT_MS = 30_000;

  /** The headers alone must have arrived within this (never more than REQUEST_TIMEOUT_MS). */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(600_000)
  HEADERS_TIMEOUT_MS = 10_000;

  /** An idle keep-alive connection is closed after this; keep it above the load balancer's idle timeout. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(600_000)
  KEEP_ALIVE_TIMEOUT_MS = 72_000;

  /** A connection silent this long both ways (a client that stops reading, say) is closed; keep it above LLM_TIMEOUT_MS. */
  @Type(() => Number)
  @IsInt()
  @Min(1_000)
  @Max(3_600_000)
  CONNECTION_TIMEOUT_MS = 120_000;

  /** Objects and arrays nested in a JSON body; deeper bodies are refused with 400. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(256)
  JSON_MAX_DEPTH = 32;

  /** Keys of one object (or items of one array) in a JSON body. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  JSON_MAX_KEYS = 1_000;

  /** Values (objects, arrays, strings, numbers…) in one JSON body. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  JSON_MAX_VALUES = 10_000;

  /** Honour X-Forwarded-For for the client IP (only behind a proxy you control). */
  @Transform(toBoolean)
  @IsBoolean()
  TRUST_PROXY = false;

  /**
   * Browser front ends on other origins that may call the API: comma-separated exact origins
   * (`https://app.example.com`); unset = no CORS headers at all. Checked in parseCorsOrigins().
   */
  @IsOptional()
  @IsString()
  CORS_ORIGINS?: string;

  // --- tiers: requests per minute and translations per month -------------------------------

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  RATE_LIMIT_FREE = 60;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  RATE_LIMIT_PRO = 600;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  RATE_LIMIT_ENTERPRISE = 6_000;

  @Matches(QUOTA, { message: 'QUOTA_FREE must be a whole number of translations per month or "unlimited"' })
  QUOTA_FREE = '1000';

  @Matches(QUOTA, { message: 'QUOTA_PRO must be a whole number of translations per month or "unlimited"' })
  QUOTA_PRO = '50000';

  @Matches(QUOTA, { message: 'QUOTA_ENTERPRISE must be a whole number of translations per month or "unlimited"' })
  QUOTA_ENTERPRISE = 'unlimited';

  // --- billing (Stripe); unset STRIPE_SECRET_KEY turns billing off --------------------------

  @IsOptional()
  @Matches(/^(sk|rk)_[A-Za-z0-9_]+$/, { message: 'STRIPE_SECRET_KEY must be a Stripe secret key (sk_test_…, sk_live_… or rk_…)' })
  STRIPE_SECRET_KEY?: string;

  @IsOptional()
  @Matches(/^whsec_[A-Za-z0-9_]+$/, { message: 'STRIPE_WEBHOOK_SECRET must be a webhook signing secret (whsec_…)' })
  STRIPE_WEBHOOK_SECRET?: string;

  @IsOptional()
  @Matches(/^price_[A-Za-z0-9_]+$/, { message: 'STRIPE_PRICE_PRO must be a Stripe price id (price_…)' })
  STRIPE_PRICE_PRO?: string;

  @IsOptional()
  @Matches(/^price_[A-Za-z0-9_]+$/, { message: 'STRIPE_PRICE_ENTERPRISE must be a Stripe price id (price_…)' })
  STRIPE_PRICE_ENTERPRISE?: string;

  /** How far a webhook's signed timestamp may lie from our clock, either way (replays; skewed clocks). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3_600)
  STRIPE_WEBHOOK_TOLERANCE_S = 300;

  /** Where the Stripe SDK sends its calls; only for stripe-mock or a test server. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+\/?$/, { message: 'STRIPE_API_URL must be http(s)://host[:port]' })
  STRIPE_API_URL?: string;

  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'BILLING_SUCCESS_URL must be an http(s) URL' })
  BILLING_SUCCESS_URL?: string;

  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'BILLING_CANCEL_URL must be an http(s) URL' })
  BILLING_CANCEL_URL?: string;

  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'BILLING_PORTAL_RETURN_URL must be an http(s) URL' })
  BILLING_PORTAL_RETURN_URL?: string;

  // --- usage logging -----------------------------------------------------------------------

  /** Record authenticated requests in usage_logs (off only to measure what logging costs). */
  @Transform(toBoolean)
  @IsBoolean()
  USAGE_LOGGING = true;

  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(60_000)
  USAGE_FLUSH_INTERVAL_MS = DEFAULT_USAGE_FLUSH_INTERVAL_MS;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  USAGE_BATCH_SIZE = DEFAULT_USAGE_BATCH_SIZE;

  /** Records held in memory while the database is away; beyond this they go to the spool file. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  USAGE_QUEUE_LIMIT = 10_000;

  /** Directory of the spool file that keeps usage records across outages and restarts. */
  @IsString()
  USAGE_SPOOL_DIR = './data/usage-spool';

  @Type(() => Number)
  @IsInt()
  @Min(MIN_RETENTION_DAYS)
  @Max(MAX_RETENTION_DAYS)
  USAGE_RETENTION_DAYS = 90;

  // --- security events ---------------------------------------------------------------------

  /** Security events are written in batches this often (and on shutdown), never on the request path. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(60_000)
  SECURITY_EVENTS_FLUSH_INTERVAL_MS = 1_000;

  /** Events held in memory while the database is away; past it the oldest are dropped (and counted in the log). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  SECURITY_EVENTS_QUEUE_LIMIT = 10_000;

  @Type(() => Number)
  @IsInt()
  @Min(MIN_RETENTION_DAYS)
  @Max(MAX_RETENTION_DAYS)
  SECURITY_EVENTS_RETENTION_DAYS = 365;

  // --- scheduled clean-ups (cron: minute hour day-of-month month day-of-week) --------------

  @Transform(toBoolean)
  @IsBoolean()
  SCHEDULER_ENABLED = true;

  @IsString()
  CLEANUP_KEYS_CRON = '15 * * * *';

  @IsString()
  CLEANUP_LOGS_CRON = '30 3 * * *';

  @IsString()
  CLEANUP_TOKENS_CRON = '45 * * * *';

  @IsString()
  CLEANUP_UNKNOWN_ERRORS_CRON = '50 3 * * *';

  @IsString()
  CLEANUP_SECURITY_EVENTS_CRON = '55 3 * * *';

  // --- metrics -----------------------------------------------------------------------------

  /** GET /metrics in Prometheus text format; unset = on, except in production. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  METRICS_ENABLED?: boolean;
}
