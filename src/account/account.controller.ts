import { Body, Controller, Delete, Get, HttpCode, Query, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../common/current-user.decorator';
import { ApiJsonBody } from '../common/openapi/api-json-body.decorator';
import { ApiBearer, ApiProblems, BEARER_PROBLEMS } from '../common/openapi/api-problems.decorator';
import { BODY_PROBLEMS, Problems } from '../common/openapi/problem-catalogue';
import { AccountDeletionService } from './account-deletion.service';
import { AccountExportService } from './account-export.service';
import { DeleteAccountDto } from './dto/delete-account.dto';
import { ACCOUNT_EXPORT_EXAMPLE, AccountExportResponse } from './dto/account-export.response';
import { ExportQueryDto } from './dto/export-query.dto';

@ApiTags('users')
@Controller('users')
export class AccountController {
  constructor(
    private readonly exporter: AccountExportService,
    private readonly deletion: AccountDeletionService,
  ) {}

  @ApiBearer()
  @Get('me/export')
  @ApiOperation({
    operationId: 'exportMe',
    summary: 'Everything stored about you, as one JSON document (streamed)',
    description:
      'Profile, subscriptions, API keys (never a key or its hash), sessions (active logins), the daily usage roll-up, the raw ' +
      'usage rows still kept (`days` limits them), and your answer ratings. Sent in chunks as it is read: a failure part-way ' +
      'cuts the body short, so a body that does not parse as JSON is incomplete.',
  })
  @ApiOkResponse({ type: AccountExportResponse, example: ACCOUNT_EXPORT_EXAMPLE })
  @ApiProblems(Problems.invalidExportDays, ...BEARER_PROBLEMS, Problems.databaseUnavailable)
  async export(@CurrentUser() principal: AuthenticatedUser, @Query() query: ExportQueryDto, @Res() reply: FastifyReply): Promise<void> {
    const pieces = await this.exporter.open(principal.user.id, query.days ?? null);
    await reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', 'attachment; filename="account-export.json"')
      .header('cache-control', 'no-store')
      .send(Readable.from(pieces, { objectMode: false }));
  }

  @ApiBearer()
  @Delete('me')
  @HttpCode(204)
  @ApiOperation({
    operationId: 'deleteMe',
    summary: 'Delete your account and everything it owns, after cancelling any paid subscription; needs your password',
    description:
      'A wrong password is a 403 and deletes nothing; wrong passwords count as failed logins (429 past the login limits). A paid subscription is cancelled with Stripe first: when Stripe fails ' +
      '(502) or billing is off here (503), nothing is deleted. Then keys, sessions, tokens, subscriptions, the daily usage ' +
      'roll-up and ratings are deleted; raw usage rows stay, anonymised. Every token and key stops working on every instance ' +
      'within a second, and a confirmation is mailed.',
  })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(
    ...BODY_PROBLEMS,
    ...BEARER_PROBLEMS,
    Problems.wrongPassword,
    Problems.tooManyLogins,
    Problems.paymentProviderError,
    Problems.billingNotConfigured,
    Problems.passwordChecksBusy,
    Problems.databaseUnavailable,
  )
  @ApiJsonBody(DeleteAccountDto, { password: 'correct horse battery staple' })
  async deleteMe(@CurrentUser() principal: AuthenticatedUser, @Body() body: DeleteAccountDto, @Req() request: FastifyRequest): Promise<void> {
    await this.deletion.delete(principal.user.id, body.password, request.ip);
  }
}
