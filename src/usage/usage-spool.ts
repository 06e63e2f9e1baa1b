import { randomBytes } from 'node:crypto';
import { closeSync, fdatasyncSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { processAlive } from '../common/process-alive';
import { isUsageRecord, type UsageRecord } from './usage-record';

/** A published spool file: complete and never written again. The name carries its record count. */
const PUBLISHED = /^usage-[\w-]+-n(\d+)\.jsonl$/;
/** A published file some process took for replay: `<published>.claim-<host>-<pid>-<token>`. */
const CLAIMED = /^(usage-[\w-]+-n(\d+)\.jsonl)\.claim-(.+)-(\d+)-([0-9a-f]+)$/;

export interface SpoolFile {
  name: string;
  records: number;
}

/** Who this spool speaks for: a process. Tests give two spools in one process distinct pids. */
export interface SpoolOwner {
  pid: number;
  isAlive: (pid: number) => boolean;
}

export interface SpoolContents {
  records: UsageRecord[];
  /** Lines that were not a valid record (a damaged file): reported, never replayed. */
  skipped: number;
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/**
 * Usage records on disk while the database cannot take them: JSON lines in a directory that
 * several processes may share.
 *
 * - Each spill is its own file, written under a `.tmp` name, fsync'd, then renamed into place:
 *   a `*.jsonl` file is always complete and never appended to, so anyone may take it.
 * - Replay first claims a file by renaming it to a name carrying this process's identity. A
 *   rename succeeds for one process only, so two processes never replay the same file. Claims of
 *   a process that died (same host, pid gone — or our own pid from an earlier life, as in a
 *   container where the app is always pid 1) are taken over.
 * - A file is deleted once every record in it was written. A crash between the write and the
 *   delete replays it again; the records' ids make that repeat a no-op in the database.
 *
 * Claims made on another host are never taken over (its pids cannot be checked here).
 */
export class UsageSpool {
  private readonly host = hostname();
  private readonly token = randomBytes(4).toString('hex');
  private readonly claimSuffix: string;
  private sequence = 0;
  /** Files this process wrote (not yet seen claimed) or claimed, with their record counts. */
  private readonly held = new Map<string, number>();
  private dirReady: Promise<unknown> | null = null;

  private readonly pid: number;
  private readonly isAlive: (pid: number) => boolean;

  constructor(
    readonly dir: string,
    owner: Partial<SpoolOwner> = {},
  ) {
    this.pid = owner.pid ?? process.pid;
    this.isAlive = owner.isAlive ?? processAlive;
    this.claimSuffix = `.claim-${this.host}-${this.pid}-${this.token}`;
  }

  /** Records in the files this process wrote or holds for replay. */
  get records(): number {
    let total = 0;
    for (const count of this.held.values()) total += count;
    return total;
  }

  /** Writes the records as one new file, durably (data and directory entry fsync'd). */
  async write(records: UsageRecord[]): Promise<void> {
    if (records.length === 0) return;
    await this.ensureDir();
    const { name, temporary, body } = this.newFile(records);
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(body);
      await handle.datasync();
    } catch (error) {
      await handle.close();
      await rm(temporary, { force: true });
      throw error;
    }
    await handle.close();
    await rename(temporary, join(this.dir, name));
    this.held.set(name, records.length);
    await this.syncDir();
  }

  /**
   * The same file as `write`, without the event loop: for the moment the process is exiting (a
   * forced exit, a second signal, an uncaught exception) when no promise will ever settle again.
   */
  writeSync(records: UsageRecord[]): void {
    if (records.length === 0) return;
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const { name, temporary, body } = this.newFile(records);
    const fd = openSync(temporary, 'wx', 0o600);
    try {
      writeFileSync(fd, body);
      fdatasyncSync(fd);
    } catch (error) {
      closeSync(fd);
      rmSync(temporary, { force: true });
      throw error;
    }
    closeSync(fd);
    renameSync(temporary, join(this.dir, name));
    this.held.set(name, records.length);
    try {
      const dirFd = openSync(this.dir, 'r');
      try {
        fsyncSync(dirFd);
      } finally {
        closeSync(dirFd);
      }
    } catch {
      // best effort, as in syncDir
    }
  }

  private newFile(records: UsageRecord[]): { name: string; temporary: string; body: string } {
    const name = `usage-${Date.now()}-${this.pid}-${this.token}-${++this.sequence}-n${records.length}.jsonl`;
    let body = '';
    for (const record of records) body += `${JSON.stringify(record)}\n`;
    return { name, temporary: join(this.dir, `${name}.tmp`), body };
  }

  /**
   * Claims every file waiting for replay (published ones, and claims of dead processes) and
   * returns all the files this process now holds claimed, including earlier unfinished ones.
   */
  async claim(): Promise<SpoolFile[]> {
    const heldBefore = [...this.held.keys()];
    // No directory, nothing to replay: it is only made when something must be spooled (so
    // pglite://memory writes nothing to disk).
    const present = new Set(await readdir(this.dir).catch((error: unknown) => (isMissing(error) ? [] : Promise.reject(error as Error))));
    for (const name of present) {
      const published = PUBLISHED.exec(name);
      if (published) {
        await this.takeOver(name, name, Number(published[1]));
        continue;
      }
      const claimed = CLAIMED.exec(name);
      if (claimed && !name.endsWith(this.claimSuffix) && this.isStale(claimed[3], Number(claimed[4]), claimed[5])) {
        await this.takeOver(name, claimed[1], Number(claimed[2]));
      }
    }
    // Our own files that were gone before we looked were claimed by another process.
    for (const name of heldBefore) if (!present.has(name)) this.held.delete(name);
    return [...this.held].filter(([name]) => name.endsWith(this.claimSuffix)).map(([name, records]) => ({ name, records }));
  }

  async read(file: SpoolFile): Promise<SpoolContents> {
    const text = await readFile(join(this.dir, file.name), 'utf8');
    const records: UsageRecord[] = [];
    let skipped = 0;
    for (const line of text.split('\n')) {
      if (line === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        value = undefined;
      }
      if (isUsageRecord(value)) records.push(value);
      else skipped++;
    }
    return { records, skipped };
  }

  /** Called once every record of the file is in the database. */
  async remove(file: SpoolFile): Promise<void> {
    await rm(join(this.dir, file.name), { force: true });
    this.held.delete(file.name);
  }

  private async takeOver(current: string, published: string, records: number): Promise<void> {
    const mine = `${published}${this.claimSuffix}`;
    this.held.delete(current);
    try {
      await rename(join(this.dir, current), join(this.dir, mine));
      this.held.set(mine, records);
    } catch (error) {
      if (!isMissing(error)) throw error; // another process claimed it first
    }
  }

  private isStale(host: string, pid: number, token: string): boolean {
    if (host !== this.host) return false;
    if (pid === this.pid) return token !== this.token;
    return !this.isAlive(pid);
  }

  private ensureDir(): Promise<unknown> {
    this.dirReady ??= mkdir(this.dir, { recursive: true, mode: 0o700 }).catch((error: unknown) => {
      this.dirReady = null;
      throw error;
    });
    return this.dirReady;
  }

  /** Makes the rename itself durable; not every platform can fsync a directory. */
  private async syncDir(): Promise<void> {
    try {
      const handle = await open(this.dir, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch {
      // best effort
    }
  }
}
