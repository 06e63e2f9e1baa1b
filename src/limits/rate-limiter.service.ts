import { Injectable, Logger } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract, type RateLimiterRes } from 'rate-limiter-flexible';
import { RedisGate } from './redis-gate';

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window ends and the budget is whole again. */
  resetSeconds: number;
}

const WINDOW_SECONDS = 60;
const KEY_PREFIX = 'aet:rl';
/**
 * The stores only count; the comparison with the tier's limit is ours, made per request. So one
 * counter per key serves every tier, and a tier change applies at once to what was already used
 * this minute (an upgrade frees the rest of the new budget, a downgrade does not reset the count).
 */
const COUNT_ONLY = Number.MAX_SAFE_INTEGER;

/** rate-limiter-flexible's insurance: used when a Redis command fails; tells the gate so. */
class PerInstanceFallback extends RateLimiterMemory {
  constructor(private readonly onFallback: () => void) {
    super({ points: COUNT_ONLY, duration: WINDOW_SECONDS, keyPrefix: KEY_PREFIX });
  }

  override consume(key: string | number, points?: number, options?: Record<string, unknown>): Promise<RateLimiterRes> {
    this.onFallback();
    return this.consumeLocally(key, points, options);
  }

  consumeLocally(key: string | number, points?: number, options?: Record<string, unknown>): Promise<RateLimiterRes> {
    return super.consume(key, points, options);
  }
}

/**
 * Requests per minute per budget key (an API key or a user), counted in a window of 60 s that
 * starts at the key's first request. With Redis the count is shared by every instance (one Lua
 * call, atomic); without it, or while it is unusable, each instance counts alone.
 */
@Injectable()
export class RateLimiterService {
  private readonly logger = new Logger(RateLimiterService.name);
  private readonly local: PerInstanceFallback;
  private readonly shared: RateLimiterAbstract | null;

  constructor(private readonly gate: RedisGate) {
    this.local = new PerInstanceFallback(() => gate.failed());
    this.shared = gate.client
      ? new RateLimiterRedis({
          storeClient: gate.client,
          points: COUNT_ONLY,
          duration: WINDOW_SECONDS,
          keyPrefix: KEY_PREFIX,
          insuranceLimiter: this.local,
          rejectIfRedisNotReady: true,
        })
      : null;
  }

  async consume(key: string, limit: number): Promise<RateDecision> {
    let res: RateLimiterRes;
    try {
      res = this.shared && this.gate.usable() ? await this.shared.consume(key) : await this.local.consumeLocally(key);
    } catch (error) {
      // Neither store answered (cannot happen with the in-memory one): serve rather than refuse.
      this.logger.warn(`rate limit not checked: ${(error as Error).message}`);
      return { allowed: true, limit, remaining: limit, resetSeconds: WINDOW_SECONDS };
    }
    return {
      allowed: res.consumedPoints <= limit,
      limit,
      remaining: Math.max(limit - res.consumedPoints, 0),
      resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
    };
  }
}
