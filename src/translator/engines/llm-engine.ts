/**
 * What the LLM engines share: ask the rules engine first, give its findings to the model, validate
 * the model's answer strictly, and fall back to the rules engine's answer on any failure.
 */
import type { Translation, TranslationRequest } from '../translation';
import { buildPrompt } from './prompt';
import type { LlmPrompt } from './prompt';
import type { EngineLog, EngineOutcome, ReportingTranslationEngine, RulesAnalyser } from './translation-engine';
import { keepSafeReferences, validateModelTranslation } from './translation-schema';

/** Enough for the largest answer the schema allows in practice; a runaway model stops here. */
export const MAX_OUTPUT_TOKENS = 4_096;

/** Sent when no key is configured: local servers and gateways need none, but the SDKs insist on one. */
export const PLACEHOLDER_API_KEY = 'not-needed';

export interface LlmEngineOptions {
  /** The whole call, connection to last byte of the answer. Past it, the rules engine answers. */
  timeoutMs: number;
  /** Told about every fallback, with the reason (never the user's error text). */
  log?: EngineLog;
}

/** The provider answered, but not with something we can use (refusal, no JSON, truncated…). */
export class LlmAnswerError extends Error {
  override readonly name = 'LlmAnswerError';
}

export abstract class LlmEngine implements ReportingTranslationEngine {
  abstract readonly name: 'openai' | 'anthropic';
  protected readonly timeoutMs: number;
  private readonly log: EngineLog | undefined;

  protected constructor(
    protected readonly rules: RulesAnalyser,
    options: LlmEngineOptions,
  ) {
    if (!Number.isFinite(options.timeoutMs) || options.timeoutMs <= 0) {
      throw new RangeError(`timeoutMs must be a positive number, got ${options.timeoutMs}`);
    }
    this.timeoutMs = options.timeoutMs;
    this.log = options.log;
  }

  /** Asks the provider and returns the model's answer as parsed JSON, or throws. */
  protected abstract complete(prompt: LlmPrompt, signal: AbortSignal): Promise<unknown>;

  /** Names a provider SDK's error (HTTP status, timeout, connection), or null when it is not one. */
  protected abstract describeProviderError(error: unknown): string | null;

  async translate(request: TranslationRequest, signal?: AbortSignal): Promise<Translation> {
    return (await this.translateWithOutcome(request, signal)).translation;
  }

  async translateWithOutcome(request: TranslationRequest, signal?: AbortSignal): Promise<EngineOutcome> {
    const findings = this.rules.analyse(request);
    const fallback = (reason: string): EngineOutcome => {
      this.log?.(`${this.name} engine fell back to the rules engine: ${reason}`);
      return {
        translation: { ...findings.translation, engine: 'rules' },
        patternId: findings.patternId,
        fallbackReason: reason,
      };
    };
    if (signal?.aborted) return fallback('aborted by the caller');

    // The SDKs' own timeout stops at the response headers; this deadline also covers the body.
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeoutMs);
    const onCallerAbort = (): void => controller.abort();
    signal?.addEventListener('abort', onCallerAbort, { once: true });
    let answer: unknown;
    try {
      answer = await this.complete(buildPrompt(request, findings), controller.signal);
    } catch (error) {
      if (timedOut) return fallback(`timeout after ${this.timeoutMs} ms`);
      if (signal?.aborted) return fallback('aborted by the caller');
      return fallback(this.describeError(error));
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onCallerAbort);
    }

    const result = validateModelTranslation(answer);
    if (!result.ok) {
      const shown = result.errors.slice(0, 5).join('; ');
      const more = result.errors.length > 5 ? ` (+${result.errors.length - 5} more)` : '';
      return fallback(`schema violation: ${shown}${more}`);
    }
    return {
      translation: {
        ...result.value,
        references: keepSafeReferences(result.value.references),
        engine: this.name,
      },
      patternId: findings.patternId,
    };
  }

  private describeError(error: unknown): string {
    if (error instanceof LlmAnswerError) return error.message;
    const described = this.describeProviderError(error);
    if (described) return described;
    // By name, not instanceof: the fetch implementation's errors may come from another realm.
    const { name, message } = errorParts(error);
    if (name === 'SyntaxError') return 'the provider sent a response that is not valid JSON';
    return `unexpected error: ${clip(name ? `${name}: ${message}` : message)}`;
  }
}

/**
 * Parses a model's text answer as JSON. Tolerates a Markdown code fence around it (some local
 * servers add one when they ignore the requested response format); nothing else.
 */
export function parseJsonAnswer(content: string): unknown {
  const fenced = /^\s*```(?:json)?\s*\n([\s\S]*?)\n\s*```\s*$/i.exec(content);
  const body = fenced ? fenced[1] : content;
  try {
    return JSON.parse(body);
  } catch {
    // JSON.parse's message quotes the text, which may echo the user's error: keep it out of logs.
    throw new LlmAnswerError('the model answer is not valid JSON');
  }
}

type ErrorClass = abstract new (...args: never[]) => Error;

/** The error classes both SDKs export (Stainless-generated, same hierarchy). */
export interface SdkErrorClasses {
  APIConnectionTimeoutError: ErrorClass;
  APIUserAbortError: ErrorClass;
  APIConnectionError: ErrorClass;
  APIError: ErrorClass;
}

/** Names an SDK's error: timeout, abort, network failure (with its root cause) or HTTP status. */
export function describeSdkError(error: unknown, sdk: SdkErrorClasses, timeoutMs: number): string | null {
  if (error instanceof sdk.APIConnectionTimeoutError) return `timeout after ${timeoutMs} ms`;
  if (error instanceof sdk.APIUserAbortError) return 'request aborted';
  if (error instanceof sdk.APIConnectionError) {
    const cause = rootCause(error);
    return cause ? `network error: ${clip(cause)}` : 'network error';
  }
  if (error instanceof sdk.APIError) {
    const status = (error as { status?: unknown }).status;
    if (typeof status === 'number') return `HTTP ${status} from the provider: ${clip(error.message)}`;
  }
  return null;
}

/** The innermost message of an error's cause chain ("fetch failed" → "connect ECONNREFUSED …"). */
function rootCause(error: unknown): string | null {
  let found: string | null = null;
  let current = (error as { cause?: unknown }).cause;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    const { message } = errorParts(current);
    if (message) found = message;
    current = (current as { cause?: unknown }).cause;
  }
  return found;
}

function errorParts(error: unknown): { name: string; message: string } {
  if (typeof error === 'object' && error !== null) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a thrown non-Error object: its own toString, if it has one, is the best message there is
    return { name: typeof name === 'string' ? name : '', message: typeof message === 'string' ? message : String(error) };
  }
  return { name: '', message: String(error) };
}

/** Shortens provider messages for logs. */
export function clip(text: string, max = 200): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}
