/**
 * A local stand-in for api.stripe.com, reached by the real stripe SDK through its host, port and
 * protocol settings (STRIPE_API_URL). It answers the calls billing makes in Stripe's JSON shapes,
 * keeps customers and subscriptions in memory, honours Idempotency-Key as Stripe does (same key,
 * same answer, nothing created twice) and records every request for the tests to inspect.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';

export interface StripeRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The form body, with Stripe's bracketed keys as sent: `line_items[0][price]`. */
  params: Record<string, string>;
  idempotencyKey: string | undefined;
}

export interface SubscriptionSpec {
  id?: string;
  customer: string;
  price: string;
  status?: string;
  /** Seconds since the epoch. */
  periodStart?: number;
  periodEnd?: number;
  cancelAtPeriodEnd?: boolean;
  canceledAt?: number | null;
  metadata?: Record<string, string>;
  /** Put the period on the subscription (API versions before 2025-03-31) instead of its item. */
  legacyPeriods?: boolean;
}

type Json = Record<string, unknown>;

const DAY = 86_400;

export function stripeId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('hex')}`;
}

/** A subscription object as GET /v1/subscriptions/:id returns it. */
export function subscriptionObject(spec: SubscriptionSpec): Json {
  const start = spec.periodStart ?? Math.floor(Date.now() / 1000);
  const end = spec.periodEnd ?? start + 30 * DAY;
  const id = spec.id ?? stripeId('sub');
  const periods = { current_period_start: start, current_period_end: end };
  return {
    id,
    object: 'subscription',
    customer: spec.customer,
    status: spec.status ?? 'active',
    cancel_at_period_end: spec.cancelAtPeriodEnd ?? false,
    cancel_at: spec.cancelAtPeriodEnd ? end : null,
    canceled_at: spec.canceledAt ?? null,
    created: start,
    livemode: false,
    metadata: spec.metadata ?? {},
    ...(spec.legacyPeriods ? periods : {}),
    items: {
      object: 'list',
      has_more: false,
      url: `/v1/subscription_items?subscription=${id}`,
      data: [
        {
          id: stripeId('si'),
          object: 'subscription_item',
          subscription: id,
          quantity: 1,
          price: { id: spec.price, object: 'price', type: 'recurring', recurring: { interval: 'month', interval_count: 1 } },
          ...(spec.legacyPeriods ? {} : periods),
        },
      ],
    },
  };
}

/** A webhook event around `object`, as Stripe posts it. */
export function stripeEvent(type: string, object: Json, options: { id?: string; created?: number } = {}): Json {
  return {
    id: options.id ?? stripeId('evt'),
    object: 'event',
    api_version: '2026-10-28.endive',
    created: options.created ?? Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: { object },
  };
}

/** The body and Stripe-Signature header for posting `event`, signed by the SDK's test helper. */
export function signedDelivery(event: Json, secret: string, timestamp?: number): { body: string; signature: string } {
  const body = JSON.stringify(event);
  return { body, signature: Stripe.webhooks.generateTestHeaderString({ payload: body, secret, timestamp }) };
}

export class FakeStripeServer {
  readonly requests: StripeRequest[] = [];
  readonly customers = new Map<string, Json>();
  readonly subscriptions = new Map<string, Json>();
  /** Delay before answering POST /v1/customers, so concurrent creations overlap. */
  customerDelayMs = 0;
  private readonly replays = new Map<string, { status: number; body: Json }>();
  private failures: Array<{ path: string; status: number }> = [];
  private readonly server: Server;

  private constructor() {
    this.server = createServer((req, res) => {
      let raw = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (raw += chunk));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://fake');
        const request: StripeRequest = {
          method: req.method ?? 'GET',
          path: url.pathname,
          headers: req.headers,
          params: Object.fromEntries(new URLSearchParams(req.method === 'GET' ? url.search : raw)),
          idempotencyKey: req.headers['idempotency-key'] as string | undefined,
        };
        this.requests.push(request);
        void this.answer(request, res);
      });
    });
  }

  static async start(): Promise<FakeStripeServer> {
    const fake = new FakeStripeServer();
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The next request to `path` fails with `status` and a Stripe error body. */
  failNext(path: string, status: number): void {
    this.failures.push({ path, status });
  }

  /** Stores a subscription (what later retrievals return) and gives back its object. */
  putSubscription(spec: SubscriptionSpec): Json {
    const object = subscriptionObject(spec);
    this.subscriptions.set(object.id as string, object);
    return object;
  }

  requestsTo(method: string, path: string): StripeRequest[] {
    return this.requests.filter((request) => request.method === method && request.path === path);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async answer(request: StripeRequest, res: ServerResponse): Promise<void> {
    const failure = this.failures.findIndex((entry) => entry.path === request.path);
    if (failure >= 0) {
      const { status } = this.failures.splice(failure, 1)[0];
      return send(res, status, stripeError('api_error', 'resource_unavailable', 'The fake is told to fail.'));
    }
    const replayKey = request.idempotencyKey && `${request.method} ${request.path} ${request.idempotencyKey}`;
    const replay = replayKey ? this.replays.get(replayKey) : undefined;
    if (replay) return send(res, replay.status, replay.body, { 'idempotent-replayed': 'true' });
    const { status, body } = await this.route(request);
    if (replayKey && status < 500) this.replays.set(replayKey, { status, body });
    send(res, status, body);
  }

  private async route(request: StripeRequest): Promise<{ status: number; body: Json }> {
    const { method, path, params } = request;
    if (method === 'POST' && path === '/v1/customers') {
      if (this.customerDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.customerDelayMs));
      const customer = {
        id: stripeId('cus'),
        object: 'customer',
        email: params.email ?? null,
        metadata: metadataOf(params),
        created: Math.floor(Date.now() / 1000),
        livemode: false,
      };
      this.customers.set(customer.id, customer);
      return { status: 200, body: customer };
    }
    if (method === 'POST' && path === '/v1/checkout/sessions') {
      const id = stripeId('cs_test');
      return {
        status: 200,
        body: {
          id,
          object: 'checkout.session',
          mode: params.mode,
          customer: params.customer ?? null,
          client_reference_id: params.client_reference_id ?? null,
          success_url: params.success_url,
          cancel_url: params.cancel_url,
          metadata: metadataOf(params),
          status: 'open',
          subscription: null,
          url: `https://checkout.stripe.com/c/pay/${id}`,
          livemode: false,
        },
      };
    }
    if (method === 'POST' && path === '/v1/billing_portal/sessions') {
      const id = stripeId('bps');
      return {
        status: 200,
        body: {
          id,
          object: 'billing_portal.session',
          customer: params.customer,
          return_url: params.return_url ?? null,
          url: `https://billing.stripe.com/p/session/${id}`,
          livemode: false,
        },
      };
    }
    const subscription = /^\/v1\/subscriptions\/([^/]+)$/.exec(path);
    if (method === 'GET' && subscription) {
      const found = this.subscriptions.get(decodeURIComponent(subscription[1]));
      if (found) return { status: 200, body: found };
      return { status: 404, body: stripeError('invalid_request_error', 'resource_missing', `No such subscription: '${subscription[1]}'`) };
    }
    if (method === 'DELETE' && subscription) {
      // Immediate cancellation, as stripe.subscriptions.cancel does.
      const found = this.subscriptions.get(decodeURIComponent(subscription[1]));
      if (!found)
        return { status: 404, body: stripeError('invalid_request_error', 'resource_missing', `No such subscription: '${subscription[1]}'`) };
      const now = Math.floor(Date.now() / 1000);
      Object.assign(found, { status: 'canceled', canceled_at: now, ended_at: now });
      return { status: 200, body: found };
    }
    return { status: 404, body: stripeError('invalid_request_error', 'resource_missing', `Unrecognized request URL (${method}: ${path}).`) };
  }
}

function metadataOf(params: Record<string, string>): Record<string, string> {
  const metadata: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const match = /^metadata\[(.+)\]$/.exec(key);
    if (match) metadata[match[1]] = value;
  }
  return metadata;
}

function stripeError(type: string, code: string, message: string): Json {
  return { error: { type, code, message } };
}

function send(res: ServerResponse, status: number, body: Json, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', 'request-id': stripeId('req'), ...headers });
  res.end(JSON.stringify(body));
}
