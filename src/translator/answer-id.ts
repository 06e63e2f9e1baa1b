/**
 * Answer ids: what POST /translate hands out so that feedback can name the answer it is about,
 * without the server storing any answer. An id is a compact token the server signed itself:
 *
 *   base64url(payload) "." base64url(HMAC-SHA-256(key, payload), first 16 bytes)
 *
 * payload (version 1), binary:
 *   0        version (1)
 *   1..6     issue time, milliseconds since the epoch (unsigned 48-bit, big-endian)
 *   7..12    6 random bytes (two answers in the same millisecond are still two answers)
 *   13..28   the user's id (the UUID's 16 bytes)
 *   29       the answer's language (its index in LANGUAGES)
 *   30       pattern id length in bytes (NO_PATTERN for none), then the pattern id (UTF-8)
 *   …        error type length in bytes, then the error type (UTF-8, cut to MAX_ERROR_TYPE_BYTES)
 *
 * Issuing costs one HMAC over ~60–200 bytes and two base64 encodings: a few microseconds, no I/O.
 * Verifying checks the shape, the base64url is canonical (one string per answer, so nobody rates
 * one answer twice under two spellings), then the MAC in constant time, and only then reads it.
 * Pure TypeScript: no Nest imports.
 */
import { createHmac, createSecretKey, randomFillSync, timingSafeEqual, type KeyObject } from 'node:crypto';
import { LANGUAGES, type Language } from './translation';

const VERSION = 1;
const MAC_BYTES = 16;
const NONCE_BYTES = 6;
const NO_PATTERN = 0xff;
/** Pattern ids are short (`python.module-not-found`); a longer one is cut, never refused. */
export const MAX_PATTERN_ID_BYTES = 64;
/** Error types can be anything a model or a text said; the id carries the first 120 bytes. */
export const MAX_ERROR_TYPE_BYTES = 120;
const FIXED_BYTES = 1 + 6 + NONCE_BYTES + 16 + 1;
const MAX_PAYLOAD_BYTES = FIXED_BYTES + 1 + MAX_PATTERN_ID_BYTES + 1 + MAX_ERROR_TYPE_BYTES;
const MIN_PAYLOAD_BYTES = FIXED_BYTES + 2;
/** Unpadded base64url length of `bytes` bytes. */
const encodedLength = (bytes: number): number => Math.ceil((bytes * 4) / 3);
/** The longest id this version issues (both parts and the dot): 311 characters. */
export const MAX_ANSWER_ID_LENGTH = encodedLength(MAX_PAYLOAD_BYTES) + 1 + encodedLength(MAC_BYTES);
/** What a well-formed answer id looks like, checked before anything is decoded. */
export const ANSWER_ID_SHAPE = new RegExp(
  `^[A-Za-z0-9_-]{${encodedLength(MIN_PAYLOAD_BYTES)},${encodedLength(MAX_PAYLOAD_BYTES)}}\\.[A-Za-z0-9_-]{${encodedLength(MAC_BYTES)}}$`,
);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The key is bound to this purpose: the same secret signs JWTs, and the two must never be interchangeable. */
const KEY_PURPOSE = 'ai-error-translator/answer-id/v1';

/** What an answer id says about its answer. */
export interface AnswerClaims {
  userId: string;
  language: Language;
  errorType: string;
  patternId: string | null;
  /** Epoch milliseconds. */
  issuedAt: number;
}

export type AnswerIdCheck =
  | { ok: true; claims: AnswerClaims }
  /** Not one of ours: wrong shape, wrong signature, unknown version or contents. */
  | { ok: false; reason: 'invalid' };

/** Random bytes for the nonces, drawn from a pool refilled 4 KiB at a time (one syscall per ~680 ids). */
class NoncePool {
  private readonly pool = Buffer.allocUnsafe(4096);
  private offset = this.pool.length;

  take(into: Buffer, at: number): void {
    if (this.offset + NONCE_BYTES > this.pool.length) {
      randomFillSync(this.pool);
      this.offset = 0;
    }
    this.pool.copy(into, at, this.offset, this.offset + NONCE_BYTES);
    this.offset += NONCE_BYTES;
  }
}

/** Writes the UUID's 16 bytes at `at`. */
function writeUuid(into: Buffer, at: number, id: string): void {
  if (!UUID.test(id)) throw new TypeError('answer ids are issued for UUID user ids only');
  into.write(id.slice(0, 8), at, 'hex');
  into.write(id.slice(9, 13), at + 4, 'hex');
  into.write(id.slice(14, 18), at + 6, 'hex');
  into.write(id.slice(19, 23), at + 8, 'hex');
  into.write(id.slice(24), at + 10, 'hex');
}

/**
 * Writes a length byte and then `text` as UTF-8, at most `max` bytes of it (Buffer#write never
 * writes part of a character); returns the position after it.
 */
function writeShortString(into: Buffer, at: number, text: string, max: number): number {
  const written = into.write(text, at + 1, max, 'utf8');
  into[at] = written;
  return at + 1 + written;
}

function uuidOf(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export class AnswerIdSigner {
  private readonly key: KeyObject;
  private readonly nonces = new NoncePool();

  /** `secret`: ANSWER_ID_SECRET, or the JWT secret; the signing key is derived from it. */
  constructor(secret: string) {
    this.key = createSecretKey(createHmac('sha256', secret).update(KEY_PURPOSE).digest());
  }

  issue(claims: Omit<AnswerClaims, 'issuedAt'>, now = Date.now()): string {
    const buffer = Buffer.allocUnsafe(MAX_PAYLOAD_BYTES);
    buffer[0] = VERSION;
    buffer.writeUIntBE(now, 1, 6);
    this.nonces.take(buffer, 7);
    writeUuid(buffer, 13, claims.userId);
    const language = LANGUAGES.indexOf(claims.language);
    buffer[29] = language < 0 ? LANGUAGES.indexOf('unknown') : language;
    let at = FIXED_BYTES;
    if (claims.patternId === null) buffer[at++] = NO_PATTERN;
    else at = writeShortString(buffer, at, claims.patternId, MAX_PATTERN_ID_BYTES);
    at = writeShortString(buffer, at, claims.errorType, MAX_ERROR_TYPE_BYTES);
    const payload = buffer.subarray(0, at);
    return `${payload.toString('base64url')}.${this.mac(payload).toString('base64url')}`;
  }

  verify(answerId: unknown): AnswerIdCheck {
    const invalid = { ok: false, reason: 'invalid' } as const;
    if (typeof answerId !== 'string' || !ANSWER_ID_SHAPE.test(answerId)) return invalid;
    const dot = answerId.indexOf('.');
    const encodedPayload = answerId.slice(0, dot);
    const encodedMac = answerId.slice(dot + 1);
    const payload = Buffer.from(encodedPayload, 'base64url');
    const mac = Buffer.from(encodedMac, 'base64url');
    // Node's decoder ignores stray trailing bits: only the one canonical spelling is accepted.
    if (payload.toString('base64url') !== encodedPayload || mac.toString('base64url') !== encodedMac) return invalid;
    if (mac.length !== MAC_BYTES || payload.length > MAX_PAYLOAD_BYTES) return invalid;
    if (!timingSafeEqual(mac, this.mac(payload))) return invalid;
    const claims = parse(payload);
    return claims ? { ok: true, claims } : invalid;
  }

  private mac(payload: Buffer): Buffer {
    return createHmac('sha256', this.key).update(payload).digest().subarray(0, MAC_BYTES);
  }
}

/** The claims of a correctly signed payload; null if it is not a version this code reads. */
function parse(payload: Buffer): AnswerClaims | null {
  if (payload.length < MIN_PAYLOAD_BYTES || payload[0] !== VERSION) return null;
  const language = LANGUAGES[payload[29]];
  if (language === undefined) return null;
  let at = FIXED_BYTES;
  const patternLength = payload[at++];
  let patternId: string | null = null;
  if (patternLength !== NO_PATTERN) {
    if (at + patternLength > payload.length) return null;
    patternId = payload.toString('utf8', at, at + patternLength);
    at += patternLength;
  }
  if (at >= payload.length) return null;
  const typeLength = payload[at++];
  if (at + typeLength !== payload.length) return null;
  return {
    userId: uuidOf(payload.subarray(13, 29)),
    language,
    errorType: payload.toString('utf8', at, at + typeLength),
    patternId,
    issuedAt: payload.readUIntBE(1, 6),
  };
}
