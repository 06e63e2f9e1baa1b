import { ProblemException } from '../common/problem.exception';

const PROBLEMS = 'https://ai-error-translator.dev/problems/';

export const FeedbackProblemType = {
  /** Not an answer id this service issued to the caller (forged, altered, or another account's). */
  answerNotFound: `${PROBLEMS}answer-not-found`,
  /** The caller's own answer, past ANSWER_FEEDBACK_WINDOW. */
  answerExpired: `${PROBLEMS}answer-expired`,
} as const;

export function answerNotFound(): ProblemException {
  return ProblemException.of(
    404,
    FeedbackProblemType.answerNotFound,
    'No answer given to your account has this answer_id; send the answer_id of one of your own POST /translate answers, unchanged.',
  );
}

export function answerExpired(issuedAt: Date, windowDays: number): ProblemException {
  return ProblemException.of(
    410,
    FeedbackProblemType.answerExpired,
    `This answer was given on ${issuedAt.toISOString()}; feedback is taken for ${windowDays} days after an answer.`,
    { answered_at: issuedAt.toISOString(), window_days: windowDays },
  );
}
