import { Counter, register } from 'prom-client';

/**
 * Registered in prom-client's default registry (GET /metrics serves it). Looked up first so
 * that a second app in the same process (a test harness) does not register them twice.
 */
function counter<L extends string>(name: string, help: string, labelNames: readonly L[]): Counter<L> {
  return (register.getSingleMetric(name) as Counter<L> | undefined) ?? new Counter<L>({ name, help, labelNames });
}

export const rateLimitRejections = counter(
  'aet_rate_limit_rejections_total',
  'Requests refused with 429 by the per-minute rate limit, by whose budget ran out.',
  ['scope'],
);

export const quotaRejections = counter(
  'aet_quota_rejections_total',
  'Translations refused with 429 because the monthly quota of the tier was used up.',
  ['tier'],
);
