import { Module } from '@nestjs/common';
import { TranslatorModule } from '../translator/translator.module';
import { AnswerFeedbackRepository } from './answer-feedback.repository';
import { FeedbackController } from './feedback.controller';
import { FeedbackService } from './feedback.service';

/** POST /translate/feedback: ratings of translate answers, named by their signed answer ids. */
@Module({
  imports: [TranslatorModule],
  controllers: [FeedbackController],
  providers: [AnswerFeedbackRepository, FeedbackService],
  exports: [FeedbackService],
})
export class FeedbackModule {}
