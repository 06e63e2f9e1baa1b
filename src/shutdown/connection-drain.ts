import type { Server } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';

/** A connection idle this long after the drain began is taken to be a parked keep-alive one. */
const QUIET_MS = 500;
const POLL_MS = 25;

interface ConnectionState {
  /** Requests read and not yet answered on this connection. */
  active: number;
  idleSince: number;
}

/**
 * Lets keep-alive connections end without a reset. Closing a server closes its idle keep-alive
 * connections at once (Node's server.close, Fastify's forceCloseConnections), and a client that
 * sent its next request in that instant gets ECONNRESET for a request never processed. So the
 * drain first stops accepting connections only, answers whatever arrives on the open ones (with
 * `Connection: close`, so each closes after its answer), and closes the rest once they stay quiet.
 */
export class ConnectionDrain {
  private readonly connections = new Map<Socket, ConnectionState>();

  constructor(private readonly server: Server) {
    server.on('connection', (socket: Socket) => {
      this.connections.set(socket, { active: 0, idleSince: Date.now() });
      socket.once('close', () => this.connections.delete(socket));
    });
    server.on('request', (request, response) => {
      const state = this.connections.get(request.socket);
      if (!state) return;
      state.active++;
      response.once('close', () => {
        state.active--;
        state.idleSince = Date.now();
      });
    });
  }

  /**
   * Stops accepting connections, keeps the open ones, and resolves once each of them is busy
   * (the server's close waits for those) or has been quiet since the drain began.
   */
  async quiesce(): Promise<void> {
    // net.Server's close, not http.Server's: the latter also drops the idle keep-alive connections.
    if (this.server.listening) NetServer.prototype.close.call(this.server);
    const started = Date.now();
    while (!this.quiet(started)) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }

  private quiet(started: number): boolean {
    const now = Date.now();
    for (const state of this.connections.values()) {
      if (state.active === 0 && now - Math.max(state.idleSince, started) < QUIET_MS) return false;
    }
    return true;
  }
}
