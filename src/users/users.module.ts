import { Module } from '@nestjs/common';
import { SecurityEventsModule } from '../security-events/security-events.module';
import { WindowCountersModule } from '../limits/window-counters.module';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordConfirmation } from './password-confirmation.service';
import { SignupThrottle } from './signup-throttle.service';
import { UserCacheService } from './user-cache.service';
import { UserRepository } from './user.repository';
import { UsersController } from './users.controller';
import { PasswordHasher } from './password-hasher.service';
import { UsersService } from './users.service';

@Module({
  imports: [WindowCountersModule, SecurityEventsModule],
  controllers: [UsersController],
  providers: [UserRepository, UserCacheService, PasswordHasher, SignupThrottle, LoginThrottleService, PasswordConfirmation, UsersService],
  exports: [UsersService, LoginThrottleService, PasswordConfirmation],
})
export class UsersModule {}
