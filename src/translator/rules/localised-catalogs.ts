import { TOOL_CATALOG_MESSAGES } from './localised-catalog-messages';
import { COREUTILS_CATALOG_MESSAGES } from './localised-coreutils-messages';
import { MAKE_CATALOG_MESSAGES } from './localised-make-messages';

/**
 * Command-line tools' localised messages (sed, apt, dpkg, make) back to English, built from their catalogs'
 * printf formats: each translation becomes a regular expression whose placeholders capture the names
 * and numbers, which go back into the English format in the English order.
 *
 * Cost: one test per tool for its name; then one test for any of its translations' longest words; then
 * a substring test per translation for its word, and only a translation whose word is in the text runs
 * its regular expression, whose captures are bounded.
 */

// printf's conversions as the catalogs write them, with an optional position (%1$s) and Czech's
// thousands flag (%'lu).
const PLACEHOLDER = /%(?:(\d)\$)?'?(?:l?u|d|s|c)/g;

// gcc's table writes a quoted argument ‘%s’ whatever quotes the locale prints: »x«, « x », 「x」, “x”, 'x';
// and its colons stand for the full-width ones of the Chinese and Japanese catalogs too.
const OPEN_QUOTE = `[‘'"«»„“”「\`´][ \\u00a0]?`;
const CLOSE_QUOTE = `[ \\u00a0]?[’'"«»“”」´]`;

const escape = (literal: string, quotes = false): string => {
  // Catalogs write a no-break space where a terminal shows a plain one, and the reverse; a message
  // broken over lines loses the spaces around its line break when pasted (and normalised).
  const source = literal
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .split(/[ \u00a0]*\n[ \u00a0]*/)
    .map((line) => line.replace(/[ \u00a0]+/g, '[ \\u00a0]{1,3}'))
    .join('[ \\u00a0]{0,3}\\n[ \\u00a0]{0,8}');
  return quotes ? source.replace(/:/g, '[:：]').replace(/‘/g, OPEN_QUOTE).replace(/’/g, CLOSE_QUOTE) : source;
};

/** A number, one character, or a name: a word when it starts or ends the message, else up to the next literal. */
function capture(placeholder: string, atEdge: boolean): string {
  if (/[ud]$/.test(placeholder)) return '(\\d{1,20})';
  if (placeholder.endsWith('c')) return '([^\\n])';
  // coreutils quotes the name itself ('x', ‘x’, "x y"): a quoted name may hold spaces.
  return atEdge ? '((?:[\'‘"«„“][^\\n\'’"«»„“”]{1,200}[\'’"»“”]|[^\\s\'"«»„“”‘’]{1,200}))' : '([^\\n]{1,300}?)';
}

export interface Translation {
  /** Its longest word: the regular expression only runs on texts that contain it. */
  anchor: string;
  re: RegExp;
  /** For each capture group, in order, the English placeholder it fills. */
  order: number[];
}

/** A translation's regular expression; `quotes`: its ‘ and ’ stand for any quotes (gcc's tables). */
export function compile(translation: string, quotes = false): Translation {
  const order: number[] = [];
  let source = '';
  let last = 0;
  let sequential = 0;
  for (const m of translation.matchAll(PLACEHOLDER)) {
    const index = m.index ?? 0;
    const atEdge = index === 0 || index + m[0].length === translation.length;
    source += escape(translation.slice(last, index), quotes) + capture(m[0], atEdge);
    order.push(m[1] ? Number(m[1]) - 1 : sequential++);
    last = index + m[0].length;
  }
  const words = translation.replace(PLACEHOLDER, ' ').split(quotes ? /[\s\u00a0‘’:：]+/ : /[\s\u00a0]+/);
  // gcc's: a word of the translation's own language where it has one ("ld" or "void" is in English texts too).
  const own = quotes ? words.filter((w) => /[^\x00-\x7f]/.test(w)) : [];
  const anchor = (own.length > 0 ? own : words).reduce((a, b) => (b.length > a.length ? b : a), '');
  // gcc's: not inside a word ("typedef‘x’重定义" is not "‘x’重定义" after "typedef").
  const start = quotes ? '(?<!\\w)' : '';
  return { anchor, re: new RegExp(start + source + escape(translation.slice(last), quotes), 'g'), order };
}

export function toEnglish(english: string, order: readonly number[], groups: readonly string[]): string {
  const values: string[] = [];
  order.forEach((position, i) => (values[position] = groups[i] ?? ''));
  let n = 0;
  return english.replace(PLACEHOLDER, (_p, position?: string) => values[position ? Number(position) - 1 : n++] ?? '');
}

// Each tool prints its name (or apt its severity) before these messages; make also its "*** ", and a
// makefile's location before its parse errors. Only a text that shows the tool is searched for its messages.
const TOOL_NAMES: Readonly<Record<string, RegExp>> = {
  sed: /(?:^|[\s:])sed(?=[:：\s])/m,
  apt: /(?:^|[\s:])apt(?:-get)?(?=[:：\s])|(?:^|\s)[EW]: /m,
  dpkg: /(?:^|[\s:])dpkg(?=[:：\s])|(?:^|\s)[EW]: /m,
  make: /(?:^|[\s/\\])(?:g|mingw32-)?make(?:\.exe)?(?:\[\d{1,4}\])?[:：]|\*\*\* /m,
  // coreutils' programs, tar, grep, find and xargs, sudo: "tool: message" at a line start or after a prompt or path.
  coreutils:
    /(?:^|[\s/])(?:cp|mv|rm|ln|mkdir|rmdir|touch|chmod|chown|chgrp|ls|cat|head|tail|install|dd|tee|sort|cut|date|sleep|id|nohup|timeout|env|stat|du|df|readlink|realpath|basename|dirname|wc|split|truncate|mktemp|chroot|stdbuf|uniq|tr|paste|join|seq|printf|echo|test|\[)[:：] /m,
  tar: /(?:^|[\s/])(?:g?tar|tar \(child\))[:：] /m,
  grep: /(?:^|[\s/])[ef]?grep[:：] /m,
  find: /(?:^|[\s/])(?:find|xargs)[:：] /m,
  sudo: /(?:^|[\s/])sudo[:：] |^(?:Sorry|Désolé|Lo siento|Entschuldigung)?[^\n]{0,200}sudoers/m,
};

const LONGEST_FIRST: ReadonlySet<string> = new Set(['coreutils', 'tar', 'grep', 'find', 'sudo']);

interface ToolMessages {
  named: RegExp;
  /** Any translation's anchor word: a text without one is left alone after a single test. */
  anyAnchor: RegExp;
  messages: { english: string; translations: Translation[] }[];
}

const TOOLS: readonly ToolMessages[] = Object.entries(TOOL_NAMES).map(([tool, named]) => {
  let messages = [...TOOL_CATALOG_MESSAGES, ...MAKE_CATALOG_MESSAGES, ...COREUTILS_CATALOG_MESSAGES]
    .filter(([owner]) => owner === tool)
    .map(([, english, translations]) => ({ english, translations: translations.map((t) => compile(t)) }));
  // coreutils' catalog has messages that start like others ("impossibile eseguire %s", "impossibile eseguire stat
  // di %s"): the longest translations are tried first, so that a longer message is not read as a shorter one.
  if (LONGEST_FIRST.has(tool))
    messages = messages
      .flatMap(({ english, translations }) => translations.map((t) => ({ english, translations: [t] })))
      .sort((a, b) => b.translations[0].re.source.length - a.translations[0].re.source.length);
  const anchors = [...new Set(messages.flatMap((m) => m.translations.map((t) => t.anchor)))].filter((a) => a !== '');
  return { named, anyAnchor: new RegExp(anchors.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')), messages };
});

/** The text with the tools' localised messages in English; other text unchanged. */
export function delocaliseToolMessages(text: string): string {
  let out = text;
  for (const { named, anyAnchor, messages } of TOOLS) {
    if (!named.test(out) || !anyAnchor.test(out)) continue;
    for (const { english, translations } of messages) {
      for (const t of translations) {
        if (!out.includes(t.anchor)) continue;
        // replace() passes the match, then the groups, the offset and the whole string.
        out = out.replace(t.re, (...args: unknown[]) => toEnglish(english, t.order, args.slice(1, 1 + t.order.length) as string[]));
      }
    }
  }
  return out;
}

/** What a program's rewriter adds to its table's messages. */
export interface RewriterOptions {
  /** Where every message must start: a look-behind put before each (javac's location and severity). */
  lead?: string;
  /** A captured name as the English message says it (javac's translated kinds: "类" is "class"). */
  name?: (captured: string) => string;
}

/**
 * A rewriter for one program's catalog table ([English format, translations]): the longest translations first,
 * by their own text without placeholders ("不是 git 仓库（或者任何父目录）：%s" before "不是 git 仓库：%s", javac's
 * "无法访问的语句" before "无法访问%s"), each tried only on a text that holds its longest word, and only when the
 * text first passes `named` and holds any translation's word.
 */
export function catalogRewriter(
  table: readonly (readonly [string, readonly string[]])[],
  named: RegExp,
  { lead = '', name = (captured) => captured }: RewriterOptions = {},
): (text: string) => string {
  const messages = table
    .flatMap(([english, translations]) =>
      translations.map((text) => {
        const t = compile(text);
        return {
          english,
          length: text.replace(PLACEHOLDER, '').length,
          translation: lead ? { ...t, re: new RegExp(lead + t.re.source, 'gm') } : t,
        };
      }),
    )
    .sort((a, b) => b.length - a.length);
  const anyAnchor = new RegExp(
    [...new Set(messages.map((m) => m.translation.anchor))]
      .filter((a) => a !== '')
      .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|'),
  );
  return (text) => {
    if (!named.test(text) || !anyAnchor.test(text)) return text;
    let out = text;
    for (const { english, translation: t } of messages) {
      if (!out.includes(t.anchor)) continue;
      // replace() passes the match, then the groups (undefined where one did not take part).
      out = out.replace(t.re, (...args: unknown[]) =>
        toEnglish(
          english,
          t.order,
          (args.slice(1, 1 + t.order.length) as (string | undefined)[]).map((n) => (n === undefined ? '' : name(n))),
        ),
      );
    }
    return out;
  };
}
