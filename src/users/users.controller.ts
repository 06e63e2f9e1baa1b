import { Body, Controller, Get, HttpCode, Post, Put, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../common/current-user.decorator';
import { Public } from '../common/public.decorator';
import { ChangePasswordDto } from './dto/change-password.dto';
import { RegisterDto } from './dto/register.dto';
import { UpdateProfileDto } from './dto/update-profile.dto';
import { UserResponse } from './dto/user.response';
import { SignupThrottle } from './signup-throttle.service';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly signups: SignupThrottle,
  ) {}

  @Public()
  @Post()
  @ApiOperation({ summary: 'Register: email (unique, case-insensitive), password (policy), optional full name; 429 past the sign-up limits' })
  async register(@Body() body: RegisterDto, @Req() request: FastifyRequest): Promise<UserResponse> {
    // request.ip is the one client address the app uses (X-Forwarded-For only with TRUST_PROXY).
    await this.signups.admit(request.ip);
    const user = await this.users.createUser({ email: body.email, password: body.password, fullName: body.full_name });
    return UserResponse.of(user);
  }

  @ApiBearerAuth()
  @Get('me')
  me(@CurrentUser() principal: AuthenticatedUser): UserResponse {
    return UserResponse.of(principal.user);
  }

  @ApiBearerAuth()
  @Put('me')
  @ApiOperation({ summary: 'Change full_name, email (a new email must be verified again) and/or share_unrecognised_errors' })
  async update(@CurrentUser() principal: AuthenticatedUser, @Body() body: UpdateProfileDto): Promise<UserResponse> {
    const user = await this.users.updateProfile(principal.user.id, {
      email: body.email,
      fullName: body.full_name,
      shareUnrecognisedErrors: body.share_unrecognised_errors,
    });
    return UserResponse.of(user);
  }

  @ApiBearerAuth()
  @Post('me/change-password')
  @HttpCode(204)
  @ApiOperation({ summary: 'Change the password; every session issued before ends' })
  async changePassword(@CurrentUser() principal: AuthenticatedUser, @Body() body: ChangePasswordDto): Promise<void> {
    await this.users.changePassword(principal.user.id, body.current_password, body.new_password);
  }
}
