/**
 * An eighth catalog pass over the Docker family, from everyday errors as people paste them where the earlier passes'
 * wordings missed: compose v2's progress line for a dependency, swarm's and compose's external networks and volumes,
 * compose v1's own messages (its PyYAML scanner error, a missing compose file, an unknown top-level key, an env file's
 * whitespace), compose v2's env file on Windows, rancher-compose's YAML unmarshal errors, the CLI's "unknown help topic", the classic
 * builder's COPY --from of an unknown stage, OpenShift's COPY flags, Docker for Mac's EADDRINUSE, a Java client's exception, BuildKit's bare "failed to read
 * dockerfile" and older "executor failed running", a missing COPY source and a failed RUN under compose v1, Docker
 * Hub's automated builds, an old CLI's missing socket, the rate limit over two lines, runc's message in an invalid
 * header, tini's failed exec. Pure: the rules engine alone.
 */
import { expectRecognised, answer } from './support/recognised';

describe("the docker family's eighth catalog pass", () => {
  it.each([
    [
      ' ✘ Container xtm-opencti-1            Error dependency opencti failed to start                70.6s',
      'docker',
      'dependency failed to start',
    ],
    [
      'root@switchboard:~# sudo docker compose up -d\nWARN[0000] No services to build\n[+] up 5/5\n ✔ Network pangolin   Created                 0.1s\n ✔ Container pangolin Healthy                 22.4s\n ✘ Container crowdsec Error dependency crowdsec failed to start        22.5s',
      'docker',
      'dependency failed to start',
    ],
    [
      'network "wp-traefik-local" is declared as external, but could not be found. You need to create a swarm-scoped network before the stack is deployed',
      'docker',
      'declared as external, but could not be found',
    ],
    [
      '------\nfailed to compute cache key: "/executionserver" not found: not found\nERROR: Service \'odm-standalone\' failed to build : Build failed',
      'docker',
      'failed to solve',
    ],
    [
      "ERROR: Service 'test' failed to build: The command '/bin/sh -c for module in `find /gomod/src/modules -maxdepth 2 -mindepth 2 -type d` do cd ${module}/cloud/go && go mod download; done' returned a non-zero code: 2",
      'docker',
      'returned a non-zero code',
    ],
    [
      'sudo docker-compose up -d\nERROR: yaml.scanner.ScannerError: mapping values are not allowed here\n  in "./docker-compose.yml", line 7, column 19',
      'docker',
      'mapping values are not allowed here',
    ],
    [
      'yaml.scanner.ScannerError: mapping values are not allowed here\n  in "./docker-compose.yml", line 37, column 368',
      'docker',
      'mapping values are not allowed here',
    ],
    [
      'platform$ docker-compose build\nERROR: yaml.scanner.ScannerError: mapping values are not allowed here\n  in "./docker-compose.yml", line 4, column 22',
      'docker',
      'mapping values are not allowed here',
    ],
    ['failed to read dockerfile: open Dockerfile: no such file or directory', 'docker', 'failed to solve'],
    [
      'Post http:///var/run/docker.sock/v1.20/containers/create: dial unix /var/run/docker.sock: no such file or directory.\n* Are you trying to connect to a TLS-enabled daemon without TLS?\n* Is your docker daemon up and running?',
      'docker',
      'Cannot connect to the Docker daemon',
    ],
    [
      '2018/08/02 13:40:29 Get http:///var/run/docker.sock/v1.14/images/json: dial unix /var/run/docker.sock: no such file or directory',
      'docker',
      'Cannot connect to the Docker daemon',
    ],
    [
      '> Too Many Requests - Server message: toomanyrequests: \n> You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
      'docker',
      'toomanyrequests',
    ],
    [
      '#=>docker: Error response from daemon: invalid header field value "oci runtime error: container_linux.go:247: starting container process caused \\"exec: \\\\\\"docker-entrypoint.sh\\\\\\": executable file not found in $PATH\\\\\\"\\n".',
      'docker',
      'executable file not found in $PATH',
    ],
    ['[FATAL tini (8)] exec /usr/local/bin/entrypoint.sh failed: No such file or directory\n', 'docker', 'no such file or directory'],
    ['$ docker help compose\nunknown help topic: compose', 'docker', 'unknown help topic'],
    [
      "josiah@fineract-1:~/fintecheando-mifos-docker-ubuntu$ docker-compose up\nERROR:\n        Can't find a suitable configuration file in this directory or any\n        parent. Are you in the right directory?\n\n        Supported filenames: docker-compose.yml, docker-compose.yaml",
      'docker',
      "Can't find a suitable configuration file",
    ],
    [
      "admink@LAPTOP-SEVML7S9:~/drakonhub$ docker-compose up\ncan't find a suitable configuration file in this directory or any parent: not found",
      'docker',
      "Can't find a suitable configuration file",
    ],
    [
      "executor failed running [/bin/sh -c npm install]: exit code: 1\nERROR: Service 'chat1' failed to build : Build failed",
      'docker',
      'failed to solve',
    ],
    ["Build failed: The command '/bin/sh -c npm install' returned a non-zero code:", 'docker', 'returned a non-zero code'],
    [
      "ERROR: The Compose file './docker-compose.yaml' is invalid because:\n'name' does not match any of the regexes: '^x-'\n\nYou might be seeing this error because you're using the wrong Compose file version. Either specify a supported version (e.g \"2.2\" or \"3.3\") and place your service definitions under the `services` key, or omit the `version` key and place your service definitions at the root of the file to use version 1.\nFor more on the Compose file format versions, see https://docs.docker.com/compose/compose-file/",
      'docker',
      'does not match any of the regexes',
    ],
    [
      'C:\\Users\\thepo\\Documents\\Fantasy Football\\2024\\fantasy-football-metrics-weekly-report>docker compose up -d\nenv file C:\\Users\\thepo\\Documents\\Fantasy Football\\2024\\fantasy-football-metrics-weekly-report\\.env not found: CreateFile C:\\Users\\thepo\\Documents\\Fantasy Football\\2024\\fantasy-football-metrics-weekly-report\\.env: The system cannot find the file specified.',
      'docker',
      'env file not found',
    ],
    [
      "[root@144 django-sspanel]# docker-compose run --rm web python manage.py collectstatic --noinput\nERROR: In file ./.env: environment variable name 'port ' may not contain whitespace.",
      'docker',
      'may not contain whitespace',
    ],
    [
      '[+] Running 1/0\n ⠿ Network root_default  Created                                                                         0.0s\nexternal volume "" not found\n[root@adguard ~]#',
      'docker',
      'external volume not found',
    ],
    [
      'volume "my-postgres-db_data" already exists but was not created by Docker Compose. Use `external: true` to use an existing volume',
      'docker',
      'already exists but was not created by Docker Compose',
    ],
    [
      'ERROR: Volume foo declared as external but specifies additional attributes (driver).',
      'docker',
      'declared as external but specifies additional attributes',
    ],
    [
      '------\nexecutor failed running [/bin/sh -c TX_USR=$TX_USR     TX_PWD=$TX_PWD     make -f docker.mk build]: exit code: 2',
      'docker',
      'failed to solve',
    ],
    [
      'Error: executor failed running [/bin/sh -c apt-get update \t&& apt-get install -y \tcurl \tgit \tgolang \tsudo \tvim \twget \t&& rm -rf /var/lib/apt/lists/*]: exit code: 100',
      'docker',
      'failed to solve',
    ],
    ['[FATAL tini (6)] exec /usr/local/bin/entrypoint.sh failed: No such file or directory\n', 'docker', 'no such file or directory'],
    [
      "Caused by: com.spotify.docker.client.exceptions.DockerException: invalid from flag value [name, redacted]: pull access denied for [name, redacted], repository does not exist or may require 'docker login'",
      'java',
      'DockerException',
    ],
    [
      'Step 4/5 : COPY --from=stage1 /somefile /\ninvalid from flag value stage1: repository sha256 not found: does not exist or no pull access',
      'docker',
      'pull access denied',
    ],
    ['error: build error: COPY only supports the --from=<image|stage> flag', 'docker', 'COPY only supports the --from=<image|stage> flag'],
    [
      '`ERROR: for d1877a6fa959_d1877a6fa959_dockerworkflow_nginx_1  Cannot start service nginx: driver failed programming external connectivity on endpoint d1877a6fa959_d1877a6fa959_dockerworkflow_nginx_1 (575d6f4790a9b8dd205625937f495e8569ec5390039e186e6ea26d4a935f0ed3): Error starting userland proxy: Bind for 0.0.0.0:80: unexpected error (Failure EADDRINUSE)`',
      'docker',
      'port is already allocated',
    ],
    [
      '$ rancher-compose -p test restart nginx                                                                                                                                              \nERRO[0000] Failed to unmarshall: yaml: unmarshal errors:\n  line 11: cannot unmarshal !!map into string',
      'docker',
      'cannot unmarshal',
    ],
    [
      'time="2018-03-07T03:21:43Z" level=error msg="Could not parse config for project my-project : yaml: unmarshal errors:\\n  line 1: cannot unmarshal !!str `3` into config.RawService" \ntime="2018-03-07T03:21:43Z" level=fatal msg="Failed to read project: yaml: unmarshal errors:\\n  line 1: cannot unmarshal !!str `3` into config.RawService" ',
      'docker',
      'cannot unmarshal',
    ],
    [
      'ERRO[0000] Failed to parse service lb-me-server: yaml: unmarshal errors:\n  line 11: cannot unmarshal !!map into string\nERRO[0000] Could not parse config for project test : yaml: unmarshal errors:\n  line 11: cannot unmarshal !!map into string\n',
      'docker',
      'cannot unmarshal',
    ],
    [
      'Creating network "phpapp_appnet" with driver "bridge"\nCreating volume "phpapp_data" with local driver\nCreating phpapp_db_1\nCreating phpapp_nginx_1\n\nERROR: for nginx  driver failed programming external connectivity on endpoint phpapp_nginx_1 (c3fae16f60cd9692ff4aae0ecb6f325534bfb9fd1ded3403b72083c4b795e86f): Error starting userland proxy: Failed to bind: EADDRINUSE\nERROR: Encountered errors while bringing up the project.',
      'docker',
      'port is already allocated',
    ],
  ] as const)('recognises pasted error %#', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it.each([
    ['ERROR: failed to solve: failed to read dockerfile: open Dockerfile: no such file or directory', 'docker', 'failed to solve'],
    ['dependency failed to start: container pangolin is unhealthy', 'docker', 'dependency failed to start'],
    [
      'ERROR: Network proxy declared as external, but could not be found. Please create the network manually using `docker network create proxy` and try again.',
      'docker',
      'declared as external, but could not be found',
    ],
    [
      'Traceback (most recent call last):\n  File "app.py", line 3, in <module>\n    cfg = yaml.safe_load(f)\nyaml.scanner.ScannerError: mapping values are not allowed here\n  in "config.yml", line 4, column 9',
      'python',
      'ScannerError',
    ],
    [
      "crontab: installing new crontab\n\"/tmp/crontab.XXXXR2kLQx\":0: bad minute\nerrors in crontab file, can't install.\nERROR: Service 'cron' failed to build: The command '/bin/sh -c crontab /etc/cron.d/jobs' returned a non-zero code: 1",
      'shell',
      'bad minute',
    ],
    ["ERROR: Service 'web' failed to build : Build failed", 'docker', 'failed to build'],
    [
      'toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
      'docker',
      'toomanyrequests',
    ],
    ['exec /docker-entrypoint.sh: no such file or directory', 'docker', 'no such file or directory'],
    ['panic: open config.yaml: no such file or directory\n\ngoroutine 1 [running]:\nmain.main()\n\t/app/main.go:12 +0x1c5', 'go', 'panic'],
    ['Error: unknown command "foo" for "kubectl"', 'kubernetes', 'unknown command'],
    ['env file /home/me/app/.env not found: stat /home/me/app/.env: no such file or directory', 'docker', 'env file not found'],
    ["ERROR: Couldn't find env file: /home/tellForm/docker_files/.env", 'docker', "Couldn't find env file"],
    [
      'Container espocrm Error dependency espocrm failed to start\ndependency failed to start: container espocrm is unhealthy\n',
      'docker',
      'dependency failed to start',
    ],
    [
      "invalid from flag value bulid: pull access denied for bulid, repository does not exist or may require 'docker login'",
      'docker',
      'pull access denied',
    ],
    [
      'Error response from daemon: driver failed programming external connectivity on endpoint overcooked-demo-app-1 (4bcc12b01a8dfbf43e45318ecaaa79651e64a6aa7f483b3be00abb1738c42272): Error starting userland proxy: listen tcp4 0.0.0.0:80: bind: address already in use',
      'docker',
      'port is already allocated',
    ],
  ] as const)('leaves near miss %# alone', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it.each([
    // an old CLI refused the socket (permission, not a missing daemon); cobra's own unknown command
    [
      'Get http:///var/run/docker.sock/v1.20/containers/json: dial unix /var/run/docker.sock: permission denied. Are you trying to connect to a TLS-enabled daemon without TLS?',
      'Cannot connect to the Docker daemon',
    ],
    ['Error: unknown command "foo" for "kubectl"', 'unknown help topic'],
  ] as const)('does not answer near miss %# with the new phrase', (error, errorType) => {
    expect(answer(error).error_type).not.toBe(errorType);
  });

  it('repeats the names the messages give in the fixes', () => {
    const fix = answer(
      'network "wp-traefik-local" is declared as external, but could not be found. You need to create a swarm-scoped network before the stack is deployed',
    )
      .fixes.map((f) => f.code ?? '')
      .join('\n');
    expect(fix).toContain('docker network create --driver overlay --attachable wp-traefik-local');
  });
});
