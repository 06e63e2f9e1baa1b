import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ALLOW_API_KEY } from '../common/allow-api-key.decorator';
import { AppConfig } from '../config/app-config';
import { tierOf } from '../subscriptions/tiers';
import { rateLimited } from './limits-problems';
import { rateLimitRejections } from './limits.metrics';
import { MONTHLY_QUOTA } from './monthly-quota.decorator';
import { QuotaService, type QuotaTicket } from './quota.service';
import { RateLimiterService } from './rate-limiter.service';

/** Set on a request once its limits ran: the ticket its translation counts on, or null. */
const LIMITED = Symbol('limits');

type Request = FastifyRequest & { user?: AuthenticatedUser; [LIMITED]?: QuotaTicket | null };

/**
 * Rate limit and monthly quota on the product routes, as a method-scoped guard that
 * @AllowApiKey() and @MonthlyQuota() put on their route. Nest runs method guards after every
 * global guard, so this always sees the principal the global auth guard attached; and routes
 * without a guard skip Nest's interceptor and rxjs plumbing altogether (measured: issue 17), which
 * a global interceptor would force on every request. A route carrying both decorators lists the
 * guard twice: the second run finds the request already counted and lets it through.
 *
 * Budgets: a request made with an API key counts against that key's per-minute limit; one made
 * with an access token counts against the user's. Each key has its own budget (the user is not
 * capped across keys). The tier is the cached user row's, current on every instance. Only
 * successful translations count: a ticket whose answer is an error is given back (see
 * quotaGiveBack).
 */
@Injectable()
export class LimitsGuard implements CanActivate {
  private services: { config: AppConfig; rateLimiter: RateLimiterService; quota: QuotaService } | null = null;

  constructor(
    private readonly reflector: Reflector,
    private readonly moduleRef: ModuleRef,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    const principal = request.user;
    if (!principal || request[LIMITED] !== undefined) return true;
    request[LIMITED] = null;
    const targets = [context.getHandler(), context.getClass()];
    const limited = this.reflector.getAllAndOverride<boolean>(ALLOW_API_KEY, targets) === true;
    const quotaCounted = this.reflector.getAllAndOverride<boolean>(MONTHLY_QUOTA, targets) === true;
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const tier = tierOf(principal.user.subscriptionTier);
    const { config, rateLimiter, quota } = this.limits();

    if (limited) await checkRate(rateLimiter, principal, config.tiers[tier].rateLimitPerMinute, reply);
    if (!quotaCounted) return true;
    const ticket = await quota.admit(principal.user.id, tier);
    setQuotaHeaders(reply, ticket, 0);
    request[LIMITED] = ticket;
    return true;
  }

  /**
   * LimitsModule's services, found once: the guard is instantiated in the module of each
   * controller that uses it, which need not import LimitsModule.
   */
  private limits(): NonNullable<LimitsGuard['services']> {
    this.services ??= {
      config: this.moduleRef.get(AppConfig, { strict: false }),
      rateLimiter: this.moduleRef.get(RateLimiterService, { strict: false }),
      quota: this.moduleRef.get(QuotaService, { strict: false }),
    };
    return this.services;
  }
}

/**
 * Fastify onSend hook: a counted request answered with an error (the validation pipe's 400, the
 * engine's failure…) gives its unit back, and its headers say so.
 */
export function quotaGiveBack(
  request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
  done: (error: null, payload: unknown) => void,
): void {
  const ticket = (request as Request)[LIMITED];
  if (ticket && reply.statusCode >= 400) {
    (request as Request)[LIMITED] = null;
    void ticket.release();
    setQuotaHeaders(reply, ticket, 1);
  }
  done(null, payload);
}

async function checkRate(rateLimiter: RateLimiterService, principal: AuthenticatedUser, limit: number, reply: FastifyReply): Promise<void> {
  const scope = principal.apiKeyId !== undefined ? 'api_key' : 'user';
  const key = scope === 'api_key' ? `key:${principal.apiKeyId}` : `user:${principal.user.id}`;
  const decision = await rateLimiter.consume(key, limit);
  reply.header('ratelimit-limit', String(decision.limit));
  reply.header('ratelimit-remaining', String(decision.remaining));
  reply.header('ratelimit-reset', String(decision.resetSeconds));
  if (!decision.allowed) {
    rateLimitRejections.inc({ scope });
    throw rateLimited(decision.limit, scope, decision.resetSeconds);
  }
}

/** `givenBack` is 1 when the translation failed and its unit was released. */
function setQuotaHeaders(reply: FastifyReply, ticket: QuotaTicket, givenBack: number): void {
  const remaining = ticket.remaining === null ? 'unlimited' : String(ticket.remaining + givenBack);
  reply.header('x-quota-limit', ticket.limit === null ? 'unlimited' : String(ticket.limit));
  reply.header('x-quota-remaining', remaining);
  reply.header('x-quota-reset', isoOf(ticket.resetsAt));
}

/** The last reset instant written, as text: it is the same for every request of a month. */
let lastReset = { ms: NaN, iso: '' };

function isoOf(at: Date): string {
  const ms = at.getTime();
  if (ms !== lastReset.ms) lastReset = { ms, iso: at.toISOString() };
  return lastReset.iso;
}
