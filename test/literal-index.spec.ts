/**
 * The prefilter the rules engine and the language detector run before their regexes
 * (src/translator/rules/literal-index.ts): which lists of literals a text holds one of, in one pass. Pure.
 */
import { loadCorpus, findCorpusDir } from '../bench/evaluation';
import { KNOWLEDGE_BASE } from '../src/translator/knowledge';
import { LiteralIndex } from '../src/translator/rules/literal-index';
import { normalise } from '../src/translator/rules/normalise';
import { requiredLiterals } from '../src/translator/rules/required-literals';

const passed = (index: LiteralIndex, text: string): number[] => [...index.scan(text)].flatMap((flag, list) => (flag ? [list] : []));

describe('LiteralIndex', () => {
  const index = new LiteralIndex([['cannot find symbol'], ['error: ', 'errno'], null, ['Traceback'], ['ошибка'], ['errno 13'], ['EOF']]);

  it.each([
    ['at the start', 'cannot find symbol x', [0, 2]],
    ['at the end', 'javac says: cannot find symbol', [0, 2]],
    ['one of two literals', 'x errno 2', [1, 2]],
    ['literals sharing their first characters', 'errno 13 and error: x', [1, 2, 5]],
    ['overlapping literals', 'errno 13', [1, 2, 5]],
    ['a three-character literal that ends the text', 'unexpected EOF', [2, 6]],
    ['a text that is only the literal', 'EOF', [2, 6]],
    ['no literal at all', 'all is well', [2]],
    ['a text shorter than any literal', 'er', [2]],
    ['the empty text', '', [2]],
    ['a literal in another alphabet', 'произошла ошибка', [2, 4]],
    ['the same literal many times', 'Traceback '.repeat(1000), [2, 3]],
  ])('passes the lists whose literal the text holds: %s', (_, text, lists) => {
    expect(passed(index, text)).toEqual(lists);
  });

  it('tells apart characters that share a bucket, and letter case', () => {
    // U+0461 and "a" (U+0061) have the same low ten bits: the same bucket, but not the same literal.
    const shared = new LiteralIndex([['abc'], ['\u0461bc']]);
    expect(passed(shared, 'xabcx')).toEqual([0]);
    expect(passed(shared, 'x\u0461bcx')).toEqual([1]);
    expect(passed(shared, 'ABC')).toEqual([]);
  });

  it('refuses a literal shorter than three characters', () => {
    expect(() => new LiteralIndex([['ab']])).toThrow(RangeError);
  });

  it("agrees with String.includes on a thousand corpus texts, for every knowledge-base pattern's literals", () => {
    const lists = KNOWLEDGE_BASE.map((pattern) => requiredLiterals(pattern.requires ?? pattern.match));
    const kb = new LiteralIndex(lists);
    // Every fourth text: the plain includes this compares with are what made the prefilter worth writing (11 s for all).
    const texts = loadCorpus(findCorpusDir(__dirname))
      .filter((_, i) => i % 4 === 0)
      .map((entry) => normalise(entry.text));
    const disagreements = texts.flatMap((text) => {
      const possible = kb.scan(text);
      return lists.flatMap((literals, list) =>
        Boolean(possible[list]) === (literals === null || literals.some((literal) => text.includes(literal)))
          ? []
          : [`${KNOWLEDGE_BASE[list].id}: ${text.slice(0, 60)}`],
      );
    });
    expect(texts.length).toBeGreaterThan(1000);
    expect(disagreements).toEqual([]);
  });
});
