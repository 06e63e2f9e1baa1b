/**
 * A sixth catalog pass over the Docker family, from Docker errors inside other output: CI systems (GHCR pushes from
 * GitHub Actions, Bitbucket Pipelines' authorization plugin, Azure Pipelines), registries' own refusals (ECR's expired
 * token in its newer words, GHCR's organization packages, Artifact Registry's permissions, Harbor, a Podman pull's
 * auth token), Docker Desktop's engine answering 500, BuildKit's registry lookups as nerdctl prints them, and the tools
 * wrapping Docker (Testcontainers, Dev Containers, Skaffold, pack). Pure: the rules engine alone.
 */
import { answer, expectRecognised } from './support/recognised';

describe("the docker family's sixth catalog pass", () => {
  it.each([
    [
      '17:15:09.952 [main] ERROR o.t.d.DockerClientProviderStrategy - Could not find a valid Docker environment. Please check configuration. Attempted configurations were:\n17:15:09.952 [main] ERROR o.t.d.DockerClientProviderStrategy - NpipeSocketClientProviderStrategy: failed with exception InvalidConfigurationException (ping failed). Root cause TimeoutException (null)\n17:15:09.952 [main] ERROR o.t.d.DockerClientProviderStrategy - WindowsClientProviderStrategy: failed with exception TimeoutException (Timeout waiting for result with exception). Root cause ConnectException (Connection refused: connect) \n17:15:09.952 [main] ERROR o.t.d.DockerClientProviderStrategy - As no valid configuration was found, execution cannot continue',
      'docker',
      'Could not find a valid Docker environment',
    ],
    [
      'Description:\n\nCould not find a valid Docker environment for Testcontainers.\n\nAction:\n\n    - Ensure a Docker-compatible container engine is installed and running.',
      'docker',
      'Could not find a valid Docker environment',
    ],
    ['- denied: Your authorization token has expired. Reauthenticate and try again.', 'docker', 'Authorization Token has expired'],
    [
      'Request startWorkspace failed with message: 13 INTERNAL: cannot resolve workspace image: Error response from daemon: denied: Your authorization token has expired. Reauthenticate and try again.',
      'docker',
      'Authorization Token has expired',
    ],
    [
      'request returned Internal Server Error for API route and version http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.24/containers/json?all=1, check if the server supports the requested API version',
      'docker',
      'Internal Server Error',
    ],
    [
      'Error: unable to pull docker://docker.io/library/alpine:latest: unable to pull image: Error determining manifest MIME type for docker://alpine:latest: unable to retrieve auth token: invalid username/password',
      'docker',
      'invalid username/password',
    ],
    [
      '#3 [internal] load metadata for distrib:5000/img-3ppextent-22.12.0:8\n#3 ERROR: failed to do request: Head "https://distrib:5000/v2/img-3ppextent-22.12.0/manifests/8": dial tcp: lookup distrib on 135.xx.xx.xx:53: no such host',
      'docker',
      'no such host',
    ],
    [
      '13:38:18  @devcontainers/cli 0.46.0. Node.js v16.20.1. linux 5.4.0-155-generic x64.\nError: Command failed: docker start c1c93c716532a57e4c84fd7ee447f7960f05cf72f0615fa40a3628dd9243a83b\n    at Rte (/usr/lib/node_modules/@devcontainers/cli/dist/spec-node/devContainersSpecCLI.js:2007:1066)\n{"outcome":"error","message":"Command failed: docker start c1c93c716532a57e4c84fd7ee447f7960f05cf72f0615fa40a3628dd9243a83b","description":"An error occurred setting up the container.","containerId":"c1c93c716532a57e4c84fd7ee447f7960f05cf72f0615fa40a3628dd9243a83b"}',
      'docker',
      'An error occurred setting up the container',
    ],
    [
      'build [rshbhchauhan/client] failed: exit status 1. Docker build ran into internal error. Please retry.\nIf this keeps happening, please open an issue..',
      'docker',
      'Docker build ran into internal error',
    ],
    [
      "pack build myapp --builder cnbs/sample-builder:bionic\nERROR: failed to fetch builder image 'index.docker.io/cnbs/sample-builder:bionic': connect to repo store 'index.docker.io/cnbs/sample-builder:bionic': <empty transport.Error response>",
      'docker',
      'failed to fetch builder image',
    ],
    [
      "ERROR: failed to build: failed to fetch builder image 'index.docker.io/cnbs/sample-builder:bionic': image index.docker.io/cnbs/sample-builder:bionic does not exist on the daemon: not found",
      'docker',
      'does not exist on the daemon',
    ],
    [
      'ERROR: failed to build: invalid builder cnbs/sample-builder:noble: builder index.docker.io/cnbs/sample-builder:noble missing label io.buildpacks.builder.metadata -- try recreating builder',
      'docker',
      'invalid builder',
    ],
    [
      '> ERROR: failed to build: fetching lifecycle image: image buildpacksio/lifecycle:0.17.2 does not exist on the daemon: not found',
      'docker',
      'does not exist on the daemon',
    ],
    [
      'ERROR: failed to add buildpacks to builder: downloading buildpack: extracting from registry samples/buildpacks/hello-processes: fetching image: image samples/buildpacks/hello-processes does not exist on the daemon: not found',
      'docker',
      'does not exist on the daemon',
    ],
    ['denied: installation not allowed to Create organization package', 'docker', 'installation not allowed to Create organization package'],
    [
      'GHCR PRs fail with "#12 ERROR: denied: installation not allowed to Write organization package"',
      'docker',
      'installation not allowed to Write organization package',
    ],
    [
      '#1 [internal] booting buildkit\n#1 pulling image moby/buildkit:buildx-stable-1\n#1 pulling image moby/buildkit:buildx-stable-1 6.2s done\n#1 creating container buildx_buildkit_default 0.0s done\n#1 ERROR: Error response from daemon: authorization denied by plugin pipelines: --privileged=true is not allowed\n------\n > [internal] booting buildkit:',
      'docker',
      'authorization denied by plugin',
    ],
    [
      "docker: Error response from daemon: authorization denied by plugin pipelines: --privileged=true is not allowed.\nSee 'docker run --help'.: exit status 125",
      'docker',
      'authorization denied by plugin',
    ],
    [
      '    "docker: Error response from daemon: authorization denied by plugin pipelines: --security-opt is not allowed."\n    "See \'docker run --help\'."\n  Exit code: 125',
      'docker',
      'authorization denied by plugin',
    ],
    [
      'time="2024-09-18T19:00:50.149245108Z" level=error msg="AuthZRequest for HEAD /_ping returned error: authorization denied by plugin pipelines: "',
      'docker',
      'authorization denied by plugin',
    ],
    [
      'Error running command \'docker push us-central1-docker.pkg.dev/MY_PROJECT_ID/cymbal-superstore/inventory-api:79f565f204c41618\': exit status 1. Output: The push refers to repository [us-central1-docker.pkg.dev/MY_PROJECT_ID/cymbal-superstore/inventory-api]\ndenied: Permission "artifactregistry.repositories.uploadArtifacts" denied on resource "projects/MY_PROJECT_ID/locations/us-central1/repositories/cymbal-superstore" (or it may not exist)',
      'docker',
      'Permission denied on resource',
    ],
    [
      'denied: Unauthenticated request. Unauthenticated requests do not have permission "artifactregistry.repositories.uploadArtifacts" on resource "projects/xxx/locations/us-central1/repositories/fixmycar" (or it may not exist)',
      'docker',
      'Unauthenticated request',
    ],
    [
      'unauthorized: unauthorized to access repository: library/maven, action: push: unauthorized to access repository: library/maven, action: push',
      'docker',
      'unauthorized to access repository',
    ],
    [
      'request returned 500 Internal Server Error for API route and version http://%2F%2F.%2Fpipe%2FdockerDesktopLinuxEngine/v1.50/containers/ca55cfd0ba071a13fb4c605e0c4f2929b370b7a0b64d3c106f541b710a776551/json, check if the server supports the requested API version',
      'docker',
      'Internal Server Error',
    ],
    [
      '**docker pull postgres**\nUsing default tag: latest\nrequest returned Internal Server Error for API route and version http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.24/images/create?fromImage=postgres&tag=latest, check if the server supports the requested API version',
      'docker',
      'Internal Server Error',
    ],
    [
      'default docker:\nBuilder error\nrequest returned Internal Server Error for API route and version http://%2F%2F.%2Fpipe%2Fdocker_engine/_ping, check if the server supports the requested API version',
      'docker',
      'Internal Server Error',
    ],
    ['denied: installation not allowed to Write organization package', 'docker', 'installation not allowed to Write organization package'],
    [
      'unauthorized: unauthorized to access repository: test/image, action: push: unauthorized to access repository: test/image, action: push',
      'docker',
      'unauthorized to access repository',
    ],
    [
      '2020-09-21T08:16:32Z [DEBUG] [/server/error/error.go:58]: {"errors":[{"code":"UNAUTHORIZED","message":"unauthorized to access repository: library/maven, action: push: unauthorized to access repository: library/maven, action: push"}]}',
      'docker',
      'unauthorized to access repository',
    ],
    [
      '$ docker run --rm -it docker://docker.io/library/alpine:latest ls\nTrying to pull docker://docker.io/library/alpine:latest...ERRO[0000] Error pulling image ref //alpine:latest: Error determining manifest MIME type for docker://alpine:latest: unable to retrieve auth token: invalid username/password \nFailed',
      'docker',
      'invalid username/password',
    ],
  ] as const)('recognises real text %#', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it.each([
    [
      'Error: buildx failed with: error: failed to solve: process "/bin/sh -c apt update &&     apt upgrade" did not complete successfully: exit code: 1',
      'docker',
      'failed to solve',
    ],
    [
      'Caused by: java.lang.IllegalStateException: Could not find a valid Docker environment. Please see logs and check configuration\n    at org.testcontainers.dockerclient.DockerClientProviderStrategy.lambda$getFirstValidStrategy$3(DockerClientProviderStrategy.java:156)\n    at java.base/java.util.Optional.orElseThrow(Optional.java:408)\n    at org.testcontainers.dockerclient.DockerClientProviderStrategy.getFirstValidStrategy(DockerClientProviderStrategy.java:148)\n    at org.testcontainers.DockerClientFactory.client(DockerClientFactory.java:111)',
      'java',
      'IllegalStateException',
    ],
    [
      "Pulling container_name (container details)...\nERROR: denied: Your Authorization Token has expired. Please run 'aws ecr get-login' to fetch a new one.",
      'docker',
      'Authorization Token has expired',
    ],
    [
      'docker.errors.APIError: 500 Server Error: Internal Server Error ("b\'{"message":"unauthorized: access to the requested resource is not authorized"}\'")',
      'python',
      'APIError',
    ],
    [
      'FATA[0010] failed to resolve reference "docker.io/library/httpd:latest": failed to do request: Head "https://registry-1.docker.io/v2/library/httpd/manifests/latest": dial tcp: lookup registry-1.docker.io on 10.0.2.3:53: read udp 10.0.2.100:47063->10.0.2.3:53: i/o timeout',
      'docker',
      'i/o timeout',
    ],
    [
      'The build log indicates a permission issue: `buildx failed with: ERROR: denied: permission_denied: write_package`',
      'docker',
      'permission_denied: write_package',
    ],
    [
      'unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.\n##[error]unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.',
      'docker',
      'authentication required',
    ],
    [
      '   System.AggregateException : One or more errors occurred. (One or more errors occurred. (Docker API responded with status code=Forbidden, response={"message":"authorization denied by plugin pipelines: Invalid request"}\n)) \n-------- Docker.DotNet.DockerApiException : Docker API responded with status code=Forbidden, response={"message":"authorization denied by plugin pipelines: Invalid request"}',
      'csharp',
      'AggregateException',
    ],
    [
      '16:14:15  + docker build -t sagardevops/my-app:1.0.0 .\n16:14:15  Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post http://%2Fvar%2Frun%2Fdocker.sock/v1.40/build?buildargs=%7B%7D&cachefrom=%5B%5D: dial unix /var/run/docker.sock: connect: permission denied',
      'docker',
      'permission denied',
    ],
    [
      "ERROR: pull access denied for wolweb, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
      'docker',
      'pull access denied',
    ],
  ] as const)('leaves near miss %# alone', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it.each([
    // gcloud's own PERMISSION_DENIED on an Artifact Registry resource, a Java trace around Testcontainers' message
    [
      "ERROR: (gcloud.run.deploy) PERMISSION_DENIED: Permission 'artifactregistry.repositories.get' denied on resource '//artifactregistry.googleapis.com/projects/p/locations/us-central1/repositories/cloud-run-source-deploy' (or it may not exist).",
      'docker',
    ],
    [
      'Caused by: java.lang.IllegalStateException: Could not find a valid Docker environment. Please see logs and check configuration\n    at org.testcontainers.dockerclient.DockerClientProviderStrategy.getFirstValidStrategy(DockerClientProviderStrategy.java:148)',
      'docker',
    ],
  ] as const)("does not answer near miss %# as Docker's", (error, language) => {
    expect(answer(error).language).not.toBe(language);
  });
});
