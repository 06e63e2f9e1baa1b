import { Agent, request as httpRequest } from 'node:http';
import {
  bearer,
  describeWithPostgres,
  signUp,
  sleep,
  startApp,
  startMigratedApp,
  TEST_JWT_SECRET,
  type MigratedApp,
  type TestApp,
} from './support';

/**
 * A rolling update as Kubernetes runs one: a load balancer sends only to instances whose
 * readiness probe passes (probed every 100 ms), and one instance gets SIGTERM while a client
 * sends a steady stream of requests over keep-alive connections. The client must see no
 * connection error and no 5xx: the instance reports unready at once and keeps serving through
 * SHUTDOWN_DELAY_MS, by when the balancer has stopped sending to it.
 */

const PROBE_EVERY_MS = 100;

class LoadBalancer {
  private readonly ready = new Map<TestApp, boolean>();
  private readonly agents = new Map<TestApp, Agent>();
  private next = 0;
  private probing: NodeJS.Timeout | null = null;

  constructor(private readonly instances: TestApp[]) {
    for (const instance of instances) {
      this.ready.set(instance, true);
      this.agents.set(instance, new Agent({ keepAlive: true, maxSockets: 4 }));
    }
  }

  startProbing(): void {
    this.probing = setInterval(() => {
      for (const instance of this.instances) {
        instance.request('/health/ready').then(
          (response) => this.ready.set(instance, response.status === 200),
          () => this.ready.set(instance, false),
        );
      }
    }, PROBE_EVERY_MS);
  }

  stop(): void {
    if (this.probing) clearInterval(this.probing);
    for (const agent of this.agents.values()) agent.destroy();
  }

  /** Round robin over the instances whose last probe passed. */
  pick(): TestApp {
    const candidates = this.instances.filter((instance) => this.ready.get(instance));
    if (candidates.length === 0) throw new Error('no ready instance');
    return candidates[this.next++ % candidates.length];
  }

  send(path: string, headers: Record<string, string>): Promise<{ instance: TestApp; status: number }> {
    const instance = this.pick();
    return new Promise((resolve, reject) => {
      const request = httpRequest(`${instance.baseUrl}${path}`, { agent: this.agents.get(instance), headers }, (response) => {
        response.resume();
        response.on('end', () => resolve({ instance, status: response.statusCode ?? 0 }));
      });
      request.on('error', reject);
      request.end();
    });
  }
}

describeWithPostgres('a rolling update', () => {
  let first: MigratedApp;
  let second: TestApp;

  beforeAll(async () => {
    const env = { JWT_SECRET: TEST_JWT_SECRET, SHUTDOWN_DELAY_MS: '1000' };
    first = await startMigratedApp(env);
    second = await startApp({ DATABASE_URL: first.database.url, ...env });
  });
  afterAll(async () => {
    await second.stop();
    await first.stop();
  });

  it('drops no request: no connection error and no 5xx while one instance stops', async () => {
    const session = await signUp(second);
    const headers = bearer(session.access).headers as Record<string, string>;
    const balancer = new LoadBalancer([first.app, second]);
    balancer.startProbing();
    const outcomes: Array<{ instance: TestApp; status: number }> = [];
    const failures: string[] = [];
    let sending = true;
    // Four clients, each sending its next request as soon as the last one is answered.
    const clients = Array.from({ length: 4 }, async () => {
      while (sending) {
        try {
          outcomes.push(await balancer.send('/users/me', headers));
        } catch (error) {
          failures.push((error as Error).message);
        }
        await sleep(5);
      }
    });
    // Both in rotation and serving before the signal, however slow the machine is today.
    const served = (instance: TestApp) => outcomes.filter((outcome) => outcome.instance === instance).length;
    for (const started = Date.now(); Date.now() - started < 15_000;) {
      if (served(first.app) > 10 && served(second) > 10) break;
      await sleep(50);
    }
    first.app.process.kill('SIGTERM');
    const exitCode = await first.app.exited;
    await sleep(500);
    sending = false;
    await Promise.all(clients);
    balancer.stop();

    expect(exitCode).toBe(0);
    expect(failures).toEqual([]);
    expect(outcomes.filter((outcome) => outcome.status !== 200)).toEqual([]);
    expect(served(first.app)).toBeGreaterThan(10);
    expect(served(second)).toBeGreaterThan(10);
  });
});
