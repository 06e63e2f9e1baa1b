import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_CONTENT_TYPE, ProblemType, statusTitle, type ProblemDetails } from './problem-details';
import { isDatabaseUnavailable } from '../database/database-unavailable';
import type { DatabaseOutage } from '../database/database-outage.service';
import { rememberProblem } from './request-problem';
import { redactedUrl } from './url-credentials';

/** A database outage usually lasts seconds (a restart, a failover): worth retrying soon. */
const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Fastify's own client errors (body parsing, limits) mapped to our problem types. */
const FASTIFY_CODES: Record<string, { type: string; detail: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { type: ProblemType.malformedBody, detail: 'The request body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    type: ProblemType.malformedBody,
    detail: 'The request declares a JSON body but sends none.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { type: ProblemType.payloadTooLarge, detail: 'The request body exceeds 1 MiB.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    type: ProblemType.unsupportedMediaType,
    detail: 'Send the request body as application/json.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    type: ProblemType.malformedBody,
    detail: 'The Content-Length header does not match the body.',
  },
};

interface ErrorWithStatus {
  statusCode?: number;
  code?: string;
  message?: string;
}

/**
 * Every error leaves as RFC 9457 problem+json. Client errors say what was wrong; anything
 * unexpected is logged with the request id and answered with a generic 500, never a stack trace.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  constructor(private readonly outage?: DatabaseOutage) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<FastifyRequest>();
    const reply = ctx.getResponse<FastifyReply>();
    const databaseDown = !(exception instanceof HttpException) && isDatabaseUnavailable(exception);
    const problem = databaseDown ? databaseUnavailable() : this.toProblem(exception, request);
    // Usage logging reads the error type and detail from here once the response has gone.
    rememberProblem(request, problem);
    // Deliberate answers (a 503 from readiness, say) are not faults; only the unexpected is logged.
    // A database outage is logged once by DatabaseOutage, not by each request it fails.
    if (databaseDown) this.outage?.failed(exception);
    else if (problem.status >= 500 && !(exception instanceof HttpException)) {
      this.logger.error({ err: exception, reqId: request.id, url: redactedUrl(request.url) }, 'Unhandled error');
    }
    if (typeof problem.retry_after === 'number') reply.header('retry-after', String(problem.retry_after));
    reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  }

  private toProblem(exception: unknown, request: FastifyRequest): ProblemDetails {
    // The Fastify adapter wraps its own client errors (body parsing, limits) with the original as cause.
    const fastifyError = (exception instanceof HttpException ? exception.cause : exception) as ErrorWithStatus | undefined;
    const known = fastifyError?.code ? FASTIFY_CODES[fastifyError.code] : undefined;
    if (known) {
      const status = fastifyError!.statusCode ?? 400;
      return { type: known.type, title: statusTitle(status), status, detail: known.detail };
    }
    if (exception instanceof HttpException) return this.fromHttpException(exception);
    return {
      type: ProblemType.internal,
      title: 'Internal Server Error',
      status: 500,
      detail: `An unexpected error occurred; quote request id ${request.id} when reporting it.`,
    };
  }

  private fromHttpException(exception: HttpException): ProblemDetails {
    const status = exception.getStatus();
    const body = exception.getResponse();
    if (typeof body === 'object' && body !== null && 'type' in body && 'title' in body) {
      return body as ProblemDetails;
    }
    const message = typeof body === 'string' ? body : (body as { message?: unknown }).message;
    const detail = Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : exception.message;
    return {
      type: status === 503 ? ProblemType.serviceUnavailable : ProblemType.blank,
      title: statusTitle(status),
      status,
      detail,
    };
  }
}

function databaseUnavailable(): ProblemDetails {
  return {
    type: ProblemType.serviceUnavailable,
    title: statusTitle(503),
    status: 503,
    detail: 'The database is unavailable right now; retry shortly.',
    retry_after: DATABASE_RETRY_AFTER_SECONDS,
  };
}
