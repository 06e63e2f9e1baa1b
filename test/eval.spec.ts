/**
 * The accuracy evaluation (`npm run eval`) under jest: the evaluation logic itself (with a tiny fake
 * engine), the corpus's integrity, and the real rules engine against the targets
 * (language >= 95%, error type >= 85%). Pure: no app, no database.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type CorpusEntry,
  type EvaluatedEngine,
  errorTypeMatches,
  evaluate,
  findCorpusDir,
  formatReport,
  loadCorpus,
  percentile,
  HELD_OUT_TARGETS,
  TARGETS,
  validateEntry,
  withoutHeldOutEntries,
} from '../bench/evaluation';
import { RulesEngine } from '../src/translator/rules/rules-engine';
import { LANGUAGES } from '../src/translator/translation';

/** The families issue 12 found weak on fresh errors. */
const WEAK_FAMILIES = ['c-cpp', 'php', 'rust', 'packages', 'ruby', 'go', 'java', 'sql'];

const CORPUS_FILES = [
  'python',
  'javascript',
  'typescript',
  'java',
  'kotlin',
  'go',
  'rust',
  'csharp',
  'c-cpp',
  'ruby',
  'php',
  'sql',
  'shell',
  'docker',
  'kubernetes',
  'git',
  'swift',
  'packages',
];

function entry(id: string, language: CorpusEntry['language'], error_type: string, text: string): CorpusEntry {
  return { id, language, error_type, source: 'https://example.org/issue/1', text, file: language };
}

/** Answers from a lookup table keyed by the text; everything else is "unknown"/"Error". */
function fakeEngine(
  answers: Record<string, { language: string; error_type: string; patternId?: string | null }>,
): EvaluatedEngine & { calls: number } {
  const engine = {
    calls: 0,
    analyse(request: { error: string }) {
      engine.calls += 1;
      const answer = answers[request.error];
      return answer
        ? {
            translation: { language: answer.language, error_type: answer.error_type },
            patternId: answer.patternId === undefined ? 'fake.pattern' : answer.patternId,
          }
        : { translation: { language: 'unknown', error_type: 'Error' }, patternId: null };
    },
  };
  return engine;
}

describe('evaluation: error-type matching', () => {
  it('is a case-insensitive exact match after trimming', () => {
    expect(errorTypeMatches('KeyError', 'KeyError')).toBe(true);
    expect(errorTypeMatches('nil pointer dereference', ' Nil Pointer Dereference ')).toBe(true);
    expect(errorTypeMatches('E0382', 'e0382')).toBe(true);
    expect(errorTypeMatches('KeyError', 'KeyErrors')).toBe(false);
    expect(errorTypeMatches('TypeError', 'Type Error')).toBe(false);
    expect(errorTypeMatches('TypeError', '')).toBe(false);
  });

  it("accepts the engine's type with a module or namespace prefix stripped", () => {
    expect(errorTypeMatches('JSONDecodeError', 'json.decoder.JSONDecodeError')).toBe(true);
    expect(errorTypeMatches('NullPointerException', 'java.lang.NullPointerException')).toBe(true);
    expect(errorTypeMatches('RecordNotFound', 'ActiveRecord::RecordNotFound')).toBe(true);
    expect(errorTypeMatches('QueryException', 'Illuminate\\Database\\QueryException')).toBe(true);
  });

  it('does not strip the label, nor accept a mere suffix', () => {
    expect(errorTypeMatches('json.decoder.JSONDecodeError', 'JSONDecodeError')).toBe(false);
    expect(errorTypeMatches('Error', 'TypeError')).toBe(false);
    expect(errorTypeMatches('Exception', 'java.lang.NullPointerException')).toBe(false);
  });
});

describe('evaluation: scoring', () => {
  const entries = [
    entry('python-001', 'python', 'KeyError', 'KeyError: 1'),
    entry('python-002', 'python', 'JSONDecodeError', 'json.decoder.JSONDecodeError: Expecting value'),
    entry('go-001', 'go', 'nil pointer dereference', 'panic: runtime error: invalid memory address or nil pointer dereference'),
    entry('sql-001', 'sql', '42P01', 'ERROR: relation "users" does not exist'),
  ];
  const engine = fakeEngine({
    'KeyError: 1': { language: 'python', error_type: 'KeyError' },
    'json.decoder.JSONDecodeError: Expecting value': { language: 'python', error_type: 'json.decoder.JSONDecodeError' },
    'panic: runtime error: invalid memory address or nil pointer dereference': { language: 'go', error_type: 'runtime error', patternId: null },
  });

  const report = evaluate(entries, engine, { timedRuns: 2 });

  it('scores language, error type and coverage per entry', () => {
    const byId = Object.fromEntries(report.results.map((r) => [r.id, r]));
    expect(byId['python-001']).toMatchObject({ languageCorrect: true, errorTypeCorrect: true, covered: true, patternId: 'fake.pattern' });
    expect(byId['python-002']).toMatchObject({ languageCorrect: true, errorTypeCorrect: true, covered: true });
    expect(byId['go-001']).toMatchObject({ languageCorrect: true, errorTypeCorrect: false, covered: false, errorType: 'runtime error' });
    expect(byId['sql-001']).toMatchObject({ languageCorrect: false, errorTypeCorrect: false, covered: false, language: 'unknown' });
    for (const r of report.results) expect(r.micros).toBeGreaterThanOrEqual(0);
  });

  it('aggregates overall and per language, in the contract order', () => {
    expect(report.overall).toEqual({ n: 4, languageAccuracy: 0.75, errorTypeAccuracy: 0.5, coverage: 0.5 });
    expect(report.byLanguage.map((s) => s.language)).toEqual(['python', 'go', 'sql']);
    expect(report.byLanguage[0]).toMatchObject({ n: 2, languageAccuracy: 1, errorTypeAccuracy: 1, coverage: 1 });
    expect(report.byLanguage[2]).toMatchObject({ n: 1, languageAccuracy: 0, errorTypeAccuracy: 0, coverage: 0 });
  });

  it('lists the misses and judges the targets', () => {
    expect(report.misses.map((m) => m.id)).toEqual(['go-001', 'sql-001']);
    expect(report.targets).toEqual(TARGETS);
    expect(report.passed).toEqual({ language: false, errorType: false, heldOut: true, names: true, all: false });
  });

  it('warms up, then times every entry over the requested runs, sending the text alone', () => {
    const counting = fakeEngine({});
    const seen: unknown[] = [];
    const spy: EvaluatedEngine = {
      analyse(request) {
        seen.push(request);
        return counting.analyse(request);
      },
    };
    evaluate(entries, spy, { timedRuns: 3 });
    // warm-up + one untimed answer + 3 timed runs per entry
    expect(counting.calls).toBe(entries.length * 5);
    expect(seen[0]).toEqual({ error: 'KeyError: 1' });
  });

  it('passes when every answer is right', () => {
    const perfect = fakeEngine(Object.fromEntries(entries.map((e) => [e.text, { language: e.language, error_type: e.error_type }])));
    const ok = evaluate(entries, perfect, { timedRuns: 1 });
    expect(ok.overall).toMatchObject({ languageAccuracy: 1, errorTypeAccuracy: 1, coverage: 1 });
    expect(ok.passed.all).toBe(true);
    expect(ok.misses).toEqual([]);
    expect(formatReport(ok)).toContain('misses: none');
  });

  it('prints a table, the timing, PASS/FAIL and the misses', () => {
    const text = formatReport(report);
    expect(text).toMatch(/overall\s+4\s+75\.0%\s+50\.0%\s+50\.0%/);
    expect(text).toMatch(/python\s+2\s+100\.0%\s+100\.0%\s+100\.0%/);
    expect(text).toMatch(/engine time per error: median .* µs, p99 .* µs/);
    expect(text).toMatch(/language accuracy\s+75\.0%\s+target >= 95\.0%\s+FAIL/);
    expect(text).toMatch(/error-type accuracy\s+50\.0%\s+target >= 85\.0%\s+FAIL/);
    expect(text).toContain('go-001');
    expect(text).toContain('go/nil pointer dereference  ->  go/*runtime error  [no pattern]');
    expect(text).toContain('sql/42P01  ->  *unknown/*Error  [no pattern]');
  });

  it('computes nearest-rank percentiles', () => {
    expect(percentile([], 0.5)).toBeNaN();
    expect(percentile([5], 0.99)).toBe(5);
    expect(percentile([4, 1, 3, 2], 0.5)).toBe(2);
    expect(
      percentile(
        Array.from({ length: 100 }, (_, i) => i + 1),
        0.99,
      ),
    ).toBe(99);
    expect(
      percentile(
        Array.from({ length: 100 }, (_, i) => i + 1),
        1,
      ),
    ).toBe(100);
  });
});

describe('evaluation: tuning and held-out splits', () => {
  const split = (e: CorpusEntry, s: CorpusEntry['split'], form?: CorpusEntry['form'], file = e.file): CorpusEntry => ({
    ...e,
    split: s,
    form,
    file,
  });
  const entries = [
    split(entry('go-001', 'go', 'deadlock', 'fatal error: all goroutines are asleep - deadlock!'), 'tuning', 'plain'),
    split(entry('go-002', 'go', 'data race', 'WARNING: DATA RACE'), 'held-out', 'log'),
    split(entry('php-001', 'php', 'PDOException', 'PDOException: could not find driver'), 'held-out', 'wrapped'),
    split(entry('php-002', 'php', 'Class not found', 'Uncaught Error: Class "Foo" not found'), 'held-out', 'localised'),
  ];
  const engine = fakeEngine({
    'fatal error: all goroutines are asleep - deadlock!': { language: 'go', error_type: 'deadlock' },
    'WARNING: DATA RACE': { language: 'go', error_type: 'data race' },
    'PDOException: could not find driver': { language: 'php', error_type: 'PDOException' },
  });
  const report = evaluate(entries, engine, { timedRuns: 1 });

  it('scores each split per family and per form', () => {
    expect(report.splits.tuning.overall.n).toBe(1);
    expect(report.splits['held-out'].overall).toMatchObject({ n: 3, languageAccuracy: 2 / 3, errorTypeAccuracy: 2 / 3 });
    expect(report.splits['held-out'].byFamily).toEqual([
      { family: 'go', n: 1, languageAccuracy: 1, errorTypeAccuracy: 1, coverage: 1 },
      { family: 'php', n: 2, languageAccuracy: 0.5, errorTypeAccuracy: 0.5, coverage: 0.5 },
    ]);
    expect(report.splits['held-out'].byForm.map((f) => [f.form, f.n])).toEqual([
      ['log', 1],
      ['wrapped', 1],
      ['localised', 1],
    ]);
  });

  it('judges the held-out targets, every family on its own', () => {
    expect(report.heldOutTargets).toEqual({ languageAccuracy: 0.97, errorTypeAccuracy: 0.92, familyErrorTypeAccuracy: 0.85 });
    expect(report.passed.heldOut).toBe(false);
    const allRight = fakeEngine(Object.fromEntries(entries.map((e) => [e.text, { language: e.language, error_type: e.error_type }])));
    expect(evaluate(entries, allRight, { timedRuns: 1 }).passed.heldOut).toBe(true);
  });

  it('hides the held-out misses unless asked, so nobody tunes on them', () => {
    const text = formatReport(report);
    expect(text).toMatch(
      /held-out: language 66\.7% \(>= 97\.0%\), error type 66\.7% \(>= 92\.0%\), weakest family php 50\.0% \(>= 85\.0%\)\s+FAIL/,
    );
    expect(text).toContain('misses: none shown (1 held-out, hidden)');
    expect(text).not.toContain('php-002');
    expect(formatReport(report, { showHeldOut: true })).toContain('php-002');
    expect(text).toMatch(/held-out: family\s+n/);
    expect(text).toMatch(/php\s+2\s+50\.0%\s+50\.0%/);
  });

  it('leaves the held-out entries out of the JSON report (npm run eval -- --json), keeping their figures', () => {
    const shown = withoutHeldOutEntries(report);
    expect(shown.results.map((r) => r.id)).toEqual(['go-001']);
    expect(shown.misses).toEqual([]);
    expect(JSON.stringify(shown)).not.toMatch(/go-002|php-00[12]/);
    expect(shown.splits['held-out'].overall).toEqual(report.splits['held-out'].overall);
    expect(report.misses.map((m) => m.id)).toEqual(['php-002']);
  });
});

describe('evaluation: fixes that repeat the captured names', () => {
  const entries = [entry('python-001', 'python', 'ModuleNotFoundError', "ModuleNotFoundError: No module named 'requests'")];
  const answer = (code: string) => ({
    analyse: () => ({
      translation: {
        language: 'python',
        error_type: 'ModuleNotFoundError',
        fixes: [{ title: 'Install it', steps: ['Install the package'], code }],
      },
      patternId: 'python.module-not-found',
      captures: { module: 'requests', message: "No module named 'requests'" },
    }),
  });

  it('passes an answer whose fixes name the module, fails one that does not', () => {
    const good = evaluate(entries, answer('pip install requests'), { timedRuns: 1 });
    expect(good.names).toEqual({ checked: 1, used: 1 });
    expect(good.results[0].unusedNames).toEqual([]);
    const bad = evaluate(entries, answer('pip install <package>'), { timedRuns: 1 });
    expect(bad.names).toEqual({ checked: 1, used: 0 });
    expect(bad.results[0].unusedNames).toEqual(['module']);
    expect(bad.passed.names).toBe(false);
    expect(formatReport(bad)).toMatch(/python-001\s+\[python\.module-not-found\] module/);
  });
});

describe('evaluation: corpus loading', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'aet-corpus-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const valid = {
    id: 'go-001',
    language: 'go',
    error_type: 'deadlock',
    source: 'https://github.com/a/b/issues/1',
    text: 'fatal error: all goroutines are asleep - deadlock!',
  };

  it('validates each entry', () => {
    expect(validateEntry(valid)).toEqual([]);
    expect(validateEntry({ ...valid, language: 'golang' })).toEqual(['language golang is not a contract language id']);
    expect(validateEntry({ ...valid, language: 'unknown' })).toEqual(['language unknown is not a contract language id']);
    expect(validateEntry({ ...valid, source: 'http://example.org' })).toEqual(['source is not an https URL']);
    expect(validateEntry({ ...valid, id: 'go-1' })).toEqual(['id go-1 is not <name>-<nnn>']);
    expect(validateEntry({ ...valid, text: '  ' })).toEqual(['text missing or empty']);
    expect(validateEntry({ ...valid, extra: 1 })).toEqual(['unexpected field extra']);
    expect(validateEntry({ ...valid, form: 'log', split: 'held-out' })).toEqual([]);
    expect(validateEntry({ ...valid, form: 'pasted' })).toEqual(['form "pasted" is not one of plain, log, wrapped, localised']);
    expect(validateEntry({ ...valid, split: 'test' })).toEqual(['split "test" is not one of tuning, held-out']);
    expect(validateEntry([])).toEqual(['not an object']);
  });

  it('reads every file and records where each entry came from', () => {
    writeFileSync(join(dir, 'go.json'), JSON.stringify([valid]));
    writeFileSync(
      join(dir, 'packages.json'),
      JSON.stringify([{ ...valid, id: 'packages-001', language: 'python', error_type: 'x', text: 'other' }]),
    );
    writeFileSync(join(dir, 'notes.md'), 'ignored');
    expect(loadCorpus(dir).map((e) => [e.id, e.file])).toEqual([
      ['go-001', 'go'],
      ['packages-001', 'packages'],
    ]);
  });

  it('rejects duplicate ids and duplicate texts', () => {
    writeFileSync(join(dir, 'go.json'), JSON.stringify([valid, { ...valid, text: '  fatal error:  all goroutines are asleep - DEADLOCK! ' }]));
    expect(() => loadCorpus(dir)).toThrow(/id go-001 already used[\s\S]*same text as go\.json\[0\]/);
  });

  it('rejects a file that is not a JSON array', () => {
    writeFileSync(join(dir, 'go.json'), '{"id": 1}');
    expect(() => loadCorpus(dir)).toThrow(/go\.json: not a JSON array/);
  });
});

describe('the corpus (test/fixtures/errors)', () => {
  const corpus = loadCorpus(findCorpusDir(__dirname));

  it('has at least 700 real error messages, one file per ecosystem', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(700);
    expect([...new Set(corpus.map((e) => e.file))].sort()).toEqual([...CORPUS_FILES].sort());
  });

  it('covers every contract language', () => {
    const languages = new Set(corpus.map((e) => e.language));
    for (const language of LANGUAGES.filter((l) => l !== 'unknown')) expect(languages).toContain(language);
  });

  it('cites a public source for the entries, at least 280 of them', () => {
    const cited = corpus.filter((e) => /^https:\/\/[^\s/]+\.[^\s/]+\/\S+/.test(e.source));
    expect(cited.length).toBeGreaterThanOrEqual(280);
  });

  it('holds at least 60 errors in each family the first corpus was weak in', () => {
    const short = WEAK_FAMILIES.map((family) => [family, corpus.filter((e) => e.file === family).length] as const).filter(([, n]) => n < 60);
    expect(short).toEqual([]);
  });

  it('holds at least 250 errors as people paste them: in logs, wrapped in another trace, localised', () => {
    expect(corpus.filter((e) => e.form === 'log' || e.form === 'wrapped' || e.form === 'localised').length).toBeGreaterThanOrEqual(250);
  });

  it('holds out at least 30% of the errors added with a form, in every file that has them', () => {
    const added = corpus.filter((e) => e.form !== undefined);
    expect(added.filter((e) => e.split === 'held-out').length / added.length).toBeGreaterThanOrEqual(0.3);
    for (const file of new Set(added.map((e) => e.file))) {
      const own = added.filter((e) => e.file === file);
      expect([file, own.filter((e) => e.split === 'held-out').length >= Math.floor(own.length * 0.3)]).toEqual([file, true]);
    }
    // The first corpus was written against: none of it may pose as held-out.
    expect(corpus.filter((e) => e.form === undefined && e.split === 'held-out')).toEqual([]);
  });

  it('numbers ids after their file', () => {
    for (const e of corpus) expect(e.id).toMatch(new RegExp(`^${e.file}-\\d{3}$`));
  });
});

describe('the rules engine on the corpus', () => {
  const report = evaluate(loadCorpus(findCorpusDir(__dirname)), new RulesEngine(), { timedRuns: 1 });
  const heldOut = report.splits['held-out'];

  // Issue 12's held-out targets are not all met on the held-out set as it stands. Error type and every
  // family were met on 953 held-out errors; the 232 held out of the session's rounds of 2026-12-05 were
  // answered worse than the rest (type 177 of 232, language 201). Their shell, zsh, fish, Podman,
  // registry and compose messages were ones the knowledge base did not know: shell fell to 77 of 101,
  // Docker to 38 of 57, error type overall to 89.5 %. On 2026-12-06, Docker Engine's own messages, bash's
  // builtins (with their catalogs' translations) and BuildKit's "failed to solve" over any cause brought
  // Docker back to 41 of 57 and shell to 80 of 101; then eight more rounds added 119 held-out errors
  // (89 right on language and 71 on type when they were added, 95 and 79 after their tuning rules), which the
  // knowledge base again knew less well: shell is 96 of 129, Docker 57 of 76, C and C++ 249 of 298. On
  // 2026-12-06 (second session) four more rounds added 57 held-out errors (48 right on language and 31 on
  // type when they were added); with the rules written for their tuning misses, shell is 103 of 143, Docker
  // 63 of 90, C and C++ 261 of 312, Kubernetes 51 of 61. Four more rounds then added 56 held-out errors, of
  // kinds again new to the knowledge base (16 right on type when they were added); with their rules, a shell
  // prompt and the cluster's component names as weak evidence of a language, shell is 112 of 157, Docker 72
  // of 104, C and C++ 271 of 326, Kubernetes 58 of 75. On the 1,304 held out before that session: 1,196 and 1,154.
  // On 2026-12-06 (third session) four more rounds (shell, Docker, Kubernetes, C and C++) added 61 held-out errors,
  // 49 right on language and 37 on type when they were added (52 and 42 after their tuning rules); on the 1,417
  // held out before them, 1,298 and 1,230 (from 1,294 and 1,222). Shell is 123 of 172, Docker 86 of 119, C and C++
  // 284 of 342, Kubernetes 70 of 90. On 2026-12-06 (fourth session) no corpus round: catalog passes over what the tools
  // print (shell, Docker and Kubernetes, C and C++, JavaScript and SQL; written from the tools, not from the corpus)
  // took language to 1,361 and type to 1,292; shell 133 of 172, Docker 89 of 119, C and C++ 289 of 342, Kubernetes 71 of 90.
  // On 2026-12-07 a third catalog pass over the same four families (from errors people pasted into public issue
  // threads, not from the corpus) took language to 1,373 and type to 1,309; shell 138 of 172, Docker 94 of 119,
  // C and C++ 292 of 342 (at the family target), Kubernetes 74 of 90; a second round the same day (shell and Docker
  // answered as other languages, JavaScript and TypeScript, Python, SQL and Rust, a cluster component's API failures
  // and minikube's exit reason as Kubernetes') took them to 1,375 and 1,311.
  // Language has never been met (C and C++ errors labelled by their thread's project while their text
  // names neither language are most of the gap).
  // Where a target is not met, the floor is the figure measured when the held-out set was last scored:
  // no change may lose ground on errors nobody tuned for.
  const HELD_OUT_FLOORS = { languageRight: 1414, errorTypeRight: 1355, of: 1478 };
  const FAMILY_FLOORS: Record<string, number> = { docker: 101 / 119 };

  it(`recognises the held-out errors' language and error type at their floors (targets ${HELD_OUT_TARGETS.languageAccuracy * 100}% and ${HELD_OUT_TARGETS.errorTypeAccuracy * 100}%, not met)`, () => {
    expect(heldOut.overall.n).toBe(HELD_OUT_FLOORS.of);
    expect(heldOut.overall.errorTypeAccuracy).toBeGreaterThanOrEqual(HELD_OUT_FLOORS.errorTypeRight / HELD_OUT_FLOORS.of);
    expect(heldOut.overall.languageAccuracy).toBeGreaterThanOrEqual(HELD_OUT_FLOORS.languageRight / HELD_OUT_FLOORS.of);
  });

  it(`keeps every held-out family at >= ${HELD_OUT_TARGETS.familyErrorTypeAccuracy * 100}% error type, or at its floor where it is below`, () => {
    const below = heldOut.byFamily.filter((f) => f.errorTypeAccuracy < HELD_OUT_TARGETS.familyErrorTypeAccuracy);
    for (const f of below)
      expect([f.family, f.errorTypeAccuracy >= (FAMILY_FLOORS[f.family] ?? HELD_OUT_TARGETS.familyErrorTypeAccuracy)]).toEqual([f.family, true]);
  });

  // Of the 2,706 tuning errors, 34 are missed on language and 17 on error type (47 and 20 before 2026-12-06's second wave of catalog passes,
  // which decides C or C++ from C++ projects' tools; 23 on error type before the first wave; the four rounds of 2026-12-06's
  // third session: GNU make's missing separator labelled shell where make's messages answer c, and three glibc
  // aborts and an MSVC link error of C++ projects whose text names no C++); 43 of 2,599 and 24 before them: among them an MSVC error list sorted by the user,
  // crashes and link errors that name nothing of their language (CTest, an ESP32 panic, glibc aborts,
  // ASan and LeakSanitizer reports and a Windows crash record of C++ programs, LNK2005/LNK2001 lines
  // of C or C++ projects, labelled by the thread), a Python SyntaxError inside node-gyp's stack,
  // SQLite's "no such column" answered with its result code, an Oracle error in a Ruby trace whose
  // class has no namespace, a MySQL error in a Go log line, Laravel's SQLSTATE message without its
  // class (labelled sql; the engine reads Laravel's "(Connection: …, SQL: …)" as QueryException's),
  // localised sudo messages (no catalog on this machine to read them from), and an ECR token error inside
  // a Maven plugin's failure (labelled by the registry's reason; the engine answers Maven's) (`npm run eval` lists them).
  it('recognises the language and error type of the tuning part', () => {
    const tuning = report.splits.tuning.overall;
    expect(tuning.languageAccuracy).toBeGreaterThanOrEqual(2672 / 2706);
    expect(tuning.errorTypeAccuracy).toBeGreaterThanOrEqual(2689 / 2706);
  });

  it('answers with fixes that repeat every name the error gave, wherever the pattern captures one', () => {
    expect(report.names.checked).toBeGreaterThan(300);
    expect(report.names.used).toBe(report.names.checked);
  });

  it(`recognises the language of >= ${TARGETS.languageAccuracy * 100}% and the error type of >= ${TARGETS.errorTypeAccuracy * 100}% of the errors`, () => {
    if (!report.passed.language || !report.passed.errorType) process.stdout.write(`${formatReport(report)}\n`);
    expect(report.overall.languageAccuracy).toBeGreaterThanOrEqual(TARGETS.languageAccuracy);
    expect(report.overall.errorTypeAccuracy).toBeGreaterThanOrEqual(TARGETS.errorTypeAccuracy);
  });
});
