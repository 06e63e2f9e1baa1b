import type { ErrorPattern } from '../rules/error-pattern';

export const PACKAGE_MANAGER_PATTERNS: readonly ErrorPattern[] = [];
