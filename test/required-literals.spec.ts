/**
 * The literals the rules engine tests before a pattern's regex (src/translator/rules/required-literals.ts):
 * what a regex is read to need, and that no pattern's own samples would be skipped by them. Pure.
 */
import { findCorpusDir, loadCorpus } from '../bench/evaluation';
import { KNOWLEDGE_BASE } from '../src/translator/knowledge';
import { SIGNALS } from '../src/translator/rules/language-detector';
import { normalise } from '../src/translator/rules/normalise';
import { requiredLiterals } from '../src/translator/rules/required-literals';

describe('requiredLiterals', () => {
  it.each([
    [/cannot find symbol/, ['cannot find symbol']],
    // A small class or alternation multiplies into whole literals.
    [/[Ee]rror (?:C|LNK)\d{4}/, ['Error C', 'error C', 'Error LNK', 'error LNK']],
    // The longest exactly known run wins over shorter ones around a wildcard.
    [/(?<name>\w+) redeclared in this block/, [' redeclared in this block']],
    // Zero-width assertions do not break a run.
    [/^fatal: \bnot a git repository/m, ['fatal: not a git repository']],
    // A positive lookahead's text must be in the input too.
    [/^(?=[\s\S]*?Traceback)[\s\S]*?x/, ['Traceback']],
    // A branch of a disjunction that needs a literal of its own adds it.
    [/undefined: \w+|undeclared name: \w+/, ['undefined: ', 'undeclared name: ']],
  ] as [RegExp, string[] | null][])('%s needs one of %j', (re, expected) => {
    const literals = requiredLiterals(re);
    expect(literals === null ? null : [...literals].sort()).toEqual(expected === null ? null : [...expected].sort());
  });

  it.each([
    ['an optional part', /(?:foo)?bar/, ['bar']],
    ['a repetition of at least one', /x(?:abcd)+y/, ['abcd']],
  ] as [string, RegExp, string[]][])('keeps only what every match has: %s', (_, re, expected) => {
    expect(requiredLiterals(re)).toEqual(expected);
  });

  it.each([
    ['a branch that needs nothing', /foo bar|\d+/],
    ['a negative lookahead', /(?!foo bar)\w+/],
    ['the i flag', /cannot find symbol/i],
    ['an optional literal', /(?:cannot find symbol)?x/],
    ['literals shorter than three characters', /a\d+b/],
    ['a negated class', /[^abc]{1,5}/],
    ['a back-reference', /(\w+) \1/],
  ])('reads no literal from %s', (_, re) => {
    expect(requiredLiterals(re)).toBeNull();
  });

  it('never skips a knowledge-base pattern on a sample its regex matches', () => {
    const skipped: string[] = [];
    let checked = 0;
    for (const pattern of KNOWLEDGE_BASE) {
      const literals = requiredLiterals(pattern.match);
      if (literals === null) continue;
      for (const sample of pattern.samples) {
        const text = normalise(sample);
        if (!new RegExp(pattern.match.source, pattern.match.flags.replace(/[gy]/g, '')).test(text)) continue;
        checked += 1;
        if (!literals.some((literal) => text.includes(literal))) skipped.push(`${pattern.id}: ${JSON.stringify(literals)}`);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(skipped).toEqual([]);
  });

  // The engine reads a pattern's hand-written `requires` instead of its regex, and the detector reads its signals.
  const corpus = loadCorpus(findCorpusDir(__dirname)).map((entry) => normalise(entry.text));

  it("never skips a pattern's requires on its samples or on a corpus text it passes", () => {
    // Every fourth corpus text: each of the ~950 tests runs on each text (the whole corpus took 13 s).
    const some = corpus.filter((_, i) => i % 4 === 0);
    let checked = 0;
    const skipped = KNOWLEDGE_BASE.flatMap((pattern) => {
      const literals = pattern.requires ? requiredLiterals(pattern.requires) : null;
      if (!pattern.requires || literals === null) return [];
      const requires = new RegExp(pattern.requires.source, pattern.requires.flags.replace(/[gy]/g, ''));
      const passing = [...pattern.samples.map(normalise), ...some].filter((t) => requires.test(t));
      checked += passing.length;
      return passing.filter((t) => !literals.some((literal) => t.includes(literal))).map((t) => `${pattern.id}: ${t.slice(0, 60)}`);
    });
    expect(checked).toBeGreaterThan(1000);
    expect(skipped).toEqual([]);
  });

  it('never skips a language signal on a corpus text or sample it fires on', () => {
    const texts = [...corpus, ...KNOWLEDGE_BASE.flatMap((p) => p.samples.map(normalise))];
    const filtered = SIGNALS.filter(([, re]) => requiredLiterals(re) !== null);
    expect(filtered.length).toBeGreaterThan(100);
    let fired = 0;
    const skipped = filtered.flatMap(([language, re]) => {
      const literals = requiredLiterals(re) ?? [];
      const firing = texts.filter((t) => re.test(t));
      fired += firing.length;
      return firing
        .filter((t) => !literals.some((literal) => t.includes(literal)))
        .map((t) => `${language} ${re.source.slice(0, 40)}: ${t.slice(0, 60)}`);
    });
    expect(fired).toBeGreaterThan(1000);
    expect(skipped).toEqual([]);
  });
});
