import type { ErrorPattern } from '../rules/error-pattern';
import { ref } from './answer-parts';
import { dockerCatalog, nameOr, type CatalogEntry } from './linux-catalog.patterns';

/**
 * An eleventh catalog pass over Docker's messages, from builds as they are really pasted where the earlier passes'
 * wordings miss: the classic builder refusing a Dockerfile with nothing to build (an empty file, one with only
 * comments, an old CLI's "Dockerfile cannot be empty", a FROM scratch with no other step), its base name that an
 * unset ARG left blank, a pull of the reserved name "scratch"; buildx losing its BuildKit daemon in the middle of a
 * build ("failed to receive status", "failed to get status" over gRPC's Unavailable); compose v1's schema error that
 * names the wrong value ("contains false, which is an invalid type"); fig's failed ADD by the system error; the
 * classic builder's parse-time "Unknown flag" (BuildKit's syntax on the legacy builder) and its empty $BUILDPLATFORM
 * ("failed to parse platform"); compose v1 calling a docker CLI without --iidfile; a --secret with no source; a push a
 * registry refused with 400 or 5xx on BuildKit's "#N ERROR" line; compose's bake delegation missing a target.
 *
 * One pattern per family of messages (linux-catalog's `catalogPattern`, answered as Docker's): the type is the
 * tool's phrase without the names around it, or the system error it reports (README, docker row); each entry's
 * `n` group is the name the message is about, which the fix repeats.
 */

const DOCS = 'https://docs.docker.com';

const REFS = {
  dockerfile: [
    ref('Dockerfile reference', `${DOCS}/reference/dockerfile/`),
    ref('Dockerfile reference: FROM and ARG', `${DOCS}/reference/dockerfile/#understand-how-arg-and-from-interact`),
    ref('docker build (legacy builder)', `${DOCS}/reference/cli/docker/build-legacy/`),
  ],
  buildx: [
    ref('Docker Build: builders', `${DOCS}/build/builders/`),
    ref('docker buildx inspect', `${DOCS}/reference/cli/docker/buildx/inspect/`),
    ref('Docker Build: docker-container driver', `${DOCS}/build/builders/drivers/docker-container/`),
  ],
  compose: [
    ref('Compose file reference: services', `${DOCS}/reference/compose-file/services/`),
    ref('Compose file reference: build', `${DOCS}/reference/compose-file/build/`),
  ],
};

const LEGACY_DOCKERFILE_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`(?:Error: |Error response from daemon: |ERROR: |^|\n)(?:the )?Dockerfile (?:\((?<n>[^)\n]{1,200})\) )?can(?:not|'t) be empty`,
    type: 'Dockerfile cannot be empty',
    why: 'The classic builder (no BuildKit) read the Dockerfile and found no bytes in it: the file was created but never saved (an editor tab left unsaved, a tutorial step skipped), saved under another name next to an empty one (Dockerfile.txt on Windows), or the -f / compose dockerfile: entry points at the wrong file.',
    fix: 'Save the instructions into the file the build reads, and check its size',
    code: (n) => `ls -la ${nameOr(n, 'Dockerfile')}   # 0 bytes?\nhead ${nameOr(n, 'Dockerfile')}\ndocker build -f ${nameOr(n, 'Dockerfile')} -t <image> .`,
  },
  {
    re: String.raw`failed to parse Dockerfile: (?<n>file with no instructions)`,
    type: 'file with no instructions',
    why: 'The classic builder read the Dockerfile and found only comments and blank lines: no FROM and no other instruction to build an image from (an unsaved file, or every line commented out).',
    fix: 'Give the Dockerfile its instructions, starting with FROM',
    code: () => `grep -v '^\\s*#' Dockerfile | grep -v '^\\s*$'   # nothing left?\n# FROM <base image>\n# ...`,
  },
  {
    re: String.raw`(?<n>No image was generated)\. Is your Dockerfile empty\?`,
    type: 'No image was generated',
    why: 'The classic builder ran every step and none of them produced a layer: the Dockerfile only says FROM scratch (an empty base) with nothing added to it, so there is no image to tag. It is not a failure of a step.',
    fix: 'Add the files the image should hold (COPY, ADD) or build from a real base image',
    code: () => `# FROM scratch\n# COPY ./app /app\n# ENTRYPOINT ["/app"]\ndocker build -t <image> .`,
  },
  {
    re: String.raw`(?:^|\n)[ \t]{0,8}(?:Error response from daemon: )?base name \((?<n>[^)\n]{1,200})\) should not be blank`,
    type: 'base name should not be blank',
    why: 'A FROM line names its base image with a build argument (FROM ${BASE}), and the argument is empty when the classic builder reads it: it is not declared by an ARG before the first FROM, has no default, and no --build-arg (or compose build args:) gave it a value.',
    fix: 'Declare the argument before the first FROM with a default, or pass it to the build',
    code: (n) => {
      const arg = nameOr(n, '${BASE_IMAGE}').replace(/^\$\{?|\}$/g, '');
      return `# Dockerfile, before the first FROM:\nARG ${arg}=<image:tag>\nFROM \${${arg}}\n\ndocker build --build-arg ${arg}=<image:tag> .`;
    },
  },
  {
    re: String.raw`Error response from daemon: '(?<n>scratch)' is a reserved name`,
    type: 'is a reserved name',
    why: '"scratch" is no image on Docker Hub: it is the builder\'s name for an empty base (FROM scratch), so it cannot be pulled, run or tagged.',
    fix: 'Use FROM scratch only in a Dockerfile, and pull a real base image otherwise',
    code: () => `# Dockerfile\nFROM scratch\nCOPY ./app /app\n\ndocker pull busybox   # a minimal real image`,
  },
  {
    re: String.raw`(?:^|\n)[ \t]{0,8}Service '(?<n>[^'\n]{1,100})' failed to build: [^\n:]{1,200}: (?<errno>no such file or directory)`,
    type: 'no such file or directory',
    why: 'fig (Compose\'s predecessor) built the service\'s image and an ADD or COPY step named a path the build context does not hold: the path is outside the build: directory, misspelt, excluded by .dockerignore, or an empty directory git never checked out.',
    fix: "Put the path inside the service's build context (or fix the ADD line)",
    code: (n) => `ls -la <build context>\ncat <build context>/.dockerignore\ndocker-compose build ${nameOr(n, '<service>')}`,
  },
  {
    re: String.raw`(?:^|\n)[^\n]{0,200}?(?<n>failed to parse platform) ?: "[^"\n]{0,100}" is an invalid component of`,
    type: 'failed to parse platform',
    why: 'A FROM --platform=$BUILDPLATFORM (or $TARGETPLATFORM) line reached the classic builder, which does not set those automatic build arguments: the platform is empty, and an empty string is no platform. Only BuildKit (docker buildx build) fills them in.',
    fix: 'Build with BuildKit, which sets BUILDPLATFORM and TARGETPLATFORM',
    code: () => `docker buildx build .\n# or: DOCKER_BUILDKIT=1 docker build .\n# or pass it: docker build --build-arg BUILDPLATFORM=linux/amd64 .`,
  },
  {
    re: String.raw`(?:^|\n)Building (?<svc>[\w.-]{1,100})\n(?:[^\n]{0,300}\n){0,3}?unknown flag: --(?<n>[\w-]{1,40})`,
    type: 'unknown flag',
    why: 'docker-compose (v1) built the service by calling the docker command line with a flag that CLI does not have: --iidfile and --progress need a newer docker client than the one installed (compose v1 with COMPOSE_DOCKER_CLI_BUILD=1 runs the docker CLI for builds).',
    fix: 'Update the docker client, or let compose build through the API',
    code: (n) => `docker version   # the client's version\nCOMPOSE_DOCKER_CLI_BUILD=0 docker-compose build   # flag: --${n}`,
  },
];

const LEGACY_FLAG_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`(?:Error response from daemon: |^|\n)[ \t]{0,8}[Dd]ockerfile parse error line \d{1,6}: Unknown flag: (?<n>[\w-]{1,40})`,
    type: 'unknown flag',
    why: 'The classic builder (no BuildKit) parsed the Dockerfile and an instruction has a flag it does not know: RUN --mount, COPY --parents, --chmod, --link, ADD --checksum, FROM --platform on an old engine are BuildKit\'s Dockerfile syntax, which the legacy builder never learned (or an engine older than the flag).',
    fix: 'Build with BuildKit (docker buildx build, or DOCKER_BUILDKIT=1), or drop the flag',
    code: (n) => `DOCKER_BUILDKIT=1 docker build .\ndocker buildx version   # install the buildx plugin if missing\n# or remove --${nameOr(n, '<flag>')} from the Dockerfile`,
  },
];

const BUILDX_SESSION_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`(?:ERROR: |[Ee]rror: )?failed to (?<kind>receive|get) status: rpc error: code = Unavailable desc = (?<n>[^\n]{1,300})`,
    type: (g) => `failed to ${g.kind ?? 'receive'} status`,
    why: 'buildx follows the build over a gRPC stream from its BuildKit daemon, and the stream broke ("Unavailable"): the daemon went away in the middle of the build. BuildKit was killed (out of memory on a large step, the Docker Desktop VM or a docker-container builder restarted), a Kubernetes builder pod was evicted, or the connection to a remote builder timed out before its handshake.',
    fix: 'Look at the builder: restart it, give it more memory, and run the build again',
    code: (n) => `docker buildx ls\ndocker buildx inspect --bootstrap\ndocker logs buildx_buildkit_<builder>0 --tail 50   # docker-container driver\ndmesg | grep -i -E 'oom|killed'   # ${n.slice(0, 80)}`,
  },
  {
    re: String.raw`failed to stat (?<n>[\w.-]{1,200}): stat [\w.-]{1,200}: (?<errno>no such file or directory)`,
    type: 'no such file or directory',
    why: 'A --secret id=NAME without src= or env= makes buildx look for an environment variable NAME, then for a file named NAME in the current directory; neither exists, so the build stops before it starts (in CI: the secret was not exported to the step\'s environment).',
    fix: "Give the secret its source explicitly",
    code: (n) => `docker buildx build --secret id=${nameOr(n, 'TOKEN')},env=${nameOr(n, 'TOKEN')} .\n# or from a file: --secret id=${nameOr(n, 'TOKEN')},src=./${nameOr(n, 'TOKEN').toLowerCase()}.txt\n# build-push-action: secrets: |\n#   ${nameOr(n, 'TOKEN')}=\${{ secrets.${nameOr(n, 'TOKEN')} }}`,
  },
  {
    re: String.raw`(?:^|\n)[^\n]{0,60}#\d{1,5} ERROR: failed to push (?<n>[^\s:]{1,300}(?::[\w.-]{1,128})?): (?:failed commit on ref [^\n]{0,300}?|failed to copy: )?unexpected status(?: from [A-Z]{3,6} request to \S{1,600})?: (?:400 Bad Request|50[0-4] [A-Za-z ]{1,40})`,
    type: 'failed to solve',
    why: "BuildKit built the image and the registry refused the upload with a server-side status (400 Bad Request, 5xx): a layer or manifest it would not accept (an attestation manifest list a registry does not support, a too-large blob, a digest mismatch), or the registry failing. This is the export step's line; the build ends with \"failed to solve\" below it.",
    fix: "Retry the push; if it repeats, push without provenance attestations or check the registry's limits",
    code: (n) => `docker buildx build --provenance=false --sbom=false --push -t ${n} .\n# build-push-action: provenance: false`,
  },
  {
    re: String.raw`load local bake definitions[^\n]{0,80}\n(?:[^\n]{0,300}\n){0,4}?(?<n>failed to find target)[ \t]{0,20}(?:\n|$)`,
    type: 'failed to find target',
    why: 'Compose handed the build to buildx bake (COMPOSE_BAKE) and bake was asked for a target the definition compose piped to it does not have: compose left a service out of it (a service: additional context with docker compose run --build or --no-deps), so bake cannot find the name.',
    fix: 'Build the service the context points to first, or let compose build without bake',
    code: () => `docker compose build <base service>\ndocker compose run --build <service>\n# or: COMPOSE_BAKE=false docker compose run --build <service>`,
  },
];

const COMPOSE_SCHEMA_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`(?<n>services\.[\w.-]{1,200}) contains (?<v>[^\n,]{1,100}), which is an invalid type, it should be (?:a |an )?[\w ,]{1,80}`,
    type: 'contains an invalid type',
    why: "Compose v1 checked the file against its schema and a value has the wrong type: here a YAML boolean or number where a string is needed (build args and environment values: unquoted true, false, yes, no, on, off are booleans in YAML 1.1).",
    fix: 'Quote the value so YAML reads it as a string',
    code: (n) => `# ${n}\n#     args:\n#       ENABLED: "false"\ndocker-compose config`,
  },
];

export const DOCKER_CATALOG11_PATTERNS: readonly ErrorPattern[] = [
  dockerCatalog({
    id: 'docker.legacy-dockerfile-catalog11',
    tool: 'docker build (classic builder)',
    category: 'build',
    priority: 30,
    entries: LEGACY_DOCKERFILE_ENTRIES,
    references: REFS.dockerfile,
    requires: /can(?:not|'t) be empty|file with no instructions|No image was generated|should not be blank|is a reserved name|failed to build: |failed to parse platform|unknown flag: --/,
    samples: [
      'Error response from daemon: the Dockerfile (Dockerfile) cannot be empty',
      'Error response from daemon: failed to parse Dockerfile: file with no instructions.',
      'Step 3/5 : FROM ${SOMETHING} as builder\nbase name (${SOMETHING}) should not be blank',
    ],
  }),
  // Above docker.dockerfile-parse-error (38), which answers the classic builder's parse errors as a whole; BuildKit's
  // "dockerfile parse error on line" under "failed to solve" stays that pattern's.
  dockerCatalog({
    id: 'docker.legacy-flag-catalog11',
    tool: 'docker build (classic builder)',
    category: 'build',
    priority: 39,
    entries: LEGACY_FLAG_ENTRIES,
    references: REFS.dockerfile,
    requires: /[Dd]ockerfile parse error line \d{1,6}: Unknown flag: /,
    samples: ['Sending build context to Docker daemon  47.98MB\nError response from daemon: Dockerfile parse error line 18: Unknown flag: mount'],
  }),
  dockerCatalog({
    id: 'docker.buildx-session-catalog11',
    tool: 'docker buildx',
    category: 'build',
    priority: 30,
    entries: BUILDX_SESSION_ENTRIES,
    references: REFS.buildx,
    requires: /failed to (?:receive|get) status: rpc error|failed to stat |ERROR: failed to push |failed to find target/,
    samples: ['ERROR: failed to receive status: rpc error: code = Unavailable desc = error reading from server: EOF'],
  }),
  dockerCatalog({
    id: 'docker.compose-schema-catalog11',
    tool: 'docker-compose (v1)',
    category: 'configuration',
    priority: 30,
    entries: COMPOSE_SCHEMA_ENTRIES,
    references: REFS.compose,
    requires: /which is an invalid type/,
    samples: ['services.appwrite.build.args contains false, which is an invalid type, it should be a string, number, or a null'],
  }),
];
