import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, ValidateBy } from 'class-validator';
import { digitsToNumber, IsWholeNumberIn } from '../../common/query-numbers';
import { decodeCursor } from '../security-event-cursor';

export const SECURITY_EVENTS_PAGE = { min: 1, max: 100, default: 20 } as const;
const LIMIT_MESSAGE = `limit must be a whole number from ${SECURITY_EVENTS_PAGE.min} to ${SECURITY_EVENTS_PAGE.max}`;

export class SecurityEventsQueryDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: SECURITY_EVENTS_PAGE.min,
    maximum: SECURITY_EVENTS_PAGE.max,
    default: SECURITY_EVENTS_PAGE.default,
    description: 'Events per page; anything but a whole number in range is a 400.',
  })
  @IsOptional()
  @Transform(digitsToNumber)
  @IsWholeNumberIn('isPageLimit', SECURITY_EVENTS_PAGE.min, SECURITY_EVENTS_PAGE.max, LIMIT_MESSAGE)
  limit?: number;

  @ApiPropertyOptional({
    type: 'string',
    maxLength: 200,
    description: 'next_cursor of the previous page: the events older than its last one. Anything else is a 400.',
  })
  @IsOptional()
  @ValidateBy({
    name: 'isCursor',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && decodeCursor(value) !== null,
      defaultMessage: () => 'cursor must be the next_cursor of a previous page',
    },
  })
  cursor?: string;
}
