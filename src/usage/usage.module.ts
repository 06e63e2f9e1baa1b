import { Module } from '@nestjs/common';
import { UsageLogRepository } from './usage-log.repository';
import { UsageLoggingHook } from './usage-logging.hook';
import { UsageRecorder } from './usage-recorder.service';
import { UsageService } from './usage.service';

@Module({
  providers: [UsageLogRepository, UsageService, UsageRecorder, UsageLoggingHook],
  exports: [UsageService, UsageRecorder],
})
export class UsageModule {}
