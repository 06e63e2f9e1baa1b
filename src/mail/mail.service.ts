import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { renderAccountDeleted, renderEmailVerification, renderPasswordChanged, renderPasswordReset, type RenderedMail } from './mail-templates';
import { createMailTransport, MailDeliveryError, type MailTransport } from './mail-transport';

export { MailDeliveryError } from './mail-transport';

/** The account mails. Delivery failures are logged and rethrown as MailDeliveryError for the caller to decide. */
@Injectable()
export class MailService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly transport: MailTransport;

  constructor(private readonly config: AppConfig) {
    this.transport = createMailTransport(config.mail.smtpUrl, (entry) => this.logger.log(entry), config.nodeEnv === 'production');
  }

  /** False in production without SMTP_URL: routes that exist to send a mail refuse up front. */
  get configured(): boolean {
    return this.transport.kind !== 'none';
  }

  onModuleInit(): void {
    if (!this.configured) {
      this.logger.warn({ msg: 'SMTP_URL is not set: account mails are not sent; verification and password-reset requests answer 503' });
    }
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }

  sendEmailVerification(to: string, fullName: string | null, token: string, expiresAt: Date): Promise<void> {
    return this.deliver(to, renderEmailVerification({ appUrl: this.config.mail.appUrl, fullName, token, expiresAt }));
  }

  sendPasswordReset(to: string, fullName: string | null, token: string, expiresAt: Date): Promise<void> {
    return this.deliver(to, renderPasswordReset({ appUrl: this.config.mail.appUrl, fullName, token, expiresAt }));
  }

  /** Security notice after a change or reset; carries no token. */
  sendPasswordChanged(to: string, fullName: string | null): Promise<void> {
    return this.deliver(to, renderPasswordChanged({ appUrl: this.config.mail.appUrl, fullName }));
  }

  /** Confirmation of an account deletion, sent to the address the account had. */
  sendAccountDeleted(to: string, fullName: string | null, deletedAt: Date): Promise<void> {
    return this.deliver(to, renderAccountDeleted({ appUrl: this.config.mail.appUrl, fullName, changedAt: deletedAt }));
  }

  private async deliver(to: string, mail: RenderedMail): Promise<void> {
    try {
      await this.transport.send({ from: this.config.mail.from, to, ...mail });
    } catch (error) {
      const failure = error instanceof MailDeliveryError ? error : new MailDeliveryError(to, error);
      // The subject and the transport's reason only: the body holds the token.
      this.logger.error({
        msg: 'mail delivery failed',
        to,
        subject: mail.subject,
        error: failure.message,
        code: failure.code,
        responseCode: failure.responseCode,
      });
      throw failure;
    }
  }
}
