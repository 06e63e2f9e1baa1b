import { ApiProperty } from '@nestjs/swagger';
import { UserResponse } from '../../users/dto/user.response';

export class DashboardSubscription {
  @ApiProperty({ example: 'free', enum: ['free', 'pro', 'enterprise'] }) tier: string;
  @ApiProperty({ example: 'active' }) status: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'Null on free (no billing period)' })
  current_period_end: string | null;
}

export class DashboardQuota {
  @ApiProperty({ nullable: true, type: Number, description: 'Translations per UTC calendar month; null = unlimited' })
  limit: number | null;
  @ApiProperty({ description: 'Successful (status < 400) POST /translate calls this UTC month' }) used: number;
  @ApiProperty({ nullable: true, type: Number, description: 'limit − used, never below 0; null = unlimited' })
  remaining: number | null;
  @ApiProperty({ format: 'date-time', description: 'First instant of the next UTC month' }) resets_at: string;
}

export class DashboardRequests {
  @ApiProperty({ description: 'Requests today (UTC)' }) today: number;
  @ApiProperty({ description: 'Requests in the last 30 UTC days, today included' }) last_30_days: number;
}

export class DashboardApiKeys {
  @ApiProperty({ description: 'Usable keys: not deactivated, not expired' }) active: number;
  @ApiProperty() total: number;
}

export class DashboardError {
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ example: '/translate' }) endpoint: string;
  @ApiProperty({ example: 'POST' }) method: string;
  @ApiProperty({ example: 429 }) status_code: number;
  @ApiProperty({ nullable: true, type: String }) error_type: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Cut to 1,000 characters' }) error_message: string | null;
}

export class DashboardResponse {
  @ApiProperty({ type: UserResponse }) profile: UserResponse;
  @ApiProperty({ type: DashboardSubscription }) subscription: DashboardSubscription;
  @ApiProperty({ type: DashboardQuota }) quota: DashboardQuota;
  @ApiProperty({ type: DashboardRequests }) requests: DashboardRequests;
  @ApiProperty({ type: DashboardApiKeys }) api_keys: DashboardApiKeys;
  @ApiProperty({ type: [DashboardError], description: 'The 10 latest responses with status ≥ 400, newest first' })
  recent_errors: DashboardError[];
}
