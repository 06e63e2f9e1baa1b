import type { ErrorPattern } from '../rules/error-pattern';
import { fix, ref } from './answer-parts';

/**
 * A catalog pass over JavaScript, TypeScript and Python programs as people paste their errors from
 * logs: the one-line messages that servers, CLIs and frameworks print without a class or a code
 * (uvicorn's "Error loading ASGI app", gunicorn's WORKER TIMEOUT and "Worker failed to boot", Django's
 * DisallowedHost, CSRF and system-check lines, Flask's NoAppException, argparse's usage errors, uv's
 * "Failed to spawn", pip's editable-mode refusal, Poetry's missing pyproject.toml, node's "bad option",
 * yarn's missing script, Firefox's French CORS message, Node 12's wording of ERR_REQUIRE_ESM).
 *
 * Types follow test/fixtures/errors/README.md: the class where the framework raises a known one
 * (DisallowedHost, NoAppException, SystemCheckError), a Django check ID where only the check is shown
 * (fields.E300), the Node.js code (ERR_REQUIRE_ESM, EADDRINUSE), otherwise the tool's short phrase.
 */

const DJANGO_CHECKS = ref('Django: System check framework (check IDs)', 'https://docs.djangoproject.com/en/stable/ref/checks/');

export const PROGRAM_CATALOG_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'python.uvicorn-asgi-app',
    language: 'python',
    // uvicorn's ImportFromStringError, logged as one line: "ERROR:    Error loading ASGI app. Could not import module "main"."
    match:
      /Error loading ASGI app\. (?:Could not import module "(?<module>[^"\n]{1,200})"|Attribute "(?<attr>[^"\n]{1,100})" not found in module "?(?<inModule>[\w.]{1,200})"?|Import string "(?<importString>[^"\n]{1,200})" must be in format)/,
    requires: /Error loading ASGI app/,
    errorType: 'Error loading ASGI app',
    category: 'dependency',
    priority: 10,
    summary: (c) =>
      c.attr
        ? `uvicorn imported the module "${c.inModule ?? ''}" but found no attribute "${c.attr}" in it to serve.`
        : c.module
          ? `uvicorn could not import the module "${c.module}" named in its "module:app" argument.`
          : `uvicorn's app argument "${c.importString ?? ''}" is not in the form "module:attribute".`,
    explanation:
      'uvicorn (and FastAPI\'s CLI, gunicorn\'s UvicornWorker) loads the application from an import string "module:attribute", ' +
      'relative to the working directory and sys.path. "Could not import module" means Python could not find that module from where uvicorn ' +
      'runs (a wrong working directory, a package path written as a file path, a container WORKDIR that differs) — or, in older uvicorn, that ' +
      'importing it raised a ModuleNotFoundError of its own. "Attribute not found" means the module imported but holds no object by that name.',
    causes: [
      'uvicorn runs from another directory than the one holding the module (a Docker WORKDIR or a service cwd)',
      'The module is inside a package and the import string omits the package (main:app instead of app.main:app)',
      'The application object has another name (application, api) than the one after the colon',
      'An import inside the module fails (older uvicorn reports it as this message)',
    ],
    fixes: (c) => {
      const mod = c.module ?? c.inModule ?? 'main';
      return [
        fix(`Point uvicorn at the module "${mod}" from the right directory`, [
          'Run uvicorn from the directory that contains the module (or its package), or pass --app-dir',
          'Write packages with dots, not slashes: app.main:app for app/main.py',
          `Check that the file exists where the container or service runs: ls ${mod.replace(/\./g, '/')}.py`,
        ], `uvicorn ${mod}:${c.attr ?? 'app'} --app-dir .\n# in Docker: WORKDIR /app and COPY the package into it\npython -c "import ${mod}"   # shows the real import error, if any`),
        fix(`Name the application object after the colon${c.attr ? ` (not "${c.attr}")` : ''}`, [
          'The part after ":" must be the variable holding the ASGI app, e.g. app = FastAPI()',
        ], `# ${mod.replace(/\./g, '/')}.py\nfrom fastapi import FastAPI\napp = FastAPI()`),
      ];
    },
    references: [ref('Uvicorn: settings (APP, --app-dir)', 'https://www.uvicorn.org/settings/')],
    samples: [
      'INFO:     Started reloader process [86571] using StatReload\nERROR:    Error loading ASGI app. Could not import module "main".',
      'ERROR:    Error loading ASGI app. Attribute "app" not found in module "main".',
    ],
  },
  {
    id: 'python.django-disallowed-host',
    language: 'python',
    match:
      /(?:(?<cls>SuspiciousOperation): )?Invalid HTTP_HOST header(?:: '(?<host>[^'\n]{1,300})'\. You may need to add '(?<add>[^'\n]{1,300})' to ALLOWED_HOSTS| \(you may need to set ALLOWED_HOSTS\))/,
    requires: /Invalid HTTP_HOST header/,
    errorType: (c) => c.cls ?? 'DisallowedHost',
    category: 'configuration',
    priority: 10,
    summary: (c) => `Django refused a request for the host ${c.host ? `'${c.host}'` : 'in the Host header'}: it is not in ALLOWED_HOSTS (HTTP 400).`,
    explanation:
      'Django checks the Host header of every request against settings.ALLOWED_HOSTS and answers 400 Bad Request, logging ' +
      'django.security.DisallowedHost, when it is not listed. Behind Docker, a load balancer or a health check the host is often an IP ' +
      'address and port, the container name, or a name the settings never saw; an environment variable meant to fill ALLOWED_HOSTS that is ' +
      'not read (wrong name, quotes kept in the value, container not recreated) gives the same error.',
    causes: [
      'The domain, IP address or container name the request used is missing from ALLOWED_HOSTS',
      'ALLOWED_HOSTS is read from an environment variable that is unset, misnamed or quoted',
      'A load balancer or health check calls the app by its private IP address',
    ],
    fixes: (c) => [
      fix(`Add ${c.add ? `'${c.add}'` : 'the host'} to ALLOWED_HOSTS`, [
        c.host ? `The request asked for '${c.host}': list the name without the port; a leading dot allows subdomains` : 'List the name without the port; a leading dot allows subdomains',
        'If the value comes from the environment, split it into a list and recreate the container after changing it',
      ], `# settings.py\nALLOWED_HOSTS = ['${c.add ?? 'example.com'}', 'localhost']\n# or from the environment\nALLOWED_HOSTS = os.environ.get('DJANGO_ALLOWED_HOSTS', 'localhost').split(',')`),
      fix('Stop stray hosts before Django', ['Let the reverse proxy answer only for your server_name, so scanners and health checks by IP never reach Django'], null),
    ],
    references: [ref('Django settings: ALLOWED_HOSTS', 'https://docs.djangoproject.com/en/stable/ref/settings/#allowed-hosts')],
    samples: ["ERROR 2020-09-14 17:59:00,229 exception 16 140629607933760 Invalid HTTP_HOST header: '127.0.0.1:8079'. You may need to add '127.0.0.1' to ALLOWED_HOSTS."],
  },
  {
    id: 'python.django-csrf',
    language: 'python',
    match:
      /Forbidden \((?<reason>CSRF (?:cookie not set|token missing or incorrect|token missing|token incorrect|token from POST incorrect|token from the 'X-Csrftoken' HTTP header incorrect)\.?|Origin checking failed - [^\n)]{1,300}|Referer checking failed - [^\n)]{1,300})\)(?::? (?<path>\/\S{0,300}))?|CSRF verification failed\. Request aborted\./,
    requires: /CSRF|checking failed/,
    errorType: 'CSRF verification failed',
    category: 'configuration',
    priority: 10,
    summary: (c) => `Django's CSRF protection rejected a POST${c.path ? ` to ${c.path}` : ''} with 403 Forbidden${c.reason ? `: ${c.reason}` : ''}.`,
    explanation:
      'CsrfViewMiddleware refuses unsafe requests (POST, PUT, DELETE) that do not carry a valid CSRF token matching the csrftoken cookie, ' +
      'or, over HTTPS, whose Origin or Referer is not the site itself or listed in CSRF_TRUSTED_ORIGINS. The reason in brackets says which ' +
      'check failed: no cookie (the form page never set it, or CSRF_COOKIE_SECURE over plain HTTP), a missing or stale token, or an origin ' +
      'Django 4+ does not trust behind a proxy.',
    causes: [
      'The form lacks {% csrf_token %}, or a JavaScript client does not send the X-CSRFToken header',
      'CSRF_COOKIE_SECURE / SESSION_COOKIE_SECURE are on while the site is served over plain HTTP',
      'Django 4+ behind a proxy or on another domain: the origin is missing from CSRF_TRUSTED_ORIGINS',
      'The token is stale (logged out and in again in another tab, cached page)',
    ],
    fixes: (c) => [
      fix(`Send the token with the request${c.path ? ` to ${c.path}` : ''}`, [...(c.reason ? [`Django's reason: ${c.reason}`] : []), `Put {% csrf_token %} inside the POST form${c.path ? ` that submits to ${c.path}` : 's'}`, 'For fetch/axios, read the csrftoken cookie and send it as X-CSRFToken'], "fetch(url, { method: 'POST', headers: { 'X-CSRFToken': getCookie('csrftoken') }, credentials: 'same-origin' });"),
      fix(`Trust the origin${c.reason && /Origin/.test(c.reason) ? ' Django named' : ''}`, ['List the scheme and host in CSRF_TRUSTED_ORIGINS (Django 4+)', 'Behind a TLS proxy, set SECURE_PROXY_SSL_HEADER so Django knows the request was HTTPS'], "CSRF_TRUSTED_ORIGINS = ['https://example.com']\nSECURE_PROXY_SSL_HEADER = ('HTTP_X_FORWARDED_PROTO', 'https')"),
    ],
    references: [ref('Django: Cross Site Request Forgery protection', 'https://docs.djangoproject.com/en/stable/howto/csrf/')],
    samples: ['Forbidden (CSRF cookie not set.): /accounts/logout'],
  },
  {
    id: 'python.django-system-check',
    language: 'python',
    // "SystemCheckError: System check identified some issues:" or, without the class, the check lines
    // "app.Model.field: (fields.E300) Field defines a relation with model …".
    match: /SystemCheckError: System check identified|(?:^|\n)[\w.<>' ]{1,200}: \((?<check>[a-z_]{1,40}\.[EC]\d{3})\) (?<message>[^\n]{1,300})/,
    requires: /SystemCheckError|\.[EC]\d{3}\) /,
    errorType: (c) => c.check ?? 'SystemCheckError',
    category: 'configuration',
    priority: 9,
    summary: (c) => (c.check ? `Django's system check ${c.check} failed: ${c.message ?? ''}` : "Django's system checks found errors, so the management command stopped."),
    explanation:
      'Before runserver, migrate, test and most management commands, Django runs its system checks over the settings, models, admin and URL ' +
      'configuration. Any check of level ERROR or CRITICAL (IDs ending in .E or .C, such as fields.E300, admin.E108, models.E012) stops the ' +
      'command with SystemCheckError; each line names the object at fault, the check ID and what is wrong.',
    causes: [
      'A model relation points at a model whose app is not in INSTALLED_APPS (fields.E300)',
      'A ModelAdmin option names a field or method that does not exist (admin.E108, admin.E116)',
      'A constraint, index or Meta option refers to a field that does not exist (models.E012)',
    ],
    fixes: (c) => [
      fix(`Fix what ${c.check ?? 'each ERROR line'} names`, ['Read each line under ERRORS: the object, the check ID and the message', "Look the ID up in Django's check reference for the exact rule", 'Run the checks alone until they pass'], `python manage.py check${c.check ? `   # ${c.check}` : ''}`),
    ],
    references: [DJANGO_CHECKS],
    samples: [
      "SystemCheckError: System check identified some issues:\n\nERRORS:\nsrpy.Article.checker_runtime: (fields.E300) Field defines a relation with model 'SchedulerRuntime', which is either not installed, or is abstract.",
      "core.Acuerdo: (models.E012) 'constraints' refers to the nonexistent field 'habilidades_tradea_a'.",
    ],
  },
  {
    id: 'python.gunicorn-worker-timeout',
    language: 'python',
    // The normaliser strips gunicorn's "[date] [pid] [CRITICAL]" prefix.
    match: /WORKER TIMEOUT \(pid:(?<pid>\d{1,10})\)/,
    requires: /WORKER TIMEOUT/,
    errorType: 'WORKER TIMEOUT',
    category: 'runtime',
    priority: 10,
    summary: (c) => `gunicorn killed worker ${c.pid ?? ''} because it did not answer the arbiter within the timeout (30 s by default).`.replace('  ', ' '),
    explanation:
      'Each gunicorn worker must notify the arbiter regularly. A sync worker busy with one request longer than --timeout (a slow query, an ' +
      'external API call, a big upload, a model loading at import) is considered hung: gunicorn logs WORKER TIMEOUT, sends SIGABRT and then ' +
      'SIGKILL ("was sent SIGKILL! Perhaps out of memory?"), and boots a new worker. The request in progress fails (502 from the proxy).',
    causes: [
      'A request takes longer than --timeout: slow database query, external call without its own timeout, heavy computation',
      'Loading at start-up (models, caches) exceeds the timeout with --preload off',
      'The worker is starved of CPU or memory in its container',
    ],
    fixes: [
      fix('Find the slow request, then raise the timeout or move the work', ['Give outgoing calls their own timeouts', 'Move long jobs to a task queue (Celery, RQ)', 'Raise --timeout only for legitimately long requests, or use threaded/async workers'], 'gunicorn app.wsgi --timeout 120 --workers 3 --threads 4\n# or: --worker-class gthread / uvicorn.workers.UvicornWorker'),
      fix('Check memory when SIGKILL follows', ['"Perhaps out of memory?" with SIGKILL can be the kernel OOM killer: check the container memory limit and dmesg'], 'docker stats\ndmesg -T | grep -i -E "killed process|out of memory"'),
    ],
    references: [ref('Gunicorn settings: timeout', 'https://docs.gunicorn.org/en/stable/settings.html#timeout')],
    samples: ['[2024-01-09 13:24:39 +0000] [1637] [CRITICAL] WORKER TIMEOUT (pid:7214)\n[2024-01-09 13:24:40 +0000] [1637] [WARNING] Worker with pid 7214 was terminated due to signal 6'],
  },
  {
    id: 'python.gunicorn-worker-boot',
    language: 'python',
        // Anchored at the start, with one lookahead over the text: no exception class anywhere in it (the
    // worker's traceback, when pasted, names the cause and its own pattern answers).
    match: /^(?![\s\S]*?\w(?:Error|Exception)\b)[\s\S]*?(?:Reason: Worker failed to boot\.|Worker \(pid:(?<pid>\d{1,10})\) exited with code 3\b)/,
    requires: /Worker failed to boot|exited with code 3/,
    errorType: 'Worker failed to boot',
    category: 'runtime',
    priority: 5,
    summary: 'gunicorn stopped because a worker could not load the application (exit code 3); the worker\'s own error is printed above, or hidden by the log level.',
    explanation:
      'gunicorn imports the WSGI application in every worker. When that import or the app factory raises, the worker exits with code 3 and ' +
      'the arbiter shuts down with "Reason: Worker failed to boot." The cause is the traceback the worker printed just before (a missing ' +
      'module, a settings error, a database unreachable at import); if none shows, it was logged elsewhere or suppressed.',
    causes: [
      'The app module path (module:app) is wrong or not importable from the working directory',
      'An import or configuration error inside the application',
      'A dependency missing from the image or virtual environment',
    ],
    fixes: [
      fix('Show the worker\'s error', ['Run with debug logging and preload, so the import error is printed once', 'Or import the app directly with Python'], 'gunicorn app.wsgi:application --log-level debug --preload\npython -c "import app.wsgi"'),
    ],
    references: [ref('Gunicorn: run, APP_MODULE', 'https://docs.gunicorn.org/en/stable/run.html')],
    samples: ['[2023-11-23 14:43:47 +0000] [1] [ERROR] Worker (pid:7) exited with code 3\n[2023-11-23 14:43:47 +0000] [1] [ERROR] Shutting down: Master\n[2023-11-23 14:43:47 +0000] [1] [ERROR] Reason: Worker failed to boot.'],
  },
  {
    id: 'python.flask-no-app',
    language: 'python',
    match: /(?:(?<cls>NoAppException): )?Could not locate (?:a )?Flask application\. (?<hint>[^\n]{0,300})/,
    requires: /Could not locate (?:a )?Flask application/,
    errorType: 'NoAppException',
    category: 'configuration',
    priority: 10,
    summary: '`flask run` could not find the application: no --app option or FLASK_APP, and no app.py or wsgi.py in the current directory.',
    explanation:
      'The flask command looks for the application in --app (Flask 2.2+), then the FLASK_APP environment variable (also read from .flaskenv ' +
      'or .env when python-dotenv is installed), then a file app.py or wsgi.py in the current directory. None of them gave an application, ' +
      'so Flask raised NoAppException.',
    causes: [
      'The application file is named differently (main.py, run.py, server.py)',
      'FLASK_APP was set in another shell, with `set` in a Unix shell, or in a .env file without python-dotenv',
      'The command runs from another directory than the project',
    ],
    fixes: [
      fix('Tell flask where the app is', ['Pass --app with the module (and the factory, if any)', 'Or export FLASK_APP in the same shell'], 'flask --app main run\nflask --app "myapp:create_app()" run\nexport FLASK_APP=main.py   # Windows: set FLASK_APP=main.py'),
    ],
    references: [ref('Flask: Command Line Interface (application discovery)', 'https://flask.palletsprojects.com/en/stable/cli/')],
    samples: ['Usage: flask run [OPTIONS]\n\nError: Could not locate a Flask application. You did not provide the "FLASK_APP" environment variable, and a "wsgi.py" or "app.py" module was not found in the current directory.'],
  },
  {
    id: 'python.argparse-usage',
    language: 'python',
    match: /(?<prog>[\w.-]{1,100}): error: (?:(?<required>the following arguments are required): (?<args>[^\n]{1,300})|(?<unrecognized>unrecognized arguments): (?<extra>[^\n]{1,300}))/,
    requires: /: error: (?:the following arguments are required|unrecognized arguments)/,
    errorType: (c) => (c.required ? 'the following arguments are required' : 'unrecognized arguments'),
    category: 'runtime',
    priority: 10,
    summary: (c) =>
      c.required ? `${c.prog ?? 'The script'} was started without its required arguments: ${c.args ?? ''}.` : `${c.prog ?? 'The script'} got arguments it does not define: ${c.extra ?? ''}.`,
    explanation:
      "The script parses its command line with argparse, which printed its usage line and stopped with exit status 2 (SystemExit: 2 in " +
      'Jupyter, Spyder or an IDE). Either an argument declared required (positional, or with required=True) was not given, or the command line ' +
      'has arguments the parser does not know. Running a script from an IDE\'s Run button passes no arguments at all.',
    causes: [
      'The script was run without the arguments shown in its usage line (often from an IDE or notebook)',
      'An option was misspelt, or given with one dash instead of two',
      'Arguments meant for another program (a notebook kernel\'s -f) reached the parser',
    ],
    fixes: (c) => [
      fix(c.required ? `Pass ${c.args ?? 'the required arguments'}` : `Remove or correct ${c.extra ?? 'the extra arguments'}`, [
        'Run the script with --help to see every argument',
        'In an IDE, set the arguments in the run configuration; in a notebook, call parse_args with an explicit list',
      ], `python ${c.prog ?? 'script.py'} --help\n# notebook / IDE:\nargs = parser.parse_args(['--input', 'data.csv'])${c.unrecognized ? '\nargs, unknown = parser.parse_known_args()' : ''}`),
    ],
    references: [ref('Python: argparse', 'https://docs.python.org/3/library/argparse.html')],
    samples: ['usage: test.py [-h] path\ntest.py: error: the following arguments are required: path'],
  },
  {
    id: 'python.uv-failed-to-spawn',
    language: 'python',
    match: /error: Failed to spawn: `(?<cmd>[^`\n]{1,200})`(?:\s{0,20}Caused by: (?<cause>[^\n]{1,200}))?|\(uv internal error\) Failed to spawn the python child process/,
    requires: /Failed to spawn/,
    errorType: 'Failed to spawn',
    category: 'configuration',
    priority: 10,
    summary: (c) => (c.cmd ? `uv run could not start \`${c.cmd}\`: ${c.cause ?? 'it is not in the project environment'}.` : "uv's launcher could not start the Python interpreter its script points to."),
    explanation:
      '`uv run CMD` syncs the project environment and then executes CMD from its .venv (bin or Scripts). "No such file or directory" or ' +
      '"program not found" means no executable by that name exists there: the package providing it is not a dependency of the project ' +
      '(installed globally or in another venv instead), the name is a script file that does not exist, or the .venv was built on another ' +
      'machine or OS. The Windows launcher\'s "Failed to spawn the python child process" means the interpreter the venv points to was moved or removed.',
    causes: [
      'The tool is not a dependency of this project (uv add was never run for it)',
      'A script path that does not exist relative to the current directory',
      'A .venv copied from another machine, or an interpreter uninstalled after the venv was created',
    ],
    fixes: (c) => [
      fix(`Make \`${c.cmd ?? 'the command'}\` part of the environment`, ['Add the package that provides it, or run it once with --with', 'Recreate the environment if it was copied or its Python removed'], `uv add ${c.cmd && !c.cmd.endsWith('.py') ? c.cmd : '<package>'}\nuv run --with ${c.cmd && !c.cmd.endsWith('.py') ? c.cmd : '<package>'} ${c.cmd ?? ''}\nrm -rf .venv && uv sync`),
    ],
    references: [ref('uv: running commands in projects', 'https://docs.astral.sh/uv/concepts/projects/run/')],
    samples: ['error: Failed to spawn: `uvicorn`\n  Caused by: No such file or directory (os error 2)'],
  },
  {
    id: 'python.pip-editable-no-setup',
    language: 'python',
    match: /ERROR: File "setup\.py"(?: or "setup\.cfg")? not found\. Directory cannot be installed in editable mode(?:: (?<dir>[^\n]{1,300}))?/,
    requires: /cannot be installed in editable mode/,
    errorType: 'Directory cannot be installed in editable mode',
    category: 'dependency',
    priority: 10,
    summary: (c) => `pip is too old to install ${c.dir ? c.dir.trim() : 'this project'} in editable mode (-e) from its pyproject.toml alone.`,
    explanation:
      'Editable installs of projects described only by pyproject.toml (PEP 660) need pip 21.3 or later and a build backend that supports ' +
      'them (setuptools 64+, hatchling, flit, poetry-core). An older pip, often the one bundled in a fresh virtual environment, still expects ' +
      'setup.py or setup.cfg and refuses. It also appears when the command runs from a directory that is not the project root.',
    causes: ['pip older than 21.3 in the active environment', 'setuptools older than 64 as the build backend', 'pip install -e . run outside the project root'],
    fixes: (c) => [
      fix('Upgrade pip and setuptools in the environment, then retry', ['Use the same interpreter that will run the project'], `python -m pip install --upgrade pip setuptools wheel\npython -m pip install -e ${c.dir ? c.dir.trim() : '.'}`),
    ],
    references: [ref('pip: editable installs', 'https://pip.pypa.io/en/stable/topics/local-project-installs/#editable-installs')],
    samples: ['ERROR: File "setup.py" or "setup.cfg" not found. Directory cannot be installed in editable mode: /home/user/project\n(A "pyproject.toml" file was found, but editable mode currently requires a setuptools-based build.)'],
  },
  {
    id: 'python.poetry-no-pyproject',
    language: 'python',
    // Without the cleo class header ("RuntimeError" on its own line, which poetry.exception answers).
    match: /Poetry could not find a pyproject\.toml file(?: in (?<dir>[^\n]{1,300}?) or its parents)?/,
    requires: /Poetry could not find a pyproject\.toml/,
    errorType: 'could not find a pyproject.toml file',
    category: 'configuration',
    priority: 4,
    summary: (c) => `Poetry found no pyproject.toml in ${c.dir ?? 'the current directory'} or any parent directory.`,
    explanation:
      'Poetry commands other than new and init work on a project: they look for pyproject.toml in the current directory and its parents. ' +
      'The command ran outside the project (another folder, a downloaded release that ships requirements.txt instead), or the file is named ' +
      'differently.',
    causes: ['The command runs from outside the project directory', 'The project has no pyproject.toml (it uses requirements.txt or setup.py)'],
    fixes: (c) => [
      fix('Run Poetry from the project root, or create the file', ['cd into the folder that contains pyproject.toml', 'For a project without one, use pip or run poetry init'], `cd ${c.dir ?? '<project>'}\nls pyproject.toml\npoetry install   # or: poetry init / pip install -r requirements.txt`),
    ],
    references: [ref('Poetry: basic usage', 'https://python-poetry.org/docs/basic-usage/')],
    samples: ['Poetry could not find a pyproject.toml file in /home/me/project or its parents'],
  },
  {
    id: 'javascript.node-bad-option',
    language: 'javascript',
    match: /(?:^|[\s`'"])node(?:\.exe)?: [Bb]ad option: (?<opt>--?[\w-]{1,100}(?:=[^\s`'"]{0,100})?)/m,
    requires: /: [Bb]ad option: /,
    errorType: 'bad option',
    category: 'configuration',
    priority: 10,
    summary: (c) => `This Node.js does not know the option ${c.opt ?? ''}: it is too old for it, or the option was removed.`,
    explanation:
      'node refuses to start when a command-line flag (or one in NODE_OPTIONS) is not one it supports. Experimental flags come and go between ' +
      'major versions: --experimental-strip-types and --experimental-transform-types need Node 22.6+, --experimental-sea-config Node 20+, while ' +
      '--experimental-modules, --experimental-wasm-threads or --experimental-default-type were removed once their feature shipped or was dropped.',
    causes: ['The installed Node.js is older than the flag', 'The flag was removed in a newer Node.js', 'A package.json script or NODE_OPTIONS carries a flag written for another version'],
    fixes: (c) => [
      fix(`Match the Node.js version to ${c.opt ?? 'the flag'}`, ["Check the version, then install the one the project expects (.nvmrc, engines)", 'Or remove the flag from the script / NODE_OPTIONS if the feature is now stable'], `node --version\nnode --help | grep -- '${(c.opt ?? '').split('=')[0]}'\nnvm install 22 && nvm use 22`),
    ],
    references: [ref('Node.js: command-line options', 'https://nodejs.org/api/cli.html')],
    samples: ['node: bad option: --experimental-transform-types'],
  },
  {
    id: 'javascript.jwt-secret-missing',
    language: 'javascript',
    match: /Error: secretOrPrivateKey must have a value/,
    requires: /secretOrPrivateKey/,
    errorType: 'Error',
    category: 'configuration',
    priority: 10,
    summary: 'jsonwebtoken.sign() was called with an empty secret: the key it was given is undefined, usually an unset environment variable.',
    explanation:
      "jsonwebtoken refuses to sign a token without a secret or private key. The value passed (process.env.JWT_SECRET, NestJS's JwtModule " +
      '`secret`) is undefined or empty at the moment of signing: the variable is missing from .env, dotenv was loaded after the module read it, ' +
      'or JwtModule.register ran before ConfigModule loaded the environment.',
    causes: ['The JWT secret variable is not set in this environment (.env missing, container without the variable)', 'dotenv.config() runs after the code that reads the variable', 'NestJS JwtModule.register reads process.env before ConfigModule has loaded it'],
    fixes: [
      fix('Provide the secret before signing', ['Set the variable in the environment or .env and load it first', 'In NestJS, use JwtModule.registerAsync with ConfigService'], "require('dotenv').config(); // first line of the entry file\njwt.sign(payload, process.env.JWT_SECRET, { expiresIn: '1h' });\n// NestJS\nJwtModule.registerAsync({ inject: [ConfigService], useFactory: (c: ConfigService) => ({ secret: c.get('JWT_SECRET') }) })"),
    ],
    references: [ref('jsonwebtoken: jwt.sign', 'https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback')],
    samples: ['Error: secretOrPrivateKey must have a value\n    at module.exports [as sign] (/app/node_modules/jsonwebtoken/sign.js:111:20)'],
  },
  {
    id: 'javascript.firefox-cors-localised',
    language: 'javascript',
    // Firefox's console in French (its Reason sentence has no brackets): "Blocage d’une requête multiorigines (Cross-Origin Request) : … Raison : …".
    match:
      /Blocage d[’']une requête multi-?origines? \(Cross-Origin Request\)(?:[^\n]{0,300}?située sur (?<url>\S{1,500}?)\.(?=\s|$))?(?:[^\n]{0,60}?Raison : (?<reason>[^\n]{1,200}))?/,
    requires: /Cross-Origin Request/,
    errorType: 'CORS',
    category: 'network',
    priority: 7,
    summary: (c) => `Firefox blocked a cross-origin request${c.url ? ` to ${c.url}` : ''}: the server's CORS headers do not allow this page's origin.`,
    explanation:
      "The browser sent the request, but the response lacks an Access-Control-Allow-Origin header that admits the page's origin (or the " +
      'preflight failed), so the script may not read it. The reason after "Raison :" says which: the header is missing ("est manquant"), or the ' +
      'request itself failed ("échec de la requête CORS": the server is down, the certificate is refused, a blocker stopped it). CORS is fixed on ' +
      'the server, not in the page.',
    causes: ['The API does not send Access-Control-Allow-Origin for this origin', 'A preflight (OPTIONS) request is not handled by the server', 'The request failed before any header arrived (server down, TLS error, ad blocker)'],
    fixes: (c) => [
      fix(`Allow the page's origin on ${/^[a-z]+:\/\/([^/\s]+)/.exec(c.url ?? '')?.[1] ?? 'the server'}`, [...(c.url ? [`The blocked request went to ${c.url}`] : []), ...(c.reason ? [`Firefox's reason: ${c.reason}`] : []), 'Return Access-Control-Allow-Origin (and the allowed methods and headers) from the API', 'Or call the API through a same-origin proxy (the dev server\'s proxy)'], "// Express\napp.use(require('cors')({ origin: 'https://app.example.com' }));\n# FastAPI\napp.add_middleware(CORSMiddleware, allow_origins=['https://app.example.com'], allow_methods=['*'], allow_headers=['*'])"),
    ],
    references: [ref('MDN: CORS errors', 'https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS/Errors')],
    samples: ['Blocage d’une requête multiorigines (Cross-Origin Request) : la politique « Same Origin » ne permet pas de consulter la ressource distante située sur https://api.example.com/stats. Raison : l’en-tête CORS « Access-Control-Allow-Origin » est manquant. Code d’état : 200.'],
  },
  {
    id: 'javascript.yarn-command-not-found',
    language: 'javascript',
    match: /(?:^|\n)error Command "(?<cmd>[^"\n]{1,100})" not found\./,
    requires: /error Command "/,
    errorType: 'Command not found',
    category: 'configuration',
    priority: 10,
    summary: (c) => `yarn found no script named "${c.cmd ?? ''}" in package.json, and it is not a yarn command or a binary in node_modules/.bin.`,
    explanation:
      "`yarn NAME` runs the script NAME from the package.json of the current directory, or a binary installed in node_modules/.bin. Neither " +
      'exists here: the script is missing or named differently, the command runs in another folder (a subfolder, the monorepo root), or the ' +
      'dependencies that provide the binary were never installed.',
    causes: ['package.json has no such script (or is not in the current directory)', 'The dependencies providing the binary are not installed', 'The project uses another script name (dev instead of start)'],
    fixes: (c) => [
      fix(`Add or find the "${c.cmd ?? 'start'}" script`, ['List the scripts yarn sees', 'Run the command from the folder holding package.json, after installing'], `yarn run            # lists the scripts\nyarn install\n# package.json\n"scripts": { "${c.cmd ?? 'start'}": "node index.js" }`),
    ],
    references: [ref('Yarn: yarn run', 'https://classic.yarnpkg.com/en/docs/cli/run')],
    samples: ['yarn run v1.21.1\nerror Command "start" not found.\ninfo Visit https://yarnpkg.com/en/docs/cli/run for documentation about this command.'],
  },
  {
    id: 'javascript.require-esm-message',
    language: 'javascript',
    // Node 12's wording of ERR_REQUIRE_ESM, pasted without its code.
    match: /Must use import to load ES Module: (?<path>[^\n]{1,300})/,
    requires: /Must use import to load ES Module/,
    errorType: 'ERR_REQUIRE_ESM',
    category: 'dependency',
    priority: 8,
    summary: (c) => `require() was used on an ES module (${c.path ?? 'the file'}), which CommonJS cannot load in this Node.js.`,
    explanation:
      'The file is an ES module (a .mjs file, or a .js file in a package with "type": "module"), and it was loaded with require(). Node.js before ' +
      '20.19/22.12 cannot require ES modules; this is the older wording of ERR_REQUIRE_ESM. Many packages (chalk 5, node-fetch 3, got 12) became ESM-only.',
    causes: ['A dependency became ESM-only in a major version', 'The project itself is CommonJS and requires an .mjs file', 'A tool (ts-node, jest) compiles import to require()'],
    fixes: (c) => [
      fix('Load it with import, or pin the last CommonJS version', ['Use a dynamic import() from CommonJS, or convert the project to ESM', 'Or install the previous major version of the package'], `const mod = await import('${c.path ?? 'package'}');\n// or package.json: "type": "module"\n// or: npm install chalk@4 node-fetch@2`),
    ],
    references: [ref('Node.js: ECMAScript modules (interoperability with CommonJS)', 'https://nodejs.org/api/esm.html#interoperability-with-commonjs')],
    samples: ['Must use import to load ES Module: C:\\Users\\me\\app\\src\\index.js'],
  },
  {
    id: 'javascript.nodemon-port-in-use',
    language: 'javascript',
    // The app's own message about a taken port, then nodemon's crash line.
    match: /(?:^|\n)Port (?<port>\d{1,5}) is already in use\n(?:[^\n]{0,200}\n){0,3}?\[nodemon\] app crashed/,
    requires: /\[nodemon\] app crashed/,
    errorType: 'EADDRINUSE',
    category: 'network',
    priority: 10,
    summary: (c) => `Port ${c.port ?? ''} is taken by another process, so the server could not listen and nodemon reports a crash.`,
    explanation:
      "The server's listen() failed with EADDRINUSE and the app printed its own message before exiting. With nodemon this is usually the " +
      'previous instance still running (a restart faster than its shutdown, a second terminal, a zombie node process), or another program on that port.',
    causes: ['Another instance of the app still listens on the port', 'Another program uses the port', 'nodemon restarted before the old process released the port'],
    fixes: (c) => [
      fix(`Free port ${c.port ?? ''} or use another`, ['Find and stop the process holding the port', 'Make the port configurable with an environment variable'], `lsof -i :${c.port ?? '3000'}   # Windows: netstat -ano | findstr :${c.port ?? '3000'}\nkill <pid>\nPORT=${Number(c.port ?? '3000') + 1} npm run dev`),
    ],
    references: [ref('Node.js: server.listen (EADDRINUSE)', 'https://nodejs.org/api/net.html#serverlisten')],
    samples: ['Server is running on port 5001\nPort 5000 is already in use\n[nodemon] app crashed - waiting for file changes before starting...'],
  },
];
