import type { Captures, ErrorPattern } from '../rules/error-pattern';
import type { Reference } from '../translation';
import { fix, ref } from './answer-parts';

/**
 * Administering a Linux or macOS system from a shell (language 'shell'): terminals (a program asking
 * for one where there is none, TERM), accounts (useradd and its family, passwd through PAM, sudo's own
 * set-up), mounts, gpg's keys and keyservers, systemd where it does not run, the locale's byte
 * sequences, curl writing its output, direnv, and the version managers (pyenv, rbenv, nvm, asdf…).
 * A system error (errno) a command reports is named by its message, as shell.system-error does.
 */

const MAN7 = (page: string, section: number): Reference => ref(`${page}(${section})`, `https://man7.org/linux/man-pages/man${section}/${page}.${section}.html`);


// ---------------------------------------------------------------------------------------------
// Terminals

/** The programs that read or change terminal settings, and why each one met a non-terminal. */
function ttyTool(c: Captures): 'gpg' | 'stty' | 'mesg' | 'other' {
  const tool = c.tool ?? '';
  if (/^gpg/.test(tool) || /sign|decrypt|encrypt|pinentry|agent/.test(c.what ?? '')) return 'gpg';
  if (/^(?:stty|tput|tset|reset|setterm|tabs)$/.test(tool)) return 'stty';
  if (tool === 'mesg') return 'mesg';
  return 'other';
}

const TTY_WHY: Readonly<Record<ReturnType<typeof ttyTool>, string>> = {
  gpg: 'gpg needs the passphrase of the secret key and asks gpg-agent, which starts pinentry to prompt for it. The curses/tty pinentry draws on the terminal named by the GPG_TTY variable (or the agent\'s start-up terminal); when GPG_TTY is unset, or gpg runs where there is no terminal at all (its input piped, an IDE committing with git, a CI job, a container, an ssh command), pinentry cannot open the terminal and the signing fails with this system error.',
  stty: 'stty (and tput, reset, setterm) read or change the settings of the terminal on their standard input. A script or startup file ran them where standard input is not a terminal: a cron job, a systemd service, a CI step, `docker run` without -t, a Heroku or Kubernetes container, `ssh host command`, or input redirected from a file or pipe. The ioctl that reads terminal settings fails with ENOTTY on anything that is not a terminal.',
  mesg: 'Debian and Ubuntu put `mesg n` in /root/.profile. Run by a login shell that has no terminal (a Vagrant or Ansible provisioner, `su -` in a script, `ssh host command`), it cannot look up the terminal and prints this. The command that follows still runs.',
  other: 'The command asked the operating system for a terminal operation (ioctl) on a file descriptor that is not a terminal, which fails with ENOTTY. It ran without a terminal: from a script with redirected input, cron, a CI job, a service, or a container started without -t.',
};

// TERM and the terminfo database.
const TERM_PHRASES = String.raw`No value for \$TERM and no -T specified|TERM environment variable not set|unknown terminal(?: type)?|Error opening terminal|missing or unsuitable terminal|terminal is not fully functional`;

// ---------------------------------------------------------------------------------------------
// Accounts

const SHADOW_TOOLS = 'useradd|usermod|userdel|groupadd|groupmod|groupdel|gpasswd|newusers|chpasswd|passwd|chage|adduser|addgroup|deluser|delgroup';

/** useradd's family's failure as its phrase without the names in it. */
function accountPhrase(c: Captures): string {
  if (c.phrase) {
    const subject = c.subject ?? 'user';
    if (c.phrase.startsWith('exists - ')) return 'group exists';
    if (c.phrase.startsWith('is currently used by process')) return `${subject} is currently used by process`;
    return `${subject} ${c.phrase}`;
  }
  if (c.phrase2) return `${c.subject2 ?? 'user'} ${c.phrase2}`;
  if (c.idPhrase) return `${c.idKind ?? 'UID'} ${c.idPhrase}`;
  if (c.lock) return 'cannot lock';
  if (c.invalid) return c.invalid;
  if (c.unknown) return c.unknown;
  if (c.home) return 'the home directory already exists';
  return 'account error';
}
/** The user or group the message names. */
const accountName = (c: Captures): string => c.name ?? c.name2 ?? c.name3 ?? c.name4 ?? c.id ?? 'app';

const PAM_MESSAGES = [
  'Authentication token manipulation error',
  'Authentication token lock busy',
  'Authentication token is no longer valid; new one required',
  'Authentication failure',
  'Module is unknown',
  'Have exhausted maximum number of retries for service',
  'User not known to the underlying authentication module',
  'Authentication service cannot retrieve authentication info',
];
const PAM_WHY: Readonly<Record<string, string>> = {
  'Authentication token manipulation error':
    'PAM could not write the new password. The usual reasons: the root file system is mounted read-only (recovery or single-user mode, a container image, a disk the kernel remounted after errors); /etc/shadow carries the immutable attribute (chattr +i, set by hardening scripts); /etc/shadow is missing an entry for the user or is out of sync with /etc/passwd; the disk is full; SELinux labels on /etc/shadow are wrong; or, for an ordinary user, the current password typed was wrong.',
  'Authentication token lock busy': 'Another process holds the lock on the password files (/etc/.pwd.lock, /etc/shadow.lock): a second passwd or useradd, or a stale lock left by one that crashed.',
  'Authentication token is no longer valid; new one required': "The account's password has expired (chage -l shows it), so PAM demands a new one before anything else; without a terminal to ask on, the command fails.",
  'Authentication failure':
    'The password was wrong, or the account cannot authenticate with a password at all: on Ubuntu and macOS root has no password (it is locked), so `su` and `su -` always fail until one is set; a locked or expired account fails the same way.',
  'Module is unknown': 'A file in /etc/pam.d names a PAM module that is not installed (a pam_*.so missing after a package removal or an upgrade that moved the modules), so PAM refuses every request of that service.',
  'Have exhausted maximum number of retries for service': 'Every new password was refused by the quality checks (pam_pwquality or pam_cracklib: too short, too simple, a dictionary word, too like the old one) and the retries ran out. The BAD PASSWORD lines above say why each was refused.',
  'User not known to the underlying authentication module': 'PAM found no such user: the name is misspelt, or the account lives in a directory service (LDAP, sssd, AD) that is unreachable or not configured for this service.',
  'Authentication service cannot retrieve authentication info': 'PAM could not read the account\'s authentication data: /etc/shadow has no line for the user (pwconv not run after editing /etc/passwd), or the directory service (sssd, LDAP) does not answer.',
};
const PAM_FIX: Readonly<Record<string, { title: string; code: (user: string) => string }>> = {
  'Authentication token manipulation error': {
    title: 'Make /etc/shadow writable, then set the password again',
    code: (u) => `mount | grep ' / '                  # "ro" means a read-only root\nsudo mount -o remount,rw /\nlsattr /etc/shadow /etc/passwd       # an "i" means immutable\nsudo chattr -i /etc/shadow /etc/passwd\nsudo pwck; df -h /\nsudo passwd ${u}`,
  },
  'Authentication token lock busy': { title: 'Find the process holding the lock, or remove a stale lock', code: (u) => `ps aux | grep -E 'passwd|useradd|usermod'\nls -l /etc/*.lock /etc/.pwd.lock\nsudo passwd ${u}` },
  'Authentication token is no longer valid; new one required': { title: 'Set a new password, or change the ageing policy', code: (u) => `sudo chage -l ${u}\nsudo passwd ${u}\nsudo chage -M 99999 ${u}   # never expire, if that is the policy` },
  'Authentication failure': { title: 'Use sudo rather than su, or give the account a password', code: (u) => `sudo -i                 # a root shell with your own password\nsudo passwd ${u}          # only if the account really needs a password` },
  'Module is unknown': { title: 'Find the PAM module that is missing and install it (or remove the line)', code: () => 'grep -rn "pam_" /etc/pam.d/ | less\nls /lib/*/security/ /usr/lib*/security/ 2>/dev/null\nsudo pam-auth-update   # Debian/Ubuntu' },
  'Have exhausted maximum number of retries for service': { title: 'Choose a password the quality checks accept', code: (u) => `cat /etc/security/pwquality.conf\nsudo passwd ${u}` },
  'User not known to the underlying authentication module': { title: 'Check the user exists where PAM looks for it', code: (u) => `getent passwd ${u}\nsystemctl status sssd   # a directory service` },
  'Authentication service cannot retrieve authentication info': { title: 'Give the user a line in /etc/shadow', code: (u) => `sudo grep '^${u}:' /etc/passwd /etc/shadow\nsudo pwconv\nsudo passwd ${u}` },
};

// ---------------------------------------------------------------------------------------------
// sudo's own set-up

const SUDO_PROBLEMS: Readonly<Record<string, { why: string; fix: string; code: (c: Captures) => string }>> = {
  'unknown user': {
    why: 'sudo looks the target user up (root unless -u names another) through the system\'s user database, and found no such user: /etc/passwd has no line for it, /etc/passwd is not readable (its mode was changed from 644), or /etc/nsswitch.conf points at a directory service (LDAP, sssd) that does not answer. On NAS systems and minimal containers the administrator account may not be called root at all.',
    fix: 'Check that the user exists and that /etc/passwd is readable by everyone.',
    code: (c) => `getent passwd ${c.user ?? 'root'}\nls -l /etc/passwd /etc/group      # -rw-r--r-- root root\ngrep -E '^(passwd|group):' /etc/nsswitch.conf`,
  },
  'unknown uid': {
    why: 'The user running sudo has no entry in the user database: a container started with --user 1000 (or an OpenShift random UID) whose image has no such user, or an account removed while still logged in. sudo needs the invoking user\'s name to check the sudoers rules.',
    fix: 'Run as a user the image or system defines, or add the UID to /etc/passwd.',
    code: (c) => `id\ngetent passwd ${c.uid ?? '"$(id -u)"'}\n# Dockerfile: RUN useradd --uid ${c.uid ?? '1000'} --create-home app && USER app`,
  },
  'you do not exist in the passwd database': {
    why: 'The user running sudo has no entry in the user database: a container started with --user and a UID the image does not define, or an account removed while still logged in.',
    fix: 'Run as a user the system defines, or add the UID to /etc/passwd.',
    code: () => 'id\ngetent passwd "$(id -u)"\n# Dockerfile: RUN useradd --uid 1000 --create-home app',
  },
  'effective uid is not 0': {
    why: 'sudo works only when the kernel runs it as root through its setuid bit, and here it did not. Either the file system holding it is mounted nosuid (a sandbox such as a Flatpak or Snap IDE terminal, a container, an NFS or user-mounted /usr), the binary has lost its setuid bit or its root owner (a chown -R or a copy), or the process was started with "no new privileges" (Docker --security-opt no-new-privileges, systemd NoNewPrivileges=, some IDE terminals), which makes the kernel ignore setuid.',
    fix: 'Check the binary\'s owner and mode, the mount options, and the no-new-privileges flag.',
    code: (c) => `ls -l ${c.binary ?? '/usr/bin/sudo'}        # should be -rwsr-xr-x root root\nfindmnt -T ${c.binary ?? '/usr/bin/sudo'} -o TARGET,OPTIONS   # nosuid?\ngrep NoNewPrivs /proc/self/status   # 1 = setuid is ignored\n# restore, from a root shell (su -, or recovery mode):\nchown root:root ${c.binary ?? '/usr/bin/sudo'} && chmod 4755 ${c.binary ?? '/usr/bin/sudo'}`,
  },
  'must be owned by uid 0 and have the setuid bit set': {
    why: 'The sudo binary is no longer owned by root with the setuid bit: a recursive chown or chmod over /usr, a copy of the file, or an extraction that dropped the bits. Without them the kernel does not run sudo as root.',
    fix: 'Restore the owner and the setuid bit from a root shell.',
    code: (c) => `# su -, or boot into recovery mode, then:\nchown root:root ${c.binary ?? '/usr/bin/sudo'}\nchmod 4755 ${c.binary ?? '/usr/bin/sudo'}`,
  },
  'is world writable': {
    why: 'sudo refuses a sudoers file that anyone could edit, since that would give everyone root. A chmod -R over /etc, or an editor that saved it with other permissions, did it.',
    fix: 'Give the sudoers file its usual owner and mode back from a root shell.',
    code: (c) => `# su -, pkexec bash, or recovery mode:\nchown root:root ${c.file ?? '/etc/sudoers'}\nchmod 0440 ${c.file ?? '/etc/sudoers'}\nvisudo -c`,
  },
  'is owned by uid, should be 0': {
    why: 'sudo refuses configuration files not owned by root: a chown -R over /etc or /usr changed their owner.',
    fix: 'Give the file back to root from a root shell.',
    code: (c) => `# su -, pkexec bash, or recovery mode:\nchown root:root ${c.file ?? '/etc/sudoers'}\nvisudo -c`,
  },
  'parse error': {
    why: 'The sudoers file has a syntax error (usually from editing it without visudo), so sudo refuses to run at all.',
    fix: 'Fix the file with visudo from a root shell; visudo checks it before saving.',
    code: (c) => `pkexec visudo -f ${c.file ?? '/etc/sudoers'}    # or su -, or recovery mode\nvisudo -c`,
  },
  'no valid sudoers sources found': {
    why: 'sudo found no sudoers file it may use: it is missing, unreadable, or refused (wrong owner or mode, a syntax error) as the lines before say.',
    fix: 'Repair the sudoers file named above from a root shell.',
    code: () => '# su -, pkexec bash, or recovery mode:\nls -l /etc/sudoers /etc/sudoers.d\nchown root:root /etc/sudoers && chmod 0440 /etc/sudoers\nvisudo -c',
  },
  'incorrect password attempts': {
    why: 'The password was typed wrongly that many times. sudo asks for your own password (not root\'s); a keyboard layout or Caps Lock, or a password piped in with -S but not matching, are the usual reasons.',
    fix: 'Type your own account\'s password; reset it from another admin account if it is lost.',
    code: () => 'sudo -k && sudo -v\n# from another admin account:\nsudo passwd "$USER"',
  },
  'account validation failure': {
    why: "PAM's account check failed: the password has expired, the account is locked or expired (chage), or pam_access/pam_time forbid it now.",
    fix: 'Check the account\'s state from another admin account.',
    code: () => 'sudo chage -l "$USER"\nsudo passwd -S "$USER"\nsudo faillock --user "$USER"',
  },
  'no new privileges': {
    why: 'The process runs with the kernel\'s no_new_privs flag (Docker --security-opt no-new-privileges, systemd NoNewPrivileges=, a sandboxed IDE or Flatpak terminal), so setuid programs such as sudo cannot gain root.',
    fix: 'Run the command outside the sandbox, or drop the flag from the container or unit.',
    code: () => 'grep NoNewPrivs /proc/self/status\n# systemd unit: NoNewPrivileges=no\n# docker: remove --security-opt no-new-privileges',
  },
  'you must have a tty to run sudo': {
    why: 'sudoers has "Defaults requiretty" (older Red Hat and CentOS systems), so sudo refuses to run without a terminal: from cron, a CI job, or `ssh host sudo …` without -t.',
    fix: 'Allow this user to run sudo without a terminal, or give it one.',
    code: () => 'sudo visudo\n# Defaults:deploy !requiretty\nssh -t host sudo systemctl restart app',
  },
  'unable to initialize policy plugin': {
    why: 'sudo could not load its sudoers policy; the line before this one says why (a sudoers file with a wrong owner, mode or syntax, an unknown user, a missing plugin).',
    fix: 'Read the sudo line above this one, and fix the sudoers files from a root shell.',
    code: () => '# su -, pkexec bash, or recovery mode:\nvisudo -c\nls -l /etc/sudoers /etc/sudoers.d /etc/sudo.conf',
  },
};

function sudoProblem(c: Captures): string {
  if (c.unknownUser) return 'unknown user';
  if (c.unknownUid) return 'unknown uid';
  if (c.noPasswd) return 'you do not exist in the passwd database';
  if (c.effective) return 'effective uid is not 0';
  if (c.setuid) return 'must be owned by uid 0 and have the setuid bit set';
  if (c.writable) return 'is world writable';
  if (c.owned) return 'is owned by uid, should be 0';
  if (c.parse) return 'parse error';
  if (c.noSources) return 'no valid sudoers sources found';
  if (c.attempts) return 'incorrect password attempts';
  if (c.validation) return 'account validation failure';
  if (c.nnp) return 'no new privileges';
  if (c.requiretty) return 'you must have a tty to run sudo';
  return 'unable to initialize policy plugin';
}

// ---------------------------------------------------------------------------------------------
// Mounts

function mountPhrase(c: Captures): string {
  if (c.busy) return c.busy;
  if (c.notMounted) return 'not mounted';
  if (c.wrongFs) return 'wrong fs type';
  if (c.noPoint) return 'mount point does not exist';
  if (c.special) return 'special device does not exist';
  if (c.superuser) return c.superuser.replace(/^(only root can (?:unmount|mount)) \S+$/, '$1');
  if (c.unknownFs) return 'unknown filesystem type';
  if (c.already) return 'already mounted';
  if (c.readOnly) return 'cannot mount read-only';
  return 'mount error';
}
const mountPoint = (c: Captures): string => c.path ?? c.path2 ?? '/mnt/data';
const mountDevice = (c: Captures): string => c.device ?? c.device2 ?? c.device3 ?? c.device4 ?? '/dev/sdb1';

// ---------------------------------------------------------------------------------------------
// Version managers

const ENV_MANAGERS = 'pyenv|rbenv|nodenv|goenv|jenv|plenv|phpenv|luaenv|scalaenv|swiftenv|crenv|exenv|tfenv|tgenv';
/** The command that installs a version with each manager. */
function installCommand(tool: string, version: string, plugin?: string): string {
  if (tool === 'jenv') return `jenv add /path/to/jdk-${version}   # jenv only registers JDKs installed another way`;
  if (tool === 'nvm') return `nvm install ${version}`;
  if (tool === 'asdf') return `asdf install ${plugin ?? 'nodejs'} ${version}`;
  if (tool === 'rvm') return `rvm install ${version}`;
  if (tool === 'sdk') return `sdk install ${plugin ?? 'java'} ${version}`;
  return `${tool} install ${version}`;
}

// ---------------------------------------------------------------------------------------------
// gpg

/** gpg's (libgpg-error's) reasons that name the problem better than the operation that failed. */
const GPG_REASONS = ['No secret key', 'No public key', 'No pinentry', 'Operation cancelled', 'Bad passphrase', 'Timeout'];
function gpgType(c: Captures): string {
  if (c.keyserverOp) return c.keyserverOp;
  if (c.op) return GPG_REASONS.find((r) => (c.reason2 ?? '').startsWith(r)) ?? `${c.op} failed`;
  if (c.noData) return c.noData;
  if (c.agent) return c.agent;
  if (c.cantCheck) return (c.reason4 ?? '').startsWith('No public key') ? 'No public key' : c.cantCheck;
  if (c.bad) return c.bad;
  return c.unsafe ?? 'gpg error';
}

export const SYSTEM_ADMIN_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'shell.not-a-terminal',
    language: 'shell',
    // ENOTTY: a terminal operation on something that is not a terminal. "gpg: signing failed: …",
    // "stty: 'standard input': …", "mesg: ttyname failed: …"; bash's job control is shell.job-control's.
    match: /(?<![^\s'"])(?<tool>[a-z][\w.+-]{0,39})(?:\[\d{1,10}\])?: (?:(?!cannot set terminal process group)(?<what>[^\n]{0,200}?): )?Inappropriate ioctl for device/,
    requires: /Inappropriate ioctl for device/,
    errorType: 'Inappropriate ioctl for device',
    category: 'runtime',
    priority: 30,
    summary: (c) =>
      ttyTool(c) === 'gpg'
        ? `${c.tool} could not ask for the key's passphrase: pinentry has no terminal to prompt on.`
        : `${c.tool} needs a terminal${c.what ? ` (${c.what})` : ''} and is not running in one.`,
    explanation: (c) => TTY_WHY[ttyTool(c)],
    causes: (c) =>
      ttyTool(c) === 'gpg'
        ? ['GPG_TTY is not set in the shell that runs gpg (or git commit -S)', 'gpg runs without a terminal: piped input, an IDE, CI, a container', 'A curses pinentry where a graphical one (pinentry-mac, pinentry-gnome3) or loopback mode is needed']
        : ['A script or startup file runs terminal commands unconditionally', 'The command runs from cron, a service, CI, or a container started without -t', 'Standard input is redirected from a file or a pipe'],
    fixes: (c) => {
      const tool = c.tool ?? 'stty';
      switch (ttyTool(c)) {
        case 'gpg':
          return [
            fix('Tell gpg-agent which terminal to prompt on', ['Export GPG_TTY in your shell\'s startup file, and refresh the agent\'s idea of the terminal.', 'Where there is no terminal at all (CI, scripts), use loopback pinentry with the passphrase from a file or a secret.'], `echo 'export GPG_TTY=$(tty)' >> ~/.bashrc   # or ~/.zshrc\nexport GPG_TTY=$(tty)\ngpg-connect-agent updatestartuptty /bye\n# without a terminal:\n${tool} --batch --pinentry-mode loopback --passphrase-file ~/.gnupg/pass.txt --clearsign file.txt`),
          ];
        case 'mesg':
          return [fix('Make mesg in the profile run only on a terminal', ['Replace the plain `mesg n` line in /root/.profile (or ~/.profile).'], "sudo sed -i 's/^mesg n.*/tty -s \\&\\& mesg n || true/' /root/.profile")];
        default:
          return [
            fix(`Run ${tool} only when there is a terminal`, ['Guard the command with a test for a terminal on standard input, or give the command a terminal (docker run -t, ssh -t).'], `if [ -t 0 ]; then ${tool === 'stty' ? 'stty -echo' : tool}; fi\n# or discard the complaint where no terminal is expected:\n${tool === 'stty' ? 'stty -echo' : tool} 2>/dev/null || true`),
          ];
      }
    },
    references: [
      ref('GnuPG: Invoking GPG-AGENT (GPG_TTY)', 'https://www.gnupg.org/documentation/manuals/gnupg/Invoking-GPG_002dAGENT.html'),
      ref('GNU Coreutils: stty invocation', 'https://www.gnu.org/software/coreutils/manual/html_node/stty-invocation.html'),
      MAN7('ioctl', 2),
    ],
    samples: [
      'gpg: signing failed: Inappropriate ioctl for device\ngpg: [stdin]: clear-sign failed: Inappropriate ioctl for device',
      "stty: 'standard input': Inappropriate ioctl for device",
      'mesg: ttyname failed: Inappropriate ioctl for device',
    ],
  },
  {
    id: 'shell.terminal-type',
    language: 'shell',
    // TERM names the terminal's type for terminfo: unset (cron, docker exec without -t) or unknown here.
    match: new RegExp(
      String.raw`(?:(?<tool>[a-z][\w.+-]{0,39}): )?(?<phrase>No value for \$TERM and no -T specified|TERM environment variable not set)|(?<tool2>[a-z][\w.+-]{0,39}): (?<unknown>unknown terminal) ["'‘](?<term>[\w.+-]{1,60})["'’]|["'‘](?<term2>[\w.+-]{1,60})["'’]: (?<unknownType>unknown terminal type)|(?<opening>Error opening terminal): (?<term3>[\w+-]{1,60})|(?<unsuitable>missing or unsuitable terminal): (?<term4>[\w.+-]{1,60})|(?<notFunctional>terminal is not fully functional)`,
    ),
    requires: new RegExp(TERM_PHRASES),
    errorType: (c) => c.phrase ?? c.unknown ?? c.unknownType ?? c.opening ?? c.unsuitable ?? c.notFunctional ?? 'unknown terminal',
    category: 'configuration',
    priority: 30,
    summary: (c) => {
      const term = c.term ?? c.term2 ?? c.term3 ?? c.term4;
      if (term) return `The terminal type ${term} (the TERM variable) is not known to this system's terminfo database.`;
      if (c.notFunctional) return 'The program found TERM set to a terminal type too limited for it (often "dumb").';
      return `${c.tool ?? 'The program'} needs to know the terminal's type, and TERM is not set.`;
    },
    explanation: (c) => {
      const term = c.term ?? c.term2 ?? c.term3 ?? c.term4;
      if (term)
        return `Programs that draw on the terminal (tput, clear, less, nano, htop, tmux) look the type named by TERM up in the terminfo database. ${term} has no entry here: newer terminal emulators (kitty, Alacritty, WezTerm, foot, Ghostty) set a TERM of their own, and ssh passes it on to servers and containers that do not have its terminfo file.`;
      if (c.notFunctional) return 'TERM is "dumb" or another type without cursor control: an editor\'s or IDE\'s output pane, Emacs shell mode, or a CI log. Pagers such as less warn and carry on.';
      return `${c.tool ?? 'The program'} uses the TERM variable to find the terminal's capabilities, and TERM is empty: the command runs without a terminal (cron, a systemd unit, a CI job, docker exec without -t, a script started by another program), where no one set it. In a script, tput calls for colours or widths are the usual source.`;
    },
    causes: ['A script using tput or clear run from cron, CI, a service or a container without a terminal', 'A terminal emulator whose TERM value has no terminfo entry on the remote machine or in the image'],
    fixes: (c) => {
      const term = c.term ?? c.term2 ?? c.term3 ?? c.term4;
      if (term)
        return [
          fix(`Install the terminfo entry for ${term}, or use a TERM the system knows`, ['Copy the entry from a machine that has it, install the package that ships extra entries, or fall back to a common type for that session.'], `infocmp -x ${term} | ssh user@host -- tic -x -   # copy it to the server\nsudo apt-get install ncurses-term                 # Debian/Ubuntu: many more entries\nexport TERM=xterm-256color                        # fallback for this session`),
        ];
      return [
        fix(`Set TERM, or let ${c.tool ?? 'tput'} run only on a terminal`, ['In scripts, give tput a type when TERM is empty, or skip the terminal commands when output is not a terminal.', 'In docker exec/run, pass -t so a terminal (and TERM) exists.'], `export TERM=\${TERM:-dumb}\n${c.tool ?? 'tput'} -T "\${TERM:-dumb}" cols\nif [ -t 1 ]; then bold=$(tput bold); fi\ndocker exec -it container bash`),
      ];
    },
    references: [MAN7('term', 7), MAN7('tput', 1), ref('kitty FAQ: errors about the terminal being unknown over ssh', 'https://sw.kovidgoyal.net/kitty/faq/#i-get-errors-about-the-terminal-being-unknown-or-opening-the-terminal-failing-when-sshing-into-a-different-computer')],
    samples: ['tput: No value for $TERM and no -T specified', "'xterm-kitty': unknown terminal type.", 'Error opening terminal: xterm-ghostty.'],
  },
  {
    id: 'shell.account-management',
    language: 'shell',
    // shadow's useradd family, Debian's adduser and busybox's adduser/addgroup: the phrase without the names.
    match: new RegExp(
      String.raw`(?<![\w.-])(?<tool>${SHADOW_TOOLS}): (?:warning: )?(?:(?<subject>user|group) [\x60'‘"]?(?<name>[^\s'’"\x60]{1,64}?)['’"]? (?<phrase>already exists|does not exist|exists - if you want to add this user to that group, use -g|in use|is currently used by process (?<pid>\d{1,10}))|(?<idKind>UID|GID|uid|gid) [\x60'‘"]?(?<id>\d{1,10})['’"]? (?<idPhrase>is not unique|already exists|in use)|(?<lock>cannot lock) (?<lockFile>\/etc\/[\w.-]{1,30})|(?<invalid>invalid (?:user|group) name) [\x60'‘"](?<name3>[^'’"\n]{0,64})['’"]|(?<unknown>unknown (?:user|group)) (?<name4>[^\s'’"]{1,64})|(?<home>the home directory)(?: (?<homeDir>\/\S{0,300}))? already exists)|(?:(?:adduser|addgroup|fatal): )?The (?<subject2>user|group) [\x60'‘"](?<name2>[^'’"\n]{1,64})['’"] (?<phrase2>already exists|does not exist)`,
    ),
    requires: new RegExp(String.raw`(?:${SHADOW_TOOLS}): |The (?:user|group) [\x60'‘"]`),
    errorType: accountPhrase,
    category: 'configuration',
    priority: 35,
    summary: (c) => {
      const name = accountName(c);
      const phrase = accountPhrase(c);
      if (c.lock) return `${c.tool} could not lock ${c.lockFile} to change the accounts.`;
      if (phrase === 'group exists') return `useradd would create a group named ${name} for the new user, and that group already exists.`;
      const named = /^(?:user|group|UID|GID|uid|gid) /.test(phrase) ? phrase.replace(/^(\S+) /, `$1 ${name} `) : `${phrase}: ${name}`;
      return `${c.tool ?? 'adduser'}: ${named}.`;
    },
    explanation: (c) => {
      const name = accountName(c);
      const phrase = accountPhrase(c);
      if (/already exists|in use$|is not unique/.test(phrase) && !c.home)
        return `${name} is already taken on this system, and ${c.tool ?? 'useradd'} never reuses or replaces an account. Setup and install scripts that run a second time meet the account they created the first time; base images already define common accounts (node, www-data, nobody, UID 1000 in many images); and a script that creates an account named after the user running it ($USER, $(id -un)) meets root when run as root.`;
      if (phrase === 'group exists')
        return `With USERGROUPS_ENAB (the default on most distributions) useradd creates a private group with the same name as each new user. A group called ${name} already exists, so useradd stops rather than guess: add the user to that group with -g ${name}, or skip the private group with -N.`;
      if (/does not exist|^unknown/.test(phrase))
        return `No ${/group/.test(phrase) ? 'group' : 'user'} called ${name} exists here (in /etc/${/group/.test(phrase) ? 'group' : 'passwd'} or the directory service). It is misspelt, it is created later in the script than it is used, or it belongs to software not installed yet (the docker group appears with Docker, sudo is wheel on Fedora and Arch).`;
      if (c.pid) return `${name} still has processes running (process ${c.pid}): usermod cannot change the name, UID or home of a user who is logged in or runs services, and userdel will not remove one.`;
      if (c.lock)
        return `Changing accounts locks ${c.lockFile} first. The lock failed: the command did not run as root (a "Permission denied" line comes first), another account tool is running, a stale lock file (${c.lockFile}.lock) was left by one that crashed, or /etc is read-only.`;
      if (c.invalid) return `${name} is not a valid name: by default names must start with a lower-case letter or underscore and hold only lower-case letters, digits, _ and - (up to 32 characters); capitals, dots at the start and names of digits only are refused.`;
      return `The home directory${c.homeDir ? ` ${c.homeDir}` : ''} already exists, so useradd did not copy /etc/skel into it; its owner may not be the new user.`;
    },
    causes: (c) => {
      const phrase = accountPhrase(c);
      if (phrase === 'group exists') return ["useradd's private group for the new user (USERGROUPS_ENAB) has the name of an existing group", 'The group was created first, for the service or by an earlier run'];
      if (/already exists|in use$|is not unique/.test(phrase)) return ['A setup script run a second time', 'An account the base image or the system already defines', 'A name taken from $USER, which is root when the script runs as root'];
      if (/does not exist|^unknown/.test(phrase)) return ['A misspelt name', 'The group or user is created after the command that needs it', "A group that other software (Docker) creates, or another distribution's name for it"];
      if (c.lock) return ['Not running as root', 'Another account tool running, or a stale lock file', 'A read-only /etc'];
      return ['The account is in use, or the name does not follow the rules'];
    },
    fixes: (c) => {
      const name = accountName(c);
      const phrase = accountPhrase(c);
      const tool = c.tool ?? (c.name2 ? 'adduser' : 'useradd');
      if (phrase === 'group exists')
        return [fix(`Make the existing group ${name} the user's primary group`, ['Pass -g with the group, or -N to create no private group.'], `useradd -g ${name} -s /bin/bash -m ${name}\n# or: useradd -N -m ${name}`)];
      if (/already exists|in use$|is not unique/.test(phrase) && !c.home) {
        if (c.idKind)
          return [fix(`See who has ${c.idKind} ${c.id}, and choose another or reuse that account`, ['Look the ID up, then pick a free one (or rename the existing account).'], `getent ${/g/i.test(c.idKind.charAt(0)) ? 'group' : 'passwd'} ${c.id}\n${/g/i.test(c.idKind.charAt(0)) ? 'groupadd' : 'useradd'} -${/g/i.test(c.idKind.charAt(0)) ? 'g' : 'u'} 1001 ...`)];
        const group = /group/.test(phrase);
        return [
          fix(`Create ${name} only when it does not exist yet`, ['Make the step idempotent: test for the account before creating it.', 'In a Dockerfile, reuse the account the base image already has, or pick another name.'], group ? `getent group ${name} >/dev/null || ${/^add/.test(tool) ? `addgroup ${name}` : `groupadd ${name}`}` : `id -u ${name} >/dev/null 2>&1 || ${/^add/.test(tool) ? `adduser ${name}` : `useradd -m ${name}`}\ngetent passwd ${name}`),
        ];
      }
      if (/does not exist|^unknown/.test(phrase)) {
        const group = /group/.test(phrase);
        return [fix(`Create ${name} first, or use the name this system has`, ['Check the existing names, then create the missing one before the command that needs it.'], group ? `getent group | cut -d: -f1 | sort\ngroupadd ${name}   # busybox: addgroup ${name}` : `getent passwd ${name} || useradd -m ${name}`)];
      }
      if (c.pid) return [fix(`Stop ${name}'s processes first`, ['Log the user out and stop its services, then run the command again.'], `ps -fp ${c.pid}\nsudo loginctl terminate-user ${name}\nsudo pkill -u ${name}`)];
      if (c.lock) return [fix(`Run ${tool} as root, and clear a stale lock on ${c.lockFile}`, ['Use sudo; if no account tool is running, remove the leftover lock file.'], `sudo ${tool} ...\nps aux | grep -E 'useradd|usermod|passwd|vipw'\nls -l ${c.lockFile}.lock /etc/.pwd.lock`)];
      if (c.invalid) return [fix(`Use a valid name instead of ${name}`, ['Lower-case letters, digits, _ and -, starting with a letter.'], `${tool} ${name.toLowerCase().replace(/[^a-z0-9_-]/g, '') || 'app'}`)];
      return [fix('Fix the ownership of the existing home directory', ['Give the directory to the new user, and copy the skeleton files if wanted.'], `sudo chown -R ${name}: ${c.homeDir ?? `/home/${name}`}\nsudo cp -rn /etc/skel/. ${c.homeDir ?? `/home/${name}`}`)];
    },
    references: [MAN7('useradd', 8), MAN7('groupadd', 8), MAN7('usermod', 8), ref('adduser(8) (Debian)', 'https://manpages.debian.org/stable/adduser/adduser.8.en.html')],
    samples: ["useradd: user 'netdata' already exists", 'useradd: group deploy exists - if you want to add this user to that group, use -g.', "usermod: group 'docker' does not exist", 'groupadd: GID 1000 already exists'],
  },
  {
    id: 'shell.pam-password',
    language: 'shell',
    // PAM's messages (pam_strerror) after passwd, chpasswd, su…; passwd's "Changing password for user x." names the account.
    match: new RegExp(
      String.raw`(?:Changing password for (?:user )?(?<user>[\w$-]{1,32}(?:\.[\w$-]{1,32}){0,3})\.?[\s\S]{0,400}?)?(?<![\w.-])(?<tool>passwd|chpasswd|su|sudo|doas|chsh|chfn|login|runuser|newgrp|chage|pkexec|usermod)(?:\[\d{1,10}\])?: (?:[^\n]{0,200}?(?:error|failed)[:,]\s{0,3})?(?<pam>${PAM_MESSAGES.join('|')})`,
    ),
    requires: new RegExp(PAM_MESSAGES.join('|')),
    errorType: (c) => c.pam ?? 'Authentication failure',
    category: 'permission',
    priority: 35,
    summary: (c) => `${c.tool} failed in PAM: ${c.pam}${c.user ? ` (user ${c.user})` : ''}.`,
    explanation: (c) => `${c.tool} hands authentication and password changes to PAM, which answered "${c.pam}". ${PAM_WHY[c.pam ?? ''] ?? ''}`.trim(),
    causes: (c) =>
      c.pam === 'Authentication token manipulation error'
        ? ['A read-only root file system (recovery mode, a container)', 'The immutable attribute on /etc/shadow or /etc/passwd', '/etc/shadow missing the user, a full disk, or wrong SELinux labels']
        : [(PAM_WHY[c.pam ?? ''] ?? 'PAM refused the request.').split(/(?<=\.) /)[0]],
    fixes: (c) => {
      const known = PAM_FIX[c.pam ?? ''];
      const user = c.user ?? '"$USER"';
      return [fix(known?.title ?? 'Read the PAM log for the service', [...(known ? ['Remove what keeps PAM from doing it, then run the command again.'] : []), 'The system log names the PAM module that refused and why.'], `${known ? `${known.code(user)}\n` : ''}sudo journalctl -t ${c.tool} -n 20   # or /var/log/auth.log, /var/log/secure`)];
    },
    references: [MAN7('passwd', 1), MAN7('pam', 8), MAN7('shadow', 5)],
    samples: ['passwd: Authentication token manipulation error\npasswd: password unchanged', 'Changing password for user hayden.\nNew password:\nRetype new password:\npasswd: Authentication token manipulation error', 'su: Authentication failure'],
  },
  {
    id: 'shell.sudo-setup',
    language: 'shell',
    // sudo refusing to run at all: its binary, its configuration, or the accounts involved.
    match: new RegExp(
      String.raw`sudo: (?:(?<unknownUser>unknown user):? (?<user>[^\s:]{1,64})|(?<unknownUid>unknown uid):? (?<uid>\d{1,10})|(?<noPasswd>you do not exist in the passwd database)|(?<effective>effective uid is not 0), is (?<binary>\/\S{1,200}) on a file system|(?<binary2>\/\S{1,200}) (?<setuid>must be owned by uid 0 and have the setuid bit set)|(?<file>\/\S{1,200}) (?:(?<writable>is world writable)|(?<owned>is owned by uid \d{1,10}, should be 0))|(?<parse>parse error) in (?<file2>\S{1,200}) near line (?<line>\d{1,7})|(?<noSources>no valid sudoers sources found)|(?<attempts>\d{1,3} incorrect password attempts?)|(?<validation>account validation failure)|The (?<nnp>"no new privileges" flag) is set|sorry, (?<requiretty>you must have a tty to run sudo)|(?<policy>unable to initialize policy plugin))`,
    ),
    requires: /sudo: /,
    errorType: sudoProblem,
    category: 'permission',
    priority: 35,
    summary: (c) => {
      const p = sudoProblem(c);
      if (p === 'unknown user') return `sudo cannot find the user ${c.user} in the user database.`;
      if (p === 'effective uid is not 0' || p.startsWith('must be owned')) return `sudo did not run as root: ${c.binary ?? c.binary2} is not running setuid root.`;
      if (p === 'is world writable' || p.startsWith('is owned')) return `sudo refuses ${c.file}: ${p === 'is world writable' ? 'anyone may write it' : 'root does not own it'}.`;
      if (p === 'parse error') return `sudo cannot read ${c.file2}: syntax error near line ${c.line}.`;
      return `sudo refused to run: ${p}.`;
    },
    explanation: (c) => SUDO_PROBLEMS[sudoProblem(c)]?.why ?? 'sudo could not set itself up.',
    causes: (c) => [(SUDO_PROBLEMS[sudoProblem(c)]?.why ?? 'sudo could not set itself up.').split(/(?<=[.:]) /)[0]],
    fixes: (c) => {
      const p = SUDO_PROBLEMS[sudoProblem(c)];
      const binary = c.binary ?? c.binary2;
      const file = c.file ?? c.file2;
      return [fix((p?.fix ?? 'Read the sudo lines above').replace(/\.$/, ''), [], p ? p.code({ ...c, ...(binary ? { binary } : {}), ...(file ? { file } : {}) }) : null)];
    },
    references: [ref('sudo(8)', 'https://www.sudo.ws/docs/man/sudo.man/'), ref('sudoers(5)', 'https://www.sudo.ws/docs/man/sudoers.man/'), ref('Linux kernel: No New Privileges flag', 'https://docs.kernel.org/userspace-api/no_new_privs.html')],
    samples: [
      'sudo: unknown user: root\nsudo: unable to initialize policy plugin',
      "sudo: effective uid is not 0, is /usr/bin/sudo on a file system with the 'nosuid' option set or an NFS file system without root privileges?",
      'sudo: /etc/sudoers is world writable\nsudo: no valid sudoers sources found, quitting\nsudo: unable to initialize policy plugin',
    ],
  },
  {
    id: 'shell.byte-sequence',
    language: 'shell',
    // EILSEQ: BSD's and macOS' "Illegal byte sequence" (tr, sed, grep in a UTF-8 locale), glibc's wording, iconv's own.
    match:
      /(?<![^\s'"])(?<tool>[a-z][\w.+-]{0,39}): (?:(?<what>[^\n]{0,200}?): )?(?:RE error: )?(?<phrase>[Ii]llegal byte sequence|Invalid or incomplete multibyte or wide character)|(?<iconv>iconv): (?<iconvPhrase>illegal input sequence|incomplete character or shift sequence)(?: at (?:position )?(?<position>\d{1,12}))?/,
    requires: /[Ii]llegal byte sequence|Invalid or incomplete multibyte|iconv: /,
    errorType: (c) => (c.iconvPhrase ? c.iconvPhrase : /^illegal/i.test(c.phrase ?? '') ? 'Illegal byte sequence' : (c.phrase ?? 'Illegal byte sequence')),
    category: 'io',
    priority: 30,
    summary: (c) => `${c.tool ?? c.iconv} met bytes that are not valid text in the current character encoding.`,
    explanation: (c) =>
      c.iconv
        ? `iconv met bytes that are not valid in the encoding given with -f${c.position ? ` (at byte ${c.position})` : ''}: the input is in another encoding than the one named (Windows-1252 or Latin-1 read as UTF-8, or UTF-16 with a BOM).`
        : /^illegal/i.test(c.phrase ?? '')
          ? `BSD and macOS tools (tr, sed, grep, awk) decode their input as text in the locale's encoding, UTF-8 on a Mac (LANG=en_US.UTF-8), and stop at bytes that are not valid UTF-8. The input is binary or in another encoding: the classic case is an install script making a random password with \`tr -dc 'a-zA-Z0-9' < /dev/urandom\`, which works with GNU tr on Linux and fails on macOS; a Latin-1 or Windows-1252 file read by sed does the same.`
          : `${c.tool} met a name or text whose bytes are not valid in the current locale's encoding (EILSEQ): usually a file name written in Latin-1 or another legacy encoding on a UTF-8 system, or a locale that is not UTF-8 reading UTF-8 text.`,
    causes: ['Binary data (/dev/urandom, a compressed file) read by a text tool', 'A file or file name in Latin-1 / Windows-1252 read in a UTF-8 locale', 'GNU-tool habits run on macOS or BSD'],
    fixes: (c) => {
      const tool = c.tool ?? c.iconv ?? 'tr';
      if (c.iconv) return [fix('Name the input\'s real encoding', ['Detect the encoding, then convert from it; //TRANSLIT or -c drop what cannot be converted.'], `file -i input.txt\niconv -f WINDOWS-1252 -t UTF-8 input.txt > output.txt\niconv -c -f UTF-8 -t UTF-8 input.txt > clean.txt   # drop invalid bytes`)];
      if (/^illegal/i.test(c.phrase ?? ''))
        return [
          fix(`Run ${tool} in the C locale, where every byte is a character`, ['Set LC_ALL=C for that command only: the tool then works on bytes, as GNU tools on Linux do.', 'For a file in a legacy encoding, convert it to UTF-8 first instead.'], `LC_ALL=C ${tool === 'tr' ? "tr -dc 'A-Za-z0-9' < /dev/urandom | head -c 32" : tool === 'sed' ? "sed -i '' 's/old/new/g' file.txt" : `${tool} ...`}\niconv -f WINDOWS-1252 -t UTF-8 file.txt > file.utf8.txt`),
        ];
      return [fix('Find and rename the names in a legacy encoding', ['List the names with invalid bytes and convert them to UTF-8 (convmv), or run the command in a matching locale.'], `LC_ALL=C ls | grep -P '[^\\x00-\\x7F]'\nconvmv -f latin1 -t utf-8 -r --notest .\nlocale`)];
    },
    references: [ref('tr(1) (FreeBSD)', 'https://man.freebsd.org/cgi/man.cgi?query=tr&sektion=1'), ref('locale(1) (FreeBSD)', 'https://man.freebsd.org/cgi/man.cgi?query=locale&sektion=1'), MAN7('iconv', 1), MAN7('errno', 3)],
    samples: ['tr: Illegal byte sequence', 'sed: RE error: illegal byte sequence', "ls: cannot access 'caf\\351.txt': Invalid or incomplete multibyte or wide character", 'iconv: illegal input sequence at position 1043'],
  },
  {
    id: 'shell.mount',
    language: 'shell',
    // util-linux mount and umount ("umount: /boot: target is busy."), older wordings too.
    match:
      /(?<![\w.-])(?<tool>u?mount)(?:\.\w{2,10})?: (?:(?<path>[^\s:]{1,300}): )?(?:(?<busy>target is busy|device is busy)|(?<notMounted>not mounted)|(?<wrongFs>wrong fs type, bad option, bad superblock)(?: on (?<device>[^\s,]{1,300}))?|(?<noPoint>mount point) (?:(?<path2>\S{1,300}) )?does not exist|(?<special>special device) (?<device2>\S{1,300}) does not exist|(?<superuser>must be superuser to (?:use mount|unmount)|only root can (?:do that|unmount \S{1,300}|mount \S{1,300}))|(?<unknownFs>unknown filesystem type) ['‘"](?<fstype>[^'’"\n]{1,40})['’"]|(?<device3>\S{1,300}) (?<already>already mounted|is already mounted)|(?<readOnly>cannot mount) (?<device4>\S{1,300}) read-only)/,
    requires: /mount: /,
    errorType: mountPhrase,
    category: 'io',
    priority: 30,
    summary: (c) => `${c.tool} failed on ${c.path ?? c.path2 ?? mountDevice(c)}: ${mountPhrase(c)}.`,
    explanation: (c) => {
      const p = mountPhrase(c);
      const point = mountPoint(c);
      if (c.busy) return `${point} cannot be unmounted while anything uses it: a process with a file open there or its working directory inside it (often your own shell, after cd ${point}), a service writing to it, a swap file, a loop device, or another file system mounted below it. On Raspberry Pi and similar systems, /boot is also in use by the running system's tools.`;
      if (c.notMounted) return `Nothing is mounted at ${point}: it was never mounted, already unmounted, or the path differs (a trailing part, a symlink).`;
      if (c.wrongFs) return `The kernel could not mount ${mountDevice(c)}: the file-system type is wrong or its driver or helper is not installed (mount.ntfs, mount.cifs from cifs-utils, mount.nfs from nfs-common), an option is invalid, or the device holds no file system (a whole disk instead of its partition, or a damaged one). dmesg gives the kernel's exact reason.`;
      if (c.noPoint) return `The directory to mount on, ${point}, does not exist: mount never creates it.`;
      if (c.special) return `${mountDevice(c)} does not exist: the disk is not attached, has another name (sdb vs sdc, nvme0n1p1), or is named by a UUID or label that changed.`;
      if (c.superuser) return 'Only root may mount file systems that are not listed in /etc/fstab with the user option; in a container, mounting needs privileges it does not have.';
      if (c.unknownFs) return `The kernel has no driver for the ${c.fstype} file system, and no mount.${c.fstype} helper is installed.`;
      if (c.already) return `${mountDevice(c)} is already mounted${c.path ? ` (on another mount point than ${c.path})` : ''}: the desktop may have mounted it automatically.`;
      return `${mountDevice(c)} cannot be mounted read-only (${p}): the file system needs a write to mount (a journal to replay, an unclean NTFS volume), or its driver has no read-only mode.`;
    },
    causes: (c) =>
      c.busy
        ? ['A shell or program whose working directory is inside the mount point', 'A process with files open there (a service, a file manager, an editor)', 'Another mount, a swap file or a loop device on it']
        : c.wrongFs || c.unknownFs
          ? ['The file-system helper package is not installed', 'The wrong -t type or option', 'A whole disk named instead of its partition']
          : ['A path or device name that is wrong or not there yet', 'Running without root'],
    fixes: (c) => {
      const point = mountPoint(c);
      const device = mountDevice(c);
      if (c.busy)
        return [fix(`Find what uses ${point}, stop it, then unmount`, ['List the processes using the mount (fuser or lsof), leave the directory in your own shell, stop those programs, and unmount again.', 'A lazy unmount (-l) detaches it now and finishes when the last user goes: a last resort.'], `cd /\nsudo fuser -vm ${point}\nsudo lsof +f -- ${point}\nsudo umount ${point}\nsudo umount -l ${point}   # last resort`)];
      if (c.wrongFs || c.unknownFs)
        return [fix(`Check what ${device} holds and install its helper`, ['See the file-system type, install its package, and read the kernel\'s reason.'], `lsblk -f\nsudo blkid ${device}\nsudo dmesg | tail\nsudo apt-get install ${c.fstype === 'cifs' ? 'cifs-utils' : c.fstype === 'nfs' ? 'nfs-common' : 'ntfs-3g exfatprogs cifs-utils nfs-common'}\nsudo mount -t ${c.fstype ?? 'ext4'} ${device} ${point}`)];
      if (c.noPoint) return [fix(`Create ${point} first`, [], `sudo mkdir -p ${point}\nsudo mount ${device} ${point}`)];
      if (c.superuser) return [fix('Mount as root, or list the mount in /etc/fstab with the user option', [], `sudo mount ${device} ${point}\n# /etc/fstab: ${device} ${point} auto noauto,user 0 0`)];
      return [fix(`Check the devices and mounts as the system sees them`, ['Compare the names with what lsblk and findmnt show.'], `lsblk -f\nfindmnt ${point}\nfindmnt -S ${device}`)];
    },
    references: [MAN7('umount', 8), MAN7('mount', 8), MAN7('fuser', 1)],
    samples: ['umount: /boot: target is busy\n        (In some cases useful info about processes that\n         use the device is found by lsof(8) or fuser(1).)', 'mount: /mnt/usb: wrong fs type, bad option, bad superblock on /dev/sdb1, missing codepage or helper program, or other error.', 'umount: /mnt/data: not mounted.'],
  },
  {
    id: 'shell.bsd-date',
    language: 'shell',
    // BSD date (macOS) reading a GNU-style argument as the time to set; touch's time formats.
    match:
      /(?:Failed conversion of ``(?<value>[^'\n]{0,100})'' using format ``(?<format>[^'\n]{0,100})''\s{1,4})?date: (?<illegal>illegal time format)|touch: (?<range>out of range or illegal time specification): (?<spec>[^\n]{0,60})|touch: (?<invalidFormat>invalid date format) ['‘"](?<value2>[^'’"\n]{0,100})['’"]/,
    requires: /illegal time format|illegal time specification|invalid date format/,
    errorType: (c) => c.illegal ?? c.range ?? c.invalidFormat ?? 'illegal time format',
    category: 'syntax',
    priority: 30,
    summary: (c) => (c.illegal ? `BSD date could not read ${c.value ? `"${c.value}" with the format ${c.format}` : 'its argument'} as a time.` : `touch could not read the time ${c.spec ?? c.value2}.`),
    explanation: (c) =>
      c.illegal
        ? `This is BSD date (macOS, FreeBSD). An argument that does not start with + is the time to set, in the form [[[mm]dd]HH]MM[[cc]yy][.ss], and GNU date's options (--date='1 day', -d '2024-01-01', --iso-8601) are not BSD's: what the script meant as a date string was read as that time and refused.${c.format ? ` With -j -f, the text "${c.value}" must match the format ${c.format} exactly.` : ''}`
        : c.range
          ? 'touch -t takes the time as [[CC]YY]MMDDhhmm[.SS] (digits only); -d with an ISO 8601 string is the other form.'
          : `GNU touch -d could not parse "${c.value2}" as a date.`,
    causes: ["A script written for GNU date (Linux) run with macOS's BSD date", 'A date string that does not match the -f format'],
    fixes: (c) => [
      c.illegal
        ? fix('Use BSD date\'s own options, or GNU date as gdate', ['-v adjusts a date, -j -f parses one without setting the clock; or install coreutils and call gdate.'], `date -v+1d '+%c'                                   # GNU: date --date='1 day'\ndate -j -f '${c.format ?? '%Y-%m-%d'}' '${c.value ?? '2024-01-01'}' '+%s'   # GNU: date -d '2024-01-01' +%s\nbrew install coreutils && gdate --date='1 day'`)
        : fix('Give touch the time in a form it reads', [], `touch -t 202401011200 file.txt          # [[CC]YY]MMDDhhmm\ntouch -d '2024-01-01T12:00:00' file.txt # ${c.spec ?? c.value2}`),
    ],
    references: [ref('date(1) (FreeBSD)', 'https://man.freebsd.org/cgi/man.cgi?query=date&sektion=1'), ref('GNU Coreutils: date invocation', 'https://www.gnu.org/software/coreutils/manual/html_node/date-invocation.html'), ref('touch(1) (FreeBSD)', 'https://man.freebsd.org/cgi/man.cgi?query=touch&sektion=1')],
    samples: ["date: illegal time format\nusage: date [-jnRu] [-d dst] [-r seconds] [-t west] [-v[+|-]val[ymwdHMS]] ...", "Failed conversion of ``2024-13-01'' using format ``%Y-%m-%d''\ndate: illegal time format"],
  },
  {
    id: 'shell.curl-write-failed',
    language: 'shell',
    // curl's exit status 23: its output could not be written. The reader's own error, when pasted, explains more.
    match: /(?:curl: )?\(23\) (?<message>Failed writing body|Failure writing output to destination|Failed writing received data to disk\/application|Failed writing header|client returned ERROR on write of \d{1,12} bytes)(?<detail>[^\n]{0,100})/,
    requires: /\(23\) /,
    // One error (CURLE_WRITE_ERROR) whatever the curl version words it: labelled by its classic wording.
    errorType: (c) => (c.message === 'Failed writing header' ? c.message : 'Failed writing body'),
    category: 'io',
    // Below the reader's error (a syntax error of the script piped into sh, tar's, gzip's), which is the cause.
    priority: 3,
    summary: (c) => `curl could not write what it downloaded: ${c.message}${c.detail ?? ''}.`,
    explanation: (c) =>
      `curl exited with status 23 (CURLE_WRITE_ERROR): writing the downloaded data failed. When curl writes into a pipe (curl … | sh, | tar, | head, | grep -q), the program reading it exited before reading everything: it failed (its own error is printed above or below this line), or it had read all it wanted. When curl writes a file (-o, -O), the directory is not writable or the disk is full.${c.detail && /\(0 != \d+\)/.test(c.detail) ? ' "0 != N" means nothing of a block of N bytes could be written.' : ''}`,
    causes: ['The program after the pipe exited early (an error in the piped script, a tar or gzip failure, head)', 'No permission to write in the current directory (-O) or a full disk'],
    fixes: [
      fix('Download to a file first, then run or unpack it', ['Separate the download from the program that failed, so its own error is visible; check the directory and free space for -o/-O.'], 'curl -fsSL -o install.sh "$URL"\nsh -x install.sh        # shows where the script fails\ndf -h . && touch test-write && rm test-write'),
    ],
    references: [ref('libcurl error codes (CURLE_WRITE_ERROR)', 'https://curl.se/libcurl/c/libcurl-errors.html'), ref('curl(1)', 'https://curl.se/docs/manpage.html')],
    samples: ['curl: (23) Failed writing body (0 != 1370)', '100  5099  100  5099    0     0   8885      0 --:--:-- --:--:-- --:--:--  8885\n(23) Failed writing body'],
  },
  {
    id: 'shell.direnv',
    language: 'shell',
    match: /direnv: error (?<file>[^\n]{1,300}?) is blocked\. Run [`'"]direnv allow[`'"] to approve its content|direnv: \((?<slow>[^\n]{1,300}?)\) is taking a while to execute|direnv: error (?<file2>\S{1,300}) (?<missing>file not found|not found)/,
    requires: /direnv: /,
    errorType: (c) => (c.file ? 'is blocked' : c.slow ? 'is taking a while to execute' : 'file not found'),
    category: 'configuration',
    priority: 35,
    summary: (c) => (c.file ? `direnv will not load ${c.file} until you approve it.` : c.slow ? 'direnv is still evaluating the .envrc.' : `direnv found no ${c.file2}.`),
    explanation: (c) =>
      c.file
        ? `direnv runs ${c.file} only after you have allowed that exact content: a new file, any change to it (even from git pull or a branch switch), or a file in a new directory is blocked until \`direnv allow\` is run there. This is a safety check, not a failure; the variables are simply not loaded.`
        : c.slow
          ? 'The .envrc takes longer than direnv\'s warning time (DIRENV_WARN_TIMEOUT, 5 s): a nix or flake shell being built, a package install, or a network call in the .envrc.'
          : `direnv allow was run where there is no .envrc (or the path ${c.file2} is wrong).`,
    causes: (c) => (c.file ? ['A new or changed .envrc not yet allowed'] : c.slow ? ['A slow command in .envrc (nix, a download)'] : ['No .envrc in that directory']),
    fixes: (c) => [
      c.file
        ? fix(`Read ${c.file}, then allow it`, ['Check what it runs (it executes in your shell), then allow it in its directory; allow again after every change.'], `cat ${c.file}\ndirenv allow ${c.file.replace(/\/?\.envrc$/, '') || '.'}`)
        : c.slow
          ? fix('Let it finish, or cache the slow part', ['Use nix-direnv (it caches the environment) or raise the warning timeout.'], `export DIRENV_WARN_TIMEOUT=1m\n# slow command: ${c.slow}`)
          : fix(`Create ${c.file2} or run direnv allow in its directory`, [], `ls -a\necho 'export FOO=bar' > ${c.file2}\ndirenv allow`),
    ],
    references: [ref('direnv(1)', 'https://direnv.net/man/direnv.1.html'), ref('direnv', 'https://direnv.net/')],
    samples: ['direnv: error .envrc is blocked. Run `direnv allow` to approve its content.', 'direnv: error /home/u/src/app/.envrc is blocked. Run `direnv allow` to approve its content'],
  },
  {
    id: 'shell.version-manager',
    language: 'shell',
    // pyenv, rbenv and their kind, nvm, asdf, rvm and SDKMAN!: a pinned version that is not installed.
    match: new RegExp(
      String.raw`(?<tool>${ENV_MANAGERS})(?:-[\w-]{1,30})?: version [\x60'‘"](?<version>[^'’"\n]{1,80})['’"] (?:is )?not installed(?: \(set by (?<file>[^)\n]{1,300})\))?|(?<nvm>N\/A): version "(?<version2>[^"\n]{1,80})" is not yet installed|(?<asdfPreset>No preset version installed for command) (?<command>\S{1,100})|(?<asdfNotSet>No version is set for command) (?<command2>\S{1,100})|(?<asdfVersion>version) (?<version3>\S{1,80}) is not installed for (?<plugin>\S{1,80})|(?<rvm>Required) (?<version4>(?:ruby|jruby|truffleruby|rbx)-[\w.-]{1,80}) is not installed|(?<sdk>Stop!) (?<candidate>\w{1,40}) (?<version5>\S{1,80}) is not installed`,
    ),
    requires: /not installed|not yet installed|No preset version installed|No version is set for command/,
    errorType: (c) => {
      if (c.tool || c.asdfVersion) return 'version is not installed';
      if (c.nvm) return 'version is not yet installed';
      if (c.asdfPreset) return 'No preset version installed for command';
      if (c.asdfNotSet) return 'No version is set for command';
      return 'is not installed';
    },
    category: 'configuration',
    priority: 35,
    summary: (c) => {
      const v = c.version ?? c.version2?.replace(/ -> .*$/, '') ?? c.version3 ?? c.version4 ?? c.version5;
      if (c.command ?? c.command2) return `asdf has no version of ${c.command ?? c.command2} selected and installed for this directory.`;
      return `The version ${v} that this project selects is not installed${c.file ? ` (pinned by ${c.file})` : ''}.`;
    },
    explanation: (c) => {
      const tool = c.tool ?? (c.nvm ? 'nvm' : c.rvm ? 'rvm' : c.sdk ? 'SDKMAN!' : 'asdf');
      if (c.command ?? c.command2)
        return `asdf's shims run the version of ${c.command ?? c.command2} named in .tool-versions (this directory's or a parent's, or ~/.tool-versions). None is set, or the one set is not installed.`;
      return `${tool} picks the version from the project (${c.file ?? 'a .python-version, .ruby-version, .nvmrc or .tool-versions file, or an environment variable'}) and runs it through its shims, but that version was never installed with ${tool}: a fresh machine or CI image, a version bumped in the file by someone else, or a version installed under another manager. Each version manager only sees the versions it installed itself.`;
    },
    causes: ['The project pins a version this machine has not installed', 'A CI image or a new machine with other versions', 'The version was installed by another tool (the system, Homebrew, another manager)'],
    fixes: (c) => {
      const tool = c.tool ?? (c.nvm ? 'nvm' : c.rvm ? 'rvm' : c.sdk ? 'sdk' : 'asdf');
      const version = c.version ?? c.version2?.replace(/ -> .*$/, '') ?? c.version3 ?? c.version4 ?? c.version5;
      if (c.command ?? c.command2) {
        const command = c.command ?? c.command2 ?? 'node';
        return [fix(`Install and select a version of ${command}`, ['List the versions asdf has, install one, and write it to .tool-versions.'], `asdf plugin list\nasdf install <plugin> latest\nasdf set <plugin> latest      # asdf < 0.16: asdf local <plugin> latest\ncat .tool-versions   # ${command}`)];
      }
      return [
        fix(`Install ${version} with ${tool}, or pin a version that is installed`, ['Install the version the project asks for (in CI, as a step before the build), or change the pin to one listed as installed.'], `${installCommand(tool, version ?? 'VERSION', c.plugin ?? c.candidate)}\n${tool === 'sdk' ? `sdk list ${c.candidate ?? 'java'}` : tool === 'nvm' ? 'nvm ls' : tool === 'rvm' ? 'rvm list' : tool === 'asdf' ? `asdf list ${c.plugin ?? ''}`.trim() : `${tool} versions`}${c.file ? `\ncat ${c.file}` : ''}`),
      ];
    },
    references: [ref('pyenv: command reference', 'https://github.com/pyenv/pyenv/blob/master/COMMANDS.md'), ref('rbenv: README', 'https://github.com/rbenv/rbenv#readme'), ref('nvm: usage', 'https://github.com/nvm-sh/nvm#usage'), ref('asdf: manage versions', 'https://asdf-vm.com/manage/versions.html')],
    samples: ["pyenv: version `3.9.13' is not installed (set by /home/circleci/project/.python-version)", "rbenv: version `3.2.2' is not installed (set by /app/.ruby-version)", 'N/A: version "v18.17.0 -> N/A" is not yet installed.\n\nYou need to run "nvm install v18.17.0" to install it before using it.'],
  },
  {
    id: 'shell.gpg',
    language: 'shell',
    // gpg's failures other than a missing terminal (shell.not-a-terminal): keyservers, keys, the agent.
    // apt-key adv's command line, when pasted, names the key it was fetching.
    match:
      /(?:--recv-keys? (?<key>(?:0x)?[0-9A-Fa-f]{8,40})[\s\S]{0,600}?)?gpg: (?<keyserverOp>keyserver (?:receive|send|refresh|search) failed): (?<reason>[^\n]{1,200})|gpg: (?:(?<input>[^\n:]{1,200}): )?(?<op>signing|decryption|encryption|clear-sign|clearsign|sign\+encrypt) failed: (?!Inappropriate ioctl)(?<reason2>[^\n]{1,200})|gpg: (?<noData>no valid OpenPGP data found)|gpg: (?<agent>can't connect to the agent): (?<reason3>[^\n]{1,200})|gpg: (?<cantCheck>Can't check signature): (?<reason4>[^\n]{1,200})|gpg: (?<bad>BAD signature) from "(?<signer>[^"\n]{1,200})"|gpg: WARNING: (?<unsafe>unsafe (?:permissions|ownership) on homedir) ['‘"](?<path>[^'’"\n]{1,300})['’"]/,
    requires: /gpg: /,
    errorType: gpgType,
    category: 'configuration',
    priority: 30,
    summary: (c) => {
      if (c.keyserverOp) return `gpg could not fetch ${c.key ? `the key ${c.key}` : 'the key'} from the keyserver: ${c.reason}.`;
      if (c.op) return `gpg ${c.op} failed: ${c.reason2}.`;
      if (c.noData) return 'gpg was given something that is not an OpenPGP key (often an HTML page).';
      if (c.unsafe) return `gpg warns that ${c.path} is accessible to other users.`;
      return `gpg: ${gpgType(c)}.`;
    },
    explanation: (c) => {
      if (c.keyserverOp) {
        const why = /No data/.test(c.reason ?? '')
          ? 'The keyserver has no key with that ID. The old SKS pool (pool.sks-keyservers.net) is gone, pgp.mit.edu is often unreliable, and keys.openpgp.org returns keys without their user IDs unless the owner verified their e-mail, which gpg treats as no data.'
          : /No name|resolve|dns/i.test(c.reason ?? '')
            ? 'dirmngr could not resolve the keyserver\'s name: no DNS in the container, or dirmngr trying IPv6 or a resolver it cannot use.'
            : 'dirmngr could not talk to the keyserver: the HKP port 11371 is blocked by a firewall or proxy, the server is overloaded, or a proxy must be configured for dirmngr.';
        return `gpg hands keyserver requests to dirmngr, which failed: "${c.reason}". ${why} apt-key, often the caller, is deprecated: vendors publish their key over HTTPS for /etc/apt/keyrings instead.`;
      }
      if (c.op) {
        const r = c.reason2 ?? '';
        if (r.startsWith('No secret key')) return `gpg has no secret key to ${c.op === 'decryption' ? 'decrypt with' : 'sign with'}: the key named by -u, git's user.signingkey or default-key is not in this keyring (another machine, another GNUPGHOME, or only its public part was imported), or the smart card holding it is not inserted.`;
        if (r.startsWith('No public key')) return 'gpg has no public key of a recipient to encrypt for: import it first.';
        if (/No pinentry|Operation cancelled|Timeout|Bad passphrase/.test(r)) return 'gpg-agent could not get the passphrase: no pinentry program is installed or configured, the prompt was cancelled or timed out, or the passphrase was wrong.';
        return `gpg's ${c.op} failed: ${r}.`;
      }
      if (c.noData) return 'The input has no OpenPGP key in it: a download that saved an HTML page (a redirect, a 404, a login page) instead of the key, a key already dearmored into binary being read as text, or an empty pipe (curl failed).';
      if (c.agent) return `gpg could not reach gpg-agent (${c.reason3}): the agent's socket directory (/run/user/UID/gnupg) is missing in a su or sudo session or container, or GNUPGHOME's path is too long for a socket.`;
      if (c.cantCheck || c.bad) return c.bad ? `The signature by ${c.signer} does not match the data: the file was changed or corrupted after signing, or the wrong file is being checked.` : 'The signature was made by a key whose public part is not in the keyring, so gpg cannot check it.';
      return `gpg refuses to trust a home directory (${c.path}) that other users could read or write: it was created by root (sudo gpg) or copied with the wrong owner.`;
    },
    causes: (c) => (c.keyserverOp ? ['The keyserver does not have the key (dead SKS pool, keys.openpgp.org without user IDs)', 'Port 11371 blocked, or no DNS in a container'] : c.noData ? ['A download that saved an HTML page instead of the key'] : ['The key or the agent gpg needs is not where it looks']),
    fixes: (c) => {
      if (c.keyserverOp)
        return [
          fix(`Fetch ${c.key ?? 'the key'} over HTTPS or from a working keyserver`, ['Try a keyserver on port 80 or 443; for apt repositories, download the vendor\'s key over HTTPS into /etc/apt/keyrings and reference it with signed-by.'], `gpg --keyserver hkps://keyserver.ubuntu.com --recv-keys ${c.key ?? 'KEYID'}\ngpg --keyserver hkp://keyserver.ubuntu.com:80 --recv-keys ${c.key ?? 'KEYID'}\n# apt repositories (apt-key is deprecated):\ncurl -fsSL https://vendor.example/key.asc | sudo gpg --dearmor -o /etc/apt/keyrings/vendor.gpg\n# deb [signed-by=/etc/apt/keyrings/vendor.gpg] https://vendor.example/apt stable main`),
        ];
      if (c.op) return [fix('Check the secret keys and the signing key gpg is told to use', ['List the secret keys, and point git or gpg at one that exists.'], `gpg --list-secret-keys --keyid-format=long\ngit config --global user.signingkey <KEYID>\necho test | gpg --clearsign${c.input ? `   # input: ${c.input}` : ''}`)];
      if (c.noData) return [fix('Look at what was downloaded', ['Download with -f so an error page fails instead of being piped into gpg.'], 'curl -fsSL -o key.asc "$KEY_URL" && head -3 key.asc   # -----BEGIN PGP PUBLIC KEY BLOCK-----\ngpg --dearmor -o /etc/apt/keyrings/vendor.gpg key.asc')];
      if (c.agent) return [fix('Start the agent where gpg can find it', [], 'gpgconf --kill gpg-agent\ngpgconf --create-socketdir\ngpg-connect-agent /bye')];
      if (c.cantCheck || c.bad) return [fix(`Import the signer's key${c.signer ? ` (${c.signer})` : ''} from a trusted source and verify again`, [], 'gpg --recv-keys <KEYID>\ngpg --verify file.sig file')];
      return [fix(`Give ${c.path} back to its owner with private permissions`, [], `sudo chown -R "$USER" ${c.path}\nchmod 700 ${c.path}\nchmod 600 ${c.path}/*`)];
    },
    references: [ref('GnuPG manual: Dirmngr options', 'https://www.gnupg.org/documentation/manuals/gnupg/Dirmngr-Options.html'), ref('GnuPG manual', 'https://www.gnupg.org/documentation/manuals/gnupg/'), ref('apt-key(8): deprecation', 'https://manpages.debian.org/bookworm/apt/apt-key.8.en.html')],
    samples: [
      'sudo apt-key adv --keyserver hkp://pgp.mit.edu:80 --recv-keys 379CE192D401AB61\nExecuting: /tmp/apt-key-gpghome.0M3e6QLdQ9/gpg.1.sh --keyserver hkp://pgp.mit.edu:80 --recv-keys 379CE192D401AB61\ngpg: keyserver receive failed: No data',
      'gpg: signing failed: No secret key',
      'gpg: no valid OpenPGP data found.',
    ],
  },
  {
    id: 'shell.systemd-unavailable',
    language: 'shell',
    // systemctl where systemd cannot be reached: a chroot, a container's D-Bus, a user manager without a session.
    match:
      /(?<chroot>Running in chroot, ignoring (?:request|command))|(?<dbus>Failed to get D-Bus connection): (?<reason>[^\n]{1,120})|(?<userBus>Failed to connect to (?:user scope )?bus)(?: via local transport)?: (?<userReason>\$DBUS_SESSION_BUS_ADDRESS and \$XDG_RUNTIME_DIR not defined|No medium found)/,
    requires: /Running in chroot|Failed to get D-Bus connection|Failed to connect to (?:user scope )?bus/,
    // The D-Bus failure by the system error it reports (README: errno messages name the error).
    errorType: (c) => c.chroot?.replace(/command$/, 'request') ?? (c.dbus ? (c.reason ?? c.dbus).replace(/\.$/, '') : c.userBus?.includes('user scope') ? 'Failed to connect to user scope bus' : 'Failed to connect to bus'),
    category: 'runtime',
    // Above shell.systemd's generic "Failed to connect to bus", for the user manager's reasons.
    priority: 30,
    summary: (c) => (c.chroot ? 'systemctl does nothing inside a chroot.' : c.dbus ? 'systemctl cannot reach systemd: no D-Bus connection.' : 'systemctl --user cannot find your user session.'),
    explanation: (c) =>
      c.chroot
        ? 'Inside a chroot (an installer, a rescue chroot, a package built in a chroot), systemd is the host\'s and is not running for this tree, so systemctl ignores start, stop and restart. enable and disable still work on the unit files.'
        : c.dbus
          ? `systemctl talks to systemd over D-Bus, and there is none: the container's command is not systemd (a CentOS/RHEL image started with bash), or systemd runs without the privileges and cgroup mount it needs (${c.reason}).`
          : 'systemctl --user talks to your user manager through $XDG_RUNTIME_DIR, which only a login session sets. Switching users with su or sudo -u, or running from cron, gives no session, so the variables are not defined.',
    causes: (c) => (c.chroot ? ['systemctl start/restart run inside a chroot'] : c.dbus ? ['A container whose main process is not systemd'] : ['su or sudo -u without a login session', 'cron or a script without the session variables']),
    fixes: (c) => {
      if (c.chroot) return [fix('Enable the unit now, and start it after booting into the system', [], 'systemctl enable nginx.service   # works in a chroot\n# start it once the system runs: systemctl start nginx.service')];
      if (c.dbus) return [fix('Run the service as the container\'s command, not through systemctl', ['Containers run one program in the foreground; start it directly (or use an image built to run systemd).'], `# Dockerfile:\nCMD ["/usr/sbin/httpd", "-DFOREGROUND"]\n# reason reported: ${c.reason}`)];
      return [fix('Use a real login session for the user, or point at its manager', ['machinectl shell or ssh gives a full session; otherwise set XDG_RUNTIME_DIR, and enable lingering for services without a login.'], `sudo machinectl shell user@ /bin/bash\nexport XDG_RUNTIME_DIR=/run/user/$(id -u)\nsudo loginctl enable-linger user\nsystemctl --user --machine=user@.host status   # ${c.userReason}`)];
    },
    references: [ref('systemctl(1)', 'https://www.freedesktop.org/software/systemd/man/latest/systemctl.html'), ref('pam_systemd(8): XDG_RUNTIME_DIR', 'https://www.freedesktop.org/software/systemd/man/latest/pam_systemd.html')],
    samples: ['Running in chroot, ignoring request.', 'Failed to get D-Bus connection: Operation not permitted', 'Failed to connect to bus: $DBUS_SESSION_BUS_ADDRESS and $XDG_RUNTIME_DIR not defined'],
  },
];
