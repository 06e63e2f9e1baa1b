import type { Captures, ErrorPattern } from '../rules/error-pattern';

import { fix, ref } from './answer-parts';

/**
 * A second catalog pass over Docker's messages (issue 12): Docker Desktop on Windows (WSL 2 and
 * virtualisation) and macOS (its privileged helper), Windows containers (the host's build, HCS and
 * HNS), the CLI reaching a remote daemon (dind in CI, TLS, ssh:// hosts, buildx's gRPC dial),
 * rootless Docker's set-up, containerd's configuration, address pools, and pulls cut short. The type
 * is the tool's own phrase without the names around it (README's phrase table).
 */

const DOCS = 'https://docs.docker.com';

const DESKTOP_TROUBLESHOOT = ref('Docker: Troubleshoot Docker Desktop', `${DOCS}/desktop/troubleshoot-and-support/troubleshoot/`);
const DESKTOP_WSL = ref('Docker Desktop: WSL 2 backend on Windows', `${DOCS}/desktop/features/wsl/`);
const INSTALL_WSL = ref('Microsoft Learn: Install WSL', 'https://learn.microsoft.com/windows/wsl/install');
const WINDOWS_COMPAT = ref('Microsoft: Windows container version compatibility', 'https://learn.microsoft.com/virtualization/windowscontainers/deploy-containers/version-compatibility');
const REMOTE_ACCESS = ref('Docker: Protect the Docker daemon socket (TLS)', `${DOCS}/engine/security/protect-access/`);
const DIND = ref('GitLab: Use Docker to build Docker images (docker:dind service)', 'https://docs.gitlab.com/ci/docker/using_docker_build/');
const ROOTLESS = ref('Docker: Rootless mode', `${DOCS}/engine/security/rootless/`);
const NETWORKS = ref('Docker: Networking overview', `${DOCS}/engine/network/`);

/** The step that restarts WSL and Docker Desktop, which most of Docker Desktop's WSL failures start with. */
const RESTART_WSL = 'wsl --shutdown\nwsl --update\nwsl --status\nwsl -l -v';
const ENABLE_WSL_FEATURES =
  'dism.exe /online /enable-feature /featurename:Microsoft-Windows-Subsystem-Linux /all /norestart\ndism.exe /online /enable-feature /featurename:VirtualMachinePlatform /all /norestart\n# reboot, then\nwsl --update\nwsl --set-default-version 2';

/** Docker Desktop on Windows: what each of its WSL and virtualisation messages means. */
function desktopWslType(c: Captures): string {
  if (c.incomplete) return 'WSL 2 installation is incomplete';
  if (c.bios) return 'Hardware assisted virtualization and data execution protection must be enabled in the BIOS';
  if (c.novirt) return c.novirt;
  if (c.kernel) return 'Docker Desktop requires a newer WSL kernel version';
  if (c.update) return 'WSL update failed';
  if (c.deploy) return 'Failed to deploy distro';
  if (c.setVersion) return 'Failed to set version';
  if (c.integration) return 'could not be found in this WSL 2 distro';
  if (c.unexpected) return 'Unexpected WSL error';
  return 'deploying WSL2 distributions';
}

const DESKTOP_WSL_WHY: Readonly<Record<string, string>> = {
  'WSL 2 installation is incomplete':
    "Docker Desktop runs its engine in WSL 2, and WSL 2 is not fully installed: the Windows features are on but the WSL 2 Linux kernel (a separate update on older Windows 10 builds) is missing, or the Virtual Machine Platform feature is off.",
  'Hardware assisted virtualization and data execution protection must be enabled in the BIOS':
    "Docker Desktop needs the CPU's virtualisation extensions (Intel VT-x or AMD-V/SVM) and data execution prevention, and Windows reports them unavailable: they are off in the BIOS/UEFI, or Windows' hypervisor is not started (Hyper-V or the Virtual Machine Platform feature off, hypervisorlaunchtype off), or Windows runs in a VM without nested virtualisation.",
  'Docker Desktop requires a newer WSL kernel version':
    "The WSL 2 kernel on this machine is older than the one this Docker Desktop release needs (WSL is updated separately from Windows, from the Store or with wsl --update).",
  'WSL update failed': 'Docker Desktop tried to update WSL for you and the update failed: no access to the Microsoft Store or the download (a proxy, a policy, an offline machine), or an older Windows build that cannot take the new WSL.',
  'Failed to deploy distro':
    "Docker Desktop could not import its own WSL distribution (docker-desktop), which holds the engine: WSL 2 itself is not working on this machine (a Windows feature missing, virtualisation off, a WSL older than Docker Desktop needs), or a security product blocks wsl.exe.",
  'Failed to set version':
    "Docker Desktop could not convert its WSL distribution to WSL 2: WSL 2 is not usable on this machine (the Virtual Machine Platform feature or virtualisation in the BIOS is off, or the WSL 2 kernel is missing).",
  'could not be found in this WSL 2 distro':
    "Inside a WSL distribution, docker is a shim that Docker Desktop installs only into the distributions its WSL integration is enabled for. Integration is off for this distribution (or Docker Desktop is not running).",
  'Unexpected WSL error':
    "A WSL command that Docker Desktop ran failed. Its dialog says so generically; the error details below it (exit code, Wsl/… error code) name the part of WSL that failed. Often WSL was stopped or broken by an update, or the user lost access rights (after sleep, off the domain).",
  'deploying WSL2 distributions':
    "Docker Desktop could not provision its WSL 2 distributions (docker-desktop and its data disk): WSL did not import or start them. The lines after it give WSL's reason.",
};

/** Windows' own messages about containers: the image's OS or build against the host's. */
function windowsPlatformType(c: Captures): string {
  if (c.os) return 'cannot be used on this platform';
  if (c.mismatch) return 'The container operating system does not match the host operating system';
  if (c.incompatible) return 'based image is incompatible with a host';
  return 'failed in Win32';
}

/** The CLI's connection to a daemon: what the TLS and transport failures say. */
function remoteDaemonType(c: Captures): string {
  if (c.unknownCa) return 'certificate signed by unknown authority';
  if (c.notTls) return 'first record does not look like a TLS handshake';
  if (c.plainHttp) return 'server gave HTTP response to HTTPS client';
  if (c.httpsServer) return 'Client sent an HTTP request to an HTTPS server';
  if (c.badCert) return 'bad certificate';
  if (c.validFor) return 'x509 certificate error';
  if (c.caFile) return 'Could not read CA certificate';
  return 'unable to parse docker host';
}

/** rootlesskit's and the setup tool's failures, by their phrase. */
function rootlessType(c: Captures): string {
  if (c.uidmap) return 'failed to setup UID/GID map';
  if (c.child) return c.child;
  if (c.requirements) return 'Missing system requirements';
  if (c.nonRoot) return 'Needs to be executed as a non-root user';
  return c.xdg ?? 'XDG_RUNTIME_DIR needs to be set';
}

function networkType(c: Captures): string {
  if (c.name) return 'network with name already exists';
  if (c.subnetted) return 'all predefined address pools have been fully subnetted';
  if (c.userIp) return 'user specified IP address is supported only when connecting to networks with user configured subnets';
  if (c.address) return "does not belong to any of this network's subnets";
  return 'networks have overlapping IPv4';
}

export const DOCKER_CATALOG2_PATTERNS: readonly ErrorPattern[] = [
  // ---------------------------------------------------------------- Docker Desktop on Windows
  {
    id: 'docker.desktop-wsl',
    language: 'docker',
    // Below docker.engine-host: a Wsl/… error code in the details is the more specific answer.
    match:
      /(?<incomplete>WSL ?2 installation is incomplete)|(?<bios>Hardware assisted virtuali[sz]ation and data execution protection must be enabled in the BIOS)|because (?<novirt>virtuali[sz]ation support wasn[’']t detected)|(?<kernel>Docker Desktop requires a newer WSL kernel version)|Docker Desktop - (?<update>WSL update failed)|(?<deploy>Failed to deploy distro) (?<distro>[\w.-]{1,60})|(?<setVersion>Failed to set version to) (?<distro2>[\w.-]{1,60})|The command '(?<command>[\w.-]{1,60})' (?<integration>could not be found in this WSL 2 distro)|(?<unexpected>Unexpected WSL error)|(?<deploying>deploying WSL2 distributions)/,
    requires: /WSL|virtuali[sz]ation|Failed to (?:deploy distro|set version to)/,
    errorType: desktopWslType,
    category: 'configuration',
    priority: 36,
    summary: (c) => {
      const t = desktopWslType(c);
      if (t === 'could not be found in this WSL 2 distro') return `The ${c.command} command is missing in this WSL distribution: Docker Desktop's WSL integration is not enabled for it.`;
      if (c.deploy || c.setVersion) return `Docker Desktop could not set up its WSL distribution ${c.distro ?? c.distro2}.`;
      if (c.bios || c.novirt) return 'Docker Desktop cannot start: the CPU\'s virtualisation support is not available to Windows.';
      return `Docker Desktop's WSL 2 back-end failed: ${t}.`;
    },
    explanation: (c) => DESKTOP_WSL_WHY[desktopWslType(c)] ?? DESKTOP_WSL_WHY['Hardware assisted virtualization and data execution protection must be enabled in the BIOS'],
    causes: (c) =>
      c.integration
        ? ['WSL integration for this distribution is off in Docker Desktop (Settings → Resources → WSL integration)', 'Docker Desktop is not running', 'The distribution runs WSL 1 (integration needs WSL 2)']
        : ['Virtualisation (VT-x/AMD-V) disabled in the BIOS/UEFI', "The Virtual Machine Platform or Windows Subsystem for Linux feature is off", 'An outdated WSL or WSL 2 kernel', 'Windows running in a VM without nested virtualisation'],
    fixes: (c) =>
      c.integration
        ? [
            fix(`Enable Docker Desktop's WSL integration for this distribution`, ['In Docker Desktop: Settings → Resources → WSL integration, turn on this distribution, Apply & restart; then open a new WSL shell.', 'Check that the distribution runs WSL 2.'], `wsl -l -v\nwsl --set-version <distro> 2\n# in the distribution, after enabling integration\n${c.command ?? 'docker'} version`),
          ]
        : c.bios || c.novirt
          ? [
              fix('Turn virtualisation on in the firmware, and let Windows start its hypervisor', ['Reboot into the BIOS/UEFI and enable Intel VT-x (Virtualization Technology) or AMD SVM.', 'In Windows, check Task Manager → Performance → CPU → Virtualization: Enabled; then make sure the hypervisor launches and the Virtual Machine Platform feature is on.', 'In a VM, enable nested virtualisation on the host (Hyper-V: Set-VMProcessor -ExposeVirtualizationExtensions $true).'], `systeminfo | findstr /i "Virtualization Hyper-V"\nbcdedit /set hypervisorlaunchtype auto\n${ENABLE_WSL_FEATURES}`),
            ]
          : [
              fix('Install or repair WSL 2, then restart Docker Desktop', ['In an administrator PowerShell, enable the two Windows features, reboot, and update WSL.', 'Check that wsl -l -v lists docker-desktop with VERSION 2; if it keeps failing, Troubleshoot → Reset to factory defaults.'], `${ENABLE_WSL_FEATURES}\n${RESTART_WSL}`),
            ],
    references: [DESKTOP_WSL, DESKTOP_TROUBLESHOOT, INSTALL_WSL],
    samples: [
      'WSL 2 installation is incomplete.\nThe WSL 2 Linux kernel is now installed using a separate MSI update package.',
      'Hardware assisted virtualization and data execution protection must be enabled in the BIOS. See https://docs.docker.com/docker-for-windows/troubleshoot/#virtualization-must-be-enabled',
      "The command 'docker' could not be found in this WSL 2 distro.\nWe recommend to activate the WSL integration in Docker Desktop settings.",
      'Docker Desktop - Unexpected WSL error\nAn unexpected error was encountered while executing a WSL command.',
    ],
  },
  {
    id: 'docker.desktop-state',
    language: 'docker',
    match:
      /(?<stopped>Docker Desktop stopped)\b|(?<unable>Docker Desktop is unable to start)|(?<notRunning>Docker Desktop is not running)|(?<winService>Docker Desktop Service is not running|com\.docker\.service (?:is not running|service is not running|failed to start))|Docker Desktop - (?<failedToStart>Docker Desktop failed to start)/,
    requires: /Docker Desktop|com\.docker\.service/,
    errorType: (c) => c.stopped ?? c.unable ?? c.notRunning ?? (c.winService ? 'Docker Desktop Service is not running' : 'Docker Desktop failed to start'),
    category: 'runtime',
    priority: 30,
    summary: (c) => (c.winService ? "Docker Desktop's Windows service (com.docker.service) is not running." : 'Docker Desktop is not running: its engine did not start or stopped.'),
    explanation: (c) =>
      c.winService
        ? 'On Windows, Docker Desktop uses a privileged Windows service, com.docker.service, for what needs administrator rights. It is stopped or set to start manually, so Docker Desktop cannot start its engine.'
        : "Docker Desktop's back-end (its VM or WSL 2 distribution) did not come up or went down, and the CLI has no daemon to talk to. The reason is in Docker Desktop's logs: WSL or virtualisation not available, too little disk or memory for the VM, or a damaged VM disk.",
    causes: ['The back-end VM or WSL 2 failed to start', 'com.docker.service stopped or disabled', 'Not enough disk or memory for the VM', 'A damaged VM disk after an update'],
    fixes: (c) => [
      c.winService
        ? fix('Start com.docker.service and set it to start automatically', ['In an administrator PowerShell, start the service, then start Docker Desktop again.'], 'Set-Service -Name com.docker.service -StartupType Automatic\nStart-Service com.docker.service\nGet-Service com.docker.service')
        : fix('Restart Docker Desktop and read its diagnostics', ['Quit Docker Desktop, restart WSL (Windows), start it again; if it stops again, run its diagnose tool and read the failing check.'], `${RESTART_WSL}\n"C:\\Program Files\\Docker\\Docker\\resources\\com.docker.diagnose.exe" check\n# macOS\n/Applications/Docker.app/Contents/MacOS/com.docker.diagnose check`),
    ],
    references: [DESKTOP_TROUBLESHOOT],
    samples: ['Docker Desktop stopped...', 'Docker Desktop Service is not running, would you like to start it? Windows will ask you for elevated access.', 'Docker.app: failed to start: Docker Desktop is not running: please start Docker Desktop'],
  },
  // ---------------------------------------------------------------- Docker Desktop on macOS
  {
    id: 'docker.desktop-mac-helper',
    language: 'docker',
    match:
      /(?<!\/)com\.docker\.vmnetd(?<notRunning> is not running)|(?<refused>Connection refused \(ECONNREFUSED\) connecting to [^\n]{0,80}com\.docker\.vmnetd\.socket)|(?<notInstalled>com\.docker\.vmnetd was not installed)|"?com\.docker\.(?<binary>vmnetd|socket)["”]? (?<malware>was not opened because it contains malware|will damage your computer)/,
    requires: /com\.docker\.(?:vmnetd|socket)/,
    errorType: (c) => (c.malware ? 'Malware Blocked' : c.notInstalled ? 'com.docker.vmnetd was not installed' : 'vmnetd is not running'),
    category: 'runtime',
    // Below docker.desktop-mac-diagnose, which reads the whole diagnostics report.
    priority: 30,
    summary: (c) =>
      c.malware
        ? `macOS blocked Docker Desktop's helper com.docker.${c.binary} as malware.`
        : "Docker Desktop's privileged helper on macOS (com.docker.vmnetd) is not running or not installed.",
    explanation: (c) =>
      c.malware
        ? `macOS' XProtect compares the signatures of privileged helpers with its list. The com.docker.${c.binary} installed by an older Docker Desktop was signed with a certificate that was later replaced, so macOS reports it as malware and blocks it; Docker Desktop cannot start until the helper is replaced by the current one.`
        : 'Docker Desktop on macOS installs a privileged helper, com.docker.vmnetd, that sets up its networking and the default socket at /var/run/docker.sock. It is missing (its admin prompt was refused, or an update removed it) or macOS stopped it.',
    causes: (c) => (c.malware ? ['A com.docker.vmnetd/com.docker.socket signed with a certificate Apple has revoked (Docker Desktop 4.28 to 4.37)'] : ['The helper was never approved (the admin password prompt was cancelled)', 'An update or cleanup tool removed it', 'macOS blocked it']),
    fixes: (c) =>
      c.malware
        ? [fix(`Replace the blocked com.docker.${c.binary} with the current helper`, ['Quit Docker Desktop, upgrade it to the current release (or install the helper fix Docker published), then start it and approve the helper again.'], 'sudo launchctl bootout system/com.docker.vmnetd 2>/dev/null\nsudo launchctl bootout system/com.docker.socket 2>/dev/null\nsudo rm -f /Library/PrivilegedHelperTools/com.docker.vmnetd /Library/PrivilegedHelperTools/com.docker.socket\n# install the current Docker Desktop, then start it')]
        : [fix('Reinstall the privileged helper', ['Quit Docker Desktop, remove the helper, start Docker Desktop again and approve its admin prompt.'], 'sudo launchctl bootout system/com.docker.vmnetd 2>/dev/null\nsudo rm -f /Library/PrivilegedHelperTools/com.docker.vmnetd /Library/LaunchDaemons/com.docker.vmnetd.plist\nopen -a Docker')],
    references: [DESKTOP_TROUBLESHOOT, ref('Docker Desktop: Fix startup issue for Mac (malware warning)', `${DOCS}/desktop/cert-revoke-solution/`)],
    samples: ['com.docker.vmnetd is not running', '"com.docker.vmnetd" was not opened because it contains malware. This action did not harm your Mac.', '[ERROR]  vmnetd\n         Connection refused (ECONNREFUSED) connecting to /var/tmp/com.docker.vmnetd.socket: check if service is running'],
  },
  // ---------------------------------------------------------------- Windows containers
  {
    id: 'docker.windows-platform',
    language: 'docker',
    match:
      /image operating system "(?<os>linux|windows)" cannot be used on this platform|(?<mismatch>The container operating system does not match the host operating system)|a Windows version (?<imageBuild>[\d.]{4,20})-based image (?<incompatible>is incompatible with a) (?<hostBuild>[\d.]{4,20}) host|(?<call>hnsCall|hcsshim::\w{1,40}(?:::\w{1,40})?(?: - failed)?) failed in Win32: (?<reason>[^(\n]{1,200}?) ?\((?<code>0x[0-9a-fA-F]{1,8})\)/,
    requires: /cannot be used on this platform|does not match the host operating system|failed in Win32|based image is incompatible/,
    errorType: windowsPlatformType,
    category: 'configuration',
    priority: 40,
    summary: (c) =>
      c.os
        ? `The daemon runs ${c.os === 'linux' ? 'Windows' : 'Linux'} containers and the image is a ${c.os} image.`
        : c.mismatch || c.incompatible
          ? `The image's Windows build${c.imageBuild ? ` (${c.imageBuild})` : ''} does not match the host's${c.hostBuild ? ` (${c.hostBuild})` : ''}.`
          : `Windows' container networking or storage call ${c.call} failed: ${c.reason?.trim()} (${c.code}).`,
    explanation: (c) =>
      c.os
        ? `Docker Desktop on Windows runs either Linux containers (in its VM) or Windows containers (on the host), one at a time. This ${c.os} image needs the other mode, or, on Windows Server, the daemon only runs Windows containers.`
        : c.mismatch || c.incompatible
          ? 'A Windows container shares the host kernel under process isolation, so the image must be built from the same Windows build (ltsc2019 = 10.0.17763, ltsc2022 = 10.0.20348). An image from another build needs Hyper-V isolation or a matching tag.'
          : `Docker on Windows calls the Host Compute Service (hcsshim) for containers and layers, and the Host Network Service (HNS) for networks. ${c.call} returned ${c.code} (${c.reason?.trim()}): stale HNS networks after an update or a crash, a network or NAT that already exists, or a layer being imported while another process holds it.`,
    causes: (c) =>
      c.os
        ? ['Docker Desktop switched to the other container mode', 'A Windows Server host, which runs Windows containers only']
        : c.mismatch || c.incompatible
          ? ["An image tag for another Windows build than the host's", 'Process isolation (the default on Windows Server)']
          : ['Stale HNS networks or NAT after an update or crash', 'A security product holding the layer files', 'A layer import interrupted'],
    fixes: (c) =>
      c.os
        ? [fix(`Switch Docker to ${c.os} containers, or use a ${c.os === 'linux' ? 'Windows' : 'Linux'} image`, ['Right-click the Docker Desktop tray icon → Switch to Linux/Windows containers, or switch from the command line.'], '& "C:\\Program Files\\Docker\\Docker\\DockerCli.exe" -SwitchDaemon\ndocker version --format "{{.Server.Os}}"')]
        : c.mismatch || c.incompatible
          ? [fix("Use the image tag of the host's Windows build, or Hyper-V isolation", ["Compare the host's build with the image's; pull the tag for the host's build, or run with Hyper-V isolation."], 'cmd /c ver\ndocker image inspect --format "{{.OsVersion}}" <image>\ndocker run --isolation=hyperv <image>')]
          : [fix('Reset the container networking and restart Docker', ['Remove the stale HNS networks (or reboot), then restart the Docker service and try again.'], 'Get-HnsNetwork | Remove-HnsNetwork\nRestart-Service docker\ndocker network ls')],
    references: [WINDOWS_COMPAT, ref('Docker Desktop: Switch between Windows and Linux containers', `${DOCS}/desktop/setup/install/windows-install/#switch-between-windows-and-linux-containers`)],
    samples: ['Error response from daemon: image operating system "linux" cannot be used on this platform', 'hcsshim::CreateComputeSystem 8a2c: The container operating system does not match the host operating system.', 'failed to create endpoint nat on network nat: hnsCall failed in Win32: The object already exists. (0x1392)'],
  },
  // ---------------------------------------------------------------- the CLI and a remote daemon
  {
    id: 'docker.remote-daemon-tls',
    language: 'docker',
    // The CLI's own lead-in ("error during connect") keeps Go's TLS wording Docker's.
    match:
      /error during connect: [^\n]{0,400}?(?:(?<unknownCa>x509: certificate signed by unknown authority)|tls: (?<notTls>first record does not look like a TLS handshake)|http: (?<plainHttp>server gave HTTP response to HTTPS client)|remote error: tls: (?<badCert>bad certificate)|x509: (?<validFor>certificate is valid for [^\n]{1,200}?, not [^\s]{1,200}))|(?<httpsServer>Client sent an HTTP request to an HTTPS server)|Could not read CA certificate "(?<caFile>[^"\n]{1,300})"|unable to parse docker host `(?<dockerHost>[^`\n]{1,300})`/,
    requires: /error during connect|Client sent an HTTP request|Could not read CA certificate|unable to parse docker host/,
    errorType: remoteDaemonType,
    category: 'network',
    priority: 42,
    summary: (c) => `The docker CLI could not talk to its daemon over TLS: ${remoteDaemonType(c)}.`,
    explanation: (c) => {
      const lead = 'DOCKER_HOST (or the current context) sends the CLI to a daemon over TCP. ';
      if (c.unknownCa || c.badCert || c.validFor)
        return `${lead}The daemon listens with TLS (port 2376), and the certificates do not fit: ${c.unknownCa ? "the daemon's certificate is signed by a CA the client does not have (DOCKER_CERT_PATH's ca.pem)" : c.badCert ? 'the daemon refused the client certificate (none sent, or signed by another CA)' : 'the daemon\'s certificate does not name the host the client used'}. With a docker:dind service the client certificates come from a shared /certs volume that the job did not mount or point DOCKER_CERT_PATH at.`;
      if (c.notTls || c.plainHttp || c.httpsServer)
        return `${lead}One side speaks TLS and the other plain HTTP: the convention is 2375 without TLS and 2376 with TLS. With docker:dind, DOCKER_TLS_CERTDIR decides: set (the default) the service listens with TLS on 2376; empty it listens on 2375 without.`;
      if (c.caFile) return `The CLI was told to verify the daemon (DOCKER_TLS_VERIFY or --tlsverify) and reads its CA from DOCKER_CERT_PATH, but ${c.caFile} is not there: the certificate volume was not mounted, or the daemon has not written it yet.`;
      return `The docker host ${c.dockerHost} is not a URL the CLI accepts: an ssh:// host takes no path, a tcp:// host needs a port, a unix:// host an absolute path.`;
    },
    causes: ['DOCKER_HOST and DOCKER_TLS_VERIFY/DOCKER_CERT_PATH not matching the daemon', 'A docker:dind service with TLS on and a job without its certificates (or the reverse)', 'Port 2375 vs 2376 mixed up'],
    fixes: (c) => [
      c.caFile || c.unknownCa || c.badCert || c.validFor
        ? fix("Give the client the daemon's certificates", ['Point DOCKER_CERT_PATH at the directory holding ca.pem, cert.pem and key.pem that the daemon\'s CA issued; with docker:dind share its /certs/client volume.'], 'variables:\n  DOCKER_HOST: tcp://docker:2376\n  DOCKER_TLS_CERTDIR: "/certs"\n  DOCKER_TLS_VERIFY: 1\n  DOCKER_CERT_PATH: "$DOCKER_TLS_CERTDIR/client"\nservices:\n  - docker:dind')
        : c.dockerHost
          ? fix(`Write the docker host ${c.dockerHost} as the CLI expects`, ['ssh://user@host (no trailing path), tcp://host:2376, unix:///var/run/docker.sock.'], 'export DOCKER_HOST=ssh://user@host\ndocker context create remote --docker host=ssh://user@host\ndocker --context remote info')
          : fix('Use the port and scheme the daemon listens with', ['TLS: tcp://host:2376 with DOCKER_TLS_VERIFY=1; no TLS: tcp://host:2375 with DOCKER_TLS_VERIFY unset. For docker:dind, set DOCKER_TLS_CERTDIR="" to turn TLS off, or use 2376 with its certificates.'], 'variables:\n  DOCKER_HOST: tcp://docker:2375\n  DOCKER_TLS_CERTDIR: ""\nservices:\n  - docker:dind'),
    ],
    references: [REMOTE_ACCESS, DIND],
    samples: ['error during connect: Get "https://docker:2376/v1.24/info": x509: certificate signed by unknown authority', 'error during connect: Get "https://192.168.1.10:2375/v1.24/containers/json": tls: first record does not look like a TLS handshake', 'Could not read CA certificate "/certs/client/ca.pem": open /certs/client/ca.pem: no such file or directory'],
  },
  {
    id: 'docker.remote-daemon-unreachable',
    language: 'docker',
    match:
      /error during connect: [^\n]{0,400}?(?:dial unix (?<socket>[^\s:]{1,200}): connect: (?<sockReason>no such file or directory|connection refused)|dial tcp: lookup (?<host>[^\s:]{1,200})(?: on [^\s]{1,100})?: (?<dnsReason>no such host|server misbehaving|i\/o timeout|Temporary failure in name resolution|Try again)|command \[(?<ssh>ssh [^\]\n]{1,400})\] has exited with exit status (?<status>\d{1,3})(?:[^\n]{0,300}?stderr=(?<stderr>[^\n]{1,300}))?)|failed to dial gRPC: cannot connect to the Docker daemon[^\n]{0,200}?dial unix (?<grpcSocket>[^\s:]{1,200}): connect: (?<grpcReason>[^\n]{1,100})|^dial unix (?<bareSocket>[^\s:]{0,200}docker\.sock): connect: no such file or directory/m,
    requires: /error during connect|failed to dial gRPC|docker\.sock/,
    errorType: (c) => (/permission denied/i.test(c.grpcReason ?? '') ? 'permission denied' : 'Cannot connect to the Docker daemon'),
    category: 'network',
    priority: 41,
    summary: (c) =>
      c.ssh
        ? `The docker CLI could not reach the daemon over ssh: the ssh command exited with status ${c.status}.`
        : c.host
          ? `The docker CLI cannot resolve the daemon's host name ${c.host}.`
          : `The docker CLI cannot reach the daemon's socket ${c.socket ?? c.grpcSocket ?? c.bareSocket}.`,
    explanation: (c) => {
      if (c.ssh)
        return `With an ssh:// DOCKER_HOST (or context) the CLI runs ssh to the remote host and "docker system dial-stdio" there. That command failed with status ${c.status}${c.stderr ? ` (${c.stderr.trim()})` : ''}: ${c.status === '255' ? 'ssh itself failed (key not accepted, host unreachable, host key unknown)' : c.status === '127' ? 'docker is not installed or not on the PATH of a non-interactive shell on the remote host' : 'the remote docker could not reach its own daemon'}.`;
      if (c.host)
        return `DOCKER_HOST names the daemon by host name (${c.host}), and the name does not resolve. ${c.host === 'docker' ? 'In GitLab CI "docker" is the alias of a docker:dind service: the job has no such service (services: - docker:dind), or it runs on a runner (Kubernetes executor, or a shell runner) where service aliases are not host names.' : 'A typo, or a host only reachable through a VPN or another DNS.'}`;
      if (/permission denied/i.test(c.grpcReason ?? ''))
        return `buildx connects to the daemon's socket ${c.grpcSocket} and this user may not open it: only root and the docker group can.`;
      return `Nothing listens at ${c.socket ?? c.grpcSocket ?? c.bareSocket}: the daemon is not running on this machine, or runs elsewhere (Docker Desktop's own socket, rootless Docker's $XDG_RUNTIME_DIR/docker.sock, Colima or Podman) and DOCKER_HOST or the context does not point at it.`;
    },
    causes: ['The daemon is not running, or the CLI points at another one (DOCKER_HOST, docker context)', 'A CI job without its docker:dind service', 'An ssh:// host without key access or without docker on the PATH'],
    fixes: (c) => [
      c.ssh
        ? fix('Make the ssh command work on its own first', ['Run the same ssh command by hand: it must log in without a prompt and find docker. Add the key to the agent, accept the host key, and make docker available to non-interactive shells.'], `ssh ${c.ssh.replace(/^ssh\s+/, '').replace(/ docker system dial-stdio$/, '')} docker version\nssh-add ~/.ssh/id_ed25519\ndocker context create remote --docker host=ssh://user@host`)
        : c.host === 'docker'
          ? fix('Add the docker:dind service to the job', ['The job needs the service, and DOCKER_HOST pointing at it; with TLS use port 2376 and the certificates.'], 'build:\n  image: docker:27\n  services:\n    - docker:27-dind\n  variables:\n    DOCKER_HOST: tcp://docker:2376\n    DOCKER_TLS_CERTDIR: "/certs"\n  script:\n    - docker info')
          : /permission denied/i.test(c.grpcReason ?? '')
            ? fix('Give this user access to the socket', ['Add the user to the docker group and log in again, or use rootless Docker.'], 'sudo usermod -aG docker "$USER"\nnewgrp docker\ndocker buildx ls')
            : fix('Start the daemon, or point the CLI at the one that runs', ['Check which endpoint the CLI uses, and start that daemon.'], `docker context ls\necho "$DOCKER_HOST"\n${c.host ? `nslookup ${c.host}` : `sudo systemctl start docker\nls -l ${c.socket ?? c.grpcSocket ?? c.bareSocket ?? '/var/run/docker.sock'}`}`),
    ],
    references: [DIND, ref('Docker: docker context', `${DOCS}/reference/cli/docker/context/`)],
    samples: [
      'error during connect: Get "http://docker:2375/v1.24/info": dial tcp: lookup docker on 169.254.169.254:53: no such host',
      'error during connect: Get "http://docker.example.com/v1.24/info": command [ssh -- deploy@docker.example.com docker system dial-stdio] has exited with exit status 255, please make sure the URL is valid, and Docker 18.09 or later is installed on the remote host: stderr=Permission denied (publickey).',
      "ERROR: failed to dial gRPC: cannot connect to the Docker daemon. Is 'docker daemon' running on this host?: dial unix /var/run/docker.sock: connect: permission denied",
    ],
  },
  {
    id: 'docker.dind-not-privileged',
    language: 'docker',
    match: /mount: (?<denied>permission denied) \(are you root\?\)\s*\n[^\n]{0,80}Could not mount \/sys\/kernel\/security/,
    requires: /Could not mount \/sys\/kernel\/security/,
    errorType: 'permission denied',
    category: 'permission',
    priority: 38,
    summary: 'The docker:dind container could not mount what the daemon needs: it is not running privileged.',
    explanation:
      "Docker in Docker runs a whole daemon inside a container, which must mount cgroups, securityfs and overlay filesystems. Without --privileged the kernel refuses those mounts, so the dind service never starts and the job's docker commands then cannot reach it.",
    causes: ['A GitLab runner (or docker run) without privileged = true for the dind service', 'A platform that forbids privileged containers (some shared runners, Kubernetes policies)'],
    fixes: [
      fix('Run the dind service privileged', ['Set privileged = true for the runner (config.toml), or run the dind container with --privileged; where that is not allowed, build with kaniko, buildah or rootless BuildKit instead.'], '# /etc/gitlab-runner/config.toml\n[runners.docker]\n  privileged = true\n\ndocker run --privileged -d --name dind docker:dind'),
    ],
    references: [DIND],
    samples: ['mount: permission denied (are you root?)\nCould not mount /sys/kernel/security.\nAppArmor detection and --privileged mode might break.'],
  },
  {
    id: 'docker.emulated-exec-format',
    language: 'docker',
    // The platform warning is only a warning: the exec format error after it is what failed.
    match: /does not match the detected host platform \((?<host>[\w/]{1,40})\)[\s\S]{0,3000}?(?:exec (?<binary>[^\s:]{1,300}): )?exec format error/,
    requires: /does not match the detected host platform/,
    errorType: 'exec format error',
    category: 'configuration',
    priority: 46,
    summary: (c) => `The image is for another CPU architecture than this ${c.host} host, and ${c.binary ?? 'its program'} could not run under emulation.`,
    explanation: (c) =>
      `Docker warned that the image's platform differs from the host's (${c.host}) and started it anyway. Running another architecture's binaries needs emulation (QEMU through binfmt_misc, or Rosetta on Apple silicon), which this host does not have, so the kernel refused ${c.binary ?? 'the entrypoint'} with "exec format error".`,
    causes: ['An image published for one architecture only', 'No binfmt_misc/QEMU emulation installed on the host'],
    fixes: (c) => [
      fix(`Use an image for ${c.host}, or install emulation`, ['Pull a tag published for this architecture (or build it here); to run the other one, register QEMU emulators first.'], `docker run --privileged --rm tonistiigi/binfmt --install all\ndocker buildx build --platform ${c.host} -t app --load .`),
    ],
    references: [ref('Docker: Multi-platform builds', `${DOCS}/build/building/multi-platform/`)],
    samples: [
      "WARNING: The requested image's platform (linux/arm64/v8) does not match the detected host platform (linux/amd64) and no specific platform was requested\nexec /usr/local/bin/docker-entrypoint.sh: exec format error",
    ],
  },
  // ---------------------------------------------------------------- rootless Docker
  {
    id: 'docker.rootless-setup',
    language: 'docker',
    match:
      /(?<uidmap>newuidmap: (?:write to uid_map failed|open of uid_map failed)|newgidmap: (?:write to gid_map failed|open of gid_map failed))|\[rootlesskit:(?:parent|child ?)\] error: (?<child>failed to start the child|failed to setup network|failed to setup port driver|failed to share mount point)|(?:\[ERROR\] )?(?<requirements>Missing system requirements)\. Run the following commands|(?:\[ERROR\] )?(?<nonRoot>Needs to be executed as a non-root user)|(?<xdg>XDG_RUNTIME_DIR needs to be set|XDG_RUNTIME_DIR is not set)/,
    requires: /newuidmap|newgidmap|rootlesskit|Missing system requirements|non-root user|XDG_RUNTIME_DIR/,
    errorType: rootlessType,
    category: 'configuration',
    priority: 38,
    summary: (c) => `Rootless Docker could not start: ${rootlessType(c)}.`,
    explanation: (c) => {
      if (c.uidmap) return "Rootless Docker maps a range of subordinate UIDs and GIDs into its user namespace with the setuid helpers newuidmap and newgidmap (package uidmap). The kernel refused the mapping: the helpers are not setuid root (or lack their file capabilities), /etc/subuid and /etc/subgid have no range for this user, or the range overlaps another user's.";
      if (c.child) return `rootlesskit starts the daemon in a new user and network namespace; it ${c.child}. Usually unprivileged user namespaces are disabled (kernel.unprivileged_userns_clone=0, or Ubuntu 24.04's AppArmor restriction on them), or slirp4netns/pasta is missing.`;
      if (c.requirements) return 'dockerd-rootless-setuptool.sh checked the host and found missing prerequisites (usually the uidmap package providing newuidmap/newgidmap, or the subordinate ID ranges); it prints the commands to install them.';
      if (c.nonRoot) return 'dockerd-rootless-setuptool.sh sets up Docker for the user who runs it, so it refuses root (also through sudo).';
      return 'Rootless Docker keeps its socket and state in $XDG_RUNTIME_DIR (/run/user/<uid>), which systemd-logind creates for a login session. The shell has no such session (su, sudo -u, a cron job, a container) so the variable is unset.';
    },
    causes: ['The uidmap package missing, or newuidmap without setuid', 'No range for the user in /etc/subuid and /etc/subgid', 'Unprivileged user namespaces disabled (sysctl or AppArmor)', 'A shell without a login session ($XDG_RUNTIME_DIR unset)'],
    fixes: (c) => [
      c.nonRoot
        ? fix('Run the setup tool as the user who will use Docker', ['Log in as that user (not through sudo) and run it there.'], 'dockerd-rootless-setuptool.sh install')
        : c.xdg
          ? fix('Log in with a real session, or set XDG_RUNTIME_DIR', ['Use ssh or machinectl shell to log in as the user; otherwise set the variable and keep the user manager running (lingering).'], 'sudo loginctl enable-linger "$USER"\nexport XDG_RUNTIME_DIR=/run/user/$(id -u)\nexport DOCKER_HOST=unix://$XDG_RUNTIME_DIR/docker.sock\nsystemctl --user start docker')
          : fix('Install the prerequisites and give the user ID ranges', ['Install uidmap, check the helpers are setuid, add the subordinate ranges, and allow unprivileged user namespaces; then run the setup tool again.'], 'sudo apt-get install -y uidmap dbus-user-session slirp4netns\nls -l /usr/bin/newuidmap /usr/bin/newgidmap\ngrep "^$USER:" /etc/subuid /etc/subgid || sudo usermod --add-subuids 100000-165535 --add-subgids 100000-165535 "$USER"\nsudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0  # Ubuntu 24.04, or add an AppArmor profile for rootlesskit\ndockerd-rootless-setuptool.sh install'),
    ],
    references: [ROOTLESS],
    samples: ['newuidmap: write to uid_map failed: Operation not permitted', '[rootlesskit:parent] error: failed to start the child: fork/exec /proc/self/exe: operation not permitted', '[ERROR] Missing system requirements. Run the following commands to\n[ERROR] install the requirements and run this tool again.', 'dockerd-rootless.sh: XDG_RUNTIME_DIR needs to be set'],
  },
  // ---------------------------------------------------------------- containerd
  {
    id: 'docker.containerd-config',
    language: 'docker',
    match:
      /failed to load plugin (?<plugin>io\.containerd\.[\w.-]{1,100})|(?<toml>failed to load TOML)(?: from)?: (?<file>[^\s:]{1,300})|(?<startTimeout>timeout waiting for containerd to start)|failed to dial "(?<socket>[^"\n]{1,200}containerd\.sock)"[^\n]{0,200}?(?<denied>permission denied)/,
    requires: /containerd/,
    errorType: (c) => (c.plugin ? 'failed to load plugin' : c.toml ? 'failed to load TOML' : c.startTimeout ? 'timeout waiting for containerd to start' : 'permission denied'),
    category: 'configuration',
    priority: 34,
    summary: (c) =>
      c.plugin ? `containerd could not load its plugin ${c.plugin}.` : c.toml ? `containerd cannot parse its configuration ${c.file}.` : c.startTimeout ? 'dockerd gave up waiting for its containerd to start.' : `This user may not open containerd's socket ${c.socket}.`,
    explanation: (c) =>
      c.plugin
        ? `containerd loads its snapshotters, runtimes and CRI service as plugins at start-up. ${c.plugin} failed: often harmless for a snapshotter the host does not support (devmapper not configured, aufs or zfs not available), fatal when it is the one the configuration uses (io.containerd.grpc.v1.cri for Kubernetes, the overlayfs snapshotter on a filesystem without overlay support).`
        : c.toml
          ? `containerd reads ${c.file} at start-up, and it is not valid TOML for this version: a duplicated table, a version 1 configuration given to containerd 2 (or the reverse), or a hand edit with a typo.`
          : c.startTimeout
            ? "dockerd starts its own containerd when none is configured, and that process did not answer in time: a leftover containerd holding the socket or its state, a full disk, or a damaged containerd database (meta.db)."
            : "containerd's socket belongs to root; ctr, nerdctl and crictl must run as root (or nerdctl in rootless mode with its own containerd).",
    causes: ['A plugin the host cannot support, or a configuration that requires it', 'A configuration for another containerd version', 'A leftover containerd or a damaged state directory', 'A client run without root'],
    fixes: (c) => [
      c.plugin
        ? fix(`Check whether ${c.plugin} is needed`, ['Read the error after the plugin name. Disable plugins you do not use, or fix the one the configuration relies on (snapshotter, runtime).'], `sudo ctr plugins ls | grep -v ok\n# /etc/containerd/config.toml\ndisabled_plugins = ["${c.plugin}"]\nsudo systemctl restart containerd`)
        : c.toml
          ? fix(`Regenerate ${c.file} from containerd's defaults`, ['Keep a copy, write the default configuration of the installed version, and re-apply your changes (SystemdCgroup, registry mirrors).'], `sudo cp ${c.file} ${c.file}.bak\ncontainerd config default | sudo tee ${c.file}\nsudo systemctl restart containerd`)
          : c.startTimeout
            ? fix('Stop the leftover containerd and start Docker again', [], 'sudo pkill -x containerd  # only a leftover one, check with ps first\nsudo rm -f /var/run/docker/containerd/containerd.pid\nsudo systemctl restart docker\ndf -h /var/lib/docker')
            : fix('Run the client as root', [], `sudo ctr version\nls -l ${c.socket}`),
    ],
    references: [ref('containerd: configuration (config.toml)', 'https://github.com/containerd/containerd/blob/main/docs/man/containerd-config.toml.5.md')],
    samples: ['level=warning msg="failed to load plugin io.containerd.snapshotter.v1.devmapper" error="devmapper not configured"', 'containerd: failed to load TOML: /etc/containerd/config.toml: (5, 3): duplicated tables', 'failed to start containerd: timeout waiting for containerd to start'],
  },
  // ---------------------------------------------------------------- networks
  {
    id: 'docker.network-address',
    language: 'docker',
    match:
      /network with name (?<name>[^\s]{1,200}) already exists|(?<subnetted>all predefined address pools have been fully subnetted)|(?<userIp>user specified IP address is supported only when connecting to networks with user configured subnets)|Invalid address (?<address>[\d.:a-fA-F]{2,45}): It does not belong to any of this network's subnets|(?<overlap>networks have overlapping IPv4)/,
    requires: /already exists|fully subnetted|user configured subnets|does not belong to any|overlapping IPv4/,
    errorType: networkType,
    category: 'configuration',
    priority: 40,
    summary: (c) =>
      c.name
        ? `A network named ${c.name} already exists.`
        : c.subnetted
          ? "Docker has no free subnet left in its default address pools for a new network."
          : c.address
            ? `The address ${c.address} is outside the network's subnet.`
            : c.userIp
              ? 'A fixed IP address was given for a network Docker chose the subnet of.'
              : 'The new network\'s subnet overlaps an existing one.',
    explanation: (c) =>
      c.name
        ? `Network names must be unique. ${c.name} is left from an earlier run (compose creates <project>_default) or was created by hand; compose normally reuses its own network, and reports this when two projects (or a label mismatch after an upgrade) claim the same name.`
        : c.subnetted
          ? "Every bridge network takes a subnet from the daemon's default-address-pools (by default 31 /16 and /20 blocks). Networks left over from many compose projects used them all."
          : 'A static address (ipv4_address, --ip) must lie inside a subnet that was declared for the network (ipam config), and networks may not overlap each other.',
    causes: ['Networks left over from earlier runs or other projects', 'A static IP without a declared subnet, or outside it', 'Two networks with overlapping subnets'],
    fixes: (c) => [
      c.name
        ? fix(`Remove or reuse the network ${c.name}`, ['Remove it if nothing uses it, or declare it external in the compose file to reuse it.'], `docker network inspect ${c.name}\ndocker network rm ${c.name}\n# or, in compose.yaml\nnetworks:\n  default:\n    name: ${c.name}\n    external: true`)
        : c.subnetted
          ? fix('Remove unused networks, or give the daemon larger pools', [], 'docker network prune\n# /etc/docker/daemon.json\n{ "default-address-pools": [ { "base": "10.201.0.0/16", "size": 24 } ] }\nsudo systemctl restart docker')
          : fix('Declare the subnet and pick addresses inside it', [], 'networks:\n  app:\n    ipam:\n      config:\n        - subnet: 172.28.0.0/16\nservices:\n  db:\n    networks:\n      app:\n        ipv4_address: 172.28.0.10'),
    ],
    references: [NETWORKS, ref('Docker: docker network create', `${DOCS}/reference/cli/docker/network/create/`)],
    samples: ['failed to create network myapp_default: Error response from daemon: network with name myapp_default already exists', 'Error response from daemon: all predefined address pools have been fully subnetted'],
  },
  // ---------------------------------------------------------------- pulls and layers
  {
    id: 'docker.pull-unexpected-eof',
    language: 'docker',
    match:
      /(?:^docker: |Error response from daemon: |error pulling image configuration: [^\n]{0,100}?|failed to copy: [^\n]{0,300}?|^(?:[0-9a-f]{12}: [^\n]{0,80}\n){0,3})unexpected EOF/m,
    requires: /unexpected EOF/,
    errorType: 'unexpected EOF',
    category: 'network',
    priority: 30,
    summary: 'The download of an image layer was cut off before it finished (unexpected EOF).',
    explanation:
      "The connection to the registry or its CDN closed in the middle of a layer. Go reports a stream that ends early as \"unexpected EOF\". A flaky network, a proxy or antivirus that cuts long downloads, an MTU problem on a VPN, or the registry's CDN having trouble; a full disk can end it too.",
    causes: ['An unstable connection, VPN or proxy cutting long transfers', 'A registry or CDN hiccup', 'Parallel layer downloads on a slow link'],
    fixes: [
      fix('Pull again, with fewer parallel downloads', ['Retry: layers already downloaded are kept. On a slow or unstable link, lower the daemon\'s parallel downloads, or use a registry mirror.'], '# /etc/docker/daemon.json\n{ "max-concurrent-downloads": 1 }\nsudo systemctl restart docker\ndocker pull <image>'),
    ],
    references: [ref('Docker: Daemon configuration (max-concurrent-downloads)', `${DOCS}/reference/cli/dockerd/#daemon-configuration-file`)],
    samples: ["docker: unexpected EOF.\nSee 'docker run --help'.", 'error pulling image configuration: download failed after attempts=6: unexpected EOF'],
  },
  {
    id: 'docker.buildkit-step-process',
    language: 'docker',
    wrapper: true,
    // A step's own failure line when the last "failed to solve" line was not pasted.
    match:
      /^(?:#\d{1,4} )?ERROR: process "(?<command>[^"\n]{1,400})" did not complete successfully: exit code: (?<code>\d{1,3})|^#\d{1,4} ERROR: failed to calculate checksum of ref [^\s]{1,200} "(?<file>[^"\n]{1,300})": not found/m,
    requires: /did not complete successfully|failed to calculate checksum of ref/,
    errorType: 'failed to solve',
    category: 'build',
    priority: 20,
    summary: (c) => (c.file ? `A COPY step of the BuildKit build failed: ${c.file} is not in the build context.` : `A RUN step of the BuildKit build failed: ${c.command} exited with code ${c.code}.`),
    explanation: (c) =>
      c.file
        ? `COPY and ADD read from the build context (the directory given to docker build), and ${c.file} is not in it: excluded by .dockerignore, produced only in another stage, or the context is another directory than the one the Dockerfile assumes.`
        : `BuildKit ran ${c.command} in the build container and it exited with ${c.code}, so the build stopped ("failed to solve"). The command's own error is in its output above this line (the lines prefixed with the step number).`,
    causes: (c) => (c.file ? ['The file is listed in .dockerignore', 'The build context is another directory', 'The file is built in another stage (COPY --from)'] : ['The command failed: read its output above', 'A package or file the command needs is missing in the image']),
    fixes: (c) => [
      c.file
        ? fix(`Put ${c.file} in the build context`, ['Check .dockerignore and the context directory passed to docker build (the last argument, or compose\'s build.context).'], `grep -n "${c.file.replace(/^\//, '')}" .dockerignore\ndocker build -f Dockerfile .`)
        : fix(`Read ${c.command}'s own error, and rerun the step with its full output`, ['Build with plain progress output to see the whole log of the step, and without the cache to rerun it.'], 'docker build --progress=plain --no-cache -t app .'),
    ],
    references: [ref('Docker: Build with BuildKit', `${DOCS}/build/buildkit/`)],
    samples: ['#12 ERROR: process "/bin/sh -c make" did not complete successfully: exit code: 2'],
  },
  {
    id: 'docker.layer-missing',
    language: 'docker',
    match: /Error response from daemon: (?<what>layer does not exist)|^exec (?<path>\.{0,2}\/?[\w./-]{1,300}): (?<denied>permission denied)$/m,
    requires: /layer does not exist|: permission denied/,
    errorType: (c) => (c.denied ? 'permission denied' : 'layer does not exist'),
    category: 'runtime',
    priority: 30,
    summary: (c) => (c.denied ? `The container's entrypoint ${c.path} is not executable.` : 'The daemon refers to an image layer that is no longer in its storage.'),
    explanation: (c) =>
      c.denied
        ? `The runtime tried to execute ${c.path} and the kernel refused: the file has no execute permission in the image (a script copied from Windows or a checkout without the x bit), or it lies on a volume mounted noexec.`
        : "An image's metadata names a layer its storage driver no longer has: /var/lib/docker was cleaned by hand, a disk filled up during a pull, or the storage driver changed.",
    causes: (c) => (c.denied ? ['The script lacks the execute bit in the image', 'A bind mount with noexec over the script'] : ['Files under /var/lib/docker removed by hand', 'A pull or build interrupted by a full disk', 'A storage driver change']),
    fixes: (c) =>
      c.denied
        ? [fix(`Make ${c.path} executable in the image`, ['Set the bit when copying it, or run it through its interpreter.'], `COPY --chmod=755 ${c.path.replace(/^\.\//, '')} ${c.path}\n# or\nRUN chmod +x ${c.path}\nENTRYPOINT ["sh", "${c.path}"]`)]
        : [fix('Remove the broken image and pull it again', ['Remove the image (and containers that use it); if the daemon itself will not start, move /var/lib/docker aside and let Docker recreate it (images are lost).'], 'docker image ls\ndocker rmi -f <image>\ndocker pull <image>\ndocker system prune')],
    references: [ref('Docker: Storage drivers', `${DOCS}/engine/storage/drivers/`)],
    samples: ['Error response from daemon: layer does not exist', 'exec /app/entrypoint.sh: permission denied'],
  },
  {
    id: 'docker.daemon-refusals',
    language: 'docker',
    match:
      /You cannot (?<removeRunning>remove a running container) (?<container>[\w.-]{1,128})|container (?<container2>[\w.-]{1,128}) (?<notConnected>is not connected to the network) (?<network>[\w.-]{1,128})|cannot (?<op>stop|kill|restart) container: (?<container3>[\w.-]{1,128}): (?<denied>permission denied)|Error loading config file: (?<file>[^\s:]{1,300}config\.json): [^\n]{0,300}?(?<configDenied>permission denied)|^Error response from daemon: (?:Head|Get) "?https?:\/\/(?<registry>[^/\s"]{1,200})\/v2\/[^\s"]{0,300}"?: (?<reason>denied|unauthorized)\s*$|ERROR: Service '(?<service>[\w.-]{1,100})' (?<buildFailed>failed to build)/m,
    requires: /You cannot remove a running container|is not connected to the network|container: [\w.-]{1,128}: permission denied|Error loading config file|": (?:denied|unauthorized)\s*$|failed to build/m,
    errorType: (c) =>
      c.removeRunning ? 'You cannot remove a running container' : c.notConnected ?? (c.reason ?? (c.buildFailed ? 'failed to build' : 'permission denied')),
    category: 'runtime',
    priority: 33,
    summary: (c) =>
      c.removeRunning
        ? `Docker will not remove the running container ${c.container} without force.`
        : c.notConnected
          ? `The container ${c.container2} is not attached to the network ${c.network}.`
          : c.reason
            ? `The registry ${c.registry} answered "${c.reason}" without a reason.`
            : c.buildFailed
              ? `docker-compose could not build the service ${c.service}.`
              : c.file
                ? `The docker CLI may not read its configuration ${c.file}.`
                : `The daemon was denied the signal to ${c.op} the container ${c.container3}.`,
    explanation: (c) =>
      c.removeRunning
        ? 'docker rm refuses a running container so that nothing is lost by accident: stop it first, or force the removal (which kills it).'
        : c.notConnected
          ? 'docker network disconnect (or compose recreating a container) names a network the container is not on: it was already disconnected, or the network was recreated with another ID.'
          : c.reason
            ? `The registry refused the request with a bare "${c.reason}": ${c.reason === 'denied' ? 'the credentials are valid but lack the permission (a package not linked to the repository, a token without read:packages, a private image)' : 'no valid credentials were sent (not logged in to that registry, or an expired token)'}.`
            : c.buildFailed
              ? 'docker-compose (v1) prints this after the build of the service failed; the cause is the build output above it (a failing RUN step, a missing file in the context).'
              : c.file
                ? `${c.file} belongs to another user: usually root, after a docker command was run with sudo once and created the directory.`
                : 'The daemon sent the signal and the kernel refused it: on Ubuntu this is AppArmor (Docker installed from the snap, or its profile changed while containers ran), so the container cannot be stopped.',
    causes: (c) =>
      c.file
        ? ['A docker command run with sudo that created ~/.docker as root']
        : c.denied
          ? ['AppArmor denying signals between the daemon and the container (snap Docker, a profile reload)']
          : c.reason
            ? ['Not logged in to that registry, or a token without the scope to read or push']
            : ['The container or network is not in the state the command expects'],
    fixes: (c) => {
      if (c.removeRunning) return [fix(`Stop ${c.container}, or force its removal`, [], `docker stop ${c.container} && docker rm ${c.container}\n# or\ndocker rm -f ${c.container}`)];
      if (c.notConnected) return [fix(`Check which networks ${c.container2} is on`, [], `docker inspect --format '{{json .NetworkSettings.Networks}}' ${c.container2}\ndocker network connect ${c.network} ${c.container2}`)];
      if (c.reason) return [fix(`Log in to ${c.registry} with a token that may read the image`, ['Log in again; for GitHub packages use a token with read:packages (write:packages to push) and link the package to the repository.'], `echo "$TOKEN" | docker login ${c.registry} -u <user> --password-stdin`)];
      if (c.buildFailed) return [fix(`Rebuild ${c.service} and read the failing step`, [], `docker-compose build --no-cache ${c.service}\ndocker compose build --progress=plain ${c.service}`)];
      if (c.file) return [fix(`Give ${c.file} back to your user`, [], `sudo chown -R "$USER":"$USER" "$(dirname ${c.file})"\nchmod -R g+rwx "$(dirname ${c.file})"`)];
      return [fix(`Let the daemon stop ${c.container3}`, ['Look for AppArmor denials; restarting the AppArmor profiles (or Docker) lets the signal through again.'], `sudo dmesg | grep -i apparmor | tail\nsudo aa-remove-unknown\ndocker ${c.op} ${c.container3}`)];
    },
    references: [ref('Docker: docker container rm', `${DOCS}/reference/cli/docker/container/rm/`), ref('Docker: docker login', `${DOCS}/reference/cli/docker/login/`)],
    samples: [
      'Error response from daemon: You cannot remove a running container 3f4e. Stop the container before attempting removal or force remove',
      'Error response from daemon: container abc is not connected to the network backend',
      'Error response from daemon: cannot stop container: web: permission denied',
      'Error response from daemon: Head "https://ghcr.io/v2/acme/api/manifests/latest": denied',
      'WARNING: Error loading config file: /home/u/.docker/config.json: open /home/u/.docker/config.json: permission denied',
    ],
  },
];
