import type { Captures, ErrorPattern } from '../rules/error-pattern';

import { fix, ref } from './answer-parts';

/**
 * A fourth catalog pass over Docker's messages, from the daemon's side as people paste it: dockerd's
 * and containerd's own log lines (journald, logrus' time=… level=error msg=…, the API handler's
 * "returned error"), dockerd unable to reach containerd, containerd's shims, a daemon binary that
 * does not load, buildx's builders, an API version too old for a prune, a prune's filters, a
 * daemon that drops the connection, Docker Desktop's backend on macOS, and rootless set-up without
 * systemd. Go's words inside them (context deadline exceeded, open … no such file or directory)
 * are Docker's error here, not a Go program's. The type is the tool's own phrase without the names
 * around it (README's phrase table).
 */

const DOCS = 'https://docs.docker.com';

const DAEMON_TROUBLESHOOT = ref('Docker: Troubleshoot the Docker daemon', `${DOCS}/engine/daemon/troubleshoot/`);
const DAEMON_LOGS = ref('Docker: Read the daemon logs', `${DOCS}/engine/daemon/logs/`);
const CONTAINERD_OPS = ref('containerd: Operations and daemon configuration', 'https://github.com/containerd/containerd/blob/main/docs/ops.md');
const BUILDX_CREATE = ref('Docker: docker buildx create', `${DOCS}/reference/cli/docker/buildx/create/`);
const BUILDERS = ref('Docker: Builders', `${DOCS}/build/builders/`);
const API_VERSIONS = ref('Docker: Engine API version history', `${DOCS}/reference/api/engine/version-history/`);
const PRUNE = ref('Docker: Prune unused Docker objects', `${DOCS}/engine/manage-resources/pruning/`);
const DESKTOP_MAC_TROUBLESHOOT = ref('Docker: Troubleshoot Docker Desktop', `${DOCS}/desktop/troubleshoot-and-support/troubleshoot/`);
const ROOTLESS = ref('Docker: Rootless mode', `${DOCS}/engine/security/rootless/`);
const PACKET_FILTERING = ref('Docker: Packet filtering and firewalls', `${DOCS}/engine/network/packet-filtering-firewalls/`);

/** The system error a daemon log line ends with, which names it best; else its own short phrase. */
const LOG_REASONS: readonly [RegExp, string][] = [
  [/no such file or directory/i, 'no such file or directory'],
  [/no such container/i, 'no such container'],
  [/no such image/i, 'no such image'],
  [/device or resource busy/i, 'device or resource busy'],
  [/no space left on device/i, 'no space left on device'],
  [/operation not supported/i, 'operation not supported'],
  [/operation not permitted/i, 'operation not permitted'],
  [/permission denied/i, 'permission denied'],
  [/file exists/i, 'file exists'],
  [/cgroup deleted/i, 'cgroup deleted'],
  [/Chain already exists/i, 'Chain already exists'],
  [/No sockets found/i, 'No sockets found'],
  [/no status provided on response/i, 'no status provided on response'],
  [/context deadline exceeded/i, 'context deadline exceeded'],
  [/connection refused/i, 'connection refused'],
  [/invalid argument/i, 'invalid argument'],
];

/** The type of a daemon log line or API handler error: its system error, else the given fallback. */
function logReason(c: Captures, fallback: string): string {
  const text = `${c.reason ?? ''} ${c.msg ?? ''} ${c.detail ?? ''}`;
  for (const [re, phrase] of LOG_REASONS) if (re.test(text)) return phrase;
  return fallback;
}

/** Which of buildx's builder failures was shown. */
function builderType(c: Captures): string {
  if (c.workers) return 'failed to list workers';
  if (c.append) return 'existing instance for builder but no append mode';
  if (c.asContext) return 'already exists as context';
  if (c.driver) return 'failed to find driver';
  return 'failed to initialize builder';
}

/** Which of containerd's shim failures was shown. */
function shimType(c: Captures): string {
  if (c.unsupported) return 'unsupported shim version';
  if (c.premature) return 'shim exited prematurely';
  if (c.flag) return 'flag provided but not defined';
  return 'shim error';
}

/** Which of Docker Desktop's backend failures on macOS was shown. */
function backendType(c: Captures): string {
  if (c.vmnetd) return 'VmnetdError';
  if (c.ping) return 'failed to ping backend';
  return 'com.docker.backend cannot start';
}

export const DOCKER_CATALOG4_PATTERNS: readonly ErrorPattern[] = [
  // ---------------------------------------------------------------- the daemon and containerd
  {
    id: 'docker.containerd-connect-failed',
    language: 'docker',
    match: /Failed to connect to containerd: failed to dial "(?<socket>[^"\n]{1,300})": (?<reason>context deadline exceeded|[^\n]{1,200})/,
    requires: /Failed to connect to containerd/,
    errorType: 'Failed to connect to containerd',
    category: 'runtime',
    priority: 34,
    summary: (c) => `dockerd could not reach containerd on ${c.socket} and gave up starting.`,
    explanation: (c) =>
      `dockerd runs every container through containerd, and at start-up it dials containerd's socket ${c.socket}. Nothing answered before the timeout (${c.reason}): containerd is not running (its service failed, or dockerd's own child containerd crashed at start), it listens on another socket, or it is stuck loading its state (a full disk, a damaged metadata database under /var/lib/containerd or /var/lib/docker/containerd). dockerd then exits, and systemd reports that Docker failed to start.`,
    causes: [
      'containerd.service is stopped or crashing (see its own journal)',
      'A containerd binary that does not match the installed Docker version (mixed packages: docker.io and containerd.io, a snap)',
      'A full disk or a damaged containerd state directory',
    ],
    fixes: (c) => [
      fix(
        "Start containerd and read its journal before dockerd's",
        [
          'Check containerd first: if it fails, its log names the reason (a plugin, a TOML error, a missing binary).',
          'Make sure Docker and containerd come from the same repository (docker-ce with containerd.io), then restart both.',
          'Check free space on the disk that holds /var/lib/containerd and /var/lib/docker.',
        ],
        `sudo systemctl status containerd\nsudo journalctl -u containerd -n 100 --no-pager\nls -l ${c.socket}\ndf -h /var/lib\nsudo systemctl restart containerd docker`,
      ),
    ],
    references: [DAEMON_TROUBLESHOOT, CONTAINERD_OPS],
    samples: [
      'Jul 30 13:26:43 localhost.localdomain dockerd[3867]: Failed to connect to containerd: failed to dial "/var/run/docker/containerd/docker-containerd.sock": context deadline exceeded',
    ],
  },
  {
    id: 'docker.containerd-shim-failed',
    language: 'docker',
    // The flag form only where containerd itself printed it (dockerd's child on a version mismatch): a Go program's own flag error stays Go's.
    match:
      /(?<unsupported>unsupported shim version \((?<shimVersion>\d{1,3})\)(?:: not implemented)?)|(?<premature>shim exited prematurely with exit code (?<code>\d{1,3}))|shim error: (?<reason>[^\n]{1,200})|(?<=containerd[^\n]{0,300}\n[\s\S]{0,400})(?<flag>flag provided but not defined: -shim)/,
    requires: /shim/,
    errorType: shimType,
    category: 'runtime',
    priority: 36,
    summary: (c) =>
      c.unsupported
        ? `containerd cannot start its shim: the shim speaks protocol version ${c.shimVersion}, which this containerd does not support.`
        : c.flag
          ? 'containerd refused the -shim flag dockerd passed to it: the two binaries come from different Docker releases.'
          : 'containerd could not start or keep the shim that runs this container.',
    explanation: (c) =>
      `containerd starts one shim process per container (containerd-shim-runc-v2) that calls runc and reports the container's state. ${
        c.unsupported
          ? 'The shim binary on the PATH is newer (or older) than containerd: two containerd installations are mixed (/usr/bin and /usr/local/bin, a distribution package next to containerd.io), so containerd launched a shim of another release.'
          : c.flag
            ? 'dockerd started its own containerd with the -shim flag of an older layout; the containerd binary it found is from another release (a partial upgrade, a binary left in /usr/local/bin).'
            : c.premature
              ? `The shim exited with code ${c.code} before it could report: runc or the shim binary is missing, incompatible, or failed at once (its log message is in parentheses).`
              : `The shim failed: ${c.reason}. Usually runc is missing or incompatible, the state directory under /run/containerd is stale after a crash, or the shim's files were removed while it ran.`
      }`,
    causes: [
      'containerd, its shim and runc from different releases (mixed packages or binaries in /usr/local/bin)',
      'A partial upgrade of Docker or containerd',
      'Stale runtime state after a crash of dockerd or containerd',
    ],
    fixes: [
      fix(
        'Use one containerd, with its own shim and runc',
        [
          'Find every containerd, containerd-shim* and runc binary on the PATH and keep only the ones from the installed package.',
          'Reinstall or upgrade Docker and containerd together from the same repository, then restart both services.',
        ],
        'which -a containerd containerd-shim-runc-v2 runc\ncontainerd --version; runc --version\ndpkg -l | grep -E "docker|containerd|runc"   # or rpm -qa\nsudo systemctl restart containerd docker',
      ),
    ],
    references: [CONTAINERD_OPS, DAEMON_TROUBLESHOOT],
    samples: [
      'docker: Error response from daemon: failed to create task for container: Unimplemented: failed to start shim: start failed: unsupported shim version (3): not implemented',
      'rpc error: code = 2 desc = shim exited prematurely with exit code 0 (log: "{\\"level\\": \\"warn\\",\\"msg\\": \\"invalid argument\\"}")',
      'docker: Error response from daemon: shim error: open pid: no such file or directory.',
      'time="2016-09-04T14:18:27.636540235+03:00" level=info msg="libcontainerd: new containerd process, pid: 16776"\nIncorrect Usage.\nflag provided but not defined: -shim',
    ],
  },
  {
    id: 'docker.runtime-symbol-lookup',
    language: 'docker',
    match: /(?<binary>\/[\w./-]{0,100}\/(?<name>containerd|dockerd|runc|containerd-shim[\w-]{0,30}|docker-proxy|docker)): symbol lookup error: [^\n]{0,300}?undefined symbol: (?<symbol>[\w.@]{1,120})/,
    requires: /symbol lookup error/,
    errorType: 'symbol lookup error',
    category: 'runtime',
    priority: 30,
    summary: (c) => `${c.name} does not start: the library it was linked against has no symbol ${c.symbol}.`,
    explanation: (c) =>
      `The dynamic loader could not resolve ${c.symbol} when starting ${c.binary}. The binary was built against a newer version of a shared library (libseccomp for seccomp_* symbols, glibc for GLIBC_* ones) than the one installed, so it exits at once (status 127) and systemd reports that the service failed.`,
    causes: ['A containerd, runc or dockerd package built for a newer distribution release', 'An old libseccomp or glibc left after a partial upgrade'],
    fixes: (c) => [
      fix(
        'Install the library version the binary needs, or the package built for this distribution',
        ['Upgrade the library that provides the symbol (libseccomp2 for seccomp_*), or install the Docker packages for your exact distribution release.'],
        `ldd ${c.binary} | grep -i "not found"\n# the missing symbol: ${c.symbol}\n# seccomp_* symbols\nsudo apt-get install --only-upgrade libseccomp2   # or: sudo dnf upgrade libseccomp\nsudo systemctl restart containerd docker`,
      ),
    ],
    references: [DAEMON_TROUBLESHOOT],
    samples: ['containerd[6711]: /usr/bin/containerd: symbol lookup error: /usr/bin/containerd: undefined symbol: seccomp_api_set'],
  },
  {
    id: 'docker.daemon-api-handler',
    language: 'docker',
    // dockerd's log of an API call that failed; a more specific pattern for the error inside it answers first.
    match: /Handler for (?<verb>GET|POST|PUT|DELETE|HEAD) (?<endpoint>\/[^\s"]{1,300}) returned error: (?=[^\n]{0,400}?(?<reason>no such file or directory|no such container|no such image|device or resource busy|no space left on device|operation not supported|operation not permitted|permission denied|file exists|cgroup deleted|Chain already exists|No sockets found|no status provided on response|context deadline exceeded|connection refused|invalid argument)|)(?<detail>[^\n"]{1,300})/,
    requires: /Handler for /,
    errorType: (c) => logReason(c, 'Handler returned error'),
    category: 'runtime',
    priority: 12,
    summary: (c) => `dockerd answered the API call ${c.verb} ${c.endpoint} with an error: ${c.detail.trim()}.`,
    explanation: (c) =>
      `This is the daemon's own log line for a request a client (the docker CLI, compose, an SDK, a monitoring agent) sent it: the request failed with "${c.detail.trim()}", and the same error went back to the client as "Error response from daemon". A line repeated every second usually comes from a monitoring tool polling a container that no longer exists; a failure to create or start comes from the command that was run.`,
    causes: [
      'A client asking for a container or image that was removed (a monitoring agent, a stale compose project)',
      'A start or create that failed in containerd or runc (the detail names why)',
      'A kernel or storage feature the daemon needs and the host lacks (operation not supported)',
    ],
    fixes: (c) => [
      fix(
        'Find the client and the object the call was about',
        [
          'Read the lines around it in the daemon log: the failing step (containerd, runc, the storage driver) is usually logged just before.',
          'If it is a container ID, check whether it still exists; if a tool keeps asking for it, restart or reconfigure that tool.',
        ],
        `sudo journalctl -u docker --since "10 min ago" --no-pager\ndocker ps -a --no-trunc | grep ${(c.endpoint.match(/\/containers\/([^/\s]{1,64})/) ?? [])[1]?.slice(0, 12) ?? '<id>'}\ndocker info`,
      ),
    ],
    references: [DAEMON_LOGS, DAEMON_TROUBLESHOOT],
    samples: [
      'Oct 11 07:40:41 dockerd[19750]: time="2019-10-11T07:40:41.836770354Z" level=error msg="Handler for POST /v1.24/containers/21bf691661f6/start returned error: no status provided on response: unknown"',
      'ERRO[0043] Handler for POST /containers/create returned error: Could not get container for riak01',
    ],
  },
  {
    id: 'docker.daemon-log-error',
    language: 'docker',
    // Any error or fatal line dockerd or containerd logged (journald's "dockerd[123]:" or logrus' time=… level=…
    // about Docker's own objects) that no more specific pattern names. Not a kubelet's CRI call: that is Kubernetes'.
    match:
      /(?:(?<daemon>dockerd|containerd|docker)\[\d{1,10}\]: time="[^"\n]{1,40}" |time="[^"\n]{1,40}" (?=level=[^\n]{0,600}?(?:containerd|shim|\/var\/lib\/docker|\/run\/docker|\/var\/run\/docker|docker0|DOCKER-|moby|ServeAPI|graphdriver|libnetwork|Error collecting stats)))level=(?<level>error|fatal|warning(?=[^\n]{0,500}? error="))(?![^\n]{0,800}?(?:Get|Head|Post|Put|Patch) \\?"?https?:\/\/[^\s/"]{1,255}\/(?:v[12]\/|registry-v2\/))(?=[^\n]{0,800}?(?<reason>no such file or directory|no such container|no such image|device or resource busy|no space left on device|operation not supported|operation not permitted|permission denied|file exists|cgroup deleted|Chain already exists|No sockets found|no status provided on response|context deadline exceeded|connection refused|invalid argument)|)(?: msg="(?<msg>(?:[^"\\\n]|\\.){1,400})")(?: error="(?<detail>(?:[^"\\\n]|\\.){1,300})")?(?<![\s\S]{0,3000}(?:RunPodSandbox|PodSandbox|kubepods|io\.kubernetes|kubelet))(?![\s\S]{0,3000}?(?:RunPodSandbox|PodSandbox|kubepods|io\.kubernetes|kubelet))/,
    requires: /level=(?:error|fatal|warning) msg=/,
    errorType: (c) => logReason(c, c.level === 'fatal' ? 'dockerd fatal error' : 'dockerd error'),
    category: 'runtime',
    priority: 11,
    summary: (c) => `The Docker daemon logged an ${c.level === 'warning' ? 'warning' : 'error'}: ${c.msg}${c.detail ? ` (${c.detail})` : ''}.`,
    explanation: (c) =>
      `This line is from the daemon's own log (${c.daemon ?? 'dockerd or containerd'}, read with journalctl), not from a program of yours: ${c.msg}${c.detail ? `, because ${c.detail}` : ''}. ${
        /no such file or directory/.test(`${c.msg} ${c.detail ?? ''}`)
          ? "A file the daemon keeps for a container or layer (under /var/lib/docker or /run) is missing: it was removed while the daemon ran, the daemon crashed and left state behind, or the disk filled up."
          : c.level === 'fatal'
            ? 'A fatal line means the daemon stopped right after it; systemd then reports that Docker failed to start.'
            : 'The daemon carries on after an error line; what failed is the single operation it names.'
      }`,
    causes: [
      'State under /var/lib/docker or /run/containerd left inconsistent by a crash, a forced shutdown or a full disk',
      'A container, cgroup or firewall chain changed behind the daemon\'s back (removed by hand, another tool)',
      'A daemon setting or kernel feature the operation needs',
    ],
    fixes: [
      fix(
        'Read the daemon log around the line, then restart the daemon cleanly',
        [
          'Look at the lines just before it: the first error is usually the cause of the later ones.',
          'Restart containerd and Docker (or reboot) to clear state left by a crash; remove and re-create the container the line names if it persists.',
          'Check free space and inodes on the disk of the data root.',
        ],
        'sudo journalctl -u docker -u containerd --since "30 min ago" --no-pager | grep -E "level=(error|fatal)"\ndocker info\ndf -h /var/lib/docker; df -i /var/lib/docker\nsudo systemctl restart containerd docker',
      ),
    ],
    references: [DAEMON_LOGS, DAEMON_TROUBLESHOOT],
    samples: [
      'Oct 05 07:11:49 host dockerd[1038362]: time="2022-10-05T07:11:49.297389135Z" level=error msg="Error collecting stats" error="cgroups: cgroup deleted: unknown"',
      'Nov 23 15:00:08 mi-worker-003 docker[13777]: time="2015-11-23T15:00:08.184122883Z" level=fatal msg="Shutting down due to ServeAPI error: No sockets found"',
    ],
  },
  {
    id: 'docker.iptables-not-found',
    language: 'docker',
    match: /(?:Failed to create NAT chain|Setup iptables chains failed)[^\n]{0,100}?: (?:Iptables not found|exec: "iptables": executable file not found in \$PATH)/i,
    requires: /iptables/i,
    errorType: 'Iptables not found',
    category: 'configuration',
    priority: 40,
    summary: 'Docker (or a network plugin) could not find the iptables command to set up its NAT rules.',
    explanation:
      'The bridge network (and network plugins built on it) program NAT and filtering rules with the iptables command. It is not installed on the host (minimal images, some NAS and embedded systems, a dind image without it), or it is not on the daemon\'s PATH.',
    causes: ['iptables not installed on the Docker host', "iptables outside the daemon's PATH (a systemd unit with a narrow PATH)"],
    fixes: [
      fix(
        'Install iptables (with the NAT modules) and restart the daemon',
        ['Install the iptables package (iptables-nft or iptables-legacy, whichever the kernel supports), then restart Docker.', 'Only if the host must have no firewall rules, start dockerd with "iptables": false and manage networking yourself.'],
        'command -v iptables || sudo apt-get install -y iptables   # or: sudo dnf install iptables\nsudo modprobe iptable_nat\nsudo systemctl restart docker',
      ),
    ],
    references: [PACKET_FILTERING],
    samples: ['Error response from daemon: NetworkDriver.CreateNetwork: Setup iptables chains failed: Failed to create NAT chain: Iptables not found'],
  },
  // ---------------------------------------------------------------- the CLI and the API
  {
    id: 'docker.api-version-too-old',
    language: 'docker',
    match: /"(?<subcommand>[\w -]{1,60})" requires API version (?<need>\d{1,2}\.\d{1,3}), but the Docker daemon API version is (?<have>\d{1,2}\.\d{1,3})/,
    requires: /requires API version/,
    errorType: 'requires API version',
    category: 'configuration',
    priority: 30,
    summary: (c) => `docker ${c.subcommand} needs API ${c.need}, and the daemon the CLI talked to offers only ${c.have}.`,
    explanation: (c) =>
      `The CLI negotiates the API version with the daemon and refuses commands the daemon's version does not have. API ${c.have} is very old: either the daemon really is old, or the CLI did not reach the real daemon (it is not running, so the CLI fell back to its minimum version, or DOCKER_HOST or the current context points at another endpoint).`,
    causes: ['The daemon is not running and the CLI fell back to its lowest API version', 'DOCKER_HOST, DOCKER_API_VERSION or the docker context point at another (old) daemon', 'A really old Docker Engine on the server'],
    fixes: [
      fix(
        'Check which daemon the CLI talks to, and that it runs',
        ['Run docker version: without a Server section the daemon is not reachable; start it. Unset DOCKER_API_VERSION and check DOCKER_HOST and the current context.'],
        'docker version\ndocker context ls\nenv | grep DOCKER_\nsudo systemctl start docker   # or start Docker Desktop',
      ),
    ],
    references: [API_VERSIONS],
    samples: ['"container prune" requires API version 1.25, but the Docker daemon API version is 1.24'],
  },
  {
    id: 'docker.api-invalid-filter',
    language: 'docker',
    match: /Error response from daemon: [Ii]nvalid filter '(?<filter>[^'\n]{1,80})'/,
    requires: /nvalid filter/,
    errorType: 'Invalid filter',
    category: 'configuration',
    priority: 30,
    summary: (c) => `The daemon does not know the filter '${c.filter}' for this command.`,
    explanation: (c) =>
      `Filters (--filter key=value, or the filters parameter of the API) are checked by the daemon, and each command accepts its own set of keys. '${c.filter}' is not one of them for this call: a typo, a key another command accepts (prune takes until and label, ls takes more), or a client or tool that sends options as filters to a daemon whose API differs.`,
    causes: ['A filter key the command does not support', 'A third-party tool built against another API version'],
    fixes: [
      fix(
        'Use a filter the command supports',
        ['Check the command\'s reference for its filter keys; for a tool that sends it, upgrade the tool.'],
        'docker system prune --filter "until=24h"\ndocker image prune --filter "label=stage=build"\ndocker version   # API versions of client and server',
      ),
    ],
    references: [PRUNE],
    samples: ["Error response from daemon: Invalid filter 'force'"],
  },
  {
    id: 'docker.daemon-connection-eof',
    language: 'docker',
    match: /error during connect: (?:Get|Post|Put|Delete|Head) "?(?<request>https?:\/\/[^\s"]{1,400})"?: EOF\s*$/m,
    requires: /: EOF/,
    errorType: 'EOF',
    category: 'runtime',
    priority: 30,
    summary: 'The Docker daemon closed the connection without answering the request.',
    explanation: (c) =>
      `The CLI reached the daemon's socket and sent ${c.request.replace(/\?.*$/, '')}, and the connection was closed before any reply: the daemon crashed or restarted while handling it (a prune or a build that ran out of memory or disk), or a proxy in front of a TCP endpoint cut it.`,
    causes: ['dockerd crashed or was restarted during the request', 'The host ran out of memory or disk while the daemon worked', 'A proxy or load balancer in front of a remote daemon'],
    fixes: [
      fix(
        "Check that the daemon is still running and read its log for the crash",
        ['Run docker info; if the daemon restarted, its journal shows why (a panic, an OOM kill). Free disk space and retry.'],
        'docker info\nsudo journalctl -u docker -n 200 --no-pager\ndmesg | grep -i -E "oom|killed process" | tail\ndf -h /var/lib/docker',
      ),
    ],
    references: [DAEMON_TROUBLESHOOT],
    samples: ['error during connect: Post http://%2Fvar%2Frun%2Fdocker.sock/v1.29/images/prune?filters=%7B%22dangling%22%3A%7B%22true%22%3Atrue%7D%7D: EOF'],
  },
  // ---------------------------------------------------------------- buildx builders
  {
    id: 'docker.buildx-builder-failed',
    language: 'docker',
    // Below the TLS and daemon-unreachable patterns (41, 42): when the reason is one of theirs, it is the type.
    match:
      /ERROR: failed to initialize builder (?<builder>[\w.-]{1,100}) \((?<node>[\w.-]{1,100})\): (?<reason>[^\n]{1,300})|(?<workers>listing workers: failed to list workers: (?<listReason>[^\n]{1,300}))|(?<append>existing instance for (?<appendName>[\w.-]{1,100}) but no append mode)|instance name "(?<asContext>[\w.-]{1,100})" already exists as context|(?<driver>failed to find driver "(?<driverName>[\w.-]{1,60})")/,
    requires: /builder|workers|instance|find driver/,
    errorType: builderType,
    category: 'configuration',
    priority: 32,
    summary: (c) =>
      c.workers
        ? 'buildx could not ask a builder for its workers: the builder did not answer.'
        : c.append
          ? `A builder named ${c.appendName} already exists, and buildx create was not asked to add a node to it.`
          : c.asContext
            ? `buildx cannot create a builder named ${c.asContext}: a docker context of that name exists.`
            : c.driver
              ? `buildx has no driver "${c.driverName}" to create a builder with.`
              : `buildx created the builder ${c.builder} but could not start its node ${c.node}: ${c.reason}.`,
    explanation: (c) =>
      c.driver === 'failed to find driver "docker"' || c.driverName === 'docker'
        ? 'The docker driver is the builder built into each Docker Engine: one exists per docker context and none can be created. Create a builder with another driver (docker-container, kubernetes, remote), or create a docker context to get another docker-driver builder.'
        : c.asContext
          ? 'Builders and docker contexts share one namespace in buildx: every context is already a builder of the docker driver. Since buildx 0.13 creating a builder with a context\'s name is an error (it was a warning before).'
          : c.append
            ? 'buildx create with an existing name modifies that builder only with --append (add a node) or --leave; otherwise it refuses. Remove the old builder or choose another name.'
            : `A builder's node is a BuildKit daemon (a container for the docker-container driver, pods for kubernetes, an address for remote). buildx could not start or reach it${c.reason || c.listReason ? `: ${c.reason ?? c.listReason}` : ''}. A slow engine (Docker Desktop starting, an ssh:// context without connection reuse) times out; an invalid driver option is refused at once.`,
    causes: [
      'The engine or endpoint the builder uses is slow or unreachable (context deadline exceeded)',
      'An invalid --driver-opt value, or a driver that cannot be created (docker)',
      'A builder or docker context with the same name already exists',
    ],
    fixes: (c) => [
      fix(
        'Inspect the builder, then re-create it with valid options',
        [
          'Bootstrap it to see the node\'s error; remove a broken builder and create it again (with a longer --timeout on a slow engine, with ControlPersist for ssh:// endpoints).',
          'Use a name that is no docker context and no existing builder, or --append to add a node on purpose.',
        ],
        `docker buildx ls\ndocker buildx inspect --bootstrap ${c.builder ?? c.appendName ?? c.asContext ?? '<builder>'}\ndocker buildx rm ${c.builder ?? c.appendName ?? '<builder>'}\ndocker buildx create --name mybuilder --driver docker-container --bootstrap --use`,
      ),
    ],
    references: [BUILDX_CREATE, BUILDERS],
    samples: [
      'ERROR: failed to initialize builder mybuilder (mybuilder0): context deadline exceeded',
      'ERROR: failed to initialize builder kube (kube0): invalid loadbalance "test"',
      'existing instance for builder but no append mode, specify --node to make changes for existing instances',
      'ERROR: instance name "builder" already exists as context builder',
      'error: failed to find driver "docker"',
    ],
  },
  // ---------------------------------------------------------------- Docker Desktop (macOS) and rootless
  {
    id: 'docker.desktop-backend-failed',
    language: 'docker',
    match:
      /com\.docker\.backend cannot start(?:\s{1,10}Exit code (?<code>\d{1,3}))?|(?<ping>failed to ping com\.docker\.backend|Failed to ping backend API)|(?<vmnetd>Docker\.VmnetdError error (?<vmnetdCode>\d{1,3}))/,
    requires: /com\.docker\.backend|backend API|VmnetdError/,
    errorType: backendType,
    category: 'runtime',
    priority: 38,
    summary: (c) =>
      c.vmnetd
        ? "Docker Desktop could not install or start its privileged helper (com.docker.vmnetd)."
        : c.ping
          ? "Docker Desktop's backend process does not answer on its socket."
          : `Docker Desktop's backend process (com.docker.backend) failed to start${c.code ? ` (exit code ${c.code})` : ''}.`,
    explanation: (c) =>
      c.vmnetd
        ? 'On macOS Docker Desktop installs com.docker.vmnetd, a privileged helper for networking, which needs an administrator\'s approval; the installation failed or was refused (a security tool, missing admin rights, a leftover helper from an older version).'
        : "com.docker.backend is Docker Desktop's central process: it starts the Linux VM and serves the UI and the CLI. It exits or does not answer when its settings are unreadable (a damaged settings.json or a misspelt key in ~/.docker/config.json such as credSstore), when its data under ~/Library/Containers/com.docker.docker is damaged, or after an update left an old process running.",
    causes: [
      "A damaged Docker Desktop settings file, or an invalid ~/.docker/config.json",
      'An old Docker Desktop process still running after an update',
      'A privileged helper not approved or blocked by a security tool',
    ],
    fixes: [
      fix(
        'Quit every Docker process, check the config files, then start Docker Desktop again',
        [
          'Quit Docker Desktop, kill any remaining com.docker.* process, and start it again.',
          'Check ~/.docker/config.json for valid JSON and key names (credsStore), and run the diagnostics tool.',
          'If it still fails, use Troubleshoot → Reset to factory defaults (this removes containers and images), or reinstall.',
        ],
        'pkill -f com.docker.   # only Docker Desktop\'s processes\ncat ~/.docker/config.json\n/Applications/Docker.app/Contents/MacOS/com.docker.diagnose check\nopen -a Docker',
      ),
    ],
    references: [DESKTOP_MAC_TROUBLESHOOT],
    samples: [
      'Fatal Error\ncom.docker.backend cannot start\nExit code 2',
      '[FAIL] DD0007: is the backend responding? failed to ping com.docker.backend with error: Get "http://ipc/ping": dial unix Library/Containers/com.docker.docker/Data/docker-api.sock: connect: connection refused',
      'The operation couldn’t be completed. (Docker.VmnetdError error 1.)',
    ],
  },
  {
    id: 'docker.rootless-systemd-not-detected',
    language: 'docker',
    match: /systemd is not detected, dockerd daemon needs to be started manually/,
    requires: /systemd is not detected/,
    errorType: 'systemd is not detected',
    category: 'configuration',
    priority: 30,
    summary: "dockerd-rootless-setuptool.sh could not use the user's systemd, so it did not install a service for rootless Docker.",
    explanation:
      "The setup tool installs rootless dockerd as a systemd user service, which needs a user session with its own systemd instance and XDG_RUNTIME_DIR. A shell reached with su or sudo has none (pam_systemd only runs for real logins: a console, ssh or a desktop session), and containers or WSL without systemd have none either; the tool then leaves starting dockerd to you.",
    causes: ['Switching to the user with su or sudo instead of logging in as that user', 'No systemd in the environment (WSL without systemd, a container)', 'Lingering not enabled for a user without an active session'],
    fixes: [
      fix(
        'Log in as the user (ssh or a console), or start dockerd yourself',
        [
          'Log in directly as the user (ssh user@host or machinectl shell user@), enable lingering, and run the setup tool again.',
          'Without systemd, start dockerd-rootless.sh yourself and point DOCKER_HOST at its socket.',
        ],
        'sudo loginctl enable-linger "$USER"\nssh "$USER"@localhost   # or: sudo machinectl shell "$USER"@\ndockerd-rootless-setuptool.sh install\n# without systemd\nPATH=$HOME/bin:$PATH dockerd-rootless.sh &\nexport DOCKER_HOST=unix://$XDG_RUNTIME_DIR/docker.sock',
      ),
    ],
    references: [ROOTLESS],
    samples: ['systemd is not detected, dockerd daemon needs to be started manually'],
  },
];
