import type { ErrorPattern } from '../rules/error-pattern';
import { catalogMessage, catalogPattern, nameOr as or, type CatalogEntry } from './linux-catalog.patterns';
import { ref } from './answer-parts';

/**
 * A fifteenth catalog pass over the shell family: sessions and remote work as people paste them, where the engine
 * answered with another error or not at all. sshd's own refusals in its log ("maximum authentication attempts
 * exceeded", "Missing privilege separation directory", "fatal: Cannot bind any address" above systemd's status line),
 * ssh's algorithm refusals with the port written "port N :" (an sshd log's "[preauth]" copy), the warning "Pseudo-
 * terminal will not be allocated" when nothing else is shown, "stdin: is not a tty" and mesg's "ttyname failed:
 * Success" (a login file's mesg without a terminal), dash's "Cannot fork", man's "can't set the locale", journalctl's
 * "No journal entry found for the invocation", BSD env's unquoted missing interpreter (macOS: "env: python: No such
 * file or directory", also with a carriage return printed as \r), and systemctl --user's "Failed to connect to bus"
 * inside an Ansible result.
 *
 * The type is the tool's phrase without the names around it (corpus README, shell row); an existing phrase is reused
 * where the message is another wording of it (sshd's "maximum authentication attempts exceeded" is the client's
 * "Too many authentication failures", man's locale warning is bash's "cannot change locale", env's missing
 * interpreter is "bad interpreter"). The `n` group captures the user, host, directory or program, which the fix repeats.
 */

const REFS = {
  ssh: [ref('ssh(1)', 'https://man.openbsd.org/ssh'), ref('ssh_config(5)', 'https://man.openbsd.org/ssh_config')],
  sshd: [ref('sshd(8)', 'https://man.openbsd.org/sshd'), ref('sshd_config(5)', 'https://man.openbsd.org/sshd_config')],
  tty: [ref('mesg(1)', 'https://man7.org/linux/man-pages/man1/mesg.1.html'), ref('ssh(1): -t and -T', 'https://man.openbsd.org/ssh')],
  env: [ref('env(1) (BSD)', 'https://man.freebsd.org/cgi/man.cgi?query=env'), ref('execve(2): interpreter scripts', 'https://man7.org/linux/man-pages/man2/execve.2.html')],
  locale: [ref('locale(1)', 'https://man7.org/linux/man-pages/man1/locale.1.html'), ref('locale-gen(8)', 'https://manpages.debian.org/stable/locales/locale-gen.8.en.html')],
  systemd: [ref('journalctl(1)', 'https://www.freedesktop.org/software/systemd/man/latest/journalctl.html'), ref('systemctl(1)', 'https://www.freedesktop.org/software/systemd/man/latest/systemctl.html')],
};

const SSHD_ENTRIES: readonly CatalogEntry[] = [
  {
    // sshd's side of the client's "Too many authentication failures" (MaxAuthTries), as its log prints it.
    re: String.raw`(?:error: )?(?:maximum authentication attempts exceeded for (?:invalid user )?(?<n>\S{1,100}) from|Disconnecting (?:authenticating|invalid) user \S{1,100} \S{1,253} port \d{1,5}: Too many authentication failures)`,
    type: 'Too many authentication failures',
    why: 'sshd closed the connection after MaxAuthTries failed attempts (6 by default): the client offered every key in its agent or ~/.ssh before the right one, a password was typed wrong several times, or a scanner is guessing passwords for this user.',
    fix: 'Offer only the right key from the client, or block the guessing address',
    code: (n) => `ssh -o IdentitiesOnly=yes -i ~/.ssh/id_ed25519 ${or(n, 'user')}@<host>   # from the client\nsudo grep -i 'MaxAuthTries' /etc/ssh/sshd_config   # default 6\nsudo journalctl -u ssh --since -1h | grep 'Failed password'   # who is guessing`,
  },
  {
    // The same refusal copied from sshd's log, with the port written "port N :" and "[preauth]" after the offer.
    re: String.raw`Unable to negotiate with (?<n>\S{1,253})(?: port \S{1,10})? : (?<kind>no matching (?:host key type|key exchange method|cipher|MAC) found)`,
    type: (g) => g.kind ?? 'no matching key exchange method found',
    why: 'The client and the server have no algorithm in common for this step: OpenSSH 8.8+ clients refuse the SHA-1 algorithms (ssh-rsa host keys, diffie-hellman-group1/14-sha1) that old servers, routers and embedded dropbear still offer, or the server was hardened against what an old client knows. "Their offer" lists what the other side accepts.',
    fix: "Allow one of the offered algorithms for that host only, or update the old side",
    code: (n) => `ssh -o KexAlgorithms=+diffie-hellman-group14-sha1 -o HostKeyAlgorithms=+ssh-rsa user@${or(n, '<host>')}\n# ~/.ssh/config:\nHost ${or(n, '<host>')}\n    KexAlgorithms +diffie-hellman-group14-sha1\n    HostKeyAlgorithms +ssh-rsa`,
  },
  {
    re: String.raw`Missing privilege separation directory: (?<n>/\S{1,200})`,
    type: 'Missing privilege separation directory',
    why: "sshd chroots its unprivileged child into an empty directory (/run/sshd on Debian and Ubuntu, /var/empty elsewhere) and refuses to start without it. /run is a tmpfs that the ssh service (RuntimeDirectory=sshd) recreates at each start, so sshd run by hand (sshd -t, sshd -D in a container, WSL, a test), or with the service stopped in favour of ssh.socket, finds it missing.",
    fix: 'Create the directory before starting sshd, or start it through its service',
    code: (n) => `sudo mkdir -p ${or(n, '/run/sshd')} && sudo chmod 0755 ${or(n, '/run/sshd')}\nsudo sshd -t   # the configuration test works now\n# Dockerfile: RUN mkdir -p ${or(n, '/run/sshd')}`,
  },
  {
    re: String.raw`(?:sshd(?:-session)?\[\d{1,10}\]: )?fatal: Cannot bind any address\.?`,
    type: 'Cannot bind any address',
    why: "sshd could not listen on any of its addresses: another process (another sshd, ssh.socket on Ubuntu 22.10+, a second instance) already holds the port, a ListenAddress names an address the host does not have (yet: the network was not up at boot), or the Port is below 1024 for a non-root sshd. systemd then reports the exit status (255/EXCEPTION).",
    fix: 'See who holds the port and which addresses sshd is told to use',
    code: () => `sudo ss -tlnp | grep -w 22\nsudo sshd -T | grep -Ei '^(port|listenaddress)'\nsystemctl status ssh.socket   # Ubuntu: socket activation owns the port\nsudo journalctl -u ssh -b | grep -i bind`,
  },
];

const SESSION_ENTRIES: readonly CatalogEntry[] = [
  {
    // A warning, answered only when nothing else in the paste is recognised (low priority).
    re: String.raw`Pseudo-terminal will not be allocated because stdin is not a terminal`,
    type: 'Pseudo-terminal will not be allocated',
    why: "ssh was started with its standard input from a pipe, a here-document or a program (a CI step, an IDE, cron) rather than a terminal, so it does not give the remote shell a terminal. It is a warning: commands still run, but anything that needs a terminal there (sudo's password prompt, top, an interactive shell) fails or hangs.",
    fix: 'Say what you want: no terminal (-T) for scripts, or force one (-tt)',
    code: () => `ssh -T user@host 'bash -s' < script.sh   # no terminal, no warning\nssh -tt user@host 'sudo systemctl restart app'   # force a terminal when one is needed`,
  },
  {
    re: String.raw`(?:^|\n)[ \t]{0,8}(?:err: )?stdin: is not a tty[ \t]*(?=\r?\n|$)`,
    type: 'is not a tty',
    why: "A command in the remote account's login files (mesg n in /root/.profile, stty, tty) ran without a terminal: ssh ran a command without allocating one, or a tool (Vagrant, a deployment action, docker exec without -t) started a login shell on a pipe. It is printed and ignored; the command itself goes on.",
    fix: 'Guard the terminal command in the login file, or ask for a terminal',
    code: () => `# ~/.profile on the remote: only with a terminal\ntty -s && mesg n || true\nssh -t user@host '<command>'   # or allocate a terminal`,
  },
  {
    // glibc's ttyname() fails without setting errno in some containers; mesg then prints "Success".
    re: String.raw`mesg: ttyname failed: Success`,
    type: 'ttyname failed',
    why: 'mesg (from "mesg n" in root\'s ~/.profile on Debian and Ubuntu) asks which terminal it is on, and there is none it can name: a login shell started inside a container or by lxc exec, sudo -i or su - without a terminal of its own. The message is harmless; only mesg failed.',
    fix: 'Run mesg only with a terminal',
    code: () => `sudo sed -i 's/^mesg n.*/tty -s \\&\\& mesg n || true/' /root/.profile`,
  },
  {
    // dash's fork failure (bash prints "fork: retry: Resource temporarily unavailable").
    re: String.raw`(?:^|\n)[^\n]{0,300}?(?<n>[^\s:]{1,300}): \d{1,7}: (?:[^\s:]{1,300}: )?Cannot fork`,
    type: 'Cannot fork',
    why: "dash could not create a process (EAGAIN): the user reached the limit of processes (ulimit -u, a systemd TasksMax or a container's pids limit), often because the script starts commands in a loop faster than they end, or background jobs pile up.",
    fix: 'Count your processes and compare with the limits, then throttle the script',
    code: (n) => `ps -u "$USER" --no-headers | wc -l; ulimit -u\nsystemctl show user-$(id -u).slice -p TasksMax\n# in ${or(n, 'the script')}: limit parallel jobs, e.g. xargs -P 4, or wait after each batch`,
  },
];

const TOOL_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`(?<n>man(?:path)?): can't set the locale; make sure \$LC_\* and \$LANG are correct`,
    type: 'cannot change locale',
    why: 'man (or manpath, which version managers and shell start-up files run) calls setlocale() with the locale that LANG and the LC_* variables name, and that locale is not generated on this system: a locale passed on by ssh or the terminal (LC_CTYPE=UTF-8 from macOS, a region setting such as en_DE), or a LANG without .UTF-8.',
    fix: 'Generate the locale the variables name, or set one that exists',
    code: () => `locale; locale -a   # what is asked for, and what exists\nsudo locale-gen en_US.UTF-8 && sudo update-locale LANG=en_US.UTF-8\nexport LANG=C.UTF-8 LC_ALL=   # or use one that is always there`,
  },
  {
    re: String.raw`No journal entry found for the invocation(?: \((?<n>[^)\n]{1,40})\))?`,
    type: 'No journal entry found for the invocation',
    why: "journalctl --invocation (systemd 257+) looks up the unit's invocation ID in the journal and found no entry for it: the unit has not run in the journals that are kept (rotated away, or only in the volatile journal of an earlier boot), the unit name given with -u does not match, or the ID belongs to a user unit (add --user).",
    fix: 'List the invocations the journal knows, or fall back to the unit and boot',
    code: (n) => `journalctl -u <unit> --list-invocations\njournalctl -u <unit> -b   # the current boot instead of invocation ${or(n, '0')}\njournalctl --user -u <unit> -I   # a user unit`,
  },
  {
    // An Ansible task's systemctl --user, reported in the result's stderr (above shell.ansible-stderr's system error).
    re: String.raw`"?(?:module_)?stderr"?: ['"](?<n>Failed to connect to (?:user scope )?bus): (?<errno>No such file or directory|No medium found|Permission denied|Connection refused)`,
    type: 'Failed to connect to bus',
    why: "Ansible ran systemctl --user (a systemd module with scope: user, or a command) on the host without the user's session: become switches to the user without a login, so XDG_RUNTIME_DIR and DBUS_SESSION_BUS_ADDRESS are not set, or the user's manager is not running because the user is not logged in.",
    fix: "Give the task the user's runtime directory, and enable lingering for the user",
    code: () => `# in the task:\n#   environment:\n#     XDG_RUNTIME_DIR: "/run/user/{{ ansible_user_uid }}"\nsudo loginctl enable-linger <user>   # the user's manager runs without a login`,
  },
];

export const SHELL_CATALOG15_PATTERNS: readonly ErrorPattern[] = [
  catalogPattern({
    id: 'shell.sshd-catalog15',
    tool: 'ssh/sshd',
    category: 'network',
    // Above shell.ssh-client (40), shell.sshd-could-not-load-host-key (21) and shell.systemd-catalog (20), whose
    // lines (host keys not loaded, the unit's exit status) come with sshd's fatal reason.
    priority: 41,
    entries: SSHD_ENTRIES,
    references: [...REFS.sshd, ...REFS.ssh],
    requires: /maximum authentication attempts exceeded|Too many authentication failures|Unable to negotiate with|Missing privilege separation directory|Cannot bind any address/,
    samples: [
      '5816 16:06:08 251 error: maximum authentication attempts exceeded for invalid user Administrator from 10.73.78.42 port 51735 ssh2',
      'Missing privilege separation directory: /run/sshd',
      'Jun 13 15:49:32 web03 sshd[3280]: fatal: Cannot bind any address.',
    ],
  }),
  catalogPattern({
    id: 'shell.session-catalog15',
    tool: 'ssh/mesg/dash',
    category: 'runtime',
    // Low: these lines are warnings or side effects; an error recognised elsewhere in the paste is the better answer.
    priority: 6,
    entries: SESSION_ENTRIES,
    references: REFS.tty,
    requires: /Pseudo-terminal will not be allocated|stdin: is not a tty|ttyname failed: Success|Cannot fork/,
    samples: ['Pseudo-terminal will not be allocated because stdin is not a terminal.', 'mesg: ttyname failed: Success', './run.sh: 12: Cannot fork'],
  }),
  catalogPattern({
    id: 'shell.tools-catalog15',
    tool: 'man/journalctl/systemctl',
    category: 'configuration',
    // Above shell.ansible-stderr (30), which names the bus failure by its system error.
    priority: 31,
    entries: TOOL_ENTRIES,
    references: [...REFS.locale, ...REFS.systemd],
    requires: /can't set the locale|No journal entry found for the invocation|Failed to connect to (?:user scope )?bus/,
    samples: ["manpath: can't set the locale; make sure $LC_* and $LANG are correct", 'No journal entry found for the invocation (+0).'],
  }),
  catalogMessage({
    id: 'shell.bsd-env-interpreter-catalog15',
    tool: 'env',
    category: 'configuration',
    // shell.env-interpreter-not-found (30) answers GNU env's quoted name; BSD env (macOS) prints it bare.
    priority: 30,
    requires: /env: [^\s'"‘«:]{1,100}: No such file or directory/,
    re: String.raw`(?<![^\s"'\x60])(?:(?:\/usr)?\/bin\/)?env: (?<n>[A-Za-z_][\w.+-]{0,99}?)(?<cr>\\r)?: No such file or directory`,
    type: 'bad interpreter',
    why: "A script's first line (#!/usr/bin/env NAME) asks env to find NAME on PATH, and there is none: macOS 12.3+ no longer ships python (only python3), a version manager's shims are only on an interactive shell's PATH, or the line ends in a Windows carriage return (\\r), so env looks for a name with \\r at its end.",
    fix: 'Run the interpreter that exists, or fix the first line of the script',
    code: (n) => `command -v ${or(n, 'python')} || echo "no ${or(n, 'python')} on PATH: $PATH"\nhead -1 <script> | od -c | head -2   # a \\r before \\n means CRLF line endings\nsed -i '' $'s/\\r$//' <script>   # macOS sed: strip them\nsed -i '' '1s|.*|#!/usr/bin/env python3|' <script>   # or name python3`,
    references: REFS.env,
    samples: ['env: python: No such file or directory', 'env: python\\r: No such file or directory'],
  }),
];
