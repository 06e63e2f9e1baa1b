/**
 * A fourth catalog pass over programs' runtime errors in service logs: uWSGI's "unable to load app" and "no python
 * application found", gunicorn's killed workers and "Connection in use", Celery's one-line WorkerLostError, PM2's
 * "had too many unstable restarts" and "exited with code [1]", Unicorn's worker timeout, old Node.js system errors
 * ("Error: EACCES, permission denied '…'"), Spring Boot 1's "database type NONE" and 2.4's missing config data
 * location. Guard rows: the application's own error, when the log shows it, stays the answer (an ImportError under
 * uWSGI's line, WORKER TIMEOUT before SIGKILL, a Node.js error in PM2's log, the class Spring's trace prints).
 * Pure: the rules engine alone.
 */
import { expectRecognised } from './support/recognised';

describe('the fourth program catalog pass (service logs)', () => {
  it.each([
    [
      "unable to load app 0 (mountpoint='') (callable not found or import error)\n\n*** no app loaded. going in full dynamic mode ***",
      'python',
      'unable to load app',
    ],
    [
      "unable to load app 0 (mountpoint='') (callable not found or import error)\n*** no app loaded. GAME OVER ***\nVACUUM: unix socket /tmp/uwsgi.sock removed.\n2023-05-09 07:50:33,647 INFO exited: warm_cache (exit status 2; not expected)\n2023-05-09 07:50:33,648 INFO exited: uwsgi (exit status 22; not expected)\n2023-05-09 07:50:34,650 INFO spawned: 'uwsgi' with pid 29",
      'python',
      'unable to load app',
    ],
    [
      "I've got this error in uwsgi log file unable to load app 0 (mountpoint='') (callable not found or import error)",
      'python',
      'unable to load app',
    ],
    [
      '--- no python application found, check your startup logs for errors ---\n[pid: 1237|app: -1|req: -1/1] 10.254.12.68 () {32 vars in 362 bytes} [Wed Apr 17 13:43:53 2019] GET /api/planes => generated 21 bytes in 0 msecs (HTTP/1.1 500) 2 headers in 83 bytes (0 switches on core 0)\n--- no python application found, check your startup logs for errors ---\n[pid: 1238|app: -1|req: -1/2] 10.254.12.68 () {32 vars in 393 bytes} [Wed Apr 17 13:58:25 2019] GET /api/healthcheck => generated 21 bytes in 0 msecs (HTTP/1.1 500) 2 headers in 83 bytes (0 switches on core 0)',
      'python',
      'no python application found',
    ],
    [
      '--- no python application found, check your startup logs for errors ---\n[pid: 16532|app: -1|req: -1/1] 127.0.0.1 () {32 vars in 340 bytes} [Tue Dec 13 10:00:59 2016] GET / => generated 21 bytes in 0 msecs (HTTP/1.1 500) 2 headers in 83 bytes (0 switches on core 0)',
      'python',
      'no python application found',
    ],
    [
      'contacts-d5dcdc87c-gmmhc contacts --- no python application found, check your startup logs for errors ---',
      'python',
      'no python application found',
    ],
    [
      "spawned uWSGI worker 3 (pid: 37, cores: 2)\nspawned uWSGI worker 4 (pid: 38, cores: 2)\n*** Stats server enabled on 0.0.0.0:9101 fd: 16 ***\nFri Sep 27 06:18:40 2019 - [emperor] vassal http-9000.ini is ready to accept requests\n\nWSGI app 0 (mountpoint='') ready in 1 seconds on interpreter 0x55fb02c70540 pid: 38 (default app)\n\nWSGI app 0 (mountpoint='') ready in 1 seconds on interpreter 0x55fb02c70540 pid: 35 (default app)\n\nFri Sep 27 06:18:41 2019 - [emperor] vassal socket-9100.ini is ready to accept requests\n\n--- no python application found, check your startup logs for errors ---\n\n[pid: 31|app: -1|req: -1/1] 127.0.0.1 () {54 vars in 926 bytes} [Fri Sep 27 06:18:46 2019] GET /crc => generated 21 bytes in 0 msecs (HTTP/1.1 500) 2 headers in 83 bytes (0 switches on core 0)",
      'python',
      'no python application found',
    ],
    [
      'Entering in fork mode\nScript /var/www/videomail-gith/server.js 2 exit\nScript /var/www/videomail-gith/server.js had too many unstable restarts (15). Stopped. "errored"',
      'javascript',
      'too many unstable restarts',
    ],
    [
      '2015-03-12 22:53:17: App name:dd id:0 exited with code 8\n2015-03-12 22:53:18: Starting execution sequence in -fork mode- for app name:dd id:0\n2015-03-12 22:53:18: App name:dd id:0 online\n2015-03-12 22:53:18: App closed with code: 8\n2015-03-12 22:53:18: App name:dd id:0 exited with code 8\n2015-03-12 22:53:18: Script /srv/home/wl/dd had too many unstable restarts (15). Stopped. "errored"',
      'javascript',
      'too many unstable restarts',
    ],
    [
      '_PM2 ERROR_**server.js had too many unstable restarts (16). Stopped. "errored"**\n\n**Error Log:**\n2019-10-26T10:35:44: PM2 log: App [testpp:0] starting in -fork mode-\n2019-10-26T10:35:44: PM2 log: App [testpp:0] online\n2019-10-26T10:35:45: PM2 log: App [testpp:0] exited with code [1] via signal [SIGINT]\n2019-10-26T10:35:45: PM2 log: App [testpp:0] starting in -fork mode-\n2019-10-26T10:35:45: PM2 log: App [testpp:0] online',
      'javascript',
      'too many unstable restarts',
    ],
    [
      'PM2        | 2022-06-30T21:25:25: PM2 log: App [index:0] exited with code [1] via signal [SIGINT]\nPM2        | 2022-06-30T21:25:25: PM2 log: App [index:0] starting in -fork mode-\nPM2        | 2022-06-30T21:25:25: PM2 log: App [index:0] online\nPM2        | 2022-06-30T21:25:25: PM2 log: App [index:0] exited with code [1] via signal [SIGINT]\nPM2        | 2022-06-30T21:25:25: PM2 log: App [index:0] starting in -fork mode-\nPM2        | 2022-06-30T21:25:25: PM2 log: App [index:0] online',
      'javascript',
      'exited with code 1',
    ],
    [
      'PM2        | 2020-05-18T21:14:05: PM2 log: App [index:0] exited with code [1] via signal [SIGINT]\nPM2        | 2020-05-18T21:14:05: PM2 log: App [index:0] starting in -fork mode-\nPM2        | 2020-05-18T21:14:05: PM2 log: App [index:0] online\nPM2        | 2020-05-18T21:14:05: PM2 log: App [index:0] exited with code [1] via signal [SIGINT]\nPM2        | 2020-05-18T21:14:05: PM2 log: App [index:0] starting in -fork mode-\nPM2        | 2020-05-18T21:14:05: PM2 log: App [index:0] online',
      'javascript',
      'exited with code 1',
    ],
    ["Task handler raised error: WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL).')", 'python', 'WorkerLostError'],
    [
      'root@8bf8f22c0928:/app# gunicorn g:app\n[2020-09-12 05:37:48 +0000] [18] [INFO] Starting gunicorn 20.0.4\n[2020-09-12 05:37:48 +0000] [18] [INFO] Listening at: http://127.0.0.1:8000 (18)\n[2020-09-12 05:37:48 +0000] [18] [INFO] Using worker: sync\n[2020-09-12 05:37:48 +0000] [21] [INFO] Booting worker with pid: 21\neating memory\n[2020-09-12 05:37:52 +0000] [18] [ERROR] Worker (pid:21) was sent SIGKILL! Perhaps out of memory?\n[2020-09-12 05:37:52 +0000] [22] [INFO] Booting worker with pid: 22\neating memory\n[2020-09-12 05:37:55 +0000] [18] [ERROR] Worker (pid:22) was sent SIGKILL! Perhaps out of memory?',
      'python',
      'was sent SIGKILL',
    ],
    ['[ERROR] Worker (pid:30) was sent SIGKILL! Perhaps out of memory?', 'python', 'was sent SIGKILL'],
    ['[WARNING] Worker with pid 55 was terminated due to signal 9', 'python', 'terminated due to signal 9'],
    [
      '[2023-05-11 18:13:57 +0000] [7] [WARNING] Worker with pid 14824 was terminated due to signal 9\n[2023-05-11 18:13:57 +0000] [14852] [INFO] Booting worker with pid: 14852\n[2023-05-11 18:14:42 +0000] [7] [WARNING] Worker with pid 14838 was terminated due to signal 9\n[2023-05-11 18:14:42 +0000] [14866] [INFO] Booting worker with pid: 14866',
      'python',
      'terminated due to signal 9',
    ],
    [
      "[2020-12-31 08:35:32 +0100] [174] [ERROR] Can't connect to ('localhost', 8000)\n\n2020-12-31 08:35:32,339 INFO exited: gunicorn (exit status 1; not expected)\n2020-12-31 08:35:33,343 INFO spawned: 'gunicorn' with pid 177\n[2020-12-31 08:35:33 +0100] [177] [INFO] Starting gunicorn 20.0.4\n[2020-12-31 08:35:33 +0100] [177] [ERROR] Connection in use: ('localhost', 8000)\n\n[2020-12-31 08:35:33 +0100] [177] [ERROR] Retrying in 1 second.",
      'python',
      'Connection in use',
    ],
    ["[ERROR] Connection in use: ('127.0.0.1', 8000)", 'python', 'Connection in use'],
    [
      "Running: gunicorn -b :9000 main:app (cwd='src/appengine')\n| [2020-11-19 00:53:45 +0000] [2184400] [INFO] Starting gunicorn 20.0.4\n| [2020-11-19 00:53:45 +0000] [2184400] [ERROR] Connection in use: ('', 9000)\n| [2020-11-19 00:53:45 +0000] [2184400] [ERROR] Retrying in 1 second.\n| [2020-11-19 00:53:46 +0000] [2184400] [ERROR] Connection in use: ('', 9000)\n| [2020-11-19 00:53:46 +0000] [2184400] [ERROR] Retrying in 1 second.\n| [2020-11-19 00:53:50 +0000] [2184400] [ERROR] Can't connect to ('', 9000)\n| Return code is non-zero (1).\n| Exit.",
      'python',
      'Connection in use',
    ],
    [
      "webserver_1  | 2020-12-31 02:29:26,259 INFO spawned: 'gunicorn' with pid 30\nwebserver_1  | 2020-12-31 02:29:26,260 INFO spawned: 'scheduler' with pid 31\nwebserver_1  | [2020-12-31 02:29:26 +0000] [30] [INFO] Starting gunicorn 20.0.4\nwebserver_1  | [2020-12-31 02:29:26 +0000] [30] [ERROR] Connection in use: ('localhost', 8000)\nwebserver_1  | [2020-12-31 02:29:26 +0000] [30] [ERROR] Retrying in 1 second.",
      'python',
      'Connection in use',
    ],
    [
      'I, [2018-06-01T19:13:19.179130 #303]  INFO -- : worker=0 ready\nI, [2018-06-01T19:13:19.181570 #306]  INFO -- : worker=1 ready\nI, [2018-06-01T19:13:19.183013 #12]  INFO -- : master process ready\nI, [2018-06-01T19:13:19.183946 #309]  INFO -- : worker=2 ready\nE, [2018-06-01T19:13:51.215829 #12] ERROR -- : worker=0 PID:303 timeout (16s > 15s), killing\nE, [2018-06-01T19:13:51.216002 #12] ERROR -- : worker=1 PID:306 timeout (16s > 15s), killing\nE, [2018-06-01T19:13:51.221927 #12] ERROR -- : reaped #<Process::Status: pid 303 SIGKILL (signal 9)> worker=0\nE, [2018-06-01T19:13:51.221988 #12] ERROR -- : reaped #<Process::Status: pid 306 SIGKILL (signal 9)> worker=1',
      'ruby',
      'worker timeout',
    ],
    [
      'PM2: Error: ENOENT, no such file or directory\nPM2:     at Error (native)\nPM2:     at Function.startup.resolveArgv0 (node.js:720:23)\nPM2:     at startup (node.js:63:13)\nPM2:     at node.js:814:3\nPM2: 2015-04-20 17:41:35: App name:bbs.xxx.com id:4 disconnected\nPM2: 2015-04-20 17:41:35: App name:bbs.xxx.com id:4 exited with code 1\nPM2: 2015-04-20 17:41:35: Script /data/www/bbs/xxx/index.js had too many unstable restarts (15). Stopped. "errored"',
      'javascript',
      'ENOENT',
    ],
    [
      "`Error: EACCES, permission denied '/Users/myusername/.config/learnyounode'\n    at Object.fs.mkdirSync (fs.js:642:18)\n    at Function.sync (/usr/local/lib/node_modules/learnyounode/node_modules/workshopper/node_modules/mkdirp/index.js:55:12)\n    at new Workshopper (/usr/local/lib/node_modules/learnyounode/node_modules/workshopper/workshopper.js:50:10)\n    at Workshopper (/usr/local/lib/node_modules/learnyounode/node_modules/workshopper/workshopper.js:22:12)\n    at Object.<anonymous> (/usr/local/lib/node_modules/learnyounode/learnyounode.js:6:1)",
      'javascript',
      'EACCES',
    ],
    [
      "jitsu install\nfs.js:79\n      throw err;  // Forgot a callback but don't know where? Use NODE_DEBUG=fs\n            ^\nError: EACCES, open '/Users/my-name/.bash_profile'\n    at Error (native)",
      'javascript',
      'EACCES',
    ],
    [
      '***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\nCannot determine embedded database driver class for database type NONE\n\nAction:\n\nIf you want an embedded database please put a supported one on the classpath. If you have database settings to be loaded from a particular profile you may need to active it (no profiles are currently active).',
      'java',
      'DataSourceBeanCreationException',
    ],
    [
      'I am a newer for spring boot, when I run the server in my InterJ, not success:Cannot determine embedded database driver class for database type NONE',
      'java',
      'DataSourceBeanCreationException',
    ],
    [
      "`Error starting ApplicationContext. To display the auto-configuration report re-run your application with 'debug' enabled.\n2018-01-10 09:14:51.962 ERROR 49060 --- [           main] o.s.b.d.LoggingFailureAnalysisReporter   : \n\n***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\nCannot determine embedded database driver class for database type NONE\n\nAction:\n\nIf you want an embedded database please put a supported one on the classpath. If you have database settings to be loaded from a particular profile you may need to active it (no profiles are currently active).\n\n`",
      'java',
      'DataSourceBeanCreationException',
    ],
    [
      '***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\nCannot determine embedded database driver class for database type NONE\n\nAction:\n\nIf you want an embedded database please put a supported one on the classpath. If you have database settings to be loaded from a particular profile you may need to active it (the profiles "neo" are currently active).',
      'java',
      'DataSourceBeanCreationException',
    ],
    [
      "upgrade to 1.4.4 failed from 1.3.0 errors message： Config data location '/home/nacos/init.d/' cannot be found ",
      'java',
      'ConfigDataLocationNotFoundException',
    ],
  ])('answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it.each([
    [
      'Traceback (most recent call last):\n  File "/var/venv/web/bin/gunicorn_django", line 9, in <module>\n    load_entry_point(\'gunicorn==0.14.3\', \'console_scripts\', \'gunicorn_django\')()\n  File "/var/venv/web/lib/python2.7/site-packages/gunicorn/app/djangoapp.py", line 129, in run\n    DjangoApplication("%prog [OPTIONS] [SETTINGS_PATH]").run()\n  File "/var/venv/web/lib/python2.7/site-packages/gunicorn/app/base.py", line 129, in run\n    Arbiter(self).run()\n  File "/var/venv/web/lib/python2.7/site-packages/gunicorn/arbiter.py", line 184, in run\n    self.halt(reason=inst.reason, exit_status=inst.exit_status)\n  File "/var/venv/web/lib/python2.7/site-packages/gunicorn/arbiter.py", line 279, in halt\n    self.stop()\n  File "/var/venv/web/lib/python2.7/site-packages/gunicorn/arbiter.py", line 327, in stop\n    self.reap_workers()\n  File "/var/venv/web/lib/python2.7/site-packages/gunicorn/arbiter.py", line 413, in reap_workers\n    raise HaltServer(reason, self.WORKER_BOOT_ERROR)\ngunicorn.errors.HaltServer: <HaltServer \'Worker failed to boot.\' 3>',
      'python',
      'HaltServer',
    ],
    [
      "Error starting ApplicationContext. To display the conditions report re-run your application with 'debug' enabled.\n2021-06-25 15:31:10.483 ERROR 35912 --- [  restartedMain] o.s.b.d.LoggingFailureAnalysisReporter   : \n\n***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\nParameter 0 of constructor in com.example.tacos.controller.DesignController required a bean of type 'com.example.tacos.IngredientRepository' that could not be found.\n\nAction:\n\nConsider defining a bean of type 'com.example.tacos.IngredientRepository' in your configuration.",
      'java',
      'NoSuchBeanDefinitionException',
    ],
    [
      "[alexandernst@stupidserver ~]$ pm2 status\n{ online: true, success: true, pid: 14377 }\n\nevents.js:72\n        throw er; // Unhandled 'error' event\n              ^\nError: listen EADDRINUSE\n    at errnoException (net.js:904:11)\n    at Server._listen2 (net.js:1042:14)\n    at listen (net.js:1064:10)\n    at net.js:1146:9\n    at asyncCallback (dns.js:68:16)\n    at Object.onanswer [as oncomplete] (dns.js:121:9)",
      'javascript',
      'EADDRINUSE',
    ],
    [
      "Jan 28 01:10:10 ip-10-0-3-82 uwsgi: unable to load app 1 (mountpoint='/api') (callable not found or import error)\nJan 28 01:10:15 ip-10-0-3-82 uwsgi: [pid: 5864|app: 0|req: 11/141] 10.0.1.199 () {42 vars in 558 bytes} [Mon Jan 28 01:10:10 2019] GET /api/spin => generated 70 bytes in 5004 msecs (HTTP/1.1 200) 2 headers in 65 bytes (1 switches on core 3)\nJan 28 01:10:15 ip-10-0-3-82 uwsgi: ImportError: Import by filename is not supported.\nJan 28 01:10:15 ip-10-0-3-82 uwsgi: unable to load app 1 (mountpoint='/api') (callable not found or import error)",
      'python',
      'ImportError',
    ],
    [
      '2016-09-12T00:55:38.487Z 10848 TID-1fmnng CacheColorSizeStorageWorker JID-77880d63264d5be296e7b5d9 INFO: start\n2016-09-12T00:55:39.248Z 10848 TID-1fmnng CacheColorSizeStorageWorker JID-77880d63264d5be296e7b5d9 INFO: done: 0.761 sec\n2016-09-12T00:55:54.049Z 27664 TID-ouwg6osu0 WARN: {"class"=>"CacheColorSizeStorageWorker", "args"=>[[3769, 3774, 3779, 3770, 3775, 3780, 3771, 3776, 3781, 3772, 3777, 3782, 3773, 3778, 3783]], "retry"=>true, "queue"=>"default", "jid"=>"76d85f0aaca0138ead2a2677", "created_at"=>1473641754.0475354, "enqueued_at"=>1473641754.0476172}\n2016-09-12T00:55:54.049Z 27664 TID-ouwg6osu0 WARN: NameError: uninitialized constant CacheColorSizeStorageWorker\n2016-09-12T00:55:54.049Z 27664 TID-ouwg6osu0 WARN: /alidata/app/shared/bundle/ruby/2.0.0/gems/activesupport-4.0.9/lib/active_support/inflector/methods.rb:226:in `const_get\'',
      'ruby',
      'NameError',
    ],
    [
      "ashish@AshishPC:/mnt/d/Websites/Developing/BudgetSchoolErp3_Fedena_SchoolMaster/BudgetSchoolErp3$ bundle exec puma -C config/puma.rb\nPuma starting in single mode...\n* Version 2.16.0 (ruby 1.8.7-p376), codename: Midwinter Nights Trance\n* Min threads: 5, max threads: 5\n* Environment: development\n! Unable to load application: NoMethodError: undefined method `parse_file' for Rack::Builder:Class\nbundler: failed to load command: puma (/home/ashish/.rvm/gems/ruby-1.8.7-head/bin/puma)\nNoMethodError: undefined method `parse_file' for Rack::Builder:Class\n  /home/ashish/.rvm/gems/ruby-1.8.7-head/gems/puma-2.16.0/lib/puma/configuration.rb:155:in `load_rackup'\n  /home/ashish/.rvm/gems/ruby-1.8.7-head/gems/puma-2.16.0/lib/puma/configuration.rb:99:in `app'",
      'ruby',
      'NoMethodError',
    ],
    [
      "Error starting ApplicationContext. To display the conditions report re-run your application with 'debug' enabled.\n2019-07-12 18:25:20 ERROR (LoggingFailureAnalysisReporter.java:42)- \n\n***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\nFailed to configure a DataSource: 'url' attribute is not specified and no embedded datasource could be configured.\n\nReason: Failed to determine a suitable driver class\n\nAction:\n\nConsider the following:\n\tIf you want an embedded database (H2, HSQL or Derby), please put it on the classpath.\n\tIf you have database settings to be loaded from a particular profile you may need to activate it (no profiles are currently active).",
      'java',
      'DataSourceBeanCreationException',
    ],
    [
      '[13-Jan-2020 02:33:27] NOTICE: exiting, bye-bye!\n[13-Jan-2020 02:34:51] NOTICE: fpm is running, pid 326\n[13-Jan-2020 02:34:51] NOTICE: ready to handle connections\n[13-Jan-2020 02:36:45] WARNING: [pool www] server reached pm.max_children setting (5), consider raising it\n[13-Jan-2020 02:37:07] WARNING: [pool www] server reached pm.max_children setting (5), consider raising it\n[13-Jan-2020 02:43:14] NOTICE: Terminating ...\n[13-Jan-2020 02:43:14] NOTICE: exiting, bye-bye!',
      'php',
      'server reached pm.max_children setting',
    ],
    [
      "celery-slow_1  | [2021-08-25 23:24:53,573: ERROR/MainProcess] Process 'ForkPoolWorker-3' pid:27 exited with 'signal 9 (SIGKILL)'\ncelery-slow_1  | [2021-08-25 23:24:53,588: ERROR/MainProcess] Task handler raised error: WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: 3.')\ncelery-slow_1  | Traceback (most recent call last):\ncelery-slow_1  |   File \"/usr/local/lib/python3.7/site-packages/billiard/pool.py\", line 1267, in mark_as_worker_lost\ncelery-slow_1  |     human_status(exitcode), job._job),\ncelery-slow_1  | billiard.exceptions.WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: 3.",
      'python',
      'WorkerLostError',
    ],
    [
      'yarn run v1.22.21\n$ next dev --port 80\n ⨯ Failed to start server\nError: listen EADDRINUSE: address already in use :::80\n    at Server.setupListenHandle [as _listen2] (node:net:1872:16)\n    at listenInCluster (node:net:1920:12)\n    at Server.listen (node:net:2008:7)',
      'javascript',
      'EADDRINUSE',
    ],
    [
      '[2024-01-19 00:48:01 +0000] [2973] [INFO] Starting gunicorn 21.2.0\n[2024-01-19 00:48:01 +0000] [2973] [INFO] Listening at: http://127.0.0.1:37481/ (2973)\n[2024-01-19 00:48:01 +0000] [2973] [INFO] Using worker: uvicorn.workers.UvicornWorker\n[2024-01-19 00:48:01 +0000] [2976] [INFO] Booting worker with pid: 2976\n[2024-01-19 00:48:01 +0000] [2977] [INFO] Booting worker with pid: 2977\n[2024-01-19 00:48:31 +0000] [2973] [CRITICAL] WORKER TIMEOUT (pid:2976)\n[2024-01-19 00:48:31 +0000] [2973] [CRITICAL] WORKER TIMEOUT (pid:2977)\nError: 1-19 00:48:32 +0000] [2973] [ERROR] Worker (pid:2977) was sent SIGKILL! Perhaps out of memory?\nError: 1-19 00:48:32 +0000] [2973] [ERROR] Worker (pid:2976) was sent SIGKILL! Perhaps out of memory?',
      'python',
      'WORKER TIMEOUT',
    ],
    [
      "root@drawingboard:/var/local/research# pm2 logs\n########### Starting streaming logs for [all] process\n[index-0 (err) 2014-03-12T02:33:54] es/pm2/lib/ProcessContainer.js:123:7)\n[index-0 (err) 2014-03-12T02:33:54]   at WriteStream.EventEmitter.emit (events.js:95:17)\n[index-0 (err) 2014-03-12T02:33:54]   at WriteStream.<anonymous> (fs.js:1660:10)\n[index-0 (err) 2014-03-12T02:33:54]   at Object.oncomplete (fs.js:107:15)\n[index-0 (err) 2014-03-12T02:33:54] Error: Cannot find module 'kraken-js'\n[index-0 (err) 2014-03-12T02:33:54]   at Function.Module._resolveFilename (module.js:338:15)\n[index-0 (err) 2014-03-12T02:33:54]   at Function.Module._load (module.js:280:25)\n[index-0 (err) 2014-03-12T02:33:54]   at Module.require (module.js:364:17)",
      'javascript',
      'MODULE_NOT_FOUND',
    ],
    [
      '2020-06-18 20:11:43 | time="2020-06-18T17:11:43Z" level=error msg="Error opening connection to database (postgresql://postgres:PASSWORD_REMOVED@127.0.0.1:5432/postgres?sslmode=disable): dial tcp 127.0.0.1:5432: connect: connection refused" source="postgres_exporter.go:1474"',
      'go',
      'connection refused',
    ],
    [
      "mining@etn:~/pool$  node init.js\n/home/mining/pool/lib/logger.js:23\n        throw e;\n        ^\n\nError: EACCES: permission denied, mkdir 'logs'\n    at Error (native)\n    at Object.fs.mkdirSync (fs.js:794:18)\n    at Object.<anonymous> (/home/mining/pool/lib/logger.js:20:12)",
      'javascript',
      'EACCES',
    ],
    [
      '11-15 20:38:31.719 DEBUG [o.s.b.diagnostics.LoggingFailureAnalysisReporter] - Application failed to start due to an exception\norg.springframework.boot.autoconfigure.jdbc.DataSourceProperties$DataSourceBeanCreationException: Cannot determine embedded database driver class for database type NONE. If you want an embedded database please put a supported one on the classpath. If you have database settings to be loaded from a particular profile you may need to active it (the profiles "dev" are currently active).\n\tat org.springframework.boot.autoconfigure.jdbc.DataSourceProperties.determineDriverClassName(DataSourceProperties.java:247)\n\tat org.springframework.boot.autoconfigure.jdbc.DataSourceProperties.initializeDataSourceBuilder(DataSourceProperties.java:184)',
      'java',
      'DataSourceBeanCreationException',
    ],
    [
      "18:09:43.755 [main] DEBUG org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter - Application failed to start due to an exception\norg.springframework.boot.context.config.ConfigDataResourceNotFoundException: Config data resource 'file [application.yml]' via location './application.yml' cannot be found\n\tat org.springframework.boot.context.config.ConfigDataResourceNotFoundException.withLocation(ConfigDataResourceNotFoundException.java:97)\n\tat org.springframework.boot.context.config.ConfigDataImporter.handle(ConfigDataImporter.java:145)",
      'java',
      'ConfigDataResourceNotFoundException',
    ],
  ])('still answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});
