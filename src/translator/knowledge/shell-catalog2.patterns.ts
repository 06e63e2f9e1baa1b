import type { ErrorPattern } from '../rules/error-pattern';
import { catalogPattern, errnoOf, type CatalogEntry } from './linux-catalog.patterns';
import { ref } from './answer-parts';

/**
 * A second catalog pass over the shell family: systemd's and journald's lines as people paste them (a unit's
 * exit status, its result, the unit-file parser's warnings, timers and mounts), and CI runners' last line when
 * only a shell step's exit status shows (GitHub Actions, GitLab, Jenkins, Azure Pipelines, CircleCI, Travis).
 *
 * The type follows the corpus README's shell row: systemd's status as it prints it ("1/FAILURE"), a status a
 * shell gives meaning to by the shell's word for it (127 "command not found", 126 "permission denied", 137
 * "Killed", 143 "Terminated"), otherwise the tool's own phrase without the names around it.
 */


const REFS = {
  systemd: [
    ref('systemd.exec(5): process exit codes', 'https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Process%20Exit%20Codes'),
    ref('systemd.service(5)', 'https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html'),
    ref('systemd.syntax(7): unit file syntax', 'https://www.freedesktop.org/software/systemd/man/latest/systemd.syntax.html'),
  ],
  ci: [ref('Bash manual: Exit status', 'https://www.gnu.org/software/bash/manual/html_node/Exit-Status.html'), ref('signal(7)', 'https://man7.org/linux/man-pages/man7/signal.7.html')],
};

const UNIT = String.raw`[\w@.\\:-]{1,200}\.(?:service|socket|timer|mount|path|target|automount|swap|device|scope|slice)`;

/** A status a shell or systemd gives a meaning: 126 and 127 by the shell's phrase, signals by bash's word. */
function statusType(g: Readonly<Record<string, string | undefined>>): string {
  const kind = g.kind ?? '';
  const [code, name] = kind.split('/');
  if (code === '127') return 'command not found';
  if (code === '126') return 'permission denied';
  if (name === 'KILL' || code === '137') return 'Killed';
  if (name === 'TERM' || code === '143') return 'Terminated';
  if (name === 'SEGV') return 'segmentation fault';
  return kind;
}

const SYSTEMD_ENTRIES: readonly CatalogEntry[] = [
  // "Job for x.service failed because …": the reasons other than "the control process exited".
  { re: String.raw`Job for (?<n>${UNIT}) failed because start of the service was attempted too often`, type: 'Start request repeated too quickly', why: 'The unit failed again and again and systemd reached its start limit (StartLimitBurst= starts within StartLimitIntervalSec=): it now refuses to start it. The reason of each failure is earlier in the journal.', fix: 'Read the first failure, fix it, then reset the unit', code: (n) => `journalctl -u ${n} -b --no-pager | grep -v 'Start request repeated' | tail -50\nsudo systemctl reset-failed ${n} && sudo systemctl start ${n}` },
  { re: String.raw`Job for (?<n>${UNIT}) failed because a timeout was exceeded`, type: 'Start operation timed out', why: 'The service did not report that it had started within TimeoutStartSec=: a Type=forking service that never forks, a Type=notify service that never notifies, or a slow start.', fix: 'Match Type= to how the program starts, or give it more time', code: (n) => `systemctl cat ${n} | grep -E '^(Type|TimeoutStartSec|PIDFile)='\njournalctl -u ${n} -b --no-pager | tail -30` },
  { re: String.raw`Job for (?<n>${UNIT}) failed because the control process exited with error code(?=[\s\S]{0,3000}?\(code=(?:exited|killed|dumped), status=(?<kind>\d{1,3}\/(?:[A-Z_]{2,20}|n\/a))\))`, type: statusType, why: 'systemctl only says the start failed; the status it shows below names how the program ended. A status of 1 or 2 is the program\'s own failure (its error is in the journal just above), 126 and 127 mean the program could not be executed or found, a signal (KILL, TERM) means something ended it.', fix: "Read the program's own error in the journal", code: (n) => `journalctl -xeu ${n} --no-pager | tail -50\nsystemctl cat ${n}` },
  // A unit's process ended: the program's own failure (1/FAILURE), a shell's 126/127, or a signal.
  { re: String.raw`(?<n>${UNIT}): (?:Main|Control|Mount|Swap) process exited, code=(?:exited|killed|dumped), status=(?<kind>(?!2[0-4]\d\/)\d{1,3}\/(?:[A-Z_]{2,20}|n\/a))`, type: statusType, why: "The unit's program ended with that status: a number below 200 is the program's own exit code (1 is a generic failure: its error is in the lines it logged just before), 126 and 127 mean the command could not be executed or found, and code=killed with KILL or TERM means a signal ended it (the OOM killer, a timeout, systemctl stop).", fix: "Read the program's own output in the journal, then run its ExecStart= by hand", code: (n) => `journalctl -u ${n} -b --no-pager | tail -50\nsystemctl cat ${n} | grep -E '^(ExecStart|User|WorkingDirectory|Environment)'` },
  { re: String.raw`(?<n>${UNIT}): (?:A process of this unit has been killed by the OOM killer|Failed with result '(?<kind>oom-kill)')`, type: 'Killed', why: 'The kernel OOM killer ended the unit\'s process: the machine, or the unit\'s MemoryMax= limit, ran out of memory.', fix: "Give the service more memory, or make it use less", code: (n) => `journalctl -k -b | grep -i -E 'out of memory|oom'\nsystemctl show ${n} -p MemoryMax -p MemoryCurrent` },
  { re: String.raw`(?<n>${UNIT}): Failed with result '(?<kind>timeout)'`, type: 'Start operation timed out', why: 'The unit did not start (or stop) within its timeout: the program never reported ready (Type=notify or forking) or hangs.', fix: 'Check Type= and the timeout of the unit', code: (n) => `systemctl cat ${n} | grep -E '^(Type|Timeout)'` },
  { re: String.raw`(?<n>${UNIT}): Start(?:-pre|-post)? operation timed out\. Terminating\.`, type: 'Start operation timed out', why: 'The unit (or its ExecStartPre=/ExecStartPost= command) did not finish starting within TimeoutStartSec=.', fix: 'Find what the start waits for, or raise the timeout', code: (n) => `journalctl -u ${n} -b --no-pager | tail -30\nsudo systemctl edit ${n}   # [Service] TimeoutStartSec=300` },
  // The unit-file parser's warnings: "/etc/systemd/system/x.service:3: Assignment outside of section. Ignoring."
  { re: String.raw`(?<n>\/\S{1,300}):\d{1,5}: (?<kind>Assignment outside of section)\. Ignoring`, type: 'Assignment outside of section', why: 'A setting appears before any [Section] header: the [Unit]/[Service] line is missing, misspelt, or the file has a BOM or Windows line endings before it.', fix: 'Put every setting under its section header', code: (n) => `cat -A ${n} | head\nsudo systemd-analyze verify ${n}` },
  { re: String.raw`(?<n>\/\S{1,300}):\d{1,5}: Unknown (?:key name|lvalue) '[^'\n]{1,100}' in section '[^'\n]{1,60}', ignoring`, type: 'Unknown key name', why: 'The setting is not one systemd knows in that section: a typo, a trailing space in the name, a setting of another section ([Unit] vs [Service]), or one newer than this systemd.', fix: 'Check the spelling and section of the setting', code: (n) => `sudo systemd-analyze verify ${n}\nman systemd.directives` },
  { re: String.raw`(?<n>\/\S{1,300}):\d{1,5}: Unknown section '[^'\n]{1,60}'\. Ignoring`, type: 'Unknown section', why: 'The section name is not one systemd knows ([Unit], [Service], [Install], [Timer], [Socket]…): a typo such as [Services].', fix: 'Fix the section header', code: (n) => `grep -n '^\\[' ${n}` },
  { re: String.raw`(?<n>\/\S{1,300}):\d{1,5}: Missing '=', ignoring line`, type: "Missing '='", why: 'A line of the unit file is neither a section header, a comment nor a Key=Value setting: a command written on its own line, or a value continued without a trailing backslash.', fix: 'Write the line as Key=Value', code: (n) => `sudo systemd-analyze verify ${n}` },
  { re: String.raw`(?<n>\/\S{1,300}):\d{1,5}: Invalid user\/group name or numeric ID`, type: 'Invalid user/group name or numeric ID', why: 'User= or Group= holds a name systemd does not accept (a space, a capital letter on older systemd, a name starting with a digit).', fix: 'Use a valid user name', code: (n) => `grep -nE '^(User|Group)=' ${n}` },
  { re: String.raw`(?<n>\/\S{1,300}):\d{1,5}: Failed to parse [\w ./-]{1,60}, ignoring`, type: 'Failed to parse', why: 'A setting has a value systemd cannot read (a misspelt Type=, a time without a unit it knows, a boolean written otherwise).', fix: 'Fix the value the line names', code: (n) => `sudo systemd-analyze verify ${n}` },
  { re: String.raw`(?<n>\/\S{1,300}):\d{1,5}: Neither a valid executable name nor an absolute path`, type: 'Executable path is not absolute', why: 'ExecStart= names its program neither by an absolute path nor by a plain name systemd can look up (older systemd needs the absolute path).', fix: 'Write the absolute path of the program', code: (n) => `command -v node\ngrep -n '^Exec' ${n}` },
  { re: String.raw`(?<n>${UNIT}): Service has no ExecStart=, ExecStop=, or SuccessAction=\. Refusing`, type: 'Service has no ExecStart=', why: 'The [Service] section has no ExecStart= (often the line sits in another section, or a drop-in cleared it with an empty ExecStart= and set nothing).', fix: 'Give the service an ExecStart=', code: (n) => `systemctl cat ${n}` },
  { re: String.raw`The unit file, source configuration file or drop-ins of (?<n>${UNIT}) changed on disk`, type: 'changed on disk', why: 'The unit file was edited since systemd loaded it: systemd still runs the old version until it reloads.', fix: 'Reload systemd', code: (n) => `sudo systemctl daemon-reload && sudo systemctl restart ${n}` },
  { re: String.raw`Failed to (?:enable|start|restart|reenable) unit: Unit file (?<n>\S{1,300}) is masked`, type: 'Unit is masked', why: 'The unit is masked: linked to /dev/null so that nothing can start or enable it.', fix: 'Unmask it first', code: (n) => `sudo systemctl unmask ${n.replace(/^.*\//, '')}` },
  { re: String.raw`(?<n>${UNIT}): Refusing to start, unit \S{1,200} to trigger not loaded`, type: 'unit to trigger not loaded', why: 'A timer (or path unit) starts a service of the same name unless Unit= says otherwise, and that service is not installed or failed to load.', fix: 'Install the service the timer triggers, or set Unit=', code: (n) => `systemctl cat ${n}\nsystemctl list-unit-files | grep ${n.replace(/\.\w+$/, '')}` },
  { re: String.raw`(?<n>${UNIT}): Failed to (?:run '[\w-]{1,30}' task|load environment files?|listen on sockets?): (?<errno>[A-Z][a-z][^\n]{1,60})`, type: errnoOf, why: 'systemd could not prepare the unit before running it: a file named by EnvironmentFile=, StandardOutput=, ReadWritePaths= does not exist, or a socket\'s address is taken.', fix: 'Check the paths and addresses the unit names', code: (n) => `systemctl cat ${n} | grep -E '^(EnvironmentFile|Standard|Listen|ReadWritePaths|WorkingDirectory)'` },
  { re: String.raw`(?<n>${UNIT}): Can't open PID file \S{1,300} \(yet\?\) after (?:start|reload)`, type: "Can't open PID file", why: "A Type=forking service names a PIDFile= that the program does not write (or writes elsewhere, or too late): systemd cannot tell which process is the service.", fix: 'Make PIDFile= match the program, or use Type=simple', code: (n) => `systemctl cat ${n} | grep -E '^(Type|PIDFile)='` },
  { re: String.raw`Dependency failed for (?<n>[^\n]{1,200}?)\.?[ \t]*(?:\n|$)`, type: 'Dependency failed', why: 'A unit this one requires (Requires=, BindsTo=, a mount in /etc/fstab) failed, so systemd did not start it; the failing dependency is logged just before.', fix: 'Find the dependency that failed', code: (n) => `systemctl --failed\njournalctl -b --no-pager | grep -B5 'Dependency failed for ${n}'` },
  { re: String.raw`Timed out waiting for device (?<n>\S{1,300}?)\.?[ \t]*(?:\n|$)`, type: 'Timed out waiting for device', why: 'A device a unit or /etc/fstab line needs never appeared: the disk is missing, or its UUID or label changed.', fix: 'Check that the device exists and fstab names it right', code: (n) => `lsblk -f\nblkid\ngrep -n '${n.replace(/^\/dev\/disk\/by-uuid\//, '')}' /etc/fstab   # add nofail for optional disks` },
  { re: String.raw`(?<n>${UNIT}): Watchdog timeout \(limit [^)\n]{1,30}\)`, type: 'Watchdog timeout', why: 'The service has WatchdogSec= and stopped sending keep-alive notifications: it hangs, or it never calls sd_notify(WATCHDOG=1).', fix: 'Find why the program hangs, or raise WatchdogSec=', code: (n) => `systemctl cat ${n} | grep Watchdog\njournalctl -u ${n} -b --no-pager | tail -30` },
  { re: String.raw`Failed to (?:reload|restart|start) \S{1,200}: Job type (?<kind>\w{1,20}) is not applicable for unit (?<n>${UNIT})`, type: (g) => `Job type ${g.kind ?? 'reload'} is not applicable`, why: 'The unit cannot do that operation: reload needs ExecReload= in the unit.', fix: 'Restart the unit instead, or give it ExecReload=', code: (n) => `sudo systemctl restart ${n}` },
];

// The step that failed in a CI runner, as its last line says: the shell's status is all there is to go on.
const CI_STATUS = String.raw`(?:Process completed with exit code|Job failed: exit (?:code|status)|script returned exit code|Bash exited with code '?|Exited with code(?: exit status)?|exited with(?: code)?|Command exited with non-zero status|failed with exit code|non-zero exit code)`;

const CI_ENTRIES: readonly CatalogEntry[] = [
  { re: String.raw`${CI_STATUS} (?<n>13[07]|143)\b`, type: (g) => (g.n === '130' ? 'Interrupt' : g.n === '143' ? 'Terminated' : 'Killed'), why: 'A status above 128 means a signal ended the command (128 + the signal number): 137 is SIGKILL, almost always the out-of-memory killer of the runner or its container; 143 is SIGTERM, the runner cancelling or timing out the job; 130 is SIGINT (Ctrl-C).', fix: 'Reduce the memory the step uses, or give the job more (a larger runner, fewer parallel jobs)', code: (n) => `# exit status ${n}\nfree -h; dmesg -T | grep -i -E 'out of memory|killed process' | tail\nmake -j2   # fewer parallel jobs` },
  { re: String.raw`(?:Bash exited with code '|The command "[^"\n]{1,300}" exited with |Exited with code exit status )(?<n>12[67])\b`, type: (g) => (g.n === '126' ? 'permission denied' : 'command not found'), why: 'Shells use 127 for a command they cannot find (not installed on the runner, not on PATH) and 126 for a file they may not execute (no execute bit, a noexec mount).', fix: 'Install the tool or make the script executable', code: (n) => `# exit status ${n}\ncommand -v <tool> || sudo apt-get install -y <tool>\ngit update-index --chmod=+x ./script.sh` },
  // bash's job table: "[1]+  Killed                  ./long-job.sh".
  { re: String.raw`^\[\d{1,4}\][+-]?[ \t]{1,10}(?<kind>Killed|Terminated)[ \t]{1,40}(?<n>\S[^\n]{0,200})`, type: (g) => g.kind ?? 'Killed', why: 'bash reports that a background job was ended by a signal: Killed is SIGKILL (usually the out-of-memory killer), Terminated is SIGTERM (kill, a timeout, a service stop).', fix: 'Find what ended the job', code: (n) => `dmesg -T | grep -i -E 'out of memory|killed process' | tail   # ${n}` },
];

// The other administration tools' own lines: tar's summary, mount's and fstab's, iptables', ufw's, flock, at, logrotate.
const ADMIN_TOOL_ENTRIES: readonly CatalogEntry[] = [
  { re: String.raw`tar: (?<n>Exiting with failure status due to previous errors)`, type: 'Exiting with failure status due to previous errors', why: 'tar finished but some members failed earlier (a file that vanished or could not be read, a permission): its own earlier lines name them.', fix: "Read tar's earlier lines for the files it skipped", code: (n) => `tar -cvzf backup.tgz dir 2>&1 | grep -v '^dir/'   # ${n}` },
  { re: String.raw`mount: (?<n>\S{1,300}): bad option; for several filesystems`, type: 'bad option', why: 'mount does not know an option for this file system, or the helper program for the type (mount.nfs, mount.cifs) is not installed.', fix: 'Install the file system helper, or fix the options', code: (n) => `sudo apt-get install -y nfs-common cifs-utils   # helpers for ${n}` },
  { re: String.raw`mount: (?<n>\/\S{0,300}fstab): parse error at line (?<kind>\d{1,5})`, type: 'parse error', why: 'A line of /etc/fstab does not have the fields mount expects (device, mount point, type, options, dump, pass): a typo or a missing field.', fix: 'Fix the line mount names, then test fstab', code: (n) => `sudo sed -n 'Xp' ${n}\nsudo findmnt --verify` },
  { re: String.raw`mount: (?<n>\S{1,300}): special device (?<kind>\S{1,300}) does not exist`, type: 'special device does not exist', why: 'The device named for the mount is not there: the disk is absent or was renamed (use UUID= in fstab), or the path is mistyped.', fix: 'List the devices and mount by UUID', code: (n) => `lsblk -f   # for ${n}` },
  { re: String.raw`iptables(?: v[\d.]{1,12}(?: \([\w_]{1,20}\))?)?: (?:Could not fetch rule set generation id: )?(?<errno>Permission denied) \((?<n>you must be root)\)`, type: errnoOf, why: 'iptables changes the kernel\'s firewall tables and must run as root (or with CAP_NET_ADMIN in a container).', fix: 'Run iptables as root', code: (n) => `sudo iptables -L -n   # ${n}` },
  { re: String.raw`iptables(?: v[\d.]{1,12}(?: \([\w_]{1,20}\))?)?: (?<n>Bad rule) \(does a matching rule exist in that chain\?\)`, type: 'Bad rule', why: 'iptables -D (delete) was given a rule that is not in the chain: it must match an existing rule exactly, or be deleted by its number.', fix: 'List the rules with numbers and delete by number', code: (n) => `sudo iptables -L INPUT --line-numbers -n   # ${n}\nsudo iptables -D INPUT 3` },
  { re: String.raw`ERROR: (?<n>Couldn't determine iptables version|problem running ufw-init|ufw is not enabled|Could not find a profile matching '[^'\n]{1,100}'|Could not load logging rules)`, type: (g) => (g.n?.startsWith('Could not find a profile') ? 'Could not find a profile matching' : g.n ?? 'ufw'), why: "ufw could not do what was asked: the iptables or nftables tools it drives are missing or not usable (a container without NET_ADMIN), the firewall is off, or the application profile named is not installed.", fix: "Check ufw's state and the profiles it knows", code: (n) => `sudo ufw status verbose\nsudo ufw app list   # ${n}` },
  { re: String.raw`flock: cannot open lock file (?<n>\S{1,300}): (?<errno>[A-Z][a-z][^\n]{1,60})`, type: errnoOf, why: 'flock could not open (or create) its lock file: the directory is not writable for this user or does not exist.', fix: 'Use a lock file the user may create', code: (n) => `ls -ld "$(dirname ${n})"\nflock /tmp/app.lock -c ./job.sh` },
  { re: String.raw`flock: failed to execute (?<n>\S{1,200}): (?<errno>[A-Z][a-z][^\n]{1,60})`, type: errnoOf, why: 'flock could not start the command it guards: it is not on PATH (cron has a short PATH) or not executable.', fix: 'Give flock the full path of the command', code: (n) => `command -v ${n}\nflock /tmp/app.lock "$(command -v ${n})"` },
  { re: String.raw`at: cannot open lockfile (?<n>\S{1,300}): (?<errno>[A-Z][a-z][^\n]{1,60})`, type: errnoOf, why: 'at could not open its spool\'s lock file: the user may not use at (at.allow/at.deny), or the at package\'s directories have the wrong owner.', fix: "Check at's spool and permissions", code: (n) => `ls -l ${n}; cat /etc/at.allow /etc/at.deny 2>/dev/null` },
  { re: String.raw`Can't open (?<n>\S{1,200}atd\.pid) to signal atd\. No atd running\?`, type: 'No atd running', why: 'The job was queued but the at daemon is not running, so it will not run.', fix: 'Start atd', code: (n) => `sudo systemctl enable --now atd   # no ${n}` },
  { re: String.raw`(?<n>Garbled time)`, type: 'Garbled time', why: 'at could not read the time given (at 10 is not a time; at 10:00, at now + 5 minutes, at noon tomorrow are).', fix: 'Give at a time it understands', code: (n) => `echo './job.sh' | at now + 5 minutes   # was: ${n}` },
  { re: String.raw`error: skipping "(?<n>[^"\n]{1,300})" because parent directory has insecure permissions`, type: 'parent directory has insecure permissions', why: 'logrotate refuses to rotate logs in a directory that a group or everyone may write, unless the config says which user and group to rotate as.', fix: 'Add a su directive to the logrotate config of that log', code: (n) => `# /etc/logrotate.d/<app>, for ${n}\nsu www-data adm` },
  { re: String.raw`error: (?<n>\/etc\/logrotate\S{0,200}):\d{1,5} unknown option '[^'\n]{1,60}' -- ignoring line`, type: 'unknown option', why: 'The logrotate config has a directive logrotate does not know: a typo (dayly) or an option of a newer version.', fix: 'Fix the directive and test the config', code: (n) => `sudo logrotate -d ${n}` },
  { re: String.raw`error: error opening (?<n>\S{1,300}): (?<errno>[A-Z][a-z][^\n]{1,60})`, type: errnoOf, why: 'logrotate could not open the log to rotate: it runs as root but a security profile or ownership refuses it, or the file is gone.', fix: 'Check the file and the su directive of its config', code: (n) => `ls -l ${n}\nsudo logrotate -d /etc/logrotate.conf` },
];

export const SHELL_CATALOG2_PATTERNS: readonly ErrorPattern[] = [
  // Negative: a status line is a consequence; the program's own error (another language's) explains more, and a
  // text in another language never reaches this pattern. Below shell.systemd-start-limit (-10), which it leads to.
  catalogPattern({
    id: 'shell.systemd-status-catalog',
    tool: 'systemd',
    category: 'runtime',
    priority: -12,
    entries: SYSTEMD_ENTRIES.slice(2, 5),
    references: REFS.systemd,
    requires: /process exited, code=|killed by the OOM killer|result 'oom-kill'|failed because the control process/,
    samples: [
      "Dec 06 10:00:01 host systemd[1]: myapp.service: Main process exited, code=exited, status=1/FAILURE\nDec 06 10:00:01 host systemd[1]: myapp.service: Failed with result 'exit-code'.",
      'Dec 06 10:00:01 host systemd[1]: worker.service: Main process exited, code=killed, status=9/KILL',
    ],
  }),
  catalogPattern({
    id: 'shell.systemd-unit-catalog',
    tool: 'systemd',
    category: 'configuration',
    priority: 26,
    entries: [...SYSTEMD_ENTRIES.slice(0, 2), ...SYSTEMD_ENTRIES.slice(5)],
    references: REFS.systemd,
    requires: /failed because|Failed with result|operation timed out|Ignoring|ignoring|Neither a valid|Invalid user\/group|ExecStart=|changed on disk|is masked|to trigger not loaded|Failed to |Can't open PID file|Dependency failed|Timed out waiting|Watchdog timeout|not applicable/,
    samples: [
      'Dec 06 10:00:01 host systemd[1]: /etc/systemd/system/app.service:3: Assignment outside of section. Ignoring.',
      'Job for docker.service failed because start of the service was attempted too often.',
      'Dec 06 10:00:01 host systemd[1]: backup.timer: Refusing to start, unit backup.service to trigger not loaded.',
    ],
  }),
  catalogPattern({
    id: 'shell.ci-exit-status-catalog',
    tool: 'the CI step',
    category: 'runtime',
    priority: 7,
    entries: CI_ENTRIES,
    references: REFS.ci,
    requires: /exit code|exit status|exited with|Killed|Terminated/,
    samples: ['Run make test\nError: Process completed with exit code 137.', "##[error]Bash exited with code '127'.", '[1]+  Killed                  ./long-job.sh'],
  }),
  catalogPattern({
    id: 'shell.admin-tools-catalog',
    tool: 'the command',
    category: 'configuration',
    priority: 21,
    entries: ADMIN_TOOL_ENTRIES,
    references: [ref('mount(8)', 'https://man7.org/linux/man-pages/man8/mount.8.html'), ref('iptables(8)', 'https://man7.org/linux/man-pages/man8/iptables.8.html'), ref('logrotate(8)', 'https://man7.org/linux/man-pages/man8/logrotate.8.html')],
    requires: /tar: Exiting|mount: |iptables|ERROR: |flock: |at: |atd|Garbled time|logrotate|error: error opening/,
    samples: ['tar: Exiting with failure status due to previous errors', 'iptables: Bad rule (does a matching rule exist in that chain?).', "flock: failed to execute python: No such file or directory"],
  }),
];
