import { CliError, reasonOf } from '../cli-error';
import { withDatabase } from '../cli-database';
import { plural, printLine } from '../cli-output';
import type { CommandRun } from '../command';
import { migrationStatus } from '../migration-status';

/** The seed's `create-tables`: here the schema only ever comes from the migrations. */
export const createTables: CommandRun = ({ config }) =>
  withDatabase(config, async ({ dataSource, label }) => {
    const before = await migrationStatus(dataSource);
    if (before.pending.length === 0) {
      printLine(`${label} is already up to date (${plural(before.applied.length, 'migration')} applied).`);
      return 0;
    }
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      for (const migration of applied) printLine(`Applied ${migration.name}`);
    } catch (error) {
      // Each migration commits on its own: report what did apply and which one failed.
      const after = await migrationStatus(dataSource).catch(() => before);
      for (const name of before.pending.filter((name) => !after.pending.includes(name))) printLine(`Applied ${name}`);
      throw new CliError(`migration ${after.pending[0] ?? before.pending[0]} failed: ${reasonOf(error)}`);
    }
    printLine(`${label} is up to date (${plural(before.pending.length, 'migration')} applied now).`);
    return 0;
  });
