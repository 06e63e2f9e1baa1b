import type { LoadResult } from './load';

export interface Row {
  scenario: string;
  server: string;
  baseline: boolean;
  result: LoadResult;
  /** ours req/s ÷ baseline req/s of the same scenario, measured in this run. */
  ratio: number | null;
  stdoutLinesPerRequest: number;
  /** Server process CPU per response: moved far less than req/s by other work on the machine. */
  cpuMsPerRequest: number | null;
  /** Status and start of the body of one request sent before the warm-up. */
  probe: { status: number; body: string };
}

const fixed = (value: number, digits: number): string => (Number.isFinite(value) ? value.toFixed(digits) : '-');

export function formatTable(rows: Row[]): string {
  const header = ['scenario', 'server', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors', 'ratio to baseline', 'server CPU ms/req'];
  const body = rows.map((row) => [
    row.scenario,
    row.server,
    fixed(row.result.rps, 0),
    fixed(row.result.p50Ms, 2),
    fixed(row.result.p99Ms, 2),
    String(row.result.non2xx),
    String(row.result.errors),
    row.ratio === null ? '-' : fixed(row.ratio, 2),
    row.cpuMsPerRequest === null ? '-' : fixed(row.cpuMsPerRequest, 3),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...body.map((cells) => cells[i]!.length)));
  // Text columns left, numbers right: the table reads as Markdown too.
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((width, i) => (i < 2 ? `${'-'.repeat(width + 1)}-` : `${'-'.repeat(width + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...body.map(line)].join('\n');
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
