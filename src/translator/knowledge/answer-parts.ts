import type { Fix, Reference } from '../translation';

/** A fix as the knowledge base writes one: a title, its steps, and code to run or change (or none). */
export function fix(title: string, steps: string[], code: string | null = null): Fix {
  return { title, steps, code };
}

/** A reference: a page of the tool's or language's own documentation. */
export const ref = (title: string, url: string): Reference => ({ title, url });
