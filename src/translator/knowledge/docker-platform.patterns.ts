import type { Captures, ErrorPattern } from '../rules/error-pattern';
import { fix, ref } from './answer-parts';

/**
 * Docker around the engine, on the platforms it runs on: image archives saved and loaded, platforms
 * and buildx builders (drivers, bake), the CLI's contexts and plugins, compose's env files,
 * interpolation, extends and watch, nerdctl's CNI plugins and BuildKit, CRI clients (crictl), host
 * firewalls flushing Docker's chains, Docker Desktop's shared drives over CIFS, a daemon reached over
 * TCP, Colima's VM and Rosetta, userns-remap and the devicemapper storage driver. The engine's own
 * failures are in docker-engine.patterns.ts, day-to-day operation in docker-operations.patterns.ts.
 */

const DOCS = 'https://docs.docker.com';

const BUILD_DRIVERS = ref('Docker Build: Build drivers', `${DOCS}/build/builders/drivers/`);
const MULTI_PLATFORM = ref('Docker: Multi-platform builds', `${DOCS}/build/building/multi-platform/`);
const CONTEXTS = ref('Docker: Docker contexts', `${DOCS}/engine/manage-resources/contexts/`);
const COMPOSE_ENV = ref('Docker Compose: Set environment variables', `${DOCS}/compose/how-tos/environment-variables/set-environment-variables/`);
const COMPOSE_INTERPOLATION = ref('Docker Compose: Interpolation', `${DOCS}/compose/how-tos/environment-variables/variable-interpolation/`);
const FIREWALLS = ref('Docker: Packet filtering and firewalls', `${DOCS}/engine/network/packet-filtering-firewalls/`);
const NERDCTL_FAQ = ref('nerdctl: FAQs and troubleshooting', 'https://github.com/containerd/nerdctl/blob/main/docs/faq.md');

/** The Docker chain a failed iptables command names (DOCKER, DOCKER-USER, DOCKER-ISOLATION-STAGE-1…). */
const chainOf = (c: Captures): string | undefined => /\b(DOCKER(?:-[\w-]{1,40})?)\b/.exec(`${c.rule ?? ''} ${c.reason ?? ''}`)?.[1];

/** The iptables phrase without the chain it names. */
function iptablesPhrase(reason: string): string {
  if (reason.startsWith('No chain')) return 'No chain/target/match by that name';
  if (reason.startsWith('Chain')) return 'Chain does not exist';
  return "Couldn't load target";
}

/** The user userns-remap maps to, as the daemon's message names it ("dockremap" for "default"). */
const remapUser = (c: Captures): string => /user "?([\w.-]{1,64})"?/.exec(c.reason ?? c.creation ?? '')?.[1] ?? 'dockremap';

/** devicemapper's message as a phrase: its known wordings, else its own words up to the first colon. */
function devmapperPhrase(detail: string): string {
  if (/dm_task_run failed/.test(detail)) return 'dm_task_run failed';
  if (/^Unknown device/.test(detail)) return 'Unknown device';
  if (/^Error mounting/.test(detail)) return 'Error mounting';
  if (/Unable to take ownership of thin-pool/.test(detail)) return 'Unable to take ownership of thin-pool';
  return detail.split(/: /)[0].replace(/[.\s]+$/, '').slice(0, 80);
}

/** Why a CIFS mount of Docker Desktop's shared drive failed, by mount.cifs' error number. */
function cifsWhy(code: string): string {
  switch (code) {
    case '13':
      return "The VM logs in to the Windows share with the account and password Docker Desktop stored when the drive was shared. Windows refused them: the password changed since, the account is a Microsoft or Azure AD account whose login name differs from the one stored, the account has no rights on the drive, or a security policy refuses the VM's NTLM login.";
    case '112':
      return 'The SMB dialect did not match: the Windows side disabled the version the VM asked for (SMB1), or a security product blocks it.';
    case '2':
      return 'The share does not exist: the drive is not (or no longer) shared from Docker Desktop.';
    case '110':
    case '111':
    case '115':
      return "The VM could not reach Windows' file sharing port (445): a firewall or VPN blocks it for Docker's virtual network.";
    default:
      return "mount.cifs reports the system error after the number; the Windows event log (Security) shows the refused logins.";
  }
}

export const DOCKER_PLATFORM_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'docker.image-archive',
    language: 'docker',
    // docker load / import reading a file that is not an image archive, or nothing at all.
    match:
      /(?<lead>Error processing tar file|Untar|Error response from d(?:ae|ea)mon|docker(?:\.exe)? (?:load|import))[^\n]{0,200}?archive\/tar:\s{1,3}(?<tarError>invalid tar header)|(?<stdin>requested load from stdin, but stdin is empty)|open (?<tmp>\/var\/lib\/docker\/tmp\/docker-import-\d{1,20}\/(?<member>[^:\n]{1,200})): no such file or directory/,
    requires: /archive\/tar:\s{1,3}invalid tar header|requested load from stdin|docker-import-\d/,
    errorType: (c) => (c.tarError ? 'invalid tar header' : c.stdin ? 'requested load from stdin, but stdin is empty' : 'no such file or directory'),
    category: 'io',
    // Above the layer-unpacking pattern, which also reads "Error processing tar file".
    priority: 30,
    summary: (c) =>
      c.tarError
        ? 'docker load could not read the file as a tar archive: it is not an image archive, or it is damaged.'
        : c.stdin
          ? 'docker load got nothing to read: no file was given and nothing was piped into it.'
          : `The file loaded is a tar archive, but not one docker save wrote: it has no ${c.member}.`,
    explanation: (c) =>
      c.tarError
        ? 'docker load reads the tar archive docker save (or podman save) writes, optionally compressed with gzip, bzip2 or xz. At the point shown the bytes are not a tar header: the file was cut short or altered on the way (a download that stopped, a transfer in text mode that rewrote line endings, a Git LFS pointer or an HTML error page saved under the archive\'s name), or it is another kind of archive (zip, 7z) named .tar. In a script that loads several archives, only the one printed before the error is damaged.'
        : c.stdin
          ? 'Without -i, docker load reads the archive from standard input. The standard input was a terminal or empty: the file name was not passed with -i (or the redirection < was lost, as in PowerShell, which has no < redirection).'
          : `docker load expects the layout of docker save: manifest.json (and repositories) at the top and one entry per layer. ${c.tmp} is missing, so the archive is a container's filesystem from docker export, or a plain tar of a directory: those are imported with docker import, which makes a one-layer image of them.`,
    causes: (c) =>
      c.tarError
        ? ['A download or copy that was cut short or altered (text-mode FTP, a proxy, an LFS pointer)', 'A file of another format named .tar', 'An archive from another tool than docker save']
        : c.stdin
          ? ['docker load without -i and without a pipe', 'PowerShell, where < redirection does not exist']
          : ['An archive made with docker export (a container filesystem), not docker save', 'A plain tarball of files'],
    fixes: (c) =>
      c.tarError
        ? [fix('Check the archive, and transfer it again in binary form', ['List the archive: an image archive shows manifest.json and the layers. Compare its checksum with the source, and copy it again with scp/rsync (binary) if they differ.'], 'file image.tar\ntar -tvf image.tar | head\nsha256sum image.tar   # compare with the machine that ran docker save\ndocker load -i image.tar')]
        : c.stdin
          ? [fix('Name the archive with -i', ['Pass the file with -i (works in every shell), or pipe it in.'], 'docker load -i image.tar\ngunzip -c image.tar.gz | docker load')]
          : [fix(`Import a filesystem archive with docker import (it has no ${c.member})`, ['docker export pairs with docker import, docker save with docker load; to keep layers and metadata, save the image instead of exporting a container.'], 'docker import container.tar myimage:latest\n# or, where the image exists\ndocker save -o image.tar myimage:latest && docker load -i image.tar')],
    references: [ref('Docker CLI: docker image load', `${DOCS}/reference/cli/docker/image/load/`), ref('Docker CLI: docker image save', `${DOCS}/reference/cli/docker/image/save/`), ref('Docker CLI: docker image import', `${DOCS}/reference/cli/docker/image/import/`)],
    samples: ['Error processing tar file(exit status 1): archive/tar: invalid tar header', 'requested load from stdin, but stdin is empty', 'open /var/lib/docker/tmp/docker-import-970689518/repositories: no such file or directory'],
  },
  {
    id: 'docker.buildx-docker-driver',
    language: 'docker',
    // Buildx's default builder (the "docker" driver) and what it cannot export; older buildx words it
    // "… feature is currently not supported for docker driver". Below the multi-platform wording of
    // docker.cli-environment, which explains that one.
    match:
      /(?<oldFeature>[a-z][\w -]{0,40}?) feature is currently not supported for docker driver|(?<feature>[A-Z][\w -]{0,40}?) is not supported for the docker driver|(?<manifestLists>docker exporter does not currently support exporting manifest lists)/,
    requires: /not supported for (?:the )?docker driver|does not currently support exporting manifest lists/,
    errorType: (c) => (c.oldFeature ? `${c.oldFeature} feature is currently not supported` : c.feature ? `${c.feature} is not supported for the docker driver` : 'docker exporter does not currently support exporting manifest lists'),
    category: 'configuration',
    priority: 34,
    summary: (c) =>
      c.manifestLists
        ? 'A multi-platform build cannot be loaded into the local image store (--load).'
        : `The buildx builder in use (the "docker" driver) cannot do this: ${c.oldFeature ?? c.feature}.`,
    explanation: (c) =>
      c.manifestLists
        ? "--load exports the result with the docker exporter into the daemon's image store, which (without the containerd image store) holds one platform per tag. A build for several platforms is a manifest list and can only be pushed to a registry or exported as an OCI archive."
        : `Buildx's default builder uses the "docker" driver: BuildKit inside the daemon, which writes results straight into the daemon's classic image store. That driver cannot build for several platforms at once, export or import build cache (type=gha, registry, local), add attestations (SBOM, provenance) or export OCI archives. A builder with the docker-container driver runs BuildKit in a container and can; so can the daemon with the containerd image store turned on. In CI, docker/setup-buildx-action creates such a builder.`,
    causes: (c) =>
      c.manifestLists
        ? ['--load (or load: true in CI) with several platforms', 'A classic image store, which holds one platform per tag']
        : ['The default builder (docker driver) selected', 'A CI job without docker/setup-buildx-action before the build', 'Cache export, attestations or several platforms requested from it'],
    fixes: (c) =>
      c.manifestLists
        ? [fix('Push the multi-platform image, or load one platform', ['Push it (--push), or build with --load for the platform of this machine only.'], 'docker buildx build --platform linux/amd64,linux/arm64 -t registry.example.com/app:1.0 --push .\ndocker buildx build --platform linux/amd64 -t app:dev --load .')]
        : [
            fix(`Create a docker-container builder for ${c.oldFeature ?? c.feature}`, ['Create and select a builder that runs BuildKit in a container; in GitHub Actions add docker/setup-buildx-action before the build step. Or turn on the containerd image store (Docker Desktop: Settings → General).'], 'docker buildx create --name container-builder --driver docker-container --use --bootstrap\ndocker buildx ls\n# GitHub Actions\n- uses: docker/setup-buildx-action@v3'),
          ],
    references: [BUILD_DRIVERS, MULTI_PLATFORM, ref('Docker Build: Cache storage backends', `${DOCS}/build/cache/backends/`)],
    samples: [
      'Error: buildx failed with: ERROR: multiple platforms feature is currently not supported for docker driver. Please switch to a different driver (eg. "docker buildx create --use")',
      'ERROR: failed to build: Cache export is not supported for the docker driver.\nSwitch to a different driver, or turn on the containerd image store, and try again.',
      'ERROR: docker exporter does not currently support exporting manifest lists',
    ],
  },
  {
    id: 'docker.buildx-bake',
    language: 'docker',
    match: /(?:^|ERROR: )failed to find target (?<target>[^\s]{1,100})[ \t]{0,20}$|(?<noDefinition>couldn't find a bake definition)/m,
    requires: /failed to find target|couldn't find a bake definition/,
    errorType: (c) => (c.noDefinition ? "couldn't find a bake definition" : 'failed to find target'),
    category: 'configuration',
    priority: 35,
    summary: (c) => (c.noDefinition ? 'docker buildx bake found no bake file to read.' : `docker buildx bake has no target or group named ${c.target}.`),
    explanation: (c) =>
      c.noDefinition
        ? 'Without -f, bake reads docker-bake.hcl, docker-bake.json, compose.yaml/docker-compose.yml and their .override variants from the current directory. None is there: bake runs from another directory (a CI step or a script that changed directory), or the file has another name.'
        : c.target === 'default'
          ? 'Without a target on the command line bake builds the target or group named "default", and the files read define none.'
          : `Each argument of bake names a target or a group in the files it read. ${c.target} is not among them: a typo, a target defined in a file not passed with -f (passing -f replaces the default file list), or a compose service named differently.`,
    causes: ['Running bake from another directory, or without the -f that names the file', 'A typo in the target name', 'No "default" group when bake runs without a target'],
    fixes: (c) =>
      c.noDefinition
        ? [fix('Run bake where the bake file is, or name it', [], 'docker buildx bake -f path/to/docker-bake.hcl\ndocker buildx bake --print')]
        : [
            fix(`List the targets bake sees, then build ${c.target}`, ['Print what bake resolved from its files; define the target (or a "default" group) or pass the file that defines it.'], `docker buildx bake --list=targets\ndocker buildx bake -f docker-bake.hcl --print ${c.target}\n# docker-bake.hcl\ngroup "default" {\n  targets = ["${c.target === 'default' ? 'app' : c.target}"]\n}`),
          ],
    references: [ref('Docker Build: Bake', `${DOCS}/build/bake/`), ref('Docker Build: Bake file reference', `${DOCS}/build/bake/reference/`)],
    samples: ['=> [internal] load local bake definitions\n=> => reading docker-bake.hcl 1.02kB / 1.02kB\nERROR: failed to find target web-alpine', "ERROR: couldn't find a bake definition"],
  },
  {
    id: 'docker.buildx-builder',
    language: 'docker',
    match: /no builder "(?<builder>[^"\n]{1,100})" found|(?<tlsEnv>could not create a builder instance with TLS data loaded from environment)/,
    requires: /no builder "|could not create a builder instance/,
    errorType: (c) => (c.builder ? 'no builder found' : 'could not create a builder instance with TLS data loaded from environment'),
    category: 'configuration',
    priority: 35,
    summary: (c) => (c.builder ? `buildx has no builder named ${c.builder}.` : 'buildx cannot make a builder from the DOCKER_HOST and TLS variables of this shell.'),
    explanation: (c) =>
      c.builder
        ? `Builders are kept per user (~/.docker/buildx). ${c.builder} was never created here, was removed (docker buildx rm, a reset of Docker Desktop), or was created by another user or in a CI job whose state is gone.`
        : 'DOCKER_HOST, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH (as docker-machine env sets them) point at a TLS daemon, and buildx only builds on endpoints stored as a context.',
    causes: (c) => (c.builder ? ['A builder name from another machine, user or CI job', 'The builder was removed'] : ['docker-machine env (or a script) set DOCKER_HOST and TLS variables in this shell']),
    fixes: (c) =>
      c.builder
        ? [fix(`Create ${c.builder}, or use one that exists`, [], `docker buildx ls\ndocker buildx create --name ${c.builder} --driver docker-container --use`)]
        : [fix('Store the endpoint as a context and build on it', ['Create a context from the environment, then a builder on that context (or unset the variables to build locally).'], 'docker context create remote --docker "host=$DOCKER_HOST,ca=$DOCKER_CERT_PATH/ca.pem,cert=$DOCKER_CERT_PATH/cert.pem,key=$DOCKER_CERT_PATH/key.pem"\nunset DOCKER_HOST DOCKER_TLS_VERIFY DOCKER_CERT_PATH\ndocker buildx create --name remote-builder remote --use')],
    references: [ref('Docker Build: Manage builders', `${DOCS}/build/builders/manage/`), CONTEXTS],
    samples: ['ERROR: no builder "mybuilder" found', 'ERROR: could not create a builder instance with TLS data loaded from environment. Please use `docker context create <context-name>` to create a context for current environment and then create a builder instance with context set to <context-name>'],
  },
  {
    id: 'docker.cli-plugin-missing',
    language: 'docker',
    // The CLI's plugins are separate packages; older CLIs say "is not a docker command" (for compose and
    // buildx, docker.compose-version-unsupported answers), current ones "unknown command: docker x".
    match: /docker: '(?!(?:compose|buildx)')(?<plugin>[\w-]{1,40})' is not a docker command|docker: unknown command: docker (?<plugin2>[\w-]{1,40})/,
    requires: /is not a docker command|unknown command: docker /,
    errorType: (c) => (c.plugin ? 'is not a docker command' : 'unknown command'),
    category: 'dependency',
    priority: 35,
    summary: (c) => `The docker CLI has no command ${c.plugin ?? c.plugin2}: the plugin that provides it is not installed, or the name is mistyped.`,
    explanation: (c) =>
      /^(?:buildx|compose|scan|scout|sbom|init|debug)$/.test(c.plugin ?? c.plugin2 ?? '')
        ? `docker ${c.plugin ?? c.plugin2} is a CLI plugin, a separate executable the CLI looks for in ~/.docker/cli-plugins and /usr/libexec/docker/cli-plugins (/usr/local/lib/docker/cli-plugins). Distribution packages of docker (docker.io) and static binaries come without it; Docker Desktop and Docker's own repositories ship it as docker-${c.plugin ?? c.plugin2}-plugin. The stand-alone docker-compose (with a hyphen) is another program.`
        : `The CLI knows no ${c.plugin ?? c.plugin2} command: a typo, or a plugin that is not installed in its plugin directories.`,
    causes: ['Docker installed from the distribution (docker.io) or as static binaries, without the plugin packages', 'A plugin installed for another user (~/.docker/cli-plugins)', 'A mistyped command'],
    fixes: (c) => [
      fix(`Install the plugin that provides docker ${c.plugin ?? c.plugin2}`, ["From Docker's apt/yum repository install the plugin package, or put the plugin's binary in ~/.docker/cli-plugins and make it executable."], `sudo apt-get install docker-${c.plugin ?? c.plugin2}-plugin\ndocker ${c.plugin ?? c.plugin2} version\nls ~/.docker/cli-plugins /usr/libexec/docker/cli-plugins`),
    ],
    references: [ref('Docker Engine: Install on Ubuntu', `${DOCS}/engine/install/ubuntu/`), ref('Docker Compose: Install the plugin manually', `${DOCS}/compose/install/linux/`)],
    samples: ["docker: 'scout' is not a docker command.\nSee 'docker --help'", "docker: unknown command: docker compose\n\nRun 'docker --help' for more information"],
  },
  {
    id: 'docker.image-platform',
    language: 'docker',
    match: /image with reference (?<image>\S{1,300}) was found but (?:its platform \([^)\n]{1,60}\) )?does not match the specified platform(?:: wanted (?<wanted>[\w/.-]{1,60}), actual: (?<actual>[\w/.-]{1,60})| \((?<wanted2>[\w/.-]{1,60})\))?/,
    requires: /does not match the specified platform/,
    errorType: 'does not match the specified platform',
    category: 'configuration',
    priority: 45,
    summary: (c) => `The local ${c.image} is ${c.actual ? `for ${c.actual}` : 'for another platform'}, not for ${c.wanted ?? c.wanted2 ?? 'the platform asked for'}.`,
    explanation: (c) =>
      `--platform (or platform: in compose, or DOCKER_DEFAULT_PLATFORM) asks for ${c.wanted ?? c.wanted2 ?? 'a platform'}, and the image stored under that name locally was pulled or built for ${c.actual ?? 'another one'}. The classic image store keeps one platform per tag, so a later pull or build for another platform replaced it, or the image was built locally on a machine of the other architecture.`,
    causes: ['An image built locally on another architecture (Apple Silicon vs amd64)', 'A pull for one platform replaced the tag pulled for another', 'DOCKER_DEFAULT_PLATFORM set in the shell'],
    fixes: (c) => [
      fix(`Pull or build ${c.image} for ${c.wanted ?? c.wanted2 ?? 'the platform you need'}`, ['Pull that platform explicitly, or build it; or drop --platform to use the local image as it is.'], `docker pull --platform ${c.wanted ?? c.wanted2 ?? 'linux/amd64'} ${c.image}\ndocker buildx build --platform ${c.wanted ?? c.wanted2 ?? 'linux/amd64'} -t ${c.image} --load .\ndocker image inspect --format '{{.Os}}/{{.Architecture}}' ${c.image}`),
    ],
    references: [MULTI_PLATFORM],
    samples: ['Error response from daemon: image with reference myapp:latest was found but does not match the specified platform: wanted linux/amd64, actual: linux/arm64'],
  },
  {
    id: 'docker.rosetta',
    language: 'docker',
    // Docker Desktop (and Colima/Lima with vz) run amd64 binaries on Apple Silicon with Rosetta.
    match: /rosetta error: (?:(?<elf>failed to open elf) at (?<loader>\S{1,200})|(?<onlyApple>Rosetta is only intended to run on Apple Silicon)[^\n]{0,200})/,
    requires: /rosetta error: /,
    errorType: (c) => (c.elf ? 'failed to open elf' : 'Rosetta is only intended to run on Apple Silicon'),
    category: 'runtime',
    priority: 40,
    summary: (c) =>
      c.elf ? `Rosetta could not start an amd64 program in the container: the image has no ${c.loader}.` : 'The amd64 program in the container was handed to Rosetta where Rosetta cannot run.',
    explanation: (c) =>
      c.elf
        ? `On Apple Silicon, Docker runs linux/amd64 containers through Rosetta, which needs the program's dynamic loader. ${c.loader} is glibc's x86-64 loader: the image (often Alpine, with musl) or a binary copied into it expects a loader the image does not have, or an arm64 image runs an amd64 binary downloaded at build time.`
        : "Rosetta for Linux only runs inside a VM started by Apple's Virtualization framework with Rosetta enabled. The VM was started without it (Docker Desktop's QEMU or another VM type, a Colima instance created without --vz-rosetta), or the binfmt registration points at Rosetta in a VM that does not provide it.",
    causes: (c) =>
      c.elf
        ? ['An amd64 binary in an image without glibc (Alpine, distroless static)', 'An arm64 image that downloads amd64 tools during the build']
        : ["The VM does not use Apple's Virtualization framework with Rosetta", 'A binfmt handler left pointing at Rosetta'],
    fixes: (c) =>
      c.elf
        ? [fix(`Give the binary its loader (${c.loader}), or use a native arm64 build`, ['Use an image and binaries of the same architecture (an arm64 build of the tool, or --platform linux/amd64 for the whole image); on Alpine, gcompat or libc6-compat provides a glibc loader.'], 'docker run --platform linux/arm64 ...\n# Alpine\nRUN apk add --no-cache gcompat\ndocker image inspect --format \'{{.Architecture}}\' <image>')]
        : [fix('Enable Rosetta for the VM, or turn it off for QEMU emulation', ["Docker Desktop: Settings → General → Use Virtualization framework, and 'Use Rosetta for x86_64/amd64 emulation'. Colima: recreate the instance with vz and Rosetta."], 'softwareupdate --install-rosetta --agree-to-license\ncolima start --vm-type vz --vz-rosetta')],
    references: [ref('Docker Desktop: Settings (Rosetta)', `${DOCS}/desktop/settings-and-maintenance/settings/`), ref('Apple: If you need to install Rosetta on your Mac', 'https://support.apple.com/102527')],
    samples: ['rosetta error: failed to open elf at /lib64/ld-linux-x86-64.so.2\n Trace/breakpoint trap', 'rosetta error: Rosetta is only intended to run on Apple Silicon with a macOS host using Virtualization.framework with Rosetta mode enabled'],
  },
  {
    id: 'docker.context-not-found',
    language: 'docker',
    // kubectl's own "error: context "x" does not exist" is Kubernetes', hence the look-behind.
    match:
      /context "(?<context>[^"\n]{1,100})": context not found|(?<!error: )context "(?<context2>[^"\n]{1,100})" does not exist|Current context "(?<current>[^"\n]{1,100})" is not found on the file system|unable to resolve docker endpoint: open (?<certFile>[^\n]{1,300}?(?:ca|cert|key)\.pem)/,
    requires: /context not found|does not exist|is not found on the file system|unable to resolve docker endpoint/,
    errorType: (c) => (c.context2 ? 'context does not exist' : c.certFile ? 'unable to resolve docker endpoint' : 'context not found'),
    category: 'configuration',
    priority: 40,
    summary: (c) =>
      c.certFile
        ? `The docker CLI cannot read the TLS certificate ${c.certFile} that DOCKER_CERT_PATH points to.`
        : `The docker CLI is set to use the context ${c.context ?? c.context2 ?? c.current}, which does not exist in its configuration.`,
    explanation: (c) =>
      c.certFile
        ? 'DOCKER_HOST with DOCKER_TLS_VERIFY and DOCKER_CERT_PATH (left in the shell or profile by docker-machine env, or set by a CI variable) tell the CLI to reach a daemon over TLS with the certificates in that directory, and they are gone: the docker-machine VM was removed, or the variables come from another machine.'
        : `The CLI picks its daemon from the current context (docker context use, saved as currentContext in config.json, or DOCKER_CONTEXT), whose endpoint is stored under contexts/meta/ in the CLI's configuration directory. ${c.context ?? c.context2 ?? c.current} has no entry there: it was removed, Docker Desktop (which creates desktop-linux) was uninstalled or reset, or the CLI runs with another DOCKER_CONFIG — a tool that gives docker a temporary configuration directory (as some IDE publish steps do) keeps your currentContext but not your contexts.`,
    causes: (c) =>
      c.certFile
        ? ['DOCKER_HOST/DOCKER_TLS_VERIFY/DOCKER_CERT_PATH left from docker-machine env', 'A removed docker-machine VM']
        : ['A context that was removed, or Docker Desktop reset or uninstalled', 'DOCKER_CONTEXT or currentContext naming a context of another machine', 'docker run by a tool with its own DOCKER_CONFIG directory'],
    fixes: (c) =>
      c.certFile
        ? [fix('Clear the variables, or point them at a daemon that exists', ['Unset the docker-machine variables (also in your shell profile) to use the local daemon, or regenerate the machine\'s environment.'], `ls ${c.certFile}\nunset DOCKER_HOST DOCKER_TLS_VERIFY DOCKER_CERT_PATH DOCKER_MACHINE_NAME\ndocker context use default`)]
        : [
            fix(`Switch to a context that exists instead of ${c.context ?? c.context2 ?? c.current}`, ['List the contexts, select one (default is the local daemon), and check DOCKER_CONTEXT; start Docker Desktop again to recreate desktop-linux.'], `docker context ls\ndocker context use default\necho "$DOCKER_CONTEXT $DOCKER_CONFIG"\n# or remove "currentContext": "${c.context ?? c.context2 ?? c.current}" from ~/.docker/config.json`),
          ],
    references: [CONTEXTS, ref('Docker CLI: Environment variables', `${DOCS}/reference/cli/docker/#environment-variables`)],
    samples: [
      'Failed to initialize: unable to resolve docker endpoint: context "desktop-linux": context not found: open C:\\Users\\dev\\.docker\\contexts\\meta\\fe9c6bd7a66301f49ca9b6a70b217107cd1284598bfc254700c989b916da791e\\meta.json: The system cannot find the path specified.',
      'context "colima" does not exist',
      'unable to resolve docker endpoint: open /Users/dev/.docker/machine/machines/default/ca.pem: no such file or directory',
    ],
  },
  {
    id: 'docker.compose-env-file',
    language: 'docker',
    match:
      /[Cc]ouldn't find env file: (?<file>[^\s]{1,300})|env file (?<file2>\S{1,300}) not found: stat |unexpected character "(?<char>[^"\n]{1,4})" in variable name(?: near "(?<near>[^"\n]{0,100}))?|(?:poorly formatted environment|invalid env file \((?<file3>[^)\n]{1,300})\)): variable '(?<variable>[^'\n]{1,100})' contains whitespaces?/,
    requires: /find env file|env file \S{1,300} not found|in variable name|contains whitespace/,
    errorType: (c) => (c.file ? "Couldn't find env file" : c.file2 ? 'env file not found' : c.char ? 'unexpected character in variable name' : 'contains whitespaces'),
    category: 'configuration',
    priority: 35,
    summary: (c) =>
      c.file ?? c.file2
        ? `Compose cannot find the env file ${c.file ?? c.file2}.`
        : c.char
          ? `An env file has a variable name with "${c.char}" in it, which compose does not accept.`
          : `The env file${c.file3 ? ` ${c.file3}` : ''} has a variable name with a space in it: '${c.variable}'.`,
    explanation: (c) =>
      c.file ?? c.file2
        ? `A service's env_file: (or --env-file on the command line) names ${c.file ?? c.file2}, and it does not exist. Relative env_file paths are resolved from the compose file's directory, not from where the command runs. Env files usually hold secrets and are kept out of git, so a fresh clone, a CI runner or a server has none until it is created.`
        : c.char
          ? 'Each line of an env file is NAME=value, and a name may only contain letters, digits, underscores and dots. A dash, a space or a quote before the = makes the line invalid (export NAME=value is accepted).'
          : 'docker run --env-file (and older compose) reads NAME=value lines, and the part before = must not contain spaces: a line like "API KEY=x", or spaces around the =.',
    causes: (c) =>
      c.file ?? c.file2
        ? ['The env file is not committed (.gitignore) and was not created where compose runs', 'A path relative to another directory than the compose file', 'A typo (.env.example vs .env)']
        : ['A dash, space or other character in a variable name', 'Spaces around the = sign'],
    fixes: (c) =>
      c.file ?? c.file2
        ? [
            fix(`Create ${c.file ?? c.file2}, or make it optional`, ['Create the file from its template where compose runs (secrets come from your secret store), or mark it optional (compose 2.24+).'], `cp .env.example ${c.file ?? c.file2}\n# compose.yaml\nservices:\n  app:\n    env_file:\n      - path: ${c.file ?? c.file2}\n        required: false`),
          ]
        : [fix(c.variable ? `Rename '${c.variable}' without spaces` : 'Use only letters, digits and underscores in names', ['Write each line as NAME=value, with no spaces around = and no dashes in the name; check the result.'], `grep -nvE '^(#|$|[A-Za-z_][A-Za-z0-9_.]*=)' ${c.file3 ?? '.env'}\ndocker compose config`)],
    references: [COMPOSE_ENV, ref('Docker Compose: env_file', `${DOCS}/reference/compose-file/services/#env_file`)],
    samples: ['ERROR: Couldn\'t find env file: /home/app/secrets_sql.env', 'env file /srv/app/.env.prod not found: stat /srv/app/.env.prod: no such file or directory', 'failed to read /srv/app/.env: line 3: unexpected character "-" in variable name near "DB-HOST=db\\n"'],
  },
  {
    id: 'docker.compose-required-variable',
    language: 'docker',
    // ${VAR:?message} and ${VAR?message}: compose v2 (compose-go) and v1's wording.
    match:
      /(?:error while interpolating (?<where>[^\s:]{1,200}): |invalid interpolation format for (?<where2>[^\s:]{1,200}):\s{0,3})?required variable (?<variable>[A-Za-z_]\w{0,100}) is missing a value(?:: (?<message>[^\n]{0,200}))?|Missing mandatory value for "(?<option>[^"\n]{1,100})" option interpolating [^\n]{0,500}? in (?:service|network|volume|secret|config) "(?<service>[^"\n]{1,100})": (?<detail>[^\n]{1,200})/,
    requires: /is missing a value|Missing mandatory value for/,
    errorType: (c) => (c.option ? 'Missing mandatory value' : 'required variable is missing a value'),
    category: 'configuration',
    priority: 36,
    summary: (c) =>
      c.variable
        ? `The compose file requires ${c.variable}, and it is not set${c.message ? `: ${c.message}` : ''}.`
        : `The compose file requires a variable in ${c.service}'s ${c.option} that is not set: ${c.detail}.`,
    explanation: (c) =>
      `${c.variable ? `\${${c.variable}:?…}` : 'A ${VAR?…} or ${VAR:?…}'} in the compose file${c.where ?? c.where2 ? ` (at ${c.where ?? c.where2})` : ''} marks the variable as required: compose stops when it is unset (or, with :?, empty). Compose takes variables from the shell's environment and from the .env file of the project directory (the compose file's directory) — not from env_file:, which only sets the containers' environment, and not from a --env-file that replaces .env. sudo, CI steps and Portainer stacks start without your shell's variables.`,
    causes: ['The variable is not exported in the shell that runs compose (or sudo dropped it)', 'The .env file is in another directory than the compose file, or --env-file names another file', 'Expecting env_file: to feed interpolation'],
    fixes: (c) => [
      fix(
        c.variable ? `Set ${c.variable} where compose reads it` : `Set the variable ${c.service}'s ${c.option} needs`,
        ['Put it in the .env next to the compose file (or pass --env-file), or export it in the shell that runs compose; then check the result.'],
        `${c.variable ? `echo '${c.variable}=change-me' >> .env\n# or\nexport ${c.variable}=change-me` : 'echo \'NAME=change-me\' >> .env'}\ndocker compose config`,
      ),
    ],
    references: [COMPOSE_INTERPOLATION, COMPOSE_ENV],
    samples: [
      'error while interpolating x-moodle-environment.MOODLE_DB_PASSWORD: required variable MOODLE_DB_PASSWORD is missing a value: Set MOODLE_DB_PASSWORD in .env',
      'ERROR: Missing mandatory value for "environment" option interpolating [\'POSTGRES_USER=${DB_USER?}\'] in service "postgres": DB_USER',
    ],
  },
  {
    id: 'docker.compose-interpolation',
    language: 'docker',
    match:
      /(?<v1>Invalid interpolation format) for "(?<option>[^"\n]{1,100})" option in (?:service|network|volume|secret|config) "(?<service>[^"\n]{1,100})": "(?<template>[^\n]{0,200}?)"|invalid interpolation format for (?<where>[^\s:]{1,200})/,
    requires: /nvalid interpolation format for/,
    errorType: 'Invalid interpolation format',
    category: 'syntax',
    priority: 35,
    summary: (c) => `Compose cannot read a $ in ${c.service ? `${c.service}'s ${c.option}` : c.where}${c.template ? `: ${c.template}` : ''}.`,
    explanation: (c) =>
      `Compose substitutes $NAME and \${NAME} anywhere in the file before parsing it, so every other $ is read as the start of a variable. A literal dollar sign (in a password, a shell command in command: or healthcheck:, a regular expression, a label such as \${1}) must be written $$; an unclosed \${ or a shell-only form (\${VAR/x/y}, \${VAR:0:3}) is invalid too.${c.service === 'services' ? ' Here the "service" is named services: a docker-compose this old reads the file as the first compose format (no services: level); update it to compose v2.' : ''}`,
    causes: ['A literal $ not written as $$', 'An unclosed ${ or a bash-only substitution', 'A compose version too old for ${VAR:-default}'],
    fixes: (c) => [
      fix(`Escape the dollar signs in ${c.service ? `${c.service}'s ${c.option}` : c.where}`, ['Double every $ that is not a compose variable, then check the file.'], `# compose.yaml\n    healthcheck:\n      test: ["CMD-SHELL", "wget -q --spider http://localhost:3030/$$/ping"]\ndocker compose config`),
    ],
    references: [COMPOSE_INTERPOLATION],
    samples: ['ERROR: Invalid interpolation format for "healthcheck" option in service "fuseki": "wget -q --spider http://localhost:3030/$/ping"', 'invalid interpolation format for services.traefik.labels.[]: "traefik.http.middlewares.strip.replacepathregex.replacement=/${1}"'],
  },
  {
    id: 'docker.compose-variable-not-set',
    language: 'docker',
    // A warning: any real error printed with it is answered by its own (higher) pattern.
    match: /The "?(?<variable>[A-Za-z_]\w{0,100})"? variable is not set\. Defaulting to a blank string/,
    requires: /variable is not set\. Defaulting to a blank string/,
    errorType: 'variable is not set',
    category: 'configuration',
    priority: 2,
    summary: (c) => `${c.variable} is used in the compose file but not set: compose replaced it with an empty string.`,
    explanation: (c) =>
      `\${${c.variable}} (or $${c.variable}) in the compose file has no value in the shell's environment or in the project's .env file, so compose substitutes nothing and goes on. An image name, a port or a password that ends up empty usually makes something else fail later.`,
    causes: ['The variable is not exported, or .env is in another directory than the compose file', 'A typo in the variable name'],
    fixes: (c) => [fix(`Give ${c.variable} a value or a default`, ['Set it in .env next to the compose file, or give it a default in the file.'], `echo '${c.variable}=value' >> .env\n# or in compose.yaml\nimage: "app:\${${c.variable}:-latest}"`)],
    references: [COMPOSE_INTERPOLATION],
    samples: ['WARN[0000] The "TAG" variable is not set. Defaulting to a blank string.'],
  },
  {
    id: 'docker.compose-extends',
    language: 'docker',
    match:
      /Cannot extend service '(?<service>[^'\n]{1,100})' in (?<file>\S{1,300}?): (?<reason>Service not found|services with '(?<key>[^'\n]{1,60})' cannot be extended)|cannot extend service "(?<service2>[^"\n]{1,100})" in (?<file2>\S{1,300}?): (?:service "(?<base>[^"\n]{1,100})" not found(?: in (?<baseFile>\S{1,300}))?|(?<reason2>no services section|services must be a mapping))|Circular reference:\s{1,5}(?<cycle>\S{1,100}) in (?<cycleFile>\S{1,300})\s{1,5}extends /,
    requires: /annot extend service|Circular reference:/,
    errorType: (c) => (c.cycle ? 'Circular reference' : 'Cannot extend service'),
    category: 'configuration',
    priority: 35,
    summary: (c) =>
      c.cycle
        ? `The extends: of ${c.cycle} (${c.cycleFile}) loop back to a service already in the chain.`
        : c.key
          ? `${c.service} in ${c.file} cannot be extended: it has ${c.key}.`
          : c.service
            ? `Compose cannot extend service ${c.service}: ${c.file} does not define it.`
            : c.base
              ? `${c.service2} extends ${c.base}, which ${c.baseFile ?? c.file2} does not define.`
              : `${c.service2} extends a file with ${c.reason2}.`,
    explanation: (c) =>
      c.cycle
        ? 'extends: copies another service\'s configuration; a service that (through others) extends itself would never end, so compose stops and prints the chain.'
        : c.key
          ? `docker-compose v1 does not copy ${c.key} from a base service (links, volumes_from, depends_on and net: container point at other services of the base file). Put ${c.key} in the service that extends it.`
          : `extends: { service: X, file: F } copies service X from F (or from the same file when file: is absent). Compose reads only that file: a service defined in another -f file, or in an override file, is not there. The name may be misspelt, or the file path is resolved relative to the file that has the extends:, not the current directory.`,
    causes: ['A misspelt service name in extends:', 'The base service lives in another file than file: names', 'A file: path relative to another directory'],
    fixes: (c) => [
      c.cycle
        ? fix(`Break the loop that starts at ${c.cycle} in ${c.cycleFile}`, ['Make one service in the chain the base that extends nothing.'], 'docker compose config')
        : fix(
            c.service ? `Define ${c.service} in ${c.file}, or point extends: at the file that has it` : `Point ${c.service2}'s extends: at a file that defines ${c.base ?? 'the base service'} (from ${c.file2})`,
            ['Check the name and the file: path (relative to the file with the extends:), then let compose print the merged result.'],
            `# ${c.file ?? c.file2}\nservices:\n  ${c.service2 ?? 'web'}:\n    extends:\n      file: common.yml\n      service: ${c.base ?? c.service ?? 'base'}\ndocker compose config${c.key ? `\n# move ${c.key} from the base service to the extending one` : ''}`,
          ),
    ],
    references: [ref('Docker Compose: Extend your Compose file', `${DOCS}/compose/how-tos/multiple-compose-files/extends/`)],
    samples: ["ERROR: Cannot extend service 'bar' in test-base.yml: Service not found", 'cannot extend service "web" in /src/app/compose.yaml: service "base" not found in common.yml'],
  },
  {
    id: 'docker.compose-watch',
    language: 'docker',
    match: /(?<noBuild>can't watch a service without a build section)|service (?<service>\S{1,100}) doesn't have a build section|(?<noDevelop>none of the selected services is configured for watch), consider setting an? '(?:x-)?develop' section/i,
    requires: /a build section|configured for watch/i,
    errorType: (c) => (c.noBuild ? "can't watch a service without a build section" : c.service ? "doesn't have a build section" : 'none of the selected services is configured for watch'),
    category: 'configuration',
    priority: 35,
    summary: (c) =>
      c.noDevelop ? 'docker compose watch has nothing to watch: no selected service has a develop.watch section.' : `docker compose watch cannot watch ${c.service ?? 'a service'}: it has no build section.`,
    explanation: (c) =>
      c.noDevelop
        ? 'compose watch follows the rules under each service\'s develop: watch: (sync, rebuild, sync+restart). None of the services selected has them: the section is missing, misplaced (it belongs under the service, not under build:), or named x-develop in a compose version that reads develop.'
        : `compose watch rebuilds the image from the service's build: context when files change, so a watched service must have a build: section. ${c.service ?? 'One of the services watched'} only uses an image: (a database, a proxy); older compose versions stop at the first such service instead of skipping it.`,
    causes: ['A watched service that only has image:', 'develop.watch missing or misplaced', 'An old compose version'],
    fixes: (c) => [
      fix(
        c.noDevelop ? 'Add develop.watch to the services to watch' : `Watch only services that build, or give ${c.service ?? 'the service'} a build section`,
        ['Name the services to watch, add develop: watch: to services with a build:, and update compose (2.22 or later).'],
        `# compose.yaml\nservices:\n  ${c.service ?? 'web'}:\n    build: .\n    develop:\n      watch:\n        - action: sync\n          path: ./src\n          target: /app/src\n        - action: rebuild\n          path: package.json\ndocker compose watch ${c.service ?? 'web'}\ndocker compose version`,
      ),
    ],
    references: [ref('Docker Compose: Use Compose Watch', `${DOCS}/compose/how-tos/file-watch/`)],
    samples: ["can't watch a service without a build section", "none of the selected services is configured for watch, consider setting a 'develop' section"],
  },
  {
    id: 'docker.daemon-tcp-unreachable',
    language: 'docker',
    // DOCKER_HOST (or the context) names a daemon over TCP; Windows words connectex in its own language.
    match:
      /error during connect: (?:This error may indicate that the docker daemon is not running\.?: )?(?:Get|Head|Post|Put|Delete) "?(?<request>https?:\/\/(?<host>[^/\s"%]{1,200})\/[^\s"]{0,300})"?: dial tcp [^\s]{1,100}: (?<reason>[^\n]{1,300})/,
    requires: /error during connect: /,
    errorType: 'Cannot connect to the Docker daemon',
    category: 'network',
    priority: 40,
    summary: (c) => `The docker CLI cannot reach the daemon at ${c.host}: ${/refused/i.test(c.reason ?? '') ? 'the connection was refused' : /no route|unreachable/i.test(c.reason ?? '') ? 'no route to it' : 'it did not answer'}.`,
    explanation: (c) =>
      `DOCKER_HOST (or the current context) sends the CLI to a daemon over TCP at ${c.host}, and the connection failed (${/refused/i.test(c.reason ?? '') ? 'refused: nothing listens there' : /no route|unreachable/i.test(c.reason ?? '') ? 'no route to that address' : 'no answer in time'}). ${/^192\.168\.99\.\d{1,3}:237[56]$/.test(c.host ?? '') ? 'This address is a docker-machine (Docker Toolbox) VirtualBox VM: the VM is stopped, or came back with another address. ' : ''}Windows reports connectex failures in the language of the system; the meaning is the same.`,
    causes: ['The daemon\'s machine or VM (docker-machine, a remote host) is stopped', 'DOCKER_HOST or a context left pointing at an old address', 'A firewall between the CLI and port 2375/2376'],
    fixes: (c) => [
      fix(`Start the daemon at ${c.host}, or stop pointing the CLI at it`, ['For docker-machine, start the VM and load its environment again; to use the local daemon (Docker Desktop), remove DOCKER_HOST and the TLS variables and select the default context.'], `docker-machine ls\ndocker-machine start default\neval "$(docker-machine env default)"\n# or use the local daemon\nunset DOCKER_HOST DOCKER_TLS_VERIFY DOCKER_CERT_PATH\ndocker context use default\ndocker -H tcp://${c.host} info`),
    ],
    references: [CONTEXTS, ref('Docker: Configure remote access for Docker daemon', `${DOCS}/engine/daemon/remote-access/`)],
    samples: [
      'error during connect: Get http://192.168.99.100:2376/v1.37/info: dial tcp 192.168.99.100:2376: connectex: No connection could be made because the target machine actively refused it.',
      'error during connect: Get "https://10.0.0.5:2376/v1.41/containers/json": dial tcp 10.0.0.5:2376: i/o timeout',
    ],
  },
  {
    id: 'docker.nerdctl-setup',
    language: 'docker',
    // Above the missing-executable pattern: nerdctl's message ends with the exec error it wraps.
    match: /needs CNI plugin "(?<plugin>[\w.-]{1,60})" to be installed(?: in CNI_PATH \("(?<cniPath>[^"\n]{1,200})"\))?|(?<buildkit>`?buildctl`? needs to be installed and `?buildkitd`? needs to be running)|(?<rootless>rootless containerd not running\?)|cannot access containerd socket "(?<socket>[^"\n]{1,200})"/,
    requires: /needs CNI plugin|needs to be installed and `?buildkitd|rootless containerd not running|cannot access containerd socket/,
    errorType: (c) => (c.plugin ? 'needs CNI plugin' : c.buildkit ? 'buildctl needs to be installed' : c.rootless ? 'rootless containerd not running' : 'cannot access containerd socket'),
    category: 'dependency',
    priority: 46,
    summary: (c) =>
      c.plugin
        ? `nerdctl cannot set up the container's network: the CNI plugin ${c.plugin} is not in ${c.cniPath ?? 'CNI_PATH'}.`
        : c.buildkit
          ? 'nerdctl build needs BuildKit: buildctl is not installed or buildkitd is not running.'
          : c.rootless
            ? 'nerdctl runs rootless, and no rootless containerd is running for this user.'
            : `nerdctl may not open containerd's socket ${c.socket}.`,
    explanation: (c) =>
      c.plugin
        ? `nerdctl gives containers their network with CNI plugins (bridge, portmap, firewall, tuning, host-local), executables it looks for in CNI_PATH (${c.cniPath ?? '/opt/cni/bin by default'}). The minimal nerdctl release ships without them (the "full" release includes them), and a distribution package may install them elsewhere (/usr/lib/cni).`
        : c.buildkit
          ? 'nerdctl does not build images itself: it runs buildctl, which talks to a buildkitd daemon (its socket /run/buildkit/buildkitd.sock, or the rootless one). Either buildctl is not on PATH or no buildkitd is running.'
          : c.rootless
            ? 'As a non-root user nerdctl talks to a containerd started for that user (RootlessKit); it was never set up, or is not running.'
            : "containerd's socket belongs to root; a non-root user may not open it.",
    causes: (c) =>
      c.plugin
        ? ['The minimal nerdctl release without CNI plugins', 'CNI plugins installed in another directory than CNI_PATH']
        : c.buildkit
          ? ['BuildKit not installed', 'buildkitd not started (no service enabled)']
          : ['nerdctl run as a normal user without rootless containerd', 'containerd-rootless-setuptool.sh never run'],
    fixes: (c) =>
      c.plugin
        ? [
            fix(`Install the CNI plugins (${c.plugin} among them) in ${c.cniPath ?? '/opt/cni/bin'}`, ['Unpack the containernetworking plugins release there, or point nerdctl at the directory that has them (--cni-path or CNI_PATH); or install nerdctl-full, which bundles them.'], `sudo mkdir -p ${c.cniPath ?? '/opt/cni/bin'}\ncurl -fsSL https://github.com/containernetworking/plugins/releases/download/v1.5.1/cni-plugins-linux-amd64-v1.5.1.tgz | sudo tar -xz -C ${c.cniPath ?? '/opt/cni/bin'}\nls ${c.cniPath ?? '/opt/cni/bin'}/${c.plugin}`),
          ]
        : c.buildkit
          ? [fix('Install BuildKit and start buildkitd', ['Install the BuildKit release (or nerdctl-full, which ships buildkit.service) and enable the daemon; rootless users run containerd-rootless-setuptool.sh install-buildkit.'], 'sudo systemctl enable --now buildkit\nbuildctl debug workers\ncontainerd-rootless-setuptool.sh install-buildkit   # rootless')]
          : [fix('Set up rootless containerd, or run nerdctl as root', [c.socket ? `Run with sudo, or use rootless containerd instead of ${c.socket}.` : 'Run the setup tool once as the user, or use sudo nerdctl.'], 'containerd-rootless-setuptool.sh install\nsystemctl --user status containerd\nsudo nerdctl ps')],
    references: [NERDCTL_FAQ, ref('CNI plugins releases', 'https://github.com/containernetworking/plugins/releases'), ref('nerdctl: Setting up nerdctl build with BuildKit', 'https://github.com/containerd/nerdctl/blob/main/docs/build.md')],
    samples: [
      'FATA[0000] needs CNI plugin "bridge" to be installed in CNI_PATH ("/opt/cni/bin"), see https://github.com/containernetworking/plugins/releases: exec: "/opt/cni/bin/bridge": stat /opt/cni/bin/bridge: no such file or directory',
      'FATA[0000] `buildctl` needs to be installed and `buildkitd` needs to be running, see https://github.com/moby/buildkit: exec: "buildctl": executable file not found in $PATH',
    ],
  },
  {
    id: 'docker.containerd-shim-task',
    language: 'docker',
    // containerd starts each container through a shim (containerd-shim-<runtime>-v2). When the runtime
    // itself failed, "OCI runtime create failed" follows and names the error (docker.oci-runtime-failed);
    // otherwise the shim's own failure is the error. Above the missing-executable pattern: a shim binary
    // that is not installed is this error too.
    match: /failed to create shim(?<task> task)?: (?!OCI runtime )(?<detail>[^\n]{1,400})/,
    requires: /failed to create shim/,
    errorType: (c) => (c.task !== undefined ? 'failed to create shim task' : 'failed to create shim'),
    category: 'runtime',
    priority: 46,
    summary: (c) => `containerd could not start the container's shim: ${c.detail?.replace(/: unknown\.?$/, '')}.`,
    explanation: (c) => {
      const d = c.detail ?? '';
      const shim = /containerd-shim-[\w.-]{1,60}|io\.containerd\.[\w.-]{1,60}/.exec(d)?.[0];
      const lead = `containerd runs every container through a shim process${shim ? ` (${shim} here)` : ''}, the binary named after the runtime (io.containerd.runc.v2 → containerd-shim-runc-v2, io.containerd.kata.v2 → containerd-shim-kata-v2), which then calls the OCI runtime. Creating that task failed before the runtime itself reported anything.`;
      if (/executable file not found|not found in \$PATH/.test(d)) return `${lead} The shim binary for the requested runtime is not installed, or not on the PATH of containerd's service.`;
      if (/ENOENT|no such file or directory/i.test(d))
        return `${lead} A file the shim needs does not exist: for a VM-based runtime such as Kata, its configuration (configuration.toml), guest kernel or image, or the hypervisor; for a bind mount, its source on the host.`;
      if (/deadline exceeded|timeout|timed out/i.test(d)) return `${lead} The shim did not answer in time: an overloaded host, or a VM-based runtime that boots slowly.`;
      if (/mount|rootfs|snapshot/i.test(d)) return `${lead} Mounting the container's root filesystem from the snapshotter failed (overlayfs on an unsupported backing filesystem, a damaged snapshot).`;
      return `${lead} The text after "failed to create shim task" is the shim's own reason; containerd's log has the lines around it.`;
    },
    causes: ['The shim binary of the requested runtime (--runtime) is not installed', "A VM-based runtime (Kata, gVisor, Firecracker) without its configuration, kernel image or hypervisor", 'Mounting the root filesystem or a bind mount failed'],
    fixes: (c) => [
      fix(
        "Check the runtime's shim and containerd's log",
        [
          'Run the same image with the default runtime: if that works, the chosen runtime is not set up.',
          'Check that the containerd-shim-<runtime>-v2 binary is installed on the PATH of containerd, and that the runtime passes its own checks (kata-runtime check for Kata).',
          `Look for the reason in containerd's log: ${c.detail?.replace(/: unknown\.?$/, '')}.`,
        ],
        'ls -l $(command -v containerd-shim-runc-v2 containerd-shim-kata-v2)\nsudo journalctl -u containerd --since "10 min ago" | grep -i shim\nsudo nerdctl run --rm alpine true\nsudo kata-runtime check   # Kata Containers',
      ),
    ],
    references: [ref('containerd: Runtime v2 (shims)', 'https://github.com/containerd/containerd/blob/main/core/runtime/v2/README.md'), NERDCTL_FAQ],
    samples: [
      '# nerdctl run -it --rm --runtime=io.containerd.kata.v2 alpine true\nFATA[0004] failed to create shim task: ENOENT: No such file or directory: unknown',
      'docker: Error response from daemon: failed to create task for container: failed to create shim task: failed to start shim: start failed: exec: "containerd-shim-kata-v2": executable file not found in $PATH: unknown.',
      'Error response from daemon: failed to create shim: context deadline exceeded: unknown',
    ],
  },
  {
    id: 'docker.cri-endpoint',
    language: 'docker',
    // crictl and other CRI clients; below kubeadm's preflight and the kubelet's start-up failure, which quote it.
    match:
      /unable to determine (?<api>runtime|image) API version: rpc error: code = (?<code>\w{1,40}) desc = (?<desc>[^\n]{0,300})|validate service connection: (?:validate )?CRI v1 (?<api2>runtime|image) API (?:is not implemented )?for endpoint "(?<endpoint>[^"\n]{1,200})": rpc error: code = (?<code2>\w{1,40}) desc = (?<desc2>[^\n]{0,300})|failed to connect to (?<endpoint2>unix:\/\/\S{1,200}?), make sure you are running as root and the runtime has been started: (?<reason>[^\n]{1,200})/,
    requires: /API version: rpc error|validate service connection: |make sure you are running as root and the runtime has been started/,
    errorType: (c) => c.code ?? c.code2 ?? (c.reason ?? 'context deadline exceeded').replace(/[.\s]+$/, ''),
    category: 'runtime',
    priority: 30,
    summary: (c) => {
      const socket = /dial unix ([^\s:"]{1,200})/.exec(`${c.desc ?? ''}${c.desc2 ?? ''}`)?.[1] ?? c.endpoint ?? c.endpoint2;
      return `crictl could not talk to the container runtime${socket ? ` at ${socket}` : ''}: ${c.code ?? c.code2 ?? c.reason}.`;
    },
    explanation: (c) =>
      (c.code ?? c.code2) === 'Unimplemented'
        ? "The socket answered but does not speak the CRI version crictl asked for: containerd with its CRI plugin disabled (disabled_plugins = [\"cri\"], as Docker's containerd.io package ships /etc/containerd/config.toml), or a runtime too old for CRI v1."
        : `crictl talks to a CRI runtime (containerd, CRI-O, cri-dockerd) through its socket. Without runtime-endpoint in /etc/crictl.yaml it tries the default endpoints in turn, starting with dockershim.sock, which Kubernetes removed in 1.24: the endpoint tried is not there or nothing listens on it${/dockershim/.test(`${c.desc ?? ''}${c.desc2 ?? ''}${c.endpoint ?? ''}${c.endpoint2 ?? ''}`) ? ' (dockershim no longer exists)' : ''}, or the runtime is stopped.`,
    causes: (c) =>
      (c.code ?? c.code2) === 'Unimplemented'
        ? ["containerd's CRI plugin disabled in /etc/containerd/config.toml", 'A runtime without CRI v1']
        : ['No /etc/crictl.yaml, so crictl tries the removed dockershim socket first', 'The runtime (containerd, CRI-O) is not running', 'crictl run without root to a root-owned socket'],
    fixes: (c) =>
      (c.code ?? c.code2) === 'Unimplemented'
        ? [fix("Enable containerd's CRI plugin", ['Regenerate the default configuration (which enables CRI) or remove "cri" from disabled_plugins, then restart containerd.'], 'containerd config default | sudo tee /etc/containerd/config.toml\nsudo systemctl restart containerd\nsudo crictl info')]
        : [
            fix('Point crictl at the runtime that is installed', ["Set the runtime and image endpoints (containerd's or CRI-O's socket) and check the runtime is running."], 'sudo crictl config --set runtime-endpoint=unix:///run/containerd/containerd.sock --set image-endpoint=unix:///run/containerd/containerd.sock\ncat /etc/crictl.yaml\nsudo systemctl status containerd   # or crio\nsudo crictl ps'),
          ],
    references: [ref('Kubernetes: Debugging Kubernetes nodes with crictl', 'https://kubernetes.io/docs/tasks/debug/debug-cluster/crictl/'), ref('cri-tools: crictl', 'https://github.com/kubernetes-sigs/cri-tools/blob/master/docs/crictl.md')],
    samples: [
      'ERRO[0000] unable to determine runtime API version: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing dial unix /var/run/dockershim.sock: connect: no such file or directory"',
      'FATA[0000] validate service connection: CRI v1 runtime API is not implemented for endpoint "unix:///run/containerd/containerd.sock": rpc error: code = Unimplemented desc = unknown service runtime.v1.RuntimeService',
    ],
  },
  {
    id: 'docker.iptables-chain-missing',
    language: 'docker',
    // Below Docker's own wrappers (driver failed programming external connectivity, the daemon's
    // start-up), which name what was being done; firewalld's and Docker's iptables calls otherwise.
    match:
      /(?:COMMAND_FAILED: '(?<rule>[^'\n]{1,300})' failed: |\(iptables failed: (?<rule2>ip6?tables [^\n]{1,300}?): )?ip6?tables(?: v[\d.]{1,12})?(?: \(\w{1,20}\))?: ?(?<reason>No chain\/target\/match by that name|Chain '[^'\n]{1,60}' does not exist|Couldn't load target `[^`'\n]{1,60}')|(?<zone>ZONE_CONFLICT): '(?<iface>[^'\n]{1,40})' already bound to a zone/,
    requires: /No chain\/target\/match by that name|' does not exist|Couldn't load target|ZONE_CONFLICT/,
    errorType: (c) => (c.zone ? 'ZONE_CONFLICT' : iptablesPhrase(c.reason ?? '')),
    category: 'network',
    priority: 15,
    summary: (c) =>
      c.zone
        ? `firewalld refused to put ${c.iface} in Docker's zone: it is already bound to another zone.`
        : `An iptables command on Docker's chain${chainOf(c) ? ` ${chainOf(c)}` : 's'} failed: the chain is not there.`,
    explanation: (c) =>
      c.zone
        ? `Docker 20.10 and later put its bridge (${c.iface}) in a firewalld zone named docker. The interface was added to another zone by hand (often trusted, as older guides advised), and an interface can only be in one zone.`
        : `dockerd creates its chains (DOCKER, DOCKER-USER, DOCKER-ISOLATION-STAGE-1/2) when it starts and adds rules to them as containers and networks start. Reloading or restarting the host firewall (firewall-cmd --reload, systemctl restart firewalld, ufw reload, an iptables-restore) rewrites the tables and drops those chains; every later command that names them fails like this, whether Docker's own or firewalld's clean-up of rules that referred to them. The same happens when Docker and the firewall use different iptables back ends (legacy vs nf_tables): the chains exist, but in the other one.`,
    causes: (c) => (c.zone ? ['docker0 added to another firewalld zone by hand'] : ['The firewall was reloaded or restarted after dockerd started', 'iptables-legacy and iptables-nft mixed on the host', 'A firewall script that flushes all tables']),
    fixes: (c) =>
      c.zone
        ? [fix(`Take ${c.iface} out of its other zone, then restart Docker`, [], `sudo firewall-cmd --permanent --zone=trusted --remove-interface=${c.iface}\nsudo firewall-cmd --reload\nsudo systemctl restart docker`)]
        : [
            fix(`Restart Docker after the firewall so it recreates ${chainOf(c) ?? 'its chains'}`, ["Restart the daemon after any firewall reload (or tie it to the firewall's unit), and make both use the same iptables back end."], `sudo systemctl restart docker\nsudo iptables -n -L ${chainOf(c) ?? 'DOCKER'}\n# restart Docker whenever firewalld restarts\nsudo systemctl edit docker   # [Unit] After=firewalld.service PartOf=firewalld.service\niptables --version   # (legacy) or (nf_tables)`),
          ],
    references: [FIREWALLS, ref('firewalld: Documentation', 'https://firewalld.org/documentation/')],
    samples: [
      "firewalld[816]: WARNING: COMMAND_FAILED: '/usr/sbin/iptables -w2 -t filter -F DOCKER-ISOLATION' failed: iptables: No chain/target/match by that name.",
      'Error response from daemon: Failed to Setup IP tables: Unable to enable SKIP DNAT rule:  (iptables failed: iptables --wait -t nat -I DOCKER -i br-2b1c3d4e5f60 -j RETURN: iptables: No chain/target/match by that name.\n (exit status 1))',
      "ERROR: ZONE_CONFLICT: 'docker0' already bound to a zone",
    ],
  },
  {
    id: 'docker.desktop-shared-drive',
    language: 'docker',
    // Docker Desktop (Hyper-V) mounts the Windows drives shared with it over SMB with mount.cifs.
    match:
      /Unable to mount (?<drive>[A-Z]) drive: [^\n]{0,200}\n(?:[^\n]{0,300}\n){0,2}?[^\n]{0,40}?mount error\((?<code>\d{1,3})\): (?<reason>[^\n]{1,100})|(?:VolumeDriver\.Mount|failed to mount local volume)[^\n]{0,300}?mount error\((?<code2>\d{1,3})\): (?<reason2>[^\n]{1,100})/,
    requires: /mount error\(\d/,
    errorType: (c) => `mount error(${c.code ?? c.code2}): ${(c.reason ?? c.reason2 ?? '').replace(/[.\s]+$/, '')}`,
    category: 'permission',
    priority: 30,
    summary: (c) =>
      c.drive
        ? `Docker Desktop could not mount the shared drive ${c.drive}: into its VM: mount error(${c.code}) ${(c.reason ?? '').replace(/[.\s]+$/, '')}.`
        : `The volume's CIFS mount failed: mount error(${c.code2}) ${(c.reason2 ?? '').replace(/[.\s]+$/, '')}.`,
    explanation: (c) =>
      `${c.drive ? `Docker Desktop on Hyper-V shares Windows drives with its Linux VM over SMB: the VM mounts //<host>/${c.drive} with mount.cifs, and bind mounts from ${c.drive}: only work once that succeeds. ` : 'The volume is a CIFS (SMB) share mounted with mount.cifs. '}${cifsWhy(c.code ?? c.code2 ?? '')}`,
    causes: ["The Windows password changed since the drive was shared (stored credentials are stale)", 'A Microsoft/Azure AD account whose login name differs from the one stored', 'A firewall or VPN blocking port 445 for the VM'],
    fixes: (c) => [
      fix(
        c.drive ? `Share drive ${c.drive} again with current credentials` : 'Check the share, the credentials and the SMB version',
        [
          c.drive
            ? `Docker Desktop: Settings → Shared Drives → Reset credentials, then tick ${c.drive} again and enter the current password (AzureAD\\user for Azure AD accounts). Allow port 445 from Docker's network if a firewall is mentioned; the WSL 2 back end mounts drives without SMB.`
            : 'Mount the share by hand with the same options to see the error, then fix username/password or vers= in the volume options.',
        ],
        c.drive
          ? `Get-SmbShare\nNew-NetFirewallRule -DisplayName "Docker SMB" -Direction Inbound -LocalPort 445 -Protocol TCP -RemoteAddress 10.0.75.0/24 -Action Allow\ndocker run --rm -v ${c.drive}:/data alpine ls /data`
          : 'sudo mount -t cifs //server/share /mnt -o username=user,vers=3.0\ndocker volume inspect <volume>',
      ),
    ],
    references: [ref('Docker Desktop: File sharing settings', `${DOCS}/desktop/settings-and-maintenance/settings/#file-sharing`), ref('mount.cifs(8)', 'https://man7.org/linux/man-pages/man8/mount.cifs.8.html')],
    samples: ['[SambaShare     ][Error  ] Unable to mount C drive: 10.0.75.1 (10.0.75.1:445) open\nmount error(13): Permission denied\nRefer to the mount.cifs(8) manual page (e.g. man mount.cifs)'],
  },
  {
    id: 'docker.colima-start',
    language: 'docker',
    // Colima wraps Lima's failure; Lima's host agent names its log just before.
    match:
      /(?:hint: see \\?"(?<log>[^"\n]{1,300}?ha\.stderr\.log)\\?"\)[^\n]{0,40}\n(?:[^\n]{0,300}\n){0,3}?[^\n]{0,80}?)?error (?<verb>starting|provisioning|stopping|creating) (?<what>vm|docker|containerd|kubernetes|incus|instance)(?:: (?<detail>[^\n]{0,300}))?|dependency check failed for (?<dependency>[\w-]{1,40}): (?<detail2>[^\n]{1,300})|(?<notRunning>colima(?: \[profile=[^\]\n]{1,60}\])? is not running)/,
    requires: /error (?:starting|provisioning|stopping|creating) (?:vm|docker|containerd|kubernetes|incus|instance)|dependency check failed for|colima(?: \[profile=[^\]\n]{1,60}\])? is not running/,
    errorType: (c) => (c.verb ? `error ${c.verb} ${c.what}` : c.dependency ? 'dependency check failed' : 'colima is not running'),
    category: 'runtime',
    priority: 33,
    summary: (c) =>
      c.verb
        ? `Colima failed ${c.verb} ${c.what === 'vm' ? 'its virtual machine' : c.what}${c.detail ? `: ${c.detail}` : ''}.`
        : c.dependency
          ? `Colima is missing something it needs for ${c.dependency}: ${c.detail2}`
          : "Colima's VM is not running, so there is no Docker daemon to talk to.",
    explanation: (c) =>
      c.verb === 'starting' && c.what === 'vm'
        ? `Colima runs Docker inside a Lima virtual machine (QEMU, or Apple's Virtualization framework with vm-type vz). Lima's host agent exited before the VM booted; "exit status 1" says nothing more, its log does${c.log ? ` (${c.log})` : ''}. Usual reasons: an existing instance created with other settings (vm type, architecture, disk) that no longer starts after an update of macOS, Colima or Lima; vz on macOS older than 13, or Rosetta requested but not installed; QEMU missing for an x86_64 VM; not enough disk.`
        : c.verb
          ? `The VM started, but setting up ${c.what} in it failed; the detail after the colon is the step's own error.`
          : c.dependency
            ? `Colima checks for the programs it drives (limactl, qemu-img, docker) before doing anything; ${c.dependency} lacks one.`
            : 'The docker CLI\'s colima context points at the socket of a VM that is stopped.',
    causes: ['An instance created with other settings that no longer starts after an update', 'vz on macOS before 13, or Rosetta not installed', 'QEMU or Lima missing or outdated', 'Not enough disk for the VM'],
    fixes: (c) => [
      fix(
        c.dependency ? `Install what ${c.dependency} needs, then start Colima` : 'Read the host agent log, then restart or recreate the instance',
        ['Look at the log the hint names, start again with --verbose; if the instance stays broken, delete and recreate it (its containers and images are lost).'],
        `cat ${c.log ?? '~/.colima/_lima/colima/ha.stderr.log'}\ncolima stop --force && colima start --verbose\ncolima delete && colima start --vm-type vz\nbrew install qemu lima   # for QEMU instances${c.dependency ? `\nbrew upgrade colima lima   # ${c.dependency}` : ''}`,
      ),
    ],
    references: [ref('Colima: FAQ', 'https://github.com/abiosoft/colima/blob/main/docs/FAQ.md'), ref('Lima: Documentation', 'https://lima-vm.io/docs/')],
    samples: [
      '> exiting, status={Running:false Degraded:false Exiting:true Errors:[] SSHLocalPort:0} (hint: see "/Users/dev/.lima/colima/ha.stderr.log")\nFATA[0000] error starting vm: error at \'starting\': exit status 1',
      "FATA[0001] error starting vm: error at 'creating and starting': exit status 1",
    ],
  },
  {
    id: 'docker.userns-remap',
    language: 'docker',
    // Above the daemon's start-up pattern, which quotes it.
    match: /Can't create ID mappings: (?<reason>[^\n]{1,300})|(?<privileged>privileged mode is incompatible with user namespaces)|Couldn't create subordinate ID ranges: (?<creation>[^\n]{1,300})/,
    requires: /Can't create ID mappings|privileged mode is incompatible with user namespaces|Couldn't create subordinate ID ranges/,
    errorType: (c) => (c.reason ? "Can't create ID mappings" : c.privileged ? 'privileged mode is incompatible with user namespaces' : "Couldn't create subordinate ID ranges"),
    category: 'configuration',
    priority: 38,
    summary: (c) =>
      c.privileged
        ? 'A privileged container cannot run in a daemon with user namespaces (userns-remap) unless it leaves them.'
        : `dockerd cannot map container users to ${remapUser(c)}'s subordinate IDs: ${c.reason ?? c.creation}`,
    explanation: (c) =>
      c.privileged
        ? "With userns-remap the daemon runs containers in a user namespace where root is an unprivileged host user; --privileged needs the host's real root, so it must opt out with --userns=host."
        : `With userns-remap (in daemon.json or --userns-remap), root in the container is mapped to a range of host IDs that /etc/subuid and /etc/subgid assign to ${remapUser(c)} ("default" means a user named dockremap, which dockerd creates). There is no range for that user: the files are missing or empty (created empty by hand, or a minimal distribution such as Alpine whose tools do not add ranges), or the user was created without them.`,
    causes: (c) =>
      c.privileged ? ['--privileged (or privileged: true) under userns-remap'] : ['/etc/subuid or /etc/subgid missing or without a line for the user', 'useradd/adduser that does not assign subordinate IDs (busybox, old shadow)'],
    fixes: (c) =>
      c.privileged
        ? [fix('Run the privileged container in the host user namespace', [], 'docker run --privileged --userns=host ...\n# compose\nuserns_mode: "host"')]
        : [
            fix(`Give ${remapUser(c)} a range of subordinate IDs, then restart Docker`, ['Add 65536 IDs for the user to both files (a range no other user has), and make sure the user exists.'], `getent passwd ${remapUser(c)} || sudo useradd -r -s /bin/false ${remapUser(c)}\necho '${remapUser(c)}:165536:65536' | sudo tee -a /etc/subuid /etc/subgid\nsudo systemctl restart docker\ndocker info --format '{{.SecurityOptions}}'`),
          ],
    references: [ref('Docker: Isolate containers with a user namespace', `${DOCS}/engine/security/userns-remap/`)],
    samples: ['Can\'t create ID mappings: no subuid ranges found for user "dockremap"', 'docker: Error response from daemon: privileged mode is incompatible with user namespaces.  You must run the container in the host namespace when running privileged mode.'],
  },
  {
    id: 'docker.devicemapper',
    language: 'docker',
    match:
      /(?<register>failed to register layer: )?(?:devmapper|devicemapper): (?!usage of loopback devices)(?:Thin Pool has (?<free>\d{1,20}) free (?<kind>data|metadata) blocks which is less than minimum required (?<min>\d{1,20}) free (?:data|metadata) blocks|(?<detail>[^\n]{1,300}))/,
    requires: /devmapper: |devicemapper: /,
    errorType: (c) => (c.register ? 'failed to register layer' : c.free ? `free ${c.kind} blocks which is less than minimum required` : devmapperPhrase(c.detail ?? '')),
    category: 'io',
    priority: 30,
    summary: (c) =>
      c.free
        ? `Docker's devicemapper thin pool is almost full: ${c.free} free ${c.kind} blocks, below the ${c.min} it keeps in reserve${c.register ? ', so the pulled layer was not stored' : ''}.`
        : `The devicemapper storage driver failed${c.register ? ' to store a pulled layer' : ''}: ${c.detail}`,
    explanation: (c) =>
      c.free
        ? `The devicemapper driver keeps images and containers in an LVM thin pool (or, in loop-lvm mode, in sparse files under /var/lib/docker/devicemapper). It refuses new layers and containers when the pool's free ${c.kind} space falls under dm.min_free_space (10 % by default), before the pool fills and corrupts. Images, stopped containers and build cache took the space; in loop-lvm mode, deleted data is not even returned.`
        : 'devicemapper stores each layer as a thin device in an LVM pool; the error is the driver\'s own (device creation, activation or mounting). The driver is deprecated and was removed in Docker Engine 25: overlay2 is the supported driver on current kernels.',
    causes: (c) => (c.free ? ['Unused images, stopped containers and build cache', 'A thin pool (or loop-lvm file) sized too small', `Thin pool ${c.kind} space not extended with the data`] : ['A damaged or exhausted thin pool', 'The deprecated devicemapper driver on a current system']),
    fixes: (c) => [
      c.free
        ? fix(`Free space in the thin pool, or extend its ${c.kind}`, ['Remove what is not used; extend the pool with LVM if the volume group has room; plan the move to overlay2 (images are pulled again).'], `docker system prune -a\ndocker info --format '{{json .DriverStatus}}'\nsudo lvextend -l +100%FREE docker/thinpool${c.kind === 'metadata' ? '\nsudo lvextend --poolmetadatasize +1G docker/thinpool' : ''}\n# /etc/docker/daemon.json\n{ "storage-driver": "overlay2" }`)
        : fix('Move to the overlay2 storage driver', ['Check the pool, then switch the daemon to overlay2 (existing images and containers stay in the old driver\'s storage and must be pulled or rebuilt).'], 'docker info --format \'{{.Driver}} {{json .DriverStatus}}\'\nsudo lvs\n# /etc/docker/daemon.json\n{ "storage-driver": "overlay2" }\nsudo systemctl restart docker'),
    ],
    references: [ref('Docker: Select a storage driver', `${DOCS}/engine/storage/drivers/select-storage-driver/`), ref('Docker: OverlayFS storage driver', `${DOCS}/engine/storage/drivers/overlayfs-driver/`)],
    samples: [
      'failed to register layer: devmapper: Thin Pool has 10010 free data blocks which is less than minimum required 10126 free data blocks. Create more free space in thin pool or use dm.min_free_space option to change behavior',
      'Error response from daemon: devmapper: Thin Pool has 2541 free metadata blocks which is less than minimum required 2621 free metadata blocks. Create more free metadata space in thin pool or use dm.min_free_space option to change behavior',
    ],
  },
];
