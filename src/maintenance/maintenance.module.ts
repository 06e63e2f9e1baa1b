import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { AuthModule } from '../auth/auth.module';
import { UsageLogRepository } from '../usage/usage-log.repository';
import { MaintenanceJobsService } from './maintenance-jobs.service';
import { MaintenanceSchedulerService } from './maintenance-scheduler.service';
import { UsageRetentionService } from './usage-retention.service';

/** Scheduled clean-ups: expired API keys, usage logs past retention, expired tokens. */
@Module({
  imports: [ScheduleModule.forRoot({ intervals: false, timeouts: false }), ApiKeysModule, AuthModule],
  // The usage-log repository is stateless: its own instance here spares UsageModule an export.
  providers: [UsageLogRepository, UsageRetentionService, MaintenanceJobsService, MaintenanceSchedulerService],
  exports: [MaintenanceJobsService],
})
export class MaintenanceModule {}
