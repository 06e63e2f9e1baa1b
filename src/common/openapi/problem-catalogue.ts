import { ProblemType, statusTitle, type ProblemDetails } from '../problem-details';
import { EXPORT_DAYS_MESSAGE } from '../../account/dto/export-query.dto';
import { USAGE_DAYS } from '../../usage/usage-analytics.service';
import type { ResponseHeader } from './response-headers';

const PROBLEMS = 'https://ai-error-translator.dev/problems/';

/** One problem a route can answer with, as the document shows it: an example, and what it sends. */
export interface DocumentedProblem {
  /** The example's name in the response's `examples`. */
  name: string;
  problem: ProblemDetails;
  headers?: ResponseHeader[];
}

function problem(
  name: string,
  status: number,
  type: string,
  detail: string,
  extra: Partial<ProblemDetails> = {},
  headers?: ResponseHeader[],
): DocumentedProblem {
  return { name, problem: { type, title: statusTitle(status), status, detail, ...extra }, headers };
}

/** The 400 a UuidParam gives for a path id that is not a UUID. */
function invalidUuidParam(name: string, field: string): DocumentedProblem {
  const message = `${field} must be a UUID`;
  return {
    name,
    problem: { type: ProblemType.validation, title: 'Validation Failed', status: 400, detail: message, errors: [{ field, message }] },
  };
}

/**
 * The problems routes give, by name; examples are what the code sends (see the *-problems.ts
 * files). Routes pick theirs with ApiProblems(…) or the bundles below.
 */
export const Problems = {
  validation: {
    name: 'validation',
    problem: {
      type: ProblemType.validation,
      title: 'Validation Failed',
      status: 400,
      detail: 'email must be a valid email address',
      errors: [{ field: 'email', message: 'email must be a valid email address' }],
    },
  } satisfies DocumentedProblem,
  invalidKeyId: invalidUuidParam('invalid-key-id', 'key_id'),
  invalidSessionId: invalidUuidParam('invalid-session-id', 'session_id'),
  invalidLogoutScope: {
    name: 'invalid-scope',
    problem: {
      type: ProblemType.validation,
      title: 'Validation Failed',
      status: 400,
      detail: 'scope must be one of current, others, all',
      errors: [{ field: 'scope', message: 'scope must be one of current, others, all' }],
    },
  } satisfies DocumentedProblem,
  invalidGraceSeconds: {
    name: 'invalid-grace-seconds',
    problem: {
      type: ProblemType.validation,
      title: 'Validation Failed',
      status: 400,
      detail: 'grace_seconds must be from 0 to 86400',
      errors: [{ field: 'grace_seconds', message: 'grace_seconds must be from 0 to 86400' }],
    },
  } satisfies DocumentedProblem,
  invalidDays: {
    name: 'invalid-days',
    problem: {
      type: ProblemType.validation,
      title: 'Validation Failed',
      status: 400,
      detail: `days must be a whole number from ${USAGE_DAYS.min} to ${USAGE_DAYS.max}`,
      errors: [{ field: 'days', message: `days must be a whole number from ${USAGE_DAYS.min} to ${USAGE_DAYS.max}` }],
    },
  } satisfies DocumentedProblem,
  invalidPage: {
    name: 'invalid-page',
    problem: {
      type: ProblemType.validation,
      title: 'Validation Failed',
      status: 400,
      detail: 'limit must be a whole number from 1 to 100',
      errors: [{ field: 'limit', message: 'limit must be a whole number from 1 to 100' }],
    },
  } satisfies DocumentedProblem,
  invalidExportDays: {
    name: 'invalid-days',
    problem: {
      type: ProblemType.validation,
      title: 'Validation Failed',
      status: 400,
      detail: EXPORT_DAYS_MESSAGE,
      errors: [{ field: 'days', message: EXPORT_DAYS_MESSAGE }],
    },
  } satisfies DocumentedProblem,
  malformedBody: problem('malformed-body', 400, ProblemType.malformedBody, 'The request body is not valid JSON.'),
  payloadTooLarge: problem('payload-too-large', 413, ProblemType.payloadTooLarge, 'The request body exceeds 1 MiB.'),
  unsupportedMediaType: problem('unsupported-media-type', 415, ProblemType.unsupportedMediaType, 'Send the request body as application/json.'),
  invalidToken: problem('invalid-token', 401, ProblemType.invalidToken, 'Send an access token: Authorization: Bearer <token>.'),
  apiKeyNotAccepted: problem(
    'api-key-not-accepted',
    401,
    `${PROBLEMS}api-key-not-accepted`,
    'API keys are accepted only on product routes; sign in and send an access token: Authorization: Bearer <token>.',
  ),
  conflictingCredentials: problem(
    'conflicting-credentials',
    400,
    `${PROBLEMS}conflicting-credentials`,
    'The access token (Authorization) and the API key (X-API-Key) belong to different users; send one of them, or both of the same user.',
    { title: 'Conflicting Credentials' },
  ),
  credentialsInUrl: problem(
    'credentials-in-url',
    400,
    ProblemType.credentialsInUrl,
    'Credentials are not accepted in the URL (query parameter "api_key"): URLs end up in logs and browser history. Send an API key in the X-API-Key header, an access token as Authorization: Bearer <token>, and revoke the credential you sent.',
    { title: 'Credentials In URL' },
  ),
  invalidApiKey: problem('invalid-api-key', 401, `${PROBLEMS}invalid-api-key`, 'The API key is not valid or has been deactivated.'),
  wrongPassword: problem('wrong-password', 403, ProblemType.invalidCredentials, 'The password is not correct; the account was not deleted.'),
  invalidCredentials: problem('invalid-credentials', 401, ProblemType.invalidCredentials, 'The email or password is not correct.'),
  invalidRefresh: problem('invalid-refresh-token', 401, ProblemType.invalidToken, 'The refresh token is invalid, expired or revoked.'),
  invalidActionToken: problem('invalid-token', 400, ProblemType.invalidToken, 'The token is invalid, expired or already used.'),
  tooManyLogins: problem(
    'too-many-attempts',
    429,
    ProblemType.tooManyAttempts,
    'Too many failed logins; try again in 60 s.',
    { retry_after: 60 },
    ['Retry-After'],
  ),
  tooManySignups: problem(
    'too-many-signups',
    429,
    `${PROBLEMS}rate-limited`,
    'Too many sign-ups: this address may create 10 accounts per window. Retry in 3600 s.',
    { retry_after: 3600 },
    ['Retry-After'],
  ),
  rateLimited: problem(
    'rate-limited',
    429,
    `${PROBLEMS}rate-limited`,
    'Rate limit exceeded: this API key may make 60 requests per minute. Retry in 1 s.',
    { limit: 60, scope: 'api_key', retry_after: 1 },
    ['Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'],
  ),
  quotaExceeded: problem(
    'quota-exceeded',
    429,
    `${PROBLEMS}quota-exceeded`,
    "Monthly quota exceeded (not the rate limit): the free plan includes 100 translations per calendar month (UTC) and this month's are used up. The quota resets at 2027-01-01T00:00:00.000Z.",
    { limit: 100, tier: 'free', resets_at: '2027-01-01T00:00:00.000Z', retry_after: 2332800 },
    ['Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'],
  ),
  emailTaken: problem('email-taken', 409, ProblemType.conflict, 'An account with the email ada@example.com already exists.'),
  alreadyVerified: problem('already-verified', 409, ProblemType.conflict, 'ada@example.com is already verified.'),
  apiKeyLimit: problem('api-key-limit', 409, `${PROBLEMS}api-key-limit`, 'Your free plan allows 2 active API keys; deactivate one or upgrade.', {
    tier: 'free',
    limit: 2,
  }),
  apiKeyNotRotatable: problem(
    'api-key-not-rotatable',
    409,
    `${PROBLEMS}api-key-not-rotatable`,
    'This API key is deactivated or expired: only an active key can be rotated; create a new key instead.',
  ),
  apiKeyNotFound: problem('not-found', 404, `${PROBLEMS}not-found`, 'There is no such API key on your account.'),
  sessionNotFound: problem('session-not-found', 404, `${PROBLEMS}session-not-found`, 'There is no such active session on your account.'),
  notAnApiKeyRequest: problem('not-an-api-key', 400, ProblemType.blank, 'This request was made with an access token, not an API key.'),
  answerNotFound: problem(
    'answer-not-found',
    404,
    `${PROBLEMS}answer-not-found`,
    'No answer given to your account has this answer_id; send the answer_id of one of your own POST /translate answers, unchanged.',
  ),
  answerExpired: problem(
    'answer-expired',
    410,
    `${PROBLEMS}answer-expired`,
    'This answer was given on 2026-10-01T12:00:00.000Z; feedback is taken for 30 days after an answer.',
    {
      answered_at: '2026-10-01T12:00:00.000Z',
      window_days: 30,
    },
  ),
  alreadySubscribed: problem(
    'already-subscribed',
    409,
    `${PROBLEMS}already-subscribed`,
    'You already have a pro subscription; change or cancel it in the customer portal (POST /billing/portal).',
  ),
  noBillingAccount: problem(
    'no-billing-account',
    409,
    `${PROBLEMS}no-billing-account`,
    'You have never subscribed, so there is no billing account to manage; start with POST /billing/checkout.',
  ),
  billingNotConfigured: problem('billing-not-configured', 503, `${PROBLEMS}billing-not-configured`, 'billing is not configured'),
  paymentProviderError: problem(
    'payment-provider-error',
    502,
    `${PROBLEMS}payment-provider-error`,
    'The payment provider did not answer as expected; try again shortly.',
  ),
  mailUnavailable: problem(
    'mail-unavailable',
    503,
    ProblemType.mailUnavailable,
    'This server cannot send mail (it is not configured), so account mails cannot be sent.',
  ),
  passwordChecksBusy: problem(
    'password-checks-busy',
    503,
    ProblemType.serviceUnavailable,
    'Too many password checks are in progress right now. Retry in a second.',
    { retry_after: 1 },
    ['Retry-After'],
  ),
  databaseUnavailable: problem(
    'database-unavailable',
    503,
    ProblemType.serviceUnavailable,
    'The database is unavailable right now; retry shortly.',
    { retry_after: 5 },
    ['Retry-After'],
  ),
  notReady: problem('not-ready', 503, ProblemType.serviceUnavailable, 'Not ready: database (connection refused)', {
    checks: { database: { status: 'down', message: 'connection refused' } },
  }),
} as const;

/** What any route with a JSON body can answer before its handler runs. */
export const BODY_PROBLEMS: DocumentedProblem[] = [
  Problems.validation,
  Problems.malformedBody,
  Problems.payloadTooLarge,
  Problems.unsupportedMediaType,
];
