import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { AllowApiKey } from '../common/allow-api-key.decorator';
import { MonthlyQuota } from '../limits/monthly-quota.decorator';
import { TranslateDto } from './dto/translate.dto';
import { TranslationResponse } from './dto/translation.response';
import type { Translation } from './translation';
import { TranslatorService } from './translator.service';

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
  translate(@Body() body: TranslateDto): Promise<Translation> {
    return this.translator.translate({ error: body.error, language: body.language, context: body.context });
  }
}
