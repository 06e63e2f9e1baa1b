import type { JsonBodyLimits } from '../common/json-body-guard';
import type { TierCatalog } from '../subscriptions/tiers';
import type { LogLevel } from './environment.schema';

export type DatabaseTarget = { kind: 'postgres'; url: string } | { kind: 'embedded'; dataDir: string | null /* null = in memory */ };

/** The validated, typed configuration. Injected everywhere; nothing else reads process.env. */
export class AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  logLevel: LogLevel;
  database: {
    target: DatabaseTarget;
    /**
     * DATABASE_DIRECT_URL: where session-bound work goes (LISTEN, session advisory locks,
     * migrations, manage-db) when `target` is a transaction pooler; null = `target` itself.
     */
    directUrl: string | null;
    poolSize: number;
    maxOverflow: number;
    idleTimeoutMs: number;
    connectTimeoutMs: number;
    /** Server-side statement_timeout for the app's pool; 0 = none. */
    statementTimeoutMs: number;
    /** How often the change feed proves its LISTEN connection alive. */
    changeFeedHeartbeatMs: number;
    /** How long after losing the change feed caches may still answer revocation-sensitive checks. */
    changeFeedStaleGraceMs: number;
    echo: boolean;
  };
  healthDbTimeoutMs: number;
  /** How long readiness reuses one database ping (0 = a ping per probe). */
  healthReadyCacheMs: number;
  /** Streaming replicas that serve lag-tolerant reads (analytics, reports); no URLs = everything on the primary. */
  readReplicas: { urls: string[]; maxLagMs: number; checkIntervalMs: number };
  redisUrl: string | null;
  shutdownTimeoutMs: number;
  /** On SIGTERM, serve normally (readiness 503) this long before draining. */
  shutdownDelayMs: number;
  swaggerEnabled: boolean;
  bcryptRounds: number;
  /** How many bcrypt hashes run at once, and how many may wait (see PasswordHasher). */
  passwordHashing: { concurrency: number; queueLimit: number };
  jwt: {
    secret: string;
    /** True when no JWT_SECRET was given and a random one was made for this process. */
    ephemeralSecret: boolean;
    accessTtlSeconds: number;
    refreshTtlSeconds: number;
  };
  passwordPolicy: { minLength: number; minCharacterClasses: number };
  loginThrottle: {
    maxFailuresPerAccount: number;
    maxFailuresPerIp: number;
    maxFailuresPerAccountFromAnyone: number;
    lockoutSeconds: number;
  };
  /** Sign-ups per client address and in all per window (see SignupThrottle). */
  signupLimits: { perIp: number; global: number; windowSeconds: number };
  emailVerificationTtlSeconds: number;
  passwordResetTtlSeconds: number;
  mail: { smtpUrl: string | null; from: string; appUrl: string };
  trustProxy: boolean;
  /** Origins whose pages may call the API from a browser (CORS); empty = no CORS headers at all. */
  corsOrigins: string[];
  /** How long a slow client may take: the whole request, its headers, an idle keep-alive, a silent connection. */
  httpTimeouts: { requestMs: number; headersMs: number; keepAliveMs: number; connectionMs: number };
  /** The shape a JSON body may have before any route looks at it. */
  jsonBodyLimits: JsonBodyLimits;
  apiKeys: { pepper: string | null };
  /** What each tier allows: rate limit, monthly quota, API-key cap, Stripe price. */
  tiers: TierCatalog;
  translator: {
    engine: 'rules' | 'openai' | 'anthropic';
    openai: { apiKey: string | null; baseUrl: string | null; model: string };
    anthropic: { apiKey: string | null; baseUrl: string | null; model: string };
    timeoutMs: number;
    cacheSize: number;
  };
  /** The answer ids of POST /translate and the feedback given on them. */
  answers: {
    /** HMAC key material for answer ids (ANSWER_ID_SECRET, else JWT_SECRET; a purpose-bound key is derived from it). */
    idSecret: string;
    /** Seconds after an answer during which feedback on it is taken. */
    feedbackWindowSeconds: number;
  };
  /** Fingerprints of the errors the rules engine did not recognise. */
  unknownErrors: {
    enabled: boolean;
    flushIntervalMs: number;
    /** Distinct (fingerprint, day) entries held in memory between flushes. */
    bufferLimit: number;
    retentionDays: number;
  };
  /** Stripe billing; null when STRIPE_SECRET_KEY is unset (billing off, everyone on free). */
  billing: {
    secretKey: string;
    webhookSecret: string | null;
    /** Seconds a signed webhook timestamp may be in the past or the future. */
    webhookToleranceSeconds: number;
    /** Overrides the Stripe API host (stripe-mock, tests); null = api.stripe.com. */
    apiUrl: string | null;
    successUrl: string;
    cancelUrl: string;
    portalReturnUrl: string;
  } | null;
  usage: {
    loggingEnabled: boolean;
    flushIntervalMs: number;
    batchSize: number;
    queueLimit: number;
    spoolDir: string;
    retentionDays: number;
  };
  /** The security_events log (see src/security-events). */
  securityEvents: {
    flushIntervalMs: number;
    /** Events held in memory while the database does not take them. */
    queueLimit: number;
    retentionDays: number;
  };
  scheduler: {
    enabled: boolean;
    cleanupKeysCron: string;
    cleanupLogsCron: string;
    cleanupTokensCron: string;
    cleanupUnknownErrorsCron: string;
    cleanupSecurityEventsCron: string;
  };
  metricsEnabled: boolean;
}
