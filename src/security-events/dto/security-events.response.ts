import { ApiProperty } from '@nestjs/swagger';
import type { SecurityEvent } from '../security-event.entity';
import { SECURITY_EVENT_TYPES } from '../security-event-type';

export class SecurityEventResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: SECURITY_EVENT_TYPES, example: 'login_succeeded' }) type: string;
  @ApiProperty({ nullable: true, type: String, example: '203.0.113.7' }) ip_address: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Control characters removed, at most 512 characters' })
  user_agent: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { reason: 'wrong_password' },
    description: 'Facts of the event: reason (login_failed), key_id, from and to (tier_changed)…',
  })
  detail: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) created_at: string;

  static of(event: SecurityEvent): SecurityEventResponse {
    return {
      id: event.id,
      type: event.type,
      ip_address: event.ipAddress,
      user_agent: event.userAgent,
      detail: event.detail,
      created_at: event.createdAt.toISOString(),
    };
  }
}

export class SecurityEventsPageResponse {
  @ApiProperty({ type: [SecurityEventResponse], description: 'Newest first' }) events: SecurityEventResponse[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `cursor` for the older events; null on the last page' })
  next_cursor: string | null;
}
