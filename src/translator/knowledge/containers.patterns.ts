import type { Captures, ErrorPattern } from '../rules/error-pattern';

/** Docker (language 'docker') and Kubernetes (language 'kubernetes') errors, most frequent first. */

const DOCKER_DOCS = 'https://docs.docker.com';
const K8S_DOCS = 'https://kubernetes.io/docs';

/** The Secret or ConfigMap (and key) a CreateContainerConfigError names, in either of its wordings. */
function configReference(c: Captures): { resource: 'secret' | 'configmap'; objectName: string; object: string; namespace: string; key?: string } {
  const kind = (c.kind ?? c.kindB ?? c.keyKind ?? c.keyKindB ?? 'secret').toLowerCase() === 'configmap' ? 'configmap' : 'secret';
  // "couldn't find key K in Secret ns/name" names the object with its namespace.
  const [namespace, objectName] = /^([^/]+)\/(.+)$/.exec(c.ref ?? c.refB ?? '')?.slice(1) ?? ['<ns>', c.name ?? c.nameB ?? '<name>'];
  const key = c.key ?? c.keyB;
  return { resource: kind, objectName, namespace, object: `the ${kind === 'secret' ? 'Secret' : 'ConfigMap'} ${objectName}`, ...(key ? { key } : {}) };
}
// A refused TCP connection, as Linux and Windows word it.
const REFUSED = /connection refused|actively refused it/i;
const DEBUG_PODS = { title: 'Kubernetes: Debug pods', url: `${K8S_DOCS}/tasks/debug/debug-application/debug-pods/` };

/** The host port a publish failure names, in whichever of Docker's wordings it came. */
const hostPort = (c: Captures): string | undefined => c.port ?? c.port2 ?? c.port3 ?? c.port4;

export const CONTAINER_PATTERNS: readonly ErrorPattern[] = [
  // ---------------------------------------------------------------- Docker
  {
    id: 'docker.daemon-not-running',
    language: 'docker',
    match: /Cannot connect to the Docker daemon at (?<host>\S{1,200}?)\.? Is the docker daemon running\?|Couldn't connect to Docker daemon(?: at \S{1,200}?)? - is it running\?|error during connect: [^\n]{0,300}?(?<pipe>docker_engine|dockerDesktopLinuxEngine)[^\n]{0,100}?(?:The system cannot find the file specified|cannot find the file)|(?:error during connect|Error response from daemon): [^\n]{0,300}?open (?:\/\/\.\/|\\\\\.\\)pipe[/\\](?<pipe2>docker_engine\w{0,20}|docker\w{0,20}Engine)(?=: )/,
    // Windows names the missing pipe in the user's language: the pipe itself says what is missing.
    errorType: 'Cannot connect to the Docker daemon',
    category: 'network',
    priority: 40,
    summary: (c) => `The docker CLI cannot reach the Docker daemon${c.host ? ` at ${c.host}` : ''}: it is not running or not reachable.`,
    explanation: (c) =>
      'The docker command is only a client; containers are run by the daemon (dockerd, or the VM of Docker Desktop). ' +
      (c.pipe ?? c.pipe2
        ? 'On Windows the named pipe of Docker Desktop does not exist, so Docker Desktop is not started (or is still starting, or uses another context).'
        : `Nothing answers on ${c.host ?? 'the daemon socket'}: the service is stopped, Docker Desktop is not started, or DOCKER_HOST/the current context points elsewhere.`),
    causes: [
      'The Docker service / Docker Desktop is not running (or still starting)',
      'DOCKER_HOST or `docker context` points to another daemon',
      'Rootless Docker or Colima/Podman uses another socket path',
      'Inside a CI job or container without the host socket mounted (no Docker-in-Docker service)',
    ],
    fixes: (c) => [
      {
        title: 'Start the daemon and check the context',
        steps: ['Start the service (Linux) or Docker Desktop (macOS/Windows)', `Check which context/host the CLI uses${c.host ? ` (it tried ${c.host})` : ''}`],
        code: 'sudo systemctl start docker\nsudo systemctl enable docker\ndocker context ls\necho $DOCKER_HOST\ndocker info',
      },
    ],
    references: [
      { title: 'Docker: Start the daemon', url: `${DOCKER_DOCS}/engine/daemon/start/` },
      { title: 'Docker: docker context', url: `${DOCKER_DOCS}/reference/cli/docker/context/` },
    ],
    samples: [
      'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
      'error during connect: Get "http://%2F%2F.%2Fpipe%2FdockerDesktopLinuxEngine/v1.45/containers/json": open //./pipe/dockerDesktopLinuxEngine: The system cannot find the file specified.',
      'Error response from daemon: open \\\\.\\pipe\\docker_engine_linux: Le fichier spécifié est introuvable.',
    ],
  },
  {
    id: 'docker.socket-permission-denied',
    language: 'docker',
    match: /permission denied while trying to connect to the [Dd]ocker (?:daemon socket|API) at (?<socket>[^\s:]{1,40}:\/\/[^\s:]{1,200})/,
    errorType: 'permission denied',
    category: 'permission',
    priority: 45,
    summary: 'Your user may not use the Docker daemon socket.',
    explanation: (c) =>
      `The daemon is running, but ${c.socket ?? '/var/run/docker.sock'} is owned by root and the docker group, and your user is in neither. ` +
      'Adding a user to the docker group grants root-equivalent power on the host, so distributions do not do it by default.',
    causes: ['Your user is not in the docker group', 'You were added to the group but have not logged in again', 'A CI runner/service user lacks access to the socket'],
    fixes: [
      {
        title: 'Add your user to the docker group',
        steps: ['Add the user to the group', 'Log out and in again (or newgrp docker) so the group applies', 'Verify without sudo'],
        code: 'sudo usermod -aG docker "$USER"\nnewgrp docker\ndocker run --rm hello-world',
      },
    ],
    references: [{ title: 'Docker: Linux post-installation steps (manage Docker as a non-root user)', url: `${DOCKER_DOCS}/engine/install/linux-postinstall/` }],
    samples: [
      'Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/containers/json": dial unix /var/run/docker.sock: connect: permission denied',
    ],
  },
  {
    id: 'docker.port-already-allocated',
    language: 'docker',
    // The userland proxy's own bind failure says the same ("address already in use", cut short in some pastes).
    // On Windows, "Ports are not available" with WSAEACCES is another cause: a port range Windows reserves.
    match: /Bind for (?<address>[^\s]{0,60}?):(?<port>\d{1,5}) failed: port is already allocated|[Pp]orts are not available: (?:exposing port (?:TCP|UDP) (?<address2>[^\s]{0,60}?):(?<port2>\d{1,5})|listen (?:tcp|udp)[46]? [^\s]{0,60}?:(?<port4>\d{1,5}))(?<reserved>[^\n]{0,200}?forbidden by its access permissions)?|userland proxy: listen (?:tcp|udp)[46]? [^\s]{0,60}?:(?<port3>\d{1,5}): bind: address already in us/,
    requires: /port is already allocated|[Pp]orts are not available|userland proxy: /,
    errorType: (c) => (c.reserved ? 'Ports are not available' : 'port is already allocated'),
    category: 'network',
    priority: 40,
    summary: (c) =>
      c.reserved
        ? `Windows does not let Docker bind host port ${hostPort(c) ?? ''}: it lies in a port range the system reserves.`
        : `Host port ${hostPort(c) ?? ''} is already in use, so Docker cannot publish the container on it.`,
    explanation: (c) =>
      c.reserved
        ? `The bind of port ${hostPort(c) ?? ''} was refused with "access forbidden" (WSAEACCES), not "in use": Hyper-V, WSL 2 and Docker Desktop make Windows reserve blocks of ports (the excluded port ranges), and nothing may listen inside them. Restarting the Windows NAT service usually moves the ranges.`
        : `The container asks to publish host port ${c.port ?? c.port2 ?? ''} (-p / ports:), and something already listens there: another container (often an older one from the same compose project), ` +
      'or a program on the host such as a local PostgreSQL, Redis or web server.',
    causes: [
      'Another container publishes the same port (old container still running, another compose project)',
      'A local service on the host uses the port (postgres on 5432, nginx on 80)',
      'Two services in the same compose file map the same host port',
    ],
    fixes: (c) => [
      c.reserved
        ? {
            title: `Check whether ${hostPort(c) ?? 'the port'} is in a reserved range`,
            steps: ['List the excluded port ranges (an elevated prompt)', 'Restart the Windows NAT service, or publish the container on a port outside the ranges'],
            code: `netsh interface ipv4 show excludedportrange protocol=tcp\nnet stop winnat\nnet start winnat\n# or: docker run -p ${Number(hostPort(c) ?? '8080') + 10000}:${hostPort(c) ?? '8080'} image`,
          }
        : {
            title: 'Find who uses the port',
            steps: ['Look for containers and host processes on that port', 'Stop it, or publish the container on another host port'],
            code: `docker ps --filter "publish=${hostPort(c) ?? '8080'}"\nsudo lsof -iTCP:${hostPort(c) ?? '8080'} -sTCP:LISTEN\n# use another host port\ndocker run -p ${Number(hostPort(c) ?? '8080') + 1}:${hostPort(c) ?? '8080'} image`,
          },
    ],
    references: [{ title: 'Docker: Port publishing', url: `${DOCKER_DOCS}/engine/network/#published-ports` }],
    samples: [
      'docker: Error response from daemon: driver failed programming external connectivity on endpoint web (3f1c…): Bind for 0.0.0.0:80 failed: port is already allocated.',
      'Error response from daemon: Ports are not available: exposing port TCP 0.0.0.0:5432 -> 0.0.0.0:0: listen tcp 0.0.0.0:5432: bind: address already in use',
      'ERROR: for redis  Cannot start service redis: driver failed programming external connectivity on endpoint dl_redis_1 (5726fd29): Error starting userland proxy: listen tcp 0.0.0.0:6379: bind: address already in use',
      'Error response from daemon: Ports are not available: exposing port TCP 0.0.0.0:50070 -> 0.0.0.0:0: listen tcp 0.0.0.0:50070: bind: An attempt was made to access a socket in a way forbidden by its access permissions.',
    ],
  },
  {
    id: 'docker.pull-access-denied',
    language: 'docker',
    // A terminal that wrapped or padded the line leaves runs of spaces between the words.
    match: /pull access denied for (?<image>[^,\s]{1,300}),\s{1,80}repository does not exist\s{1,80}or may require\s{1,80}'?docker login'?|(?<solve>failed to solve: )(?<image2>[^\s:]{1,300}(?::[\w.-]{1,128})?): pull access denied,\s{1,80}repository does not exist\s{1,80}or may require authorization/,
    errorType: (c) => (c.solve ? 'failed to solve' : 'pull access denied'),
    category: 'permission',
    priority: 40,
    summary: (c) => `Docker cannot pull ${c.image ?? c.image2 ?? 'the image'}: it does not exist or you are not logged in.`,
    explanation: (c) =>
      `The registry refused ${c.image ?? c.image2 ?? 'the image'}. Registries answer the same way for a name that does not exist and for a private repository you may not read, so check both: ` +
      'a typo or missing namespace (myuser/app), an image that was only built locally under another name, or missing `docker login` for a private registry.',
    causes: [
      'Typo in the image name, or missing namespace/registry prefix',
      'A private repository without docker login (or expired credentials)',
      'The image was meant to be built locally (compose build:) but is pulled instead',
    ],
    fixes: (c) => [
      {
        title: 'Check the name and log in',
        steps: ['Verify the exact repository name', 'Log in to the registry that hosts it', 'Build the image locally if that is where it comes from'],
        code: `docker login ghcr.io\ndocker pull ${c.image ?? c.image2 ?? 'ghcr.io/acme/api:1.2.0'}\ndocker compose build`,
      },
    ],
    references: [{ title: 'Docker: docker login', url: `${DOCKER_DOCS}/reference/cli/docker/login/` }, { title: 'Docker: docker image pull', url: `${DOCKER_DOCS}/reference/cli/docker/image/pull/` }],
    samples: [
      "Unable to find image 'acme-api:latest' locally\ndocker: Error response from daemon: pull access denied for acme-api, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.",
      " ⠿ worker Error                                        0.3s\nError response from daemon: pull access denied for acme/worker, repository does not exist                     or may require 'docker login': denied: requested access to the resource is denied",
    ],
  },
  {
    id: 'docker.manifest-unknown',
    language: 'docker',
    match: /manifest for (?<image>\S{1,300}) not found|(?<![\w-])manifest unknown/,
    errorType: 'manifest unknown',
    category: 'configuration',
    priority: 40,
    summary: (c) => `The tag of ${c.image ?? 'the image'} does not exist in the registry.`,
    explanation: (c) =>
      `The repository exists, but it has no manifest for ${c.image ? `the tag in ${c.image}` : 'that tag'}. The tag is mistyped, was never pushed, was deleted by a retention policy, ` +
      'or the image uses "latest" while the project only publishes version tags.',
    causes: ['Typo in the tag (e.g. node:18-alpinee)', 'The tag was never pushed or was removed', 'No "latest" tag published for this repository'],
    fixes: (c) => {
      const repo = c.image ? c.image.replace(/:[^/:]*$/, '') : 'node';
      return [
        {
          title: `Use an existing tag${c.image ? ` instead of ${c.image}` : ''}`,
          steps: ['List the available tags on the registry page or with a tool', 'Pin an existing version tag'],
          code: `docker manifest inspect ${c.image ?? 'node:20-alpine'}\n# list the tags that exist:\nskopeo list-tags docker://${repo.includes('/') ? repo : `docker.io/library/${repo}`}`,
        },
      ];
    },
    references: [{ title: 'Docker: docker image pull', url: `${DOCKER_DOCS}/reference/cli/docker/image/pull/` }],
    samples: [
      'Error response from daemon: manifest for node:18-alpinee not found: manifest unknown: manifest unknown',
      'ERROR: failed to solve: ghcr.io/acme/base:1.9: failed to resolve source metadata for ghcr.io/acme/base:1.9: ghcr.io/acme/base:1.9: not found: manifest unknown',
    ],
  },
  {
    id: 'docker.no-space-left',
    language: 'docker',
    match: /(?<solve>failed to solve: [^\n]{0,600}?)?no space left on device/,
    errorType: (c) => (c.solve ? 'failed to solve' : 'no space left on device'),
    category: 'io',
    priority: 25,
    summary: 'The disk (or the Docker VM disk) is full.',
    explanation:
      'Docker stores images, build cache, containers and volumes under /var/lib/docker (or inside the Docker Desktop VM disk image). Unused images and build cache accumulate quickly; ' +
      'when that file system is full, pulls, builds and writes inside containers fail. Running out of inodes gives the same message.',
    causes: ['Dangling images, stopped containers and build cache accumulated', 'Large or runaway container logs (json-file driver without rotation)', 'Docker Desktop VM disk size limit reached', 'Volumes holding old data'],
    fixes: [
      {
        title: 'See what uses space and prune it',
        steps: ['Inspect Docker disk usage', 'Remove unused data (review before pruning volumes: it deletes data)'],
        code: 'docker system df\ndocker builder prune\ndocker image prune -a\ndocker system prune --volumes   # careful: removes unused volumes\ndf -h /var/lib/docker',
      },
      {
        title: 'Limit log size',
        steps: ['Configure log rotation in /etc/docker/daemon.json and restart Docker'],
        code: '{ "log-driver": "json-file", "log-opts": { "max-size": "10m", "max-file": "3" } }',
      },
    ],
    references: [{ title: 'Docker: Prune unused Docker objects', url: `${DOCKER_DOCS}/engine/manage-resources/pruning/` }],
    samples: [
      'failed to register layer: write /usr/lib/x86_64-linux-gnu/libLLVM-15.so.1: no space left on device',
      'ERROR: failed to solve: failed to copy files: copy file range failed: no space left on device',
    ],
  },
  {
    id: 'docker.copy-failed',
    language: 'docker',
    match: /COPY failed: (?:file not found in build context or excluded by \.dockerignore: )?(?:stat |forbidden path outside the build context: )?(?<path>[^\s:]{1,300})|(?<solve>failed to solve: )?failed to compute cache key: [^\n]{0,200}?"(?<path2>[^"\n]{1,300})": not found/,
    // Under BuildKit the error is its "failed to solve"; the summary still says which file.
    errorType: (c) => (c.solve ? 'failed to solve' : 'COPY failed'),
    category: 'build',
    priority: 40,
    summary: (c) => `The Dockerfile COPYs ${c.path ?? c.path2 ?? 'a file'}, which is not in the build context.`,
    explanation:
      'COPY/ADD can only read files inside the build context — the directory passed to docker build (often ".") — and not excluded by .dockerignore. ' +
      'Paths are relative to the context, not to the Dockerfile. The file may be ignored, be outside the context (../), not generated yet (a build output), or the build runs from another directory.',
    causes: [
      'The file is excluded by .dockerignore',
      'The path is outside the context (COPY ../shared) or relative to the Dockerfile instead of the context',
      'The build runs with another context directory (docker build -f sub/Dockerfile sub/, compose context:)',
      'The file is created by a step that did not run (dist/, build outputs)',
    ],
    fixes: (c) => [
      {
        title: 'Check the context and .dockerignore',
        steps: [
          `Run the build from the directory that contains ${c.path ?? c.path2 ?? 'the files you copy'}`,
          `Remove ${c.path ?? c.path2 ?? 'the path'} from .dockerignore if it is listed there`,
          'In compose, set context: to the folder that contains the files',
        ],
        code: 'docker build -f docker/api.Dockerfile .\ncat .dockerignore\n\n# compose\nbuild:\n  context: .\n  dockerfile: docker/api.Dockerfile',
      },
    ],
    references: [{ title: 'Docker: Build context', url: `${DOCKER_DOCS}/build/concepts/context/` }, { title: 'Dockerfile reference: COPY', url: `${DOCKER_DOCS}/reference/dockerfile/#copy` }],
    samples: [
      'COPY failed: file not found in build context or excluded by .dockerignore: stat package-lock.json: file does not exist',
      'ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref 6c0f1b33-2b64-4d57-9e59-0c6c3e4e1f8a::kq7x: "/dist": not found',
    ],
  },
  {
    id: 'docker.exec-format-error',
    language: 'docker',
    // crun and Buildah capitalise it after their own lead-in: "exec container process `/bin/sh`: Exec format error".
    match: /(?:exec (?<binary>[^\s:]{1,300}): )?exec format error|exec container process `(?<binary2>[^`\n]{1,300})`: Exec format error/,
    errorType: 'exec format error',
    category: 'configuration',
    priority: 45,
    summary: (c) => `The container's program${(c.binary ?? c.binary2) ? ` ${c.binary ?? c.binary2}` : ''} was built for another CPU architecture (or is not a valid executable).`,
    explanation: (c) =>
      `The kernel could not execute ${(c.binary ?? c.binary2) ?? 'the entrypoint'}. Usually the image was built for another architecture: an arm64 image (built on an Apple Silicon Mac) running on an amd64 server, or the reverse. ` +
      'Less often, a script lacks a #! shebang line (or it is preceded by a BOM/blank line), so the kernel does not know how to run it.',
    causes: [
      'Image built on an ARM machine (Apple Silicon, Raspberry Pi) and run on x86_64, or vice versa',
      'A binary downloaded/compiled for the wrong architecture inside the image',
      'An entrypoint script without a #!/bin/sh shebang on the first line',
    ],
    fixes: [
      {
        title: 'Build for the target platform',
        steps: ['Check the image architecture', 'Build (or build multi-platform) for the server architecture'],
        code: "docker image inspect --format '{{.Architecture}}' myapp:latest\ndocker buildx build --platform linux/amd64 -t myapp:latest .\ndocker buildx build --platform linux/amd64,linux/arm64 -t registry/myapp:1.0 --push .",
      },
      {
        title: 'Give scripts a shebang',
        steps: ['The first line of the entrypoint script must be the interpreter, with Unix line endings'],
        code: '#!/bin/sh\nset -e\nexec "$@"',
      },
    ],
    references: [{ title: 'Docker: Multi-platform builds', url: `${DOCKER_DOCS}/build/building/multi-platform/` }],
    samples: [
      'exec /usr/local/bin/docker-entrypoint.sh: exec format error',
      'standard_init_linux.go:228: exec user process caused: exec format error',
    ],
  },
  {
    id: 'docker.executable-not-found',
    language: 'docker',
    // crun (Podman's runtime) words it "executable file `x` not found in $PATH". Docker wraps runc's
    // message in "OCI runtime create failed" (a start) or "OCI runtime exec failed" (docker exec):
    // that phrase is the error's name then (README), and this pattern still names the command.
    match: /(?:OCI runtime (?<oci>create|exec|start) failed: [^\n]{0,400}?)?(?:exec: \\?"(?<command>[^"\n]{1,200}?)\\?": (?:executable file not found in \$PATH|stat [^\n:]{1,300}: no such file or directory)|crun: executable file `(?<crunCommand>[^`\n]{1,200})` not found in \$PATH)(?=(?<solve>[\s\S]{0,3000}?failed to solve: )|)/,
    // In a BuildKit RUN step the error is BuildKit's "failed to solve"; the summary still names the command.
    errorType: (c) => (c.solve ? 'failed to solve' : c.oci ? `OCI runtime ${c.oci} failed` : 'executable file not found in $PATH'),
    category: 'configuration',
    priority: 45,
    summary: (c) =>
      c.oci === 'exec'
        ? `docker exec could not run "${c.command ?? ''}": the container has no such executable.`
        : `The container's command "${c.command ?? c.crunCommand ?? ''}" does not exist in the image.`,
    explanation: (c) =>
      (c.oci === 'exec'
        ? `docker exec starts ${c.command ?? 'the command'} inside the running container, looked up on the container's PATH, and the image has no such executable (runc reported it, and Docker answered "OCI runtime exec failed"). `
        : `Docker tried to start ${c.command ?? c.crunCommand ?? 'the command'} (from CMD/ENTRYPOINT, the docker run arguments, or compose command:) and the image has no such executable on its PATH${c.oci ? ` (runc reported it, and Docker answered "OCI runtime ${c.oci} failed")` : ''}. `) +
      'Minimal images (alpine, distroless, scratch, slim) lack bash and many tools; a JSON-form CMD with the whole command in one string is looked up as a single file name.',
    causes: (c) =>
      c.oci === 'exec'
        ? ['The image does not contain the program (bash on alpine, busybox or distroless images)', 'The program is installed outside the PATH of the container', 'The whole command line passed as one argument ("ls -l" in quotes)']
        : [
            'The image does not contain the program (bash on alpine/distroless, a tool not installed)',
            'CMD ["npm start"] in exec form: the whole string is taken as one file name',
            'The binary is installed in a directory not on PATH, or a relative path is used',
          ],
    fixes: (c) => {
      const program = (c.command ?? c.crunCommand ?? 'bash').split(' ')[0];
      if (c.oci === 'exec')
        return [
          {
            title: `Run a program the container has instead of ${c.command ?? program}`,
            steps: ['Use sh, which busybox and alpine images have, when bash is missing', 'Pass the command and its arguments as separate words', 'Look up what the image contains'],
            code: `docker exec -it <container> sh\ndocker exec <container> sh -c 'command -v ${program}; echo "$PATH"'`,
          },
        ];
      return [
        {
          title: 'Use a command that exists, in the right form',
          steps: ['Split exec-form commands into separate array items', 'Use sh instead of bash on alpine, or install bash', 'Check what the image contains'],
          code: `CMD ["npm", "start"]          # not ["npm start"]\ndocker run --rm --entrypoint sh image -c 'which ${program}'\nRUN apk add --no-cache bash   # alpine`,
        },
      ];
    },
    references: [{ title: 'Dockerfile reference: CMD and ENTRYPOINT (exec form)', url: `${DOCKER_DOCS}/reference/dockerfile/#cmd` }, { title: 'Docker: docker container exec', url: `${DOCKER_DOCS}/reference/cli/docker/container/exec/` }],
    samples: [
      'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown.',
      'Error response from daemon: OCI runtime exec failed: exec failed: unable to start container process: exec: "npm start": executable file not found in $PATH: unknown',
      'pi@raspberrypi:~ $ docker exec -it web bash\nOCI runtime exec failed: exec failed: container_linux.go:380: starting container process caused: exec: "bash": executable file not found in $PATH: unknown',
      'Error: crun: executable file `gunicorn` not found in $PATH: No such file or directory: OCI runtime attempted to invoke a command that was not found',
    ],
  },
  {
    id: 'docker.oci-runtime-failed',
    language: 'docker',
    match: /OCI runtime (?<stage>create|exec|start) failed: (?<detail>[^\n]{0,400})/,
    errorType: (c) => `OCI runtime ${c.stage} failed`,
    category: 'runtime',
    priority: 30,
    summary: 'The container runtime (runc) could not start the container process.',
    explanation: (c) =>
      'Docker prepared the container but runc failed when starting it. The text after "OCI runtime … failed" says why' +
      `${c.detail ? `: "${c.detail.slice(0, 200)}"` : ''}. ` +
      'Typical reasons: the entrypoint is missing or not executable, a bind mount source is a file where a directory is expected (or the reverse), or a device/cgroup setting is not supported.',
    causes: [
      'Entrypoint/command missing, not executable, or with CRLF line endings',
      'Bind mount type mismatch (mounting a file onto a directory) or a missing host path',
      'Unsupported runtime options (cgroups, devices, seccomp) on this host',
    ],
    fixes: [
      {
        title: 'Read the inner reason and check entrypoint and mounts',
        steps: ['Read the part after "unable to start container process:"', 'Make scripts executable with LF line endings', 'Check that bind-mount sources exist with the right type'],
        code: 'RUN chmod +x /usr/local/bin/entrypoint.sh && sed -i "s/\\r$//" /usr/local/bin/entrypoint.sh\ndocker inspect --format "{{json .Mounts}}" <container>',
      },
    ],
    references: [{ title: 'Docker: docker container run', url: `${DOCKER_DOCS}/reference/cli/docker/container/run/` }],
    samples: [
      'Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error setting cgroup config for procHooks process: openat2 /sys/fs/cgroup/user.slice/cpu.max: no such file or directory: unknown',
    ],
  },
  {
    id: 'docker.container-name-conflict',
    language: 'docker',
    match: /Conflict\. The container name "(?<name>[^"\n]{1,200})" is already in use by container "(?<id>[0-9a-f]{1,64})"/,
    errorType: 'Conflict (container name in use)',
    category: 'configuration',
    priority: 40,
    summary: (c) => `A container named ${c.name ?? ''} already exists.`,
    explanation: (c) =>
      `Container names are unique per host. A container called ${c.name ?? 'that'} (id ${c.id ? c.id.slice(0, 12) : '?'}) still exists — stopped containers keep their name until removed.`,
    causes: ['A previous run with --name was not removed', 'A compose project and a manual docker run use the same container_name'],
    fixes: (c) => [
      {
        title: 'Remove or rename the old container',
        steps: ['Remove the existing container (or start it instead)', 'Use --rm for throw-away containers'],
        code: `docker rm -f ${c.name ? c.name.replace(/^\//, '') : 'name'}\ndocker run --rm --name ${c.name ? c.name.replace(/^\//, '') : 'name'} image`,
      },
    ],
    references: [{ title: 'Docker: docker container rm', url: `${DOCKER_DOCS}/reference/cli/docker/container/rm/` }],
    samples: ['docker: Error response from daemon: Conflict. The container name "/postgres" is already in use by container "8f3a1c2b9d7e4f6a8b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a". You have to remove (or rename) that container to be able to reuse that name.'],
  },
  {
    id: 'docker.exit-137',
    language: 'docker',
    match: /exited with code 137|Exited \(137\)|"(?<oom>OOMKilled)": true|exit code: 137\b/,
    // The README's docker row: the status by the shell's word for its signal, as for 139 and 143; docker
    // inspect's own flag when that is what was pasted.
    errorType: (c) => (c.oom ? 'OOMKilled' : 'Killed'),
    category: 'memory',
    priority: 35,
    summary: 'The container was killed with SIGKILL (exit code 137), usually for running out of memory.',
    explanation:
      'Exit code 137 = 128 + 9: the main process received SIGKILL. Most often the kernel OOM killer stopped it because the container hit its memory limit (docker inspect shows "OOMKilled": true), ' +
      'or Docker Desktop\'s VM ran out of memory. It also happens when `docker stop` times out and Docker force-kills a process that ignores SIGTERM.',
    causes: [
      'The container exceeded its memory limit (--memory, compose deploy.resources.limits.memory)',
      'Docker Desktop VM memory too small for the workload (builds, JVM, Node with large heaps)',
      'A process that ignores SIGTERM killed after the stop timeout',
    ],
    fixes: [
      {
        title: 'Confirm OOM and give it memory or use less',
        steps: ['Check OOMKilled and memory usage', 'Raise the limit (or the Docker Desktop VM memory)', 'Cap the runtime heap below the limit (JVM -XX:MaxRAMPercentage, node --max-old-space-size)'],
        code: "docker inspect --format '{{.State.OOMKilled}} {{.State.ExitCode}}' <container>\ndocker stats\ndocker run -m 2g image\nNODE_OPTIONS=--max-old-space-size=1536",
      },
    ],
    references: [{ title: 'Docker: Resource constraints (memory)', url: `${DOCKER_DOCS}/engine/containers/resource_constraints/` }],
    samples: ['api-1  | <--- Last few GCs --->\napi-1 exited with code 137', '"State": {\n    "Status": "exited",\n    "OOMKilled": true,\n    "ExitCode": 137\n}'],
  },
  {
    id: 'docker.no-matching-manifest',
    language: 'docker',
    match: /no matching manifest for (?<platform>[\w/.-]{1,60}(?: [\d.]{1,20})?) in the manifest list entries|The requested image's platform \((?<imagePlatform>[^)\n]{1,60})\) does not match the detected host platform \((?<hostPlatform>[^)\n]{1,60})\)/,
    // The warning (the image runs, emulated) is named by its own words.
    errorType: (c) => (c.platform ? 'no matching manifest' : 'does not match the detected host platform'),
    category: 'configuration',
    priority: 45,
    summary: (c) =>
      c.platform
        ? `The image has no variant for ${c.platform}.`
        : `The image is ${c.imagePlatform ?? 'for another platform'} but this host is ${c.hostPlatform ?? 'different'}.`,
    explanation:
      'Multi-platform images list one variant per OS/CPU. This image was not published for the platform of this machine (typically linux/arm64 on Apple Silicon or ARM servers, or the reverse). ' +
      'With the warning form, Docker runs it under emulation, which is slow and may crash.',
    causes: ['The image only exists for amd64 (or only arm64)', 'An old tag published before multi-arch builds', 'A locally built image for another architecture'],
    fixes: [
      {
        title: 'Choose or build the right platform',
        steps: ['Use a tag/variant that supports your platform', 'Or force emulation explicitly', 'Or build multi-platform images'],
        code: 'docker run --platform linux/amd64 image\n# compose\nplatform: linux/amd64\ndocker buildx build --platform linux/amd64,linux/arm64 -t registry/app:1.0 --push .',
      },
    ],
    references: [{ title: 'Docker: Multi-platform builds', url: `${DOCKER_DOCS}/build/building/multi-platform/` }],
    samples: [
      'Error response from daemon: no matching manifest for linux/arm64/v8 in the manifest list entries',
      "WARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested",
    ],
  },
  {
    id: 'docker.invalid-reference-format',
    language: 'docker',
    match: /invalid reference format(?:: (?<reason>repository name (?:must be lowercase|\(library\/[^)\n]{0,100}\) must be lowercase)))?/,
    errorType: 'invalid reference format',
    category: 'configuration',
    priority: 35,
    summary: (c) => `The image name is not valid${c.reason ? `: ${c.reason}` : ''}.`,
    explanation:
      'Image references look like [registry/]name[:tag][@digest], lowercase, without spaces. An uppercase letter, a space (often from an unquoted $(pwd) with spaces passed to -v), ' +
      'an empty variable (image: ${IMAGE}:${TAG} with TAG unset → "app:"), or option arguments in the wrong order make Docker read something else as the image name.',
    causes: ['Uppercase letters in the image name', 'An unset variable producing "name:" or ":tag"', 'An unquoted path with spaces in -v $(pwd):/app splitting the command', 'Options placed after the image name'],
    fixes: [
      {
        title: 'Fix the reference',
        steps: ['Use lowercase names', 'Quote paths and variables', 'Make sure tag variables are set'],
        code: 'docker run -v "$(pwd)":/app myorg/my-app:1.0\necho "image=${IMAGE}:${TAG}"',
      },
    ],
    references: [{ title: 'Docker: docker image tag (name format)', url: `${DOCKER_DOCS}/reference/cli/docker/image/tag/` }],
    samples: ['docker: invalid reference format: repository name must be lowercase.', 'Error parsing reference: "myapp:" is not a valid repository/tag: invalid reference format'],
  },
  {
    id: 'docker.buildkit-failed',
    language: 'docker',
    // BuildKit's final line for any cause the patterns above do not know (a missing Dockerfile, a
    // frontend or solver error); above Go's file errors, which its wrapped messages look like.
    // Older BuildKit names its frontend: "failed to solve with frontend dockerfile.v0: …".
    // A RUN step's failure (process "…" did not complete successfully) is docker.build-run-failed's.
    match: /(?:^|\s)(?:ERROR: )?(?:failed to solve(?: with frontend [\w.-]{1,60})?: (?!process "[^\n]{1,500}?" did not complete successfully)|^(?=failed to compute cache key: ))(?<cause>[^\n]{1,600})/m,
    errorType: 'failed to solve',
    category: 'build',
    priority: 20,
    summary: (c) => `docker build (BuildKit) failed: ${c.cause}`,
    explanation: (c) =>
      `BuildKit reports every failed build as "failed to solve" followed by the cause.${/failed to read dockerfile|open Dockerfile/.test(c.cause ?? '') ? ' Here it could not read the Dockerfile: the build context or the -f/--file path (or compose\'s build.dockerfile) does not point at an existing file; the name is case-sensitive on Linux.' : ' The cause after the colon, and the output of the failed step above it (=> ERROR [n/m] …), say what went wrong.'}`,
    causes: ['A Dockerfile path or build context that does not exist', 'A step of the Dockerfile that failed (see the ERROR step above)', 'A base image or file the build could not get'],
    fixes: (c) => [
      {
        title: /failed to read dockerfile|open Dockerfile/.test(c.cause ?? '') ? 'Point the build at the Dockerfile' : 'Fix the failing step',
        steps: /failed to read dockerfile|open Dockerfile/.test(c.cause ?? '')
          ? ['Run the build from the directory that holds the Dockerfile, or pass its path with -f (compose: build.context and build.dockerfile).']
          : ['Read the ERROR step and its output above this line, fix that command or file, and build again with --progress=plain to see full output.'],
        code: /failed to read dockerfile|open Dockerfile/.test(c.cause ?? '') ? 'docker build -f docker/Dockerfile .' : 'docker build --progress=plain --no-cache .',
      },
    ],
    references: [{ title: 'Docker: docker build', url: 'https://docs.docker.com/reference/cli/docker/buildx/build/' }],
    samples: ['ERROR: failed to solve: failed to read dockerfile: open Dockerfile: no such file or directory'],
  },
  {
    id: 'docker.build-run-failed',
    language: 'docker',
    wrapper: true,
    match: /failed to solve: process "(?<command>[^\n]{1,500}?)" did not complete successfully: exit code: (?<code>\d{1,3})|The command '(?<legacyCommand>[^\n]{1,500}?)' returned a non-zero code: (?<legacyCode>\d{1,3})/,
    // BuildKit's "failed to solve"; the classic builder's own words otherwise (README).
    errorType: (c) => (c.legacyCode ? 'returned a non-zero code' : 'failed to solve'),
    category: 'build',
    priority: 30,
    summary: (c) => `A RUN step of the Dockerfile failed with exit code ${c.code ?? c.legacyCode ?? '?'}.`,
    explanation: (c) => {
      const code = c.code ?? c.legacyCode ?? '';
      const meaning: Record<string, string> = {
        '100': ' Exit code 100 is apt-get\'s: an index it could not download, a package it could not find or install.',
        '126': ' Exit code 126: the command exists but could not be executed (no execute permission).',
        '127': ' Exit code 127: the shell found no such command in the image.',
        '137': ' Exit code 137: the step was killed, usually for lack of memory.',
      };
      return (
        `The build ran ${(c.command ?? c.legacyCommand ?? 'a command').replace(/^\/bin\/sh -c /, '')} and it exited with a non-zero code. ` +
        `${c.legacyCode ? 'The classic builder (no BuildKit) names' : 'Docker only reports'} the exit code; the actual error is in the step output printed just above (apt, npm, pip, a compiler…).${meaning[code] ?? ''}`
      );
    },
    causes: [
      'The command itself failed (package not found, compilation error, tests failing)',
      'A tool missing in the base image (alpine vs debian: apk vs apt, no bash)',
      'Network access or credentials missing during the build (private registries, proxies)',
    ],
    fixes: (c) => {
      const command = c.command ?? c.legacyCommand;
      return [
        {
          title: 'Read the step output and reproduce',
          steps: [
            command ? `Scroll up to the first error printed by ${command}` : 'Scroll up to the first error of that step',
            'Rebuild with plain progress to see full logs',
            'Reproduce interactively in the previous layer',
          ],
          code: `docker build --progress=plain --no-cache .\ndocker run --rm -it <base-image> sh${command ? `\n# then, inside the container:\n${command.replace(/^\/bin\/(?:ba)?sh -c /, '')}` : ''}`,
        },
      ];
    },
    references: [{ title: 'Dockerfile reference: RUN', url: `${DOCKER_DOCS}/reference/dockerfile/#run` }],
    samples: [
      'ERROR: failed to solve: process "/bin/sh -c pip install -r requirements.txt" did not complete successfully: exit code: 1',
      "The command '/bin/sh -c apt-get install -y libpq' returned a non-zero code: 100",
    ],
  },
  {
    id: 'docker.push-denied',
    language: 'docker',
    match: /(?:denied|reading manifest [^\s:]{1,128} in [^\s:]{1,300}): (?<reason>requested access to the resource is denied|permission_denied: [a-z_]{1,40})|unauthorized: (?<reason2>authentication required|incorrect username or password|HTTP Basic: Access denied)|^(?<reason3>no basic auth credentials)$/m,
    errorType: (c) => c.reason ?? c.reason2 ?? c.reason3 ?? 'requested access to the resource is denied',
    category: 'permission',
    priority: 35,
    summary: 'The registry refused the push/pull: not logged in, or no permission for that repository.',
    explanation:
      'The registry authenticated you (or did not) and your account may not write to that repository. Pushing to Docker Hub requires the image to be tagged with your user or organisation name; ' +
      'other registries need the registry host in the tag and a login with a token that has write scope.',
    causes: ['Image tag without your namespace (myapp instead of myuser/myapp)', 'Not logged in to that registry, or logged in to another one', 'Token without push/write scope', 'Repository does not exist and the registry does not auto-create it'],
    fixes: [
      {
        title: 'Tag with the right namespace and log in',
        steps: ['Tag the image with registry/namespace/name', 'Log in to that registry', 'Push'],
        code: 'docker login\ndocker tag myapp:1.0 myuser/myapp:1.0\ndocker push myuser/myapp:1.0',
      },
    ],
    references: [{ title: 'Docker: docker image push', url: `${DOCKER_DOCS}/reference/cli/docker/image/push/` }, { title: 'Docker: docker login', url: `${DOCKER_DOCS}/reference/cli/docker/login/` }],
    samples: ['The push refers to repository [docker.io/library/myapp]\n5f70bf18a086: Preparing\ndenied: requested access to the resource is denied'],
  },
  {
    id: 'docker.pull-rate-limit',
    language: 'docker',
    match: /toomanyrequests: You have reached your (?:unauthenticated )?pull rate limit/,
    errorType: 'toomanyrequests',
    category: 'network',
    priority: 45,
    summary: 'Docker Hub refused the pull: the pull rate limit for your IP or account is used up.',
    explanation:
      'Docker Hub limits pulls per period for anonymous users (per IP) and for free accounts. CI runners sharing an IP, or builds that pull on every run, hit it quickly.',
    causes: ['Anonymous pulls from a shared CI IP address', 'Many pulls per build (no layer cache)', 'Free-account limits reached'],
    fixes: [
      {
        title: 'Authenticate and cache',
        steps: ['Log in to Docker Hub in CI (higher limit per account)', 'Use a registry mirror / pull-through cache, or copy base images to your own registry'],
        code: 'echo "$DOCKERHUB_TOKEN" | docker login -u "$DOCKERHUB_USER" --password-stdin',
      },
    ],
    references: [{ title: 'Docker Hub: Usage and limits', url: `${DOCKER_DOCS}/docker-hub/usage/` }],
    samples: ['Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit'],
  },

  // ---------------------------------------------------------------- Kubernetes
  {
    id: 'docker.rootless-uid-map',
    language: 'docker',
    match: /failed to setup UID\/GID map(?:: (?<detail>[^\n]{0,300}?No subuid ranges found for user (?<uid>\d{1,10})(?: \("(?<user>[^"\n]{1,64})"\))?|[^\n]{0,300}))?/,
    errorType: 'failed to setup UID/GID map',
    category: 'configuration',
    priority: 40,
    summary: (c) => `Rootless Docker cannot start: ${c.user ? `user ${c.user}` : 'this user'} has no subordinate UID/GID range.`,
    explanation: (c) =>
      `Rootless Docker (rootlesskit) maps the container's users onto a range of subordinate IDs that /etc/subuid and /etc/subgid give ${c.user ?? 'the user'}. ${c.uid ? `There is no range for user ${c.uid}${c.user ? ` (${c.user})` : ''}: ` : ''}system accounts created with useradd --system, and users from LDAP or NixOS declarations without subUidRanges, get none.`,
    causes: ['The user has no line in /etc/subuid and /etc/subgid', 'A system or directory (LDAP) account', 'newuidmap/newgidmap (uidmap package) missing'],
    fixes: (c) => [
      {
        title: `Give ${c.user ?? 'the user'} subordinate ID ranges`,
        steps: ['Add a range to /etc/subuid and /etc/subgid, then restart the rootless daemon'],
        code: `sudo usermod --add-subuids 100000-165535 --add-subgids 100000-165535 ${c.user ?? '$USER'}\ngrep ${c.user ?? '$USER'} /etc/subuid /etc/subgid\nsystemctl --user restart docker`,
      },
    ],
    references: [{ title: 'Docker: rootless mode (prerequisites)', url: `${DOCKER_DOCS}/engine/security/rootless/` }],
    samples: ['dockerd-rootless[3521211]: [rootlesskit:parent] error: failed to setup UID/GID map: failed to compute uid/gid map: No subuid ranges found for user 993 ("git")'],
  },
  {
    id: 'docker.short-name-resolution',
    language: 'docker',
    // Podman, Buildah and Skopeo (containers/image) with short-name-mode = "enforcing".
    match: /short-name resolution enforced but cannot prompt without a TTY|short-name "(?<name>[^"\n]{1,200})" did not resolve to an alias and no unqualified-search registries are defined/,
    errorType: 'short-name resolution enforced',
    category: 'configuration',
    priority: 40,
    summary: (c) => `Podman/Buildah will not guess which registry a short image name${c.name ? ` (${c.name})` : ''} comes from.`,
    explanation:
      'Podman, Buildah and Skopeo do not assume Docker Hub for an image written without a registry ("alpine", "user/image"). With short-name-mode enforcing they ask which registry to use, and without a terminal (CI, scripts, tools calling podman) they stop instead.',
    causes: ['An image reference without a registry (FROM alpine:3, whalebrew/whalesay) run by Podman or Buildah', 'No alias for the name in /etc/containers/registries.conf.d'],
    fixes: [
      {
        title: 'Write the registry in the image name',
        steps: ['Use the fully qualified name, or declare an unqualified-search registry'],
        code: 'FROM docker.io/library/alpine:3\npodman pull docker.io/whalebrew/whalesay\n# /etc/containers/registries.conf\nunqualified-search-registries = ["docker.io"]',
      },
    ],
    references: [{ title: 'containers-registries.conf(5): short-name aliasing', url: 'https://github.com/containers/image/blob/main/docs/containers-registries.conf.5.md' }],
    samples: ['error creating build container: short-name resolution enforced but cannot prompt without a TTY'],
  },
  {
    id: 'docker.compose-additional-property',
    language: 'docker',
    // docker compose's schema validation: a key where the schema has none (a service at the root, a typo).
    match: /(?<where>\(root\)|services\.[\w.-]{1,100}|[\w.-]{1,100}) Additional property (?<property>[\w.-]{1,100}) is not allowed|Additional property (?<property2>[\w.-]{1,100}) is not allowed/,
    requires: /Additional property /,
    errorType: 'Additional property is not allowed',
    category: 'configuration',
    priority: 40,
    summary: (c) => `docker compose does not accept the key ${c.property ?? c.property2}${c.where ? ` under ${c.where}` : ''}.`,
    explanation: (c) =>
      c.where === '(root)'
        ? `${c.property} sits at the top level of the compose file, where only services, networks, volumes, configs, secrets, name and x- extensions may be. Almost always it is a service whose indentation slipped out of services: (or the file lacks the services: line).`
        : `The compose schema has no key ${c.property ?? c.property2}${c.where ? ` in ${c.where}` : ''}: a typo, wrong indentation, or a key of another compose file version.`,
    causes: ['A service indented at the root instead of under services:', 'A misspelt key', 'A key from another compose version or from Swarm/Kubernetes manifests'],
    fixes: (c) => [
      {
        title: `Move or fix ${c.property ?? c.property2}`,
        steps: ['Check the indentation and spelling against the compose specification', 'Let compose print the file as it reads it'],
        code: `docker compose config\n# services:\n#   ${c.property ?? c.property2}:\n#     image: …`,
      },
    ],
    references: [{ title: 'Compose file reference', url: `${DOCKER_DOCS}/reference/compose-file/` }],
    samples: ['Error: (root) Additional property db is not allowed', 'services.web Additional property enviroment is not allowed'],
  },
  {
    id: 'k8s.crashloopbackoff',
    language: 'kubernetes',
    // Not when the pod's logs were pasted too and show the program's own crash: that is the error,
    // the back-off only its consequence (a Go panic, a Python traceback, a JVM's uncaught exception).
    match: /(?<![\s\S])(?![\s\S]*?\b(?:kubectl|oc) logs\b[^\n]{0,300}\n[\s\S]{0,5000}?(?:^panic: |Traceback \(most recent call last\)|Exception in thread "))[\s\S]*?(?:^(?<pod>[a-z0-9][a-z0-9.-]{0,252}) +\d{1,3}\/\d{1,3} +CrashLoopBackOff\b|\bCrashLoopBackOff\b|Back-off restarting failed container(?: (?<container>[a-z0-9][a-z0-9-]{0,62}))?)/m,
    requires: /CrashLoopBackOff|Back-off restarting/,
    errorType: 'CrashLoopBackOff',
    category: 'runtime',
    priority: 40,
    summary: (c) => `The container${c.pod ? ` of pod ${c.pod}` : c.container ? ` ${c.container}` : ''} keeps crashing right after start; Kubernetes waits longer between restarts.`,
    explanation:
      'CrashLoopBackOff is not the error itself: the container starts, exits (or is killed), and the kubelet restarts it with an increasing delay (up to 5 minutes). ' +
      'The reason is in the logs of the previous (crashed) run and in the "Last State" of kubectl describe: an application error at start-up, missing configuration, a failing liveness probe, or OOMKilled.',
    causes: [
      'The application exits at start-up (exception, missing environment variable or secret, cannot reach the database)',
      'The command/entrypoint is wrong or finishes immediately (a container must keep a foreground process)',
      'Liveness probe failing and killing the container',
      'Out of memory (Last State: OOMKilled, exit code 137)',
    ],
    fixes: (c) => [
      {
        title: 'Read the logs of the crashed run and the last state',
        steps: ['Get logs of the previous container instance', 'Describe the pod: Last State, Exit Code, Events'],
        code: `kubectl logs ${c.pod ?? '<pod>'} --previous\nkubectl describe pod ${c.pod ?? '<pod>'}\nkubectl get pod ${c.pod ?? '<pod>'} -o jsonpath='{.status.containerStatuses[*].lastState}'`,
      },
      {
        title: 'Debug the start-up interactively',
        steps: ['Start a copy of the pod with a shell instead of the normal command'],
        code: `kubectl debug ${c.pod ?? '<pod>'} -it --copy-to=debug-pod --container=app -- sh`,
      },
    ],
    references: [DEBUG_PODS, { title: 'Kubernetes: Pod lifecycle (container restart policy)', url: `${K8S_DOCS}/concepts/workloads/pods/pod-lifecycle/` }],
    samples: [
      'NAME                        READY   STATUS             RESTARTS      AGE\napi-7d9c8b6f5-x2k4q         0/1     CrashLoopBackOff   6 (2m ago)    9m',
      'Events:\n  Type     Reason   Age                 From     Message\n  ----     ------   ----                ----     -------\n  Warning  BackOff  12s (x25 over 5m)   kubelet  Back-off restarting failed container api in pod api-7d9c8b6f5-x2k4q_default(1b2c…)',
    ],
  },
  {
    id: 'k8s.imagepullbackoff',
    language: 'kubernetes',
    // Events list ErrImagePull first and ImagePullBackOff once the kubelet starts backing off: the
    // later state is the one the pod is in.
    match: /Failed to pull image "(?<image>[^"\n]{1,300})"(?:: (?<reason>[^\n]{0,300}))?(?=(?:[\s\S]{0,3000}?(?<backoff>\bImagePullBackOff\b))?)|^(?<pod>[a-z0-9][a-z0-9.-]{0,252}) +\d{1,3}\/\d{1,3} +(?:ImagePullBackOff|(?<podErr>ErrImagePull))\b|\b(?:ImagePullBackOff|(?<err>ErrImagePull)(?=(?:[\s\S]{0,3000}?(?<laterBackoff>\bImagePullBackOff\b))?))\b|Back-off pulling image \\?"(?<backoffImage>[^"\\\n]{1,300})/m,
    // ErrImagePull alone (a failed pull, a kubelet log line) is the state the pod is in until the back-off starts.
    errorType: (c) => ((c.image || c.podErr || c.err) && !c.backoff && !c.laterBackoff ? 'ErrImagePull' : 'ImagePullBackOff'),
    category: 'configuration',
    priority: 40,
    summary: (c) => `Kubernetes cannot pull the image${c.image || c.backoffImage ? ` ${c.image ?? c.backoffImage}` : ''}${c.pod ? ` for pod ${c.pod}` : ''}.`,
    explanation: (c) =>
      'The kubelet on the node failed to download the container image and is retrying with back-off. ' +
      (c.reason
        ? /not found|manifest unknown/i.test(c.reason)
          ? 'The registry says the image or tag does not exist. '
          : /unauthorized|denied|authentication|forbidden/i.test(c.reason)
            ? 'The registry refused access: the pod has no (or wrong) imagePullSecret. '
            : /no match for platform/i.test(c.reason)
              ? 'The image has no variant for the node\'s CPU architecture. '
              : 'The node could not reach the registry or the pull failed. '
        : '') +
      'The exact reason is in the pod events (kubectl describe pod).',
    causes: [
      'Wrong image name or tag (typo, tag never pushed)',
      'Private registry without imagePullSecrets (or an expired token)',
      'The node cannot reach the registry (network policy, proxy, DNS)',
      'Image built for another architecture than the nodes',
    ],
    fixes: (c) => [
      {
        title: 'Read the event and fix name or credentials',
        steps: ['Describe the pod and read the Failed events', 'Create a registry secret and reference it in the pod spec'],
        code: `kubectl describe pod ${c.pod ?? '<pod>'}${c.image || c.backoffImage ? `\ndocker pull ${c.image ?? c.backoffImage}   # does the image exist, and can you pull it?` : ''}\nkubectl create secret docker-registry regcred --docker-server=${c.image && /^[\w-]+\.[\w.-]+\//.test(c.image) ? c.image.split('/')[0] : 'ghcr.io'} --docker-username=<user> --docker-password=<token>\n# pod spec\nimagePullSecrets:\n  - name: regcred`,
      },
    ],
    references: [
      { title: 'Kubernetes: Images (ImagePullBackOff)', url: `${K8S_DOCS}/concepts/containers/images/` },
      { title: 'Kubernetes: Pull an image from a private registry', url: `${K8S_DOCS}/tasks/configure-pod-container/pull-image-private-registry/` },
    ],
    samples: [
      'web-5f6d8c7b9-8zq2m   0/1     ImagePullBackOff   0          3m12s',
      '  Warning  Failed     8s (x3 over 50s)   kubelet  Failed to pull image "ghcr.io/acme/api:v2.3": rpc error: code = Unknown desc = failed to pull and unpack image "ghcr.io/acme/api:v2.3": failed to resolve reference "ghcr.io/acme/api:v2.3": unexpected status from HEAD request: 401 Unauthorized\n  Warning  Failed     8s (x3 over 50s)   kubelet  Error: ErrImagePull',
    ],
  },
  {
    id: 'k8s.oomkilled',
    language: 'kubernetes',
    // Old API servers wrote the reason as "OOM Killed".
    match: /\bOOMKilled\b(?!")|"reason": ?"OOM ?Killed"/,
    errorType: 'OOMKilled',
    category: 'memory',
    priority: 45,
    summary: 'The container used more memory than its limit and was killed (OOMKilled, exit code 137).',
    explanation:
      'When a container exceeds resources.limits.memory, the kernel OOM killer terminates it; Kubernetes records reason OOMKilled and restarts it (often ending in CrashLoopBackOff). ' +
      'Either the limit is too low for the workload, the runtime does not respect the container limit (JVM/Node heap sizing), or the application leaks memory.',
    causes: [
      'resources.limits.memory lower than the real peak usage',
      'Runtime heap not sized for the container (JVM without MaxRAMPercentage, Node default heap)',
      'A memory leak or unbounded cache/batch',
    ],
    fixes: [
      {
        title: 'Measure and set limits accordingly',
        steps: ['Check actual usage', 'Raise the limit (and request) to fit the peak', 'Cap the runtime heap below the limit'],
        code: 'kubectl top pod <pod>\nresources:\n  requests:\n    memory: "512Mi"\n  limits:\n    memory: "1Gi"\n# JVM: -XX:MaxRAMPercentage=75   Node: --max-old-space-size=768',
      },
    ],
    references: [
      { title: 'Kubernetes: Assign memory resources to containers', url: `${K8S_DOCS}/tasks/configure-pod-container/assign-memory-resource/` },
      { title: 'Kubernetes: Resource management for pods and containers', url: `${K8S_DOCS}/concepts/configuration/manage-resources-containers/` },
    ],
    samples: [
      '    Last State:     Terminated\n      Reason:       OOMKilled\n      Exit Code:    137\n      Started:      Mon, 06 May 2024 10:01:12 +0000\n      Finished:     Mon, 06 May 2024 10:03:40 +0000',
      'worker-6b8f9d7c5-lq9xt   0/1     OOMKilled   3 (40s ago)   6m',
    ],
  },
  {
    id: 'k8s.insufficient-resources',
    language: 'kubernetes',
    match: /0\/(?<total>\d{1,5}) nodes are available:[^\n]{0,400}?Insufficient (?<resource>[\w./-]{0,59}[\w/-])/,
    errorType: 'FailedScheduling',
    category: 'configuration',
    priority: 45,
    summary: (c) => `The pod stays Pending: no node has enough free ${c.resource ?? 'resources'} for its requests.`,
    explanation: (c) =>
      `The scheduler checked ${c.total ? `all ${c.total} nodes` : 'every node'} and none has enough unreserved ${c.resource ?? 'capacity'} to satisfy the pod's resources.requests. ` +
      'Scheduling uses requests, not real usage: nodes can look idle and still be "full" of requests. The cluster needs more capacity, or the pod asks for too much.',
    causes: [
      'Requests (cpu/memory) larger than any node can offer',
      'The cluster is full of other pods\' requests',
      'Cluster autoscaler missing, at its max size, or unable to add the needed node type',
    ],
    fixes: [
      {
        title: 'Compare requests with node capacity',
        steps: ['See allocated resources per node', 'Lower the pod requests if they are oversized, or add nodes/enable autoscaling'],
        code: 'kubectl describe nodes | grep -A8 "Allocated resources"\nkubectl get pod <pod> -o jsonpath="{.spec.containers[*].resources}"',
      },
    ],
    references: [{ title: 'Kubernetes: Resource management for pods and containers', url: `${K8S_DOCS}/concepts/configuration/manage-resources-containers/` }],
    samples: [
      '  Warning  FailedScheduling  30s   default-scheduler  0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient memory. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.',
    ],
  },
  {
    id: 'k8s.untolerated-taint',
    language: 'kubernetes',
    match: /had (?:untolerated )?taints? \{(?<taint>[^}\n]{1,200})\}/,
    errorType: 'FailedScheduling',
    category: 'configuration',
    priority: 44,
    summary: (c) => `The pod is Pending: the nodes carry a taint (${c.taint ?? '?'}) the pod does not tolerate.`,
    explanation: (c) =>
      `Taints keep pods off nodes unless the pod has a matching toleration. The available nodes have ${c.taint ?? 'a taint'}, e.g. the control-plane taint, a dedicated node pool, ` +
      'or node.kubernetes.io/not-ready / disk-pressure taints set automatically on unhealthy nodes.',
    causes: [
      'Only control-plane nodes exist (single-node kubeadm clusters keep the control-plane taint)',
      'Nodes of a dedicated pool are tainted and the pod lacks the toleration',
      'Nodes are NotReady or under pressure, and Kubernetes tainted them',
    ],
    fixes: [
      {
        title: 'Add a toleration or fix the nodes',
        steps: ['Check node taints', 'Add a matching toleration (and a nodeSelector) to the pod, or remove the taint on a dev cluster'],
        code: 'kubectl describe nodes | grep -i taints\n\ntolerations:\n  - key: "dedicated"\n    operator: "Equal"\n    value: "gpu"\n    effect: "NoSchedule"\n\n# single-node dev cluster\nkubectl taint nodes --all node-role.kubernetes.io/control-plane-',
      },
    ],
    references: [{ title: 'Kubernetes: Taints and tolerations', url: `${K8S_DOCS}/concepts/scheduling-eviction/taint-and-toleration/` }],
    samples: ['Warning  FailedScheduling  2m   default-scheduler  0/1 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.'],
  },
  {
    id: 'k8s.pvc-unbound',
    language: 'kubernetes',
    match: /pod has unbound immediate PersistentVolumeClaims|persistentvolumeclaim "(?<pvc>[^"\n]{1,253})" not found|waiting for first consumer to be created before binding/,
    errorType: 'FailedScheduling',
    category: 'configuration',
    priority: 45,
    summary: (c) => `The pod waits for storage: ${c.pvc ? `the claim ${c.pvc} does not exist` : 'its PersistentVolumeClaim is not bound to a volume'}.`,
    explanation:
      'A pod that mounts a PersistentVolumeClaim can only start when the claim is bound to a PersistentVolume. The claim is missing, names a StorageClass that does not exist, ' +
      'there is no default StorageClass/provisioner (common on bare-metal and kind/minikube without the addon), or no static volume matches its size/access mode.',
    causes: ['No default StorageClass or dynamic provisioner', 'storageClassName that does not exist', 'The PVC is not created or in another namespace', 'Access mode (ReadWriteMany) not supported by the provisioner'],
    fixes: [
      {
        title: 'Inspect the claim and storage classes',
        steps: ['Describe the PVC and read its events', 'List storage classes and mark one as default if needed'],
        code: 'kubectl get pvc\nkubectl describe pvc <claim>\nkubectl get storageclass\nkubectl patch storageclass standard -p \'{"metadata":{"annotations":{"storageclass.kubernetes.io/is-default-class":"true"}}}\'',
      },
    ],
    references: [{ title: 'Kubernetes: Persistent volumes', url: `${K8S_DOCS}/concepts/storage/persistent-volumes/` }],
    samples: ['Warning  FailedScheduling  15s  default-scheduler  0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.'],
  },
  {
    id: 'k8s.failed-scheduling',
    language: 'kubernetes',
    // Before Kubernetes 1.9 the scheduler listed failed predicates instead of counting nodes; Volcano's
    // scheduler says "0/2 nodes are unavailable". Any other FailedScheduling event row is the same error.
    match: /0\/(?<total>\d{1,5}) nodes are (?:un)?available: (?<reasons>[^\n]{1,600})|FailedScheduling\s{1,20}No nodes are available that match all of the following predicates::? ?(?<predicates>[^\n]{1,600})|reason: '?FailedScheduling'? (?<message>[^\n]{1,600})|(?<![\w-])FailedScheduling\s{1,40}(?![^\n]{0,200}?nodes are (?:un)?available|No nodes are available)(?<row>[^\n]{1,600})/,
    // The third form is the event as components log it: "type: 'Warning' reason: 'FailedScheduling' no nodes available…".
    errorType: 'FailedScheduling',
    category: 'configuration',
    priority: 35,
    summary: (c) => `The pod stays Pending: none of the ${c.total ? `${c.total} ` : ''}nodes can run it.`,
    explanation: (c) =>
      `The scheduler rejected every node. Its reasons${c.message || c.row ? '' : ', per group of nodes'}: ${(c.reasons ?? c.predicates ?? c.message ?? c.row)?.slice(0, 300) ?? 'see the FailedScheduling event'}. ` +
      'Typical reasons are node selectors/affinity that match no node, topology spread or anti-affinity rules, volume zone conflicts, or ports already used on the node (hostPort).',
    causes: ["nodeSelector / node affinity that matches no node's labels", 'Pod anti-affinity or topology spread constraints that cannot be satisfied', 'Volume node affinity conflict (volume in another zone)', 'hostPort already used on all nodes'],
    fixes: [
      {
        title: 'Compare the pod constraints with the nodes',
        steps: ['Read the FailedScheduling event in full', 'Compare nodeSelector/affinity with node labels'],
        code: 'kubectl describe pod <pod> | sed -n "/Events/,$p"\nkubectl get nodes --show-labels',
      },
    ],
    references: [{ title: 'Kubernetes: Assigning pods to nodes', url: `${K8S_DOCS}/concepts/scheduling-eviction/assign-pod-node/` }],
    samples: ["Warning  FailedScheduling  41s  default-scheduler  0/4 nodes are available: 4 node(s) didn't match Pod's node affinity/selector. preemption: 0/4 nodes are available: 4 Preemption is not helpful for scheduling.", "I0109 11:22:34.614722 5 event.go:217] Event(api.ObjectReference{Kind:\"Pod\", Namespace:\"kube-system\", Name:\"kube-dns-1084603659-s7gjh\"}): type: 'Warning' reason: 'FailedScheduling' no nodes available to schedule pods", '  Warning  FailedScheduling  3m32s  volcano  0/2 nodes are unavailable: 1 plugin NodeUnschedulable predicates failed node(s) were unschedulable, 1 plugin NodeVolumeLimits predicates failed node(s) exceed max volume count.'],
  },
  {
    id: 'k8s.createcontainerconfigerror',
    language: 'kubernetes',
    match: /\bCreateContainerConfigError\b(?:[\s\S]{0,4000}?(?:Error: (?<kind>secret|configmap) "(?<name>[^"\n]{1,253})" not found|couldn't find key (?<key>\S{1,253}) in (?<keyKind>Secret|ConfigMap) (?<ref>\S{1,300})))?|Error: (?<kindB>secret|configmap)s? "(?<nameB>[^"\n]{1,253})" not found|couldn't find key (?<keyB>\S{1,253}) in (?<keyKindB>Secret|ConfigMap) (?<refB>\S{1,300})/,
    errorType: 'CreateContainerConfigError',
    category: 'configuration',
    priority: 45,
    summary: (c) => {
      const kind = c.kind ?? c.kindB;
      const name = c.name ?? c.nameB;
      const key = c.key ?? c.keyB;
      if (kind) return `The pod references the ${kind} "${name ?? ''}", which does not exist in its namespace.`;
      if (key) return `The key ${key} is missing from ${c.keyKind ?? c.keyKindB ?? 'the Secret/ConfigMap'} ${c.ref ?? c.refB ?? ''}.`;
      return 'Kubernetes cannot build the container configuration: a referenced Secret or ConfigMap (or a key in it) is missing.';
    },
    explanation:
      'Before starting a container the kubelet resolves env, envFrom and volume references to Secrets and ConfigMaps. A reference points to an object or key that does not exist in the pod\'s namespace, so the container is never created. ' +
      'Secrets and ConfigMaps are namespaced: one created in "default" is invisible to a pod in "prod".',
    causes: [
      'The Secret/ConfigMap was not created (or is created later by another tool, e.g. External Secrets not synced)',
      'It exists in another namespace',
      'A key name mismatch in secretKeyRef/configMapKeyRef',
    ],
    fixes: (c) => {
      const missing = configReference(c);
      return [
        {
          title: missing.key ? `Add the key ${missing.key} or fix the reference` : `Create ${missing.object} or fix the reference`,
          steps: [
            'Describe the pod to see the exact name it references',
            `Check in the pod's namespace: kubectl get ${missing.resource} ${missing.objectName} -n ${missing.namespace}`,
            missing.key
              ? `Add ${missing.key} to it (or correct the key name in secretKeyRef/configMapKeyRef)`
              : 'Create it (or mark the reference optional: true if it may be absent)',
          ],
          code: missing.key
            ? `kubectl get ${missing.resource} ${missing.objectName} -n ${missing.namespace} -o jsonpath='{.data}'\n` +
              `kubectl patch ${missing.resource} ${missing.objectName} -n ${missing.namespace} --type merge -p '{"${missing.resource === 'secret' ? 'stringData' : 'data'}":{"${missing.key}":"<value>"}}'`
            : `kubectl describe pod <pod> -n ${missing.namespace}\nkubectl get secret,configmap -n ${missing.namespace}\n` +
              (missing.resource === 'configmap'
                ? `kubectl create configmap ${missing.objectName} -n ${missing.namespace} --from-literal=KEY=value`
                : `kubectl create secret generic ${missing.objectName} -n ${missing.namespace} --from-literal=KEY=value`),
        },
      ];
    },
    references: [
      { title: 'Kubernetes: Secrets', url: `${K8S_DOCS}/concepts/configuration/secret/` },
      { title: 'Kubernetes: ConfigMaps', url: `${K8S_DOCS}/concepts/configuration/configmap/` },
    ],
    samples: [
      'api-6c9f7d8b4-k2j9s   0/1     CreateContainerConfigError   0          45s',
      '  Warning  Failed     5s (x6 over 60s)  kubelet  Error: secret "db-credentials" not found',
      "  Warning  Failed  12s  kubelet  Error: couldn't find key REDIS_URL in Secret default/app-secrets",
      "worker-5d8f9c7b6-q7x2m   0/1     CreateContainerConfigError   0          2m\n  Warning  Failed  8s (x9 over 2m)  kubelet  Error: couldn't find key LOG_LEVEL in ConfigMap staging/worker-config",
    ],
  },
  {
    id: 'k8s.readiness-probe-failed',
    language: 'kubernetes',
    // An event row names its reason (Unhealthy), which is the error's name there, as FailedScheduling is.
    match: /(?:(?<eventReason>Unhealthy)\s[^\n]{0,300}?)?Readiness probe failed: (?<detail>[^\n]{0,300})/,
    requires: /Readiness probe failed: /,
    errorType: (c) => c.eventReason ?? 'Readiness probe failed',
    category: 'runtime',
    priority: 40,
    summary: 'The container is running but its readiness probe fails, so it receives no traffic.',
    explanation: (c) =>
      `Kubernetes only routes Service traffic to pods whose readiness probe succeeds. The probe failed${c.detail ? ` (${c.detail.slice(0, 160)})` : ''}: ` +
      'the app is not listening yet, listens on another port/path/interface (127.0.0.1 instead of 0.0.0.0), answers with a non-2xx/3xx status, or is waiting for a dependency its readiness check includes.',
    causes: [
      'Wrong probe port or path, or the app binds to 127.0.0.1',
      'Slow start-up: initialDelaySeconds/startupProbe too short',
      'The readiness endpoint reports a failing dependency (database down)',
      'timeoutSeconds too low for the endpoint',
    ],
    fixes: [
      {
        title: 'Test the probe from inside the pod',
        steps: ['Call the probe endpoint from the container', 'Make the app listen on 0.0.0.0 and the probe use its real port/path', 'Add a startupProbe for slow starts'],
        code: 'kubectl exec -it <pod> -- wget -qO- http://127.0.0.1:8080/health/ready\nreadinessProbe:\n  httpGet: { path: /health/ready, port: 8080 }\n  periodSeconds: 5\n  timeoutSeconds: 2',
      },
    ],
    references: [{ title: 'Kubernetes: Configure liveness, readiness and startup probes', url: `${K8S_DOCS}/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/` }],
    samples: ['  Warning  Unhealthy  3s (x12 over 60s)  kubelet  Readiness probe failed: Get "http://10.244.1.17:8080/health/ready": dial tcp 10.244.1.17:8080: connect: connection refused'],
  },
  {
    id: 'k8s.liveness-probe-failed',
    language: 'kubernetes',
    match: /(?:(?<eventReason>Unhealthy)\s[^\n]{0,300}?)?(?<probe>Liveness|Startup) probe failed: (?<detail>[^\n]{0,300})/,
    requires: /(?:Liveness|Startup) probe failed: /,
    errorType: (c) => c.eventReason ?? `${c.probe ?? 'Liveness'} probe failed`,
    category: 'runtime',
    priority: 40,
    summary: (c) => `The ${(c.probe ?? 'liveness').toLowerCase()} probe fails, so Kubernetes keeps restarting the container.`,
    explanation: (c) =>
      `When a ${(c.probe ?? 'liveness').toLowerCase()} probe fails failureThreshold times, the kubelet kills and restarts the container${c.detail ? ` (last failure: ${c.detail.slice(0, 160)})` : ''}. ` +
      'A probe that is too strict (short timeout, checking the database) or that starts before the app is up turns a slow start or a busy moment into a restart loop.',
    causes: [
      'Slow start-up without a startupProbe (or too small initialDelaySeconds)',
      'Wrong port/path or the app binds to 127.0.0.1',
      'The liveness endpoint checks external dependencies and fails when they blink',
      'timeoutSeconds too low under load (GC pauses, CPU throttling)',
    ],
    fixes: [
      {
        title: 'Make liveness cheap and give start-up time',
        steps: ['Keep liveness a local "process is alive" check', 'Add a startupProbe for slow starts', 'Check restarts and events'],
        code: 'startupProbe:\n  httpGet: { path: /health/live, port: 8080 }\n  failureThreshold: 30\n  periodSeconds: 2\nlivenessProbe:\n  httpGet: { path: /health/live, port: 8080 }\n  timeoutSeconds: 3',
      },
    ],
    references: [{ title: 'Kubernetes: Configure liveness, readiness and startup probes', url: `${K8S_DOCS}/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/` }],
    samples: ['  Warning  Unhealthy  20s (x3 over 40s)  kubelet  Liveness probe failed: HTTP probe failed with statuscode: 503\n  Normal   Killing    20s                kubelet  Container api failed liveness probe, will be restarted'],
  },
  {
    id: 'k8s.not-found',
    language: 'kubernetes',
    match: /Error from server \(NotFound\): (?<resource>[\w.-]{1,100}) "(?<name>[^"\n]{1,253})" not found/,
    errorType: 'NotFound',
    category: 'configuration',
    priority: 35,
    summary: (c) => `The ${(c.resource ?? 'resource').split('.')[0].replace(/s$/, '')} "${c.name ?? ''}" does not exist in the namespace/context kubectl is using.`,
    explanation: (c) =>
      `kubectl asked the API server for ${c.resource ?? 'the resource'} ${c.name ?? ''} and it does not exist in the current namespace (or cluster/context). ` +
      'Pod names of Deployments change with every rollout (api-7d9c8b6f5-x2k4q), so names copied from earlier output go stale.',
    causes: ['Wrong namespace (default vs the app namespace)', 'Wrong context/cluster', 'The pod was replaced (new random suffix) or deleted', 'Typo in the name or resource type'],
    fixes: (c) => [
      {
        title: 'Look in the right namespace and context',
        steps: ['Search all namespaces', 'Set the namespace on the command or the context', 'Address pods through their deployment'],
        code: `kubectl config current-context\nkubectl get ${c.resource ?? 'pods'} -A | grep ${c.name ? c.name.replace(/-[a-z0-9]{5}$/, '') : '<name>'}${c.name ? `\nkubectl get ${c.resource ?? 'pods'} ${c.name} -n <namespace>` : ''}\nkubectl logs deploy/<deployment> -n <ns>`,
      },
    ],
    references: [{ title: 'Kubernetes: kubectl reference', url: `${K8S_DOCS}/reference/kubectl/` }, { title: 'Kubernetes: Namespaces', url: `${K8S_DOCS}/concepts/overview/working-with-objects/namespaces/` }],
    samples: ['Error from server (NotFound): pods "api-7d9c8b6f5-x2k4q" not found', 'Error from server (NotFound): deployments.apps "web" not found'],
  },
  {
    id: 'k8s.forbidden',
    language: 'kubernetes',
    // Before Kubernetes 1.11: "cannot list pods at the cluster scope" (no "resource" and no quotes).
    match: /is forbidden:\s{1,6}User "(?<user>[^"\n]{1,300})"\s{1,6}cannot (?<verb>\w{1,30}) (?:resource "(?<resource>[^"\n]{1,100})"|(?<oldResource>[\w.-]{1,100}))(?: in API group "(?<group>[^"\n]{0,100})")?(?: in the namespace "(?<namespace>[^"\n]{1,100})"| at the cluster scope)?/,
    requires: /is forbidden:\s{1,6}User /,
    errorType: 'Forbidden',
    category: 'permission',
    priority: 40,
    summary: (c) =>
      `${c.user ?? 'The user'} may not ${c.verb ?? 'access'} ${(c.resource ?? c.oldResource) ?? 'this resource'}${c.namespace ? ` in namespace ${c.namespace}` : ''}.`,
    explanation: (c) =>
      'The request was authenticated, but RBAC has no Role/ClusterRole binding that allows it. ' +
      (c.user && c.user.startsWith('system:serviceaccount:')
        ? `The caller is the service account ${c.user.split(':').slice(2).join('/')} — code running in a pod uses its service account's permissions, which are minimal by default.`
        : 'Your kubeconfig user lacks a binding for this verb/resource in that namespace.'),
    causes: ['No RoleBinding/ClusterRoleBinding granting this verb on this resource', 'A pod using the default service account, which has almost no permissions', 'Binding created in another namespace than the request'],
    fixes: (c) => [
      {
        title: 'Check and grant the permission',
        steps: ['Ask the API what is allowed', 'Create a Role and RoleBinding for exactly this verb/resource'],
        code: `kubectl auth can-i ${c.verb ?? 'list'} ${(c.resource ?? c.oldResource) ?? 'pods'} --as=${c.user ?? '<user>'}${c.namespace ? ` -n ${c.namespace}` : ''}\nkubectl create role ${(c.resource ?? c.oldResource) ?? 'pods'}-reader --verb=get,list,watch --resource=${(c.resource ?? c.oldResource) ?? 'pods'}${c.namespace ? ` -n ${c.namespace}` : ''}\nkubectl create rolebinding ${(c.resource ?? c.oldResource) ?? 'pods'}-reader --role=${(c.resource ?? c.oldResource) ?? 'pods'}-reader ${c.user && c.user.startsWith('system:serviceaccount:') ? `--serviceaccount=${c.user.split(':').slice(2).join(':')}` : `--user=${c.user ?? '<user>'}`}${c.namespace ? ` -n ${c.namespace}` : ''}`,
      },
    ],
    references: [{ title: 'Kubernetes: Using RBAC authorization', url: `${K8S_DOCS}/reference/access-authn-authz/rbac/` }],
    samples: [
      'Error from server (Forbidden): pods is forbidden: User "jane@example.com" cannot list resource "pods" in API group "" in the namespace "prod"',
      'pods is forbidden: User "system:serviceaccount:default:default" cannot watch resource "pods" in API group "" at the cluster scope',
    ],
  },
  {
    id: 'k8s.connection-refused',
    language: 'kubernetes',
    // Also Helm's "Kubernetes cluster unreachable: Get "http://localhost:8080/version": dial tcp …: connection refused".
    match: /The connection to the server (?<server>\S{1,200}) was refused - did you specify the right host or port\?|Kubernetes cluster unreachable: Get "(?:https?:\/\/)?(?<server2>[^/"\s]{1,200})[^"\n]{0,300}": dial tcp [^\n]{0,200}?(?:connection refused|actively refused it)|couldn't get current server API group list: Get \\?"?(?:https?:\/\/)?(?<server3>[^/"\s\\]{1,200})[^"\s]{0,300}"?: dial tcp [^\n]{0,200}?connect: connection refused|Unable to register node with API server" err="Post \\?"(?:https?:\/\/)?(?<server4>[^/"\s\\]{1,200})[^"\s]{0,300}"?: dial tcp [^\n]{0,200}?connect: connection refused/,
    errorType: 'connection refused',
    category: 'configuration',
    priority: 40,
    summary: (c) =>
      (c.server ?? c.server2 ?? c.server3) === 'localhost:8080'
        ? `${c.server2 ? 'Helm' : 'kubectl'} has no cluster configured (no kubeconfig), so it tried localhost:8080.`
        : `${c.server2 ? 'Helm' : 'kubectl'} cannot reach the API server at ${c.server ?? c.server2 ?? c.server3 ?? 'the configured address'}.`,
    explanation: (c) =>
      (c.server ?? c.server2 ?? c.server3) === 'localhost:8080'
        ? 'localhost:8080 is the built-in default of kubectl and Helm when they find no kubeconfig: ~/.kube/config is missing, KUBECONFIG points to nothing, or you run as another user (sudo, a CI job) whose home has no config.'
        : 'The kubeconfig names an API server that refuses connections: the local cluster (minikube, kind, Docker Desktop) is stopped, or the control plane is down or restarting.',
    causes: ['No kubeconfig for this user (or KUBECONFIG not set), so the default localhost:8080 is used', 'The local cluster is stopped', 'Running kubectl with sudo, which uses root\'s (empty) config', 'Control-plane/kube-apiserver down'],
    fixes: [
      {
        title: 'Point kubectl at the cluster',
        steps: ['Check the current context', 'Start the local cluster or fetch credentials for the remote one', 'On kubeadm control planes, copy admin.conf'],
        code: 'kubectl config get-contexts\nminikube start   # or: kind create cluster\naws eks update-kubeconfig --name <cluster>\nmkdir -p $HOME/.kube && sudo cp /etc/kubernetes/admin.conf $HOME/.kube/config && sudo chown $(id -u):$(id -g) $HOME/.kube/config',
      },
    ],
    references: [{ title: 'Kubernetes: Organizing cluster access using kubeconfig files', url: `${K8S_DOCS}/concepts/configuration/organize-cluster-access-kubeconfig/` }],
    samples: ['The connection to the server localhost:8080 was refused - did you specify the right host or port?', 'Error: INSTALLATION FAILED: Kubernetes cluster unreachable: Get "http://localhost:8080/version": dial tcp 127.0.0.1:8080: connect: connection refused', 'E0506 10:12:01.123456   4242 memcache.go:265] couldn\'t get current server API group list: Get "https://127.0.0.1:6443/api?timeout=32s": dial tcp 127.0.0.1:6443: connect: connection refused\nThe connection to the server 127.0.0.1:6443 was refused - did you specify the right host or port?'],
  },
  {
    id: 'k8s.unauthorized',
    language: 'kubernetes',
    match: /You must be logged in to the server \((?<reason>[^)\n]{1,100})\)|the server has asked for the client to provide credentials/,
    errorType: 'Unauthorized',
    category: 'permission',
    priority: 40,
    summary: 'The API server did not accept kubectl\'s credentials.',
    explanation:
      'The kubeconfig credentials are missing, expired or rejected: a token/certificate that expired, a cloud login (EKS/GKE/AKS) whose session ended, an auth plugin that is not installed, ' +
      'or a kubeconfig copied from another cluster.',
    causes: ['Expired token or client certificate', 'Cloud credentials expired or wrong profile/account', 'Missing exec auth plugin (gke-gcloud-auth-plugin, kubelogin, aws CLI)', 'Kubeconfig for another cluster/context'],
    fixes: [
      {
        title: 'Refresh the credentials',
        steps: ['Log in again with your cloud CLI and regenerate the kubeconfig entry', 'Install the auth plugin your provider requires'],
        code: 'aws sso login && aws eks update-kubeconfig --name <cluster>\ngcloud components install gke-gcloud-auth-plugin && gcloud container clusters get-credentials <cluster>\naz login && az aks get-credentials -g <rg> -n <cluster>',
      },
    ],
    references: [{ title: 'Kubernetes: Authenticating', url: `${K8S_DOCS}/reference/access-authn-authz/authentication/` }],
    samples: ['error: You must be logged in to the server (Unauthorized)'],
  },
  {
    id: 'k8s.evicted',
    language: 'kubernetes',
    match: /\bEvicted\b(?:[\s\S]{0,300}?The node (?:was low on resource: (?<resource>[\w-]{1,40})|had condition: \[(?<condition>[\w-]{1,40})\]))?|The node was low on resource: (?<resource2>[\w-]{1,40})|The node had condition: \[(?<condition2>[\w-]{1,40})\]/,
    errorType: 'Evicted',
    category: 'memory',
    priority: 35,
    summary: (c) => `The pod was evicted because the node ran low on ${c.resource ?? c.resource2 ?? c.condition ?? c.condition2 ?? 'resources'}.`,
    explanation: (c) =>
      `When a node runs short of ${c.resource ?? c.resource2 ?? c.condition ?? c.condition2 ?? 'memory, disk or inodes'}, the kubelet evicts pods to protect the node, starting with pods using more than they requested. ` +
      'Evicted pods stay listed with status Failed until deleted; their controller creates replacements elsewhere.',
    causes: [
      'Pods using much more memory/ephemeral storage than their requests',
      'Node disk filling up (container logs, emptyDir, images) → DiskPressure',
      'No requests set (BestEffort pods are evicted first)',
    ],
    fixes: [
      {
        title: 'Set realistic requests/limits and clean up',
        steps: ['Set requests close to real usage (and ephemeral-storage limits)', 'Investigate node disk usage', 'Delete the leftover evicted pods'],
        code: 'kubectl describe node <node> | grep -i pressure\nkubectl get pods -A --field-selector=status.phase=Failed\nkubectl delete pods -A --field-selector=status.phase=Failed',
      },
    ],
    references: [{ title: 'Kubernetes: Node-pressure eviction', url: `${K8S_DOCS}/concepts/scheduling-eviction/node-pressure-eviction/` }],
    samples: [
      'Status:           Failed\nReason:           Evicted\nMessage:          The node was low on resource: memory. Threshold quantity: 100Mi, available: 84Mi. Container api was using 1.2Gi, request is 256Mi.',
      'worker-5d8f7c6b9-2xk8p   0/1     Evicted   0          3h',
    ],
  },
  {
    id: 'k8s.exceeded-quota',
    language: 'kubernetes',
    match: /exceeded quota: (?<quota>[^,\s]{1,253}), requested: (?<requested>[^\n]{1,200}?), used: (?<used>[^\n]{1,200}?), limited: (?<limited>[^\n]{1,200})|failed quota: (?<failedQuota>[^:\s]{1,253}): must specify (?<missing>[^\n]{1,200})/,
    errorType: 'exceeded quota',
    category: 'configuration',
    priority: 40,
    summary: (c) =>
      c.failedQuota
        ? `The namespace quota ${c.failedQuota} requires pods to declare ${c.missing ?? 'resource requests/limits'}.`
        : `Creating the pod would exceed the namespace quota ${c.quota ?? ''} (requested ${c.requested ?? '?'}, used ${c.used ?? '?'}, limit ${c.limited ?? '?'}).`,
    explanation:
      'A ResourceQuota caps the total requests/limits (or object counts) in the namespace. The API server rejects new pods that would exceed it, so the ReplicaSet cannot create pods (see its events). ' +
      'A quota on cpu/memory also forces every pod to declare those requests/limits.',
    causes: ['The namespace total is reached (many replicas, leftover pods/jobs)', 'Pods without requests/limits in a namespace with compute quotas', 'Quota sized too small for a rollout (surge pods count too)'],
    fixes: [
      {
        title: 'Check usage against the quota',
        steps: ['Describe the quota', 'Lower requests/replicas, clean up, or ask for a larger quota', 'Add a LimitRange to give defaults to pods without requests'],
        code: 'kubectl describe resourcequota -n <ns>\nkubectl get events -n <ns> --sort-by=.lastTimestamp | grep -i quota',
      },
    ],
    references: [{ title: 'Kubernetes: Resource quotas', url: `${K8S_DOCS}/concepts/policy/resource-quotas/` }],
    samples: [
      'Error from server (Forbidden): error when creating "deploy.yaml": pods "api-7d9c8b6f5-abcde" is forbidden: exceeded quota: compute-resources, requested: limits.memory=2Gi, used: limits.memory=7Gi, limited: limits.memory=8Gi',
      'Error creating: pods "web-6f7c-xk2p9" is forbidden: failed quota: team-quota: must specify limits.cpu for: web; limits.memory for: web',
    ],
  },
  {
    id: 'k8s.kubelet-failed',
    language: 'kubernetes',
    match: /failed to run Kubelet: (?<reason>[^\n]{1,300})/,
    errorType: 'failed to run Kubelet',
    category: 'configuration',
    // Above Go's file errors, which the reason often ends with.
    priority: 35,
    summary: (c) => `The kubelet exited at start-up: ${c.reason}`,
    explanation: (c) => {
      const r = c.reason ?? '';
      if (/bootstrap kubeconfig|kubelet\.conf|kubeconfig/.test(r)) return 'The kubelet has no kubeconfig to reach the API server: the node was never joined (kubeadm join/init writes /etc/kubernetes/kubelet.conf), or the file was removed by a reset.';
      if (/swap/i.test(r)) return 'The kubelet refuses to run with swap on unless configured to (failSwapOn: false).';
      if (/cgroup driver/i.test(r)) return 'The kubelet and the container runtime use different cgroup drivers (systemd vs cgroupfs).';
      return "systemd restarts the kubelet in a loop until its configuration is fixed; the reason after the colon is the kubelet's own.";
    },
    causes: ['The node was not joined (no kubelet.conf), or was reset', 'Swap enabled', 'A cgroup driver mismatch with the container runtime'],
    fixes: [
      {
        title: 'Fix what the reason names, then restart the kubelet',
        steps: ['Join or re-initialise the node, disable swap, or align the cgroup driver; then restart the kubelet and watch its log.'],
        code: 'sudo journalctl -u kubelet -f\nsudo swapoff -a\nsudo kubeadm join <control-plane>:6443 --token <token> --discovery-token-ca-cert-hash <hash>',
      },
    ],
    references: [{ title: 'Kubernetes: Troubleshooting kubeadm', url: `${K8S_DOCS}/setup/production-environment/tools/kubeadm/troubleshooting-kubeadm/` }],
    samples: ['F0830 16:59:57.231711    3749 server.go:274] failed to run Kubelet: unable to load bootstrap kubeconfig: stat /etc/kubernetes/bootstrap-kubelet.conf: no such file or directory'],
  },
  {
    id: 'k8s.no-kind-match',
    language: 'kubernetes',
    // A journal line may cut the message after the kind.
    match: /no matches for kind "(?<kind>[^"\n]{1,100})"(?: in version "(?<version>[^"\n]{1,100})")?/,
    errorType: 'no matches for kind',
    category: 'configuration',
    priority: 40,
    summary: (c) => `The cluster does not serve ${c.kind ?? 'this kind'}${c.version ? ` in API version ${c.version}` : ''}.`,
    explanation: (c) =>
      `The manifest uses ${c.version ? `apiVersion ${c.version}` : 'an apiVersion'} for kind ${c.kind ?? ''}, and the API server does not know that combination. ` +
      'Either the API version was removed in this Kubernetes release (extensions/v1beta1 Ingress, policy/v1beta1 PodSecurityPolicy, batch/v1beta1 CronJob), ' +
      'or the kind is a custom resource whose CRD is not installed (cert-manager, Prometheus operator, Istio…).',
    causes: ['Deprecated API version removed in the cluster\'s Kubernetes version', 'CRD not installed yet (install order in Helm/kustomize/Argo)', 'Typo in apiVersion or kind'],
    fixes: (c) => [
      {
        title: 'Use a served API version or install the CRD',
        steps: [`List the versions the cluster serves for that kind (${c.version ?? 'the version used'} is not one of them)`, 'Update the manifest (e.g. networking.k8s.io/v1 for Ingress)', 'Install the operator/CRDs before resources that use them'],
        code: `kubectl api-resources | grep -i ${(c.kind ?? 'ingress').toLowerCase()}\nkubectl explain ${(c.kind ?? 'ingress').toLowerCase()} | head -3`,
      },
    ],
    references: [{ title: 'Kubernetes: Deprecated API migration guide', url: `${K8S_DOCS}/reference/using-api/deprecation-guide/` }],
    samples: [
      'error: resource mapping not found for name: "web" namespace: "" from "ingress.yaml": no matches for kind "Ingress" in version "extensions/v1beta1"\nensure CRDs are installed first',
      'error: unable to recognize "certificate.yaml": no matches for kind "Certificate" in version "cert-manager.io/v1"',
    ],
  },
  {
    id: 'k8s.yaml-parse-error',
    language: 'kubernetes',
    match: /error converting YAML to JSON: yaml: line (?<line>\d{1,7}): (?<detail>[^\n]{1,200})/,
    errorType: 'error converting YAML to JSON',
    category: 'syntax',
    priority: 40,
    summary: (c) => `The manifest is not valid YAML (line ${c.line ?? '?'}: ${c.detail ?? ''}).`,
    explanation: (c) =>
      `kubectl could not parse the YAML near line ${c.line ?? '?'}: "${c.detail ?? ''}". ` +
      'Usually indentation (tabs are not allowed, list items misaligned), a missing space after a colon, or an unquoted value containing ": " or starting with a special character (*, &, {, @).',
    causes: ['Tabs or inconsistent indentation', 'Missing space after a colon or dash', 'Unquoted strings containing ": ", "#", or starting with *, &, {, @', 'Templating (Helm) producing broken YAML'],
    fixes: [
      {
        title: 'Validate the file locally',
        steps: ['Look at the reported line and the one above it', 'Validate with a client-side dry run or a linter', 'For Helm, render the template first'],
        code: 'kubectl apply --dry-run=client -f deploy.yaml\nyamllint deploy.yaml\nhelm template ./chart | kubectl apply --dry-run=client -f -',
      },
    ],
    references: [{ title: 'Kubernetes: Managing objects with configuration files', url: `${K8S_DOCS}/tasks/manage-kubernetes-objects/declarative-config/` }],
    samples: ['error: error parsing deploy.yaml: error converting YAML to JSON: yaml: line 14: mapping values are not allowed in this context'],
  },
  {
    id: 'k8s.field-immutable',
    language: 'kubernetes',
    // OLM and other tools print it wrapped over several lines.
    match: /The (?<kind>\w{1,60}) "(?<name>[^"\n]{1,253})" is invalid: (?<field>[\w.[\]]{1,200}): Invalid value: [^\n]{0,400}?field is immutable|(?<field2>spec\.[\w.[\]]{1,200}):\s{1,3}Invalid value:\s[\s\S]{0,600}?field is immutable/,
    requires: /field is immutable/,
    errorType: 'field is immutable',
    category: 'configuration',
    priority: 40,
    summary: (c) => `${c.field ?? c.field2 ?? 'A field'} of ${c.kind ? `${c.kind} ${c.name ?? ''}` : 'the resource'} cannot be changed after creation.`,
    explanation: (c) =>
      `Some fields are fixed once the object exists, e.g. a Deployment's spec.selector, a Job's pod template, a Service's clusterIP, or a PVC's storage class. The applied manifest changes ${c.field ?? c.field2 ?? 'such a field'}, so the update is rejected. ` +
      'Changing labels in a Helm chart (which feed the selector) is a common trigger.',
    causes: ['Deployment selector labels changed (chart upgrade, renamed app label)', 'Job spec changed for an existing Job', 'Immutable Service/PVC fields edited'],
    fixes: (c) => [
      {
        title: 'Recreate the object, or keep the field unchanged',
        steps: [`Revert ${c.field ?? c.field2 ?? 'the immutable field'} if the change was accidental`, 'Otherwise delete and recreate the object (plan for the downtime), or use a new name'],
        code: `kubectl delete ${(c.kind ?? 'deployment').toLowerCase()} ${c.name ?? '<name>'}\nkubectl apply -f manifest.yaml\n# Jobs: kubectl replace --force -f job.yaml`,
      },
    ],
    references: [{ title: 'Kubernetes: Deployments (label selector updates)', url: `${K8S_DOCS}/concepts/workloads/controllers/deployment/` }],
    samples: ['The Deployment "api" is invalid: spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"api-v2"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable'],
  },
  {
    id: 'k8s.helm-name-in-use',
    language: 'kubernetes',
    // helm install of a release name that already has a history in the namespace (a failed or
    // uninstalled-with-history release counts).
    match: /cannot re-use a name that is still in use/,
    errorType: 'cannot re-use a name that is still in use',
    category: 'configuration',
    priority: 40,
    summary: 'helm install refused the release name: a release with that name already exists in the namespace.',
    explanation:
      'helm install only creates new releases. A release of that name is still recorded in the namespace: deployed, failed, pending, or uninstalled with --keep-history. ' +
      'Installers that run helm install on every run (scripts, CLIs, CI jobs) hit this on their second run, or after a first install that failed half-way.',
    causes: ['The release was installed before (maybe by an earlier failed run)', 'The release was uninstalled with --keep-history', 'Two installers use the same release name'],
    fixes: [
      {
        title: 'Upgrade the existing release, or remove it first',
        steps: ['See what Helm has recorded under that name', 'Use helm upgrade --install, which installs or upgrades', 'Or uninstall the failed release and install again'],
        code: 'helm list -n <namespace> --all\nhelm upgrade --install <release> <chart> -n <namespace>\n# a failed first install:\nhelm uninstall <release> -n <namespace>',
      },
    ],
    references: [{ title: 'Helm: helm upgrade (--install)', url: 'https://helm.sh/docs/helm/helm_upgrade/' }],
    samples: ['Error: INSTALLATION FAILED: cannot re-use a name that is still in use'],
  },
  {
    id: 'k8s.minikube-exit-reason',
    language: 'kubernetes',
    // minikube names every fatal exit with a reason code: GUEST_PROVISION, DRV_NOT_HEALTHY, K8S_APISERVER_MISSING…
    // Also in minikube's translations (zh-CN: "因 GUEST_START 错误而退出：…").
    match: /(?:Exiting due to|X Exiting due to|因) (?<reason>(?:GUEST|DRV|PROVIDER|HOST|K8S|RSRC|SVC|MK|INET|IF|NOT_FOUND|PR|RUNTIME)_[A-Z0-9_]{2,60})(?: 错误而退出)?[:：] ?(?<message>[^\n]{0,400})/,
    errorType: (c) => c.reason ?? 'minikube error',
    category: 'configuration',
    priority: 40,
    summary: (c) => `minikube stopped with ${c.reason}${c.message ? `: ${c.message.slice(0, 200)}` : ''}.`,
    explanation: (c) => {
      const r = c.reason ?? '';
      if (/^GUEST_/.test(r)) return `${r} is a failure of the minikube virtual machine or container itself (creating, starting or provisioning it). With VM drivers the usual causes are the hypervisor's network (the DHCP lease never found, a VPN or firewall), a stale machine from an earlier minikube version, or too little memory or disk.`;
      if (/^DRV_/.test(r)) return `${r} is a problem with the driver minikube uses (docker, podman, hyperkit, virtualbox, kvm2, hyperv): it is missing, not running, not healthy, or not allowed for this user.`;
      if (/^PROVIDER_/.test(r)) return `${r}: the tool behind the driver (Docker Desktop, Podman, the hypervisor) is missing, stopped or unhealthy.`;
      if (/^RSRC_/.test(r)) return `${r}: the machine or the driver does not have the CPUs, memory or disk minikube was asked for.`;
      if (/^K8S_/.test(r)) return `${r}: the Kubernetes components inside the minikube machine did not come up.`;
      return `${r} is minikube's reason code for this exit; its documentation lists what each code means.`;
    },
    causes: ['A stale or broken minikube machine from an earlier run or version', 'The driver (Docker, a hypervisor) is not running or lacks resources', 'Network filtering (VPN, firewall) between the host and the machine'],
    fixes: [
      {
        title: 'Recreate the machine with verbose logs',
        steps: ['Delete the old machine and start again', 'If it fails again, read the verbose log or try another driver'],
        code: 'minikube delete --all --purge\nminikube start --alsologtostderr -v=3\n# or another driver:\nminikube start --driver=docker',
      },
    ],
    references: [{ title: 'minikube: exit codes and reasons', url: 'https://minikube.sigs.k8s.io/docs/handbook/troubleshooting/' }],
    samples: ['X Exiting due to GUEST_PROVISION: error provisioning guest: Failed to start host: creating host: create: Error creating machine: Error in driver during machine creation: IP address never found in dhcp leases file', 'Exiting due to DRV_NOT_HEALTHY: Found driver(s) but none were healthy.'],
  },
  {
    id: 'k8s.reconciler-error',
    language: 'kubernetes',
    // controller-runtime's log line when a controller's Reconcile returns an error (zap console or JSON).
    match: /\bReconciler error\s[^\n]{0,2000}?"error": ?"(?<error>(?:[^"\\\n]|\\.){1,400})"|"msg":"Reconciler error"[^\n]{0,2000}?"error":"(?<jsonError>(?:[^"\\\n]|\\.){1,400})"/,
    errorType: 'Reconciler error',
    category: 'runtime',
    priority: 35,
    summary: (c) => `An operator's controller failed to reconcile a resource: ${c.error ?? c.jsonError}.`,
    explanation: (c) =>
      `controller-runtime logs "Reconciler error" whenever a controller's Reconcile returns an error, then retries with back-off. The error field is what the operator itself reports: "${c.error ?? c.jsonError}". ` +
      'The resource named in the same line (controller, namespace, name) is the one it failed on.',
    causes: ['The custom resource asks for something the operator cannot create (invalid spec, missing secret or storage class)', 'The operator lacks RBAC permissions for an object it manages', 'A bug or version mismatch between the operator and its CRDs'],
    fixes: [
      {
        title: 'Look at the resource and the operator together',
        steps: ['Read the events and status of the resource named in the log line', 'Check the operator\'s RBAC and its CRD versions against the operator version'],
        code: 'kubectl describe <kind> <name> -n <namespace>\nkubectl get events -n <namespace> --sort-by=.lastTimestamp\nkubectl auth can-i --list --as=system:serviceaccount:<operator-namespace>:<operator-sa>',
      },
    ],
    references: [{ title: 'controller-runtime: reconcile.Reconciler', url: 'https://pkg.go.dev/sigs.k8s.io/controller-runtime/pkg/reconcile' }],
    samples: ['2026-08-06T08:44:27Z    ERROR    Reconciler error    {"controller": "Dragonfly", "namespace": "harbor-system", "name": "harbor-dragonfly", "error": "failed to reconcile dragonfly resources: failed to generate dragonfly resources"}'],
  },
  {
    id: 'k8s.failed-mount',
    language: 'kubernetes',
    // The kubelet's FailedMount / FailedAttachVolume events; a missing secret or configmap in any later
    // event of the paste is the most specific answer.
    match: /(?<reason>FailedMount|FailedAttachVolume)\b(?:[\s\S]{0,3000}?MountVolume\.SetUp failed for volume "(?<volume>[^"\n]{1,253})" : (?<kind>secret|configmap) "(?<object>[^"\n]{1,253})" not found|[^\n]{0,200}?Unable to attach or mount volumes: unmounted volumes=\[(?<unmounted>[^\]\n]{1,300})\]|[^\n]{0,600})/,
    errorType: (c) => c.reason ?? 'FailedMount',
    category: 'configuration',
    priority: 40,
    summary: (c) =>
      c.object
        ? `The pod cannot start: volume ${c.volume} needs ${c.kind} ${c.object}, which does not exist in its namespace.`
        : `The kubelet could not ${c.reason === 'FailedAttachVolume' ? 'attach' : 'mount'} a volume of the pod${c.unmounted ? ` (${c.unmounted})` : ''}, so its containers do not start.`,
    explanation: (c) =>
      c.object
        ? `A secret or configmap volume refers to ${c.object}, and the kubelet cannot find it in the pod's namespace. It is created by something that has not run yet (a Helm hook, cert-manager, an operator or a job), lives in another namespace, or is misspelt.`
        : 'Until every volume is attached and mounted the pod stays in ContainerCreating. The usual causes: a secret or configmap that does not exist, a PersistentVolume still attached to another node (ReadWriteOnce after a reschedule), a CSI driver that is not running, or NFS/cloud-disk errors. The later events of the same pod usually name the exact cause.',
    causes: ['A referenced secret or configmap does not exist (yet) in the namespace', 'A ReadWriteOnce volume still attached to another node', 'The CSI driver or storage backend is failing'],
    fixes: (c) => [
      c.object
        ? {
            title: `Create ${c.kind} ${c.object}, or mark it optional`,
            steps: [`Check that ${c.object} exists in the pod's namespace`, 'Create it (or let the component that creates it run first), or set optional: true on the volume'],
            code: `kubectl get ${c.kind} ${c.object} -n <namespace>\nkubectl describe pod <pod> -n <namespace>`,
          }
        : {
            title: 'Read the pod\'s events for the volume that fails',
            steps: ['Find which volume is not mounted and why', 'For a volume stuck on another node, check its VolumeAttachment'],
            code: 'kubectl describe pod <pod> -n <namespace>\nkubectl get volumeattachments\nkubectl get events -n <namespace> --field-selector reason=FailedMount',
          },
    ],
    references: [{ title: 'Kubernetes: Volumes (secret, configMap)', url: `${K8S_DOCS}/concepts/storage/volumes/` }],
    samples: ['  Warning  FailedMount  86s (x16 over 17m)   kubelet            MountVolume.SetUp failed for volume "secret-volume" : secret "compcrdwebhook-secret" not found', '  Warning  FailedMount  2m9s (x4 over 15m)   kubelet            Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-x]: timed out waiting for the condition'],
  },
  {
    id: 'k8s.helm-resource-exists',
    language: 'kubernetes',
    // Helm 3 will not adopt an object it did not create: one left by another release, kubectl apply, or an operator.
    match: /rendered manifests contain a resource that already exists\.?(?: Unable to continue with (?:install|update): (?:(?<kind>\w{1,60}) "(?<name>[^"\n]{1,253})" in namespace "(?<namespace>[^"\n]{0,253})" exists and cannot be imported into the current release|existing resource conflict: (?<conflict>[^\n]{0,300}))?)?/,
    errorType: 'resource already exists',
    category: 'configuration',
    priority: 40,
    summary: (c) => `Helm will not install: ${c.kind ? `${c.kind} ${c.name}${c.namespace ? ` in ${c.namespace}` : ''}` : 'an object of the chart'} already exists and belongs to no release of this name.`,
    explanation: (c) =>
      `Helm 3 only manages objects carrying its ownership labels and annotations (app.kubernetes.io/managed-by: Helm, meta.helm.sh/release-name, meta.helm.sh/release-namespace). ${c.kind ? `${c.kind} ${c.name}` : 'The object'} was created another way (kubectl apply, another release, an operator, an earlier release uninstalled while keeping it), so Helm refuses to take it over.`,
    causes: ['The object was created by kubectl or another tool', 'It belongs to another Helm release (two charts creating the same name)', 'A CRD or namespace left behind by an uninstalled release'],
    fixes: (c) => [
      {
        title: `Let this release adopt ${c.name ?? 'the object'}, or delete it`,
        steps: ['Delete the object if nothing else uses it', 'Or label and annotate it so Helm adopts it'],
        code: `kubectl label ${(c.kind ?? '<kind>').toLowerCase()} ${c.name ?? '<name>'}${c.namespace ? ` -n ${c.namespace}` : ''} app.kubernetes.io/managed-by=Helm\nkubectl annotate ${(c.kind ?? '<kind>').toLowerCase()} ${c.name ?? '<name>'}${c.namespace ? ` -n ${c.namespace}` : ''} meta.helm.sh/release-name=<release> meta.helm.sh/release-namespace=<namespace>`,
      },
    ],
    references: [{ title: 'Helm 3.2: adopting existing resources', url: 'https://github.com/helm/helm/pull/7649' }],
    samples: ['Error: INSTALLATION FAILED: rendered manifests contain a resource that already exists. Unable to continue with install: ServiceAccount "cert-manager" in namespace "cert-manager" exists and cannot be imported into the current release: invalid ownership metadata'],
  },
  {
    id: 'k8s.kubeadm-preflight',
    language: 'kubernetes',
    match: /\[preflight\] Some fatal errors occurred:(?:\s{0,20}\[ERROR (?<check>[\w.-]{1,100})\]: (?<detail>[^\n]{0,300}))?|error execution phase preflight: (?:\[preflight\] Some fatal errors occurred:\s{0,20})?(?:\[ERROR (?<check2>[\w.-]{1,100})\]: (?<detail2>[^\n]{0,300}))?|(?:^|\n)[ \t]{0,8}\[ERROR (?<check3>(?:FileContent|FileAvailable|DirAvailable|FileExisting|Port|Swap|NumCPU|Mem|CRI|SystemVerification|IsPrivilegedUser|KubeletVersion|ContainerRuntimeVersion)[\w.-]{0,100})\]: (?<detail3>[^\n]{0,300})/,
    errorType: 'preflight check failed',
    category: 'configuration',
    priority: 40,
    summary: (c) => `kubeadm's preflight checks failed${c.check ?? c.check2 ?? c.check3 ? `: ${c.check ?? c.check2 ?? c.check3}` : ''}.`,
    explanation: (c) => {
      const check = c.check ?? c.check2 ?? c.check3 ?? '';
      if (/^FileContent--proc-sys-net/.test(check)) return 'The kernel settings Kubernetes networking needs are off: br_netfilter is not loaded (so /proc/sys/net/bridge/… does not exist) or IP forwarding is disabled.';
      if (/^Swap$/.test(check)) return 'Swap is on, and the kubelet refuses to run with swap enabled (unless configured for it).';
      if (/^Port-\d+$/.test(check)) return `${check.replace('Port-', 'Port ')} is already in use: an earlier kubeadm init or another service is still listening.`;
      if (/NumCPU|Mem/.test(check)) return 'The machine has fewer CPUs or less memory than kubeadm requires for a control-plane node (2 CPUs, 1.7 GB).';
      if (/FileAvailable|DirAvailable/.test(check)) return 'Files of an earlier cluster are still there (manifests, /var/lib/etcd): the node was initialised before.';
      if (/CRI|IsDockerSystemdCheck|SystemVerification/.test(check)) return 'The container runtime or the system does not meet kubeadm\'s requirements (runtime not running, cgroup driver, kernel settings).';
      return 'kubeadm checks the node before changing anything, and at least one check is fatal. The [ERROR …] lines name each one.';
    },
    causes: ['Swap enabled', 'Leftovers of an earlier kubeadm init (ports in use, manifests, etcd data)', 'Too few CPUs or too little memory', 'Container runtime not running or misconfigured'],
    fixes: (c) => [
      {
        title: `Fix ${c.check ?? c.check2 ?? c.check3 ?? 'the failed checks'}, then run kubeadm again`,
        steps: ['Reset a node that was initialised before; turn swap off', 'Only ignore a check you understand'],
        code: `sudo kubeadm reset -f\nsudo swapoff -a && sudo sed -i '/ swap / s/^/#/' /etc/fstab\nsudo kubeadm init ...   # or: --ignore-preflight-errors=${c.check ?? c.check2 ?? c.check3 ?? '<check>'}\n# networking prerequisites\nsudo modprobe br_netfilter && sudo sysctl -w net.bridge.bridge-nf-call-iptables=1 net.ipv4.ip_forward=1`,
      },
    ],
    references: [{ title: 'kubeadm init: preflight checks', url: `${K8S_DOCS}/reference/setup-tools/kubeadm/kubeadm-init/` }],
    samples: ['[preflight] Some fatal errors occurred:\n\t[ERROR Swap]: running with swap on is not supported. Please disable swap', '\t[ERROR FileContent--proc-sys-net-ipv4-ip_forward]: /proc/sys/net/ipv4/ip_forward contents are not set to 1'],
  },
  {
    id: 'k8s.helm-operation-in-progress',
    language: 'kubernetes',
    // Helm's release lock: the latest revision is still marked pending-install/upgrade/rollback,
    // usually because an earlier run was interrupted (a CI timeout, a cancelled Terraform apply).
    match: /another operation \(install\/upgrade\/rollback\) is in progress/,
    errorType: 'another operation in progress',
    category: 'concurrency',
    priority: 40,
    summary: 'Helm refused to change the release: its latest revision is still marked as being installed, upgraded or rolled back.',
    explanation:
      'Helm records each revision of a release in a Secret, with a status. While one is pending-install, pending-upgrade or pending-rollback, every other install, upgrade or rollback is refused. ' +
      'If no other Helm run is active, a previous one was killed before it finished (a CI job timeout, a cancelled pipeline or Terraform apply, a lost connection), and the status stays pending for ever.',
    causes: ['An earlier helm upgrade or install was interrupted', 'Two pipelines deploying the same release at once', 'A Terraform helm_release whose apply was cancelled'],
    fixes: [
      {
        title: 'Roll the release back to its last deployed revision',
        steps: ['Make sure no other Helm run is active', 'Find the last revision whose status is deployed and roll back to it, then upgrade again'],
        code: 'helm history <release> -n <namespace>\nhelm rollback <release> <last-deployed-revision> -n <namespace>\n# a first install that never completed:\nhelm uninstall <release> -n <namespace>',
      },
    ],
    references: [{ title: 'Helm: helm rollback', url: 'https://helm.sh/docs/helm/helm_rollback/' }],
    samples: ['Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress'],
  },
  {
    id: 'k8s.cgroup-driver-mismatch',
    language: 'kubernetes',
    match: /kubelet cgroup driver: \\?"'?(?<kubelet>[\w-]{1,20})'?\\?" is different from (?<runtime>docker|containerd|CRI-O|cri-o) cgroup driver: \\?"(?<other>[\w-]{1,20})\\?"/,
    errorType: 'cgroup driver mismatch',
    category: 'configuration',
    priority: 40,
    summary: (c) => `The kubelet uses the ${c.kubelet} cgroup driver and ${c.runtime} uses ${c.other}, so the kubelet will not start.`,
    explanation: (c) =>
      `The kubelet and the container runtime must manage cgroups the same way. Here the kubelet is set to ${c.kubelet} and ${c.runtime} to ${c.other}. On systemd hosts both should use systemd: two managers of the same cgroup tree make the node unstable under load, so the kubelet refuses to run.`,
    causes: (c) => [`${c.runtime} left at its default (${c.other}) while kubeadm configured the kubelet for ${c.kubelet}`, 'A runtime reinstalled or upgraded without its cgroup setting'],
    fixes: (c) => [
      {
        title: 'Use the systemd driver on both sides',
        steps: [`Set ${c.runtime}'s cgroup driver to systemd (or the kubelet's cgroupDriver to match ${c.runtime})`, 'Restart the runtime, then the kubelet'],
        code:
          c.runtime === 'docker'
            ? '# /etc/docker/daemon.json\n{ "exec-opts": ["native.cgroupdriver=systemd"] }\nsudo systemctl restart docker && sudo systemctl restart kubelet'
            : '# /var/lib/kubelet/config.yaml\ncgroupDriver: systemd\nsudo systemctl restart kubelet',
      },
    ],
    references: [{ title: 'Kubernetes: Configuring a cgroup driver', url: `${K8S_DOCS}/tasks/administer-cluster/kubeadm/configure-cgroup-driver/` }],
    samples: ['failed to run Kubelet: misconfiguration: kubelet cgroup driver: "systemd" is different from docker cgroup driver: "cgroupfs"'],
  },
  {
    id: 'k8s.unable-to-connect',
    language: 'kubernetes',
    match: /Unable to connect to the server: (?<detail>[^\n]{1,300})/,
    // A refusal (Windows: "actively refused it") is the same error as kubectl's "The connection … was refused".
    // So is an unknown CA: x509's own phrase, as Go programs report it.
    errorType: (c) =>
      REFUSED.test(c.detail ?? '')
        ? 'connection refused'
        : (/certificate signed by unknown authority|certificate has expired or is not yet valid|certificate is valid for/.exec(c.detail ?? '')?.[0] ?? 'Unable to connect to the server'),
    category: 'network',
    priority: 35,
    summary: 'kubectl cannot reach the Kubernetes API server.',
    explanation: (c) =>
      `The network connection to the API server failed${c.detail ? `: ${c.detail.slice(0, 200)}` : ''}. ` +
      (c.detail && /x509|certificate/i.test(c.detail)
        ? 'The TLS certificate presented does not match the CA in your kubeconfig (cluster recreated, proxy intercepting TLS, wrong context).'
        : REFUSED.test(c.detail ?? '')
          ? 'Nothing listens at that address: the local cluster (minikube, kind, Docker Desktop) or its API server is stopped, or the kubeconfig names an old port.'
          : 'The server address is unreachable from here: a private cluster endpoint without VPN, a stopped local cluster, a changed IP, or a proxy in the way.'),
    causes: ['Private API endpoint reachable only through VPN/bastion', 'Local cluster stopped or its IP changed', 'Kubeconfig CA/certificate out of date (cluster recreated)', 'HTTP(S)_PROXY intercepting the connection'],
    fixes: [
      {
        title: 'Check the endpoint and credentials',
        steps: ['Check the server URL of the current context', 'Test reachability', 'Regenerate the kubeconfig entry if the cluster was recreated'],
        code: 'kubectl config view --minify -o jsonpath="{.clusters[0].cluster.server}"\ncurl -k https://<server>/version\nenv | grep -i proxy',
      },
    ],
    references: [{ title: 'Kubernetes: Configure access to multiple clusters', url: `${K8S_DOCS}/tasks/access-application-cluster/configure-access-multiple-clusters/` }],
    samples: ['Unable to connect to the server: dial tcp 10.0.12.4:443: i/o timeout', 'Unable to connect to the server: x509: certificate signed by unknown authority'],
  },
];
