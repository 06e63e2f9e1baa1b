import { Injectable } from '@nestjs/common';
import { ProblemException } from '../common/problem.exception';
import { ProblemType } from '../common/problem-details';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordHasher } from './password-hasher.service';
import type { User } from './user.entity';
import { UserRepository } from './user.repository';

/**
 * The signed-in user's password asked again (changing it, deleting the account). A stolen
 * session must not become a way around the login limits: wrong answers count as failed logins of
 * the account from that address, and past the limits the check is refused with the login's own
 * 429 before any comparison is made.
 */
@Injectable()
export class PasswordConfirmation {
  constructor(
    private readonly users: UserRepository,
    private readonly passwords: PasswordHasher,
    private readonly throttle: LoginThrottleService,
  ) {}

  /** The user (with the password hash) when the password matches, else null. */
  async confirm(userId: string, password: string, ip: string): Promise<User | null> {
    const user = await this.users.findWithPasswordById(userId);
    if (!user) return null;
    const wait = await this.throttle.claimAttempt(user.email, ip);
    if (wait > 0) throw tooManyAttempts(wait);
    const hash = user.hashedPassword;
    const matches = hash ? await this.throttle.checkClaimed(user.email, ip, () => this.passwords.compare(password, hash)) : false;
    if (matches) {
      await this.throttle.recordSuccess(user.email, ip);
      return user;
    }
    await this.throttle.recordFailure(user.email, ip);
    return null;
  }
}

/** The 429 of every password check past the login limits, login included. */
export function tooManyAttempts(retryAfterSeconds: number): ProblemException {
  return ProblemException.of(429, ProblemType.tooManyAttempts, `Too many failed logins; try again in ${retryAfterSeconds} s.`, {
    retry_after: retryAfterSeconds,
  });
}
