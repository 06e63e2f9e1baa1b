import type { User } from '../users/user.entity';

/** What a verified access token stands for; attached to the request by the JWT guard. */
export interface AuthenticatedUser {
  user: User;
  /** The access token's id and expiry, so logout can revoke exactly this token. */
  tokenId: string;
  tokenExpiresAt: Date;
  familyId: string;
}
