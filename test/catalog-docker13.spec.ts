/**
 * A thirteenth catalog pass over the Docker family, from Docker errors as programs and CI systems around Docker report
 * them: a registry's bare refusal as GHCR, GitHub Actions' docker/login-action, Azure Pipelines and compose v1 print it
 * ("denied: denied", a Head or Get answered "unauthorized" behind "ERROR:", "docker:" or a full stop), GHCR's
 * "unauthenticated: User cannot be authenticated with the token provided", a push's "blob upload unknown",
 * docker/build-push-action without buildx, testcontainers-node's "Could not find a working container runtime strategy"
 * (JavaScript's inside its stack trace, Docker's in its debug log), a GitLab dind service whose name musl could not
 * resolve ("lookup docker: Try again"), a pull's bare "docker: x509: …", an editor's or a dockerode CLI's
 * "Unable to connect to Docker" over a missing socket and Docker Desktop's 500 for a registry's 401 on its token; then
 * the near misses around them (Testcontainers for Java and Python, docker-py, dockerode's own trace, the dind service,
 * docker/setup-buildx-action, build-push-action, Docker Hub's rate limit, ECR, ACR, Artifact Registry and GHCR) that
 * must keep their answer.
 * Pure: the rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

describe("the Docker family's thirteenth catalog pass", () => {
  it.each([
    ['Error response from daemon: Get "https://ghcr.io/v2/": denied: denied\nError: Process completed with exit code 1.', 'docker', 'denied'],
    [
      "2024-11-06T07:22:30.3540934Z 7794e8d8212d: Waiting\n2024-11-06T07:22:30.3541191Z ceffe60ed721: Waiting\n2024-11-06T07:22:30.4700157Z denied: denied\n2024-11-06T07:22:30.4712867Z \n2024-11-06T07:22:30.4718805Z ##[debug]Exit code 1 received from tool '/usr/bin/docker'\n2024-11-06T07:22:30.4732761Z ##[error]denied: denied",
      'docker',
      'denied',
    ],
    [
      'Error: Docker buildx is required. See https://github.com/docker/setup-buildx-action to set up buildx.',
      'docker',
      'Docker buildx is required',
    ],
    [
      'd7f0faaee304: Pushing [==================================================>] 5.632 kB\n93c72c92e15f: Retrying in 2 seconds\n156950aac078: Pushing [=============================>                     ] 144.3 MB/243.6 MB\n66d8e5ee400c: Waiting\n2f71b45e4e25: Waiting\nblob upload unknown',
      'docker',
      'blob upload unknown',
    ],
    [
      'Error: Could not find a working container runtime strategy\n ❯ getContainerRuntimeClient node_modules/.pnpm/testcontainers@11.2.1/node_modules/testcontainers/build/container-runtime/clients/client.js:67:11\n ❯ RedisContainer.start node_modules/.pnpm/testcontainers@11.2.1/node_modules/testcontainers/build/generic-container/generic-container.js:59:24',
      'javascript',
      'Could not find a working container runtime strategy',
    ],
    [
      'Error: Jest: Got error running globalSetup - C:\\Users\\carbo\\Projects\\twin-premium-api\\Tests\\Integration\\setup.ts, reason: Could not find a working container runtime strategy\n    at getContainerRuntimeClient (C:\\Users\\carbo\\Projects\\twin-premium-api\\node_modules\\testcontainers\\build\\container-runtime\\clients\\client.js:64:11)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n    at async PostgreSqlContainer.start (C:\\Users\\carbo\\Projects\\twin-premium-api\\node_modules\\testcontainers\\build\\generic-container\\generic-container.js:54:24)',
      'javascript',
      'Could not find a working container runtime strategy',
    ],
    [
      '✖ appendEvent (20.795002ms)\n  Error: Could not find a working container runtime strategy\n      at getContainerRuntimeClient (/home/tobias/x/emmett/src/node_modules/testcontainers/src/container-runtime/clients/client.ts:63:9)\n      at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n      at PostgreSqlContainer.start (/home/x/projekte/emmett/src/node_modules/testcontainers/src/generic-container/generic-container.ts:82:20)',
      'javascript',
      'Could not find a working container runtime strategy',
    ],
    [
      '2024-06-21T14:39:33.532Z testcontainers [DEBUG] Testing container runtime strategy "TestcontainersHostStrategy"...\n2024-06-21T14:39:33.534Z testcontainers [DEBUG] Found custom configuration: dockerHost: "tcp://docker:2375"\n2024-06-21T14:39:33.534Z testcontainers [DEBUG] Testing container runtime strategy "ConfigurationStrategy"...\n2024-06-21T14:39:33.563Z testcontainers [DEBUG] Container runtime strategy "ConfigurationStrategy" does not work\n2024-06-21T14:39:33.563Z testcontainers [DEBUG] Testing container runtime strategy "UnixSocketStrategy"...\nError: Could not find a working container runtime strategy',
      'docker',
      'Could not find a working container runtime strategy',
    ],
    [
      "Unable to find image 'hello-world:nanoserver' locally\nnanoserver: Pulling from library/hello-world\nbce2fbc256ea: Retrying in 1 second\n3ac17e2e6106: Retrying in 1 second\n8cac44e17f16: Download complete\ndocker: x509: certificate signed by unknown authority.\nSee 'docker run --help'.",
      'docker',
      'certificate signed by unknown authority',
    ],
    [
      'build               $ docker login -u $CI_REGISTRY_USER -p $CI_REGISTRY_PASSWORD registry.gitlab.com\nbuild               > WARNING! Using --password via the CLI is insecure. Use --password-stdin.\nbuild               > still running...\nbuild               > error during connect: Post "http://docker:2375/v1.24/auth": dial tcp: lookup docker: Try again\nbuild               finished in 26 s  FAIL 1  ',
      'docker',
      'Cannot connect to the Docker daemon',
    ],
    [
      'docker: error pulling image configuration: download failed after attempts=1: unauthorized: unauthenticated: User cannot be authenticated with the token provided.',
      'docker',
      'User cannot be authenticated with the token provided',
    ],
    [
      'failed to put manifest ghcr.io/apache/arrow-nanoarrow:ubuntu: unauthorized: unauthenticated: User cannot be authenticated with the token provided.',
      'docker',
      'User cannot be authenticated with the token provided',
    ],
    [
      'ERROR: for autoscan  Head "https://ghcr.io/v2/niniyas/autoscan/manifests/beta_amd64": unauthorized\nERROR: Head "https://ghcr.io/v2/niniyas/autoscan/manifests/beta_amd64": unauthorized\nPulling autoscan (ghcr.io/niniyas/autoscan:beta_amd64)...\nERROR: Head "https://ghcr.io/v2/niniyas/autoscan/manifests/beta_amd64": unauthorized',
      'docker',
      'unauthorized',
    ],
    [
      "Unable to find image 'ghcr.io/epics-containers/ioc-adsimdetector-linux-runtime:2024.2.1' locally\ndocker: Error response from daemon: Head \"https://ghcr.io/v2/epics-containers/ioc-adsimdetector-linux-runtime/manifests/2024.2.1\": denied: denied.\nSee 'docker run --help'.",
      'docker',
      'denied',
    ],
    ['`Head "https://ghcr.io/v2/long2ice/meilisync-admin/meilisync-admin/manifests/latest": unauthorized`', 'docker', 'unauthorized'],
    [
      'Run docker/login-action@v2\nLogging into ghcr.io...\nError: Error response from daemon: Get "https://ghcr.io/v2/": denied: denied',
      'docker',
      'denied',
    ],
    ['🔑 Logging into ghcr.io...\nError: Error response from daemon: Get https://ghcr.io/v2/: denied: denied', 'docker', 'denied'],
    ['Error response from daemon: Get https://ghcr.io/v2/: denied: denied', 'docker', 'denied'],
    [
      '$ docker pull ghcr.io/korthout/camunda-platform-rest-api:latest\nError response from daemon: Head "https://ghcr.io/v2/korthout/camunda-platform-rest-api/manifests/latest": denied: denied',
      'docker',
      'denied',
    ],
    [
      '> docker compose up                                                                       \n[+] Running 3/3\n ✘ server Error Head "https://ghcr.io/v2/seanmorley15/adventurelog-frontend/manifests/latest": denied: ...               0.6s \n ✘ web Error    Head "https://ghcr.io/v2/seanmorley15/adventurelog-frontend/manifests/latest": denied: den...            0.6s \nError response from daemon: Head "https://ghcr.io/v2/seanmorley15/adventurelog-frontend/manifests/latest": denied: denied',
      'docker',
      'denied',
    ],
    [
      '  docker: Error response from daemon: Head "https://ghcr.io/v2/tpm2-software/fedora-30/manifests/latest": unauthorized.',
      'docker',
      'unauthorized',
    ],
    [
      'Action: vscode-docker.container.start.interactive\nError type: ENOENT\nError Message: Unable to connect to Docker, is the Docker daemon running?\nOutput from Docker: connect ENOENT /var/run/docker.sock',
      'docker',
      'Cannot connect to the Docker daemon',
    ],
    [
      'homey app run\nconnect ENOENT /var/run/docker.sock\n✖ Error: Could not connect to Docker. Is it running?',
      'docker',
      'Cannot connect to the Docker daemon',
    ],
    [
      '(HTTP code 500) server error - error from registry: failed to resolve reference "docker.io/docker/welcome-to-docker:latest": failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://auth.docker.io/token?scope=repository%3Adocker%2Fwelcome-to-docker%3Apull&service=registry.docker.io: 401 Unauthorized ',
      'docker',
      'unauthorized',
    ],
  ])('answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it.each([
    [
      'Caused by: java.lang.IllegalStateException: Could not find a valid Docker environment. Please see logs and check configuration\n    at org.testcontainers.dockerclient.DockerClientProviderStrategy.lambda$getFirstValidStrategy$3(DockerClientProviderStrategy.java:156)\n    at java.base/java.util.Optional.orElseThrow(Optional.java:408)\n    at org.testcontainers.dockerclient.DockerClientProviderStrategy.getFirstValidStrategy(DockerClientProviderStrategy.java:148)\n    at org.testcontainers.DockerClientFactory.client(DockerClientFactory.java:111)\n    at org.testcontainers.containers.GenericContainer.<init>(GenericContainer.java:175)',
      'java',
      'IllegalStateException',
    ],
    [
      'Could not find a valid Docker environment. Please see logs and check configuration\njava.lang.IllegalStateException: Could not find a valid Docker environment. Please see logs and check configuration\n\tat org.testcontainers.dockerclient.DockerClientProviderStrategy.lambda$getFirstValidStrategy$7(DockerClientProviderStrategy.java:215)\n\tat java.base/java.util.Optional.orElseThrow(Optional.java:401)\n\tat org.testcontainers.dockerclient.DockerClientProviderStrategy.getFirstValidStrategy(DockerClientProviderStrategy.java:207)\n\tat org.testcontainers.DockerClientFactory.getOrInitializeStrategy(DockerClientFactory.java:136)',
      'java',
      'IllegalStateException',
    ],
    [
      '***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\nCould not find a valid Docker environment for Testcontainers.\n\nAction:\n\n    - Ensure a Docker-compatible container engine is installed and running.',
      'docker',
      'Could not find a valid Docker environment',
    ],
    [
      '09:54:24.870 [main] DEBUG org.testcontainers.dockerclient.DockerClientProviderStrategy - DockerMachineClientProviderStrategy: failed with exception ShellCommandException (Exception when executing docker-machine status default). Root cause InvalidExitValueException (Unexpected exit value: 1, allowed exit values: [0], executed command [docker-machine, status, default], output was 124 bytes:\nerror getting state for host default: VBoxManage not found. Make sure VirtualBox is installed and VBoxManage is in the path)\n09:54:24.871 [main] ERROR org.testcontainers.dockerclient.DockerClientProviderStrategy - Could not find a valid Docker environment. Please check configuration. Attempted configurations were:',
      'docker',
      'Could not find a valid Docker environment',
    ],
    [
      '10:23:41,490 [7592:main] INFO  d.i.com:5000/product/service:latest] - Container online.com:5000/product/service:latest is starting: a10d53b52a463ea9c080618f6a770ac712966b9826b4701b1d0e3073b52dbeb9\n10:24:41,514 [7592:main] ERROR d.i.com:5000/product/service:latest] - Could not start container\norg.testcontainers.containers.ContainerLaunchException: Timed out waiting for container port to open (localhost ports: [32781] should be listening)\n\tat org.testcontainers.containers.wait.strategy.HostPortWaitStrategy.waitUntilReady(HostPortWaitStrategy.java:47) ~[testcontainers-1.11.2.jar:?]\n\tat org.testcontainers.containers.wait.strategy.AbstractWaitStrategy.waitUntilReady(AbstractWaitStrategy.java:35) ~[testcontainers-1.11.2.jar:?]',
      'java',
      'ContainerLaunchException',
    ],
    [
      'Error:  io.trino.plugin.pinot.TestPinotWithoutAuthenticationIntegrationLatestVersionConnectorSmokeTest.init  Time elapsed: 0.692 s  <<< FAILURE!\norg.testcontainers.containers.ContainerLaunchException: Container startup failed\n\tat org.testcontainers.containers.GenericContainer.doStart(GenericContainer.java:349)\n\tat org.testcontainers.containers.GenericContainer.start(GenericContainer.java:322)\n\tat io.trino.plugin.pinot.TestingPinotCluster.start(TestingPinotCluster.java:143)',
      'java',
      'ContainerLaunchException',
    ],
    [
      '2018-05-11 09:46:55.087 ERROR 5291 --- [           main] 🐳 [cassandra:3.11.1]                    : Could not start container\n\norg.testcontainers.containers.ContainerLaunchException: Timed out waiting for container port to open (172.17.0.1 ports: [32775] should be listening)\n\tat org.testcontainers.containers.wait.strategy.HostPortWaitStrategy.waitUntilReady(HostPortWaitStrategy.java:47)\n\tat org.springframework.boot.testsupport.testcontainers.CassandraContainer$WaitStrategy.waitUntilReady(CassandraContainer.java:57)',
      'java',
      'ContainerLaunchException',
    ],
    [
      "docker.errors.DockerException: Error while fetching server API version: ('Connection aborted.', FileNotFoundError(2, 'No such file or directory'))",
      'python',
      'DockerException',
    ],
    [
      'Traceback (most recent call last):\n  File "c:\\python27\\lib\\site-packages\\courseraresearchexports\\main.py", line 86, in main\n    return args.func(args)\n  File "c:\\python27\\lib\\site-packages\\docker\\client.py", line 99, in __init__\n    self._version = self._retrieve_server_version()\n  File "c:\\python27\\lib\\site-packages\\docker\\client.py", line 124, in _retrieve_server_version\n    \'Error while fetching server API version: {0}\'.format(e)\nDockerException: Error while fetching server API version: (2, \'WaitNamedPipe\', \'The system cannot find the file specified.\')',
      'python',
      'DockerException',
    ],
    [
      'FAILED app/test_main.py::test_containers - docker.errors.DockerException: Error while fetching server API version: maximum recursion depth exceeded',
      'python',
      'DockerException',
    ],
    [
      'error during connect: Post http://docker:2375/v1.40/auth: dial tcp: lookup docker on 169.254.169.254:53: no such host',
      'docker',
      'Cannot connect to the Docker daemon',
    ],
    [
      'error during connect: Post "http://docker:2375/v1.24/auth": dial tcp: lookup docker on 169.254.169.254:53: no such host',
      'docker',
      'Cannot connect to the Docker daemon',
    ],
    [
      'docker: error during connect: Post http://docker:2375/v1.40/containers/create: dial tcp: lookup docker on 192.168.1.1:53: no such host.',
      'docker',
      'Cannot connect to the Docker daemon',
    ],
    [
      'Cannot connect to the Docker daemon at tcp://docker:2375/. Is the docker daemon running?',
      'docker',
      'Cannot connect to the Docker daemon',
    ],
    [
      'ERROR: Preparation failed: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running? (executor_docker.go:982:0s)',
      'docker',
      'Cannot connect to the Docker daemon',
    ],
    [
      " + docker-compose down --rmi local --volumes --remove-orphans --timeout 60\n\n Couldn't connect to Docker daemon at http://docker:2375 - is it running?\n If it's at a non-standard location, specify the URL with the DOCKER_HOST environment variable.\n ERROR: Job failed: exit code 1",
      'docker',
      'Cannot connect to the Docker daemon',
    ],
    [
      'Error: buildx failed with: ERROR: failed to solve: failed to push ghcr.io/eko5624/archlinux:latest: unexpected status from POST request to https://ghcr.io/v2/eko5624/archlinux/blobs/uploads/: 403 Forbidden',
      'docker',
      'failed to solve',
    ],
    [
      'buildx call failed with: error: denied: requested access to the resource is denied',
      'docker',
      'requested access to the resource is denied',
    ],
    ['buildx failed with: error: failed to solve: unexpected status: 403 Forbidden', 'docker', 'failed to solve'],
    [
      'buildx failed with: error: Error response from daemon: Head "https://registry-1.docker.io/v2/moby/buildkit/manifests/buildx-stable-1": received unexpected HTTP status: 502 Bad Gateway',
      'docker',
      'received unexpected HTTP status',
    ],
    [
      "name unknown: The repository with name 'service-t' does not exist in the registry with id '***'\n\nError: Process completed with exit code 1.",
      'docker',
      'name unknown',
    ],
    [
      "name unknown: The repository with name '***.dkr.ecr.us-east-1.amazonaws.com/contenttech' does not exist in the registry with id '***'\n##[error]Process completed with exit code 1.",
      'docker',
      'name unknown',
    ],
    [
      '> com.google.cloud.tools.jib.plugins.common.BuildStepsExecutionException: Tried to push BLOB for ghcr.io/<org>/<repo> with digest sha256:<hash> but failed because: other: blob upload unknown to registry',
      'java',
      'BuildStepsExecutionException',
    ],
    [
      "Error: (HTTP code 404) no such container - No such image: ubuntu:latest \n    at <project_dir>/node_modules/docker-modem/lib/modem.js:296:17\n    at getCause (<project_dir>/node_modules/docker-modem/lib/modem.js:326:7)\n    at Modem.buildPayload (<project_dir>/node_modules/docker-modem/lib/modem.js:295:5)\n    at IncomingMessage.<anonymous> (<project_dir>/node_modules/docker-modem/lib/modem.js:270:14)\n    at IncomingMessage.emit (events.js:208:15)\n    at endReadableNT (_stream_readable.js:1168:12)\n    at processTicksAndRejections (internal/process/task_queues.js:77:11) {\n  reason: 'no such container',\n  statusCode: 404,\n  json: { message: 'No such image: ubuntu:latest' }\n}",
      'docker',
      'no such image',
    ],
    [
      'Error: (HTTP code 404) no such container - No such image: busybox:latest\n\n    at /app/node_modules/dockerode/node_modules/docker-modem/lib/modem.js:229:17\n    at getCause (/app/node_modules/dockerode/node_modules/docker-modem/lib/modem.js:259:7)',
      'docker',
      'no such image',
    ],
    [
      'Action: vscode-docker.containers.start\nError type: 404\nError Message: (HTTP code 404) no such container - No such container: 6aac8939f79cd7c20c9a88d89becf0b01948f39bc756181e77c4280b1cbf6f58 ',
      'docker',
      'no such container',
    ],
    [
      '(HTTP code 401) unexpected - {"message":"Get https://registry-1.docker.io/v2/library/memcached/manifests/latest: unauthorized: incorrect username or password"}',
      'docker',
      'incorrect username or password',
    ],
    [
      'Pulling the latest compute node image...\nError response from daemon: Head "https://registry-1.docker.io/v2/firstbatch/dkn-compute-node/manifests/latest": unauthorized: incorrect username or password\nError during pulling the latest compute node image',
      'docker',
      'incorrect username or password',
    ],
    [
      'Step 1/4 : FROM bitnami/minideb:stretch\nGet https://registry-1.docker.io/v2/bitnami/minideb/manifests/stretch: unauthorized: incorrect username or password',
      'docker',
      'incorrect username or password',
    ],
    [
      'C:\\WINDOWS\\system32> docker pull hello-world\nUsing default tag: latest\nError response from daemon: Get https://registry-1.docker.io/v2/: x509: certificate signed by unknown authority\n',
      'docker',
      'certificate signed by unknown authority',
    ],
    [
      'Run docker login -u $DOCKER_USER -p $DOCKER_PASSWORD\nError: Cannot perform an interactive login from a non TTY device\nError: Process completed with exit code 1.',
      'docker',
      'Cannot perform an interactive login from a non TTY device',
    ],
    [
      'Trying to login into registry ghcr.io\nError: Cannot perform an interactive login from a non TTY device',
      'docker',
      'Cannot perform an interactive login from a non TTY device',
    ],
    [
      'Fatal error: ERROR: /usr/local/bin/docker login failed. Error message: Error: Cannot perform an interactive login from a non TTY device',
      'docker',
      'Cannot perform an interactive login from a non TTY device',
    ],
    [
      '{"errorDetail":{"message":"toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit"},"error":"toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit"}',
      'docker',
      'toomanyrequests',
    ],
    [
      '[Bug]: Unauthenticated request. Unauthenticated requests do not have permission "artifactregistry.repositories.uploadArtifacts" on resource "projects/xxx/locations/us-central1/repositories/fixmycar" (or it may not exist)',
      'docker',
      'Unauthenticated request',
    ],
    [
      'denied: Unauthenticated request. Unauthenticated requests do not have permission "artifactregistry.repositories.uploadArtifacts" on resource "projects/my-project/locations/us-central1/repositories/my-repo" (or it may not exist)',
      'docker',
      'Unauthenticated request',
    ],
    [
      '[INFO] DOCKER> ... The push refers to a repository [fabric8-docker-registry.null:80/fabric8/demo2] (len: 1)\n[ERROR] DOCKER> unable to ping registry endpoint https://fabric8-docker-registry.null:80/v0/\nv2 ping attempt failed with error: Get https://fabric8-docker-registry.null:80/v2/: dial tcp: lookup fabric8-docker-registry.null: no such host\n v1 ping attempt failed with error: Get https://fabric8-docker-registry.null:80/v1/_ping: dial tcp: lookup fabric8-docker-registry.null: no such host \n[INFO] ------------------------------------------------------------------------\n[INFO] BUILD FAILURE',
      'docker',
      'no such host',
    ],
    [
      'FATA[0000] Post http:///var/run/docker.sock/v1.16/containers/create: dial unix /var/run/docker.sock: no such file or directory. Are you trying to connect to a TLS-enabled daemon without TLS? ',
      'docker',
      'Cannot connect to the Docker daemon',
    ],
    [
      "Couldn't connect to Docker daemon at http+unix://var/run/docker.sock - is it running?\n\nIf it's at a non-standard location, specify the URL with the DOCKER_HOST environment variable.",
      'docker',
      'Cannot connect to the Docker daemon',
    ],
    [
      'docker: Error response from daemon: Get https://registry-1.docker.io/v2/codekitchen/dinghy-http-proxy/manifests/latest: unauthorized: incorrect username or password.',
      'docker',
      'incorrect username or password',
    ],
    [
      'Error response from daemon: Get https://<myhost>/v1/users/: x509: certificate signed by unknown authority',
      'docker',
      'certificate signed by unknown authority',
    ],
    [
      "name unknown: The repository with name 'public.ecr.aws/a1e6v7a9/myrepo' does not exist in the registry with id 'xxx'\nError: Process completed with exit code 1.\n",
      'docker',
      'name unknown',
    ],
    [
      'Error response from daemon: Get https://myserver.azurecr.io/v2/: unauthorized: authentication required',
      'docker',
      'authentication required',
    ],
    ['unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.', 'docker', 'authentication required'],
    [
      'Failed to pull image "containerday2021.azurecr.io/backend:0.10.0-dev": \nrpc error: code = Unknown desc = Error response from daemon: \nHead "https://containerday2021.azurecr.io/v2/backend/manifests/0.10.0-dev": \nunauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.',
      'docker',
      'authentication required',
    ],
    [
      'error during connect: Get "https://docker:2376/v1.24/containers/json?all=1": tls: failed to verify certificate: x509: certificate signed by unknown authority',
      'docker',
      'certificate signed by unknown authority',
    ],
    [
      '(HTTP code 400) bad parameter - Client sent an HTTP request to an HTTPS server.',
      'docker',
      'Client sent an HTTP request to an HTTPS server',
    ],
    [
      'Client:\n  Debug Mode: false\n Server:\n ERROR: Cannot connect to the Docker daemon at tcp://docker:2376. Is the docker daemon running?',
      'docker',
      'Cannot connect to the Docker daemon',
    ],
    [
      '% docker pull ghcr.io/beeper/registration-relay\nUsing default tag: latest\nError response from daemon: Head "https://ghcr.io/v2/beeper/registration-relay/manifests/latest": unauthorized',
      'docker',
      'unauthorized',
    ],
    [
      '18:16:59.690 DEBUG whats-up-docker/watcher.docker.remote: 401 - {"errors":[{"code":"UNAUTHORIZED","message":"unauthenticated: User cannot be authenticated with the token provided."}]} (container=container)\n    StatusCodeError: 401 - {"errors":[{"code":"UNAUTHORIZED","message":"unauthenticated: User cannot be authenticated with the token provided."}]}\n        at new StatusCodeError (/home/node/app/node_modules/request-promise-core/lib/errors.js:32:15)',
      'javascript',
      'StatusCodeError',
    ],
    [
      'PS C:\\Users\\maste> docker pull ghcr.io/devcontainers/color:latest\nError response from daemon: manifest unknown',
      'docker',
      'manifest unknown',
    ],
    [
      'docker pull ghcr.io/alex3025/ilo-fans-controller:latest\nlatest: Pulling from alex3025/ilo-fans-controller\nmanifest unknown',
      'docker',
      'manifest unknown',
    ],
    [
      "Run DIGEST=$(docker manifest inspect ghcr.io/bcgov/nr-omrr-transparency/frontend:44 | jq '.manifests[0].digest')\n  DIGEST=$(docker manifest inspect ghcr.io/bcgov/nr-omrr-transparency/frontend:44 | jq '.manifests[0].digest')\n  echo \"digest=${DIGEST}\" >> $GITHUB_OUTPUT\n  shell: /usr/bin/bash --noprofile --norc -e -o pipefail {0}\nmanifest unknown\nError: Process completed with exit code 1.",
      'docker',
      'manifest unknown',
    ],
    ['docker: Error response from daemon: manifest unknown.', 'docker', 'manifest unknown'],
    [
      'PS D:\\> docker pull guamulo/dockerimagesave\nUsing default tag: latest\nError response from daemon: manifest for guamulo/dockerimagesave:latest not found: manifest unknown: manifest unknown',
      'docker',
      'manifest unknown',
    ],
    [
      '❯ docker pull ghcr.io/ifargle/headscale-webui:latest\nv0.5.5: Pulling from ifargle/headscale-webui\nmanifest unknown\n',
      'docker',
      'manifest unknown',
    ],
    [
      '  #3 [internal] load metadata for docker.io/library/docker:20.10\n  #3 ERROR: pulling from host registry-1.docker.io failed with status code [manifests 20.10]: 429 Too Many Requests\n  ------\n   > [internal] load metadata for docker.io/library/docker:20.10:\n  ------\n  ERROR: failed to solve: docker:20.10: pulling from host registry-1.docker.io failed with status code [manifests 20.10]: 429 Too Many Requests\n  Warning: Docker build failed with exit code 1, back off 6.46 seconds before retry.',
      'docker',
      'failed to solve',
    ],
    [
      'Run docker/setup-buildx-action@v3\nDocker info\nBuildx version\nInspecting default docker context\nCreating a new builder instance\nBooting builder\nError: ERROR: Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
      'docker',
      'toomanyrequests',
    ],
    [
      '00 CEST | ERROR: failed to solve: arm64v8/debian:12: failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/arm64v8/debian/manifests/sha256:53692cdc49e2b0abdd9adf36466b366aaebdbbdbb2e6a7f432e2b4fb7327fd93: 429 Too Many Requests - Server message: toomanyrequests: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit',
      'docker',
      'failed to solve',
    ],
    [
      'error: failed to solve: busybox:1.34.1-musl: failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/busybox/manifests/sha256:0497d8cd241e7a2c44564a33dddd6b1a06fe000fb36ff2b3cdc12337a0ae45f2: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit\nError: buildx failed with: error: failed to solve: busybox:1.34.1-musl: failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/busybox/manifests/sha256:0497d8cd241e7a2c44564a33dddd6b1a06fe000fb36ff2b3cdc12337a0ae45f2: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
      'docker',
      'failed to solve',
    ],
    [
      "ERROR: failed to build: failed to solve: failed to copy: httpReadSeeker: failed open: unexpected status from GET request to https://registry-1.docker.io/v2/library/alpine/manifests/sha256:5b10f432ef3da1b8d4c7eb6c487f2f5a8f096bc91145e68878dd4a5019afde11: 429 Too Many Requests\ntoomanyrequests: You have reached your pull rate limit as '***': dckr_jti_N2ET7FEmmANT7CaMgfMLu5Rs4JQ=. You may increase the limit by upgrading. https://www.docker.com/increase-rate-limit",
      'docker',
      'failed to solve',
    ],
    [
      '#3 [internal] load metadata for docker.io/nvidia/cuda:12.2.2-base-ubuntu22.04\n#3 ERROR: unexpected status from HEAD request to https://registry-1.docker.io/v2/nvidia/cuda/manifests/12.2.2-base-ubuntu22.04: 429 Too Many Requests\n\n#4 [internal] load metadata for docker.io/condaforge/miniforge3:26.1.0-0\n#4 CANCELED\n------\n > [internal] load metadata for docker.io/nvidia/cuda:12.2.2-base-ubuntu22.04:\n------\nERROR: failed to build: failed to solve: nvidia/cuda:12.2.2-base-ubuntu22.04: failed to resolve source metadata for docker.io/nvidia/cuda:12.2.2-base-ubuntu22.04: unexpected status from HEAD request to https://registry-1.docker.io/v2/nvidia/cuda/manifests/12.2.2-base-ubuntu22.04: 429 Too Many Requests',
      'docker',
      'failed to solve',
    ],
    [
      'Run docker compose -f docker-compose.yaml pull --quiet\n unifi Pulling \n mongo Pulling \ntoomanyrequests: retry-after: 985.86µs, allowed: 44000/minute\nError: Process completed with exit code 1.',
      'docker',
      'toomanyrequests',
    ],
    [
      '    "stderr": "Error response from daemon: toomanyrequests: Rate exceeded",\n    "stderr_lines": [\n        "Error response from daemon: toomanyrequests: Rate exceeded"\n    ],',
      'docker',
      'toomanyrequests',
    ],
    [
      "Calling: 'nice' 'docker' 'pull' 'kernelci/staging-qemu'\n>> Using default tag: latest\n>> Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit\nReturned 1 in 1 seconds",
      'docker',
      'toomanyrequests',
    ],
    [
      'Caused by: com.github.dockerjava.api.exception.DockerClientException: Could not build image: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit\n\tat com.github.dockerjava.api.command.BuildImageResultCallback.getImageId(BuildImageResultCallback.java:78)\n\tat com.github.dockerjava.api.command.BuildImageResultCallback.awaitImageId(BuildImageResultCallback.java:50)\n\tat org.testcontainers.images.builder.ImageFromDockerfile.resolve(ImageFromDockerfile.java:159)',
      'java',
      'DockerClientException',
    ],
    ['docker: error pulling image configuration: toomanyrequests: Too many requests.', 'docker', 'toomanyrequests'],
    ['Error response from daemon: Get "https://ghcr.io/v2/": EOF\n', 'docker', 'EOF'],
    [
      "events.js:377\n      throw er; // Unhandled 'error' event\n      ^\n\nError: connect ENOENT /var/run/docker.sock\n    at PipeConnectWrap.afterConnect [as oncomplete] (net.js:1159:16)\nEmitted 'error' event on ClientRequest instance at:\n    at Socket.socketErrorListener (_http_client.js:475:9)",
      'javascript',
      'ENOENT',
    ],
  ])('still answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it('logs out of the registry that refused the request', () => {
    expect(
      fixText('Error response from daemon: Get "https://ghcr.io/v2/": denied: denied\nError: Process completed with exit code 1.'),
    ).toContain('docker logout ghcr.io');
  });

  it('pulls the image the daemon could not verify', () => {
    expect(
      fixText(
        "Unable to find image 'hello-world:nanoserver' locally\nnanoserver: Pulling from library/hello-world\nbce2fbc256ea: Retrying in 1 second\n3ac17e2e6106: Retrying in 1 second\n8cac44e17f16: Download complete\ndocker: x509: certificate signed by unknown authority.\nSee 'docker run --help'.",
      ),
    ).toContain('docker pull hello-world:nanoserver');
  });

  it('names the container class the test started', () => {
    expect(
      fixText(
        'Error: Could not find a working container runtime strategy\n ❯ getContainerRuntimeClient node_modules/.pnpm/testcontainers@11.2.1/node_modules/testcontainers/build/container-runtime/clients/client.js:67:11\n ❯ RedisContainer.start node_modules/.pnpm/testcontainers@11.2.1/node_modules/testcontainers/build/generic-container/generic-container.js:59:24',
      ),
    ).toContain('then start RedisContainer again');
  });

  it('points DOCKER_HOST where testcontainers looked', () => {
    expect(
      fixText(
        '2024-06-21T14:39:33.532Z testcontainers [DEBUG] Testing container runtime strategy "TestcontainersHostStrategy"...\n2024-06-21T14:39:33.534Z testcontainers [DEBUG] Found custom configuration: dockerHost: "tcp://docker:2375"\n2024-06-21T14:39:33.534Z testcontainers [DEBUG] Testing container runtime strategy "ConfigurationStrategy"...\n2024-06-21T14:39:33.563Z testcontainers [DEBUG] Container runtime strategy "ConfigurationStrategy" does not work\n2024-06-21T14:39:33.563Z testcontainers [DEBUG] Testing container runtime strategy "UnixSocketStrategy"...\nError: Could not find a working container runtime strategy',
      ),
    ).toContain('export DOCKER_HOST=tcp://docker:2375');
  });

  it('pulls the GHCR image again after the new login', () => {
    expect(
      fixText(
        'failed to put manifest ghcr.io/apache/arrow-nanoarrow:ubuntu: unauthorized: unauthenticated: User cannot be authenticated with the token provided.',
      ),
    ).toContain('docker pull ghcr.io/apache/arrow-nanoarrow');
  });

  it('lists the socket the program could not reach', () => {
    expect(
      fixText(
        'Action: vscode-docker.container.start.interactive\nError type: ENOENT\nError Message: Unable to connect to Docker, is the Docker daemon running?\nOutput from Docker: connect ENOENT /var/run/docker.sock',
      ),
    ).toContain('ls -l /var/run/docker.sock');
  });

  it('links the setup-buildx action the message names', () => {
    expect(fixText('Error: Docker buildx is required. See https://github.com/docker/setup-buildx-action to set up buildx.')).toContain(
      'https://github.com/docker/setup-buildx-action',
    );
  });
});
