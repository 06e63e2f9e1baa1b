import type { LogLevel } from './environment.schema';

export type DatabaseTarget =
  | { kind: 'postgres'; url: string }
  | { kind: 'embedded'; dataDir: string | null /* null = in memory */ };

/** The validated, typed configuration. Injected everywhere; nothing else reads process.env. */
export class AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  logLevel: LogLevel;
  database: {
    target: DatabaseTarget;
    poolSize: number;
    maxOverflow: number;
    idleTimeoutMs: number;
    connectTimeoutMs: number;
    echo: boolean;
  };
  healthDbTimeoutMs: number;
  redisUrl: string | null;
  shutdownTimeoutMs: number;
  swaggerEnabled: boolean;
  bcryptRounds: number;
  jwt: {
    secret: string;
    /** True when no JWT_SECRET was given and a random one was made for this process. */
    ephemeralSecret: boolean;
    accessTtlSeconds: number;
    refreshTtlSeconds: number;
  };
  passwordPolicy: { minLength: number; minCharacterClasses: number };
  loginThrottle: { maxFailuresPerAccount: number; maxFailuresPerIp: number; lockoutSeconds: number };
  emailVerificationTtlSeconds: number;
  passwordResetTtlSeconds: number;
  mail: { smtpUrl: string | null; from: string; appUrl: string };
  trustProxy: boolean;
  apiKeys: { capByTier: Record<'free' | 'pro' | 'enterprise', number>; pepper: string | null };
  translator: {
    engine: 'rules' | 'openai' | 'anthropic';
    openai: { apiKey: string | null; baseUrl: string | null; model: string };
    anthropic: { apiKey: string | null; baseUrl: string | null; model: string };
    timeoutMs: number;
    cacheSize: number;
  };
}
