/**
 * Chained traces: which exception in the chain explains the failure.
 *
 * The choice, per runtime (each prints its chain in a different order):
 * - Python prints the chain oldest first. "The above exception was the direct cause of the
 *   following exception" (`raise B from A`) says A caused B, and "During handling of the above
 *   exception, another exception occurred" says B happened while A was being handled. Either way
 *   the first exception in the text is where things started going wrong, so it is the root.
 *   (With "during handling" the later one is sometimes a second bug in the `except` block; the
 *   engine falls back to the whole text when the root matches no pattern, so that case still
 *   gets an answer.)
 * - Java/Kotlin print the outermost exception first and each `Caused by:` below it, deeper and
 *   deeper. A JVM report is about the exception thrown to the caller, the outermost one
 *   (`NoClassDefFoundError … Caused by: ClassNotFoundException` is a NoClassDefFoundError, an
 *   Android `RuntimeException: Unable to start activity … Caused by: NullPointerException` is
 *   that RuntimeException): its block, up to the first `Caused by:`, is what gets matched first.
 *   A paste that starts at a `Caused by:`, or whose head names no exception ("Error: Could not
 *   find or load main class X"), is about its first `Caused by:` block.
 * - .NET's Exception.ToString() writes `Outer: msg ---> Inner: msg`, innermost last, followed by
 *   its frames and "--- End of inner exception stack trace ---". As with the JVM, the report is
 *   about the exception thrown to the caller (EF Core's DbUpdateException wrapping Npgsql's
 *   PostgresException is a DbUpdateException): the text before the first arrow, when it names
 *   an exception. Without one there (a logger's line, then " ---> X"), the innermost exception,
 *   after the last arrow up to the first end marker, is the root. The engine still reads the
 *   inner exceptions when the outer one only meets a catch-all (see rules-engine.ts).
 * - Rails logs print the raised exception first and `Caused by:` below it, like the JVM.
 * - Visual Studio's exception details list "Inner Exception 1:" … below the thrown exception's own lines: as
 *   with the arrows, the report is about the thrown (outer) exception.
 * - Node prints `[cause]: …` nested inside the outer error, deepest last.
 * - Rust's anyhow/eyre print "Caused by:" then a numbered list, deepest last.
 * All searches are indexOf/lastIndexOf or single anchored regexes: linear in the text length.
 */

export interface Cause {
  /** The text to match first: the root cause's own lines, or the whole text when not chained. */
  text: string;
  chained: boolean;
  /**
   * .NET, outer exception first: its class (short name), the error the report is about even
   * when a pattern for an inner exception explains it better.
   */
  raised?: string;
}

const PY_CHAIN =
  /^(?:During handling of the above exception, another exception occurred|The above exception was the direct cause of the following exception):\s*$/m;
const JAVA_CAUSED_BY = /(?:^|\n)[ \t]*Caused by: (?=\S)/g;
// A JVM exception class (package-qualified, "…Exception"/"…Error") or a thread's uncaught header.
const JVM_EXCEPTION = /(?<![\w$])(?:[a-z][\w$]{0,60}\.){1,10}(?:[A-Z][\w$]{0,100})?(?:Exception|Error)\b|^Exception in thread "/m;
// Rails logs the raised exception first too, and its cause below: "ActiveRecord::StatementInvalid
// (PG::UndefinedColumn: …)" then "Caused by: PG::UndefinedColumn (…)". The outer one is raised.
const RUBY_EXCEPTION = /(?<![\w:])[A-Z]\w{0,60}(?:::[A-Z]\w{0,60}){1,4}(?: \(|: )/;
const ANYHOW_CAUSED_BY = /^Caused by:\s*$/m;
const DOTNET_ARROW = ' ---> ';
const DOTNET_END = '--- End of inner exception stack trace ---';
const NODE_CAUSE = '[cause]: ';
const DOTNET_TYPE = /^[\w.`]+(?:Exception|Error)\b/;

function pythonRoot(text: string): string | null {
  const m = PY_CHAIN.exec(text);
  return m ? text.slice(0, m.index) : null;
}

function javaRoot(text: string): string | null {
  if (!text.includes('Caused by: ')) return null;
  JAVA_CAUSED_BY.lastIndex = 0;
  const first = JAVA_CAUSED_BY.exec(text);
  if (!first) return null;
  const head = text.slice(0, first.index);
  if (JVM_EXCEPTION.test(head) || RUBY_EXCEPTION.test(head)) return head;
  const start = first.index + first[0].length;
  JAVA_CAUSED_BY.lastIndex = start;
  const next = JAVA_CAUSED_BY.exec(text);
  return text.slice(start, next ? next.index : undefined);
}

function anyhowRoot(text: string): string | null {
  const m = ANYHOW_CAUSED_BY.exec(text);
  if (!m) return null;
  const lines = text.slice(m.index + m[0].length).split('\n');
  let root: string | null = null;
  for (const line of lines) {
    if (line.trim() === '') {
      if (root !== null) break;
      continue;
    }
    if (!/^\s/.test(line)) break;
    root = line.trim().replace(/^\d+: /, '');
  }
  return root;
}

// An exception class in the outer block: "Microsoft.EntityFrameworkCore.DbUpdateException: …",
// "System.Text.Json.JsonException (0x80131500): …".
const DOTNET_OUTER = /(?:^|[\s.])([A-Z]\w{0,100}Exception)(?: \(0x[0-9A-Fa-f]{8}\))?: /m;

function dotnetOuter(text: string): Cause | null {
  let at = text.indexOf(DOTNET_ARROW);
  // The same bounded search as below, forwards: the first arrow that introduces an exception type.
  for (let tries = 0; at >= 0 && tries < 50; tries++) {
    if (DOTNET_TYPE.test(text.slice(at + DOTNET_ARROW.length, at + 300))) break;
    at = text.indexOf(DOTNET_ARROW, at + 1);
  }
  if (at < 0 || !DOTNET_TYPE.test(text.slice(at + DOTNET_ARROW.length, at + 300))) return null;
  const head = text.slice(0, at).trim();
  const outer = DOTNET_OUTER.exec(head);
  return outer && head ? { text: head, chained: true, raised: outer[1] } : null;
}

function dotnetRoot(text: string): string | null {
  let at = text.lastIndexOf(DOTNET_ARROW);
  // The arrow must introduce an exception type ("---> System.IO.IOException: …"), not prose;
  // a bounded number of tries keeps hostile input (thousands of arrows) cheap.
  for (let tries = 0; at >= 0 && tries < 50; tries++) {
    if (DOTNET_TYPE.test(text.slice(at + DOTNET_ARROW.length, at + 300))) break;
    at = at === 0 ? -1 : text.lastIndexOf(DOTNET_ARROW, at - 1);
  }
  if (at >= 0 && !DOTNET_TYPE.test(text.slice(at + DOTNET_ARROW.length, at + 300))) return null;
  if (at < 0) return null;
  const start = at + DOTNET_ARROW.length;
  const end = text.indexOf(DOTNET_END, start);
  return text.slice(start, end < 0 ? undefined : end);
}

// Visual Studio's exception details ("Copy Details"): the thrown exception's class on a line of its own, then
// "HResult=…", "Message=…", and each inner exception below as "Inner Exception 1:", "Inner Exception 2:".
const VS_INNER = /^Inner Exception 1:[ \t]*$/m;
const VS_CLASS = /^(?:[A-Za-z_]\w{0,60}\.){0,8}([A-Z]\w{0,100}Exception)[ \t]*$/m;

/** Visual Studio's details of a chained .NET exception: the outer one, as with the arrows. */
function visualStudioOuter(text: string): Cause | null {
  const inner = VS_INNER.exec(text);
  if (!inner) return null;
  const head = text.slice(0, inner.index).trim();
  const outer = VS_CLASS.exec(head) ?? DOTNET_OUTER.exec(head);
  return outer ? { text: head, chained: true, raised: outer[1] } : null;
}

function nodeRoot(text: string): string | null {
  const at = text.lastIndexOf(NODE_CAUSE);
  return at < 0 ? null : text.slice(at + NODE_CAUSE.length);
}

/** The root cause of a chained trace (see the file comment for the choice per runtime). */
export function innermostCause(text: string): Cause {
  let root = pythonRoot(text) ?? javaRoot(text);
  if (root === null && text.includes(DOTNET_ARROW)) {
    const outer = dotnetOuter(text);
    if (outer) return outer;
    root = dotnetRoot(text);
  }
  if (root === null && text.includes('Inner Exception 1:')) {
    const outer = visualStudioOuter(text);
    if (outer) return outer;
  }
  root ??= nodeRoot(text) ?? anyhowRoot(text);
  const trimmed = root?.trim();
  return trimmed ? { text: trimmed, chained: true } : { text, chained: false };
}
