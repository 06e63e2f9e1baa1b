import { Injectable } from '@nestjs/common';
import { ReadReplicas } from '../database/read-replicas.service';
import { addDays, daysEndingOn, utcDay } from './usage-calendar';
import { UsageDailyRepository } from './usage-daily.repository';
import { UsageLogRepository, type RecentError } from './usage-log.repository';
import { summariseUsage, type UsageSummary } from './usage-summary';

/** The range GET /users/me/usage accepts for `days`, and its default. */
export const USAGE_DAYS = { min: 1, max: 365, default: 30 } as const;

/**
 * Per-user analytics, read from the daily roll-up (and the usage log for the latest errors). The
 * history a user looks at (usage, dashboard counts, latest errors) tolerates a few seconds of
 * lag and is read from a replica when one serves; the quota count stays on the primary, since
 * the 429 must agree with what was just written.
 */
@Injectable()
export class UsageAnalyticsService {
  constructor(
    private readonly daily: UsageDailyRepository,
    private readonly logs: UsageLogRepository,
    private readonly replicas: ReadReplicas,
  ) {}

  /** The last `days` UTC days, today included (so far), oldest first. */
  async usageFor(userId: string, days: number, now = new Date()): Promise<UsageSummary> {
    const window = daysEndingOn(utcDay(now), days);
    const rows = await this.replicas.read((on) => this.daily.rowsForUser(userId, window[0], window[window.length - 1], on));
    return summariseUsage(window, rows);
  }

  /** Requests today (UTC) and over the last `days` days including today. */
  async requestCounts(userId: string, days: number, now = new Date()): Promise<{ today: number; lastDays: number }> {
    const today = utcDay(now);
    const counts = await this.replicas.read((on) => this.daily.requestCounts(userId, addDays(today, 1 - days), today, on));
    return { today: counts.onLastDay, lastDays: counts.inRange };
  }

  /** Responses below 400 to `method endpoint` from `firstDay` (UTC) up to today. */
  successfulCallsSince(userId: string, endpoint: string, method: string, firstDay: string, now = new Date()): Promise<number> {
    return this.daily.successfulCalls(userId, endpoint, method, firstDay, utcDay(now));
  }

  recentErrors(userId: string, limit: number): Promise<RecentError[]> {
    return this.replicas.read((on) => this.logs.recentErrors(userId, limit, on));
  }
}
