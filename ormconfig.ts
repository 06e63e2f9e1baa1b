// The DataSource the TypeORM CLI (`npm run migration:*`) uses: the app's own options, from the
// same validated environment. It is read from the compiled dist/ormconfig.js.
import 'reflect-metadata';
import { loadConfig } from './src/config/load-config';
import { createAppDataSource } from './src/database/app-data-source';

export const dataSource = createAppDataSource(loadConfig());
