/** unique_violation: a row with the same key exists. */
export const UNIQUE_VIOLATION = '23505';

/** The PostgreSQL SQLSTATE of a failed query (TypeORM wraps the driver's error), if any. */
export function sqlStateOf(error: unknown): string | undefined {
  const candidate = (error as { driverError?: { code?: unknown }; code?: unknown } | null) ?? {};
  const code = candidate.driverError?.code ?? candidate.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * SQLSTATE class 22 (data exception): PostgreSQL cannot store a value of the statement. Such a
 * batch is refused on every retry, unlike one that met an outage.
 */
export function isDataError(error: unknown): boolean {
  return sqlStateOf(error)?.startsWith('22') ?? false;
}
