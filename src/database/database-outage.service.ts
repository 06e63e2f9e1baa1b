import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** How often an unavailable database is asked whether it is back. */
const PROBE_MS = 1_000;

/**
 * Logs a database outage once, not once per failed request: the first failure is logged as
 * "database unavailable", later ones are silent until a probe of our own gets an answer, which
 * is logged as "database available again".
 */
@Injectable()
export class DatabaseOutage implements OnApplicationShutdown {
  private readonly logger = new Logger('Database');
  private probe: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(private readonly dataSource: DataSource) {}

  get isDown(): boolean {
    return this.probe !== null;
  }

  /** A request failed because the database is unreachable or too slow. */
  failed(error: unknown): void {
    if (this.isDown || this.stopped) return;
    const reason = error instanceof Error ? error.message : String(error);
    this.logger.warn(`database unavailable (${reason}); requests that need it answer 503 until it is back`);
    this.scheduleProbe();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    if (this.probe) clearTimeout(this.probe);
  }

  private scheduleProbe(): void {
    this.probe = setTimeout(() => void this.checkBack(), PROBE_MS);
    this.probe.unref();
  }

  private async checkBack(): Promise<void> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      if (!this.stopped) this.scheduleProbe();
      return;
    }
    this.probe = null;
    this.logger.log('database available again');
  }
}
