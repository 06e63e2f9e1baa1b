import { Injectable } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppConfig } from '../config/app-config';
import { WindowCounterFactory, type WindowCount, type WindowCounters } from '../limits/window-counters';
import { passwordChecksBusy } from './password-hasher.service';

/** How long an attempt held back by others in flight waits for them before it is told to retry. */
const CLAIM_WAIT_MS = 3_000;
/** Between looks at the counters while waiting (plus as much again at random, so waiters spread). */
const CLAIM_RETRY_MS = 20;
const PENDING_WINDOW_SECONDS = 60;

/**
 * Slows password guessing, at login and wherever a signed-in user's password is asked again
 * (PasswordConfirmation). Failures are counted per account and per client IP in a window of
 * LOGIN_LOCKOUT; past the limit, attempts are refused (429) until the window ends. A stranger can
 * therefore hold a victim's account for one window at most, and a correct password from the
 * victim's own IP is still let through while only the account counter is full: what locks an
 * account out is the combination of many failures *and* a client that keeps failing.
 *
 * Behind a proxy without TRUST_PROXY every client has the proxy's address, and that distinction
 * is lost; LOGIN_ACCOUNT_MAX_FAILURES, a generous limit on one account's failures from anyone,
 * still bounds the guesses per account then.
 *
 * With Redis the counters are shared by every instance (N instances allow the guesses one does);
 * without it each instance counts on its own.
 */
@Injectable()
export class LoginThrottleService {
  private readonly failures: WindowCounters;
  /** Attempts whose password is being compared; a claim a crashed process held ends with the window. */
  private readonly pending: WindowCounters;

  constructor(
    private readonly config: AppConfig,
    counters: WindowCounterFactory,
  ) {
    this.failures = counters.create('login', config.loginThrottle.lockoutSeconds);
    this.pending = counters.create('login-pending', PENDING_WINDOW_SECONDS);
  }

  /**
   * Seconds until the next attempt is allowed, or 0 when it may go ahead (read only: whether the
   * failure just recorded locked the account, for the security log).
   */
  async retryAfter(email: string, ip: string): Promise<number> {
    return this.decide(await Promise.all(this.keys(email, ip).map((key) => this.failures.get(key))));
  }

  /**
   * Claims one attempt before the password is checked. Checking the counts and counting a failure
   * after the comparison let a burst of parallel guesses all be compared; so an attempt in flight
   * counts as a failure-to-be (`pending`, one atomic step per counter) until it ends, and one goes
   * ahead only while failures plus attempts in flight are under the limits. An attempt held back
   * only by others in flight (the right password sent by many parallel clients, say) waits for
   * them, up to CLAIM_WAIT_MS, and is then told to retry in a second; one held back by failures is
   * refused at once. Answers the seconds to wait when refused for failures, else 0; every claim
   * that went ahead ends with recordFailure, recordSuccess or releaseAttempt.
   */
  async claimAttempt(email: string, ip: string): Promise<number> {
    const keys = this.keys(email, ip);
    const deadline = Date.now() + CLAIM_WAIT_MS;
    for (;;) {
      const inFlight = await Promise.all(keys.map((key) => this.pending.add(key)));
      const failures = await Promise.all(keys.map((key) => this.failures.get(key)));
      const throttled = this.decide(failures);
      const together = failures.map((failed, i) => ({ count: failed.count + inFlight[i].count - 1, secondsLeft: failed.secondsLeft || 1 }));
      if (throttled === 0 && this.decide(together) === 0) return 0;
      await this.releaseAttempt(email, ip);
      if (throttled > 0) return throttled;
      if (Date.now() >= deadline) throw passwordChecksBusy();
      await sleep(CLAIM_RETRY_MS + Math.floor(Math.random() * CLAIM_RETRY_MS));
    }
  }

  /** The claimed attempt failed: counted as a failure before its claim goes (the sum never dips). */
  async recordFailure(email: string, ip: string): Promise<void> {
    await Promise.all(this.keys(email, ip).map((key) => this.failures.add(key)));
    await this.releaseAttempt(email, ip);
  }

  /** The claimed attempt succeeded: the account and this client's failures against it are forgiven. */
  async recordSuccess(email: string, ip: string): Promise<void> {
    const [, account, pair] = this.keys(email, ip);
    await Promise.all([this.failures.reset(account), this.failures.reset(pair)]);
    await this.releaseAttempt(email, ip);
  }

  /** Runs the password check of a claimed attempt; a check that fails to run (busy, database away) gives the claim back. */
  async checkClaimed<T>(email: string, ip: string, check: () => Promise<T>): Promise<T> {
    try {
      return await check();
    } catch (error) {
      await this.releaseAttempt(email, ip);
      throw error;
    }
  }

  /** The claimed attempt ended without a verdict on the password (the check was busy, say). */
  async releaseAttempt(email: string, ip: string): Promise<void> {
    await Promise.all(this.keys(email, ip).map((key) => this.pending.remove(key)));
  }

  private decide([byIp, byAccount, byPair]: WindowCount[]): number {
    const limits = this.config.loginThrottle;
    if (reached(byIp, limits.maxFailuresPerIp)) return byIp.secondsLeft;
    if (reached(byAccount, limits.maxFailuresPerAccountFromAnyone)) return byAccount.secondsLeft;
    // The account is hot: only clients that have themselves failed against it are held back.
    return reached(byAccount, limits.maxFailuresPerAccount) && reached(byPair, 1) ? byAccount.secondsLeft : 0;
  }

  private keys(email: string, ip: string): string[] {
    return [`ip:${ip}`, `account:${email}`, `pair:${ip}|${email}`];
  }
}

function reached(count: WindowCount, limit: number): boolean {
  return count.count >= limit;
}
