import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { runLoad, type LoadRequest } from './load';
import { connectedLocalPorts, postgresClientPorts, postgresCpuSeconds } from './machine';
import type { RunningServer } from './servers';

/** Target (issue 17): usage logging adds at most 10 % to the total CPU per request. */
const LOGGING_CPU_TARGET = 0.1;

/** Server + PostgreSQL CPU per 2xx response in one slice, ms. */
export interface SliceCpu {
  serverMs: number;
  postgresMs: number;
  responses: number;
}

export interface LoggingCostPair {
  on: SliceCpu;
  off: SliceCpu;
  /** PostgreSQL's shared processes (WAL writer, checkpointer, autovacuum…) in the slice, ms per request of both servers. */
  sharedPostgresMs: number;
  /** Which of the two servers was started first (see PairedServers.startedFirst). */
  startedFirst: 'on' | 'off';
}

/** The two servers compared, the request both get, and the database whose PostgreSQL CPU counts. */
export interface PairedServers {
  on: RunningServer;
  off: RunningServer;
  requestFor: (server: RunningServer) => LoadRequest;
  databaseName: string;
  /** PostgreSQL's TCP port: a server's connections to it say which backends serve that server. */
  databasePort: number;
  /**
   * Which server of the pair was started first. In five A/A runs whichever it was paid more per
   * request in the slices (docs/performance.md, ninth round), so the bench measures two pairs, one
   * started in each order, and their slices take turns.
   */
  startedFirst: 'on' | 'off';
}

export interface LoggingCostOptions {
  connections: number;
  /**
   * Requests per second to each server. At full load a server's CPU per request moves with how
   * much CPU the load generator and PostgreSQL leave it on a shared machine (fewer requests per
   * event-loop turn cost more each): ±20 % between slices of one server. At a fixed rate below
   * saturation both servers do the same work in the same rhythm.
   */
  rate: number;
  pairs: number;
  sliceSeconds: number;
  /**
   * Idle time inside each slice's CPU window after its load stops: the records of the slice's
   * last second are still queued, and their INSERT must count in this slice, not the next one
   * (the bench waits USAGE_FLUSH_INTERVAL_MS and half a second more).
   */
  settleMs: number;
}

/**
 * Usage logging's CPU cost, paired as closely as a shared machine allows: the servers with
 * logging on and off are loaded at the same time, at the same fixed rate, in short slices; each
 * slice gives one ratio. Whatever else the machine does in a slice (another process waking up,
 * a slower core, a checkpoint) falls on both servers alike, where taking turns put it on
 * whichever ran then: ±0.07 ms per request between turns, as large as logging's whole cost.
 * The median slice resists the disturbances that still hit one server more than the other
 * (a garbage collection, autovacuum).
 */
export async function measureLoggingCost(pairsOfServers: readonly PairedServers[], options: LoggingCostOptions): Promise<LoggingCostPair[]> {
  const lastCore = cpus().length - 1;
  const pids = pairsOfServers.flatMap((servers) => [servers.on.pid, servers.off.pid]);
  const pinned = pin(pids, String(lastCore));
  try {
    return await measurePairs(pairsOfServers, options);
  } finally {
    if (pinned) pin(pids, `0-${lastCore}`);
  }
}

/**
 * Puts every thread of these processes on the given cores (util-linux's taskset); false where
 * that cannot be done. On one shared core the two servers meet the same caches and the same
 * interruptions, wherever the scheduler would have put each of them beside the load generator.
 */
function pin(pids: number[], cores: string): boolean {
  try {
    for (const pid of pids) execFileSync('taskset', ['--all-tasks', '--pid', '--cpu-list', cores, String(pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function measurePairs(pairsOfServers: readonly PairedServers[], options: LoggingCostOptions): Promise<LoggingCostPair[]> {
  const pairs: LoggingCostPair[] = [];
  for (let pair = 0; pair < options.pairs; pair++) {
    // The pairs take turns slice by slice, so a start order's cost lands on as many slices each way.
    const servers = pairsOfServers[pair % pairsOfServers.length];
    const { on, off, requestFor, databaseName } = servers;
    const cpuBefore = [on.cpuSeconds(), off.cpuSeconds()];
    const pgBefore = postgresCpuSeconds(databaseName);
    // A fixed number of requests, not a duration: at a fixed rate autocannon's duration ran one
    // server 3 s and the other 4 s in some slices, and the one left alone for the last second paid
    // less per request (+0.03 ms on − off from that alone).
    const load = {
      connections: options.connections,
      durationSeconds: options.sliceSeconds,
      overallRate: options.rate,
      amount: options.rate * options.sliceSeconds,
    };
    // Both load generators share this process and their timers fire in the order they were
    // started, so one server's requests always arrive first in each tick; the order alternates
    // between slices so that neither server always takes the first request of a tick.
    const onFirst = Math.floor(pair / pairsOfServers.length) % 2 === 0;
    const first = runLoad(requestFor(onFirst ? on : off), load);
    const second = runLoad(requestFor(onFirst ? off : on), load);
    const [firstSample, secondSample] = await Promise.all([first, second]);
    const [onSample, offSample] = onFirst ? [firstSample, secondSample] : [secondSample, firstSample];
    await sleep(options.settleMs);
    const cpuAfter = [on.cpuSeconds(), off.cpuSeconds()];
    const postgres = postgresCpuBy(servers, pgBefore, postgresCpuSeconds(databaseName));
    for (const server of [on, off]) {
      if (!server.alive()) throw new Error(`${server.label} exited while logging's cost was measured:\n${server.tail()}`);
    }
    if (cpuBefore.includes(null) || cpuAfter.includes(null) || postgres === null || onSample.ok === 0 || offSample.ok === 0) continue;
    const spent = (i: number): number => (cpuAfter[i]! - cpuBefore[i]!) * 1000;
    // Each server is half of PostgreSQL's load here, so each carries half of its shared processes.
    const shared = postgres.sharedMs / 2;
    const measured: LoggingCostPair = {
      on: { serverMs: spent(0) / onSample.ok, postgresMs: (postgres.onMs + shared) / onSample.ok, responses: onSample.ok },
      off: { serverMs: spent(1) / offSample.ok, postgresMs: (postgres.offMs + shared) / offSample.ok, responses: offSample.ok },
      sharedPostgresMs: postgres.sharedMs / (onSample.ok + offSample.ok),
      startedFirst: servers.startedFirst,
    };
    pairs.push(measured);
    const shown = (s: SliceCpu): string => `${s.serverMs.toFixed(3)} + ${s.postgresMs.toFixed(3)} ms/req (${s.responses})`;
    process.stderr.write(
      `  usage logging's cost, pair ${pair + 1}/${options.pairs} (${servers.startedFirst} started first): on ${shown(measured.on)}, off ${shown(measured.off)}, ` +
        `PostgreSQL's shared processes ${measured.sharedPostgresMs.toFixed(3)} ms/req\n`,
    );
  }
  return pairs;
}

/**
 * PostgreSQL's CPU between two samples, by whom it served: the client backends of each server
 * (matched by the ports of the server's own connections) and the processes every session shares.
 * Null when the logging-on server's connections cannot be found: its backends would then pass for
 * shared ones and half of logging's database cost would go to the other server unseen.
 */
function postgresCpuBy(
  { on, off, databaseName, databasePort }: PairedServers,
  before: Map<number, number> | null,
  after: Map<number, number> | null,
): { onMs: number; offMs: number; sharedMs: number } | null {
  if (!before || !after) return null;
  const onPorts = connectedLocalPorts(on.pid, databasePort);
  const offPorts = connectedLocalPorts(off.pid, databasePort);
  if (onPorts.size === 0) return null;
  const clientPorts = postgresClientPorts(databaseName);
  const split = { onMs: 0, offMs: 0, sharedMs: 0 };
  for (const [pid, seconds] of after) {
    const ms = (seconds - (before.get(pid) ?? 0)) * 1000;
    const port = clientPorts.get(pid);
    if (port !== undefined && onPorts.has(port)) split.onMs += ms;
    else if (port !== undefined && offPorts.has(port)) split.offMs += ms;
    else split.sharedMs += ms;
  }
  return split;
}

const total = (slice: SliceCpu): number => slice.serverMs + slice.postgresMs;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** What logging adds to the total CPU per request, by the median pair; null without pairs. */
export function loggingCostSummary(pairs: LoggingCostPair[]) {
  if (pairs.length === 0) return null;
  const added = pairs.map((pair) => total(pair.on) / total(pair.off) - 1);
  return {
    pairs: pairs.length,
    added: median(added),
    lowest: Math.min(...added),
    highest: Math.max(...added),
    totalOnMs: median(pairs.map((pair) => total(pair.on))),
    totalOffMs: median(pairs.map((pair) => total(pair.off))),
    serverAddedMs: median(pairs.map((pair) => pair.on.serverMs - pair.off.serverMs)),
    postgresAddedMs: median(pairs.map((pair) => pair.on.postgresMs - pair.off.postgresMs)),
    sharedPostgresMs: median(pairs.map((pair) => pair.sharedPostgresMs)),
  };
}

export function formatLoggingCostPairs(scenario: string, pairs: LoggingCostPair[], options: LoggingCostOptions): string[] {
  const summary = loggingCostSummary(pairs);
  if (!summary) return [`usage logging CPU, ${scenario}, paired slices: no complete pair (no /proc?)`];
  const pct = (share: number): string => `${(share * 100).toFixed(1)} %`;
  return [
    `usage logging CPU, ${scenario}: ${summary.pairs} slices of ${options.sliceSeconds} s, logging on and off loaded at once at ` +
      `${options.rate} req/s each (CPU windows include ${options.settleMs} ms after the load for the last batch's INSERT; ` +
      `PostgreSQL's client backends count for the server whose connection they serve, its shared processes ` +
      `(${summary.sharedPostgresMs.toFixed(3)} ms/req) half for each):`,
    `  server + PostgreSQL ${summary.totalOnMs.toFixed(3)} vs ${summary.totalOffMs.toFixed(3)} ms/req (medians); ` +
      `logging adds ${summary.serverAddedMs.toFixed(3)} ms server, ${summary.postgresAddedMs.toFixed(3)} ms PostgreSQL (median differences)`,
    `  logging adds ${pct(summary.added)} (median slice; slices ranged ${pct(summary.lowest)} to ${pct(summary.highest)}) ` +
      `${summary.added <= LOGGING_CPU_TARGET ? 'PASS' : 'FAIL'} (<= 10 % target)`,
    ...byStartOrder(pairs, pct),
  ];
}

/** The median slice of each pair on its own: how far the start order moves the figure. */
function byStartOrder(pairs: LoggingCostPair[], pct: (share: number) => string): string[] {
  const orders = (['on', 'off'] as const)
    .map((first) => ({ first, summary: loggingCostSummary(pairs.filter((pair) => pair.startedFirst === first)) }))
    .filter((order) => order.summary !== null);
  if (orders.length < 2) return [];
  const shown = orders.map(({ first, summary }) => `${pct(summary!.added)} with logging ${first} started first (${summary!.pairs} slices)`);
  return [`  by start order: ${shown.join(', ')}`];
}
