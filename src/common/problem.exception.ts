import { HttpException } from '@nestjs/common';
import { statusTitle, type FieldError, type ProblemDetails } from './problem-details';

/**
 * Field errors listed in one problem. A client fixes the first few and retries; listing thousands
 * (one per unknown key of a hostile body) only makes the answer a weapon.
 */
export const MAX_LISTED_ERRORS = 20;

/** Throw this to answer with a specific problem type; plain HttpExceptions become about:blank. */
export class ProblemException extends HttpException {
  constructor(readonly problem: ProblemDetails) {
    super(problem, problem.status);
  }

  static of(status: number, type: string, detail: string, extra: Partial<ProblemDetails> = {}): ProblemException {
    return new ProblemException({ type, title: statusTitle(status), status, detail, ...extra });
  }

  /** A 400 naming each failed field: the first MAX_LISTED_ERRORS of them, and how many more there were. */
  static validation(errors: FieldError[]): ProblemException {
    const listed = errors.slice(0, MAX_LISTED_ERRORS);
    const omitted = errors.length - listed.length;
    const detail = listed.map((error) => error.message).join('; ') + (omitted > 0 ? `; and ${omitted} more` : '');
    return new ProblemException({
      type: 'https://ai-error-translator.dev/problems/validation-error',
      title: 'Validation Failed',
      status: 400,
      detail,
      errors: listed,
      ...(omitted > 0 ? { errors_omitted: omitted } : {}),
    });
  }
}
