import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { LogController, type FastifyError, type FastifyReply, type FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { AppModule } from './app.module';
import { keepWebhookRawBody } from './billing/webhook-raw-body';
import { problemClientErrorHandler, refuseHttp09 } from './common/client-error-handler';
import { createPino, PinoLoggerService } from './common/pino-logger';
import { PROBLEM_CONTENT_TYPE, ProblemType, statusTitle } from './common/problem-details';
import { useSecurityHeaders } from './common/security-headers';
import { ProblemDetailsFilter } from './common/problem-details.filter';
import { createValidationPipe } from './common/validation.pipe';
import type { AppConfig } from './config/app-config';

/** The contract's body limit: anything larger is refused with 413 before it is parsed. */
export const BODY_LIMIT_BYTES = 1024 * 1024;
const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** Apps shutting down: their responses close the connection so keep-alive clients cannot hold them open. */
const draining = new WeakSet<NestFastifyApplication>();

/** Builds the whole application (not yet listening); main.ts and the tests share it. */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const pino = createPino(config.logLevel);
  const adapter = new FastifyAdapter({
    loggerInstance: pino,
    // Fastify's two lines per request are replaced by the single onResponse line below.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT_BYTES,
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
        .send({ type: ProblemType.blank, title: statusTitle(status), status, detail: error.message, instance: request.url });
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
  await useSecurityHeaders(app);
  // Callback-style hooks: an async hook costs every request a promise and a microtask turn.
  fastify.addHook('onRequest', refuseHttp09);
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    if (draining.has(app)) reply.header('connection', 'close');
    done(null, payload);
  });
  // One line per request, written after the response so it never delays it.
  fastify.addHook('onResponse', (request, reply, done) => {
    request.log.info(
      { method: request.method, url: request.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      'request',
    );
    done();
  });
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalPipes(createValidationPipe());
  if (config.swaggerEnabled) setUpSwagger(app);
  return app;
}

function setUpSwagger(app: NestFastifyApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('AI Error Translator API')
      .setDescription('Explains error messages and stack traces: what they mean, why they happen and how to fix them.')
      .setVersion('0.1.0')
      .addBearerAuth()
      .addApiKey({ type: 'apiKey', name: 'X-API-Key', in: 'header' }, 'api-key')
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}

/** SIGTERM/SIGINT: stop accepting, let in-flight requests finish, close the pools, exit. */
export function handleShutdownSignals(app: NestFastifyApplication, config: AppConfig): void {
  const logger = new Logger('Shutdown');
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    logger.log(`${signal} received: draining in-flight requests`);
    draining.add(app);
    setTimeout(() => {
      logger.error(`Still busy after ${config.shutdownTimeoutMs} ms: exiting anyway`);
      process.exit(1);
    }, config.shutdownTimeoutMs).unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}
