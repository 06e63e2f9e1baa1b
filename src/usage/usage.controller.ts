import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../common/current-user.decorator';
import { UsageQueryDto } from './dto/usage-query.dto';
import { UsageResponse } from './dto/usage.response';
import { USAGE_DAYS, UsageAnalyticsService } from './usage-analytics.service';

@ApiTags('usage')
@Controller('users/me')
export class UsageController {
  constructor(private readonly analytics: UsageAnalyticsService) {}

  @ApiBearerAuth()
  @Get('usage')
  @ApiOperation({
    summary: 'Your API usage over the last `days` UTC days (today included): totals, per day, per endpoint',
    description:
      'Errors are responses with status ≥ 400. error_rate is a fraction from 0 to 1 with 4 decimals, average times have ' +
      '1 decimal; error_rate, avg_response_time_ms and p95_response_time_ms are null when there is nothing to measure. ' +
      'p95 is approximated to its histogram bucket (see the field). Read from a daily roll-up, so history outlives the ' +
      'retention of the raw usage log.',
  })
  @ApiOkResponse({ type: UsageResponse })
  async usage(@CurrentUser() principal: AuthenticatedUser, @Query() query: UsageQueryDto): Promise<UsageResponse> {
    return UsageResponse.of(await this.analytics.usageFor(principal.user.id, query.days ?? USAGE_DAYS.default));
  }
}
