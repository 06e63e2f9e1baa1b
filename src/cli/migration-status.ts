import { MigrationExecutor, type DataSource } from 'typeorm';

export interface MigrationStatus {
  /** Applied and known to this build, oldest first. */
  applied: string[];
  /** Known to this build and not applied yet, in the order they would run. */
  pending: string[];
  /** Recorded as applied but not in this build (the database is ahead of the code). */
  unknown: string[];
}

/** Read-only: unlike `showMigrations()` this never creates the migrations table. */
export async function migrationStatus(dataSource: DataSource): Promise<MigrationStatus> {
  const executor = new MigrationExecutor(dataSource);
  const executed = (await executor.getExecutedMigrations()).map((migration) => migration.name).reverse();
  const pending = (await executor.getPendingMigrations()).map((migration) => migration.name);
  const known = new Set(dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name));
  return {
    applied: executed.filter((name) => known.has(name)),
    pending,
    unknown: executed.filter((name) => !known.has(name)),
  };
}
