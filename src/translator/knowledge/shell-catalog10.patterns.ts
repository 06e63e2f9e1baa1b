import type { ErrorPattern } from '../rules/error-pattern';
import { catalogMessage, catalogPattern, errnoOf, nameOr as or, type CatalogEntry } from './linux-catalog.patterns';
import { ref } from './answer-parts';

/**
 * A tenth catalog pass over the shell family, from shell errors as CI and server logs paste them, where the engine
 * answered with another language or not at all: a shell's line behind a CI runner's prefix (Cloud Build's
 * `Step #2 - "build": `, gitlab-ci-local's `job   > `) or glued to the runner's trailer (CircleCI's "Exited with
 * code 126"), a job line of bash's that a buildpack indented ("monitor.sh: line 3:  1070 Killed"), make's execvp
 * refused by the system, "Too many open files" reported by bash with a script's name, by awk or by make, zstd's
 * full disk under actions/cache's tar, BusyBox's test ("unknown operand") and grep ("bad regex"), fish's
 * command substitution in command position, a shell's "not found" quoted inside a sentence, and ssh's refused
 * password and key login in a Jenkins shell step with no git around it.
 *
 * The type is the shell's or the tool's phrase, or the system error it reports (corpus README, shell row). The `n`
 * group captures the name the message is about (a script, a program, a file), which the fix repeats.
 */

const REFS = {
  shell: [
    ref('Bash manual: Exit Status', 'https://www.gnu.org/software/bash/manual/html_node/Exit-Status.html'),
    ref('Bash manual: Command Search and Execution', 'https://www.gnu.org/software/bash/manual/html_node/Command-Search-and-Execution.html'),
    ref('fish: Syntax overview', 'https://fishshell.com/docs/current/language.html'),
    ref('BusyBox: command help', 'https://busybox.net/downloads/BusyBox.html'),
  ],
  system: [
    ref('getrlimit(2): RLIMIT_NOFILE', 'https://man7.org/linux/man-pages/man2/getrlimit.2.html'),
    ref('GNU make: Errors in Recipes', 'https://www.gnu.org/software/make/manual/html_node/Errors.html'),
    ref('errno(3)', 'https://man7.org/linux/man-pages/man3/errno.3.html'),
  ],
  ssh: [ref('ssh(1)', 'https://man.openbsd.org/ssh.1'), ref('sshd_config(5): AuthenticationMethods', 'https://man.openbsd.org/sshd_config.5')],
};

// A shell's "name: [line N: | N: ]" before the file it names.
const SHELL_AT = String.raw`[^\s:]{1,300}: (?:line \d{1,7}: |\d{1,7}: (?:[^\s:]{1,300}: )?)?`;

const SHELL_ENTRIES: readonly CatalogEntry[] = [
  {
    // Cloud Build's step prefix and gitlab-ci-local's padded job name, which the log-prefix stripper does not know.
    re: String.raw`(?:^|\n)[\`]?[ \t]{0,8}(?:Step #\d{1,4}(?: - "[^"\n]{1,100}")?: |[\w.-]{1,100}[ \t]{1,60}> )${SHELL_AT}(?<n>[^\s:\`]{1,300}): Permission denied`,
    type: 'Permission denied',
    why: 'The shell found the script or program but may not execute it: its execute bit is not set (a file committed from Windows, extracted from a zip or created by a generator), or it lies on a file system mounted noexec.',
    fix: 'Give the file execute permission (and commit it so), or run it through its interpreter',
    code: (n) => `chmod +x ${or(n, './script.sh')}\ngit update-index --chmod=+x ${or(n, './script.sh')}   # keep the bit in the repository\nbash ${or(n, './script.sh')}   # or run it through the interpreter`,
  },
  {
    // CircleCI glues its trailer to the last line ("Permission deniedExited with code 126"), and "Action failed:".
    re: String.raw`(?:^|\n)[\`]?[ \t]{0,8}(?:${SHELL_AT})?(?<n>[^\s:\`]{1,300}): Permission denied(?=Exited with code \d| Action failed: )`,
    type: 'Permission denied',
    why: 'The shell found the script but may not execute it: its execute bit is not set in the checkout (a file committed from Windows, or created without chmod +x), so the step ends with status 126.',
    fix: 'Give the file execute permission, and commit it so',
    code: (n) => `chmod +x ${or(n, './script.sh')}\ngit update-index --chmod=+x ${or(n, './script.sh')} && git commit -m "make ${or(n, 'script')} executable"`,
  },
  {
    // bash's report of a job killed by a signal, indented by a buildpack's or CI's log ("       x.sh: line 3:  1070 Killed").
    re: String.raw`(?:^|\n)[ \t]{1,40}[^\s:]{1,300}: line \d{1,7}: {1,8}(?<n>\d{1,10}) Killed(?:[ \t]{1,40}[^\n]{0,300})?[ \t\r]*(?:\n|$)`,
    type: 'Killed',
    why: 'The process was ended by SIGKILL (status 137), almost always by the kernel\'s out-of-memory killer: the build or install needed more memory than the machine, container or dyno has.',
    fix: 'Give the step more memory, or make it use less',
    code: () => `dmesg -T | grep -i 'killed process'   # the OOM killer's report\nexport NODE_OPTIONS=--max-old-space-size=2048   # a Node build: cap the heap below the limit\n# or a larger runner, a swap file, fewer parallel jobs (make -j2, --maxWorkers=2)`,
  },
  {
    // The shell's "not found" quoted as inline code in a sentence.
    re: String.raw`\`(?:\/(?:usr\/)?bin\/)?-?(?:ba|da|z)?sh: (?:\d{1,7}: |line \d{1,7}: )?(?<n>[^\s:\`]{1,200}): (?:command )?not found\``,
    type: 'command not found',
    why: 'The shell found no program of that name in its PATH: cron and other non-interactive shells start with a short PATH (/usr/bin:/bin) that lacks the directories a login shell adds, or the program is not installed on that machine.',
    fix: 'Install the program, or call it by its full path (or set PATH in the crontab)',
    code: (n) => `command -v ${or(n, '<program>')}   # in a login shell: where it lives\n# crontab: PATH=/usr/local/bin:/usr/bin:/bin at the top, or the full path in the job`,
  },
  {
    // BusyBox ash's exec builtin puts its name before the line ("x.sh: exec: line 61: /bin/bash: not found"), and an
    // empty command name (an unset variable exec'd) leaves nothing between the colons ("line 51: exec: : not found").
    re: String.raw`(?:^|\n)[\`]?[ \t]{0,8}[^\s:]{1,300}: (?:exec: line \d{1,7}: (?<n>[^\s:\`]{1,300})|line \d{1,7}: exec: (?<kind>)): not found`,
    type: 'command not found',
    why: "The shell's exec found no program by that name: the entrypoint or command it was told to run is missing from the image (a path that was never copied, a bash the Alpine image does not have), has Windows line endings in its #! line, or the variable that should hold the command is empty.",
    fix: 'Check that the program exists in the image, and what the script execs',
    code: (n) => `docker run --rm --entrypoint sh <image> -c 'ls -l ${or(n, '<program>')}; head -1 ${or(n, '<program>')} | od -c | head -2'\n# Alpine has no bash: apk add bash, or #!/bin/sh\n# an empty name: the variable passed to exec ("$@", $CMD) is unset`,
  },
  {
    // bash's message as a user retyped it, in lower case.
    re: String.raw`(?:^|\n)[ \t]{0,4}-?(?:ba|z|da)?sh: (?<n>\/[^\s:]{1,300}): permission denied[ \t\r]*(?:\n|$)`,
    type: 'Permission denied',
    why: 'The shell found the file but may not execute it: its execute bit is not set, or it lies on a file system mounted noexec.',
    fix: 'Give the file execute permission, or run it through its interpreter',
    code: (n) => `ls -l ${or(n, '<file>')}\nsudo chmod +x ${or(n, '<file>')}`,
  },
  {
    // A quoted delimiter (<<'EOF') keeps its quotes in the warning ("wanted `'EOF''"), alone when the paste ends there.
    re: String.raw`warning: here-document at line \d{1,7} delimited by end-of-file \(wanted [\`'‘](?<n>['"][^\n]{0,60}?['"])['’]\)(?![\s\S]{0,400}syntax error: unexpected end of file)`,
    type: 'here-document delimited by end-of-file',
    why: "bash read to the end of the script without meeting the line that ends the here-document: the closing delimiter is indented (a run: | block of YAML keeps some of its indentation), has trailing spaces or a carriage return, or is written with the quotes that belong only on the << line.",
    fix: 'Put the closing delimiter alone at the start of its line, without quotes',
    code: (n) => `cat <<${or(n, "'EOF'")} > file\n...\nEOF\n# the closing line: EOF at column 0, no quotes, no trailing spaces (<<- allows leading tabs only)`,
  },
  {
    // Running a Makefile (or another non-shell file) as a script: bash stops at a token too long for the parser's pattern.
    re: String.raw`(?:^|\n)[^\n]{0,300}?: line \d{1,7}: syntax error near unexpected token [\`'‘][^\n]{51,2000}`,
    type: 'syntax error',
    why: 'bash read a file that is not a shell script, or a line of shell it cannot parse: a Makefile run as ./Makefile (its $(…) make functions are no shell syntax), or a script with a stray parenthesis or quote.',
    fix: 'Run the file with the program it belongs to (make -f Makefile), or fix the line bash names',
    code: () => `make -f Makefile   # a Makefile is read by make, not executed
bash -n ./script.sh   # parse a script without running it`,
  },
  {
    // BusyBox's test (ash's [ and [[) on an argument it cannot read: an unquoted empty or multi-word value, or bash's && inside [[ ]].
    re: String.raw`(?:^|\n)[ \t]{0,4}[^\n]{0,300}?: (?<n>[^\s:]{1,200}): unknown operand[ \t\r]*(?:\n|$)`,
    type: 'unknown operand',
    why: "BusyBox's test ([ and [[ of ash, Alpine's /bin/sh) met an argument where it expected an operator or operand: an unquoted variable that is empty or holds several words, or bash's [[ … && … ]] syntax, which ash's [[ does not support.",
    fix: 'Quote the variables, and use POSIX tests (or run the script with bash)',
    code: (n) => `[ "$a" = "$b" ] && [ "$c" -ne 0 ]   # quoted, one test per [ ]\n# ${or(n, '<operand>')}: the word test could not place\napk add bash   # or keep bash syntax and run it with #!/bin/bash`,
  },
  {
    // BusyBox's grep and sed: "egrep: bad regex '…': Invalid contents of {}" (the regex library's reason).
    re: String.raw`(?:^|\n)[ \t]{0,4}(?:[ef]?grep|sed): bad regex '(?<n>[^\n]{0,300}?)': (?<kind>[^\n]{1,100}?)[ \t\r]*(?:\n|$)`,
    type: (g) => (g.kind ?? 'bad regex').trim(),
    why: "BusyBox's grep (or sed) could not compile the regular expression: in a basic or extended regex a { must start a valid interval such as {2,3}, and brackets and parentheses must balance. GNU grep accepts some of what BusyBox refuses.",
    fix: 'Escape the literal brace or bracket in the expression',
    code: (n) => `grep -E '\\{[^{]*"type"' file   # a literal { escaped\ngrep -F '${or(n, '<text>').replace(/'/g, '')}' file   # or a fixed string, no regex at all`,
  },
  {
    // fish (3.x): a POSIX function definition "f() {" or a command substitution where a command name belongs.
    re: String.raw`(?:^|\n)[^\n]{0,300}?(?:\(line \d{1,7}\)|fish): (?<kind>command substitutions not allowed in command position)`,
    type: 'syntax error',
    why: "fish cannot parse the file as fish: it is a bash or sh script (a function written f() { … }, a $(…) in command position), sourced into fish.",
    fix: 'Run the script with bash, or write it in fish syntax',
    code: () => `bash ./script.sh   # run a bash script with bash\n# in fish: function f; …; end    and    set var (command)`,
  },
];

const SYSTEM_ENTRIES: readonly CatalogEntry[] = [
  {
    // GNU make could not exec the recipe's shell or a program named as the recipe: "make: execvp: ./install-sh: Permission denied".
    re: String.raw`(?:^|\n)[ \t]{0,4}make(?:\[\d{1,3}\])?: execvp: (?<n>[^\s:]{1,300}): (?<errno>Permission denied)`,
    type: errnoOf,
    why: 'make could not execute the program a recipe names (or the shell it runs recipes with): the file has no execute permission (a script extracted from an archive or committed without its mode), or it lies on a file system mounted noexec.',
    fix: 'Give the program execute permission, or run it through its interpreter',
    code: (n) => `ls -l ${or(n, '<program>')}\nchmod +x ${or(n, '<program>')}\n# or in the Makefile: $(SHELL) ${or(n, './script.sh')}`,
  },
  {
    // bash with a script's name (no "bash:" in front), awk's pipe, make's pipe: the process's descriptor limit.
    re: String.raw`(?:^|\n)[^\n]{0,300}?(?:: cannot make pipe for (?:command|process) substitution: |: redirection error: cannot duplicate fd: |awk: [^\n]{0,200}?fatal: cannot open pipe [^\n]{0,300}?\(|(?:^|\n)make(?:\[\d{1,3}\])?: [^\n]{0,300}?: pipe: )(?<errno>Too many open files)`,
    type: errnoOf,
    why: 'The process used up its limit of open file descriptors ("ulimit -n", often 1024): a script that opens a pipe or subshell per item of a long list, a parallel make, or descriptors that leak and are never closed.',
    fix: 'Raise the limit for the session or service, and look for descriptors that are not closed',
    code: () => `ulimit -n            # the soft limit\nulimit -n 65536      # raise it for this shell (up to the hard limit, ulimit -Hn)\nls /proc/$$/fd | wc -l   # how many this shell holds\n# systemd: LimitNOFILE=65536 in the unit; /etc/security/limits.conf for logins`,
  },
  {
    // zstd compressing for tar (actions/cache's post-job step), or any "Write error : …" of zstd.
    re: String.raw`zstd: error \d{1,3} : Write error : [^\n]{0,100}?: ?(?<errno>No space left on device)`,
    type: errnoOf,
    why: "The file system filled up while zstd wrote the archive: a CI runner's disk (about 14 GB free on GitHub's hosted runners) taken by the build's output, Docker images or caches, so the cache archive no longer fits.",
    fix: 'Free disk space on the runner before the step, or cache less',
    code: () => `df -h\ndu -sh ~/.cache/* | sort -h | tail\n# GitHub-hosted runners: sudo rm -rf /usr/share/dotnet /usr/local/lib/android /opt/ghc   # tools the job does not need\ndocker system prune -af`,
  },
  {
    // cronie's log line for a crontab it cannot read (the journal's prefix up to "crond[343]: " may be stripped).
    re: String.raw`(?:crond?\[\d{1,10}\]: )?\([\w.-]{1,64}\) CAN'T OPEN \((?<n>[^)\n]{1,300})\): (?<errno>No such file or directory|Permission denied)`,
    type: errnoOf,
    why: "cron could not open a crontab it looks for: cronie reads /etc/crontab and the files in /etc/cron.d; on a system that never created /etc/crontab the line is only noise, otherwise the file named was removed or is unreadable for cron.",
    fix: 'Create the file cron looks for, or fix its permissions',
    code: (n) => `ls -l ${or(n, '/etc/crontab')}\nsudo touch ${or(n, '/etc/crontab')} && sudo chmod 644 ${or(n, '/etc/crontab')}`,
  },
  {
    // ssh's connection failure with the host left empty (an unset secret) or the port masked by the CI ("port ***").
    re: String.raw`ssh: connect to host (?:(?<n>\S{1,253}) port \*{1,8}| port \d{1,5}): (?<kind>Connection refused|Connection timed out|No route to host|Network is unreachable|Operation timed out)`,
    type: (g) => g.kind ?? 'Connection timed out',
    why: 'ssh could not open a TCP connection to the server: the host name or IP is empty or wrong (a secret that is unset or misspelled in the workflow), the port is not the one sshd listens on, or a firewall or security group drops connections from the CI runner.',
    fix: 'Check the host and port the step uses, and that the server accepts connections from the runner',
    code: () => `nc -vz -w 5 "$SSH_HOST" "\${SSH_PORT:-22}"   # from the runner: does the port answer?\n# an empty host: the secret's name in the workflow (secrets.SSH_HOST) must match the one defined\n# the server: sudo ss -tlnp | grep sshd; the firewall or security group must allow the runner`,
  },
];

const METHOD = String.raw`(?:publickey|password|keyboard-interactive|hostbased|gssapi-keyex|gssapi-with-mic)`;

export const SHELL_CATALOG10_PATTERNS: readonly ErrorPattern[] = [
  catalogPattern({
    id: 'shell.ci-shell-catalog10',
    tool: 'sh',
    category: 'permission',
    // Low: every text here was answered by no pattern; the shell's own patterns keep what they match.
    priority: 19,
    entries: SHELL_ENTRIES,
    references: REFS.shell,
    requires: /[Pp]ermission denied|Killed|not found|unknown operand|bad regex|command substitutions not allowed|here-document at line|syntax error near unexpected token/,
    samples: [
      'Step #2 - "build": /bin/run_build: line 13: ./gradlew: Permission denied',
      './gradlew: Permission deniedExited with code 126',
      ' npm timing reifyNode:node_modules/simple-swizzle Completed in 100215ms\n       /tmp/buildpackNH7OS/lib/monitor.sh: line 3:  1070 Killed',
      'sh: test.txt: unknown operand',
    ],
  }),
  catalogPattern({
    id: 'shell.system-catalog10',
    tool: 'make/awk/zstd/ssh/cron',
    category: 'io',
    priority: 19,
    entries: SYSTEM_ENTRIES,
    references: REFS.system,
    requires: /execvp: |Too many open files|zstd: error|ssh: connect to host|CAN'T OPEN/,
    samples: [
      'make: execvp: ./install-sh: Permission denied',
      "awk: cmd. line:4: (FILENAME=- FNR=18787) fatal: cannot open pipe `date +%s' (Too many open files)",
      'zstd: error 70 : Write error : cannot write block : No space left on device \n/usr/bin/tar: cache.tzst: Wrote only 4096 of 10240 bytes',
    ],
  }),
  catalogMessage({
    id: 'shell.required-file-first',
    tool: 'bash',
    category: 'configuration',
    // Above shell.command-not-found (32): bash 5.2's missing interpreter comes first, a later "not found" follows from it.
    priority: 33,
    requires: /cannot execute: required file not found/,
    re: String.raw`(?<![^\s:])(?<n>[^\s:]{1,300}): cannot execute: required file not found(?=[\s\S]{0,3000}?: (?:command )?not found)`,
    type: 'bad interpreter',
    why: "bash 5.2 could not start the script because the interpreter its #! line names does not exist: a bash or python the image does not have, or a #! line ending in a Windows carriage return (/bin/bash\\r). The commands that fail after it follow from the script that never ran.",
    fix: "Install the interpreter, or convert the script's line endings",
    code: (n) => `head -1 ${or(n, './script.sh')} | od -c | head -2   # a \\r before \\n: CRLF\nsed -i 's/\\r$//' ${or(n, './script.sh')}\n# in git: * text=auto and *.sh text eol=lf in .gitattributes`,
    references: REFS.shell,
    samples: ['epg-web   | /bin/bash: line 2: /usr/local/bin/run-script.sh: cannot execute: required file not found\nepg-cron  | /bin/bash: line 13: cron: command not found'],
  }),
  catalogMessage({
    id: 'shell.ssh-password-denied',
    tool: 'ssh',
    category: 'permission',
    // Above git.publickey-denied (45), like shell.ssh-login-denied: ssh's password prompt refused, then the methods, and no git in the text.
    priority: 46,
    requires: /Permission denied, please try again/,
    re: String.raw`^(?![\s\S]*?(?:fatal: |Could not read from remote repository|Cloning into|git (?:clone|push|pull|fetch|ls-remote)\b))[\s\S]*?Permission denied, please try again\.?[ \t\r]*\n(?:[^\n]{0,300}\n){0,4}?[ \t]{0,8}(?:[\w.*-]{1,64}@[\w.*\[\]:-]{1,253}: )?Permission denied \((?<kind>${METHOD}(?:,${METHOD}){0,6})\)`,
    type: (g) => ((g.kind ?? 'publickey').includes('publickey') ? 'Permission denied (publickey)' : `Permission denied (${g.kind ?? 'password'})`),
    why: 'The ssh server refused the login: the password it asked for was wrong or not accepted (a script without a terminal cannot type one), and none of the keys the client offered is in that user\'s ~/.ssh/authorized_keys. In a CI shell step the deploy key is not loaded for the user the job runs as.',
    fix: 'Log in with a key the server accepts (loaded for the job\'s user), not a password',
    code: () => `ssh -v user@host true   # which keys are offered, and why each is refused\nssh-copy-id -i ~/.ssh/deploy_key.pub user@host   # its public half in authorized_keys\n# Jenkins: the SSH Agent plugin (sshagent(['cred-id']) { sh './deploy.sh' }) loads the key for the step`,
    references: REFS.ssh,
    samples: ['+ ./deploy_uki.sh\nPermission denied, please try again.\nPermission denied, please try again.\nPermission denied (publickey,password).'],
  }),
];
