import type { Category, Fix, Language, Reference } from '../translation';

/**
 * What a pattern's text builders receive: the named groups of `match` (e.g. `module`, `file`,
 * `line`, `name`), plus `error_type` once resolved. Missing groups are absent, never "undefined".
 */
export type Captures = Readonly<Record<string, string>>;

type Text = string | ((captures: Captures) => string);
type TextList = readonly string[] | ((captures: Captures) => string[]);
type FixList = readonly Fix[] | ((captures: Captures) => Fix[]);

/**
 * One entry of the knowledge base: how to recognise an error and how to explain it.
 * The knowledge base is data: one file per ecosystem under src/translator/knowledge/.
 */
export interface ErrorPattern {
  /** Stable and unique, e.g. "python.module-not-found". */
  id: string;
  language: Language;
  /**
   * Tested against the normalised error text (ANSI codes and log prefixes removed, the innermost
   * cause of a chained trace chosen). Use named groups for specifics worth repeating to the user.
   */
  match: RegExp;
  /** The name a developer would use: exception class, compiler/server code, or a short stable phrase. */
  errorType: Text;
  category: Category;
  summary: Text;
  explanation: Text;
  causes: TextList;
  fixes: FixList;
  references: readonly Reference[];
  /**
   * Higher wins when several patterns match (default 0). Specific patterns (a known error code)
   * outrank generic ones (any "XxxError:" line of that language).
   */
  priority?: number;
  /**
   * The pattern says only that a command inside another tool failed (a docker build's RUN step). Any
   * other pattern that matched with a priority of 0 or more is the better answer (the command's own
   * error, which the wrapper would hide; a `signal` pattern only where the text shows its language),
   * and where none did, the detected language's own error name is, when the text names one.
   */
  wrapper?: true;
  /**
   * The pattern recognises how a process died (a signal, or the exit status that stands for it), which a
   * program written in anything prints when it crashes. Alone it is no evidence of the pattern's language: a
   * wrapper gives way to it only when the text shows that language (apt's "received a segmentation fault" in a
   * docker build is no C program's crash).
   */
  signal?: true;
  /**
   * Other languages' tools that print this error as their own: Go's network, TLS and file errors in docker's and
   * kubectl's output, the system's errno message at the end of a database server's log line. Where the text reads as
   * one of those tools' output, the answer is the tool's language; the error type stays the pattern's.
   */
  printedBy?: readonly Language[];
  /**
   * A cheaper test that every text this pattern matches also passes (a compiler code). The engine
   * skips the pattern when the text fails it, and runs each such test once per text however many
   * patterns share it.
   */
  requires?: RegExp;
  /**
   * What the whole text must also show, anywhere, for the pattern to apply: C++'s evidence, for the C++ twin of a C
   * pattern. Many patterns share one such regex, and the engine tests it once per text; written into each pattern's
   * regex instead, it was compiled once per pattern (about 25 ms each for C++'s) and scanned the text once per pattern.
   */
  evidence?: RegExp;
  /** Realistic error texts this pattern must recognise; each is a test case. */
  samples: readonly string[];
}

/** A /g or /y flag would make exec() and test() stateful across calls (and requests): a copy without them. */
export function statelessCopy(re: RegExp): RegExp {
  return /[gy]/.test(re.flags) ? new RegExp(re.source, re.flags.replace(/[gy]/g, '')) : re;
}
