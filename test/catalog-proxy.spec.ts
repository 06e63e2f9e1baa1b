/**
 * The catalog proxy's reading of a catalog spec: the `[text, language, error type]` rows of its `it.each` tables,
 * whatever else the spec holds, read without jest running it.
 */
import { specRows } from '../bench/catalog-proxy';

describe("the catalog proxy's spec reader", () => {
  const source = `
    import { expectRecognised, fixText } from './support/recognised';
    describe('a pass', () => {
      it.each([
        ['Error: A happened', 'docker', 'A happened'],
        ['fatal: b', 'git', 'b'] as const,
      ])('%j', (text, language, errorType) => expectRecognised(text, language, errorType));
      it.each([['only two', 'cells']])('%j', () => undefined);
      it('checks a fix', () => expect(fixText('x')).toContain('x'));
    });
    describe('near misses', () => {
      it.each<[string, string, string]>([['C: c', 'shell', 'c']])('%j', () => undefined);
    });
  `;

  it('returns every three-string row of every table, in order, and nothing else', () => {
    expect(specRows(source, require)).toEqual([
      ['Error: A happened', 'docker', 'A happened'],
      ['fatal: b', 'git', 'b'],
      ['C: c', 'shell', 'c'],
    ]);
  });
});
