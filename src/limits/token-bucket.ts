import { RateLimiterCompatibleAbstract, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * A token bucket seen as the level of what was used: each admitted request adds 1, the level
 * drains continuously at `capacity` per window, and a request fits while level + 1 ≤ capacity.
 * So a client may burst up to its whole per-minute limit, then gets limit/60 requests a second.
 * Storing the level (not the tokens left) lets the capacity change with the tier: an upgrade
 * frees the difference at once, a downgrade does not forgive what was used.
 * Refused requests take nothing.
 */
export interface BucketState {
  level: number;
  atMs: number;
}

export interface BucketTake {
  admitted: boolean;
  state: BucketState;
  /** The level rounded up: capacity minus this is what is left. */
  used: number;
  /** Admitted: until the bucket is empty again (whole budget back). Refused: until one request fits. */
  msBeforeNext: number;
}

/** Float noise must not turn a level of exactly 2 into 3 used. */
const EPSILON = 1e-9;

export function takeToken(previous: BucketState | undefined, nowMs: number, capacity: number, windowMs: number): BucketTake {
  const perMs = capacity / windowMs;
  const drained = previous ? Math.max(0, previous.level - Math.max(0, nowMs - previous.atMs) * perMs) : 0;
  if (drained + 1 > capacity + EPSILON) {
    const state = { level: drained, atMs: nowMs };
    return { admitted: false, state, used: capacity, msBeforeNext: Math.ceil((drained + 1 - capacity) / perMs) };
  }
  const level = drained + 1;
  return {
    admitted: true,
    state: { level, atMs: nowMs },
    used: Math.ceil(level - EPSILON),
    msBeforeNext: Math.ceil(level / perMs),
  };
}

/**
 * The same bucket in Redis, atomically, on Redis's clock (instances' clocks may differ). It is
 * rate-limiter-flexible's `customIncrTtlLuaScript`: ARGV = points to take, window in seconds,
 * the limiter's points (the tier's capacity), window; it answers {consumed, msBeforeNext}, where
 * consumed > capacity means refused.
 */
export const TOKEN_BUCKET_LUA = `
local now = redis.call('TIME')
local nowMs = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
local capacity = tonumber(ARGV[3])
local perMs = capacity / (tonumber(ARGV[2]) * 1000)
local state = redis.call('HMGET', KEYS[1], 'level', 'at')
local level = 0
if state[1] then
  level = math.max(0, tonumber(state[1]) - math.max(0, nowMs - tonumber(state[2])) * perMs)
end
if level + 1 > capacity + 1e-9 then
  return {capacity + 1, math.ceil((level + 1 - capacity) / perMs)}
end
level = level + 1
redis.call('HSET', KEYS[1], 'level', tostring(level), 'at', tostring(nowMs))
redis.call('PEXPIRE', KEYS[1], math.ceil(level / perMs) + 1000)
return {math.ceil(level - 1e-9), math.ceil(level / perMs)}
`;

const MAX_KEYS = 100_000;

/**
 * The bucket in this process, in rate-limiter-flexible's shape so that it can be a Redis
 * limiter's insuranceLimiter. The capacity comes with each call (`options.capacity`): one
 * store serves every tier. Calls without `options.local` come from rate-limiter-flexible after
 * a failed Redis command, and are reported through `onFallback`.
 */
export class MemoryTokenBuckets extends RateLimiterCompatibleAbstract {
  private readonly buckets = new Map<string, BucketState>();
  override blockDuration = 0;
  override execEvenly = false;

  constructor(
    override readonly keyPrefix: string,
    private readonly windowMs: number,
    private readonly onFallback: () => void = () => undefined,
  ) {
    super();
  }

  override async consume(key: string | number, _points = 1, options: Record<string, unknown> = {}): Promise<RateLimiterRes> {
    const capacity = Number(options.capacity);
    if (!(capacity > 0)) throw new Error('MemoryTokenBuckets.consume needs options.capacity');
    if (options.local !== true) this.onFallback();
    const id = `${this.keyPrefix}:${key}`;
    const now = Date.now();
    const take = takeToken(this.buckets.get(id), now, capacity, this.windowMs);
    this.remember(id, take.state, now);
    const res = new RateLimiterRes(Math.max(capacity - take.used, 0), take.msBeforeNext, take.admitted ? take.used : capacity + 1);
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- rate-limiter-flexible's contract: a refusal rejects with the RateLimiterRes itself
    if (!take.admitted) throw res;
    return res;
  }

  /** Bounded: drained buckets go first, then the oldest. */
  private remember(id: string, state: BucketState, now: number): void {
    this.buckets.delete(id);
    if (this.buckets.size >= MAX_KEYS) {
      for (const [other, old] of this.buckets) if (old.atMs + this.windowMs < now) this.buckets.delete(other);
      if (this.buckets.size >= MAX_KEYS) this.buckets.delete(this.buckets.keys().next().value!);
    }
    this.buckets.set(id, state);
  }
}
