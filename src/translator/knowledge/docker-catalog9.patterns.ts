import type { ErrorPattern } from '../rules/error-pattern';
import { ref } from './answer-parts';
import { dockerCatalog, errnoLower, nameOr, type CatalogEntry } from './linux-catalog.patterns';

/**
 * A ninth catalog pass over Docker's messages, from the run, volume, network and Desktop errors people paste where the
 * earlier passes' wordings miss: a start that failed with only "OCI runtime create failed:" left (compose v1's
 * "Cannot start service", ctr's), Podman's older "OCI runtime command not found error" and its API's "OCI runtime
 * error", the entrypoint's "Exec format error" after the platform warning, the daemon's own directories on a
 * read-only file system (also Docker 1.6's libcontainer "System error"), ctr's failed mount of a snapshot, Podman's
 * "slirp4netns failed", a name conflict whose container id was elided, nerdctl's bare "failed to create default
 * network", a swarm task's cut "bind mount source path does not exis…" (and Docker 1.12's "invalid bind mount
 * source"); compose files (PyYAML's scanner error on one line, go-yaml's duplicate "<<" key, compose v1's
 * "configuration key … contains an invalid type" and "must be a mapping not an array", a bare "services must be a
 * mapping"); Docker Desktop's WSL error without its title, Hyper-V's "one of the Hyper-V components is not running"
 * and its VM that "failed to start".
 *
 * One pattern per family of messages (linux-catalog's `catalogPattern`, answered as Docker's): the type is the
 * tool's phrase without the names around it, or the system error it reports (README, docker row); each entry's
 * `n` group is the name the message is about, which the fix repeats.
 */

const DOCS = 'https://docs.docker.com';

const REFS = {
  runtime: [
    ref('docker container run', `${DOCS}/reference/cli/docker/container/run/`),
    ref('Docker Engine: troubleshoot the daemon', `${DOCS}/engine/daemon/troubleshoot/`),
    ref('Podman: troubleshooting', 'https://github.com/containers/podman/blob/main/troubleshooting.md'),
    ref('nerdctl: networking', 'https://github.com/containerd/nerdctl/blob/main/docs/cni.md'),
  ],
  compose: [
    ref('Docker Compose: services top-level element', `${DOCS}/reference/compose-file/services/`),
    ref('Docker Compose: fragments (YAML anchors and merge keys)', `${DOCS}/reference/compose-file/fragments/`),
  ],
  desktop: [
    ref('Docker Desktop: troubleshoot', `${DOCS}/desktop/troubleshoot-and-support/troubleshoot/`),
    ref('Install WSL', 'https://learn.microsoft.com/windows/wsl/install'),
    ref('Enable Hyper-V on Windows', 'https://learn.microsoft.com/virtualization/hyper-v-on-windows/quick-start/enable-hyper-v'),
  ],
};

const RUNTIME_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`(?:Cannot start service (?<n>[\w.-]{1,100})|ctr): OCI runtime create failed:`,
    type: 'OCI runtime create failed',
    why: "The OCI runtime (runc) could not create the container's process: the rest of the line says why (a missing executable or mount source, a kernel feature, a security profile). compose v1 and ctr print runc's message after this prefix; when it was cut off, the service's full error is in `docker compose up` without -d or in the daemon's log.",
    fix: "Read runc's reason after the prefix (run the service in the foreground, or read the daemon's log)",
    code: (n) => `docker compose up ${nameOr(n, '<service>')}   # without -d: the whole message\njournalctl -u docker --since '10 min ago' | grep -i 'runtime create'`,
  },
  {
    re: String.raw`"message":"(?<n>[^"\n]{1,300}): OCI runtime error"`,
    type: 'OCI runtime error',
    why: "Podman's API service asked the OCI runtime (crun or runc) to start the container and it refused; the message before the suffix is the runtime's reason (\"args must not be empty\": the container has neither a command nor an entrypoint).",
    fix: 'Give the container a command (or an entrypoint), then start it again',
    code: (n) => `# ${n}\npodman inspect --format '{{.Config.Cmd}} {{.Config.Entrypoint}}' <container>\npodman run <image> <command>`,
  },
  {
    re: String.raw`Error: executable file (?:\x60(?<n>[^\x60\n]{1,200})\x60 )?not found in \$PATH: No such file or directory: OCI runtime command not found error`,
    type: 'executable file not found in $PATH',
    why: "Podman's OCI runtime (crun) found no file for the container's command in the image's PATH: the command is misspelt, the image does not have that program, or the image's own entrypoint was overridden by a command it cannot run.",
    fix: "Run a command the image has (or the image's default command)",
    code: (n) => `podman run --rm --entrypoint sh <image> -c 'command -v ${nameOr(n, '<command>')}; echo $PATH'\npodman image inspect --format '{{.Config.Entrypoint}} {{.Config.Cmd}}' <image>`,
  },
  {
    re: String.raw`does not match the detected host platform[^\n]{0,200}\n(?:[^\n]{0,300}\n){0,3}?Error while loading (?<n>\S{1,300}): Exec format error`,
    type: 'exec format error',
    why: "The image is built for another CPU architecture than this host (the warning names both), and no emulator is registered for it, so the kernel cannot execute the container's first program.",
    fix: 'Use an image for this architecture, or register QEMU emulators (binfmt) for the other one',
    code: (n) => `docker run --privileged --rm tonistiigi/binfmt --install all\ndocker image inspect --format '{{.Os}}/{{.Architecture}}' <image>   # ${n}`,
  },
  {
    re: String.raw`Code: System error\s{1,10}Message: (?:open|mkdir|write) (?<n>\S{1,400}): (?<errno>read-only file system|permission denied|no such file or directory)`,
    type: errnoLower,
    why: "Docker 1.6's libcontainer could not prepare the container's root file system: the file system under /var/lib/docker became read-only (the kernel remounts a file system read-only after I/O errors), or a storage driver's device failed.",
    fix: "Check the disk and the file system under Docker's data directory, then restart the daemon",
    code: (n) => `mount | grep -E '/var/lib/docker| / '\ndmesg | grep -iE 'read-only|I/O error|ext4|xfs'\n# ${n}`,
  },
  {
    re: String.raw`Error response from daemon: (?:mkdir|open) (?<n>\S{1,400}): (?<errno>read-only file system)`,
    type: errnoLower,
    why: "The daemon could not create its own working directory (a build's temporary directory under /var/lib/docker/tmp) because the file system holding Docker's data is read-only: the kernel remounted it after disk errors, or a VM's disk (docker-machine, Boot2Docker) is full or broken.",
    fix: "Find why the file system is read-only (disk errors, a full VM disk), repair it, then restart Docker",
    code: (n) => `findmnt -T ${n.replace(/\/tmp\/.*$/, '')}   # "ro" among the options?\ndmesg | grep -iE 'read-only|I/O error'\nsudo systemctl restart docker`,
  },
  {
    re: String.raw`ctr: failed to mount (?<n>\S{1,300}): (?<errno>no such file or directory|read-only file system|permission denied|no such device)`,
    type: errnoLower,
    why: "ctr mounts the image's snapshot into a temporary directory on the machine where it runs, and that directory or the snapshot's paths are not there: ctr runs in another container or mount namespace than containerd (a pod with the socket mounted), or containerd runs with a relative --root, so the paths it returns do not exist (or are read-only) for ctr.",
    fix: 'Run ctr in the same mount namespace as containerd (on the host), with containerd started on absolute paths',
    code: (n) => `# ${n}\nsudo ctr --address /run/containerd/containerd.sock run --rm docker.io/library/busybox:latest t echo ok\ncontainerd --root /var/lib/containerd --state /run/containerd   # absolute paths`,
  },
  {
    re: String.raw`Error: (?<n>\S{0,300}?)slirp4netns failed`,
    type: 'slirp4netns failed',
    why: "Rootless Podman gives each container its network through slirp4netns, and that helper failed to start or to set up the namespace: an old slirp4netns (0.2/0.3 from a distribution or a PPA) that Podman no longer supports, one without the features Podman asks for, or a kernel that does not allow unprivileged user namespaces.",
    fix: 'Install a current slirp4netns (or use pasta), and check that user namespaces are enabled',
    code: () => `slirp4netns --version\npodman info --format '{{.Host.Slirp4NetNS.Version}}'\npodman --log-level=debug run --rm alpine true\nsysctl user.max_user_namespaces`,
  },
  {
    re: String.raw`Conflict\. The container name "(?<n>[^"\n]{1,200})" is already in use by container "[0-9a-f]{1,64}\.{2,10}"`,
    type: 'Conflict (container name in use)',
    why: 'A container with this name already exists (running or stopped: `docker run --name` does not replace it), so the daemon refuses to create another one by the same name.',
    fix: 'Remove (or rename) the old container, or start it instead of creating a new one',
    code: (n) => `docker ps -a --filter name=${n.replace(/^\//, '')}\ndocker rm -f ${n.replace(/^\//, '')}   # or: docker start ${n.replace(/^\//, '')}`,
  },
  {
    re: String.raw`failed to verify networking settings: failed to create default network(?!:)`,
    type: 'failed to create default network',
    why: "nerdctl creates its default bridge network on the first run that needs it, and could not: the CNI plugins are missing or too old, another network already uses its subnet (10.4.0.0/24), or a configuration in /etc/cni/net.d is invalid. nerdctl versions before 2.0 do this even when --network names another network.",
    fix: 'Install current CNI plugins and create the default network, or remove the conflicting network',
    code: () => `ls /opt/cni/bin   # bridge, portmap, firewall, tuning...\nnerdctl network ls\nsudo nerdctl network create bridge   # or remove the network using 10.4.0.0/24`,
  },
  {
    re: String.raw`\d{1,4}/\d{1,4}: invalid mount config for type "bind": bind (?:mount )?source path does not exi|invalid bind mount source, (?:source path not found: (?<n>[^"\s]{1,300})|so…)`,
    type: 'bind source path does not exist',
    why: "A swarm service's bind mount is made on the node that runs the task, and that node has no such path: a bind source must exist on every node the task can be scheduled on (docker stack deploy does not create it, unlike docker run -v).",
    fix: 'Create the directory on every node (or constrain the service to the node that has it), or use a volume',
    code: (n) => `docker service ps --no-trunc <service>   # the full message and the node\nssh <node> sudo mkdir -p ${nameOr(n, '<path>')}\n# deploy: { placement: { constraints: [node.hostname == <node>] } }`,
  },
];

const COMPOSE_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`yaml\.scanner\.ScannerError: (?<kind>(?!while )[^\n]{1,200}?) in "(?<n>[^"\n]{0,300}?compose[^"\n]{0,100})", line \d{1,6}`,
    type: (g) => (g.kind ?? 'mapping values are not allowed here').trim(),
    why: "docker-compose v1 read the compose file with PyYAML, which stopped at the line and column shown: the file is not valid YAML there (a missing space after a colon, a colon in an unquoted value, a tab, or an HTML page saved instead of the raw file).",
    fix: 'Fix the YAML at the line and column shown, or download the raw compose file again',
    code: (n) => `docker-compose -f ${n} config   # validates the file\nhead -5 ${n}   # an HTML page instead of YAML?`,
  },
  {
    re: String.raw`compose[^\n]{0,200}?mapping key "(?<n>[^"\n]{1,100})" already defined at line \d{1,6}`,
    type: 'mapping key already defined',
    why: 'Compose v2 parses YAML strictly: a mapping may not have the same key twice, and that includes two merge keys (<<: *a and <<: *b) in one service, which older compose versions accepted.',
    fix: 'Merge the anchors in one key (<<: [*a, *b]), or remove the duplicate key',
    code: (n) => (n === '<<' ? `# instead of\n#   <<: *default\n#   <<: *logging\n# write\n#   <<: [*default, *logging]` : `grep -n '${n}:' docker-compose.yml`),
  },
  {
    re: String.raw`Service '(?<n>[^'\n]{1,100})' configuration key '(?<kind>[^'\n]{1,100})'(?: '\d{1,4}')? contains an invalid type, it should be`,
    type: 'contains an invalid type',
    why: 'docker-compose v1 validated the file against its schema and a value has the wrong type: port mappings must be strings ("8080:80") or numbers, and ":80" or a bare mapping is not accepted.',
    fix: 'Quote port mappings as strings in a list',
    code: (n) => `# ${n}:\n#   ports:\n#     - "8080:80"`,
  },
  {
    re: String.raw`In file '(?<kind>[^'\n]{1,300})', service '(?<n>[^'\n]{1,100})' must be a mapping not an? (?:array|string)`,
    type: 'contains an invalid type',
    why: "docker-compose v1 found a key where a service should be: under services (or at the top level of a version 1 file) every entry must be a mapping, so a key indented one level too far out (environment: beside the services) is read as a service.",
    fix: 'Indent the key under the service it belongs to',
    code: (n) => `# services:\n#   app:\n#     ${n}:\n#       - KEY=value`,
  },
  {
    re: String.raw`(?:^|\n)services must be a mapping`,
    type: 'contains an invalid type',
    why: 'Compose found services: without a mapping under it: the services are not indented under the key, or services: is empty (some compose versions reject an empty services section).',
    fix: 'Indent the services under services: (or write services: {} when there are none)',
    code: () => `docker compose config   # shows where the file goes wrong\n# services:\n#   web:\n#     image: nginx`,
  },
];

const DESKTOP_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`[Aa]n unexpected error was encountered while executing a (?:WSL|wsl) command`,
    type: 'Unexpected WSL error',
    why: 'Docker Desktop ran a wsl.exe command to start its WSL 2 distributions and it failed: WSL is not installed or not enabled (the Virtual Machine Platform feature, virtualization in the BIOS), WSL is stuck after sleep, or access rights changed (not connected to the domain).',
    fix: 'Shut WSL down and start Docker Desktop again; install or update WSL if it is missing',
    code: () => `wsl --status\nwsl --shutdown\nwsl --update\n# as administrator, if WSL is missing: wsl --install`,
  },
  {
    re: String.raw`failed to start the virtual machine '(?<n>[^'\n]{1,100})' because one of the Hyper-V components is not running`,
    type: 'one of the Hyper-V components is not running',
    why: "Docker Desktop's Hyper-V backend asked the Virtual Machine Management Service to start its VM, and the hypervisor is not running: it is disabled in the boot configuration (hypervisorlaunchtype off, often after another virtualizer), or virtualization is off in the BIOS.",
    fix: 'Enable the hypervisor at boot (and Hyper-V), then restart Windows',
    code: (n) => `# as administrator:\nbcdedit /set hypervisorlaunchtype auto\ndism.exe /Online /Enable-Feature:Microsoft-Hyper-V /All\n# then reboot and start Docker Desktop (${n})`,
  },
  {
    re: String.raw`job failed with message: '(?<n>DockerDesktopVM|MobyLinuxVM)' failed to start`,
    type: 'failed to start',
    why: "Docker Desktop's Hyper-V backend could not start its VM: Hyper-V refused it (the hypervisor is not running, not enough memory for the VM's setting, or a broken VM after an update).",
    fix: "Start the VM in Hyper-V Manager to see Hyper-V's own reason, or switch Docker Desktop to the WSL 2 backend",
    code: (n) => `Get-VM ${n} | Start-VM   # Hyper-V's reason\nbcdedit /enum | findstr hypervisorlaunchtype`,
  },
];

export const DOCKER_CATALOG9_PATTERNS: readonly ErrorPattern[] = [
  // Above docker.exec-format-error and docker.no-matching-manifest (45) and docker.emulated-exec-format (46), which
  // answer the platform warning alone; above Go's file errors (go.file-open, 6) that the daemon's lines look like.
  dockerCatalog({
    id: 'docker.runtime-catalog9',
    tool: 'the container runtime',
    category: 'runtime',
    priority: 47,
    entries: RUNTIME_ENTRIES,
    references: REFS.runtime,
    requires:
      /OCI runtime create failed:|: OCI runtime error"|OCI runtime command not found error|Error while loading |Code: System error|read-only file system|ctr: failed to mount |slirp4netns failed|is already in use by container|failed to verify networking settings|invalid mount config for type|invalid bind mount source/,
    samples: [
      'ERROR: for be  Cannot start service be: OCI runtime create failed:',
      'Error: executable file not found in $PATH: No such file or directory: OCI runtime command not found error',
      'Error response from daemon: mkdir /var/lib/docker/tmp/docker-builder125433410: read-only file system',
      'ctr: failed to mount /tmp/containerd-mount2119209094: no such file or directory',
    ],
  }),
  // Above docker.compose-invalid-type and docker.compose-yaml (30), which answer the same file's other wordings.
  dockerCatalog({
    id: 'docker.compose-catalog9',
    tool: 'docker compose',
    category: 'configuration',
    priority: 31,
    entries: COMPOSE_ENTRIES,
    references: REFS.compose,
    requires: /yaml\.scanner\.ScannerError: |already defined at line|contains an invalid type|must be a mapping/,
    samples: [
      'ERROR: Validation failed in file \'./docker-compose.yml\', reason(s):\nService \'drush\' configuration key \'ports\' \'0\' contains an invalid type, it should be a number',
      "ERROR: In file '.\\docker-compose.dev.yml', service 'environment' must be a mapping not an array.",
    ],
  }),
  // Below docker.desktop-wsl (36), which answers the dialog's title and a Wsl/… code in its details.
  dockerCatalog({
    id: 'docker.desktop-catalog9',
    tool: 'Docker Desktop',
    category: 'configuration',
    priority: 35,
    entries: DESKTOP_ENTRIES,
    references: REFS.desktop,
    requires: /executing a (?:WSL|wsl) command|Hyper-V components is not running|' failed to start/,
    samples: [
      'An unexpected error was encountered while executing a WSL command. Common causes include access rights issues, which occur after waking the computer or not being connected to your domain/active directory.',
      "The Virtual Machine Management Service failed to start the virtual machine 'DockerDesktopVM' because one of the Hyper-V components is not running",
    ],
  }),
];
