import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsOptional, IsString, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Only these two fields; anything else (tier, is_verified, is_active…) is rejected with 400. */
export class UpdateProfileDto {
  @ApiPropertyOptional({ example: 'Ada King', maxLength: 255, nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(255)
  full_name?: string | null;

  @ApiPropertyOptional({ example: 'ada@example.org', maxLength: 255 })
  @IsOptional()
  @Transform(trim)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(255)
  email?: string;
}
