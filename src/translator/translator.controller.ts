import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { AllowApiKey } from '../common/allow-api-key.decorator';
import { CurrentUser } from '../common/current-user.decorator';
import { MonthlyQuota } from '../limits/monthly-quota.decorator';
import { TranslateDto } from './dto/translate.dto';
import { TranslationResponse } from './dto/translation.response';
import { TranslatorService, type Answer } from './translator.service';

@ApiTags('translate')
@Controller('translate')
export class TranslatorController {
  constructor(private readonly translator: TranslatorService) {}

  @AllowApiKey()
  @MonthlyQuota()
  @Post()
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiSecurity('api-key')
  @ApiOperation({ summary: 'Explain an error message or stack trace: what it means, why, how to fix it' })
  @ApiOkResponse({ type: TranslationResponse })
  translate(@Body() body: TranslateDto, @CurrentUser() principal: AuthenticatedUser): Promise<Answer> {
    return this.translator.answer({ error: body.error, language: body.language, context: body.context }, principal.user);
  }
}
