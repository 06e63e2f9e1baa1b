import { ApiProperty } from '@nestjs/swagger';
import type { UsageSummary } from '../usage-summary';

export class DayUsageResponse {
  @ApiProperty({ example: '2026-11-25', description: 'UTC day (YYYY-MM-DD)' }) date: string;
  @ApiProperty() requests: number;
  @ApiProperty({ description: 'Responses with status ≥ 400' }) errors: number;
}

export class EndpointUsageResponse {
  @ApiProperty({ example: '/translate' }) endpoint: string;
  @ApiProperty({ example: 'POST' }) method: string;
  @ApiProperty() requests: number;
  @ApiProperty({ description: 'Responses with status ≥ 400' }) errors: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Milliseconds, 1 decimal; null when no request recorded a time' })
  avg_response_time_ms: number | null;
}

export class UsageResponse {
  @ApiProperty({ example: 30 }) days: number;
  @ApiProperty() total_requests: number;
  @ApiProperty({ description: 'Responses with status ≥ 400' }) error_count: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 0.0125,
    description: 'error_count / total_requests as a fraction from 0 to 1, rounded to 4 decimals; null when there were no requests',
  })
  error_rate: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Mean response time in ms, rounded to 1 decimal; null without timed requests' })
  avg_response_time_ms: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      '95th percentile (nearest rank) of response times in whole ms, read from log-scale histogram buckets: the upper end of the ' +
      'bucket holding it, so never below the true value and at most ~19% above it (exact below 8 ms). Null without timed requests.',
  })
  p95_response_time_ms: number | null;
  @ApiProperty({ type: [DayUsageResponse], description: 'One entry per UTC day of the window, oldest first, today last; zeros for quiet days' })
  by_day: DayUsageResponse[];
  @ApiProperty({ type: [EndpointUsageResponse], description: 'Most requested first' })
  by_endpoint: EndpointUsageResponse[];

  static of(summary: UsageSummary): UsageResponse {
    return {
      days: summary.days,
      total_requests: summary.totalRequests,
      error_count: summary.errorCount,
      error_rate: summary.errorRate,
      avg_response_time_ms: summary.avgResponseTimeMs,
      p95_response_time_ms: summary.p95ResponseTimeMs,
      by_day: summary.byDay.map(({ date, requests, errors }) => ({ date, requests, errors })),
      by_endpoint: summary.byEndpoint.map((row) => ({
        endpoint: row.endpoint,
        method: row.method,
        requests: row.requests,
        errors: row.errors,
        avg_response_time_ms: row.avgResponseTimeMs,
      })),
    };
  }
}
