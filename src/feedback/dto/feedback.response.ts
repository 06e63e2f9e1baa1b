import { ApiProperty } from '@nestjs/swagger';
import { LANGUAGES, type Language } from '../../translator/translation';
import type { StoredRating } from '../answer-feedback.repository';

/** The stored rating, as POST /translate/feedback answers it. */
export class FeedbackResponse {
  @ApiProperty() answer_id: string;
  @ApiProperty() helpful: boolean;
  @ApiProperty({ type: String, nullable: true }) comment: string | null;
  @ApiProperty({ enum: LANGUAGES, description: 'The rated answer\'s language' }) language: Language;
  @ApiProperty({ description: 'The rated answer\'s error_type (its first 120 bytes)', example: 'ModuleNotFoundError' }) error_type: string;
  @ApiProperty({ description: 'When the rated answer was given' }) answered_at: string;
  @ApiProperty({ description: 'When this answer was first rated' }) created_at: string;
  @ApiProperty({ description: 'When the rating was last set' }) updated_at: string;

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
