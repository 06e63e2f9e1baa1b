import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type Redis from 'ioredis';
import { RedisService } from '../redis/redis.service';

/** How long Redis is left alone after a failed command before it is tried again. */
const PAUSE_AFTER_FAILURE_MS = 1_000;
/** How long start-up waits for the connection: a Redis that is down must not hold the service back. */
const READY_WAIT_MS = 2_000;

/**
 * The limits' own Redis connection (a duplicate of the shared one: same settings, no offline
 * queue, tight command timeout, plus auto-pipelining), so that the Lua commands they define cannot clash with
 * another module's. It decides, per request and without I/O, whether Redis may be used: not
 * while the connection is down, nor for a moment after a command failed (a timeout, say) — a
 * sick Redis must not cost every request a timeout. Then the limits count in this process.
 */
@Injectable()
export class RedisGate implements OnApplicationBootstrap, OnApplicationShutdown {
  /** The connection when REDIS_URL is set, whatever its state. */
  readonly client: Redis | null;
  private pausedUntil = 0;

  constructor(redis: RedisService) {
    // Auto-pipelining: the commands of concurrent requests leave in one write, not one each.
    this.client = redis.client?.duplicate({ enableAutoPipelining: true }) ?? null;
    // RedisService already logs the connection's troubles; an unhandled 'error' would crash.
    this.client?.on('error', () => undefined);
  }

  /** The client when it may be used now, else null. */
  usable(): Redis | null {
    if (!this.client || this.client.status !== 'ready' || Date.now() < this.pausedUntil) return null;
    return this.client;
  }

  /**
   * Start-up waits until the connection is ready (at most READY_WAIT_MS): until then the limits count in this
   * process, and an instance that took requests at once would let a client through N times the shared limit.
   */
  async onApplicationBootstrap(): Promise<void> {
    const client = this.client;
    if (!client || client.status === 'ready') return;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        client.off('ready', done);
        resolve();
      };
      const timer = setTimeout(done, READY_WAIT_MS);
      client.once('ready', done);
    });
  }

  failed(): void {
    this.pausedUntil = Date.now() + PAUSE_AFTER_FAILURE_MS;
  }

  onApplicationShutdown(): void {
    this.client?.disconnect();
  }
}
