import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiBearer, ApiProblems, BEARER_PROBLEMS } from '../common/openapi/api-problems.decorator';
import { Problems } from '../common/openapi/problem-catalogue';
import { USER_EXAMPLE } from '../users/dto/user.response';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../common/current-user.decorator';
import { DashboardService } from './dashboard.service';
import { DashboardResponse } from './dto/dashboard.response';

@ApiTags('usage')
@Controller('users/me')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @ApiBearer()
  @Get('dashboard')
  @ApiOperation({
    operationId: 'getDashboard',
    summary: 'Everything a dashboard shows in one call',
    description:
      "Profile; subscription {tier, status, current_period_end}; this UTC month's quota {limit (null = unlimited), used " +
      '(successful POST /translate calls), remaining, resets_at}; requests today and over the last 30 UTC days; API key ' +
      'counts; the 10 latest errors (status ≥ 400), newest first.',
  })
  @ApiOkResponse({
    type: DashboardResponse,
    example: {
      profile: USER_EXAMPLE,
      subscription: { tier: 'free', status: 'active', current_period_end: null },
      quota: { limit: 100, used: 12, remaining: 88, resets_at: '2027-01-01T00:00:00.000Z' },
      requests: { today: 7, last_30_days: 12 },
      api_keys: { active: 1, total: 2 },
      recent_errors: [
        {
          created_at: '2026-12-04T09:30:00.000Z',
          endpoint: '/translate',
          method: 'POST',
          status_code: 400,
          error_type: 'validation-error',
          error_message: 'error must not be empty',
        },
      ],
    },
  })
  @ApiProblems(...BEARER_PROBLEMS, Problems.databaseUnavailable)
  dashboardFor(@CurrentUser() principal: AuthenticatedUser): Promise<DashboardResponse> {
    return this.dashboard.dashboardFor(principal.user);
  }
}
