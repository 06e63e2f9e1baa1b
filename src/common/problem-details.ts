import { HttpStatus } from '@nestjs/common';

/** RFC 9457 problem details; `errors` carries field-level validation failures. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export interface FieldError {
  field: string;
  message: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
const PROBLEM_BASE = 'https://ai-error-translator.dev/problems/';

/** A stable type URI per kind of problem; plain HTTP failures stay `about:blank` (RFC 9457 §4.2.1). */
export const ProblemType = {
  validation: `${PROBLEM_BASE}validation-error`,
  malformedBody: `${PROBLEM_BASE}malformed-body`,
  payloadTooLarge: `${PROBLEM_BASE}payload-too-large`,
  unsupportedMediaType: `${PROBLEM_BASE}unsupported-media-type`,
  serviceUnavailable: `${PROBLEM_BASE}service-unavailable`,
  mailUnavailable: `${PROBLEM_BASE}mail-unavailable`,
  invalidCredentials: `${PROBLEM_BASE}invalid-credentials`,
  invalidToken: `${PROBLEM_BASE}invalid-token`,
  credentialsInUrl: `${PROBLEM_BASE}credentials-in-url`,
  tooManyAttempts: `${PROBLEM_BASE}too-many-attempts`,
  conflict: `${PROBLEM_BASE}conflict`,
  internal: `${PROBLEM_BASE}internal-error`,
  blank: 'about:blank',
} as const;

export function statusTitle(status: number): string {
  const name = HttpStatus[status];
  if (!name) return 'Error';
  return name
    .toLowerCase()
    .split('_')
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(' ');
}
