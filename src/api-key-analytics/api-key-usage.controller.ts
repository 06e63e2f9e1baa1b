import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { UuidParam } from '../common/uuid-param.pipe';
import { CurrentUser } from '../common/current-user.decorator';
import { ApiBearer, ApiProblems, BEARER_PROBLEMS } from '../common/openapi/api-problems.decorator';
import { Problems } from '../common/openapi/problem-catalogue';
import { UsageQueryDto } from '../usage/dto/usage-query.dto';
import { USAGE_DAYS } from '../usage/usage-analytics.service';
import { ApiKeyUsageAnalyticsService } from './api-key-usage-analytics.service';
import { ApiKeyUsageResponse } from './dto/api-key-usage.response';

const STATUSES = { '2xx': 9, '3xx': 0, '4xx': 1, '429': 1, '5xx': 1 };

/** Like the other key-management routes: an access token, never a key (a leaked key cannot read its own traffic). */
@ApiTags('api-keys')
@Controller('users/me/api-keys')
export class ApiKeyUsageController {
  constructor(private readonly analytics: ApiKeyUsageAnalyticsService) {}

  @ApiBearer()
  @Get(':key_id/usage')
  @ApiOperation({
    operationId: 'getApiKeyUsage',
    summary: "One API key's usage over the last `days` UTC days (today included): per day, per endpoint, per status class, latency, last use",
    description:
      "For any of your keys, active or not; another user's key or an unknown id is 404. Status classes: 4xx leaves out 429, counted on " +
      'its own. Percentiles are approximated to their histogram bucket (see latency_ms). Read from a per-key daily roll-up kept as ' +
      'usage is logged (a few seconds behind), so history outlives the retention of the raw usage log. last_used is the latest ' +
      'logged request with the key, whatever the window.',
  })
  @ApiOkResponse({
    type: ApiKeyUsageResponse,
    example: {
      key_id: '3c1e9a4b-7d2f-4e6a-8b5c-1f0d2e3a4b5c',
      days: 2,
      total_requests: 12,
      error_count: 3,
      status_classes: STATUSES,
      avg_response_time_ms: 14.2,
      latency_ms: { p50: 9, p95: 38, p99: 76 },
      last_used: { at: '2026-12-04T09:15:02.381Z', ip: '203.0.113.7' },
      by_day: [
        { date: '2026-12-03', requests: 5, errors: 0, status_classes: { '2xx': 5, '3xx': 0, '4xx': 0, '429': 0, '5xx': 0 } },
        { date: '2026-12-04', requests: 7, errors: 3, status_classes: { '2xx': 4, '3xx': 0, '4xx': 1, '429': 1, '5xx': 1 } },
      ],
      by_endpoint: [
        {
          endpoint: '/translate',
          method: 'POST',
          requests: 12,
          errors: 3,
          status_classes: STATUSES,
          avg_response_time_ms: 14.2,
          p95_response_time_ms: 38,
        },
      ],
    },
  })
  @ApiProblems(Problems.invalidKeyId, Problems.invalidDays, ...BEARER_PROBLEMS, Problems.apiKeyNotFound, Problems.databaseUnavailable)
  async usage(
    @CurrentUser() principal: AuthenticatedUser,
    @Param('key_id', new UuidParam('key_id')) keyId: string,
    @Query() query: UsageQueryDto,
  ): Promise<ApiKeyUsageResponse> {
    return ApiKeyUsageResponse.of(await this.analytics.usageFor(principal.user.id, keyId, query.days ?? USAGE_DAYS.default));
  }
}
