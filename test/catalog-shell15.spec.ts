/**
 * The fifteenth catalog pass over the shell family (sessions and remote work as people paste them): ssh's host key
 * verification and changed host keys, refused logins and algorithm negotiation (also copied from sshd's log with
 * "port N :"), connections refused, timed out, reset and closed, sshd's own refusals in its log ("maximum
 * authentication attempts exceeded", "Missing privilege separation directory", "fatal: Cannot bind any address" above
 * systemd's status, missing host keys), sudo's "is not in the sudoers file", "a terminal is required" and "no tty
 * present", su's "must be run from a terminal", locale warnings (bash's setlocale, perl's "Setting locale failed",
 * man's "can't set the locale"), terminals (docker's "the input device is not a TTY", mesg's ttyname, "stdin: is not
 * a tty", ssh's pseudo-terminal warning, bash's job control, tmux's "not a terminal"), systemctl without systemd or a
 * user bus (also in an Ansible result), journalctl's failures, env's missing interpreter (GNU's quoted, BSD's bare,
 * CRLF), ulimit's "cannot modify limit", "Argument list too long", and fork failures (bash's retry, dash's "Cannot
 * fork", sudo's "unable to fork"). Pure: the rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

describe("the shell family's fifteenth catalog pass", () => {
  it.each([
    [
      "Cloning into '/tmp/semver-git-repo'...\nHost key verification failed.\nfatal: Could not read from remote repository.\n\nPlease make sure you have the correct access rights\nand the repository exists.\nerror bumping version: exit status 128",
      'shell',
      'Host key verification failed',
    ],
    [
      'Initialized empty Git repository in /home/dashboard/app/assets/_lib/d3/.git/\nHost key verification failed.\nfatal: The remote end hung up unexpectedly',
      'shell',
      'Host key verification failed',
    ],
    [
      '2018-04-20T08:11:04.553Z - error: [ui] `git -c credential.helper= fetch --progress --prune origin` exited with an unexpected code: 128.\nHost key verification failed.\nfatal: Could not read from remote repository.',
      'shell',
      'Host key verification failed',
    ],
    [
      '@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\n@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\nIT IS POSSIBLE THAT SOMEONE IS DOING SOMETHING NASTY!\nSomeone could be eavesdropping on you right now (man-in-the-middle attack)!\nIt is also possible that a host key has just been changed.\nThe fingerprint for the ED25519 key sent by the remote host is\nSHA256:\nPlease contact your system administrator.\nAdd correct host key in /home/user/.ssh/known_hosts to get rid of this message.\nOffending ED25519 key in /home/user/.ssh/known_hosts:67\nHost key for 10.0.0.2 has changed and you have requested strict checking.\nHost key verification failed.',
      'shell',
      'REMOTE HOST IDENTIFICATION HAS CHANGED',
    ],
    [
      'admin@MBP ~ % ssh root@192.168.31.1\n@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\n@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\nIT IS POSSIBLE THAT SOMEONE IS DOING SOMETHING NASTY!\nSomeone could be eavesdropping on you right now (man-in-the-middle attack)!\nIt is also possible that a host key has just been changed.\nThe fingerprint for the RSA key sent by the remote host is\nSHA256:***************************************.\nPlease contact your system administrator.\nAdd correct host key in /Users/admin/.ssh/known_hosts to get rid of this message.\nOffending RSA key in /Users/admin/.ssh/known_hosts:6\nHost key for 192.168.31.1 has changed and you have requested strict checking.\nHost key verification failed.',
      'shell',
      'REMOTE HOST IDENTIFICATION HAS CHANGED',
    ],
    [
      '@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\n@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\nIT IS POSSIBLE THAT SOMEONE IS DOING SOMETHING NASTY!\nSomeone could be eavesdropping on you right now (man-in-the-middle attack)!\nIt is also possible that a host key has just been changed.\nThe fingerprint for the ED25519 key sent by the remote host is\nSHA256:Ct+vu6hClX9fiM1/T9bJYVURpLkgM3FkkQLfmMvxkMw.\nPlease contact your system administrator.\nAdd correct host key in /Users/octopus/.ssh/known_hosts to get rid of this message.\nOffending ED25519 key in /Users/octopus/.ssh/known_hosts:14\nPassword authentication is disabled to avoid man-in-the-middle attacks.\nKeyboard-interactive authentication is disabled to avoid man-in-the-middle attacks.\nUpdateHostkeys is disabled because the host key is not trusted.\nadmin@192.168.64.15: Permission denied (publickey,password,keyboard-interactive).',
      'shell',
      'Permission denied (publickey)',
    ],
    [
      'null_resource.master_reboot[1] (local-exec): @@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\nnull_resource.master_reboot[1] (local-exec): @    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\nnull_resource.master_reboot[1] (local-exec): @@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\nnull_resource.master_reboot[1] (local-exec): IT IS POSSIBLE THAT SOMEONE IS DOING SOMETHING NASTY!\nnull_resource.master_reboot[1] (local-exec): Someone could be eavesdropping on you right now (man-in-the-middle attack)!\nnull_resource.master_reboot[1] (local-exec): It is also possible that a host key has just been changed.\nnull_resource.master_reboot[1] (local-exec): The fingerprint for the ECDSA key sent by the remote host is\nnull_resource.master_reboot[1] (local-exec): SHA256:xLcYWadJcxBP9sp8GTaVhFatSh3OqdGb0PNDTB3wqu4.\nnull_resource.master_reboot[1] (local-exec): Please contact your system administrator.\nnull_resource.master_reboot[1] (local-exec): Add correct host key in /home/jenkins/.ssh/known_hosts to get rid of this message.',
      'shell',
      'REMOTE HOST IDENTIFICATION HAS CHANGED',
    ],
    ['Received disconnect from x.x.x.x port 22:2: Too many authentication failures', 'shell', 'Too many authentication failures'],
    [
      'Received disconnect from UNKNOWN port 65535:2: Too many authentication failures    \nDisconnected from UNKNOWN port 65535          ',
      'shell',
      'Too many authentication failures',
    ],
    ['Received disconnect from 192.168.36.134 port 22:2: Too many authentication failures', 'shell', 'Too many authentication failures'],
    [
      '5816 16:06:08 247 Failed password for invalid user Administrator from 10.73.78.42 port 51735 ssh2\n5816 16:06:08 249 Failed password for invalid user Administrator from 10.73.78.42 port 51735 ssh2\n5816 16:06:08 251 Failed password for invalid user Administrator from 10.73.78.42 port 51735 ssh2\n5816 16:06:08 251 error: maximum authentication attempts exceeded for invalid user Administrator from 10.73.78.42 port 51735 ssh2',
      'shell',
      'Too many authentication failures',
    ],
    [
      '$ ssh jobs.hackclub.com\nUnable to negotiate with 96.126.108.99 port 22: no matching host key type found. Their offer: ssh-rsa',
      'shell',
      'no matching host key type found',
    ],
    [
      'Unable to negotiate with UNKNOWN port 65535: no matching host key type found. Their offer: ssh-rsa,ssh-dss',
      'shell',
      'no matching host key type found',
    ],
    [
      '5468 10:22:00 356 debug1: kex: algorithm: diffie-hellman-group-exchange-sha256\n5468 10:22:00 356 debug1: kex: host key algorithm: (no match)\n5468 10:22:00 356 fatal: Unable to negotiate with xxx.xxx.xxx.xxx: no matching host key type found. Their offer: ssh-rsa,ssh-dss',
      'shell',
      'no matching host key type found',
    ],
    [
      'Unable to negotiate with xxx.xxx.xxx.xxx port xxxxx : no matching key exchange method found. Their offer: diffie-hellman-group-exchange-sha256,diffie-hellman-group-exchange-sha1,diffie-hellman-group14-sha1,diffie-hellman-group1-sha1,rsa2048-sha256,rsa1024-sha1 [preauth]',
      'shell',
      'no matching key exchange method found',
    ],
    [
      '[fennectech@Jasper ~]$  ssh root@10.0.0.147\nUnable to negotiate with 10.0.0.147 port 22: no matching key exchange method found. Their offer: diffie-hellman-group1-sha1',
      'shell',
      'no matching key exchange method found',
    ],
    [
      '    ssh -o KexAlgorithms=diffie-hellman-group1-sha1 <IP>\n\n    Unable to negotiate with <IP> port 22: no matching cipher found. Their offer: aes128-cbc,3des-cbc,aes192-cbc,aes256-cbc',
      'shell',
      'no matching cipher found',
    ],
    [
      'CONNECTING WITH  (Mon Mar 14 16:29:08 2022)\nUnable to negotiate with xx.xx.xx.xx port 22: no matching key exchange method found. Their offer: diffie-hellman-group14-sha1,diffie-hellman-group1-sha1\nDISCONNECTED (PRESS <ENTER> TO RECONNECT) (Mon Mar 14 16:29:08 2022)',
      'shell',
      'no matching key exchange method found',
    ],
    [
      '$ ssh -v -v root@localhost\nOpenSSH_7.6p1, OpenSSL 1.0.2l  25 May 2017\ndebug1: Reading configuration data /etc/ssh/ssh_config\ndebug2: resolving "localhost" port 22\ndebug2: ssh_connect_direct: needpriv 0\ndebug1: Connecting to localhost [::1] port 22.\ndebug1: connect to address ::1 port 22: Connection refused\ndebug1: Connecting to localhost [127.0.0.1] port 22.\ndebug1: connect to address 127.0.0.1 port 22: Connection refused\nssh: connect to host localhost port 22: Connection refused',
      'shell',
      'Connection refused',
    ],
    ['ssh: connect to host 10.15.89.41 port 22732: Connection refused', 'shell', 'Connection refused'],
    [
      'niehailideMacBook-Pro:~ niehaili$ ssh root@10.26.162.117\nssh: connect to host 10.26.162.117 port 22: Operation timed out',
      'shell',
      'Operation timed out',
    ],
    ['ssh root@192.168.0.105 -p 5656\nssh: connect to host 192.168.0.105 port 5656: Connection timed out', 'shell', 'Connection timed out'],
    [
      '[17:00:52.962] Terminal shell path: C:\\Windows\\System32\\cmd.exe\n[17:01:14.153] > ssh: connect to host 9.134.79.255 port 36000: Connection timed out\n> \n[17:01:14.162] > 过程试图写入的管道不存在。',
      'shell',
      'Connection timed out',
    ],
    [
      'ssh -T git@github.com\nkex_exchange_identification: Connection closed by remote host\nConnection closed by 52.69.186.44 port 22',
      'shell',
      'Connection closed by remote host',
    ],
    [
      '`Failed to run: kex_exchange_identification: Connection closed by remote host Connection closed by aa.bbb.ccc.d port 22`',
      'shell',
      'Connection closed by remote host',
    ],
    [
      'kex_exchange_identification: read: Connection reset by peer\nConnection reset by ::1 port 2222\n[-] An error occurred',
      'shell',
      'Connection reset by peer',
    ],
    ['ssh_exchange_identification: read: Connection reset by peer', 'shell', 'Connection reset by peer'],
    ["test1@127.0.0.1's password:\nclient_loop: send disconnect: Broken pipe", 'shell', 'Broken pipe'],
    ['client_loop: send disconnect: Broken pipe\nlost connection', 'shell', 'Broken pipe'],
    ['debug1: Entering interactive session.\nWrite failed: Broken pipe', 'shell', 'Broken pipe'],
    [
      "bash.exe -c 'sudo /usr/sbin/sshd -D'\n[sudo] password for xxx:\n/etc/ssh/sshd_config line 37: Deprecated option UsePrivilegeSeparation\nCould not load host key: /etc/ssh/ssh_host_rsa_key\nCould not load host key: /etc/ssh/ssh_host_ecdsa_key\nCould not load host key: /etc/ssh/ssh_host_ed25519_key\nMissing privilege separation directory: /run/sshd",
      'shell',
      'Missing privilege separation directory',
    ],
    ['sudo sshd -t\nMissing privilege separation directory: /run/sshd', 'shell', 'Missing privilege separation directory'],
    ['[  209.582912] sshd[888]: fatal: Missing privilege separation directory: /run/sshd', 'shell', 'Missing privilege separation directory'],
    [
      '+ /usr/sbin/sshd\nCould not load host key: /etc/ssh/ssh_host_rsa_key\nCould not load host key: /etc/ssh/ssh_host_ecdsa_key\nCould not load host key: /etc/ssh/ssh_host_ed25519_key\nsshd: no hostkeys available -- exiting.',
      'shell',
      'Could not load host key',
    ],
    [
      "pi@raspberrypi:~ $ sshd -t && echo 'looks good' || echo 'sshd config is invalid'\nsshd: no hostkeys available -- exiting.\nsshd config is invalid",
      'shell',
      'no hostkeys available',
    ],
    [
      "/ # ssh s1@69.16.196.45 -i x.rsa\nsign_and_send_pubkey: no mutual signature supported\ns1@69.16.196.45's password:",
      'shell',
      'no mutual signature supported',
    ],
    [
      '$ ssh 127.0.0.1\nsign_and_send_pubkey: no mutual signature supported\nroot@127.0.0.1: Permission denied (publickey).',
      'shell',
      'Permission denied (publickey)',
    ],
    [
      'Jun 13 15:49:31 web03.bitpitt.com systemd[1]: Reloading ssh.service - OpenBSD Secure Shell server...\nJun 13 15:49:32 web03.bitpitt.com sshd[3280]: Received SIGHUP; restarting.\nJun 13 15:49:32 web03.bitpitt.com sshd[3280]: fatal: Cannot bind any address.\nJun 13 15:49:32 web03.bitpitt.com systemd[1]: ssh.service: Main process exited, code=exited, status=255/EXCEPTION',
      'shell',
      'Cannot bind any address',
    ],
    [
      "[sudo] password for admin: \nadmin is not in the sudoers file.  This incident will be reported.\n[sudo] password for admin: \nadmin is not in the sudoers file.  This incident will be reported.\nawk: fatal: cannot open file `playbooks/vars/all.yml' for reading (No such file or directory)",
      'shell',
      'is not in the sudoers file',
    ],
    ['[Save as Root] exit code 1: <user> is not in the sudoers file. This incident will be reported.', 'shell', 'is not in the sudoers file'],
    [
      '[./setup]: Removing deprecated dependencies:\nsudo: a terminal is required to read the password; either use the -S option to read from standard input or configure an askpass helper\nsudo: a password is required',
      'shell',
      'a terminal is required',
    ],
    [
      '[warn]  Error: sudo: a terminal is required to read the password; either use the -S option to read from standard input or configure an askpass helper',
      'shell',
      'a terminal is required',
    ],
    [
      'Error detected while processing BufWriteCmd Autocommands for "/private/etc/hosts":\nsudo: a terminal is required to read the password; either use the -S option to read from standard input or configure an askpass helper | sudo: a password is required',
      'shell',
      'a terminal is required',
    ],
    [
      'jul. 19 15:55:43 sudo: um terminal é necessário para ler a senha; use a opção -S para ler a entrada padrão ou configure um auxiliar de askpass\njul. 19 15:55:46 sudo: uma senha é necessária',
      'shell',
      'a terminal is required',
    ],
    ['sudo: no tty present and no askpass program specified\nError: Process completed with exit code 1.', 'shell', 'a terminal is required'],
    [
      "Pseudo-terminal will not be allocated because stdin is not a terminal.\nADPROTO: 0.6\nsudo: no tty present and no askpass program specified\n\nADPERR: Failed to execute 'sudo apt-get update' (256).",
      'shell',
      'a terminal is required',
    ],
    [
      '~/xiringuito ./xiringuito IP 10.0.0.0/8 192.168.0.0/16\n[ sudo check ]\nTUNNEL ID: 42 (local: 42)\nsudo: no tty present and no askpass program specified\nsudo: no tty present and no askpass program specified\nTerminated',
      'shell',
      'a terminal is required',
    ],
    [
      'vagrant@vagrant-debian-wheezy:~$ perl -e exit\nperl: warning: Setting locale failed.\nperl: warning: Please check that your locale settings:\n    LANGUAGE = (unset),\n    LC_ALL = (unset),\n    LC_CTYPE = "de_DE.UTF-8",\n    LANG = "en_US.UTF-8"\n    are supported and installed on your system.\nperl: warning: Falling back to the standard locale ("C").',
      'shell',
      'cannot change locale',
    ],
    [
      'I: Base system installed successfully.\nperl: warning: Setting locale failed.\nperl: warning: Please check that your locale settings:\n        LANGUAGE = "",\n        LC_ALL = (unset),\n        LANG = "en_US.UTF-8"\n    are supported and installed on your system.\nperl: warning: Falling back to the standard locale ("C").\nlocale: Cannot set LC_CTYPE to default locale: No such file or directory\nlocale: Cannot set LC_MESSAGES to default locale: No such file or directory\nlocale: Cannot set LC_ALL to default locale: No such file or directory',
      'shell',
      'cannot change locale',
    ],
    [
      '[anthony@centos63 rerun]$ ./test.sh \nperl: warning: Setting locale failed.\nperl: warning: Please check that your locale settings:\n        LANGUAGE = (unset),\n        LC_ALL = (unset),\n        LC_MONETARY = "en_US.us-ascii",\n        LC_NUMERIC = "en_US.us-ascii",\n        LC_MESSAGES = "en_US.us-ascii",\n        LC_COLLATE = "en_US.us-ascii",\n        LC_CTYPE = "en_US.us-ascii",\n        LC_TIME = "en_US.us-ascii",\n        LANG = "en_US.us-ascii"\n    are supported and installed on your system.',
      'shell',
      'cannot change locale',
    ],
    [
      '$ cmdx connect                              \n+ docker-compose exec mysql mysql -ppassword watch                          \nthe input device is not a TTY\nexit status 1',
      'docker',
      'the input device is not a TTY',
    ],
    ['the input device is not a TTY\n\n[runitor] Command exited with code 1.', 'docker', 'the input device is not a TTY'],
    [
      'Creating pagila-hw_pg_1 ... done\nCONTAINER ID   IMAGE          COMMAND                  CREATED                  STATUS                  PORTS      NAMES\nd252b0d44496   pagila-hw_pg   "docker-entrypoint.s…"   Less than a second ago   Up Less than a second   5432/tcp   pagila-hw_pg_1\nthe input device is not a TTY\nError: Process completed with exit code 1.',
      'docker',
      'the input device is not a TTY',
    ],
    ['mesg: ttyname failed: Inappropriate ioctl for device', 'shell', 'Inappropriate ioctl for device'],
    [
      '/etc/cron.weekly/openmediavault-update-smart-drivedb:\nmesg: ttyname failed: Unpassender IOCTL (I/O-Control) für das Gerät',
      'shell',
      'Inappropriate ioctl for device',
    ],
    [
      '==> opdk: mesg: ttyname failed: Inappropriate ioctl for device\n==> opdk: Creating ucddb\n==> opdk: Creating blueprintdb',
      'shell',
      'Inappropriate ioctl for device',
    ],
    ['root@ldap:~# sudo -i\nmesg: ttyname failed: Success', 'shell', 'ttyname failed'],
    [
      "$sudo systemctl daemon-reload\nSystem has not been booted with systemd as init system (PID 1). Can't operate.\nFailed to connect to bus: Host is down",
      'shell',
      'System has not been booted with systemd',
    ],
    [
      "> root@DESCTOP:/mnt/c/Users/DiMithras# reboot\n> System has not been booted with systemd as init system (PID 1). Can't operate.\n> Failed to connect to bus: Host is down\n> Failed to talk to init daemon",
      'shell',
      'System has not been booted with systemd',
    ],
    [
      '-bash: fork: retry: Resource temporarily unavailable\n-bash: fork: retry: Resource temporarily unavailable\n-bash: fork: retry: Resource temporarily unavailable\n-bash: fork: retry: Resource temporarily unavailable\n-bash: fork: Resource temporarily unavailable',
      'shell',
      'Resource temporarily unavailable',
    ],
    [
      '  Please report this issue at https://github.com/cea-hpc/modules/issues\nbash: fork: retry: Resource temporarily unavailable\nbash: fork: retry: Resource temporarily unavailable\nbash: fork: Resource temporarily unavailable',
      'shell',
      'Resource temporarily unavailable',
    ],
    [
      'sh: fork: retry: Resource temporarily unavailable\nsh: fork: retry: Resource temporarily unavailable\nsh: fork: retry: Resource temporarily unavailable',
      'shell',
      'Resource temporarily unavailable',
    ],
    [
      './scripts/run_maps.sh: 0: ./scripts/run_maps.sh: Cannot fork\n14227 ./scripts/run_maps.sh: 0: ./scripts/run_maps.sh: Cannot fork',
      'shell',
      'Cannot fork',
    ],
    ['[root@Ge .MyVim]# ./install_small_vimrc.sh\n/usr/bin/env: ‘bash\\r’: No such file or directory', 'shell', 'bad interpreter'],
    ['执行./LinuxCheck.sh 时 总爆/usr/bin/env: "bash\\r": 没有那个文件或目录', 'shell', 'bad interpreter'],
    ['/usr/bin/env: ‘bash\\r’: No such file or directory\nmake: *** [Makefile:249: docker-init] Error 127', 'shell', 'bad interpreter'],
    ['`/usr/bin/env: ‘/usr/bin/sh\\r’: No such file or directory`', 'shell', 'bad interpreter'],
    ['$ rbenv\n/usr/bin/env: bash -e: No such file or directory', 'shell', 'No such file or directory'],
    [
      '$ ec2-ssh -u ec2-user -n foo-bar*\nec2-ssh connecting to 10.84.105.148\nPseudo-terminal will not be allocated because stdin is not a terminal.',
      'shell',
      'Pseudo-terminal will not be allocated',
    ],
    ['$ tmux new -s works\nopen terminal failed: not a terminal', 'shell', 'not a terminal'],
    ['export TERM=xterm      \ntmux \n"open terminal failed: not a terminal"', 'shell', 'not a terminal'],
    [
      '======CMD======\ncd /home\ngit stash\ngit pull\n\n======END======\nerr: stdin: is not a tty\nout: Saved working directory and index state WIP on master: 7a904f0 chore: add apache config file\nerr: Permission denied (publickey).\nerr: fatal: Could not read from remote repository.\nerr: \nerr: Please make sure you have the correct access rights\nerr: and the repository exists.\n2020/02/05 08:33:29 Process exited with status 1',
      'git',
      'Permission denied (publickey)',
    ],
    ['user@host% systemctl --user start metpx-sr3\nFailed to connect to bus: No medium found', 'shell', 'Failed to connect to bus'],
    ['sudo systemctl --user restart openrazer-daemon.service\n\nFailed to connect to bus: No medium found', 'shell', 'Failed to connect to bus'],
    ['❯ systemctl --user status\nFailed to connect to bus: No such file or directory', 'shell', 'Failed to connect to bus'],
    [
      'RUNNING HANDLER [ovos_installer : Start PipeWire systemd service] ***************************************************\nTuesday 05 August 2025  14:04:18 -0400 (0:00:00.033)       0:00:44.844 ******** \nfatal: [127.0.0.1]: FAILED! => {"changed": false, "cmd": "/usr/bin/systemctl --user", "msg": "Failed to connect to bus: No such file or directory", "rc": 1, "stderr": "Failed to connect to bus: No such file or directory\\n", "stderr_lines": ["Failed to connect to bus: No such file or directory"], "stdout": "", "stdout_lines": []}',
      'shell',
      'Failed to connect to bus',
    ],
    [
      'root@kali: systemctl --user\nFailed to connect to bus: Connection refused\nroot@kali: systemctl --user list-units\nFailed to connect to bus: Connection refused',
      'shell',
      'Failed to connect to bus',
    ],
    [
      '$ systemctl --user\nFailed to get D-Bus connection: Operation not permitted\n$ systemctl --system\nFailed to get D-Bus connection: Operation not permitted',
      'shell',
      'Operation not permitted',
    ],
    ['[root@localhost ~]# systemctl start docker\nFailed to get D-Bus connection: Operation not permitted', 'shell', 'Operation not permitted'],
    [
      'root@3924d7bb5e59 /]# systemctl status httpd\nFailed to get D-Bus connection: Operation not permitted',
      'shell',
      'Operation not permitted',
    ],
    [
      'liuqs@BlackTurtle:~>docker run -ti centos:7 /bin/bash\n[root@7430895f5868 /]# systemctl status systemd-journald\nFailed to get D-Bus connection: Operation not permitted',
      'shell',
      'Operation not permitted',
    ],
    ['su: must be run from a terminal', 'shell', 'must be run from a terminal'],
    [
      'bash: cannot set terminal process group (-1): Inappropriate ioctl for device\nbash: no job control in this shell',
      'shell',
      'cannot set terminal process group',
    ],
    [
      '~ $ chroot-distro login debian --user deo\nbash: cannot set terminal process group (8608): Inappropriate ioctl for device\nbash: no job control in this shell\ndeo@localhost:~$',
      'shell',
      'cannot set terminal process group',
    ],
    [
      'bash: cannot set terminal process group (-1): Inappropriate ioctl for device\nbash: no job control in this shell\nmesg: ttyname failed: Inappropriate ioctl for device',
      'shell',
      'cannot set terminal process group',
    ],
    [
      'bash: cannot set terminal process group (23285): Inappropriate ioctl for device\nbash: no job control in this shell\nbash: cannot set terminal process group (23285): Inappropriate ioctl for device\nbash: no job control in this shell',
      'shell',
      'cannot set terminal process group',
    ],
    ['`line 280: /usr/bin/ls: Argument list too long`', 'shell', 'Argument list too long'],
    [
      'sh: 1: ls: Argument list too longhead of the transfer..\nsh: 1: ls: Argument list too longhead of the transfer..\nsh: 1: ls: Argument list too longhead of the transfer..',
      'shell',
      'Argument list too long',
    ],
    [
      '_/usr/share/backup-manager/sanitize.sh: line 91: /bin/env: Argument list too long\n/usr/share/backup-manager/actions.sh: line 160: /bin/date: Argument list too long\n/usr/share/backup-manager/files.sh: line 163: /bin/grep: Argument list too long\n/usr/share/backup-manager/files.sh: line 163: /bin/awk: Argument list too long_',
      'shell',
      'Argument list too long',
    ],
    [
      '$ python cities/Dorothea.py -c config/dorotheaKr.conf -i /Users/Gonzalo/github/NEXTdata/Kr2016/data/3389/*.h5 -o ../../ICARO/KrDST.h5 -n 1000\n-bash: /Applications/anaconda3/envs/IC3.5/bin/python: Argument list too long',
      'shell',
      'Argument list too long',
    ],
    ['~$ stack-delete mystack\n-bash: /usr/local/bin/gecho: Argument list too long', 'shell', 'Argument list too long'],
    ['zacharytam0411@Zachary-Macbook brigadier-main % ./brigadier\nenv: python: No such file or directory', 'shell', 'bad interpreter'],
    ["I'm getting error message: env: python2: No such file or directory, when I tried to fire up proximac", 'shell', 'bad interpreter'],
    ['ulimit -n 65535\n\nulimit: open files: cannot modify limit: Operation not permitted', 'shell', 'cannot modify limit'],
    [
      '+++ [1008 09:04:52] Starting script: openim-msgtransfer.sh\n/openim/openim-server/scripts/install/openim-msgtransfer.sh: line 21: ulimit: open files: cannot modify limit: Operation not permitted\n!!! [1008 09:04:52] Call tree:\n!!! [1008 09:04:52]  1: /openim/openim-server/scripts/start-all.sh:78 execute_scripts(...)',
      'shell',
      'cannot modify limit',
    ],
    [
      '  bash-3.2$ ulimit -n 65536\n  bash: ulimit: open files: cannot modify limit: Invalid argument\n  bash-3.2$ ulimit -u 2048\n  bash: ulimit: max user processes: cannot modify limit: Operation not permitted',
      'shell',
      'cannot modify limit',
    ],
    ['sh: line 0: ulimit: open files: cannot modify limit: Invalid argument', 'shell', 'cannot modify limit'],
    ['在执行命令 ./logrun.sh 时提示：第 5 行: ulimit: open files: 无法修改 limit 值: 不允许的操作', 'shell', 'cannot modify limit'],
    [
      'root@practice~dynamic-allocator-misuse~level11-0:/home/hacker# ulimit -c unlimited\nbash: ulimit: core file size: cannot modify limit: Operation not permitted',
      'shell',
      'cannot modify limit',
    ],
    ["$ man yes\nman: can't set the locale; make sure $LC_* and $LANG are correct", 'shell', 'cannot change locale'],
    ["manpath: can't set the locale; make sure $LC_* and $LANG are correct", 'shell', 'cannot change locale'],
    [
      '  [00:48:59] * arpage from /wikipedia-wikidata/wikimedia_build_20260404/converted/wikipedia/ar/pages.csv.gz\n  [00:48:59] perl: warning: Setting locale failed.\n  [00:48:59] perl: warning: Please check that your locale settings:\n  [00:48:59]     LANGUAGE = (unset),\n  [00:48:59]     LC_ALL = (unset),\n  [00:48:59]     LANG = "ar"\n  [00:48:59]     are supported and installed on your system.',
      'shell',
      'cannot change locale',
    ],
    [
      '$ journalctl -u foo\nFailed to get journal fields: Cannot assign requested address\n-- Logs begin at Fri 2015-09-04 16:49:22 UTC, end at Tue 2015-09-08 10:57:18 UTC. --',
      'shell',
      'Cannot assign requested address',
    ],
    [
      '$ sudo journalctl -u systemd-resolved --invocation=0\nNo journal entry found for the invocation (+0).',
      'shell',
      'No journal entry found for the invocation',
    ],
    ['  Error: sudo: unable to fork: Resource temporarily unavailable', 'shell', 'Resource temporarily unavailable'],
    ['stdin: is not a tty', 'shell', 'is not a tty'],
  ])('answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});

describe('near misses of the fifteenth pass keep their answer', () => {
  it.each([
    ['/usr/bin/env: node --harmony: No such file or directory', 'shell', 'No such file or directory'],
    ["env: 'python': No such file or directory", 'shell', 'bad interpreter'],
    ["/usr/bin/env: 'python3\\r': No such file or directory", 'shell', 'bad interpreter'],
    ['ssh: connect to host 10.0.0.5 port 22: Connection refused', 'shell', 'Connection refused'],
    ['Received disconnect from 10.0.0.5 port 22:2: Too many authentication failures', 'shell', 'Too many authentication failures'],
    ['Feb  6 02:32:45 k*****o sshd[1615]: error: Could not load host key: /etc/ssh/ssh_host_ed25519_key', 'shell', 'Could not load host key'],
    ['Failed to connect to bus: No such file or directory', 'shell', 'Failed to connect to bus'],
    ['Failed to get D-Bus connection: Operation not permitted', 'shell', 'Operation not permitted'],
    ['sudo: sorry, you must have a tty to run sudo', 'shell', 'you must have a tty to run sudo'],
    ['May 23 13:26:02 astrorya systemd[1]: undervolt.service: Main process exited, code=exited, status=203/EXEC', 'shell', '203/EXEC'],
    [
      "fatal: [localhost]: FAILED! => changed=true \n  msg: non-zero return code\n  rc: 127\n  stderr: '/bin/sh: 1: source: not found'",
      'shell',
      'command not found',
    ],
    [
      "Cloning into 'cs220'...\ngit@github.com: Permission denied (publickey).\nfatal: Could not read from remote repository.\n\nPlease make sure you have the correct access rights\nand the repository exists.",
      'git',
      'Permission denied (publickey)',
    ],
    ['bash: warning: setlocale: LC_ALL: cannot change locale (en_US.UTF-8)', 'shell', 'cannot change locale'],
    ['mesg: ttyname failed: Inappropriate ioctl for device', 'shell', 'Inappropriate ioctl for device'],
    [
      '-bash: fork: retry: Resource temporarily unavailable\n-bash: fork: Resource temporarily unavailable',
      'shell',
      'Resource temporarily unavailable',
    ],
  ])('still answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});

describe('the fifteenth pass names what the message is about', () => {
  it('creates the privilege separation directory sshd wants', () => {
    expect(fixText('sudo sshd -t\nMissing privilege separation directory: /run/sshd')).toContain('sudo mkdir -p /run/sshd');
  });

  it('offers one key for the user sshd refused', () => {
    expect(
      fixText(
        '5816 16:06:08 251 error: maximum authentication attempts exceeded for invalid user Administrator from 10.73.78.42 port 51735 ssh2',
      ),
    ).toContain('Administrator@<host>');
  });

  it('allows the old algorithm for the host that offered it', () => {
    expect(
      fixText(
        'Unable to negotiate with 10.1.2.3 port 2222 : no matching key exchange method found. Their offer: diffie-hellman-group1-sha1 [preauth]',
      ),
    ).toContain('Host 10.1.2.3');
  });

  it('looks for the interpreter BSD env did not find', () => {
    expect(fixText('env: python2: No such file or directory')).toContain('command -v python2');
  });
});
