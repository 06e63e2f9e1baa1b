import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional } from 'class-validator';
import { digitsToNumber, IsWholeNumberIn } from '../../common/query-numbers';
import { USAGE_DAYS } from '../usage-analytics.service';

const DAYS_MESSAGE = `days must be a whole number from ${USAGE_DAYS.min} to ${USAGE_DAYS.max}`;

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
  @IsWholeNumberIn('isDayCount', USAGE_DAYS.min, USAGE_DAYS.max, DAYS_MESSAGE)
  days?: number;
}
