import { createHmac } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiKeyChecksum, apiKeyShapeOf } from '../src/api-keys/api-key-format';
import {
  bearer,
  createTestDatabase,
  describeWithPostgres,
  migrate,
  PROBLEMS,
  queryDatabase,
  signUp,
  startApp,
  TEST_JWT_SECRET,
  until,
  type Session,
  type TestApp,
  type TestDatabase,
  type TestResponse,
} from './support';
import { checksumOf, currentKey, ISSUED_KEY, mistyped, newKey, randomPart, SCANNER_PATTERN, unissuedKey, viaHeader } from './support/api-keys';

const PEPPER = 'pepper-for-the-checksum-tests-only';
const BAD_CHECKSUM = 'The API key is not valid: its checksum does not match (mistyped or truncated?).';
const UNKNOWN_OR_INACTIVE = 'The API key is not valid or has been deactivated.';
/**
 * A query that reads a key or its owner: what verifying a key costs when it reaches the database.
 * (The usage writer's INSERT of each request's log row, refused ones included, joins both: not a read.)
 */
const KEY_OR_OWNER_READ = /^\s*SELECT\b[\s\S]*\b(FROM|JOIN)\s+"?(api_keys|users)"?/i;

function current(app: TestApp, key: string, how: 'header' | 'bearer' = 'header'): Promise<TestResponse> {
  return currentKey(app, how === 'header' ? viaHeader(key) : bearer(key));
}

/** A 46-character key whose last 6 characters are not the checksum of the 40 before. */
function forgedKey(): string {
  for (;;) {
    const body = randomPart(46);
    if (checksumOf(body.slice(0, 40)) !== body.slice(40)) return `aet_${body}`;
  }
}

describe('the key format (docs/api-keys.md)', () => {
  it('uses zlib’s CRC32 (IEEE): the standard check value, and the worked example of the document', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
    const random = 'Ab3dE9xZq7LmN2pR5sT8vW1yB4cF6hJ9kM3nP5rS';
    expect(crc32(random)).toBe(0xa9a6c510);
    expect(checksumOf(random)).toBe('36chAe');
    expect(apiKeyChecksum(random)).toBe('36chAe');
    const doc = readFileSync(join(__dirname, '..', 'docs', 'api-keys.md'), 'utf8');
    expect(doc).toContain(`aet_${random}36chAe`);
    expect(doc).toContain(String.raw`\baet_[A-Za-z0-9]{46}\b`);
  });

  it('tells the shapes apart offline: checksummed, legacy (40), bad checksum, malformed', () => {
    const key = unissuedKey();
    expect(apiKeyShapeOf(key)).toBe('checksummed');
    expect(apiKeyShapeOf(`aet_${randomPart()}`)).toBe('legacy');
    expect(apiKeyShapeOf(mistyped(key))).toBe('bad-checksum');
    expect(apiKeyShapeOf(mistyped(key, 47))).toBe('bad-checksum');
    for (const malformed of [key.slice(0, -1), `${key}A`, `aet_${randomPart(39)}`, `aet_${randomPart(41)}`, `aet_${randomPart(45)}-`, '']) {
      expect(apiKeyShapeOf(malformed)).toBe('malformed');
    }
  });

  it('catches every single-character typo of a key (CRC32 detects any change of one character)', () => {
    const key = unissuedKey();
    for (let at = 4; at < key.length; at += 1) {
      for (const replacement of 'aZ7') {
        if (key[at] === replacement) continue;
        expect(apiKeyShapeOf(key.slice(0, at) + replacement + key.slice(at + 1))).toBe('bad-checksum');
      }
    }
  });
});

describeWithPostgres('API key checksums over HTTP', () => {
  let database: TestDatabase;
  let app: TestApp;
  let session: Session;

  /** Statements the app logged (DATABASE_ECHO) from log line `from` on that read a key or its owner. */
  const keyReadsSince = (from: number) =>
    app.logs
      .slice(from)
      .filter((entry) => entry.msg === 'query' && KEY_OR_OWNER_READ.test(String(entry.query)))
      .map((entry) => String(entry.query));

  /**
   * The log's length once every statement of the requests made so far is in it. The app's log reaches the test
   * after its response does (a new key's reload by id can arrive late), so a fence request whose lookup always
   * reads the database (a key nobody was given, looked up by its hash) is sent and awaited: the log is in order.
   */
  const logSettled = async (): Promise<number> => {
    const fence = app.logs.length;
    expect((await current(app, unissuedKey())).status).toBe(401);
    await until(
      () => (keyReadsSince(fence).some((query) => query.includes('"key_hash"')) ? true : null),
      5_000,
      'the fence key lookup in the SQL log',
    );
    return app.logs.length;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrate(database.url);
    // Every SQL statement is logged: the test reads what verification asked of the database.
    app = await startApp({ DATABASE_URL: database.url, JWT_SECRET: TEST_JWT_SECRET, API_KEY_PEPPER: PEPPER, DATABASE_ECHO: 'true' });
    session = await signUp(app);
  });
  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  it('issues keys as aet_ + 40 random + their 6-character checksum, which the scanner pattern matches', async () => {
    const { key } = await newKey(app, session);
    expect(key).toMatch(ISSUED_KEY);
    expect(key.slice(44)).toBe(checksumOf(key.slice(4, 44)));
    expect(`leaked in a log: token=${key};`).toMatch(SCANNER_PATTERN);
    expect((await current(app, key)).status).toBe(200);
  });

  it('refuses a mistyped, forged or truncated key with 401 before any cache or database lookup', async () => {
    const { key } = await newKey(app, session);
    const refusals: Array<[string, string, string]> = [
      ['a typo in the random part', mistyped(key), BAD_CHECKSUM],
      ['a typo in the checksum', mistyped(key, 46), BAD_CHECKSUM],
      ['a made-up key of the right shape', forgedKey(), BAD_CHECKSUM],
      ['one character short', key.slice(0, -1), 'malformed'],
      ['one character too many', `${key}x`, 'malformed'],
    ];
    const marker = unissuedKey();
    const from = await logSettled();
    for (const [what, presented, detail] of refusals) {
      // Twice, and both ways of sending a key: nothing is remembered, nothing is looked up.
      for (const response of [await current(app, presented), await current(app, presented), await current(app, presented, 'bearer')]) {
        expect({ what, status: response.status, type: response.body.type }).toEqual({ what, status: 401, type: `${PROBLEMS}invalid-api-key` });
        expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        if (detail === 'malformed') expect(response.body.detail).toMatch(/^The API key is malformed/);
        else expect(response.body.detail).toBe(BAD_CHECKSUM);
      }
    }
    // A well-formed key nobody was given does reach the database: its lookup is the marker that
    // every statement of the requests before it has been logged (one process, one ordered stdout).
    const markerResponse = await current(app, marker);
    expect(markerResponse.status).toBe(401);
    expect(markerResponse.body.detail).toBe(UNKNOWN_OR_INACTIVE);
    const reads = await until(
      () => {
        const seen = keyReadsSince(from);
        return seen.length > 0 ? seen : null;
      },
      5_000,
      'the marker key lookup in the SQL log',
    );
    // Exactly one read of api_keys or users in all those requests: the marker's.
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatch(/"api_keys"/);
  });

  it('keeps keys made before checksums working (aet_ + 40), looked up as before', async () => {
    const legacy = `aet_${randomPart()}`;
    const hash = createHmac('sha256', PEPPER).update(legacy).digest('hex');
    await queryDatabase(database.url, 'INSERT INTO api_keys (user_id, key_hash, name, prefix) VALUES ($1, $2, $3, $4)', [
      session.userId,
      hash,
      'from before',
      legacy.slice(0, 12),
    ]);
    const response = await current(app, legacy);
    expect(response.status).toBe(200);
    expect(response.body.name).toBe('from before');
    // Without a checksum a typo can only be found out by a lookup: unknown.
    const typo = await current(app, mistyped(legacy));
    expect(typo.status).toBe(401);
    expect(typo.body.detail).toBe(UNKNOWN_OR_INACTIVE);
  });
});
