import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { RedisService } from '../redis/redis.service';
import { RedisGate } from './redis-gate';

export interface WindowCount {
  /** Events counted in the key's current window (0 when none). */
  count: number;
  /** Whole seconds until the window ends and the count is forgotten (at least 1 while counting). */
  secondsLeft: number;
}

/** Counts are compared by the caller; the library's own limit never refuses. */
const NEVER_REFUSE = Number.MAX_SAFE_INTEGER;

/**
 * Fixed-window counters (rate-limiter-flexible): a key's window starts at its first event and
 * lasts `windowSeconds`. With Redis they are shared by every instance, so N instances allow what
 * one does; without it, or while RedisGate holds Redis back, each instance counts on its own, as
 * the rate limits do.
 */
export class WindowCounters {
  private readonly logger = new Logger(WindowCounters.name);
  private readonly local: RateLimiterMemory;
  private readonly shared: RateLimiterRedis | null;

  constructor(
    private readonly gate: RedisGate,
    name: string,
    windowSeconds: number,
  ) {
    const options = { points: NEVER_REFUSE, duration: windowSeconds, keyPrefix: `aet:${name}` };
    this.local = new RateLimiterMemory(options);
    this.shared = gate.client ? new RateLimiterRedis({ ...options, storeClient: gate.client, rejectIfRedisNotReady: true }) : null;
  }

  /** Counts one event and answers the count including it. */
  add(key: string): Promise<WindowCount> {
    return this.run((limiter) => limiter.penalty(key, 1));
  }

  /** Takes one event back (a claim that turned out not to be one). */
  async remove(key: string): Promise<void> {
    await this.run((limiter) => limiter.reward(key, 1));
  }

  get(key: string): Promise<WindowCount> {
    return this.run((limiter) => limiter.get(key));
  }

  async reset(key: string): Promise<void> {
    await this.run(async (limiter) => {
      await limiter.delete(key);
      return null;
    });
  }

  private async run(operation: (limiter: RateLimiterAbstract) => Promise<RateLimiterRes | null>): Promise<WindowCount> {
    if (this.shared && this.gate.usable()) {
      try {
        return toCount(await operation(this.shared));
      } catch (error) {
        this.gate.failed();
        this.logger.warn(`counting in this instance: ${(error as Error).message}`);
      }
    }
    return toCount(await operation(this.local));
  }
}

function toCount(res: RateLimiterRes | null): WindowCount {
  if (!res) return { count: 0, secondsLeft: 0 };
  return { count: res.consumedPoints, secondsLeft: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
}

/**
 * Makes WindowCounters, all on one Redis connection of their own: rate-limiter-flexible defines
 * its Lua script as a command of the client under one fixed name, so the rate limits' token-bucket
 * script and these counters' fixed-window script cannot share a connection.
 */
@Injectable()
export class WindowCounterFactory implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly gate: RedisGate;

  constructor(redis: RedisService) {
    this.gate = new RedisGate(redis);
  }

  create(name: string, windowSeconds: number): WindowCounters {
    return new WindowCounters(this.gate, name, windowSeconds);
  }

  onApplicationBootstrap(): Promise<void> {
    return this.gate.onApplicationBootstrap();
  }

  onApplicationShutdown(): void {
    this.gate.onApplicationShutdown();
  }
}
