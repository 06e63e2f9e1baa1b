import type Redis from 'ioredis';

/** The outcome of trying to count one more translation; null when the month's count is not there yet. */
export type Reservation = { admitted: boolean; used: number } | null;

/**
 * A month's count of translations per user. `reserve` counts one more unless the limit is
 * reached (null = unlimited) in one atomic step; `release` gives one back (the translation
 * failed); `seed` sets the count from the durable truth when it is absent.
 */
export interface QuotaCounter {
  reserve(key: string, limit: number | null): Promise<Reservation>;
  release(key: string): Promise<void>;
  read(key: string): Promise<number | null>;
  seed(key: string, used: number, expiresAt: Date): Promise<void>;
}

// Answers {admitted (1/0), used}, or {-1, 0} when the key is absent (to be seeded first).
const RESERVE = `
local used = redis.call('GET', KEYS[1])
if not used then return {-1, 0} end
used = tonumber(used)
local limit = tonumber(ARGV[1])
if limit >= 0 and used >= limit then return {0, used} end
return {1, redis.call('INCR', KEYS[1])}
`;
// Never re-creates an expired key (a DECR would make it -1).
const RELEASE = `
if redis.call('EXISTS', KEYS[1]) == 1 then return redis.call('DECR', KEYS[1]) end
return 0
`;

interface QuotaCommands {
  aetQuotaReserve(key: string, limit: string): Promise<[number, number]>;
  aetQuotaRelease(key: string): Promise<number>;
}

/** Shared by every instance: one Lua call (EVALSHA) per translation. */
export class RedisQuotaCounter implements QuotaCounter {
  private readonly client: Redis & QuotaCommands;

  constructor(client: Redis) {
    client.defineCommand('aetQuotaReserve', { numberOfKeys: 1, lua: RESERVE });
    client.defineCommand('aetQuotaRelease', { numberOfKeys: 1, lua: RELEASE });
    this.client = client as Redis & QuotaCommands;
  }

  async reserve(key: string, limit: number | null): Promise<Reservation> {
    const [flag, used] = await this.client.aetQuotaReserve(key, String(limit ?? -1));
    return flag === -1 ? null : { admitted: flag === 1, used };
  }

  async release(key: string): Promise<void> {
    await this.client.aetQuotaRelease(key);
  }

  async read(key: string): Promise<number | null> {
    const value = await this.client.get(key);
    return value === null ? null : Number(value);
  }

  async seed(key: string, used: number, expiresAt: Date): Promise<void> {
    // NX: another instance may have seeded (and counted) meanwhile; its count wins.
    await this.client.set(key, used, 'EXAT', Math.ceil(expiresAt.getTime() / 1000), 'NX');
  }
}

const MAX_ENTRIES = 100_000;

/** This instance alone: without REDIS_URL, and while Redis is unusable. */
export class MemoryQuotaCounter implements QuotaCounter {
  private readonly entries = new Map<string, { used: number; expiresAt: number }>();

  async reserve(key: string, limit: number | null): Promise<Reservation> {
    const entry = this.live(key);
    if (!entry) return null;
    if (limit !== null && entry.used >= limit) return { admitted: false, used: entry.used };
    entry.used += 1;
    return { admitted: true, used: entry.used };
  }

  async release(key: string): Promise<void> {
    const entry = this.live(key);
    if (entry && entry.used > 0) entry.used -= 1;
  }

  async read(key: string): Promise<number | null> {
    return this.live(key)?.used ?? null;
  }

  async seed(key: string, used: number, expiresAt: Date): Promise<void> {
    if (this.live(key)) return;
    // Bounded: the oldest entry goes first; it is re-seeded from the database when needed again.
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { used, expiresAt: expiresAt.getTime() });
  }

  private live(key: string): { used: number; expiresAt: number } | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }
}
