/**
 * The answer contract (DESIGN.md section 3) as a JSON schema for the LLM providers, and the strict
 * validator we run on whatever a model returns. Pure TypeScript: no Nest imports.
 *
 * Two layers, on purpose:
 * - `TRANSLATION_JSON_SCHEMA` is what we send to the provider. It uses only the keywords every
 *   structured-output implementation accepts (type, enum, properties, required,
 *   additionalProperties: false, items, anyOf, description): OpenAI's strict mode rejects
 *   `maxLength`, and local servers (Ollama, vLLM, llama.cpp) differ in what they support. The
 *   limits are stated in the descriptions so the model knows them.
 * - `validateModelTranslation` enforces everything, limits included. It never trusts the provider.
 */
import { CATEGORIES, LANGUAGES } from '../translation';
import type { Fix, Reference, Translation } from '../translation';

export const TRANSLATION_LIMITS = {
  errorTypeMaxLength: 200,
  summaryMaxLength: 300,
  explanationMaxLength: 4_000,
  causesMax: 8,
  causeMaxLength: 500,
  fixesMax: 6,
  fixTitleMaxLength: 200,
  stepsPerFixMax: 10,
  stepMaxLength: 1_000,
  codeMaxLength: 4_000,
  referencesMax: 8,
  referenceTitleMaxLength: 200,
  referenceUrlMaxLength: 2_000,
} as const;

const L = TRANSLATION_LIMITS;

/** What the model produces: the contract without `engine`, which we set ourselves. */
export type ModelTranslation = Omit<Translation, 'engine'>;

/** Property order is the order a model writes them in: facts first, confidence last. */
export const TRANSLATION_FIELDS = [
  'language',
  'error_type',
  'category',
  'summary',
  'explanation',
  'causes',
  'fixes',
  'references',
  'confidence',
] as const satisfies readonly (keyof ModelTranslation)[];

export type TranslationJsonSchema = {
  type: 'object';
  properties: Record<(typeof TRANSLATION_FIELDS)[number], Record<string, unknown>>;
  required: string[];
  additionalProperties: false;
};

export const TRANSLATION_JSON_SCHEMA: TranslationJsonSchema = {
  type: 'object',
  properties: {
    language: {
      type: 'string',
      enum: [...LANGUAGES],
      description: 'The language or tool the error comes from; "unknown" when it cannot be told.',
    },
    error_type: {
      type: 'string',
      description:
        'The name a developer would use: the exception class (KeyError, NullPointerException), the compiler or ' +
        `server code (E0382, TS2322, CS0246, 42P01), or a short stable phrase (ECONNREFUSED). At most ${L.errorTypeMaxLength} characters.`,
    },
    category: { type: 'string', enum: [...CATEGORIES] },
    summary: {
      type: 'string',
      description: `One plain-language sentence saying what went wrong. At most ${L.summaryMaxLength} characters.`,
    },
    explanation: {
      type: 'string',
      description: `What the error means and why it happens, in plain language. At most ${L.explanationMaxLength} characters.`,
    },
    causes: {
      type: 'array',
      items: { type: 'string', description: `At most ${L.causeMaxLength} characters.` },
      description: `The likely causes, most likely first: 1 to ${L.causesMax}.`,
    },
    fixes: {
      type: 'array',
      description: `Concrete fixes, best first: 1 to ${L.fixesMax}.`,
      items: {
        type: 'object',
        properties: {
          title: { type: 'string', description: `At most ${L.fixTitleMaxLength} characters.` },
          steps: {
            type: 'array',
            items: { type: 'string', description: `At most ${L.stepMaxLength} characters.` },
            description: `1 to ${L.stepsPerFixMax} steps.`,
          },
          code: {
            anyOf: [{ type: 'string' }, { type: 'null' }],
            description: `A code or command snippet that shows the fix, or null. At most ${L.codeMaxLength} characters.`,
          },
        },
        required: ['title', 'steps', 'code'],
        additionalProperties: false,
      },
    },
    references: {
      type: 'array',
      description:
        `Documentation links, at most ${L.referencesMax}. Only https URLs you are certain exist; ` +
        'an empty array is better than a guessed link.',
      items: {
        type: 'object',
        properties: {
          title: { type: 'string' },
          url: { type: 'string', description: 'An https:// URL.' },
        },
        required: ['title', 'url'],
        additionalProperties: false,
      },
    },
    confidence: {
      type: 'number',
      description: 'From 0 to 1: how sure you are that you recognised this error.',
    },
  },
  required: [...TRANSLATION_FIELDS],
  additionalProperties: false,
};

export type ValidationResult = { ok: true; value: ModelTranslation } | { ok: false; errors: string[] };

/**
 * Validates a model's answer strictly: every field present with the right type, enums, lengths,
 * counts, confidence in 0..1, no unknown fields. `engine` is tolerated (and discarded): the caller
 * sets it. Reference URLs are only checked to be strings here; which ones survive is `keepSafeReferences`'s call.
 * Error messages name paths and rules, never the offending values (they may echo user input).
 */
export function validateModelTranslation(input: unknown): ValidationResult {
  const errors: string[] = [];
  if (!isPlainObject(input)) {
    return { ok: false, errors: ['answer: must be a JSON object'] };
  }
  for (const key of Object.keys(input)) {
    if (!(TRANSLATION_FIELDS as readonly string[]).includes(key) && key !== 'engine') {
      errors.push(`${key}: unknown field`);
    }
  }

  const language = oneOf(input.language, LANGUAGES, 'language', errors);
  const errorType = text(input.error_type, 'error_type', L.errorTypeMaxLength, errors);
  const category = oneOf(input.category, CATEGORIES, 'category', errors);
  const summary = text(input.summary, 'summary', L.summaryMaxLength, errors);
  const explanation = text(input.explanation, 'explanation', L.explanationMaxLength, errors);
  const causes = list(input.causes, 'causes', 1, L.causesMax, errors, (item, path) => text(item, path, L.causeMaxLength, errors));
  const fixes = list(input.fixes, 'fixes', 1, L.fixesMax, errors, (item, path) => fix(item, path, errors));
  const references = list(input.references, 'references', 0, L.referencesMax, errors, (item, path) => reference(item, path, errors));
  let confidence: number | undefined;
  if (typeof input.confidence !== 'number' || !Number.isFinite(input.confidence)) {
    errors.push('confidence: must be a number');
  } else if (input.confidence < 0 || input.confidence > 1) {
    errors.push('confidence: must be between 0 and 1');
  } else {
    confidence = input.confidence;
  }

  if (
    errors.length > 0 ||
    language === undefined ||
    errorType === undefined ||
    category === undefined ||
    summary === undefined ||
    explanation === undefined ||
    causes === undefined ||
    fixes === undefined ||
    references === undefined ||
    confidence === undefined
  ) {
    return { ok: false, errors: errors.length > 0 ? errors : ['answer: invalid'] };
  }
  return {
    ok: true,
    value: {
      language,
      error_type: errorType,
      category,
      summary,
      explanation,
      causes,
      fixes,
      references,
      confidence,
    },
  };
}

/** An absolute https URL without credentials: the only kind of link we hand to users. */
export function isSafeReferenceUrl(url: string): boolean {
  if (url.length > L.referenceUrlMaxLength) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && parsed.hostname.length > 0 && !parsed.username && !parsed.password;
}

/** Drops every reference that is not a safe https URL, and duplicates. */
export function keepSafeReferences(references: readonly Reference[]): Reference[] {
  const seen = new Set<string>();
  const kept: Reference[] = [];
  for (const ref of references) {
    if (!isSafeReferenceUrl(ref.url) || seen.has(ref.url)) continue;
    seen.add(ref.url);
    kept.push({ title: ref.title, url: ref.url });
  }
  return kept;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, path: string, maxLength: number, errors: string[]): string | undefined {
  if (typeof value !== 'string') {
    errors.push(`${path}: must be a string`);
    return undefined;
  }
  const trimmed = value.trim();
  if (trimmed.length === 0) {
    errors.push(`${path}: must not be empty`);
    return undefined;
  }
  if (trimmed.length > maxLength) {
    errors.push(`${path}: must be at most ${maxLength} characters`);
    return undefined;
  }
  return trimmed;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string, errors: string[]): T | undefined {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  errors.push(`${path}: must be one of ${allowed.join(', ')}`);
  return undefined;
}

function list<T>(
  value: unknown,
  path: string,
  min: number,
  max: number,
  errors: string[],
  item: (value: unknown, path: string) => T | undefined,
): T[] | undefined {
  if (!Array.isArray(value)) {
    errors.push(`${path}: must be an array`);
    return undefined;
  }
  if (value.length < min) {
    errors.push(`${path}: must have at least ${min} item${min === 1 ? '' : 's'}`);
    return undefined;
  }
  if (value.length > max) {
    errors.push(`${path}: must have at most ${max} items`);
    return undefined;
  }
  const out: T[] = [];
  let valid = true;
  value.forEach((entry, index) => {
    const checked = item(entry, `${path}[${index}]`);
    if (checked === undefined) valid = false;
    else out.push(checked);
  });
  return valid ? out : undefined;
}

function fields(value: unknown, path: string, allowed: readonly string[], errors: string[]): value is Record<string, unknown> {
  if (!isPlainObject(value)) {
    errors.push(`${path}: must be an object`);
    return false;
  }
  let ok = true;
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      errors.push(`${path}.${key}: unknown field`);
      ok = false;
    }
  }
  return ok;
}

function fix(value: unknown, path: string, errors: string[]): Fix | undefined {
  if (!fields(value, path, ['title', 'steps', 'code'], errors)) return undefined;
  const title = text(value.title, `${path}.title`, L.fixTitleMaxLength, errors);
  const steps = list(value.steps, `${path}.steps`, 1, L.stepsPerFixMax, errors, (step, stepPath) =>
    text(step, stepPath, L.stepMaxLength, errors),
  );
  let code: string | null | undefined;
  if (value.code === null) {
    code = null;
  } else if (typeof value.code !== 'string') {
    errors.push(`${path}.code: must be a string or null`);
  } else if (value.code.length > L.codeMaxLength) {
    errors.push(`${path}.code: must be at most ${L.codeMaxLength} characters`);
  } else {
    // Code keeps its indentation; an empty snippet means "no snippet".
    code = value.code.trim().length === 0 ? null : value.code;
  }
  if (title === undefined || steps === undefined || code === undefined) return undefined;
  return { title, steps, code };
}

function reference(value: unknown, path: string, errors: string[]): Reference | undefined {
  if (!fields(value, path, ['title', 'url'], errors)) return undefined;
  const title = text(value.title, `${path}.title`, L.referenceTitleMaxLength, errors);
  const url = text(value.url, `${path}.url`, L.referenceUrlMaxLength, errors);
  if (title === undefined || url === undefined) return undefined;
  return { title, url };
}
