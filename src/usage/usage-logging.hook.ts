import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { statusTitle } from '../common/problem-details';
import { problemOf } from '../common/request-problem';
import { AppConfig } from '../config/app-config';
import { UsageRecorder } from './usage-recorder.service';
import { isLoggedRoute, usageRecordOf } from './usage-record';

/**
 * Records every request an authenticated principal made, from Fastify's onResponse hook: it runs
 * after the response has gone (so it adds nothing to the caller's latency), sees requests that a
 * guard refused after authentication (a 429, say) as well as handled ones, and reply.elapsedTime
 * is already measured. Unauthenticated requests have no principal and are not recorded. With
 * USAGE_LOGGING=false the hook is not installed at all.
 */
@Injectable()
export class UsageLoggingHook implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly recorder: UsageRecorder,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (!this.config.usage.loggingEnabled) return;
    const recorder = this.recorder;
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    // Fastify resolves route hooks when it becomes ready, so routes Nest registered already get it.
    fastify.addHook('onResponse', (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => {
      const principal = (request as { user?: AuthenticatedUser }).user;
      if (principal !== undefined) {
        const endpoint = request.routeOptions.url;
        if (endpoint === undefined || isLoggedRoute(endpoint)) {
          const problem = reply.statusCode >= 400 ? problemOf(request) : undefined;
          recorder.record(usageRecordOf(request, reply, principal.user.id, principal.apiKeyId, problem, statusTitle));
        }
      }
      done();
    });
  }
}
