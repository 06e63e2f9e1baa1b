import type { ErrorPattern } from '../rules/error-pattern';
import { fix, ref } from './answer-parts';

/**
 * JavaScript and TypeScript catalog pass (round 2): messages developers paste that the first files left
 * unanswered or gave to another language. Each type follows test/fixtures/errors/README.md: the class
 * thrown (ChunkLoadError, Deno's NotFound), else the tool's own phrase (Vite's "Failed to parse source for
 * import analysis", the browser's "Failed to load module script", Next.js' prerender failure).
 */

const DENO_CLASSES =
  'NotFound|AlreadyExists|PermissionDenied|ConnectionRefused|ConnectionReset|ConnectionAborted|AddrInUse|AddrNotAvailable|BrokenPipe|NotConnected|TimedOut|Interrupted|InvalidData|UnexpectedEof|WriteZero|BadResource|Busy|NotSupported|IsADirectory|NotADirectory|FilesystemLoop';

export const JAVASCRIPT_CATALOG_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'javascript.vite-import-analysis',
    language: 'javascript',
    // Vite's vite:import-analysis plugin could not parse a module as JavaScript (JSX in a .js file, a .vue
    // file without its plugin, an HTML or asset file imported as code).
    match: /Failed to parse source for import analysis because the content contains invalid JS syntax\.(?<hint>[^\n]{0,300})/,
    errorType: 'Failed to parse source for import analysis',
    category: 'build',
    priority: 3,
    summary: 'Vite could not parse an imported file as JavaScript while analysing its imports.',
    explanation:
      "Before serving a module, Vite parses it to rewrite its imports. The file it names is not plain JavaScript to Vite: JSX in a file ending in .js, a .vue or .svelte file without the framework's Vite plugin, or an HTML, text or asset file imported as if it were code. The sentence after the message says which case Vite suspects.",
    causes: [
      'JSX in a .js file (Vite parses JSX only in .jsx and .tsx files)',
      "A .vue, .svelte or other framework file without the framework's plugin in vite.config",
      'An asset or HTML file imported as a module without ?raw, ?url or an assetsInclude entry',
    ],
    fixes: [
      fix('Rename files that contain JSX to .jsx or .tsx', ['Vite and esbuild treat .js as plain JavaScript; JSX needs the .jsx/.tsx extension (or an esbuild loader option).']),
      fix("Add the framework's Vite plugin", ['Install and register the plugin for the file type in the message.'], "import vue from '@vitejs/plugin-vue';\nexport default defineConfig({ plugins: [vue()] });"),
      fix('Import assets as assets', ["Append ?raw or ?url to the import, or list the extension in assetsInclude."], "import template from './template.html?raw';"),
    ],
    references: [ref('Vite: Features (JSX, static assets)', 'https://vitejs.dev/guide/features.html')],
    samples: [
      '8:27:51 AM [vite] Internal server error: Failed to parse source for import analysis because the content contains invalid JS syntax. If you are using JSX, make sure to name the file with the .jsx or .tsx extension.',
    ],
  },
  {
    id: 'javascript.angular-unexpected-value',
    language: 'javascript',
    // Angular's compiler (View Engine) rejecting an NgModule's declarations/imports entry; "Uncaught Error:"
    // in front made it look like PHP's uncaught Error.
    match: /Unexpected (?:value|module) '(?<value>[^'\n]{1,120})' (?<how>declared|imported|exported) by the module '(?<module>[^'\n]{1,120})'/,
    errorType: 'Unexpected value',
    category: 'configuration',
    priority: 8,
    summary: (c) => `Angular found '${c.value}' ${c.how} by ${c.module}, but it is not a component, directive, pipe or module it can use there.`,
    explanation:
      'An NgModule lists something Angular does not recognise in its declarations, imports or exports: a class without its @Component/@Directive/@Pipe/@NgModule decorator, a module put in declarations, a component put in imports, or a class imported from the wrong file (often an undefined import caused by a circular import).',
    causes: [
      'A class in declarations without a @Component, @Directive or @Pipe decorator (or a module listed there)',
      'A component or service listed in imports instead of declarations or providers',
      'A wrong import path or a circular import, so the value is undefined at decoration time',
    ],
    fixes: (c) => [
      fix(
        `Put ${c.value} in the right array of ${c.module}`,
        ['Components, directives and pipes go in declarations; NgModules in imports; services in providers.'],
        `@NgModule({\n  declarations: [${c.value}],\n  imports: [CommonModule],\n})\nexport class ${c.module} {}`,
      ),
      fix(`Check ${c.value}'s decorator and import`, ['Make sure the class has its Angular decorator and is imported from the file that defines it.']),
    ],
    references: [ref('Angular: NgModules', 'https://angular.io/guide/ngmodules')],
    samples: ["Uncaught Error: Unexpected value 'NotFoundComponent' declared by the module 'AppModule'. Please add a @Pipe/@Directive/@Component annotation."],
  },
  {
    id: 'javascript.angular-expression-changed',
    language: 'javascript',
    // Angular 9+ throws it as RuntimeError with code NG0100; the class named in the message is the label.
    match: /(?:NG0100: )?ExpressionChangedAfterItHasBeenCheckedError: Expression has changed after it was checked/,
    errorType: 'ExpressionChangedAfterItHasBeenCheckedError',
    category: 'runtime',
    priority: 3,
    summary: 'A template binding changed value during the same change-detection pass that had already checked it.',
    explanation:
      'In development mode Angular checks every binding a second time after change detection. When a value differs (a getter returning a new value each call, a child or a lifecycle hook such as ngAfterViewInit changing a parent property), Angular throws this error to show the view would be inconsistent.',
    causes: [
      'ngAfterViewInit or ngAfterContentInit changing a property bound in the template',
      'A getter or method in the template that returns a different value (a new object, Date.now()) each call',
      'A child component or service changing a parent binding during change detection',
    ],
    fixes: [
      fix('Move the change earlier', ['Set the value in ngOnInit or the constructor, before the view is checked.']),
      fix('Defer the change, or trigger detection explicitly', ['Schedule the update (Promise.resolve().then, setTimeout) or call ChangeDetectorRef.detectChanges() after it.'], 'ngAfterViewInit() {\n  Promise.resolve().then(() => (this.loading = false));\n}'),
    ],
    references: [ref('Angular: NG0100 Expression Changed After Checked', 'https://angular.dev/errors/NG0100')],
    samples: ["ERROR RuntimeError: NG0100: ExpressionChangedAfterItHasBeenCheckedError: Expression has changed after it was checked. Previous value: 'false'. Current value: 'true'."],
  },
  {
    id: 'javascript.react-native-not-registered',
    language: 'javascript',
    match: /Invariant Violation: ?(?:"(?<app>[^"\n]{0,100})"|Application (?<app2>[\w$.-]{1,100})) has not been registered/,
    errorType: 'Invariant Violation',
    category: 'configuration',
    priority: 4,
    summary: (c) => `React Native found no component registered under the name "${c.app ?? c.app2 ?? ''}" when the app started.`,
    explanation:
      'The native side asks AppRegistry for a component by name, and nothing registered it: the name in index.js differs from the native project (app.json name, MainActivity getMainComponentName, AppDelegate moduleName), Metro serves another project, or an error while loading the JavaScript bundle stopped AppRegistry.registerComponent from running; that earlier error, printed above this one, is then the one to fix.',
    causes: [
      'An earlier JavaScript error while loading the bundle (the first red error above this one)',
      'Metro started from another folder, serving another project',
      "The registered name differs from the native project's component name",
    ],
    fixes: [
      fix('Fix the first error in the log', ['Scroll up: an exception thrown while the bundle loaded prevents registration.']),
      fix('Restart Metro from the project and clear its cache', [], 'npx react-native start --reset-cache\n# Expo: npx expo start -c'),
      fix('Use one name on both sides', ['The name given to AppRegistry.registerComponent must equal the native component name (app.json "name").'], "AppRegistry.registerComponent(appName, () => App);"),
    ],
    references: [ref('React Native: AppRegistry', 'https://reactnative.dev/docs/appregistry')],
    samples: [
      'Invariant Violation: "main" has not been registered. This can happen if:\n* Metro (the local dev server) is run from the wrong folder. Check if Metro is running, stop it and restart it in the current project.\n* A module failed to load due to an error and `AppRegistry.registerComponent` wasn\'t called.',
    ],
  },
  {
    id: 'typescript.deno-os-error',
    language: 'typescript',
    // Deno throws Deno.errors.* classes for OS errors, named without "Error" (so no generic pattern sees
    // them) and ending with Rust's "(os error N)"; PHP's "Uncaught X" pattern claimed them before.
    match: new RegExp(String.raw`Uncaught (?:\(in promise\) )?(?<cls>${DENO_CLASSES})(?:: (?<message>[^\n]{0,300}?) ?| )\(os error (?<errno>\d{1,5})\)`),
    errorType: (c) => c.cls ?? 'NotFound',
    category: 'io',
    priority: 7,
    summary: (c) => `Deno raised ${c.cls}: the operating system refused the operation (os error ${c.errno}).`,
    explanation: (c) =>
      `Deno turns operating-system errors into classes of Deno.errors; ${c.cls} is the one it threw, and "(os error ${c.errno})" is the system's own error number. Deno's message often omits the path or command, so the first frame of your own code shows which file, directory or program was meant.`,
    causes: [
      'A relative path resolved against the working directory (Deno.cwd()) rather than the script\'s folder',
      'A program passed to Deno.run or Deno.Command that is not on PATH (or a cwd that does not exist)',
      'A file or directory that really is missing, or already exists, or is busy',
    ],
    fixes: (c) => [
      fix('Resolve paths from the module, not the working directory', ['Build paths with new URL(..., import.meta.url) or log Deno.cwd() to see where relative paths point.'], "const path = new URL('./data/config.json', import.meta.url);\nconst text = await Deno.readTextFile(path);"),
      fix(`Catch ${c.cls} where it can happen`, [], `try {\n  await Deno.stat(path);\n} catch (err) {\n  if (err instanceof Deno.errors.${c.cls}) {\n    // create it or report a clear message\n  } else throw err;\n}`),
    ],
    references: [ref('Deno API: Deno.errors', 'https://docs.deno.com/api/deno/~/Deno.errors')],
    samples: ['error: Uncaught NotFound: No such file or directory (os error 2)\n    at unwrapResponse ($deno$/ops/dispatch_json.ts:43:11)'],
  },
  {
    id: 'javascript.ofetch-fetch-error',
    language: 'javascript',
    // ofetch (Nuxt's $fetch) reports a failed request as "[METHOD] "url": <status or <no response>> message".
    match: /(?:FetchError: )?\[(?<method>GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\] "(?<url>[^"\n]{1,500})": (?:<no response>(?<cause>[^\n]{0,200})|(?<status>[1-5]\d\d)(?<statusText>[^\n]{0,120}))/,
    errorType: 'FetchError',
    category: 'network',
    priority: 3,
    summary: (c) =>
      c.status ? `The ${c.method} request to ${c.url} answered HTTP ${c.status}.` : `The ${c.method} request to ${c.url} got no response.`,
    explanation: (c) =>
      c.status
        ? `ofetch ($fetch in Nuxt) throws FetchError when a response has an error status. The server answered ${c.status}; its response body (error.data) usually says why.`
        : 'ofetch ($fetch in Nuxt) throws FetchError when a request fails before any response: the server is not running or not reachable from where the code runs (during SSR that is the Nuxt server, not the browser), DNS or TLS failed, or the Node.js version lacks a working fetch.',
    causes: [
      'The API server is not running, or listens on another host or port than the URL',
      'During server-side rendering, localhost or a relative URL means the Nuxt server itself',
      'An error status from the API (its body explains it)',
    ],
    fixes: (c) => [
      fix(
        'Check the URL from where the request runs',
        ["Request it with curl on the machine that runs the code; during SSR use the API's internal address, not the browser's."],
        `curl -i -X ${c.method} "${c.url}"`,
      ),
      fix('Handle the error where you fetch', [], `try {\n  await $fetch('${c.url}', { method: '${c.method}' });\n} catch (err) {\n  console.error(err.statusCode, err.data);\n}`),
    ],
    references: [ref('ofetch: Handling errors', 'https://github.com/unjs/ofetch#%EF%B8%8F-handling-errors')],
    samples: ['[nuxt] [request error] [unhandled] [500] [GET] "http://localhost:8000/api/user": <no response> fetch failed'],
  },
  {
    id: 'javascript.vscode-uncaught',
    language: 'javascript',
    // VS Code's JavaScript debugger prints an uncaught exception as "Uncaught Error Error: message" (the
    // class, then the stack's first line); PHP's "Uncaught Error" pattern claimed it before.
    match: /(?:^|\n)Uncaught (?<cls>[A-Z][\w$]{0,60}) \k<cls>: (?<message>[^\n]{1,300})/,
    errorType: (c) => c.cls ?? 'Error',
    category: 'runtime',
    priority: 6,
    summary: (c) => `The program threw ${c.cls}: ${c.message}`,
    explanation: (c) =>
      `The JavaScript debugger stopped on an exception nothing caught: ${c.cls} with the message "${c.message}". The frames under it lead from the throw to your code; the first frame outside node_modules is where to look.`,
    causes: ['An exception thrown and not caught, reported by the debugger', 'A rejected promise or a failing build step the program did not handle'],
    fixes: (c) => [
      fix(`Find where the ${c.cls} is thrown`, ['Follow the stack from the top to the first file of your project and handle or fix the failing call there.']),
    ],
    references: [ref('VS Code: Node.js debugging', 'https://code.visualstudio.com/docs/nodejs/nodejs-debugging')],
    samples: ['Uncaught Error Error: Nuxt build error\n    at compile (c:\\Users\\dev\\nest-nuxt\\node_modules\\@nuxt\\webpack-builder-edge\\dist\\index.mjs:1038:19)'],
  },
  {
    id: 'javascript.chunk-load-error',
    language: 'javascript',
    match: /ChunkLoadError: (?:\[UNCAUGHT\] )?Loading (?:CSS )?chunk (?<chunk>[\w./@-]{1,120}) failed/,
    errorType: 'ChunkLoadError',
    category: 'network',
    priority: 4,
    summary: (c) => `The browser could not load webpack chunk ${c.chunk}.`,
    explanation:
      'Code split with import() is fetched as a separate file when first needed. The request failed, timed out or returned something else than the chunk: most often a deployment replaced the hashed files while the page still ran the old build, or a CDN, proxy or publicPath serves the chunk from a wrong URL.',
    causes: [
      'A new deployment removed the chunk files the open page still refers to',
      'A wrong publicPath or base URL, so the chunk URL points elsewhere',
      'A network failure, a blocker, or a timeout while fetching the chunk',
    ],
    fixes: [
      fix('Keep old chunks available across deployments', ['Keep the previous build\'s assets for a while, or reload the page when a ChunkLoadError occurs.'], "window.addEventListener('error', (e) => {\n  if (/Loading chunk .* failed/.test(e.message)) window.location.reload();\n});"),
      fix('Check the chunk URL', ['Open the URL in the message; if it is wrong, fix output.publicPath (or the framework\'s basePath/assetPrefix).']),
    ],
    references: [ref('webpack: Lazy loading', 'https://webpack.js.org/guides/lazy-loading/')],
    samples: ['Uncaught ChunkLoadError: Loading chunk 8495 failed. (error: https://example.app/8495.756ce3799144a392.js)'],
  },
  {
    id: 'javascript.module-script-mime',
    language: 'javascript',
    // The browser's console when a <script type="module"> or import() gets a non-JavaScript response.
    match: /Failed to load module script: (?:Expected a JavaScript module script but the server responded with a MIME type of|The server responded with a non-JavaScript MIME type of) "(?<mime>[^"\n]{0,80})"/,
    errorType: 'Failed to load module script',
    category: 'configuration',
    priority: 3,
    summary: (c) => `The browser expected a JavaScript module but the server sent "${c.mime}".`,
    explanation: (c) =>
      c.mime === 'text/html'
        ? 'A module script URL returned an HTML page: usually the single-page app fallback (index.html) served for a file that does not exist, because the build was deployed under another base path or the asset is missing.'
        : 'Browsers enforce the MIME type for module scripts: the server sent the .js file with a type that is not JavaScript, so its configuration lacks the right Content-Type for .js or .mjs.',
    causes: [
      'The app deployed under a sub-path while built for / (Vite base, publicPath), so asset URLs hit the index.html fallback',
      'A missing or stale asset file after a deployment',
      'A web server without application/javascript (text/javascript) for .js or .mjs files',
    ],
    fixes: [
      fix('Build for the path the app is served from', ['Set Vite\'s base (or webpack\'s publicPath) to the deployment path and rebuild.'], "export default defineConfig({ base: '/my-app/' });"),
      fix('Serve .js and .mjs as JavaScript', ['Add the MIME type in the server configuration (nginx: include mime.types).'], 'types { application/javascript js mjs; }'),
    ],
    references: [ref('MDN: JavaScript modules (MIME types)', 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Modules')],
    samples: ['Failed to load module script: Expected a JavaScript module script but the server responded with a MIME type of "text/html". Strict MIME type checking is enforced for module scripts per HTML spec.'],
  },
  {
    id: 'javascript.next-prerender-error',
    language: 'javascript',
    // next build / next export: the page's own error is printed above it and is the better answer, so this
    // matches below every class pattern.
    match: /(?<prerender>Error occurred prerendering page "(?<page>[^"\n]{1,200})")|Export encountered errors on (?:the )?following paths/,
    errorType: (c) => (c.prerender ? 'Error occurred prerendering page' : 'Export encountered errors'),
    category: 'build',
    priority: -6,
    summary: (c) => (c.page ? `next build failed while prerendering the page ${c.page}.` : 'next build failed to prerender the pages it lists.'),
    explanation:
      'At build time Next.js renders static pages (and runs getStaticProps/generateStaticParams). A page threw while rendering, so the export stopped. The error printed under "Error occurred prerendering page" for each path is the real cause: often data fetched from a server not reachable at build time, or code that needs the browser (window, document).',
    causes: [
      'A fetch during the build to an API that is not reachable from the build machine',
      'Code touching window, document or localStorage while rendering on the server',
      'A page that reads data that is undefined at build time',
    ],
    fixes: [
      fix('Fix the error printed for the first failing page', ['Scroll up to "Error occurred prerendering page" and read the error and stack under it.']),
      fix('Render the page dynamically when it needs request-time data', [], "export const dynamic = 'force-dynamic';"),
    ],
    references: [ref('Next.js: Prerender error', 'https://nextjs.org/docs/messages/prerender-error')],
    samples: ['> Build error occurred\nError: Export encountered errors on following paths:\n        /'],
  },
  {
    id: 'javascript.bun-cli-error',
    language: 'javascript',
    // bun's own errors: a Zig error name on its own line, or its script runner's and resolver's messages.
    match: /^error: (?:(?<zig>MissingPackageJSON)\b|(?<script>Script not found) "(?<name>[^"\n]{1,200})"|(?<pkgMsg>Cannot find package) '(?<what>[^'\n]{1,300})' from '[^'\n]{1,500}')/m,
    errorType: (c) => c.zig ?? c.script ?? c.pkgMsg ?? 'bun error',
    category: 'dependency',
    priority: 3,
    summary: (c) =>
      c.zig
        ? 'bun found no package.json in this directory or above it.'
        : c.script
          ? `bun found no script, binary or file named "${c.name}".`
          : `bun could not resolve the package '${c.what}'.`,
    explanation: (c) =>
      c.zig
        ? 'bun install and bun run need a package.json: the command ran in a folder that has none (or bun could not read it, e.g. a JSON syntax error).'
        : c.script
          ? 'bun run (and bunx when it mistakes itself for bun) looks for a package.json script, then a binary in node_modules/.bin, then a file of that name; none exists.'
          : "bun's resolver found no installed package of that name from the importing file: it is not in package.json, not installed, or installed incompletely.",
    causes: ['A command run in the wrong directory', 'A dependency missing from package.json or node_modules', 'A typo in the script or package name'],
    fixes: (c) => [
      fix('Run from the project root and install', [], 'cd path/to/project\nbun install'),
      c.name
        ? fix(`Add a "${c.name}" script or use bun x`, ['Add the script to package.json "scripts", or run a package\'s CLI with bun x.'], `bun x ${c.name}`)
        : fix('Add the missing package', ['bun add the package the import names, then run the command again.'], `bun add ${c.what ?? '<package>'}`),
    ],
    references: [ref('Bun: bun run', 'https://bun.sh/docs/cli/run')],
    samples: ['❯ bun install\n\nerror: MissingPackageJSON\nbun could not find a package.json file.'],
  },
];
