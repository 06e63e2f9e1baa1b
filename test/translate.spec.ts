import { createTestDatabase, json, migrate, signUp, startApp, type Session, type TestApp, type TestDatabase } from './support';

const PYTHON_TRACE = [
  'Traceback (most recent call last):',
  '  File "/srv/app/main.py", line 3, in <module>',
  '    import requests',
  "ModuleNotFoundError: No module named 'requests'",
].join('\n');

const CONTRACT_KEYS = [
  'answer_id',
  'category',
  'causes',
  'confidence',
  'engine',
  'error_type',
  'explanation',
  'fixes',
  'language',
  'references',
  'summary',
];

describe('POST /translate', () => {
  let database: TestDatabase;
  let app: TestApp;
  let session: Session;

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrate(database.url);
    app = await startApp({ DATABASE_URL: database.url });
    session = await signUp(app);
  });
  afterAll(async () => {
    await app.stop();
    await database.drop();
  });

  const translate = (body: unknown, token: string | undefined = session.access) => app.request('/translate', json('POST', body, token));

  it('explains a Python traceback in the contract shape, with the module named', async () => {
    const response = await translate({ error: PYTHON_TRACE });
    expect(response.status).toBe(200);
    expect(Object.keys(response.body).sort()).toEqual(CONTRACT_KEYS);
    expect(response.body).toMatchObject({ language: 'python', error_type: 'ModuleNotFoundError', category: 'dependency', engine: 'rules' });
    expect(response.body.summary).toContain('requests');
    expect(response.body.confidence).toBeGreaterThan(0.7);
    const fixText = response.body.fixes
      .map((fix: { steps: string[]; code: string | null }) => `${fix.steps.join(' ')} ${fix.code ?? ''}`)
      .join(' ');
    expect(fixText).toContain('pip install requests');
    for (const reference of response.body.references) expect(reference.url).toMatch(/^https:\/\//);
  });

  it('answers an unrecognisable text honestly, with low confidence', async () => {
    const response = await translate({ error: 'something went sideways, no idea why' });
    expect(response.status).toBe(200);
    expect(response.body.language).toBe('unknown');
    expect(response.body.confidence).toBeLessThanOrEqual(0.1);
  });

  it('takes an error of exactly 50,000 characters', async () => {
    const error = `${PYTHON_TRACE}\n${'x'.repeat(50_000 - PYTHON_TRACE.length - 1)}`;
    expect(error).toHaveLength(50_000);
    expect((await translate({ error })).status).toBe(200);
  });

  it.each([
    ['an empty error', { error: '' }, 'error', 'error must not be empty'],
    ['an error over 50,000 characters', { error: 'x'.repeat(50_001) }, 'error', 'error must be at most 50000 characters'],
    ['context over 5,000 characters', { error: 'x', context: 'c'.repeat(5_001) }, 'context', 'context must be at most 5000 characters'],
    ['an unknown language', { error: 'x', language: 'cobol' }, 'language', 'language must be one of: python, javascript'],
    ['a number for error', { error: 42 }, 'error', 'error must be a string'],
    ['an unknown field', { error: 'x', engine: 'openai' }, 'engine', 'property engine should not exist'],
  ])('refuses %s with a 400 naming the field', async (_name, body, field, message) => {
    const response = await translate(body);
    expect(response.status).toBe(400);
    expect(response.body.type).toBe('https://ai-error-translator.dev/problems/validation-error');
    const messages = response.body.errors
      .filter((entry: { field: string }) => entry.field === field)
      .map((entry: { message: string }) => entry.message);
    expect(messages.join(' | ')).toContain(message);
  });

  it('accepts an API key in X-API-Key or as a Bearer token', async () => {
    const created = await app.request('/users/me/api-keys', json('POST', { name: 'ci' }, session.access));
    expect(created.status).toBe(201);
    const key: string = created.body.key;
    const viaHeader = await app.request('/translate', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify({ error: PYTHON_TRACE }),
    });
    expect(viaHeader.status).toBe(200);
    expect(viaHeader.body.error_type).toBe('ModuleNotFoundError');
    expect((await translate({ error: PYTHON_TRACE }, key)).status).toBe(200);
    expect((await translate({ error: PYTHON_TRACE }, `aet_${'x'.repeat(40)}`)).status).toBe(401);
  });

  it('needs credentials', async () => {
    const response = await app.request('/translate', json('POST', { error: PYTHON_TRACE }));
    expect(response.status).toBe(401);
  });

  it('uses the language hint only when the text does not say otherwise', async () => {
    const hinted = await translate({ error: "KeyError: 'user_id'", language: 'python' });
    expect(hinted.body.language).toBe('python');
    const overruled = await translate({ error: PYTHON_TRACE, language: 'java' });
    expect(overruled.body.language).toBe('python');
  });
});
