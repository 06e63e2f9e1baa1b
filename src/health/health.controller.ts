import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/openapi/api-problems.decorator';
import { Problems } from '../common/openapi/problem-catalogue';
import { LiveResponse, ReadyResponse } from './health.response';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator, type HealthCheckResult } from '@nestjs/terminus';
import { ProblemException } from '../common/problem.exception';
import { Public } from '../common/public.decorator';
import { ProblemType } from '../common/problem-details';
import { AppConfig } from '../config/app-config';
import { RedisHealthIndicator } from '../redis/redis.health';
import { MigrationsHealthIndicator } from './migrations.health';
import { ReplicasHealthIndicator } from './replicas.health';
import { ShutdownState } from './shutdown-state';
import { redactAddresses, redactCheckMessages } from './redact-addresses';

@Public()
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly migrations: MigrationsHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly replicas: ReplicasHealthIndicator,
    private readonly config: AppConfig,
    private readonly shutdown: ShutdownState,
  ) {}

  @Get('live')
  @ApiOperation({ operationId: 'getLiveness', summary: 'Liveness: the process is up and serving HTTP (no dependencies checked)' })
  @ApiOkResponse({ type: LiveResponse, example: { status: 'ok' } })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOperation({
    operationId: 'getReadiness',
    summary: 'Readiness: database reachable, migrations applied; Redis and read replicas reported (degraded, not fatal)',
  })
  @ApiOkResponse({
    type: ReadyResponse,
    example: {
      status: 'ok',
      info: { database: { status: 'up' }, migrations: { status: 'up' } },
      error: {},
      details: { database: { status: 'up' }, migrations: { status: 'up' } },
    },
  })
  @ApiProblems(Problems.notReady)
  async ready(): Promise<HealthCheckResult> {
    const timeout = this.config.healthDbTimeoutMs;
    try {
      const result = await this.health.check([
        () => this.database.pingCheck('database', { timeout }),
        () => this.migrations.check('migrations', timeout),
        ...(this.redis.enabled ? [() => this.redis.check('redis', timeout)] : []),
        ...(this.replicas.enabled ? [() => this.replicas.check('replicas')] : []),
      ]);
      const reported = { ...result, info: redactCheckMessages(result.info), details: redactCheckMessages(result.details) };
      // Terminus says so only once the drain starts; during SHUTDOWN_DELAY_MS we say it first.
      if (this.shutdown.draining) {
        throw ProblemException.of(503, ProblemType.serviceUnavailable, 'Not ready: shutting down', { checks: reported.details });
      }
      // A degraded Redis or replica is reported in a 200: its message is redacted too.
      return reported;
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      const result = error.getResponse() as HealthCheckResult;
      const failing = Object.entries(result.error ?? {}).map(([name, value]) => {
        const reason = (value as { message?: string }).message;
        return reason ? `${name} (${redactAddresses(reason)})` : name;
      });
      throw ProblemException.of(503, ProblemType.serviceUnavailable, `Not ready: ${failing.join(', ') || result.status.replace('_', ' ')}`, {
        checks: redactCheckMessages(result.details),
      });
    }
  }
}
