import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { DataSource, MigrationExecutor } from 'typeorm';

/**
 * How long a migration status is reused. Probes arrive every few seconds per pod and the status
 * changes once per deploy; reusing it keeps readiness at one round trip (the ping) most of the time.
 */
export const MIGRATION_STATUS_TTL_MS = 5_000;

/**
 * Down while migrations known to this build are not applied: against PostgreSQL the app never
 * migrates by itself (`npm run migration:run` does, once, before new pods start).
 */
@Injectable()
export class MigrationsHealthIndicator {
  constructor(
    private readonly dataSource: DataSource,
    private readonly indicators: HealthIndicatorService,
  ) {}

  check(key: string, timeoutMs: number) {
    return this.indicators
      .check(key)
      .attempt(async () => {
        const pending = await new MigrationExecutor(this.dataSource).getPendingMigrations();
        if (pending.length > 0) {
          const names = pending.map((migration) => migration.name).join(', ');
          throw new Error(`${pending.length} pending: ${names}; run npm run migration:run`);
        }
      })
      .withTimeout(timeoutMs)
      .cacheFor(MIGRATION_STATUS_TTL_MS);
  }
}
