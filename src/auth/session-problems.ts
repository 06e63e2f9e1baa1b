import { ProblemException } from '../common/problem.exception';

const PROBLEMS = 'https://ai-error-translator.dev/problems/';

export const SessionProblemType = {
  /** Unknown, another user's, already ended or expired: one answer, so ids of others' sessions cannot be probed. */
  sessionNotFound: `${PROBLEMS}session-not-found`,
} as const;

export function sessionNotFound(): ProblemException {
  return ProblemException.of(404, SessionProblemType.sessionNotFound, 'There is no such active session on your account.');
}
