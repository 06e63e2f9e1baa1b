/** USAGE_RETENTION_DAYS' range, shared by the CLI's --days (kept free of imports: the CLI checks it before loading the database code). */
export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 36_500;
