/** The last month monthOf named, with its bounds: every request of a month asks about the same one. */
let lastMonth = { startMs: 0, endMs: 0, label: '' };

/**
 * The calendar month (UTC) a quota counts in: "2026-11" for any instant in November 2026.
 * Remembered (toISOString on every translation showed in the profile); an invalid date still
 * throws, as it fails the range check.
 */
export function monthOf(at: Date): string {
  const ms = at.getTime();
  if (!(ms >= lastMonth.startMs && ms < lastMonth.endMs)) {
    lastMonth = { startMs: startOfMonth(at).getTime(), endMs: startOfNextMonth(at).getTime(), label: at.toISOString().slice(0, 7) };
  }
  return lastMonth.label;
}

/** The first instant of the month `at` falls in (UTC): where the month's count starts. */
export function startOfMonth(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
}

/** The first instant of the next UTC month: when a monthly quota resets. */
export function startOfNextMonth(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1));
}

/** Whole seconds from `now` until `then`, at least 1 (a Retry-After of 0 invites a busy loop). */
export function secondsUntil(then: Date, now: Date): number {
  return Math.max(1, Math.ceil((then.getTime() - now.getTime()) / 1000));
}
