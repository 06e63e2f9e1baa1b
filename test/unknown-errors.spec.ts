import { createHash, randomBytes } from 'node:crypto';
import {
  bearer,
  json,
  queryDatabase,
  signUp,
  startApp,
  startMigratedApp,
  TEST_JWT_SECRET,
  until,
  type MigratedApp,
  type Session,
  type TestApp,
} from './support';
import { runManageDb as manageDb } from './support/manage-db-cli';
import { newApiKey } from './support/limits';
import { awayFromMidnight } from './support/usage-logs';

const FLUSH_MS = 200;
const GIBBERISH = 'Frobnicator halted: widget 8812 at /home/ann/x.cfg';
const GIBBERISH_MASKED = 'Frobnicator halted: widget <n> at <path>';
const PYTHON_ERROR = "ModuleNotFoundError: No module named 'requests'";

interface UnknownRow {
  fingerprint: string;
  day: string;
  language: string;
  masked_line: string;
  count: string;
  first_seen: Date;
  last_seen: Date;
}

/** A miss nobody else sends: a plain word of letters only (digits would be masked away). */
function uniqueMiss(): { text: string; word: string } {
  const word = `Zq${[...randomBytes(6)].map((byte) => String.fromCharCode(97 + (byte % 26))).join('')}`;
  return { text: `${word} reactor overheated at stage 3`, word };
}

describe('unrecognised errors', () => {
  let suite: MigratedApp;
  let app: TestApp;
  let url: string;

  beforeAll(async () => {
    suite = await startMigratedApp({ JWT_SECRET: TEST_JWT_SECRET, UNKNOWN_ERRORS_FLUSH_INTERVAL_MS: String(FLUSH_MS) });
    app = suite.app;
    url = suite.database.url;
  });
  afterAll(async () => suite?.stop());

  const translate = (session: Session, error: string) => app.request('/translate', json('POST', { error }, session.access));
  const rowsLike = (pattern: string): Promise<UnknownRow[]> =>
    queryDatabase(url, 'SELECT *, day::text AS day FROM unknown_errors WHERE masked_line LIKE $1 ORDER BY masked_line', [pattern]);
  /** Sends a fresh miss from a sharing user and waits until it is stored: every miss noted before it is written too. */
  async function barrier(session: Session): Promise<void> {
    const { text, word } = uniqueMiss();
    expect((await translate(session, text)).status).toBe(200);
    await until(async () => (await rowsLike(`${word}%`)).length === 1, 10_000, 'the barrier miss is stored');
  }

  it('fingerprints an unrecognised error with identifiers, paths and numbers masked, and counts it per request', async () => {
    await awayFromMidnight();
    const session = await signUp(app);
    for (let i = 0; i < 2; i++) {
      const answer = await translate(session, GIBBERISH);
      expect(answer.status).toBe(200);
      expect(answer.body.confidence).toBeLessThanOrEqual(0.1);
    }
    const rows = await until(
      async () => {
        const found = await rowsLike('Frobnicator%');
        return found.length === 1 && found[0].count === '2' ? found : null;
      },
      10_000,
      'two misses counted',
    );
    const [row] = rows;
    const today = new Date().toISOString().slice(0, 10);
    expect(row).toMatchObject({ masked_line: GIBBERISH_MASKED, language: 'unknown', count: '2', day: today });
    expect(row.fingerprint).toBe(createHash('sha256').update('unknown').update('\n').update(GIBBERISH_MASKED).digest('hex'));
    expect(row.last_seen.getTime()).toBeGreaterThanOrEqual(row.first_seen.getTime());
    // Nothing of the text itself was kept.
    const everything = JSON.stringify(await queryDatabase(url, 'SELECT * FROM unknown_errors'));
    for (const secret of ['8812', '/home', 'ann', 'x.cfg']) expect(everything).not.toContain(secret);

    // Another user, another widget, another path: the same kind of error, the same fingerprint.
    const other = await signUp(app);
    expect((await translate(other, 'Frobnicator halted: widget 17 at /srv/bob/y.cfg')).status).toBe(200);
    await until(async () => (await rowsLike('Frobnicator%'))[0]?.count === '3', 10_000, 'the third miss counted on the same row');
  });

  it('masks quoted strings, URLs, e-mail addresses, UUIDs, hex and identifiers; keeps error class names and codes', async () => {
    const session = await signUp(app);
    const text = [
      '',
      '   ',
      'WidgetMeltdownException: getUserById failed for "Ann Smith" (ann@example.com) id 550e8400-e29b-41d4-a716-446655440000 at https://api.example.com/v1/users?x=1 ptr 0x7ffee3b0 code E0999',
      '    at somewhere (/app/src/index.js:10:5)',
    ].join('\n');
    expect((await translate(session, text)).status).toBe(200);
    await barrier(session);
    const [row] = await rowsLike('WidgetMeltdownException%');
    expect(row?.masked_line).toBe('WidgetMeltdownException: <id> failed for <str> (<email>) id <uuid> at <url> ptr <hex> code E0999');
  });

  it('a recognised error produces no fingerprint', async () => {
    const session = await signUp(app);
    const counts = () =>
      queryDatabase(url, "SELECT fingerprint, day::text, count FROM unknown_errors WHERE masked_line NOT LIKE 'Zq%' ORDER BY 1, 2");
    const before = await counts();
    const answer = await translate(session, PYTHON_ERROR);
    expect(answer.status).toBe(200);
    expect(answer.body.error_type).toBe('ModuleNotFoundError');
    await barrier(session);
    expect(await counts()).toEqual(before);
    expect(await rowsLike('%requests%')).toEqual([]);
    expect(await rowsLike('ModuleNotFoundError%')).toEqual([]);
  });

  it("an opted-out user's misses produce nothing, with an access token or an API key, at once; opting in again counts again", async () => {
    const session = await signUp(app);
    const key = await newApiKey(app, session);
    const sharing = await signUp(app);
    expect((await app.request('/users/me', bearer(session.access))).body.share_unrecognised_errors).toBe(true);
    // The API key path caches the user: make sure it is cached before the change.
    expect(
      (
        await app.request('/translate', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-key': key },
          body: JSON.stringify({ error: PYTHON_ERROR }),
        })
      ).status,
    ).toBe(200);

    const out = await app.request('/users/me', json('PUT', { share_unrecognised_errors: false }, session.access));
    expect(out.status).toBe(200);
    expect(out.body.share_unrecognised_errors).toBe(false);
    expect((await app.request('/users/me', bearer(session.access))).body.share_unrecognised_errors).toBe(false);
    expect((await queryDatabase(url, 'SELECT share_unrecognised_errors FROM users WHERE id = $1', [session.userId]))[0]).toEqual({
      share_unrecognised_errors: false,
    });

    const viaToken = uniqueMiss();
    const viaKey = uniqueMiss();
    expect((await translate(session, viaToken.text)).status).toBe(200);
    const keyed = await app.request('/translate', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify({ error: viaKey.text }),
    });
    expect(keyed.status).toBe(200);
    await barrier(sharing);
    expect(await rowsLike(`${viaToken.word}%`)).toEqual([]);
    expect(await rowsLike(`${viaKey.word}%`)).toEqual([]);

    const back = await app.request('/users/me', json('PUT', { share_unrecognised_errors: true }, session.access));
    expect(back.body.share_unrecognised_errors).toBe(true);
    const again = uniqueMiss();
    expect((await translate(session, again.text)).status).toBe(200);
    await until(async () => (await rowsLike(`${again.word}%`)).length === 1, 10_000, 'counted again after opting in');
  });

  it('PUT /users/me takes only a JSON boolean for share_unrecognised_errors, and other fields alone leave it unchanged', async () => {
    const session = await signUp(app);
    for (const value of ['false', 0, null, 'no']) {
      const response = await app.request('/users/me', json('PUT', { share_unrecognised_errors: value }, session.access));
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([{ field: 'share_unrecognised_errors', message: 'share_unrecognised_errors must be true or false' }]);
    }
    expect((await app.request('/users/me', json('PUT', { share_unrecognised_errors: false }, session.access))).status).toBe(200);
    const renamed = await app.request('/users/me', json('PUT', { full_name: 'Still Private' }, session.access));
    expect(renamed.body).toMatchObject({ full_name: 'Still Private', share_unrecognised_errors: false });
  });

  it('keeps a 50,000-character miss to one masked line of at most 160 characters', async () => {
    const session = await signUp(app);
    const { word } = uniqueMiss();
    const huge = `${word} ${'blorp '.repeat(8_000)}`.slice(0, 50_000);
    expect((await translate(session, huge)).status).toBe(200);
    const [row] = await until(
      async () => {
        const found = await rowsLike(`${word}%`);
        return found.length === 1 ? found : null;
      },
      10_000,
      'the long miss is stored',
    );
    expect(row.masked_line.length).toBeLessThanOrEqual(160);
    expect(row.masked_line.startsWith(`${word} blorp blorp`)).toBe(true);
  });

  describe('manage-db unknown-errors', () => {
    let env: Record<string, string>;

    beforeAll(async () => {
      env = { DATABASE_URL: url, JWT_SECRET: TEST_JWT_SECRET };
      // Older counts of the same fingerprint (inside and outside a short window), and another one.
      const [frob] = await rowsLike('Frobnicator%');
      await queryDatabase(
        url,
        `INSERT INTO unknown_errors (fingerprint, day, language, masked_line, count, first_seen, last_seen) VALUES
           ($1, (now() AT TIME ZONE 'UTC')::date - 5, 'unknown', $2, 4, now() - interval '5 days', now() - interval '5 days'),
           ('${'f'.repeat(64)}', (now() AT TIME ZONE 'UTC')::date - 2, 'go', 'Grommet sprocket <n> jammed', 2, now() - interval '2 days', now() - interval '2 days')`,
        [frob.fingerprint, GIBBERISH_MASKED],
      );
    });

    it('lists the most frequent misses of the window with their count, language and first and last seen', async () => {
      const result = await manageDb(['unknown-errors', '--days', '30'], env);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const lines = result.stdout.trimEnd().split('\n');
      expect(lines[0]).toMatch(/^unrecognised errors in the last 30 days: \d+ fingerprints shown, \d+ requests$/);
      expect(lines[1]).toMatch(/^count\s+language\s+first seen\s+last seen\s+line$/);
      // 3 today + 4 five days ago: the most frequent, first.
      expect(lines[2]).toMatch(
        new RegExp(`^\\s*7\\s+unknown\\s+\\d{4}-\\d\\d-\\d\\dT\\S+Z\\s+\\d{4}-\\d\\d-\\d\\dT\\S+Z\\s+${escape(GIBBERISH_MASKED)}$`),
      );
      expect(result.stdout).toMatch(/^\s*2\s+go\s+\S+\s+\S+\s+Grommet sprocket <n> jammed$/m);

      const json = JSON.parse((await manageDb(['unknown-errors', '--days', '3', '--limit', '2', '--json'], env)).stdout);
      expect(json).toMatchObject({ days: 3, limit: 2 });
      expect(json.unknown_errors).toHaveLength(2);
      expect(json.unknown_errors[0]).toEqual({
        fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
        language: 'unknown',
        line: GIBBERISH_MASKED,
        count: 3,
        first_seen: expect.any(String),
        last_seen: expect.any(String),
      });

      const today = JSON.parse((await manageDb(['unknown-errors', '--days', '1', '--json'], env)).stdout);
      expect(today.unknown_errors.find((entry: { line: string }) => entry.line === GIBBERISH_MASKED).count).toBe(3);
      expect(today.unknown_errors.some((entry: { language: string }) => entry.language === 'go')).toBe(false);
    });

    it('refuses a bad --days or --limit (exit 2) and documents both', async () => {
      const days = await manageDb(['unknown-errors', '--days', '0'], env);
      expect(days.code).toBe(2);
      expect(days.stderr).toBe("manage-db: --days must be a whole number from 1 to 36500, not '0'\n");
      const limit = await manageDb(['unknown-errors', '--limit', 'all'], env);
      expect(limit.code).toBe(2);
      expect(limit.stderr).toBe("manage-db: --limit must be a whole number from 1 to 1000, not 'all'\n");
      const help = await manageDb(['help', 'unknown-errors'], env);
      expect(help.stdout).toMatch(/^Usage: manage-db unknown-errors \[--days N\] \[--limit N\] \[--json\]\n/);
    });
  });
});

describe('unrecognised errors: bounded buffer, flush on shutdown, retention', () => {
  let suite: MigratedApp;

  beforeAll(async () => {
    // Started only to make and migrate the database; each test starts its own instance on it.
    suite = await startMigratedApp({ JWT_SECRET: TEST_JWT_SECRET });
    await suite.app.stop();
  });
  afterAll(async () => suite?.database.drop());

  it('holds at most UNKNOWN_ERRORS_BUFFER_LIMIT fingerprints between flushes, and writes them on SIGTERM', async () => {
    const app = await startApp({
      DATABASE_URL: suite.database.url,
      JWT_SECRET: TEST_JWT_SECRET,
      UNKNOWN_ERRORS_BUFFER_LIMIT: '3',
      // Never during the test: only the shutdown writes.
      UNKNOWN_ERRORS_FLUSH_INTERVAL_MS: '600000',
    });
    try {
      const session = await signUp(app);
      const words = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo'];
      for (const word of words) {
        const answer = await app.request('/translate', json('POST', { error: `Sprocket ${word} wobbled twice` }, session.access));
        expect(answer.status).toBe(200);
      }
      // Alpha again: already buffered, so it still counts though the buffer is full.
      expect((await app.request('/translate', json('POST', { error: 'Sprocket Alpha wobbled twice' }, session.access))).status).toBe(200);
      expect(await queryDatabase(suite.database.url, 'SELECT * FROM unknown_errors')).toEqual([]);
    } finally {
      expect(await app.stop()).toBe(0);
    }
    const rows = await queryDatabase(suite.database.url, 'SELECT masked_line, count FROM unknown_errors ORDER BY masked_line');
    expect(rows).toEqual([
      { masked_line: 'Sprocket Alpha wobbled twice', count: '2' },
      { masked_line: 'Sprocket Bravo wobbled twice', count: '1' },
      { masked_line: 'Sprocket Charlie wobbled twice', count: '1' },
    ]);
    expect(app.logs.some((line) => String(line.msg).includes('unrecognised-error buffer full (3 fingerprints): 2 miss(es) not counted'))).toBe(
      true,
    );
  }, 60_000);

  it('the scheduled clean-up deletes counts older than UNKNOWN_ERRORS_RETENTION_DAYS and keeps the rest', async () => {
    const url = suite.database.url;
    await queryDatabase(url, 'DELETE FROM unknown_errors');
    await queryDatabase(
      url,
      `INSERT INTO unknown_errors (fingerprint, day, language, masked_line, count, first_seen, last_seen)
       SELECT md5(age::text) || md5(age::text), (now() AT TIME ZONE 'UTC')::date - age, 'unknown', 'aged ' || age, 1, now(), now()
         FROM unnest(ARRAY[0, 5, 90, 91, 100, 400]) AS age`,
    );
    const app = await startApp({
      DATABASE_URL: url,
      JWT_SECRET: TEST_JWT_SECRET,
      SCHEDULER_ENABLED: 'true',
      UNKNOWN_ERRORS_RETENTION_DAYS: '90',
      CLEANUP_UNKNOWN_ERRORS_CRON: '* * * * * *',
    });
    try {
      await until(
        () => app.logs.find((line) => line.job === 'cleanup-unknown-errors' && typeof line.deleted === 'number' && line.deleted > 0),
        15_000,
        'a clean-up run',
      );
      const kept = await queryDatabase(url, "SELECT masked_line FROM unknown_errors ORDER BY (now() AT TIME ZONE 'UTC')::date - day");
      expect(kept.map((row) => row.masked_line)).toEqual(['aged 0', 'aged 5', 'aged 90']);
      const run = app.logs.find((line) => line.job === 'cleanup-unknown-errors' && typeof line.deleted === 'number' && line.deleted > 0);
      expect(run).toMatchObject({ context: 'Maintenance', deleted: 3 });
    } finally {
      await app.stop();
    }
  }, 60_000);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
