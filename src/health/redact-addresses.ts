import type { HealthIndicatorResult } from '@nestjs/terminus';

const ADDRESS_PATTERNS: ReadonlyArray<[RegExp, string]> = [
  // getaddrinfo ENOTFOUND db.internal
  [/\b(getaddrinfo \w+) \S+/g, '$1 <host>'],
  // 10.0.0.5:5432, 10.0.0.5
  [/\b\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?\b/g, '<address>'],
  // [::1]:5432, ::1:5432, fe80::1
  [/\[?\b(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}\]?(?::\d{1,5})?/gi, '<address>'],
  // db.internal:5432, localhost:6379
  [/\b[a-z0-9-]+(?:\.[a-z0-9-]+)*:\d{2,5}\b/gi, '<address>'],
];

/**
 * Readiness is public (probes need no credentials), so what a failing check says must not map the
 * network: driver messages such as "connect ECONNREFUSED 10.0.0.5:5432" lose their address. The
 * operator finds the address in the configuration, and the full error in the log.
 */
export function redactAddresses(message: string): string {
  return ADDRESS_PATTERNS.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), message);
}

/** The same checks with every `message` redacted. */
export function redactCheckMessages<T extends Partial<HealthIndicatorResult> | undefined>(checks: T): T {
  if (!checks) return checks;
  return Object.fromEntries(
    Object.entries(checks).map(([name, check]) => [
      name,
      typeof check?.message === 'string' ? { ...check, message: redactAddresses(check.message) } : check,
    ]),
  ) as T;
}
