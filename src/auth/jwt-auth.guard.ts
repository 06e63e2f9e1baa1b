import { Injectable, type ExecutionContext } from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { ApiKeyAuthService } from '../api-keys/api-key-auth.service';
import { presentedCredential } from '../api-keys/api-key-format';
import { apiKeyNotAccepted, conflictingCredentials } from '../api-keys/api-key-problems';
import { ALLOW_API_KEY } from '../common/allow-api-key.decorator';
import { IS_PUBLIC } from '../common/public.decorator';
import { credentialParameterOf, credentialsInUrl } from '../common/url-credentials';
import type { AuthenticatedUser } from './authenticated-user';
import { invalidToken } from './jwt.strategy';

/**
 * Global: every route needs a valid access token unless marked @Public(). Routes marked
 * @AllowApiKey() also take an API key (`X-API-Key`, or `Authorization: Bearer aet_…`), verified
 * by ApiKeyAuthService into the same principal shape, or both an access token and a key of the
 * same user; a key on any other route is a 401. A credential in the query string is refused
 * whatever else is sent (url-credentials.ts).
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
    const inUrl = credentialParameterOf(request.url);
    if (inUrl !== null) throw credentialsInUrl(inUrl);
    const credential = presentedCredential(request.headers);
    if (credential.kind === 'none') return (await super.canActivate(context)) as boolean;
    // Refused before any lookup: a route that takes no keys is no oracle for which keys exist.
    if (!this.reflector.getAllAndOverride<boolean>(ALLOW_API_KEY, targets)) throw apiKeyNotAccepted();
    if (credential.kind === 'two-keys') throw conflictingCredentials('two-keys');
    if (credential.kind === 'token-and-key') return this.tokenAndKey(context, request, credential.key);
    request.user = await this.verifier().authenticate(credential.key);
    return true;
  }

  /**
   * An access token and an API key together (Swagger UI sends both once both schemes are
   * authorised). Each must be valid, the token checked first: a bad one is the 401 its own check
   * gives (`invalid-token` or `invalid-api-key`, saying what is wrong). Of the same user, the
   * request counts once, as an API-key request: the key's rate-limit budget, usage logged with the
   * key, /users/me/api-keys/current names it. The key is the more specific credential, and it is
   * what a caller sending one means to be counted against. Of different users: a 400 problem.
   */
  private async tokenAndKey(context: ExecutionContext, request: FastifyRequest & { user?: AuthenticatedUser }, key: string): Promise<boolean> {
    await super.canActivate(context);
    const byToken = request.user!;
    const byKey = await this.verifier().authenticate(key);
    if (byKey.user.id !== byToken.user.id) throw conflictingCredentials('token-and-key');
    request.user = byKey;
    return true;
  }

  /** passport-jwt's own failures (missing, malformed, bad signature, expired) as one clear 401 problem. */
  override handleRequest<T>(error: unknown, user: T, info: unknown): T {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- whatever the strategy failed with (our own problems included), passed on unchanged
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
