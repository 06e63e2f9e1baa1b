import { createConnection, createServer, type Server, type Socket } from 'node:net';

/** One proxied connection; `startup` is its first bytes (PostgreSQL's startup message names the application). */
interface Link {
  client: Socket;
  upstream: Socket;
  startup: string;
  held: Array<{ to: Socket; chunk: Buffer }>;
}

/**
 * A loopback TCP proxy in front of the database: `cut()` drops every connection and refuses
 * new ones (the database "goes away"), `restore()` lets them through again. `stall()` holds
 * every byte without closing anything (a hung server, a black-holed network) until `resume()`.
 */
export class TcpProxy {
  private readonly sockets = new Set<Socket>();
  private readonly links = new Set<Link>();
  /** Connections whose startup bytes contain this are stalled; null: none. */
  private stallMatch: string | null = null;
  /** Whether a stall holds only what the database sends back (its queries still run). */
  private repliesOnly = false;
  private readonly delayed = new Set<NodeJS.Timeout>();
  private server: Server | null = null;
  private down = false;
  port = 0;
  /** Delay added to every chunk coming back from the database: a slow network or a busy server. */
  latencyMs = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  /** A started proxy in front of the server a postgres:// URL points at. */
  static forDatabase(databaseUrl: string): Promise<TcpProxy> {
    const target = new URL(databaseUrl);
    return new TcpProxy(target.hostname, Number(target.port || 5432)).start();
  }

  async start(): Promise<this> {
    this.server = createServer((client) => {
      if (this.down) {
        client.destroy();
        return;
      }
      const upstream = createConnection({ host: this.targetHost, port: this.targetPort });
      const link: Link = { client, upstream, startup: '', held: [] };
      this.links.add(link);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => {
          this.sockets.delete(socket);
          this.links.delete(link);
        });
        socket.on('error', () => socket.destroy());
      }
      client.on('data', (chunk: Buffer) => {
        if (link.startup === '') link.startup = chunk.toString('latin1');
        if (this.isStalled(link) && !this.repliesOnly) link.held.push({ to: upstream, chunk });
        else upstream.write(chunk);
      });
      upstream.on('data', (chunk: Buffer) => {
        if (this.isStalled(link)) link.held.push({ to: client, chunk });
        else if (this.latencyMs === 0) client.write(chunk);
        else {
          const timer = setTimeout(() => {
            this.delayed.delete(timer);
            if (client.writable) client.write(chunk);
          }, this.latencyMs);
          this.delayed.add(timer);
        }
      });
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
    return this;
  }

  cut(): void {
    this.down = true;
    this.stallMatch = null;
    for (const timer of this.delayed) clearTimeout(timer);
    this.delayed.clear();
    for (const socket of this.sockets) socket.destroy();
  }

  restore(): void {
    this.down = false;
  }

  /**
   * Holds the bytes of every connection (or only those whose startup message contains `match`,
   * such as an application_name), existing and new, in both directions, closing nothing.
   */
  stall(match = ''): void {
    this.stallMatch = match;
    this.repliesOnly = false;
  }

  /**
   * Like `stall`, but lets queries through and holds only the answers: a query runs now and its
   * result arrives whenever `resume()` is called, after anything that happened meanwhile.
   */
  holdReplies(match = ''): void {
    this.stallMatch = match;
    this.repliesOnly = true;
  }

  /** How many chunks the database sent that are being held. */
  get heldReplies(): number {
    let count = 0;
    for (const link of this.links) count += link.held.filter(({ to }) => to === link.client).length;
    return count;
  }

  /** Delivers what was held, in order, and lets bytes flow again. */
  resume(): void {
    this.stallMatch = null;
    for (const link of this.links) {
      for (const { to, chunk } of link.held.splice(0)) if (to.writable) to.write(chunk);
    }
  }

  private isStalled(link: Link): boolean {
    return this.stallMatch !== null && link.startup.includes(this.stallMatch);
  }

  get openConnections(): number {
    return this.sockets.size / 2;
  }

  async stop(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** Rewrites a postgres:// URL to go through the proxy. */
export function throughProxy(databaseUrl: string, proxy: TcpProxy): string {
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(proxy.port);
  return url.toString();
}
