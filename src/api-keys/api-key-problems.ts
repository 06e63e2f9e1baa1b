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

export function ambiguousCredentials(): ProblemException {
  return ProblemException.of(
    401,
    ApiKeyProblemType.invalidApiKey,
    'Send one credential: either X-API-Key or an Authorization bearer credential, not both.',
  );
}

export function apiKeyLimitReached(tier: Tier, limit: number): ProblemException {
  const keys = limit === 1 ? 'active API key' : 'active API keys';
  return ProblemException.of(
    409,
    ApiKeyProblemType.apiKeyLimit,
    `Your ${tier} plan allows ${limit} ${keys}; deactivate one or upgrade.`,
    { tier, limit },
  );
}

export function apiKeyNotFound(): ProblemException {
  return ProblemException.of(404, ApiKeyProblemType.notFound, 'There is no such API key on your account.');
}
