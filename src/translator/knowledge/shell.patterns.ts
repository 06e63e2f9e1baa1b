import type { Captures, ErrorPattern } from '../rules/error-pattern';

/**
 * Shell (bash, sh/dash, zsh), coreutils and ssh errors, most frequent first.
 * Most regexes are anchored on the "<shell or script>: [line N: ]<thing>: <message>" shape so that
 * language runtimes' messages ("No such file or directory" in a Python traceback) are not taken.
 */

const BASH_MANUAL = 'https://www.gnu.org/software/bash/manual/html_node';

// Localised shells' messages reach these patterns in English (rules/localised-shell.ts).

/** The script and the interpreter its shebang names, in bash's order or zsh's. */
const scriptOf = (c: Captures): string | undefined => c.script ?? c.zscript;
const interpreterOf = (c: Captures): string | undefined => c.interpreter ?? c.zinterpreter;

/** GNU sed's messages that quote a command letter, as its compiler words them. */
const GNU_SED_QUOTING = /^(?:unterminated [`'‘][sy]['’] command|unknown option to [`'‘]s['’]|multiple [`'‘][pg]['’] options to [`'‘]s['’] command|unmatched [`'‘]\{['’]|unexpected [`'‘][},]['’])/;

/** The system's message as the corpus writes it: its usual capitals, whatever case it came in. */
function errnoPhrase(raw: string | undefined): string {
  const r = (raw ?? '').toLowerCase();
  return ERRNO_PHRASES.find((p) => p.toLowerCase() === r) ?? raw ?? 'system error';
}
const ERRNO_WHY: Readonly<Record<string, string>> = {
  'Too many levels of symbolic links': 'A path goes through a symbolic link that points back into itself (directly or through other links), so the system gave up following it (ELOOP). Mounts of a path that is itself a link loop hit it too.',
  'Text file busy': 'The file is a program that is running right now: Linux will not let it be opened for writing (ETXTBSY). A build writing over a binary still running, or a script executing a file still being written.',
  'Is a directory': 'The command expected a file and was given a directory: a path missing its file name, or a variable that expanded to a directory.',
  'Not a directory': 'A part of the path that should be a directory is a file (a/b/c where b is a file), or a file name ended with /.',
  'Device or resource busy': 'The file or mount point is in use: a process has it open (on Windows, any open handle blocks deleting), or something is mounted on it.',
  'No space left on device': 'The file system is full, or out of inodes. On Docker hosts, images, build cache and logs under /var/lib/docker fill it; in containers, /tmp and overlays are small.',
  'Read-only file system': 'The file system is mounted read-only: a container\'s read-only root or volume, a system partition (macOS SIP, Android, Steam Deck), or a disk the kernel remounted read-only after errors.',
  'Operation not permitted': 'The operation is forbidden whatever the file permissions say (EPERM): an attribute such as chattr +i, macOS SIP or its privacy settings, a container without the capability, or changing another user\'s file.',
  'Resource temporarily unavailable': 'The system refused to create another process or thread (EAGAIN): the user has reached its process limit (ulimit -u, a cgroup pids.max), often because of runaway processes, or memory is exhausted.',
  'Broken pipe': 'A command wrote into a pipe whose reader had already exited (head, grep -q, a closed connection). Usually harmless; it matters when the reader died early.',
  'Directory nonexistent': 'dash could not create the file of a redirection (> file) because its directory does not exist.',
  'Disk quota exceeded': 'The user or group has used up its disk quota on this file system.',
  'Input/output error': 'The device reported a read or write failure: a failing disk or SD card, a disconnected network or USB drive, or a FUSE mount that died.',
  'File name too long': 'A path component is longer than the file system allows (255 bytes), or the whole path exceeds the limit (Windows 260 characters).',
  'Cross-device link': 'A rename or hard link across two file systems (mv between mounts, Docker volumes) is impossible; the file must be copied.',
  'Invalid cross-device link': 'A rename or hard link across two file systems (mv between mounts, Docker volumes, overlay layers) is impossible (EXDEV); the file must be copied instead.',
  'Transport endpoint is not connected': 'The path is the mount point of a network or FUSE file system (sshfs, NFS, s3fs, rclone, gvfs) whose connection or daemon died (ENOTCONN): the mount is still listed but nothing answers behind it.',
  'No such process': 'The process ID (or job) named no longer exists (ESRCH): it already exited, or the PID file is stale.',
  'Stale file handle': 'The file was removed or the export changed on the NFS server while a client still held it.',
  'Cannot allocate memory': 'The kernel refused memory to the command (ENOMEM): the machine or container is out of memory and swap, or fork could not copy a large process under strict overcommit.',
};
const ERRNO_FIX: Readonly<Record<string, string>> = {
  'Too many levels of symbolic links': 'List the links along the path and break the loop (or use the real path).',
  'Text file busy': 'Stop the running program before replacing its file, or write the new file elsewhere and rename it over the old one.',
  'Device or resource busy': 'Find and stop the process holding the file or mount, then retry.',
  'No space left on device': 'Free space (or inodes) on that file system, or point the work at a larger one.',
  'Read-only file system': 'Write somewhere writable, or mount the volume read-write; check the kernel log if it was remounted after errors.',
  'Operation not permitted': 'Remove the attribute or grant the permission or capability that forbids it.',
  'Resource temporarily unavailable': 'Find the processes using up the limit, or raise the limit.',
  'Directory nonexistent': 'Create the directory first (mkdir -p), or fix the path.',
  'Cannot allocate memory': 'Free memory (stop what uses it, add swap) or raise the container\'s memory limit.',
  'Invalid cross-device link': 'Copy the file and remove the original (cp then rm, or rsync --remove-source-files) instead of renaming or linking it.',
  'Transport endpoint is not connected': 'Unmount the dead mount point (lazy if it is busy) and mount it again.',
  'No such process': 'Read the current process ID again (pgrep) instead of a stored one; remove stale PID files.',
};
const ERRNO_CODE: Readonly<Record<string, string>> = {
  'Too many levels of symbolic links': 'namei -l /the/path',
  'Text file busy': 'fuser -v ./app    # which process runs it\ncp new-app app.tmp && mv app.tmp app',
  'Device or resource busy': 'fuser -vm /path; lsof +D /path',
  'No space left on device': 'df -h; df -i\ndocker system prune --volumes   # Docker hosts',
  'Read-only file system': 'mount | grep " ro,"\ndmesg | tail',
  'Operation not permitted': 'lsattr file.txt && sudo chattr -i file.txt',
  'Resource temporarily unavailable': 'ulimit -u; ps -eLf | wc -l\ncat /sys/fs/cgroup/pids.max',
  'Directory nonexistent': 'mkdir -p "$(dirname /etc/apache2/conf.d/nagios.conf)"',
  'Cannot allocate memory': 'free -h\nps aux --sort=-rss | head\ncat /sys/fs/cgroup/memory.max   # in a container',
  'Invalid cross-device link': 'cp -a source /other/mount/ && rm -r source\nrsync -a --remove-source-files source /other/mount/',
  'Transport endpoint is not connected': 'fusermount -uz /mnt/point || sudo umount -l /mnt/point\nmount | grep /mnt/point',
  'No such process': 'pgrep -a name-of-program\nrm -f /run/app.pid   # a stale PID file',
};
// The system errors (strerror) shell.system-error names, each with why it happens and what to do.
const ERRNO_PHRASES = Object.keys(ERRNO_WHY);
const ERRNO_ALTERNATION = ERRNO_PHRASES.join('|');

export const SHELL_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'shell.command-not-found',
    language: 'shell',
    // dash names its script twice ("./autogen.sh: 5: ./autogen.sh: aclocal: not found"); in that form a
    // tool of node_modules/.bin is left to the npm error that usually precedes it (the install failed).
    // GNU make reports a program it cannot exec as ENOENT, then the recipe's status 127.
    match: new RegExp(
      String.raw`^(?:npm (?:ERR!|error) )?[^\s:]{1,300}: (?:(?:eval|source|\.): )?(?:line \d{1,7}: |\d{1,7}: (?:[^\s:]{1,300}: (?=(?![^\s:]{0,200}node_modules\/\.bin\/)[^\s:]{1,200}: not found))?)?(?<command>[^\s:]{1,200}): (?:command )?not found(?:\.\.\.)?[ \t\r]*$|zsh: command not found: (?<zcommand>\S{1,200})|fish: Unknown command:? (?<fcommand>\S{1,200})|'(?<wcommand>[^'\n]{1,200})' is not recognized as an internal or external command|The term '(?<pscommand>[^'\n]{1,200})' is not recognized as (?:the|a) name of a cmdlet|^Command '(?<ucommand>[^'\n]{1,200})' not found, (?:did you mean|but can be installed)|^(?<lcommand>[^\s:]{1,200}): command not found[ \t\r]*$|^make(?:\[\d{1,3}\])?: (?<mcommand>[^\s:]{1,200}): Command not found|^make(?:\[\d{1,3}\])?: (?<m2command>[^\s:]{1,200}): No such file or directory\n(?:[^\n]{0,500}\n){0,3}?make(?:\[\d{1,3}\])?: \*\*\* [^\n]{0,300}\b127\b`,
      'm',
    ),
    errorType: 'command not found',
    category: 'name',
    priority: 32,
    summary: (c) => (bashOnly(c) ? `sh has no "${cmd(c)}": it is bash's, and the script runs under sh (dash).` : `The shell cannot find a program called "${cmd(c)}".`),
    explanation: (c) =>
      (bashOnly(c)
        ? `${cmd(c)} is a bash keyword or builtin, not a program. /bin/sh is dash on Debian and Ubuntu (busybox ash in Alpine), which does not have it, so it looked for a program of that name and found none: the script, a Makefile recipe, a Dockerfile RUN line or a tool running commands with sh -c (Ansible's shell module, cron, subprocess with shell=True) uses bash syntax. `
        : '') +
      `The shell looked for ${cmd(c)} as a builtin, function, alias and then in every directory of $PATH, and found nothing. ` +
      'The program is not installed, is installed somewhere not on PATH (e.g. ~/.local/bin, a node_modules/.bin, a virtualenv that is not activated), or the name is misspelled. ' +
      'Inside npm scripts, "sh: 1: x: not found" usually means the dependencies were not installed (node_modules/.bin is empty).',
    causes: [
      'The program is not installed on this machine/container',
      'It is installed but its directory is not in PATH (pip --user, npm -g prefix, Go/Cargo bin dirs, a new shell not reloaded)',
      'Project dependencies not installed (node_modules/.bin, an inactive virtualenv)',
      'Typo, or a Windows/Linux command used on the other system',
    ],
    fixes: (c) => [
      ...(bashOnly(c)
        ? [
            {
              title: `Run it with bash, or write it without ${cmd(c)}`,
              steps: ['Give the script a bash shebang and run it as bash, set the tool\'s shell to bash, or use the POSIX form.'],
              code: `#!/usr/bin/env bash     # and run it as bash script.sh, not sh script.sh\nSHELL := /bin/bash      # Makefile\nSHELL ["/bin/bash", "-c"]   # Dockerfile\nargs: { executable: /bin/bash }   # Ansible shell task\n# POSIX forms: [ "$a" = "b" ] for [[ ]], . ./file for source`,
            },
          ]
        : []),
      {
        title: 'Install it or fix PATH',
        steps: ['Check whether and where it is installed', 'Install it with your package manager, or add its directory to PATH', 'For project tools, install dependencies or call them through the package manager'],
        code: `command -v ${cmd(c)} || echo "not on PATH"\necho "$PATH"\nexport PATH="$HOME/.local/bin:$PATH"   # add to ~/.bashrc or ~/.zshrc\nnpm ci && npx ${cmd(c)}               # project-local Node tools`,
      },
    ],
    references: [{ title: 'Bash manual: Command search and execution', url: `${BASH_MANUAL}/Command-Search-and-Execution.html` }],
    samples: [
      'bash: kubectl: command not found',
      './deploy.sh: line 14: jq: command not found',
      'zsh: command not found: python',
      '> my-app@0.1.0 build\n> react-scripts build\n\nsh: 1: react-scripts: not found',
      './ci/check.sh: 12: [[: not found',
      "'yarn' is not recognized as an internal or external command,\noperable program or batch file.",
      'bash: docker-compose: Befehl nicht gefunden',
      'bash: kubectl: 未找到命令',
    ],
  },
  {
    id: 'shell.sudo-command-not-found',
    language: 'shell',
    match: /^sudo: (?<command>[^\s:]{1,200}): command not found/m,
    errorType: 'sudo: command not found',
    category: 'configuration',
    priority: 40,
    summary: (c) => `sudo cannot find ${c.command ?? 'the command'} on its own (secure) PATH.`,
    explanation: (c) =>
      `sudo does not use your PATH: it resets it to secure_path from /etc/sudoers. ${c.command ?? 'The command'} works as your user because it lives in a directory only your PATH has ` +
      '(~/.local/bin, /usr/local/bin on some systems, nvm/pyenv/asdf shims, /snap/bin) — or it is a shell alias/function, which sudo never sees.',
    causes: ['The program is in a user-specific directory (nvm, pyenv, ~/.local/bin)', 'secure_path in sudoers does not include its directory', 'It is an alias or shell function, not a program'],
    fixes: (c) => [
      {
        title: 'Pass the full path, or avoid sudo',
        steps: ['Resolve the full path as your user and give it to sudo', 'Better: fix permissions so the tool does not need sudo'],
        code: `sudo "$(command -v ${c.command ?? 'tool'})" args\nsudo env "PATH=$PATH" ${c.command ?? 'tool'} args`,
      },
    ],
    references: [{ title: 'sudoers manual (secure_path)', url: 'https://www.sudo.ws/docs/man/sudoers.man/' }],
    samples: ['sudo: npm: command not found'],
  },
  {
    id: 'shell.crlf-line-endings',
    language: 'shell',
    match: /(?<![^\s:])(?<interpreter>\/[^\s:^]{1,200})(?:\^M|\r): ?bad interpreter|bad interpreter: (?<interpreter2>\/[^\s:^]{1,200})(?:\^M|\r): [Nn]o such file or directory|\/usr\/bin\/env: ['‘"](?<env>[^'’"\n\\\r]{1,100})(?:\\r|\r)['’"]: No such file or directory|(?<crCommand>\$'\\r': command not found)|(?:^|\n)(?<crNotFound>: not found: line \d{1,7}:)/,
    // The message names the error (a command called "\r" was not found); the explanation says why.
    // dash's and busybox's "sh: line 2: \r: not found" shows on a terminal as ": not found: line 2:": the \r
    // sends the cursor back to the start of the line.
    errorType: (c) => (c.crCommand || c.crNotFound ? 'command not found' : 'bad interpreter'),
    category: 'syntax',
    priority: 45,
    summary: 'The script has Windows (CRLF) line endings, so the shell sees a stray carriage return (^M).',
    explanation: (c) =>
      'Unix shells end lines at \\n; a file saved on Windows ends lines with \\r\\n. The \\r becomes part of the text: ' +
      (c.interpreter || c.interpreter2 || c.env
        ? `the shebang names "${c.interpreter ?? c.interpreter2 ?? c.env ?? ''}\\r", which does not exist. `
        : 'every line ends with an invisible \\r, so commands and empty lines fail ("$\'\\r\': command not found"). ') +
      'This happens with scripts edited on Windows, checked out with core.autocrlf=true, or copied into Docker images from a Windows host.',
    causes: ['Script edited/saved on Windows', 'Git core.autocrlf=true checked the file out with CRLF', 'COPY of a CRLF script into a Linux container'],
    fixes: [
      {
        title: 'Convert the file to LF',
        steps: ['Convert it once', 'Prevent it coming back with .gitattributes', 'In Dockerfiles, normalise after COPY if the build host is Windows'],
        code: "dos2unix deploy.sh            # or: sed -i 's/\\r$//' deploy.sh\necho '*.sh text eol=lf' >> .gitattributes\ngit add --renormalize . && git commit -m 'Use LF for shell scripts'",
      },
    ],
    references: [{ title: 'gitattributes: end-of-line conversion', url: 'https://git-scm.com/docs/gitattributes' }],
    samples: [
      'bash: ./deploy.sh: /bin/bash^M: bad interpreter: No such file or directory',
      "/usr/bin/env: 'bash\\r': No such file or directory",
      "./setup.sh: line 2: $'\\r': command not found",
      ': not found: line 2:\n: not found: line 3:',
      '-bash: ./run.sh: /bin/bash^M: 解释器错误: 没有那个文件或目录',
    ],
  },
  {
    id: 'shell.bad-interpreter',
    language: 'shell',
    // The shebang names an interpreter that is not there ("#!bin/bash", "#!/usr/bin/python" on a
    // system with only python3); the CRLF case (a "^M" after the name) has its own answer above.
    // zsh puts the interpreter after the phrase: "zsh: ./x.sh: bad interpreter: /usr/bin/bash: no such file or directory".
    match: /(?<![^\s:])(?<script>[^\s:]{1,300}): (?<interpreter>[^\s:^]{1,200}): bad interpreter: No such file or directory|zsh: (?<zscript>[^\s:]{1,300}): bad interpreter: (?<zinterpreter>[^\s:^]{1,200}): no such file or directory/,
    // The match scans every word of a text for "x: y:"; only texts with the phrase pay for it.
    requires: /bad interpreter: (?:No such file|[^\s:^]{1,200}: no such file)/,
    errorType: 'bad interpreter',
    category: 'configuration',
    priority: 30,
    summary: (c) => `${scriptOf(c)} starts with #!${interpreterOf(c)}, and there is no ${interpreterOf(c)}.`,
    explanation: (c) =>
      `The kernel runs a script with the program its first line (#!) names. ${interpreterOf(c)} does not exist${interpreterOf(c)?.startsWith('/') ? ' on this system (another distribution puts it elsewhere, or it is not installed)' : ': the path is relative, so it was looked up from the current directory — the leading / is missing'}.`,
    causes: ['A shebang without its leading slash (#!bin/bash)', 'An interpreter at another path on this system (/usr/bin/bash vs /bin/bash, python vs python3)', 'The interpreter is not installed'],
    fixes: (c) => [
      {
        title: `Fix the first line of ${scriptOf(c)}`,
        steps: ['Use an absolute path to an interpreter that exists, or let env find it on PATH'],
        code: `head -1 ${scriptOf(c)}\nsed -i '1s|.*|#!/usr/bin/env bash|' ${scriptOf(c)}`,
      },
    ],
    references: [{ title: 'execve(2): interpreter scripts', url: 'https://man7.org/linux/man-pages/man2/execve.2.html' }],
    samples: ['-bash: ./build_install.sh: bin/bash: bad interpreter: No such file or directory'],
  },
  {
    id: 'shell.env-interpreter-not-found',
    language: 'shell',
    // "#!/usr/bin/env python" with no python on PATH: env, not the shell, reports the missing
    // interpreter, as ENOENT after its name (coreutils quotes it '', ‘’ or «»). A name ending in a
    // carriage return is the CRLF answer's.
    match: /(?<![^\s])(?:(?:\/usr)?\/bin\/)?env: [\x60'‘"«] ?(?<program>[^\s'’"»\\]{1,100}) ?['’"»]: No such file or directory/,
    requires: /env: /,
    errorType: 'bad interpreter',
    category: 'configuration',
    priority: 30,
    summary: (c) => `A script's first line (#!/usr/bin/env ${c.program}) asks env to run ${c.program}, and there is no ${c.program} on PATH.`,
    explanation: (c) =>
      `env looks ${c.program} up in the directories of PATH and found none. ` +
      (/^python$/.test(c.program ?? '')
        ? 'Current distributions install Python 3 as python3 only; "python" exists only when a package (python-is-python3) or a virtual environment provides it.'
        : /^(?:node|nodejs|npm|npx|yarn|pnpm)$/.test(c.program ?? '')
          ? 'Node installed with nvm, fnm or volta is on PATH only in interactive shells: sudo, cron, systemd units, IDE tasks and git hooks run without it.'
          : `The program is not installed here, or is installed in a directory that this shell's PATH (sudo, cron, a container, a CI step) does not contain.`),
    causes: (c) => [
      `${c.program} is not installed on this machine or in this image`,
      `${c.program} is installed under another name (python3, nodejs) or outside this PATH`,
      'sudo, cron or a service runs with a shorter PATH than your login shell',
    ],
    fixes: (c) => [
      {
        title: `Make ${c.program} findable, or name the interpreter that exists`,
        steps: [`Check which ${c.program} this shell finds`, 'Install it, add its directory to PATH, or change the #! line to the name that exists'],
        code: `command -v ${c.program} || echo "no ${c.program} on PATH: $PATH"\n${/^python$/.test(c.program ?? '') ? "sed -i '1s|.*|#!/usr/bin/env python3|' script.py" : `ls -l "$(command -v ${c.program})"`}`,
      },
    ],
    references: [{ title: 'GNU coreutils: env invocation', url: 'https://www.gnu.org/software/coreutils/manual/html_node/env-invocation.html' }],
    samples: ["/usr/bin/env: 'python': No such file or directory", '/usr/bin/env: «node»: No existe el archivo o el directorio', 'env: ‘bash’: No such file or directory'],
  },
  {
    id: 'shell.required-file-not-found',
    language: 'shell',
    // bash 5.2's wording for an #! interpreter that is not there, whether missing or named with a
    // Windows carriage return after it: the kernel's ENOENT, which says nothing about which file.
    match: /(?<![^\s:])(?<script>[^\s:]{1,300}): cannot execute: required file not found/,
    errorType: 'bad interpreter',
    category: 'configuration',
    priority: 30,
    summary: (c) => `${c.script} exists, but the interpreter its first line (#!) names does not.`,
    explanation: (c) =>
      `bash found ${c.script}, and the kernel refused to run it because a file it needs is missing: for a script, the interpreter named after #! ` +
      '(a path that does not exist on this system, a shebang saved with Windows line endings so the name ends in an invisible \\r, or a program that is not installed); ' +
      'for a binary, its dynamic loader (a binary built for another libc or architecture). bash before 5.2 said "bad interpreter" here.',
    causes: ['The #! line was saved with Windows (CRLF) line endings', 'The interpreter is at another path on this system (/usr/bin/bash vs /bin/bash, python vs python3)', 'The interpreter is not installed (an Alpine image without bash)', 'A binary built for another system (glibc vs musl, another architecture)'],
    fixes: (c) => [
      {
        title: `Check the first line of ${c.script}`,
        steps: ['Show the shebang and any carriage return in it', 'Convert the file to Unix line endings, or point the shebang at an interpreter that exists'],
        code: `head -1 ${c.script} | od -c | head -3   # a \\r before \\n means CRLF\nsed -i 's/\\r$//' ${c.script}\nsed -i '1s|.*|#!/usr/bin/env bash|' ${c.script}`,
      },
    ],
    references: [{ title: 'execve(2): interpreter scripts', url: 'https://man7.org/linux/man-pages/man2/execve.2.html' }],
    samples: ['bash: line 1: ./install.sh: cannot execute: required file not found', '/bin/sh: ./entrypoint.sh: 无法执行：找不到需要的文件'],
  },
  {
    id: 'shell.heredoc-temp-file',
    language: 'shell',
    // bash: "cannot create temp file for here-document: …"; zsh: "can't create temp file for here document: …".
    match: /(?:can't|cannot) create temp file for here[- ]document: (?<reason>[^\n]{1,100})/,
    errorType: (c) => (/permission denied/i.test(c.reason ?? '') ? 'permission denied' : 'cannot create temp file for here-document'),
    category: 'permission',
    priority: 36,
    summary: (c) => `The shell cannot write the temporary file a here-document (<<) needs: ${c.reason}.`,
    explanation: (c) =>
      `Each << here-document is written to a temporary file in $TMPDIR (or /tmp) first. ${/permission denied/i.test(c.reason ?? '') ? 'That directory is not writable for this user: /tmp lost its sticky world-writable mode (1777), TMPDIR points at a directory owned by someone else, or a sandbox (a snap, an SELinux/AppArmor profile) forbids it.' : /no space/i.test(c.reason ?? '') ? 'The file system of that directory is full.' : 'Creating the file failed for the reason shown.'}`,
    causes: ['/tmp without its 1777 mode (after a restore or a chown -R)', 'TMPDIR set to a directory the user cannot write', 'A full /tmp', 'A sandbox or security profile denying /tmp'],
    fixes: [
      {
        title: 'Make the temporary directory writable',
        steps: ['Check where TMPDIR points and the mode of /tmp', 'Restore the sticky, world-writable mode, or point TMPDIR at a writable directory'],
        code: 'echo "${TMPDIR:-/tmp}"; ls -ld "${TMPDIR:-/tmp}"; df -h "${TMPDIR:-/tmp}"\nsudo chmod 1777 /tmp\nexport TMPDIR="$HOME/.tmp" && mkdir -p "$TMPDIR"',
      },
    ],
    references: [{ title: 'Bash manual: Here documents', url: `${BASH_MANUAL}/Redirections.html#Here-Documents` }],
    samples: ['prompt_pure_async:4: can\'t create temp file for here document: permission denied', 'bash: cannot create temp file for here-document: No space left on device'],
  },
  {
    id: 'shell.exit-status-127',
    language: 'shell',
    // CI shows the step's exit status, often with the shell's own line scrolled away or folded:
    // 127 is what a shell returns for a command it cannot find, 126 for one it may not execute.
    // Not BuildKit's RUN step ("did not complete successfully: exit code: 127"), which is the build's failure (README).
    match: /(?<!did not complete successfully: )\b(?:Process completed with exit code|exited with (?:exit )?(?:code|status)|returned (?:a )?non-zero exit status|exit status|exit code:?) (?<status>12[67])\b/,
    errorType: (c) => (c.status === '126' ? 'permission denied' : 'command not found'),
    category: 'name',
    priority: 6,
    summary: (c) =>
      c.status === '126'
        ? 'A command of the step exited with status 126: the shell found the file but may not execute it.'
        : 'A command of the step exited with status 127: the shell could not find a program it was asked to run.',
    explanation: (c) =>
      `Shells use ${c.status} for exactly this: ${c.status === '126' ? 'the file exists but lacks execute permission, is a directory, or its interpreter cannot run it (a noexec mount, a binary for another architecture)' : 'the command is neither a builtin nor a function nor a file in any directory of PATH'}. The line just above the status in the full log names the command ("line 3: jq: command not found").`,
    causes: (c) =>
      c.status === '126'
        ? ['The script lost its execute bit (checked out on Windows, copied without permissions)', 'A binary built for another architecture', 'A file system mounted noexec']
        : ['The tool is not installed on the runner image', 'It is installed where PATH does not look (a setup step that did not export PATH)', 'A typo in the command, or a script with CRLF line endings'],
    fixes: (c) => [
      c.status === '126'
        ? {
            title: 'Make the script executable',
            steps: ['Give the file its execute bit in git, so every checkout has it, or run it through its interpreter'],
            code: 'git update-index --chmod=+x ./scripts/build.sh\n# or: bash ./scripts/build.sh',
          }
        : {
            title: 'Install the tool in an earlier step, or call it by its path',
            steps: ['Expand the failing step in the log to see the command name', 'Install it in the job (apt-get, setup-* actions) or add its directory to PATH'],
            code: 'command -v jq || sudo apt-get install -y jq',
          },
    ],
    references: [{ title: 'Bash manual: Exit status', url: `${BASH_MANUAL}/Exit-Status.html` }],
    samples: ['Error: Process completed with exit code 127.', '##[error]Process completed with exit code 126.'],
  },
  {
    id: 'shell.permission-denied',
    language: 'shell',
    // A script whose interpreter line names a file it may not execute ("bad interpreter:
    // Permission denied", a noexec mount or a directory; macOS' "Operation not permitted", a
    // quarantined file) is refused the same way. dash names the script twice ("x.sh: 3: x.sh: ./y: …").
    match: new RegExp(
      String.raw`^(?:npm (?:ERR!|error) )?[^\s:]{1,300}: (?:line \d{1,7}: |\d{1,7}: (?:[^\s:]{1,300}: )?)?(?<path>[^\s:]{1,300}): (?:[^\s:]{1,300}: bad interpreter: (?:Operation not permitted|Permission denied)|Permission denied)[ \t\r]*$|zsh: permission denied: (?<zpath>\S{1,300})|Failed (?:at step EXEC spawning|to locate executable) (?<spath>\S{1,300}): Permission denied`,
      'm',
    ),
    errorType: 'Permission denied',
    category: 'permission',
    priority: 35,
    summary: (c) => `The shell may not execute ${c.path ?? c.zpath ?? c.spath ?? 'the file'}: it lacks execute permission (or the directory is not accessible).`,
    explanation: (c) =>
      `To run ${c.path ?? c.zpath ?? c.spath ?? 'a file'} directly, it needs the execute (x) bit for your user. Files created by editors, downloaded, extracted from some archives, or checked out from Git without the executable mode have it off. ` +
      'It can also come from a file system mounted noexec (/tmp on hardened systems, some Docker volumes) or a directory you cannot enter.',
    causes: [
      'The script is missing the execute permission (chmod +x)',
      'Git did not record the executable bit (committed from Windows)',
      'The file system is mounted with noexec',
      'The path is a directory or belongs to another user',
    ],
    fixes: (c) => [
      {
        title: 'Make it executable (or run it through the interpreter)',
        steps: ['Add the execute bit', 'Record it in Git so others get it too', 'Or call the interpreter explicitly'],
        code: `chmod +x ${c.path ?? c.zpath ?? c.spath ?? './script.sh'}\ngit update-index --chmod=+x ${c.path ?? c.zpath ?? c.spath ?? 'script.sh'}\nbash ${c.path ?? c.zpath ?? c.spath ?? './script.sh'}`,
      },
    ],
    references: [
      { title: 'chmod(1)', url: 'https://man7.org/linux/man-pages/man1/chmod.1.html' },
      { title: 'Bash manual: Shell scripts', url: `${BASH_MANUAL}/Shell-Scripts.html` },
    ],
    samples: ['bash: ./deploy.sh: Permission denied', '/bin/sh: 1: ./gradlew: Permission denied', 'zsh: permission denied: ./run.sh'],
  },
  {
    id: 'shell.syntax-error-unexpected-token',
    language: 'shell',
    // bash's wording; dash's "sh: 1: Syntax error: …" (a token, "end of file unexpected", "Unterminated
    // quoted string", "EOF in backquote substitution"…); busybox ash's "syntax error: unexpected \"(\"".
    match: /syntax error near unexpected token [`'](?<token>[^'\n\r]{0,50})(?:'|(?<crSplit>\n'))|Syntax error: "(?<dtoken>[^"\n]{1,20})" unexpected|Syntax error: (?<word>[\w-]{1,30}) unexpected|(?<![^\s:])[^\s:]{1,300}: \d{1,7}: (?:[^\s:]{1,300}: )?Syntax error: (?!"[^"\n]{1,20}" unexpected|[\w-]{1,30} unexpected)(?<dmessage>[^\n]{1,100})|syntax error: unexpected (?:"(?<btoken>[^"\n]{1,20})"|(?<bword>word|redirection|newline)\b)/,
    errorType: 'syntax error',
    category: 'syntax',
    priority: 35,
    summary: (c) => (c.dmessage ? `The shell (sh/dash) cannot parse the script: ${c.dmessage.replace(/\.$/, '')}.` : `The shell script has a syntax error near "${tokenOf(c) ?? '?'}".`),
    // A closing quote at the start of the next line: the token ended in a carriage return, which the
    // terminal (and the normaliser) turned into a line break.
    explanation: (c) =>
      (c.crSplit ? `The token is "${tokenOf(c) ?? ''}\\r": the script has Windows (CRLF) line endings, and the carriage return sent the rest of the message to the start of the line. Convert it with dos2unix or sed -i 's/\\r$//'. ` : '') +
      `${c.dmessage ? `The parser of /bin/sh (dash on Debian and Ubuntu) stopped: "${c.dmessage}".` : `The shell parser met "${tokenOf(c) ?? ''}" where it was not allowed.`} Common reasons: a missing "then"/"do"/"fi"/"done", a missing ; before then/do on one line, ` +
      'bash-only syntax (arrays, [[ ]], function foo() { }, <( )) run by sh/dash, Windows line endings, or unbalanced quotes/parentheses earlier in the file.',
    causes: [
      'Bash syntax executed by sh/dash (e.g. `sh script.sh` or #!/bin/sh)',
      'Missing then/do/fi/done or a missing ; before them',
      'Unbalanced quotes or parentheses earlier in the script',
      'CRLF line endings turning "then" into "then\\r"',
    ],
    fixes: [
      {
        title: 'Check the script and the interpreter',
        steps: ['Run it with bash explicitly (or fix the shebang)', 'Let ShellCheck point at the problem', 'Check line endings'],
        code: 'bash -n script.sh          # syntax check only\nshellcheck script.sh\nfile script.sh             # "with CRLF line terminators"?',
      },
    ],
    references: [{ title: 'Bash manual: Conditional constructs', url: `${BASH_MANUAL}/Conditional-Constructs.html` }],
    samples: ["./build.sh: line 12: syntax error near unexpected token `fi'\n./build.sh: line 12: `fi'", 'install.sh: 3: Syntax error: "(" unexpected'],
  },
  {
    id: 'shell.unexpected-eof',
    language: 'shell',
    match: /syntax error: unexpected end of file|unexpected EOF while looking for matching `(?<quote>[^\n])'/,
    // The phrase the corpus uses for every shell syntax error; the summary says which one.
    errorType: 'syntax error',
    category: 'syntax',
    priority: 35,
    summary: (c) =>
      c.quote ? `A ${c.quote} quote is opened and never closed in the script.` : 'The script ends while a block (if/for/while/case/{) is still open.',
    explanation: (c) =>
      (c.quote
        ? `Bash reached the end of the file still inside a ${c.quote}-quoted string. The opening quote is earlier than the reported line. `
        : 'Bash reached the end of the file still expecting fi, done, esac or }. ') +
      'CRLF line endings produce the same message because "fi\\r" is not "fi".',
    causes: ['Missing fi/done/esac/} or a heredoc terminator that is indented or misspelled', 'Unclosed quote', 'CRLF line endings'],
    fixes: [
      {
        title: 'Find the open block or quote',
        steps: ['Check the syntax without running', 'Use ShellCheck', 'Make sure a heredoc terminator is alone on its line (no indentation unless <<-)'],
        code: 'bash -n script.sh\nshellcheck script.sh',
      },
    ],
    references: [{ title: 'Bash manual: Quoting', url: `${BASH_MANUAL}/Quoting.html` }],
    samples: ['./release.sh: line 48: syntax error: unexpected end of file', "./release.sh: line 20: unexpected EOF while looking for matching `\"'"],
  },
  {
    id: 'shell.unbound-variable',
    language: 'shell',
    match: /(?<![\w$@*#?])(?<variable>\$?[\w@*#?]{1,100}): unbound variable/,
    errorType: 'unbound variable',
    category: 'name',
    priority: 40,
    summary: (c) => `The script uses ${c.variable ?? 'a variable'}, which is not set, and runs with set -u.`,
    explanation: (c) =>
      `With set -u (set -o nounset, often part of "set -euo pipefail") bash stops when it expands an unset variable. ${c.variable ?? 'The variable'} was never assigned/exported in this environment, ` +
      'or it is a positional parameter ($1) the script was called without.',
    causes: ['An environment variable not exported/defined in this environment (CI, cron, Docker)', 'A missing command-line argument ($1, $2)', 'Typo in the variable name'],
    fixes: (c) => [
      {
        title: 'Provide a default or require it explicitly',
        steps: [`Use a default where ${c.variable ?? 'the variable'} is optional`, `Fail with a clear message where ${c.variable ?? 'it'} is required`],
        code: unboundFix(c.variable),
      },
    ],
    references: [{ title: 'Bash manual: The Set builtin (-u)', url: `${BASH_MANUAL}/The-Set-Builtin.html` }, { title: 'Bash manual: Shell parameter expansion', url: `${BASH_MANUAL}/Shell-Parameter-Expansion.html` }],
    samples: ['./deploy.sh: line 7: AWS_REGION: unbound variable', './run.sh: line 3: $1: unbound variable'],
  },
  {
    id: 'shell.ambiguous-redirect',
    language: 'shell',
    // The word after > or < expanded to no file name or to several: an unset variable, or one with spaces.
    match: /(?<![^\s:])(?<word>[^\n:]{1,200}): ambiguous redirect/,
    // The match scans many positions; only texts with its phrase pay for it.
    requires: /ambiguous redirect/,
    errorType: 'ambiguous redirect',
    category: 'syntax',
    priority: 40,
    summary: (c) => `The shell cannot redirect to ${c.word}: it expanded to no file name, or to more than one.`,
    explanation: (c) =>
      `A redirection (> file, >> file, < file) needs exactly one file name. ${c.word} ${/^\$/.test(c.word ?? '') ? 'is a variable that is unset or empty here, or holds a name with spaces and is not quoted' : 'expanded to nothing or to several words (an unquoted variable with spaces, or a glob)'}. ` +
      'In GitHub Actions this is often $GITHUB_ENV or $GITHUB_OUTPUT misspelt, or a custom variable that is only set in another step.',
    causes: (c) => [`${c.word} is unset or empty in this shell (another step, job or environment set it)`, `${c.word} contains spaces and is not quoted`],
    fixes: (c) => [
      {
        title: `Quote ${c.word} and make sure it is set`,
        steps: ['Quote the redirection target', 'Fail early with a message when the variable is missing'],
        code: /^\$\{?\w+\}?$/.test(c.word ?? '') ? `: "\${${(c.word ?? '$FILE').replace(/[${}]/g, '')}:?is not set}"\necho 0.1.11 >> "${c.word}"` : `ls -d ${c.word}   # what does it expand to?`,
      },
    ],
    references: [{ title: 'Bash manual: Redirections', url: `${BASH_MANUAL}/Redirections.html` }],
    samples: ['/home/runner/work/_temp/8756.sh: line 1: $RELEASE_TAG: ambiguous redirect'],
  },
  {
    id: 'shell.bad-substitution',
    language: 'shell',
    // bash's "${x.y}: bad substitution"; dash's "script.sh: 4: script.sh: Bad substitution" for any
    // bash-only expansion (${var//a/b}, ${var:0:3}, ${!name}, ${var^^}).
    match: /(?<![^\s:])(?<expansion>\$\{[^\n]{0,200}?\}): bad substitution|(?<![^\s:])(?<script>[^\s:]{1,300}): \d{1,7}: [^\s:]{1,300}: Bad substitution/,
    // The match scans many positions; only texts with its phrase pay for it.
    requires: /[Bb]ad substitution/,
    errorType: 'bad substitution',
    category: 'syntax',
    priority: 40,
    summary: (c) => (c.expansion ? `bash cannot expand ${c.expansion}: it is not a valid parameter expansion.` : `${c.script} uses a parameter expansion that sh (dash) does not have.`),
    explanation: (c) =>
      c.expansion
        ? `${c.expansion} is not a parameter expansion bash knows: a name with characters a variable cannot have (a dot, a dash), a missing colon or brace, or $(command) written with braces.`
        : `The script is run by /bin/sh, which is dash on Debian and Ubuntu and busybox in Alpine images. They support only POSIX expansions; \${var//a/b}, \${var:0:3}, \${var^^} and \${!name} are bash's. Running the script with sh (sh ${c.script}, or #!/bin/sh) is the usual cause.`,
    causes: ['A bash-only expansion run by sh/dash (sh script.sh, #!/bin/sh, a Dockerfile RUN line)', 'An invalid name inside ${…}', 'Command substitution written ${cmd} instead of $(cmd)'],
    fixes: (c) => [
      {
        title: c.script ? `Run ${c.script} with bash` : 'Fix the expansion',
        steps: c.script ? ['Call it with bash, or make its first line #!/bin/bash and run it as ./script', 'Or rewrite the expansion in POSIX sh (sed, cut, expr)'] : ['Use a valid variable name, or $(…) for a command'],
        code: c.script ? `bash ${c.script}\nsed -i '1s|.*|#!/usr/bin/env bash|' ${c.script}` : 'echo "${HOME}"        # a variable\necho "$(date +%F)"    # a command',
      },
    ],
    references: [{ title: 'Bash manual: Shell parameter expansion', url: `${BASH_MANUAL}/Shell-Parameter-Expansion.html` }, { title: 'Ubuntu wiki: DashAsBinSh', url: 'https://wiki.ubuntu.com/DashAsBinSh' }],
    samples: ['packaging.sh: 4: packaging.sh: Bad substitution', './build.sh: line 9: ${VERSION.major}: bad substitution'],
  },
  {
    id: 'shell.readonly-variable',
    language: 'shell',
    match: /(?<![^\s:])(?<variable>[A-Za-z_]\w{0,100}): readonly variable/,
    // The match scans many positions; only texts with its phrase pay for it.
    requires: /: readonly variable/,
    errorType: 'readonly variable',
    category: 'name',
    priority: 40,
    summary: (c) => `The script assigns to ${c.variable}, which is read-only in this shell.`,
    explanation: (c) =>
      /^(?:UID|EUID|PPID|BASHOPTS|BASH_VERSINFO|SHELLOPTS|GROUPS)$/.test(c.variable ?? '')
        ? `bash sets ${c.variable} itself and never lets a script change it. A script written for sh or zsh, or one that picked ${c.variable} as its own variable's name, fails here.`
        : `${c.variable} was declared with readonly (or declare -r) earlier, in this script or in a file it sources, and cannot be assigned again.`,
    causes: (c) => [`${c.variable} is one of bash's own read-only variables (UID, EUID, PPID…)`, `${c.variable} was declared readonly earlier`],
    fixes: (c) => [
      {
        title: `Use another name than ${c.variable}`,
        steps: [`Rename the script's variable (and every use of it)`],
        code: `grep -n '\\b${c.variable}\\b' script.sh\nsed -i 's/\\b${c.variable}=/APP_${c.variable}=/' script.sh`,
      },
    ],
    references: [{ title: 'Bash manual: Bash variables', url: `${BASH_MANUAL}/Bash-Variables.html` }],
    samples: ['./varnishgather.sh: line 43: UID: readonly variable'],
  },
  {
    id: 'shell.builtin-invalid-option',
    language: 'shell',
    // bash's builtins ("declare: -A: invalid option", then its usage line); dash's "set: Illegal option -o pipefail",
    // busybox ash's "set: line 158: illegal option -o pipefail".
    match: /(?<![^\s:])(?<builtin>declare|typeset|local|read|readarray|mapfile|set|shopt|printf|echo|cd|export|ulimit|wait|trap|hash|type|command|source|exec|history): (?<option>-{1,2}[\w-]{1,30}): invalid option|(?<![^\s:])(?<dbuiltin>set|read|cd|export|trap|ulimit|wait|local|printf|type|command|exec): (?:line \d{1,7}: )?[Ii]llegal option (?<doption>-{1,2}[\w-]{0,30}(?: [\w-]{1,30})?)/,
    // The match scans many positions; only texts with its phrase pay for it.
    requires: /: invalid option|[Ii]llegal option/,
    errorType: 'invalid option',
    category: 'configuration',
    priority: 40,
    summary: (c) => `This shell's ${c.builtin ?? c.dbuiltin} has no option ${c.option ?? c.doption}.`,
    explanation: (c) => {
      const opt = c.option ?? c.doption ?? '';
      if (c.dbuiltin) return `The script runs under sh (dash on Debian and Ubuntu, busybox ash in Alpine), whose ${c.dbuiltin} lacks ${opt}${/pipefail/.test(opt) ? ' (dash added pipefail only in 0.5.12; older sh has none)' : ''}: it is bash's. Run the script with bash.`;
      if (/^(?:declare|typeset|local)$/.test(c.builtin ?? '') && /^-[An]$/.test(opt))
        return `declare ${opt} (${opt === '-A' ? 'associative arrays' : 'name references'}) needs bash 4 or later. macOS still ships bash 3.2 as /bin/bash, so the script runs with the old one.`;
      if (/^(?:readarray|mapfile)$/.test(c.builtin ?? '')) return 'mapfile/readarray need bash 4 or later; macOS ships bash 3.2.';
      return `The ${c.builtin} builtin of this bash does not know ${opt}: it is newer bash's, another shell's, or a typo.`;
    },
    causes: ['The script runs under an older bash (macOS /bin/bash is 3.2) or under sh', 'An option of a newer bash or of another shell'],
    fixes: (c) => [
      {
        title: c.dbuiltin ? 'Run the script with bash' : 'Run the script with a current bash',
        steps: c.dbuiltin ? ['Call it with bash or give it #!/usr/bin/env bash'] : ['Check the version that runs it; on macOS install a current bash (Homebrew) and use #!/usr/bin/env bash'],
        code: c.dbuiltin ? 'bash script.sh\n# or first line: #!/usr/bin/env bash' : `bash --version\nbrew install bash   # macOS: bash 5 in /opt/homebrew/bin\n# first line: #!/usr/bin/env bash   (not #!/bin/bash)\n# needed for: ${c.builtin} ${c.option}`,
      },
    ],
    references: [{ title: 'Bash manual: Bash builtins', url: `${BASH_MANUAL}/Bash-Builtins.html` }],
    samples: ['www.sh: line 111: declare: -A: invalid option\ndeclare: usage: declare [-afFirtx] [-p] [name[=value] ...]', 'entrypoint.sh: 3: set: Illegal option -o pipefail', './service.sh: set: line 158: illegal option -o pipefail'],
  },
  {
    id: 'shell.test-missing-bracket',
    language: 'shell',
    // "[ -d 'dist']": the closing bracket must be a word of its own.
    match: /(?<![^\s:])(?:\[|test): missing [\x60'‘]\][’']|(?<![^\s:])sh: missing \]/,
    errorType: 'missing ]',
    category: 'syntax',
    priority: 40,
    summary: 'A test ([ … ]) has no closing ] as a word of its own.',
    explanation: '[ is a command, and ] is its last argument: it must be separated by spaces like any other argument. [ -d "dist"] passes "dist]" as one word, so [ finds no closing ].',
    causes: ['No space before the closing ] ([ -d dist])', 'A ] inside quotes', '[[ … ] mixing the two forms'],
    fixes: [{ title: 'Put spaces inside the brackets', steps: ['Separate [ and ] from the test with spaces'], code: "[ -d 'dist' ] && echo '--omit=dev'" }],
    references: [{ title: 'Bash manual: Bourne shell builtins (test)', url: `${BASH_MANUAL}/Bourne-Shell-Builtins.html` }],
    samples: ["./check.sh: line 4: [: missing `]'", 'sh: missing ]'],
  },
  {
    id: 'shell.arithmetic-error',
    language: 'shell',
    // bash's arithmetic ((…)), $((…)) and let: the expression, then what is wrong with it.
    // Also an interactive bash's own prefix ("bash: let: x: …"), and dash's "arithmetic expression: expecting
    // primary: "1 + "" (its division by zero says so in words).
    match: /(?:line \d{1,7}|\d{1,7}|(?<![^\s])-?bash): (?:\(\(: |let: )?(?<expression>[^\n]{1,300}?): (?:(?<syntax>syntax error: (?:operand expected|invalid arithmetic operator)|syntax error in expression|attempted assignment to non-variable)|(?<base>value too great for base)|(?<zero>division by 0)) \(error token is "(?<token>[^\n]{0,200}?)"\)|\d{1,7}: arithmetic expression: (?:(?<dashZero>division by zero)|expecting (?:EOF|primary|value|'\)')|[^\n":]{1,60}): "(?<dashExpression>[^\n]{0,200}?)"/,
    // The match scans many positions; only texts with its phrase pay for it.
    requires: /\(error token is "|: arithmetic expression: /,
    errorType: (c) => (c.base ? 'value too great for base' : c.zero || c.dashZero ? 'division by 0' : 'arithmetic syntax error'),
    category: 'syntax',
    priority: 40,
    summary: (c) => `The shell cannot evaluate the arithmetic ${(c.expression ?? c.dashExpression)?.trim()}${c.token ? ` (at "${c.token}")` : ''}.`,
    explanation: (c) =>
      c.base
        ? `A number with a leading zero is octal in bash arithmetic, so ${c.token} (with an 8 or 9) is not a number. Dates and times (08, 09) are the classic case.`
        : c.zero || c.dashZero
          ? 'The divisor is 0 here: usually a variable that is empty or zero when this line runs.'
          : 'The expression is not arithmetic bash can read: a variable that is empty, holds text instead of a number, or an operator bash does not have. In ((…)) and $((…)) every word is evaluated as a number or a variable name.',
    causes: (c) => (c.base ? ['A number with a leading zero (08, 09) read as octal'] : ['A variable that is empty or not a number at this point', 'Text (a command\'s output, a file\'s content) used as a number', 'A typo in the expression']),
    fixes: (c) => [
      c.base
        ? { title: 'Read the number as decimal', steps: ['Prefix it with 10#'], code: 'hour=$(date +%H)\necho $(( 10#$hour + 1 ))' }
        : { title: 'Check the values before the arithmetic', steps: ['Print the variables the expression uses', 'Default them, or test that they are numbers'], code: 'case "$n" in (*[!0-9]*|"") echo "not a number: $n" >&2; exit 1;; esac\necho $(( n + 1 ))' },
    ],
    references: [{ title: 'Bash manual: Shell arithmetic', url: `${BASH_MANUAL}/Shell-Arithmetic.html` }],
    samples: ['./loop.sh: line 389: ((: i<="gIilaFw : syntax error: operand expected (error token is ""gIilaFw ")', './stamp.sh: line 5: 08: value too great for base (error token is "08")', 'bash: let: x: syntax error: operand expected (error token is "x")', './calc.sh: 7: arithmetic expression: expecting EOF: "1 ++ "'],
  },
  {
    id: 'shell.zsh-no-matches',
    language: 'shell',
    // zsh refuses a command whose glob matches nothing (bash passes the pattern on unchanged): a URL
    // with ?, pip's package[extra], a scp/rsync host:path with *.
    match: /(?:^|\n)(?:zsh|[^\s:]{1,300}:\d{1,7}|\(eval\)(?::[\w-]{1,60})?:\d{1,7}): (?<kind>no matches found|bad pattern): (?<glob>[^\n]{1,300})/,
    // The match scans many positions; only texts with its phrase pay for it.
    requires: /: (?:no matches found|bad pattern): /,
    errorType: (c) => c.kind ?? 'no matches found',
    category: 'syntax',
    priority: 40,
    summary: (c) => (c.kind === 'bad pattern' ? `zsh cannot read ${c.glob} as a glob pattern.` : `zsh found no file matching ${c.glob}, so it did not run the command.`),
    explanation: (c) =>
      c.kind === 'bad pattern'
        ? `zsh treats ${c.glob} as a filename pattern and it is not a valid one (a bash-only construct, or brackets and | used as text). Code written for bash hits this when zsh runs it.`
        : `In zsh a word with *, ?, [ ] is a filename pattern, and a pattern that matches no file is an error (bash would pass it on as text). ${c.glob} was meant as text: a URL with ?, a package with [extras], a remote path.`,
    causes: ['A URL, a package[extra] or a remote path with *, ? or [ ] left unquoted', 'A bash script sourced or run by zsh'],
    fixes: (c) => [
      {
        title: `Quote ${c.glob}`,
        steps: ['Quote the word so zsh passes it on as text', 'Or, for a bash script, run it with bash'],
        code: `'${(c.glob ?? '').replace(/'/g, '')}'\n# e.g. pip install 'package[extra]'   curl 'https://host/path?x=1'\nsetopt no_nomatch   # zsh: pass unmatched patterns on, as bash does`,
      },
    ],
    references: [{ title: 'zsh manual: Filename generation', url: 'https://zsh.sourceforge.io/Doc/Release/Expansion.html#Filename-Generation' }],
    samples: ['./install-zsh-aliases.sh:40: no matches found: ^\\.[a-zA-Z]', 'zsh: no matches found: requests[security]', '__rvm_parse_args:28: bad pattern: [[:alnum:]]|@'],
  },
  {
    id: 'shell.zsh-parse-error',
    language: 'shell',
    match: /(?:^|\n)(?:zsh|[^\s:]{1,300}:\d{1,7}): parse error(?: near [`'‘](?<token>[^'’\n]{0,50})['’]|: (?<what>[^\n]{1,100}))/,
    // The match scans many positions; only texts with its phrase pay for it.
    requires: /: parse error/,
    errorType: 'syntax error',
    category: 'syntax',
    priority: 35,
    summary: (c) => (c.token !== undefined ? `zsh cannot parse the script near "${c.token}".` : `zsh cannot parse the script: ${c.what}.`),
    explanation:
      'zsh\'s parser stopped at this token. In a .zshrc or a sourced plugin it is usually bash-only syntax zsh reads differently, an unbalanced quote, parenthesis or brace a few lines earlier, or a line a tool appended to the file without a newline before it.',
    causes: ['Unbalanced quotes, parentheses or braces above the reported line', 'bash syntax in a file zsh sources', 'A line appended by an installer onto the end of another'],
    fixes: [{ title: 'Check the file with zsh itself', steps: ['Let zsh parse the file without running it, then look a few lines above the reported one'], code: 'zsh -n ~/.zshrc' }],
    references: [{ title: 'zsh manual: Shell grammar', url: 'https://zsh.sourceforge.io/Doc/Release/Shell-Grammar.html' }],
    samples: ["/home/yen/.zshrc:718: parse error near `)'", 'zsh: parse error near `}\''],
  },
  {
    id: 'shell.zsh-no-such-file',
    language: 'shell',
    // zsh's order: "file:1: no such file or directory: /opt/homebrew/bin/brew".
    match: /(?:^|\n)(?:zsh|[^\s:]{1,300}:\d{1,7}|\(eval\)(?::[\w-]{1,60})?:\d{1,7}): no such file or directory: (?<path>[^\n]{1,400})/,
    // The match scans many positions; only texts with its phrase pay for it.
    requires: /: no such file or directory: /,
    errorType: 'No such file or directory',
    category: 'io',
    priority: 30,
    summary: (c) => `zsh cannot find ${c.path}.`,
    explanation: (c) =>
      /homebrew|\/usr\/local\/bin\/brew|Cellar/.test(c.path ?? '')
        ? `A line in your zsh startup files runs or sources ${c.path}, which is not there: Homebrew lives in /opt/homebrew on Apple Silicon and /usr/local on Intel Macs, and a versioned Cellar path breaks at every upgrade.`
        : `A command or a sourced file named ${c.path}, which does not exist: a wrong path, a program not installed, or a startup file written for another machine.`,
    causes: ['A startup file (.zshrc, .zprofile) naming a path of another machine or an old version', 'A program that is not installed'],
    fixes: (c) => [{ title: `Fix or guard the line that uses ${c.path}`, steps: ['Find the line in the startup files', 'Point it at the path that exists, or only run it when the file is there'], code: `grep -n '${c.path}' ~/.zshrc ~/.zprofile ~/.zshenv 2>/dev/null\n[ -x ${c.path} ] && eval "$(${c.path} shellenv)"` }],
    references: [{ title: 'zsh manual: Startup files', url: 'https://zsh.sourceforge.io/Doc/Release/Files.html' }],
    samples: ['/Users/me/.zprofile:1: no such file or directory: /opt/homebrew/bin/brew'],
  },
  {
    id: 'shell.zsh-function-not-found',
    language: 'shell',
    match: /(?:^|\n)(?:zsh|[^\s:]{1,300}:\d{1,7}): (?<function>[\w-]{1,100}): function definition file not found/,
    errorType: 'function definition file not found',
    category: 'configuration',
    priority: 40,
    summary: (c) => `zsh cannot autoload ${c.function}: no file of that name is in $fpath.`,
    explanation: (c) =>
      `${c.function} is marked for autoloading, and zsh looked for a file named ${c.function} in every directory of $fpath without finding one. ${/compinit|bashcompinit/.test(c.function ?? '') ? 'compinit and bashcompinit come with zsh; they are missing from $fpath when the startup files call them before the completion system is set up (autoload -U compinit), or $fpath was overwritten.' : 'A plugin manager or a startup file set $fpath without the plugin\'s directory.'}`,
    causes: ['$fpath overwritten instead of extended in a startup file', 'The function used before `autoload -U` loaded it', 'A plugin not installed where $fpath points'],
    fixes: (c) => [{ title: `Autoload ${c.function} from a directory in $fpath`, steps: ['Load the completion system before tools that use it', 'Extend $fpath rather than replacing it'], code: `autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\nfpath=(/path/to/functions $fpath)   # extend, do not replace\n# then: ${c.function}` }],
    references: [{ title: 'zsh manual: Autoloading functions', url: 'https://zsh.sourceforge.io/Doc/Release/Functions.html#Autoloading-Functions' }],
    samples: ['/usr/local/opt/asdf/asdf.sh:28: bashcompinit: function definition file not found'],
  },
  {
    id: 'shell.zsh-insecure-directories',
    language: 'shell',
    match: /zsh compinit: insecure (?:directories|files)(?:, run compaudit for list)?/,
    errorType: 'insecure directories',
    category: 'configuration',
    priority: 40,
    summary: 'zsh\'s completion system refuses to load completion functions from directories other users can write to.',
    explanation:
      'compinit checks that every directory in $fpath is owned by you or root and not writable by group or others; otherwise anyone could plant a function you would run. Homebrew\'s share/zsh directories on a multi-user Mac are the usual case.',
    causes: ['Homebrew\'s /usr/local/share/zsh or /opt/homebrew/share/zsh writable by the admin group', 'A plugin directory owned by another user'],
    fixes: [{ title: 'Remove group and other write access from the listed directories', steps: ['List them with compaudit, then fix their permissions'], code: 'compaudit | xargs chmod g-w,o-w\n# then open a new terminal' }],
    references: [{ title: 'zsh manual: Completion system initialisation', url: 'https://zsh.sourceforge.io/Doc/Release/Completion-System.html#Use-of-compinit' }],
    samples: ['zsh compinit: insecure directories, run compaudit for list.\nIgnore insecure directories and continue [y] or abort compinit [n]?'],
  },
  {
    id: 'shell.fish-syntax-error',
    language: 'shell',
    // fish parses bash and POSIX syntax as errors and says what to write instead.
    match: /Unsupported use of '(?<op>[^'\n]{1,10})'\. In fish, please use (?<instead>[^\n]{1,200})|(?:fish: )?(?<block>Could not locate end of block\. The [“"']end[”"'] command is missing)|fish: (?<missing>Missing end to balance this (?:begin|if|for|while|function|switch) block)|\$\? is not the exit status\. In fish, please use \$status|Variables cannot be bracketed\. In fish, please use (?<bracket>[^\n]{1,100})/,
    requires: /In fish, please use|Could not locate end of block|Missing end to balance/,
    errorType: 'syntax error',
    category: 'syntax',
    priority: 35,
    summary: (c) => (c.op ? `fish does not accept '${c.op}' here; it asks for ${c.instead}` : c.block || c.missing ? 'fish cannot find the end of a block.' : 'fish read POSIX shell syntax it does not have.'),
    explanation: (c) =>
      c.block || c.missing
        ? 'A block (if, for, while, function, begin) has no matching `end`. Piping a script written for bash into fish, or a bash function in a fish config file, also ends here: fish closes blocks with end, not fi/done/}.'
        : 'fish is not a POSIX shell: variables are set with `set NAME value`, the status is $status, and ${…} expansions do not exist. The line was written for bash or sh.',
    causes: ['A bash or sh line (or a whole script) run by fish', 'A missing `end`'],
    fixes: (c) => [{ title: c.instead ? `Write it the fish way: ${c.instead}` : 'Run bash scripts with bash, or rewrite the line for fish', steps: ['Run scripts written for bash with bash (curl … | bash), or translate the line'], code: c.instead ? c.instead.replace(/^'|'\.?$/g, '') : 'curl -fsSL https://example.com/install.sh | bash\nset -x PATH $HOME/bin $PATH   # fish: instead of export PATH=…' }],
    references: [{ title: 'fish for bash users', url: 'https://fishshell.com/docs/current/fish_for_bash_users.html' }],
    samples: ["Unsupported use of '='. In fish, please use 'set GH_BASE_DIR $GH_BASE_DIR:-$HOME/src'.", 'fish: unexecutable block\nfish: Could not locate end of block. The “end” command is missing, misspelled or a “;” is missing.'],
  },
  {
    id: 'shell.sed-script-error',
    language: 'shell',
    // GNU sed: "sed: -e expression #1, char 5: unknown option to `s'"; BSD/macOS sed: "sed: 1: "…": invalid command code .".
    match: /\bsed: -e expression #\d{1,4}, char \d{1,6}: (?<gnu>[^\n]{1,120})|\bsed: \d{1,6}: "(?<script>[^\n]{0,200})": (?<bsd>invalid command code|unterminated substitute pattern|unterminated substitute in regular expression|extra characters at the end of \w command|unbalanced brackets|undefined label|command \w expects \\ followed by text)/,
    // GNU's message without the character it quotes after a colon: "unknown command", "unterminated `s' command";
    // one of its messages that quote a command is cut after it, so a word another command printed on the same
    // line ("… `s' command success") is no part of the type.
    errorType: (c) => c.bsd ?? (GNU_SED_QUOTING.exec(c.gnu ?? '')?.[0] || (c.gnu ?? '').replace(/:\s[\s\S]*$/, '').trim() || 'sed error'),
    category: 'syntax',
    priority: 35,
    summary: (c) => `sed cannot run its script: ${c.gnu ?? c.bsd}.`,
    explanation: (c) =>
      c.bsd === 'invalid command code'
        ? `This is macOS (BSD) sed. Its -i takes the backup suffix as the next argument, so \`sed -i "s/…/…/" file\` used the script as a suffix and read the file name ("${c.script}") as the script. GNU sed's -i takes no argument.`
        : /unknown option to [`'‘]s/.test(c.gnu ?? '')
          ? 'The s command ended early: the text being replaced or inserted contains the delimiter (/, often inside a path or URL), so the rest reads as s\'s flags.'
          : /unterminated [`'‘]s/.test(c.gnu ?? '')
            ? 'The s command has fewer delimiters than it needs: a delimiter inside a variable\'s value, or a newline in the replacement.'
            : 'The sed script is not valid here: a command letter sed does not know, or a script written for the other sed (GNU vs BSD/macOS).',
    causes: ['macOS (BSD) sed given GNU sed\'s -i syntax', 'The delimiter / inside an inserted path or URL', 'A variable\'s value breaking the script'],
    fixes: (c) => [
      c.bsd === 'invalid command code'
        ? { title: 'Give BSD sed its -i suffix, or use GNU sed', steps: ['Pass an empty suffix on macOS, or install GNU sed'], code: `sed -i '' 's/old/new/g' file      # macOS\nbrew install gnu-sed && gsed -i 's/old/new/g' file` }
        : { title: 'Use a delimiter that cannot appear in the text', steps: ['Any character can delimit s: pick one absent from the values'], code: 'sed -i "s|__PATH__|$INSTALL_DIR|g" config.ini' },
    ],
    references: [{ title: 'GNU sed manual: the s command', url: 'https://www.gnu.org/software/sed/manual/html_node/The-_0022s_0022-Command.html' }],
    samples: ['sed: 1: "../bin/testing/install_ ...": invalid command code .', "sed: -e expression #1, char 1: unknown command: `@'", "sed: -e expression #1, char 27: unknown option to `s'"],
  },
  {
    id: 'shell.tool-illegal-option',
    language: 'shell',
    // BSD (macOS) and busybox tools without GNU coreutils' options: "readlink: illegal option -- f".
    match: /(?:^|\n)(?:[^\s:]{1,100}: )?(?<tool>readlink|realpath|date|stat|grep|cp|mv|ls|xargs|find|head|tail|base64|mktemp|du|sort|tr|cut|wc|touch|install|sed|awk|tar|ln|rm|mkdir|chmod|chown|df|seq|timeout|nproc|getopt|cat|echo|env|uname|hostname|md5sum|sha256sum|shasum): (?<wording>illegal|invalid|unrecognized) option (?:-- )?[`'‘]?(?<option>-{0,2}[\w=-]{1,40})/,
    // The match scans many positions; only texts with its phrase pay for it.
    requires: /(?:illegal|invalid|unrecognized) option/,
    errorType: (c) => `${c.wording === 'illegal' ? 'illegal' : 'invalid'} option`,
    category: 'configuration',
    priority: 30,
    summary: (c) => `This system's ${c.tool} has no option ${c.option}.`,
    explanation: (c) =>
      c.wording === 'illegal'
        ? `"illegal option" is the wording of BSD tools: this is macOS (or a BSD), whose ${c.tool} lacks GNU coreutils' ${c.option}. Scripts written on Linux often use GNU-only options (readlink -f, date -d, sed -r, stat -c).`
        : `${c.tool} does not know ${c.option}: a GNU-only option run by busybox (Alpine images), an older version, or a typo.`,
    causes: (c) => [`A GNU-only option of ${c.tool} on macOS/BSD or busybox`, 'A script written for another system'],
    fixes: (c) => [
      {
        title: `Use GNU ${c.tool}, or a portable form`,
        steps: ['Install GNU coreutils (their g-prefixed names on macOS), or rewrite the line portably'],
        code: c.tool === 'readlink' ? 'brew install coreutils && greadlink -f "$0"\n# portable: cd "$(dirname "$0")" && pwd -P' : `brew install coreutils   # macOS: g${c.tool}\napk add coreutils        # Alpine`,
      },
    ],
    references: [{ title: 'GNU coreutils manual', url: 'https://www.gnu.org/software/coreutils/manual/coreutils.html' }],
    samples: ['readlink: illegal option -- f\nusage: readlink [-n] [file ...]', "date: invalid option -- 'd'"],
  },
  {
    id: 'shell.coreutils-no-such-file',
    language: 'shell',
    // "chmod: cannot access 'x': No such file or directory", "cp: cannot stat …", "rm: cannot remove …".
    // Also ln's "failed to create symbolic link", head's and tail's "cannot open 'x' for reading", sort's
    // "cannot read: x", gawk's "fatal: cannot open file `x' for reading", su's warning and dpkg's archive.
    match: /(?<![^\s>|:])(?<tool>chmod|chown|chgrp|ls|stat|cp|mv|rm|du|touch|cat|ln|mkdir|rmdir|tail|head|install|readlink|realpath|sed|grep|wc|sort|tar|awk|gawk|su|dpkg|tee|dd|split|cut|paste|md5sum|sha256sum): (?:(?:warning|error|fatal): )?(?:cannot (?:access(?: archive)?|stat|remove|open(?: file)?|create regular file|create directory|create symbolic link|read:?|touch|change directory to)|can't (?:read|open|stat)|failed to (?:create (?:symbolic|hard) link|open|access)) [`'‘"]?(?<path>[^'’"\n]{1,400}?)[`'’"]?(?: for (?:reading|writing))?: No such file or directory/,
    // The match scans many positions; only texts with its phrase pay for it.
    requires: /: No such file or directory/,
    errorType: 'No such file or directory',
    category: 'io',
    priority: 26,
    summary: (c) => `${c.tool} cannot find ${c.path}.`,
    explanation: (c) =>
      `${c.path} does not exist where ${c.tool} looked: relative paths are resolved from the current directory (which differs in CI steps, cron, Docker RUN lines and build sandboxes such as Nix's), the file was never produced by an earlier step, or the name changed in a newer version of what produces it.`,
    causes: ['Wrong current directory', 'An earlier step did not create the file (or a newer release renamed it)', 'A typo or case difference'],
    fixes: (c) => [{ title: `Check where ${c.path} should come from`, steps: ['Print the working directory and list the parent directory', 'Find which step creates the file'], code: `pwd; ls -la "$(dirname '${c.path}')"` }],
    references: [{ title: 'GNU coreutils: common options and errors', url: 'https://www.gnu.org/software/coreutils/manual/coreutils.html' }],
    samples: ["       > chmod: cannot access 'debugAdapters/lldb-mi/bin/lldb-mi': No such file or directory", "cp: cannot stat 'dist/app.js': No such file or directory", "ln: failed to create symbolic link '/opt/app/current/bin': No such file or directory", "tail: cannot open 'app.log' for reading: No such file or directory", 'sort: cannot read: data.txt: No such file or directory'],
  },
  {
    id: 'shell.xargs-unmatched-quote',
    language: 'shell',
    match: /xargs:\s{1,3}unmatched (?<quote>single|double) quote/,
    errorType: (c) => `unmatched ${c.quote} quote`,
    category: 'syntax',
    priority: 40,
    summary: (c) => `xargs met a file name with an unmatched ${c.quote} quote in its input.`,
    explanation: 'xargs splits its input on blanks and treats quotes as quoting, so a file name containing an apostrophe (or a double quote) breaks it. find … | xargs fails on the first such name.',
    causes: ["File names containing ' or \" (Don't Stop.mp3)", 'Input that is not one name per line'],
    fixes: [{ title: 'Separate the names with NUL', steps: ['Let find print NUL-terminated names and xargs read them that way'], code: 'find /path -name cached-copy -prune -o -print0 | xargs -0 chown app:app\n# or: find /path -exec chown app:app {} +' }],
    references: [{ title: 'xargs(1): -0', url: 'https://man7.org/linux/man-pages/man1/xargs.1.html' }],
    samples: ['xargs: unmatched single quote; by default quotes are special to xargs unless you use the -0 option'],
  },
  {
    id: 'shell.setlocale-failed',
    language: 'shell',
    match: /(?:bash|sh|perl): warning: (?:setlocale: )?(?<category>LC_\w{1,20}): cannot change locale \((?<locale>[^)\n]{1,60})\)|perl: warning: Setting locale failed\.|locale: Cannot set (?<category2>LC_\w{1,20}) to default locale/,
    requires: /cannot change locale|Setting locale failed|Cannot set LC_/,
    errorType: 'cannot change locale',
    category: 'configuration',
    priority: 35,
    summary: (c) => `The locale ${c.locale ?? 'in LANG/LC_*'} is not installed on this system.`,
    explanation: (c) =>
      `LANG or LC_* ask for ${c.locale ?? 'a locale'}, and the system has no compiled locale of that name. Minimal images (Docker, CentOS/Debian slim) ship only C and POSIX, and SSH forwards your own machine's LC_* settings to the server (SendEnv LANG LC_*).`,
    causes: ['The locale is not generated or installed (containers, minimal servers)', 'SSH forwarded the client\'s locale variables to a server without that locale'],
    fixes: (c) => [
      {
        title: `Install ${c.locale ?? 'the locale'}, or use one that exists`,
        steps: ['Generate the locale, or set a locale every system has (C.UTF-8)'],
        code: `locale -a\nsudo locale-gen ${c.locale ?? 'en_US.UTF-8'}            # Debian/Ubuntu\nsudo dnf install glibc-langpack-en       # Fedora/CentOS\nexport LANG=C.UTF-8 LC_ALL=C.UTF-8      # or in the Dockerfile: ENV LANG=C.UTF-8`,
      },
    ],
    references: [{ title: 'locale(7)', url: 'https://man7.org/linux/man-pages/man7/locale.7.html' }],
    samples: ['bash: warning: setlocale: LC_CTYPE: cannot change locale (en_US.UTF-8): No such file or directory'],
  },
  {
    id: 'shell.not-a-valid-identifier',
    language: 'shell',
    match: /(?<![^\s:])(?:(?<builtin>export|declare|local|readonly|unset|read|typeset|alias|for): )?[`'‘](?<name>[^\n]{0,200}?)['’]: not a valid identifier/,
    // The match scans many positions; only texts with its phrase pay for it.
    requires: /: not a valid identifier/,
    errorType: 'not a valid identifier',
    category: 'syntax',
    priority: 40,
    summary: (c) => `"${c.name}" is not a valid variable name${c.builtin ? ` for ${c.builtin}` : ''}.`,
    explanation: (c) => {
      const n = c.name ?? '';
      if (n === '=' || /^=/.test(n) || /=$/.test(n)) return 'An assignment has spaces around =: `export NAME = value` passes "NAME", "=" and "value" as three words. Shell assignments are written without spaces.';
      if (/^BASH_FUNC_/.test(n)) return 'The environment holds exported bash functions (BASH_FUNC_name%%) in a form this bash does not accept as names: environments copied between systems with different bash versions (the Shellshock fix changed the format), or tools that re-export the whole environment.';
      if (/[-.]/.test(n)) return `Variable names may contain only letters, digits and underscores: "${n}" has a - or a dot (common with names copied from .env files or Kubernetes keys).`;
      return `"${n}" is not a name a shell variable may have (letters, digits and _, not starting with a digit).`;
    },
    causes: ['Spaces around = in an assignment', 'A name with - or . in it', 'A value passed where a name was expected (export $VAR instead of export VAR)'],
    fixes: (c) => [{ title: 'Write the assignment the shell way', steps: ['No spaces around =, and only letters, digits and _ in names'], code: `# was: ${c.builtin ?? 'export'} ${c.name}\nexport ${/^[A-Za-z_]\w*$/.test((c.name ?? '').split('=')[0]) ? (c.name ?? '').split('=')[0] : 'MY_VAR'}=value` }],
    references: [{ title: 'Bash manual: Shell parameters', url: `${BASH_MANUAL}/Shell-Parameters.html` }],
    samples: ["bash: export: `=': not a valid identifier", "bash: export: `BASH_FUNC_module()=() {  eval `/usr/bin/modulecmd bash $*`': not a valid identifier"],
  },
  {
    id: 'shell.system-error',
    language: 'shell',
    // A database server's log line ends in the system's message too: "FATAL:  could not write lock file
    // "postmaster.pid": No space left on device" is the server's error.
    printedBy: ['sql'],
    // A command's line ending in the system's message for errno (strerror): "rm: cannot remove 'x': Device
    // or resource busy", "./run.sh: line 5: ./app: Text file busy", dash's "cannot create x: Directory
    // nonexistent", "bash: fork: Resource temporarily unavailable". The type is the message itself.
    match: new RegExp(String.raw`(?<=\S)(?::| -)\s(?<errno>${ERRNO_ALTERNATION})(?:[ \t][^\n]{0,200})?[ \t\r]*(?=\n|$)`, 'i'),
    requires: new RegExp(ERRNO_ALTERNATION, 'i'),
    errorType: (c) => errnoPhrase(c.errno),
    category: 'io',
    priority: 5,
    summary: (c) => `A command failed with the system error "${errnoPhrase(c.errno)}".`,
    explanation: (c) => ERRNO_WHY[errnoPhrase(c.errno)] ?? 'The operating system refused the operation with this error; the words before it name the command and the file.',
    // The cause is the first sentence of the explanation.
    causes: (c) => [(ERRNO_WHY[errnoPhrase(c.errno)] ?? 'The system refused the operation.').split(/(?<=\.) /)[0]],
    fixes: (c) => [{ title: `Deal with "${errnoPhrase(c.errno)}"`, steps: [ERRNO_FIX[errnoPhrase(c.errno)] ?? 'Check the file or resource the command names.'], code: ERRNO_CODE[errnoPhrase(c.errno)] ?? null }],
    references: [{ title: 'errno(3): the system errors', url: 'https://man7.org/linux/man-pages/man3/errno.3.html' }],
    samples: ['rm: cannot remove \'/c/Users/j/.docker/machine/disk.vmdk\': Device or resource busy', '.system/launch.sh: line 227: ./.system/a.out: Text file busy', '/bin/sh: 1: cannot create /etc/apache2/conf.d/nagios.conf: Directory nonexistent', 'bash: fork: retry: Resource temporarily unavailable', 'gzip: stdout: No space left on device', "mv: cannot move 'a' to '/mnt/b/a': Invalid cross-device link", 'df: /mnt/nfs: Transport endpoint is not connected', 'bash: kill: (4242) - No such process'],
  },
  {
    id: 'shell.sudo-unable-to-resolve-host',
    language: 'shell',
    match: /sudo: unable to resolve host (?<host>[^\s:]{1,253})/,
    errorType: 'unable to resolve host',
    category: 'configuration',
    priority: 35,
    summary: (c) => `sudo cannot resolve this machine's own name, ${c.host}.`,
    explanation: (c) => `sudo looks up the host name (${c.host}) to match host-specific sudoers rules, and /etc/hosts has no line for it. It usually follows a change of the host name (a cloud image, a container, hostnamectl) without updating /etc/hosts. The command still runs after the warning, only later.`,
    causes: ['The host name was changed and /etc/hosts still lists the old one', 'A container or VM whose name is not in /etc/hosts'],
    fixes: (c) => [{ title: `Add ${c.host} to /etc/hosts`, steps: ['Map the host name to the loopback address'], code: `echo "127.0.1.1 ${c.host}" | sudo tee -a /etc/hosts` }],
    references: [{ title: 'hosts(5)', url: 'https://man7.org/linux/man-pages/man5/hosts.5.html' }],
    samples: ['sudo: unable to resolve host raspberrypi: Name or service not known'],
  },
  {
    id: 'shell.sudo-terminal-required',
    language: 'shell',
    match: /sudo: (?:a terminal is required to read the password|no tty present and no askpass program specified)/,
    errorType: 'a terminal is required',
    category: 'permission',
    priority: 35,
    summary: 'sudo needs a password and has no terminal to ask for it.',
    explanation: 'The command ran sudo from a context without a terminal (a CI job, an IDE task, a systemd unit, an ssh command without -t, a GUI launcher), and sudo is configured to ask for a password. It cannot prompt, so it stops.',
    causes: ['sudo run by a script, service or CI job without a terminal', 'An sudoers rule that still needs a password for this command'],
    fixes: [{ title: 'Let that command run without a password, or give sudo a terminal', steps: ['Add a NOPASSWD rule for exactly the command the script needs', 'Or run the script from a terminal (ssh -t)'], code: "sudo visudo -f /etc/sudoers.d/deploy\n# deploy ALL=(root) NOPASSWD: /usr/bin/systemctl restart app\nssh -t host 'sudo systemctl restart app'" }],
    references: [{ title: 'sudoers(5): NOPASSWD', url: 'https://www.sudo.ws/docs/man/sudoers.man/' }],
    samples: ['sudo: a terminal is required to read the password; either use the -S option to read from standard input or configure an askpass helper'],
  },
  {
    id: 'shell.heredoc-eof',
    language: 'shell',
    match: /warning: here-document at line \d{1,7} delimited by end-of-file \(wanted [`'‘](?<delimiter>[^'’\n]{0,60})['’]\)/,
    errorType: 'here-document delimited by end-of-file',
    category: 'syntax',
    // Below bash's "unexpected end of file", which follows this warning when the document swallowed the rest.
    priority: 30,
    summary: (c) => `A here-document never meets its end line ${c.delimiter}.`,
    explanation: (c) => `bash read to the end of the script looking for a line that is exactly "${c.delimiter}". The closing line is indented (only <<- strips leading tabs, never spaces), has trailing spaces or a carriage return, or is missing; everything after << became the document's text.`,
    causes: (c) => [`The closing ${c.delimiter} is indented with spaces or followed by spaces`, 'Windows line endings on the closing line', `${c.delimiter} missing or misspelt`],
    fixes: (c) => [{ title: `Put ${c.delimiter} alone at the start of its line`, steps: ['No spaces before or after it; use <<- only with tab indentation'], code: `cat <<'${c.delimiter}' > out.txt\ntext\n${c.delimiter}\ngrep -n '${c.delimiter}' script.sh | cat -A   # shows spaces and ^M` }],
    references: [{ title: 'Bash manual: Here documents', url: `${BASH_MANUAL}/Redirections.html#Here-Documents` }],
    samples: ["bash: line 2: warning: here-document at line 0 delimited by end-of-file (wanted `EOF')"],
  },
  {
    id: 'shell.argument-list-too-long',
    language: 'shell',
    match: /(?<![^\s:])(?<command>[^\s:]{1,300}): Argument list too long/,
    errorType: 'Argument list too long',
    category: 'runtime',
    priority: 40,
    summary: (c) => `The command line for ${c.command ?? 'the program'} is too long for the operating system (E2BIG).`,
    explanation:
      'A glob such as *.log expanded to so many file names that the arguments plus environment exceed the kernel limit (ARG_MAX, a few MB). The program never started.',
    causes: ['A glob matching tens of thousands of files (rm *.jpg, cp src/* dst)', 'A very large environment variable', 'Generated command lines in build tools'],
    fixes: (c) => [
      {
        title: 'Pass the files in batches',
        steps: [`Let find or xargs split the list instead of expanding every name on the ${c.command ?? 'command'} command line`],
        code: "find . -maxdepth 1 -name '*.log' -delete\nfind . -name '*.jpg' -print0 | xargs -0 mv -t /backup/",
      },
    ],
    references: [{ title: 'xargs(1)', url: 'https://man7.org/linux/man-pages/man1/xargs.1.html' }, { title: 'execve(2): E2BIG', url: 'https://man7.org/linux/man-pages/man2/execve.2.html' }],
    samples: ['bash: /usr/bin/rm: Argument list too long'],
  },
  {
    id: 'shell.cannot-execute-binary',
    language: 'shell',
    // dash and busybox say it through their exec builtin: "launcher: 36: exec: /opt/app/node: Exec format error".
    match: /(?<![^\s:])(?<path>[^\s:]{1,300}): cannot execute binary file(?:: Exec format error)?|(?<![^\s])exec: (?<execPath>[^\s:]{1,300}): Exec format error/,
    errorType: (c) => (c.execPath ? 'exec format error' : 'cannot execute binary file'),
    category: 'configuration',
    priority: 40,
    summary: (c) => `${c.path ?? c.execPath ?? 'The file'} is a program for another CPU architecture or operating system.`,
    explanation:
      'The kernel does not recognise the file as an executable for this machine: a binary built for another architecture (arm64 vs x86_64), for macOS/Windows, ' +
      'or a file that is not a program at all (an archive, or a script run with `bash binary`).',
    causes: ['Downloaded the release asset for the wrong OS/architecture', 'A binary built on another machine (Apple Silicon vs Intel)', 'Running a binary through bash (bash ./program)'],
    fixes: (c) => [
      {
        title: 'Check the file type and get the right build',
        steps: ['Compare the file type with your machine', 'Download/build the variant for your OS and architecture'],
        code: `file ${c.path ?? c.execPath ?? './program'}\nuname -m`,
      },
    ],
    references: [{ title: 'execve(2): ENOEXEC', url: 'https://man7.org/linux/man-pages/man2/execve.2.html' }],
    samples: ['bash: ./terraform: cannot execute binary file: Exec format error', '/usr/local/bin/code-server: 36: exec: /opt/code-server/lib/node: Exec format error'],
  },
  {
    id: 'shell.no-such-file',
    language: 'shell',
    // bash's "script: line N: " may follow output printed without a line break (echo -n).
    // Also sh's own message at the end of a line another program printed ("Command failed: … sh: ./x.sh: …").
    match: /(?:^(?:npm (?:ERR!|error) )?[^\s:]{1,300}: (?:line \d{1,7}: |\d{1,7}: )?|(?<![^\s])[^\s:]{1,300}: line \d{1,7}: |(?<=[\s'"])(?:ba|da|z)?sh: )(?:cd: )?(?<path>[^\s:]{1,300}): No such file or directory[ \t\r]*$/m,
    requires: /: No such file or directory/,
    errorType: 'No such file or directory',
    category: 'io',
    priority: 25,
    summary: (c) => `${c.path ?? 'The path'} does not exist (relative to the current directory).`,
    explanation: (c) =>
      `The shell (or a command) could not find ${c.path ?? 'the path'}. Relative paths are resolved from the current working directory, which is often not the script's directory in cron, CI or Docker. ` +
      'For a script that clearly exists, the "missing" file can be its interpreter: a #! line pointing to a program that is not installed (e.g. /usr/bin/python), or a binary needing a missing dynamic loader (glibc binary on Alpine).',
    causes: [
      'Wrong current directory (cron, CI steps, Docker WORKDIR)',
      'Typo or case difference in the path',
      'The shebang interpreter (or the dynamic loader of a binary) does not exist',
      'The file is created by a step that did not run',
    ],
    fixes: (c) => {
      const path = c.path ?? 'path/to/file';
      const script = /\.(?:sh|bash|py|pl|rb)$/.test(path) ? path : 'script.sh';
      return [
        {
          title: 'Check the path from where the command runs',
          steps: [`Print the working directory and list ${path}`, 'Build paths from the script location', 'Check the shebang of scripts (a missing interpreter is reported as the script not existing)'],
          code: `pwd; ls -la ${path}\ncd "$(dirname "$0")"      # inside scripts\nhead -1 ${script}         # which interpreter?`,
        },
      ];
    },
    references: [{ title: 'Bash manual: Shell scripts (#! line)', url: `${BASH_MANUAL}/Shell-Scripts.html` }],
    samples: ['bash: ./scripts/migrate.sh: No such file or directory', "bash: cd: frontend: No such file or directory", 'bash: ./run.sh: Datei oder Verzeichnis nicht gefunden'],
  },
  {
    id: 'shell.killed-oom',
    language: 'shell',
    // Also a line of bash's job table for a pipeline ("      6561 Killed                  | getmodel"), and zsh's "zsh: killed  cmd".
    match: /^(?:[^\s:]{1,300}: line \d{1,7}: +(?<pid>\d{1,10}) |[ \t]{1,40}(?<jobPid>\d{1,10}) |zsh: )?[Kk]illed(?: +(?:\| )?(?<command>[^\n]{1,300}))?[ \t\r]*$|Out of memory: Kill(?:ed)? process (?<oompid>\d{1,10}) \((?<oomprocess>[^)\n]{1,100})\)/m,
    errorType: 'Killed',
    category: 'memory',
    priority: 30,
    summary: (c) => `The process${c.command || c.oomprocess ? ` ${(c.command ?? c.oomprocess ?? '').trim()}` : ''} was killed with SIGKILL — almost always by the out-of-memory killer.`,
    explanation:
      '"Killed" means the process received SIGKILL (exit status 137) and could not clean up. On Linux the usual sender is the kernel OOM killer, when the machine, container or cgroup ran out of memory; ' +
      'the kernel log shows "Out of memory: Killed process …". Large data loads, model training, compilers (webpack, rustc, g++) on small VMs and CI runners are typical.',
    causes: ['The process (or the whole machine/container) ran out of memory', 'A cgroup/container memory limit lower than the workload needs', 'Another process used the memory and this one was chosen by the OOM killer', 'Someone ran kill -9'],
    fixes: (c) => [
      {
        title: 'Confirm and reduce memory pressure',
        steps: [
          'Check the kernel log for the OOM killer',
          `Reduce the memory ${c.command ?? c.oomprocess ?? 'the process'} uses (smaller batches, fewer parallel jobs) or add RAM/swap`,
          'Limit parallelism of builds',
        ],
        code: 'sudo dmesg -T | grep -i -E "out of memory|killed process"\nfree -h\nmake -j2   # fewer parallel compile jobs',
      },
    ],
    references: [{ title: 'proc(5): /proc/pid/oom_score_adj', url: 'https://man7.org/linux/man-pages/man5/proc.5.html' }],
    samples: ['./train.sh: line 12:  4821 Killed                  python train.py --epochs 50', 'Epoch 3/50\nKilled', '[12345.678901] Out of memory: Killed process 4821 (python) total-vm:16548212kB, anon-rss:15234560kB'],
  },
  {
    id: 'shell.test-operator-expected',
    language: 'shell',
    match: /\[{1,2}: (?<operator>[^\s:]{1,20}): (?<kind>unary|binary) operator expected|(?<tooMany>\[: too many arguments)|(?<![\w-])unary operator expected/,
    errorType: (c) => (c.tooMany ? '[: too many arguments' : `${c.kind ?? 'unary'} operator expected`),
    category: 'syntax',
    priority: 40,
    summary: 'A [ ] test got the wrong number of words, usually because a variable is empty or contains spaces and is not quoted.',
    explanation: (c) =>
      'The test command [ expects exactly "[ a OP b ]". An unquoted empty variable disappears' +
      `${c.operator ? ` (so "[ $x ${c.operator} 1 ]" becomes "[ ${c.operator} 1 ]")` : ''}, and an unquoted value with spaces turns into several words ("too many arguments"). ` +
      'Quoting variables inside [ ] (or using [[ ]] in bash) fixes both.',
    causes: ['Unquoted variable that is empty or unset', 'Unquoted variable containing spaces or a glob', '== or other bash-only operators used in sh'],
    fixes: [
      {
        title: 'Quote the variables (or use [[ ]] in bash)',
        steps: ['Always quote variables inside [ ]', 'Provide defaults for optional variables'],
        code: 'if [ "$STATUS" = "ok" ]; then echo ok; fi\nif [[ $STATUS == ok ]]; then echo ok; fi   # bash\nif [ "${COUNT:-0}" -gt 0 ]; then ...; fi',
      },
    ],
    references: [{ title: 'Bash manual: Bash conditional expressions', url: `${BASH_MANUAL}/Bash-Conditional-Expressions.html` }],
    samples: ['./check.sh: line 4: [: =: unary operator expected', './check.sh: line 9: [: too many arguments'],
  },
  {
    id: 'shell.integer-expression-expected',
    language: 'shell',
    match: /\[{1,2}: (?<value>[^\n:]{0,100}): integer expression expected/,
    errorType: 'integer expression expected',
    category: 'type',
    priority: 40,
    summary: (c) => `A numeric test (-eq, -lt, -gt…) got "${c.value ?? ''}", which is not an integer.`,
    explanation: (c) =>
      `[ x -eq y ] and friends compare integers only. The value "${c.value ?? ''}" is ${c.value === '' ? 'empty' : /\./.test(c.value ?? '') ? 'a decimal number (shell arithmetic is integer-only)' : 'not a number'} — ` +
      'typically command output with a newline/\\r or unit ("42%", "1.5"), or an unset variable.',
    causes: ['Decimal numbers (bash arithmetic is integer-only)', 'Command output with units, spaces or \\r (CRLF)', 'Empty/unset variable', 'String comparison done with -eq instead of ='],
    fixes: [
      {
        title: 'Clean the value or compare differently',
        steps: ['Strip non-digits / take the integer part', 'Use = for strings, and bc/awk for decimals'],
        code: 'usage=$(df --output=pcent / | tail -1 | tr -dc \'0-9\')\n[ "${usage:-0}" -gt 90 ] && echo "disk almost full"\nawk -v a="$x" -v b="1.5" \'BEGIN { exit !(a > b) }\' && echo bigger',
      },
    ],
    references: [{ title: 'Bash manual: Bash conditional expressions', url: `${BASH_MANUAL}/Bash-Conditional-Expressions.html` }],
    samples: ['./monitor.sh: line 6: [: 87%: integer expression expected', './ci.sh: line 11: [: : integer expression expected'],
  },
  {
    id: 'shell.too-many-open-files',
    language: 'shell',
    match: /^-?(?:bash|sh|zsh|dash): [^\n]{0,200}?Too many open files|\(24: Too many open files\)/m,
    errorType: 'EMFILE',
    category: 'runtime',
    priority: 35,
    summary: 'A process hit its limit on open file descriptors (EMFILE).',
    explanation:
      'Each process may keep only "ulimit -n" files and sockets open at once (often 1024). Servers with many connections, file watchers, or code that never closes files hit it. ' +
      'Raising the limit helps when the usage is legitimate; a leak will hit any limit eventually.',
    causes: ['Low soft limit (ulimit -n 1024) for a busy server or file watcher', 'File or socket handles leaked (never closed)', 'systemd/Docker imposing their own LimitNOFILE'],
    fixes: [
      {
        title: 'Inspect usage and raise the limit where needed',
        steps: ['Count open descriptors of the process', 'Raise the limit in the shell, systemd unit or container'],
        code: 'ulimit -n\nls /proc/<pid>/fd | wc -l\nulimit -n 65535              # current shell\n# systemd unit: LimitNOFILE=65535\n# docker: --ulimit nofile=65535:65535',
      },
    ],
    references: [{ title: 'getrlimit(2): RLIMIT_NOFILE', url: 'https://man7.org/linux/man-pages/man2/getrlimit.2.html' }, { title: 'Bash manual: Bourne shell builtins (ulimit)', url: `${BASH_MANUAL}/Bash-Builtins.html` }],
    samples: ['-bash: start_pipeline: pgrp pipe: Too many open files', '2024/05/06 10:00:01 [crit] 1234#0: accept4() failed (24: Too many open files)'],
  },
  {
    id: 'shell.ssh-connect-failed',
    language: 'shell',
    // Also the identification exchange cut by the server (MaxStartups, fail2ban, a host firewall): "kex_exchange_identification: read: Connection reset by peer".
    match: /ssh: connect to host (?<host>\S{1,253}) port (?<port>\d{1,5}): (?<reason>Connection refused|Connection timed out|No route to host|Network is unreachable|Operation timed out)|ssh: Could not resolve hostname (?<dnshost>[^\s:]{1,253}):|(?:kex|ssh)_exchange_identification: (?:read: )?(?<exchange>Connection reset by peer|Connection closed by remote host)/,
    errorType: (c) => (c.dnshost ? 'Could not resolve hostname' : (c.reason ?? c.exchange ?? 'connection failed')),
    category: 'network',
    priority: 35,
    summary: (c) =>
      c.dnshost
        ? `The host name ${c.dnshost} cannot be resolved.`
        : c.exchange
          ? `The SSH server closed the connection before the handshake: ${c.exchange}.`
          : `SSH cannot connect to ${c.host ?? 'the host'} on port ${c.port ?? '22'}: ${c.reason ?? 'failed'}.`,
    explanation: (c) =>
      c.exchange
        ? 'The TCP connection was made, and the server (or something in front of it) dropped it before the first SSH messages: sshd refusing more unauthenticated connections (MaxStartups), fail2ban or a host firewall (hosts.deny) blocking this address, or sshd failing on its own configuration or host keys. rsync, scp and git over ssh report the same failure with their own follow-up lines.'
        : c.reason === 'Connection refused'
        ? 'The host answered, but nothing listens on that port: sshd is not running, listens on another port, or the wrong host/IP is used.'
        : c.dnshost
          ? 'DNS has no record for the name: a typo, a host alias missing from ~/.ssh/config, or a VPN/internal DNS not connected.'
          : 'No answer reached the host: a firewall/security group blocks the port, the host is down, or it is only reachable through a VPN/bastion.',
    causes: ['sshd not running or listening on another port', 'Firewall / cloud security group blocks the port', 'Wrong host, IP or port; host only reachable via VPN or bastion'],
    fixes: (c) => [
      {
        title: 'Test the path to the host',
        steps: ['Check DNS and the port', 'Verbose ssh shows where it stops', 'Use the right port / jump host'],
        code: `nc -vz ${c.host ?? c.dnshost ?? 'host'} ${c.port ?? '22'}\nssh -v user@${c.host ?? c.dnshost ?? 'host'}\nssh -J bastion.example.com user@${c.host ?? c.dnshost ?? 'host'}`,
      },
    ],
    references: [{ title: 'ssh(1)', url: 'https://man7.org/linux/man-pages/man1/ssh.1.html' }],
    samples: ['ssh: connect to host 203.0.113.10 port 22: Connection timed out', 'ssh: Could not resolve hostname prod-db: Name or service not known'],
  },
  {
    id: 'shell.host-key-verification',
    language: 'shell',
    match: /WARNING: (?<changed>REMOTE HOST IDENTIFICATION HAS CHANGED)!(?:[\s\S]{0,1500}?Offending (?:\w{2,10} )?key in (?<file>[^:\n]{1,300}):(?<line>\d{1,7}))?|Host key verification failed\./,
    // The banner names the cause; "Host key verification failed" alone is the refusal without it.
    errorType: (c) => (c.changed ? 'REMOTE HOST IDENTIFICATION HAS CHANGED' : 'Host key verification failed'),
    category: 'permission',
    priority: 45,
    summary: (c) =>
      c.file ? `The server's SSH host key changed since it was recorded in ${c.file}:${c.line ?? '?'}.` : 'SSH could not verify the server\'s host key.',
    explanation: (c) =>
      (c.file
        ? 'SSH remembers each server\'s host key in known_hosts. The server now presents another key: it was reinstalled/recreated (common with cloud VMs reusing IPs), or — rarely — someone is intercepting the connection. '
        : 'The host is not in known_hosts (and the session cannot ask you to confirm, e.g. in CI or Docker builds), or its key changed. ') +
      'Verify the new fingerprint through a trusted channel before accepting it.',
    causes: ['Server reinstalled or IP reused by another machine', 'First connection from CI/containers with an empty known_hosts', 'Possible man-in-the-middle (verify!)'],
    fixes: (c) => [
      {
        title: 'Update known_hosts after verifying the fingerprint',
        steps: ['Remove the old entry', 'Fetch and check the new key fingerprint', 'In CI, add the host key explicitly'],
        code: `ssh-keygen -R <host>${c.file ? `   # entry in ${c.file} line ${c.line ?? '?'}` : ''}\nssh-keyscan -t ed25519 github.com >> ~/.ssh/known_hosts\nssh-keygen -lf ~/.ssh/known_hosts | grep github.com`,
      },
    ],
    references: [{ title: 'ssh-keygen(1) (-R)', url: 'https://man7.org/linux/man-pages/man1/ssh-keygen.1.html' }, { title: 'GitHub: SSH key fingerprints', url: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/githubs-ssh-key-fingerprints' }],
    samples: [
      '@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\n@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\nIT IS POSSIBLE THAT SOMEONE IS DOING SOMETHING NASTY!\nOffending ECDSA key in /home/ann/.ssh/known_hosts:14\nHost key verification failed.',
      'Host key verification failed.\nfatal: Could not read from remote repository.',
    ],
  },
];

/** Default / required-variable idioms for an unset variable (a positional parameter gets its own form). */
function unboundFix(variable: string | undefined): string {
  const name = (variable ?? 'NAME').replace(/^\$/, '');
  if (/^\d+$/.test(name)) return `TARGET="\${${name}:-staging}"        # default for a missing argument\n: "\${${name}:?usage: $0 <target>}"   # or fail with a usage message`;
  if (!/^[A-Za-z_]\w*$/.test(name)) return ': "${NAME:=default}"';
  return `${name}="\${${name}:-default}"           # optional, with a default\n: "\${${name}:?${name} must be set}"   # required: fail with a clear message`;
}

/** The command name from whichever shell's "not found" form matched. */
/** The token a syntax error names, in bash's or dash's wording. */
function tokenOf(c: Readonly<Record<string, string>>): string | undefined {
  return c.token ?? c.dtoken ?? c.word ?? c.btoken ?? c.bword;
}


/** bash's keywords and builtins that sh (dash, busybox ash) lacks: "sh: 1: [[: not found", "source: not found". */
const BASH_ONLY = new Set(['[[', 'source', 'declare', 'typeset', 'shopt', 'pushd', 'popd', 'mapfile', 'readarray', 'function', 'complete', 'disown']);
function bashOnly(c: Readonly<Record<string, string>>): boolean {
  return BASH_ONLY.has(c.command ?? '');
}

function cmd(c: Readonly<Record<string, string>>): string {
  return c.command ?? c.zcommand ?? c.fcommand ?? c.wcommand ?? c.pscommand ?? c.ucommand?.trim() ?? c.lcommand ?? c.mcommand ?? c.m2command ?? 'the-command';
}
