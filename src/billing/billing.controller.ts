import { Body, Controller, Get, Headers, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiExcludeEndpoint, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../common/current-user.decorator';
import { Public } from '../common/public.decorator';
import { BillingService } from './billing.service';
import { BillingUrlResponse, SubscriptionResponse, WebhookResponse } from './dto/billing.response';
import { CheckoutDto } from './dto/checkout.dto';
import { StripeWebhookService } from './stripe-webhook.service';
import type { RawBodyRequest } from './webhook-raw-body';

/** Every route answers 503 billing-not-configured while STRIPE_SECRET_KEY is unset. */
@ApiTags('billing')
@Controller('billing')
export class BillingController {
  constructor(
    private readonly billing: BillingService,
    private readonly webhooks: StripeWebhookService,
  ) {}

  @ApiBearerAuth()
  @Post('checkout')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Start a subscription: the URL of a Stripe Checkout page for the plan',
    description:
      '400 for a tier that is not sold (free, unknown); 409 already-subscribed when a subscription is in force (change plans in the portal); ' +
      '503 billing-not-configured when billing is off or the plan has no Stripe price; 502 when Stripe fails.',
  })
  @ApiOkResponse({ type: BillingUrlResponse })
  async checkout(@CurrentUser() principal: AuthenticatedUser, @Body() body: CheckoutDto): Promise<BillingUrlResponse> {
    return { url: await this.billing.checkout(principal.user.id, body.tier) };
  }

  @ApiBearerAuth()
  @Post('portal')
  @HttpCode(200)
  @ApiOperation({ summary: 'The URL of the Stripe customer portal (change plan, card, cancel); 409 if you never subscribed' })
  @ApiOkResponse({ type: BillingUrlResponse })
  async portal(@CurrentUser() principal: AuthenticatedUser): Promise<BillingUrlResponse> {
    return { url: await this.billing.portal(principal.user.id) };
  }

  @ApiBearerAuth()
  @Get('subscription')
  @ApiOperation({ summary: 'Your tier and subscription: status, current period, cancel_at_period_end' })
  @ApiOkResponse({ type: SubscriptionResponse })
  async subscription(@CurrentUser() principal: AuthenticatedUser): Promise<SubscriptionResponse> {
    return SubscriptionResponse.of(await this.billing.current(principal.user.id));
  }

  /** Called by Stripe, authenticated by the Stripe-Signature header over the raw body. */
  @Public()
  @Post('webhook')
  @HttpCode(200)
  @ApiExcludeEndpoint()
  async webhook(@Req() request: RawBodyRequest, @Headers('stripe-signature') signature: string | undefined): Promise<WebhookResponse> {
    return { received: true, outcome: await this.webhooks.handle(request.rawBody, signature) };
  }
}
