import { Module } from '@nestjs/common';
import { UsageAnalyticsService } from './usage-analytics.service';
import { UsageDailyRepository } from './usage-daily.repository';
import { UsageLogRepository } from './usage-log.repository';
import { UsageController } from './usage.controller';
import { UsageLoggingHook } from './usage-logging.hook';
import { UsagePartitionsService } from './usage-partitions.service';
import { UsageRecorder } from './usage-recorder.service';
import { UsageRetentionService } from './usage-retention.service';
import { UsageService } from './usage.service';

@Module({
  controllers: [UsageController],
  providers: [
    UsageLogRepository,
    UsageDailyRepository,
    UsageService,
    UsageAnalyticsService,
    UsageRecorder,
    UsageLoggingHook,
    UsageRetentionService,
    UsagePartitionsService,
  ],
  exports: [UsageService, UsageAnalyticsService, UsageRecorder, UsageRetentionService, UsagePartitionsService],
})
export class UsageModule {}
