/**
 * The JavaScript and TypeScript catalog pass of round 5 (javascript-catalog2.patterns.ts), from tool output pasted
 * from terminals and CI: ESLint's missing and invalid configuration, Jest's transform banner alone, Next.js' Client
 * Component APIs and dynamic server usage, the Angular CLI's schema validation and Angular's NG codes, Deno's bare
 * specifiers, bun's resolver, require(esm) with top-level await, Prisma's missing query engine, webpack 5's missing Node.js polyfills, a native addon's ABI mismatch without the module line, and Vite's
 * "Rollup failed to resolve import" with a path spanning lines. Pure: the rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

describe("the JavaScript family's round-5 catalog pass", () => {
  it.each([
    [
      'Oops! Something went wrong! :(\n \nESLint: 9.0.0\n \nError: Could not find config file.',
      'javascript',
      "ESLint couldn't find a configuration file",
    ],
    [
      'Oops! Something went wrong! :(\n\nESLint: 9.0.0\n\nError: Could not find config file.\n    at locateConfigFileToUse (/Users/branislav/Documents/code/t/eslint-test/node_modules/eslint/lib/eslint/eslint.js:349:21)\n    at async calculateConfigArray (/Users/branislav/Documents/code/t/eslint-test/node_modules/eslint/lib/eslint/eslint.js:384:49)',
      'javascript',
      "ESLint couldn't find a configuration file",
    ],
    [
      '2025-08-07 14:47:53.973 [error] Error: Could not find config file.\n    at assertConfigurationExists (C:\\Sources\\FE-MainApplication\\node_modules\\eslint\\lib\\config\\config-loader.js:80:17)\n    at LegacyConfigLoader.loadConfigArrayForFile (C:\\Sources\\FE-MainApplication\\node_modules\\eslint\\lib\\config\\config-loader.js:414:3)\n    at async ESLint.lintText (C:\\Sources\\FE-MainApplication\\node_modules\\eslint\\lib\\eslint\\eslint.js:940:4)',
      'javascript',
      "ESLint couldn't find a configuration file",
    ],
    [
      'npx eslint --config some/eslint.config.js index.js\n\nOops! Something went wrong! :(\n\nESLint: 8.45.0\n\nError: ESLint configuration in --config is invalid:\n        - Property "" is the wrong type (expected object but got `[{"rules":{"semi":"error","prefer-const":"error"},"foo":{}}]`).\n\n    at ConfigValidator.validateConfigSchema (/Users/joelmathew/WebProjects/eslint-misc/eslint-flat-no-set/node_modules/@eslint/',
      'javascript',
      'ESLint configuration is invalid',
    ],
    [
      ' FAIL  __tests__/App.test.js\n  \u25cf Test suite failed to run\n\n    Jest encountered an unexpected token\n\n    Jest failed to parse a file. This happens e.g. when your code or its dependencies use non-standard JavaScript syntax, or when Jest is not configured to support such syntax.\n\n    Out of the box Jest supports Babel, which will be used to transform your files into valid JS based on your Babel configuration.\n\n    By default "node_modules" folder is ignored by transformers.\n\n    Here\'s what you can do:\n     \u2022 If you are trying to use ECMAScript Modules, see https://jestjs.io/docs/ecmascript-modules for how to enable it.\n     \u2022 If you are trying to use TypeScript, see https://jestjs.io/docs/getting-started#using-typescript\n     \u2022 To have some of your "node_modules" files transformed, you can specify a custom "transformIgnorePatterns" in your config.',
      'javascript',
      'Jest encountered an unexpected token',
    ],
    [
      ' \u2a2f createContext only works in Client Components. Add the "use client" directive at the top of the file to use it. Read more: https://nextjs.org/docs/messages/context-in-server-component\n    at eval (webpack-internal:///(rsc)/./node_modules/@floating-ui/react/dist/floating-ui.react.esm.js:111:77)\n    at (rsc)/./node_modules/@floating-ui/react/dist/floating-ui.react.esm.js (/workspaces/nextcrm-app/.next/server/vendor-chunks/@floating-ui.js:20:1)\n    at __webpack_require__ (/workspaces/nextcrm-app/.next/server/webpack-runtime.js:33:43)',
      'javascript',
      'only works in Client Components',
    ],
    [
      'Server Error\nError: createContext only works in Client Components. Add the "use client" directive at the top of the file to use it. Read more: https://nextjs.org/docs/messages/context-in-server-component',
      'javascript',
      'only works in Client Components',
    ],
    [
      "PS C:\\Temp\\WebTwain\\angular-cli-application-master> ng serve --open\nSchema validation failed with the following errors:\n  Data path \".builders['app-shell']\" should have required property 'class'.\nError: Schema validation failed with the following errors:\n  Data path \".builders['app-shell']\" should have required property 'class'.\n    at MergeMapSubscriber._registry.compile.pipe.operators_1.concatMap.validatorResult [as project] (C:\\Users\\Leonardo\\AppData\\Roaming\\npm\\node_modules\\@angular\\cli\\node_modules\\@angular-devkit\\core\\src\\workspace\\workspace.js:210:42)\n    at MergeMapSubscriber._tryNext (C:\\Users\\Leonardo\\AppData\\Roaming\\npm\\node_modules\\@angular\\cli\\node_modules\\rxjs\\internal\\operators\\mergeMap.js:65:27)",
      'javascript',
      'Schema validation failed',
    ],
    [
      'Schema validation failed with the following errors:\n  Data path "[\'build\']" should NOT have additional properties(defaultConfiguration).\nError: Schema validation failed with the following errors:\n  Data path "[\'build\']" should NOT have additional properties(defaultConfiguration).',
      'javascript',
      'Schema validation failed',
    ],
    [
      'Error: Schema validation failed with the following errors:\n  Data path "" must have required property \'main\'.',
      'javascript',
      'Schema validation failed',
    ],
    [
      "> ESLint couldn't find a configuration file. To set up a configuration file for this project, please run:\n>\n>    eslint --init",
      'javascript',
      "ESLint couldn't find a configuration file",
    ],
    [
      "SublimeLinter: #18 eslint default.html ERROR:\n\n \nOops! Something went wrong! :(\n\nESLint couldn't find a configuration file. To set up a configuration file for this project, please run:\n\n    eslint --init\n\nESLint looked for configuration files in /Users/da/code/mfbx9da4.github.io/_layouts and its ancestors.",
      'javascript',
      "ESLint couldn't find a configuration file",
    ],
    [
      "$ pre-commit run --file blah/foo.js -v\n...\nOops! Something went wrong! :(\n\nESLint: 7.22.0\n\nESLint couldn't find a configuration file. To set up a configuration file for this project, please run:\n\n    eslint --init\n\nESLint looked for configuration files in blah and its ancestors. If it found none, it then looked in your home directory.",
      'javascript',
      "ESLint couldn't find a configuration file",
    ],
    [
      'Oops! Something went wrong! :(\n\nESLint: 9.6.0\n\n\nA config object has a "plugins" key defined as an array of strings.\n\nFlat config requires "plugins" to be an object in this form:\n\n    {\n        plugins: {\n            listeners: pluginObject\n        }\n    }\n\nPlease see the following page for information on how to convert your config object into the correct format:\nhttps://eslint.org/docs/latest/use/configure/migration-guide#importing-plugins-and-custom-parsers',
      'javascript',
      'ESLint configuration is invalid',
    ],
    [
      '> eslint .\n\n\nOops! Something went wrong! :(\n\nESLint: 9.2.0\n\n\nA config object has a "plugins" key defined as an array of strings.\n\nFlat config requires "plugins" to be an object in this form:\n\n    {\n        plugins: {\n            import-x: pluginObject\n        }\n    }\n\n ELIFECYCLE  Command failed with exit code 2.',
      'javascript',
      'ESLint configuration is invalid',
    ],
    [
      'ESLint: 8.57.0\n\nError: Key "plugins": Key "export-scope": Expected an object.\n    at ObjectSchema.validate (/local/home/sergei/workplace/sergei-js-workspace/src/SergeiJsAll/node_modules/@humanwhocodes/object-schema/src/object-schema.js:287:23)\n    at /local/home/sergei/workplace/sergei-js-workspace/src/SergeiJsAll/node_modules/@humanwhocodes/object-schema/src/object-schema.js:239:18',
      'javascript',
      'ESLint configuration is invalid',
    ],
    [
      'Error: Key "plugins": This appears to be in eslintrc format (array of strings) rather than flat config format (object).',
      'javascript',
      'ESLint configuration is invalid',
    ],
    ['error: Cannot find module "./widgets/node" from "/$bunfs/root/test"\n\nBun v1.1.8 (Linux x64)', 'javascript', 'MODULE_NOT_FOUND'],
    [
      'NG0203: inject() must be called from an injection context such as a constructor, a factory function, a field initializer, or a function used with `runInInjectionContext`. Find more at https://angular.dev/errors/NG0203.\n Object.BuilderModule_Factory [as useFactory] (builder.io-angular.mjs:1401:56)',
      'javascript',
      'NG0203',
    ],
    [
      'ERROR RuntimeError: NG0203: inject() must be called from an injection context such as a constructor, a factory function, a field initializer, or a function used with `runInInjectionContext`. Find more at https://angular.io/errors/NG0203',
      'javascript',
      'NG0203',
    ],
    [
      'main.ts:5 ERROR Error: NG0203: inject() must be called from an injection context such as a constructor, a factory function, a field initializer, or a function used with `runInInjectionContext`. Find more at https://angular.io/errors/NG0203\n    at injectInjectorOnly (core.mjs:3824:15)\n    at \u0275\u0275inject (core.mjs:3837:42)\n    at Object.ChatClientService_Factory [as factory] (stream-chat-angular.js:4871:42)\n    at core.mjs:5239:43',
      'javascript',
      'NG0203',
    ],
    [
      'core.js:6456 ERROR Error: inject() must be called from an injection context\n    at injectInjectorOnly (core:4722)\n    at \u0275\u0275inject (core:4732)\n    at Module.\u0275\u0275directiveInject (core:14711)\n    at NodeInjectorFactory.InViewportDirective_Factory [as factory] (ng-in-viewport.js:457)',
      'javascript',
      'NG0203',
    ],
    [
      'run --check backend/index.ts\nerror: Relative import path "unrar" not prefixed with / or ./ or ../\n    at file:///home/arthur/dev/ai/manga/ui/backend/index.ts:17:34',
      'typescript',
      'Relative import path not prefixed',
    ],
    [
      'error: Relative import path "preact" not prefixed with / or ./ or ../\n    at https://deno.land/x/fresh@1.4.0/src/server/mod.ts:2:35',
      'typescript',
      'Relative import path not prefixed',
    ],
    [
      'error: Uncaught (in promise) TypeError: Relative import path "stream" not prefixed with / or ./ or ../\n    at [https://deno.land/x/puppeteer_plus@0.14.0/vendor/puppeteer/src/common/util.ts:487:35\n\n  const {Readable} = await import(\'stream\');\n                     ^',
      'typescript',
      'TypeError',
    ],
    [
      'error: Uncaught (in worker "") Relative import path "module" not prefixed with / or ./ or ../\n  hint: If you want to use a built-in Node module, add a "node:" prefix (ex. "node:module").',
      'typescript',
      'Relative import path not prefixed',
    ],
    [
      'TypeError: Relative import path "@std/dotenv/load" not prefixed with / or ./ or ../ at file:///var/task/api/index.ts:5:8\nat async processEvents (file:///vercel/path0/.vercel/builders/node_modules/vercel-deno/dist/runtime.ts:81:17) { code: "ERR_MODULE_NOT_FOUND"\n}',
      'typescript',
      'TypeError',
    ],
    [
      "Error getting device sessions: Error: Dynamic server usage: Route /sites couldn't be rendered statically because it used `headers`. See more info here: https://nextjs.org/docs/messages/dynamic-server-error\n    at y (.next/server/chunks/7719.js:19:10449)\n    at d (.next/server/chunks/4999.js:1:9005)\n    at c (.next/server/chunks/2702.js:1:8475) {\n  description: \"Route /sites couldn't be rendered statically because it used `headers`. See more info here: https://nextjs.org/docs/messages/dynamic-server-error\",\n  digest: 'DYNAMIC_SERVER_USAGE'\n}",
      'javascript',
      'DYNAMIC_SERVER_USAGE',
    ],
    [
      "web:build: API error occurred Dynamic server usage: Route /api/oauth/userinfo couldn't be rendered statically because it accessed `request.headers`. See more info here: https://nextjs.org/docs/messages/dynamic-server-error\nweb:build:    Generating static pages (60/80) ",
      'javascript',
      'DYNAMIC_SERVER_USAGE',
    ],
    [
      "   Generating static pages (16/32) \nB [Error]: Dynamic server usage: Route /api/result couldn't be rendered statically because it used `request.headers`. See more info here: https://nextjs.org/docs/messages/dynamic-server-error\n    at V (/app/node_modules/next/dist/compiled/next-server/app-route.runtime.prod.js:6:29137)",
      'javascript',
      'DYNAMIC_SERVER_USAGE',
    ],
    [
      "Error: Dynamic server usage: Route /api/internal couldn't be rendered statically because it used `request.headers`. See more info here: https://nextjs.org/docs/messages/dynamic-server-error\nNext REST Framework encountered an error:\nError: Dynamic server usage: Route /api/internal/vertical-ids couldn't be rendered statically because it used `request.url`. See more info here: https://nextjs.org/docs/messages/dynamic-server-error",
      'javascript',
      'DYNAMIC_SERVER_USAGE',
    ],
    [
      'PS C:\\Users\\Sivert\\Desktop\\tournament\\docs> yarn build\nyarn run v1.22.21\nwarning package.json: No license field\n$ vocs build\n\n  [building] vocs@v1.0.0-alpha.40\n\n\u2716 bundles failed to build: [vite]: Rollup failed to resolve import "C:UsersSivertDesktop        ournamentdocs\nnode_modules\nocs_lib\nite.vocs        heme.css" from "virtual:styles".\nThis is most likely unintended because it can break your application at runtime.\nIf you do want to externalize this module explicitly add it to\n`build.rollupOptions.external`\nerror Command failed with exit code 1.',
      'javascript',
      'Rollup failed to resolve import',
    ],
    [
      'Starting Paperclip server...\nPaperclip server failed to start.\nrequire() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.\n  From /Users/harshamv/.npm/_npx/43414d9b790239bb/node_modules/cssstyle/lib/parsers.js\n  Requiring /Users/harshamv/.npm/_npx/43414d9b790239bb/node_modules/@asamuzakjp/css-color/dist/esm/index.js',
      'javascript',
      'ERR_REQUIRE_ASYNC_MODULE',
    ],
    [
      '[Preferences] preference config stored at /home/grant/.config/anythingllm-desktop/config.json\nPrisma Client could not locate the Query Engine for runtime "debian-openssl-1.1.x".',
      'javascript',
      'PrismaClientInitializationError',
    ],
    [
      'BREAKING CHANGE: webpack < 5 used to include polyfills for node.js core modules by default.\nThis is no longer the case. Verify if you need this module and configure a polyfill for it.\n\nIf you want to include a polyfill, you need to:\n\t- add a fallback \'resolve.fallback: { "path": require.resolve("path-browserify") }\'\n\t- install \'path-browserify\'\nIf you don\'t want to include a polyfill, you can use an empty module like this:\n\tresolve.fallback: { "path": false }',
      'javascript',
      'Module not found',
    ],
    [
      'was compiled against a different Node.js version using\nNODE_MODULE_VERSION 131. This version of Node.js requires\nNODE_MODULE_VERSION 130. Please try re-compiling or re-installing',
      'javascript',
      'ERR_DLOPEN_FAILED',
    ],
    [
      "Error: src/app/pages/dashboard/analysis/analysis.component.html:1:1 - error NG8001: 'da-analysis-page' is not a known element:\n1. If 'da-analysis-page' is an Angular component, then verify that it is part of this module.\n2. If 'da-analysis-page' is a Web Component then add 'CUSTOM_ELEMENTS_SCHEMA' to the '@NgModule.schemas' of this component to suppress this message.\n1 <da-analysis-page></da-analysis-page>\n  ~~~~~~~~~~~~~~~~~~",
      'javascript',
      'NG8001',
    ],
    [
      "ERROR in src/app/app.component.html:1:1 - error NG8001: 'testcomp' is not a known element:\n1. If 'testcomp' is an Angular component, then verify that it is part of this module.\n2. To allow any element add 'NO_ERRORS_SCHEMA' to the '@NgModule.schemas' of this component.",
      'javascript',
      'NG8001',
    ],
    [
      "Error: src/app/onepager/onepager.component.html:30:27 - error NG8002: Can't bind to 'docsTemplate' since it isn't a known property of 'app-export-buttons'.\n1. If 'app-export-buttons' is an Angular component and it has 'docsTemplate' input, then verify that it is part of this module.",
      'javascript',
      'NG8002',
    ],
  ])('answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});

describe('texts near the round-5 JavaScript patterns keep their answers', () => {
  it.each([
    [
      "Error [ERR_PACKAGE_PATH_NOT_EXPORTED]: Package subpath './lib/defaults' is not defined by \"exports\" in C:\\Users\\<myuser>\\Documents\\enm-cli-master\\node_modules\\axios\\package.json\n    at exportsNotFound (node:internal/modules/esm/resolve:304:10)\n    at packageExportsResolve (node:internal/modules/esm/resolve:651:9)\n    at resolveExports (node:internal/modules/cjs/loader:592:36)\n    at Module._findPath (node:internal/modules/cjs/loader:669:31)\n    at Module._resolveFilename (node:internal/modules/cjs/loader:1131:27)\n    at Module._load (node:internal/modules/cjs/loader:986:27)\n    at Module.require (node:internal/modules/cjs/loader:1233:19)\n    at require (node:internal/modules/helpers:179:18)\n    at Object.<anonymous> (C:\\Users\\fcmar\\Documents\\enm-cli-master\\node_modules\\axios-cookiejar-support\\lib\\index.js:8:40)\n    at Module._compile (node:internal/modules/cjs/loader:1358:14) {\n  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED'",
      'javascript',
      'ERR_PACKAGE_PATH_NOT_EXPORTED',
    ],
    [
      ' Jest encountered an unexpected token\n\n    Jest failed to parse a file. This happens e.g. when your code or its dependencies use non-standard JavaScript syntax, or when Jest is not configured to support such syntax.\n\n    Out of the box Jest supports Babel, which will be used to transform your files into valid JS based on your Babel configuration.\n\n    By default "node_modules" folder is ignored by transformers.\n    \n    SyntaxError: Cannot use import statement outside a module',
      'javascript',
      'SyntaxError',
    ],
    [
      'Unhandled Runtime Error\nError: Text content does not match server-rendered HTML.\n\nSee more info here: https://nextjs.org/docs/messages/react-hydration-error\n\nCall Stack\ncheckForUnmatchedText',
      'javascript',
      'React hydration error',
    ],
    [
      "> build\n> vinxi build\n\nvinxi v0.5.6\nError: Cannot find module @rollup/rollup-linux-x64-gnu. npm has a bug related to optional dependencies (https://github.com/npm/cli/issues/4828). Please try `npm i` again after removing both package-lock.json and node_modules directory.\n    at requireWithFriendlyError (/home/nickytonline/demos/mcp-app-demo/node_modules/rollup/dist/native.js:64:9)\n    at Object.<anonymous> (/home/nickytonline/demos/mcp-app-demo/node_modules/rollup/dist/native.js:73:76)\n    at Module._compile (node:internal/modules/cjs/loader:1730:14)\n    at Object..js (node:internal/modules/cjs/loader:1895:10)\n    at Module.load (node:internal/modules/cjs/loader:1465:32)\n    at Function._load (node:internal/modules/cjs/loader:1282:12)\n    at TracingChannel.traceSync (node:diagnostics_channel:322:14)\n    at wrapModuleLoad (node:internal/modules/cjs/loader:235:24)\n    at cjsLoader (node:internal/modules/esm/translators:266:5)\n    at ModuleWrap.<anonymous> (node:internal/modules/esm/translators:200:7) {\n  [cause]: Error: Cannot find module '@rollup/rollup-linux-x64-gnu'\n  Require stack:\n  - /home/nickytonline/demos/mcp-app-demo/node_modules/rollup/dist/native.js",
      'javascript',
      'MODULE_NOT_FOUND',
    ],
    [
      'TypeError: createContext only works in Client Components. Add the "use client" directive at the top of the file to use it',
      'javascript',
      'TypeError',
    ],
    [
      'node:58101) [DEP0180] DeprecationWarning: fs.Stats constructor is deprecated.\n(Use `node --trace-deprecation ...` to show where the warning was created)\nTypeError [ERR_UNKNOWN_FILE_EXTENSION]: Unknown file extension ".ts" for /data_8000/eufy/eufy-security-ws/src/bin/server.ts\n    at Object.getFileProtocolModuleFormat [as file:] (node:internal/modules/esm/get_format:176:9)\n    at defaultGetFormat (node:internal/modules/esm/get_format:219:36)\n    at defaultLoad (node:internal/modules/esm/load:143:22)',
      'javascript',
      'ERR_UNKNOWN_FILE_EXTENSION',
    ],
    ['ReferenceError: TextEncoder is not defined', 'javascript', 'ReferenceError'],
    [
      "A JavaScript error occurred in the main process\nUncaught Exception:\nTypeError: Cannot read property 'on' of undefined\n    at Object.<anonymous> (/home/jose/electron-quick-start/main.js:34:4)\n    at Module._compile (module.js:425:26)\n    at Object.Module._extensions..js (module.js:432:10)\n    at Module.load (module.js:356:32)",
      'javascript',
      'TypeError',
    ],
    [
      'ConfigError: Config (unnamed): Key "plugins": This appears to be in eslintrc format (array of strings) rather than flat config format (object).',
      'javascript',
      'ConfigError',
    ],
    ['TypeError: Key "plugins": Key "0": Expected an object.', 'javascript', 'TypeError'],
    [
      '2026-02-14T12:45:17.931638777Z [Nest] 1  - 02/14/2026, 7:45:17 AM   ERROR [ExceptionsHandler] relation "public.statistics" does not exist\n2026-02-14T12:45:17.931653088Z QueryFailedError: relation "public.statistics" does not exist\n2026-02-14T12:45:17.931663493Z     at PostgresQueryRunner.query (/usr/src/app/node_modules/typeorm/driver/postgres/PostgresQueryRunner.js:219:19)\n2026-02-14T12:45:17.931665784Z     at process.processTicksAndRejections (node:internal/process/task_queues:103:5)\n2026-02-14T12:45:17.931667947Z     at async SelectQueryBuilder.execute (/usr/src/app/node_modules/typeorm/query-builder/QueryBuilder.js:273:20)',
      'javascript',
      'QueryFailedError',
    ],
    [
      'bun build ./1.ts --outfile=1.js\nerror: Could not resolve: "bun". Maybe you need to "bun install"?\nimport { sleep } from "bun";\n                      ^',
      'javascript',
      'Could not resolve',
    ],
    [
      'FAIL  module.test.tsx [ module.test.tsx ]\nError: Failed to load url <obfuscated-path-to-project>/src/mapping/obf/vitest.setup.ts (resolved id: <obfuscated-path-to-project>/src/mapping/obf/vitest.setup.ts). Does the file exist?',
      'javascript',
      'Failed to load url',
    ],
    [
      '>Read more: https://nextjs.org/docs/messages/prerender-error\nReferenceError: window is not defined\n    at /home/takeru9016/Projects/airbnb-clone/.next/server/chunks/118.js:33080:19\n    at /home/takeru9016/Projects/airbnb-clone/.next/server/chunks/118.js:32858:11\n    at 21227 (/home/takeru9016/Projects/airbnb-clone/.next/server/chunks/118.js:32860:3)\n    at __webpack_require__ (/home/takeru9016/Projects/airbnb-clone/.next/server/webpack-runtime.js:25:43)\n\n> Export encountered errors on following paths:\n        /favorites/page: /favorites\n        /page: /',
      'javascript',
      'ReferenceError',
    ],
    [
      '11:14:52 AM: Error occurred prerendering page "/menu". Read more: https://nextjs.org/docs/messages/prerender-error\n11:14:52 AM: ReferenceError: window is not defined\n11:14:52 AM:     at 27260 (.next/server/chunks/6322.js:1:86468)\n11:14:52 AM:     at Object.c [as require] (.next/server/webpack-runtime.js:1:128) {\n11:14:52 AM:   digest: \'4261433363\'\n11:14:52 AM: }\n11:14:52 AM: Export encountered an error on /menu/page: /menu, exiting the build.',
      'javascript',
      'ReferenceError',
    ],
    [
      'vite v4.3.3 building for production...\n\u2713 9 modules transformed.\n\u2713 built in 183ms\n[vite]: Rollup failed to resolve import "stores/auth" from "/Users/baskovsky/Sites/archive/src/router/index.ts".\nThis is most likely unintended because it can break your application at runtime.\nIf you do want to externalize this module explicitly add it to\n`build.rollupOptions.external`\nfile:///Users/baskovsky/Sites/archive/node_modules/vite/dist/node/chunks/dep-a178814b.js:46546\n                throw new Error(`[vite]: Rollup failed to resolve import "${exporter}" from "${id}".\\n` +\n                      ^\n\nError: [vite]: Rollup failed to resolve import "stores/auth" from "/Users/baskovsky/Sites/archive/src/router/index.ts".',
      'javascript',
      'Rollup failed to resolve import',
    ],
    [
      'Nuxt Build Error: [vite]: Rollup failed to resolve import "/Users/wobsoriano/tmp/vuetify-use-dialog/node_modules/.pnpm/vuetify@3.4.7_typescript@5.3.3_vite-plugin-vuetify@2.0.1_vue@3.3.12/node_modules/vuetify/lib/framework.mjs" from "/Users/tor/INVID_DEV/invid-next/node_modules/vuetify-use-dialog/dist/vuetify-use-dialog.js".',
      'javascript',
      'Rollup failed to resolve import',
    ],
    [
      'Error [ERR_REQUIRE_ASYNC_MODULE]: require() cannot be used on an ESM graph with top-level await. Use import() instead.',
      'javascript',
      'ERR_REQUIRE_ASYNC_MODULE',
    ],
    [
      " ERROR [ExceptionHandler] Error [ERR_REQUIRE_ASYNC_MODULE]: require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.\n  From /home/torre/Projects/steamplaytime-backend/dist/infrastructure/service/SteamUserFetcherService.js \n  Requiring /home/torre/Projects/steamplaytime-backend/node_modules/.pnpm/steamapi@3.1.2/node_modules/steamapi/dist/index.js \n    at ModuleLoader.importSyncForRequire (node:internal/modules/esm/loader:388:15)\n    at loadESMFromCJS (node:internal/modules/cjs/loader:1565:24) {\n  code: 'ERR_REQUIRE_ASYNC_MODULE'\n}",
      'javascript',
      'ERR_REQUIRE_ASYNC_MODULE',
    ],
    [
      'api-1        | PrismaClientInitializationError: Prisma Client could not locate the Query Engine for runtime "linux-arm64-openssl-3.0.x".\napi-1        |\napi-1        | This happened because Prisma Client was generated for "linux-arm64-openssl-1.1.x", but the actual deployment required "linux-arm64-openssl-3.0.x".\napi-1        | Add "linux-arm64-openssl-3.0.x" to `binaryTargets` in the "schema.prisma" file and run `prisma generate` after saving it:',
      'javascript',
      'PrismaClientInitializationError',
    ],
    [
      "node:internal/modules/cjs/loader:944\n  throw err;\n  ^\n\nError: Cannot find module 'ajv/dist/compile/codegen'\nRequire stack:",
      'javascript',
      'MODULE_NOT_FOUND',
    ],
    [
      "ERROR in ./node_modules/jws/lib/data-stream.js 4:11-26\nModule not found: Error: Can't resolve 'util' in 'C:\\Users\\dani_\\Workspaces\\Javascript\\making_with_ml\\discord_moderator\\node_modules\\jws\\lib'\n\nBREAKING CHANGE: webpack < 5 used to include polyfills for node.js core modules by default.\nThis is no longer the case. Verify if you need this module and configure a polyfill for it.",
      'javascript',
      'Module not found',
    ],
    [
      "Error: Cannot open /Users/liushaohua/Documents/DATA/IMTalk/node_modules/hello.node: Error: The module '/Users/liushaohua/Documents/DATA/IMTalk/node_modules/hello.node'\nwas compiled against a different Node.js version using\nNODE_MODULE_VERSION 57. This version of Node.js requires\nNODE_MODULE_VERSION 64. Please try re-compiling or re-installing\nthe module (for instance, using `npm rebuild` or `npm install`).\n    at Object.<anonymous> (/Users/liushaohua/Documents/DATA/IMTalk/dist/electron/main.js:24435:223)",
      'javascript',
      'ERR_DLOPEN_FAILED',
    ],
    [
      "node:internal/modules/package_json_reader:301\n  throw new ERR_MODULE_NOT_FOUND(packageName, fileURLToPath(base), null);\n        ^\n\nError [ERR_MODULE_NOT_FOUND]: Cannot find package 'tsx' imported from /home/sgroppy/\n    at Object.getPackageJSONURL (node:internal/modules/package_json_reader:301:9)\n    at packageResolve (node:internal/modules/esm/resolve:769:81)\n    at moduleResolve (node:internal/modules/esm/resolve:860:18) {\n  code: 'ERR_MODULE_NOT_FOUND'\n}",
      'javascript',
      'ERR_MODULE_NOT_FOUND',
    ],
    [
      "> @10up/wp-nextjs@0.2.0 start\n> next start\n\n- ready started server on 0.0.0.0:3000, url: http://localhost:3000\n[Error: ENOENT: no such file or directory, open '/Users/dustin/Development/personal/my-app/.next/prerender-manifest.json'] {\n  type: 'Error',\n  errno: -2,\n  code: 'ENOENT',\n  syscall: 'open',\n  path: '/Users/dustin/Development/personal/my-app/.next/prerender-manifest.json'\n}",
      'javascript',
      'ENOENT',
    ],
    [
      "Error: Cannot find module '/app/.next/server/pages-manifest.json'\nRequire stack:\n- /app/node_modules/next/dist/next-server/server/next-server.js\n- /app/node_modules/next/dist/server/next.js\n    at Function.Module._resolveFilename (internal/modules/cjs/loader.js:880:15)",
      'javascript',
      'MODULE_NOT_FOUND',
    ],
  ])('still answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});

describe('the round-5 JavaScript pass names what the message is about', () => {
  it('adds the runtime Prisma is missing to binaryTargets', () => {
    expect(
      fixText(
        'api-1        | PrismaClientInitializationError: Prisma Client could not locate the Query Engine for runtime "linux-arm64-openssl-3.0.x".\napi-1        |\napi-1        | This happened because Prisma Client was generated for "linux-arm64-openssl-1.1.x", but the actual deployment required "linux-arm64-openssl-3.0.x".\napi-1        | Add "linux-arm64-openssl-3.0.x" to `binaryTargets` in the "schema.prisma" file and run `prisma generate` after saving it:',
      ),
    ).toContain('"linux-arm64-openssl-3.0.x"');
  });

  it('maps the bare specifier Deno refused', () => {
    expect(
      fixText(
        'error: Relative import path "preact" not prefixed with / or ./ or ../\n    at https://deno.land/x/fresh@1.4.0/src/server/mod.ts:2:35',
      ),
    ).toContain('deno add npm:preact');
  });
});
