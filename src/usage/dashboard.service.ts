import { Injectable } from '@nestjs/common';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { QuotaService } from '../limits/quota.service';
import { SubscriptionsService } from '../subscriptions/subscriptions.service';
import { tierOf } from '../subscriptions/tiers';
import { UserResponse } from '../users/dto/user.response';
import type { User } from '../users/user.entity';
import type { DashboardQuota, DashboardResponse, DashboardSubscription } from './dto/dashboard.response';
import { UsageAnalyticsService } from './usage-analytics.service';

export const RECENT_ERRORS_LIMIT = 10;
const REQUEST_WINDOW_DAYS = 30;

/** GET /users/me/dashboard: one call composing users, subscriptions, API keys and usage through their services. */
@Injectable()
export class DashboardService {
  constructor(
    private readonly analytics: UsageAnalyticsService,
    private readonly subscriptions: SubscriptionsService,
    private readonly apiKeys: ApiKeysService,
    private readonly quota: QuotaService,
  ) {}

  async dashboardFor(user: User, now = new Date()): Promise<DashboardResponse> {
    const [subscription, quota, requests, apiKeys, errors] = await Promise.all([
      this.subscriptionOf(user),
      this.quotaFor(user, now),
      this.analytics.requestCounts(user.id, REQUEST_WINDOW_DAYS, now),
      this.apiKeys.countForUser(user.id),
      this.analytics.recentErrors(user.id, RECENT_ERRORS_LIMIT),
    ]);
    return {
      profile: UserResponse.of(user),
      subscription,
      quota,
      requests: { today: requests.today, last_30_days: requests.lastDays },
      api_keys: apiKeys,
      recent_errors: errors.map((error) => ({
        created_at: error.createdAt.toISOString(),
        endpoint: error.endpoint,
        method: error.method,
        status_code: error.statusCode,
        error_type: error.errorType,
        error_message: error.errorMessage,
      })),
    };
  }

  /**
   * This month's quota, as the limits interceptor counts it (the same counter, so the dashboard
   * and the 429 cannot disagree). The allowance follows users.subscription_tier, as the API-key
   * cap does.
   */
  quotaFor(user: User, now: Date): Promise<DashboardQuota> {
    return this.quota.status(user.id, tierOf(user.subscriptionTier), now);
  }

  /** The latest subscription row; without one the user is on their tier (free unless set otherwise), active, with no period. */
  private async subscriptionOf(user: User): Promise<DashboardSubscription> {
    const row = await this.subscriptions.currentFor(user.id);
    if (!row) return { tier: tierOf(user.subscriptionTier), status: 'active', current_period_end: null };
    return { tier: row.tier, status: row.status ?? 'active', current_period_end: row.currentPeriodEnd?.toISOString() ?? null };
  }
}
