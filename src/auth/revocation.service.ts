import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ChangeFeed } from '../database/change-feed';
import { TokenBlacklistRepository, type Revocation } from './token-blacklist.repository';

const TOPIC = 'revoked';

/**
 * The token blacklist, held in memory so that checking a token costs no database round trip.
 * Loaded at start, kept current across instances by the change feed, reloaded after a lost
 * feed connection. While the feed is down the set may miss revocations made elsewhere, so each
 * check asks the database instead (and fails with it: a 503, never a possibly revoked token
 * accepted). Ids are token jtis and login-family ids.
 */
@Injectable()
export class RevocationService implements OnApplicationBootstrap {
  private readonly logger = new Logger(RevocationService.name);
  /** id → expiry in ms; entries past expiry are pruned lazily. */
  private revoked = new Map<string, number>();

  constructor(
    private readonly blacklist: TokenBlacklistRepository,
    private readonly feed: ChangeFeed,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.feed.subscribe(TOPIC, (payload) => {
      const [id, expires] = payload.split(' ');
      if (id) this.revoked.set(id, Number(expires));
    });
    this.feed.onResync(() => this.reload());
    await this.reload().catch((error: Error) => this.logger.error(`could not load the token blacklist: ${error.message}`));
  }

  async isRevoked(...ids: string[]): Promise<boolean> {
    if (!this.feed.cachesTrusted) return this.blacklist.anyUnexpired(ids);
    const now = Date.now();
    for (const id of ids) {
      const expires = this.revoked.get(id);
      if (expires === undefined) continue;
      if (expires > now) return true;
      this.revoked.delete(id);
    }
    return false;
  }

  async revoke(revocation: Revocation): Promise<void> {
    await this.blacklist.revoke(revocation);
    const expires = revocation.expiresAt.getTime();
    this.revoked.set(revocation.tokenJti, expires);
    await this.feed.publish(TOPIC, `${revocation.tokenJti} ${expires}`);
  }

  private async reload(): Promise<void> {
    const rows = await this.blacklist.findUnexpired();
    const fresh = new Map(rows.map((row) => [row.tokenJti, row.expiresAt.getTime()]));
    // Keep what arrived over the feed while the query ran.
    for (const [id, expires] of this.revoked) if (!fresh.has(id)) fresh.set(id, expires);
    this.revoked = fresh;
  }
}
