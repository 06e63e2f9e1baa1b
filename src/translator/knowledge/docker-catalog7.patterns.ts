import type { ErrorPattern } from '../rules/error-pattern';
import { ref } from './answer-parts';
import { catalogPattern, dockerCatalog, errnoLower, type CatalogEntry } from './linux-catalog.patterns';

/**
 * A seventh catalog pass over Docker's messages, from the tools around the Docker CLI: nerdctl's and ctr's
 * fatal lines (containerd's content store, a missing resolv.conf, nerdctl compose), Podman's and
 * podman-compose's (a build step, a registry behind "initializing source", containers it cannot find, crun's
 * OCI errors, netavark, podman machine's QEMU), buildx bake's definition errors and emulated builds (QEMU
 * crashing under binfmt_misc), the daemon refusing a request body, an ssh:// context whose dial-stdio failed,
 * Docker Desktop's WSL integration, distro deployment and macOS diagnostics, rootless Docker's RootlessKit
 * network driver, compose's "exited with code 139/137" lines, registry logins in CI output (an older CLI's "login
 * attempt … failed", GitLab's "access forbidden"), compose v1's schema, buildx's missing endpoint, and docker-py's
 * APIError around a daemon error
 * (Python's exception, README: another tool's error inside a program's exception is the program's).
 *
 * One pattern per family of messages (linux-catalog's `catalogPattern`, answered as Docker's): the type is the
 * tool's phrase without the names around it, or the system error it reports (README, docker row); each entry's
 * `n` group is the name the message is about, which the fix repeats.
 */

const DOCS = 'https://docs.docker.com';

const REFS = {
  containerd: [
    ref('nerdctl: command reference', 'https://github.com/containerd/nerdctl/blob/main/docs/command-reference.md'),
    ref('containerd: getting started (ctr)', 'https://github.com/containerd/containerd/blob/main/docs/getting-started.md'),
  ],
  podman: [
    ref('Podman: commands', 'https://docs.podman.io/en/latest/Commands.html'),
    ref('podman machine start', 'https://docs.podman.io/en/latest/markdown/podman-machine-start.1.html'),
    ref('podman-compose', 'https://github.com/containers/podman-compose'),
  ],
  build: [
    ref('Docker Build: Bake file reference', `${DOCS}/build/bake/reference/`),
    ref('Docker Build: Multi-platform builds (QEMU)', `${DOCS}/build/building/multi-platform/#qemu`),
    ref('tonistiigi/binfmt', 'https://github.com/tonistiigi/binfmt'),
  ],
  engine: [
    ref('Docker Engine API', `${DOCS}/reference/api/engine/`),
    ref('Docker contexts (ssh://)', `${DOCS}/engine/manage-resources/contexts/`),
    ref('Docker Engine: devicemapper storage driver', `${DOCS}/engine/storage/drivers/device-mapper-driver/`),
    ref('Docker Compose: docker compose up', `${DOCS}/reference/cli/docker/compose/up/`),
  ],
  desktop: [
    ref('Docker Desktop: WSL 2 backend', `${DOCS}/desktop/features/wsl/`),
    ref('Docker Desktop: Troubleshoot', `${DOCS}/desktop/troubleshoot-and-support/troubleshoot/`),
    ref('Rootless mode', `${DOCS}/engine/security/rootless/`),
  ],
  dockerPy: [
    ref('Docker SDK for Python: errors', 'https://docker-py.readthedocs.io/en/stable/api.html#module-docker.errors'),
    ref('Docker Engine API', `${DOCS}/reference/api/engine/`),
  ],
};

const CONTAINERD_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`(?:ctr: |FATA\[\d{4}\] )(?:rpc error: code = NotFound desc = )?content digest (?<n>sha256:[0-9a-f]{12,64}): not found`,
    type: 'content digest not found',
    why: "containerd's content store lacks a blob the image refers to: the archive being imported holds only one platform of a multi-platform index (docker save and ctr export keep the index, not the other platforms' layers), or an image was exported from one namespace and is read in another, or a pull was interrupted and left the index without its layers.",
    fix: 'Import the archive for the platform it holds (or all of them), in the namespace that uses it',
    code: (n) => `# missing: ${n}\nctr -n k8s.io images import --platform linux/amd64 image.tar   # or --all-platforms when the archive has them\nnerdctl load --platform linux/amd64 -i image.tar\n# export with the platforms you need: ctr images export --platform linux/amd64 image.tar <ref>`,
  },
  {
    re: String.raw`FATA\[\d{4}\] error while creating container (?<n>[\w.-]{1,200}): exit status \d{1,3}`,
    type: 'error while creating container',
    why: "nerdctl compose runs nerdctl create (or run) for each service and only reports that it failed: the reason is what that command printed (a missing bind-mount source, an unknown runtime, a network_mode like container:<name> nerdctl compose cannot create), which older nerdctl compose versions hide.",
    fix: "Run the service's container with nerdctl directly (or compose with --debug-full) to see the underlying error",
    code: (n) => `nerdctl --debug-full compose up   # the failing service: ${n}\nnerdctl compose config          # what nerdctl compose will create\nnerdctl run --rm <the service's image>`,
  },
  {
    re: String.raw`FATA\[\d{4}\] (?:open|stat) (?<n>/[^\s:]{1,300}): (?<errno>no such file or directory|permission denied)`,
    type: errnoLower,
    why: "nerdctl stopped before creating the container because a host file it copies into it is missing: with 127.0.0.53 (systemd-resolved's stub) in /etc/resolv.conf it reads /run/systemd/resolve/resolv.conf, which does not exist when systemd-resolved is stopped; other paths are nerdctl's data or state directories.",
    fix: 'Provide the file nerdctl reads (start systemd-resolved, or give DNS servers explicitly), or upgrade nerdctl, which falls back to defaults',
    code: (n) => `ls -l ${n}\nsudo systemctl start systemd-resolved     # provides /run/systemd/resolve/resolv.conf\nnerdctl run --dns 1.1.1.1 ...               # or name DNS servers explicitly`,
  },
  {
    re: String.raw`open (?<n>/\S{1,300}): (?<errno>no such file or directory): OCI runtime command not found error`,
    type: errnoLower,
    why: "The OCI runtime (Kata's agent here, run by Podman) could not open a file it expects inside the sandbox, and Podman reported the failure as a runtime error: the parent directory of that file was never created in the VM (a Kata bug fixed in newer agents), not a command missing from the image.",
    fix: 'Upgrade the runtime (kata-containers), or run the container with the default runtime (crun/runc)',
    code: (n) => `# missing in the sandbox: ${n}\npodman run --runtime crun ...\nkata-runtime --version`,
  },
];

const PODMAN_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`Error: (?:error )?building at STEP "(?<n>[^"\n]{1,300})": (?:error )?while running runtime: exit status (?<kind>\d{1,3})`,
    type: 'building at STEP',
    why: "Podman's builder (Buildah) ran the Dockerfile's RUN command and it exited with a non-zero status: the command's own output above this line says why (a package that failed to install, a test, a script's exit). It is Podman's form of the classic builder's \"returned a non-zero code\".",
    fix: 'Read the output of the failing RUN step above, and run it in the image by hand',
    code: (n) => `# failing step: ${n}\npodman run --rm -it <image built up to the previous step> sh\npodman build --layers --log-level=debug .`,
  },
  {
    re: String.raw`Error: initializing source (?<n>\S{1,300}): [^\n]{0,400}?(?<errno>requested access to the resource is denied|connection refused|no such host|i/o timeout)`,
    type: (g) => g.errno ?? 'requested access to the resource is denied',
    why: "Podman (containers/image) could not open the image at the registry. \"requested access to the resource is denied\" means the repository does not exist or is private and no valid login was sent; a network error (a refused DNS query, an unknown host, a timeout) means the registry or the DNS server could not be reached from this machine.",
    fix: 'Check the image reference and the login for its registry, and that the registry resolves from this machine',
    code: (n) => `podman pull ${n}\npodman login <registry>\ngetent hosts <registry host>   # DNS: /etc/resolv.conf, a VPN, a proxy`,
  },
  {
    re: String.raw`Error: (?:unable to find container [^\n:]{1,200}: )?no container with name or ID "?(?<n>[^\s"]{1,200})"? found: no such container`,
    type: 'no such container',
    why: "Podman has no container by that name or ID for this user: it was never created (a podman-compose up whose create step failed above), it was removed, or it belongs to the other storage (root's containers are not a rootless user's, and the reverse).",
    fix: 'List the containers Podman has for this user, and look above for the create error',
    code: (n) => `podman ps -a --filter name=${n}\nsudo podman ps -a   # root's containers are separate from a rootless user's`,
  },
  {
    re: String.raw`depends on container (?<n>[0-9a-f]{12,64}) not found in input list: no such container`,
    type: 'no such container',
    why: "Podman builds a dependency graph of the containers to start (podman-compose's depends_on becomes --requires) and a container it depends on no longer exists: it was removed or re-created with a new ID while the dependent container kept the old one.",
    fix: 'Recreate the project so that the containers refer to each other by their current IDs',
    code: (n) => `podman inspect ${n}\npodman-compose down && podman-compose up -d`,
  },
  {
    re: String.raw`Error: non zero exit code: (?<n>\d{1,3}): OCI runtime error`,
    type: 'OCI runtime error',
    why: "podman exec ran the command through the OCI runtime (crun) and the runtime failed: with older crun versions it could not join the container's cgroup or namespaces (rootless Podman on cgroup v2), and it reported the failure as the command's exit code.",
    fix: 'Upgrade crun (and Podman), and run the exec with debug logs to see the runtime error',
    code: (n) => `podman --log-level=debug exec <container> true   # exit code ${n}\ncrun --version`,
  },
  {
    re: String.raw`(?<n>[^\n]{0,300}?): No such file or directory: OCI not found`,
    type: 'OCI not found',
    why: "crun could not find a path while creating the container: a cgroup v1 controller hierarchy it writes to does not exist (net_prio,net_cls on a distribution that does not mount it), or a file of the bundle is missing. runc, which skips the missing controller, may work where crun fails.",
    fix: 'Check the path crun names; switch to cgroup v2 or use runc for this host',
    code: (n) => `# ${n}\nmount | grep cgroup\npodman run --runtime runc ...`,
  },
  {
    re: String.raw`Error: qemu exited unexpectedly with exit code (?<n>-?\d{1,3})`,
    type: 'qemu exited unexpectedly',
    why: "podman machine started its Linux VM with QEMU and QEMU exited at once: an x86_64 QEMU installed under Rosetta on Apple silicon, a QEMU upgrade the machine image does not support, a second QEMU still holding the machine's PID file, or the machine's ignition file missing (the stderr after this line says which).",
    fix: "Read QEMU's stderr, stop any QEMU left running, and recreate the machine if its files are gone",
    code: (n) => `# qemu exit code ${n}\npkill -f qemu-system   # a QEMU still running holds the PID file\npodman machine rm podman-machine-default && podman machine init && podman machine start\nfile "$(which qemu-system-aarch64)"   # Apple silicon: must be arm64, not x86_64`,
  },
  {
    re: String.raw`Starting machine "(?<n>[\w.-]{1,100})"\n(?:[^\n]{0,200}\n){0,3}?Error: EOF\b`,
    type: 'EOF',
    why: "podman machine lost the connection to the VM while waiting for it to boot: the VM's QEMU (or vfkit/applehv) crashed or hung, often an emulator of the wrong architecture (x86_64 QEMU under Rosetta on Apple silicon).",
    fix: 'Start the machine with debug logs, and check that the emulator matches the Mac',
    code: (n) => `podman machine start --log-level=debug ${n}\npodman machine inspect ${n}`,
  },
  {
    re: String.raw`netavark: unable to append rule '(?<n>[^'\n]{1,200})' to table '(?<kind>\w{1,20})'`,
    type: 'unable to append rule',
    why: "Podman's network backend (netavark) could not add its firewall rule: the iptables in use does not match the kernel's netfilter (iptables-legacy against nf_tables, a missing kernel module such as ip6table_nat), or another firewall owns the chain.",
    fix: 'Make netavark and the kernel agree on the firewall: load the missing modules, or switch netavark to the nftables driver',
    code: (n) => `# rule: ${n}\nsudo modprobe ip6table_nat iptable_nat\n# /etc/containers/containers.conf\n[network]\nfirewall_driver = "nftables"`,
  },
  {
    re: String.raw`netavark: (?<errno>No such file or directory) \(os error 2\)`,
    type: errnoLower,
    why: 'netavark runs the iptables (or ip6tables) command to set up the container network and the command is not installed: minimal hosts and Debian packages that do not pull iptables in.',
    fix: 'Install iptables (or configure netavark to use nftables)',
    code: (n) => `sudo apt-get install iptables   # ${n}\n# or /etc/containers/containers.conf: [network] firewall_driver = "nftables"`,
  },
  {
    re: String.raw`cannot open \x60(?<n>[^\x60\n]{1,300}exec\.fifo)\x60: (?<errno>No such file or directory)`,
    type: errnoLower,
    why: "crun start could not open the exec FIFO of a container it created moments before: the container's runtime state was removed in between (a second podman-compose down/up racing the first, a runtime directory under /run/user cleaned at logout).",
    fix: 'Bring the project down completely, then up again; keep the user session alive for rootless containers',
    code: (n) => `# ${n}\npodman-compose down && podman-compose up -d\nloginctl enable-linger "$USER"`,
  },
];

const BUILD_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`(?<n>[\w./-]{0,200}\.(?:hcl|json)):\d{1,5},\d{1,5}-\d{1,5}: (?<kind>[A-Z][a-z]{1,20}(?: [a-z]{1,20}){0,6});`,
    type: (g) => g.kind ?? 'Invalid block definition',
    why: "buildx bake could not read the bake file: the HCL (or JSON) parser stopped at the line and column shown, with its diagnostic's summary (an argument written like a block, a value of the wrong type, a variable used where a list is expected).",
    fix: 'Fix the bake file at the line shown, then check the result with --print',
    code: (n) => `docker buildx bake -f ${n} --print`,
  },
  {
    re: String.raw`cannot parse bake definitions: (?:ERROR: )?(?<n>[^\n]{1,200})`,
    type: 'cannot parse bake definitions',
    why: "docker/bake-action asked buildx for the bake definition (--print) and buildx failed to read the files: a bake file or the metadata-action's generated JSON it was given cannot be parsed by this buildx version (an EOF from a buildx release with a parsing bug, a file that is not a bake file).",
    fix: 'Print the definition locally with the same files and buildx version, or pin buildx to a version that reads them',
    code: (n) => `docker buildx bake -f docker-bake.hcl -f docker-metadata-action-bake.json --print   # ${n}\n# docker/setup-buildx-action: with: version: v0.19.1`,
  },
  {
    re: String.raw`\[internal\] load local bake definitions[\s\S]{0,800}?ERROR: read (?<n>\S{1,300}): (?<errno>is a directory|no such file or directory)`,
    type: (g) => g.errno ?? 'is a directory',
    why: "buildx bake reads every file given with -f (or the source of bake-action) as a bake definition, and one of them is a directory or does not exist: a path such as \".\" passed where a file was meant.",
    fix: 'Give bake the definition files themselves',
    code: (n) => `# not a file: ${n}\ndocker buildx bake -f docker-bake.hcl --print`,
  },
  {
    re: String.raw`installing: (?<n>[\w-]{1,30}) cannot write to /proc/sys/fs/binfmt_misc/register: write /proc/sys/fs/binfmt_misc/register: (?<errno>invalid argument|file exists|permission denied|operation not permitted)`,
    type: errnoLower,
    why: "tonistiigi/binfmt could not register the QEMU emulator with the kernel's binfmt_misc: the kernel is too old for the flags it uses (fix-binary needs 4.8 or later), an emulator for that format is already registered, or the container is not privileged.",
    fix: 'Run the installer privileged on a recent kernel, after removing emulators registered by the distribution',
    code: (n) => `uname -r   # 4.8 or later\ndocker run --privileged --rm tonistiigi/binfmt --uninstall qemu-*\ndocker run --privileged --rm tonistiigi/binfmt --install ${n}`,
  },
];

/** QEMU crashing in an emulated build step: only inside a docker build (make running qemu-arm is no Docker error). */
const EMULATION_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`qemu: uncaught target signal (?<n>\d{1,2}) \((?<kind>Segmentation fault|Illegal instruction|Bus error|Aborted)\)`,
    type: (g) => (g.kind ?? 'Segmentation fault').toLowerCase(),
    why: 'The step runs under emulation (a build for another platform on this machine, through QEMU registered with binfmt_misc), and the emulated program crashed inside QEMU: QEMU user-mode versions have bugs with some programs (glibc triggers in libc-bin, Node.js, Java), which a native build or another QEMU version does not show.',
    fix: 'Update (or pin) the QEMU emulators, or build that platform natively',
    code: (n) => `# signal ${n}\ndocker run --privileged --rm tonistiigi/binfmt --uninstall qemu-*\ndocker run --privileged --rm tonistiigi/binfmt:qemu-v7.0.0-28 --install all\n# or a native runner / builder node: docker buildx create --append --name multi ssh://arm64-host`,
  },
  {
    re: String.raw`(?<n>[\w-]{1,40})-binfmt-P: QEMU internal SIG(?<kind>SEGV|ILL|BUS|ABRT)`,
    type: (g) => ({ SEGV: 'segmentation fault', ILL: 'illegal instruction', BUS: 'bus error', ABRT: 'aborted' })[g.kind ?? 'SEGV'] ?? 'segmentation fault',
    why: "The step runs under QEMU user-mode emulation (binfmt_misc's handler for the target platform), and QEMU itself crashed while emulating the program: a QEMU bug, not the program's. Newer or older QEMU emulators, or a native builder, avoid it.",
    fix: 'Update (or pin) the QEMU emulators, or build that platform natively',
    code: (n) => `# emulator: ${n}\ndocker run --privileged --rm tonistiigi/binfmt --install all\ndocker buildx ls   # a native node for the platform avoids emulation`,
  },
];

const ENGINE_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`Error response from daemon: json: cannot unmarshal (?<kind>\w{1,20}) into Go (?:value|struct field) (?<n>[^\n]{1,200})`,
    type: 'cannot unmarshal',
    why: "The daemon could not decode the JSON body of the API request: the client sent a field of the wrong type (a list where the API expects a string, a string where it expects a number or an object). The client (a script, an SDK, an old tool) is built for another API version or passes its arguments wrongly.",
    fix: "Check the request the client sends against the Engine API, and upgrade the client or pin the API version it speaks",
    code: (n) => `# field: ${n}\ndocker version --format '{{.Server.APIVersion}}'\nexport DOCKER_API_VERSION=1.41   # a client built for an older API`,
  },
  {
    re: String.raw`command \[(?<n>ssh [^\]\n]{1,300}) docker system dial-stdio\] has exited with exit status \d{1,3}`,
    type: 'Cannot connect to the Docker daemon',
    why: "The CLI reaches an ssh:// host (a docker context, DOCKER_HOST) by running ssh with `docker system dial-stdio` on the remote, and that ssh command failed: the connection was refused or reset (a firewall, MaxStartups when many connections are opened at once), authentication failed without an agent, or docker is not on the remote user's PATH.",
    fix: 'Run the same ssh command yourself, and make the connection reusable',
    code: (n) => `${n} docker system dial-stdio   # must connect and wait\n# ~/.ssh/config: ControlMaster auto, ControlPath ~/.ssh/cm-%r@%h:%p, ControlPersist 10m\n# remote sshd_config: MaxStartups 30`,
  },
  {
    re: String.raw`Error response from daemon: mkdir (?<n>/\S{1,300}): (?<errno>invalid argument)`,
    type: errnoLower,
    why: "The daemon could not create the container's directory in its storage: the overlay storage driver on a backing file system that does not support it (XFS without d_type, a filesystem on top of another overlay, an old kernel's overlay with xfs).",
    fix: "Check the storage driver and its backing file system, and move Docker's data to a supported one",
    code: (n) => `# ${n}\ndocker info | grep -A3 'Storage Driver'\nxfs_info /var/lib/docker | grep ftype   # must be ftype=1`,
  },
  {
    re: String.raw`Error running deviceCreate \((?<n>\w{1,40})\) dm_task_run failed`,
    type: 'dm_task_run failed',
    why: "The devicemapper storage driver could not create a thin device for the layer or container: the thin pool is full (data or metadata), or its loopback files are corrupt. devicemapper is deprecated; overlay2 does not have this failure.",
    fix: 'Check the thin pool, free or grow it, or move to overlay2',
    code: (n) => `# ${n}\ndocker info | grep -i 'data space\\|metadata space'\nsudo lvs\n# /etc/docker/daemon.json: { "storage-driver": "overlay2" }`,
  },
  {
    re: String.raw`(?<n>[\w.-]{1,200}) exited with code (?<kind>139|137)\b`,
    type: (g) => (g.kind === '137' ? 'Killed' : 'segmentation fault'),
    why: "The service's main process died from a signal: 139 is 128 + 11, SIGSEGV (a segmentation fault: a binary for another CPU variant, an old glibc image on a new kernel's vsyscall settings, a native extension's crash); 137 is 128 + 9, SIGKILL (the kernel's OOM killer, a memory limit, or docker stop after its timeout).",
    fix: 'Look at how the container ended, and at the kernel log for the same moment',
    code: (n) => `docker inspect ${n} --format '{{.State.ExitCode}} OOMKilled={{.State.OOMKilled}}'\ndocker logs --tail 50 ${n}\ndmesg -T | grep -iE 'segfault|oom' | tail`,
  },
];

const DESKTOP_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`WSL integration with distro '?(?<n>[^'\n]{1,100}?)'? unexpectedly stopped(?:[\s\S]{0,800}?DockerDesktop/Wsl/(?<kind>[A-Za-z]{2,40}))?`,
    type: (g) => g.kind ?? 'WSL integration unexpectedly stopped',
    why: "Docker Desktop's integration agent inside the WSL distro (which links the docker CLI and socket into it) exited: the distro is WSL 1, not the default or broken, its docker CLI config or group cannot be written, or a Docker Desktop update left the integration half installed.",
    fix: 'Check that the distro runs as WSL 2, restart WSL, and turn the integration off and on again',
    code: (n) => `wsl -l -v                      # ${n} must be VERSION 2\nwsl --set-version "${n}" 2\nwsl --shutdown\n# Docker Desktop -> Settings -> Resources -> WSL integration: toggle ${n}, Apply & restart`,
  },
  {
    re: String.raw`Failed to deploy distro (?<n>docker-desktop(?:-data)?) to (?<kind>[^\n:]{1,200}:[^\n:]{1,200}): exit code: -?\d{1,10}`,
    type: 'Failed to deploy distro',
    why: 'Docker Desktop could not import its own WSL distro: WSL 2 is not working (the Virtual Machine Platform feature is off, the WSL kernel is missing or outdated, virtualization is disabled in the BIOS), or the target folder is not writable.',
    fix: 'Make WSL 2 work first, then let Docker Desktop deploy its distro again',
    code: (n) => `wsl --status\nwsl --update\ndism.exe /online /enable-feature /featurename:VirtualMachinePlatform /all /norestart\nwsl --unregister ${n}   # then restart Docker Desktop`,
  },
  {
    re: String.raw`failure: (?<n>com\.docker\.(?:vpnkit|driver\.amd64-linux|db|osxfs|hyperkit)) is not running`,
    type: (g) => `${g.n ?? 'com.docker.vpnkit'} is not running`,
    why: "Docker Desktop for Mac's diagnostics found one of its processes dead: vpnkit (the VM's network and port forwarding) or the hyperkit VM driver did not start, often because macOS's hypervisor framework could not create the VM (after a crash or an OS update) or its socket files are stale.",
    fix: "Restart Docker Desktop; if the check still fails, reset it to factory defaults",
    code: (n) => `# ${n}\nkillall Docker && open -a Docker\n/Applications/Docker.app/Contents/MacOS/com.docker.diagnose check`,
  },
  {
    re: String.raw`(?<n>com\.docker\.[\w.-]{1,60}) failed to start\s{0,8}Exit code (?<kind>\d{1,3})`,
    type: 'failed to start',
    why: "Docker Desktop for Mac could not start one of its components (the hyperkit VM, the supervisor): the hypervisor framework refused to create the VM, another virtualization tool holds it, or the component's files are damaged.",
    fix: 'Quit other virtualization tools, restart the Mac, then reset or reinstall Docker Desktop',
    code: (n) => `# ${n}\nsysctl kern.hv_support   # must be 1\n/Applications/Docker.app/Contents/MacOS/com.docker.diagnose check`,
  },
  {
    re: String.raw`Unsupported RootlessKit network driver: (?<n>[\w-]{1,30})`,
    type: 'Unsupported RootlessKit network driver',
    why: "dockerd-rootless.sh refuses the RootlessKit network driver set in DOCKERD_ROOTLESS_ROOTLESSKIT_NET: Docker's rootless mode needs its own network namespace (slirp4netns, vpnkit, pasta, lxc-user-nic); `host` does not work with Docker.",
    fix: 'Use a supported network driver for rootless Docker',
    code: (n) => `# not supported: ${n}\nexport DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns   # or pasta\nsystemctl --user restart docker`,
  },
];

/** Registry logins and compose v1's schema in CI output, buildx's missing endpoint. */
const LOGIN_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`login attempt to (?<n>\S{1,300}) failed with status: (?<kind>\d{3}) [A-Z][\w ]{1,40}`,
    type: (g) => (g.kind === '401' ? 'unauthorized' : g.kind === '403' ? 'denied' : 'received unexpected HTTP status'),
    why: "An older Docker CLI's docker login got an error status from the registry's /v2/ endpoint: 401 means the credentials were refused (a wrong password, a token without the registry scope, a registry whose token service cannot be reached from behind its proxy), 403 that the account may not log in.",
    fix: 'Log in again with a token that has the registry scope, and check the registry\'s token endpoint from this machine',
    code: (n) => `curl -i ${n}   # the WWW-Authenticate header names the token service\necho "$TOKEN" | docker login <registry> -u <user> --password-stdin`,
  },
  {
    re: String.raw`Get "?(?<n>https?://[^\s"]{1,300})"?: denied: (?<kind>access forbidden)`,
    type: 'access forbidden',
    why: "The registry (GitLab's container registry here) refused the login or pull for this account: the token lacks read_registry / write_registry, the project's registry is disabled or private to other members, or a proxy in between rewrote the request.",
    fix: 'Log in with a token that has the registry scopes, for a user with access to the project',
    code: (n) => `# ${n}\necho "$CI_JOB_TOKEN" | docker login registry.gitlab.com -u gitlab-ci-token --password-stdin\n# a personal or deploy token needs read_registry (and write_registry to push)`,
  },
  {
    re: String.raw`Additional properties are not allowed \('(?<n>[^'\n]{1,100})' was unexpected\)`,
    type: 'Additional property is not allowed',
    why: "Compose v1's schema check found a key it does not know at that level: a service written at the top level without `services:` (the version 1 layout) in a file that declares a version, a mis-indented key, or an option newer than this docker-compose.",
    fix: 'Put the services under services: (with the version key, or none at all), and check the indentation',
    code: (n) => `docker-compose config   # unexpected: ${n}\n# services:\n#   ${n}:\n#     image: ...`,
  },
  {
    re: String.raw`docker endpoint for "(?<n>[^"\n]{1,100})" not found`,
    type: 'docker endpoint not found',
    why: "buildx (or compose's build through it) looks up the Docker endpoint of the current context and finds none: the context named in ~/.docker/config.json or DOCKER_CONTEXT is gone, or DOCKER_HOST points elsewhere than the context buildx uses (Docker Desktop updates that switch to desktop-linux).",
    fix: 'Select an existing context, or unset DOCKER_HOST, then recreate the builder',
    code: (n) => `docker context ls\ndocker context use default   # missing: ${n}\nunset DOCKER_HOST DOCKER_CONTEXT\ndocker buildx rm --all-inactive; docker buildx create --use`,
  },
];

/** docker-py's APIError around the daemon's message: the Python exception is the error (README, wrapped errors). */
const DOCKER_PY_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`\bAPIError: (?<kind>\d{3}) (?:Server|Client) Error(?: for http\+docker://\S{1,300})?: [A-Z][\w ]{2,40} \((?<n>[^\n]{0,400}?)\)`,
    type: 'APIError',
    why: "The Docker SDK for Python raised docker.errors.APIError because the daemon answered the request with an error status; the daemon's own message is in the parentheses (a wrong argument type the API cannot decode, a port already allocated, a storage driver failure).",
    fix: 'Catch docker.errors.APIError where the SDK is called, and fix what the daemon reports in the message',
    code: (n) => `import docker\ntry:\n    client.containers.run(...)\nexcept docker.errors.APIError as e:\n    print(e.status_code, e.explanation)   # ${n.slice(0, 120)}`,
  },
];

export const DOCKER_CATALOG7_PATTERNS: readonly ErrorPattern[] = [
  dockerCatalog({
    id: 'docker.containerd-cli-catalog',
    tool: 'nerdctl / ctr (containerd)',
    category: 'runtime',
    priority: 28,
    entries: CONTAINERD_ENTRIES,
    references: REFS.containerd,
    requires: /content digest|FATA\[\d{4}\] error while creating container|\bnerdctl\b|OCI runtime command not found error/,
    samples: [
      'ctr: content digest sha256:9a8f4ffc528789f2802630c2590052623a6c915e046f619a1743e7a2aebcaa78: not found',
      'INFO[0000] Creating container coredns\nFATA[0000] error while creating container coredns: exit status 1',
      'sudo nerdctl run --rm busybox sh\nFATA[0000] open /run/systemd/resolve/resolv.conf: no such file or directory',
    ],
  }),
  dockerCatalog({
    id: 'docker.podman-catalog7',
    tool: 'Podman',
    category: 'runtime',
    priority: 28,
    entries: PODMAN_ENTRIES,
    references: REFS.podman,
    requires: /building at STEP|initializing source|no such container|OCI runtime error|OCI not found|qemu exited unexpectedly|Starting machine|netavark|exec\.fifo/,
    samples: [
      'STEP 2/2: RUN exit 5\nError: building at STEP "RUN exit 5": while running runtime: exit status 5',
      'Error: no container with name or ID doodbadevel12_db_1 found: no such container',
      'Error: qemu exited unexpectedly with exit code -1, stderr: qemu-system-x86_64: Unknown Error',
    ],
  }),
  dockerCatalog({
    id: 'docker.bake-emulation-catalog',
    tool: 'docker buildx',
    category: 'build',
    priority: 30,
    entries: BUILD_ENTRIES,
    references: REFS.build,
    requires: /bake|binfmt_misc/,
    samples: [
      'docker-bake.hcl:6\nERROR: docker-bake.hcl:6,12-13: Unsuitable value type; Unsuitable value: EOF',
      'cannot parse bake definitions: ERROR: EOF',
      'installing: arm64 cannot write to /proc/sys/fs/binfmt_misc/register: write /proc/sys/fs/binfmt_misc/register: invalid argument',
    ],
  }),
  dockerCatalog({
    id: 'docker.emulated-step-crash',
    tool: 'docker buildx (QEMU emulation)',
    category: 'build',
    priority: 30,
    entries: EMULATION_ENTRIES,
    references: REFS.build,
    requires: /-binfmt-P: QEMU internal SIG|did not complete successfully|failed to solve|\bbuildx\b|\bDockerfile\b/,
    samples: [
      'aarch64-binfmt-P: QEMU internal SIGSEGV {code=MAPERR, addr=0x20}\nSegmentation fault (core dumped)',
      '#7 99.79 qemu: uncaught target signal 11 (Segmentation fault) - core dumped\n#7 99.87 Segmentation fault (core dumped)\nERROR: failed to solve: process "/bin/sh -c apt-get install -y gcc" did not complete successfully: exit code: 100',
    ],
  }),
  dockerCatalog({
    id: 'docker.engine-catalog7',
    tool: 'the Docker daemon',
    category: 'runtime',
    priority: 26,
    entries: ENGINE_ENTRIES,
    references: REFS.engine,
    requires: /cannot unmarshal|dial-stdio|Error response from daemon: mkdir|dm_task_run failed| exited with code 13[79]\b/,
    samples: [
      'Error response from daemon: json: cannot unmarshal object into Go value of type []string',
      'Attaching to pi_twcmanager_1\npi_twcmanager_1 exited with code 139',
      'Step 3 : RUN locale-gen fr_FR.UTF-8\nError running deviceCreate (createSnapDevice) dm_task_run failed',
    ],
  }),
  dockerCatalog({
    id: 'docker.desktop-rootless-catalog7',
    tool: 'Docker Desktop',
    category: 'runtime',
    priority: 30,
    entries: DESKTOP_ENTRIES,
    references: REFS.desktop,
    requires: /unexpectedly stopped|Failed to deploy distro|is not running|failed to start|RootlessKit network driver/,
    samples: [
      'WSL integration with distro Ubuntu-22.04-work unexpectedly stopped with exit code 1. Do you want to restart?',
      'failure: com.docker.vpnkit is not running\n[ERROR]  vpnkit',
      'Unsupported RootlessKit network driver: host',
    ],
  }),
  dockerCatalog({
    id: 'docker.login-compose-catalog7',
    tool: 'docker login / compose / buildx',
    category: 'configuration',
    priority: 30,
    entries: LOGIN_ENTRIES,
    references: REFS.engine,
    requires: /login attempt to|denied: access forbidden|Additional properties are not allowed|docker endpoint for/,
    samples: [
      'Error response from daemon: login attempt to https://registry.domain.tld/v2/ failed with status: 401 Unauthorized',
      'Error response from daemon: Get https://registry.gitlab.com/v2/: denied: access forbidden',
      "ERROR: The Compose file './docker-compose.yml' is invalid because:\nAdditional properties are not allowed ('dfjklhfsd' was unexpected)",
      'ERROR: docker endpoint for "default" not found',
    ],
  }),
  {
    ...catalogPattern({
      id: 'python.docker-py-api-error',
      tool: 'the Docker SDK for Python',
      category: 'runtime',
      priority: 40,
      entries: DOCKER_PY_ENTRIES,
      references: REFS.dockerPy,
      requires: /http\+docker:\/\/|\bdocker\.errors\.APIError\b|packages\/docker\/|\bAPIError: \d{3} (?:Server|Client) Error: [A-Z][\w ]{2,40} \("/,
      samples: [
        'docker.errors.APIError: 500 Server Error for http+docker://localhost/v1.41/containers/create?name=foobar: Internal Server Error ("json: cannot unmarshal array into Go struct field ContainerConfigWrapper.Image of type string")',
        'APIError: 500 Server Error: Internal Server Error ("json: cannot unmarshal string into Go value of type struct {}")',
      ],
    }),
    language: 'python',
  },
];
