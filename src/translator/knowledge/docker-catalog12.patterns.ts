import type { ErrorPattern } from '../rules/error-pattern';
import { ref } from './answer-parts';
import { dockerCatalog, errnoLower, nameOr, type CatalogEntry } from './linux-catalog.patterns';

/**
 * A twelfth catalog pass over Docker's messages at run time and around the daemon, as they are really pasted where
 * the earlier passes' wordings miss: the daemon's embedded DNS server failing to reach the upstream resolver
 * ("[resolver] read from DNS server failed", "failed to query external DNS server"), `docker ps` rows of containers
 * that died from a signal ("Exited (139) 7 seconds ago", 143) and compose's "exited with code 143", Docker Desktop's
 * WSL engine that would not start ("running engine: … starting WSL engine: …"), its Windows and macOS diagnostics
 * (a backend process that is not running, the Docker Desktop Service that does not answer), rootless Podman's
 * rootlessport refusing a port below 1024, a bind mount whose source Docker Desktop cannot stat (or the older
 * escaped "bind mount source path does not exist"), and the daemon's own start-up lines cut by systemctl status.
 *
 * One pattern per family of messages (linux-catalog's `catalogPattern`, answered as Docker's): the type is the
 * tool's phrase without the names around it, or the system error it reports (README, docker row); each entry's
 * `n` group is the name the message is about, which the fix repeats.
 */

const DOCS = 'https://docs.docker.com';

const REFS = {
  network: [
    ref('Docker Engine: networking overview (DNS services)', `${DOCS}/engine/network/#dns-services`),
    ref('dockerd reference: daemon configuration file (dns)', `${DOCS}/reference/cli/dockerd/#daemon-configuration-file`),
  ],
  exit: [
    ref('docker container ls (STATUS)', `${DOCS}/reference/cli/docker/container/ls/`),
    ref('docker container stop', `${DOCS}/reference/cli/docker/container/stop/`),
  ],
  desktop: [
    ref('Docker Desktop: troubleshoot and diagnose', `${DOCS}/desktop/troubleshoot-and-support/troubleshoot/`),
    ref('Docker Desktop: WSL 2 backend on Windows', `${DOCS}/desktop/features/wsl/`),
  ],
  mounts: [
    ref('Docker Engine: bind mounts', `${DOCS}/engine/storage/bind-mounts/`),
    ref('Podman: rootless tutorial (ports)', 'https://github.com/containers/podman/blob/main/docs/tutorials/rootless_tutorial.md'),
  ],
  daemon: [
    ref('dockerd reference: daemon configuration file', `${DOCS}/reference/cli/dockerd/#daemon-configuration-file`),
    ref('Docker Engine: troubleshoot the daemon', `${DOCS}/engine/daemon/troubleshoot/`),
  ],
};

/** The network errors Go's resolver client ends the embedded DNS server's log line with. */
const NET_ERRNO = String.raw`i/o timeout|connection refused|no route to host|network is unreachable|no such host|connection reset by peer`;

const RESOLVER_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`\[resolver\] (?:read from DNS server failed|failed to query external DNS server|external DNS [^\n]{0,40}?failed)[^\n]{0,300}?(?:->|dns-server="?(?:udp|tcp):)(?<n>[\w.:\[\]-]{1,80}?)(?::53)?\b[^\n]{0,200}?(?<errno>${NET_ERRNO})`,
    type: (g) => g.errno ?? 'i/o timeout',
    why: "Containers on a user-defined network (and every compose project) ask the daemon's embedded DNS server at 127.0.0.11, which answers container names itself and forwards every other name to the host's resolvers. Here the forwarded query got no answer: the upstream server is unreachable from the container's network namespace (a firewall or fail2ban dropping the bridge's subnet, iptables rules Docker's NAT depends on missing, a VPN that changed the routes), or the host's resolv.conf names a loopback resolver (systemd-resolved's 127.0.0.53) Docker cannot use from inside.",
    fix: "Check that the upstream DNS server answers from a container, and give the daemon one it can reach",
    code: (n) =>
      `docker run --rm busybox nslookup docker.com ${nameOr(n, '8.8.8.8').replace(/:53$/, '')}\niptables-save | grep -i drop | head\n# /etc/docker/daemon.json: { "dns": ["1.1.1.1", "8.8.8.8"] }\nsudo systemctl restart docker`,
  },
];

const EXIT_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`\bExited \((?<kind>139|143)\) [^\n]{1,40}? ago(?:[ \t]{1,200}(?:\S{1,100}[ \t]{2,200})?(?<n>[\w.-]{1,200}))?`,
    type: (g) => (g.kind === '143' ? 'Terminated' : 'segmentation fault'),
    why: "docker ps shows how the container's main process ended: a status above 128 is a signal (128 + its number). 139 is SIGSEGV, a segmentation fault: the program read memory it may not (a native crash, a binary built for another CPU variant, an old glibc image on a kernel without vsyscall emulation); 143 is SIGTERM, what docker stop, compose down or a restart sends first, so a 143 after a stop is a normal shutdown and a surprise one means something else stopped it.",
    fix: 'Look at how the container ended and what its last output was',
    code: (n) =>
      `docker inspect ${nameOr(n, '<container>')} --format '{{.State.ExitCode}} OOMKilled={{.State.OOMKilled}} {{.State.FinishedAt}}'\ndocker logs --tail 50 ${nameOr(n, '<container>')}\ndmesg -T | grep -i segfault | tail`,
  },
  {
    re: String.raw`(?:^|\n)[ \t]{0,8}(?!(?:[Pp]rocess|[Cc]ommand|[Bb]ash|[Ss]cript|[Ss]tep|[Jj]ob|[Tt]ask)\b)(?<n>[\w.-]{1,200}) exited with code 143\b`,
    type: 'Terminated',
    why: "Compose prints a service's container as it exits: 143 is 128 + 15, SIGTERM. Compose (docker compose down, stop, --abort-on-container-exit or --exit-code-from when another service ended) or docker stop sent it, and the process shut down on it; a service that ignores SIGTERM would be killed after the stop timeout (137) instead.",
    fix: 'If nothing stopped the stack on purpose, find what did (another service exiting, an orchestrator, a restart)',
    code: (n) => `docker compose ps -a\ndocker inspect ${n} --format '{{.State.ExitCode}} {{.State.FinishedAt}}'\ndocker compose logs --tail 50 ${n}`,
  },
];

const DESKTOP_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`running engine: [^\n]{0,200}?starting WSL engine: (?<n>[^\n\x60"]{1,400}(?:"[^\n]{0,400})?)`,
    type: 'starting WSL engine',
    why: "Docker Desktop runs its engine in its own WSL 2 distro and could not start it: the step after \"starting WSL engine:\" failed (running wsl-bootstrap exited non-zero, was cancelled, or WSL could not mount the Windows drive or reach its VM). An outdated WSL or its kernel, a disabled Windows Hypervisor Platform or Virtual Machine Platform feature, or the console's \"use legacy console\" setting are the usual causes.",
    fix: 'Update and restart WSL, check the virtualisation features, then start Docker Desktop again',
    code: (n) => `wsl --update\nwsl --shutdown\nwsl -l -v\n# step that failed: ${n}`,
  },
  {
    re: String.raw`listing WSL distros: running WSL command (?<n>wsl\.exe [^\n:]{0,200}(?::\\[^\n:]{0,200})?): [^\n]{1,200}`,
    type: 'Unexpected WSL error',
    why: "Docker Desktop lists the WSL distros (wsl.exe -l -v) before it starts its own, and the command failed or did not answer in time: WSL itself is stuck, not installed, or broken after a Windows update. Docker Desktop shows this under its \"Unexpected WSL error\" dialog.",
    fix: 'Run the same WSL command yourself, restart WSL (or the machine), and update it',
    code: (n) => `${n}\nwsl --shutdown\nwsl --update`,
  },
  {
    re: String.raw`error checking if default wsl distro is running: exec: "(?<n>wsl(?:\.exe)?)": executable file not found in %PATH%`,
    type: 'executable file not found in %PATH%',
    why: 'Docker Desktop runs wsl.exe to check its WSL 2 distros and Windows found no such program: the Windows Subsystem for Linux is not installed (or was removed), or C:\\Windows\\System32 is missing from PATH.',
    fix: 'Install WSL (or restore System32 on PATH) and restart Docker Desktop',
    code: (n) => `where.exe ${n}\nwsl --install\n$Env:PATH -split ';' | Select-String System32`,
  },
  {
    re: String.raw`are the backend processes running\?[\s\S]{0,200}?\*[ \t]{0,4}(?<n>com\.docker\.[\w.-]{1,60}|qemu-system-[\w-]{1,30}|vpnkit[\w.-]{0,30}) is not running`,
    type: (g) => `${g.n ?? 'com.docker.backend'} is not running`,
    why: "Docker Desktop's diagnostics found one of its own processes missing on the Mac: the VM (com.docker.driver, qemu or the virtualization framework), its network proxy (com.docker.vpnkit) or a helper crashed or never started, so the engine is not reachable. The first process named is usually the one the others depend on.",
    fix: 'Quit Docker Desktop completely, start it again, and if it still fails reset it or reinstall',
    code: (n) => `pkill -f 'Docker Desktop'; open -a Docker\n/Applications/Docker.app/Contents/MacOS/com.docker.diagnose check\n# missing: ${n}`,
  },
  {
    re: String.raw`(?<n>com\.docker\.osx\.hyperkit(?:\.linux)?) failed to start(?: exit code \d{1,3})?`,
    type: 'failed to start',
    why: "Docker for Mac's virtual machine (HyperKit) did not start, so there is no engine: its VM image or settings are damaged, another hypervisor holds the CPU's virtualisation, or the helper lacks its privileges after an upgrade.",
    fix: "Reset Docker Desktop to factory defaults (or remove its VM data) and start it again; newer releases replace HyperKit",
    code: (n) => `# ${n}\nrm -rf ~/Library/Containers/com.docker.docker/Data/vms\nopen -a Docker`,
  },
  {
    re: String.raw`is the Docker Desktop Service responding\?[\s\S]{0,200}?failed to ping (?<n>com\.docker\.service)`,
    type: 'Docker Desktop Service is not running',
    why: "Docker Desktop on Windows needs its Windows service (com.docker.service, \"Docker Desktop Service\") to start the engine, and the diagnostics could not reach it: its pipe does not exist, so the service is stopped, disabled or failed to start.",
    fix: 'Start the Docker Desktop Service (and set it to start automatically), then start Docker Desktop',
    code: (n) => `Get-Service ${n}\nStart-Service ${n}\nSet-Service ${n} -StartupType Automatic`,
  },
];

const MOUNT_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`rootlessport:? \\?"?cannot expose privileged port (?<n>\d{1,4})`,
    type: 'permission denied',
    why: 'Rootless Podman publishes ports with rootlessport running as your user, and Linux lets unprivileged users bind only ports from net.ipv4.ip_unprivileged_port_start (1024) up, so a host port below it is refused with "bind: permission denied".',
    fix: 'Publish a host port of 1024 or more, or lower the unprivileged port start',
    code: (n) => `podman run -p 8080:${n} <image>\n# or allow the port for unprivileged users:\nsudo sysctl net.ipv4.ip_unprivileged_port_start=${n}\necho 'net.ipv4.ip_unprivileged_port_start=${n}' | sudo tee /etc/sysctl.d/99-rootless-ports.conf`,
  },
  {
    re: String.raw`invalid mount config for type \\"bind\\": bind (?:mount )?source path does not exist: (?<n>[^\s"\\]{1,400})`,
    type: 'bind source path does not exist',
    why: 'A --mount type=bind (or a swarm service\'s or compose\'s long-syntax bind) names a host path that does not exist on the machine running the daemon; unlike -v, --mount does not create it. With docker-machine, a remote context or swarm, the path must exist on that host or node, not where the CLI runs.',
    fix: 'Create the directory on the daemon\'s host (every node for a service), or fix the path',
    code: (n) => `mkdir -p ${n}\ndocker context ls   # the daemon that needs it`,
  },
  {
    re: String.raw`invalid mount config for type \\?"bind\\?": stat (?<n>[^\n:]{1,400}): (?<errno>[Ii]nput/output error|[Pp]ermission denied|[Oo]peration not permitted|[Tt]ransport endpoint is not connected)`,
    type: errnoLower,
    why: "The daemon could not stat the bind mount's source. Under Docker Desktop the host's files reach its VM through a file share (/run/desktop/mnt/host, /host_mnt), and an input/output error there means the share broke (after sleep, a drive letter Docker Desktop does not share, a mapped network drive, the file-sharing backend restarting); permission denied or not permitted means the share or macOS privacy settings do not give Docker the folder.",
    fix: 'Restart Docker Desktop (or WSL) so the share comes back, and share the folder with it',
    code: (n) => `wsl --shutdown   # Windows; then start Docker Desktop again\n# Settings > Resources > File sharing: add the folder of\n# ${n}`,
  },
];

const DAEMON_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`unable to configure the Docker daemon with file(?: (?<n>/[^\s:]{0,300}))?[ \t]*(?:\n|$)`,
    type: 'unable to configure the Docker daemon with file',
    why: "dockerd refused its configuration file and exited, so docker.service failed; systemctl status cut the line before the reason. The usual reasons are a JSON syntax error in daemon.json (a missing comma, a comment), an option that does not exist, or one set both in daemon.json and as a flag of the unit (hosts with -H fd://).",
    fix: 'Read the whole line in the journal, or let dockerd check the file, then fix it and restart',
    code: (n) => `sudo journalctl -u docker --no-pager | grep 'unable to configure'\nsudo dockerd --validate --config-file ${n.endsWith('.json') ? n : '/etc/docker/daemon.json'}\npython3 -m json.tool /etc/docker/daemon.json`,
  },
  {
    re: String.raw`running prestart hook \d{1,3} caused \\*"fork/exec (?<n>/[^\s:"\\]{1,300})(?: \(deleted\))?: (?<errno>no such file or directory)`,
    type: errnoLower,
    why: "runc runs the daemon's prestart hook (libnetwork's setkey, which calls back into dockerd) before the container starts, and the binary it names is gone: dockerd was upgraded (the package replaced the file) while the old daemon kept running, so its own path now reads \"(deleted)\".",
    fix: 'Restart the Docker daemon so the running binary is the installed one',
    code: (n) => `ls -l ${n}\nsudo systemctl restart docker`,
  },
];

export const DOCKER_CATALOG12_PATTERNS: readonly ErrorPattern[] = [
  // Above Go's timeout and network patterns (go.timeout), which read the upstream query's error as a Go program's.
  dockerCatalog({
    id: 'docker.resolver-catalog12',
    tool: "the Docker daemon's embedded DNS server",
    category: 'network',
    priority: 30,
    entries: RESOLVER_ENTRIES,
    references: REFS.network,
    requires: /\[resolver\] (?:read from DNS server failed|failed to query external DNS server|external DNS)/,
    samples: [
      'Nov  7 00:02:04 local10-stt1-1-prd.local.internal.net dockerd[51586]: time="2018-11-07T00:02:04.920108315Z" level=debug msg="[resolver] read from DNS server failed, read udp 172.18.0.7:45569->10.253.128.235:53: i/o timeout"',
      'time="2024-11-07T16:56:43.364936084Z" level=error msg="[resolver] failed to query external DNS server" client-addr="udp:127.0.0.1:54611" dns-server="udp:127.0.0.11:53" error="read udp 127.0.0.1:54611->127.0.0.11:53: i/o timeout" question=";proxy.local.\\tIN\\t A"',
    ],
  }),
  // Above the CI runner's status line (shell.ci-exit-status-catalog), which reads compose's line as a job's.
  dockerCatalog({
    id: 'docker.exit-status-catalog12',
    tool: 'docker ps / docker compose',
    category: 'runtime',
    priority: 30,
    entries: EXIT_ENTRIES,
    references: REFS.exit,
    requires: /Exited \(1(?:39|43)\) | exited with code 143\b/,
    samples: [
      '91c01eccfdda        tomcat               "catalina.sh run"        About a minute ago   Exited (143) 7 seconds ago                       tomcat',
      'polr exited with code 143',
    ],
  }),
  dockerCatalog({
    id: 'docker.desktop-catalog12',
    tool: 'Docker Desktop',
    category: 'runtime',
    priority: 30,
    entries: DESKTOP_ENTRIES,
    references: REFS.desktop,
    requires: /starting WSL engine: |listing WSL distros: |default wsl distro is running|backend processes running|osx\.hyperkit|Docker Desktop Service responding/,
    samples: [
      'running engine: waiting for the VM setup to be ready: starting WSL engine: bootstrapping in the main distro: running wsl-bootstrap: exit status 0xffffffff',
      '3 : The test: are the backend processes running?\n    Failed with: 3 errors occurred:\n\t* com.docker.vpnkit is not running\n\t* com.docker.driver.amd64-linux is not running',
    ],
  }),
  // Above the fallback's reading of the system error after "bind:" and shell.system-error, which answers the stat's.
  dockerCatalog({
    id: 'docker.mounts-catalog12',
    tool: 'the Docker daemon (mounts and ports)',
    category: 'runtime',
    priority: 30,
    entries: MOUNT_ENTRIES,
    references: REFS.mounts,
    requires: /cannot expose privileged port|invalid mount config for type/,
    samples: [
      "Error: rootlessport cannot expose privileged port 80, you can add 'net.ipv4.ip_unprivileged_port_start=80' to /etc/sysctl.conf (currently 1024), or choose a larger port number (>= 1024): listen tcp 0.0.0.0:80: bind: permission denied",
      'Error response from daemon: invalid mount config for type "bind": stat /run/desktop/mnt/host/c/Users/rober/project: input/output error',
    ],
  }),
  dockerCatalog({
    id: 'docker.daemon-catalog12',
    tool: 'the Docker daemon',
    category: 'runtime',
    priority: 30,
    entries: DAEMON_ENTRIES,
    references: REFS.daemon,
    requires: /unable to configure the Docker daemon with file|running prestart hook/,
    samples: [
      'Dec 31 03:10:03 NAP-CE-LAP-033 docker[10087]: unable to configure the Docker daemon with file /etc/docker/d\nDec 31 03:10:03 NAP-CE-LAP-033 systemd[1]: docker.service: Main process exited, code=exited, status=1/FAILU',
    ],
  }),
];
