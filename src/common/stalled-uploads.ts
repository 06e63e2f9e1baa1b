import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';

const SWEEP_INTERVAL_MS = 250;

function carriesBody(request: IncomingMessage): boolean {
  const length = request.headers['content-length'];
  return (length !== undefined && length !== '0') || request.headers['transfer-encoding'] !== undefined;
}

/**
 * Node enforces requestTimeout with a periodic sweep that server.close() switches off: during a
 * SIGTERM drain, a client that stalls mid-body would hold the close open until the forced exit.
 * So bodies still arriving are tracked (bodiless requests cost nothing), and once the app closes,
 * one that overruns its deadline is answered as Node would have (408 through the server's
 * clientError handler) and its connection closed.
 */
export function closeStalledUploadsOnDrain(fastify: FastifyInstance, requestTimeoutMs: number): void {
  const arriving = new Map<IncomingMessage, { deadline: number; response: ServerResponse }>();
  fastify.addHook('onRequest', (request, reply, done) => {
    const raw = request.raw;
    if (carriesBody(raw)) {
      arriving.set(raw, { deadline: Date.now() + requestTimeoutMs, response: reply.raw });
      const forget = () => arriving.delete(raw);
      raw.once('end', forget).once('close', forget);
    }
    done();
  });
  fastify.addHook('preClose', (done) => {
    const sweep = setInterval(() => {
      const now = Date.now();
      for (const [request, { deadline, response }] of arriving) {
        if (deadline > now) continue;
        arriving.delete(request);
        if (response.headersSent) request.socket.destroy();
        else
          fastify.server.emit('clientError', Object.assign(new Error('Request timeout'), { code: 'ERR_HTTP_REQUEST_TIMEOUT' }), request.socket);
      }
    }, SWEEP_INTERVAL_MS).unref();
    fastify.server.once('close', () => clearInterval(sweep));
    done();
  });
}
