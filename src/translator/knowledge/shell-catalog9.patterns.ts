import type { ErrorPattern } from '../rules/error-pattern';
import { catalogMessage, catalogPattern, nameOr as or, type CatalogEntry } from './linux-catalog.patterns';
import { ref } from './answer-parts';

/**
 * A ninth catalog pass over the shell family, from the operating systems' package managers and the machine around
 * them, where the engine answered with another language, not at all, or with Docker's answer: apt's "Waiting for
 * cache lock" line, dpkg's failure as apt 3, a translated apt or a garbled paste prints it, apk's selection failure
 * inside a log or quoted alone, pacman's file conflicts without their header, flatpak's newer "No remote refs found
 * for" and its invalid refspec, snapctl's change in progress and snapd's missing base snap, systemd's older "Job for
 * … failed. See", yum's failed repository without its last line, sudo-rs's setuid check, WSL's own start-up codes
 * when no Docker is around, a bare setlocale warning, env's shebang with arguments, and PowerShell's error records
 * that a paste prefixed with quote marks, bullets or backticks.
 *
 * The type is the tool's phrase without the names around it, or the code or exception it reports (corpus README,
 * shell row). The `n` group captures the name the message is about (a lock file, package, unit, remote), which the
 * fix repeats.
 */

const REFS = {
  packages: [
    ref('apt-get(8)', 'https://manpages.debian.org/apt/apt-get.8.en.html'),
    ref('dpkg(1)', 'https://manpages.debian.org/dpkg/dpkg.1.en.html'),
    ref('Alpine Linux: Alpine Package Keeper', 'https://wiki.alpinelinux.org/wiki/Alpine_Package_Keeper'),
    ref('ArchWiki: pacman troubleshooting', 'https://wiki.archlinux.org/title/Pacman#Troubleshooting'),
    ref('yum(8)', 'https://man7.org/linux/man-pages/man8/yum.8.html'),
  ],
  sandboxes: [
    ref('Flatpak: command reference', 'https://docs.flatpak.org/en/latest/flatpak-command-reference.html'),
    ref('Flathub: setup', 'https://flathub.org/setup'),
    ref('Snapcraft: snap changes and tasks', 'https://snapcraft.io/docs/keeping-snaps-up-to-date'),
  ],
  system: [
    ref('systemctl(1)', 'https://www.freedesktop.org/software/systemd/man/latest/systemctl.html'),
    ref('sudo-rs', 'https://github.com/trifectatechfoundation/sudo-rs'),
    ref('locale(1)', 'https://man7.org/linux/man-pages/man1/locale.1.html'),
    ref('env(1)', 'https://man7.org/linux/man-pages/man1/env.1.html'),
  ],
  windows: [
    ref('Troubleshooting Windows Subsystem for Linux', 'https://learn.microsoft.com/windows/wsl/troubleshooting'),
    ref('about_Execution_Policies', 'https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_execution_policies'),
    ref('about_Error_Handling', 'https://learn.microsoft.com/powershell/scripting/learn/deep-dives/everything-about-exceptions'),
  ],
};

const PACKAGE_ENTRIES: readonly CatalogEntry[] = [
  {
    // apt 1.9+ waits for the lock (apt-get -o DPkg::Lock::Timeout) and says so on one line, which a paste may repeat.
    re: String.raw`Waiting for cache lock: Could not get lock (?<n>\S{1,300}?)\. It is held by process \d{1,9}`,
    type: 'Could not get lock',
    why: 'Another apt or dpkg process holds the package database lock: unattended-upgrades or apt-daily on a freshly booted machine (a CI runner, a new cloud VM), a package manager GUI, or an earlier apt command still running in another terminal.',
    fix: 'Wait for the other package manager to finish, rather than deleting the lock',
    code: (n) => `ps aux | grep -E 'apt|dpkg|unattended' | grep -v grep   # the process named after "held by process"\nsudo fuser -v ${or(n, '/var/lib/dpkg/lock-frontend')}\nsudo apt-get -o DPkg::Lock::Timeout=600 install <package>   # wait up to 10 minutes (apt 1.9+)\n# on a CI runner: sudo systemctl stop unattended-upgrades (or wait for it)`,
  },
  {
    // apt 3 says "Error:", a translated or garbled paste spaces the path or says "Subprocess"/"Sub-processes".
    re: String.raw`(?:^|\n)[ \t]{0,4}(?:E|Error): Sub-?process(?:es)? (?<n>\/ ?[\w.-]{1,100}(?: ?\/ ?[\w.-]{1,100}){0,12}) return(?:ed|s) (?:an )?error code \(\d{1,3}\)`,
    type: 'Sub-process returned an error code',
    why: 'apt ran dpkg and dpkg failed; the lines above this one say which package and why: a maintainer script (postinst, prerm) that exited with an error, a file another package already owns, a full disk, or a package left half-configured by an interrupted upgrade.',
    fix: 'Read the dpkg lines above, fix that package, then let dpkg finish',
    code: () => `sudo dpkg --configure -a\nsudo apt-get -f install\n# the failing script: sudo sh -x /var/lib/dpkg/info/<package>.postinst configure`,
  },
  {
    // apk's selection failure after a logger's prefix, or with a "breaks:" conflict, which its own pattern leaves.
    re: String.raw`ERROR: unable to select packages:[ \t]*\r?\n`,
    type: 'unable to select packages',
    why: 'apk could not choose a set of packages that satisfies the request: a package name that does not exist in the enabled repositories (a typo, a package of another Alpine branch, or the community repository not enabled), or a pinned version (world[x=1.2]) that the index no longer has.',
    fix: 'Check the package name and version against the repositories apk uses',
    code: () => `cat /etc/apk/repositories   # main and community of the same release\napk update && apk search <package>\n# a pinned version: apk add 'nodejs<21' or drop the =version from the world file`,
  },
  {
    // The same report with its ERROR line cut off: the package and the world entry that asked for it.
    re: String.raw`(?<n>[\w.+-]{1,100}) \(no such package\):[ \t]*\r?\n[ \t]{0,12}required by: world\[`,
    type: 'unable to select packages',
    why: 'apk could not find the package the world file asks for in any enabled repository (a typo, a package of another branch or of the community repository), and refuses to change anything until the world file is satisfiable.',
    fix: 'Remove or correct the package in the world file',
    code: (n) => `apk del ${or(n, '<package>')}   # drop the unknown name from /etc/apk/world\napk update && apk search ${or(n, '<package>')}`,
  },
  {
    // pacman's conflict lines without the "failed to commit transaction (conflicting files)" header above them.
    re: String.raw`(?:^|\n)[ \t]{0,4}(?<n>[\w.+@-]{1,100}): \/[^\n]{0,300}? exists in filesystem`,
    type: 'conflicting files',
    why: 'pacman would install a file that already exists on disk and belongs to no package (or to another package): a file installed by hand, by pip or make install, or left by a package removed without pacman.',
    fix: 'Find out who owns the file, then remove it or overwrite it deliberately',
    code: (n) => `pacman -Qo <path>   # which package, if any, owns it\nsudo pacman -S ${or(n, '<package>')} --overwrite '<path>'   # only for files no package owns`,
  },
  {
    // yum 3 (CentOS 6/7) ends this block with "Cannot find a valid baseurl for repo: …", which a paste may cut off.
    re: String.raw`One of the configured repositories failed \((?<n>[^)\n]{1,100})\),[\s\S]{0,40}?and yum doesn't have enough cached data`,
    type: 'Cannot find a valid baseurl for repo',
    why: "yum could not reach any mirror of a repository: since CentOS 7's end of life (June 2024) mirrorlist.centos.org no longer answers, or the machine has no network or DNS, or a proxy blocks it.",
    fix: 'Point the repository at a mirror that answers (vault.centos.org for CentOS 7), or fix the network',
    code: () => `sudo sed -i -e 's/^mirrorlist=/#mirrorlist=/' -e 's|^#baseurl=http://mirror.centos.org|baseurl=http://vault.centos.org|' /etc/yum.repos.d/CentOS-*.repo\nsudo yum clean all && sudo yum makecache`,
  },
];

const SANDBOX_ENTRIES: readonly CatalogEntry[] = [
  {
    // flatpak 1.16's wording: "for", no longer "similar to".
    re: String.raw`error: No remote refs found for [‘'"](?<n>[^’'"\n]{1,100})`,
    type: 'No remote refs found',
    why: 'flatpak found no remote of that name, or no application of that name in the remotes it has: usually the flathub remote was never added on this machine (a fresh flatpak install has none).',
    fix: 'Add the Flathub remote, then install again',
    code: (n) => `flatpak remotes\nflatpak remote-add --if-not-exists flathub https://dl.flathub.org/repo/flathub.flatpakrepo\nflatpak search ${or(n, '<app>')}`,
  },
  {
    re: String.raw`flatpak [^\n]{0,200}\r?\n(?:[^\n]{0,200}\r?\n){0,3}error: Invalid refspec (?<n>[^\s]{1,200})`,
    type: 'Invalid refspec',
    why: 'flatpak read a ref without a branch or architecture from its own configuration: an application installed from a .flatpakref whose origin remote lost its collection or URL, often after a flatpak upgrade.',
    fix: 'Repair the installation, or remove and reinstall the application whose remote is named',
    code: (n) => `flatpak repair --user; sudo flatpak repair\nflatpak remotes --show-disabled\nflatpak remote-delete ${or(n, '<remote>').replace(/:.*$/, '')}   # then install the app again`,
  },
  {
    // A snap's own hook or CLI asked snapd (snapctl) while another change on that snap is still running.
    re: String.raw`snapctl: snap "(?<n>[^"\n]{1,100})" has (?:"[\w-]{1,60}" change|changes) in progress`,
    type: 'change in progress',
    why: 'snapd is still working on that snap (a download, an install of components, a refresh) and refuses a second change on it until the first one finishes.',
    fix: 'Wait for the running change to finish (or abort it), then run the command again',
    code: (n) => `snap changes ${or(n, '<snap>')}\nsnap watch --last=install   # or: sudo snap abort <id>`,
  },
  {
    re: String.raw`error: cannot install "(?<n>[^"\n]{1,100})": cannot install snapd snap on a model without a\s{1,20}base snap yet`,
    type: 'cannot install snapd snap on a model without a base snap yet',
    why: 'snapd refuses to install the snapd snap before any base snap (core18, core20…) is installed, on a system whose model assertion expects one; it happens on distributions where the deb snapd and the core snap got out of step.',
    fix: 'Install a base snap first, then the snapd snap',
    code: () => `sudo snap install core\nsudo snap install snapd\nsnap version`,
  },
];

const SYSTEM_ENTRIES: readonly CatalogEntry[] = [
  {
    // systemd before 226 gave no reason: "Job for x.service failed. See 'systemctl status x.service' and 'journalctl -xn'".
    re: String.raw`Job for (?<n>\S{1,200}) failed\. See ['"]systemctl status`,
    type: 'Job failed',
    why: "The unit's start job failed: its ExecStartPre= or ExecStart= command exited with an error (a configuration test such as nginx -t, a port in use, a missing file), and the unit's log says which.",
    fix: "Read the unit's status and log, fix what its command reported, then start it again",
    code: (n) => `systemctl status ${or(n, '<unit>')} -l\njournalctl -u ${or(n, '<unit>')} -n 50 --no-pager`,
  },
  {
    re: String.raw`sudo-rs: (?<n>sudo) must be owned by uid 0 and have the setuid bit set`,
    type: 'must be owned by uid 0 and have the setuid bit set',
    why: "sudo-rs, like sudo, can raise privileges only when its binary belongs to root and has the setuid bit: one installed with cargo install into a user's directory, or copied without its mode, has neither.",
    fix: 'Use the packaged sudo-rs, or give the binary to root with the setuid bit',
    code: () => `ls -l "$(command -v sudo)"   # -rwsr-xr-x root root is what it needs\nsudo chown root:root /path/to/sudo && sudo chmod 4755 /path/to/sudo   # as root, or from a root shell (su -)`,
  },
  {
    // The warning alone, without the shell's name before it (a login banner, a container's first lines).
    re: String.raw`(?:^|\n)[ \t]{0,8}warning: setlocale: LC_[A-Z]{2,12}: cannot change locale \((?<n>[^)\n]{1,60})\)`,
    type: 'cannot change locale',
    why: 'LC_ALL (or another LC_ variable) names a locale that is not generated on this machine: a minimal image that has only C and C.UTF-8, or an ssh client that sends its own LANG and LC_* to a server that lacks them.',
    fix: 'Generate the locale, or use one the machine has (C.UTF-8)',
    code: (n) => `locale -a\nsudo locale-gen ${or(n, 'en_US.UTF-8')} && sudo update-locale   # Debian/Ubuntu: or dpkg-reconfigure locales\nexport LC_ALL=C.UTF-8   # one every glibc system has`,
  },
  {
    // "#!/usr/bin/env node --harmony": Linux passes "node --harmony" to env as one name, which no file has.
    re: String.raw`(?:^|\n)(?:\/usr)?\/bin\/env: (?<n>[\w.+-]{1,60}) --?[\w-]{1,40}(?: [^\n:]{0,60})?: (?<errno>No such file or directory)`,
    type: 'No such file or directory',
    why: 'The script\'s shebang passes options after the interpreter (#!/usr/bin/env node --harmony), and Linux hands env the whole rest of the line as one program name, which does not exist.',
    fix: 'Use env -S to split the arguments, or move the options out of the shebang',
    code: (n) => `head -1 <script>\n# #!/usr/bin/env -S ${or(n, 'node')} --harmony   (coreutils 8.30+)\nwhich ${or(n, 'node')}`,
  },
];

const WINDOWS_ENTRIES: readonly CatalogEntry[] = [
  {
    // A record that a paste prefixed with quote marks (>), bullets (- for +) or backticks; the console may have
    // wrapped the exception's name.
    re: String.raw`(?:^|\n)[>\x60 \t]{0,12}[+-] CategoryInfo[ \t]{0,20}: \w{1,40}: (?:\([^\n]{0,300}\) )?\[[^\]\n]{0,100}\][,，] ?(?<n>[A-Z]\w{1,100})(?:\x60?\r?\n[ \t]{1,8}(?<kind>[a-z]\w{0,60})\b)?`,
    type: (g) => (g.kind && g.n && !g.n.endsWith('Exception') ? `${g.n}${g.kind}` : (g.n ?? 'RuntimeException')),
    why: "PowerShell's error record names the .NET exception behind the failure: PSSecurityException when the execution policy blocks a script, UnauthorizedAccessException or SecurityException when the session may not write a registry key or file (not elevated), ItemNotFoundException for a path that does not exist.",
    fix: 'Read the message above the record; for access errors run the session elevated, for script blocking set the execution policy for your user',
    code: () => `Set-ExecutionPolicy -Scope CurrentUser RemoteSigned   # scripts blocked\nStart-Process powershell -Verb RunAs   # registry or Program Files access\n$Error[0] | Format-List * -Force   # the whole record`,
  },
  {
    re: String.raw`Set-ExecutionPolicy : Access to the (?:registry key|path)\s{1,4}'(?<n>[^'\n]{1,300})'\s{1,4}is denied`,
    type: 'UnauthorizedAccessException',
    why: 'Set-ExecutionPolicy without -Scope changes the LocalMachine policy, stored in HKLM (or in PowerShell 7\'s install folder), which only an elevated session may write.',
    fix: 'Set the policy for your user, or run PowerShell as administrator',
    code: () => `Set-ExecutionPolicy -Scope CurrentUser RemoteSigned\nGet-ExecutionPolicy -List`,
  },
];

export const SHELL_CATALOG9_PATTERNS: readonly ErrorPattern[] = [
  catalogPattern({
    id: 'shell.packages-catalog9',
    tool: 'apt/dpkg/apk/pacman/yum',
    category: 'configuration',
    // Low: every text here was answered by no pattern; the package managers' own patterns keep what they match.
    priority: 19,
    entries: PACKAGE_ENTRIES,
    references: REFS.packages,
    requires: /Waiting for cache lock|Sub-?process|unable to select packages|no such package|exists in filesystem|One of the configured repositories failed/,
    samples: [
      'Waiting for cache lock: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 63985 (apt)',
      'Error: Sub-process /data/data/com.termux/files/usr/bin/dpkg returned an error code (1)',
      'filesystem: /data/data/com.termux/files/usr/bin exists in filesystem',
    ],
  }),
  catalogPattern({
    id: 'shell.sandboxes-catalog9',
    tool: 'flatpak/snap',
    category: 'configuration',
    priority: 21,
    entries: SANDBOX_ENTRIES,
    references: REFS.sandboxes,
    requires: /No remote refs found for|Invalid refspec|snapctl: snap|without a\s{1,20}base snap yet/,
    samples: [
      '$ flatpak install flathub com.github.hluk.copyq\nLooking for matches…\nerror: No remote refs found for ‘flathub’',
      'error: snapctl: snap "gemma4" has changes in progress',
    ],
  }),
  catalogPattern({
    id: 'shell.system-catalog9',
    tool: 'systemd/sudo-rs/locale/env',
    category: 'configuration',
    priority: 21,
    entries: SYSTEM_ENTRIES,
    references: REFS.system,
    requires: /failed\. See |sudo-rs: |warning: setlocale: |bin\/env: /,
    samples: [
      "Job for nginx.service failed. See 'systemctl status nginx.service' and 'journalctl -xn' for details.",
      'warning: setlocale: LC_ALL: cannot change locale (en_US.UTF-8)',
    ],
  }),
  catalogPattern({
    id: 'shell.powershell-catalog9',
    tool: 'PowerShell',
    category: 'permission',
    // Below shell.powershell-error (30), which answers the records it reads as they are.
    priority: 29,
    entries: WINDOWS_ENTRIES,
    references: REFS.windows,
    requires: /CategoryInfo|Set-ExecutionPolicy : Access to the/,
    samples: [
      '  - CategoryInfo          : NotSpecified: (:) [], PSSecurityException\n  - FullyQualifiedErrorId : RuntimeException',
    ],
  }),
  catalogMessage({
    id: 'shell.wsl-catalog9',
    tool: 'WSL',
    category: 'runtime',
    // Above docker.engine-host (38), which answers a Wsl/… code as Docker Desktop's: only where no Docker is named;
    // the codes shell.windows-catalog6 explains stay its own.
    priority: 39,
    requires: /Error code: Wsl\/Service\/(?:CreateInstance\/)?CreateVm\/|WslRegisterDistribution failed with error: /,
    re: String.raw`^(?![\s\S]*?[Dd][Oo][Cc][Kk][Ee][Rr])[\s\S]*?(?:Error code: Wsl\/Service\/(?:CreateInstance\/)?CreateVm\/(?:HCS\/)?(?!0x80370102|0x800701bc|0x8007019e)(?<n>HCS_E_[A-Z_]{2,60}|ERROR_[A-Z_]{2,60}|0x[0-9a-fA-F]{8})|WslRegisterDistribution failed with error: (?!0x80370102|0x800701bc|0x8007019e)(?<kind>0x[0-9a-fA-F]{8}))`,
    type: (g) => g.n ?? g.kind ?? 'WSL error',
    why: "wsl.exe could not start the distribution's lightweight virtual machine: the Virtual Machine Platform or Hyper-V components are off or half-installed (HCS_E_SERVICE_NOT_AVAILABLE, 0x80370114), virtualisation is disabled in the firmware, or a Windows or WSL update left WSL's own files broken (ERROR_MOD_NOT_FOUND, 0x8007000d).",
    fix: 'Enable the virtualisation features, update WSL, then restart Windows',
    code: () => `wsl --update\nwsl --shutdown\ndism.exe /online /enable-feature /featurename:VirtualMachinePlatform /all /norestart\nbcdedit /set hypervisorlaunchtype auto\n# restart, and check that virtualisation (VT-x / AMD-V) is on in the firmware`,
    references: REFS.windows,
    samples: [
      'The operation could not be started because a required feature is not installed.\nError code: Wsl/Service/CreateInstance/CreateVm/HCS_E_SERVICE_NOT_AVAILABLE',
      'WslRegisterDistribution failed with error: 0x80370114',
    ],
  }),
];
