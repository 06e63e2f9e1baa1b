import type { ErrorPattern } from '../rules/error-pattern';
import type { Fix, Reference } from '../translation';

/** A fix as the knowledge base writes one: a title, its steps, and code to run or change (or none). */
export function fix(title: string, steps: string[], code: string | null = null): Fix {
  return { title, steps, code };
}

/** A reference: a page of the tool's or language's own documentation. */
export const ref = (title: string, url: string): Reference => ({ title, url });

/** An earlier file's pattern a later catalog pass reuses (a copy with another regex, or as it is); a wrong id fails at load. */
export function patternById(patterns: readonly ErrorPattern[], id: string): ErrorPattern {
  const found = patterns.find((p) => p.id === id);
  if (!found) throw new Error(`no pattern ${id}`);
  return found;
}
