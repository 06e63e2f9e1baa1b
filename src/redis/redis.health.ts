import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { RedisService } from './redis.service';

/** Redis down makes the service degraded, not unready: every instance falls back to local state. */
@Injectable()
export class RedisHealthIndicator {
  constructor(
    private readonly redis: RedisService,
    private readonly indicators: HealthIndicatorService,
  ) {}

  get enabled(): boolean {
    return this.redis.client !== null;
  }

  async check(key: string, timeoutMs: number) {
    const indicator = this.indicators.check(key);
    const client = this.redis.client!;
    try {
      await Promise.race([
        client.ping(),
        new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref()),
      ]);
      return indicator.up();
    } catch (error) {
      return indicator.degraded({
        message: `unreachable: ${(error as Error).message}; using per-instance fallbacks (rate limits and monthly quotas are counted per instance)`,
      });
    }
  }
}
