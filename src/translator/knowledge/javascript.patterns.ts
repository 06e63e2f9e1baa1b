import type { ErrorPattern } from '../rules/error-pattern';

export const JAVASCRIPT_PATTERNS: readonly ErrorPattern[] = [];
