import { Injectable } from '@nestjs/common';
import { ProblemException } from '../common/problem.exception';
import { AppConfig } from '../config/app-config';
import { LimitsProblemType } from '../limits/limits-problems';
import { WindowCounterFactory, type WindowCounters } from '../limits/window-counters';

const EVERYONE = 'all';

/**
 * Sign-ups per client address and in all, per SIGNUP_WINDOW, counted before any hashing: each
 * sign-up costs a bcrypt hash, and a flood of them must neither fill the database with accounts
 * nor take the hashing capacity logins need. Shared through Redis when configured.
 */
@Injectable()
export class SignupThrottle {
  private readonly perIp: WindowCounters;
  private readonly global: WindowCounters;

  constructor(
    counters: WindowCounterFactory,
    private readonly config: AppConfig,
  ) {
    const { windowSeconds } = config.signupLimits;
    this.perIp = counters.create('signup:ip', windowSeconds);
    this.global = counters.create('signup:all', windowSeconds);
  }

  /** Counts the attempt, or throws 429 with Retry-After when the address or everyone is over. */
  async admit(ip: string): Promise<void> {
    const limits = this.config.signupLimits;
    const fromIp = await this.perIp.add(ip);
    if (fromIp.count > limits.perIp) {
      throw tooManySignups(`this address may create ${limits.perIp} accounts`, fromIp.secondsLeft);
    }
    const overall = await this.global.add(EVERYONE);
    if (overall.count > limits.global) {
      throw tooManySignups(`the service accepts ${limits.global} new accounts`, overall.secondsLeft);
    }
  }
}

function tooManySignups(what: string, retryAfterSeconds: number): ProblemException {
  return ProblemException.of(429, LimitsProblemType.rateLimited, `Too many sign-ups: ${what} per window. Retry in ${retryAfterSeconds} s.`, {
    retry_after: retryAfterSeconds,
  });
}
