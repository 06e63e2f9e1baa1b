/**
 * The monthly partitions of usage_logs by name: usage_logs_yYYYYmMM holds one UTC month, and
 * usage_logs_default whatever no month covers. Free of Nest and TypeORM: the tests and the bench
 * name months with it too.
 */

/** Months kept created ahead of the current one (the current month is always made too). */
export const PARTITION_MONTHS_AHEAD = 2;

export const USAGE_LOGS = 'usage_logs';
export const DEFAULT_PARTITION = 'usage_logs_default';
const MONTH_NAME = /^usage_logs_y(\d{4})m(\d{2})$/;

/** One partition of usage_logs. `from`/`to` are known for the monthly ones (from their name). */
export interface UsagePartition {
  name: string;
  /** First instant of the month (UTC), inclusive; null for the default partition and unknown ones. */
  from: Date | null;
  /** First instant of the next month (UTC), exclusive. */
  to: Date | null;
}

/** `usage_logs_y2026m03` for any instant of March 2026 (UTC). */
export function monthPartitionOf(instant: Date): UsagePartition {
  const year = instant.getUTCFullYear();
  const month = instant.getUTCMonth();
  return {
    name: `${USAGE_LOGS}_y${year}m${String(month + 1).padStart(2, '0')}`,
    from: new Date(Date.UTC(year, month, 1)),
    to: new Date(Date.UTC(year, month + 1, 1)),
  };
}

export function partitionNamed(name: string): UsagePartition {
  const month = MONTH_NAME.exec(name);
  if (!month) return { name, from: null, to: null };
  return monthPartitionOf(new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)));
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
