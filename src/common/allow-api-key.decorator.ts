import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import { LimitsGuard } from '../limits/limits.guard';

export const ALLOW_API_KEY = 'allowApiKey';

/**
 * Marks a product route (POST /translate, say) that accepts an API key as well as an access
 * token: `X-API-Key: aet_…` or `Authorization: Bearer aet_…`. Every other route refuses API
 * keys with 401, so a leaked key cannot manage the account (create keys, change the email…).
 * Such a route is rate-limited per key or user (LimitsGuard).
 */
export const AllowApiKey = () => applyDecorators(SetMetadata(ALLOW_API_KEY, true), UseGuards(LimitsGuard));
