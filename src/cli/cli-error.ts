import { sqlStateOf } from '../database/sql-state';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** A failure the operator can act on: printed as one line after "manage-db: ", never with a stack. */
export class CliError extends Error {
  override name = 'CliError';

  constructor(
    message: string,
    readonly exitCode: number = EXIT_FAILURE,
  ) {
    super(message);
  }
}

/** The command line itself is wrong (exit 2), so scripts can tell it from a failed operation. */
export class UsageError extends CliError {
  override name = 'UsageError';

  constructor(message: string) {
    super(message, EXIT_USAGE);
  }
}

/** The database could not be reached; `check` reports it instead of failing outright. */
export class ConnectionError extends CliError {
  override name = 'ConnectionError';

  constructor(readonly reason: string) {
    super(`cannot connect to the database: ${reason}`);
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * One line from whatever was thrown. Node reports a refused `localhost` connection as an
 * AggregateError with an empty message (one error per address tried), and drivers' messages
 * can span lines.
 */
export function reasonOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) {
    return [...new Set(error.errors.map(reasonOf))].join('; ');
  }
  // A ProblemException's message is its class name; its problem detail says what went wrong.
  const detail = (error as { problem?: { detail?: unknown } } | null)?.problem?.detail;
  if (typeof detail === 'string' && detail.trim() !== '') return oneLine(detail);
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return oneLine(error.message) || (typeof code === 'string' ? code : error.name);
  }
  return oneLine(String(error));
}

const UNDEFINED_TABLE = '42P01';

/** The message for an unexpected failure, with the likely fix where we know it. */
export function explain(error: unknown): string {
  if (sqlStateOf(error) === UNDEFINED_TABLE) {
    return `${reasonOf(error)} (the schema is missing; run: npm run manage-db -- create-tables)`;
  }
  return reasonOf(error);
}
