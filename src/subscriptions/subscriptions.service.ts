import { Injectable } from '@nestjs/common';
import type { Subscription } from './subscription.entity';
import { SubscriptionRepository } from './subscription.repository';

@Injectable()
export class SubscriptionsService {
  constructor(private readonly subscriptions: SubscriptionRepository) {}

  currentFor(userId: string): Promise<Subscription | null> {
    return this.subscriptions.findCurrentForUser(userId);
  }
}
