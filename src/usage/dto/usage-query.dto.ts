import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, ValidateBy } from 'class-validator';
import { USAGE_DAYS } from '../usage-analytics.service';

const DAYS_MESSAGE = `days must be a whole number from ${USAGE_DAYS.min} to ${USAGE_DAYS.max}`;

/** Only plain digits become a number: `1.5`, `-1`, `1e2`, `0x10` and ` 7` stay strings and fail. */
export const digitsToNumber = ({ value }: { value: unknown }) => (typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value);

export class UsageQueryDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: USAGE_DAYS.min,
    maximum: USAGE_DAYS.max,
    default: USAGE_DAYS.default,
    description: 'How many UTC days, today included; anything but a whole number in range is a 400.',
  })
  @IsOptional()
  @Transform(digitsToNumber)
  @ValidateBy({
    name: 'isDayCount',
    validator: {
      validate: (value: unknown) => Number.isInteger(value) && (value as number) >= USAGE_DAYS.min && (value as number) <= USAGE_DAYS.max,
      defaultMessage: () => DAYS_MESSAGE,
    },
  })
  days?: number;
}
