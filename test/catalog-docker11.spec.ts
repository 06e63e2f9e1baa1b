/**
 * An eleventh catalog pass over the Docker family, from builds as they are really pasted: the classic builder
 * refusing a Dockerfile with nothing to build (empty, only comments, FROM scratch alone, an old CLI's wording), a base
 * name an unset ARG left blank, a pull of the reserved name "scratch", buildx losing its BuildKit daemon mid-build
 * ("failed to receive status" / "failed to get status" over gRPC's Unavailable), compose v1's "contains false, which
 * is an invalid type" and fig's failed ADD. Pure: the rules engine alone.
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
  ])('still answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it('declares the blank base name as an ARG before the first FROM', () => {
    expect(fixText('Step 3/5 : FROM ${SOMETHING} as builder\nbase name (${SOMETHING}) should not be blank')).toContain('ARG SOMETHING=');
  });

  it('looks at the file the empty-Dockerfile refusal names', () => {
    expect(fixText('Error response from daemon: the Dockerfile (Dockerfile.dev) cannot be empty')).toContain('ls -la Dockerfile.dev');
  });
});
