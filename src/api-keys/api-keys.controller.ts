import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiJsonBody } from '../common/openapi/api-json-body.decorator';
import { ApiBearer, ApiKeyOrBearer, ApiProblems, BEARER_PROBLEMS, KEY_OR_BEARER_PROBLEMS } from '../common/openapi/api-problems.decorator';
import { BODY_PROBLEMS, Problems } from '../common/openapi/problem-catalogue';
import { RATE_LIMIT_HEADERS, headerRefs } from '../common/openapi/response-headers';
import { isApiKeyPrincipal, type AuthenticatedUser } from '../auth/authenticated-user';
import { AllowApiKey } from '../common/allow-api-key.decorator';
import { CurrentUser } from '../common/current-user.decorator';
import { ProblemException } from '../common/problem.exception';
import { ProblemType } from '../common/problem-details';
import { Client } from '../security-events/client.decorator';
import type { ClientInfo } from '../security-events/security-event-record';
import { SecurityEventType } from '../security-events/security-event-type';
import { SecurityEventsService } from '../security-events/security-events.service';
import { UuidParam } from '../common/uuid-param.pipe';
import { apiKeyNotFound } from './api-key-problems';
import { ApiKeysService } from './api-keys.service';
import { ApiKeyResponse, CreatedApiKeyResponse, CurrentApiKeyResponse } from './dto/api-key.response';
import { CreateApiKeyDto } from './dto/create-api-key.dto';
import { RotateApiKeyDto } from './dto/rotate-api-key.dto';

const KEY_EXAMPLE = {
  id: '3c1e9a4b-7d2f-4e6a-8b5c-1f0d2e3a4b5c',
  name: 'CI pipeline',
  prefix: 'aet_Ab3dE9xZ',
  is_active: true,
  last_used: null,
  created_at: '2026-12-01T10:00:00.000Z',
  expires_at: '2030-01-31T00:00:00.000Z',
  replaced_by: null,
  replaces: null,
  rotated_at: null,
  grace_ends_at: null,
};
const NEW_KEY_EXAMPLE = 'aet_Ab3dE9xZq7LmN2pR5sT8vW1yB4cF6hJ9kM3nP5rS1W3r0Z';
const ROTATED_EXAMPLE = {
  ...KEY_EXAMPLE,
  id: '9f4b2c1d-3e5a-4b6c-8d7e-0a1b2c3d4e5f',
  prefix: 'aet_Qm7RtY2k',
  is_active: true,
  expires_at: '2026-12-02T11:00:00.000Z',
  replaced_by: '5d2e8f1a-6b3c-4d7e-9f0a-2b4c6d8e0f1a',
  rotated_at: '2026-12-02T10:00:00.000Z',
  grace_ends_at: '2026-12-02T11:00:00.000Z',
};

/** Managing keys takes an access token (a key cannot mint keys); only `current` takes a key. */
@ApiTags('api-keys')
@Controller('users/me/api-keys')
export class ApiKeysController {
  constructor(
    private readonly keys: ApiKeysService,
    private readonly securityEvents: SecurityEventsService,
  ) {}

  @ApiBearer()
  @Get()
  @ApiOperation({ operationId: 'listApiKeys', summary: 'Your API keys, newest first (active or not); never the key or its hash' })
  @ApiOkResponse({
    type: [ApiKeyResponse],
    example: [
      { ...KEY_EXAMPLE, id: ROTATED_EXAMPLE.replaced_by, created_at: ROTATED_EXAMPLE.rotated_at, replaces: ROTATED_EXAMPLE.id },
      ROTATED_EXAMPLE,
    ],
  })
  @ApiProblems(...BEARER_PROBLEMS, Problems.databaseUnavailable)
  async list(@CurrentUser() principal: AuthenticatedUser): Promise<ApiKeyResponse[]> {
    return ApiKeyResponse.list(await this.keys.list(principal.user.id));
  }

  @ApiBearer()
  @Post()
  @ApiOperation({
    operationId: 'createApiKey',
    summary: 'Create a key: the answer carries the key itself, shown this once',
    description: 'Active (not deactivated, not expired) keys are capped per plan: 409 api-key-limit when the cap is reached.',
  })
  @ApiCreatedResponse({ type: CreatedApiKeyResponse, example: { ...KEY_EXAMPLE, key: NEW_KEY_EXAMPLE } })
  @ApiProblems(...BODY_PROBLEMS, ...BEARER_PROBLEMS, Problems.apiKeyLimit, Problems.databaseUnavailable)
  @ApiJsonBody(CreateApiKeyDto, { name: 'CI pipeline', expires_at: '2030-01-31T00:00:00Z' })
  async create(
    @CurrentUser() principal: AuthenticatedUser,
    @Body() body: CreateApiKeyDto,
    @Client() client: ClientInfo,
  ): Promise<CreatedApiKeyResponse> {
    const created = await this.keys.create(principal.user.id, { name: body.name, expiresAt: body.expires_at });
    const key = created.record;
    this.securityEvents.record({
      type: SecurityEventType.ApiKeyCreated,
      userId: principal.user.id,
      client,
      detail: { key_id: key.id, prefix: key.prefix, name: key.name },
    });
    return { ...ApiKeyResponse.of(created.record), key: created.key };
  }

  @ApiBearer()
  @Post(':key_id/rotate')
  @ApiOperation({
    operationId: 'rotateApiKey',
    summary: 'Replace a key with a new one of the same name and expiry; the old one works until its grace period ends',
    description:
      'The answer is the new key, shown this once, with `replaces` naming the old one. The old key keeps working for `grace_seconds` ' +
      '(0 to 86,400; 0 stops it at once) on every instance, then is refused; the list shows it with `replaced_by` and `grace_ends_at`. ' +
      'Only an active key that was not rotated before can be rotated (409 api-key-not-rotatable otherwise); rotation is not held to ' +
      'the plan’s key cap, and a key in its grace period takes no slot of it.',
  })
  @ApiCreatedResponse({
    type: CreatedApiKeyResponse,
    example: {
      ...KEY_EXAMPLE,
      id: ROTATED_EXAMPLE.replaced_by,
      created_at: ROTATED_EXAMPLE.rotated_at,
      replaces: ROTATED_EXAMPLE.id,
      key: NEW_KEY_EXAMPLE,
    },
  })
  @ApiProblems(
    Problems.invalidKeyId,
    Problems.invalidGraceSeconds,
    Problems.malformedBody,
    Problems.payloadTooLarge,
    Problems.unsupportedMediaType,
    ...BEARER_PROBLEMS,
    Problems.apiKeyNotFound,
    Problems.apiKeyNotRotatable,
    Problems.databaseUnavailable,
  )
  @ApiJsonBody(RotateApiKeyDto, { grace_seconds: 3600 })
  async rotate(
    @CurrentUser() principal: AuthenticatedUser,
    @Param('key_id', new UuidParam('key_id')) id: string,
    @Body() body: RotateApiKeyDto,
    @Client() client: ClientInfo,
  ): Promise<CreatedApiKeyResponse> {
    const rotated = await this.keys.rotate(principal.user.id, id, body.grace_seconds);
    this.securityEvents.record({
      type: SecurityEventType.ApiKeyRotated,
      userId: principal.user.id,
      client,
      detail: { key_id: rotated.replaced.id, new_key_id: rotated.record.id, grace_seconds: body.grace_seconds },
    });
    return { ...ApiKeyResponse.of(rotated.record, rotated.replaced.id), key: rotated.key };
  }

  @ApiKeyOrBearer()
  @AllowApiKey()
  @Get('current')
  @ApiOperation({
    operationId: 'getCurrentApiKey',
    summary: 'Which API key this request was made with: {id, name, prefix}',
    description: 'Call it with an API key (X-API-Key or Authorization: Bearer aet_…) to check the key works; with an access token it is 400.',
  })
  @ApiOkResponse({
    type: CurrentApiKeyResponse,
    headers: headerRefs(...RATE_LIMIT_HEADERS),
    example: { id: KEY_EXAMPLE.id, name: KEY_EXAMPLE.name, prefix: KEY_EXAMPLE.prefix },
  })
  @ApiProblems(...KEY_OR_BEARER_PROBLEMS, Problems.notAnApiKeyRequest, Problems.apiKeyNotFound, Problems.databaseUnavailable)
  async current(@CurrentUser() principal: AuthenticatedUser): Promise<CurrentApiKeyResponse> {
    if (!isApiKeyPrincipal(principal)) {
      throw ProblemException.of(400, ProblemType.blank, 'This request was made with an access token, not an API key.');
    }
    const key = await this.keys.findForUser(principal.user.id, principal.apiKeyId);
    if (!key) throw apiKeyNotFound();
    return { id: key.id, name: key.name, prefix: key.prefix };
  }

  @ApiBearer()
  @Delete(':key_id')
  @HttpCode(204)
  @ApiOperation({ operationId: 'deactivateApiKey', summary: 'Deactivate a key (idempotent); every instance refuses it within a second' })
  @ApiNoContentResponse({ description: 'Deactivated (or already inactive)' })
  @ApiProblems(Problems.invalidKeyId, ...BEARER_PROBLEMS, Problems.apiKeyNotFound, Problems.databaseUnavailable)
  async deactivate(
    @CurrentUser() principal: AuthenticatedUser,
    @Param('key_id', new UuidParam('key_id')) id: string,
    @Client() client: ClientInfo,
  ): Promise<void> {
    await this.keys.deactivate(principal.user.id, id);
    this.securityEvents.record({ type: SecurityEventType.ApiKeyDeactivated, userId: principal.user.id, client, detail: { key_id: id } });
  }
}
