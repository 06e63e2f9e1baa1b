import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import { parseAllDocuments } from 'yaml';
import { EnvironmentVariables } from '../src/config/environment.schema';
import { assertServable, loadConfig } from '../src/config/load-config';
import { describeWithPostgres, startMigratedApp, type MigratedApp } from './support';

/**
 * deploy/k8s rendered as an operator would apply it (`kubectl kustomize`, no cluster), checked
 * against the code it deploys: schemas of Kubernetes itself, our routes, our configuration schema,
 * the image's user and the drain times.
 */

const ROOT = join(__dirname, '..');
const K8S = join(ROOT, 'deploy', 'k8s');
const OVERLAYS = ['dev', 'prod'] as const;

type Manifest = Record<string, any>;

function render(overlay: string): Manifest[] {
  const text = execFileSync('kubectl', ['kustomize', join(K8S, 'overlays', overlay)], { encoding: 'utf8' });
  return parseAllDocuments(text).map((document) => document.toJS() as Manifest);
}

function only(manifests: Manifest[], kind: string, component?: string): Manifest {
  const found = manifests.filter(
    (manifest) =>
      manifest.kind === kind && (component === undefined || manifest.spec.template.metadata.labels['app.kubernetes.io/component'] === component),
  );
  expect(found).toHaveLength(1);
  return found[0];
}

/** `apps/v1` + `Deployment` → kubernetes-models/apps/v1/Deployment; `v1` + `Service` → kubernetes-models/v1/Service. */
function kubernetesModel(manifest: Manifest): { validate(): void } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module = require(`kubernetes-models/${manifest.apiVersion}/${manifest.kind}`) as Record<
    string,
    new (data: Manifest) => { validate(): void }
  >;
  return new module[manifest.kind](manifest);
}

const SCHEMA_VARIABLES = new Set(
  getMetadataStorage()
    .getTargetValidationMetadatas(EnvironmentVariables, '', true, false)
    .map((metadata) => metadata.propertyName),
);

/** Variables the runtime reads itself (not the app's configuration). */
const RUNTIME_VARIABLES = new Set(['npm_config_cache']);

const exampleSecret = parseAllDocuments(readFileSync(join(K8S, 'secret.example.yaml'), 'utf8'))[0].toJS() as Manifest;

/** The environment a container sees: its ConfigMap, then the example Secret, then its own `env`. */
function containerEnvironment(container: Manifest, manifests: Manifest[]): Record<string, string> {
  const environment: Record<string, string> = {};
  for (const source of container.envFrom ?? []) {
    if (source.configMapRef)
      Object.assign(
        environment,
        only(
          manifests.filter((m) => m.metadata.name === source.configMapRef.name),
          'ConfigMap',
        ).data,
      );
    if (source.secretRef) {
      expect(source.secretRef.name).toBe(exampleSecret.metadata.name);
      Object.assign(environment, exampleSecret.stringData);
    }
  }
  for (const variable of container.env ?? []) {
    if (variable.value !== undefined) environment[variable.name] = variable.value;
    const secretKey = variable.valueFrom?.secretKeyRef;
    if (secretKey) {
      expect(secretKey.name).toBe(exampleSecret.metadata.name);
      expect(secretKey.optional).not.toBe(true);
      expect(Object.keys(exampleSecret.stringData)).toContain(secretKey.key);
      environment[variable.name] = exampleSecret.stringData[secretKey.key];
    }
  }
  return environment;
}

function dockerfileUser(): string {
  const users = readFileSync(join(ROOT, 'Dockerfile'), 'utf8').match(/^USER\s+(\S+)/gm) ?? [];
  return users.at(-1)!.split(/\s+/)[1];
}

describe.each(OVERLAYS)('the Kubernetes manifests (overlay %s)', (overlay) => {
  const manifests = render(overlay);
  const deployment = only(manifests, 'Deployment');
  const pod = deployment.spec.template.spec;
  const api = pod.containers.find((container: Manifest) => container.name === 'api');
  const job = only(manifests, 'Job');
  const migrate = job.spec.template.spec.containers[0];
  const environment = containerEnvironment(api, manifests);
  const config = loadConfig(environment);

  it('renders objects that Kubernetes accepts (its own OpenAPI schemas)', () => {
    expect(manifests.map((manifest) => manifest.kind).sort()).toEqual(
      ['ConfigMap', 'Deployment', 'HorizontalPodAutoscaler', 'Job', 'PodDisruptionBudget', 'Service', 'ServiceAccount'].sort(),
    );
    for (const manifest of manifests) {
      expect(() => kubernetesModel(manifest).validate()).not.toThrow();
      expect(manifest.metadata.namespace).toBe(overlay === 'prod' ? 'ai-error-translator' : 'ai-error-translator-dev');
    }
  });

  it('names only variables the configuration schema knows, and gives production all it needs', () => {
    const named = new Set([...Object.keys(environment), ...Object.keys(containerEnvironment(migrate, manifests))]);
    const unknown = [...named].filter((name) => !SCHEMA_VARIABLES.has(name) && !RUNTIME_VARIABLES.has(name));
    expect(unknown).toEqual([]);
    expect(Object.keys(exampleSecret.stringData).filter((name) => !SCHEMA_VARIABLES.has(name))).toEqual([]);
    expect(config.nodeEnv).toBe('production');
    expect(() => assertServable(config)).not.toThrow();
    // What production cannot start without comes from the Secret as a required key, so a pod
    // whose Secret lacks it never starts rather than starting wrong.
    const required = api.env.filter((variable: Manifest) => variable.valueFrom?.secretKeyRef).map((variable: Manifest) => variable.name);
    for (const name of ['DATABASE_URL', 'JWT_SECRET']) {
      expect(required).toContain(name);
      const without = { ...environment, [name]: '' };
      expect(() => assertServable(loadConfig(without))).toThrow(new RegExp(`${name} must be set in production`));
    }
  });

  it("probes the app's real routes on the port it listens on", () => {
    const port = api.ports.find((candidate: Manifest) => candidate.name === 'http');
    expect(port.containerPort).toBe(config.port);
    for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) expect(api[probe].httpGet.port).toBe('http');
    expect(api.startupProbe.httpGet.path).toBe('/health/live');
    expect(api.livenessProbe.httpGet.path).toBe('/health/live');
    expect(api.readinessProbe.httpGet.path).toBe('/health/ready');
    const service = only(manifests, 'Service');
    expect(service.spec.ports[0].targetPort).toBe('http');
    for (const selector of [
      service.spec.selector,
      only(manifests, 'PodDisruptionBudget').spec.selector.matchLabels,
      deployment.spec.selector.matchLabels,
    ]) {
      expect(deployment.spec.template.metadata.labels).toMatchObject(selector);
    }
    expect(only(manifests, 'HorizontalPodAutoscaler').spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: deployment.metadata.name });
  });

  it("runs as the image's unprivileged user on a read-only root filesystem, writing only to mounted volumes", () => {
    expect(dockerfileUser()).toBe('node'); // uid 1000 in the official Node images
    for (const spec of [pod, job.spec.template.spec]) {
      expect(spec.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000 });
      expect(spec.automountServiceAccountToken).toBe(false);
      for (const container of spec.containers) {
        expect(container.securityContext).toMatchObject({
          readOnlyRootFilesystem: true,
          allowPrivilegeEscalation: false,
          capabilities: { drop: ['ALL'] },
        });
        expect(container.resources.requests).toEqual(expect.objectContaining({ cpu: expect.any(String), memory: expect.any(String) }));
        expect(container.resources.limits.memory).toEqual(expect.any(String));
      }
    }
    const mounts: string[] = api.volumeMounts.map((mount: Manifest) => mount.mountPath);
    const writable = (path: string) => mounts.some((mount) => path === mount || path.startsWith(`${mount}/`));
    expect(writable(config.usage.spoolDir)).toBe(true);
    expect(writable('/tmp')).toBe(true);
  });

  it('gives pods longer to stop than the app takes to drain', () => {
    const drainMs = config.shutdownDelayMs + config.shutdownTimeoutMs;
    expect(config.shutdownDelayMs).toBeGreaterThan(0);
    expect(pod.terminationGracePeriodSeconds * 1000).toBeGreaterThan(drainMs + 5_000);
    expect(deployment.spec.strategy.rollingUpdate.maxUnavailable).toBe(0);
  });

  it('migrates with the same image and the production migration command, which does not build', () => {
    expect(migrate.image).toBe(api.image);
    expect(job.spec.template.spec.restartPolicy).toBe('Never');
    expect(migrate.command).toEqual(['npm', 'run', 'migration:run:prod']);
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts['migration:run:prod']).toBe('typeorm -d dist/ormconfig.js migration:run');
    expect(loadConfig(containerEnvironment(migrate, manifests)).database.target).toMatchObject({ kind: 'postgres' });
  });

  if (overlay === 'prod') {
    it('runs at least two pods, keeps one through disruptions, shares limits through Redis, and pins its image', () => {
      expect(deployment.spec.replicas).toBeGreaterThanOrEqual(2);
      expect(only(manifests, 'HorizontalPodAutoscaler').spec.minReplicas).toBeGreaterThanOrEqual(2);
      expect(only(manifests, 'PodDisruptionBudget').spec).toMatchObject({ minAvailable: 1 });
      expect(api.env.map((variable: Manifest) => variable.name)).toContain('REDIS_URL');
      expect(config.redisUrl).toMatch(/^redis:/);
      expect(api.image).not.toMatch(/:latest$|^[^:]+$/);
    });
  }
});

describeWithPostgres('the probe routes of the manifests', () => {
  let service: MigratedApp;
  beforeAll(async () => (service = await startMigratedApp()));
  afterAll(async () => service.stop());

  it('answer 200 on a started, migrated app', async () => {
    const paths = new Set<string>();
    for (const overlay of OVERLAYS) {
      const api = only(render(overlay), 'Deployment').spec.template.spec.containers[0];
      for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) paths.add(api[probe].httpGet.path);
    }
    for (const path of paths) expect((await service.app.request(path)).status).toBe(200);
  });
});
