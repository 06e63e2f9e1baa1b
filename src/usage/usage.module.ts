import { Module } from '@nestjs/common';
import { UsageLogRepository } from './usage-log.repository';
import { UsageService } from './usage.service';

@Module({
  providers: [UsageLogRepository, UsageService],
  exports: [UsageService],
})
export class UsageModule {}
