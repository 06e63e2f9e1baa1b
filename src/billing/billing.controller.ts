import { Body, Controller, Get, Headers, HttpCode, Post, Req } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiJsonBody } from '../common/openapi/api-json-body.decorator';
import { ApiBearer, ApiProblems, BEARER_PROBLEMS } from '../common/openapi/api-problems.decorator';
import { BODY_PROBLEMS, Problems } from '../common/openapi/problem-catalogue';
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

  @ApiBearer()
  @Post('checkout')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'createCheckoutSession',
    summary: 'Start a subscription: the URL of a Stripe Checkout page for the plan',
    description:
      '400 for a tier that is not sold (free, unknown); 409 already-subscribed when a subscription is in force (change plans in the portal); ' +
      '503 billing-not-configured when billing is off or the plan has no Stripe price; 502 when Stripe fails.',
  })
  @ApiOkResponse({ type: BillingUrlResponse, example: { url: 'https://checkout.stripe.com/c/pay/cs_test_a1b2c3' } })
  @ApiProblems(
    ...BODY_PROBLEMS,
    ...BEARER_PROBLEMS,
    Problems.alreadySubscribed,
    Problems.paymentProviderError,
    Problems.billingNotConfigured,
    Problems.databaseUnavailable,
  )
  @ApiJsonBody(CheckoutDto, { tier: 'pro' })
  async checkout(@CurrentUser() principal: AuthenticatedUser, @Body() body: CheckoutDto): Promise<BillingUrlResponse> {
    return { url: await this.billing.checkout(principal.user.id, body.tier) };
  }

  @ApiBearer()
  @Post('portal')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'createPortalSession',
    summary: 'The URL of the Stripe customer portal (change plan, card, cancel); 409 if you never subscribed',
  })
  @ApiOkResponse({ type: BillingUrlResponse, example: { url: 'https://billing.stripe.com/p/session/test_a1b2c3' } })
  @ApiProblems(
    ...BEARER_PROBLEMS,
    Problems.noBillingAccount,
    Problems.paymentProviderError,
    Problems.billingNotConfigured,
    Problems.databaseUnavailable,
  )
  async portal(@CurrentUser() principal: AuthenticatedUser): Promise<BillingUrlResponse> {
    return { url: await this.billing.portal(principal.user.id) };
  }

  @ApiBearer()
  @Get('subscription')
  @ApiOperation({ operationId: 'getSubscription', summary: 'Your tier and subscription: status, current period, cancel_at_period_end' })
  @ApiOkResponse({
    type: SubscriptionResponse,
    example: {
      tier: 'pro',
      status: 'active',
      current_period_start: '2026-12-01T00:00:00.000Z',
      current_period_end: '2027-01-01T00:00:00.000Z',
      cancel_at_period_end: false,
      canceled_at: null,
    },
  })
  @ApiProblems(...BEARER_PROBLEMS, Problems.billingNotConfigured, Problems.databaseUnavailable)
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
