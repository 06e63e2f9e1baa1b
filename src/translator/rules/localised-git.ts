import { catalogRewriter } from './localised-catalogs';
import { GIT_CATALOG_MESSAGES } from './localised-git-messages';

/**
 * git prints its messages in the user's locale (git.mo): "fatal: Kein Git-Repository (oder irgendeines der
 * Elternverzeichnisse): .git", "致命错误：不是 git 仓库". The git knowledge is written against the English
 * texts, so the messages behind it are rewritten to English, keeping the names they quote; and, once one
 * was, git's translated severity prefixes at a line's start ("Schwerwiegend: ", "错误：") too.
 *
 * Cost: one test for git's name or a prefix, one for any translation's longest word; then a substring
 * test per translation, and only a translation whose word is in the text runs its regular expression,
 * whose captures are bounded.
 */

// "fatal: ", "error: ", "warning: " as git 2.39's catalogs translate them (the others keep the English).
const PREFIXES: readonly (readonly [string, readonly string[]])[] = [
  ['fatal: ', ['Schwerwiegend', 'fatal', 'onulmaz', 'ödesdigert', 'фатална грешка', '致命錯誤', '致命错误']],
  ['error: ', ['Fehler', 'erreur', 'fel', 'hata', 'kesalahan', 'грешка', '錯誤', '错误']],
  ['warning: ', ['Warnung', 'advertencia', 'avertissement', 'avís', 'peringatan', 'uyarı', 'varning', 'предупреждение', '警告']],
];

const words = (list: readonly string[]): string => list.join('|');
const PREFIX_RULES: readonly (readonly [RegExp, string])[] = PREFIXES.map(([english, translations]) => [
  new RegExp(`^([ \\t]{0,8})(?:${words(translations)})[ \\u00a0]?[:：][ \\u00a0]?`, 'gm'),
  `$1${english}`,
]);

// git's name, or one of its prefixes at a line's start: only such a text is searched.
const NAMED = new RegExp(`\\bgit\\b|^[ \\t]{0,8}(?:fatal|error|${PREFIXES.flatMap(([, t]) => t).join('|')})[ \\u00a0]?[:：]`, 'im');

const rewrite = catalogRewriter(GIT_CATALOG_MESSAGES, NAMED);

/** The text with git's localised messages (and then its prefixes) in English; other text unchanged. */
export function delocaliseGit(text: string): string {
  let out = rewrite(text);
  if (out === text) return text;
  for (const [re, english] of PREFIX_RULES) out = out.replace(re, english);
  return out;
}
