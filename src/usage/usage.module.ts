import { Module } from '@nestjs/common';
import { UsageAnalyticsService } from './usage-analytics.service';
import { UsageDailyRepository } from './usage-daily.repository';
import { UsageLogRepository } from './usage-log.repository';
import { UsageController } from './usage.controller';
import { UsageService } from './usage.service';

@Module({
  controllers: [UsageController],
  providers: [UsageLogRepository, UsageDailyRepository, UsageService, UsageAnalyticsService],
  exports: [UsageService, UsageAnalyticsService],
})
export class UsageModule {}
