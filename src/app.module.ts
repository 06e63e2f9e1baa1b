import { Module, type DynamicModule } from '@nestjs/common';
import { AccountModule } from './account/account.module';
import { ApiKeyAnalyticsModule } from './api-key-analytics/api-key-analytics.module';
import { ApiKeysModule } from './api-keys/api-keys.module';
import { AuthModule } from './auth/auth.module';
import { BillingModule } from './billing/billing.module';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { FeedbackModule } from './feedback/feedback.module';
import { HealthModule } from './health/health.module';
import { LimitsModule } from './limits/limits.module';
import { MaintenanceModule } from './maintenance/maintenance.module';
import { MetricsModule } from './metrics/metrics.module';
import { SecurityEventsModule } from './security-events/security-events.module';
import { SubscriptionsModule } from './subscriptions/subscriptions.module';
import { TranslatorModule } from './translator/translator.module';
import { DashboardModule } from './usage/dashboard.module';
import { UsageModule } from './usage/usage.module';
import { UsersModule } from './users/users.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(config),
        HealthModule,
        SecurityEventsModule,
        UsersModule,
        ApiKeysModule,
        SubscriptionsModule,
        UsageModule,
        ApiKeyAnalyticsModule,
        DashboardModule,
        AuthModule,
        TranslatorModule,
        FeedbackModule,
        BillingModule,
        AccountModule,
        LimitsModule,
        MaintenanceModule,
        MetricsModule.forRoot(config),
      ],
    };
  }
}
