import { ApiProperty } from '@nestjs/swagger';
import type { User } from '../user.entity';

/** What GET /users/me answers, for the document's examples. */
export const USER_EXAMPLE = {
  id: '0b6f3c2e-5a1d-4e8f-9c7b-2d4a6e8f0a1c',
  email: 'ada@example.com',
  full_name: 'Ada Lovelace',
  subscription_tier: 'free',
  is_active: true,
  is_verified: false,
  created_at: '2026-11-02T09:15:00.000Z',
  updated_at: '2026-11-02T09:15:00.000Z',
  last_login: '2026-12-01T08:00:00.000Z',
  share_unrecognised_errors: true,
};

/** The contract's user representation: never a password or hash. */
export class UserResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'email' }) email: string;
  @ApiProperty({ nullable: true, type: String }) full_name: string | null;
  @ApiProperty({ example: 'free', description: 'free, pro or enterprise' }) subscription_tier: string;
  @ApiProperty() is_active: boolean;
  @ApiProperty() is_verified: boolean;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) last_login: string | null;
  @ApiProperty({
    description:
      'Whether the masked first line of errors the service does not recognise may be counted to improve it (never the text itself); set with PUT /users/me',
  })
  share_unrecognised_errors: boolean;

  static of(user: User): UserResponse {
    return {
      id: user.id,
      email: user.email,
      full_name: user.fullName,
      subscription_tier: user.subscriptionTier ?? 'free',
      is_active: user.isActive ?? true,
      is_verified: user.isVerified ?? false,
      created_at: (user.createdAt ?? new Date(0)).toISOString(),
      updated_at: (user.updatedAt ?? user.createdAt ?? new Date(0)).toISOString(),
      last_login: user.lastLogin?.toISOString() ?? null,
      share_unrecognised_errors: user.shareUnrecognisedErrors !== false,
    };
  }
}
