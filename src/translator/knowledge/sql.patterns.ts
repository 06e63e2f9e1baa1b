import type { ErrorPattern } from '../rules/error-pattern';

export const SQL_PATTERNS: readonly ErrorPattern[] = [];
