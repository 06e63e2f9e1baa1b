import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';
import type { LogLevel } from '../config/environment.schema';

/**
 * JSON lines on stdout, written asynchronously: a slow log reader (a full pipe, a busy
 * collector) must not stall request handling, and lines logged in the same tick go out in one
 * write. Pino flushes what is pending synchronously when the process exits.
 */
export function createPino(level: LogLevel): Logger {
  return pino(
    { level, base: { service: 'ai-error-translator' }, timestamp: pino.stdTimeFunctions.isoTime, serializers: { err: errorForLog } },
    pino.destination({ dest: 1, sync: false }),
  );
}

/**
 * An error as a log line shows it: class, message, SQLSTATE or code, and the stack an operator
 * needs to find a fault. Nothing else: a failed query carries its SQL text and parameters (emails,
 * token and password hashes) and a driver error the row it refused, which no log line may hold.
 */
export function errorForLog(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const code = (error as { code?: unknown }).code;
  return { type: error.constructor.name, message: error.message, ...(typeof code === 'string' ? { code } : {}), stack: error.stack };
}

/** Nest's own log lines (bootstrap, exceptions) through the same JSON logger as requests. */
export class PinoLoggerService implements LoggerService {
  constructor(private readonly pino: Logger) {}

  log(message: unknown, context?: string): void {
    this.write('info', message, context);
  }
  error(message: unknown, ...rest: unknown[]): void {
    const context = typeof rest[rest.length - 1] === 'string' ? (rest[rest.length - 1] as string) : undefined;
    this.write('error', message, context);
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.write('trace', message, context);
  }
  fatal(message: unknown, context?: string): void {
    this.write('fatal', message, context);
  }

  private write(level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace', message: unknown, context?: string): void {
    if (typeof message === 'object' && message !== null && !(message instanceof Error)) {
      const { msg, ...fields } = message as Record<string, unknown>;
      this.pino[level]({ context, ...fields }, typeof msg === 'string' ? msg : undefined);
    } else if (message instanceof Error) {
      this.pino[level]({ context, err: message }, message.message);
    } else {
      this.pino[level]({ context }, String(message));
    }
  }
}
