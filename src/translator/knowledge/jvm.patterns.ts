import type { ErrorPattern } from '../rules/error-pattern';

export const JVM_PATTERNS: readonly ErrorPattern[] = [];
