import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import { LimitsGuard } from './limits.guard';

export const MONTHLY_QUOTA = 'monthlyQuota';

/**
 * Marks a route whose successful calls count against the user's monthly quota of
 * translations (POST /translate). Its responses carry X-Quota-Limit, X-Quota-Remaining and
 * X-Quota-Reset; past the quota it answers 429 (type …/quota-exceeded).
 */
export const MonthlyQuota = () => applyDecorators(SetMetadata(MONTHLY_QUOTA, true), UseGuards(LimitsGuard));
