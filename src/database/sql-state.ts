/** The PostgreSQL SQLSTATE of a failed query (TypeORM wraps the driver's error), if any. */
export function sqlStateOf(error: unknown): string | undefined {
  const candidate = (error as { driverError?: { code?: unknown }; code?: unknown } | null) ?? {};
  const code = candidate.driverError?.code ?? candidate.code;
  return typeof code === 'string' ? code : undefined;
}
