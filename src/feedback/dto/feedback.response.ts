import { ApiProperty } from '@nestjs/swagger';
import { LANGUAGES, type Language } from '../../translator/translation';
import type { StoredRating } from '../answer-feedback.repository';

/** A stored rating, for the document's examples. */
export const FEEDBACK_EXAMPLE = {
  answer_id: 'AQABmZ8k3hM1q2x9Lw3oVn6XQ0u4e1n3dG0mLQAAgXB5dGhvbi5tb2R1bGUtbm90LWZvdW5kE01vZHVsZU5vdEZvdW5kRXJyb3I.3q2-7wAAAAAAAAAAAAAAAA',
  helpful: true,
  comment: 'Exactly my problem, thanks!',
  language: 'python',
  error_type: 'ModuleNotFoundError',
  answered_at: '2026-12-01T10:00:00.000Z',
  created_at: '2026-12-01T10:05:00.000Z',
  updated_at: '2026-12-01T10:05:00.000Z',
};

/** The stored rating, as POST /translate/feedback answers it. */
export class FeedbackResponse {
  @ApiProperty() answer_id: string;
  @ApiProperty() helpful: boolean;
  @ApiProperty({ type: String, nullable: true }) comment: string | null;
  @ApiProperty({ enum: LANGUAGES, description: "The rated answer's language" }) language: Language;
  @ApiProperty({ description: "The rated answer's error_type (its first 120 bytes)", example: 'ModuleNotFoundError' }) error_type: string;
  @ApiProperty({ format: 'date-time', description: 'When the rated answer was given' }) answered_at: string;
  @ApiProperty({ format: 'date-time', description: 'When this answer was first rated' }) created_at: string;
  @ApiProperty({ format: 'date-time', description: 'When the rating was last set' }) updated_at: string;

  static of(rating: StoredRating): FeedbackResponse {
    return {
      answer_id: rating.answerId,
      helpful: rating.helpful,
      comment: rating.comment,
      language: rating.language as Language,
      error_type: rating.errorType,
      answered_at: rating.answeredAt.toISOString(),
      created_at: new Date(rating.createdAt).toISOString(),
      updated_at: new Date(rating.updatedAt).toISOString(),
    };
  }
}
