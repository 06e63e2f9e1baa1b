import type { ErrorPattern } from '../rules/error-pattern';
import { catalogMessage, catalogPattern, nameOr as or, type CatalogEntry } from './linux-catalog.patterns';
import { ref } from './answer-parts';

/**
 * A sixth catalog pass over the shell family, from shell errors pasted from CI and automation that the engine
 * answered with another language or not at all: WSL's own start-up codes, cmd.exe's "is not recognized" wrapped by the
 * console, Git for Windows' and MSYS2's cygheap mismatch, a bare iptables failure outside Docker, udisks' wrong fs
 * type, a sourced script's setlocale warning, openssl's command-line errors (a missing openssl.cnf, PEM files it
 * cannot read), Ansible's shell and command modules (the stderr they report, or only "non-zero return code") and
 * Vagrant's failed provisioning command.
 *
 * The type is the tool's phrase without the names around it, the code it prints (WSL's HRESULT), or the system error
 * it reports (corpus README, shell row). The `n` group captures the name the message is about.
 */

const REFS = {
  windows: [
    ref('WSL: Troubleshooting', 'https://learn.microsoft.com/en-us/windows/wsl/troubleshooting'),
    ref('WSL: Install', 'https://learn.microsoft.com/en-us/windows/wsl/install'),
    ref('Git for Windows: FAQ', 'https://github.com/git-for-windows/git/wiki/FAQ'),
  ],
  admin: [
    ref('iptables(8)', 'https://man7.org/linux/man-pages/man8/iptables.8.html'),
    ref('mount(8)', 'https://man7.org/linux/man-pages/man8/mount.8.html'),
    ref('OpenSSL: openssl(1) commands', 'https://docs.openssl.org/master/man1/openssl/'),
    ref('OpenSSL: PEM format (openssl-format-options)', 'https://docs.openssl.org/master/man1/openssl-format-options/'),
    ref('Bash manual: Locale Translation', 'https://www.gnu.org/software/bash/manual/html_node/Locale-Translation.html'),
  ],
  automation: [
    ref('Ansible: ansible.builtin.shell module', 'https://docs.ansible.com/ansible/latest/collections/ansible/builtin/shell_module.html'),
    ref('Ansible: Error handling in playbooks', 'https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_error_handling.html'),
    ref('Vagrant: Shell provisioner', 'https://developer.hashicorp.com/vagrant/docs/provisioning/shell'),
  ],
};


const WINDOWS_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`(?:WslRegisterDistribution failed with error: |Error: |Wsl\/[\w\/]{0,200}\/)0x80370102`,
    type: '0x80370102',
    why: 'WSL 2 runs its distributions in a lightweight virtual machine, and Windows could not start it: virtualisation is off in the firmware (BIOS/UEFI), the Virtual Machine Platform feature is not enabled, the hypervisor is not set to launch at boot, or Windows itself runs in a VM without nested virtualisation.',
    fix: 'Enable virtualisation and the Virtual Machine Platform, then restart',
    code: () => `dism.exe /online /enable-feature /featurename:VirtualMachinePlatform /all /norestart\ndism.exe /online /enable-feature /featurename:Microsoft-Windows-Subsystem-Linux /all /norestart\nbcdedit /set hypervisorlaunchtype auto\n# restart, and turn on Intel VT-x / AMD-V (SVM) in the firmware settings if it is off\nwsl --set-default-version 1   # or run the distribution under WSL 1, which needs no VM`,
  },
  {
    re: String.raw`(?:WslRegisterDistribution failed with error: |Error: )0x800701bc`,
    type: '0x800701bc',
    why: 'The distribution is set to run under WSL 2, whose Linux kernel is installed separately and is missing or too old on this machine.',
    fix: 'Install or update the WSL 2 kernel, then start the distribution again',
    code: () => `wsl --update\nwsl --shutdown\n# or install the kernel package from https://aka.ms/wsl2kernel\nwsl --set-default-version 2`,
  },
  {
    re: String.raw`(?:WslRegisterDistribution failed with error: |Error: )0x8007019e`,
    type: '0x8007019e',
    why: 'The Windows Subsystem for Linux optional component is not enabled (or was removed), so no distribution can be registered.',
    fix: 'Enable the Windows Subsystem for Linux feature, then restart',
    code: () => `dism.exe /online /enable-feature /featurename:Microsoft-Windows-Subsystem-Linux /all /norestart\n# or: wsl --install\n# then restart Windows`,
  },
  {
    re: String.raw`WSL 2 requires an update to its kernel component`,
    type: 'WSL 2 requires an update to its kernel component',
    why: "WSL 2's Linux kernel is installed apart from Windows, and it is missing or older than this WSL needs, so the conversion or start-up of a WSL 2 distribution stops.",
    fix: 'Update the WSL 2 kernel, then convert the distribution again',
    code: () => `wsl --update\nwsl --shutdown\nwsl --set-version <distribution> 2`,
  },
  {
    // The console wrapped cmd.exe's message and lost its word "command,".
    re: String.raw`'(?<n>[^'\n]{1,100})' is not recognized as an internal or external[ \t]*\r?\n[ \t]*operable program or batch file`,
    type: 'command not found',
    why: 'cmd.exe (which npm, yarn and most Windows tools run scripts with) found no program by that name on PATH: a Unix command such as rm, cp or mkdir -p in a script written for a Unix shell, or a tool that is not installed.',
    fix: 'Use a cross-platform equivalent, or run the script under a Unix shell',
    code: (n) => `where ${or(n, '<command>')}\n# in package.json scripts, use portable tools instead of Unix commands:\nnpm install --save-dev rimraf   # "clean": "rimraf dist" instead of rm -rf dist\nnpm config set script-shell "C:\\\\Program Files\\\\Git\\\\bin\\\\bash.exe"   # or run scripts under Git Bash`,
  },
  {
    re: String.raw`(?<n>[A-Za-z]:\\[^\n:*]{0,300}?\.exe): \*\*\* fatal error - cygheap base mismatch detected`,
    type: 'cygheap base mismatch detected',
    why: "A Cygwin or MSYS2 program (Git for Windows' bash, MSYS2's shell) found a second copy of its runtime DLL (msys-2.0.dll or cygwin1.dll) of another version already loaded: two installations on PATH, a leftover process of an older version, or Windows' address space layout randomisation (ASLR) forced on the program.",
    fix: 'Keep one runtime on PATH, close the old processes, and exempt the programs from forced ASLR',
    code: (n) => `where msys-2.0.dll cygwin1.dll   # more than one is the problem\ntasklist | findstr /i "bash.exe ssh-agent.exe"\n# Windows Security > App & browser control > Exploit protection: Mandatory ASLR off for ${or(n, 'bash.exe')}\n# then restart, or reinstall Git for Windows / MSYS2`,
  },
];

const ADMIN_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`(?:^|\n|returned \d{1,3}: )ip6?tables: No chain\/target\/match by that name`,
    type: 'No chain/target/match by that name',
    why: 'iptables was told to use a chain, target or match that does not exist: a user chain not created yet (or flushed by a firewall reload), a target such as REJECT or LOG whose kernel module is missing, or a match module (comment, limit, conntrack) the kernel lacks. A mix of iptables-legacy and iptables-nft does the same: the chain exists in the other back end.',
    fix: 'Check that the chain exists and the kernel has the modules the rule needs',
    code: () => `sudo iptables -S | grep -- '-N'   # the chains that exist\nsudo iptables -N <chain>          # create a missing user chain first\nlsmod | grep -E 'xt_|ipt_'        # the match and target modules loaded\nsudo modprobe xt_comment          # e.g. for -m comment\niptables --version                # (legacy) or (nf_tables): use the same back end everywhere`,
  },
  {
    re: String.raw`Error mounting (?<n>\/dev\/[^\s:]{1,200})(?:: GDBus\.Error:[\w.]{1,100}: Error mounting \S{1,200})? at [^\n]{1,300}?: wrong fs type, bad option, bad superblock`,
    type: 'wrong fs type',
    why: 'udisks (the desktop, udisksctl) asked the kernel to mount the device and the file system driver refused it: the device holds another file system than the one tried (or none, or a partition table), a mount option the driver does not know, or a damaged superblock. The kernel log says which.',
    fix: "Look at the kernel's message and the file system on the device",
    code: (n) => `sudo dmesg | tail -20\nsudo blkid ${or(n, '/dev/sdX1')}\nlsblk -f\nsudo fsck ${or(n, '/dev/sdX1')}   # unmounted; for ext4 and vfat`,
  },
  {
    re: String.raw`[^\s:]{1,300}: line \d{1,7}: warning: setlocale: (?<n>LC_\w{1,20}): cannot change locale`,
    type: 'cannot change locale',
    why: 'A script (often a profile or CI helper) sets a locale variable to a locale that is not generated on this system, so bash cannot switch to it and keeps the C locale.',
    fix: 'Generate the locale, or set one that exists',
    code: (n) => `locale -a   # the locales that exist\nsudo locale-gen en_US.UTF-8 && sudo update-locale\nexport ${or(n, 'LC_ALL')}=C.UTF-8   # a locale every system has`,
  },
  {
    re: String.raw`Can't open "?(?<n>[^"\n]{1,300}?\.cnf)"? for reading, (?<errno>No such file or directory|Permission denied)`,
    type: (g) => g.errno ?? 'No such file or directory',
    why: 'openssl reads its configuration file (openssl.cnf) for req, ca and other commands, and the file at the compiled-in path or in OPENSSL_CONF is missing or not readable: a minimal openssl build or package without it, or an OPENSSL_CONF that points to a wrong path.',
    fix: 'Point openssl at a configuration file that exists',
    code: (n) => `openssl version -d   # OPENSSLDIR, where it looks for openssl.cnf\nls -l ${or(n, 'openssl.cnf')}\nexport OPENSSL_CONF=/etc/ssl/openssl.cnf   # or pass -config <file> to openssl req`,
  },
  {
    re: String.raw`PEM routines:(?:PEM_read_bio|get_name|PEM_read_bio_ex):(?<kind>no start line|bad end line)(?:[^\n]{0,200}?Expecting: (?<n>[A-Z][A-Z ]{2,40}))?`,
    type: (g) => g.kind ?? 'no start line',
    why: 'openssl could not read the file as PEM: no "-----BEGIN ...-----" line of the kind it expects (no start line) or a broken "-----END" line (bad end line). The file is DER (binary), empty, a key where a certificate belongs (or the reverse), saved with a byte-order mark or Windows line endings, or pasted with the header or footer changed.',
    fix: 'Check what the file holds, and convert it to PEM when it is DER',
    code: (n) => `head -2 <file>     # expects -----BEGIN ${or(n, 'CERTIFICATE')}-----\nopenssl x509 -inform DER -in <file> -out cert.pem   # a DER certificate to PEM\nsed -i 's/\\r$//' <file>   # Windows line endings\nfile <file>`,
  },
];

const AUTOMATION_ENTRIES: readonly CatalogEntry[] = [
  {
    // The engine's normalising turns the JSON's \n into a line break, and curly quotes into straight ones.
    re: String.raw`"?(?:module_)?stderr"?: ['"](?<n>[^"\n]{1,300}?): (?<errno>No such file or directory|Permission denied|(?:command )?not found)(?:\\n|\n)?['"]`,
    type: (g) => (g.errno === 'not found' || g.errno === 'command not found' ? 'command not found' : (g.errno ?? 'No such file or directory')),
    why: "Ansible's shell or command module ran the command on the host and it failed there; the module's stderr field holds the shell's own message: a program not installed or not on the non-interactive PATH Ansible gets, a file that is not there, or a builtin of bash (source) run by /bin/sh.",
    fix: "Make the program available on the host, or run the task's command under bash",
    code: (n) => {
      const name = or(n, '<command>').replace(/^.*: /, '').replace(/^[‘']|[’']$/g, '');
      return `ansible <host> -m shell -a 'command -v ${name}; echo $PATH'\n# in the task:\n#   shell: ...\n#   args:\n#     executable: /bin/bash      # bash builtins such as source\n#   environment:\n#     PATH: "/usr/local/bin:{{ ansible_env.PATH }}"`;
    },
  },
];

const WRAPPER_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`(?:"msg": "|msg: |Module failed: )non-zero return code`,
    type: 'non-zero return code',
    why: "Ansible's shell or command module ran the command and it exited with a non-zero status, which fails the task. The reason is in the result's stderr (and stdout) fields, or in the command's own output when run by hand.",
    fix: "Read the task's stderr, or accept the status the command uses for \"no\"",
    code: () => `ansible-playbook site.yml -vvv   # the full result with stderr and rc\n# a command whose non-zero status is not a failure (grep without a match):\n#   register: result\n#   failed_when: result.rc not in [0, 1]`,
  },
  {
    re: String.raw`The (?:following )?SSH command responded with a non-zero exit status`,
    type: 'SSH command responded with a non-zero exit status',
    why: "A command Vagrant ran in the guest over SSH (a shell provisioner's script, or its own network or shared-folder set-up) exited with a non-zero status. The command's own error is in the output above the message.",
    fix: 'Read the output above, and run the provisioner again with the script traced',
    code: () => `vagrant provision --debug 2>&1 | tail -50\nvagrant ssh -c 'sudo bash -x /tmp/vagrant-shell'   # the uploaded inline script\n# make the script stop at the failing line: set -euxo pipefail`,
  },
];

export const SHELL_CATALOG6_PATTERNS: readonly ErrorPattern[] = [
  catalogPattern({
    id: 'shell.windows-catalog6',
    tool: 'shell',
    category: 'configuration',
    priority: 36,
    entries: WINDOWS_ENTRIES,
    references: REFS.windows,
    requires: /WslRegisterDistribution|Error: 0x80|Wsl\/|WSL 2 requires an update|or external[ \t]*\r?\n|cygheap base mismatch/,
    samples: [
      'WslRegisterDistribution failed with error: 0x80370102\nError: 0x80370102 The virtual machine could not be started because a required feature is not installed.',
      "'rm' is not recognized as an internal or external \noperable program or batch file.",
    ],
  }),
  catalogPattern({
    id: 'shell.admin-catalog6',
    tool: 'shell',
    category: 'configuration',
    // Above docker.iptables-chain-missing (15), which keeps the lines Docker's and firewalld's wrappers print.
    priority: 36,
    entries: ADMIN_ENTRIES,
    references: REFS.admin,
    requires: /tables: No chain|Error mounting \/dev\/|warning: setlocale: |\.cnf"? for reading|PEM routines:/,
    samples: [
      'Output:\niptables: No chain/target/match by that name.',
      'unable to load Private Key\n139960760927896:error:0906D06C:PEM routines:PEM_read_bio:no start line:pem_lib.c:701:Expecting: ANY PRIVATE KEY',
    ],
  }),
  catalogMessage({
    id: 'shell.openssl-unable-to-load',
    tool: 'openssl',
    category: 'configuration',
    // Below shell.admin-catalog6: the PEM reason under this line is the better answer.
    priority: 20,
    requires: /unable to load /,
    re: String.raw`(?<=^|\n)unable to load (?<n>certificate|Private Key|Public Key|CA private key)[ \t\r]*(?=\n|$)`,
    type: (g) => `unable to load ${g.n ?? 'certificate'}`,
    why: 'openssl could not read the file it was given: the path is wrong, the file is empty, or it is not PEM (DER, another kind of object, a key where a certificate was expected). The error lines under it, when shown, give the reason.',
    fix: 'Check the path and what the file holds',
    code: (n) => `ls -l <file>\nhead -2 <file>   # -----BEGIN ${n === 'Private Key' ? 'PRIVATE KEY' : 'CERTIFICATE'}-----\nopenssl x509 -inform DER -in <file> -noout -subject   # a DER certificate`,
    references: REFS.admin,
    samples: ['$ openssl x509 -in cert.127.pem -noout -subject\nunable to load certificate'],
  }),
  catalogPattern({
    id: 'shell.ansible-stderr',
    tool: 'Ansible',
    category: 'runtime',
    priority: 30,
    entries: AUTOMATION_ENTRIES,
    references: REFS.automation,
    requires: /stderr"?: ['"]/,
    samples: ["fatal: [localhost]: FAILED! => changed=true \n  msg: non-zero return code\n  rc: 127\n  stderr: '/bin/sh: 1: source: not found'"],
  }),
  catalogPattern({
    id: 'shell.automation-wrapper',
    tool: 'shell',
    category: 'runtime',
    // Low: the command's own error, when another pattern recognises it in the output, is the better answer.
    priority: 1,
    entries: WRAPPER_ENTRIES,
    references: REFS.automation,
    requires: /non-zero return code|SSH command responded with a non-zero/,
    samples: ['[ERROR]: Task failed: Module failed: non-zero return code\nOrigin: /opt/retronas/ansible/install_ps3netsrv.yml:102:7'],
  }),
];
