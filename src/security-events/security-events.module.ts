import { Module } from '@nestjs/common';
import { SecurityEventRepository } from './security-event.repository';
import { SecurityEventsController } from './security-events.controller';
import { SecurityEventsService } from './security-events.service';

/**
 * Imported by the modules whose flows are security events (users, auth, keys, billing) and by the
 * maintenance jobs. Deliberately not global: Nest shuts global modules down first, and the final
 * flush must run before TypeORM's (global) module closes the DataSource.
 */
@Module({
  controllers: [SecurityEventsController],
  providers: [SecurityEventRepository, SecurityEventsService],
  exports: [SecurityEventRepository, SecurityEventsService],
})
export class SecurityEventsModule {}
