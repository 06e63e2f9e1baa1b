/**
 * An eleventh catalog pass over the Docker family, from builds as they are really pasted: the classic builder
 * refusing a Dockerfile with nothing to build (empty, only comments, FROM scratch alone, an old CLI's wording), a base
 * name an unset ARG left blank, a pull of the reserved name "scratch", buildx losing its BuildKit daemon mid-build
 * ("failed to receive status" / "failed to get status" over gRPC's Unavailable), compose v1's "contains false, which
 * is an invalid type" and fig's failed ADD; then the classic builder's "Unknown flag" at parse time and its empty
 * $BUILDPLATFORM, compose v1 calling an old docker CLI, a --secret with no source, a push the registry refused on a
 * "#N ERROR" line and compose's bake delegation losing a target. Pure: the rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

describe("the Docker family's eleventh catalog pass", () => {
  it.each([
    [
      '`sudo docker-compose up` gives error : `services.appwrite.build.args contains false, which is an invalid type, it should be a string, number, or a null`',
      'docker',
      'contains an invalid type',
    ],
    ['Step 3/5 : FROM ${SOMETHING} as builder\nbase name (${SOMETHING}) should not be blank', 'docker', 'base name should not be blank'],
    [
      'docker buildx build .\n\n<after some time>\n\nERROR: failed to receive status: rpc error: code = Unavailable desc = error reading from server: EOF',
      'docker',
      'failed to receive status',
    ],
    [
      '#6 extracting sha256:fbf93b646d6b4d6612a25d50599f4d8e3c7785f83c6ba085219f9d4d334e8aa3\nERROR: failed to receive status: rpc error: code = Unavailable desc = closing transport due to: connection error: desc = "error reading from server: EOF", received prior goaway: code: NO_ERROR, debug data: "graceful_stop"\nError: buildx failed with: ERROR: failed to receive status: rpc error: code = Unavailable desc = closing transport due to: connection error: desc = "error reading from server: EOF", received prior goaway: code: NO_ERROR, debug data: "graceful_stop"',
      'docker',
      'failed to receive status',
    ],
    [
      "[2022-01-08T02:38:20.833Z] + buildx build '--platform=linux/arm64' -t xxx/xxx/xxx.1.0 -f ./Dockerfile --push .\n[2022-01-08T02:38:47.489Z] Error: failed to get status: rpc error: code = Unavailable desc = timed out waiting for server handshake",
      'docker',
      'failed to get status',
    ],
    [
      'Cannot build :(\n```\nError response from daemon: the Dockerfile (Dockerfile) cannot be empty\n```',
      'docker',
      'Dockerfile cannot be empty',
    ],
    [
      'Sending build context to Docker daemon 1.957 MB\nSending build context to Docker daemon \n2014/12/07 09:17:52 Error: Dockerfile cannot be empty\nfailed to build portage-data',
      'docker',
      'Dockerfile cannot be empty',
    ],
    [
      '$docker-compose up -d\n\nBuilding playthis_server\nERROR: the Dockerfile (Dockerfile) cannot be empty',
      'docker',
      'Dockerfile cannot be empty',
    ],
    [
      'Sending build context to Docker daemon  2.048kB\nError response from daemon: failed to parse Dockerfile: file with no instructions.',
      'docker',
      'file with no instructions',
    ],
    [
      'PS C:\\User\\<username>\\Code\\nocode> docker build .\nSending build context to Docker daemon  84.48kB\nStep 1/1 : FROM scratch\n --->\nNo image was generated. Is your Dockerfile empty?',
      'docker',
      'No image was generated',
    ],
    [
      "PS C:\\Users\\<username>\\Code\\nocode> Docker pull scratch\nUsing default tag: latest\nError response from daemon: 'scratch' is a reserved name",
      'docker',
      'is a reserved name',
    ],
    [
      "$ fig build\nBuilding auth...\nStep 8 : ADD test /home/app/test\nService 'auth' failed to build: test: no such file or directory",
      'docker',
      'no such file or directory',
    ],
    [
      '[+] Building 0.0s (1/1) FINISHED                                                                           \n => [internal] load local bake definitions                                                            0.0s\n => => reading from stdin 665B                                                                        0.0s\nfailed to find target',
      'docker',
      'failed to find target',
    ],
    [
      '2025-11-26T04:32:04.9320317Z #28 ERROR: failed to push langflowai/openrag-opensearch:0.1.39-rc2-arm64: unexpected status from PUT request to https://registry-1.docker.io/v2/langflowai/openrag-opensearch/blobs/uploads/8dfceab0-cb83-49ef-b649-fa18438f5d8b?_state=s9zoeICXjunSA2NJurCWOMOcUH9ViqrK: 400 Bad Request',
      'docker',
      'failed to solve',
    ],
    [
      'docker build --no-cache --progress=plain --secret id=SECRET_TOKEN .\nERROR: failed to build: failed to stat SECRET_TOKEN: stat SECRET_TOKEN: no such file or directory',
      'docker',
      'no such file or directory',
    ],
    [
      'docker build . -t cousin.hub.ert/test/element:v1.12.22 --build-arg VERSION=v1.12.22\nSending build context to Docker daemon  53.22MB\nError response from daemon: dockerfile parse error line 15: Unknown flag: parents',
      'docker',
      'unknown flag',
    ],
    [
      'Sending build context to Docker daemon  47.98MB\nError response from daemon: Dockerfile parse error line 18: Unknown flag: mount',
      'docker',
      'unknown flag',
    ],
    [
      '> docker build -t ha-cloudflared .\n> Sending build context to Docker daemon  87.04kB\n> Step 1/17 : ARG GOVERSION=1.17.3\n> Step 2/17 : FROM --platform=${BUILDPLATFORM}     golang:$GOVERSION-alpine AS build`\n> failed to parse platform : "" is an invalid component of "": platform specifier component must match "^[A-Za-z0-9_-]+$": invalid argument',
      'docker',
      'failed to parse platform',
    ],
    [
      '/docker-ipv6nat# docker build .\nSending build context to Docker daemon  61.44kB\nStep 1/17 : FROM --platform=$BUILDPLATFORM golang:1.16.6-alpine3.14 AS build\nfailed to parse platform : "" is an invalid component of "": platform specifier component must match "^[A-Za-z0-9_-]+$": invalid argument',
      'docker',
      'failed to parse platform',
    ],
    ['Building webserver\nunknown flag: --iidfile', 'docker', 'unknown flag'],
  ])('answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it.each([
    [
      '#1 WARN: InvalidDefaultArgInFrom: Default value for ARG $BUILD_FROM results in empty or invalid base image name (line 2)\nDockerfile:2\n--------------------\n   1 | ARG BUILD_FROM\n   2 | >>> FROM $BUILD_FROM\n   3 |\n   4 | WORKDIR /app\n--------------------\nERROR: failed to build: failed to solve: base name ($BUILD_FROM) should not be blank',
      'docker',
      'failed to solve',
    ],
    [
      'failed to solve with frontend dockerfile.v0: failed to create LLB definition: dockerfile parse error line 11: FROM requires either one or three arguments',
      'docker',
      'failed to solve',
    ],
    [
      'D:\\MyMicroservice>docker build -t mymicroservice .\n[+] Building 0.0s (2/2) FINISHED                                                                                                     docker:default\n => [internal] load .dockerignore                                                                                                              0.0s\n => => transferring context: 34B                                                                                                               0.0s\n => [internal] load build definition from Dockerfile                                                                                           0.0s\n => => transferring dockerfile: 31B                                                                                                            0.0s\nERROR: failed to solve: the Dockerfile cannot be empty',
      'docker',
      'failed to solve',
    ],
    [
      'failed to solve with frontend dockerfile.v0: failed to create LLB definition: the Dockerfile cannot be empty',
      'docker',
      'failed to solve',
    ],
    [
      'Error building: Error response from daemon: Dockerfile parse error line 7: unknown instruction: <!DOCTYPE',
      'docker',
      'unknown instruction',
    ],
    ['ERROR: failed to solve: dockerfile parse error on line 17: unknown instruction: ̰', 'docker', 'failed to solve'],
    ["ERROR: In file './docker-compose.override.yml', services 'title' must be a mapping not a string.", 'docker', 'contains an invalid type'],
    [
      'ERROR: Multi-platform build is not supported for the docker driver.\nSwitch to a different driver, or turn on the containerd image store, and try again.\nLearn more at https://docs.docker.com/go/build-multi-platform/\nError: buildx failed with: Learn more at https://docs.docker.com/go/build-multi-platform/',
      'docker',
      'Multi-platform build is not supported for the docker driver',
    ],
    [
      'docker/setup-buildx-action#20 pushing layers 0.1s done\ndocker/setup-buildx-action#20 ERROR: failed to push ghcr.io/tenant:0.0.0: unexpected status from HEAD request to https://ghcr.io/v2/tenant/blobs/sha256:4abcf20661432fb2d719aaf90656f55c287f8ca915dc1c92ec14ff61e67fbaf8: 400 Bad Request\n------\n > exporting to image:\n------\nERROR: failed to solve: failed to push ghcr.io/tenant:0.0.0: unexpected status from HEAD request to https://ghcr.io/v2/tenant/blobs/sha256:4abcf20661432fb2d719aaf90656f55c287f8ca915dc1c92ec14ff61e67fbaf8: 400 Bad Request',
      'docker',
      'failed to solve',
    ],
    [
      "--------------------\n  21 | >>> RUN --mount=type=secret,id=poetry_secret,required,dst=/root/.config/pypoetry/auth.toml poetry install\n  22 |\n--------------------\nerror: failed to solve: dockerfile parse error on line 21: unexpected key 'required' for mount type 'bind'",
      'docker',
      'failed to solve',
    ],
    [
      "docker buildx build \\\n        --build-arg VERSION=v0.21-68-g1f2f875 \\\n        --network=host \\\n        -o type=docker \\\n        -t spx01/blocky \\\n        .\nunknown flag: --build-arg\nSee 'docker --help'.",
      'docker',
      'unknown flag',
    ],
  ])('still answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it('declares the blank base name as an ARG before the first FROM', () => {
    expect(fixText('Step 3/5 : FROM ${SOMETHING} as builder\nbase name (${SOMETHING}) should not be blank')).toContain('ARG SOMETHING=');
  });

  it('names the secret buildx could not find in its fix', () => {
    expect(fixText('ERROR: failed to build: failed to stat SECRET_TOKEN: stat SECRET_TOKEN: no such file or directory')).toContain(
      '--secret id=SECRET_TOKEN,env=SECRET_TOKEN',
    );
  });

  it('looks at the file the empty-Dockerfile refusal names', () => {
    expect(fixText('Error response from daemon: the Dockerfile (Dockerfile.dev) cannot be empty')).toContain('ls -la Dockerfile.dev');
  });
});
