import { Injectable } from '@nestjs/common';
import { AnswerIdsService } from '../translator/answer-ids.service';
import { AnswerFeedbackRepository, type FeedbackSummary, type StoredRating } from './answer-feedback.repository';
import { answerExpired, answerNotFound } from './feedback-problems';

const DAY_MS = 86_400_000;

export interface Rating {
  answerId: string;
  helpful: boolean;
  comment: string | null;
}

/** Ratings of translate answers: checked against their signed ids, one row per user and answer. */
@Injectable()
export class FeedbackService {
  constructor(
    private readonly answers: AnswerIdsService,
    private readonly ratings: AnswerFeedbackRepository,
  ) {}

  /**
   * Stores `userId`'s rating of the answer, or replaces their earlier one. An id that is not one of
   * theirs (forged, altered, another account's) is a 404 and an answer past the window a 410:
   * nothing is written either way.
   */
  async rate(userId: string, rating: Rating): Promise<StoredRating> {
    const found = this.answers.lookup(rating.answerId, userId);
    if (!found.found) {
      if (found.reason === 'expired') throw answerExpired(found.issuedAt, Math.round((this.answers.feedbackWindowMs / DAY_MS) * 100) / 100);
      throw answerNotFound();
    }
    const { claims } = found;
    return this.ratings.upsertRating({
      userId,
      answerId: rating.answerId,
      language: claims.language,
      errorType: claims.errorType,
      patternId: claims.patternId,
      helpful: rating.helpful,
      comment: rating.comment,
      answeredAt: new Date(claims.issuedAt),
    });
  }

  summary(days: number, commentsPerType: number): Promise<FeedbackSummary[]> {
    return this.ratings.summary(days, commentsPerType);
  }
}
