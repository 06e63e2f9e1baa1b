import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { ChangeFeed } from '../database/change-feed';
import type { User } from './user.entity';
import { UserRepository } from './user.repository';

const TOPIC = 'user-changed';
/** A bound on staleness should a change notification ever be lost. */
const TTL_MS = 60_000;
const MAX_ENTRIES = 50_000;

/**
 * User rows by id for the auth guard, so that an authenticated request needs no user query.
 * Every write to a user invalidates its entry on every instance through the change feed; while
 * the feed is down an entry may be stale (a disabled user, a changed password), so every lookup
 * reads the database.
 */
@Injectable()
export class UserCacheService implements OnApplicationBootstrap {
  private readonly entries = new Map<string, { user: User; at: number }>();
  /** Bumped on every invalidation: a read that started before one may hold the old row, and must not be cached. */
  private generation = 0;

  constructor(
    private readonly users: UserRepository,
    private readonly feed: ChangeFeed,
  ) {}

  onApplicationBootstrap(): void {
    this.feed.subscribe(TOPIC, (id) => this.forget(id));
    this.feed.onResync(() => {
      this.generation += 1;
      this.entries.clear();
    });
  }

  async get(id: string): Promise<User | null> {
    const entry = this.feed.cachesTrusted ? this.entries.get(id) : undefined;
    if (entry && Date.now() - entry.at < TTL_MS) return entry.user;
    const generation = this.generation;
    const user = await this.users.findOneBy({ id });
    if (user && generation === this.generation) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(id, { user, at: Date.now() });
    }
    return user;
  }

  async invalidate(id: string): Promise<void> {
    this.forget(id);
    await this.feed.publish(TOPIC, id);
  }

  private forget(id: string): void {
    this.generation += 1;
    this.entries.delete(id);
  }
}
