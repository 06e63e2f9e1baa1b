import { withDatabase } from '../cli-database';
import { printFields, printJson } from '../cli-output';
import { progressBar } from '../cli-progress-bar';
import type { CommandRun } from '../command';

/**
 * The seed's api_key_repo.cleanup_expired_keys(): deactivates (does not delete) API keys whose
 * expiry has passed, so their owners still see them listed; running servers refuse them already.
 */
export const cleanupKeys: CommandRun = ({ config, flags }) =>
  withDatabase(config, async ({ apiKeys }) => {
    // One UPDATE: the bar (on a terminal) shows it running and then the count it changed.
    const bar = progressBar('expired API keys', 'statements');
    bar?.update(0, 1);
    const deactivated = await apiKeys.cleanupExpired().finally(() => {
      bar?.update(1, 1);
      bar?.stop();
    });
    if (flags.json) printJson({ deactivated });
    else printFields([['expired API keys deactivated', String(deactivated)]]);
    return 0;
  });
