import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';

/** Linux's USER_HZ: /proc reports CPU time in these ticks, 100 on every mainstream kernel. */
const CLOCK_TICKS_PER_SECOND = 100;

/**
 * CPU a process has used so far, in seconds, or null where /proc is missing (not Linux). The sum
 * of its threads' run time from schedstat (nanoseconds) where the kernel has it: /proc/<pid>/stat
 * counts in 10 ms ticks, too coarse for the short slices that pair logging on and off.
 */
export function processCpuSeconds(pid: number): number | null {
  return threadsRunSeconds(pid) ?? tickSeconds(pid);
}

function threadsRunSeconds(pid: number): number | null {
  let threads: string[];
  try {
    threads = readdirSync(`/proc/${pid}/task`);
  } catch {
    return null;
  }
  let nanoseconds = 0;
  for (const thread of threads) {
    try {
      nanoseconds += Number(readFileSync(`/proc/${pid}/task/${thread}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // no schedstat (kernel without CONFIG_SCHED_INFO), or the thread ended meanwhile
      if (!existsSync(`/proc/${pid}/task/${thread}`)) continue;
      return null;
    }
  }
  return nanoseconds / 1e9;
}

/** User + system time from /proc/<pid>/stat, in ticks of 1/USER_HZ. */
function tickSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces: count fields from after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** A client backend's title: `postgres: [cluster: ]user database host(port) state`. */
const CLIENT_BACKEND = /^postgres: (?:[^:]*: )?\S+ (\S+) (?:\S+\(\d+\)|\[local\])/;

/**
 * CPU seconds so far of every PostgreSQL process on this machine (read from /proc, so the server
 * must run here) except client backends of other databases: other sessions' tests on a shared
 * server must not count. Shared processes (WAL writer, checkpointer, autovacuum) count whatever
 * they serve. Keyed by pid, so a backend that starts during a measurement is counted from zero.
 */
export function postgresCpuSeconds(database: string): Map<number, number> | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const seconds = new Map<number, number>();
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) !== 'postgres') continue;
      const title = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      const backendOf = CLIENT_BACKEND.exec(title)?.[1];
      if (backendOf !== undefined && backendOf !== database) continue;
      const cpu = processCpuSeconds(Number(pid));
      if (cpu !== null) seconds.set(Number(pid), cpu);
    } catch {
      // the process ended meanwhile
    }
  }
  return seconds;
}

/** A client backend's TCP peer port, from its title (`… 127.0.0.1(54321) idle`); none for Unix sockets. */
const CLIENT_PORT = / \S+\((\d+)\) /;

/**
 * The client port of each client backend of `database` (pid → port): a backend serves the
 * connection from that port, so it can be put down to the process holding the port's socket.
 */
export function postgresClientPorts(database: string): Map<number, number> {
  const ports = new Map<number, number>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return ports;
  }
  for (const pid of pids) {
    try {
      const title = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      if (CLIENT_BACKEND.exec(title)?.[1] !== database) continue;
      const port = CLIENT_PORT.exec(title)?.[1];
      if (port !== undefined) ports.set(Number(pid), Number(port));
    } catch {
      // the process ended meanwhile
    }
  }
  return ports;
}

/**
 * Local ports of the TCP sockets process `pid` holds connected to `remotePort` (its database
 * connections): its open file descriptors give the sockets' inodes, /proc/net/tcp{,6} their ports.
 */
export function connectedLocalPorts(pid: number, remotePort: number): Set<number> {
  const inodes = new Set<string>();
  try {
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      try {
        const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
        if (target.startsWith('socket:[')) inodes.add(target.slice(8, -1));
      } catch {
        // closed meanwhile
      }
    }
  } catch {
    return new Set();
  }
  const ports = new Set<number>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let lines: string[];
    try {
      lines = readFileSync(table, 'utf8').split('\n').slice(1);
    } catch {
      continue;
    }
    for (const line of lines) {
      // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode …
      const fields = line.trim().split(/\s+/);
      if (fields.length < 10 || !inodes.has(fields[9])) continue;
      const portOf = (address: string): number => parseInt(address.slice(address.lastIndexOf(':') + 1), 16);
      if (portOf(fields[2]) === remotePort) ports.add(portOf(fields[1]));
    }
  }
  return ports;
}

/** CPU spent between two postgresCpuSeconds() samples (processes that ended meanwhile are lost). */
export function cpuSpentBetween(before: Map<number, number> | null, after: Map<number, number> | null): number | null {
  if (!before || !after) return null;
  let spent = 0;
  for (const [pid, seconds] of after) spent += seconds - (before.get(pid) ?? 0);
  return spent;
}

function cpuTicks(): { busy: number; total: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
    const ticks = line.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal ...: idle and iowait are the idle ones.
    const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
    const total = ticks.reduce((sum, n) => sum + n, 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

/**
 * Share of all cores busy over `ms` while the bench itself sits idle: other work on the machine
 * (a test run, a build) skews every row. The load average would mostly show our own build.
 */
export async function busyShare(ms: number): Promise<number | null> {
  const before = cpuTicks();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = cpuTicks();
  if (!before || !after || after.total === before.total) return null;
  return (after.busy - before.busy) / (after.total - before.total);
}
