import { Controller, Delete, Get, HttpCode, Param } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiBearer, ApiProblems, BEARER_PROBLEMS } from '../common/openapi/api-problems.decorator';
import { Problems } from '../common/openapi/problem-catalogue';
import { CurrentUser } from '../common/current-user.decorator';
import { UuidParam } from '../common/uuid-param.pipe';
import type { AuthenticatedUser } from './authenticated-user';
import { SessionResponse } from './dto/session.response';
import { SessionsService } from './sessions.service';
import { Client } from '../security-events/client.decorator';
import type { ClientInfo } from '../security-events/security-event-record';
import { SecurityEventType } from '../security-events/security-event-type';
import { SecurityEventsService } from '../security-events/security-events.service';

const SESSION_EXAMPLE = {
  id: '7f3b2c1a-9e8d-4c6b-a5f4-3e2d1c0b9a87',
  created_at: '2026-12-01T09:12:44.120Z',
  last_refreshed_at: '2026-12-04T18:02:10.511Z',
  expires_at: '2027-01-03T18:02:10.000Z',
  user_agent: 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  ip_address: '203.0.113.7',
  current: true,
};

/** Your logins (refresh-token families); an access token only: an API key has no session. */
@ApiTags('sessions')
@Controller('users/me/sessions')
export class SessionsController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly securityEvents: SecurityEventsService,
  ) {}

  @ApiBearer()
  @Get()
  @ApiOperation({
    operationId: 'listSessions',
    summary: 'Your active sessions (logins), most recently active first; `current` marks the one this request was made with',
  })
  @ApiOkResponse({ type: [SessionResponse], example: [SESSION_EXAMPLE] })
  @ApiProblems(...BEARER_PROBLEMS, Problems.databaseUnavailable)
  async list(@CurrentUser() principal: AuthenticatedUser): Promise<SessionResponse[]> {
    return (await this.sessions.list(principal)).map((session) => SessionResponse.of(session, principal.familyId));
  }

  @ApiBearer()
  @Delete(':session_id')
  @HttpCode(204)
  @ApiOperation({
    operationId: 'endSession',
    summary: 'End a session: its refresh and access tokens are refused on every instance within a second',
    description: 'The current session may be ended too: the access token this request was made with stops working, as after POST /auth/logout.',
  })
  @ApiNoContentResponse({ description: 'Ended' })
  @ApiProblems(Problems.invalidSessionId, ...BEARER_PROBLEMS, Problems.sessionNotFound, Problems.databaseUnavailable)
  async end(
    @CurrentUser() principal: AuthenticatedUser,
    @Param('session_id', new UuidParam('session_id')) id: string,
    @Client() client: ClientInfo,
  ): Promise<void> {
    await this.sessions.end(principal, id);
    this.securityEvents.record({
      type: SecurityEventType.SessionEnded,
      userId: principal.user.id,
      client,
      detail: { session_id: id, current: id === principal.familyId },
    });
  }
}
