import { performance } from 'node:perf_hooks';
import type { AppConfig } from '../../config/app-config';
import { ConnectionError } from '../cli-error';
import { describeDatabase, withDatabase } from '../cli-database';
import { plural, printFields, printJson, printLine } from '../cli-output';
import type { CommandRun } from '../command';
import { migrationStatus, type MigrationStatus } from '../migration-status';

interface CheckReport {
  database: string;
  connected: boolean;
  error?: string;
  server_version?: string;
  latency_ms?: number;
  migrations?: MigrationStatus;
  ok: boolean;
}

/** The seed's `db_manager.health_check()`, plus what readiness also needs: no pending migration. */
export const check: CommandRun = async ({ config, flags }) => {
  const report = await inspect(config);
  if (flags.json) printJson(report);
  else printReport(report);
  if (!report.connected) throw new ConnectionError(report.error!);
  const pending = report.migrations!.pending;
  if (pending.length > 0) {
    process.stderr.write(
      `manage-db: ${plural(pending.length, 'pending migration')}: ${pending.join(', ')}; run: npm run manage-db -- create-tables\n`,
    );
    return 1;
  }
  return 0;
};

async function inspect(config: AppConfig): Promise<CheckReport> {
  const database = describeDatabase(config);
  try {
    return await withDatabase(config, async ({ dataSource }) => {
      const started = performance.now();
      await dataSource.query('SELECT 1');
      const latency = Math.round((performance.now() - started) * 100) / 100;
      const [{ server_version: version }] = await dataSource.query<Array<{ server_version: string }>>('SHOW server_version');
      const migrations = await migrationStatus(dataSource);
      return {
        database,
        connected: true,
        server_version: version,
        latency_ms: latency,
        migrations,
        ok: migrations.pending.length === 0,
      };
    });
  } catch (error) {
    if (!(error instanceof ConnectionError)) throw error;
    return { database, connected: false, error: error.reason, ok: false };
  }
}

function printReport(report: CheckReport): void {
  if (!report.connected) {
    printFields([
      ['database', report.database],
      ['connection', 'FAILED'],
    ]);
    return;
  }
  const migrations = report.migrations!;
  printFields([
    ['database', report.database],
    ['connection', `ok, SELECT 1 in ${report.latency_ms} ms (PostgreSQL ${report.server_version})`],
    ['migrations', `${migrations.applied.length} applied, ${migrations.pending.length} pending`],
  ]);
  for (const name of migrations.applied) printLine(`  [x] ${name}`);
  for (const name of migrations.pending) printLine(`  [ ] ${name}`);
  for (const name of migrations.unknown) printLine(`  [?] ${name} (applied, but not in this build)`);
}
