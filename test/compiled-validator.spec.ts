import 'reflect-metadata';
import { plainToInstance, Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength, MinLength, validateSync, ValidateNested } from 'class-validator';
import { compiledValidatorFor } from '../src/common/compiled-validator';
import { LANGUAGES } from '../src/translator/translation';

// The DTOs carry @nestjs/swagger decorators, which jest cannot load (ESM): these are TranslateDto's
// and LoginDto's validation decorators exactly; the real ones run through the app in translate.spec.ts.
const MAX_ERROR_LENGTH = 50_000;
const MAX_CONTEXT_LENGTH = 5_000;

class TranslateDto {
  @IsString()
  @MinLength(1, { message: 'error must not be empty' })
  @MaxLength(MAX_ERROR_LENGTH)
  error: string;

  @IsOptional()
  @IsIn(LANGUAGES)
  language?: string;

  @IsOptional()
  @IsString()
  @MaxLength(MAX_CONTEXT_LENGTH)
  context?: string;
}

class LoginDto {
  @IsString()
  @MinLength(1)
  @MaxLength(255)
  email: string;

  @IsBoolean()
  remember: boolean;
}

class TrimmedDto {
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  name: string;
}

class NestedDto {
  @ValidateNested()
  @Type(() => LoginDto)
  login: LoginDto;
}

/** What the general ValidationPipe path decides (the options createValidationPipe passes). */
function classValidatorAccepts(dto: new () => object, body: Record<string, unknown>): object | null {
  const entity = plainToInstance(dto, body);
  const errors = validateSync(entity, { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: false });
  return errors.length === 0 ? entity : null;
}

const TRANSLATE_BODIES: Array<Record<string, unknown>> = [
  { error: 'TypeError: x is undefined' },
  { error: 'boom', language: 'python', context: 'Flask' },
  { error: 'boom', language: null, context: null },
  { error: '' },
  { error: 'x'.repeat(MAX_ERROR_LENGTH) },
  { error: 'x'.repeat(MAX_ERROR_LENGTH + 1) },
  // validator.js counts a surrogate pair as one character and skips variation selectors.
  { error: '😀'.repeat(MAX_ERROR_LENGTH) },
  { error: '\uFE0F' },
  { error: 'boom', context: 'c'.repeat(MAX_CONTEXT_LENGTH + 1) },
  { error: 'boom', language: 'klingon' },
  { error: 'boom', language: 'Python' },
  { error: 42 },
  { error: true },
  { error: ['a'] },
  { error: { text: 'a' } },
  { error: 'boom', extra: 1 },
  { error: 'boom', context: 5 },
  {},
  { language: 'python' },
];

describe('the compiled validator (ValidationPipe fast path)', () => {
  it('accepts exactly the TranslateDto bodies class-validator accepts, building the same instance', () => {
    const compiled = compiledValidatorFor(TranslateDto);
    expect(compiled).not.toBeNull();
    let accepted = 0;
    for (const body of TRANSLATE_BODIES) {
      const expected = classValidatorAccepts(TranslateDto, body);
      const actual = compiled!(body);
      expect({ body, accepted: actual !== null }).toEqual({ body, accepted: expected !== null });
      if (actual !== null) {
        accepted += 1;
        expect(actual).toBeInstanceOf(TranslateDto);
        expect(actual).toEqual(expected);
      }
    }
    // The valid ones above (class-validator decides the edge cases), so the fast path is really taken.
    expect(accepted).toBe(6);
  });

  it('agrees on another DTO (booleans, a missing field)', () => {
    const compiled = compiledValidatorFor(LoginDto)!;
    for (const body of [
      { email: 'a@example.com', remember: true },
      { email: 'a@example.com', remember: 'true' },
      { email: 'a@example.com' },
      { email: '', remember: false },
    ]) {
      expect({ body, accepted: compiled(body) !== null }).toEqual({ body, accepted: classValidatorAccepts(LoginDto, body) !== null });
    }
  });

  it('is not made for DTOs it cannot reproduce exactly (class-transformer decorators, nested validation): they keep the general path', () => {
    expect(compiledValidatorFor(TrimmedDto)).toBeNull();
    expect(compiledValidatorFor(NestedDto)).toBeNull();
  });
});
