import type { ErrorPattern } from '../rules/error-pattern';

export const GIT_PATTERNS: readonly ErrorPattern[] = [];
