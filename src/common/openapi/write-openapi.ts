import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createApp } from '../../app.factory';
import { loadConfig } from '../../config/load-config';
import { buildOpenApiDocument } from './openapi-document';

/**
 * `npm run openapi`: writes the OpenAPI document to openapi.json (or the path given), built by
 * the same code as /docs-json from an app that never listens. Fixed settings, not the caller's
 * environment, so the file is the same wherever it is made; the embedded in-memory database
 * lets it run without PostgreSQL.
 */
async function main(): Promise<void> {
  const target = resolve(process.argv[2] ?? 'openapi.json');
  const config = loadConfig({
    NODE_ENV: 'development',
    LOG_LEVEL: 'silent',
    DATABASE_URL: 'pglite://memory',
    SWAGGER_ENABLED: 'false',
    SCHEDULER_ENABLED: 'false',
  });
  const app = await createApp(config);
  try {
    writeFileSync(target, `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`);
  } finally {
    await app.close();
  }
  process.stdout.write(`wrote ${target}\n`);
}

void main().catch((error: unknown) => {
  process.stderr.write(`openapi: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
