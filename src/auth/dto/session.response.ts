import { ApiProperty } from '@nestjs/swagger';
import type { LoginSession } from '../login-session.entity';

/** One active login, as GET /users/me/sessions lists it. */
export class SessionResponse {
  @ApiProperty({ format: 'uuid', description: 'The session (login) id: DELETE /users/me/sessions/{session_id} ends it' }) id: string;
  @ApiProperty({ format: 'date-time', description: 'When you signed in' }) created_at: string;
  @ApiProperty({ format: 'date-time', description: 'When its tokens were last issued (the login, or the latest refresh)' })
  last_refreshed_at: string;
  @ApiProperty({ format: 'date-time', description: 'When it ends unless refreshed again' }) expires_at: string;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'User-Agent of the latest login or refresh (control characters removed, up to 512 characters)',
  })
  user_agent: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Client address of the latest login or refresh' }) ip_address: string | null;
  @ApiProperty({ description: 'Whether this request was made with this session’s access token' }) current: boolean;

  static of(session: LoginSession, currentId: string): SessionResponse {
    return {
      id: session.id,
      created_at: session.createdAt.toISOString(),
      last_refreshed_at: session.lastRefreshedAt.toISOString(),
      expires_at: session.expiresAt.toISOString(),
      user_agent: session.userAgent,
      ip_address: session.ipAddress,
      current: session.id === currentId,
    };
  }
}
