import { SMTPServer } from 'smtp-server';

/** One message as the sink received it; `text` and `html` are the decoded bodies. */
export interface SinkMessage {
  /** Envelope recipients (RCPT TO), lower-cased as given. */
  to: string[];
  /** The From header as sent (display name and address). */
  from: string;
  subject: string;
  text: string;
  html: string;
  /** The user the client authenticated as, if it did. */
  user: string | null;
  raw: string;
}

/**
 * A real SMTP server on 127.0.0.1 for tests: what the service sends arrives here over the wire.
 * Plain text only (STARTTLS off) and any credentials accepted, so `smtp://u:p@127.0.0.1:PORT` works.
 */
export class SmtpSink {
  readonly messages: SinkMessage[] = [];
  /** While true, every message is refused with 550: for testing how senders cope. */
  failDeliveries = false;
  private readonly waiters = new Set<(message: SinkMessage) => void>();
  private readonly server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username ?? 'anonymous' }),
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (this.failDeliveries) {
          callback(Object.assign(new Error('Mailbox unavailable (test sink told to fail)'), { responseCode: 550 }));
          return;
        }
        const message = parseMessage(Buffer.concat(chunks).toString('utf8'));
        const received: SinkMessage = {
          ...message,
          to: session.envelope.rcptTo.map((address) => address.address),
          user: typeof session.user === 'string' ? session.user : null,
        };
        this.messages.push(received);
        for (const waiter of this.waiters) waiter(received);
        callback();
      });
    },
  });
  url = '';

  async start(): Promise<{ url: string }> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    const address = this.server.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    this.url = `smtp://127.0.0.1:${port}`;
    return { url: this.url };
  }

  /** The first message (already received or arriving within the timeout) that matches. */
  waitFor(predicate: (message: SinkMessage) => boolean, timeoutMs = 5_000): Promise<SinkMessage> {
    const found = this.messages.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const waiter = (message: SinkMessage) => {
        if (!predicate(message)) return;
        clearTimeout(timer);
        this.waiters.delete(waiter);
        resolve(message);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const seen = this.messages.map((message) => `${message.to.join(',')}: ${message.subject}`).join('; ') || 'none';
        reject(new Error(`no matching mail within ${timeoutMs} ms (received: ${seen})`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** A started sink (convenience for beforeAll). */
export async function startSmtpSink(): Promise<SmtpSink> {
  const sink = new SmtpSink();
  await sink.start();
  return sink;
}

/** The first `token=` query value in a body, decoded: what a user clicking the link would send. */
export function tokenFromMail(message: Pick<SinkMessage, 'text'>): string | null {
  const match = /[?&]token=([^\s&"<>]+)/.exec(message.text);
  return match ? decodeURIComponent(match[1]) : null;
}

// --- a minimal MIME reader: enough for what nodemailer sends (multipart, QP, base64) ---

interface Part {
  headers: Map<string, string>;
  body: string;
}

function splitPart(raw: string): Part {
  const match = /\r?\n\r?\n/.exec(raw);
  const head = match ? raw.slice(0, match.index) : raw;
  const body = match ? raw.slice(match.index + match[0].length) : '';
  const headers = new Map<string, string>();
  // Unfolding (RFC 5322 §2.2.3): a line break followed by white space continues the header.
  for (const line of head.replace(/\r?\n(?=[ \t])/g, '').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function decodeQuotedPrintable(body: string): string {
  const unfolded = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < unfolded.length; i++) {
    const hex = unfolded[i] === '=' ? unfolded.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(unfolded[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodeBody(part: Part): string {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body);
  if (encoding === 'base64') return Buffer.from(part.body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return part.body;
}

/** =?UTF-8?Q?…?= and =?UTF-8?B?…?= words, as nodemailer writes non-ASCII headers. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_word, _charset: string, kind: string, data: string) =>
      kind.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    );
}

function collectBodies(part: Part, into: { text: string; html: string }): void {
  const contentType = part.headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (/^multipart\//i.test(contentType) && boundary) {
    const sections = part.body.split(`--${boundary}`).slice(1);
    for (const section of sections) {
      if (section.startsWith('--')) break; // the closing delimiter
      collectBodies(splitPart(section.replace(/^\r?\n/, '')), into);
    }
  } else if (/^text\/html/i.test(contentType)) {
    into.html ||= decodeBody(part);
  } else if (/^text\/plain/i.test(contentType)) {
    into.text ||= decodeBody(part);
  }
}

export function parseMessage(raw: string): Omit<SinkMessage, 'to' | 'user'> {
  const root = splitPart(raw);
  const bodies = { text: '', html: '' };
  collectBodies(root, bodies);
  return {
    from: decodeHeader(root.headers.get('from') ?? ''),
    subject: decodeHeader(root.headers.get('subject') ?? ''),
    text: bodies.text,
    html: bodies.html,
    raw,
  };
}
