import { ApiProperty } from '@nestjs/swagger';
import type { KeyUsageReport } from '../api-key-usage-analytics.service';
import type { KeyUsageTotals, StatusClassCounts } from '../api-key-usage-summary';

export class StatusClassesResponse {
  @ApiProperty({ name: '2xx' }) '2xx': number;
  @ApiProperty({ name: '3xx' }) '3xx': number;
  @ApiProperty({ name: '4xx', description: '4xx responses other than 429' }) '4xx': number;
  @ApiProperty({ name: '429', description: 'Rate limited (429 Too Many Requests)' }) '429': number;
  @ApiProperty({ name: '5xx' }) '5xx': number;
}

export class KeyDayUsageResponse {
  @ApiProperty({ example: '2026-11-25', description: 'UTC day (YYYY-MM-DD)' }) date: string;
  @ApiProperty() requests: number;
  @ApiProperty({ description: 'Responses with status ≥ 400 (4xx, 429 and 5xx)' }) errors: number;
  @ApiProperty({ type: StatusClassesResponse }) status_classes: StatusClassesResponse;
}

export class KeyEndpointUsageResponse {
  @ApiProperty({ example: '/translate', description: 'The route pattern' }) endpoint: string;
  @ApiProperty({ example: 'POST' }) method: string;
  @ApiProperty() requests: number;
  @ApiProperty({ description: 'Responses with status ≥ 400 (4xx, 429 and 5xx)' }) errors: number;
  @ApiProperty({ type: StatusClassesResponse }) status_classes: StatusClassesResponse;
  @ApiProperty({ nullable: true, type: Number, description: 'Milliseconds, 1 decimal; null when no request recorded a time' })
  avg_response_time_ms: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Like latency_ms.p95, for this endpoint alone' })
  p95_response_time_ms: number | null;
}

export class LatencyPercentilesResponse {
  @ApiProperty({ nullable: true, type: Number }) p50: number | null;
  @ApiProperty({ nullable: true, type: Number }) p95: number | null;
  @ApiProperty({ nullable: true, type: Number }) p99: number | null;
}

export class KeyLastUsedResponse {
  @ApiProperty({ type: String, format: 'date-time', description: 'When the latest logged request with this key finished' }) at: string;
  @ApiProperty({
    nullable: true,
    type: String,
    example: '203.0.113.7',
    description: "Its client address (X-Forwarded-For's when the service trusts its proxy); null when unknown",
  })
  ip: string | null;
}

export class ApiKeyUsageResponse {
  @ApiProperty({ format: 'uuid' }) key_id: string;
  @ApiProperty({ example: 30 }) days: number;
  @ApiProperty() total_requests: number;
  @ApiProperty({ description: 'Responses with status ≥ 400 (4xx, 429 and 5xx)' }) error_count: number;
  @ApiProperty({ type: StatusClassesResponse, description: 'Responses by status class over the window' }) status_classes: StatusClassesResponse;
  @ApiProperty({ nullable: true, type: Number, description: 'Mean response time in ms, rounded to 1 decimal; null without timed requests' })
  avg_response_time_ms: number | null;
  @ApiProperty({
    type: LatencyPercentilesResponse,
    description:
      'Percentiles (nearest rank) of response times in whole ms, read from log-scale histogram buckets: the upper end of the bucket ' +
      'holding each, so never below the true value and at most ~19% above it (exact below 8 ms). Null without timed requests.',
  })
  latency_ms: LatencyPercentilesResponse;
  @ApiProperty({ type: KeyLastUsedResponse, nullable: true, description: 'The latest logged request with this key, at any time; null if none' })
  last_used: KeyLastUsedResponse | null;
  @ApiProperty({
    type: [KeyDayUsageResponse],
    description: 'One entry per UTC day of the window, oldest first, today last; zeros for quiet days',
  })
  by_day: KeyDayUsageResponse[];
  @ApiProperty({ type: [KeyEndpointUsageResponse], description: 'Most requested first' })
  by_endpoint: KeyEndpointUsageResponse[];

  static of({ keyId, summary, lastUse }: KeyUsageReport): ApiKeyUsageResponse {
    const counts = (totals: KeyUsageTotals) => ({
      requests: totals.requests,
      errors: totals.errors,
      status_classes: { ...totals.statuses } satisfies StatusClassCounts,
    });
    return {
      key_id: keyId,
      days: summary.days,
      total_requests: summary.requests,
      error_count: summary.errors,
      status_classes: { ...summary.statuses },
      avg_response_time_ms: summary.avgResponseTimeMs,
      latency_ms: { ...summary.latency },
      last_used: lastUse && { at: lastUse.at.toISOString(), ip: lastUse.ip },
      by_day: summary.byDay.map((day) => ({ date: day.date, ...counts(day) })),
      by_endpoint: summary.byEndpoint.map((row) => ({
        endpoint: row.endpoint,
        method: row.method,
        ...counts(row),
        avg_response_time_ms: row.avgResponseTimeMs,
        p95_response_time_ms: row.p95ResponseTimeMs,
      })),
    };
  }
}
