/**
 * An eleventh catalog pass over the shell family beyond bash on Linux: PowerShell's parse errors without their record
 * and in PowerShell 7's ConciseView, ConciseView's throw and wrapped command-not-found, Invoke-RestMethod's
 * HttpResponseException without its record, cmd.exe's messages after a path and its parser's "was unexpected at this
 * time", mklink without the privilege, WSL's codes outside CreateVm, Gatekeeper's "is damaged" without its quotes,
 * xcrun's bare message, openssl's bad decrypt, old Homebrew's unwritable Cellar, and curl's error after a progress
 * meter, without its space or with its reason wrapped. Pure: the rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

describe("the shell family's eleventh catalog pass", () => {
  it.each([
    [
      'run-exe SharpChrome.Program SharpChrome logins - The term <run-exe> is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.',
      'shell',
      'command not found',
    ],
    [
      "The 'livetool' item cannot be recognized as the name of a Cmdlet, function, script file, or executable program. Please check the spelling of the name, if it includes a path, make sure the path is correct, and then try again.",
      'shell',
      'command not found',
    ],
    ['xcrun: error: invalid active developer path', 'shell', 'invalid active developer path'],
    [
      'SSL certificate problem: unable to get local issuer certificate\nClosing connection 0 curl: (60) SSL certificate problem: unable to get\nlocal issuer certificate\nMore details here: http://curl.haxx.se/docs/sslcerts.html',
      'shell',
      'unable to get local issuer certificate',
    ],
    [
      '0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0curl: (7) Failed to connect to localhost port 80: Connection refused\n  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0curl: (7) Failed to connect to localhost port 80: Connection refused',
      'shell',
      'Failed to connect',
    ],
    ['curl:(7) Failed to connect to localhost port 1080:Connection refused', 'shell', 'Failed to connect'],
    [
      '0     0    0     0    0     0      0      0 --:--:--  0:01:10 --:--:--     0curl: (56) Recv failure: Connection reset by peer',
      'shell',
      'Recv failure',
    ],
    [
      "PS C:\\>  Invoke-RestMethod http://httpbin.org/status/418\nInvoke-RestMethod : Response status code does not indicate success: 418 (I'M A\nTEAPOT).",
      'shell',
      'HttpResponseException',
    ],
    [
      "Invoke-WebRequest : Response status code does not indicate success: 301 (Moved Permanently).\nAt line:1 char:7\n+ $wr = Invoke-WebRequest -Uri 'https://aka.ms/powershell' -MaximumRedi ...\n+       ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n+ CategoryInfo          : InvalidOperation: (Method: GET, Reques…ontent-Length: 0\n}:HttpRequestMessage) [Invoke-WebRequest], HttpResponseException\n+ FullyQualifiedErrorId : WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeWebRequestCommand",
      'shell',
      'HttpResponseException',
    ],
    [
      '$ brew install tmux\nError: /usr/local/Cellar is not writable. You should change the\nownership and permissions of /usr/local/Cellar back to your\nuser account:\n  sudo chown -R $(whoami) /usr/local/Cellar\nError: The following directories are not writable',
      'shell',
      'The following directories are not writable by your user',
    ],
    [
      '==> Downloading https://www.kernel.org/pub/software/scm/git/git-manpages-2.6.1.tar.xz\n/location/to/linuxbrew/opt/curl/bin/curl -fLA Homebrew 0.9.5 (Ruby 1.9.1-378; x86_64-linux) https://www.kernel.org/pub/software/scm/git/git-manpages-2.6.1.tar.xz -C 0 -o /home/me/.cache/Homebrew/git--man-2.6.1.tar.xz.incomplete\n  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n  0     0    0     0    0     0      0      0 --:--:--  0:03:08 --:--:--     0curl: (7) Failed to connect to www.kernel.org port 443: Connection timed out\nError: Failed to download resource "git--man"\nDownload failed: https://www.kernel.org/pub/software/scm/git/git-manpages-2.6.1.tar.xz',
      'shell',
      'Failed to connect',
    ],
    ['ssh : Could not resolve hostname - : Name or service not known.', 'shell', 'Could not resolve hostname'],
    ["Exception: C:\\tmp\\_191217_122216\\2.ps1\nLine |\n   5 |  throw 'Oops!'\n     |  ^ Oops!", 'shell', 'RuntimeException'],
    [
      'ParserError:\nLine |\n   1 | $a=Get-Process -Id $PID | Format-List * | Out-Default | Select-String "Container" | 0/1\n     |                                                                                     ^ \n     | Expressions are only allowed as the first element of a pipeline.',
      'shell',
      'ParseException',
    ],
    [
      "```powershell\nAt .\\TenuVault.ps1:727 char:13\n+             }\n+             ~\nUnexpected token '}' in expression or statement.\nAt .\\TenuVault.ps1:728 char:9\n+         }\n+         ~\nUnexpected token '}' in expression or statement.\nAt .\\TenuVault.ps1:867 char:24\n+         Write-Host \" | \" -ForegroundColor DarkGray -NoNewline\n+                        ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\nExpressions are only allowed as the first element of a pipeline.",
      'shell',
      'ParseException',
    ],
    [
      "iex : At line:267 char:17\n+     Write-Host \"OK: Installed claude-glm at $wrapperPath\" -Foreground ...\n+                 ~~~\nUnexpected token 'OK:' in expression or statement.\nAt line:322 char:17\n+     Write-Host \"OK: Installed claude-glm-4.5 at $wrapperPath\" -Foregr ...\n+                 ~~~\nUnexpected token 'OK:' in expression or statement.\nAt line:430 char:74\n+ ... edError = $sanitizedError -replace 'ZaiApiKey[\\s\"]*=[\\s\"]*[^\";\\s]+',  ...\n+                                                                  ~\nMissing closing ')' in expression.",
      'shell',
      'ParseException',
    ],
    [
      '`ParserError: C:\\Users\\xxxx\\Desktop\\esxi7.ps1:41\nLine |\n  41 |  … script type="application/json" id="client-env">{"locale":"en","featur …\n     |                                                            ~~~~~\n     | Unexpected token \':"en"\' in expression or statement.`',
      'shell',
      'ParseException',
    ],
    [
      'In C:\\Users\\simon.g\\Downloads\\tiny11Coremaker.ps1:42 Zeichen:60\n+ ... script type="application/json" id="client-env">{"locale":"en","featur ...\n+                                                             ~~~~~\nUnerwartetes Token ":"en"" in Ausdruck oder Anweisung.\nIn C:\\Users\\simon.g\\Downloads\\tiny11Coremaker.ps1:42 Zeichen:65\n+ ... cript type="application/json" id="client-env">{"locale":"en","feature ...\n+                                                                 ~\nArgument in der Parameterliste fehlt.',
      'shell',
      'ParseException',
    ],
    [
      '```\nParserError: M:\\plex_media_server_appData\\Plex Media Server\\Plug-in Support\\Databases\\DBRepair-Windows.ps1:42\nLine |\n  42 |  … script type="application/json" id="client-env">{"locale":"en","featur …\n     |                                                            ~~~~~\n     | Unexpected token \':"en"\' in expression or statement.\n```',
      'shell',
      'ParseException',
    ],
    [
      'At M:\\DBRepair-Windows.ps1:42 char:60\n+ ... script type="application/json" id="client-env">{"locale":"en","featur ...\n+                                                             ~~~~~\nUnexpected token \':"en"\' in expression or statement.\nAt M:\\DBRepair-Windows.ps1:42 char:65\n+ ... cript type="application/json" id="client-env">{"locale":"en","feature ...\n+                                                                 ~\nMissing argument in parameter list.',
      'shell',
      'ParseException',
    ],
    [
      'PowerShell 7.3.3\nLOADING PLEASE WAIT ...\nParserError: C:\\Users\\stanarw\\Documents\\GitHub\\WT64\\commands.ps1:2\nLine |\n   2 |      "$schema": "https://aka.ms/terminal-profiles-schema",\n     |               ~\n     | Unexpected token \':\' in expression or statement.',
      'shell',
      'ParseException',
    ],
    [
      "SYS64738: C:\\Users\\stanarw\\Documents\\GitHub\\WT64\\reset.ps1:30\nLine |\n  30 |  SYS64738\n     |  ~~~~~~~~\n     | The term 'SYS64738' is not recognized as a name of\n     | a cmdlet, function, script file, or executable\n     | program. Check the spelling of the name, or if a\n     | path was included, verify that the path is correct\n     | and try again.",
      'shell',
      'command not found',
    ],
    [
      '```\nLine |\n  40 |  … script type="application/json" id="client-env">{"locale":"en","featur …\n     |                                                            ~~~~~\n     | Unexpected token \':"en"\' in expression or statement.\n```',
      'shell',
      'ParseException',
    ],
    ['..\\app\\node_modules\\npm\\npmrc: The system cannot find the path specified.', 'shell', 'The system cannot find the path specified'],
    [
      'AppData\\Local\\Microsoft\\OneDrive\\173681~1.031\\amd64\\FileSyncShell64.dll - Access is denied.\nAppData\\Local\\Microsoft\\OneDrive\\173681~1.031\\amd64\\LoggingPlatform64.dll - Access is denied.\nAppData\\Local\\Microsoft\\OneDrive\\173681~1.031\\amd64\\msvcp120.dll - Access is denied.',
      'shell',
      'Access is denied',
    ],
    [
      '$ rmdir /s normalDir\nnormalDir : Delete Tree. Are you sure? [Yes/No/Quit] y\nnormalDir\\reparsePoint\nnormalDir\\reparsePoint -> Access is denied.\n-> normalDir: The directory is not empty.\nexit status 1',
      'shell',
      'Access is denied',
    ],
    [
      'C:\\tmp mklink mylink mytarget\nYou do not have sufficient privileges to perform this operation.',
      'shell',
      'You do not have sufficient privileges to perform this operation',
    ],
    [
      'User> wsl --install Ubuntu\nDownloading: Ubuntu\nThe system cannot find the specified file.\nFehlercode: Wsl/InstallDistro/ERROR_FILE_NOT_FOUND',
      'shell',
      'ERROR_FILE_NOT_FOUND',
    ],
    ['“KeePassXC.app is damaged and can’t be opened', 'shell', "is damaged and can't be opened"],
    ['"antares-gui is damaged and can\'t be opened. You should move it to the trash."', 'shell', "is damaged and can't be opened"],
    ['< was unexpected at this time.', 'shell', 'syntax error'],
    ['!test_tree6! was unexpected at this time.', 'shell', 'syntax error'],
    [
      'dggphicprd00055: /usr1 # openssl pkey -in pcks8_key.pem -text\nEnter pass phrase for pcks8_key.pem:\nunable to load key\n140096647079680:error:06065064:digital envelope routines:EVP_DecryptFinal_ex:bad decrypt:crypto/evp/evp_enc.c:570:\n140096647079680:error:23077074:PKCS12 routines:PKCS12_pbe_crypt:pkcs12 cipherfinal error:crypto/pkcs12/p12_decr.c:63:\n140096647079680:error:2306A075:PKCS12 routines:PKCS12_item_decrypt_d2i:pkcs12 pbe crypt error:crypto/pkcs12/p12_decr.c:94:\n140096647079680:error:0907B00D:PEM routines:PEM_read_bio_PrivateKey:ASN1 lib:crypto/pem/pem_pkey.c:88:',
      'shell',
      'bad decrypt',
    ],
    [
      '$ openssl rsa -in /tmp/testkey.protected  -pubout\nEnter pass phrase for /tmp/testkey.protected:\nunable to load Private Key\n15775:error:06065064:digital envelope routines:EVP_DecryptFinal_ex:bad decrypt:/SourceCache/OpenSSL098/OpenSSL098-52.30.1/src/crypto/evp/evp_enc.c:330:\n15775:error:0906A065:PEM routines:PEM_do_header:bad decrypt:/SourceCache/OpenSSL098/OpenSSL098-52.30.1/src/crypto/pem/pem_lib.c:428:',
      'shell',
      'bad decrypt',
    ],
  ])('recognises %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  // Near misses: the texts nearby that the engine already answered, and must go on answering.
  it.each([
    [
      "D:\\Development\\Project\\Stock\\stock-master\\instock\\bin>K线形态作业 klinepattern_data_daily_job.py\n'K线形态作业' is not recognized as an internal or external command,\noperable program or batch file.\n\nD:\\Development\\Project\\Stock\\stock-master\\instock\\bin>est_data_daily_job.py\n'est_data_daily_job.py' is not recognized as an internal or external command,\noperable program or batch file.",
      'shell',
      'command not found',
    ],
    ["'userid' 不是内部或外部命令，也不是可运行的程序\n或批处理文件。", 'shell', 'command not found'],
    [
      "HiddenItems : The term 'HiddenItems' is not recognized as the name of a cmdlet, function, script file, or operable\nprogram. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.\nAt C:\\Users\\BNB\\Downloads\\Sophia.Script.Wrapper\\Sophia Script Wrapper\\Sophia.ps1:34 char:1\n+ HiddenItems -Enable\n+ ~~~~~~~~~~~\n    + CategoryInfo          : ObjectNotFound: (HiddenItems:String) [], CommandNotFoundException\n    + FullyQualifiedErrorId : CommandNotFoundException",
      'shell',
      'command not found',
    ],
    [
      '❯❯❯ /usr/local/opt/curl/bin/curl https://www.erlang.org/\ncurl: (60) SSL certificate problem: unable to get local issuer certificate',
      'shell',
      'unable to get local issuer certificate',
    ],
    ['ssh: connect to host tools.mi.ur.de port 22: Connection refused', 'shell', 'Connection refused'],
    [
      '* OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to dotnet.microsoft.com:443 \n* Closing connection\ncurl: (35) OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to dotnet.microsoft.com:443',
      'shell',
      'OpenSSL SSL_connect',
    ],
    [
      'Invoke-Webrequest http://bit.ly/configasdk -UseBasicParsing -OutFile ConfigASDK.ps1\n\nInvoke-Webrequest : 404: Not Found\nAt line:1 char:1\n+ Invoke-Webrequest http://bit.ly/configasdk -UseBasicParsing -OutFile  ...\n+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-WebRequest], WebException\n    + FullyQualifiedErrorId : WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeWebRequestCommand',
      'shell',
      'WebException',
    ],
    [
      "`Invoke-WebRequest : 404: Not Found\nAt line:1 char:85\n+ ... pe]::Tls12; Invoke-WebRequest -UseBasicParsing 'https://raw.githubuse ...\n+                 ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-WebRequest], WebExc\n   eption\n    + FullyQualifiedErrorId : WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeWebRequestCommand`",
      'shell',
      'WebException',
    ],
    [
      "[03/12/2021 01:30:55] Started...\nFound exchange version: 15.0.1497.2\nMain : A parameter cannot be found that matches parameter name 'DestinationPath'.\nAt C:\\Users\\user\\Desktop\\Hashes\\CompareExchangeHashes.ps1:766 char:1\n+ Main $CompressSuspiciousAndMissingFilesToCSV\n+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n    + CategoryInfo          : InvalidArgument: (:) [Main], ParameterBindingException\n    + FullyQualifiedErrorId : NamedParameterNotFound,Main_**",
      'shell',
      'ParameterBindingException',
    ],
    ['staging (main) # brew -v\nzsh: command not found: brew', 'shell', 'command not found'],
    [
      'sudo rm /private/var/vm/sleepimage\noverride rw------T  root/wheel for /private/var/vm/sleepimage? yes\nrm: /private/var/vm/sleepimage: Operation not permitted',
      'shell',
      'Operation not permitted',
    ],
    [
      'Mac Os Monterey(intel),\nloading command  - `launchctl load ~/Library/LaunchAgents/dev.haim.display-switch.daemon.plist`\nerror -\nLoad failed: 5: Input/output error\nTry running `launchctl bootstrap` as root for richer errors.',
      'shell',
      'Input/output error',
    ],
    [
      '$ vagrant ssh\nssh: Could not resolve hostname unknown: nodename nor servname provided, or not known',
      'shell',
      'Could not resolve hostname',
    ],
    [
      'unable to load certificate\n37410:error:0906D06C:PEM routines:PEM_read_bio:no start line:/BuildRoot/Library/Caches/com.apple.xbs/Sources/OpenSSL098/OpenSSL098-59/src/crypto/pem/pem_lib.c:648:Expecting: TRUSTED CERTIFICATE',
      'shell',
      'no start line',
    ],
    [
      "Connecting to freddie.witherden.org|85.159.209.87|:443... connected.\nERROR: cannot verify freddie.witherden.org's certificate, issued by ‘CN=StartCom Class 2 IV Server CA,OU=StartCom Certification Authority,O=StartCom Ltd.,C=IL’:\n  Unable to locally verify the issuer's authority.\nTo connect to freddie.witherden.org insecurely, use `--no-check-certificate'.",
      'shell',
      "Unable to locally verify the issuer's authority",
    ],
    ["Get-ChildItem: Cannot find path 'C:\\NotReal' because it does not exist", 'shell', 'ItemNotFoundException'],
    [
      'You cannot call a method on a null-valued expression.\nAt C:\\Users\\XXXXXXX\\Documents\\Scripts\\PowerCLI\\vCheck-6.24-Test\\vCheck.ps1:146 char:3\n+         $value = (($file_content | Select-String -pattern "\\$+${ID_na ...\n+         ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n    + CategoryInfo          : InvalidOperation: (:) [], RuntimeException\n    + FullyQualifiedErrorId : InvokeMethodOnNull',
      'shell',
      'RuntimeException',
    ],
    [
      "Unexpected token '.5' in expression or statement.\nAt c:\\vCheck-vSphere-master\\Plugins\\52 Datastore Consistency.ps1:30 char:23\n- $PluginVersion = 1.2.5 <<<<\n  - CategoryInfo          : ParserError: (.5:String) [], ParseException\n  - FullyQualifiedErrorId : UnexpectedToken",
      'shell',
      'ParseException',
    ],
    [
      'At C:\\Users\\xxx\\spidercat\\spidercat.ps1:85 char:21\n+         return "NA" -ErrorAction SilentlyContinue\n+                     ~~~~~~~~~~~~\nUnexpected token \'-ErrorAction\' in expression or statement.\n    + CategoryInfo          : ParserError: (:) [], ParseException\n    + FullyQualifiedErrorId : UnexpectedToken',
      'shell',
      'ParseException',
    ],
    [
      'C:\\apps\\Projects\\treehouse\\express-basics [easilyDebugExpress ≡ +2 ~1 -0 !]> nodeman src/app.js\nThe system cannot find the path specified.',
      'shell',
      'The system cannot find the path specified',
    ],
    [
      "mklink : The term 'mklink' is not recognized as the name of a cmdlet, function, script file, or operable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.",
      'shell',
      'command not found',
    ],
    [
      'PS C:\\WINDOWS\\system32> wsl --install -d Ubuntu\nDownloading: Windows Subsystem for Linux 2.3.24\nInstalling: Windows Subsystem for Linux 2.3.24\nWindows Subsystem for Linux 2.3.24 has been installed.\nThe operation completed successfully.\nUbuntu is already installed.\nLaunching Ubuntu...\nInstalling, this may take a few minutes...\nWslRegisterDistribution failed with error: 0x80070002\nError: 0x80070002 The system cannot find the file specified.\n\nPress any key to continue...\nThe operation completed successfully.',
      'shell',
      '0x80070002',
    ],
    ['"ITGmania" is damaged and can’t be opened. You should move it to the Trash.', 'shell', "is damaged and can't be opened"],
    [
      "& : Le terme «Invoke-ps2exe» n'est pas reconnu comme nom d'applet de commande,\nfonction, fichier de script ou programme exécutable. Vérifiez l'orthographe du\nnom, ou si un chemin d'accès existe, vérifiez que le chemin d'accès est\ncorrect et réessayez.\nAu caractère Ligne:1 : 2\n+ &'Invoke-ps2exe'  -inputFile .\\powershell-upgrade.ps1 -nested\n+  ~~~~~~~~~~~~~~~\n    + CategoryInfo          : ObjectNotFound: (Invoke-ps2exe:String) [], Comma\n   ndNotFoundException\n    + FullyQualifiedErrorId : CommandNotFoundException",
      'shell',
      'command not found',
    ],
    [
      "python' is not recognized as an internal or external command, operable program or batch file. [Finished in 16.305s^",
      'shell',
      'command not found',
    ],
    [
      'OpenSSL> rsa -in server_error.key -inform PEM -text -noout\nunable to load Private Key\n140095589111456:error:0906D066:PEM routines:PEM_read_bio:bad end line:pem_lib.c:802:\nerror in rsa',
      'shell',
      'bad end line',
    ],
    [
      'spawn openssl rsa -in iphone7plus.key -des3 -out iphone7plus.3des.key\nunable to load Private Key\n1995843680:error:0906D06C:PEM routines:PEM_read_bio:no start line:pem_lib.c:696:Expecting: ANY PRIVATE KEY\nexpect: spawn id exp6 not open\n    while executing',
      'shell',
      'no start line',
    ],
    [
      '#7 18.78 OK: 261 MiB in 131 packages\ncurl: (6) Could not resolve host: codeload.github.com                      ## %-=O=-                         #     #     #     #\n#7 28.38\n#7 28.38 tar: invalid magic\n#7 28.38 tar: short read',
      'shell',
      'Could not resolve host',
    ],
  ])('still answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});

describe('the eleventh pass names what the message is about', () => {
  it('shows the first lines of the script PowerShell could not parse', () => {
    expect(
      fixText(
        'At M:\\DBRepair-Windows.ps1:42 char:60\n+ ... script type="application/json"\n+                                                             ~~~~~\nUnexpected token \':"en"\' in expression or statement.',
      ),
    ).toContain('Get-Content M:\\DBRepair-Windows.ps1');
  });

  it('looks for the command PowerShell did not recognise', () => {
    expect(fixText('The term <run-exe> is not recognized as the name of a cmdlet, function, script file, or operable program.')).toContain(
      'Get-Command run-exe',
    );
  });
});
