/**
 * What answers POST /translate: the offline rules engine, or an LLM provider that falls back to it.
 * Pure TypeScript (no Nest imports): a Nest module wraps these classes.
 */
import type { Translation, TranslationRequest } from '../translation';

export interface TranslationEngine {
  /** 'rules', 'openai' or 'anthropic': also the `engine` field of a successful answer. */
  readonly name: string;
  translate(request: TranslationRequest, signal?: AbortSignal): Promise<Translation>;
}

/** The result of one translation, with what happened on the way. */
export interface EngineOutcome {
  translation: Translation;
  /** The rules engine's pattern for this error, or null when only its generic answer applied. */
  patternId: string | null;
  /** Set when an LLM engine could not answer and the rules engine's answer was returned instead. */
  fallbackReason?: string;
}

/** An engine that also reports how it arrived at the answer (every engine here does). */
export interface ReportingTranslationEngine extends TranslationEngine {
  translateWithOutcome(request: TranslationRequest, signal?: AbortSignal): Promise<EngineOutcome>;
}

/** The slice of `RulesEngine` (src/translator/rules/rules-engine.ts) the engines depend on. */
export interface RulesAnalyser {
  analyse(request: TranslationRequest): { translation: Translation; patternId: string | null };
}

/** Receives one line per fallback (never the user's error text). */
export type EngineLog = (message: string) => void;

/** The offline engine as a `TranslationEngine`: RulesEngine.analyse, nothing else. */
export class RulesOnlyEngine implements ReportingTranslationEngine {
  readonly name = 'rules';

  constructor(private readonly rules: RulesAnalyser) {}

  translate(request: TranslationRequest): Promise<Translation> {
    return this.translateWithOutcome(request).then((outcome) => outcome.translation);
  }

  translateWithOutcome(request: TranslationRequest): Promise<EngineOutcome> {
    try {
      const { translation, patternId } = this.rules.analyse(request);
      return Promise.resolve({ translation: { ...translation, engine: 'rules' }, patternId });
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
