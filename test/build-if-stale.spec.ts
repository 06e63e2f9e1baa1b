import { spawn, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { childEnv } from './support';

/**
 * scripts/build-if-stale.mjs (run before `npm start`, `npm test`, `manage-db`, `migration:*`,
 * `bench*`, `eval`), on a copy of the repository: the dist/ other specs run from is left alone.
 */

const ROOT = join(__dirname, '..');
const DOOMED = '1799999999999-Doomed';
const BUILD_TIMEOUT = 240_000;

let copy: string;

function buildIfStale(): { status: number | null; output: string; seconds: number } {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['scripts/build-if-stale.mjs'], { cwd: copy, encoding: 'utf8' });
  return { status: run.status, output: run.stderr + run.stdout, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

const build = () => realpathSync(join(copy, 'dist'));

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'aet-build-'));
  for (const source of [
    'src',
    'migrations',
    'bench',
    'scripts',
    'ormconfig.ts',
    'tsconfig.json',
    'nest-cli.json',
    'package.json',
    'package-lock.json',
  ]) {
    cpSync(join(ROOT, source), join(copy, source), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  // A migration that will be deleted: its compiled file must not outlive it (migrations load by glob).
  writeFileSync(
    join(copy, 'migrations', `${DOOMED}.ts`),
    `import type { MigrationInterface } from 'typeorm';\nexport class Doomed1799999999999 implements MigrationInterface {\n  async up(): Promise<void> {}\n  async down(): Promise<void> {}\n}\n`,
  );
});

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('build-if-stale', () => {
  it(
    'builds a fresh checkout into dist/',
    () => {
      const first = buildIfStale();
      expect(first).toMatchObject({ status: 0, output: expect.stringContaining('building dist/ (no build yet)') });
      expect(lstatSync(join(copy, 'dist')).isSymbolicLink()).toBe(true);
      for (const file of ['src/main.js', 'src/cli/manage-db.js', 'ormconfig.js', `migrations/${DOOMED}.js`])
        expect(existsSync(join(copy, 'dist', file))).toBe(true);
    },
    BUILD_TIMEOUT,
  );

  it('does not rebuild a built checkout: it exits at once, and `npm start` serves from the same build', async () => {
    const before = build();
    const again = buildIfStale();
    expect(again).toMatchObject({ status: 0, output: expect.stringContaining('dist/ is up to date') });
    expect(again.output).not.toContain('building');
    expect(again.seconds).toBeLessThan(3);
    expect(build()).toBe(before);

    // The README's command, timed to the moment the service listens.
    const started = Date.now();
    const npm = spawn('npm', ['start'], {
      cwd: copy,
      env: childEnv({ DATABASE_URL: 'pglite://memory' }),
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    npm.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    try {
      const port = await new Promise<number | undefined>((resolve) => {
        createInterface({ input: npm.stdout }).on('line', (line) => {
          if (/"port":\d+/.test(line)) resolve((JSON.parse(line) as { port: number }).port);
        });
        npm.once('exit', () => resolve(undefined));
      });
      const seconds = (Date.now() - started) / 1000;
      process.stdout.write(`npm start on a built checkout: listening after ${seconds.toFixed(1)} s\n`);
      expect({ port, stderr }).toMatchObject({ port: expect.any(Number) });
      expect(stderr).toContain('dist/ is up to date');
      expect(stderr).not.toContain('building');
      expect((await fetch(`http://127.0.0.1:${port}/health/live`)).status).toBe(200);
    } finally {
      process.kill(-npm.pid!, 'SIGTERM');
      if (npm.exitCode === null) await new Promise((resolve) => npm.once('exit', resolve));
    }
    expect(build()).toBe(before);
  }, 60_000);

  it('does not rebuild when only modification times changed (a checkout of the same tree)', () => {
    const before = build();
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(copy, 'src', 'main.ts'), later, later);
    expect(buildIfStale()).toMatchObject({ status: 0, output: expect.stringContaining('dist/ is up to date') });
    expect(build()).toBe(before);
  });

  it(
    'rebuilds when a source changes, and dist/ stays a complete build while it does',
    async () => {
      const before = build();
      appendFileSync(join(copy, 'src', 'main.ts'), '\n// changed by build-if-stale.spec\n');
      const builder = spawn(process.execPath, ['scripts/build-if-stale.mjs'], { cwd: copy, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      builder.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => builder.once('exit', resolve));
      // What a server starting during the build would find: always the whole old build or the whole new one.
      const seen = new Set<string>();
      let incomplete = 0;
      while (builder.exitCode === null) {
        const target = realpathSync(join(copy, 'dist'));
        seen.add(target);
        if (!['src/main.js', 'ormconfig.js', `migrations/${DOOMED}.js`].every((file) => existsSync(join(target, file)))) incomplete += 1;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect({ status: await exited, output }).toMatchObject({ status: 0, output: expect.stringContaining('building dist/ (sources changed)') });
      expect(incomplete).toBe(0);
      expect(seen.has(before)).toBe(true);
      expect(build()).not.toBe(before);
      expect(existsSync(join(build(), 'src', 'main.js'))).toBe(true);
      // The build before stays (a server may be loading it); none older does.
      expect(existsSync(before)).toBe(true);
    },
    BUILD_TIMEOUT,
  );

  it(
    'removes the compiled file of a deleted migration',
    () => {
      const before = build();
      unlinkSync(join(copy, 'migrations', `${DOOMED}.ts`));
      expect(buildIfStale()).toMatchObject({ status: 0, output: expect.stringContaining('building dist/ (sources changed)') });
      expect(existsSync(join(copy, 'dist', 'migrations', `${DOOMED}.js`))).toBe(false);
      expect(existsSync(join(copy, 'dist', 'migrations', '1795606785891-InitialSchema.js'))).toBe(true);
      expect(existsSync(before)).toBe(true);
      expect(readdirSync(join(copy, '.builds'))).toHaveLength(2);
    },
    BUILD_TIMEOUT,
  );

  it(
    'leaves dist/ as it was when the build fails',
    () => {
      const before = build();
      appendFileSync(join(copy, 'src', 'main.ts'), '\nconst broken: number = "not a number";\n');
      const failed = buildIfStale();
      expect(failed.status).not.toBe(0);
      expect(failed.output).toContain('build failed; dist/ is unchanged');
      expect(build()).toBe(before);
    },
    BUILD_TIMEOUT,
  );
});
