import { createConnection, createServer, type Server, type Socket } from 'node:net';

/**
 * A loopback TCP proxy in front of the database: `cut()` drops every connection and refuses
 * new ones (the database "goes away"), `restore()` lets them through again.
 */
export class TcpProxy {
  private readonly sockets = new Set<Socket>();
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
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream);
      upstream.on('data', (chunk: Buffer) => {
        if (this.latencyMs === 0) client.write(chunk);
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
    for (const timer of this.delayed) clearTimeout(timer);
    this.delayed.clear();
    for (const socket of this.sockets) socket.destroy();
  }

  restore(): void {
    this.down = false;
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
