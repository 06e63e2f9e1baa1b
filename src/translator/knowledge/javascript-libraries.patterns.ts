import type { ErrorPattern } from '../rules/error-pattern';
import type { Fix, Reference } from '../translation';

/**
 * JavaScript libraries' and tools' own failures beyond javascript.patterns.ts: Express' routes, native
 * addons built for another Node.js, test runners' timeouts, node-sass, and the browser's network errors. The type is the class thrown (README: a JavaScript error without a code),
 * or Node's or Chromium's code where there is one.
 */

const fix = (title: string, steps: string[], code: string | null = null): Fix => ({ title, steps, code });
const ref = (title: string, url: string): Reference => ({ title, url });

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
    match: /The module '(?<module>[^'\n]{1,400}\.node)'\s+was compiled against a different Node\.js version using\s+NODE_MODULE_VERSION (?<built>\d{1,4})\. This version of Node\.js requires\s+NODE_MODULE_VERSION (?<required>\d{1,4})/,
    errorType: 'ERR_DLOPEN_FAILED',
    category: 'dependency',
    priority: 40,
    summary: (c) => `A native addon was built for another Node.js (ABI ${c.built}, this one needs ${c.required}).`,
    explanation: (c) =>
      `Native addons (bcrypt, sqlite3, sharp, node-sass…) are compiled for one Node.js ABI. ${c.module} was built by a Node.js with NODE_MODULE_VERSION ${c.built}, and is now loaded by one with ${c.required}: Node.js was upgraded (or switched with nvm) after npm install, node_modules was copied from another machine or Docker stage, or Electron (its own ABI) loads a module built for Node.js.`,
    causes: ['Node.js upgraded or switched after installing', 'node_modules copied between machines or image stages', 'Electron loading a module built for plain Node.js'],
    fixes: (c) => [fix('Rebuild the native modules for this Node.js', [`Run npm rebuild (or reinstall) with the Node.js that runs the app, so ${c.module} is compiled again; for Electron, use electron-rebuild.`], 'node -v\nnpm rebuild\n# or: rm -rf node_modules && npm ci\n# Electron:\nnpx electron-rebuild')],
    references: [ref('Node.js: ABI stability', 'https://nodejs.org/en/learn/modules/abi-stability')],
    samples: ["Error: The module '/app/node_modules/bcrypt/lib/binding/napi-v3/bcrypt_lib.node'\nwas compiled against a different Node.js version using\nNODE_MODULE_VERSION 93. This version of Node.js requires\nNODE_MODULE_VERSION 108. Please try re-compiling or re-installing\nthe module (for instance, using `npm rebuild` or `npm install`)."],
  },
  {
    id: 'javascript.test-timeout',
    language: 'javascript',
    match: /Error: Timeout of (?<ms>\d{1,7})ms exceeded\. For async tests and hooks, ensure "done\(\)" is called|thrown: "Exceeded timeout of (?<jestMs>\d{1,7}) ms for a (?<what>test|hook)/,
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
];
