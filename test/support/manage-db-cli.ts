import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { childEnv } from './test-app';

/** The compiled CLI, as `npm run manage-db` runs it. */
export const MANAGE_DB_JS = join(__dirname, '..', '..', 'dist', 'src', 'cli', 'manage-db.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs manage-db in its own process. stdin is a pipe, closed at once, so the CLI sees no
 * terminal, as in CI or a cron job. A run that outlives `timeoutMs` fails the test: the CLI must
 * close its connections and exit by itself.
 */
export function runManageDb(args: string[], env: Record<string, string> = {}, timeoutMs = 60_000): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MANAGE_DB_JS, ...args], { env: childEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.end();
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`manage-db ${args.join(' ')} did not exit within ${timeoutMs} ms; stderr: ${stderr}`));
    }, timeoutMs);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
