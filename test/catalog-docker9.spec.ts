/**
 * A ninth catalog pass over the Docker family, from run, volume, network, build and Desktop errors as people paste
 * them where the earlier passes' wordings missed: a start cut to "OCI runtime create failed:", Podman's API and older
 * crun messages, the platform warning before an entrypoint's "Exec format error", the daemon's own directories on a
 * read-only file system, ctr's failed snapshot mount, Podman's "slirp4netns failed", a name conflict with an elided
 * id, nerdctl's bare "failed to create default network", swarm tasks missing bind sources, compose file validation
 * (PyYAML on one line, a duplicate merge key, compose v1's invalid types, "must be a mapping"), Docker Desktop's WSL
 * error body and Hyper-V's VM failures. Pure: the rules engine alone.
 */
import { expectRecognised, answer } from './support/recognised';

describe("the docker family's ninth catalog pass", () => {
  it.each([
    [
      'REQ http+docker://localhost/v1.40/containers/ubuntu/start\nRES {"cause":"OCI runtime error","message":"args must not be empty: OCI runtime error","response":500}',
      'docker',
      'OCI runtime error',
    ],
    ['1/1: invalid mount config for type "bind": bind mount source path does not exis…', 'docker', 'bind source path does not exist'],
    [
      "WARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested\nError while loading /qemu-binfmt-conf.sh: Exec format error",
      'docker',
      'exec format error',
    ],
    ['Cannot start service be: OCI runtime create failed:', 'docker', 'OCI runtime create failed'],
    [
      'Error response from daemon: mkdir /mnt/sda1/var/lib/docker/tmp/docker-builder882554616: read-only file system',
      'docker',
      'read-only file system',
    ],
    [
      'Timestamp: 2015-05-31 09:03:30.895404758 +0200 CEST\nCode: System error\n\nMessage: open /var/lib/docker/devicemapper/mnt/d68c341169cec947dda3104e469511f132d31a757c5bc2ef947f349c0322ad08/rootfs/etc/hostname: read-only file system\n\nFrames:\n---\n0: setupRootfs\nPackage: github.com/docker/libcontainer\nFile: rootfs_linux.go@29\n---\n1: Init\nPackage: github.com/docker/libcontainer.(*linuxStandardInit)\nFile: standard_init_linux.go@52',
      'docker',
      'read-only file system',
    ],
    ['Error response from daemon: mkdir /var/lib/docker/tmp/docker-builder125433410: read-only file system', 'docker', 'read-only file system'],
    [
      "Docker.Core.HttpBadResponseException:\nUnhandled exception: job failed with message: 'DockerDesktopVM' failed to start. (Virtual machine ID 57E5E042-7680-41EE-8EDA-6917CAF996F1)",
      'docker',
      'failed to start',
    ],
    [
      "The Virtual Machine Management Service failed to start the virtual machine 'DockerDesktopVM' because one of the Hyper-V components is not running",
      'docker',
      'one of the Hyper-V components is not running',
    ],
    [
      '# $ /usr/bin/podman run quay.io/libpod/testimage:20200917 /no/such/command\n# Error: executable file `/no/such/command` not found in $PATH: No such file or directory: OCI runtime command not found error',
      'docker',
      'executable file not found in $PATH',
    ],
    [
      'Error: executable file not found in $PATH: No such file or directory: OCI runtime command not found error',
      'docker',
      'executable file not found in $PATH',
    ],
    [
      'Windows 10 command docker-compose up returns "yaml.scanner.ScannerError: mapping values are not allowed here in ".\\docker-compose.yml", line 509, column 24"',
      'docker',
      'mapping values are not allowed here',
    ],
    [
      'Using docker compose up -d produce error  ` line 43: mapping key "<<" already defined at line 42`',
      'docker',
      'mapping key already defined',
    ],
    ['ctr: failed to mount /tmp/containerd-mount2119209094: no such file or directory', 'docker', 'no such file or directory'],
    ['ctr: failed to mount /tmp/containerd-mount369866465: read-only file system', 'docker', 'read-only file system'],
    [
      '$ podman run --detach --name nginx -p 8080:80 docker.io/nginx:stable \nTrying to pull docker.io/nginx:stable...Getting image source signatures\nCopying blob 8ca774778e85 done\nCopying blob 0f23e58bd0b7 done\nCopying blob 27833a3ba0a5 done\nCopying config 295c7be079 done\nWriting manifest to image destination\nStoring signatures\nError: slirp4netns failed',
      'docker',
      'slirp4netns failed',
    ],
    ['$ podman run --rm  alpine date\nError: slirp4netns failed', 'docker', 'slirp4netns failed'],
    [
      'received: FATA[0001] failed to verify networking settings: failed to create default network',
      'docker',
      'failed to create default network',
    ],
    [
      'docker: Error response from daemon: Conflict. The container name "/network-server" is already in use by container "6c8e1fc.......". You have to remove (or rename) that container to be able to reuse that name.',
      'docker',
      'Conflict (container name in use)',
    ],
    [
      "DOCKER > Validation failed in file './docker-compose.yml', reason(s):\nService 'drush' configuration key 'ports' '0' contains an invalid type, it should be a number\nService 'load' configuration key 'ports' '0' contains an invalid type, it should be a number",
      'docker',
      'contains an invalid type',
    ],
    [
      "> ERROR: In file '.\\docker-compose.dev.yml', service 'environment' must be a mapping not an array.",
      'docker',
      'contains an invalid type',
    ],
    ['services must be a mapping', 'docker', 'contains an invalid type'],
    [
      'An unexpected error was encountered while executing a WSL command. Common causes include access rights issues, which occur after waking the computer or not being connected to your domain/active directory.',
      'docker',
      'Unexpected WSL error',
    ],
    [
      '$ ./bin/podman-remote --url $MYSOCK run  alpine true\nError: /usr/bin/slirp4netns failed: "ioctl(TUNSETIFF): Device or resource busy\\nWARNING: Support for seccomp is experimental\\nchild failed(1)\\nWARNING: Support for seccomp is experimental\\n"',
      'docker',
      'slirp4netns failed',
    ],
    [
      'Error: /usr/bin/slirp4netns failed: "open(\\"/dev/net/tun\\"): Permission denied\\nWARNING: Support for seccomp is experimental\\nWARNING: Support for IPv6 is experimental\\nchild failed(1)\\nWARNING: Support for seccomp is experimental\\nWARNING: Support for IPv6 is experimental\\n"',
      'docker',
      'slirp4netns failed',
    ],
    [
      '[root@localhost ~]# docker service ps 6oqvnzqm5e6r73f766ce6g7z6\nID                         NAME                   IMAGE  NODE                   DESIRED STATE  CURRENT STATE                    ERROR\n4xxuxc11hi1djivfaqygetsww  ecstatic_curran.1      redis  localhost.localdomain  Ready          Rejected less than a second ago  "invalid bind mount source, so…"\n5tjri5dygi1emvtsxqf3w8knt   \\_ ecstatic_curran.1  redis  localhost.localdomain  Shutdown       Rejected 5 seconds ago           "invalid bind mount source, so…"\n8qyrb13zhhqm7u577gp509c4g   \\_ ecstatic_curran.1  redis  localhost.localdomain  Shutdown       Rejected 6 seconds ago           "invalid bind mount source, so…"',
      'docker',
      'bind source path does not exist',
    ],
    [
      'time="2016-09-12T12:01:02.431761020+08:00" level=error msg="failed to start taskManager" error="invalid bind mount source, source path not found: /datanotexist" module=agent',
      'docker',
      'bind source path does not exist',
    ],
    [
      'an unexpected error was encountered while executing a wsl command. common causes include access rights issues, which occur after waking the computer or not being connected to your domain/active directory.',
      'docker',
      'Unexpected WSL error',
    ],
    [
      '[An unexpected error was encountered while executing a WSL command]\n\nCommon causes include access rights issues, which occur after waking the computer or not being connected to your domain/active directory. Please try shutting WSL down (wsl --shutdown) and/or rebooting your computer. If not sufficient, WSL may need to be reinstalled fully. As a last resort, try to uninstall/reinstall Docker Desktop. If the issue persists please collect diagnostics and submit an issue (Troubleshoot Docker Desktop | Docker Docs).',
      'docker',
      'Unexpected WSL error',
    ],
  ] as const)('recognises real text %# as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it.each([
    [
      "ERROR: for daemon  Cannot start service daemon: OCI runtime create failed: container_linux.go:380: starting container process caused: process_linux.go:545: container init caused: process_linux.go:508: setting cgroup config for procHooks process caused: resulting devices cgroup doesn't match target mode: unknown",
      'docker',
      'OCI runtime create failed',
    ],
    [
      'docker: Error response from daemon: OCI runtime create failed: container_linux.go:367: starting container process caused: process_linux.go:495: container init caused: apply apparmor profile: apparmor failed to apply profile: write /proc/self/attr/exec: invalid argument: unknown.\nERRO[0000] error waiting for container: context canceled',
      'docker',
      'OCI runtime create failed',
    ],
    [
      'ERROR: for bot  Cannot create container for service bot: invalid mount config for type "bind": bind source path does not exist',
      'docker',
      'bind source path does not exist',
    ],
    [
      'docker: Error response from daemon: invalid mount config for type "bind": bind source path does not exist: /home/USERNAME.',
      'docker',
      'bind source path does not exist',
    ],
    [
      "$ docker run --rm --privileged multiarch/qemu-user-static --reset -p yes\nWARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested\nexec /register: exec format error",
      'docker',
      'exec format error',
    ],
    [
      "docker: Error response from daemon: error while creating mount source path '/path/to/root': mkdir /path: read-only file system.",
      'docker',
      'error while creating mount source path',
    ],
    [
      'Error response from daemon: NetworkDriver.CreateNetwork: Setup iptables chains failed: Failed to create NAT chain: Iptables not found',
      'docker',
      'Iptables not found',
    ],
    [
      'System.InvalidOperationException:\nFailed to deploy distro docker-desktop to C:\\Users\\harikpx\\AppData\\Local\\Docker\\wsl\\distro: exit code: -1\n stdout: Please enable the Virtual Machine Platform Windows feature and ensure virtualization is enabled in the BIOS.\n\nFor information please visit https://aka.ms/wsl2-install\n\n stderr: \n   at Docker.ApiServices.WSL2.WslShortLivedCommandResult.LogAndThrowIfUnexpectedExitCode(String prefix, ILogger log, Int32 expectedExitCode) in C:\\workspaces\\PR-15077\\src\\github.com\\docker\\pinata\\win\\src\\Docker.ApiServices\\WSL2\\WslCommand.cs:line 146',
      'docker',
      'Failed to deploy distro',
    ],
    [
      'docker buildx bake image-all\n_[+] Building 0.0s (0/0)\nERROR: multiple platforms feature is currently not supported for docker driver. Please switch to a different driver (eg. "docker buildx create --use")_',
      'docker',
      'multiple platforms feature is currently not supported',
    ],
    [
      'sudo docker-compose up -d\nERROR: yaml.scanner.ScannerError: mapping values are not allowed here\n  in "./docker-compose.yml", line 7, column 19',
      'docker',
      'mapping values are not allowed here',
    ],
    [
      '# ctr run --rm --mount type=bind,src=$PWD,dst=/context -t gcr.io/kaniko-project/executor:latest builder /kaniko/executor --no-push --dockerfile Dockerfile --context dir:///context\nctr: OCI runtime create failed: container_linux.go:344: starting container process caused "process_linux.go:424: container init caused \\"rootfs_linux.go:58: mounting \\\\\\"/root/test/x11\\\\\\" to rootfs \\\\\\"/run/containerd/io.containerd.runtime.v1.linux/default/builder/rootfs\\\\\\" at \\\\\\"/run/containerd/io.containerd.runtime.v1.linux/default/builder/rootfs/context\\\\\\" caused \\\\\\"no such device\\\\\\"\\"": unknown',
      'docker',
      'OCI runtime create failed',
    ],
    [
      'FATA[0000] failed to create default network: needs CNI plugin "bridge" to be installed in CNI_PATH ("/opt/cni/bin"), see https://github.com/containernetworking/plugins/releases: exec: "/opt/cni/bin/bridge": stat /opt/cni/bin/bridge: no such file or directory',
      'docker',
      'needs CNI plugin',
    ],
    [
      "'Error response from daemon: Conflict, The name gitlab is already assigned to xxxxxxxxx. You have to delete (or rename) that container to be able to assign gitlab to a container again.'",
      'docker',
      'Conflict (container name in use)',
    ],
    ['validating /home/ubuntu/mixpost/docker-compose.yml: services.mixpost.environment must be a mapping', 'docker', 'contains an invalid type'],
    [
      "$ docker-compose up\n    ERROR: Validation failed in file './docker-compose.yml', reason(s):\n    Service 'wekandb' configuration key 'ports' contains an invalid type, it should be an array",
      'docker',
      'contains an invalid type',
    ],
    [
      'Network netprobe_custom_network Error\nfailed to create network netprobe_custom_network: Error response from daemon: Pool overlaps with other one on this address space',
      'docker',
      'Pool overlaps with other one on this address space',
    ],
    [
      'q3fwihdpi151qt16mk91bfbhz   mon_node-exporter.5z9tkt047odlk149n1o5s1jan       stefanprodan/swarmprom-node-exporter:v0.15.2@sha256:0575845ee924fa91138804663a12207ed53a56542d257273ffb9b30e22b78cd1   linuxkit-025000000001   Ready               Rejected less than a second ago   "invalid mount config for type "bind": bind source path does not exist"',
      'docker',
      'bind source path does not exist',
    ],
    ['$ docker network inspect foobar\n[]\nError response from daemon: network foobar not found', 'docker', 'no such network'],
  ] as const)('leaves near miss %# alone', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it.each([
    // the mount source the daemon could not create keeps its own phrase; podman's missing slirp4netns binary keeps
    // runc's phrase; a container already connected to a network is no name conflict
    [
      "docker: Error response from daemon: error while creating mount source path '/opt/homeseer': mkdir /opt/homeseer: read-only file system.",
      'read-only file system',
    ],
    [
      'ERRO[0000] could not find slirp4netns, the network namespace won\'t be configured: exec: "slirp4netns": executable file not found in $PATH',
      'slirp4netns failed',
    ],
    [
      'Error response from daemon: Conflict. A container with name "test" is already connected to network dev1.',
      'Conflict (container name in use)',
    ],
  ] as const)('does not answer near miss %# with the new phrase', (error, errorType) => {
    expect(answer(error).error_type).not.toBe(errorType);
  });

  it('repeats the names the messages give in the fixes', () => {
    const fix = answer(
      'docker: Error response from daemon: Conflict. The container name "/network-server" is already in use by container "6c8e1fc.......". You have to remove (or rename) that container to be able to reuse that name.',
    )
      .fixes.map((f) => f.code ?? '')
      .join('\n');
    expect(fix).toContain('docker rm -f network-server');
  });
});
