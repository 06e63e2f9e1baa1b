import type { ErrorPattern } from '../rules/error-pattern';
import { catalogMessage, catalogPattern, nameOr as or, errnoOf, type CatalogEntry } from './linux-catalog.patterns';
import { ref } from './answer-parts';

/**
 * An eighth catalog pass over the shell family, from everyday command-line tools as people paste them, where the
 * engine answered with another language, not at all, or with a garbled type: curl's certificate failure whose line a
 * hard-wrapping console joined to the next one, old curl's "Failed connect to", wget behind a proxy and wget's
 * certificate check with a log prefix, a wrapped issuer, as a warning or in German, bsdtar's delayed exit, a full disk
 * under the errors it causes, umount's busy target inside udisks' error, ln's unsupported links, macOS' developer
 * tools (xcode-select without Xcode, xcrun's missing utility, codesign's extended attributes, xattr), Gatekeeper's
 * unquoted and Sequoia dialogs, Homebrew under Rosetta 2, cmd.exe's and PowerShell's messages cut by a console or a
 * paste, robocopy's and CreateFile's "Access is denied", and ssh's refused exec request.
 *
 * The type is the tool's phrase without the names around it, or the system error it reports (corpus README, shell
 * row). The `n` group captures the name the message is about (a host, file, tool, app), which the fix repeats.
 */

const REFS = {
  network: [
    ref('curl: SSL certificate verification', 'https://curl.se/docs/sslcerts.html'),
    ref('curl: exit codes', 'https://curl.se/libcurl/c/libcurl-errors.html'),
    ref('GNU Wget manual: HTTPS (SSL/TLS) options', 'https://www.gnu.org/software/wget/manual/html_node/HTTPS-_0028SSL_002fTLS_0029-Options.html'),
    ref('ssh(1)', 'https://man.openbsd.org/ssh'),
  ],
  files: [
    ref('GNU Coreutils manual', 'https://www.gnu.org/software/coreutils/manual/coreutils.html'),
    ref('bsdtar(1)', 'https://man.freebsd.org/cgi/man.cgi?query=bsdtar&sektion=1'),
    ref('umount(8)', 'https://man7.org/linux/man-pages/man8/umount.8.html'),
  ],
  macos: [
    ref('Apple: Installing the command line tools', 'https://developer.apple.com/documentation/xcode/installing-the-command-line-tools/'),
    ref('Apple TN2206: macOS code signing in depth', 'https://developer.apple.com/library/archive/technotes/tn2206/_index.html'),
    ref('Apple: Safely open apps on your Mac', 'https://support.apple.com/102445'),
    ref('Homebrew: Installation', 'https://docs.brew.sh/Installation'),
  ],
  windows: [
    ref('about_Execution_Policies', 'https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_execution_policies'),
    ref('Windows commands: robocopy', 'https://learn.microsoft.com/windows-server/administration/windows-commands/robocopy'),
    ref('Windows commands: where', 'https://learn.microsoft.com/windows-server/administration/windows-commands/where'),
  ],
};

const WGET_ENTRIES: readonly CatalogEntry[] = [
  {
    // Through a proxy wget says "Proxy request sent"; the dated "ERROR 404" line under it loses its date and level.
    re: String.raw`Proxy request sent, awaiting response\.\.\. (?<n>[45]\d\d) [^\n]{1,100}`,
    type: (g) => `ERROR ${g.n ?? '404'}`,
    why: 'The proxy answered for the server with an HTTP error: 404 a URL that does not exist (a release asset renamed or removed, a typo, a branch or version that moved), 403 or 407 a proxy or server refusing the request.',
    fix: 'Check the URL, and whether the proxy may fetch it',
    code: (n) => `wget -S --spider "$URL"   # the status and headers, through the proxy\nenv | grep -i proxy\n# HTTP ${or(n, '404')}: open the URL in a browser; a moved release asset needs the new URL`,
  },
  {
    // OpenSSL builds: the reason on the line after the issuer, which a console may have wrapped, a logger prefixed,
    // and --no-check-certificate turned into a WARNING.
    re: String.raw`(?:ERROR|WARNING): cannot verify [‘'"\x60]?(?<n>[^\s'’"\x60]{1,255})[’'"]?'s certificate, issued by [\s\S]{1,700}?:\n[^\n]{0,60}?(?<kind>Unable to locally verify the issuer's authority|Self-signed certificate encountered|Issued certificate has expired|Issued certificate not yet valid)`,
    type: (g) => g.kind ?? "Unable to locally verify the issuer's authority",
    why: "wget could not verify the server's certificate against the CA certificates it knows: the CA bundle is missing or old on this machine (ca-certificates in a minimal image, an old Windows build of wget with no bundle at all), an intermediate certificate the server does not send, or a TLS-inspecting proxy whose CA is not installed.",
    fix: 'Give wget the CA certificates, rather than turning verification off',
    code: (n) => `sudo apt-get install -y ca-certificates   # or: yum install ca-certificates; apk add ca-certificates\nwget --ca-certificate=/path/to/ca.pem https://${or(n, '<host>')}/...   # a corporate or internal CA\necho | openssl s_client -connect ${or(n, '<host>')}:443 -showcerts   # the chain the server sends`,
  },
  {
    // GNU wget in German: "FEHLER: Kann das Zertifikat von »host« nicht prüfen" (its level read as ERROR) and the reason on its own line.
    re: String.raw`(?:FEHLER|ERROR): Kann das Zertifikat von »(?<n>[^«\n]{1,255})« nicht prüfen[\s\S]{0,400}?Die Authorität des Ausstellers des Zertifikates kann lokal nicht geprüft werden`,
    type: "Unable to locally verify the issuer's authority",
    why: "wget (in German) could not verify the server's certificate against the CA certificates it knows: a missing or old CA bundle (Windows builds of wget often ship none), an intermediate certificate the server does not send, or a TLS-inspecting proxy.",
    fix: 'Give wget the CA certificates, rather than turning verification off',
    code: (n) => `wget --ca-certificate=C:\\path\\to\\cacert.pem https://${or(n, '<host>')}/...   # e.g. curl's cacert.pem\n# or set ca_certificate = <file> in wgetrc (SYSTEM_WGETRC)`,
  },
];

const FILE_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`(?:^|\n)(?:bsd)?tar: Error exit delayed from previous errors`,
    type: 'Error exit delayed from previous errors',
    why: "bsdtar (macOS' and the BSDs' tar, libarchive) went on after an error on one member and exits with a failure at the end; the member lines above this one say what went wrong (a truncated or damaged archive, a file it could not create).",
    fix: 'Read the member lines above, and test the archive',
    code: () => `tar -tvf <archive> | tail -3   # lists every member, and stops at the damage\nls -l <archive>   # a truncated download is smaller than it should be; download it again`,
  },
  {
    // Udisks (a file manager, bashmount, udisksctl) runs umount and wraps its message.
    re: String.raw`Command-line \x60umount[^\n]{0,300}?' exited with non-zero exit status \d{1,3}: umount: (?<n>[^\n]{1,300}?): target is busy`,
    type: 'target is busy',
    why: 'umount refused: a process still has a file open on the file system, or its working directory inside it (a shell cd-ed into the mount point, a file manager window, an editor).',
    fix: 'Find what uses the mount and close it',
    code: (n) => `sudo fuser -vm "${or(n, '/mnt/point')}"\nsudo lsof +f -- "${or(n, '/mnt/point')}"\n# cd out of it in every shell, then:\nudisksctl unmount -b /dev/sdX1`,
  },
  {
    re: String.raw`(?:^|\n)(?:ln|cp|mv|chmod|chown|chgrp|touch|mkdir|mkfifo|setfacl|chattr): (?:[a-z][a-z ]{0,40} )?[‘']?(?<n>[^\n'’]{1,300}?)[’']?: (?<errno>Operation not supported)`,
    type: errnoOf,
    why: 'The file system does not support the operation: symbolic or hard links, Unix permissions or ownership on a FAT/exFAT drive, a Windows share (SMB/CIFS), a FUSE mount such as Google Drive in Colab, or a WSL path on /mnt/c.',
    fix: 'Do it on a file system that supports it, or copy instead of linking',
    code: (n) => `df -T "$(dirname ${or(n, '<path>')})"   # the file system type\n# links on a FAT, SMB or FUSE mount: copy the file instead\ncp -r <source> ${or(n, '<target>')}`,
  },
];

const MACOS_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`xcode-select: error: tool '(?<n>[^'\n]{1,100})' requires Xcode`,
    type: 'requires Xcode',
    why: 'The tool (xcodebuild, most often run by CocoaPods, node-gyp, Flutter or a build script) only exists in the full Xcode app, but the active developer directory is the Command Line Tools: Xcode is not installed, or installed and not selected.',
    fix: 'Install Xcode and select it as the active developer directory',
    code: (n) => `xcode-select -p   # /Library/Developer/CommandLineTools: the CLT, without ${or(n, 'xcodebuild')}\nsudo xcode-select --switch /Applications/Xcode.app/Contents/Developer\nsudo xcodebuild -license accept`,
  },
  {
    // Not inside a Node.js program's "Error: Command failed: xcrun …" (the program's error, README), before or after it.
    re: String.raw`xcrun: error: (?<!Error: Command failed: [^\n]{1,300}\nxcrun: error: )unable to find utility "(?<n>[^"\n]{1,100})", not a developer tool or in PATH(?![\s\S]{0,3000}Error: Command failed: )`,
    type: 'unable to find utility',
    why: 'xcrun looks the tool up in the active developer directory, and it is not there: simctl, altool and the other simulator and distribution tools come with Xcode, not the Command Line Tools, or Xcode is installed but not selected (Xcode > Settings > Locations > Command Line Tools empty).',
    fix: 'Select Xcode as the active developer directory',
    code: (n) => `xcode-select -p\nsudo xcode-select -s /Applications/Xcode.app/Contents/Developer\nxcrun --find ${or(n, 'simctl')}`,
  },
  {
    re: String.raw`(?:^|\n)(?<n>[^\n]{1,300}?): resource fork, Finder information, or similar detritus not allowed`,
    type: 'resource fork, Finder information, or similar detritus not allowed',
    why: 'codesign refuses to sign a bundle holding files with extended attributes (com.apple.FinderInfo, a resource fork, com.apple.provenance or an iCloud Drive attribute): files copied or edited through Finder, a project kept in an iCloud-synced folder, or assets downloaded with quarantine attributes.',
    fix: 'Clear the extended attributes from the bundle, then sign again',
    code: (n) => `xattr -lr ${or(n, '<app bundle>')}   # the files that carry attributes\nxattr -cr ${or(n, '<app bundle>')}\n# a project in ~/Documents or ~/Desktop synced by iCloud: build outside it (e.g. ~/Developer)`,
  },
  {
    re: String.raw`(?:^|\n)xattr: \[Errno \d{1,3}\] (?<errno>[A-Z][^:\n]{1,60}): '(?<n>[^'\n]{1,300})'`,
    type: errnoOf,
    why: "xattr could not change the file's attributes: the file belongs to root or to a signed, protected bundle, or macOS' privacy protection (App Management, Full Disk Access) keeps the terminal from changing apps in /Applications.",
    fix: 'Run it with sudo, and give the terminal the permission macOS asks for',
    code: (n) => `sudo xattr -dr com.apple.quarantine "${or(n, '/Applications/<App>.app')}"\n# System Settings > Privacy & Security > App Management (or Full Disk Access): allow Terminal`,
  },
  {
    re: String.raw`(?:^|\n)xattr: No such file: (?<n>[^\n]{1,300})`,
    type: 'No such file or directory',
    why: 'xattr was given a path that does not exist: an app name without its .app extension, a name with spaces not quoted, the app still inside the mounted disk image, or files a damaged bundle no longer has.',
    fix: 'Give xattr the exact path, quoted',
    code: (n) => `ls -d /Applications/*.app | grep -i '${or(n, '<App>').replace(/^.*\//, '').replace(/'/g, '')}'\nxattr -dr com.apple.quarantine "/Applications/<App>.app"`,
  },
  {
    // The Gatekeeper dialog pasted without the quotes around the app's name.
    re: String.raw`(?:^|\n)(?<n>[^\n“”"]{1,200}?) cannot be opened because the developer cannot be verified`,
    type: 'cannot be opened because the developer cannot be verified',
    why: 'Gatekeeper blocks an app downloaded from the internet that is not signed by an identified developer and notarised by Apple.',
    fix: 'Open it once from Finder with right-click → Open, or remove the quarantine attribute',
    code: (n) => `xattr -dr com.apple.quarantine "/Applications/${or(n, '<App>')}.app"`,
  },
  {
    // macOS 15 (Sequoia) and later: '"X" Not Opened' and "Apple could not verify "X" is free of malware…".
    re: String.raw`Apple could not verify (?:whether )?[“"](?<n>[^”"\n]{1,200})[”"] is free of malware`,
    type: 'Apple could not verify',
    why: 'Gatekeeper on macOS 15 and later blocks a downloaded app or installer that is not notarised by Apple; right-click → Open no longer offers to open it anyway.',
    fix: 'Allow it in System Settings, or remove the quarantine attribute once you trust it',
    code: (n) => `# System Settings > Privacy & Security > "${or(n, '<App>')}" was blocked > Open Anyway\nxattr -dr com.apple.quarantine "/Applications/${or(n, '<App>')}"`,
  },
  {
    re: String.raw`Error: (?<kind>Cannot install (?:under Rosetta 2|in Homebrew under Rosetta 2|in Homebrew on Intel processor) in ARM default prefix) \((?<n>[^)\n]{1,200})\)`,
    type: (g) => g.kind ?? 'Cannot install under Rosetta 2 in ARM default prefix',
    why: "brew ran as an Intel (x86_64) process under Rosetta 2 — a terminal, an IDE or a script started with arch -x86_64 — while Homebrew lives in /opt/homebrew, the Apple Silicon prefix, which only takes arm64 installs.",
    fix: 'Run brew natively, or install an Intel Homebrew in /usr/local for x86_64',
    code: (n) => `uname -m   # x86_64 in a Rosetta terminal, arm64 natively\narch -arm64 brew install <formula>\n# ${or(n, '/opt/homebrew')} is the arm64 prefix; an Intel Homebrew belongs in /usr/local`,
  },
];

const WINDOWS_ENTRIES: readonly CatalogEntry[] = [
  {
    // The name's opening quote lost in the paste: "nmp' is not recognized as an internal or external command,".
    re: String.raw`(?:^|\n)(?<n>[^'\s]{1,200})' is not recognized as an internal or external command`,
    type: 'command not found',
    why: 'cmd.exe found no program by that name on PATH: a typo, a tool that is not installed, or one installed after this window was opened.',
    fix: 'Check the name, and that its folder is on PATH',
    code: (n) => `where ${or(n, '<command>')}\necho %PATH%\n# open a new terminal after installing, so it reads the new PATH`,
  },
  {
    // The console cut "running scripts is / disabled on this system" across two lines.
    re: String.raw`(?:^|\s)(?:File )?(?<n>\S{1,300}) cannot be loaded because running scripts is[ \t]{0,4}\r?\n[ \t]{0,10}(?:Error: )?disabled on this system`,
    type: 'PSSecurityException',
    why: "PowerShell's execution policy (Restricted by default on Windows clients, often set by a group policy) refuses to run script files: a .ps1, a module's .psm1, a profile, or the step a CI runner wrote to a temporary .ps1.",
    fix: 'Allow local scripts for your user, or bypass the policy for this run',
    code: (n) => `Get-ExecutionPolicy -List\nSet-ExecutionPolicy -Scope CurrentUser RemoteSigned\npowershell -ExecutionPolicy Bypass -File ${or(n, '<script.ps1>')}`,
  },
  {
    re: String.raw`ERROR 5 \(0x00000005\) (?<n>[^\n]{1,300})\n_?Access is denied`,
    type: 'Access is denied',
    why: "robocopy's account may not do this: write to the destination share or folder, or copy security (/SEC, /COPYALL needs the right to set owners and audit information) — a share permission, NTFS permissions, or a prompt that is not elevated.",
    fix: 'Check the account and its rights on the destination, or copy without security',
    code: () => `whoami\nicacls <destination>\n# /B (backup mode) from an elevated prompt, or leave out /SEC and /COPYALL`,
  },
  {
    re: String.raw`Error in function (?<n>\w{1,60}): Access is denied`,
    type: 'Access is denied',
    why: 'Windows refused to open the file or the raw volume: reading a volume (\\\\.\\C:) or a locked system file needs an elevated prompt, and antivirus may block raw disk access.',
    fix: 'Run the command from an elevated prompt',
    code: (n) => `# Start > cmd > Run as administrator, then run the command again\n# (${or(n, 'CreateFile')} was refused)`,
  },
];

export const SHELL_CATALOG8_PATTERNS: readonly ErrorPattern[] = [
  catalogMessage({
    id: 'shell.curl-certificate-joined',
    tool: 'curl',
    category: 'network',
    // Above shell.curl (40): an 80-column line the console unwrapping joined to curl's "More details here" line.
    priority: 41,
    requires: /curl: \(60\) SSL certificate problem: /,
    re: String.raw`curl: \(60\) SSL certificate problem: (?<n>[^\n]{0,200}?[^\s.])\.?(?=More details here)`,
    type: (g) => g.n ?? 'SSL certificate problem',
    why: "curl could not verify the server's certificate against its CA bundle: a self-signed certificate or an internal CA, a TLS-inspecting corporate proxy, or a CA bundle missing on this system.",
    fix: 'Give curl the CA that signed the certificate; do not turn verification off',
    code: () => 'sudo apt-get install -y ca-certificates   # minimal images\ncurl --cacert /path/to/corporate-ca.pem https://internal.example/',
    references: REFS.network,
    samples: ['curl: (60) SSL certificate problem: self signed certificate in certificate chainMore details here: https://curl.haxx.se/docs/sslcerts.html'],
  }),
  catalogMessage({
    id: 'shell.curl-failed-connect-old',
    tool: 'curl',
    category: 'network',
    // Above shell.curl (40), whose type would be the whole line: old curl (7.29, CentOS 7) says "Failed connect to host:port;".
    priority: 41,
    requires: /Failed connect to /,
    re: String.raw`(?:curl: \(7\) )?Failed connect to (?<n>[\w.-]{1,253}:\d{1,5}); `,
    type: 'Failed to connect',
    why: 'Nothing accepted the TCP connection: the server is down or listens elsewhere, a firewall or a national filter refuses the address (raw.githubusercontent.com from some networks), or a proxy is required and not used.',
    fix: 'Check the route to the host, and use the proxy if the network needs one',
    code: (n) => `curl -v https://${or(n, '<host>:443').replace(/:443$/, '')}/\nenv | grep -i proxy\ngetent hosts ${or(n, '<host>').replace(/:\d+$/, '')}`,
    references: REFS.network,
    samples: ['curl: (7) Failed connect to raw.githubusercontent.com:443; Connection refused'],
  }),
  catalogPattern({
    id: 'shell.wget-catalog8',
    tool: 'wget',
    category: 'network',
    // Below shell.wget (25), which answers the certificate lines it reads as they are.
    priority: 24,
    entries: WGET_ENTRIES,
    references: REFS.network,
    requires: /Proxy request sent|cannot verify |Kann das Zertifikat von/,
    samples: [
      'Proxy request sent, awaiting response... 404 Not Found\n2012-02-21 09:00:42 ERROR 404: Not Found.',
      "ERROR: cannot verify github.com's certificate, issued by `/C=US/O=DigiCert Inc/CN=DigiCert High Assurance EV CA-1':\nINFO -- :   Unable to locally verify the issuer's authority.",
    ],
  }),
  catalogPattern({
    id: 'shell.files-catalog8',
    tool: 'tar/umount/coreutils',
    category: 'io',
    priority: 22,
    entries: FILE_ENTRIES,
    references: REFS.files,
    requires: /Error exit delayed|exited with non-zero exit status|Operation not supported/,
    samples: [
      'x shippable/eaglib-1.0-SNAPSHOT.zip: (Empty error message)\ntar: Error exit delayed from previous errors.',
      "ln: failed to create symbolic link '/content/drive/MyDrive/data/0_heatmap.pkl': Operation not supported",
    ],
  }),
  catalogMessage({
    id: 'shell.disk-full-first',
    tool: 'coreutils',
    category: 'io',
    // Above shell.coreutils-no-such-file (26) and shell.tool-permission-denied (27): a full disk makes the later
    // commands fail on files that were never written.
    priority: 28,
    requires: /No space left on device/,
    re: String.raw`(?:^|\n)(?:mkdir|cp|mv|install|touch|ln|dd|tee|cat|rsync): (?<n>[^\n]{1,300}?): (?<errno>No space left on device)`,
    type: errnoOf,
    why: 'The file system is full (or out of inodes): a build, a download or a log filled it, a small partition such as /boot or a tmpfs, or an image file too small for what is copied into it. The commands after the first one fail because of it.',
    fix: 'Find what filled the file system and free space, then run again',
    code: (n) => `df -h "$(dirname ${or(n, '.')})"\ndf -i   # inodes\nsudo du -xh --max-depth=1 / | sort -h | tail`,
    references: REFS.files,
    samples: ["mkdir: cannot create directory '.minio': No space left on device\nchmod: cannot access '.termux/boot/run.sh': No such file or directory"],
  }),
  catalogPattern({
    id: 'shell.macos-catalog8',
    tool: 'macOS',
    category: 'configuration',
    priority: 40,
    entries: MACOS_ENTRIES,
    references: REFS.macos,
    requires: /xcode-select: error: |xcrun: error: unable to find utility|similar detritus not allowed|xattr: |cannot be opened because the developer|Apple could not verify|ARM default prefix/,
    samples: [
      "xcode-select: error: tool 'xcodebuild' requires Xcode, but active developer directory '/Library/Developer/CommandLineTools' is a command line tools instance",
      '/Applications/Xcode.app: resource fork, Finder information, or similar detritus not allowed',
      'Error: Cannot install under Rosetta 2 in ARM default prefix (/opt/homebrew)!',
    ],
  }),
  catalogPattern({
    id: 'shell.windows-catalog8',
    tool: 'Windows',
    category: 'permission',
    priority: 31,
    entries: WINDOWS_ENTRIES,
    references: REFS.windows,
    requires: /is not recognized as an internal|running scripts is|Access is denied/,
    samples: [
      "nmp' is not recognized as an internal or external command,\noperable program or batch file.",
      'File C:\\runner\\_work\\_temp\\setup.ps1 cannot be loaded because running scripts is \ndisabled on this system.',
    ],
  }),
  catalogMessage({
    id: 'shell.zip-nothing-to-do',
    tool: 'zip',
    category: 'io',
    // Above shell.coreutils-no-such-file (26): the archive a later mv or cp cannot find is the one zip never wrote.
    priority: 28,
    requires: /zip error: Nothing to do!/,
    re: String.raw`zip error: Nothing to do! \((?:try: )?(?<n>[^)\n]{1,300})\)`,
    type: 'Nothing to do',
    why: 'zip found no file to add, so it wrote no archive: the names or patterns given match nothing from the current directory (a path relative to another folder, a glob the shell already expanded to nothing, a directory without -r, or a broken symbolic link); the "name not matched" warnings above name them.',
    fix: 'Run zip from the folder that holds the files, with paths that exist',
    code: (n) => `pwd && ls   # the names zip was given must exist from here\nzip -r <archive>.zip <folder>   # -r for a directory\n# zip said: ${or(n, '<archive>.zip')}`,
    references: REFS.files,
    samples: ['zip warning: name not matched: images\n\nzip error: Nothing to do! (try: zip -r images.zip . -i images)'],
  }),
  catalogMessage({
    id: 'shell.ssh-empty-hostname',
    tool: 'ssh',
    category: 'network',
    priority: 30,
    requires: /Could not resolve hostname : /,
    // An empty host name: a variable that expanded to nothing in "ssh $HOST" or a configuration line.
    re: String.raw`ssh: Could not resolve hostname (?<n>): (?:hostname|nodename) nor servname provided`,
    type: 'Could not resolve hostname',
    why: 'ssh was given an empty host name: a variable (HOST, a CI secret, a script setting) that expanded to nothing, or a configuration file without the host.',
    fix: 'Check the variable or setting that holds the host name',
    code: () => `echo "[$HOST]"   # the variable the script passes to ssh\nssh -G <host> | grep -i '^hostname'   # what ssh_config resolves a Host alias to`,
    references: REFS.network,
    samples: ['ssh: Could not resolve hostname : hostname nor servname provided, or not known\nERR: cannot establish ssh-connection'],
  }),
  catalogMessage({
    id: 'shell.ssh-exec-request',
    tool: 'ssh',
    category: 'network',
    priority: 30,
    requires: /exec request failed on channel/,
    re: String.raw`(?:^|\n)(?<n>exec) request failed on channel \d{1,4}`,
    type: 'exec request failed',
    why: "The ssh server accepted the login but refused to run the command: an account limited to SFTP (ForceCommand internal-sftp, a chroot), a shell such as /usr/sbin/nologin, or a server that allows no remote commands.",
    fix: "Check what the account may run on the server, or use sftp if it is an SFTP-only account",
    code: () => `ssh -v user@host 'true'   # the server's refusal in the debug lines\n# on the server: grep -nE 'ForceCommand|ChrootDirectory|Match' /etc/ssh/sshd_config; getent passwd user`,
    references: REFS.network,
    samples: ['exec request failed on channel 0'],
  }),
];
