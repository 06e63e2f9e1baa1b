import type { ErrorPattern } from '../rules/error-pattern';
import { ref } from './answer-parts';
import { dockerCatalog, errnoLower, nameOr, type CatalogEntry } from './linux-catalog.patterns';

/**
 * A tenth catalog pass over Docker's messages, from builds, pushes and starts as they are really pasted where the
 * earlier passes' wordings miss: the classic builder's failed RUN quoted without its "The command '…'" (a bare
 * "/bin/sh -c … returned a non-zero code: 100", Docker 0.x's bracketed "the command [/bin/sh -c …]"), a BuildKit RUN
 * step that ran out of disk (the command's own "no space left on device" above "failed to solve"), BuildKit's line
 * quoted in a sentence (`failed to solve: …`), a push to a registry that speaks plain HTTP after its layer lines, an
 * entrypoint that cannot be executed behind "Error starting container:", and compose's external network whose name
 * Portainer left empty.
 *
 * One pattern per family of messages (linux-catalog's `catalogPattern`, answered as Docker's): the type is the
 * tool's phrase without the names around it, or the system error it reports (README, docker row); each entry's
 * `n` group is the name the message is about, which the fix repeats.
 */

const DOCS = 'https://docs.docker.com';

const REFS = {
  build: [
    ref('Dockerfile reference: RUN', `${DOCS}/reference/dockerfile/#run`),
    ref('docker buildx build', `${DOCS}/reference/cli/docker/buildx/build/`),
    ref('Docker: prune unused objects', `${DOCS}/engine/manage-resources/pruning/`),
  ],
  registry: [
    ref('Docker Engine: test an insecure registry', `${DOCS}/engine/daemon/insecure-registries/`),
    ref('docker image push', `${DOCS}/reference/cli/docker/image/push/`),
  ],
  runtime: [
    ref('Dockerfile reference: ENTRYPOINT', `${DOCS}/reference/dockerfile/#entrypoint`),
    ref('Docker Compose: networks top-level element', `${DOCS}/reference/compose-file/networks/`),
  ],
};

/** The command of a RUN step without the shell that ran it. */
const stepCommand = (n: string): string => nameOr(n, '<command>').replace(/^\/bin\/(?:ba)?sh -c /, '');

const LEGACY_STEP_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`(?:^|[\s"\x60(])(?:[Tt]he command \[)?(?<n>/bin/(?:ba)?sh -c [^\n]{1,500}?)\]? returned a non-zero code: \d{1,3}`,
    type: 'returned a non-zero code',
    why: "The classic builder (no BuildKit) ran a RUN step of the Dockerfile and the command exited with a non-zero code; the builder names only the code (100 is apt-get's, 127 a command the image does not have). This is its message without the \"The command '…'\" around it (as Docker 0.x printed it, in brackets, or as copied): the command's own error is in the step's output above it.",
    fix: "Read the failing step's output above this line, and run the command in the image to reproduce it",
    code: (n) => `docker build --no-cache .\ndocker run --rm -it <base image> sh -c '${stepCommand(n).replace(/'/g, "'\\''")}'`,
  },
];

const BUILDKIT_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`no space left on device[\s\S]{0,4000}?failed to solve: process "(?<n>[^\n]{1,500}?)" did not complete successfully`,
    type: 'failed to solve',
    why: "A RUN step's command could not write its output because the disk BuildKit builds on is full (the compiler's or package manager's \"no space left on device\" above), so the step failed and BuildKit reported the build as \"failed to solve\". The build cache, old images and stopped containers under /var/lib/docker (or Docker Desktop's VM disk, or a CI runner's small disk) fill it.",
    fix: 'Free space where Docker builds (prune the build cache and unused images), or give the builder a bigger disk',
    code: (n) => `docker system df\ndocker builder prune -af && docker image prune -af\ndf -h /var/lib/docker   # step: ${stepCommand(n)}`,
  },
  {
    re: String.raw`[\x60"'](?:ERROR: )?failed to solve: (?<n>[^\n\x60"']{1,300})`,
    type: 'failed to solve',
    why: "BuildKit reports every failed build as \"failed to solve\" followed by the cause (here quoted in a sentence): a RUN step that exited non-zero, a missing file, a registry or cache backend that refused a request.",
    fix: 'Read the cause after "failed to solve:", and the output of the failed step above it in the full log',
    code: (n) => `docker build --progress=plain .   # cause: ${n}`,
  },
];

const REGISTRY_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`(?:^|\n)[ \t]{0,8}[0-9a-f]{12}: (?:Pushing|Preparing|Waiting|Retrying in \d{1,3} seconds?|Pulling fs layer|Downloading)\b[^\n]{0,300}\n(?:[^\n]{0,300}\n){0,40}?[ \t]{0,8}http: server gave HTTP response to HTTPS client`,
    type: 'server gave HTTP response to HTTPS client',
    why: "The daemon pushes (or pulls) layers over HTTPS unless the registry is listed as insecure in its own configuration, and this registry answers plain HTTP: a registry:2 container without TLS, reached by IP or a LAN name. The setting belongs to the daemon that pushes (Docker Desktop's engine, the dind service in CI), not to the client.",
    fix: "List the registry in the pushing daemon's insecure-registries and restart it, or give the registry TLS",
    code: () => `# /etc/docker/daemon.json on the daemon that pushes:\n# { "insecure-registries": ["192.168.1.108:5001"] }\nsudo systemctl restart docker\ndocker info | grep -A3 'Insecure Registries'`,
  },
];

const RUNTIME_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`(?:Error starting container|[Ff]ailed to start container[^\n]{0,200}?): exec (?<n>\.{0,2}/?[\w./-]{1,300}): (?<errno>[Nn]o such file or directory|[Ee]xec format error|[Pp]ermission denied)`,
    type: errnoLower,
    why: "The container's first program could not be executed. \"no such file or directory\" for a script the image has means its interpreter is missing: a #! line naming a shell the image lacks (bash on alpine), or Windows line endings (#!/bin/sh\\r); \"exec format error\" is a binary for another CPU architecture, or a script without a #! line; \"permission denied\" a file without its execute bit.",
    fix: 'Give the entrypoint LF line endings, an interpreter the image has and its execute bit (or build the image for this architecture)',
    code: (n) => `RUN sed -i 's/\\r$//' ${nameOr(n, '/entrypoint.sh')} && chmod +x ${nameOr(n, '/entrypoint.sh')}\n# .gitattributes: *.sh text eol=lf\ndocker run --rm --entrypoint sh <image> -c 'head -1 ${nameOr(n, '/entrypoint.sh')}; uname -m'`,
  },
  {
    re: String.raw`Error response from daemon: container (?<n>[0-9a-f]{12,64}) is not running`,
    type: 'container is not running',
    why: 'docker exec runs a command inside a running container, and this one has stopped (its main process exited or crashed, or it is restarting in a loop); newer Docker words it in lower case with the container\'s full id.',
    fix: 'Find why the container stopped (its logs and exit code), start it again, then exec',
    code: (n) => `docker ps -a --filter id=${n}\ndocker logs --tail 50 ${n}\ndocker inspect --format '{{.State.ExitCode}} {{.State.Error}}' ${n}\ndocker start ${n}`,
  },
  {
    re: String.raw`(?:Network|Volume) {2}declared as external, but could not be found`,
    type: 'declared as external, but could not be found',
    why: 'The compose file marks a network (or volume) as external, so compose only looks it up and does not create it, and the daemon has none by that name. Here the name is empty: a variable that was not set (Portainer stacks do not read the .env file of the project), or an external: entry without a name.',
    fix: 'Create the network first (or set the variable that names it), or let compose create it by removing external',
    code: () => `docker network ls\ndocker network create <name>\n# networks:\n#   proxy:\n#     external: true\n#     name: \${PROXY_NETWORK:?set PROXY_NETWORK}`,
  },
];

export const DOCKER_CATALOG10_PATTERNS: readonly ErrorPattern[] = [
  // As docker.build-run-failed (30), whose quoted form this is: a wrapper, so the step command's own error (the
  // compiler's, apt's) recognised above it stays the answer.
  {
    ...dockerCatalog({
      id: 'docker.legacy-step-catalog10',
      tool: 'docker build (classic builder)',
      category: 'build',
      priority: 30,
      entries: LEGACY_STEP_ENTRIES,
      references: REFS.build,
      requires: /\/bin\/(?:ba)?sh -c [^\n]{1,500}? returned a non-zero code: /,
      samples: [
        '/bin/sh -c apt-get update &&   apt-get install -y --no-install-recommends git wget ffmpeg unzip sudo &&   apt-get clean &&   rm -rf /var/lib/apt/lists/* returned a non-zero code: 100',
        'the command [/bin/sh -c dpkg-divert --local --rename --add /sbin/initctl && ln -s /bin/initctl] returned a non-zero code: 1',
      ],
    }),
    wrapper: true,
  },
  // Above docker.build-run-failed (30), the wrapper that would give way to the command's own disk error; below the
  // registry and credential patterns, whose failures are no step's. The quoted form is below docker.buildkit-failed
  // (20), which answers the line when it starts one.
  dockerCatalog({
    id: 'docker.buildkit-catalog10',
    tool: 'docker build (BuildKit)',
    category: 'build',
    priority: 31,
    entries: BUILDKIT_ENTRIES,
    references: REFS.build,
    requires: /failed to solve: /,
    samples: [
      '24.77 compile: writing output: write $WORK/b471/_pkg_.a: no space left on device\n------\nERROR: failed to build: failed to solve: process "/bin/sh -c CGO_ENABLED=0 go build -o /out/leafwiki ./cmd/leafwiki" did not complete successfully: exit code: 1',
      'Six jobs died at the `Build rustbgpd:dev` step with `failed to solve: error writing layer blob: not_found`',
    ],
  }),
  // Above docker.registry-network (docker-engine), which answers the message after the daemon's "Get https://…".
  dockerCatalog({
    id: 'docker.registry-catalog10',
    tool: 'the Docker daemon (registry client)',
    category: 'network',
    priority: 36,
    entries: REGISTRY_ENTRIES,
    references: REFS.registry,
    requires: /http: server gave HTTP response to HTTPS client/,
    samples: ['393bd09b891b: Pushing [==================================================>]   5.76MB/5.76MB\nbb63b571c364: Pushing  2.048kB\nhttp: server gave HTTP response to HTTPS client'],
  }),
  // Above Go's file errors (go.file-open, 6), which the exec line looks like.
  dockerCatalog({
    id: 'docker.runtime-catalog10',
    tool: 'the container runtime',
    category: 'runtime',
    priority: 30,
    entries: RUNTIME_ENTRIES,
    references: REFS.runtime,
    requires: /tart(?:ing)? container(?:[^\n]{0,200}?)?: exec |(?:Network|Volume) {2}declared as external|daemon: container [0-9a-f]{12,64} is not running/,
    samples: [
      'Error starting container: exec /entrypoint.sh: no such file or directory',
      'Error response from daemon: container 7123f057d7f16376439e501a59f463940b8a68ea717a11fffa5dc030939411dc is not running',
      '2020/04/25 21:36:28 http error: Network  declared as external, but could not be found. Please create the network manually using docker network create  and try again (code=500)',
    ],
  }),
];
