import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { compiledValidatorFor } from './compiled-validator';
import type { FieldError } from './problem-details';
import { ProblemException } from './problem.exception';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

const NATIVE_TYPES: readonly unknown[] = [String, Boolean, Number, Array, Object, Buffer, Date];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/**
 * Nest's ValidationPipe, with a synchronous path for the common case: a JSON object body
 * validated against a DTO class. Bodies here only ever come from Fastify's JSON parser (which
 * already drops `__proto__` and `constructor.prototype`), so the general pipe's guards against
 * sparse arrays, binary values and prototype keys have nothing to do, and its promise-based
 * validation costs the hot POST /translate route more than the rules themselves check.
 * The same class-transformer and class-validator calls and options decide; everything else
 * (query strings, params, primitives, arrays) goes through the general pipe.
 */
class JsonBodyValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const { metatype } = metadata;
    if (metadata.type !== 'body' || typeof metatype !== 'function' || NATIVE_TYPES.includes(metatype) || !isPlainObject(value)) {
      return super.transform(value, metadata);
    }
    // The common case, a valid body, without class-validator's per-request machinery (see compiled-validator.ts).
    const accepted = this.transformOptions === undefined ? compiledValidatorFor(metatype as new () => object)?.(value) : null;
    if (accepted) return Promise.resolve(accepted);
    const entity = plainToInstance<object, unknown>(metatype as new () => object, value, this.transformOptions);
    const errors = validateSync(entity, { ...this.validatorOptions, validationError: { target: false, value: false } });
    if (errors.length > 0) return Promise.reject(this.exceptionFactory(errors) as Error);
    return Promise.resolve(entity);
  }
}

/** Unknown fields are rejected (no mass assignment); every failure is a 400 problem with `errors`. */
export function createValidationPipe(): ValidationPipe {
  return new JsonBodyValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => ProblemException.validation(flatten(errors)),
  });
}
