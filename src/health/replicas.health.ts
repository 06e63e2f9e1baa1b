import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { ReadReplicas } from '../database/read-replicas.service';
import { redactAddresses } from './redact-addresses';

/**
 * Replicas only take load off the primary: one that is down or behind makes the service degraded,
 * never unready. Reported from the background check's last result, so a dead replica cannot slow
 * readiness down.
 */
@Injectable()
export class ReplicasHealthIndicator {
  constructor(
    private readonly replicas: ReadReplicas,
    private readonly indicators: HealthIndicatorService,
  ) {}

  get enabled(): boolean {
    return this.replicas.configured;
  }

  check(key: string) {
    const indicator = this.indicators.check(key);
    const statuses = this.replicas.statuses();
    const replicas = statuses.map((status) => ({
      name: status.name,
      state: status.state,
      lag_ms: status.lagMs === null ? null : Math.round(status.lagMs),
      ...(status.reason ? { reason: redactAddresses(status.reason) } : {}),
    }));
    const skipped = statuses.filter((status) => status.state !== 'up');
    if (skipped.length === 0) return indicator.up({ replicas });
    return indicator.degraded({
      message: `${skipped.map((status) => `${status.name} ${status.state} (${status.reason})`).join('; ')}; lag-tolerant reads use ${skipped.length === statuses.length ? 'the primary' : 'the other replicas'}`,
      replicas,
    });
  }
}
