import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import type { Language } from '../translator/translation';
import { utcDay } from '../usage/usage-calendar';
import { fingerprintOf } from './fingerprint';
import { UnknownErrorRepository, type PendingUnknownError } from './unknown-error.repository';

/** The part of a user row the recorder reads: the opt-out. */
export interface SharingUser {
  shareUnrecognisedErrors: boolean | null;
}

export interface UnknownErrorRecorderStats {
  /** Distinct (fingerprint, day) entries waiting in memory. */
  pending: number;
  /** Misses not counted since the start because the buffer was full. */
  dropped: number;
}

/**
 * Counts the errors the rules engine did not recognise, off the request path. `noteMiss()` only
 * schedules the work (setImmediate: after the answer has been written); the fingerprint is then
 * computed and added to an in-memory map of (fingerprint, day) → count. A timer
 * (UNKNOWN_ERRORS_FLUSH_INTERVAL_MS) writes the map in one upsert that adds to the stored counts.
 *
 * Memory is bounded: at most UNKNOWN_ERRORS_BUFFER_LIMIT distinct entries wait between flushes; a
 * miss with a new fingerprint beyond that is dropped (and counted in `dropped`, logged once per
 * flush), while those already buffered keep counting. A failed write keeps the counts for the next
 * flush, within the same bound. These are statistics, not records: there is no spool, and a crash
 * loses at most one interval's counts. On shutdown (before the database closes) the map is written
 * with a third of SHUTDOWN_TIMEOUT_MS.
 */
@Injectable()
export class UnknownErrorRecorder implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(UnknownErrorRecorder.name);
  private readonly limit: number;
  private pending = new Map<string, PendingUnknownError>();
  private flushing: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private droppedTotal = 0;
  private droppedSinceFlush = 0;
  private writing = true;

  constructor(
    private readonly config: AppConfig,
    private readonly repository: UnknownErrorRepository,
  ) {
    this.limit = config.unknownErrors.bufferLimit;
  }

  get enabled(): boolean {
    return this.config.unknownErrors.enabled;
  }

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    this.timer = setInterval(() => void this.flush(), this.config.unknownErrors.flushIntervalMs);
    this.timer.unref();
  }

  /**
   * The request path: a miss of the rules engine, for a user who has not opted out. Nothing is
   * computed now and nothing awaited; the text is not kept beyond the fingerprint.
   */
  noteMiss(text: string, language: Language, user: SharingUser): void {
    if (!this.enabled || user.shareUnrecognisedErrors === false) return;
    const at = Date.now();
    setImmediate(() => {
      try {
        this.count(text, language, at);
      } catch (error) {
        // Never let a statistic take the process down.
        this.logger.warn(`cannot fingerprint an unrecognised error: ${(error as Error).message}`);
      }
    });
  }

  /** Adds one miss now (exported for the deferred path above). */
  count(text: string, language: Language, at = Date.now()): void {
    const fingerprint = fingerprintOf(text, language);
    if (!fingerprint) return;
    const day = utcDay(new Date(at));
    const key = `${day}|${fingerprint.id}`;
    const entry = this.pending.get(key);
    if (entry) {
      entry.count += 1;
      entry.lastSeen = Math.max(entry.lastSeen, at);
      entry.firstSeen = Math.min(entry.firstSeen, at);
      return;
    }
    if (this.pending.size >= this.limit) {
      this.droppedTotal += 1;
      this.droppedSinceFlush += 1;
      return;
    }
    this.pending.set(key, {
      fingerprint: fingerprint.id,
      day,
      language: fingerprint.language,
      line: fingerprint.line,
      count: 1,
      firstSeen: at,
      lastSeen: at,
    });
  }

  stats(): UnknownErrorRecorderStats {
    return { pending: this.pending.size, dropped: this.droppedTotal };
  }

  /** Writes what is counted so far; one write at a time. */
  flush(): Promise<void> {
    this.flushing ??= this.write().finally(() => (this.flushing = null));
    return this.flushing;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (!this.enabled) return;
    // Misses noted by the last requests are still waiting for their setImmediate.
    await new Promise((resolve) => setImmediate(resolve));
    const budget = new Promise<'late'>((resolve) => setTimeout(resolve, this.config.shutdownTimeoutMs / 3, 'late').unref());
    const outcome = await Promise.race([this.flush().then(() => this.flush()), budget]);
    const left = [...this.pending.values()].reduce((sum, entry) => sum + entry.count, 0);
    if (outcome === 'late' || left > 0) this.logger.warn(`shutting down: ${left} unrecognised-error count(s) not written`);
    this.pending = new Map();
  }

  private async write(): Promise<void> {
    if (this.droppedSinceFlush > 0) {
      this.logger.warn(
        `unrecognised-error buffer full (${this.limit} fingerprints): ${this.droppedSinceFlush} miss(es) not counted since the last flush`,
      );
      this.droppedSinceFlush = 0;
    }
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    try {
      await this.repository.addCounts([...batch.values()]);
      if (!this.writing) this.logger.log('unrecognised-error counts are being written again');
      this.writing = true;
    } catch (error) {
      if (this.writing) this.logger.warn(`cannot write unrecognised-error counts (kept for the next flush): ${(error as Error).message}`);
      this.writing = false;
      this.restore(batch);
    }
  }

  /** A failed batch goes back in, merged with what was counted meanwhile, within the bound. */
  private restore(batch: Map<string, PendingUnknownError>): void {
    for (const [key, entry] of batch) {
      const current = this.pending.get(key);
      if (current) {
        current.count += entry.count;
        current.firstSeen = Math.min(current.firstSeen, entry.firstSeen);
        current.lastSeen = Math.max(current.lastSeen, entry.lastSeen);
      } else if (this.pending.size < this.limit) {
        this.pending.set(key, entry);
      } else {
        this.droppedTotal += entry.count;
      }
    }
  }
}
