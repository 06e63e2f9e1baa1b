import type { ErrorPattern } from '../rules/error-pattern';
import { ref } from './answer-parts';
import { catalogPattern, dockerCatalog, errnoLower, type CatalogEntry } from './linux-catalog.patterns';

/**
 * An eighth catalog pass over Docker's messages, from the everyday errors as people paste them where the earlier
 * passes' wordings miss: compose v2's progress lines ("✘ Container x Error dependency y failed to start"), swarm's
 * "is declared as external" for a stack's network, compose's external volumes ("external volume … not found",
 * "already exists but was not created by Docker Compose", "declared as external but specifies additional
 * attributes"), compose v1's own messages (its PyYAML scanner error naming docker-compose.yml, "Can't find a
 * suitable configuration file", "does not match any of the regexes", "may not contain whitespace"), compose v2's env
 * file on Windows, the CLI's "unknown help topic"; builds: BuildKit's bare "failed to read dockerfile", older
 * BuildKit's "executor failed running" and a missing COPY source under compose v1's "failed to build", the classic
 * builder's failed RUN under compose v1 and Docker Hub's automated builds; runtime: an old CLI's dial of a missing
 * socket, Docker Hub's rate limit split over two lines, runc's missing executable inside an "invalid header field
 * value", tini's failed exec of the entrypoint and Docker for Mac's "Failure EADDRINUSE"; the classic builder's COPY --from of
 * an unknown stage, OpenShift's builder's COPY flags, rancher-compose's YAML unmarshal errors, and a Java Docker
 * client's exception around a daemon error (Java's, README: another tool's error inside a program's exception is the
 * program's).
 *
 * One pattern per family of messages (linux-catalog's `catalogPattern`, answered as Docker's): the type is the
 * tool's phrase without the names around it, or the system error it reports (README, docker row); each entry's
 * `n` group is the name the message is about, which the fix repeats.
 */

const DOCS = 'https://docs.docker.com';

const REFS = {
  compose: [
    ref('Docker Compose: services top-level element', `${DOCS}/reference/compose-file/services/`),
    ref('Docker Compose: volumes top-level element (external)', `${DOCS}/reference/compose-file/volumes/#external`),
    ref('Docker Compose: networks top-level element (external)', `${DOCS}/reference/compose-file/networks/#external`),
    ref('Docker Compose: migrate to Compose v2', `${DOCS}/compose/releases/migrate/`),
  ],
  build: [
    ref('Docker Build: build context', `${DOCS}/build/concepts/context/`),
    ref('Dockerfile reference: RUN', `${DOCS}/reference/dockerfile/#run`),
    ref('Docker Build: BuildKit', `${DOCS}/build/buildkit/`),
  ],
  runtime: [
    ref('Docker Engine: start the daemon', `${DOCS}/engine/daemon/start/`),
    ref('Docker Hub: usage and limits', `${DOCS}/docker-hub/usage/`),
    ref('Dockerfile reference: ENTRYPOINT', `${DOCS}/reference/dockerfile/#entrypoint`),
    ref('tini', 'https://github.com/krallin/tini'),
  ],
};

const COMPOSE_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`Container (?<n>[\w.-]{1,200})[ \t]{1,200}Error dependency (?<kind>[\w.-]{1,200}) failed to start`,
    type: 'dependency failed to start',
    why: "Compose v2 started the service's dependencies first and one of them did not reach the condition depends_on asks for: its health check kept failing (condition: service_healthy), or it exited (service_completed_successfully). The progress line names the dependency; its logs say why it is unhealthy.",
    fix: "Read the dependency's logs and health check, and give it the time it needs (start_period, retries)",
    code: (n) => `docker compose ps -a\ndocker compose logs <dependency>\ndocker inspect --format '{{json .State.Health}}' <dependency container>   # waiting: ${n}\n# healthcheck: { test: [...], interval: 10s, retries: 10, start_period: 60s }`,
  },
  {
    re: String.raw`network "(?<n>[^"\n]{1,200})" is declared as external, but could not be found`,
    type: 'declared as external, but could not be found',
    why: "docker stack deploy found the network marked external: true in the compose file, and there is no such network in the swarm: stacks only use networks that already exist, and a stack needs a swarm-scoped (overlay) network, not a local bridge created with plain docker network create.",
    fix: 'Create the network in the swarm (overlay, attachable if plain containers join it) before deploying the stack',
    code: (n) => `docker network create --driver overlay --attachable ${n}\ndocker network ls --filter scope=swarm\ndocker stack deploy -c docker-compose.yml <stack>`,
  },
  {
    re: String.raw`external volume "(?<n>[^"\n]{0,200})" not found`,
    type: 'external volume not found',
    why: "Compose v2 does not create volumes marked external: true, and the Docker engine it talks to has no volume of that name (older v2 releases printed an empty name). The volume was never created on this host or context, was removed, or has another name (external volumes are not prefixed with the project name).",
    fix: 'Create the volume (or name the existing one), or drop external: true so that compose creates it',
    code: (n) => `docker volume ls\ndocker volume create ${n === '<name>' || n === '' ? '<volume>' : n}\n# volumes:\n#   data:\n#     external: true\n#     name: <the existing volume's name>`,
  },
  {
    re: String.raw`(?:volume|network) "(?<n>[^"\n]{1,200})" already exists but was not created by (?:Docker Compose|compose)`,
    type: 'already exists but was not created by Docker Compose',
    why: "Compose would create this volume for the project, and one of that name already exists without compose's labels: it was created by hand, by another tool, or by another project, so compose refuses to take it over (some v2.2 releases also said this for volumes marked external).",
    fix: 'Mark the volume external if it is meant to be shared, or remove it so that compose creates its own',
    code: (n) => `docker volume inspect ${n}\n# volumes:\n#   ${n}:\n#     external: true\ndocker volume rm ${n}   # only if its data is not needed`,
  },
  {
    re: String.raw`Volume (?<n>\S{1,200}) declared as external but specifies additional attributes(?: \((?<kind>[^)\n]{1,100})\))?`,
    type: 'declared as external but specifies additional attributes',
    why: 'A volume marked external: true is created outside compose, so compose (v1) rejects any other setting for it (driver, driver_opts, labels): only its name may be given.',
    fix: 'Keep only external (and name) on the volume; create it with its driver outside compose',
    code: (n) => `docker volume create --driver <driver> ${n}\n# volumes:\n#   ${n}:\n#     external: true`,
  },
  {
    re: String.raw`[Cc]an't find a suitable configuration file in this directory or any\s{1,40}parent`,
    type: "Can't find a suitable configuration file",
    why: 'docker-compose looked for docker-compose.yml (or .yaml, compose.yml) in the current directory and its parents and found none: the command runs in another directory, the file has another name (docker-compose.dev.yml), or the repository was not cloned completely.',
    fix: 'Run the command where the compose file is, or name the file with -f',
    code: () => `ls docker-compose.y*ml compose.y*ml\ndocker-compose -f docker-compose.dev.yml up -d`,
  },
  {
    re: String.raw`'(?<n>[^'\n]{1,100})' does not match any of the regexes: '\^x-'`,
    type: 'does not match any of the regexes',
    why: "docker-compose v1 validated the file against its schema and found a top-level key it does not know (only services, networks, volumes, configs, secrets, version and x- extensions): the key belongs to a newer compose file format (name: came with Compose v2), or a service was written at the top level without services:.",
    fix: 'Upgrade to Compose v2 (docker compose), or remove the key / move it under services',
    code: (n) => `docker compose version   # v2 understands '${n}'\n# or, for docker-compose v1, remove the top-level key '${n}'`,
  },
  {
    re: String.raw`env file (?<n>[^\n]{1,300}?) not found: CreateFile `,
    type: 'env file not found',
    why: "Compose v2 reads the files listed in env_file (or passed with --env-file) before starting anything, and this one does not exist on Windows' file system at that path: the .env file of the project was never created (it is usually copied from .env.example), or the path is relative to another directory.",
    fix: 'Create the env file (often from the example the project ships), or fix the path',
    code: (n) => `copy .env.example .env   # ${n}\ndocker compose --env-file <path> up -d`,
  },
  {
    re: String.raw`environment variable name '(?<n>[^'\n]{1,100})' may not contain whitespace`,
    type: 'may not contain whitespace',
    why: 'docker-compose v1 parses the env file strictly: each line is NAME=value with no space around the name, and a space before the = makes it part of the name.',
    fix: 'Remove the spaces around the variable name (and around =) in the env file',
    code: (n) => `# in .env: '${n}' -> '${n.trim()}'\nsed -i 's/^\\([A-Za-z_][A-Za-z0-9_]*\\) *= */\\1=/' .env`,
  },
  {
    re: String.raw`unknown help topic: (?<n>[\w-]{1,60})`,
    type: 'unknown help topic',
    why: "The docker CLI has no command of that name to show help for: `compose` is a plugin (Compose v2), and this Docker installation does not have it (an older Docker, or a distribution package without docker-compose-plugin).",
    fix: 'Install the plugin the command belongs to, or use the standalone tool',
    code: (n) => `docker info --format '{{json .ClientInfo.Plugins}}'\nsudo apt-get install docker-${n}-plugin   # ${n}`,
  },
];

const COMPOSE_YAML_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`(?:Could not parse config for project|Failed to parse service|Failed to unmarshall)[^\n]{0,200}?yaml: unmarshal errors:(?:\\n|\n)[ \t]{0,10}line (?<n>\d{1,6}): cannot unmarshal`,
    type: 'cannot unmarshal',
    why: "rancher-compose (libcompose) read the compose file and a value has another YAML type than the field takes: a mapping where a string is expected, a bare number, or a compose file format (version 3, long volume syntax) that libcompose does not support.",
    fix: 'Give the field at that line the type it takes, or use a compose file version the tool supports',
    code: (n) => `sed -n '${n}p' docker-compose.yml\n# e.g. restart: always (a string), ports: ["8081:8081"] (strings)`,
  },
  {
    re: String.raw`yaml\.scanner\.ScannerError: (?<kind>(?!while )[^\n]{1,200})\n[ \t]{1,10}in "(?<n>[^"\n]{0,300}?compose[^"\n]{0,100})", line \d{1,6}`,
    type: (g) => (g.kind ?? 'mapping values are not allowed here').trim(),
    why: "docker-compose v1 is a Python program and read the compose file with PyYAML, which stopped at the line and column shown: the file is not valid YAML there (a missing space after a colon, a colon inside an unquoted value, a tab, or an HTML page saved instead of the raw file).",
    fix: 'Fix the YAML at the line and column shown, or download the raw compose file again',
    code: (n) => `sed -n '1,40p' ${n}\ndocker-compose -f ${n} config   # validates the file`,
  },
];

const DOCKERFILE_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`failed to read dockerfile: open (?<n>\S{1,300}): no such file or directory`,
    type: 'failed to solve',
    why: "BuildKit could not read the Dockerfile from the build context: there is no file of that name where the build looks (the current directory, or the path given with -f or compose's build.dockerfile). The name is case-sensitive, and a file saved as Dockerfile.txt on Windows is not Dockerfile.",
    fix: 'Run the build where the Dockerfile is, or give its path with -f',
    code: (n) => `ls -la   # is there a Dockerfile here? (${n})\ndocker build -f path/to/Dockerfile .`,
  },
];

const BUILD_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`invalid from flag value (?<n>[^:\n]{1,200}): repository \S{1,200} not found: does not exist or no pull access`,
    type: 'pull access denied',
    why: "The classic builder read COPY --from=<name> as an image to pull, because no earlier stage has that name (a typo, or a stage name the builder of Docker 17.06 lost with --pull), and the registry has no such repository.",
    fix: 'Name an earlier stage exactly as its FROM … AS declares it (or a real image), and build without --pull on old Docker releases',
    code: (n) => `grep -n ' AS ' Dockerfile   # stages: is '${n}' among them?\ndocker build .   # without --pull on Docker 17.06`,
  },
  {
    re: String.raw`COPY only supports the --from=<image\|stage> flag`,
    type: 'COPY only supports the --from=<image|stage> flag',
    why: "The builder that ran the Dockerfile (OpenShift's, or another imagebuilder-based one) accepts only --from on COPY: other flags such as --chown or --chmod, which BuildKit and recent Docker support, are refused.",
    fix: 'Drop the unsupported COPY flag (change ownership in a RUN step), or build with a builder that supports it',
    code: () => `COPY --from=builder /usr/share/app /usr/share/app\nRUN chown -R 1000:0 /usr/share/app`,
  },
  {
    re: String.raw`executor failed running \[(?<n>[^\]\n]{1,500})\]: (?:exit code: \d{1,3}|runc did not terminate sucessfully)`,
    type: 'failed to solve',
    why: "Older BuildKit releases (before Docker 23) report a RUN step that exited non-zero as \"executor failed running\" (the build fails with \"failed to solve\"): the command itself failed, and its own error is in the step's output above this line.",
    fix: "Read the step's output above, and run the command in the image to reproduce it",
    code: (n) => `docker build --progress=plain --no-cache .\ndocker run --rm -it <base image> sh -c '${n.replace(/^\/bin\/sh -c /, '').replace(/'/g, "'\\''")}'`,
  },
  {
    re: String.raw`failed to compute cache key: (?<n>[^\n]{1,600})\nERROR: Service '[^'\n]{1,100}' failed to build`,
    type: 'failed to solve',
    why: "docker-compose v1 built the service with BuildKit, and a COPY or ADD source was not in the build context: the file does not exist, is excluded by .dockerignore, or lies outside the context directory compose sends (build.context).",
    fix: "Put the file in the build context (or fix its path relative to build.context), and check .dockerignore",
    code: (n) => `# ${n}\ncat .dockerignore\ndocker compose config | grep -A3 build:`,
  },
  {
    re: String.raw`Service '(?<n>[^'\n]{1,100})' failed to build: The command '[^\n]{1,500}?' returned a non-zero code`,
    type: 'returned a non-zero code',
    why: "docker-compose v1 built the service with the classic builder, and a RUN step of its Dockerfile exited with a non-zero code: the command's own error is in the output above this line.",
    fix: "Read the failing step's output, and rebuild the service alone to see it",
    code: (n) => `docker-compose build --no-cache ${n}`,
  },
  {
    re: String.raw`Build failed: The command '(?<n>[^\n]{1,500}?)' returned a non-zero code:`,
    type: 'returned a non-zero code',
    why: "Docker Hub's automated build (or another builder that ran the classic builder) reports a RUN step that exited non-zero: the command's own error is in the build log above this line.",
    fix: 'Open the full build log, and reproduce the step locally',
    code: (n) => `docker build --no-cache .   # failing step: ${n}`,
  },
];

const RUNTIME_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`Error starting userland proxy: (?:Bind for (?<n>[\w.:\[\]]{1,80}): unexpected error \(Failure EADDRINUSE\)|Failed to bind: EADDRINUSE)`,
    type: 'port is already allocated',
    why: "Docker Desktop for Mac's port forwarder (vpnkit) could not listen on the host port the container publishes: another program on the Mac (a local web server, another container or VM) already listens on it.",
    fix: 'Stop what listens on the host port, or publish the container on another one',
    code: (n) => `sudo lsof -nP -iTCP${n === '<name>' ? '' : `:${n.split(':').pop()}`} -sTCP:LISTEN\ndocker ps --format '{{.Names}} {{.Ports}}'\n# ports: - "8080:80"`,
  },
  {
    re: String.raw`(?:Get|Post|Put|Delete|Head) http:///var/run/docker\.sock/v1\.\d{1,2}/\S{1,300}: dial unix (?<n>/\S{1,200}): (?:no such file or directory|connect: connection refused)`,
    type: 'Cannot connect to the Docker daemon',
    why: "An older docker CLI (before 1.13) could not open the daemon's socket: the socket file does not exist (or nobody listens on it) because the Docker daemon is not running on this machine.",
    fix: 'Start the Docker daemon',
    code: (n) => `sudo service docker start   # or: sudo systemctl start docker\nls -l ${n}\ndocker info`,
  },
  {
    re: String.raw`toomanyrequests: ?\n(?:> ?)?You have reached your (?:unauthenticated )?pull rate limit`,
    type: 'toomanyrequests',
    why: 'Docker Hub refused the pull: the pull rate limit for this IP address (anonymous pulls) or this account is used up for the current period. CI runners behind one shared address hit it quickly.',
    fix: 'Log in to Docker Hub (authenticated pulls have a higher limit), cache or mirror the images, or wait',
    code: () => `docker login\n# CI: log in before the build, or pull through a registry mirror / cache`,
  },
  {
    re: String.raw`invalid header field value "oci runtime error: [^\n]{0,300}?exec: \\{0,3}"(?<n>[^"\\\n]{1,200})\\{0,3}": executable file not found in \$PATH`,
    type: 'executable file not found in $PATH',
    why: "runc could not find the container's command in the image, and Docker 1.12 (which put runc's message in an HTTP header) failed to report it properly: the entrypoint or command does not exist on the image's PATH, or is not executable (a script copied without its execute bit).",
    fix: 'Make the entrypoint exist and be executable in the image, or call it by its full path',
    code: (n) => `COPY ${n} /usr/local/bin/\nRUN chmod +x /usr/local/bin/${n}\nENTRYPOINT ["${n}"]`,
  },
  {
    re: String.raw`\[FATAL tini \(\d{1,7}\)\] exec (?<n>\S{1,300}) failed: (?<errno>No such file or directory|Permission denied|Exec format error)`,
    type: errnoLower,
    why: "tini, the container's init (docker run --init, or ENTRYPOINT [\"tini\", \"--\", …]), could not execute the entrypoint. \"No such file or directory\" for a file that exists means its interpreter does not: a script with Windows line endings (#!/bin/sh\\r) or a shebang naming a shell the image lacks; \"Permission denied\" means it is not executable.",
    fix: 'Give the script LF line endings and an interpreter the image has, and make it executable',
    code: (n) => `RUN sed -i 's/\\r$//' ${n} && chmod +x ${n}\n# .gitattributes: *.sh text eol=lf\nhead -1 ${n}   # the shebang's interpreter must exist in the image`,
  },
];

const DOCKER_JAVA_CLIENT_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`\b(?:com\.spotify\.docker\.client\.exceptions|com\.github\.dockerjava\.api\.exception)\.(?<kind>\w{1,60}(?:Exception|Error)): (?<n>[^\n]{0,300})`,
    type: (g) => g.kind ?? 'DockerException',
    why: "A Java Docker client (Spotify's docker-client, used by dockerfile-maven, or docker-java) raised the exception around the daemon's own message: the daemon refused the request, and its message after the class says why (here, often a build stage or image it could not pull).",
    fix: "Read the daemon's message in the exception, and run the same docker command by hand to see it",
    code: (n) => `# daemon said: ${n}\ndocker build .   # the same build outside Maven/Gradle`,
  },
];

export const DOCKER_CATALOG8_PATTERNS: readonly ErrorPattern[] = [
  dockerCatalog({
    id: 'docker.compose-catalog8',
    tool: 'docker compose',
    category: 'configuration',
    priority: 30,
    entries: COMPOSE_ENTRIES,
    references: REFS.compose,
    requires:
      /Error dependency |is declared as external, but could not be found|external volume "|already exists but was not created by|declared as external but specifies additional attributes|find a suitable configuration file|does not match any of the regexes|not found: CreateFile |may not contain whitespace|unknown help topic: /,
    samples: [
      ' ✘ Container xtm-opencti-1            Error dependency opencti failed to start                70.6s',
      'network "wp-traefik-local" is declared as external, but could not be found. You need to create a swarm-scoped network before the stack is deployed',
      'ERROR: Volume foo declared as external but specifies additional attributes (driver).',
    ],
  }),
  dockerCatalog({
    id: 'docker.compose-v1-yaml-catalog8',
    tool: 'docker-compose (v1)',
    category: 'syntax',
    priority: 30,
    entries: COMPOSE_YAML_ENTRIES,
    references: REFS.compose,
    requires: /yaml\.scanner\.ScannerError: |yaml: unmarshal errors:/,
    samples: ['ERROR: yaml.scanner.ScannerError: mapping values are not allowed here\n  in "./docker-compose.yml", line 7, column 19'],
  }),
  // Above Go's file errors (go.file-open, 6) that BuildKit's bare line looks like; below docker.buildkit-failed (20),
  // which explains the same line after "failed to solve".
  dockerCatalog({
    id: 'docker.dockerfile-catalog8',
    tool: 'docker build (BuildKit)',
    category: 'build',
    priority: 10,
    entries: DOCKERFILE_ENTRIES,
    references: REFS.build,
    requires: /failed to read dockerfile: open /,
    samples: ['failed to read dockerfile: open Dockerfile: no such file or directory'],
  }),
  // Above docker.daemon-refusals (33), whose compose v1 "failed to build" is only the line after the cause; below the
  // errors of the step's own command printed above it (crontab's, 35), which stay the type.
  dockerCatalog({
    id: 'docker.build-catalog8',
    tool: 'docker build',
    category: 'build',
    priority: 34,
    entries: BUILD_ENTRIES,
    references: REFS.build,
    requires: /executor failed running \[|failed to compute cache key: |' returned a non-zero code|no pull access|COPY only supports the --from/,
    samples: [
      'executor failed running [/bin/sh -c npm install]: exit code: 1\nERROR: Service \'chat1\' failed to build : Build failed',
      "Build failed: The command '/bin/sh -c npm install' returned a non-zero code:",
    ],
  }),
  dockerCatalog({
    id: 'docker.runtime-catalog8',
    tool: 'the Docker CLI',
    category: 'runtime',
    priority: 46,
    entries: RUNTIME_ENTRIES,
    references: REFS.runtime,
    requires: /EADDRINUSE|http:\/\/\/var\/run\/docker\.sock\/|toomanyrequests: ?\n|invalid header field value "oci runtime error: |\[FATAL tini \(/,
    samples: [
      'Post http:///var/run/docker.sock/v1.20/containers/create: dial unix /var/run/docker.sock: no such file or directory.',
      '[FATAL tini (8)] exec /usr/local/bin/entrypoint.sh failed: No such file or directory',
    ],
  }),
  // Java's exception around the daemon's message (README: another tool's error inside a program's exception is the
  // program's).
  {
    ...catalogPattern({
      id: 'java.docker-client-catalog8',
      tool: 'a Java Docker client',
      category: 'runtime',
      priority: 40,
      entries: DOCKER_JAVA_CLIENT_ENTRIES,
      references: [ref('docker-java', 'https://github.com/docker-java/docker-java'), ref('spotify/docker-client', 'https://github.com/spotify/docker-client')],
      requires: /com\.spotify\.docker\.client\.exceptions\.|com\.github\.dockerjava\.api\.exception\./,
      samples: ["Caused by: com.spotify.docker.client.exceptions.DockerException: invalid from flag value [name, redacted]: pull access denied for [name, redacted], repository does not exist or may require 'docker login'"],
    }),
    language: 'java',
  },
];
