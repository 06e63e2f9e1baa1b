import type { ErrorPattern } from '../rules/error-pattern';
import { catalogMessage } from './linux-catalog.patterns';
import { ref } from './answer-parts';

/**
 * A fourth catalog pass over the shell family, from shell errors pasted inside other tools' output (a Makefile, a CI
 * step, a Dockerfile RUN line, a Node.js program's exec error, a deploy action's rsync) that the engine answered with
 * another language or not at all: ssh's refused login on a deploy host (not a git remote), a command name the shell
 * was handed with a space or a colon in it, an empty command name, a Windows path given to bash, and systemd's
 * sysv-generator refused a script.
 *
 * One pattern per message, built with the catalog helper (the type is the tool's phrase without names, or the system
 * error the shell reports: corpus README, shell row). The `n` group captures the name the message is about.
 */

const REFS = {
  ssh: [ref('ssh(1): authentication', 'https://man.openbsd.org/ssh#AUTHENTICATION'), ref('sshd(8): AUTHORIZED_KEYS FILE FORMAT', 'https://man.openbsd.org/sshd#AUTHORIZED_KEYS_FILE_FORMAT')],
  dash: [ref('dash(1): simple commands', 'https://manpages.debian.org/stable/dash/dash.1.en.html'), ref('Bash manual: Quoting', 'https://www.gnu.org/software/bash/manual/html_node/Quoting.html')],
  expansion: [ref('Bash manual: Shell Expansions', 'https://www.gnu.org/software/bash/manual/html_node/Shell-Expansions.html'), ref('GNU make: Variables Used by Implicit Rules', 'https://www.gnu.org/software/make/manual/html_node/Implicit-Variables.html')],
  quoting: [ref('Bash manual: Escape Character', 'https://www.gnu.org/software/bash/manual/html_node/Escape-Character.html'), ref('GitHub Actions: defaults.run.shell', 'https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#defaultsrunshell')],
  sysv: [ref('systemd-sysv-generator(8)', 'https://www.freedesktop.org/software/systemd/man/latest/systemd-sysv-generator.html')],
};

const METHOD = String.raw`(?:publickey|password|keyboard-interactive|hostbased|gssapi-keyex|gssapi-with-mic)`;
const METHODS = String.raw`${METHOD}(?:,${METHOD}){0,6}`;
// Git's own context around the same refusal (a clone, a push, "fatal: Could not read from remote repository"), or a git
// hosting service's host: the git pattern's answer, not this one.
const NOT_GIT_BEFORE = String.raw`(?<!(?:Cloning into|git (?:clone|push|pull|fetch|submodule|ls-remote|remote))[\s\S]{0,400})`;
const NOT_GIT_AFTER = String.raw`(?![\s\S]{0,400}(?:fatal: |Could not read from remote repository))`;
const GIT_HOST = String.raw`(?:git@|[\w.*-]{0,64}@(?:[\w-]{1,63}\.){0,3}(?:github|gitlab|bitbucket|codeberg|visualstudio|azure)\b)`;
const LOGIN_HOST = String.raw`(?<![\w.@*-])(?!${GIT_HOST})[\w.*-]{1,64}@[\w.*\[\]:-]{1,253}`;
const RSYNC_AFTER = String.raw`\.?[ \t\r]{0,4}\n(?:[^\n]{0,300}\n){0,2}?(?:rsync: connection unexpectedly closed|lost connection)`;

/**
 * Put right after a match of "Permission denied (publickey…)": passes where ssh refused a login that is no git remote's
 * (user@host of a deploy host with no git command or git's "fatal:" around it, or rsync's or scp's closed connection
 * after it). git.publickey-denied stands back there, for shell.ssh-login-denied.
 */
export const SSH_LOGIN_NOT_GIT = String.raw`(?:(?<=${LOGIN_HOST}: Permission denied \([\w,-]{1,100}\))${NOT_GIT_BEFORE}${NOT_GIT_AFTER}|${RSYNC_AFTER})`;

const REMOTE: readonly ErrorPattern[] = [
  catalogMessage({
    id: 'shell.ssh-login-denied',
    tool: 'ssh',
    category: 'permission',
    // Above git.publickey-denied (45): a login on a deploy host by user@host, by rsync or scp, is no git remote's.
    priority: 46,
    requires: /Permission denied \(/,
    re: String.raw`(?:(?<n>${LOGIN_HOST}): Permission denied \((?<kind>${METHODS})\)${NOT_GIT_BEFORE}${NOT_GIT_AFTER}|(?<![\w.@*-])Permission denied \((?<step>${METHODS})\)${RSYNC_AFTER})`,
    type: (g) => {
      const methods = g.kind ?? g.step ?? 'publickey';
      return methods.includes('publickey') ? 'Permission denied (publickey)' : `Permission denied (${methods})`;
    },
    why: "The ssh server refused the login: it accepted none of the keys the client offered for that user (and no password was given, or none is accepted). In a CI job or a deploy action the private key is not loaded (a secret that is empty, missing its last newline or pasted with the wrong line endings), its public half is not in that user's ~/.ssh/authorized_keys on the server, the user name is wrong, or the server's authorized_keys or home directory is writable by others, which sshd's StrictModes refuses. rsync and scp run ssh underneath and report only the closed connection after it.",
    fix: 'Check the key, the user and the authorized_keys on the server',
    code: (n) =>
      `ssh -v -i ~/.ssh/deploy_key ${n === '<name>' ? 'user@host' : n.replace(/^\*{3}@\*{3}$/, 'user@host')} true   # which keys are offered, and why each is refused\nssh-keygen -y -f ~/.ssh/deploy_key   # the public half: it must be in authorized_keys\n# on the server:\nchmod 700 ~/.ssh && chmod 600 ~/.ssh/authorized_keys\nsudo journalctl -u ssh -n 20   # sshd says why (bad ownership, wrong user)`,
    references: REFS.ssh,
    samples: [
      "$ ssh -o StrictHostKeyChecking=no deploy@10.0.0.5 'cd /srv && ./deploy.sh'\nWarning: Permanently added '10.0.0.5' (ECDSA) to the list of known hosts.\ndeploy@10.0.0.5: Permission denied (publickey).\nERROR: Job failed: exit code 255",
      'root@***: Permission denied (publickey).\nrsync: connection unexpectedly closed (0 bytes received so far) [sender]\nrsync error: unexplained error (code 255) at io.c(231) [sender=3.2.7]',
      'INFO  Deploying: rsync\nPermission denied (publickey,gssapi-keyex,gssapi-with-mic).\nrsync: connection unexpectedly closed (0 bytes received so far) [sender]\nrsync error: error in rsync protocol data stream (code 12) at io.c(453) [sender=2.6.9]',
    ],
  }),
];

const SHELLS: readonly ErrorPattern[] = [
  catalogMessage({
    id: 'shell.spaced-command-not-found',
    tool: 'sh',
    category: 'name',
    // Below shell.command-not-found (32), which answers every name without a space or a colon.
    priority: 31,
    requires: /: not found/,
    re: String.raw`(?<=^|\n)(?:\/(?:usr\/)?bin\/)?(?:sh|dash|ash): (?:\d{1,7}: )?(?<n>[^\s:'"]{1,200}(?:[ :][^\s:'"]{1,200}){1,8}): not found[ \t\r]*(?=\n|$)`,
    type: 'command not found',
    why: 'The shell was handed one word with a space or a colon inside, and looked for a program by that whole name: the command and its arguments were quoted together (RUN "apt-get update" in a Dockerfile, a Makefile variable written as "$(CMD)" with quotes, subprocess given one string as the program), or a variable holding a path list (a PATH-like value with colons) was run as a command.',
    fix: 'Take the quotes off the command line, so the program and its arguments are separate words',
    code: (n) => `# not:  RUN "${n}"\nRUN ${n}\n# in a script: run "$cmd" unquoted only when it holds a command line, or use an array: "\${cmd[@]}"`,
    references: REFS.dash,
    samples: ['Step 2/3 : RUN "apt-get update"\n ---> Running in 863a34bf7091\n/bin/sh: 1: apt-get update: not found', '/bin/sh: 1: WORKS/WORKS/Django/SixieNote/requirements:/local: not found\nmake: *** [compile] Error 127'],
  }),
  catalogMessage({
    id: 'shell.empty-command-name',
    tool: 'sh',
    category: 'configuration',
    // Above shell.permission-denied (35), whose path group needs at least one character.
    priority: 36,
    requires: /: : (?:Permission denied|not found|command not found)/,
    re: String.raw`(?<=^|\n)(?:\/(?:usr\/)?bin\/)?(?:sh|dash|bash|ash): (?:line )?\d{1,7}: : (?<errno>Permission denied|not found|command not found)[ \t\r]*(?=\n|$)`,
    type: (g) => (g.errno === 'Permission denied' ? 'Permission denied' : 'command not found'),
    why: 'The shell was asked to run a command whose name is empty: a variable that names the program expanded to nothing (a Makefile\'s $(CC) or $(CXX) left unset, CMake\'s CMAKE_CXX_COMPILER empty after a failed detection, a quoted "$TOOL" that was never set), so the line started with an empty word. dash reports running "" as "Permission denied", bash as "command not found".',
    fix: 'Find the variable that names the program and set it',
    code: () => `make -n | head   # the command line as make would run it: what comes first?\nmake CC=gcc CXX=g++\n# CMake: start from a clean build directory and name the compiler\nrm -rf build && cmake -S . -B build -DCMAKE_CXX_COMPILER=g++`,
    references: REFS.expansion,
    samples: ['[  6%] Building CXX object full-trace/CMakeFiles/full_trace.dir/full_trace.cpp.o\n/bin/sh: 1: : Permission denied\nmake[2]: *** [full-trace/CMakeFiles/full_trace.dir/build.make:63: full-trace/CMakeFiles/full_trace.dir/full_trace.cpp.o] Error 127'],
  }),
  catalogMessage({
    id: 'shell.windows-path-to-bash',
    tool: 'bash',
    category: 'configuration',
    priority: 33,
    requires: /: No such file or directory/,
    re: String.raw`(?<=^|\n)(?:\/(?:usr\/)?bin\/)?(?:bash|sh): (?<n>[A-Za-z]:[^\s:\\\/]{1,300}): No such file or directory[ \t\r]*(?=\n|$)`,
    type: 'No such file or directory',
    why: "bash was given a Windows path (C:\\actions-runner\\...\\start.sh) without quotes: to the shell a backslash escapes the next character, so every backslash was dropped and the path became one name (C:actions-runner...start.sh) that does not exist. It happens where a Windows program (a self-hosted runner, a Node.js or Python tool) builds a bash command line from a native path.",
    fix: 'Pass the path with forward slashes, or quoted',
    code: (n) => `# the path bash received: ${n}\nbash "$(cygpath -u 'C:\\path\\to\\script.sh')"   # Git Bash / MSYS2\nbash 'C:/path/to/script.sh'`,
    references: REFS.quoting,
    samples: ['Started: bash C:\\actions-runner\\_work\\_actions\\ad-m\\github-push-action\\v0.6.0\\start.sh\n/bin/bash: C:actions-runner_work_actionsad-mgithub-push-actionv0.6.0start.sh: No such file or directory\nError: Invalid status code: 127'],
  }),
];

const SYSTEM: readonly ErrorPattern[] = [
  catalogMessage({
    id: 'shell.systemd-sysv-access',
    tool: 'systemd',
    category: 'permission',
    priority: 22,
    requires: /access\(\) failed on /,
    re: String.raw`access\(\) failed on (?<n>\S{1,300}): (?<errno>Permission denied|No such file or directory)`,
    type: (g) => g.errno ?? 'Permission denied',
    why: "systemd's SysV compatibility (systemd-sysv-generator) found an init script linked from /etc/rc?.d but could not use it: the script in /etc/init.d has no execute permission (a package installed it with mode 644), or the link points at a script that is gone. The service is then not generated and cannot start at boot.",
    fix: 'Make the init script executable (or remove the dead link), then reload systemd',
    code: (n) => `ls -l ${n} "$(readlink -f ${n})"\nsudo chmod 755 "$(readlink -f ${n})"\nsudo systemctl daemon-reload`,
    references: REFS.sysv,
    samples: ['systemd[1]: access() failed on /etc/rc.d/rc2.d/S90qlproxy: Permission denied\nsystemd[1]: access() failed on /etc/rc.d/rc3.d/S90qlproxy: Permission denied'],
  }),
];

export const SHELL_CATALOG4_PATTERNS: readonly ErrorPattern[] = [...REMOTE, ...SHELLS, ...SYSTEM];
