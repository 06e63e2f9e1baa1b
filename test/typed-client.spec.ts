import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { PROBLEMS, startMigratedApp, TEST_JWT_SECRET, uniqueEmail, type MigratedApp } from './support';

/**
 * Issue 15, item 3: what a consumer of the published contract does. Types are generated from the document
 * the running app serves, a small client written only against them compiles under strict TypeScript, and
 * the compiled client then talks to the real app. A mistakes file proves the compile is really typed.
 */

const run = promisify(execFile);
const ROOT = join(__dirname, '..');
const FIXTURES = join(__dirname, 'fixtures', 'typed-client');
const OPENAPI_TYPESCRIPT = join(ROOT, 'node_modules', 'openapi-typescript', 'bin', 'cli.js');
/** Ends a line of mistakes.ts that must not compile: `code; // ✗ why`. */
const MISTAKE = /;\s*\/\/ ✗ /;

/** What a consumer's tsconfig would say for a Node ESM project: strict, nothing loosened. */
const STRICT: ts.CompilerOptions = {
  strict: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ['lib.es2023.d.ts'],
  types: ['node'],
};

interface Compiled {
  diagnostics: readonly ts.Diagnostic[];
  emitted: boolean;
}

/**
 * Compiles `files` (inside `dir`) with STRICT and reports the errors in those files, the generated
 * api.d.ts included, and in the options; the npm packages' own declarations are not what is under test.
 * Emits into `outDir` when given and there is no error.
 */
function compile(dir: string, files: string[], outDir?: string): Compiled {
  const program = ts.createProgram(
    files.map((file) => join(dir, file)),
    { ...STRICT, rootDir: dir, ...(outDir ? { outDir } : { noEmit: true }) },
  );
  const ours = program.getSourceFiles().filter((file) => !file.fileName.includes('/node_modules/') && file.fileName.startsWith(dir));
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...ours.flatMap((file) => [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]),
  ];
  const emitted = outDir !== undefined && diagnostics.length === 0 && !program.emit().emitSkipped;
  return { diagnostics, emitted };
}

function describeDiagnostics(diagnostics: readonly ts.Diagnostic[]): string {
  return ts.formatDiagnostics(diagnostics, {
    getCanonicalFileName: (name) => name,
    getCurrentDirectory: () => ROOT,
    getNewLine: () => '\n',
  });
}

function lineOf(diagnostic: ts.Diagnostic): number | undefined {
  if (!diagnostic.file || diagnostic.start === undefined) return undefined;
  return diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1;
}

describe('a typed client generated from the OpenAPI document', () => {
  let running: MigratedApp;
  let work: string;
  let generated: string;

  beforeAll(async () => {
    running = await startMigratedApp({ JWT_SECRET: TEST_JWT_SECRET, USAGE_FLUSH_INTERVAL_MS: '100' });
    // A consumer's project: the fixtures, an ESM package.json, the npm packages, and the generated types.
    work = await mkdtemp(join(tmpdir(), 'aet-typed-client-'));
    await symlink(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');
    await writeFile(join(work, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    for (const file of await readdir(FIXTURES)) await copyFile(join(FIXTURES, file), join(work, file));
    // docs/client.md's command, run against the live document.
    await run(process.execPath, [OPENAPI_TYPESCRIPT, `${running.app.baseUrl}/docs-json`, '-o', join(work, 'api.d.ts')], { cwd: work });
    generated = await readFile(join(work, 'api.d.ts'), 'utf8');
    // The usage example a consumer copies from docs/client.md, compiled like the rest.
    const guide = await readFile(join(ROOT, 'docs', 'client.md'), 'utf8');
    await writeFile(join(work, 'example.ts'), /```ts\n([\s\S]*?)```/.exec(guide)![1]);
  }, 120_000);

  afterAll(async () => {
    await running?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('generates named operations a consumer can call: register, login, createApiKey, translate, getUsage', () => {
    expect(generated).toMatch(/^export interface paths \{$/m);
    const operations = generated.slice(generated.indexOf('export interface operations {'));
    const names = [...operations.matchAll(/^ {4}(\w+): \{$/gm)].map((match) => match[1]);
    expect(names).toEqual(expect.arrayContaining(['register', 'login', 'createApiKey', 'translate', 'getUsage']));
  });

  it('compiles the client, a program using it and the example in docs/client.md under strict TypeScript with no error', () => {
    const { diagnostics } = compile(work, ['api.d.ts', 'client.ts', 'flow.ts', 'example.ts']);
    expect(describeDiagnostics(diagnostics)).toBe('');
  }, 60_000);

  it('refuses every marked mistake (wrong fields, types, bodies, problem fields, routes), and nothing else', async () => {
    const source = (await readFile(join(work, 'mistakes.ts'), 'utf8')).split('\n');
    const marked = source.flatMap((line, index) => (MISTAKE.test(line) ? [index + 1] : []));
    expect(marked.length).toBeGreaterThanOrEqual(10);

    const { diagnostics } = compile(work, ['api.d.ts', 'client.ts', 'mistakes.ts']);
    const inMistakes = diagnostics.filter((diagnostic) => diagnostic.file?.fileName.endsWith('mistakes.ts'));
    const elsewhere = diagnostics.filter((diagnostic) => !inMistakes.includes(diagnostic));
    expect(describeDiagnostics(elsewhere)).toBe('');
    const refused = new Set(inMistakes.map(lineOf));
    // Each marked line by name, so a mistake that compiles says which one.
    expect(marked.filter((line) => !refused.has(line)).map((line) => source[line - 1].trim())).toEqual([]);
    expect([...refused].filter((line) => line === undefined || !marked.includes(line))).toEqual([]);
  }, 60_000);

  it('runs against the app: signs up, logs in, makes a key, translates, sees usage count, gets typed problems', async () => {
    const out = join(work, 'out');
    await mkdir(out);
    const compiled = compile(work, ['api.d.ts', 'client.ts', 'flow.ts'], out);
    expect(describeDiagnostics(compiled.diagnostics)).toBe('');
    expect(compiled.emitted).toBe(true);

    const email = uniqueEmail('typed');
    const { stdout } = await run(process.execPath, [join(out, 'flow.js'), running.app.baseUrl, email], { cwd: work, timeout: 40_000 });
    const seen = JSON.parse(stdout.trim());

    expect(seen.user).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      email,
      full_name: 'Typed Client',
      fields: [
        'created_at',
        'email',
        'full_name',
        'id',
        'is_active',
        'is_verified',
        'last_login',
        'share_unrecognised_errors',
        'subscription_tier',
        'updated_at',
      ],
    });
    expect(seen.weak).toMatchObject({ status: 400, type: `${PROBLEMS}validation-error`, title: 'Validation Failed' });
    expect(seen.weak.fields).toContain('password');
    expect(seen.wrongPassword).toEqual({
      status: 401,
      type: `${PROBLEMS}invalid-credentials`,
      title: 'Unauthorized',
      detail: 'The email or password is not correct.',
    });
    expect(seen.tokens).toEqual({ token_type: 'bearer', expires_in: 900, has_access: true });
    expect(seen.key).toEqual({
      name: 'typed client',
      prefix: seen.key.key.slice(0, 12),
      key: expect.stringMatching(/^aet_[A-Za-z0-9]{46}$/),
      is_active: true,
    });
    expect(seen.badKey).toEqual({
      status: 401,
      type: `${PROBLEMS}invalid-api-key`,
      detail: 'The API key is not valid or has been deactivated.',
    });
    expect(seen.answer).toMatchObject({ language: 'python', error_type: 'ModuleNotFoundError' });
    expect(seen.answer.summary).toMatch(/requests/);
    expect(seen.answer.fixes.length).toBeGreaterThan(0);
    expect(seen.usage).toEqual({ countedOnce: 1, countedTwice: 2 });
  }, 60_000);
});
