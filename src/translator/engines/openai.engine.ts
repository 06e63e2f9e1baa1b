/**
 * The OpenAI engine: Chat Completions with a strict JSON schema response format. Works with OpenAI
 * and with OpenAI-compatible servers (Ollama, vLLM, llama.cpp) through `baseUrl`.
 */
import OpenAI from 'openai';
import { LlmAnswerError, LlmEngine, MAX_OUTPUT_TOKENS, PLACEHOLDER_API_KEY, describeSdkError, parseJsonAnswer } from './llm-engine';
import type { LlmEngineOptions } from './llm-engine';
import type { LlmPrompt } from './prompt';
import type { RulesAnalyser } from './translation-engine';
import { TRANSLATION_JSON_SCHEMA } from './translation-schema';

export interface OpenAiEngineOptions extends LlmEngineOptions {
  apiKey: string | null;
  /** null: api.openai.com. Include the `/v1`: `http://localhost:11434/v1` for Ollama. */
  baseUrl: string | null;
  model: string;
  /** 0 by default, so a call never takes longer than `timeoutMs`. */
  maxRetries?: number;
}

export class OpenAiEngine extends LlmEngine {
  readonly name = 'openai';
  private readonly client: OpenAI;
  private readonly model: string;
  /** OpenAI's own API wants max_completion_tokens (its reasoning models reject max_tokens); local servers know max_tokens. */
  private readonly officialApi: boolean;

  constructor(rules: RulesAnalyser, options: OpenAiEngineOptions) {
    super(rules, options);
    this.model = options.model;
    this.officialApi = options.baseUrl === null || /^https:\/\/api\.openai\.com(\/|$)/i.test(options.baseUrl);
    this.client = new OpenAI({
      apiKey: options.apiKey ?? PLACEHOLDER_API_KEY,
      // Never undefined: the SDK would read OPENAI_BASE_URL behind the configuration's back.
      baseURL: options.baseUrl ?? 'https://api.openai.com/v1',
      timeout: options.timeoutMs,
      maxRetries: options.maxRetries ?? 0,
      organization: null,
      project: null,
    });
  }

  protected async complete(prompt: LlmPrompt, signal: AbortSignal): Promise<unknown> {
    const completion = await this.client.chat.completions.create(
      {
        model: this.model,
        messages: [
          { role: 'system', content: prompt.system },
          { role: 'user', content: prompt.user },
        ],
        response_format: {
          type: 'json_schema',
          json_schema: { name: 'translation', strict: true, schema: TRANSLATION_JSON_SCHEMA },
        },
        ...(this.officialApi ? { max_completion_tokens: MAX_OUTPUT_TOKENS } : { max_tokens: MAX_OUTPUT_TOKENS }),
      },
      { signal },
    );

    const choice = completion.choices?.[0];
    if (!choice) throw new LlmAnswerError('the model returned no choices');
    const { message } = choice;
    if (message?.refusal) throw new LlmAnswerError('the model refused to answer');
    if (choice.finish_reason === 'length') throw new LlmAnswerError('the answer was cut off (finish_reason length)');
    if (choice.finish_reason === 'content_filter') throw new LlmAnswerError('the answer was withheld by a content filter');
    if (typeof message?.content !== 'string' || message.content.trim() === '') {
      throw new LlmAnswerError('the model returned no content');
    }
    return parseJsonAnswer(message.content);
  }

  protected describeProviderError(error: unknown): string | null {
    return describeSdkError(error, OpenAI, this.timeoutMs);
  }
}
