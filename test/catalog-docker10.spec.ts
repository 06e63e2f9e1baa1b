/**
 * A tenth catalog pass over the Docker family, from builds, pushes and starts as they are really pasted: BuildKit's
 * RUN step that exited 127 (the build's "failed to solve", not the shell's guess from the status), the classic
 * builder's failed RUN quoted without "The command '…'", runc's own Go file names (container_linux.go,
 * standard_init_linux.go) that made a container's failed start look like a Go program's, a push to a plain-HTTP
 * registry after its layer lines, an entrypoint behind "Error starting container:", a step out of disk, BuildKit's
 * line quoted in a sentence and Portainer's empty external network. Pure: the rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

describe("the Docker family's tenth catalog pass", () => {
  it.each([
    [
      'failed to solve: process "/bin/sh -c pip install supervisor && pip install pytz --upgrade && pip install tzdata --upgrade && pip install Redis && pip install gunicorn && pip install arches==6.2.6 && arches-admin startproject ${ARCHES_PROJECT}" did not complete successfully: exit code: 127',
      'docker',
      'failed to solve',
    ],
    [
      ' No such file or directory\n\nfailed to solve: process "/bin/sh -c apk update && apk upgrade     && if [ ${TZ} ]; then apk add --no-cache --virtual .build-deps tzdata && cp -r \\"/usr/share/zoneinfo/${TZ}\\" /etc/localtime && echo \\"${TZ}\\" > /etc/timezone; fi     && apk add --no-cache openssl bash cronie     && cd /acme.sh && ./acme.sh --install -m ${NGINX_REGISTER_ACME_MAIL_1_21}     && ln -s ~/.acme.sh/acme.sh /usr/local/bin/acme.sh     && rm -rf /acme.sh     && apk del .build-deps" did not complete successfully: exit code: 127',
      'docker',
      'failed to solve',
    ],
    [
      'ERROR: failed to solve: process "/bin/sh -c ./etc/Build.sh -compiler=${compiler} -threads=${numThreads}" did not complete successfully: exit code: 127',
      'docker',
      'failed to solve',
    ],
    [
      '/bin/sh -c apt-get update &&   apt-get install -y --no-install-recommends git wget ffmpeg unzip sudo &&   apt-get clean &&   rm -rf /var/lib/apt/lists/* returned a non-zero code: 100',
      'docker',
      'returned a non-zero code',
    ],
    [
      'the command [/bin/sh -c dpkg-divert --local --rename --add /sbin/initctl && ln -s /bin/initctl] returned a non-zero code: 1',
      'docker',
      'returned a non-zero code',
    ],
    ['panic: standard_init_linux.go:175: exec user process caused "exec format error"', 'docker', 'exec format error'],
    ['Error starting container: exec /entrypoint.sh: no such file or directory', 'docker', 'no such file or directory'],
    [
      'ERROR: for passwordpusher  Cannot start service passwordpusher: OCI runtime create failed: container_linux.go:348: starting container process caused "exec: \\"containerization/passwordpusher-postgres/entrypoint.sh\\": stat containerization/passwordpusher-postgres/entrypoint.sh: no such file or directory": unknown\nERROR: Encountered errors while bringing up the project.',
      'docker',
      'OCI runtime create failed',
    ],
    [
      '    393bd09b891b: Pushing [==================================================>]   5.76MB/5.76MB\n    bb63b571c364: Pushing  2.048kB\n    http: server gave HTTP response to HTTPS client',
      'docker',
      'server gave HTTP response to HTTPS client',
    ],
    [
      '2020/04/25 21:36:28 http error: Network  declared as external, but could not be found. Please create the network manually using docker network create  and try again (err=Network  declared as external, but could not be found. Please create the network manually using docker network create  and try again) (code=500)',
      'docker',
      'declared as external, but could not be found',
    ],
    [
      'Six M-series jobs across four PRs died today at the `Build rustbgpd:dev` step with `failed to solve: error writing layer blob: not_found`',
      'docker',
      'failed to solve',
    ],
    [
      '23.70 # github.com/prometheus/client_golang/prometheus/promhttp\n23.70 compile: writing output: write $WORK/b533/_pkg_.a: no space left on device\n24.77 # modernc.org/libc\n24.77 compile: writing output: write $WORK/b471/_pkg_.a: no space left on device\n------\n\n 1 warning found (use docker --debug to expand):\n - SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (ARG "DISABLE_REFRESH_TOKEN_RATE_LIMIT") (line 14)\nDockerfile:19\n--------------------\n  18 |     COPY --from=frontend-build /app/dist ./internal/http/dist\n  19 | >>> RUN CGO_ENABLED=0 go build \\\n  21 | >>>      -o /out/leafwiki ./cmd/leafwiki\n  22 |\n--------------------\nERROR: failed to build: failed to solve: process "/bin/sh -c CGO_ENABLED=0 go build \\t-o /out/leafwiki ./cmd/leafwiki" did not complete successfully: exit code: 1',
      'docker',
      'failed to solve',
    ],
    ['ERROR: failed to solve: process "/bin/sh -c ./run-tests.sh" did not complete successfully: exit code: 126', 'docker', 'failed to solve'],
    [
      '# docker exec -it aipusaas-cubejs-api /bin/sh\nError response from daemon: container 7123f057d7f16376439e501a59f463940b8a68ea717a11fffa5dc030939411dc is not running',
      'docker',
      'container is not running',
    ],
  ])('recognises %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it.each([
    [
      'failed to solve: process "/bin/sh -c yarn config set httpTimeout 1200000 &&     npx turbo prune --scope=@calcom/web --docker &&     yarn install &&     yarn db-deploy &&     yarn --cwd packages/prisma seed-app-store" did not complete successfully: exit code: 129',
      'docker',
      'failed to solve',
    ],
    [
      "Complete!\nThe command '/bin/sh -c yum install -y wget java-1.8.0-openjdk     && cd /tmp && wget -q $KAFKA_BIN     && export K_TAR=/tmp/$(ls kafka* | head -1)     && mkdir -p /opt/apache/kafka/ && tar -zxf $K_TAR -C /opt/apache/kafka/     && cd /opt/apache/kafka && ln -s $(ls) current     && rm -rf $K_TAR' returned a non-zero code: 8",
      'docker',
      'returned a non-zero code',
    ],
    [
      "ERROR: Service 'alfresco' failed to build: The command '/bin/sh -c /tmp/install_alfresco.sh &&     rm -rf /tmp/* /var/tmp/*' returned a non-zero code: 2",
      'docker',
      'returned a non-zero code',
    ],
    [
      'ERROR: failed to solve: failed to read dockerfile: open Dockerfile: no such file or directory\n  Warning: Docker build failed with exit code 1, back off 7.694 seconds before retry.\n  /usr/local/bin/docker build -t 1221aa:e535ffc034e34262b8c141bad640dcad -f "/codebuild/output/src1983365826/src/actions-runner/_work/_actions/KeyValueSoftwareSystems/action-ecr-image-scan/v1.0.0/Dockerfile" "/codebuild/output/src1983365826/src/actions-runner/_work/_actions/KeyValueSoftwareSystems/action-ecr-image-scan/v1.0.0"',
      'docker',
      'failed to solve',
    ],
    ['exec /opt/entrypoint.sh: exec format error', 'docker', 'exec format error'],
    ['[FATAL tini (8)] exec /usr/local/bin/entrypoint.sh failed: No such file or directory', 'docker', 'no such file or directory'],
    [
      'C:\\Users\\art>docker run -it --rm 364c24a3cf582c8c8c23a9592fceefec67a2fe50bbd6805553e90fdbe5714f80\nexec /usr/local/bin/docker-entrypoint.sh: no such file or directory',
      'docker',
      'no such file or directory',
    ],
    [
      'Nov 11 23:08:13 peptone dockerd[14445]: time="2016-11-11T23:08:13.763732262+01:00" level=error msg="Attempting next endpoint for push after error: Get https://10.0.0.15:5000/v2/: http: server gave HTTP response to HTTPS client"\nNov 11 23:08:13 peptone dockerd[14445]: time="2016-11-11T23:08:13.768440062+01:00" level=error msg="Attempting next endpoint for push after error: Get https://10.0.0.15:5000/v1/_ping: http: server gave HTTP response to HTTPS client"',
      'docker',
      'server gave HTTP response to HTTPS client',
    ],
    [
      'Got permission denied while trying to connect to the Docker daemon socket at unix:///run/docker/docker.sock: Get "http://%2Frun%2Fdocker%2Fdocker.sock/v1.24/containers/json": dial unix /run/docker/docker.sock: connect: permission denied\nGot permission denied while trying to connect to the Docker daemon socket at unix:///run/docker/docker.sock: Get "http://%2Frun%2Fdocker%2Fdocker.sock/v1.24/containers/json": dial unix /run/docker/docker.sock: connect: permission denied',
      'docker',
      'permission denied',
    ],
    [
      'Creating conventionalcommitsorg_site_1 ... \nCreating conventionalcommitsorg_site_1 ... error\n\nERROR: for conventionalcommitsorg_site_1  Cannot start service site: driver failed programming external connectivity on endpoint conventionalcommitsorg_site_1 (fcf7ab101b75ced4d315a3854366c7b940ed21fa5edc6b3bf89ba83b7ed4102d): Bind for 0.0.0.0:80 failed: port is already allocated\n\nERROR: for site  Cannot start service site: driver failed programming external connectivity on endpoint conventionalcommitsorg_site_1 (fcf7ab101b75ced4d315a3854366c7b940ed21fa5edc6b3bf89ba83b7ed4102d): Bind for 0.0.0.0:80 failed: port is already allocated\nERROR: Encountered errors while bringing up the project.',
      'docker',
      'port is already allocated',
    ],
    [
      'WARN[0000] /root/listmonk/docker-compose.yml: the attribute `version` is obsolete, it will be ignored, please remove it to avoid potential confusion \n[+] Running 2/3\n ✔ Container listmonk_db       Running                                                            0.0s \n ✔ Container listmonk_app      Running                                                            0.0s \n ⠹ Container listmonk_demo_db  Starting                                                           0.2s \nError response from daemon: driver failed programming external connectivity on endpoint listmonk_demo_db (a0994502c7174f07b82d6318495781ed7b14b660996b43a8010cbc1e41770500): Bind for 0.0.0.0:9432 failed: port is already allocated',
      'docker',
      'port is already allocated',
    ],
    [
      'Sending build context to Docker daemon  6.656kB\nError response from daemon: dockerfile parse error line 60: unknown instruction: CAT',
      'docker',
      'unknown instruction',
    ],
    [
      'Run docker/setup-buildx-action@v3\nDocker info\nBuildx version\nInspecting default docker context\nCreating a new builder instance\nBooting builder\nError: ERROR: Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
      'docker',
      'toomanyrequests',
    ],
    [
      '#7 exporting to image\n#7 pushing layers 0.5s done\n#7 ERROR: authorization status: 401: authorization failed\n------\n > exporting to image:\n------\nerror: failed to solve: authorization status: 401: authorization failed',
      'docker',
      'failed to solve',
    ],
    ['docker pull nginx:stable-alpine\nError response from daemon: unauthorized: authentication required', 'docker', 'authentication required'],
    [
      "Error response from daemon: pull access denied for minio, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\nError: Process completed with exit code 1.",
      'docker',
      'pull access denied',
    ],
    [
      "WARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested\nexec /bin/bash: exec format error",
      'docker',
      'exec format error',
    ],
    [
      'pi@twcmanager:~ $ sudo docker-compose -f docker-compose.yml up\nCreating network "pi_default" with the default driver\nPulling twcmanager (twcmanager/twcmanager:v1.2.2)...\nv1.2.2: Pulling from twcmanager/twcmanager\n89475607b1df: Pull complete\nda38a388f362: Pull complete\nDigest: sha256:510fd50521450abe103cf99ecaf559733fcdddc5322eaae3de5bad72376fb82e\nStatus: Downloaded newer image for twcmanager/twcmanager:v1.2.2\nCreating pi_twcmanager_1 ... done\nAttaching to pi_twcmanager_1\npi_twcmanager_1 exited with code 139\npi@twcmanager:~ $',
      'docker',
      'segmentation fault',
    ],
    [
      'Step 15 : COPY linuxamd64_12c_database_1of2.zip /software/                                                           \nUntar re-exec error: exit status 1: output: write /software/linuxamd64_12c_database_1of2.zip: no space left on device',
      'docker',
      'no space left on device',
    ],
    [
      '# docker run --name bind -d --restart=always   --publish 53:53/tcp --publish 53:53/udp --publish 10000:10000/tcp --security-opt seccomp=unconfined   --volume /srv/docker/bind:/data   sameersbn/bind:latest\n7bcb75a86cec4f5d187939208104e32b83419a6b11eabf655be97b69befb246c\ndocker: Error response from daemon: driver failed programming external connectivity on endpoint bind (14e1a51512de042991a14eab288fa25d20be36ef0d49235270617c9d61e19910): iptables failed: iptables --wait -t nat -A DOCKER -p tcp -d 0/0 --dport 10000 -j DNAT --to-destination 172.17.0.2:10000 ! -i docker0: iptables: No chain/target/match by that name.\n (exit status 1).',
      'docker',
      'driver failed programming external connectivity',
    ],
    ['Error: Process completed with exit code 127.', 'shell', 'command not found'],
    ['##[error]Process completed with exit code 126.', 'shell', 'permission denied'],
  ])('still answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it('repeats the command of the failed RUN step', () => {
    expect(
      fixText('the command [/bin/sh -c dpkg-divert --local --rename --add /sbin/initctl && ln -s /bin/initctl] returned a non-zero code: 1'),
    ).toContain('dpkg-divert --local --rename --add /sbin/initctl');
  });

  it("lists the registry in the pushing daemon's insecure registries", () => {
    expect(fixText('bb63b571c364: Pushing  2.048kB\nhttp: server gave HTTP response to HTTPS client')).toContain('insecure-registries');
  });

  it('makes the entrypoint the start could not execute usable', () => {
    expect(fixText('Error starting container: exec /entrypoint.sh: no such file or directory')).toContain("sed -i 's/\\r$//' /entrypoint.sh");
  });
});
