import type { ErrorPattern } from '../rules/error-pattern';

export const RUBY_PATTERNS: readonly ErrorPattern[] = [];
