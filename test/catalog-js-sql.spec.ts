/**
 * Catalog pass (issue 12) over the JavaScript, TypeScript and SQL families: the messages Node.js,
 * V8, the package managers, tsc and the database servers really print, checked against the labels
 * of test/fixtures/errors/README.md. Pure: the rules engine alone.
 */
import { answer, expectRecognised, fixText } from './support/recognised';

describe('PostgreSQL: the common SQLSTATEs beyond the first rounds', () => {
  it.each([
    ['ERROR:  conflicting key value violates exclusion constraint "bookings_room_during_excl"', '23P01'],
    ['ERROR:  invalid input value for enum order_status: "archived"', '22P02'],
    ['ERROR:  invalid input syntax for type json\nDETAIL:  Token "a" is invalid.', '22P02'],
    ['ERROR:  invalid input syntax for type timestamp: "tomorrow"', '22007'],
    ['ERROR:  invalid input syntax for type date: "2024-13-45"', '22007'],
    ['ERROR:  invalid input syntax for type integer: "abc"', '22P02'],
    ['ERROR:  numeric field overflow\nDETAIL:  A field with precision 10, scale 2 must round to an absolute value less than 10^8.', '22003'],
    ['ERROR:  value "3000000000" is out of range for type integer', '22003'],
    ['ERROR:  invalid byte sequence for encoding "UTF8": 0x00', '22021'],
    ['ERROR:  unsupported Unicode escape sequence\nDETAIL:  \\u0000 cannot be converted to text.', '22P05'],
    ['ERROR:  argument of WHERE must be type boolean, not type integer', '42804'],
    ['ERROR:  cannot cast type boolean to date', '42846'],
    ['ERROR:  constraint "users_email_key" for relation "users" already exists', '42710'],
    ['ERROR:  role "app" already exists', '42710'],
    ['ERROR:  relation "users" already exists', '42P07'],
    ['ERROR:  type "citext" does not exist', '42704'],
    ['ERROR:  unrecognized configuration parameter "statement_timout"', '42704'],
    ['ERROR:  index "users_email_idx" does not exist', '42704'],
    ['ERROR:  schema "app" does not exist', '3F000'],
    ['ERROR:  permission denied to create database', '42501'],
    ['ERROR:  there is no parameter $1', '42P02'],
    ['ERROR:  function app.total(integer) is not unique', '42725'],
    ['ERROR:  table name "u" specified more than once', '42712'],
    ['ERROR:  cannot alter type of a column used by a view or rule', '0A000'],
    ['ERROR:  cached plan must not change result type', '0A000'],
    ['ERROR:  CREATE INDEX CONCURRENTLY cannot run inside a transaction block', '25001'],
    ['ERROR:  cannot execute INSERT in a read-only transaction', '25006'],
    ['ERROR:  could not obtain lock on row in relation "jobs"', '55P03'],
    ['ERROR:  canceling statement due to lock timeout', '55P03'],
    ['ERROR:  currval of sequence "users_id_seq" is not yet defined in this session', '55000'],
    ['ERROR:  ON CONFLICT DO UPDATE command cannot affect row a second time', '21000'],
    ['ERROR:  there is no unique constraint matching given keys for referenced table "users"', '42830'],
    ['ERROR:  multiple primary keys for table "users" are not allowed', '42P16'],
    ['ERROR:  index row size 3160 exceeds btree version 4 maximum 2704 for index "docs_body_idx"', '54000'],
    ['ERROR:  cursor "c1" does not exist', '34000'],
    ['ERROR:  prepared statement "s1" does not exist', '26000'],
    ['ERROR:  prepared statement "s1" already exists', '42P05'],
    [
      'ERROR:  cannot insert a non-DEFAULT value into column "id"\nDETAIL:  Column "id" is an identity column defined as GENERATED ALWAYS.',
      '428C9',
    ],
    ['ERROR:  "users" is not a table', '42809'],
    ['ERROR:  out of memory\nDETAIL:  Failed on request of size 8192.', '53200'],
    ['ERROR:  could not open extension control file "/usr/share/postgresql/12/extension/vector.control": No such file or directory', '58P01'],
    ['ERROR:  extension "postgis" is not available', '0A000'],
    ['ERROR:  invalid regular expression: parentheses () not balanced', '2201B'],
    ['ERROR:  aggregate functions are not allowed in WHERE', '42803'],
    ['ERROR:  subquery in FROM must have an alias', '42601'],
    ['ERROR:  each UNION query must have the same number of columns', '42601'],
    ['ERROR:  INSERT has more expressions than target columns', '42601'],
    ['ERROR:  tuple concurrently updated', 'XX000'],
    ['FATAL:  terminating connection due to administrator command', '57P01'],
    ['FATAL:  terminating connection due to idle-in-transaction timeout', '25P03'],
    ['FATAL:  Peer authentication failed for user "postgres"', '28000'],
    ['FATAL:  pg_hba.conf rejects connection for host "10.0.0.5", user "app", database "app", SSL off', '28000'],
    ['FATAL:  unsupported frontend protocol 1234.5679: server supports 3.0 to 3.0', '08P01'],
    ['FATAL:  could not load library "/usr/lib/postgresql/16/lib/vector.so": undefined symbol: pg_detoast', '58P01'],
    // As server logs and CI steps show them.
    [
      '2024-05-01 10:00:00.123 UTC [123] ERROR:  schema "audit" does not exist at character 15\n2024-05-01 10:00:00.123 UTC [123] STATEMENT:  SELECT * FROM audit.log',
      '3F000',
    ],
    ['postgres-1  | 2024-05-01 10:00:00.123 UTC [88] FATAL:  terminating connection due to idle-in-transaction timeout', '25P03'],
    ['psql:migrations/0042.sql:7: ERROR:  CREATE INDEX CONCURRENTLY cannot run inside a transaction block', '25001'],
    ['server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally', '08006'],
  ])('%j is sql/%s', (error, code) => expectRecognised(error, 'sql', code));
});

describe('MySQL and SQLite: the messages without a pattern before', () => {
  it.each([
    ['ERROR 1216 (23000): Cannot add or update a child row: a foreign key constraint fails', '1216'],
    ['ERROR 1217 (23000): Cannot delete or update a parent row: a foreign key constraint fails', '1217'],
    [
      'Cannot add or update a child row: a foreign key constraint fails (`shop`.`orders`, CONSTRAINT `orders_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`))',
      '1452',
    ],
    [
      "mysqldump: Error: 'Access denied; you need (at least one of) the PROCESS privilege(s) for this operation' when trying to dump tablespaces",
      '1227',
    ],
    ['Error: database table is locked', 'database table is locked'],
    ['Error: file is not a database', 'file is not a database'],
    ['Error: table users already exists', 'table already exists'],
    ['Parse error: index idx_email already exists', 'index already exists'],
    ['Parse error: table users has no column named emial', 'has no column named'],
    ['Error: too many SQL variables', 'too many SQL variables'],
    ['Parse error: no such function: REGEXP_REPLACE', 'no such function'],
    ['Parse error: no such index: idx_email', 'no such index'],
    ['Error: no such savepoint: sp1', 'no such savepoint'],
    ['Parse error: ambiguous column name: id', 'ambiguous column name'],
    ['Runtime error: datatype mismatch (20)', 'datatype mismatch'],
    ['Error: cannot start a transaction within a transaction', 'cannot start a transaction within a transaction'],
    ['Error: cannot commit - no transaction is active', 'cannot commit - no transaction is active'],
    ['Error: disk I/O error', 'disk I/O error'],
    ['Error: database or disk is full', 'database or disk is full'],
    ['Error: Cannot add a NOT NULL column with default value NULL', 'Cannot add a NOT NULL column with default value NULL'],
    ['Error: Cannot add a column with non-constant default', 'Cannot add a column with non-constant default'],
    ['Parse error: sub-select returns 2 columns - expected 1', 'sub-select returns columns'],
    ['Parse error: misuse of aggregate: count()', 'misuse of aggregate'],
    ['Parse error: unrecognized token: "\'abc"', 'unrecognized token'],
    ['Error: incomplete input', 'incomplete input'],
  ])('%j is sql/%s', (error, type) => expectRecognised(error, 'sql', type));
});

describe('Node.js: system errors without a path, and V8 wordings Python never prints', () => {
  it.each([
    ['Error: connect EHOSTUNREACH 192.168.1.10:22\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)', 'EHOSTUNREACH'],
    ['Error: connect ENETUNREACH 2606:4700::6810:1:443 - Local (:::0)', 'ENETUNREACH'],
    ['Error: connect EADDRNOTAVAIL 10.0.0.5:80 - Local (10.0.0.9:0)', 'EADDRNOTAVAIL'],
    ['Error: write EPIPE\n    at afterWriteDispatched (node:internal/stream_base_commons:160:15)', 'EPIPE'],
    ['Error: spawn /app/node_modules/esbuild/bin/esbuild EACCES', 'EACCES'],
    ['Error: EISDIR: illegal operation on a directory, read\n    at Object.readSync (node:fs:749:3)', 'EISDIR'],
    ['Error: ENOSPC: no space left on device, write', 'ENOSPC'],
    ["2024-03-02T10:11:12.345Z error: Error: ENOSPC: no space left on device, open '/app/uploads/a.png'", 'ENOSPC'],
    [
      "Error: certificate has expired\n    at TLSSocket.onConnectSecure (node:_tls_wrap:1550:34) {\n  code: 'CERT_HAS_EXPIRED'\n}",
      'CERT_HAS_EXPIRED',
    ],
    [
      'npm ERR! code CERT_HAS_EXPIRED\nnpm ERR! errno CERT_HAS_EXPIRED\nnpm ERR! request to https://registry.npmjs.org/vue failed, reason: certificate has expired',
      'CERT_HAS_EXPIRED',
    ],
    [
      'Error: Cannot find module @rollup/rollup-linux-x64-gnu. npm has a bug related to optional dependencies (https://github.com/npm/cli/issues/4828). Please try `npm i` again after removing both package-lock.json and node_modules directory.',
      'MODULE_NOT_FOUND',
    ],
    ['DOMException [AbortError]: This operation was aborted', 'AbortError'],
    ['SyntaxError: Unexpected strict mode reserved word', 'SyntaxError'],
    ['SyntaxError: Illegal return statement', 'SyntaxError'],
    ['SyntaxError: Missing initializer in const declaration', 'SyntaxError'],
    ['SyntaxError: Invalid shorthand property initializer', 'SyntaxError'],
    ['SyntaxError: Invalid left-hand side in assignment', 'SyntaxError'],
    ['SyntaxError: Unexpected non-whitespace character after JSON at position 2', 'SyntaxError'],
    [
      "file:///app/index.js:1\nimport { Pool } from 'pg';\n         ^^^^\nSyntaxError: Named export 'Pool' not found. The requested module 'pg' is a CommonJS module, which may not support all module.exports as named exports.",
      'SyntaxError',
    ],
    ["SyntaxError: Duplicate export of 'default'", 'SyntaxError'],
    ['SyntaxError: Unterminated template literal', 'SyntaxError'],
    ['SyntaxError: JSON Parse error: Unexpected identifier "undefined"', 'SyntaxError'],
    ["SyntaxError: Cannot use 'import.meta' outside a module", 'SyntaxError'],
    ['SyntaxError: Bad control character in string literal in JSON at position 12', 'SyntaxError'],
  ])('%j is javascript/%s', (error, type) => expectRecognised(error, 'javascript', type));

  it('still answers Python syntax errors as Python', () => {
    expectRecognised(
      '  File "app.py", line 3\n    print "hi"\n    ^\nSyntaxError: Missing parentheses in call to \'print\'',
      'python',
      'SyntaxError',
    );
  });

  it('leaves a full disk inside a BuildKit step to Docker', () => {
    expectRecognised(
      'ERROR: failed to solve: process "/bin/sh -c npm ci" did not complete successfully: exit code: 1\nnpm ERR! nospc ENOSPC: no space left on device, write',
      'docker',
      'failed to solve',
    );
  });
});

describe('fixes name what the message quotes', () => {
  it.each([
    ['ERROR:  schema "audit" does not exist', 'audit'],
    ['ERROR:  could not obtain lock on row in relation "jobs"', 'jobs'],
    ['ERROR:  prepared statement "s42" already exists', 's42'],
    ['FATAL:  Peer authentication failed for user "deploy"', 'deploy'],
    ['Parse error: no such function: REGEXP_REPLACE', 'REGEXP_REPLACE'],
    ['Error: connect EHOSTUNREACH 192.168.1.10:22', '192.168.1.10'],
    ['Error: spawn /app/node_modules/esbuild/bin/esbuild EACCES', '/app/node_modules/esbuild/bin/esbuild'],
    [
      'Error: Cannot find module @rollup/rollup-linux-x64-gnu. npm has a bug related to optional dependencies (https://github.com/npm/cli/issues/4828).',
      '@rollup/rollup-linux-x64-gnu',
    ],
  ])('%j: a fix names %j', (error, name) => {
    expect(fixText(error)).toContain(name);
  });

  it("answers 57P01 only for the server's own line, not for the lost connection a client reports", () => {
    expect(answer('FATAL:  terminating connection due to administrator command').error_type).toBe('57P01');
    expect(answer('psql: error: server closed the connection unexpectedly').error_type).toBe('08006');
  });
});

describe('TypeScript: tsc messages Next.js prints without their code', () => {
  const next = (message: string) =>
    `Failed to compile.\n\n./src/app/page.tsx:8:7\nType error: ${message}\n\n   6 | export default function Page() {`;
  it.each([
    ["Cannot assign to 'current' because it is a read-only property.", 'TS2540'],
    ["Block-scoped variable 'config' used before its declaration.", 'TS2448'],
    ["Operator '+' cannot be applied to types 'number' and 'undefined'.", 'TS2365'],
    ["Type 'undefined' cannot be used as an index type.", 'TS2538'],
    ['Spread types may only be created from object types.', 'TS2698'],
    ["'Props' refers to a value, but is being used as a type here. Did you mean 'typeof Props'?", 'TS2749'],
    ["'Session' only refers to a type, but is being used as a value here.", 'TS2693'],
    ["Cannot find namespace 'JSX'.", 'TS2503'],
    ['Type instantiation is excessively deep and possibly infinite.', 'TS2589'],
    ["Module '\"./client\"' has no exported member 'db'. Did you mean to use 'import db from \"./client\"' instead?", 'TS2614'],
    ['Module \'"@/lib/auth"\' has no default export. Did you mean to use \'import { auth } from "@/lib/auth"\' instead?', 'TS2613'],
    [
      "Property 'replaceAll' does not exist on type 'string'. Do you need to change your target library? Try changing the 'lib' compiler option to 'es2021' or later.",
      'TS2550',
    ],
    [
      "Cannot find module 'next/font/google'. Did you mean to set the 'moduleResolution' option to 'nodenext', or to add aliases to the 'paths' option?",
      'TS2792',
    ],
    ["Element implicitly has an 'any' type because type 'typeof globalThis' has no index signature.", 'TS7017'],
    ["Cannot invoke an object which is possibly 'undefined'.", 'TS2722'],
    ["'User' is a type and must be imported using a type-only import when 'verbatimModuleSyntax' is enabled.", 'TS1484'],
    ['Not all code paths return a value.', 'TS7030'],
  ])('Next.js "Type error: %s" is typescript/%s', (message, code) => expectRecognised(next(message), 'typescript', code));

  it.each([
    // The specific patterns keep their own codes.
    ["Module '\"./types\"' has no exported member 'User'.", 'TS2305'],
    ["Property 'title' does not exist on type '{}'.", 'TS2339'],
    ['Module \'"/app/node_modules/@types/react/index"\' has no default export.', 'TS1192'],
  ])('Next.js "Type error: %s" stays typescript/%s', (message, code) => expectRecognised(next(message), 'typescript', code));

  it('answers the coded form of a bare-catalog message by its printed code', () => {
    expectRecognised('src/index.ts(4,3): error TS2589: Type instantiation is excessively deep and possibly infinite.', 'typescript', 'TS2589');
  });
});

describe('bundlers, frameworks, linters and test runners by their own phrase', () => {
  it.each([
    [
      "[webpack-cli] Invalid configuration object. Webpack has been initialized using a configuration object that does not match the API schema.\n - configuration.module.rules[0] has an unknown property 'query'.",
      'Invalid configuration object',
    ],
    ["[!] RollupError: 'default' is not exported by node_modules/react/index.js, imported by src/App.jsx", 'is not exported by'],
    [
      'error during build:\nRollupError: "createClient" is not exported by "node_modules/redis/dist/index.js", imported by "src/cache.ts".',
      'is not exported by',
    ],
    ['✘ [ERROR] No loader is configured for ".node" files: node_modules/fsevents/fsevents.node', 'No loader is configured'],
    [
      "Error: You installed esbuild for another platform than the one you're currently using.\nThis won't work because esbuild is written with native code and needs to\ninstall a platform-specific binary executable.",
      'You installed esbuild for another platform',
    ],
    ['Error: The service was stopped\n    at /app/node_modules/esbuild/lib/main.js:1086:25', 'The service was stopped'],
    [
      '3:12:01 PM [vite] Internal server error: Failed to load url /src/main.ts (resolved id: /src/main.ts). Does the file exist?',
      'Failed to load url',
    ],
    [
      "Error: Element type is invalid: expected a string (for built-in components) or a class/function (for composite components) but got: undefined. You likely forgot to export your component from the file it's defined in, or you might have mixed up default and named imports.\n\nCheck the render method of `App`.",
      'Element type is invalid',
    ],
    [
      'Uncaught Error: Minified React error #418; visit https://react.dev/errors/418 for the full message or use the non-minified dev environment for full errors and additional helpful warnings.',
      'Minified React error',
    ],
    [
      "Warning: Can't perform a React state update on an unmounted component. This is a no-op, but it indicates a memory leak in your application.",
      "Can't perform a React state update on an unmounted component",
    ],
    [
      'Error: Invalid src prop (https://images.example.com/a.png) on `next/image`, hostname "images.example.com" is not configured under images in your `next.config.js`',
      'Invalid src prop',
    ],
    [
      'Error: You\'re importing a component that needs useState. It only works in a Client Component but none of its parents are marked with "use client", so they\'re Server Components by default.',
      "You're importing a component that needs",
    ],
    [
      "web-1  | Error: Could not find a production build in the '.next' directory. Try building your app with 'next build' before starting the production server.",
      'Could not find a production build',
    ],
    [
      'Oops! Something went wrong! :(\n\nESLint: 8.57.0\n\nESLint couldn\'t find the config "next/core-web-vitals" to extend from. Please check that the name of the config is correct.',
      "ESLint couldn't find the config",
    ],
    ["Error: Failed to load plugin 'react' declared in '.eslintrc.js': Cannot find module 'eslint-plugin-react'", 'Failed to load plugin'],
    [
      "Jest did not exit one second after the test run has completed.\n\nThis usually means that there are asynchronous operations that weren't stopped in your tests.",
      'Jest did not exit',
    ],
    ['Error: No test suite found in file /app/src/app.test.ts', 'No test suite found'],
  ])('%j is javascript/%s', (error, type) => expectRecognised(error, 'javascript', type));

  it.each([
    [
      'error during build:\nRollupError: "createClient" is not exported by "node_modules/redis/dist/index.js", imported by "src/cache.ts".',
      'createClient',
    ],
    [
      'Error: Invalid src prop (https://cdn.acme.io/a.png) on `next/image`, hostname "cdn.acme.io" is not configured under images in your `next.config.js`',
      'cdn.acme.io',
    ],
    [
      "Error: Failed to load plugin 'jsx-a11y' declared in '.eslintrc.json': Cannot find module 'eslint-plugin-jsx-a11y'",
      'eslint-plugin-jsx-a11y',
    ],
    ['✘ [ERROR] No loader is configured for ".node" files: node_modules/fsevents/fsevents.node', '.node'],
    ['Error: No test suite found in file /app/src/cart.test.ts', '/app/src/cart.test.ts'],
  ])('%j: a fix names %j', (error, name) => {
    expect(fixText(error)).toContain(name);
  });
});
