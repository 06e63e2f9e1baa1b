import { HttpException } from '@nestjs/common';
import { statusTitle, type FieldError, type ProblemDetails } from './problem-details';

/** Throw this to answer with a specific problem type; plain HttpExceptions become about:blank. */
export class ProblemException extends HttpException {
  constructor(readonly problem: ProblemDetails) {
    super(problem, problem.status);
  }

  static of(status: number, type: string, detail: string, extra: Partial<ProblemDetails> = {}): ProblemException {
    return new ProblemException({ type, title: statusTitle(status), status, detail, ...extra });
  }

  static validation(errors: FieldError[]): ProblemException {
    const detail = errors.map((error) => error.message).join('; ');
    return new ProblemException({
      type: 'https://ai-error-translator.dev/problems/validation-error',
      title: 'Validation Failed',
      status: 400,
      detail,
      errors,
    });
  }
}
