import { withDatabase } from '../cli-database';
import { printFields, printJson } from '../cli-output';
import type { CommandRun } from '../command';

/** The seed's token_blacklist_repo.cleanup_expired_tokens(), plus our other token tables. */
export const cleanupTokens: CommandRun = ({ config, flags }) =>
  withDatabase(config, async ({ tokens }) => {
    const removed = await tokens.cleanupExpired();
    if (flags.json) {
      printJson({ blacklisted: removed.blacklisted, refresh_tokens: removed.refreshTokens, action_tokens: removed.actionTokens });
      return 0;
    }
    printFields([
      ['expired blacklist entries deleted', String(removed.blacklisted)],
      ['expired refresh tokens deleted', String(removed.refreshTokens)],
      ['expired mailed tokens deleted', String(removed.actionTokens)],
    ]);
    return 0;
  });
