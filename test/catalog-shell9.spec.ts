/**
 * A ninth catalog pass over the shell family, from the package managers and the machine around them: apt's
 * "Waiting for cache lock", dpkg's failure as apt 3, a translation or a garbled paste prints it, apk inside a log,
 * pacman's conflicts without their header, flatpak, snapctl and snapd, systemd's older "Job for … failed. See",
 * yum's failed repository, sudo-rs, WSL's codes without Docker, a bare setlocale warning, env's shebang with
 * arguments and PowerShell records a paste prefixed. Pure: the rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

describe("the shell family's ninth catalog pass", () => {
  it.each([
    ['Waiting for cache lock: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 63985 (apt)', 'shell', 'Could not get lock'],
    [
      'Waiting for cache lock: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 351825 (aWaiting for cache lock: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 351825',
      'shell',
      'Could not get lock',
    ],
    [
      'Waiting for cache lock: Could not get lock /data/data/com.termux/files/usr/var/lib/dpkg/lock-frontend. It is held by process 20154 (linker64)',
      'shell',
      'Could not get lock',
    ],
    ['warning: setlocale: LC_ALL: cannot change locale (en_US.UTF-8)', 'shell', 'cannot change locale'],
    ['/usr/bin/env: node --harmony: No such file or directory', 'shell', 'No such file or directory'],
    [
      'PS C:> .\\Invoke-mimikittenz\nFile C:\\Invoke-mimikittenz.ps1 cannot be loaded because the execution of scripts is disabled on this system. Please see\n "get-help about_signing" for more details.\nAt line:1 char:21\n- .\\Invoke-mimikittenz <<<<\n  - CategoryInfo          : NotSpecified: (:) [], PSSecurityException\n  - FullyQualifiedErrorId : RuntimeException',
      'shell',
      'PSSecurityException',
    ],
    [
      '$ flatpak install flathub com.github.hluk.copyq\nLooking for matches…\nerror: No remote refs found for ‘flathub’',
      'shell',
      'No remote refs found',
    ],
    ['$ flatpak remote-ls\nerror: Invalid refspec org.gnome.Builder-origin:.', 'shell', 'Invalid refspec'],
    [
      'Error: installing missing components: installing components: installing "openvino-model-server": exit status 1: error: snapctl: snap "gemma4" has changes in progress',
      'shell',
      'change in progress',
    ],
    [
      'Error: failed to use engine: error installing components: error installing "model-qwen2-5-vl-7b-instruct-q4-k-m": exit status 1: error: snapctl: snap "qwen-vl" has "snapctl-install" change in progress',
      'shell',
      'change in progress',
    ],
    [
      'snap "core18" is already installed, see \'snap help refresh\'\nsnap "core" is already installed, see \'snap help refresh\'\nerror: cannot install "snapd": cannot install snapd snap on a model without a\n       base snap yet\nSnapd was unable to install snapd',
      'shell',
      'cannot install snapd snap on a model without a base snap yet',
    ],
    ["Job for nginx.service failed. See 'systemctl status nginx.service' and 'journalctl -xn' for details.", 'shell', 'Job failed'],
    [
      'filesystem: /data/data/com.termux/files/usr/bin exists in filesystem\nfilesystem: /data/data/com.termux/files/usr/lib exists in filesystem',
      'shell',
      'conflicting files',
    ],
    [
      'The operation could not be started because a required feature is not installed.\nError code: Wsl/Service/CreateInstance/CreateVm/HCS_E_SERVICE_NOT_AVAILABLE',
      'shell',
      'HCS_E_SERVICE_NOT_AVAILABLE',
    ],
    [
      'PS C:\\WINDOWS\\system32> wsl --set-version Ubuntu-22.04 2\nFor information on key differences with WSL 2 please visit https://aka.ms/wsl2\nConversion in progress, this may take a few minutes.\nThe operation could not be started because a required feature is not installed.\nError code: Wsl/Service/CreateVm/HCS_E_SERVICE_NOT_AVAILABLE',
      'shell',
      'HCS_E_SERVICE_NOT_AVAILABLE',
    ],
    [
      "wsl --import wsl-vpnkit --version 2 $env:USERPROFILE\\wsl-vpnkit wsl-vpnkit.tar.gz\nImportation en cours. Cette opération peut prendre quelques minutes.\nL'opération n'a pas pu être démarrée car une fonctionnalité requise n'est pas installée.\nError code: Wsl/Service/CreateVm/HCS_E_SERVICE_NOT_AVAILABLE",
      'shell',
      'HCS_E_SERVICE_NOT_AVAILABLE',
    ],
    ['Error code: Wsl/Service/CreateInstance/CreateVm/HCS/0x8007000d', 'shell', '0x8007000d'],
    [
      'The specified module could not be found.\nError code: Wsl/Service/CreateInstance/CreateVm/HCS/ERROR_MOD_NOT_FOUND',
      'shell',
      'ERROR_MOD_NOT_FOUND',
    ],
    [
      "Installing, this may take a few minutes...\nWslRegisterDistribution failed with error: 0x80370114\nError: 0x80370114 L'opÚration n'a pas pu Ûtre dÚmarrÚe car une fonctionnalitÚ requise n'est pas installÚe.",
      'shell',
      '0x80370114',
    ],
    [
      'Nov 21 11:12:09.612 [DEBUG] [arch:x86_64] [cmd:apk] [use-proot:false] [use-qemu:] ERROR: unable to select packages:\nNov 21 11:12:09.614 [DEBUG] [arch:x86_64] [cmd:apk] [use-proot:false] [use-qemu:]   alpine-baselayout-data (no such package):\nNov 21 11:12:09.614 [DEBUG] [arch:x86_64] [cmd:apk] [use-proot:false] [use-qemu:]     required by: world[alpine-baselayout-data]\nError: failed to build layer image: initializing apk: failed to fixate apk world: exit status 1',
      'shell',
      'unable to select packages',
    ],
    [
      'ERROR: unable to select packages:\nnodejs-20.15.1-r0:\nbreaks: world[nodejs=20.12.1-r0]\nsatisfies: yarn-1.22.19-r0[nodejs]',
      'shell',
      'unable to select packages',
    ],
    [
      'required by: world[firmware]\n  get (no such package):\n    required by: world[get]\n  linux (no such package):\n    required by: world[linux]',
      'shell',
      'unable to select packages',
    ],
    ['Error: Sub-process /data/data/com.termux/files/usr/bin/dpkg returned an error code (1)', 'shell', 'Sub-process returned an error code'],
    [
      'Errors were encountered while processing:\n open-ssh server\nE: Sub-processes /usr/bin/dpkg returned an error code (1)\n<<< end install',
      'shell',
      'Sub-process returned an error code',
    ],
    [
      'dpkg: error while cleaning up:\n new mariadb-server-10.3 post-removal package script subprocess returned error exit status 1\nErrors were encountered during execution:\n /var/cache/apt/archives/mariadb-server-10.3_1%3a10.3.17-1_amd64.deb\nE: Subprocess / usr / bin / dpkg returned an error code (1)',
      'shell',
      'Sub-process returned an error code',
    ],
    ['E: Sub-process / usr / bin / dpkg returns error code (1)', 'shell', 'Sub-process returned an error code'],
    [
      '[root@scriptbox scripts]# yum install vim -y Loaded plugins: fastestmirror Loading mirror speeds from cached hostfile Could not retrieve mirrorlist http://mirrorlist.centos.org/?release=7&arch=x86_64&repo=os&infra=stock error was 14: curl#6 - "Could not resolve host: mirrorlist.centos.org; Unknown error" One of the configured repositories failed (Unknown), and yum doesn\'t have enough cached data to continue. At this point the only safe thing yum can do is fail. There are a few ways to work "fix" this: 1. Contact the upstream for the repository and get them to fix the problem.',
      'shell',
      'Cannot find a valid baseurl for repo',
    ],
    [
      '[root@localhost vagrant]# yum -y update\nLoaded plugins: fastestmirror\nLoading mirror speeds from cached hostfile\nCould not retrieve mirrorlist http://mirrorlist.centos.org/?release=7&arch=x86_64&repo=os&infra=vag error was\n14: curl#6 - "Could not resolve host: mirrorlist.centos.org; Unknown error"\n\n\n One of the configured repositories failed (Unknown),\n and yum doesn\'t have enough cached data to continue. At this point the only\n safe thing yum can do is fail. There are a few ways to work "fix" this:\n\n     1. Contact the upstream for the repository and get them to fix the problem.',
      'shell',
      'Cannot find a valid baseurl for repo',
    ],
    [
      '==> node1: Running provisioner: shell...\n    node1: Running: inline script\n    node1: Loaded plugins: fastestmirror\n    node1:\n    node1:\n    node1:  One of the configured repositories failed (Unknown),\n    node1:  and yum doesn\'t have enough cached data to continue. At this point the only\n    node1:  safe thing yum can do is fail. There are a few ways to work "fix" this:\n    node1:\n    node1:      1. Contact the upstream for the repository and get them to fix the problem.',
      'shell',
      'Cannot find a valid baseurl for repo',
    ],
    [
      'sudo-rs: sudo must be owned by uid 0 and have the setuid bit set\n -> error refreshing databases - exit status 1',
      'shell',
      'must be owned by uid 0 and have the setuid bit set',
    ],
    [
      'Set-ExecutionPolicy : Access to the registry key \'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\PowerShell\\1\\ShellIds\\Microsoft.PowerShell\' is denied. To change the execution policy for the default (LocalMachine) scope, start Windows PowerShell with the "Run as \nadministrator" option. To change the execution policy for the current user, run "Set-ExecutionPolicy -Scope CurrentUser"',
      'shell',
      'UnauthorizedAccessException',
    ],
    [
      'D:\\SparkWorkspace\\SparkCLR>RunSamples.cmd --validate\nSPARK_VERSION=1.4.1\nHADOOP_VERSION=2.6\nSet-ExecutionPolicy : Access to the registry key\n\'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\PowerShell\\1\\ShellIds\\Microsoft.PowerShell\' is denied. To change the execution\npolicy for the default (LocalMachine) scope, start Windows PowerShell with the "Run as administrator" option. To\nchange the execution policy for the current user, run "Set-ExecutionPolicy -Scope CurrentUser".\nAt line:1 char:1\n> + Set-ExecutionPolicy Unrestricted\n> + ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n>    + CategoryInfo          : PermissionDenied: (:) [Set-ExecutionPolicy], UnauthorizedAccessException\n>    + FullyQualifiedErrorId : System.UnauthorizedAccessException,Microsoft.PowerShell.Commands.SetExecutionPolicyComma\n   nd',
      'shell',
      'UnauthorizedAccessException',
    ],
    [
      '`Disabling Activity History...`\n`Set-ItemProperty : Requested registry access is not allowed.`\n`At line:365 char:13`\n`+             Set-ItemProperty -Path "HKLM:\\SOFTWARE\\Policies\\Microsoft ...`\n`+             ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~`\n`    + CategoryInfo          : PermissionDenied: (HKEY_LOCAL_MACH...\\Windows\\System:String) [Set-ItemProperty], Securit\n   yException`\n`    + FullyQualifiedErrorId : System.Security.SecurityException,Microsoft.PowerShell.Commands.SetItemPropertyCommand`',
      'shell',
      'SecurityException',
    ],
  ])('recognises %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  // Near misses: the texts the new patterns must leave to the patterns that answered them before.
  it.each([
    ['Error code: Wsl/Service/RegisterDistro/CreateVm/HCS/HCS_E_SERVICE_NOT_AVAILABLE', 'docker', 'HCS_E_SERVICE_NOT_AVAILABLE'],
    [
      'Docker Desktop - Unexpected WSL error\nThe operation could not be started because a required feature is not installed.\nError code: Wsl/Service/CreateInstance/CreateVm/HCS_E_SERVICE_NOT_AVAILABLE',
      'docker',
      'HCS_E_SERVICE_NOT_AVAILABLE',
    ],
    [
      'Run sudo apt-get install -y lld\nE: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 2448 (unattended-upgr)\nE: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), is another process using it?\nError: Process completed with exit code 100.',
      'shell',
      'Could not get lock',
    ],
    [
      'error: failed to commit transaction (conflicting files)\n  filesystem: /clang64 exists in filesystem\n  filesystem: /mingw32 exists in filesystem',
      'shell',
      'conflicting files',
    ],
    ['Error: error: No remote refs found similar to ‘com.jetpackduba.Gitnuro’', 'shell', 'No remote refs found'],
    [
      'Restarting Nginx...\nRedirecting to /bin/systemctl restart nginx.service\nJob for nginx.service failed because the control process exited with error code. See "systemctl status nginx.service" and "journalctl -xe" for details.',
      'shell',
      'Job failed',
    ],
    ['/usr/bin/env: ‘python’: No such file or directory', 'shell', 'bad interpreter'],
    ['sudo: /usr/bin/sudo must be owned by uid 0 and have the setuid bit set', 'shell', 'must be owned by uid 0 and have the setuid bit set'],
    ['bash: warning: setlocale: LC_ALL: cannot change locale (en_US.UTF-8)', 'shell', 'cannot change locale'],
    [
      'Import-Module : File C:\\Program Files\\WindowsPowerShell\\Modules\\Azure\\5.3.0\\Azure.psm1 cannot be loaded because\nrunning scripts is disabled on this system. For more information, see about_Execution_Policies at\nhttps:/go.microsoft.com/fwlink/?LinkID=135170.\nAt line:1 char:1\n+ Import-Module Azure\n+ ~~~~~~~~~~~~~~~~~~~\n    + CategoryInfo          : SecurityError: (:) [Import-Module], PSSecurityException\n    + FullyQualifiedErrorId : UnauthorizedAccess,Microsoft.PowerShell.Commands.ImportModuleCommand',
      'shell',
      'PSSecurityException',
    ],
    [
      'inuxidc@linuxidc:~$ snap install --classic eclipse\nerror: snap "eclipse" has "install-snap" change in progress',
      'shell',
      'change in progress',
    ],
    [
      '[04:45:06] dpkg: error processing openssh-server (--configure):\n[04:45:06]  subprocess installed post-installation script returned error exit status 1\n[04:45:06] Errors were encountered while processing:\n[04:45:06]  openssh-server\n[04:45:06] E: Sub-process /usr/bin/dpkg returned an error code (1)',
      'shell',
      'error processing package',
    ],
    [
      '15:48:59      tester-centos6-32: Loaded plugins: fastestmirror\n15:49:00      tester-centos6-32: Error: Cannot find a valid baseurl for repo: base\n15:49:00      tester-centos6-32: YumRepo Error: All mirror URLs are not using ftp, http[s] or file.',
      'shell',
      'Cannot find a valid baseurl for repo',
    ],
    [
      'ERROR: unable to select packages:\n  fastfetch (no such package):\n    required by: world[fastfetch]',
      'shell',
      'unable to select packages',
    ],
  ])('still answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});

describe('the ninth pass names what the message is about', () => {
  it('checks who holds the lock file apt waited for', () => {
    expect(
      fixText(
        'Waiting for cache lock: Could not get lock /data/data/com.termux/files/usr/var/lib/dpkg/lock-frontend. It is held by process 20154 (linker64)',
      ),
    ).toContain('/data/data/com.termux/files/usr/var/lib/dpkg/lock-frontend');
  });

  it('reads the log of the unit whose job failed', () => {
    expect(fixText("Job for nginx.service failed. See 'systemctl status nginx.service' and 'journalctl -xn' for details.")).toContain(
      'journalctl -u nginx.service',
    );
  });

  it('searches the remote flatpak could not find', () => {
    expect(
      fixText('$ flatpak install flathub com.github.hluk.copyq\nLooking for matches…\nerror: No remote refs found for ‘flathub’'),
    ).toContain('flatpak search flathub');
  });

  it('generates the locale the warning names', () => {
    expect(fixText('warning: setlocale: LC_ALL: cannot change locale (en_US.UTF-8)')).toContain('locale-gen en_US.UTF-8');
  });
});
