import { createTransport } from 'nodemailer';

/**
 * How mail leaves the process: SMTP when SMTP_URL is set, else the log (the documented
 * development behaviour) — except in production, where a logged mail would put live tokens in the
 * logs: there, without SMTP_URL, mail is not sent at all. No Nest imports, so Jest can drive it
 * against a real SMTP server.
 */

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface LoggedMail {
  msg: string;
  to: string;
  subject: string;
  text: string;
}

export interface MailTransport {
  readonly kind: 'smtp' | 'log' | 'none';
  /** Rejects with MailDeliveryError only. */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** Sending failed (server down, refused, timed out). The message never holds the mail's content. */
export class MailDeliveryError extends Error {
  override name = 'MailDeliveryError';
  /** SMTP reply code when the server refused (e.g. 550), else undefined. */
  readonly responseCode: number | undefined;
  /** Nodemailer's error code (ECONNECTION, ETIMEDOUT, EAUTH, EENVELOPE, EMESSAGE…). */
  readonly code: string | undefined;

  constructor(to: string, cause: unknown) {
    const details = cause as { message?: string; code?: string; responseCode?: number };
    super(`Could not send mail to ${to}: ${details?.message ?? String(cause)}`, { cause });
    this.code = details?.code;
    this.responseCode = details?.responseCode;
  }
}

export const LOGGED_MAIL_MSG = 'mail (no SMTP_URL: logged, not sent)';

/**
 * Nodemailer's defaults (2 min to connect, 10 min of socket silence) would hold a request
 * hostage; these are bounds for a transactional mail. The URL's query overrides them, as it
 * does any transport option (smtp://u:p@host:587?connectionTimeout=30000&ignoreTLS=true).
 */
const SMTP_DEFAULTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

export function createMailTransport(smtpUrl: string | null, log: (entry: LoggedMail) => void, production = false): MailTransport {
  if (!smtpUrl && production) {
    return {
      kind: 'none',
      send: async ({ to }) => {
        throw new MailDeliveryError(to, new Error('mail is not configured (SMTP_URL is not set)'));
      },
      close: () => undefined,
    };
  }
  if (!smtpUrl) {
    return {
      kind: 'log',
      send: async ({ to, subject, text }) => log({ msg: LOGGED_MAIL_MSG, to, subject, text }),
      close: () => undefined,
    };
  }
  const transporter = createTransport({ ...SMTP_DEFAULTS, url: smtpUrl });
  return {
    kind: 'smtp',
    send: async (mail) => {
      try {
        // Quoted-printable keeps the text readable on the wire (and the token findable in it).
        await transporter.sendMail({ ...mail, textEncoding: 'quoted-printable' });
      } catch (error) {
        throw new MailDeliveryError(mail.to, error);
      }
    },
    close: () => transporter.close(),
  };
}
