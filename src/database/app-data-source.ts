import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { buildDataSourceOptions } from './data-source-options';
import { EmbeddedDatabase } from './embedded-database';
import type { LogSink } from './sql-logger';

/** A DataSource that also owns the embedded database it runs on, and stops it on destroy. */
export class AppDataSource extends DataSource {
  embedded: EmbeddedDatabase | null = null;

  get isEmbedded(): boolean {
    return this.embedded !== null;
  }

  override async destroy(): Promise<void> {
    if (this.isInitialized) await super.destroy();
    await this.embedded?.stop();
    this.embedded = null;
  }
}

/**
 * Builds (but does not connect) the DataSource, starting the embedded database when configured.
 * `serving` (the app, not the CLI) adds the statement deadlines.
 */
export async function createAppDataSource(config: AppConfig, sqlLog?: LogSink, serving = false): Promise<AppDataSource> {
  const target = config.database.target;
  const embedded = target.kind === 'embedded' ? await EmbeddedDatabase.start(target.dataDir) : null;
  const dataSource = new AppDataSource(buildDataSourceOptions(config, embedded?.endpoint, sqlLog, serving));
  dataSource.embedded = embedded;
  return dataSource;
}
