import type { ErrorPattern } from '../rules/error-pattern';

export const PYTHON_PATTERNS: readonly ErrorPattern[] = [];
