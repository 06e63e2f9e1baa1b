/**
 * A sixth catalog pass over the shell family, from shell errors pasted from CI and automation: WSL's start-up codes,
 * cmd.exe's wrapped "is not recognized", Git for Windows' cygheap mismatch, a bare iptables failure outside Docker,
 * udisks' wrong fs type, a sourced script's setlocale warning, openssl's command-line errors, Ansible's shell and
 * command modules and Vagrant's failed provisioning command. Pure: the rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

describe("the shell family's sixth catalog pass", () => {
  it.each([
    [
      "15:26:12 command '/data/data/dev.ukanth.ufirewall/app_bin/iptables -A afwall-reject -j REJECT' exited with status 1\nOutput:\niptables: No chain/target/match by that name.",
      'shell',
      'No chain/target/match by that name',
    ],
    [
      'PS C:\\Windows\\System32> ubuntu\nInstalling, this may take a few minutes...\nWslRegisterDistribution failed with error: 0x80370102\nError: 0x80370102 The virtual machine could not be started because a required feature is not installed.',
      'shell',
      '0x80370102',
    ],
    [
      'Error mounting /dev/sdb1: GDBus.Error:org.freedesktop.UDisks2.Error.Failed: Error mounting /dev/sdb1 at /run/media/carlos/HDD EXTRA: wrong fs type, bad option, bad superblock on /dev/sdb1, missing codepage or helper program, or other error',
      'shell',
      'wrong fs type',
    ],
    [
      '/opt/atlassian/pipelines/agent/build/.ebash/bin/../share/platform.sh: line 19: warning: setlocale: LC_ALL: cannot change locale (en_US.utf8): No such file or directory',
      'shell',
      'cannot change locale',
    ],
    [
      '/data/data/com.termux.nix/files/home/.nix-profile/etc/profile.d/nix-on-droid-session-init.sh: line 24: warning: setlocale: LC_COLLATE: cannot change locale (en_US.UTF-8): No such file or directory',
      'shell',
      'cannot change locale',
    ],
    [
      "PS C:\\Users\\utkar\\Desktop\\Aaokm> npm run build\n\n> aaokm@1.0.0 build\n> rm -rf dist && babel backend -d dist && cd frontuild\n\n'rm' is not recognized as an internal or external \noperable program or batch file.",
      'shell',
      'command not found',
    ],
    [
      'Running: inline script\nERROR: The SSH command responded with a non-zero exit status. Vagrant assumes that this means the command failed. The output for this command should be in the log above. Please read the output to determine what went wrong.',
      'shell',
      'SSH command responded with a non-zero exit status',
    ],
    [
      '$ openssl req -in tmp/foo_req.pem -text -noout\nCan\'t open "/usr/local/ssl/openssl.cnf" for reading, No such file or directory\nC040B1DB357F0000:error:80000002:system library:BIO_new_file:No such file or directory:crypto/bio/bss_file.c:67:calling fopen(/usr/local/ssl/openssl.cnf, r)\nC040B1DB357F0000:error:10000080:BIO routines:BIO_new_file:no such file:crypto/bio/bss_file.c:75:',
      'shell',
      'No such file or directory',
    ],
    [
      'openssl req -new -key privatekey.key -out uat.csr\nunable to load Private Key\n139960760927896:error:0906D06C:PEM routines:PEM_read_bio:no start line:pem_lib.c:701:Expecting: ANY PRIVATE KEY',
      'shell',
      'no start line',
    ],
    [
      'OpenSSL> rsa -in server_error.key -inform PEM -text -noout\nunable to load Private Key\n140095589111456:error:0906D066:PEM routines:PEM_read_bio:bad end line:pem_lib.c:802:\nerror in rsa',
      'shell',
      'bad end line',
    ],
    [
      "$ openssl req -new -sha256 -key domain.key -subj \"/CN=example.com\" > domain.csr\nCan't open /data/data/com.termux/files/usr/etc/tls/openssl.cnf for reading, No such file or directory\n518150247752:error:02001002:system library:fopen:No such file or directory:crypto/bio/bss_file.c:72:fopen('/data/data/com.termux/files/usr/etc/tls/openssl.cnf','r')\nunable to find 'distinguished_name' in config\nproblems making Certificate Request",
      'shell',
      'No such file or directory',
    ],
    [
      '[ERROR]: Task failed: Module failed: non-zero return code\nOrigin: /opt/retronas/ansible/install_ps3netsrv.yml:102:7',
      'shell',
      'non-zero return code',
    ],
    [
      "Error: Execution of '/sbin/iptables -I INPUT 1 -t filter -p icmp -m comment --comment 000 accept all icmp -j ACCEPT' returned 1: iptables: No chain/target/match by that name.",
      'shell',
      'No chain/target/match by that name',
    ],
    [
      'Fatal: [localhost]: FAILED! => {\n    "changed": true, \n    "cmd": [\n        "/home/xxxxxxxx/wincent/roles/dotfiles/support/karabiner-test.js"\n    ], \n    "delta": "0:00:00.470693", \n    "msg": "non-zero return code", \n    "rc": 127, \n    "start": "2019-08-24 21:02:01.843920", \n    "stderr": "/usr/bin/env: ‘node’: No such file or directory", \n    "stderr_lines": [\n        "/usr/bin/env: ‘node’: No such file or directory"\n    ], \n    "stdout": "", \n    "stdout_lines": []\n}',
      'shell',
      'No such file or directory',
    ],
    [
      "RUNNING HANDLER [authelia : source .bashrc] ************************************\nfatal: [localhost]: FAILED! => changed=true \n  cmd: source $HOME/.bashrc\n  delta: '0:00:00.006717'\n  end: '2022-07-24 08:29:14.556962'\n  msg: non-zero return code\n  rc: 127\n  start: '2022-07-24 08:29:14.550245'\n  stderr: '/bin/sh: 1: source: not found'\n  stderr_lines: <omitted>\n  stdout: ''\n  stdout_lines: <omitted>",
      'shell',
      'command not found',
    ],
    [
      '[dag@moria ansible.testing]$ ansible problemhost -m command -a date\nproblemhost | FAILED! => {\n    "changed": false, \n    "failed": true, \n    "module_stderr": "/bin/sh: /foo/bar: No such file or directory\\n", \n    "module_stdout": "", \n    "msg": "MODULE FAILURE", \n    "rc": 127\n}',
      'shell',
      'No such file or directory',
    ],
    [
      'Installing, this may take a few minutes...\nWslRegisterDistribution failed with error: 0x800701bc\nError: 0x800701bc WSL 2 requires an update to its kernel component. For information please visit https://aka.ms/wsl2kernel\n\nPress any key to continue...',
      'shell',
      '0x800701bc',
    ],
    [
      'Installing, this may take a few minutes...\nWslRegisterDistribution failed with error: 0x8007019e\nThe Windows Subsystem for Linux optional component is not enabled. Please enable it and try again.\nSee https://aka.ms/wslinstall for details.\nPress any key to continue...',
      'shell',
      '0x8007019e',
    ],
    [
      'C:\\WINDOWS\\system32>wsl --set-version Ubuntu-20.04 2\nConversion in progress, this may take a few minutes...\nFor information on key differences with WSL 2 please visit https://aka.ms/wsl2\nWSL 2 requires an update to its kernel component. For information please visit https://aka.ms/wsl2kernel',
      'shell',
      'WSL 2 requires an update to its kernel component',
    ],
    [
      '0 [main] bash (2216) C:\\Program Files\\Git\\bin\\..\\usr\\bin\\bash.exe: *** fatal error - cygheap base mismatch detected - 0xF514B0/0x11714B0.\nThis problem is probably due to using incompatible versions of the cygwin DLL.\nSearch for cygwin1.dll using the Windows Start->Find/Search facility\nand delete all but the most recent version.\n      0 [main] bash 1549 dofork: child -1 - forked process 2216 died unexpectedly, retry 0, exit code 0xC0000142, errno 11\nbash: fork: retry: Resource temporarily unavailable',
      'shell',
      'cygheap base mismatch detected',
    ],
    ['$ openssl x509 -in cert.127.pem -noout -subject\nunable to load certificate', 'shell', 'unable to load certificate'],
    [
      '140685502600512:error:0909006C:PEM routines:get_name:no start line:../crypto/pem/pem_lib.c:745:Expecting: TRUSTED CERTIFICATE\nunable to load certificate',
      'shell',
      'no start line',
    ],
  ])('recognises %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  // Near misses: the texts the new patterns must leave to the patterns that answered them before.
  it.each([
    [
      'Rename files:\nRun \\ mv .github/user_pull_request_template.md .github/pull_request_template.md\n/home/runner/work/_temp/a0065495-18f9-4084-b8ef-e26891e4c005.sh: line 1:  mv: command not found\nError: Process completed with exit code 127.',
      'shell',
      'command not found',
    ],
    [
      'stevenbrix@poseidon:/mnt/c/dev/browser/core-tools$ ./scripts/core-dev-setup\n-bash: ./scripts/core-dev-setup: /bin/bash^M: bad interpreter: No such file or directory',
      'shell',
      'bad interpreter',
    ],
    ['/usr/bin/env: ‘bash\\r’: No such file or directory', 'shell', 'bad interpreter'],
    ['root@vps1:~# ufw --force enable\nERROR: Could not load logging rules', 'shell', 'Could not load logging rules'],
    [
      'TASK: [Enable ufw] ************************************************************\nfailed: [vps1.lukecyca.com] => {"changed": true, "cmd": ["ufw", "--force", "enable"],\n"delta": "0:00:00.720280", "end": "2013-10-27 21:17:00.421354", "item": "", "rc": 1,\n"start": "2013-10-27 21:16:59.701074"}\nstderr: ERROR: problem running ufw-init',
      'shell',
      'problem running ufw-init',
    ],
    [
      '/bin/sh: 1: gcc: not found\nMakefile: 111: recipe for target "obj/0_hello_world/main.o" failed\nmake: *** [obj/0_hello_world/main.o] Error 127',
      'shell',
      'command not found',
    ],
    [
      'pi@octopi:~$ sudo mount /dev/sda /media/usb\nmount: wrong fs type, bad option, bad superblock on /dev/sda,\n       missing codepage or helper program, or other error\n       In some cases useful info is found in syslog - try\n       dmesg | tail or so.',
      'shell',
      'wrong fs type',
    ],
    ['bash: warning: setlocale: LC_ALL: cannot change locale (en_US.UTF-8)', 'shell', 'cannot change locale'],
    [
      "[pre-job.sh] forjar reinstalled: /home/noah/.cargo/bin/forjar forjar 1.13.1\n/home/noah/data/actions-runner/pre-job.sh: line 307: unexpected EOF while looking for matching `''\n##[error]Process completed with exit code 2.",
      'shell',
      'syntax error',
    ],
    [
      'TASK [check if FF is installed] ************************************************\nfatal: [127.0.0.1]: FAILED! => {"changed": true, "cmd": "ls /Applications/Firefox.app", "delta": "0:00:00.008017", "end": "2018-09-06 04:04:53.078721", "msg": "non-zero return code", "rc": 1, "start": "2018-09-06 04:04:53.070704", "stderr": "ls: /Applications/Firefox.app: No such file or directory", "stderr_lines": ["ls: /Applications/Firefox.app: No such file or directory"], "stdout": "", "stdout_lines": []}\n...ignoring',
      'shell',
      'No such file or directory',
    ],
    [
      'TASK [nomad : Get Nomad package checksum] **************************************\nfatal: [armdocker-1.angrybear2.local -> 127.0.0.1]: FAILED! => {"changed": true, "cmd": "set -o pipefail\\n grep \\"nomad_0.9.1_linux_arm.zip\\" \\"/home/lane/GIT/lanesible/roles/nomad/files/nomad_0.9.1_SHA256SUMS\\" | awk \'{print $1}\'", "delta": "0:00:00.008978", "end": "2019-05-17 03:48:05.544637", "msg": "non-zero return code", "rc": 2, "start": "2019-05-17 03:48:05.535659", "stderr": "/bin/sh: 1: set: Illegal option -o pipefail", "stderr_lines": ["/bin/sh: 1: set: Illegal option -o pipefail"], "stdout": "", "stdout_lines": []}',
      'shell',
      'invalid option',
    ],
    [
      "0 [main] -bash 1452 fork: child -1 - forked process 1212 died unexpectedly, retry 0, exit code 0x100, errno 11\n-bash: fork: retry: Resource temporarily unavailable\n      0 [main] bash 3928 D:\\Documents\\GCC-MinGW\\msys32\\usr\\bin\\bash.exe: *** fatal error in forked process - fork: can't reserve memory for parent stack 0x190000 - 0x390000, (child has 0x1E0000 - 0x3E0000), Win32 error 487",
      'shell',
      'Resource temporarily unavailable',
    ],
    [
      "> cspell-util-bundle@4.0.7 build-production D:\\cspell\\packages\\cspell-util-bundle\n> rm -rf dist build && tsc -p . && webpack --mode production\n\n'rm' is not recognized as an internal or external command,\noperable program or batch file.\nnpm ERR! code ELIFECYCLE\nnpm ERR! errno 1\nnpm ERR! cspell-util-bundle@4.0.7 build-production: `rm -rf dist build && tsc -p . && webpack --mode production`\nnpm ERR! Exit status 1",
      'javascript',
      'ELIFECYCLE',
    ],
    [
      "firewalld[816]: WARNING: COMMAND_FAILED: '/usr/sbin/iptables -w2 -t filter -F DOCKER-ISOLATION' failed: iptables: No chain/target/match by that name.",
      'docker',
      'No chain/target/match by that name',
    ],
    [
      'Error response from daemon: Failed to Setup IP tables: Unable to enable SKIP DNAT rule:  (iptables failed: iptables --wait -t nat -I DOCKER -i br-2b1c3d4e5f60 -j RETURN: iptables: No chain/target/match by that name.\n (exit status 1))',
      'docker',
      'No chain/target/match by that name',
    ],
  ])('still answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});

describe('the sixth pass names what the message is about', () => {
  it('looks for the program the Ansible task could not find', () => {
    expect(
      fixText(
        "RUNNING HANDLER [authelia : source .bashrc] ************************************\nfatal: [localhost]: FAILED! => changed=true \n  cmd: source $HOME/.bashrc\n  delta: '0:00:00.006717'\n  end: '2022-07-24 08:29:14.556962'\n  msg: non-zero return code\n  rc: 127\n  start: '2022-07-24 08:29:14.550245'\n  stderr: '/bin/sh: 1: source: not found'\n  stderr_lines: <omitted>\n  stdout: ''\n  stdout_lines: <omitted>",
      ),
    ).toContain('command -v source');
  });

  it('checks the file openssl expected a PEM header in', () => {
    expect(
      fixText(
        'openssl req -new -key privatekey.key -out uat.csr\nunable to load Private Key\n139960760927896:error:0906D06C:PEM routines:PEM_read_bio:no start line:pem_lib.c:701:Expecting: ANY PRIVATE KEY',
      ),
    ).toContain('-----BEGIN ANY PRIVATE KEY-----');
  });

  it('checks the missing openssl.cnf', () => {
    expect(
      fixText(
        "$ openssl req -new -sha256 -key domain.key -subj \"/CN=example.com\" > domain.csr\nCan't open /data/data/com.termux/files/usr/etc/tls/openssl.cnf for reading, No such file or directory\n518150247752:error:02001002:system library:fopen:No such file or directory:crypto/bio/bss_file.c:72:fopen('/data/data/com.termux/files/usr/etc/tls/openssl.cnf','r')\nunable to find 'distinguished_name' in config\nproblems making Certificate Request",
      ),
    ).toContain('ls -l /data/data/com.termux/files/usr/etc/tls/openssl.cnf');
  });
});
