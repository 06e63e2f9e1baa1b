import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { openSession } from '../database/session-connection';

export type LockedRun<T> = { acquired: true; value: T } | { acquired: false };

/**
 * Runs `work` only if this process can take the session advisory lock `key` at once; otherwise
 * returns `{ acquired: false }` without waiting. The lock lives on a connection of its own, held
 * for the whole run and unlocked on that same connection (a session lock belongs to the session
 * that took it); should the connection die, PostgreSQL drops the lock with it. A session lock
 * rather than a transaction-scoped one: the work runs in many short transactions on other
 * connections, and the embedded database serialises open transactions onto its single session.
 * Behind a transaction pooler the lock and its unlock could land on different server connections
 * (and the lock outlive the run), so the session is then a direct one (see openSession).
 */
export async function withAdvisoryLock<T>(
  dataSource: DataSource,
  config: AppConfig,
  key: readonly [number, number],
  work: () => Promise<T>,
): Promise<LockedRun<T>> {
  const session = await openSession(dataSource, config, 'maintenance');
  try {
    const [row] = (await session.query('SELECT pg_try_advisory_lock($1, $2) AS locked', [...key])) as Array<{ locked: boolean }>;
    if (!row?.locked) return { acquired: false };
    try {
      return { acquired: true, value: await work() };
    } finally {
      await session.query('SELECT pg_advisory_unlock($1, $2)', [...key]);
    }
  } finally {
    await session.close();
  }
}
