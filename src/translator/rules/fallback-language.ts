import type { Language } from '../translation';

/**
 * The last guess at a language for a text no pattern recognised and the detector could not place: the
 * tools and words it mentions. A reader who does not know the message still sees that "pg_restore: error:
 * … ERROR: role does not exist" came from PostgreSQL's tools, or that "Error: INSTALLATION FAILED" with a
 * chart name came from Helm. Only the fallback answer uses it, as weak evidence: pattern matching and
 * the detector's own signals are never changed by it.
 *
 * Each clue is a bounded or literal-led regex (linear in the text) with a weight; the language with the
 * highest total wins if it reaches MIN_SCORE, and ties go to the clue listed first.
 */

type Clue = readonly [Language, RegExp, number];

/** A tool's own name: one is enough. */
const TOOL = 3;
/** A word the tool's messages use, alone not enough. */
const WORD = 2;
/** Evidence that only tips a balance. */
const HINT = 1;
const MIN_SCORE = 3;

// klog's line header (the components' logs): "E0408 06:59:52.048116       1 operator.go:322] ".
const KLOG_HEADER: Clue = ['kubernetes', /^[EIWF]\d{4} \d{2}:\d{2}:\d{2}\.\d{6} {1,8}\d{1,10} [\w.-]{1,80}:\d{1,6}\] /m, TOOL];

const CLUES: readonly Clue[] = [
  // Kubernetes: its CLIs and components, its kinds, its API groups, the describe output's sections.
  [
    'kubernetes',
    /\b(?:kubectl|kubelet|kubeadm|kube-(?:apiserver|proxy|scheduler|controller-manager|dns)|minikube|microk8s|k3s|k3d|kustomize|istioctl|eksctl)\b/,
    TOOL,
  ],
  ['kubernetes', /\bhelm\b|\b(?:INSTALLATION|UPGRADE) FAILED\b|\brelease: not (?:found|loaded)|\bRelease not loaded\b/i, TOOL],
  ['kubernetes', /\bk8s\b|\.k8s\.io\b|\bkubernetes\b/i, TOOL],
  [
    'kubernetes',
    /\b(?:pods?|Pod|Deployment|deployments?|StatefulSet|DaemonSet|ReplicaSet|ConfigMap|Secret|PersistentVolume(?:Claim)?|Ingress|ServiceAccount|CustomResourceDefinition|namespaces?|Namespace|CronJob|HorizontalPodAutoscaler|Node)\b/,
    WORD,
  ],
  [
    'kubernetes',
    /\bapiVersion\b|\bkind not set\b|\bspec\.\w|\bmetadata\.\w|\betcd\w{0,20}\b|\bArgo ?CD\b|\bflux\b|\bcert-manager\b|\bingress-nginx\b/,
    WORD,
  ],
  ['kubernetes', /^(?:Events|Conditions|Status|Reason|Message): /m, HINT],
  // The mesh, the autoscaler and GitOps controllers, and the cluster DNS, by their own names and codes.
  [
    'kubernetes',
    /\b(?:IST\d{4}|istio(?:-proxy|d|ctl)?|Istio|karpenter|Karpenter|HelmChart|HelmRelease|coredns|CoreDNS|plugin\/(?:forward|kubernetes|loop))\b/,
    TOOL,
  ],
  KLOG_HEADER,
  [
    'kubernetes',
    /\bChart\.yaml\b|\.Values\.|\bchart repository\b|\bnodes are available\b|\bpreflight\b|\bOpenShift\b|\boc (?:login|status|get|apply|describe)\b|\bGroupVersionKind\b|\bapps\/v1\b/,
    TOOL,
  ],
  [
    'kubernetes',
    /\b(?:rafthttp|etcdserver|clientv3|flannel|cni|NetworkPlugin|MicroK8s)\b|\/etc\/cni\/|\bpod sandbox\b|\.kube\/config\b|\bserver API group list\b/,
    TOOL,
  ],
  ['kubernetes', /\b(?:MountVolume|FailedMount|FailedScheduling|CrashLoopBackOff|ImagePullBackOff|Evicted|cluster)\b/, WORD],
  [
    'kubernetes',
    /\bError from server\b|\bkubeconfig\b|\bno context exists\b|\bcontext was not found\b|\bkustomization\b|\bhelm_release\b|\brendered manifests\b|\bobjects passed to apply\b|\bjsonpath\b|\bAuth Provider\b|\badmission webhook\b|\bgatekeeper\b|\blinkerd\b|\bupstream connect error\b|\bAttachVolume\b|\bdesired state to live state\b|\bHTTP-01 challenge\b|\bkubelogin\b|\btemplates\/[\w.-]{1,100}\.ya?ml\b/i,
    TOOL,
  ],
  ['kubernetes', /\bmanifests?\b|\brelease\b|\.ya?ml\b/, HINT],
  // Docker: its CLIs, the daemon, BuildKit and the classic builder, compose.
  ['docker', /\b(?:docker(?:d|file)?|Docker(?:file)?|containerd|runc|crun|podman|buildx|buildkit|moby|nerdctl)\b/, TOOL],
  [
    'docker',
    /^Step \d{1,3}(?:\/\d{1,3})? : |^ ---> |\b(?:ADD|COPY) failed\b|\berrorDetail\b|\bfailed to solve\b|\bCannot (?:start|create) service\b/m,
    TOOL,
  ],
  ['docker', /\bHandler for (?:GET|POST|PUT|DELETE|HEAD) \/v1\.\d{1,3}\/|\bServeAPI\b/, TOOL],
  // A registry's refusal, a push's layer lines, the engine's iptables chains, containerd's CLI, rootless set-up.
  [
    'docker',
    /^(?:denied|unauthorized|toomanyrequests): |^[0-9a-f]{12}: (?:Preparing|Waiting|Pushing|Layer already exists)$|\bno basic auth credentials\b|\bimage not known\b|\bDOCKER-(?:USER|ISOLATION)\w{0,20}|^ctr: |\bdockerd-rootless\w{0,10}|\bnewuidmap\b|\benv file\b/m,
    TOOL,
  ],
  ['docker', /\bcompose\b|\bswarm\b|\bOCI\b|\boverlay2\b|\brootless\w{0,10}\b|platform \(linux\//, WORD],
  // A container whose entrypoint could not start, compose's exit line, the engine's logrus lines.
  [
    'docker',
    /^exec \S{1,300}: (?:permission denied|no such file or directory|exec format error)|\bexecutor failed running\b|--password-stdin\b/im,
    TOOL,
  ],
  [
    'docker',
    /\bexited with code \d{1,3}\b|^(?:ERRO|FATA|WARN)\[\d{4}|\benv file\b|\bslirp4netns\b|\bseccomp\b|\bcgroups?\b|\bbinfmt_misc\b|\bstorage-driver\b|\bdevicemapper\b|\bContainer \S{1,80} {1,10}(?:Healthy|Started|Created|Error|Waiting)\b/m,
    WORD,
  ],
  ['docker', /\b(?:containers?|images?|registry|manifest|repository)\b/, HINT],
  // Compose's project errors, BuildKit's step lines, the engine's and Desktop's own words.
  [
    'docker',
    /\bservices? ["']?[\w.-]{1,80}["']? (?:refers to|failed to build|must be)\b|\bservices must be a mapping\b|\binvalid compose project\b|\bis unhealthy\b|\bbringing up the project\b|^#\d{1,4} (?:ERROR|\[)|\btini\b|\bnetavark\b|\bWsl\/|\bHCS_E_\w{1,40}|\bshort-name resolution\b|\bClient sent an HTTP request to an HTTPS server\b|\bpulling image\b|\bbuild context\b|\bbuildpacks?\w{0,10}\b|\bname unknown\b|\bHTTP code \d{3}\b|\bAPI route and version\b|\bdockerDesktop\w{0,30}|\bno such container\b|\bcontainer name\b/m,
    TOOL,
  ],
  // Native code: compilers, linkers, build systems, crashes and the loader.
  ['cpp', /\b(?:g\+\+|clang\+\+|cc1plus|c\+\+|CXX)(?![\w+])|\bstd::|\.(?:cpp|cc|cxx|hpp|hh|ino)\b|\bC\/C\+\+\(\d+\)/, TOOL],
  ['c', /\b(?:gcc|cc1|clang|collect2|ld\.(?:so|lld|gold|bfd)|ld(?=: )|\/usr\/bin\/ld)\b|\bmake(?:\[\d{1,3}\])?: /, TOOL],
  [
    'c',
    /\w\.[ch](?::\d{1,7}|\(\d{1,7}\))|\b(?:meson(?:\.build)?|ninja|pkg-config|autoconf|automake|autoreconf|libtool|configure:|configure\.ac|config\.log|mold)\b/,
    TOOL,
  ],
  ['c', /\b(?:Segmentation fault|core dumped|SIGSEGV|SIGABRT|AddressSanitizer|valgrind|gdb|lldb|malloc|MPI_\w{1,40})\b|\bfree\(\)/, WORD],
  [
    'c',
    /\b(?:shared libraries|ELF(?:CLASS\d\d)?|Undefined symbols|undefined reference|linker|relocation|R_X86_64_\w{1,30})\b|\.so(?:\.\d{1,4}){0,3}\b/,
    WORD,
  ],
  // Crashes the shell or the kernel reports for a native program, make's own stop, the loader's versions.
  [
    'c',
    /\b(?:Segmentation fault|core dumped|core dump|segfault at|Kernel panic|kernel NULL pointer|unable to handle (?:kernel paging request|page fault)|GLIBC_\d)|\bOops: |code=dumped|\/SEGV\b|^Makefile:\d{1,6}: \*\*\*|^<source>:\d{1,6}:\d{1,4}: |\bsegmenta\w{1,10}\b|\bSpeicherzugriffsfehler\b/m,
    TOOL,
  ],
  ['c', /\*\*\* [^\n]{1,200}\. {1,2}Stop\.|\bundefined symbol\b/, WORD],
  // The kernel's oops reports and module builds, Windows' exit codes for a native program's crash or missing DLL
  // (0xC0000005, 0xC0000135, 0xC0000374 as the console prints them), CTest's crashed tests, the memory checkers.
  [
    'c',
    /\bgeneral protection fault\b|^Modules linked in: |\bTainted: |\bMODPOST\b|\bmodpost: |\bkernel: \[ {0,12}\d{1,8}\.\d{6}\]|(?:exited with|exit) code -?(?:1073741819|1073741515|1073740940|3221225477|3221225781)\b|\bc0000(?:005|135|374)\b|\bChild aborted\b|\bDr\. ?M(?:emory)?\b|^==\d{1,8}==(?:ERROR|WARNING|ASan)\b|\bemcc\b/im,
    TOOL,
  ],
  // The loader's and glibc's own reports, C-only diagnostics, Android's and Emscripten's native builds, Dev-C++'s
  // console pauser with a Windows crash status (the README: C unless the text shows C++).
  [
    'c',
    /\berror while loading shared libraries\b|\bwrong ELF class\b|\bstack smashing detected\b|\bCaught deadly signal\b|\bsystemd-coredump\b|\bloop initial declarations\b|\bimplicit-function-declaration\b|\bAndroid NDK: |\bndk-build\b|^assertion "[^"\n]{1,200}" failed: file|\breturn value 32212\d{5}\b|^Package '[^'\n]{1,100}', required by/m,
    TOOL,
  ],
  // What only C++ has or says: vtables, the MSVC runtime's pure virtual call (R6025) and its C++ exceptions, g++'s "not
  // declared in this scope" (C's word is "undeclared"), Unreal's check(), CUDA's compilers, the Arduino IDE's size report.
  [
    'cpp',
    /\bvtable for\b|\bR6025\b|\bpure virtual function call\b|\bMicrosoft C\+\+ (?:exception|异常|例外|Ausnahme)|\bwas not declared in this scope\b|\[File:[^\]\n]{1,300}\] \[Line: ?\d{1,7}\]|\b(?:ptxas|nvcc)\b|\bSketch too big\b|\bEXCEPTION DECODER\b|\bTask watchdog got triggered\b/,
    TOOL,
  ],
  // C++ projects' build tools and libraries (two in three CMake errors pasted come from C++ projects), and a C++
  // member function's signature ("Foo::bar()" in a linker's undefined symbols).
  [
    'cpp',
    /\b(?:cmake|CMake|CMakeLists\.txt|bazel|BUILD file|conan|Conan|vcpkg|Boost|Q(?:Widget|Application|Thread|Object))\b|\b[A-Za-z_]\w{0,60}::~?[A-Za-z_]\w{0,60}\(/,
    TOOL,
  ],
  // C++ runtimes and platforms the README labels C++: the ESP32's panics, Qt, Windows' crash records, the C++ runtime's terminate.
  [
    'cpp',
    /\b(?:Guru Meditation|abort\(\) was called|task_wdt|terminate called|Arduino|PlatformIO|PIO Core|esptool|avrdude|GLIBCXX_\d|CXXABI_\d|EXCEPTION_ACCESS_VIOLATION|Faulting application|MSVCP\d{2,3}|consteval|constexpr|libc\+\+abi)|\bQ[A-Z][a-z]\w{1,40}<|\bASSERT failure in Q|-f(?:no-)?(?:exceptions|rtti)\b|\b0xc0000005\b/i,
    TOOL,
  ],
  // Databases and their clients.
  [
    'sql',
    /\b(?:psql|pg_[a-z]{2,20}|postgres(?:ql)?|PostgreSQL|mysql\w{0,10}|MySQL|mariadb|MariaDB|sqlite3?|SQLite|mssql|SQL Server|sqlcmd|Oracle|SQL\*Plus|BigQuery|Snowflake|CockroachDB|pgbouncer|PgBouncer)\b|\b(?:ORA|SP2|TNS|PLS)-\d{4,5}\b/i,
    TOOL,
  ],
  ['sql', /\bSQL\b|\bSQLSTATE\b|^(?:SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|GRANT)\b/m, WORD],
  // PostgreSQL's server log (two spaces after the level, also localised), MySQL's, SQLite's and SQL Server's words.
  [
    'sql',
    /\b(?:PANIC|FATAL|LOG|HINT|DETAIL|STATEMENT|FEHLER|ОШИБКА|ERREUR|ERRO|错误): {2}\S|\bInnoDB\b|\bmysqld\b|snowflakecomputing|\bSQL compilation error\b|\btransaction log for database\b|^Parse error near line \d|\bnear "[^"\n]{1,80}": syntax error|\bconstraint failed\b/m,
    TOOL,
  ],
  ['sql', /\b(?:table|column|database|query|schema|transaction|role)\b/, HINT],
  // Program runtimes named by their tools.
  [
    'python',
    /\b(?:pip3?|python[\d.]{0,4}|django|gunicorn|uwsgi|uvicorn|celery|flask|pytest|conda|poetry|virtualenv|setup\.py|pydantic)\b|\w\.py\b|\buv (?:run|sync|pip)\b/i,
    TOOL,
  ],
  [
    'python',
    /\b(?:torch|numpy|tensorflow|jax|jaxlib|huggingface|sqlalchemy|QueuePool|pymongo|alembic|ASGI|WSGI|ALLOWED_HOSTS|HTTP_HOST|CSRF|ipynb|jupyter|Microsoft Visual C\+\+ 14\.0|Booting worker|WORKER TIMEOUT)\b/i,
    TOOL,
  ],
  [
    'javascript',
    /\bnode(?=: | -{1,2}\w| \.{0,2}\/| v?\d{1,2}\.\d| version\b)|\b(?:npm|npx|node\.js|nodejs|nodemon|yarn|pnpm|bun|webpack|vite|nuxt|next\.js|Vue|React|Angular|Cypress|PM2|eslint|babel)\b|\bBun v\d|node_modules|\w\.(?:m?js|jsx)\b/,
    TOOL,
  ],
  ['javascript', /\bCross-Origin\b|\bCORS\b|\[Vue warn\]|\[nuxt\]/, WORD],
  [
    'javascript',
    /\b(?:Cypress\w{0,10}|[Pp]laywright|browserType\.launch|[Jj]est|[Mm]ocha|done\(\) callback|Exceeded timeout of \d{1,7} ?ms|Metro|Invariant Violation|ExpressionChangedAfterItHasBeenCheckedError|Data path|Schema validation failed|nextjs\.org|prerender\w{0,10}|Prisma|Record to update not found|Same Origin|multi-?origines)\b/,
    TOOL,
  ],
  ['csharp', /\.NET\b|\b(?:dotnet|NuGet|Xamarin|XamlC|ASP\.NET|ANCM|MSBuild|IIS)\b|\.(?:csproj|sln|cs)\b|\bXFC\d{4}\b|\bXA\d{4}\b/, TOOL],
  [
    'csharp',
    /\bVersion=\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}\b|\b(?:MAUI|Maui|APT\d{4}|UnityEngine|Newtonsoft|DbContext|IDENTITY_INSERT|hostfxr|SqlException|InvalidOperationException|NullReferenceException)\b|See the inner exception|\bassembly\b/,
    TOOL,
  ],
  [
    'go',
    /\bgolang\b|\bgo (?:build|run|test|mod|get|vet)\b|\bgoroutine\b|\blevel=(?:error|fatal|panic)\b|\bDirty database version\b|\w\.go:\d/,
    TOOL,
  ],
  ['go', /\bdial (?:tcp|udp|unix)\b/, WORD],
  ['java', /\b(?:java|javac|JVM|Maven|mvn|Gradle|gradlew|Spring|Tomcat)\b|\.(?:java|jar|class)\b/, TOOL],
  ['ruby', /\b(?:ruby|gem|bundler?|rails|rake|Rails|Gemfile|Sidekiq|Puma)\b|\w\.rb\b/, TOOL],
  ['php', /\b(?:php|PHP|composer|Laravel|Symfony|WordPress|artisan)\b|\w\.php\b/, TOOL],
  ['rust', /\b(?:cargo|rustc|rustup|Cargo\.toml)\b|\w\.rs\b/, TOOL],
  ['git', /\bgit\b|\.git\b|\bHEAD\b|\borigin\/\w/, TOOL],
  // The shell and the machine around it: shells, package managers, services, remote access, Windows.
  ['shell', /\b(?:ba|z|da|fi|k)?sh: |\bcommand not found\b|\bis not recognized as an internal or external command\b/, TOOL],
  [
    'shell',
    /\b(?:bash|zsh|sudo|apt(?:-get)?|dpkg|yum|dnf|rpm|apk|pacman|snapd?|snapctl|flatpak|brew|zypper|systemctl|systemd|journalctl|crontab|cron|wsl|robocopy|xcopy|certbot|PowerShell|pwsh)\b/,
    TOOL,
  ],
  ['shell', /^E: |\bPS [A-Z]:\\|\bCategoryInfo\b|\bFullyQualifiedErrorId\b|\bscript returned exit code\b/m, TOOL],
  // A Unix program naming itself before its message ("tail: cannot open …", "app.service: Failed …"), bash's
  // "script: line 3: …", wget's dated request line, robocopy's coded errors, a runner's failed step.
  [
    'shell',
    /^(?!(?:error|warning|fatal|note|hint|info|debug|trace|caused by|stderr|stdout|exception|panic|message|reason|status|type|details?|description|at|in|from|file|line|code|result|cause|solution|expected|actual|got|want|output|gcc|cc|clang|ld|ninja|make|meson|configure|autoreconf|autoconf|automake|libtool|mold|lld|collect2|cc1\w{0,4}|[\w.-]{1,30}-(?:gcc|ld))\b)[a-z][\w.-]{1,30}(?:\[\d{1,10}\])?: |: line \d{1,6}: |^--\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}-- |^ERROR \d{1,5} \(0x[0-9A-Fa-f]{8}\)|\bProcess completed with exit code\b|\bHomebrew\b|\bnginx\b|\[emerg\]/m,
    TOOL,
  ],
  // rsync's and OpenSSL's own failure lines name their C sources ("at main.c(1189)", "pem_lib.c:745"): still the tools'.
  ['shell', /\brsync error: |\bPEM routines\b|^OpenSSL> |\bunable to load (?:Private Key|certificate)\b/m, TOOL + 1],
  [
    'shell',
    /\bssh-(?:agent|add|keygen)\b|\.ssh\/|\bauthentication agent\b|\.(?:service|socket|timer|mount)\b|\blocale\b|\bterminal type\b/,
    WORD,
  ],
  [
    'shell',
    /\b(?:xcrun|superuser|D-?Bus|DBUS_\w{1,40}|grub|nothing provides|nmcli|Connection activation failed|atd|CRON|iptables|Unable to locate package|AH\d{5}|apache2?|Vagrant|fish|Release file|baseurl|xargs|cask|Gatekeeper)\b|\/dev\/pts\b|\.profile\b|\bApple could not verify\b|\bcertificate, issued by\b|\/Applications\/|\bCommand exited with non-zero status\b/,
    TOOL,
  ],
  // Windows' own shells and services: cmd's and net's messages, sc.exe, PowerShell's error records and positions, WSL's installer.
  [
    'shell',
    /\bSystem error \d{1,5} has occurred\b|\bNET HELPMSG\b|^\[SC\] |\bwas unexpected at this time\b|\bas the name of a cmdlet\b|\bAt (?:line:\d{1,6}|[^\n]{1,200}\.ps1:\d{1,6}) (?:char|Zeichen):\d|^[A-Z][a-z]{1,20}-[A-Z][A-Za-z]{1,40} : |\bWslRegisterDistribution\b|\bmklink\b|\bexited with code 4294967295\b/m,
    TOOL,
  ],
  // Linux and macOS administration: SELinux and AppArmor denials, sshd's configuration, firewalls, logrotate,
  // fail2ban, HAProxy, the archivers, package transactions, launchd and codesign, ssh's channels, tmux.
  [
    'shell',
    /\bavc: {1,2}denied\b|\bapparmor="DENIED"|\bsshd_config\b|\bsshd\[\d{1,8}\]|\bauthorized_keys\b|\b(?:ufw|FirewallD|firewall-cmd|INVALID_ZONE|logrotate|fail2ban|haproxy|codesign|launchctl|LaunchDaemons|keyring|metalink|NXDOMAIN|TMUX)\b|^\[ALERT\] |\bzip (?:error|warning): |\binflating: |\bbad CRC\b|\b7-Zip\b|\b7z(?:a|\.exe)?\b|\bfailed to commit transaction\b|\bLoaded plugins: |\bin domain for (?:port|system|user)\b|^\[\d{1,3}\]\+ {1,4}Killed\b|\bchannel \d{1,4}: |\bport forwarding failed\b|\bPermission denied \((?:password|publickey)/m,
    TOOL,
  ],
  [
    'shell',
    /\b(?:ssh|sshd|scp|rsync|curl|wget|tar|unzip|chmod|chown|mount|losetup|fdisk|mkfs|mkdir|ln|cp|mv|rm|sed|awk|grep|xargs|find)(?=[:\s])|\bpassword:|\bAccess is denied\b/,
    WORD,
  ],
  [
    'shell',
    /\bPermission denied\b|\bNo such file or directory\b|\bexit (?:code|status) \d{1,3}\b|(?:^|\s)\/(?:usr\/)?(?:s?bin|etc|var|opt|home|tmp)\//m,
    HINT,
  ],
];

/** The language the text's tools and words point to, or null when they point nowhere clearly. */
export function guessLanguageFromMentions(text: string): Language | null {
  return guess(text, CLUES);
}

// Any Go program that logs through glog prints klog's header: it places a Go error's text in no tool.
const TOOL_CLUES = CLUES.filter((clue) => clue !== KLOG_HEADER);

/** The tool (docker, kubectl…) a Go library's error was printed by, as far as the text's mentions tell. */
export function guessToolFromMentions(text: string): Language | null {
  return guess(text, TOOL_CLUES);
}

function guess(text: string, clues: readonly Clue[]): Language | null {
  const scores = new Map<Language, number>();
  for (const [language, re, weight] of clues) {
    if (re.test(text)) scores.set(language, (scores.get(language) ?? 0) + weight);
  }
  // A C++ clue among C-style output makes it C++ (the README's rule: C++ when the sources or the compiler say so).
  const cpp = scores.get('cpp') ?? 0;
  if (cpp > 0) scores.set('cpp', cpp + (scores.get('c') ?? 0));
  let best: [Language, number] | null = null;
  for (const entry of scores) if (!best || entry[1] > best[1]) best = entry;
  return best && best[1] >= MIN_SCORE ? best[0] : null;
}
