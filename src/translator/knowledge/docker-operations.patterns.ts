import type { ErrorPattern } from '../rules/error-pattern';
import { fix, ref } from './answer-parts';

/**
 * Docker in day-to-day operation, beyond the engine's own failures (docker-engine.patterns.ts):
 * compose waiting on dependencies and health checks, logging drivers, the CLI's argument checks,
 * registries refusing a push or a login for their own reasons, Windows hosts and Docker Desktop's
 * diagnostics.
 */

const DOCS = 'https://docs.docker.com';

const COMPOSE_STARTUP_ORDER = ref('Docker Compose: Control startup order', `${DOCS}/compose/how-tos/startup-order/`);
const HEALTHCHECK = ref('Dockerfile reference: HEALTHCHECK', `${DOCS}/reference/dockerfile/#healthcheck`);
const LOGGING_DRIVERS = ref('Docker: Configure logging drivers', `${DOCS}/engine/logging/configure/`);

export const DOCKER_OPERATIONS_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'docker.compose-dependency-failed',
    language: 'docker',
    // Compose v2 waits for depends_on conditions; a dependency that exits or never turns healthy stops `up`.
    match: /dependency failed to start: container (?<service>[\w.-]{1,200}) (?<state>is unhealthy|exited \((?<code>\d{1,3})\)|has no healthcheck configured)/,
    requires: /dependency failed to start/,
    errorType: 'dependency failed to start',
    category: 'runtime',
    priority: 35,
    summary: (c) => `docker compose up stopped: ${c.service}, a dependency of another service, ${c.state?.startsWith('exited') ? `exited with code ${c.code}` : c.state === 'is unhealthy' ? 'never became healthy' : 'has no health check to wait for'}.`,
    explanation: (c) =>
      c.state === 'is unhealthy'
        ? `Another service declares depends_on: ${c.service}: condition: service_healthy, so compose waits for ${c.service}'s health check to pass. It kept failing until the retries ran out: the check's command fails, starts before the service is ready (start_period too short), or checks the wrong port or a tool the image does not have (curl in a slim image).`
        : c.state?.startsWith('exited')
          ? `Another service waits on ${c.service} (depends_on with condition service_healthy or service_started), but ${c.service}'s main process ended with code ${c.code}${c.code === '0' ? ': it finished instead of staying up, as a one-off command or a server started in the background does' : ''}. Its logs say why.`
          : `A depends_on condition service_healthy names ${c.service}, but its image and service define no HEALTHCHECK, so compose has nothing to wait for.`,
    causes: (c) =>
      c.state === 'is unhealthy'
        ? ['The health check command fails (wrong port, path or credentials)', 'The service needs longer to start than interval × retries (no start_period)', 'The check uses a tool the image does not have (curl, wget, pg_isready)']
        : c.state?.startsWith('exited')
          ? ['The service crashed at start (see its logs)', 'Its command ends at once (a server started in the background, a one-off script)', 'Wrong environment or a missing volume']
          : ['service_healthy on a service without a healthcheck'],
    fixes: (c) => [
      fix(
        `Find out why ${c.service} ${c.state === 'is unhealthy' ? 'stays unhealthy' : c.state?.startsWith('exited') ? 'stopped' : 'has no health check'}`,
        c.state === 'is unhealthy'
          ? [`Read the health check's own output in docker inspect, run the check by hand inside ${c.service}, then give it a start_period long enough for the service to start.`]
          : c.state?.startsWith('exited')
            ? [`Read ${c.service}'s logs; keep its main process in the foreground.`]
            : [`Add a healthcheck to ${c.service}, or depend on it with condition: service_started.`],
        c.state === 'is unhealthy'
          ? `docker inspect --format '{{json .State.Health}}' ${c.service}\n# compose.yaml\nservices:\n  ${c.service}:\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready -U postgres || exit 1"]\n      interval: 5s\n      retries: 10\n      start_period: 30s`
          : c.state?.startsWith('exited')
            ? `docker compose logs ${c.service}\ndocker inspect --format '{{.State.ExitCode}} {{.State.Error}}' ${c.service}`
            : `services:\n  ${c.service}:\n    healthcheck:\n      test: ["CMD-SHELL", "exit 0"]`,
      ),
    ],
    references: [COMPOSE_STARTUP_ORDER, HEALTHCHECK],
    samples: ['Container app-db-1  Error\ndependency failed to start: container app-db-1 is unhealthy', 'dependency failed to start: container hrm_database exited (0)'],
  },
  {
    id: 'docker.compose-container-unhealthy',
    language: 'docker',
    // Compose v1's wording of the same wait.
    match: /ERROR: for (?<service>[\w.-]{1,200}) {1,2}Container "(?<id>[0-9a-f]{6,64})" is unhealthy/,
    errorType: 'container is unhealthy',
    category: 'runtime',
    priority: 35,
    summary: (c) => `docker-compose could not start ${c.service}: a container it depends on (${c.id}) is unhealthy.`,
    explanation: (c) =>
      `${c.service} depends on another service with condition: service_healthy, and container ${c.id}'s health check failed until its retries ran out. docker-compose then refuses to start ${c.service}. The check's own output (docker inspect) says why it fails.`,
    causes: ['The health check fails (wrong port, path or credentials)', 'The dependency needs longer to start than interval × retries', 'The check uses a tool the image does not have'],
    fixes: (c) => [
      fix(`See why ${c.id} is unhealthy`, [`Read the last health check results, run the check by hand in the container, and give it a start_period (compose file format 2.3+ / 3.4+); ${c.service} starts once it passes.`], `docker inspect --format '{{json .State.Health}}' ${c.id}\ndocker logs ${c.id}`),
    ],
    references: [COMPOSE_STARTUP_ORDER, HEALTHCHECK],
    samples: ['ERROR: for api  Container "925e231df5aa" is unhealthy.\nERROR: Encountered errors while bringing up the project.'],
  },
  {
    id: 'docker.podman-name-in-use',
    language: 'docker',
    match: /the container name "(?<name>[^"\n]{1,200})" is already in use by (?:container )?"?(?<id>[0-9a-f]{12,64})"?/,
    requires: /is already in use by/,
    errorType: 'Conflict (container name in use)',
    category: 'runtime',
    priority: 40,
    summary: (c) => `A container named ${c.name} already exists (${c.id.slice(0, 12)}), so a new one cannot take its name.`,
    explanation: (c) =>
      `Container names are unique. ${c.name} is still taken by ${c.id.slice(0, 12)}, stopped or running: a previous run that was not removed, or compose run again after a container was created outside it (podman compose and docker-compose name containers project_service_N).`,
    causes: ['A container from an earlier run still exists (stopped containers keep their names)', 'Two compose projects or scripts using the same container_name'],
    fixes: (c) => [fix(`Remove or replace ${c.name}`, ['Remove the old container, or let the runtime replace it.'], `podman rm -f ${c.name}   # or: docker rm -f ${c.name}\npodman run --replace --name ${c.name} ...\npodman compose down && podman compose up -d`)],
    references: [ref('Podman: podman-run --replace', 'https://docs.podman.io/en/latest/markdown/podman-run.1.html#replace')],
    samples: ['Error: creating container storage: the container name "pdm_myservice_1" is already in use by 3d79945f137ae4bdd26cb06134e34615cf8e2e22d815124b624a438cba4e9126. You have to remove that container to be able to reuse that name: that name is already in use, or use --replace to instruct Podman to do so.'],
  },
  {
    id: 'docker.logging-driver',
    language: 'docker',
    match: /failed to initialize logging driver: (?<reason>[^\n]{1,300})|(?<reading>configured logging driver does not support reading)/,
    requires: /logging driver/,
    errorType: (c) => (c.reading ? 'configured logging driver does not support reading' : 'failed to initialize logging driver'),
    category: 'configuration',
    priority: 35,
    summary: (c) => (c.reading ? 'docker logs cannot read this container: its logging driver only sends logs elsewhere.' : `The container did not start: its logging driver could not be set up (${c.reason}).`),
    explanation: (c) =>
      c.reading
        ? 'docker logs reads what the daemon keeps itself. With a driver that only forwards (syslog, gelf, fluentd, awslogs, splunk) and dual logging off, there is nothing kept to read: the logs are at the driver\'s destination.'
        : `Before starting a container the daemon opens its log driver, and that failed: ${c.reason}. The driver comes from the container's --log-driver or logging: in compose, or from log-driver in daemon.json; it needs its destination reachable (a fluentd or syslog address) or its host support (journald needs systemd-journald).`,
    causes: (c) => (c.reading ? ['A logging driver that only forwards (syslog, gelf, fluentd, awslogs, splunk)', 'Dual logging (cache) turned off in daemon.json'] : ['The driver\'s destination is not reachable (fluentd, syslog, gelf address)', 'The host lacks what the driver needs (journald without systemd)', 'A wrong option in log-opts']),
    fixes: (c) => [
      c.reading
        ? fix('Read the logs where the driver sends them, or keep a local copy', ['Read them at the destination, or keep the daemon\'s local cache on (the default since Docker 20.10, "cache-disabled": "false"), or use the local or json-file driver.'], '# /etc/docker/daemon.json\n{ "log-driver": "local" }\n# or per container\ndocker run --log-driver local ...')
        : fix('Use a driver the host supports, or make its destination reachable', ['Check log-driver in /etc/docker/daemon.json and the container\'s logging settings; switch to local or json-file, or start what the driver sends to.'], 'docker info --format "{{.LoggingDriver}}"\ndocker run --log-driver local ...\n# compose\nlogging:\n  driver: local'),
    ],
    references: [LOGGING_DRIVERS, ref('Docker: Dual logging', `${DOCS}/engine/logging/dual-logging/`)],
    samples: ['Error response from daemon: configured logging driver does not support reading', 'Error: (HTTP code 500) server error - failed to initialize logging driver: journald is not enabled on this host'],
  },
  {
    id: 'docker.cli-argument-count',
    language: 'docker',
    match: /^(?:ERROR: )?"(?<command>(?:docker|podman|docker-compose)(?: [\w-]{1,30}){1,3})" (?<rule>requires (?:exactly|at least|at most) (?<count>\d{1,2}) arguments?|accepts no arguments)\.?/m,
    errorType: (c) => (c.rule?.startsWith('accepts') ? 'accepts no arguments' : `${(c.rule ?? 'requires exactly').replace(/ \d[\s\S]*$/, '')} ${c.count} argument${c.count === '1' ? '' : 's'}`),
    category: 'configuration',
    priority: 30,
    summary: (c) => `${c.command} was called with the wrong number of arguments: it ${c.rule}.`,
    explanation: (c) =>
      `The CLI checked the arguments before doing anything: ${c.command} ${c.rule}. Usually an argument went missing (an empty shell variable), or one with a space was not quoted and became two, or an option's value was taken as an argument.`,
    causes: ['An empty or unquoted shell variable in the command', 'A path with spaces not quoted', 'An option placed after the arguments or missing its value'],
    fixes: (c) => [fix(`Call ${c.command} with the arguments its usage line shows`, ['Quote variables and paths, and print the command before running it to see what it receives.'], `${c.command} --help\nset -x   # show the expanded command in a script`)],
    references: [ref('Docker CLI reference', `${DOCS}/reference/cli/docker/`)],
    samples: ['"docker cp" requires exactly 2 arguments.\nSee \'docker cp --help\'.'],
  },
  {
    id: 'docker.windows-pipe-access-denied',
    language: 'docker',
    match: /open (?:\/\/\.\/|\\\\\.\\)pipe[/\\](?<pipe>docker_engine\w{0,20}|docker\w{0,20}Engine): Access is denied/,
    requires: /Access is denied/,
    errorType: 'permission denied',
    category: 'permission',
    priority: 45,
    summary: (c) => `The docker CLI may not open Docker's named pipe (${c.pipe}): Windows denied access.`,
    explanation: () =>
      'On Windows the CLI talks to the daemon through a named pipe that only administrators and members of the docker-users group may open. This user is neither (or was just added and has not signed in again), or the CLI runs in a non-elevated prompt against a daemon configured for elevated access only.',
    causes: ['The user is not in the docker-users group (or has not signed out and in since being added)', 'A non-elevated prompt against a daemon that requires elevation', 'Docker Desktop started by another user'],
    fixes: () => [fix('Add the user to docker-users, then sign out and in', ['In an elevated prompt, add the user to the docker-users group; sign out and back in (or restart) so the new group takes effect.'], 'net localgroup docker-users "%USERNAME%" /add')],
    references: [ref('Docker Desktop: Windows permission requirements', `${DOCS}/desktop/setup/install/windows-permission-requirements/`)],
    samples: ['error during connect: Get http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.35/containers/json: open //./pipe/docker_engine: Access is denied. In the default daemon configuration on Windows, the docker client must be run elevated to connect.'],
  },
  {
    id: 'docker.windows-system-call',
    language: 'docker',
    // The console wraps long lines, sometimes inside a word of the reason.
    match: /encountered an error during (?<operation>[\w:]{1,80}): failure in a Windows system call: (?<reason>[^(]{1,200}?)\.? ?\((?<code>0x[0-9a-f]{1,8})\)/i,
    requires: /failure in a Windows system call/,
    errorType: 'failure in a Windows system call',
    category: 'runtime',
    priority: 35,
    summary: (c) => `Windows' container service failed during ${c.operation}: ${c.reason.replace(/\s*\n\s*/g, '')} (${c.code}).`,
    explanation: (c) =>
      `Windows containers are run by the Host Compute Service (HCS), and its ${c.operation} call failed with ${c.code} (${c.reason.replace(/\s*\n\s*/g, '')}). Common reasons: the image's Windows build does not match the host's (process isolation needs the same build; Hyper-V isolation does not), the Containers or Hyper-V feature is off, or the HCS state is stale after an update.`,
    causes: ['Image built for another Windows version than the host (process isolation)', 'Containers / Hyper-V Windows feature not enabled', 'Stale HCS or network state after an update (a restart of the service helps)'],
    fixes: (c) => [
      fix('Match the image to the host, or use Hyper-V isolation', [`Compare the host's build (winver) with the image's tag; run with --isolation=hyperv to run an older image, and restart the Docker service if ${c.code} persists.`], 'cmd /c ver\ndocker run --isolation=hyperv ...\nRestart-Service docker'),
    ],
    references: [ref('Microsoft: Windows container version compatibility', 'https://learn.microsoft.com/virtualization/windowscontainers/deploy-containers/version-compatibility')],
    samples: ['Error response from daemon: container c40d72d3 encountered an error during CreateContainer: failure in a Windows system call: Element not found. (0x490)'],
  },
  {
    id: 'docker.registry-push-permission',
    language: 'docker',
    match: /error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly(?:[^\n]{0,200}?checking push permission for "(?<image>[^"\n]{1,300})")?/,
    requires: /error checking push permissions/,
    errorType: 'authentication required',
    category: 'permission',
    priority: 40,
    summary: (c) => `The push was refused before it started: the registry does not accept this login for ${c.image ?? 'the image'}.`,
    explanation: (c) =>
      `Before uploading, the client asks the registry whether it may push to ${c.image ?? 'the repository'}. The answer was no: you are not logged in to that registry (or the login expired), the repository belongs to another account or organisation, or the tag names a registry you did not mean (a name without a registry host goes to docker.io).`,
    causes: ['Not logged in to that registry, or the token expired', 'The repository path belongs to another user or organisation', 'The tag lacks the registry host, so it goes to Docker Hub'],
    fixes: (c) => [fix('Log in to the registry the tag names and push to your own namespace', ['Check the full name the image is tagged with, log in to that host, and tag it under a namespace you may write to.'], `docker login${c.image?.includes('/') && c.image.split('/')[0].includes('.') ? ` ${c.image.split('/')[0]}` : ''}\ndocker tag <image> ${c.image ?? '<registry>/<your-namespace>/<name>:<tag>'}\ndocker push ${c.image ?? '<registry>/<your-namespace>/<name>:<tag>'}`)],
    references: [ref('Docker: docker login', `${DOCS}/reference/cli/docker/login/`)],
    samples: ['docker: Error response from daemon: unknown: error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for "docker.io/pditommaso/cowsay-demo:d9abbf0c": POST https://index.docker.io/v2/pditommaso/cowsay-demo/blobs/uploads/'],
  },
  {
    id: 'docker.ecr-token-expired',
    language: 'docker',
    match: /Your Authorization Token has expired\. Please run '(?<command>aws ecr get-login[^'\n]{0,100})' to fetch a new one/,
    requires: /Authorization Token has expired/,
    errorType: 'Authorization Token has expired',
    category: 'permission',
    priority: 45,
    summary: 'Amazon ECR refused the request: the Docker login it got from AWS has expired.',
    explanation: () =>
      'An ECR login is a token valid for 12 hours. The credentials Docker (or a build plugin using Docker\'s config) sent for the registry were made longer ago than that, so every pull and push is refused until a new login.',
    causes: ['The ECR login is older than 12 hours', 'A CI cache or ~/.docker/config.json kept an old token', 'The AWS credentials used for the login belong to another account'],
    fixes: () => [fix('Log in to ECR again before pushing', ['Get a new token with the AWS CLI (v2 uses get-login-password) and pipe it into docker login; in CI, log in in the same job that pushes, or use the ECR credential helper.'], 'aws ecr get-login-password --region <region> \\\n  | docker login --username AWS --password-stdin <account>.dkr.ecr.<region>.amazonaws.com')],
    references: [ref('Amazon ECR: Private registry authentication', 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/registry_auth.html')],
    samples: ['error parsing HTTP 403 response body: invalid character \'Y\' looking for beginning of value: "Your Authorization Token has expired. Please run \'aws ecr get-login\' to fetch a new one."'],
  },
  {
    id: 'docker.gcr-permissions',
    language: 'docker',
    match: /(?:unauthorized|denied): You don't have the needed permissions to perform this operation, and you may have invalid credentials/,
    requires: /You don't have the needed permissions/,
    errorType: "You don't have the needed permissions",
    category: 'permission',
    priority: 40,
    summary: 'Google Container Registry refused the push: these credentials may not write to that project.',
    explanation: () =>
      "GCR answers this when Docker sends no Google credentials (docker was never configured with gcloud's helper), credentials of another account, or an account without write access to the project's storage (roles/storage.admin on the artifacts bucket; Artifact Registry uses its own roles).",
    causes: ['Docker is not configured to use gcloud as credential helper for gcr.io', 'The active gcloud account lacks write access to the project', 'The image name names another project'],
    fixes: () => [fix('Configure Docker for gcr.io and use an account that may push', ['Run gcloud auth configure-docker, check the active account, and grant it write access on the project.'], 'gcloud auth login\ngcloud auth configure-docker\ngcloud auth list')],
    references: [ref('Google Cloud: Container Registry access control', 'https://cloud.google.com/container-registry/docs/access-control')],
    samples: ["unauthorized: You don't have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication"],
  },
  {
    id: 'docker.registry-ip-sans',
    language: 'docker',
    match: /Error response from daemon: [^\n]{0,300}?x509: cannot validate certificate for (?<host>[^\s]{1,100}) because it doesn't contain any IP SANs/,
    requires: /doesn't contain any IP SANs/,
    errorType: "doesn't contain any IP SANs",
    category: 'network',
    priority: 45,
    summary: (c) => `The daemon reached the registry at ${c.host} by IP address, and its certificate names no IP addresses.`,
    explanation: (c) =>
      `A certificate is valid only for the names in its subjectAltName. The registry is addressed as ${c.host}, an IP address, but its certificate lists DNS names only (or only a common name), so Go's TLS check refuses it before any login.`,
    causes: ['The registry is addressed by IP, its certificate by name', 'A self-signed certificate made without subjectAltName IP entries'],
    fixes: (c) => [
      fix(`Use the registry's DNS name, or reissue the certificate with IP:${c.host.replace(/:\d+$/, '')}`, ['Address the registry by the name its certificate carries, or make a new certificate whose subjectAltName includes the IP, and trust its CA in /etc/docker/certs.d/<host:port>/ca.crt.'], `openssl req -x509 -newkey rsa:4096 -nodes -days 365 -keyout registry.key -out registry.crt \\\n  -subj "/CN=${c.host.replace(/:\d+$/, '')}" -addext "subjectAltName=IP:${c.host.replace(/:\d+$/, '')}"`),
    ],
    references: [ref('Docker: Verify repository client with certificates', `${DOCS}/engine/security/certificates/`)],
    samples: ['Error response from daemon: Get "https://139.9.162.134:30043/v2/": x509: cannot validate certificate for 139.9.162.134 because it doesn\'t contain any IP SANs'],
  },
  {
    id: 'docker.desktop-mac-diagnose',
    language: 'docker',
    // Docker for Mac's diagnose tool: one [ERROR] row per component, the privileged helper first.
    match: /(?<path>\/\S{0,200}com\.docker\.vmnetd) is not running/,
    requires: /vmnetd is not running/,
    errorType: 'vmnetd is not running',
    category: 'runtime',
    priority: 40,
    summary: "Docker for Mac's privileged helper (com.docker.vmnetd) is not running, so its VM cannot start.",
    explanation: () =>
      "Docker Desktop on macOS installs a privileged helper, com.docker.vmnetd, that sets up the VM's networking. The diagnostics found it not running: the helper was not installed (its admin prompt was declined), was removed by a cleanup tool, or was blocked after a macOS upgrade. Everything after it (the VM, the engine) fails as a consequence.",
    causes: ['The privileged helper was never installed or was removed', 'macOS blocked it (system extension or login item not allowed)', 'A Docker Desktop update left an old helper behind'],
    fixes: () => [fix('Reinstall the privileged helper', ['Quit Docker Desktop, remove the helper, and start Docker Desktop again to let it reinstall (approve the admin prompt); if that fails, use Troubleshoot → Reset to factory defaults.'], 'sudo launchctl unload /Library/LaunchDaemons/com.docker.vmnetd.plist\nsudo rm /Library/PrivilegedHelperTools/com.docker.vmnetd /Library/LaunchDaemons/com.docker.vmnetd.plist\nopen -a Docker')],
    references: [ref('Docker Desktop: Troubleshoot on Mac', `${DOCS}/desktop/troubleshoot-and-support/troubleshoot/`)],
    samples: ['[ERROR]  vmnetd\n         Connection refused (ECONNREFUSED) connecting to /var/tmp/com.docker.vmnetd.socket: check if service is running\n         /private/tmp/vmnetd/com.docker.vmnetd is not running'],
  },
];
