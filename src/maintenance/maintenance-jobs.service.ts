import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { TokenCleanupService } from '../auth/token-cleanup.service';
import { AppConfig } from '../config/app-config';
import { withAdvisoryLock } from './advisory-lock';
import { maintenanceLockKey, type MaintenanceJob } from './maintenance-locks';
import { UsageRetentionService } from './usage-retention.service';

export type JobOutcome =
  | { job: MaintenanceJob; ran: true; deleted: number; ms: number }
  | { job: MaintenanceJob; ran: false; reason: 'lock held' };

/**
 * The scheduled clean-ups, each under its own advisory lock so that, whatever the number of
 * instances, only one runs a given job at a time; one that finds the lock taken skips the run.
 * Every run is one JSON log line: `{job, deleted, ms}` or `{job, skipped: "lock held"}`.
 */
@Injectable()
export class MaintenanceJobsService {
  private readonly logger = new Logger('Maintenance');

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly apiKeys: ApiKeysService,
    private readonly tokens: TokenCleanupService,
    private readonly retention: UsageRetentionService,
  ) {}

  async run(job: MaintenanceJob): Promise<JobOutcome> {
    const started = performance.now();
    const result = await withAdvisoryLock(this.dataSource, maintenanceLockKey(job), () => this.work(job));
    if (!result.acquired) {
      this.logger.log({ msg: 'maintenance job skipped', job, skipped: 'lock held' });
      return { job, ran: false, reason: 'lock held' };
    }
    const ms = Math.round(performance.now() - started);
    this.logger.log({ msg: 'maintenance job done', job, deleted: result.value, ms });
    return { job, ran: true, deleted: result.value, ms };
  }

  /** How many rows the job removed (deactivated, for API keys). */
  private async work(job: MaintenanceJob): Promise<number> {
    switch (job) {
      case 'cleanup-keys':
        return this.apiKeys.cleanupExpired();
      case 'cleanup-logs':
        return this.retention.deleteOlderThan(this.config.usage.retentionDays);
      case 'cleanup-tokens': {
        const removed = await this.tokens.cleanupExpired();
        return removed.blacklisted + removed.refreshTokens + removed.actionTokens;
      }
    }
  }
}
