import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * Response headers a page on another origin may read. Browsers show cross-origin scripts only a
 * handful of "safelisted" headers; these are the ones a front end needs: the request id to quote
 * in a bug report, the per-minute rate limit and monthly quota of POST /translate, and how long
 * to wait after a 429 or 503.
 */
export const CORS_EXPOSED_HEADERS = [
  'X-Request-Id',
  'RateLimit-Limit',
  'RateLimit-Remaining',
  'RateLimit-Reset',
  'X-Quota-Limit',
  'X-Quota-Remaining',
  'X-Quota-Reset',
  'Retry-After',
];

/** What a front end sends: a credential (either scheme), JSON bodies, and its own request id. */
export const CORS_ALLOWED_HEADERS = ['Authorization', 'X-API-Key', 'Content-Type', 'X-Request-Id'];

/** How long a browser may reuse a preflight answer (Chromium caps it at 2 h anyway). */
const PREFLIGHT_MAX_AGE_S = 600;

/**
 * CORS for browser front ends on the configured origins (CORS_ORIGINS), and no CORS headers at
 * all without any: a page elsewhere then cannot read our answers, which is the browser's default.
 *
 * Origins are matched exactly against the list (an allowed Origin is echoed back; any other
 * gets nothing). Preflights from allowed origins are answered here with 204, before
 * authentication, so an OPTIONS request needs no credential.
 *
 * No credentials (`Access-Control-Allow-Credentials` is never sent): the API authenticates by
 * header (Authorization bearer or X-API-Key), which a cross-origin fetch may send without
 * credentials mode; it sets and reads no cookies. Leaving credentials off means a browser never
 * attaches cookies or HTTP auth of ours to another site's request, so no allowed origin can ride
 * on ambient credentials, and a front end keeps its tokens and keys where it chooses.
 *
 * Nest's enableCors() registers @fastify/cors (a dependency of @nestjs/platform-fastify) in a
 * request hook that runs before every other one, so refusals (401, 429, 404) carry the headers
 * too and a front end can read why it was refused.
 */
export function useCors(app: NestFastifyApplication, origins: string[]): void {
  if (origins.length === 0) return;
  const allowed = new Set(origins);
  app.enableCors({
    // false for any other Origin (or none): no CORS headers at all, and its preflight gets the 404
    // any OPTIONS request gets without CORS, rather than a 204 that only lacks Allow-Origin.
    origin: (origin: string | undefined, decide: (error: Error | null, allow: string | false) => void) =>
      decide(null, origin !== undefined && allowed.has(origin) ? origin : false),
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'],
    allowedHeaders: CORS_ALLOWED_HEADERS,
    exposedHeaders: CORS_EXPOSED_HEADERS,
    credentials: false,
    maxAge: PREFLIGHT_MAX_AGE_S,
  });
}
