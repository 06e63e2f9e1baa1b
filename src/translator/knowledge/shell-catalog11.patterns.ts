import type { ErrorPattern } from '../rules/error-pattern';
import { catalogPattern, nameOr as or, type CatalogEntry } from './linux-catalog.patterns';
import { ref } from './answer-parts';

/**
 * An eleventh catalog pass over the shell family beyond bash on Linux, where the engine answered with another
 * language, not at all, or with a cut phrase: PowerShell's parse errors as Windows PowerShell prints them without
 * a record (the position block, then the parser's message, also in German) and as PowerShell 7's ConciseView
 * prints them ("ParserError: …" over "Line |"), ConciseView's throw statements and its command-not-found message
 * wrapped onto "|" lines, a command name PowerShell quotes in angle brackets or translates, Invoke-RestMethod's
 * HttpResponseException without its record (or with the record's target wrapped), cmd.exe's and Windows' system
 * messages after a path (rmdir's "path - Access is denied.", a tool's "path: The system cannot find the path
 * specified."), mklink without the privilege, xcrun's invalid developer path without the path, ssh's
 * "Could not resolve hostname" as Windows' console spaces it, curl's certificate reason wrapped onto the next line,
 * and Homebrew's older "is not writable" for its Cellar.
 *
 * The type is the .NET exception PowerShell raises for the message, or the tool's phrase without the names around
 * it (corpus README, shell row). The `n` group captures the name the message is about (a command, path, host).
 */

const REFS = {
  powershell: [
    ref('about_Parsing', 'https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_parsing'),
    ref('about_Error_Handling (ErrorView)', 'https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_preference_variables#errorview'),
    ref('Invoke-RestMethod', 'https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/invoke-restmethod'),
    ref('about_Command_Precedence', 'https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_command_precedence'),
  ],
  windows: [
    ref('Windows commands', 'https://learn.microsoft.com/windows-server/administration/windows-commands/windows-commands'),
    ref('mklink', 'https://learn.microsoft.com/windows-server/administration/windows-commands/mklink'),
  ],
  unix: [
    ref('Apple: Installing the command line tools', 'https://developer.apple.com/documentation/xcode/installing-the-command-line-tools/'),
    ref('ssh(1)', 'https://man.openbsd.org/ssh'),
    ref('curl: SSL certificate verification', 'https://curl.se/docs/sslcerts.html'),
    ref('Homebrew: FAQ', 'https://docs.brew.sh/FAQ'),
  ],
};

/** The parser's messages (Windows PowerShell 5.1 and PowerShell 7, English and German). */
const PARSER_MESSAGE = String.raw`(?:Unexpected token|Missing (?:closing|argument|expression|statement block|function body|'[=)\]}]'|type name|property name|condition|file specification|opening|\(|=)|Expressions are only allowed as the first element of a pipeline|The string is missing the terminator|The '[<&]' (?:operator|character) is (?:reserved|not allowed)|An expression was expected after|Unexpected attribute|Array index expression is missing|You must provide a value expression|Incomplete string token|The token '[^'\n]{1,10}' is not a valid statement separator|Unerwartetes Token|Fehlende[rs]? |Der Operator "[<&]" ist für zukünftige Versionen reserviert)`;

const POWERSHELL_ENTRIES: readonly CatalogEntry[] = [
  {
    // Windows PowerShell's normal view of a parse error without its record: the position block, then the message.
    re: String.raw`(?:^|\n)[\x60 \t]{0,4}(?:[\w.-]{1,60} : )?(?:At|In|En|Bei|Dans) (?<n>[^\n]{1,300}?)(?::\d{1,7})? (?:char|Zeichen|car[aá]cter|caract[eè]re):\d{1,7}\r?\n[+-] [^\n]{0,400}\r?\n[+-] [ \t]{0,400}~+[ \t]*\r?\n(?=${PARSER_MESSAGE})`,
    type: 'ParseException',
    why: "PowerShell could not parse the script, so nothing in it ran: an unclosed brace, bracket or quote, a character PowerShell reads as an operator, or a file that is not PowerShell at all (an HTML page saved from GitHub's blob view instead of the raw script, a bash script run by PowerShell).",
    fix: 'Open the file at the line named and check what is there; download the raw script if it is HTML',
    code: (n) => `Get-Content ${or(n, '<script.ps1>')} -TotalCount 5   # <!DOCTYPE html> means the web page, not the script\n# download the raw file: https://raw.githubusercontent.com/<owner>/<repo>/<branch>/<path>\n$PSVersionTable.PSVersion   # && and ?? need PowerShell 7`,
  },
  {
    // PowerShell 7's ConciseView: "ParserError: <file>:<line>" over "Line |", or the "Line |" block alone.
    re: String.raw`(?:^|\n)[\x60 \t]{0,4}ParserError: (?<n>[^\n]{0,300})\r?\nLine \||(?:^|\n)Line \|\r?\n[ \t]{0,8}\d{1,7} \| [^\n]{0,400}\r?\n[ \t]{0,8}\| [ \t~^]{0,400}\r?\n[ \t]{0,8}\| (?=${PARSER_MESSAGE})`,
    type: 'ParseException',
    why: "PowerShell 7 could not parse the script (ParserError), so nothing in it ran: an unclosed brace or quote, an operator in the wrong place, or a file that is not PowerShell (an HTML page saved instead of the raw script, JSON run as a script).",
    fix: 'Look at the line shown under "Line |"; download the raw script if it is HTML',
    code: (n) => `Get-Content ${or(n, '<script.ps1>').replace(/:\d+$/, '')} -TotalCount 5\n# a GitHub script: use the Raw button's URL (raw.githubusercontent.com), not the blob page`,
  },
  {
    // ConciseView names a throw statement's error "Exception:"; the object thrown is a RuntimeException.
    re: String.raw`(?:^|\n)[\x60 \t]{0,4}Exception: (?<n>[^\n]{1,300})\r?\nLine \|\r?\n[ \t]{0,8}\d{1,7} \| [^\n]{0,300}\bthrow\b`,
    type: 'RuntimeException',
    why: "The script's own throw statement stopped it: PowerShell wraps the thrown string in a RuntimeException, and ConciseView prints it as \"Exception:\" with the line of the throw; the message under the line is the script's own.",
    fix: 'Read the message the script throws and satisfy the condition it checks',
    code: (n) => `Get-Error   # the whole record, with the script stack\n# the throw is in ${or(n, '<script.ps1>')}`,
  },
  {
    // PowerShell 7 says "as a name of"; ConciseView wraps the message onto "|" lines.
    re: String.raw`The term '(?<n>[^'\n]{1,200})' is not recognized as (?:the|a)[ \t]{0,4}(?:\r?\n[ \t]{0,12}\|)?[ \t]{1,4}name[ \t]{0,4}(?:\r?\n[ \t]{0,12}\|)?[ \t]{1,4}of[ \t]{0,4}(?:\r?\n[ \t]{0,12}\|)?[ \t]{1,4}a[ \t]{0,4}(?:\r?\n[ \t]{0,12}\|)?[ \t]{1,4}cmdlet`,
    type: 'command not found',
    why: 'The name is not a cmdlet, function, alias or program on PATH in this PowerShell session: a module that is not installed or imported, a program whose folder is not on PATH, or a script in the current folder run without .\\ (PowerShell does not run commands from the current location by default).',
    fix: 'Install or import what provides the command, or run a local script with .\\',
    code: (n) => `Get-Command ${or(n, '<name>')} -ErrorAction SilentlyContinue\n.\\${or(n, '<name>')}   # a script or program in the current folder\n$env:Path -split ';'`,
  },
  {
    // A command name quoted in angle brackets, and the wording a translation gives ("The 'x' item cannot be recognized").
    re: String.raw`The term <(?<n>[^>\n]{1,200})> is not recognized as the name of a cmdlet|The [‘'"](?<kind>[^’'"\n]{1,200})[’'"] item cannot be recognized as the name of a [Cc]mdlet`,
    type: 'command not found',
    why: 'The name is not a cmdlet, function, alias or program on PATH in this PowerShell session: a typo, a module or program that is not installed, or a program in the current folder run without .\\ (PowerShell does not run commands from the current location by default).',
    fix: 'Check the spelling, or run a program in the current folder with .\\',
    code: (n) => `Get-Command ${or(n, '<name>')} -ErrorAction SilentlyContinue\n.\\${or(n, '<name>')}.exe`,
  },
  {
    // PowerShell 6+ throws HttpResponseException for a status >= 400 (or a redirect with -MaximumRedirection 0).
    re: String.raw`(?:Invoke-WebRequest|Invoke-RestMethod|iwr|irm) ?: Response status code does not indicate success: (?<n>\d{3})`,
    type: 'HttpResponseException',
    why: 'The server answered with an error status (or a redirect the command was told not to follow), and PowerShell 6 and later turn it into an HttpResponseException: a wrong URL (404), missing or expired credentials (401, 403), or a failure on the server (5xx).',
    fix: 'Read the status and the body the server sent',
    code: (n) => `try { Invoke-RestMethod -Uri $url } catch { $_.Exception.Response.StatusCode; $_.ErrorDetails.Message }   # status ${or(n, '<status>')}\nInvoke-WebRequest -Uri $url -SkipHttpErrorCheck   # PowerShell 7: no exception for an error status`,
  },
];

const WINDOWS_ENTRIES: readonly CatalogEntry[] = [
  {
    // rmdir /s and del name the file before the message; a tool prefixes it with "path:".
    re: String.raw`(?:^|\n)[^\n]{0,300}?[^\s:](?: -|:| ->) (?<n>The system cannot find the (?:path|file) specified|Access is denied)\.?[ \t]*(?:\r?\n|$)`,
    type: (g) => g.n ?? 'Access is denied',
    why: 'Windows refused the file operation: "Access is denied" when the account may not change the file (a program still running from it, OneDrive or antivirus holding it, a read-only or system file, a folder that needs an elevated prompt); "cannot find the path" when a part of the path does not exist as written (a relative path from another folder, a forward slash cmd.exe read as an option, a missing quote around a space).',
    fix: 'Close the program holding the file, or check the path as cmd.exe reads it',
    code: () => `tasklist /FI "STATUS eq running" | findstr /I <program>\nhandle.exe <path>   # Sysinternals: which process holds it\ndir "<path>"   # quote paths with spaces; use backslashes`,
  },
  {
    // cmd.exe's parser: a token it did not expect where it stands ("( was unexpected at this time.").
    re: String.raw`(?:^|\n)[ \t]{0,4}(?<n>[^\s\n]{1,100}) was unexpected at this time\.`,
    type: 'syntax error',
    why: "cmd.exe could not parse a line of the batch file: a variable that expanded to a path with parentheses or spaces inside an if or for block (C:\\Program Files (x86) closes the block early), an unquoted empty variable in a comparison (if == 1), a Unix shell script run as a batch file, or a file saved with Unix line endings or in a code page that breaks a multi-byte character.",
    fix: 'Quote the variables in comparisons and paths, and echo the line before the one that fails',
    code: (n) => `@echo on   (see the last line cmd.exe read before "${or(n, '<token>')} was unexpected")\nif "%VAR%"=="value" (echo ok)   rem quote both sides\nset "PATHVAR=%ProgramFiles(x86)%"   rem quote the whole assignment`,
  },
  {
    // mklink without the right to create symbolic links (an unelevated prompt without Developer Mode).
    re: String.raw`(?:^|\n)[ \t]{0,4}(?<n>You do not have sufficient privileges to perform this operation)\.?`,
    type: 'You do not have sufficient privileges to perform this operation',
    why: "Creating a symbolic link needs the SeCreateSymbolicLinkPrivilege, which only administrators have unless Windows' Developer Mode is on: mklink in a normal prompt refuses (a directory junction, mklink /J, needs no privilege).",
    fix: 'Run the prompt as administrator, turn on Developer Mode, or make a junction instead',
    code: () => `mklink /J <link> <target>   # a directory junction: no privilege needed\n# Settings > System > For developers > Developer Mode: on (symbolic links without elevation)`,
  },
];

const WSL_ENTRIES: readonly CatalogEntry[] = [
  {
    // wsl.exe's error code outside CreateVm (--install, --import, networking), in any console language.
    re: String.raw`(?:Error code|Fehlercode|Code d'erreur|C[oó]digo de error|Codice di errore|Foutcode|Kod błędu|Код ошибки|错误代码|エラー コード): Wsl\/(?![^\s]{0,200}CreateVm)(?:[\w-]{1,60}\/){1,6}(?<n>ERROR_[A-Z_]{2,60}|E_[A-Z_]{2,60}|0x[0-9a-fA-F]{8})\b`,
    type: (g) => g.n ?? 'WSL error',
    why: "wsl.exe reports the Windows error behind the failure as the last part of its code: ERROR_FILE_NOT_FOUND when the WSL package or the distribution's files are missing (an interrupted install or update, a Store install that never finished), ERROR_ACCESS_DENIED when the account may not change them.",
    fix: 'Reinstall or update WSL from the web package, then install the distribution again',
    code: () => `wsl --update --web-download\nwsl --install --web-download -d Ubuntu\nwsl --status`,
  },
];

const UNIX_ENTRIES: readonly CatalogEntry[] = [
  {
    // The message alone, without the "(/Library/Developer/CommandLineTools), missing xcrun at:" after it.
    re: String.raw`xcrun: error: (?<n>invalid active developer path)(?![ \t]{0,4}\()`,
    type: 'invalid active developer path',
    why: "On macOS, git, make, cc and the other developer commands are stubs that call xcrun, which looks for the Command Line Tools where xcode-select points: they are not there, because a macOS upgrade removed them, they were never installed on this Mac, or xcode-select points at an Xcode that was deleted.",
    fix: 'Install the Command Line Tools again, or point xcode-select at Xcode',
    code: () => `xcode-select --install\nsudo xcode-select --reset   # or: sudo xcode-select --switch /Applications/Xcode.app/Contents/Developer`,
  },
  {
    // Windows' OpenSSH as a PowerShell console spaces it ("ssh : Could not resolve hostname - : …").
    re: String.raw`(?:^|\n)[ \t]{0,4}ssh : Could not resolve hostname (?<n>[^\s:]{0,255}) ?: `,
    type: 'Could not resolve hostname',
    why: 'ssh could not turn the host name into an address: a typo, a name only a VPN or another network resolves, an alias missing from ~/.ssh/config, or something that is not a host name at all (an option ssh read as the host, "-", a trailing colon).',
    fix: 'Check the host name as ssh reads it',
    code: (n) => `ssh -G ${or(n, '<host>')} | findstr /I "^hostname"   # what ssh makes of the name\nResolve-DnsName ${or(n, '<host>')}`,
  },
  {
    // A terminal wrapped the reason onto the next line ("unable to get\nlocal issuer certificate").
    re: String.raw`curl: \(60\) SSL certificate problem: (?<n>[a-z][^\n]{0,100}?)[ \t]*\r?\n(?<kind>[a-z][a-z ]{2,80}certificate)\b`,
    type: (g) => `${g.n ?? ''} ${g.kind ?? ''}`.replace(/\s+/g, ' ').trim(),
    why: "curl could not verify the server's certificate chain against its CA bundle: the bundle is missing or old on this machine (a minimal image without ca-certificates, an old system), the server does not send its intermediate certificate, or a TLS-inspecting proxy or antivirus replaces the certificate with one signed by its own CA.",
    fix: "Give curl the CA bundle (or the proxy's CA) rather than turning verification off",
    code: () => `curl -v https://<host> 2>&1 | grep -iE 'issuer|CAfile'\nsudo apt-get install -y ca-certificates && sudo update-ca-certificates\ncurl --cacert /path/to/corporate-ca.pem https://<host>`,
  },
  {
    // Gatekeeper's "is damaged" dialog pasted without its quotes, or with only one of them.
    re: String.raw`(?:^|\n)[ \t]{0,4}(?![“"][^\n“”"]{1,200}[”"] is damaged)(?:App )?[“"]?(?<n>[^\n“”"]{0,200}?)[”"]? is damaged and can[’']t be opened`,
    type: "is damaged and can't be opened",
    why: 'Gatekeeper refuses an app downloaded from the internet (it carries the com.apple.quarantine attribute) that is not signed and notarised; on Apple Silicon an unsigned or ad-hoc signed app is reported as "damaged", which says nothing about the download itself.',
    fix: 'Remove the quarantine attribute from the app once you trust it',
    code: (n) => `xattr -dr com.apple.quarantine "/Applications/${or(n, '<App>').replace(/\.app$/, '')}.app"\n# or: System Settings > Privacy & Security > Open Anyway`,
  },
  {
    // openssl could not decrypt a passphrase-protected key: the reason under "unable to load".
    re: String.raw`unable to load (?:Private Key|key|private key)[ \t]*\r?\n(?:[^\n]{0,300}\r?\n){0,3}?[^\n]{0,40}error:[0-9A-Fa-f]{8}:(?:digital envelope|PEM) routines:\w{0,60}:(?<n>bad decrypt|bad password read)\b`,
    type: (g) => g.n ?? 'bad decrypt',
    why: 'openssl could not decrypt the private key with the passphrase it was given: a wrong passphrase, an empty one where the key is encrypted, or a key encrypted with a cipher or PBKDF this OpenSSL cannot read (an old 3DES/RC2 PKCS#12 under OpenSSL 3 without the legacy provider, or the other way round).',
    fix: 'Give the right passphrase, or convert the key with the tool that wrote it',
    code: () => `openssl pkey -in <key.pem> -noout -passin stdin   # type the passphrase\nopenssl pkcs12 -in <file.p12> -legacy -nodes   # OpenSSL 3 and an old PKCS#12`,
  },
  {
    // Homebrew before 1.x named the folder first ("Error: /usr/local/Cellar is not writable. You should change the").
    re: String.raw`Error: (?<n>\/\S{1,200}) is not writable\. You should change the\s{1,4}ownership`,
    type: 'The following directories are not writable by your user',
    why: 'Homebrew runs as your user and must own its prefix: a sudo brew (or sudo of an install script) left root-owned files in it, or another installer created the folder.',
    fix: 'Give the Homebrew folders back to your user; never run brew with sudo',
    code: (n) => `sudo chown -R "$(whoami)" ${or(n, '"$(brew --prefix)"/*')}\nbrew doctor`,
  },
];

export const SHELL_CATALOG11_PATTERNS: readonly ErrorPattern[] = [
  catalogPattern({
    id: 'shell.powershell-catalog11',
    tool: 'PowerShell',
    category: 'syntax',
    // Above javascript.error-class and the other languages' catch-alls a "ParserError:" line meets; below
    // shell.powershell-error (30), which answers a record it reads whole.
    priority: 29,
    entries: POWERSHELL_ENTRIES,
    references: REFS.powershell,
    requires: /char:\d|Zeichen:\d|car[aá]cter:\d|caract[eè]re:\d|ParserError: |Line \||is not recognized as|cannot be recognized as the name|does not indicate success/,
    samples: [
      "At C:\\Users\\xxx\\spidercat\\spidercat.ps1:85 char:21\n+         return \"NA\" -ErrorAction SilentlyContinue\n+                     ~~~~~~~~~~~~\nUnexpected token '-ErrorAction' in expression or statement.",
      "ParserError: C:\\Users\\me\\Desktop\\setup.ps1:41\nLine |\n  41 |  … script type=\"application/json\"\n     |                  ~~~~~\n     | Unexpected token ':\"en\"' in expression or statement.",
      'Invoke-RestMethod : Response status code does not indicate success: 418 (I\'M A\nTEAPOT).',
    ],
  }),
  catalogPattern({
    id: 'shell.windows-catalog11',
    tool: 'cmd.exe',
    category: 'permission',
    priority: 21,
    entries: WINDOWS_ENTRIES,
    references: REFS.windows,
    requires: /The system cannot find the (?:path|file) specified|Access is denied|sufficient privileges to perform this operation|was unexpected at this time/,
    samples: [
      'AppData\\Local\\Microsoft\\OneDrive\\amd64\\FileSyncShell64.dll - Access is denied.',
      '..\\app\\node_modules\\npm\\npmrc: The system cannot find the path specified.',
      'C:\\tmp mklink mylink mytarget\nYou do not have sufficient privileges to perform this operation.',
    ],
  }),
  catalogPattern({
    id: 'shell.wsl-catalog11',
    tool: 'WSL',
    category: 'runtime',
    // Like shell.wsl-catalog9: above Docker Desktop's answers, only where no Docker is named.
    priority: 39,
    entries: WSL_ENTRIES.map((e) => ({ ...e, re: String.raw`^(?![\s\S]*?[Dd][Oo][Cc][Kk][Ee][Rr])[\s\S]*?` + e.re })),
    references: [ref('Troubleshooting Windows Subsystem for Linux', 'https://learn.microsoft.com/windows/wsl/troubleshooting')],
    requires: /: Wsl\//,
    samples: ['User> wsl --install Ubuntu\nDownloading: Ubuntu\nThe system cannot find the specified file.\nFehlercode: Wsl/InstallDistro/ERROR_FILE_NOT_FOUND'],
  }),
  catalogPattern({
    id: 'shell.unix-catalog11',
    tool: 'macOS/OpenSSH/curl/Homebrew',
    category: 'configuration',
    // Above shell.curl (40), whose message stops at the end of the line.
    priority: 41,
    entries: UNIX_ENTRIES,
    references: REFS.unix,
    requires: /xcrun: error: |ssh : Could not resolve|curl: \(60\)|is not writable\. You should|is damaged and can|unable to load /,
    samples: [
      'xcrun: error: invalid active developer path',
      'ssh : Could not resolve hostname - : Name or service not known.',
      'Closing connection 0 curl: (60) SSL certificate problem: unable to get\nlocal issuer certificate',
    ],
  }),
];
