import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { ProblemException } from '../common/problem.exception';
import { ProblemType } from '../common/problem-details';
import { AfterResponseWorker } from '../common/after-response-worker';
import { AppConfig } from '../config/app-config';
import { MailDeliveryError, MailService } from '../mail/mail.service';
import type { ClientInfo } from '../security-events/security-event-record';
import { SecurityEventType } from '../security-events/security-event-type';
import { SecurityEventsService } from '../security-events/security-events.service';
import { UsersService } from '../users/users.service';
import type { User } from '../users/user.entity';
import type { ActionPurpose } from './action-token.entity';
import { ActionTokenRepository } from './action-token.repository';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Email verification and password reset: single-use, expiring tokens sent by mail, stored hashed. */
@Injectable()
export class AccountTokensService {
  constructor(
    private readonly tokens: ActionTokenRepository,
    private readonly users: UsersService,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly afterResponse: AfterResponseWorker,
    private readonly securityEvents: SecurityEventsService,
  ) {}

  async requestEmailVerification(user: User): Promise<void> {
    this.assertMailConfigured();
    if (user.isVerified) {
      throw ProblemException.of(409, ProblemType.conflict, `${user.email} is already verified.`);
    }
    const { token, expiresAt } = await this.create(user, 'verify_email', this.config.emailVerificationTtlSeconds);
    await this.mail.sendEmailVerification(user.email, user.fullName, token, expiresAt);
  }

  async confirmEmailVerification(token: string, client: ClientInfo): Promise<User> {
    const row = await this.tokens.consume(hash(token), 'verify_email');
    // The token proves one address: after an email change it no longer applies.
    if (!row || !row.email || !(await this.users.markVerified(row.userId, row.email))) throw invalidActionToken();
    this.securityEvents.record({ type: SecurityEventType.EmailVerified, userId: row.userId, client, detail: { email: row.email } });
    return (await this.users.findById(row.userId))!;
  }

  /**
   * Always succeeds from the caller's view: whether the email exists is never revealed, not even
   * by the time the answer takes. The lookup, the token and the mail happen after the response.
   */
  requestPasswordReset(email: string): void {
    // Refused for every email alike, before any lookup: it reveals nothing.
    this.assertMailConfigured();
    this.afterResponse.enqueue({
      name: 'password reset mail',
      run: () => this.mailPasswordReset(email),
      // A refusal by the mail server (5xx) will not change on retry; a lost connection may.
      isTransient: (error) => !(error instanceof MailDeliveryError && (error.responseCode ?? 0) >= 500),
    });
  }

  private async mailPasswordReset(email: string): Promise<void> {
    const user = await this.users.findByEmail(email);
    if (!user || user.isActive === false) return;
    const { token, expiresAt } = await this.create(user, 'reset_password', this.config.passwordResetTtlSeconds);
    await this.mail.sendPasswordReset(user.email, user.fullName, token, expiresAt);
  }

  async confirmPasswordReset(token: string, newPassword: string, client: ClientInfo): Promise<void> {
    // A password the policy refuses must not burn the token: check it before consuming.
    const pending = await this.tokens.findUsable(hash(token), 'reset_password');
    const owner = pending ? await this.users.findById(pending.userId) : null;
    if (!owner || owner.isActive === false) throw invalidActionToken();
    this.users.assertPasswordAcceptable(newPassword, owner.email, owner.fullName, 'new_password');
    const row = await this.tokens.consume(hash(token), 'reset_password');
    if (!row) throw invalidActionToken();
    const user = await this.users.setPassword(owner, newPassword);
    this.securityEvents.record({ type: SecurityEventType.PasswordReset, userId: user.id, client });
    await this.mail.sendPasswordChanged(user.email, user.fullName).catch(() => undefined);
  }

  /** A token nobody can receive is not worth making; the client learns why at once. */
  private assertMailConfigured(): void {
    if (!this.mail.configured) {
      throw ProblemException.of(
        503,
        ProblemType.mailUnavailable,
        'This server cannot send mail (it is not configured), so account mails cannot be sent.',
      );
    }
  }

  cleanupExpired(): Promise<number> {
    return this.tokens.cleanupExpired();
  }

  private async create(user: User, purpose: ActionPurpose, ttlSeconds: number) {
    await this.tokens.voidOutstanding(user.id, purpose);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
    await this.tokens.insert({ userId: user.id, purpose, tokenHash: hash(token), email: user.email, expiresAt });
    return { token, expiresAt };
  }
}

function invalidActionToken(): ProblemException {
  return ProblemException.of(400, ProblemType.invalidToken, 'The token is invalid, expired or already used.');
}
