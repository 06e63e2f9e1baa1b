import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { RedisModule } from '../redis/redis.module';
import { HealthController } from './health.controller';
import { MigrationsHealthIndicator } from './migrations.health';
import { ReplicasHealthIndicator } from './replicas.health';
import { ShutdownState } from './shutdown-state';

@Module({
  imports: [TerminusModule.forRoot({ logger: false }), RedisModule],
  controllers: [HealthController],
  providers: [MigrationsHealthIndicator, ReplicasHealthIndicator, ShutdownState],
  exports: [ShutdownState],
})
export class HealthModule {}
