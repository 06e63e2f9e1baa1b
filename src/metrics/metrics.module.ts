import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { UsageModule } from '../usage/usage.module';
import { UsersModule } from '../users/users.module';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';

/** GET /metrics; with METRICS_ENABLED=false nothing is registered: no route (404), no per-request hook. */
@Module({})
export class MetricsModule {
  static forRoot(config: AppConfig): DynamicModule {
    if (!config.metricsEnabled) return { module: MetricsModule };
    return {
      module: MetricsModule,
      imports: [UsersModule, UsageModule],
      controllers: [MetricsController],
      providers: [MetricsService],
    };
  }
}
