import type { ErrorPattern } from '../rules/error-pattern';
import { ref } from './answer-parts';
import { dockerCatalog, type CatalogEntry } from './linux-catalog.patterns';

/**
 * A sixth catalog pass over Docker's messages, from Docker errors inside other output: CI systems (GitHub
 * Actions pushing to GHCR, Bitbucket Pipelines' authorization plugin, Azure Pipelines), registries' own
 * refusals (ECR's expired token in its newer words, GHCR's organization packages, Google Artifact Registry's
 * IAM permissions, Harbor's repository access, a Podman pull's auth token), the daemon's API failing behind
 * Docker Desktop ("request returned Internal Server Error for API route"), BuildKit's registry lookups as
 * nerdctl and buildx print them, and the tools wrapping Docker (Testcontainers' environment detection,
 * VS Code Dev Containers, Skaffold, Buildpacks' pack).
 *
 * One pattern per family of messages (linux-catalog's `catalogPattern`, answered as Docker's): the type is the
 * tool's or registry's phrase without the names around it, or the system error it reports (README, docker
 * row); each entry's `n` group is the name the message is about, which the fix repeats.
 */

const DOCS = 'https://docs.docker.com';

const REFS = {
  registry: [
    ref('Amazon ECR: Private registry authentication', 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/registry_auth.html'),
    ref('GitHub: Working with the Container registry', 'https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-container-registry'),
    ref('Artifact Registry: Configure authentication to Docker repositories', 'https://cloud.google.com/artifact-registry/docs/docker/authentication'),
    ref('Harbor: Pulling and pushing images', 'https://goharbor.io/docs/main/working-with-projects/working-with-images/pulling-pushing-images/'),
  ],
  ci: [
    ref('Bitbucket Pipelines: Run Docker commands', 'https://support.atlassian.com/bitbucket-cloud/docs/run-docker-commands-in-bitbucket-pipelines/'),
    ref('Docker Engine: Access authorization plugin', `${DOCS}/engine/extend/plugins_authorization/`),
    ref('Docker Desktop: Troubleshoot', `${DOCS}/desktop/troubleshoot-and-support/troubleshoot/`),
    ref('BuildKit: registry lookups (docker buildx build)', `${DOCS}/reference/cli/docker/buildx/build/`),
  ],
  tools: [
    ref('Testcontainers: Supported Docker environments', 'https://java.testcontainers.org/supported_docker_environment/'),
    ref('VS Code: Dev Containers tips and tricks', 'https://code.visualstudio.com/remote/advancedcontainers/overview'),
    ref('Skaffold: Docker builder', 'https://skaffold.dev/docs/builders/builder-types/docker/'),
    ref('Buildpacks: pack build', 'https://buildpacks.io/docs/for-platform-operators/how-to/integrate-ci/pack/cli/pack_build/'),
  ],
};

const REGISTRY_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`(?:denied|unauthorized): Your (?<n>[Aa]uthorization [Tt]oken) has expired\. Reauthenticate and try again`,
    type: 'Authorization Token has expired',
    why: "Amazon ECR's login is a token valid for 12 hours: the credentials Docker sent for the registry (from an earlier docker login, a long-lived CI agent, a build tool reusing Docker's config) were made longer ago than that, so every pull and push is refused until a new login.",
    fix: 'Log in to ECR again in the same job, right before pulling or pushing',
    code: () => 'aws ecr get-login-password --region <region> \\\n  | docker login --username AWS --password-stdin <account>.dkr.ecr.<region>.amazonaws.com\n# a long-running machine: use the ECR credential helper (docker-credential-ecr-login) instead',
  },
  {
    re: String.raw`installation not allowed to (?<kind>Write|Create) organization package`,
    type: (g) => `installation not allowed to ${g.kind ?? 'Write'} organization package`,
    why: "GitHub's Container Registry refused the workflow's GITHUB_TOKEN: the job lacks `packages: write`, or the organization package already exists (made by a manual push or another repository) and does not grant this repository access, or a pull request from a fork runs with a read-only token.",
    fix: "Give the job packages: write, and give the repository write access in the package's settings (Manage Actions access)",
    code: () => 'permissions:\n  contents: read\n  packages: write\n# ghcr.io package settings -> Manage Actions access -> add this repository with the Write role\n# or log in with a personal access token that has write:packages',
  },
  {
    re: String.raw`(?:(?<kind>Unauthenticated request)\. Unauthenticated requests do not have permission|Permission) "(?<n>artifactregistry\.repositories\.\w{1,40})"(?: denied)? on resource "[^"\n]{1,300}"`,
    type: (g) => g.kind ?? 'Permission denied on resource',
    why: 'Google Artifact Registry refused the push or pull: Docker has no credentials for this regional host (gcloud auth configure-docker was run for another host, or not at all, or for another user than the one running docker, such as root under sudo), the account lacks the role that grants this permission, or the repository does not exist in that project and location.',
    fix: 'Configure Docker for the exact regional host, and grant the account the Artifact Registry role the permission belongs to',
    code: (n) => `gcloud auth configure-docker <region>-docker.pkg.dev\ngcloud artifacts repositories list --location=<region>\n# ${n}: roles/artifactregistry.writer to push, roles/artifactregistry.reader to pull\ngcloud artifacts repositories add-iam-policy-binding <repo> --location=<region> \\\n  --member=serviceAccount:<sa> --role=roles/artifactregistry.writer`,
  },
  {
    re: String.raw`unauthorized to access repository: (?<n>[\w./-]{1,200}), action: (?<kind>push|pull|delete|\*)`,
    type: 'unauthorized to access repository',
    why: 'Harbor refused the action on the repository: Docker is not logged in to this Harbor (or the login was to another host name or port than the image tag), the project in the image path does not exist (Harbor creates repositories only inside existing projects), or the user or robot account has no role allowing this action in the project.',
    fix: "Tag the image as <harbor>/<project>/<repository>, log in to that exact host, and check the account's role in the project",
    code: (n) => `docker login <harbor-host>\ndocker tag <image> <harbor-host>/${n}:<tag>\ndocker push <harbor-host>/${n}:<tag>   # the project must exist; the account needs Developer or above to push`,
  },
  {
    re: String.raw`unable to retrieve auth token: (?<n>invalid username/password)`,
    type: 'invalid username/password',
    why: 'Podman (containers/image) sent stored credentials for the registry and the registry refused them when asked for a token: an old or wrong login in auth.json (or in ~/.docker/config.json, which Podman also reads), even for a public image.',
    fix: 'Log out of the registry (or log in again with valid credentials), then pull',
    code: (n) => `podman logout docker.io   # ${n}\npodman login docker.io\ncat \${XDG_RUNTIME_DIR}/containers/auth.json`,
  },
];

const CI_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`authorization denied by plugin (?<n>[\w.-]{1,60}): ?(?<kind>[^\n"}]{0,120})`,
    type: 'authorization denied by plugin',
    why: "The daemon runs an authorization plugin that vetoed the request. Bitbucket Pipelines' Docker service does this: it refuses --privileged, --security-opt, host mounts and some API calls, so BuildKit's docker-container builder (buildx, docker compose build), Testcontainers' Ryuk and tools starting privileged containers fail there.",
    fix: "Do without what the plugin refuses: build with the classic builder, turn off Testcontainers' Ryuk, or use Bitbucket's runtime v3 / a self-hosted runner",
    code: (n) => `# plugin: ${n}\nexport DOCKER_BUILDKIT=0            # classic builder instead of a privileged buildkit container\nexport TESTCONTAINERS_RYUK_DISABLED=true\n# bitbucket-pipelines.yml: options: { runtime: { cloud: { version: "3" } } } and docker: true`,
  },
  {
    re: String.raw`request returned (?:500 )?Internal Server Error for API route and version (?<n>\S{1,400}?),? check if the server supports the requested API version`,
    type: 'Internal Server Error',
    why: "The Docker CLI reached the engine's socket (Docker Desktop's named pipe or its Linux engine), but the engine answered 500: Docker Desktop's engine is not running behind its proxy (it failed to start, the WSL 2 or Hyper-V VM stopped, the user was signed out, an update is half applied).",
    fix: 'Restart Docker Desktop (or its WSL backend) and check that the engine is running',
    code: (n) => `# ${n}\nwsl --shutdown                 # Windows, then start Docker Desktop again\ndocker context ls              # the CLI should use desktop-linux (or default)\ndocker version                 # the Server section must answer`,
  },
  {
    re: String.raw`#\d{1,4} ERROR: failed to do request: (?:Head|Get|Post|Put) "(?<n>[^"\n]{1,400})": dial tcp(?: [^\n:]{1,60})?: lookup [^\n]{1,200}?: (?<errno>no such host|i/o timeout|server misbehaving)`,
    type: (g) => g.errno ?? 'no such host',
    why: "BuildKit (buildx, nerdctl build) could not reach the registry named in FROM: the builder's DNS does not resolve the registry's host. A registry known only to this machine (an /etc/hosts entry, a VPN's DNS) is not visible from a builder that runs in a container, and a short name without a dot is read as a host.",
    fix: "Check the registry's name resolution where the builder runs, and give the builder the host's DNS or network",
    code: (n) => `# ${n}\nnslookup <registry-host>\ndocker buildx create --use --driver-opt network=host   # a builder on the host's network\n# or the full registry host name (with its domain) in FROM`,
  },
];

const TOOL_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`(?:ERROR [\w.$]{1,100} - |^|\n)(?<n>Could not find a valid Docker environment)(?:\. Please check configuration| for Testcontainers)`,
    type: 'Could not find a valid Docker environment',
    why: 'Testcontainers tried each way to reach a Docker daemon (DOCKER_HOST, the Unix socket or Windows pipe, docker-machine) and none answered: the daemon is not running, the user cannot open /var/run/docker.sock, the build runs in a container without the socket mounted, or the Docker engine is too new for the Testcontainers version (it answers with an API version the old client refuses).',
    fix: 'Check that docker info works for the user running the tests, then point Testcontainers at the daemon (or upgrade Testcontainers)',
    code: () => 'docker info\n# ~/.testcontainers.properties\ndocker.host=unix:///var/run/docker.sock\n# CI in a container: mount /var/run/docker.sock, or set DOCKER_HOST=tcp://docker:2375 with a dind service',
  },
  {
    re: String.raw`build \[(?<n>[^\]\n]{1,200})\] failed: exit status \d{1,3}\. Docker build ran into internal error`,
    type: 'Docker build ran into internal error',
    why: "Skaffold ran the docker CLI to build the artifact and it failed without an error Skaffold recognises: the build's own error is in the docker output above (a Dockerfile step, a context path on Windows, a daemon that is not reachable from Skaffold's environment).",
    fix: 'Build the artifact with docker directly to see its error, then run Skaffold with debug logs',
    code: (n) => `docker build -t ${n} <context>\nskaffold dev -v debug`,
  },
  {
    re: String.raw`image (?<n>\S{1,300}) does not exist on the daemon: not found`,
    type: 'does not exist on the daemon',
    why: 'pack was told not to pull (--pull-policy never, or if-not-present for an image it believed local) and the image is not in the Docker daemon it uses: a builder, lifecycle or buildpack image that was never pulled, or a daemon with containerd image storage where pack cannot see it.',
    fix: 'Pull the image into the daemon first, or let pack pull it',
    code: (n) => `docker pull ${n}\npack build <app> --pull-policy if-not-present`,
  },
  {
    re: String.raw`failed to fetch builder image '(?<n>[^'\n]{1,300})': (?!image \S{1,300} does not exist)`,
    type: 'failed to fetch builder image',
    why: "pack could not read the builder image from the registry or from the daemon: the registry is unreachable from pack (a proxy, a private registry without credentials in Docker's config), or the builder's name or tag is wrong.",
    fix: 'Pull the builder with docker to see the registry error, then build again',
    code: (n) => `docker pull ${n}\npack build <app> --builder ${n}`,
  },
  {
    re: String.raw`invalid builder (?<n>\S{1,300}): builder \S{1,300} missing label (?<kind>io\.buildpacks\.builder\.metadata)`,
    type: 'invalid builder',
    why: "The image given as --builder is not a buildpacks builder (it has no io.buildpacks.builder.metadata label): a base or run image, or a builder the daemon re-stored without its labels (Docker's containerd image store with a multi-platform image).",
    fix: 'Use a builder image, and check that its labels are present in the daemon',
    code: (n) => `docker image inspect ${n} --format '{{json .Config.Labels}}'\npack builder suggest`,
  },
  {
    re: String.raw`"description":"(?<n>An error occurred setting up the container)\.?"|(?<!Error: )(?<kind>An error occurred setting up the container)\.?$`,
    type: 'An error occurred setting up the container',
    why: 'The Dev Containers extension (or the devcontainer CLI) ran a docker command to build, create or start the container and it failed: the docker error itself is in the log above (a build step, a port, a mount, a daemon that is not running or a non-default docker context).',
    fix: 'Open the Dev Containers log, find the failed docker command and run it yourself',
    code: () => 'docker context use default\ndocker ps -a --filter label=devcontainer.local_folder\n# the log: "Dev Containers: Show Container Log"; rebuild: "Dev Containers: Rebuild Container Without Cache"',
  },
];

export const DOCKER_CATALOG6_PATTERNS: readonly ErrorPattern[] = [
  dockerCatalog({
    id: 'docker.registry-reasons-catalog',
    tool: 'the registry',
    category: 'network',
    priority: 30,
    entries: REGISTRY_ENTRIES,
    references: REFS.registry,
    requires: /[Tt]oken has expired\. Reauthenticate|organization package|artifactregistry\.repositories|unauthorized to access repository|unable to retrieve auth token/,
    samples: [
      'denied: Your authorization token has expired. Reauthenticate and try again.',
      'denied: installation not allowed to Write organization package',
      'unauthorized: unauthorized to access repository: library/maven, action: push: unauthorized to access repository: library/maven, action: push',
    ],
  }),
  dockerCatalog({
    id: 'docker.ci-daemon-catalog',
    tool: 'the Docker daemon',
    category: 'runtime',
    priority: 30,
    entries: CI_ENTRIES,
    references: REFS.ci,
    requires: /authorization denied by plugin|Internal Server Error for API route|ERROR: failed to do request/,
    samples: [
      "docker: Error response from daemon: authorization denied by plugin pipelines: --privileged=true is not allowed.\nSee 'docker run --help'.",
      'request returned Internal Server Error for API route and version http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.24/containers/json?all=1, check if the server supports the requested API version',
      '#3 ERROR: failed to do request: Head "https://distrib:5000/v2/img/manifests/8": dial tcp: lookup distrib on 10.0.0.2:53: no such host',
    ],
  }),
  dockerCatalog({
    id: 'docker.wrapping-tools-catalog',
    tool: 'a tool running Docker',
    category: 'runtime',
    priority: 12,
    entries: TOOL_ENTRIES,
    references: REFS.tools,
    requires: /valid Docker environment|Docker build ran into internal error|does not exist on the daemon|builder image|invalid builder|setting up the container/,
    samples: [
      'ERROR o.t.d.DockerClientProviderStrategy - Could not find a valid Docker environment. Please check configuration. Attempted configurations were:',
      'build [rshbhchauhan/client] failed: exit status 1. Docker build ran into internal error. Please retry.',
      'ERROR: failed to build: fetching lifecycle image: image buildpacksio/lifecycle:0.17.2 does not exist on the daemon: not found',
    ],
  }),
];
