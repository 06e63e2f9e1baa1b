import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { isDataError } from '../database/sql-state';
import { UsageLogRepository } from './usage-log.repository';
import { registerUsageGauges, unregisterUsageGauges } from './usage-metrics';
import type { UsageRecord } from './usage-record';
import { UsageSpool } from './usage-spool';

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
 * Nothing is lost: records carry their ids, so a batch written but not acknowledged and sent
 * again is not written twice (writeUsageBatch skips what is stored). When a write fails the queue moves to a
 * spool file at once, and every tick while the database stays away (so a crash loses at most about
 * one flush interval); past USAGE_QUEUE_LIMIT records it moves there too. Spool files are replayed
 * once the database takes writes again, and on start (leftovers of earlier processes).
 * On shutdown, after the HTTP server has drained and before the DataSource closes (TypeORM's
 * module is global, so its shutdown hook runs after ours), the queue is written or spooled. Any
 * other exit (the shutdown timer or a second signal calling process.exit, an uncaught exception or
 * unhandled rejection) emits the process's 'exit' event, where what is still in memory is spooled
 * synchronously.
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
  private probing = false;
  private stopping = false;
  /** 'exit' listeners run synchronously and nothing runs after them: the last chance. */
  private readonly spoolOnExit = () => this.spoolSync();

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
    process.on('exit', this.spoolOnExit);
    this.timer = setInterval(() => this.tick(), this.config.usage.flushIntervalMs);
    this.timer.unref();
    // Leftovers of earlier processes (a shutdown during an outage, a crash) go in now.
    void this.replay();
  }

  /** The request path: no I/O, no await. */
  record(record: UsageRecord): void {
    const depth = this.queue.push(record);
    if (depth >= this.batchSize && this.databaseUp && this.flushing === null) void this.flush();
    if (depth >= this.queueLimit && this.spillRun === null && !this.spillFailed) void this.spill(`usage queue reached ${this.queueLimit}`);
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
    if (finished === 'late' && this.inFlight) this.queue.unshift(...this.inFlight);
    this.inFlight = null;
    if (this.queue.length > 0) await this.spill('database unavailable at shutdown');
    if (this.queue.length > 0) this.logger.error(`LOST ${this.queue.length} usage record(s): cannot write the spool`);
    this.queue = [];
    process.removeListener('exit', this.spoolOnExit);
  }

  /** Everything still in memory (queued, being written, being spooled) into one spool file, now. */
  private spoolSync(): void {
    const records = [...(this.inFlight ?? []), ...(this.spilling ?? []), ...this.queue];
    this.queue = [];
    this.inFlight = null;
    this.spilling = null;
    if (records.length === 0) return;
    try {
      this.spool.writeSync(records);
      this.logger.warn(`exiting: ${records.length} usage record(s) spooled in ${this.spool.dir}`);
    } catch (error) {
      this.logger.error(`LOST ${records.length} usage record(s) at exit: cannot write the spool: ${(error as Error).message}`);
    }
  }

  private async finalWrite(): Promise<void> {
    while (this.flushing) await this.flushing;
    if (this.replaying) await this.replaying;
    if (this.queue.length > 0) await this.flush();
  }

  private tick(): void {
    this.spillFailed = false;
    if (!this.databaseUp) {
      void this.whileDown();
      return;
    }
    if (this.queue.length >= this.queueLimit && this.spillRun === null) void this.spill(`usage queue reached ${this.queueLimit}`);
    void this.flush().then(() => {
      if (this.databaseUp && this.spool.records > 0 && !this.replaying) void this.replay();
    });
  }

  /**
   * While the database is away nothing waits in memory longer than a tick: the queue goes to the
   * spool, and a cheap query (not a batch) asks whether the database is back.
   */
  private async whileDown(): Promise<void> {
    if (this.probing) return;
    this.probing = true;
    try {
      if (this.queue.length > 0) await this.spill('database unavailable');
      if (this.stopping || !(await this.logs.isReachable())) return;
      this.databaseUp = true;
      this.logger.log('usage records are being written again');
      void this.replay();
      void this.flush();
    } finally {
      this.probing = false;
    }
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
          this.logger.warn(`cannot write usage records (spooled, retried when the database answers): ${(error as Error).message}`);
        }
        this.databaseUp = false;
        // On disk now rather than in memory until the database returns: a crash must not take them.
        if (!this.stopping) void this.spill('database unavailable');
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
  private spill(reason: string): Promise<void> {
    this.spillRun ??= this.spillQueue(reason).finally(() => (this.spillRun = null));
    return this.spillRun;
  }

  private async spillQueue(reason: string): Promise<void> {
    if (this.queue.length === 0) return;
    const records = this.queue;
    this.queue = [];
    this.spilling = records;
    try {
      await this.spool.write(records);
      this.logger.warn(`${reason}: ${records.length} usage record(s) spooled in ${this.spool.dir}`);
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
