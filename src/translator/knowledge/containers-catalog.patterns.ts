import type { Captures, ErrorPattern } from '../rules/error-pattern';

import { fix, ref } from './answer-parts';

/**
 * The long tail of what the container tools print, from a pass through their message catalogs (issue 12):
 * the registry API's error codes as docker prints them, the CLI's flag checks, compose's project
 * validation (v1 and v2 wordings), Podman's machine connection and rootless set-up, dockerd's
 * configuration file; kubectl's client-side errors, the status reasons of pods (kubectl get pods'
 * STATUS column, kubectl describe's Reason) and the kubelet's and controllers' event reasons, Helm's
 * repository and chart errors, kubeadm's and the kubelet's start-up failures. The type is the tool's
 * code or reason when it has one, else its phrase without the names around it (README).
 */

const DOCS = 'https://docs.docker.com';
const K8S_DOCS = 'https://kubernetes.io/docs';
const HELM_DOCS = 'https://helm.sh/docs';

const REGISTRY_ERRORS = ref('OCI Distribution Specification: error codes', 'https://github.com/opencontainers/distribution-spec/blob/main/spec.md#error-codes');
const COMPOSE_FILE = ref('Compose file reference', `${DOCS}/reference/compose-file/`);
const DEBUG_PODS = ref('Kubernetes: Debug pods', `${K8S_DOCS}/tasks/debug/debug-application/debug-pods/`);
const POD_LIFECYCLE = ref('Kubernetes: Pod lifecycle', `${K8S_DOCS}/concepts/workloads/pods/pod-lifecycle/`);
const KUBECONFIG = ref('Kubernetes: Organizing cluster access using kubeconfig files', `${K8S_DOCS}/concepts/configuration/organize-cluster-access-kubeconfig/`);

/** What each registry error code (the distribution spec's, printed lower-case with spaces) means. */
const REGISTRY_CODE_WHY: Readonly<Record<string, string>> = {
  'blob unknown': 'The registry does not have a layer (blob) the manifest or the upload refers to: a push interrupted half-way, a layer garbage-collected from the registry, or a cross-repository mount from a repository you cannot read.',
  'blob upload unknown': 'The upload session for a layer expired or was lost (a registry behind a load balancer without shared storage, or a proxy that dropped the session).',
  'blob upload invalid': 'The registry rejected a layer upload as malformed: usually a proxy in between that alters or cuts the request body.',
  'name unknown': 'The repository does not exist in the registry. Docker Hub creates repositories on push, but ECR, Artifact Registry and most private registries need it created first.',
  'name invalid': 'The repository name is not valid for the registry: upper-case letters, a character it does not allow, or more path components than it supports.',
  'manifest invalid': 'The registry rejected the manifest: a media type it does not support (an OCI index or an attestation manifest on an older registry), or layers it does not know.',
  'manifest blob unknown': 'The manifest refers to a layer that is not in this repository: the layer push failed or went to another repository.',
  'digest invalid': 'What arrived did not match its digest: the layer was altered or cut in transit (a proxy, a flaky connection) or the registry stored it incompletely.',
  'size invalid': 'The layer that arrived does not have the size the client announced: an upload cut in transit.',
  'tag invalid': 'The tag is not valid for that manifest.',
  unsupported: 'The registry does not support the operation: often a manifest list, an OCI artifact or a cross-repository mount on an older registry.',
};

const registryCode = (c: Captures): string => (c.code ?? 'blob unknown').toLowerCase();

/** The pod phases and reasons kubectl get pods prints in its STATUS column (and describe as Reason:). */
const POD_STATUS_WHY: Readonly<Record<string, string>> = {
  InvalidImageName: "The image reference in the pod spec cannot be parsed (upper-case letters, a stray space or colon, an empty variable in a Helm value), so the kubelet never tries to pull it.",
  ContainerCreating: 'The pod is scheduled and the kubelet is still preparing it: pulling the image, mounting volumes, setting up the network. Stuck there, a volume that will not mount or attach, a Secret or ConfigMap that does not exist, or a CNI plugin that fails is the cause: the events say which.',
  PodInitializing: 'The init containers have finished or are running and the main containers have not started yet: a slow image pull or an init container that takes long.',
  Error: 'The container exited with a non-zero code (and, with restartPolicy Never or OnFailure, was not restarted yet). The reason is in its logs.',
  Completed: "The container's process exited with code 0. For a Job that is success; for a Deployment's pod it means the main process finished (a command that does not stay in the foreground), and the kubelet restarts it until it turns into CrashLoopBackOff.",
  ContainerStatusUnknown: 'The kubelet lost track of the container: the node was restarted, evicted the pod, or its runtime was restarted, and the container cannot be found anymore.',
  OutOfcpu: 'The kubelet refused the pod at admission: the node did not have the CPU the pod requests (the scheduler and the kubelet disagreed, often after a node was resized or static pods were added).',
  OutOfmemory: 'The kubelet refused the pod at admission: the node did not have the memory the pod requests.',
  OutOfpods: 'The kubelet refused the pod at admission: the node already runs its maximum number of pods (maxPods).',
  NodeAffinity: "The kubelet refused the pod: the node's labels no longer match the pod's node affinity or nodeSelector (a node whose labels changed after it was scheduled, or a restart that lost labels).",
  UnexpectedAdmissionError: 'The kubelet refused the pod at admission for a reason it did not expect: most often a device plugin (GPUs) that could not allocate the device the pod requests.',
  Terminating: "The pod was deleted and has not finished stopping: a finalizer that nobody removes, a container that ignores SIGTERM until the grace period, or a node that is not reachable anymore.",
  Shutdown: 'The pod was stopped because its node shut down (graceful node shutdown).',
  Pending: 'The pod has not been scheduled or its containers have not been created yet: the events say why (no node fits, a volume not bound, an image still pulling).',
};

/** What each kubelet or controller event reason means, for the ones the other patterns do not answer. */
const EVENT_WHY: Readonly<Record<string, string>> = {
  NodeNotReady: 'The node controller marked the node NotReady: its kubelet stopped reporting (the node is down, overloaded, out of disk or memory, or cut off from the API server), so its pods are evicted after the toleration period.',
  Preempted: 'The scheduler evicted this pod to make room for a pod with a higher priority class that did not fit anywhere else.',
  FailedKillPod: 'The kubelet could not stop the pod: the container runtime or the CNI plugin failed to tear down its sandbox or network, so the pod stays Terminating.',
  ErrImageNeverPull: 'The pod uses imagePullPolicy: Never, and the image is not on the node: it must be loaded there (kind load, minikube image load) or the policy changed.',
  DNSConfigForming: "The node's resolv.conf lists more nameservers (or search domains) than the pod's resolver supports (three nameservers, six search domains); the kubelet dropped the extra ones.",
  EvictionThresholdMet: 'The node crossed an eviction threshold (memory, disk or inodes): the kubelet is reclaiming resources and will evict pods, those exceeding their requests first.',
  FreeDiskSpaceFailed: "The kubelet's image garbage collection could not free enough disk: the images on the node are in use, or the disk is filled by something else (logs, emptyDir volumes).",
  ImageGCFailed: "The kubelet's image garbage collection failed: the disk stays above the high threshold, and pods will be evicted for disk pressure.",
  SystemOOM: "The node's kernel ran out of memory and killed a process: the node is overcommitted (pods without memory limits, or system processes outside the kubelet's reservation).",
  OOMKilling: "The node's kernel killed a process that exceeded its memory cgroup (reported by the node problem detector).",
  FailedPostStartHook: "The container's postStart hook failed, so the kubelet killed the container.",
  FailedPreStopHook: "The container's preStop hook failed or timed out; the container was stopped anyway.",
  FailedComputeMetricsReplicas: 'The horizontal pod autoscaler could not compute the replica count from its metrics: a metric is missing (no resource requests on a container, metrics-server not running, a custom metric that does not exist).',
  SyncLoadBalancerFailed: "The cloud provider's service controller could not create or update the Service's load balancer: missing subnets or tags, a quota, or permissions of the cloud controller.",
  InspectFailed: "The kubelet could not inspect the container's image: the reference is invalid (InvalidImageName) or the runtime could not read it.",
  FailedSync: 'The kubelet failed to sync the pod with the container runtime.',
  FailedValidation: 'The kubelet rejected the pod as invalid.',
  Rebooted: 'The node was rebooted, and its pods were restarted.',
  FailedToRetrieveImagePullSecret: "An imagePullSecret the pod (or its service account) names does not exist in the pod's namespace; the pull is tried without it and fails for a private image.",
  ContainerGCFailed: "The kubelet's garbage collection of dead containers failed: usually too many exited containers for one answer of the runtime (grpc message larger than max), or a runtime that does not answer.",
  InvalidDiskCapacity: 'The kubelet read a capacity of 0 for the image filesystem at start-up (the runtime had not reported it yet); it is usually harmless when it appears once.',
  FailedGetScale: "The horizontal pod autoscaler cannot read the scale of its target: the Deployment or StatefulSet its scaleTargetRef names does not exist (a typo, another namespace, or the wrong apiVersion).",
  ExceededGracePeriod: 'A container did not stop within terminationGracePeriodSeconds after SIGTERM, and the runtime had to kill it.',
};

export const CONTAINERS_CATALOG_PATTERNS: readonly ErrorPattern[] = [
  // ---------------------------------------------------------------- Docker: registries
  {
    id: 'docker.registry-error-code',
    language: 'docker',
    // The registry API's error codes (BLOB_UNKNOWN, NAME_UNKNOWN…) as docker and containerd print them:
    // "blob unknown: blob unknown to registry". manifest unknown, denied, unauthorized and toomanyrequests have their own patterns.
    match:
      /(?:^|[\s:])(?<code>blob unknown|blob upload unknown|blob upload invalid|name unknown|name invalid|manifest invalid|manifest blob unknown|digest invalid|size invalid|tag invalid|unsupported): (?<message>(?:blob unknown to registry|blob upload (?:unknown to registry|invalid)|repository name not known to registry|invalid repository name|manifest invalid|provided digest did not match uploaded content|provided length did not match content length|manifest tag did not match URI|The operation is unsupported\.?|The repository with name '(?<repo>[^'\n]{1,256})' does not exist in the registry with id '(?<registry>\d{1,20})'|[^\n]{0,300}?(?:to registry|not known|invalid|unsupported|not found|does not exist))[^\n]{0,300})/im,
    requires: /unknown: |invalid: |unsupported: /i,
    errorType: registryCode,
    category: 'network',
    priority: 34,
    summary: (c) => `The registry refused the request: ${registryCode(c)}${c.repo ? ` (repository ${c.repo})` : ''}.`,
    explanation: (c) => `${REGISTRY_CODE_WHY[registryCode(c)] ?? 'The registry answered with this error code.'} The code is the registry's own (the OCI distribution API's), passed on by docker.`,
    causes: (c) =>
      registryCode(c) === 'name unknown'
        ? [`The repository ${c.repo ?? ''} was never created in that registry (ECR, Artifact Registry, Harbor projects)`, 'A typo in the registry host or repository path']
        : ['A push interrupted half-way, or a layer removed from the registry', 'A proxy between the client and the registry that alters or cuts uploads', 'A registry older than the manifest format the client sends'],
    fixes: (c) =>
      registryCode(c) === 'name unknown'
        ? [fix(`Create the repository ${c.repo ?? ''} before pushing`.replace(/ {2}/g, ' '), ['Registries other than Docker Hub usually need the repository created first.'], `aws ecr create-repository --repository-name ${c.repo ?? '<repository>'}${c.registry ? `   # in account ${c.registry}` : ''}\ndocker push <registry>/${c.repo ?? '<repository>'}:<tag>`)]
        : [fix('Push (or pull) again, directly to the registry', ['Retry the push: layers that arrived are skipped. If it keeps failing, bypass the proxy, or push the image with its provenance attestations off for an older registry.'], 'docker push <image>\ndocker buildx build --provenance=false --push -t <image> .')],
    references: [REGISTRY_ERRORS],
    samples: ['blob unknown: blob unknown to registry', "name unknown: The repository with name 'api' does not exist in the registry with id '123456789012'", 'unsupported: The operation is unsupported.'],
  },
  {
    id: 'docker.registry-response',
    language: 'docker',
    match:
      /An image does not exist locally with the tag: (?<image>[^\s]{1,300})|[Rr]eceived unexpected HTTP status: (?<status>\d{3})(?<statusText>[^\n]{0,80})|error parsing HTTP (?<parseStatus>\d{3}) response body: (?<detail>[^\n]{0,300})/,
    requires: /An image does not exist locally|[Rr]eceived unexpected HTTP status|error parsing HTTP \d/,
    errorType: (c) => (c.image ? 'An image does not exist locally with the tag' : c.status ? 'received unexpected HTTP status' : `error parsing HTTP ${c.parseStatus} response body`),
    category: 'network',
    priority: 33,
    summary: (c) =>
      c.image
        ? `docker push found no local image tagged ${c.image}.`
        : c.status
          ? `The registry answered with HTTP ${c.status}${c.statusText ?? ''}.`
          : `The registry answered HTTP ${c.parseStatus} with a body that is not its JSON error.`,
    explanation: (c) =>
      c.image
        ? `docker push sends an image by its name, and no image on this host has the name ${c.image}: the image was built or tagged under another name (without the registry prefix), or on another machine or builder (buildx's docker-container driver keeps its result in its cache unless told --load or --push).`
        : c.status
          ? 'The registry (or a proxy in front of it) failed with a server error while the layers or the manifest were sent; a 5xx is the server side, often a storage back-end or an upload limit of the proxy.'
          : 'docker expected the registry\'s JSON error and got something else, usually an HTML page from a proxy, a login portal or a load balancer in front of the registry. The status says what it was (403: refused by a proxy or firewall, 404: wrong path or registry URL, 413: upload too large for the proxy).',
    causes: (c) => (c.image ? ['The image was tagged without the registry prefix', 'Built with buildx without --load'] : ['A proxy or load balancer in front of the registry', 'A registry URL that points at a web page, not the registry API', 'An upload size limit of a reverse proxy (nginx client_max_body_size)']),
    fixes: (c) =>
      c.image
        ? [fix(`Tag the image as ${c.image}, then push`, ['List the local images and tag the one you built with the full name.'], `docker images\ndocker tag <local-image> ${c.image}\ndocker push ${c.image}`)]
        : [fix('Check the registry URL and what sits in front of it', ['Call the registry API directly; a 2xx/401 JSON answer is the registry, an HTML page is something in front of it.'], 'curl -si https://<registry>/v2/ | head -20')],
    references: [ref('Docker: docker image push', `${DOCS}/reference/cli/docker/image/push/`)],
    samples: ['An image does not exist locally with the tag: registry.example.com/team/api', 'received unexpected HTTP status: 500 Internal Server Error', 'error parsing HTTP 403 response body: unexpected end of JSON input: ""'],
  },
  // ---------------------------------------------------------------- Docker: CLI and daemon
  {
    id: 'docker.cli-unknown-flag',
    language: 'docker',
    // The docker CLI's flag parser (cobra): "unknown flag: --x" then "See 'docker build --help'.".
    match: /(?:^|\s)(?<kind>unknown (?:shorthand )?flag): (?<flag>'?-{0,2}[\w-]{1,60}'?(?: in -[\w-]{1,60})?)\s{0,20}\nSee '(?<command>(?:docker|podman|docker-compose)(?: [\w-]{1,30}){0,3}) --help'/,
    requires: /unknown (?:shorthand )?flag: /,
    errorType: (c) => c.kind ?? 'unknown flag',
    category: 'configuration',
    priority: 30,
    summary: (c) => `${c.command} does not have the option ${c.flag}.`,
    explanation: (c) =>
      `The CLI stopped at an option it does not know. ${c.flag} is misspelt, belongs to another command (a run option given to exec), needs a plugin or a newer CLI (docker compose's and buildx's options when the plugin is missing, so "docker compose -d" reads -d as docker's own), or was placed after the image name (everything after the image goes to the container).`,
    causes: ['A misspelt option', 'An option of another subcommand, or of a plugin that is not installed', 'An option placed after the image name or after --'],
    fixes: (c) => [fix(`Check the options of ${c.command}`, [`Find the right spelling of ${c.flag} in the usage, and put options before the image.`], `${c.command} --help\ndocker version   # client and plugin versions`)],
    references: [ref('Docker CLI reference', `${DOCS}/reference/cli/docker/`)],
    samples: ["unknown flag: --platfrom\nSee 'docker build --help'.", "unknown shorthand flag: 'd' in -d\nSee 'docker --help'."],
  },
  {
    id: 'docker.daemon-operations',
    language: 'docker',
    match:
      /(?<prune>a prune operation is already running)|unable to configure the Docker daemon with file (?<file>[^\s:]{1,300}): (?<detail>[^\n]{1,300})/,
    requires: /a prune operation is already running|unable to configure the Docker daemon with file/,
    errorType: (c) => (c.prune ? 'a prune operation is already running' : 'unable to configure the Docker daemon with file'),
    category: 'configuration',
    // Above Go's JSON syntax error, which daemon.json's detail repeats.
    priority: 35,
    summary: (c) =>
      c.prune ? 'Another prune is still running on this daemon.' : `dockerd cannot read its configuration file ${c.file}: ${c.detail}`,
    explanation: (c) =>
      c.prune
        ? 'The daemon runs one prune of each kind at a time; another docker system/image/builder prune (a cron job, Docker Desktop, a CI step in parallel) has not finished.'
        : `dockerd refuses to start when ${c.file} is not valid JSON or has a key it does not know: a trailing comma, a missing quote or brace, or an option that is also set by a flag in the service file.`,
    causes: (c) => (c.prune ? ['Two prunes at the same time (cron, CI, Docker Desktop)'] : ['A JSON syntax error (trailing comma, missing quote)', 'An unknown or misspelt option']),
    fixes: (c) =>
      c.prune
        ? [fix('Wait for the running prune, then run it again', [], 'docker system prune -f')]
        : [fix(`Validate ${c.file}, then restart dockerd`, ['Check the file as JSON and with dockerd itself.'], `python3 -m json.tool ${c.file}\nsudo dockerd --validate --config-file ${c.file}\nsudo systemctl restart docker`)],
    references: [ref('Docker: Daemon configuration file', `${DOCS}/reference/cli/dockerd/#daemon-configuration-file`)],
    samples: ['Error response from daemon: a prune operation is already running', "unable to configure the Docker daemon with file /etc/docker/daemon.json: invalid character '}' looking for beginning of object key string"],
  },
  {
    id: 'docker.run-options',
    language: 'docker',
    // The daemon's and buildx's checks of a container's or an image's options before anything runs.
    match:
      /error gathering device information while adding custom device "(?<device>[^"\n]{1,300})"|network (?<network>[^\s]{1,200}) is ambiguous \((?<matches>\d{1,4}) matches found|[Cc]onflicting options: (?<options>[^\n.]{1,200})|Invalid container name \((?<container>[^)\n]{1,200})\)|invalid tag "(?<tag>[^"\n]{1,300})": (?<why>[^\n]{1,200})/,
    requires: /custom device|is ambiguous|[Cc]onflicting options|Invalid container name|invalid tag "/,
    errorType: (c) =>
      c.device
        ? 'error gathering device information while adding custom device'
        : c.network
          ? 'is ambiguous'
          : c.options
            ? 'conflicting options'
            : c.container
              ? 'Invalid container name'
              : 'invalid tag',
    category: 'configuration',
    priority: 33,
    summary: (c) =>
      c.device
        ? `The device ${c.device} does not exist on the host, so it cannot be passed to the container.`
        : c.network
          ? `Several networks are called ${c.network} (${c.matches}), so the name does not say which one.`
          : c.options
            ? `Two options of the container cannot be used together: ${c.options}.`
            : c.container
              ? `"${c.container}" is not a valid container name.`
              : `"${c.tag}" is not a valid image tag: ${c.why}.`,
    explanation: (c) =>
      c.device
        ? `--device (or compose's devices:) names a device node of the host, and ${c.device} is not there: the device is unplugged, has another name on this host (ttyUSB1, ttyACM0), or the daemon runs in a VM (Docker Desktop, WSL 2) that does not see the host's devices.`
        : c.network
          ? 'Network names are not unique in Docker: two networks with the same name exist (a compose project re-created, or a swarm and a local network), and commands that take a name refuse to guess.'
          : c.options
            ? 'Some options decide the same thing in two ways: a hostname or published ports with --network host or container:…, a --mac-address with a network mode that has none, --rm with a restart policy.'
            : c.container
              ? 'Container names may only use letters, digits, underscores, dots and dashes, and must start with a letter or digit: a space or a slash is usually an unquoted variable or a path passed as the name.'
              : 'Image names must be lower-case, and a tag may only use letters, digits, underscores, dots and dashes (128 characters at most): the name comes from a variable with upper-case letters (a repository or branch name) or a slash in the tag.',
    causes: ['A value from a variable that is empty or has characters the daemon does not allow', 'A relative path where an absolute one is needed', 'Two options that decide the same thing'],
    fixes: (c) => {
      if (c.device) return [fix(`Check that ${c.device} exists where the daemon runs`, ['List the devices, and pass the one that is there; on Docker Desktop, devices need a Linux host or usbipd (WSL 2).'], `ls -l ${c.device}\ndocker run --device ${c.device} ...`)];
      if (c.network) return [fix(`Remove the duplicate network ${c.network}, or use its ID`, [], `docker network ls --filter name=${c.network}\ndocker network rm <id>`)];
      if (c.options) return [fix(`Drop one of the conflicting options (${c.options})`, ['With --network host the container uses the host\'s name and ports: drop -h and -p.'], 'docker run --network host <image>   # without -h / -p')];
      if (c.container) return [fix(`Use a valid name instead of "${c.container}"`, ['Quote the variable that builds the name and replace spaces and slashes.'], `docker run --name "${c.container.replace(/[^a-zA-Z0-9_.-]+/g, '-')}" ...`)];
      return [fix(`Write the tag ${c.tag} in lower case, without characters a tag does not allow`, [], `docker buildx build -t "$(echo '${c.tag}' | tr '[:upper:]' '[:lower:]')" .`)];
    },
    references: [ref('Docker: docker container run', `${DOCS}/reference/cli/docker/container/run/`)],
    samples: [
      'docker: Error response from daemon: error gathering device information while adding custom device "/dev/ttyUSB0": no such file or directory.',
      'docker: Error response from daemon: conflicting options: hostname and the network mode.',
      'ERROR: invalid tag "MyApp:latest": repository name must be lowercase',
    ],
  },
  {
    id: 'docker.compose-run-state',
    language: 'docker',
    match: /service "(?<service>[^"\n]{1,100})" didn't complete successfully: exit (?<code>\d{1,3})|(?<file>[^\s:]{1,300}): `version` is obsolete/,
    requires: /didn't complete successfully|`version` is obsolete/,
    errorType: (c) => (c.service ? "didn't complete successfully" : 'version is obsolete'),
    category: 'configuration',
    priority: 33,
    summary: (c) => (c.service ? `Service ${c.service}, which others wait for to complete, exited with code ${c.code}.` : `${c.file} still has a top-level version:, which Compose v2 ignores.`),
    explanation: (c) =>
      c.service
        ? `Another service depends on ${c.service} with condition: service_completed_successfully (a migration, a set-up job), and it exited with ${c.code}, so compose does not start the services after it. Its logs say why.`
        : 'The Compose Specification has no version: the key is a leftover of the v2/v3 file formats. It is only a warning: nothing else changes.',
    causes: (c) => (c.service ? [`${c.service}'s command failed (a migration error, a missing variable)`] : ['A compose file written for docker-compose v1']),
    fixes: (c) =>
      c.service
        ? [fix(`Read the logs of ${c.service}`, [], `docker compose logs ${c.service}\ndocker compose run --rm ${c.service}`)]
        : [fix(`Delete the version: line from ${c.file}`, [], `sed -i '/^version:/d' ${c.file}`)],
    references: [COMPOSE_FILE, ref('Docker Compose: Control startup order', `${DOCS}/compose/how-tos/startup-order/`)],
    samples: ['service "migrate" didn\'t complete successfully: exit 1', 'WARN[0000] /home/me/app/docker-compose.yml: `version` is obsolete'],
  },
  // ---------------------------------------------------------------- Podman
  {
    id: 'docker.podman-machine',
    language: 'docker',
    match:
      /(?<connect>Cannot connect to Podman\. Please verify your connection|unable to connect to Podman socket: )|rootlessport listen (?<proto>tcp|udp) (?<addr>[^\s]{1,100}): bind: permission denied|cannot find UID\/GID for user (?<user>[^\s:]{1,64}): no subuid ranges found|(?<uids>potentially insufficient UIDs or GIDs available in user namespace) \(requested (?<ids>\d{1,10}:\d{1,10}) for (?<path>[^)\s]{1,300})\)|^Error: (?<image>[^\s]{1,300}): image not known/m,
    requires: /Podman|rootlessport|no subuid ranges found|insufficient UIDs or GIDs|image not known/,
    errorType: (c) => (c.connect ? 'Cannot connect to Podman' : c.addr ? 'permission denied' : c.uids ? 'potentially insufficient UIDs or GIDs available in user namespace' : c.image ? 'image not known' : 'no subuid ranges found'),
    category: 'configuration',
    // Above Go's connection refused, which the socket's detail ends with.
    priority: 35,
    summary: (c) =>
      c.connect
        ? 'podman cannot reach the Podman service (its machine VM or socket).'
        : c.addr
          ? `Rootless Podman may not bind ${c.addr}: ports below 1024 are privileged.`
          : c.uids
            ? `Rootless Podman cannot give ${c.path} its owner ${c.ids}: the user namespace has too few IDs.`
            : c.image
              ? `Podman has no image ${c.image} in its local storage.`
              : `User ${c.user} has no subordinate UID range in /etc/subuid, so rootless Podman cannot map users.`,
    explanation: (c) =>
      c.connect
        ? 'On macOS and Windows podman talks to a Linux VM (podman machine); on Linux with --remote to a socket. The VM is not started, was recreated with another connection, or the socket service is not running.'
        : c.uids
          ? 'A layer of the image has files owned by user or group IDs beyond the range the user namespace maps (only the user\'s own ID when /etc/subuid and /etc/subgid have no range for the user, or a range smaller than 65536).'
          : c.image
          ? 'The image is not in the local storage of this Podman (rootless and root have separate storages), or its name needs the registry (docker.io/library/…) to match.'
          : c.addr
          ? 'A rootless container cannot publish a port below net.ipv4.ip_unprivileged_port_start (1024 by default): the process has no privilege to bind it.'
          : 'Rootless containers need a range of subordinate UIDs and GIDs for the user (in /etc/subuid and /etc/subgid) to map the users inside the image.',
    causes: (c) => (c.uids ? ['No (or too small) ranges in /etc/subuid and /etc/subgid for the user', 'Ranges added without podman system migrate'] : c.image ? ['An image pulled as another user or as root', 'A short name that does not match the stored name'] : c.connect ? ['podman machine not started (or not created)', 'A stale default connection'] : c.addr ? ['A port below 1024 published by a rootless container'] : ['A user created without subordinate ID ranges (LDAP users, older useradd)']),
    fixes: (c) =>
      c.uids
        ? [fix(`Give the user a full range of subordinate IDs (for ${c.path} owned by ${c.ids})`, [], 'grep "$USER" /etc/subuid /etc/subgid\nsudo usermod --add-subuids 100000-165535 --add-subgids 100000-165535 "$USER"\npodman system migrate')]
        : c.image
        ? [fix(`Pull or list ${c.image} in this user's storage`, [], `podman images\npodman pull ${c.image}`)]
        : c.connect
        ? [fix('Start the Podman machine and check the connection', [], 'podman machine list\npodman machine start\npodman system connection list')]
        : c.addr
          ? [fix(`Publish a port above 1024, or allow unprivileged ports down to it (${c.addr})`, [], 'podman run -p 8080:80 ...\nsudo sysctl net.ipv4.ip_unprivileged_port_start=80')]
          : [fix(`Give ${c.user} subordinate ID ranges`, ['Add the ranges, then migrate Podman\'s storage.'], `sudo usermod --add-subuids 100000-165535 --add-subgids 100000-165535 ${c.user}\npodman system migrate`)],
    references: [ref('Podman: rootless tutorial', 'https://github.com/containers/podman/blob/main/docs/tutorials/rootless_tutorial.md')],
    samples: [
      'Cannot connect to Podman. Please verify your connection to the Linux system using `podman system connection list`, or try `podman machine init` and `podman machine start` to manage a new Linux VM\nError: unable to connect to Podman socket: failed to connect: dial tcp 127.0.0.1:54321: connect: connection refused',
      'Error: rootlessport listen tcp 0.0.0.0:80: bind: permission denied',
      'ERRO[0000] cannot find UID/GID for user alice: no subuid ranges found for user "alice" in /etc/subuid - check rootless mode in man pages.',
    ],
  },
  // ---------------------------------------------------------------- Compose
  {
    id: 'docker.compose-references',
    language: 'docker',
    // compose-go (v2) and docker-compose v1 checking a project's references before anything starts.
    match:
      /service "(?<service>[^"\n]{1,100})" refers to undefined (?<kind>network|volume|config|secret) "?(?<name>[^":\s]{1,100})"?|[Ss]ervice "(?<v1service>[^"\n]{1,100})" uses an undefined (?<v1kind>network|volume|secret|config) "(?<v1name>[^"\n]{1,100})"|[Ss]ervice '(?<dependent>[^'\n]{1,100})' depends on service '(?<dependency>[^'\n]{1,100})' which is undefined|[Ss]ervice "?(?<noImage>[^"\s]{1,100})"? has neither an image nor a build context specified|Named volume "(?<volume>[^"\n]{1,300})" is used in service "(?<volService>[^"\n]{1,100})" but no declaration was found in the volumes section/,
    requires: /refers to undefined|uses an undefined|which is undefined|neither an image nor a build context|no declaration was found in the volumes section/,
    errorType: (c) =>
      c.kind
        ? `refers to undefined ${c.kind}`
        : c.v1kind
          ? `uses an undefined ${c.v1kind}`
          : c.dependency
            ? 'depends on undefined service'
            : c.noImage
              ? 'has neither an image nor a build context specified'
              : 'no declaration was found in the volumes section',
    category: 'configuration',
    priority: 35,
    summary: (c) =>
      c.kind || c.v1kind
        ? `Service ${c.service ?? c.v1service} uses the ${c.kind ?? c.v1kind} ${c.name ?? c.v1name}, which the compose file does not declare.`
        : c.dependency
          ? `Service ${c.dependent} depends on ${c.dependency}, which the compose file does not define.`
          : c.noImage
            ? `Service ${c.noImage} has neither image: nor build:.`
            : `Service ${c.volService} mounts the named volume ${c.volume}, which is not declared under the top-level volumes:.`,
    explanation: (c) =>
      c.noImage
        ? 'Compose needs to know what to run: an image to pull or a build context to build. The key is often misspelt or indented under another key, or the service only exists in an override file that was not loaded.'
        : `Compose resolves every name a service uses against the file's top-level sections before it creates anything. ${c.dependency ? 'The dependency is misspelt, or defined in another compose file (or a profile) that is not part of this run.' : 'Named networks, volumes, configs and secrets must be declared at the top level (with external: true for ones created outside the project); a name that looks like a path must start with ./ or / to be a bind mount.'}`,
    causes: ['A name misspelt between the service and the top-level section', 'The declaration in an override file that was not passed with -f', 'A relative bind mount written without ./'],
    fixes: (c) => {
      const name = c.name ?? c.v1name ?? c.dependency ?? c.volume ?? c.noImage ?? '';
      return [
        fix(
          c.noImage ? `Give ${name} an image or a build context` : `Declare ${name} in the compose file (or fix its spelling)`,
          [c.noImage ? 'Add image: or build: under the service, checking its indentation.' : `Add ${name} under the top-level ${c.kind ?? c.v1kind ?? (c.dependency ? 'services' : 'volumes')}: section, or use ./${name.split(':')[0]} for a bind mount.`, `Check the resolved file with docker compose config (service ${c.service ?? c.v1service ?? c.dependent ?? c.volService ?? name}).`],
          c.noImage ? `services:\n  ${name}:\n    build: .\n\ndocker compose config` : `${c.kind ?? c.v1kind ?? (c.dependency ? 'services' : 'volumes')}s:\n  ${name.split(':')[0]}:\n\ndocker compose config`.replace(/ss:/, 's:'),
        ),
      ];
    },
    references: [COMPOSE_FILE],
    samples: [
      'service "web" refers to undefined network backend: invalid compose project',
      "ERROR: Service 'web' depends on service 'db' which is undefined.",
      'service "web" has neither an image nor a build context specified: invalid compose project',
      'ERROR: Named volume "data:/var/lib/postgresql/data:rw" is used in service "db" but no declaration was found in the volumes section.',
    ],
  },
  // ---------------------------------------------------------------- Kubernetes: kubectl
  {
    id: 'k8s.object-invalid',
    language: 'kubernetes',
    // kubectl prints the Invalid status without "Error from server": "The Deployment "web" is invalid: …"; Helm and
    // operators print it as "Deployment.apps "web" is invalid: …".
    // Below field is immutable (k8s.field-immutable), which ends the same way.
    match: /(?:The (?<kind>[A-Z]\w{1,60})|(?<kind2>[A-Z]\w{1,60})(?:\.[a-z][\w.-]{0,100})?) "(?<name>[^"\n]{1,253})" is invalid: (?<detail>[^\n]{1,600})/,
    requires: /" is invalid: /,
    errorType: 'Invalid',
    category: 'configuration',
    priority: 14,
    summary: (c) => `The API server rejected the ${c.kind ?? c.kind2} ${c.name} as invalid: ${c.detail}`,
    explanation: (c) =>
      `The object failed the API server's validation (status reason Invalid). The message names the field and why: ${/selector` does not match template `labels`/.test(c.detail ?? '') ? "a Deployment's selector must match its pod template's labels" : /not in the valid range/.test(c.detail ?? '') ? "a nodePort outside the cluster's range (30000-32767 by default)" : /RFC 1123|must consist of lower case/.test(c.detail ?? '') ? 'names must be lower-case letters, digits and dashes' : 'a value of the wrong form, a required field left empty, or a combination the API forbids'}.`,
    causes: ['A field value the API does not accept', 'Labels and selectors that do not match', 'A name with upper-case letters or underscores'],
    fixes: (c) => [fix(`Fix the field the message names in ${c.kind ?? c.kind2} ${c.name}`, ['kubectl explain shows the field and its rules; a server-side dry run checks the manifest without applying it.'], `kubectl explain ${(c.kind ?? c.kind2 ?? 'deployment').toLowerCase()}.spec\nkubectl apply --dry-run=server -f <manifest>.yaml`)],
    references: [ref('Kubernetes API: Status reasons', 'https://github.com/kubernetes/community/blob/master/contributors/devel/sig-architecture/api-conventions.md#response-status-kind')],
    samples: ['The Service "web" is invalid: spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767'],
  },
  {
    id: 'k8s.kubectl-client',
    language: 'kubernetes',
    match:
      /no context exists with the name: "(?<context>[^"\n]{1,253})"|context was not found for specified context: (?<context2>[^\s]{1,253})|(?<kind>deployment|statefulset|daemonset)s?(?:\.apps)? "(?<name>[^"\n]{1,253})" exceeded its progress deadline|cannot exec into a container in a completed pod; current phase is (?<phase>\w{1,20})|(?<noObjects>no objects passed to (?<verb>apply|create|replace|delete))|error loading config file "(?<file>[^"\n]{1,300})": (?<detail>[^\n]{1,300})|(?<separate>there is no need to specify a resource type as a separate argument)|(?<!\(BadRequest\): )a container name must be specified for pod (?<pod>[a-z0-9][a-z0-9.-]{0,252}), choose one of: \[(?<containers>[^\]\n]{1,300})\]/,
    requires: /no context exists|context was not found|exceeded its progress deadline|completed pod|no objects passed|error loading config file|no need to specify a resource type|a container name must be specified/,
    errorType: (c) =>
      c.context
        ? 'no context exists with the name'
        : c.context2
          ? 'context was not found for specified context'
          : c.kind
            ? 'exceeded its progress deadline'
            : c.phase
              ? 'cannot exec into a container in a completed pod'
              : c.noObjects
                ? `no objects passed to ${c.verb}`
                : c.file
                  ? 'error loading config file'
                  : c.separate
                    ? 'there is no need to specify a resource type as a separate argument'
                    : 'a container name must be specified',
    category: 'configuration',
    // Below the status reasons (BadRequest carries the container-name message too); above the YAML
    // patterns that a broken kubeconfig's detail repeats.
    priority: 32,
    summary: (c) =>
      c.context || c.context2
        ? `The kubeconfig has no context called ${c.context ?? c.context2}.`
        : c.kind
          ? `The rollout of ${c.kind} ${c.name} did not progress within its progressDeadlineSeconds.`
          : c.phase
            ? `The pod has finished (${c.phase}), so there is no running container to exec into.`
            : c.noObjects
              ? `kubectl ${c.verb} found no objects in what it was given.`
              : c.file
                ? `kubectl cannot read the kubeconfig ${c.file}: ${c.detail}`
                : c.separate
                  ? 'The resource type was given twice: as an argument and in type/name form.'
                  : `Pod ${c.pod} has several containers (${c.containers}); kubectl needs to be told which one.`,
    explanation: (c) =>
      c.context || c.context2
        ? 'kubectl looks the context up in the merged kubeconfig (KUBECONFIG, or ~/.kube/config). It is misspelt, lives in a file that is not in KUBECONFIG, or was never added (aws eks update-kubeconfig, gcloud get-credentials, az aks get-credentials add it).'
        : c.kind
          ? 'kubectl rollout status gave up because the Deployment reports Progressing=False (ProgressDeadlineExceeded): its new pods never became ready. Their events and logs say why: image pulls, crashes, failing readiness probes, or no room to schedule.'
          : c.phase
            ? 'kubectl exec runs a process inside a running container; a pod that Succeeded or Failed has none. Read its logs instead, or start a debug copy.'
            : c.noObjects
              ? 'The file or directory is empty, all its documents are commented out, a kustomization produced nothing, or a pipe gave kubectl no input.'
              : c.file
                ? 'The kubeconfig file is not valid YAML: usually a tool wrote it partially, two files were concatenated, or it was edited with tabs.'
                : c.separate
                  ? 'kubectl get pod pod/web names the type twice; use either "kubectl get pod web" or "kubectl get pod/web".'
                  : 'With more than one container (a sidecar such as istio-proxy, or init containers), logs and exec need -c to pick the container.',
    causes: ['A name or flag that does not match what exists', 'A kubeconfig that was not updated or merged', 'A rollout whose new pods never became ready'],
    fixes: (c) => {
      if (c.context || c.context2)
        return [fix(`List the contexts and use one that exists instead of ${c.context ?? c.context2}`, [], `kubectl config get-contexts\nkubectl config use-context <name>   # not ${c.context ?? c.context2}`)];
      if (c.kind) return [fix(`See why the new pods of ${c.name} are not ready`, [], `kubectl rollout status ${c.kind}/${c.name}\nkubectl describe ${c.kind} ${c.name}\nkubectl get pods -l <selector> && kubectl describe pod <new-pod>`)];
      if (c.phase) return [fix('Read the logs of the finished pod, or debug a copy', [], 'kubectl logs <pod>\nkubectl debug <pod> -it --copy-to=debug --container=<container> -- sh')];
      if (c.noObjects) return [fix(`Check what kubectl ${c.verb} receives`, ['Render the input first and make sure it contains objects.'], `kubectl ${c.verb} -f <file> --dry-run=client -o name\nkubectl kustomize <dir>`)];
      if (c.file) return [fix(`Repair or regenerate ${c.file}`, ['Validate the YAML; if it cannot be fixed, move it aside and fetch the credentials again.'], `python3 -c 'import yaml,sys; yaml.safe_load(open(sys.argv[1]))' ${c.file}\nmv ${c.file} ${c.file}.broken`)];
      if (c.separate) return [fix('Name the type once', [], 'kubectl get pod web\n# or\nkubectl get pod/web')];
      return [fix(`Pick one of the containers of ${c.pod}: ${c.containers}`, [], `kubectl logs ${c.pod} -c ${(c.containers ?? '').split(' ')[0]}\nkubectl exec -it ${c.pod} -c ${(c.containers ?? '').split(' ')[0]} -- sh`)];
    },
    references: [KUBECONFIG, ref('kubectl reference', `${K8S_DOCS}/reference/kubectl/`)],
    samples: [
      'error: no context exists with the name: "prod"',
      'error: deployment "web" exceeded its progress deadline',
      'error: cannot exec into a container in a completed pod; current phase is Succeeded',
      'error: a container name must be specified for pod web-5d8f, choose one of: [web istio-proxy]',
      'error: error loading config file "/home/me/.kube/config": yaml: line 6: could not find expected \':\'',
    ],
  },
  {
    id: 'k8s.kubectl-unknown-flag',
    language: 'kubernetes',
    match: /(?:^|\s)(?<kind>unknown (?:shorthand )?flag): (?<flag>'?-{1,2}[\w-]{1,60}'?(?: in -[\w-]{1,60})?)\s{0,20}\nSee '(?<command>(?:kubectl|oc)(?: [\w-]{1,30}){0,3}) --help' for usage/,
    requires: /unknown (?:shorthand )?flag: /,
    errorType: (c) => c.kind ?? 'unknown flag',
    category: 'configuration',
    priority: 30,
    summary: (c) => `${c.command} does not have the option ${c.flag}.`,
    explanation: (c) => `kubectl stopped at an option it does not know: ${c.flag} is misspelt, belongs to another command, or is newer than this kubectl.`,
    causes: ['A misspelt option', 'An option of another subcommand', 'A kubectl older than the option'],
    fixes: (c) => [fix(`Check the options of ${c.command}`, [`Find the right spelling of ${c.flag}.`], `${c.command} --help\nkubectl version --client`)],
    references: [ref('kubectl reference', `${K8S_DOCS}/reference/kubectl/`)],
    samples: ["error: unknown flag: --replica\nSee 'kubectl scale --help' for usage."],
  },
  {
    id: 'k8s.kubectl-client-requests',
    language: 'kubernetes',
    match:
      /unable to decode "(?<file>[^"\n]{1,300})": Object 'Kind' is missing|error: failed to create (?<what>[\w-]{1,60}) (?<resource>[\w.-]{1,100}) "(?<name>[^"\n]{1,253})" already exists|error dialing backend: (?<detail>[^\n]{1,300})|(?<watchClosed>watch closed before UntilWithoutRetry timeout)|error executing jsonpath "(?<jsonpath>[^"\n]{1,300})": (?<jsonDetail>[^\n]{1,300})/,
    requires: /Object 'Kind' is missing|already exists|error dialing backend|watch closed before UntilWithoutRetry|error executing jsonpath/,
    errorType: (c) => (c.file ? "Object 'Kind' is missing" : c.name ? 'AlreadyExists' : c.detail ? 'error dialing backend' : c.watchClosed ? 'watch closed before UntilWithoutRetry timeout' : 'error executing jsonpath'),
    category: 'configuration',
    // Above Go's network errors, which the backend's detail ends with.
    priority: 33,
    summary: (c) =>
      c.file
        ? `${c.file} has a document without kind:.`
        : c.name
          ? `kubectl create ${c.what} refused: ${c.resource} "${c.name}" already exists.`
          : c.detail
            ? `The API server could not reach the node's kubelet: ${c.detail}`
            : c.watchClosed
              ? 'The API server closed kubectl\'s watch before the rollout finished.'
              : `The JSONPath ${c.jsonpath} does not fit the output: ${c.jsonDetail}`,
    explanation: (c) =>
      c.file
        ? 'Every document of a manifest needs apiVersion and kind. A document without them is usually an indentation error (kind: nested under another key), an empty document between --- separators with a comment, or a values or kustomization file applied as a manifest.'
        : c.name
          ? 'kubectl create (unlike apply) does not update an existing object (status reason AlreadyExists).'
          : c.detail
            ? "kubectl logs, exec, port-forward and top go through the API server to the kubelet on the node (port 10250). The API server cannot reach it: a firewall or security group between the control plane and the nodes, a node that is down, or (on managed clusters) a broken tunnel between them."
            : c.watchClosed
              ? 'kubectl rollout status watches the object; a load balancer or the API server ended the long-lived connection (an idle timeout) before the rollout was done. The rollout itself goes on.'
              : 'The template indexes something that is not there: an empty list ([0] of no items, when the selector matches nothing), or a field name that does not exist.',
    causes: ['A manifest or query that does not match what exists', 'A network path from the control plane to the nodes that is blocked', 'An idle connection closed by a load balancer'],
    fixes: (c) => {
      if (c.file) return [fix(`Give every document of ${c.file} its apiVersion and kind`, [], `kubectl apply --dry-run=client -f ${c.file}`)];
      if (c.name) return [fix(`Update ${c.name} instead of creating it`, ['Generate the object and apply it, which updates an existing one.'], `kubectl create ${c.what} ${c.name} --dry-run=client -o yaml ... | kubectl apply -f -`)];
      if (c.detail) return [fix('Open the kubelet port from the control plane to the nodes', ['Allow TCP 10250 from the API server to the nodes (security groups, firewalls) and check that the node is Ready.'], 'kubectl get nodes -o wide\nkubectl get --raw "/api/v1/nodes/<node>/proxy/healthz"')];
      if (c.watchClosed) return [fix('Watch the rollout again', [], 'kubectl rollout status deployment/<name> --timeout=10m')];
      return [fix(`Check what ${c.jsonpath} reads`, ['Print the whole object first; guard against empty lists with a selector that matches.'], 'kubectl get pods -l <selector> -o json | head -50')];
    },
    references: [ref('kubectl reference', `${K8S_DOCS}/reference/kubectl/`), ref('Kubernetes: Ports and protocols', `${K8S_DOCS}/reference/networking/ports-and-protocols/`)],
    samples: [
      'error: unable to decode "deploy.yaml": Object \'Kind\' is missing in \'{"apiVersion":"apps/v1","metadata":{"name":"web"}}\'',
      'error: failed to create secret secrets "db-credentials" already exists',
      'Error from server: error dialing backend: dial tcp 10.0.0.5:10250: i/o timeout',
      'error: error executing jsonpath "{.items[0].metadata.name}": Error executing template: array index out of bounds: index 0, length 0. Printing more information for debugging the template:',
    ],
  },
  // ---------------------------------------------------------------- Kubernetes: pod statuses and events
  {
    id: 'k8s.pod-status',
    language: 'kubernetes',
    // kubectl get pods' STATUS column and describe's Reason for the states the specific patterns do not
    // answer (CrashLoopBackOff, ImagePullBackOff, OOMKilled, Evicted… are theirs, at higher priority).
    match:
      /^(?<pod>[a-z0-9][a-z0-9.-]{0,252}) +\d{1,3}\/\d{1,3} +(?:Init:)?(?<status>InvalidImageName|ContainerCreating|PodInitializing|Error|Completed|ContainerStatusUnknown|OutOfcpu|OutOfmemory|OutOfpods|NodeAffinity|UnexpectedAdmissionError|Terminating|Shutdown|Pending|ErrImageNeverPull)\b|\bkubelet +Error: (?<failedError>InvalidImageName|ErrImageNeverPull)\b|^[ \t]{0,12}Reason:[ \t]{1,20}(?<reason>InvalidImageName|ContainerStatusUnknown|OutOfcpu|OutOfmemory|OutOfpods|NodeAffinity|UnexpectedAdmissionError|Shutdown|ErrImageNeverPull)\b(?:\s{0,40}Message:[ \t]{1,20}(?<message>[^\n]{1,400}))?/m,
    requires: /InvalidImageName|ContainerCreating|PodInitializing|Error|Completed|ContainerStatusUnknown|OutOf|NodeAffinity|UnexpectedAdmissionError|Terminating|Shutdown|Pending|ErrImageNeverPull/,
    errorType: (c) => c.status ?? c.reason ?? c.failedError ?? 'Error',
    category: 'runtime',
    priority: 26,
    summary: (c) => `${c.pod ? `Pod ${c.pod}` : 'The pod'} is ${c.status ?? c.reason ?? c.failedError}${c.message ? `: ${c.message}` : ''}.`,
    explanation: (c) => `${POD_STATUS_WHY[c.status ?? c.reason ?? c.failedError ?? ''] ?? EVENT_WHY[c.status ?? c.reason ?? c.failedError ?? ''] ?? 'This is the state the kubelet reports for the pod.'} The pod's events (kubectl describe) and its containers' last state name the cause.`,
    causes: (c) =>
      (c.status ?? c.reason ?? c.failedError) === 'Completed' || (c.status ?? c.reason ?? c.failedError) === 'Error'
        ? ["The container's main process exited (its code decides Completed or Error)", 'A command that does not stay in the foreground', 'An application error at start-up']
        : ['A cause named in the pod events: an image, a volume, a Secret or ConfigMap, the node\'s resources', 'A node that changed or restarted under the pod'],
    fixes: (c) => [
      fix(
        `Read the events and the last state of ${c.pod ?? 'the pod'}`,
        ['kubectl describe shows the events and each container\'s state and last state; the logs of the previous run show why it exited.'],
        `kubectl describe pod ${c.pod ?? '<pod>'}\nkubectl logs ${c.pod ?? '<pod>'} --previous\nkubectl get events --field-selector involvedObject.name=${c.pod ?? '<pod>'} --sort-by=.lastTimestamp`,
      ),
    ],
    references: [DEBUG_PODS, POD_LIFECYCLE],
    samples: [
      'NAME          READY   STATUS             RESTARTS   AGE\nweb-5d8f9c    0/1     InvalidImageName   0          1m',
      'NAME                 READY   STATUS      RESTARTS   AGE\nmigrate-7x2kq        0/1     Completed   4          2m',
      "Status:  Failed\nReason:  OutOfmemory\nMessage: Pod Node didn't have enough resource: memory, requested: 2147483648, used: 7516192768, capacity: 8232271872",
    ],
  },
  {
    id: 'k8s.event-reason',
    language: 'kubernetes',
    // An event row (kubectl describe's Events, kubectl get events) whose reason the specific patterns do not answer,
    // and the messages that only these reasons print.
    match:
      /(?:^|\s)(?:Warning|Normal)\s{1,40}(?<reason>NodeNotReady|Preempted|FailedKillPod|ErrImageNeverPull|DNSConfigForming|EvictionThresholdMet|FreeDiskSpaceFailed|ImageGCFailed|SystemOOM|OOMKilling|FailedPostStartHook|FailedPreStopHook|FailedComputeMetricsReplicas|SyncLoadBalancerFailed|InspectFailed|FailedValidation|Rebooted|FailedToRetrieveImagePullSecret|ContainerGCFailed|InvalidDiskCapacity|FailedGetScale|ExceededGracePeriod)\s(?=(?:[^\n]{0,300}?(?:Container image "(?<rowImage>[^"\n]{1,300})"|victim process: (?<rowProcess>[^\s,]{1,100})|Preempted by (?<rowPreemptor>[\w./-]{1,300}) on node (?<rowNode>[\w.-]{1,253})))?)|Container image "(?<image>[^"\n]{1,300})" is not present with pull policy of Never|(?<systemOom>System OOM encountered, victim process: (?<process>[^\s,]{1,100}))|(?<nameservers>Nameserver limits were exceeded, some nameservers have been omitted)|Preempted by (?<preemptor>[\w./-]{1,300}) on node (?<node>[\w.-]{1,253})/,
    requires: /Warning|Normal|is not present with pull policy of Never|System OOM encountered|Nameserver limits were exceeded|Preempted by /,
    errorType: (c) => c.reason ?? ((c.image ?? c.rowImage) ? 'ErrImageNeverPull' : c.systemOom ? 'SystemOOM' : c.nameservers ? 'DNSConfigForming' : 'Preempted'),
    category: 'runtime',
    priority: 27,
    summary: (c) => {
      const reason = c.reason ?? ((c.image ?? c.rowImage) ? 'ErrImageNeverPull' : c.systemOom ? 'SystemOOM' : c.nameservers ? 'DNSConfigForming' : 'Preempted');
      return `Kubernetes reported ${reason}${(c.image ?? c.rowImage) ? ` for the image ${(c.image ?? c.rowImage)}` : (c.process ?? c.rowProcess) ? ` (the kernel killed ${(c.process ?? c.rowProcess)})` : (c.preemptor ?? c.rowPreemptor) ? ` (by ${(c.preemptor ?? c.rowPreemptor)} on ${(c.node ?? c.rowNode)})` : ''}.`;
    },
    explanation: (c) => EVENT_WHY[c.reason ?? ((c.image ?? c.rowImage) ? 'ErrImageNeverPull' : c.systemOom ? 'SystemOOM' : c.nameservers ? 'DNSConfigForming' : 'Preempted')] ?? 'This is the reason of the event Kubernetes recorded.',
    causes: ['What the event reason names: the node, the image, a hook, the scheduler or a controller', 'See the message after the reason for the object concerned'],
    fixes: (c) => {
      const reason = c.reason ?? ((c.image ?? c.rowImage) ? 'ErrImageNeverPull' : c.systemOom ? 'SystemOOM' : c.nameservers ? 'DNSConfigForming' : 'Preempted');
      if (reason === 'ErrImageNeverPull') return [fix(`Load ${(c.image ?? c.rowImage) ?? 'the image'} onto the node, or let the kubelet pull it`, ['With a local cluster, load the image into it; otherwise set imagePullPolicy to IfNotPresent.'], `kind load docker-image ${(c.image ?? c.rowImage) ?? '<image>'}\nminikube image load ${(c.image ?? c.rowImage) ?? '<image>'}`)];
      if (reason === 'NodeNotReady' || reason === 'EvictionThresholdMet' || reason === 'SystemOOM' || reason === 'OOMKilling' || reason === 'FreeDiskSpaceFailed' || reason === 'ImageGCFailed')
        return [fix('Check the node\'s conditions and its kubelet', ['Describe the node (Conditions: MemoryPressure, DiskPressure, Ready) and read the kubelet\'s log on it; give pods memory requests and limits.'], `kubectl describe node ${(c.node ?? c.rowNode) ?? '<node>'}\nkubectl top node\njournalctl -u kubelet --since "1 hour ago"${(c.process ?? c.rowProcess) ? `   # what killed ${(c.process ?? c.rowProcess)}` : ''}`)];
      if (reason === 'Preempted') return [fix('Give the pod a priority class, or the cluster more room', ['Pods with a lower priority are evicted for higher ones; raise its PriorityClass or add capacity.'], `kubectl get priorityclass\nkubectl describe node ${(c.node ?? c.rowNode) ?? '<node>'}${(c.preemptor ?? c.rowPreemptor) ? `\nkubectl get pod ${(c.preemptor ?? c.rowPreemptor ?? "").split('/').pop()} -o jsonpath='{.spec.priorityClassName}'` : ''}`)];
      if (reason === 'FailedPostStartHook' || reason === 'FailedPreStopHook') return [fix('Check the lifecycle hook\'s command', ['Run the hook\'s command by hand in the container; it must exist in the image and finish within the grace period.'], 'kubectl get pod <pod> -o jsonpath=\'{.spec.containers[*].lifecycle}\'')];
      if (reason === 'DNSConfigForming') return [fix("Trim the node's resolv.conf", ['Keep at most three nameservers in the resolv.conf the kubelet uses (--resolv-conf).'], 'cat /etc/resolv.conf\ncat /run/systemd/resolve/resolv.conf')];
      return [fix('Read the event with its object', ['The message after the reason names what failed.'], 'kubectl get events -A --sort-by=.lastTimestamp | tail -30')];
    },
    references: [ref('Kubernetes: Debug running pods and nodes', `${K8S_DOCS}/tasks/debug/debug-cluster/`), ref('Kubernetes: Node-pressure eviction', `${K8S_DOCS}/concepts/scheduling-eviction/node-pressure-eviction/`)],
    samples: [
      'Warning  NodeNotReady  5m  node-controller  Node is not ready',
      'Warning  ErrImageNeverPull  1m  kubelet  Container image "acme/api:dev" is not present with pull policy of Never',
      'Warning  SystemOOM  1m  kubelet  System OOM encountered, victim process: java, pid: 12345',
      'Normal   Preempted  1m  default-scheduler  Preempted by default/critical-job on node worker-2',
    ],
  },
  // ---------------------------------------------------------------- Helm
  {
    id: 'k8s.helm-repository',
    language: 'kubernetes',
    match:
      /Error: (?:[A-Z ]{1,30} FAILED: )?(?:(?:uninstall: Release not loaded: (?<release>[\w.-]{1,53}): )?(?<notFound>release: not found)|failed to download "(?<chart>[^"\n]{1,300})"|looks like "(?<url>[^"\n]{1,300})" is not a valid chart repository or cannot be reached|(?<noRepos>no repositories found)|(?<noChartYaml>Chart\.yaml file is missing)|[^\n]{0,200}?found in Chart\.yaml, but missing in charts\/ directory: (?<deps>[^\n]{1,300})|execution error at \((?<template>[^)\n]{1,300})\): (?<message>[^\n]{1,300})|repo (?<repo>[\w.-]{1,100}) not found)|Error: (?:INSTALLATION|UPGRADE|ROLLBACK|UNINSTALLATION) FAILED: (?<deadline>context deadline exceeded)$/m,
    requires: /Error: /,
    errorType: (c) =>
      c.notFound
        ? 'release: not found'
        : c.chart
          ? 'failed to download'
          : c.url
            ? 'is not a valid chart repository or cannot be reached'
            : c.noRepos
              ? 'no repositories found'
              : c.noChartYaml
                ? 'Chart.yaml file is missing'
                : c.deps
                  ? 'missing in charts/ directory'
                  : c.template
                    ? 'execution error'
                    : c.repo
                      ? 'repo not found'
                      : 'context deadline exceeded',
    category: 'configuration',
    // Above shell's "not found" and Go's context deadline, which these lines end with.
    priority: 36,
    summary: (c) =>
      c.notFound
        ? `Helm has no release ${c.release ?? 'of that name'} in this namespace.`
        : c.chart
          ? `Helm could not download the chart ${c.chart}.`
          : c.url
            ? `${c.url} does not answer as a chart repository.`
            : c.noRepos
              ? 'Helm has no chart repositories configured.'
              : c.noChartYaml
                ? 'The directory Helm was given is not a chart: it has no Chart.yaml.'
                : c.deps
                  ? `The chart's dependencies (${c.deps}) are declared in Chart.yaml but not downloaded into charts/.`
                  : c.template
                    ? `A template stopped the rendering at ${c.template}: ${c.message}`
                    : c.repo
                      ? `Helm has no repository called ${c.repo}.`
                      : 'Helm gave up waiting on the cluster (context deadline exceeded).',
    explanation: (c) =>
      c.notFound
        ? 'Releases are stored per namespace (as Secrets); helm status/uninstall/upgrade look in the current namespace only. The release is in another namespace (-n), was already uninstalled, or has another name.'
        : c.chart
          ? 'The repository is not added or not updated (helm repo update), the chart name or version does not exist there, or the repository cannot be reached.'
          : c.url
            ? 'Helm fetches index.yaml from the repository URL. The URL is wrong (a web page, not the repository; OCI registries are used with oci:// and need no repo add), or needs credentials, or a proxy blocks it.'
            : c.noRepos
              ? 'helm repo update (or search repo) needs at least one repository added with helm repo add.'
              : c.noChartYaml
                ? 'helm install/package/lint need a chart directory with Chart.yaml at its root, or a chart reference (repo/chart, oci://...).'
                : c.deps
                  ? 'Dependencies listed in Chart.yaml are downloaded into charts/ by helm dependency update (or build); a fresh clone has none.'
                  : c.template
                    ? 'The chart calls required or fail in that template: a value it needs was not given. The message after the location says which.'
                    : c.repo
                      ? 'A chart reference repo/chart names a repository that helm repo add did not add on this machine (CI runners start empty).'
                      : "Helm's operation took longer than its --timeout, or the API server did not answer in time.",
    causes: ['A repository not added or not updated', 'A chart, release or value name that does not match', 'A release in another namespace'],
    fixes: (c) => {
      if (c.notFound) return [fix(`Find the release ${c.release ?? ''} in every namespace`.trimEnd(), [], `helm list -A | grep ${c.release ?? '<release>'}\nhelm status ${c.release ?? '<release>'} -n <namespace>`)];
      if (c.chart) return [fix(`Update the repositories and check that ${c.chart} exists`, [], `helm repo update\nhelm search repo ${c.chart} --versions | head`)];
      if (c.url) return [fix(`Check the repository URL ${c.url}`, ['index.yaml must be reachable under it; OCI registries are used directly with oci://.'], `curl -sI ${c.url.replace(/\/$/, '')}/index.yaml\nhelm repo add <name> ${c.url}`)];
      if (c.noRepos) return [fix('Add a repository first', [], 'helm repo add bitnami https://charts.bitnami.com/bitnami\nhelm repo update')];
      if (c.noChartYaml) return [fix('Point Helm at the chart directory', [], 'ls <chart-dir>/Chart.yaml\nhelm install <release> ./<chart-dir>')];
      if (c.deps) return [fix(`Download the dependencies (${c.deps})`, [], 'helm dependency update <chart-dir>\n# or, with Chart.lock\nhelm dependency build <chart-dir>')];
      if (c.template) return [fix(`Give the value the template at ${c.template} requires`, ['Pass it with --set or in a values file.'], `helm template <release> <chart> --debug | head\nhelm install <release> <chart> -f values.yaml   # see ${c.template}`)];
      if (c.repo) return [fix(`Add the repository ${c.repo}`, [], `helm repo add ${c.repo} <url>\nhelm repo update`)];
      return [fix('Give Helm more time, and see what it waits for', [], 'helm upgrade --install <release> <chart> --timeout 10m\nkubectl get pods -n <namespace>')];
    },
    references: [ref('Helm: Commands', `${HELM_DOCS}/helm/`), ref('Helm: Chart dependencies', `${HELM_DOCS}/helm/helm_dependency/`)],
    samples: [
      'Error: uninstall: Release not loaded: web: release: not found',
      'Error: INSTALLATION FAILED: failed to download "bitnami/postgresql"',
      'Error: found in Chart.yaml, but missing in charts/ directory: postgresql, redis',
      'Error: INSTALLATION FAILED: execution error at (mychart/templates/secret.yaml:8:20): A valid .Values.db.password entry required!',
      'Error: INSTALLATION FAILED: repo bitnami not found',
    ],
  },
  {
    id: 'k8s.helm-usage',
    language: 'kubernetes',
    match:
      /error calling include: template: no template "(?<template>[^"\n]{1,253})" associated with template|Error: (?:INSTALLATION FAILED: )?(?<noName>must either provide a name or specify --generate-name)|^Error: "(?<command>helm(?: [\w-]{1,30}){1,2})" (?<rule>requires (?:at least |at most |exactly )?(?<count>\d{1,2}) arguments?|accepts (?:at most )?\d{1,2} arg\(s\)[^\n]{0,60})|non-absolute URLs should be in form of repo_name\/path_to_chart, got: (?<chart>[^\s]{1,300})|Error: (?<tiller>could not find (?:a ready )?tiller)|chart requires kubeVersion: (?<range>[^\s]{1,100}) which is incompatible with Kubernetes (?<version>v[\w.+-]{1,60})/m,
    requires: /error calling include|must either provide a name|Error: "helm|non-absolute URLs|tiller|chart requires kubeVersion/,
    errorType: (c) =>
      c.template
        ? 'error calling include'
        : c.noName
          ? 'must either provide a name or specify --generate-name'
          : c.command
            ? (c.rule ?? '').replace(/^(requires (?:at least |at most |exactly )?\d+ arguments?)[\s\S]*$/, '$1')
            : c.chart
              ? 'non-absolute URLs should be in form of repo_name/path_to_chart'
              : c.tiller
                ? 'could not find tiller'
                : 'chart requires kubeVersion',
    category: 'configuration',
    priority: 34,
    summary: (c) =>
      c.template
        ? `The chart includes the named template ${c.template}, which no file of the chart defines.`
        : c.noName
          ? 'helm install was given no release name.'
          : c.command
            ? `${c.command} was called with the wrong number of arguments: it ${c.rule}.`
            : c.chart
              ? `Helm read ${c.chart} as a chart in a repository and found no repository part.`
              : c.tiller
                ? 'This is Helm 2, and its server side (Tiller) is not installed in the cluster.'
                : `The chart supports Kubernetes ${c.range}, and the cluster runs ${c.version}.`,
    explanation: (c) =>
      c.template
        ? `include "${c.template}" needs a {{ define "${c.template}" }} in one of the chart's templates (usually _helpers.tpl). The helpers file is missing, the chart was renamed without renaming its helpers (mychart.fullname), or the template comes from a library chart that is not among the dependencies.`
        : c.noName
          ? 'Helm 3 requires the release name as the first argument (helm install NAME CHART), or --generate-name.'
          : c.command
            ? 'Helm checks the arguments before doing anything: a missing release name or chart, or an unquoted value (--set with spaces) that became an extra argument.'
            : c.chart
              ? 'A chart reference without a path is neither a local directory nor repo/chart: the directory does not exist here, or the repository prefix was left out.'
              : c.tiller
                ? 'Helm 2 talks to Tiller in kube-system. Helm 2 is unsupported since 2020: use Helm 3, which needs no Tiller (helm 2to3 migrates releases).'
                : "The chart's Chart.yaml limits the Kubernetes versions it supports (kubeVersion); the cluster's is outside the range. Pre-release versions (EKS's v1.2x-eks-…) need -0 in the range to match.",
    causes: ['A chart or command used in a way it does not support', 'A chart renamed without its helpers, or a missing library chart', 'Helm 2 commands or charts on a Helm 3 set-up (or the reverse)'],
    fixes: (c) => {
      if (c.template) return [fix(`Define ${c.template} in the chart, or fix the include's name`, [], `grep -rn 'define "${c.template}"' <chart>/templates/\nhelm dependency update <chart>`)];
      if (c.noName) return [fix('Give the release a name', [], 'helm install <release> <chart>\nhelm install <chart> --generate-name')];
      if (c.command) return [fix(`Call ${c.command} with the arguments its usage shows`, [], `${c.command} --help`)];
      if (c.chart) return [fix(`Name ${c.chart} with its repository, or as a path`, [], `helm repo add bitnami https://charts.bitnami.com/bitnami\nhelm install <release> bitnami/${c.chart}\nhelm install <release> ./${c.chart}`)];
      if (c.tiller) return [fix('Use Helm 3, which needs no Tiller', [], 'helm version\n# Helm 3: helm install <release> <chart>')];
      return [fix(`Use a chart version that supports ${c.version}, or upgrade the cluster`, [`The chart wants ${c.range}.`], 'helm search repo <chart> --versions\nkubectl version')];
    },
    references: [ref('Helm: Commands', `${HELM_DOCS}/helm/`), ref('Helm: Named templates', `${HELM_DOCS}/chart_template_guide/named_templates/`)],
    samples: [
      'Error: template: web/templates/deployment.yaml:4:11: executing "web/templates/deployment.yaml" at <include "web.fullname" .>: error calling include: template: no template "web.fullname" associated with template "gotpl"',
      'Error: "helm upgrade" requires 2 arguments\n\nUsage:  helm upgrade [RELEASE] [CHART] [flags]',
      'Error: INSTALLATION FAILED: chart requires kubeVersion: >=1.22.0-0 which is incompatible with Kubernetes v1.20.4',
      'Error: could not find tiller',
    ],
  },
  // ---------------------------------------------------------------- kubeadm and the kubelet
  {
    id: 'k8s.node-startup',
    language: 'kubernetes',
    match:
      /(?<init>couldn't initialize a Kubernetes cluster)|(?<kubeletCheck>\[kubelet-check\] (?:It seems like the kubelet isn't running or healthy|The HTTP call equal to 'curl -sSL http:\/\/localhost:10248\/healthz' failed|Initial timeout of \d{1,4}s passed))|a Node with name "(?<node>[^"\n]{1,253})" and status "(?<nodeStatus>\w{1,20})" already exists in the cluster|failed to load kubelet config file,? (?:path: )?(?<file>[^\s,]{1,300})|(?<containerManager>Failed to start ContainerManager)" err="(?<detail>[^"\n]{1,300})/,
    requires: /couldn't initialize a Kubernetes cluster|kubelet-check|failed to load kubelet config file|Failed to start ContainerManager|already exists in the cluster/,
    errorType: (c) =>
      c.init
        ? "couldn't initialize a Kubernetes cluster"
        : c.kubeletCheck
          ? "the kubelet isn't running or healthy"
          : c.file
            ? 'failed to load kubelet config file'
            : c.node
              ? 'already exists in the cluster'
              : 'Failed to start ContainerManager',
    category: 'configuration',
    // Above Go's file and connection errors that the detail ends with.
    priority: 34,
    summary: (c) =>
      c.init
        ? 'kubeadm init stopped: the control plane did not come up.'
        : c.kubeletCheck
          ? "kubeadm's check of the kubelet's health endpoint (localhost:10248) failed: the kubelet is not running."
          : c.file
            ? `The kubelet cannot read its configuration ${c.file}.`
            : c.node
              ? `kubeadm join stopped: a node called ${c.node} (${c.nodeStatus}) is already in the cluster.`
              : `The kubelet's container manager did not start: ${c.detail}`,
    explanation: (c) =>
      c.init || c.kubeletCheck
        ? "kubeadm starts the control plane as static pods run by the kubelet. The kubelet is not running or keeps exiting (swap on, a cgroup driver that differs from the runtime's, a runtime that is not running or not reachable on its socket), or the control-plane containers crash."
        : c.node
          ? `Node names are unique in a cluster, and the joining machine has the name of a registered node (${c.node}): a machine cloned from another, a host name left at its default, or the same machine joining again without its old Node being deleted.`
          : c.file
          ? `${c.file} is written by kubeadm init or join: a kubelet started (by systemd) on a node that was not set up yet keeps restarting until then. It is harmless before kubeadm runs; after it, the file was removed by kubeadm reset.`
          : "The kubelet could not set up the cgroups it manages pods in: a cgroup driver or cgroup version the runtime does not share, or cgroup controllers not enabled on the host.",
    causes: ['A kubelet that is not running (swap, cgroup driver, container runtime)', 'A node not initialised or joined yet', 'cgroup settings the kubelet and the runtime disagree on'],
    fixes: (c) => [
      ...(c.node ? [fix(`Delete the old Node ${c.node}, or give this machine another name`, [], `kubectl delete node ${c.node}
sudo hostnamectl set-hostname <new-name>
sudo kubeadm reset -f && sudo kubeadm join ... --node-name <new-name>`)] : []),
      fix(
        "Read the kubelet's own log on the node",
        ['The kubelet names the reason it stops; fix it (swapoff -a, the same cgroup driver on both sides, start containerd), then run kubeadm again after a reset.'],
        `systemctl status kubelet\njournalctl -xeu kubelet | tail -50${c.file ? `\nls -l ${c.file}   # written by kubeadm init/join` : ''}\nsudo kubeadm reset -f   # before trying init again`,
      ),
    ],
    references: [ref('kubeadm: Troubleshooting', `${K8S_DOCS}/setup/production-environment/tools/kubeadm/troubleshooting-kubeadm/`)],
    samples: [
      "error execution phase wait-control-plane: couldn't initialize a Kubernetes cluster\nTo see the stack trace of this error execute with --v=5 or higher",
      "[kubelet-check] The HTTP call equal to 'curl -sSL http://localhost:10248/healthz' failed with error: Get \"http://localhost:10248/healthz\": dial tcp 127.0.0.1:10248: connect: connection refused.",
      'E0101 10:00:00.000000    1234 run.go:74] "command failed" err="failed to load kubelet config file, path: /var/lib/kubelet/config.yaml, error: open /var/lib/kubelet/config.yaml: no such file or directory"',
    ],
  },
];
