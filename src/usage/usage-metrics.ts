import { Gauge, register } from 'prom-client';
import type { UsageRecorderStats } from './usage-recorder.service';

export const USAGE_QUEUE_DEPTH = 'aet_usage_queue_depth';
export const USAGE_SPOOL_RECORDS = 'aet_usage_spool_records';

/**
 * The usage recorder's backlog in prom-client's default registry (served by GET /metrics), read
 * when scraped. Re-registering replaces the gauges of an earlier app in the same process.
 */
export function registerUsageGauges(stats: () => UsageRecorderStats): void {
  const gauges: Array<[string, string, (s: UsageRecorderStats) => number]> = [
    [USAGE_QUEUE_DEPTH, 'Usage records waiting in memory to be written to usage_logs.', (s) => s.queueDepth],
    [USAGE_SPOOL_RECORDS, 'Usage records kept in spool files until the database takes them.', (s) => s.spoolRecords],
  ];
  for (const [name, help, read] of gauges) {
    register.removeSingleMetric(name);
    new Gauge({
      name,
      help,
      collect() {
        this.set(read(stats()));
      },
    });
  }
}

export function unregisterUsageGauges(): void {
  register.removeSingleMetric(USAGE_QUEUE_DEPTH);
  register.removeSingleMetric(USAGE_SPOOL_RECORDS);
}
