import { AnswerIdSigner } from '../src/translator/answer-id';
import {
  json,
  PROBLEMS,
  queryDatabase,
  signUp,
  startMigratedApp,
  TEST_JWT_SECRET,
  type MigratedApp,
  type Session,
  type TestApp,
  type TestResponse,
} from './support';
import { runManageDb as manageDb } from './support/manage-db-cli';
import { newApiKey } from './support/limits';

/** The compiled CLI, run as `npm run manage-db` runs it (see manage-db.spec.ts). */
const ANSWER_ID_SECRET = 'answer-id-secret-for-this-suite-only-0123456789';
const DAY_MS = 86_400_000;
/** Requests per minute for the free tier in this suite: each test signs up its own users. */
const RATE_LIMIT = 40;

const PYTHON_ERROR = "ModuleNotFoundError: No module named 'requests'";
const GIBBERISH = 'Frobnicator halted: widget 8812 at /home/ann/x.cfg';

interface FeedbackRow {
  user_id: string;
  answer_id: string;
  language: string;
  error_type: string;
  pattern_id: string | null;
  helpful: boolean;
  comment: string | null;
  answered_at: Date;
  created_at: Date;
  updated_at: Date;
}

describe('answer ids and POST /translate/feedback', () => {
  let suite: MigratedApp;
  let app: TestApp;
  let url: string;
  /** The service's own signer (same secret): tells genuine ids from others, and makes old ones. */
  const signer = new AnswerIdSigner(ANSWER_ID_SECRET);

  beforeAll(async () => {
    suite = await startMigratedApp({
      JWT_SECRET: TEST_JWT_SECRET,
      ANSWER_ID_SECRET,
      ANSWER_FEEDBACK_WINDOW: '30d',
      RATE_LIMIT_FREE: String(RATE_LIMIT),
    });
    app = suite.app;
    url = suite.database.url;
  });
  afterAll(async () => suite?.stop());

  const translate = (session: Session, error: string): Promise<TestResponse> =>
    app.request('/translate', json('POST', { error }, session.access));
  const feedback = (token: string, body: unknown): Promise<TestResponse> => app.request('/translate/feedback', json('POST', body, token));
  const rows = (userId?: string): Promise<FeedbackRow[]> =>
    userId
      ? queryDatabase(url, 'SELECT * FROM answer_feedback WHERE user_id = $1 ORDER BY created_at', [userId])
      : queryDatabase(url, 'SELECT * FROM answer_feedback ORDER BY user_id, created_at');
  async function answerIdFor(session: Session, error = PYTHON_ERROR): Promise<string> {
    const answer = await translate(session, error);
    expect(answer.status).toBe(200);
    return answer.body.answer_id as string;
  }
  function expectProblem(response: TestResponse, status: number, type: string): void {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body.type).toBe(`${PROBLEMS}${type}`);
  }

  describe('answer ids', () => {
    it('every answer carries an answer_id the service signed, naming the user, language, error type and pattern', async () => {
      const session = await signUp(app);
      const recognised = await translate(session, PYTHON_ERROR);
      expect(recognised.status).toBe(200);
      expect(typeof recognised.body.answer_id).toBe('string');
      const check = signer.verify(recognised.body.answer_id);
      expect(check.ok).toBe(true);
      if (!check.ok) return;
      expect(check.claims).toEqual({
        userId: session.userId,
        language: recognised.body.language,
        errorType: recognised.body.error_type,
        patternId: expect.stringMatching(/^python\./),
        issuedAt: expect.any(Number),
      });
      expect(Math.abs(check.claims.issuedAt - Date.now())).toBeLessThan(60_000);

      // An error no pattern knows: its id says so (no pattern).
      const unknown = await translate(session, GIBBERISH);
      const unknownCheck = signer.verify(unknown.body.answer_id);
      expect(unknownCheck).toEqual({ ok: true, claims: expect.objectContaining({ patternId: null, language: unknown.body.language }) });

      // The same question twice is two answers, and a key signed with another secret proves nothing.
      const again = await translate(session, PYTHON_ERROR);
      expect(again.body.answer_id).not.toBe(recognised.body.answer_id);
      expect(new AnswerIdSigner(`${ANSWER_ID_SECRET}-other`).verify(recognised.body.answer_id).ok).toBe(false);
    });

    it('the OpenAPI document describes answer_id and the feedback route', async () => {
      const spec = await app.request('/docs-json');
      expect(spec.status).toBe(200);
      expect(spec.body.components.schemas.TranslationResponse.properties).toHaveProperty('answer_id');
      expect(spec.body.components.schemas.TranslationResponse.required).toContain('answer_id');
      expect(spec.body.paths['/translate/feedback'].post.requestBody).toBeDefined();
    });
  });

  describe('rating an answer', () => {
    it('stores a rating (201), and rating the same answer again replaces it (200), one row per user and answer', async () => {
      const session = await signUp(app);
      const answerId = await answerIdFor(session);
      const first = await feedback(session.access, { answer_id: answerId, helpful: true, comment: '  Exactly my problem, thanks!  ' });
      expect(first.status).toBe(201);
      expect(first.body).toEqual({
        answer_id: answerId,
        helpful: true,
        comment: 'Exactly my problem, thanks!',
        language: 'python',
        error_type: 'ModuleNotFoundError',
        answered_at: expect.any(String),
        created_at: expect.any(String),
        updated_at: expect.any(String),
      });
      const [stored] = await rows(session.userId);
      expect(stored).toMatchObject({
        user_id: session.userId,
        answer_id: answerId,
        language: 'python',
        error_type: 'ModuleNotFoundError',
        pattern_id: expect.stringMatching(/^python\./),
        helpful: true,
        comment: 'Exactly my problem, thanks!',
      });

      const second = await feedback(session.access, { answer_id: answerId, helpful: false });
      expect(second.status).toBe(200);
      expect(second.body).toMatchObject({ answer_id: answerId, helpful: false, comment: null, created_at: first.body.created_at });
      expect(Date.parse(second.body.updated_at)).toBeGreaterThanOrEqual(Date.parse(first.body.updated_at));
      const after = await rows(session.userId);
      expect(after).toHaveLength(1);
      expect(after[0]).toMatchObject({ helpful: false, comment: null, created_at: stored.created_at });

      // Another answer of the same user is another row.
      const other = await feedback(session.access, { answer_id: await answerIdFor(session, GIBBERISH), helpful: false, comment: 'Not useful' });
      expect(other.status).toBe(201);
      expect(other.body).toMatchObject({ helpful: false, language: 'unknown' });
      expect(await rows(session.userId)).toHaveLength(2);
    });

    it('takes an API key as well as an access token, with the same per-minute budget and no monthly quota', async () => {
      const session = await signUp(app);
      const key = await newApiKey(app, session);
      const answer = await app.request('/translate', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': key },
        body: JSON.stringify({ error: PYTHON_ERROR }),
      });
      expect(answer.status).toBe(200);
      const rated = await app.request('/translate/feedback', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': key },
        body: JSON.stringify({ answer_id: answer.body.answer_id, helpful: true }),
      });
      expect(rated.status).toBe(201);
      expect(rated.headers.get('ratelimit-limit')).toBe(String(RATE_LIMIT));
      expect(rated.headers.get('x-quota-limit')).toBeNull();
      expect(await rows(session.userId)).toHaveLength(1);

      const anonymous = await app.request('/translate/feedback', json('POST', { answer_id: answer.body.answer_id, helpful: true }));
      expect(anonymous.status).toBe(401);
    });

    it('is rate-limited like the other product routes: 429 past the budget, and nothing stored then', async () => {
      const session = await signUp(app);
      const answerId = await answerIdFor(session); // one unit of the budget
      let last: TestResponse | undefined;
      let lastAccepted: boolean | undefined;
      // The bucket refills at RATE_LIMIT/60 a second meanwhile: a few more than the budget at most.
      for (let i = 0; i < RATE_LIMIT + 20; i++) {
        const helpful = i % 2 === 0;
        last = await feedback(session.access, { answer_id: answerId, helpful });
        if (last.status === 429) break;
        expect(last.status).toBe(i === 0 ? 201 : 200);
        lastAccepted = helpful;
      }
      expectProblem(last!, 429, 'rate-limited');
      expect(last!.headers.get('retry-after')).toMatch(/^\d+$/);
      // The refused rating (the opposite of the last accepted one) was not stored.
      expect(await rows(session.userId)).toEqual([expect.objectContaining({ helpful: lastAccepted })]);
    });
  });

  describe('refusals change nothing', () => {
    let owner: Session;
    let stranger: Session;
    let answerId: string;
    let before: FeedbackRow[];

    beforeAll(async () => {
      owner = await signUp(app);
      stranger = await signUp(app);
      answerId = await answerIdFor(owner);
      expect((await feedback(owner.access, { answer_id: answerId, helpful: true, comment: 'original' })).status).toBe(201);
      before = await rows();
    });

    afterEach(async () => {
      expect(await rows()).toEqual(before);
    });

    it("another user's answer id: 404, as for an id nobody was given", async () => {
      const response = await feedback(stranger.access, { answer_id: answerId, helpful: false, comment: 'hijacked' });
      expectProblem(response, 404, 'answer-not-found');
      expect(response.body.detail).toMatch(/answer_id/);
    });

    it('a forged id (signed with another key) or an altered one: 404', async () => {
      const forged = new AnswerIdSigner('somebody-elses-secret-0123456789abcdef').issue({
        userId: owner.userId,
        language: 'python',
        errorType: 'ModuleNotFoundError',
        patternId: null,
      });
      expectProblem(await feedback(owner.access, { answer_id: forged, helpful: false }), 404, 'answer-not-found');

      // One character of the signed part changed (still well-formed base64url): the MAC no longer fits.
      const at = 20;
      const altered = `${answerId.slice(0, at)}${answerId[at] === 'A' ? 'B' : 'A'}${answerId.slice(at + 1)}`;
      expectProblem(await feedback(owner.access, { answer_id: altered, helpful: false }), 404, 'answer-not-found');

      // The same bytes spelled another way (unused trailing bits of the MAC set): not the answer's id.
      const [payload, mac] = answerId.split('.') as [string, string];
      const lastChar = mac.at(-1)!;
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
      const respelled = `${payload}.${mac.slice(0, -1)}${alphabet[alphabet.indexOf(lastChar) ^ 1]}`;
      expect(Buffer.from(respelled.split('.')[1], 'base64url').equals(Buffer.from(mac, 'base64url'))).toBe(true);
      expectProblem(await feedback(owner.access, { answer_id: respelled, helpful: false }), 404, 'answer-not-found');
    });

    it('an answer older than ANSWER_FEEDBACK_WINDOW: 410; one just inside the window is taken', async () => {
      const claims = { userId: owner.userId, language: 'python' as const, errorType: 'KeyError', patternId: 'python.key-error' };
      const old = signer.issue(claims, Date.now() - 31 * DAY_MS);
      const response = await feedback(owner.access, { answer_id: old, helpful: true });
      expectProblem(response, 410, 'answer-expired');
      expect(response.body).toMatchObject({ window_days: 30, answered_at: expect.any(String) });

      // Inside the window: stored (then removed again, so the afterEach check holds).
      const recent = signer.issue(claims, Date.now() - 29 * DAY_MS);
      const taken = await feedback(owner.access, { answer_id: recent, helpful: true });
      expect(taken.status).toBe(201);
      expect(taken.body).toMatchObject({ error_type: 'KeyError', language: 'python' });
      expect(Date.parse(taken.body.answered_at)).toBeLessThan(Date.now() - 28 * DAY_MS);
      await queryDatabase(url, 'DELETE FROM answer_feedback WHERE answer_id = $1', [recent]);
    });

    it.each([
      ['no answer_id', { answer_id: undefined }, 'answer_id'],
      ['an empty answer_id', { answer_id: '', helpful: true }, 'answer_id'],
      ['a malformed answer_id', { answer_id: 'not-an-answer-id', helpful: true }, 'answer_id'],
      ['an answer_id that is a number', { answer_id: 12345, helpful: true }, 'answer_id'],
      ['an overlong answer_id', { answer_id: `${'A'.repeat(5000)}.${'B'.repeat(22)}`, helpful: true }, 'answer_id'],
      ['no helpful', { helpful: undefined, comment: 'x' }, 'helpful'],
      ['helpful as a string', { helpful: 'true' }, 'helpful'],
      ['helpful as a number', { helpful: 1 }, 'helpful'],
      ['helpful null', { helpful: null }, 'helpful'],
      ['a comment over 1,000 characters', { helpful: true, comment: 'a'.repeat(1_001) }, 'comment'],
      ['a comment with a bell character', { helpful: true, comment: 'ding\u0007' }, 'comment'],
      ['a comment with an escape sequence', { helpful: true, comment: 'red \u001b[31mtext' }, 'comment'],
      ['a comment with a line break inside', { helpful: true, comment: 'two\nlines' }, 'comment'],
      ['a comment with a C1 control character', { helpful: true, comment: 'next\u0085line' }, 'comment'],
      ['a comment that is a number', { helpful: true, comment: 42 }, 'comment'],
      ['an unknown field', { helpful: true, rating: 5 }, 'rating'],
    ])('%s: 400 naming the field', async (_label, body, field) => {
      // A well-formed rating of the owner's answer, but for the one thing wrong (undefined: left out).
      const payload = { answer_id: answerId, helpful: false, comment: 'changed', ...(body as Record<string, unknown>) };
      const response = await feedback(owner.access, payload);
      expectProblem(response, 400, 'validation-error');
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    });

    it('a body that is not JSON: 415; malformed JSON: 400', async () => {
      const text = await app.request('/translate/feedback', {
        method: 'POST',
        headers: { authorization: `Bearer ${owner.access}`, 'content-type': 'text/plain' },
        body: 'helpful',
      });
      expect(text.status).toBe(415);
      const broken = await app.request('/translate/feedback', {
        method: 'POST',
        headers: { authorization: `Bearer ${owner.access}`, 'content-type': 'application/json' },
        body: '{"answer_id":',
      });
      expect(broken.status).toBe(400);
    });
  });

  it('a comment of exactly 1,000 characters after trimming is taken; blank is no comment', async () => {
    const session = await signUp(app);
    const answerId = await answerIdFor(session);
    const long = await feedback(session.access, { answer_id: answerId, helpful: true, comment: `   ${'é'.repeat(1_000)}   ` });
    expect(long.status).toBe(201);
    expect(long.body.comment).toBe('é'.repeat(1_000));
    const blank = await feedback(session.access, { answer_id: answerId, helpful: true, comment: '    ' });
    expect(blank.status).toBe(200);
    expect(blank.body.comment).toBeNull();
    expect((await rows(session.userId))[0].comment).toBeNull();
  });

  it("a user's ratings are deleted with the user", async () => {
    const session = await signUp(app);
    expect((await feedback(session.access, { answer_id: await answerIdFor(session), helpful: true })).status).toBe(201);
    expect(await rows(session.userId)).toHaveLength(1);
    await queryDatabase(url, 'DELETE FROM users WHERE id = $1', [session.userId]);
    expect(await rows(session.userId)).toHaveLength(0);
  });

  describe('manage-db feedback', () => {
    let env: Record<string, string>;

    beforeAll(async () => {
      env = { DATABASE_URL: url, JWT_SECRET: TEST_JWT_SECRET };
      await queryDatabase(url, 'DELETE FROM answer_feedback');
      const [ann, bob, cy] = [await signUp(app), await signUp(app), await signUp(app)];
      const rate = async (session: Session, error: string, helpful: boolean, comment?: string) => {
        const response = await feedback(session.access, {
          answer_id: await answerIdFor(session, error),
          helpful,
          ...(comment ? { comment } : {}),
        });
        expect(response.status).toBe(201);
      };
      await rate(ann, PYTHON_ERROR, true, 'pip install fixed it');
      await rate(bob, PYTHON_ERROR, true);
      await rate(cy, PYTHON_ERROR, false, 'I use poetry, not pip');
      await rate(ann, GIBBERISH, false, 'Says nothing about frobnicators');
      // A rating from long ago is outside any recent window.
      await queryDatabase(url, "UPDATE answer_feedback SET updated_at = now() - interval '40 days' WHERE comment IS NULL");
    });

    it('prints helpful, not helpful and the share per language and error type, with the latest comments', async () => {
      const result = await manageDb(['feedback', '--days', '30'], env);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const lines = result.stdout.split('\n');
      expect(lines[0]).toBe('ratings in the last 30 days: 3 (1 helpful, 2 not helpful)');
      expect(lines[1]).toMatch(/^helpful\s+not helpful\s+share\s+language\s+error type$/);
      expect(lines[2]).toMatch(/^\s+1\s+1\s+50%\s+python\s+ModuleNotFoundError$/);
      expect(lines[3]).toMatch(/^\s+- \d{4}-\d\d-\d\dT[\d:.]+Z {2}I use poetry, not pip$/);
      expect(lines[4]).toMatch(/^\s+\+ \d{4}-\d\d-\d\dT[\d:.]+Z {2}pip install fixed it$/);
      expect(lines[5]).toMatch(/^\s+0\s+1\s+0%\s+unknown\s+unknown error$/);
      expect(lines[6]).toMatch(/Says nothing about frobnicators$/);

      const json = await manageDb(['feedback', '--days', '60', '--json'], env);
      expect(json.code).toBe(0);
      expect(JSON.parse(json.stdout)).toEqual({
        days: 60,
        ratings: [
          {
            language: 'python',
            error_type: 'ModuleNotFoundError',
            helpful: 2,
            not_helpful: 1,
            helpful_share: 0.6667,
            latest_comments: [
              { comment: 'I use poetry, not pip', helpful: false, at: expect.any(String) },
              { comment: 'pip install fixed it', helpful: true, at: expect.any(String) },
            ],
          },
          {
            language: 'unknown',
            error_type: 'unknown error',
            helpful: 0,
            not_helpful: 1,
            helpful_share: 0,
            latest_comments: [{ comment: 'Says nothing about frobnicators', helpful: false, at: expect.any(String) }],
          },
        ],
      });
    });

    it('refuses a bad --days and options it does not take (exit 2)', async () => {
      const bad = await manageDb(['feedback', '--days', 'soon'], env);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toBe("manage-db: --days must be a whole number from 1 to 36500, not 'soon'\n");
      const limit = await manageDb(['feedback', '--limit', '3'], env);
      expect(limit.code).toBe(2);
      expect(limit.stderr).toMatch(/feedback does not take --limit/);
      const help = await manageDb(['help', 'feedback'], env);
      expect(help.stdout).toMatch(/^Usage: manage-db feedback \[--days N\] \[--json\]\n/);
    });
  });
});
