import type { Captures, ErrorPattern } from '../rules/error-pattern';
import type { Fix } from '../translation';
import { fix, ref } from './answer-parts';

/**
 * Docker Engine's own messages beyond the common build and run failures in containers.patterns.ts:
 * the daemon reaching a registry (Go's network errors, answered as Docker's, with the daemon's
 * settings as the fix), image layers, credentials helpers, objects that do not exist, mounts,
 * networks, the runtime's host requirements and compose files.
 */

const DOCS = 'https://docs.docker.com';

const DAEMON_CONFIG = ref('Docker: Daemon configuration file', `${DOCS}/reference/cli/dockerd/#daemon-configuration-file`);
const DAEMON_PROXY = ref('Docker: Daemon proxy configuration', `${DOCS}/engine/daemon/proxy/`);

/** The daemon's proxy: it pulls, not the shell, so the shell's HTTPS_PROXY does not reach it. */
const DAEMON_PROXY_CODE =
  '# /etc/systemd/system/docker.service.d/http-proxy.conf\n[Service]\nEnvironment="HTTP_PROXY=http://proxy.example.com:3128"\nEnvironment="HTTPS_PROXY=http://proxy.example.com:3128"\n\nsudo systemctl daemon-reload && sudo systemctl restart docker';

/** Go's network failures as the daemon prints them when it talks to a registry, by kind. */
type RegistryFailure = 'dns' | 'ca' | 'certificate' | 'timeout' | 'refused' | 'reset' | 'http';

function registryFailure(c: Captures): RegistryFailure {
  if (c.dnsHost) return 'dns';
  if (c.unknownCa) return 'ca';
  if (c.badCertificate) return 'certificate';
  if (c.refused) return 'refused';
  if (c.reset) return 'reset';
  if (c.plainHttp) return 'http';
  if (c.eof) return 'reset';
  return 'timeout';
}

const REGISTRY_ERROR_TYPE: Readonly<Record<RegistryFailure, (c: Captures) => string>> = {
  dns: () => 'no such host',
  ca: () => 'certificate signed by unknown authority',
  certificate: () => 'x509 certificate error',
  timeout: (c) => c.timeout ?? 'i/o timeout',
  refused: () => 'connection refused',
  reset: (c) => (c.eof ? 'EOF' : 'connection reset by peer'),
  http: () => 'server gave HTTP response to HTTPS client',
};

/** The registry's host: from the URL the match starts at, else the one between the daemon's lead-in and the error. */
const registryOf = (c: Captures): string => c.registry ?? /https?:\/\/([^/\s"\\]{1,255})/.exec(c.via ?? '')?.[1] ?? c.dnsHost ?? 'the registry';

function registryFixes(c: Captures): Fix[] {
  const registry = registryOf(c);
  const proxy = fix("Give the daemon the network's proxy", ['The Docker daemon makes the request, not your shell: HTTPS_PROXY in your terminal does not reach it. Configure the proxy for dockerd (Docker Desktop: Settings → Resources → Proxies).'], DAEMON_PROXY_CODE);
  switch (registryFailure(c)) {
    case 'dns':
      return [
        fix(`Check that ${c.dnsHost} resolves on the Docker host`, [`Run nslookup ${c.dnsHost} on the machine that runs dockerd (on Docker Desktop, inside its VM/WSL).`, 'If it fails there but works elsewhere, give the daemon a DNS server it can reach in daemon.json and restart Docker.'], `nslookup ${c.dnsHost}\n# /etc/docker/daemon.json\n{ "dns": ["1.1.1.1", "8.8.8.8"] }\nsudo systemctl restart docker`),
        proxy,
      ];
    case 'ca':
      return [
        fix(`Trust the CA that signed ${registry}'s certificate`, [`For a private registry, put its CA certificate in /etc/docker/certs.d/${registry}/ca.crt (no restart needed).`, 'Behind a TLS-inspecting proxy, add the proxy\'s CA to the host\'s trust store and restart Docker (Docker Desktop reads the OS trust store).', 'Listing the registry in insecure-registries turns verification off: only for a test registry.'], `sudo mkdir -p /etc/docker/certs.d/${registry}\nsudo cp corporate-ca.crt /etc/docker/certs.d/${registry}/ca.crt\n# or system-wide (Debian/Ubuntu):\nsudo cp corporate-ca.crt /usr/local/share/ca-certificates/ && sudo update-ca-certificates && sudo systemctl restart docker`),
      ];
    case 'certificate':
      return [fix(`Fix ${registry}'s certificate or the name used for it`, ['Check the clock of the Docker host (an expired or not-yet-valid certificate is often a wrong clock).', `Use the exact host name the certificate was issued for, or reissue it with ${registry} in its Subject Alternative Names.`], `date\nopenssl s_client -connect ${registry}:443 -servername ${registry} </dev/null | openssl x509 -noout -dates -ext subjectAltName`)];
    case 'refused':
      return [
        fix(`Check that something listens at ${registry}`, [`A local registry must be running: docker ps should list it with its port published.`, 'If the refused address is a proxy (proxyconnect), the proxy configured for the daemon is down or wrong.'], `curl -v https://${registry}/v2/\ndocker run -d -p 5000:5000 --name registry registry:2`),
        proxy,
      ];
    case 'http':
      return [fix(`Let the daemon use plain HTTP for ${registry}, or give the registry TLS`, ['The daemon speaks HTTPS to every registry except those listed as insecure-registries (and localhost).', `Add ${registry} to insecure-registries in daemon.json and restart Docker, or put a TLS certificate on the registry.`], `# /etc/docker/daemon.json\n{ "insecure-registries": ["${registry}"] }\nsudo systemctl restart docker`)];
    default:
      return [
        fix(`Test the route from the Docker host to ${registry}`, ['Run the same request with curl on the Docker host: if it also hangs, a firewall or proxy requirement is in the way.', 'A VPN or overlay network with a smaller MTU can stall TLS handshakes: try without the VPN, or set "mtu" in daemon.json.', 'Retry: registries and CDNs time out now and then; configure a registry mirror if it is frequent.'], `curl -v https://${registry}/v2/\n# /etc/docker/daemon.json\n{ "registry-mirrors": ["https://mirror.gcr.io"] }`),
        proxy,
      ];
  }
}

function registryExplanation(c: Captures): string {
  const registry = registryOf(c);
  const lead = `The Docker daemon could not talk to ${registry}. It is written in Go and reports the failure in Go's words; the daemon's own network settings apply, not your shell's.`;
  const why: Record<RegistryFailure, string> = {
    dns: ` The host name ${c.dnsHost} did not resolve${c.dns ? ` using the resolver ${c.dns}` : ''}: no DNS on the Docker host (or inside Docker Desktop's VM), a network that only resolves names through a proxy, or a typo in the registry's name.`,
    ca: ' The registry presented a certificate signed by a CA the daemon does not trust: a private registry with its own CA, or a corporate proxy that inspects TLS and re-signs every site.',
    certificate: ' The certificate is expired, not yet valid (check the clock), or does not name the host that was used.',
    timeout: ` The connection or the TLS handshake did not finish in time (${c.timeout ?? 'i/o timeout'}): a firewall dropping packets, a proxy the daemon does not know about, a slow mirror or CDN, or an MTU problem on a VPN.`,
    refused: ` The connection was refused${c.proxy ? ' by the proxy the daemon is configured to use' : ''}: nothing listens at that address and port.`,
    reset: ' The connection was reset by something on the way (a proxy or firewall closing connections it does not allow, or the registry restarting).',
    http: ' The registry answers plain HTTP while the daemon insists on HTTPS for every registry not listed as insecure.',
  };
  return lead + why[registryFailure(c)];
}

export const DOCKER_ENGINE_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'docker.registry-unreachable',
    language: 'docker',
    // A registry's address: the v1/v2 API path, the storage CDN's "registry-v2", or the daemon's
    // own lead-in before the Go error. Below Go's network patterns, so a Go program's own error
    // (a text that reads as Go) stays Go's; a text that reads as Docker meets this one first.
    match:
      /(?:(?:Get|Head|Post|Put|Patch) \\?"?https?:\/\/(?<registry>[^/\s"\\]{1,255})\/(?:v[12]\/|registry-v2\/)[^\s"\\]{0,2000}\\?"?|Error response from daemon|error pulling image configuration|failed to (?:do request|copy|resolve reference|fetch)|(?:failed to )?download failed after attempts=\d{1,3})(?<via>[^\n]{0,600}?)(?:dial tcp: lookup (?<dnsHost>[^\s:]{1,255})(?: on (?<dns>[^\s:]{1,100}(?::\d{1,5})?))?: no such host|x509: (?<unknownCa>certificate signed by unknown authority)|x509: (?<badCertificate>certificate has expired or is not yet valid|certificate is valid for)|(?<proxy>proxyconnect tcp: )?dial tcp [^\s]{1,300}: (?:connect: |connectex: )?(?<refused>connection refused|No connection could be made because the target\s{1,3}machine actively refused it)|(?<reset>connection reset by peer)|http: (?<plainHttp>server gave HTTP response to HTTPS client)|(?<timeout>TLS handshake timeout|i\/o timeout|Client\.Timeout exceeded while awaiting headers|context deadline exceeded)|: (?<eof>EOF)$)/m,
    // Every match starts at one of these leads; the network errors after them are common elsewhere.
    requires: /Error response from daemon|error pulling image configuration|\/v[12]\/|registry-v2\/|failed to (?:do request|copy|resolve reference|fetch)|download failed after attempts/,
    errorType: (c) => REGISTRY_ERROR_TYPE[registryFailure(c)](c),
    category: 'network',
    priority: 9,
    summary: (c) => `Docker could not reach ${registryOf(c)}: ${REGISTRY_ERROR_TYPE[registryFailure(c)](c)}.`,
    explanation: registryExplanation,
    causes: ['No DNS, or no route to the registry, from the Docker host', 'A corporate proxy or TLS inspection the daemon is not configured for', 'A private registry with its own CA, or served over plain HTTP', 'A registry or CDN that is slow or down at the moment'],
    fixes: registryFixes,
    references: [DAEMON_PROXY, DAEMON_CONFIG, ref('Docker: Verify repository client with certificates', `${DOCS}/engine/security/certificates/`)],
    samples: [
      'Error response from daemon: Get https://registry-1.docker.io/v2/: dial tcp: lookup registry-1.docker.io on 192.168.65.1:53: no such host',
      'Error response from daemon: Get "https://registry.corp.example:5000/v2/": x509: certificate signed by unknown authority',
      'Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: TLS handshake timeout',
      'Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
      'Error response from daemon: Get "https://localhost:5000/v2/": dial tcp 127.0.0.1:5000: connect: connection refused',
      'Error response from daemon: Get https://registry-1.docker.io/v2/: dial tcp 35.169.231.249:443: connectex: No connection could be made because the target machine actively refused it.',
      'Error response from daemon: Get "https://registry.lan:5000/v2/": http: server gave HTTP response to HTTPS client',
      'error pulling image configuration: download failed after attempts=6: dial tcp 104.16.100.207:443: i/o timeout',
    ],
  },
  {
    id: 'docker.layer-verification-failed',
    language: 'docker',
    match: /filesystem layer verification failed for digest (?<digest>sha256:[0-9a-f]{64})/,
    errorType: 'filesystem layer verification failed',
    category: 'network',
    priority: 40,
    summary: 'A downloaded image layer did not match its checksum, so Docker discarded it.',
    explanation: (c) =>
      `The bytes received for layer ${c.digest} did not hash to that digest. The download was cut or altered on the way (an unstable connection, a proxy or antivirus rewriting the stream, a flaky registry mirror); rarely, the disk where Docker stores layers is failing.`,
    causes: ['An interrupted or unstable download', 'A proxy, antivirus or mirror altering the data', 'Failing storage under /var/lib/docker'],
    fixes: [fix('Pull again, one layer at a time if needed', ['Pull again; the layers already verified are kept.', 'If it repeats, lower the parallel downloads in daemon.json, or pull without the proxy/mirror in between.'], 'docker pull <image>\n# /etc/docker/daemon.json\n{ "max-concurrent-downloads": 1 }\nsudo systemctl restart docker')],
    references: [DAEMON_CONFIG],
    samples: ['dbed9b09434e: Verifying Checksum\nfilesystem layer verification failed for digest sha256:dbed9b09434efb583eb5f23173bf2aadb578cbfe2516e26226e3f7e458fac621'],
  },
  {
    id: 'docker.register-layer-failed',
    language: 'docker',
    // Below the no-space pattern: a full disk while unpacking is that pattern's answer.
    priority: 24,
    match: /(?<register>failed to register layer: )?(?:ApplyLayer exit status \d{1,3} stdout: [^\n]{0,200}? ?stderr: |Error processing tar file\(exit status \d{1,3}\): |error creating overlay mount to (?<overlay>\S{1,300}): |(?=(?:Container|Host) ID \d{1,10} cannot be mapped)|(?<=failed to register layer: )(?=rename |open |mkdir |lstat ))(?<detail>[^\n]{0,300})/,
    requires: /failed to register layer|ApplyLayer|Error processing tar file|error creating overlay mount|cannot be mapped to a host ID/,
    errorType: (c) => (c.register ? 'failed to register layer' : c.overlay ? 'error creating overlay mount' : 'Error processing tar file'),
    category: 'runtime',
    summary: (c) => `Docker could not unpack an image layer onto its storage${c.detail ? `: ${c.detail.trim()}` : ''}.`,
    explanation: (c) => {
      const d = c.detail ?? '';
      const why = /lchown|invalid argument|cannot be mapped/.test(d)
        ? ' "lchown … invalid argument" means a file in the layer belongs to a user ID the daemon cannot map: rootless Docker or a user namespace with too small a subordinate ID range, or a storage driver that refuses it.'
        : /unexpected EOF/.test(d)
          ? ' The layer archive ended early: the download was cut, or a cached layer is damaged.'
          : c.overlay
            ? ' The overlay filesystem refused the mount: an unsupported backing filesystem (overlay on overlay, some network or encrypted filesystems) or too many layers.'
            : ' The reason after the colon is what the storage driver reported.';
      return `Pulled layers are unpacked into the storage driver (overlay2 usually) under /var/lib/docker; that step failed.${why}`;
    },
    causes: ['Rootless Docker or user namespaces with too few subordinate IDs for the files in the image', 'A cut download or a damaged layer in the cache', 'A storage driver or backing filesystem that does not support the operation'],
    fixes: [
      fix('Give the daemon the IDs or the storage it needs', ['Rootless or userns-remap: widen the range in /etc/subuid and /etc/subgid (65536 IDs at least) and restart the daemon.', 'A damaged cache: remove the image and pull again (docker system prune removes unused layers).', 'Check the storage driver and its backing filesystem with docker info.'], "grep \"$USER\" /etc/subuid /etc/subgid\nsudo usermod --add-subuids 100000-165535 --add-subgids 100000-165535 \"$USER\"\ndocker info --format '{{.Driver}} {{.DriverStatus}}'\ndocker system prune"),
    ],
    references: [ref('Docker: Run the daemon as a non-root user (rootless)', `${DOCS}/engine/security/rootless/`), ref('Docker: OverlayFS storage driver', `${DOCS}/engine/storage/drivers/overlayfs-driver/`)],
    samples: ['ERROR: failed to register layer: ApplyLayer exit status 1 stdout:  stderr: lchown /var/www/html/.htaccess: invalid argument', 'Error response from daemon: Error processing tar file(exit status 1): unexpected EOF'],
  },
  {
    id: 'docker.credentials-helper',
    language: 'docker',
    match: /error (?<verb>getting|storing|erasing|listing) credentials - err: (?<detail>[^\n]{0,300})/,
    errorType: (c) => `error ${c.verb} credentials`,
    category: 'configuration',
    // Above the executable-not-found pattern: the missing program is the credentials helper.
    priority: 45,
    summary: (c) => `Docker could not use its credentials helper (error ${c.verb} credentials).`,
    explanation: (c) => {
      const helper = /"(docker-credential-[\w.-]+)"/.exec(c.detail ?? '')?.[1];
      return `docker login, pull and push read and store registry passwords through the helper named by "credsStore" in ~/.docker/config.json.${helper ? ` It names ${helper}, which is not installed or not on PATH: typical after uninstalling Docker Desktop, in WSL, or in CI where the config was copied from a desktop.` : ' The helper failed: a locked keychain, no desktop session for the secret service, or a helper from an uninstalled Docker Desktop.'}`;
    },
    causes: ['"credsStore" names a helper that is not installed (desktop, wincred, osxkeychain, pass)', 'The keychain or secret service is locked or has no session (SSH, CI)', 'A config.json copied from another machine'],
    fixes: [fix('Point config.json at a helper that exists, or at none', ['Edit ~/.docker/config.json: remove the "credsStore" line (credentials are then kept in the file), or name a helper that is installed.', 'Log in again.'], "cat ~/.docker/config.json\n# remove \"credsStore\": \"desktop\" (or install that helper), then:\ndocker login")],
    references: [ref('Docker: docker login (credential stores)', `${DOCS}/reference/cli/docker/login/#credential-stores`)],
    samples: ['error getting credentials - err: exec: "docker-credential-desktop": executable file not found in $PATH, out: ``', "Error saving credentials: error storing credentials - err: exit status 1, out: `The user name or passphrase you entered is not correct.`"],
  },
  {
    id: 'docker.gpu-driver',
    language: 'docker',
    match: /could not select device driver "(?<driver>[^"\n]{0,60})" with capabilities: \[\[(?<capabilities>[^\]\n]{1,100})\]\]|(?:unknown or invalid runtime name|Unknown runtime specified):? (?<runtime>[\w.-]{1,60})/,
    errorType: (c) => (c.runtime ? 'unknown or invalid runtime name' : 'could not select device driver'),
    category: 'configuration',
    priority: 40,
    summary: (c) => (c.runtime ? `The Docker daemon has no runtime called ${c.runtime}.` : 'Docker cannot give the container a GPU: no device driver for it is installed in the daemon.'),
    explanation: (c) =>
      `${c.runtime ? `--runtime=${c.runtime} (or runtime: ${c.runtime} in compose) names a runtime the daemon was not configured with.` : '--gpus (or compose\'s deploy.resources.reservations.devices) asks the daemon for a GPU device driver, and none is registered.'} For NVIDIA GPUs that is the NVIDIA Container Toolkit, installed on the host and registered with the daemon; the GPU driver alone is not enough.`,
    causes: ['NVIDIA Container Toolkit not installed on the Docker host', 'Installed but not configured for this daemon (nvidia-ctk runtime configure), or the daemon not restarted', 'Docker Desktop or rootless Docker without GPU support configured'],
    fixes: (c) => [
      fix('Install the NVIDIA Container Toolkit and register it', ['Install nvidia-container-toolkit from NVIDIA\'s repository.', `Register it with the daemon and restart Docker${c.runtime ? ` (this also defines the ${c.runtime} runtime)` : ''}.`, 'Test with a CUDA image.'], 'sudo apt-get install -y nvidia-container-toolkit\nsudo nvidia-ctk runtime configure --runtime=docker\nsudo systemctl restart docker\ndocker run --rm --gpus all nvidia/cuda:12.4.1-base-ubuntu22.04 nvidia-smi'),
    ],
    references: [ref('NVIDIA Container Toolkit: Installation', 'https://docs.nvidia.com/datacenter/cloud-native/container-toolkit/latest/install-guide.html'), ref('Docker: GPU support', `${DOCS}/engine/containers/resource_constraints/#gpu`)],
    samples: ['docker: Error response from daemon: could not select device driver "" with capabilities: [[gpu]].', 'docker: Error response from daemon: unknown or invalid runtime name: nvidia.'],
  },
  {
    id: 'docker.not-a-tty',
    language: 'docker',
    match: /the input device is not a TTY|cannot attach stdin to a TTY-enabled container because stdin is not a terminal/,
    errorType: 'the input device is not a TTY',
    category: 'configuration',
    priority: 30,
    summary: 'docker run/exec asked for a terminal (-t) where there is none.',
    explanation:
      '-t gives the container a pseudo-terminal, which needs the docker command itself to run in one. In CI, cron, a pipe or a script fed from a file there is no terminal. On Windows, Git Bash (mintty) is not a Windows console either.',
    causes: ['-it used in CI, cron, or with input redirected from a file or pipe', 'Git Bash/mintty on Windows'],
    fixes: [fix('Drop -t where there is no terminal', ['Use -i alone to pass input through, or neither flag for a non-interactive command.', 'docker compose exec: add -T.', 'Git Bash: prefix the command with winpty.'], 'docker exec -i db psql -U postgres < dump.sql\ndocker compose exec -T db pg_dump -U postgres app > dump.sql\nwinpty docker exec -it web sh')],
    references: [ref('Docker: docker container run (-i, -t)', `${DOCS}/reference/cli/docker/container/run/`)],
    samples: ['the input device is not a TTY', "the input device is not a TTY.  If you are using mintty, try prefixing the command with 'winpty'"],
  },
  {
    id: 'docker.build-context',
    language: 'docker',
    match: /unable to prepare context: (?:unable to evaluate symlinks in Dockerfile path: (?:lstat|CreateFile|GetFileAttributesEx) (?<path>[^\n]{1,300}?): (?:no such file or directory|The system cannot find)|(?<detail>[^\n]{1,300}))/,
    errorType: 'unable to prepare context',
    category: 'build',
    priority: 35,
    summary: (c) => (c.path ? `docker build found no Dockerfile at ${c.path}.` : 'docker build could not read its build context.'),
    explanation: (c) =>
      c.path
        ? `The classic builder looks for a file named exactly Dockerfile in the build context (the last argument, often "."), unless -f names another. ${c.path} does not exist: the command ran from another directory, the file is called dockerfile or Dockerfile.txt, or -f points at the wrong place.`
        : `The build context (the directory or URL given as the last argument) could not be read: ${c.detail}.`,
    causes: ['Running docker build from a directory without the Dockerfile', 'A differently named file (dockerfile, Dockerfile.txt) without -f', 'A wrong -f path, or a context path that does not exist'],
    fixes: (c) => [fix('Point the build at the Dockerfile', ['Run from the directory that holds the Dockerfile, or pass its path with -f and the context directory last.', 'On Windows, check that Explorer did not save it as Dockerfile.txt.'], `ls -la ${c.path ?? 'Dockerfile'}\ndocker build -f path/to/Dockerfile -t app .`)],
    references: [ref('Docker: docker build', `${DOCS}/reference/cli/docker/buildx/build/`)],
    samples: ['unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat /home/ann/app/Dockerfile: no such file or directory'],
  },
  {
    id: 'docker.dockerfile-parse-error',
    language: 'docker',
    // Inside BuildKit's output the engine answers "failed to solve" (rules-engine.ts, asBuildKitFailure).
    match: /[Dd]ockerfile parse error (?:on )?line (?<line>\d{1,6}): (?<detail>[^\n]{1,200})|unknown instruction: (?<instruction>[\w-]{1,60})/,
    // The classic builder's unknown instruction by its phrase (README); BuildKit's is "failed to solve" (asBuildKitFailure).
    errorType: (c) => (c.instruction || /^unknown instruction/.test(c.detail ?? '') ? 'unknown instruction' : 'dockerfile parse error'),
    category: 'syntax',
    priority: 38,
    summary: (c) => `The Dockerfile does not parse${c.line ? ` (line ${c.line})` : ''}: ${c.detail ?? `unknown instruction ${c.instruction}`}.`,
    explanation: (c) =>
      `Docker reads the Dockerfile before running any step, and stops at the first line it cannot parse.${/unknown instruction/.test(c.detail ?? '') || c.instruction ? ' An unknown instruction is usually a typo (RUNN, COPPY), a continuation line whose previous line lost its trailing backslash, or a stray line of shell in the file.' : ''}${/unknown flag/.test(c.detail ?? '') ? ' An unknown flag (COPY --chmod, --exclude, RUN --mount) needs BuildKit or a newer Dockerfile syntax: the classic builder does not have it.' : ''}`,
    causes: ['A typo in an instruction', 'A multi-line RUN that lost a trailing backslash', 'A flag the builder in use does not support (classic builder vs BuildKit)'],
    fixes: (c) => [fix(`Fix the Dockerfile${c.line ? ` at line ${c.line}` : ''}`, ['Correct the instruction, or end every continued line of the previous instruction with a backslash.', 'For BuildKit-only flags, build with BuildKit (docker buildx build, or DOCKER_BUILDKIT=1) and a current syntax line.'], '# syntax=docker/dockerfile:1\nRUN apt-get update && \\\n    apt-get install -y curl\n\nDOCKER_BUILDKIT=1 docker build .')],
    references: [ref('Dockerfile reference', `${DOCS}/reference/dockerfile/`)],
    samples: ['Error response from daemon: dockerfile parse error line 5: unknown instruction: RUNN', 'ERROR: failed to solve: dockerfile parse error on line 12: unknown instruction: apt-get'],
  },
  {
    id: 'docker.bind-source-missing',
    language: 'docker',
    match: /invalid mount config for type "bind": bind source path does not exist: (?<path>[^\n]{1,300}?)\.?$/m,
    errorType: 'bind source path does not exist',
    category: 'configuration',
    priority: 40,
    summary: (c) => `The host path to bind-mount does not exist: ${c.path}.`,
    explanation: (c) =>
      `--mount type=bind (and compose's long volume syntax) refuses a source that does not exist on the Docker host, where -v would create an empty directory. ${c.path} is not there: a relative path resolved from another directory, a path on your laptop while the daemon runs elsewhere (a remote DOCKER_HOST, a CI service), or a Docker Desktop file-sharing setting that hides it.`,
    causes: ['A path that does not exist on the machine running the daemon', 'A relative path or ${PWD} evaluated elsewhere', 'Docker Desktop not sharing that folder'],
    fixes: (c) => [fix('Create the path or mount the right one', [`Check ${c.path} on the Docker host and create it if it should exist.`, 'Use an absolute path; in compose, paths are relative to the compose file.'], `ls -ld ${c.path}\nmkdir -p ${c.path}`)],
    references: [ref('Docker: Bind mounts', `${DOCS}/engine/storage/bind-mounts/`)],
    samples: ['docker: Error response from daemon: invalid mount config for type "bind": bind source path does not exist: /home/ann/data.'],
  },
  {
    id: 'docker.mount-type-mismatch',
    language: 'docker',
    match: /error mounting "(?<path>[^"\n]{1,300})" to rootfs at "(?<target>[^"\n]{1,300})"[^\n]{0,400}?(?:not a directory|Are you trying to mount a directory onto a file)/,
    errorType: 'OCI runtime create failed',
    category: 'configuration',
    // Above the generic runtime pattern: this names the mount and the fix.
    priority: 35,
    summary: (c) => `Docker mounted ${c.path} onto ${c.target}, and one is a file while the other is a directory.`,
    explanation: (c) =>
      `A bind mount must join a file to a file or a directory to a directory. Usually ${c.path} did not exist on the Docker host when the container was first created, so Docker created a directory there, and ${c.target} in the image is a file (a config file such as nginx.conf).`,
    causes: ['The host file did not exist, so Docker created a directory with its name', 'A path mistyped on one side', 'On Docker Desktop, a file outside the shared folders'],
    fixes: (c) => [fix(`Make ${c.path} the same kind as ${c.target}`, [`Remove the directory Docker created at ${c.path} and put the real file there (or mount the directory that contains it).`, 'Recreate the container: the mount is fixed when the container is created.'], `ls -ld ${c.path}\nrm -r ${c.path}  # only if Docker created it empty\ndocker compose up -d --force-recreate`)],
    references: [ref('Docker: Bind mounts', `${DOCS}/engine/storage/bind-mounts/`)],
    samples: ['docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error mounting "/home/u/nginx.conf" to rootfs at "/etc/nginx/nginx.conf": mount /home/u/nginx.conf:/etc/nginx/nginx.conf (via /proc/self/fd/6), flags: 0x5000: not a directory: unknown: Are you trying to mount a directory onto a file (or vice-versa)? Check if the specified host path exists and is the expected type.'],
  },
  {
    id: 'docker.mount-source-path',
    language: 'docker',
    match: /error while (?<creating>creating mount source path|mounting volume)\s{0,3}'(?<path>[^'\n]{1,300})': (?<detail>[^\n]{0,300})/,
    errorType: (c) => `error while ${c.creating}`,
    category: 'configuration',
    priority: 40,
    summary: (c) => `Docker could not ${c.creating === 'mounting volume' ? 'mount the volume at' : 'create the bind-mount source'} ${c.path}: ${c.detail}`,
    explanation: (c) =>
      c.creating === 'mounting volume'
        ? `The volume's driver failed to mount it (${c.detail}). For a local volume with driver options (NFS, CIFS), the options, the server or the remote path are wrong; the volume keeps its options until it is removed and created again.`
        : `A -v host path that does not exist is created by the daemon, and that failed (${c.detail}).${/read-only file system/.test(c.detail ?? '') ? ' The daemon sees that place as read-only: Docker installed as a snap, rootless Docker, Docker Desktop outside its shared folders, or a Kubernetes/kind node whose filesystem is read-only there.' : ''}`,
    causes: ['A host path the daemon may not create or write (read-only, outside shared folders, snap confinement)', 'NFS/CIFS volume options that are wrong or a server that is unreachable', 'A volume created earlier with other options'],
    fixes: (c) => [fix(`Use a path the daemon can create and mount: ${c.path}`, ['Create the directory yourself in a place the daemon can write (under your home, or a shared folder on Docker Desktop), and mount that.', 'For a volume with driver options, remove it and create it again with the corrected options.'], `mkdir -p ${c.path}\ndocker volume inspect <volume>\ndocker volume rm <volume>`)],
    references: [ref('Docker: Volumes', `${DOCS}/engine/storage/volumes/`)],
    samples: ["Error: failed to start container \"postgres\": Error response from daemon: error while creating mount source path\n '/data/postgres-pv': mkdir /data: read-only file system"],
  },
  {
    id: 'docker.no-such-object',
    language: 'docker',
    match: /(?:^|\s|\[)(?:Error(?: response from daemon)?: )?(?:No such container:path: (?<cpName>[^\s:\]]{1,200}):(?<cpPath>[^\s\]]{1,300})|[Nn]o such (?<kind>container|image|object|volume|network|service|node|secret|config): (?<name>[^\s\]]{1,200})|no (?<podmanKind>container|pod|volume|network|secret) with (?:name or ID|ID or name) "(?<podmanName>[^"\n]{1,200})" found|(?:get|remove|inspect) (?<volume>[^\s:]{1,200}): no such volume|network (?<network>[^\s]{1,200}) not found|unable to find container (?<podman>[^\s:]{1,200})[^\n]{0,200}?: no such container)/,
    requires: /[Nn]o such |not found|" found/,
    errorType: (c) => `no such ${c.volume ? 'volume' : c.network ? 'network' : c.podman || c.cpName ? 'container' : (c.kind ?? c.podmanKind ?? 'object')}`,
    category: 'configuration',
    priority: 30,
    summary: (c) => `Docker has no ${c.volume ? 'volume' : c.network ? 'network' : c.podman || c.cpName ? 'container' : (c.kind ?? c.podmanKind ?? 'object')} called ${c.name ?? c.volume ?? c.network ?? c.podman ?? c.cpName ?? c.podmanName}${c.cpPath ? ` (docker cp ${c.cpName}:${c.cpPath})` : ''}.`,
    explanation: (c) =>
      `The daemon looked the name up and found nothing. ${c.kind === 'image' ? 'The image was never pulled or built on this host, or the tag differs.' : 'It was removed (a container started with --rm, a compose down), was created under another name (compose prefixes names with the project), or belongs to another daemon or context (docker context, rootless vs rootful, Podman vs Docker).'}`,
    causes: ['A name or ID that was removed or never created on this daemon', 'Compose project prefixes (myapp-web-1, not web)', 'Another Docker context, rootless daemon or Podman'],
    fixes: (c) => [fix(`Find what exists under that name: ${c.name ?? c.volume ?? c.network ?? c.podman ?? c.cpName ?? c.podmanName}`, ['List the objects of that kind, with stopped containers, and use the exact name or ID.', 'Check which daemon you talk to: docker context ls.'], `docker ps -a\ndocker images\ndocker volume ls\ndocker network ls\ndocker context ls`)],
    references: [ref('Docker: docker container ls', `${DOCS}/reference/cli/docker/container/ls/`)],
    samples: ['Error response from daemon: No such container: web', 'Error: No such image: myapp:latest', 'Error response from daemon: network mynet not found', 'Error: unable to find container example.com:example.com is a pod, not a container: no such container'],
  },
  {
    id: 'docker.container-not-running',
    language: 'docker',
    match: /Container (?<id>[\w.-]{1,200}) is (?<state>not running|restarting, wait until the container is running|paused, unpause the container before exec)/,
    errorType: (c) => `container is ${c.state?.split(',')[0]}`,
    category: 'runtime',
    priority: 30,
    summary: (c) => `Container ${c.id} is ${c.state?.split(',')[0]}, so it cannot run the command.`,
    explanation: (c) =>
      c.state?.startsWith('restarting')
        ? `${c.id} keeps exiting and its restart policy starts it again: its main process fails. docker logs shows why.`
        : `docker exec (and attach, cp into some paths) needs a running container. ${c.id}'s main process has exited${c.state?.startsWith('paused') ? ' or been paused' : ''}: a container lives only as long as its main process, so a command that finishes at once (or fails) stops it.`,
    causes: ['The main process exited or crashed (see docker logs)', 'A command that ends immediately, such as a shell without -it', 'A restart loop caused by a failing start'],
    fixes: (c) => [fix(`See why ${c.id} stopped`, ['Read its logs and exit code, fix the cause, and start it again.', 'To look inside a container that exits at once, run its image with a shell instead.'], `docker logs ${c.id}\ndocker inspect --format '{{.State.ExitCode}} {{.State.Error}}' ${c.id}\ndocker run --rm -it --entrypoint sh <image>`)],
    references: [ref('Docker: docker container logs', `${DOCS}/reference/cli/docker/container/logs/`)],
    samples: ['Error response from daemon: Container 4f2a8c is not running', 'Error response from daemon: Container web is restarting, wait until the container is running'],
  },
  {
    id: 'docker.object-in-use',
    language: 'docker',
    match: /conflict: unable to (?<action>delete|remove repository reference) (?<name>[^\s]{1,200}) \((?:must (?:be )?forced?|cannot be forced)\) - (?<reason>[^\n]{1,300})|remove (?<volume>[^\s:]{1,200}): volume is in use - \[(?<users>[^\]\n]{1,300})\]|network (?<network>[^\s]{1,200}) id \w{1,64} (?<endpoints>has active endpoints)/,
    requires: /conflict: unable to|volume is in use|has active endpoints/,
    errorType: (c) => (c.volume ? 'volume is in use' : c.endpoints ? 'has active endpoints' : `conflict: unable to ${c.action}`),
    category: 'runtime',
    priority: 35,
    summary: (c) =>
      c.volume ? `Volume ${c.volume} is still used by a container.` : c.network ? `Network ${c.network} still has containers connected.` : `Docker will not ${c.action} ${c.name} without force: ${c.reason}`,
    explanation: (c) =>
      c.volume
        ? `A volume cannot be removed while any container (running or stopped) refers to it: ${c.users}.`
        : c.network
          ? 'A network cannot be removed while containers are connected to it: containers of another compose project on the same network, or a stale endpoint of a container that is gone.'
          : `An image is kept while a container (even a stopped one) was created from it, or while it has several tags. ${c.reason}.`,
    causes: ['A stopped container still refers to it', 'The image has several tags pointing at the same ID'],
    fixes: (c) => [fix(`Remove what uses ${c.volume ?? c.network ?? c.name} first`, ['Remove the containers that use it (docker ps -a shows stopped ones), then remove it; or remove untagged references by name.', 'docker system prune removes stopped containers and unused images in one go.'], c.network ? `docker network inspect ${c.network} --format '{{range .Containers}}{{.Name}} {{end}}'\ndocker network disconnect -f ${c.network} <container>\ndocker network rm ${c.network}` : `docker ps -a --filter ${c.volume ? `volume=${c.volume}` : `ancestor=${c.name}`}\ndocker rm <container>\n${c.volume ? `docker volume rm ${c.volume}` : `docker rmi ${c.name}`}`)],
    references: [ref('Docker: docker image rm', `${DOCS}/reference/cli/docker/image/rm/`), ref('Docker: docker volume rm', `${DOCS}/reference/cli/docker/volume/rm/`)],
    samples: ['Error response from daemon: conflict: unable to remove repository reference "nginx" (must force) - container 5d2b0a3c4f8e is using its referenced image 605c77e624dd', 'Error response from daemon: remove myvol: volume is in use - [4f2a8c1b]'],
  },
  {
    id: 'docker.compose-yaml',
    language: 'docker',
    match: /(?:(?:parsing|error parsing|while parsing) (?<file>[^\s:]{1,300}(?:ya?ml)): )?yaml: line (?<line>\d{1,6}): (?<detail>did not find expected (?:key|node content|'-' indicator|<document start>)|mapping values are not allowed in this context|found character that cannot start any token|could not find expected ':'|found a tab character that violates indentation|block sequence entries are not allowed in this context|found undefined alias|found unknown escape character|control characters are not allowed|did not find expected alphabetic or numeric character|found unexpected end of stream)/,
    requires: /yaml: line \d/,
    errorType: (c) => c.detail ?? 'yaml error',
    category: 'syntax',
    priority: 30,
    summary: (c) => `${c.file ?? 'The YAML file'} does not parse at line ${c.line}: ${c.detail}.`,
    explanation: (c) =>
      `Docker Compose reads YAML with Go's YAML parser, which names the line where it gave up; the mistake is on that line or just above it. ${/tab character/.test(c.detail ?? '') ? 'YAML indentation must be spaces, never tabs.' : /mapping values/.test(c.detail ?? '') ? 'A "key: value" where a value was expected: usually a colon inside an unquoted value (an image tag, a command, a URL) or a line indented too far.' : /expected key|expected '-'|block sequence/.test(c.detail ?? '') ? 'The indentation of this line does not continue the block above it: a key indented differently from its siblings, or a list item (-) mixed into a mapping.' : 'Quote values that contain special characters (: # { } [ ] , & * ! | > \' " % @ `).'}`,
    causes: ['Inconsistent indentation, or tabs', 'A value with a colon or special characters left unquoted', 'A list item and a mapping key mixed at one level'],
    fixes: (c) => [fix(`Fix line ${c.line} of ${c.file ?? 'the file'} and validate it`, ['Indent with spaces only, the same amount for keys at the same level.', 'Quote values containing ": " or special characters.', 'docker compose config parses the file and prints it back when it is valid.'], `sed -n '${Math.max(1, Number(c.line) - 3)},${Number(c.line) + 1}p' ${c.file ?? 'docker-compose.yml'}\ndocker compose config`)],
    references: [ref('Docker: Compose file reference', `${DOCS}/reference/compose-file/`), ref('YAML 1.2 specification', 'https://yaml.org/spec/1.2.2/')],
    samples: ['parsing /media/SSD240/docker-compose.yml: yaml: line 7: did not find expected key', 'yaml: line 12: mapping values are not allowed in this context'],
  },
  {
    id: 'docker.compose-invalid-type',
    language: 'docker',
    match: /(?<key>[Ss]ervices\.[\w.-]{1,200}) (?:contains an invalid type, it should be (?:an? )?(?<expected>[\w, ]{1,60})|must be a (?<expected2>[\w ]{1,60}))/,
    errorType: 'contains an invalid type',
    category: 'configuration',
    priority: 30,
    summary: (c) => `In the compose file, ${c.key} has the wrong type: it should be ${c.expected ?? `a ${c.expected2}`}.`,
    explanation: (c) =>
      `Compose validates the file against its schema. ${c.key} holds a value of another type: a single string where a list is expected (ports, volumes, environment as a list), a number where a string is expected (a port mapping such as 80:80 read by YAML as a base-60 number), or a mapping under the wrong key.`,
    causes: ['A string where the schema wants a list (or the reverse)', 'An unquoted port mapping YAML reads as a number', 'A key indented under the wrong parent'],
    fixes: (c) => [fix(`Give ${c.key} the expected type`, ['Write lists with one "- item" per line, and quote port mappings.', 'Check the result with docker compose config.'], 'services:\n  web:\n    ports:\n      - "8080:80"\n\ndocker compose config')],
    references: [ref('Docker: Compose file reference (services)', `${DOCS}/reference/compose-file/services/`)],
    samples: ['services.web.ports contains an invalid type, it should be an array'],
  },
  {
    id: 'docker.compose-version-unsupported',
    language: 'docker',
    match: /Version in "(?<file>[^"\n]{1,300})" is unsupported|docker: '(?<plugin>compose|buildx)' is not a docker command/,
    errorType: (c) => (c.plugin ? 'is not a docker command' : 'Version is unsupported'),
    category: 'configuration',
    priority: 35,
    summary: (c) => (c.plugin ? `This Docker CLI has no ${c.plugin} plugin.` : `The docker-compose in use is too old for the version in ${c.file}.`),
    explanation: (c) =>
      c.plugin
        ? `docker ${c.plugin} is a CLI plugin. It ships with Docker Desktop and with the docker-${c.plugin}-plugin package of Docker's repositories, but not with distribution packages such as docker.io, nor with old Docker versions, which only had the separate docker-compose program.`
        : `${c.file} declares a "version:" that the installed docker-compose (v1, a distribution package) does not know. Compose v2 ignores "version:" altogether.`,
    causes: ['An old docker-compose v1 from the distribution packages', 'Docker installed without the compose/buildx plugin'],
    fixes: (c) => [fix(c.plugin ? `Install the ${c.plugin} plugin` : 'Use Compose v2', ['Install the plugin from Docker\'s repository, then use "docker compose" (with a space).', c.file ? `Or remove the version: line from ${c.file} once on Compose v2.` : 'Until then, the old docker-compose program takes the same commands.'], `sudo apt-get install docker-${c.plugin ?? 'compose'}-plugin\ndocker ${c.plugin ?? 'compose'} version`)],
    references: [ref('Docker: Install the Compose plugin', `${DOCS}/compose/install/linux/`)],
    samples: ['ERROR: Version in "./docker-compose.yml" is unsupported. You might be seeing this error because you\'re using the wrong Compose file version.', "docker: 'compose' is not a docker command."],
  },
  {
    id: 'docker.user-not-found',
    language: 'docker',
    match: /unable to find user (?<user>[^\s:]{1,100}): no matching entries in passwd file/,
    errorType: 'no matching entries in passwd file',
    category: 'configuration',
    priority: 40,
    summary: (c) => `The image has no user called ${c.user}.`,
    explanation: (c) =>
      `USER in the Dockerfile, --user, or compose's user: names ${c.user}, and the image's /etc/passwd has no such entry. Names must exist inside the image (a numeric UID:GID does not need to).`,
    causes: ['The user is created in another stage, or not at all', 'A user that exists on the host but not in the image'],
    fixes: (c) => [fix(`Create ${c.user} in the image, or use a numeric ID`, ['Add the user in the same stage before USER, or run with --user 1000:1000.'], `RUN useradd --create-home --uid 1000 ${c.user}\nUSER ${c.user}`)],
    references: [ref('Dockerfile reference: USER', `${DOCS}/reference/dockerfile/#user`)],
    samples: ['Error response from daemon: unable to find user app: no matching entries in passwd file'],
  },
  {
    id: 'docker.network-conflict',
    language: 'docker',
    match: /endpoint with name (?<name>[^\s]{1,200}) already exists in network (?<network>[^\s]{1,200})|(?<pool>Pool overlaps with other one on this address space)|could not find an available, non-overlapping IPv4 address pool/,
    requires: /endpoint with name|Pool overlaps|non-overlapping IPv4/,
    errorType: (c) => (c.name ? 'endpoint with name already exists' : c.pool ? 'Pool overlaps with other one on this address space' : 'could not find an available, non-overlapping IPv4 address pool'),
    category: 'network',
    priority: 35,
    summary: (c) => (c.name ? `Network ${c.network} still has an endpoint named ${c.name}.` : 'Docker has no free address range for a new network.'),
    explanation: (c) =>
      c.name
        ? `A container named ${c.name} was removed (or crashed) without leaving network ${c.network}, and the stale endpoint blocks the new one.`
        : 'Every new network takes a subnet from the daemon\'s address pools; the pool is used up by old networks, or the requested subnet overlaps one in use (another network, a VPN, the host\'s LAN).',
    causes: ['A stale endpoint from a container that was not cleanly removed', 'Many unused networks (compose creates one per project)', 'A subnet that overlaps a VPN or LAN route'],
    fixes: (c) => [
      c.name
        ? fix(`Disconnect the stale endpoint ${c.name}`, ['Force it off the network, then start the container again.'], `docker network disconnect --force ${c.network} ${c.name}`)
        : fix('Free or widen the address pools', ['Remove unused networks.', 'Give the daemon larger pools, or set a subnet that does not overlap your VPN/LAN.'], 'docker network prune\n# /etc/docker/daemon.json\n{ "default-address-pools": [{ "base": "10.201.0.0/16", "size": 24 }] }'),
    ],
    references: [ref('Docker: docker network', `${DOCS}/reference/cli/docker/network/`), DAEMON_CONFIG],
    samples: ['Error response from daemon: endpoint with name web already exists in network bridge', 'Error response from daemon: Pool overlaps with other one on this address space'],
  },
  {
    id: 'docker.external-connectivity',
    language: 'docker',
    // Below the port-already-allocated pattern, which names the taken port; above "No such container", which a
    // runner's clean-up of the container that could not start prints before it.
    match: /driver failed programming external connectivity on endpoint (?<endpoint>[^\s]{1,200})(?<detail>[^\n]{0,600})/,
    errorType: 'driver failed programming external connectivity',
    category: 'network',
    priority: 32,
    summary: (c) => `Docker could not publish the ports of ${c.endpoint}.`,
    explanation: (c) =>
      `Publishing a port (-p) makes the daemon add NAT rules with iptables and start a proxy on the host port. That failed${/iptables/.test(c.detail ?? '') ? ': iptables refused the rule. Docker\'s own chains were removed (a firewall restart such as firewalld or ufw reloading its rules flushes them), or the iptables in use (nft vs legacy) differs from the one Docker uses' : ''}.`,
    causes: ['A firewall reload that flushed Docker\'s iptables chains', 'iptables-nft vs iptables-legacy mismatch', 'The host port taken by another program'],
    fixes: [fix("Restore Docker's rules", ['Restart the daemon: it recreates its chains. After a firewall reload, restart Docker too (or order the firewall before Docker).', 'On nftables hosts, make Docker and the firewall use the same iptables backend.'], 'sudo systemctl restart docker\nsudo update-alternatives --config iptables')],
    references: [ref('Docker: Packet filtering and firewalls', `${DOCS}/engine/network/packet-filtering-firewalls/`)],
    samples: ["Error response from daemon: driver failed programming external connectivity on endpoint recursing_ardinghelli (3e7bef32cdeb):  (iptables failed: iptables --wait -t nat -A DOCKER -p tcp -d 0/0 --dport 32793 -j DNAT --to-destination 172.17.0.2:0 ! -i docker0: iptables v1.6.0: Port `"],
  },
  {
    id: 'docker.remove-busy',
    language: 'docker',
    // Also Docker 1.10-17.x's wording (Driver overlay2 failed …, devicemapper's "Device is Busy", the shm mount's "Unable to remove filesystem").
    match:
      /[Dd]river "?(?<driver>[\w-]{1,40})"? failed to remove root filesystem[^\n]{0,400}?(?:device or resource busy|[Dd]evice is [Bb]usy)|Unable to remove (?<shm>filesystem) for \w{1,64}: [^\n]{0,300}?device or resource busy|tried to kill container, but did not receive an exit event/,
    errorType: (c) => (c.driver ? 'failed to remove root filesystem' : c.shm ? 'Unable to remove filesystem' : 'did not receive an exit event'),
    category: 'runtime',
    priority: 40,
    summary: (c) => (c.driver || c.shm ? 'Docker could not remove a container: its filesystem is still mounted somewhere.' : 'Docker could not stop the container: the kill signal was not confirmed.'),
    explanation: (c) =>
      c.driver || c.shm
        ? `The ${c.driver ?? 'shm'} mount of the container is held open by another mount namespace: a process started outside Docker that inherited it (often a service with PrivateTmp, or another container mounting /var/lib/docker).`
        : 'The daemon sent the signal, and the runtime never reported the process gone. On Ubuntu this is often AppArmor denying the signal (Docker from the snap, or an AppArmor profile update while containers ran).',
    causes: ['A process in another mount namespace holding the container\'s mount', 'AppArmor denying signals between the daemon and the container', 'A hung process in uninterruptible sleep'],
    fixes: [fix('Find the holder, or restart the daemon', ['Find the process that holds the mount and stop it; then remove the container again.', 'For a kill that is never confirmed, restart Docker (and check dmesg for AppArmor denials).'], 'sudo grep -l <container-id> /proc/*/mountinfo\nsudo dmesg | grep -i apparmor\nsudo systemctl restart docker')],
    references: [ref('Docker: docker container rm', `${DOCS}/reference/cli/docker/container/rm/`)],
    samples: ['Error response from daemon: container 4f2a: driver "overlay2" failed to remove root filesystem: unlinkat /var/lib/docker/overlay2/abc/merged: device or resource busy', 'Error response from daemon: Cannot kill container: web: tried to kill container, but did not receive an exit event'],
  },
  {
    id: 'docker.host-requirement',
    language: 'docker',
    match: /cgroups?: (?<cgroup>cannot find(?:d)? cgroup mount destination|cannot found cgroup mount destination|cgroup mountpoint does not exist)|(?<depth>max depth exceeded)|(?<wsl>WSL [Dd]istro terminated abruptly)/,
    requires: /cgroup|max depth exceeded|WSL [Dd]istro/,
    errorType: (c) => (c.cgroup ? (/mountpoint/.test(c.cgroup) ? 'cgroup mountpoint does not exist' : 'cannot find cgroup mount destination') : c.depth ? 'max depth exceeded' : 'WSL distro terminated abruptly'),
    category: 'runtime',
    priority: 40,
    summary: (c) => (c.cgroup ? 'The host does not offer the cgroup layout the container runtime expects.' : c.depth ? 'The image has more layers than the storage driver allows.' : "Docker Desktop's WSL distribution stopped unexpectedly."),
    explanation: (c) =>
      c.cgroup
        ? 'runc joins the container to control groups at the places it expects to find them mounted. On this host they are missing: a WSL 1 or minimal VM without the systemd cgroup mount, an old Docker on a cgroup v2-only system, or a cgroup hierarchy unmounted after boot.'
        : c.depth
          ? 'overlay2 stacks at most 125 (128 with the container layer) layers. Every RUN, COPY and ADD is a layer, and images built FROM other deep images add up.'
          : 'Docker Desktop runs its engine in a WSL 2 distribution. Something stopped WSL (wsl --shutdown, a Windows update, a crash) or the distribution failed to start (a read-only or full virtual disk, a broken WSL update).',
    causes: (c) =>
      c.cgroup
        ? ['A Docker version older than the host\'s cgroup layout (cgroup v2)', 'WSL or a VM without the cgroup filesystem mounted']
        : c.depth
          ? ['Too many RUN/COPY steps, or a base image that is already deep']
          : ['wsl --shutdown or an update stopped WSL', "A damaged or full WSL virtual disk"],
    fixes: (c) => [
      c.cgroup
        ? fix('Bring the runtime and the host together', ['Update Docker (and containerd/runc) to a release that supports the host\'s cgroup version.', 'On a systemd host the cgroup filesystem is mounted at boot; on WSL use WSL 2 with systemd enabled.'], 'stat -fc %T /sys/fs/cgroup  # cgroup2fs = v2\ndocker version')
        : c.depth
          ? fix('Use fewer layers', ['Combine RUN steps, and use a multi-stage build so the final image starts from a clean base.'], 'RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*')
          : fix('Restart WSL and Docker Desktop', ['Restart Docker Desktop; if it repeats, update WSL and check the disk Docker Desktop uses.'], 'wsl --shutdown\nwsl --update'),
    ],
    references: [ref('Docker: Troubleshoot Docker Desktop', `${DOCS}/desktop/troubleshoot-and-support/troubleshoot/`), ref('Docker: OverlayFS storage driver', `${DOCS}/engine/storage/drivers/overlayfs-driver/`)],
    samples: ['docker: Error response from daemon: cgroups: cannot found cgroup mount destination: unknown.', 'Error response from daemon: max depth exceeded', 'Docker Desktop - WSL Distro terminated abruptly\nA WSL distro that Docker Desktop relies on has exited unexpectedly.'],
  },
  {
    id: 'docker.api-version-mismatch',
    language: 'docker',
    match: /client version (?<client>[\d.]{1,10}) is too new\. Maximum supported API version is (?<server>[\d.]{1,10})|client is newer than server \(client API version: (?<client2>[\d.]{1,10}), server API version: (?<server2>[\d.]{1,10})\)|client version (?<client3>[\d.]{1,10}) is too old\. Minimum supported API version is (?<server3>[\d.]{1,10})/,
    errorType: (c) => (c.client3 ? 'client version is too old' : 'client version is too new'),
    category: 'configuration',
    priority: 40,
    summary: (c) => `The Docker client speaks API ${c.client ?? c.client2 ?? c.client3}, and the daemon ${c.client3 ? 'requires at least' : 'at most'} ${c.server ?? c.server2 ?? c.server3}.`,
    explanation: 'The CLI (or an SDK) and the daemon negotiate an API version. A client pinned to a newer API than the daemon has (an old Docker host, a CI service image, a Synology/NAS daemon) or a daemon that dropped old versions refuses the request.',
    causes: ['A newer CLI or SDK against an older daemon', 'DOCKER_API_VERSION set in the environment', 'An old client against a daemon that dropped that API version'],
    fixes: (c) => [fix('Pin the client to the daemon\'s API, or upgrade the side that is behind', ['Set DOCKER_API_VERSION to the version the daemon supports, or upgrade the daemon.'], `export DOCKER_API_VERSION=${c.server ?? c.server2 ?? c.server3}\ndocker version`)],
    references: [ref('Docker: Engine API version history', `${DOCS}/reference/api/engine/version-history/`)],
    samples: ['Error response from daemon: client version 1.43 is too new. Maximum supported API version is 1.41'],
  },
  {
    id: 'docker.invalid-volume-spec',
    language: 'docker',
    match: /invalid volume specification: '(?<spec>[^'\n]{1,300})'|invalid spec: (?<spec2>[^\s]{0,300}): empty section between colons|invalid mode: (?<mode>[^\s]{1,60})|"(?<volumeName>[^"\n]{1,300})" includes invalid characters for a local volume name|invalid mount path: '(?<mountPath>[^'\n]{1,300})' mount path must be absolute/,
    errorType: (c) =>
      c.mode ? 'invalid mode' : c.volumeName ? 'includes invalid characters for a local volume name' : c.mountPath ? 'mount path must be absolute' : c.spec2 !== undefined ? 'invalid spec' : 'invalid volume specification',
    category: 'configuration',
    priority: 35,
    summary: (c) => `Docker cannot read the volume ${c.spec ?? c.spec2 ?? c.mode ?? c.volumeName ?? c.mountPath}.`,
    explanation: (c) => {
      const lead = "-v and compose's short volume syntax are source:target[:mode].";
      if (c.volumeName) return `${lead} A source without a leading / (./ in compose) is a named volume, and "${c.volumeName}" is not a valid volume name: on the docker command line a relative host path must be made absolute ($(pwd)/data).`;
      if (c.mountPath) return `${lead} The target inside the container must be an absolute path, not "${c.mountPath}".`;
      if (c.spec2 !== undefined) return `${lead} One part is empty: a variable such as \${PWD} or $(pwd) expanded to nothing (not defined in this shell, or cmd.exe/PowerShell syntax differs).`;
      return `${lead} On Windows, the drive letter's colon makes the spec ambiguous (C:\\path:/app); a relative path or a mode that does not exist (rw, ro, z, Z, cached, delegated are valid) is refused too.`;
    },
    causes: ['A variable in the path that expanded to nothing', 'A Windows path with a drive letter in a shell that does not convert it', 'An invalid mode after the last colon'],
    fixes: [fix('Write the mount unambiguously', ['Use --mount with named fields, or forward slashes on Windows (//c/Users/…, or ${PWD} in PowerShell).', 'echo the variables first to see what the spec expanded to.'], 'docker run --mount type=bind,source="$(pwd)"/app,target=/app image\n# PowerShell\ndocker run -v ${PWD}:/app image')],
    references: [ref('Docker: Bind mounts', `${DOCS}/engine/storage/bind-mounts/`)],
    samples: ["Error response from daemon: invalid volume specification: 'C:\\Users\\u\\app:/app'", 'docker: invalid spec: :/app: empty section between colons.'],
  },
  {
    id: 'docker.swarm',
    language: 'docker',
    // docker stack deploy prints the daemon's message with a lower-case "this".
    match: /[Tt]his node is not (?<state>a swarm manager|part of a swarm)|could not choose an IP address to advertise since this system has multiple addresses on interface (?<iface>[\w.-]{1,40})/,
    errorType: (c) => (c.iface ? 'could not choose an IP address to advertise' : `This node is not ${c.state}`),
    category: 'configuration',
    priority: 35,
    summary: (c) =>
      c.iface
        ? `docker swarm init cannot tell which address of ${c.iface} to advertise.`
        : c.state === 'part of a swarm'
          ? 'The command needs a swarm, and this Docker engine is not in one.'
          : 'The command needs a swarm manager, and this node is not one.',
    explanation: (c) =>
      c.iface
        ? `The interface ${c.iface} has more than one address, and swarm needs one that the other nodes can reach.`
        : `Services, stacks, secrets, configs and nodes (docker stack deploy, docker service, docker secret, docker node) are swarm features: this daemon ${c.state === 'part of a swarm' ? 'was never joined to a swarm, or has left it' : 'is not in a swarm, or it is a worker, which may not change or list the cluster\'s state'}.`,
    causes: (c) => (c.iface ? ['Several addresses on one interface'] : ['Swarm mode never initialised on this node', 'A worker node, where manager commands are refused', 'A DOCKER_HOST or docker context pointing at another engine than the swarm manager']),
    fixes: (c) => [
      c.iface
        ? fix(`Name the address of ${c.iface} to advertise`, ['Pass --advertise-addr with the address the other nodes reach.'], 'docker swarm init --advertise-addr 10.0.0.1')
        : fix(c.state === 'part of a swarm' ? 'Initialise or join a swarm first' : 'Initialise a swarm, or run it on a manager', ['docker swarm init on a single host; on a worker, run the command on a manager (docker node ls there), or promote the node.', 'For one host without swarm, docker compose up runs the same file.'], 'docker info --format \'{{.Swarm.LocalNodeState}} manager={{.Swarm.ControlAvailable}}\'\ndocker swarm init\ndocker stack deploy -c docker-compose.yml app'),
    ],
    references: [ref('Docker: Swarm mode', `${DOCS}/engine/swarm/`)],
    samples: [
      'Error response from daemon: This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.',
      'Deploy command: docker stack deploy app -c ops/stack.yml\n\nthis node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again\nmake: *** [deploy] Error 1',
      'Error response from daemon: This node is not a swarm manager. Worker nodes can\'t be used to view or modify cluster state. Please run this command on a manager node or promote the current node to a manager.',
      'Error response from daemon: This node is not part of a swarm',
    ],
  },
  {
    id: 'docker.swarm-no-suitable-node',
    language: 'docker',
    // swarmkit's scheduler, in the ERROR column of docker service ps / docker stack ps: "no suitable node
    // (scheduling constraints not satisfied on 3 nodes; insufficient resources on 1 node)", cut with "…"
    // unless --no-trunc.
    match: /no suitable node(?: \((?<reason>[^)"\n]{1,300}))?/,
    errorType: 'no suitable node',
    category: 'configuration',
    priority: 35,
    summary: (c) => `Swarm cannot place the service's tasks: no node qualifies${c.reason ? ` (${c.reason.replace(/…$/, '')})` : ''}.`,
    explanation: (c) => {
      const r = c.reason ?? '';
      const why: string[] = [];
      if (/constraint/.test(r)) why.push('the placement constraints (node.role, node.hostname, node.labels.*, engine.labels.*) match no node: a label never added with docker node update --label-add, a typo in its name or value, or role==manager in a swarm whose managers are drained');
      if (/insufficient resources/.test(r)) why.push('the CPU or memory reservations (deploy.resources.reservations) exceed what any node has left after the tasks already placed');
      if (/not available/.test(r)) why.push('the nodes are drained, paused or down');
      if (/platform/.test(r)) why.push("the image is built for another platform (architecture or OS) than the nodes'");
      if (/port already in use|host-mode port/.test(r)) why.push('a port published in host mode is already in use on the nodes');
      if (/max replicas/.test(r)) why.push('max_replicas_per_node leaves no room for more tasks');
      return `The swarm scheduler looked at every node and none passed its filters, so the tasks stay Pending until one does.${why.length ? ` Here ${why.join('; and ')}.` : ' The reason in parentheses (docker service ps --no-trunc shows it whole) names the filter: constraints, resources, availability, platform or ports.'}`;
    },
    causes: ['Placement constraints naming a label, hostname or role no node has', 'Resource reservations larger than any node can give', 'Nodes drained, paused or down', 'An image for another architecture than the nodes'],
    fixes: (c) => [
      fix(
        'Compare what the service asks for with what the nodes have',
        [
          `Read the whole reason${c.reason ? ` ("${c.reason.replace(/…$/, '')}")` : ''} with --no-trunc.`,
          "Add the label the constraint expects to the node that should run the task, or fix the constraint; lower the reservations; set drained nodes active again.",
        ],
        "docker service ps --no-trunc <service>\ndocker service inspect --format '{{json .Spec.TaskTemplate.Placement}} {{json .Spec.TaskTemplate.Resources}}' <service>\ndocker node ls\ndocker node inspect --format '{{.Description.Hostname}} {{json .Spec.Labels}} {{.Spec.Availability}}' $(docker node ls -q)\ndocker node update --label-add role=db <node>",
      ),
    ],
    references: [ref('Docker: Deploy services to a swarm (placement constraints)', `${DOCS}/engine/swarm/services/#placement-constraints`), ref('Compose file deploy: placement', `${DOCS}/reference/compose-file/deploy/#placement`)],
    samples: [
      'ID             NAME        IMAGE        NODE   DESIRED STATE   CURRENT STATE            ERROR                                                                 PORTS\nythsey7iev4o   app_web.1   web:1.0             Running         Pending 33 seconds ago   "no suitable node (scheduling constraints not satisfied on 1 node)"',
      'x3k9w0   db_postgres.1   postgres:16        Running   Pending 2 minutes ago   "no suitable node (insufficien…"',
      'no suitable node (1 node not available for new tasks; insufficient resources on 2 nodes)',
    ],
  },
  {
    id: 'docker.entrypoint-missing',
    language: 'docker',
    // The kernel's ENOENT for a script whose interpreter (#!) is missing, or whose first line ends in CR.
    match: /^exec (?<path>\.{0,2}\/?[\w./-]{1,300}): no such file or directory|exec user process caused:? "?no such file or directory/m,
    errorType: 'no such file or directory',
    category: 'runtime',
    priority: 30,
    summary: (c) => `The container's entrypoint${c.path ? ` ${c.path}` : ''} could not be executed: no such file or directory.`,
    explanation: (c) =>
      `The kernel reports "no such file or directory" also when the file exists but its interpreter does not. ${c.path ?? 'The script'}'s first line (#!/bin/bash) names a program that is not in the image (Alpine has no bash), or ends in a Windows carriage return (#!/bin/sh\\r), or the binary is dynamically linked against a libc the image lacks (glibc vs musl).`,
    causes: ['CRLF line endings in the script (checked out on Windows)', 'An interpreter that is not in the image (bash on Alpine)', 'A binary built against glibc in a musl (Alpine) or scratch image', 'The file is missing at that path in the final stage'],
    fixes: (c) => [fix(`Make ${c.path ?? 'the entrypoint'} runnable in the image`, ['Convert the script to LF (and add *.sh text eol=lf to .gitattributes).', 'Install the interpreter, or change the #! line to one the image has.', 'For binaries, build them static or for the image\'s libc.'], `RUN sed -i 's/\\r$//' ${c.path ?? '/usr/local/bin/docker-entrypoint.sh'} && chmod +x ${c.path ?? '/usr/local/bin/docker-entrypoint.sh'}\n# .gitattributes\n*.sh text eol=lf`)],
    references: [ref('Dockerfile reference: ENTRYPOINT', `${DOCS}/reference/dockerfile/#entrypoint`)],
    samples: ['exec /usr/local/bin/docker-entrypoint.sh: no such file or directory', 'standard_init_linux.go:228: exec user process caused: no such file or directory'],
  },
  {
    id: 'docker.daemon-start',
    language: 'docker',
    match: /(?:Error starting daemon|failed to start daemon): (?<reason>[^"\n]{1,300})/,
    requires: /(?:Error starting|failed to start) daemon: /,
    // The reason's own words up to its first colon: "layer does not exist", "error initializing graphdriver".
    errorType: (c) => (/^pid file found\b/.test(c.reason ?? '') ? 'pid file found' : (c.reason ?? 'Error starting daemon').split(/: /)[0].replace(/[.\s]+$/, '')),
    category: 'runtime',
    priority: 35,
    summary: (c) => `dockerd did not start: ${c.reason}`,
    explanation: (c) => {
      const r = c.reason ?? '';
      if (/layer does not exist|graphdriver|overlay|devmapper|aufs/i.test(r))
        return "The daemon could not open its image store under /var/lib/docker: the storage driver's data is damaged (a crash or a full disk while writing), or was written by another storage driver or Docker version.";
      if (/pid file found/i.test(r)) return 'A pid file from an earlier dockerd is still there: another dockerd is running, or one crashed without removing /var/run/docker.pid.';
      if (/network controller|iptables|bridge/i.test(r)) return 'dockerd could not set up its networking: iptables (or nftables) is missing or refuses the rules, or the docker0 bridge cannot be created.';
      return "The daemon stopped during start-up; the reason after the colon is its own, and journalctl -u docker shows the lines before it.";
    },
    causes: ['A damaged image store after a crash or full disk', 'A leftover pid file or a second dockerd', 'Networking (iptables/bridge) that cannot be set up'],
    fixes: [fix("Read the daemon's log, then repair what it names", ['Look at the lines before the failure; for a damaged store, move /var/lib/docker aside (images and containers in it are lost) and start again.'], 'sudo journalctl -u docker --no-pager | tail -50\nsudo systemctl stop docker\nsudo mv /var/lib/docker /var/lib/docker.broken\nsudo systemctl start docker')],
    references: [ref('Docker: Troubleshoot the Docker daemon', `${DOCS}/engine/daemon/troubleshoot/`)],
    samples: ['level=fatal msg="Error starting daemon: layer does not exist"'],
  },
  {
    id: 'docker.daemon-config-conflict',
    language: 'docker',
    // dockerd refuses a setting made twice (a flag in the service's ExecStart and daemon.json), or a key it
    // does not know. journalctl cuts long lines, so the message may end anywhere after "in the conf".
    match: /(?:unable to configure the Docker daemon with file (?<file>[^\s:]{1,300}): )?the following directives (?:are specified both as a flag and in the conf(?:iguration file)?|(?<unknown>don't match any configuration option))(?:: (?<directive>[\w.-]{1,60}))?/,
    requires: /the following directives (?:are specified both|don't match)/,
    errorType: (c) => (c.unknown ? "don't match any configuration option" : 'specified both as a flag and in the configuration file'),
    category: 'configuration',
    // Above the daemon start-up pattern: this names the setting to remove.
    priority: 40,
    summary: (c) =>
      c.unknown
        ? `dockerd does not start: ${c.file ?? 'daemon.json'} has a key it does not know${c.directive ? ` (${c.directive})` : ''}.`
        : `dockerd does not start: ${c.directive ? `"${c.directive}" is` : 'a setting is'} set both by a command-line flag and in ${c.file ?? 'daemon.json'}.`,
    explanation: (c) =>
      c.unknown
        ? `Every key of ${c.file ?? '/etc/docker/daemon.json'} must be a daemon option: a typo, an option of another Docker version, or one that belongs elsewhere (the CLI's ~/.docker/config.json, a systemd unit) stops the daemon.`
        : `dockerd reads its settings from its command line and from ${c.file ?? '/etc/docker/daemon.json'}, and refuses to start when both set the same one${c.directive ? ` (here ${c.directive})` : ''}. The usual case is "hosts": the packaged docker.service starts dockerd with -H fd://, so "hosts" in daemon.json (to listen on TCP) conflicts with it; systemd then restarts the daemon until it gives up ("Start request repeated too quickly").`,
    causes: ['"hosts" in daemon.json while the systemd unit passes -H fd://', 'Another option (storage-driver, data-root, debug) set both in the unit or /etc/default/docker and in daemon.json', 'A key daemon.json does not support'],
    fixes: (c) => [
      fix(
        c.unknown ? `Remove or correct the unknown key in ${c.file ?? 'daemon.json'}` : `Set ${c.directive ?? 'the option'} in one place only`,
        c.unknown
          ? ['Compare the key with the daemon options of your Docker version and validate the file before restarting.']
          : [`Keep ${c.directive ?? 'the option'} in ${c.file ?? 'daemon.json'} and drop the flag from the unit with a systemd override (an empty ExecStart= clears the packaged one), or remove it from the file.`, 'Reload systemd and restart Docker.'],
        `sudo systemctl cat docker | grep ExecStart\nsudo dockerd --validate --config-file ${c.file ?? '/etc/docker/daemon.json'}\n# /etc/systemd/system/docker.service.d/override.conf\n[Service]\nExecStart=\nExecStart=/usr/bin/dockerd\n\nsudo systemctl daemon-reload && sudo systemctl restart docker`,
      ),
    ],
    references: [DAEMON_CONFIG, ref('Docker: Configure remote access for the Docker daemon', `${DOCS}/engine/daemon/remote-access/`)],
    samples: [
      'unable to configure the Docker daemon with file /etc/docker/daemon.json: the following directives are specified both as a flag and in the configuration file: hosts: (from flag: [fd://], from file: [unix:///var/run/docker.sock tcp://0.0.0.0:2375])',
      'Nov 21 16:44:18 node1 dockerd[26519]: unable to configure the Docker daemon with file /etc/docker/daemon.json: the following directives are specified both as a flag and in the conf\nNov 21 16:44:18 node1 systemd[1]: docker.service: Main process exited, code=exited, status=1/FAILURE\nNov 21 16:44:18 node1 systemd[1]: docker.service: Start request repeated too quickly.',
      "failed to start daemon: unable to configure the Docker daemon with file /etc/docker/daemon.json: the following directives don't match any configuration option: insecure-registry",
    ],
  },
  {
    id: 'docker.mounts-denied',
    language: 'docker',
    // The daemon's answer to the CLI or compose (a client library quoting it raises its own exception).
    match: /(?:Error response from daemon: |^)Mounts denied: ?\s{0,3}(?:The path (?<path>\S{1,300}) is not shared from (?:the host|OS X|macOS) and is not known to Docker)?/m,
    errorType: 'Mounts denied',
    category: 'configuration',
    priority: 40,
    summary: (c) => `Docker Desktop may not mount ${c.path ?? 'that host path'}: it is not shared with its VM.`,
    explanation: (c) =>
      `Docker Desktop runs containers in a VM and only mounts host folders listed under Settings → Resources → File sharing (on macOS /Users, /Volumes, /private, /tmp and /var/folders by default). ${c.path ?? 'The path'} is outside them${/^\/tmp\//.test(c.path ?? '') ? ', or /tmp resolves to /private/tmp on macOS' : ''}.`,
    causes: ['A bind-mount source outside Docker Desktop\'s shared folders', 'A symlinked path (macOS /tmp → /private/tmp)'],
    fixes: (c) => [fix(`Share ${c.path ?? 'the folder'} with Docker Desktop, or mount from a shared one`, ['Add the folder under Settings → Resources → File sharing and apply, or move the files under a shared folder such as your home directory.'], `docker run -v "$HOME/project:/app" image   # a folder that is shared\n# or add ${c.path ?? 'the folder'} in Settings → Resources → File sharing`)],
    references: [ref('Docker Desktop: File sharing', `${DOCS}/desktop/settings-and-maintenance/settings/#file-sharing`)],
    samples: ['docker: Error response from daemon: Mounts denied: \nThe path /tmp/.X11-unix is not shared from the host and is not known to Docker.\nYou can configure shared paths from Docker -> Preferences... -> Resources -> File Sharing.'],
  },
  {
    id: 'docker.oci-runtime-missing',
    language: 'docker',
    match: /default OCI runtime "(?<runtime>[\w.-]{1,60})" not found/,
    errorType: 'OCI runtime not found',
    category: 'configuration',
    priority: 40,
    summary: (c) => `Podman's configured OCI runtime ${c.runtime} is not installed.`,
    explanation: (c) => `containers.conf names ${c.runtime} as the runtime that starts containers, and no such binary is in the runtime paths Podman searches. Installing Podman from source or another repository often leaves out crun or runc.`,
    causes: ['crun/runc not installed', 'containers.conf naming a runtime that is not installed'],
    fixes: (c) => [fix(`Install ${c.runtime}, or configure the runtime that is installed`, ['Install the runtime package, or set runtime in containers.conf.'], `sudo apt-get install ${c.runtime}\n# ~/.config/containers/containers.conf\n[engine]\nruntime = "runc"`)],
    references: [ref('containers.conf(5)', 'https://github.com/containers/common/blob/main/docs/containers.conf.5.md')],
    samples: ['Error: default OCI runtime "crun" not found: invalid argument'],
  },
  {
    id: 'docker.podman-oci-permission-denied',
    language: 'docker',
    // Podman names the runtime's failure by its kind: "crun: <what failed>: OCI permission denied" (older
    // releases: "OCI runtime permission denied error"), exit status 126. The phrase is matched first and
    // the lookbehind, run only there, reads back to the nearest runtime name (or "Error: ") for the detail.
    match: /(?<kind>OCI (?:runtime )?permission denied(?: error)?)(?:(?<=(?:(?<runtime>crun|runc|krun|youki|runsc): |Error: )(?<detail>[^\n]{1,300}?): OCI (?:runtime )?permission denied(?: error)?)|)/,
    errorType: (c) => c.kind ?? 'OCI permission denied',
    category: 'permission',
    priority: 40,
    summary: (c) => `The OCI runtime${c.runtime ? ` (${c.runtime})` : ''} was refused while starting the container${c.detail ? `: ${c.detail}` : ''}.`,
    explanation: (c) => {
      const d = c.detail ?? '';
      const lead = `Podman (or a compose tool running on it) asked ${c.runtime ?? 'its OCI runtime'} to start the container, and the kernel refused an operation it needed (EPERM or EACCES).`;
      if (/open executable|exec:/.test(d))
        return `${lead} ${c.runtime ?? 'The runtime'} could not open the command to run: it is a directory, a file without execute permission, a file on a bind mount from a noexec filesystem, or a path SELinux labels do not let the container execute. A parent directory the rootless user may not traverse (a home directory without o+x) has the same effect.`;
      if (/setns|CLONE_|unshare|userns|uid_map|gid_map/.test(d)) return `${lead} Joining or creating the container's namespaces was refused: rootless Podman without enough subordinate IDs, user namespaces restricted by the kernel or its AppArmor settings, or --userns options the host does not allow.`;
      if (/cgroup/.test(d)) return `${lead} The cgroup it writes to was not delegated to this user: rootless Podman on cgroup v1, or a systemd session without cgroup delegation.`;
      return `${lead} The message before "OCI permission denied" names the operation: a file it could not open or execute, a namespace or mount it could not create. SELinux, AppArmor, seccomp, noexec mounts and rootless limits are the usual reasons.`;
    },
    causes: [
      'The command (ENTRYPOINT/CMD or the run arguments) is a directory or lacks execute permission',
      'The executable sits on a noexec mount, or SELinux labels forbid executing it',
      'Rootless Podman without permission on a parent directory, namespaces or cgroups',
    ],
    fixes: (c) => [
      fix(
        'Check the command the container runs, then the security layers',
        [
          'Look at the entrypoint and command the image (or compose) sets, and make the file executable in the image.',
          `For a bind-mounted program, check the mount options of its filesystem and its SELinux label (:z/:Z on the volume relabels it).`,
          `Retry with SELinux separation off, or with the other runtime${c.runtime ? ` than ${c.runtime}` : ''}, to see which layer refuses it${c.detail ? ` ("${c.detail}")` : ''}.`,
        ],
        "podman inspect --format '{{json .Config.Entrypoint}} {{json .Config.Cmd}}' <image>\nRUN chmod +x /usr/local/bin/entrypoint.sh\nfindmnt -T /path/of/the/program -o TARGET,OPTIONS\nsudo ausearch -m avc -ts recent\npodman run --security-opt label=disable <image>" +
          (c.runtime === 'crun' ? '\npodman --runtime runc run <image>' : c.runtime ? '\npodman --runtime crun run <image>' : ''),
      ),
    ],
    references: [ref('Podman: Troubleshooting', 'https://github.com/containers/podman/blob/main/troubleshooting.md'), ref('Red Hat: Container permission denied errors', 'https://www.redhat.com/sysadmin/container-permission-denied-errors')],
    samples: [
      'ERROR: for web  Cannot start service web: crun: open executable: Operation not permitted: OCI permission denied\nERROR: Encountered errors while bringing up the project.',
      'Error: open executable: Operation not permitted: OCI permission denied',
      'Error: crun: setns(pid=87793, CLONE_NEWUSER): Operation not permitted: OCI permission denied',
      "Error: open '/': Permission denied: OCI runtime permission denied error",
    ],
  },
  {
    id: 'docker.compose-project',
    language: 'docker',
    match: /service "(?<service>[^"\n]{1,100})" depends on undefined service "?(?<dependency>[^":\n]{1,100})"?|(?<noFile>no configuration file provided: not found)|Unsupported config option for (?<key>[\w.-]{1,200}): '(?<option>[^'\n]{1,100})'|service must be a mapping, not an? (?<got>\w{1,30})|(?:Network|Volume|network|volume) (?<external>\S{1,200}) declared as external, but could not be found/,
    requires: /depends on undefined service|no configuration file provided|Unsupported config option|service must be a mapping|declared as external/,
    errorType: (c) =>
      c.dependency
        ? 'depends on undefined service'
        : c.noFile
          ? 'no configuration file provided'
          : c.option
            ? 'Unsupported config option'
            : c.external
              ? 'declared as external, but could not be found'
              : 'service must be a mapping',
    category: 'configuration',
    priority: 35,
    summary: (c) =>
      c.dependency
        ? `Service ${c.service} depends on ${c.dependency}, which the compose file does not define.`
        : c.noFile
          ? 'docker compose found no compose file in this directory.'
          : c.option
            ? `${c.key} has an option compose does not know: ${c.option}.`
            : c.external
              ? `${c.external} is declared external, and Docker has no network or volume by that name.`
              : 'A service in the compose file is empty or not a mapping.',
    explanation: (c) =>
      c.dependency
        ? `depends_on must name services of the same project: ${c.dependency} is misspelt, defined in another compose file that is not passed with -f, or disabled by a profile.`
        : c.noFile
          ? 'Without -f, compose looks for compose.yaml, compose.yml, docker-compose.yaml or docker-compose.yml in the current directory and its parents; none is there.'
          : c.external
            ? 'external: true tells compose not to create it: it must exist already (created by hand or by another project, whose compose prefixes its name with the project name).'
            : c.option
            ? `The compose file format has no "${c.option}" there: a typo, a key at the wrong level of indentation (build args belong under build: args:), or an option of another compose version.`
            : 'A service name with nothing (or a list) under it: an indentation mistake that leaves its keys at the wrong level.',
    causes: ['A typo or a wrong indentation level in the compose file', 'Running compose from another directory, or without the -f that names the file'],
    fixes: (c) => [fix(c.dependency ? `Define ${c.dependency}, or fix the name in ${c.service}'s depends_on` : c.external ? `Create ${c.external} first, or let compose create it` : c.noFile ? 'Run compose where the file is, or name it' : c.key ? `Fix ${c.key} in the compose file and check it` : 'Fix the compose file and check it', ['docker compose config parses the file (and the -f files) and prints the result, or the first error.'], c.noFile ? 'docker compose -f path/to/compose.yaml up -d\ndocker compose config' : 'docker compose config')],
    references: [ref('Docker: Compose file reference', `${DOCS}/reference/compose-file/`)],
    samples: ['service "web" depends on undefined service "db": invalid compose project', 'no configuration file provided: not found', "ERROR: The Compose file './docker-compose.yml' is invalid because:\nUnsupported config option for services.web: 'build_args'"],
  },
  {
    id: 'docker.cli-environment',
    language: 'docker',
    match: /(?<multi>Multi-platform build is not supported for the docker driver)|(?<login>Cannot perform an interactive login from a non TTY device)|(?<cpus>Range of CPUs is from [\d.]{1,10} to [\d.]{1,10}), as there are only \d{1,4} CPUs available|(?<memory>Minimum memory limit allowed is \d{1,10}[KMG]?B)|(?<untar>Untar re-exec error): signal: killed/,
    requires: /Multi-platform build|interactive login|Range of CPUs|Minimum memory limit|Untar re-exec error/,
    errorType: (c) => c.multi ?? c.login ?? (c.cpus ? 'Range of CPUs' : undefined) ?? (c.memory ? 'Minimum memory limit allowed' : undefined) ?? c.untar ?? 'docker error',
    category: 'configuration',
    priority: 35,
    summary: (c) =>
      c.multi
        ? 'The default docker builder cannot build for several platforms at once.'
        : c.login
          ? 'docker login asked for a password without a terminal to type it in.'
          : c.untar
            ? 'Unpacking an image layer was killed: the machine ran out of memory.'
            : `The container asks for resources the daemon will not give: ${c.cpus ?? c.memory}.`,
    explanation: (c) =>
      c.multi
        ? "--platform with several platforms needs a builder that can export a multi-platform image: a docker-container (buildx) builder, or Docker's containerd image store."
        : c.login
          ? 'In CI and scripts there is no terminal: pass the password (a token) on standard input.'
          : c.untar
            ? 'The daemon extracts layers in a child process, which the kernel\'s out-of-memory killer stopped: a small VM or container host, or a huge layer.'
            : 'Limits must fit the machine (or Docker Desktop\'s VM): --cpus cannot exceed its CPUs, and memory limits have a minimum.',
    causes: ['A builder or host that does not support the request', 'A script or CI job without a terminal', 'A VM with too little CPU or memory'],
    fixes: (c) => [
      c.multi
        ? fix('Create a buildx builder that can build several platforms', [], 'docker buildx create --name multi --driver docker-container --use\ndocker buildx build --platform linux/amd64,linux/arm64 -t app:1.0 --push .')
        : c.login
          ? fix('Pass the token on standard input', [], 'echo "$REGISTRY_TOKEN" | docker login registry.example.com -u "$REGISTRY_USER" --password-stdin')
          : fix('Fit the request to the machine, or give the machine more', ['Lower --cpus/--memory, or raise Docker Desktop\'s VM resources (Settings → Resources).'], 'docker info --format "{{.NCPU}} CPUs, {{.MemTotal}} bytes"'),
    ],
    references: [ref('Docker: Multi-platform builds', `${DOCS}/build/building/multi-platform/`), ref('Docker: docker login', `${DOCS}/reference/cli/docker/login/`)],
    samples: ['ERROR: Multi-platform build is not supported for the docker driver.\nSwitch to a different driver, or turn on the containerd image store, and try again.', 'Error: Cannot perform an interactive login from a non TTY device'],
  },
  {
    id: 'docker.engine-host',
    language: 'docker',
    match: /'(?<driver>overlay2?|fuse-overlayfs|aufs)' is not supported over (?<fs>overlayfs|aufs|ecryptfs|zfs|btrfs|xfs)|com\.docker\.(?:virtualization|hyperkit|backend)[^\n]{0,40}?: (?<vm>process terminated unexpectedly)|Error code: Wsl\/[\w/]{1,200}\/(?<wslCode>[A-Z][A-Z0-9_]{3,60})/,
    requires: /is not supported over|process terminated unexpectedly|Error code: Wsl\//,
    errorType: (c) => (c.fs ? `not supported over ${c.fs}` : c.vm ? 'process terminated unexpectedly' : (c.wslCode ?? 'WSL error')),
    category: 'runtime',
    priority: 38,
    summary: (c) =>
      c.fs ? `dockerd cannot use the ${c.driver} storage driver on top of ${c.fs}.` : c.vm ? "Docker Desktop's virtual machine stopped unexpectedly." : `WSL could not start Docker Desktop's distribution (${c.wslCode}).`,
    explanation: (c) =>
      c.fs
        ? `The storage driver stacks layers with the kernel's overlay filesystem, which cannot sit on an ${c.fs} mount: Docker running inside a container (docker-in-docker) whose /var/lib/docker is on the outer container's overlay. Give the inner daemon a volume for /var/lib/docker, or use fuse-overlayfs or vfs.`
        : c.vm
          ? "Docker Desktop runs the engine in a VM (Apple's Virtualization framework or HyperKit on macOS). The VM process died: too little memory or disk for it, a macOS update that changed the virtualization framework, or a damaged Docker.raw disk image."
          : /SERVICE_NOT_AVAILABLE|required feature is not installed/.test(c.wslCode ?? '')
            ? "WSL 2 needs Windows' Virtual Machine Platform (and virtualisation enabled in the BIOS/UEFI); the Host Compute Service it uses is not available."
            : "WSL returned this error code while Docker Desktop deployed or started its distribution; the code names the part of WSL that failed.",
    causes: (c) => (c.fs ? ['Docker in Docker with /var/lib/docker on the outer overlay'] : c.vm ? ['Too little memory or disk for the VM', 'A damaged VM disk image, or an OS update'] : ['Virtual Machine Platform not enabled, or virtualisation off in firmware', 'An outdated WSL']),
    fixes: (c) => [
      c.fs
        ? fix('Put the inner /var/lib/docker on a volume', [], 'docker run --privileged -v dind-storage:/var/lib/docker docker:dind')
        : c.vm
          ? fix("Restart Docker Desktop and check the VM's resources", ['Raise memory and disk under Settings → Resources, then Troubleshoot → Restart; if it keeps failing, reset to factory defaults (images are lost).'], null)
          : fix('Enable the Virtual Machine Platform and update WSL', ['Run in an administrator PowerShell, reboot, and check that virtualisation is on in the firmware.'], 'dism.exe /online /enable-feature /featurename:VirtualMachinePlatform /all /norestart\nwsl --update\nwsl --status'),
    ],
    references: [ref('Docker: Troubleshoot Docker Desktop', `${DOCS}/desktop/troubleshoot-and-support/troubleshoot/`), ref('Microsoft Learn: Install WSL', 'https://learn.microsoft.com/windows/wsl/install')],
    samples: ["ERRO[2020-05-11T15:33:01Z] 'overlay2' is not supported over overlayfs    storage-driver=overlay2", 'Error code: Wsl/Service/RegisterDistro/CreateVm/HCS/HCS_E_SERVICE_NOT_AVAILABLE'],
  },
];
