/**
 * Errors wrapped in another program's output (corpus README, "language": another tool's error inside a program's
 * exception is the program's; the log around an error never changes its labels): Node's child_process errors whose
 * child said nothing a pattern knows, subprocess.CalledProcessError pasted without its traceback, Kodi's log of a
 * Python add-on's exception, Django's debug page behind a logger's prefix, Visual Studio's exception details with
 * "Inner Exception 1:", SqlClient's frames without the class, git's own errors inside CI checkouts, go get and GUI
 * logs, Sequelize's class as util.inspect prints it. Pure: the rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

describe("errors wrapped in another program's output", () => {
  it.each([
    [
      "raise CalledProcessError(retcode, process.args, output=output)\nsubprocess.CalledProcessError: Command 'g++-4.9 -std=c++11 -shared -o backward_warp_op.so backward_warp_op.cu.o backward_warp_op.cc -I /home/hzaal/tensorflow/lib/python3.4/site-packages/tensorflow/include -fPIC -lcudart -D GOOGLE_CUDA=1 -L /usr/local/lib64' returned non-zero exit status 127",
      'python',
      'CalledProcessError',
    ],
    [
      "2024-07-10 14:04:07.283 T:4345    error <general>: EXCEPTION Thrown (PythonToCppException) : -->Python callback/script returned the following error<--\n                                                    - NOTE: IGNORING THIS CAN LEAD TO MEMORY LEAKS!\n                                                   Error Type: <class 'requests.exceptions.ConnectionError'>\n                                                   Error Contents: HTTPConnectionPool(host='127.0.0.1', port=5665): Max retries exceeded with url: /settings (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0xcea0a008>: Failed to establish a new connection: [Errno 111] Connection refused'))",
      'python',
      'ConnectionError',
    ],
    [
      "2022-01-18T11:23:28.877Z - error: [ui] `git -c credential.helper= -c protocol.version=2 -c init.defaultBranch=master clone --recursive --progress -- https://github.com/kesavan4954/ConditionalStatement.git C:\\Users\\APTS-DXB-19\\Documents\\GitHub\\ConditionalStatement` exited with an unexpected code: 128.\nstderr:\nCloning into 'C:\\Users\\APTS-DXB-19\\Documents\\GitHub\\ConditionalStatement'...\ngit: 'remote-https' is not a git command. See 'git --help'.",
      'git',
      'is not a git command',
    ],
    [
      "download err:  Error: 'git clone' failed with status 128\n    at ChildProcess.<anonymous> (/Users/bosszhang/Documents/workspace_temp/test-cli/node_modules/_git-clone@0.1.0@git-clone/index.js:33:22)\n    at ChildProcess.emit (events.js:182:13)\n    at maybeClose (internal/child_process.js:961:16)",
      'javascript',
      'Error',
    ],
    [
      'Error: Command failed: yarn tsc\n    at checkExecSyncError (node:child_process:890:11)\n    at execSync (node:child_process:962:15)\n    at /builds/scripts/tsc.ts:30:13\n    at step (/builds/scripts/tsc.ts:44:23) {\n  status: 129,\n  signal: null,\n  output: [ null, null, null ],\n  pid: [204],\n  stdout: null,\n  stderr: null\n}',
      'javascript',
      'Error',
    ],
    [
      'fill_database:250 check_json_response WARNING    IntegrityError at /api/v1/studies/8529334/\nduplicate key value violates unique constraint "interventions_interventi_interventionset_id_name_ce6bdae3_uniq"\nDETAIL:  Key (interventionset_id, name)=(44, Dcaf_4mg) already exists.\n\n\nRequest Method: PATCH\nRequest URL: http://0.0.0.0:8000/api/v1/studies/8529334/\nDjango Version: 2.1',
      'python',
      'IntegrityError',
    ],
    [
      '{"message":"Command failed: ","name":"Error","stack":"Error: Command failed: \\n    at ChildProcess.exithandler (child_process.js:637:15)\\n    at ChildProcess.EventEmitter.emit (events.js:98:17)\\n    at maybeClose (child_process.js:743:16)\\n    at Process.ChildProcess._handle.onexit (child_process.js:810:5)","code":1,"signal":null},"msg":"Command failed: "',
      'javascript',
      'Error',
    ],
    [
      "E:\\Work\\instachain\\node_modules\\git-rev-sync\\index.js:20\n      throw new Error('[git-rev-sync] failed to execute command: ' + result.stde\nrr);\n      ^\n\nError: [git-rev-sync] failed to execute command: fatal: Not a git repository (or\n any of the parent directories): .git\n\n    at _command (E:\\Work\\instachain\\node_modules\\git-rev-sync\\index.js:20:13)\n    at Object.tag (E:\\Work\\instachain\\node_modules\\git-rev-sync\\index.js:130:10)",
      'javascript',
      'Error',
    ],
    [
      'System.AggregateException\n  HResult=0x80131500\n  Message=One or more errors occurred. (No connection could be made because the target machine actively refused it)\n  Source=System.Private.CoreLib\n  StackTrace:\n   at System.Threading.Tasks.Task`1.GetResultCore(Boolean waitCompletionNotification)\n   at CompaniesHouseRequester.Program.Main(String[] args) in \n\n.....\\Program.cs:line 102\n\nInner Exception 1:\nHttpRequestException: No connection could be made because the target machine actively refused it\n\nInner Exception 2:\nSocketException: No connection could be made because the target machine actively refused it',
      'csharp',
      'AggregateException',
    ],
    [
      "Fetching the repository\n  /usr/local/bin/git -c protocol.version=2 fetch --no-tags --prune --progress --no-recurse-submodules --depth=1 origin +refs/heads/develop*:refs/remotes/origin/develop* +refs/tags/develop*:refs/tags/develop*\n  Error: fatal: could not read Username for 'https://github.com': terminal prompts disabled\n  The process '/usr/local/bin/git' failed with exit code 128",
      'git',
      'could not read Username',
    ],
    [
      "git ls-remote https://gitlab.com/altoshift/project.git refs/heads/staging error: exit status 128, detail: fatal: could not read Username for 'https://gitlab.com': terminal prompts disabled",
      'git',
      'could not read Username',
    ],
    [
      "cd .; git clone https://github.com/wealdtech/go-domainsale /home/dani/go/src/github.com/wealdtech/go-domainsale\nCloning into '/home/dani/go/src/github.com/wealdtech/go-domainsale'...\nfatal: could not read Username for 'https://github.com': terminal prompts disabled\npackage github.com/wealdtech/go-domainsale/domainsalecontract: exit status 128",
      'git',
      'could not read Username',
    ],
    [
      "fatal: Cannot prompt because user interactivity has been disabled.\n        fatal: could not read Username for 'https://github.com': terminal prompts disabled\nConfirm the import path was entered correctly.\nIf this is a private repository, see https://golang.org/doc/faq#git_https for additional information.",
      'git',
      'could not read Username',
    ],
    [
      '> 2026-08-10 13:05:28,009 [2] ERROR - SaveExternalAppsToSQL failed\n> A network-related or instance-specific error occurred while establishing a connection to SQL Server. The server was not found or was not accessible. Verify that the instance name is correct and that SQL Server is configured to allow remote connections. (provider: TCP Provider, error: 0 - The wait operation timed out.)\n>    at void Microsoft.Data.SqlClient.SqlInternalConnection.OnError(SqlException exception, bool breakConnection, Action<Action> wrapCloseInAction)\n>    at void Microsoft.Data.SqlClient.TdsParser.ThrowExceptionAndWarning(TdsParserStateObject stateObj, SqlCommand command, bool callerHasConnectionLock, bool asyncClose)',
      'csharp',
      'SqlException',
    ],
    [
      "ConnectionRefusedError [SequelizeConnectionRefusedError]: connect ECONNREFUSED 127.0.0.1:3306\n    at ConnectionManager.connect (G:\\projects\\chatApp\\node_modules\\sequelize\\lib\\dialects\\mysql\\connection-manager.js:116:17)\n    at processTicksAndRejections (internal/process/task_queues.js:97:5) {\n  parent: Error: connect ECONNREFUSED 127.0.0.1:3306\n      at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1141:16) {\n    errno: 'ECONNREFUSED',\n    code: 'ECONNREFUSED',",
      'javascript',
      'SequelizeConnectionRefusedError',
    ],
    [
      'Error java.io IOException: Cannot run program "python" (in directory "mcpipy/pythontool") error=2, No such file or directory.',
      'java',
      'IOException',
    ],
  ])('answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});

describe('near texts keep their answer', () => {
  it.each([
    [
      "Traceback (most recent call last):\n  File \"scripts/test_rpn_3d.py\", line 41, in <module>\n    out = subprocess.check_output([script, results_path.replace('/data', '')], stderr=devnull)\nsubprocess.CalledProcessError: Command '['/home/gkd/PYTHONPROJECTServer/M3D-RPN-master/data/kitti_split1/devkit/cpp/evaluate_object', 'output/tmp_results']' returned non-zero exit status 127.",
      'python',
      'CalledProcessError',
    ],
    [
      'Error: Command failed: ls; asdf\nzsh:1: command not found: asdf\n\n    at checkExecSyncError (child_process.js:607:13)\n    at Object.execSync (child_process.js:647:13)\n    at [eval]:1:26',
      'shell',
      'command not found',
    ],
    [
      "{ Error: Command failed: git rm readme.txt\nfatal: pathspec 'readme.txt' did not match any files\n\n    at ChildProcess.exithandler (child_process.js:204:12)\n    at emitTwo (events.js:106:13)\n    at ChildProcess.emit (events.js:191:7)\n    at maybeClose (internal/child_process.js:886:16)\n    at Process.ChildProcess._handle.onexit (internal/child_process.js:226:5)\n  killed: false,\n  code: 128,\n  signal: null,\n  cmd: 'git rm readme.txt' }",
      'javascript',
      'Error',
    ],
    [
      'Error: git rev-parse HEAD\n\n        fatal: not a git repository (or any parent up to mount point /)\nStopping at filesystem boundary (GIT_DISCOVERY_ACROSS_FILESYSTEM not set).\n\n    at /iterative/cml/src/utils.js:15:27\n    at ChildProcess.exithandler (child_process.js:315:5)\n    at ChildProcess.emit (events.js:314:20)\n    at maybeClose (internal/child_process.js:1022:16)',
      'git',
      'fatal: not a git repository',
    ],
    [
      '2018-07-18T06:21:04.658Z - error: [ui] `git status --untracked-files=all --branch --porcelain=2 -z` exited with an unexpected code: 128.\nfatal: not a git repository (or any of the parent directories): .git',
      'git',
      'fatal: not a git repository',
    ],
    [
      "git.exc.GitCommandError: Cmd('git') failed due to: exit code(128)\n  cmdline: git checkout e946426aaaa56f59e14ad24ed2c22a3b1a04f124\n  stderr: 'fatal: reference is not a tree: e946426aaaa56f59e14ad24ed2c22a3b1a04f124'",
      'python',
      'GitCommandError',
    ],
    [
      "npm error could not determine executable to run\nnpm error A complete log of this run can be found in: C:\\Users\\aa479\\AppData\\Local\\npm-cache\\_logs\\2024-08-11T02_19_50_337Z-debug-0.log\nfile:///F:/Project/artipub/node_modules/.pnpm/execa@9.3.0/node_modules/execa/lib/return/final-error.js:6\n        return new ErrorClass(message, options);\n               ^\n\nExecaError: Command failed with exit code 1: npx conventional-changelog -i CHANGELOG.md -s --commit-path .\n    at getFinalError (file:///F:/Project/artipub/node_modules/.pnpm/execa@9.3.0/node_modules/execa/lib/return/final-error.js:6:9)\n    at makeError (file:///F:/Project/artipub/node_modules/.pnpm/execa@9.3.0/node_modules/execa/lib/return/result.js:108:16)\n    at getAsyncResult (file:///F:/Project/artipub/node_modules/.pnpm/execa@9.3.0/node_modules/execa/lib/methods/main-async.js:167:4)\n    at handlePromise (file:///F:/Project/artipub/node_modules/.pnpm/execa@9.3.0/node_modules/execa/lib/methods/main-async.js:150:17)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n    at generateChangelog (F:\\Project\\artipub\\scripts\\release.ts:139:3)\n    at run (F:\\Project\\artipub\\scripts\\release.ts:210:3) {\n  shortMessage: 'Command failed with exit code 1: npx conventional-changelog -i CHANGELOG.md -s --commit-path .',",
      'javascript',
      'ExecaError',
    ],
    [
      'An exception occurred in the database while saving changes for context type \'HappyTravel.NetstormingConnector.Data.NetstormingContext\'.\nMicrosoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.\n ---> Npgsql.PostgresException (0x80004005): 23502: null value in column "Code" violates not-null constraint',
      'csharp',
      'DbUpdateException',
    ],
    [
      '[0:] livesharp: error: Connection exception: System.AggregateException: One or more errors occurred. (Connection refused) ---> System.Net.Sockets.SocketException: Connection refused\n  at System.Net.Sockets.SocketAsyncResult.CheckIfThrowDelayedException () [0x0003b] in /Library/Frameworks/Xamarin.iOS.framework/Versions/Current/src/Xamarin.iOS/mcs/class/System/System.Net.Sockets/SocketAsyncResult.cs:134 \n   --- End of inner exception stack trace ---\n---> (Inner Exception #0) System.Net.Sockets.SocketException (0x80004005): Connection refused',
      'csharp',
      'AggregateException',
    ],
    [
      'Jackett.IndexerException: Exception (rarbg): Connection refused ---> System.Net.Http.HttpRequestException: An error occurred while sending the request ---> System.Net.WebException: Error: ConnectFailure (Connection refused) ---> System.Net.Sockets.SocketException: Connection refused   at System.Net.Sockets.Socket.Connect (System.Net.EndPoint remoteEP) [0x000b6] in <50d80b08c1a5449282b22aedf03ce925>:0    at System.Net.WebConnection.Connect (System.Net.HttpWebRequest request) [0x0016d] in <50d80b08c1a5449282b22aedf03ce925>:0     --- End of inner exception stack trace ---   at System.Net.HttpWebRequest.EndGetResponse (System.IAsyncResult asyncResult) [0x00058] in <50d80b08c1a5449282b22aedf03ce925>:0',
      'csharp',
      'IndexerException',
    ],
    [
      'UniqueViolation: duplicate key value violates unique constraint "facility_hospitaldoctors_facility_id_area_deleted_4dd0a052_uniq"\nDETAIL:  Key (facility_id, area, deleted)=(83, 2, f) already exists.\n  File "django/db/backends/utils.py", line 84, in _execute\n    return self.cursor.execute(sql, params)\nIntegrityError: duplicate key value violates unique constraint "facility_hospitaldoctors_facility_id_area_deleted_4dd0a052_uniq"\nDETAIL:  Key (facility_id, area, deleted)=(83, 2, f) already exists.\n(23 additional frame(s) were not displayed)',
      'python',
      'IntegrityError',
    ],
    [
      'django.db.utils.IntegrityError: duplicate key value violates unique constraint "core_campaignassettype_campaign_id_name_singular_56c58749_uniq" DETAIL: Key (campaign_id, name_singular)=(3219806b-c1ab-4837-a6ac-57e71a77519c, Territory) already exists.\n\nat ._execute ( /opt/venv/lib/python3.12/site-packages/django/db/backends/utils.py:105 )\nat .__exit__ ( /opt/venv/lib/python3.12/site-packages/django/db/utils.py:91 )',
      'python',
      'IntegrityError',
    ],
    [
      'Unhandled rejection SequelizeConnectionRefusedError: connect ECONNREFUSED 127.0.0.1:3306',
      'javascript',
      'SequelizeConnectionRefusedError',
    ],
    [
      '2024-03-12T10:20:22+01:00       Microsoft.Data.SqlClient.SqlException (0x80131904): A connection was successfully established with the server, but then an error occurred during the login process. (provider: TCP Provider, error: 0 - Success)\n2024-03-12T10:20:22+01:00          at Microsoft.Data.SqlClient.SqlInternalConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)',
      'csharp',
      'SqlException',
    ],
    [
      'level=error msg="request completed" component=api error="error finding user: failed to connect to `host=localhost user=supabase_auth_admin database=postgres`: dial error (dial tcp [::1]:5432: connect: connection refused)" error_code=unexpected_failure method=POST path=/admin/users status=500',
      'go',
      'connection refused',
    ],
    [
      "mdc  |  ⨯ TypeError: fetch failed\nmdc  |     at async o (.next/server/chunks/6836.js:1:18421)\nmdc  |     at async k (.next/server/chunks/9934.js:1:86292) {\nmdc  |   digest: '3502395289',\nmdc  |   [cause]: Error: connect ECONNREFUSED 127.0.0.1:9207\nmdc  |       at <unknown> (Error: connect ECONNREFUSED 127.0.0.1:9207) {\nmdc  |     errno: -111,\nmdc  |     code: 'ECONNREFUSED',\nmdc  |     syscall: 'connect',\nmdc  |     address: '127.0.0.1',\nmdc  |     port: 9207\nmdc  |   }\nmdc  | }",
      'javascript',
      'ECONNREFUSED',
    ],
    [
      "InvalidSpecError: application repo https://github.com/org/manifests.git is not permitted in project 'team-a'",
      'kubernetes',
      'InvalidSpecError',
    ],
    [
      'Running Parameter Generation\nGenerating Interactive Parameters\nError during execution\nCannot run program "python2" (in directory "."): error=2, No such file or directory\nException in thread "main" java.io.IOException: Cannot run program "python2" (in directory "."): error=2, No such file or directory\n\tat java.lang.ProcessBuilder.start(ProcessBuilder.java:1048)\n\tat ldbc.snb.datagen.LdbcDatagen.runGenerateJob(LdbcDatagen.java:305)\nCaused by: java.io.IOException: error=2, No such file or directory\n\tat java.lang.UNIXProcess.forkAndExec(Native Method)',
      'java',
      'IOException',
    ],
    [
      "> Illuminate\\Foundation\\ComposerScripts::postAutoloadDump\n> @php artisan package:discover --ansi\n\n   Illuminate\\Database\\QueryException \n\n  SQLSTATE[42S02]: Base table or view not found: 1146 Table 'laravel_faq.questions' doesn't exist (SQL: select * from `questions` where `questions`.`deleted_at` is null order by `created_at` desc limit 5)\n\n  at vendor/laravel/framework/src/Illuminate/Database/Connection.php:671\n    667▕         // If an exception occurs when attempting to run a query, we'll format the error",
      'php',
      'QueryException',
    ],
    [
      'yarn run v1.19.1\n$ node scripts/setupDatabase.js\nSetting up the database...\nerror: password authentication failed for user "postgres"\nDone in 0.59s.',
      'javascript',
      '28P01',
    ],
  ])('still answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});

describe('the wrapped catalog names what the message is about', () => {
  it('runs the command the Node.js child process failed on', () => {
    expect(
      fixText(
        'Error: Command failed: yarn tsc\n    at checkExecSyncError (node:child_process:890:11)\n    at execSync (node:child_process:962:15)\n    at /builds/scripts/tsc.ts:30:13\n    at step (/builds/scripts/tsc.ts:44:23) {\n  status: 129,\n  signal: null,\n  output: [ null, null, null ],\n  pid: [204],\n  stdout: null,\n  stderr: null\n}',
      ),
    ).toContain('yarn tsc');
  });

  it('gives git credentials for the remote it could not log in to', () => {
    expect(
      fixText(
        "git ls-remote https://gitlab.com/altoshift/project.git refs/heads/staging error: exit status 128, detail: fatal: could not read Username for 'https://gitlab.com': terminal prompts disabled",
      ),
    ).toContain('https://gitlab.com');
  });
});
