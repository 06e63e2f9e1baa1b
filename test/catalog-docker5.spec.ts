/**
 * A fifth catalog pass over the Docker family, from everyday CLI, Dockerfile and Compose errors as people paste them
 * from terminals and CI logs: image removal and name conflicts in their short and old forms, removals in progress,
 * pause and kill refusals, a relative working directory, the builders' ADD/COPY failures and flags, unconsumed build
 * args, an unreadable build context, docker run's flags, docker/login-action without credentials, Compose v1's
 * validation and the swap-limit warning. Pure: the rules engine alone.
 */
import { answer, expectRecognised, fixText } from './support/recognised';

describe("the docker family's fifth catalog pass", () => {
  it.each([
    // an image removal conflict in its short and pre-1.10 forms
    ['Error response from daemon: conflict: unable to delete 123 (must be forced)', 'docker', 'conflict: unable to delete'],
    [
      '~> docker rmi e4f1dbdff18956621aa48a83e5b05df309ee002c3668fa452f1235465d881020\nError response from daemon: Conflict, cannot delete e4f1dbdff189 because the container bafc2b3327a4 is using it, use -f to force\n2014/12/02 12:56:53 Error: failed to remove one or more images',
      'docker',
      'conflict: unable to delete',
    ],
    // a container name conflict in the pre-1.10 form
    [
      "'Error response from daemon: Conflict, The name gitlab is already assigned to xxxxxxxxx. You have to delete (or rename) that container to be able to assign gitlab to a container again.'",
      'docker',
      'Conflict (container name in use)',
    ],
    // a removal already in progress, or a container marked for removal
    [
      'Error response from daemon: Cannot update container 78dc6f6a43d0e6cfb7aa6bba2f0a377bd39620bff79ca308540a13ddd4e62886: container is marked for removal and cannot be "update"\n\tError response from daemon: removal of container mongodb is already in progress',
      'docker',
      'container is marked for removal',
    ],
    [
      'I run docker rm it says: \nError response from daemon: removal of container f3ceb7dee8a6 is already in progress',
      'docker',
      'removal of container is already in progress',
    ],
    [
      'Error Message: (HTTP code 409) unexpected - removal of container 2a1494813fc76bc4c0b31d058278d4b57dce7e546e6d720363bfbaabbc89bf4d is already in progress',
      'docker',
      'removal of container is already in progress',
    ],
    [
      'FATA[0000] failed to remove container for VM "f4c3114f94acafe1": Error response from daemon: removal of container b78b8fe5e7997852445248b24c213a261ab1becae96725db073b8b4c54d37c05 is already in progress',
      'docker',
      'removal of container is already in progress',
    ],
    // pause and kill refusals (AppArmor behind a kill's permission denied)
    [
      '### Unpausing Containers [Wed Sep 11 02:48:24 AM CEST 2024]\nUnpausing Local Container(s)\nError response from daemon: Container d164ad54ccc17b21d945f6d41e893be8254122514bcbd6fb78549245e92d597f is not paused\nError response from daemon: Container f6fc2927b9b5e236e53844f68e1c58b4ac5f5d1af0c8b37cc9e1c24068a1afda is not paused',
      'docker',
      'container is not paused',
    ],
    [
      'Cannot kill container 70086d37f90d: Container 70086d37f90df119d09b7d663bb46029999aeab711b9650b9f43c23958da1d5d is paused. Unpause the container before stopping',
      'docker',
      'container is paused',
    ],
    [
      'Error response from daemon: cannot stop container Cannot kill container XYZ: unknown error after kill: runc did not terminate sucessfully signaling init process caused permission denied : unknown',
      'docker',
      'permission denied',
    ],
    [
      '$ docker stop 6bd784f56f50\nError response from daemon: cannot stop container: 6bd784f56f50: Cannot kill container 6bd784f56f50de9039d53d716b039e8a3bf29da693b5eb3d7ef4d71c7c68175e: unknown error after kill: runc did not terminate sucessfully: container_linux.go:393: signaling init process caused "permission denied"\n: unknown',
      'docker',
      'permission denied',
    ],
    [
      'ERROR: for c_redis  Cannot kill container: b64a037ab2836a0fbdab2bba1fd93d0d4a05817ee3f2c3b439aac3c3fd0922d5: Cannot kill container b64a037ab2836a0fbdab2bba1fd93d0d4a05817ee3f2c3b439aac3c3fd0922d5: unknown error after kill: runc did not terminate sucessfully: container_linux.go:392: signaling init process caused "permission denied"\n: unknown',
      'docker',
      'permission denied',
    ],
    [
      'Error response from daemon: Cannot stop container mycontainer: Cannot kill container 194b31df7d8cb97efcc53905d7b1172ffda90c1909274b7b2efba9f0a36fd925: rpc error: code = 7 desc = permission denied',
      'docker',
      'permission denied',
    ],
    // exec into a container that stopped
    ['# docker exec -it aipusaas-cubejs-api /bin/sh\ncannot exec in a stopped state: unknown', 'docker', 'cannot exec in a stopped state'],
    [
      'rpc error: code = 13 desc = invalid header field value "oci runtime error: exec failed: cannot exec a container that has run and stopped\\n"',
      'docker',
      'OCI runtime exec failed',
    ],
    ['Error response from daemon: rpc error: code = 2 desc = containerd: container not started', 'docker', 'container not started'],
    // a working directory that is not absolute (Git Bash)
    [
      "Failed to run image 'node:6-alpine'. Error: docker: Error response from daemon: the working directory 'C:/WINDOWS/system32/config/systemprofile/AppData/Local/Jenkins/.jenkins/workspace/simple-node-js-react-npm-app/' is invalid, it needs to be an absolute path.\n\nSee 'docker run --help'.",
      'docker',
      'the working directory is invalid',
    ],
    [
      "ERROR: for jitsi-magnify_node_run  Cannot create container for service node: the working directory 'C:/Program Files/Git/app/src/frontend' is invalid, it needs to be an absolute path\n\nERROR: for node  Cannot create container for service node: the working directory 'C:/Program Files/Git/app/src/frontend' is invalid, it needs to be an absolute path\nEncountered errors while bringing up the project.\nmake: *** [Makefile:115: build-front] Error 1",
      'docker',
      'the working directory is invalid',
    ],
    // the builders' ADD and COPY failures and Dockerfile flags
    [
      '#13 [base  8/13] COPY --from=kaldiasr/kaldi:2020-09     /opt/intel/mkl/lib/intel64/libmkl_intel_lp64.so     /opt/intel/mkl/lib/intel64/libmkl_sequential.so\n#13 sha256:776edd73f986aa4d00447d7a92604d45ef3fe61c0caa61b24f91efbd534e3781\n#13 ERROR: "/opt/intel/mkl/lib/intel64/libmkl_sequential.so" not found: not found',
      'docker',
      'failed to solve',
    ],
    [
      'Step 7/9 : ADD ./basicinstaclient/oracle-instantclient19.6-basic-19.6.0.0.0-1.x86_64.rpm /basic/\nADD failed: stat /var/lib/docker/tmp/docker-builder925234299/basicinstaclient/oracle-instantclient19.6-basic-19.6.0.0.0-1.x86_64.rpm: no such file or directory',
      'docker',
      'ADD failed',
    ],
    [
      "{'errorDetail': {'message': 'ADD failed: file not found in build context or excluded by .dockerignore: stat dist: file does not exist'}, 'error': 'ADD failed: file not found in build context or excluded by .dockerignore: stat dist: file does not exist'}",
      'docker',
      'ADD failed',
    ],
    [
      'Sending build context to Docker daemon  8.08 MB\nStep 1 : FROM busybox:latest\n ---> 1efc1d465fd6\nStep 2 : ADD aaa bbb\nlstat bbb: no such file or directory',
      'docker',
      'no such file or directory',
    ],
    [
      'If create relative path "../../../files" get error "failed: Forbidden path outside the build context: ../../../files/id_rsa ()"',
      'docker',
      'Forbidden path outside the build context',
    ],
    ['Step 11/15 : COPY --from=0 / /\nUnknown flag: from', 'docker', 'unknown flag'],
    ['Step 2/2 : COPY --from=dev .\nCOPY requires at least two arguments', 'docker', 'requires at least two arguments'],
    [
      'Sending build context to Docker daemon  86.15MB\nStep 1/2 : FROM scratch\n --->\nStep 2/2 : EXPOSE 8080/tcpx\nInvalid proto: tcpx',
      'docker',
      'Invalid proto',
    ],
    [
      '[1/2] STEP 10/10: ARG BASE_IMAGE\n--> a11a982d6bc2\nError: determining starting point for build: no FROM statement found\nmake: *** [Makefile:453: binary-container] Error 125',
      'docker',
      'no FROM statement found',
    ],
    // build args nobody consumed, a build context the client cannot read
    [
      'Step 10/10 : LABEL "IBM_PRODUCT_ID"=\'98102d16795c4263ad9ca075190a2d4d\'\n ---> Running in 773c97513a1d\nRemoving intermediate container 773c97513a1d\n ---> 7a6851225356\n[Warning] One or more build-args [IMAGE_SOURCE BUILDER_IMAGE IMAGE_CREATED IMAGE_REVISION] were not consumed\nSuccessfully built 7a6851225356\nSuccessfully tagged mq-sdk:9.0.5.0-x86_64-ubuntu-16.04',
      'docker',
      'One or more build-args were not consumed',
    ],
    [
      'One or more build-args [DATABASE_URL ASSET_ORIGINALS_PREFIX PORT APP_ENV] were not consumed, failing build.',
      'docker',
      'One or more build-args were not consumed',
    ],
    [
      "sudo docker build -t myapp .\nerror checking context: 'can't stat '/mnt/WORKSHOP/Practice/docker/python_flask''.",
      'docker',
      'error checking context',
    ],
    [
      "Error checking context is accessible: 'no permission to read from 'Library/Preferences/net.battle.Identity.prefs''. Please check permissions and try again.",
      'docker',
      'error checking context',
    ],
    [
      "➜  ~  docker build -t redis-commander:latest .\nError checking context: 'can't stat '/Users/mcortinas/Library/Saved Application State/com.adobe.flashplayer.installmanager.savedState''.",
      'docker',
      'error checking context',
    ],
    [
      "$ docker build --build-arg KATA_ARTIFACTS=kata-static.tar.xz .\nerror checking context: 'no permission to read from '/home/fidencio/go/src/github.com/kata-containers/kata-containers/tools/packaging''",
      'docker',
      'error checking context',
    ],
    [
      '=> ERROR [internal] load build context                                                                           2.0s \n => => transferring context: 15.75MB                                                                              2.0s \n => CACHED [2/4] WORKDIR /app                                                                                     0.0s \n------\n > [internal] load build context:\n------\nerror from sender: open node_modules/.bin/x: permission denied',
      'docker',
      'permission denied',
    ],
    [
      'jagdish@jaGdish getting-started-app % docker build -t getting-started .\nERROR: open /Users/jagdish/.docker/buildx/activity/desktop-linux: permission denied',
      'docker',
      'permission denied',
    ],
    // docker run's flags and arguments
    ['docker: "build" requires 1 argument.\nSee \'docker build --help\'.', 'docker', 'requires 1 argument'],
    [
      "docker: invalid publish opts format (should be name=value but got 'novnc-port:8080').\nSee 'docker run --help'.",
      'docker',
      'invalid publish opts format',
    ],
    [
      "docker create -p 7359/udp:7359/udp nginx:alpine\ndocker: invalid publish opts format (should be name=value but got '7359/udp:7359/udp').\nSee 'docker create --help'.",
      'docker',
      'invalid publish opts format',
    ],
    [
      "docker run --rm -p localhost:8080:8080 alpine\ndocker: invalid IP address: localhost\n\nRun 'docker run --help' for more information",
      'docker',
      'invalid IP address',
    ],
    ["flag provided but not defined: -–publish\nSee 'docker run --help'.", 'docker', 'flag provided but not defined'],
    ['$ docker run -it helloworld\ncannot enable tty mode on non tty input', 'docker', 'cannot enable tty mode on non tty input'],
    ['docker: open examples/local.env: no such file or directory.', 'docker', 'no such file or directory'],
    // docker login in CI without credentials
    [
      'Run docker/login-action@f054a8b539a109f9f41c372932f1ae047eff08c9\n  with:\n    username: correctUsername\n    logout: true\n  env:\n    DOCKERHUB_PASS: \n    DOCKERHUB_USER: ozone2021\nError: Username and password required',
      'docker',
      'Username and password required',
    ],
    [
      'Run docker/login-action@v3\n  with:\n    registry: https://index.docker.io/v1/\n    ecr: auto\n    logout: true\nError: Username and password required',
      'docker',
      'Username and password required',
    ],
    ['Error: Must provide --username with --password-stdin', 'docker', 'Must provide --username with --password-stdin'],
    // Compose v1's validation messages
    ["Message `Unsupported config option for services service: 'web'` appears.", 'docker', 'Unsupported config option'],
    [
      "$ docker-compose up\nERROR: Validation failed in file './docker-compose.yml', reason(s):\nService 'wekandb' configuration key 'ports' contains an invalid type, it should be an array",
      'docker',
      'contains an invalid type',
    ],
    [
      "ERROR: The Compose file '.\\docker-compose.yml' is invalid because:\nservices.proxy.expose is invalid: should be of the format 'PORT[/PROTOCOL]'\nservices.proxy.ports is invalid: Invalid port \":\", should be [[remote_ip:]remote_port[-remote_port]:]port[/protocol]\nservices.memcached.ports is invalid: Port ranges don't match in length",
      'docker',
      'Invalid port',
    ],
    [
      'services.jenkins.ports is invalid: Invalid port ":8080", should be [[remote_ip:]remote_port[-remote_port]:]port[/protocol]\nservices.balancer.ports is invalid: Invalid port ":8085", should be [[remote_ip:]remote_port[-remote_port]:]port[/protocol]',
      'docker',
      'Invalid port',
    ],
    [
      '$ docker compose up -d\nparsing /home/me/app/docker-compose.yml: Top-level object must be a mapping',
      'docker',
      'Top-level object must be a mapping',
    ],
    [
      "docker-compose up -d\nERROR: Top level object in './docker-compose.yml' needs to be an object not '<class 'NoneType'>'.",
      'docker',
      'Top-level object must be a mapping',
    ],
    ["ERROR: In file './docker-compose.override.yml', services 'title' must be a mapping not a string.", 'docker', 'contains an invalid type'],
    [
      '`ERROR: for bot  Cannot create container for service bot: invalid mount config for type "bind": bind source path does not exist`',
      'docker',
      'bind source path does not exist',
    ],
    [
      'Docker responded with status code 400: invalid mount config for type "bind": bind source path does not exist',
      'docker',
      'bind source path does not exist',
    ],
    // the swap limit warning
    [
      'docker run --rm -m 64m alpine:3.6 true\nWARNING: Your kernel does not support swap limit capabilities or the cgroup is not mounted. Memory limited without swap.',
      'docker',
      'Your kernel does not support swap limit capabilities',
    ],
    [
      '✔ Container ragflow-es-01       Healthy      2.9s \n ! es01 Your kernel does not support swap limit capabilities or the cgroup is not mounted. Memory limited without swap.              0.0s \n ✔ Container ragflow-server      Started      0.0s',
      'docker',
      'Your kernel does not support swap limit capabilities',
    ],
    [
      'Dec 12 17:26:05 box-12280 dockerd[986]: time="2017-12-12T17:26:05.590714847+03:00" level=warning msg="Your kernel does not support swap limit capabilities,or the cgroup is not mounted. Memory limited without swap."',
      'docker',
      'Your kernel does not support swap limit capabilities',
    ],
    // a network with endpoints left, a restarting container, an old Docker's reference and exec errors
    [
      'Error response from daemon: active container for 8861eb8a7b581f0bcf8ad89e07f2b924db5990fd91044d32bbc5c01f3cda3465 does not exist',
      'docker',
      'active container does not exist',
    ],
    [
      '$ docker-compose down\nRemoving network app_front\nWARNING: Network app_front not found.\nRemoving network app_back\nERROR: network app_back has active endpoints',
      'docker',
      'has active endpoints',
    ],
    [
      '✘ Network XXX_storage    Error\n ✘ Network XXX_frontend   Error\nfailed to remove network XXX_storage: Error response from daemon: error while removing network: network XXX_storage has active endpoints (, , )',
      'docker',
      'has active endpoints',
    ],
    [
      'PS SDC\\Repo\\CarND-Term1-Starter-Kit> docker build -t CarND-Term1\n\ninvalid argument "CarND-Term1" for t: Error parsing reference: "CarND-Term1" is not a valid repository/tag\nSee \'docker build --help\'.',
      'docker',
      'invalid reference format',
    ],
    [
      '`vagrant@vagrant-ubuntu-trusty-64:/vagrant$ docker-compose exec mysql bash\nrpc error: code = 13 desc = invalid header field value "oci runtime error: exec failed: container_linux.go:247: starting container process caused \\"process_linux.go:75: starting setns process caused \\\\\\"fork/exec /proc/self/exe: no such file or directory\\\\\\"\\"\\n"`',
      'docker',
      'OCI runtime exec failed',
    ],
  ] as const)('recognises %#', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it('repeats the names the error gave in its fixes', () => {
    expect(fixText('Error response from daemon: removal of container f3ceb7dee8a6 is already in progress')).toContain('f3ceb7dee8a6');
    expect(
      fixText(
        "docker: Error response from daemon: the working directory 'C:/Program Files/Git/app' is invalid, it needs to be an absolute path.",
      ),
    ).toContain('C:/Program Files/Git/app');
    expect(fixText('[Warning] One or more build-args [SERVER_VERSION WEBSITE_VERSION] were not consumed')).toContain('ARG SERVER_VERSION');
  });

  // Near misses the pass must not take.
  it.each([
    // the long forms stay with the patterns that know them
    [
      'Error response from daemon: conflict: unable to delete e53a0b524716 (must be forced) - image is being used by stopped container 00a3c5cc5701',
      'docker',
      'conflict: unable to delete',
    ],
    [
      'docker: Error response from daemon: Conflict. The container name "/web" is already in use by container "92b3b26333cc". You have to remove (or rename) that container to be able to reuse that name.',
      'docker',
      'Conflict (container name in use)',
    ],
    [
      'Error response from daemon: Cannot kill container: web: tried to kill container, but did not receive an exit event',
      'docker',
      'did not receive an exit event',
    ],
    ['COPY failed: file not found in build context or excluded by .dockerignore: stat kubespace: file does not exist', 'docker', 'COPY failed'],
    // BuildKit's failure stays "failed to solve", whatever the cause after it
    ['error: failed to solve: error from sender: open /home/jenkins/app/data: permission denied', 'docker', 'failed to solve'],
    // the swap warning gives way to the error printed after it
    [
      'WARNING: Your kernel does not support swap limit capabilities or the cgroup is not mounted. Memory limited without swap.\ndocker: Error response from daemon: Conflict. The container name "/web" is already in use by container "92b3b26333cc". You have to remove (or rename) that container to be able to reuse that name.',
      'docker',
      'Conflict (container name in use)',
    ],
    // a Go program's panic around a daemon error stays the panic
    [
      'panic: Error response from daemon: conflict: unable to delete 2dd38a9ef428 (cannot be forced) - image is being used by running container 8521071215bd\n\ngoroutine 1 [running]:\nmain.main()\n\t/app/main.go:12 +0x1d',
      'go',
      'panic',
    ],
  ] as const)('leaves near miss %# alone', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it.each([
    // a Go program's own flag error, an app's own "Username and password required", a Python trace after the warning
    ['flag provided but not defined: -foo\nUsage of ./server:\n  -port int\n    \tport to listen on (default 8080)', 'docker'],
    ['Error: Username and password required\n    at Object.login (/app/src/auth.ts:12:11)', 'docker'],
    [
      "WARNING: Your kernel does not support swap limit capabilities or the cgroup is not mounted. Memory limited without swap. Traceback (most recent call last):   File \"/tmp/codalab/run/program/evaluate.py\", line 61, in      samples = json.load(open(submission_answer_file))['predictions'] IOError: [Errno 2] No such file or directory: '/tmp/codalab/run/input/res/answer.json'",
      'docker',
    ],
  ] as const)("does not answer near miss %# as Docker's", (error, language) => {
    expect(answer(error).language).not.toBe(language);
  });
});
