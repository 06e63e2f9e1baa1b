import type { Logger as TypeOrmLogger } from 'typeorm';
import { isDatabaseUnavailable } from './database-unavailable';

/** What the app's Nest Logger offers; kept structural so this file stays free of Nest (and ESM). */
export interface LogSink {
  log(message: object): void;
  warn(message: object): void;
  error(message: object): void;
}

type LogEntry = { msg?: string; query?: string; error?: string };
const asText = (message: object) => {
  const { msg, query, error } = message as LogEntry;
  return [msg, query, error].filter(Boolean).join(': ');
};

/** Plain text for people at a terminal (the TypeORM CLI); the app passes its JSON logger instead. */
const consoleSink: LogSink = {
  log: (message) => console.log(asText(message)),
  warn: (message) => console.warn(asText(message)),
  error: (message) => console.error(asText(message)),
};

/**
 * TypeORM's log lines through the app's JSON logger instead of TypeORM's console printer.
 * Statement parameters are never written: they carry password hashes and personal data.
 */
export class SqlLogger implements TypeOrmLogger {
  constructor(
    private readonly echo: boolean,
    private readonly logger: LogSink = consoleSink,
  ) {}

  logQuery(query: string, parameters?: unknown[]): void {
    if (this.echo) this.logger.log({ msg: 'query', query, parameterCount: parameters?.length ?? 0 });
  }

  /** An unreachable database fails every statement: DatabaseOutage logs that once instead. */
  logQueryError(error: string | Error, query: string): void {
    if (isDatabaseUnavailable(error)) return;
    this.logger.error({ msg: 'query failed', query, error: error instanceof Error ? error.message : error });
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ msg: 'slow query', query, ms: time });
  }

  /** Only `migration:show` and schema diffs produce these, and there they are the output. */
  logSchemaBuild(message: string): void {
    this.logger.log({ msg: message });
  }

  logMigration(message: string): void {
    this.logger.log({ msg: message });
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn({ msg: String(message) });
    else if (this.echo) this.logger.log({ msg: String(message) });
  }
}
