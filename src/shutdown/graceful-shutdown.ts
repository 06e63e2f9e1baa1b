import { Logger } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '../config/app-config';
import { ShutdownState } from '../health/shutdown-state';
import { ConnectionDrain } from './connection-drain';

const logger = new Logger('Shutdown');

/**
 * SIGTERM/SIGINT: readiness turns 503 and the instance keeps serving for SHUTDOWN_DELAY_MS (load
 * balancers stop sending), then stops accepting connections, answers what arrives on open ones,
 * lets in-flight requests finish, closes the pools and exits 0. After SHUTDOWN_TIMEOUT_MS more, or
 * at a second signal, it exits 1 at once; whatever usage records are still in memory are spooled
 * synchronously on the way out (UsageRecorder listens to the process's 'exit').
 */
export function handleShutdownSignals(app: NestFastifyApplication, config: AppConfig): void {
  const state = app.get(ShutdownState);
  const connections = new ConnectionDrain(app.getHttpServer());
  const shutdown = async (signal: NodeJS.Signals) => {
    if (state.draining) {
      logger.error(`${signal} received again: exiting now`);
      process.exit(1);
    }
    state.draining = true;
    if (config.shutdownDelayMs > 0) {
      logger.log(`${signal} received: not ready, still serving for ${config.shutdownDelayMs} ms`);
      await sleep(config.shutdownDelayMs);
    }
    logger.log(`${signal} received: draining in-flight requests`);
    setTimeout(() => {
      logger.error(`Still busy after ${config.shutdownTimeoutMs} ms: exiting anyway`);
      process.exit(1);
    }, config.shutdownTimeoutMs).unref();
    try {
      await connections.quiesce();
      await app.close();
    } catch (error) {
      logger.error(error);
      process.exit(1);
    }
    process.exit(0);
  };
  process.on('SIGTERM', (signal) => void shutdown(signal));
  process.on('SIGINT', (signal) => void shutdown(signal));
}
