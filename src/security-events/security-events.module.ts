import { Global, Module } from '@nestjs/common';
import { SecurityEventRepository } from './security-event.repository';
import { SecurityEventsController } from './security-events.controller';
import { SecurityEventsService } from './security-events.service';

/** Global: the modules whose flows are security events (users, auth, keys, billing) record them. */
@Global()
@Module({
  controllers: [SecurityEventsController],
  providers: [SecurityEventRepository, SecurityEventsService],
  exports: [SecurityEventRepository, SecurityEventsService],
})
export class SecurityEventsModule {}
