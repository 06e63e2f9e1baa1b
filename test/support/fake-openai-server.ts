/**
 * A local server that speaks OpenAI's Chat Completions wire format (`POST /v1/chat/completions`),
 * for pointing the real `openai` SDK at: `baseURL = server.baseUrl`.
 */
import { FakeLlmServer, fakeId, json } from './fake-llm-server';
import type { HttpReply, RecordedRequest, ReplyTiming } from './fake-llm-server';

export interface FakeOpenAiReply extends ReplyTiming {
  /** Non-2xx: an OpenAI error body (`{error: {message, type, param, code}}`). Default 200. */
  status?: number;
  errorMessage?: string;
  /** The assistant message's content: an object is sent as its JSON text, a string verbatim. */
  content?: unknown;
  refusal?: string;
  finishReason?: 'stop' | 'length' | 'content_filter';
  /** Replaces the whole HTTP body (e.g. something that is not JSON). */
  rawBody?: string;
}

export class FakeOpenAiServer extends FakeLlmServer {
  private reply: FakeOpenAiReply = { status: 500, errorMessage: 'the test programmed no reply' };

  private constructor(private readonly expectedApiKey: string | null) {
    super();
  }

  /** `expectedApiKey`: when set, requests without `Authorization: Bearer <key>` get a 401. */
  static async start(options: { expectedApiKey?: string } = {}): Promise<FakeOpenAiServer> {
    const server = new FakeOpenAiServer(options.expectedApiKey ?? null);
    await server.listen();
    return server;
  }

  /** What the SDK's `baseURL` should be (it appends `/chat/completions`). */
  get baseUrl(): string {
    return `${this.origin}/v1`;
  }

  /** Every following request gets this reply (until the next call). */
  respondWith(reply: FakeOpenAiReply): void {
    this.reply = reply;
  }

  protected route(request: RecordedRequest): { reply: HttpReply; timing: ReplyTiming } {
    const reply = this.reply;
    const timing = { delayMs: reply.delayMs, stallBody: reply.stallBody };
    if (request.method !== 'POST' || request.path !== '/v1/chat/completions') {
      return { reply: error(404, `Unknown request URL: ${request.method} ${request.path}`, 'invalid_request_error'), timing: {} };
    }
    if (this.expectedApiKey !== null && request.headers.authorization !== `Bearer ${this.expectedApiKey}`) {
      return { reply: error(401, 'Incorrect API key provided.', 'invalid_request_error', 'invalid_api_key'), timing: {} };
    }
    if (reply.rawBody !== undefined) {
      return { reply: { status: reply.status ?? 200, body: reply.rawBody, headers: requestIdHeader() }, timing };
    }
    const status = reply.status ?? 200;
    if (status >= 400) {
      const type = status === 429 ? 'rate_limit_exceeded' : status >= 500 ? 'server_error' : 'invalid_request_error';
      return { reply: error(status, reply.errorMessage ?? 'The server had an error while processing your request.', type), timing };
    }

    const model = (request.body as { model?: unknown } | undefined)?.model;
    const content = reply.refusal !== undefined ? null : typeof reply.content === 'string' ? reply.content : JSON.stringify(reply.content ?? {});
    const completion = {
      id: fakeId('chatcmpl-'),
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: typeof model === 'string' ? model : 'unknown',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content, refusal: reply.refusal ?? null, annotations: [] },
          logprobs: null,
          finish_reason: reply.finishReason ?? 'stop',
        },
      ],
      usage: {
        prompt_tokens: Math.ceil(request.rawBody.length / 4),
        completion_tokens: Math.ceil((content ?? reply.refusal ?? '').length / 4),
        total_tokens: Math.ceil(request.rawBody.length / 4) + Math.ceil((content ?? reply.refusal ?? '').length / 4),
      },
      service_tier: 'default',
      system_fingerprint: 'fp_fake',
    };
    return { reply: json(status, completion, requestIdHeader()), timing };
  }
}

function error(status: number, message: string, type: string, code: string | null = null): HttpReply {
  return json(status, { error: { message, type, param: null, code } }, requestIdHeader());
}

function requestIdHeader(): Record<string, string> {
  return { 'x-request-id': fakeId('req_') };
}
