import { Controller, Get, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../common/public.decorator';
import { MetricsService } from './metrics.service';

/** Prometheus scrape endpoint; public like /health (keep it off the public network at the proxy). */
@Public()
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Get()
  async scrape(@Res() reply: FastifyReply): Promise<void> {
    const body = await this.metrics.scrape();
    await reply.header('content-type', this.metrics.contentType()).header('cache-control', 'no-store').send(body);
  }
}
