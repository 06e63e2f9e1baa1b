/**
 * A sixth catalog pass over programs' errors as hosted runtimes, process managers and loggers print them: AWS
 * Lambda's Python runtime failing to import the handler, Lambda's "Task timed out", the Node.js runtime's "Invoke
 * Error" record and its older response and import lines, winston's "uncaughtException:", Prisma's uninitialised
 * client, Symfony's ProcessFailedException around git, DB-API exceptions as Sentry prints their repr, and Loguru's
 * columns. Nearby texts the engine already answered stay as guards. Pure: the rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

describe("the programs' sixth catalog pass", () => {
  it.each([
    ["[ERROR] Runtime.ImportModuleError: Unable to import module 'handler': No module named 'handler'", 'python', 'ImportModuleError'],
    ["Error: Runtime.ImportModuleError: Unable to import module 'union': No module named 'union'", 'python', 'ImportModuleError'],
    [
      "[ERROR] Runtime.ImportModuleError: Unable to import module 'download_and_predict.handler': bad magic number in 'affine': b'U\\r\\r\\n'\nTraceback (most recent call last):",
      'python',
      'ImportModuleError',
    ],
    [
      '{\n  "errorMessage": "Unable to import module \'lambda_function\': No module named \'lambda_function\'",\n  "errorType": "Runtime.ImportModuleError",\n  "requestId": "b256388f-2bb3-408c-932c-4cfc57cfdb4c",\n  "stackTrace": []\n}',
      'python',
      'ImportModuleError',
    ],
    [
      "[ERROR] Runtime.ImportModuleError: Unable to import module 'aws_observability': cannot import name 'AwsXRayIdsGenerator' from 'opentelemetry.sdk.extension.aws.trace' (/opt/python/opentelemetry/sdk/extension/aws/trace/__init__.py)\nTraceback (most recent call last)",
      'python',
      'ImportModuleError',
    ],
    ["Unable to import module 'imageprocessor': No module named pytz", 'python', 'ImportModuleError'],
    ["Unable to import module 'exporter': No module named exporter", 'python', 'ImportModuleError'],
    [
      "**CloudWatch Logs** [ERROR] Runtime.ImportModuleError: Unable to import module 'lambda_function': No module named 'salesforce'",
      'python',
      'ImportModuleError',
    ],
    ["Syntax error in module 'lambda_function': invalid syntax (lambda_function.py, line 20)", 'python', 'UserCodeSyntaxError'],
    ["module initialization error: name 'db_user' is not defined", 'python', 'NameError'],
    [
      "START RequestId: 12ea793b-9ef2-11e7-b1ef-b360a5b0eab4 Version: $LATEST\nUnable to import module 'index': Error at Module.require (module.js:353:17)\nEND RequestId: 12ea793b-9ef2-11e7-b1ef-b360a5b0eab4\nREPORT RequestId: 12ea793b-9ef2-11e7-b1ef-b360a5b0eab4\tDuration: 1.88 ms\tBilled Duration: 100 ms Memory Size: 128 MB\tMax Memory Used: 21 MB",
      'javascript',
      'ImportModuleError',
    ],
    [
      "2015-06-29T15:45:37: Unable to import module 'index': Error\n    at Function.Module._resolveFilename (module.js:338:15)\n    at Function.Module._load (module.js:280:25)\n    at Module.require (module.js:364:17)\n    at require (module.js:380:17)\n    at Object.<anonymous> (/var/task/index.js:2:1)",
      'javascript',
      'ImportModuleError',
    ],
    [
      '{"fields":null,"level":"info","timestamp":"2018-05-17T14:46:28+08:00","message":"2018-05-17T06:46:28.161Z fb63a8b6-599d-11e8-a437-911ac44bc0b4 Task timed out after 18.02 seconds"}',
      'javascript',
      'Task timed out',
    ],
    [
      'START RequestId: b47cde10-029a-11e6-b5d6-1f01b70b94b2 Version: $LATEST \nEND RequestId: b47cde10-029a-11e6-b5d6-1f01b70b94b2 \nREPORT RequestId: b47cde10-029a-11e6-b5d6-1f01b70b94b2  Duration: 120000.64 ms  Billed Duration: 120000 ms Memory Size: 128 MB  Max Memory Used: 23 MB  \n2016-04-14T23:52:45.715Z b47cde10-029a-11e6-b5d6-1f01b70b94b2 Task timed out after 120.00 seconds ',
      'javascript',
      'Task timed out',
    ],
    [
      '{\n  "errorMessage": "2020-11-10T05:46:57.874Z 160788cd-45ff-4583-809f-c7e31127cb95 Task timed out after 3.07 seconds"\n}',
      'javascript',
      'Task timed out',
    ],
    [
      '  | 2022-10-04T12:23:01.595-04:00 | [INFO] 2022-10-04T16:23:01.594Z c2c3b330-0e87-40ec-a490-884dc5f81a3f Create kube config file.\n  | 2022-10-04T12:23:04.626-04:00 | END RequestId: c2c3b330-0e87-40ec-a490-884dc5f81a3f\n  | 2022-10-04T12:23:04.626-04:00 | REPORT RequestId: c2c3b330-0e87-40ec-a490-884dc5f81a3f Duration: 3031.25 ms Billed Duration: 4326 ms Memory Size: 128 MB Max Memory Used: 60 MB Init Duration: 1294.01 ms\n  | 2022-10-04T12:23:04.626-04:00Copy2022-10-04T16:23:04.624Z c2c3b330-0e87-40ec-a490-884dc5f81a3f Task timed out after 3.03 seconds | 2022-10-04T16:23:04.624Z c2c3b330-0e87-40ec-a490-884dc5f81a3f Task timed out after 3.03 seconds',
      'python',
      'Task timed out',
    ],
    [
      'Jan 9, 01:00:43 PM: INIT_START Runtime Version: nodejs:18.v18\tRuntime Version ARN: arn:aws:lambda:us-east-2::runtime:d949ec0248c1b8fbc8cbc6df1c986e05fb933506b51d53be82d46f9a37125bea\nJan 9, 01:00:43 PM: 93c2447f ERROR  Invoke Error \t{"errorType":"Error","errorMessage":"unable to determine transport target for \\"pino-pretty\\"","stack":["Error: unable to determine transport target for \\"pino-pretty\\"","    at fixTarget (/var/task/node_modules/pino/lib/transport.js:144:13)","    at transport (/var/task/node_modules/pino/lib/transport.js:114:22)"]}\nJan 9, 01:00:43 PM: 93c2447f Duration: 99.59 ms\tMemory Usage: 79 MB\tInit Duration: 207.71 ms',
      'javascript',
      'Error',
    ],
    [
      '{\n  "errorMessage": "Cannot find module \'/var/task/index\'",\n  "errorType": "Error",\n  "stackTrace": [\n    "Module.require (module.js:596:17)",\n    "require (internal/module.js:11:18)"\n  ]\n}',
      'javascript',
      'MODULE_NOT_FOUND',
    ],
    [
      "2016-08-03T20:22:06.595Z - error: uncaughtException: Cannot read property 'warn' of undefined \n{ date: 'Wed Aug 03 2016 15:22:06 GMT-0500 (CDT)',\n  process: \n   { pid: 10420,\n     uid: 502,\n     gid: 20,\n     cwd: '/Users/brian.broll/projects/dfst/deepforge',",
      'javascript',
      'TypeError',
    ],
    [
      '2020-05-10T23:19:12.070Z\tundefined\tERROR\tError: @prisma/client did not initialize yet. Please run "prisma generate" and try to import it again.\nIn case this error is unexpected for you, please report it in https://github.com/prisma/prisma-client-js/issues/390.\n    at new PrismaClient (/var/task/backend/node_modules/.prisma/client/index.js:3:11)\n    at Object.<anonymous> (/var/task/backend/src/index.js:563:16)',
      'javascript',
      'Error',
    ],
    [
      "[Symfony\\Component\\Process\\Exception\\ProcessFailedException]   The command \"ssh -A fundacjamp@mys.pl '(export APP_ENV=prod; cd /<dir>/releases/20190919105000 && git fetch -q origin)'\" failed. \nExit Code: 128(Invalid exit argument)\nWorking directory: /<my_local_dir>/web\nError Output: \n  ================   \n  Warning: Permanently added the RSA host key for IP address '<Bitbucket IP6>' to the list of known hosts. \n  Permission denied (publickey). \n  fatal: Could not read from remote repository.",
      'php',
      'ProcessFailedException',
    ],
    [
      'errors:\nProgrammingErrorsentry.tasks.store.save_event\nProgrammingError(\'relation "nodestore_node" does not exist\\nLINE 1: UPDATE "nodestore_',
      'python',
      'ProgrammingError',
    ],
    [
      'ProgrammingError: ProgrammingError(\'relation "sentry_projectkey" does not exist\\nLINE 1: ...te_limit_window", "sentry_projectkey"."data" FROM "sentry_pr...\\n                                                             ^\\n\',)\nSQL: SELECT "sentry_projectkey"."id", "sentry_projectkey"."project_id" FROM "sentry_projectkey" LIMIT 1',
      'python',
      'ProgrammingError',
    ],
    ['2024-05-14 10:23:15.234 | ERROR    | app.handler:handle:112 - RuntimeError: Unexpected error', 'python', 'RuntimeError'],
  ])('answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});

describe('what the sixth pass leaves to the patterns that knew it already', () => {
  it.each([
    [
      '  uncaughtException: Task timed out after 3.00 seconds date=Mon Jan 07 2019 10:02:17 GMT+0000 (UTC), pid=17229, uid=502, gid=20, cwd=/Users/Thilina/github/lamda-avatar-compressor, execPath=/usr/local/bin/node, version=v8.9.0, stack=[TimeoutError: Task timed out after 3.00 seconds,     at Context.<anonymous> (/usr/local/lib/node_modules/lambda-local/lib/context.js:124:15),     at ontimeout (timers.js:475:11)]',
      'javascript',
      'TimeoutError',
    ],
    [
      'START RequestId: f3208799-9953-4da4-84ff-1ccad6ad276f Version: $LATEST\n2020-05-13T21:59:33.002Z\tundefined\tERROR\tUncaught Exception \t{"errorType":"Runtime.ImportModuleError","errorMessage":"Error: Cannot find module \'got\'\\nRequire stack:\\n- /var/task/handler.js\\n- /var/runtime/UserFunction.js\\n- /var/runtime/index.js","stack":["Runtime.ImportModuleError: Error: Cannot find module \'got\'","Require stack:","- /var/task/handler.js","- /var/runtime/UserFunction.js","- /var/runtime/index.js","    at _loadUserApp (/var/runtime/UserFunction.js:100:13)"]}\nEND RequestId: f3208799-9953-4da4-84ff-1ccad6ad276f',
      'javascript',
      'ImportModuleError',
    ],
    [
      '{\n  "errorMessage": "\'request\'",\n  "errorType": "KeyError",\n  "stackTrace": [\n    [\n      "/var/task/lambda_function.py",\n      4,\n      "lambda_handler",\n      "if event[\'request\'][\'type\'] == \\"LaunchRequest\\":"\n    ]\n  ]\n}',
      'python',
      'KeyError',
    ],
    [
      'taiga_1     | Traceback (most recent call last):\ntaiga_1     |   File "/checkdb.py", line 14, in <module>\ntaiga_1     |     conn = psycopg2.connect(conn_string)\ntaiga_1     |   File "/usr/local/lib/python3.5/site-packages/psycopg2/__init__.py", line 130, in connect\ntaiga_1     |     conn = _connect(dsn, connection_factory=connection_factory, **                                kwasync)\ntaiga_1     | psycopg2.OperationalError: could not connect to server: Connection                                 refused\ntaiga_1     |   Is the server running on host "postgres" (172.18.0.2) and accepting\ntaiga_1     |   TCP/IP connections on port 5432?',
      'python',
      'OperationalError',
    ],
    [
      'Aug 31 20:53:12 ubuntu-20-lts gunicorn[1932]:   File "<frozen importlib._bootstrap>", line 991, in _find_and_load\nAug 31 20:53:12 ubuntu-20-lts gunicorn[1932]:   File "<frozen importlib._bootstrap>", line 973, in _find_and_load_unlocked\nAug 31 20:53:12 ubuntu-20-lts gunicorn[1932]: ModuleNotFoundError: No module named \'django_extensions\'\nAug 31 20:53:12 ubuntu-20-lts gunicorn[1932]: [2021-08-31 20:53:12 +0000] [1932] [INFO] Worker exiting (pid: 1932)',
      'python',
      'ModuleNotFoundError',
    ],
    [
      "2017-10-02T03:20:00.776259+00:00 app[web.1]: module.js:473\n2017-10-02T03:20:00.776305+00:00 app[web.1]:       throw err;\n2017-10-02T03:20:00.776306+00:00 app[web.1]:       ^\n2017-10-02T03:20:00.776309+00:00 app[web.1]:     at Function.Module._resolveFilename (module.js:527:15)\n2017-10-02T03:20:00.776308+00:00 app[web.1]: Error: Cannot find module '/app/wiki/server'\n2017-10-02T03:20:00.776309+00:00 app[web.1]:     at Function.Module._load (module.js:453:25)",
      'javascript',
      'MODULE_NOT_FOUND',
    ],
    [
      "    21:59:28 worker.1 | 2016-01-14T05:59:28.655Z 42480 TID-ov6c4r79k WARN: ActiveRecord::ConnectionTimeoutError: could not obtain a database connection within 5.000 seconds (waited 5.001 seconds)\n    21:59:28 worker.1 | 2016-01-14T05:59:28.655Z 42480 TID-ov6c4r79k WARN: /Users/typeoneerror/.rvm/gems/ruby-2.2.3@doki/gems/activerecord-4.2.5/lib/active_record/connection_adapters/abstract/connection_pool.rb:189:in `block in wait_poll'",
      'ruby',
      'ConnectionTimeoutError',
    ],
    [
      '(Backtrace restricted to imported tasks)\ncap aborted!\nSSHKit::Runner::ExecuteError: Exception while executing as deploy@u2h3.yoopedia.com: git exit status: 128\ngit stdout: Nothing written\ngit stderr: Permission denied (publickey).\nfatal: Could not read from remote repository.',
      'ruby',
      'ExecuteError',
    ],
    [
      'DEBUG [0f55e18f] Command: ( GIT_ASKPASS=/bin/echo GIT_SSH=/tmp/blog/git-ssh.sh /usr/bin/env git ls-remote --heads git@host:/var/git/blog )\nDEBUG [0f55e18f]    Permission denied (publickey,gssapi-keyex,gssapi-with-mic,password).',
      'git',
      'Permission denied (publickey)',
    ],
    [
      "2022/12/05 20:28:42 [error] 7533#7533: *1 FastCGI sent in stderr: \"PHP message: PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] No such file or directory in /home/fos-streaming/fos/www/vendor/illuminate/database/Connectors/Connector.php:68\nStack trace:\n#0 /home/fos-streaming/fos/www/vendor/illuminate/database/Connectors/Connector.php(68): PDO->__construct('mysql:host=loca...', 'fos', 'MmEzYjlhZmVlMGM...', Array)",
      'php',
      'PDOException',
    ],
    [
      'cadmusapi_1    | Application startup exception: System.Data.SqlClient.SqlException (0x80131904): A network-related or instance-specific error occurred while establishing a connection to SQL Server. The server was not found or was not accessible. Verify that the instance name is correct and that SQL Server is configured to allow remote connections. (provider: TCP Provider, error: 40 - Could not open a connection to SQL Server)\ncadmusapi_1    |    at System.Data.SqlClient.SqlInternalConnectionTds..ctor(DbConnectionPoolIdentity identity, SqlConnectionString connectionOptions, Object providerInfo, Boolean redirectedUserInstance, SqlConnectionString userConnectionOptions, SessionData reconnectSessionData, Boolean applyTransientFaultHandling)',
      'csharp',
      'SqlException',
    ],
    [
      '2018-07-17 01:38:43.975 | ERROR    | __main__:nested:10 - What?!\nTraceback (most recent call last):\n\n  File "test.py", line 12, in <module>\n    nested(0)\n    └ <function nested at 0x7f5c755322f0>\n\n> File "test.py", line 8, in nested\n    func(5, c)\n    │       └ 0\n    └ <function func at 0x7f5c79fc2e18>\n\n  File "test.py", line 4, in func\n    return a / b\n           │   └ 0\n           └ 5\n\nZeroDivisionError: division by zero',
      'python',
      'ZeroDivisionError',
    ],
  ])('still answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});

describe('the sixth pass names what the message is about', () => {
  it('names the module Lambda could not import', () => {
    expect(fixText("[ERROR] Runtime.ImportModuleError: Unable to import module 'handler': No module named 'handler'")).toContain('for handler');
  });

  it('runs the command Symfony ran, by hand', () => {
    expect(
      fixText(
        '[Symfony\\Component\\Process\\Exception\\ProcessFailedException]   The command "ssh -A fundacjamp@mys.pl \'(export APP_ENV=prod; cd /<dir>/releases/20190919105000 && git fetch -q origin)\'" failed. \nExit Code: 128(Invalid exit argument)\nError Output: \n  Permission denied (publickey). \n  fatal: Could not read from remote repository.',
      ),
    ).toContain('ssh -A fundacjamp@mys.pl');
  });
});
