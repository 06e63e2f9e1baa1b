/**
 * A catalog pass over the shell family (issue 12): the messages the shells, coreutils, util-linux, sudo, ssh,
 * the operating systems' package managers (apt/dpkg, rpm/yum/dnf/zypper, apk, pacman, snap), systemd, cron,
 * curl/wget and tar/gzip really print, each answered with the language and the error type the corpus README's
 * conventions give it: the tool's phrase without the names around it, or the system error (errno) it reports.
 * Pure: the rules engine alone.
 */
import { answer, expectRecognised, fixText } from './support/recognised';

describe("the shell family's message catalog", () => {
  it.each([
    ['bash: cd: too many arguments', 'shell', 'too many arguments'],
    ['bash: let: x: syntax error: operand expected (error token is "x")', 'shell', 'arithmetic syntax error'],
    ['bash: 08: value too great for base (error token is "08")', 'shell', 'value too great for base'],
    ['bash: 1/0: division by 0 (error token is "0")', 'shell', 'division by 0'],
    ['bash: kill: (12345) - No such process', 'shell', 'No such process'],
    ['bash: !foo: event not found', 'shell', 'event not found'],
    ['/bin/sh: 1: cannot create /etc/motd: Permission denied', 'shell', 'permission denied'],
    ["sh: 0: Can't open install.sh", 'shell', "Can't open"],
    ['sh: 0: cannot open install.sh: No such file', 'shell', 'No such file or directory'],
    ['./x.sh: 7: arithmetic expression: expecting EOF: "1 ++ "', 'shell', 'arithmetic syntax error'],
    ['./x.sh: 6: [: Illegal number: abc', 'shell', 'Illegal number'],
    ['./x.sh: 6: [: x: unexpected operator', 'shell', 'unexpected operator'],
    ['zsh: bad substitution', 'shell', 'bad substitution'],
    ['zsh: exec format error: ./app', 'shell', 'exec format error'],
    ['zsh: read-only variable: path', 'shell', 'readonly variable'],
    ['zsh: event not found: foo', 'shell', 'event not found'],
    ['zsh: corrupt history file /Users/me/.zsh_history', 'shell', 'corrupt history file'],
    ['zsh: argument list too long: rm', 'shell', 'Argument list too long'],
    ['zsh: not an identifier: my-var', 'shell', 'not a valid identifier'],
    ["fish: Unknown command. './run.sh' exists but is not an executable file.", 'shell', 'permission denied'],
    ["fish: $(...) is not supported. In fish, please use '(ls)'.", 'shell', 'syntax error'],
    ['fish: Expected a command, but found end of the input', 'shell', 'syntax error'],
    ["fish: The file './run.sh' is not executable by this user", 'shell', 'permission denied'],
    ["set: Tried to change the read-only variable 'PWD'", 'shell', 'readonly variable'],
    ["cp: -r not specified; omitting directory 'src'", 'shell', 'omitting directory'],
    ["cp: 'a.txt' and 'a.txt' are the same file", 'shell', 'are the same file'],
    ["cp: target 'backup' is not a directory", 'shell', 'is not a directory'],
    ["cp: cannot open 'secret.key' for reading: Permission denied", 'shell', 'Permission denied'],
    ["mv: cannot move 'a' to 'b/a': Permission denied", 'shell', 'Permission denied'],
    ["mv: cannot move 'src' to a subdirectory of itself, 'src/old/src'", 'shell', 'cannot move to a subdirectory of itself'],
    ["mv: cannot overwrite directory 'dist' with non-directory", 'shell', 'cannot overwrite directory with non-directory'],
    ["mv: cannot move 'a' to '/mnt/b/a': Invalid cross-device link", 'shell', 'Invalid cross-device link'],
    ["rm: cannot remove 'node_modules/.cache': Directory not empty", 'shell', 'Directory not empty'],
    ["rm: refusing to remove '.' or '..' directory: skipping '..'", 'shell', "refusing to remove '.' or '..' directory"],
    [
      "rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe",
      'shell',
      'it is dangerous to operate recursively',
    ],
    ["rmdir: failed to remove 'build': Directory not empty", 'shell', 'Directory not empty'],
    ["ln: failed to create symbolic link '/opt/app/current/bin': No such file or directory", 'shell', 'No such file or directory'],
    ["ln: failed to create hard link 'b' => 'a': Invalid cross-device link", 'shell', 'Invalid cross-device link'],
    ["chmod: invalid mode: '+z'", 'shell', 'invalid mode'],
    ["touch: cannot touch 'logs/app.log': No such file or directory", 'shell', 'No such file or directory'],
    ["head: cannot open 'log.txt' for reading: No such file or directory", 'shell', 'No such file or directory'],
    ["tail: cannot open 'app.log' for reading: Permission denied", 'shell', 'Permission denied'],
    ['tail: inotify cannot be used, reverting to polling: Too many open files', 'shell', 'Too many open files'],
    ['tail: inotify resources exhausted', 'shell', 'inotify resources exhausted'],
    ["id: 'deploy': no such user", 'shell', 'no such user'],
    ['kill: (4242) - No such process', 'shell', 'No such process'],
    ['df: /mnt/nfs: Transport endpoint is not connected', 'shell', 'Transport endpoint is not connected'],
    ["ls: cannot access '/mnt/sshfs': Transport endpoint is not connected", 'shell', 'Transport endpoint is not connected'],
    ["du: cannot read directory './lost+found': Permission denied", 'shell', 'Permission denied'],
    ['sort: cannot read: data.txt: No such file or directory', 'shell', 'No such file or directory'],
    [
      "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.",
      'shell',
      'you must specify a list of bytes, characters, or fields',
    ],
    ['cut: fields are numbered from 1', 'shell', 'fields are numbered from 1'],
    ["find: unknown predicate `-regexp'", 'shell', 'unknown predicate'],
    [
      'find: File system loop detected; \u2018/proc/1/cwd\u2019 is part of the same file system loop as \u2018/\u2019.',
      'shell',
      'File system loop detected',
    ],
    ['xargs: grep: exited with status 255; aborting', 'shell', 'exited with status 255'],
    ['sed: no input files', 'shell', 'no input files'],
    ['grep: Unmatched [, [^, [:, [., or [=', 'shell', 'Unmatched [, [^, [:, [., or [='],
    ['grep: Unmatched ( or \\(', 'shell', 'Unmatched ( or \\('],
    ['grep: Trailing backslash', 'shell', 'Trailing backslash'],
    ["awk: fatal: cannot open file `data.txt' for reading: No such file or directory", 'shell', 'No such file or directory'],
    ['awk: cmd. line:1: fatal: division by zero attempted', 'shell', 'division by zero attempted'],
    ["mount: /mnt: can't read superblock on /dev/sdb1.", 'shell', "can't read superblock"],
    ['mount: /mnt: permission denied.', 'shell', 'permission denied'],
    ['mount.nfs: access denied by server while mounting 10.0.0.5:/export', 'shell', 'access denied by server while mounting'],
    ['mount.nfs: Connection timed out', 'shell', 'Connection timed out'],
    ['losetup: cannot find an unused loop device', 'shell', 'cannot find an unused loop device'],
    ['losetup: disk.img: failed to set up loop device: Permission denied', 'shell', 'Permission denied'],
    ['su: user deploy does not exist or the user entry does not contain all the required fields', 'shell', 'user does not exist'],
    ['su: must be run from a terminal', 'shell', 'must be run from a terminal'],
    ['su: warning: cannot change directory to /home/app: No such file or directory', 'shell', 'No such file or directory'],
    ['Sorry, user deploy may not run sudo on web01.', 'shell', 'may not run sudo'],
    ["Sorry, user deploy is not allowed to execute '/bin/systemctl restart nginx' as root on web01.", 'shell', 'is not allowed to execute'],
    ['Load key "/home/me/.ssh/id_rsa": invalid format', 'shell', 'invalid format'],
    ['Received disconnect from 10.0.0.5 port 22:2: Too many authentication failures', 'shell', 'Too many authentication failures'],
    ['Could not open a connection to your authentication agent.', 'shell', 'Could not open a connection to your authentication agent'],
    ['Error connecting to agent: No such file or directory', 'shell', 'No such file or directory'],
    [
      'scp: dest open "/var/www/index.html": Permission denied\nscp: failed to upload file index.html to /var/www/index.html',
      'shell',
      'Permission denied',
    ],
    ['rsync: mkstemp "/var/www/.index.html.AbC123" failed: Permission denied (13)', 'shell', 'Permission denied'],
    ['E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?', 'shell', 'Permission denied'],
    ['E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)', 'shell', 'Permission denied'],
    [
      'E: Failed to fetch http://archive.ubuntu.com/ubuntu/pool/main/c/curl/curl_7.68.0-1ubuntu2.7_amd64.deb  404  Not Found [IP: 91.189.88.142 80]',
      'shell',
      'Failed to fetch',
    ],
    [
      'E: Release file for http://security.ubuntu.com/ubuntu/dists/focal-security/InRelease is not valid yet (invalid for another 5h 3min 2s). Updates for this repository will not be applied.',
      'shell',
      'is not valid yet',
    ],
    [
      "E: Repository 'http://deb.debian.org/debian buster InRelease' changed its 'Suite' value from 'stable' to 'oldstable'",
      'shell',
      "changed its 'Suite' value",
    ],
    ["E: Version '1.2.3' for 'nginx' was not found", 'shell', 'was not found'],
    ['E: Unable to fetch some archives, maybe run apt-get update or try with --fix-missing?', 'shell', 'Unable to fetch some archives'],
    ["E: You don't have enough free space in /var/cache/apt/archives/.", 'shell', "You don't have enough free space"],
    ['E: Malformed entry 1 in list file /etc/apt/sources.list.d/docker.list (Component)', 'shell', 'Malformed entry'],
    [
      'E: Conflicting values set for option Signed-By regarding source https://download.docker.com/linux/ubuntu/ jammy: /etc/apt/keyrings/docker.gpg != /usr/share/keyrings/docker.gpg',
      'shell',
      'Conflicting values set for option Signed-By',
    ],
    ["E: Couldn't find any package by glob 'libfoo*'", 'shell', "Couldn't find any package by glob"],
    ['E: Sub-process /usr/bin/dpkg returned an error code (1)', 'shell', 'Sub-process returned an error code'],
    ["E: Unmet dependencies. Try 'apt --fix-broken install' with no packages (or specify a solution).", 'shell', 'unmet dependencies'],
    ['E: The method driver /usr/lib/apt/methods/https could not be found.', 'shell', 'method driver could not be found'],
    [
      "E: Problem executing scripts APT::Update::Post-Invoke-Success 'if /usr/bin/test -w /var/lib/command-not-found/ -a -e /usr/lib/cnf-update-db; then /usr/lib/cnf-update-db > /dev/null; fi'",
      'shell',
      'Problem executing scripts',
    ],
    [
      'dpkg: dependency problems prevent configuration of foo:\n foo depends on libbar; however:\n  Package libbar is not installed.',
      'shell',
      'dependency problems prevent configuration',
    ],
    ['dpkg: error: dpkg frontend lock was locked by another process with pid 1234', 'shell', 'locked by another process'],
    ["dpkg: error: cannot access archive 'foo.deb': No such file or directory", 'shell', 'No such file or directory'],
    ["dpkg-deb: error: 'foo.deb' is not a Debian format archive", 'shell', 'is not a Debian format archive'],
    ['dpkg: error: requested operation requires superuser privilege', 'shell', 'requested operation requires superuser privilege'],
    [
      "dpkg-query: package 'nginx' is not installed and no information is available",
      'shell',
      'is not installed and no information is available',
    ],
    ['No package foo available.\nError: Nothing to do', 'shell', 'No package available'],
    ['Cannot find a valid baseurl for repo: base/7/x86_64', 'shell', 'Cannot find a valid baseurl for repo'],
    ['Public key for nginx-1.24.0-1.el9.x86_64.rpm is not installed', 'shell', 'Public key is not installed'],
    ['Error: GPG check FAILED', 'shell', 'GPG check FAILED'],
    [
      'Error: \n Problem: conflicting requests\n  - nothing provides libssl.so.1.1()(64bit) needed by foo-1.0-1.x86_64',
      'shell',
      'nothing provides',
    ],
    [
      'Error: This command has to be run with superuser privileges (under the root user on most systems).',
      'shell',
      'This command has to be run with superuser privileges',
    ],
    ['Existing lock /var/run/yum.pid: another copy is running as pid 1234.', 'shell', 'another copy is running'],
    ['error: Failed dependencies:\n\tlibfoo.so.1()(64bit) is needed by bar-1.0-1.x86_64', 'shell', 'Failed dependencies'],
    ['error: open of foo.rpm failed: No such file or directory', 'shell', 'No such file or directory'],
    ["error: can't create transaction lock on /var/lib/rpm/.rpm.lock (Permission denied)", 'shell', 'Permission denied'],
    ['warning: foo-1.0-1.x86_64.rpm: Header V4 RSA/SHA256 Signature, key ID 8483c65d: NOKEY', 'shell', 'NOKEY'],
    ['error: foo.rpm: not an rpm package (or package manifest)', 'shell', 'not an rpm package'],
    [
      'Error: Transaction test error:\n  file /usr/lib64/libfoo.so.1 from install of foo-2.0-1.x86_64 conflicts with file from package foo-libs-1.0-1.x86_64',
      'shell',
      'Transaction test error',
    ],
    ['ERROR: unable to select packages:\n  foo (no such package):\n    required by: world[foo]', 'shell', 'unable to select packages'],
    ['ERROR: unsatisfiable constraints:\n  python2 (missing):\n    required by: world[python2]', 'shell', 'unsatisfiable constraints'],
    ['ERROR: https://dl-cdn.alpinelinux.org/alpine/v3.18/main: temporary error (try again later)', 'shell', 'temporary error (try again later)'],
    [
      'ERROR: Unable to lock database: Permission denied\nERROR: Failed to open apk database: Permission denied',
      'shell',
      'Unable to lock database',
    ],
    ['ERROR: foo-1.0-r0: trying to overwrite usr/bin/foo owned by bar-2.0-r0.', 'shell', 'trying to overwrite'],
    ['ERROR: https://dl-cdn.alpinelinux.org/alpine/edge/testing: UNTRUSTED signature', 'shell', 'UNTRUSTED signature'],
    ['error: failed to commit transaction (conflicting files)\nfoo: /usr/bin/foo exists in filesystem', 'shell', 'conflicting files'],
    [
      "error: failed to init transaction (unable to lock database)\nerror: could not lock database: File exists\n  if you're sure a package manager is not already\n  running, you can remove /var/lib/pacman/db.lck",
      'shell',
      'unable to lock database',
    ],
    ['error: you cannot perform this operation unless you are root.', 'shell', 'you cannot perform this operation unless you are root'],
    [
      'error: foo: signature from "Some Packager <p@example.org>" is unknown trust\n:: File /var/cache/pacman/pkg/foo-1.0-1-x86_64.pkg.tar.zst is corrupted (invalid or corrupted package (PGP signature)).',
      'shell',
      'unknown trust',
    ],
    [
      "error: failed to prepare transaction (could not satisfy dependencies)\n:: installing foo (2.0-1) breaks dependency 'foo=1.0' required by bar",
      'shell',
      'could not satisfy dependencies',
    ],
    ['error: failed to synchronize all databases (invalid or corrupted database (PGP signature))', 'shell', 'invalid or corrupted database'],
    [
      "error: failed retrieving file 'core.db' from mirror.example.org : The requested URL returned error: 404",
      'shell',
      'failed retrieving file',
    ],
    [
      'error: Partition / too full: 5000 blocks needed, 300 blocks free\nerror: not enough free disk space',
      'shell',
      'not enough free disk space',
    ],
    ["No provider of 'foo' found.", 'shell', 'No provider found'],
    [
      'System management is locked by the application with pid 1234 (zypper).\nClose this application before trying again.',
      'shell',
      'System management is locked',
    ],
    [
      "Repository 'Main Repository' is invalid.\n[repo-oss|http://download.opensuse.org/distribution/leap/15.4/repo/oss/] Valid metadata not found at specified URL",
      'shell',
      'Valid metadata not found at specified URL',
    ],
    ["Signature verification failed for file 'repomd.xml' from repository 'packman'.", 'shell', 'Signature verification failed'],
    ['Root privileges are required for installing or uninstalling packages.', 'shell', 'Root privileges are required'],
    ['error: snap "foo" not found', 'shell', 'snap not found'],
    [
      'error: cannot communicate with server: Post "http://localhost/v2/snaps/core": dial unix /run/snapd.socket: connect: no such file or directory',
      'shell',
      'cannot communicate with server',
    ],
    ['error: access denied (try with sudo)', 'shell', 'access denied'],
    [
      'error: This revision of snap "code" was published using classic confinement and thus may perform\narbitrary system changes outside of the security sandbox that snaps are usually confined to,\nwhich may put your system at risk.\n\nIf you understand and want to proceed repeat the command including --classic.',
      'shell',
      'classic confinement',
    ],
    [
      'error: system does not fully support snapd: cannot mount squashfs image using "squashfs": mount: /tmp/sanity-mountpoint-123: mount failed: Operation not permitted.',
      'shell',
      'system does not fully support snapd',
    ],
    ['Failed to enable unit: Unit file foo.service does not exist.', 'shell', 'Unit not found'],
    ['app.service: Main process exited, code=exited, status=203/EXEC', 'shell', '203/EXEC'],
    ['app.service: Failed at step EXEC spawning /usr/local/bin/app: No such file or directory', 'shell', '203/EXEC'],
    ['app.service: Main process exited, code=exited, status=200/CHDIR', 'shell', '200/CHDIR'],
    [
      'app.service: Service has more than one ExecStart= setting, which is only allowed for Type=oneshot services. Refusing.',
      'shell',
      'Service has more than one ExecStart= setting',
    ],
    ['/etc/systemd/system/app.service:8: Executable path is not absolute, ignoring: node server.js', 'shell', 'Executable path is not absolute'],
    ['Failed to start app.service: Unit app.service is masked.', 'shell', 'Unit is masked'],
    ['Failed to restart nginx.service: Access denied', 'shell', 'Access denied'],
    ['Failed to start app.service: Interactive authentication required.', 'shell', 'Interactive authentication required'],
    ['Failed to start app.service: Unit app.service has a bad unit file setting.', 'shell', 'bad unit file setting'],
    ['no crontab for root', 'shell', 'no crontab for'],
    [
      'You (deploy) are not allowed to use this program (crontab)\nSee crontab(1) for more information',
      'shell',
      'not allowed to use this program',
    ],
    ['CRON[1234]: (CRON) info (No MTA installed, discarding output)', 'shell', 'No MTA installed'],
    [
      "curl: (51) SSL: no alternative certificate subject name matches target host name 'api.example.com'",
      'shell',
      'no alternative certificate subject name matches target host name',
    ],
    ["curl: option --foo: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information", 'shell', 'is unknown'],
    ["curl: no URL specified!\ncurl: try 'curl --help' or 'curl --manual' for more information", 'shell', 'no URL specified'],
    [
      '--2024-01-01 10:00:00--  https://example.com/x.tar.gz\nHTTP request sent, awaiting response... 404 Not Found\n2024-01-01 10:00:00 ERROR 404: Not Found.',
      'shell',
      'ERROR 404',
    ],
    ['Connecting to example.com (example.com)|93.184.216.34|:443... failed: Connection refused.', 'shell', 'Connection refused'],
    ['Connecting to 10.0.0.5:8080... failed: Connection timed out.', 'shell', 'Connection timed out'],
    ["Cannot write to 'x.tar.gz' (Permission denied).", 'shell', 'Permission denied'],
    ["Cannot write to 'x.tar.gz' (No space left on device).", 'shell', 'No space left on device'],
    ['Unable to establish SSL connection.', 'shell', 'Unable to establish SSL connection'],
    ["wget: can't connect to remote host (10.0.0.5): Connection refused", 'shell', 'Connection refused'],
    ['wget: missing URL\nUsage: wget [OPTION]... [URL]...', 'shell', 'missing URL'],
    ['gzip: data.gz: unexpected end of file', 'shell', 'unexpected end of file'],
    ['gzip: data.gz: invalid compressed data--crc error', 'shell', 'invalid compressed data--crc error'],
    ['gzip: data.gz: invalid compressed data--format violated', 'shell', 'invalid compressed data--format violated'],
    ['gzip: data.txt.gz already exists; not overwritten', 'shell', 'already exists; not overwritten'],
    ['gzip: data.gz: decompression OK, trailing garbage ignored', 'shell', 'trailing garbage ignored'],
    ['tar: app.tar.gz: Cannot open: No such file or directory\ntar: Error is not recoverable: exiting now', 'shell', 'Cannot open'],
    [
      'tar: src: Cannot stat: No such file or directory\ntar: Exiting with failure status due to previous errors',
      'shell',
      'No such file or directory',
    ],
    ['tar: usr/share/app: Cannot mkdir: Permission denied', 'shell', 'Permission denied'],
    [
      "tar: Cowardly refusing to create an empty archive\nTry 'tar --help' or 'tar --usage' for more information.",
      'shell',
      'Cowardly refusing to create an empty archive',
    ],
    [
      "tar: You must specify one of the '-Acdtrux', '--delete' or '--test-label' options\nTry 'tar --help' or 'tar --usage' for more information.",
      'shell',
      'You must specify one of the options',
    ],
    ['tar (child): xz: Cannot exec: No such file or directory\ntar (child): Error is not recoverable: exiting now', 'shell', 'Cannot exec'],
    ['tar: app/log: file changed as we read it', 'shell', 'file changed as we read it'],
    ['tar: Skipping to next header\ntar: Exiting with failure status due to previous errors', 'shell', 'Skipping to next header'],
    [
      'bzip2: Compressed file ends unexpectedly;\n\tperhaps it is corrupted?  *Possible* reason follows.',
      'shell',
      'Compressed file ends unexpectedly',
    ],
    [
      '2024-03-01T10:12:44.120Z [deploy] E: Release file for http://security.ubuntu.com/ubuntu/dists/jammy-security/InRelease is not valid yet (invalid for another 2h 10min 3s). Updates for this repository will not be applied.',
      'shell',
      'is not valid yet',
    ],
    [
      '#7 3.412 ERROR: unable to select packages:\n#7 3.412   libressl-dev (no such package):\n#7 3.412     required by: world[libressl-dev]',
      'shell',
      'unable to select packages',
    ],
    ['Mar 07 13:28:11 web1 systemd[1]: app.service: Main process exited, code=exited, status=217/USER', 'shell', '217/USER'],
    [
      'Mar 07 13:28:11 web1 systemd[4187]: app.service: Failed at step CHDIR spawning /opt/app/bin/server: No such file or directory',
      'shell',
      '200/CHDIR',
    ],
    [
      "+ rmdir build\nrmdir: failed to remove 'build': Directory not empty\nError: Process completed with exit code 1.",
      'shell',
      'Directory not empty',
    ],
    [
      '[12:01:33] + tar -xf release.tar.xz\ntar (child): xz: Cannot exec: No such file or directory\ntar (child): Error is not recoverable: exiting now',
      'shell',
      'Cannot exec',
    ],
    [
      "deploy@web01:~$ sudo pacman -S nodejs\nerror: failed to init transaction (unable to lock database)\nerror: could not lock database: File exists\n  if you're sure a package manager is not already\n  running, you can remove /var/lib/pacman/db.lck",
      'shell',
      'unable to lock database',
    ],
    ['me@laptop ~ % compaudit\nzsh: read-only variable: status', 'shell', 'readonly variable'],
    [
      'Step 5/9 : RUN ./configure.sh\n ---> Running in 3f2c1a\n./configure.sh: 12: [: Illegal number: \n./configure.sh: 14: [: x86_64: unexpected operator',
      'shell',
      'Illegal number',
    ],
    [
      "2023-05-09 10:02:11 ERROR deploy.sh: mv: cannot move 'release' to '/srv/app/release': Invalid cross-device link",
      'shell',
      'Invalid cross-device link',
    ],
    [
      '==> default: Running provisioner: shell...\n    default: Public key for docker-ce-24.0.7-1.el7.x86_64.rpm is not installed',
      'shell',
      'Public key is not installed',
    ],
    [
      "Run curl -fsSL https://example.com/install.sh | sh\ncurl: (51) SSL: no alternative certificate subject name matches target host name 'example.com'",
      'shell',
      'no alternative certificate subject name matches target host name',
    ],
    [
      '--2024-01-01 10:00:00--  https://example.com/x.tar.gz\nResolving example.com... 93.184.216.34\nConnecting to example.com|93.184.216.34|:443... connected.\nHTTP request sent, awaiting response... 404 Not Found\n2024-01-01 10:00:00 ERROR 404: Not Found.',
      'shell',
      'ERROR 404',
    ],
    [
      'error: failed to update msys (invalid or corrupted database (PGP signature))\nerror: failed to synchronize all databases',
      'shell',
      'invalid or corrupted database',
    ],
    ['   Loaded: loaded\nFailed to start app.service: Unit app.service is masked.', 'shell', 'Unit is masked'],
    ['sh: 1: [: missing ]', 'shell', 'missing ]'],
    ["cp: omitting directory 'src'", 'shell', 'omitting directory'],
    ["sort: cannot create temporary file in '/tmp': No such file or directory", 'shell', 'No such file or directory'],
    ['expr: non-integer argument', 'shell', 'non-integer argument'],
    ["sleep: invalid time interval 'x'\nTry 'sleep --help' for more information.", 'shell', 'invalid time interval'],
    ["find: invalid argument `-1d' to `-mtime'", 'shell', 'invalid argument'],
    ['xargs: environment is too large for exec', 'shell', 'environment is too large for exec'],
    ["sed: can't find label for jump to `a'", 'shell', "can't find label for jump to"],
    ['grep: brackets ([ ]) not balanced', 'shell', 'brackets ([ ]) not balanced'],
    ['grep: repetition-operator operand invalid', 'shell', 'repetition-operator operand invalid'],
    ['grep: conflicting matchers specified', 'shell', 'conflicting matchers specified'],
    ['grep: the -P option only supports a single pattern', 'shell', 'the -P option only supports a single pattern'],
    ['Failed to get unit file state for foo.service: No such file or directory', 'shell', 'Unit not found'],
    [
      'The unit files have no installation config (WantedBy=, RequiredBy=, Also=,\nAlias= settings in the [Install] section, and DefaultInstance= for template\nunits). This means they are not meant to be enabled or disabled using systemctl.',
      'shell',
      'have no installation config',
    ],
    ['app.service: Start operation timed out. Terminating.', 'shell', 'Start operation timed out'],
    ['No journal files were found.', 'shell', 'No journal files were found'],
    ['E: Invalid operation instal', 'shell', 'Invalid operation'],
    [
      "E: Command line option 'y' [from -y] is not understood in combination with the other options.",
      'shell',
      'is not understood in combination with the other options',
    ],
    ['E: Unable to lock directory /var/lib/apt/lists/', 'shell', 'Unable to lock directory'],
    ['E: List directory /var/lib/apt/lists/partial is missing. - Acquire (13: Permission denied)', 'shell', 'Permission denied'],
    [
      'E: Could not open file /var/lib/apt/lists/archive.ubuntu.com_ubuntu_dists_jammy_InRelease - open (2: No such file or directory)',
      'shell',
      'No such file or directory',
    ],
    [
      'E: Problem with MergeList /var/lib/apt/lists/archive.ubuntu.com_ubuntu_dists_jammy_main_binary-amd64_Packages\nE: The package lists or status file could not be parsed or opened.',
      'shell',
      'Problem with MergeList',
    ],
    ["E: The repository 'http://archive.ubuntu.com/ubuntu eoan Release' no longer has a Release file.", 'shell', 'no longer has a Release file'],
    [
      'E: gnupg, gnupg2 and gnupg1 do not seem to be installed, but one of them is required for this operation',
      'shell',
      'gnupg, gnupg2 and gnupg1 do not seem to be installed',
    ],
    [
      'W: GPG error: https://packages.example.com stable InRelease: The following signatures were invalid: EXPKEYSIG 1234ABCD Example <a@example.com>',
      'shell',
      'EXPKEYSIG',
    ],
    ['Connection closed by 10.0.0.5 port 22', 'shell', 'Connection closed'],
    ['sign_and_send_pubkey: no mutual signature supported', 'shell', 'no mutual signature supported'],
    ['no such identity: /home/me/.ssh/id_rsa: No such file or directory', 'shell', 'No such file or directory'],
    ['Warning: Identity file /home/me/.ssh/deploy.pem not accessible: No such file or directory.', 'shell', 'No such file or directory'],
    [
      '/home/me/.ssh/config: line 5: Bad configuration option: usekeychain\n/home/me/.ssh/config: terminating, 1 bad configuration options',
      'shell',
      'Bad configuration option',
    ],
    [
      'bind [127.0.0.1]:8080: Address already in use\nchannel_setup_fwd_listener_tcpip: cannot listen to port: 8080\nCould not request local forwarding.',
      'shell',
      'Address already in use',
    ],
    ['Agent admitted failure to sign using the key.', 'shell', 'Agent admitted failure to sign using the key'],
    ['sshd: no hostkeys available -- exiting.', 'shell', 'no hostkeys available'],
    ['Missing privilege separation directory: /run/sshd', 'shell', 'Missing privilege separation directory'],
    ['curl: (35) error:1408F10B:SSL routines:ssl3_get_record:wrong version number', 'shell', 'wrong version number'],
    ["tar: Error opening archive: Failed to open 'app.tar.gz'", 'shell', 'Error opening archive'],
    [
      'unzip:  cannot find zipfile directory in one of app.zip or\n        app.zip.zip, and cannot find app.zip.ZIP, period.',
      'shell',
      'cannot find zipfile directory',
    ],
    [
      'checkdir error:  cannot create /opt/app\n                 Permission denied\n                 unable to process app/.',
      'shell',
      'Permission denied',
    ],
    ['gzip: app.tar.gz: not in gzip format', 'shell', 'not in gzip format'],
  ])('%j is %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});

describe('the catalog answers name what the message is about', () => {
  it("names apt's pinned package in the fix", () => {
    expect(fixText("E: Version '1.18.0-6ubuntu14.4' for 'nginx' was not found")).toContain('apt-cache madison nginx');
  });

  it('names the systemd unit whose ExecStart= failed', () => {
    const text = 'worker.service: Failed at step EXEC spawning /opt/worker/bin/run: No such file or directory';
    expect(answer(text).error_type).toBe('203/EXEC');
    expect(fixText(text)).toContain('systemctl cat worker.service');
  });

  it("names apk's missing package, and the compression program tar could not run", () => {
    expect(fixText('ERROR: unable to select packages:\n  libressl-dev (no such package):\n    required by: world[libressl-dev]')).toContain(
      'apk search libressl-dev',
    );
    expect(fixText('tar (child): xz: Cannot exec: No such file or directory')).toContain('xz-utils');
  });

  it('names the file of a dash redirection, and explains the errno it reports', () => {
    const t = answer('/bin/sh: 1: cannot create /etc/motd: Permission denied');
    expect(t.error_type.toLowerCase()).toBe('permission denied');
    expect(fixText('/bin/sh: 1: cannot create /etc/motd: Permission denied')).toContain('/etc/motd');
  });

  it('answers an errno the system error pattern did not know, with its own explanation', () => {
    const t = answer('ls: cannot access /mnt/sshfs: Transport endpoint is not connected');
    expect(t.error_type).toBe('Transport endpoint is not connected');
    expect(t.explanation).toMatch(/FUSE|sshfs/);
  });

  it('keeps the reason a pacman database failed over the summary line after it', () => {
    expect(
      answer('error: failed to update core (invalid or corrupted database (PGP signature))\nerror: failed to synchronize all databases')
        .error_type,
    ).toBe('invalid or corrupted database');
  });

  it("leaves ssh's closed connection under git's fatal line to git", () => {
    expect(answer('Connection closed by 140.82.121.4 port 22\nfatal: Could not read from remote repository.').language).toBe('git');
    expect(answer('Connection closed by 10.0.0.5 port 22').error_type).toBe('Connection closed');
  });
});
