/** Builds the engine the configuration names (TRANSLATOR_ENGINE). */
import type { AppConfig } from '../../config/app-config';
import { AnthropicEngine } from './anthropic.engine';
import { OpenAiEngine } from './openai.engine';
import { RulesOnlyEngine } from './translation-engine';
import type { EngineLog, ReportingTranslationEngine, RulesAnalyser } from './translation-engine';

export type TranslatorConfig = AppConfig['translator'];

export function createEngine(config: TranslatorConfig, rules: RulesAnalyser, options: { log?: EngineLog } = {}): ReportingTranslationEngine {
  switch (config.engine) {
    case 'rules':
      return new RulesOnlyEngine(rules);
    case 'openai':
      return new OpenAiEngine(rules, { ...config.openai, timeoutMs: config.timeoutMs, log: options.log });
    case 'anthropic':
      return new AnthropicEngine(rules, { ...config.anthropic, timeoutMs: config.timeoutMs, log: options.log });
    default: {
      const unknown: never = config.engine;
      throw new Error(`Unknown translator engine: ${String(unknown)}`);
    }
  }
}
