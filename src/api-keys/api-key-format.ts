import { createHmac, hash, randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';

/** Every key starts with this: it tells a key from a JWT and makes leaked keys easy to scan for. */
export const API_KEY_PREFIX = 'aet_';
/** Random base62 characters after the prefix: 40 × log2(62) ≈ 238 bits. */
export const API_KEY_RANDOM_LENGTH = 40;
/** Base62 digits of the CRC32 of the random part, at the end of keys issued since rotation came (62^6 > 2^32). */
export const API_KEY_CHECKSUM_LENGTH = 6;
/** How much of the key is stored in clear for recognition: `aet_` and the first 8 random characters. */
export const API_KEY_VISIBLE_LENGTH = API_KEY_PREFIX.length + 8;

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** The checksum is a number written in base62: digits in their usual order (as GitHub's tokens do). */
const BASE62_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** The largest multiple of 62 that fits a byte (4 × 62): bytes at or above it are thrown away. */
const UNBIASED_LIMIT = 256 - (256 % BASE62.length);
/**
 * The two shapes of key ever issued (docs/api-keys.md): `aet_` + 40 random + 6 checksum
 * characters now, `aet_` + 40 random ones before. Nothing else was ever issued, so any other
 * length is refused as malformed without a lookup.
 */
const CHECKSUMMED = /^aet_([A-Za-z0-9]{40})([A-Za-z0-9]{6})$/;
const LEGACY = /^aet_[A-Za-z0-9]{40}$/;

/** How a presented key looks, before anything is looked up. */
export type ApiKeyShape = 'checksummed' | 'legacy' | 'bad-checksum' | 'malformed';

/** A new key from the CSPRNG: rejection sampling, so every base62 character is equally likely. */
export function generateApiKey(): string {
  let random = '';
  while (random.length < API_KEY_RANDOM_LENGTH) {
    // 48 bytes yield ~46.5 usable ones on average: one round almost always suffices.
    for (const byte of randomBytes(48)) {
      if (byte >= UNBIASED_LIMIT) continue;
      random += BASE62[byte % BASE62.length];
      if (random.length === API_KEY_RANDOM_LENGTH) break;
    }
  }
  return API_KEY_PREFIX + random + apiKeyChecksum(random);
}

/** CRC32 (zlib's, IEEE) of the random part's ASCII, in base62, left-padded with '0' to 6 digits. */
export function apiKeyChecksum(random: string): string {
  let value = crc32(random);
  let digits = '';
  for (let i = 0; i < API_KEY_CHECKSUM_LENGTH; i += 1) {
    digits = BASE62_DIGITS[value % 62] + digits;
    value = Math.floor(value / 62);
  }
  return digits;
}

/**
 * Decided offline, so a mistyped or made-up key costs no cache, Redis or database lookup: a
 * checksummed key whose checksum does not match was never issued by us.
 */
export function apiKeyShapeOf(value: string): ApiKeyShape {
  const checksummed = CHECKSUMMED.exec(value);
  if (checksummed) return apiKeyChecksum(checksummed[1]) === checksummed[2] ? 'checksummed' : 'bad-checksum';
  return LEGACY.test(value) ? 'legacy' : 'malformed';
}

/** The part of a key shown in lists so its owner can tell keys apart (`aet_Ab3dE9xZ`). */
export function visiblePrefixOf(key: string): string {
  return key.slice(0, API_KEY_VISIBLE_LENGTH);
}

/**
 * What is stored and looked up: HMAC-SHA-256 with the pepper when one is configured (a leaked
 * table alone then proves nothing), else SHA-256; lower-case hex. Keys carry ~238 random bits,
 * so a fast hash is enough: there is nothing to brute-force. Changing the pepper invalidates
 * every existing key.
 */
export function hashApiKey(key: string, pepper: string | null): string {
  return pepper === null ? hash('sha256', key, 'hex') : createHmac('sha256', pepper).update(key, 'utf8').digest('hex');
}

export type PresentedCredential =
  | { kind: 'none' }
  | { kind: 'api-key'; key: string }
  /**
   * X-API-Key and an access token in Authorization, as Swagger UI sends once both schemes are
   * authorised: accepted when both are valid and belong to the same user (see JwtAuthGuard).
   */
  | { kind: 'token-and-key'; key: string }
  /** Two different API keys (X-API-Key and Authorization: Bearer aet_…): whose budget counts is anyone's guess. */
  | { kind: 'two-keys' };

const BEARER = /^\s*bearer\s+(.*?)\s*$/i;

/**
 * Which credentials a request presents: `X-API-Key: <key>`, `Authorization: Bearer aet_…` (a JWT
 * never starts with `aet_`: its first segment is base64url of `{"`, i.e. `eyJ`), or a key and an
 * access token together. `none` leaves Authorization, if any, to the access-token check.
 */
export function presentedCredential(headers: Record<string, string | string[] | undefined>): PresentedCredential {
  const header = headers['x-api-key'];
  const authorization = headers.authorization;
  const bearer = typeof authorization === 'string' ? BEARER.exec(authorization)?.[1] : undefined;
  if (header !== undefined) {
    // A repeated header arrives joined (or as a list): it is then simply not a well-formed key.
    const key = (Array.isArray(header) ? header.join(', ') : header).trim();
    if (bearer === undefined) return { kind: 'api-key', key };
    if (!bearer.startsWith(API_KEY_PREFIX)) return { kind: 'token-and-key', key };
    // The same key in both places (pasted into both of Swagger UI's dialogs) is one credential.
    return bearer === key ? { kind: 'api-key', key } : { kind: 'two-keys' };
  }
  if (bearer !== undefined && bearer.startsWith(API_KEY_PREFIX)) return { kind: 'api-key', key: bearer };
  return { kind: 'none' };
}
