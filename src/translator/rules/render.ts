import type { Captures, ErrorPattern } from './error-pattern';
import type { Fix, Translation } from '../translation';

/** The parts of a translation a pattern provides (the engine adds language, confidence and engine). */
export type Rendered = Omit<Translation, 'language' | 'confidence' | 'engine'>;

/**
 * Captured text is the only user text repeated in an answer; a runaway group (`.+` over a
 * minified line) must not turn the answer into an echo of the input.
 */
const MAX_CAPTURE_CHARS = 160;

function clip(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_CAPTURE_CHARS ? `${flat.slice(0, MAX_CAPTURE_CHARS - 1)}…` : flat;
}

/** Named groups that took part in the match; absent ones are left out, never "undefined". */
export function capturesOf(match: RegExpExecArray): Record<string, string> {
  const out: Record<string, string> = {};
  if (!match.groups) return out;
  for (const [name, value] of Object.entries(match.groups)) {
    if (typeof value === 'string' && value.trim() !== '') out[name] = clip(value);
  }
  return out;
}

type Text = ErrorPattern['summary'];

function text(value: Text, captures: Captures, field: string): string {
  const out = typeof value === 'function' ? value(captures) : value;
  if (typeof out !== 'string' || out.trim() === '') throw new Error(`pattern rendered an empty ${field}`);
  return out.trim();
}

function list(value: ErrorPattern['causes'], captures: Captures): string[] {
  const out = typeof value === 'function' ? value(captures) : value;
  return out.filter((s) => typeof s === 'string' && s.trim() !== '').map((s) => s.trim());
}

function fixes(value: ErrorPattern['fixes'], captures: Captures): Fix[] {
  const out = typeof value === 'function' ? value(captures) : value;
  // Copies: the knowledge base is shared, callers may post-process the answer.
  return out.map((f) => ({ title: f.title, steps: [...f.steps], code: f.code ?? null }));
}

/** The error type alone, as renderPattern words it; throws as it does. */
export function renderErrorType(pattern: ErrorPattern, groups: Record<string, string>): string {
  return text(pattern.errorType, groups, 'errorType');
}

/**
 * Renders a pattern's texts with the captures. Throws when a builder fails or renders nothing,
 * so the engine can move on to the next matching pattern instead of answering with a broken one.
 */
export function renderPattern(pattern: ErrorPattern, groups: Record<string, string>): Rendered {
  const errorType = renderErrorType(pattern, groups);
  const captures: Captures = { ...groups, error_type: errorType };
  return {
    error_type: errorType,
    category: pattern.category,
    summary: text(pattern.summary, captures, 'summary'),
    explanation: text(pattern.explanation, captures, 'explanation'),
    causes: list(pattern.causes, captures),
    fixes: fixes(pattern.fixes, captures),
    references: pattern.references.map((r) => ({ title: r.title, url: r.url })),
  };
}
