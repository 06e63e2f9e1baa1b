import { ApiProperty } from '@nestjs/swagger';
import type { User } from '../user.entity';

/** The contract's user representation: never a password or hash. */
export class UserResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty({ nullable: true, type: String }) full_name: string | null;
  @ApiProperty({ example: 'free' }) subscription_tier: string;
  @ApiProperty() is_active: boolean;
  @ApiProperty() is_verified: boolean;
  @ApiProperty() created_at: string;
  @ApiProperty() updated_at: string;
  @ApiProperty({ nullable: true, type: String }) last_login: string | null;
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
