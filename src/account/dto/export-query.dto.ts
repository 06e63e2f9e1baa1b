import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, ValidateBy } from 'class-validator';
import { digitsToNumber } from '../../common/query-numbers';
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from '../../usage/retention-limits';

export const EXPORT_DAYS_MESSAGE = `days must be a whole number from ${MIN_RETENTION_DAYS} to ${MAX_RETENTION_DAYS}`;

export class ExportQueryDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: MIN_RETENTION_DAYS,
    maximum: MAX_RETENTION_DAYS,
    description: 'Raw usage rows of the last `days` days only (the daily roll-up is always whole); omitted: every raw row still kept.',
  })
  @IsOptional()
  @Transform(digitsToNumber)
  @ValidateBy({
    name: 'isExportDayCount',
    validator: {
      validate: (value: unknown) =>
        Number.isInteger(value) && (value as number) >= MIN_RETENTION_DAYS && (value as number) <= MAX_RETENTION_DAYS,
      defaultMessage: () => EXPORT_DAYS_MESSAGE,
    },
  })
  days?: number;
}
