/**
 * A catalog pass over the container tools (issue 12): messages docker, dockerd, containerd, BuildKit,
 * compose, Podman and the registries print, and kubectl, the API server, the kubelet, the scheduler,
 * Helm and kubeadm print, that the engine did not answer (or answered with the wrong type) before.
 * Pure: the rules engine alone.
 */
import { answer, expectRecognised } from './support/recognised';

describe("container tools' messages (catalog pass)", () => {
  it.each([
    ['blob unknown: blob unknown to registry', 'docker', 'blob unknown'],
    ["unknown flag: --platfrom\nSee 'docker build --help'.", 'docker', 'unknown flag'],
    [
      '"docker run" requires at least 1 argument.\nSee \'docker run --help\'.\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]',
      'docker',
      'requires at least 1 argument',
    ],
    ['An image does not exist locally with the tag: registry.example.com/team/api', 'docker', 'An image does not exist locally with the tag'],
    ["name unknown: The repository with name 'api' does not exist in the registry with id '123456789012'", 'docker', 'name unknown'],
    ['received unexpected HTTP status: 500 Internal Server Error', 'docker', 'received unexpected HTTP status'],
    ['error parsing HTTP 403 response body: unexpected end of JSON input: ""', 'docker', 'error parsing HTTP 403 response body'],
    ['Error response from daemon: a prune operation is already running', 'docker', 'a prune operation is already running'],
    ['failed to start daemon: pid file found, ensure docker is not running or delete /var/run/docker.pid', 'docker', 'pid file found'],
    [
      "unable to configure the Docker daemon with file /etc/docker/daemon.json: invalid character '}' looking for beginning of object key string",
      'docker',
      'unable to configure the Docker daemon with file',
    ],
    [
      'Error: initializing source docker://myorg/private:latest: reading manifest latest in docker.io/myorg/private: requested access to the resource is denied',
      'docker',
      'requested access to the resource is denied',
    ],
    ['Error: rootlessport listen tcp 0.0.0.0:80: bind: permission denied', 'docker', 'permission denied'],
    [
      'Error: unable to connect to Podman socket: failed to connect: dial tcp 127.0.0.1:53210: connect: connection refused',
      'docker',
      'Cannot connect to Podman',
    ],
    [
      'Cannot connect to Podman. Please verify your connection to the Linux system using `podman system connection list`, or try `podman machine init` and `podman machine start` to manage a new Linux VM\nError: unable to connect to Podman socket: failed to connect: dial tcp 127.0.0.1:54321: connect: connection refused',
      'docker',
      'Cannot connect to Podman',
    ],
    [
      'ERRO[0000] cannot find UID/GID for user alice: no subuid ranges found for user "alice" in /etc/subuid - check rootless mode in man pages.',
      'docker',
      'no subuid ranges found',
    ],
    ['failed to compute cache key: "/package.json" not found: not found', 'docker', 'failed to solve'],
    ['Error response from daemon: dockerfile parse error line 5: unknown instruction: RUNN', 'docker', 'unknown instruction'],
    ['service "web" refers to undefined network backend: invalid compose project', 'docker', 'refers to undefined network'],
    [
      "ERROR: The Compose file './docker-compose.yml' is invalid because:\nServices.web.ports contains an invalid type, it should be a number, or an object",
      'docker',
      'contains an invalid type',
    ],
    [
      'service "web" has neither an image nor a build context specified: invalid compose project',
      'docker',
      'has neither an image nor a build context specified',
    ],
    ["unknown shorthand flag: 'd' in -d\nSee 'docker --help'.", 'docker', 'unknown shorthand flag'],
    ["ERROR: Service 'web' depends on service 'db' which is undefined.", 'docker', 'depends on undefined service'],
    [
      'ERROR: Named volume "data:/var/lib/postgresql/data:rw" is used in service "db" but no declaration was found in the volumes section.',
      'docker',
      'no declaration was found in the volumes section',
    ],
    ['service "db" refers to undefined volume data: invalid compose project', 'docker', 'refers to undefined volume'],
    [
      'The Deployment "web" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`',
      'kubernetes',
      'Invalid',
    ],
    [
      'The Service "web" is invalid: spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767',
      'kubernetes',
      'Invalid',
    ],
    [
      'Error from server (Expired): The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list.',
      'kubernetes',
      'Expired',
    ],
    [
      'Error from server (RequestEntityTooLarge): error when creating "cm.yaml": Request entity too large: limit is 3145728',
      'kubernetes',
      'RequestEntityTooLarge',
    ],
    [
      'Error from server (UnsupportedMediaType): the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml',
      'kubernetes',
      'UnsupportedMediaType',
    ],
    ['error: no context exists with the name: "prod"', 'kubernetes', 'no context exists with the name'],
    ['error: timed out waiting for the condition', 'kubernetes', 'timed out waiting for the condition'],
    ['error: deployment "web" exceeded its progress deadline', 'kubernetes', 'exceeded its progress deadline'],
    [
      'error: cannot exec into a container in a completed pod; current phase is Succeeded',
      'kubernetes',
      'cannot exec into a container in a completed pod',
    ],
    ['error: no objects passed to apply', 'kubernetes', 'no objects passed to apply'],
    [
      'error: error loading config file "/home/me/.kube/config": yaml: line 6: could not find expected \':\'',
      'kubernetes',
      'error loading config file',
    ],
    ['Error in configuration: context was not found for specified context: prod', 'kubernetes', 'context was not found for specified context'],
    [
      "error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'",
      'kubernetes',
      'there is no need to specify a resource type as a separate argument',
    ],
    [
      'error: a container name must be specified for pod web-5d8f, choose one of: [web istio-proxy]',
      'kubernetes',
      'a container name must be specified',
    ],
    [
      'NAME          READY   STATUS             RESTARTS   AGE\nweb-5d8f9c    0/1     InvalidImageName   0          1m',
      'kubernetes',
      'InvalidImageName',
    ],
    [
      'NAME          READY   STATUS              RESTARTS   AGE\nweb-5d8f9c    0/1     ContainerCreating   0          15m',
      'kubernetes',
      'ContainerCreating',
    ],
    ['NAME          READY   STATUS   RESTARTS   AGE\nweb-5d8f9c    0/1     Error    3          5m', 'kubernetes', 'Error'],
    [
      'NAME                 READY   STATUS      RESTARTS   AGE\nmigrate-7x2kq        0/1     Completed   4          2m',
      'kubernetes',
      'Completed',
    ],
    [
      'NAME          READY   STATUS                   RESTARTS   AGE\nweb-5d8f9c    0/1     ContainerStatusUnknown   1          2d',
      'kubernetes',
      'ContainerStatusUnknown',
    ],
    ['NAME          READY   STATUS     RESTARTS   AGE\nweb-5d8f9c    0/1     OutOfcpu   0          5s', 'kubernetes', 'OutOfcpu'],
    [
      "Status:  Failed\nReason:  OutOfmemory\nMessage: Pod Node didn't have enough resource: memory, requested: 2147483648, used: 7516192768, capacity: 8232271872",
      'kubernetes',
      'OutOfmemory',
    ],
    ['NAME          READY   STATUS         RESTARTS   AGE\nweb-5d8f9c    0/1     NodeAffinity   0          3h', 'kubernetes', 'NodeAffinity'],
    [
      'Status:  Failed\nReason:  UnexpectedAdmissionError\nMessage: Pod Allocate failed due to requested number of devices unavailable for nvidia.com/gpu. Requested: 1, Available: 0, which is unexpected',
      'kubernetes',
      'UnexpectedAdmissionError',
    ],
    [
      '    State:          Terminated\n      Reason:       StartError\n      Message:      failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "/app/start.sh": permission denied: unknown\n      Exit Code:    128',
      'kubernetes',
      'StartError',
    ],
    ['Normal   BackOff    1m (x6 over 3m)   kubelet  Back-off pulling image "acme/api:v9"', 'kubernetes', 'ImagePullBackOff'],
    ['Warning  NodeNotReady  5m  node-controller  Node is not ready', 'kubernetes', 'NodeNotReady'],
    ['Normal   Preempted  1m  default-scheduler  Preempted by default/critical-job on node worker-2', 'kubernetes', 'Preempted'],
    [
      'Warning  FailedKillPod  1m  kubelet  error killing pod: failed to "KillPodSandbox" for "7a1b2c3d" with KillPodSandboxError: "rpc error: code = Unknown desc = networkPlugin cni failed to teardown pod \\"web_default\\" network"',
      'kubernetes',
      'FailedKillPod',
    ],
    [
      'Warning  ErrImageNeverPull  1m  kubelet  Container image "acme/api:dev" is not present with pull policy of Never',
      'kubernetes',
      'ErrImageNeverPull',
    ],
    [
      'Warning  DNSConfigForming  1m  kubelet  Nameserver limits were exceeded, some nameservers have been omitted, the applied nameserver line is: 10.0.0.2 10.0.0.3 10.0.0.4',
      'kubernetes',
      'DNSConfigForming',
    ],
    ['Warning  EvictionThresholdMet  1m  kubelet  Attempting to reclaim memory', 'kubernetes', 'EvictionThresholdMet'],
    [
      'Warning  FreeDiskSpaceFailed  1m  kubelet  failed to garbage collect required amount of images. Wanted to free 4821302476 bytes, but freed 0 bytes',
      'kubernetes',
      'FreeDiskSpaceFailed',
    ],
    ['Warning  SystemOOM  1m  kubelet  System OOM encountered, victim process: java, pid: 12345', 'kubernetes', 'SystemOOM'],
    ['Warning  FailedPostStartHook  1m  kubelet  PostStartHook failed', 'kubernetes', 'FailedPostStartHook'],
    ['Warning  FailedPreStopHook  1m  kubelet  PreStopHook failed', 'kubernetes', 'FailedPreStopHook'],
    [
      'Warning  FailedComputeMetricsReplicas  1m  horizontal-pod-autoscaler  invalid metrics (1 invalid out of 1), first error is: failed to get cpu resource metric value: failed to get cpu utilization: missing request for cpu in container web of Pod web-5d8f9c',
      'kubernetes',
      'FailedComputeMetricsReplicas',
    ],
    [
      'Warning  SyncLoadBalancerFailed  1m  service-controller  Error syncing load balancer: failed to ensure load balancer: could not find any suitable subnets for creating the ELB',
      'kubernetes',
      'SyncLoadBalancerFailed',
    ],
    ['Warning  OOMKilling  1m  kernel-monitor  Memory cgroup out of memory: Killed process 12345 (java)', 'kubernetes', 'OOMKilling'],
    ['Error: uninstall: Release not loaded: web: release: not found', 'kubernetes', 'release: not found'],
    ['Error: release: not found', 'kubernetes', 'release: not found'],
    ['Error: INSTALLATION FAILED: failed to download "bitnami/postgresql"', 'kubernetes', 'failed to download'],
    [
      'Error: looks like "https://charts.example.com" is not a valid chart repository or cannot be reached: failed to fetch https://charts.example.com/index.yaml : 404 Not Found',
      'kubernetes',
      'is not a valid chart repository or cannot be reached',
    ],
    ['Error: no repositories found. You must add one before updating', 'kubernetes', 'no repositories found'],
    ['Error: INSTALLATION FAILED: context deadline exceeded', 'kubernetes', 'context deadline exceeded'],
    ['Error: Chart.yaml file is missing', 'kubernetes', 'Chart.yaml file is missing'],
    ['Error: found in Chart.yaml, but missing in charts/ directory: postgresql, redis', 'kubernetes', 'missing in charts/ directory'],
    [
      'Error: INSTALLATION FAILED: execution error at (mychart/templates/secret.yaml:8:20): A valid .Values.db.password entry required!',
      'kubernetes',
      'execution error',
    ],
    ['Error: INSTALLATION FAILED: repo bitnami not found', 'kubernetes', 'repo not found'],
    [
      'Error: INSTALLATION FAILED: An error occurred while checking for chart dependencies. You may need to run `helm dependency build` to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: common',
      'kubernetes',
      'missing in charts/ directory',
    ],
    [
      'error execution phase kubelet-start: error uploading crisocket: timed out waiting for the condition',
      'kubernetes',
      'timed out waiting for the condition',
    ],
    [
      'E0101 10:00:00.000000    1234 run.go:74] "command failed" err="failed to load kubelet config file, path: /var/lib/kubelet/config.yaml, error: failed to load Kubelet config file /var/lib/kubelet/config.yaml, error failed to read kubelet config file \\"/var/lib/kubelet/config.yaml\\", error: open /var/lib/kubelet/config.yaml: no such file or directory"',
      'kubernetes',
      'failed to load kubelet config file',
    ],
    [
      'E0101 10:00:00.000000    1234 server.go:302] "Failed to run kubelet" err="failed to run Kubelet: misconfiguration: kubelet cgroup driver: \\"systemd\\" is different from docker cgroup driver: \\"cgroupfs\\""',
      'kubernetes',
      'cgroup driver mismatch',
    ],
    [
      'E0101 10:00:00.000000    1234 kubelet_node_status.go:92] "Unable to register node with API server" err="Post \\"https://10.0.0.1:6443/api/v1/nodes\\": dial tcp 10.0.0.1:6443: connect: connection refused" node="worker-1"',
      'kubernetes',
      'connection refused',
    ],
    [
      'E0101 10:00:00.000000    1234 kubelet.go:1397] "Failed to start ContainerManager" err="failed to initialize top level QOS containers: root container [kubepods] doesn\'t exist"',
      'kubernetes',
      'Failed to start ContainerManager',
    ],
    [
      'error execution phase upload-config/kubelet: Error writing Crisocket information for the control-plane node: timed out waiting for the condition',
      'kubernetes',
      'timed out waiting for the condition',
    ],
    [
      '2024-05-02T10:11:12.345Z #14 ERROR: failed to solve: process "/bin/sh -c npm ci" did not complete successfully: exit code: 1\n#14 failed to compute cache key: "/package.json" not found: not found',
      'docker',
      'failed to solve',
    ],
    [
      'Step 6/9 : RUNN apt-get update\nError response from daemon: dockerfile parse error line 5: unknown instruction: RUNN',
      'docker',
      'unknown instruction',
    ],
    [
      "$ docker push 123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:1.4.2\nThe push refers to repository [123456789012.dkr.ecr.eu-west-1.amazonaws.com/api]\nname unknown: The repository with name 'api' does not exist in the registry with id '123456789012'",
      'docker',
      'name unknown',
    ],
    [
      '[2024-03-01 09:14:02] + helm upgrade --install web ./chart -n prod\n[2024-03-01 09:14:05] Error: UPGRADE FAILED: execution error at (web/templates/secret.yaml:8:20): A valid .Values.db.password entry required!',
      'kubernetes',
      'execution error',
    ],
    [
      'Mar 01 09:14:02 node-1 kubelet[812]: E0301 09:14:02.101010     812 run.go:74] "command failed" err="failed to load kubelet config file, path: /var/lib/kubelet/config.yaml, error: failed to load Kubelet config file /var/lib/kubelet/config.yaml, error failed to read kubelet config file \\"/var/lib/kubelet/config.yaml\\", error: open /var/lib/kubelet/config.yaml: no such file or directory"',
      'kubernetes',
      'failed to load kubelet config file',
    ],
    [
      'Events:\n  Type     Reason        Age   From            Message\n  ----     ------        ----  ----            -------\n  Warning  NodeNotReady  3m    node-controller  Node is not ready',
      'kubernetes',
      'NodeNotReady',
    ],
    [
      '$ kubectl rollout status deployment/web --timeout=5m\nWaiting for deployment "web" rollout to finish: 0 of 3 updated replicas are available...\nerror: deployment "web" exceeded its progress deadline',
      'kubernetes',
      'exceeded its progress deadline',
    ],
    ['+ docker compose up -d\nservice "api" refers to undefined volume pgdata: invalid compose project', 'docker', 'refers to undefined volume'],
    [
      'docker: Error response from daemon: error gathering device information while adding custom device "/dev/ttyUSB0": no such file or directory.',
      'docker',
      'error gathering device information while adding custom device',
    ],
    ['Error response from daemon: network backend is ambiguous (2 matches found based on name)', 'docker', 'is ambiguous'],
    ['docker: Error response from daemon: conflicting options: hostname and the network mode.', 'docker', 'conflicting options'],
    [
      'docker: Error response from daemon: Invalid container name (my app), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed.',
      'docker',
      'Invalid container name',
    ],
    ['ERROR: invalid tag "MyApp:latest": repository name must be lowercase', 'docker', 'invalid tag'],
    ['ERROR: "docker buildx build" requires exactly 1 argument.\nSee \'docker buildx build --help\'.', 'docker', 'requires exactly 1 argument'],
    ['no such service: wbe', 'docker', 'no such service'],
    ['WARN[0000] /home/me/app/docker-compose.yml: `version` is obsolete', 'docker', 'version is obsolete'],
    ['service "migrate" didn\'t complete successfully: exit 1', 'docker', "didn't complete successfully"],
    ['Error: nginx:latestt: image not known', 'docker', 'image not known'],
    ['Error: no container with name or ID "web" found: no such container', 'docker', 'no such container'],
    [
      'Error: writing blob: adding layer with blob "sha256:9d0f6a": processing tar file(potentially insufficient UIDs or GIDs available in user namespace (requested 0:42 for /etc/gshadow): Check /etc/subuid and /etc/subgid if configured locally and run "podman system migrate": lchown /etc/gshadow: invalid argument): exit status 1',
      'docker',
      'potentially insufficient UIDs or GIDs available in user namespace',
    ],
    [
      'error: unable to decode "deploy.yaml": Object \'Kind\' is missing in \'{"apiVersion":"apps/v1","metadata":{"name":"web"}}\'',
      'kubernetes',
      "Object 'Kind' is missing",
    ],
    ['The Pod "web" is invalid: spec.containers[0].image: Required value', 'kubernetes', 'Invalid'],
    ['error: failed to create secret secrets "db-credentials" already exists', 'kubernetes', 'AlreadyExists'],
    ['Error from server: error dialing backend: dial tcp 10.0.0.5:10250: i/o timeout', 'kubernetes', 'error dialing backend'],
    ['error: watch closed before UntilWithoutRetry timeout', 'kubernetes', 'watch closed before UntilWithoutRetry timeout'],
    [
      'error: error executing jsonpath "{.items[0].metadata.name}": Error executing template: array index out of bounds: index 0, length 0. Printing more information for debugging the template:',
      'kubernetes',
      'error executing jsonpath',
    ],
    ['Warning  Failed  1m  kubelet  Error: InvalidImageName', 'kubernetes', 'InvalidImageName'],
    [
      'Warning  FailedToRetrieveImagePullSecret  1m  kubelet  Unable to retrieve some image pull secrets (regcred); attempting to pull the image may not succeed.',
      'kubernetes',
      'FailedToRetrieveImagePullSecret',
    ],
    [
      'Warning  ContainerGCFailed  1m  kubelet  rpc error: code = ResourceExhausted desc = grpc: trying to send message larger than max (16777729 vs. 16777216)',
      'kubernetes',
      'ContainerGCFailed',
    ],
    ['Warning  InvalidDiskCapacity  1m  kubelet  invalid capacity 0 on image filesystem', 'kubernetes', 'InvalidDiskCapacity'],
    ['Warning  FailedGetScale  1m  horizontal-pod-autoscaler  deployments/scale.apps "web" not found', 'kubernetes', 'FailedGetScale'],
    [
      'Warning  ExceededGracePeriod  1m  kubelet  Container runtime did not kill the pod within specified grace period.',
      'kubernetes',
      'ExceededGracePeriod',
    ],
    [
      'Error: template: web/templates/deployment.yaml:4:11: executing "web/templates/deployment.yaml" at <include "web.fullname" .>: error calling include: template: no template "web.fullname" associated with template "gotpl"',
      'kubernetes',
      'error calling include',
    ],
    [
      'Error: INSTALLATION FAILED: must either provide a name or specify --generate-name',
      'kubernetes',
      'must either provide a name or specify --generate-name',
    ],
    ['Error: "helm upgrade" requires 2 arguments\n\nUsage:  helm upgrade [RELEASE] [CHART] [flags]', 'kubernetes', 'requires 2 arguments'],
    [
      'Error: INSTALLATION FAILED: non-absolute URLs should be in form of repo_name/path_to_chart, got: nginx',
      'kubernetes',
      'non-absolute URLs should be in form of repo_name/path_to_chart',
    ],
    ['Error: could not find tiller', 'kubernetes', 'could not find tiller'],
    [
      'Error: INSTALLATION FAILED: chart requires kubeVersion: >=1.22.0-0 which is incompatible with Kubernetes v1.20.4',
      'kubernetes',
      'chart requires kubeVersion',
    ],
    [
      'error execution phase kubelet-start: a Node with name "worker-1" and status "Ready" already exists in the cluster. You must delete the existing Node or change the name of this new joining Node',
      'kubernetes',
      'already exists in the cluster',
    ],
    ['[kubelet-check] Initial timeout of 40s passed.', 'kubernetes', "the kubelet isn't running or healthy"],
    // As pasted from CI jobs, journald and kubectl sessions.
    [
      '2024-03-01T10:00:01.1234567Z ##[group]Run docker push ghcr.io/acme/api:1.2\n2024-03-01T10:00:05.1234567Z blob unknown: blob unknown to registry\n2024-03-01T10:00:05.2234567Z ##[error]Process completed with exit code 1.',
      'docker',
      'blob unknown',
    ],
    [
      '[2024-03-01 10:00:01] $ docker-compose up -d\n[2024-03-01 10:00:02] ERROR: Named volume "pgdata:/var/lib/postgresql/data:rw" is used in service "db" but no declaration was found in the volumes section.',
      'docker',
      'no declaration was found in the volumes section',
    ],
    [
      'time="2024-03-01T10:00:00Z" level=error msg="Handler for POST /v1.43/containers/create returned error: conflicting options: hostname and the network mode"',
      'docker',
      'conflicting options',
    ],
    [
      'Mar 01 10:00:00 node1 kubelet[812]: E0301 10:00:00.000000     812 kubelet.go:1397] "Failed to start ContainerManager" err="failed to get rootfs info: unable to find data in memory cache"',
      'kubernetes',
      'Failed to start ContainerManager',
    ],
    [
      '$ kubectl get pods\nNAME                   READY   STATUS              RESTARTS   AGE\napi-7d9c8b6f5-x2k4q    0/1     ContainerCreating   0          12m\nworker-5f6d7c8b9-abcde 1/1     Running             0          12m',
      'kubernetes',
      'ContainerCreating',
    ],
    [
      '$ kubectl get pods\nNAME                   READY   STATUS             RESTARTS      AGE\napi-7d9c8b6f5-x2k4q    0/1     Error              4 (50s ago)   3m\napi-7d9c8b6f5-z9y8w    0/1     CrashLoopBackOff   4 (40s ago)   3m',
      'kubernetes',
      'CrashLoopBackOff',
    ],
    [
      '  Normal   Scheduled  2m    default-scheduler  Successfully assigned default/web-1 to node-2\n  Normal   Preempted  1m    default-scheduler  Preempted by kube-system/critical-ds-abc on node node-2',
      'kubernetes',
      'Preempted',
    ],
    [
      'helm upgrade --install api ./chart\nError: UPGRADE FAILED: execution error at (api/templates/secret.yaml:12:14): secrets.jwt is required',
      'kubernetes',
      'execution error',
    ],
    [
      'Run helm dependency build\nError: found in Chart.yaml, but missing in charts/ directory: common',
      'kubernetes',
      'missing in charts/ directory',
    ],
    [
      'The Deployment "api" is invalid: spec.template.spec.containers[0].env[3].valueFrom.secretKeyRef.name: Invalid value: "Db_Secret": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters',
      'kubernetes',
      'Invalid',
    ],
    [
      'podman push quay.io/acme/api:1.0\nError: writing blob: initiating layer upload to /v2/acme/api/blobs/uploads/ in quay.io: name unknown: repository not found',
      'docker',
      'name unknown',
    ],
    [
      'Error: INSTALLATION FAILED: Deployment.apps "api" is invalid: spec.template.spec.containers[0].image: Required value',
      'kubernetes',
      'Invalid',
    ],
  ])('%j is %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});

describe('fixes name what the message captured', () => {
  it('names the repository a registry does not know', () => {
    const t = answer("name unknown: The repository with name 'billing-api' does not exist in the registry with id '123456789012'");
    expect(t.error_type).toBe('name unknown');
    expect(t.fixes.map((f) => `${f.title}\n${f.code ?? ''}`).join('\n')).toContain('billing-api');
  });

  it('names the kubeconfig context that does not exist', () => {
    const t = answer('error: no context exists with the name: "staging-eu"');
    expect(t.fixes.map((f) => `${f.title}\n${f.code ?? ''}`).join('\n')).toContain('staging-eu');
  });

  it('names the pod and its containers when kubectl needs -c', () => {
    const t = answer('error: a container name must be specified for pod api-7d9c8b6f5-x2k4q, choose one of: [api istio-proxy]');
    const text = t.fixes.map((f) => `${f.title}\n${f.code ?? ''}`).join('\n');
    expect(text).toContain('kubectl logs api-7d9c8b6f5-x2k4q -c api');
  });

  it('names the chart dependencies Helm did not find in charts/', () => {
    const t = answer('Error: found in Chart.yaml, but missing in charts/ directory: postgresql, redis');
    expect(t.fixes[0].title).toContain('postgresql, redis');
  });

  it('names the image an ErrImageNeverPull event is about', () => {
    const t = answer('Warning  ErrImageNeverPull  12s  kubelet  Container image "shop/api:dev" is not present with pull policy of Never');
    expect(t.error_type).toBe('ErrImageNeverPull');
    expect(t.fixes[0].code).toContain('kind load docker-image shop/api:dev');
  });

  it('names the compose service and the undeclared network', () => {
    const t = answer('service "worker" refers to undefined network backend: invalid compose project');
    const text = t.fixes.map((f) => `${f.title}\n${f.steps.join('\n')}\n${f.code ?? ''}`).join('\n');
    expect(text).toContain('backend');
    expect(text).toContain('worker');
  });

  it('keeps the API server status reason when kubectl prints it before the container-name message', () => {
    expect(
      answer('Error from server (BadRequest): a container name must be specified for pod web-5d8f, choose one of: [web istio-proxy]').error_type,
    ).toBe('BadRequest');
  });
});
