import Stripe from 'stripe';
import type { AppConfig } from '../config/app-config';

/** Injection token of the Stripe SDK client; its value is null when billing is off. */
export const STRIPE_CLIENT = Symbol('STRIPE_CLIENT');

/** Calls to Stripe are in a user's request path: fail in seconds, not the SDK's 80 s. */
const TIMEOUT_MS = 15_000;

/**
 * The SDK client built from `config.billing`, or null without STRIPE_SECRET_KEY. STRIPE_API_URL
 * points it elsewhere (stripe-mock, the tests' fake server) through the SDK's own host, port and
 * protocol settings. The SDK's pinned API version is used (its types describe that version).
 */
export function createStripeClient(config: AppConfig): Stripe | null {
  const billing = config.billing;
  if (!billing) return null;
  const options: ConstructorParameters<typeof Stripe>[1] = {
    maxNetworkRetries: 2,
    timeout: TIMEOUT_MS,
    telemetry: false,
    appInfo: { name: 'ai-error-translator' },
  };
  if (billing.apiUrl) {
    const url = new URL(billing.apiUrl);
    const protocol = url.protocol === 'http:' ? 'http' : 'https';
    Object.assign(options, { host: url.hostname, port: url.port || (protocol === 'http' ? 80 : 443), protocol });
  }
  return new Stripe(billing.secretKey, options);
}
