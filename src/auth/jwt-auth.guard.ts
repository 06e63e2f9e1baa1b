import { Injectable, type ExecutionContext } from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { ApiKeyAuthService } from '../api-keys/api-key-auth.service';
import { presentedCredential } from '../api-keys/api-key-format';
import { ambiguousCredentials, apiKeyNotAccepted } from '../api-keys/api-key-problems';
import { ALLOW_API_KEY } from '../common/allow-api-key.decorator';
import { IS_PUBLIC } from '../common/public.decorator';
import type { AuthenticatedUser } from './authenticated-user';
import { invalidToken } from './jwt.strategy';

/**
 * Global: every route needs a valid access token unless marked @Public(). Routes marked
 * @AllowApiKey() also take an API key (`X-API-Key`, or `Authorization: Bearer aet_…`), verified
 * by ApiKeyAuthService into the same principal shape; a key on any other route is a 401.
 */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  private apiKeyAuth: ApiKeyAuthService | null = null;

  constructor(
    private readonly reflector: Reflector,
    private readonly moduleRef: ModuleRef,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthenticatedUser }>();
    const credential = presentedCredential(request.headers);
    if (credential.kind === 'none') return (await super.canActivate(context)) as boolean;
    // Refused before any lookup: a route that takes no keys is no oracle for which keys exist.
    if (!this.reflector.getAllAndOverride<boolean>(ALLOW_API_KEY, targets)) throw apiKeyNotAccepted();
    if (credential.kind === 'ambiguous') throw ambiguousCredentials();
    request.user = await this.verifier().authenticate(credential.key);
    return true;
  }

  /** passport-jwt's own failures (missing, malformed, bad signature, expired) as one clear 401 problem. */
  override handleRequest<T>(error: unknown, user: T, info: unknown): T {
    if (error) throw error;
    if (!user) throw invalidToken(describe(info));
    return user;
  }

  /** ApiKeysModule's verifier, found once: AuthModule does not import ApiKeysModule. */
  private verifier(): ApiKeyAuthService {
    const found = this.apiKeyAuth ?? this.moduleRef.get<ApiKeyAuthService>(ApiKeyAuthService, { strict: false });
    this.apiKeyAuth = found;
    return found;
  }
}

function describe(info: unknown): string {
  const name = (info as { name?: string } | undefined)?.name;
  const message = (info as { message?: string } | undefined)?.message ?? '';
  if (name === 'TokenExpiredError') return 'The access token has expired.';
  if (name === 'NotBeforeError') return 'The access token is not valid yet.';
  if (message === 'No auth token') return 'Send an access token: Authorization: Bearer <token>.';
  return 'The access token is invalid.';
}
