import fc from 'fast-check';
import {
  GOOD_PASSWORD,
  json,
  login,
  signUp,
  startMigratedApp,
  TEST_JWT_SECRET,
  type MigratedApp,
  type TestApp,
  type TestResponse,
} from './support';
import { FakeStripeServer } from './support/fake-stripe-server';

/**
 * Property-based fuzzing of every route the served OpenAPI document lists (and the Stripe webhook,
 * which it hides), with hostile values in every body field, query and path parameter, sent
 * unauthenticated and authenticated. Whatever comes in: no 5xx, an answer in time, a problem+json
 * for every 4xx, no stack trace or SQL in any body, and a ready server afterwards.
 *
 * Each run explores new inputs; the seed is printed (and in the test name): FUZZ_SEED=<seed>
 * replays a run. FUZZ_RUNS sets the inputs tried per route and way of authenticating.
 */
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
/** Generous: the machine is small and shared; a hang is far longer than any honest answer. */
const REQUEST_TIMEOUT_MS = 15_000;

type Schema = {
  type?: string;
  $ref?: string;
  properties?: Record<string, Schema>;
  enum?: string[];
  format?: string;
  example?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
};
type Parameter = { name: string; in: 'path' | 'query' | 'header'; schema?: Schema };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  security?: Array<Record<string, unknown>>;
};
type OpenApi = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };

interface Route {
  method: string;
  /** As the document writes it: /users/me/api-keys/{key_id}. */
  path: string;
  pathParams: Parameter[];
  queryParams: Parameter[];
  body: Schema | null;
  /** Whether an API key is one of the ways in (the product routes). */
  apiKey: boolean;
}

type Auth = 'none' | 'bearer' | 'api-key' | 'garbage';

interface Input {
  auth: Auth;
  garbageAuth: string;
  pathValues: string[];
  query: string;
  body: string | undefined;
  contentType: string;
}

// --- hostile values --------------------------------------------------------------------------

const INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  '" OR ""="',
  '1; SELECT pg_sleep(10)--',
  "admin'--",
  '${7*7}',
  '{{7*7}}',
  '#{7*7}',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '../../../../etc/passwd',
  '..%2f..%2fetc%2fpasswd',
  '%00',
  '%s%s%s%s%n',
  '\r\nSet-Cookie: pwned=1',
  '$where',
  '__proto__',
  'constructor',
  'toString',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '1e309',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  'aet_' + 'A'.repeat(40),
  'Bearer',
  '\u202e\u0000\u200b',
];

const LONE_SURROGATES = ['\uD800', '\uDFFF', 'a\uD83Db', '\uDE00x@example.com', 'ada\uD800@example.com'];

const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...INJECTIONS),
  fc.constantFrom(...LONE_SURROGATES),
  fc.tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 })).map(([a, b]) => `${a}\u0000${b}`),
  fc.constantFrom('a\u0000@example.com', 'ada@exa\u0000mple.com', '\u0000'),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('\uD800', '\uDC00', 'a', '\u0000', '😀', '\\', '"', '%'), maxLength: 20 }),
  fc.integer({ min: 256, max: 300_000 }).map((n) => 'A'.repeat(n)),
  fc.constantFrom(`${'a'.repeat(64)}@${'b'.repeat(250)}.com`, `"@"@example.com`, 'UPPER@EXAMPLE.COM', ' spaced @example.com '),
);

/** Deep nesting, written as text: JSON.stringify itself would overflow on the deepest. */
const deepJson: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 100, max: 12_000 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
  fc.integer({ min: 100, max: 12_000 }).map((n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n)),
);

/** A JSON text that is not what the field wants: wrong types, deep, huge, prototype keys. */
const hostileJson: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: hostileString.map((text) => JSON.stringify(text)), weight: 5 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value) ?? 'null'), weight: 3 },
  { arbitrary: fc.constantFrom('1e400', '-0', '123456789012345678901234567890', '1.5', '-1', '0', 'true', 'null', '{}', '[]', '""'), weight: 2 },
  { arbitrary: deepJson, weight: 1 },
  {
    arbitrary: fc.constantFrom(
      '{"__proto__":{"is_admin":true,"subscription_tier":"enterprise"}}',
      '{"constructor":{"prototype":{"polluted":true}}}',
      '{"toString":1,"valueOf":"x","hasOwnProperty":null}',
    ),
    weight: 1,
  },
);

/** Something the field would accept, so that hostile values elsewhere reach the code behind it. */
function validJson(name: string, schema: Schema): fc.Arbitrary<string> {
  if (schema.enum) return fc.constantFrom(...schema.enum).map((value) => JSON.stringify(value));
  if (schema.type === 'integer' || schema.type === 'number') {
    return fc.integer({ min: schema.minimum ?? 0, max: schema.maximum ?? 1000 }).map(String);
  }
  if (schema.type === 'boolean') return fc.boolean().map(String);
  if (schema.format === 'date-time') return fc.constant(JSON.stringify(new Date(Date.now() + 86_400_000 * 30).toISOString()));
  if (/email/.test(name)) return fc.emailAddress().map((email) => JSON.stringify(email));
  // Never the account's current password: a fuzzed change of it would lock the test out.
  if (name === 'current_password') return fc.constant(JSON.stringify('Not-The-Password-1'));
  if (/password/.test(name)) return fc.constant(JSON.stringify(GOOD_PASSWORD));
  const text = fc.string({ minLength: Math.max(1, schema.minLength ?? 1), maxLength: Math.min(schema.maxLength ?? 40, 40) });
  return (typeof schema.example === 'string' ? fc.oneof(fc.constant(schema.example), text) : text).map((value) => JSON.stringify(value));
}

const fieldValue = (name: string, schema: Schema): fc.Arbitrary<string> =>
  fc.oneof({ arbitrary: validJson(name, schema), weight: 1 }, { arbitrary: hostileJson, weight: 2 });

/** An object written as text, so that keys may repeat and `__proto__` is a plain key. */
const objectText = (entries: Array<[string, string]>): string =>
  `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(',')}}`;

const extraKeys = fc.array(
  fc.tuple(fc.constantFrom('__proto__', 'constructor', 'prototype', 'is_admin', 'id', 'subscription_tier', 'password_hash', 'x'), hostileJson),
  { maxLength: 3 },
);

function bodyFor(schema: Schema | null): fc.Arbitrary<string | undefined> {
  const properties = Object.entries(schema?.properties ?? {});
  const fields = fc.tuple(
    ...properties.map(([name, property]) => fc.option(fieldValue(name, property), { nil: undefined }).map((value) => [name, value] as const)),
  );
  const asObject = fc
    .tuple(fields, extraKeys)
    .map(([given, extra]) =>
      objectText([
        ...given
          .filter((entry): entry is readonly [string, string] => entry[1] !== undefined)
          .map(([name, value]) => [name, value] as [string, string]),
        ...extra,
      ]),
    );
  const bodies: Array<fc.WeightedArbitrary<string | undefined>> = [
    { arbitrary: asObject, weight: 6 },
    { arbitrary: hostileJson, weight: 2 },
    { arbitrary: fc.constantFrom('{', '{"a":', 'nul', '\u0000', "{'a':1}", '[1,]', '{"a":1}}', '', ' ', '\uFEFF{}'), weight: 1 },
    // Many distinct keys: the cost of refusing unknown fields must not explode.
    {
      arbitrary: fc.integer({ min: 1_000, max: 20_000 }).map((n) => objectText(Array.from({ length: n }, (_, i) => [`k${i}`, '1']))),
      weight: 1,
    },
    { arbitrary: fc.constant(undefined), weight: 1 },
  ];
  if (properties.length > 0) {
    // The same key twice: the parser keeps one, and whichever it keeps must be validated.
    const duplicated = fc.tuple(fc.constantFrom(...properties), hostileJson).chain(([[name, property], hostile]) =>
      validJson(name, property).map((valid) =>
        objectText([
          [name, valid],
          [name, hostile],
        ]),
      ),
    );
    bodies.push({ arbitrary: duplicated, weight: 2 });
  }
  return fc.oneof(...bodies);
}

/**
 * encodeURIComponent, but for any string: a lone surrogate (which encodeURIComponent refuses) is
 * sent as the bytes a careless client would send, its WTF-8 encoding (%ED%A0%80 for U+D800).
 */
function encodeAny(text: string): string {
  let encoded = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff) {
      encoded += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        .map((byte) => `%${byte.toString(16).toUpperCase()}`)
        .join('');
    } else encoded += encodeURIComponent(char);
  }
  return encoded;
}

/** A query string: the declared parameters with hostile values, repeated, bracketed or undeclared. */
function queryFor(params: Parameter[]): fc.Arbitrary<string> {
  const names = [...params.map((param) => param.name), '__proto__', 'constructor', 'x'];
  const pair = fc.tuple(
    fc.constantFrom(...names).chain((name) => fc.constantFrom(name, `${name}[]`, `${name}[a]`)),
    fc.oneof(
      fc.integer({ min: -1_000, max: 1_000 }).map(String),
      hostileString.map((text) => (text.length > 4_000 ? text.slice(0, 4_000) : text)),
    ),
    fc.boolean(),
  );
  return fc
    .array(pair, { maxLength: 4 })
    .map((pairs) =>
      pairs
        .map(
          ([name, value, raw]) =>
            `${encodeAny(name)}=${raw ? [...value].map((char) => (/^[\x21-\x7e]$/.test(char) ? char : encodeAny(char))).join('') : encodeAny(value)}`,
        )
        .join('&'),
    );
}

/** Path segments: hostile values, mostly encoded; some raw escapes the router must refuse cleanly. */
const pathValue: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.uuid().map(String), weight: 1 },
  { arbitrary: hostileString.map((text) => encodeAny(text.length > 4_000 ? text.slice(0, 4_000) : text)), weight: 4 },
  { arbitrary: fc.constantFrom('%', '%zz', '%C0%AF', '%ED%A0%80', '..%2F..%2F', '%00', '%2e%2e', 'a%2Fb'), weight: 1 },
);

/** A header value fetch can send (printable ASCII), but no credential we issued. */
const garbageAuthorization = fc.oneof(
  fc.constantFrom('Bearer ', 'Bearer null', 'Basic YWRtaW46YWRtaW4=', 'Bearer aet_', 'Bearer eyJhbGciOiJub25lIn0.e30.'),
  fc
    .string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 300 })
    .map((text) => `Bearer ${text}`),
);

// --- checks ----------------------------------------------------------------------------------

/** A stack frame: "at fn (/app/dist/x.js:1:2)" or "at /app/dist/x.js:1:2". */
const STACK = /\bat [^\s()]+ \([^)]*:\d+:\d+\)|\bat \/[^\s]+\.js:\d+/;
/** What PostgreSQL or TypeORM would say: the statement, or the server's own error wording. */
const SQL =
  /QueryFailedError|syntax error at or near|violates (?:unique|foreign key|not-null|check) constraint|invalid (?:byte sequence|input syntax|input value)|relation ".+" does not exist|column ".+" (?:of relation|does not exist)|\b(?:SELECT|INSERT INTO|UPDATE|DELETE FROM)\b[^\n]{0,200}\$\d/;

function problemWith(route: Route, response: TestResponse): string | null {
  if (response.status >= 500) return `answered ${response.status}: ${response.text.slice(0, 300)}`;
  if (STACK.test(response.text)) return `a stack trace in the body: ${response.text.slice(0, 300)}`;
  // The translator may quote the error it was given; everywhere else SQL text means a leak.
  const quotesInput = route.path === '/translate' && response.status < 300;
  if (!quotesInput && SQL.test(response.text)) return `SQL in the body: ${response.text.slice(0, 300)}`;
  if (response.status >= 400 && !/^application\/problem\+json/.test(response.headers.get('content-type') ?? '')) {
    return `a ${response.status} that is not problem+json: ${response.headers.get('content-type')} ${response.text.slice(0, 200)}`;
  }
  return null;
}

// --- the routes, from the served document ----------------------------------------------------

function routesOf(document: OpenApi): Route[] {
  const resolve = (schema: Schema | undefined): Schema | null => {
    if (!schema) return null;
    return schema.$ref ? document.components.schemas[schema.$ref.split('/').pop()!] : schema;
  };
  const routes: Route[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const params = operation.parameters ?? [];
      routes.push({
        method: method.toUpperCase(),
        path,
        pathParams: params.filter((param) => param.in === 'path'),
        queryParams: params.filter((param) => param.in === 'query'),
        body: resolve(operation.requestBody?.content['application/json']?.schema),
        apiKey: (operation.security ?? []).some((requirement) => 'api-key' in requirement),
      });
    }
  }
  // Hidden from the document (Stripe calls it), so fuzzed here without a signature: always a 4xx.
  routes.push({ method: 'POST', path: '/billing/webhook', pathParams: [], queryParams: [], body: null, apiKey: false });
  return routes;
}

/** A user with an access token and an API key, logged in again whenever a fuzzed request ended the session. */
class Account {
  email = '';
  access = '';
  apiKey = '';

  constructor(private readonly app: TestApp) {}

  async open(): Promise<void> {
    const session = await signUp(this.app);
    this.email = session.email;
    this.access = session.access;
    const created = await this.app.request('/users/me/api-keys', json('POST', { name: 'fuzz' }, this.access));
    if (created.status !== 201) throw new Error(`API key not created: ${created.status} ${created.text}`);
    this.apiKey = created.body.key;
  }

  /** After a request that may have logged out, changed the email or the password. */
  async revive(): Promise<void> {
    const me = await this.app.request('/users/me', { headers: { authorization: `Bearer ${this.access}` } });
    if (me.status === 200) {
      this.email = me.body.email;
      return;
    }
    const again = await login(this.app, this.email);
    if (again.status !== 200) throw new Error(`cannot log in again as ${this.email}: ${again.status} ${again.text}`);
    this.access = again.body.access_token;
  }
}

/** Routes whose success can end or change the session the next requests use. */
const SESSION_CHANGING = new Set(['POST /auth/logout', 'PUT /users/me', 'POST /users/me/change-password', 'DELETE /users/me/api-keys/{key_id}']);

describe(`fuzz: every documented route with hostile input (seed ${SEED}, ${RUNS} runs per route and way in)`, () => {
  let service: MigratedApp;
  let stripe: FakeStripeServer;
  let app: TestApp;
  let account: Account;
  let routes: Route[];

  beforeAll(async () => {
    console.log(`fuzz seed: ${SEED} (replay with FUZZ_SEED=${SEED})`);
    stripe = await FakeStripeServer.start();
    service = await startMigratedApp({
      JWT_SECRET: TEST_JWT_SECRET,
      STRIPE_SECRET_KEY: 'sk_test_fuzz',
      STRIPE_WEBHOOK_SECRET: 'whsec_fuzz',
      STRIPE_PRICE_PRO: 'price_fuzz_pro',
      STRIPE_PRICE_ENTERPRISE: 'price_fuzz_enterprise',
      STRIPE_API_URL: stripe.url,
      // Limits are not under test here: a fuzzed login or password re-check must not lock the account out.
      RATE_LIMIT_FREE: '10000000',
      QUOTA_FREE: 'unlimited',
      LOGIN_MAX_FAILURES: '1000',
      LOGIN_IP_MAX_FAILURES: '1000',
      LOGIN_ACCOUNT_MAX_FAILURES: '1000',
      // …nor a sign-up limit stop the account being opened again after a fuzzed deletion.
      SIGNUP_LIMIT_PER_IP: '100000',
      API_KEY_CAP_FREE: '5',
    });
    app = service.app;
    account = new Account(app);
    await account.open();
    const document = await app.request('/docs-json');
    routes = routesOf(document.body as OpenApi);
  });
  afterAll(async () => {
    await service?.stop();
    await stripe?.close();
  });

  async function send(route: Route, input: Input): Promise<TestResponse | string> {
    let path = route.path;
    route.pathParams.forEach((param, index) => (path = path.replace(`{${param.name}}`, input.pathValues[index] ?? 'x')));
    const headers: Record<string, string> = {};
    if (input.auth === 'bearer') headers.authorization = `Bearer ${account.access}`;
    if (input.auth === 'api-key') headers['x-api-key'] = account.apiKey;
    if (input.auth === 'garbage') headers.authorization = input.garbageAuth;
    const withBody = route.method !== 'GET' && route.method !== 'HEAD' && input.body !== undefined;
    if (withBody) headers['content-type'] = input.contentType;
    try {
      return await app.request(`${path}${input.query ? `?${input.query}` : ''}`, {
        method: route.method,
        headers,
        body: withBody ? input.body : undefined,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      const cause =
        (error as Error).name === 'TimeoutError' ? `no answer within ${REQUEST_TIMEOUT_MS} ms` : `no answer: ${(error as Error).message}`;
      return cause;
    }
  }

  /** For a 5xx: what the server logged for that request id, to tell one cause from another. */
  async function serverSaid(response: TestResponse): Promise<string> {
    const requestId = response.headers.get('x-request-id');
    if (response.status < 500 || !requestId) return '';
    await new Promise((resolve) => setTimeout(resolve, 50));
    const line = app.logs.find((entry) => entry.reqId === requestId && (entry.level as number) >= 50);
    const err = line?.err as { type?: string; message?: string } | undefined;
    return err ? ` (server log: ${err.type}: ${String(err.message).slice(0, 200)})` : '';
  }

  /** A compact, truncated picture of an input, for the report. */
  const describeInput = (input: Input): string => {
    const text = JSON.stringify({ ...input, garbageAuth: input.auth === 'garbage' ? input.garbageAuth : undefined });
    return text.length > 400 ? `${text.slice(0, 400)}… (${text.length} characters)` : text;
  };

  it('no 5xx, no hang, no stack trace or SQL, a problem for every 4xx; and the server is ready afterwards', async () => {
    expect(routes.length).toBeGreaterThanOrEqual(20);
    // Every distinct failure (route, and what went wrong) once, with the first input that showed it:
    // the run goes on past a failure so that one fault does not hide the others.
    const failures = new Map<string, string>();
    let requests = 0;
    for (const route of routes) {
      const ways: Auth[] = ['none', 'garbage', 'bearer', ...(route.apiKey ? (['api-key'] as Auth[]) : [])];
      const input: fc.Arbitrary<Input> = fc.record({
        auth: fc.constantFrom(...ways),
        garbageAuth: garbageAuthorization,
        pathValues: fc.tuple(...route.pathParams.map(() => pathValue)),
        query: queryFor(route.queryParams),
        body: bodyFor(route.body),
        contentType: fc.oneof(
          { arbitrary: fc.constant('application/json'), weight: 8 },
          {
            arbitrary: fc.constantFrom(
              'application/json; charset=utf-16',
              'text/plain',
              'application/x-www-form-urlencoded',
              'APPLICATION/JSON',
            ),
            weight: 1,
          },
        ),
      });
      const name = `${route.method} ${route.path}`;
      await fc.assert(
        fc.asyncProperty(input, async (given) => {
          requests += 1;
          const response = await send(route, given);
          // The body's password field is fuzzed with the real one too, so the deletion can succeed.
          if (name === 'DELETE /users/me' && typeof response !== 'string' && response.status === 204) await account.open();
          else if (SESSION_CHANGING.has(name) && given.auth === 'bearer') await account.revive();
          const problem = typeof response === 'string' ? response : problemWith(route, response);
          if (!problem) return;
          const said = typeof response === 'string' ? '' : await serverSaid(response);
          const key = `${name}: ${problem.replace(/quote request id [0-9a-f-]+ /, 'quote request id … ')}${said}`;
          if (!failures.has(key)) failures.set(key, describeInput(given));
        }),
        { seed: SEED, numRuns: RUNS * ways.length },
      );
    }

    console.log(`fuzz: ${requests} requests to ${routes.length} routes, seed ${SEED}, ${failures.size} distinct failures`);
    const ready = await app.request('/health/ready');
    expect(app.process.exitCode).toBeNull();
    expect(ready.status).toBe(200);
    expect([...failures].map(([failure, example]) => `${failure}\n    input: ${example}`)).toEqual([]);
  }, 240_000);
});
