import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ApiKeyRepository } from './api-key.repository';

/** How often the keys used meanwhile get their `last_used` written. */
export const LAST_USED_FLUSH_MS = 1_000;

/**
 * `api_keys.last_used` without a write per request: verified keys are noted in memory and
 * written every second in one statement (`UPDATE … WHERE id = ANY($1)` with the database's
 * now()), and once more on shutdown, after the HTTP server has stopped taking requests. A failed
 * write keeps the ids for the next round, so a database blink loses nothing.
 */
@Injectable()
export class ApiKeyUsageService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ApiKeyUsageService.name);
  private pending = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;

  constructor(private readonly keys: ApiKeyRepository) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.flush(), LAST_USED_FLUSH_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flush();
  }

  record(keyId: string): void {
    this.pending.add(keyId);
  }

  /** Writes what is pending; never two writes at once (a slow one is waited for, then the rest goes). */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing;
    if (this.pending.size === 0) return;
    const ids = [...this.pending];
    this.pending = new Set();
    this.flushing = this.keys.touch(ids).then(
      () => undefined,
      (error: unknown) => {
        for (const id of ids) this.pending.add(id);
        this.logger.warn(`could not record API key use (${ids.length} key(s), retried next round): ${(error as Error).message}`);
      },
    );
    try {
      await this.flushing;
    } finally {
      this.flushing = null;
    }
  }
}
