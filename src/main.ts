import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import type { AppConfig } from './config/app-config';
import { assertServable, ConfigError, loadConfig } from './config/load-config';
import { handleShutdownSignals } from './shutdown/graceful-shutdown';
import { waitForDatabase } from './health/database-wait';

async function bootstrap(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
    assertServable(config);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // One line that names the variable; no stack trace for a configuration mistake.
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  const wait = await waitForDatabase(config);
  const app = await createApp(config);
  handleShutdownSignals(app, config);
  await wait.release();
  await app.listen({ port: wait.port ?? config.port, host: config.host });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  // Tests and supervisors read this line to learn the port (PORT=0 picks a free one).
  new Logger('Bootstrap').log({ msg: `Listening on http://${config.host}:${port}`, port });
}

void bootstrap().catch((error: unknown) => {
  process.stderr.write(`Start-up failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
