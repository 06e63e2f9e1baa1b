const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Stripe's ids: a prefix, an underscore, then letters, digits and underscores. */
export const STRIPE_SUBSCRIPTION_ID = /^sub_[A-Za-z0-9_]{1,240}$/;

/**
 * What is wrong with a correctly signed event's envelope, or null when it has the fields we read
 * with the types we read them as. The signature proves who sent the bytes, not that they match the
 * API version this code was written against.
 */
export function envelopeProblem(event: unknown): string | null {
  if (!isRecord(event)) return 'the event is not a JSON object';
  if (typeof event.id !== 'string' || !/^evt_[A-Za-z0-9_]{1,240}$/.test(event.id)) return '"id" is not an event id';
  if (typeof event.type !== 'string' || event.type.length === 0 || event.type.length > 100) return '"type" is not an event type';
  // Seconds since 1970, within what a timestamptz column and a Date hold.
  if (typeof event.created !== 'number' || !Number.isSafeInteger(event.created) || event.created < 0 || event.created > 1e11) {
    return '"created" is not a Unix time in seconds';
  }
  if (!isRecord(event.data) || !isRecord(event.data.object)) return '"data.object" is not an object';
  return null;
}

/** The signed timestamp (`t=`) of a Stripe-Signature header, read as the SDK reads it (the last one wins). */
export function signedTimestamp(header: string): number | null {
  let timestamp: number | null = null;
  for (const item of header.split(',')) {
    const [key, value] = item.split('=');
    if (key === 't') timestamp = Number.parseInt(value ?? '', 10);
  }
  return timestamp !== null && Number.isFinite(timestamp) ? timestamp : null;
}
