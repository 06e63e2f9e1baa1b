import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, fstatSync, openSync, readSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processCpuSeconds } from './machine';

/** Compiled layout: dist/bench/servers.js next to dist/src/main.js. */
const REPO_ROOT = join(__dirname, '..', '..');
export const MAIN_JS = join(__dirname, '..', 'src', 'main.js');
export const BASELINE_JS = join(__dirname, 'baseline-server.js');

export interface ServerSpec {
  label: string;
  script: string;
  env: Record<string, string>;
}

export interface RunningServer {
  label: string;
  baseUrl: string;
  pid: number;
  alive(): boolean;
  /** Lines written to stdout so far, so the report can say how much was logged. */
  stdoutLines(): number;
  /** User + system CPU the process has used so far, or null where /proc is missing. */
  cpuSeconds(): number | null;
  /** The last few KB of output, for a failure message. */
  tail(): string;
  stop(): Promise<void>;
}

const started = new Set<ChildProcess>();
const stdoutFiles = new Set<StdoutFile>();

// A bench that crashes must not leave servers holding the port and the database.
process.on('exit', () => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const file of stdoutFiles) file.remove();
});

/**
 * Asks the OS for a free port and passes it as PORT: with LOG_LEVEL=warn our server prints no
 * start-up line to read the port from, and both servers are then treated alike.
 */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The server's stdout goes to a file, not a pipe to this process. Pino writes stdout
 * synchronously and, when a pipe is full, blocks the server's event loop for 100 ms
 * (sonic-boom's EAGAIN retry): with autocannon starving this process of CPU, a pipe read here
 * would measure our harness, not the server. A file never pushes back.
 */
class StdoutFile {
  readonly writeFd: number;
  private readonly readFd: number;
  private counted = 0;
  private lines = 0;
  private removed = false;

  constructor(private readonly path: string) {
    this.writeFd = openSync(path, 'w');
    this.readFd = openSync(path, 'r');
    stdoutFiles.add(this);
  }

  /** The child holds its own copy of the descriptor. */
  closeWriter(): void {
    closeSync(this.writeFd);
  }

  /** Reads only what was appended since the last call: call it outside the measured window. */
  countLines(): number {
    const size = fstatSync(this.readFd).size;
    const buffer = Buffer.allocUnsafe(1 << 20);
    while (this.counted < size) {
      const n = readSync(this.readFd, buffer, 0, Math.min(buffer.length, size - this.counted), this.counted);
      if (n === 0) break;
      for (let i = buffer.indexOf(10); i !== -1 && i < n; i = buffer.indexOf(10, i + 1)) this.lines++;
      this.counted += n;
    }
    return this.lines;
  }

  tail(): string {
    const size = fstatSync(this.readFd).size;
    const length = Math.min(size, 2_000);
    const buffer = Buffer.alloc(length);
    readSync(this.readFd, buffer, 0, length, size - length);
    return buffer.toString('utf8');
  }

  remove(): void {
    if (this.removed) return;
    this.removed = true;
    stdoutFiles.delete(this);
    closeSync(this.readFd);
    rmSync(this.path, { force: true });
  }
}

async function waitUntilLive(baseUrl: string, exited: Promise<unknown>, timeoutMs: number, tail: () => string): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`server exited before listening:\n${tail()}`);
    try {
      const response = await fetch(`${baseUrl}/health/live`);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server did not answer /health/live within ${timeoutMs} ms:\n${tail()}`);
}

export async function startServer(spec: ServerSpec, timeoutMs = 30_000): Promise<RunningServer> {
  const port = await freePort();
  const stdout = new StdoutFile(join(tmpdir(), `aet-bench-${process.pid}-${port}.log`));
  const child = spawn(process.execPath, [spec.script], {
    cwd: REPO_ROOT,
    // Nothing from the bench's own environment leaks in: both servers see only what is listed.
    env: { PATH: process.env.PATH, HOME: process.env.HOME, HOST: '127.0.0.1', PORT: String(port), ...spec.env },
    stdio: ['ignore', stdout.writeFd, 'pipe'],
  });
  stdout.closeWriter();
  started.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => started.delete(child));

  let stderrTail = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderrTail = (stderrTail + chunk.subarray(-2_000).toString('utf8')).slice(-2_000);
  });
  const tail = () => `${stdout.tail()}${stderrTail}`;

  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilLive(baseUrl, exited, timeoutMs, tail);
  } catch (error) {
    child.kill('SIGKILL');
    stdout.remove();
    throw new Error(`${spec.label}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return {
    label: spec.label,
    baseUrl,
    pid: child.pid!,
    alive: () => child.exitCode === null && child.signalCode === null,
    stdoutLines: () => stdout.countLines(),
    cpuSeconds: () => processCpuSeconds(child.pid!),
    tail,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      stdout.remove();
    },
  };
}
