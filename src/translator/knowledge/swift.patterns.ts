import type { ErrorPattern } from '../rules/error-pattern';

export const SWIFT_PATTERNS: readonly ErrorPattern[] = [];
