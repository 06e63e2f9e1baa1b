/**
 * The HTTP plumbing the fake LLM providers share: a node:http server on 127.0.0.1 with an
 * ephemeral port that records every request and answers with a programmable reply, optionally
 * late (to trip timeouts) or never finishing the body (to trip a deadline that covers it).
 */
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path and query, e.g. `/v1/chat/completions`. */
  path: string;
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  body: unknown;
}

export interface HttpReply {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

/** How a reply is delivered, on top of what it says. */
export interface ReplyTiming {
  /** Wait this long before sending anything. */
  delayMs?: number;
  /** Send the headers and the first bytes of the body, then hang until the client gives up. */
  stallBody?: boolean;
}

export abstract class FakeLlmServer {
  readonly requests: RecordedRequest[] = [];
  private readonly server: Server;
  private readonly timers = new Set<NodeJS.Timeout>();

  protected constructor() {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(error));
      });
    });
  }

  protected abstract route(request: RecordedRequest): { reply: HttpReply; timing: ReplyTiming };

  protected async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** `http://127.0.0.1:PORT`, no trailing slash. */
  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get lastRequest(): RecordedRequest {
    const last = this.requests.at(-1);
    if (!last) throw new Error('the fake server has received no request');
    return last;
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try {
      body = rawBody ? JSON.parse(rawBody) : undefined;
    } catch {
      body = undefined;
    }
    const recorded: RecordedRequest = {
      method: req.method ?? '',
      path: req.url ?? '',
      headers: req.headers,
      rawBody,
      body,
    };
    this.requests.push(recorded);

    const { reply, timing } = this.route(recorded);
    const send = (): void => {
      if (res.destroyed) return;
      const headers = { 'content-type': 'application/json', ...reply.headers };
      if (timing.stallBody) {
        res.writeHead(reply.status, headers);
        res.write(reply.body.slice(0, Math.min(16, reply.body.length)));
        return; // never ends: close() or the client's abort tears the socket down
      }
      res.writeHead(reply.status, { ...headers, 'content-length': String(Buffer.byteLength(reply.body)) });
      res.end(reply.body);
    };
    if (timing.delayMs && timing.delayMs > 0) {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        send();
      }, timing.delayMs);
      this.timers.add(timer);
      res.once('close', () => {
        clearTimeout(timer);
        this.timers.delete(timer);
      });
    } else {
      send();
    }
  }
}

export function json(status: number, body: unknown, headers?: Record<string, string>): HttpReply {
  return { status, body: JSON.stringify(body), headers };
}

let counter = 0;
/** Provider-looking ids: `chatcmpl-…`, `msg_…`, `toolu_…`. */
export function fakeId(prefix: string): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${counter.toString(36).padStart(6, '0')}`;
}
