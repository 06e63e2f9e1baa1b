import { Body, Controller, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiJsonBody } from '../common/openapi/api-json-body.decorator';
import { ApiKeyOrBearer, ApiProblems, KEY_OR_BEARER_PROBLEMS } from '../common/openapi/api-problems.decorator';
import { BODY_PROBLEMS, Problems } from '../common/openapi/problem-catalogue';
import { RATE_LIMIT_HEADERS, headerRefs } from '../common/openapi/response-headers';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { AllowApiKey } from '../common/allow-api-key.decorator';
import { CurrentUser } from '../common/current-user.decorator';
import { FeedbackDto } from './dto/feedback.dto';
import { FEEDBACK_EXAMPLE, FeedbackResponse } from './dto/feedback.response';
import { FeedbackService } from './feedback.service';

@ApiTags('translate')
@Controller('translate')
export class FeedbackController {
  constructor(private readonly feedback: FeedbackService) {}

  /** A product route like POST /translate: API key or access token, the same per-minute budget, no quota. */
  @AllowApiKey()
  @Post('feedback')
  @ApiKeyOrBearer()
  @ApiOperation({
    operationId: 'rateAnswer',
    summary:
      'Rate an answer of POST /translate by its answer_id: 201 the first time, 200 when it replaces your earlier rating; 404 for an id that is not one of your answers, 410 past the feedback window',
  })
  @ApiCreatedResponse({
    type: FeedbackResponse,
    description: 'The rating, stored',
    headers: headerRefs(...RATE_LIMIT_HEADERS),
    example: FEEDBACK_EXAMPLE,
  })
  @ApiOkResponse({
    type: FeedbackResponse,
    description: 'Your earlier rating of this answer, replaced',
    headers: headerRefs(...RATE_LIMIT_HEADERS),
    example: FEEDBACK_EXAMPLE,
  })
  @ApiProblems(...BODY_PROBLEMS, ...KEY_OR_BEARER_PROBLEMS, Problems.answerNotFound, Problems.answerExpired, Problems.databaseUnavailable)
  @ApiJsonBody(FeedbackDto, { answer_id: FEEDBACK_EXAMPLE.answer_id, helpful: true, comment: 'Exactly my problem, thanks!' })
  async rate(
    @CurrentUser() principal: AuthenticatedUser,
    @Body() body: FeedbackDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<FeedbackResponse> {
    const stored = await this.feedback.rate(principal.user.id, {
      answerId: body.answer_id,
      helpful: body.helpful,
      comment: body.comment ?? null,
    });
    reply.status(stored.created ? 201 : 200);
    return FeedbackResponse.of(stored);
  }
}
