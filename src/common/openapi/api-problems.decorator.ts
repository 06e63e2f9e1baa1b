import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, ApiSecurity, getSchemaPath, type HeaderObject, type ReferenceObject } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, statusTitle } from '../problem-details';
import { Problems, type DocumentedProblem } from './problem-catalogue';
import { ProblemDetailsSchema, ValidationProblemSchema } from './problem.schema';
import { headerRefs, RESPONSE_HEADERS, type ResponseHeader } from './response-headers';

/** What each status means on this API, whatever the route. */
const MEANING: Record<number, string> = {
  400: 'The request is invalid: a validation problem lists each failed field in `errors`',
  401: 'No valid credential for this route',
  403: 'Refused: a valid session, but the confirmation it needs (such as the password) is wrong',
  404: 'Not found',
  409: 'Conflicts with the current state',
  410: 'No longer available',
  413: 'The body exceeds 1 MiB',
  415: 'The body is not application/json',
  429: 'Too many requests: wait `retry_after` seconds (also the Retry-After header)',
  502: 'An upstream provider failed',
  503: 'Unavailable for now: retry later',
};

/**
 * Documents the problem responses a route can give, grouped by status: each an
 * application/problem+json response referencing the shared ProblemDetails schema (or the
 * ValidationProblem variant), with one example per problem and the headers sent with them.
 * Call it once per route: a later call replaces the responses of the statuses it repeats.
 */
export function ApiProblems(...problems: DocumentedProblem[]): MethodDecorator & ClassDecorator {
  const byStatus = new Map<number, DocumentedProblem[]>();
  for (const entry of problems) byStatus.set(entry.problem.status, [...(byStatus.get(entry.problem.status) ?? []), entry]);
  return applyDecorators(
    ...[...byStatus].map(([status, entries]) => {
      const headers = [...new Set(entries.flatMap((entry) => entry.headers ?? []))];
      const validation = entries.some((entry) => Array.isArray(entry.problem.errors));
      const problemRef = { $ref: getSchemaPath(ProblemDetailsSchema) };
      return ApiResponse({
        status,
        description: MEANING[status] ?? statusTitle(status),
        ...(headers.length > 0 ? { headers: problemHeaders(headers, entries) } : {}),
        content: {
          [PROBLEM_CONTENT_TYPE]: {
            schema: validation ? { anyOf: [{ $ref: getSchemaPath(ValidationProblemSchema) }, problemRef] } : problemRef,
            examples: Object.fromEntries(entries.map((entry) => [entry.name, { summary: entry.problem.detail, value: entry.problem }])),
          },
        },
      });
    }),
  );
}

/**
 * A header every problem of the status sends is a reference (required); one only some send is
 * spelled out as optional, naming the problems that send it.
 */
function problemHeaders(names: ResponseHeader[], entries: DocumentedProblem[]): Record<string, HeaderObject | ReferenceObject> {
  const headers: Record<string, HeaderObject | ReferenceObject> = {};
  for (const name of names) {
    const senders = entries.filter((entry) => entry.headers?.includes(name));
    const { description, schema } = RESPONSE_HEADERS[name];
    headers[name] =
      senders.length === entries.length
        ? headerRefs(name)[name]
        : { description: `${description} (sent with ${senders.map((entry) => entry.name).join(', ')})`, required: false, schema };
  }
  return headers;
}

/** Security of a route only an access token opens (account management). */
export const ApiBearer = () => ApiBearerAuth('bearer');
/** Security of a product route: an API key or an access token. */
export const ApiKeyOrBearer = () => applyDecorators(ApiSecurity('api-key'), ApiBearerAuth('bearer'));

/** The 401s of a route only an access token opens, and the 400 of a credential in its URL. */
export const BEARER_PROBLEMS: DocumentedProblem[] = [Problems.invalidToken, Problems.apiKeyNotAccepted, Problems.credentialsInUrl];
/** The 401s and the rate limit of a product route (API key or access token), and the 400 of a credential in its URL. */
export const KEY_OR_BEARER_PROBLEMS: DocumentedProblem[] = [
  Problems.credentialsInUrl,
  Problems.invalidToken,
  Problems.invalidApiKey,
  Problems.conflictingCredentials,
  Problems.rateLimited,
];
