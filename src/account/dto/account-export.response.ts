import { ApiProperty } from '@nestjs/swagger';
import { USER_EXAMPLE, UserResponse } from '../../users/dto/user.response';

const ROW = { type: 'object', additionalProperties: true } as const;

/** The document GET /users/me/export streams: one member per section, in this order. */
export class AccountExportResponse {
  @ApiProperty({ example: 'aet-account-export/1', description: 'The layout version of this document' }) format: string;
  @ApiProperty({ format: 'date-time' }) exported_at: string;
  @ApiProperty({ nullable: true, type: 'integer', description: 'The `days` asked for (raw usage rows); null: every row still kept' })
  usage_logs_days: number | null;
  @ApiProperty({ type: UserResponse, description: 'The user, plus stripe_customer_id' }) profile: UserResponse & {
    stripe_customer_id: string | null;
  };
  @ApiProperty({ type: 'array', items: ROW, description: 'Every subscription row, oldest first (Stripe ids included)' }) subscriptions: object[];
  @ApiProperty({ type: 'array', items: ROW, description: 'Keys as GET /users/me/api-keys shows them: never a key or its hash' })
  api_keys: object[];
  @ApiProperty({
    type: 'array',
    items: ROW,
    description: 'Every login on record (refresh-token families), ended ones with ended_at; user agent and IP',
  })
  sessions: object[];
  @ApiProperty({ type: 'array', items: ROW, description: 'The daily roll-up per UTC day, endpoint and method: whole history' })
  usage_daily: object[];
  @ApiProperty({ type: 'array', items: ROW, description: 'Per API key: requests per UTC day, endpoint, method and status class' })
  api_key_usage_daily: object[];
  @ApiProperty({ type: 'array', items: ROW, description: 'The raw usage rows still kept (see `days`), oldest first' }) usage_logs: object[];
  @ApiProperty({ type: 'array', items: ROW, description: 'Your ratings of answers' }) answer_feedback: object[];
  @ApiProperty({ type: 'array', items: ROW, description: 'Your security log (sign-ins, failures, key and session changes…), oldest first' })
  security_events: object[];
}

export const ACCOUNT_EXPORT_EXAMPLE = {
  format: 'aet-account-export/1',
  exported_at: '2026-12-04T21:00:00.000Z',
  usage_logs_days: null,
  profile: { ...USER_EXAMPLE, stripe_customer_id: null },
  subscriptions: [],
  api_keys: [
    {
      id: '7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
      name: 'ci',
      prefix: 'aet_AbC',
      is_active: true,
      last_used: null,
      created_at: '2026-11-02T09:20:00.000Z',
      expires_at: null,
    },
  ],
  sessions: [
    {
      id: '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a',
      created_at: '2026-12-01T08:00:00.000Z',
      last_refreshed_at: '2026-12-04T20:45:00.000Z',
      expires_at: '2027-01-03T20:45:00.000Z',
      ended_at: null,
      user_agent: 'Mozilla/5.0 (X11; Linux x86_64)',
      ip_address: '203.0.113.7',
    },
  ],
  usage_daily: [
    { date: '2026-12-04', endpoint: '/translate', method: 'POST', requests: 3, errors: 0, timed_requests: 3, total_response_ms: '42' },
  ],
  api_key_usage_daily: [],
  usage_logs: [
    {
      id: '9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d',
      created_at: '2026-12-04T20:50:00.000Z',
      method: 'POST',
      endpoint: '/translate',
      status_code: 200,
      response_time_ms: 14,
      error_type: null,
      error_message: null,
      api_key_id: null,
      ip_address: '203.0.113.7',
      user_agent: 'curl/8.5.0',
    },
  ],
  answer_feedback: [],
  security_events: [
    {
      id: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
      created_at: '2026-12-01T08:00:00.000Z',
      type: 'login_succeeded',
      ip_address: '203.0.113.7',
      user_agent: 'Mozilla/5.0 (X11; Linux x86_64)',
      detail: {},
    },
  ],
};
