import type { User } from '../users/user.entity';

/**
 * What a verified credential stands for; attached to the request by the global auth guard.
 *
 * One shape for both credentials, so controllers need not care which was used:
 * - an access token (JWT): `tokenId`, `tokenExpiresAt` and `familyId` are the token's, and
 *   `apiKeyId` is absent;
 * - an API key (only on @AllowApiKey routes): `apiKeyId` is the key's id, `tokenId` and
 *   `familyId` are that id too, and `tokenExpiresAt` is the key's expiry (the far future for a
 *   key that never expires). Token-only operations (logout) are never reachable with a key.
 * Test `apiKeyId !== undefined` (or `isApiKeyPrincipal`) to tell them apart.
 */
export interface AuthenticatedUser {
  user: User;
  /** The access token's id and expiry, so logout can revoke exactly this token. */
  tokenId: string;
  tokenExpiresAt: Date;
  familyId: string;
  /** Set only when the request was authenticated with an API key: that key's id. */
  apiKeyId?: string;
}

export function isApiKeyPrincipal(principal: AuthenticatedUser): principal is AuthenticatedUser & { apiKeyId: string } {
  return principal.apiKeyId !== undefined;
}
