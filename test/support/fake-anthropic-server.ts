/**
 * A local server that speaks Anthropic's Messages API wire format (`POST /v1/messages`), for
 * pointing the real `@anthropic-ai/sdk` at: `baseURL = server.baseUrl`.
 */
import { FakeLlmServer, fakeId, json } from './fake-llm-server';
import type { HttpReply, RecordedRequest, ReplyTiming } from './fake-llm-server';

export interface FakeAnthropicReply extends ReplyTiming {
  /** Non-2xx: an Anthropic error body (`{type: 'error', error: {type, message}}`). Default 200. */
  status?: number;
  errorMessage?: string;
  /** The input of the `record_translation` tool_use block the reply carries. */
  input?: unknown;
  /** Replaces the content blocks altogether (e.g. a text block instead of the tool call). */
  content?: unknown[];
  stopReason?: string;
  /** Replaces the whole HTTP body (e.g. something that is not JSON). */
  rawBody?: string;
}

export class FakeAnthropicServer extends FakeLlmServer {
  private reply: FakeAnthropicReply = { status: 500, errorMessage: 'the test programmed no reply' };

  private constructor(private readonly expectedApiKey: string | null) {
    super();
  }

  /**
   * `expectedApiKey`: when set, requests that carry it neither as `x-api-key` nor as
   * `Authorization: Bearer` get a 401. Requests without an `anthropic-version` header get a 400.
   */
  static async start(options: { expectedApiKey?: string } = {}): Promise<FakeAnthropicServer> {
    const server = new FakeAnthropicServer(options.expectedApiKey ?? null);
    await server.listen();
    return server;
  }

  /** What the SDK's `baseURL` should be (it appends `/v1/messages`). */
  get baseUrl(): string {
    return this.origin;
  }

  /** Every following request gets this reply (until the next call). */
  respondWith(reply: FakeAnthropicReply): void {
    this.reply = reply;
  }

  protected route(request: RecordedRequest): { reply: HttpReply; timing: ReplyTiming } {
    const reply = this.reply;
    const timing = { delayMs: reply.delayMs, stallBody: reply.stallBody };
    if (request.method !== 'POST' || request.path !== '/v1/messages') {
      return { reply: error(404, 'not_found_error', `Not found: ${request.method} ${request.path}`), timing: {} };
    }
    if (!request.headers['anthropic-version']) {
      return { reply: error(400, 'invalid_request_error', 'anthropic-version: header is required'), timing: {} };
    }
    if (this.expectedApiKey !== null) {
      const { authorization } = request.headers;
      const viaHeader = request.headers['x-api-key'] === this.expectedApiKey;
      const viaBearer = authorization === `Bearer ${this.expectedApiKey}`;
      if (!viaHeader && !viaBearer) {
        return { reply: error(401, 'authentication_error', 'invalid x-api-key'), timing: {} };
      }
    }
    if (reply.rawBody !== undefined) {
      return { reply: { status: reply.status ?? 200, body: reply.rawBody, headers: requestIdHeader() }, timing };
    }
    const status = reply.status ?? 200;
    if (status >= 400) {
      const type =
        status === 429 ? 'rate_limit_error' : status === 529 ? 'overloaded_error' : status >= 500 ? 'api_error' : 'invalid_request_error';
      return { reply: error(status, type, reply.errorMessage ?? 'Internal server error'), timing };
    }

    const model = (request.body as { model?: unknown } | undefined)?.model;
    const content = reply.content ?? [
      { type: 'tool_use', id: fakeId('toolu_'), name: 'record_translation', input: reply.input ?? {}, caller: { type: 'direct' } },
    ];
    const message = {
      id: fakeId('msg_'),
      type: 'message',
      role: 'assistant',
      model: typeof model === 'string' ? model : 'unknown',
      content,
      stop_reason: reply.stopReason ?? 'tool_use',
      stop_sequence: null,
      stop_details: null,
      container: null,
      diagnostics: null,
      usage: {
        input_tokens: Math.ceil(request.rawBody.length / 4),
        output_tokens: Math.ceil(JSON.stringify(content).length / 4),
        cache_creation_input_tokens: 0,
        cache_read_input_tokens: 0,
        cache_creation: null,
        inference_geo: null,
        server_tool_use: null,
        service_tier: 'standard',
      },
    };
    return { reply: json(status, message, requestIdHeader()), timing };
  }
}

function error(status: number, type: string, message: string): HttpReply {
  const requestId = fakeId('req_');
  return json(status, { type: 'error', error: { type, message }, request_id: requestId }, { 'request-id': requestId });
}

function requestIdHeader(): Record<string, string> {
  return { 'request-id': fakeId('req_') };
}
