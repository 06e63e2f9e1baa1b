import { Gauge, register } from 'prom-client';
import type { DataSource } from 'typeorm';

/** The part of node-postgres' Pool we read (TypeORM's postgres driver keeps it as `driver.master`). */
interface PgPoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

function poolOf(dataSource: DataSource): PgPoolCounts | null {
  const pool = (dataSource.driver as unknown as { master?: Partial<PgPoolCounts> }).master;
  return pool && typeof pool.totalCount === 'number' ? (pool as PgPoolCounts) : null;
}

/** `aet_db_pool_connections{state}`: read from the pool at scrape time, nothing on the request path. */
export function registerDbPoolGauge(dataSource: DataSource): void {
  register.removeSingleMetric('aet_db_pool_connections');
  new Gauge({
    name: 'aet_db_pool_connections',
    help: 'Database pool connections: in_use (checked out), idle, waiting (callers queued for one)',
    labelNames: ['state'],
    collect() {
      const pool = poolOf(dataSource);
      if (!pool) return;
      this.set({ state: 'in_use' }, pool.totalCount - pool.idleCount);
      this.set({ state: 'idle' }, pool.idleCount);
      this.set({ state: 'waiting' }, pool.waitingCount);
    },
  });
}
