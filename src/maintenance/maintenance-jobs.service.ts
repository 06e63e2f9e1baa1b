import { Injectable, Logger } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { TokenCleanupService } from '../auth/token-cleanup.service';
import { AppConfig } from '../config/app-config';
import { withAdvisoryLock } from './advisory-lock';
import { maintenanceLockKey, type MaintenanceJob } from './maintenance-locks';
import { SecurityEventRepository } from '../security-events/security-event.repository';
import { UnknownErrorsService } from '../unknown-errors/unknown-errors.service';
import { UsagePartitionsService } from '../usage/usage-partitions.service';
import { UsageRetentionService } from '../usage/usage-retention.service';

/**
 * The lock is kept at least this long from when a run takes it. Instances fire the same tick
 * within milliseconds of each other (up to the clock skew between hosts); a run that finished
 * sooner would free the lock for a second, pointless run of the same tick elsewhere.
 */
export const MIN_LOCK_HOLD_MS = 2_000;

export type JobOutcome =
  { job: MaintenanceJob; ran: true; deleted: number; ms: number } | { job: MaintenanceJob; ran: false; reason: 'lock held' };

/**
 * The scheduled clean-ups, each under its own advisory lock so that, whatever the number of
 * instances, only one runs a given job at a time; one that finds the lock taken skips the run.
 * Every run is one JSON log line: `{job, deleted, ms}` or `{job, skipped: "lock held"}`.
 */
@Injectable()
export class MaintenanceJobsService {
  private readonly logger = new Logger('Maintenance');
  private readonly partitionsLogger = new Logger('UsagePartitions');
  /** Cut short on shutdown: the hold must not delay it. */
  private readonly stopping = new AbortController();

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly apiKeys: ApiKeysService,
    private readonly tokens: TokenCleanupService,
    private readonly retention: UsageRetentionService,
    private readonly unknownErrors: UnknownErrorsService,
    private readonly partitions: UsagePartitionsService,
    private readonly securityEvents: SecurityEventRepository,
  ) {}

  /**
   * At start-up, whatever SCHEDULER_ENABLED says: the months ahead of usage_logs exist before the
   * first request of a fresh install, or of an instance started after a long pause (rows would
   * otherwise gather in the default partition until the next retention run). No lock: instances
   * starting together may race to make a month, and the loser finds it made. Logged with the
   * partitions' own context, so that a scheduler turned off stays silent.
   */
  async preparePartitions(): Promise<string[]> {
    const created = await this.partitions.createAhead();
    if (created.length > 0) this.partitionsLogger.log({ msg: 'usage_logs partitions created', created });
    return created;
  }

  async run(job: MaintenanceJob): Promise<JobOutcome> {
    const result = await withAdvisoryLock(this.dataSource, this.config, maintenanceLockKey(job), async () => {
      // From the moment the lock is ours: taking it may first open a direct connection (behind a
      // pooler), and the hold must cover MIN_LOCK_HOLD_MS of actually holding it.
      const started = performance.now();
      const deleted = await this.work(job);
      const ms = Math.round(performance.now() - started);
      this.logger.log({ msg: 'maintenance job done', job, deleted, ms });
      await sleep(Math.max(0, MIN_LOCK_HOLD_MS - ms), undefined, { signal: this.stopping.signal }).catch(() => undefined);
      return { job, ran: true as const, deleted, ms };
    });
    if (result.acquired) return result.value;
    this.logger.log({ msg: 'maintenance job skipped', job, skipped: 'lock held' });
    return { job, ran: false, reason: 'lock held' };
  }

  /** Ends the lock holds of the runs in progress (shutdown). */
  stop(): void {
    this.stopping.abort();
  }

  /** How many rows the job removed (deactivated, for API keys). */
  private async work(job: MaintenanceJob): Promise<number> {
    switch (job) {
      case 'cleanup-keys':
        return this.apiKeys.cleanupExpired();
      case 'cleanup-logs':
        return this.retention.deleteOlderThan(this.config.usage.retentionDays, {
          onDropped: (partition, rows) => this.partitionsLogger.log({ msg: 'usage_logs month dropped', partition, rows }),
          onDropDeferred: (partition, reason) =>
            this.partitionsLogger.warn({
              msg: 'usage_logs month not dropped (lock busy): its rows deleted in batches, the month dropped next run',
              partition,
              reason,
            }),
        });
      case 'cleanup-tokens': {
        const removed = await this.tokens.cleanupExpired();
        return removed.blacklisted + removed.refreshTokens + removed.actionTokens;
      }
      case 'cleanup-unknown-errors':
        return this.unknownErrors.deleteOlderThan(this.config.unknownErrors.retentionDays);
      case 'cleanup-security-events':
        return this.securityEvents.deleteOlderThan(this.config.securityEvents.retentionDays);
    }
  }
}
