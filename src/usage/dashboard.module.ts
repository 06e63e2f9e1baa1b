import { Module } from '@nestjs/common';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { LimitsModule } from '../limits/limits.module';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';
import { UsageModule } from './usage.module';

/**
 * The dashboard composes other modules' services. It is a module of its own so that UsageModule
 * does not import ApiKeysModule: modules that record usage or enforce quotas can then import
 * UsageModule without a cycle.
 */
@Module({
  imports: [UsageModule, SubscriptionsModule, ApiKeysModule, LimitsModule],
  controllers: [DashboardController],
  providers: [DashboardService],
})
export class DashboardModule {}
