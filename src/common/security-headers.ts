import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import Fastify from 'fastify';

/** A year, as browsers' preload lists expect; sent only where the client reached us over TLS. */
const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * One policy for the JSON API and Swagger UI (/docs): the UI loads its scripts and stylesheet from
 * this origin, has inline <style> blocks, and draws its icons from data: URIs; nothing else is
 * allowed, and no page may frame ours.
 */
const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

/** What the probe's own answer carries besides helmet's headers. */
const NOT_FROM_HELMET = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive']);

/**
 * The headers helmet sends, computed once. They are the same on every response, and
 * @fastify/helmet rebuilds its whole middleware (CSP string included) on every request through an
 * async hook: that halved GET /health/live's throughput. So helmet answers one request on a
 * throw-away Fastify instance, and its headers are copied from that answer.
 */
export async function helmetHeaders(): Promise<Record<string, string>> {
  const probe = Fastify({ logger: false });
  try {
    await probe.register(helmet, {
      contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      frameguard: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
      // Sent by us, and only where it means something (below).
      strictTransportSecurity: false,
    });
    probe.get('/', (_request, reply) => reply.send(''));
    const answer = await probe.inject({ method: 'GET', url: '/' });
    return Object.fromEntries(
      Object.entries(answer.headers)
        .filter(([name, value]) => !NOT_FROM_HELMET.has(name) && typeof value === 'string')
        .map(([name, value]) => [name, value as string]),
    );
  } finally {
    await probe.close();
  }
}

/**
 * Security headers on every response, problems and 404s included (an onRequest hook runs for
 * every request). HSTS only where the client reached us over TLS: helmet would send it over plain
 * HTTP too, where it means nothing; request.protocol is https over TLS, or behind a trusted proxy
 * saying so.
 */
export async function useSecurityHeaders(app: NestFastifyApplication): Promise<void> {
  const headers = await helmetHeaders();
  if (!headers['content-security-policy']) throw new Error('helmet set no Content-Security-Policy');
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      reply.headers(headers);
      if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
      done();
    });
}
