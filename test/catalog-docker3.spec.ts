/**
 * A third catalog pass over Docker's messages, from errors as people paste them in issue threads:
 * registries that throttle or refuse a client, DNS on the way to a registry, pushes that lose a blob
 * or a tag, swarm mode's node state, endpoints and plugins, Compose v2's labels, profiles and orphans
 * (and v1's summary line), stopped containers whose network another needs, docker cp, the daemon's
 * own files, image checksums, and Docker Desktop's engine out of reach. Pure: the rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

const D = 'docker';

describe("Docker's messages (third catalog pass)", () => {
  it.each([
    // registries
    [
      'Error response from daemon: toomanyrequests: Too Many Requests. Please see https://docs.docker.com/docker-hub/download-rate-limit/',
      D,
      'toomanyrequests',
    ],
    [
      '2024-05-01T10:00:00.1234567Z Error response from daemon: toomanyrequests: Too Many Requests. Please see https://docs.docker.com/docker-hub/download-rate-limit/',
      D,
      'toomanyrequests',
    ],
    [
      'error pulling image configuration: toomanyrequests: Too Many Requests. Please see https://docs.docker.com/docker-hub/download-rate-limit/',
      D,
      'toomanyrequests',
    ],
    ['$ docker pull public.ecr.aws/zebrunner/appium:2.0.2\nError response from daemon: toomanyrequests: Rate exceeded', D, 'toomanyrequests'],
    [
      'Run docker compose -f docker-compose.yaml pull --quiet\n unifi Pulling \n mongo Pulling \ntoomanyrequests: retry-after: 985.86µs, allowed: 44000/minute\nError: Process completed with exit code 1.',
      D,
      'toomanyrequests',
    ],
    [
      'Error response from daemon: Get https://docker.uncharted.software/v2/torflow/manifests/latest: no basic auth credentials',
      D,
      'no basic auth credentials',
    ],
    [
      "Unable to find image 'registry.example.com:5000/app:1.2' locally\ndocker: Error response from daemon: Get \"https://registry.example.com:5000/v2/app/manifests/1.2\": no basic auth credentials.\nSee 'docker run --help'.",
      D,
      'no basic auth credentials',
    ],
    [
      '$ sudo docker pull mirror.example.com/python-3.10-slim:latest\nError response from daemon: unauthorized: {"message":"UNAUTHORIZED"}',
      D,
      'unauthorized',
    ],
    [
      'Error response from daemon: Get https://registry-1.docker.io/v2/: dial tcp: lookup registry-1.docker.io on 192.168.65.1:53: server misbehaving',
      D,
      'server misbehaving',
    ],
    [
      'Unable to find image \'hello-world:latest\' locally\ndocker: Error response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io on 10.0.0.1:53: server misbehaving.',
      D,
      'server misbehaving',
    ],
    // BuildKit's framing keeps its own type
    [
      ' => ERROR [internal] load metadata for docker.io/library/python:3.12-slim\n------\nERROR: failed to solve: python:3.12-slim: failed to resolve source metadata for docker.io/library/python:3.12-slim: failed to do request: Head "https://registry-1.docker.io/v2/library/python/manifests/3.12-slim": dial tcp: lookup registry-1.docker.io on 192.168.65.7:53: server misbehaving',
      D,
      'failed to solve',
    ],
    [
      "Pushing index.docker.io/vindevoy/debian-oraclejdk18:develop...\nPush failed. Attempt 5 in 60 seconds.\n{u'message': u'tag does not exist: vindevoy/debian-oraclejdk18:develop'}",
      D,
      'tag does not exist',
    ],
    ['$ docker push myregistry:5000/app:1.4\ntag does not exist: myregistry:5000/app:1.4', D, 'tag does not exist'],
    [
      '09-Apr-2018 09:40:02\tThe push refers to a repository [myregistry:8888/docker-push-test]\n09-Apr-2018 09:40:02\t1630e5123c37: Preparing\n09-Apr-2018 09:40:03\t1630e5123c37: Pushed\n09-Apr-2018 09:40:04\tunknown blob',
      D,
      'unknown blob',
    ],
    [
      'The push refers to repository [ghcr.io/acme/app]\n3e207b409db3: Layer already exists\nunknown blob\nError: exit status 1',
      D,
      'unknown blob',
    ],
    ['Received unexpected HTTP status: 500 Internal Server Error', D, 'received unexpected HTTP status'],
    // swarm mode
    [
      'user@host:~$ docker swarm init --advertise-addr 10.0.0.5\nError response from daemon: This node is already part of a swarm. Use "docker swarm leave" to leave this swarm and join another one.',
      D,
      'This node is already part of a swarm',
    ],
    [
      '# docker swarm init --advertise-addr 192.168.2.4\nError response from daemon: manager stopped: failed to listen on remote API address: listen tcp 0.0.0.0:2377: bind: An attempt was made to access a socket in a way forbidden by its access permissions.',
      D,
      'failed to listen on remote API address',
    ],
    [
      'Apr  4 11:09:59 moby root: time="2017-04-04T11:09:59.887153077Z" level=fatal msg="Error creating cluster component: swarm component could not be started: can\'t initialize raft node: rpc error: code = 2 desc = could not connect to prospective new cluster member using its advertised address: rpc error: code = 14 desc = grpc: the connection is unavailable"',
      D,
      "can't initialize raft node",
    ],
    [
      '$ docker network create -d overlay mynet\nError response from daemon: datastore for scope "global" is not initialized',
      D,
      'datastore for scope is not initialized',
    ],
    // networks and plugins
    [
      '$ docker -H swarm:2380 run hello-world\ndocker: Error response from daemon: failed to create endpoint fervent_elion on network bridge: adding interface veth39cd78e to bridge docker0 failed: could not find bridge docker0: route ip+net: no such network interface.',
      D,
      'failed to create endpoint',
    ],
    ['$ docker network create -d blablabla foo\nError response from daemon: legacy plugin: plugin not found', D, 'plugin not found'],
    ['Error response from daemon: create data: error looking up volume plugin rexray/ebs: plugin "rexray/ebs" not found', D, 'plugin not found'],
    [
      '# docker run --ip=172.17.0.18 -itd --net=bridge busybox sh\n14bed02fbc4c9901b4d562844ec3d03e7773259375a07037a2f4062ce0671b17\ndocker: Error response from daemon: User specified IP address is supported on user defined networks only.',
      D,
      'User specified IP address is supported on user defined networks only',
    ],
    [
      "$ docker-compose run --rm app pwd\nERROR: 409 Conflict: Conflicting options: --net=<NETWORK> can't be used with links. This would result in undefined behavior",
      D,
      'conflicting options',
    ],
    [
      'Creating piwik_db_1\nCreating piwik_app_1\n\nERROR: for app  Cannot start service app: Cannot link to a non running container: /piwik_db_1 AS /piwik_app_1/db\nERROR: Encountered errors while bringing up the project.',
      D,
      'Cannot link to a non running container',
    ],
    [
      'Waiting for database...\nApplying latest schema...\ndocker: Error response from daemon: cannot join network of a non running container: overview-network.\nCommand failed with error 125',
      D,
      'cannot join network of a non running container',
    ],
    [
      '[+] Running 1/2\n ✔ Network app_default  Created\n ⠋ Container app-web-1  Starting\nError response from daemon: cannot join network of a non running container: 9f3b2c1d',
      D,
      'cannot join network of a non running container',
    ],
    // Compose
    ['network eigenda-network was found but has incorrect label com.docker.compose.network set to "eigenda-network"', D, 'has incorrect label'],
    [
      '$ docker compose up -d\n[+] Running 0/0\nnetwork proxy was found but has incorrect label com.docker.compose.network set to ""',
      D,
      'has incorrect label',
    ],
    [
      '$ docker compose --profile backend up\nservice redis is required by server but is disabled. Can be enabled by profiles [database]',
      D,
      'is required but is disabled',
    ],
    ['Attaching to independent-1\ndependent_on is missing dependency dependency', D, 'is missing dependency'],
    [
      'Running: docker compose -p localai -f docker-compose.yml up -d\ntime="2025-03-25T11:17:09-06:00" level=warning msg="Found orphan containers ([supabase-storage supabase-auth]) for this project. If you removed or renamed this service in your compose file, you can run this command with the --remove-orphans flag to clean it up."',
      D,
      'Found orphan containers',
    ],
    [
      'WARNING: Found orphan containers (myapp_worker_1) for this project. If you removed or renamed this service in your compose file, you can run this command with the --remove-orphans flag to clean it up.',
      D,
      'Found orphan containers',
    ],
    ['ERROR: Encountered errors while bringing up the project.', D, 'Encountered errors while bringing up the project'],
    [
      "ERROR: for test-db  Cannot start service test-db: Container command '/w/w' not found or does not exist.\n\nERROR: for test-token  Cannot start service test-token: Container command '/w/w' not found or does not exist.\nERROR: Encountered errors while bringing up the project.",
      D,
      'Container command not found or does not exist',
    ],
    // containers, cp and the daemon's files
    [
      '$ docker exec -ti 48e003b685dc sh\nError response from daemon: Container 48e003b685dc is restarting, wait the container to be running',
      D,
      'container is restarting',
    ],
    [
      '$ docker cp 09e47aeb20c4:/go/bin/swarm .\nError response from daemon: Could not find the file /go/bin/swarm in container 09e47aeb20c4',
      D,
      'Could not find the file',
    ],
    [
      'root@dawarich:~# docker cp Records.json dawarich_app:/var/app/public/imports/Records.json\nSuccessfully copied 754kB to dawarich_app:/var/app/public/imports/Records.json\nError response from daemon: Could not find the file /var/app/public/imports in container dawarich_app',
      D,
      'Could not find the file',
    ],
    ['$ sudo docker cp test.png 8f08a846d259:/usr/test.png\nError response from daemon: not a directory', D, 'not a directory'],
    [
      '$ docker cp pikaptcha:/usr/src/app/users.txt .\nError response from daemon: lstat /mnt/sda1/var/lib/docker/aufs/mnt/084f2d0f746f3b27ab32d8b1996c703e724743be19dbcedc0223d3bd085feb43/usr/src/app/users.txt: no such file or directory',
      D,
      'no such file or directory',
    ],
    [
      'docker save -o wx356312_tf.tar wx356312_tf:latest\nError response from daemon: open /var/lib/docker/overlay2/dc31e35980f8d37cb3d2eca91aafd6244dfb0d077edf594dedbcf35ab0f5825f/merged/home/train/train-00001-of-00002: no such file or directory',
      D,
      'no such file or directory',
    ],
    [
      'Starting container_service_1 ... error\n\nERROR: for container_service_1  Cannot start service service: mkdir /run/containerd/io.containerd.runtime.v1.linux/moby/9394af76c52a45e361431759646483ea99d8e50f1f6f5809e1441aec09b3ad20: file exists: unknown\nEncountered errors while bringing up the project.',
      D,
      'file exists',
    ],
    [
      '$ docker save php-fpm:8.3 -o out.img\nError response from daemon: file integrity checksum failed for "usr/lib/gcc/x86_64-linux-gnu/12/libasan.a"',
      D,
      'file integrity checksum failed',
    ],
    ['# docker volume rm 8a782a5e19f7\nError response from daemon: Conflict: volume is in use', D, 'volume is in use'],
    [
      'ERROR: for db  Driver overlay2 failed to remove root filesystem 15874c3878fe: remove /var/lib/docker/overlay2/d4b505c0bf5d/merged: device or resource busy',
      D,
      'failed to remove root filesystem',
    ],
    [
      'ERROR: for stock_app  Driver devicemapper failed to remove root filesystem c3643219d54f38026315c463fa983427724c0669fa9f686f111a68b7a5146611: Device is Busy',
      D,
      'failed to remove root filesystem',
    ],
    [
      '> docker rm quizzes-v1\nFailed to remove container (quizzes-v1): Error response from daemon: Unable to remove filesystem for 0afff52498fb: remove /var/lib/docker/containers/0afff52498fb/shm: device or resource busy',
      D,
      'Unable to remove filesystem',
    ],
    [
      '# Error response from daemon: Driver overlay failed to remove root filesystem d0b96e13643c: remove /var/lib/docker/overlay/df04ee38ab7f/merged/bin: directory not empty',
      D,
      'failed to remove root filesystem',
    ],
    [
      "Error: DockerError(500, 'cannot pause container c97b1e5ec84b: OCI runtime pause failed: failed to notify pause to sysbox-mgr: failed to invoke Pause via grpc: rpc error: code = DeadlineExceeded desc = context deadline exceeded: unknown')",
      D,
      'OCI runtime pause failed',
    ],
    // Docker Desktop
    [
      "ERROR: for postgres  Cannot create container for service postgres: b'open \\\\\\\\.\\\\pipe\\\\docker_d4w_systray: The system cannot find the file specified.'",
      D,
      'Cannot connect to the Docker daemon',
    ],
    ['root@linuxkit-025000000001:/# Error response from daemon: Bad response from Docker engine', D, 'Bad response from Docker engine'],
    // guards: neighbouring messages keep their answers
    [
      'Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
      D,
      'toomanyrequests',
    ],
    [
      'Error response from daemon: Get https://registry-1.docker.io/v2/: unauthorized: incorrect username or password',
      D,
      'incorrect username or password',
    ],
    ['Error response from daemon: unauthorized: authentication required', D, 'authentication required'],
    [
      'Failed to pull image "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1.0": rpc error: code = Unknown desc = Error response from daemon: Get https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/app/manifests/1.0: no basic auth credentials',
      'kubernetes',
      'ErrImagePull',
    ],
    [
      'Error response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io on 127.0.0.53:53: no such host',
      D,
      'no such host',
    ],
    ['blob unknown: blob unknown to registry', D, 'blob unknown'],
    [
      'docker: Error response from daemon: failed to create endpoint app on network nat: hnsCall failed in Win32: The process cannot access the file because it is being used by another process. (0x20).',
      D,
      'failed in Win32',
    ],
    [
      'failed to initialize logging driver: error looking up logging plugin loki: plugin "loki" not found',
      D,
      'failed to initialize logging driver',
    ],
    ['Error response from daemon: Container 7c1a is restarting, wait until the container is running', D, 'container is restarting'],
    ['Error response from daemon: remove my-volume: volume is in use - [c76a270145ef]', D, 'volume is in use'],
    [
      'ERROR: for web  Cannot start service web: driver failed programming external connectivity on endpoint app_web_1 (3f2a): Bind for 0.0.0.0:8080 failed: port is already allocated\nERROR: Encountered errors while bringing up the project.',
      D,
      'port is already allocated',
    ],
    [
      'docker load -i app.tar\nopen /var/lib/docker/tmp/docker-import-038165684/repositories: no such file or directory',
      D,
      'no such file or directory',
    ],
    [
      'error during connect: Get "http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.24/info": open //./pipe/docker_engine: The system cannot find the file specified.',
      D,
      'Cannot connect to the Docker daemon',
    ],
    ['Error response from daemon: network with name backend already exists', D, 'network with name already exists'],
    [
      'Error response from daemon: container 4f2a: driver "overlay2" failed to remove root filesystem: unlinkat /var/lib/docker/overlay2/abc/merged: device or resource busy',
      D,
      'failed to remove root filesystem',
    ],
  ])('%s', (message, language, errorType) => {
    expectRecognised(message, language, errorType);
  });

  it('names what the message captured in its fixes', () => {
    expect(
      fixText('Error response from daemon: Get https://docker.uncharted.software/v2/torflow/manifests/latest: no basic auth credentials'),
    ).toContain('docker login docker.uncharted.software');
    expect(fixText("{u'message': u'tag does not exist: vindevoy/debian-oraclejdk18:develop'}")).toContain(
      'docker push vindevoy/debian-oraclejdk18:develop',
    );
    expect(fixText('network eigenda-network was found but has incorrect label com.docker.compose.network set to "eigenda-network"')).toContain(
      'docker network rm eigenda-network',
    );
    expect(fixText('service redis is required by server but is disabled. Can be enabled by profiles [database]')).toContain(
      '--profile database',
    );
    expect(fixText('Error response from daemon: Could not find the file /var/app/public/imports in container dawarich_app')).toContain(
      'docker exec dawarich_app mkdir -p /var/app/public/imports',
    );
    expect(fixText('docker: Error response from daemon: cannot join network of a non running container: overview-network.')).toContain(
      'docker logs overview-network',
    );
    expect(
      fixText(
        'Error response from daemon: manager stopped: failed to listen on remote API address: listen tcp 0.0.0.0:2377: bind: address already in use',
      ),
    ).toContain(":2377'");
    expect(
      fixText(
        'Error response from daemon: Get https://registry-1.docker.io/v2/: dial tcp: lookup registry-1.docker.io on 192.168.65.1:53: server misbehaving',
      ),
    ).toContain('nslookup registry-1.docker.io 192.168.65.1');
    expect(fixText('Error response from daemon: Container 48e003b685dc is restarting, wait the container to be running')).toContain(
      'docker logs --tail 100 48e003b685dc',
    );
  });
});
