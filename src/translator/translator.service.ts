import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { AnswerCache } from './answer-cache';
import { createEngine } from './engines/create-engine';
import type { ReportingTranslationEngine } from './engines/translation-engine';
import { RulesEngine } from './rules/rules-engine';
import type { Translation, TranslationRequest } from './translation';

@Injectable()
export class TranslatorService {
  private readonly logger = new Logger(TranslatorService.name);
  private readonly engine: ReportingTranslationEngine;
  /** Only model answers are cached: the rules engine answers faster than a cache lookup. */
  private readonly cache: AnswerCache | null;

  constructor(config: AppConfig) {
    this.engine = createEngine(config.translator, new RulesEngine(), {
      log: (message) => this.logger.warn({ msg: 'translator fell back to the rules engine', reason: message }),
    });
    this.cache = config.translator.engine === 'rules' ? null : new AnswerCache(config.translator.cacheSize);
  }

  async translate(request: TranslationRequest): Promise<Translation> {
    if (!this.cache) return (await this.engine.translateWithOutcome(request)).translation;
    const key = AnswerCache.keyOf(request);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const outcome = await this.engine.translateWithOutcome(request);
    // A fallback answer is not what was configured: let the next request try the model again.
    if (!outcome.fallbackReason) this.cache.set(key, outcome.translation);
    return outcome.translation;
  }
}
