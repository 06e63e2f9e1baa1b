import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startMigratedApp, type MigratedApp } from './support';
import { differences, operationsOf, OPENAPI_PATH, readCommittedDocument, type Json, type OpenApiDocument } from './support/openapi';

const ROOT = join(__dirname, '..');
const REDOCLY = join(ROOT, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');
const PROBLEM_REFS = ['#/components/schemas/ProblemDetails', '#/components/schemas/ValidationProblem'];

/** Every `$ref` under a JSON value. */
function refsIn(value: Json | undefined): string[] {
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap(refsIn);
  return Object.entries(value).flatMap(([key, inner]) => (key === '$ref' && typeof inner === 'string' ? [inner] : refsIn(inner)));
}

/** Schema properties that say `object` and nothing of their shape: what generated clients type as unknown. */
function untypedObjects(document: OpenApiDocument): string[] {
  const found: string[] = [];
  for (const [name, schema] of Object.entries(document.components.schemas)) {
    const properties = ((schema as Record<string, Json>).properties ?? {}) as Record<string, Record<string, Json>>;
    for (const [property, definition] of Object.entries(properties)) {
      const shaped = ['properties', 'additionalProperties', '$ref', 'allOf', 'oneOf', 'anyOf', 'items'].some((key) => key in definition);
      if (definition.type === 'object' && !shaped) found.push(`${name}.${property}`);
      if (definition.type === undefined && !shaped) found.push(`${name}.${property} (no type)`);
    }
  }
  return found;
}

describe('the OpenAPI document (openapi.json)', () => {
  const document = readCommittedDocument();
  const operations = operationsOf(document);

  describe('matches what the app serves', () => {
    let service: MigratedApp;
    beforeAll(async () => {
      service = await startMigratedApp();
    });
    afterAll(async () => {
      await service?.stop();
    });

    it('GET /docs-json is openapi.json exactly (else: run npm run openapi and commit openapi.json)', async () => {
      const served = await service.app.request('/docs-json');
      expect(served.status).toBe(200);
      const drift = differences(document as unknown as Json, served.body as Json);
      if (drift.length > 0 || JSON.stringify(document) !== JSON.stringify(served.body)) {
        throw new Error(
          `${OPENAPI_PATH} differs from what the app serves at /docs-json: run \`npm run openapi\` and commit openapi.json.\n` +
            `First differences (committed ≠ served):\n  ${drift.join('\n  ') || 'the order of keys'}`,
        );
      }
    });
  });

  it('passes Redocly CLI (redocly.yaml: recommended-strict) with no errors and no warnings', async () => {
    const run = await promisify(execFile)(process.execPath, [REDOCLY, 'lint', OPENAPI_PATH, '--format', 'json'], {
      cwd: ROOT,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? '', stderr: error.stderr ?? '' }));
    const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as {
      totals: { errors: number; warnings: number; ignored: number };
      problems: Array<{ ruleId: string; severity: string; message: string; location: Array<{ pointer: string }> }>;
    };
    const listed = report.problems.map(
      (problem) => `${problem.severity} ${problem.ruleId} at ${problem.location[0]?.pointer}: ${problem.message}`,
    );
    expect(listed).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });

  it('names every operation with a unique, readable operationId', () => {
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(ids.filter((id) => !/^[a-z][a-zA-Z]+$/.test(id ?? ''))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'login',
        'register',
        'refreshToken',
        'logout',
        'getMe',
        'updateMe',
        'translate',
        'createApiKey',
        'listApiKeys',
        'getUsage',
      ]),
    );
  });

  it('gives every operation its security: none, bearer, or API key or bearer', () => {
    const shapes = operations.map(({ method, path, operation }) => `${method} ${path} ${JSON.stringify(operation.security)}`);
    const allowed = /^\S+ \S+ (\[\]|\[\{"bearer":\[\]\}\]|\[\{"api-key":\[\]\},\{"bearer":\[\]\}\])$/;
    expect(shapes.filter((shape) => !allowed.test(shape))).toEqual([]);
    expect(operations.find(({ path, method }) => method === 'POST' && path === '/translate')!.operation.security).toEqual([
      { 'api-key': [] },
      { bearer: [] },
    ]);
    expect(operations.find(({ path, method }) => method === 'POST' && path === '/auth/login')!.operation.security).toEqual([]);
  });

  it('documents a success response with a schema and an example for every operation (204 has no body)', () => {
    const missing: string[] = [];
    for (const { method, path, operation } of operations) {
      const successes = Object.entries(operation.responses).filter(([status]) => /^2\d\d$/.test(status));
      if (successes.length === 0) missing.push(`${method} ${path}: no 2xx`);
      for (const [status, response] of successes) {
        if (status === '204') continue;
        const media = response.content?.['application/json'];
        if (!media?.schema) missing.push(`${method} ${path} ${status}: no schema`);
        if (media?.example === undefined && media?.examples === undefined) missing.push(`${method} ${path} ${status}: no example`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('documents every problem as application/problem+json with the shared problem schema and an example', () => {
    const wrong: string[] = [];
    for (const { method, path, operation } of operations) {
      const problems = Object.entries(operation.responses).filter(([status]) => /^[45]\d\d$/.test(status));
      for (const [status, response] of problems) {
        const types = Object.keys(response.content ?? {});
        const media = response.content?.['application/problem+json'];
        const refs = refsIn(media?.schema);
        if (types.join() !== 'application/problem+json') wrong.push(`${method} ${path} ${status}: ${types.join() || 'no content'}`);
        else if (refs.length === 0 || refs.some((ref) => !PROBLEM_REFS.includes(ref)))
          wrong.push(`${method} ${path} ${status}: schema ${JSON.stringify(media?.schema)}`);
        else if (
          !media?.examples ||
          Object.values(media.examples).some((example) => (example.value as { status?: number }).status !== Number(status))
        ) {
          wrong.push(`${method} ${path} ${status}: examples missing or of another status`);
        }
      }
    }
    expect(wrong).toEqual([]);
    // Every route that can refuse a credential says so; every JSON body can be refused.
    const secured = operations.filter(({ operation }) => (operation.security ?? []).length > 0);
    expect(secured.filter(({ operation }) => !operation.responses['401']).map(({ method, path }) => `${method} ${path}`)).toEqual([]);
    const withBodies = operations.filter(({ operation }) => operation.requestBody);
    expect(
      withBodies
        .filter(({ operation }) => !['400', '413', '415'].every((status) => operation.responses[status]))
        .map(({ method, path }) => `${method} ${path}`),
    ).toEqual([]);
  });

  it('types every field: no bare `object`, no field without a type', () => {
    expect(untypedObjects(document)).toEqual([]);
    const register = document.components.schemas.RegisterDto as { properties: Record<string, Json> };
    expect(register.properties.full_name).toMatchObject({ type: 'string', nullable: true });
    const createKey = document.components.schemas.CreateApiKeyDto as { properties: Record<string, Json> };
    expect(createKey.properties.expires_at).toMatchObject({ type: 'string', format: 'date-time', nullable: true });
  });

  it('documents the rate-limit and quota headers where they are sent, and X-Request-Id on every answer', () => {
    const translate = operations.find(({ path, method }) => method === 'POST' && path === '/translate')!.operation;
    expect(Object.keys((translate.responses['200'] as { headers?: object }).headers ?? {})).toEqual(
      expect.arrayContaining([
        'X-Request-Id',
        'RateLimit-Limit',
        'RateLimit-Remaining',
        'RateLimit-Reset',
        'X-Quota-Limit',
        'X-Quota-Remaining',
        'X-Quota-Reset',
      ]),
    );
    expect(Object.keys((translate.responses['429'] as { headers?: object }).headers ?? {})).toEqual(
      expect.arrayContaining(['Retry-After', 'RateLimit-Limit']),
    );
    const withoutRequestId = operations.flatMap(({ method, path, operation }) =>
      Object.entries(operation.responses)
        .filter(([, response]) => !(response as { headers?: Record<string, unknown> }).headers?.['X-Request-Id'])
        .map(([status]) => `${method} ${path} ${status}`),
    );
    expect(withoutRequestId).toEqual([]);
  });
});
