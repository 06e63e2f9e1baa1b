import type { ErrorPattern } from '../rules/error-pattern';
import { ref } from './answer-parts';
import { dockerCatalog, errnoLower, nameOr, type CatalogEntry } from './linux-catalog.patterns';

/**
 * A fourteenth catalog pass over Docker's messages from Compose v2 and from the daemon and its runtimes as people
 * paste them, where the earlier passes' wordings miss: compose's `service "x" is not running` (an exec into a stopped
 * service), v1's "No container found for", "no such service" quoted inside a sentence, v1's "Service x is missing a
 * healthcheck configuration", a v1 "Cannot start service x: invalid argument" above its closing summary, the daemon's
 * AppArmor profile that apparmor_parser could not load (inside an LXC container, a parser error), docker save's
 * "reference does not exist", the newer passwd lookup ("getent unable to find entry"), Docker 1.6's "System error:
 * mountpoint for cgroup not found", dockerd's log of an overlay mount it fell back from, devicemapper's failed
 * removal, containerd's own log lines once journald's prefix is gone, crun's capitalised "OCI Permission denied" and
 * Podman's "Error: OCI runtime error: container_linux.go…".
 *
 * One pattern per family of messages (linux-catalog's `catalogPattern`, answered as Docker's): the type is the tool's
 * phrase without the names around it (README, docker row); each entry's `n` group is the name the message is about
 * (a service, a container, an image, a profile's parser command), which the fix repeats.
 */

const DOCS = 'https://docs.docker.com';

const REFS = {
  compose: [
    ref('docker compose exec', `${DOCS}/reference/cli/docker/compose/exec/`),
    ref('Compose file: depends_on and healthcheck', `${DOCS}/reference/compose-file/services/#depends_on`),
  ],
  security: [
    ref('Docker Engine: AppArmor security profiles', `${DOCS}/engine/security/apparmor/`),
    ref('Docker Engine: seccomp security profiles', `${DOCS}/engine/security/seccomp/`),
  ],
  images: [ref('docker image save', `${DOCS}/reference/cli/docker/image/save/`), ref('docker run: --user', `${DOCS}/reference/cli/docker/container/run/`)],
  storage: [
    ref('Docker Engine: OverlayFS storage driver', `${DOCS}/engine/storage/drivers/overlayfs-driver/`),
    ref('Docker Engine: troubleshoot the daemon', `${DOCS}/engine/daemon/troubleshoot/`),
  ],
  runtimes: [ref('containerd: troubleshooting', 'https://github.com/containerd/containerd/blob/main/docs/getting-started.md'), ref('crun', 'https://github.com/containers/crun')],
};

const COMPOSE_ENTRIES: readonly CatalogEntry[] = [
  {
    // Compose v2 answers an exec (or a run --no-deps into a stopped stack) this way.
    re: String.raw`(?:^|\n)[^\n]{0,80}?\bservice "(?<n>[^"\n]{1,100})" is not running(?: container #\d{1,4})?`,
    type: 'service is not running',
    why: 'docker compose exec runs a command in a container the project already runs, and this service has none running: it was never started (a profile, docker compose up never run in this directory), it exited or keeps restarting, or the command ran from another directory or with another project name, so Compose looked at another project. After a scale-down the remaining container may also not be number 1.',
    fix: 'Start the service in the same project (same directory or -p), or run a one-off container instead',
    code: (n) => `docker compose ps -a ${nameOr(n, '<service>')}\ndocker compose up -d ${nameOr(n, '<service>')}\ndocker compose logs --tail 50 ${nameOr(n, '<service>')}\ndocker compose run --rm ${nameOr(n, '<service>')} sh   # a one-off container`,
  },
  {
    re: String.raw`ERROR: No container found for (?<n>[\w.-]{1,100})`,
    type: 'No container found',
    why: 'docker-compose (v1) exec looked for the running container of that service and found none: the container exited (its main process ended), it was never started, or container_name gives it another name than Compose expects.',
    fix: 'Check that the service is up, then exec into it',
    code: (n) => `docker-compose ps\ndocker-compose up -d\ndocker-compose logs --tail 50   # why ${n} exited\ndocker-compose exec <service> sh`,
  },
  {
    re: String.raw`\bno such service: (?<n>[\w.-]{1,100})`,
    type: 'no such service',
    why: 'Compose knows no service by that name in the project it loaded: a typo, a container name (container_name) used where the service name is expected, a service behind a profile that is not enabled for start, stop or restart, or the command ran against another compose file or directory.',
    fix: 'Use a service name from the project (with its profile enabled), not a container name',
    code: (n) => `docker compose config --services\ndocker compose --profile <profile> start ${nameOr(n, '<service>')}`,
  },
  {
    re: String.raw`Service "?(?<n>[\w.-]{1,100})"? is missing a healthcheck configuration`,
    type: 'is missing a healthcheck configuration',
    why: 'A service depends on this one with condition: service_healthy, and this service has no healthcheck: none in the compose file and none in its image (a HEALTHCHECK the image defines counts only when the Docker engine reports it). Compose cannot wait for a health status that never comes.',
    fix: 'Give the service a healthcheck, or wait only for it to start',
    code: (n) => `services:\n  ${nameOr(n, 'db')}:\n    healthcheck:\n      test: ["CMD-SHELL", "<command that succeeds when ready>"]\n      interval: 5s\n      retries: 10\n# or in the dependent service: depends_on: { ${nameOr(n, 'db')}: { condition: service_started } }`,
  },
  {
    // Compose v1's per-service line above its closing summary: the daemon's system error is the reason.
    re: String.raw`ERROR: for (?<n>[\w.-]{1,100})\s{1,4}Cannot start service [\w.-]{1,100}: (?<errno>invalid argument|operation not permitted|device or resource busy)\s*(?=\n|$)`,
    type: errnoLower,
    why: 'The daemon refused to start the service\'s container with a bare system error: "invalid argument" is usually a volume whose driver options the kernel rejects (an NFS volume whose o: lacks addr= or whose device lacks the leading colon), a bad device or sysctl; "operation not permitted" a capability or security profile; "device or resource busy" a mount still held.',
    fix: "Check the service's volumes (driver_opts), devices and sysctls against what the kernel accepts",
    code: (n) => `docker-compose config   # the resolved volumes of ${n}\n# NFS volume: driver_opts: { type: nfs, o: "addr=10.0.0.5,rw", device: ":/export/path" }\ndocker volume inspect <volume>`,
  },
];

const SECURITY_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`AppArmor enabled on system but the docker-default profile could not be loaded(?:: running \x60(?<n>[^\x60\n]{1,300})\x60 failed with output: [^\n]{0,400})?`,
    type: 'AppArmor enabled on system but the docker-default profile could not be loaded',
    why: "The daemon loads its docker-default AppArmor profile with apparmor_parser before starting a container, and the parser failed: inside an LXC or Proxmox container the parser may not load profiles (\"attempted to load a profile while confined?\"), apparmor_parser (apparmor-utils) is missing, or a local tunables file it includes has a syntax error.",
    fix: 'Run the parser by hand to see why it fails, and fix or install it (or let the LXC container nest)',
    code: (n) => `sudo ${n.startsWith('/') ? n.split(' ')[0] : 'apparmor_parser'} --version\nsudo apt-get install apparmor apparmor-utils\nsudo systemctl restart docker\n# Proxmox LXC: features: nesting=1 (and keyctl=1) on the container`,
  },
  {
    re: String.raw`(?:System error: |caused:? \\?"?)mountpoint for (?<kind>cgroup|devices|cpu|cpuset|memory|pids|freezer) not found`,
    type: (g) => `mountpoint for ${g.kind ?? 'cgroup'} not found`,
    why: 'The runtime (libcontainer) looked for the cgroup hierarchy it needs in /proc/self/mountinfo and found none mounted: a minimal host, a CI box or an LXC/OpenVZ container without the cgroup file systems mounted, or a Docker far older than the host\'s cgroup layout.',
    fix: 'Mount the cgroup hierarchies (cgroupfs-mount or systemd), or upgrade Docker',
    code: () => `grep cgroup /proc/self/mountinfo\nsudo apt-get install cgroupfs-mount && sudo cgroupfs-mount\nsudo systemctl restart docker`,
  },
  {
    // crun (Podman's default runtime) spells it with a capital P in some releases.
    re: String.raw`(?:^|\n)(?<n>[^\n]{0,300}?):OCI Permission denied`,
    type: 'OCI permission denied',
    why: "The OCI runtime (crun or runc) was refused an operation while creating the container, and the message before names it: a seccomp rule it could not add (libseccomp too old for the syscalls in the profile), a file it could not open or execute, a namespace it could not join. SELinux, AppArmor, seccomp and rootless limits are the usual reasons.",
    fix: 'Update the runtime and libseccomp, or run once without the seccomp profile to confirm',
    code: () => `podman run --security-opt seccomp=unconfined <image>   # to confirm\nrpm -q libseccomp crun runc || dpkg -l libseccomp2 crun runc`,
  },
  {
    re: String.raw`(?:^|\n)Error: OCI runtime error: (?<n>(?:container_linux|process_linux)\.go:\d{1,5}: [^\n]{1,300})`,
    type: 'OCI runtime error',
    why: "Podman's OCI runtime (runc here) failed to create the container and Podman reports it as an OCI runtime error: \"error adding seccomp filter rule … requested action matches default action of filter\" means the seccomp profile (containers-common's seccomp.json) and runc's libseccomp disagree, as after an update of one but not the other.",
    fix: 'Update runc and containers-common together (or use crun), then run again',
    code: () => `podman info --format '{{.Host.OCIRuntime.Name}} {{.Host.OCIRuntime.Version}}'\nsudo dnf update runc containers-common   # or: apt-get install --only-upgrade runc golang-github-containers-common`,
  },
];

const IMAGE_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`(?:docker (?:image )?save[^\n]{0,300}?(?<n>\S{1,200})\s*\n[\s\S]{0,200}?)?Error response from daemon: reference does not exist`,
    type: 'reference does not exist',
    why: 'docker save (and tools that call it) asked for an image reference the daemon does not have: the tag was never pulled or built here (only another tag or a digest is), the name lacks its registry prefix, or the image is in another daemon or context (Docker Desktop versus a VM, another storage driver after a switch).',
    fix: 'List the images the daemon has, pull or tag the one you mean, then save it',
    code: (n) => `docker image ls ${nameOr(n, '<image>').split(':')[0]}\ndocker pull ${nameOr(n, '<image>:<tag>')}\ndocker save -o image.tar ${nameOr(n, '<image>:<tag>')}`,
  },
  {
    // Newer daemons look the user up with getent; older ones said "no matching entries in passwd file".
    re: String.raw`getent unable to find entry "(?<n>[^"\n]{1,100})" in passwd database`,
    type: 'no matching entries in passwd file',
    why: "The container is to run as a user (USER in the image, user: in compose, --user) that the image's /etc/passwd does not have: the base image changed and no longer creates it, the name is a host user's, or a UID:GID mapping meant for another image.",
    fix: 'Run as a user the image has (or a numeric UID), or create the user in the image',
    code: (n) => `docker run --rm --entrypoint cat <image> /etc/passwd\n# compose: user: "1000:1000"   (numeric IDs need no passwd entry)\n# Dockerfile: RUN useradd -r ${nameOr(n, 'appuser')}`,
  },
];

const STORAGE_ENTRIES: readonly CatalogEntry[] = [
  {
    // dockerd's log of the overlay2 probe it fell back from (to fuse-overlayfs or vfs); not a start-up failure.
    re: String.raw`(?<![\s\S]{0,4000}(?:failed to start daemon|Error starting daemon)[\s\S]{0,4000})failed to mount overlay: (?<errno>invalid argument|permission denied|no such device|operation not permitted)\s{1,40}storage-driver=(?<n>overlay2?)(?![\s\S]{0,4000}?(?:failed to start daemon|Error starting daemon))`,
    type: errnoLower,
    why: 'The daemon probes overlay2 at start-up and the kernel refused the test mount: /var/lib/docker sits on a file system overlay cannot use as its upper layer (another overlay, as inside a container or a cloud workspace, NFS, or XFS without d_type), or the kernel lacks the overlay module. The daemon then falls back to another driver (fuse-overlayfs, or the slow vfs).',
    fix: 'Put the data root on a file system overlay supports, or install fuse-overlayfs and choose it',
    code: (n) => `docker info --format '{{.Driver}}'   # wanted: ${n}\ndf -T /var/lib/docker\nlsmod | grep overlay\n# /etc/docker/daemon.json: { "storage-driver": "fuse-overlayfs" }`,
  },
  {
    re: String.raw`[Dd]river devicemapper failed to remove root filesystem (?<n>[0-9a-f]{12,64}): devicemapper: Error running DeleteDevice dm_task_run failed`,
    type: 'failed to remove root filesystem',
    why: "docker rm could not delete the container's thin device: the devicemapper thin pool is full or switched to read-only after running out of space (the kernel log shows \"unable to service pool target messages in READ_ONLY or FAIL mode\"), or another process still has the device open.",
    fix: 'Check the thin pool, free or grow it, and move to overlay2',
    code: (n) => `# ${n}\ndocker info | grep -i 'space'\nsudo dmesg | grep -i thin | tail\nsudo lvs\n# /etc/docker/daemon.json: { "storage-driver": "overlay2" }`,
  },
];

const CONTAINERD_ENTRIES: readonly CatalogEntry[] = [
  {
    // containerd's own lines, as journalctl shows them once the "containerd[123]:" prefix is read away.
    re: String.raw`level=error msg="(?:collecting metrics for|get state for|Failed to handle (?:exit|backOff) event [^\n"]{0,600}? for) (?<n>[0-9a-f]{64})"\s{1,4}error="[^"\n]{0,300}?(?<kind>cgroup deleted|context deadline exceeded)`,
    type: (g) => g.kind ?? 'context deadline exceeded',
    why: 'containerd logged that it could not read or clean up a container\'s task: "cgroup deleted" means the container\'s cgroup disappeared before its metrics were read (the container exited or was killed, common and harmless right after a stop); "context deadline exceeded" means the runtime shim did not answer in time (an overloaded node, a container stuck in uninterruptible I/O, a shim that hung).',
    fix: 'Check whether the container still exists and its shim still runs; restart a hung shim\'s container',
    code: (n) => `sudo ctr -n moby task ls | grep ${n.slice(0, 12)}\nps -ef | grep containerd-shim | grep ${n.slice(0, 12)}\nsudo journalctl -u containerd --since "-15m" | grep ${n.slice(0, 12)}`,
  },
];

export const DOCKER_CATALOG14_PATTERNS: readonly ErrorPattern[] = [
  dockerCatalog({
    id: 'docker.compose-services-catalog14',
    tool: 'docker compose',
    category: 'configuration',
    // Above compose v1's closing summary (a wrapper at 0), which names no reason.
    priority: 30,
    entries: COMPOSE_ENTRIES,
    references: REFS.compose,
    requires: /is not running|No container found for|no such service: |is missing a healthcheck configuration|Cannot start service/,
    samples: [
      '$ docker compose exec web bash\nservice "web" is not running container #1',
      '$ docker-compose exec app /source/.travis.setup.sh\nERROR: No container found for app_1',
      'ERROR: for php  Service db is missing a healthcheck configuration',
      'ERROR: for apache  Cannot start service apache: invalid argument\nERROR: Encountered errors while bringing up the project.',
    ],
  }),
  dockerCatalog({
    id: 'docker.runtime-security-catalog14',
    tool: 'the container runtime',
    category: 'permission',
    priority: 30,
    entries: SECURITY_ENTRIES,
    references: [...REFS.security, ...REFS.runtimes],
    requires: /docker-default profile could not be loaded|mountpoint for \w{1,10} not found|OCI Permission denied|Error: OCI runtime error: /,
    samples: [
      'Error response from daemon: AppArmor enabled on system but the docker-default profile could not be loaded: running `/sbin/apparmor_parser apparmor_parser -Kr /var/lib/docker/tmp/docker-default401788521` failed with output: apparmor_parser: Unable to replace "docker-default". Permission denied; attempted to load a profile while confined? error: exit status 243',
      'INFO[0206] [8] System error: mountpoint for cgroup not found',
      'container_linux.go:370:starting container process caused :error adding seccomp filter rule for syscall bdflush:permission denied:OCI Permission denied',
      'Error: OCI runtime error: container_linux.go:380: starting container process caused: error adding seccomp filter rule for syscall bdflush: requested action matches default action of filter',
    ],
  }),
  dockerCatalog({
    id: 'docker.image-references-catalog14',
    tool: 'the Docker daemon',
    category: 'configuration',
    priority: 30,
    entries: IMAGE_ENTRIES,
    references: REFS.images,
    requires: /reference does not exist|getent unable to find entry/,
    samples: [
      'docker save --output python27.tar python:2.7-slim\nError response from daemon: reference does not exist',
      'Error response from daemon: getent unable to find entry "nonroot" in passwd database',
    ],
  }),
  // Above docker.executable-not-found (45), which would answer the fuse-overlayfs fallback line below the overlay one,
  // and docker.devicemapper (30), which names dm_task_run where the removal is what failed.
  dockerCatalog({
    id: 'docker.storage-driver-catalog14',
    tool: 'the Docker daemon',
    category: 'runtime',
    priority: 46,
    entries: STORAGE_ENTRIES,
    references: REFS.storage,
    requires: /failed to mount overlay: |failed to remove root filesystem/,
    samples: [
      'ERRO[2024-11-01T08:56:54.276594325Z] failed to mount overlay: invalid argument     storage-driver=overlay2\nERRO[2024-11-01T08:56:54.277307332Z] exec: "fuse-overlayfs": executable file not found in $PATH  storage-driver=fuse-overlayfs',
      'Error response from daemon: Driver devicemapper failed to remove root filesystem 228f2c2da3de4d5abd3881184aeb330a4c18e4311ecf404e2fb8cd4ffe15e901: devicemapper: Error running DeleteDevice dm_task_run failed',
    ],
  }),
  // Above go.timeout (8): containerd's line is no Go program's error.
  dockerCatalog({
    id: 'docker.containerd-log-catalog14',
    tool: 'containerd',
    category: 'runtime',
    priority: 12,
    entries: CONTAINERD_ENTRIES,
    references: REFS.runtimes,
    requires: /level=error msg="(?:collecting metrics for|get state for|Failed to handle)/,
    samples: [
      'time="2023-11-06T06:08:50.125961402Z" level=error msg="collecting metrics for a8281e795e3a733d6388092b55855a99f39190019af6ed021c535e9504cabe76" error="cgroups: cgroup deleted"',
      'time="2022-10-15T05:19:16.916376143Z" level=error msg="get state for ffc89c8fec9bc464f6e41bb79bc72b250974859444955e1eb02e9183dcf74650" error="context deadline exceeded: unknown"',
    ],
  }),
];
