import { Injectable } from '@nestjs/common';
import { UsageLogRepository, type ServiceUsage, type UsageTotals } from './usage-log.repository';

@Injectable()
export class UsageService {
  constructor(private readonly logs: UsageLogRepository) {}

  totalsForUser(userId: string): Promise<UsageTotals> {
    return this.logs.totalsForUser(userId);
  }

  /** Successful POST /translate calls by the user since `since` (the monthly quota's durable count). */
  successfulTranslationsSince(userId: string, since: Date): Promise<number> {
    return this.logs.successfulCallsSince(userId, 'POST', '/translate', since);
  }

  serviceUsageLast24h(): Promise<ServiceUsage> {
    return this.logs.serviceUsageLast24h();
  }
}
