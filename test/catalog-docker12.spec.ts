/**
 * A twelfth catalog pass over the Docker family, at run time and around the daemon as really pasted: the daemon's
 * embedded DNS server failing to reach its upstream resolver ("[resolver] read from DNS server failed", "failed to
 * query external DNS server"), `docker ps` rows of containers a signal ended ("Exited (139) …", 143) and compose's
 * "exited with code 143", Docker Desktop's WSL engine that would not start and its Windows and macOS diagnostics,
 * rootless Podman's rootlessport refusing a port below 1024, bind mounts Docker Desktop cannot stat (and the older
 * escaped "bind mount source path"), a containerd binary's symbol lookup error in its unit's journal, the daemon's
 * start-up line cut by systemctl status, and a prestart hook naming a deleted dockerd. Pure: the rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

describe("the Docker family's twelfth catalog pass", () => {
  it.each([
    [
      'invalid mount config for type \\"bind\\": bind mount source path does not exist: /home/docker/data',
      'docker',
      'bind source path does not exist',
    ],
    [
      'Error response from daemon: invalid mount config for type "bind": stat /run/desktop/mnt/host/c/Users/rober/tryddevproject: input/output error',
      'docker',
      'input/output error',
    ],
    [
      "Dec 31 03:10:03 NAP-CE-LAP-033 systemd[1]: Starting Docker Application Container Engine...\nDec 31 03:10:03 NAP-CE-LAP-033 docker[10087]: unable to configure the Docker daemon with file /etc/docker/d\nDec 31 03:10:03 NAP-CE-LAP-033 systemd[1]: docker.service: Main process exited, code=exited, status=1/FAILU\nDec 31 03:10:03 NAP-CE-LAP-033 systemd[1]: docker.service: Failed with result 'exit-code'.\nDec 31 03:10:03 NAP-CE-LAP-033 systemd[1]: Failed to start Docker Application Container Engine.",
      'docker',
      'unable to configure the Docker daemon with file',
    ],
    [
      'docker: Error response from daemon: invalid header field value "oci runtime error: container_linux.go:247: starting container process caused \\"process_linux.go:334: running prestart hook 0 caused \\\\\\"fork/exec /usr/bin/dockerd (deleted): no such file or directory\\\\\\"\\"\\n".',
      'docker',
      'no such file or directory',
    ],
    [
      'Nov  7 00:02:04 local10-stt1-1-prd.local.internal.net dockerd[51586]: time="2018-11-07T00:02:04.920108315Z" level=debug msg="[resolver] read from DNS server failed, read udp 172.18.0.7:45569->10.253.128.235:53: i/o timeout"',
      'docker',
      'i/o timeout',
    ],
    ['sg="[resolver] read from DNS server failed, read udp 172.19.0.4:42216->100.108.191.250:53: i/o timeout"', 'docker', 'i/o timeout'],
    [
      "Oct 01 14:27:30 pjiandan.remote.csb containerd[6711]: /usr/bin/containerd: symbol lookup error: /usr/bin/containerd: undefined symbol: seccomp_api_set\nOct 01 14:27:30 pjiandan.remote.csb systemd[1]: containerd.service: Main process exited, code=exited, status=127/n/a\nOct 01 14:27:30 pjiandan.remote.csb systemd[1]: containerd.service: Failed with result 'exit-code'.\nOct 01 14:27:30 pjiandan.remote.csb systemd[1]: Failed to start containerd container runtime.",
      'docker',
      'symbol lookup error',
    ],
    [
      'running engine: waiting for the VM setup to be ready: starting WSL engine: bootstrapping in the main distro: running wsl-bootstrap: exit status 2',
      'docker',
      'starting WSL engine',
    ],
    [
      'running engine: waiting for the Docker API: engine linux/wsl failed to run: starting WSL engine: error spotted in wslbootstrap log: "[2025-07-04T03:51:17.667630838Z][wsl-bootstrap][F] preparing environment: mounting cli-tools iso: ensuring drive c is mounted: running mount -t drvfs c:\\\\ /tmp/host/c -o noatime: <3>WSL (18 - ) ERROR: UtilConnectVsock:606: connect port 50002 failed 110"',
      'docker',
      'starting WSL engine',
    ],
    [
      '2023/05/16 18:34:20 error checking if default wsl distro is running: exec: "wsl": executable file not found in %PATH%',
      'docker',
      'executable file not found in %PATH%',
    ],
    [
      '[vagrant@vagrant-kubernetes ~]$ docker ps -a|grep tomcat\n91c01eccfdda        tomcat               "catalina.sh run"        About a minute ago   Exited (139) 7 seconds ago                       tomcat',
      'docker',
      'segmentation fault',
    ],
    [
      '[vagrant@vagrant-kubernetes ~]$ docker ps -a|grep tomcat\n91c01eccfdda        tomcat               "catalina.sh run"        About a minute ago   Exited (143) 7 seconds ago                       tomcat',
      'docker',
      'Terminated',
    ],
    [
      ' root@ubuntu#docker ps -a\nCONTAINER ID        IMAGE               COMMAND             CREATED             STATUS                      PORTS               NAMES\n7b606d820b89        android             "/anbox-init.sh"    15 hours ago        Exited (139) 15 hours ago                       condescending_jackson',
      'docker',
      'segmentation fault',
    ],
    ['docker fatal error com.docker.osx.hyperkit failed to start exit code 1', 'docker', 'failed to start'],
    [
      '3 : The test: are the backend processes running?\n    Failed with: 3 errors occurred:\n\t* com.docker.vpnkit is not running\n\t* com.docker.driver.amd64-linux is not running\n\t* qemu-system-aarch64 is not running',
      'docker',
      'com.docker.vpnkit is not running',
    ],
    [
      'podman run -p 80:80 fedora echo hello\nError: failed to expose ports via rootlessport: "cannot expose privileged port 80, you might need to add \\"net.ipv4.ip_unprivileged_port_start=0\\" (currently 1024) to /etc/sysctl.conf, or choose a larger port number (>= 1024): listen tcp 0.0.0.0:80: bind: permission denied\\n"',
      'docker',
      'permission denied',
    ],
    [
      'Error: unable to start container "7299d4604500c29c9b109f4bb8ff5447171e6692e507e900ddfe5975b1e16997": rootlessport cannot expose privileged port 80, you can add \'net.ipv4.ip_unprivileged_port_start=80\' to /etc/sysctl.conf (currently 1024), or choose a larger port number (>= 1024): listen tcp 0.0.0.0:80: bind: permission denied',
      'docker',
      'permission denied',
    ],
    [
      '3 : The test: is the Docker Desktop Service responding?\n                            Failed with: failed to ping com.docker.service with error: Get "http://ipc/ping": open \\\\.\\pipe\\dockerBackendV2: The system cannot find the file specified.',
      'docker',
      'Docker Desktop Service is not running',
    ],
    ['polr exited with code 143', 'docker', 'Terminated'],
    // The same reading for SIGKILL's status (the container's own pattern answered `exit code 137`).
    ['api-1  | <--- Last few GCs --->\napi-1 exited with code 137', 'docker', 'Killed'],
    [
      'f5c80933c38d        project_b         "cmd-b"   2 minutes ago       Exited (137) 12 seconds ago              project_b_1',
      'docker',
      'Killed',
    ],
    ['"State": {\n    "Status": "exited",\n    "OOMKilled": true,\n    "ExitCode": 137\n}', 'docker', 'OOMKilled'],
    [
      '$ docker ps -a\nCONTAINER ID        IMAGE             COMMAND   CREATED             STATUS                       PORTS       NAMES\nbcf51d98a528        project_a         "cmd-a"   2 minutes ago       Exited (143) 12 seconds ago              project_a_1\nf5c80933c38d        project_b         "cmd-b"   2 minutes ago       Exited (1) 12 seconds ago                project_b_1',
      'docker',
      'Terminated',
    ],
    [
      '`running engine: waiting for the VM setup to be ready: starting WSL engine: bootstrapping in the main distro: context canceled`',
      'docker',
      'starting WSL engine',
    ],
    [
      'bootstrapping in the main distro: listing WSL distros: running WSL command wsl.exe C:\\WINDOWS\\System32\\wsl.exe -l -v --all: context deadline exceeded',
      'docker',
      'Unexpected WSL error',
    ],
    [
      'time="2024-11-07T16:56:43.364936084Z" level=error msg="[resolver] failed to query external DNS server" client-addr="udp:127.0.0.1:54611" dns-server="udp:127.0.0.11:53" error="read udp 127.0.0.1:54611->127.0.0.11:53: i/o timeout" question=";proxy.local.\\tIN\\t A" spanID=3454aa19ebd11c4c traceID=da7dd444d1241e30eddf154480a9775d',
      'docker',
      'i/o timeout',
    ],
  ])('answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it.each([
    ['Error: Process completed with exit code 143.', 'shell', 'Terminated'],
    ['The process exited with code 143', 'shell', 'Terminated'],
    [
      "unable to configure the Docker daemon with file /etc/docker/daemon.json: invalid character '}' looking for beginning of object key string",
      'docker',
      'unable to configure the Docker daemon with file',
    ],
    ['Error: rootlessport listen tcp 0.0.0.0:80: bind: permission denied', 'docker', 'permission denied'],
    [
      'task of type run cancelled: failed to create container: Error response from daemon: invalid mount config for type "bind": bind source path does not exist: /host_mnt/private/var/folders/6t/nky73jj94hlcpcf1gf2mljb00000gn/T/testground/data/outputs/local_docker/generated-plan/ce7qchi92d3igkatnb60/0',
      'docker',
      'bind source path does not exist',
    ],
    [
      '[FAIL] DD0007: is the backend responding? failed to ping com.docker.backend with error: Get "http://ipc/ping": dial unix Library/Containers/com.docker.docker/Data/docker-api.sock: connect: connection refused',
      'docker',
      'failed to ping backend',
    ],
    [
      'An unexpected error occurred while executing a WSL command.\n\nEither shut down WSL down with wsl --shutdown, and/or reboot your machine. You can also try reinstalling WSL and/or Docker Desktop. If the issue persists, collect diagnostics and submit an issue.\n\ndeploying WSL2 distributions\nensuring data disk is available: exit code: 4294967295: running WSL command wsl.exe C:\\Windows\\System32\\wsl.exe --mount --bare --vhd \\AppData\\Local\\Docker\\wsl\\disk\\docker_data.vhdx: Invalid command line option: --mount',
      'docker',
      'deploying WSL2 distributions',
    ],
    [
      'Th08 25 15:48:51 caas-693-253 docker[14946]: time="2016-08-25T15:48:51.055451752+07:00" level=error msg="Attempting next endpoint for pull after error: Get https://10.30.70.16:5000/v2/: http: server gave HTTP response to HTTPS client"',
      'docker',
      'server gave HTTP response to HTTPS client',
    ],
  ])('still answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it('offers the port the rootless container asked for to unprivileged users', () => {
    expect(
      fixText(
        "Error: rootlessport cannot expose privileged port 80, you can add 'net.ipv4.ip_unprivileged_port_start=80' to /etc/sysctl.conf (currently 1024), or choose a larger port number (>= 1024): listen tcp 0.0.0.0:80: bind: permission denied",
      ),
    ).toContain('net.ipv4.ip_unprivileged_port_start=80');
  });

  it('names the container whose status docker ps showed', () => {
    expect(
      fixText(
        '91c01eccfdda        tomcat               "catalina.sh run"        About a minute ago   Exited (143) 7 seconds ago                       tomcat',
      ),
    ).toContain('docker logs --tail 50 tomcat');
  });
});
