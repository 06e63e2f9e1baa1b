/**
 * A third catalog pass over the shell family: dpkg-deb's archive formats, update-alternatives, yum's and dnf's mirrors,
 * pacman's hooks and signatures, apk's lock, zypper's repositories, journalctl's access, ssh's agent and host keys,
 * rsync's per-file failures, zsh's script and builtin wordings, /dev/tty, tar and bzip2, the checksum tools, base64,
 * crontab and visudo, and the warnings printed next to real errors (debconf, apt's legacy keyring).
 * Pure: the rules engine alone.
 */
import { answer, expectRecognised, fixText } from './support/recognised';

describe("the shell family's third catalog pass", () => {
  it.each([
    // dpkg-deb, update-alternatives
    [
      "dpkg-deb: error: archive 'code_1.85.1-1702462158_amd64.deb' uses unknown compression for member 'control.tar.zst', giving up",
      'shell',
      'uses unknown compression for member',
    ],
    [
      "$ sudo dpkg -i ./code_1.85.1_amd64.deb\ndpkg-deb: error: archive './code_1.85.1_amd64.deb' uses unknown compression for member 'control.tar.zst', giving up\ndpkg: error processing archive ./code_1.85.1_amd64.deb (--install):\n dpkg-deb --control subprocess returned error exit status 2\nErrors were encountered while processing:\n ./code_1.85.1_amd64.deb",
      'shell',
      'uses unknown compression for member',
    ],
    [
      "dpkg-deb: error: archive '/var/cache/apt/archives/logrotate_3.19.0-1ubuntu1.1_amd64.deb' has premature member 'control.tar.xz' before 'control.tar.gz', giving up",
      'shell',
      'has premature member',
    ],
    ["update-alternatives: error: alternative path /usr/bin/python3.9 doesn't exist", 'shell', "alternative path doesn't exist"],
    ['+ update-alternatives --config java\nupdate-alternatives: error: no alternatives for java', 'shell', 'no alternatives for'],
    // yum / dnf
    [
      '[MIRROR] fedy-release.rpm: Interrupted by header callback: Server reports Content-Length: 8092 but expected size is: 7992\n[FAILED] fedy-release.rpm: No more mirrors to try - All mirrors were already tried without success',
      'shell',
      'No more mirrors to try',
    ],
    ['Error: failure: repodata/primary.xml.gz from WebEx-Tools-2: [Errno 256] No more mirrors to try.', 'shell', 'No more mirrors to try'],
    [
      'http://rmc.webex.com/qa/systools/noarch/repodata/primary.xml.gz: [Errno -1] Metadata file does not match checksum\nTrying other mirror.\nError: failure: repodata/primary.xml.gz from WebEx-Tools-2: [Errno 256] No more mirrors to try.',
      'shell',
      'Metadata file does not match checksum',
    ],
    [
      'Loaded plugins: fastestmirror\nError: Cannot retrieve metalink for repository: epel. Please verify its path and try again',
      'shell',
      'Cannot retrieve metalink for repository',
    ],
    [
      "Error: Execution of '/usr/bin/yum -d 0 -e 0 -y install openstack-nova-conductor' returned 1: Error: Nothing to do",
      'shell',
      'Nothing to do',
    ],
    // pacman, apk, zypper
    [
      ':: Running pre-transaction hooks...\n(1/2) Rejecting pacman transaction if running in snapshot...\ncall to execv failed (No such file or directory)\nerror: command failed to execute correctly\nerror: failed to commit transaction (failed to run transaction hooks)\nErrors occurred, no packages were upgraded.',
      'shell',
      'failed to run transaction hooks',
    ],
    ['failed to commit transaction (invalid or corrupted package)', 'shell', 'invalid or corrupted package'],
    [
      'error: GPGME error: No data\nerror: failed to synchronize all databases (invalid or corrupted database (PGP signature))',
      'shell',
      'GPGME error',
    ],
    [
      '/ $ apk add curl\nERROR: Unable to lock database: Permission denied\nERROR: Failed to open apk database: Permission denied',
      'shell',
      'unable to lock database',
    ],
    [
      "Media source 'http://download.opensuse.org/distribution/leap/15.2/repo/oss/' does not contain the desired medium",
      'shell',
      'does not contain the desired medium',
    ],
    [
      "Retrieving: discover-6.0.0-1.1.x86_64.rpm ....[error]\nDownload (curl) error for 'https://download.opensuse.org/repositories/KDE:/Frameworks/openSUSE_Factory/x86_64/discover-6.0.0-1.1.x86_64.rpm':\nError code: Curl error 55\nError message: Send failure: Broken pipe",
      'shell',
      'Download (curl) error',
    ],
    [
      'zypper lr -d\nUnexpected exception.\n[|] Repository has no alias defined.\nPlease file a bug report about this.',
      'shell',
      'Repository has no alias defined',
    ],
    // journalctl, systemctl
    [
      "$ journalctl --user-unit dr-vslow-1\nHint: You are currently not seeing messages from the system.\n      Users in the 'systemd-journal' group can see all messages. Pass -q to\n      turn off this notice.\nNo journal files were opened due to insufficient permissions.",
      'shell',
      'No journal files were opened due to insufficient permissions',
    ],
    [
      'Failed to open journal file /var/log/journal/c341780e88a04800982a41eea47639d3/user-1000.journal: Permission denied',
      'shell',
      'Permission denied',
    ],
    ['[root@archlinux ~]# journalctl\nError was encountered while opening journal files: No data available', 'shell', 'No data available'],
    ['$ journalctl -u foo\nFailed to get journal fields: Cannot assign requested address', 'shell', 'Cannot assign requested address'],
    ["journalctl: invalid option -- 'x'", 'shell', 'invalid option'],
    ['Unit nginx.service is not loaded properly: Invalid argument.', 'shell', 'is not loaded properly'],
    // ssh, sshd, rsync
    [
      '$ ssh -T deploy@10.0.0.5\nsign_and_send_pubkey: signing failed for RSA "/home/u/.ssh/id_rsa" from agent: agent refused operation',
      'shell',
      'agent refused operation',
    ],
    [
      '2024-03-01T10:00:00.000Z Could not load host key: /etc/ssh/ssh_host_ecdsa_key\n2024-03-01T10:00:00.000Z Could not load host key: /etc/ssh/ssh_host_ed25519_key',
      'shell',
      'Could not load host key',
    ],
    ['rsync: [generator] chgrp "/mnt/thumbdrive-fat/x" failed: Invalid argument (22)', 'shell', 'Invalid argument'],
    ['rsync: send_files failed to open "/mnt/disks/Downloads/setup.exe": Permission denied (13)', 'shell', 'Permission denied'],
    ['rsync: symlink "/srv/bindings/abc/files/media" -> "/media" failed: Function not implemented (38)', 'shell', 'Function not implemented'],
    ['Connection to 10.0.0.5 closed by remote host.\nConnection to 10.0.0.5 closed.', 'shell', 'closed by remote host'],
    ['Could not chdir to home directory /home/uploader: No such file or directory', 'shell', 'No such file or directory'],
    ["user@10.0.0.5's password:\nPermission denied, please try again.", 'shell', 'Permission denied'],
    // zsh, the terminal, archives, checksums, base64, crontab, visudo
    ['/home/user/.zshrc:30: command not found: shopt', 'shell', 'command not found'],
    ['Last login: Tue Mar  4 13:10:42 on ttys001\n/Users/carlisia/.zshrc:4: command not found: n#', 'shell', 'command not found'],
    ['(eval):16: command not found: compdef', 'shell', 'command not found'],
    ['cd: no such file or directory: foo', 'shell', 'No such file or directory'],
    ['/home/u/.zshrc:12: source: no such file or directory: /home/u/.oh-my-zsh/oh-my-zsh.sh', 'shell', 'No such file or directory'],
    ['bash: /dev/tty: No such device or address', 'shell', 'No such device or address'],
    ['./install.sh: line 40: /dev/tty: No such device or address', 'shell', 'No such device or address'],
    [
      '$ tar xf node.tgz\ntar: Archive is compressed. Use -z option\ntar: Error is not recoverable: exiting now',
      'shell',
      'Archive is compressed',
    ],
    [
      'bzip2: (stdin) is not a bzip2 file.\ntar: Child returned status 2\ntar: Error is not recoverable: exiting now',
      'shell',
      'is not a bzip2 file',
    ],
    [
      'node-v20.11.0-linux-x64.tar.xz: FAILED\nsha256sum: WARNING: 1 computed checksum did NOT match',
      'shell',
      'computed checksum did NOT match',
    ],
    ['md5sum: foo.txt: no properly formatted MD5 checksum lines found', 'shell', 'no properly formatted checksum lines found'],
    ['$ echo "$SECRET" | base64 -d\nbase64: invalid input', 'shell', 'invalid input'],
    ['crontab: installing new crontab\n"/tmp/crontab.XXXXR2kLQx":0: bad minute', 'shell', 'bad minute'],
    ['>>> /etc/sudoers: syntax error near line 25 <<<\nWhat now?', 'shell', 'syntax error'],
    // dash's redirection, name resolution, netcat, tmux, kernel modules, file systems, swap, firewalld, ip, nmcli, the clock
    ['sh: 1: Syntax error: Bad fd number', 'shell', 'syntax error'],
    ['41: .profile: Syntax error: Bad fd number', 'shell', 'syntax error'],
    ['2025-03-17 19:07:16 start.sh: 5: Syntax error: Bad fd number', 'shell', 'syntax error'],
    ['ash: syntax error: bad fd number', 'shell', 'syntax error'],
    ['root@kali:~# ping google.com\nping: google.com: Temporary failure in name resolution', 'shell', 'Temporary failure in name resolution'],
    ['ping: unknown host google.com', 'shell', 'unknown host'],
    ['$ dig example.com\n;; connection timed out; no servers could be reached', 'shell', 'no servers could be reached'],
    ['Host example.invalid not found: 3(NXDOMAIN)', 'shell', 'NXDOMAIN'],
    ["nslookup: can't resolve 'google.com'", 'shell', "can't resolve"],
    ['nc: connect to localhost port 8080 (tcp) failed: Connection refused', 'shell', 'Connection refused'],
    ['Trying 10.0.0.5...\ntelnet: Unable to connect to remote host: Connection timed out', 'shell', 'Connection timed out'],
    ['sessions should be nested with care, unset $TMUX to force', 'shell', 'sessions should be nested with care'],
    ['$ tmux attach\nno server running on /tmp/tmux-1000/default', 'shell', 'no server running'],
    ['open terminal failed: not a terminal', 'shell', 'not a terminal'],
    ["Cannot open your terminal '/dev/pts/0' - please check.", 'shell', 'Cannot open your terminal'],
    ['modprobe: FATAL: Module nvidia not found in directory /lib/modules/5.15.0-91-generic', 'shell', 'Module not found'],
    ['insmod: ERROR: could not insert module hello.ko: Invalid module format', 'shell', 'Invalid module format'],
    [
      "resize2fs 1.42.9 (28-Dec-2013)\nresize2fs: Bad magic number in super-block while trying to open /dev/xvda1\nCouldn't find valid filesystem superblock.",
      'shell',
      'Bad magic number in super-block',
    ],
    ['swapon: /swapfile: insecure permissions 0644, 0600 suggested.', 'shell', 'insecure permissions'],
    ['swapon: /swapfile: swapon failed: Invalid argument', 'shell', 'Invalid argument'],
    ['$ sudo growpart /dev/xvda 1\nNOCHANGE: partition 1 is size 41940959. it cannot be grown', 'shell', 'NOCHANGE'],
    ['FirewallD is not running', 'shell', 'FirewallD is not running'],
    ['Error: INVALID_ZONE: publc', 'shell', 'INVALID_ZONE'],
    ['$ sudo ip route add default via 192.168.1.1\nRTNETLINK answers: File exists', 'shell', 'File exists'],
    ['Cannot find device "eth0"', 'shell', 'Cannot find device'],
    ['Error: Connection activation failed: No suitable device found for this connection.', 'shell', 'Connection activation failed'],
    ['Failed to set time: Automatic time synchronization is enabled', 'shell', 'Automatic time synchronization is enabled'],
    [
      'Failed to enable unit: Refusing to operate on alias name or linked unit file: sshd.service',
      'shell',
      'Refusing to operate on alias name or linked unit file',
    ],
    [
      '$ sudo mount -t cifs //nas/share /mnt/share -o username=me\nmount error(13): Permission denied\nRefer to the mount.cifs(8) manual page (e.g. man mount.cifs) and kernel log messages (dmesg)',
      'shell',
      'Permission denied',
    ],
    ['$ grep ERROR app.log\ngrep: app.log: binary file matches', 'shell', 'binary file matches'],
    ['Too many arguments.\nusage: ssh-keygen [-q] [-a rounds] [-b bits] [-C comment] [-f output_keyfile]', 'shell', 'Too many arguments'],
    [
      '/usr/bin/ssh-copy-id: ERROR: Too many arguments.  Expecting a target hostname, got:\n\nUsage: /usr/bin/ssh-copy-id [-h|-?|-f|-n|-s] [-i [identity_file]] [-p port] [[-o <ssh -o options>] ...] [user@]hostname',
      'shell',
      'Too many arguments',
    ],
    [
      '$ scp localhost:/Windows/System32/drivers/etc/hosts .\nC:\\WINDOWS\\System32\\OpenSSH\\scp.exe: Connection closed',
      'shell',
      'Connection closed',
    ],
    ['Looking for updates…\nerror: org.gnome.Recipes not installed', 'shell', 'not installed'],
    [
      'Warning: Failed to install org.freedesktop.Platform.GL.nvidia-440-82/x86_64/1.4: While trying to apply extra data: apply_extra script failed, exit status 32512',
      'shell',
      'apply_extra script failed',
    ],
    [
      '/ # wget https://example.com/tool.tar.gz\nwget: not an http or ftp url: https://example.com/tool.tar.gz',
      'shell',
      'not an http or ftp url',
    ],
    // warnings next to real errors
    [
      'debconf: unable to initialize frontend: Dialog\ndebconf: (TERM is not set, so the dialog frontend is not usable.)\ndebconf: falling back to frontend: Readline',
      'shell',
      'unable to initialize frontend',
    ],
    [
      'W: https://packages.microsoft.com/repos/code/dists/stable/InRelease: Key is stored in legacy trusted.gpg keyring (/etc/apt/trusted.gpg), see the DEPRECATION section in apt-key(8) for details.',
      'shell',
      'Key is stored in legacy trusted.gpg keyring',
    ],
    [
      "N: Skipping acquire of configured file 'main/binary-i386/Packages' as repository 'https://dl.google.com/linux/chrome/deb stable InRelease' doesn't support architecture 'i386'",
      'shell',
      "doesn't support architecture",
    ],
  ])('%j is %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});

describe('the third pass leaves neighbouring messages their own answers', () => {
  it.each([
    // apt's real error wins over debconf's warning and the legacy-keyring notice printed with it.
    [
      'debconf: unable to initialize frontend: Dialog\ndebconf: falling back to frontend: Readline\nE: Unable to locate package python-pip',
      'shell',
      'Unable to locate package',
    ],
    [
      'W: https://download.docker.com/linux/ubuntu/dists/jammy/InRelease: Key is stored in legacy trusted.gpg keyring (/etc/apt/trusted.gpg), see the DEPRECATION section in apt-key(8) for details.\nE: Unable to locate package docker-ce',
      'shell',
      'Unable to locate package',
    ],
    // yum's "No package x available." keeps its answer; "Nothing to do" alone is only the fallback.
    ['No package sysbench available.\nError: Nothing to do', 'shell', 'No package available'],
    // pacman's "error:"-prefixed line keeps the older pattern's type.
    [
      'error: failed to commit transaction (conflicting files)\npython-dateutil: /usr/lib/python3.6/site-packages/dateutil/__init__.py exists in filesystem',
      'shell',
      'conflicting files',
    ],
    // rsync's summary keeps its answer when the per-file lines come with it.
    [
      'rsync: [generator] chgrp "/mnt/x" failed: Invalid argument (22)\nrsync error: some files/attrs were not transferred (see previous errors) (code 23) at main.c(1359) [sender=3.4.1]',
      'shell',
      'some files/attrs were not transferred',
    ],
    // bash's cd and zsh's own "command not found" line keep theirs.
    ['bash: cd: foo: No such file or directory', 'shell', 'No such file or directory'],
    ['zsh: command not found: python', 'shell', 'command not found'],
    // A remote command's own error is the answer, not the closed session.
    ['bash: line 1: rsync: command not found\nConnection to 10.0.0.5 closed by remote host.', 'shell', 'command not found'],
    // ssh's publickey refusal, which git's pattern answers, keeps that answer when the agent's line comes with it.
    [
      'sign_and_send_pubkey: signing failed for RSA "/home/u/.ssh/id_rsa" from agent: agent refused operation\ngit@github.com: Permission denied (publickey).\nfatal: Could not read from remote repository.',
      'git',
      'Permission denied (publickey)',
    ],
    // Docker Desktop's shared-drive mount keeps docker's answer.
    [
      '[10:00:00.000][SambaShare     ][Error  ] Unable to mount C drive: 10.0.75.1 (10.0.75.1:445) open\nmount error(13): Permission denied\nRefer to the mount.cifs(8) manual page (e.g. man mount.cifs)\nmount: mounting //10.0.75.1/C on /c failed: Invalid argument',
      'docker',
      'mount error(13): Permission denied',
    ],
    // A grep notice next to a real error gives way to it.
    ['grep: app.log: binary file matches\n./check.sh: line 4: jq: command not found', 'shell', 'command not found'],
    // ssh's own "Could not resolve hostname" keeps its answer.
    ['ssh: Could not resolve hostname github.com: Temporary failure in name resolution', 'shell', 'Could not resolve hostname'],
    // sudo's runtime parse error keeps its phrase.
    ['sudo: parse error in /etc/sudoers near line 25\nsudo: no valid sudoers sources found, quitting', 'shell', 'parse error'],
    // crontab's full refusal keeps the older pattern.
    ['"/tmp/crontab.abc":1: bad minute\nerrors in crontab file, can\'t install.\nDo you want to retry the same edit?', 'shell', 'bad minute'],
  ])('%j stays %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it('leaves a failed docker build step to the build even with debconf warnings in it', () => {
    const text =
      '#7 [3/5] RUN apt-get update && apt-get install -y foo\n#7 3.120 debconf: unable to initialize frontend: Dialog\n#7 ERROR: process "/bin/sh -c apt-get update && apt-get install -y foo" did not complete successfully: exit code: 100\nERROR: failed to solve: process "/bin/sh -c apt-get update && apt-get install -y foo" did not complete successfully: exit code: 100';
    expect(answer(text).error_type).not.toBe('unable to initialize frontend');
  });
});

describe('the third pass names what the message is about', () => {
  it('names the .deb dpkg-deb cannot read, and how to repack it', () => {
    const text = "dpkg-deb: error: archive 'code_1.85.1_amd64.deb' uses unknown compression for member 'control.tar.zst', giving up";
    expect(fixText(text)).toContain('code_1.85.1_amd64.deb');
    expect(fixText(text)).toContain('zstd -d');
  });

  it('names the repository whose metalink failed', () => {
    expect(fixText('Error: Cannot retrieve metalink for repository: epel. Please verify its path and try again')).toContain(
      '--disablerepo=epel',
    );
  });

  it('names the unit that did not load', () => {
    expect(fixText('Unit worker.service is not loaded properly: Invalid argument.')).toContain(
      'systemd-analyze verify /etc/systemd/system/worker.service',
    );
  });

  it('names the command zsh could not find in the startup file', () => {
    const text = '/home/user/.zshrc:30: command not found: shopt';
    expect(answer(text).error_type).toBe('command not found');
    expect(fixText(text)).toContain('command -v shopt');
  });

  it('names the rsync file that could not be opened', () => {
    expect(fixText('rsync: send_files failed to open "/srv/data/report.pdf": Permission denied (13)')).toContain('/srv/data/report.pdf');
  });

  it('names the host whose session was closed, and keeps it alive next time', () => {
    expect(fixText('Connection to build01.example.com closed by remote host.')).toContain(
      'ServerAliveInterval=30 -o ServerAliveCountMax=4 build01.example.com',
    );
  });

  it('names the kernel module that was not built for the running kernel', () => {
    expect(fixText('modprobe: FATAL: Module wireguard not found in directory /lib/modules/6.1.0-18-amd64')).toContain('rebuild wireguard');
  });

  it('names the swap file to recreate', () => {
    expect(fixText('swapon: /var/swap.img: swapon failed: Invalid argument')).toContain(
      'sudo chmod 600 /var/swap.img && sudo mkswap /var/swap.img',
    );
  });

  it('names the device resize2fs could not read, and the XFS alternative', () => {
    const text = 'resize2fs: Bad magic number in super-block while trying to open /dev/nvme0n1p1';
    expect(fixText(text)).toContain('sudo blkid /dev/nvme0n1p1');
    expect(fixText(text)).toContain('xfs_growfs');
  });
});
