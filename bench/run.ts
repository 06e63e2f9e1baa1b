/**
 * `npm run bench`: our server against a bare node:http + pg baseline doing the same work, in one
 * run on one machine, so the ratios mean something even where absolute numbers do not.
 *
 * Env: BENCH_DATABASE_URL (recreated!), BENCH_DURATION (measured seconds per row, split over
 * BENCH_ROUNDS turns), BENCH_WARMUP (seconds), BENCH_CONNECTIONS, BENCH_SCENARIOS (substring of
 * scenario names), BENCH_LOGGING_PAIRS and BENCH_LOGGING_SLICE (usage logging's paired CPU slices:
 * how many, seconds each), BENCH_JSON=1 (a JSON summary after the table), BENCH_OURS_ENV (a JSON
 * object of environment variables given to each of our servers, for experiments).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { RulesEngine } from '../src/translator/rules/rules-engine';
import { DEFAULT_USAGE_FLUSH_INTERVAL_MS } from '../src/usage/usage-batching';
import type { LoadRequest } from './load';
import { recreateBenchDatabase, type BenchDatabase } from './database';
import { evaluate, loadCorpus } from './evaluation';
import { busyShare, cpuSpentBetween, postgresCpuSeconds } from './machine';
import { runLoad, summarize, type LoadSample } from './load';
import { formatLoggingCostPairs, measureLoggingCost, type PairedServers } from './logging-cost';
import { formatLimits, formatLoggingCost, formatTable, formatTargets, formatWarnings, type Row } from './report';
import { SCENARIOS, type RequestParts, type Scenario, type ScenarioContext } from './scenarios';
import { BASELINE_JS, MAIN_JS, startServer, type RunningServer, type ServerSpec } from './servers';
import { positiveInt } from './settings';

const settings = {
  databaseUrl: process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/aet_bench',
  durationSeconds: positiveInt('BENCH_DURATION', 10),
  warmupSeconds: positiveInt('BENCH_WARMUP', 2),
  connections: positiveInt('BENCH_CONNECTIONS', 50),
  rounds: positiveInt('BENCH_ROUNDS', 3),
  only: process.env.BENCH_SCENARIOS ?? '',
  json: process.env.BENCH_JSON === '1',
  // 48 slices: the median of 16 moved by about two points between runs of one build (docs/performance.md, eleventh round).
  loggingPairs: positiveInt('BENCH_LOGGING_PAIRS', 48),
  loggingSliceSeconds: positiveInt('BENCH_LOGGING_SLICE', 3),
};

/**
 * After each paired slice's load: half a second over the servers' USAGE_FLUSH_INTERVAL_MS, so that
 * the slice's last records are written inside its window (see LoggingCostOptions).
 */
function loggingSettleMs(): number {
  return Number(oursEnv().USAGE_FLUSH_INTERVAL_MS ?? DEFAULT_USAGE_FLUSH_INTERVAL_MS) + 500;
}
/**
 * The rate of each server in the paired slices, as a share of the slower one's req/s in the rows
 * just measured: both run at once, so together they ask for 70 % of what one could serve alone.
 */
const LOGGING_RATE_SHARE = 0.35;

/** The two rows whose ratio is the cost of usage logging: the same server, logging on and off. */
export const LOGGING_ON = 'ours (LOG_LEVEL=warn)';
export const LOGGING_OFF = 'ours (LOG_LEVEL=warn, USAGE_LOGGING=false)';
/** The same two again, started in the other order: only for logging's paired slices, not in the table. */
const LOGGING_OFF_FIRST = 'ours, logging off, started before its pair';
const LOGGING_ON_SECOND = 'ours, logging on, started after its pair';
const SAME_WORK_BASELINE = 'baseline, same work (node:http + pg)';

/**
 * A server of the run: `baseline` = one of ours' yardsticks; `sameWork` = the one doing ours' work too;
 * `pairOnly` = only in usage logging's paired slices (no row of its own).
 */
type BenchServer = { baseline: boolean; sameWork: boolean; pairOnly?: boolean };

/** The table lists servers in this order; measurement order rotates (see measureScenario). */
/** BENCH_OURS_ENV: settings for every one of our servers (`{"USAGE_BATCH_SIZE":"1000"}`). */
function oursEnv(): Record<string, string> {
  const raw = process.env.BENCH_OURS_ENV;
  if (!raw) return {};
  const parsed: unknown = JSON.parse(raw);
  if (typeof parsed !== 'object' || parsed === null || Object.values(parsed).some((value) => typeof value !== 'string')) {
    throw new Error('BENCH_OURS_ENV must be a JSON object of strings');
  }
  return parsed as Record<string, string>;
}

function serverSpecs(db: BenchDatabase, spoolRoot: string): Array<ServerSpec & BenchServer> {
  // One secret for every server, so a token issued by ours is accepted by all of them.
  const jwtSecret = randomBytes(48).toString('base64');
  const ours = (label: string, logLevel: string, extra: Record<string, string> = {}) => ({
    label,
    script: MAIN_JS,
    baseline: false,
    sameWork: false,
    env: {
      NODE_ENV: 'production',
      DATABASE_URL: db.url,
      LOG_LEVEL: logLevel,
      JWT_SECRET: jwtSecret,
      JWT_ACCESS_TTL: '1h',
      // The limiter and the quota counter still run on every request; they just never refuse one.
      RATE_LIMIT_FREE: '10000000',
      QUOTA_FREE: '1000000000',
      // Each server its own spool directory, out of the repository (it stays empty unless the database fails).
      USAGE_SPOOL_DIR: join(spoolRoot, label.replace(/\W+/g, '-')),
      ...extra,
      // Experiments (docs/performance.md): the same settings for each of our servers, as JSON.
      ...oursEnv(),
    },
  });
  const baselineEnv = {
    DATABASE_URL: db.url,
    POOL_MAX: String(db.pool.max),
    POOL_MIN: String(db.pool.min),
    POOL_IDLE_MS: String(db.pool.idleMs),
    MIGRATION_NAMES: JSON.stringify(db.migrationNames),
    JWT_SECRET: jwtSecret,
  };
  return [
    { label: 'baseline (node:http + pg)', script: BASELINE_JS, baseline: true, sameWork: false, env: baselineEnv },
    // Only in scenarios that ask for it (sameWorkBaseline): ours' limit on this machine.
    { label: SAME_WORK_BASELINE, script: BASELINE_JS, baseline: true, sameWork: true, env: { ...baselineEnv, SAME_WORK: '1' } },
    ours(LOGGING_ON, 'warn'),
    // The same server without usage records: the difference to the row above is what logging costs.
    ours(LOGGING_OFF, 'warn', { USAGE_LOGGING: 'false' }),
    // Production runs at info: one request log line per request is part of what we ship.
    ours('ours (LOG_LEVEL=info)', 'info'),
    // The first two of ours again in the other start order (see PairedServers.startedFirst).
    { ...ours(LOGGING_OFF_FIRST, 'warn', { USAGE_LOGGING: 'false' }), pairOnly: true },
    { ...ours(LOGGING_ON_SECOND, 'warn'), pairOnly: true },
  ];
}

function encode(parts: RequestParts): { headers: Record<string, string>; body?: string } {
  const headers = { ...parts.headers };
  if (parts.body === undefined) return { headers };
  if (typeof parts.body === 'string') return { headers, body: parts.body };
  return { headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(parts.body) };
}

async function probe(url: string, method: string, headers: Record<string, string>, body?: string) {
  try {
    const response = await fetch(url, { method, headers, body });
    const text = await response.text();
    return { status: response.status, body: text.slice(0, 300) };
  } catch (error) {
    return { status: 0, body: error instanceof Error ? error.message : String(error) };
  }
}

interface Tally {
  samples: LoadSample[];
  cpuSeconds: number | null;
  /** PostgreSQL's CPU while this server was under load (see postgresCpuSeconds). */
  pgCpuSeconds: number | null;
  lines: number;
}

const addCpu = (total: number | null, spent: number | null): number | null => (total === null || spent === null ? null : total + spent);
const perRequest = (seconds: number | null, responses: number): number | null =>
  seconds === null || responses === 0 ? null : (seconds * 1000) / responses;

/**
 * Each server gets its warm-up, then the measured time is cut into rounds and the servers take
 * turns, starting one later every round: drift on a shared machine (another process waking up,
 * PostgreSQL checkpointing) then lands on every row alike instead of on whichever ran last.
 */
async function measureScenario(
  scenario: Scenario,
  servers: Array<RunningServer & BenchServer>,
  context: ScenarioContext & { databaseName: string },
  load: { connections: number; durationSeconds: number; warmupSeconds: number; rounds: number },
): Promise<{ rows: Row[]; requestFor: (server: RunningServer) => LoadRequest }> {
  const parts = { ...scenario, ...(await scenario.setup?.(context)) };
  const { headers, body } = encode(parts);
  const request = (server: RunningServer) => ({ url: `${server.baseUrl}${parts.path}`, method: scenario.method, headers, body });

  const probes: Array<Row['probe']> = [];
  for (const server of servers) {
    const { url, method } = request(server);
    probes.push(await probe(url, method, headers, body));
    process.stderr.write(`  ${scenario.name}: warm-up ${load.warmupSeconds} s on ${server.label}\n`);
    await runLoad(request(server), { connections: load.connections, durationSeconds: load.warmupSeconds });
  }

  const tallies: Tally[] = servers.map(() => ({ samples: [], cpuSeconds: 0, pgCpuSeconds: 0, lines: 0 }));
  const slice = load.durationSeconds / load.rounds;
  for (let round = 0; round < load.rounds; round++) {
    process.stderr.write(`  ${scenario.name}: round ${round + 1}/${load.rounds}, ${slice.toFixed(1)} s per server\n`);
    for (let turn = 0; turn < servers.length; turn++) {
      const index = (round + turn) % servers.length;
      const server = servers[index];
      const tally = tallies[index];
      const linesBefore = server.stdoutLines();
      const cpuBefore = server.cpuSeconds();
      const pgBefore = postgresCpuSeconds(context.databaseName);
      tally.samples.push(await runLoad(request(server), { connections: load.connections, durationSeconds: slice }));
      if (!server.alive()) throw new Error(`${server.label} exited during ${scenario.name}:\n${server.tail()}`);
      const cpuAfter = server.cpuSeconds();
      tally.pgCpuSeconds = addCpu(tally.pgCpuSeconds, cpuSpentBetween(pgBefore, postgresCpuSeconds(context.databaseName)));
      tally.lines += server.stdoutLines() - linesBefore;
      tally.cpuSeconds = tally.cpuSeconds === null || cpuBefore === null || cpuAfter === null ? null : tally.cpuSeconds + cpuAfter - cpuBefore;
    }
  }

  const results = tallies.map((tally) => summarize(tally.samples));
  const baselineRps = results.find((_, i) => servers[i].baseline && !servers[i].sameWork)?.rps ?? null;
  const sameWorkRps = results.find((_, i) => servers[i].sameWork)?.rps ?? null;
  const rows = servers.map((server, i) => {
    const result = results[i];
    const tally = tallies[i];
    return {
      scenario: scenario.name,
      server: server.label,
      baseline: server.baseline,
      sameWork: server.sameWork,
      result,
      ratio: server.baseline || !baselineRps ? null : result.rps / baselineRps,
      limitRatio: server.baseline || !sameWorkRps ? null : result.rps / sameWorkRps,
      stdoutLinesPerRequest: result.responses > 0 ? tally.lines / result.responses : 0,
      cpuMsPerRequest: perRequest(tally.cpuSeconds, result.responses),
      pgCpuMsPerRequest: perRequest(tally.pgCpuSeconds, result.responses),
      probe: probes[i],
      roundRps: tally.samples.map((sample) => (sample.durationSeconds > 0 ? sample.ok / sample.durationSeconds : 0)),
    };
  });
  return { rows, requestFor: request };
}

async function main(): Promise<void> {
  const scenarios = SCENARIOS.filter((scenario) => scenario.name.includes(settings.only));
  if (scenarios.length === 0) throw new Error(`BENCH_SCENARIOS="${settings.only}" matches no scenario`);

  // The engine alone, in this process before any server runs: what a translation costs without HTTP.
  const corpus = loadCorpus();
  const engineMicros = evaluate(corpus, new RulesEngine(), { timedRuns: 5 }).timing.medianMicros;
  const engineLine = `rules engine alone: median ${engineMicros.toFixed(1)} µs per call over ${corpus.length} corpus errors (test/fixtures/errors)`;

  process.stderr.write(`Recreating database ${new URL(settings.databaseUrl).pathname.slice(1)} and migrating it…\n`);
  const db = await recreateBenchDatabase(settings.databaseUrl);
  const spoolRoot = mkdtempSync(join(tmpdir(), 'aet-bench-spool-'));
  const specs = serverSpecs(db, spoolRoot);
  const servers: Array<RunningServer & BenchServer> = [];
  const pool = new Pool({ connectionString: db.url, max: 2 });
  try {
    const needed = specs.filter(
      (spec) =>
        (!spec.sameWork || scenarios.some((scenario) => scenario.sameWorkBaseline)) &&
        (!spec.pairOnly || scenarios.some((scenario) => scenario.loggingCost)),
    );
    for (const spec of needed) {
      servers.push({ ...(await startServer(spec)), baseline: spec.baseline, sameWork: spec.sameWork, pairOnly: spec.pairOnly });
    }
    const busyBefore = await busyShare(2_000);
    const rows: Row[] = [];
    const loggingLines: string[] = [];
    const on = servers.find((server) => server.label === LOGGING_ON);
    const off = servers.find((server) => server.label === LOGGING_OFF);
    const onSecond = servers.find((server) => server.label === LOGGING_ON_SECOND);
    const offFirst = servers.find((server) => server.label === LOGGING_OFF_FIRST);
    // Setup (register, log in, create the key) goes through a server outside the logging pairs, so
    // that the servers compared there have served the same requests.
    const oursUrl = (servers.find((server) => !server.baseline && !server.pairOnly && server !== on && server !== off) ??
      servers.find((server) => !server.baseline))!.baseUrl;
    for (const scenario of scenarios) {
      const measured = servers.filter((server) => !server.pairOnly && (!server.sameWork || scenario.sameWorkBaseline));
      const { rows: scenarioRows, requestFor } = await measureScenario(
        scenario,
        measured,
        { db: pool, databaseUrl: db.url, databaseName: db.name, oursUrl },
        settings,
      );
      rows.push(...scenarioRows);
      const onRow = scenarioRows.find((row) => row.server === LOGGING_ON);
      const offRow = scenarioRows.find((row) => row.server === LOGGING_OFF);
      if (scenario.loggingCost && on && off && onRow && offRow) {
        const options = {
          rate: Math.max(1, Math.round(Math.min(onRow.result.rps, offRow.result.rps) * LOGGING_RATE_SHARE)),
          connections: settings.connections,
          pairs: settings.loggingPairs,
          sliceSeconds: settings.loggingSliceSeconds,
          settleMs: loggingSettleMs(),
        };
        const databasePort = Number(new URL(db.url).port || 5432);
        const pair = { requestFor, databaseName: db.name, databasePort };
        const pairs: PairedServers[] = [{ ...pair, on, off, startedFirst: 'on' }];
        if (onSecond && offFirst) {
          // Loaded as long as the pair above was in its rows, so that both pairs meet the slices equally warm.
          for (const server of [offFirst, onSecond]) {
            process.stderr.write(`  ${scenario.name}: warm-up ${settings.warmupSeconds + settings.durationSeconds} s on ${server.label}\n`);
            await runLoad(requestFor(server), {
              connections: settings.connections,
              durationSeconds: settings.warmupSeconds + settings.durationSeconds,
            });
          }
          pairs.push({ ...pair, on: onSecond, off: offFirst, startedFirst: 'off' });
        }
        const slices = await measureLoggingCost(pairs, options);
        loggingLines.push(...formatLoggingCostPairs(scenario.name, slices, options));
      }
    }
    print(db, rows, busyBefore, scenarios, engineLine, loggingLines);
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await pool.end();
    rmSync(spoolRoot, { recursive: true, force: true });
  }
}

function print(
  db: BenchDatabase,
  rows: Row[],
  busyBefore: number | null,
  scenarios: Scenario[],
  engineLine: string,
  loggingLines: string[],
): void {
  const cpu = cpus();
  const out: string[] = [
    '',
    `npm run bench, ${new Date().toISOString()}`,
    `machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, PostgreSQL ${db.serverVersion}`,
    `NOTE: the load generator (autocannon, in this process), the server under test and PostgreSQL all share these ` +
      `${cpu.length} cores. Compare ratios within one run; absolute req/s are a floor, not a capacity.`,
    `load: 127.0.0.1, ${settings.connections} connections; per row ${settings.warmupSeconds} s warm-up, then ${settings.durationSeconds} s measured ` +
      `in ${settings.rounds} turns taken in rotating order with the other servers`,
    `req/s counts 2xx responses only; latency percentiles cover every response; server CPU is the server process alone; ` +
      `PG CPU is every PostgreSQL process on this machine (/proc) while that server was loaded, except other databases' ` +
      `client backends (shared processes such as the WAL writer also serve other databases: noise on a shared machine)`,
    busyBefore === null
      ? 'other work on the machine: unknown (no /proc/stat)'
      : `other work on the machine just before measuring: ${(busyBefore * 100).toFixed(0)}% of all cores busy` +
        (busyBefore > 0.1 ? ' (numbers are suspect: stop other work and run again)' : ''),
    `database: ${db.name} (recreated, ${db.migrationNames.length} migration(s), kept after the run); ` +
      `pool max ${db.pool.max} / min ${db.pool.min} on both servers`,
    ...scenarios.flatMap((scenario) => (scenario.notes ?? []).map((note) => `${scenario.name}: ${note}`)),
    engineLine,
    '',
    formatTable(rows),
    '',
    ...formatLimits(rows),
    ...formatLoggingCost(rows, LOGGING_ON, LOGGING_OFF),
    ...loggingLines,
    '',
    ...formatTargets(rows, scenarios, LOGGING_ON),
    '',
  ];
  for (const row of rows) {
    if (!row.baseline && row.stdoutLinesPerRequest > 0.01) {
      out.push(`${row.scenario} on ${row.server}: ${row.stdoutLinesPerRequest.toFixed(2)} stdout log line(s) per request`);
    }
  }
  const warnings = formatWarnings(rows);
  out.push(...warnings);
  if (warnings.some((warning) => warning.startsWith('WARNING (OURS)'))) {
    out.push('WARNING: our server answered non-2xx or failed requests; its req/s above counts only the 2xx.');
  }
  process.stdout.write(`${out.join('\n')}\n`);
  if (settings.json) {
    const summary = {
      date: new Date().toISOString(),
      machine: { cpus: cpu.length, model: cpu[0]?.model.trim(), node: process.version, postgres: db.serverVersion },
      settings: {
        connections: settings.connections,
        warmupSeconds: settings.warmupSeconds,
        durationSeconds: settings.durationSeconds,
        rounds: settings.rounds,
      },
      database: { name: db.name, migrations: db.migrationNames, pool: db.pool },
      rows,
    };
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
