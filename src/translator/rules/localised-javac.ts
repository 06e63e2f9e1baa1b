import { catalogRewriter } from './localised-catalogs';
import { JAVAC_CATALOG_MESSAGES, JAVAC_KIND_NAMES } from './localised-javac-messages';

/**
 * javac prints its diagnostics in the user's locale (Windows in Chinese: "Main.java:3: 错误: 编码GBK的不可映射字符",
 * Japanese: "エラー: ';'がありません", German since JDK 21: "Fehler: Nicht erreichbare Anweisung"). The Java knowledge
 * is written against the English texts, so a known message after a `X.java:12: ` location and its severity (or
 * after Maven's `X.java:[12,8] `) is rewritten to English, keeping the names it quotes, and then the severity
 * words of the text too. A text with no known message is left as it is (the patterns read "找不到符号" themselves).
 * Without this, the database rule's severity words would read javac's "错误:" as a server's "ERROR:".
 *
 * Cost: one test for a .java location or javac's name and one for any translation's longest word; then a
 * substring test per translation, and only a translation whose word is in the text runs its regular expression,
 * whose captures are bounded and which starts with a short look-behind for the location or severity.
 */

const WORDS = { error: '错误|錯誤|エラー|Fehler', warning: '警告|Warnung' };
// Where javac puts its severity: after `X.java:12: ` or Android Studio's older `Error:(14, 61) `.
const LOCATION = String.raw`(?:\.java:\d{1,7}|\bError:\(\d{1,7},[ \t]?\d{1,7}\)):?[ \t]{1,2}`;
// The word first, the location behind it second: the look-behind runs only where a word matched.
const severity = (words: string, english: string): readonly [RegExp, string] => [
  new RegExp(`(?:${words})(?<=${LOCATION}(?:${words}))[ \\t]?[:：][ \\t]?`, 'g'),
  english,
];
const SEVERITY = [severity(WORDS.error, 'error: '), severity(WORDS.warning, 'warning: ')];

// Where a message starts: after the severity (English or not), after Maven's `X.java:[12,8] ` or its "Fatal error
// compiling: " (an option javac refused), or after javac's
// own localised severity at a line's start (its option errors: "错误: 无效的源发行版：17").
const LEAD = String.raw`(?<=(?:error|warning|${WORDS.error}|${WORDS.warning})[ \t]?[:：][ \t]?|\.java:\[\d{1,7},\d{1,7}\] |Fatal error compiling: |^[ \t]{0,8}(?:\[javac\] )?(?:${WORDS.error})[:：] ?)`;
const BARE_SEVERITY = new RegExp(String.raw`^([ \t]{0,8}(?:\[javac\] )?)(?:${WORDS.error})[:：] ?`, 'gm');

const NAMED = /\.java(?::\d|:\[\d)|\bjavac\b|\bError:\(\d|Fatal error compiling: /;
const rewriteMessages = catalogRewriter(JAVAC_CATALOG_MESSAGES, NAMED, { lead: LEAD, name: (n) => JAVAC_KIND_NAMES[n.trim()] ?? n });

/** The text with javac's localised severity words and messages in English; other text unchanged. */
export function delocaliseJavac(text: string): string {
  let out = rewriteMessages(text);
  if (out === text) return text;
  // Once a message was javac's, so are the severity words after the locations and at the lines' starts.
  for (const [re, english] of SEVERITY) out = out.replace(re, english);
  return out.replace(BARE_SEVERITY, '$1error: ');
}
