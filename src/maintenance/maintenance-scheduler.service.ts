import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import { AppConfig } from '../config/app-config';
import { reasonOf } from '../cli/cli-error';
import { MaintenanceJobsService } from './maintenance-jobs.service';
import { MAINTENANCE_JOBS, type MaintenanceJob } from './maintenance-locks';

/**
 * Registers the clean-ups with the cron expressions of the configuration (hence dynamically, not
 * with @Cron). Nothing is scheduled when SCHEDULER_ENABLED=false: an operator can then run the
 * same jobs from manage-db, or from one dedicated instance.
 */
@Injectable()
export class MaintenanceSchedulerService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Maintenance');
  private readonly running = new Set<Promise<unknown>>();

  constructor(
    private readonly registry: SchedulerRegistry,
    private readonly config: AppConfig,
    private readonly jobs: MaintenanceJobsService,
  ) {}

  onApplicationBootstrap(): void {
    void this.track(
      this.jobs.preparePartitions().catch((error: unknown) => {
        // Not fatal: rows of a month without partition land in usage_logs_default meanwhile.
        this.logger.warn({ msg: 'cannot create usage_logs partitions ahead', error: reasonOf(error) });
      }),
    );
    if (!this.config.scheduler.enabled) return;
    for (const job of MAINTENANCE_JOBS) {
      const cronTime = this.cronOf(job);
      const cron = CronJob.from({
        cronTime,
        name: job,
        // A slow run is not started again on top of itself on this instance (the lock covers the others).
        waitForCompletion: true,
        onTick: () => this.tick(job),
        start: true,
      });
      this.registry.addCronJob(job, cron);
      this.logger.log({ msg: 'maintenance job scheduled', job, cron: cronTime });
    }
  }

  /** Stops the timers and lets a run in progress finish before the database is closed. */
  async onModuleDestroy(): Promise<void> {
    for (const job of MAINTENANCE_JOBS) {
      if (this.registry.doesExist('cron', job)) this.registry.deleteCronJob(job);
    }
    this.jobs.stop();
    await Promise.allSettled([...this.running]);
  }

  private cronOf(job: MaintenanceJob): string {
    const { cleanupKeysCron, cleanupLogsCron, cleanupTokensCron, cleanupUnknownErrorsCron, cleanupSecurityEventsCron } = this.config.scheduler;
    return {
      'cleanup-keys': cleanupKeysCron,
      'cleanup-logs': cleanupLogsCron,
      'cleanup-tokens': cleanupTokensCron,
      'cleanup-unknown-errors': cleanupUnknownErrorsCron,
      'cleanup-security-events': cleanupSecurityEventsCron,
    }[job];
  }

  private async tick(job: MaintenanceJob): Promise<void> {
    const run = this.jobs.run(job).catch((error: unknown) => {
      // A failed run (database down, say) is retried at the next tick; it must not kill the timer.
      this.logger.error({ msg: 'maintenance job failed', job, error: reasonOf(error) });
    });
    await this.track(run);
  }

  /** Runs awaited before the database is closed on shutdown. */
  private async track(run: Promise<unknown>): Promise<void> {
    this.running.add(run);
    try {
      await run;
    } finally {
      this.running.delete(run);
    }
  }
}
