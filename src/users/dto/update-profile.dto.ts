import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Only these fields; anything else (tier, is_verified, is_active…) is rejected with 400. */
export class UpdateProfileDto {
  @ApiPropertyOptional({ type: String, example: 'Ada King', maxLength: 255, nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(255)
  full_name?: string | null;

  @ApiPropertyOptional({ type: String, format: 'email', example: 'ada@example.org', maxLength: 255 })
  // Omitted means unchanged; null is not "no email" (every account has one), so it is validated and refused.
  @ValidateIf((_dto, value) => value !== undefined)
  @Transform(trim)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(255)
  email?: string;

  @ApiPropertyOptional({ description: 'Let the service count the masked first line of errors it does not recognise (default true)' })
  // Omitted means unchanged; only a JSON boolean (not "false", not null) changes it.
  @ValidateIf((_dto, value) => value !== undefined)
  @IsBoolean({ message: 'share_unrecognised_errors must be true or false' })
  share_unrecognised_errors?: boolean;
}
