import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { getMetadataStorage, ValidationTypes, type ValidationArguments, type ValidatorConstraintInterface } from 'class-validator';

/** Builds a DTO instance from a valid JSON body, or null: then the caller runs class-validator, which says why. */
export type CompiledValidator = (body: Record<string, unknown>) => object | null;

interface Check {
  validateIf: ((object: object, value: unknown) => boolean) | undefined;
  validator: ValidatorConstraintInterface;
  constraints: unknown[];
}

interface PropertyChecks {
  name: string;
  /** @IsOptional / @ValidateIf: the property's checks run only when every one says so. */
  conditions: Array<(object: object, value: unknown) => boolean>;
  checks: Check[];
}

type Dto = new () => object;

const compiled = new WeakMap<Dto, CompiledValidator | null>();

/**
 * The accepting half of ValidationPipe (whitelist, forbidNonWhitelisted, transform, no groups)
 * for one DTO class, generated from its class-validator metadata: the very validator functions
 * the decorators registered (IsString, MaxLength, IsIn…) run on the body's values, without the
 * per-request metadata look-ups, ValidationError objects and class-transformer walk of the
 * general path. It only ever accepts: a body it is not sure about (unknown field, object or
 * array value, any failed check) gets null, and the general path validates it again and words
 * the 400. Classes it cannot reproduce exactly (class-transformer decorators, nested or async
 * validation, `each`, accessors) get no compiled validator at all. test/compiled-validator.spec.ts
 * checks it agrees with class-validator.
 */
export function compiledValidatorFor(target: Dto): CompiledValidator | null {
  let validator = compiled.get(target);
  if (validator === undefined) {
    validator = compile(target);
    compiled.set(target, validator);
  }
  return validator;
}

function compile(target: Dto): CompiledValidator | null {
  const storage = getMetadataStorage();
  const metadatas = storage.getTargetValidationMetadatas(target, '', false, false, undefined);
  // No metadata at all is class-validator's "unknown value" error.
  if (metadatas.length === 0 || usesClassTransformer(target)) return null;
  if (Object.getOwnPropertyNames(target.prototype).some((name) => name !== 'constructor')) return null;
  const properties: PropertyChecks[] = [];
  for (const [name, own] of Object.entries(storage.groupByPropertyName(metadatas))) {
    if (usesClassTransformer(target, name)) return null;
    const property: PropertyChecks = { name, conditions: [], checks: [] };
    for (const metadata of own) {
      if (metadata.each) return null;
      if (metadata.type === ValidationTypes.WHITELIST) continue;
      if (metadata.type === ValidationTypes.CONDITIONAL_VALIDATION) {
        property.conditions.push(metadata.constraints[0] as (object: object, value: unknown) => boolean);
        continue;
      }
      if (metadata.type !== ValidationTypes.CUSTOM_VALIDATION || !metadata.constraintCls) return null;
      for (const constraint of storage.getTargetValidatorConstraints(metadata.constraintCls)) {
        if (constraint.async) return null;
        property.checks.push({
          validateIf: metadata.validateIf,
          validator: constraint.instance,
          constraints: metadata.constraints,
        });
      }
    }
    properties.push(property);
  }
  const allowed = new Set(properties.map((property) => property.name));
  return (body) => accept(target, properties, allowed, body);
}

function usesClassTransformer(target: Dto, property?: string): boolean {
  if (property === undefined)
    return defaultMetadataStorage.getExposedMetadatas(target).length > 0 || defaultMetadataStorage.getExcludedMetadatas(target).length > 0;
  return (
    defaultMetadataStorage.findTypeMetadata(target, property) !== undefined ||
    defaultMetadataStorage.findTransformMetadatas(target, property, 0 /* PLAIN_TO_CLASS */).length > 0 ||
    defaultMetadataStorage.findTransformMetadatas(target, property, 1 /* CLASS_TO_PLAIN */).length > 0
  );
}

function accept(target: Dto, properties: PropertyChecks[], allowed: Set<string>, body: Record<string, unknown>): object | null {
  const instance = new target() as Record<string, unknown>;
  for (const key of Object.keys(body)) {
    const value = body[key];
    // class-transformer copies objects and arrays deeply; leave those to it.
    if (!allowed.has(key) || (typeof value === 'object' && value !== null)) return null;
    instance[key] = value;
  }
  for (const property of properties) {
    const value = instance[property.name];
    if (!property.conditions.every((condition) => condition(instance, value))) continue;
    for (const check of property.checks) {
      if (check.validateIf && !check.validateIf(instance, value)) continue;
      const args: ValidationArguments = {
        targetName: target.name,
        property: property.name,
        object: instance,
        value,
        constraints: check.constraints,
      };
      const valid = check.validator.validate(value, args);
      if (valid !== true) return null;
    }
  }
  return instance;
}
