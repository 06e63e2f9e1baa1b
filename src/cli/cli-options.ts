import { UsageError } from './cli-error';

/** A whole-number option (`--days 30`) checked before the database is opened; `fallback` when absent. */
export function wholeNumberOption(name: string, given: string | undefined, fallback: number, min: number, max: number): number {
  if (given === undefined) return fallback;
  const value = /^\d{1,9}$/.test(given) ? Number(given) : Number.NaN;
  if (!(value >= min && value <= max)) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not '${given}'`);
  return value;
}
