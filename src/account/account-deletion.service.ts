import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { SessionsService } from '../auth/sessions.service';
import { BillingService } from '../billing/billing.service';
import { MailService } from '../mail/mail.service';
import { PasswordConfirmation } from '../users/password-confirmation.service';
import { UsersService } from '../users/users.service';
import { wrongPassword } from './account-problems';

interface Deleted {
  keyHashes: string[];
  families: string[];
}

/**
 * DELETE /users/me. In order: the password (403, nothing changed; throttled as logins are), the Stripe subscription
 * cancelled (502/503 when Stripe or billing fails: nothing changed), then one transaction deletes
 * the user, whose rows cascade (keys, sessions, mailed tokens, subscriptions, the daily usage
 * roll-up, feedback), after anonymising the raw usage rows that stay (see docs/account-data.md).
 * Once committed, every instance is told: the login families are revoked, the cached user row
 * and API keys are dropped (the change feed, milliseconds). Last, the confirmation mail.
 */
@Injectable()
export class AccountDeletionService {
  private readonly logger = new Logger(AccountDeletionService.name);

  constructor(
    private readonly db: DataSource,
    private readonly users: UsersService,
    private readonly confirmation: PasswordConfirmation,
    private readonly billing: BillingService,
    private readonly sessions: SessionsService,
    private readonly apiKeys: ApiKeysService,
    private readonly mail: MailService,
  ) {}

  async delete(userId: string, password: string, ip: string): Promise<void> {
    const user = await this.confirmation.confirm(userId, password, ip);
    if (!user) throw wrongPassword();
    await this.billing.cancelForAccountDeletion(userId);
    const deleted = await this.db.transaction(async (manager): Promise<Deleted> => {
      const keys: Array<{ key_hash: string }> = await manager.query('SELECT key_hash FROM api_keys WHERE user_id = $1', [userId]);
      const families: Array<{ family_id: string }> = await manager.query(
        'SELECT DISTINCT family_id FROM refresh_tokens WHERE user_id = $1 AND expires_at > now()',
        [userId],
      );
      // The rows stay for service-wide figures; what could tell who made them goes (user_id by the users delete trigger).
      await manager.query('UPDATE usage_logs SET ip_address = NULL, user_agent = NULL, error_message = NULL WHERE user_id = $1', [userId]);
      // security_events has no foreign key (events are written in batches that must not fail on a deleted user).
      await manager.query('DELETE FROM security_events WHERE user_id = $1', [userId]);
      await manager.query('DELETE FROM users WHERE id = $1', [userId]);
      return { keyHashes: keys.map((row) => row.key_hash), families: families.map((row) => row.family_id) };
    });
    this.logger.log(`deleted account ${userId} (${deleted.keyHashes.length} API keys, ${deleted.families.length} login families)`);
    await this.revokeEverywhere(userId, deleted);
    await this.mail.sendAccountDeleted(user.email, user.fullName, new Date()).catch(() => {
      // Logged by MailService; the account is gone either way, and saying otherwise would mislead.
    });
  }

  /**
   * The user row is gone, so any token of theirs already fails the guard's user lookup once the
   * cached row is dropped; the family revocations make that hold even for a cache that missed the
   * notice (until its TTL), and the key hashes drop the API-key verification caches.
   */
  private async revokeEverywhere(userId: string, deleted: Deleted): Promise<void> {
    await this.users.forgetCached(userId);
    await this.sessions.revokeAccessTokens(userId, deleted.families, 'account deleted');
    for (const hash of deleted.keyHashes) await this.apiKeys.announceChanged(hash);
  }
}
