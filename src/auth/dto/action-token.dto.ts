import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

export class ConfirmTokenDto {
  @ApiProperty({ description: 'The token from the mail' })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  token: string;
}

export class PasswordResetRequestDto {
  @ApiProperty({ example: 'ada@example.com' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(255)
  email: string;
}

export class PasswordResetConfirmDto extends ConfirmTokenDto {
  @ApiProperty({ minLength: 1, maxLength: 72 })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  new_password: string;
}
