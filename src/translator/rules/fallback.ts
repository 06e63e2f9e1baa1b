import type { Fix, Language, Reference, Translation } from '../translation';
import type { Frame } from './innermost-frame';
import type { Detection } from './language-detector';
import { LIBC_SYSTEM_ERRORS } from './localised-system-errors';

/**
 * The honest answer when no pattern matched: say what can be read from the text (language,
 * exception or code name, location) and how to go on, and claim little confidence.
 */

const LABELS: Record<Language, string> = {
  python: 'Python',
  javascript: 'JavaScript/Node.js',
  typescript: 'TypeScript',
  java: 'Java',
  kotlin: 'Kotlin',
  go: 'Go',
  rust: 'Rust',
  csharp: 'C#/.NET',
  c: 'C',
  cpp: 'C++',
  ruby: 'Ruby',
  php: 'PHP',
  swift: 'Swift',
  sql: 'SQL/database',
  shell: 'shell',
  docker: 'Docker',
  kubernetes: 'Kubernetes',
  git: 'git',
  unknown: 'unknown',
};

/** How to read this kind of output: the one thing a developer should look at first. */
const READING: Record<Language, string> = {
  python:
    'Python prints the most recent call last: the bottom line is the exception and the "File …, line N" just above it is where it was raised.',
  javascript:
    'The first "at …" line under the message is where it was thrown; skip frames in node_modules and node:internal to find your own code.',
  typescript: 'Each diagnostic names the file, line and column; fix the first one first, later ones often follow from it.',
  java: 'The first "at …" line under the exception is where it was thrown; in a "Caused by:" chain the last "Caused by:" is the root cause.',
  kotlin: 'The first "at …" line under the exception is where it was thrown; in a "Caused by:" chain the last "Caused by:" is the root cause.',
  go: 'Under the panicking goroutine, the first frame outside runtime/ is where it happened; the line after each function is its file:line.',
  rust: 'The "-->" line (compile errors) or the "panicked at" location (runtime) is the line to open; RUST_BACKTRACE=1 prints the full backtrace.',
  csharp: 'The first "at … in …:line N" is where it was thrown; with " ---> " chains the innermost exception is the cause.',
  c: 'Fix the first "error:" first; later errors are often consequences of it.',
  cpp: 'Fix the first "error:" first; template errors are long, and the line that names your own file is the one to read.',
  ruby: 'The first line is where the exception was raised; the "from …" lines below are its callers.',
  php: 'The "in FILE on line N" part is where it happened; in the stack trace "#0" is the innermost frame.',
  swift: 'Fix the first "error:" first; for runtime crashes the top frame of the crashed thread is where it happened.',
  sql: 'The server message and its SQLSTATE/error code identify the failure; "LINE n:" and the caret point into the statement.',
  shell: 'The text after the script name and line number is the command that failed and why.',
  docker: 'Find the first failing step and read the command output just above the error: the daemon only reports that the step failed.',
  kubernetes: '"kubectl describe pod" shows the events and "kubectl logs --previous" the last crash of a container.',
  git: 'The "fatal:" or "error:" line is the failure; the "hint:" lines under it usually suggest the next command.',
  unknown: 'Find the first line that says error, exception, fatal or failed; the lines right after it usually say where.',
};

const REFERENCES: Partial<Record<Language, Reference>> = {
  python: { title: 'Python tutorial: Errors and Exceptions', url: 'https://docs.python.org/3/tutorial/errors.html' },
  javascript: { title: 'MDN: JavaScript error reference', url: 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Errors' },
  typescript: {
    title: 'TypeScript handbook: Understanding Errors',
    url: 'https://www.typescriptlang.org/docs/handbook/2/understanding-errors.html',
  },
  java: { title: 'The Java Tutorials: Exceptions', url: 'https://docs.oracle.com/javase/tutorial/essential/exceptions/' },
  kotlin: { title: 'Kotlin docs: Exceptions', url: 'https://kotlinlang.org/docs/exceptions.html' },
  go: { title: 'The Go Blog: Defer, Panic, and Recover', url: 'https://go.dev/blog/defer-panic-and-recover' },
  rust: { title: 'Rust compiler error index', url: 'https://doc.rust-lang.org/error_codes/error-index.html' },
  csharp: { title: '.NET: Handling and throwing exceptions', url: 'https://learn.microsoft.com/en-us/dotnet/standard/exceptions/' },
  c: { title: 'GCC: Warning options and diagnostics', url: 'https://gcc.gnu.org/onlinedocs/gcc/Warning-Options.html' },
  cpp: { title: 'cppreference: C++ reference', url: 'https://en.cppreference.com/w/cpp' },
  ruby: { title: 'Ruby docs: Exception', url: 'https://docs.ruby-lang.org/en/master/Exception.html' },
  php: { title: 'PHP manual: Errors', url: 'https://www.php.net/manual/en/language.errors.php' },
  swift: {
    title: 'The Swift Programming Language: Error Handling',
    url: 'https://docs.swift.org/swift-book/documentation/the-swift-programming-language/errorhandling/',
  },
  sql: { title: 'PostgreSQL: Error codes', url: 'https://www.postgresql.org/docs/current/errcodes-appendix.html' },
  shell: { title: 'GNU Bash manual', url: 'https://www.gnu.org/software/bash/manual/bash.html' },
  docker: { title: 'Docker docs', url: 'https://docs.docker.com/' },
  kubernetes: { title: 'Kubernetes: Troubleshooting applications', url: 'https://kubernetes.io/docs/tasks/debug/debug-application/' },
  git: { title: 'Git reference', url: 'https://git-scm.com/docs' },
};

// Compiler/server codes come first: they identify an error more precisely than a class name.
const CODES: readonly RegExp[] = [
  /\berror\[(E\d{4})\]/,
  /\b(TS\d{4,5})\b/,
  /\b(CS\d{4})\b/,
  /\berror (C\d{4}|LNK\d{4})\b/,
  /\bSQLSTATE\[?\s*([0-9A-Z]{5})\b/,
  /\b(ORA-\d{5})\b/,
  // Codes tools print beside their message, for errors no pattern knows yet: MySQL's client,
  // SQL Server, NuGet, Node's and npm's codes, Yarn 2+, pnpm.
  /^ERROR (\d{4}) \([0-9A-Z]{5}\)/m,
  /\bMsg (\d{1,6}), Level \d{1,2}, State \d/,
  /\b[Ee]rror:? (NU\d{4}|MSB\d{4}|NETSDK\d{4})\b/,
  /\bcode[:=] ?'?(ERR_[A-Z][A-Z0-9_]{2,60}|E[A-Z]{3,20})'?\b/,
  /^npm (?:ERR!|error) code (E[A-Z0-9]{2,30})\b/m,
  /\b(ERR_PNPM_[A-Z_]{2,60}|YN\d{4})\b/,
];
// A class-like name ending in Error/Exception/Warning; greedy so each word is scanned once.
const EXCEPTION_NAME = /\b[A-Z][\w$]*(?:Error|Exception|Warning)\b/g;
// Python's exception line starts a line (frames and source lines are indented): a
// module-qualified class ("app.errors.Unavailable: …") or a name with an exception-like suffix
// ("KeyboardInterrupt", "FooError: …", a bare "Exception: …"), private ones too ("numpy.core._exceptions._ArrayMemoryError").
// Plain words followed by a colon ("Note: …") do not count.
const PYTHON_EXCEPTION_LINE =
  /^(?:(?:[A-Za-z_]\w*\.){1,8}(_?[A-Z]\w*)|(_?[A-Z]\w*(?:Error|Exception|Warning|Interrupt|Exit|Iteration)|(?:Base)?Exception))(?::|$)/gm;

const PYTHON_TRACEBACK = /(?:^|\s)(?:Traceback \(most recent call last\):|File "[^"\n]+", line \d+, in )/m;

/**
 * The exception line of a Python traceback: the last line naming an exception class, with where
 * it starts. Null when the text shows no traceback header or frame before it (a bare "Foo: bar"
 * line is not evidence enough).
 */
export function pythonExceptionLine(text: string): { name: string; at: number } | null {
  const trace = PYTHON_TRACEBACK.exec(text);
  if (!trace) return null;
  let last: { name: string; at: number } | null = null;
  for (const m of text.matchAll(PYTHON_EXCEPTION_LINE)) last = { name: m[1] ?? m[2], at: m.index };
  // Python prints the exception after its frames; a message above Python-shaped frames is
  // another runtime's trace reformatted by an error tracker (Sentry's JavaScript events).
  return last && last.at > trace.index ? last : null;
}

// Python raises OSError's subclass for the error number: "[WinError 2]" and "[Errno 2]" are
// FileNotFoundError even when a logger printed only the message ("command error: '[WinError 2] …'").
const OS_ERROR = /\[(WinError|Errno) (\d{1,5})\]/;
const WINERROR_CLASS: Readonly<Record<string, string>> = {
  '2': 'FileNotFoundError',
  '3': 'FileNotFoundError',
  '5': 'PermissionError',
  '32': 'PermissionError',
  '183': 'FileExistsError',
  '267': 'NotADirectoryError',
  '10054': 'ConnectionResetError',
  '10060': 'TimeoutError',
  '10061': 'ConnectionRefusedError',
};
const ERRNO_CLASS: Readonly<Record<string, string>> = {
  '2': 'FileNotFoundError',
  '13': 'PermissionError',
  '17': 'FileExistsError',
  '20': 'NotADirectoryError',
  '21': 'IsADirectoryError',
  '32': 'BrokenPipeError',
  '61': 'ConnectionRefusedError',
  '104': 'ConnectionResetError',
  '110': 'TimeoutError',
  '111': 'ConnectionRefusedError',
};

// Azure Functions' Python worker reports a failed invocation as "Result: Failure", then
// "Exception: <class>: <message>" and "Stack: <frames>": "Exception:" is the worker's label, the
// class after it is what the function raised.
const AZURE_PYTHON_WORKER_FAILURE = /Result: Failure\s+Exception: (?:[A-Za-z_]\w*\.){0,8}(_?[A-Z]\w*):/;

function pythonOsErrorClass(text: string): string | null {
  const m = OS_ERROR.exec(text);
  if (!m) return null;
  return (m[1] === 'WinError' ? WINERROR_CLASS : ERRNO_CLASS)[m[2]] ?? 'OSError';
}

/** The exception class or error code the text names, if any (innermost-cause text first). */
export function readErrorName(text: string, language: Language): string | null {
  for (const re of CODES) {
    const m = re.exec(text);
    if (m) return m[1];
  }
  if (language === 'python') {
    const worker = AZURE_PYTHON_WORKER_FAILURE.exec(text);
    if (worker) return worker[1];
    // The exception line is the last one of a traceback; other runtimes put it first.
    let last: string | null = null;
    for (const m of text.matchAll(PYTHON_EXCEPTION_LINE)) last = m[1] ?? m[2];
    if (last) return last;
    const os = pythonOsErrorClass(text);
    if (os) return os;
  }
  const names = text.match(EXCEPTION_NAME);
  return names ? names[0] : null;
}

// The system error a tool printed after its message ("tail: cannot open 'x' for reading: Permission denied"):
// with no class or code to name, it is what a reader would call the error. Longest first, so "Invalid
// cross-device link" is not cut to a shorter phrase inside it.
const SYSTEM_ERROR_PHRASES = [...Object.keys(LIBC_SYSTEM_ERRORS), 'Permission denied', 'No such file or directory', 'command not found'].sort(
  (a, b) => b.length - a.length,
);
const SYSTEM_ERROR = new RegExp(`\\b(${SYSTEM_ERROR_PHRASES.map((p) => p.replace(/[/.]/g, '\\$&')).join('|')})\\b`, 'i');

/** The first system error message the text quotes, as the C library words it. */
export function readSystemError(text: string): string | null {
  const m = SYSTEM_ERROR.exec(text);
  return m ? (SYSTEM_ERROR_PHRASES.find((p) => p.toLowerCase() === m[1].toLowerCase()) ?? m[1]) : null;
}

function where(frame: Frame | null): string {
  if (!frame) return '';
  if (frame.library) {
    return ` The innermost frame, ${frame.file} line ${frame.line}, is inside library or runtime code, so look for the last frame of your own code that calls into it.`;
  }
  return ` It was ${frame.kind} at ${frame.file} line ${frame.line}, the innermost location in your own code.`;
}

/** Sentence added to pattern answers too, when the pattern did not mention the location. */
export function locationSentence(frame: Frame | null): string {
  return where(frame).trim();
}

export function fallbackAnswer(errorName: string | null, detection: Detection, frame: Frame | null, engine: string): Translation {
  const recognised = detection.language !== 'unknown';
  const label = LABELS[detection.language];
  const errorType = errorName ?? 'unknown error';
  const fromText = detection.evidence === 'text';
  const basis =
    detection.evidence === 'text'
      ? `The text reads as ${label} output.`
      : detection.evidence === 'hint'
        ? `You said this is ${label}; the text itself does not say so clearly.`
        : detection.evidence === 'none'
          ? 'The text does not show which language or tool produced it.'
          : `The text looks like ${label} output, though the signs are weak.`;
  // A class or code names the error; a phrase read from the message (words, or one lower-case word) is quoted as it says it.
  const named = !errorName
    ? ' No exception name or error code could be read from it.'
    : /\s|^[a-z]+$/.test(errorName)
      ? ` The error reads "${errorName}".`
      : ` The error is named ${errorName}.`;

  const fixList: Fix[] = [
    {
      title: 'Read the innermost frame',
      steps: [
        READING[detection.language],
        ...(frame ? [`Open ${frame.file} at line ${frame.line} and check the values used on that line.`] : []),
      ],
      code: null,
    },
    {
      title: 'Search for the exact message',
      steps: [
        'Search for the error name and message, without your own paths, names and values, in the documentation and issue tracker of the library or tool involved.',
      ],
      code: null,
    },
    {
      title: 'Check what changed recently',
      steps: [
        'Compare with the last version that worked: code (git diff), dependency versions (lock file), configuration and environment variables.',
      ],
      code: 'git diff HEAD~1 --stat',
    },
  ];
  const reference = REFERENCES[detection.language];

  // Confidence: this answer identifies at most the language and a name, never the cause.
  let confidence: number;
  if (!recognised) confidence = errorName ? 0.1 : 0.05;
  else if (detection.evidence === 'context' || (!errorName && !fromText)) confidence = 0.1;
  else if (fromText) confidence = errorName ? 0.3 : 0.25;
  else confidence = errorName ? 0.2 : 0.15;

  return {
    language: detection.language,
    error_type: errorType,
    category: 'runtime',
    summary: recognised
      ? `This looks like a ${label} error${errorName ? ` (${errorName})` : ''}, but not one the rules engine recognises specifically.`
      : `The rules engine could not recognise this error${errorName ? ` (${errorName})` : ''} or the language that produced it.`,
    explanation: `${basis}${named}${where(frame)}`,
    causes: [
      'A value, file, service or setting is not what the failing code expects',
      'A recent change to the code, its dependencies or its environment',
    ],
    fixes: fixList,
    references: reference ? [reference] : [],
    confidence,
    engine,
  };
}
