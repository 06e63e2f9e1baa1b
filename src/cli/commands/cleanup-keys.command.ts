import { withDatabase } from '../cli-database';
import { printFields, printJson } from '../cli-output';
import type { CommandRun } from '../command';

/**
 * The seed's api_key_repo.cleanup_expired_keys(): deactivates (does not delete) API keys whose
 * expiry has passed, so their owners still see them listed; running servers refuse them already.
 */
export const cleanupKeys: CommandRun = ({ config, flags }) =>
  withDatabase(config, async ({ apiKeys }) => {
    const deactivated = await apiKeys.cleanupExpired();
    if (flags.json) printJson({ deactivated });
    else printFields([['expired API keys deactivated', String(deactivated)]]);
    return 0;
  });
