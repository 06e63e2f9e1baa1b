import type { ErrorPattern } from '../rules/error-pattern';
import { fix, ref } from './answer-parts';

/**
 * A fourth catalog pass over programs' runtime errors as application servers and process managers log them,
 * where the engine answered another language or "unknown error": uWSGI's "unable to load app" and "no python
 * application found", gunicorn's killed workers ("was sent SIGKILL! Perhaps out of memory?", "was terminated due
 * to signal 9") and its "Connection in use" on a taken port, Celery's one-line WorkerLostError, PM2's "had too
 * many unstable restarts" and "exited with code [1] via signal [SIGINT]", Unicorn's worker timeout, Node.js 0.x's
 * "Error: EACCES, permission denied '…'", and Spring Boot's start-up failures printed without their class (1.x's
 * "database type NONE", 2.4's missing config data location).
 *
 * Types follow test/fixtures/errors/README.md: the class where one is named or raised (WorkerLostError,
 * DataSourceBeanCreationException, ConfigDataLocationNotFoundException), the Node.js code (EACCES), otherwise the
 * server's own short phrase. The lines say only that the application failed: when the pasted log also shows the
 * application's own error (a traceback's exception, a Node.js error or code), that error is the answer, so these
 * patterns match only texts that name none, or rank below the patterns that recognise it.
 */

const UWSGI_PYTHON = ref('uWSGI: Quickstart for Python/WSGI applications', 'https://uwsgi-docs.readthedocs.io/en/latest/WSGIquickstart.html');
const GUNICORN_SETTINGS = ref('Gunicorn settings', 'https://docs.gunicorn.org/en/stable/settings.html');
const PM2_RESTART = ref('PM2: Restart strategies', 'https://pm2.keymetrics.io/docs/usage/restart-strategies/');
const PM2_LOGS = ref('PM2: Log management', 'https://pm2.keymetrics.io/docs/usage/log-management/');

/** No exception class, "Error: " line or Node.js error code anywhere in the text (then that error is the answer). */
const NO_ERROR_SHOWN = String.raw`(?![\s\S]*?(?:\w(?:Error|Exception)\b|(?:^|\s)Error: |\bE[A-Z]{5,12}\b))`;

export const PROGRAM_CATALOG4_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'python.uwsgi-unable-to-load-app',
    language: 'python',
    // uWSGI's "unable to load app 0 (mountpoint='') (callable not found or import error)", logged when the module
    // or its callable could not be loaded; the import's own traceback, when shown, is the answer.
    match: new RegExp(
      String.raw`^` +
        NO_ERROR_SHOWN +
        String.raw`[\s\S]*?unable to load app (?<app>\d{1,4}) \(mountpoint='(?<mountpoint>[^'\n]{0,200})'\) \(callable not found or import error\)`,
    ),
    requires: /callable not found or import error/,
    errorType: 'unable to load app',
    category: 'configuration',
    priority: 3,
    summary: (c) =>
      `uWSGI could not load the WSGI application${c.mountpoint ? ` mounted at ${c.mountpoint}` : ''}: the module failed to import or has no callable of the configured name.`,
    explanation:
      'uWSGI imports the module named by `module`/`wsgi-file` and looks in it for the callable (`application` unless `callable` says ' +
      'otherwise). When the import raises or the name is missing it logs "unable to load app … (callable not found or import error)" and, ' +
      'without `need-app`, keeps running with no application ("going in full dynamic mode"), answering every request with a 500.',
    causes: [
      'The module raised while importing (a missing package in the virtualenv uWSGI uses, a settings error): its traceback is printed above',
      'The file defines `app` (Flask) while uWSGI looks for `application`, or the module path is wrong for the working directory (`chdir`)',
      'uWSGI runs another Python or virtualenv than the one the packages were installed in (`virtualenv`/`home` not set)',
    ],
    fixes: [
      fix('Point uWSGI at the right module and callable, and see the import error', [
        'Set `module = package.wsgi:app` (or `callable = app`), `chdir` to the project and `virtualenv` to its environment',
        'Add `need-app = true` so uWSGI exits instead of serving 500s, and import the module by hand to see the traceback',
      ], '[uwsgi]\nchdir = /srv/myproject\nvirtualenv = /srv/myproject/.venv\nmodule = myproject.wsgi:application\nneed-app = true\n\n# the import error, directly:\ncd /srv/myproject && .venv/bin/python -c "import myproject.wsgi"'),
    ],
    references: [UWSGI_PYTHON],
    samples: [
      "unable to load app 0 (mountpoint='') (callable not found or import error)\n*** no app loaded. going in full dynamic mode ***",
      "unable to load app 0 (mountpoint='') (callable not found or import error)\n*** no app loaded. GAME OVER ***\nVACUUM: unix socket /tmp/uwsgi.sock removed.",
    ],
  },
  {
    id: 'python.uwsgi-no-python-application',
    language: 'python',
    // The per-request line of a uWSGI that started without an application; the load error is earlier in its log.
    match: new RegExp(String.raw`^` + NO_ERROR_SHOWN + String.raw`[\s\S]*?--- no python application found, check your startup logs for errors ---`),
    requires: /no python application found/,
    errorType: 'no python application found',
    category: 'configuration',
    priority: 2,
    summary: 'uWSGI has no Python application loaded, so it answers every request with a 500: the application failed to load when uWSGI started.',
    explanation:
      'This line is logged for each request when uWSGI runs without an app (in "full dynamic mode"). The reason is in the start-up log: ' +
      'an "unable to load app" line and, above it, the traceback of the module that failed to import, or a `module`/`wsgi-file`/`callable` ' +
      'setting that points nowhere.',
    causes: [
      'The WSGI module failed to import at start-up (a missing package, a settings error): see the traceback in the start-up log',
      'The configuration names no application, the wrong module or the wrong callable (`app` instead of `application`)',
      'The ini file was not read (started from another directory, or the vassal is not the file you edited)',
    ],
    fixes: [
      fix('Read the start-up log and make a failed load fatal', [
        'Look above the first request for "unable to load app" and the traceback before it',
        'Set `need-app = true` so uWSGI refuses to start without the application',
      ], 'journalctl -u uwsgi -b | grep -B30 "unable to load app"\n# in the ini:\nneed-app = true\nmodule = myproject.wsgi:application'),
    ],
    references: [UWSGI_PYTHON],
    samples: [
      '--- no python application found, check your startup logs for errors ---\n[pid: 16532|app: -1|req: -1/1] 127.0.0.1 () {32 vars in 340 bytes} [Tue Dec 13 10:00:59 2016] GET / => generated 21 bytes in 0 msecs (HTTP/1.1 500) 2 headers in 83 bytes (0 switches on core 0)',
    ],
  },
  {
    id: 'python.gunicorn-worker-sigkill',
    language: 'python',
    // gunicorn 20.1+'s arbiter line for a worker killed by SIGKILL (its own kill after WORKER TIMEOUT, which then
    // answers, or the kernel's OOM killer).
    match: new RegExp(String.raw`^` + NO_ERROR_SHOWN + String.raw`[\s\S]*?Worker \(pid:(?<pid>\d{1,10})\) was sent SIGKILL! Perhaps out of memory\?`),
    requires: /was sent SIGKILL! Perhaps out of memory/,
    errorType: 'was sent SIGKILL',
    category: 'memory',
    priority: 3,
    summary: (c) => `A gunicorn worker (pid ${c.pid}) was killed with SIGKILL, most often by the kernel's out-of-memory killer.`,
    explanation:
      'The arbiter noticed that a worker died of SIGKILL. gunicorn sends SIGKILL itself only after a WORKER TIMEOUT; without one, the kill ' +
      'came from outside: the kernel OOM killer (or a container memory limit) stopping a worker that grew too large. The request it was ' +
      'serving fails and gunicorn boots a new worker.',
    causes: [
      'The worker process exceeded the memory available to it (container limit, cgroup, or the host running out of RAM)',
      'One request loads too much into memory (a large query result, a file read whole, a model per request)',
      'Too many workers for the memory of the machine, or memory growing over time in a long-lived worker',
    ],
    fixes: [
      fix('Confirm the OOM kill, then reduce memory or raise the limit', [
        'Check the kernel log or the container status for an OOM kill',
        'Lower --workers, recycle workers with --max-requests, stream or paginate large data, or raise the memory limit',
      ], 'dmesg -T | grep -i -E "killed process|out of memory"\ndocker inspect --format "{{.State.OOMKilled}}" <container>\ngunicorn app:app --workers 2 --max-requests 1000 --max-requests-jitter 100'),
    ],
    references: [GUNICORN_SETTINGS],
    samples: [
      '[2020-09-12 05:37:48 +0000] [21] [INFO] Booting worker with pid: 21\n[2020-09-12 05:37:52 +0000] [18] [ERROR] Worker (pid:21) was sent SIGKILL! Perhaps out of memory?',
      '[ERROR] Worker (pid:30) was sent SIGKILL! Perhaps out of memory?',
    ],
  },
  {
    id: 'python.gunicorn-worker-terminated-signal',
    language: 'python',
    // gunicorn 20.1+'s warning for a worker that died of a signal; below WORKER TIMEOUT, whose abort it follows.
    match: new RegExp(String.raw`^` + NO_ERROR_SHOWN + String.raw`[\s\S]*?Worker with pid (?<pid>\d{1,10}) was terminated due to signal (?<signal>\d{1,2})\b`),
    requires: /was terminated due to signal/,
    errorType: (c) => `terminated due to signal ${c.signal}`,
    category: 'runtime',
    priority: 2,
    summary: (c) =>
      `A gunicorn worker (pid ${c.pid}) died of signal ${c.signal}${c.signal === '9' ? ' (SIGKILL: most often the out-of-memory killer)' : c.signal === '6' ? ' (SIGABRT)' : c.signal === '11' ? ' (SIGSEGV: a crash in native code)' : ''}.`,
    explanation:
      'The arbiter logs this when a worker process ends because of a signal rather than exiting. Signal 9 (SIGKILL) without a WORKER ' +
      'TIMEOUT before it comes from outside gunicorn, usually the kernel or the container runtime killing a worker that used too much ' +
      'memory; signal 6 follows gunicorn\'s own abort of a timed-out worker; signal 11 is a segmentation fault in a C extension.',
    causes: [
      'Signal 9: the OOM killer or a container memory limit stopped the worker',
      'Signal 6: gunicorn aborted a worker that timed out (look for WORKER TIMEOUT just before)',
      'Signal 11: a native extension crashed the worker',
    ],
    fixes: [
      fix('Find who sent the signal', [
        'For 9, check the kernel log and the container\'s OOMKilled flag, then reduce memory per worker or raise the limit',
        'For 6, treat it as a timeout: find the slow request or raise --timeout',
      ], 'dmesg -T | grep -i -E "killed process|out of memory"\ngunicorn app:app --workers 2 --max-requests 1000 --timeout 60'),
    ],
    references: [GUNICORN_SETTINGS],
    samples: ['[2023-05-11 18:13:57 +0000] [7] [WARNING] Worker with pid 14824 was terminated due to signal 9\n[2023-05-11 18:13:57 +0000] [14852] [INFO] Booting worker with pid: 14852'],
  },
  {
    id: 'python.gunicorn-connection-in-use',
    language: 'python',
    // gunicorn's bind retry loop: "Connection in use: ('localhost', 8000)", "Retrying in 1 second.", "Can't connect to …".
    match: /(?:Connection in use: |Can't connect to )\('(?<host>[^'\n]{0,100})', (?<port>\d{1,5})\)/,
    requires: /Connection in use: \(|Can't connect to \(/,
    errorType: 'Connection in use',
    category: 'network',
    priority: 5,
    summary: (c) => `gunicorn cannot bind ${c.host ? `${c.host}:` : 'port '}${c.port}: another process is already listening on it.`,
    explanation:
      'At start-up the gunicorn arbiter binds the address given by --bind. When the port is taken it logs "Connection in use", retries ' +
      'five times a second apart, and gives up with "Can\'t connect to" and exit status 1. The port is held by another server, an older ' +
      'gunicorn that did not stop, or a second program started by the same supervisor or container.',
    causes: [
      'An earlier gunicorn (or another server) still listens on the port',
      'Two programs in the same container or supervisor config bind the same port',
      'A development server (runserver, flask run) left running on the port',
    ],
    fixes: (c) => {
      const host = c.host || '0.0.0.0';
      return [
        fix(`Free port ${c.port} or bind another one`, [
          `Find the process that listens on ${host}:${c.port} and stop it`,
          'Or start gunicorn on a free port with --bind',
        ], `sudo ss -ltnp | grep :${c.port}\n# or: sudo lsof -i :${c.port}\ngunicorn app:app --bind ${host}:${Number(c.port) + 1}`),
      ];
    },
    references: [ref('Gunicorn settings: bind', 'https://docs.gunicorn.org/en/stable/settings.html#bind')],
    samples: [
      "[2020-12-31 08:35:33 +0100] [177] [INFO] Starting gunicorn 20.0.4\n[2020-12-31 08:35:33 +0100] [177] [ERROR] Connection in use: ('localhost', 8000)\n[2020-12-31 08:35:33 +0100] [177] [ERROR] Retrying in 1 second.",
      "[ERROR] Connection in use: ('127.0.0.1', 8000)",
    ],
  },
  {
    id: 'python.celery-worker-lost',
    language: 'python',
    // Celery's one-line log of billiard's WorkerLostError, also without the traceback that names the class's module.
    match: /\bWorkerLostError(?:\(['"]|: )Worker exited prematurely(?:: (?<status>signal \d{1,2} \((?<signal>SIG[A-Z]{2,8})\)|exitcode \d{1,3}))?/,
    requires: /WorkerLostError/,
    errorType: 'WorkerLostError',
    category: 'runtime',
    priority: 5,
    summary: (c) => `A Celery pool process died while running a task${c.status ? ` (${c.status})` : ''}; the task is marked failed with WorkerLostError.`,
    explanation:
      'Celery\'s prefork pool (billiard) runs tasks in child processes. When a child ends while a task is in progress, the main process ' +
      'raises WorkerLostError for that task. signal 9 (SIGKILL) is almost always the out-of-memory killer or a container memory limit; ' +
      'signal 11 a crash in native code; an exit code a task that called sys.exit or a crash at shutdown.',
    causes: [
      'The task used more memory than the container or machine allows and the OOM killer stopped the pool process',
      'A C extension crashed the process (signal 11, SIGSEGV)',
      'The worker was shut down or restarted while tasks were running',
    ],
    fixes: [
      fix('Find why the pool process died and bound its memory', [
        'For SIGKILL, check the kernel log or the container\'s OOMKilled flag and raise the memory limit or lower --concurrency',
        'Recycle pool processes and make long tasks acknowledge late so they are retried',
      ], 'dmesg -T | grep -i -E "killed process|out of memory"\ncelery -A proj worker --concurrency 2 --max-tasks-per-child 50 --max-memory-per-child 500000\n# task: @app.task(acks_late=True, reject_on_worker_lost=True)'),
    ],
    references: [ref('Celery: Workers Guide (max tasks/memory per child)', 'https://docs.celeryq.dev/en/stable/userguide/workers.html#max-tasks-per-child-setting')],
    samples: ["Task handler raised error: WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL).')"],
  },
  {
    id: 'javascript.pm2-unstable-restarts',
    language: 'javascript',
    // PM2 gives up on an app that keeps exiting right after start; the app's own error (in its error log) is the
    // answer when it is pasted too.
    match: new RegExp(
      String.raw`^` +
        NO_ERROR_SHOWN +
        String.raw`[\s\S]*?(?:Script )?(?<script>[^\s*]{1,200}) had too many unstable restarts \((?<count>\d{1,5})\)\. Stopped\. "errored"`,
    ),
    requires: /had too many unstable restarts/,
    errorType: 'too many unstable restarts',
    category: 'runtime',
    priority: 2,
    summary: (c) => `PM2 stopped restarting ${c.script} after ${c.count} restarts in a row: the app exits right after it starts.`,
    explanation:
      'PM2 restarts an app that exits. When it exits again before min_uptime (1 s by default) max_restarts times in a row (16 by ' +
      'default) PM2 marks it "errored" and stops. The reason is the app\'s own error, written to its error log (`pm2 logs <app>`): a ' +
      'crash at start-up such as a missing module, a taken port or a bad configuration.',
    causes: [
      'The app throws during start-up (a missing module, a syntax error, an unset environment variable)',
      'The port it listens on is taken, often by another instance of the same app',
      'PM2 starts the wrong script, interpreter or working directory (cwd) for the app',
    ],
    fixes: [
      fix("Read the app's own error and run it without PM2", [
        'Show the app\'s error log, or start the script by hand in the same directory to see it crash',
        'Fix that error, then restart; raise min_uptime/restart_delay only to slow the loop down',
      ], 'pm2 logs <app> --err --lines 50\ncd /path/to/app && node server.js\npm2 restart <app> --update-env'),
    ],
    references: [PM2_RESTART, PM2_LOGS],
    samples: ['Entering in fork mode\nScript /var/www/videomail-gith/server.js 2 exit\nScript /var/www/videomail-gith/server.js had too many unstable restarts (15). Stopped. "errored"'],
  },
  {
    id: 'javascript.pm2-app-exited',
    language: 'javascript',
    // PM2's daemon log of an app process that ended with a non-zero code: "App [index:0] exited with code [1] via
    // signal [SIGINT]", older PM2 "App [jsApp] with id [0] and pid [2988], exited with code [1]" and "App name:dd
    // id:0 exited with code 8". Only when the app's own error is not in the paste.
    match: new RegExp(
      String.raw`^` +
        NO_ERROR_SHOWN +
        String.raw`[\s\S]*?App (?:\[(?<app>[^\]\n]{1,100})\](?: with id \[\d{1,5}\] and pid \[\d{1,10}\],)? exited with code \[(?<code>[1-9]\d{0,2})\](?: via signal \[(?<signal>SIG[A-Z]{2,8})\])?|name:(?<app2>\S{1,100}) id:\d{1,5} exited with code (?<code2>[1-9]\d{0,2})\b)`,
    ),
    requires: /exited with code/,
    errorType: (c) => `exited with code ${c.code ?? c.code2}`,
    category: 'runtime',
    priority: 1,
    summary: (c) => `PM2 reports that the app ${c.app ?? c.app2} exited with code ${c.code ?? c.code2}: it failed and PM2 restarts it.`,
    explanation:
      'PM2\'s daemon log only records that the process ended; "via signal [SIGINT]" names the signal PM2 uses to stop apps, not the cause. ' +
      'An exit code of 1 means the app stopped on an uncaught error (Node.js exits with 1 on an uncaught exception), which the app wrote to ' +
      'its own error log. When it repeats within a second PM2 ends with "too many unstable restarts".',
    causes: [
      'An uncaught exception or rejected promise at start-up or while running',
      'The app calls process.exit(1) itself, for example when a configuration value or database is missing',
      'PM2 runs the app from another directory or with other environment variables than a manual start',
    ],
    fixes: [
      fix("Read the app's error log", [
        'PM2 keeps the app\'s stderr apart from its own log: show it, or run the script by hand',
      ], 'pm2 logs <app> --err --lines 100\ncat ~/.pm2/logs/<app>-error.log\ncd /path/to/app && node index.js'),
    ],
    references: [PM2_LOGS],
    samples: [
      'PM2        | 2022-06-30T21:25:25: PM2 log: App [index:0] exited with code [1] via signal [SIGINT]\nPM2        | 2022-06-30T21:25:25: PM2 log: App [index:0] starting in -fork mode-\nPM2        | 2022-06-30T21:25:25: PM2 log: App [index:0] online',
    ],
  },
  {
    id: 'ruby.unicorn-worker-timeout',
    language: 'ruby',
    // Unicorn's master killing a worker busy longer than `timeout`: "worker=0 PID:303 timeout (16s > 15s), killing".
    match: /worker=(?<worker>\d{1,4}) PID:(?<pid>\d{1,10}) timeout \((?<took>\d{1,7})s > (?<limit>\d{1,7})s\), killing/,
    requires: /\), killing/,
    errorType: 'worker timeout',
    category: 'runtime',
    priority: 10,
    summary: (c) => `Unicorn killed worker ${c.worker} (pid ${c.pid}): a request ran ${c.took}s, longer than its ${c.limit}s timeout.`,
    explanation:
      'Unicorn\'s master kills (SIGKILL) any worker that has been handling one request for longer than `timeout`, then starts a new one; ' +
      'the "reaped … SIGKILL (signal 9)" line that follows is that kill. The request fails (a 502 from the proxy). A worker killed right ' +
      'after "ready" points at something blocking in the app\'s boot or its first request rather than at one slow page.',
    causes: [
      'A slow request: a long database query, an external HTTP call without its own timeout, a large file generated in the request',
      'The app blocks on a service it cannot reach (database, Redis) and waits longer than the timeout',
      'The timeout is set lower than legitimate requests need',
    ],
    fixes: [
      fix('Find the slow request, then move the work or raise the timeout', [
        'Look in the Rails log for the request the killed pid was serving',
        'Give outgoing calls their own timeouts, move long work to a background job, and raise `timeout` only for what needs it',
      ], '# config/unicorn.rb\ntimeout 60\n# Net::HTTP: http.open_timeout = 5; http.read_timeout = 10'),
    ],
    references: [ref('Unicorn::Configurator#timeout', 'https://yhbt.net/unicorn/Unicorn/Configurator.html#method-i-timeout')],
    samples: ['E, [2018-06-01T19:13:51.215829 #12] ERROR -- : worker=0 PID:303 timeout (16s > 15s), killing\nE, [2018-06-01T19:13:51.221927 #12] ERROR -- : reaped #<Process::Status: pid 303 SIGKILL (signal 9)> worker=0'],
  },
  {
    id: 'javascript.node-errno-legacy',
    language: 'javascript',
    // Node.js before 4 printed a system error as "Error: EACCES, permission denied '/path'" or "Error: ENOENT, open
    // 'file'" (a comma after the code, where later versions print "EACCES: permission denied, open '…'").
    match:
      /\bError: (?<code>E(?:ACCES|NOENT|ADDRINUSE|CONNREFUSED|PERM|EXIST|NOTDIR|ISDIR|MFILE|NOTEMPTY|BUSY|ROFS|CONNRESET)), (?<msg>[^\n]{1,300})/,
    requires: /Error: E[A-Z]{3,12}, /,
    errorType: (c) => c.code ?? 'Error',
    category: 'io',
    priority: 3,
    summary: (c) => `Node.js reports the system error ${c.code}: ${(c.msg ?? '').trim()}.`,
    explanation: (c) =>
      `This is an old Node.js (0.x) wording of a failed system call: the code ${c.code} comes from the operating system, and the words ` +
      'after it name the operation and the path. ' +
      (c.code === 'ENOENT'
        ? 'ENOENT: the file or directory does not exist — often a relative path resolved from another working directory (a process manager or service starting the app elsewhere).'
        : c.code === 'EACCES' || c.code === 'EPERM'
          ? 'EACCES/EPERM: the user the process runs as may not read, write or create that path (a global install into a root-owned directory, files created earlier by sudo).'
          : c.code === 'EADDRINUSE'
            ? 'EADDRINUSE: another process already listens on the port.'
            : 'Read the code as the operating system error it is.'),
    causes: (c) =>
      c.code === 'ENOENT'
        ? ['The path does not exist', 'The app starts from another working directory than the one the relative path assumes']
        : c.code === 'EACCES' || c.code === 'EPERM'
          ? ['The process user lacks permission on the path', 'Files or directories were created by root (sudo) and are now read by a normal user']
          : ['The operating system refused the call for the reason the code names'],
    fixes: (c) => [
      c.code === 'EACCES' || c.code === 'EPERM'
        ? fix('Give the user the path, or install where it may write', ['Change the owner of the directory, or configure npm\'s prefix in your home directory instead of using sudo'], 'sudo chown -R "$(whoami)" ~/.npm ~/.config\nnpm config set prefix ~/.npm-global')
        : c.code === 'ENOENT'
          ? fix('Use a path that exists from the app\'s working directory', ['Build paths from __dirname rather than the current directory, and check the file was deployed'], "const file = path.join(__dirname, 'config.json');")
          : fix('Act on the system error', ['Look up the code and the path or port in the message'], null),
      fix('Upgrade Node.js', ['This message format is from Node.js 0.x, long unsupported: a current LTS release prints the full error with its syscall and path'], 'nvm install --lts'),
    ],
    references: [ref('Node.js: Common system errors', 'https://nodejs.org/api/errors.html#common-system-errors')],
    samples: ["Error: EACCES, permission denied '/Users/myusername/.config/learnyounode'\n    at Object.fs.mkdirSync (fs.js:642:18)"],
  },
  {
    id: 'java.spring-embedded-database-none',
    language: 'java',
    // Spring Boot 1.x's DataSource auto-configuration without a URL or an embedded database, as its failure analysis
    // prints it (Description: …) or inside the exception; Spring Boot 2's wording is "Failed to configure a DataSource".
    match: /Cannot determine embedded database driver class for database type (?<dbType>[A-Z_]{2,20})/,
    requires: /Cannot determine embedded database driver class/,
    errorType: 'DataSourceBeanCreationException',
    category: 'configuration',
    priority: 5,
    summary: 'Spring Boot tried to create a DataSource but has no spring.datasource.url and no embedded database (H2, HSQL, Derby) on the classpath.',
    explanation:
      'A JDBC starter (spring-boot-starter-jdbc, -data-jpa, MyBatis) on the classpath makes Spring Boot auto-configure a DataSource. With ' +
      'no spring.datasource.url it falls back to an embedded database; with none of those either, it fails with ' +
      'DataSourceBeanCreationException ("database type NONE"). The properties are often there but not read: another profile, a file ' +
      'outside the resources, or resources filtered out by the build.',
    causes: [
      'spring.datasource.url (and driver, user, password) are not set for the active profile',
      'application.properties/yml is not on the classpath (a <resources> section in pom.xml that only includes other files)',
      'The application needs no database but a JDBC/JPA starter is a dependency',
    ],
    fixes: [
      fix('Configure the DataSource, or exclude its auto-configuration', [
        'Set the datasource properties in the profile that runs, and check the file is packaged',
        'If no database is used, exclude DataSourceAutoConfiguration (or remove the starter)',
      ], 'spring.datasource.url=jdbc:mysql://localhost:3306/app\nspring.datasource.username=app\nspring.datasource.password=secret\n\n@SpringBootApplication(exclude = DataSourceAutoConfiguration.class)'),
    ],
    references: [ref('Spring Boot: Configure a DataSource', 'https://docs.spring.io/spring-boot/how-to/data-access.html#howto.data-access.configure-custom-datasource')],
    samples: [
      '***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\nCannot determine embedded database driver class for database type NONE\n\nAction:\n\nIf you want an embedded database please put a supported one on the classpath.',
    ],
  },
  {
    id: 'java.spring-config-data-location',
    language: 'java',
    // Spring Boot 2.4+'s config data: a location given to spring.config.location/import that does not exist, as the
    // failure analysis prints it ("does not exist") or the exception says it ("cannot be found").
    match: /Config data (?:location '(?<location>[^'\n]{1,300})'|resource '(?<resource>[^'\n]{1,300})' via location '(?<via>[^'\n]{1,300})') (?:does not exist|cannot be found)/,
    requires: /Config data (?:location|resource) '/,
    errorType: (c) => (c.resource !== undefined ? 'ConfigDataResourceNotFoundException' : 'ConfigDataLocationNotFoundException'),
    category: 'configuration',
    priority: 5,
    summary: (c) => `Spring Boot stopped at start-up: the configuration location ${c.location ?? c.via} does not exist and is not marked optional.`,
    explanation:
      'Since Spring Boot 2.4 every location listed in spring.config.location, spring.config.additional-location or spring.config.import ' +
      'must exist unless it is prefixed with "optional:". A missing file or directory (a path relative to another working directory, a ' +
      'volume not mounted in the container) stops the application before any bean is created.',
    causes: [
      'The file or directory is not where the location says (relative to the working directory the app starts in)',
      'A container volume or config map that should provide it is not mounted',
      'The location is only sometimes present and lacks the optional: prefix',
    ],
    fixes: (c) => [
      fix('Provide the location, or mark it optional', [
        `Check that ${c.location ?? c.via} exists from the process's working directory`,
        'Prefix locations that may be absent with optional:, or set spring.config.on-not-found=ignore',
      ], `--spring.config.additional-location=optional:${c.location ?? c.via}`),
    ],
    references: [ref('Spring Boot: External Application Properties (optional locations)', 'https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.optional-prefix')],
    samples: ["upgrade to 1.4.4 failed from 1.3.0 errors message： Config data location '/home/nacos/init.d/' cannot be found"],
  },
];
