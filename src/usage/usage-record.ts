import type { ProblemDetails } from '../common/problem-details';
import { newUsageRecordId } from './usage-record-id';

/**
 * One usage_logs row as it waits in memory, in the spool and in a batch. The id is made here,
 * not by the database: a batch whose INSERT went through but whose answer was lost is sent
 * again, and (id, created_at) finds the records already stored (both are fixed here; see writeUsageBatch).
 */
export interface UsageRecord {
  id: string;
  userId: string;
  apiKeyId: string | null;
  endpoint: string;
  method: string;
  statusCode: number;
  ipAddress: string | null;
  userAgent: string | null;
  responseTimeMs: number;
  errorType: string | null;
  errorMessage: string | null;
  /** Epoch milliseconds: when the response was finished. */
  createdAt: number;
}

/** Column sizes of usage_logs, and bounds we choose for its unbounded text columns. */
export const USAGE_LIMITS = {
  endpoint: 255,
  method: 10,
  ipAddress: 45,
  /** `user_agent` is text; a header can be 16 KiB, far more than any real agent string. */
  userAgent: 512,
  errorType: 255,
  /** `error_message` is text; problem details are short, this only stops a pathological one. */
  errorMessage: 1_000,
} as const;

/** Routes that are never logged, even when a credential was sent along: probes, docs, metrics. */
const UNLOGGED_ROUTE = /^\/(?:health|docs|metrics)(?:[/-]|$)/;

export function isLoggedRoute(endpoint: string): boolean {
  return !UNLOGGED_ROUTE.test(endpoint);
}

/** Cuts to at most `max` characters without splitting a surrogate pair. */
export function fit(value: string, max: number): string {
  if (value.length <= max) return value;
  const text = value.slice(0, max);
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, -1) : text;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text that may echo a caller's input (a problem's detail): NUL and lone surrogates, which a
 * PostgreSQL text value cannot hold, are replaced; one such record would otherwise fail its batch.
 * Headers need none of this: Node decodes them as Latin-1 and refuses NUL.
 */
export function clean(value: string): string {
  return value.replace(LONE_SURROGATE, '\ufffd').replaceAll('\u0000', '');
}

function fitOrNull(value: string | null | undefined, max: number): string | null {
  return typeof value === 'string' && value !== '' ? fit(value, max) : null;
}

/**
 * `error_type`: the last path segment of the problem's type URI (`validation-error`), or its
 * title for `about:blank` problems (`Too Many Requests`); the bare status text without a problem.
 */
export function errorTypeOf(problem: ProblemDetails | undefined, fallbackTitle: string): string {
  if (!problem) return fallbackTitle;
  const type = typeof problem.type === 'string' ? problem.type : '';
  if (type !== '' && type !== 'about:blank') {
    const segment = type
      .replace(/[/#?]+$/, '')
      .split(/[/#]/)
      .pop();
    if (segment) return segment;
  }
  return typeof problem.title === 'string' && problem.title !== '' ? problem.title : fallbackTitle;
}

/** What the onResponse hook reads of Fastify's request and reply (plain objects in unit tests). */
export interface FinishedRequest {
  method: string;
  ip: string | undefined;
  url: string;
  headers: { 'user-agent'?: string | string[] };
  routeOptions: { url?: string };
}
export interface FinishedReply {
  statusCode: number;
  elapsedTime: number;
}

/**
 * The record for one finished request. `endpoint` is the route pattern
 * (`/users/me/api-keys/:key_id`), never the raw URL with its ids and query string.
 */
export function usageRecordOf(
  request: FinishedRequest,
  reply: FinishedReply,
  userId: string,
  apiKeyId: string | undefined,
  problem: ProblemDetails | undefined,
  statusText: (status: number) => string,
): UsageRecord {
  const status = reply.statusCode;
  const failed = status >= 400;
  const agent = request.headers['user-agent'];
  return {
    id: newUsageRecordId(),
    userId,
    apiKeyId: apiKeyId ?? null,
    endpoint: fit(request.routeOptions.url ?? request.url.split('?', 1)[0], USAGE_LIMITS.endpoint),
    method: fit(request.method, USAGE_LIMITS.method),
    statusCode: status,
    ipAddress: fitOrNull(request.ip, USAGE_LIMITS.ipAddress),
    userAgent: fitOrNull(typeof agent === 'string' ? agent : agent?.[0], USAGE_LIMITS.userAgent),
    responseTimeMs: Math.min(2_147_483_647, Math.max(0, Math.round(reply.elapsedTime))),
    errorType: failed ? fit(clean(errorTypeOf(problem, statusText(status))), USAGE_LIMITS.errorType) : null,
    errorMessage: failed && typeof problem?.detail === 'string' ? fitOrNull(clean(problem.detail), USAGE_LIMITS.errorMessage) : null,
    createdAt: Date.now(),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isText = (value: unknown, max: number) => typeof value === 'string' && value.length <= max;
const isTextOrNull = (value: unknown, max: number) => value === null || isText(value, max);
/** integer columns are int4 */
const isInt32 = (value: unknown) => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 2_147_483_647;

/** A spool line read back: only a record the database would accept is replayed. */
export function isUsageRecord(value: unknown): value is UsageRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.id === 'string' &&
    UUID.test(r.id) &&
    typeof r.userId === 'string' &&
    UUID.test(r.userId) &&
    (r.apiKeyId === null || (typeof r.apiKeyId === 'string' && UUID.test(r.apiKeyId))) &&
    isText(r.endpoint, USAGE_LIMITS.endpoint) &&
    isText(r.method, USAGE_LIMITS.method) &&
    isInt32(r.statusCode) &&
    isTextOrNull(r.ipAddress, USAGE_LIMITS.ipAddress) &&
    isTextOrNull(r.userAgent, USAGE_LIMITS.userAgent) &&
    isInt32(r.responseTimeMs) &&
    isTextOrNull(r.errorType, USAGE_LIMITS.errorType) &&
    isTextOrNull(r.errorMessage, USAGE_LIMITS.errorMessage) &&
    Number.isSafeInteger(r.createdAt)
  );
}
