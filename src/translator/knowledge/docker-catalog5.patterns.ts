import type { ErrorPattern } from '../rules/error-pattern';
import { ref } from './answer-parts';
import { dockerCatalog, type CatalogEntry } from './linux-catalog.patterns';

/**
 * A fifth catalog pass over Docker's messages, from the everyday CLI, Dockerfile and Compose errors
 * people paste from terminals and CI logs (GitHub Actions, GitLab CI) that no earlier pass knew in
 * the words they came in: the short and the pre-1.10 forms of an image removal conflict and of a
 * container name conflict, a removal already in progress, pause and kill refusals (AppArmor's
 * "permission denied" behind a kill), a relative working directory (Git Bash), the classic
 * builder's ADD/COPY failures and Dockerfile flags, build args nobody consumed, the build context
 * the client could not read, `docker run` flags (publish, IP, env file, TTY), docker/login-action's
 * missing credentials, Compose v1's validation messages, and the swap-limit warning.
 *
 * One pattern per family of messages (linux-catalog's `catalogPattern`, answered as Docker's): the
 * type is the tool's phrase without the names around it, or the system error it reports (README,
 * docker row); each entry's `n` group is the name the message is about, which the fix repeats.
 */

const DOCS = 'https://docs.docker.com';

const REFS = {
  daemon: [
    ref('Docker: docker container rm', `${DOCS}/reference/cli/docker/container/rm/`),
    ref('Docker: docker image rm', `${DOCS}/reference/cli/docker/image/rm/`),
    ref('Docker: docker container kill', `${DOCS}/reference/cli/docker/container/kill/`),
  ],
  build: [
    ref('Dockerfile reference', `${DOCS}/reference/dockerfile/`),
    ref('Docker: Build context', `${DOCS}/build/concepts/context/`),
  ],
  cli: [
    ref('Docker: docker container run', `${DOCS}/reference/cli/docker/container/run/`),
    ref('Docker: docker login', `${DOCS}/reference/cli/docker/login/`),
    ref('docker/login-action', 'https://github.com/docker/login-action#usage'),
  ],
  compose: [ref('Compose file reference', `${DOCS}/reference/compose-file/`), ref('Docker: Migrate to Compose V2', `${DOCS}/compose/releases/migrate/`)],
  swap: [ref('Docker: Linux post-installation steps (swap limit capabilities)', `${DOCS}/engine/install/linux-postinstall/#your-kernel-does-not-support-cgroup-swap-limit-capabilities`)],
};

const DAEMON_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`conflict: unable to delete (?<n>[0-9a-f]{1,64}) \((?:must be forced|cannot be forced)\)`,
    type: 'conflict: unable to delete',
    why: 'Docker keeps an image while a container (running or stopped) was created from it, or while other images are built on it: docker rmi refuses to remove it without --force.',
    fix: 'Remove the containers created from the image, then the image',
    code: (n) => `docker ps -a --filter ancestor=${n}\ndocker rm <container>\ndocker rmi ${n}`,
  },
  {
    re: String.raw`Conflict, cannot (?:force )?delete (?<n>[0-9a-f]{1,64}) because the (?:running )?container [0-9a-f]{1,64} is using it`,
    type: 'conflict: unable to delete',
    why: 'An older Docker refusing to remove an image that a container (even a stopped one) still uses.',
    fix: 'Remove the containers created from the image, then the image',
    code: (n) => `docker ps -a --filter ancestor=${n}\ndocker rm <container>\ndocker rmi ${n}`,
  },
  {
    re: String.raw`Conflict, The name (?<n>\S{1,200}) is already assigned to \S{1,80}\. You have to (?:delete|remove)`,
    type: 'Conflict (container name in use)',
    why: 'A container with this name already exists, running or stopped (an earlier docker run with --name); names are unique on a Docker host, so the new container cannot take it.',
    fix: 'Remove (or rename) the old container, or run with --rm so that it goes away when it stops',
    code: (n) => `docker ps -a --filter name=${n.replace(/^\//, '')}\ndocker rm -f ${n.replace(/^\//, '')}   # or: docker rename ${n.replace(/^\//, '')} old-${n.replace(/^\//, '')}`,
  },
  {
    re: String.raw`The name "(?<n>[^"\n]{1,200})" is already (?:used|in use) by container`,
    type: 'Conflict (container name in use)',
    why: 'A container with this name already exists, running or stopped (an earlier docker run with --name); names are unique on a Docker host, so the new container cannot take it.',
    fix: 'Remove (or rename) the old container, or run with --rm so that it goes away when it stops',
    code: (n) => `docker ps -a --filter name=${n.replace(/^\//, '')}\ndocker rm -f ${n.replace(/^\//, '')}   # or: docker rename ${n.replace(/^\//, '')} old-${n.replace(/^\//, '')}`,
  },
  {
    re: String.raw`removal of container (?<n>\S{1,200}) is already in progress`,
    type: 'removal of container is already in progress',
    why: 'Another removal of the same container is still running (a docker run --rm that ends, a second docker rm, a compose down, an orchestrator) or a previous removal failed half-way and left the container marked for removal.',
    fix: 'Wait for the first removal to finish; if the container stays in "Removal In Progress", restart the daemon and remove it again',
    code: (n) => `docker ps -a --filter id=${n}\nsudo systemctl restart docker\ndocker rm -f ${n}`,
  },
  {
    re: String.raw`Cannot update container (?<n>\S{1,200}): container is marked for removal`,
    type: 'container is marked for removal',
    why: 'The container is being removed (or a failed removal left it marked), so the daemon refuses any other change to it.',
    fix: 'Let the removal finish, then create the container again',
    code: (n) => `docker ps -a --filter id=${n}\nsudo systemctl restart docker   # only if it stays stuck\ndocker rm -f ${n}`,
  },
  {
    re: String.raw`Container (?<n>\S{1,200}) is not paused`,
    type: 'container is not paused',
    why: 'docker unpause was asked for a container that is running normally (or not running at all): only a container that docker pause froze can be unpaused.',
    fix: 'Check the container state before unpausing it',
    code: (n) => `docker inspect --format '{{.State.Status}}' ${n}\ndocker ps -a --filter status=paused`,
  },
  {
    re: String.raw`Container (?<n>\S{1,200}) is paused\. Unpause the container before stopping`,
    type: 'container is paused',
    why: 'A paused container is frozen by the cgroup freezer and cannot receive the stop signal: the daemon refuses to stop or kill it until it is unpaused.',
    fix: 'Unpause the container, then stop it',
    code: (n) => `docker unpause ${n}\ndocker stop ${n}`,
  },
  {
    re: String.raw`Container (?<n>\S{1,200}) is already paused`,
    type: 'container is already paused',
    why: 'docker pause was asked for a container that is already paused.',
    fix: 'Unpause it when it should run again',
    code: (n) => `docker inspect --format '{{.State.Status}}' ${n}\ndocker unpause ${n}`,
  },
  {
    re: String.raw`Cannot kill container:? (?<n>[\w.-]{1,200}):? [^\n]{0,300}?(?<errno>permission denied)`,
    type: 'permission denied',
    why: 'runc was not allowed to signal the container\'s process: on Ubuntu and Debian AppArmor denies it ("apparmor=DENIED operation=signal" in dmesg), usually after AppArmor was reloaded or upgraded while containers ran, or with a snap-installed Docker next to the package.',
    fix: 'Reload AppArmor\'s profiles (or remove the unknown ones), then stop the container again',
    code: (n) => `sudo dmesg | grep -i apparmor | tail\nsudo aa-remove-unknown\nsudo systemctl restart docker\ndocker stop ${n}`,
  },
  {
    re: String.raw`the working directory '(?<n>[^'\n]{1,300})' is invalid, it needs to be an absolute path`,
    type: 'the working directory is invalid',
    why: 'The working directory (-w, WORKDIR given on the command line, working_dir in compose) must be an absolute path inside the container. Git Bash (MSYS) on Windows rewrites a Unix path such as /app into C:/Program Files/Git/app before docker sees it, and a Windows path is not absolute in a Linux container.',
    fix: 'Give an absolute Linux path; in Git Bash double the leading slash or turn path conversion off',
    code: (n) => `# got: ${n}\ndocker run -w //app ...              # Git Bash: //app stays /app\nMSYS_NO_PATHCONV=1 docker run -w /app ...`,
  },
  {
    re: String.raw`containerd: (?<n>container not started)`,
    type: 'container not started',
    why: 'containerd was asked to run a process (docker exec) in a container whose task has not started or already exited.',
    fix: 'Check that the container runs before exec-ing into it',
    code: (n) => `docker ps -a   # ${n}\ndocker logs <container>\ndocker start <container>`,
  },
  {
    re: String.raw`(?<n>cannot exec in a stopped state)`,
    type: 'cannot exec in a stopped state',
    why: "runc found the container's process stopped: the container exited (or its main process died) although docker ps may still show it Up for a moment.",
    fix: 'Look at why the container stopped, restart it, then exec again',
    code: (n) => `docker ps -a   # ${n}\ndocker logs --tail 50 <container>\ndocker restart <container>`,
  },
  {
    re: String.raw`oci runtime error: exec failed: (?<n>cannot exec a container that has (?:run and )?stopped|[^"\n]{1,160})`,
    type: 'OCI runtime exec failed',
    why: "The OCI runtime (runc) could not start the exec'd process: usually the container's process has already exited although the daemon had not noticed yet, or runc could not enter its namespaces (a container restarted under it, a runc of another release).",
    fix: 'Look at why the container stopped, restart it, then exec again',
    code: (n) => `docker ps -a   # ${n}\ndocker logs --tail 50 <container>\ndocker restart <container>`,
  },
  {
    re: String.raw`network (?<n>[\w.-]{1,200}) has active endpoints`,
    type: 'has active endpoints',
    why: 'A network cannot be removed while endpoints are attached to it: containers of another compose project on the same network, or stale endpoints the daemon kept after containers were removed (then only a daemon restart clears them).',
    fix: 'Disconnect or remove what is attached, then remove the network',
    code: (n) => `docker network inspect ${n} --format '{{range .Containers}}{{.Name}} {{end}}'\ndocker network disconnect -f ${n} <container>\ndocker network rm ${n}`,
  },
  {
    re: String.raw`active container for (?<n>[0-9a-f]{12,64}) does not exist`,
    type: 'active container does not exist',
    why: 'The daemon has the container but no running task for it: it is restarting (a restart policy after a crash) or has just exited.',
    fix: 'Look at why the container restarts, and wait until it runs',
    code: (n) => `docker ps -a --filter id=${n}\ndocker logs --tail 50 ${n}`,
  },
  {
    re: String.raw`Error parsing reference: "(?<n>[^"\n]{1,200})" is not a valid repository/tag`,
    type: 'invalid reference format',
    why: 'An older Docker\'s words for an image name it cannot parse: repository names must be lower case, without spaces, with at most one tag after a colon.',
    fix: 'Write the image name in lower case',
    code: (n) => `# got: ${n}\ndocker build -t ${n.toLowerCase()} .`,
  },
];


const BUILD_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`(?<kind>ADD|COPY) failed: (?:l?stat) (?<n>\S{1,400}): no such file or directory`,
    type: (g) => `${g.kind ?? 'ADD'} failed`,
    why: 'The classic builder could not find the source of an ADD or COPY in the build context it received (/var/lib/docker/tmp/docker-builder… is that context): the path is wrong, relative to another directory than the context, or excluded by .dockerignore.',
    fix: 'Check the path against the build context (the directory given to docker build) and .dockerignore',
    code: (n) => `# missing in the context: ${n}\nls -la <context-dir>\ncat .dockerignore\ndocker build -f path/to/Dockerfile <context-dir>`,
  },
  {
    re: String.raw`(?<kind>ADD) failed: file not found in build context or excluded by \.dockerignore: stat (?<n>\S{1,300}): file does not exist`,
    type: 'ADD failed',
    why: 'The source of the ADD is not in the build context: the path is wrong, the file is generated by a step that has not run yet (a build output such as dist/), or .dockerignore excludes it.',
    fix: 'Build from the directory that holds the file, create it first, or stop ignoring it',
    code: (n) => `ls -la ${n}\ngrep -n "${n}" .dockerignore\ndocker build -t app .`,
  },
  {
    re: String.raw`Step \d{1,4}(?:/\d{1,4})? : (?:ADD|COPY) [^\n]{1,300}\nlstat (?<n>\S{1,300}): no such file or directory`,
    type: 'no such file or directory',
    why: 'An older classic builder could not find the ADD or COPY source in the build context: the file does not exist there, or .dockerignore excludes it (the message does not say which).',
    fix: 'Check the file against the build context and .dockerignore',
    code: (n) => `ls -la ${n}\ngrep -n "${n}" .dockerignore`,
  },
  {
    re: String.raw`#\d{1,4} \[[^\]\n]{1,200}\] (?:COPY|ADD) [^\n]{1,400}\n(?:#\d{1,4} [^\n]{0,300}\n){0,3}#\d{1,4} ERROR: "(?<n>[^"\n]{1,300})" not found: not found`,
    type: 'failed to solve',
    why: 'BuildKit could not find the source of a COPY or ADD: in the build context (a wrong path, or excluded by .dockerignore), or, with --from, in the stage or image it copies from (the file is elsewhere there, or that stage did not produce it).',
    fix: 'Check where the file is in the build context or in the --from stage',
    code: (n) => `# not found: ${n}\ndocker run --rm --entrypoint ls <from-image> -la ${n}\ncat .dockerignore`,
  },
  {
    re: String.raw`[Ff]orbidden path outside the build context: (?<n>\S{1,300})`,
    type: 'Forbidden path outside the build context',
    why: 'ADD and COPY can only read files inside the build context: a source path with ../ (or an absolute host path) points outside it.',
    fix: 'Make the context a parent directory and point to the Dockerfile with -f, or copy the file into the context first',
    code: (n) => `# outside the context: ${n}\ndocker build -f app/Dockerfile .   # run from the parent directory`,
  },
  {
    re: String.raw`(?<n>COPY|ADD) requires at least two arguments`,
    type: 'requires at least two arguments',
    why: 'An ADD or COPY instruction needs at least one source and a destination; flags such as --from or --chown do not count.',
    fix: 'Give both the source and the destination',
    code: (n) => `${n} --from=builder /app/dist /usr/share/nginx/html`,
  },
  {
    re: String.raw`Step \d{1,4}(?:/\d{1,4})? : (?:COPY|ADD|RUN|FROM)[^\n]{0,300}\nUnknown flag: (?<n>[\w-]{1,40})`,
    type: 'unknown flag',
    why: "The Docker engine that built the image does not know this Dockerfile flag: it is older than the feature (COPY --from needs Docker 17.05, --chmod and RUN --mount need BuildKit), or the flag's name is misspelt.",
    fix: 'Upgrade Docker or build with BuildKit, or fix the flag',
    code: (n) => `docker version\nDOCKER_BUILDKIT=1 docker build .   # flag: --${n}`,
  },
  {
    re: String.raw`Step \d{1,4}(?:/\d{1,4})? : EXPOSE [^\n]{1,200}\nInvalid proto: (?<n>\S{1,40})`,
    type: 'Invalid proto',
    why: 'EXPOSE takes a port and an optional protocol, which must be tcp or udp (lower case).',
    fix: 'Write the protocol as tcp or udp',
    code: (n) => `# got: ${n}\nEXPOSE 8080/tcp`,
  },
  {
    re: String.raw`[Oo]ne or more build-args \[(?<n>[^\]\n]{1,500})\] were not consumed`,
    type: 'One or more build-args were not consumed',
    why: 'docker build was given --build-arg values that no ARG instruction of the Dockerfile (of the stages built) declares: the value is ignored. Older builders and some platforms fail the build on it.',
    fix: 'Declare the argument with ARG in the stage that uses it, or stop passing it',
    code: (n) => `# not consumed: ${n}\nARG ${n.split(/\s+/)[0]}`,
  },
  {
    re: String.raw`[Ee]rror checking context(?: is accessible)?: '(?<kind>can't stat|no permission to read from) '(?<n>[^'\n]{1,400})''`,
    type: 'error checking context',
    why: 'The docker client could not read a file or directory of the build context before sending it: the context is a directory with files owned by another user or protected by the system (a home directory, /tmp, a snap-confined docker).',
    fix: 'Build from a directory that holds only the project, or exclude the unreadable path in .dockerignore',
    code: (n) => `ls -ld '${n}'\necho '${n}' >> .dockerignore   # relative to the context\nmkdir -p ~/build && cp Dockerfile ~/build && docker build ~/build`,
  },
  {
    re: String.raw`error from sender: (?:open|lstat|stat) (?<n>\S{1,400}): (?<errno>permission denied|no such file or directory)`,
    type: (g) => g.errno ?? 'permission denied',
    why: 'BuildKit could not read a file while the client sent the build context: it belongs to another user (a database directory a container wrote as root, another user\'s files in /tmp), or it vanished during the transfer.',
    fix: 'Exclude the path in .dockerignore, or make it readable',
    code: (n) => `ls -l ${n}\necho "<path relative to the context>" >> .dockerignore\nsudo chown -R "$USER" ${n}`,
  },
  {
    re: String.raw`ERROR: open (?<n>\S{0,300}/\.docker/buildx/\S{1,200}): (?<errno>permission denied)`,
    type: 'permission denied',
    why: 'buildx could not open its own state under ~/.docker: a docker command run with sudo earlier created these files as root.',
    fix: 'Give the directory back to your user',
    code: (n) => `ls -l ${n}\nsudo chown -R "$USER" ~/.docker`,
  },
  {
    re: String.raw`Error: determining starting point for build: (?<n>no FROM statement found)`,
    type: 'no FROM statement found',
    why: 'The Containerfile or Dockerfile (as Podman and Buildah read it) has no FROM instruction: an ARG line alone does not start a stage, the file is empty, or the wrong file was given with -f.',
    fix: 'Start the file (after global ARGs) with FROM',
    code: (n) => `# ${n}\nARG BASE_IMAGE=alpine:3.20\nFROM \${BASE_IMAGE}`,
  },
];

const CLI_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`invalid publish opts format \(should be name=value but got '(?<n>[^'\n]{1,200})'\)`,
    type: 'invalid publish opts format',
    why: 'The -p/--publish value is not [ip:][hostPort:]containerPort[/protocol]: the protocol goes at the end only (7359:7359/udp, not 7359/udp:7359/udp), and the host part must be an IP address, not a name.',
    fix: 'Write the mapping as hostPort:containerPort[/protocol]',
    code: (n) => `# got: ${n}\ndocker run -p 8080:80 -p 7359:7359/udp IMAGE`,
  },
  {
    re: String.raw`docker: invalid IP address: (?<n>\S{1,100})`,
    type: 'invalid IP address',
    why: 'The host part of -p/--publish must be an IP address (127.0.0.1, 0.0.0.0, ::1); a host name such as localhost is not accepted.',
    fix: 'Use the IP address',
    code: (n) => `# got: ${n}\ndocker run -p 127.0.0.1:8080:8080 IMAGE`,
  },
  {
    re: String.raw`flag provided but not defined: (?<n>\S{1,60})\s{0,4}\nSee 'docker[\w -]{0,40} --help'`,
    type: 'flag provided but not defined',
    why: 'The docker CLI does not know this flag: it is misspelt, belongs to another command or a newer Docker, or a dash was pasted as a typographic dash (– instead of --).',
    fix: 'Retype the flag with two ASCII hyphens and check it in the command\'s help',
    code: (n) => `# got: ${n}\ndocker run --help | grep -- --publish`,
  },
  {
    re: String.raw`docker: "(?<n>[\w-]{1,30})" requires (?<kind>\d{1,2}) arguments?\.`,
    type: (g) => `requires ${g.kind ?? '1'} argument${g.kind === '1' ? '' : 's'}`,
    why: 'The command got fewer arguments than it needs: docker build needs the build context (a path such as . at the end), docker run the image.',
    fix: 'Add the missing argument (for docker build, the context directory)',
    code: (n) => `docker ${n} --help\ndocker build -t app .   # note the final "."`,
  },
  {
    re: String.raw`docker/login-action@\S{1,60}\n(?:[^\n]{0,300}\n){0,14}Error: (?<n>Username and password required|Username required|Password required)`,
    type: (g) => g.n ?? 'Username and password required',
    why: 'docker/login-action received an empty username or password: the secret is not defined where the workflow runs (a repository secret read as env., an environment secret without environment:, a fork\'s pull request, a misspelt secret name).',
    fix: 'Pass the credentials from secrets that exist for this workflow',
    code: (n) => `# ${n}\n- uses: docker/login-action@v3\n  with:\n    username: \${{ vars.DOCKERHUB_USERNAME }}\n    password: \${{ secrets.DOCKERHUB_TOKEN }}`,
  },
  {
    re: String.raw`Error: (?<n>Must provide --username with --password-stdin)`,
    type: 'Must provide --username with --password-stdin',
    why: 'docker login read the password from stdin but got no user name: the variable holding it is empty in this job.',
    fix: 'Pass the user name with -u',
    code: (n) => `# ${n}\necho "$REGISTRY_PASSWORD" | docker login -u "$REGISTRY_USER" --password-stdin registry.example.com`,
  },
  {
    re: String.raw`(?<n>cannot enable tty mode on non tty input)`,
    type: 'cannot enable tty mode on non tty input',
    why: "docker run -t (or -it) asks for a terminal, but the command's input is not one (a script, cron, a CI job, a pipe).",
    fix: 'Drop -t (keep -i only if you pipe input)',
    code: (n) => `# ${n}\ndocker run -i IMAGE < input.txt\ndocker run IMAGE`,
  },
  {
    re: String.raw`docker: open (?<n>\S{1,300}): no such file or directory`,
    type: 'no such file or directory',
    why: 'The docker CLI could not open a file named on its command line, usually the --env-file, relative to the directory the command runs in.',
    fix: 'Create the file or give its right path',
    code: (n) => `ls -l ${n}\ncp .env.example ${n}   # if the project ships a template`,
  },
];

const COMPOSE_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`Unsupported config option for services service: '(?<n>[^'\n]{1,100})'`,
    type: 'Unsupported config option',
    why: 'An old docker-compose read a file with a top-level services: key as the version 1 format (no version: line, or a release older than 1.6): it takes "services" for a service name.',
    fix: 'Upgrade to Compose v2 (docker compose), or add a version line for an old docker-compose',
    code: (n) => `docker compose version\n# service: ${n}\ndocker compose up -d`,
  },
  {
    re: String.raw`Service '(?<n>[^'\n]{1,100})' configuration key '(?<kind>[^'\n]{1,100})' contains an invalid type`,
    type: 'contains an invalid type',
    why: 'docker-compose v1 validates each key of a service against the file format: this key has the wrong type (ports must be a list, environment a list or a mapping).',
    fix: 'Write the key in the type the format expects',
    code: (n) => `services:\n  ${n}:\n    ports:\n      - "8080:80"`,
  },
  {
    re: String.raw`services\.(?<n>[\w.-]{1,100})\.ports is invalid: (?<kind>Invalid port|Port ranges don't match in length)`,
    type: (g) => g.kind ?? 'Invalid port',
    why: 'A ports entry does not parse as [[ip:]hostPort[-range]:]containerPort[/protocol]: most often a variable from .env is empty (":8080", ":"), so the .env file is missing or not in the project directory.',
    fix: 'Create the .env file (or set the variables), then check the resolved file',
    code: (n) => `ls -la .env\ndocker compose config   # shows ${n}'s ports after interpolation`,
  },
  {
    re: String.raw`Top-level object must be a mapping|Top level object in '(?<n>[^'\n]{1,300})' needs to be an object`,
    type: 'Top-level object must be a mapping',
    why: 'The Compose file does not contain a YAML mapping at its top: it is empty (a failed download, a file not saved yet), or it holds something else (another tool\'s config, a list).',
    fix: 'Check that the file has content, starting with services:',
    code: (n) => `wc -c ${n || 'docker-compose.yml'}\nhead docker-compose.yml\ndocker compose config`,
  },
  {
    re: String.raw`services '(?<n>[^'\n]{1,100})' must be a mapping not an? (?<kind>\w{1,30})`,
    type: 'contains an invalid type',
    why: 'Under services:, each entry must be a mapping of a service name to its keys; here a key is indented as if it were a service (a string where a mapping is expected).',
    fix: 'Indent the keys under the service name',
    code: (n) => `services:\n  app:\n    ${n}: ...   # keys belong under a service`,
  },
  {
    re: String.raw`invalid mount config for type "bind": bind (?:mount )?source path does not exist(?:: (?<n>[^\s'"\x60]{1,300}))?`,
    type: 'bind source path does not exist',
    why: 'A bind mount names a host path that does not exist where the daemon runs: Docker Desktop\'s VM or a remote daemon sees other paths than your shell, a snap-installed Docker cannot see outside your home, or the directory was never created.',
    fix: 'Create the directory on the daemon\'s host (or share it with Docker Desktop), then start again',
    code: (n) => `mkdir -p ${n || '<host-path>'}\ndocker context ls   # which daemon runs the container?`,
  },
];

export const DOCKER_CATALOG5_PATTERNS: readonly ErrorPattern[] = [
  dockerCatalog({
    id: 'docker.daemon-refusals-catalog',
    tool: 'the Docker daemon',
    category: 'runtime',
    priority: 25,
    entries: DAEMON_ENTRIES,
    references: REFS.daemon,
    requires: /unable to delete|Conflict, |The name "|removal of container|marked for removal|is not paused|is paused|already paused|Cannot kill container|working directory '|container not started|cannot exec |oci runtime error|has active endpoints|active container for|not a valid repository/,
    samples: [
      'Error response from daemon: conflict: unable to delete 123 (must be forced)',
      'Error response from daemon: removal of container f3ceb7dee8a6 is already in progress',
      "Error response from daemon: the working directory 'C:/Program Files/Git/app' is invalid, it needs to be an absolute path",
    ],
  }),
  dockerCatalog({
    id: 'docker.dockerfile-build-catalog',
    tool: 'docker build',
    category: 'configuration',
    priority: 18,
    entries: BUILD_ENTRIES,
    references: REFS.build,
    requires: /ADD failed|COPY failed|not found: not found|lstat |orbidden path|requires at least two arguments|Unknown flag|Invalid proto|build-args|checking context|error from sender|\.docker\/buildx|no FROM statement/,
    samples: [
      'Step 7/9 : ADD ./lib/client.rpm /basic/\nADD failed: stat /var/lib/docker/tmp/docker-builder925234299/lib/client.rpm: no such file or directory',
      '[Warning] One or more build-args [SERVER_VERSION WEBSITE_VERSION] were not consumed',
      "error checking context: 'can't stat '/home/me/project''.",
    ],
  }),
  dockerCatalog({
    id: 'docker.cli-usage-catalog',
    tool: 'the docker CLI',
    category: 'configuration',
    priority: 25,
    entries: CLI_ENTRIES,
    references: REFS.cli,
    requires: /invalid publish opts|invalid IP address|flag provided but not defined|" requires \d|Username and password required|Username required|Password required|--password-stdin|tty mode|docker: open /,
    samples: [
      "docker: invalid publish opts format (should be name=value but got '7359/udp:7359/udp').\nSee 'docker create --help'.",
      'Run docker/login-action@v3\n  with:\n    logout: true\nError: Username and password required',
      'docker: open .env: no such file or directory.',
    ],
  }),
  dockerCatalog({
    id: 'docker.compose-v1-catalog',
    tool: 'docker compose',
    category: 'configuration',
    priority: 25,
    entries: COMPOSE_ENTRIES,
    references: REFS.compose,
    requires: /Unsupported config option for services service|configuration key|\.ports is invalid|[Tt]op[- ]level object|must be a mapping not|invalid mount config/,
    samples: [
      "Unsupported config option for services service: 'web'",
      "ERROR: The Compose file '.\\docker-compose.yml' is invalid because:\nservices.proxy.ports is invalid: Invalid port \":\", should be [[remote_ip:]remote_port[-remote_port]:]port[/protocol]",
      'parsing /home/me/app/docker-compose.yml: Top-level object must be a mapping',
    ],
  }),
  // Below every other pattern: the warning is printed before a container's own failure, which is the error then.
  dockerCatalog({
    id: 'docker.swap-limit-warning',
    tool: 'the Docker daemon',
    category: 'configuration',
    priority: 1,
    entries: [
      {
        re: String.raw`Your kernel does not support (?<n>swap limit) capabilities,? ?or the cgroup is not mounted(?![\s\S]{0,3000}?(?:Traceback|Exception|Error\b|error:|panic:))`,
        type: 'Your kernel does not support swap limit capabilities',
        why: "A warning, not an error: the kernel's memory cgroup does not account swap (Debian and Ubuntu boot without swapaccount, Raspberry Pi OS without the memory cgroup), so --memory limits RAM only and --memory-swap is ignored. The container still runs.",
        fix: 'Enable swap accounting on the kernel command line if you need swap limits, then reboot',
        code: (n) => `# ${n}\nsudo sed -i 's/^GRUB_CMDLINE_LINUX="/&cgroup_enable=memory swapaccount=1 /' /etc/default/grub\nsudo update-grub && sudo reboot`,
      },
    ],
    references: REFS.swap,
    requires: /swap limit capabilities/,
    samples: ['docker run --rm -m 64m alpine:3.6 true\nWARNING: Your kernel does not support swap limit capabilities or the cgroup is not mounted. Memory limited without swap.'],
  }),
];
