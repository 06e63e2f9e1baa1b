/**
 * The per-request work of our POST /translate besides the engine, written as simply as it can be
 * correct, with no framework: run by the same-work baseline (baseline-server.ts, SAME_WORK=1), it
 * tells how fast this machine can do what ours does, so ours ÷ it is the honest limit.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import { Counter } from 'prom-client';
import { INSERT_NEW_USAGE_RECORDS, usageBatchParameters } from '../src/usage/usage-log.sql';
import type { UsageRecord } from '../src/usage/usage-record';
import { DEFAULT_USAGE_BATCH_SIZE as BATCH_SIZE, DEFAULT_USAGE_FLUSH_INTERVAL_MS as FLUSH_INTERVAL_MS } from '../src/usage/usage-batching';
import { newUsageRecordId } from '../src/usage/usage-record-id';

/** As the bench configures ours: limits so high that none refuses, but counted on every request. */
const BUCKET_CAPACITY = 10_000_000;
const BUCKET_WINDOW_MS = 60_000;
const MONTHLY_QUOTA = 1_000_000_000;

/** Per key: tokens left and when they were counted; refilled continuously. */
const buckets = new Map<string, { tokens: number; atMs: number }>();

export function takeToken(keyId: string, nowMs: number): boolean {
  const bucket = buckets.get(keyId) ?? { tokens: BUCKET_CAPACITY, atMs: nowMs };
  bucket.tokens = Math.min(BUCKET_CAPACITY, bucket.tokens + ((nowMs - bucket.atMs) * BUCKET_CAPACITY) / BUCKET_WINDOW_MS);
  bucket.atMs = nowMs;
  buckets.set(keyId, bucket);
  if (bucket.tokens < 1) return false;
  bucket.tokens -= 1;
  return true;
}

/** Requests per user and UTC calendar month. */
const quotaUsed = new Map<string, number>();

export function countQuota(userId: string, now: Date): boolean {
  const key = `${userId}:${now.getUTCFullYear()}-${now.getUTCMonth() + 1}`;
  const used = quotaUsed.get(key) ?? 0;
  if (used >= MONTHLY_QUOTA) return false;
  quotaUsed.set(key, used + 1);
  return true;
}

/** Ours signs an answer id into every translation (for feedback): an HMAC over who asked and what was answered. */
const ANSWER_KEY = randomBytes(32);

export function answerId(userId: string, language: string, errorType: string, patternId: string | null): string {
  const payload = Buffer.from(`${Date.now()}|${randomBytes(6).toString('hex')}|${userId}|${language}|${patternId ?? ''}|${errorType}`);
  return `${payload.toString('base64url')}.${createHmac('sha256', ANSWER_KEY).update(payload).digest('base64url')}`;
}

const requests = new Counter({ name: 'baseline_http_requests_total', help: 'requests answered', labelNames: ['method', 'route', 'status'] });

export function countRequest(method: string, route: string, status: number): void {
  requests.inc({ method, route, status: String(status) });
}

/**
 * Ours' record, queued in memory and written by ours' statement (same rows, same indexes) every
 * FLUSH_INTERVAL_MS or BATCH_SIZE records, one batch at a time.
 */
export class UsageQueue {
  private queue: UsageRecord[] = [];
  private writing: Promise<void> | null = null;

  constructor(private readonly pool: Pool) {
    setInterval(() => this.flush(), FLUSH_INTERVAL_MS).unref();
  }

  add(row: Omit<UsageRecord, 'id' | 'errorType' | 'errorMessage'>): void {
    this.queue.push({ ...row, id: newUsageRecordId(), errorType: null, errorMessage: null });
    if (this.queue.length >= BATCH_SIZE) this.flush();
  }

  flush(): void {
    if (this.writing || this.queue.length === 0) return;
    const batch = this.queue.splice(0, BATCH_SIZE);
    this.writing = this.pool
      .query(INSERT_NEW_USAGE_RECORDS, usageBatchParameters(batch))
      .then(
        () => undefined,
        (error: unknown) => void process.stderr.write(`baseline usage batch lost: ${String(error)}\n`),
      )
      .finally(() => {
        this.writing = null;
        if (this.queue.length >= BATCH_SIZE) this.flush();
      });
  }
}
