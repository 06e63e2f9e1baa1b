import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { LogController, type FastifyError, type FastifyReply, type FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { AppModule } from './app.module';
import { keepWebhookRawBody } from './billing/webhook-raw-body';
import { guardJsonBodies } from './common/json-body-guard';
import { problemClientErrorHandler, refuseHttp09 } from './common/client-error-handler';
import { createPino, PinoLoggerService } from './common/pino-logger';
import { PROBLEM_CONTENT_TYPE, ProblemType, statusTitle } from './common/problem-details';
import { useSecurityHeaders } from './common/security-headers';
import { ProblemDetailsFilter } from './common/problem-details.filter';
import { closeStalledUploadsOnDrain } from './common/stalled-uploads';
import { useCors } from './common/cors-policy';
import { DatabaseOutage } from './database/database-outage.service';
import { createValidationPipe } from './common/validation.pipe';
import type { AppConfig } from './config/app-config';
import { ShutdownState } from './health/shutdown-state';
import { setUpSwagger } from './common/openapi/openapi-document';
import { redactedUrl } from './common/url-credentials';

/** The contract's body limit: anything larger is refused with 413 before it is parsed. */
export const BODY_LIMIT_BYTES = 1024 * 1024;
const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** Builds the whole application (not yet listening); main.ts and the tests share it. */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const pino = createPino(config.logLevel);
  const adapter = new FastifyAdapter({
    loggerInstance: pino,
    // Fastify's two lines per request are replaced by the single onResponse line below.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT_BYTES,
    // Slow clients: a request whose headers or body do not arrive in time gets a 408 and is closed,
    // so one client cannot pin sockets, nor hold a SIGTERM drain open until the forced exit.
    requestTimeout: config.httpTimeouts.requestMs,
    keepAliveTimeout: config.httpTimeouts.keepAliveMs,
    connectionTimeout: config.httpTimeouts.connectionMs,
    http: {
      requestTimeout: config.httpTimeouts.requestMs,
      headersTimeout: config.httpTimeouts.headersMs,
      // Node looks for overdue requests every 30 s by default, which would make short timeouts late.
      connectionsCheckingInterval: Math.min(1_000, config.httpTimeouts.headersMs),
    },
    routerOptions: { ignoreTrailingSlash: true },
    // A caller's X-Request-Id is kept (when sane) so a request can be followed across services.
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    return503OnClosing: true,
    // Requests Node's parser refuses (bad request line, bad header) get a problem too, not Node's JSON.
    clientErrorHandler: problemClientErrorHandler,
    // request.ip honours X-Forwarded-For only behind a proxy we were told to trust.
    trustProxy: config.trustProxy,
    // Requests the router rejects before Nest sees them (a malformed URL, say) get a problem too.
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 400;
      void reply
        .code(status)
        .type(PROBLEM_CONTENT_TYPE)
        .send({ type: ProblemType.blank, title: statusTitle(status), status, detail: error.message, instance: redactedUrl(request.url) });
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: new PinoLoggerService(pino),
    abortOnError: false,
    // Fastify's own JSON parser (with bodyLimit) is all we take: no form bodies, no text.
    bodyParser: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.removeContentTypeParser('text/plain');
  keepWebhookRawBody(fastify);
  guardJsonBodies(fastify, config.jsonBodyLimits);
  closeStalledUploadsOnDrain(fastify, config.httpTimeouts.requestMs);
  await useSecurityHeaders(app);
  useCors(app, config.corsOrigins);
  // Callback-style hooks: an async hook costs every request a promise and a microtask turn.
  fastify.addHook('onRequest', refuseHttp09);
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });
  const shutdown = app.get(ShutdownState);
  // Once shutting down, each answer closes its connection, so keep-alive clients move elsewhere.
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    if (shutdown.draining) reply.header('connection', 'close');
    // Answers carry tokens, keys and account data: no browser or proxy may keep them. Static
    // files (Swagger UI) set their own.
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    done(null, payload);
  });
  // One line per request, written after the response so it never delays it. Below info (the
  // bench's LOG_LEVEL=warn) the hook is not installed: it would build the line's object for nothing.
  if (pino.isLevelEnabled('info')) {
    fastify.addHook('onResponse', (request, reply, done) => {
      request.log.info(
        { method: request.method, url: redactedUrl(request.url), status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
        'request',
      );
      done();
    });
  }
  app.useGlobalFilters(new ProblemDetailsFilter(app.get(DatabaseOutage)));
  app.useGlobalPipes(createValidationPipe());
  if (config.swaggerEnabled) setUpSwagger(app);
  return app;
}
