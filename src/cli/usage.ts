import { usageLine, type CommandSpec } from './command';

export function generalUsage(commands: readonly CommandSpec[]): string {
  const rows = commands.map((command) => [usageLine(command).replace(/^manage-db /, ''), command.summary] as const);
  rows.push(['help [COMMAND]', "show this text, or one command's usage"]);
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return [
    'Usage: npm run manage-db -- <command> [arguments] [options]',
    '',
    'Commands:',
    ...rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`),
    '',
    'The database is DATABASE_URL (postgres://user:pass@host:5432/db, pglite:<directory> or',
    'pglite://memory), or the embedded database in ./data when it is unset.',
    'A value starting with "-" goes after "--": create-user a@example.com -- -secret-',
    'Exit status: 0 success, 1 failure (one line on stderr), 2 wrong usage.',
    '',
  ].join('\n');
}

export function commandUsage(command: CommandSpec): string {
  return `Usage: ${usageLine(command)}\n\n${command.summary}\n`;
}
