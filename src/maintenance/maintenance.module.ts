import { Module } from '@nestjs/common';
import { SecurityEventsModule } from '../security-events/security-events.module';
import { ScheduleModule } from '@nestjs/schedule';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { AuthModule } from '../auth/auth.module';
import { UnknownErrorsModule } from '../unknown-errors/unknown-errors.module';
import { UsageModule } from '../usage/usage.module';
import { MaintenanceJobsService } from './maintenance-jobs.service';
import { MaintenanceSchedulerService } from './maintenance-scheduler.service';

/** Scheduled clean-ups: expired API keys, usage logs past retention, expired tokens, old unrecognised-error counts. */
@Module({
  imports: [
    ScheduleModule.forRoot({ intervals: false, timeouts: false }),
    ApiKeysModule,
    AuthModule,
    UsageModule,
    UnknownErrorsModule,
    SecurityEventsModule,
  ],
  providers: [MaintenanceJobsService, MaintenanceSchedulerService],
  exports: [MaintenanceJobsService],
})
export class MaintenanceModule {}
