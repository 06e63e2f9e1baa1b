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
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) expires_at: string | null;

  static of(key: ApiKey): ApiKeyResponse {
    return {
      id: key.id,
      name: key.name,
      prefix: key.prefix,
      is_active: key.isActive === true,
      last_used: key.lastUsed?.toISOString() ?? null,
      created_at: (key.createdAt ?? new Date(0)).toISOString(),
      expires_at: key.expiresAt?.toISOString() ?? null,
    };
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
