import type { ErrorPattern } from '../rules/error-pattern';
import { fix, ref } from './answer-parts';

/**
 * JavaScript and TypeScript catalog pass (round 7): output pasted from dev servers, test runners and browser
 * consoles that the engine left unanswered or answered with its wrapper: V8's messages printed without their
 * class by Vite's dev server, Nuxt's consola logger and Nitro's request errors, Vue's runtime warnings, Playwright's
 * missing browser, Cypress' baseUrl check, and next build's own page type checks. The type follows
 * test/fixtures/errors/README.md: the class V8 gives the message (TypeError, ReferenceError), else the tool's phrase.
 */

/** A JavaScript stack frame under the message: a script or module location, an anonymous frame or Node's internals. */
const JS_FRAME = String.raw`\n[ \t]{0,12}at [^\n]{0,300}?(?:\.[cm]?[jt]sx?:\d|<anonymous>|node:internal|internal/)`;

/** V8's TypeError and ReferenceError messages; `ref` marks a ReferenceError. */
const V8_MESSAGE = String.raw`(?:(?<ref>Cannot access '(?<binding>[^'\n]{1,100})' before initialization|(?<undef>[\w$.]{1,100}) is not defined\b)|(?<callee>[^\n]{1,150}?) is not (?:a function|iterable|a constructor)\b|Cannot (?:read|set) propert(?:y|ies) [^\n]{1,200}|Cannot destructure property [^\n]{1,200})`;

/** The same messages without named groups, for the lookahead that requires a tool prefix or a frame. */
const V8_PLAIN = V8_MESSAGE.replace(/\(\?<\w+>/g, '(?:');

/** Tool prefixes that print only the message of the error they caught. */
const TOOL_PREFIX = String.raw`(?:\[vite\] Internal server error: |\[nuxt\] \[request error\] (?:\[unhandled\] )?(?:\[\d{3}\] )?|ERROR {1,2})`;

export const JAVASCRIPT_CATALOG3_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'javascript.classless-v8-message',
    language: 'javascript',
    // Vite's "[vite] Internal server error: x is not a function", Nuxt 2's consola " ERROR  i is not a function",
    // Nitro's "[nuxt] [request error] [unhandled] [500] Cannot access 'x' before initialization", or the bare
    // message at a line's start above JavaScript frames: the message without "TypeError:" or "ReferenceError:".
    // A line naming another class (a "SomethingError: ") is left to the patterns for it.
    match: new RegExp(
      String.raw`(?:^|\n)[ \t]{0,12}(?:[\d:]{5,8}(?: [AP]M)? )?(?![^\n]{0,80}?\b[A-Z]\w{0,60}(?:Error|Exception): )(?=${TOOL_PREFIX}|${V8_PLAIN}[^\n]{0,200}${JS_FRAME})(?:${TOOL_PREFIX})?${V8_MESSAGE}`,
    ),
    requires: /is not (?:a function|defined|iterable|a constructor)|Cannot (?:read|set) propert|before initialization|Cannot destructure property/,
    errorType: (c) => (c.ref || c.undef ? 'ReferenceError' : 'TypeError'),
    category: 'runtime',
    priority: 2,
    summary: (c) =>
      c.binding
        ? `The code used '${c.binding}' before the line that declares it had run (a ReferenceError printed without its class).`
        : c.undef
          ? `The code used '${c.undef}', which does not exist where it runs (a ReferenceError printed without its class).`
          : c.callee
            ? `The code called or iterated '${c.callee.trim()}', which is not what the code expects (a TypeError printed without its class).`
            : 'The code used a value that is undefined or null as an object (a TypeError printed without its class).',
    explanation:
      'A dev server or framework logger (Vite, Nuxt, Nitro, PM2 error logs) caught a JavaScript error and printed only its message. The message is V8\'s: "is not a function", "is not iterable" and "Cannot read properties of undefined" are TypeErrors, "is not defined" and "Cannot access before initialization" ReferenceErrors. In a dev server, the usual causes are a package imported the wrong way (a CommonJS default export read as "x.default", a named import the package does not export), mismatched versions of a framework and its plugins, browser-only globals (window, document) used during server-side rendering, or a circular import that reads a module before it finished loading.',
    causes: [
      'A default or named import that the package does not export in that form (CommonJS/ESM interop: m.default is not a function)',
      'A framework plugin built for another major version of the framework (@vitejs/plugin-vue and Vite, Nuxt modules)',
      'A browser-only global (window, document, localStorage) used while rendering on the server',
      'A circular import: a module read before its declarations ran (Cannot access before initialization)',
    ],
    fixes: (c) => [
      fix('Find the line in the first frame', ['Open the first frame of the trace that is in your own code, or the plugin named next to the error ("Plugin:", "File:").']),
      fix(
        c.callee ? `Check what '${c.callee.trim()}' really is` : 'Check the import and the versions',
        ['Log the value before the failing line; for an import, compare with the package\'s exports and try the other import form.', 'Align the framework and its plugins (npm ls vite @vitejs/plugin-vue, npx nuxi upgrade).'],
        `console.log(typeof value, value)\nnpm ls vite @vitejs/plugin-vue nuxt`,
      ),
      fix('Keep browser code out of server rendering', ['Move window/document access into onMounted / useEffect, or guard it with typeof window !== "undefined".']),
    ],
    references: [
      ref('MDN: TypeError: "x" is not a function', 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Errors/Not_a_function'),
      ref("MDN: ReferenceError: can't access lexical declaration before initialization", 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Errors/Cant_access_lexical_declaration_before_init'),
    ],
    samples: [
      '3:05:24 PM [vite] Internal server error: (0 , import_vite.transformWithEsbuild) is not a function\n  Plugin: vite:vue\n  File: /app/src/App.vue',
      " ERROR  Cannot read properties of undefined (reading 'error')\n\n  at server.js:4759:20",
      "[nuxt] [request error] [unhandled] [500] Cannot access 'renderer$1' before initialization\n  at /app/.nuxt/dev/index.mjs:464:65",
      'fm is not a function\n  at file://./node_modules/.cache/nuxt/nitro/index.mjs:19502:24\n  at Array.map (<anonymous>)',
    ],
  },
  {
    id: 'javascript.vue-failed-to-resolve-component',
    language: 'javascript',
    // Vue 3's (and Vue 2's) warning for a tag that is neither a registered component nor a known element.
    match: /\[Vue warn\]: Failed to resolve component:? "?(?<component>[\w$.:-]{1,100})"?/,
    errorType: 'Failed to resolve component',
    category: 'configuration',
    priority: 8,
    summary: (c) => `Vue does not know the component <${c.component}>: it is not registered where it is used.`,
    explanation:
      'Vue looks up every tag in a template among the components registered globally (app.component) or locally (imported in <script setup>, or listed in "components"). When the tag matches none of them and is not a native HTML element, Vue warns and renders nothing for it. A plugin that provides the component (a UI library) not installed with app.use, a missing import in <script setup>, a name spelled differently from its registration, or a native custom element Vue should leave alone all end here.',
    causes: [
      'The component is not imported in the <script setup> block or listed under components',
      'A UI library plugin not installed with app.use(...) (or its component not registered by the auto-import plugin)',
      'A native custom element (web component) that Vue tries to resolve as a component',
    ],
    fixes: (c) => [
      fix(`Import or register ${c.component}`, ['Import the component where it is used, or register it globally before mounting.'], `import ${c.component.replace(/[^\w$]/g, '')} from './components/${c.component}.vue'\n// or: app.component('${c.component}', ${c.component.replace(/[^\w$]/g, '')})`),
      fix('Install the library that provides it', ['UI libraries register their components with app.use(Library).']),
      fix('Tell Vue about custom elements', ['For a web component, set compilerOptions.isCustomElement (vite.config: vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.includes("-") } } })).']),
    ],
    references: [ref('Vue: Component registration', 'https://vuejs.org/guide/components/registration.html')],
    samples: ['[Vue warn]: Failed to resolve component: va-icon\nIf this is a native custom element, make sure to exclude it from component resolution via compilerOptions.isCustomElement.'],
  },
  {
    id: 'javascript.vue-property-not-defined',
    language: 'javascript',
    // Vue 3: 'Property "x" was accessed during render but is not defined on instance.'; Vue 2: 'Property or method
    // "x" is not defined on the instance but referenced during render.' The same warning, in Vue 3's words.
    match: /\[Vue warn\]: Property (?:or method )?"(?<prop>[^"\n]{1,100})" (?:was accessed during render but is not defined on instance|is not defined on the instance but referenced during render)/,
    errorType: 'was accessed during render but is not defined on instance',
    category: 'runtime',
    priority: 8,
    summary: (c) => `The template uses "${c.prop}", but the component does not define it.`,
    explanation:
      'A template may only use what its component exposes: data, props, computed properties, methods, and in <script setup> the top-level bindings. Here the template read a name the component does not have: a typo, a variable not returned from setup(), a loop variable used outside its v-for, a prop not declared, or (Vue 2) data not declared in data() for reactivity.',
    causes: [
      'A name spelled differently in the template and in the script',
      'A value defined in setup() but not returned from it',
      'A v-for alias used outside the element that declares it',
      'A prop used in the template but not declared in props / defineProps',
    ],
    fixes: (c) => [
      fix(`Define "${c.prop}" on the component`, ['Declare it in the component (a ref in <script setup>, data(), props or computed), or fix the name in the template.'], `const ${c.prop.replace(/[^\w$]/g, '')} = ref(null) // <script setup>; or return it from setup()`),
    ],
    references: [ref('Vue: Reactivity fundamentals', 'https://vuejs.org/guide/essentials/reactivity-fundamentals.html')],
    samples: ['[Vue warn]: Property "message" was accessed during render but is not defined on instance.\n  at <App>'],
  },
  {
    id: 'javascript.vue-invalid-prop',
    language: 'javascript',
    // Vue 2's and Vue 3's prop validation: "Invalid prop: type check failed for prop "x". Expected Number, got String."
    // (also a failed custom validator or a missing required prop under "Invalid prop:").
    match: /\[Vue warn\]: Invalid prop: (?:type check failed for prop "(?<prop>[^"\n]{1,100})"\. Expected (?<expected>[\w |]{1,100}?)(?: with value [^\n,]{1,100})?, got (?<got>\w{1,40})|[^\n]{1,200})/,
    errorType: 'Invalid prop',
    category: 'type',
    priority: 8,
    summary: (c) =>
      c.prop ? `The prop "${c.prop}" received a ${c.got} where the component declares ${c.expected}.` : 'A component received a prop value that fails its declared validation.',
    explanation:
      'Vue checks every prop against the type (and validator) the component declares, in development builds. A static attribute in a template is always a string: height="200" passes "200"; only a bound attribute (:height="200") passes the number. Values from route params, inputs and query strings are strings too, and an API may return a number where the component expects a string.',
    causes: [
      'A static attribute where a bound one was meant (width="600" instead of :width="600")',
      'A value from the route, a form input or a query string, which is always a string',
      'The declared prop type narrower than the values the component really receives',
    ],
    fixes: (c) => [
      fix(
        c.prop ? `Pass "${c.prop}" as a ${c.expected}` : 'Pass the declared type',
        ['Bind the attribute so the expression is evaluated, or convert the value where it comes from (Number(...), String(...)).'],
        c.prop ? `<MyComponent :${c.prop}="600" />   <!-- not ${c.prop}="600" -->` : null,
      ),
      fix('Or widen the declaration', ['Accept both when both are valid: props: { ' + (c.prop ?? 'value') + ': [Number, String] }.']),
    ],
    references: [ref('Vue: Prop validation', 'https://vuejs.org/guide/components/props.html#prop-validation')],
    samples: ['[Vue warn]: Invalid prop: type check failed for prop "height". Expected Number, got String.'],
  },
  {
    id: 'javascript.vue-unhandled-error-during-execution',
    language: 'javascript',
    // Vue 3's note that a hook threw; the error itself follows when it was printed, and any pattern that names it
    // wins (this one's priority is below the generic class line's).
    match: /\[Vue warn\]: Unhandled error during execution of (?<hook>setup function|render function|scheduler flush|mounted hook|created hook|beforeMount hook|watcher callback|component event handler|native event handler|[a-z]{1,20} hook)/,
    errorType: (c) => `Unhandled error during execution of ${c.hook}`,
    category: 'runtime',
    priority: -6,
    summary: (c) => `An error was thrown inside a component's ${c.hook}; Vue caught it and logged this warning before the error itself.`,
    explanation:
      "Vue 3 wraps setup(), render functions, lifecycle hooks and watchers and logs this warning when one throws, with the component tree under it. The real error (a TypeError, a failed fetch, a missing injection) is logged right after, by the console or the server log; that is the one to fix. In server-side rendering (Nuxt) the error may be in the server's log, not the browser's.",
    causes: [
      'An exception in setup() or <script setup>: an undefined value, a failed await without try/catch',
      'A composable or inject() that needs a provider the component tree does not have',
      "A plugin's global property used as this.x inside setup(), where this is undefined",
    ],
    fixes: [
      fix('Find the error logged after it', ['Expand the console entry after the warning, or the server log in SSR; the component named under "at <…>" is where it was thrown.']),
      fix('Catch errors where they happen', ['Wrap awaited calls in setup() with try/catch, or use onErrorCaptured / app.config.errorHandler to log them with their stack.'], 'app.config.errorHandler = (err, instance, info) => console.error(info, err)'),
    ],
    references: [ref('Vue: app.config.errorHandler', 'https://vuejs.org/api/application.html#app-config-errorhandler')],
    samples: ['[Vue warn]: Unhandled error during execution of setup function\n  at <RouterView>\n  at <App>'],
  },
  {
    id: 'javascript.cypress-element-not-found',
    language: 'javascript',
    // Cypress' command timeout on cy.get(); older runners print it without the CypressError class.
    match: /(?:^|\n)[ \t]{0,12}(?:CypressError: )?Timed out retrying(?: after \d{1,7}ms)?: Expected to find element: (?<selector>[^\n]{1,300}?), but never found it/,
    errorType: 'CypressError',
    category: 'runtime',
    priority: 8,
    summary: (c) => `Cypress never found ${c.selector} on the page before its command timeout.`,
    explanation:
      'cy.get() retries until the element exists or the command timeout (defaultCommandTimeout, 4 seconds by default) runs out. The element was not in the DOM in that time: the page had not finished loading or rendering (slower in CI), the selector is wrong or matches a dynamic class, the element is in an iframe or shadow DOM, or a previous step did not bring the page to the expected state.',
    causes: [
      'The element appears after an asynchronous request or a transition that takes longer than the timeout',
      'A selector that changed (generated class names) or matches something else',
      'The element inside an iframe or a shadow root, which cy.get does not search',
    ],
    fixes: (c) => [
      fix('Wait for the state, not for time', ['Wait on the request that loads the data (cy.intercept + cy.wait("@alias")), or assert on something that appears first.'], `cy.intercept('GET', '/api/**').as('load')\ncy.wait('@load')\ncy.get(${c.selector}, { timeout: 10000 }).should('be.visible')`),
      fix('Use stable selectors', ['Select by data-cy / data-testid attributes instead of generated classes or nth-child chains.']),
    ],
    references: [ref('Cypress: Retry-ability', 'https://docs.cypress.io/app/core-concepts/retry-ability')],
    samples: ["CypressError: Timed out retrying: Expected to find element: '#tabs-wrapper', but never found it."],
  },
  {
    id: 'javascript.playwright-executable-missing',
    language: 'javascript',
    // Playwright for Node.js launching a browser it has not downloaded (browserType.launch, lower-case b: the Python
    // binding says BrowserType.launch).
    match: /browserType\.launch: Executable doesn't exist at (?<path>[^\n]{1,300}?)\s*(?:\n|$)/,
    errorType: "Executable doesn't exist",
    category: 'dependency',
    priority: 8,
    summary: 'Playwright has no browser build at the path this Playwright version expects.',
    explanation:
      'Every Playwright version runs its own browser builds, downloaded separately into ms-playwright (~/.cache/ms-playwright, ~/Library/Caches/ms-playwright, %LOCALAPPDATA%\\ms-playwright). After installing or upgrading Playwright, or in a fresh CI machine or container, the builds for this version are not there until "npx playwright install" runs, with the same Playwright version the tests use and the same user and PLAYWRIGHT_BROWSERS_PATH.',
    causes: [
      'Playwright installed or upgraded without downloading its browsers',
      'npx playwright install run with another Playwright version or user than the tests (a global CLI, a cache path that differs in CI)',
      'A CI cache restoring node_modules but not the browsers',
    ],
    fixes: (c) => [
      fix('Download the browsers for this version', ['Run the install with the project\'s own Playwright, in the same environment as the tests; in CI add --with-deps for the system libraries.'], 'npx playwright install --with-deps'),
      fix('Check the path afterwards', ['The browser must exist at the path the message gives; if it still does not, the install ran with another Playwright version, user or PLAYWRIGHT_BROWSERS_PATH.'], `ls -l "${c.path}"`),
      fix('Keep versions in step', ['Make sure @playwright/test and playwright resolve to one version (npm ls playwright); cache ms-playwright keyed on that version.'], 'npm ls playwright @playwright/test'),
    ],
    references: [ref('Playwright: Browsers', 'https://playwright.dev/docs/browsers')],
    samples: ["Error: browserType.launch: Executable doesn't exist at /home/runner/.cache/ms-playwright/chromium-1080/chrome-linux/chrome\n╔══════╗\n║ Looks like Playwright Test or Playwright was just installed or updated. ║"],
  },
  {
    id: 'javascript.cypress-server-not-verified',
    language: 'javascript',
    // Cypress checks baseUrl before running; its report comes before the npm or CI step that failed because of it.
    match: /Cypress (?:could not verify that this server is running|failed to verify that your server is running)(?::?\s{0,40}>\s(?<url>\S{1,300}))?/,
    errorType: 'Cypress could not verify that this server is running',
    category: 'network',
    priority: 31,
    summary: (c) => `Cypress could not reach the app at its baseUrl${c.url ? ` (${c.url})` : ''}, so it ran no tests.`,
    explanation:
      'With baseUrl configured, Cypress first checks that the server answers there, tries a few times, and gives up before running any test. The server was not started (or not yet listening) when Cypress ran, listens on another host or port, or the name does not resolve from where Cypress runs (localhost vs 127.0.0.1 and IPv6, a container, a proxy or VPN).',
    causes: [
      'The app server not started before cypress run (a CI step that does not wait for it)',
      'baseUrl with another port or host than the server listens on',
      'localhost resolving to ::1 while the server listens on 127.0.0.1 only, or a proxy in the way',
    ],
    fixes: (c) => [
      fix('Start the server and wait for it', ['Start the app before Cypress and wait until it answers (start-server-and-test, or the GitHub action\'s start and wait-on).'], `npx start-server-and-test start ${c.url ?? 'http://localhost:3000'} cy:run`),
      fix('Check baseUrl', ['Open the URL from the same machine or container; try 127.0.0.1 instead of localhost.'], `curl -I ${c.url ?? 'http://localhost:3000'}`),
    ],
    references: [ref('Cypress: baseUrl', 'https://docs.cypress.io/app/references/configuration#e2e')],
    samples: ['Cypress could not verify that this server is running:\n\n  > http://localhost:4201\n\nWe are verifying this server because it has been configured as your `baseUrl`.\n\nCypress failed to verify that your server is running.'],
  },
  {
    id: 'typescript.nextjs-page-types',
    language: 'typescript',
    // next build's type check of app-router pages (Next.js 13–14): its own "Type error:" without a TS code.
    match: /Page "(?<page>[^"\n]{1,300})" (?<kind>does not match the required types of a Next\.js Page|has an invalid "default" export)/,
    errorType: (c) => (c.kind?.startsWith('has') ? 'has an invalid "default" export' : 'does not match the required types of a Next.js Page'),
    category: 'type',
    priority: 8,
    summary: (c) => `Next.js rejected the types of the page ${c.page}: its exports or its props do not have the shape Next.js passes to pages.`,
    explanation:
      'next build checks app-router pages beyond tsc: a page may export only what Next.js knows (default, generateMetadata, generateStaticParams, revalidate, dynamic…), and its default export receives only { params, searchParams }. A named export such as "Page", props typed as an interface that requires other fields, or a client directive on a page with async server props fails this check.',
    causes: [
      'An extra export from page.tsx (a named component export, a helper or type)',
      'Props typed with fields other than params and searchParams',
      '"use client" at the top of a page that uses server-only props or exports',
    ],
    fixes: (c) => [
      fix(`Export only the page from ${c.page}`, ['Move helpers and extra components to another file; keep only the default export and Next.js\' known exports.']),
      fix('Type the props as Next.js passes them', ['Use { params, searchParams } (Promises since Next.js 15).'], 'export default async function Page({ params }: { params: Promise<{ slug: string }> }) {\n  const { slug } = await params\n}'),
    ],
    references: [ref('Next.js: page.js', 'https://nextjs.org/docs/app/api-reference/file-conventions/page')],
    samples: ['Type error: Page "src/app/page.tsx" does not match the required types of a Next.js Page.\n  "Page" is not a valid Page export field.', 'Type error: Page "app/page.tsx" has an invalid "default" export:\n  Type "Props" is not valid.'],
  },
];
