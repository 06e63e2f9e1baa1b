import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { WindowCounterFactory, type WindowCount, type WindowCounters } from '../limits/window-counters';

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

  constructor(
    private readonly config: AppConfig,
    counters: WindowCounterFactory,
  ) {
    this.failures = counters.create('login', config.loginThrottle.lockoutSeconds);
  }

  /** Seconds until the next attempt is allowed, or 0 when it may go ahead. */
  async retryAfter(email: string, ip: string): Promise<number> {
    const limits = this.config.loginThrottle;
    const [byIp, byAccount, byPair] = await Promise.all(this.keys(email, ip).map((key) => this.failures.get(key)));
    if (reached(byIp, limits.maxFailuresPerIp)) return byIp.secondsLeft;
    if (reached(byAccount, limits.maxFailuresPerAccountFromAnyone)) return byAccount.secondsLeft;
    // The account is hot: only clients that have themselves failed against it are held back.
    return reached(byAccount, limits.maxFailuresPerAccount) && reached(byPair, 1) ? byAccount.secondsLeft : 0;
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await Promise.all(this.keys(email, ip).map((key) => this.failures.add(key)));
  }

  async recordSuccess(email: string, ip: string): Promise<void> {
    const [, account, pair] = this.keys(email, ip);
    await Promise.all([this.failures.reset(account), this.failures.reset(pair)]);
  }

  private keys(email: string, ip: string): string[] {
    return [`ip:${ip}`, `account:${email}`, `pair:${ip}|${email}`];
  }
}

function reached(count: WindowCount, limit: number): boolean {
  return count.count >= limit;
}
