/**
 * A second catalog pass over the shell family (issue 12): systemd's and journald's lines (a unit's exit status and
 * result, systemctl's failures, the unit-file parser's warnings, timers and mounts), CI runners' exit lines when only a
 * shell step failed, and coreutils' messages in the languages of its catalogs (with glibc's system errors after them).
 * Pure: the rules engine alone.
 */
import { answer, expectRecognised, fixText } from './support/recognised';

describe("the shell family's second catalog pass", () => {
  it.each([
    [
      "Dec 06 10:00:01 host systemd[1]: myapp.service: Main process exited, code=exited, status=1/FAILURE\nDec 06 10:00:01 host systemd[1]: myapp.service: Failed with result 'exit-code'.\nDec 06 10:00:01 host systemd[1]: Failed to start My App.",
      'shell',
      '1/FAILURE',
    ],
    [
      'Job for nginx.service failed because the control process exited with error code.\nSee "systemctl status nginx.service" and "journalctl -xeu nginx.service" for details.',
      'shell',
      'Job failed',
    ],
    [
      'Job for docker.service failed because start of the service was attempted too often.\nSee "systemctl status docker.service" and "journalctl -xe" for details.\nTo force a start use "systemctl reset-failed docker.service" followed by "systemctl start docker.service" again.',
      'shell',
      'Start request repeated too quickly',
    ],
    [
      'Job for mysql.service failed because a timeout was exceeded.\nSee "systemctl status mysql.service" and "journalctl -xe" for details.',
      'shell',
      'Start operation timed out',
    ],
    [
      'Job for app.service failed because the service did not take the steps required by its unit configuration.\nSee "systemctl status app.service" and "journalctl -xe" for details.',
      'shell',
      'Job failed',
    ],
    [
      "Dec 06 10:00:01 host systemd[1]: worker.service: Main process exited, code=killed, status=9/KILL\nDec 06 10:00:01 host systemd[1]: worker.service: Failed with result 'signal'.",
      'shell',
      'Killed',
    ],
    [
      "Dec 06 10:00:01 host systemd[1]: worker.service: A process of this unit has been killed by the OOM killer.\nDec 06 10:00:01 host systemd[1]: worker.service: Main process exited, code=killed, status=9/KILL\nDec 06 10:00:01 host systemd[1]: worker.service: Failed with result 'oom-kill'.",
      'shell',
      'Killed',
    ],
    ['Dec 06 10:00:01 host systemd[1]: app.service: Main process exited, code=killed, status=6/ABRT', 'shell', '6/ABRT'],
    [
      "Dec 06 10:00:01 host systemd[1]: app.service: Main process exited, code=dumped, status=11/SEGV\nDec 06 10:00:01 host systemd[1]: app.service: Failed with result 'core-dump'.",
      'shell',
      'segmentation fault',
    ],
    [
      'Dec 06 10:00:01 host systemd[1]: /etc/systemd/system/app.service:3: Assignment outside of section. Ignoring.',
      'shell',
      'Assignment outside of section',
    ],
    [
      "Dec 06 10:00:01 host systemd[1]: /etc/systemd/system/app.service:9: Unknown key name 'ExecStartPost ' in section 'Service', ignoring.",
      'shell',
      'Unknown key name',
    ],
    ["Dec 06 10:00:01 host systemd[1]: /etc/systemd/system/app.service:7: Unknown section 'Services'. Ignoring.", 'shell', 'Unknown section'],
    [
      'Dec 06 10:00:01 host systemd[1]: /etc/systemd/system/app.service:12: Invalid user/group name or numeric ID: www data',
      'shell',
      'Invalid user/group name or numeric ID',
    ],
    [
      "Failed to start app.service: Unit app.service has a bad unit file setting.\nSee system logs and 'systemctl status app.service' for details.",
      'shell',
      'bad unit file setting',
    ],
    [
      "Warning: The unit file, source configuration file or drop-ins of app.service changed on disk. Run 'systemctl daemon-reload' to reload units.",
      'shell',
      'changed on disk',
    ],
    ['Failed to enable unit: Unit file /etc/systemd/system/app.service is masked.', 'shell', 'Unit is masked'],
    ['Failed to start nginx.service: Unit nginx.service not found.', 'shell', 'Unit not found'],
    ['Unit nginx.service could not be found.', 'shell', 'Unit not found'],
    ['Failed to connect to bus: No such file or directory', 'shell', 'Failed to connect to bus'],
    [
      'Failed to connect to bus: $DBUS_SESSION_BUS_ADDRESS and $XDG_RUNTIME_DIR not defined (consider using --machine=<user>@.host --user to connect to bus of other user)',
      'shell',
      'Failed to connect to bus',
    ],
    ['Failed to start backup.timer: Unit backup.service not found.', 'shell', 'Unit not found'],
    [
      "Dec 06 10:00:01 host systemd[1]: app.service: Failed to run 'start' task: No such file or directory",
      'shell',
      'No such file or directory',
    ],
    [
      'Dec 06 10:00:01 host systemd[1]: app.service: Failed to execute /opt/app/run.sh: Exec format error\nDec 06 10:00:01 host systemd[1]: app.service: Failed at step EXEC spawning /opt/app/run.sh: Exec format error',
      'shell',
      '203/EXEC',
    ],
    [
      'Dec 06 10:00:01 host systemd[12345]: app.service: Failed to determine user credentials: No such process\nDec 06 10:00:01 host systemd[12345]: app.service: Failed at step USER spawning /usr/bin/app: No such process',
      'shell',
      '217/USER',
    ],
    [
      'Dec 06 10:00:01 host systemd[1]: app.service: Failed to set up mount namespacing: /run/systemd/unit-root/var/lib/app: No such file or directory\nDec 06 10:00:01 host systemd[1]: app.service: Failed at step NAMESPACE spawning /usr/bin/app: No such file or directory',
      'shell',
      '226/NAMESPACE',
    ],
    ['Dec 06 10:00:01 host systemd[1]: app.service: Main process exited, code=exited, status=226/NAMESPACE', 'shell', '226/NAMESPACE'],
    [
      "Dec 06 10:00:01 host systemd[1]: app.service: Control process exited, code=exited, status=1/FAILURE\nDec 06 10:00:01 host systemd[1]: app.service: Failed with result 'exit-code'.\nDec 06 10:00:01 host systemd[1]: Failed to start App.",
      'shell',
      '1/FAILURE',
    ],
    [
      "Dec 06 10:00:01 host systemd[1]: app.service: Can't open PID file /run/app.pid (yet?) after start: Operation not permitted",
      'shell',
      "Can't open PID file",
    ],
    [
      "Dec 06 10:00:01 host systemd[1]: app.service: Scheduled restart job, restart counter is at 5.\nDec 06 10:00:01 host systemd[1]: Stopped App.\nDec 06 10:00:01 host systemd[1]: app.service: Start request repeated too quickly.\nDec 06 10:00:01 host systemd[1]: app.service: Failed with result 'exit-code'.",
      'shell',
      'Start request repeated too quickly',
    ],
    [
      "Dec 06 10:00:01 host systemd[1]: Dependency failed for Remote File Systems.\nDec 06 10:00:01 host systemd[1]: remote-fs.target: Job remote-fs.target/start failed with result 'dependency'.",
      'shell',
      'Dependency failed',
    ],
    [
      "Dec 06 10:00:01 host systemd[1]: mnt-data.mount: Mount process exited, code=exited, status=32/n/a\nDec 06 10:00:01 host systemd[1]: mnt-data.mount: Failed with result 'exit-code'.\nDec 06 10:00:01 host systemd[1]: Failed to mount /mnt/data.",
      'shell',
      '32/n/a',
    ],
    [
      'Dec 06 10:00:01 host systemd[1]: dev-sdb1.device: Job dev-sdb1.device/start timed out.\nDec 06 10:00:01 host systemd[1]: Timed out waiting for device /dev/sdb1.',
      'shell',
      'Timed out waiting for device',
    ],
    ['Failed to restart app.service: Unit app.service has a bad unit file setting.', 'shell', 'bad unit file setting'],
    ["Failed to start app.service: Access denied\nSee system logs and 'systemctl status app.service' for details.", 'shell', 'Access denied'],
    [
      "Dec 06 10:00:01 host systemd[1]: app.service: Failed to load environment files: No such file or directory\nDec 06 10:00:01 host systemd[1]: app.service: Failed to run 'start' task: No such file or directory",
      'shell',
      'No such file or directory',
    ],
    [
      '-- Logs begin at Mon 2024-01-01 00:00:00 UTC. --\nDec 06 10:00:01 host app[123]: Error: listen EADDRINUSE: address already in use :::3000\nDec 06 10:00:01 host systemd[1]: app.service: Main process exited, code=exited, status=1/FAILURE',
      'javascript',
      'EADDRINUSE',
    ],
    ['Dec 06 10:00:01 host systemd[1]: app.service: Main process exited, code=exited, status=127/n/a', 'shell', 'command not found'],
    ['Dec 06 10:00:01 host systemd[1]: app.service: Main process exited, code=exited, status=126/n/a', 'shell', 'permission denied'],
    [
      'Dec 06 10:00:01 host systemd[1]: app.service: Watchdog timeout (limit 3min)!\nDec 06 10:00:01 host systemd[1]: app.service: Killing process 1234 (app) with signal SIGABRT.',
      'shell',
      'Watchdog timeout',
    ],
    ['Failed to reload app.service: Job type reload is not applicable for unit app.service.', 'shell', 'Job type reload is not applicable'],
    ['Dec 06 10:00:01 host systemd[1]: app.service: Start-pre operation timed out. Terminating.', 'shell', 'Start operation timed out'],
    [
      'Dec 06 10:00:01 host systemd[1]: app.service: Failed to set up standard output: No such file or directory\nDec 06 10:00:01 host systemd[1]: app.service: Failed at step STDOUT spawning /usr/bin/app: No such file or directory',
      'shell',
      '209/STDOUT',
    ],
    [
      'Dec 06 10:00:01 host systemd[1]: app.service: Changing to the requested working directory failed: No such file or directory\nDec 06 10:00:01 host systemd[1]: app.service: Failed at step CHDIR spawning /opt/app/bin/app: No such file or directory',
      'shell',
      '200/CHDIR',
    ],
    ['Dec 06 10:00:01 host systemd[1]: app.service: Main process exited, code=exited, status=203/EXEC', 'shell', '203/EXEC'],
    ['Dec 06 10:00:01 host systemd[1]: app.service: Main process exited, code=exited, status=217/USER', 'shell', '217/USER'],
    ['Failed to start app.service: Unit app.service not found.', 'shell', 'Unit not found'],
    ['Dec 06 10:00:01 host systemd-journald[123]: Failed to open system journal: Read-only file system', 'shell', 'Read-only file system'],
    [
      "Dec 06 10:00:01 host systemd[1]: app.socket: Failed to listen on sockets: Address already in use\nDec 06 10:00:01 host systemd[1]: app.socket: Failed with result 'resources'.",
      'shell',
      'Address already in use',
    ],
    ["Dec 06 10:00:01 host systemd[1]: app.service: Failed with result 'timeout'.", 'shell', 'Start operation timed out'],
    [
      'systemctl start app\nJob for app.service failed because the control process exited with error code.\nSee "systemctl status app.service" and "journalctl -xeu app.service" for details.\nroot@host:~# systemctl status app\n× app.service - App\n     Loaded: loaded (/etc/systemd/system/app.service; enabled; preset: enabled)\n     Active: failed (Result: exit-code) since Sat 2024-01-06 10:00:01 UTC; 3s ago\n    Process: 1234 ExecStart=/opt/app/start.sh (code=exited, status=203/EXEC)\n   Main PID: 1234 (code=exited, status=203/EXEC)',
      'shell',
      '203/EXEC',
    ],
    [
      'Created symlink /etc/systemd/system/multi-user.target.wants/app.service → /etc/systemd/system/app.service.\nJob for app.service failed because the control process exited with error code.',
      'shell',
      'Job failed',
    ],
    ['Unit app.service has a bad unit file setting.', 'shell', 'bad unit file setting'],
    ["Dec 06 10:00:01 host systemd[1]: /etc/systemd/system/app.service:5: Missing '=', ignoring line.", 'shell', "Missing '='"],
    [
      'Dec 06 10:00:01 host systemd[1]: /etc/systemd/system/app.service:8: Failed to parse service type, ignoring: simpel',
      'shell',
      'Failed to parse',
    ],
    [
      'Dec 06 10:00:01 host systemd[1]: /etc/systemd/system/app.service:6: Neither a valid executable name nor an absolute path: node',
      'shell',
      'Executable path is not absolute',
    ],
    [
      'Dec 06 10:00:01 host systemd[1]: app.service: Unit configuration has fatal error, unit will not be started.',
      'shell',
      'Unit configuration has fatal error',
    ],
    [
      'Dec 06 10:00:01 host systemd[1]: app.service: Service lacks both ExecStart= and ExecStop= setting. Refusing.',
      'shell',
      'Unit configuration has fatal error',
    ],
    ['Run ./scripts/deploy.sh\n##[error]Process completed with exit code 127.', 'shell', 'command not found'],
    ['Run make test\nError: Process completed with exit code 137.', 'shell', 'Killed'],
    ['Run ./run.sh\nError: Process completed with exit code 143.', 'shell', 'Terminated'],
    ['Run ./run.sh\nError: Process completed with exit code 130.', 'shell', 'Interrupt'],
    [
      '$ ./build.sh\n./build.sh: line 3: jq: command not found\nCleaning up project directory and file based variables\nERROR: Job failed: exit code 1',
      'shell',
      'command not found',
    ],
    ['$ ./deploy.sh\nCleaning up project directory and file based variables\nERROR: Job failed: exit code 127', 'shell', 'command not found'],
    ['ERROR: Job failed: exit code 137', 'shell', 'Killed'],
    [
      '[Pipeline] sh\n+ ./gradlew build\n/var/lib/jenkins/workspace/app@tmp/durable-1a2b3c/script.sh: 1: ./gradlew: Permission denied\n[Pipeline] }\nERROR: script returned exit code 126\nFinished: FAILURE',
      'shell',
      'permission denied',
    ],
    [
      '[Pipeline] sh\n+ npm ci\n/var/lib/jenkins/workspace/app@tmp/durable-0d1e/script.sh: 1: npm: not found\n[Pipeline] End of Pipeline\nERROR: script returned exit code 127\nFinished: FAILURE',
      'shell',
      'command not found',
    ],
    ['ERROR: script returned exit code 127\nFinished: FAILURE', 'shell', 'command not found'],
    [
      "/home/vsts/work/_temp/1a2b3c.sh: line 1: terraform: command not found\n##[error]Bash exited with code '127'.",
      'shell',
      'command not found',
    ],
    ["##[error]Bash exited with code '126'.", 'shell', 'permission denied'],
    [
      '#!/bin/bash -eo pipefail\n./scripts/test.sh\n./scripts/test.sh: line 5: shellcheck: command not found\n\nExited with code exit status 127',
      'shell',
      'command not found',
    ],
    ['Exited with code exit status 137', 'shell', 'Killed'],
    [
      '+ rsync -av dist/ deploy@host:/srv/app\nrsync: [sender] link_stat "/builds/app/dist" failed: No such file or directory (2)\nrsync error: some files/attrs were not transferred (see previous errors) (code 23) at main.c(1338) [sender=3.2.7]\nERROR: Job failed: exit code 1',
      'shell',
      'some files/attrs were not transferred',
    ],
    [
      "/home/runner/work/_temp/abc.sh: line 2: syntax error near unexpected token `fi'\nError: Process completed with exit code 2.",
      'shell',
      'syntax error',
    ],
    ['The command "./test.sh" exited with 127.', 'shell', 'command not found'],
    ['Script exited with code 127', 'shell', 'command not found'],
    ['bash: line 1: 1234 Killed                  python train.py', 'shell', 'Killed'],
    ['/usr/local/bin/entrypoint.sh: line 12:    45 Killed                  java -jar app.jar', 'shell', 'Killed'],
    ['./run.sh: line 8: 12345 Terminated              ./server', 'shell', 'Terminated'],
    ['Killed', 'shell', 'Killed'],
    ['[1]+  Killed                  ./long-job.sh', 'shell', 'Killed'],
    ['Command exited with non-zero status 137', 'shell', 'Killed'],
    ['make: *** [Makefile:12: test] Error 127', 'c', 'command not found'],
    ["Error: The process '/usr/bin/bash' failed with exit code 127", 'shell', 'command not found'],
    [
      'Run sudo apt-get install -y libfoo-dev\nReading package lists...\nE: Unable to locate package libfoo-dev\nError: Process completed with exit code 100.',
      'shell',
      'Unable to locate package',
    ],
    [
      "Run chmod +x ./gradlew && ./gradlew build\nchmod: cannot access './gradlew': No such file or directory\nError: Process completed with exit code 1.",
      'shell',
      'No such file or directory',
    ],
    ['/bin/sh: 1: ./entrypoint.sh: not found\nError: Process completed with exit code 127.', 'shell', 'command not found'],
    [
      "+ ./ci/test.sh\n./ci/test.sh: line 4: docker-compose: command not found\nBuild step 'Execute shell' marked build as failure\nFinished: FAILURE",
      'shell',
      'command not found',
    ],
    [
      'rsync error: some files/attrs were not transferred (see previous errors) (code 23) at main.c(1207) [sender=3.1.3]',
      'shell',
      'some files/attrs were not transferred',
    ],
    [
      'rsync: connection unexpectedly closed (0 bytes received so far) [sender]\nrsync error: error in rsync protocol data stream (code 12) at io.c(228) [sender=3.2.3]',
      'shell',
      'error in rsync protocol data stream',
    ],
    ['rsync: command not found\nrsync: connection unexpectedly closed (0 bytes received so far) [sender]', 'shell', 'command not found'],
    [
      'bash: line 1: rsync: command not found\nrsync: connection unexpectedly closed (0 bytes received so far) [sender]\nrsync error: error in rsync protocol data stream (code 12) at io.c(235) [sender=3.1.3]',
      'shell',
      'command not found',
    ],
    ['scp: /var/www/html/index.html: Permission denied', 'shell', 'Permission denied'],
    ['scp: /opt/app/config.yml: No such file or directory', 'shell', 'No such file or directory'],
    ['Host key verification failed.', 'shell', 'Host key verification failed'],
    ['ssh: connect to host 10.0.0.5 port 22: Connection refused', 'shell', 'Connection refused'],
    ['ssh: Could not resolve hostname web01: Name or service not known', 'shell', 'Could not resolve hostname'],
    ['"/tmp/crontab.abc123":1: bad minute\nerrors in crontab file, can\'t install.', 'shell', 'bad minute'],
    ['crontab: installing new crontab\n"/tmp/crontab.XXXX":3: bad command\nerrors in crontab file, can\'t install.', 'shell', 'bad command'],
    [
      '/etc/cron.daily/logrotate:\nerror: skipping "/var/log/nginx/access.log" because parent directory has insecure permissions (It\'s world writable or writable by group which is not "root") Set "su" directive in config file to tell logrotate which user/group should be used for rotation.',
      'shell',
      'parent directory has insecure permissions',
    ],
    ['error: error opening /var/log/app/app.log: Permission denied', 'shell', 'Permission denied'],
    ["error: /etc/logrotate.d/app:5 unknown option 'dayly' -- ignoring line", 'shell', 'unknown option'],
    ['tar: Exiting with failure status due to previous errors', 'shell', 'Exiting with failure status due to previous errors'],
    ['gzip: stdin: not in gzip format\ntar: Child returned status 1\ntar: Error is not recoverable: exiting now', 'shell', 'not in gzip format'],
    ['unzip:  cannot find or open app.zip, app.zip.zip or app.zip.ZIP.', 'shell', 'cannot find or open'],
    [
      'End-of-central-directory signature not found.  Either this file is not\n  a zipfile, or it constitutes one disk of a multi-part archive.',
      'shell',
      'End-of-central-directory signature not found',
    ],
    ["ln: failed to create symbolic link '/usr/bin/python': File exists", 'shell', 'File exists'],
    ["chmod: changing permissions of '/etc/hosts': Operation not permitted", 'shell', 'Operation not permitted'],
    ["chmod: cannot access 'script.py': No such file or directory", 'shell', 'No such file or directory'],
    ['mount: /mnt/data: special device /dev/sdb1 does not exist.', 'shell', 'special device does not exist'],
    [
      'mount: /mnt/nfs: bad option; for several filesystems (e.g. nfs, cifs) you might need a /sbin/mount.<type> helper program.',
      'shell',
      'bad option',
    ],
    ['mount: /etc/fstab: parse error at line 12 -- ignored', 'shell', 'parse error'],
    ["ERROR: Couldn't determine iptables version", 'shell', "Couldn't determine iptables version"],
    ['ERROR: Could not load logging rules', 'shell', 'Could not load logging rules'],
    ['iptables v1.8.7 (nf_tables): Could not fetch rule set generation id: Permission denied (you must be root)', 'shell', 'Permission denied'],
    ['iptables: Bad rule (does a matching rule exist in that chain?).', 'shell', 'Bad rule'],
    [
      "nohup: ignoring input and appending output to 'nohup.out'\nnohup: failed to run command 'python': No such file or directory",
      'shell',
      'No such file or directory',
    ],
    ['xargs: python: No such file or directory', 'shell', 'No such file or directory'],
    ["env: 'python': No such file or directory", 'shell', 'bad interpreter'],
    ["/usr/bin/env: 'python3\\r': No such file or directory", 'shell', 'bad interpreter'],
    ["timeout: failed to run command 'pytest': No such file or directory", 'shell', 'No such file or directory'],
    ['flock: cannot open lock file /var/lock/app.lock: Permission denied', 'shell', 'Permission denied'],
    ['flock: failed to execute python: No such file or directory', 'shell', 'No such file or directory'],
    ['at: cannot open lockfile /var/spool/cron/atjobs/.SEQ: Permission denied', 'shell', 'Permission denied'],
    ["Can't open /var/run/atd.pid to signal atd. No atd running?", 'shell', 'No atd running'],
    ['warning: commands will be executed using /bin/sh\nsyntax error. Last token seen: 10\nGarbled time', 'shell', 'Garbled time'],
    ['/bin/sh: 1: python: not found', 'shell', 'command not found'],
    [
      'Traceback (most recent call last):\n  File "/opt/app/job.py", line 3, in <module>\n    import requests\nModuleNotFoundError: No module named \'requests\'',
      'python',
      'ModuleNotFoundError',
    ],
    [
      'Subject: Cron <root@web01> /usr/local/bin/backup.sh\n/usr/local/bin/backup.sh: line 12: pg_dump: command not found',
      'shell',
      'command not found',
    ],
    ['Subject: Cron <deploy@host> cd /srv/app && php artisan schedule:run\n/bin/sh: 1: php: not found', 'shell', 'command not found'],
    ['sudo: unable to resolve host web01: Name or service not known', 'shell', 'unable to resolve host'],
    ['ERROR: ufw is not enabled', 'shell', 'ufw is not enabled'],
    ['ERROR: problem running ufw-init', 'shell', 'problem running ufw-init'],
    ["ERROR: Could not find a profile matching 'Nginx Full'", 'shell', 'Could not find a profile matching'],
    ["rm: das Entfernen von 'build' ist nicht möglich: Keine Berechtigung", 'shell', 'Permission denied'],
    ["mkdir: impossible de créer le répertoire 'build': Le fichier existe", 'shell', 'File exists'],
    ["cp: no se puede efectuar `stat' sobre 'build': No existe el fichero o el directorio", 'shell', 'No such file or directory'],
    ["ln: falha ao criar link simbólico 'build': Arquivo existe", 'shell', 'File exists'],
    ["mv: impossibile spostare 'build' in '/srv/app/releases': Permesso negato", 'shell', 'Permission denied'],
    ["rm: невозможно удалить 'build': Каталог не пуст", 'shell', 'Directory not empty'],
    ["chmod: nie można zmienić uprawnień do 'build': Operacja niedozwolona", 'shell', 'Operation not permitted'],
    ["touch: 无法 touch 'build': 没有那个文件或目录", 'shell', 'No such file or directory'],
    ["mkdir: ディレクトリ 'build' を作成できません: 許可がありません", 'shell', 'Permission denied'],
    ["rm: 'build'을(를) 제거할 수 없습니다: 그런 파일이나 디렉터리가 없습니다", 'shell', 'No such file or directory'],
    ["mkdir: 'build' dizini oluşturulamıyor: Dosya var", 'shell', 'File exists'],
    ["cp: -r wurde nicht angegeben, daher wird das Verzeichnis 'build' ausgelassen", 'shell', 'omitting directory'],
    ['rm: opérande manquant', 'shell', 'missing operand'],
    ["chmod: modo inválido: 'build'", 'shell', 'invalid mode'],
    ["mv: невозможно перенести 'build' в свой собственный подкаталог, '/srv/app/releases'", 'shell', 'cannot move to a subdirectory of itself'],
    ["date: 无效的日期 'build'", 'shell', 'invalid date'],
    ["cp: 通常ファイル 'build' を作成できません: 許可がありません", 'shell', 'Permission denied'],
    ["rm: é perigoso operar recursivamente em 'build'", 'shell', 'it is dangerous to operate recursively'],
    [
      "ln: Die harte Verknüpfung 'build' => '/srv/app/releases' konnte nicht angelegt werden: Ungültiger Link über Gerätegrenzen hinweg",
      'shell',
      'Invalid cross-device link',
    ],
    ["mkdir: impossibile creare la directory 'build': File system in sola lettura", 'shell', 'Read-only file system'],
  ])('%j is %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});

describe('the second pass names what the message is about', () => {
  it('names the unit whose unit file has a setting outside any section', () => {
    const text = 'Dec 06 10:00:01 host systemd[1]: /etc/systemd/system/worker.service:3: Assignment outside of section. Ignoring.';
    expect(answer(text).error_type).toBe('Assignment outside of section');
    expect(fixText(text)).toContain('/etc/systemd/system/worker.service');
  });

  it("names the unit whose process exited, and keeps systemd's status as the type", () => {
    const text =
      "Dec 06 10:00:01 host systemd[1]: queue.service: Main process exited, code=exited, status=1/FAILURE\nDec 06 10:00:01 host systemd[1]: queue.service: Failed with result 'exit-code'.";
    expect(answer(text).error_type).toBe('1/FAILURE');
    expect(fixText(text)).toContain('journalctl -u queue.service');
  });

  it("leaves a daemon's own error above systemd's status lines to the daemon", () => {
    const text =
      'Dec 06 10:00:01 host app[123]: Error: listen EADDRINUSE: address already in use :::3000\nDec 06 10:00:01 host systemd[1]: app.service: Main process exited, code=exited, status=1/FAILURE';
    expect(answer(text).language).toBe('javascript');
  });

  it('reads a localised coreutils message with its system error back into English, keeping the name', () => {
    const text = "rm: das Entfernen von 'cache' ist nicht möglich: Keine Berechtigung";
    expect(answer(text).error_type).toBe('Permission denied');
    expect(fixText(text)).toContain('cache');
  });
});
