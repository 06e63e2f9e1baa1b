import type { ErrorPattern } from '../rules/error-pattern';
import { catalogMessage, catalogPattern, nameOr as or, type CatalogEntry } from './linux-catalog.patterns';
import { ref } from './answer-parts';

/**
 * A fifth catalog pass over the shell family, from everyday command-line errors as people paste them (terminals, CI
 * steps, Dockerfile RUN output, cron mails) that the engine answered with another language or not at all: Homebrew's
 * own messages (a formula or cask that is not there, conflicting formulae, the link step, an uninstall refused, a cask's
 * app already or no longer in /Applications), snap's classic confinement where it cannot be had, crontab's missing last
 * newline, cp's relative symlinks, systemctl status's exit status of systemd's own steps, scp's refused file names, old
 * rsync's code 23, awk.exe on Windows, fish's and zsh's wordings in a function or a sourced file.
 *
 * The type is the tool's phrase without the names around it, or the system error it reports (corpus README, shell
 * row). The `n` group captures the name the message is about.
 */

const REFS = {
  brew: [ref('Homebrew: FAQ', 'https://docs.brew.sh/FAQ'), ref('Homebrew: brew(1) manual', 'https://docs.brew.sh/Manpage'), ref('Homebrew: Troubleshooting', 'https://docs.brew.sh/Troubleshooting')],
  tools: [
    ref('GNU Coreutils manual', 'https://www.gnu.org/software/coreutils/manual/coreutils.html'),
    ref('systemd.exec(5): process exit codes', 'https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Process%20Exit%20Codes'),
    ref('snap: classic confinement', 'https://snapcraft.io/docs/classic-confinement'),
    ref('crontab(5)', 'https://man7.org/linux/man-pages/man5/crontab.5.html'),
    ref('scp(1)', 'https://man.openbsd.org/scp'),
    ref('rsync(1): exit values', 'https://download.samba.org/pub/rsync/rsync.1#EXIT_VALUES'),
  ],
  shells: [ref('fish: Frequently asked questions', 'https://fishshell.com/docs/current/faq.html'), ref('zsh manual: Invocation', 'https://zsh.sourceforge.io/Doc/Release/Invocation.html'), ref('Bash manual: Exit Status', 'https://www.gnu.org/software/bash/manual/html_node/Exit-Status.html')],
};


const BREW_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`(?:Error|Warning): No available formula(?: or cask)? (?:with the name "|for )(?<n>[^"\s]{1,200})`,
    type: 'No available formula',
    why: 'Homebrew has no formula by that name: a typo, a program that is packaged as a cask (an app: install it with --cask), a formula that lives in a tap that is not tapped, one that was renamed or removed, or local formula lists older than the formula (brew update has not run).',
    fix: 'Search for the name, then install the formula or cask it finds',
    code: (n) => `brew update\nbrew search ${or(n, '<name>')}\nbrew info ${or(n, '<name>')}\nbrew install --cask ${or(n, '<name>')}   # when it is an app (a cask)\nbrew tap <user/repo>                   # when it lives in a third-party tap`,
  },
  {
    re: String.raw`(?:Error|Warning): Cask '(?<n>[^'\n]{1,200})' is unavailable: No Cask with this name exists`,
    type: 'No Cask with this name exists',
    why: 'No cask by that name is in the taps Homebrew knows: a typo, a program that is a formula rather than a cask, a cask that was renamed or removed, or stale local lists.',
    fix: 'Search for the name and install what it finds',
    code: (n) => `brew update\nbrew search ${or(n, '<name>')}\nbrew install ${or(n, '<name>')}   # when it is a formula`,
  },
  {
    re: String.raw`Error: Cannot install (?<n>\S{1,200}) because conflicting formulae are installed`,
    type: 'conflicting formulae are installed',
    why: 'An installed formula puts files (commands with the same names) where this one would link its own, so Homebrew refuses to install both linked at once. The lines under the message name that formula and why they conflict.',
    fix: 'Unlink the conflicting formula the message names, then install',
    code: (n) => `brew info ${or(n, '<formula>')}          # "Conflicts with:" names the other formula\nbrew unlink <conflicting formula>\nbrew install ${or(n, '<formula>')}`,
  },
  {
    re: String.raw`Error: The \`brew link\` step did not complete successfully(?:(?=[\s\S]{0,800}?\n[ \t]{0,6}brew link (?:--overwrite )?(?<n>[\w@.+\/-]{1,100})[ \t\r]*(?:\n|$))|)`,
    type: 'The `brew link` step did not complete successfully',
    why: 'The formula was installed into the Cellar but could not be linked into the prefix: a file or symlink it needs to create already exists (left by another formula, an older install or a manual copy), or the prefix directory is not writable by your user.',
    fix: 'See which files are in the way, then link again',
    code: (n) => `brew link --overwrite --dry-run ${or(n, '<formula>')}   # the files that are in the way\nbrew link --overwrite ${or(n, '<formula>')}\nsudo chown -R "$(whoami)" "$(brew --prefix)"/*        # when a directory is not writable`,
  },
  {
    re: String.raw`Error: Could not symlink (?<n>\S{1,300})`,
    type: 'Could not symlink',
    why: 'Homebrew could not create the link for that file in its prefix: the target already exists and belongs to another formula (the message names it and how to unlink it), or the directory is not writable.',
    fix: 'Unlink the formula that owns the target, or overwrite the link',
    code: (n) => `ls -l "$(brew --prefix)/${or(n, 'bin/<file>')}"   # which formula owns it\nbrew unlink <formula that owns it>\nbrew link --overwrite <formula>`,
  },
  {
    re: String.raw`Error: Could not link:\s{1,4}(?<n>\S{1,300})`,
    type: 'Could not link',
    why: "Homebrew's update could not replace a file of its own with a link: the file was left by an older Homebrew or a failed update.",
    fix: 'Delete the paths it lists, then update again',
    code: (n) => `rm ${or(n, '<path it lists>')}\nbrew update`,
  },
  {
    re: String.raw`Error: Your Command Line Tools are too outdated`,
    type: 'Your Command Line Tools are too outdated',
    why: "Homebrew needs the Command Line Tools (the compilers and SDK) of the current Xcode for this macOS; the installed ones are older, often after a macOS upgrade.",
    fix: 'Update the Command Line Tools, or reinstall them',
    code: () => `softwareupdate --all --install --force\nsudo rm -rf /Library/Developer/CommandLineTools\nsudo xcode-select --install`,
  },
  {
    re: String.raw`Error: Refusing to uninstall (?<n>\S{1,300})\s{1,4}because it is required by`,
    type: 'Refusing to uninstall',
    why: 'Other installed formulae depend on the one being removed, so Homebrew keeps it: removing it would break them.',
    fix: 'Keep it, or remove the formulae that need it first',
    code: (n) => {
      // A keg path (/usr/local/Cellar/gcc/14.2.0_1) names the formula in its Cellar directory.
      const formula = or(n, '<formula>').replace(/^.*\/Cellar\/([^/]+)(?:\/.*)?$/, '$1');
      return `brew uses --installed ${formula}   # what depends on it\nbrew uninstall --ignore-dependencies ${formula}   # only if you mean to break them`;
    },
  },
  {
    re: String.raw`Error: It seems there is already an App at '(?<n>[^'\n]{1,300})'`,
    type: 'there is already an App',
    why: "The cask would install its app where an app of that name already is: one installed by hand (a downloaded .dmg) or by the App Store, which Homebrew will not overwrite without being told.",
    fix: 'Adopt the app that is there, or replace it',
    code: (n) => `brew install --cask --adopt <cask>   # keep the app at ${or(n, '/Applications/<App>.app')} and manage it\nbrew install --cask --force <cask>   # replace it`,
  },
  {
    re: String.raw`It seems the App source '(?<n>[^'\n]{1,300})' is not there`,
    type: 'App source is not there',
    why: "Homebrew still records the cask as installed, but its app was deleted or moved by hand (dragged to the Trash, or updated by the app itself under another name), so there is nothing to upgrade or uninstall.",
    fix: "Reinstall the cask, or drop Homebrew's record of it",
    code: (n) => `ls -d ${JSON.stringify(or(n, '/Applications/<App>.app'))}\nbrew reinstall --cask <cask>\nbrew uninstall --cask --force <cask>   # when you removed the app on purpose`,
  },
];

const TOOL_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`(?:Error loading key|load pubkey) "(?<n>[^"\n]{1,300})": (?<kind>invalid format|error in libcrypto)`,
    type: (g) => g.kind ?? 'invalid format',
    why: 'ssh-add or ssh could not read the key file: a private key pasted with Windows line endings or without its final newline (a CI secret), a public key (.pub) where the private one belongs, or a key in a format this OpenSSH does not read.',
    fix: 'Check that the file is the private key, with Unix line endings and a final newline',
    code: (n) => `head -1 ${n}   # -----BEGIN OPENSSH PRIVATE KEY----- (not ssh-ed25519 AAAA..., the public key)\ntr -d '\\r' < ${n} > /tmp/key && mv /tmp/key ${n} && chmod 600 ${n}\nssh-keygen -y -f ${n}   # reads the key, or says why not`,
  },
  {
    re: String.raw`error: snap "(?<n>[^"\n]{1,100})" requires classic confinement which is only available on classic systems`,
    type: 'only available on classic systems',
    why: 'The snap needs classic confinement (it runs without the sandbox), which Ubuntu Core and other all-snap systems do not offer: it cannot be installed there at all.',
    fix: 'Install it on a classic system, or use another package of it',
    code: (n) => `snap info ${n}   # confinement: classic\n# on Ubuntu Core, run the tool in a container or use a strictly confined alternative`,
  },
  {
    re: String.raw`error: cannot install "(?<n>[^"\n]{1,100})": classic confinement requires snaps under \/snap or symlink from \/snap to \S{1,200}`,
    type: 'classic confinement requires snaps under /snap',
    why: 'On distributions that mount snaps under /var/lib/snapd/snap (Fedora, Arch, openSUSE), classic snaps need the /snap path they were built for, and it is missing.',
    fix: 'Create the /snap link, then install again',
    code: (n) => `sudo ln -s /var/lib/snapd/snap /snap\nsudo snap install ${n} --classic`,
  },
  {
    re: String.raw`new crontab file is missing newline before EOF, can't install`,
    type: 'missing newline before EOF',
    why: 'crontab refuses a file whose last line does not end with a newline (cron would ignore that last entry): the file was written by a program or an editor that left the final newline off.',
    fix: 'End the file with a newline, then install it again',
    code: () => `printf '\\n' >> mycron.txt\ncrontab mycron.txt\ncrontab -l`,
  },
  {
    re: String.raw`cp: (?<n>[^:\n]{1,300}): can make relative symbolic links only in current directory`,
    type: 'can make relative symbolic links only in current directory',
    why: 'cp -s (or cp -rs) creates symbolic links instead of copies, and GNU cp makes them only from absolute source paths when the destination is another directory: a relative source would point at the wrong place from there.',
    fix: 'Give cp -s the source as an absolute path',
    code: (n) => `cp -rs "$(realpath <source>)" <destination>   # ${n}\nln -s "$(realpath <source>)" <destination>`,
  },
  {
    re: String.raw`(?<n>\S{1,200}): cannot execute \[(?<errno>Argument list too long)\]`,
    type: (g) => g.errno ?? 'Argument list too long',
    why: 'The command line was longer than the kernel accepts (ARG_MAX): a wildcard such as * expanded to tens of thousands of file names, so the program could not even be started.',
    fix: 'Hand the names over in batches with find or xargs',
    code: (n) => `find . -maxdepth 1 -name '*.tmp' -delete\nfind . -maxdepth 1 -name '*.tmp' -print0 | xargs -0 ${n.replace(/^.*\//, '')}`,
  },
  {
    re: String.raw`(?<=^|\n)(?:zsh: )?too many levels of symbolic links: (?<n>[^\s:]{1,300})[ \t\r]*(?=\n|$)`,
    type: 'Too many levels of symbolic links',
    why: 'zsh followed a chain of symbolic links that never reaches a file: a link that points at itself, two links that point at each other, or a link made with a relative target that resolves back to the link.',
    fix: 'Look at where the link points, and make it again with an absolute target',
    code: (n) => `ls -l ${n}\nreadlink -f ${n}\nln -sf "$(pwd)/<real file>" /usr/local/bin/${n.replace(/^.*\//, '')}`,
  },
  {
    re: String.raw`(?:Main PID|Process): \d{1,10} (?:Exec\w{2,20}=(?<n>[^\s()]{1,300})[^\n()]{0,400})?\(code=exited, status=(?<kind>2\d\d\/[A-Z_]{2,30})\)`,
    type: (g) => g.kind ?? '203/EXEC',
    why: "systemctl status shows an exit status between 200 and 243: systemd's own, from the step of starting the service that failed before the program ran (203/EXEC: the ExecStart= program is missing, not executable, or a script without a #! line; 200/CHDIR: WorkingDirectory=; 217/USER: User=).",
    fix: 'Check the setting of the step that failed',
    code: (n) => `ls -l ${or(n, '<ExecStart program>')}   # it must exist and be executable\nhead -1 ${or(n, '<ExecStart program>')}   # a script needs a #! line\nsystemctl cat <unit>\njournalctl -u <unit> -b --no-pager | tail -30`,
  },
  {
    re: String.raw`(?<n>[\w@.\\-]{1,200}\.(?:service|socket|timer|mount|path|target)): Control process exited, code=exited, status=(?<kind>2\d\d\/[A-Z_]{2,30})`,
    type: (g) => g.kind ?? '203/EXEC',
    why: "A status between 200 and 243 is systemd's own: the step of starting one of the unit's control commands (ExecStartPre=, ExecStop=, ExecReload=) failed before the program ran (CGROUP: the unit's control group could not be set up; EXEC: a missing program).",
    fix: "Check the unit's commands and the settings of that step",
    code: (n) => `systemctl cat ${n}\nsystemctl status ${n}\njournalctl -u ${n} -b --no-pager | tail -30`,
  },
  {
    re: String.raw`(?<=^|\n)(?:\S{0,200}\/)?g?tar: (?<n>[^:\n]{1,300}): Not found in archive`,
    type: 'Not found in archive',
    why: 'tar was asked to extract a member the archive does not hold under that name: the path inside the archive differs (a leading directory or ./, another version in the name), or the archive is another one than expected.',
    fix: "List the archive's members and use the name it shows",
    code: (n) => `tar -tf <archive> | grep -F '${n.replace(/^.*\//, '')}'\ntar -xf <archive> '<name as listed>'`,
  },
  {
    re: String.raw`su: user  does not exist`,
    type: 'user does not exist',
    why: 'su was given an empty user name: the script builds the name from a variable (a service user from a configuration file) that is unset or empty, so su looks up a user called "".',
    fix: 'Set the variable that holds the user name',
    code: () => `bash -x ./script.sh 2>&1 | grep -n 'su '   # the su line and the value it got\ngetent passwd <user>`,
  },
  {
    re: String.raw`rsync error: some files could not be transferred \(code 23\)`,
    type: 'some files could not be transferred',
    why: 'rsync (2.6, as macOS ships it) copied what it could, but some files failed: the lines above say which (permission denied on the destination, a file that vanished, a name the destination file system refuses).',
    fix: 'Read the errors above the summary, and fix those files',
    code: () => `rsync -av --itemize-changes <src>/ <user@host:dest>/ 2>&1 | grep -v '^[<>.c]'   # only the failures\nrsync --version   # macOS: brew install rsync for a current one`,
  },
  {
    re: String.raw`(?<n>[A-Za-z]:\\[^\n:]{0,300}\\[gnm]?awk\.exe): syntax error at source line \d{1,7}`,
    type: 'syntax error',
    why: 'A Windows build of awk was handed a program it cannot parse: under MinGW or MSYS a Windows path (C:\\...) ended up in the awk program, or the program was quoted for a Unix shell and cmd.exe passed the quotes on.',
    fix: 'Run the step from the MSYS2 shell, with Unix paths',
    code: (n) => `# awk: ${n}\ncygpath -u 'C:\\path'   # a Unix path for the tools\nwhich awk`,
  },
  {
    re: String.raw`scp: error: unexpected filename: (?<n>[^\n]{0,300})`,
    type: 'unexpected filename',
    why: 'OpenSSH 7.9 and later check the file names the remote side sends (CVE-2018-20685): a copy of "dir/." or "." is refused, and so are names the request did not ask for.',
    fix: 'Name the directory itself instead of "dir/.", or use rsync',
    code: () => `scp -rp /var/lib/app/remotes/ host:/var/tmp/app   # not remotes/.\nrsync -a /var/lib/app/remotes/ host:/var/tmp/app/`,
  },
  {
    re: String.raw`protocol error: filename does not match request`,
    type: 'filename does not match request',
    why: "scp (OpenSSH 8.0 and later) checks that the files the remote side sends match the wildcard it asked for; a remote shell that expands the pattern differently (zsh's options, quoting) fails that check.",
    fix: 'Quote the remote pattern, or turn the check off with -T for a trusted host',
    code: () => `scp 'host:/var/log/app/*.log' ./logs/\nscp -T host:/var/log/app/*.log ./logs/   # trusted host only`,
  },
];

const SHELL_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`\(line \d{1,6}\): Unsupported use of '='\.`,
    type: 'syntax error',
    why: "fish does not take bash's NAME=value assignment: a variable is set with set, and a one-command environment with env (fish 3.1+ accepts NAME=value only before a command). A file written for bash or zsh was sourced by fish.",
    fix: "Write the assignment fish's way, or run the file with bash",
    code: () => `set -gx NAME value      # not NAME=value\nenv NAME=value command\nbash ./script.sh        # a script written for bash`,
  },
  {
    re: String.raw`(?<n>[\w-]{1,60}): Unknown option [“"][^”"\n]{1,40}[”"][ \t\r]*\n~?[^\n]{0,300}\.fish \(line \d{1,6}\)`,
    type: 'invalid option',
    why: 'A fish builtin was given an option this version of fish does not have: a plugin or completion written for a newer fish (set -a arrived in fish 3.0).',
    fix: 'Upgrade fish, or update the plugin for your version',
    code: (n) => `fish --version\n${n} --help`,
  },
  {
    re: String.raw`(?<=^|\n)[\w.:-]{1,100}:\d{1,6}: permission denied: (?<n>[^\s:]{1,300})[ \t\r]*(?=\n|$)`,
    type: 'Permission denied',
    why: 'A zsh function (a prompt, a plugin) ran a file that is not executable for your user, or a directory: the plugin was installed as root, or its files lost their execute bit.',
    fix: 'Give the file its execute permission back, or own the plugin directory',
    code: (n) => `ls -l "$(command -v ${n} || echo ${n})"\nchmod +x "$(command -v ${n} || echo ${n})"\nsudo chown -R "$USER" ~/.oh-my-zsh   # or the directory of the plugin`,
  },
  {
    re: String.raw`zsh: can't open input file: (?<n>\S{1,300})`,
    type: 'No such file or directory',
    why: 'zsh was asked to run a script file it cannot open: the path is wrong (relative to the current directory), or a script sourced another one by a path built from a variable that was empty.',
    fix: 'Check the path, and the variable it is built from',
    code: (n) => `ls -l ${n}\nzsh -x ./script.sh   # the line that builds the path`,
  },
];

export const SHELL_CATALOG5_PATTERNS: readonly ErrorPattern[] = [
  catalogMessage({
    id: 'shell.apk-index-warning',
    tool: 'apk',
    category: 'configuration',
    // Below shell.apk-catalog (20): apk's ERROR line above these warnings (a mirror it cannot reach) is the error.
    priority: 19,
    requires: /WARNING: Ignoring /,
    re: String.raw`WARNING: Ignoring (?<n>\S{0,300}APKINDEX[\w.]{0,40}\.tar\.gz): (?<errno>No such file or directory|IO ERROR)`,
    type: (g) => g.errno ?? 'No such file or directory',
    why: "apk has no package index for a repository: the image was built with the index cache removed (apk add --no-cache, rm -rf /var/cache/apk/*) and apk update has not run since, or the index could not be read. Packages from that repository cannot be found until the index is fetched again.",
    fix: 'Fetch the indexes in the same step as the install',
    code: (n) => `apk update   # ${n}\napk add --no-cache <packages>   # fetches the index for this command only`,
    references: [ref('Alpine Linux: apk', 'https://wiki.alpinelinux.org/wiki/Alpine_Package_Keeper')],
    samples: ['WARNING: Ignoring APKINDEX.84815163.tar.gz: No such file or directory\nWARNING: Ignoring APKINDEX.24d64ab1.tar.gz: No such file or directory'],
  }),
  catalogPattern({
    id: 'shell.homebrew-catalog',
    tool: 'Homebrew',
    category: 'configuration',
    priority: 24,
    entries: BREW_ENTRIES,
    references: REFS.brew,
    requires: /Command Line Tools are too outdated|No available formula|No Cask with this name|conflicting formulae|brew link` step|Could not symlink|Could not link:|Refusing to uninstall|already an App at|App source '/,
    samples: [
      'Error: No available formula with the name "wget"\n==> Searching for similarly named formulae...\nError: No similarly named formulae found.',
      'Error: Cannot install coreutils because conflicting formulae are installed.\n  md5sha1sum: because both install `md5sum` and `sha1sum` binaries\n\nPlease `brew unlink md5sha1sum` before continuing.',
      'Error: The `brew link` step did not complete successfully\nThe formula built, but is not symlinked into /usr/local\nCould not symlink .\n/usr/local/opt is not writable.\n\nYou can try again using:\n  brew link libev',
    ],
  }),
  catalogPattern({
    id: 'shell.tools-catalog5',
    tool: 'shell',
    category: 'configuration',
    priority: 24,
    entries: TOOL_ENTRIES,
    references: REFS.tools,
    requires: /Error loading key|load pubkey|requires classic confinement|classic confinement requires|missing newline before EOF|relative symbolic links only|cannot execute \[|too many levels of symbolic links: |code=exited, status=2|could not be transferred \(code 23\)|su: user {2}does not exist|Not found in archive|awk\.exe: syntax error|unexpected filename|filename does not match request/,
    samples: [
      'error: snap "gh" requires classic confinement which is only available on classic systems',
      ' Main PID: 3693 (code=exited, status=203/EXEC)',
      'scp: error: unexpected filename: .',
    ],
  }),
  catalogPattern({
    id: 'shell.shells-catalog5',
    tool: 'shell',
    category: 'syntax',
    priority: 24,
    entries: SHELL_ENTRIES,
    references: REFS.shells,
    requires: /Unsupported use of '='|Unknown option [“"]|: permission denied: |can't open input file/,
    samples: ["~/.config/fish/conf.d/init.fish (line 11): Unsupported use of '='. To run 'x=1' with a modified environment, please use 'env x=1…'", 'prompt_todo:2: permission denied: todo.sh'],
  }),
];
