import { errorTypeMatches } from '../../bench/evaluation';
import { RulesEngine } from '../../src/translator/rules/rules-engine';

/** The rules engine alone, as the recogniser specs (pasted errors, catalog passes) use it. */
export const engine = new RulesEngine();

export const answer = (error: string) => engine.analyse({ error }).translation;

/**
 * The answer's language, and an error type the evaluation counts as the label (a prefixed class
 * too). The answer's own error type is shown on failure.
 */
export function expectRecognised(error: string, language: string, errorType: string): void {
  const t = answer(error);
  expect({ language: t.language, errorType: t.error_type, matches: errorTypeMatches(errorType, t.error_type) }).toEqual({
    language,
    errorType: t.error_type,
    matches: true,
  });
}

/** Every fix's title, steps and code, as one text: where a test looks for a name the error gave. */
export const fixText = (error: string): string =>
  answer(error)
    .fixes.map((f) => [f.title, ...f.steps, f.code ?? ''].join('\n'))
    .join('\n');
