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
  /** Rotating a key that is deactivated, expired or already rotated. */
  apiKeyNotRotatable: `${PROBLEMS}api-key-not-rotatable`,
  notFound: `${PROBLEMS}not-found`,
  /** An access token and an API key (or two keys) that stand for different users or keys. */
  conflictingCredentials: `${PROBLEMS}conflicting-credentials`,
} as const;

/** Why a presented key was refused. Unknown and deactivated keys share one answer on purpose. */
export type ApiKeyFailure = 'malformed' | 'bad-checksum' | 'unknown-or-inactive' | 'expired' | 'rotated' | 'owner-inactive';

const DETAILS: Record<ApiKeyFailure, string> = {
  malformed: 'The API key is malformed: a key is "aet_" followed by 46 letters and digits (40 for keys made before checksums).',
  // Anyone can compute a CRC: saying so reveals nothing, and tells a typo from a revoked key.
  'bad-checksum': 'The API key is not valid: its checksum does not match (mistyped or truncated?).',
  'unknown-or-inactive': 'The API key is not valid or has been deactivated.',
  // Only a caller holding the real key gets here: telling them it expired reveals nothing new.
  expired: 'The API key has expired; create a new one.',
  rotated: 'The API key was rotated and its grace period has ended; use the key that replaced it.',
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

/** Only an active key that was not rotated already can be rotated: a deactivated or expired one stays dead. */
export function apiKeyNotRotatable(reason: 'inactive' | 'already-rotated'): ProblemException {
  return ProblemException.of(
    409,
    ApiKeyProblemType.apiKeyNotRotatable,
    reason === 'inactive'
      ? 'This API key is deactivated or expired: only an active key can be rotated; create a new key instead.'
      : 'This API key was already rotated; rotate the key that replaced it.',
  );
}

export function apiKeyNotFound(): ProblemException {
  return ProblemException.of(404, ApiKeyProblemType.notFound, 'There is no such API key on your account.');
}
