import type { ErrorPattern } from '../rules/error-pattern';
import { fix, ref } from './answer-parts';

/**
 * A fifth catalog pass over programs' errors as service, container and CI logs show them, where the engine answered
 * another language or "unknown error": torchrun's "failed (exitcode: -9) local_rank: 0" line (the launcher then raises
 * ChildFailedError), Rails' "A server is already running" in docker-compose logs, Doctrine's "An exception occurred in
 * driver: could not find driver" printed by Symfony's console, NumPy 2's "A module that was compiled using NumPy 1.x
 * cannot be run in NumPy 2.x" (the message of the ImportError NumPy raises), the sqlite3 shell's "Error: near line N:
 * near "x": syntax error", cargo's "no such command" and a build script's "process didn't exit successfully" without
 * cargo's "failed to run custom build command" line above it.
 *
 * Types follow test/fixtures/errors/README.md: the class the program raises where it raises one (ChildFailedError,
 * DriverException, ImportError), SQLite's own phrase, otherwise the tool's short phrase. Where the pasted text shows
 * another error (the training script's own exception, Symfony's wrapping RuntimeException), that error is the answer,
 * so these patterns stand back from texts that name one.
 */

const TORCHRUN = ref('PyTorch: torchrun (Elastic Launch)', 'https://pytorch.org/docs/stable/elastic/run.html');
const TORCH_ERRORS = ref('PyTorch: Error Propagation (torch.distributed.elastic)', 'https://pytorch.org/docs/stable/elastic/errors.html');
const RAILS_SERVER = ref('Rails: The Rails Command Line (bin/rails server)', 'https://guides.rubyonrails.org/command_line.html#bin-rails-server');
const DOCTRINE_CONFIG = ref('Doctrine DBAL: Configuration', 'https://www.doctrine-project.org/projects/doctrine-dbal/en/current/reference/configuration.html');
const PHP_PDO_INSTALL = ref('PHP: PDO installation', 'https://www.php.net/manual/en/pdo.installation.php');
const NUMPY2_MIGRATION = ref('NumPy 2.0 migration guide', 'https://numpy.org/devdocs/numpy_2_0_migration_guide.html');
const SQLITE_CLI = ref('SQLite: Command Line Shell For SQLite', 'https://www.sqlite.org/cli.html');
const SQLITE_LANG = ref('SQLite: SQL As Understood By SQLite', 'https://www.sqlite.org/lang.html');
const CARGO_COMMANDS = ref('The Cargo Book: Custom subcommands', 'https://doc.rust-lang.org/cargo/reference/external-tools.html#custom-subcommands');
const CARGO_BUILD_SCRIPTS = ref('The Cargo Book: Build Scripts', 'https://doc.rust-lang.org/cargo/reference/build-scripts.html');

/** No exception class other than `allowed` anywhere in the text (then that exception is the answer). */
const noOtherError = (allowed: string): string => String.raw`(?![\s\S]*?\b(?!${allowed}\b)\w{0,80}(?:Error|Exception)\b)`;

export const PROGRAM_CATALOG5_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'python.torchrun-child-failed',
    language: 'python',
    // torch.distributed.elastic's agent logs "failed (exitcode: N) local_rank: R (pid: P) of binary: …" when a worker
    // exits, then raises ChildFailedError; the worker's own exception, when the paste shows it, is the answer. The
    // logger's name may be cut off as a log prefix, so the line's own distinctive words are matched.
    match: new RegExp(
      String.raw`^` +
        noOtherError('ChildFailedError') +
        String.raw`[\s\S]*?\bfailed \(exitcode: (?<exitcode>-?\d{1,4})\) local_rank: (?<rank>\d{1,5})`,
    ),
    requires: /failed \(exitcode: -?\d{1,4}\) local_rank/,
    errorType: 'ChildFailedError',
    category: 'runtime',
    priority: 2,
    summary: (c) =>
      `A worker process started by torchrun (local rank ${c.rank}) exited with code ${c.exitcode}, so the launcher stopped the job and raised ChildFailedError.` +
      (c.exitcode === '-9' ? ' Exit code -9 means the worker was killed by SIGKILL, usually by the out-of-memory killer.' : ''),
    explanation:
      'torchrun (torch.distributed.run, also used by `accelerate launch` and `python -m torch.distributed.launch`) starts one Python ' +
      'process per GPU and watches them. When one exits with a non-zero code it logs "failed (exitcode: N) local_rank: R", sends ' +
      'SIGTERM to the others and raises `ChildFailedError` with a summary table. The launcher\'s line says only that a worker died: ' +
      'a positive code is the worker\'s own exit (its Python traceback is earlier in that worker\'s output), a negative code is the ' +
      'signal that killed it (-9 SIGKILL, usually the kernel\'s OOM killer on host RAM; -6 SIGABRT, a C++/NCCL abort; -7 SIGBUS, ' +
      'often a too-small /dev/shm in a container).',
    causes: [
      'exitcode -9: the worker ran out of host memory (loading a large checkpoint in every rank, too many DataLoader workers) and the kernel killed it',
      'exitcode 1: the training script raised an exception; its traceback is printed above the launcher\'s lines (or in the per-rank log files)',
      'exitcode -7 or -6 in a container: /dev/shm is too small for the DataLoader\'s shared memory, or NCCL aborted',
    ],
    fixes: [
      fix('Find the worker\'s own error, then fix that', [
        'Scroll up to the first traceback a rank printed, or rerun with `--log-dir` / `--tee 3` to keep each rank\'s output',
        'Decorate the script\'s main with `@record` so the failing rank\'s exception is written into the ChildFailedError summary',
        'For exitcode -9, check `dmesg | grep -i kill` and lower memory use (fewer DataLoader workers, load checkpoints with `mmap=True` or on rank 0 only)',
      ], 'from torch.distributed.elastic.multiprocessing.errors import record\n\n@record\ndef main():\n    ...\n\n# keep every rank\'s output\ntorchrun --nproc_per_node 4 --log-dir ./logs --tee 3 train.py\ndmesg -T | grep -i -E "killed process|out of memory"'),
      fix('Give a container enough shared memory', [
        'Run the container with `--shm-size=8g` (or `--ipc=host`) when the DataLoader uses worker processes',
      ], 'docker run --gpus all --shm-size=8g my-training-image'),
    ],
    references: [TORCH_ERRORS, TORCHRUN],
    samples: [
      'ERROR:torch.distributed.elastic.multiprocessing.api:failed (exitcode: -9) local_rank: 0 (pid: 5343) of binary: /root/miniconda3/bin/python',
      'torch/distributed/elastic/multiprocessing/api.py:826] failed (exitcode: -9) local_rank: 0 (pid: 1322) of binary: /root/miniconda3/bin/python',
    ],
  },
  {
    id: 'ruby.rails-server-already-running',
    language: 'ruby',
    // `rails server` finds tmp/pids/server.pid left by a container that was stopped without cleaning it up.
    match:
      /A server is already running(?:\. Check (?<pidfile>[^\s]{0,300}?server\.pid)|\.? Check |\s\(pid: (?<pid>\d{1,10}), file: (?<file>[^)\n]{1,300})\))/,
    requires: /A server is already running/,
    errorType: 'A server is already running',
    category: 'runtime',
    priority: 3,
    summary: (c) =>
      `rails server found a PID file${c.pidfile || c.file ? ` (${c.pidfile ?? c.file})` : ''} from an earlier run and exited: a leftover tmp/pids/server.pid, usually in a restarted container.`,
    explanation:
      'When `rails server` (Puma) starts it writes its process id to tmp/pids/server.pid and refuses to start while that file exists. ' +
      'A server that is killed rather than stopped (a container stopped with docker stop or compose down while the app directory is a ' +
      'mounted volume) leaves the file behind, so the next start prints "A server is already running" and exits with code 1 even though ' +
      'nothing is running.',
    causes: [
      'The app directory is bind-mounted into the container, so tmp/pids/server.pid survives the container that wrote it',
      'The previous server was killed (SIGKILL, a crashed container) and never removed its PID file',
      'Another server really is running in the same directory (two containers or foreman processes sharing one volume)',
    ],
    fixes: (c) => [
      fix('Remove the stale PID file before the server starts', [
        `Delete ${c.pidfile ?? c.file ?? 'tmp/pids/server.pid'} in the container's entrypoint (or command) before \`rails server\``,
        'Or start the server with `-P /tmp/server.pid` (`--pid`) so the file lives outside the mounted app directory',
      ], '#!/bin/sh\n# docker-entrypoint.sh\nset -e\nrm -f /app/tmp/pids/server.pid\nexec "$@"\n\n# or in docker-compose.yml\ncommand: bash -c "rm -f tmp/pids/server.pid && bundle exec rails s -b 0.0.0.0"'),
    ],
    references: [RAILS_SERVER],
    samples: [
      'web_1      | A server is already running. Check /opt/tmp/pids/server.pid.\nweb_1      | Exiting',
      '17:18:13 web.1  | A server is already running (pid: 10, file: /var/app/tmp/pids/server.pid).\n17:18:13 web.1  | Exiting',
    ],
  },
  {
    id: 'php.doctrine-driver-not-found',
    language: 'php',
    // Doctrine DBAL wraps PDO's "could not find driver" in its DriverException ("An exception occurred in [the] driver");
    // Symfony's console prints the chain outermost first. A wrapping class shown in brackets ([RuntimeException]) wins.
    match: new RegExp(
      String.raw`^(?![\s\S]*?\[(?!Doctrine\\)[\w\\]{0,200}Exception\])[\s\S]*?An exception occurr?ed in (?:the )?driver: could not find driver`,
    ),
    requires: /An exception occurr?ed in (?:the )?driver/,
    errorType: 'DriverException',
    category: 'configuration',
    priority: 45,
    summary: 'Doctrine could not connect because PHP has no PDO driver for the configured database (pdo_mysql, pdo_pgsql or pdo_sqlite is not installed or enabled).',
    explanation:
      'Doctrine DBAL connects through PDO, and PDO needs one extension per database. When the extension for the DATABASE_URL\'s scheme ' +
      'is missing, `new PDO(...)` fails with "could not find driver" and DBAL rethrows it as `Doctrine\\DBAL\\Exception\\DriverException` ' +
      '("An exception occurred in driver: could not find driver"). The command-line PHP (bin/console) and the web server\'s PHP often ' +
      'use different php.ini files, so one can have the driver and the other not.',
    causes: [
      'The pdo_mysql / pdo_pgsql / pdo_sqlite extension is not installed for this PHP version (a Docker image built without docker-php-ext-install)',
      'The extension is installed but not enabled in the php.ini the CLI uses (`php --ini` shows which)',
      'DATABASE_URL names another database than the one whose driver is installed (the Symfony demo\'s SQLite)',
    ],
    fixes: [
      fix('Install and enable the PDO driver for your database', [
        'Check what PHP has: `php -m | grep -i pdo`',
        'In a php Docker image, add the driver with docker-php-ext-install; on Debian/Ubuntu install php-mysql / php-pgsql / php-sqlite3',
      ], 'php -m | grep -i pdo\nphp --ini\n\n# Dockerfile (official php image)\nRUN docker-php-ext-install pdo_mysql      # or: apt-get install -y libpq-dev && docker-php-ext-install pdo_pgsql\n\n# Debian / Ubuntu\nsudo apt-get install php8.2-mysql'),
    ],
    references: [DOCTRINE_CONFIG, PHP_PDO_INSTALL],
    samples: [
      'In AbstractMySQLDriver.php line 106:\n  An exception occurred in driver: could not find driver  \n\nIn PDOConnection.php line 31:\n  could not find driver',
    ],
  },
  {
    id: 'python.numpy2-compiled-with-numpy1',
    language: 'python',
    // NumPy 2 prints this message and the import stack, then raises ImportError with it; an AttributeError
    // ("_ARRAY_API not found") or another class shown below it is the answer instead.
    match: new RegExp(
      String.raw`^` +
        noOtherError('ImportError') +
        String.raw`[\s\S]*?A module that was compiled using NumPy 1\.x cannot be run in\s{1,10}NumPy (?<version>\d{1,2}\.\d{1,3}\.\d{1,3}) as it may crash`,
    ),
    requires: /A module that was compiled using NumPy 1\.x/,
    errorType: 'ImportError',
    category: 'dependency',
    priority: 3,
    summary: (c) =>
      `An extension module built against NumPy 1.x was imported under NumPy ${c.version}; NumPy 2 changed its C ABI, so the import fails.`,
    explanation:
      'Compiled packages (pandas, scipy, opencv, torch, matplotlib, numexpr…) include NumPy\'s C API at build time. NumPy 2.0 changed that ' +
      'ABI, so a wheel built against NumPy 1.x cannot load under NumPy 2: NumPy prints this message with the import stack and raises ' +
      '`ImportError`. It appears when an install or a Docker rebuild pulls NumPy 2 (an unpinned `numpy`) while another package is an older ' +
      'release built for 1.x.',
    causes: [
      'numpy is unpinned and resolved to 2.x, while a compiled dependency is a version released before NumPy 2 support',
      'A Docker image was rebuilt and picked up NumPy 2 beside packages pinned to old versions',
      'A package was built from source against NumPy 1.x and is now imported with NumPy 2',
    ],
    fixes: (c) => [
      fix('Pin NumPy below 2, or upgrade the package that was built for 1.x', [
        `Quick fix: install \`numpy<2\` in the same environment (NumPy ${c.version} is installed now)`,
        'Lasting fix: upgrade the compiled package named in the import stack to a release built for NumPy 2',
      ], 'pip install "numpy<2"\n# requirements.txt\nnumpy<2\n\n# or upgrade the extension shown in the traceback\npip install --upgrade pandas scipy opencv-python'),
    ],
    references: [NUMPY2_MIGRATION],
    samples: [
      "A module that was compiled using NumPy 1.x cannot be run in\nNumPy 2.0.0 as it may crash. To support both 1.x and 2.x\nversions of NumPy, modules must be compiled with NumPy 2.0.\nSome module may need to rebuild instead e.g. with 'pybind11>=2.12'.",
    ],
  },
  {
    id: 'sql.sqlite-cli-near-line-syntax',
    language: 'sql',
    // The sqlite3 shell reading a script (.read, or a file piped in) names the line: "Error: near line 3: near "x":
    // syntax error" (3.3x: "Parse error near line 3: …"). At a line's start only: a program quoting it (a PHP dumper's
    // exception) is that program's error.
    match: /(?:^|\n)[ \t]{0,20}(?:Error: near line|Parse error near line) (?<line>\d{1,10}): near "(?<token>[^"\n]{1,120})": syntax error/,
    requires: /near line \d{1,10}: near "/,
    errorType: 'syntax error',
    category: 'syntax',
    priority: 3,
    summary: (c) => `SQLite could not parse the statement near line ${c.line} of the script, at "${c.token}".`,
    explanation:
      'The sqlite3 shell runs a script statement by statement and reports the line where a statement it could not parse begins. The token ' +
      'it quotes is where parsing stopped: usually syntax of another database (a MySQL dump\'s AUTO_INCREMENT, KEY definitions inside ' +
      'CREATE TABLE, SET in a trigger, multi-row syntax of an old SQLite), a keyword used as a name, or a missing comma before it.',
    causes: [
      'The script is a MySQL or PostgreSQL dump (KEY, AUTO_INCREMENT, ENGINE=…, SET in triggers) that SQLite does not understand',
      'The sqlite3 binary is old (multi-row INSERT needs 3.7.11, UPSERT 3.24, RETURNING 3.35)',
      'A reserved word is used as a name without quotes, or a comma is missing before the quoted token',
    ],
    fixes: [
      fix('Fix the statement at that line, or convert the dump for SQLite', [
        'Open the script at the line shown and correct the statement at the quoted token',
        'Convert a MySQL dump with a tool made for it (mysql2sqlite), and check `sqlite3 --version`',
      ], "sed -n '30010,30015p' dump.sql   # look at the failing statement\nsqlite3 --version\n./mysql2sqlite dump.sql | sqlite3 app.db"),
    ],
    references: [SQLITE_CLI, SQLITE_LANG],
    samples: ['sqlite> .read schema.sqlite.sql \nError: near line 1: near "KEY": syntax error'],
  },
  {
    id: 'rust.cargo-no-such-command',
    language: 'rust',
    // cargo runs `cargo foo` as the binary cargo-foo on PATH; when none exists it says so (older cargo: "The subcommand
    // 'foo' wasn't recognized", which clap says for other programs too, so that form only where cargo is named).
    match:
      /error: no such (?:sub)?command: `(?<command>[^`\n]{1,80})`|^(?=[\s\S]*?\bcargo\b)[\s\S]*?error: The subcommand '(?<old>[^'\n]{1,80})' wasn't recognized/,
    requires: /no such (?:sub)?command: `|The subcommand '/,
    errorType: 'no such command',
    category: 'configuration',
    priority: 3,
    summary: (c) => `cargo has no subcommand \`${c.command ?? c.old}\`: no built-in command of that name and no \`cargo-${c.command ?? c.old}\` binary on PATH.`,
    explanation:
      'Besides its built-in commands, cargo runs `cargo foo` by looking for an executable named `cargo-foo` on PATH (usually installed into ' +
      '~/.cargo/bin by `cargo install`). The error means neither exists: the tool is not installed, ~/.cargo/bin is not on PATH in this shell ' +
      'or CI job, or the installed binary has another name than the subcommand (a crate whose binary is not called cargo-…).',
    causes: [
      'The cargo plugin (cargo-nextest, cargo-edit, cargo-watch…) was never installed in this environment or CI image',
      '~/.cargo/bin is not on PATH, so an installed cargo-foo is not found',
      'The crate installs a plain binary (`concurrently`) rather than a `cargo-…` one, so it is run directly, not through cargo',
      'A component of a toolchain is missing (`cargo fmt` and `cargo clippy` need `rustup component add rustfmt clippy`)',
    ],
    fixes: (c) => [
      fix('Install the subcommand, or run the binary it installed', [
        `Install it with \`cargo install cargo-${c.command ?? c.old}\` (or \`cargo binstall\`), or add the rustup component for fmt/clippy`,
        'Check `cargo --list` and `ls ~/.cargo/bin`, and make sure ~/.cargo/bin is on PATH',
      ], 'cargo --list\nls ~/.cargo/bin\ncargo install cargo-nextest --locked\nrustup component add rustfmt clippy\nexport PATH="$HOME/.cargo/bin:$PATH"'),
    ],
    references: [CARGO_COMMANDS],
    samples: ["error: no such command: `concurrently`\n\tView all installed commands with `cargo --list`\n\tFind a package to install `concurrently` with `cargo search cargo-concurrently`"],
  },
  {
    id: 'rust.build-script-exit',
    language: 'rust',
    // The "Caused by:" part of cargo's "failed to run custom build command" when the paste starts below that line.
    match:
      /process didn't exit successfully: `[^`\n]{0,400}?[/\\]build[/\\](?<crate>[A-Za-z0-9_-]{1,80}?)-[0-9a-f]{16}[/\\]build-script-(?:build|main)(?:\.exe)?` \(exit (?:status|code): (?<status>\d{1,5})\)/,
    requires: /build-script-/,
    errorType: 'failed to run custom build command',
    category: 'build',
    // Below every other pattern: a compiler's error the script printed (a C header cc could not find) is the answer.
    priority: -1,
    summary: (c) => `The build script (build.rs) of the crate ${c.crate} failed with exit status ${c.status}, so cargo could not build it.`,
    explanation:
      'A crate\'s build.rs runs before the crate compiles, often to find or build a native library (OpenSSL, protobuf, a C/C++ library ' +
      'through cc or cmake). When it exits non-zero cargo reports "failed to run custom build command" with this "process didn\'t exit ' +
      'successfully" line under "Caused by:", followed by the script\'s stdout and stderr. Exit status 101 is a panic in the script: its ' +
      'message under "--- stderr" says what it was looking for.',
    causes: [
      'A native library or its development headers are missing (libssl-dev / openssl-devel, protobuf-compiler, pkg-config)',
      'A build tool the script calls is missing (a C compiler, cmake, clang for bindgen)',
      'Cross-compiling without the target\'s libraries, or environment variables the script needs (OPENSSL_DIR) unset',
    ],
    fixes: (c) => [
      fix(`Read the build script's stderr for ${c.crate} and install what it needs`, [
        'Look at the "--- stderr" section (the panic message names the missing library or tool)',
        'Install the development package and pkg-config, then rebuild',
      ], '# Debian / Ubuntu (GitHub Actions ubuntu-latest)\nsudo apt-get install -y pkg-config libssl-dev build-essential cmake protobuf-compiler\n# Fedora\nsudo dnf install pkgconf-pkg-config openssl-devel\ncargo build -vv   # shows the build script\'s output'),
    ],
    references: [CARGO_BUILD_SCRIPTS],
    samples: [
      "Caused by:\n  process didn't exit successfully: `/root/tools/request_smuggler/target/release/build/openssl-sys-ce7101818d3ca5e6/build-script-main` (exit status: 101)\n  --- stdout\n  cargo:rustc-cfg=const_fn",
    ],
  },
];
