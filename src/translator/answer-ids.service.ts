import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { AnswerIdSigner, type AnswerClaims } from './answer-id';
import type { Translation } from './translation';

/** A signed answer issued a little ahead of this instance's clock (another instance's skew) is still fine. */
const CLOCK_SKEW_MS = 5 * 60_000;

export type AnswerLookup =
  | { found: true; claims: AnswerClaims }
  /** Not an id we issued, or issued to someone else: the caller is told the same either way. */
  | { found: false; reason: 'unknown' }
  /** The caller's own answer, older than ANSWER_FEEDBACK_WINDOW. */
  | { found: false; reason: 'expired'; issuedAt: Date };

/** Issues the answer ids of POST /translate and checks those that come back with feedback. */
@Injectable()
export class AnswerIdsService {
  private readonly signer: AnswerIdSigner;
  private readonly windowMs: number;

  constructor(config: AppConfig) {
    this.signer = new AnswerIdSigner(config.answers.idSecret);
    this.windowMs = config.answers.feedbackWindowSeconds * 1000;
  }

  get feedbackWindowMs(): number {
    return this.windowMs;
  }

  /** The hot path: no I/O, a few microseconds. */
  issue(userId: string, translation: Translation, patternId: string | null): string {
    return this.signer.issue({ userId, language: translation.language, errorType: translation.error_type, patternId });
  }

  /** The answer `answerId` names, if it is one of ours, issued to `userId`, within the feedback window. */
  lookup(answerId: string, userId: string, now = Date.now()): AnswerLookup {
    const check = this.signer.verify(answerId);
    if (!check.ok || check.claims.userId !== userId.toLowerCase()) return { found: false, reason: 'unknown' };
    const { issuedAt } = check.claims;
    if (issuedAt > now + CLOCK_SKEW_MS) return { found: false, reason: 'unknown' };
    if (now - issuedAt > this.windowMs) return { found: false, reason: 'expired', issuedAt: new Date(issuedAt) };
    return { found: true, claims: check.claims };
  }
}
