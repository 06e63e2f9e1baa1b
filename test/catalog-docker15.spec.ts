/**
 * A twelfth-round catalog pass over the Docker family (docker-catalog15), from swarm mode as people paste it: the
 * manager's answers inside the daemon's gRPC status ("rpc error: code = InvalidArgument desc = …", a code number in
 * older releases) that read as a Go program's gRPC failure — secrets and configs (too large or empty, in use, a
 * conflicting target, already existing, only their labels changeable), a service update out of sequence, a service
 * name that is no DNS label or has no image, an ingress port another service holds, a swarm without a leader or a
 * manager that lost it, a node removed while up or still a manager, a wrong join token — then docker stack deploy's
 * refusals (secret not found, undefined secret, a local network), a join that timed out above dockerd's journal, an
 * init with several addresses and compose v1's "Mounts denied" from Docker for Mac. Around them, regression rows from
 * the ground the brief named (credential helpers: desktop, osxkeychain, pass, secretservice; Docker Desktop's file
 * sharing; buildx's docker exporter; a context's missing ca.pem; ssh:// contexts; QEMU's exec format error) and the
 * near misses that must keep their answer (dockerd's API handler lines, docker-py's APIError, a Node gRPC client's
 * status, raft at start-up).
 * Pure: the rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

describe("the Docker family's fifteenth catalog pass", () => {
  it.each([
    [
      'Error response from daemon: rpc error: code = InvalidArgument desc = secret data must be larger than 0 and less than 512000 bytes',
      'docker',
      'secret data must be larger than 0',
    ],
    [
      '$ docker secret create empty3\n^D\nError response from daemon: rpc error: code = 3 desc = secret data must be larger than 0 and less than 512000 bytes',
      'docker',
      'secret data must be larger than 0',
    ],
    [
      'Since --detach=false was not specified, tasks will be created in the background.\nIn a future release, --detach=false will become the default.\nfailed to update secret credentials: Error response from daemon: rpc error: code = InvalidArgument desc = only updates to Labels are allowed',
      'docker',
      'only updates to Labels are allowed',
    ],
    [
      '$ docker secret rm my_secret\nError response from daemon: rpc error: code = 5 desc = could not find secret my_secret',
      'docker',
      'could not find secret',
    ],
    ['{"message":"rpc error: code = 6 desc = secret my-secret already exists"}', 'docker', 'secret already exists'],
    [
      '$ docker stack deploy -c docker-stack.yml test\nCreating network test_default\nsecret not found: test_password',
      'docker',
      'secret not found',
    ],
    [
      '$ docker stack deploy -c docker-stack.yml test\nCreating network test_default\nservice nginx: undefined secret "password"',
      'docker',
      'undefined secret',
    ],
    [
      "Error response from daemon: rpc error: code = InvalidArgument desc = port '2181' is already in use by service 'stackname_servicename' as an ingress port",
      'docker',
      'port is already in use by service',
    ],
    [
      "Bad Request. rpc error: code = InvalidArgument desc = port '33033' is already in use by service 'mysql-app1' (9lffoy44ax8n0marqpm223fwe) as an ingress port",
      'docker',
      'port is already in use by service',
    ],
    [
      "docker service update nginx --secret-rm iz4fjkq1z6ka7zvrx48ifaetm --secret-add source=1578412904_ssl.example.com.key,target=/etc/ssl/ssl_example_com.key,mode=0400,uid=101,gid=101\n\nError response from daemon: rpc error: code = InvalidArgument desc = secret references '1578411222_ssl.example.com' and '1578412904_ssl.example.com' have a conflicting target: '/etc/ssl/ssl_example_com.key'",
      'docker',
      'have a conflicting target',
    ],
    [
      'Error response from daemon: Error response from daemon: rpc error: code = 6 desc = secret XXX already exists',
      'docker',
      'secret already exists',
    ],
    [
      'Error response from daemon: rpc error: code = InvalidArgument desc = only updates to Labels are allowed',
      'docker',
      'only updates to Labels are allowed',
    ],
    [
      '`Error response from daemon: rpc error: code = 3 desc = only updates to Labels are allowed`',
      'docker',
      'only updates to Labels are allowed',
    ],
    [
      'time="2021-12-28T15:00:15Z" level=info msg="scaling up PORTAINER_portainer to 1"\ntime="2021-12-28T15:00:15Z" level=error msg="Error response from daemon: rpc error: code = Unknown desc = update out of sequence"\ntime="2021-12-28T15:00:15Z" level=error msg="Error response from daemon: rpc error: code = Unknown desc = update out of sequence"',
      'docker',
      'update out of sequence',
    ],
    ['Error response from daemon: rpc error: code = 2 desc = update out of sequence', 'docker', 'update out of sequence'],
    [
      '2021/02/23 07:03:05 http error: failed to update service 617-test_connector-order-export: Error response from daemon: rpc error: code = Unknown desc = update out of sequence\n\n(err=failed to update service 617-test_connector-order-export: Error response from daemon: rpc error: code = Unknown desc = update out of sequence) (code=500)',
      'docker',
      'update out of sequence',
    ],
    [
      "marc@jupiter:~$ docker node ls\nError response from daemon: rpc error: code = Unknown desc = The swarm does not have a leader. It's possible that too few managers are online. Make sure more than half of the managers are online.\nmarc@jupiter:~$ docker node ls\nError response from daemon: rpc error: code = Unknown desc = The swarm does not have a leader. It's possible that too few managers are online. Make sure more than half of the managers are online.",
      'docker',
      'The swarm does not have a leader',
    ],
    [
      'Error response from daemon: rpc error: code = 2 desc = raft: failed to process the request:    node lost leader status',
      'docker',
      'node lost leader status',
    ],
    [
      '    Error response from daemon: rpc error: code = 2 desc = raft: failed to process the request: node lost leader status',
      'docker',
      'node lost leader status',
    ],
    ['"Error response from daemon: rpc error: code = 2 desc = raft: no elected cluster leader"', 'docker', 'no elected cluster leader'],
    [
      '[root@master busybox]# docker stack deploy -c docker-compose.yml test\nCreating service test_busybox1.24\nError response from daemon: rpc error: code = 3 desc = name must be valid as a DNS name component',
      'docker',
      'name must be valid as a DNS name component',
    ],
    [
      'ailed to create service test_web.example.com: Error response from daemon: rpc error: code = InvalidArgument desc = name must be valid as a DNS name component',
      'docker',
      'name must be valid as a DNS name component',
    ],
    [
      'root@iZ2ze0tktsnis7mhjiyab1Z:~# docker stack deploy -c file4.yaml stk4\nCreating service stk4_test.com\nfailed to create service stk4_test.com: Error response from daemon: rpc error: code = InvalidArgument desc = name must be valid as a DNS name component',
      'docker',
      'name must be valid as a DNS name component',
    ],
    [
      'The network mithc1_mthc cannot be used with services. Only networks scoped to the swarm can be used, such as those created with the overlay driver. ',
      'docker',
      'cannot be used with services',
    ],
    [
      'Error: network "bridge" is declared as external, but it is not in the right scope: "local" instead of "swarm"',
      'docker',
      'declared as external, but it is not in the right scope',
    ],
    [
      '> Error response from daemon: Timeout was reached before node joined. The attempt to join the swarm will continue in the background. Use the "docker info" command to see the current swarm status of your node.',
      'docker',
      'Timeout was reached before node joined',
    ],
    [
      '`Error response from daemon: Timeout was reached before node joined. The attempt to join the swarm will continue in the background. Use the "docker info" command to see the current swarm status of your node.`',
      'docker',
      'Timeout was reached before node joined',
    ],
    [
      '# docker swarm join --token SWMTKN-1-37xxxxx 192.168.2.79:2377\nError response from daemon: Timeout was reached before node joined. The attempt to join the swarm will continue in the background. Use the "docker info" command to see the current swarm status of your node.\n# tail /var/log/syslog\nFeb 22 08:23:30 sys144b dockerd[17000]: time="2018-02-22T08:23:30.547171772-08:00" level=error msg="Handler for POST /v1.35/swarm/join returned error: Timeout was reached before node joined. The attempt to join the swarm will continue in the background. Use the \\"docker info\\" command to see the current swarm status of your node."\nFeb 22 08:23:45 sys144b dockerd[17000]: time="2018-02-22T08:23:45.634304108-08:00" level=error msg="failed to request and save new certificate" error="rpc error: code = DeadlineExceeded desc = context deadline exceeded" module=node/tls',
      'docker',
      'Timeout was reached before node joined',
    ],
    [
      '> Error response from daemon: could not choose an IP address to advertise since this system has multiple addresses on interface eth0 (2620:ad:8083:8:e092:3051:cbcf:5987 and 2620:ad:8083:8:f21f:afff:fe5b:6946) - specify one with --advertise-add',
      'docker',
      'could not choose an IP address to advertise',
    ],
    [
      '$ docker swarm init\nError response from daemon: could not choose an IP address to advertise since this system has multiple addresses on different interfaces (10.0.2.15 on eth0 and 192.168.137.250 on eth1) - specify one with --advertise-addr',
      'docker',
      'could not choose an IP address to advertise',
    ],
    [
      '> Initializing swarm\n> Error response from daemon: could not choose an IP address to advertise since this system has multiple addresses - specify one with --advertise-addr',
      'docker',
      'could not choose an IP address to advertise',
    ],
    [
      'Error response from daemon: rpc error: code = 3 desc = A valid secret token is necessary to join this cluster: crypto/bcrypt: hashedPassword is not the hash of the given password',
      'docker',
      'A valid join token is necessary to join this cluster',
    ],
    [
      'WARN[0000] error fetching signed node certificate: rpc error: code = 3 desc = A valid join token is necessary to join this cluster\nWARN[0000] error fetching signed node certificate: rpc error: code = 3 desc = A valid join token is necessary to join this cluster\nError: rpc error: code = 3 desc = A valid join token is necessary to join this cl',
      'docker',
      'A valid join token is necessary to join this cluster',
    ],
    [
      "$ docker node rm worker-10-50-1-44\nError response from daemon: rpc error: code = 9 desc = node 92eav9u6lax1unbbc2gvv8bjz is not down and can't be removed\n$ docker node rm 92eav9u6lax1unbbc2gvv8bjz\nError response from daemon: rpc error: code = 9 desc = node 92eav9u6lax1unbbc2gvv8bjz is not down and can't be removed",
      'docker',
      "is not down and can't be removed",
    ],
    [
      'docker node rm --force ovg7n6336cyn37apaisw4x81w\nError response from daemon: rpc error: code = FailedPrecondition desc = node ovg7n6336cyn37apaisw4x81w is a cluster manager and is a member of the raft cluster. It must be demoted to worker before removal\n\ndocker node demote ovg7n6336cyn37apaisw4x81w\nError response from daemon: rpc error: code = Unknown desc = raft: failed to process the request: node lost leader status',
      'docker',
      'must be demoted to worker before removal',
    ],
    [
      "> Error response from daemon: rpc error: code = 9 desc = node 1lnfkr7m9wyvpj1f9bwxc507m is not down and can't be removed",
      'docker',
      "is not down and can't be removed",
    ],
    [
      "root@ubuntu:~# docker node rm 34pn48fgq7bf4gg1zhm8d4pok\nError response from daemon: rpc error: code = 9 desc = node 34pn48fgq7bf4gg1zhm8d4pok is not down and can't be removed",
      'docker',
      "is not down and can't be removed",
    ],
    [
      'Error response from daemon: rpc error: code = FailedPrecondition desc = node ovg7n6336cyn37apaisw4x81w is a cluster manager and is a member of the raft cluster. It must be demoted to worker before removal',
      'docker',
      'must be demoted to worker before removal',
    ],
    [
      'Creating network zenbotunstable_default\nCreating service zenbotunstable_mongodb\nCreating service zenbotunstable_adminmongo\nCreating service zenbotunstable_server\nfailed to create service zenbotunstable_server: Error response from daemon: rpc error: code = InvalidArgument desc = ContainerSpec: image reference must be provided\n',
      'docker',
      'image reference must be provided',
    ],
    [
      'ERROR: for web  Cannot start service web: Mounts denied: fs/#namespaces for more info.\n.\nFOLDER_X\nis not shared from OS X and is not known to Docker.\nYou can configure shared paths from Docker -> Preferences... -> File Sharing.\nSee https://docs.docker.com/docker-for-mac/osx\nERROR: Encountered errors while bringing up the project.',
      'docker',
      'Mounts denied',
    ],
    [
      ' docker-compose -f ./docker-compose.yml up -d\n[+] Running 1/8\n ⠴ loki Pulling                                                                                                5.6s\n ✘ cadvisor Error                                                                                              5.6s\n ⠴ minio Pulling                                                                                               5.6s\nerror getting credentials - err: exec: "docker-credential-desktop": executable file not found in $PATH, out: ',
      'docker',
      'error getting credentials',
    ],
    [
      '`1 error occurred:\n        * error listing credentials - err: exec: "docker-credential-desktop": executable file not found in $PATH, out: ``\n`',
      'docker',
      'error listing credentials',
    ],
    [
      'ERROR: for snuba-api  Credentials store error: StoreError(\'Credentials store docker-credential-desktop exited with "error getting credentials - err: exec: "docker-credential-wincred.exe": executable file not found in %PATH%, out: ``".\')',
      'docker',
      'error getting credentials',
    ],
    [
      'error getting credentials - err: exec: "docker-credential-osxkeychain": executable file not found in $PATH, out: ``',
      'docker',
      'error getting credentials',
    ],
    [
      'rudolph@RUDOLPHs-MacBook-Pro vfi % lando start\nLet\'s get this party started! Starting app vfi...\n[+] Running 0/0\n ⠋ proxy Pulling                                                           0.0s \nerror getting credentials - err: exec: "docker-credential-desktop": executable file not found in $PATH, out: ``\nERROR ==> UNKNOWN ERROR',
      'docker',
      'error getting credentials',
    ],
    [
      'Error saving credentials: error storing credentials - err: exec: "docker-credential-desktop": executable file not found in $PATH, out:',
      'docker',
      'error storing credentials',
    ],
    [
      'Error saving credentials: error storing credentials - err: exit status 1, out: `pass not initialized: exec: "pass": executable file not found in $PATH:`',
      'docker',
      'error storing credentials',
    ],
    [
      'WARNING: could not erase credentials: error erasing credentials - err: exit status 1, out: `exit status 1: Error: docker-credential-helpers/[CRED_FOLDER_NAME] is not in the password store.` ',
      'docker',
      'error erasing credentials',
    ],
    [
      'Error saving credentials: error storing credentials - err: exit status 1, out: `pass store is uninitialized`',
      'docker',
      'error storing credentials',
    ],
    [
      'Error saving credentials: error storing credentials - err: exit status 1, out: User interaction is not allowed.',
      'docker',
      'error storing credentials',
    ],
    [
      '❯ doctl registry login\nLogging Docker in to registry.digitalocean.com\nNotice: Login valid for 30 days. Use the --expiry-seconds flag to set a shorter expiration or --never-expire for no expiration.\nError: error storing credentials - err: exit status 1, out: `error storing credentials - err: exit status 1, out: `User interaction is not allowed.``',
      'docker',
      'error storing credentials',
    ],
    [
      '$ docker login\nerror getting credentials - err: exit status 1, out: `One or more parameters passed to a function were not valid.`',
      'docker',
      'error getting credentials',
    ],
    [
      'error saving credentials: error storing credentials - err: exit status 1,\nout: `User interaction is not allowed. (-25308)`',
      'docker',
      'error storing credentials',
    ],
    [
      '-- Creating deploy_registry_1 ... done\n-- Error saving credentials: error storing credentials - err: exit status 1, out: `Cannot autolaunch D-Bus without X11 $DISPLAY`',
      'docker',
      'error storing credentials',
    ],
    [
      'failed to solve: rpc error: code = Unknown desc = failed to solve with frontend dockerfile.v0: failed to create LLB definition: rpc error: code = Unknown desc = error getting credentials - err: exit status 1, out: `Cannot autolaunch D-Bus without X11 $DISPLAY`',
      'docker',
      'failed to solve',
    ],
    [
      'WARNING! Using --password via the CLI is insecure. Use --password-stdin.\nerror getting credentials - err: exit status 1, out: `Cannot autolaunch D-Bus without X11 $DISPLAY`',
      'docker',
      'error getting credentials',
    ],
    [
      'pi@titan:/opt/netdata $ sudo docker compose pull\n[+] Running 0/0\n ⠋ netdata Pulling                                                                                                                                                                                                                      0.0s\nerror getting credentials - err: exit status 1, out: `Cannot autolaunch D-Bus without X11 $DISPLAY`\npi@titan:/opt/netdata $ ',
      'docker',
      'error getting credentials',
    ],
    [
      '#3 [symbolicator-cleanup internal] load metadata for docker.io/getsentry/symbolicator:23.6.1\n#3 ERROR: error getting credentials - err: exit status 1, out: `Cannot autolaunch D-Bus without X11 $DISPLAY`\n------\n > [symbolicator-cleanup internal] load metadata for docker.io/getsentry/symbolicator:23.6.1:\n------\nfailed to solve: getsentry/symbolicator:23.6.1: error getting credentials - err: exit status 1, out: `Cannot autolaunch D-Bus without X11 $DISPLAY`\nError in install/build-docker-images.sh:9.\n\'$dcb --force-rm "$service"\' exited with status 17',
      'docker',
      'failed to solve',
    ],
    [
      'docker.errors.DockerException: Credentials store error: StoreError(\'Credentials store docker-credential-osxkeychain exited with "User interaction is not allowed.".\',)\nFailed to execute script docker-compose',
      'python',
      'DockerException',
    ],
    [
      'Error response from daemon: Mounts denied:\nThe path .../hedera-local-node/envoy.yaml is not shared from the host and is not known to Docker.\nYou can configure shared paths from Docker -> Preferences... -> Resources -> File Sharing.\nSee https://docs.docker.com/desktop/settings/mac/#file-sharing for more info.',
      'docker',
      'Mounts denied',
    ],
    [
      'docker: Error response from daemon: Mounts denied: { errno = [EACCES]; call = getattrlist; label = /private/tmp/tmpy3cv_fo8/registry }.',
      'docker',
      'Mounts denied',
    ],
    [
      '`docker: Error response from daemon: Mounts denied:\nThe path /{/Users} is not shared from the host and is not known to Docker.\nYou can configure shared paths from Docker -> Preferences... -> Resources -> File Sharing.\nSee https://docs.docker.com/desktop/mac for more info.`',
      'docker',
      'Mounts denied',
    ],
    [
      'Error response from daemon: mounts denied: \nThe path /home/martin/Projects/haven-kit/data/config is not shared from the host and is not known to Docker.\nYou can configure shared paths from Docker -> Preferences... -> Resources -> File Sharing.\nSee https://docs.docker.com/go/mac-file-sharing/ for more info.',
      'docker',
      'Mounts denied',
    ],
    [
      'docker: Error response from daemon: Mounts denied:\nThe paths /path/to/projects and /path/to/samples\nare not shared from OS X and are not known to Docker.\nYou can configure shared paths from Docker -> Preferences... -> File Sharing.\nSee https://docs.docker.com/docker-for-mac/osxfs/#namespaces for more info.',
      'docker',
      'Mounts denied',
    ],
    [
      'docker: Error response from daemon: Mounts denied: \nThe path /mnt/www\nis not shared from OS X and is not known to Docker.\nYou can configure shared paths from Docker -> Preferences... -> File Sharing.\nSee https://docs.docker.com/docker-for-mac/osxfs/#namespaces for more info.\n..',
      'docker',
      'Mounts denied',
    ],
    [
      '/usr/bin/docker buildx build --cache-from type=registry,ref=solidnerd/bookstack-dev:master --file ./Dockerfile --output type=docker,dest=/tmp/image-bookstack.tar --platform linux/amd64,linux/arm64 --tag solidnerd/bookstack-dev:sha-aec8ef7 .\nERROR: docker exporter does not currently support exporting manifest lists\nError: buildx failed with: ERROR: docker exporter does not currently support exporting manifest lists',
      'docker',
      'docker exporter does not currently support exporting manifest lists',
    ],
    [
      '[2024-02-14T16:54:16.285Z] ERROR: docker exporter does not currently support exporting manifest lists',
      'docker',
      'docker exporter does not currently support exporting manifest lists',
    ],
    [
      '+ docker buildx build --file Dockerfile --platform linux/amd64,linux/arm/v6,linux/arm/v7,linux/arm64/v8 --label=built-by=billimek --tag billimek/prometheus-speedtest-exporter:latest --load .\n[+] Building 0.0s (0/0)\nerror: docker exporter does not currently support exporting manifest lists',
      'docker',
      'docker exporter does not currently support exporting manifest lists',
    ],
    [
      '#12 exporting to docker image format\n#12 ERROR: docker exporter does not currently support exporting manifest lists\n------\n > exporting to docker image format:\n------\nERROR: failed to solve: docker exporter does not currently support exporting manifest lists',
      'docker',
      'failed to solve',
    ],
    [
      'C:\\Users\\***>docker\nunable to resolve docker endpoint: open C:\\Users\\***\\.docker\\machine\\machines\\default\\ca.pem: The system cannot find the path specified.',
      'docker',
      'unable to resolve docker endpoint',
    ],
    [
      'unable to resolve docker endpoint: open /Users/adabia/.docker/machine/machines/default/ca.pem: no such file or directory',
      'docker',
      'unable to resolve docker endpoint',
    ],
    [
      'unable to resolve docker endpoint: open /home/osboxes/.docker/ca.pem: no such file or directory',
      'docker',
      'unable to resolve docker endpoint',
    ],
    [
      'Run: docker build -f c:\\Users\\mhargreaves\\repos\\devcontainers\\R\\.devcontainer\\Dockerfile -t vsc-r-ebf94a90a032f620bff1a2473e6e5625 c:\\Users\\mhargreaves\\repos\\devcontainers\\R\\.devcontainer\nunable to resolve docker endpoint: open undefined\\ca.pem: The system cannot find the path specified.\nFailed: Building an image from the Dockerfile.',
      'docker',
      'unable to resolve docker endpoint',
    ],
    [
      'unable to resolve docker endpoint: open C:\\Users\\Ronald\\.docker\\machine\\default\\ca.pem: The system cannot find the path specified.\n',
      'docker',
      'unable to resolve docker endpoint',
    ],
    [
      'Get http://docker/v1.40/containers/fa56461fba80c1f8b6ce9010e7f837d48f340f35a1b4bda395d071472e2b2804/json: command [ssh -l root -- 1.23.10.239 docker system dial-stdio] has exited with exit status 255, please make sure the URL is valid, and Docker 18.09 or later is installed on the remote host: stderr=kex_exchange_identification: read: Connection reset by peer',
      'docker',
      'Cannot connect to the Docker daemon',
    ],
    [
      "$ docker run --rm --privileged multiarch/qemu-user-static --reset -p yes\nWARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested\nexec /register: exec format error",
      'docker',
      'exec format error',
    ],
    [
      "WARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested\nError while loading /qemu-binfmt-conf.sh: Exec format error",
      'docker',
      'exec format error',
    ],
    [
      './scripts/mkinitrd.sh latest\nexec /bin/sh: exec format error\nmake: *** [Makefile:55 : artifacts/initramfs] Erreur 1\n',
      'docker',
      'exec format error',
    ],
    ['> Cannot connect to the Docker daemon at http://docker. Is the docker daemon running?', 'docker', 'Cannot connect to the Docker daemon'],
    [
      '{"time":"2026-07-24T18:24:11.681408357+02:00","level":"error","msg":"docker event listener failed","context":"docker-host","error":"error during connect: Get \\"http://docker.example.com/v1.55/events?filters=%7B%22event%22%3A%7B%22health_status%3A+unhealthy%22%3Atrue%7D%7D&since=1784910093\\": exec: \\"ssh\\": executable file not found in $PATH","job_id":"019f94ee-a76f-7ad5-869f-bb97b2e71a82"}',
      'docker',
      'executable file not found in $PATH',
    ],
    [
      'error getting credentials - err: exec: "docker-credential-desktop": executable file not found in $PATH, out',
      'docker',
      'error getting credentials',
    ],
    [
      'Failed to install extension: installation could not be completed due to: executing \'docker --context desktop-linux compose -p ajeetraina_selenium-docker-extension-desktop-extension -f /home/karlis.kavacis/.docker/desktop/extensions/ajeetraina_selenium-docker-extension/vm/docker-compose.yaml up -d\' : exit status 1: edge Pulling selenium-hub Pulling chrome Pulling firefox Pulling error getting credentials - err: exec: "docker-credential-desktop": executable file not found in $PATH, out: ``',
      'docker',
      'error getting credentials',
    ],
    [
      'docker-credential-desktop store\n{"Username":"cameronk","Secret":"SNIPPED_TOKEN","ServerURL":"r8.im"}\nerror storing credentials - err: exit status 1, out: `pass not initialized: exit status 1`',
      'docker',
      'error storing credentials',
    ],
    [
      'Error saving credentials: error storing credentials - err: exit status 1, out: `Cannot autolaunch D-Bus without X11 $DISPLAY`',
      'docker',
      'error storing credentials',
    ],
  ])('recognises %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it.each([
    [
      'time="2017-05-12T02:12:47.514227394Z" level=error msg="Handler for GET /v1.30/nodes returned error: rpc error: code = 2 desc = The swarm does not have a leader. It\'s possible that too few managers are online. Make sure more than half of the managers are online." ',
      'docker',
      'Handler returned error',
    ],
    [
      '> msg="Error creating service : rpc error: code = 3 desc = ContainerSpec: image reference must be provided"\n> msg="Handler for POST /services/create returned error: rpc error: code = 3 desc = ContainerSpec: image reference must be provided"',
      'docker',
      'Handler returned error',
    ],
    [
      'docker.errors.APIError: 500 Server Error: Internal Server Error ("rpc error: code = Unknown desc = update out of sequence")',
      'python',
      'APIError',
    ],
    [
      '➜  cli git:(feature/new-deploy) ./bin/run service:start CfXKjFHwNo8GXyyg5qpEWaHzb6ec27NCma52k1hgUEBw\nStart service... !\nError: 2 UNKNOWN: Error response from daemon: rpc error: code = InvalidArgument desc = name must be valid as a DNS name component\n    at Object.exports.createStatusError (~/Developments/MESG/cli/node_modules/grpc/src/common.js:91:15)',
      'javascript',
      'UNKNOWN',
    ],
    [
      "Error response from daemon: manager stopped: can't initialize raft node: rpc error: code = Unknown desc = could not connect to prospective new cluster member using its advertised address: rpc error: code = DeadlineExceeded desc = context deadline exceeded",
      'docker',
      "can't initialize raft node",
    ],
    [
      'docker service rm my_web\n`Error response from daemon: rpc error: code = 4 desc = context deadline exceeded`',
      'docker',
      'context deadline exceeded',
    ],
    [
      'ERROR: for app  Cannot create container for service app: invalid mount config for type "bind": bind source path does not exist',
      'docker',
      'bind source path does not exist',
    ],
    [
      'ERRO[3366] fatal task error                              error="starting container failed: Error response from daemon: network net1 not found" module="node/agent/taskmanager" task.id=dj007b1pzeswjqqf0hbs5xrn2',
      'docker',
      'no such network',
    ],
    ['driver Additional property driver is not allowed', 'docker', 'Additional property is not allowed'],
  ])('keeps %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it('moves the services to a new secret before removing the old one', () => {
    expect(
      fixText(
        'Error removing secret secret_name: 400 Client Error for http+docker://localhost/v1.41/secrets/vurz9eq24g7kyilccxu20m3j3: Bad Request (\\"rpc error: code = InvalidArgument desc = secret \'secret_name\' is in use by the following service: authelia_authelia\\")',
      ),
    ).toContain('docker secret rm secret_name');
  });

  it('reads the current version of the service the update named', () => {
    expect(
      fixText(
        'failed to update service 617-test_connector-order-export: Error response from daemon: rpc error: code = Unknown desc = update out of sequence',
      ),
    ).toContain('docker service inspect 617-test_connector-order-export');
  });

  it('advertises the interface the init named', () => {
    expect(
      fixText(
        'Error response from daemon: could not choose an IP address to advertise since this system has multiple addresses on interface eth0 (10.0.2.15 and 5.5.5.5) - specify one with --advertise-addr',
      ),
    ).toContain('docker swarm init --advertise-addr eth0');
  });
});
