import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { setTimeout as sleep } from 'node:timers/promises';
import { ProblemException } from './problem.exception';
import { ProblemType } from './problem-details';

export interface AfterResponseTask {
  /** For the logs: what the work is, never a secret. */
  name: string;
  run: () => Promise<void>;
  /** Whether a failure is worth another attempt; permanent failures are logged and dropped. */
  isTransient: (error: unknown) => boolean;
}

const CONCURRENCY = 2;
/** Past this many tasks not yet finished, new ones are refused (503) rather than held in memory. */
export const MAX_PENDING = 1_000;
const ATTEMPTS = 3;
const RETRY_DELAY_MS = 500;

/**
 * Work done after the response: the caller answers at once, whatever the work will find, so the
 * answer's timing tells nothing about it (a password reset for a known email takes as long as for
 * an unknown one). Bounded: CONCURRENCY tasks at a time, MAX_PENDING in all, transient failures
 * retried; at shutdown, pending tasks get a third of SHUTDOWN_TIMEOUT_MS (before the database and
 * mail connections close) and whatever is left then is logged as dropped.
 */
@Injectable()
export class AfterResponseWorker implements BeforeApplicationShutdown {
  private readonly logger = new Logger(AfterResponseWorker.name);
  private readonly queue: AfterResponseTask[] = [];
  private running = 0;
  private idle: Array<() => void> = [];

  constructor(private readonly config: AppConfig) {}

  get pending(): number {
    return this.queue.length + this.running;
  }

  /** Accepts the task or throws 503 with Retry-After when too much is pending. Never runs it before returning. */
  enqueue(task: AfterResponseTask): void {
    if (this.pending >= MAX_PENDING) {
      throw ProblemException.of(503, ProblemType.serviceUnavailable, 'Too many requests are being processed right now. Retry shortly.', {
        retry_after: 5,
      });
    }
    this.queue.push(task);
    // On a later turn of the event loop: the response goes out before any of the work is done.
    setImmediate(() => this.startNext());
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.pending === 0) return;
    const budgetMs = this.config.shutdownTimeoutMs / 3;
    const drained = new Promise<'drained'>((resolve) => this.idle.push(() => resolve('drained')));
    const late = sleep(budgetMs, 'late' as const, { ref: false });
    if ((await Promise.race([drained, late])) === 'late') {
      this.logger.error({ msg: 'after-response work dropped at shutdown', pending: this.pending, budgetMs });
    }
  }

  private startNext(): void {
    while (this.running < CONCURRENCY && this.queue.length > 0) {
      const task = this.queue.shift()!;
      this.running += 1;
      void this.attempt(task).finally(() => {
        this.running -= 1;
        this.startNext();
        if (this.pending === 0) for (const resolve of this.idle.splice(0)) resolve();
      });
    }
  }

  private async attempt(task: AfterResponseTask): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await task.run();
        return;
      } catch (error) {
        const retry = attempt < ATTEMPTS && task.isTransient(error);
        const message = (error as Error).message;
        this.logger.error({ msg: retry ? `${task.name} failed; retrying` : `${task.name} failed`, attempt, error: message });
        if (!retry) return;
        await sleep(RETRY_DELAY_MS * attempt, undefined, { ref: false });
      }
    }
  }
}
