import type { ErrorPattern } from '../rules/error-pattern';
import { fix, ref } from './answer-parts';

/**
 * A sixth catalog pass over programs' errors as hosted runtimes and loggers print them, where the engine answered
 * another language or "unknown error": AWS Lambda's Python runtime failing to import the handler (Lambda's own
 * Runtime.ImportModuleError, which the Node.js pattern answered as JavaScript), Lambda's "Task timed out after N
 * seconds" line, the Node.js runtime's "Invoke Error" record (also as Netlify's function log shows it) and the old
 * Node.js runtime's "Unable to import module 'index': Error", winston's "uncaughtException: <message>" line,
 * Prisma's "@prisma/client did not initialize yet", and Symfony's ProcessFailedException around another tool's
 * output (git's "Permission denied (publickey)" under a PHP deployer).
 *
 * Types follow test/fixtures/errors/README.md: the class the program raised (Lambda's errorType, the record's class,
 * Symfony's exception around git), the class Node.js throws for a message winston logged without it, otherwise the
 * runtime's short phrase (`Task timed out`).
 */

const LAMBDA_TROUBLESHOOT = ref('AWS Lambda: Troubleshoot invocation issues', 'https://docs.aws.amazon.com/lambda/latest/dg/troubleshooting-invocation.html');
const LAMBDA_PYTHON_PACKAGE = ref('AWS Lambda: Working with .zip file archives for Python Lambda functions', 'https://docs.aws.amazon.com/lambda/latest/dg/python-package.html');
const LAMBDA_TIMEOUT = ref('AWS Lambda: Configuring function timeout', 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html');
const LAMBDA_NODE_ERRORS = ref('AWS Lambda: Node.js function errors', 'https://docs.aws.amazon.com/lambda/latest/dg/nodejs-exceptions.html');
const WINSTON_EXCEPTIONS = ref('winston: Handling Uncaught Exceptions', 'https://github.com/winstonjs/winston#handling-uncaught-exceptions-with-winston');
const NODE_ERRORS = ref('Node.js: Errors', 'https://nodejs.org/api/errors.html');
const PRISMA_GENERATE = ref('Prisma: Generating Prisma Client', 'https://www.prisma.io/docs/orm/prisma-client/setup-and-configuration/generating-prisma-client');
const SYMFONY_PROCESS = ref('Symfony: The Process Component', 'https://symfony.com/doc/current/components/process.html');

/** What Python's import machinery says when Lambda's Python runtime cannot load the handler module. */
const PYTHON_IMPORT_CAUSE = String.raw`(?:No module named|cannot import name|bad magic number|attempted relative import|DLL load failed|(?:\/lib64\/|\/var\/task\/|\/opt\/)\S{0,200}: (?:cannot open shared object|version \x60?GLIBC)|[\w.]{1,80}\.so[\w.]{0,20}: cannot open shared object)`;

/** The Node.js class a message winston logged after "uncaughtException:" belongs to, or its code. */
function nodeClassOfMessage(message: string): string {
  if (/^Cannot (?:read|set) propert(?:y|ies) |^Cannot destructure property |is not a function\b|is not iterable\b|is not a constructor\b|^Assignment to constant variable/.test(message)) {
    return 'TypeError';
  }
  if (/^\w{1,80} is not defined\b/.test(message)) return 'ReferenceError';
  if (/^Maximum call stack size exceeded|^Invalid array length/.test(message)) return 'RangeError';
  if (/^Unexpected token\b|^Unexpected end of JSON input/.test(message)) return 'SyntaxError';
  return nodeCodeOfMessage(message) ?? 'Error';
}

/** The Node.js error code a plain Error's message stands for ("Cannot find module", "connect ECONNREFUSED …"). */
function nodeCodeOfMessage(message: string): string | null {
  if (/^(?:Error: )?Cannot find module\b/.test(message)) return 'MODULE_NOT_FOUND';
  return /^(?:Error: )?(?:connect|listen|read|write|getaddrinfo|open|spawn \S+|mkdir|unlink|rename|scandir|stat|lstat) (?<code>E[A-Z]{2,20})\b/.exec(message)?.groups?.code ?? null;
}

/** The class Python's message names after Lambda's old "module initialization error: …" line. */
function pythonClassOfMessage(message: string): string | null {
  if (/^(?:global )?name '\w{1,100}' is not defined/.test(message)) return 'NameError';
  if (/^No module named\b/.test(message)) return 'ModuleNotFoundError';
  if (/^cannot import name\b/.test(message)) return 'ImportError';
  if (/^'\w{1,100}'$/.test(message)) return 'KeyError';
  return null;
}

export const PROGRAM_CATALOG6_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'python.lambda-import-module-error',
    language: 'python',
    // Lambda's Python runtime prints "[ERROR] Runtime.ImportModuleError: Unable to import module 'x': <Python's
    // ImportError message>" (older runtimes the message alone, "Handler 'f' missing on module 'm'" when the module
    // loads without the function, "Syntax error in module 'm': …" for a file that does not parse). Node.js's runtime
    // says "Cannot find module" or "index.handler is undefined": the Python wording tells the two apart.
    match: new RegExp(
      String.raw`(?:(?<kind>Runtime\.(?:ImportModuleError|HandlerNotFound|UserCodeSyntaxError))\b[^\n]{0,40}?)?(?:Unable to import module '(?<module>[^'\n]{1,200})': (?<cause>${PYTHON_IMPORT_CAUSE}[^\n"]{0,300})|Handler '(?<handler>\w{1,100})' missing on module '(?<hmodule>[^'\n]{1,200})'|Syntax error in module '(?<smodule>[^'\n]{1,200})': (?<syntax>[^\n"]{1,300}))`,
    ),
    requires: /Unable to import module '|missing on module '|Syntax error in module '/,
    errorType: (c) =>
      c.kind ?? (c.handler ? 'Runtime.HandlerNotFound' : c.smodule ? 'Runtime.UserCodeSyntaxError' : 'Runtime.ImportModuleError'),
    category: 'configuration',
    priority: 10,
    summary: (c) =>
      c.handler
        ? `AWS Lambda loaded the Python module ${c.hmodule}, but it has no function ${c.handler} to call: the handler setting names a function the module does not define.`
        : c.smodule
          ? `AWS Lambda could not load the Python module ${c.smodule}: it has a syntax error (${c.syntax}).`
          : `AWS Lambda's Python runtime could not import the handler module ${c.module ?? ''}: ${c.cause ?? 'the import failed'}.`,
    explanation: (c) =>
      c.handler || c.smodule
        ? 'The Lambda handler setting is "<module>.<function>". The runtime imports the module from the root of the deployment package (or a layer) and then looks up the function: a syntax error, or a function of another name, stops the invocation before your code runs.'
        : /No module named/.test(c.cause ?? '') && (c.cause ?? '').includes(`'${(c.module ?? '').split('.')[0]}'`)
          ? 'The Lambda handler setting is "<file without .py>.<function>". The runtime looked for that file at the root of the deployment package and did not find it: the zip holds the project folder instead of its contents, the file has another name, or the handler setting has a typo.'
          : 'The handler file was found, but an import inside it failed: a dependency is not in the deployment package (or a layer), or it was built for another platform or Python version than the function\'s runtime (compiled extensions built on macOS or Windows, a .pyc from another Python version: "bad magic number").',
    causes: [
      'The zip contains the project folder, so the handler file is not at the root of the package',
      'The handler setting (module.function) does not match the file name or the function name',
      'A dependency was not installed into the package or a layer (pip install -t), or was built for another OS, CPU or Python version',
    ],
    fixes: (c) => [
      fix(
        `Check the handler setting and the package's layout${c.module ? ` for ${c.module}` : ''}`,
        [
          'List the zip: the handler file must be at its root, next to the installed dependencies.',
          'Set the handler to <file without .py>.<function name>.',
          "Install dependencies for Lambda's platform and Python version into the package folder before zipping.",
        ],
        'unzip -l function.zip | head\naws lambda get-function-configuration --function-name my-fn --query "[Handler, Runtime]"\npip install -r requirements.txt -t package/ --platform manylinux2014_x86_64 --only-binary=:all: --python-version 3.12\ncd package && zip -r ../function.zip . && cd .. && zip function.zip lambda_function.py',
      ),
    ],
    references: [LAMBDA_PYTHON_PACKAGE, LAMBDA_TROUBLESHOOT],
    samples: [
      "[ERROR] Runtime.ImportModuleError: Unable to import module 'handler': No module named 'handler'",
      'Error: Runtime.ImportModuleError: Unable to import module \'union\': No module named \'union\'',
      "[ERROR] Runtime.HandlerNotFound: Handler 'lambda_handler' missing on module 'lambda_function'",
    ],
  },
  {
    id: 'python.lambda-module-initialization-error',
    language: 'python',
    // Lambda's Python 2.7/3.6 runtimes reported an exception raised while importing the handler module as "module
    // initialization error: <the exception's message>", its class left out; the message names it.
    match: /\bmodule initialization error: (?<message>(?:global )?name '\w{1,100}' is not defined|No module named [^\n]{1,200}|cannot import name [^\n]{1,200}|'\w{1,100}'$)/m,
    requires: /module initialization error: /,
    errorType: (c) => pythonClassOfMessage(c.message ?? '') ?? 'ImportError',
    category: 'runtime',
    priority: 10,
    summary: (c) => `The Lambda function's Python module failed while it was being imported: ${c.message}.`,
    explanation: (c) =>
      `Lambda imports the handler's module once per execution environment, running its top-level code (imports, configuration read from the environment, clients created at import time). The exception raised there (${pythonClassOfMessage(c.message ?? '') ?? 'an ImportError'}) stops every invocation until the module can load: older Python runtimes print only its message after "module initialization error".`,
    causes: [
      'Top-level code reads a variable or environment setting that is not defined in Lambda (a KeyError on os.environ, a NameError)',
      'A dependency is missing from the deployment package or layer',
    ],
    fixes: [
      fix(
        'Reproduce the import outside Lambda with the same environment',
        [
          'Import the handler module locally with the function\'s environment variables set, and read the full traceback.',
          'Define the missing variable or environment setting, or add the missing dependency to the package.',
        ],
        'aws lambda get-function-configuration --function-name my-fn --query Environment\npython -c "import lambda_function"',
      ),
    ],
    references: [LAMBDA_PYTHON_PACKAGE, LAMBDA_TROUBLESHOOT],
    samples: ["module initialization error: name 'db_user' is not defined"],
  },
  {
    id: 'javascript.lambda-legacy-import-module',
    language: 'javascript',
    // The Node.js 4-8 runtimes printed the loader's Error without its message: "Unable to import module 'index': Error"
    // over Module._resolveFilename frames. Newer runtimes call the same failure Runtime.ImportModuleError.
    match: /Unable to import module '(?<module>[^'\n]{1,200})': Error\b/,
    requires: /Unable to import module '/,
    errorType: 'Runtime.ImportModuleError',
    category: 'configuration',
    priority: 10,
    summary: (c) => `AWS Lambda's Node.js runtime could not load the handler module ${c.module}.`,
    explanation:
      'The Lambda runtime requires the file named by the handler setting (file.export) from the root of the deployment package. The old Node.js runtimes printed only "Error" and the loader\'s frames: the file is not at the root of the zip, it has another name, a module it requires is missing from node_modules, or the files are not readable by the runtime (permissions set when zipping).',
    causes: [
      'The zip contains the project folder instead of its contents, so index.js is not at the root',
      'The handler setting (e.g. index.handler) does not match the file name',
      'A module the handler requires is missing from the node_modules in the package',
      'Files zipped without world-read permission',
    ],
    fixes: (c) => [
      fix(
        `Check the handler and the package layout for ${c.module}`,
        ['List the zip: the handler file must be at its root, next to node_modules.', 'Zip the folder\'s contents with readable permissions and deploy again.'],
        'unzip -l function.zip | head\nchmod -R a+r . && zip -r ../function.zip .',
      ),
    ],
    references: [LAMBDA_TROUBLESHOOT],
    samples: ["Unable to import module 'index': Error\n    at Function.Module._resolveFilename (module.js:338:15)\n    at Function.Module._load (module.js:280:25)"],
  },
  {
    id: 'python.lambda-task-timed-out',
    language: 'python',
    // The same timeout in a Python function's log: its logging lines ("[INFO]\t2022-…Z\t<request id>\t…") or frames show it.
    match:
      /^(?![\s\S]*\bTimeoutError\b)(?=[\s\S]*?(?:(?:^|[\s|])\[(?:INFO|ERROR|WARNING|DEBUG)\][ \t]+\d{4}-\d\d-\d\dT|\.py\b|Traceback \(most recent|\/var\/lang\/lib\/python|python3\.\d))[\s\S]*?Task timed out after (?<secs>\d{1,4}\.\d\d) seconds/m,
    requires: /Task timed out after \d/,
    errorType: 'Task timed out',
    category: 'runtime',
    priority: 11,
    summary: (c) => `The Lambda function ran for its whole timeout (${c.secs} seconds) and AWS Lambda stopped it.`,
    explanation:
      'Lambda stops an invocation when it reaches the function\'s configured timeout (3 seconds unless changed) and logs "Task timed out". The handler was still waiting: on a network call that never answers (a function in a VPC without a NAT gateway or VPC endpoint cannot reach the internet or AWS APIs; a database behind a security group that drops the connection), on a slow dependency, or on work that needs more time or memory (CPU grows with memory).',
    causes: [
      'The function is in a VPC without a route to the service it calls (no NAT gateway or VPC endpoint), so the connection hangs',
      'A database or API call never returns (security group, wrong host, no client timeout set)',
      'The work needs more than the configured timeout, or more memory (Lambda gives CPU in proportion to memory)',
    ],
    fixes: [
      fix(
        'Find what the handler waits for, then raise the timeout only if the work really needs it',
        [
          'Log before and after each network call to see which one hangs, and set client timeouts shorter than the function\'s.',
          'For a function in a VPC, add a NAT gateway or VPC endpoints for the AWS services it calls.',
          'Raise the timeout (up to 900 seconds) or the memory when the work itself is slow.',
        ],
        'aws lambda update-function-configuration --function-name my-fn --timeout 30 --memory-size 512\n# boto3: fail fast instead of hanging\nfrom botocore.config import Config\nclient = boto3.client("s3", config=Config(connect_timeout=5, read_timeout=10, retries={"max_attempts": 2}))',
      ),
    ],
    references: [LAMBDA_TIMEOUT, LAMBDA_TROUBLESHOOT],
    samples: [
      '  | 2022-10-04T12:23:01.595-04:00 | [INFO] 2022-10-04T16:23:01.594Z c2c3b330-0e87-40ec-a490-884dc5f81a3f Create kube config file.\n  | 2022-10-04T12:23:04.626-04:00 | 2022-10-04T16:23:04.624Z c2c3b330-0e87-40ec-a490-884dc5f81a3f Task timed out after 3.03 seconds',
    ],
  },
  {
    id: 'javascript.lambda-task-timed-out',
    language: 'javascript',
    // Lambda's own line when an invocation reaches the function's timeout: "<time> <request id> Task timed out after
    // 3.00 seconds" (also inside a response's errorMessage). With no sign of another runtime it is Node.js's, Lambda's
    // most common; lambda-local's TimeoutError, when shown, is the class thrown.
    match: /^(?![\s\S]*\bTimeoutError\b)[\s\S]*?Task timed out after (?<secs>\d{1,4}\.\d\d) seconds/,
    requires: /Task timed out after \d/,
    errorType: 'Task timed out',
    category: 'runtime',
    priority: 10,
    summary: (c) => `The Lambda function ran for its whole timeout (${c.secs} seconds) and AWS Lambda stopped it.`,
    explanation:
      'Lambda stops an invocation when it reaches the function\'s configured timeout (3 seconds unless changed) and logs "Task timed out". The handler was still running or waiting: a network call that never answers (a function in a VPC without a NAT gateway cannot reach the internet), an open database connection or timer that keeps the event loop busy while the handler waits for it to empty (callbackWaitsForEmptyEventLoop), a callback or promise that is never resolved, or work that needs more time or memory.',
    causes: [
      'The handler never calls its callback or returns a resolved promise (an async handler that also takes a callback, a forgotten return)',
      'An open connection (database pool, Redis, MongoDB) keeps the event loop busy; set context.callbackWaitsForEmptyEventLoop = false',
      'A network call hangs: the function is in a VPC without a NAT gateway or VPC endpoint, or a security group drops the connection',
      'The work needs more than the configured timeout, or more memory (CPU grows with memory)',
    ],
    fixes: [
      fix(
        'Make the handler finish, then raise the timeout only if the work really needs it',
        [
          'Return (or await) every promise from an async handler; do not mix it with the callback argument.',
          'Set context.callbackWaitsForEmptyEventLoop = false when a connection pool stays open between invocations.',
          'Log before and after each network call to see which one hangs; give clients timeouts shorter than the function\'s.',
          'Raise the timeout (up to 900 seconds) or the memory when the work itself is slow.',
        ],
        'export const handler = async (event, context) => {\n  context.callbackWaitsForEmptyEventLoop = false;\n  const result = await doWork(event);\n  return { statusCode: 200, body: JSON.stringify(result) };\n};\n\naws lambda update-function-configuration --function-name my-fn --timeout 30 --memory-size 512',
      ),
    ],
    references: [LAMBDA_TIMEOUT, LAMBDA_TROUBLESHOOT],
    samples: [
      'END RequestId: 160788cd-45ff-4583-809f-c7e31127cb95\nREPORT RequestId: 160788cd-45ff-4583-809f-c7e31127cb95\tDuration: 3071.27 ms\tBilled Duration: 3000 ms\tMemory Size: 128 MB\tMax Memory Used: 21 MB\t\n2020-11-10T05:46:57.874Z 160788cd-45ff-4583-809f-c7e31127cb95 Task timed out after 3.07 seconds',
      '{\n  "errorMessage": "2020-11-10T05:46:57.874Z 160788cd-45ff-4583-809f-c7e31127cb95 Task timed out after 3.07 seconds"\n}',
    ],
  },
  {
    id: 'javascript.lambda-invoke-error-record',
    language: 'javascript',
    // The Node.js runtime logs an invocation's error as "Invoke Error", "Uncaught Exception" or "Unhandled Promise
    // Rejection" and a one-line JSON record whose errorType is the class thrown (Netlify's function log shows the
    // same line). A pattern that knows the message answers first; Lambda's own Runtime.* types have theirs.
    // Also the invocation's response as the console shows it ({"errorMessage": …, "errorType": …, "stackTrace": [Node's
    // frames]}); a plain Error's message may stand for a Node.js code (Cannot find module: MODULE_NOT_FOUND).
    match:
      /\b(?:Invoke Error|Uncaught Exception|Unhandled Promise Rejection)[ \t]{0,8}\{"errorType":"(?<cls>(?!Runtime\.)[A-Za-z$][\w$.]{0,80})","errorMessage":"(?<message>(?:[^"\\\n]|\\.){0,400})|^[ \t]{0,8}"errorMessage": ?"(?<message2>(?:[^"\\\n]|\\.){0,400})",\s{0,20}"errorType": ?"(?<cls2>(?!Runtime\.)[A-Za-z$][\w$.]{0,80})",\s{0,20}"stackTrace": ?\[\s{0,20}"[^"\n]{0,300}(?:\.js|\.mjs|\.cjs):\d/m,
    requires: /"errorType": ?"/,
    errorType: (c) => {
      const cls = c.cls ?? c.cls2 ?? 'Error';
      return cls === 'Error' ? (nodeCodeOfMessage(c.message ?? c.message2 ?? '') ?? cls) : cls;
    },
    category: 'runtime',
    priority: -1,
    summary: (c) => `The Lambda function's handler threw ${c.cls ?? c.cls2}: ${(c.message ?? c.message2 ?? '').replace(/\\"/g, '"')}`,
    explanation:
      'The Node.js Lambda runtime catches what the handler throws (or the promise it returns rejects with) and logs it as one JSON record: errorType is the error\'s class, errorMessage its message and stack the frames, the first of which in /var/task (outside node_modules) is your code. "Uncaught Exception" means it was thrown outside the handler\'s promise (a callback, a timer, module load), "Unhandled Promise Rejection" a promise nobody awaited.',
    causes: [
      'The handler\'s own code or a dependency threw; the stack\'s first /var/task frame outside node_modules is where',
      'A dependency fails in Lambda\'s environment (no writable file system outside /tmp, a transport or native module the bundle left out)',
    ],
    fixes: (c) => [
      fix(
        `Find where ${c.cls ?? c.cls2} was thrown`,
        [
          'Read the record\'s stack array: its first frame under /var/task outside node_modules is the call to fix.',
          'Run the handler locally with the same event (sam local invoke, or a small script calling the export) to reproduce it.',
        ],
        'sam local invoke MyFunction -e event.json\n# or\nnode -e "import(\'./index.mjs\').then(m => m.handler(require(\'./event.json\'))).then(console.log, console.error)"',
      ),
    ],
    references: [LAMBDA_NODE_ERRORS],
    samples: [
      'Jan 9, 01:00:43 PM: 93c2447f ERROR  Invoke Error \t{"errorType":"Error","errorMessage":"unable to determine transport target for \\"pino-pretty\\"","stack":["Error: unable to determine transport target for \\"pino-pretty\\"","    at fixTarget (/var/task/node_modules/pino/lib/transport.js:144:13)"]}',
    ],
  },
  {
    id: 'javascript.uncaught-exception-logged',
    language: 'javascript',
    // winston's exception handler logs "uncaughtException: <the error's message>" (and "unhandledRejection: …"), the
    // class left out; lambda-local prints the same with "stack=[TimeoutError: …". The class is the stack's when it
    // is shown, else the one Node.js throws with that message.
    match:
      /(?:^|[\s>])(?<event>uncaughtException|unhandledRejection): (?=(?:[^\n]{0,3000}?stack=\[(?<cls>[A-Z]\w{0,60}(?:Error|Exception)): )?)(?<message>[^\n]{1,300})/,
    requires: /uncaughtException: |unhandledRejection: /,
    errorType: (c) => c.cls ?? nodeClassOfMessage(c.message ?? ''),
    category: 'runtime',
    priority: -1,
    summary: (c) => `The Node.js process had an ${c.event === 'unhandledRejection' ? 'unhandled promise rejection' : 'uncaught exception'}, which its logger (winston) recorded: ${c.message}`,
    explanation: (c) =>
      `winston's exception handlers log an error nothing caught as "${c.event}: <message>" with the process details and the stack trace as metadata, then (by default) let the process exit. The message is the error's own; its class is ${c.cls ?? nodeClassOfMessage(c.message ?? '')}, and the first frame of the logged trace in your own code (not node_modules) is where it was thrown.`,
    causes: [
      'A bug in the code named by the first frame of the logged trace (a value that is undefined, a missing module)',
      'An error thrown in a callback, event handler or timer, where no try/catch or .catch() reaches it',
    ],
    fixes: (c) => [
      fix(
        `Read the logged trace and handle the ${c.cls ?? nodeClassOfMessage(c.message ?? '')} where it starts`,
        [
          'Find the "trace" (or "stack") metadata logged with the line: its first frame in your code is where the error was thrown.',
          'Guard the value or catch the rejection there; keep winston\'s handler as the last resort, not the fix.',
        ],
        "const logger = winston.createLogger({\n  format: winston.format.combine(winston.format.errors({ stack: true }), winston.format.json()),\n  transports: [new winston.transports.Console()],\n  exceptionHandlers: [new winston.transports.File({ filename: 'exceptions.log' })],\n});",
      ),
    ],
    references: [WINSTON_EXCEPTIONS, NODE_ERRORS],
    samples: [
      "2016-08-03T20:22:06.595Z - error: uncaughtException: Cannot read property 'warn' of undefined \n{ date: 'Wed Aug 03 2016 15:22:06 GMT-0500 (CDT)',\n  process: \n   { pid: 10420,",
    ],
  },
  {
    id: 'javascript.prisma-client-not-initialized',
    language: 'javascript',
    // @prisma/client's stub throws a plain Error until `prisma generate` has written the client into node_modules/.prisma.
    match: /@prisma\/client did not initialize yet\b/,
    requires: /did not initialize yet/,
    errorType: 'Error',
    category: 'dependency',
    priority: 10,
    summary: 'The Prisma Client was imported before it was generated: @prisma/client is only a stub until `prisma generate` runs.',
    explanation:
      '`npm install @prisma/client` installs a placeholder; `prisma generate` reads schema.prisma and writes the real client into node_modules/.prisma/client. Where the install ran without generating (a CI or Vercel build whose dependency cache skipped the postinstall hook, a Docker image that copies node_modules from another stage, a package added after the last generate), the placeholder throws this Error when PrismaClient is constructed.',
    causes: [
      'prisma generate never ran in this environment (a cached install on Vercel or in CI, a Docker stage without it)',
      'node_modules was copied from another machine or stage without the generated .prisma folder',
      'schema.prisma is not where prisma generate looks (set "prisma.schema" in package.json)',
    ],
    fixes: [
      fix(
        'Generate the client as part of every install and build',
        ['Run prisma generate after installing dependencies, and add it to the postinstall and build scripts so hosted builds run it too.'],
        '{\n  "scripts": {\n    "postinstall": "prisma generate",\n    "build": "prisma generate && next build"\n  }\n}',
      ),
    ],
    references: [PRISMA_GENERATE],
    samples: [
      '2020-05-10T23:19:12.070Z\tundefined\tERROR\tError: @prisma/client did not initialize yet. Please run "prisma generate" and try to import it again.\nIn case this error is unexpected for you, please report it in https://github.com/prisma/prisma-client-js/issues/390.\n    at new PrismaClient (/var/task/backend/node_modules/.prisma/client/index.js:3:11)',
    ],
  },
  {
    id: 'php.symfony-process-failed',
    language: 'php',
    // Symfony's Process component throws ProcessFailedException when a command it ran exits non-zero (deployers,
    // Composer scripts, Laravel's Process), its message quoting the command, the exit code and the command's own
    // output: the answer is the exception the PHP program raised, whatever the command printed (git's "Permission
    // denied (publickey)" under it is explained in the fixes). ProcessTimedOutException for a command that ran too long.
    match:
      /(?<cls>ProcessFailedException|ProcessTimedOutException)(?:\]|:|\.php line \d{1,6}:)?[\s\S]{0,200}?The (?:command|process) "(?<cmd>[^\n]{1,600}?)" (?:failed\.|exceeded the timeout of (?<timeout>[\d.]{1,10}) seconds)/,
    requires: /ProcessFailedException|ProcessTimedOutException/,
    errorType: (c) => c.cls ?? 'ProcessFailedException',
    category: 'runtime',
    priority: 12,
    summary: (c) =>
      c.timeout
        ? `A command the PHP program ran through Symfony's Process component ran longer than ${c.timeout} seconds: ${c.cmd}`
        : `A command the PHP program ran through Symfony's Process component failed: ${c.cmd}`,
    explanation: (c) =>
      c.timeout
        ? 'Symfony\'s Process stops a command that runs past its timeout (60 seconds by default) and throws ProcessTimedOutException. The command itself may be fine but slow (a large install or clone), or it may be waiting for input nobody gives (a password or host-key prompt).'
        : 'Symfony\'s Process throws ProcessFailedException when the command it ran exits with a non-zero code. The exception\'s message quotes the command, its exit code and its "Error Output": that output is the command\'s own error (for git over SSH, "Permission denied (publickey)" means the machine running the command has no key the remote accepts; "Host key verification failed" means the host is not in known_hosts).',
    causes: [
      'The command itself failed: its "Error Output" in the message says why',
      'The command runs as another user or on another machine (a deploy server, a web server user) without the SSH key, PATH or permissions your shell has',
      'The command waits for input (a password, a host-key confirmation) and hangs until the timeout',
    ],
    fixes: (c) => [
      fix(
        `Run the command behind the ${c.cls ?? 'ProcessFailedException'} by hand, as the same user and on the same machine, and fix the error it prints`,
        [
          `Run \`${c.cmd ?? 'the command'}\` where the PHP program runs it and read its own error.`,
          'For git over SSH: load a key the remote accepts (ssh-add, agent forwarding with ssh -A) and add the host to known_hosts (ssh-keyscan).',
          'For a long-running command, raise the timeout with $process->setTimeout(…) or the tool\'s own setting.',
        ],
        'ssh -T git@github.com            # which key, if any, the remote accepts\nssh-keyscan github.com >> ~/.ssh/known_hosts\n# PHP: $process = new Process([...]); $process->setTimeout(300); $process->mustRun();',
      ),
    ],
    references: [SYMFONY_PROCESS],
    samples: [
      '[Symfony\\Component\\Process\\Exception\\ProcessFailedException]   The command "ssh -A deploy@example.com \'(cd /srv/app && git fetch -q origin)\'" failed. \nExit Code: 128(Invalid exit argument)\nError Output: \n  ================   \n  Permission denied (publickey). \n  fatal: Could not read from remote repository.',
    ],
  },
];
