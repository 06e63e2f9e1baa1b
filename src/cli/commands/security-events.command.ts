import { CliError } from '../cli-error';
import { formatDate, plural, printJson, printLine } from '../cli-output';
import { wholeNumberOption } from '../cli-options';
import type { CommandRun } from '../command';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 10_000;

/**
 * One user's security events, newest first, for an operator answering "was this account
 * attacked?". Values were sanitised when recorded (no control characters), so a line printed here
 * is one line of the terminal.
 */
export const securityEvents: CommandRun = async ({ config, args, flags, options }) => {
  const limit = wholeNumberOption('limit', options.limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
  const { withDatabase } = await import('../cli-database');
  return withDatabase(config, async ({ users, securityEvents: events }) => {
    const email = args[0];
    const user = await users.findByEmail(email);
    if (!user) throw new CliError(`no user with email ${email.trim().toLowerCase()}`);
    const rows = await events.pageForUser(user.id, limit, null);
    if (flags.json) {
      printJson({
        email: user.email,
        events: rows.map((row) => ({
          type: row.type,
          created_at: row.createdAt.toISOString(),
          ip_address: row.ipAddress,
          user_agent: row.userAgent,
          detail: row.detail,
        })),
      });
      return 0;
    }
    printLine(`security events of ${user.email}: ${plural(rows.length, 'event')} shown, newest first`);
    if (rows.length === 0) return 0;
    const typeWidth = Math.max(4, ...rows.map((row) => row.type.length));
    const ipWidth = Math.max(2, ...rows.map((row) => (row.ipAddress ?? '-').length));
    printLine(`${'time'.padEnd(24)}  ${'type'.padEnd(typeWidth)}  ${'ip'.padEnd(ipWidth)}  detail  user agent`);
    for (const row of rows) {
      const detail = Object.keys(row.detail).length > 0 ? JSON.stringify(row.detail) : '-';
      printLine(
        `${formatDate(row.createdAt)}  ${row.type.padEnd(typeWidth)}  ${(row.ipAddress ?? '-').padEnd(ipWidth)}  ${detail}  ${row.userAgent ?? '-'}`,
      );
    }
    return 0;
  });
};
