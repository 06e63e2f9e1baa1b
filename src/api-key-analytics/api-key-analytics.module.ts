import { Module } from '@nestjs/common';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { ApiKeyUsageAnalyticsService } from './api-key-usage-analytics.service';
import { ApiKeyUsageController } from './api-key-usage.controller';
import { ApiKeyUsageRepository } from './api-key-usage.repository';

/** Per-key analytics (GET /users/me/api-keys/{key_id}/usage), read from the roll-up the usage_logs trigger keeps. */
@Module({
  imports: [ApiKeysModule],
  controllers: [ApiKeyUsageController],
  providers: [ApiKeyUsageRepository, ApiKeyUsageAnalyticsService],
})
export class ApiKeyAnalyticsModule {}
