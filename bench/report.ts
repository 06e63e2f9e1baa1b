import type { LoadResult } from './load';
import type { Scenario } from './scenarios';

export interface Row {
  scenario: string;
  server: string;
  baseline: boolean;
  /** The baseline that also does ours' work besides the engine (SAME_WORK=1). */
  sameWork: boolean;
  result: LoadResult;
  /** ours req/s ÷ baseline req/s of the same scenario, measured in this run. */
  ratio: number | null;
  /** ours req/s ÷ the same-work baseline's, where the scenario has one. */
  limitRatio: number | null;
  stdoutLinesPerRequest: number;
  /** Server process CPU per response: moved far less than req/s by other work on the machine. */
  cpuMsPerRequest: number | null;
  /** PostgreSQL's CPU per response of this server (see postgresCpuSeconds). */
  pgCpuMsPerRequest: number | null;
  /** Status and start of the body of one request sent before the warm-up. */
  probe: { status: number; body: string };
  /** 2xx per second in each round, in round order: rows of one scenario pair up round by round. */
  roundRps: number[];
}

const fixed = (value: number, digits: number): string => (Number.isFinite(value) ? value.toFixed(digits) : '-');
const optional = (value: number | null, digits: number): string => (value === null ? '-' : fixed(value, digits));

/** Server + PostgreSQL CPU per request, where both are known. */
function totalCpu(row: Row): number | null {
  return row.cpuMsPerRequest === null || row.pgCpuMsPerRequest === null ? null : row.cpuMsPerRequest + row.pgCpuMsPerRequest;
}

export function formatTable(rows: Row[]): string {
  const header = [
    'scenario',
    'server',
    'req/s',
    'p50 ms',
    'p99 ms',
    'non-2xx',
    'errors',
    'ratio to baseline',
    'ratio to same work',
    'server CPU ms/req',
    'PG CPU ms/req',
    'total CPU ms/req',
  ];
  const body = rows.map((row) => [
    row.scenario,
    row.server,
    fixed(row.result.rps, 0),
    fixed(row.result.p50Ms, 2),
    fixed(row.result.p99Ms, 2),
    String(row.result.non2xx),
    String(row.result.errors),
    row.ratio === null ? '-' : fixed(row.ratio, 2),
    row.limitRatio === null ? '-' : fixed(row.limitRatio, 2),
    optional(row.cpuMsPerRequest, 3),
    optional(row.pgCpuMsPerRequest, 3),
    optional(totalCpu(row), 3),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...body.map((cells) => cells[i].length)));
  // Text columns left, numbers right: the table reads as Markdown too.
  const line = (cells: string[]) => `| ${cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((width, i) => (i < 2 ? `${'-'.repeat(width + 1)}-` : `${'-'.repeat(width + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...body.map(line)].join('\n');
}

/** Target (issue 17): ours at least this share of the same-work baseline's req/s. */
const LIMIT_TARGET = 0.6;

/** One line per row that has a same-work baseline: ours against the limit, and against the bare baseline. */
export function formatLimits(rows: Row[]): string[] {
  return rows
    .filter((row) => row.limitRatio !== null)
    .map(
      (row) =>
        `${row.scenario} on ${row.server}: ${fixed(row.limitRatio!, 2)}× the same-work baseline (the limit; ` +
        `${row.limitRatio! >= LIMIT_TARGET ? '>=' : '<'} 0.6 target), ${row.ratio === null ? '-' : fixed(row.ratio, 2)}× the bare baseline`,
    );
}

/** Every row that saw a non-2xx response or a connection error, with what it got. */
export function formatWarnings(rows: Row[]): string[] {
  return rows
    .filter((row) => row.result.non2xx > 0 || row.result.errors > 0 || row.probe.status < 200 || row.probe.status > 299)
    .map((row) => {
      const statuses = Object.entries(row.result.statusCounts)
        .map(([code, n]) => `${code}×${n}`)
        .join(', ');
      const who = row.baseline ? 'baseline' : 'OURS';
      return (
        `WARNING (${who}) ${row.scenario} on ${row.server}: ${row.result.non2xx} non-2xx, ${row.result.errors} errors ` +
        `[${statuses}]; first response ${row.probe.status} ${row.probe.body}`
      );
    });
}

/** Target: usage logging costs less than 5 % of req/s on the routes it records. */
const LOGGING_COST_TARGET = 0.05;

/**
 * One line per scenario: req/s with usage logging ÷ req/s without, both measured in this run in
 * rotating turns. Unauthenticated scenarios (health) record nothing and show the noise level.
 */
export function formatLoggingCost(rows: Row[], on: string, off: string): string[] {
  const lines: string[] = [];
  for (const scenario of [...new Set(rows.map((row) => row.scenario))]) {
    const withLogging = rows.find((row) => row.scenario === scenario && row.server === on);
    const without = rows.find((row) => row.scenario === scenario && row.server === off);
    if (!withLogging || !without || without.result.rps === 0) continue;
    const ratio = withLogging.result.rps / without.result.rps;
    const paired = median(pairedRatios(withLogging.roundRps, without.roundRps));
    const cpu =
      withLogging.cpuMsPerRequest !== null && without.cpuMsPerRequest !== null
        ? `, server CPU ${fixed(withLogging.cpuMsPerRequest, 3)} vs ${fixed(without.cpuMsPerRequest, 3)} ms/req`
        : '';
    const totalOn = totalCpu(withLogging);
    const totalOff = totalCpu(without);
    if (totalOn !== null && totalOff !== null && totalOff > 0) {
      const added = totalOn / totalOff - 1;
      lines.push(
        `usage logging CPU, ${scenario}: server + PostgreSQL ${fixed(totalOn, 3)} vs ${fixed(totalOff, 3)} ms/req ` +
          `(PostgreSQL ${optional(withLogging.pgCpuMsPerRequest, 3)} vs ${optional(without.pgCpuMsPerRequest, 3)}); logging adds ` +
          `${fixed(added * 100, 1)} % over the rounds' totals (the target is judged on the paired slices below)`,
      );
    }
    lines.push(
      `usage logging cost, ${scenario}: ${fixed(withLogging.result.rps, 0)} vs ${fixed(without.result.rps, 0)} req/s, ` +
        `ratio on/off ${fixed(ratio, 3)} (${fixed((1 - ratio) * 100, 1)} %); ` +
        `median of the per-round ratios ${fixed(paired, 3)} (${fixed((1 - paired) * 100, 1)} % ${1 - paired < LOGGING_COST_TARGET ? '<' : '>='} 5 % target)${cpu}`,
    );
  }
  return lines;
}

/**
 * On ÷ off for each round. The two servers of a round run within seconds of each other, so a
 * round's ratio is spared the drift of a shared machine between rounds (another process waking
 * up, PostgreSQL checkpointing), which the ratio of the totals is not.
 */
function pairedRatios(on: number[], off: number[]): number[] {
  return on.flatMap((rps, round) => (off[round] ? [rps / off[round]] : []));
}

function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Target (issue 17): ours' p99 at most this multiple of its baseline's, on every route. */
const P99_TARGET = 2;

const verdict = (pass: boolean): string => (pass ? 'PASS' : 'FAIL');

/**
 * Issue 17's targets, one line per scenario that has one: ours (the row named `ours`) against the
 * baseline the target names, by req/s and by p99, each with PASS or FAIL, all from this run.
 */
export function formatTargets(rows: Row[], scenarios: Scenario[], ours: string): string[] {
  const lines: string[] = [];
  for (const { name, target } of scenarios) {
    if (!target) continue;
    const row = rows.find((candidate) => candidate.scenario === name && candidate.server === ours);
    const wantSameWork = target.against === 'same work';
    const baseline = rows.find((candidate) => candidate.scenario === name && candidate.baseline && candidate.sameWork === wantSameWork);
    if (!row || !baseline || baseline.result.rps === 0 || baseline.result.p99Ms === 0) continue;
    const ratio = row.result.rps / baseline.result.rps;
    const p99 = row.result.p99Ms / baseline.result.p99Ms;
    lines.push(
      `  ${name}: ${fixed(ratio, 2)}× the ${target.against} baseline (>= ${fixed(target.minRatio, 2)}) ${verdict(ratio >= target.minRatio)}; ` +
        `p99 ${fixed(row.result.p99Ms, 2)} vs ${fixed(baseline.result.p99Ms, 2)} ms, ${fixed(p99, 2)}× (<= ${P99_TARGET}×) ${verdict(p99 <= P99_TARGET)}`,
    );
  }
  return lines.length === 0 ? [] : [`targets (issue 17), ours = ${ours}:`, ...lines];
}
