/**
 * The fingerprint of an error the rules engine did not recognise: its first meaningful line with
 * everything specific to one user masked (identifiers, quoted strings, paths, URLs, e-mail
 * addresses, hex, UUIDs, numbers), so that the same kind of error from different people, files and
 * values counts as one, and nothing of theirs is kept. Plain English words and the names of error
 * classes and codes stay (`TypeError`, `FooException`, `E0382`, `ECONNREFUSED`): they are what
 * says which error it is. The id is a SHA-256 of the detected language and the masked line.
 *
 * Pure and synchronous; every regex here is linear (bounded or unambiguous quantifiers) and runs
 * over one line of at most MAX_SCANNED_LINE characters. No Nest imports.
 */
import { createHash } from 'node:crypto';
import { normalise } from '../translator/rules/normalise';
import type { Language } from '../translator/translation';

/** The masked line kept: about a tweet. */
export const MAX_FINGERPRINT_LINE = 160;
/** Only the start of the text is looked at for the first line (the end too for Python tracebacks). */
const SCAN_CHARS = 8_192;
/** A first line longer than this is cut before masking: no error message line is this long. */
const MAX_SCANNED_LINE = 2_000;

export interface Fingerprint {
  /** SHA-256 (hex) of the language and the masked line. */
  id: string;
  language: Language;
  /** The masked first meaningful line. */
  line: string;
}

// Lines that only announce what follows: "Traceback (most recent call last):", "Stack trace:".
const PYTHON_TRACEBACK = /^Traceback \(most recent call last\):?$/;
const HEADER_ONLY = /^(?:stack ?trace|backtrace|call stack|error|errors|exception|output|details?|log)\s*:?$/i;
// Lines without a letter or digit (rules, boxes, lone brackets) say nothing.
const NO_WORDS = /^[^\p{L}\p{N}]*$/u;

/** The first line worth a fingerprint, or null when the text has none. */
export function firstMeaningfulLine(text: string): string | null {
  const head = normalise(text.length > SCAN_CHARS ? text.slice(0, SCAN_CHARS) : text);
  for (const raw of head.split('\n')) {
    const line = raw.trim();
    if (line === '' || NO_WORDS.test(line) || HEADER_ONLY.test(line)) continue;
    // Python prints the exception last: the traceback's header and frames say nothing of it.
    if (PYTHON_TRACEBACK.test(line)) return pythonExceptionLine(text);
    return line.length > MAX_SCANNED_LINE ? line.slice(0, MAX_SCANNED_LINE) : line;
  }
  return null;
}

/** The last unindented line of a Python traceback: `SomeError: message`. */
function pythonExceptionLine(text: string): string | null {
  const tail = normalise(text.length > SCAN_CHARS ? text.slice(-SCAN_CHARS) : text).split('\n');
  for (let i = tail.length - 1; i >= 0; i--) {
    const line = tail[i];
    if (line.trim() === '' || /^\s/.test(line) || NO_WORDS.test(line) || PYTHON_TRACEBACK.test(line)) continue;
    return line.length > MAX_SCANNED_LINE ? line.slice(0, MAX_SCANNED_LINE) : line.trim();
  }
  return null;
}

/** Endings of a dotted name that make it a file name rather than `object.member`. */
const FILE_EXTENSIONS = new Set(
  (
    'c cc cfg cjs conf cpp cs css csv dart env ex exs go gradle h hpp htm html ini java jar js json jsx kt kts lock log ' +
    'lua md mjs php pl properties proto ps1 py pyc rb rs scala sh sql swift tf toml ts tsx txt vue xml yaml yml zip'
  ).split(' '),
);

/** `TypeError`, `FooException`, `DeprecationWarning`, `KeyboardInterrupt`… */
const ERROR_CLASS = /^(?:[A-Z][A-Za-z0-9]*)?(?:Error|Exception|Warning|Fault|Panic|Failure|Interrupt|Exit)$/;
/** Compiler and tool codes: `E0382`, `TS2322`, `CS0246`, `C2065`, `LNK2019`. */
const ERROR_CODE = /^[A-Z]{1,5}\d{2,6}[A-Z]?$/;
/** A word as prose writes it: `halted`, `Frobnicator`, `Größe`, an all-capitals constant (`ENOENT`), or CJK. */
const PLAIN_WORD = /^(?:\p{Lu}?\p{Ll}+|\p{Lu}+|\p{Lo}+)$/u;

/** Longer "words" are data (a minified blob, a token), not prose. */
const MAX_PLAIN_WORD = 40;
/** Quoted text longer than this, or never closed, is masked to the end of the line. */
const MAX_QUOTED = 300;

/** The kinds, in the order of MASKABLE's capturing groups. */
const KINDS = ['url', 'email', 'uuid', 'str', 'path', 'ip', 'hex', 'code', 'name', 'n'] as const;

/**
 * One capturing group per kind of thing to mask, in KINDS order; the first alternative that
 * matches at a position wins. Quantifiers are bounded or unambiguous, so a hostile line costs
 * linear time (times MAX_QUOTED at worst).
 */
const MASKABLE = new RegExp(
  [
    /(\b[A-Za-z][A-Za-z0-9+.-]{1,15}:\/\/[^\s'"<>()[\]{}]+)/u.source,
    /(\b[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+)/u.source,
    /(\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b)/u.source,
    // Quoted text: "…", '…' (not the apostrophe of "can't"), `…`, “…”, ‘…’; too long or unclosed: the rest of the line.
    `("(?:[^"\\\\\\n]|\\\\.){0,${MAX_QUOTED}}"|(?<![\\p{L}\\p{N}_'])'(?:[^'\\\\\\n]|\\\\.){0,${MAX_QUOTED}}'|\`[^\`\\n]{0,${MAX_QUOTED}}\`|“[^”\\n]{0,${MAX_QUOTED}}”|‘[^’\\n]{0,${MAX_QUOTED}}’|(?:["\`“]|(?<![\\p{L}\\p{N}_'])')[^\\n]*)`,
    // Windows (C:\x, C:/x), UNC (\\host\share) and Unix-like (/x, ~/x, ./x, ../x) paths.
    /(\b[A-Za-z]:[\\/][^\s'"<>|*?]*|\\\\[^\s'"<>|*?]+|(?<![\p{L}\p{N}_./~-])(?:~|\.{1,2})?\/[\p{L}\p{N}_.@%+~-][\p{L}\p{N}_.@%+~/-]*)/u.source,
    /(\b\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?\b)/u.source,
    /(\b0[xX][0-9a-fA-F]+\b|\b(?=[0-9a-fA-F]*\d)(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{8,}\b)/u.source,
    // Codes that contain a dash or start with digits: ORA-00942, SQLSTATE 42P01.
    /(\b[A-Z]{2,5}-\d{3,6}\b|\b(?=\d{2}[0-9A-Z]{3}\b)(?=\d*[A-Z])\d{2}[0-9A-Z]{3}\b)/u.source,
    // Names, possibly qualified: a.b.c, a::b, a->b, a/b/c.ts, a\b.
    /([\p{L}_$][\p{L}\p{N}_$]*(?:(?:\.|::|->|\/|\\)[\p{L}_$][\p{L}\p{N}_$]*)*)/u.source,
    /([-+]?\d[\d_]*(?:[.,]\d+)*(?:[eE][-+]?\d+)?[A-Za-z%]{0,4})/u.source,
  ].join('|'),
  'gu',
);

/** What a name becomes: kept when it says which error it is or is a plain word, else masked. */
function maskName(name: string): string {
  const qualified = /\.|::|->|\/|\\/.test(name);
  if (!qualified) {
    if (ERROR_CLASS.test(name) || ERROR_CODE.test(name) || isPlainWord(name)) return name;
    return '<id>';
  }
  if (name.includes('/') || name.includes('\\')) return '<path>';
  const segments = name.split(/\.|::|->/);
  const last = segments[segments.length - 1];
  // java.lang.IllegalStateException, requests.exceptions.ConnectionError, io::Error: the class is the error.
  if (ERROR_CLASS.test(last)) return last;
  if (segments.length >= 2 && FILE_EXTENSIONS.has(last.toLowerCase())) return '<path>';
  // "end of sentence.Next" (a missing space) is two words, not a member access.
  if (segments.length === 2 && segments.every(isPlainWord) && /^[A-Z][a-z]/.test(last)) return `${segments[0]}.${last}`;
  return '<id>';
}

function isPlainWord(word: string): boolean {
  return word.length <= MAX_PLAIN_WORD && PLAIN_WORD.test(word);
}

/** `line` with everything specific masked, whitespace collapsed, cut to MAX_FINGERPRINT_LINE. */
export function maskLine(line: string): string {
  const masked = line
    .replace(MASKABLE, (match: string, ...groups: Array<string | undefined>) => {
      const kind = KINDS[groups.findIndex((group, index) => index < KINDS.length && group !== undefined)];
      if (kind === 'name') return maskName(match);
      if (kind === 'code' || kind === undefined) return match;
      return `<${kind}>`;
    })
    .replace(/\s+/g, ' ')
    .trim();
  return cut(masked, MAX_FINGERPRINT_LINE);
}

/** Cut to `max` characters, never inside a placeholder or a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const open = text.lastIndexOf('<', end - 1);
  if (open >= 0 && text.indexOf('>', open) >= end) end = open;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end).trimEnd();
}

/** The fingerprint of an unrecognised error; null when the text has no line worth one. */
export function fingerprintOf(text: string, language: Language): Fingerprint | null {
  const first = firstMeaningfulLine(text);
  if (first === null) return null;
  const line = maskLine(first);
  if (line === '') return null;
  const id = createHash('sha256').update(language).update('\n').update(line).digest('hex');
  return { id, language, line };
}
