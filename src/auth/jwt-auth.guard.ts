import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { IS_PUBLIC } from '../common/public.decorator';
import { invalidToken } from './jwt.strategy';

/** Global: every route needs a valid access token unless marked @Public(). */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    return isPublic ? true : super.canActivate(context);
  }

  /** passport-jwt's own failures (missing, malformed, bad signature, expired) as one clear 401 problem. */
  override handleRequest<T>(error: unknown, user: T, info: unknown): T {
    if (error) throw error;
    if (!user) throw invalidToken(describe(info));
    return user;
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
