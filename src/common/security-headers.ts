import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

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

/**
 * Security headers on every response, problems and 404s included (helmet's hooks run on every
 * request). HSTS is left to us: helmet would send it over plain HTTP too, where it means nothing
 * and misleads; request.protocol is https over TLS, or behind a trusted proxy saying so.
 */
export async function useSecurityHeaders(app: NestFastifyApplication): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: false,
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
      done();
    });
}
