import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { UsageLogRepository } from './usage-log.repository';
import { registerUsageGauges, unregisterUsageGauges } from './usage-metrics';
import type { UsageRecord } from './usage-record';
import { UsageSpool } from './usage-spool';

function isDataError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('22');
}

export interface UsageRecorderStats {
  /** Records waiting in memory (queued, being written, or being spooled). */
  queueDepth: number;
  /** Records in spool files this instance wrote or holds for replay. */
  spoolRecords: number;
}

/**
 * Takes usage records off the request path: `record()` only pushes onto an array. A timer (every
 * USAGE_FLUSH_INTERVAL_MS) or a full batch (USAGE_BATCH_SIZE) writes them in multi-row INSERTs.
 *
 * Nothing is lost: a failed batch goes back to the front of the queue and is retried with the
 * same ids (ON CONFLICT (id) DO NOTHING, so a batch that was written but not acknowledged is not
 * written twice). Past USAGE_QUEUE_LIMIT records the queue moves to a spool file; spool files are
 * replayed once the database takes writes again, and on start (leftovers of earlier processes).
 * On shutdown, after the HTTP server has drained and before the DataSource closes (TypeORM's
 * module is global, so its shutdown hook runs after ours), the queue is written or spooled.
 */
@Injectable()
export class UsageRecorder implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(UsageRecorder.name);
  private readonly spool: UsageSpool;
  private readonly batchSize: number;
  private readonly queueLimit: number;
  private queue: UsageRecord[] = [];
  private inFlight: UsageRecord[] | null = null;
  private spilling: UsageRecord[] | null = null;
  private spillRun: Promise<void> | null = null;
  private flushing: Promise<void> | null = null;
  private replaying: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** False after a failed write, until one succeeds: full batches then wait for the timer. */
  private databaseUp = true;
  private spillFailed = false;
  private stopping = false;

  constructor(
    private readonly logs: UsageLogRepository,
    private readonly config: AppConfig,
  ) {
    this.spool = new UsageSpool(config.usage.spoolDir);
    this.batchSize = config.usage.batchSize;
    this.queueLimit = config.usage.queueLimit;
  }

  get enabled(): boolean {
    return this.config.usage.loggingEnabled;
  }

  onApplicationBootstrap(): void {
    registerUsageGauges(() => this.stats());
    if (!this.enabled) return;
    this.timer = setInterval(() => this.tick(), this.config.usage.flushIntervalMs);
    this.timer.unref();
    // Leftovers of earlier processes (a shutdown during an outage, a crash) go in now.
    void this.replay();
  }

  /** The request path: no I/O, no await. */
  record(record: UsageRecord): void {
    const depth = this.queue.push(record);
    if (depth >= this.batchSize && this.databaseUp && this.flushing === null) void this.flush();
    if (depth >= this.queueLimit && this.spillRun === null && !this.spillFailed) void this.spill();
  }

  stats(): UsageRecorderStats {
    return {
      queueDepth: this.queue.length + (this.inFlight?.length ?? 0) + (this.spilling?.length ?? 0),
      spoolRecords: this.spool.records,
    };
  }

  /** Writes everything queued now (one batch at a time); stops at the first failure. */
  flush(): Promise<void> {
    this.flushing ??= this.drain().finally(() => (this.flushing = null));
    return this.flushing;
  }

  async onApplicationShutdown(): Promise<void> {
    unregisterUsageGauges();
    if (!this.enabled) return;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    // A database that does not answer must not hold the exit past SHUTDOWN_TIMEOUT_MS: what is not
    // written by then goes to the spool (a batch still in flight too; its ids make a repeat harmless).
    const budget = new Promise<'late'>((resolve) => setTimeout(resolve, this.config.shutdownTimeoutMs / 3, 'late').unref());
    const finished = await Promise.race([this.finalWrite(), budget]);
    this.stopping = true;
    if (this.spillRun) await this.spillRun;
    const left = [...(finished === 'late' ? (this.inFlight ?? []) : []), ...this.queue];
    this.queue = [];
    if (left.length === 0) return;
    try {
      await this.spool.write(left);
      this.logger.warn(`database unavailable at shutdown: ${left.length} usage record(s) spooled in ${this.spool.dir}`);
    } catch (error) {
      this.logger.error(`LOST ${left.length} usage record(s): cannot write the spool: ${(error as Error).message}`);
    }
  }

  private async finalWrite(): Promise<void> {
    while (this.flushing) await this.flushing;
    if (this.replaying) await this.replaying;
    if (this.queue.length > 0) await this.flush();
  }

  private tick(): void {
    this.spillFailed = false;
    if (this.queue.length >= this.queueLimit && this.spillRun === null) void this.spill();
    void this.flush().then(async () => {
      if (this.spool.records === 0 || this.replaying) return;
      // With nothing queued, no write tells us the database is back: ask it.
      if (!this.databaseUp && this.queue.length === 0) this.databaseUp = await this.logs.isReachable();
      if (this.databaseUp) void this.replay();
    });
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0 && !this.stopping) {
      const batch = this.queue.splice(0, this.batchSize);
      this.inFlight = batch;
      try {
        await this.insertBatch(batch);
        this.inFlight = null;
        if (!this.databaseUp) this.logger.log('usage records are being written again');
        this.databaseUp = true;
      } catch (error) {
        this.inFlight = null;
        if (!this.stopping) this.queue.unshift(...batch);
        if (this.databaseUp) {
          this.logger.warn(`cannot write usage records (kept and retried): ${(error as Error).message}`);
        }
        this.databaseUp = false;
        return;
      }
    }
  }

  /**
   * A batch PostgreSQL refuses for its data (SQLSTATE class 22: a value it cannot store) would be
   * refused on every retry and hold up everything behind it: its records then go one by one, and
   * only a record that is itself refused is dropped, with an error naming it.
   */
  private async insertBatch(batch: UsageRecord[]): Promise<void> {
    try {
      await this.logs.insertRecords(batch);
    } catch (error) {
      if (!isDataError(error)) throw error;
      for (const record of batch) {
        try {
          if (batch.length > 1) await this.logs.insertRecords([record]);
          else throw error;
        } catch (single) {
          if (!isDataError(single)) throw single;
          this.logger.error({ msg: `usage record refused by the database, dropped: ${(single as Error).message}`, record });
        }
      }
    }
  }

  /** Moves the whole queue to a new spool file; on failure the records stay queued. */
  private spill(): Promise<void> {
    this.spillRun ??= this.spillQueue().finally(() => (this.spillRun = null));
    return this.spillRun;
  }

  private async spillQueue(): Promise<void> {
    if (this.queue.length === 0) return;
    const records = this.queue;
    this.queue = [];
    this.spilling = records;
    try {
      await this.spool.write(records);
      this.logger.warn(`usage queue reached ${this.queueLimit}: ${records.length} record(s) spooled in ${this.spool.dir}`);
    } catch (error) {
      this.queue = records.concat(this.queue);
      this.spillFailed = true;
      this.logger.error(`cannot spool usage records (kept in memory): ${(error as Error).message}`);
    } finally {
      this.spilling = null;
    }
  }

  private replay(): Promise<void> {
    this.replaying ??= this.replayFiles().finally(() => (this.replaying = null));
    return this.replaying;
  }

  private async replayFiles(): Promise<void> {
    try {
      for (const file of await this.spool.claim()) {
        if (this.stopping) return;
        const { records, skipped } = await this.spool.read(file);
        for (let start = 0; start < records.length; start += this.batchSize) {
          await this.insertBatch(records.slice(start, start + this.batchSize));
        }
        await this.spool.remove(file);
        this.logger.log({ msg: `replayed ${records.length} usage record(s) from the spool`, replayed: records.length, file: file.name });
        if (skipped > 0) this.logger.error(`${skipped} damaged line(s) in spool file ${file.name} could not be replayed`);
      }
    } catch (error) {
      // Files stay claimed by this process and are retried once a write succeeds again.
      this.databaseUp = false;
      this.logger.warn(`cannot replay the usage spool yet: ${(error as Error).message}`);
    }
  }
}
