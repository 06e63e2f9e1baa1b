import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiJsonBody } from '../common/openapi/api-json-body.decorator';
import { ApiKeyOrBearer, ApiProblems, KEY_OR_BEARER_PROBLEMS } from '../common/openapi/api-problems.decorator';
import { BODY_PROBLEMS, Problems } from '../common/openapi/problem-catalogue';
import { QUOTA_HEADERS, RATE_LIMIT_HEADERS, headerRefs } from '../common/openapi/response-headers';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { AllowApiKey } from '../common/allow-api-key.decorator';
import { CurrentUser } from '../common/current-user.decorator';
import { MonthlyQuota } from '../limits/monthly-quota.decorator';
import { TranslateDto } from './dto/translate.dto';
import { TRANSLATION_EXAMPLE, TranslationResponse } from './dto/translation.response';
import { TranslatorService, type Answer } from './translator.service';

@ApiTags('translate')
@Controller('translate')
export class TranslatorController {
  constructor(private readonly translator: TranslatorService) {}

  @AllowApiKey()
  @MonthlyQuota()
  @Post()
  @HttpCode(200)
  @ApiKeyOrBearer()
  @ApiOperation({
    operationId: 'translate',
    summary: 'Explain an error message or stack trace: what it means, why, how to fix it',
    description: 'Counts against the per-minute rate limit (RateLimit-* headers) and, when it succeeds, the monthly quota (X-Quota-* headers).',
  })
  @ApiOkResponse({ type: TranslationResponse, headers: headerRefs(...RATE_LIMIT_HEADERS, ...QUOTA_HEADERS), example: TRANSLATION_EXAMPLE })
  @ApiProblems(...BODY_PROBLEMS, ...KEY_OR_BEARER_PROBLEMS, Problems.quotaExceeded, Problems.databaseUnavailable)
  @ApiJsonBody(TranslateDto, {
    error:
      'Traceback (most recent call last):\n  File "app.py", line 1, in <module>\n    import requests\nModuleNotFoundError: No module named \'requests\'',
    language: 'python',
    context: 'Flask app, run with python3 app.py',
  })
  translate(@Body() body: TranslateDto, @CurrentUser() principal: AuthenticatedUser): Promise<Answer> {
    return this.translator.answer({ error: body.error, language: body.language, context: body.context }, principal.user);
  }
}
