import { withDatabase } from '../cli-database';
import { printFields, printJson } from '../cli-output';
import { progressBar } from '../cli-progress-bar';
import type { CommandRun } from '../command';

/** The seed's token_blacklist_repo.cleanup_expired_tokens(), plus our other token tables. */
export const cleanupTokens: CommandRun = ({ config, flags }) =>
  withDatabase(config, async ({ tokens }) => {
    const bar = progressBar('expired tokens', 'tables');
    bar?.update(0, 3);
    const removed = await tokens.cleanupExpired(new Date(), bar ? (done, of) => bar.update(done, of) : undefined).finally(() => bar?.stop());
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
