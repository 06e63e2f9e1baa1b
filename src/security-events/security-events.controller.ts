import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../common/current-user.decorator';
import { ApiBearer, ApiProblems, BEARER_PROBLEMS } from '../common/openapi/api-problems.decorator';
import { Problems } from '../common/openapi/problem-catalogue';
import { SECURITY_EVENTS_PAGE, SecurityEventsQueryDto } from './dto/security-events-query.dto';
import { SecurityEventResponse, SecurityEventsPageResponse } from './dto/security-events.response';
import { decodeCursor, encodeCursor } from './security-event-cursor';
import { SecurityEventRepository } from './security-event.repository';

@ApiTags('users')
@Controller('users/me')
export class SecurityEventsController {
  constructor(private readonly events: SecurityEventRepository) {}

  @ApiBearer()
  @Get('security-events')
  @ApiOperation({
    operationId: 'listSecurityEvents',
    summary: 'Your security events (sign-ins and their failures, lockouts, password, email, key and plan changes), newest first',
    description:
      'Paginated by cursor: pass next_cursor back as `cursor` for older events. Events are written in batches, so one ' +
      'may appear a second or so after the request it describes. Kept for SECURITY_EVENTS_RETENTION_DAYS.',
  })
  @ApiOkResponse({
    type: SecurityEventsPageResponse,
    example: {
      events: [
        {
          id: '9b2f8c1e-4d3a-4e6b-8f7a-2c1d0e9b8a7f',
          type: 'login_failed',
          ip_address: '203.0.113.7',
          user_agent: 'Mozilla/5.0',
          detail: { reason: 'wrong_password' },
          created_at: '2026-12-04T10:00:00.000Z',
        },
      ],
      next_cursor: 'MTc5NjQxNjkyODc1MS45YjJmOGMxZS00ZDNhLTRlNmItOGY3YS0yYzFkMGU5YjhhN2Y',
    },
  })
  @ApiProblems(Problems.invalidPage, ...BEARER_PROBLEMS, Problems.databaseUnavailable)
  async list(@CurrentUser() principal: AuthenticatedUser, @Query() query: SecurityEventsQueryDto): Promise<SecurityEventsPageResponse> {
    const limit = query.limit ?? SECURITY_EVENTS_PAGE.default;
    const rows = await this.events.pageForUser(principal.user.id, limit + 1, query.cursor ? decodeCursor(query.cursor) : null);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      events: page.map((event) => SecurityEventResponse.of(event)),
      next_cursor: rows.length > limit && last ? encodeCursor(last.createdAt, last.id) : null,
    };
  }
}
