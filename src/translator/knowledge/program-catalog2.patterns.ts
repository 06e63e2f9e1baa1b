import type { ErrorPattern } from '../rules/error-pattern';
import { fix, ref } from './answer-parts';

/**
 * A second catalog pass over Go, Rust, Ruby, PHP, Java/Kotlin and C# programs as people paste their errors
 * from logs and CI output: the tools' own one-line messages without a class or a code, which the engine
 * answered "unknown error" — the .NET host's "You must install or update .NET" and missing host/fxr,
 * `dotnet run` without a project (also in Spanish), Rails' "Blocked host" page, rustup without a default
 * toolchain, cargo's lock file refusals that name no path or say "cannot update", the Kotlin compile
 * daemon Gradle cannot reach, and Gradle's daemon that disappeared.
 *
 * Types follow test/fixtures/errors/README.md: no class is shown, so each is the tool's short phrase.
 */

const DOTNET_RESOLUTION = ref('.NET: app launch failed — framework resolution', 'https://learn.microsoft.com/dotnet/core/versions/selection');

export const PROGRAM_CATALOG2_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'csharp.dotnet-framework-not-found',
    language: 'csharp',
    // The muxer's "You must install or update .NET to run this application." with its App/Framework block;
    // older hosts: "The specified framework 'X', version 'Y' was not found."; the Windows apphost dialog.
    match:
      /You must install or update \.NET to run this application\.(?:[\s\S]{0,600}?Framework: '(?<framework>[\w.]{1,80})', version '(?<version>[^'\n]{1,40})')?|The specified framework '(?<framework2>[\w.]{1,80})', version '(?<version2>[^'\n]{1,40})' was not found|To run this application, you must install \.NET(?: Core)?\b/,
    requires: /install or update \.NET|The specified framework|you must install \.NET/,
    errorType: 'framework not found',
    category: 'dependency',
    priority: 20,
    summary: (c) => {
      const fw = c.framework ?? c.framework2;
      const v = c.version ?? c.version2;
      return fw ? `The .NET runtime ${fw} ${v} that this app was built for is not installed.` : 'The .NET runtime this app needs is not installed.';
    },
    explanation:
      'A framework-dependent .NET app runs only on the shared runtime it targets (its major version; minor and patch roll forward). ' +
      'The host looked in the .NET location and found other versions — or another runtime family: Microsoft.AspNetCore.App and ' +
      'Microsoft.WindowsDesktop.App are separate installs from Microsoft.NETCore.App, and the SDK alone does not stand in for an older runtime.',
    causes: [
      'Only a newer major version is installed (for example 8.0 while the app targets 6.0): majors do not roll forward by default',
      'The ASP.NET Core or Windows Desktop runtime is missing while the plain .NET runtime is installed',
      'A container built from the runtime image of another version, or the x86 runtime installed for an x64 app',
    ],
    fixes: (c) => {
      const fw = c.framework ?? c.framework2 ?? 'Microsoft.NETCore.App';
      const v = c.version ?? c.version2 ?? '6.0.0';
      const major = v.split('.').slice(0, 2).join('.');
      return [
        fix(`Install the ${fw} ${major} runtime`, [
          `The app asks for ${fw} ${v}; check what the machine has: dotnet --list-runtimes`,
          `Install the ${major} runtime of the same family (${fw}) and architecture, or use a base image of that version`,
        ], `dotnet --list-runtimes\n# Debian/Ubuntu\nsudo apt-get install -y ${fw === 'Microsoft.AspNetCore.App' ? 'aspnetcore' : 'dotnet'}-runtime-${major}\n# Docker\nFROM mcr.microsoft.com/dotnet/${fw === 'Microsoft.AspNetCore.App' ? 'aspnet' : 'runtime'}:${major}`),
        fix('Or let the app roll forward to the newer runtime', [
          'Set RollForward to Major in the project (or DOTNET_ROLL_FORWARD=Major) when the app works on the newer version, or retarget and rebuild it',
        ], '<PropertyGroup>\n  <RollForward>Major</RollForward>\n</PropertyGroup>\n# or, for one run\nDOTNET_ROLL_FORWARD=Major dotnet app.dll'),
      ];
    },
    references: [DOTNET_RESOLUTION, ref('.NET: install the runtime', 'https://learn.microsoft.com/dotnet/core/install/')],
    samples: [
      "You must install or update .NET to run this application.\n\nApp: /app/api.dll\nArchitecture: x64\nFramework: 'Microsoft.NETCore.App', version '6.0.0' (x64)\n.NET location: /usr/share/dotnet/\n\nThe following frameworks were found:\n  7.0.5 at [/usr/share/dotnet/shared/Microsoft.NETCore.App]",
    ],
  },
  {
    id: 'csharp.dotnet-hostfxr-missing',
    language: 'csharp',
    match:
      /A fatal error occurred[.,] [Tt]he folder \[(?<dir>[^\]\n]{1,300}host[\\/]fxr)\] (?:does not exist|does not contain any version-numbered child folders)/,
    requires: /host.fxr\]/,
    errorType: 'hostfxr not found',
    category: 'configuration',
    priority: 20,
    summary: (c) => `The dotnet command found no host resolver (hostfxr) in ${c.dir}: the .NET installation is broken or mixed.`,
    explanation:
      'The dotnet executable loads hostfxr from host/fxr/<version> next to itself before it can run anything, even dotnet --version. ' +
      'On Linux this usually means two installations are mixed: packages from the distribution and from packages.microsoft.com (or a ' +
      'snap) each own part of /usr/share/dotnet or /usr/lib/dotnet, so the dotnet on PATH points at a folder whose host was never installed.',
    causes: [
      'dotnet packages from both the distribution (Ubuntu 22.04+) and the Microsoft package feed are installed',
      'Only a runtime or dotnet-host package of another version was installed, or an uninstall removed the host',
      'DOTNET_ROOT or PATH points at a folder that holds no host/fxr',
    ],
    fixes: (c) => [
      fix(`Reinstall .NET from one source so ${c.dir} is filled`, [
        'Remove every dotnet, aspnetcore and netstandard package, then install the SDK from one feed only',
        'On Ubuntu prefer the distribution packages and drop the Microsoft feed (or pin it), as Microsoft\'s "package mix-up" page explains',
      ], 'sudo apt-get remove --purge "dotnet*" "aspnetcore*" "netstandard*"\nsudo rm -f /etc/apt/sources.list.d/microsoft-prod.list\nsudo apt-get update && sudo apt-get install -y dotnet-sdk-8.0\ndotnet --info'),
      fix('Check which dotnet runs', ['which dotnet and readlink -f $(which dotnet) show the folder the host is looked for in; DOTNET_ROOT must point at the same one'], 'readlink -f "$(which dotnet)"\nls /usr/share/dotnet/host/fxr /usr/lib/dotnet/host/fxr'),
    ],
    references: [ref('.NET on Linux: troubleshoot package mix-ups', 'https://learn.microsoft.com/dotnet/core/install/linux-package-mixup')],
    samples: ['$ dotnet --version\nA fatal error occurred. The folder [/usr/share/dotnet/host/fxr] does not exist'],
  },
  {
    id: 'csharp.dotnet-run-no-project',
    language: 'csharp',
    match:
      /Couldn't find a project to run\. Ensure a project exists in (?<dir>[^\n]{1,300}?), or pass the path to the project using --project|No se ha podido encontrar un proyecto para ejecutar\. Asegúrese de que exista uno en (?<dir2>[^\n]{1,300}?) o pase la ruta/,
    requires: /find a project to run|encontrar un proyecto para ejecutar/,
    errorType: "Couldn't find a project to run",
    category: 'configuration',
    priority: 20,
    summary: (c) => `dotnet run found no project file (.csproj) in ${c.dir ?? c.dir2}.`,
    explanation:
      'dotnet run builds and starts the project in the current directory (or the one given with --project). A .cs file alone is not a ' +
      'project: the folder needs a .csproj (or .fsproj/.vbproj), which dotnet new console creates. Running it from the parent folder of the ' +
      'project, or from the home directory after a tutorial\'s cd step was skipped, gives this message.',
    causes: ['The command runs in a folder above the project (the cd into it was skipped)', 'There is only a Program.cs and no .csproj', 'In CI or Docker the WORKDIR is not the project folder'],
    fixes: (c) => [
      fix(`Run it from the project folder, or name the project`, [
        `${c.dir ?? c.dir2} holds no project: cd into the folder with the .csproj, or pass it with --project`,
        'Without a project yet, create one with dotnet new console and put the code in its Program.cs',
      ], 'cd myApp && dotnet run\n# or\ndotnet run --project ./src/MyApp/MyApp.csproj\n# no project yet\ndotnet new console -o myApp'),
    ],
    references: [ref('dotnet run', 'https://learn.microsoft.com/dotnet/core/tools/dotnet-run')],
    samples: ["C:\\Users\\siams>dotnet run\nCouldn't find a project to run. Ensure a project exists in C:\\Users\\siams, or pass the path to the project using --project."],
  },
  {
    id: 'ruby.rails-blocked-host',
    language: 'ruby',
    // ActionDispatch::HostAuthorization's page (Rails 6+), as text or HTML.
    match:
      /Blocked hosts?: (?<host>[^\s<,]{1,253})(?:[\s\S]{0,400}?config\.hosts (?:<<|&lt;&lt;) "(?<add>[^"\n]{1,253})")?/,
    requires: /Blocked host/,
    errorType: 'Blocked host',
    category: 'configuration',
    priority: 20,
    summary: (c) => `Rails refused a request for the host ${c.host}: it is not in config.hosts (ActionDispatch::HostAuthorization).`,
    explanation:
      'Since Rails 6 the HostAuthorization middleware answers 403 "Blocked host" for any Host header that is not listed in config.hosts. ' +
      'In development only localhost and its IP addresses are allowed, so a Codespaces or Gitpod preview URL, a Docker service name, an ngrok ' +
      'tunnel or a LAN IP address is blocked until added; in production the list is empty (everything allowed) unless you set it.',
    causes: [
      'The app is reached through a name other than localhost (container name, tunnel, preview domain, IP address)',
      'config.hosts was set in production without the real domain',
      'A system test or health check uses a host like example.org or the container hostname',
    ],
    fixes: (c) => [
      fix(`Allow ${c.add ?? c.host} in config.hosts`, [
        'Add the host (or a pattern for its domain) in the environment file that is running, then restart the server',
        'A leading dot allows all subdomains; a Regexp allows a family of preview URLs',
      ], `# config/environments/development.rb\nconfig.hosts << "${c.add ?? c.host}"\n# or every subdomain\nconfig.hosts << ".${(c.add ?? c.host ?? 'example.com').split('.').slice(-2).join('.')}"`),
      fix('Or turn the check off where it does not help', ['In development inside containers, config.hosts.clear disables it; exclude health checks with config.host_authorization = { exclude: ->(req) { req.path == "/up" } }'], 'config.hosts.clear   # development only'),
    ],
    references: [ref('Rails guides: ActionDispatch::HostAuthorization', 'https://guides.rubyonrails.org/configuring.html#actiondispatch-hostauthorization')],
    samples: [
      'Blocked host: app.example.test\n\nTo allow requests to app.example.test make sure it is a valid hostname (containing only numbers, letters, dashes and dots), then add the following to your environment configuration:\n\nconfig.hosts << "app.example.test"',
    ],
  },
  {
    id: 'rust.rustup-no-default-toolchain',
    language: 'rust',
    match:
      /rustup could not choose a version of (?<tool>[\w-]{1,40}) to run, because one wasn't specified explicitly, and no default is configured|error: no default toolchain configured/,
    requires: /could not choose a version of|no default toolchain configured/,
    errorType: 'no default toolchain configured',
    category: 'configuration',
    priority: 20,
    summary: (c) => `rustup has no default toolchain, so it cannot pick a ${c.tool ?? 'cargo/rustc'} to run.`,
    explanation:
      'cargo and rustc on PATH are rustup proxies: each call runs the toolchain chosen by a +toolchain argument, a rust-toolchain.toml, a ' +
      'directory override or the default. rustup was installed (or its home copied into a container) without a default — for example with ' +
      '--default-toolchain none, or under another user\'s RUSTUP_HOME — and nothing else names one.',
    causes: [
      'rustup was installed with --default-toolchain none, or by a package manager that sets no default',
      'A CI job or container runs as another user, or with another RUSTUP_HOME, than the one that installed the toolchain',
      'The project has no rust-toolchain.toml to select a toolchain',
    ],
    fixes: () => [
      fix('Set a default toolchain', ['Install and select stable (or the version the project needs); a rust-toolchain.toml in the project pins it for everyone'], 'rustup default stable\n# or pin it for the project\nprintf \'[toolchain]\\nchannel = "1.79"\\n\' > rust-toolchain.toml'),
    ],
    references: [ref('rustup book: toolchains and the default', 'https://rust-lang.github.io/rustup/concepts/toolchains.html')],
    samples: [
      "error: rustup could not choose a version of cargo to run, because one wasn't specified explicitly, and no default is configured.\nhelp: run 'rustup default stable' to download the latest stable release of Rust and set it as your default toolchain.",
    ],
  },
  {
    id: 'rust.cargo-locked-cannot-update',
    language: 'rust',
    // Newer cargo: "cannot update the lock file PATH because --locked was passed"; also the wording without a path.
    match:
      /error: (?:cannot update the lock file (?<path>[^\n]{1,400}?) because|the lock file needs to be updated but) --(?<flag>locked|frozen) was passed to prevent this/,
    requires: /was passed to prevent this/,
    errorType: 'lock file needs to be updated',
    category: 'dependency',
    priority: 40,
    summary: (c) => `Cargo.lock is out of date with Cargo.toml, and --${c.flag} forbids cargo to rewrite it.`,
    explanation: (c) =>
      `${c.path ?? 'The Cargo.lock'} no longer matches the dependencies in Cargo.toml (a dependency or the package version changed without ` +
      `committing the updated lock file), and --${c.flag} tells cargo to fail instead of rewriting it, as CI jobs, cargo install --locked and distribution builds do.`,
    causes: ['Cargo.toml changed (a dependency, or the crate\'s own version) but the updated Cargo.lock was not committed', 'Cargo.lock is not committed at all, or was written by another cargo version'],
    fixes: (c) => [
      fix('Update and commit the lock file', [`Run cargo update -w (or any cargo build) without --${c.flag} and commit ${c.path ?? 'Cargo.lock'}`], `cargo update -w\ngit add ${c.path && !c.path.includes('$') ? c.path : 'Cargo.lock'}\ngit commit -m "Update Cargo.lock"`),
    ],
    references: [ref('Cargo: --locked and --frozen', 'https://doc.rust-lang.org/cargo/commands/cargo-build.html#manifest-options')],
    samples: ['error: cannot update the lock file /build/app/Cargo.lock because --locked was passed to prevent this\nhelp: to generate the lock file without accessing the network, remove the --locked flag and use --offline instead.'],
  },
  {
    id: 'kotlin.compile-daemon-connect',
    language: 'kotlin',
    match: /Could not connect to [Kk]otlin compile daemon|Compilation with Kotlin compile daemon was not successful/,
    requires: /otlin compile daemon/,
    errorType: 'Could not connect to Kotlin compile daemon',
    category: 'configuration',
    priority: 20,
    summary: () => 'Gradle could not reach (or lost) the Kotlin compile daemon, the separate JVM that compiles Kotlin.',
    explanation:
      'The Kotlin Gradle plugin compiles in a long-lived daemon process it starts next to the Gradle daemon. When that JVM cannot start or ' +
      'dies — too little memory, a JDK the Kotlin version does not support, a stale daemon from another Kotlin version, a locked or full ' +
      'temp directory — Gradle reports it; the plugin then falls back to compiling in-process, and a real compile error follows in the log if there is one.',
    causes: [
      'The daemon JVM ran out of memory or was killed (low RAM in CI, kotlin.daemon.jvmargs too small)',
      'Stale Kotlin daemons of another version, or a temp/daemon directory it cannot write',
      'The JDK is newer than the Kotlin version supports',
    ],
    fixes: () => [
      fix('Stop the stale daemons and give the Kotlin daemon memory', ['Stop Gradle and Kotlin daemons, then build again', 'Raise the Kotlin daemon heap in gradle.properties, or compile in-process on small CI machines'], './gradlew --stop\npkill -f KotlinCompileDaemon   # the stale ones\n# gradle.properties\nkotlin.daemon.jvmargs=-Xmx2g\n# or, on small CI runners\nkotlin.compiler.execution.strategy=in-process'),
      fix('Check the JDK and Kotlin versions', ['Use a JDK that your Kotlin Gradle plugin supports, or upgrade the plugin'], './gradlew -version'),
    ],
    references: [ref('Kotlin: compilation and caches in the Kotlin Gradle plugin (daemon)', 'https://kotlinlang.org/docs/gradle-compilation-and-caches.html')],
    samples: ['e: Daemon compilation failed: Could not connect to Kotlin compile daemon'],
  },
  {
    id: 'java.gradle-daemon-disappeared',
    language: 'java',
    match: /Gradle build daemon disappeared unexpectedly \(it may have been killed or may have crashed\)/,
    requires: /daemon disappeared unexpectedly/,
    errorType: 'Gradle build daemon disappeared',
    category: 'runtime',
    priority: 20,
    summary: () => 'The Gradle daemon running the build died in the middle of it (killed, usually for memory, or crashed).',
    explanation:
      'The gradle or gradlew client hands the build to a daemon JVM; this message means that process went away. Most often the operating ' +
      'system\'s OOM killer ended it because the daemon plus its workers (Kotlin daemon, test JVMs, R8/D8) used more memory than the machine or ' +
      'container had; a JVM crash (hs_err_pid*.log in the project folder) or a CI step timeout are the other causes.',
    causes: [
      'The machine or CI container ran out of memory and the kernel killed the daemon (dmesg shows "Out of memory: Killed process … java")',
      'org.gradle.jvmargs sets a heap larger than the container allows, or too many parallel workers',
      'The JVM crashed (look for hs_err_pid*.log)',
    ],
    fixes: () => [
      fix('Fit the build into the memory you have', ['Check the kernel log for an OOM kill', 'Set the daemon heap below the container limit and limit workers'], 'dmesg | grep -i -E "killed process|out of memory"\n# gradle.properties\norg.gradle.jvmargs=-Xmx2g -XX:MaxMetaspaceSize=512m\norg.gradle.workers.max=2\n# CI: or run without the daemon\n./gradlew build --no-daemon'),
    ],
    references: [ref('Gradle: the Gradle daemon', 'https://docs.gradle.org/current/userguide/gradle_daemon.html')],
    samples: ['FAILURE: Build failed with an exception.\n\n* What went wrong:\nGradle build daemon disappeared unexpectedly (it may have been killed or may have crashed)'],
  },
];
