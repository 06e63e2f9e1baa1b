import { Module } from '@nestjs/common';
import { SecurityEventsModule } from '../security-events/security-events.module';
import { AppConfig } from '../config/app-config';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module';
import { UsersModule } from '../users/users.module';
import { BillingController } from './billing.controller';
import { BillingService } from './billing.service';
import { ProcessedStripeEventRepository } from './processed-stripe-event.repository';
import { createStripeClient, STRIPE_CLIENT } from './stripe-client';
import { StripeWebhookService } from './stripe-webhook.service';

/** Stripe billing: checkout, customer portal, the subscription view and the webhook. */
@Module({
  imports: [UsersModule, SubscriptionsModule, SecurityEventsModule],
  controllers: [BillingController],
  providers: [
    { provide: STRIPE_CLIENT, useFactory: createStripeClient, inject: [AppConfig] },
    BillingService,
    StripeWebhookService,
    ProcessedStripeEventRepository,
  ],
  exports: [BillingService],
})
export class BillingModule {}
