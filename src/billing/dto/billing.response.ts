import { ApiProperty } from '@nestjs/swagger';
import { TIERS } from '../../subscriptions/tiers';
import type { SubscriptionView } from '../billing.service';

export class BillingUrlResponse {
  @ApiProperty({ example: 'https://checkout.stripe.com/c/pay/cs_test_…', description: 'Send the user here.' }) url: string;
}

/** The subscription as the account page shows it; nulls when the user never subscribed. */
export class SubscriptionResponse {
  @ApiProperty({ enum: TIERS, description: 'The tier in force now (limits, quota and key cap follow it)' }) tier: string;
  @ApiProperty({ nullable: true, type: String, example: 'active', description: 'Stripe status: active, trialing, past_due, canceled, unpaid…' })
  status: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) current_period_start: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) current_period_end: string | null;
  @ApiProperty({ description: 'The plan ends with the current period (the tier stays until then)' }) cancel_at_period_end: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) canceled_at: string | null;

  static of({ tier, subscription }: SubscriptionView): SubscriptionResponse {
    return {
      tier,
      status: subscription?.status ?? null,
      current_period_start: subscription?.currentPeriodStart?.toISOString() ?? null,
      current_period_end: subscription?.currentPeriodEnd?.toISOString() ?? null,
      cancel_at_period_end: subscription?.cancelAtPeriodEnd ?? false,
      canceled_at: subscription?.canceledAt?.toISOString() ?? null,
    };
  }
}

export class WebhookResponse {
  @ApiProperty() received: boolean;
  @ApiProperty({ enum: ['applied', 'duplicate', 'stale', 'ignored'] }) outcome: string;
}
