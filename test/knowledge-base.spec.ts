/**
 * Generic checks over the whole knowledge base: every ecosystem file is covered as soon as it
 * exports patterns. Pure unit tests (no app, no database).
 */
import { KNOWLEDGE_BASE } from '../src/translator/knowledge';
import type { ErrorPattern } from '../src/translator/rules/error-pattern';
import { unusedCaptures } from '../src/translator/rules/captured-names';
import { detectLanguage } from '../src/translator/rules/language-detector';
import { normalise } from '../src/translator/rules/normalise';
import { RulesEngine } from '../src/translator/rules/rules-engine';
import { PROGRAM_LANGUAGES } from '../src/translator/rules/wrapped';
import { CATEGORIES, LANGUAGES, type Language, type Translation } from '../src/translator/translation';

const engine = new RulesEngine();

/** The pattern's own text, builders included: words it writes itself are not leaks. */
function source(pattern: ErrorPattern): string {
  return JSON.stringify(pattern, (_k, v: unknown) => (typeof v === 'function' ? v.toString() : v instanceof RegExp ? v.source : v));
}

/** Text of an answer a person reads; "undefined"/"NaN" there means a missing capture leaked. */
function readable(t: Translation): string {
  return [
    t.error_type,
    t.summary,
    t.explanation,
    ...t.causes,
    ...t.fixes.flatMap((f) => [f.title, ...f.steps, f.code ?? '']),
    ...t.references.map((r) => r.title),
  ].join('\n');
}

describe('knowledge base', () => {
  it('has patterns', () => {
    expect(KNOWLEDGE_BASE.length).toBeGreaterThan(0);
  });

  it('has unique, namespaced ids', () => {
    const ids = KNOWLEDGE_BASE.map((p) => p.id);
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(duplicates).toEqual([]);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)+$/);
  });

  describe.each(KNOWLEDGE_BASE.map((p) => [p.id, p] as const))('%s', (_id, pattern) => {
    it('is well-formed', () => {
      expect(LANGUAGES).toContain(pattern.language);
      expect(CATEGORIES).toContain(pattern.category);
      expect(pattern.samples.length).toBeGreaterThan(0);
      expect(pattern.references.length).toBeGreaterThan(0);
      for (const ref of pattern.references) {
        expect(ref.title.trim()).not.toBe('');
        expect(new URL(ref.url).protocol).toBe('https:');
      }
    });

    it.each(pattern.samples.map((s, i) => [i, s] as const))('recognises sample %i', (_i, sample) => {
      const { translation, patternId, captures } = engine.analyse({ error: sample });
      expect(patternId).toBe(pattern.id);
      // A database error in a program's trace (psycopg2, PG::, node-postgres…) is answered as the
      // program's error; only samples that show such a program may move away from "sql".
      if (pattern.language === 'sql' && translation.language !== 'sql') {
        expect(PROGRAM_LANGUAGES.has(translation.language as Language)).toBe(true);
        expect(detectLanguage(normalise(sample)).language).toBe(translation.language);
      } else {
        expect(translation.language).toBe(pattern.language);
      }
      // Fixes repeat the names the error gave (module, file, table, port…), not placeholders.
      expect(unusedCaptures(captures, translation.fixes)).toEqual([]);
      expect(CATEGORIES).toContain(translation.category);
      expect(translation.engine).toBe('rules');
      expect(translation.error_type.trim()).not.toBe('');
      expect(translation.summary.trim()).not.toBe('');
      expect(translation.explanation.trim()).not.toBe('');
      expect(translation.fixes.length).toBeGreaterThanOrEqual(1);
      for (const f of translation.fixes) expect(f.title.trim()).not.toBe('');
      expect(translation.confidence).toBeGreaterThanOrEqual(0.75);
      expect(translation.confidence).toBeLessThanOrEqual(0.95);
      // A missing capture interpolated into a template shows up as "undefined"/"NaN"/"null".
      // Those words are fine when the error itself contains them (JavaScript's "Cannot read
      // properties of undefined") or when the pattern writes them on purpose.
      const text = readable(translation);
      const own = `${sample}\n${source(pattern)}`;
      for (const word of ['undefined', 'NaN', 'null']) {
        if (!new RegExp(`\\b${word}\\b`).test(own)) expect(text).not.toMatch(new RegExp(`\\b${word}\\b`));
      }
      if (!own.includes('[object Object]')) expect(text).not.toContain('[object Object]');
    });
  });
});
