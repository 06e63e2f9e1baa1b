import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiBearer, ApiProblems, BEARER_PROBLEMS } from '../common/openapi/api-problems.decorator';
import { Problems } from '../common/openapi/problem-catalogue';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../common/current-user.decorator';
import { UsageQueryDto } from './dto/usage-query.dto';
import { UsageResponse } from './dto/usage.response';
import { USAGE_DAYS, UsageAnalyticsService } from './usage-analytics.service';

@ApiTags('usage')
@Controller('users/me')
export class UsageController {
  constructor(private readonly analytics: UsageAnalyticsService) {}

  @ApiBearer()
  @Get('usage')
  @ApiOperation({
    operationId: 'getUsage',
    summary: 'Your API usage over the last `days` UTC days (today included): totals, per day, per endpoint',
    description:
      'Errors are responses with status ≥ 400. error_rate is a fraction from 0 to 1 with 4 decimals, average times have ' +
      '1 decimal; error_rate, avg_response_time_ms and p95_response_time_ms are null when there is nothing to measure. ' +
      'p95 is approximated to its histogram bucket (see the field). Read from a daily roll-up, so history outlives the ' +
      'retention of the raw usage log.',
  })
  @ApiOkResponse({
    type: UsageResponse,
    example: {
      days: 2,
      total_requests: 12,
      error_count: 1,
      error_rate: 0.0833,
      avg_response_time_ms: 14.2,
      p95_response_time_ms: 38,
      by_day: [
        { date: '2026-12-03', requests: 5, errors: 0 },
        { date: '2026-12-04', requests: 7, errors: 1 },
      ],
      by_endpoint: [{ endpoint: '/translate', method: 'POST', requests: 12, errors: 1, avg_response_time_ms: 14.2 }],
    },
  })
  @ApiProblems(Problems.invalidDays, ...BEARER_PROBLEMS, Problems.databaseUnavailable)
  async usage(@CurrentUser() principal: AuthenticatedUser, @Query() query: UsageQueryDto): Promise<UsageResponse> {
    return UsageResponse.of(await this.analytics.usageFor(principal.user.id, query.days ?? USAGE_DAYS.default));
  }
}
