import { Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { RedisService } from '../redis/redis.service';

/** How long Redis is left alone after a failed command before it is tried again. */
const PAUSE_AFTER_FAILURE_MS = 1_000;

/**
 * Decides, per request and without I/O, whether the limits may use Redis. While the connection
 * is not ready, and for a moment after a command failed (a timeout, say), the answer is no and
 * the limits count in this process instead: a sick Redis must not cost every request a timeout.
 */
@Injectable()
export class RedisGate {
  private pausedUntil = 0;

  constructor(private readonly redis: RedisService) {}

  /** The client when REDIS_URL is set, whatever its state. */
  get client(): Redis | null {
    return this.redis.client;
  }

  /** The client when it may be used now, else null. */
  usable(): Redis | null {
    const client = this.redis.client;
    if (!client || client.status !== 'ready' || Date.now() < this.pausedUntil) return null;
    return client;
  }

  failed(): void {
    this.pausedUntil = Date.now() + PAUSE_AFTER_FAILURE_MS;
  }
}
