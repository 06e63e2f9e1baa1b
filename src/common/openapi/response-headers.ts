import type { HeaderObject, ReferenceObject } from '@nestjs/swagger';

/**
 * The response headers the app sends, defined once in components.headers and referenced where
 * they are sent (always, where referenced: `required`): X-Request-Id on every answer (app.factory.ts), RateLimit-* on the routes that
 * take API keys (limits.interceptor.ts), X-Quota-* on POST /translate, Retry-After on 429 and 503.
 */
export const RESPONSE_HEADERS = {
  'X-Request-Id': {
    required: true,
    description: "The id of this request in the server logs: the caller's own X-Request-Id when sane, else a UUID",
    schema: { type: 'string', example: '5f0c6d0e-8a53-4a3e-9d0b-3c2f5a1e7b64' },
  },
  'RateLimit-Limit': {
    required: true,
    description: 'Requests per minute this budget (the API key, or your account with a token) allows',
    schema: { type: 'integer', example: 60 },
  },
  'RateLimit-Remaining': { required: true, description: 'Requests left in the budget now', schema: { type: 'integer', example: 59 } },
  'RateLimit-Reset': {
    required: true,
    description: 'Seconds until the whole budget is back (on a 429: until one request fits)',
    schema: { type: 'integer', example: 1 },
  },
  'X-Quota-Limit': {
    required: true,
    description: 'Translations per UTC calendar month, or "unlimited"',
    schema: { type: 'string', example: '100' },
  },
  'X-Quota-Remaining': {
    required: true,
    description: 'Translations left this month, or "unlimited"',
    schema: { type: 'string', example: '99' },
  },
  'X-Quota-Reset': {
    required: true,
    description: 'When the quota resets: the first instant of the next UTC month',
    schema: { type: 'string', format: 'date-time' },
  },
  'Retry-After': { required: true, description: 'Seconds to wait before retrying', schema: { type: 'integer', example: 5 } },
} satisfies Record<string, HeaderObject>;

export type ResponseHeader = keyof typeof RESPONSE_HEADERS;

/** References to the named headers, for a response's `headers`. */
export function headerRefs(...names: ResponseHeader[]): Record<string, ReferenceObject> {
  return Object.fromEntries(names.map((name) => [name, { $ref: `#/components/headers/${name}` }]));
}

export const RATE_LIMIT_HEADERS: ResponseHeader[] = ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'];
export const QUOTA_HEADERS: ResponseHeader[] = ['X-Quota-Limit', 'X-Quota-Remaining', 'X-Quota-Reset'];
