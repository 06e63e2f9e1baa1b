import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { LANGUAGES, type Language } from '../translation';

/** Limits of the contract (DESIGN.md section 3). */
export const MAX_ERROR_LENGTH = 50_000;
export const MAX_CONTEXT_LENGTH = 5_000;

export class TranslateDto {
  @ApiProperty({
    description: 'The error message or stack trace, as printed',
    minLength: 1,
    maxLength: MAX_ERROR_LENGTH,
    example:
      'Traceback (most recent call last):\n  File "app.py", line 1, in <module>\n    import requests\nModuleNotFoundError: No module named \'requests\'',
  })
  @IsString()
  @MinLength(1, { message: 'error must not be empty' })
  @MaxLength(MAX_ERROR_LENGTH, { message: `error must be at most ${MAX_ERROR_LENGTH} characters` })
  error: string;

  @ApiPropertyOptional({ enum: LANGUAGES, description: 'A hint; the text itself wins when it clearly says otherwise' })
  @IsOptional()
  @IsIn(LANGUAGES, { message: `language must be one of: ${LANGUAGES.join(', ')}` })
  language?: Language;

  @ApiPropertyOptional({ description: 'Free text: framework, what you were doing', maxLength: MAX_CONTEXT_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_CONTEXT_LENGTH, { message: `context must be at most ${MAX_CONTEXT_LENGTH} characters` })
  context?: string;
}
