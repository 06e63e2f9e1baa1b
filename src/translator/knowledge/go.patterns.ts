import type { ErrorPattern } from '../rules/error-pattern';

export const GO_PATTERNS: readonly ErrorPattern[] = [];
