import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CurrentUser } from '../common/current-user.decorator';
import { Public } from '../common/public.decorator';
import { UserResponse } from '../users/dto/user.response';
import { AccountTokensService } from './account-tokens.service';
import { AuthService, type TokenPair } from './auth.service';
import type { AuthenticatedUser } from './authenticated-user';
import { ConfirmTokenDto, PasswordResetConfirmDto, PasswordResetRequestDto } from './dto/action-token.dto';
import { LoginDto } from './dto/login.dto';
import { LogoutDto, RefreshDto } from './dto/refresh.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly accountTokens: AccountTokensService,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Email and password → access and refresh tokens' })
  login(@Body() body: LoginDto, @Req() request: FastifyRequest): Promise<TokenPair> {
    return this.auth.login(body.email, body.password, request.ip);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Rotate: a refresh token works once; reusing one revokes its whole login' })
  refresh(@Body() body: RefreshDto): Promise<TokenPair> {
    return this.auth.refresh(body.refresh_token);
  }

  @ApiBearerAuth()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke this access token and, if given, the refresh token' })
  async logout(@CurrentUser() principal: AuthenticatedUser, @Body() body: LogoutDto): Promise<void> {
    await this.auth.logout(principal, body?.refresh_token);
  }

  @ApiBearerAuth()
  @Post('verify-email/request')
  @HttpCode(202)
  @ApiOperation({ summary: 'Mail a verification link to the current email address' })
  async requestVerification(@CurrentUser() principal: AuthenticatedUser): Promise<{ status: 'sent' }> {
    await this.accountTokens.requestEmailVerification(principal.user);
    return { status: 'sent' };
  }

  @Public()
  @Post('verify-email/confirm')
  @HttpCode(200)
  async confirmVerification(@Body() body: ConfirmTokenDto): Promise<UserResponse> {
    return UserResponse.of(await this.accountTokens.confirmEmailVerification(body.token));
  }

  @Public()
  @Post('password-reset/request')
  @HttpCode(202)
  @ApiOperation({ summary: 'Always 202: mails a reset link when the account exists, reveals nothing' })
  requestReset(@Body() body: PasswordResetRequestDto): { status: 'accepted' } {
    this.accountTokens.requestPasswordReset(body.email);
    return { status: 'accepted' };
  }

  @Public()
  @Post('password-reset/confirm')
  @HttpCode(204)
  @ApiOperation({ summary: 'Set a new password with the mailed token; every earlier session ends' })
  async confirmReset(@Body() body: PasswordResetConfirmDto): Promise<void> {
    await this.accountTokens.confirmPasswordReset(body.token, body.new_password);
  }
}
