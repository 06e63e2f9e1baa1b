import { KNOWLEDGE_BASE } from '../knowledge';
import type { Fix, Language, Translation, TranslationRequest } from '../translation';
import { unusedCaptures } from './captured-names';
import { statelessCopy, type ErrorPattern } from './error-pattern';
import { fallbackAnswer, locationSentence, pythonExceptionLine, readErrorName, readSystemError } from './fallback';
import { guessLanguageFromMentions, guessToolFromMentions } from './fallback-language';
import { focus } from './focus';
import { innermostCause } from './innermost-cause';
import { innermostFrame, type Frame } from './innermost-frame';
import { KnownPhrases } from './known-phrases';
import { buildStepLanguage, detectLanguage, familyOf, sameFamily, scoreText, type Detection } from './language-detector';
import { LiteralIndex } from './literal-index';
import { readMessagePhrase } from './message-phrase';
import { normalise } from './normalise';
import { capturesOf, renderPattern } from './render';
import { requiredLiterals } from './required-literals';
import { PROGRAM_LANGUAGES, raisedByProgram } from './wrapped';

export interface EngineResult {
  translation: Translation;
  /** The knowledge-base pattern that produced the answer; null for the generic answer. */
  patternId: string | null;
  /** The pattern's named groups as matched (clipped); empty for the generic answer. */
  captures: Readonly<Record<string, string>>;
}

export const RULES_ENGINE = 'rules';

interface Entry {
  pattern: ErrorPattern;
  re: RegExp;
  requires: RegExp | null;
  evidence: RegExp | null;
  priority: number;
  /** Position in the knowledge base: the last tie-breaker. */
  index: number;
}

/** What has been run on one text: shared tests (`requires`, `evidence`) and the patterns' regexes. */
interface Outcomes {
  tests: Map<RegExp, boolean>;
  matches: Map<RegExp, RegExpExecArray | null>;
}

function testOnce(re: RegExp, text: string, tests: Map<RegExp, boolean>): boolean {
  let ok = tests.get(re);
  if (ok === undefined) tests.set(re, (ok = re.test(text)));
  return ok;
}

interface Hit {
  entry: Entry;
  groups: Record<string, string>;
  /** Where the match starts: among equally specific patterns, the first error reported wins. */
  at: number;
}

/**
 * The offline engine: normalise → pick the root cause of a chained trace → detect the language
 * → try the knowledge-base patterns (detected language first) → render, or answer generically.
 * Pure and synchronous; every step is linear in the (capped) input.
 */
export class RulesEngine {
  private readonly entries: readonly Entry[];
  private readonly tiers = new Map<Language, readonly Entry[][]>();
  private readonly phrases: KnownPhrases;
  /**
   * Which patterns a text could match, by the literals each needs (required-literals.ts): `requires`' when the
   * pattern has one, else its regex's. Cheaper than either regex.
   */
  private readonly prefilter: LiteralIndex;

  constructor(patterns: readonly ErrorPattern[] = KNOWLEDGE_BASE) {
    this.phrases = new KnownPhrases(patterns);
    // A hand-written prefilter is read instead of the regex it guards: it is the smaller of the two (the largest
    // regexes are guarded), and a text without its literals is spared both.
    this.prefilter = new LiteralIndex(patterns.map((pattern) => requiredLiterals(pattern.requires ?? pattern.match)));
    this.entries = patterns.map((pattern, index) => ({
      pattern,
      re: statelessCopy(pattern.match),
      requires: pattern.requires ? statelessCopy(pattern.requires) : null,
      evidence: pattern.evidence ? statelessCopy(pattern.evidence) : null,
      priority: pattern.priority ?? 0,
      index,
    }));
  }

  /** Synchronous, sub-millisecond: the offline default engine. */
  analyse(request: TranslationRequest): EngineResult {
    const text = normalise(typeof request.error === 'string' ? request.error : '');
    const whole = focus(text);
    const cause = innermostCause(text);
    const root = cause.chained ? focus(cause.text) : whole;
    const detected = detectLanguage(whole, request.language, request.context);
    const stepLanguage = detected.language === 'docker' && detected.evidence === 'text' ? buildStepLanguage(whole) : null;
    const detection: Detection = stepLanguage ? { language: stepLanguage, evidence: 'text' } : detected;

    // The root cause first; the whole text when the root alone matches nothing. Exception: when
    // the root only meets a catch-all (negative priority, "any XxxException") and the rest of
    // the chain meets something more specific, the specific explanation is the better answer.
    const rootHits = this.matches(root, detection.language);
    const wholeHits = cause.chained ? this.matches(whole, detection.language) : [];
    const rootBest = rootHits[0]?.entry.priority;
    const wholeBest = wholeHits[0]?.entry.priority;
    const preferWhole = rootBest !== undefined && rootBest < 0 && wholeBest !== undefined && wholeBest > rootBest;
    const ordered: [Hit[], boolean][] = preferWhole
      ? [
          [wholeHits, false],
          [rootHits, true],
        ]
      : [
          [rootHits, true],
          [wholeHits, false],
        ];
    const errorName = (): string | null =>
      readErrorName(root, detection.language) ?? (cause.chained ? readErrorName(whole, detection.language) : null);
    answers: for (const [hits, fromRoot] of ordered) {
      for (const hit of hits) {
        // Another language's wrapper (a docker build's failed RUN step around a Python traceback
        // no Python pattern knows) says less than the program's own error name, which the
        // fallback answers with.
        if (hit.entry.pattern.wrapper && !sameFamily(hit.entry.pattern.language, detection.language) && errorName() !== null) break answers;
        const frame = locate(root, whole, cause.chained, hit.entry.pattern.language);
        const translation = this.render(hit, detection, frame, fromRoot || !cause.chained);
        if (translation) {
          let raised =
            cause.raised && (!fromRoot || /Exception$/.test(translation.error_type)) ? asOuterException(translation, cause.raised) : translation;
          raised = asPythonException(raised, fromRoot ? root : whole, hit.at, detection);
          return {
            translation: asToolsError(asBuildKitFailure(asRaisedBy(raised, whole, detection), whole), hit.entry.pattern, detection, whole),
            patternId: hit.entry.pattern.id,
            captures: hit.groups,
          };
        }
      }
    }

    // Nothing matched and nothing placed the text: the tools it mentions, then the one language whose
    // errors bear a name it contains, are the last, weak clues.
    const guessed =
      detection.language === 'unknown'
        ? (guessLanguageFromMentions(whole) ?? this.phrases.languageOf(root))
        : detection.evidence === 'weak' && detection.language === 'shell'
          ? terminalTool(whole)
          : null;
    const answered: Detection = guessed ? { language: guessed, evidence: 'weak' } : detection;
    const frame = locate(root, whole, cause.chained, answered.language);
    // With no class or code to name, a phrase the knowledge base names errors by, then a system error.
    const name = errorName() ?? this.phrases.first(root, answered.language) ?? readSystemError(root) ?? readMessagePhrase(root);
    return {
      translation: fallbackAnswer(name, answered, frame, RULES_ENGINE),
      patternId: null,
      captures: {},
    };
  }

  /**
   * Matching patterns, best first: the detected language's (and its family's) patterns, then
   * all others (so an npm error in a "python" request still matches). Within a tier the
   * highest priority wins; ties go to the detected language itself, then to the match that
   * starts first in the text (compilers list several errors, and the first is usually the
   * cause of the rest), then to the earlier pattern in the knowledge base. Only the first tier
   * with a match is returned: a weaker pattern of the detected language beats a stronger one
   * of a language the text does not look like.
   */
  private matches(text: string, language: Language): Hit[] {
    const tiers = this.tiersFor(language);
    const exact = (h: Hit): number => (h.entry.pattern.language === language ? 0 : 1);
    // Outside the detected language's tier a wrapper ranks below every pattern of priority 0 or more.
    const rank = (h: Hit, t: number): number => (t > 0 && h.entry.pattern.wrapper ? Math.min(h.entry.priority, -0.5) : h.entry.priority);
    const orderIn =
      (t: number) =>
      (a: Hit, b: Hit): number =>
        rank(b, t) - rank(a, t) || exact(a) - exact(b) || a.at - b.at || a.entry.index - b.entry.index;
    const order = orderIn(0);
    const ran: Outcomes = { tests: new Map(), matches: new Map() };
    const possible = this.prefilter.scan(text);
    for (let t = 0; t < tiers.length; t++) {
      const hits = this.hitsOf(text, tiers[t], ran, possible);
      if (hits.length === 0) continue;
      hits.sort(orderIn(t));
      // A wrapper of the detected language (a docker build's failed RUN step), or of a text whose
      // language is unknown, gives way to the command's own error when another pattern recognises
      // it: the linker's undefined symbols, go's checksum mismatch. A process's death by a signal
      // counts only when the text shows the pattern's language (apt's "received a segmentation
      // fault" is no C program's crash).
      if (hits[0].entry.pattern.wrapper && t === 0) {
        const scores = scoreText(text);
        const shown = (h: Hit): boolean => familyOf(h.entry.pattern.language).some((l) => (scores.get(l) ?? 0) > 0);
        const candidates = language === 'unknown' ? hits : tiers.slice(1).flatMap((tier) => this.hitsOf(text, tier, ran, possible));
        const inner = candidates.filter((h) => !h.entry.pattern.wrapper && h.entry.priority >= 0 && (!h.entry.pattern.signal || shown(h)));
        if (inner.length > 0) return [...inner.sort(orderIn(1)), ...hits.filter((h) => !inner.includes(h))];
      }
      // Only a catch-all of the program's language ("QueryFailedError: …"): a database error
      // inside it is explained by the database's pattern, and asRaisedBy names the class. Not
      // for languages that raise no class around it (a Rust panic stays the panic).
      if (hits[0].entry.priority < 0 && t === 0 && PROGRAM_LANGUAGES.has(language)) {
        const database = tiers.slice(1).flatMap((tier) =>
          this.hitsOf(
            text,
            tier.filter((e) => e.pattern.language === 'sql'),
            ran,
            possible,
          ),
        );
        if (database.length > 0) return [...database.sort(order), ...hits];
      }
      return hits;
    }
    return [];
  }

  /** `possible` is the prefilter's verdict on the text, by pattern index; `ran` what has already run on it. */
  private hitsOf(text: string, entries: readonly Entry[], ran: Outcomes, possible: Uint8Array): Hit[] {
    const hits: Hit[] = [];
    for (const entry of entries) {
      if (possible[entry.index] === 0) continue;
      if (entry.requires && !testOnce(entry.requires, text, ran.tests)) continue;
      if (entry.evidence && !testOnce(entry.evidence, text, ran.tests)) continue;
      // A C++ twin's regex is its C pattern's: one run serves both.
      let m = ran.matches.get(entry.re);
      if (m === undefined) ran.matches.set(entry.re, (m = entry.re.exec(text)));
      if (m) hits.push({ entry, groups: capturesOf(m), at: m.index });
    }
    return hits;
  }

  /** The candidate tiers for a detected language, built once per language. */
  private tiersFor(language: Language): readonly Entry[][] {
    const cached = this.tiers.get(language);
    if (cached) return cached;
    let tiers: Entry[][];
    if (language === 'unknown') {
      tiers = [[...this.entries]];
    } else {
      // The family shares the first tier: Kotlin's errors are JVM exceptions, a TypeScript
      // project's runtime errors are JavaScript's, and text alone rarely tells them apart.
      const family = familyOf(language);
      // Another language's catch-all is never better than the detected language's generic
      // answer: Python's "SyntaxError: …" line pattern must not answer a Node.js SyntaxError.
      tiers = [
        this.entries.filter((e) => family.includes(e.pattern.language)),
        this.entries.filter((e) => !family.includes(e.pattern.language) && e.priority >= 0),
      ].filter((tier) => tier.length > 0);
    }
    this.tiers.set(language, tiers);
    return tiers;
  }

  private render(hit: Hit, detection: Detection, frame: Frame | null, fromRoot: boolean): Translation | null {
    let rendered;
    try {
      rendered = renderPattern(hit.entry.pattern, hit.groups);
    } catch {
      // A broken text builder must not break the answer: the next matching pattern gets a go.
      return null;
    }
    const location = locationSentence(frame);
    const explanation =
      location && frame && !rendered.explanation.includes(frame.file) ? `${rendered.explanation} ${location}` : rendered.explanation;
    return {
      language: hit.entry.pattern.language,
      ...rendered,
      explanation,
      fixes: withLocationStep(rendered.fixes, hit.groups, frame),
      confidence: patternConfidence(hit.entry, detection, fromRoot),
      engine: RULES_ENGINE,
    };
  }
}

/**
 * The location to mention: the root cause's own innermost user frame; when the root cause only
 * shows library frames (pandas raising from its Cython internals), the user's frame elsewhere
 * in the chain is the line the developer can act on.
 */
function locate(root: string, whole: string, chained: boolean, language: Language): Frame | null {
  const frame = innermostFrame(root, language);
  if (chained && (!frame || frame.library)) {
    const other = innermostFrame(whole, language);
    if (other && (!other.library || !frame)) return other;
  }
  return frame;
}

/**
 * .NET: a pattern for an inner exception explained the failure better than the catch-all the
 * outer one met (or the outer message quotes an inner one's: AggregateException listing DI
 * failures), but the error thrown to the caller (what the report is about, and what the code
 * catches) is still the outer exception.
 */
function asOuterException(translation: Translation, outer: string): Translation {
  if (translation.language !== 'csharp' || translation.error_type === outer) return translation;
  return {
    ...translation,
    error_type: outer,
    explanation: `${translation.explanation} It reached the caller wrapped in ${outer}, whose inner exception (after " ---> ") this is.`,
  };
}

/**
 * Another tool's message inside a Python exception (git's "fatal: …" in GitCommandError, a
 * JavaScript-looking TypeError message, docker's daemon error in DockerException): when the
 * text is a Python traceback and the pattern matched at or after its exception line, the error
 * is the Python exception, in Python; the other tool's explanation stays.
 */
function asPythonException(translation: Translation, text: string, at: number, detection: Detection): Translation {
  if (detection.language !== 'python' || detection.evidence !== 'text') return translation;
  if (translation.language === 'python' || translation.language === 'sql') return translation;
  const line = pythonExceptionLine(text) ?? qualifiedPythonLine(text);
  if (!line || at < line.at) return translation;
  return {
    ...translation,
    language: 'python',
    error_type: line.name,
    explanation:
      translation.error_type === line.name
        ? translation.explanation
        : `${translation.explanation} The Python program raised it as ${line.name}.`,
  };
}

// A module-qualified exception line of a text detected as Python ("subprocess.CalledProcessError: Command … returned
// non-zero exit status 127"), pasted without the traceback above it: the last one is what the program raised.
const QUALIFIED_PYTHON_LINE = /^(?:[a-z_]\w{0,40}\.){1,6}([A-Z]\w{0,80}(?:Error|Exception)): /gm;

function qualifiedPythonLine(text: string): { name: string; at: number } | null {
  let last: { name: string; at: number } | null = null;
  for (const m of text.matchAll(QUALIFIED_PYTHON_LINE)) last = { name: m[1], at: m.index };
  return last;
}

// BuildKit's last line for any failed build: "ERROR: failed to solve: …", older "failed to solve with frontend …".
const BUILDKIT_FAILED = /(?:^|\s)(?:ERROR: )?failed to solve(?: with frontend [\w.-]{1,60})?: /m;

/**
 * Whatever Docker error caused it (a registry, a credentials helper, a missing file), a failed BuildKit
 * build is reported as "failed to solve", which is what the user sees last and searches for (README).
 * The pattern's explanation of the cause stays.
 */
function asBuildKitFailure(translation: Translation, whole: string): Translation {
  if (translation.language !== 'docker' || translation.error_type === 'failed to solve' || !BUILDKIT_FAILED.test(whole)) return translation;
  return {
    ...translation,
    error_type: 'failed to solve',
    explanation: `${translation.explanation} BuildKit reported it as "failed to solve" (${translation.error_type}).`,
  };
}

/**
 * A database error inside a program's trace is the program's error: its language, and the
 * exception it raised when the trace names one (node-postgres' bare "error" keeps the SQLSTATE).
 * The database pattern's explanation stays: it is what says what went wrong.
 */
function asRaisedBy(translation: Translation, whole: string, detection: Detection): Translation {
  if (translation.language !== 'sql' || detection.evidence !== 'text' || !PROGRAM_LANGUAGES.has(detection.language)) return translation;
  const program = raisedByProgram(whole, detection.language);
  if (!program) return translation;
  const raised = program.raised;
  return {
    ...translation,
    language: detection.language,
    error_type: raised ?? translation.error_type,
    explanation: raised
      ? `${translation.explanation} The program received it as ${raised}, which is what to catch or search for.`
      : translation.explanation,
  };
}

// A shell prompt only says the text was pasted from a terminal: the tools it mentions say whose error it is.
function terminalTool(whole: string): Language | null {
  const mentioned = guessLanguageFromMentions(whole);
  return mentioned === 'shell' ? null : mentioned;
}

// A docker build whose RUN step failed: what the step printed is its command's, not docker's.
const RUN_STEP_FAILED = /did not complete successfully: exit code|returned a non-zero code: /;

/**
 * An error another language's tool printed as its own (a Go network, TLS or file error in docker's or kubectl's output,
 * the system's message in a database server's log) is the tool's error: the answer takes the tool's language, which
 * the text shows, and keeps the pattern's explanation of the underlying failure.
 */
function asToolsError(translation: Translation, pattern: ErrorPattern, detection: Detection, whole: string): Translation {
  const tools = pattern.printedBy;
  if (!tools || RUN_STEP_FAILED.test(whole)) return translation;
  // Without the text's own evidence for another language, the tools it mentions (a kubectl command, a dockerd line) tell.
  const printer = detection.evidence === 'text' || tools.includes(detection.language) ? detection.language : guessToolFromMentions(whole);
  return printer && tools.includes(printer) ? { ...translation, language: printer } : translation;
}

/**
 * The first fix starts where the error points (the file the message names, else the innermost
 * frame of the user's own code), unless a fix already names that file: the user should not have
 * to read the location back out of their own trace. A library file is named as such.
 */
function withLocationStep(fixes: Fix[], groups: Readonly<Record<string, string>>, frame: Frame | null): Fix[] {
  const file = groups.file ?? (frame && !frame.library ? frame.file : undefined);
  if (!file || fixes.length === 0 || unusedCaptures({ file }, fixes).length === 0) return fixes;
  const line = groups.file ? groups.line : frame?.line;
  const where = `${file}${line ? ` line ${line}` : ''}`;
  // When every frame of the trace is library or runtime code, the file (Integer.java) is not where to edit.
  const step = frame?.library
    ? `The error is raised in ${where}, which is library code: start at the last frame of your own code that calls into it.`
    : `Start at ${where}: that is where the error is reported.`;
  return [{ ...fixes[0], steps: [step, ...fixes[0].steps] }, ...fixes.slice(1)];
}

/**
 * A known pattern starts at 0.8. Agreement between the text's language and the pattern's adds
 * up to 0.07, a specific pattern (higher priority: an error code rather than a bare class
 * name) up to 0.08; matching only outside the root cause, or against the text's own language,
 * takes some off. Always within 0.75–0.95: a pattern match is never certainty.
 */
function patternConfidence(entry: Entry, detection: Detection, fromRoot: boolean): number {
  let c = 0.8;
  const language = entry.pattern.language;
  if (language === detection.language) {
    c += detection.evidence === 'text' ? 0.07 : detection.evidence === 'hint' ? 0.04 : 0.02;
  } else if (sameFamily(language, detection.language)) {
    c += 0.02;
  } else if (detection.evidence === 'text') {
    c -= 0.03;
  }
  c += (Math.min(Math.max(entry.priority, 0), 10) / 10) * 0.08;
  if (!fromRoot) c -= 0.04;
  return Math.round(Math.min(0.95, Math.max(0.75, c)) * 100) / 100;
}
