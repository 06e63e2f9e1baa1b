import { spawn } from 'node:child_process';
import { join } from 'node:path';

/**
 * The whole tree passes `npm run lint` (ESLint with no warnings allowed, then Prettier --check), so
 * a lint error anywhere fails the suite instead of waiting for someone to run the linter by hand.
 * ESLint's type-aware rules take most of a minute on the whole tree.
 */

const ROOT = join(__dirname, '..');
const LINT_TIMEOUT = 600_000;

function run(command: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('npm run lint', () => {
  it(
    'passes on the whole tree (eslint --max-warnings 0 and prettier --check)',
    async () => {
      const { code, output } = await run('npm', ['run', '--silent', 'lint']);
      // The output names every offending file and rule when it fails.
      expect({ code, output: code === 0 ? '' : output }).toEqual({ code: 0, output: '' });
    },
    LINT_TIMEOUT,
  );
});
