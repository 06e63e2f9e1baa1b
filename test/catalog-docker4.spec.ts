/**
 * A fourth catalog pass over Docker's messages, from the daemon's side: dockerd's and containerd's
 * own log lines (journald, logrus, the API handler's "returned error"), dockerd unable to reach
 * containerd, containerd's shims, a daemon binary that does not load, buildx's builders, an API
 * version too old for a prune, a prune's filters, a daemon that drops the connection, Docker
 * Desktop's backend on macOS and rootless set-up without systemd. Go's words inside them stay
 * Docker's error; a Go program's own error stays Go's, a kubelet's stays Kubernetes'. Pure: the
 * rules engine alone.
 */
import { engine, expectRecognised, fixText } from './support/recognised';

const D = 'docker';

describe("Docker's messages (fourth catalog pass)", () => {
  it.each([
    // dockerd and containerd
    [
      'Jul 30 13:26:43 localhost.localdomain dockerd[3867]: Failed to connect to containerd: failed to dial "/var/run/docker/containerd/docker-containerd.sock": context deadline exceeded',
      D,
      'Failed to connect to containerd',
    ],
    [
      'Feb 20 04:45:22  dockerd[21083]: Failed to connect to containerd: failed to dial "/var/run/docker/containerd/docker-containerd.sock": context deadline exceeded\nFeb 20 04:45:22  systemd[1]: docker.service: Main process exited, code=exited, status=1/FAILURE\nFeb 20 04:45:22  systemd[1]: Failed to start Docker Application Container Engine.',
      D,
      'Failed to connect to containerd',
    ],
    [
      "$ sudo docker run hello-world\ndocker: Error response from daemon: failed to create task for container: Unimplemented: failed to start shim: start failed: unsupported shim version (3): not implemented\n\nRun 'docker run --help' for more information",
      D,
      'unsupported shim version',
    ],
    [
      '$ ctr --debug run --tty  -b ~/tmp/ocibundle/busybox foo\nrpc error: code = 2 desc = shim exited prematurely with exit code 0 (log: "{\\"level\\": \\"warn\\",\\"msg\\": \\"invalid argument\\"}")',
      D,
      'shim exited prematurely',
    ],
    ['docker run --rm -it alpine sh\ndocker: Error response from daemon: shim error: open pid: no such file or directory.', D, 'shim error'],
    [
      'time="2016-09-04T14:18:27.636540235+03:00" level=info msg="libcontainerd: new containerd process, pid: 16776"\nIncorrect Usage.\nflag provided but not defined: -shim',
      D,
      'flag provided but not defined',
    ],
    [
      'Oct 01 14:27:30 host containerd[6711]: /usr/bin/containerd: symbol lookup error: /usr/bin/containerd: undefined symbol: seccomp_api_set',
      D,
      'symbol lookup error',
    ],
    [
      'Error response from daemon: NetworkDriver.CreateNetwork: Setup iptables chains failed: Failed to create NAT chain: Iptables not found',
      D,
      'Iptables not found',
    ],
    // the daemon's own log lines
    [
      'Nov 23 15:00:08 mi-worker-003 docker[13777]: time="2015-11-23T15:00:08.184122883Z" level=fatal msg="Shutting down due to ServeAPI error: No sockets found"',
      D,
      'No sockets found',
    ],
    [
      'Dec 27 01:05:46 leon dockerd[837]: time="2023-12-27T01:05:46.780516480+01:00" level=warning msg="Failed to create DOCKER-USER IPV4 chain" error="iptables failed: iptables -t filter -N DOCKER-USER: iptables: Chain already exists.\\n (exit status 1)"',
      D,
      'Chain already exists',
    ],
    [
      'Oct 11 07:40:42 dockerd[19750]: time="2019-10-11T07:40:42.336625206Z" level=error msg="a4b4c137fb97177595bffcb3d4a6ba9317946631f73534bf44b18e6936878d22 cleanup: failed to delete container from containerd: no such container"',
      D,
      'no such container',
    ],
    [
      'time="2019-02-27T13:46:42.887661485Z" level=error msg="Create container failed with error: open /var/run/docker/libcontainerd/containerd/bcb5b8366904f82c53c41abb8cada31687ee376e7674483b237935378cef7147/init/shim-log.json: no such file or directory"',
      D,
      'no such file or directory',
    ],
    [
      'Oct 05 07:11:49 razvan-test-z.novalocal dockerd[1038362]: time="2022-10-05T07:11:49.297389135Z" level=error msg="Error collecting stats" error="cgroups: cgroup deleted: unknown"',
      D,
      'cgroup deleted',
    ],
    [
      'Oct 11 07:40:41 dockerd[19750]: time="2019-10-11T07:40:41.836770354Z" level=error msg="Handler for POST /v1.24/containers/21bf691661f699eec889383d5d0c982306ebed95a65c02f9d50b549c2174ee07/start returned error: no status provided on response: unknown"',
      D,
      'no status provided on response',
    ],
    [
      'May 13 00:02:41 wanghuo dockerd[2992]: time="2023-05-13T00:02:41.901398158Z" level=error msg="Handler for POST /v1.41/containers/create returned error: operation not supported"',
      D,
      'operation not supported',
    ],
    [
      'ERRO[0043] Handler for POST /containers/create returned error: Could not get container for riak01\nERRO[0043] HTTP Error                                    err=Could not get container for riak01 statusCode=500',
      D,
      'Handler returned error',
    ],
    [
      'Th08 25 17:15:40 caas-693-253 docker[14946]: time="2016-08-25T17:15:40.460269677+07:00" level=error msg="Error running exec in container: rpc error: code = 2 desc = oci runtime error: exec failed: exec: \\"bash\\": executable file not found in $PATH"',
      D,
      'executable file not found in $PATH',
    ],
    [
      'Dec 15 18:50:40 node-1-vm dockerd[2186]: time="2016-12-15T18:50:40.038971706Z" level=error msg="Handler for POST /v1.24/containers/b4cfa1a4d7c0/start returned error: oci runtime error: exec: \\"/docker-entrypoint.sh\\": stat /docker-entrypoint.sh: no such file or directory"',
      D,
      'executable file not found in $PATH',
    ],
    // more specific Docker patterns keep their answer inside a log line
    [
      'Th08 25 16:51:51 caas-693-253 docker[14946]: time="2016-08-25T16:51:51.055451752+07:00" level=error msg="Attempting next endpoint for pull after error: Get https://10.30.70.16:5000/v2/: http: server gave HTTP response to HTTPS client"',
      D,
      'server gave HTTP response to HTTPS client',
    ],
    [
      'Th08 25 17:15:20 caas-693-253 docker[14946]: time="2016-08-25T17:15:20.843441930+07:00" level=error msg="Handler for POST /v1.24/containers/create returned error: No such image: registry:latest"',
      D,
      'no such image',
    ],
    // the CLI and the API
    ['"container prune" requires API version 1.25, but the Docker daemon API version is 1.24', D, 'requires API version'],
    [
      "$ docker system prune\nWARNING! This will remove:\n  - all stopped containers\nAre you sure you want to continue? [y/N] y\nError response from daemon: Invalid filter 'force'",
      D,
      'Invalid filter',
    ],
    [
      '$ docker system prune\nAre you sure you want to continue? [y/N] y\nerror during connect: Post http://%2Fvar%2Frun%2Fdocker.sock/v1.29/images/prune?filters=%7B%22dangling%22%3A%7B%22true%22%3Atrue%7D%7D: EOF',
      D,
      'EOF',
    ],
    // buildx builders
    [
      '$ docker buildx create --name mybuilder --driver docker-container --bootstrap\nERROR: failed to initialize builder mybuilder (mybuilder0): context deadline exceeded',
      D,
      'failed to initialize builder',
    ],
    [
      '$ buildx create --bootstrap --name=kube --driver=kubernetes --driver-opt=namespace=buildkit,replicas=4,loadbalance=test\nERROR: failed to initialize builder kube (kube0): invalid loadbalance "test"',
      D,
      'failed to initialize builder',
    ],
    [
      'existing instance for builder but no append mode, specify --node to make changes for existing instances',
      D,
      'existing instance for builder but no append mode',
    ],
    [
      '$ docker buildx create --name builder --use builder\nERROR: instance name "builder" already exists as context builder',
      D,
      'already exists as context',
    ],
    ['docker buildx create --name mybuilder --driver docker --use\nerror: failed to find driver "docker"', D, 'failed to find driver'],
    [
      '$ docker buildx ls\nNAME/NODE         DRIVER/ENDPOINT  STATUS PLATFORMS\nmy-arm-instance   docker\n  my-arm-instance my-arm-instance  listing workers: failed to list workers: rpc error: code = DeadlineExceeded desc = context deadline exceeded',
      D,
      'failed to list workers',
    ],
    // the TLS failure under a builder stays the type
    [
      'docker buildx create default\nERROR: failed to initialize builder confident_germain (confident_germain0): Error response from daemon: Client sent an HTTP request to an HTTPS server.',
      D,
      'Client sent an HTTP request to an HTTPS server',
    ],
    // Docker Desktop (macOS) and rootless
    ['Fatal Error\ncom.docker.backend cannot start\nExit code 2', D, 'com.docker.backend cannot start'],
    [
      '[FAIL] DD0007: is the backend responding? failed to ping com.docker.backend with error: Get "http://ipc/ping": dial unix Library/Containers/com.docker.docker/Data/docker-api.sock: connect: connection refused',
      D,
      'failed to ping backend',
    ],
    ['The operation couldn’t be completed. (Docker.VmnetdError error 1.)', D, 'VmnetdError'],
    ['[INFO] systemd not detected\nsystemd is not detected, dockerd daemon needs to be started manually', D, 'systemd is not detected'],
    // guards: a Go program's own errors stay Go's, a kubelet's stay Kubernetes'
    [
      'panic: open /etc/app/config.yaml: no such file or directory\n\ngoroutine 1 [running]:\nmain.main()\n\t/app/main.go:12 +0x1d',
      'go',
      'panic',
    ],
    [
      'time="2024-01-02T10:00:00Z" level=error msg="failed to load config" error="open config.yaml: no such file or directory"\nexit status 1',
      'go',
      'no such file or directory',
    ],
    [
      'time="2024-01-02T10:00:00Z" level=fatal msg="server stopped" error="listen tcp :8080: bind: address already in use"',
      'go',
      'address already in use',
    ],
  ])('%s', (message, language, errorType) => {
    expectRecognised(message, language, errorType);
  });

  it("leaves a program's own flag error to the program", () => {
    expect(engine.analyse({ error: 'flag provided but not defined: -shim\nUsage of ./server:\n  -port int' }).translation.language).not.toBe(D);
  });

  it("does not take a kubelet's CRI call for Docker's log line", () => {
    const t = engine.analyse({
      error:
        'Jan 02 10:00:00 node1 containerd[812]: time="2024-01-02T10:00:00.000000000Z" level=error msg="RunPodSandbox for &PodSandboxMetadata{Name:web-0,Namespace:default,} failed, error" error="failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: no such file or directory"',
    });
    expect(t.patternId).not.toBe('docker.daemon-log-error');
  });

  it('names what the message captured in its fixes', () => {
    expect(
      fixText(
        'dockerd[3867]: Failed to connect to containerd: failed to dial "/var/run/docker/containerd/docker-containerd.sock": context deadline exceeded',
      ),
    ).toContain('ls -l /var/run/docker/containerd/docker-containerd.sock');
    expect(
      fixText('containerd[6711]: /usr/bin/containerd: symbol lookup error: /usr/bin/containerd: undefined symbol: seccomp_api_set'),
    ).toContain('ldd /usr/bin/containerd');
    expect(fixText('ERROR: failed to initialize builder mybuilder (mybuilder0): context deadline exceeded')).toContain(
      'docker buildx rm mybuilder',
    );
    expect(
      fixText(
        'level=error msg="Handler for GET /v1.17/containers/bb105575187c7a58762733e47e48ce098495af6067850760e0bda2fa2cde5f41/stats returned error: cgroup deleted"',
      ),
    ).toContain('grep bb105575187c');
  });
});
