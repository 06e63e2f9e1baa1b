import type { FastifyInstance, FastifyRequest } from 'fastify';
import { pipeline, Transform } from 'node:stream';

export const WEBHOOK_PATH = '/billing/webhook';

export type RawBodyRequest = FastifyRequest & { rawBody?: Buffer };

/**
 * Stripe signs the exact bytes it sent, so the webhook route needs them besides the parsed JSON.
 * A copy is kept for that one route only: every other request passes through untouched, and
 * Fastify's own parser (body limit, content-length check) still reads the body.
 */
export function keepWebhookRawBody(fastify: FastifyInstance): void {
  fastify.addHook('preParsing', async (request, _reply, payload) => {
    if (request.routeOptions.url !== WEBHOOK_PATH) return payload;
    const chunks: Buffer[] = [];
    const tee = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done(null, chunk);
      },
      flush(done) {
        (request as RawBodyRequest).rawBody = Buffer.concat(chunks);
        done();
      },
    });
    return pipeline(payload, tee, () => undefined);
  });
}
