import { Injectable } from '@nestjs/common';

/**
 * Set when a shutdown signal arrives: readiness answers 503 from then on, so a load balancer takes
 * the instance out of rotation while it still serves (SHUTDOWN_DELAY_MS) and drains.
 */
@Injectable()
export class ShutdownState {
  draining = false;
}
