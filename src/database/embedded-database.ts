import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { processAlive } from '../common/process-alive';

const LOCK_FILE = 'aet.lock';

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
    private readonly dataDir: string | null,
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
    if (dataDir) {
      mkdirSync(dataDir, { recursive: true });
      EmbeddedDatabase.lock(dataDir);
    }
    const db = await PGlite.create(dataDir ?? 'memory://').catch((error: unknown) => {
      if (dataDir) EmbeddedDatabase.unlock(dataDir);
      throw error;
    });
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 32 });
    await server.start();
    const [host, port] = server.getServerConn().split(':');
    return new EmbeddedDatabase(db, server, { host: host, port: Number(port) }, key, dataDir);
  }

  async stop(): Promise<void> {
    EmbeddedDatabase.running.delete(this.key);
    await this.server.stop();
    await this.db.close();
    if (this.dataDir) EmbeddedDatabase.unlock(this.dataDir);
  }

  /**
   * PGlite does not guard its directory the way a PostgreSQL server does (postmaster.pid), and two
   * processes writing one directory corrupt it: the app and `manage-db` on ./data, say.
   */
  private static lock(dataDir: string): void {
    const path = join(dataDir, LOCK_FILE);
    const holder = Number.parseInt(EmbeddedDatabase.readLock(path), 10);
    if (Number.isInteger(holder) && holder !== process.pid && processAlive(holder)) {
      throw new Error(
        `the embedded database in ${dataDir} is in use by process ${holder}; stop it first, or point DATABASE_URL at a PostgreSQL server`,
      );
    }
    writeFileSync(path, String(process.pid), { mode: 0o600 });
  }

  private static unlock(dataDir: string): void {
    const path = join(dataDir, LOCK_FILE);
    if (EmbeddedDatabase.readLock(path) === String(process.pid)) rmSync(path, { force: true });
  }

  private static readLock(path: string): string {
    try {
      return readFileSync(path, 'utf8').trim();
    } catch {
      return '';
    }
  }
}
