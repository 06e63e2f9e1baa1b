import { createServer } from 'node:net';
import { renderEmailVerification, renderPasswordChanged, renderPasswordReset } from '../src/mail/mail-templates';
import { createMailTransport, LOGGED_MAIL_MSG, MailDeliveryError, type LoggedMail, type MailTransport } from '../src/mail/mail-transport';
import { SmtpSink, startSmtpSink, tokenFromMail } from './support/smtp-sink';

const APP_URL = 'https://app.example.test';
const FROM = 'AI Error Translator <no-reply@example.test>';
const EXPIRES = new Date('2031-05-06T07:08:09.000Z');
/** Characters that must be URL-encoded in the link and QP-encoded on the wire. */
const AWKWARD_TOKEN = 'Ab+/=c_d-e~f%g';
const TOKEN = 'kq3J6x_T0ken-WithA-Long-Tail-0123456789abcdefghijklmnopqrstuvwxyz';

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 0;
}

describe('mail over real SMTP', () => {
  let sink: SmtpSink;
  let transport: MailTransport;

  beforeAll(async () => {
    sink = await startSmtpSink();
    transport = createMailTransport(sink.url, () => undefined);
  });

  afterAll(async () => {
    transport?.close();
    await sink?.stop();
  });

  afterEach(() => {
    sink.failDeliveries = false;
  });

  it('delivers the verification mail with its token and link', async () => {
    const mail = renderEmailVerification({ appUrl: APP_URL, fullName: 'Ada Lovelace', token: TOKEN, expiresAt: EXPIRES });
    expect(transport.kind).toBe('smtp');
    await transport.send({ from: FROM, to: 'ada@example.test', ...mail });

    const received = await sink.waitFor((message) => message.to.includes('ada@example.test'));
    expect(received.subject).toBe('Verify your email for AI Error Translator');
    expect(received.from).toContain('no-reply@example.test');
    expect(tokenFromMail(received)).toBe(TOKEN);
    expect(received.text).toContain(`${APP_URL}/verify-email?token=${TOKEN}`);
    expect(received.text).toContain(`code: ${TOKEN}`);
    expect(received.text).toContain('2031-05-06 07:08 UTC');
    expect(received.text).toContain('Hello Ada Lovelace,');
    expect(received.text).toMatch(/ignore this message/);
    expect(received.html).toContain(`href="${APP_URL}/verify-email?token=${TOKEN}"`);
    // The long link line was soft-wrapped on the wire: the sink's decoder put it back together.
    expect(received.raw).toContain('=\r\n');
  });

  it('delivers the reset mail with a URL-encoded token that decodes back', async () => {
    const mail = renderPasswordReset({ appUrl: APP_URL, fullName: null, token: AWKWARD_TOKEN, expiresAt: EXPIRES });
    await transport.send({ from: FROM, to: 'reset@example.test', ...mail });

    const received = await sink.waitFor((message) => message.to.includes('reset@example.test'));
    expect(received.subject).toBe('Reset your AI Error Translator password');
    expect(received.text).toContain(`${APP_URL}/reset-password?token=${encodeURIComponent(AWKWARD_TOKEN)}`);
    expect(tokenFromMail(received)).toBe(AWKWARD_TOKEN);
    expect(received.text).toContain(`code: ${AWKWARD_TOKEN}`);
    expect(received.text).toContain('Hello,');
    expect(received.text).toContain('2031-05-06 07:08 UTC');
    expect(received.text).toMatch(/If this was not you, ignore this message/);
    // Quoted-printable was used on the wire, so the decoder was exercised.
    expect(received.raw).toMatch(/quoted-printable/i);
  });

  it('delivers the password-changed notice without any token', async () => {
    const mail = renderPasswordChanged({ appUrl: APP_URL, fullName: 'Grace', changedAt: EXPIRES });
    await transport.send({ from: FROM, to: 'grace@example.test', ...mail });

    const received = await sink.waitFor((message) => message.to.includes('grace@example.test'));
    expect(received.subject).toBe('Your AI Error Translator password was changed');
    expect(tokenFromMail(received)).toBeNull();
    expect(received.text).toContain('2031-05-06 07:08 UTC');
    expect(received.text).toMatch(/If it was not you, reset your password/);
  });

  it('HTML-escapes the name', async () => {
    const name = '<script>alert("x")</script> & co';
    const mail = renderEmailVerification({ appUrl: APP_URL, fullName: name, token: TOKEN, expiresAt: EXPIRES });
    expect(mail.html).not.toContain('<script>');
    await transport.send({ from: FROM, to: 'xss@example.test', ...mail });

    const received = await sink.waitFor((message) => message.to.includes('xss@example.test'));
    expect(received.html).not.toContain('<script>');
    expect(received.html).toContain('Hello &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co,');
    // The plain-text part is not HTML: the name appears as typed.
    expect(received.text).toContain(`Hello ${name},`);
  });

  it('keeps a multi-line name on one line of the text body', () => {
    const mail = renderPasswordChanged({ appUrl: APP_URL, fullName: 'Eve\r\nSubject: spoof' });
    expect(mail.text.split('\n')[0]).toBe('Hello Eve Subject: spoof,');
  });

  it('authenticates and honours query options from the URL', async () => {
    const url = sink.url.replace('smtp://', 'smtp://mailer:s3cret@') + '?ignoreTLS=true&connectionTimeout=2000';
    const withAuth = createMailTransport(url, () => undefined);
    try {
      const mail = renderPasswordChanged({ appUrl: APP_URL, fullName: null });
      await withAuth.send({ from: FROM, to: 'auth@example.test', ...mail });
      const received = await sink.waitFor((message) => message.to.includes('auth@example.test'));
      expect(received.user).toBe('mailer');
    } finally {
      withAuth.close();
    }
  });

  it('turns a refusal into MailDeliveryError with the SMTP code, never the content', async () => {
    sink.failDeliveries = true;
    const mail = renderPasswordReset({ appUrl: APP_URL, fullName: null, token: TOKEN, expiresAt: EXPIRES });
    const failure = await transport.send({ from: FROM, to: 'refused@example.test', ...mail }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MailDeliveryError);
    expect((failure as MailDeliveryError).responseCode).toBe(550);
    expect((failure as MailDeliveryError).message).toContain('refused@example.test');
    expect((failure as MailDeliveryError).message).not.toContain(TOKEN);
  });

  it('turns an unreachable server into MailDeliveryError', async () => {
    const unreachable = createMailTransport(`smtp://127.0.0.1:${await closedPort()}`, () => undefined);
    try {
      const mail = renderPasswordChanged({ appUrl: APP_URL, fullName: null });
      const failure = await unreachable.send({ from: FROM, to: 'nobody@example.test', ...mail }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(MailDeliveryError);
      expect((failure as MailDeliveryError).code).toBe('ESOCKET');
    } finally {
      unreachable.close();
    }
  });

  it('waitFor rejects after its timeout when nothing matches', async () => {
    await expect(sink.waitFor((message) => message.to.includes('never@example.test'), 50)).rejects.toThrow(/no matching mail within 50 ms/);
  });
});

describe('mail without SMTP_URL', () => {
  it('writes the mail to the log instead of sending it', async () => {
    const logged: LoggedMail[] = [];
    const transport = createMailTransport(null, (entry) => logged.push(entry));
    expect(transport.kind).toBe('log');
    const mail = renderEmailVerification({ appUrl: APP_URL, fullName: null, token: TOKEN, expiresAt: EXPIRES });
    await transport.send({ from: FROM, to: 'dev@example.test', ...mail });
    expect(logged).toEqual([{ msg: LOGGED_MAIL_MSG, to: 'dev@example.test', subject: mail.subject, text: mail.text }]);
    expect(tokenFromMail(logged[0])).toBe(TOKEN);
  });
});
