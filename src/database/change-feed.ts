import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import { Socket } from 'node:net';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { sessionUrl } from './session-connection';

const CHANNEL = 'aet_changes';
const RECONNECT_MS = 500;

export type ChangeHandler = (payload: string) => void;
export type ResyncHandler = () => void | Promise<void>;

/**
 * Tells every instance about changes that in-memory caches must honour at once (revoked tokens,
 * changed users), over PostgreSQL LISTEN/NOTIFY: no extra infrastructure, delivered in
 * milliseconds. The embedded database serves one process: local only.
 *
 * A LISTEN connection that dies silently would deliver nothing while looking fine, so every
 * `CHANGE_FEED_HEARTBEAT_MS` it must answer a `SELECT 1` within half that (TCP keep-alive, from
 * the same delay, backs this up). While the feed is not live (lost, or not yet resynchronised)
 * caches must not answer revocation-sensitive questions (`cachesTrusted`): they ask the
 * database instead, which answers 503 while it is unreachable too. After a
 * reconnect, subscribers resynchronise (notifications sent meanwhile are gone) before the feed
 * counts as live again.
 */
@Injectable()
export class ChangeFeed implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ChangeFeed.name);
  private readonly local = new EventEmitter();
  private readonly resyncHandlers: ResyncHandler[] = [];
  private listener: { client: Client; socket: Socket } | null = null;
  private live = false;
  /** When the feed was lost (ms), for `CHANGE_FEED_STALE_GRACE_MS`; null while live or before the first connection. */
  private lostAt: number | null = null;
  /** Logged once per outage, not once per reconnect attempt. */
  private lossLogged = false;
  private heartbeat: NodeJS.Timeout | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {
    this.local.setMaxListeners(50);
  }

  /**
   * Whether caches may answer revocation-sensitive questions: every change made elsewhere has
   * reached this instance's subscribers, or the feed was lost less than
   * `CHANGE_FEED_STALE_GRACE_MS` ago (0 by default: not at all).
   */
  get cachesTrusted(): boolean {
    if (this.config.database.target.kind !== 'postgres' || this.live) return true;
    return this.lostAt !== null && Date.now() - this.lostAt < this.config.database.changeFeedStaleGraceMs;
  }

  subscribe(topic: string, handler: ChangeHandler): void {
    this.local.on(`topic:${topic}`, handler);
  }

  /** Called after a reconnect: notifications may have been missed, reload from the database. A rejection keeps the feed down. */
  onResync(handler: ResyncHandler): void {
    this.resyncHandlers.push(handler);
  }

  async publish(topic: string, payload: string): Promise<void> {
    if (this.config.database.target.kind === 'postgres') {
      await this.dataSource.query('SELECT pg_notify($1, $2)', [CHANNEL, `${topic}\n${payload}`]);
    } else {
      this.local.emit(`topic:${topic}`, payload);
    }
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.database.target.kind !== 'postgres') return;
    await this.connect(false);
    this.heartbeat = setInterval(() => void this.beat(), this.config.database.changeFeedHeartbeatMs);
    this.heartbeat.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.heartbeat) clearInterval(this.heartbeat);
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    await this.listener?.client.end().catch(() => undefined);
  }

  private async connect(resync: boolean): Promise<void> {
    // LISTEN is session state: through a transaction pooler it would stay on a server connection
    // that is no longer ours, and notifications would never reach us (see sessionUrl).
    const url = sessionUrl(this.config);
    if (url === null || this.stopped) return;
    // Our own socket, so that a connection that stopped answering can be dropped at once.
    const socket = new Socket();
    const client = new Client({
      connectionString: url,
      connectionTimeoutMillis: this.config.database.connectTimeoutMs,
      stream: () => socket,
      keepAlive: true,
      keepAliveInitialDelayMillis: this.config.database.changeFeedHeartbeatMs,
      application_name: 'ai-error-translator/change-feed',
    });
    client.on('notification', (message) => {
      const [topic, ...rest] = (message.payload ?? '').split('\n');
      this.local.emit(`topic:${topic}`, rest.join('\n'));
    });
    client.on('error', (error) => this.lost(`connection lost: ${error.message}`));
    client.on('end', () => {
      if (this.listener?.client === client) this.listener = null;
      this.lost('connection closed');
      this.scheduleReconnect();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      this.listener = { client, socket };
      if (resync) await Promise.all(this.resyncHandlers.map(async (handler) => handler()));
    } catch (error) {
      this.lost(`cannot listen: ${(error as Error).message}`);
      socket.destroy();
      this.scheduleReconnect();
      return;
    }
    // The connection may have died while subscribers resynchronised.
    if (this.listener?.client !== client) return;
    this.live = true;
    this.lostAt = null;
    if (this.lossLogged) this.logger.log('change feed listening again; caches resynchronised');
    this.lossLogged = false;
  }

  /** A connection that no longer answers is dropped; its 'end' schedules the reconnect. */
  private async beat(): Promise<void> {
    const listener = this.listener;
    if (!listener) return;
    const deadline = Math.max(Math.floor(this.config.database.changeFeedHeartbeatMs / 2), 50);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${deadline} ms`)), deadline);
    });
    try {
      await Promise.race([listener.client.query('SELECT 1'), timeout]);
    } catch (error) {
      this.lost(`heartbeat failed: ${(error as Error).message}`);
      listener.socket.destroy();
    } finally {
      clearTimeout(timer);
    }
  }

  private lost(reason: string): void {
    if (this.live) this.lostAt = Date.now();
    this.live = false;
    if (this.lossLogged || this.stopped) return;
    this.lossLogged = true;
    this.logger.warn(`change feed down (${reason}): caches are bypassed until it is back`);
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnectTimer) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void this.connect(true);
    }, RECONNECT_MS);
    this.reconnectTimer.unref();
  }
}
