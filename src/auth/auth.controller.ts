import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiJsonBody } from '../common/openapi/api-json-body.decorator';
import { ApiBearer, ApiProblems, BEARER_PROBLEMS } from '../common/openapi/api-problems.decorator';
import { BODY_PROBLEMS, Problems } from '../common/openapi/problem-catalogue';
import type { FastifyRequest } from 'fastify';
import { CurrentUser } from '../common/current-user.decorator';
import { Public } from '../common/public.decorator';
import { Client } from '../security-events/client.decorator';
import type { ClientInfo } from '../security-events/security-event-record';
import { USER_EXAMPLE, UserResponse } from '../users/dto/user.response';
import { AccountTokensService } from './account-tokens.service';
import { AuthService, type TokenPair } from './auth.service';
import type { AuthenticatedUser } from './authenticated-user';
import { ConfirmTokenDto, PasswordResetConfirmDto, PasswordResetRequestDto } from './dto/action-token.dto';
import { LoginDto } from './dto/login.dto';
import { LogoutDto, RefreshDto } from './dto/refresh.dto';
import { MailStatusResponse, TokenPairResponse } from './dto/token-pair.response';

const TOKEN_PAIR_EXAMPLE = {
  access_token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIuLi4ifQ.c2ln',
  refresh_token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJqdGkiOiIuLi4ifQ.c2ln',
  token_type: 'bearer',
  expires_in: 900,
};

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
  @ApiOperation({ operationId: 'login', summary: 'Email and password → access and refresh tokens' })
  @ApiOkResponse({ type: TokenPairResponse, example: TOKEN_PAIR_EXAMPLE })
  @ApiProblems(...BODY_PROBLEMS, Problems.invalidCredentials, Problems.tooManyLogins, Problems.passwordChecksBusy, Problems.databaseUnavailable)
  @ApiJsonBody(LoginDto, { email: 'ada@example.com', password: 'correct horse battery staple' })
  login(@Body() body: LoginDto, @Req() request: FastifyRequest, @Client() client: ClientInfo): Promise<TokenPair> {
    return this.auth.login(body.email, body.password, { ...client, ip: request.ip });
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ operationId: 'refreshToken', summary: 'Rotate: a refresh token works once; reusing one revokes its whole login' })
  @ApiOkResponse({ type: TokenPairResponse, example: TOKEN_PAIR_EXAMPLE })
  @ApiProblems(...BODY_PROBLEMS, Problems.invalidRefresh, Problems.databaseUnavailable)
  @ApiJsonBody(RefreshDto, { refresh_token: TOKEN_PAIR_EXAMPLE.refresh_token })
  refresh(@Body() body: RefreshDto, @Client() client: ClientInfo): Promise<TokenPair> {
    return this.auth.refresh(body.refresh_token, client);
  }

  @ApiBearer()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({
    operationId: 'logout',
    summary: 'End this session (default), every other session of yours, or all of them',
    description:
      'scope current: this access token, its session’s other access tokens and its refresh tokens (and, if given, the session of refresh_token). ' +
      'others: every other session, this one stays. all: every session, this one included. Every instance refuses the ended tokens within a second.',
  })
  @ApiNoContentResponse({ description: 'Signed out' })
  @ApiProblems(...BODY_PROBLEMS, Problems.invalidLogoutScope, ...BEARER_PROBLEMS, Problems.databaseUnavailable)
  @ApiJsonBody(
    LogoutDto,
    { scope: 'current', refresh_token: TOKEN_PAIR_EXAMPLE.refresh_token },
    {
      required: false,
      description: 'Optional: without a body, this session ends',
    },
  )
  async logout(@CurrentUser() principal: AuthenticatedUser, @Body() body: LogoutDto, @Client() client: ClientInfo): Promise<void> {
    await this.auth.logout(principal, body?.scope ?? 'current', body?.refresh_token, client);
  }

  @ApiBearer()
  @Post('verify-email/request')
  @HttpCode(202)
  @ApiOperation({ operationId: 'requestEmailVerification', summary: 'Mail a verification link to the current email address' })
  @ApiAcceptedResponse({ type: MailStatusResponse, example: { status: 'sent' } })
  @ApiProblems(...BEARER_PROBLEMS, Problems.alreadyVerified, Problems.mailUnavailable, Problems.databaseUnavailable)
  async requestVerification(@CurrentUser() principal: AuthenticatedUser): Promise<{ status: 'sent' }> {
    await this.accountTokens.requestEmailVerification(principal.user);
    return { status: 'sent' };
  }

  @Public()
  @Post('verify-email/confirm')
  @HttpCode(200)
  @ApiOperation({ operationId: 'confirmEmailVerification', summary: 'Confirm the email address with the mailed token' })
  @ApiOkResponse({ type: UserResponse, example: { ...USER_EXAMPLE, is_verified: true } })
  @ApiProblems(...BODY_PROBLEMS, Problems.invalidActionToken, Problems.databaseUnavailable)
  @ApiJsonBody(ConfirmTokenDto, { token: 'the-token-from-the-mail' })
  async confirmVerification(@Body() body: ConfirmTokenDto, @Client() client: ClientInfo): Promise<UserResponse> {
    return UserResponse.of(await this.accountTokens.confirmEmailVerification(body.token, client));
  }

  @Public()
  @Post('password-reset/request')
  @HttpCode(202)
  @ApiOperation({ operationId: 'requestPasswordReset', summary: 'Always 202: mails a reset link when the account exists, reveals nothing' })
  @ApiAcceptedResponse({ type: MailStatusResponse, example: { status: 'accepted' } })
  @ApiProblems(...BODY_PROBLEMS, Problems.mailUnavailable)
  @ApiJsonBody(PasswordResetRequestDto, { email: 'ada@example.com' })
  requestReset(@Body() body: PasswordResetRequestDto): { status: 'accepted' } {
    this.accountTokens.requestPasswordReset(body.email);
    return { status: 'accepted' };
  }

  @Public()
  @Post('password-reset/confirm')
  @HttpCode(204)
  @ApiOperation({ operationId: 'confirmPasswordReset', summary: 'Set a new password with the mailed token; every earlier session ends' })
  @ApiNoContentResponse({ description: 'Password set; sign in with it' })
  @ApiProblems(...BODY_PROBLEMS, Problems.invalidActionToken, Problems.passwordChecksBusy, Problems.databaseUnavailable)
  @ApiJsonBody(PasswordResetConfirmDto, { token: 'the-token-from-the-mail', new_password: 'a longer passphrase of mine' })
  async confirmReset(@Body() body: PasswordResetConfirmDto, @Client() client: ClientInfo): Promise<void> {
    await this.accountTokens.confirmPasswordReset(body.token, body.new_password, client);
  }
}
