/**
 * An eleventh-round catalog pass over the Docker family (docker-catalog14), from errors of Compose v2 and of the
 * daemon and its runtimes as people paste them: compose up, run, exec and pull with their dependencies and health
 * checks ("dependency failed to start", v1's "is unhealthy" and "is missing a healthcheck configuration"), env files
 * and interpolation, extends, profiles, undefined services and volumes, networks whose pool overlaps, bind mounts of a
 * file onto a directory, "service x is not running", "no such service" inside a sentence, v1's "No container found
 * for" and a v1 "Cannot start service x: invalid argument" above its closing summary; and the daemon side: OCI runtime
 * create and exec failures (cgroup v2, seccomp, AppArmor), the docker-default profile apparmor_parser could not load,
 * Docker 1.6's "mountpoint for cgroup not found", dockerd's log of an overlay mount it fell back from, devicemapper's
 * failed removal, containerd's own log lines once journald's prefix is read away, crun's "OCI Permission denied",
 * Podman's "Error: OCI runtime error: container_linux.go…", full disks, image load, save and import (invalid tar
 * header, unexpected EOF, "reference does not exist") and the newer passwd lookup ("getent unable to find entry").
 * Then the near misses around the new patterns (dockerd that did not start, a v1 unhealthy dependency, the API
 * handler's log lines) that must keep their answer.
 * Pure: the rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

describe("the Docker family's fourteenth catalog pass", () => {
  it.each([
    [
      ' Container hrm_database  Starting\n Container hrm_database  Started\n Container hrm_redis  Started\n Container hrm_kafka  Started\n Container hrm_redis  Waiting\n Container hrm_database  Waiting\n Container hrm_kafka  Waiting\n Container hrm_redis  Healthy\n Container hrm_kafka  Healthy\n Container hrm_database  Error\ndependency failed to start: container hrm_database exited (0)',
      'docker',
      'dependency failed to start',
    ],
    [
      '16:40:38.886  Container agenticos-redis-1 Started\n16:40:39.507  Container agenticos-redis-1 Waiting\n16:40:40.010  dependency failed to start: container agenticos-redis-1 is unhealthy',
      'docker',
      'dependency failed to start',
    ],
    [
      'Failed to deploy a stack: Container dawarich_app Creating Container dawarich_app Created Container dawarich_sidekiq Creating Container dawarich_sidekiq Created Container dawarich_app Starting Container dawarich_app Started Container dawarich_app Waiting Container dawarich_app Error dependency failed to start: container dawarich_app is unhealthy',
      'docker',
      'dependency failed to start',
    ],
    [
      '$ git clone https://github.com/sseshachala/conductai.git && cd conductai\n$ docker compose up\nenv file /path/to/conductai/.env not found: CreateFile /path/to/conductai/.env: The system cannot find the file specified.',
      'docker',
      'env file not found',
    ],
    [
      'env file people/env.d/development/common not found: stat people/env.d/development/common: no such file or directory',
      'docker',
      'env file not found',
    ],
    [
      'ERROR: Invalid interpolation format for "environment" option in service "web": "FQDN=${FQDNCLEANED?err}"',
      'docker',
      'Invalid interpolation format',
    ],
    [
      'ERROR: Invalid interpolation format for "postgres" option in service "services": "pg_isready -U ${POSTGRES_USER:-postgres}"',
      'docker',
      'Invalid interpolation format',
    ],
    [
      'ERROR: Invalid interpolation format for "build" option in service "x-app": "NODE_ENV=${NODE_ENV:-production}"',
      'docker',
      'Invalid interpolation format',
    ],
    [
      'root@admin:/home/kimi/OnlineJudgeDeploy# sudo docker-compose up -d\nservice "oj-backend" depends on undefined service judge-server: invalid compose project',
      'docker',
      'depends on undefined service',
    ],
    [
      '# docker compose up -d\nservice "nginx" depends on undefined service "pipedfrontend": invalid compose project',
      'docker',
      'depends on undefined service',
    ],
    [
      '❯ docker-compose up\nservice "rabbitmq" refers to undefined volume rabbitmq-data/: invalid compose project',
      'docker',
      'refers to undefined volume',
    ],
    [
      'environment/docker: failed to start container: Error response from daemon: failed to create shim: OCI runtime create failed: container_linux.go:380: starting container process caused: process_linux.go:545: container init caused: process_linux.go:508: setting cgroup config for procHooks process caused: openat2 /sys/fs/cgroup/system.slice/docker-93e3ef5ec1c4a029e6f0bb7509b63f5337a430926760181fa66d30509272df2c.scope/io.weight: no such file or directory: unknown',
      'docker',
      'OCI runtime create failed',
    ],
    [
      "docker build --target superset-node -t superset-node:1.0 .\nOCI runtime create failed: this version of runc doesn't work on cgroups v2: unknown",
      'docker',
      'OCI runtime create failed',
    ],
    [
      '❯ sudo docker run --rm --runtime=runsc hello-world\ndocker: Error response from daemon: OCI runtime create failed: unable to retrieve OCI runtime error (open /var/run/docker/containerd/daemon/io.containerd.runtime.v2.task/moby/c08f9cc7a27226260fa5781ad28ad10eb3d5aca07bb22bc43b9ea74675ed0981/log.json: no such file or directory): /usr/local/bin/runsc did not terminate successfully: unknown.',
      'docker',
      'OCI runtime create failed',
    ],
    ['OCI runtime create failed: namespace {"cgroup" ""} does not exist: unknown', 'docker', 'OCI runtime create failed'],
    [
      'docker: Error response from daemon: OCI runtime create failed: container_linux.go:345: starting container process caused "process_linux.go:281: applying cgroup configuration for process caused \\"mkdir /sys/fs/cgroup/cpuset: no such file or directory\\"": unknown.',
      'docker',
      'OCI runtime create failed',
    ],
    [
      'ERROR: Cannot create container for service service_name: error creating overlay mount to /var/lib/docker/overlay2/3f3932836fe5c53f272fa5c83d937d34bd47450c652c2f3b7f8bdab78f9c7852-init/merged: mountfrom re-exec error: exit status 1: output: no such file or directory',
      'docker',
      'error creating overlay mount',
    ],
    [
      'docker: Error response from daemon: error creating overlay mount to /var/lib/docker/overlay2/ea64c7b8ec8ea39764172a790efc7fb761e59b15915a45354fa692cec07519fb-init/merged: no such file or directory.',
      'docker',
      'error creating overlay mount',
    ],
    [
      'ERRO[2024-11-01T08:56:54.276594325Z] failed to mount overlay: invalid argument     storage-driver=overlay2\nERRO[2024-11-01T08:56:54.277307332Z] exec: "fuse-overlayfs": executable file not found in $PATH  storage-driver=fuse-overlayfs\nINFO[2024-11-01T08:56:54.286250127Z] Loading containers: start.',
      'docker',
      'invalid argument',
    ],
    ['Errors processing tar file (exit status 1): open ....: no space left on device', 'docker', 'no space left on device'],
    [
      'cat /Users/0x101/Downloads/kali_Linux20181121_213639.tar|sudo docker import - m.t.x_kali-linux20181121\nError response from daemon: Error processing tar file(exit status 1): write /root/.cache/pip/http/3/6/3/2/1/36321967fade2bb072f7954805285bb9c09f587be45c2937b94af4f4: no space left on device',
      'docker',
      'no space left on device',
    ],
    [
      'failed to register layer: Error processing tar file(exit status 1): write /usr/lib/x86_64-linux-gnu/libgio-2.0.so.0.4200.1: no space left on device',
      'docker',
      'no space left on device',
    ],
    [
      "docker: failed to register layer: Error processing tar file(exit status 1): write /usr/local/cuda-11.4/bin/nvdisasm: no space left on device.\nSee 'docker run --help'.",
      'docker',
      'no space left on device',
    ],
    [
      'Error response from daemon: AppArmor enabled on system but the docker-default profile could not be loaded: running `/sbin/apparmor_parser apparmor_parser -Kr /var/lib/docker/tmp/docker-default401788521` failed with output: apparmor_parser: Unable to replace "docker-default". Permission denied; attempted to load a profile while confined? error: exit status 243',
      'docker',
      'AppArmor enabled on system but the docker-default profile could not be loaded',
    ],
    [
      "$ sudo docker run hello-world\ndocker: Error response from daemon: AppArmor enabled on system but the docker-default profile could not be loaded: running `/sbin/apparmor_parser apparmor_parser -Kr /var/lib/docker/tmp/docker-default570365455` failed with output: AppArmor parser error for /var/lib/docker/tmp/docker-default570365455 in /etc/apparmor.d/tunables/home.d/ubuntu at line 7: Found unexpected character: ''",
      'docker',
      'AppArmor enabled on system but the docker-default profile could not be loaded',
    ],
    [
      'stderr: Container 1Panel-mysql-Fdzg Creating Container 1Panel-mysql-Fdzg Created Container 1Panel-mysql-Fdzg Starting Error response from daemon: AppArmor enabled on system but the docker-default profile could not be loaded: running `/usr/sbin/apparmor_parser apparmor_parser -Kr /var/lib/docker/tmp/docker-default4246559669` failed with output: apparmor_parser: Unable to replace "docker-default". Permission denied; attempted to load a profile while confined? error: exit status 243',
      'docker',
      'AppArmor enabled on system but the docker-default profile could not be loaded',
    ],
    [
      'sudo docker compose exec wordpress-litespeed sh -c "echo Yes!"\nservice "wordpress-litespeed" is not running',
      'docker',
      'service is not running',
    ],
    ['$ docker compose exec web bash\nservice "web" is not running container #1', 'docker', 'service is not running'],
    ['    $ docker-compose exec culti-magento bash\n    ERROR: No such service: culti-magento', 'docker', 'no such service'],
    ['$ docker-compose exec app /source/.travis.setup.sh\nERROR: No container found for app_1', 'docker', 'No container found'],
    [
      "$ docker-compose -f test-extends.yml up\nERROR: Cannot extend service 'bar' in test-base.yml: Service not found",
      'docker',
      'Cannot extend service',
    ],
    [
      '$ docker compose -f - config <<EOF\nservices:\n  known:\n    extends: unknown\n    image: image\nEOF\ncannot extend service "known" in -: service not found',
      'docker',
      'Cannot extend service',
    ],
    ['3. `docker compose start app2` fails with message `no such service: app2`', 'docker', 'no such service'],
    [
      ' $ docker compose build\n[+] Building 0.0s (0/0)\nservice migrations is required by member-server but is disabled. Can be enabled by profiles [ci]',
      'docker',
      'is required but is disabled',
    ],
    [
      '2. Run `docker compose up main`\n3. Result: `service "test" depends on undefined service "main": invalid compose project`',
      'docker',
      'depends on undefined service',
    ],
    ['ERROR: for php  Service db is missing a healthcheck configuration', 'docker', 'is missing a healthcheck configuration'],
    [
      'ERROR: for db1000n_38  Service "updater" is missing a healthcheck configuration\n\nERROR: for db1000n_31  Service "updater" is missing a healthcheck configuration',
      'docker',
      'is missing a healthcheck configuration',
    ],
    [
      'startup: 875.932526ms\nOCI runtime exec failed: exec failed: container_linux.go:348: starting container process caused "process_linux.go:86: executing setns process caused \\"exit status 21\\"": unknown',
      'docker',
      'OCI runtime exec failed',
    ],
    [
      '1. Start any container - e.g. `docker run -it  --name deleteme --rm debian:trixie-slim`\n2. After container is started, in another window run `docker exec deleteme echo hello`\n> OCI runtime exec failed: exec failed: unable to start container process: error writing config to pipe: write init-p: broken pipe: unknown',
      'docker',
      'OCI runtime exec failed',
    ],
    [
      'OCI runtime exec failed: exec failed: unable to start container process: open /dev/ptmx: no space left on device: uknown',
      'docker',
      'OCI runtime exec failed',
    ],
    [
      'OCI runtime exec failed: exec failed: container_linux.go:349: starting container process caused "exec: \\"bash\\": executable file not found in $PATH": unknown',
      'docker',
      'OCI runtime exec failed',
    ],
    [
      'OCI runtime exec failed: exec failed: unable to start container process: chdir to cwd ("/workspaces/eShopLite-SemanticSearch")',
      'docker',
      'OCI runtime exec failed',
    ],
    [
      'INFO[0042] POST /v1.20/containers/create?name=zookeeper \nINFO[0043] POST /v1.20/containers/create?name=datomic   \nERRO[0043] Handler for POST /containers/create returned error: Could not get container for riak01 \nERRO[0043] HTTP Error                                    err=Could not get container for riak01 statusCode=500',
      'docker',
      'Handler returned error',
    ],
    [
      'Dec 19 17:19:14 server01 dockerd[1614]: time="2016-12-19T17:19:14.326716334Z" level=error msg="Handler for GET /v1.17/containers/bb105575187c7a58762733e47e48ce098495af6067850760e0bda2fa2cde5f41/stats returned error: No such container: bb105575187c7a58762733e47e48ce098495af6067850760e0bda2fa2cde5f41"',
      'docker',
      'no such container',
    ],
    [
      'Dec 15 18:50:40 node-1-vm dockerd[2186]: time="2016-12-15T18:50:40.038971706Z" level=error msg="Handler for POST /v1.24/containers/b4cfa1a4d7c0957295a3caa6d4dec0396c83deba0dbc6d14adc49c5f950aa356/start returned error: oci runtime error: exec: \\"/docker-entrypoint.sh\\": stat /docker-entrypoint.sh: no such file or directory"',
      'docker',
      'executable file not found in $PATH',
    ],
    [
      'When i run this command:   docker save --output python27.tar python:2.7-slim\nI got error: Error response from daemon: reference does not exist',
      'docker',
      'reference does not exist',
    ],
    [
      'Run docker save "enchan1207/buildroot" -o "enchan1207-buildroot_base"\n  docker save "enchan1207/buildroot" -o "enchan1207-buildroot_base"\n  shell: /usr/bin/bash --noprofile --norc -e -o pipefail {0}\nError response from daemon: No such image: enchan1207/buildroot\nError: Process completed with exit code 1.',
      'docker',
      'no such image',
    ],
    ['Error preparing artifacts: Error response from daemon: reference does not exist', 'docker', 'reference does not exist'],
    [
      'admin@localhost gptwol-1.0.9]$ sudo docker compose up -d\n[+] Running 0/1\n ⠼ Container gptwol  Starting                                                                                  0.4s \nError response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error mounting "/home/admin/Descargas/gptwol-1.0.9/computers.txt" to rootfs at "/app/computers.txt": mount /home/admin/Descargas/gptwol-1.0.9/computers.txt:/app/computers.txt (via /proc/self/fd/6), flags: 0x5000: not a directory: unknown: Are you trying to mount a directory onto a file (or vice-versa)? Check if the specified host path exists and is the expected type',
      'docker',
      'OCI runtime create failed',
    ],
    [
      'Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error mounting "/srv/dockerfiles/crowdsec/yml/acquis.yaml" to rootfs at "/etc/crowdsec/acquis.yaml": mount src=/srv/dockerfiles/crowdsec/yml/acquis.yaml, dst=/etc/crowdsec/acquis.yaml, dstFd=/proc/thread-self/fd/8, flags=0x5000: not a directory: unknown: Are you trying to mount a directory onto a file (or vice-versa)? Check if the specified host path exists and is the expected type',
      'docker',
      'OCI runtime create failed',
    ],
    [
      ' Network mailu_noinet  Creating\n Network mailu_noinet  Created\n Network mailu_webmail  Creating\n Network mailu_webmail  Created\n Network mailu_default  Creating\n Network mailu_default  Error\nfailed to create network mailu_default: Error response from daemon: Pool overlaps with other one on this address space',
      'docker',
      'Pool overlaps with other one on this address space',
    ],
    [
      '$ docker-compose up\nCreating network "dockermailman_mailman" with driver "bridge"\nERROR: Pool overlaps with other one on this address space',
      'docker',
      'Pool overlaps with other one on this address space',
    ],
    [
      'Creating network "compose_default" with the default driver\nERROR: could not find an available, non-overlapping IPv4 address pool among the defaults to assign to the network\n2018-10-08 17:09:10 [FATAL]      Docker Compose failed.',
      'docker',
      'could not find an available, non-overlapping IPv4 address pool',
    ],
    [
      './json2docker.rb -f sample.json -r\nCreating network "tmp_sim_net" with the default driver\nERROR: Pool overlaps with other one on this address space\nRemoving network tmp_sim_net\nWARNING: Network tmp_sim_net not found.\nRemoving network tmp_relay_net1\nWARNING: Network tmp_relay_net1 not found.',
      'docker',
      'Pool overlaps with other one on this address space',
    ],
    [
      '[root@localhost home]# docker -H 127.0.0.1:2222 load < import.bats\nlocalhost.localdomain: Loading Image... : 500 Internal Server Error: Untar exit status 1 archive/tar: invalid tar header',
      'docker',
      'invalid tar header',
    ],
    ['docker load < benchmarks-docker.tar.gz  \ndocker load < codamosa-docker.tar.gz\nunexpected EOF', 'docker', 'unexpected EOF'],
    [
      'docker save mysql > mysql.tar\ndocker load < mysql.tar\n=> Error processing tar file(exit status 1): archive/tar: invalid tar header',
      'docker',
      'invalid tar header',
    ],
    [
      'docker load < something-image.tar\nFATA[0489] Error response from deamon: Untar exit status 1 archive/tar: \ninvalid tar header',
      'docker',
      'invalid tar header',
    ],
    [
      'sudo docker load -i symdrive.tar.gz\nFATA[0938] Error response from daemon: open /var/lib/docker/tmp/docker-import-403767651/repo/bin/json: no such file or directory',
      'docker',
      'no such file or directory',
    ],
    [
      'Error response from daemon: open /var/lib/docker/tmp/docker-import-537484462/repo/.cpt_hardlink_dir_a920e4ddc233afddc9fb53d26c392319/json: no such file or directory',
      'docker',
      'no such file or directory',
    ],
    [
      'Error starting daemon: Error initializing network controller: Error creating default "bridge" network: could not find an available, non-overlapping IPv6 address pool among the defaults to assign to the network',
      'docker',
      'Error initializing network controller',
    ],
    [
      'failed to start daemon: Error initializing network controller: error obtaining controller instance: failed to create NAT chain DOCKER: Iptables not found',
      'docker',
      'Iptables not found',
    ],
    [
      'when I run docker-compose up -d I get this error:\nERROR: for wolweb  Cannot start service wolweb: cgroups: cgroup mountpoint does not exist: unknown',
      'docker',
      'cgroup mountpoint does not exist',
    ],
    [
      'docker run hello-world\ndocker: Error response from daemon: cgroups: cannot found cgroup mount destination: unknown.',
      'docker',
      'cannot find cgroup mount destination',
    ],
    [
      "docker run --rm -it ubuntu:18.04 bash\nUnable to find image 'ubuntu:18.04' locally\n18.04: Pulling from library/ubuntu\nStatus: Downloaded newer image for ubuntu:18.04\nC:\\Portable\\Docker Toolbox\\docker.exe: Error response from daemon: cgroups: cannot find cgroup mount destination: unknown.",
      'docker',
      'cannot find cgroup mount destination',
    ],
    [
      'Step 4 : RUN mkdir /srv/serverdata\nINFO[0206] [8] System error: mountpoint for cgroup not found',
      'docker',
      'mountpoint for cgroup not found',
    ],
    [
      "Error response from daemon: error while mounting volume '/var/lib/docker/volumes/hello_my_nfs_volume/_data': failed to mount local volume: mount :/immich:/var/lib/docker/volumes/hello_my_nfs_volume/_data, data: addr=192.168.1.100,nolock,soft: permission denied",
      'docker',
      'error while mounting volume',
    ],
    [
      'ERROR: for apache  Cannot start service apache: invalid argument\nERROR: Encountered errors while bringing up the project.',
      'docker',
      'invalid argument',
    ],
    [
      'Failed to pull images of the stack: compose pull operation failed: no matching manifest for linux/arm64/v8 in the manifest list entries',
      'docker',
      'no matching manifest',
    ],
    [
      'pi@raspberrypi:~ $ docker-compose pull\nPulling test ... pulling from library/mariadb\n\nERROR: for test  no matching manifest for linux/arm/v7 in the manifest list entries\nERROR: no matching manifest for linux/arm/v7 in the manifest list entries',
      'docker',
      'no matching manifest',
    ],
    [
      '[+] Running 0/3\n ⠴ dvws-mysql Pulling                                                                  5.6s\n ⠴ dvws-mongo Pulling                                                                  5.6s\n ⠿ web Warning                                                                         5.5s\nno matching manifest for linux/arm64/v8 in the manifest list entries',
      'docker',
      'no matching manifest',
    ],
    [
      '[+] Running 2/2\n ✘ opensearch Error   context canceled                                                 0.7s\n ✘ elasticgraph Error no matching manifest for linux/arm64/v8 in the manifest list entries: no match for platform in manifest: not found     0.7s\nError response from daemon: no matching manifest for linux/arm64/v8 in the manifest list entries: no match for platform in manifest: not found',
      'docker',
      'no matching manifest',
    ],
    ['no matching manifest for linux/arm64/v8 in the manifest list entries\nDocker images pull failed.', 'docker', 'no matching manifest'],
    ['ERROR: no matching manifest for unknown in the manifest list entries', 'docker', 'no matching manifest'],
    [
      'debian@debian:/srv/docker/compose/media/bewcloud$ docker compose up -d\n[+] Running 3/3\n ✔ Network bewcloud_default         Created                                0.0s \n ✔ Container bewcloud-website-1     Created                                0.0s \n ✔ Container bewcloud-postgresql-1  Created                                0.0s \nAttaching to postgresql-1, website-1\nError response from daemon: unable to find user deno: no matching entries in passwd file',
      'docker',
      'no matching entries in passwd file',
    ],
    [
      'docker: Error response from daemon: linux spec user: unable to find user dsh: no matching entries in passwd file.',
      'docker',
      'no matching entries in passwd file',
    ],
    [
      'docker: Error response from daemon: unable to find user root: no matching entries in passwd file.\nERRO[0000] error waiting for container: context canceled',
      'docker',
      'no matching entries in passwd file',
    ],
    [
      'docker compose up --watch\n\n> Error response from daemon: getent unable to find entry "nonroot" in passwd database',
      'docker',
      'no matching entries in passwd file',
    ],
    [
      'docker: Error response from daemon: devmapper: Thin Pool has 158057 free data blocks which is less than minimum required 163840 free data blocks. Create more free space in thin pool or use dm.min_free_space option to change behavior.',
      'docker',
      'free data blocks which is less than minimum required',
    ],
    [
      'Error response from daemon: Driver devicemapper failed to remove root filesystem 228f2c2da3de4d5abd3881184aeb330a4c18e4311ecf404e2fb8cd4ffe15e901: devicemapper: Error running DeleteDevice dm_task_run failed',
      'docker',
      'failed to remove root filesystem',
    ],
    ['validating compose.yml: services.my_dependent_service.depends_on.0 must be a string', 'docker', 'contains an invalid type'],
    [
      "$ docker-compose -f deploy/docker-compose.yml --project-directory . build\nERROR: The Compose file './deploy/docker-compose.yml' is invalid because:\nservices.api.depends_on contains an invalid type, it should be an array\nservices.migrator.depends_on contains an invalid type, it should be an array",
      'docker',
      'contains an invalid type',
    ],
    [
      '09:40 $ docker compose up\nvalidating /home/essaids/git/gh/se/hapi-server-setup/tmp/dc1/compose.yaml: services.second.depends_on.first Additional property required is not allowed',
      'docker',
      'Additional property is not allowed',
    ],
    ['[root@dap2 docker]# docker-compose  up -d\nno configuration file provided: not found', 'docker', 'no configuration file provided'],
    [
      'root@ecstatic-margulis:/var/www/vhosts/gochasse.com/api.gochasse.com/directus# docker compose up\nno configuration file provided: not found\nroot@ecstatic-margulis:/var/www/vhosts/gochasse.com/api.gochasse.com/directus# docker compose logs\nno configuration file provided: not found',
      'docker',
      'no configuration file provided',
    ],
    [
      '# docker-compose up\nERROR: The Compose file is invalid because:\nService ipsec has neither an image nor a build context specified. At least one must be provided.',
      'docker',
      'has neither an image nor a build context specified',
    ],
    [
      '.service "ksqldb-cli" has neither an image nor a build context specified: invalid compose project',
      'docker',
      'has neither an image nor a build context specified',
    ],
    [
      'Nov 06 06:08:50 myhost containerd[31892]: time="2023-11-06T06:08:50.125961402Z" level=error msg="collecting metrics for a8281e795e3a733d6388092b55855a99f39190019af6ed021c535e9504cabe76" error="cgroups: cgroup deleted"',
      'docker',
      'cgroup deleted',
    ],
    [
      'Oct 15 05:19:16 host containerd[1573]: time="2022-10-15T05:19:16.916376143Z" level=error msg="get state for ffc89c8fec9bc464f6e41bb79bc72b250974859444955e1eb02e9183dcf74650" error="context deadline exceeded: unknown"',
      'docker',
      'context deadline exceeded',
    ],
    [
      'Apr 22 22:50:40 n1-standard-1-cos-stable-60-9592-90-0-81227dd7 containerd[1037]: time="2019-04-22T22:50:40.732760213Z" level=error msg="Failed to handle exit event &TaskExit{ContainerID:fdab5da3258b6cf5488148cb9e4295e0fe5d1a3fe4fb6f64b7091a78c74504d9,ID:fdab5da3258b6cf5488148cb9e4295e0fe5d1a3fe4fb6f64b7091a78c74504d9,Pid:1466,ExitStatus:0,ExitedAt:2019-04-22 22:50:30.720718714 +0000 UTC,XXX_unrecognized:[],} for fdab5da3258b6cf5488148cb9e4295e0fe5d1a3fe4fb6f64b7091a78c74504d9" error="failed to handle container TaskExit event: failed to stop container: context deadline exceeded: unknown"',
      'docker',
      'context deadline exceeded',
    ],
    [
      '$ docker run -it --rm --runtime=crun busybox\ndocker: Error response from daemon: OCI runtime create failed: seccomp_rule_add: unknown.',
      'docker',
      'OCI runtime create failed',
    ],
    [
      'failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error loading seccomp filter into kernel: error loading seccomp filter: errno 524: unknown\n\nProcess failed.',
      'docker',
      'OCI runtime create failed',
    ],
    [
      'container_linux.go:370:starting container process caused :error adding seccomp filter rule for syscall bdflush:permission denied:OCI Permission denied',
      'docker',
      'OCI permission denied',
    ],
    [
      'docker@eli-work-testkit-2005FF-ubuntu-0:~$ docker run --rm -it hello-world\ndocker: Error response from daemon: OCI runtime create failed: container_linux.go:348: starting container process caused "process_linux.go:402: container init caused \\"apparmor: config provided but apparmor not supported\\"": unknown.',
      'docker',
      'OCI runtime create failed',
    ],
    [
      'OCI runtime create failed: container_linux.go:345: starting container process caused "error adding seccomp filter rule for syscall clone3: permission denied": unknown',
      'docker',
      'OCI runtime create failed',
    ],
    [
      'Error: OCI runtime error: container_linux.go:380: starting container process caused: error adding seccomp filter rule for syscall bdflush: requested action matches default action of filter',
      'docker',
      'OCI runtime error',
    ],
  ])('answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it.each([
    [
      'ERROR: for api-manager  Container "562efb6a5611" is unhealthy.\nERROR: for is-as-km  Container "562efb6a5611" is unhealthy.\nERROR: Encountered errors while bringing up the project.',
      'docker',
      'container is unhealthy',
    ],
    [
      'journalctl -b -u docker.service:\n\nlevel=error msg="failed to mount overlay: permission denied" storage-drive\nMay 05 05:35:32 master1 dockerd[492]: failed to start daemon: error initializing graphdriver: driver not supported',
      'docker',
      'error initializing graphdriver',
    ],
    [
      'INFO[0000] Default bridge (docker0) is assigned with an IP address 172.17.0.0/16. Daemon option --bip can be used to set a preferred IP address \nFATA[0000] Error starting daemon: AppArmor enabled on system but the docker-default profile could not be loaded.',
      'docker',
      'AppArmor enabled on system but the docker-default profile could not be loaded',
    ],
    [
      'docker run ubuntu env\n2014/11/10 11:06:43 Error response from daemon: Cannot start container 41398c949d5e4eae15796f651cf87359a51499e3861f98779e8f326eadc08235: set apparmor profile docker-default: no such file or directory',
      'docker',
      'no such file or directory',
    ],
    [
      ' ⠿ Container dcompose-repro-my-service-1  Recreated                                                                                                                            10.6s\nno such service: nginx',
      'docker',
      'no such service',
    ],
    [
      '    Aug 25 22:58:13 cl1n002 dockerd: time="2016-08-25T22:58:13.511550047+02:00" level=error msg="Error removing mounted layer 726011e710c80876b0d9b3058064d4eb512ef30a8a0692313485a991f5875157: devicemapper: Error running DeleteDevice dm_task_run failed"\n    Aug 25 22:58:13 cl1n002 dockerd: time="2016-08-25T22:58:13.511618056+02:00" level=error msg="Handler for DELETE /v1.24/containers/726011e710c8 returned error: Driver devicemapper failed to remove root filesystem 726011e710c80876b0d9b3058064d4eb512ef30a8a0692313485a991f5875157: devicemapper: Error running DeleteDevice dm_task_run failed"',
      'docker',
      'failed to remove root filesystem',
    ],
  ])('keeps %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it('starts the compose service the exec named', () => {
    expect(fixText('$ docker compose exec web bash\nservice "web" is not running container #1')).toContain('docker compose up -d web');
  });

  it('pulls the image docker save could not find', () => {
    expect(
      fixText(
        'When i run this command:   docker save --output python27.tar python:2.7-slim\nI got error: Error response from daemon: reference does not exist',
      ),
    ).toContain('docker pull python:2.7-slim');
  });

  it('gives the service the health check its dependant waits for', () => {
    expect(fixText('ERROR: for php  Service db is missing a healthcheck configuration')).toContain('  db:\n    healthcheck:');
  });
});
