import type { ErrorPattern } from '../rules/error-pattern';

export const SHELL_PATTERNS: readonly ErrorPattern[] = [];
