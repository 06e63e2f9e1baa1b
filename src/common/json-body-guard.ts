import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { PROBLEM_CONTENT_TYPE, type FieldError } from './problem-details';
import { ProblemException } from './problem.exception';

/** How large a parsed JSON body may be in shape, whatever its size in bytes. */
export interface JsonBodyLimits {
  /** Objects and arrays nested in one another; the body itself is level 1. */
  maxDepth: number;
  /** Keys of one object, or items of one array. */
  maxKeys: number;
  /** Every value in the body: objects, arrays, strings, numbers, booleans and nulls. */
  maxValues: number;
}

/** A value still to be looked at; the parent link builds a field path only when one is needed. */
interface Pending {
  value: unknown;
  depth: number;
  parent: Pending | undefined;
  key: string;
}

/** A NUL or a UTF-16 surrogate: rare, so one native scan sends almost every string on its way. */
const SUSPECT = /[\0\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function fieldPath(item: Pending): string {
  const keys: string[] = [];
  for (let at: Pending | undefined = item; at?.parent; at = at.parent) keys.push(at.key);
  return keys.length === 0 ? 'body' : keys.reverse().join('.');
}

/** Why a string cannot be taken: PostgreSQL refuses NUL, and a lone surrogate is not text at all. */
function stringFault(text: string): string | undefined {
  if (!SUSPECT.test(text)) return undefined;
  if (text.includes('\0')) return 'must not contain NUL characters';
  if (LONE_SURROGATE.test(text)) return 'must not contain unpaired UTF-16 surrogates (invalid Unicode)';
  return undefined;
}

/**
 * The first thing in a parsed JSON body that makes it hostile, or undefined. One pass with an
 * explicit stack (no recursion, so no depth overflows it) that stops at the first fault: the cost
 * is linear in the body and bounded by maxValues, so nothing quadratic downstream (class-transformer
 * copying every unknown key, class-validator naming each one) ever sees a body worth attacking with.
 */
export function findJsonBodyFault(body: unknown, limits: JsonBodyLimits): FieldError | undefined {
  const pending: Pending[] = [{ value: body, depth: 1, parent: undefined, key: '' }];
  let values = 0;
  while (pending.length > 0) {
    const item = pending.pop()!;
    if (++values > limits.maxValues) {
      return { field: 'body', message: `body must not hold more than ${limits.maxValues} JSON values` };
    }
    const { value } = item;
    if (typeof value === 'string') {
      const fault = stringFault(value);
      if (fault) return { field: fieldPath(item), message: `${fieldPath(item)} ${fault}` };
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    const field = (): string => fieldPath(item);
    if (item.depth > limits.maxDepth) {
      return { field: field(), message: `${field()} nests deeper than ${limits.maxDepth} levels` };
    }
    const keys = Array.isArray(value) ? undefined : Object.keys(value);
    const count = keys ? keys.length : (value as unknown[]).length;
    if (count > limits.maxKeys) {
      return { field: field(), message: `${field()} must not hold more than ${limits.maxKeys} ${keys ? 'keys' : 'items'}` };
    }
    const depth = item.depth + 1;
    if (keys) {
      for (const key of keys) pending.push({ value: (value as Record<string, unknown>)[key], depth, parent: item, key });
    } else {
      (value as unknown[]).forEach((element, index) => pending.push({ value: element, depth, parent: item, key: String(index) }));
    }
  }
  return undefined;
}

/**
 * A preValidation hook: runs once Fastify has parsed the body and before the route (guards, the
 * DTO pipe) sees it, so a hostile body costs one linear walk and a small 400, on every route alike.
 */
export function refuseHostileJsonBodies(limits: JsonBodyLimits) {
  return (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction): void => {
    const { body } = request;
    const fault = body === undefined || body === null ? undefined : findJsonBodyFault(body, limits);
    if (fault === undefined) return done();
    // Answering from a hook ends the request here; done() is not called.
    void reply.code(400).type(PROBLEM_CONTENT_TYPE).send(ProblemException.validation([fault]).problem);
  };
}
