import type { ErrorPattern } from '../rules/error-pattern';

export const DOTNET_PATTERNS: readonly ErrorPattern[] = [];
