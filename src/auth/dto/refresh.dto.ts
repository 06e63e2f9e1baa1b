import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class RefreshDto {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(4096)
  refresh_token: string;
}

export class LogoutDto {
  @ApiPropertyOptional({ description: 'Also revoke this refresh token (and the login it belongs to)' })
  @IsOptional()
  @IsString()
  @MaxLength(4096)
  refresh_token?: string;
}
