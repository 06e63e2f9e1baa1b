import type { FastifyInstance, FastifyReply, FastifyRequest, RequestPayload } from 'fastify';
import { pipeline, Transform } from 'node:stream';

export const WEBHOOK_PATH = '/billing/webhook';

export type RawBodyRequest = FastifyRequest & { rawBody?: Buffer };

/**
 * Stripe signs the exact bytes it sent, so the webhook route needs them besides the parsed JSON.
 * A copy is kept for that one route only (a route-level hook: other requests never see it), and
 * Fastify's own parser (body limit, content-length check) still reads the body.
 */
export function keepWebhookRawBody(fastify: FastifyInstance): void {
  // Attached to the webhook route alone as Nest registers it (this runs before app.init()).
  fastify.addHook('onRoute', (route) => {
    if (route.url !== WEBHOOK_PATH) return;
    const existing = route.preParsing === undefined ? [] : Array.isArray(route.preParsing) ? route.preParsing : [route.preParsing];
    route.preParsing = [...existing, teeRawBody];
  });
}

function teeRawBody(
  request: FastifyRequest,
  reply: FastifyReply,
  payload: RequestPayload,
  done: (error: Error | null, payload?: RequestPayload) => void,
): void {
  const chunks: Buffer[] = [];
  let answered = false;
  const tee = new Transform({
    transform(chunk: Buffer, _encoding, next) {
      if (!answered) chunks.push(chunk);
      next(null, chunk);
    },
    flush(next) {
      (request as RawBodyRequest).rawBody = Buffer.concat(chunks);
      next();
    },
  });
  // Answered before the body was read (413 on its Content-Length, say): Node would discard the
  // rest so the keep-alive connection can carry the next request, but not from a piped stream.
  // Without this the body stays unread and the connection's next request is never answered.
  reply.raw.once('finish', () => {
    if (payload.readableEnded) return;
    answered = true;
    payload.unpipe(tee);
    payload.resume();
  });
  done(
    null,
    pipeline(payload, tee, () => undefined),
  );
}
