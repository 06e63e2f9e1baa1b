/**
 * A seventh catalog pass over the Docker family, from the tools around the Docker CLI: nerdctl's and ctr's fatal lines
 * (containerd's content store, a missing resolv.conf, nerdctl compose), Podman and podman-compose (a build step,
 * registries behind "initializing source", missing containers, crun's OCI errors, netavark, podman machine's QEMU),
 * buildx bake's definition errors and QEMU crashing in emulated build steps, the daemon refusing a request body, an
 * ssh:// context whose dial-stdio failed, Docker Desktop's WSL integration and macOS diagnostics, rootless Docker,
 * compose's "exited with code 139", and docker-py's APIError around a daemon error (Python's, README's wrapped
 * errors). Pure: the rules engine alone.
 */
import { expectRecognised, answer } from './support/recognised';

describe("the docker family's seventh catalog pass", () => {
  it.each([
    [
      '❯ sudo nerdctl run --rm --name test --namespace k8s.io --runtime io.containerd.runc.v2 --privileged docker.io/library/busybox:1.31.1 test sh\nFATA[0000] open /run/systemd/resolve/resolv.conf: no such file or directory',
      'docker',
      'no such file or directory',
    ],
    [
      'docker.errors.APIError: 500 Server Error for http+docker://localhost/v1.41/containers/create?name=foobar: Internal Server Error ("json: cannot unmarshal array into Go struct field ContainerConfigWrapper.Image of type string")',
      'python',
      'APIError',
    ],
    [
      "=> Removing unused volumes using native 'docker volume' command\nError response from daemon: json: cannot unmarshal object into Go value of type []string\n=> Removing exited/dead containers\nError response from daemon: json: cannot unmarshal object into Go value of type []string",
      'docker',
      'cannot unmarshal',
    ],
    [
      'Error: rpc error: code = Unknown desc = open /run/kata-containers/sandbox/resolv.conf: no such file or directory: OCI runtime command not found error',
      'docker',
      'no such file or directory',
    ],
    [
      "$ podman-compose build\npodman-compose version: 1.0.6\n['podman', '--version', '']\nusing podman version: 4.9.3\npodman build -f ./Dockerfile -t podman_minimal .\nSTEP 1/2: FROM docker.io/alpine:latest\nSTEP 2/2: RUN exit 5\nError: building at STEP \"RUN exit 5\": while running runtime: exit status 5\nexit code: 5",
      'docker',
      'building at STEP',
    ],
    [
      '$ podman compose -f /tmp/fake_image.yaml pull\nTrying to pull docker.io/abcedf/zyx:321\nError: initializing source docker.io/abcedf/zyx:321: reading manifest latest in docker.io/abcedf/zyx:321: requested access to the resource is denied',
      'docker',
      'requested access to the resource is denied',
    ],
    [
      '$ podman compose -f /tmp/fake_image.yaml pull\nError: initializing source docker.io/abcedf/zyx:321: pinging container registry docker.io: Get "https://harbor.cyberwatch.fr/v2/": dial tcp: lookup harbor.cyberwatch.fr on [::1]:53: read udp [::1]:44306->[::1]:53: read: connection refused',
      'docker',
      'connection refused',
    ],
    [
      '#51 796.8 aarch64-binfmt-P: QEMU internal SIGSEGV {code=MAPERR, addr=0x20}\n#51 797.2 Segmentation fault (core dumped)\n#51 ERROR: process "/bin/sh -c yes | sh build2-install-0.17.0.sh  --debug -j 12 --yes" did not complete successfully: exit code: 1',
      'docker',
      'segmentation fault',
    ],
    [
      'installing: arm64 cannot write to /proc/sys/fs/binfmt_misc/register: write /proc/sys/fs/binfmt_misc/register: invalid argument',
      'docker',
      'invalid argument',
    ],
    [
      'Get http://docker/v1.40/containers/fa56461fba80c1f8b6ce9010e7f837d48f340f35a1b4bda395d071472e2b2804/json: command [ssh -l root -- 1.23.10.239 docker system dial-stdio] has exited with exit status 255, please make sure the URL is valid, and Docker 18.09 or later is installed on the remote host: stderr=kex_exchange_identification: read: Connection reset by peer',
      'docker',
      'Cannot connect to the Docker daemon',
    ],
    [
      'WSL integration with distro Ubuntu-22.04-work unexpectedly stopped with exit code 1. Do you want to restart?',
      'docker',
      'WSL integration unexpectedly stopped',
    ],
    [
      "Docker Desktop - Ubuntu\nWSL integration with distro 'Ubuntu' unexpectedly stopped. Do you want to restart it?\n\nconfiguring docker in Ubuntu: docker cli config: failed to write file: exit status 0xffffffff",
      'docker',
      'WSL integration unexpectedly stopped',
    ],
    [
      'System.InvalidOperationException: Failed to deploy distro docker-desktop to C:\\Users\\Administrator\\AppData\\Local\\Docker\\wsl\\distro: exit code: -1 stdout: ��:',
      'docker',
      'Failed to deploy distro',
    ],
    [
      'Docker for Mac: version: 18.04.0-ce-mac62 (7e2bb492d35dc35ec0037d8024b7e7be57fc72a9)\nmacOS: version 10.13.4 (build: 17E199)\nlogs: /tmp/6D9C35FD-9B5D-4C0F-85C5-942741866B7F/20180420-231009.tar.gz\nfailure: com.docker.vpnkit is not running\n[ERROR]  vpnkit\n         Unexpected error ((Failure\n  "Error connecting socket to 9p endpoint unix:/Users/aschuurman/Library/Containers/com.docker.docker/Data/s51: Unix.Unix_error(Unix.ECONNREFUSED, \\"connect\\", \\"\\")")) connecting to /Users/aschuurman/Library/Containers/com.docker.docker/Data/s51\n         com.docker.vpnkit is not running\n         vpnkit check failed with: Unix.Unix_error(Unix.ECONNREFUSED, "connect", "")\n[OK]     virtualization hypervisor\n[OK]     vmnetd\n[OK]     dns\n[ERROR]  driver.amd64-linux\n         com.docker.driver.amd64-linux is not running',
      'docker',
      'com.docker.vpnkit is not running',
    ],
    ['FATAL ERROR\ncom.docker.osx.hyperkit.linux failed to start\nExit code 1', 'docker', 'failed to start'],
    [
      '$ DOCKERD_ROOTLESS_ROOTLESSKIT_NET=host dockerd-rootless.sh\n[...]\n+ echo Unsupported RootlessKit network driver: host\nUnsupported RootlessKit network driver: host\n+ exit 1',
      'docker',
      'Unsupported RootlessKit network driver',
    ],
    ['$ podman exec foo true\nError: non zero exit code: 1: OCI runtime error', 'docker', 'OCI runtime error'],
    [
      'Error: creating cgroup directory `/sys/fs/cgroup/net_prio,net_cls/machine.slice/libpod-b5f9e50cdd896032d249140bd810dee41beaf9bd371796035fdfe1ef84797411.scope`: No such file or directory: OCI not found',
      'docker',
      'OCI not found',
    ],
    [
      '$ docker run --rm -ti ubuntu:14.04 bin/bash                                       \nFATA[0000] Error response from daemon: mkdir /var/lib/docker/overlay/c4a8f5e516d401534f2d994f5546f7e08639ffd675eb3573267f76d79394f172-init/merged/dev/shm: invalid argument',
      'docker',
      'invalid argument',
    ],
    [
      'pi@twcmanager:~ $ sudo docker-compose -f docker-compose.yml up\nCreating network "pi_default" with the default driver\nPulling twcmanager (twcmanager/twcmanager:v1.2.2)...\nv1.2.2: Pulling from twcmanager/twcmanager\n89475607b1df: Pull complete\nDigest: sha256:510fd50521450abe103cf99ecaf559733fcdddc5322eaae3de5bad72376fb82e\nStatus: Downloaded newer image for twcmanager/twcmanager:v1.2.2\nCreating pi_twcmanager_1 ... done\nAttaching to pi_twcmanager_1\npi_twcmanager_1 exited with code 139\npi@twcmanager:~ $',
      'docker',
      'segmentation fault',
    ],
    [
      'podman machine start\nStarting machine "podman-machine-default"\nWaiting for VM ...\nError: qemu exited unexpectedly with exit code -1, stderr: qemu-system-x86_64: Unknown Error',
      'docker',
      'qemu exited unexpectedly',
    ],
    [
      '# podman machine start\nStarting machine "podman-machine-default"\nWaiting for VM ...\nError: qemu exited unexpectedly with exit code 1, stderr: qemu-system-x86_64: cannot create PID file: Cannot lock pid file: Resource temporarily unavailable',
      'docker',
      'qemu exited unexpectedly',
    ],
    ['> podman machine start\nStarting machine "podman-machine-default"\nWaiting for VM ...\nError: EOF', 'docker', 'EOF'],
    [
      '$ podman machine start\nStarting machine "podman-machine-default"\nWaiting for VM ...\nError: qemu exited unexpectedly with exit code 1, stderr: qemu-system-x86_64: -fw_cfg name=opt/com.coreos/config,file=/Users/ayo/.config/containers/podman/machine/qemu/podman-machine-default.ign: can\'t load /Users/ayo/.config/containers/podman/machine/qemu/podman-machine-default.ign: Failed to open file “/Users/ayo/.config/containers/podman/machine/qemu/podman-machine-default.ign”: No such file or directory',
      'docker',
      'qemu exited unexpectedly',
    ],
    [
      'INFO[0000] Ensuring image nginx:1.23.2\nINFO[0000] Ensuring image coredns/coredns:1.10.0\nINFO[0000] Creating container coredns\nINFO[0000] Re-creating container nginx\nFATA[0000] error while creating container coredns: exit status 1',
      'docker',
      'error while creating container',
    ],
    [
      '  #1 [internal] load local bake definitions\n  #1 reading /home/runner/work/_temp/docker-bake.json 342B / 342B done\n  #1 reading /home/runner/work/_temp/docker-actions-toolkit-DGkl1b/docker-metadata-action-bake.json 1.89kB / 1.89kB done\n  #1 DONE 0.0s\n  ERROR: EOF\nError: cannot parse bake definitions: ERROR: EOF',
      'docker',
      'cannot parse bake definitions',
    ],
    [
      '/work/hello # docker buildx bake\ndocker-bake.hcl:3\n--------------------\n   1 |     target "binary" {\n   2 |       target = "bin"\n   3 | >>>   plat forms = ["local"]\n   4 |       output = ["type=local,dest=bin/"]\n   5 |     }\n--------------------\nerror: docker-bake.hcl:3,14-15: Invalid block definition; The equals sign "=" indicates an argument definition, and must not be used when defining a block.',
      'docker',
      'Invalid block definition',
    ],
    [
      '$ docker buildx bake --print\n#1 [internal] load local bake definitions\n#1 reading docker-bake.hcl 81B / 81B done\n#1 DONE 0.0s\ndocker-bake.hcl:6\n--------------------\n   4 |\n   5 |     target "default" {\n   6 | >>>   output = [DESTDIR]\n   7 |     }\n   8 |\n--------------------\nERROR: docker-bake.hcl:6,12-13: Unsuitable value type; Unsuitable value: EOF',
      'docker',
      'Unsuitable value type',
    ],
    [
      'Error: #1 [internal] load local bake definitions\n#1 reading ./test/config.hcl 623B / 623B done\n#1 reading . 0B / 4.10kB done\n#1 DONE 0.0s\nERROR: read .: is a directory',
      'docker',
      'is a directory',
    ],
    ['Step 3 : RUN locale-gen fr_FR.UTF-8\nError running deviceCreate (createSnapDevice) dm_task_run failed', 'docker', 'dm_task_run failed'],
    [
      'root@ubuntu:~# ctr image import apiserver-1.18.1.tar.gz\nunpacking k8s.gcr.io/kube-apiserver:v1.18.1 (sha256:4e6eac64d7f50e27153e3d8e893bcce905a8f703304cb98fc790c10235420cf5)...ctr: content digest sha256:9a8f4ffc528789f2802630c2590052623a6c915e046f619a1743e7a2aebcaa78: not found',
      'docker',
      'content digest not found',
    ],
    [
      'time="09:01:09" level=debug msg="Running: docker exec kind-build-0df3472c-9c7a-456a-918d-ac056c13c0f2 ctr --namespace=k8s.io image import /kind/images/kindnetd.tar --no-unpack"\nctr: rpc error: code = NotFound desc = content digest sha256:15ab88dac4bbb22cc92e133c04821df12f3df491a6e814ad30dde855679f3d18: not found',
      'docker',
      'content digest not found',
    ],
    [
      'sudo nerdctl load -i busybox.tar\n\nFATA[0000] content digest sha256:9708dc541771170e42aadc4c3c4477ec15e91e595673493bbbb78b7c8b75b0b5: not found',
      'docker',
      'content digest not found',
    ],
    [
      "Oct 25 22:07:02 core forgejo[1932]: starting container 2ef93257f5b1ac3fc2e57aebdf43dd7b4e90cd48a82ec33106abcb21d4f1459d: netavark: unable to append rule '-j MARK  --set-xmark 0x2000/0x2000' to table 'nat'",
      'docker',
      'unable to append rule',
    ],
    ['Error: netavark: No such file or directory (os error 2)', 'docker', 'no such file or directory'],
    [
      '➤ podman-compose down\npodman stop -t=1 doodbadevel12_db_1\nError: no container with name or ID doodbadevel12_db_1 found: no such container\n125',
      'docker',
      'no such container',
    ],
    [
      'cannot open `/run/user/1000/crun/7be967fb49cc8dc9aa483f0210c0e8f6d73f620735e3af375ad19de4a55bfcf5/exec.fifo`: No such file or directory\nError: unable to start container 7be967fb49cc8dc9aa483f0210c0e8f6d73f620735e3af375ad19de4a55bfcf5: `/usr/bin/crun start 7be967fb49cc8dc9aa483f0210c0e8f6d73f620735e3af375ad19de4a55bfcf5` failed: exit status 1',
      'docker',
      'no such file or directory',
    ],
    [
      '[broker]      | Error: unable to start container 9eb6e65de8c45f6165a10aa46a76763de33ecdbda3fe399463fd67fdf82dc18c: preparing container 9eb6e65de8c45f6165a10aa46a76763de33ecdbda3fe399463fd67fdf82dc18c for attach: generating dependency graph for container 9eb6e65de8c45f6165a10aa46a76763de33ecdbda3fe399463fd67fdf82dc18c: container 51829ee2f765a418ba27dc6343c7b51a4183f07318f719e6bcf84a7e743265e5 depends on container ab34e4d25743f598dce83354a91c17cdb7e35c20c9875e1c026b58643e754544 not found in input list: no such container',
      'docker',
      'no such container',
    ],
    [
      'After I run the step 5, I got this error: docker.errors.APIError: 500 Server Error for http+docker://localhost/v1.43/containers/01b37b09b76ba9e886bafbe9bb0cd67cfc6f4373632d244e2e9faf134a2a9ece/start: Internal Server Error ("driver failed programming external connectivity on endpoint clever_ritchie (8eef8c20c1089281600f5ef736204eb896bb08d1665f757f6734af2e3dc61bc3): Bind for 0.0.0.0:7687 failed: port is already allocated")',
      'python',
      'APIError',
    ],
    [
      'Creating container failed. Traceback (most recent call last): File "/loomengine/loomengine/worker/task_monitor.py", line 224, in _create_container \'TASK_ATTEMPT_ID\'], File "/usr/local/lib/python2.7/dist-packages/docker/api/container.py", line 135, in create_container return self.create_container_from_config(config, name) File "/usr/local/lib/python2.7/dist-packages/docker/api/container.py", line 146, in create_container_from_config return self._result(res, True) File "/usr/local/lib/python2.7/dist-packages/docker/client.py", line 178, in _result self._raise_for_status(response) File "/usr/local/lib/python2.7/dist-packages/docker/client.py", line 174, in _raise_for_status raise errors.APIError(e, response, explanation=explanation) APIError: 500 Server Error: Internal Server Error ("{"message":"devicemapper: Error running deviceCreate (createSnapDevice) dm_task_run failed"}")',
      'python',
      'APIError',
    ],
    [
      'APIError: 500 Server Error: Internal Server Error ("json: cannot unmarshal string into Go value of type struct {}")',
      'python',
      'APIError',
    ],
    [
      '#7 99.75 Processing triggers for libc-bin (2.31-13+deb11u3) ...\n#7 99.79 qemu: uncaught target signal 11 (Segmentation fault) - core dumped\n#7 99.87 Segmentation fault (core dumped)\n#7 99.88 qemu: uncaught target signal 11 (Segmentation fault) - core dumped\n#7 99.97 Segmentation fault (core dumped)\n#7 99.97 dpkg: error processing package libc-bin (--configure):\n#7 99.97  installed libc-bin package post-installation script subprocess returned error exit status 139\n#7 99.99 Errors were encountered while processing:\n#7 99.99  libc-bin\n#7 100.1 E: Sub-process /usr/bin/dpkg returned an error code (1)\n------\ndm_test.Dockerfile:9\n--------------------\n   7 |     # Install packages\n   8 |     RUN apt update\n   9 | >>> RUN apt-get',
      'docker',
      'segmentation fault',
    ],
    [
      'Error response from daemon: login attempt to https://registry.domain.tld/v2/ failed with status: 401 Unauthorized',
      'docker',
      'unauthorized',
    ],
    [
      'Error Message: Command failed: docker login registry.gitlab.com --username ratriv --password-stdin\nError response from daemon: Get https://registry.gitlab.com/v2/: denied: access forbidden',
      'docker',
      'access forbidden',
    ],
    [
      "ERROR: The Compose file './docker-compose.yml' is invalid because:\nAdditional properties are not allowed ('dfjklhfsd' was unexpected)",
      'docker',
      'Additional property is not allowed',
    ],
    ['docker buildx bake # error here\nERROR: docker endpoint for "default" not found', 'docker', 'docker endpoint not found'],
  ] as const)('recognises real text %#', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it.each([
    [
      'nerdctl ps\nFATA[0000] rootless containerd not running? (hint: use `containerd-rootless-setuptool.sh install` to start rootless containerd): stat /run/user/1000/containerd-rootless: no such file or directory',
      'docker',
      'rootless containerd not running',
    ],
    [
      "[2] pry(main)> Docker::Container.create 'redis'\nDocker::Error::ServerError: json: cannot unmarshal string into Go value of type map[string]interface {}\nfrom /Users/tony/.rbenv/versions/2.2.0/lib/ruby/gems/2.2.0/gems/docker-api-1.20.0/lib/docker/connection.rb:54:in `rescue in request'",
      'ruby',
      'ServerError',
    ],
    [
      'time="2016-06-13T11:06:38.415267697Z" level=error msg="Handler for GET /v1.21/volumes returned error: json: cannot unmarshal object into Go value of type []string"',
      'docker',
      'Handler returned error',
    ],
    [
      '$ nerdctl compose up\nINFO[0000] Ensuring image hello-world                   \nINFO[0000] Re-creating container tmp_foo_1              \nFATA[0000] failed to create shim task: OCI runtime create failed: unable to retrieve OCI runtime error (open /run/containerd/io.containerd.runtime.v2.task/default/88a3ee42b9cc54ee3a275b4a21eec2e610d8fd0470353bf3f89aa987acdf50c6/log.json: no such file or directory): exec: "invalid": executable file not found in $PATH: unknown \nFATA[0000] error while creating container tmp_foo_1: exit status 1',
      'docker',
      'OCI runtime create failed',
    ],
    [
      "Apr 09 15:51:27 linux.home docker[3325]: /usr/bin/docker-current: Error response from daemon: devicemapper: Error running deviceCreate (createSnapDevice) dm_task_run failed.\nApr 09 15:51:27 linux.home docker[3325]: See '/usr/bin/docker-current run --help'.\nApr 09 15:51:27 linux.home systemd[1]: cilium-consul.service: Main process exited, code=exited, status=125/n/a",
      'docker',
      'dm_task_run failed',
    ],
    [
      '\t125\n\tpodman start app\n\tError: unable to find container app: no container with name or ID app found: no such container\n\t125',
      'docker',
      'no such container',
    ],
    [
      "docker: Error response from daemon: error creating overlay mount to /mnt/virtual/var/lib/docker/overlay2/d5ac0e34b366a69f33278e90584832e4a8d97b794def378a7b95b7a6b21df3ec-init/merged: invalid argument.\nSee 'docker run --help'.",
      'docker',
      'error creating overlay mount',
    ],
    [
      'Fatal error: Uncaught GuzzleHttp\\Exception\\ServerException: Server error: `POST http://localhost/v1.41/containers/nextcloud-aio-domaincheck/start` resulted in a `500 Internal Server Error` response: {"message":"driver failed programming external connectivity on endpoint nextcloud-aio-domaincheck (24c0d047eafd1a5bb1896 (truncated...) in /var/www/docker-aio/php/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php:113 Stack trace: #0 /var/www/docker-aio/php/vendor/guzzlehttp/guzzle/src/Middleware.php(69): GuzzleHttp\\Exception\\RequestException::create(Object(GuzzleHttp\\Psr7\\Request), Object(GuzzleHttp\\Psr7\\Response), NULL, Array, NULL)',
      'php',
      'ServerException',
    ],
    [
      'MacBook-Pro:~ jianzhang$ podman pull quay.io/openshift-optional-operators/aosqe-index:v4.11 --authfile ~/.docker/config.json \nCannot connect to Podman. Please verify your connection to the Linux system using `podman system connection list`, or try `podman machine init` and `podman machine start` to manage a new Linux VM\nError: unable to connect to Podman. failed to create sshClient: connection to bastion host (ssh://core@localhost:50215/run/user/501/podman/podman.sock) failed: dial tcp [::1]:50215: connect: connection refused',
      'docker',
      'Cannot connect to Podman',
    ],
    [
      '#12 exporting to docker image format\n#12 ERROR: docker exporter does not currently support exporting manifest lists\n------\n > exporting to docker image format:\n------\nERROR: failed to solve: docker exporter does not currently support exporting manifest lists',
      'docker',
      'failed to solve',
    ],
    [
      '$ SOURCE_DATE_EPOCH=123 docker buildx bake\n[+] Building 0.0s (0/0)                                                                                                 \npanic: assignment to entry in nil map\n\ngoroutine 1 [running]:\ngithub.com/docker/buildx/bake.ReadTargets({0x106279300?, 0x140006bdec0?}, {0x140004840f0?, 0x13?, 0x1065a7d40?}, {0x14000741a58, 0x1, 0x4?}, {0x0, 0x0, ...}, ...)\n\tgithub.com/docker/buildx/bake/bake.go:148 +0x4f8',
      'go',
      'assignment to entry in nil map',
    ],
    [
      'error during connect: Post "http://docker:2375/v1.24/auth": dial tcp: lookup docker on 169.254.169.254:53: no such host',
      'docker',
      'Cannot connect to the Docker daemon',
    ],
    [
      "WSL integration with distro 'Fedora' unexpectedly stopped. Do you want to restart it?\n\nsetup groups\nsetting up docker user group in Fedora distro: running wslexec: An error occurred while running the command. DockerDesktop/Wsl/ExecError: c:\\windows\\system32\\wsl.exe -d fedora -u",
      'docker',
      'ExecError',
    ],
    [
      "ubuntu@yellow:~$ sudo docker run -it --rm  ghcr.io/coleifer/sqlite-web:latest\nWARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested\nexec /bin/ash: exec format error",
      'docker',
      'exec format error',
    ],
    [
      ' > [linux/amd64 builder 5/6] RUN go mod download:\n0.059 go: go.mod requires go >= 1.24.0 (running go 1.23.5; GOTOOLCHAIN=local)\n------\nDockerfile:6\n--------------------\n   4 |     WORKDIR /app\n   5 |     COPY . /app\n   6 | >>> RUN go mod download\n   7 |     RUN go build ./cmd/mapcidr\n   8 |     \n--------------------\nERROR: failed to build: failed to solve: process "/bin/sh -c go mod download" did not complete successfully: exit code: 1\nError: buildx failed with: ERROR: failed to build: failed to solve: process "/bin/sh -c go mod download" did not complete successfully: exit code: 1',
      'go',
      'go version too old',
    ],
    [
      '2023-02-02T08:26:31.1971727Z go: downloading gopkg.in/warnings.v0 v0.1.2\n2023-02-02T08:26:35.2824031Z # runtime/cgo\n2023-02-02T08:26:35.2824417Z cgo: C compiler "gcc" not found: exec: "gcc": executable file not found in $PATH\n2023-02-02T08:26:48.6629601Z make: *** [Makefile:24: build] Error 1\n2023-02-02T08:26:49.0330366Z The command \'/bin/sh -c make build\' returned a non-zero code: 2',
      'go',
      'C compiler not found',
    ],
    [
      ' DEBUG [a35c8ad2] Command: docker login registry.gitlab.com -u [REDACTED] -p [REDACTED]\n DEBUG [a35c8ad2]       WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n DEBUG [a35c8ad2]       Error response from daemon: Get "https://registry.gitlab.com/v2/": unauthorized: HTTP Basic: Access denied. If a password was provided for Git authentication, the password was incorrect or you\'re required to use a token instead of a password. If a token was provided, it was either incorrect, expired, or improperly scoped. See https://gitlab.com/help/user/profile/account/two_factor_authentication_troubleshooting.md#error-http-basic-access-denied-if-a-password-was-provided-for-git-authentication-\n  ERROR (SSHKit::Command::Failed): docker exit status: 256',
      'docker',
      'HTTP Basic: Access denied',
    ],
    [
      '$ docker login -u "${CI_REGISTRY_USER}" -p "${CI_REGISTRY_PASSWORD}"\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError response from daemon: Get https://registry-1.docker.io/v2/: unauthorized: incorrect username or password\n\nAuthenticating with credentials from /root/.docker/config.json\nERROR: Job failed: exit code 1',
      'docker',
      'incorrect username or password',
    ],
    [
      '```docker login registry.host.com -u user --password password``` returns ```Error response from daemon: Get "https://registry.host.com/v2/": received unexpected HTTP status: 500 Internal Server Error```',
      'docker',
      'received unexpected HTTP status',
    ],
    [
      'INFO:openpanel:DOCKER - activating service: shahar error: validating /home/levyshahar/docker-compose.yml: (root) Additional property shahar is not allowed',
      'docker',
      'Additional property is not allowed',
    ],
    [
      'Failed to initialize: unable to resolve docker endpoint: context "desktop-linux": context not found: open C:\\Users\\Steve\\AppData\\Local\\Temp\\fc5d16aedb0242049848dc7e5c4f9e60\\contexts\\meta\\fe9c6bd7a66301f49ca9b6a70b217107cd1284598bfc254700c989b916da791e\\meta.json: The system cannot find the path specified.',
      'docker',
      'context not found',
    ],
  ] as const)('leaves near miss %# alone', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it.each([
    // qemu-user crashing under make (no docker build around it), a compose service's ordinary exit status
    [
      '$ make\n  SHECC\tout/shecc-stage2.elf\nqemu: uncaught target signal 4 (Illegal instruction) - core dumped\nmake: *** [Makefile:59: out/shecc-stage2.elf] Illegal instruction (core dumped)',
      'docker',
    ],
    ['web_1 exited with code 1', 'docker'],
  ] as const)("does not answer near miss %# as Docker's", (error, language) => {
    expect(answer(error).language).not.toBe(language);
  });
});
