import type { ErrorPattern } from '../rules/error-pattern';
import { catalogPattern, nameOr as or, type CatalogEntry } from './linux-catalog.patterns';
import { ref } from './answer-parts';

/**
 * A thirteenth catalog pass over the shell family: system administration as people paste it, where the engine
 * answered with another language or not at all. openssl s_client's own error lines (a pid or thread id, then
 * "error:…:SSL routines:…:reason") and its "verify error:num=N:reason", sshd's journal lines (StrictModes'
 * "Authentication refused: bad ownership or modes", sshd_config's "line N:" refusals without the colon after the
 * file, a busy port 22), Windows' service control and net.exe ("[SC] StartService FAILED 1053:", "System error 53
 * has occurred.", "NET HELPMSG 2186", the Services console's "Error 1053:"), PowerShell cmdlets' messages pasted
 * without their record (Import-Module, Install-Module, New-PSSession, Start-Process, Remove-Item), taskkill,
 * codesign's errSecInternalComponent and missing keychain item, launchctl's missing service and domain, e2fsck,
 * mkfs and parted on a disk in use, mount's missing fstab entry, pacman's unknown signing key, crontab -u, ssh's refused
 * forwardings, and WSL's Winsock failure without a Wsl/ code (English or Chinese).
 *
 * The type is the tool's phrase without the names around it, the reason openssl prints, the message Windows prints
 * for the error code (in English, also when the console printed it translated), or the .NET exception PowerShell
 * raises for the message (corpus README, shell row). The `n` group captures the name the message is about.
 */

const REFS = {
  openssl: [
    ref('openssl-s_client(1)', 'https://docs.openssl.org/master/man1/openssl-s_client/'),
    ref('openssl-verify(1): diagnostics', 'https://docs.openssl.org/master/man1/openssl-verification-options/'),
  ],
  sshd: [
    ref('sshd_config(5)', 'https://man.openbsd.org/sshd_config'),
    ref('sshd(8)', 'https://man.openbsd.org/sshd'),
    ref('ssh(1): port forwarding', 'https://man.openbsd.org/ssh'),
  ],
  windows: [
    ref('sc.exe', 'https://learn.microsoft.com/windows-server/administration/windows-commands/sc-config'),
    ref('net use', 'https://learn.microsoft.com/windows-server/administration/windows-commands/net-use'),
    ref('System error codes (1000-1299)', 'https://learn.microsoft.com/windows/win32/debug/system-error-codes--1000-1299-'),
    ref('taskkill', 'https://learn.microsoft.com/windows-server/administration/windows-commands/taskkill'),
  ],
  powershell: [
    ref('Import-Module', 'https://learn.microsoft.com/powershell/module/microsoft.powershell.core/import-module'),
    ref('Install-Module', 'https://learn.microsoft.com/powershell/module/powershellget/install-module'),
    ref('about_Remote_Troubleshooting', 'https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_remote_troubleshooting'),
    ref('Start-Process', 'https://learn.microsoft.com/powershell/module/microsoft.powershell.management/start-process'),
  ],
  macos: [
    ref('Apple: errSecInternalComponent', 'https://developer.apple.com/documentation/security/errsecinternalcomponent'),
    ref('Apple: Creating Launch Daemons and Agents', 'https://developer.apple.com/library/archive/documentation/MacOSX/Conceptual/BPSystemStartup/Chapters/CreatingLaunchdJobs.html'),
  ],
  linux: [
    ref('e2fsck(8)', 'https://man7.org/linux/man-pages/man8/e2fsck.8.html'),
    ref('mke2fs(8)', 'https://man7.org/linux/man-pages/man8/mke2fs.8.html'),
    ref('GNU Parted manual', 'https://www.gnu.org/software/parted/manual/parted.html'),
    ref('mount(8)', 'https://man7.org/linux/man-pages/man8/mount.8.html'),
    ref('ArchWiki: Pacman/Package signing', 'https://wiki.archlinux.org/title/Pacman/Package_signing'),
    ref('crontab(1)', 'https://man7.org/linux/man-pages/man1/crontab.1.html'),
  ],
};

const OPENSSL_ENTRIES: readonly CatalogEntry[] = [
  {
    // ERR_print_errors' line: "<pid>:error:<code>:SSL routines:<function>:<reason>:<file>:<line>:" (OpenSSL 1.x), or
    // "<thread id in hex>:error:<code>:SSL routines:<function>:<reason>:<file>:<line>:" (OpenSSL 3).
    re: String.raw`(?:^|\n)[ \t]{0,8}(?:\d{3,20}|[0-9A-F]{8,16}):error:[0-9A-Fa-f]{8}:SSL routines:[\w ]{0,60}:(?<n>[a-zA-Z][a-zA-Z0-9 ]{2,80}):`,
    type: (g) => (g.n ?? 'ssl handshake failure').trim(),
    why: 'openssl could not complete the TLS handshake; the reason after "SSL routines" says why. "alert handshake failure" (alert 40) is the server refusing: no protocol version or cipher in common (a server that allows only TLS 1.2+ strong ciphers, an old openssl), or a server behind a CDN that needs the host name (SNI) and got none. "ssl handshake failure" with 0 bytes read means the connection was closed before any answer (not a TLS port, a firewall). "wrong version number" means the port does not speak TLS (plain HTTP on it).',
    fix: 'Send the server name and try the protocol versions; check that the port speaks TLS',
    code: () => `openssl s_client -connect <host>:443 -servername <host>\nopenssl s_client -connect <host>:443 -servername <host> -tls1_2\nopenssl version   # an old OpenSSL lacks TLS 1.2/1.3`,
  },
  {
    // s_client's chain check: "verify error:num=20:unable to get local issuer certificate".
    re: String.raw`(?:^|\n)[ \t]{0,8}verify error:num=\d{1,3}:(?<n>[a-z][a-zA-Z0-9 ]{2,80}[a-z])`,
    type: (g) => (g.n ?? 'unable to get local issuer certificate').trim(),
    why: "openssl could not build the server's certificate chain to a CA it trusts: the server does not send its intermediate certificate, the root is not in this machine's CA store (or openssl looks in another one than the system's: -CAfile/-CApath not given, a self-built OpenSSL with another OPENSSLDIR), or the certificate is self-signed. s_client goes on after the error; a client that verifies would refuse.",
    fix: 'Point openssl at the CA bundle, and make the server send its full chain',
    code: () => `openssl s_client -connect <host>:443 -servername <host> -CAfile /etc/ssl/certs/ca-certificates.crt\nopenssl s_client -connect <host>:443 -servername <host> -showcerts   # count the certificates the server sends\nopenssl version -d   # the OPENSSLDIR this openssl reads`,
  },
];

const SSHD_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`Authentication refused: bad ownership or modes for (?:file|directory) (?<n>\S{1,300})`,
    type: 'bad ownership or modes',
    why: "sshd's StrictModes refuses a key login when the user's home directory, ~/.ssh or authorized_keys (or a directory above them) is writable by someone other than the user (group- or world-writable, or owned by another user), because anyone who can write there could add a key. The client only sees Permission denied (publickey).",
    fix: 'Make the path owned by the user and writable only by them',
    code: (n) => `ls -ld ${or(n, '~/.ssh/authorized_keys')}\nchmod go-w ~ && chmod 700 ~/.ssh && chmod 600 ~/.ssh/authorized_keys\nchown -R "$USER": ~/.ssh`,
  },
  {
    // sshd's parser names the file without a colon before "line" ("/etc/ssh/sshd_config line 6: …").
    re: String.raw`(?<n>\S{0,200}sshd_config):? line \d{1,5}: (?:keyword \S{1,60} )?(?<kind>extra arguments at end of line|Bad yes\/no argument|Bad configuration option|Missing argument|Unsupported option)`,
    type: (g) => g.kind ?? 'Bad configuration option',
    why: 'sshd refused its configuration file and does not start (or reload) until it parses: an option this sshd does not know (a client option such as StrictHostKeyChecking in sshd_config, or one newer or older than this OpenSSH), a comment after a value (only whole lines starting with # are comments, so the words after the value are extra arguments), or two lines run together ("yesUseDNS").',
    fix: 'Fix the line named, then test the file before restarting sshd',
    code: (n) => `sudo sshd -t -f ${or(n, '/etc/ssh/sshd_config')}   # prints the bad lines, starts nothing\nsudo systemctl restart sshd   # only after sshd -t is silent`,
  },
  {
    // The journal prefix (host sshd[pid]:) is stripped before matching.
    re: String.raw`(?:^|\n)[ \t]{0,8}(?:sshd\[\d{1,10}\]: )?error: Bind to port (?<n>\d{1,5}) on \S{1,60} failed: Address already in use`,
    type: 'Address already in use',
    why: 'sshd could not listen on the port: another process has it, most often another sshd (a second instance started by hand, ssh.socket socket activation on Ubuntu 22.10+ holding port 22 while ssh.service starts too), or another service configured on the same port.',
    fix: 'Find what holds the port and run one sshd (service or socket, not both)',
    code: (n) => `sudo ss -ltnp 'sport = :${or(n, '22')}'\nsystemctl status ssh.socket ssh.service\nsudo systemctl disable --now ssh.socket && sudo systemctl restart ssh   # or keep the socket, not the service`,
  },
  {
    re: String.raw`channel \d{1,6}: open failed: administratively prohibited`,
    type: 'administratively prohibited',
    why: "The ssh server refused to open the forwarded channel: its sshd_config forbids TCP forwarding (AllowTcpForwarding no, DisableForwarding yes, a Match block or a key's restrict/no-port-forwarding option), or PermitOpen does not list the destination. The login itself worked; only the tunnel was refused.",
    fix: 'Allow forwarding on the server for this user, or use a host that allows it',
    code: () => `sudo sshd -T | grep -Ei 'allowtcpforwarding|permitopen|disableforwarding'\n# /etc/ssh/sshd_config: AllowTcpForwarding yes, then: sudo systemctl reload sshd\ngrep -n 'restrict\\|no-port-forwarding' ~/.ssh/authorized_keys   # on the server`,
  },
  {
    re: String.raw`Warning: remote port forwarding failed for listen port (?<n>\d{1,5})`,
    type: 'remote port forwarding failed',
    why: 'The server would not listen on the port asked for with -R: something on the server already listens there (a tunnel from an earlier session still open), the port is below 1024 and the login is not root, or sshd forbids forwarding (AllowTcpForwarding no or local).',
    fix: 'Free the port on the server, or pick another one',
    code: (n) => `ssh <host> "ss -ltnp | grep ':${or(n, '<port>')} '"   # an old tunnel's sshd still holds it\nssh -o ExitOnForwardFailure=yes -R ${or(n, '<port>')}:localhost:<local port> <host>`,
  },
];

const WINDOWS_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`(?:\[SC\] \w{2,40} (?:FAILED|失败|fehlgeschlagen)|Error|Fehler|错误) 1053: ?`,
    type: 'The service did not respond to the start or control request in a timely fashion',
    why: 'The Service Control Manager started the program, but it did not report "running" within 30 seconds: the program is not written as a Windows service (a console app, a script, a Go or .NET program without the service host: UseWindowsService() in .NET, golang.org/x/sys/windows/svc in Go), or it fails or waits at start-up (a missing config file in the service\'s working directory, which is C:\\Windows\\System32, or an account without rights).',
    fix: 'Run the program as a real service (or under a service wrapper), and check why it stops at start-up',
    code: () => `sc qc <service>   # BINARY_PATH_NAME and SERVICE_START_NAME\nGet-WinEvent -LogName Application -MaxEvents 20 | Format-List TimeCreated,ProviderName,Message\n# a console program: wrap it (nssm install <service> <program>) or add the service host (UseWindowsService())`,
  },
  {
    re: String.raw`\[SC\] \w{2,40} (?:FAILED|失败|fehlgeschlagen) 1060:`,
    type: 'The specified service does not exist as an installed service',
    why: 'No service with that name is installed: sc and net take the service name (the short key name), not the display name shown in services.msc, or the installer did not register it (or it was removed).',
    fix: 'Look up the service name and use it',
    code: () => `sc query state= all | findstr /i "<part of the name>"\nGet-Service | Where-Object DisplayName -like '*<part>*' | Select-Object Name,DisplayName`,
  },
  {
    re: String.raw`(?:\[SC\] \w{2,40} (?:FAILED|失败|fehlgeschlagen) 1056:|System error 1056 has occurred)`,
    type: 'An instance of the service is already running',
    why: 'The service is already running, so it cannot be started again.',
    fix: 'Stop it first if you meant to restart it',
    code: () => `sc query <service>\nRestart-Service <service>`,
  },
  {
    re: String.raw`(?:\[SC\] \w{2,40} (?:FAILED|失败|fehlgeschlagen) 1058:|System error 1058 has occurred)`,
    type: 'The service cannot be started, either because it is disabled or because it has no enabled devices associated with it',
    why: "The service's start type is Disabled, so the Service Control Manager will not start it (a hardening script, group policy or another program turned it off).",
    fix: 'Set a start type other than Disabled, then start it',
    code: () => `sc config <service> start= demand   # or auto\nsc start <service>`,
  },
  {
    re: String.raw`System error 1067 has occurred`,
    type: 'The process terminated unexpectedly',
    why: "The service's program started and then exited on its own before or while reporting that it runs: it failed at start-up (a bad configuration file, a port already in use, a missing file or right), which it writes to its own log or the Event Log, not to net's window.",
    fix: "Read the service's own log and the Event Log, or run its program by hand",
    code: () => `Get-WinEvent -LogName Application -MaxEvents 20 | Format-List TimeCreated,ProviderName,Message\nsc qc <service>   # run BINARY_PATH_NAME in a console to see its error`,
  },
  {
    re: String.raw`(?:\[SC\] \w{2,40} (?:FAILED|失败|fehlgeschlagen) 1069:|System error 1069 has occurred)`,
    type: 'The service did not start due to a logon failure',
    why: "The account the service runs as could not log on: its password changed or expired since it was entered in the service, the account is locked or disabled, or it lacks the 'Log on as a service' right.",
    fix: "Enter the account's current password in the service, or give it the right",
    code: () => `sc config <service> obj= "DOMAIN\\user" password= "<password>"\n# secpol.msc > Local Policies > User Rights Assignment > Log on as a service`,
  },
  {
    re: String.raw`System error (?<kind>53|67) has occurred`,
    type: (g) => (g.kind === '67' ? 'The network name cannot be found' : 'The network path was not found'),
    why: 'net could not reach the share: for 53 the server itself (a wrong name or IP, one backslash instead of \\\\server, the name does not resolve, SMB port 445 blocked by a firewall, or the WebClient service stopped for a WebDAV path); for 67 the server answered but has no share by that name.',
    fix: 'Check the server name, that port 445 answers, and the share name',
    code: () => `Test-NetConnection <server> -Port 445\nnet view \\\\<server>   # the shares it offers\nnet use Z: \\\\<server>\\<share>`,
  },
  {
    re: String.raw`System error 1219 has occurred`,
    type: 'Multiple connections to a server or shared resource by the same user, using more than one user name, are not allowed',
    why: 'Windows allows one set of credentials per server for SMB: a connection to the same server under another user name is already open (a mapped drive, an Explorer window), so net cannot connect with the new one.',
    fix: 'Remove the existing connections to that server, or use another name for it (its IP address)',
    code: () => `net use   # the connections that are open\nnet use \\\\<server>\\IPC$ /delete\nnet use * /delete   # all of them`,
  },
  {
    // Any other Win32 error net.exe reports: the message on the next line(s) is the type.
    re: String.raw`System error (?<kind>\d{1,5}) has occurred\.?[ \t]{0,4}(?:\r?\n(?:[ \t]{0,4}|\d{4}-\d\d-\d\dT[\d:.]{8,20}Z[ \t]{1,8})){0,3}(?<n>[A-Z][^\n.]{5,200})`,
    type: (g) => (g.n ?? 'System error').trim(),
    why: 'net.exe failed with a Windows system error, and the line under "System error N has occurred." is its message: 64 is a network connection dropped while in use (a VPN, a server restarting, SMB signing mismatches), 86 and 1326 a wrong password or user name, 1312 no credentials for the session (run as another user), 2 and 3 a missing file or path.',
    fix: "Act on the message; `net helpmsg <code>` prints it again for a code",
    code: () => `net helpmsg <code>\nTest-NetConnection <server> -Port 445`,
  },
  {
    re: String.raw`(?<n>[A-Z][^\n]{5,200}?)\.?[ \t]*\r?\n(?:[ \t]*\r?\n)?More help is available by typing NET HELPMSG (?<kind>\d{3,5})\.`,
    type: (g) => (g.n ?? 'NET HELPMSG').trim(),
    why: 'net.exe reports one of its own errors (NET HELPMSG codes above 2100): 2182 the service is already started, 2185 no service by that name (net takes the service or display name; a typo or the service is not installed), 2186 the service does not answer control requests (hung, or stopping), 2191 the service is not started.',
    fix: 'Check the service name and state',
    code: () => `sc query state= all | findstr /i "<part of the name>"\nGet-Service <name>`,
  },
  {
    re: String.raw`ERROR: The process "(?<n>[^"\n]{1,200})" not found\.`,
    type: 'The process not found',
    why: 'taskkill found no running process with that image name: it has already exited, the name is spelled differently (taskkill wants the .exe name as tasklist shows it), or it runs in another session or as another user that this console does not see without elevation.',
    fix: 'List the processes and use the name or PID tasklist shows',
    code: (n) => `tasklist /fi "imagename eq ${or(n, '<name>.exe')}"\ntaskkill /f /im ${or(n, '<name>.exe')} 2>nul & exit /b 0   # ignore "not found" in a script`,
  },
];

const POWERSHELL_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`The specified module '(?<n>[^'\n]{1,200})' was not loaded because no valid module file was found in any module directory`,
    type: 'FileNotFoundException',
    why: "Import-Module found no module by that name in any folder of $env:PSModulePath: it is not installed, it is installed for the other PowerShell (Windows PowerShell 5.1 and PowerShell 7 use different folders), or it ships with an optional Windows feature (ActiveDirectory comes with RSAT).",
    fix: 'Install the module (or the Windows feature that provides it), or import it by path',
    code: (n) => `Get-Module -ListAvailable ${or(n, '<Module>')}\n$env:PSModulePath -split ';'\nInstall-Module ${or(n, '<Module>')} -Scope CurrentUser\n# ActiveDirectory: Add-WindowsCapability -Online -Name Rsat.ActiveDirectory.DS-LDS.Tools~~~~0.0.1.0`,
  },
  {
    re: String.raw`Administrator rights are required to install (?:modules|or update) in '(?<n>[^'\n]{1,300})'`,
    type: 'ArgumentException',
    why: 'Install-Module installs for all users by default in Windows PowerShell 5.1 (into Program Files), which needs an elevated session; PowerShellGet raises this (an ArgumentException about -Scope) instead of asking for elevation.',
    fix: 'Install for the current user, or run PowerShell as administrator',
    code: () => `Install-Module <Module> -Scope CurrentUser`,
  },
  {
    re: String.raw`Connecting to remote server (?<n>\S{1,200}) failed with the following error message ?:`,
    type: 'PSRemotingTransportException',
    why: 'PowerShell remoting (WinRM) could not connect to the computer: WinRM is not enabled or its port (5985/5986) is blocked there, the computer is not in the same domain and not in TrustedHosts, or the credentials were refused; the WinRM message after the colon says which.',
    fix: 'Enable remoting on the target and trust it on the client when outside a domain',
    code: (n) => `Test-WSMan ${or(n, '<computer>')}\n# on the target: Enable-PSRemoting -Force\nSet-Item WSMan:\\localhost\\Client\\TrustedHosts -Value '${or(n, '<computer>')}' -Concatenate   # no domain`,
  },
  {
    re: String.raw`This command cannot be run due to the error: (?<n>[^\n]{3,200})`,
    type: 'InvalidOperationException',
    why: 'Start-Process asked Windows to start the program and Windows refused with the error quoted: most often "The system cannot find the file specified" (the program is not on PATH, a relative path from another current directory, or a document without an associated application), or a program needing elevation started without -Verb RunAs.',
    fix: 'Give the full path to the program, and -Verb RunAs when it needs elevation',
    code: () => `Get-Command <program>   # where PowerShell finds it\nStart-Process -FilePath 'C:\\full\\path\\program.exe' -ArgumentList '<args>' -Verb RunAs`,
  },
  {
    re: String.raw`Cannot remove item (?<n>[^\n]{1,300}?): The process cannot access the file '[^'\n]{1,300}' because it is being used by another process`,
    type: 'IOException',
    why: 'Remove-Item could not delete the file because another process holds it open without delete sharing: the program that uses it is still running, a shell or editor has it (or its folder) open, or an antivirus or indexer is scanning it.',
    fix: 'Find and close the process that holds the file, then delete it',
    code: (n) => `# Sysinternals: handle.exe ${or(n, '<path>')}\nGet-Process | Where-Object { $_.Path -like '${or(n, '<folder>')}*' } | Stop-Process -WhatIf`,
  },
];

const MACOS_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`(?:^|\n)[^\n]{0,400}?: errSecInternalComponent\b`,
    type: 'errSecInternalComponent',
    why: "codesign found the signing identity but could not use its private key: the keychain holding it is locked (an ssh session, launchd or a CI runner has no GUI session to unlock the login keychain), or the key's access list does not allow codesign and no one can click the prompt.",
    fix: 'Unlock the keychain in the same session and allow codesign to use the key',
    code: () => `security unlock-keychain ~/Library/Keychains/login.keychain-db\nsecurity set-key-partition-list -S apple-tool:,apple:,codesign: -s -k "<keychain password>" ~/Library/Keychains/login.keychain-db`,
  },
  {
    re: String.raw`(?:codesign: )?error: The specified item could not be found in the keychain`,
    type: 'The specified item could not be found in the keychain',
    why: 'codesign could not find the signing identity named: the certificate or its private key is not in a keychain on the search list (imported without the key, a CI keychain not added to the list, or an expired certificate removed).',
    fix: 'Check the identities codesign can see, and add the keychain with the certificate and key to the search list',
    code: () => `security find-identity -v -p codesigning\nsecurity list-keychains -d user -s build.keychain login.keychain`,
  },
  {
    re: String.raw`Could not find service "(?<n>[^"\n]{1,200})" in domain for (?:port|system|user|current user|gui)`,
    type: 'Could not find service',
    why: 'launchctl has no job with that label in the domain it looked in: the plist was never loaded (bootstrapped), it was loaded in another domain (a LaunchAgent in gui/<uid>, a LaunchDaemon in system, so sudo changes the domain), or the label differs from the file name.',
    fix: 'Load the plist into the right domain, then address it by its label',
    code: (n) => `launchctl print gui/$(id -u)/${or(n, '<label>')}   # sudo launchctl print system/<label> for a daemon\nlaunchctl bootstrap gui/$(id -u) ~/Library/LaunchAgents/${or(n, '<label>')}.plist`,
  },
  {
    re: String.raw`Could not find domain for(?: (?<n>port \(Aqua\)|port|user gui: ?\d{1,10}|pid \d{1,10}))?[ \t]*(?:\r?\n|$)`,
    type: 'Could not find domain',
    why: "launchctl's target domain does not exist in this session: a LaunchAgent meant for the GUI (Aqua) session loaded from an ssh session, a CI runner or with sudo, where no gui/<uid> domain exists until the user logs in at the screen.",
    fix: "Log the user in at the screen (or enable auto-login), or load the job into the user's domain instead",
    code: () => `launchctl bootstrap user/$(id -u) ~/Library/LaunchAgents/<label>.plist   # no GUI session\nlaunchctl print gui/$(id -u) | head   # exists only with a GUI login`,
  },
  {
    re: String.raw`(?<n>\S{1,300}\.plist): Path had bad ownership\/permissions`,
    type: 'Path had bad ownership/permissions',
    why: 'launchd refuses a job file it cannot trust: a LaunchDaemon plist must be owned by root:wheel and not writable by group or others (a plist copied or edited as the user keeps the user as owner).',
    fix: 'Give the plist to root:wheel with mode 644, then load it',
    code: (n) => `sudo chown root:wheel ${or(n, '/Library/LaunchDaemons/<label>.plist')}\nsudo chmod 644 ${or(n, '/Library/LaunchDaemons/<label>.plist')}\nsudo launchctl bootstrap system ${or(n, '/Library/LaunchDaemons/<label>.plist')}`,
  },
  {
    re: String.raw`(?<n>\S{1,300}\.plist): Could not find specified service`,
    type: 'Could not find specified service',
    why: 'launchctl unload (or bootout) was given a plist whose job is not loaded, so there is nothing to unload; installers call it before loading and print it harmlessly on a first install.',
    fix: 'Nothing to undo: load the plist if the job should run',
    code: (n) => `sudo launchctl bootstrap system ${or(n, '/Library/LaunchDaemons/<label>.plist')}\nsudo launchctl print system/<label>`,
  },
];

const LINUX_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`(?<n>\/dev\/\S{1,100}) is mounted\.[ \t]*\r?\n[^\n]{0,40}e2fsck: Cannot continue, aborting`,
    type: 'is mounted',
    why: 'e2fsck refuses to check a mounted filesystem: the kernel keeps changing it while e2fsck reads, and repairing it would corrupt it. The root filesystem is always mounted while the system runs.',
    fix: 'Unmount it first; check the root filesystem at boot or from a rescue system',
    code: (n) => `sudo umount ${or(n, '/dev/<device>')} && sudo e2fsck -f ${or(n, '/dev/<device>')}\nsudo touch /forcefsck   # the root filesystem: checked at next boot (or fsck.mode=force on the kernel line)`,
  },
  {
    // The same two lines in the other order (stderr and stdout interleaved differently by a log).
    re: String.raw`e2fsck: Cannot continue, aborting\.[ \t]*\r?\n(?:[ \t]*\r?\n)?(?<n>\/dev\/\S{1,100}) is mounted`,
    type: 'is mounted',
    why: 'e2fsck refuses to check a mounted filesystem: the kernel keeps changing it while e2fsck reads, and repairing it would corrupt it. The root filesystem is always mounted while the system runs.',
    fix: 'Unmount it first; check the root filesystem at boot or from a rescue system',
    code: (n) => `sudo umount ${or(n, '/dev/<device>')} && sudo e2fsck -f ${or(n, '/dev/<device>')}\nsudo touch /forcefsck   # the root filesystem: checked at next boot (or fsck.mode=force on the kernel line)`,
  },
  {
    re: String.raw`(?<n>\/dev\/\S{1,100}) is apparently in use by the system; will not make a filesystem here`,
    type: 'is apparently in use by the system',
    why: "mkfs will not format a device the kernel is using: it is mounted, a swap area, a member of an LVM volume group, RAID (md) array or LUKS mapping, or held by device-mapper (multipath, a leftover dm device).",
    fix: 'Find what holds the device and release it before formatting',
    code: (n) => `lsblk ${or(n, '/dev/<device>')}\nls /sys/class/block/$(basename ${or(n, '/dev/<device>')})/holders\nsudo umount ${or(n, '/dev/<device>')}; sudo swapoff ${or(n, '/dev/<device>')}; sudo dmsetup ls`,
  },
  {
    re: String.raw`Partition\(s\) (?<n>[\d, ]{1,40}) on (?<kind>\/dev\/\S{1,100}) have been written, but we have been unable to inform the kernel of the change`,
    type: 'unable to inform the kernel of the change',
    why: 'parted wrote the new partition table to the disk, but the kernel still uses the old one because a partition on the disk is in use (mounted, swap, LVM, or the disk the system runs from), so the new layout takes effect only after the kernel rereads it.',
    fix: 'Release the partitions and let the kernel reread the table, or reboot',
    code: () => `lsblk /dev/<disk>\nsudo partprobe /dev/<disk>   # after unmounting its partitions\nsudo reboot   # the disk the system runs from`,
  },
  {
    re: String.raw`mount: (?<n>\S{1,300}): can't find in \/etc\/fstab`,
    type: "can't find in /etc/fstab",
    why: 'mount was given only one argument (a directory or device), so it looked for the other half in /etc/fstab and found no line for it: the device was left out of the command, or the fstab line names the mount point differently (a trailing slash, another path).',
    fix: 'Give both the device and the mount point, or add the line to /etc/fstab',
    code: (n) => `sudo mount /dev/<device> ${or(n, '<mount point>')}\ngrep -n '${or(n, '<mount point>')}' /etc/fstab\nsudo findmnt --verify`,
  },
  {
    re: String.raw`error: key "(?<n>[0-9A-Fa-f]{8,40})" could not be looked up remotely`,
    type: 'could not be looked up remotely',
    why: "pacman needs the packager's public key to check a package signature and could not fetch it from the keyserver: the keyring package (archlinux-keyring) is older than the package's signer, or the keyserver is unreachable.",
    fix: 'Update the keyring first, then the rest of the system',
    code: (n) => `sudo pacman -Sy archlinux-keyring && sudo pacman -Su\nsudo pacman-key --recv-keys ${or(n, '<key id>')} && sudo pacman-key --lsign-key ${or(n, '<key id>')}`,
  },
  {
    re: String.raw`crontab: must be privileged to use -u`,
    type: 'must be privileged to use -u',
    why: "Only root may read or edit another user's crontab with crontab -u; as an ordinary user crontab works on your own table only.",
    fix: 'Run it as root, or drop -u to edit your own crontab',
    code: () => `sudo crontab -u <user> -l\ncrontab -e   # your own`,
  },
];

const WSL_ENTRIES: readonly CatalogEntry[] = [
  {
    // WSL's Winsock failure without a Wsl/… code (older wsl.exe, or wslc), in English or Chinese; a code line after it
    // ("错误代码： WSAEOPNOTSUPP") is the type, like the Wsl/… codes' last part.
    re: String.raw`(?:The attempted operation is not supported for the type of object referenced|参考的对象类型不支持尝试的操作)[.。]?[ \t]*(?:\r?\n[ \t]*(?:Error code|错误代码)[:：][ \t]{0,4}(?<kind>[A-Za-z0-9_]{4,60}))?`,
    type: (g) => g.kind ?? 'The attempted operation is not supported for the type of object referenced',
    why: 'WSL could not open the socket it talks to its VM or service through (WSAEOPNOTSUPP, 0x8007273d): a Winsock Layered Service Provider installed by a proxy or "game accelerator" tool (Proxifier, some VPN and accelerator clients) intercepts sockets for every program, and the socket type WSL needs is not supported through it.',
    fix: "Exclude wsl.exe from the LSP, or reset the Winsock catalog (which removes the tool's LSP)",
    code: () => `netsh winsock show catalog   # an entry from the proxy or accelerator tool is the cause\n# Proxifier's NoLsp.exe: NoLsp.exe C:\\Windows\\System32\\wsl.exe\nnetsh winsock reset   # then reboot; the proxy tool must be set up again`,
  },
];

export const SHELL_CATALOG13_PATTERNS: readonly ErrorPattern[] = [
  catalogPattern({
    id: 'shell.openssl-catalog13',
    tool: 'openssl',
    category: 'network',
    // Above javascript.self-signed-certificate (5), which reads the verify reason as Node's error code.
    priority: 41,
    entries: OPENSSL_ENTRIES.map((e) => ({ ...e, re: String.raw`^(?![\s\S]{0,4000}?deps[\\/]openssl)[\s\S]{0,4000}?` + e.re })),
    references: REFS.openssl,
    requires: /:error:[0-9A-Fa-f]{8}:SSL routines:|verify error:num=/,
    samples: [
      'CONNECTED(00000790)\n3024:error:14094410:SSL routines:ssl3_read_bytes:sslv3 alert handshake failure:.\\ssl\\record\\rec_layer_s3.c:1399:SSL alert number 40',
      'depth=0 CN = Test Server Cert\nverify error:num=20:unable to get local issuer certificate\nverify return:1',
    ],
  }),
  catalogPattern({
    id: 'shell.sshd-catalog13',
    tool: 'OpenSSH',
    category: 'configuration',
    priority: 21,
    entries: SSHD_ENTRIES,
    references: REFS.sshd,
    requires: /bad ownership or modes|sshd_config|Bind to port|administratively prohibited|remote port forwarding failed/,
    samples: [
      'Dec  3 09:49:19 localhost sshd[15272]: Authentication refused: bad ownership or modes for directory /home/dev',
      '/etc/ssh/sshd_config line 6: keyword PrintLastLog extra arguments at end of line',
      'channel 0: open failed: administratively prohibited: open failed',
    ],
  }),
  catalogPattern({
    id: 'shell.windows-catalog13',
    tool: 'sc.exe/net.exe',
    category: 'runtime',
    priority: 21,
    entries: WINDOWS_ENTRIES,
    references: REFS.windows,
    requires: /\[SC\]|System error \d|NET HELPMSG|rror 1053|Fehler 1053|错误 1053|ERROR: The process "/,
    samples: [
      '[SC] StartService FAILED 1053:\n\nThe service did not respond to the start or control request in a timely fashion.',
      'System error 53 has occurred.\n\nThe network path was not found.',
      'The service name is invalid.\n\nMore help is available by typing NET HELPMSG 2185.',
    ],
  }),
  catalogPattern({
    id: 'shell.powershell-catalog13',
    tool: 'PowerShell',
    category: 'runtime',
    // Below shell.powershell-error (30), which answers a whole record by the exception it names.
    priority: 28,
    entries: POWERSHELL_ENTRIES,
    references: REFS.powershell,
    requires: /no valid module file was found|Administrator rights are required to install|Connecting to remote server|This command cannot be run due to the error|Cannot remove item/,
    samples: [
      "Import-Module : The specified module 'ActiveDirectory' was not loaded because no valid module file was found in any module directory.",
      'New-PSSession : [server01] Connecting to remote server server01 failed with the following error message : WinRM cannot complete the operation.',
    ],
  }),
  catalogPattern({
    id: 'shell.macos-catalog13',
    tool: 'codesign/launchctl',
    category: 'configuration',
    priority: 21,
    entries: MACOS_ENTRIES,
    references: REFS.macos,
    requires: /errSecInternalComponent|could not be found in the keychain|Could not find (?:service|domain for|specified service)|Path had bad ownership/,
    samples: [
      '.build/App.app: replacing existing signature\n.build/App.app: errSecInternalComponent',
      'Could not find service "com.example.agent" in domain for port',
      'Could not find domain for port (Aqua)',
    ],
  }),
  catalogPattern({
    id: 'shell.linux-catalog13',
    tool: 'e2fsprogs/parted/mount/pacman/cron',
    category: 'runtime',
    priority: 21,
    entries: LINUX_ENTRIES,
    references: REFS.linux,
    requires: /e2fsck: Cannot continue|apparently in use by the system|unable to inform the kernel|can't find in \/etc\/fstab|could not be looked up remotely|must be privileged to use -u/,
    samples: [
      '/dev/sda1 is mounted.\ne2fsck: Cannot continue, aborting.',
      'mkfs.ext4: /dev/sdb1 is apparently in use by the system; will not make a filesystem here!',
      "mount: /mnt: can't find in /etc/fstab.",
    ],
  }),
  catalogPattern({
    id: 'shell.wsl-catalog13',
    tool: 'WSL',
    category: 'runtime',
    // Below shell.wsl-catalog11 (39), which answers a Wsl/… code; only where no Docker is named (Docker Desktop's
    // own WSL steps are Docker's).
    priority: 22,
    entries: WSL_ENTRIES.map((e) => ({ ...e, re: String.raw`^(?![\s\S]{0,20000}?(?:[Dd][Oo][Cc][Kk][Ee][Rr]|: Wsl\/))[\s\S]{0,20000}?` + e.re })),
    references: [ref('Troubleshooting Windows Subsystem for Linux', 'https://learn.microsoft.com/windows/wsl/troubleshooting')],
    requires: /The attempted operation is not supported for the type of object referenced|参考的对象类型不支持尝试的操作/,
    samples: ['`wsl -d Ubuntu-18.04`\nThe attempted operation is not supported for the type of object referenced'],
  }),
];
