import 'reflect-metadata';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

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
}
