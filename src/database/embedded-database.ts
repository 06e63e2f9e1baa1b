import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { mkdirSync } from 'node:fs';

export interface EmbeddedEndpoint {
  host: string;
  port: number;
}

/**
 * PGlite (PostgreSQL compiled to WebAssembly) served over the PostgreSQL wire protocol on a
 * loopback port, so the app, the migrations and the CLI use exactly the same `pg` driver and SQL
 * as against a real server. PGlite is a single session; the socket server multiplexes our few
 * connections onto it and keeps a transaction's statements together.
 */
export class EmbeddedDatabase {
  private static readonly running = new Map<string, Promise<EmbeddedDatabase>>();

  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    readonly endpoint: EmbeddedEndpoint,
    private readonly key: string,
  ) {}

  /** One server per data directory and process: a directory must never be opened twice. */
  static start(dataDir: string | null): Promise<EmbeddedDatabase> {
    const key = dataDir ?? `memory:${EmbeddedDatabase.running.size}:${Date.now()}:${Math.random()}`;
    let started = EmbeddedDatabase.running.get(key);
    if (!started) {
      started = EmbeddedDatabase.boot(dataDir, key);
      EmbeddedDatabase.running.set(key, started);
      started.catch(() => EmbeddedDatabase.running.delete(key));
    }
    return started;
  }

  private static async boot(dataDir: string | null, key: string): Promise<EmbeddedDatabase> {
    if (dataDir) mkdirSync(dataDir, { recursive: true });
    const db = await PGlite.create(dataDir ?? 'memory://');
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 32 });
    await server.start();
    const [host, port] = server.getServerConn().split(':');
    return new EmbeddedDatabase(db, server, { host: host!, port: Number(port) }, key);
  }

  async stop(): Promise<void> {
    EmbeddedDatabase.running.delete(this.key);
    await this.server.stop();
    await this.db.close();
  }
}
