import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { isDataError } from '../database/sql-state';
import { pendingEvent, type PendingSecurityEvent, type SecurityEventInput } from './security-event-record';
import { SecurityEventRepository } from './security-event.repository';

/** Events per INSERT. */
export const SECURITY_EVENTS_BATCH_SIZE = 500;

/**
 * Records security events off the request path, as the usage recorder does: `record()` sanitises
 * and pushes onto an array, and never awaits, throws or touches the database. A timer (every
 * SECURITY_EVENTS_FLUSH_INTERVAL_MS) or a full batch writes them in multi-row INSERTs.
 *
 * A failed write puts the batch back and is retried at the next tick; while the database stays
 * away, at most SECURITY_EVENTS_QUEUE_LIMIT events wait in memory and past that the oldest are
 * dropped (counted and logged once per tick). There is no spool: these are a user's history, not
 * billing, and memory is bounded instead. On shutdown, after the HTTP server has drained and before
 * the DataSource closes, what is queued is written within a third of SHUTDOWN_TIMEOUT_MS.
 */
@Injectable()
export class SecurityEventsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SecurityEvents');
  private queue: PendingSecurityEvent[] = [];
  private flushing: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private writing = true;
  private droppedSinceTick = 0;

  constructor(
    private readonly events: SecurityEventRepository,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.tick(), this.config.securityEvents.flushIntervalMs);
    this.timer.unref();
  }

  /** The request path: no I/O, no await, never throws. */
  record(input: SecurityEventInput): void {
    try {
      const depth = this.queue.push(pendingEvent(input));
      const overflow = depth - this.config.securityEvents.queueLimit;
      if (overflow > 0) {
        this.queue.splice(0, overflow);
        this.droppedSinceTick += overflow;
      }
      if (depth >= SECURITY_EVENTS_BATCH_SIZE && this.writing && this.flushing === null) void this.flush();
    } catch (error) {
      // An event must never cost the request it describes.
      this.logger.error(`cannot queue a security event: ${(error as Error).message}`);
    }
  }

  /** Events waiting in memory (queued or being written). */
  get pending(): number {
    return this.queue.length;
  }

  /** Writes everything queued now, one batch at a time; stops at the first failure. */
  flush(): Promise<void> {
    this.flushing ??= this.drain().finally(() => (this.flushing = null));
    return this.flushing;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    const budget = new Promise<'late'>((resolve) => setTimeout(resolve, this.config.shutdownTimeoutMs / 3, 'late').unref());
    const write = async () => {
      while (this.flushing) await this.flushing;
      if (this.queue.length > 0) await this.flush();
    };
    await Promise.race([write(), budget]);
    if (this.queue.length > 0) this.logger.error(`LOST ${this.queue.length} security event(s) at shutdown: the database did not take them`);
    this.queue = [];
  }

  private tick(): void {
    if (this.droppedSinceTick > 0) {
      this.logger.error(
        `security event queue full (${this.config.securityEvents.queueLimit}): ${this.droppedSinceTick} oldest event(s) dropped`,
      );
      this.droppedSinceTick = 0;
    }
    void this.flush();
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, SECURITY_EVENTS_BATCH_SIZE);
      try {
        await this.insertBatch(batch);
        if (!this.writing) this.logger.log('security events are being written again');
        this.writing = true;
      } catch (error) {
        // Back in front, within the bound: the oldest beyond it are the ones dropped.
        this.queue = batch.concat(this.queue);
        const overflow = this.queue.length - this.config.securityEvents.queueLimit;
        if (overflow > 0) {
          this.queue.splice(0, overflow);
          this.droppedSinceTick += overflow;
        }
        if (this.writing) this.logger.warn(`cannot write security events (kept, retried every flush): ${(error as Error).message}`);
        this.writing = false;
        return;
      }
    }
  }

  /** A batch refused for its data would be refused forever: its events then go one by one, and only a refused one is dropped. */
  private async insertBatch(batch: PendingSecurityEvent[]): Promise<void> {
    try {
      await this.events.insertEvents(batch);
    } catch (error) {
      if (!isDataError(error) || batch.length === 1) {
        if (isDataError(error))
          this.logger.error({ msg: `security event refused by the database, dropped: ${(error as Error).message}`, type: batch[0].type });
        else throw error;
        return;
      }
      for (const event of batch) await this.insertBatch([event]);
    }
  }
}
