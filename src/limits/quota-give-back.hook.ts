import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { quotaGiveBack } from './limits.guard';

/** Installs quotaGiveBack: Fastify resolves route hooks when it becomes ready, so Nest's routes get it too. */
@Injectable()
export class QuotaGiveBackHook implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    this.adapterHost.httpAdapter.getInstance<FastifyInstance>().addHook('onSend', quotaGiveBack);
  }
}
