/**
 * A tenth catalog pass over the shell family, from shell errors as CI and server logs paste them: a shell's line
 * behind Cloud Build's or gitlab-ci-local's prefix or glued to CircleCI's trailer, bash's job line indented by a
 * buildpack, make's execvp refused, "Too many open files" from a script, awk or make, zstd's full disk under
 * actions/cache, BusyBox's test, grep and exec, fish's command substitution in command position, a "not found"
 * quoted in a sentence, and ssh's refused password and key login in a Jenkins shell step. Pure: the rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

describe("the shell family's tenth catalog pass", () => {
  it.each([
    ['make: execvp: /system/bin/sh: Permission denied', 'shell', 'Permission denied'],
    ['make: execvp: ./install-sh: Permission denied', 'shell', 'Permission denied'],
    ['This should prevent the cron errors saying `/bin/sh: 1: output-on-error: not found`.', 'shell', 'command not found'],
    ["awk: cmd. line:4: (FILENAME=- FNR=18787) fatal: cannot open pipe `date +%s' (Too many open files)", 'shell', 'Too many open files'],
    [
      "make: Entering directory `/home/equilibrium/workspace/openFrameworks/libs/openFrameworksCompiled/project'\n../../../libs/openFrameworksCompiled/project/android/paths.make:44: ../../../libs/openFrameworksCompiled/project/android/paths.make: Too many open files\nmake: ../../../libs/openFrameworksCompiled/project/android/paths.make:99: pipe: Too many open files",
      'shell',
      'Too many open files',
    ],
    [
      '2015-05-12 10:18:23 Excluding multipath slave /dev/sdqb.\n/usr/share/rear/lib/_input-output-functions.sh: cannot make pipe for command substitution: Too many open files\nExcluding multipath slave /dev/sdza.\n/usr/share/rear/layout/save/default/33_remove_exclusions.sh: cannot make pipe for command substitution: Too many open files\n/usr/share/rear/layout/save/default/33_remove_exclusions.sh: line 19: read: read error: 0: Bad file descriptor\n/usr/share/rear/layout/save/default/33_remove_exclusions.sh: redirection error: cannot duplicate fd: Too many open files',
      'shell',
      'Too many open files',
    ],
    [
      'sh: test.txt: unknown operand\ntestcase busybox more test.txt success\nsh: test.txt: unknown operand\ntestcase busybox rm test.txt success',
      'shell',
      'unknown operand',
    ],
    ['egrep: bad regex \'{[^{]*"type":"http-01"[^}]*\': Invalid contents of {}', 'shell', 'Invalid contents of {}'],
    [
      'Post job cleanup.\n/usr/bin/tar --posix -cf cache.tzst --exclude cache.tzst -P -C /home/runner/work/owner/repo --files-from manifest.txt --use-compress-program zstdmt\nzstd: error 70 : Write error : cannot write block : No space left on device \n/usr/bin/tar: cache.tzst: Wrote only 4096 of 10240 bytes\n/usr/bin/tar: Child returned status 70\n/usr/bin/tar: Error is not recoverable: exiting now\nWarning: Failed to save: "/usr/bin/tar" failed with error: The process \'/usr/bin/tar\' failed with exit code 2',
      'shell',
      'No space left on device',
    ],
    [
      'Post job cleanup.\nPost job cleanup.\n/usr/bin/tar --posix -cf cache.tzst --exclude cache.tzst -P -C /home/runner/work/reactor-uc/reactor-uc --files-from manifest.txt --use-compress-program zstdmt\nzstd: error 70 : Write error : cannot write block : No space left on device \n/usr/bin/tar: cache.tzst: Wrote only 8192 of 10240 bytes\n/usr/bin/tar: Child returned status 70\n/usr/bin/tar: Error is not recoverable: exiting now\nWarning: Failed to save: "/usr/bin/tar" failed with error: The process \'/usr/bin/tar\' failed with exit code 2',
      'shell',
      'No space left on device',
    ],
    [
      '❯ source ~/.ff.sh\n~/.ff.sh (line 7): command substitutions not allowed in command position. Try var=(your-cmd) $var ...\nff() {\n  ^^\nfrom sourcing file ~/.ff.sh\nsource: Error while reading file “/home/*****/.ff.sh”',
      'shell',
      'syntax error',
    ],
    ['./gradlew: Permission deniedExited with code 126', 'shell', 'Permission denied'],
    [
      "[webofneeds-uki] $ /bin/sh -xe /tmp/hudson4926876350482167463.sh\nchannel stopped\n+ cd /var/lib/jenkins/workspace/webofneeds-uki/webofneeds/won-docker\n+ ./deploy_uki.sh\nPermission denied, please try again.\nPermission denied, please try again.\nPermission denied (publickey,password).\nBuild step 'Execute shell' marked build as failure",
      'shell',
      'Permission denied (publickey)',
    ],
    ['Step #2 - "build": /bin/run_build: line 13: ./gradlew: Permission denied', 'shell', 'Permission denied'],
    ['`longevity                       > /gcl-cmd: line 40: ci/start_etcd.sh: Permission denied`', 'shell', 'Permission denied'],
    ['`bash: line 1: ./bin/automated: Permission denied Action failed: ./bin/automated`', 'shell', 'Permission denied'],
    [
      'npm timing reifyNode:node_modules/simple-swizzle Completed in 100215ms\n       /tmp/buildpackNH7OS/lib/monitor.sh: line 3:  1070 Killed',
      'shell',
      'Killed',
    ],
    ['-bash: /etc/rc.local: permission denied', 'shell', 'Permission denied'],
    ['/usr/local/bin/docker-entrypoint.sh: exec: line 61: /bin/bash: not found', 'shell', 'command not found'],
    [
      'Changing password for user db2inst1.\nNew password: BAD PASSWORD: The password fails the dictionary check - it is based on a dictionary word\nRetype new password: passwd: all authentication tokens updated successfully.\n/entrypoint.sh: line 51: exec: : not found',
      'shell',
      'command not found',
    ],
    ['`/docker-entrypoint.sh: exec: line 38: /entrypoint-nginx.sh: not found`', 'shell', 'command not found'],
    [
      '`ssh: connect to host *** port ***: Operation timed out\n😢 Something went wrong during pre-upload script`',
      'shell',
      'Operation timed out',
    ],
    ['ssh: connect to host  port 22: Connection timed out', 'shell', 'Connection timed out'],
    [
      "/home/runner/_work/_temp/81a06b92-69d7-4f95-a500-e8c5de4d02ea.sh: line 109: warning: here-document at line 2 delimited by end-of-file (wanted `'EOF'')",
      'shell',
      'here-document delimited by end-of-file',
    ],
    [
      'Attaching to epg-cron, epg-web\nepg-web   | /bin/bash: line 2: /usr/local/bin/run-script.sh: cannot execute: required file not found\nepg-cron  | /bin/bash: line 10: /usr/local/bin/run-script.sh: cannot execute: required file not found\nepg-cron  | Starting cron...\nepg-cron  | /bin/bash: line 13: cron: command not found',
      'shell',
      'bad interpreter',
    ],
    ["Mar 03 22:28:01 indiebox crond[343]: (root) CAN'T OPEN (/etc/crontab): No such file or directory", 'shell', 'No such file or directory'],
    ['`bash-3.2$ cat cron.log`\n`/bin/sh: node: command not found`', 'shell', 'command not found'],
    [
      "Quaternions-MacBook-Pro:~ quaternionsrock$ /Users/quaternionsrock/Documents/Ndless/Makefile \n/Users/quaternionsrock/Documents/Ndless/Makefile: line 5: syntax error near unexpected token `$(words $(wildcard ndless-sdk/thirdparty/nspire-io/Makefile)                $(wildcard ndless-sdk/thirdparty/zlib/configure)                $(wildcard ndless-sdk/tools/luna/Makefile)                $(wildcard ndless-sdk/thirdparty/freetype2/Makefile)),4'",
      'shell',
      'syntax error',
    ],
  ])('answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it.each([
    ['-bash: ./eZServerMonitor.sh: /bin/bash^M: bad interpreter: No such file or directory', 'shell', 'bad interpreter'],
    ['rsevilla@toolbx ~ $ echo $FOO\nbash: FOO: unbound variable', 'shell', 'unbound variable'],
    [
      "$:~/create_ap$ make install\ncp create_ap /usr/bin/create_ap\ncp: cannot create regular file ‘/usr/bin/create_ap’: Permission denied\nMakefile:5: recipe for target 'install' failed\nmake: *** [install] Error 1",
      'shell',
      'Permission denied',
    ],
    ['/bin/sh: 1: [[: not found\n/bin/sh: 1: [[: not found\n/bin/sh: 1: [[: not found', 'shell', 'command not found'],
    [
      "Unsupported use of '='. In fish, please use 'set GH_BASE_DIR $GH_BASE_DIR:-$HOME/src'.\n~/.config/fish/functions/bb.fish (line 1): GH_BASE_DIR=${GH_BASE_DIR:-$HOME/src}\n                                           ^\nfrom sourcing file ~/.config/fish/functions/bb.fish\n\tcalled on line 767 of file ~/.config/fish/functions/fisher.fish",
      'shell',
      'syntax error',
    ],
    [
      'Run ci/set_rust_version.bash stable x86_64-apple-darwin\n  ci/set_rust_version.bash stable x86_64-apple-darwin\n  shell: /bin/bash -e {0}\n  env:\n    BIN: kondo\n/Users/runner/runners/2.165.2/work/_temp/cfa3d4a1-1403-4197-964d-28071e47ecbe.sh: line 1: ci/set_rust_version.bash: Permission denied\n##[error]Process completed with exit code 1.',
      'shell',
      'Permission denied',
    ],
    [
      'stf-poc_nginx_1 exited with code 127\nnginx_1   | /docker-entrypoint.sh: 38: exec: /entrypoint.sh: not found',
      'shell',
      'command not found',
    ],
    ['179.6 /bin/sh: 1: /setup_mkimage.sh: Permission denied', 'shell', 'Permission denied'],
    ["warning: here-document at line 5 delimited by end-of-file (wanted `NODE')\nsyntax error: unexpected end of file", 'shell', 'syntax error'],
    ['"ssh: connect to host da5 port 22: Connection timed out"', 'shell', 'Connection timed out'],
    [
      '/app/server # ./entrypoint.sh \n/bin/sh: ./entrypoint.sh: not found\n/app/server # /app/server/entrypoint.sh \n/bin/sh: /app/server/entrypoint.sh: not found',
      'shell',
      'command not found',
    ],
  ])('still answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});

describe('the tenth pass names what the message is about', () => {
  it('makes the script the CI step could not execute executable', () => {
    expect(fixText('Step #2 - "build": /bin/run_build: line 13: ./gradlew: Permission denied')).toContain('chmod +x ./gradlew');
  });

  it('looks for the program make could not execute', () => {
    expect(fixText('make: execvp: ./install-sh: Permission denied')).toContain('chmod +x ./install-sh');
  });
});
