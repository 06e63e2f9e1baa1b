import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';

interface Window {
  failures: number;
  startedAt: number;
}

const MAX_TRACKED = 100_000;

/**
 * Slows password guessing. Failures are counted per account and per client IP in a window of
 * LOGIN_LOCKOUT; past the limit, attempts are refused (429) until the window ends. A stranger can
 * therefore hold a victim's account for one window at most, and a correct password from the
 * victim's own IP is still let through while only the account counter is full: what locks an
 * account out is the combination of many failures *and* a client that keeps failing.
 * Counters live in this instance's memory.
 */
@Injectable()
export class LoginThrottleService {
  private readonly byAccount = new Map<string, Window>();
  private readonly byIp = new Map<string, Window>();

  constructor(private readonly config: AppConfig) {}

  /** Seconds until the next attempt is allowed, or 0 when it may go ahead. */
  retryAfter(email: string, ip: string): number {
    const { maxFailuresPerAccount, maxFailuresPerIp } = this.config.loginThrottle;
    const ipWait = this.wait(this.byIp, ip, maxFailuresPerIp);
    if (ipWait > 0) return ipWait;
    const accountWait = this.wait(this.byAccount, email, maxFailuresPerAccount);
    // The account is hot: only clients that have themselves failed against it are held back.
    return accountWait > 0 && this.wait(this.byIp, `${ip}|${email}`, 1) > 0 ? accountWait : 0;
  }

  recordFailure(email: string, ip: string): void {
    for (const [map, key] of [
      [this.byAccount, email],
      [this.byIp, ip],
      [this.byIp, `${ip}|${email}`],
    ] as const) {
      this.bump(map, key);
    }
  }

  recordSuccess(email: string, ip: string): void {
    this.byAccount.delete(email);
    this.byIp.delete(`${ip}|${email}`);
  }

  private wait(map: Map<string, Window>, key: string, limit: number): number {
    const window = map.get(key);
    if (!window) return 0;
    const remainingMs = window.startedAt + this.config.loginThrottle.lockoutSeconds * 1000 - Date.now();
    if (remainingMs <= 0) {
      map.delete(key);
      return 0;
    }
    return window.failures >= limit ? Math.ceil(remainingMs / 1000) : 0;
  }

  private bump(map: Map<string, Window>, key: string): void {
    const now = Date.now();
    const window = map.get(key);
    if (window && now - window.startedAt < this.config.loginThrottle.lockoutSeconds * 1000) {
      window.failures += 1;
      return;
    }
    if (map.size >= MAX_TRACKED) map.delete(map.keys().next().value!);
    map.set(key, { failures: 1, startedAt: now });
  }
}
