/**
 * `npm run eval:catalog-proxy`: a stand-in for errors nobody tuned for, to measure a generic change (a fallback
 * reading, a language clue) before it meets the held-out set. Each catalog pass holds real pasted errors in
 * `test/catalog-<family><N>.spec.ts` and the patterns written for them in `<family>-catalog<N>.patterns.ts`; here
 * every spec's rows (`[text, language, error type]`) are answered by an engine without that pass's own patterns,
 * as if the pass had never been made. Prints how many rows get their language and error type right; --json prints
 * every row's answer, to compare two builds row by row.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import * as ts from 'typescript';
import { KNOWLEDGE_BASE } from '../src/translator/knowledge';
import type { ErrorPattern } from '../src/translator/rules/error-pattern';
import { RulesEngine } from '../src/translator/rules/rules-engine';
import { errorTypeMatches, findCorpusDir } from './evaluation';

type Row = readonly [text: string, language: string, errorType: string];

// The project root, from the corpus folder (test/fixtures/errors) found above this file.
const REPO = join(findCorpusDir(), '..', '..', '..');
const loadCompiled = createRequire(__filename);
const KNOWLEDGE = join(__dirname, '..', 'src', 'translator', 'knowledge');

/** The spec's short family name and the knowledge file its pass wrote ("k8s10" → kubernetes-catalog10). */
const PASS_FILES: Record<string, string> = {
  docker: 'docker-catalog',
  k8s: 'kubernetes-catalog',
  native: 'native-catalog',
  shell: 'shell-catalog',
  program: 'program-catalog',
  js: 'javascript-catalog',
  l10n: 'localised-catalog',
  sql: 'sql-catalogue',
};

/** The `[text, language, error type]` rows of a spec's `it.each` tables, read by running the spec with jest's globals stubbed. */
export function specRows(source: string, requireCompiled: (path: string) => unknown): Row[] {
  const rows: Row[] = [];
  const each = (table: unknown): (() => void) => {
    if (Array.isArray(table)) {
      for (const row of table) {
        if (Array.isArray(row) && row.length === 3 && row.every((cell) => typeof cell === 'string')) rows.push(row as unknown as Row);
      }
    }
    return () => undefined;
  };
  const it = Object.assign(() => undefined, { each });
  const describe = (_name: string, body: () => void): void => body();
  const noop = (): void => undefined;
  const stub = new Proxy({}, { get: () => () => '' });
  const importOf = (path: string): unknown => (path.startsWith('./support/') ? stub : requireCompiled(path));
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const exports = {};
  // The spec's own module scope: jest's globals are stubs, its imports of the sources are the compiled ones.
  runInNewContext(js, {
    require: importOf,
    exports,
    module: { exports },
    describe,
    it,
    test: it,
    expect: noop,
    beforeAll: noop,
    afterAll: noop,
  });
  return rows;
}

function passFile(spec: string): string | null {
  const m = /^([a-z0-9]+?)(\d*)$/.exec(spec);
  const family = m ? PASS_FILES[m[1]] : undefined;
  return family ? `${family}${m?.[2] ?? ''}.patterns.js` : null;
}

function main(argv: readonly string[]): number {
  const answers: Record<string, unknown> = {};
  let rows = 0;
  let languageRight = 0;
  let errorTypeRight = 0;
  const compiled = (path: string): unknown => loadCompiled(path.startsWith('../src/') ? join(__dirname, '..', path.slice(3)) : path);
  for (const name of readdirSync(join(REPO, 'test')).filter((f) => /^catalog-[a-z0-9]+\.spec\.ts$/.test(f))) {
    const spec = name.slice('catalog-'.length, -'.spec.ts'.length);
    const file = passFile(spec);
    if (!file || !readdirSync(KNOWLEDGE).includes(file)) continue;
    const own = new Set(
      Object.values(loadCompiled(join(KNOWLEDGE, file)) as Record<string, unknown>).flatMap((v) =>
        Array.isArray(v) ? (v as ErrorPattern[]).map((p) => p.id) : [],
      ),
    );
    const engine = new RulesEngine(KNOWLEDGE_BASE.filter((p) => !own.has(p.id)));
    for (const [text, language, errorType] of specRows(readFileSync(join(REPO, 'test', name), 'utf8'), compiled)) {
      const { translation, patternId } = engine.analyse({ error: text });
      const languageOk = translation.language === language;
      const errorTypeOk = errorTypeMatches(errorType, translation.error_type);
      rows += 1;
      if (languageOk) languageRight += 1;
      if (errorTypeOk) errorTypeRight += 1;
      answers[`${spec}|${text}`] = { expected: [language, errorType], answered: [translation.language, translation.error_type], patternId };
    }
  }
  const summary = { rows, languageRight, errorTypeRight };
  process.stdout.write(
    argv.includes('--json')
      ? `${JSON.stringify({ ...summary, answers })}\n`
      : `catalog rows answered without their own pass's patterns: ${rows}; language right ${languageRight}, error type right ${errorTypeRight}\n`,
  );
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
