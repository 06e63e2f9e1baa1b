import { Module } from '@nestjs/common';
import { RedisModule } from '../redis/redis.module';
import { RedisGate } from './redis-gate';
import { WindowCounterFactory } from './window-counters';

/** One Redis connection (and gate) for every limit: the rate limits, sign-up and login throttles. */
@Module({
  imports: [RedisModule],
  providers: [RedisGate, WindowCounterFactory],
  exports: [RedisGate, WindowCounterFactory],
})
export class LimitStoreModule {}
