/**
 * The Anthropic engine: the Messages API with one tool whose input is the answer, and
 * `tool_choice` forcing the model to call it; the answer is the `tool_use` block's input.
 */
import Anthropic from '@anthropic-ai/sdk';
import { LlmAnswerError, LlmEngine, MAX_OUTPUT_TOKENS, PLACEHOLDER_API_KEY, describeSdkError } from './llm-engine';
import type { LlmEngineOptions } from './llm-engine';
import type { LlmPrompt } from './prompt';
import type { RulesAnalyser } from './translation-engine';
import { TRANSLATION_JSON_SCHEMA } from './translation-schema';

export const ANSWER_TOOL_NAME = 'record_translation';

export interface AnthropicEngineOptions extends LlmEngineOptions {
  apiKey: string | null;
  /** null: api.anthropic.com. Without `/v1`: the SDK adds `/v1/messages`. */
  baseUrl: string | null;
  model: string;
  /** 0 by default, so a call never takes longer than `timeoutMs`. */
  maxRetries?: number;
}

export class AnthropicEngine extends LlmEngine {
  readonly name = 'anthropic';
  private readonly client: Anthropic;
  private readonly model: string;

  constructor(rules: RulesAnalyser, options: AnthropicEngineOptions) {
    super(rules, options);
    this.model = options.model;
    this.client = new Anthropic({
      apiKey: options.apiKey ?? PLACEHOLDER_API_KEY,
      // Never undefined: the SDK would read ANTHROPIC_BASE_URL behind the configuration's back.
      baseURL: options.baseUrl ?? 'https://api.anthropic.com',
      timeout: options.timeoutMs,
      maxRetries: options.maxRetries ?? 0,
    });
  }

  protected async complete(prompt: LlmPrompt, signal: AbortSignal): Promise<unknown> {
    const message = await this.client.messages.create(
      {
        model: this.model,
        max_tokens: MAX_OUTPUT_TOKENS,
        system: prompt.system,
        messages: [{ role: 'user', content: prompt.user }],
        tools: [
          {
            name: ANSWER_TOOL_NAME,
            description: 'Record the translation of the error for the developer. Call it exactly once.',
            input_schema: TRANSLATION_JSON_SCHEMA,
          },
        ],
        tool_choice: { type: 'tool', name: ANSWER_TOOL_NAME },
      },
      { signal },
    );

    if (message.stop_reason === 'refusal') throw new LlmAnswerError('the model refused to answer');
    if (message.stop_reason === 'max_tokens') throw new LlmAnswerError('the answer was cut off (stop_reason max_tokens)');
    const content: unknown[] = Array.isArray(message.content) ? message.content : [];
    const call = content.find(isAnswerToolUse);
    if (!call) throw new LlmAnswerError(`the model did not call ${ANSWER_TOOL_NAME}`);
    return call.input;
  }

  protected describeProviderError(error: unknown): string | null {
    return describeSdkError(error, Anthropic, this.timeoutMs);
  }
}

function isAnswerToolUse(block: unknown): block is { type: 'tool_use'; name: string; input: unknown } {
  return (
    typeof block === 'object' &&
    block !== null &&
    (block as { type?: unknown }).type === 'tool_use' &&
    (block as { name?: unknown }).name === ANSWER_TOOL_NAME
  );
}
