import type { ErrorPattern } from '../rules/error-pattern';

export const NATIVE_PATTERNS: readonly ErrorPattern[] = [];
