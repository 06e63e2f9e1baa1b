import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import type { Tier } from '../subscriptions/tiers';
import { UsageAnalyticsService } from '../usage/usage-analytics.service';
import { utcDay } from '../usage/usage-calendar';
import { monthOf, secondsUntil, startOfMonth, startOfNextMonth } from './calendar-month';
import { quotaExceeded } from './limits-problems';
import { quotaRejections } from './limits.metrics';
import { MemoryQuotaCounter, RedisQuotaCounter, type QuotaCounter, type Reservation } from './quota-counters';
import { RedisGate } from './redis-gate';

/** What the dashboard shows; snake_case as it goes out as JSON. limit and remaining are null when unlimited. */
export interface QuotaStatus {
  limit: number | null;
  used: number;
  remaining: number | null;
  resets_at: string;
}

/** One translation counted against the month; `release` gives it back when the translation fails. */
export interface QuotaTicket {
  limit: number | null;
  used: number;
  remaining: number | null;
  resetsAt: Date;
  release(): Promise<void>;
}

/** Counts in this process kept while Redis is down expire soon, so a later outage re-reads the database. */
const FALLBACK_TTL_MS = 5 * 60_000;
/** Keys outlive their month by a day: an instance whose clock lags still finds its month's key. */
const KEY_GRACE_MS = 24 * 3_600_000;

class DurableCountUnavailable extends Error {}

/**
 * Monthly quota of translations per user (calendar month, UTC). The live count sits in Redis
 * (one atomic Lua call per translation, shared by every instance) or, without Redis or while it
 * is unusable, in this process. When a month's count is absent it is seeded from the durable
 * truth, the successful POST /translate rows of usage_logs since the month began. The limit is
 * read from the tier on every request, so a tier change applies to the next one.
 */
@Injectable()
export class QuotaService {
  private readonly logger = new Logger(QuotaService.name);
  private readonly memory = new MemoryQuotaCounter();
  private readonly shared: RedisQuotaCounter | null;
  /** Concurrent first requests of a month share one count query. */
  private readonly counting = new Map<string, Promise<number>>();

  constructor(
    private readonly config: AppConfig,
    private readonly gate: RedisGate,
    private readonly usage: UsageAnalyticsService,
  ) {
    this.shared = gate.client ? new RedisQuotaCounter(gate.client) : null;
  }

  limitFor(tier: Tier): number | null {
    return this.config.tiers[tier].monthlyQuota;
  }

  /** Counts one translation, or throws the quota-exceeded problem when the month's are used up. */
  async admit(userId: string, tier: Tier, now = new Date()): Promise<QuotaTicket> {
    const limit = this.limitFor(tier);
    const key = quotaKey(userId, now);
    const resetsAt = startOfNextMonth(now);
    let counted: { counter: QuotaCounter; value: NonNullable<Reservation> };
    try {
      counted = await this.onCounter(userId, now, (counter) => counter.reserve(key, limit));
    } catch (error) {
      if (!(error instanceof DurableCountUnavailable)) throw error;
      // Without the database the month's count cannot be known: serve rather than refuse; the
      // translation is still logged, so the count is right once the database is back.
      this.logger.warn(`quota not checked for user ${userId}: ${error.message}`);
      return { limit, used: 0, remaining: limit, resetsAt, release: async () => undefined };
    }
    const { counter, value } = counted;
    if (!value.admitted) {
      quotaRejections.inc({ tier });
      throw quotaExceeded(limit!, tier, resetsAt, secondsUntil(resetsAt, now));
    }
    return {
      limit,
      used: value.used,
      remaining: limit === null ? null : Math.max(limit - value.used, 0),
      resetsAt,
      release: () => counter.release(key).catch((error: Error) => this.logger.warn(`quota release failed: ${error.message}`)),
    };
  }

  /** The month's figures for a user at their current tier (for the dashboard). */
  async status(userId: string, tier: Tier, now = new Date()): Promise<QuotaStatus> {
    const limit = this.limitFor(tier);
    const key = quotaKey(userId, now);
    const { value: used } = await this.onCounter(userId, now, (counter) => counter.read(key));
    return {
      limit,
      used,
      remaining: limit === null ? null : Math.max(limit - used, 0),
      resets_at: startOfNextMonth(now).toISOString(),
    };
  }

  /** Runs `operation` on Redis when usable (falling back to this process if it fails), seeding first if need be. */
  private async onCounter<T>(
    userId: string,
    now: Date,
    operation: (counter: QuotaCounter) => Promise<T | null>,
  ): Promise<{ counter: QuotaCounter; value: T }> {
    if (this.shared && this.gate.usable()) {
      try {
        return { counter: this.shared, value: await this.seeded(this.shared, userId, now, operation) };
      } catch (error) {
        if (error instanceof DurableCountUnavailable) throw error;
        this.gate.failed();
        this.logger.warn(`quota counted in this instance: Redis failed (${(error as Error).message})`);
      }
    }
    return { counter: this.memory, value: await this.seeded(this.memory, userId, now, operation) };
  }

  private async seeded<T>(
    counter: QuotaCounter,
    userId: string,
    now: Date,
    operation: (counter: QuotaCounter) => Promise<T | null>,
  ): Promise<T> {
    const first = await operation(counter);
    if (first !== null) return first;
    const used = await this.durableCount(userId, now);
    const monthEnds = startOfNextMonth(now).getTime() + KEY_GRACE_MS;
    const expiresAt = counter === this.memory && this.shared ? Math.min(monthEnds, now.getTime() + FALLBACK_TTL_MS) : monthEnds;
    await counter.seed(quotaKey(userId, now), used, new Date(expiresAt));
    const second = await operation(counter);
    if (second === null) throw new Error('the month count vanished right after it was seeded');
    return second;
  }

  private durableCount(userId: string, now: Date): Promise<number> {
    const key = quotaKey(userId, now);
    let pending = this.counting.get(key);
    if (!pending) {
      pending = this.usage
        // The daily roll-up: at most 31 rows a month, however many translations there were.
        .successfulCallsSince(userId, '/translate', 'POST', utcDay(startOfMonth(now)), now)
        .catch((error: Error) => {
          // The cause lets the exception filter recognise a database outage (503, logged once).
          throw new DurableCountUnavailable(`usage_logs could not be counted: ${error.message}`, { cause: error });
        })
        .finally(() => this.counting.delete(key));
      this.counting.set(key, pending);
    }
    return pending;
  }
}

function quotaKey(userId: string, now: Date): string {
  return `aet:quota:${userId}:${monthOf(now)}`;
}
