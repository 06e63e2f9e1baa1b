/**
 * JavaScript and TypeScript catalog pass (round 2): errors pasted from Vite, Angular, React Native, Deno,
 * Nuxt, webpack's chunk loading, the browser console, next build, Mocha and bun that the engine left
 * unanswered or gave to another language (PHP's "Uncaught Error", Python's "File … line"), with guard rows
 * keeping the neighbours' answers. Pure: the rules engine alone.
 */
import { answer, expectRecognised, fixText } from './support/recognised';

describe('JavaScript catalog (round 2): new patterns', () => {
  it.each([
    // Vite's import analysis
    [
      '8:27:51 AM [vite] Internal server error: Failed to parse source for import analysis because the content contains invalid JS syntax. You may need to install appropriate plugins to handle the .html?v=465a4ca9 file format, or if it\'s an asset, add "**/*.html?v=465a4ca9" to `assetsInclude` in your configuration.',
      'javascript',
      'Failed to parse source for import analysis',
    ],
    [
      '[vite] Internal server error: Failed to parse source for import analysis because the content contains invalid JS syntax. Install @vitejs/plugin-vue to handle .vue files.',
      'javascript',
      'Failed to parse source for import analysis',
    ],
    [
      'error: Failed to parse source for import analysis because the content contains invalid JS syntax. If you are using JSX, make sure to name the file with the .jsx or .tsx extension.\n    at formatError (./node_modules/vite/dist/node/chunks/dep-c9998dc6.js:39080:46)\n    at TransformContext.error (./node_modules/vite/dist/node/chunks/dep-c9998dc6.js:39076:19)',
      'javascript',
      'Failed to parse source for import analysis',
    ],
    // Angular
    [
      "Uncaught Error: Unexpected value 'NotFoundComponent' declared by the module 'AppModule'. Please add a @Pipe/@Directive/@Component annotation.",
      'javascript',
      'Unexpected value',
    ],
    [
      "Error: Unexpected value 'HttpClient' imported by the module 'AppModule'. Please add a @NgModule annotation.",
      'javascript',
      'Unexpected value',
    ],
    [
      "ERROR RuntimeError: NG0100: ExpressionChangedAfterItHasBeenCheckedError: Expression has changed after it was checked. Previous value: 'false'. Current value: 'true'. Expression location: InstructorHelpStudentsSectionComponent component. Find more at https://v20.angular.dev/errors/NG0100\n    at throwErrorIfNoChangesMode (debug_node.mjs:6439:11)\n    at bindingUpdated (debug_node.mjs:14117:17)",
      'javascript',
      'ExpressionChangedAfterItHasBeenCheckedError',
    ],
    [
      "ERROR Error: ExpressionChangedAfterItHasBeenCheckedError: Expression has changed after it was checked. Previous value: 'undefined'. Current value: 'Industrial Park'.",
      'javascript',
      'ExpressionChangedAfterItHasBeenCheckedError',
    ],
    // React Native
    [
      'Invariant Violation: "main" has not been registered. This can happen if:\n* Metro (the local dev server) is run from the wrong folder. Check if Metro is running, stop it and restart it in the current project.\n* A module failed to load due to an error and `AppRegistry.registerComponent` wasn\'t called., js engine: hermes',
      'javascript',
      'Invariant Violation',
    ],
    [
      'Invariant Violation: "main" has not been registered. This can happen if:\n* A module failed to load due to an error and `AppRegistry.registerComponent` wasn\'t called.\nat node_modules/react-native/Libraries/Core/ExceptionsManager.js:104:6 in reportException\nat node_modules/react-native/Libraries/Core/ExceptionsManager.js:172:19 in handleException',
      'javascript',
      'Invariant Violation',
    ],
    ['Invariant Violation:Application RCTZhiHuDaily has not been registered', 'javascript', 'Invariant Violation'],
    // Deno's OS errors
    [
      'error: Uncaught NotFound: No such file or directory (os error 2)\n    at unwrapResponse ($deno$/ops/dispatch_json.ts:43:11)\n    at Object.sendAsync ($deno$/ops/dispatch_json.ts:98:10)\n    at async Object.open ($deno$/files.ts:37:15)',
      'typescript',
      'NotFound',
    ],
    [
      'Uncaught (in promise) NotFound: No such file or directory (os error 2)\n    return Deno.run(options);\n                ^\n    at Object.opSync (deno:core/01_core.js:142:12)\n    at opRun (deno:runtime/js/40_process.js:27:17)',
      'typescript',
      'NotFound',
    ],
    [
      '$ deno run -A main.ts\n> some_command\nerror: Uncaught (in promise) NotFound: Failed to spawn: ...: No such file or directory (os error 2)\n  }).spawn();\n     ^\n    at spawnChildInner (ext:runtime/40_process.js:162:17)',
      'typescript',
      'NotFound',
    ],
    ["[fs] Uncaught (in promise) NotFound (os error 2), stat '..\\plugin'", 'typescript', 'NotFound'],
    [
      'error: Uncaught (in promise) AddrInUse: Address already in use (os error 98)\n    at Object.listen (ext:deno_net/01_net.js:504:35)',
      'typescript',
      'AddrInUse',
    ],
    // ofetch (Nuxt's $fetch)
    ['[nuxt] [request error] [unhandled] [500] [GET] "http://localhost:8000/api/user": <no response> fetch failed', 'javascript', 'FetchError'],
    ['FetchError: [POST] "https://api.example.com/login": 401 Unauthorized', 'javascript', 'FetchError'],
    // VS Code's debugger
    [
      'Uncaught Error Error: Nuxt build error\n    at compile (c:\\Users\\hardik\\Documents\\GitHub\\nest-nuxt\\node_modules\\@nuxt\\webpack-builder-edge\\dist\\index.mjs:1038:19)\n    at processTicksAndRejections (node:internal/process/task_queues:96:5)',
      'javascript',
      'Error',
    ],
    [
      'Uncaught TypeError TypeError: Cannot convert undefined or null to object\n    at Function.keys (<anonymous>)\n    at main (c:\\app\\index.js:4:10)',
      'javascript',
      'TypeError',
    ],
    // webpack's chunk loading
    [
      'ChunkLoadError: Loading chunk SimpleMainIndex failed.\n(timeout: https://s.thsi.cn/cd/website-basic-base-container/dist/js/SimpleMainIndex.a6c169c4.js)',
      'javascript',
      'ChunkLoadError',
    ],
    [
      'ChunkLoadError: Loading chunk 1 failed.\n(error: https://packs/js/1-595e02460f92bb29b798.chunk.js)\n  File "webpack:///webpack/bootstrap", line 105, in [anonymous]\n     \t\t\t\tvar error = new Error();\n  File "[native code]", line unknown, in map',
      'javascript',
      'ChunkLoadError',
    ],
    // the browser's module scripts
    [
      'Failed to load module script: Expected a JavaScript module script but the server responded with a MIME type of "text/html". Strict MIME type checking is enforced for module scripts per HTML spec.',
      'javascript',
      'Failed to load module script',
    ],
    [
      '/2022/ar/mind-ar-js-1.2.3/src/ui/scanning.html?raw:1 Failed to load module script: Expected a JavaScript module script but the server responded with a MIME type of "text/html". Strict MIME type checking is enforced for module scripts per HTML spec.',
      'javascript',
      'Failed to load module script',
    ],
    [
      'Failed to load module script: The server responded with a non-JavaScript MIME type of "text/plain". Strict MIME type checking is enforced for module scripts per HTML spec.',
      'javascript',
      'Failed to load module script',
    ],
    // next build
    ['> Build error occurred\nError: Export encountered errors on following paths:\n        /', 'javascript', 'Export encountered errors'],
    [
      '[13:13:07.541]     at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n[13:13:08.030] > Export encountered errors on following paths:\n[13:13:08.030] \t/\n[13:13:08.030] \t/about\n[13:13:08.094] error Command failed with exit code 1.\n[13:13:08.118] Error: Command "yarn run build" exited with 1',
      'javascript',
      'Export encountered errors',
    ],
    [
      'Error occurred prerendering page "/500". Read more: https://nextjs.org/docs/messages/prerender-error\nError: Error for page /_error: pages with `getServerSideProps` can not be exported. See more info here: https://nextjs.org/docs/messages/gssp-export',
      'javascript',
      'Error occurred prerendering page',
    ],
    // bun
    ['❯ bun install\n\nerror: MissingPackageJSON\nbun could not find a package.json file.', 'javascript', 'MissingPackageJSON'],
    ['❯ bunx jsr add @ryoppippi/unplugin-typia\nerror: Script not found "jsr"', 'javascript', 'Script not found'],
    [
      "$ bun src/entrypoints/dev-cli.tsx\nerror: Cannot find package 'bundle' from '\\claude-code-source\\src\\utils\\slowOperations.ts'\n\nBun v1.2.18 (Windows x64)\nerror: script \"start\" exited with code 1",
      'javascript',
      'Cannot find package',
    ],
  ])('%s', (text, language, type) => expectRecognised(text, language, type));
});

describe('JavaScript catalog (round 2): widened patterns', () => {
  it.each([
    // Deno prints Node's code in brackets after the class and a colon
    [
      "[TypeError: [ERR_PACKAGE_PATH_NOT_EXPORTED] Package subpath './utils' is not defined by \"exports\" in '//node_modules/.deno/@base-ui-components+react@1.0.0-beta.2_1/node_modules/@base-ui-components/react/package.json' imported from 'file:////build/entries/command.js'] {\n  code: \"ERR_MODULE_NOT_FOUND\"\n}",
      'javascript',
      'ERR_PACKAGE_PATH_NOT_EXPORTED',
    ],
    // Nuxt's request error with its status
    ["[nuxt] [request error] [unhandled] [500] Cannot read properties of undefined (reading 'install')", 'javascript', 'TypeError'],
    // Mocha before v4's wording
    ['Error: timeout of 2000ms exceeded. Ensure the done() callback is being called in this test.', 'javascript', 'Error'],
  ])('%s', (text, language, type) => expectRecognised(text, language, type));
});

describe('JavaScript catalog (round 2): neighbours keep their answers', () => {
  it.each([
    [
      'PHP Fatal error:  Uncaught Error: Call to undefined function mysql_connect() in /var/www/html/db.php:3\nStack trace:\n#0 {main}\n  thrown in /var/www/html/db.php on line 3',
      'php',
    ],
    ['PHP Fatal error:  Uncaught Exception: boom in /var/www/index.php:5', 'php'],
    [
      "thread 'main' panicked at 'called `Result::unwrap()` on an `Err` value: Os { code: 2, kind: NotFound, message: \"No such file or directory\" }', src/main.rs:4:37",
      'rust',
    ],
  ])('%s stays %s', (text, language) => expect(answer(text).language).toBe(language));

  it.each([
    [
      'error: Uncaught (in promise) PermissionDenied: Requires read access to "./data.json", run again with the --allow-read flag\n    at async Object.readTextFile (ext:deno_fs/30_fs.js:754:20)',
      'typescript',
      'PermissionDenied',
    ],
    [
      "Error [ERR_PACKAGE_PATH_NOT_EXPORTED]: Package subpath './lib/tokenize' is not defined by \"exports\" in /app/node_modules/postcss/package.json\n    at new NodeError (node:internal/errors:372:5) {\n  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED'\n}",
      'javascript',
      'ERR_PACKAGE_PATH_NOT_EXPORTED',
    ],
    ["[nuxt] [request error] Cannot read properties of null (reading 'slice')\n  at _sfc_ssrRender", 'javascript', 'TypeError'],
    [
      '    Error occurred prerendering page "/dev/responsive". Read more: https://err.sh/next.js/prerender-error\n    TypeError: Cannot read property \'username\' of undefined\n        at.next\\server\\pages\\dev\\responsive.js:1258:23\n\n    > Build error occurred\n    Error: Export encountered errors on following paths:\n            /dev/responsive',
      'javascript',
      'TypeError',
    ],
    [
      '  ● Test › waits\n\n    thrown: "Exceeded timeout of 5000 ms for a test.\n    Add a timeout value to this test to increase the timeout, if this is a long-running test."',
      'javascript',
      'Exceeded timeout',
    ],
    [
      "Error: Cannot find package 'express' imported from /app/src/index.js\n    at new NodeError (node:internal/errors:405:5) {\n  code: 'ERR_MODULE_NOT_FOUND'\n}",
      'javascript',
      'ERR_MODULE_NOT_FOUND',
    ],
    [
      '11:26:29 PM [vite] Internal server error: Failed to resolve import "js-md5" from "src/main.ts". Does the file exist?',
      'javascript',
      'Failed to resolve import',
    ],
    ['error: ConnectionRefused downloading package manifest react', 'javascript', 'ConnectionRefused'],
    ["Uncaught TypeError: Cannot read properties of undefined (reading 'map')\n    at App (App.jsx:12:20)", 'javascript', 'TypeError'],
  ])('%s', (text, language, type) => expectRecognised(text, language, type));
});

describe('JavaScript catalog (round 2): the answers name what the error gave', () => {
  it('names the Angular module and value', () => {
    expect(answer("Uncaught Error: Unexpected value 'NotFoundComponent' declared by the module 'AppModule'.").summary).toContain(
      'NotFoundComponent',
    );
  });
  it('shows Deno code that resolves paths from the module', () => {
    expect(fixText('error: Uncaught NotFound: No such file or directory (os error 2)')).toContain('import.meta.url');
  });
  it('tells Vite users to rename JSX files', () => {
    expect(
      fixText('[vite] Internal server error: Failed to parse source for import analysis because the content contains invalid JS syntax.'),
    ).toContain('.jsx');
  });
  it('shows the base path fix for a module script served as HTML', () => {
    expect(
      fixText('Failed to load module script: Expected a JavaScript module script but the server responded with a MIME type of "text/html".'),
    ).toContain('base');
  });
  it('names the failed request of an ofetch error', () => {
    expect(answer('[GET] "http://localhost:8000/api/user": <no response> fetch failed').summary).toContain('http://localhost:8000/api/user');
  });
});
