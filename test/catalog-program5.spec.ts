/**
 * A fifth program catalog pass over errors in service, container and CI logs: torchrun's "failed (exitcode: N)
 * local_rank: R" line (ChildFailedError), Rails' "A server is already running" in docker-compose and foreman logs,
 * Doctrine's "An exception occurred in driver: could not find driver" (DriverException), NumPy 2's "A module that was
 * compiled using NumPy 1.x" (the ImportError it raises), the sqlite3 shell's "Error: near line N: near "x": syntax
 * error", cargo's "no such command" and a build script's "process didn't exit successfully" below "Caused by:".
 * Guard rows: texts that show their own class (ChildFailedError, ImportError, a wrapping RuntimeException) or that
 * other patterns already answered keep their answers. Pure: the rules engine alone.
 */
import { expectRecognised } from './support/recognised';

describe('the fifth program catalog pass (service, container and CI logs)', () => {
  it.each([
    [
      'Loading checkpoint shards:  57% 4/7 [00:40<00:29,  9.96s/it]ERROR:torch.distributed.elastic.multiprocessing.api:failed (exitcode: -9) local_rank: 0 (pid: 31631) of binary: /usr/bin/python3',
      'python',
      'ChildFailedError',
    ],
    [
      '[2024-05-08 08:47:31,261] torch.distributed.elastic.multiprocessing.api: [WARNING] Sending process 5938 closing signal SIGTERM\n[2024-05-08 08:47:31,877] torch.distributed.elastic.multiprocessing.api: [ERROR] failed (exitcode: 1) local_rank: 2 (pid: 5939) of binary: /home/ubuntu/anaconda3/envs/salience_detr/bin/python\nTraceback (most recent call last):\n  File "/home/ubuntu/anaconda3/envs/salience_detr/bin/accelerate", line 8, in <module>\n    sys.exit(main())',
      'python',
      'ChildFailedError',
    ],
    ['ERROR:torch.distributed.elastic.multiprocessing.api:failed (exitcode: -7) local_rank: 0 (pid: 3311)', 'python', 'ChildFailedError'],
    [
      'ERROR:torch.distributed.elastic.multiprocessing.api:failed (exitcode: 1) local_rank: 0 (pid: 17966) of binary:',
      'python',
      'ChildFailedError',
    ],
    [
      'ERROR:torch.distributed.elastic.multiprocessing.api:failed (exitcode: 1) local_rank: 0 (pid: 30142) of binary: /opt/conda/envs/dense_matching_benchmark/bin/python',
      'python',
      'ChildFailedError',
    ],
    [
      'ERROR:torch.distributed.elastic.multiprocessing.api:failed (exitcode: 1) local_rank: 0 (pid: 65043) of binary: /home.............',
      'python',
      'ChildFailedError',
    ],
    ['运行过程中，突然报错了：torch.distributed.elastic.multiprocessing.api:failed (exitcode: 2) local_rank: 0', 'python', 'ChildFailedError'],
    [
      'ERROR:torch.distributed.elastic.multiprocessing.api:failed (exitcode: -6) local_rank: 0 (pid: 20) of binary....',
      'python',
      'ChildFailedError',
    ],
    [
      'ERROR:torch.distributed.elastic.multiprocessing.api:failed (exitcode: -9) local_rank: 0 (pid: 5343) of binary: /root/miniconda3/bin/python',
      'python',
      'ChildFailedError',
    ],
    [
      'torch/distributed/elastic/multiprocessing/api.py:826] failed (exitcode: -9) local_rank: 0 (pid: 1322) of binary: /root/miniconda3/bin/python\nTraceback (most recent call last):\n  File "/root/miniconda3/bin/torchrun", line 8, in <module>\n    sys.exit(main())',
      'python',
      'ChildFailedError',
    ],
    [
      'web_1      | => Booting Puma\nweb_1      | => Rails 5.0.0.1 application starting in development on http://localhost:3000\nweb_1      | => Run `rails server -h` for more startup options\nweb_1      | A server is already running. Check /opt/tmp/pids/server.pid.\nweb_1      | Exiting\nvueportexample_web_1 exited with code 1',
      'ruby',
      'A server is already running',
    ],
    [
      'ohm-website-web-1  | A server is already running. Check /app/tmp/pids/server.pid.\nohm-website-web-1  | Exiting\nohm-website-web-1 exited with code 1',
      'ruby',
      'A server is already running',
    ],
    [
      'web_1             | A server is already running. Check /data/tmp/pids/server.pid.\nweb_1             | => Booting Puma\nweb_1             | => Rails 5.1.1 application starting in production on http://0.0.0.0:3000\nweb_1             | => Run `rails server -h` for more startup options\nweb_1             | Exiting',
      'ruby',
      'A server is already running',
    ],
    [
      'app_1     | A server is already running. Check /app/tmp/pids/server.pid.\napp_1     | Exiting\nghgvc-1_app_1 exited with code 1',
      'ruby',
      'A server is already running',
    ],
    [
      '17:18:12 web.1  | => Booting Puma\n17:18:12 web.1  | => Rails 8.0.1 application starting in development \n17:18:12 web.1  | => Run `bin/rails server --help` for more startup options\n17:18:13 web.1  | [dotenv] Loaded .env.development\n17:18:13 web.1  | A server is already running (pid: 10, file: /var/app/tmp/pids/server.pid).\n17:18:13 web.1  | Exiting\n17:18:13 web.1  | exited with code 1\n17:18:13 system | sending SIGTERM to all processes',
      'ruby',
      'A server is already running',
    ],
    [
      'frontend_1  | 09:05:02 web.1     | A server is already running. Check /obs/src/api/tmp/pids/server.pid.\nfrontend_1  | 09:05:02 web.1     | Exiting',
      'ruby',
      'A server is already running',
    ],
    [
      'sanctuary_web | A server is already running. Check /sanctuary/tmp/pids/server.pid.\nsanctuary_web | => Booting Puma\nsanctuary_web | => Rails 5.2.4.3 application starting in development \nsanctuary_web | => Run `rails server -h` for more startup options\nsanctuary_web | Exiting',
      'ruby',
      'A server is already running',
    ],
    [
      'web_1    | A server is already running. Check /usr/src/app/tmp/pids/server.pid.\nweb_1    | => Booting Puma\nweb_1    | => Rails 5.1.6.2 application starting in development\nweb_1    | => Run `rails server -h` for more startup options',
      'ruby',
      'A server is already running',
    ],
    [
      'web_1  | sample data was added successfully\n   web_1  | => Booting Puma\n   web_1  | => Rails 5.0.0.1 application starting in development on http://0.0.0.0:9000\n   web_1  | => Run `rails server -h` for more startup options\n   web_1  | Exiting\n   web_1  | A server is already running. Check /wheel/tmp/pids/server.pid',
      'ruby',
      'A server is already running',
    ],
    [
      'In PDOConnection.php line 43:\nPS C:sf4\\v4> php bin/console doctrine:database:create\nIn AbstractMySQLDriver.php line 121:\nAn exception occurred in driver: could not find driver\nIn PDOConnection.php line 47:\ncould not find driver\nIn PDOConnection.php line 43:\ncould not find driver',
      'php',
      'DriverException',
    ],
    [
      '[critical] Error thrown while running command "make:migration". Message: "An exception occurred in the driver: could not find driver"\n\nIn ExceptionConverter.php line 87:\n                                                              \n  An exception occurred in the driver: could not find driver  \n                                                              \nIn Exception.php line 28:\n                         \n  could not find driver',
      'php',
      'DriverException',
    ],
    [
      'In AbstractMySQLDriver.php line 106:\n  An exception occurred in driver: could not find driver  \n\nIn PDOConnection.php line 31:\n  could not find driver  \n\nIn PDOConnection.php line 27:\n  could not find driver',
      'php',
      'DriverException',
    ],
    [
      "A module that was compiled using NumPy 1.x cannot be run in\nNumPy 2.0.0 as it may crash. To support both 1.x and 2.x\nversions of NumPy, modules must be compiled with NumPy 2.0.\nSome module may need to rebuild instead e.g. with 'pybind11>=2.12'.\n\nIf you are a user of the module, the easiest solution will be to\ndowngrade to 'numpy<2' or try to upgrade the affected module.\nWe expect that some modules will need time to support NumPy 2.\n\nTraceback (most recent call last):  File \"/workspace/src/visualizer_drag_gradio.py\", line 15, in <module>\n    from viz.renderer import Renderer, add_watermark_np",
      'python',
      'ImportError',
    ],
    [
      "~$ pyfdax\nA module that was compiled using NumPy 1.x cannot be run in\nNumPy 2.0.0 as it may crash. To support both 1.x and 2.x\nversions of NumPy, modules must be compiled with NumPy 2.0.\nSome module may need to rebuild instead e.g. with 'pybind11>=2.12'.",
      'python',
      'ImportError',
    ],
    [
      "A module that was compiled using NumPy 1.x cannot be run in\nNumPy 2.2.6 as it may crash. To support both 1.x and 2.x\nversions of NumPy, modules must be compiled with NumPy 2.0.\nSome module may need to rebuild instead e.g. with 'pybind11>=2.12'.\n\nIf you are a user of the module, the easiest solution will be to\ndowngrade to 'numpy<2' or try to upgrade the affected module.\nWe expect that some modules will need time to support NumPy 2.",
      'python',
      'ImportError',
    ],
    [
      '"A module that was compiled using NumPy 1.x cannot be run in\nNumPy 2.2.3 as it may crash. To support both 1.x and 2.x\nversions of NumPy, modules must be compiled with NumPy 2.0.\nSome module may need to rebuild instead e.g. with \'pybind11>=2.12\'."',
      'python',
      'ImportError',
    ],
    [
      "A module that was compiled using NumPy 1.x cannot be run in NumPy 2.0.0 as it may crash. To support both 1.x and 2.x versions of NumPy, modules must be compiled with NumPy 2.0. Some module may need to rebuild instead e.g. with 'pybind11>=2.12'.\n\nIf you are a user of the module, the easiest solution will be to downgrade to 'numpy<2' or try to upgrade the affected module. We expect that some modules will need time to support NumPy 2.",
      'python',
      'ImportError',
    ],
    ['sqlite> .read schema.sqlite.sql \nError: near line 1: near "KEY": syntax error', 'sql', 'syntax error'],
    ['Error: near line 45: near ",": syntax error', 'sql', 'syntax error'],
    [
      './mysql2sqlite terra.sql | sqlite3 terra.db\nmemory\nError: near line 30013: near ",": syntax error\nError: near line 30015: near ",": syntax error\nError: near line 30017: near ",": syntax error',
      'sql',
      'syntax error',
    ],
    [
      '❯ ./mysql2sqlite/mysql2sqlite libgen_compact.sql | sqlite3 libgen_compact_20230606.db\nmemory\nParse error near line 2831: near "SET": syntax error\n   FOR EACH ROW BEGIN  INSERT INTO `updated_edited` SET  `Title` = OLD.`Title`,\n                                      error here ---^',
      'sql',
      'syntax error',
    ],
    [
      'error: no such command: `concurrently`\n\tView all installed commands with `cargo --list`\n\tFind a package to install `concurrently` with `cargo search cargo-concurrently`',
      'rust',
      'no such command',
    ],
    [
      "$ cargo install-update -i cargo-web\nerror: The subcommand 'install-update' wasn't recognized\n\tDid you mean 'install'?",
      'rust',
      'no such command',
    ],
    [
      "Caused by:\n  process didn't exit successfully: `/root/tools/request_smuggler/target/release/build/openssl-sys-ce7101818d3ca5e6/build-script-main` (exit status: 101)\n  --- stdout\n  cargo:rustc-cfg=const_fn\n  cargo:rerun-if-env-changed=X86_64_UNKNOWN_LINUX_GNU_OPENSSL_LIB_DIR\n  X86_64_UNKNOWN_LINUX_GNU_OPENSSL_LIB_DIR unset",
      'rust',
      'failed to run custom build command',
    ],
  ])('recognises %#', (text, language, errorType) => {
    expectRecognised(text, language, errorType);
  });

  it.each([
    [
      'E0325 20:57:27.620000 2606 site-packages/torch/distributed/elastic/multiprocessing/api.py:869] failed (exitcode: -9) local_rank: 5 (pid: 2630) of binary: /root/miniconda3/bin/python\nTraceback (most recent call last):\n  File "/root/miniconda3/bin/torchrun", line 8, in <module>\n    sys.exit(main())\n             ^^^^^^\n  File "/root/miniconda3/lib/python3.12/site-packages/torch/distributed/launcher/api.py", line 269, in launch_agent\n    raise ChildFailedError(\ntorch.distributed.elastic.multiprocessing.errors.ChildFailedError: \n=====================================================\ntest.py FAILED\n-----------------------------------------------------\nFailures:\n  <NO_OTHER_FAILURES>',
      'python',
      'ChildFailedError',
    ],
    [
      "ImportError: \nA module that was compiled using NumPy 1.x cannot be run in\nNumPy 2.0.0 as it may crash. To support both 1.x and 2.x\nversions of NumPy, modules must be compiled with NumPy 2.0.\nSome module may need to rebuild instead e.g. with 'pybind11>=2.12'.",
      'python',
      'ImportError',
    ],
    [
      '[RuntimeException]                                                                            \n  Something unexpected happened during the database connectivity check. Error message follows.  \n  An exception occured in driver: could not find driver',
      'php',
      'RuntimeException',
    ],
    [
      '>  [Doctrine\\DBAL\\Exception\\DriverException]              \n>  An exception occured in driver: could not find driver  \n                                                         \n>  [Doctrine\\DBAL\\Driver\\PDOException]  \n>   could not find driver',
      'php',
      'DriverException',
    ],
    ['Error: near ";": syntax error\n    Error: near line 2: near ";": syntax error', 'sql', 'syntax error'],
    [
      "error: failed to run custom build command for `openssl-sys v0.9.91`\n\nCaused by:\n  process didn't exit successfully: `/home/runner/work/ultima/ultima/target/release/build/openssl-sys-[908](https://github.com/ultima-ib/ultima/actions/runs/5879469938/job/15943586276#step:8:913)c47aafec1af71/build-script-main` (exit status: 101)\n  --- stdout\n  cargo:rerun-if-env-changed=X86_64_UNKNOWN_LINUX_GNU_OPENSSL_LIB_DIR\n  X86_64_UNKNOWN_LINUX_GNU_OPENSSL_LIB_DIR unset",
      'rust',
      'failed to run custom build command',
    ],
    [
      'Gem::Ext::BuildError: ERROR: Failed to build gem native extension.\n current directory:\n /Users/cloud-mac/builds/prJ_GqMs/0/mobile/our_app/vendor/bundle/ruby/2.6.0/gems/unf_ext-0.0.7.6/ext/unf_ext',
      'ruby',
      'Gem::Ext::BuildError',
    ],
    [
      "thread 'main' panicked at 'no entry found for key', src/libcore/option.rs:1190:5\nstack backtrace:\n   0:        0x107acccb2 - <std::sys_common::backtrace::_print::DisplayBacktrace as core::fmt::Display>::fmt::h66f38d4abb2e41c1\n   1:        0x107899b20 - core::fmt::write::h4f487e714088986d",
      'rust',
      'panic',
    ],
  ])('keeps the earlier answer of near misses %#', (text, language, errorType) => {
    expectRecognised(text, language, errorType);
  });
});
