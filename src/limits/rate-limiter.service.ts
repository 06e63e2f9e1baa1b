import { Injectable, Logger } from '@nestjs/common';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { RedisGate } from './redis-gate';
import { MemoryTokenBuckets, TOKEN_BUCKET_LUA } from './token-bucket';

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Allowed: seconds until the whole budget is back. Refused: seconds until one request fits. */
  resetSeconds: number;
}

const WINDOW_SECONDS = 60;
const KEY_PREFIX = 'aet:rl';

/**
 * Requests per minute per budget (an API key or a user) as a token bucket: a burst of the whole
 * limit, then limit/60 a second. With Redis the bucket is shared by every instance (one atomic
 * Lua call per request, rate-limiter-flexible's RateLimiterRedis with our script); without it,
 * or while it is unusable, each instance keeps its own (the same buckets serve as the Redis
 * limiter's insuranceLimiter).
 */
@Injectable()
export class RateLimiterService {
  private readonly logger = new Logger(RateLimiterService.name);
  private readonly local: MemoryTokenBuckets;
  /** One per capacity (the limiter's points are the capacity its script sees); all share the keys. */
  private readonly shared = new Map<number, RateLimiterRedis>();

  constructor(private readonly gate: RedisGate) {
    this.local = new MemoryTokenBuckets(KEY_PREFIX, WINDOW_SECONDS * 1000, () => gate.failed());
  }

  async consume(key: string, limit: number): Promise<RateDecision> {
    let res: RateLimiterRes;
    try {
      res = this.gate.usable()
        ? await this.sharedLimiter(limit).consume(key, 1, { capacity: limit })
        : await this.local.consume(key, 1, { capacity: limit, local: true });
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) {
        // Neither store answered (cannot happen with the in-process one): serve rather than refuse.
        this.logger.warn(`rate limit not checked: ${(error as Error).message}`);
        return { allowed: true, limit, remaining: limit, resetSeconds: WINDOW_SECONDS };
      }
      res = error;
    }
    return {
      allowed: res.consumedPoints <= limit,
      limit,
      remaining: Math.max(limit - res.consumedPoints, 0),
      resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
    };
  }

  private sharedLimiter(capacity: number): RateLimiterRedis {
    let limiter = this.shared.get(capacity);
    if (!limiter) {
      limiter = new RateLimiterRedis({
        storeClient: this.gate.client,
        points: capacity,
        duration: WINDOW_SECONDS,
        keyPrefix: KEY_PREFIX,
        customIncrTtlLuaScript: TOKEN_BUCKET_LUA,
        insuranceLimiter: this.local,
        rejectIfRedisNotReady: true,
      });
      this.shared.set(capacity, limiter);
    }
    return limiter;
  }
}
