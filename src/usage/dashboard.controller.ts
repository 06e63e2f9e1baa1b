import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../common/current-user.decorator';
import { DashboardService } from './dashboard.service';
import { DashboardResponse } from './dto/dashboard.response';

@ApiTags('usage')
@Controller('users/me')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @ApiBearerAuth()
  @Get('dashboard')
  @ApiOperation({
    summary: 'Everything a dashboard shows in one call',
    description:
      'Profile; subscription {tier, status, current_period_end}; this UTC month\'s quota {limit (null = unlimited), used ' +
      '(successful POST /translate calls), remaining, resets_at}; requests today and over the last 30 UTC days; API key ' +
      'counts; the 10 latest errors (status ≥ 400), newest first.',
  })
  @ApiOkResponse({ type: DashboardResponse })
  dashboardFor(@CurrentUser() principal: AuthenticatedUser): Promise<DashboardResponse> {
    return this.dashboard.dashboardFor(principal.user);
  }
}
