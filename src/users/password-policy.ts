import { COMMON_PASSWORDS } from './common-passwords';

/** Kept free of Nest imports so that it can be unit-tested (Nest 12 is ESM-only; Jest is not). */
export interface PasswordPolicyOptions {
  minLength: number;
  /** 1..4 of: lower-case letters, upper-case letters, digits, anything else (symbols, spaces, …). */
  minCharacterClasses: number;
}

export interface PasswordContext {
  email?: string | null;
  fullName?: string | null;
}

/** bcrypt ignores anything beyond 72 bytes: refuse longer instead of silently truncating. */
export const MAX_PASSWORD_BYTES = 72;

/** Below this a local part ("bob") is too short to be a meaningful substring to forbid. */
const MIN_LOCAL_PART_TO_MATCH = 4;

const COMMON = new Set(COMMON_PASSWORDS.map((entry) => entry.toLowerCase()));

const CLASSES: Array<(char: string) => boolean> = [
  (char) => /\p{Ll}/u.test(char),
  (char) => /\p{Lu}/u.test(char),
  (char) => /\p{Nd}/u.test(char),
  (char) => !/[\p{Ll}\p{Lu}\p{Nd}]/u.test(char),
];

export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.toLowerCase());
}

function characterClassCount(password: string): number {
  const chars = [...password];
  return CLASSES.filter((inClass) => chars.some(inClass)).length;
}

function resemblesEmail(lowered: string, email: string | null | undefined): boolean {
  const address = email?.trim().toLowerCase();
  if (!address) return false;
  const at = address.lastIndexOf('@');
  const local = at > 0 ? address.slice(0, at) : address;
  if (lowered === address || lowered === local) return true;
  return lowered.includes(address) || (local.length >= MIN_LOCAL_PART_TO_MATCH && lowered.includes(local));
}

/** Whitespace-insensitive, so "John Smith" does not pass as "johnsmith". */
function isFullName(lowered: string, fullName: string | null | undefined): boolean {
  const name = fullName?.toLowerCase().replace(/\s+/g, '');
  return !!name && lowered.replace(/\s+/g, '') === name;
}

/** Returns the list of human-readable violations, empty when the password is acceptable. */
export function passwordViolations(password: string, options: PasswordPolicyOptions, context: PasswordContext = {}): string[] {
  const violations: string[] = [];
  // Code points, not UTF-16 units: an emoji is one character to the user.
  if ([...password].length < options.minLength) {
    violations.push(`must be at least ${options.minLength} characters long`);
  }
  if (Buffer.byteLength(password, 'utf8') > MAX_PASSWORD_BYTES) {
    violations.push(`must be at most ${MAX_PASSWORD_BYTES} bytes (UTF-8)`);
  }
  if (characterClassCount(password) < options.minCharacterClasses) {
    violations.push(`must contain at least ${options.minCharacterClasses} of: lower-case letters, upper-case letters, digits, symbols`);
  }
  const lowered = password.toLowerCase();
  if (resemblesEmail(lowered, context.email)) {
    violations.push('must not be the same as or contain the email address');
  }
  if (isFullName(lowered, context.fullName)) {
    violations.push('must not be the same as your name');
  }
  if (COMMON.has(lowered)) {
    violations.push('is too common: choose a less guessable password');
  }
  return violations;
}
