import { ApiProperty } from '@nestjs/swagger';
import type { TokenPair } from '../auth.service';

/** The answer of POST /auth/login and POST /auth/refresh. */
export class TokenPairResponse implements TokenPair {
  @ApiProperty({
    description: 'Send as Authorization: Bearer <access_token>',
    example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIuLi4ifQ.c2ln',
  })
  access_token: string;
  @ApiProperty({ description: 'Works once, with POST /auth/refresh', example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJqdGkiOiIuLi4ifQ.c2ln' })
  refresh_token: string;
  @ApiProperty({ enum: ['bearer'], example: 'bearer' }) token_type: 'bearer';
  @ApiProperty({ type: 'integer', description: 'Seconds the access token stays valid', example: 900 }) expires_in: number;
}

/** The answer of the mail-sending routes (202). */
export class MailStatusResponse {
  @ApiProperty({ enum: ['sent', 'accepted'], example: 'sent' }) status: 'sent' | 'accepted';
}
