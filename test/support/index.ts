export * from './postgres';
export * from './test-app';
export * from './test-config';
export * from './describe-with-postgres';
export * from './accounts';
export * from './migrated-app';
export * from './wait';
export * from './pgbouncer';
