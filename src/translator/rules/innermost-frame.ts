import type { Language } from '../translation';

/**
 * Where in the developer's own code the error happened: the innermost stack frame (or compiler
 * location) that is not library or runtime code. Each runtime prints its stack in its own order,
 * hence `innermost`: Python lists the most recent call last, everything else first.
 */

export interface Frame {
  file: string;
  line: string;
  /** True when every frame was library/runtime code and this is simply the innermost one. */
  library: boolean;
  /** "raised" for runtime stack frames, "reported" for compiler diagnostics. */
  kind: 'raised' | 'reported';
}

interface FrameRule {
  languages: readonly Language[];
  /** A substring every matching line contains: a cheap test before the regex. */
  hint: string;
  /** Must have `file` and `line` (or `line2`) groups; `owner` when the frame names a class. */
  re: RegExp;
  innermost: 'first' | 'last';
  kind: Frame['kind'];
  /** The kind when the second alternative (`file2`/`line2`) matched, e.g. a compiler diagnostic. */
  kind2?: Frame['kind'];
  /** Tested against the file path (and the owner, when there is one). */
  library?: RegExp;
  /**
   * Runtime internals (node:internal, <frozen …>): never worth pointing a developer at, not
   * even as the fallback when no user frame exists.
   */
  runtime?: RegExp;
}

// Installed packages, the standard library, frozen modules and Cython sources (.pyx/.pxi are
// compiled into libraries such as pandas; user code is almost never Cython).
const PY_RUNTIME = /^<frozen |^<string>$/;
const JS_RUNTIME = /^node:|^internal[\\/]|^<anonymous>$|^native$/;
const PY_LIB =
  /[\\/](?:site-packages|dist-packages)[\\/]|[\\/]lib[\\/]python\d[\d.]*[\\/]|[\\/]Lib[\\/]|^<frozen |^<string>$|\.(?:pyx|pxi|pxd)$/;
const JS_LIB = /node_modules|^node:|^internal[\\/]|^<anonymous>$|^native$/;
const JVM_LIB =
  /(?:^|\/)(?:java|javax|jdk|sun|com\.sun|kotlin|kotlinx|scala|org\.springframework|org\.apache|org\.junit|org\.hibernate|io\.netty|reactor|okhttp3|retrofit2|android|androidx|dalvik)\./;
const GO_LIB = /\/go\/src\/|\/pkg\/mod\/|^runtime\//;
const RUST_LIB = /[\\/]\.cargo[\\/]|[\\/]rustc[\\/]|library[\\/](?:std|core|alloc)[\\/]/;
const DOTNET_LIB = /^(?:System|Microsoft)\./;

const RULES: readonly FrameRule[] = [
  {
    languages: ['python'],
    hint: 'File "',
    re: /^\s*File "(?<file>[^"]+)", line (?<line>\d+)/,
    innermost: 'last',
    kind: 'raised',
    library: PY_LIB,
    runtime: PY_RUNTIME,
  },
  {
    languages: ['typescript', 'javascript'],
    hint: '.ts',
    re: /^(?<file>[^\s(:][^(:\n]*\.(?:ts|tsx|mts|cts))(?:\((?<line>\d+),\d+\)|:(?<line2>\d+):\d+)/,
    innermost: 'first',
    kind: 'reported',
  },
  {
    languages: ['javascript', 'typescript'],
    hint: 'at ',
    re: /^\s*at (?:(?<owner>[^\n]{1,300}?) \()?(?:file:\/\/)?(?<file>[^\s()]+?):(?<line>\d+):\d+\)?\s*$/,
    innermost: 'first',
    kind: 'raised',
    library: JS_LIB,
    runtime: JS_RUNTIME,
  },
  {
    languages: ['java', 'kotlin'],
    hint: 'at ',
    re: /^\s*at (?<owner>[\w$.<>/]+)\((?<file>[\w$.-]+\.(?:java|kt|scala|groovy)):(?<line>\d+)\)/,
    innermost: 'first',
    kind: 'raised',
    library: JVM_LIB,
  },
  {
    languages: ['kotlin'],
    hint: 'e: ',
    re: /^e: (?:file:\/\/)?(?<file>[^\s:]+\.kts?):(?<line>\d+):\d+/,
    innermost: 'first',
    kind: 'reported',
  },
  {
    languages: ['go'],
    hint: '.go:',
    re: /^(?:\s+(?<file>\/?[^\s:]+\.go):(?<line>\d+)(?: \+0x[0-9a-f]+)?\s*$|(?<file2>[^\s:]+\.go):(?<line2>\d+):\d+: )/,
    innermost: 'first',
    kind: 'raised',
    kind2: 'reported',
    library: GO_LIB,
  },
  {
    languages: ['rust'],
    hint: '.rs:',
    re: /(?:panicked at (?:'[^\n]*', )?|^\s*--> )(?<file>[^\s:]+\.rs):(?<line>\d+):\d+/,
    innermost: 'first',
    kind: 'raised',
    library: RUST_LIB,
  },
  {
    languages: ['csharp'],
    hint: '.cs',
    re: /^\s*at (?<owner>\S+?)\([^)\n]{0,300}\) in (?<file>[^\n]+?\.cs):line (?<line>\d+)|^(?<file2>[^\s(][^(\n]*\.cs)\((?<line2>\d+),\d+\): (?:error|warning) /,
    innermost: 'first',
    kind: 'raised',
    kind2: 'reported',
    library: DOTNET_LIB,
  },
  {
    languages: ['c', 'cpp', 'swift'],
    hint: 'error:',
    re: /^(?<file>[^\s:][^:\n]*\.(?:c|h|cc|cpp|cxx|hpp|hh|hxx|m|mm|swift)):(?<line>\d+):(?:\d+:)? (?:fatal )?error:/,
    innermost: 'first',
    kind: 'reported',
  },
  {
    languages: ['ruby'],
    hint: '.rb:',
    re: /^\s*(?:from )?(?<file>[^\s:][^:\n]*\.rb):(?<line>\d+):in /,
    innermost: 'first',
    kind: 'raised',
    library: /[\\/]gems[\\/]|[\\/]rubygems[\\/]|^<internal:/,
  },
  {
    languages: ['php'],
    hint: '.php',
    re: / in (?<file>\S+\.php)(?: on line |:)(?<line>\d+)|^#\d+ (?<file2>\S+\.php)\((?<line2>\d+)\): /,
    innermost: 'first',
    kind: 'raised',
    library: /[\\/]vendor[\\/]/,
  },
  {
    languages: ['shell'],
    hint: ': line ',
    re: /^(?<file>[^\s:]+\.(?:sh|bash)): line (?<line>\d+): /,
    innermost: 'first',
    kind: 'raised',
  },
];

/** Bundler URLs ("webpack-internal:///./src/App.jsx") name a source file in a roundabout way. */
function cleanPath(file: string | undefined): string | undefined {
  return file?.replace(/^(?:webpack-internal|webpack):\/\/\/?(?:[\w-]+\/)?(?:\.\/)?/, '');
}

/** Stack traces are short; a bound keeps a huge paste from costing more than it is worth. */
const MAX_LINES = 4_000;

function framesOf(lines: readonly string[], rule: FrameRule): Frame | null {
  let userFrame: Frame | null = null;
  let anyFrame: Frame | null = null;
  const take = (frame: Frame, isUser: boolean): boolean => {
    // For "first" the first hit wins; for "last" later hits replace earlier ones.
    if (rule.innermost === 'first') {
      if (!anyFrame) anyFrame = frame;
      if (isUser) {
        userFrame = frame;
        return true;
      }
      return false;
    }
    anyFrame = frame;
    if (isUser) userFrame = frame;
    return false;
  };
  for (let i = 0; i < lines.length && i < MAX_LINES; i++) {
    if (!lines[i].includes(rule.hint)) continue;
    const g = rule.re.exec(lines[i])?.groups;
    if (!g) continue;
    const file = cleanPath(g.file ?? g.file2);
    const line = g.line ?? g.line2;
    if (!file || !line || rule.runtime?.test(file)) continue;
    const isLibrary = rule.library ? rule.library.test(file) || (g.owner ? rule.library.test(g.owner) : false) : false;
    const kind = g.file ? rule.kind : (rule.kind2 ?? rule.kind);
    if (take({ file, line, library: false, kind }, !isLibrary)) break;
  }
  if (userFrame) return userFrame;
  const fallback = anyFrame as Frame | null;
  return fallback ? { ...fallback, library: true } : null;
}

/** The innermost user frame of the trace, for the language detected (or any, when unknown). */
export function innermostFrame(text: string, language: Language): Frame | null {
  const lines = text.split('\n', MAX_LINES);
  const rules = RULES.filter((r) => r.languages.includes(language));
  for (const rule of rules.length > 0 ? rules : RULES) {
    const frame = framesOf(lines, rule);
    if (frame) return frame;
  }
  return null;
}
