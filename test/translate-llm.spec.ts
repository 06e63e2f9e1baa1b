import { createTestDatabase, json, migrate, signUp, startApp, type Session, type TestApp, type TestDatabase } from './support';
import { FakeOpenAiServer } from './support/fake-openai-server';

const ERROR = 'Traceback (most recent call last):\n  File "app.py", line 1, in <module>\nModuleNotFoundError: No module named \'requests\'';

const MODEL_ANSWER = {
  language: 'python',
  error_type: 'ModuleNotFoundError',
  category: 'dependency',
  summary: "Python cannot find the module 'requests'.",
  explanation: 'The package is not installed in the interpreter that runs app.py.',
  causes: ['requests is not installed in the active environment'],
  fixes: [{ title: 'Install it', steps: ['python -m pip install requests'], code: null }],
  references: [{ title: 'Installing packages', url: 'https://packaging.python.org/en/latest/tutorials/installing-packages/' }],
  confidence: 0.9,
};

/** POST /translate with TRANSLATOR_ENGINE=openai, the real SDK talking to a local server in OpenAI's wire format. */
describe('POST /translate with an LLM engine', () => {
  let database: TestDatabase;
  let llm: FakeOpenAiServer;
  let app: TestApp;
  let session: Session;

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrate(database.url);
    llm = await FakeOpenAiServer.start();
    app = await startApp({
      DATABASE_URL: database.url,
      TRANSLATOR_ENGINE: 'openai',
      OPENAI_BASE_URL: `${llm.origin}/v1`,
      OPENAI_MODEL: 'test-model',
      LLM_TIMEOUT_MS: '2000',
    });
    session = await signUp(app);
  });
  afterAll(async () => {
    await app.stop();
    await llm.close();
    await database.drop();
  });

  const translate = (error: string) => app.request('/translate', json('POST', { error }, session.access));

  it("answers with the model's validated answer and caches it by the normalised error", async () => {
    llm.respondWith({ content: MODEL_ANSWER });
    const before = llm.requests.length;
    const first = await translate(ERROR);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ engine: 'openai', error_type: 'ModuleNotFoundError', summary: MODEL_ANSWER.summary });
    // The same error again, with a log timestamp and colour codes around it: no second model call.
    const again = await translate(`2024-05-01T12:00:00.000Z \u001b[31m${ERROR}\u001b[0m`);
    // The same answer; each answer still gets an id of its own, for feedback on it.
    const { answer_id: firstId, ...firstAnswer } = first.body;
    const { answer_id: againId, ...againAnswer } = again.body;
    expect(againAnswer).toEqual(firstAnswer);
    expect(typeof againId).toBe('string');
    expect(againId).not.toBe(firstId);
    expect(llm.requests.length - before).toBe(1);
  });

  it('falls back to the rules engine when the model fails, and does not cache the fallback', async () => {
    llm.respondWith({ status: 500 });
    const error = "KeyError: 'user_id'";
    const fallback = await translate(error);
    expect(fallback.status).toBe(200);
    expect(fallback.body).toMatchObject({ engine: 'rules', language: 'python', error_type: 'KeyError' });

    llm.respondWith({ content: { ...MODEL_ANSWER, error_type: 'KeyError', summary: "The dict has no key 'user_id'." } });
    const recovered = await translate(error);
    expect(recovered.body.engine).toBe('openai');
  });
});
