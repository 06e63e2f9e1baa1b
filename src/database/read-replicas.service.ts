import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { buildReplicaDataSourceOptions, describeReplica } from './replica-data-source-options';

/**
 * How far behind the primary a replica is, measured on the replica. Caught up (everything
 * received is replayed) is 0; otherwise the age of the last transaction it replayed. A server
 * that is not in recovery is a primary (or a promoted replica) and has no lag. NULL = unknown.
 */
export const REPLICA_LAG_SQL = `
  SELECT CASE
           WHEN NOT pg_is_in_recovery() THEN 0
           WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
           ELSE (EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()) * 1000)::float8
         END AS lag_ms`;

export type ReplicaState = 'starting' | 'up' | 'down' | 'lagging';

/** One replica as the background check last saw it. */
export interface ReplicaStatus {
  /** "replica 1": its position in DATABASE_REPLICA_URLS (readiness is public: no address). */
  name: string;
  state: ReplicaState;
  /** Replay lag in ms at the last successful check; null when it could not be measured. */
  lagMs: number | null;
  /** Why it is skipped (for the log and readiness); null while it serves. */
  reason: string | null;
}

interface Replica extends ReplicaStatus {
  url: string;
  /** host:port/db, for the log. */
  address: string;
  dataSource: DataSource | null;
  checking: boolean;
}

/**
 * Routes the reads that tolerate a little lag (usage analytics, the dashboard's history) to a
 * streaming replica, and everything else stays where it was: repositories are bound to the
 * primary, and only code that asks for `read()` ever reaches a replica, so nothing that must
 * see its own writes can land on one.
 *
 * TypeORM's own `replication` option picks a random slave for every read, with no idea whether
 * it is up or how far behind it is; here each replica has its own DataSource and a background
 * check (never one per request) decides which may serve. A replica that is down or behind
 * DATABASE_REPLICA_MAX_LAG_MS is skipped; with none left the primary serves. A read that fails on
 * a replica (it died between two checks) is retried once on the primary, so callers never see a
 * replica's failure.
 */
@Injectable()
export class ReadReplicas implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ReadReplicas');
  private readonly replicas: Replica[];
  private timer: NodeJS.Timeout | null = null;
  private next = 0;

  constructor(
    private readonly primary: DataSource,
    private readonly config: AppConfig,
  ) {
    this.replicas = config.readReplicas.urls.map((url, index) => ({
      name: `replica ${index + 1}`,
      url,
      address: describeReplica(url),
      state: 'starting',
      lagMs: null,
      reason: 'not checked yet',
      dataSource: null,
      checking: false,
    }));
  }

  get configured(): boolean {
    return this.replicas.length > 0;
  }

  /** The last background check's view of every replica; costs nothing (readiness calls it). */
  statuses(): ReplicaStatus[] {
    return this.replicas.map(({ name, state, lagMs, reason }) => ({ name, state, lagMs, reason }));
  }

  onApplicationBootstrap(): void {
    if (!this.configured) return;
    // Not awaited: a dead replica must not delay the start; reads use the primary until one is up.
    void this.checkAll();
    this.timer = setInterval(() => void this.checkAll(), this.config.readReplicas.checkIntervalMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await Promise.all(this.replicas.map((replica) => this.close(replica)));
  }

  /**
   * Runs `work` on a replica that is up and close enough behind, else on the primary. `work` must
   * only read, and must not need what this request just wrote.
   */
  async read<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const replica = this.pick();
    if (replica) {
      try {
        return await work(replica.dataSource!.manager);
      } catch (error) {
        this.mark(replica, 'down', null, `a read failed: ${(error as Error).message}`);
      }
    }
    return work(this.primary.manager);
  }

  /** Round robin over the replicas that may serve. */
  private pick(): Replica | null {
    const serving = this.replicas.filter((replica) => replica.state === 'up' && replica.dataSource?.isInitialized);
    if (serving.length === 0) return null;
    this.next = (this.next + 1) % serving.length;
    return serving[this.next];
  }

  private async checkAll(): Promise<void> {
    await Promise.all(this.replicas.map((replica) => this.check(replica)));
  }

  /** Connects when needed and measures the lag, within a bounded time; overlapping checks are skipped. */
  private async check(replica: Replica): Promise<void> {
    if (replica.checking) return;
    replica.checking = true;
    // A check that outlives its deadline still holds the flag until it settles, so two never
    // connect at once (and leave a pool behind).
    const measuring = this.measureLag(replica);
    void measuring.catch(() => undefined).finally(() => (replica.checking = false));
    const timeoutMs = Math.max(1_000, this.config.readReplicas.checkIntervalMs);
    let timer: NodeJS.Timeout | undefined;
    try {
      const lagMs = await Promise.race([
        measuring,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
      const maxLagMs = this.config.readReplicas.maxLagMs;
      if (lagMs === null) this.mark(replica, 'lagging', null, 'replay position unknown');
      else if (lagMs > maxLagMs)
        this.mark(replica, 'lagging', lagMs, `${Math.round(lagMs)} ms behind the primary (DATABASE_REPLICA_MAX_LAG_MS=${maxLagMs})`);
      else this.mark(replica, 'up', lagMs, null);
    } catch (error) {
      this.mark(replica, 'down', null, `unreachable: ${(error as Error).message}`);
    } finally {
      clearTimeout(timer);
    }
  }

  private async measureLag(replica: Replica): Promise<number | null> {
    if (!replica.dataSource?.isInitialized) {
      await this.close(replica);
      const dataSource = new DataSource(buildReplicaDataSourceOptions(this.config, replica.url, this.logger));
      replica.dataSource = dataSource;
      await dataSource.initialize();
    }
    const [row] = await replica.dataSource.query<Array<{ lag_ms: number | null }>>(REPLICA_LAG_SQL);
    return row?.lag_ms ?? null;
  }

  private mark(replica: Replica, state: ReplicaState, lagMs: number | null, reason: string | null): void {
    const changed = replica.state !== state;
    Object.assign(replica, { state, lagMs, reason });
    if (!changed) return;
    if (state === 'up') this.logger.log(`${replica.name} (${replica.address}) serves lag-tolerant reads`);
    else this.logger.warn(`${replica.name} (${replica.address}) skipped, reads go to the primary: ${reason}`);
  }

  private async close(replica: Replica): Promise<void> {
    const dataSource = replica.dataSource;
    replica.dataSource = null;
    if (dataSource?.isInitialized) await dataSource.destroy().catch(() => undefined);
  }
}
