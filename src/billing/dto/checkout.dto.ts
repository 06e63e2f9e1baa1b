import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { PAID_TIERS, type Tier } from '../../subscriptions/tiers';

export class CheckoutDto {
  @ApiProperty({ enum: PAID_TIERS, example: 'pro', description: 'The plan to subscribe to (free is not sold).' })
  @IsIn(PAID_TIERS, { message: `tier must be one of: ${PAID_TIERS.join(', ')}` })
  tier: Exclude<Tier, 'free'>;
}
