import type { ErrorPattern } from '../rules/error-pattern';

export const TYPESCRIPT_PATTERNS: readonly ErrorPattern[] = [];
