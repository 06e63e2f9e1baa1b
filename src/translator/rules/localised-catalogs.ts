import { TOOL_CATALOG_MESSAGES } from './localised-catalog-messages';

/**
 * Command-line tools' localised messages (sed, apt, dpkg) back to English, built from their catalogs'
 * printf formats: each translation becomes a regular expression whose placeholders capture the names
 * and numbers, which go back into the English format in the English order.
 *
 * Cost: one test for the tools' names; then a substring test per translation for its longest word, and
 * only a translation whose word is in the text runs its regular expression, whose captures are bounded.
 */

// printf's conversions as the catalogs write them, with an optional position (%1$s) and Czech's
// thousands flag (%'lu).
const PLACEHOLDER = /%(?:(\d)\$)?'?(?:l?u|d|s|c)/g;

const escape = (literal: string): string =>
  // Catalogs write a no-break space where a terminal shows a plain one, and the reverse.
  literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ \u00a0]+/g, '[ \\u00a0]{1,3}');

/** A number, one character, or a name: a word when it starts or ends the message, else up to the next literal. */
function capture(placeholder: string, atEdge: boolean): string {
  if (/[ud]$/.test(placeholder)) return '(\\d{1,20})';
  if (placeholder.endsWith('c')) return '([^\\n])';
  return atEdge ? '([^\\s\'"«»„“”‘’]{1,200})' : '([^\\n]{1,300}?)';
}

interface Translation {
  /** Its longest word: the regular expression only runs on texts that contain it. */
  anchor: string;
  re: RegExp;
  /** For each capture group, in order, the English placeholder it fills. */
  order: number[];
}

function compile(translation: string): Translation {
  const order: number[] = [];
  let source = '';
  let last = 0;
  let sequential = 0;
  for (const m of translation.matchAll(PLACEHOLDER)) {
    const index = m.index ?? 0;
    const atEdge = index === 0 || index + m[0].length === translation.length;
    source += escape(translation.slice(last, index)) + capture(m[0], atEdge);
    order.push(m[1] ? Number(m[1]) - 1 : sequential++);
    last = index + m[0].length;
  }
  const words = translation.replace(PLACEHOLDER, ' ').split(/[\s\u00a0]+/);
  const anchor = words.reduce((a, b) => (b.length > a.length ? b : a), '');
  return { anchor, re: new RegExp(source + escape(translation.slice(last)), 'g'), order };
}

const MESSAGES = TOOL_CATALOG_MESSAGES.map(([, english, translations]) => ({ english, translations: translations.map(compile) }));

function toEnglish(english: string, order: readonly number[], groups: readonly string[]): string {
  const values: string[] = [];
  order.forEach((position, i) => (values[position] = groups[i] ?? ''));
  let n = 0;
  return english.replace(PLACEHOLDER, (_p, position?: string) => values[position ? Number(position) - 1 : n++] ?? '');
}

// The tools print their name or apt's severity before these messages: only such texts are searched.
const FROM_THESE_TOOLS = /(?:^|[\s:])(?:sed|dpkg|apt|apt-get)(?=[:：\s])|(?:^|\s)[EW]: /m;

/** The text with the tools' localised messages in English; other text unchanged. */
export function delocaliseToolMessages(text: string): string {
  if (!FROM_THESE_TOOLS.test(text)) return text;
  let out = text;
  for (const { english, translations } of MESSAGES) {
    for (const t of translations) {
      if (!out.includes(t.anchor)) continue;
      // replace() passes the match, then the groups, the offset and the whole string.
      out = out.replace(t.re, (...args: unknown[]) => toEnglish(english, t.order, args.slice(1, 1 + t.order.length) as string[]));
    }
  }
  return out;
}
