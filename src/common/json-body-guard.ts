import type { FastifyInstance } from 'fastify';
import type { FieldError } from './problem-details';
import { ProblemException } from './problem.exception';

/** How large a JSON body may be in shape, whatever its size in bytes. */
export interface JsonBodyLimits {
  /** Objects and arrays nested in one another; the body itself is level 1. */
  maxDepth: number;
  /** Keys of one object, or items of one array. */
  maxKeys: number;
  /** Every value in the body: objects, arrays, strings, numbers, booleans and nulls. */
  maxValues: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** Index of the quote closing the string opened at `start` (each backslash is looked at once). */
function stringEnd(text: string, start: number): number {
  for (let at = start + 1; ; at++) {
    at = text.indexOf('"', at);
    if (at < 0) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return at;
  }
}

function decodeKey(escaped: string): string {
  try {
    return JSON.parse(`"${escaped}"`) as string;
  } catch {
    return escaped;
  }
}

/** A container still open in the text, and the key (or index) of the entry being read in it. */
interface Open {
  isArray: boolean;
  entries: number;
  key: string;
}

const pathOf = (open: Open[]): string => open.map((container) => container.key).join('.') || 'body';

/**
 * The first way the raw JSON text breaks the shape limits, or undefined. Read before JSON.parse,
 * because building a 90,000-key object is itself the expensive part (and class-transformer's copy of
 * it quadratic, and a deep one overflows its stack): one pass over the characters, no recursion,
 * stopping at the first fault. Malformed text is left for JSON.parse to refuse.
 */
export function findJsonShapeFault(text: string, limits: JsonBodyLimits): FieldError | undefined {
  const open: Open[] = [];
  let values = 1;
  let awaitingFirst = false;
  let expectingKey = false;
  const beginEntry = (): FieldError | undefined => {
    const container = open.at(-1)!;
    container.entries += 1;
    values += 1;
    if (container.entries > limits.maxKeys) {
      const field = pathOf(open.slice(0, -1));
      return { field, message: `${field} must not hold more than ${limits.maxKeys} ${container.isArray ? 'items' : 'keys'}` };
    }
    if (values > limits.maxValues) return { field: 'body', message: `body must not hold more than ${limits.maxValues} JSON values` };
    if (container.isArray) container.key = String(container.entries - 1);
    else expectingKey = true;
    return undefined;
  };
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (isWhitespace(code)) continue;
    if (awaitingFirst) {
      awaitingFirst = false;
      const fault = code === CLOSE_OBJECT || code === CLOSE_ARRAY ? undefined : beginEntry();
      if (fault) return fault;
    }
    if (code === QUOTE) {
      const end = stringEnd(text, at);
      if (expectingKey) open.at(-1)!.key = decodeKey(text.slice(at + 1, end));
      expectingKey = false;
      at = end;
    } else if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
      if (open.length >= limits.maxDepth) {
        const field = pathOf(open);
        return { field, message: `${field} nests deeper than ${limits.maxDepth} levels` };
      }
      open.push({ isArray: code === OPEN_ARRAY, entries: 0, key: '' });
      awaitingFirst = true;
    } else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
      open.pop();
    } else if (code === COMMA && open.length > 0) {
      const fault = beginEntry();
      if (fault) return fault;
    }
  }
  return undefined;
}

/** A NUL or a UTF-16 surrogate: rare, so one native scan sends almost every string on its way. */
const SUSPECT = /[\0\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string cannot be taken: PostgreSQL refuses NUL, and a lone surrogate is not text at all. */
function stringFault(text: string): string | undefined {
  if (!SUSPECT.test(text)) return undefined;
  if (text.includes('\0')) return 'must not contain NUL characters';
  if (LONE_SURROGATE.test(text)) return 'must not contain unpaired UTF-16 surrogates (invalid Unicode)';
  return undefined;
}

/** The first string of a parsed body (of a shape already checked) that no route may take, named by its path. */
export function findStringFault(body: unknown): FieldError | undefined {
  const pending: Array<{ value: unknown; path: string }> = [{ value: body, path: '' }];
  while (pending.length > 0) {
    const { value, path } = pending.pop()!;
    if (typeof value === 'string') {
      const fault = stringFault(value);
      const field = path || 'body';
      if (fault) return { field, message: `${field} ${fault}` };
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) pending.push({ value: child, path: path ? `${path}.${key}` : key });
    }
  }
  return undefined;
}

/**
 * Replaces Fastify's JSON parser with the same parser guarded on both sides: the raw text's shape
 * before it is parsed, its strings after. A hostile body costs one linear pass and a small 400
 * (through the problem filter), on every route alike, before guards or the DTO pipe see it.
 */
export function guardJsonBodies(fastify: FastifyInstance, limits: JsonBodyLimits): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, text, done) => {
    const shapeFault = findJsonShapeFault(text as string, limits);
    if (shapeFault) return done(ProblemException.validation([shapeFault]), undefined);
    // The default parser answers through the callback; its declared return type also allows a promise.
    void parse(request, text as string, (error, body) => {
      const fault = error ? undefined : findStringFault(body);
      done(error ?? (fault ? ProblemException.validation([fault]) : null), body);
    });
  });
}
