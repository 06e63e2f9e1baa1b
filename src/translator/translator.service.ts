import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { UnknownErrorRecorder, type SharingUser } from '../unknown-errors/unknown-error-recorder.service';
import { AnswerCache } from './answer-cache';
import { AnswerIdsService } from './answer-ids.service';
import { createEngine } from './engines/create-engine';
import type { EngineOutcome, ReportingTranslationEngine } from './engines/translation-engine';
import { RulesEngine } from './rules/rules-engine';
import type { Translation, TranslationRequest } from './translation';

/** The answer of POST /translate: the translation and the id feedback names it by. */
export type Answer = Translation & { answer_id: string };

/** Who asked: the id the answer is issued to and the opt-out from counting unrecognised errors. */
export type Asker = SharingUser & { id: string };

type CachedOutcome = Pick<EngineOutcome, 'translation' | 'patternId'>;

@Injectable()
export class TranslatorService {
  private readonly logger = new Logger(TranslatorService.name);
  private readonly engine: ReportingTranslationEngine;
  /** Only model answers are cached: the rules engine answers faster than a cache lookup. */
  private readonly cache: AnswerCache<CachedOutcome> | null;

  constructor(
    config: AppConfig,
    private readonly answerIds: AnswerIdsService,
    private readonly unknownErrors: UnknownErrorRecorder,
  ) {
    this.engine = createEngine(config.translator, new RulesEngine(), {
      log: (message) => this.logger.warn({ msg: 'translator fell back to the rules engine', reason: message }),
    });
    this.cache = config.translator.engine === 'rules' ? null : new AnswerCache<CachedOutcome>(config.translator.cacheSize);
  }

  /**
   * The translation with its answer id. When the rules engine knew no pattern for the error, the
   * miss is noted for the unrecognised-error counts: after the answer, without awaiting anything.
   */
  async answer(request: TranslationRequest, asker: Asker): Promise<Answer> {
    const { translation, patternId } = await this.outcome(request);
    if (patternId === null) this.unknownErrors.noteMiss(request.error, translation.language, asker);
    return { ...translation, answer_id: this.answerIds.issue(asker.id, translation, patternId) };
  }

  private async outcome(request: TranslationRequest): Promise<CachedOutcome> {
    if (!this.cache) return this.engine.translateWithOutcome(request);
    const key = AnswerCache.keyOf(request);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const outcome = await this.engine.translateWithOutcome(request);
    // A fallback answer is not what was configured: let the next request try the model again.
    if (!outcome.fallbackReason) this.cache.set(key, { translation: outcome.translation, patternId: outcome.patternId });
    return outcome;
  }
}
