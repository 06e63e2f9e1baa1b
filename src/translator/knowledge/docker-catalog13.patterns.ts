import type { ErrorPattern } from '../rules/error-pattern';
import { ref } from './answer-parts';
import { catalogPattern, dockerCatalog, nameOr, type CatalogEntry } from './linux-catalog.patterns';

/**
 * A thirteenth catalog pass over Docker's messages as programs and CI systems around Docker report them, where the
 * earlier passes' wordings miss: a registry's bare refusal in the forms GHCR and CI logs print it ("denied: denied",
 * a Head or Get request answered "unauthorized" behind compose v1's "ERROR:", "docker:" or a trailing full stop),
 * GHCR's "unauthenticated: User cannot be authenticated with the token provided", a push's "blob upload unknown",
 * docker/build-push-action without buildx, testcontainers-node's "Could not find a working container runtime
 * strategy" (JavaScript's inside its stack trace, Docker's in its debug log), a pull's bare "docker: x509: …", an
 * editor's or a dockerode CLI's "Unable to connect to Docker" over a missing socket, and Docker Desktop's 500 for a
 * registry's 401 on its token request.
 *
 * One pattern per family of messages (linux-catalog's `catalogPattern`, answered as Docker's unless said otherwise):
 * the type is the tool's or registry's phrase without the names around it (README, docker row); each entry's `n`
 * group is the name the message is about (a registry, an image, a container class), which the fix repeats.
 */

const DOCS = 'https://docs.docker.com';

const REFS = {
  registry: [
    ref('docker login', `${DOCS}/reference/cli/docker/login/`),
    ref('GitHub: working with the Container registry', 'https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-container-registry'),
  ],
  ci: [
    ref('docker/setup-buildx-action', 'https://github.com/docker/setup-buildx-action'),
    ref('docker/build-push-action', 'https://github.com/docker/build-push-action'),
  ],
  testcontainers: [
    ref('Testcontainers for Node.js: supported container runtimes', 'https://node.testcontainers.org/supported-container-runtimes/'),
    ref('Testcontainers for Node.js: configuration', 'https://node.testcontainers.org/configuration/'),
  ],
  tls: [
    ref('Docker Engine: use self-signed certificates (certs.d)', `${DOCS}/engine/security/certificates/`),
    ref('Docker Engine: daemon proxy configuration', `${DOCS}/engine/daemon/proxy/`),
  ],
};

const REGISTRY_ENTRIES: readonly CatalogEntry[] = [
  {
    // A Head/Get request to a registry's /v2/ API answered with nothing but its code ("denied: denied", "unauthorized").
    re: String.raw`\b(?:Head|Get|HEAD|GET) "?https?://(?<n>[^/\s"\x60]{1,200})/v2/[^\s"\x60]{0,300}"?: (?<kind>denied: denied|denied|unauthorized)\.?[ \t]{0,8}(?=\x60|\n|$)`,
    type: (g) => (g.kind === 'unauthorized' ? 'unauthorized' : 'denied'),
    why: 'The registry refused the request with its bare error code and no reason. "denied" means it knew who asked and refused (a GHCR package that is private or not linked to the repository, a token without read:packages or write:packages, or an expired token still stored by an earlier docker login that is now sent even for a public image); "unauthorized" means no valid credentials came with the request (not logged in to that registry, or the image is private).',
    fix: 'Log out of the registry (a stale login is sent even for public images), then log in again with a token allowed to read or push the image',
    code: (n) => `docker logout ${nameOr(n, 'ghcr.io')}\ndocker pull <image>   # public images need no login\necho "$TOKEN" | docker login ${nameOr(n, 'ghcr.io')} -u <user> --password-stdin`,
  },
  {
    // The same bare refusal on a line of its own (a push's last line, an Azure Pipelines ##[error] line).
    re: String.raw`(?:^|\n)[^\n]{0,80}?(?<![\w-])(?<kind>denied): denied\.?[ \t]{0,8}(?=\n|$)`,
    type: 'denied',
    why: 'The registry refused the push or pull with a bare "denied": it knew the credentials and they lack the permission. With GitHub\'s registry the token (GITHUB_TOKEN without packages: write, a personal token without write:packages) may not write the package, or the package is owned by another repository or organization.',
    fix: 'Log in with a token allowed to push (for GitHub Actions, grant packages: write) and push to a name you own',
    code: () => `docker logout ghcr.io\necho "$TOKEN" | docker login ghcr.io -u <user> --password-stdin\n# GitHub Actions: permissions: { packages: write }`,
  },
  {
    re: String.raw`(?:(?<n>[\w.-]{1,100}\.[a-z]{2,12}/[^\s:"]{1,200})(?::[\w.-]{1,128})?: )?unauthorized: unauthenticated: User cannot be authenticated with the token provided`,
    type: 'User cannot be authenticated with the token provided',
    why: "GitHub's Container registry (ghcr.io) did not accept the token it was given: the personal access token expired or was revoked, lacks read:packages (write:packages to push), an old token is still stored by docker login, or a CI secret holds another value than the one you updated.",
    fix: 'Create a new token with the packages scopes, log in again with it, and check which secret the CI job really uses',
    code: (n) => `docker logout ghcr.io\necho "$CR_PAT" | docker login ghcr.io -u <user> --password-stdin\ndocker pull ${nameOr(n, 'ghcr.io/<owner>/<image>')}`,
  },
  {
    re: String.raw`(?:^|\n)(?:[^\n]{0,40}: )?(?<kind>blob upload unknown)(?<n> to registry)?\.?[ \t]{0,8}(?=\n|$)`,
    type: 'blob upload unknown',
    why: 'The registry no longer knows the layer upload the client was continuing (the registry error code BLOB_UPLOAD_UNKNOWN): the upload session expired during a slow push, a load balancer sent the next request to another registry node that does not share the upload state, or a proxy cut the upload.',
    fix: 'Push again; if it keeps failing, make the registry nodes share their storage (or use sticky sessions) and check proxies between you and the registry',
    code: () => `docker push <image>\n# behind several registry replicas: shared storage and redirect settings, or sticky sessions on the load balancer`,
  },
];

const CI_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`Docker buildx is required\. See (?<n>https://github\.com/docker/setup-buildx-action)`,
    type: 'Docker buildx is required',
    why: 'docker/build-push-action (v2 and later) builds with Buildx and found no Buildx on the runner: the workflow has no docker/setup-buildx-action step before it, or a self-hosted runner\'s Docker has no buildx plugin.',
    fix: 'Add the setup-buildx step before the build step',
    code: (n) => `# ${n}\n- uses: docker/setup-buildx-action@v3\n- uses: docker/build-push-action@v6\n  with:\n    push: true\n    tags: <image>`,
  },
  {
    re: String.raw`(?:Unable to find image '(?<n>[^'\n]{1,200})' locally[\s\S]{0,2000}?\n)?docker: x509: certificate signed by unknown authority`,
    type: 'certificate signed by unknown authority',
    why: "The daemon pulled through a TLS connection whose certificate it does not trust: a corporate proxy or firewall re-signs HTTPS with its own CA, or a private registry uses a self-signed certificate. The daemon (not the CLI) needs the CA.",
    fix: "Give the daemon the proxy's or registry's CA certificate and restart it",
    code: (n) => `sudo mkdir -p /etc/docker/certs.d/<registry>\nsudo cp ca.crt /etc/docker/certs.d/<registry>/ca.crt\nsudo systemctl restart docker\ndocker pull ${nameOr(n, '<image>')}`,
  },
];

const CLIENT_ENTRIES: readonly CatalogEntry[] = [
  {
    // An editor's or a Node.js tool's own report (vscode-docker) with the socket connect that failed under it.
    re: String.raw`(?:Unable to|Could not) connect to Docker[^\n]{0,80}[\s\S]{0,200}?connect (?:ENOENT|ECONNREFUSED) (?<n>[^\s]{0,200}docker(?:\.sock|_engine))`,
    type: 'Cannot connect to the Docker daemon',
    why: "A program that talks to the Docker API (an editor extension, a CLI built on dockerode) found no daemon behind the socket: Docker is not running, or the socket is elsewhere (Docker Desktop's ~/.docker/run/docker.sock on macOS when the default socket is off, a rootless daemon's /run/user/<uid>/docker.sock, a remote DOCKER_HOST).",
    fix: 'Start Docker, or point the program at the socket the daemon really uses',
    code: (n) => `docker info
ls -l ${n}
docker context inspect --format '{{.Endpoints.docker.Host}}'
export DOCKER_HOST=unix://$HOME/.docker/run/docker.sock   # Docker Desktop on macOS`,
  },
  {
    re: String.raw`connect (?:ENOENT|ECONNREFUSED) (?<n>[^\s]{0,200}docker(?:\.sock|_engine))\n[^\n]{0,10}Error: Could not connect to Docker`,
    type: 'Cannot connect to the Docker daemon',
    why: "A program that talks to the Docker API (a CLI built on dockerode) found no daemon behind the socket: Docker is not running, or the socket is elsewhere (Docker Desktop's ~/.docker/run/docker.sock on macOS when the default socket is off, a rootless daemon's socket, a remote DOCKER_HOST).",
    fix: 'Start Docker, or point the program at the socket the daemon really uses',
    code: (n) => `docker info
ls -l ${n}
export DOCKER_HOST=unix://$HOME/.docker/run/docker.sock   # Docker Desktop on macOS`,
  },
  {
    // Docker Desktop's API answering 500 because the registry refused the token request.
    re: String.raw`(?:error from registry|Error response from daemon): failed to resolve reference "(?<n>[^"\n]{1,300})": failed to authorize: failed to fetch oauth token: unexpected status(?: from GET request to [^\s]{1,600})?: 401 Unauthorized`,
    type: 'unauthorized',
    why: "The daemon asked the registry's token service for a pull token and got 401 Unauthorized: the credentials stored for that registry (docker login, Docker Desktop's sign-in or a credential helper) are wrong or expired, or the registry's auth service had an incident.",
    fix: 'Sign out and in again (or log out to pull anonymously), then pull again',
    code: (n) => `docker logout
docker login
docker pull ${n}`,
  },
];

const WHY_RUNTIME =
  'Testcontainers for Node.js tries its container runtime strategies in order (TESTCONTAINERS_HOST_OVERRIDE and .testcontainers.properties, DOCKER_HOST, the Unix socket, the rootless socket, the Windows named pipe) and none of them answered a Docker API ping: the daemon is not running, the socket belongs to a group the user is not in, DOCKER_HOST points at a dind service that is not there or speaks TLS on another port, or the runtime (Podman, Apple containers) exposes no Docker-compatible socket where it looks.';
const FIX_RUNTIME = 'Check that a Docker API answers where Testcontainers looks, then point DOCKER_HOST at it';
const codeRuntime = (host: string): string =>
  `docker info\nls -l /var/run/docker.sock\nexport DOCKER_HOST=${host}\nDEBUG=testcontainers* npx jest   # shows why each strategy failed`;

const TS_NODE_TRACE_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`Could not find a working container runtime strategy[\s\S]{0,600}?\n[ \t|]{0,12}(?:at (?:async )?|❯ )(?<n>\w{1,60}Container)\.start\b`,
    type: 'Could not find a working container runtime strategy',
    why: WHY_RUNTIME,
    fix: FIX_RUNTIME,
    code: (n) => `${codeRuntime('unix:///var/run/docker.sock')}\n# then start ${n} again`,
  },
];

const TS_NODE_LOG_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`(?:Found custom configuration: [^\n]{0,200}?dockerHost: "(?<n>[^"\n]{1,200})"[\s\S]{0,3000}?)?Could not find a working container runtime strategy`,
    type: 'Could not find a working container runtime strategy',
    why: WHY_RUNTIME,
    fix: FIX_RUNTIME,
    code: (n) => codeRuntime(nameOr(n, 'unix:///var/run/docker.sock')),
  },
];

export const DOCKER_CATALOG13_PATTERNS: readonly ErrorPattern[] = [
  // Below docker.daemon-refusals (33), which answers the plain "Error response from daemon: Get …: denied" line.
  dockerCatalog({
    id: 'docker.registry-bare-refusals-catalog13',
    tool: 'the registry',
    category: 'network',
    priority: 30,
    entries: REGISTRY_ENTRIES,
    references: REFS.registry,
    requires: /: (?:denied|unauthorized)|denied: denied|User cannot be authenticated with the token provided|blob upload unknown/,
    samples: [
      'Error response from daemon: Get "https://ghcr.io/v2/": denied: denied',
      'ERROR: Head "https://ghcr.io/v2/niniyas/autoscan/manifests/beta_amd64": unauthorized',
      'failed to put manifest ghcr.io/apache/arrow-nanoarrow:ubuntu: unauthorized: unauthenticated: User cannot be authenticated with the token provided.',
      '66d8e5ee400c: Waiting\nblob upload unknown',
    ],
  }),
  dockerCatalog({
    id: 'docker.ci-wrappers-catalog13',
    tool: 'a CI step running Docker',
    category: 'runtime',
    priority: 30,
    entries: CI_ENTRIES,
    references: [...REFS.ci, ...REFS.tls],
    requires: /Docker buildx is required|docker: x509: certificate signed by unknown authority/,
    samples: [
      'Error: Docker buildx is required. See https://github.com/docker/setup-buildx-action to set up buildx.',
      "Unable to find image 'hello-world:nanoserver' locally\nnanoserver: Pulling from library/hello-world\ndocker: x509: certificate signed by unknown authority.",
    ],
  }),
  dockerCatalog({
    id: 'docker.api-clients-catalog13',
    tool: 'a program using the Docker API',
    category: 'network',
    priority: 30,
    entries: CLIENT_ENTRIES,
    references: [ref('Docker Engine: configure remote access / DOCKER_HOST', `${DOCS}/engine/daemon/remote-access/`), ...REFS.registry],
    requires: /connect to Docker|failed to fetch oauth token/,
    samples: [
      'Error Message: Unable to connect to Docker, is the Docker daemon running?\nOutput from Docker: connect ENOENT /var/run/docker.sock',
      '(HTTP code 500) server error - error from registry: failed to resolve reference "docker.io/docker/welcome-to-docker:latest": failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://auth.docker.io/token?scope=repository%3Adocker%2Fwelcome-to-docker%3Apull&service=registry.docker.io: 401 Unauthorized',
    ],
  }),
  // testcontainers-node inside its stack trace is the JavaScript program's error (README: a program's own exception).
  {
    ...catalogPattern({
      id: 'javascript.testcontainers-runtime-catalog13',
      tool: 'Testcontainers for Node.js',
      category: 'runtime',
      priority: 31,
      entries: TS_NODE_TRACE_ENTRIES,
      references: REFS.testcontainers,
      requires: /Could not find a working container runtime strategy/,
      samples: [
        'Error: Could not find a working container runtime strategy\n ❯ getContainerRuntimeClient node_modules/testcontainers/build/container-runtime/clients/client.js:67:11\n ❯ RedisContainer.start node_modules/testcontainers/build/generic-container/generic-container.js:59:24',
      ],
    }),
    language: 'javascript',
  },
  dockerCatalog({
    id: 'docker.testcontainers-runtime-catalog13',
    tool: 'Testcontainers for Node.js',
    category: 'runtime',
    priority: 29,
    entries: TS_NODE_LOG_ENTRIES,
    references: REFS.testcontainers,
    requires: /Could not find a working container runtime strategy/,
    samples: [
      '2024-06-21T14:39:33.534Z testcontainers [DEBUG] Found custom configuration: dockerHost: "tcp://docker:2375"\n2024-06-21T14:39:33.563Z testcontainers [DEBUG] Container runtime strategy "ConfigurationStrategy" does not work\nError: Could not find a working container runtime strategy',
    ],
  }),
];
