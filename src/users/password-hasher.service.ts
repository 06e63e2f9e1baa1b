import { Injectable } from '@nestjs/common';
import * as bcrypt from 'bcrypt';
import { ProblemException } from '../common/problem.exception';
import { ProblemType } from '../common/problem-details';
import { AppConfig } from '../config/app-config';
import { MAX_PASSWORD_BYTES } from './password-policy';

/** Logins verify a password; sign-ups and password changes hash a new one. */
type Priority = 'verify' | 'hash';

interface Waiting {
  start: () => void;
}

/**
 * Every bcrypt hash and comparison goes through here. bcrypt runs on libuv's thread pool (four
 * threads), so a burst of logins would otherwise put four CPU-bound hashes beside the event loop
 * and, on a small machine, take the CPU every other request needs. At most
 * PASSWORD_HASH_CONCURRENCY run at once (default: one fewer than the cores); up to
 * PASSWORD_HASH_QUEUE_LIMIT more wait their turn, and beyond that the caller gets a 503 with
 * Retry-After at once, before any work is done.
 *
 * Comparisons (logins) go first: a free slot always takes a waiting comparison before a waiting
 * hash, and waiting hashes do not count against a comparison's room in the queue. So a flood of
 * sign-ups can delay a login by at most the hashes already running, and never turn it away.
 */
@Injectable()
export class PasswordHasher {
  /** Running plus waiting: past this, callers are turned away. */
  private readonly capacity: number;
  private readonly concurrency: number;
  private readonly rounds: number;
  private running = 0;
  private readonly waiting: Record<Priority, Waiting[]> = { verify: [], hash: [] };

  constructor(config: AppConfig) {
    const { concurrency, queueLimit } = config.passwordHashing;
    this.concurrency = concurrency;
    this.capacity = concurrency + queueLimit;
    this.rounds = config.bcryptRounds;
  }

  hash(password: string): Promise<string> {
    return this.run('hash', () => bcrypt.hash(password, this.rounds));
  }

  /**
   * bcrypt reads only the first 72 bytes: a longer password would match every password sharing
   * them. The policy never stores one, so a longer one never matches (compared all the same, so
   * its answer takes as long as any other wrong password's).
   */
  async compare(password: string, hash: string): Promise<boolean> {
    const matches = await this.run('verify', () => bcrypt.compare(password, hash));
    return matches && Buffer.byteLength(password, 'utf8') <= MAX_PASSWORD_BYTES;
  }

  private async run<T>(priority: Priority, work: () => Promise<T>): Promise<T> {
    const ahead = this.running + this.waiting.verify.length + (priority === 'hash' ? this.waiting.hash.length : 0);
    if (ahead >= this.capacity) throw passwordChecksBusy();
    if (this.running >= this.concurrency) {
      await new Promise<void>((start) => this.waiting[priority].push({ start }));
    } else {
      this.running += 1;
    }
    try {
      return await work();
    } finally {
      this.handOver();
    }
  }

  /** The finished work's slot passes straight to the next in line (comparisons first), or is freed. */
  private handOver(): void {
    const next = this.waiting.verify.shift() ?? this.waiting.hash.shift();
    if (next) next.start();
    else this.running -= 1;
  }
}

/** The 503 of a password check that cannot start now (the pool is full, or too many for one account are in flight). */
export function passwordChecksBusy(): ProblemException {
  return ProblemException.of(503, ProblemType.serviceUnavailable, 'Too many password checks are in progress right now. Retry in a second.', {
    retry_after: 1,
  });
}
