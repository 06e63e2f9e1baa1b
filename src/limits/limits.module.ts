import { Module } from '@nestjs/common';
import { RedisModule } from '../redis/redis.module';
import { UsageModule } from '../usage/usage.module';
import { QuotaService } from './quota.service';
import { QuotaGiveBackHook } from './quota-give-back.hook';
import { RateLimiterService } from './rate-limiter.service';
import { RedisGate } from './redis-gate';

/**
 * Per-minute rate limits and monthly quotas on the product routes (LimitsGuard, put there by
 * @AllowApiKey() and @MonthlyQuota()); QuotaService for the dashboard.
 */
@Module({
  imports: [RedisModule, UsageModule],
  providers: [RedisGate, RateLimiterService, QuotaService, QuotaGiveBackHook],
  exports: [QuotaService],
})
export class LimitsModule {}
