/**
 * Which regexes of a fixed list a text could match, judged by the literals each needs (required-literals.ts), in one
 * pass over the text. The engine asks this of its ~2,300 patterns and the detector of its signals for every text:
 * one `includes` per literal (about 3,000) cost more than most of the regexes it spared.
 *
 * Literals are bucketed by their first three characters. At each position of the text only the literals whose first
 * three characters are there are compared (a literal already found is not compared again): a scan is linear in the
 * text, and costs little more for 3,000 literals than for ten.
 */
export class LiteralIndex {
  /** Literal ids by the hash of their first three characters (a collision only costs a comparison). */
  private readonly buckets = new Map<number, number[]>();
  private readonly literals: string[] = [];
  /** For each literal id, the lists that need it. */
  private readonly listsOf: number[][] = [];
  /** Lists with no literal to test first: every text passes them. */
  private readonly unfiltered: number[] = [];
  private readonly lists: number;

  /**
   * One entry per regex, in order: the literals one of which any text it matches contains (each three characters
   * or more), or null when nothing is known.
   */
  constructor(needed: readonly (readonly string[] | null)[]) {
    this.lists = needed.length;
    const ids = new Map<string, number>();
    needed.forEach((literals, list) => {
      if (literals === null) return void this.unfiltered.push(list);
      for (const literal of literals) {
        if (literal.length < MIN_LENGTH) throw new RangeError(`LiteralIndex: "${literal}" is shorter than ${MIN_LENGTH} characters`);
        let id = ids.get(literal);
        if (id === undefined) {
          id = this.literals.push(literal) - 1;
          ids.set(literal, id);
          this.listsOf.push([]);
          const key = hashAt(literal, 0);
          const bucket = this.buckets.get(key);
          if (bucket) bucket.push(id);
          else this.buckets.set(key, [id]);
        }
        this.listsOf[id].push(list);
      }
    });
  }

  /** One flag per list given to the constructor: 1 where the text contains one of its literals, or it has none. */
  scan(text: string): Uint8Array {
    const possible = new Uint8Array(this.lists);
    for (const list of this.unfiltered) possible[list] = 1;
    const found = new Uint8Array(this.literals.length);
    for (let at = 0; at + MIN_LENGTH <= text.length; at++) {
      const bucket = this.buckets.get(hashAt(text, at));
      if (bucket === undefined) continue;
      for (const id of bucket) {
        if (found[id] === 1 || !text.startsWith(this.literals[id], at)) continue;
        found[id] = 1;
        for (const list of this.listsOf[id]) possible[list] = 1;
      }
    }
    return possible;
  }
}

const MIN_LENGTH = 3;

/** The three UTF-16 units at `at`, ten bits each: a small integer, so the bucket map's keys stay unboxed. */
function hashAt(text: string, at: number): number {
  return ((text.charCodeAt(at) & 0x3ff) << 20) | ((text.charCodeAt(at + 1) & 0x3ff) << 10) | (text.charCodeAt(at + 2) & 0x3ff);
}
