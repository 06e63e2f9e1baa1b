import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ProblemException } from '../common/problem.exception';
import { ProblemType } from '../common/problem-details';
import { AppConfig } from '../config/app-config';
import { ChangeFeed } from '../database/change-feed';
import { DatabaseOutage } from '../database/database-outage.service';
import { isDatabaseUnavailable } from '../database/database-unavailable';
import { UsersService } from '../users/users.service';
import { apiKeyShapeOf, hashApiKey } from './api-key-format';
import { invalidApiKey } from './api-key-problems';
import { ApiKeyUsageService } from './api-key-usage.service';
import type { ApiKey } from './api-key.entity';
import { ApiKeyRepository } from './api-key.repository';

/** Published with the key's hash when a key is deactivated or rotated: every instance drops its entry. */
export const API_KEY_CHANGED = 'api-key-changed';

/** A bound on staleness should a notification ever be lost (a reconnect clears everything anyway). */
const POSITIVE_TTL_MS = 60_000;
const POSITIVE_MAX = 100_000;
/** Unknown hashes: a flood repeating the same random keys costs one query per key per 10 s. */
const NEGATIVE_TTL_MS = 10_000;
const NEGATIVE_MAX = 10_000;
/** What `tokenExpiresAt` says for a key without expiry. */
const NEVER = new Date(8_640_000_000_000_000);

/** What verification needs of a key row; the key's hash is the cache key. */
interface CachedKey {
  id: string;
  userId: string | null;
  keyHash: Buffer;
  active: boolean;
  /** For a rotated key, the end of its grace period (rotation writes it into `expires_at`). */
  expiresAt: number | null;
  rotated: boolean;
  loadedAt: number;
}

/**
 * Verifies API keys without a database round trip per request: key rows are cached by hash
 * (and unknown hashes briefly, bounded), the owner comes from the users' auth cache, and
 * `last_used` is written in batches. A deactivation anywhere reaches every instance over the
 * change feed within milliseconds; while the feed is down the cache is bypassed (each use reads
 * the database, or answers 503 without it), and after a reconnect it starts empty.
 */
@Injectable()
export class ApiKeyAuthService implements OnApplicationBootstrap {
  private readonly logger = new Logger(ApiKeyAuthService.name);
  private readonly known = new Map<string, CachedKey>();
  /** hash → until when (ms) it is known not to exist. */
  private readonly unknown = new Map<string, number>();
  /** Concurrent requests with the same uncached key share one query. */
  private readonly loading = new Map<string, Promise<CachedKey | null>>();
  /** Bumped on every invalidation: a query that started before it must not fill the cache. */
  private epoch = 0;

  constructor(
    private readonly keys: ApiKeyRepository,
    private readonly users: UsersService,
    private readonly usage: ApiKeyUsageService,
    private readonly feed: ChangeFeed,
    private readonly config: AppConfig,
    private readonly outage: DatabaseOutage,
  ) {}

  onApplicationBootstrap(): void {
    this.feed.subscribe(API_KEY_CHANGED, (hash) => this.forget(hash));
    this.feed.onResync(() => this.forgetAll());
  }

  /**
   * The principal for a presented key, or a 401 problem saying why not. Unknown and deactivated
   * keys get the same answer; "expired" and "owner inactive" are only reachable with the real
   * key, so they tell its holder nothing they could not know.
   */
  async authenticate(key: string): Promise<AuthenticatedUser> {
    // Offline first: a malformed key or a bad checksum never reaches the cache or the database.
    const shape = apiKeyShapeOf(key);
    if (shape === 'malformed') throw invalidApiKey('malformed');
    if (shape === 'bad-checksum') throw invalidApiKey('bad-checksum');
    const hash = hashApiKey(key, this.config.apiKeys.pepper);
    const entry = await this.lookup(hash);
    // Found by its hash already; the final comparison is constant-time all the same.
    const presented = Buffer.from(hash, 'hex');
    if (!entry || entry.keyHash.length !== presented.length || !timingSafeEqual(entry.keyHash, presented) || !entry.active) {
      throw invalidApiKey('unknown-or-inactive');
    }
    if (entry.expiresAt !== null && entry.expiresAt <= Date.now()) throw invalidApiKey(entry.rotated ? 'rotated' : 'expired');
    const user = entry.userId === null ? null : await this.users.findForAuth(entry.userId);
    if (!user || user.isActive === false) throw invalidApiKey('owner-inactive');
    this.usage.record(entry.id);
    return {
      user,
      tokenId: entry.id,
      familyId: entry.id,
      tokenExpiresAt: entry.expiresAt === null ? NEVER : new Date(entry.expiresAt),
      apiKeyId: entry.id,
    };
  }

  /** Drops what this instance knows of a key (its hash), so the next use reads the database. */
  forget(hash: string): void {
    this.epoch += 1;
    this.known.delete(hash);
    this.unknown.delete(hash);
    this.loading.delete(hash);
  }

  private forgetAll(): void {
    this.epoch += 1;
    this.known.clear();
    this.unknown.clear();
    this.loading.clear();
  }

  private lookup(hash: string): Promise<CachedKey | null> | CachedKey | null {
    const now = Date.now();
    // While the change feed is down a deactivation elsewhere may not have reached us: ask the database.
    const trusted = this.feed.cachesTrusted;
    const entry = trusted ? this.known.get(hash) : undefined;
    if (entry && now - entry.loadedAt < POSITIVE_TTL_MS) return entry;
    const unknownUntil = trusted ? this.unknown.get(hash) : undefined;
    if (unknownUntil !== undefined) {
      if (unknownUntil > now) return null;
      this.unknown.delete(hash);
    }
    let loading = this.loading.get(hash);
    if (!loading) {
      loading = this.load(hash);
      this.loading.set(hash, loading);
      const settled = loading;
      const done = () => {
        if (this.loading.get(hash) === settled) this.loading.delete(hash);
      };
      settled.then(done, done);
    }
    return loading;
  }

  private async load(hash: string): Promise<CachedKey | null> {
    const epoch = this.epoch;
    let row: ApiKey | null;
    try {
      row = await this.keys.findByHash(hash);
    } catch (error) {
      if (isDatabaseUnavailable(error)) this.outage.failed(error);
      else this.logger.error(`cannot look up an API key: ${(error as Error).message}`);
      throw ProblemException.of(503, ProblemType.serviceUnavailable, 'The API key cannot be verified right now; retry shortly.');
    }
    const entry: CachedKey | null = row && {
      id: row.id,
      userId: row.userId,
      keyHash: Buffer.from(row.keyHash, 'hex'),
      active: row.isActive === true,
      expiresAt: row.expiresAt?.getTime() ?? null,
      rotated: row.replacedById !== null,
      loadedAt: Date.now(),
    };
    if (epoch === this.epoch) {
      if (entry) remember(this.known, hash, entry, POSITIVE_MAX);
      else remember(this.unknown, hash, Date.now() + NEGATIVE_TTL_MS, NEGATIVE_MAX);
    }
    return entry;
  }
}

/** Insertion-ordered map as a bounded cache: the oldest entry goes first. */
function remember<V>(map: Map<string, V>, key: string, value: V, max: number): void {
  map.delete(key);
  if (map.size >= max) map.delete(map.keys().next().value!);
  map.set(key, value);
}
