import { Injectable } from '@nestjs/common';
import * as bcrypt from 'bcrypt';
import pLimit from 'p-limit';
import { ProblemException } from '../common/problem.exception';
import { ProblemType } from '../common/problem-details';
import { AppConfig } from '../config/app-config';

/**
 * Every bcrypt hash and comparison goes through here. bcrypt runs on libuv's thread pool (four
 * threads), so a burst of logins would otherwise put four CPU-bound hashes beside the event loop
 * and, on a small machine, take the CPU every other request needs. At most
 * PASSWORD_HASH_CONCURRENCY run at once (default: one fewer than the cores); up to
 * PASSWORD_HASH_QUEUE_LIMIT more wait their turn, and beyond that the caller gets a 503 with
 * Retry-After at once, before any work is done.
 */
@Injectable()
export class PasswordHasher {
  private readonly limit: pLimit.Limit;
  /** Running plus waiting: past this, callers are turned away. */
  private readonly capacity: number;
  private readonly rounds: number;

  constructor(config: AppConfig) {
    const { concurrency, queueLimit } = config.passwordHashing;
    this.limit = pLimit(concurrency);
    this.capacity = concurrency + queueLimit;
    this.rounds = config.bcryptRounds;
  }

  hash(password: string): Promise<string> {
    return this.run(() => bcrypt.hash(password, this.rounds));
  }

  compare(password: string, hash: string): Promise<boolean> {
    return this.run(() => bcrypt.compare(password, hash));
  }

  private run<T>(work: () => Promise<T>): Promise<T> {
    if (this.limit.activeCount + this.limit.pendingCount >= this.capacity) return Promise.reject(busy());
    return this.limit(work);
  }
}

function busy(): ProblemException {
  return ProblemException.of(
    503,
    ProblemType.serviceUnavailable,
    'Too many password checks are in progress right now. Retry in a second.',
    { retry_after: 1 },
  );
}
