import { Logger, Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '../config/app-config';
import { createAppDataSource } from './app-data-source';
import { ChangeFeed } from './change-feed';
import { DatabaseOutage } from './database-outage.service';
import { ReadReplicas } from './read-replicas.service';

const logger = new Logger('Database');

/**
 * Connects TypeORM. Against PostgreSQL the schema is never changed here (migrations run as
 * their own job and readiness reports any pending one); the embedded database is private to
 * this process, so it migrates itself on start.
 */
@Module({})
export class DatabaseModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      providers: [ChangeFeed, DatabaseOutage, ReadReplicas],
      exports: [ChangeFeed, DatabaseOutage, ReadReplicas],
      imports: [
        TypeOrmModule.forRootAsync({
          // The real options are built in initialise(): the embedded endpoint is only known once it runs.
          useFactory: () => ({
            type: 'postgres',
            retryAttempts: 5,
            retryDelay: 2_000,
            // A server may be restarting; an embedded database that failed to open will not fix itself.
            toRetry: () => config.database.target.kind === 'postgres',
          }),
          dataSourceFactory: () => initialise(config),
        }),
      ],
    };
  }
}

async function initialise(config: AppConfig) {
  const dataSource = await createAppDataSource(config, new Logger('SQL'), true);
  await dataSource.initialize();
  const target = config.database.target;
  if (target.kind === 'embedded') {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    logger.log(`Embedded PostgreSQL (PGlite) in ${target.dataDir ?? 'memory'}; ${applied.length} migration(s) applied`);
  }
  return dataSource;
}
