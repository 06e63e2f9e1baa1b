import type { ErrorPattern } from '../rules/error-pattern';

export const PHP_PATTERNS: readonly ErrorPattern[] = [];
