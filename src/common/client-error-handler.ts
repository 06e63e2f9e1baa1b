import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_CONTENT_TYPE, ProblemType } from './problem-details';

/** Why Node's parser gave up on a connection, as a status and a sentence for the client. */
function describe(error: NodeJS.ErrnoException): { status: number; detail: string } {
  switch (error.code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, detail: 'The request was not received in time.' };
    case 'HPE_HEADER_OVERFLOW':
      return { status: 431, detail: 'The request headers are larger than the server accepts.' };
    default:
      return { status: 400, detail: 'The request is not valid HTTP/1.1.' };
  }
}

/**
 * Requests Node's HTTP parser refuses never reach Fastify's routes, so no error filter sees them:
 * without this, they get Node's own JSON ({"error":"Bad Request","message":"Client Error"}). The
 * answer is written raw (there is no request object) and the connection closed, since the parser
 * cannot tell where the next request would start.
 */
export function problemClientErrorHandler(error: NodeJS.ErrnoException, socket: Duplex): void {
  // A reset connection, or one already answered: nobody to tell.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const { status, detail } = describe(error);
    const title = STATUS_CODES[status] ?? 'Bad Request';
    const body = JSON.stringify({ type: ProblemType.blank, title, status, detail });
    socket.write(
      `HTTP/1.1 ${status} ${title}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Connection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/**
 * HTTP/0.9 (a request line without a version): Node parses it, but a response to it cannot be
 * framed (no status, no headers), and serving one helps only cache-poisoning and smuggling tricks.
 * The connection is closed with nothing written. An onRequest hook, so it runs before any route.
 */
export function refuseHttp09(request: FastifyRequest, reply: FastifyReply, done: () => void): void {
  if (request.raw.httpVersionMajor >= 1) return done();
  void reply.hijack();
  request.raw.socket.destroy();
}
