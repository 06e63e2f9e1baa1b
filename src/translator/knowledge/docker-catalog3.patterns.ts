import type { Captures, ErrorPattern } from '../rules/error-pattern';

import { fix, ref } from './answer-parts';

/**
 * A third catalog pass over Docker's messages, from errors as people paste them in issue threads:
 * registries that throttle or refuse a client without credentials, DNS that misbehaves on the way to
 * a registry, pushes that lose a blob or a tag, swarm mode's node state, endpoints and network
 * plugins, Compose v2's labels, profiles and orphans (and v1's summary line), containers that cannot
 * share a stopped container's network, docker cp's paths, files missing or left behind in the
 * daemon's own directories, image archives that fail their checksum, and Docker Desktop's engine
 * unreachable on Windows. The type is the tool's own phrase without the names around it (README's
 * phrase table).
 */

const DOCS = 'https://docs.docker.com';

const HUB_LIMITS = ref('Docker Hub: Usage and limits', `${DOCS}/docker-hub/usage/`);
const LOGIN = ref('Docker: docker login', `${DOCS}/reference/cli/docker/login/`);
const CREDENTIAL_STORES = ref('Docker: Credential stores', `${DOCS}/reference/cli/docker/login/#credential-stores`);
const DAEMON_PROXY = ref('Docker: Configure the daemon to use a proxy', `${DOCS}/engine/daemon/proxy/`);
const DAEMON_CONFIG = ref('Docker: dockerd reference (daemon.json)', `${DOCS}/reference/cli/dockerd/`);
const PUSH = ref('Docker: docker image push', `${DOCS}/reference/cli/docker/image/push/`);
const TAG = ref('Docker: docker image tag', `${DOCS}/reference/cli/docker/image/tag/`);
const REGISTRY_API_ERRORS = ref('Distribution: Registry HTTP API errors', 'https://distribution.github.io/distribution/spec/api/#errors');
const SWARM_INIT = ref('Docker: docker swarm init', `${DOCS}/reference/cli/docker/swarm/init/`);
const SWARM_LEAVE = ref('Docker: docker swarm leave', `${DOCS}/reference/cli/docker/swarm/leave/`);
const SWARM_ADMIN = ref('Docker: Administer and maintain a swarm of Docker Engines', `${DOCS}/engine/swarm/admin_guide/`);
const SWARM_PORTS = ref('Docker: Create a swarm (open ports between the hosts)', `${DOCS}/engine/swarm/swarm-tutorial/#open-protocols-and-ports-between-the-hosts`);
const OVERLAY = ref('Docker: Overlay network driver', `${DOCS}/engine/network/drivers/overlay/`);
const BRIDGE = ref('Docker: Bridge network driver', `${DOCS}/engine/network/drivers/bridge/`);
const NETWORKING = ref('Docker: Networking overview', `${DOCS}/engine/network/`);
const NETWORK_PLUGINS = ref('Docker: Docker Engine managed plugin system', `${DOCS}/engine/extend/`);
const VOLUME_PLUGINS = ref('Docker: Volume plugins', `${DOCS}/engine/extend/plugins_volume/`);
const COMPOSE_NETWORKS = ref('Docker Compose: Networks top-level element', `${DOCS}/reference/compose-file/networks/`);
const COMPOSE_PROFILES = ref('Docker Compose: Use service profiles', `${DOCS}/compose/how-tos/profiles/`);
const COMPOSE_DEPENDS_ON = ref('Docker Compose: Control startup order (depends_on)', `${DOCS}/compose/how-tos/startup-order/`);
const COMPOSE_UP = ref('Docker Compose: docker compose up', `${DOCS}/reference/cli/docker/compose/up/`);
const COMPOSE_PROJECT = ref('Docker Compose: Specify a project name', `${DOCS}/compose/how-tos/project-name/`);
const COMPOSE_MIGRATE = ref('Docker Compose: Migrate to Compose V2', `${DOCS}/compose/releases/migrate/`);
const RUN_NETWORK = ref('Docker: docker container run (--network)', `${DOCS}/reference/cli/docker/container/run/#network`);
const LINKS = ref('Docker: Legacy container links', `${DOCS}/engine/network/links/`);
const EXEC = ref('Docker: docker container exec', `${DOCS}/reference/cli/docker/container/exec/`);
const CP = ref('Docker: docker container cp', `${DOCS}/reference/cli/docker/container/cp/`);
const STORAGE_DRIVERS = ref('Docker: Storage drivers', `${DOCS}/engine/storage/drivers/`);
const SAVE = ref('Docker: docker image save', `${DOCS}/reference/cli/docker/image/save/`);
const VOLUME_RM = ref('Docker: docker volume rm', `${DOCS}/reference/cli/docker/volume/rm/`);
const DESKTOP_TROUBLESHOOT = ref('Docker: Troubleshoot Docker Desktop', `${DOCS}/desktop/troubleshoot-and-support/troubleshoot/`);
const CONTAINERD_OPS = ref('containerd: Operations and daemon configuration', 'https://github.com/containerd/containerd/blob/main/docs/ops.md');

/** The registry a Go URL in the message names, or Docker Hub's when none does. */
const registryOf = (c: Captures): string => c.registry ?? 'registry-1.docker.io';

/** Which of swarm mode's node-state messages was shown. */
function swarmStateType(c: Captures): string {
  if (c.alreadyMember) return 'This node is already part of a swarm';
  if (c.listen) return 'failed to listen on remote API address';
  return "can't initialize raft node";
}

/** The two refusals to share a stopped container's network (a link, or --network container:). */
const nonRunningType = (c: Captures): string => (c.link ? 'Cannot link to a non running container' : 'cannot join network of a non running container');

export const DOCKER_CATALOG3_PATTERNS: readonly ErrorPattern[] = [
  // ---------------------------------------------------------------- registries
  {
    id: 'docker.registry-too-many-requests',
    language: 'docker',
    // Below docker.pull-rate-limit (45): its Docker Hub pull-rate text is the more specific answer.
    match:
      /toomanyrequests: (?<detail>Too Many Requests(?:\.|\b)|Rate exceeded|retry-after: [\w.µ]{1,30}, allowed: [\w/]{1,40}|[^\n]{1,200})|(?<hap>Too Many Requests \(HAP429\))/,
    requires: /toomanyrequests|HAP429/,
    errorType: 'toomanyrequests',
    category: 'network',
    priority: 44,
    summary: (c) =>
      c.detail && /^Rate exceeded/.test(c.detail)
        ? 'The registry throttled this client: it sent more requests per second than the registry accepts (toomanyrequests: Rate exceeded).'
        : 'The registry refused the request with 429 Too Many Requests: this client or its address sent too many requests in the registry\'s window.',
    explanation: (c) =>
      `A registry answers HTTP 429 with the error code TOOMANYREQUESTS when a client exceeds one of its limits. Docker Hub has two: the pull rate limit (pulls per six hours, counted per account or, without login, per IP address; its message says "pull rate limit") and an anti-abuse limit on requests per minute across all of Hub's endpoints${c.detail && /allowed:/.test(c.detail) ? ` (here the registry reports ${c.detail})` : ''}. Amazon ECR Public and other registries send "Rate exceeded" for their per-second API limits. CI runners behind one NAT address share the limit, so parallel jobs pulling the same images hit it together.`,
    causes: [
      'Many parallel pulls (CI jobs, compose pulling several services, a cluster of nodes) from one IP address',
      'Pulling anonymously, so the limit is counted per IP address and is lower',
      'A retry loop or a tool polling the registry for new tags',
      'A shared NAT or proxy address counted for every machine behind it',
    ],
    fixes: [
      fix(
        'Authenticate, and pull less often',
        [
          'Log in before pulling (in CI too: docker/login-action, or docker login with a token); an authenticated pull counts against the account, with a higher limit.',
          'Serialize the pulls (compose pull --parallel is not needed; pull once and reuse the image), and cache images in CI instead of pulling them in every job.',
          'Wait for the window to pass before retrying; a retry loop keeps the limit exhausted.',
        ],
        'echo "$DOCKERHUB_TOKEN" | docker login -u "$DOCKERHUB_USER" --password-stdin\n# check the remaining pulls for this client\nTOKEN=$(curl -s "https://auth.docker.io/token?service=registry.docker.io&scope=repository:ratelimitpreview/test:pull" | jq -r .token)\ncurl -s --head -H "Authorization: Bearer $TOKEN" https://registry-1.docker.io/v2/ratelimitpreview/test/manifests/latest | grep -i ratelimit',
      ),
      fix(
        'Use a mirror or a pull-through cache',
        ['Run a registry mirror (or your cloud\'s pull-through cache) and point the daemon at it with registry-mirrors in daemon.json, so repeated pulls stay inside your network.'],
        '# /etc/docker/daemon.json\n{\n  "registry-mirrors": ["https://mirror.example.internal"]\n}\nsudo systemctl restart docker',
      ),
    ],
    references: [HUB_LIMITS, LOGIN],
    samples: [
      'Error response from daemon: toomanyrequests: Too Many Requests. Please see https://docs.docker.com/docker-hub/download-rate-limit/',
      'Error response from daemon: toomanyrequests: Rate exceeded',
      'toomanyrequests: retry-after: 985.86µs, allowed: 44000/minute',
    ],
  },
  {
    id: 'docker.registry-no-basic-auth',
    language: 'docker',
    // Not inside a kubelet's failed pull (Failed to pull image, ErrImagePull…): k8s.imagepullbackoff answers that.
    match: /(?:(?:Get|Head) "?https?:\/\/(?<registry>[^/\s"]{1,255})\/v[12]\/[^\s"]{0,300}"?: )?no basic auth credentials(?<!(?:Failed to pull image|ImagePullBackOff|ErrImagePull|Back-off pulling image)[\s\S]{0,5000})(?![\s\S]{0,5000}?(?:ImagePullBackOff|ErrImagePull|Failed to pull image|Back-off pulling image))/,
    requires: /no basic auth credentials/,
    errorType: 'no basic auth credentials',
    category: 'permission',
    priority: 34,
    summary: (c) => `Docker has no credentials for the registry ${registryOf(c)}, and the registry requires them.`,
    explanation: (c) =>
      `The registry ${registryOf(c)} answered 401 and asked for credentials, and the Docker client had none stored for that host name: no docker login was run for it (as this user: sudo docker reads root's ~/.docker/config.json), it was run for a different spelling of the host (with or without a port, https:// or a path), or the credential helper configured in config.json returned nothing. For Amazon ECR the login token also expires after 12 hours.`,
    causes: (c) => [
      `No docker login for ${registryOf(c)} as the user running docker (sudo uses root's config)`,
      'The login was for another spelling of the registry host (a port, a path, a different alias)',
      'A credsStore or credHelpers entry whose helper finds no credential',
      'An expired ECR or cloud registry token',
    ],
    fixes: (c) => [
      fix(
        `Log in to ${registryOf(c)} as the user who runs docker`,
        [
          'Run docker login with exactly the host name used in the image reference (including the port), as the same user that pulls (without sudo, or with sudo for both).',
          'Check ~/.docker/config.json: the host must appear under auths, or its credHelpers/credsStore helper must work.',
        ],
        `docker login ${registryOf(c)}\ncat ~/.docker/config.json\n# Amazon ECR\naws ecr get-login-password --region <region> | docker login --username AWS --password-stdin ${c.registry ?? '<account>.dkr.ecr.<region>.amazonaws.com'}`,
      ),
    ],
    references: [LOGIN, CREDENTIAL_STORES],
    samples: [
      'Error response from daemon: Get https://docker.uncharted.software/v2/torflow/manifests/latest: no basic auth credentials',
      'Error response from daemon: Get "https://registry.example.com:5000/v2/app/manifests/1.2": no basic auth credentials',
    ],
  },
  {
    id: 'docker.registry-unauthorized',
    language: 'docker',
    // A registry's "unauthorized" with a body the more specific patterns do not know (a proxy's JSON).
    match: /Error response from daemon: unauthorized: (?<detail>\{[^\n]{0,300}\}|[^\n{]{0,300})\s*$/m,
    requires: /unauthorized: /,
    errorType: 'unauthorized',
    category: 'permission',
    priority: 20,
    summary: 'The registry refused the request as unauthorized (HTTP 401): the credentials Docker sent were missing, wrong or not accepted by this registry or proxy.',
    explanation: (c) =>
      `The registry (or a proxy in front of it) answered 401 with the error code UNAUTHORIZED${c.detail ? ` and the body ${c.detail.trim()}` : ''}. Docker sent no credentials or ones the registry rejected: a stale login stored for that host, a token for another registry, a mirror or pull-through proxy that requires its own login, or an image that exists only in a private repository.`,
    causes: [
      'A stale or wrong login stored for the registry host',
      'A registry mirror or proxy (a Cloudflare worker, a company proxy) that requires its own authentication or does not forward it',
      'A private repository, or an image name that does not exist (some registries answer 401 instead of 404)',
    ],
    fixes: [
      fix(
        'Log out and in again for the registry in the image reference',
        [
          'Remove the stored credential and log in with a valid token; check the image name and whether the repository is private.',
          'If the pull goes through a mirror configured in daemon.json, pull once without the mirror (or from the upstream registry) to see which side refuses.',
        ],
        'docker logout <registry>\ndocker login <registry>\ncat /etc/docker/daemon.json   # registry-mirrors\ndocker pull <registry>/<repository>:<tag>',
      ),
    ],
    references: [LOGIN, REGISTRY_API_ERRORS],
    samples: ['Error response from daemon: unauthorized: {"message":"UNAUTHORIZED"}'],
  },
  {
    id: 'docker.registry-dns-misbehaving',
    language: 'docker',
    match:
      /(?:Error response from daemon|(?:Get|Head) "?https?:\/\/(?<registry>[^/\s"]{1,255})\/v[12]\/)[^\n]{0,600}?dial tcp: lookup (?<host>[^\s:]{1,255})(?: on (?<dns>[^\s]{1,100}?))?: server misbehaving/,
    requires: /server misbehaving/,
    errorType: 'server misbehaving',
    category: 'network',
    priority: 36,
    summary: (c) => `The DNS server${c.dns ? ` ${c.dns}` : ''} failed while the Docker daemon looked up ${c.host}.`,
    explanation: (c) =>
      `Go reports "server misbehaving" when the DNS server answered the lookup with a failure (SERVFAIL or a malformed reply) rather than "no such host". The daemon resolved ${c.host} through ${c.dns ? `${c.dns}` : 'the resolver in its /etc/resolv.conf'}${c.dns && /^192\.168\.65\./.test(c.dns) ? ", Docker Desktop's own DNS forwarder, which in turn asks the host's resolvers (a VPN or corporate DNS often breaks it)" : ''}. The registry is fine; name resolution on the daemon's side is not.`,
    causes: [
      'The DNS server in the daemon\'s resolv.conf (or Docker Desktop\'s forwarder) cannot reach its upstream servers',
      'A VPN or corporate DNS that answers SERVFAIL for public names',
      'A proxy-only network where the daemon should use HTTP(S)_PROXY instead of resolving names itself',
    ],
    fixes: (c) => [
      fix(
        'Check name resolution where the daemon runs, and give it working DNS servers',
        [
          `Resolve ${c.host} on the Docker host (or in the Docker Desktop VM); if that fails, fix the host's DNS or set "dns" in daemon.json to servers that answer.`,
          'On Docker Desktop, restart it after the VPN connects (or disconnects), or set the DNS servers in Settings → Docker Engine.',
          'Behind a proxy, configure the daemon\'s proxy instead: the proxy resolves the registry\'s name.',
        ],
        `nslookup ${c.host}${c.dns ? ` ${c.dns.replace(/:53$/, '')}` : ''}\n# /etc/docker/daemon.json\n{\n  "dns": ["1.1.1.1", "8.8.8.8"]\n}\nsudo systemctl restart docker`,
      ),
    ],
    references: [DAEMON_CONFIG, DAEMON_PROXY],
    samples: [
      'Error response from daemon: Get https://registry-1.docker.io/v2/: dial tcp: lookup registry-1.docker.io on 192.168.65.1:53: server misbehaving',
    ],
  },
  {
    id: 'docker.push-tag-does-not-exist',
    language: 'docker',
    match: /tag does not exist: (?<image>[^\s'"}]{1,300})/,
    requires: /tag does not exist: /,
    errorType: 'tag does not exist',
    category: 'configuration',
    priority: 34,
    summary: (c) => `The image ${c.image} does not exist locally, so it cannot be pushed.`,
    explanation: (c) =>
      `docker push (and Docker Hub's automated builds, which push what the build produced) send an image that exists in the local image store under exactly this name and tag. No local image is tagged ${c.image}: the build tagged it differently (another repository name, registry prefix or tag), or no build ran. Newer CLIs report the same as "An image does not exist locally with the tag".`,
    causes: [
      'The image was built or tagged under another name or tag',
      'The registry prefix (host/namespace) is missing from the local tag',
      'A build hook or script that builds one tag and pushes another',
    ],
    fixes: (c) => [
      fix(
        `Tag the built image as ${c.image}, then push it`,
        ['List the local images, tag the one you built with the exact name to push (registry host and namespace included), and push that name.'],
        `docker images\ndocker tag <built-image-id-or-name> ${c.image}\ndocker push ${c.image}`,
      ),
    ],
    references: [PUSH, TAG],
    samples: ["{u'message': u'tag does not exist: vindevoy/debian-oraclejdk18:develop'}", 'tag does not exist: myregistry:5000/app:1.4'],
  },
  {
    id: 'docker.push-unknown-blob',
    language: 'docker',
    // The push's last line (the client's ErrBlobUnknown); the registry's "blob unknown: …" code is docker.registry-error-code.
    match: /^(?:[^\n]{0,60}\s)?unknown blob\s*$/m,
    requires: /unknown blob/,
    errorType: 'unknown blob',
    category: 'network',
    priority: 30,
    summary: 'The push failed: the registry said it does not have a layer (blob) that the image manifest refers to.',
    explanation:
      "A push uploads the image's layers, then its manifest. The registry checks that every blob the manifest lists is stored in the repository, and one was not found: an upload the registry accepted but lost (eventually consistent object storage behind it, a load balancer spreading one upload over several registry instances without shared storage), a layer the client skipped as \"Layer already exists\" or mounted from another repository that garbage collection had just removed, or two pushes of the same image racing.",
    causes: [
      'Several registry replicas without shared storage, or eventually consistent storage (S3) behind the registry',
      'A cross-repository mount of a layer that garbage collection removed',
      'Concurrent pushes of the same layers (parallel CI jobs)',
      'An out-of-space or failing registry storage backend',
    ],
    fixes: [
      fix(
        'Retry the push, then look at the registry side',
        [
          'Push again: layers the registry does have are skipped, the missing one is uploaded again.',
          'If it keeps failing, read the registry\'s log for the digest (BLOB_UNKNOWN), check its storage and free space, and make sure all registry replicas share one storage backend.',
          'Avoid pushing the same image from parallel jobs, and do not run garbage collection while pushes are in progress.',
        ],
        'docker push <image>\n# on a self-hosted registry\ndocker logs <registry-container> 2>&1 | grep -i blob_unknown',
      ),
    ],
    references: [PUSH, REGISTRY_API_ERRORS],
    samples: ['The push refers to repository [docker.pkg.github.com/acme/app/maintenance]\n3e207b409db3: Layer already exists\nunknown blob', '09-Apr-2018 09:40:04\tunknown blob'],
  },
  // ---------------------------------------------------------------- swarm mode
  {
    id: 'docker.swarm-node-state',
    language: 'docker',
    match:
      /(?<alreadyMember>This node is already part of a swarm)|(?:manager stopped: )?(?<listen>failed to listen on remote API address): listen tcp (?<addr>[^\s]{1,100}?): bind: (?<reason>[^\n"]{1,200})|(?<raft>can't initialize raft node): (?<raftReason>[^\n"]{1,300})/,
    requires: /already part of a swarm|failed to listen on remote API address|can't initialize raft node/,
    errorType: swarmStateType,
    category: 'configuration',
    priority: 36,
    summary: (c) =>
      c.alreadyMember
        ? 'This Docker engine is already a member of a swarm, so it cannot init or join another one.'
        : c.listen
          ? `Swarm mode could not listen on ${c.addr}: ${c.reason}.`
          : 'The swarm manager could not start its Raft store, so swarm mode did not start on this node.',
    explanation: (c) =>
      c.alreadyMember
        ? 'docker swarm init and docker swarm join work only on an engine that is in no swarm. This one already belongs to one (possibly a half-finished init or join that left it "pending", or a swarm from an old set-up whose other nodes are gone).'
        : c.listen
          ? `A swarm manager listens for the cluster's management traffic on a TCP port (2377 by default) on the --listen-addr. Binding ${c.addr} failed: ${c.reason}. Another process (or a previous, stuck swarm init) holds the port, the address is not on this host, or on Windows a port range reserved by Hyper-V/WinNAT or an old virtual switch covers it ("access a socket in a way forbidden by its access permissions").`
          : `When a manager starts, it loads or creates its Raft log under /var/lib/docker/swarm and contacts the other managers. That failed (${c.raftReason}): the managers it knows are unreachable at their advertised addresses, the node's advertised address changed, or the Raft data is damaged. With a majority of managers lost, the cluster has no quorum.`,
    causes: (c) =>
      c.alreadyMember
        ? ['The node already joined or initialised a swarm', 'A previous init/join that hung, leaving the node pending']
        : c.listen
          ? ['Port 2377 (or the --listen-addr port) in use', 'A listen address that is not on this host', 'On Windows, a port range excluded by Hyper-V/WinNAT']
          : ['Other managers unreachable at their advertised addresses (firewall, changed IPs)', 'Lost quorum after managers were removed', 'Damaged Raft data under /var/lib/docker/swarm'],
    fixes: (c) =>
      c.alreadyMember
        ? [fix('Leave the current swarm, then init or join again', ['Check the node\'s swarm state; leave the swarm (--force on the last manager, which destroys that swarm) and run init or join again.'], 'docker info --format "{{.Swarm.LocalNodeState}} {{.Swarm.NodeID}}"\ndocker swarm leave --force\ndocker swarm init --advertise-addr <ip>')]
        : c.listen
          ? [
              fix(`Free ${c.addr} or listen elsewhere`, ['Find what holds the port and stop it, or pass another --listen-addr/--advertise-addr; on Windows check the excluded port ranges.'], `sudo ss -ltnp | grep ':${c.addr?.split(':').pop() ?? '2377'}'\ndocker swarm init --listen-addr <ip>:2377 --advertise-addr <ip>\n# Windows\nnetsh interface ipv4 show excludedportrange protocol=tcp`),
            ]
          : [
              fix('Restore quorum, or re-create the swarm from this manager', ['Make the other managers reachable on TCP 2377 at their advertised addresses; if they are gone for good, force a new cluster from this node\'s Raft data.'], 'docker node ls\ndocker swarm init --force-new-cluster --advertise-addr <this-node-ip>'),
            ],
    references: [SWARM_INIT, SWARM_LEAVE, SWARM_ADMIN, SWARM_PORTS],
    samples: [
      'Error response from daemon: This node is already part of a swarm. Use "docker swarm leave" to leave this swarm and join another one.',
      'Error response from daemon: manager stopped: failed to listen on remote API address: listen tcp 0.0.0.0:2377: bind: address already in use',
      'level=fatal msg="Error creating cluster component: swarm component could not be started: can\'t initialize raft node: rpc error: code = 2 desc = could not connect to prospective new cluster member using its advertised address: rpc error: code = 14 desc = grpc: the connection is unavailable"',
    ],
  },
  {
    id: 'docker.network-datastore-scope',
    language: 'docker',
    match: /datastore for scope "(?<scope>\w{1,20})" is not initialized/,
    requires: /datastore for scope/,
    errorType: 'datastore for scope is not initialized',
    category: 'configuration',
    priority: 36,
    summary: (c) => `Docker cannot create a ${c.scope}-scope (multi-host) network: this engine is not in swarm mode.`,
    explanation: (c) =>
      `Networks with the overlay driver (and other drivers with ${c.scope} scope) span several hosts, and the engine stores them in a cluster-wide store. Since Docker 1.12 that store is swarm mode's; the old external key-value store (--cluster-store with Consul or etcd) was removed in Docker 23. This engine has neither, so the ${c.scope} datastore is not initialised.`,
    causes: ['docker network create -d overlay on an engine that is not a swarm manager', 'A compose file or tool asking for the overlay driver outside swarm mode', 'An old set-up that relied on --cluster-store'],
    fixes: [
      fix('Create the overlay network in swarm mode, or use a bridge network', ['On a single host, use the bridge driver. For multi-host networking, init a swarm and create the network on a manager (--attachable lets plain containers join it).'], 'docker network create -d bridge my-net\n# or, multi-host\ndocker swarm init\ndocker network create -d overlay --attachable my-net'),
    ],
    references: [OVERLAY, SWARM_INIT],
    samples: ['Error response from daemon: datastore for scope "global" is not initialized'],
  },
  // ---------------------------------------------------------------- networks and plugins
  {
    id: 'docker.network-endpoint-failed',
    language: 'docker',
    // Low: a port conflict, an iptables chain or an HNS failure after it has its own answer.
    match: /failed to create endpoint (?<endpoint>[\w.-]{1,200}) on network (?<network>[\w.-]{1,200}): (?<reason>[^\n]{1,400})/,
    requires: /failed to create endpoint/,
    errorType: 'failed to create endpoint',
    category: 'network',
    priority: 20,
    summary: (c) => `Docker could not connect the container (${c.endpoint}) to the network ${c.network}.`,
    explanation: (c) =>
      `To start a container, the daemon creates an endpoint on each of its networks: a veth pair plugged into the network's bridge, an address from the network's pool, and the NAT rules for published ports. That failed: ${c.reason.replace(/\.$/, '')}. ${/docker0|no such network interface|could not find bridge/.test(c.reason) ? "The bridge interface the network uses is gone from the host (deleted by a network restart, NetworkManager or a script) while the daemon still has it in its state." : /operation not supported|veth/.test(c.reason) ? 'The kernel cannot create the veth pair: the veth module is missing, or the kernel was upgraded and the running one has no modules (reboot).' : 'The reason after the colon names the part that failed.'}`,
    causes: [
      'The network\'s bridge interface was removed from the host (docker0 or br-…)',
      'A kernel upgraded without a reboot (veth and bridge modules cannot load)',
      'Stale endpoints in the daemon\'s network state after a crash',
    ],
    fixes: (c) => [
      fix(
        'Restart the daemon so it re-creates its bridges, and check the kernel modules',
        [
          `Restart Docker; it re-creates ${c.network === 'bridge' ? 'docker0' : `the bridge of ${c.network}`} and cleans stale endpoints. If the kernel was upgraded, reboot first.`,
          `If the network is a user-defined one, disconnect its containers, remove it and create it again.`,
        ],
        `ip link show type bridge\nlsmod | grep -E 'veth|bridge'\nsudo systemctl restart docker\ndocker network inspect ${c.network}`,
      ),
    ],
    references: [BRIDGE, NETWORKING],
    samples: [
      'docker: Error response from daemon: failed to create endpoint fervent_elion on network bridge: adding interface veth39cd78e to bridge docker0 failed: could not find bridge docker0: route ip+net: no such network interface.',
      'docker: Error response from daemon: failed to create endpoint web on network bridge: failed to add the host (veth1) <=> sandbox (veth2) pair interfaces: operation not supported.',
    ],
  },
  {
    id: 'docker.plugin-not-found',
    language: 'docker',
    // Logging plugins are docker.logging-driver's.
    match: /(?<legacy>legacy plugin: plugin not found)|error looking up (?<kind>volume|network|ipam|authorization) (?:driver|plugin) (?<plugin>[\w./:-]{1,200}): plugin "[^"\n]{1,200}" not found/,
    requires: /plugin not found|plugin "[^"\n]{1,200}" not found/,
    errorType: 'plugin not found',
    category: 'configuration',
    priority: 34,
    summary: (c) => (c.plugin ? `The ${c.kind} plugin ${c.plugin} is not installed on this Docker engine.` : 'The network or volume driver named in the command is neither built in nor an installed plugin.'),
    explanation: (c) =>
      `Drivers other than Docker's built-in ones (bridge, host, overlay, macvlan, ipvlan, none for networks; local for volumes) come from plugins. The daemon looked for ${c.plugin ? `a ${c.kind} plugin called ${c.plugin}` : 'the named driver among managed plugins and in the legacy plugin directories (/run/docker/plugins, /etc/docker/plugins)'} and found none: the name is misspelled, the plugin is not installed or is disabled on this host (on a swarm, on this node), or its socket is gone because the plugin's service stopped.`,
    causes: ['A misspelled driver name (-d, --driver, driver: in compose)', 'The plugin is not installed or enabled on this host or node', 'A legacy plugin whose service (and socket) is not running'],
    fixes: (c) => [
      fix(
        c.plugin ? `Install and enable ${c.plugin}, or use a built-in driver` : 'Check the driver name against the built-in drivers and installed plugins',
        ['List the installed plugins; install the one the command names (and enable it), or correct the driver name.'],
        `docker plugin ls\ndocker info --format '{{json .Plugins}}'\n${c.plugin ? `docker plugin install ${c.plugin}\ndocker plugin enable ${c.plugin}` : 'docker network create -d bridge my-net'}`,
      ),
    ],
    references: [NETWORK_PLUGINS, VOLUME_PLUGINS],
    samples: [
      'Error response from daemon: legacy plugin: plugin not found',
      'Error response from daemon: create data: error looking up volume plugin rexray/ebs: plugin "rexray/ebs" not found',
    ],
  },
  {
    id: 'docker.network-user-ip-legacy',
    language: 'docker',
    // Docker 1.10-1.12's wording; today's is docker.network-address.
    match: /User specified IP address is supported on user defined networks only/,
    errorType: 'User specified IP address is supported on user defined networks only',
    category: 'configuration',
    priority: 36,
    summary: 'A fixed IP address (--ip) was asked for on the default bridge network, which does not allow it.',
    explanation:
      'docker run --ip (and ipv4_address in compose) picks the container\'s address on a network. Docker allows that only on user-defined networks (created with docker network create, with a --subnet); the default bridge assigns addresses itself. The daemon may still have created the container before refusing to start it.',
    causes: ['--ip used with --net=bridge or without --network', 'A compose ipv4_address on a network without an ipam subnet'],
    fixes: [
      fix('Create a network with a subnet and run the container on it', ['Create a user-defined network with a subnet that contains the address, and pass it with --network; remove the container the failed run left behind.'], 'docker network create --subnet 172.25.0.0/16 app-net\ndocker run -d --network app-net --ip 172.25.0.18 <image>\ndocker ps -a --filter status=created'),
    ],
    references: [RUN_NETWORK, BRIDGE],
    samples: ['docker: Error response from daemon: User specified IP address is supported on user defined networks only.'],
  },
  {
    id: 'docker.non-running-container-network',
    language: 'docker',
    match:
      /(?<link>Cannot link to a non running container): (?<target>\/?[\w.-]{1,200}) AS (?<alias>[^\s]{1,300})|(?<join>cannot join network of a non running container): (?<target2>[\w.-]{1,200})/,
    requires: /non running container/,
    errorType: nonRunningType,
    category: 'runtime',
    priority: 36,
    summary: (c) => `The container depends on ${(c.target ?? c.target2 ?? '').replace(/^\/|\.$/g, '')}, which is not running.`,
    explanation: (c) =>
      c.link
        ? `The container is linked (links: or --link) to ${c.target.replace(/^\//, '')}, and a link needs the target running to read its address. That container exited or never started (its own error is earlier in the output or in docker logs). Links are a legacy feature: on a user-defined network, containers reach each other by service name without them.`
        : `The container was started with --network container:${c.target2.replace(/\.$/, '')} (network_mode: "service:…" or "container:…" in compose), which shares that container's network namespace. A namespace exists only while its container runs, and ${c.target2.replace(/\.$/, '')} is stopped or restarting.`,
    causes: (c) => [
      `${(c.target ?? c.target2 ?? '').replace(/^\/|\.$/g, '')} exited (look at its logs) or was never started`,
      'Containers started in the wrong order (a script, or compose without depends_on)',
      c.link ? 'Legacy links used where a shared network would do' : 'The shared container was re-created, and this one still refers to the old one',
    ],
    fixes: (c) => {
      const target = (c.target ?? c.target2 ?? '<container>').replace(/^\/|\.$/g, '');
      return [
        fix(
          `Start ${target} first, and find out why it stopped`,
          [
            `Read ${target}'s logs and start it; then start this container again.`,
            c.link ? 'Better: put both services on one user-defined network and drop the links (compose does that by default).' : 'In compose, add depends_on for the service whose network is shared, so it starts (and is re-created) first.',
          ],
          `docker ps -a --filter name=${target}\ndocker logs ${target}\ndocker start ${target}`,
        ),
      ];
    },
    references: [RUN_NETWORK, LINKS, COMPOSE_DEPENDS_ON],
    samples: [
      'ERROR: for app  Cannot start service app: Cannot link to a non running container: /piwik_db_1 AS /piwik_app_1/db',
      'docker: Error response from daemon: cannot join network of a non running container: overview-network.',
    ],
  },
  // ---------------------------------------------------------------- Compose
  {
    id: 'docker.compose-network-label',
    language: 'docker',
    match: /network (?<network>[\w.-]{1,200}) was found but has incorrect label (?<label>com\.docker\.compose\.[\w.]{1,60}) set to "(?<value>[^"\n]{0,200})"/,
    requires: /has incorrect label/,
    errorType: 'has incorrect label',
    category: 'configuration',
    priority: 36,
    summary: (c) => `A network named ${c.network} already exists, and Docker Compose did not create it for this project.`,
    explanation: (c) =>
      `Compose v2 recognises the networks it manages by their labels (com.docker.compose.project and com.docker.compose.network). The compose file declares a network whose name is ${c.network}, and a network with that name exists whose ${c.label} label is "${c.value}", not what this project expects: it was created by docker network create, by Compose v1 (which labelled networks differently), or by another project that uses the same fixed name.`,
    causes: ['The network was created by hand, by a script or by Compose v1', 'Another compose project declares a network with the same name:', 'A network meant to be shared, not declared external: true'],
    fixes: (c) => [
      fix(
        `Either let Compose re-create ${c.network}, or declare it external`,
        [
          `If nothing else needs it: stop the containers attached to it, remove it, and run compose up again (Compose creates it with its labels).`,
          'If it is shared with other projects or created elsewhere, mark it external: true in the compose file so Compose uses it as it is.',
        ],
        `docker network inspect ${c.network} --format '{{json .Labels}} {{range .Containers}}{{.Name}} {{end}}'\ndocker network rm ${c.network}\ndocker compose up -d\n\n# or, in the compose file\nnetworks:\n  default:\n    name: ${c.network}\n    external: true`,
      ),
    ],
    references: [COMPOSE_NETWORKS, COMPOSE_MIGRATE],
    samples: ['network eigenda-network was found but has incorrect label com.docker.compose.network set to "eigenda-network"'],
  },
  {
    id: 'docker.compose-profile-disabled',
    language: 'docker',
    match: /service "?(?<dependency>[\w.-]{1,100})"? is required by "?(?<service>[\w.-]{1,100})"? but is disabled(?:\. Can be enabled by profiles \[(?<profiles>[^\]\n]{0,200})\])?/,
    requires: /but is disabled/,
    errorType: 'is required but is disabled',
    category: 'configuration',
    priority: 36,
    summary: (c) => `${c.service} depends on ${c.dependency}, which belongs to a Compose profile that is not enabled.`,
    explanation: (c) =>
      `A service with profiles: starts only when one of its profiles is enabled (--profile or COMPOSE_PROFILES). ${c.service} lists ${c.dependency} in depends_on, and ${c.dependency} is assigned to ${c.profiles ? `the profile(s) ${c.profiles}` : 'a profile'} that this command did not enable, so Compose refuses to start ${c.service} without it.`,
    causes: (c) => [`The profile of ${c.dependency} is not enabled for this command`, `${c.dependency} was given a profile, but services without one depend on it`],
    fixes: (c) => [
      fix(
        `Enable ${c.dependency}'s profile, or give both services the same profiles`,
        [`Run the command with ${c.dependency}'s profile enabled, or remove its profiles: entry (or add ${c.service} to the same profile) in the compose file.`],
        `docker compose --profile ${c.profiles?.split(/[\s,]+/)[0] || '<profile>'} up -d\n# or\nCOMPOSE_PROFILES=${c.profiles?.split(/[\s,]+/)[0] || '<profile>'} docker compose up -d`,
      ),
    ],
    references: [COMPOSE_PROFILES, COMPOSE_DEPENDS_ON],
    samples: ['service redis is required by server but is disabled. Can be enabled by profiles [database]'],
  },
  {
    id: 'docker.compose-missing-dependency',
    language: 'docker',
    match: /^(?:[^\n]{0,80}\s)?(?<service>[\w.-]{1,100}) is missing dependency (?<dependency>[\w.-]{1,100})\s*$/m,
    requires: /is missing dependency/,
    errorType: 'is missing dependency',
    category: 'configuration',
    priority: 30,
    summary: (c) => `Compose cannot start ${c.service}: the service ${c.dependency} it depends on is not part of this run.`,
    explanation: (c) =>
      `${c.service} lists ${c.dependency} in depends_on, and Compose found no container of ${c.dependency} to wait for in the services it is bringing up: ${c.dependency} has deploy.replicas: 0, belongs to a profile that is not enabled, or was left out by the services named on the command line (with --no-deps).`,
    causes: (c) => [`${c.dependency} scaled to 0 replicas`, `${c.dependency} in a profile that is not enabled`, 'The services named on the command line exclude the dependency'],
    fixes: (c) => [
      fix(
        `Bring ${c.dependency} up with ${c.service}, or make the dependency optional`,
        [`Give ${c.dependency} at least one replica (or enable its profile), or mark the dependency required: false in ${c.service}'s depends_on.`],
        `services:\n  ${c.service}:\n    depends_on:\n      ${c.dependency}:\n        condition: service_started\n        required: false`,
      ),
    ],
    references: [COMPOSE_DEPENDS_ON],
    samples: ['Attaching to independent-1\ndependent_on is missing dependency dependency'],
  },
  {
    id: 'docker.compose-orphans',
    language: 'docker',
    match: /Found orphan containers \(\[?(?<containers>[^\])\n]{1,500})\]?\) for this project/,
    requires: /Found orphan containers/,
    errorType: 'Found orphan containers',
    category: 'configuration',
    priority: 30,
    summary: 'Compose found containers labelled with this project that no service in the current compose file describes (a warning).',
    explanation: (c) =>
      `Compose groups containers by project name (the directory name, -p or COMPOSE_PROJECT_NAME). The containers ${c.containers.trim()} carry this project's label but match no service of the file(s) used now: a service was renamed or removed, or two different compose files are run under the same project name (the same directory name, or the same -p), so each sees the other's containers as orphans.`,
    causes: ['A service renamed or removed from the compose file', 'Two compose files run with the same project name (same directory name or -p)', 'Files combined with -f on one run and not on another'],
    fixes: [
      fix(
        'Remove the orphans, or give each stack its own project name',
        ['If the services are gone for good, remove their containers with --remove-orphans. If they belong to another stack, run each stack with its own -p (or name: at the top of its compose file).'],
        'docker compose up -d --remove-orphans\n# or keep stacks apart\ndocker compose -p stack-a -f a.yml up -d\ndocker compose -p stack-b -f b.yml up -d',
      ),
    ],
    references: [COMPOSE_UP, COMPOSE_PROJECT],
    samples: [
      'time="2025-03-25T11:17:09-06:00" level=warning msg="Found orphan containers ([supabase-storage supabase-auth]) for this project. If you removed or renamed this service in your compose file, you can run this command with the --remove-orphans flag to clean it up."',
      'WARNING: Found orphan containers (myapp_worker_1) for this project. If you removed or renamed this service in your compose file, you can run this command with the --remove-orphans flag to clean it up.',
    ],
  },
  {
    id: 'docker.compose-v1-encountered-errors',
    language: 'docker',
    // Compose v1's closing line: the "ERROR: for <service>" lines above it carry the reason, and win.
    match: /^(?:ERROR: )?Encountered errors while bringing up the project\.?\s*$/m,
    requires: /Encountered errors while bringing up the project/,
    errorType: 'Encountered errors while bringing up the project',
    category: 'runtime',
    priority: 0,
    wrapper: true,
    summary: 'docker-compose (v1) could not start one or more services; this closing line does not say which or why.',
    explanation:
      'Compose v1 prints one "ERROR: for <service>  <reason>" line per service it could not create or start, then this summary. The reason is in those lines (scroll up, or run the command again without -d); a port already allocated, a missing image, a mount or a container name conflict are the usual ones.',
    causes: ['A service that failed to create or start (its ERROR: for … line gives the reason)'],
    fixes: [
      fix(
        'Read the per-service errors',
        ['Run the command again and look for the lines starting with "ERROR: for"; check the failing service\'s logs. Compose v1 is end of life: docker compose (v2) reports the same failures per container.'],
        'docker-compose up 2>&1 | grep -B2 -A2 "ERROR: for"\ndocker-compose ps\ndocker-compose logs <service>\n# Compose v2\ndocker compose up',
      ),
    ],
    references: [COMPOSE_UP, COMPOSE_MIGRATE],
    samples: ['ERROR: Encountered errors while bringing up the project.'],
  },
  // ---------------------------------------------------------------- containers, cp and the daemon's files
  {
    id: 'docker.container-restarting-legacy',
    language: 'docker',
    // Docker 1.10-17.x's wording; today's ("wait until the container is running") is docker.container-not-running.
    match: /Container (?<id>[\w.-]{1,200}) is restarting, wait the container to be running/,
    requires: /is restarting, wait the container/,
    errorType: 'container is restarting',
    category: 'runtime',
    priority: 40,
    summary: (c) => `The container ${c.id} is in a restart loop, so docker exec cannot run a command in it.`,
    explanation: (c) =>
      `docker exec needs a running process to join. ${c.id} keeps exiting and its restart policy keeps starting it again (docker ps shows "Restarting (1) …"), so there is no stable process to exec into. The reason is the container's own exit: its logs show why the main process stops.`,
    causes: ['The main process exits right after start (a configuration error, a missing dependency)', 'A restart policy (always, unless-stopped, on-failure) restarting it'],
    fixes: (c) => [
      fix(
        `Find out why ${c.id} keeps exiting`,
        ['Read the logs and the last exit code; to look inside, start a one-off container from the same image with a shell instead of exec.'],
        `docker logs --tail 100 ${c.id}\ndocker inspect ${c.id} --format '{{.State.ExitCode}} {{.State.Error}} {{.RestartCount}}'\ndocker update --restart=no ${c.id}\ndocker run --rm -it --entrypoint sh <image>`,
      ),
    ],
    references: [EXEC],
    samples: ['Error response from daemon: Container 48e003b685dc is restarting, wait the container to be running'],
  },
  {
    id: 'docker.cp-file-not-found',
    language: 'docker',
    match: /Could not find the file (?<path>[^\n]{1,300}?) in container (?<container>[\w.-]{1,200})/,
    requires: /Could not find the file/,
    errorType: 'Could not find the file',
    category: 'configuration',
    priority: 36,
    summary: (c) => `The path ${c.path} does not exist in the container ${c.container}.`,
    explanation: (c) =>
      `docker cp resolves the container side of the copy in the container's filesystem (its image layers, its writable layer and its mounts). ${c.path} is not there: the path is misspelled or relative (docker cp paths are absolute, from the container's root), the file was never created (on a container that was only created, nothing the entrypoint writes exists yet), or, when copying into the container, the parent directory of the destination does not exist.`,
    causes: ['A misspelled or relative container path', 'A file the application has not written yet (or writes elsewhere)', 'Copying into a directory that does not exist in the container'],
    fixes: (c) => {
      const dir = c.path.replace(/\/[^/]*$/, '') || '/';
      return [
        fix(
          `Check the path inside ${c.container}, and create the destination directory first`,
          ['List the directory in the container; when copying into it, create the missing directory, then copy again.'],
          `docker exec ${c.container} ls -la ${dir}\ndocker exec ${c.container} mkdir -p ${c.path}\ndocker cp <file> ${c.container}:${c.path}/`,
        ),
      ];
    },
    references: [CP],
    samples: [
      'Error response from daemon: Could not find the file /go/bin/swarm in container 09e47aeb20c47c1190bc22d2853a816e1e998864e75cb611a468e41c2f5bd590',
      'Error response from daemon: Could not find the file /var/app/public/imports in container dawarich_app',
    ],
  },
  {
    id: 'docker.daemon-path-missing',
    language: 'docker',
    // Below docker.image-archive: a docker load's extracted archive (docker-import-…) is its answer.
    match: /Error response from daemon: (?:[^\n]{0,200}?: )?(?<op>open|lstat|stat|readlink|unlinkat|rename) (?<path>\/(?:mnt\/sda1\/)?var\/lib\/docker\/(?<area>overlay2?|aufs|containers|volumes|image|btrfs|zfs|vfs|tmp)\/[^\s:]{1,500}): no such file or directory/,
    requires: /var\/lib\/docker\/[^\n]{0,500}no such file or directory/,
    errorType: 'no such file or directory',
    category: 'io',
    priority: 24,
    summary: (c) => `The Docker daemon could not find a file under its data root: ${c.path}.`,
    explanation: (c) =>
      /\/(?:merged|mnt)\//.test(c.path)
        ? `The path runs through a container's mounted filesystem (${c.area}'s merged view), so the daemon looked for a file inside the container or image: it does not exist there (a docker cp of a path that is not in the container), or the layer it belongs to was removed or damaged under /var/lib/docker while the daemon still referred to it.`
        : `The daemon keeps images, layers and containers under /var/lib/docker and expected ${c.path} to exist. It is gone: files under the data root were deleted or restored by hand (or by a cleanup tool), the disk filled up during a write, or the storage driver was switched and the daemon now reads metadata for layers it no longer has.`,
    causes: [
      'A path that does not exist inside the container (docker cp)',
      'Files under /var/lib/docker removed or edited outside Docker',
      'A full disk or an interrupted write leaving layer metadata without its data',
    ],
    fixes: (c) => [
      fix(
        'Check the path first; if the data root is damaged, remove and re-create the affected objects',
        [
          'For docker cp, list the path inside the container (docker exec … ls) and correct it.',
          'For an image or container whose files are missing, remove it (docker rm, docker rmi) and pull or build it again; never delete files under /var/lib/docker by hand while the daemon runs.',
          'Check free space and the filesystem of the data root.',
        ],
        `${/\/(?:merged|mnt\/\w{1,64})\//.test(c.path) ? `docker exec <container> ls -la ${c.path.replace(/^.*?\/(?:merged|mnt\/\w{1,64})(?=\/)/, '')}` : `sudo ls -la ${c.path}`}\ndocker rm -f <container>\ndocker rmi <image> && docker pull <image>\ndf -h /var/lib/docker\ndocker system df`,
      ),
    ],
    references: [STORAGE_DRIVERS, CP],
    samples: [
      'Error response from daemon: lstat /mnt/sda1/var/lib/docker/aufs/mnt/084f2d0f746f3b27ab32d8b1996c703e724743be19dbcedc0223d3bd085feb43/usr/src/app/users.txt: no such file or directory',
      'Error response from daemon: open /var/lib/docker/overlay2/dc31e35980f8d37cb3d2eca91aafd6244dfb0d077edf594dedbcf35ab0f5825f/merged/home/train/train-00001-of-00002: no such file or directory',
    ],
  },
  {
    id: 'docker.runtime-state-exists',
    language: 'docker',
    match: /mkdir (?<path>\/(?:var\/)?run\/(?:containerd|docker)\/[^\s:]{1,400}): file exists/,
    requires: /file exists/,
    errorType: 'file exists',
    category: 'runtime',
    priority: 36,
    summary: 'The container runtime found state left behind for this container and refused to start it.',
    explanation: (c) =>
      `Before starting a container, containerd creates its state directory ${c.path}. It already exists: an earlier run of the same container did not clean up, usually because the daemon or containerd was killed or crashed, or the machine lost power, while the container ran. The runtime state under /run is in tmpfs, so a reboot clears it.`,
    causes: ['dockerd or containerd killed or crashed with containers running', 'An unclean shutdown', 'Two daemons (or a snap and a package install of Docker) sharing /run/containerd'],
    fixes: (c) => [
      fix(
        'Restart containerd and Docker so they clean their state, or remove the stale directory',
        ['Restart both services (or reboot). If it persists for one container, stop Docker and containerd, remove the stale directory, start them and start the container again.'],
        `sudo systemctl restart containerd docker\n# if it persists\nsudo systemctl stop docker containerd\nsudo rm -rf ${c.path}\nsudo systemctl start containerd docker`,
      ),
    ],
    references: [CONTAINERD_OPS],
    samples: [
      'ERROR: for php  Cannot start service php: mkdir /run/containerd/io.containerd.runtime.v1.linux/moby/9394af76c52a45e361431759646483ea99d8e50f1f6f5809e1441aec09b3ad20: file exists: unknown',
    ],
  },
  {
    id: 'docker.image-checksum-failed',
    language: 'docker',
    match: /file integrity checksum failed for "(?<file>[^"\n]{1,300})"/,
    requires: /file integrity checksum failed/,
    errorType: 'file integrity checksum failed',
    category: 'io',
    priority: 36,
    summary: (c) => `A layer of the image is damaged on disk: ${c.file} no longer matches what Docker recorded for it.`,
    explanation: (c) =>
      `When the daemon exports an image (docker save, docker push, docker commit of a container on it), it rebuilds each layer's tar from the files on disk and checks them against the checksums recorded when the layer was stored. ${c.file} in one layer changed since then: disk or filesystem corruption, the file edited under /var/lib/docker, or a storage driver problem. The image in the registry is fine; the local copy is not.`,
    causes: ['Disk or filesystem corruption under /var/lib/docker', 'Files in a layer directory changed outside Docker', 'An interrupted pull or a storage driver bug'],
    fixes: (c) => [
      fix(
        'Remove the damaged image and pull or build it again; check the disk',
        [`Find which local images contain ${c.file}, delete the damaged one (and containers using it), pull or build it again, then retry the save or push. Check the filesystem of the data root for errors.`],
        `docker run --rm --entrypoint ls <image> -la /${c.file}\ndocker rmi -f <image>\ndocker pull <image>   # or rebuild it\ndocker save -o image.tar <image>\nsudo dmesg | grep -iE "error|corrupt"`,
      ),
    ],
    references: [SAVE, STORAGE_DRIVERS],
    samples: ['Error response from daemon: file integrity checksum failed for "usr/lib/gcc/x86_64-linux-gnu/12/libasan.a"'],
  },
  {
    id: 'docker.volume-in-use-legacy',
    language: 'docker',
    // Docker 1.9-1.12's wording; today's ("remove <volume>: volume is in use - [ids]") is docker.object-in-use.
    match: /[Cc]onflict: volume is in use|Unable to remove volume, volume still in use/,
    requires: /volume is in use|volume still in use/,
    errorType: 'volume is in use',
    category: 'runtime',
    priority: 36,
    summary: 'The volume cannot be removed: a container (running or stopped) still uses it.',
    explanation:
      'Docker refuses to remove a volume that any container references, including stopped containers (they can be started again) and containers that were only created. Removing the container with -v removes its anonymous volumes; named volumes must be removed separately once no container refers to them.',
    causes: ['A stopped or created container still referring to the volume', 'A container of another compose project mounting the same named volume'],
    fixes: [
      fix(
        'Find the containers that use the volume, remove them, then the volume',
        ['List the containers (including stopped ones) that mount the volume, remove them, then remove the volume.'],
        'docker ps -a --filter volume=<volume>\ndocker rm <container>\ndocker volume rm <volume>',
      ),
    ],
    references: [VOLUME_RM],
    samples: ['Error response from daemon: Conflict: volume is in use'],
  },
  {
    id: 'docker.cp-not-a-directory',
    language: 'docker',
    match: /Error response from daemon: not a directory\s*$/m,
    requires: /not a directory/,
    errorType: 'not a directory',
    category: 'io',
    priority: 30,
    summary: 'docker cp treated a path as a directory, and on one side it is a file.',
    explanation:
      'The daemon walks the container side of a docker cp path component by component; one of them (or the destination, when the source is a directory or the destination ends in /) is a regular file, not a directory. On Windows, Git Bash (MSYS) also rewrites arguments that look like Unix paths, so container:/usr/test.png may reach docker as a mangled path.',
    causes: ['A destination ending in / whose last component is a file in the container', 'A path that goes through a file (/etc/hosts/x)', 'Git Bash on Windows rewriting the container path'],
    fixes: [
      fix(
        'Check the container path, and stop Git Bash from rewriting it',
        ['List the parent directory in the container and give the full destination file name (no trailing /) or an existing directory. In Git Bash, prefix the command with MSYS_NO_PATHCONV=1 or write the path with a double slash.'],
        'docker exec <container> ls -la /usr\ndocker cp test.png <container>:/usr/test.png\n# Git Bash on Windows\nMSYS_NO_PATHCONV=1 docker cp test.png <container>:/usr/test.png',
      ),
    ],
    references: [CP],
    samples: ['$ sudo docker cp test.png 8f08a846d259:/usr/test.png\nError response from daemon: not a directory'],
  },
  {
    id: 'docker.remove-root-not-empty',
    language: 'docker',
    // A mount held busy is docker.remove-busy's.
    match: /[Dd]river "?(?<driver>[\w-]{1,40})"? failed to remove root filesystem[^\n]{0,400}?: directory not empty/,
    requires: /failed to remove root filesystem/,
    errorType: 'failed to remove root filesystem',
    category: 'runtime',
    priority: 38,
    summary: (c) => `Docker could not remove a container's ${c.driver} filesystem: a directory in it was not empty when it was deleted.`,
    explanation: (c) =>
      `Removing a container deletes its writable layer under /var/lib/docker/${c.driver}. The deletion found a directory that still had entries: files created in it while the removal ran (a process in the container still exiting, or something outside writing through the merged mount), or a leftover mount inside the layer. Older daemons (1.13-17.x) also hit this with overlay on some kernels.`,
    causes: ['A process still writing into the container while it was removed', 'A mount inside the container\'s filesystem left behind', 'A storage-driver bug of older Docker releases'],
    fixes: [
      fix(
        'Remove the container again; if it persists, restart the daemon first',
        ['Retry the removal (it usually succeeds once the writers are gone); if the container stays in the "Dead" or "Removal In Progress" state, restart Docker and remove it again.'],
        'docker rm -f <container>\ndocker ps -a --filter status=dead\nsudo systemctl restart docker\ndocker rm <container>',
      ),
    ],
    references: [STORAGE_DRIVERS],
    samples: [
      'Error response from daemon: Driver overlay failed to remove root filesystem d0b96e13643c875ed40da2539da0092c3c157b9952f6684027796f5e63a40902: remove /var/lib/docker/overlay/df04ee38ab7f3ea9fa25d20576532d9c7bf4b950ab99c3e965272abe2aaee9d9/merged/bin: directory not empty',
    ],
  },
  {
    id: 'docker.oci-runtime-pause-failed',
    language: 'docker',
    match: /cannot (?<op>pause|unpause) container (?<container>[\w.-]{1,200}): OCI runtime (?:pause|resume) failed: (?<reason>[^\n']{1,400})/,
    requires: /OCI runtime (?:pause|resume) failed/,
    errorType: (c) => (c.op === 'unpause' ? 'OCI runtime resume failed' : 'OCI runtime pause failed'),
    category: 'runtime',
    priority: 40,
    summary: (c) => `The container runtime could not ${c.op} the container ${c.container}.`,
    explanation: (c) =>
      `docker ${c.op} asks the OCI runtime (runc, or another runtime such as sysbox or gVisor) to freeze or thaw every process of the container through the cgroup freezer. The runtime failed: ${c.reason.replace(/: unknown\.?$/, '')}. The container's recorded state and its real state may now differ, so exec and stop can fail until it is restarted.`,
    causes: ['A runtime helper (sysbox-mgr, a gVisor sandbox) that did not answer in time', 'A cgroup freezer that could not freeze a process in uninterruptible sleep', 'A runtime that does not support pause'],
    fixes: (c) => [
      fix(
        `Restart ${c.container}, and check the runtime's own service`,
        ['Restart (or stop and start) the container to get its state consistent again; look at the runtime\'s service logs (for sysbox: sysbox-mgr) for why the call timed out.'],
        `docker inspect ${c.container} --format '{{.State.Status}} {{.HostConfig.Runtime}}'\ndocker restart ${c.container}\njournalctl -u sysbox-mgr --since -1h`,
      ),
    ],
    references: [ref('Docker: docker container pause', `${DOCS}/reference/cli/docker/container/pause/`)],
    samples: [
      "Error: DockerError(500, 'cannot pause container c97b1e5ec84b9d7f34b783ff490fdc0b66532d593a029254923175bfe8d236ca: OCI runtime pause failed: failed to notify pause to sysbox-mgr: failed to invoke Pause via grpc: rpc error: code = DeadlineExceeded desc = context deadline exceeded: unknown')",
    ],
  },
  {
    id: 'docker.container-command-legacy',
    language: 'docker',
    // Docker 1.x's wording of what runc now reports as "executable file not found in $PATH".
    match: /Container command '(?<command>[^'\n]{1,300})' not found or does not exist/,
    requires: /not found or does not exist/,
    errorType: 'Container command not found or does not exist',
    category: 'runtime',
    priority: 40,
    summary: (c) => `The container's command ${c.command} does not exist in the image.`,
    explanation: (c) =>
      `Docker starts the container by executing its entrypoint/command, here ${c.command}, inside the container's filesystem. No executable exists at that path (or, for a bare name, on the image's PATH): a typo, a binary that the image does not contain, a path that a volume mounted over, or (with compose run from a script) an argument that the calling shell rewrote before docker saw it.`,
    causes: ['The command is not in the image (or not on its PATH)', 'A volume mounted over the directory holding it', 'A script or shell rewriting the command line'],
    fixes: (c) => [
      fix(
        `Check that ${c.command} exists in the image`,
        ['Start a shell in the image and look for the command; fix the command: in the compose file or the Dockerfile\'s CMD/ENTRYPOINT, and check volume mounts over its directory.'],
        `docker run --rm -it --entrypoint sh <image> -c 'ls -la ${c.command.includes('/') ? c.command : `$(command -v ${c.command})`}; echo $PATH'`,
      ),
    ],
    references: [ref('Docker: Dockerfile reference (ENTRYPOINT, CMD)', `${DOCS}/reference/dockerfile/#entrypoint`)],
    samples: ["ERROR: for test-db  Cannot start service test-db: Container command '/w/w' not found or does not exist.\nERROR: Encountered errors while bringing up the project."],
  },
  // ---------------------------------------------------------------- Docker Desktop
  {
    id: 'docker.desktop-pipe-missing',
    language: 'docker',
    // The named pipe as a Python client prints it (backslashes doubled, inside b'…').
    match: /open (?:\\{2,4}\.\\{1,2}|\/\/\.\/)pipe(?:\\{1,2}|\/)(?<pipe>docker_d4w_systray|docker_engine\w{0,40}|dockerDesktop\w{0,40}|docker_cli): The system cannot find the file specified/,
    requires: /pipe[\\/]{1,2}docker/,
    errorType: 'Cannot connect to the Docker daemon',
    category: 'runtime',
    priority: 36,
    summary: 'Docker Desktop is not running: its named pipe on Windows does not exist.',
    explanation: (c) =>
      `On Windows the Docker CLI, Compose and SDKs reach the engine through named pipes that Docker Desktop creates when it starts (here \\\\.\\pipe\\${c.pipe}). "The system cannot find the file specified" means no process serves that pipe: Docker Desktop is not started, is still starting, or its engine failed; or the client is set to the Windows-containers engine while Docker Desktop runs Linux containers (or the reverse).`,
    causes: ['Docker Desktop not started (or still starting)', 'Docker Desktop\'s engine failed to start', 'The client pointed at the other engine (Linux vs Windows containers) or an old DOCKER_HOST'],
    fixes: [
      fix(
        'Start Docker Desktop and wait for the engine, then retry',
        ['Start Docker Desktop and wait until it reports "Engine running"; check which context and DOCKER_HOST the client uses.'],
        'Start-Process "C:\\Program Files\\Docker\\Docker\\Docker Desktop.exe"\ndocker context ls\n$env:DOCKER_HOST\ndocker version',
      ),
    ],
    references: [DESKTOP_TROUBLESHOOT],
    samples: [
      "ERROR: for postgres  Cannot create container for service postgres: b'open \\\\\\\\.\\\\pipe\\\\docker_d4w_systray: The system cannot find the file specified.'",
    ],
  },
  {
    id: 'docker.desktop-bad-response',
    language: 'docker',
    match: /Bad response from Docker engine/,
    errorType: 'Bad response from Docker engine',
    category: 'runtime',
    priority: 30,
    summary: "Docker Desktop's proxy reached no working engine: the engine in its VM did not answer properly.",
    explanation:
      "On macOS and Windows, the docker socket the CLI uses belongs to Docker Desktop, which forwards each call to the engine in its VM. Desktop answered the CLI itself because the engine inside the VM did not answer (it is starting, crashed, or the VM is short of disk or memory).",
    causes: ['The engine in Docker Desktop\'s VM is starting, stopped or crashed', 'The VM is out of disk space or memory', 'A Docker Desktop update left the VM in a bad state'],
    fixes: [
      fix('Restart Docker Desktop, then run its diagnostics', ['Quit and start Docker Desktop; if it persists, free space in the VM (prune) or raise its resources, then run the diagnostics or reset to factory defaults.'], 'docker version\ndocker system df\n# macOS\n/Applications/Docker.app/Contents/MacOS/com.docker.diagnose check'),
    ],
    references: [DESKTOP_TROUBLESHOOT],
    samples: ['root@linuxkit-025000000001:/# Error response from daemon: Bad response from Docker engine'],
  },
];
