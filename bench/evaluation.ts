/**
 * Accuracy evaluation of a translation engine against the corpus of real error messages in
 * test/fixtures/errors/*.json. Shared by `npm run eval` (bench/eval.ts) and test/eval.spec.ts.
 * Pure TypeScript: no Nest imports, no engine imports (the engine is passed in).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { SUBJECT_CAPTURES, unusedCaptures } from '../src/translator/rules/captured-names';
import { LANGUAGES, type Fix, type Language, type TranslationRequest } from '../src/translator/translation';

/** How the error reached us: alone, inside log/CI output, inside another program's trace, or in another human language. */
export const FORMS = ['plain', 'log', 'wrapped', 'localised'] as const;
export type Form = (typeof FORMS)[number];

/**
 * `tuning` entries may be looked at while writing patterns; `held-out` entries were set aside
 * when they were added, before any pattern was written for them, and only ever measured.
 */
export const SPLITS = ['tuning', 'held-out'] as const;
export type Split = (typeof SPLITS)[number];

/** One labelled error message of the corpus (see test/fixtures/errors/README.md). */
export interface CorpusEntry {
  /** `<file>-<nnn>`, unique across the corpus, e.g. "python-001". */
  id: string;
  /** The contract's language id (never "unknown"). */
  language: Language;
  /** The name a careful developer would use (DESIGN.md section 3). */
  error_type: string;
  /** Where the text was found: a GitHub issue, a Q&A page, or the documentation page showing it. */
  source: string;
  /** The error output, as pasted by the person who hit it (long traces trimmed). */
  text: string;
  /** How it was pasted; absent on the entries of the first corpus (mostly plain). */
  form?: Form;
  /** Absent means `tuning` (the first corpus was written against). */
  split?: Split;
  /** The corpus file the entry came from, without ".json" (filled in by loadCorpus): its family. */
  file?: string;
}

/** What the evaluation needs from an engine: the RulesEngine's `analyse`. */
export interface EvaluatedEngine {
  analyse(request: TranslationRequest): {
    translation: { language: string; error_type: string; fixes?: readonly Fix[] };
    patternId: string | null;
    /** The pattern's captures: when given with the fixes, the answer is checked for using them. */
    captures?: Readonly<Record<string, string>>;
  };
}

export interface EntryResult {
  id: string;
  file: string;
  split: Split;
  form: Form | null;
  expectedLanguage: Language;
  language: string;
  expectedErrorType: string;
  errorType: string;
  patternId: string | null;
  languageCorrect: boolean;
  errorTypeCorrect: boolean;
  /** The engine recognised a specific pattern (patternId !== null). */
  covered: boolean;
  /** Engine time for this entry, microseconds (median of the timed runs). */
  micros: number;
  /** Captured names (identifiers, files, packages…) the fixes do not repeat; null when not checked. */
  unusedNames: string[] | null;
}

export interface Score {
  n: number;
  /** Fractions 0..1; NaN when n is 0. */
  languageAccuracy: number;
  errorTypeAccuracy: number;
  coverage: number;
}

/** The scores of one split: overall, per family (corpus file) and per form. */
export interface SplitReport {
  overall: Score;
  byFamily: Array<{ family: string } & Score>;
  byForm: Array<{ form: Form | 'unclassified' } & Score>;
}

export interface EvaluationReport {
  overall: Score;
  /** Keyed by the expected language, in the contract's order. */
  byLanguage: Array<{ language: Language } & Score>;
  splits: Record<Split, SplitReport>;
  timing: { medianMicros: number; p99Micros: number; maxMicros: number };
  /** Answers from a pattern with captured names: how many repeat every one of them in their fixes. */
  names: { checked: number; used: number };
  results: EntryResult[];
  /** Entries whose language or error type was wrong. */
  misses: EntryResult[];
  targets: typeof TARGETS;
  heldOutTargets: typeof HELD_OUT_TARGETS;
  passed: { language: boolean; errorType: boolean; heldOut: boolean; names: boolean; all: boolean };
}

/** The accuracy the knowledge base must reach over the whole corpus. */
export const TARGETS = { languageAccuracy: 0.95, errorTypeAccuracy: 0.85 } as const;

/**
 * The figures that count: on errors no pattern was written for. Every family with held-out
 * entries must reach `familyErrorTypeAccuracy` on its own.
 */
export const HELD_OUT_TARGETS = { languageAccuracy: 0.97, errorTypeAccuracy: 0.92, familyErrorTypeAccuracy: 0.85 } as const;

const CORPUS_RELATIVE = join('test', 'fixtures', 'errors');

/**
 * The corpus folder: found by walking up from `start` (this file's folder by default, which works
 * both from bench/ under ts-jest and from dist/bench/ after the build) to the project root.
 */
export function findCorpusDir(start: string = __dirname): string {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, CORPUS_RELATIVE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`corpus folder ${CORPUS_RELATIVE} not found above ${start}`);
    dir = parent;
  }
}

const ID_PATTERN = /^[a-z][a-z0-9-]*-\d{3}$/;

/** Checks one parsed entry; returns the problems found (empty when valid). */
export function validateEntry(entry: unknown): string[] {
  const problems: string[] = [];
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return ['not an object'];
  const e = entry as Record<string, unknown>;
  for (const key of ['id', 'language', 'error_type', 'source', 'text']) {
    if (typeof e[key] !== 'string' || e[key].trim() === '') problems.push(`${key} missing or empty`);
  }
  for (const key of Object.keys(e)) {
    if (!['id', 'language', 'error_type', 'source', 'text', 'form', 'split'].includes(key)) problems.push(`unexpected field ${key}`);
  }
  if (e.form !== undefined && !(FORMS as readonly unknown[]).includes(e.form))
    problems.push(`form ${JSON.stringify(e.form)} is not one of ${FORMS.join(', ')}`);
  if (e.split !== undefined && !(SPLITS as readonly unknown[]).includes(e.split))
    problems.push(`split ${JSON.stringify(e.split)} is not one of ${SPLITS.join(', ')}`);
  if (typeof e.id === 'string' && !ID_PATTERN.test(e.id)) problems.push(`id ${e.id} is not <name>-<nnn>`);
  if (typeof e.language === 'string' && (!(LANGUAGES as readonly string[]).includes(e.language) || e.language === 'unknown')) {
    problems.push(`language ${e.language} is not a contract language id`);
  }
  if (typeof e.source === 'string' && !/^https:\/\/\S+$/.test(e.source)) problems.push('source is not an https URL');
  if (typeof e.error_type === 'string' && e.error_type !== e.error_type.trim()) problems.push('error_type has surrounding spaces');
  if (typeof e.text === 'string' && e.text.length > 50_000) problems.push('text longer than the API accepts (50,000)');
  return problems;
}

/**
 * Reads every *.json of the corpus folder. Throws on an invalid entry, a duplicate id or a
 * duplicate text, so a broken corpus fails loudly rather than skewing the numbers.
 */
export function loadCorpus(dir: string = findCorpusDir()): CorpusEntry[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const entries: CorpusEntry[] = [];
  const problems: string[] = [];
  const ids = new Map<string, string>();
  const texts = new Map<string, string>();
  for (const name of files) {
    const file = basename(name, '.json');
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch (error) {
      problems.push(`${name}: not valid JSON (${(error as Error).message})`);
      continue;
    }
    if (!Array.isArray(parsed)) {
      problems.push(`${name}: not a JSON array`);
      continue;
    }
    parsed.forEach((raw: unknown, index) => {
      const where = `${name}[${index}]`;
      const entryProblems = validateEntry(raw);
      if (entryProblems.length > 0) {
        problems.push(...entryProblems.map((p) => `${where}: ${p}`));
        return;
      }
      const entry = { ...(raw as CorpusEntry), file };
      const seenId = ids.get(entry.id);
      if (seenId) problems.push(`${where}: id ${entry.id} already used in ${seenId}`);
      ids.set(entry.id, where);
      const key = normaliseText(entry.text);
      const seenText = texts.get(key);
      if (seenText) problems.push(`${where}: same text as ${seenText}`);
      texts.set(key, where);
      entries.push(entry);
    });
  }
  if (problems.length > 0) throw new Error(`invalid corpus in ${dir}:\n  ${problems.join('\n  ')}`);
  return entries;
}

function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Whether the engine's error type counts as the label: equal ignoring case and surrounding spaces,
 * or equal once the engine's module/namespace prefix is stripped (`json.decoder.JSONDecodeError`,
 * `ActiveRecord::RecordNotFound`, `Illuminate\Database\QueryException` against the short name).
 */
export function errorTypeMatches(expected: string, got: string): boolean {
  const want = expected.trim().toLowerCase();
  const have = got.trim().toLowerCase();
  if (want === '' || have === '') return false;
  if (want === have) return true;
  const stripped = have.split(/::|\\|\./).pop() ?? have;
  return stripped !== have && stripped === want;
}

export interface EvaluateOptions {
  /** Timed runs per entry after one warm-up pass; the entry's time is their median. Default 3. */
  timedRuns?: number;
}

/** Runs every entry through the engine (the text alone: no language hint) and scores it. */
export function evaluate(entries: readonly CorpusEntry[], engine: EvaluatedEngine, options: EvaluateOptions = {}): EvaluationReport {
  const timedRuns = Math.max(1, options.timedRuns ?? 3);
  const requestFor = (entry: CorpusEntry): TranslationRequest => ({ error: entry.text });

  // Warm-up: the first call compiles regular expressions and lets the JIT settle.
  for (const entry of entries) engine.analyse(requestFor(entry));

  const results: EntryResult[] = entries.map((entry) => {
    const request = requestFor(entry);
    const times: number[] = [];
    let outcome = engine.analyse(request);
    for (let run = 0; run < timedRuns; run += 1) {
      const started = process.hrtime.bigint();
      outcome = engine.analyse(request);
      times.push(Number(process.hrtime.bigint() - started) / 1000);
    }
    const { translation, patternId, captures } = outcome;
    return {
      id: entry.id,
      file: entry.file ?? entry.language,
      split: entry.split ?? 'tuning',
      form: entry.form ?? null,
      expectedLanguage: entry.language,
      language: translation.language,
      expectedErrorType: entry.error_type,
      errorType: translation.error_type,
      patternId,
      languageCorrect: translation.language === entry.language,
      errorTypeCorrect: errorTypeMatches(entry.error_type, translation.error_type),
      covered: patternId !== null,
      micros: percentile(times, 0.5),
      unusedNames: namesToCheck(patternId, captures, translation.fixes),
    };
  });

  const overall = score(results);
  const byLanguage = LANGUAGES.flatMap((language) => {
    const own = results.filter((r) => r.expectedLanguage === language);
    return own.length > 0 ? [{ language, ...score(own) }] : [];
  });
  const micros = results.map((r) => r.micros);
  const splits = {
    tuning: splitReport(results.filter((r) => r.split === 'tuning')),
    'held-out': splitReport(results.filter((r) => r.split === 'held-out')),
  };
  const checkedNames = results.filter((r) => r.unusedNames !== null);
  const names = { checked: checkedNames.length, used: checkedNames.filter((r) => r.unusedNames?.length === 0).length };
  const passedLanguage = overall.n > 0 && overall.languageAccuracy >= TARGETS.languageAccuracy;
  const passedErrorType = overall.n > 0 && overall.errorTypeAccuracy >= TARGETS.errorTypeAccuracy;
  const passedHeldOut = heldOutPasses(splits['held-out']);
  const passedNames = names.used === names.checked;
  return {
    overall,
    byLanguage,
    splits,
    timing: { medianMicros: percentile(micros, 0.5), p99Micros: percentile(micros, 0.99), maxMicros: micros.length ? Math.max(...micros) : NaN },
    names,
    results,
    misses: results.filter((r) => !r.languageCorrect || !r.errorTypeCorrect),
    targets: TARGETS,
    heldOutTargets: HELD_OUT_TARGETS,
    passed: {
      language: passedLanguage,
      errorType: passedErrorType,
      heldOut: passedHeldOut,
      names: passedNames,
      all: passedLanguage && passedErrorType && passedHeldOut && passedNames,
    },
  };
}

/** Unused subject captures of a pattern answer that has any; null when there is nothing to check. */
function namesToCheck(
  patternId: string | null,
  captures: Readonly<Record<string, string>> | undefined,
  fixes: readonly Fix[] | undefined,
): string[] | null {
  if (patternId === null || !captures || !fixes) return null;
  if (!Object.keys(captures).some((group) => SUBJECT_CAPTURES.has(group))) return null;
  return unusedCaptures(captures, fixes);
}

/** An empty held-out split (a corpus without one) has nothing to fail. */
function heldOutPasses(split: SplitReport): boolean {
  if (split.overall.n === 0) return true;
  return (
    split.overall.languageAccuracy >= HELD_OUT_TARGETS.languageAccuracy &&
    split.overall.errorTypeAccuracy >= HELD_OUT_TARGETS.errorTypeAccuracy &&
    split.byFamily.every((f) => f.errorTypeAccuracy >= HELD_OUT_TARGETS.familyErrorTypeAccuracy)
  );
}

function splitReport(results: readonly EntryResult[]): SplitReport {
  const families = [...new Set(results.map((r) => r.file))].sort();
  const forms = [...FORMS, 'unclassified'] as const;
  return {
    overall: score(results),
    byFamily: families.map((family) => ({ family, ...score(results.filter((r) => r.file === family)) })),
    byForm: forms.flatMap((form) => {
      const own = results.filter((r) => (r.form ?? 'unclassified') === form);
      return own.length > 0 ? [{ form, ...score(own) }] : [];
    }),
  };
}

function score(results: readonly EntryResult[]): Score {
  const n = results.length;
  const fraction = (count: number): number => (n === 0 ? NaN : count / n);
  return {
    n,
    languageAccuracy: fraction(results.filter((r) => r.languageCorrect).length),
    errorTypeAccuracy: fraction(results.filter((r) => r.errorTypeCorrect).length),
    coverage: fraction(results.filter((r) => r.covered).length),
  };
}

/** Nearest-rank percentile (p in 0..1) of unsorted values; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length)));
  return sorted[rank - 1];
}

const percent = (value: number): string => (Number.isNaN(value) ? '-' : `${(value * 100).toFixed(1)}%`);
const microsText = (value: number): string => (Number.isNaN(value) ? '-' : `${value < 10 ? value.toFixed(1) : Math.round(value)} µs`);

export interface FormatOptions {
  /**
   * List the held-out misses too. Off by default: whoever writes patterns reads the tuning misses
   * only, so the held-out figures keep measuring errors nobody tuned for.
   */
  showHeldOut?: boolean;
}

type Row = [string, Score];

function table(title: string, rows: readonly Row[]): string[] {
  const header = [title, 'n', 'language', 'error type', 'coverage'];
  const cells = rows.map(([name, s]) => [name, String(s.n), percent(s.languageAccuracy), percent(s.errorTypeAccuracy), percent(s.coverage)]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i].length)));
  const render = (row: string[]): string => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [render(header), rule, render(cells[0]), rule, ...cells.slice(1).map(render), ''];
}

function splitTables(name: string, split: SplitReport): string[] {
  if (split.overall.n === 0) return [];
  return [
    ...table(`${name}: family`, [['overall', split.overall], ...split.byFamily.map((f): Row => [f.family, f])]),
    ...table(`${name}: form`, [['overall', split.overall], ...split.byForm.map((f): Row => [f.form, f])]),
  ];
}

function missLine(miss: EntryResult): string {
  const mark = (ok: boolean): string => (ok ? '' : '*');
  return (
    `  ${miss.id.padEnd(16)} ${miss.expectedLanguage}/${miss.expectedErrorType}  ->  ` +
    `${mark(miss.languageCorrect)}${miss.language}/${mark(miss.errorTypeCorrect)}${miss.errorType}  [${miss.patternId ?? 'no pattern'}]`
  );
}

/** The report without the held-out entries (ids, labels, answers), as JSON prints it: the split's figures stay. */
export function withoutHeldOutEntries(report: EvaluationReport): EvaluationReport {
  const tuning = (entries: readonly EntryResult[]) => entries.filter((entry) => entry.split === 'tuning');
  return { ...report, results: tuning(report.results), misses: tuning(report.misses) };
}

/** The human-readable report `npm run eval` prints. */
export function formatReport(report: EvaluationReport, options: FormatOptions = {}): string {
  const lines: string[] = ['Error translation accuracy (test/fixtures/errors)', ''];
  lines.push(...table('whole corpus', [['overall', report.overall], ...report.byLanguage.map((s): Row => [s.language, s])]));
  lines.push(...splitTables('tuning', report.splits.tuning));
  lines.push(...splitTables('held-out', report.splits['held-out']));
  lines.push(
    `engine time per error: median ${microsText(report.timing.medianMicros)}, p99 ${microsText(report.timing.p99Micros)}, max ${microsText(report.timing.maxMicros)}`,
  );
  lines.push('');
  const verdict = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');
  lines.push(
    `language accuracy   ${percent(report.overall.languageAccuracy).padStart(6)}  target >= ${percent(report.targets.languageAccuracy)}  ${verdict(report.passed.language)}`,
  );
  lines.push(
    `error-type accuracy ${percent(report.overall.errorTypeAccuracy).padStart(6)}  target >= ${percent(report.targets.errorTypeAccuracy)}  ${verdict(report.passed.errorType)}`,
  );
  const held = report.splits['held-out'];
  if (held.overall.n > 0) {
    const t = report.heldOutTargets;
    const weakest = [...held.byFamily].sort((a, b) => a.errorTypeAccuracy - b.errorTypeAccuracy)[0];
    lines.push(
      `held-out: language ${percent(held.overall.languageAccuracy)} (>= ${percent(t.languageAccuracy)}), ` +
        `error type ${percent(held.overall.errorTypeAccuracy)} (>= ${percent(t.errorTypeAccuracy)}), ` +
        `weakest family ${weakest.family} ${percent(weakest.errorTypeAccuracy)} (>= ${percent(t.familyErrorTypeAccuracy)})  ${verdict(report.passed.heldOut)}`,
    );
  }
  lines.push(
    `answers repeating every captured name in their fixes: ${report.names.used} of ${report.names.checked}  ${verdict(report.passed.names)}`,
  );
  lines.push('');
  const shown = options.showHeldOut ? report.misses : report.misses.filter((m) => m.split === 'tuning');
  const hidden = report.misses.length - shown.length;
  if (shown.length === 0) {
    lines.push(hidden > 0 ? `misses: none shown (${hidden} held-out, hidden)` : 'misses: none');
  } else {
    lines.push(
      `misses (${shown.length}${hidden > 0 ? `, plus ${hidden} held-out hidden` : ''}): id  expected language/error_type  ->  got language/error_type  [pattern]`,
    );
    for (const miss of shown) lines.push(missLine(miss));
    lines.push('  (* marks the wrong part)');
  }
  const unnamed = report.results.filter((r) => r.unusedNames && r.unusedNames.length > 0 && (options.showHeldOut || r.split === 'tuning'));
  if (unnamed.length > 0) {
    lines.push('', `fixes not repeating a captured name (${unnamed.length}):`);
    for (const r of unnamed) lines.push(`  ${r.id.padEnd(16)} [${r.patternId}] ${r.unusedNames?.join(', ')}`);
  }
  return lines.join('\n');
}
