/**
 * The sixteenth catalog pass over the shell family (the shells beside bash, and scripts' tools on other systems):
 * csh's and tcsh's own messages ("Undefined variable.", "Unmatched '\"'.", "then/endif not found", "Badly placed
 * ()'s.", "Bad : modifier", "No match.", "Command not found."), zsh's unmatched quote in a startup file, dash's "end of
 * file unexpected" alone, sftp's and scp's "Received message too long" from a chatty login file, make's execvp with a
 * blank before the colon (a noexec ramdisk), a BusyBox applet's unknown option, BSD sed's script errors with and
 * without the quoted script, and beside them sudo's parse error, the here-document, quoting,
 * strict-mode, awk, readlink, date and pipefail errors the engine already answered. Pure: the rules engine alone.
 */

import { expectRecognised, fixText } from './support/recognised';

describe("the shell family's sixteenth catalog pass", () => {
  it.each([
    // answered with another language, another type or not at all before this pass
    ['LD_LIBRARY_PATH: Undefined variable.\nLD_LIBRARY_PATH: Undefined variable.', 'shell', 'unbound variable'],
    ['$ csh\n_bindir: Undefined variable.', 'shell', 'unbound variable'],
    ['$ spack env activate a\nSPACK_OLD_PROMPT: Undefined variable.', 'shell', 'unbound variable'],
    ['    % set a = "$nl"\n    Unmatched \'"\'', 'shell', 'syntax error'],
    ['[12:26pm] 122#set a = "$nl"\nUnmatched \'"\'.', 'shell', 'syntax error'],
    ['if: then/endif not found', 'shell', 'syntax error'],
    ["Badly placed ()'s.", 'shell', 'syntax error'],
    ['% source INSTALL/bin/env_ccppetmr.csh\nelse: endif not found.', 'shell', 'syntax error'],
    [":!date\nBad : modifier in $ '/'.\nWed Jul 15 15:29:25 PDT 2026", 'shell', 'bad substitution'],
    ['> echo asdasd*\necho: No match.', 'shell', 'no matches found'],
    [
      '> scp user@server:/tmp/file.txt .\\Downloads\\\nC:\\Windows\\System32\\OpenSSH\\scp.exe: Received message too long 1936094320\nC:\\Windows\\System32\\OpenSSH\\scp.exe: Ensure the remote shell produces no output for non-interactive sessions.',
      'shell',
      'Received message too long',
    ],
    [
      '$ sftp root@teslausb\nReceived message too long 724380973\nEnsure the remote shell produces no output for non-interactive sessions.',
      'shell',
      'Received message too long',
    ],
    [
      'sftp -P8022 user@192.168.1.100\nReceived message too long 169876315\nEnsure the remote shell produces no output for non-interactive sessions.',
      'shell',
      'Received message too long',
    ],
    [
      'Fixes `Received message too long 458961715` on `sftp`, `scp`, and any other ssh subsystem launched against sessions from the `sftp-server` image',
      'shell',
      'Received message too long',
    ],
    ['/Users/Bob/.zshrc:86: unmatched "', 'shell', 'syntax error'],
    ["zsh:1: unmatched '", 'shell', 'syntax error'],
    ["    .sh/unix/z.sh:19: unmatched '", 'shell', 'syntax error'],
    ["/Users/.../.zprofile:6: unmatched '", 'shell', 'syntax error'],
    ['Syntax error: end of file unexpected (expecting "then")', 'shell', 'syntax error'],
    ['Syntax error: end of file unexpected (expecting "done")', 'shell', 'syntax error'],
    [
      '641940 blockssed: i may not be used with stdinsed: i may not be used with stdinsed: i may not be used with stdinvisitinstall done',
      'shell',
      'may not be used with stdin',
    ],
    [
      '/mnt/ramdisk/debian-mini-odroid-c1 $ sudo make DIST=jessie IMAGE_MB=1024\n...\n/mnt/ramdisk/debian-mini-odroid-c1/u-boot/mkconfig -A odroidc\nmake[2]: execvp: /mnt/ramdisk/debian-mini-odroid-c1/u-boot/mkconfig : Permission denied',
      'shell',
      'Permission denied',
    ],
    [
      'readlink: unknown option -- m\nBusyBox v1.38.0.git-5579-g5749feb35 (2025-08-10 13:10:37 UTC)\n\nUsage: readlink [-fnv] FILE\n\nDisplay the value of a symlink',
      'shell',
      'invalid option',
    ],
    ['sed: 1: extra characters at the end of d command', 'shell', 'extra characters at the end of d command'],
    [
      'Using `export` in Tcsh will result in the error `export: Command not found.` The correct command should be `setenv`.',
      'shell',
      'command not found',
    ],
    [
      "awk: fatal: can't open source file `whichshell.awk: Command not found.' for reading (No such file or directory)\nwhichshell_args.bash: Command not found.",
      'shell',
      'command not found',
    ],
    [
      '     Sourcing .tcshrc\n     Setting PATH from .tcshrc\n     ["path":"/private/tmp/nix-shell.8XZ85u/nix-shell.T20ChN/bats-run-tbaacv/test/1/project-1/default/.flox"]: Command not found.\n     ["pointer":"name":"default"]: Command not found.',
      'shell',
      'command not found',
    ],
    // answered right before this pass
    [
      'LifecycleEvent - AfterInstall\nScript - config/code_deploy/after_install.sh\n[stderr]+ export RAILS_ENV=myenv\n[stderr]+ RAILS_ENV=myenv\n[stderr]+ cd /var/site/current\n[stderr]+ __zsh_like_cd cd /var/site/current\n[stderr]+ typeset __zsh_like_cd_hook\n[stderr]+ builtin cd /var/site/current\n[stderr]/opt/codedeploy-agent/deployment-root/5f156457-724d-48f6-8105-222222222222/d-11111111/deployment-archive/config/code_deploy/after_install.sh: chpwd_functions[@]: unbound variable',
      'shell',
      'unbound variable',
    ],
    ["warning: here-document at line 50 delimited by end-of-file (wanted `EOF').", 'shell', 'here-document delimited by end-of-file'],
    [
      "bash: line 2: warning: here-document at line 0 delimited by end-of-file (wanted `EOF')",
      'shell',
      'here-document delimited by end-of-file',
    ],
    [
      "babeld.sql: line 15: warning: here-document at line 1 delimited by end-of-file (wanted `EOF')",
      'shell',
      'here-document delimited by end-of-file',
    ],
    [
      "bash-4.4# slacktee\n/usr/local/bin/slacktee: line 792: warning: here-document at line 406 delimited\nby end-of-file (wanted `EOF')\n/usr/local/bin/slacktee: line 793: syntax error: unexpected end of file",
      'shell',
      'syntax error',
    ],
    ["warning: here-document at line 5 delimited by end-of-file (wanted `EOF')\nsyntax error: unexpected end of file", 'shell', 'syntax error'],
    [
      "2019-06-11T12:25:32.967+05:30 [APP/PROC/WEB/0] [ERR] bash: -c: line 1: syntax error: unexpected end of file\n2019-06-11T12:25:32.967+05:30 [APP/PROC/WEB/0] [ERR] bash: -c: line 0: unexpected EOF while looking for matching `''\n2019-06-11T12:25:32.988+05:30 [APP/PROC/WEB/0] [OUT] Exit status 1",
      'shell',
      'syntax error',
    ],
    [
      'Overwrite (y/n)? bash: line 524: unexpected EOF while looking for matching `"\'\nbash: line 525: syntax error: unexpected end of file',
      'shell',
      'syntax error',
    ],
    [
      '404,1360./bypass-403.sh: line 37: unexpected EOF while looking for matching `"\'\n./bypass-403.sh: line 38: syntax error: unexpected end of file',
      'shell',
      'syntax error',
    ],
    [
      "-bash: /Users/s10wen/.bash_profile: line 47: unexpected EOF while looking for matching ``'\n-bash: /Users/s10wen/.bash_profile: line 64: syntax error: unexpected end of file",
      'shell',
      'syntax error',
    ],
    ['after running, I get an error: `xargs: ggrep: Argument list too long`', 'shell', 'Argument list too long'],
    [
      'start-script output: /etc/one-context.d/net-97-start-script: line 21: /tmp/one-context.yKZcbb/one-start-script: Permission denied',
      'shell',
      'permission denied',
    ],
    ['"/bin/bash: /tmp/__salt.tmp.YrblJs.sh: Permission denied"', 'shell', 'Permission denied'],
    ['-bash: ./test.sh: Permission denied', 'shell', 'Permission denied'],
    ['sed: 1: "/^&/ { s/^[^:]*: //; s/ ...": extra characters at the end of p command', 'shell', 'extra characters at the end of p command'],
    [
      'Getting a `sed: 1: "/Users/nadavhollander/D ...": extra characters at the end of n command` error when I run this on OS X',
      'shell',
      'extra characters at the end of n command',
    ],
    [
      '     sed: 1: "/^=== AU$/,/^===/{/^=== ...": extra characters at the end of p command',
      'shell',
      'extra characters at the end of p command',
    ],
    [
      '+ sed -i.bak -e \'/^  -- BEGIN gen-extra-source-files/,/^  -- END gen-extra-source-files/{ /^  -- BEGIN gen-extra-source-files/{p; r source-file-list\n              }; /^  -- END gen-extra-source-files/p; d }\' Cabal.cabal\nsed: 2: "/^  -- BEGIN gen-extra- ...": extra characters at the end of d command',
      'shell',
      'extra characters at the end of d command',
    ],
    ['`sed: 1: "/^\\[Error/{p;q}": extra characters at the end of q command`', 'shell', 'extra characters at the end of q command'],
    ['www.sh: line 111: declare: -A: invalid option\ndeclare: usage: declare [-afFirtx] [-p] [name[=value] ...]', 'shell', 'invalid option'],
    ['bach.sh: line 15: declare: -g: invalid option\ndeclare: usage: declare [-afFirtx] [-p] [name[=value] ...]', 'shell', 'invalid option'],
    [
      './sshto\n./sshto: line 479: declare: -A: invalid option\ndeclare: usage: declare [-afFirtx] [-p] [name[=value] ...]\n./sshto: line 566: declare: -A: invalid option\ndeclare: usage: declare [-afFirtx] [-p] [name[=value] ...]\n./sshto: line 568: ${name,,}: bad substitution',
      'shell',
      'invalid option',
    ],
    [
      'cat mc.ext | awk -f do.awk > mc.ext.iniNEW\nawk: syntax error at source line 13 source file do.awk\n context is\n\tatch( $0 , /^([^#]*)(regex|type|shell|include|directory)\\/(.*)$/ >>>  , <<<  aa ); # !!! might need to check the return\nawk: illegal statement at source line 13 source file do.awk\nawk: illegal statement at source line 13 source file do.awk',
      'shell',
      'syntax error',
    ],
    [
      'C:\\Users\\Administrator\\ijkplayer-android\\android\\contrib\\build\\ffmpeg-armv5\\toolchain\\bin\\awk.exe: syntax error at source line 1\n context is\n         >>> C: <<<',
      'shell',
      'syntax error',
    ],
    ['awk: do.awk: line 16: syntax error at or near ,', 'shell', 'syntax error'],
    [
      './steps/prepare_iam_text.sh --partition aachen;\nawk: line 2: syntax error at or near ,\nawk: line 7: syntax error at or near else\nawk: line 10: syntax error at or near }\nERROR: Creating file "data/lang/forms/word/aachen/tr.txt"!',
      'shell',
      'syntax error',
    ],
    [
      'awk: parse-tcpdump.awk: line 2: syntax error at or near ,\nawk: parse-tcpdump.awk: line 7: syntax error at or near ,',
      'shell',
      'syntax error',
    ],
    [
      'pi@flight:~ $ sudo autogain1090\nawk: line 1: syntax error at or near }\nawk: line 1: syntax error at or near }\nNo gain change needed, percentage of messages >-3dB is in nominal range. (0,968%)',
      'shell',
      'syntax error',
    ],
    [
      '  Error: Command failed: /System/Library/Frameworks/CoreServices.framework/Versi  ons/A/Frameworks/LaunchServices.framework/Versions/A/Support/lsregister -dump   | grep -i \'google chrome\\\\( canary\\\\)\\\\?.app$\' | awk \'{$1="" print $0}\'\n  awk: syntax error at source line 1\n   context is\n  {$1="" >>>  print <<<  $0}\n  awk: illegal statement at source line 1',
      'shell',
      'syntax error',
    ],
    [
      '$ gawk -f awkaster.awk \ngawk: awkaster.awk:5: <!DOCTYPE html>\ngawk: awkaster.awk:5: ^ syntax error\ngawk: awkaster.awk:6: <!DOCTYPE html>\ngawk: awkaster.awk:6:                ^ unexpected newline or end of string',
      'shell',
      'syntax error',
    ],
    [
      "awk: you can't define function warn more than once at source line 7 source file /usr/ports/Mk/Scripts/cargo-crates-git-common.awk\n context is\n        function >>>  warn <<< (fmt, a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z) {\nawk: syntax error at source line 7 in function warn source file /usr/ports/Mk/Scripts/cargo-crates-git-common.awk\nawk: bailing out at source line 7 in function warn source file /usr/ports/Mk/Scripts/cargo-crates-git-common.awk",
      'shell',
      'syntax error',
    ],
    ['$ readlink -f /Users\nreadlink: illegal option -- f\nusage: readlink [-n] [file ...]', 'shell', 'illegal option'],
    ['readlink: illegal option -- f\nusage: readlink [-n] [file ...]\nusage: dirname path', 'shell', 'illegal option'],
    ['readlink: illegal option -- m\nusage: readlink [-fn] [file ...]', 'shell', 'illegal option'],
    ['$ /usr/bin/readlink --help\n/usr/bin/readlink: illegal option -- -\nusage: readlink [-fn] [file ...]', 'shell', 'illegal option'],
    [
      '[linuxfabrik@localhost ~]$ sudo su -\n>>> /etc/sudoers.d/linuxfabrik: syntax error near line 2 <<<\nsudo: parse error in /etc/sudoers.d/linuxfabrik near line 2\nsudo: no valid sudoers sources found, quitting\nsudo: unable to initialize policy plugin',
      'shell',
      'syntax error',
    ],
    ['    >>> /etc/sudoers: syntax error near line 30 <<<', 'shell', 'syntax error'],
    ['msg: failed to validate: rc:1 error:>>> /tmp/tmps8viv2: syntax error near line 28 <<<', 'shell', 'syntax error'],
    [
      '$ visudo -cf /tmp/tmps8viv2\n>>> /tmp/tmps8viv2: syntax error near line 28 <<<\nparse error in /tmp/tmps8viv2 near line 28',
      'shell',
      'syntax error',
    ],
    [
      '$ scp localhost:/Windows/System32/drivers/etc/hosts .\nC:\\WINDOWS\\System32\\OpenSSH\\scp.exe: Connection closed',
      'shell',
      'Connection closed',
    ],
    [
      '+ ext/bin/check-spec-env lint/openjdk11\next/bin/jdk-info: line 38: echo: write error: Broken pipe\nError: Process completed with exit code 1.',
      'shell',
      'Broken pipe',
    ],
    ['line 1189: echo: write error: Broken pipe', 'shell', 'Broken pipe'],
    ['./lastpipe.tests: line 46: echo: write error: EDC5140I Broken pipe.', 'shell', 'Broken pipe'],
    [
      './src/kwio.sh: line 73: printf: write error: Broken pipe\n./src/kwio.sh: line 73: printf: write error: Broken pipe',
      'shell',
      'Broken pipe',
    ],
    [
      'climate stopwatch\ndate: illegal option -- -\nusage: date [-jnRu] [-d dst] [-r seconds] [-t west] [-v[+|-]val[ymwdHMS]] ... \n            [-f fmt date | [[[mm]dd]HH]MM[[cc]yy][.ss]] [+format]',
      'shell',
      'illegal option',
    ],
    [
      'm1:tracker-add kalou$ ./tracker-add-auto-router.sh\ndate: illegal option -- d\nusage: date [-jnRu] [-r seconds|file] [-v[+|-]val[ymwdHMS]]\n            [-I[date | hours | minutes | seconds]]\n            [-f fmt date | [[[mm]dd]HH]MM[[cc]yy][.ss]] [+format]\nm1:tracker-add kalou$',
      'shell',
      'illegal option',
    ],
    ["date: invalid option -- 'j'\nstat: invalid option -- 's'", 'shell', 'invalid option'],
    [
      "/opt/homebrew/Cellar/coreutils/9.1/bin/gdate: invalid option -- 'D'\nTry '/opt/homebrew/Cellar/coreutils/9.1/bin/gdate --help' for more information.",
      'shell',
      'invalid option',
    ],
    ['$date -r 1473305798\ndate: 1473305798: No such file or directory', 'shell', 'No such file or directory'],
    [
      'X-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=root>\nMessage-Id: <20200410153601.A246D455@ip-10-0-5-169.ec2.internal>\nDate: Fri, 10 Apr 2020 15:36:01 +0000 (UTC)\n\n/bin/sh: 1: service: not found',
      'shell',
      'command not found',
    ],
    [
      'find . -type d -name ".vs" -exec rm -rfv "{}" \\;\nremoved \'./cpp/QtConsoleApplication/.vs/QtConsoleApplication/v15/.suo\'\nremoved directory: \'./cpp/QtConsoleApplication/.vs\'\nfind: ./cpp/QtConsoleApplication/.vs: No such file or directory',
      'shell',
      'No such file or directory',
    ],
    ["└─# source ~/.zshrc\n/root/.fzf.zsh:8: unmatched '\n/root/.fzf.zsh:8: parse error near `<(fzf --zsh)'", 'shell', 'syntax error'],
    ['./wait-for-it.sh: line 80: syntax error: unexpected end of file (expecting "fi")', 'shell', 'syntax error'],
    ['/bin/sh: syntax error: unexpected end of file (expecting "fi")', 'shell', 'syntax error'],
    ['/koolshare/ss/ssconfig.sh:  line 6169:  syntax error: unexpected end of file (expecting "fi")', 'shell', 'syntax error'],
    [
      '+ \n: not found 2: install.sh: \n+ dirname install.sh\n+ BASEDIR=.\n+ cd .\ninstall.sh: 5: cd: can\'t cd to .\n+ pwd\n+ CURRENT_DIR=/home/yunxu/GitHub/k-vim\n+ \n: not found 7: install.sh: \ninstall.sh: 48: install.sh: Syntax error: end of file unexpected (expecting "then")',
      'shell',
      'syntax error',
    ],
    ['./z.sh: 206: ./z.sh: Syntax error: "(" unexpected (expecting "}")', 'shell', 'syntax error'],
    ['$ ./scripts/single-node.sh\n...\nsed: -I or -i may not be used with stdin', 'shell', 'may not be used with stdin'],
    [
      'Marks-MacBook-Pro:janusgraph-utils markstur$ sed -i \'2s/.*/1,Indiana Jones/\' /tmp/User.csv\nsed: 1: "/tmp/User.csv": invalid command code U',
      'shell',
      'invalid command code',
    ],
    ['menu.sh: 46: Syntax error: "done" unexpected (expecting ";;")', 'shell', 'syntax error'],
    ['Syntax error: word unexpected (expecting "do")', 'shell', 'syntax error'],
    [
      'sudo -i\nsudo: parse error in /etc/sudoers near line 27\nsudo: no valid sudoers sources found, quitting\nsudo: unable to initialize policy plugin',
      'shell',
      'parse error',
    ],
  ])('recognises %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});

describe('near misses of the sixteenth pass keep their answer', () => {
  it.each([
    [
      'Checking existing sudoers file for syntax errors.\nvisudo: /etc/sudoers.d: Permission denied\nparse error in /jenkins/jobs/oi-userland/workspace/components/sysutils/sudo/build/prototype/i386/etc/sudoers near line 96\nmake[4]: *** [Makefile:387: pre-install] Error 1',
      'shell',
      'Permission denied',
    ],
    ['Warning: Undefined variable $x in /var/www/index.php on line 7', 'php', 'Undefined variable'],
    ['make[2]: sh: Command not found', 'shell', 'command not found'],
    ['make: execvp: /system/bin/sh: Permission denied', 'shell', 'Permission denied'],
  ])('still answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});

describe('the sixteenth pass names what the message is about', () => {
  it('guards the csh variable it could not expand', () => {
    expect(fixText('$ csh\n_bindir: Undefined variable.')).toContain('if ( $?_bindir ) then');
  });

  it('checks the mount of the program make could not run', () => {
    expect(fixText('make[2]: execvp: /mnt/ramdisk/u-boot/mkconfig : Permission denied')).toContain('findmnt -T /mnt/ramdisk/u-boot/mkconfig');
  });

  it('asks BusyBox about the applet that refused the option', () => {
    expect(fixText('readlink: unknown option -- m\nBusyBox v1.38.0 (2025-08-10 13:10:37 UTC)')).toContain('busybox readlink --help');
  });
});
