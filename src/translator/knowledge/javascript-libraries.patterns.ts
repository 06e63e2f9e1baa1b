import type { Captures, ErrorPattern } from '../rules/error-pattern';
import type { Fix, Reference } from '../translation';
import { fix, ref } from './answer-parts';

/**
 * JavaScript libraries' and tools' own failures beyond javascript.patterns.ts: Express' routes, native
 * addons built for another Node.js, test runners' timeouts, node-sass, and the browser's network errors. The type is the class thrown (README: a JavaScript error without a code),
 * or Node's or Chromium's code where there is one.
 */


interface ToolEntry {
  id: string;
  /** The tool's own phrase (README phrase table, javascript row). */
  phrase: string | ((c: Captures) => string);
  match: RegExp;
  category: ErrorPattern['category'];
  summary: (c: Captures) => string;
  why: string;
  fix: (c: Captures) => Fix;
  reference: Reference;
  sample: string;
}

/**
 * Bundlers', dev servers', frameworks' and test runners' own messages (webpack, Rollup/Vite, esbuild,
 * React, Next.js, ESLint, Jest, Vitest): no class or code is printed, so the type is the tool's phrase.
 */
const TOOL_ENTRIES: readonly ToolEntry[] = [
  {
    id: 'javascript.webpack-invalid-configuration',
    phrase: 'Invalid configuration object',
    match: /Invalid configuration object\. Webpack has been initialized using a configuration object that does not match the API schema\.(?:\s+- (?<property>configuration[\w.[\]]{0,200}) has an unknown property '(?<name>[^'\n]{1,100})')?/,
    category: 'configuration',
    summary: (c) => (c.name ? `The webpack configuration has an option webpack does not know: '${c.name}'.` : 'The webpack configuration does not match the schema of the installed webpack.'),
    why: 'webpack validates its configuration and rejects options it does not know: usually options of an older major version (webpack 4\'s query, loaders or node, dev-server 3\'s contentBase) kept after an upgrade, or a typo.',
    fix: (c) =>
      fix(c.name ? `Replace '${c.name}' in ${c.property ?? 'the configuration'} with its current equivalent` : 'Fix the option the message lists', ['Read the list under the message; each line names the option and the schema it should follow, and the migration guide gives the new name.'], 'npx webpack --version\n# webpack 5 migration guide: https://webpack.js.org/migrate/5/'),
    reference: ref('webpack: Configuration', 'https://webpack.js.org/configuration/'),
    sample: "[webpack-cli] Invalid configuration object. Webpack has been initialized using a configuration object that does not match the API schema.\n - configuration.module.rules[0] has an unknown property 'query'.",
  },
  {
    id: 'javascript.rollup-not-exported',
    phrase: 'is not exported by',
    match: /["'](?<name>[^"'\n]{1,100})["'] is not exported by ["']?(?<module>[^"',\s]{1,300})["']?, imported by ["']?(?<file>[^"',\s]{1,300})/,
    category: 'dependency',
    summary: (c) => `${c.file} imports '${c.name}' from ${c.module}, which does not export it.`,
    why: 'Rollup (and Vite\'s production build) checks every named import statically. The module has no such export: a typo, a default export imported by name (or the reverse), or a CommonJS module whose exports Rollup cannot see without the commonjs plugin.',
    fix: (c) => fix(`Import '${c.name}' the way ${c.module} exports it`, [`Open ${c.module} and check its exports; switch between default and named import in ${c.file}, or let @rollup/plugin-commonjs (Vite: optimizeDeps/build.commonjsOptions) convert a CommonJS module.`], `import * as mod from '${c.module}';\nconsole.log(Object.keys(mod));`),
    reference: ref('Rollup: Troubleshooting', 'https://rollupjs.org/troubleshooting/'),
    sample: "[!] RollupError: 'default' is not exported by node_modules/react/index.js, imported by src/App.jsx",
  },
  {
    id: 'javascript.esbuild-no-loader',
    phrase: 'No loader is configured',
    match: /No loader is configured for "(?<ext>\.[\w.]{1,20})" files: (?<file>[^\s]{1,300})/,
    category: 'build',
    summary: (c) => `esbuild does not know how to bundle ${c.ext} files (${c.file}).`,
    why: 'esbuild only loads the file types it has a loader for (JavaScript, TypeScript, JSON, CSS, text). A native addon (.node), an image or another asset was imported, usually by a dependency that is meant to run in Node.js unbundled.',
    fix: (c) => fix(`Tell esbuild what to do with ${c.ext} files, or keep ${c.file} out of the bundle`, ['Mark the package that imports it as external, or configure a loader (file, copy, dataurl) for the extension.'], `esbuild app.ts --bundle --platform=node --loader:${c.ext}=file\n# or: --external:fsevents`),
    reference: ref('esbuild: Content types', 'https://esbuild.github.io/content-types/'),
    sample: '✘ [ERROR] No loader is configured for ".node" files: node_modules/fsevents/fsevents.node',
  },
  {
    id: 'javascript.esbuild-wrong-platform',
    phrase: 'You installed esbuild for another platform',
    match: /You installed esbuild for another platform than the one you're currently using\.(?:[\s\S]{0,600}?Specifically the "(?<package>@esbuild\/[\w-]{1,60})" package is present but this platform\s+needs the "(?<needed>@esbuild\/[\w-]{1,60})" package instead)?/,
    category: 'dependency',
    summary: (c) => `The installed esbuild binary is for another OS or CPU${c.needed ? ` (this machine needs ${c.needed})` : ''}.`,
    why: 'esbuild ships one native binary per platform as an optional dependency. node_modules was installed on another system (the host, copied into a container or VM, or a Windows folder used from WSL) or on another CPU (x64 vs arm64, Rosetta).',
    fix: (c) => fix(`Install esbuild on the machine that runs it${c.needed ? ` (${c.needed})` : ''}`, ['Delete node_modules and install again on that system; in Docker, install inside the image and do not copy node_modules from the host (.dockerignore).'], 'rm -rf node_modules && npm ci\necho node_modules >> .dockerignore'),
    reference: ref('esbuild: Getting started (cross-platform installs)', 'https://esbuild.github.io/getting-started/#cross-platform'),
    sample: "Error: You installed esbuild for another platform than the one you're currently using.\nThis won't work because esbuild is written with native code and needs to\ninstall a platform-specific binary executable.",
  },
  {
    id: 'javascript.esbuild-service-stopped',
    phrase: 'The service was stopped',
    match: /Error: The service (?:was stopped|is no longer running)(?<reason>: [^\n]{1,200})?\n\s+at [^\n]{0,200}esbuild/,
    category: 'build',
    summary: () => 'The esbuild child process exited while a build was still using it.',
    why: 'esbuild runs as a separate native process. It was killed (out of memory, the container\'s limit, a crash of the binary) or stopped by the tool that owns it (Vite or a test runner shutting down) while a transform was pending.',
    fix: () => fix('Find out why esbuild exited', ['Look above this line for the first error, check memory limits, and reinstall esbuild when its binary crashes.'], 'rm -rf node_modules && npm ci\nnode -e "require(\'esbuild\').transformSync(\'let a = 1\')"'),
    reference: ref('esbuild: API', 'https://esbuild.github.io/api/'),
    sample: 'Error: The service was stopped\n    at /app/node_modules/esbuild/lib/main.js:1086:25',
  },
  {
    id: 'javascript.vite-failed-to-load-url',
    phrase: 'Failed to load url',
    match: /Failed to load url (?<url>[^\s]{1,300}) \(resolved id: (?<resolved>[^)\n]{1,300})\)(?: in (?<file>[^\s.]{1,300}(?:\.[^\s.]{1,20})*))?\. Does the file exist\?/,
    category: 'dependency',
    summary: (c) => `Vite could not load ${c.url}${c.file ? ` (imported by ${c.file})` : ''}.`,
    why: 'Vite\'s dev server resolved the import to a file that does not exist: a wrong path or case, a file outside the project root, or an entry in index.html pointing to a renamed file.',
    fix: (c) => fix(`Check that ${c.url} exists`, [`Compare ${c.url} (resolved to ${c.resolved}) with the files on disk${c.file ? ` and the import in ${c.file}` : ''}; paths are case-sensitive outside Windows and macOS.`], `ls -la .${c.url.startsWith('/') ? c.url : `/${c.url}`}`),
    reference: ref('Vite: Troubleshooting', 'https://vite.dev/guide/troubleshooting.html'),
    sample: 'Failed to load url /src/main.ts (resolved id: /src/main.ts). Does the file exist?',
  },
  {
    id: 'javascript.react-element-type-invalid',
    phrase: 'Element type is invalid',
    match: /Element type is invalid: expected a string \(for built-in components\) or a class\/function \(for composite components\) but got: (?<got>\w{1,40}|<[^>\n]{1,60}\s?\/?>)(?:[\s\S]{0,400}?Check the render method of `(?<name>[^`\n]{1,100})`)?/,
    category: 'type',
    summary: (c) => `React was asked to render something that is not a component (${c.got})${c.name ? ` in ${c.name}` : ''}.`,
    why: 'A JSX tag refers to a value that is not a component: an import that does not exist (default vs named export mix-up, a component that is not exported), a circular import that is still undefined, or an object of components used as one.',
    fix: (c) => fix(`Check the imports${c.name ? ` in ${c.name}` : ''}`, ['Log each component you render; the one that is undefined has the wrong import (default vs named) or is not exported from its file.'], "import Button from './Button';     // export default Button\nimport { Button } from './Button'; // export function Button"),
    reference: ref('React: Importing and exporting components', 'https://react.dev/learn/importing-and-exporting-components'),
    sample: "Error: Element type is invalid: expected a string (for built-in components) or a class/function (for composite components) but got: undefined. You likely forgot to export your component from the file it's defined in, or you might have mixed up default and named imports.",
  },
  {
    id: 'javascript.react-minified-error',
    phrase: 'Minified React error',
    match: /Minified React error #(?<code>\d{1,4})/,
    category: 'runtime',
    summary: (c) => `A production React build threw error #${c.code}.`,
    why: 'Production builds of React replace messages with a number. The page the message links to decodes it: #418, #423 and #425 are hydration mismatches, #130 an invalid element type, #185 an infinite update loop, #301 too many re-renders, #321 an invalid hook call.',
    fix: (c) => fix(`Decode error #${c.code} and reproduce it in development`, [`Open https://react.dev/errors/${c.code} for the full message, then run the development build, which prints it with the component stack.`], `open https://react.dev/errors/${c.code}\nnpm run dev`),
    reference: ref('React: Error decoder', 'https://react.dev/errors'),
    sample: 'Error: Minified React error #418; visit https://react.dev/errors/418 for the full message or use the non-minified dev environment for full errors and additional helpful warnings.',
  },
  {
    id: 'javascript.react-unmounted-update',
    phrase: "Can't perform a React state update on an unmounted component",
    match: /Can't perform a React state update on an? (?:unmounted component|component that hasn't mounted yet)/,
    category: 'concurrency',
    summary: () => 'A component set state after it was removed from the page.',
    why: 'An async callback (fetch, timer, subscription) finished after the component unmounted and still called setState. React 18 removed the warning; in older versions it points at a missing cleanup.',
    fix: () => fix('Clean up in the effect', ['Cancel the request, timer or subscription in the cleanup function that useEffect returns.'], 'useEffect(() => {\n  const controller = new AbortController();\n  fetch(url, { signal: controller.signal }).then(r => r.json()).then(setData).catch(() => {});\n  return () => controller.abort();\n}, [url]);'),
    reference: ref('React: Synchronizing with effects', 'https://react.dev/learn/synchronizing-with-effects'),
    sample: "Warning: Can't perform a React state update on an unmounted component. This is a no-op, but it indicates a memory leak in your application.",
  },
  {
    id: 'javascript.next-image-unconfigured-host',
    phrase: 'Invalid src prop',
    match: /Invalid src prop \((?<url>[^)\s]{1,400})\) on `next\/image`, hostname "(?<host>[^"\n]{1,200})" is not configured under images in your `next\.config\.js`/,
    category: 'configuration',
    summary: (c) => `next/image refuses images from ${c.host}: the host is not allowed in next.config.js.`,
    why: 'The Next.js image optimiser only fetches remote images from hosts listed in images.remotePatterns (or the older images.domains), so that it cannot be used as an open proxy.',
    fix: (c) => fix(`Allow ${c.host} in next.config.js`, [`Add ${c.host} (the host of ${c.url}) to images.remotePatterns and restart the dev server.`], `// next.config.js\nmodule.exports = {\n  images: { remotePatterns: [{ protocol: 'https', hostname: '${c.host}' }] },\n};`),
    reference: ref('Next.js: images.remotePatterns', 'https://nextjs.org/docs/app/api-reference/components/image#remotepatterns'),
    sample: 'Error: Invalid src prop (https://images.example.com/a.png) on `next/image`, hostname "images.example.com" is not configured under images in your `next.config.js`',
  },
  {
    id: 'javascript.next-client-component',
    phrase: "You're importing a component that needs",
    match: /You're importing a component that needs "?(?<name>[\w/@-]{1,60})"?\. (?:It only works in a Client Component|That only works in a Server Component|This React hook only works in a client component)/,
    category: 'configuration',
    summary: (c) => `A Server Component uses ${c.name}, which only works in a Client Component (or the reverse).`,
    why: 'In the Next.js App Router, components are Server Components unless the file (or one that imports it) starts with "use client". Hooks and browser APIs (useState, useEffect, onClick) need a Client Component; next/headers and server-only code need a Server Component.',
    fix: (c) => fix(`Mark the component that uses ${c.name} as a Client Component`, ['Add "use client" as the first line of that file (keep it as small as possible), or move the server-only call out of the client tree.'], "'use client';\n\nimport { useState } from 'react';"),
    reference: ref('Next.js: Server and Client Components', 'https://nextjs.org/docs/app/building-your-application/rendering/client-components'),
    sample: 'Error: You\'re importing a component that needs useState. It only works in a Client Component but none of its parents are marked with "use client", so they\'re Server Components by default.',
  },
  {
    id: 'javascript.next-no-production-build',
    phrase: 'Could not find a production build',
    match: /Could not find a production build in the '(?<path>[^'\n]{1,200})' directory/,
    category: 'build',
    summary: (c) => `next start found no build in ${c.path}.`,
    why: 'next start serves the output of next build. The build was not run in this environment (a Docker stage or deployment that only copies sources), it failed, or distDir points elsewhere.',
    fix: (c) => fix(`Build before starting, and ship ${c.path}`, [`Run next build first (in the same image or job) and make sure ${c.path} is copied to where next start runs.`], 'npm run build && npm start'),
    reference: ref('Next.js: next CLI', 'https://nextjs.org/docs/app/api-reference/cli/next'),
    sample: "Error: Could not find a production build in the '.next' directory. Try building your app with 'next build' before starting the production server.",
  },
  {
    id: 'javascript.eslint-config-or-plugin',
    phrase: (c) => (c.name2 ? `Failed to load ${c.kind ?? 'plugin'}` : c.plugin ? "ESLint couldn't find the plugin" : "ESLint couldn't find the config"),
    match: /ESLint couldn't find (?:the config "(?<name>[^"\n]{1,200})" to extend from|the plugin "(?<plugin>[^"\n]{1,200})")|Failed to load (?<kind>plugin|config|parser) '(?<name2>[^'\n]{1,200})' declared in '(?<file>[^'\n]{1,300})'/,
    category: 'dependency',
    summary: (c) => `ESLint cannot load ${c.name ?? c.plugin ?? c.name2}.`,
    why: 'The shared config, plugin or parser named in the ESLint configuration is not installed where ESLint resolves it (the project root), or its name is written differently than its package (eslint-config-/eslint-plugin- prefixes).',
    fix: (c) => {
      const n = c.name ?? c.plugin ?? c.name2 ?? '';
      const pkg = c.plugin || c.kind === 'plugin' ? (n.startsWith('eslint-plugin-') || n.startsWith('@') ? n : `eslint-plugin-${n}`) : n;
      return fix(`Install ${pkg} next to eslint`, [`Add ${pkg} to devDependencies of the project ESLint runs in${c.file ? ` (configured in ${c.file})` : ''}.`], `npm install --save-dev ${pkg}`);
    },
    reference: ref('ESLint: Configure plugins', 'https://eslint.org/docs/latest/use/configure/plugins'),
    sample: "Error: Failed to load plugin 'react' declared in '.eslintrc.js': Cannot find module 'eslint-plugin-react'",
  },
  {
    id: 'javascript.jest-did-not-exit',
    phrase: 'Jest did not exit',
    match: /Jest did not exit one second after the test run has completed/,
    category: 'concurrency',
    summary: () => 'Jest finished the tests but the process stayed alive.',
    why: 'Something the tests opened is still running: a server, a database or Redis connection, a timer or an interval that nothing closed.',
    fix: () => fix('Close what the tests open', ['Run with --detectOpenHandles to see the handle, and close it in afterAll.'], 'npx jest --detectOpenHandles\nafterAll(async () => { await server.close(); await db.end(); });'),
    reference: ref('Jest: CLI options (--detectOpenHandles)', 'https://jestjs.io/docs/cli#--detectopenhandles'),
    sample: "Jest did not exit one second after the test run has completed.\n\nThis usually means that there are asynchronous operations that weren't stopped in your tests.",
  },
  {
    id: 'javascript.vitest-no-suite',
    phrase: 'No test suite found',
    match: /No test suite found in file (?<file>[^\s]{1,300})/,
    category: 'configuration',
    summary: (c) => `Vitest found no tests in ${c.file}.`,
    why: 'The file matched the test pattern but registered no describe/it/test: it is empty, its tests are behind a condition, or it imports describe from another runner (Jest globals without globals: true).',
    fix: (c) => fix(`Add tests to ${c.file} or exclude it`, ['Import describe/it from vitest (or set test.globals), or leave the file out of test.include.'], "import { describe, it, expect } from 'vitest';"),
    reference: ref('Vitest: Configuration', 'https://vitest.dev/config/'),
    sample: 'Error: No test suite found in file /app/src/app.test.ts',
  },
];

function toolPattern(e: ToolEntry): ErrorPattern {
  return {
    id: e.id,
    language: 'javascript',
    match: e.match,
    errorType: e.phrase,
    category: e.category,
    priority: 30,
    summary: e.summary,
    explanation: e.why,
    causes: [e.why],
    fixes: (c) => [e.fix(c)],
    references: [e.reference],
    samples: [e.sample],
  };
}

export const JAVASCRIPT_LIBRARY_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'javascript.express-route-handler',
    language: 'javascript',
    match: /Error: (?<call>Route\.\w{1,10}\(\)|Router\.use\(\)|app\.use\(\)) requires a (?:callback|middleware) function but got a (?<got>\[object \w{1,20}\]|\w{1,20})/,
    errorType: (c) => (c.call?.startsWith('Router.use') ? 'TypeError' : 'Error'),
    category: 'configuration',
    priority: 30,
    summary: (c) => `Express was given ${c.got} where a handler function belongs (${c.call}).`,
    explanation: (c) =>
      `${c.call} needs a function. It got ${c.got}: the handler was imported under a name the module does not export (a named import of a default export, or module.exports = { handler } imported as a whole), a controller method that does not exist, or a router file that forgot module.exports = router and exports an empty object.`,
    causes: ['A handler or router imported with the wrong name or not exported', 'A controller method name with a typo', 'A circular require that returns an incomplete module'],
    fixes: [fix('Export the router or handler, and import it by the same name', ['Log the imported value; export the router from its file and import what is exported.'], "// routes/users.js\nconst router = require('express').Router();\nrouter.get('/', listUsers);\nmodule.exports = router;\n\n// app.js\napp.use('/users', require('./routes/users'));")],
    references: [ref('Express: Routing', 'https://expressjs.com/en/guide/routing.html')],
    samples: ['Error: Route.get() requires a callback function but got a [object Undefined]', 'TypeError: Router.use() requires a middleware function but got a Object'],
  },
  {
    id: 'javascript.native-module-version',
    language: 'javascript',
    match: /(?:The module '(?<module>[^'\n]{1,400}\.node)'\s+)?was compiled against a different Node\.js version using\s+NODE_MODULE_VERSION (?<built>\d{1,4})\. This version of Node\.js requires\s+NODE_MODULE_VERSION (?<required>\d{1,4})/,
    errorType: 'ERR_DLOPEN_FAILED',
    category: 'dependency',
    priority: 40,
    summary: (c) => `A native addon was built for another Node.js (ABI ${c.built}, this one needs ${c.required}).`,
    explanation: (c) =>
      `Native addons (bcrypt, sqlite3, sharp, node-sass…) are compiled for one Node.js ABI. ${c.module ?? 'The addon'} was built by a Node.js with NODE_MODULE_VERSION ${c.built}, and is now loaded by one with ${c.required}: Node.js was upgraded (or switched with nvm) after npm install, node_modules was copied from another machine or Docker stage, or Electron (its own ABI) loads a module built for Node.js.`,
    causes: ['Node.js upgraded or switched after installing', 'node_modules copied between machines or image stages', 'Electron loading a module built for plain Node.js'],
    fixes: (c) => [fix('Rebuild the native modules for this Node.js', [`Run npm rebuild (or reinstall) with the Node.js that runs the app, so ${c.module ?? 'the addon'} is compiled again; for Electron, use electron-rebuild.`], 'node -v\nnpm rebuild\n# or: rm -rf node_modules && npm ci\n# Electron:\nnpx electron-rebuild')],
    references: [ref('Node.js: ABI stability', 'https://nodejs.org/en/learn/modules/abi-stability')],
    samples: ["Error: The module '/app/node_modules/bcrypt/lib/binding/napi-v3/bcrypt_lib.node'\nwas compiled against a different Node.js version using\nNODE_MODULE_VERSION 93. This version of Node.js requires\nNODE_MODULE_VERSION 108. Please try re-compiling or re-installing\nthe module (for instance, using `npm rebuild` or `npm install`)."],
  },
  {
    id: 'javascript.test-timeout',
    language: 'javascript',
    match: /Error: [Tt]imeout of (?<ms>\d{1,7})ms exceeded\. (?:For async tests and hooks, ensure "done\(\)" is called|Ensure the done\(\) callback is being called)|thrown: "Exceeded timeout of (?<jestMs>\d{1,7}) ms for a (?<what>test|hook)/,
    errorType: (c) => (c.jestMs ? 'Exceeded timeout' : 'Error'),
    category: 'concurrency',
    priority: 30,
    summary: (c) => `A ${c.jestMs ? `Jest ${c.what ?? 'test'}` : 'Mocha test or hook'} did not finish within ${c.ms ?? c.jestMs} ms.`,
    explanation:
      'The test runner gave up waiting: the test returned a promise that never settled, called an API or database that did not answer, forgot to await (or to call done), or waits on a timer that fake timers froze. Raising the timeout only helps when the work is legitimately slow.',
    causes: ['A promise that never resolves (a missing await, done never called)', 'A real network or database call from a unit test', 'Fake timers with code that waits on real time', 'Slow work in beforeAll/before hooks'],
    fixes: (c) => [fix('Find what the test is waiting for', ['Await every promise and return it from the test; mock the network; then, for genuinely slow tests, raise the timeout for that test only.'], c.jestMs ? "test('imports the file', async () => {\n  await importFile();\n}, 30_000);" : "it('imports the file', async function () {\n  this.timeout(30000);\n  await importFile();\n});")],
    references: [ref('Jest: jest.setTimeout', 'https://jestjs.io/docs/jest-object#jestsettimeouttimeout'), ref('Mocha: Timeouts', 'https://mochajs.org/#timeouts')],
    samples: ['Error: Timeout of 2000ms exceeded. For async tests and hooks, ensure "done()" is called; if returning a Promise, ensure it resolves.', 'thrown: "Exceeded timeout of 5000 ms for a test.\nAdd a timeout value to this test to increase the timeout, if this is a long-running test."'],
  },
  {
    id: 'javascript.node-sass-environment',
    language: 'javascript',
    match: /Node Sass does not yet support your current environment: (?<environment>[^\n]{1,200})|Node Sass could not find a binding for your current environment/,
    errorType: 'Error',
    category: 'dependency',
    priority: 35,
    summary: 'node-sass has no binary for this Node.js version or platform.',
    explanation: (c) =>
      `node-sass ships a compiled binding per Node.js version and platform${c.environment ? ` (here: ${c.environment})` : ''}, and each node-sass release supports only the Node.js versions of its time. node-sass is deprecated; the sass package (Dart Sass) is pure JavaScript and works on every Node.js.`,
    causes: ['A Node.js newer than the node-sass release supports', 'node_modules installed on another platform or Node.js version'],
    fixes: [fix('Replace node-sass with sass', ['Uninstall node-sass and install sass; webpack\'s sass-loader, Vite and CRA use it automatically.'], 'npm uninstall node-sass\nnpm install --save-dev sass')],
    references: [ref('Sass: LibSass is deprecated', 'https://sass-lang.com/blog/libsass-is-deprecated/')],
    samples: ['Error: Node Sass does not yet support your current environment: Linux 64-bit with Unsupported runtime (93)'],
  },
  {
    id: 'javascript.browser-net-error',
    language: 'javascript',
    match: /(?<![\w:])net::(?<code>ERR_(?:CONNECTION_REFUSED|CONNECTION_RESET|NAME_NOT_RESOLVED|CERT_AUTHORITY_INVALID|CERT_COMMON_NAME_INVALID|CERT_DATE_INVALID|SSL_PROTOCOL_ERROR|BLOCKED_BY_CLIENT|INTERNET_DISCONNECTED|CONNECTION_TIMED_OUT|EMPTY_RESPONSE|ABORTED|FAILED|INSUFFICIENT_RESOURCES|HTTP2_PROTOCOL_ERROR|TOO_MANY_REDIRECTS|CONTENT_LENGTH_MISMATCH))/,
    errorType: (c) => c.code ?? 'net::ERR_FAILED',
    category: 'network',
    priority: 15,
    summary: (c) => `The browser's request failed before any HTTP answer: ${c.code}.`,
    explanation: (c) => {
      const why: Record<string, string> = {
        ERR_CONNECTION_REFUSED: 'nothing listens at that host and port: the API or dev server is not running, runs on another port, or "localhost" in the URL points at the user\'s machine instead of the server.',
        ERR_NAME_NOT_RESOLVED: 'the host name does not resolve: a typo, or an internal name (a Docker service name) used from the browser, which only resolves inside the server\'s network.',
        ERR_BLOCKED_BY_CLIENT: 'a browser extension (an ad blocker) blocked the request: URLs containing words such as "ads", "track" or "analytics" are typical.',
        ERR_CERT_AUTHORITY_INVALID: 'the server\'s TLS certificate is self-signed or signed by a CA the browser does not trust.',
        ERR_CERT_COMMON_NAME_INVALID: 'the server\'s certificate does not name the host in the URL.',
        ERR_SSL_PROTOCOL_ERROR: 'the TLS handshake failed: often https:// sent to a server that speaks plain HTTP on that port.',
        ERR_EMPTY_RESPONSE: 'the server closed the connection without answering: it crashed on the request, or plain HTTP was sent to a TLS port.',
        ERR_TOO_MANY_REDIRECTS: 'the server redirects in a loop: an HTTP↔HTTPS or www redirect that a proxy in front undoes.',
        ERR_INSUFFICIENT_RESOURCES: 'the page started more requests than the browser allows at once: a request fired in a loop or a render loop.',
      };
      return `Chromium reports network failures that never reached an HTTP response as net:: codes; the JavaScript side only sees "Failed to fetch" or a network error. Here ${why[c.code ?? ''] ?? 'the connection failed; the Network tab of the developer tools shows the request and its timing.'}`;
    },
    causes: ['The server is not running or not reachable from the browser', 'A URL built for the server side (localhost, a container name) used in the browser', 'TLS or certificate problems', 'A browser extension blocking the request'],
    fixes: (c) => [fix(`Check the request in the Network tab (${c.code})`, ['Open the failing request, check its full URL and port, and call the same URL from the browser\'s address bar or curl.', 'Point the front end at a URL the browser can reach (an environment variable for the API base URL).'], 'curl -v http://localhost:3000/api/health\n// .env\nVITE_API_URL=https://api.example.com')],
    references: [ref('Chromium: net error list', 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h')],
    samples: ['GET http://localhost:3000/api/users net::ERR_CONNECTION_REFUSED', 'POST https://example.com/track net::ERR_BLOCKED_BY_CLIENT'],
  },
  ...TOOL_ENTRIES.map(toolPattern),
];
