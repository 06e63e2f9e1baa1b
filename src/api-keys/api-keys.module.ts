import { Module } from '@nestjs/common';
import { SecurityEventsModule } from '../security-events/security-events.module';
import { UsersModule } from '../users/users.module';
import { ApiKeyAuthService } from './api-key-auth.service';
import { ApiKeyUsageService } from './api-key-usage.service';
import { ApiKeyRepository } from './api-key.repository';
import { ApiKeysController } from './api-keys.controller';
import { ApiKeysService } from './api-keys.service';

/**
 * API keys: management routes, and the verifier the global auth guard (AuthModule) calls on
 * @AllowApiKey routes. The guard finds ApiKeyAuthService through the ModuleRef rather than an
 * import, so neither module imports the other.
 */
@Module({
  imports: [UsersModule, SecurityEventsModule],
  controllers: [ApiKeysController],
  providers: [ApiKeyRepository, ApiKeyUsageService, ApiKeyAuthService, ApiKeysService],
  exports: [ApiKeysService, ApiKeyAuthService],
})
export class ApiKeysModule {}
