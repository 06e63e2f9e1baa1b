import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

/** The longest grace period: a day is enough to roll a key out everywhere; longer would be two live keys. */
export const MAX_GRACE_SECONDS = 86_400;

export class RotateApiKeyDto {
  @ApiProperty({
    example: 3600,
    minimum: 0,
    maximum: MAX_GRACE_SECONDS,
    type: 'integer',
    description: 'How long the old key keeps working, in seconds (a JSON integer, 0 to 86,400); 0 stops it at once.',
  })
  @IsInt({ message: 'grace_seconds must be an integer' })
  @Min(0, { message: `grace_seconds must be from 0 to ${MAX_GRACE_SECONDS}` })
  @Max(MAX_GRACE_SECONDS, { message: `grace_seconds must be from 0 to ${MAX_GRACE_SECONDS}` })
  grace_seconds: number;
}
