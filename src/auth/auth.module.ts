import { Module } from '@nestjs/common';
import { SecurityEventsModule } from '../security-events/security-events.module';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { AfterResponseWorker } from '../common/after-response-worker';
import { WindowCountersModule } from '../limits/window-counters.module';
import { MailModule } from '../mail/mail.module';
import { UsersModule } from '../users/users.module';
import { AccountTokensService } from './account-tokens.service';
import { ActionTokenRepository } from './action-token.repository';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtAuthGuard } from './jwt-auth.guard';
import { JwtStrategy } from './jwt.strategy';
import { LoginSessionRepository } from './login-session.repository';
import { RefreshTokenRepository } from './refresh-token.repository';
import { RevocationService } from './revocation.service';
import { SessionsController } from './sessions.controller';
import { SessionsService } from './sessions.service';
import { TokenBlacklistRepository } from './token-blacklist.repository';
import { TokenCleanupService } from './token-cleanup.service';
import { TokenService } from './token.service';

@Module({
  imports: [PassportModule, UsersModule, MailModule, WindowCountersModule, SecurityEventsModule],
  controllers: [AuthController, SessionsController],
  providers: [
    TokenService,
    TokenBlacklistRepository,
    RefreshTokenRepository,
    LoginSessionRepository,
    SessionsService,
    ActionTokenRepository,
    RevocationService,
    AuthService,
    AccountTokensService,
    AfterResponseWorker,
    TokenCleanupService,
    JwtStrategy,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
  ],
  exports: [RevocationService, SessionsService, TokenCleanupService],
})
export class AuthModule {}
