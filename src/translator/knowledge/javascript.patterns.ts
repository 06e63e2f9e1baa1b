import type { ErrorPattern } from '../rules/error-pattern';
import type { Reference } from '../translation';
import { fix } from './answer-parts';

/**
 * JavaScript: Node.js, browsers and the React/bundler ecosystem, most frequent first. V8
 * messages are matched anywhere in the text (they follow "Uncaught ", log prefixes, "[cause]:").
 */

const mdn = (page: string, title: string): Reference => ({
  title: `MDN: ${title}`,
  url: `https://developer.mozilla.org/en-US/docs/Web/JavaScript/${page}`,
});
const NODE_ERRORS: Reference = { title: 'Node.js docs: Errors (system errors and codes)', url: 'https://nodejs.org/api/errors.html' };
const NODE_ESM: Reference = { title: 'Node.js docs: ECMAScript modules', url: 'https://nodejs.org/api/esm.html' };
const NODE_MODULES: Reference = { title: 'Node.js docs: CommonJS modules', url: 'https://nodejs.org/api/modules.html' };
const NODE_PACKAGES: Reference = { title: 'Node.js docs: Packages ("type", "exports")', url: 'https://nodejs.org/api/packages.html' };
const NODE_CLI: Reference = { title: 'Node.js docs: Command-line options', url: 'https://nodejs.org/api/cli.html' };
const NODE_NET: Reference = { title: 'Node.js docs: net', url: 'https://nodejs.org/api/net.html' };
const OPTIONAL_CHAINING = mdn('Reference/Operators/Optional_chaining', 'Optional chaining (?.)');
const JSON_PARSE = mdn('Reference/Global_Objects/JSON/parse', 'JSON.parse()');
const REACT_HOOK_RULES: Reference = { title: 'React: Rules of Hooks', url: 'https://react.dev/reference/rules/rules-of-hooks' };


/** What usually listens on a port, to make "connection refused" concrete. */
const PORT_SERVICES: Readonly<Record<string, string>> = {
  '5432': 'PostgreSQL',
  '3306': 'MySQL/MariaDB',
  '6379': 'Redis',
  '27017': 'MongoDB',
  '5672': 'RabbitMQ',
  '9200': 'Elasticsearch',
  '11211': 'Memcached',
  '1433': 'SQL Server',
};
const service = (port: string | undefined): string => (port && PORT_SERVICES[port] ? ` (the usual port of ${PORT_SERVICES[port]})` : '');
const ARRAY_METHODS = /^(?:map|filter|forEach|reduce|length|find|some|every|includes|push|slice|join|sort)$/;

const UNHANDLED_REJECTION: ErrorPattern = {
  id: 'javascript.unhandled-rejection',
  language: 'javascript',
  match: /(?<code>\[UnhandledPromiseRejection: |ERR_UNHANDLED_REJECTION)|Uncaught \(in promise\)/,
  // Node 15+ exits with ERR_UNHANDLED_REJECTION; older versions only printed a warning.
  errorType: (c) => (c.warning ? 'UnhandledPromiseRejectionWarning' : c.code ? 'ERR_UNHANDLED_REJECTION' : 'UnhandledPromiseRejection'),
  category: 'concurrency',
  priority: 2,
  summary: 'A promise was rejected and nothing handled the rejection.',
  explanation:
    'An async function threw (or a promise rejected) and no await inside try/catch or .catch() handled it. Since Node.js 15 this terminates the process. The rejection reason printed with it is the actual error to fix; this message only says it was not caught.',
  causes: ['A missing await, so the try/catch around the call does not see the error', 'A promise chain without .catch()', 'Rejecting with a non-Error value (a string), which hides the stack'],
  fixes: [
    fix('Await inside try/catch, or add .catch()', [], 'try {\n  await saveUser(user);\n} catch (err) {\n  logger.error(err);\n}'),
    fix('Reject with Error objects', ['throw new Error("…") / reject(new Error("…")) keeps the stack trace.']),
  ],
  references: [{ title: 'Node.js docs: process \'unhandledRejection\' event', url: 'https://nodejs.org/api/process.html' }, mdn('Reference/Global_Objects/Promise', 'Promise')],
  samples: [
    `node:internal/process/promises:289
          triggerUncaughtException(err, true /* fromPromise */);
          ^

[UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "timeout".] {
code: 'ERR_UNHANDLED_REJECTION'
}`,
  ],
};

export const JAVASCRIPT_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'javascript.cannot-read-properties',
    language: 'javascript',
    match:
      /(?:TypeError: |\[request error\] (?:\[unhandled\] )?(?:\[\d{3}\] )?)(?:Cannot read propert(?:y|ies) of (?<value>undefined|null)(?: \(reading '(?<prop>[^'\n]*)'\))?|Cannot read property '(?<prop2>[^'\n]*)' of (?<value2>undefined|null)|(?<value3>undefined|null) is not an object \(evaluating '[^'\n]*'\)|can't access property "(?<prop3>[^"\n]+)",? [^\n]*? is (?<value4>undefined|null))|Unable to get property '(?<prop4>[^'\n]{1,200})' of (?<value5>undefined or null) reference/,
    errorType: 'TypeError',
    category: 'null',
    priority: 6,
    summary: (c) => {
      const prop = c.prop ?? c.prop2 ?? c.prop3 ?? c.prop4;
      const value = c.value ?? c.value2 ?? c.value3 ?? c.value4 ?? c.value5 ?? 'undefined';
      return prop ? `The code read '${prop}' from a value that is ${value}.` : `The code read a property of a value that is ${value}.`;
    },
    explanation: (c) => {
      const prop = c.prop ?? c.prop2 ?? c.prop3 ?? c.prop4;
      const value = c.value ?? c.value2 ?? c.value3 ?? c.value4 ?? c.value5 ?? 'undefined';
      const array = prop && ARRAY_METHODS.test(prop) ? ` Since '${prop}' is an array member, the code expected an array there, typically data that has not arrived yet (initial state before a fetch completes) or a response shaped differently than assumed.` : '';
      return `Something like obj.${prop ?? 'x'} was evaluated while obj was ${value}. The object you expected does not exist at that moment: data not loaded yet, a missing function argument or property one level up, an element that was not found, or a failed lookup.${array}`;
    },
    causes: [
      'Data that loads asynchronously is used before it arrives (state initialised as undefined)',
      'An API response or object has a different shape than the code assumes',
      'A function was called without an argument it needs, or a lookup (find, querySelector, map.get) found nothing',
      'A typo in a property name one level up, so that level is already undefined',
    ],
    fixes: (c) => {
      const prop = c.prop ?? c.prop2 ?? c.prop3 ?? c.prop4 ?? 'value';
      return [
        fix('Find which object is missing', ['Open the first stack frame in your own code and log the object before the access.'], `console.log({ obj }); // right before obj.${prop}`),
        fix('Initialise or guard the value', ['Give state a safe initial value, or guard the access where absence is legitimate.'], `const [items, setItems] = useState([]); // not useState()\nconst name = user?.profile?.${prop} ?? 'fallback';`),
        fix('Validate external data at the boundary', ['Check API responses before using them, and fail with a clear message when a required field is missing.']),
      ];
    },
    references: [
      mdn('Reference/Errors/Cant_access_property', 'TypeError: can\'t access property "x" of "y"'),
      OPTIONAL_CHAINING,
    ],
    samples: [
      `TypeError: Cannot read properties of undefined (reading 'map')
    at ProductList (webpack-internal:///./src/components/ProductList.jsx:12:22)
    at renderWithHooks (webpack-internal:///./node_modules/react-dom/cjs/react-dom.development.js:16305:18)`,
      `/home/dev/api/src/handlers/user.js:18
  const email = req.body.user.email;
                              ^

TypeError: Cannot read properties of undefined (reading 'email')
    at handler (/home/dev/api/src/handlers/user.js:18:31)
    at Layer.handle [as handle_request] (/home/dev/api/node_modules/express/lib/router/layer.js:95:5)`,
      "TypeError: Cannot read property 'length' of null",
      "Uncaught TypeError: undefined is not an object (evaluating 'response.data.items')",
      // Internet Explorer / legacy Edge wording (the localised forms are rewritten to it).
      "SCRIPT5007: Unable to get property 'value' of undefined or null reference",
    ],
  },
  {
    id: 'javascript.cannot-set-properties',
    language: 'javascript',
    match: /TypeError: (?:Cannot set propert(?:y|ies) of (?<value>undefined|null)(?: \(setting '(?<prop>[^'\n]*)'\))?|Cannot set property '(?<prop2>[^'\n]*)' of (?<value2>undefined|null))/,
    errorType: 'TypeError',
    category: 'null',
    priority: 6,
    summary: (c) => `The code assigned '${c.prop ?? c.prop2 ?? 'a property'}' on a value that is ${c.value ?? c.value2 ?? 'undefined'}.`,
    explanation: (c) => {
      const prop = c.prop ?? c.prop2 ?? '';
      const dom = /^(?:innerHTML|textContent|innerText|value|onclick|src|className|disabled|checked)$/.test(prop);
      return dom
        ? `The target of .${prop} = … is ${c.value ?? c.value2 ?? 'null'}: document.getElementById/querySelector found no element. Either the id or selector is wrong, or the script runs before the HTML element exists.`
        : `An assignment obj.${prop || 'x'} = … ran while obj was ${c.value ?? c.value2 ?? 'undefined'}. The object (or a nested level of it) was never created.`;
    },
    causes: ['A DOM lookup returned null: wrong id/selector, or the script runs before the element exists', 'A nested object level was never initialised (obj.a.b = 1 with obj.a undefined)'],
    fixes: [
      fix('Run DOM code after the document is parsed', ['Load the script with defer (or at the end of <body>), and check the element exists.'], '<script src="app.js" defer></script>\n\nconst el = document.getElementById("output");\nif (el) el.textContent = "ready";'),
      fix('Create nested objects before assigning', [], 'settings.theme ??= {};\nsettings.theme.color = "dark";'),
    ],
    references: [mdn('Reference/Errors/Cant_access_property', 'TypeError: can\'t access property "x" of "y"'), { title: 'MDN: <script> defer', url: 'https://developer.mozilla.org/en-US/docs/Web/HTML/Element/script' }],
    samples: [
      `Uncaught TypeError: Cannot set properties of null (setting 'innerHTML')
    at app.js:5:31`,
    ],
  },
  {
    id: 'javascript.not-a-function',
    language: 'javascript',
    match: /TypeError: (?<callee>[^\s:][^\n]*?) is not a function/,
    errorType: 'TypeError',
    category: 'type',
    priority: 5,
    summary: (c) => `${c.callee} is called as a function, but it is not one.`,
    explanation: (c) => {
      const callee = c.callee ?? '';
      const last = callee.split('.').pop() ?? '';
      if (ARRAY_METHODS.test(last)) {
        return `${callee}() is an array method, so the value before .${last} was expected to be an array. It is something else: an object (e.g. a whole API response instead of its list field), a string, or a Promise that was not awaited.`;
      }
      if (/\.default$|^\(0 , \w+\.default\)$/.test(callee)) {
        return 'The default export is not a function: a CommonJS module is imported as if it had a default export (or the other way round). Interop between require() and import is the usual cause.';
      }
      if (callee.includes('(intermediate value)')) {
        return 'The value being called is the result of the previous expression: usually a missing semicolon before a line starting with ( or [, so two lines were parsed as a single call.';
      }
      return `At the moment of the call, ${callee} holds a value that is not a function: undefined (the method does not exist on that object, is misspelt, or the import is wrong), or a plain value that shadows the function.`;
    },
    causes: [
      'The value is not the type expected (object or Promise instead of array, undefined instead of a method)',
      'Wrong import: default vs named export, or CommonJS/ESM interop',
      'A typo in the method name, or a method that does not exist in the installed library version',
      'A variable or property shadows the function with a non-function value',
    ],
    fixes: (c) => [
      fix('Log what is really there', ['Right before the call, check the type of the value.'], `console.log(typeof ${(c.callee ?? 'value').replace(/\.[^.]*$/, '') || 'value'}, ${(c.callee ?? 'value').replace(/\.[^.]*$/, '') || 'value'});`),
      fix('Check the import style', ['Match the import to the module\'s exports.'], "import { helper } from './utils'; // named export\nimport helper from './utils';     // default export\nconst { helper } = require('./utils');"),
      fix('Await promises before using the result', [], 'const res = await fetch(url);\nconst items = await res.json();\nitems.map(render);'),
    ],
    references: [mdn('Reference/Errors/Not_a_function', 'TypeError: "x" is not a function')],
    samples: [
      `TypeError: data.map is not a function
    at UserTable (http://localhost:3000/static/js/bundle.js:412:22)`,
      `TypeError: (0 , _axios.default) is not a function
    at Object.<anonymous> (/app/dist/client.js:7:36)`,
      'Uncaught TypeError: this.handleClick is not a function',
    ],
  },
  {
    id: 'javascript.not-a-constructor',
    language: 'javascript',
    match: /TypeError: (?<callee>[^\s:][^\n]*?) is not a constructor/,
    errorType: 'TypeError',
    category: 'type',
    priority: 5,
    summary: (c) => `new ${c.callee}(…) was used, but ${c.callee} is not a class or constructor.`,
    explanation: (c) =>
      `'new' needs a class or constructor function. ${c.callee} is something else at runtime, most often because of an import mismatch (a module's default export vs a named export), or because it is an arrow function or an object.`,
    causes: ['Default vs named import mismatch (import X from vs import { X } from)', 'CommonJS module exporting an object, imported as if it were the class', 'An arrow function used with new'],
    fixes: [fix('Import the class the way the module exports it', ['Check the library README or its exports.'], "import { Client } from 'some-lib';   // named\nconst { Client } = require('some-lib');")],
    references: [mdn('Reference/Errors/Not_a_constructor', 'TypeError: "x" is not a constructor')],
    samples: ['TypeError: Stripe is not a constructor'],
  },
  {
    id: 'javascript.not-iterable',
    language: 'javascript',
    match: /TypeError: (?<what>[^\s:][^\n]*?) is not iterable/,
    errorType: 'TypeError',
    category: 'type',
    priority: 5,
    summary: (c) => `${c.what} was used where an iterable (array, string, Map, Set …) is required.`,
    explanation: (c) =>
      `for…of, spread (...x), array destructuring (const [a, b] = x), Promise.all and Array.from need an iterable. ${c.what} is not one: it is undefined/null, or a plain object (objects are not iterable; use Object.entries/values).`,
    causes: ['A plain object is spread into an array or looped with for…of', 'The value is undefined: data not loaded, missing argument', 'Array destructuring of something that is not an array (e.g. a hook returning an object)'],
    fixes: [
      fix('Iterate objects through entries/values', [], 'for (const [key, value] of Object.entries(obj)) {\n  // ...\n}'),
      fix('Default missing values to an empty array', [], 'for (const item of items ?? []) {\n  // ...\n}'),
    ],
    references: [mdn('Reference/Errors/is_not_iterable', 'TypeError: \'x\' is not iterable')],
    samples: ['TypeError: undefined is not iterable (cannot read property Symbol(Symbol.iterator))', 'TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator))'],
  },
  {
    id: 'javascript.const-assignment',
    language: 'javascript',
    match: /TypeError: Assignment to constant variable\./,
    errorType: 'TypeError',
    category: 'type',
    priority: 6,
    summary: 'A variable declared with const was reassigned.',
    explanation: 'const bindings cannot be reassigned after their declaration. (Objects and arrays declared with const can still be modified; only the variable itself cannot point elsewhere.)',
    causes: ['Reassigning a const in a loop, a counter or a conditional', 'Using const for a value that is later replaced (e.g. let-style accumulators)'],
    fixes: [fix('Use let for values that change', [], 'let total = 0;\nfor (const item of items) total += item.price;')],
    references: [mdn('Reference/Errors/Invalid_const_assignment', 'TypeError: invalid assignment to const "x"')],
    samples: [
      `TypeError: Assignment to constant variable.
    at Object.<anonymous> (/home/dev/app/index.js:4:7)
    at Module._compile (node:internal/modules/cjs/loader:1256:14)`,
    ],
  },
  {
    id: 'javascript.not-defined',
    language: 'javascript',
    match: /ReferenceError: (?<name>[\w$.]+) is not defined/,
    errorType: 'ReferenceError',
    category: 'name',
    priority: 5,
    summary: (c) => `'${c.name}' is not defined in this scope.`,
    explanation: (c) => {
      const name = c.name ?? '';
      if (/^(?:require|module|exports|__dirname|__filename)$/.test(name)) {
        return `'${name}' only exists in CommonJS modules. This file runs as an ES module ("type": "module" in package.json, a .mjs file, or a bundler/test runner in ESM mode), where it is not available.`;
      }
      if (/^(?:window|document|localStorage|sessionStorage|navigator|location|alert)$/.test(name)) {
        return `'${name}' is a browser global. The code ran outside the browser: in Node.js, during server-side rendering (Next.js, Remix), or in a test environment without a DOM.`;
      }
      if (name === 'process') return "'process' is a Node.js global; browser bundles do not have it unless the bundler defines it (Vite uses import.meta.env instead).";
      return `JavaScript found no variable, function or import named '${name}' in any enclosing scope. It is misspelt, not imported, declared in another scope, or comes from a script that did not load.`;
    },
    causes: (c) => {
      const name = c.name ?? 'the name';
      return [
        `A missing import or require of ${name}`,
        'A typo or different capitalisation',
        'Code written for another environment (CommonJS vs ESM, browser vs Node/SSR)',
        'A script tag (e.g. a CDN library) did not load before this code ran',
      ];
    },
    fixes: (c) => {
      const name = c.name ?? '';
      if (name === '__dirname' || name === '__filename') {
        return [fix('Derive it from import.meta.url in ES modules', [], "import { fileURLToPath } from 'node:url';\nimport path from 'node:path';\nconst __filename = fileURLToPath(import.meta.url);\nconst __dirname = path.dirname(__filename);\n// Node 20.11+: import.meta.dirname")];
      }
      if (name === 'require') return [fix('Use import in ES modules', ['Replace require() with import (this file is an ES module, where require is not defined), or use createRequire for CommonJS-only cases.'], "import fs from 'node:fs';\n// or: import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);")];
      if (/^(?:window|document|localStorage|sessionStorage|navigator|location)$/.test(name)) {
        return [
          fix(`Only touch ${name} in the browser`, [`${name} exists only in browsers: during server-side rendering (Next.js, Nuxt) and in Node.js it is missing. Move the code into useEffect (React) or guard it.`, `In Jest, tests that need ${name} must run in the jsdom environment (testEnvironment: "jsdom").`], `useEffect(() => {\n  // ${name} is available here\n}, []);\n// or: if (typeof ${name} !== 'undefined') { ... }`),
        ];
      }
      return [fix('Declare or import it before use', [`Add the import for ${name}, or fix the spelling to match the declaration.`])];
    },
    references: [mdn('Reference/Errors/Not_defined', 'ReferenceError: "x" is not defined'), NODE_ESM],
    samples: [
      `file:///home/dev/app/server.js:3
const express = require('express');
                ^

ReferenceError: require is not defined in ES module scope, you can use import instead
    at file:///home/dev/app/server.js:3:17`,
      'ReferenceError: window is not defined',
      'Uncaught ReferenceError: $ is not defined',
    ],
  },
  {
    // Internet Explorer / legacy Edge (JScript) wordings of "x is not a function" and "x is not
    // defined", with or without the class and the SCRIPTnnnn number.
    id: 'javascript.ie-script-error',
    language: 'javascript',
    // Also IE 8's error dialog ("Message: 'console' is undefined", German "Meldung: … ist undefiniert") and
    // the console's code before a localised message ("SCRIPT438: 对象不支持此属性或方法"): 438 is this TypeError,
    // 5009 the ReferenceError (README: the class before the code).
    match: /Object doesn't support (?:property or method '(?<method>[^'\n]{1,200})'|this (?<action>action|property or method))|^(?:(?:Uncaught )?ReferenceError: |SCRIPT5009: |(?:Message|Meldung): )?'(?<name>[\w$.]{1,200})' (?:is (?:undefined|not defined)|ist undefiniert)$|(?<![\w])SCRIPT(?<code>438|5009): (?=\S)/m,
    errorType: (c) => (c.name || c.code === '5009' ? 'ReferenceError' : 'TypeError'),
    category: 'type',
    priority: 5,
    summary: (c) => (c.name ? `'${c.name}' is not defined where the script runs.` : c.code === '5009' ? 'A name is not defined where the script runs.' : `The object has no method ${c.method ? `'${c.method}'` : 'for this call'}.`),
    explanation: (c) =>
      c.name || c.code === '5009'
        ? `Internet Explorer (or legacy Edge) reports a name that no script defined: a library that did not load (blocked, wrong path, loaded after the code that uses it), or a modern global (Promise, fetch, Symbol) that this browser does not have.`
        : `Internet Explorer (or legacy Edge) reports a call to a method the object does not have. Most often the method is newer than the browser (Array.prototype.includes, String.prototype.startsWith, Object.assign, Element.closest), or the object is not what the code expects.`,
    causes: ['A modern API missing in Internet Explorer (needs a polyfill or transpiling)', 'A library script not loaded, or loaded after the code that uses it', 'The value is a different object than assumed'],
    fixes: (c) => [
      fix(c.name ? `Make sure ${c.name} exists before it is used` : `Provide ${c.method ?? 'the method'} for old browsers`, [
        c.name ? `Check that the script defining ${c.name} loads (network tab) and runs before this code.` : 'Add a polyfill (core-js) or transpile for the browsers you support, or avoid the newer API.',
      ], "// browserslist in package.json, with Babel's preset-env and core-js\n\"browserslist\": [\"defaults\", \"ie 11\"]"),
    ],
    references: [mdn('Reference/Errors', 'JavaScript error reference')],
    samples: ["SCRIPT438: Object doesn't support property or method 'includes'", "'Promise' is undefined"],
  },
  {
    id: 'javascript.tdz-before-initialization',
    language: 'javascript',
    match: /ReferenceError: Cannot access '(?<name>[^'\n]+)' before initialization/,
    errorType: 'ReferenceError',
    category: 'name',
    priority: 6,
    summary: (c) => `'${c.name}' is used before its let/const/class declaration has run.`,
    explanation: (c) =>
      `let, const and class declarations exist from the start of their scope but cannot be read until the declaration line has executed (the "temporal dead zone"). '${c.name}' was read too early: the code order is wrong, or two modules import each other and one runs before the other has finished.`,
    causes: ['Using a variable or class above its declaration', 'Circular imports between modules (common with barrel index files)', 'A function using the variable is called before the declaration runs'],
    fixes: (c) => [
      fix(c.name ? `Move the declaration of ${c.name} up or its use down` : 'Move the declaration up or the use down', [`${c.name ?? 'The variable'} must be declared (its let/const/class line must have run) before it is read.`]),
      fix('Break the import cycle', [`If ${c.name ?? 'it'} comes from another module, move shared code into a module that both import, or import from the concrete file instead of an index barrel.`], 'npx madge --circular src/'),
    ],
    references: [mdn('Reference/Errors/Cant_access_lexical_declaration_before_init', "ReferenceError: can't access lexical declaration 'X' before initialization")],
    samples: ["ReferenceError: Cannot access 'UserService' before initialization"],
  },
  {
    id: 'javascript.json-parse-invalid',
    language: 'javascript',
    match: /SyntaxError: (?<detail>Unexpected token[^\n]*? in JSON at position \d+|[^\n]*? is not valid JSON|(?:Unexpected|Expected)[^\n]*? in JSON at position \d+|JSON\.parse: [^\n]+)/,
    errorType: 'SyntaxError',
    category: 'io',
    priority: 7,
    summary: (c) => {
      const d = c.detail ?? '';
      if (/Unexpected token '?</.test(d)) return 'JSON.parse received HTML (starting with "<") instead of JSON.';
      if (d.includes('[object Object]')) return 'JSON.parse received an object, not a JSON string.';
      return 'JSON.parse received text that is not valid JSON.';
    },
    explanation: (c) => {
      const d = c.detail ?? '';
      if (/Unexpected token '?</.test(d)) {
        return 'The text starts with "<": it is an HTML page (an error page, a login redirect, the index.html of a dev server for an unknown route), so the URL, proxy or server route is wrong, or the server failed and answered with HTML.';
      }
      if (d.includes('[object Object]')) return 'The value passed to JSON.parse is already an object (it was converted to the string "[object Object]"). It does not need parsing.';
      return 'The parser hit a character that JSON does not allow: single quotes, trailing commas, comments, unquoted keys, or a body that is not JSON at all (plain text, an empty or partial response).';
    },
    causes: [
      'A fetch/axios call hit the wrong URL or a failing server and got an HTML page back',
      'response.json() on a response that is not JSON (check status and Content-Type first)',
      'JSON.parse on a value that is already an object',
      'Hand-written JSON with single quotes, comments or trailing commas',
    ],
    fixes: [
      fix('Check the response before parsing', ['Log status, content type and the start of the body.'], "const res = await fetch(url);\nconst text = await res.text();\nif (!res.ok) throw new Error(`${res.status}: ${text.slice(0, 200)}`);\nconst data = JSON.parse(text);"),
      fix('Do not parse objects twice', ['axios and res.json() already return parsed data; only JSON.parse strings.']),
    ],
    references: [mdn('Reference/Errors/JSON_bad_parse', 'SyntaxError: JSON.parse: bad parsing'), JSON_PARSE],
    samples: [
      `SyntaxError: Unexpected token '<', "<!DOCTYPE "... is not valid JSON
    at JSON.parse (<anonymous>)
    at parseJSONFromBytes (node:internal/deps/undici/undici:5584:19)`,
      'SyntaxError: Unexpected token < in JSON at position 0',
      'SyntaxError: "[object Object]" is not valid JSON',
    ],
  },
  {
    id: 'javascript.json-unexpected-end',
    language: 'javascript',
    match: /SyntaxError: Unexpected end of JSON input/,
    errorType: 'SyntaxError',
    category: 'io',
    priority: 7,
    summary: 'JSON.parse received an empty or truncated string.',
    explanation: 'The JSON text ended before the value was complete. Most often it is empty: an HTTP response with no body (204, an error, a redirect), an empty file, or an unset variable or localStorage entry.',
    causes: ['response.json() on an empty body (204 No Content, HEAD, an error without body)', 'JSON.parse(localStorage.getItem(key)) when nothing was stored, or an empty file', 'A truncated response or partially written file'],
    fixes: [fix('Handle empty bodies explicitly', [], "const text = await res.text();\nconst data = text ? JSON.parse(text) : null;")],
    references: [mdn('Reference/Errors/JSON_bad_parse', 'SyntaxError: JSON.parse: bad parsing'), JSON_PARSE],
    samples: [
      `SyntaxError: Unexpected end of JSON input
    at JSON.parse (<anonymous>)
    at Object.<anonymous> (/home/dev/tools/read-config.js:6:21)`,
    ],
  },
  {
    id: 'javascript.import-outside-module',
    language: 'javascript',
    match: /SyntaxError: (?:Cannot use import statement outside a module|Unexpected token 'export')/,
    errorType: 'SyntaxError',
    category: 'configuration',
    priority: 7,
    summary: 'ES module syntax (import/export) is used in a file that is loaded as CommonJS.',
    explanation:
      'Node.js (or Jest) treats .js files as CommonJS unless the nearest package.json says "type": "module" or the file ends in .mjs. CommonJS does not understand import/export, so parsing fails at the first one. It also happens when a dependency ships untranspiled ESM that Jest does not transform.',
    causes: ['package.json has no "type": "module" while the code uses import', 'Running TypeScript/modern code directly without compiling it', 'Jest loading an ESM-only package from node_modules without transforming it'],
    fixes: [
      fix('Declare the project as ESM', ['Add "type": "module" to package.json (or rename the file to .mjs).'], '{\n  "type": "module"\n}'),
      fix('Or stay on CommonJS', ['Use require()/module.exports, or compile with TypeScript/Babel to CommonJS.'], "const express = require('express');"),
      fix('For Jest', ['Transform the ESM dependency (transformIgnorePatterns) or run Jest in ESM mode.'], "transformIgnorePatterns: ['/node_modules/(?!(some-esm-package)/)']"),
    ],
    references: [NODE_ESM, NODE_PACKAGES, mdn('Guide/Modules', 'JavaScript modules')],
    samples: [
      `(node:12345) Warning: To load an ES module, set "type": "module" in the package.json or use the .mjs extension.
/home/dev/app/index.js:1
import express from 'express';
^^^^^^

SyntaxError: Cannot use import statement outside a module
    at internalCompileFunction (node:internal/vm:76:18)`,
    ],
  },
  {
    id: 'javascript.require-esm',
    language: 'javascript',
    // The code comes first in Node's message; the alternative with the path must start there too.
    match: /(?:ERR_REQUIRE_ESM\]?:? )?require\(\) of ES Module (?<path>\S+) (?:from \S+ )?not supported|ERR_REQUIRE_ESM/,
    errorType: 'ERR_REQUIRE_ESM',
    category: 'dependency',
    priority: 8,
    summary: (c) => {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(c.path ?? '')?.[1];
      return pkg ? `The package '${pkg}' is ESM-only and cannot be loaded with require().` : 'An ES module was loaded with require().';
    },
    explanation:
      'The module is an ES module (its package.json says "type": "module" or it is .mjs), and older Node.js versions cannot require() ES modules. Many packages (node-fetch 3, chalk 5, nanoid 4 …) became ESM-only in a major version, so upgrading them breaks CommonJS code.',
    causes: ['A dependency was upgraded to an ESM-only major version', 'Your project is CommonJS (or TypeScript compiled to CommonJS) while the dependency is ESM'],
    fixes: (c) => {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(c.path ?? '')?.[1];
      const name = pkg ?? c.path ?? 'node-fetch';
      return [
        fix('Load it with a dynamic import', [`import() works from CommonJS${c.path ? `: load ${c.path} that way` : ''}.`], `const mod = await import('${name}');`),
        fix(pkg ? `Pin the last CommonJS version of ${pkg}` : 'Pin the last CommonJS version', ['For example node-fetch@2, chalk@4.'], pkg ? `npm view ${pkg} versions\nnpm install ${pkg}@<last CommonJS major>` : 'npm install node-fetch@2'),
        fix('Move to ESM or a newer Node.js', ['Switch the project to "type": "module", or use Node.js 20.19+/22.12+, where require() of ES modules is supported.']),
      ];
    },
    references: [NODE_ESM, NODE_MODULES, NODE_ERRORS],
    samples: [
      `Error [ERR_REQUIRE_ESM]: require() of ES Module /app/node_modules/node-fetch/src/index.js from /app/src/client.js not supported.
Instead change the require of index.js in /app/src/client.js to a dynamic import() which is available in all CommonJS modules.
    at Object.<anonymous> (/app/src/client.js:1:15) {
  code: 'ERR_REQUIRE_ESM'
}`,
    ],
  },
  {
    id: 'javascript.esm-module-not-found',
    language: 'javascript',
    // Windows consoles wrap long lines, so "imported" and "from" may be on two lines.
    match: /Cannot find (?<kind>module|package) '(?<module>[^'\n]+)' imported\s{1,10}from (?<from>\S+)/,
    errorType: 'ERR_MODULE_NOT_FOUND',
    category: 'dependency',
    priority: 7,
    summary: (c) => `The ES module import of '${c.module}' cannot be resolved.`,
    explanation: (c) =>
      /^(?:\.|\/|file:)/.test(c.module ?? '')
        ? `ES modules resolve relative imports literally: no file extension is added and no index.js is looked up in directories. '${c.module}' does not exist as written. Usually the import lacks its .js extension (also in TypeScript source, which must import './x.js').`
        : `The ${c.kind ?? 'package'} '${c.module}' is not installed where Node.js looks (node_modules next to the importing file or above it), or its "exports" do not provide this path.`,
    causes: ['A relative import without the .js extension, or a directory import without /index.js', 'The package is not installed (missing npm install, or installed in another folder)', "The package's \"exports\" field does not expose this subpath"],
    fixes: (c) =>
      /^(?:\.|\/|file:)/.test(c.module ?? '')
        ? [fix(`Write the full file path of ${c.module}`, ['Add the extension (and /index.js for folders).'], `import helper from '${/\.[cm]?js$/.test(c.module ?? '') ? c.module : `${c.module}.js`}';`)]
        : [fix(`Install ${c.module} in this project`, [`Run the install in the folder of the importing file${c.from ? ` (${c.from})` : ''}.`], `npm install ${(c.module ?? '').split('/').slice(0, (c.module ?? '').startsWith('@') ? 2 : 1).join('/')}`)],
    references: [NODE_ESM, NODE_PACKAGES],
    samples: [
      `node:internal/errors:496
    ErrorCaptureStackTrace(err);
    ^

Error [ERR_MODULE_NOT_FOUND]: Cannot find module '/home/dev/app/src/utils' imported from /home/dev/app/src/index.js
    at finalizeResolution (node:internal/modules/esm/resolve:264:11) {
  code: 'ERR_MODULE_NOT_FOUND'
}`,
      "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'dotenv' imported from /srv/app/server.mjs",
    ],
  },
  {
    id: 'javascript.cannot-find-module',
    language: 'javascript',
    // Jest's resolver prints it without "Error:": "Cannot find module './App.css' from 'App.js'".
    // Rollup's loader names its native package unquoted: "Cannot find module @rollup/rollup-linux-x64-gnu. npm has a bug…".
    match: /(?:Error: |^[ \t]*)Cannot find module (?:'(?<module>[^'\n]+)'(?: from '(?<from>[^'\n]+)')?(?!\s{1,10}imported\s)|(?<native>@?[\w.-]{1,100}(?:\/[\w.-]{1,100})?)\. npm has a bug related to optional dependencies)/m,
    errorType: 'MODULE_NOT_FOUND',
    category: 'dependency',
    priority: 5,
    summary: (c) => `Node.js cannot find the module '${c.module ?? c.native}'.`,
    explanation: (c) => {
      if (c.native) return `${c.native} is the platform-specific binary package of Rollup, installed as an optional dependency. npm skipped it (a lock file created on another OS or CPU, npm's optional-dependency bug), so Rollup has no native code for this platform.`;
      const m = c.module ?? '';
      if (/[\\/]dist[\\/]|[\\/]build[\\/]/.test(m)) return `'${m}' is a build output that does not exist: the project was not built (or built to another folder) before it was started.`;
      if (/^(?:\.|\/|[A-Za-z]:\\)/.test(m)) return `No file exists at '${m}' (Node.js tried the exact path, then .js/.json/.node and index files). The path, its case, or the working directory is wrong.`;
      return `require('${m}') found no package of that name in any node_modules folder from the current file upwards: it is not installed, or it was installed in another project folder or as a global package.`;
    },
    causes: ['The dependency is not installed (npm install not run, or not in package.json)', 'A relative path or file-name case does not match (Linux is case-sensitive)', 'The start script points to a build output that was never built', 'node_modules is corrupted or from another Node.js version'],
    fixes: (c) => {
      if (c.native) return [fix(`Reinstall so that ${c.native} is installed`, ['Remove node_modules and the lock file, then install on this platform (in Docker, inside the image, not copied from the host).'], `rm -rf node_modules package-lock.json && npm install\nnpm ls ${c.native}`)];
      const m = c.module ?? '';
      const pkg = m.startsWith('@') ? m.split('/').slice(0, 2).join('/') : m.split('/')[0];
      const local = /^(?:\.|\/|[A-Za-z]:\\)/.test(m);
      const list = [
        local
          ? fix(`Check that ${m} exists`, [`Look for ${m}${c.from ? ` relative to ${c.from}` : ''}: the path and the file name's case must match exactly (Linux is case-sensitive).`, /\.(?:css|scss|sass|less|svg|png|jpe?g|gif)$/.test(m) ? 'In Jest, style and asset imports need a moduleNameMapper (e.g. identity-obj-proxy for CSS).' : 'Run the install if it is a dependency.'], /\.(?:css|scss|sass|less)$/.test(m) ? '// jest.config.js\nmoduleNameMapper: { "\\\\.(css|scss|sass|less)$": "identity-obj-proxy" }' : 'npm install')
          : fix(`Install ${pkg}`, ['Run the install in the folder that has package.json.'], `npm install ${pkg}`),
      ];
      list.push(fix('Build before starting', [`If ${m} is in dist/ or build/, run the build script first.`], 'npm run build && npm start'));
      list.push(fix('Reinstall from scratch', ['Remove node_modules and the lock-file-generated tree, then install again.'], 'rm -rf node_modules && npm ci'));
      return list;
    },
    references: [NODE_MODULES, NODE_ERRORS],
    samples: [
      `node:internal/modules/cjs/loader:1080
  throw err;
  ^

Error: Cannot find module 'express'
Require stack:
- /home/dev/api/server.js
    at Module._resolveFilename (node:internal/modules/cjs/loader:1077:15) {
  code: 'MODULE_NOT_FOUND',
  requireStack: [ '/home/dev/api/server.js' ]
}`,
      "Error: Cannot find module '/app/dist/main.js'",
    ],
  },
  {
    id: 'javascript.unknown-file-extension',
    language: 'javascript',
    match: /(?:ERR_UNKNOWN_FILE_EXTENSION\]?:? )?Unknown file extension "(?<ext>\.\w+)" for (?<file>\S+)|ERR_UNKNOWN_FILE_EXTENSION/,
    errorType: 'ERR_UNKNOWN_FILE_EXTENSION',
    category: 'configuration',
    priority: 7,
    summary: (c) => `Node.js does not know how to load ${c.ext ? `"${c.ext}" files` : 'this file type'} as an ES module.`,
    explanation:
      'In ES module mode ("type": "module"), Node.js only loads .js/.mjs/.cjs/.json (and .node) by itself. A .ts file needs a loader: ts-node in plain mode only hooks require(), not ESM imports.',
    causes: ['Running .ts files with ts-node in a "type": "module" project', 'A missing or wrong --loader/--import flag'],
    fixes: [
      fix('Run TypeScript through tsx', [], 'npx tsx src/index.ts'),
      fix('Or use ts-node\'s ESM loader, or compile first', [], 'node --loader ts-node/esm src/index.ts\n# or\nnpx tsc && node dist/index.js'),
    ],
    references: [NODE_ESM, NODE_CLI],
    samples: ['TypeError [ERR_UNKNOWN_FILE_EXTENSION]: Unknown file extension ".ts" for /home/dev/app/src/index.ts'],
  },
  {
    id: 'javascript.econnrefused',
    language: 'javascript',
    match: /\bconnect ECONNREFUSED (?<address>\S+):(?<port>\d+)|(?<!Errno::)\bECONNREFUSED\b/,
    errorType: 'ECONNREFUSED',
    category: 'network',
    priority: 6,
    summary: (c) => (c.port ? `Connection refused by ${c.address}:${c.port}.` : 'A connection was refused.'),
    explanation: (c) => {
      const where = c.port ? `${c.address}:${c.port}${service(c.port)}` : 'the target address';
      const ipv6 = c.address === '::1' ? ' The address ::1 is IPv6 localhost: Node.js 17+ may resolve "localhost" to ::1 while the server only listens on 127.0.0.1 (IPv4).' : '';
      return `Nothing accepts connections at ${where}: the server is not running, listens on a different port or interface, or (in a container) "localhost" is the container itself rather than the other service.${ipv6}`;
    },
    causes: (c) => [
      `The service${c.port && PORT_SERVICES[c.port] ? ` (${PORT_SERVICES[c.port]})` : ''} is not started or crashed`,
      'Wrong host or port in the configuration (environment variable not set, default used)',
      'Inside Docker, localhost points at the app container; the service is reachable by its compose service name',
      'localhost resolves to ::1 (IPv6) while the server listens on IPv4 only',
    ],
    fixes: (c) => [
      fix('Check the service is running and listening', [], `${c.port ? `nc -vz ${c.address === '::1' ? 'localhost' : c.address} ${c.port}\n` : ''}docker compose ps   # if it runs in Docker`),
      fix('Use the right host name', ['In docker compose use the service name (e.g. postgres://db:5432); locally prefer 127.0.0.1 over localhost when the server is IPv4-only.'], `DATABASE_URL=postgres://user:pass@127.0.0.1:${c.port ?? '5432'}/app`),
    ],
    references: [NODE_ERRORS, NODE_NET],
    samples: [
      `Error: connect ECONNREFUSED 127.0.0.1:5432
    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {
  errno: -111,
  code: 'ECONNREFUSED',
  syscall: 'connect',
  address: '127.0.0.1',
  port: 5432
}`,
      'Error: connect ECONNREFUSED ::1:3000',
      `TypeError: fetch failed
    at node:internal/deps/undici/undici:13502:13 {
  [cause]: Error: connect ECONNREFUSED 127.0.0.1:8080
      at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1606:16) {
    errno: -111,
    code: 'ECONNREFUSED'
  }
}`,
    ],
  },
  {
    id: 'javascript.econnreset',
    language: 'javascript',
    match: /\bECONNRESET\b|\bsocket hang up\b/,
    errorType: 'ECONNRESET',
    category: 'network',
    priority: 5,
    summary: 'The other side closed the connection abruptly.',
    explanation:
      'The connection was open, then the peer (server, proxy, load balancer) reset it before a complete response arrived. Typical reasons: the server crashed or restarted, an idle keep-alive connection was closed by the server or a proxy just as it was reused, a timeout on a proxy, or TLS/HTTP mismatch (https to an http port).',
    causes: ['The server crashed, restarted or hit its own timeout', 'A keep-alive connection closed by the server or a proxy while being reused', 'A proxy or firewall terminating long or idle connections', 'Speaking HTTPS to an HTTP port (or the reverse)'],
    fixes: [
      fix('Check the server side first', ['Look at the server/proxy logs at the same time for a crash or timeout.']),
      fix('Retry idempotent requests and align keep-alive timeouts', ['Retry GETs with backoff; keep the client idle timeout shorter than the server\'s keepAliveTimeout.']),
    ],
    references: [NODE_ERRORS, { title: 'Node.js docs: http', url: 'https://nodejs.org/api/http.html' }],
    samples: [
      `Error: read ECONNRESET
    at TCP.onStreamRead (node:internal/stream_base_commons:217:20) {
  errno: -104,
  code: 'ECONNRESET',
  syscall: 'read'
}`,
      'Error: socket hang up',
    ],
  },
  {
    id: 'javascript.etimedout',
    language: 'javascript',
    match: /\bconnect ETIMEDOUT (?<address>\S+):(?<port>\d+)|\bETIMEDOUT\b/,
    errorType: 'ETIMEDOUT',
    category: 'network',
    priority: 5,
    summary: (c) => (c.port ? `Connecting to ${c.address}:${c.port} timed out.` : 'A network operation timed out.'),
    explanation:
      'No answer arrived in time. Unlike "connection refused", the packets were probably dropped: a firewall or security group blocks the port, the host is down or unreachable from this network (VPN, private subnet), or the server is overloaded.',
    causes: ['A firewall/security group blocks the port', 'The host is only reachable from another network (VPN, VPC, localhost of another machine)', 'The server is overloaded or the timeout is too short'],
    fixes: (c) => [fix('Test reachability from the same machine', [], c.port ? `nc -vz -w 5 ${c.address} ${c.port}` : 'curl -v --max-time 10 <url>'), fix('Open the port or use the reachable address', ['Check security groups/firewall rules and whether the service listens on a public interface.'])],
    references: [NODE_ERRORS],
    samples: ['Error: connect ETIMEDOUT 10.0.3.17:443'],
  },
  {
    id: 'javascript.enotfound',
    language: 'javascript',
    // With the host when Node printed it; the bare code when a library re-wrapped the error.
    match: /getaddrinfo (?<code>ENOTFOUND|EAI_AGAIN) (?<host>[^\s,]+)|(?<!Errno::)\b(?<code2>ENOTFOUND|EAI_AGAIN)\b/,
    errorType: (c) => c.code ?? c.code2 ?? 'ENOTFOUND',
    category: 'network',
    priority: 6,
    summary: (c) => (c.host ? `The host name '${c.host}' could not be resolved.` : 'A host name could not be resolved (DNS lookup failed).'),
    explanation: (c) => {
      const host = c.host ?? '';
      if (!host) return 'A DNS lookup (getaddrinfo) found no address for the host the code tried to reach: the host name is misspelt or empty (often an unset environment variable), does not exist, or this machine has no working DNS/network access.';
      if (/[/:]/.test(host)) return `DNS lookup failed for '${host}', which is not a host name: a URL or "host:port" was passed where only the host is expected.`;
      if (!host.includes('.') && host !== 'localhost') return `'${host}' has no domain, like a Docker compose service name. Such names only resolve inside the compose network, not from the host machine or another network.`;
      return `DNS has no address for '${host}'${c.code === 'EAI_AGAIN' ? ' right now (a temporary DNS failure)' : ''}: the name is misspelt, does not exist, or this machine has no working DNS/network access (offline, VPN, container DNS).`;
    },
    causes: ['A typo in the host name or an unset environment variable producing a wrong host', 'A compose service name used from outside the compose network', 'No network or DNS inside the container/CI runner, or a corporate proxy required'],
    fixes: (c) => [fix('Resolve the name from the same environment', [], `nslookup ${c.host ?? 'example.com'}`), fix('Pass only the host name', ['Split URLs properly (new URL(url).hostname) and check the environment variable value.'])],
    references: [NODE_ERRORS, { title: 'Node.js docs: dns', url: 'https://nodejs.org/api/dns.html' }],
    samples: [
      `Error: getaddrinfo ENOTFOUND api.exmaple.com
    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:26) {
  errno: -3008,
  code: 'ENOTFOUND',
  syscall: 'getaddrinfo',
  hostname: 'api.exmaple.com'
}`,
      'Error: getaddrinfo EAI_AGAIN redis',
    ],
  },
  {
    id: 'javascript.eaddrinuse',
    language: 'javascript',
    // Node before 10 printed the bare port: "listen EADDRINUSE 8080".
    // Node 0.12 printed no port at all: "Error: listen EADDRINUSE".
    match: /\bEADDRINUSE\b(?:: address already in use)? (?:(?<address>\S*):)?(?<port>\d{1,5})\b|listen EADDRINUSE$/m,
    errorType: 'EADDRINUSE',
    category: 'network',
    priority: 7,
    summary: (c) => (c.port ? `Port ${c.port} is already in use.` : 'The port the server listens on is already in use.'),
    explanation: (c) =>
      `The server tried to listen on ${c.port ? `port ${c.port}` : 'its port'}, but another process already holds it: often a previous instance of the same app still running (a second terminal, a crashed watcher, a container), or another service using that port.`,
    causes: ['An earlier instance of the app is still running', 'Another program or container uses the same port', 'The app calls listen() twice (e.g. in tests or with hot reload)'],
    fixes: (c) => [
      fix('Find and stop the process using the port', ['macOS/Linux:', 'Windows: netstat -ano | findstr :' + (c.port ?? '3000') + ' then taskkill /PID <pid> /F'], `lsof -i :${c.port ?? '3000'}\nkill <pid>`),
      fix('Use another port', ['Make the port configurable.'], `PORT=${Number(c.port ?? '3000') + 1} npm start`),
    ],
    references: [NODE_ERRORS, NODE_NET],
    samples: [
      `node:events:495
      throw er; // Unhandled 'error' event
      ^

Error: listen EADDRINUSE: address already in use :::3000
    at Server.setupListenHandle [as _listen2] (node:net:1817:16)`,
    ],
  },
  {
    id: 'javascript.eacces-listen',
    language: 'javascript',
    match: /listen EACCES:? (?:permission denied )?(?<address>\S*):(?<port>\d+)/,
    errorType: 'EACCES',
    category: 'permission',
    priority: 7,
    summary: (c) => `No permission to listen on port ${c.port}.`,
    explanation: (c) =>
      Number(c.port) < 1024
        ? `Ports below 1024 are privileged on Linux and macOS: only root (or a process with the CAP_NET_BIND_SERVICE capability) may listen on ${c.port}.`
        : `The operating system refused port ${c.port}. On Windows, Hyper-V/WSL reserve port ranges that nothing else may use.`,
    causes: ['A privileged port (< 1024) without root', 'On Windows, the port falls into an excluded (reserved) range'],
    fixes: (c) => [
      fix(`Listen on a high port instead of ${c.port ?? 'a privileged port'} and put a proxy in front`, ['Ports below 1024 need root on Linux/macOS: run the app on e.g. 3000/8080 and let nginx, a load balancer or the container port mapping expose 80/443.'], `docker run -p ${c.port ?? '80'}:3000 my-app`),
      fix('Check reserved ranges on Windows', [`Windows can reserve port ${c.port ?? ''} for Hyper-V/WSL even when nothing listens on it.`], 'netsh interface ipv4 show excludedportrange protocol=tcp'),
    ],
    references: [NODE_ERRORS, NODE_NET],
    samples: ['Error: listen EACCES: permission denied 0.0.0.0:80'],
  },
  {
    id: 'javascript.eacces',
    language: 'javascript',
    match: /(?<!Errno::)\bEACCES: permission denied, (?<syscall>\w+) '(?<path>[^'\n]+)'/,
    errorType: 'EACCES',
    category: 'permission',
    priority: 3,
    summary: (c) => `Permission denied for ${c.syscall} on '${c.path}'.`,
    explanation: (c) =>
      /node_modules/.test(c.path ?? '') && /^\/usr\//.test(c.path ?? '')
        ? `npm tried to write to the system-wide folder '${c.path}', which belongs to root. Global installs with a system Node.js need a user-owned prefix (or a version manager), not sudo.`
        : `The process's user may not ${c.syscall} '${c.path}': the file or folder belongs to another user (often root after running something with sudo or in a container).`,
    causes: ['Files created by root (sudo, a container) and now used by a normal user', 'Global npm installs into a system directory', 'A read-only mount or directory'],
    fixes: (c) => [
      fix('Fix ownership instead of using sudo', [], `sudo chown -R "$(whoami)" "${c.path}"`),
      fix('Use a Node.js version manager for global packages', ['nvm/fnm/volta install Node.js in your home directory, so global installs need no root.'], 'nvm install --lts'),
    ],
    references: [NODE_ERRORS, { title: 'npm docs: Resolving EACCES permissions errors', url: 'https://docs.npmjs.com/resolving-eacces-permissions-errors-when-installing-packages-globally' }],
    samples: ["Error: EACCES: permission denied, open '/var/www/app/logs/app.log'"],
  },
  {
    id: 'javascript.spawn-enoent',
    language: 'javascript',
    match: /\bspawn (?<command>\S+) ENOENT/,
    errorType: 'ENOENT',
    category: 'io',
    priority: 7,
    summary: (c) => `The program '${c.command}' could not be started: it was not found.`,
    explanation: (c) =>
      `child_process tried to run '${c.command}' and the operating system found no executable of that name on the PATH (or at that path). On Windows, npm/npx/yarn are .cmd scripts that spawn() only finds with shell: true.`,
    causes: (c) => [`'${c.command}' is not installed in this environment (container, CI image)`, 'The PATH of the Node.js process differs from your shell (GUI apps, services, cron)', 'On Windows, a .cmd script spawned without shell: true', 'The working directory (cwd) passed to spawn does not exist'],
    fixes: (c) => [
      fix('Install the program or use its full path', [], `which ${c.command}`),
      fix('Let a shell resolve it where needed', [], `spawn('${c.command}', args, { shell: process.platform === 'win32' });`),
    ],
    references: [{ title: 'Node.js docs: child_process', url: 'https://nodejs.org/api/child_process.html' }, NODE_ERRORS],
    samples: [
      `Error: spawn python ENOENT
    at ChildProcess._handle.onexit (node:internal/child_process:284:19)
    at onErrorNT (node:internal/child_process:477:16) {
  errno: -2,
  code: 'ENOENT',
  syscall: 'spawn python'
}`,
    ],
  },
  {
    id: 'javascript.enoent',
    language: 'javascript',
    match: /(?<!Errno::)\bENOENT: no such file or directory, (?<syscall>\w+) '(?<path>[^'\n]+)'/,
    errorType: 'ENOENT',
    category: 'io',
    priority: 3,
    summary: (c) => `No such file or directory: '${c.path}'.`,
    explanation: (c) =>
      `${c.syscall ?? 'The operation'} on '${c.path}' failed because nothing exists at that path. Relative paths are resolved against process.cwd() (where node was started), not against the source file.`,
    causes: ['A relative path resolved against an unexpected working directory', 'The file is not created yet, or not copied into the build/container', 'A typo or case difference (Linux is case-sensitive)'],
    fixes: (c) => [
      fix(`Resolve ${c.path ?? 'the path'} from the module location`, [`${c.path ?? 'The path'} is resolved against process.cwd() if it is relative; build it from the module's own folder instead, or check that the file is created/copied before it is used.`], `import path from 'node:path';\nconst file = path.join(__dirname, ${JSON.stringify(c.path ?? 'data/config.json')});\n// ESM: new URL(${JSON.stringify(c.path ?? './data/config.json')}, import.meta.url)`),
      fix('Check what exists', [], `console.log(process.cwd(), fs.existsSync(${JSON.stringify(c.path ?? 'file')}));`),
    ],
    references: [NODE_ERRORS, { title: 'Node.js docs: fs', url: 'https://nodejs.org/api/fs.html' }],
    samples: [
      `Error: ENOENT: no such file or directory, open 'config/settings.json'
    at Object.openSync (node:fs:601:3)
    at Object.readFileSync (node:fs:469:35) {
  errno: -2,
  syscall: 'open',
  code: 'ENOENT',
  path: 'config/settings.json'
}`,
    ],
  },
  {
    id: 'javascript.emfile',
    language: 'javascript',
    match: /\b(?<code>EMFILE|ENFILE)\b(?:: too many open files)?/,
    errorType: (c) => c.code ?? 'EMFILE',
    category: 'io',
    priority: 6,
    summary: 'The process has too many files (or sockets) open at once.',
    explanation:
      'Every open file, socket and file watcher uses a file descriptor, and the operating system limits how many a process may hold. Opening many files in parallel (Promise.all over thousands of files), leaking handles, or watching huge folders hits that limit.',
    causes: ['Unbounded parallel fs operations or HTTP requests', 'File handles or sockets not closed (leak)', 'File watchers on large trees (node_modules) with a low ulimit'],
    fixes: [
      fix('Limit concurrency', ['Process files in batches or with a concurrency limiter (p-limit); graceful-fs retries EMFILE.'], "import pLimit from 'p-limit';\nconst limit = pLimit(50);\nawait Promise.all(files.map((f) => limit(() => fs.promises.readFile(f))));"),
      fix('Raise the limit where appropriate', [], 'ulimit -n 65535'),
    ],
    references: [NODE_ERRORS],
    samples: ["Error: EMFILE: too many open files, open '/app/data/img_1042.png'"],
  },
  {
    id: 'javascript.enospc-watchers',
    language: 'javascript',
    match: /ENOSPC: System limit for number of file watchers reached/,
    errorType: 'ENOSPC',
    category: 'configuration',
    priority: 8,
    summary: 'Linux ran out of inotify file watchers.',
    explanation: 'Dev servers and watchers (webpack, Vite, Jest --watch, nodemon, VS Code) register one inotify watch per watched file or folder. The per-user limit (fs.inotify.max_user_watches) is lower than what the project needs. This is not about disk space.',
    causes: ['A large project (or node_modules) being watched', 'Several editors/watchers running at once', 'A low default limit on the distribution'],
    fixes: [
      fix('Raise the inotify watch limit', [], 'echo fs.inotify.max_user_watches=524288 | sudo tee -a /etc/sysctl.conf\nsudo sysctl -p'),
      fix('Watch less', ['Exclude node_modules and build folders from watchers.']),
    ],
    references: [{ title: 'Node.js docs: fs.watch caveats', url: 'https://nodejs.org/api/fs.html' }],
    samples: ["Error: ENOSPC: System limit for number of file watchers reached, watch '/home/dev/app/src'"],
  },
  {
    id: 'javascript.max-call-stack',
    language: 'javascript',
    match: /RangeError: Maximum call stack size exceeded/,
    errorType: 'RangeError',
    category: 'runtime',
    priority: 6,
    summary: 'The call stack overflowed: a function keeps calling itself (directly or indirectly).',
    explanation:
      'Each function call uses stack space, and the stack is limited. Infinite recursion is the usual cause: a missing base case, a setter or getter that assigns or reads itself, a toJSON/toString that recurses, or in React a component rendering itself. The repeating frames in the stack show the cycle.',
    causes: ['Recursion without a reachable base case', 'A getter/setter that references its own property (this.x inside set x)', 'Two functions or event handlers triggering each other', 'Spreading a huge array into a function call (Math.max(...bigArray))'],
    fixes: [
      fix('Find the repeating frames', ['Look at the stack: the frames that repeat show which calls form the cycle, then check the condition that should stop it.']),
      fix('Use a backing field in accessors', [], 'class User {\n  #name = "";\n  set name(v) { this.#name = v; } // not this.name = v\n  get name() { return this.#name; }\n}'),
      fix('Avoid spreading large arrays', [], 'const max = bigArray.reduce((a, b) => Math.max(a, b), -Infinity);'),
    ],
    references: [mdn('Reference/Errors/Too_much_recursion', 'InternalError: too much recursion')],
    samples: [
      `RangeError: Maximum call stack size exceeded
    at set value [as value] (/home/dev/app/src/model.js:12:16)
    at set value [as value] (/home/dev/app/src/model.js:12:16)`,
    ],
  },
  {
    id: 'javascript.invalid-array-length',
    language: 'javascript',
    match: /RangeError: Invalid array length/,
    errorType: 'RangeError',
    category: 'memory',
    priority: 6,
    summary: 'An array was given a negative, fractional or too large length.',
    explanation: 'new Array(n), arr.length = n or an array growing in a loop produced a length outside 0 … 2^32-1. Usually n is negative or NaN from a calculation, or a loop pushes forever until the limit.',
    causes: ['new Array(n) with n negative, fractional or NaN', 'An infinite loop that keeps pushing into an array', 'String/array repeat counts computed from bad input'],
    fixes: [fix('Validate the length before creating the array', [], 'if (!Number.isInteger(n) || n < 0) throw new Error(`bad length: ${n}`);\nconst arr = new Array(n);')],
    references: [mdn('Reference/Errors/Invalid_array_length', 'RangeError: invalid array length')],
    samples: ['RangeError: Invalid array length\n    at Array.push (<anonymous>)\n    at buildRows (/app/report.js:30:12)'],
  },
  {
    id: 'javascript.heap-out-of-memory',
    language: 'javascript',
    match: /FATAL ERROR: [^\n]*?(?:Reached heap limit|JavaScript heap out of memory|Ineffective mark-compacts near heap limit)|JavaScript heap out of memory/,
    errorType: 'JavaScript heap out of memory',
    category: 'memory',
    priority: 8,
    summary: 'Node.js ran out of heap memory and was killed.',
    explanation:
      "V8's heap hit its size limit, garbage collection could not free enough, and the process aborted. Either the job really needs more memory (large builds, big data sets loaded at once), or memory grows without bound (a leak: caches, listeners, arrays that are never cleared).",
    causes: ['A large build (webpack, tsc, Next.js) exceeding the default heap limit', 'Loading a large file or query result entirely into memory', 'A memory leak: unbounded caches, retained closures, accumulating listeners', 'A container memory limit lower than the heap Node.js assumes'],
    fixes: [
      fix('Give the heap more room for legitimately big jobs', ['Set the old-space size in MB.'], 'NODE_OPTIONS=--max-old-space-size=4096 npm run build'),
      fix('Stream instead of loading everything', ['Process files and query results as streams or in batches.']),
      fix('Look for a leak', ['Take heap snapshots (node --inspect, Chrome DevTools Memory tab) and compare what keeps growing.'], 'node --inspect --heapsnapshot-near-heap-limit=3 server.js'),
    ],
    references: [NODE_CLI, { title: 'Node.js guide: Understanding and tuning memory', url: 'https://nodejs.org/en/learn/diagnostics/memory/understanding-and-tuning-memory' }],
    samples: [
      `<--- Last few GCs --->

[41233:0x5f2c0d0]    71853 ms: Mark-Compact 2035.7 (2082.5) -> 2033.9 (2083.0) MB, 1653.1 / 0.0 ms  (average mu = 0.117, current mu = 0.011) allocation failure

FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory
 1: 0xb7a940 node::Abort() [node]`,
    ],
  },
  UNHANDLED_REJECTION,
  {
    ...UNHANDLED_REJECTION,
    // Node before 15 only warned. Below zero: the warning says the rejection was not caught; the
    // reason printed with it (a database error, an ORM's class) is the error, when a pattern knows it.
    id: 'javascript.unhandled-rejection-warning',
    match: /(?<warning>UnhandledPromiseRejectionWarning: )|Unhandled promise rejection/,
    priority: -1,
    samples: [
      '(node:4824) UnhandledPromiseRejectionWarning: Unhandled promise rejection. This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). (rejection id: 1)',
    ],
  },
  {
    id: 'javascript.headers-sent',
    language: 'javascript',
    match: /ERR_HTTP_HEADERS_SENT|Cannot set headers after they are sent to the client/,
    errorType: 'ERR_HTTP_HEADERS_SENT',
    category: 'runtime',
    priority: 7,
    summary: 'A response was sent twice for the same request.',
    explanation:
      'Once res.send/res.json/res.end (or a redirect) has run, the headers are on the wire. A second send for the same request fails. The handler keeps going after responding: a missing return after res.send, a callback that responds as well, or next() called after responding.',
    causes: ['A missing return after res.send()/res.json() in an if branch', 'Both a callback/promise handler and the main code send a response', 'Middleware calls next() after already responding, or an error handler responds again'],
    fixes: [fix('Return right after responding', [], "if (!user) {\n  return res.status(404).json({ error: 'not found' });\n}\nres.json(user);")],
    references: [NODE_ERRORS, { title: 'Express: Error handling', url: 'https://expressjs.com/en/guide/error-handling.html' }],
    samples: [
      `Error [ERR_HTTP_HEADERS_SENT]: Cannot set headers after they are sent to the client
    at new NodeError (node:internal/errors:405:5)
    at ServerResponse.setHeader (node:_http_outgoing:648:11)
    at ServerResponse.json (/app/node_modules/express/lib/response.js:264:10)
    at /app/routes/users.js:27:9`,
    ],
  },
  {
    id: 'javascript.cors-blocked',
    language: 'javascript',
    // Chrome's wording, then Firefox's "(Reason: CORS …)", whose reason keeps the word CORS in every locale
    // ("（原因：CORS 头缺少 'Access-Control-Allow-Origin'）", "(Grund: CORS-Kopfzeile … fehlt)").
    match: /(?:from origin '(?<origin>[^'\n]+)' )?has been blocked by CORS policy: (?<reason>[^\n]+)|[(（](?:Reason|Raison|Grund|Motivo|Razón|Причина|原因|理由|Powód|Reden|Důvod|Motivazione)\s?[:：]\s?(?<ffReason>[^\n)）]{0,100}?CORS[^\n)）]{0,200})[)）]/,
    errorType: 'CORS',
    category: 'network',
    priority: 7,
    summary: (c) => `The browser blocked a cross-origin request${c.origin ? ` from ${c.origin}` : ''}.`,
    explanation: (c) => {
      const reason = c.reason ?? c.ffReason ?? '';
      let specific = 'The server did not allow this origin.';
      if (/preflight/i.test(reason)) specific = 'The browser first sent an OPTIONS "preflight" request (because of custom headers, JSON content type or a non-simple method) and the server did not answer it with the right CORS headers (or answered with a redirect or an error).';
      else if (/wildcard/i.test(reason)) specific = "With credentials (cookies, credentials: 'include'), the server must name the origin exactly; '*' is not allowed.";
      else if (/No 'Access-Control-Allow-Origin'|Access-Control-Allow-Origin.{0,20}(?:missing|manquant|fehlt|缺少|が足りない|отсутствует|falta)|(?:缺少|missing).{0,5}.Access-Control-Allow-Origin/i.test(reason))
        specific = 'The response carries no Access-Control-Allow-Origin header for this origin.';
      else if (/did not succeed|未能成功|n’a pas abouti|ist fehlgeschlagen/i.test(reason))
        specific = 'Firefox got no HTTP response at all: the server is down or unreachable, the certificate is not trusted, or an extension blocked the request. The console names CORS, but the network is the problem.';
      else if (/not http|不是 http|n’est pas HTTP|nicht http/i.test(reason)) specific = 'The page was opened from file://, and browsers make no CORS requests from there: serve it over http(s) instead.';
      return `Browsers only let a page read responses from another origin (scheme + host + port) when that server opts in with CORS headers. ${specific} The request may well have reached the server: the fix is on the server (or a dev proxy), not in the fetch call.`;
    },
    causes: ['The API does not send Access-Control-Allow-Origin for this origin', 'OPTIONS preflight requests are not handled (or hit auth middleware / a redirect)', "Credentials are sent while the server answers with '*'", 'The request actually failed (500, 404) and the error response lacks CORS headers'],
    fixes: (c) => [
      fix('Allow the origin on the server', ['Configure CORS in the API for the front-end origin, including preflight.'], `// Express\nimport cors from 'cors';\napp.use(cors({ origin: '${c.origin ?? 'http://localhost:5173'}', credentials: true }));`),
      fix('Use a dev-server proxy during development', ['Proxy /api through the front-end dev server so the browser sees one origin.'], "// vite.config.js\nserver: { proxy: { '/api': 'http://localhost:8080' } }"),
    ],
    references: [{ title: 'MDN: Cross-Origin Resource Sharing (CORS)', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS' }, { title: 'MDN: CORS errors', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS/Errors' }],
    samples: [
      "Access to fetch at 'https://api.example.com/v1/items' from origin 'http://localhost:3000' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource. If an opaque response serves your needs, set the request's mode to 'no-cors' to fetch the resource with CORS disabled.",
      "Access to XMLHttpRequest at 'http://localhost:8080/api/login' from origin 'http://localhost:5173' has been blocked by CORS policy: Response to preflight request doesn't pass access control check: It does not have HTTP ok status.",
      "Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at http://localhost:9200/_all. (Reason: CORS header 'Access-Control-Allow-Origin' missing).",
      '已拦截跨源请求：同源策略禁止读取位于 http://localhost:9200/_all 的远程资源。（原因：CORS 头缺少 \'Access-Control-Allow-Origin\'）。',
    ],
  },
  {
    id: 'javascript.fetch-failed',
    language: 'javascript',
    match: /TypeError: (?:fetch failed|Failed to fetch|NetworkError when attempting to fetch resource\.?|Load failed)$/m,
    errorType: 'TypeError',
    category: 'network',
    priority: 4,
    summary: 'fetch() could not get any response from the server.',
    explanation:
      'The request failed at the network level, before any HTTP status: the server is unreachable, the name does not resolve, TLS failed, or (in browsers) CORS, mixed content or an ad blocker stopped it. In Node.js the real reason is in the error\'s "cause" (err.cause), printed as [cause]: below the message.',
    causes: ['The server is down or the URL/port is wrong', 'DNS or TLS failure (see err.cause in Node.js)', 'In the browser: CORS rejection, http request from an https page, or an extension blocking it'],
    fixes: [
      fix('Print the cause', ['In Node.js, log err.cause; in the browser, open the Network tab and the console for the blocked request.'], 'try {\n  await fetch(url);\n} catch (err) {\n  console.error(err.cause ?? err);\n}'),
      fix('Test the URL directly', [], 'curl -v <url>'),
    ],
    references: [{ title: 'MDN: Using the Fetch API', url: 'https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API/Using_Fetch' }, { title: 'Node.js docs: fetch (globals)', url: 'https://nodejs.org/api/globals.html' }],
    samples: ['TypeError: fetch failed\n    at node:internal/deps/undici/undici:12345:11\n    at async loadUsers (/app/src/users.js:4:15)', 'Uncaught (in promise) TypeError: Failed to fetch'],
  },
  {
    id: 'javascript.invalid-arg-type',
    language: 'javascript',
    match: /The "(?<arg>[^"\n]+)" (?:argument|property) must be (?<expected>[^\n]+?)\. Received (?<received>[^\n]+)/,
    errorType: 'ERR_INVALID_ARG_TYPE',
    category: 'type',
    priority: 5,
    summary: (c) => `A Node.js API got the wrong type for "${c.arg}".`,
    explanation: (c) =>
      `The "${c.arg}" argument must be ${c.expected}, but the call passed ${c.received}.${/^undefined/.test(c.received ?? '') ? ' undefined usually comes from an unset environment variable, a missing config value or a missing function argument.' : ''}`,
    causes: ['An environment variable or config value is not set (undefined)', 'A Buffer/string/number mix-up', 'A path built from an undefined part (path.join(undefined, …))'],
    fixes: [fix('Validate inputs before calling the API', ['Check required configuration at start-up and fail with a clear message.'], "const dir = process.env.UPLOAD_DIR;\nif (!dir) throw new Error('UPLOAD_DIR is not set');\nconst file = path.join(dir, name);")],
    references: [NODE_ERRORS],
    samples: [
      `TypeError [ERR_INVALID_ARG_TYPE]: The "path" argument must be of type string. Received undefined
    at new NodeError (node:internal/errors:405:5)
    at validateString (node:internal/validators:162:11)
    at Object.join (node:path:1172:7)`,
    ],
  },
  {
    id: 'javascript.ossl-unsupported',
    language: 'javascript',
    match: /ERR_OSSL_EVP_UNSUPPORTED|digital envelope routines::unsupported/,
    errorType: 'ERR_OSSL_EVP_UNSUPPORTED',
    category: 'build',
    priority: 8,
    summary: 'An old build tool uses a hash algorithm that OpenSSL 3 (Node.js 17+) disables.',
    explanation: 'webpack 4 (and tools built on it, such as react-scripts 4 or Vue CLI 4) hash modules with MD4, which OpenSSL 3 no longer enables by default. Node.js 17 and later ship OpenSSL 3, so the build fails there.',
    causes: ['webpack 4 / react-scripts < 5 / an old framework CLI on Node.js 17+'],
    fixes: [
      fix('Upgrade the build tool', ['Move to webpack 5 / react-scripts 5 or a current framework version.'], 'npm install react-scripts@latest'),
      fix('Temporary workaround', ['Enable the legacy provider for the build only, until you upgrade.'], 'NODE_OPTIONS=--openssl-legacy-provider npm run build'),
    ],
    references: [NODE_CLI],
    samples: [
      `Error: error:0308010C:digital envelope routines::unsupported
    at new Hash (node:internal/crypto/hash:69:19)
    at Object.createHash (node:crypto:133:10) {
  opensslErrorStack: [ 'error:03000086:digital envelope routines::initialization error' ],
  library: 'digital envelope routines',
  reason: 'unsupported',
  code: 'ERR_OSSL_EVP_UNSUPPORTED'
}`,
    ],
  },
  {
    id: 'javascript.circular-json',
    language: 'javascript',
    match: /TypeError: Converting circular structure to JSON/,
    errorType: 'TypeError',
    category: 'type',
    priority: 6,
    summary: 'JSON.stringify was given an object that references itself.',
    explanation: 'JSON cannot represent cycles. The object contains a path back to itself: typical with request/response objects, sockets, DOM nodes, ORM entities with back-references, or errors wrapping themselves.',
    causes: ['Serialising framework objects (req, res, a socket, an axios error) instead of plain data', 'Parent/child back-references in your own objects or ORM entities', 'Logging a whole error object of an HTTP client'],
    fixes: [
      fix('Serialise only the data you need', [], 'res.json({ id: user.id, name: user.name });\nconsole.log(err.message, err.response?.status);'),
      fix('Use a safe inspector for logging', [], "import util from 'node:util';\nconsole.log(util.inspect(obj, { depth: 3 }));"),
    ],
    references: [mdn('Reference/Errors/Cyclic_object_value', 'TypeError: cyclic object value')],
    samples: [
      `TypeError: Converting circular structure to JSON
    --> starting at object with constructor 'ClientRequest'
    |     property 'socket' -> object with constructor 'TLSSocket'
    --- property '_httpMessage' closes the circle
    at JSON.stringify (<anonymous>)`,
    ],
  },
  {
    id: 'javascript.await-outside-async',
    language: 'javascript',
    match: /SyntaxError: await is only valid in async functions? and the top level bodies of modules/,
    errorType: 'SyntaxError',
    category: 'syntax',
    priority: 6,
    summary: 'await is used outside an async function.',
    explanation: 'await may only appear inside an async function, or at the top level of an ES module. It was used in a normal function (often a callback such as forEach or map) or at the top of a CommonJS file.',
    causes: ['A callback (forEach, map, event handler) is not marked async', 'Top-level await in a CommonJS file'],
    fixes: [
      fix('Mark the enclosing function async', ['For loops with await, prefer for…of over forEach.'], 'for (const id of ids) {\n  await processItem(id);\n}'),
      fix('Wrap top-level code in CommonJS', [], '(async () => {\n  await main();\n})();'),
    ],
    references: [mdn('Reference/Statements/async_function', 'async function')],
    samples: ['SyntaxError: await is only valid in async functions and the top level bodies of modules'],
  },
  {
    id: 'javascript.react-invalid-child',
    language: 'javascript',
    match: /Objects are not valid as a React child(?: \(found: (?<found>[^)\n]{1,200})\))?/,
    // React's own words, as the corpus names messages without a class.
    errorType: 'Objects are not valid as a React child',
    category: 'type',
    priority: 7,
    summary: 'A plain object (or a Promise) was rendered directly inside JSX.',
    explanation: (c) =>
      /Promise/.test(c.found ?? '')
        ? 'A Promise was rendered: a component is async (or an async function was called inside JSX) in a place where React expects elements. Fetch the data in an effect or a data library and render the result.'
        : 'JSX can render strings, numbers, elements and arrays of those, but not plain objects. An object, a Date, or a whole API response was put between braces where one of its fields was meant.',
    causes: ['Rendering an object instead of one of its fields ({user} instead of {user.name})', 'Rendering a Date object without formatting it', 'An async component or a Promise inside JSX'],
    fixes: [
      fix('Render a field or a formatted string', [], '<p>{user.name}</p>\n<p>{createdAt.toLocaleDateString()}</p>'),
      fix('Map arrays of objects to elements', [], 'items.map((item) => <li key={item.id}>{item.title}</li>)'),
    ],
    references: [{ title: 'React: JavaScript in JSX with curly braces', url: 'https://react.dev/learn/javascript-in-jsx-with-curly-braces' }],
    samples: ['Error: Objects are not valid as a React child (found: object with keys {id, name, email}). If you meant to render a collection of children, use an array instead.'],
  },
  {
    id: 'javascript.react-unique-key',
    language: 'javascript',
    match: /Each child in a list should have a unique "?key"? prop/,
    errorType: 'React warning: missing key',
    category: 'runtime',
    priority: 7,
    summary: 'Elements rendered from a list have no (unique) key.',
    explanation: 'React identifies list items across renders by their key. Without a stable, unique key it falls back to positions, which causes wrong updates and lost state when items are added, removed or reordered.',
    causes: ['.map() returns elements without a key prop', 'Keys are not unique (duplicate ids)', 'The key is set on an inner element instead of the outermost one returned by map'],
    fixes: [fix('Give each item a stable unique key', ['Use an id from the data; use the index only for static lists.'], 'todos.map((todo) => <TodoItem key={todo.id} todo={todo} />)')],
    references: [{ title: 'React: Rendering lists (keys)', url: 'https://react.dev/learn/rendering-lists' }],
    samples: ['Warning: Each child in a list should have a unique "key" prop.\n\nCheck the render method of `TodoList`. See https://reactjs.org/link/warning-keys for more information.'],
  },
  {
    id: 'javascript.react-too-many-rerenders',
    language: 'javascript',
    match: /Too many re-renders\. React limits the number of renders/,
    errorType: 'React error: too many re-renders',
    category: 'runtime',
    priority: 7,
    summary: 'A component sets state during rendering, which renders it again, forever.',
    explanation: 'Calling a state setter directly in the component body (or passing onClick={setCount(1)} instead of a function) schedules another render, which calls the setter again. React stops after a limit.',
    causes: ['onClick={handle()} calls the handler during render instead of passing it', 'setState called unconditionally in the component body', 'Deriving state by setting it during render instead of computing it'],
    fixes: [
      fix('Pass functions to event handlers', [], '<button onClick={() => setCount(count + 1)}>+</button>'),
      fix('Compute derived values instead of storing them', [], 'const fullName = `${first} ${last}`; // no state, no effect'),
    ],
    references: [{ title: 'React: useState', url: 'https://react.dev/reference/react/useState' }, { title: 'React: You might not need an effect', url: 'https://react.dev/learn/you-might-not-need-an-effect' }],
    samples: ['Uncaught Error: Too many re-renders. React limits the number of renders to prevent an infinite loop.'],
  },
  {
    id: 'javascript.react-invalid-hook-call',
    language: 'javascript',
    match: /Invalid hook call\. Hooks can only be called inside (?:of )?the body of a function component|(?<order>Rendered (?:more|fewer) hooks than)/,
    errorType: (c) => (c.order ? 'React error: hook order changed' : 'Invalid hook call'),
    category: 'runtime',
    priority: 7,
    summary: (c) => (c.order ? 'A component called a different number of hooks than on the previous render.' : 'A React hook was called outside a function component, or with two copies of React.'),
    explanation: (c) =>
      c.order
        ? 'React matches hooks by their call order. A hook is called conditionally, in a loop, or after an early return, so the order changed between renders.'
        : 'Hooks (useState, useEffect, …) work only during the render of a function component or inside another hook. Either a hook is called from a normal function, class component or event handler, or the app loads two copies of React (mismatched react and react-dom versions, or a linked library bundling its own React).',
    causes: ['A hook called in a regular function, a class component, a callback or conditionally', 'Duplicate React copies (npm ls react shows more than one)', 'react and react-dom versions differ'],
    fixes: [
      fix('Call hooks at the top level of components or custom hooks', ['No hooks inside conditions, loops, callbacks or after early returns.']),
      fix('Make sure there is one React', [], 'npm ls react react-dom'),
    ],
    references: [REACT_HOOK_RULES, { title: 'React: Invalid Hook Call Warning', url: 'https://react.dev/warnings/invalid-hook-call-warning' }],
    samples: [
      'Error: Invalid hook call. Hooks can only be called inside of the body of a function component. This could happen for one of the following reasons:\n1. You might have mismatching versions of React and the renderer (such as React DOM)',
      'Error: Rendered more hooks than during the previous render.',
    ],
  },
  {
    id: 'javascript.react-hydration',
    language: 'javascript',
    match: /(?<failed>Hydration failed because)|Text content does not match server-rendered HTML|There was an error while hydrating|hydrated but some attributes of the server rendered HTML didn't match|Text content did not match\. Server:/,
    // React 18's "Hydration failed" in its own words; its older and softer warnings under one name.
    errorType: (c) => (c.failed ? 'Hydration failed' : 'React hydration error'),
    category: 'runtime',
    priority: 7,
    summary: 'The HTML rendered on the server differs from the first render in the browser.',
    explanation:
      'With server-side rendering, React attaches to the server HTML and expects the first client render to produce exactly the same markup. Something renders differently on each side: time, random values, browser-only APIs (window, localStorage), locale formatting, invalid HTML nesting that the browser repairs, or a browser extension changing the DOM.',
    causes: ['Date.now(), Math.random() or locale-dependent formatting during render', 'typeof window checks or localStorage reads in render', 'Invalid nesting such as <div> inside <p>, or <a> inside <a>', 'Browser extensions injecting markup'],
    fixes: [
      fix('Render client-only values after mounting', [], "const [now, setNow] = useState(null);\nuseEffect(() => setNow(new Date()), []);\nreturn <span>{now ? now.toLocaleTimeString() : ''}</span>;"),
      fix('Fix invalid HTML nesting', ['Check the component tree near the reported element for block elements inside <p> and nested links/buttons.']),
    ],
    references: [{ title: 'Next.js: Text content does not match server-rendered HTML', url: 'https://nextjs.org/docs/messages/react-hydration-error' }, { title: 'React: hydrateRoot', url: 'https://react.dev/reference/react-dom/client/hydrateRoot' }],
    samples: ["Unhandled Runtime Error\nError: Hydration failed because the initial UI does not match what was rendered on the server."],
  },
  {
    id: 'javascript.react-max-update-depth',
    language: 'javascript',
    match: /Maximum update depth exceeded/,
    errorType: 'React error: maximum update depth exceeded',
    category: 'runtime',
    priority: 7,
    summary: 'State updates trigger each other in an endless loop.',
    explanation: 'A component keeps updating state in response to its own updates: usually a useEffect that sets state it also depends on, or an effect whose dependency is an object/array/function recreated on every render.',
    causes: ['useEffect sets a state that is in its own dependency array', 'A dependency is a new object/array/function on every render', 'componentDidUpdate calling setState unconditionally'],
    fixes: [
      fix('Break the effect loop', ['Only set state when the value really changes, or compute it without an effect; memoise object dependencies.'], 'const options = useMemo(() => ({ page }), [page]);\nuseEffect(() => { load(options); }, [options]);'),
    ],
    references: [{ title: 'React: useEffect', url: 'https://react.dev/reference/react/useEffect' }, { title: 'React: You might not need an effect', url: 'https://react.dev/learn/you-might-not-need-an-effect' }],
    samples: ['Warning: Maximum update depth exceeded. This can happen when a component calls setState inside useEffect, but useEffect either doesn\'t have a dependency array, or one of the dependencies changes on every render.'],
  },
  {
    id: 'javascript.angular-null-injector',
    language: 'javascript',
    match: /NullInjectorError: (?:R3InjectorError\([\w$]{0,100}\)\[[^\]\n]{0,500}\]:\s{0,20}NullInjectorError: )?No provider for (?<token>[\w$.]{1,100})!?/,
    errorType: 'NullInjectorError',
    category: 'configuration',
    priority: 30,
    summary: (c) => `Angular has no provider for ${c.token}: nothing in the injector tree can create it.`,
    explanation: (c) =>
      c.token === 'HttpClient'
        ? 'HttpClient is provided by provideHttpClient() (or, before Angular 15, by importing HttpClientModule); the application or the module of the component asking for it sets up neither.'
        : `${c.token} is requested by a constructor or inject() call, and no injector up the tree provides it: the service lacks @Injectable({ providedIn: 'root' }), or the module or component that should list it in providers does not.`,
    causes: (c) => [c.token === 'HttpClient' ? 'provideHttpClient() / HttpClientModule missing' : `${c.token} is not provided anywhere the requester can see`, 'A test bed without the providers the component needs'],
    fixes: (c) => [
      c.token === 'HttpClient'
        ? { title: 'Provide HttpClient', steps: ['Add provideHttpClient() to the application\'s providers (or import HttpClientModule in the NgModule)'], code: "bootstrapApplication(AppComponent, { providers: [provideHttpClient()] });\n// NgModule apps: imports: [HttpClientModule]" }
        : { title: `Provide ${c.token}`, steps: ['Make the service injectable at the root, or list it in the providers of the module or component'], code: `@Injectable({ providedIn: 'root' })\nexport class ${c.token} {}` },
    ],
    references: [{ title: 'Angular: NG0201 No provider found', url: 'https://angular.dev/errors/NG0201' }],
    samples: ['Error: Uncaught (in promise): NullInjectorError: R3InjectorError(LandingModule)[Airtable -> HttpClient -> HttpClient]: \n  NullInjectorError: No provider for HttpClient!'],
  },
  {
    id: 'javascript.knex-timeout',
    language: 'javascript',
    match: /(?<errorClass>KnexTimeoutError|TimeoutError)\]?: Knex: Timeout acquiring a connection/,
    errorType: (c) => c.errorClass ?? 'TimeoutError',
    category: 'database',
    priority: 30,
    summary: 'Knex waited for a free database connection in its pool and none came in time.',
    explanation:
      'Every connection of the pool is busy: a transaction that never commits or rolls back, queries inside a transaction run on the pool instead of on the transaction (the missing .transacting(trx) Knex mentions), more concurrent work than pool.max, or the database not answering at all (the first connection never opens).',
    causes: ['Queries inside a transaction not run on trx, so they wait for the connection the transaction holds', 'Transactions or streams never released', 'The database unreachable, so no connection is ever created'],
    fixes: [{ title: 'Release connections and run transaction queries on the transaction', steps: ['Use trx for every query inside a transaction', 'Check that the database is reachable; size pool.max for the load'], code: "await knex.transaction(async (trx) => {\n  await trx('orders').insert(order);          // not knex('orders')\n  await trx('stock').decrement('qty', 1);\n});" }],
    references: [{ title: 'Knex: transactions', url: 'https://knexjs.org/guide/transactions.html' }],
    samples: ['SubError [TimeoutError]: Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?', 'KnexTimeoutError: Knex: Timeout acquiring a connection. The pool is probably full.'],
  },
  {
    id: 'javascript.bun-install-error',
    language: 'javascript',
    // bun install names the system error in Zig's style: "error: ConnectionRefused downloading package manifest x".
    match: /^error: (?<code>[A-Z][A-Za-z]{2,40}) downloading (?:package manifest|tarball) (?<pkg>\S{1,214})/m,
    errorType: (c) => c.code ?? 'bun install error',
    category: 'network',
    priority: 30,
    summary: (c) => `bun could not download ${c.pkg}: ${c.code}.`,
    explanation: (c) => `bun install reached no registry for ${c.pkg} (${c.code}): no network, a proxy or firewall that bun does not go through, an IPv6 route that fails, or a registry URL in bunfig.toml or .npmrc that is wrong.`,
    causes: ['No network or a proxy bun does not use', 'A wrong registry in bunfig.toml or .npmrc', 'IPv6 resolution of the registry failing'],
    fixes: (c) => [{ title: `Check that the registry is reachable for ${c.pkg}`, steps: ['Fetch the manifest by hand; set the proxy or registry bun should use'], code: `curl -I https://registry.npmjs.org/${c.pkg}\nHTTPS_PROXY=http://proxy:3128 bun install` }],
    references: [{ title: 'bun install: configuring the registry', url: 'https://bun.sh/docs/install/registries' }],
    samples: ['bun add v1.0.17 (5e60861c)\nerror: ConnectionRefused downloading package manifest @lit-labs/ssr'],
  },
  {
    id: 'javascript.metro-unable-to-resolve',
    language: 'javascript',
    // React Native's bundler (Metro), in the dev server, `expo start` or Gradle's bundle task.
    match: /Unable to resolve module (?<module>[^\s]{1,300}) from (?<from>[^\n]{1,400}?)(?:: |\n|$)/,
    errorType: 'Unable to resolve module',
    category: 'dependency',
    priority: 8,
    summary: (c) => `Metro cannot find the module ${c.module} imported from ${c.from}.`,
    explanation: (c) =>
      /expo[\\/]AppEntry/.test(c.module ?? '')
        ? 'The app\'s entry point is Expo\'s AppEntry.js, and node_modules has no expo package: dependencies are not installed in this folder, or package.json\'s "main" points at Expo in a project that no longer uses it.'
        : /^\./.test(c.module ?? '')
          ? `The relative path ${c.module} does not lead to a file from ${c.from}: a wrong path or file-name case, or an extension Metro does not resolve.`
          : `${c.module} is not installed in node_modules, or Metro's cache still holds an old dependency graph.`,
    causes: ['The package is not installed (or was installed in another folder)', 'A wrong relative path or file-name case', 'A stale Metro or watchman cache after installing or moving files'],
    fixes: (c) => [
      fix(`Install ${c.module} and restart Metro with a clean cache`, [`Install the dependencies in the app's folder`, 'Restart the bundler without its cache'], `npm install\nnpx react-native start --reset-cache   # Expo: npx expo start -c\nwatchman watch-del-all`),
    ],
    references: [{ title: 'Metro: resolution', url: 'https://metrobundler.dev/docs/resolution/' }],
    samples: ['Error: Unable to resolve module ./src/screens/Home from /app/App.js: \n\nNone of these files exist:', "Error: Unable to resolve module .\\node_modules\\expo\\AppEntry.js from D:\\app/.: .\\node_modules\\expo\\AppEntry.js could not be found within the project"],
  },
  {
    id: 'javascript.parcel-failed-to-resolve',
    language: 'javascript',
    match: /@parcel\/[\w-]{1,60}: Failed to resolve '(?<module>[^'\n]{1,300})'(?: from '(?<from>[^'\n]{1,400})')?/,
    errorType: 'Failed to resolve',
    category: 'dependency',
    priority: 8,
    summary: (c) => `Parcel cannot resolve '${c.module}'${c.from ? ` imported from ${c.from}` : ''}.`,
    explanation: (c) =>
      /^(?:process|buffer|path|fs|crypto|stream|os|util|events|url)$/.test(c.module ?? '')
        ? `'${c.module}' is a Node.js built-in. In a browser build Parcel needs a polyfill package for it (or an alias to false when the code never runs in the browser).`
        : /^\./.test(c.module ?? '')
          ? `The relative path '${c.module}' leads to no file: a wrong path or case, or an extension Parcel does not resolve.`
          : `The package '${c.module}' is not installed, or its package.json exports no entry Parcel can use.`,
    causes: ['A Node.js built-in imported by a library in a browser build', 'The package is not installed', 'A wrong relative path'],
    fixes: (c) => [
      /^(?:process|buffer|path|fs|crypto|stream|os|util|events|url)$/.test(c.module ?? '')
        ? fix(`Give Parcel a browser version of ${c.module}`, ['Install its polyfill, or alias it away in package.json'], `npm install --save-dev ${c.module === 'fs' ? 'browserify-fs' : c.module}\n# or in package.json: "alias": { "${c.module}": false }`)
        : fix(`Install or fix the path of ${c.module}`, ['Check that the package is installed or the path exists'], `npm install ${c.module}`),
    ],
    references: [{ title: 'Parcel: Node emulation', url: 'https://parceljs.org/features/node-emulation/' }],
    samples: ["🚨 Build failed.\n\n@parcel/core: Failed to resolve 'process' from './node_modules/@sentry/utils/esm/node.js'"],
  },
  {
    id: 'javascript.webpack-module-not-found',
    language: 'javascript',
    // webpack 4/5 add "Error: … in '<dir>'"; Next.js prints only "Module not found: Can't resolve 'x'".
    // webpack 3 and 4 name the class in front: "ModuleNotFoundError: Module not found: …".
    match: /(?:(?<errorClass>ModuleNotFoundError): )?Module not found: (?:Error: )?Can't resolve '(?<module>[^'\n]+)'(?: in '(?<dir>[^'\n]+)')?/,
    requires: /Module not found: /,
    errorType: (c) => c.errorClass ?? 'Module not found',
    category: 'dependency',
    priority: 7,
    summary: (c) => `The bundler cannot resolve '${c.module}'.`,
    explanation: (c) => {
      const m = c.module ?? '';
      if (/^(?:fs|path|crypto|os|stream|http|https|zlib|buffer|util|net|tls|child_process)$/.test(m.replace(/^node:/, ''))) {
        return `'${m}' is a Node.js built-in module. Browser bundles do not have it (webpack 5 no longer adds Node.js polyfills): code meant for the server is imported into client code.`;
      }
      if (m.startsWith('.')) return `The relative import '${m}' points to no file from the importing folder: wrong path, wrong case in the file name, or an extension the bundler is not configured to resolve.`;
      return `The package '${m}' is not installed in node_modules (or its path alias is not configured in the bundler).`;
    },
    causes: ['The package is not installed', 'A wrong relative path or file-name case', 'Server-only code (fs, path) imported into the browser bundle', 'A path alias (@/…) set in tsconfig but not in the bundler'],
    fixes: (c) => {
      const m = c.module ?? '';
      return [
        m.startsWith('.')
          ? fix(`Fix the path ${m}`, [`Check that ${m} exists${c.dir ? ` relative to ${c.dir}` : ' relative to the importing file'}, with the same case and a resolvable extension.`], c.dir ? `ls "${c.dir}"` : null)
          : m.startsWith('@/') || m.startsWith('~/')
            ? fix(`Configure the alias used by ${m}`, ['Path aliases must be known to the bundler as well as to tsconfig/jsconfig "paths" (Next.js reads them from tsconfig.json/jsconfig.json at the project root).'], '{\n  "compilerOptions": {\n    "baseUrl": ".",\n    "paths": { "@/*": ["./src/*"] }\n  }\n}')
            : fix(`Install ${m.startsWith('@') ? m.split('/').slice(0, 2).join('/') : m.split('/')[0]}`, [], `npm install ${m.startsWith('@') ? m.split('/').slice(0, 2).join('/') : m.split('/')[0]}`),
        fix('Keep Node.js-only code out of client bundles', ['Move fs/path usage to the server (API route, server component), or set resolve.fallback: { fs: false } when a library only references it.'], "resolve: { fallback: { fs: false, path: require.resolve('path-browserify') } }"),
      ];
    },
    references: [{ title: 'webpack: Resolve', url: 'https://webpack.js.org/configuration/resolve/' }],
    samples: [
      `ERROR in ./src/App.js 5:0-28
Module not found: Error: Can't resolve './components/header' in '/home/dev/app/src'`,
      "Module not found: Error: Can't resolve 'fs' in '/app/node_modules/dotenv/lib'",
    ],
  },
  {
    id: 'javascript.vite-failed-resolve',
    language: 'javascript',
    // The dev server's import analysis says "Failed to resolve import"; a production build
    // (vite build) says "Rollup failed to resolve import". A Windows path whose backslashes a wrapper
    // printed as escapes ("\n", "\t") spans lines, so the module may contain newlines.
    match: /(?<rollup>Rollup )?[Ff]ailed to resolve import "(?<module>[^"]{1,1000})" from "(?<from>[^"\n]{1,1000})"/,
    errorType: (c) => (c.rollup ? 'Rollup failed to resolve import' : 'Failed to resolve import'),
    category: 'dependency',
    priority: 7,
    summary: (c) => `Vite cannot resolve the import "${c.module}".`,
    explanation: (c) =>
      (c.module ?? '').startsWith('.')
        ? `No file matches "${c.module}" relative to the importing file: the path, the file name's case, or the extension is wrong.`
        : `"${c.module}" is not installed, or it is a path alias (such as @/…) that is configured for TypeScript but not in vite.config (resolve.alias).`,
    causes: ['The package is not installed', 'A path alias missing from vite.config resolve.alias', 'A wrong relative path or case'],
    fixes: (c) => {
      const m = c.module ?? '';
      const pkg = m.startsWith('@') && !m.startsWith('@/') ? m.split('/').slice(0, 2).join('/') : m.split('/')[0];
      if (m.startsWith('.')) return [fix(`Fix the path ${m}`, [`Check that ${m} exists next to ${c.from ?? 'the importing file'}, with the same case and extension.`])];
      if (m.startsWith('@/') || m.startsWith('~/')) return [fix(`Alias ${m.slice(0, 2)} in vite.config`, [`${m} uses a path alias: configure it in resolve.alias (tsconfig "paths" alone is not enough).`], "// vite.config.ts\nresolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } }")];
      return [
        fix(`Install ${pkg}`, [`${m} is imported by ${c.from ?? 'your code'} but is not installed (or not in package.json, so CI/Docker builds do not get it).`], `npm install ${pkg}`),
        fix('Or mark it external on purpose', ['Only when the runtime provides it.'], `// vite.config.ts\nbuild: { rollupOptions: { external: ['${m}'] } }`),
      ];
    },
    references: [{ title: 'Vite: Shared options (resolve.alias)', url: 'https://vite.dev/config/shared-options.html' }],
    samples: ['[plugin:vite:import-analysis] Failed to resolve import "@/components/Button" from "src/App.tsx". Does the file exist?'],
  },
  {
    id: 'javascript.self-signed-certificate',
    language: 'javascript',
    match: /\b(?<code>SELF_SIGNED_CERT_IN_CHAIN|DEPTH_ZERO_SELF_SIGNED_CERT|UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT_LOCALLY)\b|\b(?<message>self[- ]signed certificate in certificate chain|self[- ]signed certificate|unable to verify the first certificate|unable to get local issuer certificate)\b/,
    // Node prints the message before the code; map the message to the code it stands for.
    errorType: (c) => {
      if (c.code) return c.code;
      const m = c.message ?? '';
      if (m.startsWith('unable to verify')) return 'UNABLE_TO_VERIFY_LEAF_SIGNATURE';
      if (m.startsWith('unable to get')) return 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY';
      return /chain$/.test(m) ? 'SELF_SIGNED_CERT_IN_CHAIN' : 'DEPTH_ZERO_SELF_SIGNED_CERT';
    },
    category: 'network',
    priority: 5,
    summary: 'The TLS certificate chain of the server is not trusted by Node.js.',
    explanation:
      "Node.js verifies HTTPS certificates against its bundled CA list, not the operating system's. A corporate proxy that re-signs traffic, an internal CA, a self-signed development certificate, or a server that does not send its intermediate certificate all fail this check.",
    causes: ['A corporate proxy/antivirus intercepts TLS with its own root certificate', 'An internal or self-signed certificate', 'The server does not send the intermediate certificate (incomplete chain)'],
    fixes: [
      fix('Trust the extra CA explicitly', ['Point Node.js (and npm) at the CA certificate file.'], 'export NODE_EXTRA_CA_CERTS=/path/to/corporate-ca.pem\nnpm config set cafile /path/to/corporate-ca.pem'),
      fix('Fix the server chain', ['Serve the full chain (leaf + intermediates) on the server.']),
      fix('Do not disable verification', ['NODE_TLS_REJECT_UNAUTHORIZED=0 turns off protection against interception for the whole process.']),
    ],
    references: [NODE_CLI, { title: 'Node.js docs: tls', url: 'https://nodejs.org/api/tls.html' }],
    samples: [
      `Error: self-signed certificate in certificate chain
    at TLSSocket.onConnectSecure (node:_tls_wrap:1674:34) {
  code: 'SELF_SIGNED_CERT_IN_CHAIN'
}`,
      'Error: unable to verify the first certificate',
    ],
  },
  {
    id: 'javascript.buffer-deprecated',
    language: 'javascript',
    match: /DeprecationWarning: Buffer\(\) is deprecated|\[DEP0005\]/,
    errorType: 'DEP0005',
    category: 'runtime',
    priority: 6,
    summary: 'new Buffer() / Buffer() is deprecated and unsafe.',
    explanation: 'The Buffer constructor behaves differently depending on its argument type, which has caused security bugs (uninitialised memory). It is deprecated in favour of explicit factory methods. The warning often comes from an old dependency rather than your code.',
    causes: ['Old code or an outdated dependency calls new Buffer()'],
    fixes: [
      fix('Use the explicit factories', [], "Buffer.from('text', 'utf8');\nBuffer.alloc(1024);"),
      fix('Find the caller', ['Run with --trace-deprecation to see which package calls it, then upgrade that package.'], 'node --trace-deprecation app.js'),
    ],
    references: [{ title: 'Node.js docs: Deprecated APIs', url: 'https://nodejs.org/api/deprecations.html' }, { title: 'Node.js docs: Buffer', url: 'https://nodejs.org/api/buffer.html' }],
    samples: ['(node:4242) [DEP0005] DeprecationWarning: Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.'],
  },
  {
    // esbuild (and Vite's dependency scan, tsup, Bun's bundler, Rollup) cannot find an import:
    // "✘ [ERROR] Could not resolve "react"", "error: Could not resolve: "x"", Rollup's
    // "Could not resolve './App' from src/main.js". Maven's/Gradle's "Could not resolve
    // dependencies" has no quote after it and stays Java's.
    id: 'javascript.bundler-could-not-resolve',
    language: 'javascript',
    match: /\bCould not resolve:? (?<q>["'])(?<module>[^"'\n]{1,300})\k<q>(?: from (?<from>[^\s]{1,300}))?/,
    errorType: 'Could not resolve',
    category: 'dependency',
    priority: 7,
    summary: (c) => `The bundler cannot find the import "${c.module}".`,
    explanation: (c) =>
      (c.module ?? '').startsWith('.')
        ? `No file matches "${c.module}" relative to ${c.from ?? 'the importing file'}: the path, the case of the file name, or the extension is wrong (bundlers on Linux and in CI are case-sensitive).`
        : `"${c.module}" is imported but cannot be found from the importing file: it is not installed in a node_modules folder above that file (common when the file lives outside the package, in a monorepo's shared folder), it is a path alias the bundler does not know, or it is a Node.js built-in in a browser build.`,
    causes: ['The package is not installed (or only in another workspace of a monorepo)', 'A path alias configured for TypeScript but not for the bundler', 'A wrong relative path or file-name case', 'A Node.js built-in imported in a browser bundle (platform: browser)'],
    fixes: (c) => {
      const m = c.module ?? '';
      const pkg = m.startsWith('@') && !m.startsWith('@/') ? m.split('/').slice(0, 2).join('/') : m.split('/')[0];
      if (m.startsWith('.')) return [fix(`Fix the path ${m}`, [`Check that ${m} exists next to ${c.from ?? 'the importing file'}, with the same case and an extension the bundler resolves.`])];
      return [
        fix(`Install ${pkg} where the importing file can find it`, [`Add ${pkg} to the package that contains the importing file; in a monorepo, to that workspace (or hoist it to the root).`], `npm install ${pkg}`),
        fix(`Or keep ${m} out of the bundle`, ['Only when the runtime provides it (a Node.js built-in with platform: node, a peer dependency of a library).'], `esbuild app.js --bundle --external:${m}`),
      ];
    },
    references: [{ title: 'esbuild: Build options (external, alias)', url: 'https://esbuild.github.io/api/#external' }],
    samples: [
      '✘ [ERROR] Could not resolve "lodash-es"\n\n    src/util/index.ts:2:20:\n      2 │ import { debounce } from "lodash-es";\n        ╵                          ~~~~~~~~~~~',
      "[!] Error: Could not resolve './widgets/Chart' from src/main.js",
    ],
  },
  {
    // webpack found no loader for a file's syntax: "Module parse failed: Unexpected token (6:9)
    // You may need an appropriate loader to handle this file type". The file is on the line
    // before ("./src/App.jsx 6:9", "ERROR in ./src/x.js 5:2") or, in webpack 1-3, inside the message.
    id: 'javascript.webpack-module-parse-failed',
    language: 'javascript',
    match: /(?:^(?:ERROR in )?(?<file>\.{0,2}[\\/]?[^\s:]{1,300}\.\w{1,10}) \d{1,7}:\d{1,7}(?:-\d{1,7})?\n(?:[^\n]{0,300}\n){0,2}?[^\n]{0,300}?)?Module parse failed: (?:(?<path>(?:[A-Za-z]:)?[\\/][^\n]{1,300}?\.\w{1,10}) )?(?<message>[^\n]{1,300})/m,
    errorType: 'Module parse failed',
    category: 'configuration',
    priority: 7,
    summary: (c) => `webpack could not parse ${c.file ?? c.path ?? 'a module'}: ${c.message}.`,
    explanation: (c) => {
      const target = c.file ?? c.path ?? '';
      const fromDeps = /node_modules/.test(target);
      return `webpack parses plain JavaScript only; every other syntax (JSX, TypeScript, class fields in old webpack, CSS, images, JSON with comments) needs a loader rule that matches the file. ${fromDeps ? `${target} is inside node_modules, which loader rules usually exclude, and the package ships untranspiled code (JSX or newer syntax): include that package in the babel-loader rule or use a build of it that is already compiled.` : 'No rule matched this file, or its loader is not configured for this syntax (a babel preset for JSX/TypeScript missing).'}`;
    },
    causes: ['No loader rule (babel-loader, ts-loader, css-loader…) for the file extension', 'The babel config lacks the preset for the syntax (preset-react, preset-typescript)', 'A package in node_modules ships JSX or untranspiled modern syntax and is excluded from transpiling', 'webpack 4 cannot parse newer syntax (optional chaining, class fields) without Babel'],
    fixes: (c) => {
      const target = c.file ?? c.path;
      return [
        fix(target ? `Add a loader rule that matches ${target}` : 'Add a loader rule for the file type', ['Make sure the rule\'s test covers the extension and its include/exclude does not leave this file out.'], "module: {\n  rules: [\n    { test: /\\.(js|jsx)$/, exclude: /node_modules/, use: 'babel-loader' },\n  ],\n}"),
        fix('Give Babel the presets for the syntax', [], '// babel.config.json\n{ "presets": ["@babel/preset-env", "@babel/preset-react"] }'),
      ];
    },
    references: [{ title: 'webpack: Loaders', url: 'https://webpack.js.org/concepts/loaders/' }],
    samples: [
      'ERROR in ./src/components/Card.jsx 9:6\nModule parse failed: Unexpected token (9:6)\nYou may need an appropriate loader to handle this file type, currently no loaders are configured to process this file.',
      'Module parse failed: /home/dev/shop/src/main.js Unexpected token (4:2)\nYou may need an appropriate loader to handle this file type.',
    ],
  },
  {
    id: 'javascript.eslint-parsing-error',
    language: 'javascript',
    match: /Parsing error: (?<message>[^\n]+)/,
    errorType: 'Parsing error',
    category: 'configuration',
    // Above npm's ELIFECYCLE: when ESLint ran as an npm script, its parse error is why the script failed.
    priority: 31,
    summary: 'ESLint could not parse the file.',
    explanation: (c) =>
      `ESLint's parser stopped with "${c.message}". Usually the file uses syntax the configured parser does not handle: TypeScript or JSX without the matching parser/plugin, ES modules without sourceType "module", or newer syntax than the configured ecmaVersion. Less often the code really has a syntax error.`,
    causes: ['TypeScript files linted without typescript-eslint', 'JSX without the React/JSX parser options', 'sourceType or ecmaVersion too old for import/export or newer syntax', 'A parser option pointing at a missing tsconfig'],
    fixes: [
      fix('Configure the parser for your language', ['For TypeScript, use typescript-eslint in eslint.config.js.'], "import tseslint from 'typescript-eslint';\nexport default tseslint.config(...tseslint.configs.recommended);"),
      fix('Set modern language options', [], "languageOptions: { ecmaVersion: 'latest', sourceType: 'module' }"),
    ],
    references: [{ title: 'ESLint: Configure language options', url: 'https://eslint.org/docs/latest/use/configure/language-options' }],
    samples: ['/home/dev/app/src/App.tsx\n  1:8  error  Parsing error: Unexpected token <'],
  },
  {
    id: 'javascript.invalid-url',
    language: 'javascript',
    match: /ERR_INVALID_URL|TypeError: Invalid URL$/m,
    errorType: 'ERR_INVALID_URL',
    category: 'type',
    priority: 6,
    summary: 'A string that is not an absolute URL was passed to new URL() or fetch().',
    explanation: 'Node.js needs absolute URLs with a scheme (https://host/path). A relative path ("/api/users"), a host without scheme ("localhost:3000"), or an unset environment variable (undefined) cannot be parsed. Relative URLs work only in browsers, where the page gives the base.',
    causes: ['A relative URL in server-side code (Node.js, SSR, tests)', 'Missing http:// or https://', 'An environment variable with the base URL is not set'],
    fixes: [fix('Build absolute URLs from a base', [], "const base = process.env.API_URL ?? 'http://localhost:3000';\nconst url = new URL('/api/users', base);")],
    references: [{ title: 'MDN: URL() constructor', url: 'https://developer.mozilla.org/en-US/docs/Web/API/URL/URL' }, NODE_ERRORS],
    samples: ["TypeError [ERR_INVALID_URL]: Invalid URL\n    at new NodeError (node:internal/errors:405:5)\n    at new URL (node:internal/url:676:13) {\n  input: '/api/users',\n  code: 'ERR_INVALID_URL'\n}"],
  },
  {
    id: 'javascript.mongo-server-selection',
    language: 'javascript',
    match: /\b(?<cls>MongooseServerSelectionError|MongoServerSelectionError|MongoNetworkError|MongoNetworkTimeoutError): (?<message>[^\n]{1,300})/,
    errorType: (c) => c.cls ?? 'MongoServerSelectionError',
    category: 'network',
    priority: 8,
    summary: (c) => `The MongoDB driver could not reach a server: ${c.message ?? 'no server available'}.`,
    explanation: (c) =>
      `${c.cls ?? 'The driver'} means no MongoDB server answered within serverSelectionTimeoutMS (30 s by default). ${/ECONNREFUSED/.test(c.message ?? '') ? 'Nothing listens at the address in the connection string: MongoDB is not running there, or inside Docker "localhost" is the container itself rather than the database service.' : /whitelist|IP that isn't|not authorized|Could not connect to any servers in your MongoDB Atlas/i.test(c.message ?? '') ? 'MongoDB Atlas refuses connections from IP addresses that are not on the project\'s access list.' : 'The host in the connection string is unreachable, the replica set name does not match, or TLS settings differ from the server\'s.'}`,
    causes: ['MongoDB is not running or listens on another host/port', 'In Docker, the connection string uses localhost instead of the service name', 'Atlas: the client IP is not on the network access list', 'Wrong replica set name, TLS or authSource options in the URI'],
    fixes: (c) => [
      fix(`Check the server ${c.cls ?? 'selection'} is waiting for`, ['Connect with mongosh using the same connection string.', 'In docker compose, use the service name as host (mongodb://mongo:27017) and make the app wait for the database.'], 'mongosh "$MONGODB_URI" --eval "db.runCommand({ ping: 1 })"'),
      fix('Atlas: allow the client IP', ['Add the server\'s public IP (or 0.0.0.0/0 for a quick test) under Network Access in the Atlas project.']),
    ],
    references: [{ title: 'MongoDB Node.js driver: Connection troubleshooting', url: 'https://www.mongodb.com/docs/drivers/node/current/connect/connection-troubleshooting/' }],
    samples: ['MongooseServerSelectionError: connect ECONNREFUSED 127.0.0.1:27017\n    at NativeConnection.Connection.openUri (/app/node_modules/mongoose/lib/connection.js:825:32)'],
  },
  {
    // Sequelize wraps the driver's connection failure in its own class; the class is what the
    // program throws and catches (the Node code after it says why).
    id: 'javascript.sequelize-connection',
    language: 'javascript',
    match: /\b(?<cls>Sequelize(?:ConnectionRefused|HostNotFound|HostNotReachable|ConnectionTimedOut|AccessDenied|InvalidConnection|ConnectionAcquireTimeout|Connection)Error)\]?: (?<message>[^\n]{1,300})/,
    errorType: (c) => c.cls ?? 'SequelizeConnectionError',
    category: 'network',
    priority: 8,
    summary: (c) => `Sequelize could not connect to the database: ${c.message ?? 'connection failed'}.`,
    explanation: (c) => {
      const m = c.message ?? '';
      const why = /ECONNREFUSED/.test(m)
        ? 'Nothing listens at that host and port: the database is not running (yet), listens elsewhere, or inside Docker "localhost"/127.0.0.1 is the app container itself rather than the database service.'
        : /ENOTFOUND|EAI_AGAIN/.test(m)
          ? 'The database host name does not resolve: a typo, or a docker compose service name used outside the compose network (or before the service exists).'
          : /Access denied|password authentication failed/i.test(m)
            ? 'The server rejected the user name or password in the Sequelize options.'
            : 'The connection options (host, port, dialect, SSL) do not reach a server that accepts them, or the pool waited too long for a connection.';
      return `${c.cls ?? 'SequelizeConnectionError'} is raised by sequelize.authenticate()/sync() or the first query when the pool cannot open a connection. ${why}`;
    },
    causes: ['The database is not running or not ready yet (docker compose starts services without waiting)', 'Wrong host/port: localhost inside a container, or a service name outside the compose network', 'Wrong credentials or database name'],
    fixes: (c) => [
      fix(`Check what ${c.cls ?? 'the error'} says about the host`, ['Connect with the database\'s own client using the same host, port and user as the Sequelize options.', 'In docker compose, use the database service name as host and wait for it (depends_on with condition: service_healthy).'], "const sequelize = new Sequelize(process.env.DB_NAME, process.env.DB_USER, process.env.DB_PASSWORD, {\n  host: process.env.DB_HOST ?? 'db', // the compose service name, not localhost\n  dialect: 'mysql',\n  retry: { max: 10 },\n});\nawait sequelize.authenticate();"),
    ],
    references: [{ title: 'Sequelize: Getting started (connecting to a database)', url: 'https://sequelize.org/docs/v6/getting-started/' }],
    samples: ['(node:30) UnhandledPromiseRejectionWarning: SequelizeConnectionRefusedError: connect ECONNREFUSED 172.21.0.2:3306\n    at /usr/src/node_modules/sequelize/lib/dialects/mysql/connection-manager.js:123:19'],
  },
  {
    // NestJS's injector: a provider's constructor parameter has no provider in the module's scope.
    id: 'javascript.nest-unknown-dependencies',
    language: 'javascript',
    match: /Nest can't resolve dependencies of the (?<service>\w{1,200}) \((?<args>[^)\n]{0,500})\)\. Please make sure that the argument (?:(?<dependency>[\w$]{1,200}|"[^"\n]{1,200}") )?at index \[(?<index>\d{1,3})\] is available in the (?<module>\w{1,200}) context/,
    errorType: 'UnknownDependenciesException',
    category: 'dependency',
    priority: 8,
    summary: (c) => `Nest cannot create ${c.service}: ${c.dependency ? `its dependency ${c.dependency}` : `its constructor argument at index ${c.index}`} is not available in ${c.module}.`,
    explanation: (c) =>
      `When ${c.module} instantiates ${c.service}, the constructor parameter at index ${c.index}${c.dependency ? ` (${c.dependency})` : ''} has no provider in that module's scope. Nest looks only at the module's own providers and at what imported modules export. ${/Repository$/.test(c.dependency ?? '') ? `${c.dependency ?? `the argument at index ${c.index}`} is a TypeORM repository: it exists only where TypeOrmModule.forFeature([...]) lists its entity.` : 'The provider is missing from providers, its module is not imported, or the module that declares it does not export it; a circular import can also leave the class undefined (shown as "?").'}`,
    causes: ['The provider is not listed in the module\'s providers', 'The module that provides it is not imported, or does not export it', 'TypeOrmModule.forFeature([...]) does not include the entity of an injected repository', 'A circular file import makes the class undefined at decoration time'],
    fixes: (c) => [
      fix(`Make ${c.dependency ?? `the argument at index ${c.index}`} available in ${c.module}`, [`Import the module that provides ${c.dependency ?? `the argument at index ${c.index}`} into ${c.module} (and export it there), or add it to ${c.module}'s providers.`], /Repository$/.test(c.dependency ?? '') ? `@Module({\n  imports: [TypeOrmModule.forFeature([${(c.dependency ?? 'User').replace(/Repository$/, '')}])],\n  providers: [${c.service}],\n})\nexport class ${c.module} {}` : `@Module({\n  imports: [/* the module that exports ${c.dependency ?? `the argument at index ${c.index}`} */],\n  providers: [${c.service}],\n})\nexport class ${c.module} {}`),
      fix('Break circular imports', ['If the argument shows as "?", the class was undefined when Nest read the constructor: use forwardRef(() => X) on both sides or move the shared code.']),
    ],
    references: [{ title: 'NestJS: Common errors (cannot resolve dependency)', url: 'https://docs.nestjs.com/faq/common-errors' }],
    samples: ["[Nest] 1  - 01/01/2024, 10:00:00 AM   ERROR [ExceptionHandler] Nest can't resolve dependencies of the UsersService (?). Please make sure that the argument UserRepository at index [0] is available in the UsersModule context."],
  },
  {
    id: 'javascript.axios-status',
    language: 'javascript',
    // axios before 0.27 threw a plain Error with the same message (its class is still AxiosError to search for).
    match: /(?:\bAxiosError(?: \[(?<code>ERR_BAD_(?:REQUEST|RESPONSE))\])?|(?<![\w.])Error): Request failed with status code (?<status>\d{3})/,
    errorType: 'AxiosError',
    category: 'network',
    priority: 8,
    summary: (c) => `An HTTP request made with axios got status ${c.status}.`,
    explanation: (c) =>
      `axios rejects the promise for every response outside 2xx. ${Number(c.status) >= 500 ? 'A 5xx status means the server failed: its own logs say why.' : c.status === '401' || c.status === '403' ? 'The request lacks valid credentials (token missing, expired, or sent in the wrong header).' : c.status === '404' ? 'The URL (base URL + path) does not exist on that server.' : 'The server rejected the request as sent (body, headers or query).'} error.response.data usually holds the server's explanation.`,
    causes: ['Wrong URL or base URL (404)', 'Missing or expired credentials (401/403)', 'Invalid request body or parameters (400/422)', 'A failure on the server (5xx)'],
    fixes: (c) => [
      fix(`Read the body of the ${c.status} response`, ['Log error.response.status and error.response.data in the catch block.'], "try {\n  await axios.get(url);\n} catch (err) {\n  if (axios.isAxiosError(err)) console.error(err.response?.status, err.response?.data);\n  throw err;\n}"),
    ],
    references: [{ title: 'axios: Handling errors', url: 'https://axios-http.com/docs/handling_errors' }],
    samples: ['AxiosError: Request failed with status code 404\n    at settle (/app/node_modules/axios/dist/node/axios.cjs:1966:12)'],
  },
  {
    // libuv's errors without a path: "Error: connect EHOSTUNREACH 10.0.0.5:22", "Error: write EPIPE",
    // "Error: spawn ./bin/esbuild EACCES", "Error: EISDIR: illegal operation on a directory, read".
    id: 'javascript.syscall-error',
    language: 'javascript',
    match:
      /\bError: (?:(?<syscall>connect|read|write|listen|bind|send|recv|getaddrinfo|getnameinfo|query\w{0,6}|spawn(?: (?<command>[^\s]{1,300}))?|kill|uv_\w{1,30}) (?<code>E[A-Z_]{3,15})(?: (?<address>[^\s]{1,100}))?|(?<code2>E[A-Z]{3,12}): (?<message>[a-z][^,\n]{2,100}), (?<syscall2>[a-z]\w{1,30})[ \t]*$)/m,
    errorType: (c) => c.code ?? c.code2 ?? 'Error',
    category: 'runtime',
    priority: 3,
    summary: (c) =>
      c.command
        ? `Node.js could not start ${c.command}: ${c.code}.`
        : c.code
          ? `The ${c.syscall} call failed with ${c.code}${c.address ? ` (${c.address})` : ''}.`
          : `A ${c.syscall2} failed with ${c.code2}: ${c.message}.`,
    explanation: (c) => {
      const code = c.code ?? c.code2 ?? '';
      if (/^E(?:HOSTUNREACH|NETUNREACH)$/.test(code)) return `There is no network route to ${c.address ?? 'the host'}: the host is down or off this network, a firewall drops the packets, or the address is IPv6 on a machine without IPv6 connectivity.`;
      if (code === 'EADDRNOTAVAIL') return `The local address for this connection is not available: the machine ran out of ephemeral ports (many short-lived connections without keep-alive), or the address to bind to does not belong to this machine.`;
      if (code === 'EPIPE') return 'The process wrote to a pipe or socket whose other end is already closed: the peer hung up (a client went away, a child process exited, output was piped into head).';
      if (code === 'EACCES' && c.command) return `${c.command} exists but is not executable for this user: its execute bit is missing (lost when copied or unzipped, or on a noexec mount).`;
      if (code === 'EISDIR') return 'A directory was used where a file is expected: a path pointing at a folder was read or written as a file.';
      return `Node.js passes on the operating system's error ${code} for the ${c.syscall ?? c.syscall2 ?? 'system'} call.`;
    },
    causes: ['The host, port or file the call needs is not reachable or not usable as expected', 'A peer or child process closed its end', 'Permissions or the type of the path do not allow the call'],
    fixes: (c) => {
      const code = c.code ?? c.code2 ?? 'the code';
      if (c.command) return [fix(`Make ${c.command} executable`, [`Check the file mode of ${c.command} and the mount options, then reinstall the package that ships it.`], `chmod +x ${c.command}\nrm -rf node_modules && npm ci`)];
      if (c.address) return [fix(`Check the route to ${c.address}`, [`Test from the same machine or container whether ${c.address} answers, and check firewalls, VPNs and IPv6/IPv4 resolution.`], `nc -vz ${c.address.replace(/:(\d+)$/, ' $1')}`)];
      return [fix(`Handle ${code} where the ${c.syscall ?? c.syscall2 ?? 'call'} happens`, ['Find the call in the first frame of your own code, check what it points at, and handle the error event instead of letting it crash the process.'], "stream.on('error', (err) => logger.warn(err));")];
    },
    references: [NODE_ERRORS],
    samples: ['Error: connect EHOSTUNREACH 192.168.1.10:22', 'Error: write EPIPE\n    at afterWriteDispatched (node:internal/stream_base_commons:160:15)', 'Error: EISDIR: illegal operation on a directory, read'],
  },
  {
    // Node's own wording of a full disk; Docker's "no space left on device" (without "ENOSPC:") stays
    // Docker's, and npm's "npm ERR! code ENOSPC" block stays npm's (npm.error-code).
    id: 'javascript.enospc-disk-full',
    language: 'javascript',
    match: /^(?![\s\S]*(?:failed to solve|npm (?:ERR!|error) code ))[\s\S]*?\bENOSPC: no space left on device(?:, (?<syscall>[a-z]\w{1,30})(?: '(?<path>[^'\n]{1,400})')?)?/,
    errorType: 'ENOSPC',
    category: 'io',
    priority: 26,
    summary: (c) => `The disk is full: ${c.syscall ?? 'a write'}${c.path ? ` to '${c.path}'` : ''} failed with ENOSPC.`,
    explanation: 'Node.js passes on the operating system\'s ENOSPC: the file system it writes to (the project, the npm cache, /tmp, or a container\'s layer) has no free space or no free inodes left.',
    causes: ['The disk or the container volume is full (build caches, logs, node_modules of many projects)', 'The file system has run out of inodes', 'A small tmpfs (/tmp, /dev/shm) filled up'],
    fixes: (c) => [
      fix(`Free space where ${c.path ? `'${c.path}'` : 'the write'} goes`, ['Check free space and inodes, then clear caches and old build output.'], 'df -h . && df -i .\nnpm cache clean --force\ndocker system prune   # when it runs in Docker'),
    ],
    references: [NODE_ERRORS],
    samples: ['Error: ENOSPC: no space left on device, write', "[Nest] 42  - 03/02/2024, 10:11:12 AM   ERROR [ExceptionsHandler] ENOSPC: no space left on device, open '/app/uploads/a.png'"],
  },
  {
    id: 'javascript.tls-certificate-expired',
    language: 'javascript',
    match: /\b(?<code>CERT_HAS_EXPIRED|CERT_NOT_YET_VALID)\b|\bError: (?<message>certificate has expired|certificate is not yet valid)\b/,
    errorType: (c) => c.code ?? (c.message === 'certificate is not yet valid' ? 'CERT_NOT_YET_VALID' : 'CERT_HAS_EXPIRED'),
    category: 'network',
    priority: 5,
    summary: 'The server\'s TLS certificate is outside its validity dates.',
    explanation:
      'Node.js refused the HTTPS connection because a certificate in the chain is expired (or not valid yet). Either the server really serves an expired certificate, the machine\'s clock is wrong, or an old Node.js or CA bundle still trusts a root that has since expired.',
    causes: ['The server\'s certificate (or an intermediate) has expired', 'The system clock is wrong (containers and VMs after sleep)', 'An outdated Node.js or npm CA bundle'],
    fixes: (c) => [
      fix(`Check the certificate dates (${c.code ?? 'CERT_HAS_EXPIRED'})`, ['Look at what the server sends, and at the local clock.'], 'openssl s_client -connect registry.example.com:443 -servername registry.example.com </dev/null | openssl x509 -noout -dates\ndate -u'),
      fix('Update Node.js and npm', ['Newer releases ship a current CA bundle.'], 'nvm install --lts'),
    ],
    references: [NODE_CLI, { title: 'Node.js docs: tls', url: 'https://nodejs.org/api/tls.html' }],
    samples: ["Error: certificate has expired\n    at TLSSocket.onConnectSecure (node:_tls_wrap:1550:34) {\n  code: 'CERT_HAS_EXPIRED'\n}"],
  },
  {
    // fs/system errors without a pattern of their own: "EPERM: operation not permitted, rename 'a' -> 'b'".
    id: 'javascript.system-error',
    language: 'javascript',
    match: /(?<!Errno::)\b(?<code>E[A-Z]{3,12}): (?<message>[a-z][^,\n]{2,100}), (?<syscall>[a-z]\w{1,30}) '(?<path>[^'\n]{1,400})'/,
    errorType: (c) => c.code ?? 'Error',
    category: 'runtime',
    priority: 2,
    summary: (c) => `${c.syscall ?? 'A system call'} on '${c.path}' failed with ${c.code}: ${c.message}.`,
    explanation: (c) =>
      `Node.js passes on the operating system's error ${c.code} (${c.message}) for ${c.syscall ?? 'the call'} on '${c.path}'. ${c.code === 'EPERM' || c.code === 'EBUSY' ? 'On Windows this is usually a file held open by another process (an editor, antivirus, a running dev server) or a read-only attribute.' : c.code === 'EEXIST' ? 'Something already exists at that path.' : c.code === 'ENOTDIR' || c.code === 'EISDIR' ? 'A file was used where a directory is expected, or the other way round.' : 'The path, its permissions or its type do not allow the operation.'}`,
    causes: ['Another process holds the file (Windows: editor, antivirus, running server)', 'Permissions or a read-only attribute', 'The path exists with another type (file vs directory)'],
    fixes: (c) => [
      fix(`Check ${c.path}`, [`Find out what holds or owns ${c.path} (close editors and watchers, stop the dev server), then retry.`, 'On Windows, deleting node_modules and reinstalling often clears stale locks.'], 'rm -rf node_modules && npm install'),
    ],
    references: [NODE_ERRORS],
    samples: ["Error: EPERM: operation not permitted, rename 'C:\\app\\node_modules\\.staging\\x' -> 'C:\\app\\node_modules\\x'"],
  },
  {
    // Any other Node.js error code: "Error [ERR_PACKAGE_PATH_NOT_EXPORTED]: …", or a trace's "code: 'ERR_…'".
    id: 'javascript.node-error-code',
    language: 'javascript',
    match: /\b(?:Error|TypeError|RangeError|SyntaxError):? \[(?<code>ERR_[A-Z0-9_]{2,60})\]:? ?(?<message>[^\n]{0,300})|^\s*code: '(?<code2>ERR_[A-Z0-9_]{2,60})'/m,
    errorType: (c) => c.code ?? c.code2 ?? 'Error',
    category: 'runtime',
    priority: 1,
    summary: (c) => `Node.js raised ${c.code ?? c.code2}${c.message ? `: ${c.message}` : '.'}`,
    explanation: (c) => `${c.code ?? c.code2} is a Node.js error code: it names the failure precisely, and the Node.js error reference describes each one. The first stack frame outside node:internal and node_modules is the call in your code that triggered it.`,
    causes: ['A call with arguments or a module layout Node.js does not accept', 'A dependency or Node.js version that behaves differently than the code expects'],
    fixes: (c) => [
      fix(`Look up ${c.code ?? c.code2}`, [`Search for ${c.code ?? c.code2} in the Node.js errors reference and compare with the call in the first frame of your own code.`, 'Check the Node.js version (node -v) against the one the project and its dependencies require.'], 'node -v\nnpm ls'),
    ],
    references: [NODE_ERRORS],
    samples: ["Error [ERR_PACKAGE_PATH_NOT_EXPORTED]: Package subpath './lib/utils' is not defined by \"exports\" in /app/node_modules/uuid/package.json\n    at new NodeError (node:internal/errors:405:5)"],
  },
  {
    id: 'javascript.lambda-runtime-error',
    language: 'javascript',
    match: /"errorType":\s?"(?<kind>Runtime\.\w{1,60})"|^(?<kind2>Runtime\.(?:ImportModuleError|HandlerNotFound|UserCodeSyntaxError|ExitError|MalformedHandlerName)): (?<message>[^\n]{0,300})/m,
    errorType: (c) => c.kind ?? c.kind2 ?? 'Runtime.ImportModuleError',
    category: 'configuration',
    priority: 9,
    summary: (c) => `AWS Lambda could not start the function: ${c.kind ?? c.kind2}.`,
    explanation: (c) =>
      /ImportModuleError|HandlerNotFound|MalformedHandlerName/.test(c.kind ?? c.kind2 ?? '')
        ? 'The Lambda runtime loads the file and export named by the handler setting (file.export) from the deployment package. The file is not at the root of the package (zipped with its folder), the handler name does not match the export, or a dependency is missing from node_modules in the package.'
        : 'The Lambda runtime failed while loading or running the handler; the errorMessage and stack in the log line say where.',
    causes: ['The zip contains the project folder instead of its contents, so index.js is not at the root', 'The handler setting (e.g. index.handler) does not match the file and export', 'node_modules (or a native dependency built for another OS) missing from the package', 'An ES module handler (.mjs / "type": "module") loaded as CommonJS, or the reverse'],
    fixes: (c) => [
      fix(`Check the handler and the package layout for ${c.kind ?? c.kind2}`, ['List the zip: the handler file must be at its root, next to node_modules.', 'Set the handler to <file without extension>.<exported function>.'], 'unzip -l function.zip | head\naws lambda get-function-configuration --function-name my-fn --query Handler'),
    ],
    references: [{ title: 'AWS Lambda: Troubleshoot invocation issues', url: 'https://docs.aws.amazon.com/lambda/latest/dg/troubleshooting-invocation.html' }],
    samples: ['2024-01-01T00:00:00.000Z\tundefined\tERROR\tUncaught Exception \t{"errorType":"Runtime.ImportModuleError","errorMessage":"Error: Cannot find module \'index\'\\nRequire stack:\\n- /var/runtime/index.mjs","stack":["Runtime.ImportModuleError: Error: Cannot find module \'index\'"]}'],
  },
  {
    // Any other error class on a line of its own: built-in (SyntaxError, TypeError…) or a
    // library's (FirebaseError, TimeoutError, JsonWebTokenError…), also as Node prints errors
    // nested in objects ("[FirebaseError: …]", "{ TokenExpiredError: …"), after a browser
    // console's "Uncaught" or "file.js:12 ERROR". A catch-all: the engine consults it only
    // when the text reads as JavaScript, so Python's or Ruby's TypeError never lands here.
    id: 'javascript.error-class',
    language: 'javascript',
    // Node prints a DOMException with its name in brackets: "DOMException [AbortError]: This operation was aborted".
    match: /(?:^|[\s[{(])(?<cls>[A-Z][\w$]{0,60}Error|DOMException)(?: \[(?:(?<code>[A-Z][A-Z0-9_]{1,60})|(?<domName>[A-Z][a-z]\w{0,40}Error))\])?: (?<message>[^\n]{1,300})/,
    errorType: (c) => c.domName ?? c.cls ?? 'Error',
    category: 'runtime',
    priority: -5,
    summary: (c) => `JavaScript threw ${c.cls}: ${c.message}`,
    explanation: (c) =>
      /^(?:SyntaxError|TypeError|ReferenceError|RangeError|EvalError|URIError|AggregateError)$/.test(c.cls ?? '')
        ? `${c.cls} was thrown and not caught. The first "at" line below the message that points into your own code (not node_modules or node:internal) is where it happened; the message says what the engine could not do.`
        : `${c.cls} is an error class of a library or framework, not of JavaScript itself: the library rejected the call or its result, and the message (with any code property printed with it) says why. The first stack frame in your own code is the call that led to it.`,
    causes: ['A value of an unexpected type or shape (often undefined from an API, a config or a missing import)', 'Code that the runtime cannot parse or run in this environment (syntax, module format, Node.js version)', 'A library refusing a request: permissions, credentials, a timeout or invalid input'],
    fixes: (c) => [
      fix(`Find where the ${c.cls} is thrown`, ['Open the first stack frame in your own code and log the values used on that line.', `Search for ${c.cls} and the exact message together with the library name; its documentation lists what the message means.`]),
      fix('Catch it where you can act on it', [`Wrap the call in try/catch (or .catch for promises) and check err.name === '${c.cls}' or err.code to handle the expected cases.`]),
    ],
    references: [mdn('Reference/Errors', 'JavaScript error reference')],
    samples: [
      "SyntaxError: Identifier 'a' has already been declared\n    at wrapSafe (node:internal/modules/cjs/loader:1378:20)",
      "Uncaught Error in upload listener: [StorageError: Quota exceeded for bucket 'avatars'] {\n  code: 'storage/quota-exceeded'\n}",
    ],
  },
];
