import type { ErrorPattern } from '../rules/error-pattern';
import { fix, ref } from './answer-parts';

/**
 * JavaScript and TypeScript catalog pass (round 5): tool output pasted from terminals and CI logs that the
 * engine left unanswered or gave another name: ESLint's missing or invalid configuration (eslintrc and flat
 * config), Jest's transform failure without the error under it, Next.js' server-component and static-rendering
 * errors, the Angular CLI's workspace schema and Angular's NG runtime codes, Deno's bare import specifiers and
 * bun's module resolution. The type follows test/fixtures/errors/README.md: the class printed (a TypeError,
 * ConfigError), else the code (NG0203, DYNAMIC_SERVER_USAGE), else the tool's phrase (javascript row).
 */

export const JAVASCRIPT_CATALOG2_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'javascript.eslint-no-config-file',
    language: 'javascript',
    // eslintrc's "ESLint couldn't find a configuration file" and flat config's "Could not find config file."
    // (ESLint 9), the latter only with ESLint around it (its version banner before, its files in the trace).
    match:
      /ESLint couldn't find a configuration file|ESLint: \d{1,2}\.\d{1,3}\.\d{1,3}\s{0,20}(?:\n[^\n]{0,200}){0,3}?\nError: Could not find config file\.|Error: Could not find config file\.\s{0,10}\n[^\n]{0,200}[\\/]eslint[\\/]/,
    errorType: "ESLint couldn't find a configuration file",
    category: 'configuration',
    priority: 6,
    summary: 'ESLint found no configuration file for the files it was asked to lint.',
    explanation:
      'ESLint 9 uses flat config only: it looks for eslint.config.js (.mjs, .cjs, .ts) in the current working directory and its parents, and ignores .eslintrc.* files. ESLint 8 and older looked for .eslintrc.* next to each linted file and up the tree. Either way nothing was found where ESLint looked: the config is missing, still in the old format after an upgrade to ESLint 9, or ESLint runs from another directory (a monorepo package, an editor or a pre-commit hook).',
    causes: [
      'ESLint 9 with only an .eslintrc.* file (flat config ignores it)',
      'ESLint started from a directory above or beside the one holding eslint.config.js',
      'No configuration file at all in the project',
    ],
    fixes: [
      fix('Create or migrate to eslint.config.js', ['Run the migrator on the old file, or write a flat config in the project root.'], 'npx @eslint/migrate-config .eslintrc.json'),
      fix('Point ESLint at the config', ['Run ESLint from the directory with the config, or pass it explicitly (editors: set the working directory).'], 'npx eslint --config ./eslint.config.js .'),
      fix('Stay on eslintrc for now', ['With ESLint 8.57 or 9, ESLINT_USE_FLAT_CONFIG=false makes it read .eslintrc.* again (removed in ESLint 10).']),
    ],
    references: [
      ref('ESLint: Configuration files', 'https://eslint.org/docs/latest/use/configure/configuration-files'),
      ref('ESLint: Configuration migration guide', 'https://eslint.org/docs/latest/use/configure/migration-guide'),
    ],
    samples: [
      'Oops! Something went wrong! :(\n\nESLint: 9.0.0\n\nError: Could not find config file.\n    at locateConfigFileToUse (/app/node_modules/eslint/lib/eslint/eslint.js:349:21)',
      "Oops! Something went wrong! :(\n\nESLint: 7.22.0\n\nESLint couldn't find a configuration file. To set up a configuration file for this project, please run:\n\n    eslint --init",
      '[error] Error: Could not find config file.\n    at assertConfigurationExists (C:\\src\\app\\node_modules\\eslint\\lib\\config\\config-loader.js:80:17)',
    ],
  },
  {
    id: 'javascript.eslint-invalid-config',
    language: 'javascript',
    // The configuration ESLint loaded fails its schema: a flat config given an eslintrc-style "plugins" array,
    // a plugin that is not an object, or an eslintrc file passed to --config. A printed class (TypeError,
    // ConfigError) is the type; "Error:" or no class leaves ESLint's phrase.
    match:
      /(?:\b(?<thrown>[A-Za-z]{1,30}Error): (?:Config [^\n]{1,200}?: )?)?(?:ESLint configuration in (?<file>[^\n]{1,200}?) is invalid|A config object has a "plugins" key defined as an array of strings|Key "plugins": (?:This appears to be in eslintrc format|Key "(?<plugin>[^"\n]{1,100})": Expected an object))/,
    errorType: (c) => (c.thrown && c.thrown !== 'Error' ? c.thrown : 'ESLint configuration is invalid'),
    category: 'configuration',
    priority: 32,
    summary: (c) =>
      c.file ? `The ESLint configuration in ${c.file} does not match the format ESLint expects.` : 'ESLint rejected its configuration: a flat config contains eslintrc-style settings.',
    explanation:
      'ESLint validates its configuration before linting. Flat config (eslint.config.js, the default since ESLint 9) expects "plugins" to be an object mapping a name to the imported plugin, while eslintrc used an array of plugin names; an eslintrc-style object (often a shareable config or a plugin\'s old "recommended" preset) inside a flat config, or a flat config array handed to ESLint 8 in eslintrc mode, fails this check.',
    causes: [
      'A shareable config or plugin preset written for eslintrc spread into eslint.config.js',
      '"plugins": ["name"] instead of plugins: { name: pluginObject } in a flat config',
      'A flat config passed with --config to ESLint 8 without ESLINT_USE_FLAT_CONFIG=true',
    ],
    fixes: (c) => [
      fix('Import plugins as objects', ['In eslint.config.js, import each plugin and register it under its name.'], `import plugin from 'eslint-plugin-${c.plugin ?? 'x'}';\nexport default [{ plugins: { '${c.plugin ?? 'x'}': plugin } }];`),
      fix("Wrap eslintrc configs with FlatCompat", ["Use the plugin's flat preset (often configs['flat/recommended']) or convert the old one with @eslint/eslintrc's FlatCompat."], "import { FlatCompat } from '@eslint/eslintrc';\nconst compat = new FlatCompat({ baseDirectory: import.meta.dirname });\nexport default [...compat.extends('plugin:x/recommended')];"),
    ],
    references: [ref('ESLint: Configuration migration guide', 'https://eslint.org/docs/latest/use/configure/migration-guide')],
    samples: [
      'Oops! Something went wrong! :(\n\nESLint: 9.6.0\n\n\nA config object has a "plugins" key defined as an array of strings.\n\nFlat config requires "plugins" to be an object in this form:',
      'Error: ESLint configuration in --config is invalid:\n        - Property "" is the wrong type (expected object but got `[{"rules":{"semi":"error"}}]`).',
      'Error: Key "plugins": Key "export-scope": Expected an object.\n    at ObjectSchema.validate (/app/node_modules/@humanwhocodes/object-schema/src/object-schema.js:287:23)',
    ],
  },
  {
    id: 'javascript.jest-unexpected-token',
    language: 'javascript',
    // Jest's transform failure banner pasted without the error under its "Details:" (which other patterns
    // name when it is there: SyntaxError, the import outside a module).
    match: /Jest encountered an unexpected token(?![\s\S]{0,6000}?\b[A-Z][A-Za-z]{0,40}Error: )/,
    errorType: 'Jest encountered an unexpected token',
    category: 'build',
    priority: 1,
    summary: 'Jest could not parse a file it loaded: its syntax is not plain CommonJS JavaScript and no transform handled it.',
    explanation:
      'Jest runs test files and everything they import through its transforms (babel-jest by default) and skips node_modules. A file with ES module syntax, TypeScript, JSX or an imported asset (CSS, SVG) that no transform handles reaches Node as it is and fails to parse; the "Details:" part of the message names the file and the token.',
    causes: [
      'An ES-module-only package in node_modules (not transformed by default)',
      'TypeScript or JSX without ts-jest or a Babel preset for it',
      'CSS, images or other assets imported from a component',
    ],
    fixes: [
      fix('Transform the ES module packages', ['List them as exceptions in transformIgnorePatterns.'], "transformIgnorePatterns: ['/node_modules/(?!(some-esm-package|other-esm-package)/)']"),
      fix('Add a transform for TypeScript or JSX', ['Use ts-jest, or @babel/preset-typescript and @babel/preset-react with babel-jest.'], "transform: { '^.+\\\\.tsx?$': 'ts-jest' }"),
      fix('Stub assets', ['Map style and image imports to a stub with moduleNameMapper.'], "moduleNameMapper: { '\\\\.(css|less|svg|png)$': '<rootDir>/__mocks__/fileMock.js' }"),
    ],
    references: [ref('Jest: Configuration (transformIgnorePatterns)', 'https://jestjs.io/docs/configuration#transformignorepatterns-arraystring')],
    samples: [
      ' FAIL  __tests__/App.test.js\n  ● Test suite failed to run\n\n    Jest encountered an unexpected token\n\n    Jest failed to parse a file. This happens e.g. when your code or its dependencies use non-standard JavaScript syntax.',
    ],
  },
  {
    id: 'javascript.next-client-only-api',
    language: 'javascript',
    // A React client API (createContext, useState…) reached from a Server Component in the App Router. Next.js
    // 15 throws it as TypeError (the type then); older versions as Error, leaving the phrase.
    match: /(?:\b(?<thrown>[A-Za-z]{1,30}Error): )?(?<api>\w{1,40}) only works in Client Components\./,
    errorType: (c) => (c.thrown && c.thrown !== 'Error' ? c.thrown : 'only works in Client Components'),
    category: 'build',
    priority: 6,
    summary: (c) => `${c.api ?? 'A client-only React API'} was used by a module rendered as a Server Component.`,
    explanation:
      'In the Next.js App Router every component is a Server Component unless its file, or a file importing it on the client side, starts with "use client". Server Components cannot use React state, effects or context, so a component or library that calls createContext or a hook, imported from a Server Component (a layout, a page or a route handler), fails when Next.js evaluates it on the server. The trace shows which node_modules package or file did it.',
    causes: [
      'A provider or component using context imported directly into layout.tsx or page.tsx',
      'A UI library without "use client" in its entry imported from a Server Component',
      'A client-only module imported by a route handler or server action',
    ],
    fixes: (c) => [
      fix('Mark the component as a Client Component', ['Add "use client" at the top of the file that uses the API, or wrap the library in a small client component.'], `'use client';\n\nimport { ${c.api ?? 'createContext'} } from 'react';`),
      fix('Keep client code out of server modules', ['Import the provider from a client wrapper component (providers.tsx with "use client") and render it from the layout.']),
    ],
    references: [ref('Next.js: Context in Server Components', 'https://nextjs.org/docs/messages/context-in-server-component')],
    samples: [
      ' ⨯ createContext only works in Client Components. Add the "use client" directive at the top of the file to use it. Read more: https://nextjs.org/docs/messages/context-in-server-component',
      'TypeError: createContext only works in Client Components. Add the "use client" directive at the top of the file to use it',
    ],
  },
  {
    id: 'javascript.next-dynamic-server-usage',
    language: 'javascript',
    // next build's static generation stopped by a request API; the error's digest is DYNAMIC_SERVER_USAGE.
    match: /Dynamic server usage: (?:Route|Page) (?<route>[^\n]{0,200}?) ?couldn't be rendered statically because it (?:used|accessed) `(?<api>[^`\n]{1,60})`/,
    errorType: 'DYNAMIC_SERVER_USAGE',
    category: 'build',
    priority: 6,
    summary: (c) => `Next.js tried to render ${c.route || 'a route'} statically at build time, but it reads \`${c.api}\`, which only exists per request.`,
    explanation:
      'During next build the App Router prerenders every route it believes is static. headers(), cookies(), request.headers, request.url and searchParams depend on the incoming request, so using them (directly or inside a library such as an auth helper) while prerendering throws this error; when it is caught and logged by the app the build may still succeed, but the route was not built as intended.',
    causes: [
      'headers(), cookies() or request.headers read by a route meant to be static',
      'An auth or session helper calling headers() in a layout',
      'A try/catch around the call that swallows the signal Next.js uses to switch the route to dynamic',
    ],
    fixes: [
      fix('Mark the route as dynamic', ['Export the segment option from the page, layout or route handler.'], "export const dynamic = 'force-dynamic';"),
      fix('Do not catch the error', ['Let Next.js see the error thrown by headers()/cookies() (rethrow it), so it can opt the route into dynamic rendering.']),
    ],
    references: [ref('Next.js: Dynamic Server Error', 'https://nextjs.org/docs/messages/dynamic-server-error')],
    samples: [
      "Error: Dynamic server usage: Route /sites couldn't be rendered statically because it used `headers`. See more info here: https://nextjs.org/docs/messages/dynamic-server-error\n    at y (.next/server/chunks/7719.js:19:10449) {\n  digest: 'DYNAMIC_SERVER_USAGE'\n}",
    ],
  },
  {
    id: 'javascript.angular-schema-validation',
    language: 'javascript',
    // The Angular CLI validating angular.json (or a builder's options) against its JSON schema.
    match: /Schema validation failed with the following errors:\s{0,10}\n\s{0,10}Data path "(?<dataPath>[^"\n]{0,200})" (?<problem>[^\n]{1,200})/,
    errorType: 'Schema validation failed',
    category: 'configuration',
    priority: 6,
    summary: (c) => `angular.json does not match what the Angular CLI builder expects: ${c.dataPath ? `"${c.dataPath}"` : 'its root'} ${c.problem}`,
    explanation:
      'The Angular CLI checks angular.json and each builder\'s options against the schema of the installed @angular-devkit packages. A mismatch usually means the CLI, @angular-devkit/build-angular (or a third-party builder) and the project are of different Angular versions: an option added or removed in another version (defaultConfiguration, main vs browser), or a builder package that is older than the CLI.',
    causes: [
      'The global or local @angular/cli of another major version than @angular-devkit/build-angular',
      'An option in angular.json that the installed builder does not know, or a required one missing',
      'A third-party builder not updated for the Angular version',
    ],
    fixes: [
      fix('Align the Angular packages', ['Use the project\'s own CLI (npx ng) and update the CLI and devkit packages together.'], 'npx ng update @angular/cli @angular/core'),
      fix('Fix the option the message names', ['Remove or rename the property at the data path in angular.json to match the builder\'s schema for your version.']),
    ],
    references: [ref('Angular: Workspace configuration (angular.json)', 'https://angular.dev/reference/configs/workspace-config')],
    samples: [
      'Schema validation failed with the following errors:\n  Data path ".builders[\'app-shell\']" should have required property \'class\'.',
      'Error: Schema validation failed with the following errors:\n  Data path "" must have required property \'main\'.',
    ],
  },
  {
    id: 'javascript.angular-ng-code',
    language: 'javascript',
    // Angular's errors carry an NG code (NG0xxx at run time, NG8001-style from the template compiler) ("Error: NG0203: …", "RuntimeError: NG0203: …"); RuntimeError
    // is Angular's wrapper for every coded error, so the code is the type (as NG0100's name is, README). The
    // older message without the code is NG0203's. Specific patterns (NG0100, NullInjectorError) rank higher.
    match: /\bNG(?<code>0\d{3,4}|[1-9]\d{3}): (?<message>[^\n]{0,300})|(?<inject>inject\(\) must be called from an injection context)/,
    errorType: (c) => (c.inject ? 'NG0203' : `NG${c.code}`),
    category: 'runtime',
    priority: 2,
    summary: (c) =>
      c.inject || c.code === '0203'
        ? 'inject() was called outside an injection context, often because two copies of @angular/core are loaded.'
        : `Angular reported NG${c.code}: ${c.message}`,
    explanation: (c) =>
      c.inject || c.code === '0203'
        ? 'inject() (and constructor injection generated as ɵɵinject) only works while Angular is creating an object: in a constructor, a field initializer, a provider factory or runInInjectionContext. Called later (in a method, a callback, after an await) it throws. When a library\'s own factory throws it, the library was compiled against a second copy of @angular/core (a linked package, a mismatched version, or a path mapping to its sources), so its inject() does not see the app\'s injector.'
        : 'Angular prefixes its errors with an NG code: NG0xxx at run time, NG1xxx–NG8xxx from the template compiler during ng build or ng serve (NG8001: an unknown element, NG8002: an unknown property binding). The page for the code (angular.dev/errors) explains the cause and the usual fixes; in production builds only the code is printed.',
    causes: (c) =>
      c.inject || c.code === '0203'
        ? ['inject() called in a method, callback or after an await', 'Two copies of @angular/core (npm link, a library with its own node_modules, a tsconfig path to library sources)', 'A library built for another Angular version']
        : ['See the code\'s page on angular.dev/errors'],
    fixes: (c) =>
      c.inject || c.code === '0203'
        ? [
            fix('Call inject() while the object is constructed', ['Move it into a field initializer or the constructor, or wrap later calls in runInInjectionContext.'], 'private readonly http = inject(HttpClient);'),
            fix('Load a single @angular/core', ['Remove duplicate copies (npm ls @angular/core); with linked libraries set "preserveSymlinks": true in angular.json.'], 'npm ls @angular/core'),
          ]
        : [fix(`Read NG${c.code}'s page`, [`Open https://angular.dev/errors/NG${c.code} for its causes and fixes.`])],
    references: [ref('Angular: Error encyclopedia', 'https://angular.dev/errors'), ref('Angular: NG0203', 'https://angular.dev/errors/NG0203')],
    samples: [
      'main.ts:5 ERROR Error: NG0203: inject() must be called from an injection context such as a constructor, a factory function, a field initializer, or a function used with `runInInjectionContext`. Find more at https://angular.io/errors/NG0203\n    at injectInjectorOnly (core.mjs:3824:15)',
      'core.js:6456 ERROR Error: inject() must be called from an injection context\n    at injectInjectorOnly (core:4722)',
      "Error: src/app/app.component.html:1:1 - error NG8001: 'app-header' is not a known element:\n1. If 'app-header' is an Angular component, then verify that it is part of this module.",
    ],
  },
  {
    id: 'typescript.deno-relative-import',
    language: 'typescript',
    // Deno refuses a bare specifier that no import map or package.json maps. The class, when printed, is
    // TypeError; without it the phrase.
    match: /(?:\b(?<thrown>[A-Za-z]{1,30}Error): )?Relative import path "(?<spec>[^"\n]{1,200})" not prefixed with \/ or \.\/ or \.\.\//,
    errorType: (c) => c.thrown ?? 'Relative import path not prefixed',
    category: 'dependency',
    priority: 8,
    summary: (c) => `Deno cannot resolve "${c.spec}": it is a bare specifier and no import map, deno.json or package.json maps it.`,
    explanation:
      'Deno resolves imports as URLs. A bare name ("preact", "std/…", "stream") is only valid when deno.json\'s "imports" (or an import map, or a package.json dependency) maps it; otherwise Deno treats it as a relative path written without ./ and refuses it. Node built-ins need the node: prefix.',
    causes: [
      'An npm or JSR package imported by name without an entry in deno.json "imports"',
      'A Node built-in imported without the node: prefix ("stream" instead of "node:stream")',
      'A library relying on an import map of its own that the application does not have',
    ],
    fixes: (c) => [
      fix(`Map "${c.spec}" in deno.json`, ['Add the package with deno add, or an "imports" entry pointing to npm:, jsr: or a URL.'], `deno add npm:${c.spec}`),
      fix('Use explicit specifiers', ['Import Node built-ins as node:name and packages as npm:name or jsr:@scope/name.'], `import { Readable } from 'node:stream';`),
    ],
    references: [ref('Deno: Modules and dependencies', 'https://docs.deno.com/runtime/fundamentals/modules/')],
    samples: [
      'error: Relative import path "preact" not prefixed with / or ./ or ../\n    at https://deno.land/x/fresh@1.4.0/src/server/mod.ts:2:35',
      'error: Uncaught (in promise) TypeError: Relative import path "stream" not prefixed with / or ./ or ../',
    ],
  },
  {
    id: 'javascript.bun-cannot-find-module',
    language: 'javascript',
    // bun's resolver: `error: Cannot find module "x" from "y"` (double quotes, importer after "from"), which
    // Node's "Cannot find module 'x'" pattern does not read. bun's code for it is Node's.
    match: /\berror: Cannot find module "(?<module>[^"\n]{1,200})" from "(?<from>[^"\n]{1,300})"/,
    errorType: 'MODULE_NOT_FOUND',
    category: 'dependency',
    priority: 5,
    summary: (c) => `bun could not resolve "${c.module}" imported from ${c.from}.`,
    explanation:
      'bun resolves imports like Node: a relative path from the importing file, or a package in node_modules. In a binary built with bun build --compile the sources live in the virtual /$bunfs/root directory, so a module the bundler could not see statically (a require() with a computed path, a file loaded at run time) is missing there.',
    causes: [
      'The package is not installed, or the relative path is wrong',
      'A dynamic require() that bun build --compile could not follow',
    ],
    fixes: (c) => [
      fix('Install or fix the import', ['Run bun install, or correct the path relative to the importing file.'], 'bun install'),
      fix('Make dynamic requires static for --compile', [`Require "${c.module}" with a literal path, or mark the package external and ship it beside the binary.`]),
    ],
    references: [ref('Bun: Module resolution', 'https://bun.sh/docs/runtime/modules')],
    samples: ['error: Cannot find module "./widgets/node" from "/$bunfs/root/test"\n\nBun v1.1.8 (Linux x64)'],
  },
  {
    id: 'javascript.require-async-module',
    language: 'javascript',
    // Node 22+'s require(esm) refusing a module graph with top-level await; apps and CLIs often print the
    // message without its code.
    match: /require\(\) cannot be used on an ESM graph with top-level await\.(?:[^\n]{0,200}\n\s{0,10}From (?<from>[^\n]{1,300}?) ?\n\s{0,10}Requiring (?<required>[^\n]{1,300}?) ?(?:\n|$))?/,
    errorType: 'ERR_REQUIRE_ASYNC_MODULE',
    category: 'dependency',
    priority: 6,
    summary: (c) => (c.required ? `A CommonJS module required ${c.required}, an ES module that uses top-level await.` : 'A CommonJS require() reached an ES module that uses top-level await.'),
    explanation:
      'Node.js 22 and later can require() an ES module synchronously, but only when neither it nor anything it imports uses top-level await. A package that became ESM-only with a top-level await (often after a minor upgrade), loaded from CommonJS code (a compiled NestJS or TypeScript app, gulp, a CLI), stops the load with this error.',
    causes: [
      'A dependency upgraded to an ESM version that uses top-level await',
      'TypeScript compiled to CommonJS turning import into require()',
      'A tool loading its config file (gulpfile.mjs) with require()',
    ],
    fixes: [
      fix('Load the module with import()', ['Use a dynamic import from CommonJS, or make the project ESM ("type": "module", module: "nodenext").'], "const { default: lib } = await import('the-package');"),
      fix('Pin the previous version', ['Go back to the last version of the package that worked with require() until the project can use ESM.']),
      fix('Find the await', ['Run with --experimental-print-required-tla to see which module has the top-level await.'], 'node --experimental-print-required-tla dist/main.js'),
    ],
    references: [ref('Node.js docs: Loading ECMAScript modules using require()', 'https://nodejs.org/api/modules.html#loading-ecmascript-modules-using-require')],
    samples: [
      'Paperclip server failed to start.\nrequire() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.\n  From /app/node_modules/cssstyle/lib/parsers.js\n  Requiring /app/node_modules/@asamuzakjp/css-color/dist/esm/index.js',
    ],
  },
  {
    id: 'javascript.prisma-engine-not-found',
    language: 'javascript',
    // Prisma 4–6 without the query engine built for the platform it runs on; thrown as
    // PrismaClientInitializationError, often pasted without the class.
    match: /Prisma Client could not locate the Query Engine for runtime "(?<runtime>[^"\n]{1,80})"(?:\.\s{0,40}(?:[^\n]{0,40}\|\s{0,10})?\n?[^\n]{0,40}?This happened because Prisma Client was generated for "(?<generated>[^"\n]{1,80})")?/,
    errorType: 'PrismaClientInitializationError',
    category: 'dependency',
    priority: 6,
    summary: (c) => `Prisma Client has no query engine for the platform it runs on (${c.runtime})${c.generated ? `; it was generated for ${c.generated}` : ''}.`,
    explanation:
      'Prisma Client (up to Prisma 6) loads a native query engine built for one operating system, CPU and OpenSSL version. prisma generate downloads the engines listed in binaryTargets ("native" is the machine running generate). When the client is generated on one platform (a Mac, a build stage with OpenSSL 1.1) and runs on another (a Linux container with OpenSSL 3, an ARM server), or a bundler or Dockerfile does not copy the engine file, the engine for the runtime is missing.',
    causes: [
      'prisma generate run on another OS, CPU or OpenSSL version than production',
      'binaryTargets in schema.prisma missing the deployment platform',
      'A bundler, monorepo tool or Dockerfile not copying the libquery_engine file',
    ],
    fixes: (c) => [
      fix(`Add ${c.runtime} to binaryTargets`, ['List the runtime in the generator block and run prisma generate again.'], `generator client {
  provider      = "prisma-client-js"
  binaryTargets = ["native", "${c.runtime}"]
}`),
      fix('Generate where you run', ['Run npx prisma generate inside the final image or deployment build step.'], 'npx prisma generate'),
    ],
    references: [ref('Prisma: binaryTargets', 'https://www.prisma.io/docs/orm/reference/prisma-schema-reference#binarytargets-options')],
    samples: [
      'PrismaClientInitializationError: Prisma Client could not locate the Query Engine for runtime "linux-arm64-openssl-3.0.x".\n\nThis happened because Prisma Client was generated for "linux-arm64-openssl-1.1.x", but the actual deployment required "linux-arm64-openssl-3.0.x".',
    ],
  },
  {
    id: 'javascript.webpack5-node-polyfill',
    language: 'javascript',
    // webpack 5's hint under "Module not found: Can't resolve 'path'" when a Node.js core module is imported
    // for the browser, often pasted without the line above it. The type is that line's phrase.
    match: /BREAKING CHANGE: webpack < 5 used to include polyfills for node\.js core modules by default\.(?:[\s\S]{0,400}?resolve\.(?:fallback|alias): \{ "(?<module>[^"\n]{1,100})": )?/,
    errorType: 'Module not found',
    category: 'build',
    priority: 5,
    summary: (c) => `webpack 5 cannot bundle the Node.js core module ${c.module ? `"${c.module}"` : 'a dependency imports'} for the browser.`,
    explanation:
      'webpack 4 silently bundled browser versions of Node.js core modules (path, crypto, stream, buffer, util). webpack 5 stopped doing so: a package written for Node.js, imported into front-end code, now fails to resolve the core module. Create React App 5, Angular 12+ and other webpack 5 setups show the same message.',
    causes: [
      'A Node.js-only package (a server SDK, jsonwebtoken, googleapis) imported into browser code',
      'A library that expects webpack 4-style automatic polyfills',
    ],
    fixes: (c) => [
      fix('Use a browser build or a different package', ['Prefer a browser-ready package or its browser entry; server SDKs belong on the server side.']),
      fix(`Add a fallback for ${c.module ?? 'the core module'}`, ['Install the browserify polyfill and list it under resolve.fallback (or set it to false when unused); with CRA, use craco or react-app-rewired.'], `resolve: {
  fallback: { "${c.module ?? 'path'}": require.resolve("${c.module ?? 'path'}-browserify") },
}`),
    ],
    references: [ref('webpack: resolve.fallback', 'https://webpack.js.org/configuration/resolve/#resolvefallback')],
    samples: [
      'BREAKING CHANGE: webpack < 5 used to include polyfills for node.js core modules by default.\nThis is no longer the case. Verify if you need this module and configure a polyfill for it.\n\nIf you want to include a polyfill, you need to:\n\t- add a fallback \'resolve.fallback: { "path": require.resolve("path-browserify") }\'',
    ],
  },
];
