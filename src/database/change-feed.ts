import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';

const CHANNEL = 'aet_changes';
const RECONNECT_MS = 500;

export type ChangeHandler = (payload: string) => void;

/**
 * Tells every instance about changes that in-memory caches must honour at once (revoked tokens,
 * changed users), over PostgreSQL LISTEN/NOTIFY: no extra infrastructure, delivered in
 * milliseconds. After a lost connection subscribers are asked to resynchronise, since
 * notifications sent meanwhile are gone. The embedded database serves one process: local only.
 */
@Injectable()
export class ChangeFeed implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ChangeFeed.name);
  private readonly local = new EventEmitter();
  private listener: Client | null = null;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {
    this.local.setMaxListeners(50);
  }

  subscribe(topic: string, handler: ChangeHandler): void {
    this.local.on(`topic:${topic}`, handler);
  }

  /** Called after a reconnect: notifications may have been missed, reload from the database. */
  onResync(handler: () => void): void {
    this.local.on('resync', handler);
  }

  async publish(topic: string, payload: string): Promise<void> {
    if (this.config.database.target.kind === 'postgres') {
      await this.dataSource.query('SELECT pg_notify($1, $2)', [CHANNEL, `${topic}\n${payload}`]);
    } else {
      this.local.emit(`topic:${topic}`, payload);
    }
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.database.target.kind === 'postgres') await this.connect(false);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.listener?.end().catch(() => undefined);
  }

  private async connect(resync: boolean): Promise<void> {
    const target = this.config.database.target;
    if (target.kind !== 'postgres' || this.stopped) return;
    const client = new Client({
      connectionString: target.url,
      connectionTimeoutMillis: this.config.database.connectTimeoutMs,
      keepAlive: true,
      application_name: 'ai-error-translator/change-feed',
    });
    client.on('notification', (message) => {
      const [topic, ...rest] = (message.payload ?? '').split('\n');
      this.local.emit(`topic:${topic}`, rest.join('\n'));
    });
    client.on('error', (error) => this.logger.warn(`change feed connection lost: ${error.message}`));
    client.on('end', () => {
      if (this.listener === client) this.listener = null;
      this.scheduleReconnect();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      this.listener = client;
      if (resync) this.local.emit('resync');
    } catch (error) {
      this.logger.warn(`change feed cannot listen: ${(error as Error).message}`);
      await client.end().catch(() => undefined);
      this.scheduleReconnect();
    }
  }

  private reconnectTimer: NodeJS.Timeout | null = null;

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnectTimer) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void this.connect(true);
    }, RECONNECT_MS);
    this.reconnectTimer.unref();
  }
}
