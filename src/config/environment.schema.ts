import 'reflect-metadata';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';

/** 900, 900s, 15m, 12h, 30d */
export const DURATION = /^\d+[smhd]?$/;

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
 * ones `.env.example` and the README document; keep the three in step.
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

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  DATABASE_ECHO?: boolean;

  @Type(() => Number)
  @IsInt()
  @Min(50)
  @Max(60_000)
  HEALTH_DB_TIMEOUT_MS = 1_000;

  @IsOptional()
  @IsString()
  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be redis://host:6379 or rediss://… (or unset)' })
  REDIS_URL?: string;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(600_000)
  SHUTDOWN_TIMEOUT_MS = 10_000;

  @Transform(toBoolean)
  @IsBoolean()
  SWAGGER_ENABLED = true;

  @Type(() => Number)
  @IsInt()
  @Min(4)
  @Max(15)
  BCRYPT_ROUNDS = 12;

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

  @Matches(DURATION, { message: 'LOGIN_LOCKOUT must be a duration such as 60s or 15m' })
  LOGIN_LOCKOUT = '15m';

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

  /** Honour X-Forwarded-For for the client IP (only behind a proxy you control). */
  @Transform(toBoolean)
  @IsBoolean()
  TRUST_PROXY = false;
}
