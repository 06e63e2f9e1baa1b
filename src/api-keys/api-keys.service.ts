import { Injectable, Optional } from '@nestjs/common';
import { ProblemException } from '../common/problem.exception';
import { ProblemType } from '../common/problem-details';
import { AppConfig } from '../config/app-config';
import { ChangeFeed } from '../database/change-feed';
import { API_KEY_CHANGED, ApiKeyAuthService } from './api-key-auth.service';
import { generateApiKey, hashApiKey, visiblePrefixOf } from './api-key-format';
import { apiKeyLimitReached, apiKeyNotFound, apiKeyNotRotatable } from './api-key-problems';
import type { ApiKey } from './api-key.entity';
import { ApiKeyRepository } from './api-key.repository';

export interface CreatedApiKey {
  record: ApiKey;
  /** The plaintext key: returned once, never stored. */
  key: string;
}

export interface RotatedApiKey extends CreatedApiKey {
  /** The old key, now ending at the end of its grace period. */
  replaced: ApiKey;
}

@Injectable()
export class ApiKeysService {
  constructor(
    private readonly keys: ApiKeyRepository,
    private readonly config: AppConfig,
    private readonly feed: ChangeFeed,
    /**
     * This instance's verification cache, dropped at once on deactivation (absent in the CLI).
     * Declared optional rather than `| null`: a union type is emitted as `Object` in the
     * constructor's metadata, and Nest then injected nothing, leaving only the change feed.
     */
    @Optional() private readonly verifier?: ApiKeyAuthService,
  ) {}

  /** A new key for the user, within their tier's cap on active keys (409 when reached). */
  async create(userId: string, input: { name: string; expiresAt?: string | null }): Promise<CreatedApiKey> {
    const expiresAt = parseExpiry(input.expiresAt);
    const { key, stored } = this.newKey();
    const outcome = await this.keys.createWithinCap(userId, (tier) => this.config.tiers[tier].apiKeyCap, {
      name: input.name,
      expiresAt,
      ...stored,
    });
    if (outcome.kind === 'limit') throw apiKeyLimitReached(outcome.tier, outcome.limit);
    if (outcome.kind === 'no-user') throw ProblemException.of(401, ProblemType.invalidToken, 'The account does not exist or is disabled.');
    return { record: outcome.key, key };
  }

  /**
   * Replaces one of the user's keys with a new one of the same name and expiry; the old one keeps
   * working for `graceSeconds` more (0: stops now). 404 for no such key of theirs, 409 for one
   * that is deactivated, expired or already rotated. Every instance sees the new end of the old
   * key: this one at once, the others through the change feed (as for a deactivation).
   */
  async rotate(userId: string, id: string, graceSeconds: number): Promise<RotatedApiKey> {
    const { key, stored } = this.newKey();
    const outcome = await this.keys.rotate(userId, id, graceSeconds, stored);
    if (outcome.kind === 'not-found') throw apiKeyNotFound();
    if (outcome.kind === 'inactive' || outcome.kind === 'already-rotated') throw apiKeyNotRotatable(outcome.kind);
    await this.announceChanged(outcome.replaced.keyHash);
    return { record: outcome.key, key, replaced: outcome.replaced };
  }

  list(userId: string): Promise<ApiKey[]> {
    return this.keys.listForUser(userId);
  }

  findForUser(userId: string, id: string): Promise<ApiKey | null> {
    return this.keys.findForUser(userId, id);
  }

  /**
   * Deactivates one of the user's keys (idempotent); 404 when they have no such key, whether it
   * does not exist or belongs to someone else. Every instance stops accepting it within
   * milliseconds: this one at once, the others through the change feed.
   */
  async deactivate(userId: string, id: string): Promise<void> {
    const hash = await this.keys.deactivate(userId, id);
    if (hash === null) throw apiKeyNotFound();
    await this.announceChanged(hash);
  }

  /** A key's row changed in a way verification must see: drop it here, and everywhere else over the change feed. */
  async announceChanged(hash: string): Promise<void> {
    this.verifier?.forget(hash);
    await this.feed.publish(API_KEY_CHANGED, hash);
  }

  /** A fresh key and what is stored of it. */
  private newKey(): { key: string; stored: { keyHash: string; prefix: string } } {
    const key = generateApiKey();
    return { key, stored: { keyHash: hashApiKey(key, this.config.apiKeys.pepper), prefix: visiblePrefixOf(key) } };
  }

  countForUser(userId: string): Promise<{ active: number; total: number }> {
    return this.keys.countForUser(userId);
  }

  /** Deactivates keys past their expiry; returns how many (see ApiKeyRepository.cleanupExpiredKeys). */
  cleanupExpired(): Promise<number> {
    return this.keys.cleanupExpiredKeys();
  }
}

/** `expires_at` (already checked to be ISO 8601 by the DTO) as a Date that must lie in the future. */
function parseExpiry(value: string | null | undefined): Date | null {
  if (value === undefined || value === null) return null;
  const expiresAt = new Date(value);
  if (Number.isNaN(expiresAt.getTime())) {
    throw ProblemException.validation([{ field: 'expires_at', message: 'expires_at must be an ISO 8601 date-time' }]);
  }
  if (expiresAt.getTime() <= Date.now()) {
    throw ProblemException.validation([{ field: 'expires_at', message: 'expires_at must lie in the future' }]);
  }
  return expiresAt;
}
