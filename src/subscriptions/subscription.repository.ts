import { Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import { Subscription } from './subscription.entity';

@Injectable()
export class SubscriptionRepository extends Repository<Subscription> {
  constructor(dataSource: DataSource) {
    super(Subscription, dataSource.createEntityManager());
  }

  /** The user's most recent subscription, whatever its status. */
  findCurrentForUser(userId: string): Promise<Subscription | null> {
    return this.findOne({ where: { userId }, order: { createdAt: 'DESC' } });
  }

  findByStatus(status: string): Promise<Subscription[]> {
    return this.findBy({ status });
  }
}
