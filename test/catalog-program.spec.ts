/**
 * A catalog pass over JavaScript, TypeScript and Python programs' errors as people paste them from logs (docker compose,
 * systemd, gunicorn and uvicorn, Django's logger, pm2, nodemon, CI steps): messages a server, CLI or framework prints
 * without a class or a code, which the engine answered "unknown error" or with another language. Pure: the rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

describe("the program families' catalog pass", () => {
  it.each([
    [
      '[2023-11-23 14:43:45 +0000] [1] [INFO] Starting gunicorn 21.2.0\n[2023-11-23 14:43:45 +0000] [1] [INFO] Listening at: http://0.0.0.0:8080 (1)\n[2023-11-23 14:43:45 +0000] [1] [INFO] Using worker: sync\n[2023-11-23 14:43:45 +0000] [7] [INFO] Booting worker with pid: 7\n[2023-11-23 14:43:47 +0000] [1] [ERROR] Worker (pid:7) exited with code 3\n[2023-11-23 14:43:47 +0000] [1] [ERROR] Shutting down: Master\n[2023-11-23 14:43:47 +0000] [1] [ERROR] Reason: Worker failed to boot.',
      'python',
      'Worker failed to boot',
    ],
    [
      '[nodemon] starting `node ./bin/www`\nServer is running on port 5001\nPort 5000 is already in use\n[nodemon] app crashed - waiting for file changes before starting...',
      'javascript',
      'EADDRINUSE',
    ],
    [
      'Installing the current project: backend (0.1.0)\nVirtual environment already activated: /Users/#$%#$#@/screenshot-to-code/backend/.venv\ncd: too many arguments\nINFO:     Will watch for changes in these directories: [\'/Users/W@#$@$@/screenshot-to-code/backend\']\nINFO:     Uvicorn running on http://127.0.0.1:7000 (Press CTRL+C to quit)\nINFO:     Started reloader process [86571] using StatReload\nERROR:    Error loading ASGI app. Could not import module "main".',
      'python',
      'Error loading ASGI app',
    ],
    [
      '最新代码的docker有没法运行了，报错。ERROR:    Error loading ASGI app. Could not import module "app.main".',
      'python',
      'Error loading ASGI app',
    ],
    [
      'droppedneedle  | [init] Runtime user: droppedneedle (uid=99 gid=100)\ndroppedneedle  | ERROR:    Error loading ASGI app. Could not import module "main".\ndroppedneedle  | [init] Runtime user: droppedneedle (uid=99 gid=100)\ndroppedneedle  | ERROR:    Error loading ASGI app. Could not import module "main".',
      'python',
      'Error loading ASGI app',
    ],
    [
      'INFO:     Will watch for changes in these directories: [\'C:\\\\Users\\\\wangy\']\nINFO:     Uvicorn running on http://127.0.0.1:8000 (Press CTRL+C to quit)\nINFO:     Started reloader process [20616] using WatchFiles\nERROR:    Error loading ASGI app. Could not import module "main".',
      'python',
      'Error loading ASGI app',
    ],
    [
      'Hey, I am using the code from the file here, but its giving me the error " Error loading ASGI app. Attribute "app" not found in module "main"',
      'python',
      'Error loading ASGI app',
    ],
    [
      'I was running it incorrectly. After running it correctly, I get "Error loading ASGI app. Attribute "main" not found in module app"',
      'python',
      'Error loading ASGI app',
    ],
    [
      "ERROR log 127 Invalid HTTP_HOST header: '192.168.1.245:9411'. You may need to add '192.168.1.245' to ALLOWED_HOSTS.",
      'python',
      'DisallowedHost',
    ],
    [
      "ERROR 2020-09-14 17:59:00,229 exception 16 140629607933760 Invalid HTTP_HOST header: '127.0.0.1:8079'. You may need to add '127.0.0.1' to ALLOWED_HOSTS.",
      'python',
      'DisallowedHost',
    ],
    [
      "Request Method: | GET\n-- | --\nhttp://host.domain.ltd:8000/\n2.1.3\nDisallowedHost\nInvalid HTTP_HOST header: 'host.domain.ltd:8000'. You may need to add 'host.domain.ltd' to ALLOWED_HOSTS.\n/usr/local/lib/python3.5/dist-packages/django/http/request.py in get_host, line 106",
      'python',
      'DisallowedHost',
    ],
    [
      "==> logs/logger.log <==\n2022-04-21 12:39:35,856 ERROR Invalid HTTP_HOST header: '52.169.X.Y:443'. You may need to add '52.169.X.Y' to ALLOWED_HOSTS.",
      'python',
      'DisallowedHost',
    ],
    [
      "promgen-web             | Invalid HTTP_HOST header: 'promgen-test.xxx.com'. You may need to add 'promgen-test.xxx.com' to ALLOWED_HOSTS.\npromgen-web             | Bad Request: /admin/\npromgen-web             | [26/May/2020 14:02:41] \"GET /admin/ HTTP/1.0\" 400 64057",
      'python',
      'DisallowedHost',
    ],
    [
      'django_1   | [2015-12-18 17:08:04 +0000] [20] [INFO] Booting worker with pid: 20\ndjango_1   | ERROR 2015-12-18 18:08:07,072 base 18 140496642320128 Invalid HTTP_HOST header: \'192.168.99.100\'. You may need to add \'192.168.99.100\' to ALLOWED_HOSTS.\nnginx_1    | 192.168.99.1 - - [18/Dec/2015:17:08:08 +0000] "GET /admin HTTP/1.1" 400 37 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_2) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/47.0.2526.106 Safari/537.36" "-"',
      'python',
      'DisallowedHost',
    ],
    [
      "ERROR 2020-11-06 17:34:28,822 1687 django.security.DisallowedHost Invalid HTTP_HOST header: 'xxx.xx.xx.xx:8000'. You may need to add 'xxx.xx.xx.xx' to ALLOWED_HOSTS.\nWARNING 2020-11-06 17:34:28,822 1687 django.request Bad Request: /favicon.ico",
      'python',
      'DisallowedHost',
    ],
    ['SuspiciousOperation: Invalid HTTP_HOST header (you may need to set ALLOWED_HOSTS) DockerHostIP:9000', 'python', 'SuspiciousOperation'],
    [
      'Piers-Air:~ Pier$ yarn start\nyarn run v1.21.1\nerror Command "start" not found.\ninfo Visit https://yarnpkg.com/en/docs/cli/run for documentation about this command.',
      'javascript',
      'Command not found',
    ],
    ['yarn start v0.16.1\nerror Command "start" not found.', 'javascript', 'Command not found'],
    [
      'I ran the command poetry install --no-dev but it says error: Poetry could not find a pyproject.toml file',
      'python',
      'could not find a pyproject.toml file',
    ],
    [
      'Package to add or search for (leave blank to skip): ssl\n\nPoetry could not find a pyproject.toml file in /home/myname/myproject or its parents',
      'python',
      'could not find a pyproject.toml file',
    ],
    [
      'Must use import to load ES Module: C:\\Users\\xx\\Desktop\\frontendMaster\\frontendmastersDownloader\\src\\index.js',
      'javascript',
      'ERR_REQUIRE_ESM',
    ],
    [
      'uv run uvicorn server:app --host 0.0.0.0 --port 8082\n\n> `**error: Failed to spawn: `uvicorn`\n  Caused by: program not found**`',
      'python',
      'Failed to spawn',
    ],
    [
      'PS C:\\Users\\MKY_7613\\Desktop\\Claude_Code\\Code> uv run uvicorn server:app --host 0.0.0.0 --port 8082\nerror: Failed to spawn: `uvicorn`\n  Caused by: program not found',
      'python',
      'Failed to spawn',
    ],
    [
      'DEBUG Running `showcert -i --chain -o pem cdn.amazonlinux.com:443`\n3.693 DEBUG Released lock at `/tmp/.tmpEZABBx/.lock`\n3.705 TRACE Error trace: Failed to spawn: `showcert`\n3.705\n3.705 Caused by:\n3.705     No such file or directory (os error 2)\n3.705 error: Failed to spawn: `showcert`\n3.705   Caused by: No such file or directory (os error 2)',
      'python',
      'Failed to spawn',
    ],
    ['-> % uv run memray\nerror: Failed to spawn: `memray`\n  Caused by: No such file or directory (os error 2)', 'python', 'Failed to spawn'],
    ['uv run test.py\nerror: Failed to spawn: `test.py`\n  Caused by: No such file or directory (os error 2)', 'python', 'Failed to spawn'],
    [
      '❯ uv run ipython --preview\nwarning: `uv run` is experimental and may change without warning\nReceived error code: 2\n(uv internal error) Failed to spawn the python child process.: The system cannot find the file specified.',
      'python',
      'Failed to spawn',
    ],
    [
      'Error: secretOrPrivateKey must have a value\n    at Object.module.exports [as sign] (/auth-api/node_modules/jsonwebtoken/sign.js:107:20)\n    at /auth-api/node_modules/@jmondi/oauth2-server/src/utils/jwt.ts:36:11\n    at new Promise (<anonymous>)\n    at JwtService.sign (/auth-api/node_modules/@jmondi/oauth2-server/src/utils/jwt.ts:35:12)\n[ERROR] 16:35:46 Error: secretOrPrivateKey must have a value',
      'javascript',
      'Error',
    ],
    [
      'Error: secretOrPrivateKey must have a value\n    at module.exports [as sign] (.../node_modules/jsonwebtoken/sign.js:111:20)',
      'javascript',
      'Error',
    ],
    [
      'With node version 17.9.1, the build returns the following error:\nnode: Bad option: --experimental-sea-config',
      'javascript',
      'bad option',
    ],
    [
      '> monero-ts@0.9.4 test\n> npm run build_commonjs && node --enable-source-maps --no-experimental-fetch --experimental-wasm-threads node_modules/mocha/bin/_mocha --require @babel/register "dist/src/test/TestAll" --timeout 900000000 --exit\n\nSuccessfully compiled 94 files with Babel (2504ms).\nSuccessfully compiled 1 file with Babel (404ms).\nnode: bad option: --experimental-wasm-threads\n\nProcess finished with exit code 9',
      'javascript',
      'bad option',
    ],
    [
      '> node:base\n> node --no-warnings --experimental-transform-types --es-module-specifier-resolution=node src/commander.ts --file ~/Downloads/vid.mp3\n\nnode: bad option: --experimental-transform-types',
      'javascript',
      'bad option',
    ],
    ['Node.js 22 works, Node.js 24 breaks with `node: bad option: --experimental-default-type=module`.', 'javascript', 'bad option'],
    [
      '```shell\nBlocage d’une requête multiorigines (Cross-Origin Request) : la politique « Same Origin » ne permet pas de consulter la ressource distante située sur https://ecoindex.my.hosting:8001/v0/ecoindexes?page=1&size=50. Raison : l’en-tête CORS « Access-Control-Allow-Origin » est manquant. Code d’état : 200.\n```',
      'javascript',
      'CORS',
    ],
    [
      'Blocage d’une requête multiorigines (Cross-Origin Request) : la politique « Same Origin » ne permet pas de consulter la ressource distante située sur https://api.opensolarmap.org/stats. Raison : l’en-tête CORS « Access-Control-Allow-Origin » est manquant. \nBlocage d’une requête multiorigines (Cross-Origin Request) : la politique « Same Origin » ne permet pas de consulter la ressource distante située sur https://api.opensolarmap.org/building?limit=20. Raison : l’en-tête CORS « Access-Control-Allow-Origin » est manquant.',
      'javascript',
      'CORS',
    ],
    [
      "01:39:10,774 Blocage d'une requête multi-origines (Cross-Origin Request) : la politique « Same Origin » ne permet pas de consulter la ressource distante située sur https://ws.oeris.fr/setuser. Raison : échec de la requête CORS.1 <inconnu>",
      'javascript',
      'CORS',
    ],
    [
      'Blocage d’une requête multiorigine (Cross-Origin Request) : la politique « Same Origin » ne permet pas de consulter la ressource distante située sur https://prod.collector.gdd.rtbf.be/com.snowplowanalytics.snowplow/tp2. Raison : échec de la requête CORS. Code d’état : (null). 2',
      'javascript',
      'CORS',
    ],
    [
      'python3 -m pip install -e .   \nDefaulting to user installation because normal site-packages is not writeable\nERROR: File "setup.py" or "setup.cfg" not found. Directory cannot be installed in editable mode: /Users/alexlaurence/blender-mcp\n(A "pyproject.toml" file was found, but editable mode currently requires a setuptools-based build.',
      'python',
      'Directory cannot be installed in editable mode',
    ],
    [
      'ERROR: File "setup.py" not found. Directory cannot be installed in editable mode: /Users/aktech/quansight/python-record-api\n(A "pyproject.toml" file was found, but editable mode currently requires a setup.py based build.)',
      'python',
      'Directory cannot be installed in editable mode',
    ],
    [
      '-cd plenoptic\n-pip install -e .\nERROR: File "setup.py" or "setup.cfg" not found. Directory cannot be installed in editable mode\n(A "pyproject.toml" file was found, but editable mode currently requires a setuptools-based build.)',
      'python',
      'Directory cannot be installed in editable mode',
    ],
    [
      '当我执行 pip install -e . -i https://pypi.python.org/simple时\n报错如下\nERROR: File "setup.py" or "setup.cfg" not found. Directory cannot be installed in editable mode: /root/Downloads',
      'python',
      'Directory cannot be installed in editable mode',
    ],
    [
      '[2024-01-09 13:24:39 +0000] [1637] [CRITICAL] WORKER TIMEOUT (pid:7214)\n[2024-01-09 13:24:40 +0000] [1637] [WARNING] Worker with pid 7214 was terminated due to signal 6\n[2024-01-09 13:24:40 +0000] [7310] [INFO] Booting worker with pid: 7310\n[2024-01-09 13:25:03 +0000] [1637] [CRITICAL] WORKER TIMEOUT (pid:7284)\n[2024-01-09 13:25:03 +0000] [1637] [WARNING] Worker with pid 7284 was terminated due to signal 9',
      'python',
      'WORKER TIMEOUT',
    ],
    [
      'Jul 05 09:13:44 webapps wsgi.sh[3129704]: [2024-07-05 09:13:44 +0200] [3129704] [CRITICAL] WORKER TIMEOUT (pid:3129714)\nJul 05 09:13:44 webapps wsgi.sh[3129714]: [2024-07-05 09:13:44 +0200] [3129714] [INFO] Worker exiting (pid: 3129714)\nJul 05 09:13:44 webapps wsgi.sh[3129704]: [2024-07-05 09:13:44 +0200] [3129704] [ERROR] Worker (pid:3129714) exited with code 1',
      'python',
      'WORKER TIMEOUT',
    ],
    [
      'Preparing for start ...\nStarting ...\nHTTP server successfully started!\n[2024-11-05 09:25:59 +0000] [16] [CRITICAL] WORKER TIMEOUT (pid:17)\n[2024-11-05 09:26:00 +0000] [16] [ERROR] Worker (pid:17) was sent SIGKILL! Perhaps out of memory?',
      'python',
      'WORKER TIMEOUT',
    ],
    [
      'ERROR:\n Could not locate a Flask application. You did not provide the "FLASK_APP" environment variable, and a "wsgi.py" or "app.py" module was not found in the current directory.',
      'python',
      'NoAppException',
    ],
    [
      '`Error: Could not locate a Flask application. You did not provide the "FLASK_APP" environment variable, and a "wsgi.py" or "app.py" module was not found in the current directory`',
      'python',
      'NoAppException',
    ],
    ['* Error: Could not locate Flask application. You did not provide the FLASK_APP environment variable.', 'python', 'NoAppException'],
    [
      '*Environment: production\nWARNING: This is a development server. Do not use it in a production deployment.\nUse a production WSGI server instead.\n*Debug mode: off\nUsage: flask run [OPTIONS]\n\nError: Could not locate a Flask application. You did not provide the "FLASK_APP" environment variable, and a "wsgi.py" pr "app.py" module was not found in the current directory."',
      'python',
      'NoAppException',
    ],
    [
      '* Environment: production\nWARNING: This is a development server. Do not use it in a production deployment.\nUse a production WSGI server instead.\n* Debug mode: off\nUsage: python -m flask run [OPTIONS]\nError: Could not locate a Flask application. You did not provide the "FLASK_APP" environment variable, and a "wsgi.py" or "app.py" module was not found in the current directory.',
      'python',
      'NoAppException',
    ],
    [
      'Forbidden (CSRF cookie not set.): /admin/base/asrsnippet/6/change/\n\n{"status_code":403,"request":"<WSGIRequest: POST \'/admin/base/asrsnippet/6/change/\'>"}',
      'python',
      'CSRF verification failed',
    ],
    [
      '[Mon Apr 27 17:26:52 2015] [error] 7591 WARNING: Forbidden (CSRF cookie not set.): /items/editor/\nMon Apr 27 17:26:55 2015] [error] 6956 WARNING: Forbidden (CSRF cookie not set.): /services/list/\n[Mon Apr 27 17:41:56 2015] [error] 162437 WARNING: Forbidden (CSRF cookie not set.): /login/',
      'python',
      'CSRF verification failed',
    ],
    [
      'Level | Time | Channel | Message | Location\n-- | -- | -- | -- | --\nWARNING | 03:01:06 03/31/2019 | django.security.csrf | Forbidden (CSRF token missing or incorrect.): /en/cms_login/ | C:\\Users\\matthew\\AppData\\Local\\Programs\\Python\\Python37\\lib\\site-packages\\django\\utils\\log.py:228',
      'python',
      'CSRF verification failed',
    ],
    [
      'Forbidden (403)\nCSRF verification failed. Request aborted.\n\nYou are seeing this message because this site requires a CSRF cookie when submitting forms. This cookie is required for security reasons, to ensure that your browser is not being hijacked by third parties.',
      'python',
      'CSRF verification failed',
    ],
    ['Forbidden (CSRF cookie not set.): /accounts/logout', 'python', 'CSRF verification failed'],
    [
      "SystemCheckError: System check identified some issues:\n\nERRORS:\nsrpy.Article.checker_runtime: (fields.E300) Field defines a relation with model 'SchedulerRuntime', which is either not installed, or is abstract.\nsrpy.NewsWebsite.scraper: (fields.E300) Field defines a relation with model 'Scraper', which is either not installed, or is abstract.",
      'python',
      'SystemCheckError',
    ],
    [
      "System check identified some issues:\nERRORS:\nzinnia.Entry.authors: (fields.E300) Field defines a relation with model 'zinnia.Author', which is either not installed, or is abstract.",
      'python',
      'fields.E300',
    ],
    [
      "ERRORS:\n<class 'rest_email_auth.admin.PasswordResetTokenAdmin'>: (admin.E108) The value of 'list_display[0]' refers to 'email__user', which is not a callable, an attribute of 'PasswordResetTokenAdmin', or an attribute or method on 'rest_email_auth.PasswordResetToken'.",
      'python',
      'admin.E108',
    ],
    [
      "core.Acuerdo: (models.E012) 'constraints' refers to the nonexistent field 'habilidades_tradea_a'.\ncore.Acuerdo: (models.E012) 'constraints' refers to the nonexistent field 'habilidades_tradea_b'.",
      'python',
      'models.E012',
    ],
    [
      'usage: prog [-h] -r REPO [-c CONFIG]\nprog: error: the following arguments are required: -r/--repository',
      'python',
      'the following arguments are required',
    ],
    [
      'usage: test.py [-h] path\ntest.py: error: the following arguments are required: path\nAn exception has occurred, use %tb to see the full traceback.\n\nSystemExit: 2',
      'python',
      'the following arguments are required',
    ],
    [
      '>  usage: SigNet_v1.py [-h] --dataset DATASET [--epoch EPOCH]\n>                     [--num_samples NUM_SAMPLES] [--batch_size BATCH_SIZE]\n> SigNet_v1.py: error: the following arguments are required: --dataset/-ds',
      'python',
      'the following arguments are required',
    ],
    [
      'usage: app.py [-h] top_left right_bottom next_button total_page\napp.py: error: the following arguments are required: top_left, right_bottom, next_button, total_page',
      'python',
      'the following arguments are required',
    ],
    [
      'nug_arg_detection.py: error: the following arguments are required: -trainfile, -testfile, -directory',
      'python',
      'the following arguments are required',
    ],
    ['generate_instances.py: error: the following arguments are required: --batch_dir', 'python', 'the following arguments are required'],
  ])('recognises %#', (text, language, errorType) => {
    expectRecognised(text, language, errorType);
  });

  // Near misses that keep their earlier answers: a class or code shown wins over the one-line message.
  it.each([
    [
      "2025/12/14 23:03:03,stderr,node:internal/errors:464\n2025/12/14 23:03:03,stderr,    ErrorCaptureStackTrace(err);\n2025/12/14 23:03:03,stderr,    ^\n2025/12/14 23:03:03,stderr,\n2025/12/14 23:03:03,stderr,Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'chalk' imported from /node-hiprint-transit/index.js\n2025/12/14 23:03:03,stderr,    at new NodeError (node:internal/errors:371:5)\n2025/12/14 23:03:03,stderr,    at packageResolve (node:internal/modules/esm/resolve:932:9)\n2025/12/14 23:03:03,stderr,  code: 'ERR_MODULE_NOT_FOUND'\n2025/12/14 23:03:03,stderr,}",
      'javascript',
      'ERR_MODULE_NOT_FOUND',
    ],
    [
      "2024-03-27 23:54:24 node:internal/modules/cjs/loader:1143\n2024-03-27 23:54:24   throw err;\n2024-03-27 23:54:24   ^\n2024-03-27 23:54:24 \n2024-03-27 23:54:24 Error: Cannot find module '/app/src/index.js'\n2024-03-27 23:54:24     at Module._resolveFilename (node:internal/modules/cjs/loader:1140:15)\n2024-03-27 23:54:24     at Module._load (node:internal/modules/cjs/loader:981:27)\n2024-03-27 23:54:24     at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:128:12)\n2024-03-27 23:54:24     at node:internal/main/run_main_module:28:49 {\n2024-03-27 23:54:24   code: 'MODULE_NOT_FOUND',\n2024-03-27 23:54:24   requireStack: []\n2024-03-27 23:54:24 }\n2024-03-27 23:54:24 \n2024-03-27 23:54:24 Node.js v18.20.0",
      'javascript',
      'MODULE_NOT_FOUND',
    ],
    [
      "npm error code EACCES\nnpm error syscall mkdir\nnpm error path /usr/local/lib/node_modules/@haxtheweb/create/node_modules/@clack/core\nnpm error errno -13\nnpm error Error: EACCES: permission denied, mkdir '/usr/local/lib/node_modules/@haxtheweb/create/node_modules/@clack/core'\nnpm error The operation was rejected by your operating system.",
      'javascript',
      'EACCES',
    ],
    [
      '2026-06-26 10:51:03,603 INFO spawned: \'backend\' with pid 8\nTraceback (most recent call last):\n  File "", line 203, in _run_module_as_main\n  File "", line 88, in _run_code\n  File "/app/backend/start.py", line 4, in \n    import uvicorn\nModuleNotFoundError: No module named \'uvicorn\'',
      'python',
      'ModuleNotFoundError',
    ],
    [
      'TypeError: Cannot read properties of undefined (reading \'value\')\n  File "/opt/zds/app/zmd/node_modules/zmarkdown/server/controllers/munin.js", line 105, col 77, in null.<anonymous>\n    loopLag = parseFloat(proc.pm2_env.axm_monitor[\'Event Loop Latency\'].value)\n  ?, in Array.reduce\n  File "/opt/zds/app/zmd/node_modules/zmarkdown/server/controllers/munin.js", line 95, col 28, in gatherData\n    const procs = procList.reduce((acc, proc, i) => {\n  File "node:events", line 513, col 28, in Parser.emit',
      'javascript',
      'TypeError',
    ],
    [
      "> ts-node src/server\n\n\n/vimflowy/node_modules/ts-node/src/index.ts:312\n          throw new TSError(formatDiagnostics(diagnosticList, cwd, ts, lineOffset))\n                ^\nTSError: ⨯ Unable to compile TypeScript\nsrc/server/index.ts (1,23): Cannot find module 'child_process'. (2307)\nsrc/server/index.ts (2,23): Cannot find module 'http'. (2307)\nsrc/server/index.ts (16,5): Cannot find name 'process'. (2304)\n    at getOutput (/vimflowy/node_modules/ts-node/src/index.ts:312:17)",
      'typescript',
      'TS2307',
    ],
    [
      'Traceback (most recent call last):\n  File "/usr/local/lib/python3.6/site-packages/gunicorn/arbiter.py", line 245, in handle_chld\n    self.reap_workers()\n  File "/usr/local/lib/python3.6/site-packages/gunicorn/arbiter.py", line 525, in reap_workers\n    raise HaltServer(reason, self.WORKER_BOOT_ERROR)\ngunicorn.errors.HaltServer: <HaltServer \'Worker failed to boot.\' 3>',
      'python',
      'HaltServer',
    ],
    [
      'RuntimeError\n\n  Poetry could not find a pyproject.toml file in C:\\Users\\DeezNuts\\Desktop\\OnlyFans-7.6.1 or its parents\n\n  at ~\\AppData\\Local\\Programs\\Python\\Python310\\lib\\site-packages\\poetry\\core\\factory.py:369 in locate\n      365│             if poetry_file.exists():\n      366│                 return poetry_file\n    → 369│             raise RuntimeError(',
      'python',
      'RuntimeError',
    ],
    [
      'PyProjectException\n\n  [tool.poetry] section not found in /home/runner/PerfumedDisguisedRobots/pyproject.toml\n\n  at /opt/virtualenvs/python3/lib/python3.8/site-packages/poetry/core/pyproject/toml.py:56 in poetry_config\n      52│     def poetry_config(self):  # type: () -> Optional[TOMLDocument]\nexit status 1\n\nReplit: Package operation failed.',
      'python',
      'PyProjectException',
    ],
    ['Error [ERR_REQUIRE_ESM]: Must use import to load ES Module', 'javascript', 'ERR_REQUIRE_ESM'],
    [
      '/var/lib/openshift/557e86cd5004461739000119/app-root/runtime/repo/node_modules/mongoose/lib/utils.js:413\n        throw err;\n              ^\nTypeError: secret must be a string or buffer\n    at typeError (/var/lib/openshift/557e86cd5004461739000119/app-root/runtime/repo/node_modules/jsonwebtoken/node_modules/jws/node_modules/jwa/index.js:12:10)',
      'javascript',
      'TypeError',
    ],
    [
      "已阻止跨源请求：同源策略禁止读取位于 https://abc.openshift.master:8443/oapi/v1/users/~ 的远程资源。（原因：CORS 头缺少 'Access-Control-Allow-Origin'）。",
      'javascript',
      'CORS',
    ],
    [
      "ke1az@alonzo:~/src/openhamclock$ npm start\n\n> openhamclock@26.1.3 prestart\n> npm run build\n\n> openhamclock@26.1.3 build\n> npx vite build\n\nnpm WARN EBADENGINE Unsupported engine {\nnpm WARN EBADENGINE   package: 'vite@8.0.3',\nnpm WARN EBADENGINE   required: { node: '^20.19.0 || >=22.12.0' },\nnpm WARN EBADENGINE   current: { node: 'v18.19.1', npm: '9.2.0' }\nnpm WARN EBADENGINE }\nYou are using Node.js 18.19.1. Vite requires Node.js version 20.19+ or 22.12+. Please upgrade your Node.js version.\nfile:///home/ke1az/.npm/_npx/9ed06546b0653f96/node_modules/vite/dist/node/cli.js:534\n\t\t\t\tthis.dispatchEvent(new CustomEvent(`command:${commandName}`, { detail: command }));\n\t\t\t\t                       ^\n\nReferenceError: CustomEvent is not defined\n    at CAC.parse (file:///home/ke1az/.npm/_npx/9ed06546b0653f96/node_modules/vite/dist/n",
      'javascript',
      'EBADENGINE',
    ],
    [
      'flask.cli.NoAppException: Could not locate a Flask application. You did not provide the "FLASK_APP" environment variable, and a "wsgi.py" or "app.py" module was not found in the current directory.',
      'python',
      'NoAppException',
    ],
    [
      "django.core.management.base.SystemCheckError: SystemCheckError: System check identified some issues:\n\nERRORS:\n<class 'catalog.admin.BookAdmin'>: (admin.E108) The value of 'list_display[2]' refers to 'display_genre', which is not a callable, an attribute of 'BookAdmin', or an attribute or method on 'catalog.Book'.",
      'python',
      'SystemCheckError',
    ],
    // gunicorn's boot summary gives way to the worker's own traceback above it
    [
      '[2024-01-01 10:00:00 +0000] [7] [ERROR] Exception in worker process\nTraceback (most recent call last):\n  File "/usr/local/lib/python3.11/site-packages/gunicorn/util.py", line 371, in import_app\n    mod = importlib.import_module(module)\nModuleNotFoundError: No module named \'wsgi\'\n[2024-01-01 10:00:00 +0000] [7] [INFO] Worker exiting (pid: 7)\n[2024-01-01 10:00:00 +0000] [1] [ERROR] Worker (pid:7) exited with code 3\n[2024-01-01 10:00:00 +0000] [1] [ERROR] Reason: Worker failed to boot.',
      'python',
      'ModuleNotFoundError',
    ],
    // the shell's own "command not found" stays the shell's
    ['zsh: command not found: yarn', 'shell', 'command not found'],
    // Poetry's cleo header names the class
    [
      '  RuntimeError\n\n  Poetry could not find a pyproject.toml file in /srv/app or its parents\n\n  at /usr/lib/python3/dist-packages/poetry/core/factory.py:369 in locate',
      'python',
      'RuntimeError',
    ],
  ])('keeps %#', (text, language, errorType) => {
    expectRecognised(text, language, errorType);
  });

  it('repeats the names the message gave in its fixes', () => {
    expect(fixText('ERROR:    Error loading ASGI app. Could not import module "app.main".')).toContain('app.main');
    expect(fixText("Invalid HTTP_HOST header: '10.0.0.7:8000'. You may need to add '10.0.0.7' to ALLOWED_HOSTS.")).toContain("'10.0.0.7'");
    expect(fixText('error: Failed to spawn: `uvicorn`\n  Caused by: program not found')).toContain('uv add uvicorn');
    expect(fixText('node: bad option: --experimental-strip-types')).toContain('--experimental-strip-types');
    expect(fixText('yarn run v1.22.19\nerror Command "dev" not found.')).toContain('"dev"');
    expect(fixText('usage: train.py [-h] --data DATA\ntrain.py: error: the following arguments are required: --data')).toContain('--data');
  });
});
