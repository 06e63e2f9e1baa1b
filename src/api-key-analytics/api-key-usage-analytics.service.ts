import { Injectable } from '@nestjs/common';
import { apiKeyNotFound } from '../api-keys/api-key-problems';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { ReadReplicas } from '../database/read-replicas.service';
import { daysEndingOn, utcDay } from '../usage/usage-calendar';
import { ApiKeyUsageRepository, type KeyLastUse } from './api-key-usage.repository';
import { summariseKeyUsage, type KeyUsageSummary } from './api-key-usage-summary';

export interface KeyUsageReport {
  keyId: string;
  summary: KeyUsageSummary;
  lastUse: KeyLastUse | null;
}

/**
 * Analytics of one API key, from its daily roll-up. Whose key it is is asked of the primary (a key
 * created a moment ago must not be a 404); the history tolerates a few seconds of lag and is read
 * from a replica when one serves, as GET /users/me/usage is.
 */
@Injectable()
export class ApiKeyUsageAnalyticsService {
  constructor(
    private readonly keys: ApiKeysService,
    private readonly usage: ApiKeyUsageRepository,
    private readonly replicas: ReadReplicas,
  ) {}

  /** The last `days` UTC days, today included; 404 unless the key is the user's (active or not). */
  async usageFor(userId: string, keyId: string, days: number, now = new Date()): Promise<KeyUsageReport> {
    const key = await this.keys.findForUser(userId, keyId);
    if (!key) throw apiKeyNotFound();
    const window = daysEndingOn(utcDay(now), days);
    const [rows, lastUse] = await this.replicas.read((on) =>
      Promise.all([this.usage.rowsForKey(key.id, window[0], window[window.length - 1], on), this.usage.lastUse(key.id, on)]),
    );
    return { keyId: key.id, summary: summariseKeyUsage(window, rows), lastUse };
  }
}
