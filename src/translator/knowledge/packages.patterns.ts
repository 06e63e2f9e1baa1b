import type { ErrorPattern } from '../rules/error-pattern';

/**
 * Package-manager failures, most frequent first. The language is the ecosystem's:
 * npm/yarn/pnpm → javascript, pip/poetry/conda → python, cargo → rust, gem/bundler → ruby.
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
        title: 'Check the name and the registry',
        steps: ['Look the package up', 'Check which registry npm uses for it'],
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
    fixes: [
      {
        title: 'Use a Node installation owned by your user',
        steps: ['Install Node with a version manager (nvm, fnm, volta), so global packages go to your home directory', 'Or point npm\'s prefix to a directory you own'],
        code: 'curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.39.7/install.sh | bash\nnvm install --lts\n\n# or\nnpm config set prefix "$HOME/.npm-global"\nexport PATH="$HOME/.npm-global/bin:$PATH"',
      },
      {
        title: 'Give project files back to your user',
        steps: ['If a previous sudo run created them, change the owner instead of using sudo again'],
        code: 'sudo chown -R "$(id -u):$(id -g)" node_modules package-lock.json',
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
    summary: (c) => `npm found no package.json${c.path ? ` at ${c.path}` : ''}: you are not in the project directory.`,
    explanation:
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
    match: /\bEINTEGRITY\b|integrity checksum failed when using (?<algorithm>sha\d{1,3})/,
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
    match: /(?:\bcode ELIFECYCLE\b|Lifecycle script `(?<lscript>[^`\n]{1,100})` failed|(?:^|npm (?:ERR!|error) )code 1$)(?:[\s\S]{0,1500}?(?:Failed at the (?<pkg>\S{1,214}) (?<script>[\w:.-]{1,100}) script|(?:^|npm (?:ERR!|error) )command (?<command>(?:sh|cmd(?:\.exe)?|bash) [^\n]{1,300})))?/m,
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
    fixes: [
      {
        title: 'Find the first real error',
        steps: ['Scroll up to the first error printed by the tool', 'Re-run the script alone to see its output', 'If a dependency\'s install script fails, reinstall with verbose logs'],
        code: 'npm run build --verbose\nrm -rf node_modules && npm ci --foreground-scripts',
      },
    ],
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
    errorType: 'yarn: package not found',
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
    fixes: [
      {
        title: 'Check the name and the registry configuration',
        steps: ['Look the package up', 'Configure the scope registry and token for private packages'],
        code: '# Yarn 1 (.npmrc)\n@my-org:registry=https://npm.pkg.github.com\n# Yarn 2+ (.yarnrc.yml)\nnpmScopes:\n  my-org:\n    npmRegistryServer: "https://npm.pkg.github.com"\n    npmAuthToken: "${NPM_TOKEN}"',
      },
    ],
    references: [{ title: 'Yarn: yarnrc settings', url: 'https://yarnpkg.com/configuration/yarnrc' }, { title: 'Yarn Classic: yarn add', url: 'https://classic.yarnpkg.com/en/docs/cli/add' }],
    samples: [
      'error Couldn\'t find package "@acme/ui-kit@^2.0.0" required by "web@1.0.0" on the "npm" registry.',
      'error Couldn\'t find any versions for "left-padd" that matches "^1.3.0"',
      '➤ YN0001: │ Error: lodashh@npm:^4.17.21: No candidates found',
    ],
  },
  {
    id: 'yarn.frozen-lockfile',
    language: 'javascript',
    match: /Your lockfile needs to be updated, but yarn was run with `--frozen-lockfile`|YN0028: [^\n]{0,40}The lockfile would have been (?:modified|created) by this install, which is explicitly forbidden/,
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
      '➤ YN0028: │ The lockfile would have been modified by this install, which is explicitly forbidden.',
    ],
  },
  {
    id: 'pnpm.outdated-lockfile',
    language: 'javascript',
    match: /ERR_PNPM_OUTDATED_LOCKFILE|Cannot install with "frozen-lockfile" because pnpm-lock\.yaml is not up to date with (?<manifest>\S{1,300})/,
    errorType: 'ERR_PNPM_OUTDATED_LOCKFILE',
    category: 'dependency',
    priority: 45,
    summary: 'pnpm-lock.yaml does not match package.json, and CI installs with a frozen lockfile.',
    explanation:
      'In CI pnpm install defaults to --frozen-lockfile: it installs exactly the lockfile and fails if package.json asks for something else. ' +
      'A dependency was added/changed without updating pnpm-lock.yaml, or a different pnpm major version reads the lockfile differently.',
    causes: ['package.json changed without running pnpm install', 'Lockfile not committed', 'Different pnpm versions locally and in CI'],
    fixes: [
      {
        title: 'Update and commit the lockfile',
        steps: ['Run pnpm install with the pnpm version pinned in packageManager', 'Commit pnpm-lock.yaml'],
        code: 'corepack enable\npnpm install\ngit add pnpm-lock.yaml && git commit -m "Update pnpm lockfile"',
      },
    ],
    references: [{ title: 'pnpm: pnpm install (--frozen-lockfile)', url: 'https://pnpm.io/cli/install' }],
    samples: [' ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with "frozen-lockfile" because pnpm-lock.yaml is not up to date with package.json\n\nNote that in CI environments this setting is true by default.'],
  },

  // ---------------------------------------------------------------- pip / poetry / conda
  {
    id: 'pip.externally-managed',
    language: 'python',
    match: /error: externally-managed-environment/,
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
    fixes: [
      {
        title: 'Check the name, versions and your Python',
        steps: ['Check the Python version pip uses', 'List available versions', 'Use a Python version the package supports, or loosen the pin'],
        code: 'python -m pip --version\npython -m pip index versions requests\npython -m pip install "requests>=2.31"',
      },
    ],
    references: [{ title: 'pip: pip install', url: 'https://pip.pypa.io/en/stable/cli/pip_install/' }],
    samples: [
      'ERROR: Could not find a version that satisfies the requirement tensorflow==2.12.0 (from versions: 2.16.0rc0, 2.16.1, 2.16.2)\nERROR: No matching distribution found for tensorflow==2.12.0',
      'ERROR: Could not find a version that satisfies the requirement cv2 (from versions: none)\nERROR: No matching distribution found for cv2',
    ],
  },
  {
    id: 'pip.pg-config-not-found',
    language: 'python',
    match: /pg_config executable not found/,
    errorType: 'pg_config executable not found',
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
    match: /Microsoft Visual C\+\+ (?<version>\d{1,2}\.\d{1,2}) or greater is required/,
    errorType: 'Microsoft Visual C++ required',
    category: 'build',
    priority: 50,
    summary: (c) => `pip has to compile a C extension on Windows and Microsoft Visual C++ ${c.version ?? '14.0'} build tools are missing.`,
    explanation:
      'No prebuilt wheel exists for your Python version on Windows, so pip builds the package from source, which needs the MSVC compiler. ' +
      'Most often the Python version is newer than the package\'s latest wheels (e.g. a fresh Python release), or the pinned version is old.',
    causes: ['No wheel for this Python version (too new) or for 32-bit Python', 'An old pinned package version without wheels', 'Visual Studio Build Tools not installed'],
    fixes: [
      {
        title: 'Prefer a version with wheels',
        steps: ['Upgrade pip and the package so a wheel is found', 'Or use a Python version the package publishes wheels for'],
        code: 'py -m pip install --upgrade pip setuptools wheel\npy -m pip install --only-binary :all: numpy',
      },
      {
        title: 'Install the build tools',
        steps: ['Install "Microsoft C++ Build Tools" with the "Desktop development with C++" workload', 'Retry in a new terminal'],
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
    match: /error: subprocess-exited-with-error(?:[\s\S]{0,300}?(?:Building wheel for|Running setup\.py install for|Preparing metadata \(pyproject\.toml\)|Getting requirements to build wheel)(?: (?<package>[\w.-]{1,100}))?)?|(?:Failed building wheel for|Could not build wheels for|Failed to build installable wheels for some pyproject\.toml based projects \() ?(?<pkg>[\w.-]{1,100})/,
    errorType: 'subprocess-exited-with-error',
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
    fixes: [
      {
        title: 'Get a wheel instead of building',
        steps: ['Upgrade pip, setuptools and wheel', 'Upgrade the package to a version with wheels for your Python, or use a supported Python version'],
        code: 'python -m pip install --upgrade pip setuptools wheel\npython -m pip install --upgrade <package>',
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
    errorType: 'ResolutionImpossible',
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
    match: /SolverProblemError(?:[\s\S]{0,300}?(?<because>Because [^\n]{1,800}))?|(?<because2>Because [^\n]{1,800}?version solving failed)/,
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
    id: 'conda.packages-not-found',
    language: 'python',
    match: /PackagesNotFoundError: The following packages are (?:not available from current channels|missing from the target environment):(?:\s{1,20}- (?<package>[^\n]{1,200}))?|ResolvePackageNotFound:(?:\s{1,20}- (?<resolve>[^\n]{1,200}))?/,
    errorType: 'PackagesNotFoundError',
    category: 'dependency',
    priority: 40,
    summary: (c) => `conda cannot find ${c.package ?? c.resolve ?? 'a package'} in the configured channels.`,
    explanation:
      'The package (or that exact version/build) is not published in the channels conda searches for your platform. Many packages live only on conda-forge; ' +
      'environment.yml files exported with build strings are tied to the OS they were exported on.',
    causes: ['The package is on conda-forge or another channel that is not configured', 'An exact version/build string from another OS (conda env export)', 'The package exists only on PyPI'],
    fixes: [
      {
        title: 'Add the right channel or relax the spec',
        steps: ['Search conda-forge', 'Export environments without build strings', 'Install PyPI-only packages with pip inside the env'],
        code: 'conda install -c conda-forge <package>\nconda env export --no-builds > environment.yml',
      },
    ],
    references: [{ title: 'conda: Managing channels', url: 'https://docs.conda.io/projects/conda/en/latest/user-guide/concepts/channels.html' }],
    samples: ['PackagesNotFoundError: The following packages are not available from current channels:\n\n  - pytorch-lightning==2.2.1\n\nCurrent channels:\n\n  - https://repo.anaconda.com/pkgs/main/linux-64'],
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
    match: /no matching package named `(?<crate>[^`\n]{1,200})` found|no matching package found\nsearched package name: `(?<searched>[^`\n]{1,200})`/,
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
    match: /Failed to build gem native extension\.(?:[\s\S]{0,4000}?An error occurred while installing (?<gem>[\w.-]{1,100}) \((?<version>[^)\n]{1,50})\))?|An error occurred while installing (?<gem2>[\w.-]{1,100}) \((?<version2>[^)\n]{1,50})\), and Bundler cannot continue/,
    errorType: 'Gem::Ext::BuildError',
    category: 'build',
    priority: 40,
    summary: (c) => {
      const gem = c.gem ?? c.gem2;
      const version = c.version ?? c.version2;
      return gem ? `The gem ${gem}${version ? ` ${version}` : ''} could not compile its native extension.` : 'A gem could not compile its native extension.';
    },
    explanation: (c) =>
      `${c.gem ?? c.gem2 ?? 'The gem'} contains C code that is compiled during installation. The compilation failed; mkmf.log and the lines above name the missing piece: ` +
      'a compiler, Ruby development headers, or a library such as libpq (pg), libmysqlclient (mysql2), libxml2 (nokogiri on unusual platforms), libyaml (psych).',
    causes: [
      'No C compiler / build tools (build-essential, Xcode Command Line Tools)',
      'Missing library headers: libpq-dev for pg, default-libmysqlclient-dev for mysql2, libyaml-dev for psych',
      'A gem version too old for your Ruby version',
    ],
    fixes: (c) => [
      {
        title: 'Install the build dependencies and retry',
        steps: ['Install the compiler and the library headers the gem needs', 'Run bundle install again'],
        code: `# Debian/Ubuntu\nsudo apt-get install -y build-essential libpq-dev default-libmysqlclient-dev libyaml-dev\n# macOS\nxcode-select --install && brew install libpq\ngem install ${c.gem ?? c.gem2 ?? 'pg'} -- --with-pg-config="$(brew --prefix libpq)/bin/pg_config"`,
      },
    ],
    references: [{ title: 'Bundler: bundle install', url: 'https://bundler.io/man/bundle-install.1.html' }, { title: 'RubyGems guides: Gems with extensions', url: 'https://guides.rubygems.org/gems-with-extensions/' }],
    samples: [
      'Gem::Ext::BuildError: ERROR: Failed to build gem native extension.\n\n    current directory: /usr/local/bundle/gems/pg-1.5.6/ext\n/usr/local/bin/ruby extconf.rb\nchecking for pg_config... no\nNo pg_config... trying anyway.\n\nAn error occurred while installing pg (1.5.6), and Bundler cannot continue.',
    ],
  },
  {
    id: 'bundler.version-conflict',
    language: 'ruby',
    match: /Bundler could not find compatible versions for gem "(?<gem>[^"\n]{1,100})"/,
    errorType: 'Bundler::VersionConflict',
    category: 'dependency',
    priority: 40,
    summary: (c) => `Bundler cannot find a version of ${c.gem ?? 'a gem'} that satisfies every requirement.`,
    explanation: (c) =>
      `Several gems (or your Gemfile) constrain ${c.gem ?? 'the gem'} in ways that do not overlap, or the lockfile pins a version that conflicts with a new requirement. ` +
      'The lines below the message list who requires what.',
    causes: ['Two gems need incompatible versions of the same dependency', 'Gemfile.lock pins versions that conflict with an updated Gemfile', 'The required Ruby version differs from the running one'],
    fixes: (c) => [
      {
        title: 'Update the conflicting gems together',
        steps: ['Read the "In Gemfile:" lines that show each requirement', 'Update the gems involved together (conservatively)'],
        code: `bundle update ${c.gem ?? 'gem-name'} --conservative\nbundle outdated`,
      },
    ],
    references: [{ title: 'Bundler: bundle update', url: 'https://bundler.io/man/bundle-update.1.html' }],
    samples: ['Bundler could not find compatible versions for gem "rack":\n  In Gemfile:\n    rails (~> 7.1) was resolved to 7.1.3, which depends on\n      rack (>= 2.2.4)\n\n    sinatra (~> 2.0) was resolved to 2.2.4, which depends on\n      rack (~> 2.2)'],
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
