/**
 * The account mails, as plain text and simple HTML. Pure (no Nest imports) so that Jest can
 * render them; MailService only fills in the configuration and sends the result.
 */

export const PRODUCT_NAME = 'AI Error Translator';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export interface TokenMailInput {
  /** The web front end, without a trailing slash (AppConfig.mail.appUrl). */
  appUrl: string;
  fullName: string | null;
  token: string;
  expiresAt: Date;
}

export interface NoticeMailInput {
  appUrl: string;
  fullName: string | null;
  changedAt?: Date;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}

/** "2025-03-01 14:05 UTC": unambiguous whatever the reader's time zone. */
export function formatUtc(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** Tokens are base64url today, but the link must stay intact whatever alphabet they use. */
export function tokenLink(appUrl: string, path: string, token: string): string {
  return `${appUrl}${path}?token=${encodeURIComponent(token)}`;
}

/** A name with line breaks could fake extra lines in the text body; one line is all it needs. */
function greetingName(fullName: string | null): string | null {
  const name = fullName?.replace(/\s+/g, ' ').trim();
  return name ? name : null;
}

function textGreeting(fullName: string | null): string {
  const name = greetingName(fullName);
  return name ? `Hello ${name},` : 'Hello,';
}

function htmlGreeting(fullName: string | null): string {
  const name = greetingName(fullName);
  return name ? `Hello ${escapeHtml(name)},` : 'Hello,';
}

function htmlDocument(subject: string, paragraphs: string[]): string {
  const body = paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n');
  return `<!doctype html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>\n<body style="font-family: sans-serif; line-height: 1.5">\n${body}\n</body></html>\n`;
}

interface TokenMailWording {
  subject: string;
  path: string;
  purpose: string;
  action: string;
  ignore: string;
}

function tokenMail(input: TokenMailInput, wording: TokenMailWording): RenderedMail {
  const link = tokenLink(input.appUrl, wording.path, input.token);
  const expires = formatUtc(input.expiresAt);
  const text = [
    textGreeting(input.fullName),
    '',
    `${wording.purpose} Open this link to ${wording.action}:`,
    '',
    link,
    '',
    `Or enter this code: ${input.token}`,
    '',
    `The link expires at ${expires} and works once.`,
    '',
    wording.ignore,
    '',
    `— ${PRODUCT_NAME}`,
    '',
  ].join('\n');
  const html = htmlDocument(wording.subject, [
    htmlGreeting(input.fullName),
    `${escapeHtml(wording.purpose)} <a href="${escapeHtml(link)}">Click here to ${escapeHtml(wording.action)}</a>.`,
    `Or enter this code: <code>${escapeHtml(input.token)}</code>`,
    `The link expires at ${escapeHtml(expires)} and works once.`,
    escapeHtml(wording.ignore),
    `— ${PRODUCT_NAME}`,
  ]);
  return { subject: wording.subject, text, html };
}

export function renderEmailVerification(input: TokenMailInput): RenderedMail {
  return tokenMail(input, {
    subject: `Verify your email for ${PRODUCT_NAME}`,
    path: '/verify-email',
    purpose: `Please confirm that this address belongs to your ${PRODUCT_NAME} account.`,
    action: 'verify your email',
    ignore: `If you did not create an ${PRODUCT_NAME} account or change its email, ignore this message.`,
  });
}

export function renderPasswordReset(input: TokenMailInput): RenderedMail {
  return tokenMail(input, {
    subject: `Reset your ${PRODUCT_NAME} password`,
    path: '/reset-password',
    purpose: `Someone asked to reset the password of your ${PRODUCT_NAME} account.`,
    action: 'choose a new password',
    ignore: 'If this was not you, ignore this message: your password stays as it is.',
  });
}

/** A security notice: no token, and a pointer to act if the change was not the user's. */
export function renderPasswordChanged(input: NoticeMailInput): RenderedMail {
  const subject = `Your ${PRODUCT_NAME} password was changed`;
  const when = formatUtc(input.changedAt ?? new Date());
  const changed = `The password of your ${PRODUCT_NAME} account was changed at ${when}. Every session signed in before then has been signed out.`;
  const ifNotYou = 'If this was you, ignore this message.';
  const act = `If it was not you, reset your password right away from the sign-in page at ${input.appUrl} and review your API keys.`;
  const text = [textGreeting(input.fullName), '', changed, '', ifNotYou, act, '', `— ${PRODUCT_NAME}`, ''].join('\n');
  const html = htmlDocument(subject, [
    htmlGreeting(input.fullName),
    escapeHtml(changed),
    `${escapeHtml(ifNotYou)} ${escapeHtml(act).replace(escapeHtml(input.appUrl), `<a href="${escapeHtml(input.appUrl)}">${escapeHtml(input.appUrl)}</a>`)}`,
    `— ${PRODUCT_NAME}`,
  ]);
  return { subject, text, html };
}

/** Confirmation that an account and its data are gone: a notice, no link to follow. */
export function renderAccountDeleted(input: NoticeMailInput): RenderedMail {
  const subject = `Your ${PRODUCT_NAME} account was deleted`;
  const when = formatUtc(input.changedAt ?? new Date());
  const deleted = `Your ${PRODUCT_NAME} account was deleted at ${when}, with its API keys, sessions and usage history. Any paid subscription was cancelled.`;
  const ifNotYou = `If this was not you, reply to this message: the deletion needed your password.`;
  const text = [textGreeting(input.fullName), '', deleted, '', ifNotYou, '', `— ${PRODUCT_NAME}`, ''].join('\n');
  const html = htmlDocument(subject, [htmlGreeting(input.fullName), escapeHtml(deleted), escapeHtml(ifNotYou), `— ${PRODUCT_NAME}`]);
  return { subject, text, html };
}
