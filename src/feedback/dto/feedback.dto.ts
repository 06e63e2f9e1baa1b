import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ANSWER_ID_SHAPE, MAX_ANSWER_ID_LENGTH } from '../../translator/answer-id';

export const MAX_COMMENT_LENGTH = 1_000;

/** C0 and C1 control characters (tab, line feed, escape…): a comment is one line of plain text. */
const NO_CONTROL_CHARACTERS = /^[^\p{Cc}]*$/u;

/** Trimmed; what is empty after trimming is no comment at all. */
const trimToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);

export class FeedbackDto {
  @ApiProperty({ description: 'The answer_id of a POST /translate answer', maxLength: MAX_ANSWER_ID_LENGTH })
  @IsString({ message: 'answer_id must be a string' })
  @Matches(ANSWER_ID_SHAPE, { message: 'answer_id is not an answer id: send the answer_id of a POST /translate answer as it was given' })
  answer_id: string;

  @ApiProperty({ description: 'Whether the answer helped' })
  // Only a JSON boolean: "false" or 0 are refused, not read as true.
  @IsBoolean({ message: 'helpful must be true or false' })
  helpful: boolean;

  @ApiPropertyOptional({
    type: String,
    description: 'What was right or wrong with it (trimmed; no control characters)',
    maxLength: MAX_COMMENT_LENGTH,
    nullable: true,
    example: 'Exactly my problem, thanks!',
  })
  @IsOptional()
  @Transform(trimToNull)
  @IsString({ message: 'comment must be a string' })
  @MaxLength(MAX_COMMENT_LENGTH, { message: `comment must be at most ${MAX_COMMENT_LENGTH} characters` })
  @Matches(NO_CONTROL_CHARACTERS, { message: 'comment must not contain control characters (line breaks, tabs, escapes…)' })
  comment?: string | null;
}
