import { Module } from '@nestjs/common';
import { RedisModule } from '../redis/redis.module';
import { WindowCounterFactory } from './window-counters';

/** Fixed-window counters shared through Redis, for the sign-up and login throttles. */
@Module({
  imports: [RedisModule],
  providers: [WindowCounterFactory],
  exports: [WindowCounterFactory],
})
export class WindowCountersModule {}
