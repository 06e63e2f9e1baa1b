import { SetMetadata } from '@nestjs/common';

export const ALLOW_API_KEY = 'allowApiKey';

/**
 * Marks a product route (POST /translate, say) that accepts an API key as well as an access
 * token: `X-API-Key: aet_…` or `Authorization: Bearer aet_…`. Every other route refuses API
 * keys with 401, so a leaked key cannot manage the account (create keys, change the email…).
 */
export const AllowApiKey = () => SetMetadata(ALLOW_API_KEY, true);
