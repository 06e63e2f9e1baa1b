import { Body, Controller, Get, HttpCode, Post, Put, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiJsonBody } from '../common/openapi/api-json-body.decorator';
import { ApiBearer, ApiProblems, BEARER_PROBLEMS } from '../common/openapi/api-problems.decorator';
import { BODY_PROBLEMS, Problems } from '../common/openapi/problem-catalogue';
import type { FastifyRequest } from 'fastify';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../common/current-user.decorator';
import { ProblemException } from '../common/problem.exception';
import { Public } from '../common/public.decorator';
import { Client } from '../security-events/client.decorator';
import type { ClientInfo } from '../security-events/security-event-record';
import { SecurityEventType } from '../security-events/security-event-type';
import { SecurityEventsService } from '../security-events/security-events.service';
import { ChangePasswordDto } from './dto/change-password.dto';
import { RegisterDto } from './dto/register.dto';
import { UpdateProfileDto } from './dto/update-profile.dto';
import { USER_EXAMPLE, UserResponse } from './dto/user.response';
import { PasswordConfirmation } from './password-confirmation.service';
import { SignupThrottle } from './signup-throttle.service';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly signups: SignupThrottle,
    private readonly confirmation: PasswordConfirmation,
    private readonly securityEvents: SecurityEventsService,
  ) {}

  @Public()
  @Post()
  @ApiOperation({
    operationId: 'register',
    summary: 'Register: email (unique, case-insensitive), password (policy), optional full name; 429 past the sign-up limits',
  })
  @ApiCreatedResponse({ type: UserResponse, example: USER_EXAMPLE })
  @ApiProblems(...BODY_PROBLEMS, Problems.emailTaken, Problems.tooManySignups, Problems.passwordChecksBusy, Problems.databaseUnavailable)
  @ApiJsonBody(RegisterDto, { email: 'ada@example.com', password: 'correct horse battery staple', full_name: 'Ada Lovelace' })
  async register(@Body() body: RegisterDto, @Req() request: FastifyRequest, @Client() client: ClientInfo): Promise<UserResponse> {
    // request.ip is the one client address the app uses (X-Forwarded-For only with TRUST_PROXY).
    await this.signups.admit(request.ip);
    const user = await this.users.createUser({ email: body.email, password: body.password, fullName: body.full_name });
    this.securityEvents.record({ type: SecurityEventType.SignUp, userId: user.id, client });
    return UserResponse.of(user);
  }

  @ApiBearer()
  @Get('me')
  @ApiOperation({ operationId: 'getMe', summary: 'Your profile' })
  @ApiOkResponse({ type: UserResponse, example: USER_EXAMPLE })
  @ApiProblems(...BEARER_PROBLEMS, Problems.databaseUnavailable)
  me(@CurrentUser() principal: AuthenticatedUser): UserResponse {
    return UserResponse.of(principal.user);
  }

  @ApiBearer()
  @Put('me')
  @ApiOkResponse({ type: UserResponse, example: USER_EXAMPLE })
  @ApiProblems(...BODY_PROBLEMS, ...BEARER_PROBLEMS, Problems.emailTaken, Problems.databaseUnavailable)
  @ApiOperation({
    operationId: 'updateMe',
    summary: 'Change full_name, email (a new email must be verified again) and/or share_unrecognised_errors',
  })
  @ApiJsonBody(UpdateProfileDto, { full_name: 'Ada King', share_unrecognised_errors: false })
  async update(
    @CurrentUser() principal: AuthenticatedUser,
    @Body() body: UpdateProfileDto,
    @Client() client: ClientInfo,
  ): Promise<UserResponse> {
    const user = await this.users.updateProfile(principal.user.id, {
      email: body.email,
      fullName: body.full_name,
      shareUnrecognisedErrors: body.share_unrecognised_errors,
    });
    if (user.email !== principal.user.email) {
      this.securityEvents.record({
        type: SecurityEventType.EmailChanged,
        userId: user.id,
        client,
        detail: { from: principal.user.email, to: user.email },
      });
    }
    return UserResponse.of(user);
  }

  @ApiBearer()
  @Post('me/change-password')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Changed; sign in again with the new password' })
  @ApiProblems(...BODY_PROBLEMS, ...BEARER_PROBLEMS, Problems.tooManyLogins, Problems.passwordChecksBusy, Problems.databaseUnavailable)
  @ApiOperation({ operationId: 'changePassword', summary: 'Change the password; every session issued before ends' })
  @ApiJsonBody(ChangePasswordDto, { current_password: 'correct horse battery staple', new_password: 'a longer passphrase of mine' })
  async changePassword(
    @CurrentUser() principal: AuthenticatedUser,
    @Body() body: ChangePasswordDto,
    @Client() client: ClientInfo,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    const user = await this.confirmation.confirm(principal.user.id, body.current_password, request.ip);
    if (!user) throw ProblemException.validation([{ field: 'current_password', message: 'current_password is not correct' }]);
    await this.users.changePassword(user, body.new_password);
    this.securityEvents.record({ type: SecurityEventType.PasswordChanged, userId: principal.user.id, client });
  }
}
