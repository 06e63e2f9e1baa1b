import type { Language } from '../translation';
import { statelessCopy, type ErrorPattern } from './error-pattern';
import { normalise } from './normalise';
import { capturesOf, renderErrorType } from './render';

/**
 * The knowledge base's own error types that are phrases ("port is already allocated", "undefined
 * reference", "no space left on device"), spotted in a text no pattern matched. A tool's message in
 * a context no pattern expects (another tool's prefix, a wrapped line, a reworded lead) still
 * carries the phrase a reader would name it by; the first one in the text is the error, the rest
 * are usually its consequences.
 */
export class KnownPhrases {
  private readonly byLanguage = new Map<Language, { phrases: readonly string[]; re: RegExp }>();
  /** The languages whose patterns name errors by each phrase (lower case). */
  private readonly owners = new Map<string, Set<Language>>();

  constructor(patterns: readonly ErrorPattern[]) {
    const phrases = new Map<Language, Set<string>>();
    for (const pattern of patterns) {
      const own = phrases.get(pattern.language) ?? new Set<string>();
      phrases.set(pattern.language, own);
      for (const type of typesOf(pattern).filter(isPhrase)) {
        own.add(type);
        const key = type.toLowerCase();
        this.owners.set(key, (this.owners.get(key) ?? new Set<Language>()).add(pattern.language));
      }
    }
    // A text whose language nobody could tell is searched for every language's phrases.
    phrases.set('unknown', new Set([...phrases.values()].flatMap((own) => [...own])));
    for (const [language, own] of phrases) {
      // Longest first, so "permission denied (publickey)" is not cut to "permission denied".
      const sorted = [...own].sort((a, b) => b.length - a.length);
      const alternatives = sorted.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
      this.byLanguage.set(language, { phrases: sorted, re: new RegExp(`(?<![\\w-])(?:${alternatives})(?![\\w-])`, 'i') });
    }
  }

  /** The first of the language's phrases the text contains, as the knowledge base words it. */
  first(text: string, language: Language): string | null {
    const own = this.byLanguage.get(language);
    const m = own?.re.exec(text);
    if (!own || !m) return null;
    const found = m[0].toLowerCase();
    return own.phrases.find((p) => p.toLowerCase() === found) ?? m[0];
  }

  /**
   * For a text whose language nobody could tell: the one language whose patterns name errors by the
   * first phrase it contains ("ImagePullBackOff" is only Kubernetes'); null when several languages'
   * do ("permission denied") or it contains none.
   */
  languageOf(text: string): Language | null {
    const phrase = this.first(text, 'unknown');
    const owners = phrase === null ? undefined : this.owners.get(phrase.toLowerCase());
    return owners?.size === 1 ? [...owners][0] : null;
  }
}

/** The types a pattern answers: its own, or those it words for its samples when it builds one from the match. */
function typesOf(pattern: ErrorPattern): string[] {
  if (typeof pattern.errorType === 'string') return [pattern.errorType];
  const re = statelessCopy(pattern.match);
  return pattern.samples.flatMap((sample) => {
    const m = re.exec(normalise(sample));
    try {
      return m ? [renderErrorType(pattern, capturesOf(m))] : [];
    } catch {
      return [];
    }
  });
}

/**
 * Two or more words ("no such host"), or one word of two or more capitalised parts, as Kubernetes
 * words its reasons ("CrashLoopBackOff"); at least six characters. Not "error" or "Killed".
 */
function isPhrase(errorType: string): boolean {
  return errorType.length >= 6 && (/\S\s+\S/.test(errorType) || /^[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+$/.test(errorType));
}
