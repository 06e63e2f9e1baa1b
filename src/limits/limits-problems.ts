import { ProblemException } from '../common/problem.exception';

const PROBLEMS = 'https://ai-error-translator.dev/problems/';

/** Two distinct types, so a client can tell "slow down" from "wait for next month or upgrade". */
export const LimitsProblemType = {
  rateLimited: `${PROBLEMS}rate-limited`,
  quotaExceeded: `${PROBLEMS}quota-exceeded`,
} as const;

export function rateLimited(limit: number, scope: 'api_key' | 'user', retryAfterSeconds: number): ProblemException {
  const whose = scope === 'api_key' ? 'this API key' : 'your account';
  return ProblemException.of(
    429,
    LimitsProblemType.rateLimited,
    `Rate limit exceeded: ${whose} may make ${limit} requests per minute. Retry in ${retryAfterSeconds} s.`,
    { limit, scope, retry_after: retryAfterSeconds },
  );
}

export function quotaExceeded(limit: number, tier: string, resetsAt: Date, retryAfterSeconds: number): ProblemException {
  return ProblemException.of(
    429,
    LimitsProblemType.quotaExceeded,
    `Monthly quota exceeded (not the rate limit): the ${tier} plan includes ${limit} translations per calendar month (UTC) ` +
      `and this month's are used up. The quota resets at ${resetsAt.toISOString()}.`,
    { limit, tier, resets_at: resetsAt.toISOString(), retry_after: retryAfterSeconds },
  );
}
