import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { intersects, minVersion, satisfies } from 'semver';
import { startApp, type TestApp } from './support';

/**
 * No Docker engine runs here, so the Dockerfile is read and its steps replayed by hand: the build
 * stage's COPY and build in an empty directory, then the runtime's command from what it copies.
 */

const ROOT = join(__dirname, '..');

interface Instruction {
  command: string;
  args: string;
}

interface Stage {
  from: string;
  name: string;
  instructions: Instruction[];
}

/** Joins `\` continuations, drops comments, splits into stages at each FROM. */
function readDockerfile(): { args: Record<string, string>; stages: Stage[] } {
  const text = readFileSync(join(ROOT, 'Dockerfile'), 'utf8').replace(/\\\n/g, ' ');
  const args: Record<string, string> = {};
  const stages: Stage[] = [];
  for (const line of text.split('\n')) {
    const match = /^\s*([A-Z]+)\s+(.*)$/.exec(line);
    if (!match || line.trimStart().startsWith('#')) continue;
    const [, command, rest] = match as unknown as [string, string, string];
    if (command === 'ARG' && stages.length === 0) {
      const [name, value] = rest.split('=');
      args[name] = value!;
    } else if (command === 'FROM') {
      const [image, , name] = rest.split(/\s+/);
      stages.push({ from: image.replace(/\$\{(\w+)\}/g, (_, arg: string) => args[arg]), name: name, instructions: [] });
    } else {
      stages.at(-1)!.instructions.push({ command, args: rest.trim() });
    }
  }
  return { args, stages };
}

const { stages } = readDockerfile();
const [build, runtime] = stages as [Stage, Stage];
const all = (stage: Stage, command: string) =>
  stage.instructions.filter((instruction) => instruction.command === command).map((instruction) => instruction.args);
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
  scripts: Record<string, string>;
};

/** `COPY a b ./` → ['a', 'b']; COPY --from=… is the runtime's. */
function copiedFromContext(stage: Stage): string[] {
  return all(stage, 'COPY')
    .filter((args) => !args.startsWith('--from'))
    .flatMap((args) => args.split(/\s+/).slice(0, -1));
}

describe('the Dockerfile', () => {
  it("builds and runs on a supported Node LTS that package.json's engines accept", () => {
    expect(stages.map((stage) => stage.name)).toEqual(['build', 'runtime']);
    for (const stage of stages) {
      const major = Number(/^node:(\d+)-/.exec(stage.from)?.[1]);
      // Even majors are the LTS lines; 22 is the oldest still supported at the end of 2026.
      expect(major % 2).toBe(0);
      expect(major).toBeGreaterThanOrEqual(22);
      expect(intersects(packageJson.engines.node, `${major}.x`)).toBe(true);
    }
    // No Node that is out of support (20 and older) is claimed.
    expect(satisfies('20.20.0', packageJson.engines.node)).toBe(false);
    expect(minVersion(packageJson.engines.node)!.major).toBeGreaterThanOrEqual(22);
  });

  it('installs exactly the lockfile, builds, and drops dev dependencies in the build stage', () => {
    const run = all(build, 'RUN').join(' && ');
    expect(run).toMatch(/npm ci\b/);
    expect(run).toMatch(/npm run build\b.*npm prune --omit=dev/);
    expect(packageJson.scripts.build).toBe('nest build');
    const ignored = readFileSync(join(ROOT, '.dockerignore'), 'utf8')
      .split('\n')
      .map((line) => line.trim());
    for (const source of copiedFromContext(build)) {
      expect(existsSync(join(ROOT, source))).toBe(true);
      expect(ignored).not.toContain(source);
    }
  });

  it('runs as the unprivileged node user, as node (PID 1) on the compiled app, with no secret baked in', () => {
    expect(all(runtime, 'USER')).toEqual(['node']);
    expect(all(runtime, 'CMD')).toEqual(['["node", "dist/src/main.js"]']);
    expect(all(runtime, 'ENV').join(' ')).toMatch(/NODE_ENV=production/);
    expect(all(runtime, 'ENV').join(' ')).not.toMatch(/SECRET|PASSWORD|_KEY|DATABASE_URL/);
    expect(all(runtime, 'EXPOSE')).toEqual(['3000']);
    expect(all(runtime, 'COPY').map((args) => args.split(/\s+/).at(-2))).toEqual(expect.arrayContaining(['/app/node_modules', '/app/dist']));
    expect(all(runtime, 'HEALTHCHECK').join(' ')).toContain('/health/ready');
  });

  describe('replayed by hand', () => {
    let context: string;
    let app: TestApp | undefined;

    beforeAll(() => {
      // The build stage: COPY what it copies into an empty /app, `npm ci` stood in for by this
      // checkout's installed modules (nothing is downloaded at test time), then `npm run build`.
      context = mkdtempSync(join(tmpdir(), 'aet-docker-'));
      for (const source of copiedFromContext(build)) cpSync(join(ROOT, source), join(context, source), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules'), join(context, 'node_modules'), 'dir');
      const built = spawnSync('npm', ['run', 'build'], { cwd: context, encoding: 'utf8' });
      expect({ status: built.status, output: built.stderr + built.stdout }).toMatchObject({ status: 0 });
    }, 120_000);

    afterAll(async () => {
      await app?.stop();
      rmSync(context, { recursive: true, force: true });
    });

    it("has what the runtime stage copies and runs: the app, the migrations and the migration CLI's DataSource", () => {
      for (const file of ['dist/src/main.js', 'dist/ormconfig.js', 'dist/src/cli/manage-db.js'])
        expect(existsSync(join(context, file))).toBe(true);
      expect(existsSync(join(context, 'dist', 'migrations'))).toBe(true);
    });

    it('starts in production as the CMD says, and the HEALTHCHECK passes', async () => {
      app = await startApp(
        { NODE_ENV: 'production', DATABASE_URL: 'pglite://memory', JWT_SECRET: 'x'.repeat(48) },
        { cwd: context, main: join(context, 'dist', 'src', 'main.js') },
      );
      const healthcheck = all(runtime, 'HEALTHCHECK')[0];
      const command = JSON.parse(healthcheck.slice(healthcheck.indexOf('CMD') + 3)) as string[];
      const port = new URL(app.baseUrl).port;
      const check = spawnSync(command[0] === 'node' ? process.execPath : command[0], command.slice(1), {
        env: { ...process.env, PORT: port },
        encoding: 'utf8',
        timeout: 10_000,
      });
      expect(check.status).toBe(0);
    });
  });
});
