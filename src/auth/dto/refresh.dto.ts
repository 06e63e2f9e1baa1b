import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { LOGOUT_SCOPES, type LogoutScope } from '../sessions.service';

export class RefreshDto {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(4096)
  refresh_token: string;
}

export class LogoutDto {
  @ApiPropertyOptional({
    enum: LOGOUT_SCOPES,
    default: 'current',
    description: 'current: this session (login); others: every other session of yours, this one stays; all: every session, this one included',
  })
  @IsOptional()
  @IsIn(LOGOUT_SCOPES, { message: `scope must be one of ${LOGOUT_SCOPES.join(', ')}` })
  scope?: LogoutScope;

  @ApiPropertyOptional({ description: 'With scope current: also revoke this refresh token (and the login it belongs to)' })
  @IsOptional()
  @IsString()
  @MaxLength(4096)
  refresh_token?: string;
}
