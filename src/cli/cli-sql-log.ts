import type { LogSink } from '../database/sql-logger';

/**
 * Where TypeORM's log lines go in manage-db: stderr, and only with DATABASE_ECHO. Without it they
 * are dropped, migration chatter and failed statements included: stdout must stay clean for
 * `--json`, and a failure reaches the operator as the command's own one-line message.
 */
export function cliSqlLog(echo: boolean): LogSink {
  const write = (message: object) => {
    if (!echo) return;
    const { msg, query, error } = message as { msg?: string; query?: string; error?: string };
    process.stderr.write(`${[msg, query, error].filter(Boolean).join(': ')}\n`);
  };
  return { log: write, warn: write, error: write };
}
