import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type Redis from 'ioredis';
import { RedisService } from '../redis/redis.service';

/** How long Redis is left alone after a failed command before it is tried again. */
const PAUSE_AFTER_FAILURE_MS = 1_000;

/**
 * The limits' own Redis connection (a duplicate of the shared one: same settings, no offline
 * queue, tight command timeout, plus auto-pipelining), so that the Lua commands they define cannot clash with
 * another module's. It decides, per request and without I/O, whether Redis may be used: not
 * while the connection is down, nor for a moment after a command failed (a timeout, say) — a
 * sick Redis must not cost every request a timeout. Then the limits count in this process.
 */
@Injectable()
export class RedisGate implements OnApplicationShutdown {
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

  failed(): void {
    this.pausedUntil = Date.now() + PAUSE_AFTER_FAILURE_MS;
  }

  onApplicationShutdown(): void {
    this.client?.disconnect();
  }
}
