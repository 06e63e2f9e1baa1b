import { Injectable } from '@nestjs/common';
import { addDays, daysEndingOn, utcDay } from './usage-calendar';
import { UsageDailyRepository } from './usage-daily.repository';
import { UsageLogRepository, type RecentError } from './usage-log.repository';
import { summariseUsage, type UsageSummary } from './usage-summary';

/** The range GET /users/me/usage accepts for `days`, and its default. */
export const USAGE_DAYS = { min: 1, max: 365, default: 30 } as const;

/** Per-user analytics, read from the daily roll-up (and the usage log for the latest errors). */
@Injectable()
export class UsageAnalyticsService {
  constructor(
    private readonly daily: UsageDailyRepository,
    private readonly logs: UsageLogRepository,
  ) {}

  /** The last `days` UTC days, today included (so far), oldest first. */
  async usageFor(userId: string, days: number, now = new Date()): Promise<UsageSummary> {
    const window = daysEndingOn(utcDay(now), days);
    const rows = await this.daily.rowsForUser(userId, window[0]!, window[window.length - 1]!);
    return summariseUsage(window, rows);
  }

  /** Requests today (UTC) and over the last `days` days including today. */
  async requestCounts(userId: string, days: number, now = new Date()): Promise<{ today: number; lastDays: number }> {
    const today = utcDay(now);
    const counts = await this.daily.requestCounts(userId, addDays(today, 1 - days), today);
    return { today: counts.onLastDay, lastDays: counts.inRange };
  }

  /** Responses below 400 to `method endpoint` from `firstDay` (UTC) up to today. */
  successfulCallsSince(userId: string, endpoint: string, method: string, firstDay: string, now = new Date()): Promise<number> {
    return this.daily.successfulCalls(userId, endpoint, method, firstDay, utcDay(now));
  }

  recentErrors(userId: string, limit: number): Promise<RecentError[]> {
    return this.logs.recentErrors(userId, limit);
  }
}
