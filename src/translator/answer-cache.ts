import { createHash } from 'node:crypto';
import type { Translation, TranslationRequest } from './translation';
import { normalise } from './rules/normalise';

/**
 * LLM answers by a hash of the normalised request: the same error pasted again (with other
 * timestamps or colours) costs no second model call. Least recently used entries go first.
 */
export class AnswerCache<T = Translation> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly capacity: number) {}

  static keyOf(request: TranslationRequest): string {
    return createHash('sha256')
      .update(normalise(request.error))
      .update('\0')
      .update(request.language ?? '')
      .update('\0')
      .update(request.context?.trim() ?? '')
      .digest('hex');
  }

  get(key: string): T | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, translation: T): void {
    if (this.capacity === 0) return;
    this.entries.delete(key);
    this.entries.set(key, translation);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }
}
