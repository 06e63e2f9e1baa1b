/**
 * A third catalog pass over JavaScript and TypeScript, from dev servers, test runners and browser consoles: V8's
 * messages printed without their class by Vite, Nuxt and Nitro, Vue's runtime warnings (unresolved components,
 * undefined properties, invalid props, errors in setup), Playwright's missing browsers, Cypress' baseUrl check and
 * element timeout, and next build's page type checks. Pure: the rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

describe("JavaScript's third catalog pass", () => {
  it.each([
    [
      "$ node test/unit/browser/index.js --sequential --build --browser chromium --browser webkit --tfs 'Browser Unit Tests'\nbrowserType.launch: Executable doesn't exist at /Users/runner/Library/Caches/ms-playwright/chromium-1015/chrome-mac/Chromium.app/Contents/MacOS/Chromium\n╔═════════════════════════════════════════════════════════════════════════╗\n║ Looks like Playwright Test or Playwright was just installed or updated. ║\n║ Please run the following command to download new browsers:              ║\n║                                                                         ║\n║     npx playwright install                                              ║\n║                                                                         ║\n║ <3 Playwright Team                                                      ║\n╚═════════════════════════════════════════════════════════════════════════╝\n    at runTestsInBrowser (/Users/runner/work/1/s/test/unit/browser/index.js:129:48)\n    at /Users/runner/work/1/s/test/unit/browser/index.js:254:25 {\n  name: 'Error'\n}\nerror Command failed with exit code 1.",
      'javascript',
      "Executable doesn't exist",
    ],
    [
      "Error: browserType.launch: Executable doesn't exist at C:\\Users\\cloudtest\\AppData\\Local\\ms-playwright\\chromium-1080\\chrome-win\\chrome.exe\n\nLooks like Playwright Test or Playwright was just installed or updated. ║ ║ Please run the following command to download new browsers:              ║ ║                                                                         ║ ║     yarn playwright install",
      'javascript',
      "Executable doesn't exist",
    ],
    [
      'Cypress could not verify that this server is running:\n\n  > http://localhost:4201\n\nWe are verifying this server because it has been configured as your `baseUrl`.\n\nCypress automatically waits until your server is accessible before running tests.\n\nWe will try connecting to it 3 more times...\nWe will try connecting to it 2 more times...\nWe will try connecting to it 1 more time...\n\nCypress failed to verify that your server is running.\n\nPlease start this server and then run Cypress again.\nnpm ERR! code ELIFECYCLE',
      'javascript',
      'Cypress could not verify that this server is running',
    ],
    [
      '3:05:24 PM [vite] Internal server error: (0 , import_vite.transformWithEsbuild) is not a function\n  Plugin: vite:vue\n  File: /vue-admin-box/src/App.vue\n\nat transformMain (/vue-admin-box/node_modules/_@vitejs_plugin-vue@1.9.3@@vitejs/plugin-vue/dist/index.js:4519:83)\n      at async Object.transform (/vue-admin-box/node_modules/_vite@2.3.7@vite/dist/node/chunks/dep-bc228bbb.js:44765:30)',
      'javascript',
      'TypeError',
    ],
    [
      "2:36:51 PM [vite] Internal server error: Cannot read property 'length' of undefined\n      at posToNumber (/Users/kite/vite/packages/vite/src/node/utils.ts:204:23)\n      at Object.generateCodeFrame (/Users/kite/vite/packages/vite/src/node/utils.ts:237:11)",
      'javascript',
      'TypeError',
    ],
    [
      '[Vue warn]: Failed to resolve component: va-icon\nIf this is a native custom element, make sure to exclude it from component resolution via compilerOptions.isCustomElement. \n  at <VaInput disabled=false readonly=false modelValue=""  ... >',
      'javascript',
      'Failed to resolve component',
    ],
    [
      "[nuxt] [request error] [unhandled] [500] Cannot access 'renderer$1' before initialization            02:59:32\n  at /C:/Users/seanf/OneDrive/Desktop/OpticHosting/website/.nuxt/dev/index.mjs:464:65\n  at processTicksAndRejections (node:internal/process/task_queues:96:5)",
      'javascript',
      'ReferenceError',
    ],
    [
      "ERROR  Cannot read properties of undefined (reading 'error')                                                                           17:20:40  \n\n  at server.js:4759:20",
      'javascript',
      'TypeError',
    ],
    [
      "ERROR  Cannot read property 'files' of null                                                    16:49:07\n  at Youch.readSource (node_modules/@nuxt/server/dist/server.js:373:45)",
      'javascript',
      'TypeError',
    ],
    [
      'ERROR  i is not a function\nat node_modules/vue-server-renderer/build.prod.js:1:78890\nat new Promise (<anonymous>)\nat node_modules/vue-server-renderer/build.prod.js:1:78362\nat Object.renderToString (node_modules/vue-server-renderer/build.prod.js:1:81897)\nat SSRRenderer.render (node_modules/@nuxt/vue-renderer/dist/vue-renderer.js:353:38)',
      'javascript',
      'TypeError',
    ],
    [
      'fm is not a function\n  at file://./node_modules/.cache/nuxt/nitro/index.mjs:19502:24  \n  at Array.map (<anonymous>)  \n  at Store.nuxtServerInit (file://./node_modules/.cache/nuxt/nitro/index.mjs:19501:8)  \n  at processTicksAndRejections (internal/process/task_queues.js:95:5)',
      'javascript',
      'TypeError',
    ],
    [
      '500\nm.default is not a function\nat file:///C:/wamp64/www/nuxt3-app/.nuxt/dist/server/server.mjs:10:126\nat processTicksAndRejections (internal/process/task_queues.js:95:5)\nat async renderToString (file:///C:/wamp64/www/nuxt3-app/node_modules/vue-bundle-renderer/dist/index.mjs:248:19)\nat async renderMiddleware (file:///C:/wamp64/www/nuxt3-app/.nuxt/nitro/index.mjs:191:20)\nat async handle (file:///C:/wamp64/www/nuxt3-app/node_modules/h3/dist/index.mjs:601:19)',
      'javascript',
      'TypeError',
    ],
    [
      'Object(...) is not a function\n  at module.exports../.nuxt/runtime.app.plugin.75f1febc.mjs.__webpack_exports__.default (./.nuxt/dist/server/server.js:5378:79)  \n  at createApp (./.nuxt/dist/server/server.js:2868:105)',
      'javascript',
      'TypeError',
    ],
    [
      'Type error: Page "src/app/page.tsx" does not match the required types of a Next.js Page.\n   "Page" is not a valid Page export field.',
      'typescript',
      'does not match the required types of a Next.js Page',
    ],
    [
      'Type error: Page "app/page.tsx" has an invalid "default" export:\n  Type "Props" is not valid.',
      'typescript',
      'has an invalid "default" export',
    ],
    [
      '[Vue warn]: Property "include" was accessed during render but is not defined on instance.',
      'javascript',
      'was accessed during render but is not defined on instance',
    ],
    [
      'runtime-core.esm-bundler.js?5c40:38 [Vue warn]: Property "message" was accessed during render but is not defined on instance.  \n  at <Anonymous onVnodeUnmounted=fn<onVnodeUnmounted> ref=Ref< null > >  \n  at <RouterView>  \n  at <App>',
      'javascript',
      'was accessed during render but is not defined on instance',
    ],
    [
      'main.js:20715 [Vue warn]: Property or method "index" is not defined on the instance but referenced during render. Make sure to declare reactive data properties in the data option. (found in component <tab-list>)',
      'javascript',
      'was accessed during render but is not defined on instance',
    ],
    [
      '[Vue warn]: Property or method "loading" is not defined on the instance but referenced during render. Make sure that this property is reactive, either in the data option, or for class-based components, by initializing the property. See: https://vuejs.org/v2/guide/reactivity.html#Declaring-Reactive-Properties.\n\nfound in\n\n---> <Vuex> at src/components/vuex.vue',
      'javascript',
      'was accessed during render but is not defined on instance',
    ],
    ['[Vue warn]: Failed to resolve component: home', 'javascript', 'Failed to resolve component'],
    [
      'Type error: Page "app/blog/[slug]/page.tsx" does not match the required types of a Next.js Page.\n  Invalid configuration:\n    The exported page component isn\'t correctly typed.\n        Expected "{ params: { slug: string; }; searchParams: { id: string; }; }", got "PageProps".',
      'typescript',
      'does not match the required types of a Next.js Page',
    ],
    [
      "2020-05-20T17:33:18.1292068Z Cypress could not verify that this server is running:\n2020-05-20T17:33:18.1293958Z \n2020-05-20T17:33:18.1294940Z   > http://localhost.localdomain:8080\n2020-05-20T17:33:18.1295559Z \n2020-05-20T17:33:18.1296290Z We are verifying this server because it has been configured as your `baseUrl`.\n2020-05-20T17:33:18.1297417Z \n2020-05-20T17:33:18.1298139Z Cypress automatically waits until your server is accessible before running tests.\n2020-05-20T17:33:18.1298724Z \n2020-05-20T17:33:18.1299369Z We will try connecting to it 3 more times...\n2020-05-20T17:33:20.8991833Z We will try connecting to it 2 more times...\n2020-05-20T17:33:24.1314462Z We will try connecting to it 1 more time...\n2020-05-20T17:33:24.1316581Z \n2020-05-20T17:33:28.0089545Z Cypress failed to verify that your server is running.\n2020-05-20T17:33:28.0103059Z \n2020-05-20T17:33:28.0105333Z Please start this server and then run Cypress again.\n2020-05-20T17:33:28.2839496Z Error: The process '/usr/local/bin/npx' failed with exit code 1\n2020-05-20T17:33:28.2840121Z     at ExecState._setResult (/home/runner/work/_actions/cypress-io/github-action/v1/dist/index.js:1188:25)",
      'javascript',
      'Cypress could not verify that this server is running',
    ],
    [
      'Cypress could not verify that this server is running:\n\n  > https://servername.com\n\nWe are verifying this server because it has been configured as your `baseUrl`.\n\nCypress automatically waits until your server is accessible before running tests.\n\nWe will try connecting to it 3 more times...\nWe will try connecting to it 2 more times...\nWe will try connecting to it 1 more time...\n\nCypress failed to verify that your server is running.\n\nPlease start this server and then run Cypress again.\nCypress could not execute tests\nCould not find Cypress test run results\nnpm ERR! code 1\nnpm ERR! path /home/...\nnpm ERR! command failed\nnpm ERR! command sh -c cypress-ntlm run',
      'javascript',
      'Cypress could not verify that this server is running',
    ],
    [
      "Cypress could not verify that this server is running\n\n  > https://wwwdev3.x.xcom/\n\nWe are verifying this server because it has been configured as your baseUrl.\n\nCypress automatically waits until your server is accessible before running tests.\n\nWe will try connecting to it 3 more times...\nWe will try connecting to it 2 more times...\nWe will try connecting to it 1 more time...\n\nCypress failed to verify that your server is running.\n\nPlease start this server and then run Cypress again.\n{\n  status: 'failed',\n  failures: 1,\n  message: 'Could not find Cypress test run results'\n}",
      'javascript',
      'Cypress could not verify that this server is running',
    ],
    [
      "Error: browserType.launch: Executable doesn't exist at /home/runner/.cache/ms-playwright/firefox-1425/firefox/firefox\n    ╔═════════════════════════════════════════════════════════════════════════╗\n    ║ Looks like Playwright Test or Playwright was just installed or updated. ║\n    ║ Please run the following command to download new browsers:              ║\n    ║                                                                         ║\n    ║     npx playwright install                                              ║\n    ║                                                                         ║\n    ║ <3 Playwright Team                                                      ║\n    ╚═════════════════════════════════════════════════════════════════════════╝",
      'javascript',
      "Executable doesn't exist",
    ],
    [
      "Error: browserType.launch: Executable doesn't exist at /Users/alex/Library/Caches/ms-playwright/chromium-1134/chrome-mac/Chromium.app/Contents/MacOS/Chromium",
      'javascript',
      "Executable doesn't exist",
    ],
    [
      'vue.esm.js?a026:628 [Vue warn]: Invalid prop: type check failed for prop "newPage". Expected Number with value 100, got String with value "100".\n\nfound in\n\n---> <AppPaginate> at src/core/components/ui/AppPaginate.vue\n       <VCard>',
      'javascript',
      'Invalid prop',
    ],
    ['[Vue warn]: Invalid prop: type check failed for prop "height". Expected Number, got String.', 'javascript', 'Invalid prop'],
    [
      '[Vue warn]: Invalid prop: type check failed for prop "width". Expected Number with value 600, got String with value "600". \n  at <QDrawer id="preview-drawer" elevated="" overlay=""  ... > \n  at <QLayout view="hHh lpR fFf" > \n  at <App>',
      'javascript',
      'Invalid prop',
    ],
    [
      '[Vue warn]: Unhandled error during execution of setup function                                                                         00:18:30\n  at <[collection] onSetIcon=fn<setIcon> onVnodeUnmounted=fn<onVnodeUnmounted> ref=Ref< undefined > >',
      'javascript',
      'Unhandled error during execution of setup function',
    ],
    [
      'runtime-core.esm-bundler.js?d2dd:38 [Vue warn]: Unhandled error during execution of setup function \n  at <Tag onVnodeUnmounted=fn<onVnodeUnmounted> ref=Ref< undefined > > \n  at <RouterView> \n  at <App>\nwarn @ runtime-core.esm-bundler.js?d2dd:38\nlogError @ runtime-core.esm-bundler.js?d2dd:212',
      'javascript',
      'Unhandled error during execution of setup function',
    ],
    ['Timed out retrying: Expected to find element: `cx-configure-cart-entry a`, but never found it.', 'javascript', 'CypressError'],
  ])('recognises %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  // Near misses: the texts the new patterns must leave to the patterns that answered them before.
  it.each([
    [
      '/home/pi/minecraft/node-autotip/lib/writer.js:34\n      logger.error(err);\n             ^\n\nTypeError: logger.error is not a function\n    at fs.writeFile (/home/pi/minecraft/node-autotip/lib/writer.js:34:14)\n    at fs.open (fs.js:1169:7)',
      'javascript',
      'TypeError',
    ],
    ['Uncaught ReferenceError: __DEFINES__ is not defined\n    at env.ts:17', 'javascript', 'ReferenceError'],
    [
      '5|pm2-logr | TypeError: "listener" argument must be a function\n5|pm2-logr |     at Socket.once (events.js:307:11)',
      'javascript',
      'TypeError',
    ],
    [
      'npm ERR! code ELIFECYCLE\nnpm ERR! errno 1\nnpm ERR! node-autotip@1.0.1 start: `node index`\nnpm ERR! Exit status 1',
      'javascript',
      'ELIFECYCLE',
    ],
    [
      "[vite] Internal server error: unplugin-vue-define-options TypeError: Cannot read property 'scriptSetupAst' of undefined",
      'javascript',
      'TypeError',
    ],
    [
      "[Vue warn]: Unhandled error during execution of setup function\n  at <RouterView>\nserver error TypeError: Cannot read property 'parent' of null\n    at warnDeprecatedUsage (C:\\Users\\Nabil\\Project\\ream\\website\\.ream\\server\\main.js:12972:33)\n    at setup (C:\\Users\\Nabil\\Project\\ream\\website\\.ream\\server\\main.js:12915:20)",
      'javascript',
      'TypeError',
    ],
    [
      "CypressError: Timed out retrying: Expected to find element: 'ls-table-body > :nth-child(1) > :nth-child(2)', but never found it.",
      'javascript',
      'CypressError',
    ],
    [
      '1) mocha tests has document:\n     ReferenceError: document is not defined\n      at Context.<anonymous> (window.js:7:19)',
      'javascript',
      'ReferenceError',
    ],
  ])('still answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});

describe('the third pass names what the message is about', () => {
  it('registers the component Vue could not resolve', () => {
    expect(fixText('[Vue warn]: Failed to resolve component: va-icon')).toContain('va-icon');
  });

  it("waits for the server at Cypress' baseUrl", () => {
    expect(
      fixText(
        'Cypress could not verify that this server is running:\n\n  > http://localhost:4201\n\nWe are verifying this server because it has been configured as your `baseUrl`.',
      ),
    ).toContain('http://localhost:4201');
  });

  it('binds the prop Vue found with the wrong type', () => {
    expect(fixText('[Vue warn]: Invalid prop: type check failed for prop "height". Expected Number, got String.')).toContain(':height=');
  });

  it('names the page next build rejected', () => {
    expect(fixText('Type error: Page "app/page.tsx" has an invalid "default" export:\n  Type "Props" is not valid.')).toContain('app/page.tsx');
  });
});
