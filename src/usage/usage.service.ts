import { Injectable } from '@nestjs/common';
import { UsageLogRepository, type ServiceUsage, type UsageTotals } from './usage-log.repository';

@Injectable()
export class UsageService {
  constructor(private readonly logs: UsageLogRepository) {}

  totalsForUser(userId: string): Promise<UsageTotals> {
    return this.logs.totalsForUser(userId);
  }

  serviceUsageLast24h(): Promise<ServiceUsage> {
    return this.logs.serviceUsageLast24h();
  }
}
