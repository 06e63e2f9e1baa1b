import { ProblemException } from '../common/problem.exception';
import { ProblemType } from '../common/problem-details';

/**
 * A wrong password on DELETE /users/me. 403, not 401: the session itself is valid, and a client
 * treating 401 as "signed out" would throw it away.
 */
export function wrongPassword(): ProblemException {
  return ProblemException.of(403, ProblemType.invalidCredentials, 'The password is not correct; the account was not deleted.');
}
