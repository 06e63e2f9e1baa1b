import { ApiProperty } from '@nestjs/swagger';
import type { ApiKey } from '../api-key.entity';

/** The contract's key representation: never the key, never its hash. */
export class ApiKeyResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'aet_Ab3dE9xZ', description: 'The first 12 characters of the key, to recognise it' }) prefix: string;
  @ApiProperty() is_active: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) last_used: string | null;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'When the key stops working; for a rotated key, the end of its grace period (or its own expiry if sooner)',
  })
  expires_at: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The key that replaced this one (it was rotated)' })
  replaced_by: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The key this one replaced (it was made by rotating that one)' })
  replaces: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'When this key was rotated' }) rotated_at: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'For a rotated key, when it stops working (the same instant as expires_at); null otherwise',
  })
  grace_ends_at: string | null;

  /** `replaces`: the id of the key this one replaced, if any (the list finds it among the user's keys). */
  static of(key: ApiKey, replaces: string | null = null): ApiKeyResponse {
    const expiresAt = key.expiresAt?.toISOString() ?? null;
    const rotated = key.replacedById !== null && key.replacedById !== undefined;
    return {
      id: key.id,
      name: key.name,
      prefix: key.prefix,
      is_active: key.isActive === true,
      last_used: key.lastUsed?.toISOString() ?? null,
      created_at: (key.createdAt ?? new Date(0)).toISOString(),
      expires_at: expiresAt,
      replaced_by: key.replacedById ?? null,
      replaces,
      rotated_at: key.rotatedAt?.toISOString() ?? null,
      grace_ends_at: rotated ? expiresAt : null,
    };
  }

  /** The user's keys, each with the key it replaced found among them. */
  static list(keys: ApiKey[]): ApiKeyResponse[] {
    const replacedBy = new Map(keys.filter((key) => key.replacedById).map((key) => [key.replacedById!, key.id]));
    return keys.map((key) => ApiKeyResponse.of(key, replacedBy.get(key.id) ?? null));
  }
}

export class CreatedApiKeyResponse extends ApiKeyResponse {
  @ApiProperty({ example: 'aet_Ab3dE9xZ…', description: 'The key itself. Shown this once: store it now.' }) key: string;
}

/** Which key a request was made with. */
export class CurrentApiKeyResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'aet_Ab3dE9xZ' }) prefix: string;
}
