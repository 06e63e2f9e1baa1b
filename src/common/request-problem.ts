import type { ProblemDetails } from './problem-details';

/**
 * The problem a request was answered with, kept beside the request for code that runs after the
 * response (usage logging). A WeakMap rather than a property: request objects keep one shape, and
 * the entry goes when the request does.
 */
const problems = new WeakMap<object, ProblemDetails>();

export function rememberProblem(request: object, problem: ProblemDetails): void {
  problems.set(request, problem);
}

export function problemOf(request: object): ProblemDetails | undefined {
  return problems.get(request);
}
