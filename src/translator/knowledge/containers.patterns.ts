import type { ErrorPattern } from '../rules/error-pattern';

export const CONTAINER_PATTERNS: readonly ErrorPattern[] = [];
