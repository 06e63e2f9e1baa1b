import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { RedisModule } from '../redis/redis.module';
import { UsageModule } from '../usage/usage.module';
import { LimitsInterceptor } from './limits.interceptor';
import { QuotaService } from './quota.service';
import { RateLimiterService } from './rate-limiter.service';
import { RedisGate } from './redis-gate';

/** Per-minute rate limits and monthly quotas on the product routes; QuotaService for the dashboard. */
@Module({
  imports: [RedisModule, UsageModule],
  providers: [RedisGate, RateLimiterService, QuotaService, { provide: APP_INTERCEPTOR, useClass: LimitsInterceptor }],
  exports: [QuotaService],
})
export class LimitsModule {}
