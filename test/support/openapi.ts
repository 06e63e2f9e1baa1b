import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { childEnv } from './test-app';

/** The committed document (`npm run openapi` writes it). */
export const OPENAPI_PATH = join(__dirname, '..', '..', 'openapi.json');

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface OpenApiOperation {
  operationId?: string;
  security?: Array<Record<string, string[]>>;
  parameters?: Array<{ name: string; in: string; schema?: Json }>;
  requestBody?: { content: Record<string, { schema?: Json }> };
  responses: Record<
    string,
    { description: string; content?: Record<string, { schema?: Json; example?: Json; examples?: Record<string, { value: Json }> }> }
  >;
}

export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, Json>; headers?: Record<string, Json> };
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

export function readCommittedDocument(): OpenApiDocument {
  return JSON.parse(readFileSync(OPENAPI_PATH, 'utf8')) as OpenApiDocument;
}

/** Every operation of the document as METHOD /path, with its object. */
export function operationsOf(document: OpenApiDocument): Array<{ method: string; path: string; operation: OpenApiOperation }> {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => HTTP_METHODS.includes(method))
      .map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })),
  );
}

/** JSON pointers (as "a.b.c") where two JSON values differ, the first `limit` of them. */
export function differences(a: Json | undefined, b: Json | undefined, at = '', limit = 20, found: string[] = []): string[] {
  if (found.length >= limit) return found;
  if (JSON.stringify(a) === JSON.stringify(b)) return found;
  const objects = a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b);
  if (!objects) {
    found.push(`${at || '(root)'}: ${JSON.stringify(a)?.slice(0, 80)} ≠ ${JSON.stringify(b)?.slice(0, 80)}`);
    return found;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    differences((a as Record<string, Json>)[key], (b as Record<string, Json>)[key], `${at}/${key}`, limit, found);
  }
  return found;
}

const DIST = join(__dirname, '..', '..', 'dist');

/**
 * Every route the compiled app registers with Fastify, as METHOD /path with {params}: the app is
 * built in a child process (the compiled code, as `npm start` runs it) with an onRoute hook
 * added before Nest registers its routes, then closed without listening.
 */
export async function servedRoutes(env: Record<string, string>): Promise<string[]> {
  const script = `
    const { loadConfig } = require(${JSON.stringify(join(DIST, 'src', 'config', 'load-config.js'))});
    const { createApp } = require(${JSON.stringify(join(DIST, 'src', 'app.factory.js'))});
    (async () => {
      const app = await createApp(loadConfig(process.env));
      const routes = [];
      app.getHttpAdapter().getInstance().addHook('onRoute', (route) => {
        for (const method of [route.method].flat()) routes.push(method + ' ' + route.url);
      });
      await app.init();
      process.stdout.write(JSON.stringify(routes));
      await app.close();
    })().catch((error) => { process.stderr.write(String((error && error.stack) || error)); process.exit(1); });
  `;
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', script], {
    env: childEnv({ LOG_LEVEL: 'silent', ...env }),
    maxBuffer: 4 * 1024 * 1024,
  });
  const routes = JSON.parse(stdout) as string[];
  return [...new Set(routes.map((route) => route.replace(/:(\w+)/g, '{$1}')))].sort();
}
