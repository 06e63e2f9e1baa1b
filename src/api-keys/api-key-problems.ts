import { ProblemException } from '../common/problem.exception';
import type { Tier } from '../subscriptions/tiers';

const PROBLEMS = 'https://ai-error-translator.dev/problems/';

export const ApiKeyProblemType = {
  /** The presented key was refused; `detail` says why, without telling unknown keys from deactivated ones. */
  invalidApiKey: `${PROBLEMS}invalid-api-key`,
  /** A key sent to a route that takes access tokens only (account management). */
  apiKeyNotAccepted: `${PROBLEMS}api-key-not-accepted`,
  /** The tier's cap on active keys is reached. */
  apiKeyLimit: `${PROBLEMS}api-key-limit`,
  notFound: `${PROBLEMS}not-found`,
  /** An access token and an API key (or two keys) that stand for different users or keys. */
  conflictingCredentials: `${PROBLEMS}conflicting-credentials`,
} as const;

/** Why a presented key was refused. Unknown and deactivated keys share one answer on purpose. */
export type ApiKeyFailure = 'malformed' | 'unknown-or-inactive' | 'expired' | 'owner-inactive';

const DETAILS: Record<ApiKeyFailure, string> = {
  malformed: 'The API key is malformed: a key is "aet_" followed by letters and digits.',
  'unknown-or-inactive': 'The API key is not valid or has been deactivated.',
  // Only a caller holding the real key gets here: telling them it expired reveals nothing new.
  expired: 'The API key has expired; create a new one.',
  'owner-inactive': 'The account that owns this API key does not exist or is disabled.',
};

export function invalidApiKey(failure: ApiKeyFailure): ProblemException {
  return ProblemException.of(401, ApiKeyProblemType.invalidApiKey, DETAILS[failure]);
}

export function apiKeyNotAccepted(): ProblemException {
  return ProblemException.of(
    401,
    ApiKeyProblemType.apiKeyNotAccepted,
    'API keys are accepted only on product routes; sign in and send an access token: Authorization: Bearer <token>.',
  );
}

/**
 * 400, not 401: each credential on its own is valid, so signing in again would not help (and a
 * client that refreshes its token on any 401 would loop); the request itself contradicts itself.
 */
export function conflictingCredentials(which: 'token-and-key' | 'two-keys'): ProblemException {
  return ProblemException.of(
    400,
    ApiKeyProblemType.conflictingCredentials,
    which === 'token-and-key'
      ? 'The access token (Authorization) and the API key (X-API-Key) belong to different users; send one of them, or both of the same user.'
      : 'X-API-Key and Authorization carry two different API keys; send one.',
    { title: 'Conflicting Credentials' },
  );
}

export function apiKeyLimitReached(tier: Tier, limit: number): ProblemException {
  const keys = limit === 1 ? 'active API key' : 'active API keys';
  return ProblemException.of(409, ApiKeyProblemType.apiKeyLimit, `Your ${tier} plan allows ${limit} ${keys}; deactivate one or upgrade.`, {
    tier,
    limit,
  });
}

export function apiKeyNotFound(): ProblemException {
  return ProblemException.of(404, ApiKeyProblemType.notFound, 'There is no such API key on your account.');
}
