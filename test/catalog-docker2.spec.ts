/**
 * A second catalog pass over Docker's messages (issue 12): Docker Desktop's WSL 2 and virtualisation
 * errors on Windows and its privileged helper on macOS, Windows containers, the CLI reaching a remote
 * daemon (dind in CI, TLS, ssh:// hosts, buildx), rootless Docker's set-up, containerd's configuration,
 * address pools, pulls cut short and BuildKit steps. Pure: the rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

const D = 'docker';

describe("Docker's messages (second catalog pass)", () => {
  it.each([
    // Docker Desktop on Windows
    [
      'WSL 2 installation is incomplete.\nThe WSL 2 Linux kernel is now installed using a separate MSI update package. Please click the link and follow the instructions to install the kernel update: https://aka.ms/wsl2kernel.\n\nPress Restart after installing the Linux kernel.',
      D,
      'WSL 2 installation is incomplete',
    ],
    [
      'Docker Desktop - WSL 2 installation is incomplete\nThe WSL 2 Linux kernel is now installed using a separate MSI update package.',
      D,
      'WSL 2 installation is incomplete',
    ],
    [
      'Hardware assisted virtualization and data execution protection must be enabled in the BIOS. See https://docs.docker.com/docker-for-windows/troubleshoot/#virtualization-must-be-enabled',
      D,
      'Hardware assisted virtualization and data execution protection must be enabled in the BIOS',
    ],
    [
      'An error occurred: Hardware assisted virtualization and data execution protection must be enabled in the BIOS. See https://docs.docker.com/docker-for-windows/troubleshoot/#virtualization-must-be-enabled',
      D,
      'Hardware assisted virtualization and data execution protection must be enabled in the BIOS',
    ],
    [
      "Docker Desktop - Docker Desktop failed to start\nDocker Desktop failed to start because virtualisation support wasn't detected. Contact your IT admin to enable virtualization or check system requirements.",
      D,
      "virtualisation support wasn't detected",
    ],
    [
      'Docker Desktop requires a newer WSL kernel version.\nUpdate the WSL kernel by running "wsl --update" or follow instructions at https://docs.microsoft.com/windows/wsl/wsl2-kernel.',
      D,
      'Docker Desktop requires a newer WSL kernel version',
    ],
    [
      'Docker Desktop - Unexpected WSL error\nAn unexpected error was encountered while executing a WSL command. Common causes include access rights issues, which occur after waking the computer or not being connected to your domain/active directory.\n\nPlease try shutting WSL down (wsl --shutdown) and/or rebooting your computer.',
      D,
      'Unexpected WSL error',
    ],
    [
      'Docker Desktop - Unexpected WSL error\nError details:\n2 errors occurred:\n    * provisioning docker WSL distros: deploying "docker-desktop": importing WSL distro "The system cannot find the file specified. \\r\\nError code: Wsl/Service/RegisterDistro/ERROR_FILE_NOT_FOUND\\r\\n" output="docker-desktop": exit code: 4294967295',
      D,
      'ERROR_FILE_NOT_FOUND',
    ],
    [
      'deploying WSL2 distributions\nensuring data disk is available: exit code: 4294967295: running WSL command wsl.exe C:\\WINDOWS\\System32\\wsl.exe --unregister docker-desktop-data',
      D,
      'deploying WSL2 distributions',
    ],
    [
      'Docker Desktop - WSL update failed\nAn error occurred while updating WSL.\n\nYou can manually update using wsl --update.\n\nupdate failed: updating wsl: exit code: 4294967295: running WSL command wsl.exe C:\\WINDOWS\\System32\\wsl.exe --update --web-download',
      D,
      'WSL update failed',
    ],
    [
      'System.InvalidOperationException:\nFailed to deploy distro docker-desktop to C:\\Users\\karthik.k\\AppData\\Local\\Docker\\wsl\\distro: exit code: -1\n stdout: The operation could not be started because a required feature is not installed.\n\n stderr: \n   at Docker.ApiServices.WSL2.WslShortLivedCommandResult.LogAndThrowIfUnexpectedExitCode(String prefix, ILogger log, Int32 expectedExitCode) in C:\\workspaces\\PR-15387\\src\\github.com\\docker\\pinata\\win\\src\\Docker.ApiServices\\WSL2\\WslCommand.cs:line 146\n   at Docker.Engines.WSL2.WSL2Provisioning.<DeployDistroAsync>d__17.MoveNext()',
      D,
      'Failed to deploy distro',
    ],
    [
      'System.InvalidOperationException:\nFailed to set version to docker-desktop: exit code: -1\n stdout: Please enable the Virtual Machine Platform Windows feature and ensure virtualization is enabled in the BIOS.\n\n stderr: \n   at Docker.ApiServices.WSL2.WslShortLivedCommandResult.LogAndThrowIfUnexpectedExitCode(String prefix, ILogger log, Int32 expectedExitCode)',
      D,
      'Failed to set version',
    ],
    [
      "$ docker ps\n\nThe command 'docker' could not be found in this WSL 2 distro.\nWe recommend to activate the WSL integration in Docker Desktop settings.\n\nFor details about using Docker Desktop with WSL 2, visit:\n\nhttps://docs.docker.com/go/wsl2/",
      D,
      'could not be found in this WSL 2 distro',
    ],
    ['Docker Desktop stopped...', D, 'Docker Desktop stopped'],
    [
      'Docker Desktop Service is not running, would you like to start it? Windows will ask you for elevated access.',
      D,
      'Docker Desktop Service is not running',
    ],
    ['Docker.app: failed to start: Docker Desktop is not running: please start Docker Desktop', D, 'Docker Desktop is not running'],
    // the named pipe
    [
      'error during connect: this error may indicate that the docker daemon is not running: Get "http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.24/version": open //./pipe/docker_engine: The system cannot find the file specified.',
      D,
      'Cannot connect to the Docker daemon',
    ],
    [
      'Server:\nERROR: error during connect: Get "http://%2F%2F.%2Fpipe%2FdockerDesktopLinuxEngine/v1.47/info": open //./pipe/dockerDesktopLinuxEngine: The system cannot find the file specified.\nerrors pretty printing info',
      D,
      'Cannot connect to the Docker daemon',
    ],
    // Docker Desktop on macOS
    [
      'Cannot connect to the Docker daemon at unix:///Users/jane/.docker/run/docker.sock. Is the docker daemon running?',
      D,
      'Cannot connect to the Docker daemon',
    ],
    ['com.docker.vmnetd is not running', D, 'vmnetd is not running'],
    [
      '[ERROR]  vmnetd\n         Connection refused (ECONNREFUSED) connecting to /var/tmp/com.docker.vmnetd.socket: check if service is running',
      D,
      'vmnetd is not running',
    ],
    [
      'Malware Blocked\n"com.docker.vmnetd" was not opened because it contains malware. This action did not harm your Mac.',
      D,
      'Malware Blocked',
    ],
    // Windows containers
    ['no matching manifest for windows/amd64 10.0.17763 in the manifest list entries', D, 'no matching manifest'],
    [
      'PS C:\\> docker pull nginx\nUsing default tag: latest\nlatest: Pulling from library/nginx\nno matching manifest for windows/amd64 10.0.19045 in the manifest list entries',
      D,
      'no matching manifest',
    ],
    ['Error response from daemon: image operating system "linux" cannot be used on this platform', D, 'cannot be used on this platform'],
    [
      'docker: Error response from daemon: image operating system "windows" cannot be used on this platform: operating system is not supported.\nSee \'docker run --help\'.',
      D,
      'cannot be used on this platform',
    ],
    [
      'docker: Error response from daemon: hcsshim::CreateComputeSystem 8a2c: The container operating system does not match the host operating system.\n(extra info: {"SystemType":"Container"})',
      D,
      'The container operating system does not match the host operating system',
    ],
    [
      'Error response from daemon: container 3c7 encountered an error during hcsshim::System::CreateProcess: failure in a Windows system call: The system cannot find the file specified. (0x2)',
      D,
      'failure in a Windows system call',
    ],
    [
      'Error response from daemon: failed to create endpoint nat on network nat: hnsCall failed in Win32: The object already exists. (0x1392)',
      D,
      'failed in Win32',
    ],
    // dind and remote daemons
    [
      '$ docker info\nerror during connect: Get "http://docker:2375/v1.24/info": dial tcp: lookup docker on 169.254.169.254:53: no such host',
      D,
      'Cannot connect to the Docker daemon',
    ],
    [
      '$ docker build -t $CI_REGISTRY_IMAGE .\nerror during connect: Post "http://docker:2375/v1.24/build?buildargs=%7B%7D": dial tcp: lookup docker on 127.0.0.53:53: server misbehaving',
      D,
      'Cannot connect to the Docker daemon',
    ],
    [
      'Cannot connect to the Docker daemon at tcp://docker:2375. Is the docker daemon running?\nCleaning up project directory and file based variables\nERROR: Job failed: exit code 1',
      D,
      'Cannot connect to the Docker daemon',
    ],
    [
      'error during connect: Get "https://docker:2376/v1.24/info": x509: certificate signed by unknown authority',
      D,
      'certificate signed by unknown authority',
    ],
    [
      'error during connect: Get "https://docker:2376/v1.24/info": tls: failed to verify certificate: x509: certificate signed by unknown authority',
      D,
      'certificate signed by unknown authority',
    ],
    [
      'error during connect: Get "https://192.168.1.10:2375/v1.24/containers/json": tls: first record does not look like a TLS handshake',
      D,
      'first record does not look like a TLS handshake',
    ],
    [
      'error during connect: Get "https://docker:2375/v1.24/info": http: server gave HTTP response to HTTPS client',
      D,
      'server gave HTTP response to HTTPS client',
    ],
    ['error during connect: Get "https://docker:2376/v1.24/info": remote error: tls: bad certificate', D, 'bad certificate'],
    ['Client sent an HTTP request to an HTTPS server.', D, 'Client sent an HTTP request to an HTTPS server'],
    [
      'Could not read CA certificate "/certs/client/ca.pem": open /certs/client/ca.pem: no such file or directory',
      D,
      'Could not read CA certificate',
    ],
    ['unable to parse docker host `ssh://user@host:22/`: extra path after the host: "/"', D, 'unable to parse docker host'],
    [
      'error during connect: Get "http://docker.example.com/v1.24/info": command [ssh -- deploy@docker.example.com docker system dial-stdio] has exited with exit status 255, please make sure the URL is valid, and Docker 18.09 or later is installed on the remote host: stderr=Permission denied (publickey).',
      D,
      'Cannot connect to the Docker daemon',
    ],
    [
      'error during connect: Get "http://docker.example.com/v1.41/containers/json": command [ssh -o ConnectTimeout=30 -T -l root -- 10.0.0.4 docker system dial-stdio] has exited with exit status 127, please make sure the URL is valid, and Docker 18.09 or later is installed on the remote host: stderr=bash: docker: command not found',
      D,
      'Cannot connect to the Docker daemon',
    ],
    [
      "failed to dial gRPC: cannot connect to the Docker daemon. Is 'docker daemon' running on this host?: dial unix /var/run/docker.sock: connect: no such file or directory",
      D,
      'Cannot connect to the Docker daemon',
    ],
    [
      "ERROR: failed to dial gRPC: cannot connect to the Docker daemon. Is 'docker daemon' running on this host?: dial unix /var/run/docker.sock: connect: permission denied",
      D,
      'permission denied',
    ],
    [
      'error during connect: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/containers/json": dial unix /var/run/docker.sock: connect: no such file or directory',
      D,
      'Cannot connect to the Docker daemon',
    ],
    // rootless Docker
    ['[rootlesskit:parent] error: failed to start the child: fork/exec /proc/self/exe: operation not permitted', D, 'failed to start the child'],
    [
      '[rootlesskit:parent] error: failed to setup UID/GID map: newuidmap 12345 [0 1000 1 1 100000 65536] failed: newuidmap: write to uid_map failed: Operation not permitted\n: exit status 1',
      D,
      'failed to setup UID/GID map',
    ],
    ['newuidmap: write to uid_map failed: Operation not permitted', D, 'failed to setup UID/GID map'],
    [
      '[ERROR] Missing system requirements. Run the following commands to\n[ERROR] install the requirements and run this tool again.\n\n########## BEGIN ##########\nsudo sh -eux <<EOF\n# Install newuidmap & newgidmap binaries\napt-get install -y uidmap\nEOF\n########## END ##########',
      D,
      'Missing system requirements',
    ],
    ['+ dockerd-rootless-setuptool.sh install\n[ERROR] Needs to be executed as a non-root user', D, 'Needs to be executed as a non-root user'],
    ['dockerd-rootless.sh: XDG_RUNTIME_DIR needs to be set', D, 'XDG_RUNTIME_DIR needs to be set'],
    // containerd
    [
      'level=warning msg="failed to load plugin io.containerd.snapshotter.v1.devmapper" error="devmapper not configured"',
      D,
      'failed to load plugin',
    ],
    ['containerd: failed to load TOML: /etc/containerd/config.toml: (5, 3): duplicated tables', D, 'failed to load TOML'],
    ['failed to start containerd: timeout waiting for containerd to start', D, 'timeout waiting for containerd to start'],
    [
      'ctr: failed to dial "/run/containerd/containerd.sock": connection error: desc = "transport: error while dialing: dial unix /run/containerd/containerd.sock: connect: permission denied"',
      D,
      'permission denied',
    ],
    // networks
    [
      'failed to create network myapp_default: Error response from daemon: network with name myapp_default already exists',
      D,
      'network with name already exists',
    ],
    [
      'Error response from daemon: all predefined address pools have been fully subnetted',
      D,
      'all predefined address pools have been fully subnetted',
    ],
    [
      'Error response from daemon: user specified IP address is supported only when connecting to networks with user configured subnets',
      D,
      'user specified IP address is supported only when connecting to networks with user configured subnets',
    ],
    [
      "Error response from daemon: Invalid address 172.20.0.5: It does not belong to any of this network's subnets",
      D,
      "does not belong to any of this network's subnets",
    ],
    ['Error response from daemon: conflicts with network 3c2 (br-3c2): networks have overlapping IPv4', D, 'networks have overlapping IPv4'],
    [
      'failed to create network proj_default: Error response from daemon: Pool overlaps with other one on this address space',
      D,
      'Pool overlaps with other one on this address space',
    ],
    // pulls, layers, entrypoints, BuildKit steps
    ["docker: unexpected EOF.\nSee 'docker run --help'.", D, 'unexpected EOF'],
    ['latest: Pulling from library/node\n8f4e4a1d7c9e: Downloading  45.2MB/49.56MB\nunexpected EOF', D, 'unexpected EOF'],
    ['error pulling image configuration: download failed after attempts=6: unexpected EOF', D, 'unexpected EOF'],
    [
      'failed to copy: httpReadSeeker: failed open: failed to do request: Get "https://production.cloudflare.docker.com/registry-v2/docker/registry/v2/blobs/sha256/ab/abc/data": unexpected EOF',
      D,
      'unexpected EOF',
    ],
    ['Error response from daemon: layer does not exist', D, 'layer does not exist'],
    ['exec ./start.sh: no such file or directory', D, 'no such file or directory'],
    ['exec /app/entrypoint.sh: permission denied', D, 'permission denied'],
    ['#12 ERROR: process "/bin/sh -c make" did not complete successfully: exit code: 2', D, 'failed to solve'],
    // the daemon's refusals
    [
      'Error response from daemon: You cannot remove a running container 3f4e. Stop the container before attempting removal or force remove',
      D,
      'You cannot remove a running container',
    ],
    ['Error response from daemon: container abc is not connected to the network backend', D, 'is not connected to the network'],
    ['Error response from daemon: cannot stop container: web: permission denied', D, 'permission denied'],
    ['Error response from daemon: Head "https://ghcr.io/v2/acme/api/manifests/latest": denied', D, 'denied'],
    ['Error response from daemon: Head "https://ghcr.io/v2/acme/api/manifests/latest": unauthorized', D, 'unauthorized'],
    [
      'WARNING: Error loading config file: /home/u/.docker/config.json: open /home/u/.docker/config.json: permission denied',
      D,
      'permission denied',
    ],
    ["ERROR: Service 'web' failed to build : Build failed", D, 'failed to build'],
    [
      'failed to register layer: rename /var/lib/docker/image/overlay2/layerdb/tmp/write-set-123 /var/lib/docker/image/overlay2/layerdb/sha256/abc: file exists',
      D,
      'failed to register layer',
    ],
    // as pasted from CI, compose and service logs
    [
      'Running with gitlab-runner 16.5.0 (853330f9)\nUsing Docker executor with image docker:24.0.5 ...\nStarting service docker:24.0.5-dind ...\n$ docker login -u $CI_REGISTRY_USER -p $CI_REGISTRY_PASSWORD $CI_REGISTRY\nerror during connect: Post "http://docker:2375/v1.24/auth": dial tcp: lookup docker on 8.8.8.8:53: no such host\nCleaning up project directory and file based variables\nERROR: Job failed: exit code 1',
      D,
      'Cannot connect to the Docker daemon',
    ],
    [
      "*** WARNING: Service runner-abc-project-1-concurrent-0-docker-0 probably didn't start properly.\n\nService container logs:\n2023-05-01T10:00:00.000000000Z mount: permission denied (are you root?)\n2023-05-01T10:00:00.000000000Z Could not mount /sys/kernel/security.\n2023-05-01T10:00:00.000000000Z AppArmor detection and --privileged mode might break.",
      D,
      'permission denied',
    ],
    [
      '2024-03-01T10:00:00.1234567Z ##[error]error during connect: Get "https://docker:2376/v1.24/info": x509: certificate signed by unknown authority',
      D,
      'certificate signed by unknown authority',
    ],
    ['[2024-05-10T08:12:44.123456700Z][com.docker.backend.exe][E] WSL 2 installation is incomplete.', D, 'WSL 2 installation is incomplete'],
    ['app_1  | exec ./entrypoint.sh: no such file or directory\napp_1 exited with code 255', D, 'no such file or directory'],
    ['api-1  | exec /app/start.sh: permission denied\napi-1 exited with code 126', D, 'permission denied'],
    [
      'Mar 01 10:00:00 host containerd[812]: time="2024-03-01T10:00:00.000Z" level=warning msg="failed to load plugin io.containerd.grpc.v1.cri" error="invalid plugin config: `mirrors` cannot be set when `config_path` is provided"',
      D,
      'failed to load plugin',
    ],
    [
      'PS C:\\app> docker build -t app .\nStep 1/3 : FROM mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022\n8.0-nanoserver-ltsc2022: Pulling from dotnet/aspnet\na Windows version 10.0.20348-based image is incompatible with a 10.0.17763 host',
      D,
      'based image is incompatible with a host',
    ],
    [
      "WARNING: The requested image's platform (linux/arm64/v8) does not match the detected host platform (linux/amd64) and no specific platform was requested\nexec /usr/local/bin/docker-entrypoint.sh: exec format error",
      D,
      'exec format error',
    ],
    [
      '#10 [build 4/6] COPY package*.json ./\n#10 ERROR: failed to calculate checksum of ref 6a2::xyz: "/package-lock.json": not found',
      D,
      'failed to solve',
    ],
    // a program's own error inside a BuildKit step stays the program's
    [
      ' => ERROR [4/5] RUN npm ci                                                  12.3s\n------\n > [4/5] RUN npm ci:\n#0 11.90 npm ERR! code ERESOLVE\n#0 11.90 npm ERR! ERESOLVE unable to resolve dependency tree\n#0 11.90 npm ERR! Found: react@18.2.0\n------\nERROR: failed to solve: process "/bin/sh -c npm ci" did not complete successfully: exit code: 1',
      'javascript',
      'ERESOLVE',
    ],
    [
      ' > [3/6] RUN pip install -r requirements.txt:\n#8 2.134 ERROR: Could not find a version that satisfies the requirement torch==1.13.1+cu117 (from versions: 2.2.0)\n#8 2.135 ERROR: No matching distribution found for torch==1.13.1+cu117\n------\nERROR: failed to solve: process "/bin/sh -c pip install -r requirements.txt" did not complete successfully: exit code: 1',
      'python',
      'no matching distribution',
    ],
    [
      ' > [2/5] RUN apt-get update && apt-get install -y libpq-dev:\n#5 3.21 E: Unable to locate package libpq-dev\n------\nERROR: failed to solve: process "/bin/sh -c apt-get update && apt-get install -y libpq-dev" did not complete successfully: exit code: 100',
      D,
      'failed to solve',
    ],
  ])('%s', (message, language, errorType) => {
    expectRecognised(message, language, errorType);
  });

  it('names what the message captured in its fixes', () => {
    expect(fixText("The command 'docker' could not be found in this WSL 2 distro.")).toContain('docker version');
    expect(
      fixText('failed to create network myapp_default: Error response from daemon: network with name myapp_default already exists'),
    ).toContain('docker network rm myapp_default');
    expect(fixText('containerd: failed to load TOML: /etc/containerd/config.toml: (5, 3): duplicated tables')).toContain(
      '/etc/containerd/config.toml',
    );
    expect(
      fixText('level=warning msg="failed to load plugin io.containerd.snapshotter.v1.devmapper" error="devmapper not configured"'),
    ).toContain('io.containerd.snapshotter.v1.devmapper');
    expect(fixText('exec /app/entrypoint.sh: permission denied')).toContain('chmod +x /app/entrypoint.sh');
    expect(fixText('error during connect: Get "http://docker:2375/v1.24/info": dial tcp: lookup docker on 10.0.0.2:53: no such host')).toContain(
      'docker:27-dind',
    );
    expect(fixText('unable to parse docker host `ssh://user@host:22/`: extra path after the host: "/"')).toContain('ssh://user@host:22/');
    expect(
      fixText(
        'Error response from daemon: You cannot remove a running container 3f4e. Stop the container before attempting removal or force remove',
      ),
    ).toContain('docker rm -f 3f4e');
    expect(fixText('Error response from daemon: image operating system "linux" cannot be used on this platform')).toContain('SwitchDaemon');
  });
});
