import type { ErrorPattern } from '../rules/error-pattern';

export const RUST_PATTERNS: readonly ErrorPattern[] = [];
