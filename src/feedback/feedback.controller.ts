import { Body, Controller, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { AllowApiKey } from '../common/allow-api-key.decorator';
import { CurrentUser } from '../common/current-user.decorator';
import { FeedbackDto } from './dto/feedback.dto';
import { FeedbackResponse } from './dto/feedback.response';
import { FeedbackService } from './feedback.service';

@ApiTags('translate')
@Controller('translate')
export class FeedbackController {
  constructor(private readonly feedback: FeedbackService) {}

  /** A product route like POST /translate: API key or access token, the same per-minute budget, no quota. */
  @AllowApiKey()
  @Post('feedback')
  @ApiBearerAuth()
  @ApiSecurity('api-key')
  @ApiOperation({
    summary:
      'Rate an answer of POST /translate by its answer_id: 201 the first time, 200 when it replaces your earlier rating; 404 for an id that is not one of your answers, 410 past the feedback window',
  })
  @ApiCreatedResponse({ type: FeedbackResponse, description: 'The rating, stored' })
  @ApiOkResponse({ type: FeedbackResponse, description: 'Your earlier rating of this answer, replaced' })
  async rate(
    @CurrentUser() principal: AuthenticatedUser,
    @Body() body: FeedbackDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<FeedbackResponse> {
    const stored = await this.feedback.rate(principal.user.id, { answerId: body.answer_id, helpful: body.helpful, comment: body.comment ?? null });
    reply.status(stored.created ? 201 : 200);
    return FeedbackResponse.of(stored);
  }
}
