import { Module } from '@nestjs/common';
import { UnknownErrorsModule } from '../unknown-errors/unknown-errors.module';
import { AnswerIdsService } from './answer-ids.service';
import { TranslatorController } from './translator.controller';
import { TranslatorService } from './translator.service';

@Module({
  imports: [UnknownErrorsModule],
  controllers: [TranslatorController],
  providers: [TranslatorService, AnswerIdsService],
  exports: [AnswerIdsService],
})
export class TranslatorModule {}
