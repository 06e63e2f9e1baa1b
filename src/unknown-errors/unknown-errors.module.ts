import { Module } from '@nestjs/common';
import { UnknownErrorRecorder } from './unknown-error-recorder.service';
import { UnknownErrorRepository } from './unknown-error.repository';
import { UnknownErrorsService } from './unknown-errors.service';

/** Fingerprints of the errors the rules engine did not recognise: counted, reported, pruned. */
@Module({
  providers: [UnknownErrorRepository, UnknownErrorRecorder, UnknownErrorsService],
  exports: [UnknownErrorRecorder, UnknownErrorsService],
})
export class UnknownErrorsModule {}
