import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { catchError, throwError, type Observable } from 'rxjs';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ALLOW_API_KEY } from '../common/allow-api-key.decorator';
import { AppConfig } from '../config/app-config';
import { tierOf, type Tier } from '../subscriptions/tiers';
import { rateLimited } from './limits-problems';
import { rateLimitRejections } from './limits.metrics';
import { MONTHLY_QUOTA } from './monthly-quota.decorator';
import { QuotaService, type QuotaTicket } from './quota.service';
import { RateLimiterService } from './rate-limiter.service';

type Request = FastifyRequest & { user?: AuthenticatedUser };

/**
 * Rate limit and monthly quota on the product routes. An interceptor rather than a guard on
 * purpose: Nest runs every guard before any interceptor, so this always sees the principal the
 * global auth guard attached, whatever the order modules register their guards in; and it sees
 * the handler's outcome, which the quota needs (only successful translations count).
 *
 * Budgets: a request made with an API key counts against that key's per-minute limit; one made
 * with an access token counts against the user's. Each key has its own budget (the user is not
 * capped across keys). The tier is the cached user row's, current on every instance.
 */
@Injectable()
export class LimitsInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly config: AppConfig,
    private readonly rateLimiter: RateLimiterService,
    private readonly quota: QuotaService,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType() !== 'http') return next.handle();
    const targets = [context.getHandler(), context.getClass()];
    const limited = this.reflector.getAllAndOverride<boolean>(ALLOW_API_KEY, targets) === true;
    const quotaCounted = this.reflector.getAllAndOverride<boolean>(MONTHLY_QUOTA, targets) === true;
    const principal = context.switchToHttp().getRequest<Request>().user;
    if ((!limited && !quotaCounted) || !principal) return next.handle();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const tier = tierOf(principal.user.subscriptionTier);

    if (limited) await this.checkRate(principal, tier, reply);
    if (!quotaCounted) return next.handle();

    const ticket = await this.quota.admit(principal.user.id, tier);
    setQuotaHeaders(reply, ticket, 0);
    return next.handle().pipe(
      catchError((error: unknown) => {
        // Only successful translations count: a failed one is given back.
        void ticket.release();
        setQuotaHeaders(reply, ticket, 1);
        return throwError(() => error);
      }),
    );
  }

  private async checkRate(principal: AuthenticatedUser, tier: Tier, reply: FastifyReply): Promise<void> {
    const scope = principal.apiKeyId !== undefined ? 'api_key' : 'user';
    const key = scope === 'api_key' ? `key:${principal.apiKeyId}` : `user:${principal.user.id}`;
    const decision = await this.rateLimiter.consume(key, this.config.tiers[tier].rateLimitPerMinute);
    reply.header('ratelimit-limit', String(decision.limit));
    reply.header('ratelimit-remaining', String(decision.remaining));
    reply.header('ratelimit-reset', String(decision.resetSeconds));
    if (!decision.allowed) {
      rateLimitRejections.inc({ scope });
      throw rateLimited(decision.limit, scope, decision.resetSeconds);
    }
  }
}

/** `givenBack` is 1 when the translation failed and its unit was released. */
function setQuotaHeaders(reply: FastifyReply, ticket: QuotaTicket, givenBack: number): void {
  const remaining = ticket.remaining === null ? 'unlimited' : String(ticket.remaining + givenBack);
  reply.header('x-quota-limit', ticket.limit === null ? 'unlimited' : String(ticket.limit));
  reply.header('x-quota-remaining', remaining);
  reply.header('x-quota-reset', ticket.resetsAt.toISOString());
}
