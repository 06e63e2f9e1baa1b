import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * For @Transform on a whole-number query parameter: only plain digits become a number, so `1.5`,
 * `-1`, `1e2`, `0x10` and ` 7` stay strings and fail validation.
 */
export const digitsToNumber = ({ value }: { value: unknown }) => (typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value);

/** A whole number from `min` to `max`, else `message` (the problem's field message). */
export function IsWholeNumberIn(name: string, min: number, max: number, message: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name,
      validator: {
        validate: (value: unknown) => Number.isInteger(value) && (value as number) >= min && (value as number) <= max,
        defaultMessage: () => message,
      },
    },
    options,
  );
}
