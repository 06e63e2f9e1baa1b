export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Polls `probe` until it yields a value (anything but null, undefined or false): the change feed,
 * reconnections and background writers take a moment. Fails naming `what` after `limitMs`.
 */
export async function until<T>(
  probe: () => T | null | undefined | false | Promise<T | null | undefined | false>,
  limitMs: number,
  what = 'condition',
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== null && value !== undefined && value !== false) return value;
    if (Date.now() - started > limitMs) throw new Error(`${what}: not within ${limitMs} ms`);
    await sleep(50);
  }
}

/** Polls until `request` answers `status`, and returns how long that took (revocation across instances). */
export async function msUntilStatus(request: () => Promise<{ status: number }>, status: number, limitMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    if ((await request()).status === status) return Date.now() - started;
    await sleep(25);
  }
  throw new Error(`still not ${status} after ${limitMs} ms`);
}
