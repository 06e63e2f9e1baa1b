import { RegExpParser } from '@eslint-community/regexpp';
import type { Alternative, Element, Node } from '@eslint-community/regexpp/ast';

/**
 * The literals of which any match of a pattern must contain at least one, read from the regex's
 * syntax tree: `(?:foo|bar)baz\d+` needs "foobaz" or "barbaz". A text holding none of them cannot
 * match, and `String.includes` says so far faster than running the regex over the whole text.
 * Most patterns carry no hand-written `requires` prefilter; this gives every one of them the same
 * shortcut without changing an answer (a skipped pattern is one that could not have matched).
 *
 * Conservative by construction: whatever is not understood (a negated or wide class, `.`, `\w`,
 * a back-reference, a negative lookaround, the `i` flag) requires nothing, and a set too large or
 * too short to pay off is dropped. Null: no useful literal.
 */
export function requiredLiterals(re: RegExp): readonly string[] | null {
  // Every engine built in one process (the app's, the tests') reads the same pattern objects.
  const known = derived.get(re);
  if (known !== undefined) return known;
  const literals = derive(re);
  derived.set(re, literals);
  return literals;
}

const derived = new WeakMap<RegExp, readonly string[] | null>();

function derive(re: RegExp): readonly string[] | null {
  if (/[iv]/.test(re.flags)) return null;
  let alternatives: Alternative[];
  try {
    alternatives = parser.parsePattern(re.source, 0, re.source.length, { unicode: re.flags.includes('u') }).alternatives;
  } catch {
    return null;
  }
  const required = ofAlternatives(alternatives).required;
  return required && shortest(required) >= MIN_LENGTH ? required : null;
}

const parser = new RegExpParser({ ecmaVersion: 2025 });

/** Shorter literals ("at ", ": ") are in nearly every text and would filter nothing. */
const MIN_LENGTH = 3;
/** Bounds on the strings a node can match exactly, so a long alternation stays cheap to test. */
const MAX_STRINGS = 24;
const MAX_STRING_LENGTH = 80;

interface Reading {
  /** Every string the node can match, when few and short: joined with its neighbours into longer literals. */
  exact: string[] | null;
  /** Literals one of which every match of the node contains. */
  required: string[] | null;
}

const NOTHING: Reading = { exact: null, required: null };
const ZERO_WIDTH: Reading = { exact: [''], required: null };

const shortest = (strings: readonly string[]): number => Math.min(...strings.map((s) => s.length));
const bestOf = (a: string[] | null, b: string[]): string[] => (a === null || shortest(b) > shortest(a) ? b : a);

function joined(left: string[], right: string[]): string[] | null {
  if (left.length * right.length > MAX_STRINGS) return null;
  const out = new Set<string>();
  for (const l of left) for (const r of right) out.add(l + r);
  const strings = [...out];
  return strings.some((s) => s.length > MAX_STRING_LENGTH) ? null : strings;
}

/** A match of a disjunction is a match of one branch: it needs one of the union of their literals. */
function ofAlternatives(alternatives: readonly Alternative[]): Reading {
  let exact: string[] | null = [];
  let required: string[] | null = [];
  for (const alternative of alternatives) {
    const reading = ofSequence(alternative.elements);
    exact = exact && reading.exact ? [...new Set([...exact, ...reading.exact])] : null;
    if (exact && exact.length > MAX_STRINGS) exact = null;
    required = required && reading.required ? [...new Set([...required, ...reading.required])] : null;
  }
  return { exact, required: required && required.length <= 2 * MAX_STRINGS ? required : null };
}

/**
 * A sequence needs whatever any of its parts needs: the longest run of exactly known text, or a
 * part's own requirement, whichever has the longest shortest literal.
 */
function ofSequence(elements: readonly Element[]): Reading {
  let run: string[] = [''];
  let best: string[] | null = null;
  let allExact = true;
  const closeRun = () => {
    if (shortest(run) > 0) best = bestOf(best, run);
  };
  for (const element of elements) {
    const reading = ofNode(element);
    if (reading.exact) {
      const longer = joined(run, reading.exact);
      if (longer) {
        run = longer;
        continue;
      }
      closeRun();
      run = reading.exact;
      allExact = false;
      continue;
    }
    allExact = false;
    closeRun();
    run = [''];
    if (reading.required) best = bestOf(best, reading.required);
  }
  closeRun();
  if (allExact) return { exact: run, required: shortest(run) > 0 ? run : null };
  return { exact: null, required: best };
}

function ofNode(node: Node): Reading {
  switch (node.type) {
    case 'Character': {
      const char = String.fromCodePoint(node.value);
      return { exact: [char], required: [char] };
    }
    case 'CharacterClass':
      return ofClass(node);
    case 'Group':
    case 'CapturingGroup':
      return ofAlternatives(node.alternatives);
    case 'Quantifier': {
      if (node.min === 0) return NOTHING;
      const inner = ofNode(node.element);
      const required = inner.required ?? (inner.exact && shortest(inner.exact) > 0 ? inner.exact : null);
      return { exact: node.min === 1 && node.max === 1 ? inner.exact : null, required };
    }
    case 'Assertion':
      // A positive lookaround's text must be in the input too; it just does not join its neighbours.
      if (node.kind === 'lookahead' || node.kind === 'lookbehind')
        return node.negate ? NOTHING : { exact: null, required: ofAlternatives(node.alternatives).required };
      // ^, $, \b: zero-width, so the text on both sides stays one literal.
      return ZERO_WIDTH;
    default:
      return NOTHING;
  }
}

/** A small class of single characters (`["'`]`, `[Ee]`) reads as that many one-character strings. */
function ofClass(node: Extract<Node, { type: 'CharacterClass' }>): Reading {
  if (node.negate || node.unicodeSets) return NOTHING;
  const chars: string[] = [];
  for (const element of node.elements) {
    if (element.type === 'Character') chars.push(String.fromCodePoint(element.value));
    else if (element.type === 'CharacterClassRange' && element.max.value - element.min.value < 4)
      for (let c = element.min.value; c <= element.max.value; c++) chars.push(String.fromCodePoint(c));
    else return NOTHING;
  }
  return chars.length > 0 && chars.length <= 6 ? { exact: chars, required: chars } : NOTHING;
}
