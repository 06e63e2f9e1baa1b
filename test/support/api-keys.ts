import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { json, type Session } from './accounts';
import type { TestApp, TestResponse } from './test-app';
import { sleep } from './wait';

/**
 * The key format as docs/api-keys.md states it, written again here (not imported from src) so
 * the tests check the service against the document: `aet_` + 40 random base62 characters + the
 * CRC32 of those 40, in base62 (digits 0-9A-Za-z), left-padded with '0' to 6 characters.
 */
export const ISSUED_KEY = /^aet_[A-Za-z0-9]{46}$/;
/** The scanner's expression from docs/api-keys.md, verbatim. */
export const SCANNER_PATTERN = /\baet_[A-Za-z0-9]{46}\b/;
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function checksumOf(random: string): string {
  let value = crc32(random);
  let out = '';
  for (let i = 0; i < 6; i += 1) {
    out = DIGITS[value % 62] + out;
    value = Math.floor(value / 62);
  }
  return out;
}

/** 40 random base62 characters (slightly biased: good enough for a key nobody was given). */
export function randomPart(length = 40): string {
  return [...randomBytes(length)].map((byte) => ALPHABET[byte % 62]).join('');
}

/** A key in the current format with a correct checksum that was never issued. */
export function unissuedKey(): string {
  const random = randomPart();
  return `aet_${random}${checksumOf(random)}`;
}

/** The same key with one character of its random part changed: a typo, so its checksum no longer matches. */
export function mistyped(key: string, at = 10): string {
  const replacement = key[at] === 'a' ? 'b' : 'a';
  return key.slice(0, at) + replacement + key.slice(at + 1);
}

export function viaHeader(key: string): RequestInit {
  return { headers: { 'x-api-key': key } };
}

/** GET /users/me/api-keys/current: which key a request was made with (checks a key works). */
export function currentKey(app: TestApp, init: RequestInit): Promise<TestResponse> {
  return app.request('/users/me/api-keys/current', init);
}

export function createKey(app: TestApp, session: Session, body: Record<string, unknown> = { name: 'ci' }): Promise<TestResponse> {
  return app.request('/users/me/api-keys', json('POST', body, session.access));
}

export async function newKey(
  app: TestApp,
  session: Session,
  body: Record<string, unknown> = { name: 'ci' },
): Promise<{ id: string; key: string }> {
  const created = await createKey(app, session, body);
  if (created.status !== 201) throw new Error(`create failed: ${created.status} ${created.text}`);
  return { id: created.body.id, key: created.body.key };
}

/** Polls until `request` answers `status`, and returns how long that took. */
export async function msUntilStatus(request: () => Promise<TestResponse>, status: number, limitMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    if ((await request()).status === status) return Date.now() - started;
    await sleep(20);
  }
  throw new Error(`still not ${status} after ${limitMs} ms`);
}
