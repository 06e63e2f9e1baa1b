import type { ErrorPattern } from '../rules/error-pattern';
import type { Fix } from '../translation';

/**
 * Package-manager failures, most frequent first. The language is the ecosystem's:
 * npm/yarn/pnpm → javascript, pip/uv/poetry/pipenv/conda → python, Composer → php, NuGet → csharp,
 * cargo → rust, gem/bundler → ruby.
 * Where a tool names its failure with a code (npm "code X", ERR_PNPM_*, Yarn 2+ YNxxxx, NuGet NUxxxx)
 * the code is the error type, and one pattern per tool explains each code from a table below.
 * The "npm ERR!" / "npm error" prefixes are optional in every regex, in case the engine strips log prefixes.
 */

const NPM_DOCS = 'https://docs.npmjs.com/cli/v10';

export const PACKAGE_MANAGER_PATTERNS: readonly ErrorPattern[] = [
  // ---------------------------------------------------------------- npm / yarn / pnpm
  {
    id: 'npm.eresolve',
    language: 'javascript',
    match: /\bERESOLVE\b(?:[\s\S]{0,1500}?\bFound: (?<found>\S{1,214}))?(?:[\s\S]{0,1500}?\bpeer (?<peer>[^\n]{1,300}))?/,
    errorType: 'ERESOLVE',
    category: 'dependency',
    priority: 45,
    summary: (c) =>
      c.peer
        ? `npm cannot satisfy a peer dependency: ${c.peer.trim()}${c.found ? `, but ${c.found} is installed` : ''}.`
        : 'npm cannot build a dependency tree that satisfies every peer dependency.',
    explanation: (c) =>
      'Since npm 7, peer dependencies are installed and enforced. One package declares it works only with a range of another package ' +
      `(${c.peer ? c.peer.trim() : 'a peer range'}), and the version your project uses${c.found ? ` (${c.found})` : ''} is outside that range. ` +
      'npm refuses rather than installing an incompatible combination. Often the library simply has not declared support for the newer major version yet (React 18/19, Angular, ESLint 9).',
    causes: [
      'A library declares a peer range that excludes the major version you use (e.g. react@18 vs peer react@"^16 || ^17")',
      'Two packages need incompatible versions of the same peer',
      'A lockfile created with npm 6 or --legacy-peer-deps, installed with a stricter npm',
    ],
    fixes: [
      {
        title: 'Upgrade the package that declares the peer',
        steps: ['Check whether a newer version of the library supports your version', 'Upgrade it, or choose versions that agree'],
        code: 'npm view react-beautiful-dnd peerDependencies\nnpm install react-beautiful-dnd@latest',
      },
      {
        title: 'Override or relax the check when you know it works',
        steps: [
          'Add an "overrides" entry in package.json to force the shared version',
          'Or install with --legacy-peer-deps (npm 6 behaviour: peers are not installed automatically); record it in .npmrc so CI does the same',
        ],
        code: 'npm install --legacy-peer-deps\necho "legacy-peer-deps=true" >> .npmrc',
      },
    ],
    references: [
      { title: 'npm: npm install (--legacy-peer-deps, --force)', url: `${NPM_DOCS}/commands/npm-install` },
      { title: 'npm: package.json overrides and peerDependencies', url: `${NPM_DOCS}/configuring-npm/package-json` },
    ],
    samples: [
      'npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\nnpm ERR! \nnpm ERR! While resolving: my-app@0.1.0\nnpm ERR! Found: react@18.2.0\nnpm ERR! node_modules/react\nnpm ERR!   react@"^18.2.0" from the root project\nnpm ERR! \nnpm ERR! Could not resolve dependency:\nnpm ERR! peer react@"^16.8.5 || ^17.0.0" from react-beautiful-dnd@13.1.1\nnpm ERR! node_modules/react-beautiful-dnd\nnpm ERR!   react-beautiful-dnd@"^13.1.1" from the root project\nnpm ERR! \nnpm ERR! Fix the upstream dependency conflict, or retry\nnpm ERR! this command with --force or --legacy-peer-deps',
      'npm error code ERESOLVE\nnpm error ERESOLVE could not resolve\nnpm error\nnpm error While resolving: @typescript-eslint/eslint-plugin@6.21.0\nnpm error Found: eslint@9.4.0\nnpm error Could not resolve dependency:\nnpm error peer eslint@"^7.0.0 || ^8.0.0" from @typescript-eslint/eslint-plugin@6.21.0',
    ],
  },
  {
    id: 'npm.e404',
    language: 'javascript',
    match: /\bcode E404\b(?:[\s\S]{0,300}?404 Not Found - GET (?<url>https?:\/\/[^\s]{1,300}))?(?:[\s\S]{0,600}?'(?<package>[^'\s]{1,214})' is not in (?:the npm|this) registry)?|404 Not Found - GET (?<url2>https?:\/\/[^\s]{1,300})|ERR_PNPM_FETCH_404\s{1,4}GET (?<url3>https?:\/\/[^\s:]{1,300})/,
    errorType: 'E404',
    category: 'dependency',
    priority: 40,
    summary: (c) => `The registry has no package ${packageFrom(c) || 'with that name'} (404).`,
    explanation: (c) =>
      `The registry answered 404 for ${packageFrom(c) || 'the package'}. Either the name is misspelled, the package is private/scoped and npm is not authenticated for that scope ` +
      '(private packages answer 404, not 403), the scope is mapped to the wrong registry in .npmrc, or the package was unpublished.',
    causes: [
      'Typo in the package name (or a package that only exists under a scope, e.g. @types/…)',
      'A private or scoped package without an auth token / registry mapping in .npmrc',
      'A different registry configured (corporate mirror) that does not proxy this package',
      'The package or version was unpublished',
    ],
    fixes: (c) => [
      {
        title: `Check the name ${packageFrom(c) || ''} and the registry`.replace('  ', ' '),
        steps: [
          c.package || c.url || c.url2 || c.url3
            ? `npm asked for ${[c.package, c.url ?? c.url2 ?? c.url3].filter(Boolean).join(' at ')} and got 404: look the package up under that exact name`
            : 'Look the package up',
          'Check which registry npm uses for it',
        ],
        code: `npm view ${packageFrom(c) || 'package-name'}\nnpm config get registry`,
      },
      {
        title: 'Authenticate for private scopes',
        steps: ['Map the scope to its registry and provide a token in .npmrc (in CI via an environment variable)'],
        code: '@my-org:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${NPM_TOKEN}',
      },
    ],
    references: [
      { title: 'npm: npm install', url: `${NPM_DOCS}/commands/npm-install` },
      { title: 'npm: .npmrc', url: `${NPM_DOCS}/configuring-npm/npmrc` },
    ],
    samples: [
      "npm ERR! code E404\nnpm ERR! 404 Not Found - GET https://registry.npmjs.org/reakt - Not found\nnpm ERR! 404 \nnpm ERR! 404  'reakt@*' is not in this registry.",
      'npm error code E404\nnpm error 404 Not Found - GET https://registry.npmjs.org/@my-org%2fdesign-system - Not found',
    ],
  },
  {
    id: 'npm.root-owned-cache',
    language: 'javascript',
    match: /Your cache folder contains root-owned files[\s\S]{0,400}?sudo chown -R (?<owner>[\w:]{1,40}) "(?<cache>[^"\n]{1,300})"/,
    errorType: 'EACCES',
    category: 'permission',
    priority: 50,
    summary: (c) => `npm's cache folder ${c.cache ?? ''} contains files owned by root.`,
    explanation:
      'An earlier `sudo npm …` created files in your npm cache as root, and npm running as your user can no longer write there. npm prints the exact command to give the folder back to you.',
    causes: ['npm was run with sudo at some point', 'A Docker volume or CI step wrote the cache as root'],
    fixes: (c) => [
      {
        title: 'Give the cache back to your user',
        steps: ['Run the command npm prints', 'Avoid sudo with npm afterwards'],
        code: `sudo chown -R ${c.owner ?? '$(id -u):$(id -g)'} "${c.cache ?? '$HOME/.npm'}"`,
      },
    ],
    references: [{ title: 'npm: Resolving EACCES permissions errors', url: 'https://docs.npmjs.com/resolving-eacces-permissions-errors-when-installing-packages-globally' }],
    samples: [
      'npm ERR! code EACCES\nnpm ERR! syscall mkdir\nnpm ERR! path /Users/ann/.npm/_cacache/index-v5/1c\nnpm ERR! errno -13\nnpm ERR! \nnpm ERR! Your cache folder contains root-owned files, due to a bug in\nnpm ERR! previous versions of npm which has since been addressed.\nnpm ERR! \nnpm ERR! To permanently fix this problem, please run:\nnpm ERR!   sudo chown -R 501:20 "/Users/ann/.npm"',
    ],
  },
  {
    id: 'npm.eacces',
    language: 'javascript',
    match: /\bcode EACCES\b(?:[\s\S]{0,400}?\bpath (?<path>[^\n]{1,300}))?/,
    errorType: 'EACCES',
    category: 'permission',
    priority: 40,
    summary: (c) => `npm has no permission to write ${c.path ?? 'to the install directory'}.`,
    explanation: (c) =>
      `npm tried to create or change ${c.path ?? 'a file'} and the operating system refused. ` +
      (c.path && /\/usr\/(?:local\/)?lib\/node_modules|\/usr\/local\/bin/.test(c.path)
        ? 'This is the global install directory of a system-wide Node.js, owned by root. Installing global packages there needs either sudo (not recommended) or a Node installation owned by your user.'
        : 'The directory belongs to another user (often root after a `sudo npm install`), or a file is locked by an editor/antivirus on Windows.'),
    causes: [
      'Global install (-g) into a system directory owned by root',
      'node_modules or package-lock.json created earlier by sudo/root (or a Docker container running as root)',
      'Files locked by another process (Windows)',
    ],
    fixes: (c) => [
      {
        title: 'Use a Node installation owned by your user',
        steps: ['Install Node with a version manager (nvm, fnm, volta), so global packages go to your home directory', 'Or point npm\'s prefix to a directory you own'],
        code: 'curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.39.7/install.sh | bash\nnvm install --lts\n\n# or\nnpm config set prefix "$HOME/.npm-global"\nexport PATH="$HOME/.npm-global/bin:$PATH"',
      },
      {
        title: 'Give project files back to your user',
        steps: ['If a previous sudo run created them, change the owner instead of using sudo again'],
        code: `sudo chown -R "$(id -u):$(id -g)" ${c.path ? `"${c.path}"` : 'node_modules package-lock.json'}`,
      },
    ],
    references: [{ title: 'npm: Resolving EACCES permissions errors when installing packages globally', url: 'https://docs.npmjs.com/resolving-eacces-permissions-errors-when-installing-packages-globally' }],
    samples: [
      "npm ERR! code EACCES\nnpm ERR! syscall mkdir\nnpm ERR! path /usr/local/lib/node_modules/typescript\nnpm ERR! errno -13\nnpm ERR! Error: EACCES: permission denied, mkdir '/usr/local/lib/node_modules/typescript'",
    ],
  },
  {
    id: 'npm.enoent-package-json',
    language: 'javascript',
    match: /(?:ENOENT: no such file or directory, open '(?<path>[^'\n]{0,300}?package\.json)'|Could not read package\.json)/,
    errorType: 'ENOENT',
    category: 'configuration',
    priority: 45,
    summary: (c) =>
      c.path && /node_modules/.test(c.path)
        ? `A package.json inside node_modules is missing (${c.path}): the install tree is incomplete or was modified while npm ran.`
        : `npm found no package.json${c.path ? ` at ${c.path}` : ''}: you are not in the project directory.`,
    explanation: (c) =>
      (c.path && /node_modules/.test(c.path)
        ? 'The missing file belongs to an installed dependency: a previous install was interrupted, two installs ran at once (parallel CI steps, a cache restored over node_modules), or an old npm bug with optional dependencies. Delete node_modules and install again. '
        : '') +
      'npm commands such as install, run and ci work on the package.json of the current directory. There is none here: the command runs from the wrong folder ' +
      '(a parent directory, a CI step without the right working-directory, a Docker WORKDIR before COPY), or the file was never created.',
    causes: [
      'The terminal/CI step is in another directory than the project',
      'Dockerfile runs npm install before COPY package*.json, or in another WORKDIR',
      'A new project without npm init',
    ],
    fixes: [
      {
        title: 'Run from the project directory',
        steps: ['cd into the folder that contains package.json', 'In CI set the working directory', 'In Docker copy package files before npm install'],
        code: 'cd my-project && npm install\n\n# Dockerfile\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci',
      },
    ],
    references: [{ title: 'npm: package.json', url: `${NPM_DOCS}/configuring-npm/package-json` }],
    samples: [
      "npm ERR! code ENOENT\nnpm ERR! syscall open\nnpm ERR! path /home/ann/package.json\nnpm ERR! errno -2\nnpm ERR! enoent ENOENT: no such file or directory, open '/home/ann/package.json'\nnpm ERR! enoent This is related to npm not being able to find a file.",
      "npm error code ENOENT\nnpm error syscall open\nnpm error path /app/package.json\nnpm error enoent Could not read package.json: Error: ENOENT: no such file or directory, open '/app/package.json'",
    ],
  },
  {
    id: 'npm.node-gyp',
    language: 'javascript',
    match: /gyp ERR! (?:[^\n]{0,300})(?:[\s\S]{0,3000}?(?:not found: (?<tool>make|g\+\+|gcc|cc|c\+\+|python3?)|(?<python>Could not find any Python installation to use)|(?<vs>Could not find any Visual Studio installation to use)))?/,
    errorType: 'node-gyp build failure',
    category: 'build',
    priority: 45,
    summary: (c) =>
      c.tool
        ? `A native Node.js addon could not be compiled: ${c.tool} is not installed.`
        : c.python
          ? 'A native Node.js addon could not be compiled: node-gyp cannot find Python.'
          : c.vs
            ? 'A native Node.js addon could not be compiled: no Visual Studio C++ build tools found.'
            : 'A native Node.js addon (node-gyp) failed to compile.',
    explanation:
      'Some packages (bcrypt, sqlite3, node-sass, canvas, sharp on unusual platforms…) contain C/C++ code. When no prebuilt binary matches your Node version/OS/CPU, ' +
      'npm compiles it with node-gyp, which needs Python 3, make and a C++ compiler (Visual Studio Build Tools on Windows). A missing toolchain, or a package too old for your Node version, makes the build fail.',
    causes: [
      'Build tools missing: python3, make, g++ (Linux/Alpine), Xcode Command Line Tools (macOS), Visual Studio C++ workload (Windows)',
      'No prebuilt binary for this Node version (a very new Node, or an old package version)',
      'Alpine/musl images where prebuilt glibc binaries do not apply',
      'Deprecated packages (node-sass) that do not support current Node versions',
    ],
    fixes: [
      {
        title: 'Install the build toolchain',
        steps: ['Install Python 3, make and a C++ compiler for your platform', 'Reinstall'],
        code: '# Debian/Ubuntu\nsudo apt-get install -y python3 make g++\n# Alpine (Dockerfile)\nRUN apk add --no-cache python3 make g++\n# macOS\nxcode-select --install\n# Windows: install "Desktop development with C++" from Visual Studio Build Tools',
      },
      {
        title: 'Prefer a version with prebuilt binaries',
        steps: ['Upgrade the package to a version that ships binaries for your Node version, or use a maintained pure-JS alternative (bcryptjs, sass instead of node-sass)', 'Or use an LTS Node version the package supports'],
        code: 'npm install bcrypt@latest\nnpm uninstall node-sass && npm install sass',
      },
    ],
    references: [{ title: 'node-gyp: installation requirements', url: 'https://github.com/nodejs/node-gyp#installation' }],
    samples: [
      'npm ERR! code 1\nnpm ERR! path /app/node_modules/bcrypt\nnpm ERR! command failed\nnpm ERR! command sh -c node-pre-gyp install --fallback-to-build\nnpm ERR! gyp info it worked if it ends with ok\nnpm ERR! gyp ERR! build error \nnpm ERR! gyp ERR! stack Error: not found: make\nnpm ERR! gyp ERR! stack     at getNotFoundError (/usr/local/lib/node_modules/npm/node_modules/which/which.js:10:17)',
      'gyp ERR! find Python \ngyp ERR! find Python Python is not set from command line or npm configuration\ngyp ERR! find Python You need to install the latest version of Python.\ngyp ERR! configure error \ngyp ERR! stack Error: Could not find any Python installation to use',
    ],
  },
  {
    id: 'npm.eintegrity',
    language: 'javascript',
    match: /\bEINTEGRITY\b|integrity checksum failed when using (?<algorithm>sha\d{1,3})|\bwanted (?:sha\d{1,3}|md5)-[\w+/=]{1,200} but got (?:sha\d{1,3}|md5)-|Integrity check failed for \\?"[^"\\\n]{1,214}\\?" \(computed integrity doesn't match/,
    errorType: 'EINTEGRITY',
    category: 'dependency',
    priority: 40,
    summary: 'A downloaded package does not match the checksum recorded in the lockfile or cache.',
    explanation:
      'package-lock.json stores an integrity hash for every tarball. The tarball npm received (or found in its cache) hashes differently: a corrupted cache, ' +
      'a proxy/mirror that serves different content, or a lockfile whose hashes came from another registry.',
    causes: ['Corrupted npm cache (interrupted download, disk issue)', 'Lockfile generated against another registry/mirror', 'A proxy modifying or truncating downloads'],
    fixes: [
      {
        title: 'Verify the cache and retry',
        steps: ['Verify (or clean) the npm cache', 'Reinstall; if the hash still differs, regenerate the lock entries for that registry'],
        code: 'npm cache verify\nnpm cache clean --force\nrm -rf node_modules && npm install',
      },
    ],
    references: [{ title: 'npm: npm cache', url: `${NPM_DOCS}/commands/npm-cache` }, { title: 'npm: package-lock.json', url: `${NPM_DOCS}/configuring-npm/package-lock-json` }],
    samples: [
      'npm ERR! code EINTEGRITY\nnpm ERR! sha512-abc123== integrity checksum failed when using sha512: wanted sha512-abc123== but got sha512-def456==. (10245 bytes)',
    ],
  },
  {
    id: 'npm.etarget',
    language: 'javascript',
    match: /\bcode ETARGET\b(?:[\s\S]{0,300}?No matching version found for (?<spec>\S{1,214}?)\.?(?:\s|$))?|No matching version found for (?<spec2>\S{1,214}?)\.?(?:\s|$)/,
    errorType: 'ETARGET',
    category: 'dependency',
    priority: 40,
    summary: (c) => `No published version matches ${c.spec ?? c.spec2 ?? 'the requested range'}.`,
    explanation: (c) =>
      `The package exists, but none of its published versions satisfy ${c.spec ?? c.spec2 ?? 'the requested version range'}. ` +
      'The version may be mistyped, not released yet, only published under a dist-tag (beta, next), or the registry mirror is behind the public registry.',
    causes: ['Typo in the version or range', 'The version is not published yet, or only as a prerelease/dist-tag', 'A mirror/proxy registry that lags behind', 'A stale npm cache of the package metadata'],
    fixes: (c) => [
      {
        title: 'Pick an existing version',
        steps: ['List the published versions and dist-tags', 'Update package.json to an existing version'],
        code: `npm view ${(c.spec ?? c.spec2 ?? 'package').replace(/@[^@/]*$/, '') || 'package'} versions --json\nnpm view ${(c.spec ?? c.spec2 ?? 'package').replace(/@[^@/]*$/, '') || 'package'} dist-tags`,
      },
    ],
    references: [{ title: 'npm: npm view', url: `${NPM_DOCS}/commands/npm-view` }],
    samples: ['npm ERR! code ETARGET\nnpm ERR! notarget No matching version found for react@^19.5.0.\nnpm ERR! notarget In most cases you or one of your dependencies are requesting\nnpm ERR! notarget a package version that doesn\'t exist.'],
  },
  {
    id: 'npm.ci-out-of-sync',
    language: 'javascript',
    match: /can only install packages when your package\.json and package-lock\.json (?:or npm-shrinkwrap\.json )?are in sync(?:[\s\S]{0,600}?Missing: (?<missing>\S{1,214}) from lock file)?|`?npm ci`? command can only install with an existing package-lock\.json/,
    errorType: 'EUSAGE',
    category: 'dependency',
    priority: 45,
    summary: (c) =>
      c.missing ? `npm ci stopped: ${c.missing} is in package.json but not in package-lock.json.` : 'npm ci stopped: package-lock.json is missing or out of sync with package.json.',
    explanation:
      'npm ci installs exactly what package-lock.json says and never updates it. If package.json lists a dependency or range the lock does not contain (someone edited package.json ' +
      'without running npm install, or committed only one of the files), or there is no lockfile at all, npm ci refuses. Lockfiles produced by a very different npm version can also disagree.',
    causes: [
      'package.json changed without regenerating package-lock.json (or the lock was not committed)',
      'The lockfile was generated by another package manager (yarn/pnpm) and no package-lock.json exists',
      'Different npm major versions locally and in CI',
    ],
    fixes: [
      {
        title: 'Regenerate and commit the lockfile',
        steps: ['Run npm install locally with the same npm major version as CI', 'Commit package.json and package-lock.json together'],
        code: 'npm install\ngit add package.json package-lock.json\ngit commit -m "Update lockfile"',
      },
    ],
    references: [{ title: 'npm: npm ci', url: `${NPM_DOCS}/commands/npm-ci` }],
    samples: [
      'npm ERR! code EUSAGE\nnpm ERR! \nnpm ERR! `npm ci` can only install packages when your package.json and package-lock.json or npm-shrinkwrap.json are in sync. Please update your lock file with `npm install` before continuing.\nnpm ERR! \nnpm ERR! Missing: typescript@5.4.5 from lock file',
      'npm ERR! The `npm ci` command can only install with an existing package-lock.json or\nnpm ERR! npm-shrinkwrap.json with lockfileVersion >= 1.',
    ],
  },
  {
    id: 'npm.lifecycle-script-failed',
    language: 'javascript',
    match: /(?:\bcode ELIFECYCLE\b|(?:^|\s)ELIFECYCLE\s{1,4}Command failed with exit code \d{1,3}|Lifecycle script `(?<lscript>[^`\n]{1,100})` failed|(?:^|npm (?:ERR!|error) )code 1$)(?:[\s\S]{0,1500}?(?:Failed at the (?<pkg>\S{1,214}) (?<script>[\w:.-]{1,100}) script|(?:^|npm (?:ERR!|error) )command (?<command>(?:sh|cmd(?:\.exe)?|bash) [^\n]{1,300})))?/m,
    errorType: (c) => (c.lscript || c.command ? 'npm error code 1' : 'ELIFECYCLE'),
    category: 'build',
    priority: 30,
    summary: (c) => {
      const script = c.lscript ?? c.script;
      return `${script ? `The npm script "${script}"${c.pkg ? ` of ${c.pkg}` : ''}` : 'An npm script or install step'} exited with an error${c.command ? ` (${c.command.trim()})` : ''}.`;
    },
    explanation:
      'npm only reports that a script (build, test, start, postinstall…) exited with a non-zero code. The real error is printed ABOVE these npm lines, by the tool the script ran ' +
      '(webpack, tsc, jest, a postinstall of a dependency). Scroll up to the first error message of that tool.',
    causes: [
      'The command run by the script failed (compilation, test, lint errors)',
      'A dependency\'s install/postinstall script failed (native build, download blocked)',
      'The command is missing from node_modules/.bin (dependencies not installed)',
    ],
    fixes: (c) => {
      const script = c.lscript ?? c.script ?? 'build';
      const where = [c.pkg ? `the "${script}" script of ${c.pkg}` : '', c.command ? `the command ${c.command.trim()}` : ''].filter(Boolean).join(', ');
      return [
        {
          title: 'Find the first real error',
          steps: [
            where ? `Scroll up to the first error printed while running ${where}` : 'Scroll up to the first error printed by the tool',
            'Re-run the script alone to see its output',
            'If a dependency\'s install script fails, reinstall with verbose logs',
          ],
          code: `npm run ${script} --verbose\nrm -rf node_modules && npm ci --foreground-scripts`,
        },
      ];
    },
    references: [{ title: 'npm: scripts', url: `${NPM_DOCS}/using-npm/scripts` }],
    samples: [
      'npm ERR! code ELIFECYCLE\nnpm ERR! errno 1\nnpm ERR! my-app@1.0.0 build: `webpack --mode production`\nnpm ERR! Exit status 1\nnpm ERR! \nnpm ERR! Failed at the my-app@1.0.0 build script.',
      'npm ERR! Lifecycle script `build` failed with error: \nnpm ERR! Error: command failed \nnpm ERR!   in workspace: @acme/web@0.0.1',
      'npm error code 1\nnpm error path /app\nnpm error command failed\nnpm error command sh -c tsc -p tsconfig.build.json',
    ],
  },
  {
    id: 'npm.ebadengine',
    language: 'javascript',
    match: /\bEBADENGINE\b(?:[\s\S]{0,400}?required: \{ (?:node|npm): '(?<required>[^'\n]{1,60})'[\s\S]{0,200}?current: \{ node: '(?<current>[^'\n]{1,60})')?/,
    errorType: 'EBADENGINE',
    category: 'dependency',
    priority: 35,
    summary: (c) =>
      `A package requires Node.js ${c.required ?? 'another version'}${c.current ? `, but ${c.current} is running` : ''}.`,
    explanation:
      'The "engines" field of a package declares the Node/npm versions it supports. npm warns (or fails with engine-strict) when the running version is outside that range. ' +
      'The package may rely on features missing in older Node, or not be tested on newer ones.',
    causes: ['Node.js is older than the package requires', 'engine-strict=true in .npmrc turns the warning into an error', 'CI image uses another Node version than development'],
    fixes: [
      {
        title: 'Use a supported Node version',
        steps: ['Install and select the required version', 'Pin it for the project (.nvmrc, engines, CI setup-node)'],
        code: 'nvm install 20 && nvm use 20\necho "20" > .nvmrc',
      },
    ],
    references: [{ title: 'npm: package.json engines', url: `${NPM_DOCS}/configuring-npm/package-json#engines` }],
    samples: ["npm WARN EBADENGINE Unsupported engine {\nnpm WARN EBADENGINE   package: 'vite@5.2.0',\nnpm WARN EBADENGINE   required: { node: '^18.0.0 || >=20.0.0' },\nnpm WARN EBADENGINE   current: { node: 'v16.20.2', npm: '8.19.4' }\nnpm WARN EBADENGINE }"],
  },
  {
    id: 'yarn.package-not-found',
    language: 'javascript',
    match: /Couldn't find package "(?<package>[^"\n]{1,214})"(?: required by "(?<by>[^"\n]{1,214})")? on the "(?<registry>[^"\n]{1,60})" registry|Couldn't find any versions for "(?<anyPackage>[^"\n]{1,214})" that matches "(?<range>[^"\n]{1,100})"|(?<![\S])(?<berry>[^\s:]{1,214}@npm:[^\s:]{1,100}): No candidates found/,
    // Yarn 1's own words are the label people search for; Yarn 2+ and the versions case keep a description.
    errorType: (c) => (c.package ? "Couldn't find package" : 'yarn: package not found'),
    category: 'dependency',
    priority: 40,
    summary: (c) =>
      c.anyPackage
        ? `No version of ${c.anyPackage} matches "${c.range ?? ''}".`
        : `Yarn cannot find the package ${c.package ?? c.berry ?? ''}${c.by ? ` (required by ${c.by})` : ''}.`,
    explanation:
      'Yarn asked the registry for the package (or version) and got nothing. The name or version is wrong, the package is private and Yarn has no credentials/scope mapping ' +
      '(.npmrc for Yarn 1, .yarnrc.yml npmScopes for Yarn 2+), or it is a workspace package whose name does not match.',
    causes: ['Typo in the name or version range', 'Private scope without registry/auth configuration', 'A workspace dependency whose package name differs', 'Registry mirror missing the package'],
    fixes: (c) => [
      {
        title: `Check the name ${yarnPackage(c)} and the registry configuration`,
        steps: [`Look ${yarnPackage(c)} up (yarn info)`, 'Configure the scope registry and token for private packages'],
        code: `yarn info ${yarnPackage(c)}\n` + '# Yarn 1 (.npmrc)\n@my-org:registry=https://npm.pkg.github.com\n# Yarn 2+ (.yarnrc.yml)\nnpmScopes:\n  my-org:\n    npmRegistryServer: "https://npm.pkg.github.com"\n    npmAuthToken: "${NPM_TOKEN}"',
      },
    ],
    references: [{ title: 'Yarn: yarnrc settings', url: 'https://yarnpkg.com/configuration/yarnrc' }, { title: 'Yarn Classic: yarn add', url: 'https://classic.yarnpkg.com/en/docs/cli/add' }],
    samples: [
      'error Couldn\'t find package "@acme/ui-kit@^2.0.0" required by "web@1.0.0" on the "npm" registry.',
      'error Couldn\'t find any versions for "left-padd" that matches "^1.3.0"',
      'Error: lodashh@npm:^4.17.21: No candidates found',
    ],
  },
  {
    id: 'yarn.frozen-lockfile',
    language: 'javascript',
    match: /Your lockfile needs to be updated, but yarn was run with `--frozen-lockfile`|^The lockfile would have been (?:modified|created) by this install, which is explicitly forbidden/m,
    errorType: 'yarn: frozen lockfile',
    category: 'dependency',
    priority: 45,
    summary: 'yarn.lock is out of date with package.json, and this install is not allowed to change it.',
    explanation:
      'CI installs usually run with --frozen-lockfile (Yarn 1) or --immutable (Yarn 2+, the default in CI) so that the lockfile is authoritative. ' +
      'package.json was changed without running yarn locally, or the lock was produced by another Yarn version.',
    causes: ['package.json edited without running yarn install', 'yarn.lock not committed', 'Different Yarn versions locally and in CI'],
    fixes: [
      {
        title: 'Update and commit yarn.lock',
        steps: ['Run yarn install with the project\'s Yarn version (corepack)', 'Commit yarn.lock'],
        code: 'corepack enable\nyarn install\ngit add yarn.lock && git commit -m "Update yarn.lock"',
      },
    ],
    references: [{ title: 'Yarn: yarn install (--immutable)', url: 'https://yarnpkg.com/cli/install' }],
    samples: [
      'error Your lockfile needs to be updated, but yarn was run with `--frozen-lockfile`.',
      'The lockfile would have been modified by this install, which is explicitly forbidden.',
    ],
  },
  {
    id: 'yarn.unexpected-error',
    language: 'javascript',
    // Yarn 1 wraps network and registry failures in "An unexpected error occurred"; the reason carries the code.
    match: /error An unexpected error occurred: "(?<url>[^"\n]{0,300}?): (?<reason>[^\n]{1,300}?)"?\.?$/m,
    errorType: (c) => yarnReasonCode(c.reason),
    category: 'network',
    priority: 38,
    summary: (c) => `Yarn could not fetch ${c.url ?? 'a package'}: ${c.reason?.trim() ?? 'unexpected error'}.`,
    explanation: (c) =>
      `Yarn 1 reports network and registry failures as "An unexpected error occurred". Here the request for ${c.url ?? 'a package'} failed with ${c.reason?.trim() ?? 'an error'}: ` +
      'a slow or blocked network (ESOCKETTIMEDOUT, ECONNRESET), a proxy, a registry answering 4xx/5xx, or a corrupted cache.',
    causes: ['Slow network or large packages (ESOCKETTIMEDOUT)', 'Proxy/firewall or registry outage', 'A private package without credentials (401/403/404)', 'Corrupted Yarn cache'],
    fixes: (c) => [
      {
        title: 'Raise the network timeout and retry',
        steps: [`Retry the download of ${c.url ?? 'the package'}`, 'Increase the network timeout (CI, slow mirrors)', 'Clean the cache if archives are corrupted'],
        code: 'yarn install --network-timeout 600000\nyarn cache clean\nyarn config get registry',
      },
    ],
    references: [{ title: 'Yarn Classic: yarn install (--network-timeout)', url: 'https://classic.yarnpkg.com/en/docs/cli/install' }],
    samples: [
      'info There appears to be trouble with your network connection. Retrying...\nerror An unexpected error occurred: "https://registry.yarnpkg.com/@mui/icons-material/-/icons-material-5.14.0.tgz: ESOCKETTIMEDOUT".',
      'error An unexpected error occurred: "https://registry.yarnpkg.com/@acme%2fcore: Request failed \\"404 Not Found\\"".',
    ],
  },
  {
    id: 'yarn.incompatible-engine',
    language: 'javascript',
    match: /error (?<package>\S{1,214}): The engine "(?<engine>node|npm|yarn)" is incompatible with this module\. Expected version "(?<expected>[^"\n]{1,80})"\. Got "(?<got>[^"\n]{1,60})"/,
    errorType: 'incompatible engine',
    category: 'dependency',
    priority: 40,
    summary: (c) => `${c.package ?? 'A package'} requires ${c.engine ?? 'node'} ${c.expected ?? ''}, but ${c.got ?? 'another version'} is running.`,
    explanation: (c) =>
      `The "engines" field of ${c.package ?? 'the package'} declares the ${c.engine ?? 'node'} versions it supports, and Yarn 1 refuses to install it on ${c.got ?? 'this version'}.`,
    causes: ['Node.js in CI/Docker is older (or newer) than the package supports', 'A dependency upgraded its engines requirement'],
    fixes: (c) => [
      {
        title: `Use a ${c.engine ?? 'node'} version that ${c.package ?? 'the package'} supports`,
        steps: [`Install ${c.engine ?? 'node'} ${c.expected ?? ''}`, 'Pin it for the project (.nvmrc, CI setup-node); --ignore-engines only hides the problem'],
        code: `nvm install ${(c.expected ?? '20').replace(/[^\d.].*$/, '').replace(/^[^\d]*/, '') || '20'}\necho "${c.expected ?? '>=20'}" # engines of ${c.package ?? 'the package'}\nyarn install --ignore-engines   # last resort`,
      },
    ],
    references: [{ title: 'Yarn Classic: yarn install (--ignore-engines)', url: 'https://classic.yarnpkg.com/en/docs/cli/install' }],
    samples: ['error vite@5.2.0: The engine "node" is incompatible with this module. Expected version "^18.0.0 || >=20.0.0". Got "16.20.2"\nerror Found incompatible module.'],
  },
  {
    id: 'npm.missing-script',
    language: 'javascript',
    match: /(?:^|npm (?:ERR!|error) )[Mm]issing script: "?(?<script>[^"\n]{1,100}?)"?[ \t]*$/m,
    errorType: 'Missing script',
    category: 'configuration',
    priority: 40,
    summary: (c) => `package.json has no script named "${c.script ?? ''}".`,
    explanation: (c) => `npm run ${c.script ?? '<script>'} looks the name up in the "scripts" of the package.json in the current directory, and there is none with that name.`,
    causes: ['Typo in the script name', 'Running from a different directory or workspace than the package that defines it', 'The script was renamed or removed'],
    fixes: (c) => [
      {
        title: `Check the scripts of package.json for "${c.script ?? ''}"`,
        steps: ['List the scripts npm sees here', 'Run it in the right directory or workspace, or add it'],
        code: `npm run\nnpm run ${c.script ?? 'build'} --workspace <package>\n# package.json\n"scripts": { "${c.script ?? 'build'}": "..." }`,
      },
    ],
    references: [{ title: 'npm: npm run', url: `${NPM_DOCS}/commands/npm-run-script` }],
    samples: [
      'npm ERR! Missing script: "start"\nnpm ERR! \nnpm ERR! Did you mean one of these?\nnpm ERR!     npm star # Mark your favorite packages',
      'npm error Missing script: "build"\nnpm error\nnpm error To see a list of scripts, run:\nnpm error   npm run',
      'npm ERR! missing script: dev',
    ],
  },
  {
    id: 'npm.exit-handler-never-called',
    language: 'javascript',
    match: /Exit handler never called!?/,
    errorType: 'Exit handler never called',
    category: 'runtime',
    priority: 42,
    summary: 'npm crashed internally ("Exit handler never called"): the install did not finish, whatever the exit code says.',
    explanation:
      'npm exited without running its own exit handler. This is a bug in npm or in the Node.js version running it (e.g. Node 22.5.0), often triggered by network failures to the registry; the install is incomplete.',
    causes: ['A Node.js/npm version with a known bug (Node 22.5.0)', 'Network failures to the registry (ENOTFOUND, proxy) that npm does not report properly', 'A corrupted npm cache'],
    fixes: [
      {
        title: 'Use another Node/npm version and retry with logs',
        steps: ['Pin a Node LTS version without the bug (e.g. 22.5.1+ or 20.x)', 'Run with verbose logging to see the failing request', 'Clean the cache'],
        code: 'node --version && npm --version\nnpm cache clean --force\nnpm ci --loglevel verbose',
      },
    ],
    references: [{ title: 'npm: npm ci', url: `${NPM_DOCS}/commands/npm-ci` }],
    samples: ['npm error Exit handler never called!\nnpm error This is an error with npm itself. Please report this error at:\nnpm error   <https://github.com/npm/cli/issues>'],
  },
  {
    id: 'pnpm.error-code',
    language: 'javascript',
    // pnpm prints " ERR_PNPM_<CODE>  <message>"; the code is the error type whatever the message.
    match: /\bERR_PNPM_(?<code>[A-Z0-9_]{2,60})\b:?[ \t]{0,4}(?<message>[^\n]{0,300})/,
    errorType: (c) => `ERR_PNPM_${c.code ?? 'UNKNOWN'}`,
    category: 'dependency',
    priority: 50,
    summary: (c) => pnpmInfo(c).summary,
    explanation: (c) => {
      const info = pnpmInfo(c);
      return `${info.explanation}${c.message ? ` pnpm says: "${c.message.trim()}".` : ''}`;
    },
    causes: (c) => pnpmInfo(c).causes,
    fixes: (c) => pnpmInfo(c).fixes,
    references: [
      { title: 'pnpm: pnpm install', url: 'https://pnpm.io/cli/install' },
      { title: 'pnpm: error codes', url: 'https://pnpm.io/errors' },
    ],
    samples: [
      ' ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with "frozen-lockfile" because pnpm-lock.yaml is not up to date with package.json\n\nNote that in CI environments this setting is true by default.',
      'ERR_PNPM_FROZEN_LOCKFILE_WITH_OUTDATED_LOCKFILE  Cannot perform a frozen installation because the lockfile needs updates\n\nNote that in CI environments this setting is true by default. If you still need to run install in such cases, use "pnpm install --no-frozen-lockfile"\nError: Process completed with exit code 1.',
      ' ERR_PNPM_NO_MATCHING_VERSION  No matching version found for react-layout-kit@^1.9.1\n\nThis error happened while installing the dependencies of @lobehub/ui@1.155.6\n\nThe latest release of react-layout-kit is "1.9.0".',
      ' ERR_PNPM_FETCH_404  GET https://registry.npmjs.org/@acme%2Fui: Not Found - 404\n\nThis error happened while installing a direct dependency of /home/runner/work/web',
      ' ERR_PNPM_FETCH_401  GET https://npm.pkg.github.com/@acme%2Fcore: Unauthorized - 401',
      ' ERR_PNPM_PEER_DEP_ISSUES  Unmet peer dependencies\n\n.\n└─┬ @storybook/react 7.6.0\n  └── ✕ unmet peer react@"^16.8.0 || ^17.0.0 || ^18.0.0": found 19.0.0',
      '/home/runner/work/app/packages/web:\n ERR_PNPM_RECURSIVE_RUN_FIRST_FAIL  @acme/web@0.1.0 build: `vite build`\nExit status 1\n ELIFECYCLE  Command failed with exit code 1.',
      ' ERR_PNPM_TARBALL_INTEGRITY  Got unexpected checksum for "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz". Wanted "sha512-aaa". Got "sha512-bbb".',
      ' ERR_PNPM_BAD_PM_VERSION  This project is configured to use v8.15.1 of pnpm. Your current pnpm is v9.1.0',
      ' ERR_PNPM_LOCKFILE_BREAKING_CHANGE  Lockfile /app/pnpm-lock.yaml not compatible with current pnpm',
      ' ERR_PNPM_UNSUPPORTED_ENGINE  Unsupported environment (bad pnpm and/or Node.js version)\n\nYour Node version is incompatible with "/app".\n\nExpected version: >=20\nGot: v18.19.0',
      ' ERR_PNPM_NO_SCRIPT  Missing script: test',
      ' ERR_PNPM_META_FETCH_FAIL  GET https://registry.npmjs.org/typescript: request to https://registry.npmjs.org/typescript failed, reason: read ECONNRESET',
      ' ERR_PNPM_WORKSPACE_PKG_NOT_FOUND  In packages/web: "@acme/utils@workspace:*" is in the dependencies but no package named "@acme/utils" is present in the workspace',
    ],
  },
  {
    id: 'yarn.berry-error-code',
    language: 'javascript',
    // Yarn 2+ prefixes every line with a YNxxxx code; YN0000 and the warning/info codes (peer
    // warnings, "must be built", deprecations, summaries) are not the failure, so they are skipped.
    match: /\bYN(?<code>00(?:0[19]|1[0-24-8]|2\d|3[013-9]|4[0-79]|5[1-9]|6[467]|7[124-9]|8[0-3])): (?:[│|] ?)?(?<message>[^\n]{0,300})/,
    errorType: (c) => `YN${c.code ?? '0001'}`,
    category: 'dependency',
    priority: 46,
    summary: (c) => berryInfo(c).summary,
    explanation: (c) => {
      const info = berryInfo(c);
      return `${info.explanation}${c.message ? ` Yarn says: "${c.message.trim()}".` : ''}`;
    },
    causes: (c) => berryInfo(c).causes,
    fixes: (c) => berryInfo(c).fixes,
    references: [
      { title: 'Yarn: error codes', url: 'https://yarnpkg.com/advanced/error-codes' },
      { title: 'Yarn: yarn install', url: 'https://yarnpkg.com/cli/install' },
    ],
    samples: [
      '➤ YN0000: ┌ Resolution step\n➤ YN0001: │ Error: lodashh@npm:^4.17.21: No candidates found\n    at ge (/app/.yarn/releases/yarn-3.6.0.cjs:439:8124)\n➤ YN0000: └ Completed in 0s 330ms\n➤ YN0000: Failed with errors in 0s 335ms',
      '➤ YN0082: │ lodashh@npm:^4.17.21: No candidates found',
      '➤ YN0018: │ typescript@patch:typescript@npm%3A5.3.3#~builtin<compat/typescript>::version=5.3.3&hash=f3b441: The remote archive doesn\'t match the expected checksum',
      '➤ YN0009: │ esbuild@npm:0.18.20 couldn\'t be built successfully (exit code 1, logs can be found here: /tmp/xfs-1/build.log)\n➤ YN0000: └ Completed in 3s',
      '14:23:30.406 | ➤ YN0028: │ +  linkType: hard\n14:23:30.407 | ➤ YN0028: │ The lockfile would have been modified by this install, which is explicitly forbidden.\n14:23:30.407 | ➤ YN0000: └ Completed',
      '➤ YN0035: │ @acme/ui@npm:2.0.0: The remote server failed to provide the requested resource\n➤ YN0035: │   Response Code: 404 (Not Found)',
      '➤ YN0041: │ @acme/core@npm:1.2.0: Invalid authentication (as an anonymous user)',
      '➤ YN0020: │ Missing lockfile entry for react@npm:^18.2.0; try running yarn install',
    ],
  },
  {
    id: 'npm.error-code',
    language: 'javascript',
    // Any other "npm ERR! code X" / "npm error code X": npm's code is the error type.
    match: /(?:^|npm (?:ERR!|error) |^\d{1,7} (?:\d{1,7} )?error )code (?<code>E[A-Z0-9]{2,20}|[A-Z][A-Z0-9_]{3,40})[ \t]*$/m,
    errorType: (c) => c.code ?? 'npm error',
    category: 'dependency',
    priority: 20,
    summary: (c) => npmCodeInfo(c.code ?? '').summary,
    explanation: (c) => `npm stopped with the code ${c.code ?? ''}. ${npmCodeInfo(c.code ?? '').explanation}`,
    causes: (c) => npmCodeInfo(c.code ?? '').causes,
    fixes: (c) => npmCodeInfo(c.code ?? '').fixes,
    references: [
      { title: 'npm: Common errors', url: 'https://docs.npmjs.com/common-errors' },
      { title: 'npm: npm config (registry, proxy, cafile)', url: `${NPM_DOCS}/using-npm/config` },
    ],
    samples: [
      'npm ERR! code E401\nnpm ERR! Unable to authenticate, your authentication token seems to be invalid.\nnpm ERR! To correct this please trying logging in again with:\nnpm ERR!     npm login',
      'npm error code E403\nnpm error 403 403 Forbidden - GET https://registry.npmjs.org/@acme%2fcore - Forbidden',
      "npm ERR! code EPERM\nnpm ERR! syscall rename\nnpm ERR! path C:\\Users\\me\\app\\node_modules\\.staging\\fsevents-1234\nnpm ERR! errno -4048\nnpm ERR! Error: EPERM: operation not permitted, rename 'C:\\Users\\me\\app\\node_modules\\.staging\\fsevents-1234'",
      "npm ERR! code EJSONPARSE\nnpm ERR! path /app/package.json\nnpm ERR! JSON.parse Failed to parse json\nnpm ERR! JSON.parse Unexpected token } in JSON at position 512 while parsing near '...'",
      'npm ERR! code EBADPLATFORM\nnpm ERR! notsup Unsupported platform for fsevents@2.3.3: wanted {"os":"darwin"} (current: {"os":"linux","arch":"x64"})',
      'npm ERR! code ENOSPC\nnpm ERR! syscall write\nnpm ERR! errno -28\nnpm ERR! nospc ENOSPC: no space left on device, write',
      "npm ERR! code EEXIST\nnpm ERR! syscall symlink\nnpm ERR! path ../lib/node_modules/pnpm/bin/pnpm.cjs\nnpm ERR! dest /usr/local/bin/pnpm\nnpm ERR! EEXIST: file already exists, symlink '../lib/node_modules/pnpm/bin/pnpm.cjs' -> '/usr/local/bin/pnpm'",
      "npm ERR! code ENOTEMPTY\nnpm ERR! syscall rename\nnpm ERR! path /usr/local/lib/node_modules/npm\nnpm ERR! errno -39\nnpm ERR! ENOTEMPTY: directory not empty, rename '/usr/local/lib/node_modules/npm' -> '/usr/local/lib/node_modules/.npm-i9nnxROI'",
      'npm ERR! code ERR_SOCKET_TIMEOUT\nnpm ERR! network Socket timeout',
      'npm error code ENOENT\nnpm error syscall spawn git\nnpm error path git\nnpm error errno -2\nnpm error enoent An unknown git error occurred',
      'npm ERR! code ENEEDAUTH\nnpm ERR! need auth This command requires you to be logged in to https://registry.npmjs.org/\nnpm ERR! need auth You need to authorize this machine using `npm adduser`',
      '31 verbose stack Error: EPERM: operation not permitted, unlink \'C:\\Users\\me\\app\\node_modules\\esbuild\\esbuild.exe\'\n32 verbose cwd C:\\Users\\me\\app\n38 error code EPERM\n39 error syscall unlink',
    ],
  },

  // ---------------------------------------------------------------- pip / poetry / conda
  {
    id: 'pip.externally-managed',
    language: 'python',
    match: /error: externally-managed-environment|The interpreter at \S{1,300} is externally managed|× This environment is externally managed/,
    errorType: 'externally-managed-environment',
    category: 'configuration',
    priority: 45,
    summary: 'pip refuses to install into the system Python, which is managed by the OS package manager.',
    explanation:
      'Recent Linux distributions (Debian 12, Ubuntu 23.04+, Fedora 38+) and Homebrew mark their Python as externally managed (PEP 668). ' +
      'Installing packages into it with pip could break OS tools, so pip stops. Install into a virtual environment instead, or use pipx for command-line tools.',
    causes: ['pip install run against the system/Homebrew Python outside a virtual environment', 'A Docker image based on a distro Python (python3 from apt)', 'The virtual environment is not activated'],
    fixes: [
      {
        title: 'Use a virtual environment',
        steps: ['Create and activate a venv in the project', 'Install with its pip'],
        code: 'python3 -m venv .venv\nsource .venv/bin/activate\npip install -r requirements.txt',
      },
      {
        title: 'Use pipx for CLI tools, or the distro package',
        steps: ['pipx installs each tool in its own environment', 'Or install the apt package (python3-xyz)'],
        code: 'sudo apt install pipx\npipx install httpie',
      },
    ],
    references: [
      { title: 'Python packaging: Externally managed environments', url: 'https://packaging.python.org/en/latest/specifications/externally-managed-environments/' },
      { title: 'PEP 668', url: 'https://peps.python.org/pep-0668/' },
    ],
    samples: [
      'error: externally-managed-environment\n\n× This environment is externally managed\n╰─> To install Python packages system-wide, try apt install\n    python3-xyz, where xyz is the package you are trying to\n    install.',
    ],
  },
  {
    id: 'pip.install-os-error',
    language: 'python',
    // pip names the class it caught (OSError; EnvironmentError before pip 20.2) and the system's
    // message, often in the user's language ("[WinError 5] Zugriff verweigert", "拒绝访问").
    match: /ERROR: Could not install packages due to an? (?<errorClass>OSError|EnvironmentError): ?(?<detail>[^\n]{0,400})/,
    errorType: (c) => c.errorClass ?? 'OSError',
    category: 'io',
    priority: 40,
    summary: (c) => `pip stopped installing: the system refused a file operation (${(c.detail ?? '').trim() || c.errorClass}).`,
    explanation: (c) => {
      const d = c.detail ?? '';
      if (/WinError 5\b|Errno 13\b|Permission denied|Access is denied/i.test(d))
        return 'pip was not allowed to write or replace a file. On Windows the usual reason is that the file is in use: upgrading pip with pip.exe itself (pip.exe cannot replace itself while it runs), or a package whose DLL is loaded by a running Python, editor or antivirus. Elsewhere it is a system or shared site-packages the user may not write to.';
      if (/WinError 32\b/.test(d)) return 'Another process has the file open (an editor, a running Python, antivirus scanning it), so Windows will not let pip replace it.';
      if (/Errno 28\b|No space left/i.test(d)) return 'The disk (or the temporary directory pip builds in) is full.';
      if (/Errno 2\b|WinError 206\b|No such file/i.test(d)) return 'A file path pip tried to create does not exist or is too long: Windows limits paths to 260 characters unless long paths are enabled.';
      if (/HTTPSConnectionPool|Max retries|SSL|proxy|ProxyError/i.test(d)) return 'The download failed: a network, proxy or TLS problem between pip and the package index.';
      return 'The operating system refused one of pip\'s file or network operations; the message after the class names it.';
    },
    causes: ['Upgrading pip with pip.exe, or replacing a file another process holds (Windows)', 'Installing into a system or shared Python without write access', 'A full disk, or a path longer than Windows allows'],
    fixes: [
      {
        title: 'Run pip through Python, in an environment you own',
        steps: ['Upgrade pip with python -m pip (pip.exe cannot replace itself)', 'Close programs using the environment, or install into a virtual environment (or with --user) instead of a system Python'],
        code: 'python -m pip install --upgrade pip\npython -m venv .venv && .venv\\Scripts\\activate   # Linux/macOS: source .venv/bin/activate\npython -m pip install -r requirements.txt',
      },
    ],
    references: [{ title: 'pip: User installs', url: 'https://pip.pypa.io/en/stable/user_guide/#user-installs' }],
    samples: ["ERROR: Could not install packages due to an OSError: [WinError 5] Access is denied: 'c:\\python39\\scripts\\pip.exe'\nConsider using the `--user` option or check the permissions.", "ERROR: Could not install packages due to an EnvironmentError: [Errno 28] No space left on device"],
  },
  {
    id: 'pip.no-matching-distribution',
    language: 'python',
    match: /Could not find a version that satisfies the requirement (?<requirement>\S{1,200})(?: \(from versions: (?<versions>[^)\n]{0,2000})\))?|No matching distribution found for (?<dist>\S{1,200})/,
    errorType: 'no matching distribution',
    category: 'dependency',
    priority: 40,
    summary: (c) => `pip found no installable version of ${c.requirement ?? c.dist ?? 'the package'} for this Python/platform.`,
    explanation: (c) =>
      `pip looked on the index for ${c.requirement ?? c.dist ?? 'the requirement'} and found no release that matches both the version range and your environment. ` +
      (c.versions === 'none'
        ? 'No versions at all were listed: the name is wrong, the package is on another index, or none of its files support this Python version/platform. '
        : c.versions
          ? `Versions available: ${c.versions.length > 200 ? `${c.versions.slice(0, 200)}…` : c.versions}. `
          : '') +
      'Wheels are specific to Python version, OS and CPU; a package without a wheel or sdist for your Python (e.g. too new a Python like 3.13, or 32-bit Python) is invisible to pip.',
    causes: [
      'The package name is wrong (PyPI name differs from the import name: opencv-python for cv2, scikit-learn for sklearn, Pillow for PIL)',
      'The pinned version does not exist, or does not support this Python version',
      'No wheel for this platform/Python (new Python release, Alpine/musl, 32-bit, Apple Silicon on old releases)',
      'A private index is not configured, or pip is offline/behind a proxy',
    ],
    fixes: (c) => {
      const requirement = c.requirement ?? c.dist ?? 'requests==2.31.0';
      const name = requirement.replace(/\[.*$/, '').replace(/[=<>!~;@ ].*$/, '') || 'requests';
      const renamed = PYPI_NAMES[name.toLowerCase()];
      return [
        {
          title: `Check the name, versions and your Python for ${requirement}`,
          steps: [
            'Check the Python version pip uses',
            `List the versions of ${name} available for it`,
            renamed ? `${name} is the import name; the package on PyPI is ${renamed}` : 'Use a Python version the package supports, or loosen the pin',
          ],
          code: `python -m pip --version\npython -m pip index versions ${name}\npython -m pip install "${renamed ?? name}"`,
        },
      ];
    },
    references: [{ title: 'pip: pip install', url: 'https://pip.pypa.io/en/stable/cli/pip_install/' }],
    samples: [
      'ERROR: Could not find a version that satisfies the requirement tensorflow==2.12.0 (from versions: 2.16.0rc0, 2.16.1, 2.16.2)\nERROR: No matching distribution found for tensorflow==2.12.0',
      'ERROR: Could not find a version that satisfies the requirement cv2 (from versions: none)\nERROR: No matching distribution found for cv2',
    ],
  },
  {
    id: 'pip.pg-config-not-found',
    language: 'python',
    // pip reports the failed build as subprocess-exited-with-error; that is the error type when shown.
    // Anchored at the start (no m flag): one linear scan, the lookahead only notes whether that line is there.
    match: /^(?:(?=[\s\S]{0,12000}?(?<sub>subprocess-exited-with-error))|)[\s\S]{0,12000}?pg_config executable not found/,
    errorType: (c) => (c.sub ? 'subprocess-exited-with-error' : 'pg_config executable not found'),
    category: 'build',
    priority: 50,
    summary: 'psycopg2 must be compiled from source and the PostgreSQL client headers (pg_config) are missing.',
    explanation:
      'The psycopg2 source package builds a C extension against libpq and needs pg_config from the PostgreSQL development package. ' +
      'Either install the headers and a compiler, or install psycopg2-binary (prebuilt wheels) / psycopg 3 with its binary extra.',
    causes: ['libpq development headers not installed (libpq-dev, postgresql-devel, postgresql via brew)', 'No prebuilt wheel for this Python version/platform, so pip builds from source'],
    fixes: [
      {
        title: 'Use the prebuilt package',
        steps: ['Install psycopg2-binary or psycopg[binary] instead'],
        code: 'pip install psycopg2-binary\n# or psycopg 3\npip install "psycopg[binary]"',
      },
      {
        title: 'Install the build dependencies',
        steps: ['Install libpq headers and a compiler, then retry'],
        code: '# Debian/Ubuntu\nsudo apt-get install -y libpq-dev gcc python3-dev\n# macOS\nbrew install libpq && export PATH="$(brew --prefix libpq)/bin:$PATH"',
      },
    ],
    references: [{ title: 'psycopg2: installation', url: 'https://www.psycopg.org/docs/install.html' }],
    samples: [
      '  error: subprocess-exited-with-error\n  \n  × Getting requirements to build wheel did not run successfully.\n  │ exit code: 1\n  ╰─> [21 lines of output]\n      running egg_info\n      Error: pg_config executable not found.\n      \n      pg_config is required to build psycopg2 from source.',
    ],
  },
  {
    id: 'pip.msvc-required',
    language: 'python',
    match: /^(?:(?=[\s\S]{0,12000}?(?<sub>subprocess-exited-with-error))|)[\s\S]{0,12000}?Microsoft Visual C\+\+ (?<version>\d{1,2}\.\d{1,2}) or greater is required/,
    errorType: (c) => (c.sub ? 'subprocess-exited-with-error' : 'Microsoft Visual C++ required'),
    category: 'build',
    priority: 50,
    summary: (c) => `pip has to compile a C extension on Windows and Microsoft Visual C++ ${c.version ?? '14.0'} build tools are missing.`,
    explanation:
      'No prebuilt wheel exists for your Python version on Windows, so pip builds the package from source, which needs the MSVC compiler. ' +
      'Most often the Python version is newer than the package\'s latest wheels (e.g. a fresh Python release), or the pinned version is old.',
    causes: ['No wheel for this Python version (too new) or for 32-bit Python', 'An old pinned package version without wheels', 'Visual Studio Build Tools not installed'],
    fixes: (c) => [
      {
        title: 'Prefer a version with wheels',
        steps: ['Upgrade pip and the package so a wheel is found', 'Or use a Python version the package publishes wheels for'],
        code: 'py -m pip install --upgrade pip setuptools wheel\npy -m pip install --only-binary :all: numpy',
      },
      {
        title: `Install the build tools (MSVC ${c.version ?? '14.0'} or newer)`,
        steps: [`Install "Microsoft C++ Build Tools" (Visual C++ ${c.version ?? '14.0'} or newer) with the "Desktop development with C++" workload`, 'Retry in a new terminal'],
        code: null,
      },
    ],
    references: [
      { title: 'Microsoft C++ Build Tools', url: 'https://visualstudio.microsoft.com/visual-cpp-build-tools/' },
      { title: 'Python wiki: Windows compilers', url: 'https://wiki.python.org/moin/WindowsCompilers' },
    ],
    samples: [
      '  error: subprocess-exited-with-error\n  × Building wheel for multidict (pyproject.toml) did not run successfully.\n  ╰─> [74 lines of output]\n      error: Microsoft Visual C++ 14.0 or greater is required. Get it with "Microsoft C++ Build Tools": https://visualstudio.microsoft.com/visual-cpp-build-tools/',
    ],
  },
  {
    id: 'pip.build-wheel-failed',
    language: 'python',
    match: /error: subprocess-exited-with-error(?:[\s\S]{0,300}?(?:Building wheel for|Running setup\.py install for|Preparing metadata \(pyproject\.toml\)|Getting requirements to build wheel)(?: (?<package>[\w.-]{1,100}))?)?|(?:Failed building wheel for|Could not build wheels for|Failed to build installable wheels for some pyproject\.toml based projects \() ?(?<pkg>[\w.-]{1,100})|error: (?<metadata>metadata-generation-failed|legacy-install-failure)/,
    errorType: (c) => c.metadata ?? 'subprocess-exited-with-error',
    category: 'build',
    priority: 35,
    summary: (c) => `pip could not build ${c.package ?? c.pkg ?? 'a package'} from source.`,
    explanation: (c) =>
      `No prebuilt wheel matched your Python/OS, so pip ran the package's build (setup.py / pyproject build backend) for ${c.package ?? c.pkg ?? 'it'}, and that build failed. ` +
      'pip only reports the failure; the real cause is in the captured output above "note: This error originates from a subprocess": usually a missing compiler, missing C headers of a library, or a package version that does not support your Python version.',
    causes: [
      'No wheel for this Python version (too new) or platform, forcing a source build',
      'Missing compiler or system headers (gcc, python3-dev, libffi-dev, libssl-dev, libxml2-dev…)',
      'The pinned version is too old for your Python (e.g. uses removed distutils/APIs)',
    ],
    fixes: (c) => [
      {
        title: `Get a wheel for ${c.package ?? c.pkg ?? 'the package'} instead of building`,
        steps: ['Upgrade pip, setuptools and wheel', 'Upgrade the package to a version with wheels for your Python, or use a supported Python version'],
        code: `python -m pip install --upgrade pip setuptools wheel\npython -m pip install --upgrade ${c.package ?? c.pkg ?? '<package>'}`,
      },
      {
        title: 'Install the build requirements',
        steps: ['Read the first error in the captured output', 'Install the compiler and the -dev package it names'],
        code: 'sudo apt-get install -y build-essential python3-dev libffi-dev libssl-dev',
      },
    ],
    references: [{ title: 'pip: pip install', url: 'https://pip.pypa.io/en/stable/cli/pip_install/' }, { title: 'Python packaging: Installing packages', url: 'https://packaging.python.org/en/latest/tutorials/installing-packages/' }],
    samples: [
      '  error: subprocess-exited-with-error\n  \n  × Building wheel for lxml (pyproject.toml) did not run successfully.\n  │ exit code: 1\n  ╰─> [98 lines of output]\n      Error: Please make sure the libxml2 and libxslt development packages are installed.\n  note: This error originates from a subprocess, and is likely not a problem with pip.\n  ERROR: Failed building wheel for lxml\nFailed to build lxml',
      'ERROR: Could not build wheels for numpy, which is required to install pyproject.toml-based projects',
    ],
  },
  {
    id: 'pip.resolution-impossible',
    language: 'python',
    match: /Cannot install (?<requirements>[^\n]{1,400}?) because these package versions have conflicting dependencies(?:[\s\S]{0,400}?The conflict is caused by:\s{1,20}(?<conflict>[^\n]{1,300}))?|\bResolutionImpossible\b/,
    errorType: 'resolution impossible',
    category: 'dependency',
    priority: 40,
    summary: (c) => `pip cannot find versions that satisfy all requirements${c.requirements ? ` (${c.requirements})` : ''} at once.`,
    explanation: (c) =>
      'pip\'s resolver found that the requested packages require incompatible versions of a shared dependency. ' +
      (c.conflict ? `The first conflict: "${c.conflict.trim()}". ` : '') +
      'Strict pins (==) in requirements.txt, especially pins of transitive dependencies copied from pip freeze, are the usual reason.',
    causes: [
      'Exact pins (==) that cannot coexist',
      'Two packages requiring different major versions of the same dependency',
      'A requirements.txt generated by pip freeze on another Python/platform',
    ],
    fixes: [
      {
        title: 'Loosen pins and let the resolver choose',
        steps: ['Read "The conflict is caused by" lines', 'Relax the pin of one of the packages (or upgrade it)', 'Keep direct dependencies in requirements.in and compile pins with pip-tools'],
        code: 'pip install "pandas>=2" "numpy>=1.26"\npip install pip-tools && pip-compile requirements.in',
      },
    ],
    references: [{ title: 'pip: Dependency resolution, dealing with conflicts', url: 'https://pip.pypa.io/en/stable/topics/dependency-resolution/' }],
    samples: [
      'ERROR: Cannot install -r requirements.txt (line 4) and urllib3==2.2.1 because these package versions have conflicting dependencies.\n\nThe conflict is caused by:\n    The user requested urllib3==2.2.1\n    botocore 1.29.165 depends on urllib3<1.27 and >=1.25.4\n\nERROR: ResolutionImpossible: for help visit https://pip.pypa.io/en/latest/topics/dependency-resolution/#dealing-with-dependency-conflicts',
    ],
  },
  {
    id: 'poetry.solver-problem',
    language: 'python',
    match: /SolverProblemError(?:[\s\S]{0,300}?(?<because>Because [^\n]{1,800}))?|(?<because2>(?:So, b|B)ecause [^\n]{1,800}?version solving failed)/,
    errorType: 'SolverProblemError',
    category: 'dependency',
    priority: 40,
    summary: 'Poetry cannot find versions that satisfy every dependency constraint.',
    explanation: (c) =>
      'Poetry\'s solver proved that the constraints in pyproject.toml cannot all be met. ' +
      (c.because ?? c.because2 ? `Its reasoning: "${(c.because ?? c.because2 ?? '').trim()}". ` : '') +
      'Often the project\'s python range (e.g. ^3.8) is wider than what a dependency supports, or two dependencies need incompatible versions of a third.',
    causes: [
      'The project\'s python constraint is wider than a dependency\'s supported Python versions',
      'A dependency version that does not exist (typo, not released)',
      'Two dependencies needing incompatible versions of a shared package',
    ],
    fixes: [
      {
        title: 'Align the constraints',
        steps: ['Read the "Because …" explanation', 'Narrow the python range or relax/upgrade the conflicting dependency', 'Ask Poetry what depends on what'],
        code: '[tool.poetry.dependencies]\npython = ">=3.10,<3.13"\n\npoetry show --tree\npoetry add requests@^2.31',
      },
    ],
    references: [{ title: 'Poetry: Dependency specification', url: 'https://python-poetry.org/docs/dependency-specification/' }],
    samples: [
      "  SolverProblemError\n\n  Because my-service depends on requests (^3.0) which doesn't match any versions, version solving failed.",
      'The current project\'s supported Python range (>=3.8,<4.0) is not compatible with some of the required packages Python requirement:\n  - numpy requires Python >=3.10\n\nBecause my-app depends on numpy (^2.0) which requires Python >=3.10, version solving failed.',
    ],
  },
  {
    id: 'pip.hash-mismatch',
    language: 'python',
    match: /THESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE(?:[\s\S]{0,600}?\n\s{0,12}(?<package>[A-Za-z0-9][\w.-]{0,100})(?:==[^\s]{1,40})? from )?|Hash mismatch for `(?<dist>[^`\n]{1,200})`|Hash for (?<poetry>[^\n]{1,200}?) from archive \S{1,300} not found in known hashes/,
    errorType: 'hash mismatch',
    category: 'dependency',
    priority: 45,
    summary: (c) => `The downloaded file of ${hashSubject(c)} does not match the hash pinned for it.`,
    explanation: (c) =>
      `Hash-checking mode (requirements with --hash, uv/poetry lock files) compares every download with the recorded sha256. The file received for ${hashSubject(c)} is different: ` +
      'the pins were generated for another file of the release (another platform wheel, an sdist), the version was changed without regenerating the hashes, a mirror or proxy (piwheels, a company index) serves other files, or the download was truncated.',
    causes: [
      'Hashes generated on another platform or Python version (a different wheel is chosen here)',
      'A mirror/extra index (piwheels, a proxy) serving files that differ from PyPI',
      'A version bumped without regenerating the hashes or the lock file',
      'A truncated or corrupted download, or a corrupted cache',
    ],
    fixes: (c) => {
      const name = hashSubject(c, '');
      return [
        {
          title: `Regenerate the hashes${name ? ` for ${name}` : ''}`,
          steps: ['Recompile the requirements with hashes for all platforms you install on', 'Or refresh the lock file'],
          code: `pip-compile --generate-hashes requirements.in\n# uv\nuv lock --refresh${name ? `-package ${name.replace(/[=<>!~].*$/, '')}` : ''}\n# poetry\npoetry lock`,
        },
        {
          title: 'Retry without a stale cache or mirror',
          steps: ['Clear the cache', 'Install from the index the hashes were made for'],
          code: `pip cache purge\npip install --no-cache-dir --require-hashes -r requirements.txt${name ? `   # ${name}` : ''}`,
        },
      ];
    },
    references: [
      { title: 'pip: Secure installs (hash-checking mode)', url: 'https://pip.pypa.io/en/stable/topics/secure-installs/' },
      { title: 'uv: Locking and syncing', url: 'https://docs.astral.sh/uv/concepts/projects/sync/' },
    ],
    samples: [
      'ERROR: THESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE. If you have updated the package versions, please update the hashes. Otherwise, examine the package contents carefully; someone may have tampered with them.\n    google-api-python-client from https://www.piwheels.org/simple/google-api-python-client/google_api_python_client-2.84.0-py2.py3-none-any.whl#sha256=2e0e (from -r requirements.txt (line 13)):\n        Expected sha256 2e0e',
      'error: Failed to prepare distributions\n  Caused by: Failed to fetch wheel: torch==2.2.0\n  Caused by: Hash mismatch for `torch==2.2.0`\n\nExpected:\n  sha256:aaaa\n\nComputed:\n  sha256:bbbb',
      'RuntimeError\n\n  Hash for numpy (1.26.4) from archive numpy-1.26.4-cp312-cp312-manylinux_2_17_x86_64.whl not found in known hashes (was: sha256:abc)',
    ],
  },
  {
    id: 'uv.no-solution',
    language: 'python',
    match: /No solution found when resolving(?: dev)? dependencies(?: for split \([^)\n]{0,200}\))?:(?:\s{0,40}╰─▶ Because (?:there is no version of |there are no versions of |only |no versions of )?(?!the |you |your |all )(?<package>[A-Za-z0-9][\w.-]{0,100}))?/,
    errorType: 'no solution found',
    category: 'dependency',
    priority: 45,
    summary: (c) => `uv cannot find versions that satisfy every requirement${c.package ? ` (starting with ${c.package})` : ''}.`,
    explanation: (c) =>
      'uv\'s resolver proved that the requirements cannot all be met; the "Because … we can conclude …" lines are the proof, from the first conflict to your own requirement. ' +
      `${c.package ? `It starts with ${c.package}: ` : ''}usually a version that does not exist (or not for this Python version/platform), a package missing from the index, or two packages pinning incompatible versions of a third.`,
    causes: [
      'A pinned version that does not exist, or was yanked',
      'The project\'s requires-python range is wider than a dependency supports',
      'Two requirements needing incompatible versions of the same package',
      'A package only available on another index (not configured)',
    ],
    fixes: (c) => [
      {
        title: `Relax or fix the requirement${c.package ? ` on ${c.package}` : ''}`,
        steps: ['Read the "Because" chain to the first package it names', 'Check the versions that exist', 'Loosen the pin or the requires-python range'],
        code: `uv pip install "${c.package ?? '<package>'}"   # see which versions resolve\nuv tree${c.package ? ` --package ${c.package}` : ''}\n# pyproject.toml\nrequires-python = ">=3.10"`,
      },
    ],
    references: [{ title: 'uv: Resolution', url: 'https://docs.astral.sh/uv/concepts/resolution/' }],
    samples: [
      '  × No solution found when resolving dependencies:\n  ╰─▶ Because there is no version of miniupnpc==2.0.2 and rotkehlchen==1.32.2 depends on miniupnpc==2.0.2, we can conclude that rotkehlchen==1.32.2 cannot be used.',
      'error: No solution found when resolving dependencies:\n  ╰─▶ Because foo was not found in the package registry and you require foo, we can conclude that your requirements are unsatisfiable.',
      '  × No solution found when resolving dependencies for split (python_full_version >= \'3.9\'):\n  ╰─▶ Because the current Python version (3.8.18) does not satisfy Python>=3.9 and numpy==2.0.0 depends on Python>=3.9, we can conclude that numpy==2.0.0 cannot be used.',
    ],
  },
  {
    id: 'uv.build-failed',
    language: 'python',
    match: /(?:[×x] |error: |Caused by: )Failed to (?:download and )?build(?::)? `(?<package>[^`\n]{1,200})`|(?:The build backend returned an error|Build backend failed to (?:build|determine) [^\n]{0,40}?with exit status)/,
    errorType: 'Failed to build',
    category: 'build',
    priority: 36,
    summary: (c) => `uv could not build ${c.package ?? 'a package'} from source.`,
    explanation: (c) =>
      `No wheel matched this Python/platform, so uv ran the build backend of ${c.package ?? 'the package'} and it failed. ` +
      'The captured output below the error names the real cause: a missing compiler or C headers, a build dependency missing (setuptools, Cython), or a version that does not support this Python.',
    causes: [
      'No wheel for this Python version (too new) or platform, forcing a source build',
      'Missing compiler or system headers (gcc, python3-dev, libpq-dev…)',
      'The build needs packages that are not declared as build dependencies',
    ],
    fixes: (c) => [
      {
        title: `Get a wheel for ${c.package ?? 'the package'} or install the build requirements`,
        steps: ['Use a Python version the package publishes wheels for', 'Or install the compiler and -dev packages the output names', 'Declare missing build dependencies for uv'],
        code: `uv python pin 3.12\nuv pip install --only-binary :all: "${c.package ?? '<package>'}"\nsudo apt-get install -y build-essential python3-dev`,
      },
    ],
    references: [{ title: 'uv: Build failures', url: 'https://docs.astral.sh/uv/reference/troubleshooting/build-failures/' }],
    samples: [
      '  × Failed to build `pycairo==1.26.1`\n  ├─▶ The build backend returned an error\n  ╰─▶ Call to `setuptools.build_meta.build_wheel` failed (exit status: 1)',
      'error: Failed to download and build `psycopg2==2.9.9`\n  Caused by: Build backend failed to determine extra requires with `build_wheel()` with exit status: 1',
      'Resolved 3 packages in 1.88s\nerror: Failed to prepare distributions\n  Caused by: Failed to fetch wheel: petsc4py==3.21.4\n  Caused by: Failed to build: `petsc4py==3.21.4`\n  Caused by: Build backend failed to build wheel through `build_wheel()` with exit status: 1',
    ],
  },
  {
    id: 'pip.requires-different-python',
    language: 'python',
    match: /Package '(?<package>[^'\n]{1,100})' requires a different Python: (?<version>\S{1,40}) not in '(?<required>[^'\n]{1,100})'/,
    errorType: 'requires a different Python',
    category: 'dependency',
    priority: 45,
    summary: (c) => `${c.package ?? 'The package'} needs Python ${c.required ?? ''}, but pip runs on Python ${c.version ?? ''}.`,
    explanation: (c) =>
      `${c.package ?? 'The package'} declares Requires-Python ${c.required ?? ''}, and the interpreter pip installs into is ${c.version ?? 'outside that range'}.`,
    causes: ['The virtual environment or Docker image uses an older/newer Python than the package supports', 'A pinned version that dropped support for this Python'],
    fixes: (c) => [
      {
        title: `Use a Python that ${c.package ?? 'the package'} supports, or an older release`,
        steps: ['Create the environment with a supported Python', `Or pin a release of ${c.package ?? 'the package'} that supports Python ${c.version ?? ''}`],
        code: `python${c.version ? c.version.split('.').slice(0, 2).join('.') : '3'} -m pip index versions ${c.package ?? '<package>'}\nuv venv --python 3.12 && uv pip install ${c.package ?? '<package>'}`,
      },
    ],
    references: [{ title: 'Python packaging: Requires-Python', url: 'https://packaging.python.org/en/latest/guides/dropping-older-python-versions/' }],
    samples: ["ERROR: Package 'numpy' requires a different Python: 3.8.10 not in '>=3.9'"],
  },
  {
    id: 'pip.error-line',
    language: 'python',
    // pip's own one-line refusals ("ERROR: …") that name their reason in a stable phrase.
    match: /(?:^|[ \t|])ERROR: (?:(?<invalid>Invalid requirement): '?(?<requirement>[^'\n]{1,200})'?|(?<open>Could not open requirements file): (?<reason>[^\n]{1,300})|(?<uninstall>Cannot uninstall) '?(?<package>[^'\n]{1,100})'?|Directory '(?<path>[^'\n]{1,300})' (?<notInstallable>is not installable))/m,
    errorType: (c) => (c.invalid ? 'Invalid requirement' : c.open ? 'Could not open requirements file' : c.uninstall ? 'Cannot uninstall' : 'not installable'),
    category: 'configuration',
    priority: 40,
    summary: (c) =>
      c.invalid
        ? `pip cannot parse the requirement ${c.requirement ?? ''}.`
        : c.open
          ? 'pip cannot open the requirements file.'
          : c.uninstall
            ? `pip cannot uninstall ${c.package ?? 'a package'} that another installer put there.`
            : `${c.path ?? 'The directory'} is not a Python project pip can install.`,
    explanation: (c) =>
      c.invalid
        ? 'Requirement specifiers use PEP 508 syntax: name, optional [extras], then operators such as ==, >=, ~= (a single = is invalid), or a URL with "name @ url".'
        : c.open
          ? `The path given to -r does not exist relative to the current directory (${c.reason?.trim() ?? ''}): a CI step or Docker RUN in another directory, or a COPY that did not include the file.`
          : c.uninstall
            ? 'The installed copy was installed by the OS package manager or distutils, so pip cannot tell which files belong to it and refuses to remove it before upgrading.'
            : 'pip install . needs a setup.py or pyproject.toml in that directory.',
    causes: (c) =>
      c.invalid
        ? ['A single = instead of ==', 'A stray character, comment or option on the requirement line', 'Git/URL requirement without "name @ "']
        : c.open
          ? ['Wrong working directory', 'The file is not copied into the Docker image before RUN pip install']
          : c.uninstall
            ? ['The package came from apt/yum (python3-yaml) or an old distutils install', 'Installing into the system Python instead of a virtual environment']
            : ['Wrong directory', 'The project has no packaging metadata yet'],
    fixes: (c) => [
      c.invalid
        ? { title: `Fix the requirement ${c.requirement ?? ''}`, steps: ['Use == for exact versions and PEP 508 syntax'], code: `pip install "${(c.requirement ?? 'numpy=1.24.0').replace(/(?<![=<>!~])=(?!=)/, '==')}"` }
        : c.open
          ? { title: 'Point pip at the file', steps: ['Run from the directory that holds it, or give the path', 'In Docker, COPY it before RUN pip install'], code: 'ls requirements*.txt\npip install -r ./requirements.txt\n# Dockerfile\nCOPY requirements.txt .\nRUN pip install -r requirements.txt' }
          : c.uninstall
            ? { title: `Do not upgrade ${c.package ?? 'it'} in the system Python`, steps: ['Use a virtual environment', 'Or ignore the installed copy explicitly'], code: `python3 -m venv .venv && . .venv/bin/activate && pip install ${c.package ?? '<package>'}\npip install --ignore-installed ${c.package ?? '<package>'}` }
            : { title: `Install from the project directory, not ${c.path ?? '.'}`, steps: ['cd into the folder with pyproject.toml/setup.py', 'Or install the requirements file instead'], code: `ls ${c.path ?? '.'}\npip install -r requirements.txt` },
    ],
    references: [
      { title: 'pip: Requirement specifiers', url: 'https://pip.pypa.io/en/stable/reference/requirement-specifiers/' },
      { title: 'pip: Requirements file format', url: 'https://pip.pypa.io/en/stable/reference/requirements-file-format/' },
    ],
    samples: [
      "ERROR: Invalid requirement: 'numpy=1.24.0'\nHint: = is not a valid operator. Did you mean == ?",
      "ERROR: Could not open requirements file: [Errno 2] No such file or directory: 'requirements.txt'",
      "ERROR: Cannot uninstall 'PyYAML'. It is a distutils installed project and thus we cannot accurately determine which files belong to it which would lead to only a partial uninstall.",
      "ERROR: Directory '.' is not installable. Neither 'setup.py' nor 'pyproject.toml' found.",
    ],
  },
  {
    id: 'pipenv.resolution-failure',
    language: 'python',
    match: /\[?(?:pipenv\.exceptions\.)?(?<cls>ResolutionFailure|InstallError|PipenvUsageError|PipenvCmdError|VirtualenvCreationException|DeployException)\]?: (?<message>[^\n]{0,300})/,
    errorType: (c) => c.cls ?? 'ResolutionFailure',
    category: 'dependency',
    priority: 42,
    summary: (c) => (c.cls === 'ResolutionFailure' ? 'Pipenv could not lock: the dependencies cannot be resolved together.' : `Pipenv stopped with ${c.cls ?? 'an error'}.`),
    explanation: (c) =>
      `Pipenv reports ${c.cls ?? 'the failure'}${c.message ? `: "${c.message.trim()}"` : ''}. ` +
      'For resolution failures the pip lines below it name the package that has no matching version or conflicts (often a Pipfile pin, or the Python version in [requires]).',
    causes: ['A package or version that does not exist for this Python version', 'Conflicting pins in Pipfile or a stale Pipfile.lock', 'The Python version in [requires] differs from the one installed'],
    fixes: (c) => [
      {
        title: `Find the conflict and relock (${c.cls ?? 'Pipenv'})`,
        steps: ['Read the pip lines under the message', 'Loosen the pin in Pipfile', 'Clear the cache and lock again'],
        code: 'pipenv lock --clear --verbose\npipenv graph\npipenv install --skip-lock   # to see which package fails',
      },
    ],
    references: [{ title: 'Pipenv: troubleshooting', url: 'https://pipenv.pypa.io/en/latest/diagnose.html' }],
    samples: [
      '[pipenv.exceptions.ResolutionFailure]: Warning: Your dependencies could not be resolved. You likely have a mismatch in your sub-dependencies.\n[ResolutionFailure]: req_dir=requirements_dir\nERROR: Could not find a version that matches black',
    ],
  },
  {
    id: 'pip.installed-conflict',
    language: 'python',
    match: /pip's dependency resolver does not currently take into account all the packages that are installed[\s\S]{0,400}?\n(?<package>[A-Za-z0-9][\w.-]{0,100}) [^\s]{1,40} requires (?<requirement>[^\n]{1,200}?), but you have (?<installed>[^\n]{1,100}?) which is incompatible/,
    errorType: 'dependency conflict',
    category: 'dependency',
    priority: 38,
    summary: (c) => `${c.package ?? 'An installed package'} requires ${c.requirement ?? 'another version'}, but ${c.installed ?? 'a different version'} is installed.`,
    explanation: (c) =>
      `pip installed what you asked for and then found that an already installed package, ${c.package ?? ''}, declares a requirement the environment no longer meets. ` +
      'pip does not roll back: the environment is now inconsistent and may fail at import time.',
    causes: ['Installing or upgrading one package in an environment built for other versions', 'A global/system environment shared by several projects'],
    fixes: (c) => [
      {
        title: `Install ${c.requirement ?? 'the required version'} together with ${c.package ?? 'the package'}`,
        steps: ['Install both requirements in one pip command so the resolver sees them', 'Prefer a fresh virtual environment per project'],
        code: `pip install "${c.requirement ?? 'numpy<2'}" "${c.package ?? 'tensorflow'}"\npip check`,
      },
    ],
    references: [{ title: 'pip: Dependency resolution', url: 'https://pip.pypa.io/en/stable/topics/dependency-resolution/' }],
    samples: [
      "ERROR: pip's dependency resolver does not currently take into account all the packages that are installed. This behaviour is the source of the following dependency conflicts.\ntensorflow 2.15.0 requires numpy<2.0.0,>=1.23.5, but you have numpy 2.0.0 which is incompatible.",
    ],
  },
  {
    id: 'poetry.lock-outdated',
    language: 'python',
    match: /pyproject\.toml changed significantly since poetry\.lock was last generated|poetry\.lock is not consistent with pyproject\.toml/,
    errorType: 'poetry.lock out of date',
    category: 'dependency',
    priority: 42,
    summary: 'poetry.lock no longer matches pyproject.toml, so Poetry refuses to install from it.',
    explanation:
      'Poetry stores a hash of the dependency sections of pyproject.toml in poetry.lock. Someone edited the dependencies (or the Python constraint) without running poetry lock, or the lock file was written by a different Poetry major version.',
    causes: ['pyproject.toml dependencies changed without poetry lock', 'poetry.lock not committed with the change', 'Different Poetry versions locally and in CI'],
    fixes: [
      {
        title: 'Relock and commit',
        steps: ['Run poetry lock with the project\'s Poetry version (without upgrading everything)', 'Commit poetry.lock with pyproject.toml'],
        code: 'poetry lock --no-update   # Poetry 1.x; Poetry 2: poetry lock\ngit add poetry.lock pyproject.toml && git commit -m "Update poetry.lock"',
      },
    ],
    references: [{ title: 'Poetry: poetry lock', url: 'https://python-poetry.org/docs/cli/#lock' }],
    samples: ['Installing dependencies from lock file\n\npyproject.toml changed significantly since poetry.lock was last generated. Run `poetry lock [--no-update]` to fix the lock file.'],
  },
  {
    id: 'conda.packages-not-found',
    language: 'python',
    match: /PackagesNotFoundError: The following packages are (?:not available from current channels|missing from the target environment):(?:\s{1,20}- (?<package>[^\n]{1,200}))?|(?<rpnf>ResolvePackageNotFound):(?:\s{1,20}- (?<resolve>[^\n]{1,200}))?/,
    errorType: (c) => (c.rpnf ? 'ResolvePackageNotFound' : 'PackagesNotFoundError'),
    category: 'dependency',
    priority: 40,
    summary: (c) => `conda cannot find ${c.package ?? c.resolve ?? 'a package'} in the configured channels.`,
    explanation:
      'The package (or that exact version/build) is not published in the channels conda searches for your platform. Many packages live only on conda-forge; ' +
      'environment.yml files exported with build strings are tied to the OS they were exported on.',
    causes: ['The package is on conda-forge or another channel that is not configured', 'An exact version/build string from another OS (conda env export)', 'The package exists only on PyPI'],
    fixes: (c) => [
      {
        title: 'Add the right channel or relax the spec',
        steps: ['Search conda-forge', 'Export environments without build strings', 'Install PyPI-only packages with pip inside the env'],
        code: `conda install -c conda-forge "${c.package ?? c.resolve ?? '<package>'}"\nconda env export --no-builds > environment.yml`,
      },
    ],
    references: [{ title: 'conda: Managing channels', url: 'https://docs.conda.io/projects/conda/en/latest/user-guide/concepts/channels.html' }],
    samples: ['PackagesNotFoundError: The following packages are not available from current channels:\n\n  - pytorch-lightning==2.2.1\n\nCurrent channels:\n\n  - https://repo.anaconda.com/pkgs/main/linux-64'],
  },

  {
    id: 'conda.error-class',
    language: 'python',
    // conda prints "<ClassName>: message" on its own line (no traceback); some classes end in neither Error nor Exception.
    match: /^(?<cls>(?:Conda|LibMamba)\w{0,40}(?:Error|Exception)|EnvironmentNameNotFound|EnvironmentLocationNotFound|DirectoryNotACondaEnvironmentError|NoWritablePkgsDirError|SpecsConfigurationConflictError|PaddingError|UnsatisfiableError|ProxyError|ChecksumMismatchError|InvalidArchiveError|NoBaseEnvironmentError|PackageNotInstalledError):[ \t]*(?<message>[^\n]{0,300})/m,
    errorType: (c) => c.cls ?? 'CondaError',
    category: 'dependency',
    priority: 30,
    summary: (c) => condaInfo(c).summary,
    explanation: (c) => `${condaInfo(c).explanation}${c.message ? ` conda says: "${c.message.trim()}".` : ''}`,
    causes: (c) => condaInfo(c).causes,
    fixes: (c) => condaInfo(c).fixes,
    references: [
      { title: 'conda: Troubleshooting', url: 'https://docs.conda.io/projects/conda/en/latest/user-guide/troubleshooting.html' },
      { title: 'conda: Managing environments', url: 'https://docs.conda.io/projects/conda/en/latest/user-guide/tasks/manage-environments.html' },
    ],
    samples: [
      'EnvironmentNameNotFound: Could not find conda environment: myenv\nYou can list all discoverable environments with `conda info --envs`.',
      'Collecting package metadata (current_repodata.json): failed\n\nCondaHTTPError: HTTP 000 CONNECTION FAILED for url <https://repo.anaconda.com/pkgs/main/win-64/current_repodata.json>\nElapsed: -',
      'Solving environment: failed\n\nLibMambaUnsatisfiableError: Encountered problems while solving:\n  - nothing provides requested cudatoolkit 11.8**',
      'Found conflicts! Looking for incompatible packages.\nfailed\n\nUnsatisfiableError: The following specifications were found to be incompatible with each other:',
      'CondaSSLError: Encountered an SSL error. Most likely a certificate verification issue.',
    ],
  },
  {
    id: 'mamba.could-not-solve',
    language: 'python',
    match: /(?:error|critical) +libmamba Could not solve for environment specs/,
    errorType: 'Could not solve for environment specs',
    category: 'dependency',
    priority: 40,
    summary: 'mamba/micromamba cannot find package versions that satisfy every spec of the environment.',
    explanation:
      'The solver proved the requested specs incompatible; the tree below the message shows which package cannot be installed and which requirement (often the Python version, CUDA or a pinned build) it conflicts with.',
    causes: ['A package not built for this Python version or platform (e.g. osx-arm64)', 'Pinned versions or builds that exclude each other', 'A missing channel (conda-forge, nvidia, pytorch)'],
    fixes: [
      {
        title: 'Relax the specs and add the right channels',
        steps: ['Read the "is not installable because" lines', 'Loosen pins (especially python and build strings)', 'Add the channel that publishes the package'],
        code: 'micromamba create -n env -c conda-forge python=3.11 "pytorch>=2"\nmicromamba search -c conda-forge pytorch',
      },
    ],
    references: [{ title: 'mamba: documentation', url: 'https://mamba.readthedocs.io/en/latest/' }],
    samples: ['error    libmamba Could not solve for environment specs\n    The following packages are incompatible\n    └─ pytorch 2.3.0**  is not installable because it requires\n       └─ python >=3.12,<3.13.0a0 , which does not match.\ncritical libmamba Could not solve for environment specs'],
  },
  {
    id: 'poetry.exception',
    language: 'python',
    // Poetry (cleo) prints the exception class alone on a line, a blank line, then the message indented.
    match: /^ {0,4}(?<cls>[A-Z]\w{2,60}(?:Error|Exception))[ \t]*\n[ \t]*\n {2,6}(?<message>\S[^\n]{0,300})/m,
    errorType: (c) => c.cls ?? 'PoetryException',
    category: 'dependency',
    priority: 5,
    summary: (c) => `Poetry stopped with ${c.cls ?? 'an exception'}: ${c.message ? c.message.trim() : 'see the message below it'}.`,
    explanation: (c) =>
      `${c.cls === 'ChefBuildError' ? 'Poetry builds packages without wheels for this Python/platform from source, in an isolated environment, and that build failed: the output below names the missing compiler, header or build dependency. ' : ''}` +
      'Poetry prints the exception class on its own line and the message under it; run the command again with -vvv to see the full trace.',
    causes: (c) =>
      c.cls === 'ChefBuildError'
        ? ['No wheel for this Python version/platform, so the package is built from source', 'Missing compiler or system headers', 'A build dependency the package does not declare']
        : ['See the message under the class name', 'A lock file or Poetry version that does not match the project'],
    fixes: (c) => [
      {
        title: `Re-run with details (${c.cls ?? 'Poetry'})`,
        steps: ['Run the command again with -vvv', c.cls === 'ChefBuildError' ? 'Install the build requirements the output names, or use a Python version with wheels' : 'Fix what the message names'],
        code: c.cls === 'ChefBuildError' ? 'poetry install -vvv\nsudo apt-get install -y build-essential python3-dev\npoetry env use 3.12' : 'poetry install -vvv\npoetry check\npoetry lock',
      },
    ],
    references: [{ title: 'Poetry: FAQ', url: 'https://python-poetry.org/docs/faq/' }],
    samples: ['  - Installing pycairo (1.24.0): Failed\n\n  ChefBuildError\n\n  Backend subprocess exited when trying to invoke build_wheel'],
  },
  {
    id: 'uv.project-state',
    language: 'python',
    match: /error: (?<what>No virtual environment found|The lockfile at `[^`\n]{1,200}` needs to be updated, but `--(?:locked|frozen)` was provided)/,
    errorType: (c) => (c.what?.startsWith('No virtual') ? 'No virtual environment found' : 'lockfile needs to be updated'),
    category: 'configuration',
    priority: 40,
    summary: (c) => (c.what?.startsWith('No virtual') ? 'uv has no virtual environment to install into.' : 'uv.lock is out of date with pyproject.toml, and the command may not update it.'),
    explanation: (c) =>
      c.what?.startsWith('No virtual')
        ? 'uv pip install only installs into a virtual environment (the active one, or .venv in the project) unless told to use the system Python.'
        : 'With --locked (usual in CI) uv checks that uv.lock matches pyproject.toml and refuses to change it: a dependency was edited without running uv lock.',
    causes: (c) =>
      c.what?.startsWith('No virtual')
        ? ['No .venv in the project and none activated', 'A CI/Docker step that wants the system Python']
        : ['pyproject.toml changed without running uv lock', 'uv.lock not committed'],
    fixes: (c) => [
      c.what?.startsWith('No virtual')
        ? { title: 'Create an environment, or target the system Python on purpose', steps: ['Create .venv', 'In Docker/CI, use --system'], code: 'uv venv\nuv pip install -r requirements.txt\n# Docker/CI\nuv pip install --system -r requirements.txt' }
        : { title: 'Update and commit uv.lock', steps: ['Run uv lock locally', 'Commit uv.lock'], code: 'uv lock\ngit add uv.lock && git commit -m "Update uv.lock"' },
    ],
    references: [{ title: 'uv: Locking and syncing', url: 'https://docs.astral.sh/uv/concepts/projects/sync/' }],
    samples: [
      'error: No virtual environment found; run `uv venv` to create an environment, or pass `--system` to install into a non-virtual environment',
      'error: The lockfile at `uv.lock` needs to be updated, but `--locked` was provided. To update the lockfile, run `uv lock`.',
    ],
  },

  // ---------------------------------------------------------------- Composer
  {
    id: 'composer.requirements-unresolvable',
    language: 'php',
    match: /Your (?:requirements could not be resolved to an installable set of packages|lock file does not contain a compatible set of packages)\.?(?:[\s\S]{0,600}?Problem 1\s{1,20}- (?<problem>[^\n]{1,500}))?/,
    errorType: 'requirements could not be resolved',
    category: 'dependency',
    priority: 48,
    summary: (c) => {
      const p = composerProblem(c.problem);
      return p.php
        ? `Composer cannot install: a package requires PHP ${p.php}${p.current ? `, but PHP ${p.current} runs Composer` : ''}.`
        : p.ext
          ? `Composer cannot install: the PHP extension ${p.ext} is missing.`
          : `Composer cannot find a set of package versions that satisfies every constraint${p.pkg ? ` (first problem: ${p.pkg})` : ''}.`;
    },
    explanation: (c) =>
      'Composer checked composer.json, composer.lock, the installed PHP and its extensions, and no combination of versions satisfies all of them. ' +
      (c.problem ? `The first problem it reports: "${c.problem.trim()}". ` : '') +
      'Each "Problem" lists one chain; typical reasons are a PHP version or extension that does not match, a lock file made on another PHP, two packages needing incompatible versions of a shared dependency, or a version that does not exist under the minimum-stability.',
    causes: [
      'The PHP running Composer is older/newer than a package (or the lock file) requires',
      'A PHP extension (ext-…) required by a package is not enabled for the CLI',
      'Two requirements need incompatible versions of the same package',
      'composer.lock pins versions that conflict with a changed composer.json',
      'minimum-stability excludes the only matching (dev/beta) versions',
    ],
    fixes: (c) => {
      const p = composerProblem(c.problem);
      const fixes = [];
      if (p.php) {
        fixes.push({
          title: `Run Composer with PHP ${p.php}, or resolve for your PHP`,
          steps: ['Check which PHP runs Composer (CLI and CI image)', 'Use the required version, or set the platform PHP and update the lock file on that version'],
          code: `php -v\ncomposer config platform.php ${p.current ?? '8.2.0'}\ncomposer update${p.pkg ? ` ${p.pkg}` : ''} --with-all-dependencies`,
        });
      }
      if (p.ext) {
        fixes.push({
          title: `Enable the PHP extension ${p.ext}`,
          steps: ['Install/enable it for the PHP CLI that runs Composer', 'Check that php -m lists it'],
          code: `sudo apt-get install php-${p.ext}\n# Dockerfile (official php image)\nRUN docker-php-ext-install ${p.ext}\nphp -m | grep -i ${p.ext}`,
        });
      }
      fixes.push({
        title: 'Read the problem list and let Composer explain',
        steps: ['Read each "Problem" entry from the top', 'Ask why a version cannot be installed', 'Allow updating the dependencies of the package you change'],
        code: `composer why-not ${p.pkg ?? 'vendor/package'}${p.version ? ` ${p.version}` : ''}\ncomposer update ${p.pkg ?? 'vendor/package'} --with-all-dependencies`,
      });
      return fixes;
    },
    references: [
      { title: 'Composer: troubleshooting', url: 'https://getcomposer.org/doc/articles/troubleshooting.md' },
      { title: 'Composer: config platform', url: 'https://getcomposer.org/doc/06-config.md#platform' },
    ],
    samples: [
      'Your requirements could not be resolved to an installable set of packages.\n\n  Problem 1\n    - The requested package satooshi/php-coveralls dev-master exists as satooshi/php-coveralls[0.1.0, 0.2.0, v2.0.0] but these are rejected by your constraint.',
      'Installing dependencies from lock file (including require-dev)\nVerifying lock file contents can be installed on current platform.\nYour lock file does not contain a compatible set of packages. Please run composer update.\n\n  Problem 1\n    - symfony/console is locked to version v7.0.4 and an update of this package was not requested.\n    - symfony/console v7.0.4 requires php >=8.2 -> your php version (8.1.27) does not satisfy that requirement.\nError: Process completed with exit code 2.',
      "Loading composer repositories with package information\nUpdating dependencies\nYour requirements could not be resolved to an installable set of packages.\n\n  Problem 1\n    - laravel/framework[v11.0.0, ..., v11.9.2] require ext-fileinfo * -> it is missing from your system. Install or enable PHP's fileinfo extension.",
      'Your requirements could not be resolved to an installable set of packages.\n\n  Problem 1\n    - Root composer.json requires php ^8.2 but your php version (8.1.2) does not satisfy that requirement.',
    ],
  },

  {
    id: 'composer.no-matching-version',
    language: 'php',
    match: /(?:\[(?<thrown>InvalidArgumentException|UnexpectedValueException)\][\s\S]{0,300}?)?Could not find (?:a matching version of package|package) (?<package>[\w.-]{1,100}\/[\w.-]{1,100}?)\.? (?:in a version matching|Check the package spelling)/,
    errorType: (c) => c.thrown ?? 'Could not find a matching version',
    category: 'dependency',
    priority: 45,
    summary: (c) => `Composer found no version of ${c.package ?? 'the package'} that matches the constraint and minimum-stability.`,
    explanation: (c) =>
      `composer require looked up ${c.package ?? 'the package'} on Packagist (and the repositories in composer.json) and nothing matched: the name is misspelled, the package is private ` +
      '(its repository is not declared), or only dev/beta versions exist while minimum-stability is "stable".',
    causes: ['Typo in vendor/package', 'A private package whose repository is not in composer.json', 'Only unstable versions exist and minimum-stability is stable', 'A version constraint that excludes every release'],
    fixes: (c) => [
      {
        title: `Check ${c.package ?? 'the package'} and its versions`,
        steps: ['Search Packagist for the exact name', 'Add the repository for private packages', 'Allow a dev/beta version explicitly if that is all there is'],
        code: `composer search ${c.package ?? 'vendor/package'}\ncomposer show --all ${c.package ?? 'vendor/package'}\ncomposer require ${c.package ?? 'vendor/package'}:@dev   # only if you want an unstable version`,
      },
    ],
    references: [{ title: 'Composer: composer require', url: 'https://getcomposer.org/doc/03-cli.md#require-r' }, { title: 'Composer: minimum-stability', url: 'https://getcomposer.org/doc/04-schema.md#minimum-stability' }],
    samples: [
      'In PackageDiscoveryTrait.php line 383:\n\n  Could not find a matching version of package laravel/uii. Check the package spelling, your version constraint and that the package is available in a stability which matches your minimum-stability (stable).',
      '  [InvalidArgumentException]\n  Could not find package acme/toolkit in a version matching 2.0',
    ],
  },
  {
    id: 'composer.platform-check',
    language: 'php',
    match: /Composer detected issues in your platform:? (?<detail>[^\n]{0,300}?)(?: in \S{0,300}platform_check\.php|$)/m,
    errorType: 'Composer detected issues in your platform',
    category: 'configuration',
    priority: 45,
    summary: 'The PHP that runs the application does not meet what the installed Composer packages require.',
    explanation: (c) =>
      'vendor/composer/platform_check.php runs before the autoloader and stops when the running PHP version or extensions do not match the requirements of the installed packages. ' +
      `${c.detail ? `It reports: "${c.detail.trim()}". ` : ''}The dependencies were installed for another PHP (a newer CLI, a lock file made elsewhere) than the web server or container uses.`,
    causes: ['The web server/FPM PHP is older than the CLI PHP that ran composer install', 'composer.lock resolved on a newer PHP', 'A required extension missing in the runtime image'],
    fixes: [
      {
        title: 'Run the application on the PHP the packages need, or resolve for your PHP',
        steps: ['Compare php -v of the CLI with the PHP of the server/container', 'Either upgrade the runtime PHP, or set platform.php to the production version and update'],
        code: 'php -v\ncomposer config platform.php 8.1.2\ncomposer update --with-all-dependencies\ncomposer check-platform-reqs',
      },
    ],
    references: [{ title: 'Composer: platform-check', url: 'https://getcomposer.org/doc/06-config.md#platform-check' }],
    samples: ['PHP Fatal error:  Composer detected issues in your platform: Your Composer dependencies require a PHP version ">= 8.2.0". You are running 8.1.2. in /var/www/html/vendor/composer/platform_check.php on line 24'],
  },

  // ---------------------------------------------------------------- cargo
  {
    id: 'cargo.failed-to-select-version',
    language: 'rust',
    match: /failed to select a version for (?:the requirement )?`(?<requirement>[^`\n]{1,200})`/,
    errorType: 'failed to select a version',
    category: 'dependency',
    priority: 40,
    summary: (c) => `Cargo cannot find a version for ${c.requirement ?? 'a dependency'} that fits every constraint.`,
    explanation: (c) =>
      `Cargo looked for ${c.requirement ?? 'the crate'} and either no published version matches the requirement (typo, version not released, yanked), ` +
      'or every candidate conflicts with another crate in the graph — e.g. two crates that both link the same native library (links = "openssl"), or incompatible exact (=) requirements.',
    causes: [
      'The requested version does not exist or was yanked',
      'Two dependencies require incompatible versions of a crate that may only appear once (native links, = pins)',
      'The local registry index is stale',
    ],
    fixes: (c) => {
      const req = c.requirement ?? '';
      const crate = req.split(/[\s=]/)[0] || 'the crate';
      return [
        {
          title: `Inspect and relax the requirements on ${req || crate}`,
          steps: [
            'Update the index and retry',
            `See which packages require ${crate} and with which versions`,
            `Check that a published version satisfies ${req || 'the requirement'} (typos, yanked or unreleased versions), then upgrade the dependent crates so their requirements overlap`,
          ],
          code: `cargo update\ncargo tree -i ${crate}\ncargo search ${crate} --limit 1`,
        },
      ];
    },
    references: [
      { title: 'Cargo: Dependency resolution', url: 'https://doc.rust-lang.org/cargo/reference/resolver.html' },
      { title: 'Cargo: Specifying dependencies', url: 'https://doc.rust-lang.org/cargo/reference/specifying-dependencies.html' },
    ],
    samples: [
      'error: failed to select a version for the requirement `tokio = "^2.0"`\ncandidate versions found which didn\'t match: 1.37.0, 1.36.0, 1.35.1, ...\nlocation searched: crates.io index\nrequired by package `api v0.1.0 (/home/ann/api)`',
      'error: failed to select a version for `openssl-sys`.\n    ... required by package `openssl v0.10.64`\nversions that meet the requirements `^0.9.102` are: 0.9.102\n\nthe package `openssl-sys` links to the native library `openssl`, but it conflicts with a previous package which links to `openssl` as well:',
    ],
  },
  {
    id: 'cargo.openssl-sys',
    language: 'rust',
    match: /failed to run custom build command for `(?<crate>openssl-sys[^`\n]{0,40})`|Could not find directory of OpenSSL installation/,
    // Labelled like every build-script failure (cargo's own words); the explanation is specific.
    errorType: 'failed to run custom build command',
    category: 'build',
    priority: 45,
    summary: 'The openssl-sys crate cannot find the OpenSSL development files to link against.',
    explanation:
      'openssl-sys links to the system OpenSSL library. Its build script looks for headers and libraries via pkg-config or OPENSSL_DIR and found none: ' +
      'the -dev package or pkg-config is missing, or you cross-compile/build in a minimal image (Alpine/musl, distroless builder).',
    causes: ['OpenSSL headers (libssl-dev / openssl-devel) or pkg-config not installed', 'Cross-compiling without a target OpenSSL', 'Homebrew OpenSSL not on the default search path (macOS)'],
    fixes: (c) => [
      {
        title: 'Install OpenSSL headers and pkg-config',
        steps: [`Install the development packages for your OS so the build script of ${c.crate ?? 'openssl-sys'} finds OpenSSL`],
        code: '# Debian/Ubuntu\nsudo apt-get install -y pkg-config libssl-dev\n# Fedora\nsudo dnf install -y pkgconf openssl-devel\n# Alpine\napk add pkgconfig openssl-dev\n# macOS\nexport OPENSSL_DIR="$(brew --prefix openssl@3)"',
      },
      {
        title: 'Avoid native OpenSSL',
        steps: ['Use rustls features of your HTTP/TLS crates, or the vendored feature of openssl'],
        code: 'reqwest = { version = "0.12", default-features = false, features = ["rustls-tls"] }\n# or\nopenssl = { version = "0.10", features = ["vendored"] }',
      },
    ],
    references: [
      { title: 'openssl crate: building (docs.rs)', url: 'https://docs.rs/openssl/latest/openssl/' },
      { title: 'Cargo: Build scripts', url: 'https://doc.rust-lang.org/cargo/reference/build-scripts.html' },
    ],
    samples: [
      "error: failed to run custom build command for `openssl-sys v0.9.102`\n\nCaused by:\n  process didn't exit successfully: `/app/target/release/build/openssl-sys-6d4c1f7f/build-script-main` (exit status: 101)\n  --- stderr\n  thread 'main' panicked at /usr/local/cargo/registry/src/index.crates.io-6f17d22bba15001f/openssl-sys-0.9.102/build/find_normal.rs:190:5:\n\n  Could not find directory of OpenSSL installation, and this `-sys` crate cannot\n  proceed without this knowledge.",
    ],
  },
  {
    id: 'cargo.build-script-failed',
    language: 'rust',
    match: /failed to run custom build command for `(?<crate>[^`\n]{1,200})`/,
    errorType: 'failed to run custom build command',
    category: 'build',
    priority: 35,
    summary: (c) => `The build script (build.rs) of ${c.crate ?? 'a crate'} failed.`,
    explanation: (c) =>
      `${c.crate ?? 'The crate'} runs a build script before compiling, usually to find or build a native C/C++ library. The script failed; its stderr under "--- stderr" names what is missing ` +
      '(a system library, pkg-config, cmake, a C compiler, protoc, clang/libclang for bindgen).',
    causes: ['Missing system library or its -dev package', 'Missing build tool: cmake, pkg-config, a C compiler, protoc, libclang', 'Cross-compilation without the target toolchain'],
    fixes: (c) => [
      {
        title: 'Install what the build script asks for',
        steps: [`Read the "--- stderr" section under the failure of ${c.crate ?? 'the crate'}`, 'Install the named tool or -dev package', 'Rebuild verbosely if unclear'],
        code: 'sudo apt-get install -y build-essential pkg-config cmake clang protobuf-compiler\ncargo build -vv',
      },
    ],
    references: [{ title: 'Cargo: Build scripts', url: 'https://doc.rust-lang.org/cargo/reference/build-scripts.html' }],
    samples: ["error: failed to run custom build command for `prost-build v0.12.4`\n\nCaused by:\n  process didn't exit successfully: `/app/target/debug/build/api-8c1d/build-script-build` (exit status: 1)\n  --- stderr\n  Error: Custom { kind: NotFound, error: \"Could not find `protoc`.\" }"],
  },
  {
    id: 'cargo.no-matching-package',
    language: 'rust',
    // cargo 1.80+: "no matching package found\nsearched package name: `x`".
    match: /no matching package named [`'](?<crate>[^`'\n]{1,200})[`'] found|no matching package found\nsearched package name: `(?<searched>[^`\n]{1,200})`/,
    errorType: 'no matching package',
    category: 'dependency',
    priority: 40,
    summary: (c) => `There is no crate named ${c.crate ?? c.searched ?? ''} in the registry Cargo searched.`,
    explanation: (c) =>
      `Cargo looked up ${c.crate ?? 'the crate'} in the registry (crates.io by default) and it does not exist: a typo, a crate name that differs from its import name (dashes vs underscores are equivalent, but other differences are not), ` +
      'or a crate from a private registry/git repository declared without its source.',
    causes: ['Typo in the crate name in Cargo.toml', 'The crate lives in a private registry or git repository', 'A workspace member path dependency referenced without path'],
    fixes: (c) => [
      {
        title: 'Fix the dependency declaration',
        steps: ['Search crates.io for the right name', 'For git/path/private crates, declare the source'],
        code: `cargo search ${c.crate ?? c.searched ?? 'name'}\n\n[dependencies]\nmy-lib = { git = "https://github.com/acme/my-lib" }\nshared = { path = "../shared" }`,
      },
    ],
    references: [{ title: 'Cargo: Specifying dependencies', url: 'https://doc.rust-lang.org/cargo/reference/specifying-dependencies.html' }],
    samples: [
      'error: no matching package named `serde_jsn` found\nlocation searched: registry `crates-io`\nrequired by package `api v0.1.0 (/home/ann/api)`',
      'error: no matching package found\nsearched package name: `tokio-postgress`\nperhaps you meant:      tokio-postgres\nlocation searched: crates.io index\nrequired by package `api v0.1.0 (/home/ann/api)`',
    ],
  },

  // ---------------------------------------------------------------- gem / bundler
  {
    id: 'gem.native-extension',
    language: 'ruby',
    // The class is printed by Bundler ("Gem::Ext::BuildError: ERROR: …", before RubyGems 2.4
    // "Gem::Installer::ExtensionBuildError"); `gem install` prints only "ERROR:  Error installing x:".
    match:
      /(?:(?<cls>Gem::(?:Ext::BuildError|Installer::ExtensionBuildError)): )?ERROR: Failed to build gem native extension\.(?:[\s\S]{0,4000}?(?:An error occurred while installing (?<gem>[\w.-]{1,100}) \((?<version>[^)\n]{1,50})\)|\/gems\/(?<gem2>[a-z][\w.-]{0,100}?)-(?<version2>\d[\w.]{0,30})\/))?|Error installing (?<gem3>[\w.-]{1,100}):\s{1,20}ERROR: Failed to build gem native extension/,
    errorType: (c) => c.cls ?? 'Gem::Ext::BuildError',
    category: 'build',
    priority: 40,
    summary: (c) => {
      const gem = c.gem ?? c.gem2 ?? c.gem3;
      const version = c.version ?? c.version2;
      return gem ? `The gem ${gem}${version ? ` ${version}` : ''} could not compile its native extension.` : 'A gem could not compile its native extension.';
    },
    explanation: (c) =>
      `${c.gem ?? c.gem2 ?? c.gem3 ?? 'The gem'} contains C code that is compiled during installation. The compilation failed; mkmf.log and the lines above name the missing piece: ` +
      'a compiler, Ruby development headers, or a library such as libpq (pg), libmysqlclient (mysql2), libxml2 (nokogiri on unusual platforms), libyaml (psych). ' +
      'Old gem versions also fail to build on newer Rubies and compilers.',
    causes: [
      'No C compiler / build tools (build-essential, Xcode Command Line Tools)',
      'Missing library headers: libpq-dev for pg, default-libmysqlclient-dev for mysql2, libyaml-dev for psych',
      'A gem version too old for your Ruby version',
    ],
    fixes: (c) => {
      const gem = c.gem ?? c.gem2 ?? c.gem3 ?? 'pg';
      const version = c.version ?? c.version2;
      return [
        {
          title: `Install the build dependencies and retry ${gem}`,
          steps: [`${c.cls ?? 'Gem::Ext::BuildError'} only says that the build failed: read mkmf.log / gem_make.out and the compiler output above for the first error (missing header, library or compiler)`, 'Install the compiler and the library headers the gem needs', 'Run bundle install again'],
          code: `# Debian/Ubuntu\nsudo apt-get install -y build-essential ruby-dev libpq-dev default-libmysqlclient-dev libyaml-dev\n# macOS\nxcode-select --install\ngem install ${gem}${version ? ` -v '${version}'` : ''} --verbose`,
        },
        {
          title: `Use a ${gem} release that builds on your Ruby`,
          steps: [`Old versions${version ? ` such as ${version}` : ''} often do not compile on newer Rubies/compilers, while newer ones ship precompiled binaries`],
          code: `bundle update ${gem} --conservative`,
        },
      ];
    },
    references: [{ title: 'Bundler: bundle install', url: 'https://bundler.io/man/bundle-install.1.html' }, { title: 'RubyGems guides: Gems with extensions', url: 'https://guides.rubygems.org/gems-with-extensions/' }],
    samples: [
      'Gem::Ext::BuildError: ERROR: Failed to build gem native extension.\n\n    current directory: /usr/local/bundle/gems/pg-1.5.6/ext\n/usr/local/bin/ruby extconf.rb\nchecking for pg_config... no\nNo pg_config... trying anyway.\n\nAn error occurred while installing pg (1.5.6), and Bundler cannot continue.',
      'ERROR:  Error installing rails:\n    ERROR: Failed to build gem native extension.\n\nBuilding has failed. See above output for more information on the failure.',
      'Installing nokogiri (1.6.0) with native extensions \nGem::Installer::ExtensionBuildError: ERROR: Failed to build gem native extension.\n\n        /usr/bin/ruby1.9.1 extconf.rb \n/usr/lib/ruby/1.9.1/rubygems/custom_require.rb:36:in `require\': cannot load such file -- mkmf (LoadError)',
    ],
  },
  {
    id: 'bundler.version-conflict',
    language: 'ruby',
    // Bundler < 2.4 ("could not find compatible versions for gem "x"") and the PubGrub resolver of
    // Bundler 2.4+ ("Could not find compatible versions\n\nBecause …").
    match: /Bundler could not find compatible versions for gem "(?<gem>[^"\n]{1,100})"|Could not find compatible versions\s{1,10}Because (?:every version of |the current [\w ]{1,40})?(?<gem2>[\w.-]{1,100})|(?<cls>Bundler::(?:VersionConflict|SolveFailure))\b/,
    errorType: (c) => c.cls ?? 'Bundler::VersionConflict',
    category: 'dependency',
    priority: 40,
    summary: (c) => `Bundler cannot find a version of ${c.gem ?? c.gem2 ?? 'the gems'} that satisfies every requirement.`,
    explanation: (c) =>
      `Several gems (or your Gemfile) constrain ${c.gem ?? c.gem2 ?? 'a gem'} in ways that do not overlap, or the lockfile pins a version that conflicts with a new requirement. ` +
      'The lines below the message list who requires what ("In Gemfile:" or "Because … depends on …").',
    causes: ['Two gems need incompatible versions of the same dependency', 'Gemfile.lock pins versions that conflict with an updated Gemfile', 'The required Ruby version differs from the running one (a conflict on the gem "ruby")'],
    fixes: (c) => [
      {
        title: `Update the gems that constrain ${c.gem ?? c.gem2 ?? 'the dependency'} together`,
        steps: ['Read the requirement lines that show each constraint', 'Update the gems involved together (conservatively), or relax a constraint in the Gemfile', ...(c.cls ? [`${c.cls} is raised when no combination fits`] : [])],
        code: `bundle update ${(c.gem ?? c.gem2) === 'ruby' ? '--ruby' : `${c.gem ?? c.gem2 ?? 'gem-name'} --conservative`}\nbundle outdated`,
      },
    ],
    references: [{ title: 'Bundler: bundle update', url: 'https://bundler.io/man/bundle-update.1.html' }],
    samples: [
      'Bundler could not find compatible versions for gem "rack":\n  In Gemfile:\n    rails (~> 7.1) was resolved to 7.1.3, which depends on\n      rack (>= 2.2.4)\n\n    sinatra (~> 2.0) was resolved to 2.2.4, which depends on\n      rack (~> 2.2)',
      'Could not find compatible versions\n\nBecause every version of rails depends on activesupport = 7.1.3\n  and Gemfile depends on activesupport ~> 6.1,\n  rails cannot be used.',
    ],
  },

  // ---------------------------------------------------------------- NuGet
  {
    id: 'nuget.error-code',
    language: 'csharp',
    // MSBuild/dotnet restore: "<project> : error NU1101: …". The first *error* is the one to fix
    // (warnings such as NU1603 often come before it); localised messages keep the code.
    match: /\b[Ee]rror:? (?<code>NU\d{4})\b:?[ \t]*(?:\n[ \t]*)?(?<message>[^\n]{0,400})/,
    errorType: (c) => c.code ?? 'NuGet error',
    category: 'dependency',
    priority: 50,
    summary: (c) => nugetInfo(c).summary,
    explanation: (c) => nugetInfo(c).explanation,
    causes: (c) => nugetInfo(c).causes,
    fixes: (c) => nugetInfo(c).fixes,
    references: [
      { title: 'NuGet: errors and warnings reference', url: 'https://learn.microsoft.com/en-us/nuget/reference/errors-and-warnings/' },
      { title: 'NuGet: nuget.config reference', url: 'https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file' },
    ],
    samples: [
      '/app/CrimeApi.csproj : error NU1101: Unable to find package CrimeLibrary. No packages exist with this id in source(s): nuget.org',
      "C:\\src\\CICalc\\CICalc.csproj : error NU1101: Package Microsoft.AspNetCore.Components.WebAssembly introuvable. Aucun package associé à cet ID n'existe dans la ou les sources suivantes : Microsoft Visual Studio Offline Packages",
      'D:\\a\\app\\src\\Dummy\\Dummy.csproj : error NU1102: Unable to find package NETStandard.Library with version (>= 2.0.3)\nD:\\a\\app\\src\\Dummy\\Dummy.csproj : error NU1102:   - Found 1 version(s) in Microsoft Visual Studio Offline Packages [ Nearest version: 1.6.0 ]',
      '/Users/ann/Koans/Koans.csproj : error NU1605: Detected package downgrade: System.Net.Primitives from 4.3.0 to 4.0.11. Reference the package directly from the project to select a different version.',
      'ExcelDna.RuntimeTests.csproj : error NU1605:\n      Warning As Error: Detected package downgrade: ExcelDna.Interop from 15.0.1 to 15.0.1. Reference the package directly from the project to select a different version.',
      'error NU1202: Package Microsoft.EntityFrameworkCore 8.0.1 is not compatible with net6.0 (.NETCoreApp,Version=v6.0). Package Microsoft.EntityFrameworkCore 8.0.1 supports: net8.0 (.NETCoreApp,Version=v8.0)',
      '/app/Api.csproj : error NU1301: Unable to load the service index for source https://pkgs.dev.azure.com/acme/_packaging/feed/nuget/v3/index.json.',
      'error NU1107: Version conflict detected for Newtonsoft.Json. Install/reference Newtonsoft.Json 12.0.3 directly to project Api to resolve this issue.',
      "/src/Api.csproj : error NU1903: Warning As Error: Package 'System.Text.Json' 8.0.4 has a known high severity vulnerability, https://github.com/advisories/GHSA-8g4q-xg66-9fp4",
      '/src/Api.csproj : error NU1608: Detected package version outside of dependency constraint: Pomelo.EntityFrameworkCore.MySql 7.0.0 requires Microsoft.EntityFrameworkCore.Relational (>= 7.0.0 && < 7.1.0) but version Microsoft.EntityFrameworkCore.Relational 8.0.0 was resolved.',
      '/src/Api.csproj : error NU1004: The packages lock file is inconsistent with the project dependencies so restore can\'t be run in locked mode. Disable the RestoreLockedMode MSBuild property or pass an explicit --force-evaluate option to run restore to update the lock file.',
    ],
  },
  {
    id: 'nuget.code',
    language: 'csharp',
    // The code without "error" in front: Package Manager Console, nuget.exe, Visual Studio's error list.
    match: /\b(?<code>NU[1-5]\d{3})\b:?[ \t]*(?<message>[^\n]{0,400})/,
    errorType: (c) => c.code ?? 'NuGet error',
    category: 'dependency',
    priority: 44,
    summary: (c) => nugetInfo(c).summary,
    explanation: (c) => nugetInfo(c).explanation,
    causes: (c) => nugetInfo(c).causes,
    fixes: (c) => nugetInfo(c).fixes,
    references: [{ title: 'NuGet: errors and warnings reference', url: 'https://learn.microsoft.com/en-us/nuget/reference/errors-and-warnings/' }],
    samples: [
      "PM> NuGet\\Install-Package LibreHardwareMonitorLib -Version 0.9.3\nRestoring packages for C:\\Users\\Junix\\source\\repos\\LightStats\\LightStats\\LightStats.csproj...\nNuGet\\Install-Package : NU1101: Unable to find package LibreHardwareMonitorLib. No packages exist with this id in source(s): Microsoft Visual Studio Offline Packages\nAt line:1 char:1",
      'Severity\tCode\tDescription\tProject\tFile\tLine\tSuppression State\nError\tNU1102\tUnable to find package Serilog with version (>= 9.0.0)',
    ],
  },
];

/** The package name of an npm 404: the "'x@*' is not in this registry" line, or the last segment of the URL. */
function packageFrom(c: Readonly<Record<string, string>>): string {
  if (c.package) return c.package.replace(/@\*$/, '');
  const url = c.url ?? c.url2 ?? c.url3;
  if (!url) return '';
  const path = url.replace(/^https?:\/\/[^/]+\//, '').replace(/\/+$/, '');
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** What a code-keyed pattern (pnpm, Yarn 2+, npm, NuGet) says about one code or family of codes. */
interface CodeInfo {
  summary: string;
  explanation: string;
  causes: string[];
  fixes: Fix[];
}

/** The first package-looking name in a message: `name@range`, a quoted name, or a scoped name. */
function packageIn(message: string | undefined): string | null {
  if (!message) return null;
  const m =
    /(?:for|of|named|package) "?(?<name>@?[\w.-]+(?:\/[\w.-]+)?)(?:@[^\s"':,]+)?/.exec(message) ??
    /(?<name>@?[\w.-]+(?:\/[\w.-]+)?)@(?:npm:|workspace:)?[\^~<>=\d*]/.exec(message) ??
    /"(?<name>@?[\w.-]+(?:\/[\w.-]+)?)"/.exec(message);
  return m?.groups?.name ?? null;
}

function pnpmInfo(c: Readonly<Record<string, string>>): CodeInfo {
  const code = c.code ?? '';
  const pkg = packageIn(c.message);
  const lockfile: CodeInfo = {
    summary: 'pnpm-lock.yaml does not match package.json (or this pnpm version), and the install may not change it.',
    explanation:
      'In CI pnpm install runs with --frozen-lockfile: it installs exactly what pnpm-lock.yaml says and fails when package.json asks for something else, ' +
      'or when the lockfile was written by a pnpm major version that this one cannot read.',
    causes: [
      'package.json (or a workspace package.json) changed without running pnpm install',
      'pnpm-lock.yaml not committed',
      'Different pnpm versions locally and in CI (lockfile format changed between majors)',
    ],
    fixes: [
      {
        title: 'Regenerate and commit the lockfile with the project\'s pnpm version',
        steps: ['Pin pnpm with the "packageManager" field and corepack', 'Run pnpm install locally', 'Commit pnpm-lock.yaml'],
        code: 'corepack enable\ncorepack use pnpm@latest-9\npnpm install\ngit add pnpm-lock.yaml package.json && git commit -m "Update pnpm lockfile"',
      },
    ],
  };
  if (/LOCKFILE/.test(code)) return lockfile;
  if (/^NO_MATCHING_VERSION/.test(code)) {
    return {
      summary: `No published version of ${pkg ?? 'the package'} matches the requested range.`,
      explanation: `The package exists, but none of its versions satisfies the range in package.json (or in a dependency's package.json).`,
      causes: ['Typo in the version range, or a version not released yet', 'A registry mirror that lags behind', 'A dependency that requires an unpublished version'],
      fixes: [
        {
          title: `Pick an existing version of ${pkg ?? 'the package'}`,
          steps: ['List the published versions', 'Change the range in package.json (or upgrade the dependency that asks for it)'],
          code: `pnpm view ${pkg ?? '<package>'} versions\npnpm add ${pkg ?? '<package>'}@latest`,
        },
      ],
    };
  }
  if (/^FETCH_40[13]$/.test(code) || code === 'NEED_AUTH') {
    return {
      summary: `The registry refused to serve ${pkg ?? 'a package'}: pnpm is not authenticated for it.`,
      explanation: 'A 401/403 from the registry means the request had no valid token for that registry or scope (private packages, GitHub Packages, a corporate mirror).',
      causes: ['No auth token for the registry/scope in .npmrc', 'The token expired or lacks read:packages', 'The scope is mapped to the wrong registry'],
      fixes: [
        {
          title: 'Configure the registry and token',
          steps: ['Map the scope to its registry in .npmrc', 'Provide the token from an environment variable in CI'],
          code: '@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${NPM_TOKEN}',
        },
      ],
    };
  }
  if (/^(?:FETCH_\d{3}|META_FETCH_FAIL|NO_OFFLINE_TARBALL|NO_OFFLINE_META)$/.test(code)) {
    return {
      summary: `pnpm could not download ${pkg ?? 'a package'} from the registry.`,
      explanation: 'The registry answered with an error (404: no such package or version, 5xx: registry problem) or the network request failed.',
      causes: ['Typo in the package name, or a private package without access', 'A proxy/firewall or flaky network in CI', 'The registry or mirror is down'],
      fixes: [
        {
          title: 'Check the package and the registry',
          steps: ['Look the package up', 'Check the configured registry and proxy', 'Retry with more network retries'],
          code: `pnpm view ${pkg ?? '<package>'}\npnpm config get registry\npnpm install --fetch-retries 5`,
        },
      ],
    };
  }
  if (code === 'PEER_DEP_ISSUES') {
    return {
      summary: 'Some peer dependencies are missing or have versions outside the declared ranges.',
      explanation: 'With strict-peer-dependencies enabled, pnpm fails when a package\'s peer dependency is missing or does not match its range.',
      causes: ['A library that does not declare support for the major version you use yet', 'A missing peer dependency'],
      fixes: [
        {
          title: 'Satisfy the peers or relax the check',
          steps: ['Upgrade the library that declares the peer', 'Or allow the version in package.json "pnpm.peerDependencyRules"', 'Or set strict-peer-dependencies=false in .npmrc'],
          code: '"pnpm": {\n  "peerDependencyRules": {\n    "allowedVersions": { "react": "19" }\n  }\n}',
        },
      ],
    };
  }
  if (/INTEGRITY|TARBALL_SIZE/.test(code)) {
    return {
      summary: 'A downloaded tarball does not match the checksum recorded in pnpm-lock.yaml.',
      explanation: 'The tarball the registry served hashes differently from the lockfile: a corrupted store or cache, a mirror serving other content, or a lockfile created against another registry.',
      causes: ['Corrupted pnpm store', 'Lockfile generated against another registry', 'A proxy that alters downloads'],
      fixes: [
        {
          title: 'Clean the store and retry',
          steps: ['Prune the store', 'Reinstall; if it persists, regenerate the lockfile for this registry'],
          code: 'pnpm store prune\npnpm install',
        },
      ],
    };
  }
  if (/^RECURSIVE_(?:RUN|EXEC)_FIRST_FAIL$|^NO_SCRIPT$/.test(code)) {
    return {
      summary: code === 'NO_SCRIPT' ? 'The script does not exist in package.json.' : `A script failed in workspace package ${pkg ?? ''}`.trim() + '.',
      explanation:
        code === 'NO_SCRIPT'
          ? 'pnpm run looked for the script in the package.json of the current package and found none.'
          : 'pnpm ran the script in each workspace package and stopped at the first failure. The real error is printed above, by the tool the script runs.',
      causes: code === 'NO_SCRIPT' ? ['Typo in the script name', 'Run from the wrong directory/package'] : ['The command run by the script failed (build, test, lint)', 'Dependencies not installed or built'],
      fixes: [
        {
          title: code === 'NO_SCRIPT' ? 'Check the scripts of package.json' : 'Find the first real error above',
          steps: code === 'NO_SCRIPT' ? ['List the available scripts', 'Run it in the right package with --filter'] : ['Scroll up to the first error printed by the tool', 'Re-run the script in that package alone'],
          code: pkg ? `pnpm --filter ${pkg} run build` : 'pnpm run\npnpm --filter <package> run build',
        },
      ],
    };
  }
  if (code === 'BAD_PM_VERSION' || code === 'UNSUPPORTED_ENGINE' || code === 'UNSUPPORTED_PLATFORM') {
    return {
      summary: 'The running pnpm or Node.js version is not the one the project requires.',
      explanation: 'package.json pins the package manager ("packageManager") or declares "engines", and the version running here does not match.',
      causes: ['CI installs another pnpm/Node version than the project pins', 'A global pnpm that ignores corepack'],
      fixes: [
        {
          title: 'Use the pinned versions',
          steps: ['Enable corepack so the "packageManager" version is used', 'Use the Node version from "engines" (setup-node, .nvmrc)'],
          code: 'corepack enable\nnode --version\npnpm --version',
        },
      ],
    };
  }
  if (/WORKSPACE|IMPORTER|LINKED_PKG/.test(code)) {
    return {
      summary: `pnpm cannot find ${pkg ?? 'a package'} in the workspace.`,
      explanation: 'A workspace: dependency, a filter, or pnpm-workspace.yaml refers to a package or directory that is not part of the workspace.',
      causes: ['The package name in package.json differs from the workspace: reference', 'pnpm-workspace.yaml does not include the package directory', 'The command runs outside the workspace root'],
      fixes: [
        {
          title: 'Check the workspace definition',
          steps: ['List the packages pnpm sees', 'Fix pnpm-workspace.yaml or the dependency name'],
          code: `pnpm ls -r --depth -1\ncat pnpm-workspace.yaml${pkg ? `\ngrep -r '"name": "${pkg}"' --include=package.json .` : ''}`,
        },
      ],
    };
  }
  return {
    summary: `pnpm stopped with ERR_PNPM_${code}.`,
    explanation: 'pnpm reports its errors with a stable ERR_PNPM_ code; the message after the code says what went wrong.',
    causes: ['See the message after the code', 'A pnpm version different from the one the project uses'],
    fixes: [
      {
        title: 'Look the code up and retry with details',
        steps: ['Search the code in the pnpm documentation', 'Re-run with more logging'],
        code: 'pnpm install --reporter=append-only --loglevel debug',
      },
    ],
  };
}

function berryInfo(c: Readonly<Record<string, string>>): CodeInfo {
  const code = c.code ?? '';
  const message = c.message ?? '';
  const pkg = packageIn(message);
  const installFix = (title: string, steps: string[], code: string): Fix[] => [{ title, steps, code }];
  if (code === '0082' || /No candidates found|couldn't be found|not found in the registry/i.test(message)) {
    return {
      summary: `Yarn found no version of ${pkg ?? 'a package'} that matches the requested range.`,
      explanation: 'Yarn asked the registry for the package and nothing matched: the name or range is wrong, or the package is private and Yarn has no scope/registry configuration for it.',
      causes: ['Typo in the name or range', 'A private scope without npmScopes configuration in .yarnrc.yml', 'A registry mirror missing the package'],
      fixes: installFix(
        `Check ${pkg ?? 'the package'} and the registry`,
        ['Look the package up', 'Configure the scope registry and token for private packages'],
        `yarn npm info ${pkg ?? '<package>'}\n# .yarnrc.yml\nnpmScopes:\n  acme:\n    npmRegistryServer: "https://npm.pkg.github.com"\n    npmAuthToken: "\${NPM_TOKEN}"`,
      ),
    };
  }
  if (code === '0028' || code === '0020' || code === '0047' || code === '0055') {
    return {
      summary: 'yarn.lock is out of date with package.json, and this install is not allowed to change it.',
      explanation:
        'In CI, yarn install runs with --immutable: the lockfile is authoritative and any change it would need is an error. package.json was changed without running yarn locally, or another Yarn version produced the lockfile.',
      causes: ['package.json edited without running yarn install', 'yarn.lock not committed', 'Different Yarn versions locally and in CI'],
      fixes: installFix(
        'Update and commit yarn.lock',
        ['Run yarn install with the project\'s Yarn version (corepack)', 'Commit yarn.lock'],
        'corepack enable\nyarn install\ngit add yarn.lock && git commit -m "Update yarn.lock"',
      ),
    };
  }
  if (code === '0018') {
    return {
      summary: `The archive of ${pkg ?? 'a package'} does not match the checksum in yarn.lock.`,
      explanation: 'Yarn verifies every archive against the checksum in the lockfile. A different Yarn version, a patched package (patch: protocol, e.g. TypeScript), a corrupted cache or a mirror can produce a different archive.',
      causes: ['Yarn version differs from the one that wrote the lockfile (patch: checksums change)', 'Corrupted cache', 'A registry mirror serving other content'],
      fixes: installFix(
        'Refresh the checksums',
        ['Use the project\'s Yarn version', 'Clean the cache and reinstall, letting Yarn update the checksums'],
        'yarn cache clean --all\nYARN_CHECKSUM_BEHAVIOR=update yarn install',
      ),
    };
  }
  if (code === '0009' || code === '0036') {
    return {
      summary: `The build/postinstall script of ${pkg ?? 'a dependency'} failed.`,
      explanation: 'Yarn ran the install script of a package (native addon, binary download) and it exited with an error; the log file named in the message has its output.',
      causes: ['Missing build tools (python3, make, a C++ compiler)', 'A binary download blocked in CI', 'A package version that does not support this Node version'],
      fixes: installFix(
        'Read the build log and install what it needs',
        ['Open the log file named in the message', 'Install the toolchain, or upgrade the package'],
        `sudo apt-get install -y python3 make g++\nyarn rebuild${pkg ? ` ${pkg}` : ''}`,
      ),
    };
  }
  if (code === '0035' || code === '0041' || code === '0033' || code === '0080' || code === '0079') {
    return {
      summary: `Yarn could not fetch ${pkg ?? 'a package'} from the registry.`,
      explanation: 'The registry answered with an error (404 for an unknown or private package, 401/403 for missing credentials) or the network request failed.',
      causes: ['Private package without npmAuthToken / npmScopes', 'Typo in the name or version', 'Proxy, firewall or registry outage'],
      fixes: installFix(
        'Check the registry configuration',
        ['Configure the registry and token in .yarnrc.yml', 'Check the network and retry'],
        `yarn config get npmRegistryServer\nyarn npm info ${pkg ?? '<package>'}\n# .yarnrc.yml\nnpmAuthToken: "\${NPM_TOKEN}"`,
      ),
    };
  }
  return {
    summary: `Yarn stopped with YN${code}.`,
    explanation: 'Yarn 2+ tags every message with a YNxxxx code; the message after the code says what failed (yarn explain prints the details of a code).',
    causes: ['See the message after the code', 'A Yarn version different from the one the project pins'],
    fixes: installFix('Ask Yarn to explain the code', ['Run yarn explain with the code', 'Fix what the message names'], `yarn explain YN${code}`),
  };
}

function npmCodeInfo(code: string): CodeInfo {
  if (/^E40[13]$|^ENEEDAUTH$|^EOTP$/.test(code)) {
    return {
      summary: 'The npm registry refused the request: missing or invalid credentials.',
      explanation: 'npm sent no valid token for this registry or scope (private packages, GitHub Packages, a corporate registry), the token expired, or publishing needs a one-time password.',
      causes: ['No or expired auth token in .npmrc', 'The scope is mapped to the wrong registry', 'In CI the token environment variable is not set'],
      fixes: [
        {
          title: `Authenticate npm for the registry (${code})`,
          steps: ['Log in again, or put a token in .npmrc', 'In CI read the token from a secret'],
          code: 'npm login --registry=https://registry.npmjs.org/\n# .npmrc\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
        },
      ],
    };
  }
  if (/^(?:ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|ERR_SOCKET_TIMEOUT|EPROTO|E5\d\d|UNABLE_TO_GET_ISSUER_CERT_LOCALLY|SELF_SIGNED_CERT_IN_CHAIN|CERT_HAS_EXPIRED|UNABLE_TO_VERIFY_LEAF_SIGNATURE)$/.test(code)) {
    return {
      summary: `npm could not talk to the registry (${code}).`,
      explanation: 'The network request to the registry failed: no connection, a timeout, a proxy, or a TLS certificate that the proxy replaced and Node does not trust.',
      causes: ['Proxy or firewall in between (set proxy/https-proxy)', 'A corporate TLS-inspecting proxy (set cafile)', 'Flaky network or registry outage'],
      fixes: [
        {
          title: `Fix the connection to the registry (${code})`,
          steps: ['Check the registry URL and proxy settings', 'Trust the corporate CA instead of disabling TLS checks', 'Retry with more retries'],
          code: 'npm config get registry\nnpm config set proxy http://proxy.example:8080\nnpm config set cafile /etc/ssl/certs/corp-ca.pem\nnpm install --fetch-retries=5',
        },
      ],
    };
  }
  if (/^(?:EPERM|EBUSY|ENOTEMPTY|EEXIST|EISDIR|ENOTDIR)$/.test(code)) {
    return {
      summary: `npm could not change a file in node_modules or the global prefix (${code}).`,
      explanation:
        'Another process holds the file (an editor, a running dev server, antivirus on Windows), a previous interrupted install left a half-renamed folder, or a global binary already exists from another install.',
      causes: ['A file locked by another process (Windows)', 'A leftover folder from an interrupted install', 'A global command already installed by another tool'],
      fixes: [
        {
          title: `Clear the blocked files and reinstall (${code})`,
          steps: ['Stop processes using the project (dev server, editor watchers)', 'Remove node_modules and reinstall', 'For global conflicts, remove the old binary or use --force'],
          code: 'rm -rf node_modules\nnpm cache verify\nnpm install',
        },
      ],
    };
  }
  if (code === 'EJSONPARSE') {
    return {
      summary: 'package.json (or package-lock.json) is not valid JSON.',
      explanation: 'npm could not parse the file: a trailing comma, a comment, an unresolved merge conflict marker or a missing quote.',
      causes: ['Trailing comma or comment in package.json', 'Git merge conflict markers left in the lockfile'],
      fixes: [
        {
          title: 'Fix the JSON (EJSONPARSE)',
          steps: ['Open the file at the position npm names', 'Validate it', 'For a conflicted lockfile, regenerate it'],
          code: 'node -e "JSON.parse(require(\'fs\').readFileSync(\'package.json\', \'utf8\'))"\nrm package-lock.json && npm install',
        },
      ],
    };
  }
  if (code === 'EBADPLATFORM' || code === 'ENOTSUP') {
    return {
      summary: 'A package is built for another operating system or CPU.',
      explanation: 'The package declares "os"/"cpu" in package.json (fsevents is macOS-only) and is a direct dependency here, or a lockfile from another platform forces it.',
      causes: ['A platform-specific package listed as a normal dependency', 'A lockfile created on another OS'],
      fixes: [
        {
          title: 'Make the platform-specific package optional (EBADPLATFORM)',
          steps: ['Move it to optionalDependencies, or remove it if a tool installs it itself'],
          code: 'npm uninstall fsevents\nnpm install --save-optional fsevents',
        },
      ],
    };
  }
  if (code === 'ENOSPC') {
    return {
      summary: 'The disk (or the inotify watch limit) is full.',
      explanation: 'npm could not write: no space left on the device (CI runners and Docker disks fill up with caches and images).',
      causes: ['Disk full (Docker images, caches)', 'A small /tmp'],
      fixes: [
        {
          title: 'Free disk space (ENOSPC)',
          steps: ['Check the free space', 'Clean caches and unused Docker data'],
          code: 'df -h\nnpm cache clean --force\ndocker system prune -af',
        },
      ],
    };
  }
  if (code === 'ENOENT' || code === 'ENOGIT') {
    return {
      summary: 'npm could not find a file or program it needed.',
      explanation: 'A path npm tried to open or run does not exist: often git (for git dependencies) is not installed in the image, or a file was removed during install.',
      causes: ['git missing for a git+ssh/github: dependency', 'A file path in package.json that does not exist', 'An interrupted install'],
      fixes: [
        {
          title: 'Install the missing tool or file (ENOENT)',
          steps: ['Read the "path" and "syscall" lines', 'Install git in the image if it is "spawn git"', 'Reinstall from scratch'],
          code: 'apk add --no-cache git   # or: apt-get install -y git\nrm -rf node_modules && npm install',
        },
      ],
    };
  }
  return {
    summary: `npm stopped with the error code ${code}.`,
    explanation: 'npm names every failure with a code; the lines after it (path, syscall, the message) say what it tried to do.',
    causes: ['See the lines after the code', 'A corrupted cache or an interrupted earlier install'],
    fixes: [
      {
        title: `Retry with details (${code})`,
        steps: ['Read the full log npm points to', 'Verify the cache and reinstall'],
        code: 'npm cache verify\nrm -rf node_modules && npm install --loglevel verbose',
      },
    ],
  };
}

/** The NuGet package (or feed) a message names, in English or localised wording. */
function nugetSubject(message: string): string | null {
  const m =
    /(?:Unable to find package|Detected package (?:downgrade|version outside of dependency constraint):|Version conflict detected for|Unable to resolve) '?(?<name>[A-Za-z_][\w.-]*)/.exec(message) ??
    /service index for source '?(?<name>[^\s']+?)'?\.?$/.exec(message) ??
    /\bPack(?:age|et|ete|ote)? ['"«„]?(?<name>[A-Za-z_][\w.-]*\.[\w.-]*[A-Za-z\d])['"»“]?/.exec(message) ??
    /['"«„](?<name>[A-Za-z_][\w-]*(?:\.[\w-]+)+)['"»“]/.exec(message) ??
    /\b(?<name>[A-Z][\w-]*(?:\.[A-Z][\w-]*)+)\b/.exec(message);
  return m?.groups?.name?.replace(/\.$/, '') ?? null;
}

function nugetInfo(c: Readonly<Record<string, string>>): CodeInfo {
  const code = c.code ?? '';
  const message = (c.message ?? '').replace(/^Warning As Error:\s*/, '');
  const pkg = nugetSubject(message);
  const name = pkg ?? 'the package';
  const quoted = message.trim() ? ` NuGet says: "${message.trim()}".` : '';
  const restore = (title: string, steps: string[], code: string): Fix => ({ title, steps, code });
  if (code === 'NU1101' || code === 'NU1102' || code === 'NU1103' || code === 'NU1100') {
    const version = code !== 'NU1101';
    return {
      summary: version
        ? `NuGet found ${name}, but no version that satisfies the requested range in the configured sources.`
        : `NuGet cannot find a package named ${name} in any configured source.`,
      explanation:
        `Restore looked for ${name} in every package source of nuget.config and ${version ? 'none offers a matching (stable) version' : 'none has a package with that id'}.${quoted} ` +
        'Often the only source is an offline or private feed (Visual Studio Offline Packages, a company feed) and nuget.org is missing, or the package lives in a private feed that needs credentials, or the id/version is mistyped.',
      causes: [
        'nuget.org (or the private feed that hosts the package) is not in the package sources',
        'A private feed without credentials in CI',
        version ? 'The requested version does not exist yet, or only as a prerelease' : 'Typo in the package id, or a project reference expected as a package',
      ],
      fixes: [
        restore(
          `Check the sources for ${name}`,
          ['List the configured sources', 'Add nuget.org or the feed that hosts the package', 'Restore again'],
          `dotnet nuget list source\ndotnet nuget add source https://api.nuget.org/v3/index.json -n nuget.org\ndotnet restore`,
        ),
        restore(
          'Reference an existing id and version',
          ['Look the package up on nuget.org or the private feed', version ? 'Use a version that exists (or allow prereleases)' : 'Fix the id, or use a ProjectReference for a project in the solution'],
          pkg ? `dotnet add package ${pkg}${version ? ' --prerelease' : ''}` : 'dotnet add package <Id> --version <version>',
        ),
      ],
    };
  }
  if (code === 'NU1605' || code === 'NU1107' || code === 'NU1608' || code === 'NU1109') {
    return {
      summary:
        code === 'NU1605'
          ? `Restore would downgrade ${name}: the project asks for a lower version than a dependency needs.`
          : `Two dependencies require incompatible versions of ${name}.`,
      explanation:
        `NuGet resolves one version of ${name} for the whole graph.${quoted} A direct reference pins a version lower than (or outside) what another package requires; ` +
        (code === 'NU1605' ? 'NU1605 is a warning that .NET SDK projects treat as an error by default.' : 'the ranges do not overlap.'),
      causes: [`A direct PackageReference to an old version of ${name}`, 'Packages from different release trains (e.g. mixed 7.x and 8.x Microsoft.Extensions/EF Core)', 'Central package management pinning an old version'],
      fixes: [
        restore(
          `Reference ${name} directly at the highest required version`,
          ['Read the dependency chains in the message', 'Reference the package directly with the version the deepest chain needs', 'Or upgrade the packages so their ranges agree'],
          pkg ? `dotnet add package ${pkg}\ndotnet list package --include-transitive | grep ${pkg}` : 'dotnet list package --include-transitive',
        ),
      ],
    };
  }
  if (code === 'NU1202' || code === 'NU1201' || code === 'NU1701') {
    return {
      summary: `${name} does not support the project's target framework.`,
      explanation: `The package's assemblies target other frameworks than the project (for example a package for net8.0 in a net6.0 project).${quoted}`,
      causes: ['A package version newer than the project\'s target framework supports', 'A .NET Framework-only package in a .NET (Core) project'],
      fixes: [
        restore(
          'Align the framework and the package version',
          ['Use a package version that supports your TargetFramework', 'Or upgrade the project\'s TargetFramework'],
          pkg ? `dotnet add package ${pkg} --version <version-for-your-framework>\n# or in the .csproj\n<TargetFramework>net8.0</TargetFramework>` : '<TargetFramework>net8.0</TargetFramework>',
        ),
      ],
    };
  }
  if (code === 'NU1301' || code === 'NU1302' || code === 'NU1801' || code === 'NU1300') {
    return {
      summary: `NuGet cannot reach the package source ${pkg ?? ''}`.trim() + '.',
      explanation: `Restore could not load the service index of a feed: no network, a proxy, an expired or missing credential for a private feed (401), or a wrong URL.${quoted}`,
      causes: ['A private feed (Azure Artifacts, GitHub Packages) without credentials in CI', 'Proxy / firewall / DNS problems, or a Docker build without network', 'A feed URL that no longer exists'],
      fixes: [
        restore(
          `Check ${pkg ?? 'the feed'} and its credentials`,
          ['List the sources and remove or fix the failing one', 'Add credentials for private feeds (a PAT in CI)', 'Check proxy settings'],
          `dotnet nuget list source\ndotnet nuget update source <name> --username ci --password "$NUGET_TOKEN" --store-password-in-clear-text\ndotnet restore --verbosity detailed`,
        ),
      ],
    };
  }
  if (/^NU190[0-4]$/.test(code)) {
    return {
      summary: `${name} has a known security vulnerability, and warnings are treated as errors.`,
      explanation: `NuGet audit checks the restored packages against the GitHub advisory database.${quoted}`,
      causes: [`A vulnerable version of ${name} referenced directly or transitively`, 'TreatWarningsAsErrors turns the audit warning into an error'],
      fixes: [
        restore(
          `Upgrade ${name}`,
          ['Find which package brings it in', 'Upgrade to a patched version (reference it directly if it is transitive)'],
          pkg ? `dotnet list package --vulnerable --include-transitive\ndotnet add package ${pkg}` : 'dotnet list package --vulnerable --include-transitive',
        ),
      ],
    };
  }
  if (code === 'NU1004' || code === 'NU1403') {
    return {
      summary: code === 'NU1403' ? 'A downloaded package does not match the hash in packages.lock.json.' : 'packages.lock.json is out of date and restore runs in locked mode.',
      explanation: `With RestoreLockedMode (or --locked-mode) restore must match packages.lock.json exactly.${quoted}`,
      causes: ['A PackageReference changed without regenerating packages.lock.json', 'The lock file was produced by another SDK or from another feed'],
      fixes: [restore('Regenerate the lock file', ['Restore with --force-evaluate locally', 'Commit packages.lock.json'], 'dotnet restore --force-evaluate\ngit add "**/packages.lock.json"')],
    };
  }
  return {
    summary: `NuGet restore failed with ${code}${pkg ? ` for ${pkg}` : ''}.`,
    explanation: `NuGet reports restore problems with NUxxxx codes; the message after the code names the package and the reason.${quoted}`,
    causes: ['See the message after the code', 'Package sources or versions that do not match the project'],
    fixes: [
      restore(
        `Look up ${code} and restore with details`,
        ['Read the documentation page of the code', 'Restore with detailed verbosity'],
        `dotnet restore --verbosity detailed${pkg ? `\ndotnet list package | grep ${pkg}` : ''}`,
      ),
    ],
  };
}

/** The package a hash-mismatch message names (pip, uv or poetry wording). */
function hashSubject(c: Readonly<Record<string, string>>, otherwise = 'a package'): string {
  return c.package ?? c.dist ?? c.poetry ?? otherwise;
}

/** What Composer's first "Problem" line is about: a PHP version, an extension, or a package. */
function composerProblem(problem: string | undefined): { pkg?: string; version?: string; php?: string; current?: string; ext?: string } {
  if (!problem) return {};
  const out: { pkg?: string; version?: string; php?: string; current?: string; ext?: string } = {};
  const pkg = /(?:requires |requested package |^)(?<pkg>[a-z0-9][\w.-]*\/[\w.-]+)(?:\[[^\]\n]{0,200}\])?(?: (?<version>v?\d[\w.-]*|dev-[\w.-]+))?/.exec(problem);
  if (pkg?.groups?.pkg) {
    out.pkg = pkg.groups.pkg;
    if (pkg.groups.version) out.version = pkg.groups.version;
  }
  const php = /requires php (?<php>\S+)[^\n]{0,80}?your php version \((?<current>[^)\s]+)\)/.exec(problem);
  if (php?.groups) {
    out.php = php.groups.php;
    out.current = php.groups.current;
  }
  const ext = /requires (?:PHP extension )?ext-(?<ext>[\w-]+)/.exec(problem);
  if (ext?.groups) out.ext = ext.groups.ext;
  return out;
}

/** The package a Yarn "not found" message names, as printed (name with its range). */
function yarnPackage(c: Readonly<Record<string, string>>): string {
  return c.package ?? c.anyPackage ?? c.berry ?? '<package>';
}

/** Import names whose PyPI distribution is called differently (the usual "no matching distribution" typo). */
const PYPI_NAMES: Readonly<Record<string, string>> = {
  cv2: 'opencv-python',
  sklearn: 'scikit-learn',
  pil: 'Pillow',
  yaml: 'PyYAML',
  bs4: 'beautifulsoup4',
  dotenv: 'python-dotenv',
  dateutil: 'python-dateutil',
  jwt: 'PyJWT',
  magic: 'python-magic',
  serial: 'pyserial',
  usb: 'pyusb',
  crypto: 'pycryptodome',
  attr: 'attrs',
  mysqldb: 'mysqlclient',
  telegram: 'python-telegram-bot',
  skimage: 'scikit-image',
  docx: 'python-docx',
  fitz: 'PyMuPDF',
};

function condaInfo(c: Readonly<Record<string, string>>): CodeInfo {
  const cls = c.cls ?? '';
  if (/HTTP|SSL|Proxy/.test(cls)) {
    return {
      summary: `conda could not download from its channels (${cls}).`,
      explanation: 'conda\'s request to the channel failed: no network, a proxy, or a TLS-inspecting proxy whose certificate conda does not trust.',
      causes: ['Proxy or firewall (set proxy_servers in .condarc)', 'Corporate CA not trusted (ssl_verify)', 'Channel outage or wrong channel URL'],
      fixes: [
        {
          title: `Fix the connection to the channel (${cls})`,
          steps: ['Configure the proxy or CA bundle in .condarc', 'Retry'],
          code: 'conda config --set proxy_servers.https http://proxy.example:8080\nconda config --set ssl_verify /etc/ssl/certs/corp-ca.pem\nconda clean --index-cache',
        },
      ],
    };
  }
  if (/Unsatisfiable|Conflict/.test(cls)) {
    return {
      summary: 'conda cannot find package versions that satisfy every spec together.',
      explanation: 'The solver found the requested specs incompatible (pinned versions, build strings, the Python version, or packages from different channels).',
      causes: ['Exact pins or build strings exported from another OS', 'Python version outside what a package supports', 'Mixing defaults and conda-forge'],
      fixes: [
        {
          title: `Relax the specs (${cls})`,
          steps: ['Remove build strings and loosen pins', 'Use one channel consistently (conda-forge with strict priority)'],
          code: 'conda env export --no-builds > environment.yml\nconda config --set channel_priority strict\nconda env create -f environment.yml',
        },
      ],
    };
  }
  if (/Environment|Directory|Base/.test(cls)) {
    return {
      summary: `conda cannot find the environment (${cls}).`,
      explanation: 'The environment name or path does not exist for this conda installation (another conda/miniforge install, another user, or a removed env).',
      causes: ['Typo in the environment name', 'The environment was created by another conda installation', 'CI step runs before the environment is created'],
      fixes: [
        {
          title: `List and create the environment (${cls})`,
          steps: ['List environments', 'Create it from environment.yml'],
          code: 'conda info --envs\nconda env create -f environment.yml',
        },
      ],
    };
  }
  return {
    summary: `conda stopped with ${cls}.`,
    explanation: 'conda reports its failures as a class name followed by the message.',
    causes: ['See the message after the class name', 'A corrupted package cache or an outdated conda'],
    fixes: [
      {
        title: `Retry with details (${cls})`,
        steps: ['Clean the caches', 'Update conda', 'Re-run with -v'],
        code: 'conda clean --all\nconda update -n base conda\nconda install -v <package>',
      },
    ],
  };
}

/** The code in a Yarn 1 "unexpected error" reason: ESOCKETTIMEDOUT, ECONNRESET…, or E<status> for an HTTP failure. */
function yarnReasonCode(reason: string | undefined): string {
  if (!reason) return 'yarn: unexpected error';
  const status = /Request failed \\?"(?<status>\d{3})/.exec(reason);
  if (status?.groups) return `E${status.groups.status}`;
  const code = /\b(?<code>E[A-Z]{3,20})\b/.exec(reason);
  return code?.groups?.code ?? 'yarn: unexpected error';
}
