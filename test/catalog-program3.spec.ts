/**
 * A third catalog pass over Python, C#, Rust and SQL tooling as pasted from CI logs and terminals: mypy's and pyright's
 * diagnostics, pytest's fixture lookup and import file mismatch, Jupyter's dead kernel and missing ipykernel, Alembic's
 * logged CommandError, conda's old unsatisfiable message, EF Core's design-time tool errors, Visual Studio's Error List
 * row of a NETSDK code, golang-migrate's dirty version, cargo's failed downloads, wasm-pack's missing target, cross without a container
 * engine, the Flyway command line's FlywayException and an ODBC diagnostic record's native error.
 * Pure: the rules engine alone.
 */
import { expectRecognised } from './support/recognised';

describe("the tools' third program catalog pass", () => {
  it.each([
    ['Dirty database version 4. Fix and force version.', 'go', 'Dirty database version'],
    [
      'level=fatal msg="setup storage error: storage: migrate up error: Dirty database version 27. Fix and force version."',
      'go',
      'Dirty database version',
    ],
    ['Migration failed: Dirty database version 20230309085743. Fix and force version.', 'go', 'Dirty database version'],
    ['Failed to migrate: Dirty database version 30. Fix and force version.', 'go', 'Dirty database version'],
    ['error: Dirty database version 0. Fix and force version.', 'go', 'Dirty database version'],
    ["ERROR [alembic.util.messaging] Can't locate revision identified by 'd259a9bca9e7'", 'python', 'CommandError'],
    [
      "$ pipenv run alembic current\nINFO  [alembic.runtime.migration] Context impl SQLiteImpl.\nINFO  [alembic.runtime.migration] Will assume non-transactional DDL.\nERROR [alembic.util.messaging] Can't locate revision identified by 'fe7656c21eaa'\n  FAILED: Can't locate revision identified by 'fe7656c21eaa'",
      'python',
      'CommandError',
    ],
    [
      'Severity\tCode\tDescription\tProject\tFile\tLine\tSuppression State\nError\tNETSDK1045\tThe current .NET SDK does not support targeting .NET 9.0.  Either target .NET 8.0 or lower, or use a version of the .NET SDK that supports .NET 9.0. Download the .NET SDK from https://aka.ms/dotnet/download\tConsoleApp1\t............................\\dotnet\\sdk\\9.0.100-alpha.1.23474.1\\Sdks\\Microsoft.NET.Sdk\\targets\\Microsoft.NET.TargetFrameworkInference.targets\t166',
      'csharp',
      'NETSDK1045',
    ],
    [
      "><> dotnet ef migrations add update --context SqliteDataContext --output-dir Migrations/Sqlite/\nBuild started...\nBuild succeeded.\nUnable to create an object of type 'SqliteDataContext'. For the different patterns supported at design time, see https://go.microsoft.com/fwlink/?linkid=851728",
      'csharp',
      'OperationException',
    ],
    [
      "Unable to create an object of type 'AppDbContext'. Add an implementation of 'IDesignTimeDbContextFactory<AppDbContext>' to the project, or see https://go.microsoft.com/fwlink/?linkid=851728 for additional patterns supported at design time.",
      'csharp',
      'OperationException',
    ],
    [
      '```reconcile/utils/oc_map.py:125: error: Incompatible types in assignment (expression has type "OC", variable has type "OCCli | OCLogMsg")  [assignment]```',
      'python',
      'assignment',
    ],
    [
      'monkeytype/tracing.py:81:31: error: Incompatible types in assignment (expression has type "object", variable has type "Optional[type]")\nFound 1 error in 1 file (checked 14 source files)',
      'python',
      'assignment',
    ],
    [
      'src/json_generator/utils.py:6: error: Syntax error in type annotation  [syntax]\nsrc/json_generator/utils.py:6: note: Suggestion: Use Tuple[T1, ..., Tn] instead of (T1, ..., Tn)\nsrc/json_generator/metadata_extractor.py:105: error: Incompatible types in assignment (expression has type "float", variable has type "int")  [assignment]',
      'python',
      'syntax',
    ],
    [
      "import file mismatch:\nimported module 'test.test_graclus' has this __file__ attribute:\n  /home/eman/rusty1s/pytorch_cluster/test/test_graclus.py\nwhich is not the same as the test file we want to collect:\n  /home/eman/Pytorch_Installation/pytorch_cluster/test/test_graclus.py\nHINT: remove __pycache__ / .pyc files and/or use a unique basename for your test file modules",
      'python',
      'import file mismatch',
    ],
    [
      '`uv run pyright`\n```\n/home/mick/projects/pyright-403-pymysql/main.py\n  /home/mick/projects/pyright-403-pymysql/main.py:4:50 - error: "CLIENT" is not a known attribute of module ".constants" (reportAttributeAccessIssue)\n1 error, 0 warnings, 0 informations\n```',
      'python',
      'reportAttributeAccessIssue',
    ],
    [
      '$ uv run --with pyright==1.1.403 pyright .\n/tmp/tmp.oDLOLEveoQ/src/app/main.py\n  /tmp/tmp.oDLOLEveoQ/src/app/main.py:3:21 - error: "__path__" is not a known attribute of module "app.namespace" (reportAttributeAccessIssue)\n1 error, 0 warnings, 0 informations',
      'python',
      'reportAttributeAccessIssue',
    ],
    [
      'error: "RepeatedLabelError" is not a known attribute of module "usaddress" (reportAttributeAccessIssue)',
      'python',
      'reportAttributeAccessIssue',
    ],
    [
      'error: Cannot access attribute "error_code" for class "PermissionError"\n    Attribute "error_code" is unknown (reportAttributeAccessIssue)',
      'python',
      'reportAttributeAccessIssue',
    ],
    [
      'error: Skipping analyzing "matchlib": module is installed, but missing library stubs or py.typed marker  [import-untyped]',
      'python',
      'import-untyped',
    ],
    [
      'mymodule.py:7: error: Skipping analyzing "railroad": module is installed, but missing library stubs or py.typed marker  [import-untyped]\nmymodule.py:7: note: See https://mypy.readthedocs.io/en/stable/running_mypy.html#missing-imports',
      'python',
      'import-untyped',
    ],
    [
      '$ uv run mypy\nerror: Skipping analyzing "paramclasses": module is installed, but missing library stubs or py.typed marker  [import-untyped]\n    import paramclasses\n    ^',
      'python',
      'import-untyped',
    ],
    [
      '> type_check run-test: commands[1] | mypy --show-error-codes tests\ntests/test_geschaeftspartner.py:4: error: Skipping analyzing "py._path.local": module is installed, but missing library stubs or py.typed marker  [import]\ntests/test_adresse.py:4: error: Skipping analyzing "py._path.local": module is installed, but missing library stubs or py.typed marker  [import]\ntests/test_adresse.py:4: note: See https://mypy.readthedocs.io/en/stable/running_mypy.html#missing-imports',
      'python',
      'import',
    ],
    [
      "@pytest.fixture\n  def request(mocker):\nE       fixture 'mocker' not found\n>       available fixtures: cache, capfd, capsys, doctest_namespace, mock, mocker, monkeypatch, pytestconfig, record_xml_property, recwarn, request, requests_get, tmpdir, tmpdir_factory\n>       use 'pytest --fixtures [testpath]' for help on them.",
      'python',
      'FixtureLookupError',
    ],
    [
      "10:47:47         fixture 'hf' not found\n10:47:47         available fixtures: capfd, tmpdir, recwarn, wsgiapp, monkeypatch, cov, capsys, pytestconfig, session\n10:47:47         use 'py.test --fixtures [testpath]' for help on them.",
      'python',
      'FixtureLookupError',
    ],
    [
      "$ python -u -m pytest -k test_gp_kernel\n[...]\n  def test_gp_kernel(\nE       fixture 'mocker' not found\n>       available fixtures: ...\n[...]\nERROR tests/test_functional_laplace_unit.py::test_gp_kernel[kernel_batch-jacobians0-jacobians_20-expected_full_kernel0-expected_block_diagonal_kernel0]",
      'python',
      'FixtureLookupError',
    ],
    ['The kernel for yahboom/draw/draw.ipynb appears to have died. It will restart automatically.', 'python', 'kernel died'],
    [
      'The kernel has died, and the automatic restart has failed. It is possible the kernel cannot be restarted. If you are not able to restart the kernel, you will still be able to save the notebook, but running code will no longer work until the notebook is reopened.',
      'python',
      'kernel died',
    ],
    [
      'Caused by: wasm32-unknown-unknown target not found in sysroot: "/usr"\n\nUsed rustc from the following path: "/bin/rustc"\nIt looks like Rustup is not being used. For non-Rustup setups, the wasm32-unknown-unknown target needs to be installed manually. See https://rustwasm.github.io/wasm-pack/book/prerequisites/non-rustup-setups.html on how to do this.',
      'rust',
      'target not found',
    ],
    [
      'zach@dev03 ~/wasm-pack-template> ../wasm-pack/target/release/wasm-pack build\n[INFO]: Checking for the Wasm target...\nError: wasm32-unknown-unknown target not found!',
      'rust',
      'target not found',
    ],
    [
      "cargo build\nwarning: spurious network error (2 tries remaining): [7] Couldn't connect to server\nwarning: spurious network error (1 tries remaining): [7] Couldn't connect to server\nerror: failed to download from `https://crates.io/api/v1/crates/unicode-width/0.1.9/download`\n\nCaused by:\n  [7] Couldn't connect to server",
      'rust',
      'failed to download',
    ],
    [
      'warning: spurious network error (2 tries remaining): failed to get 200 response from `https://crates.io/api/v1/crates/polyval/0.5.2/download`, got 504\nwarning: spurious network error (1 tries remaining): failed to get 200 response from `https://crates.io/api/v1/crates/polyval/0.5.2/download`, got 504\nerror: failed to download from `https://crates.io/api/v1/crates/polyval/0.5.2/download`\n\nCaused by:\nfailed to get 200 response from `https://crates.io/api/v1/crates/polyval/0.5.2/download`, got 504',
      'rust',
      'failed to download',
    ],
    [
      '$ cargo outdated\nerror: failed to download from `https://crates.io/api/v1/crates/winapi-x86_64-pc-windows-gnu/0.4.0/download`\n\nCaused by:\n  [28] Timeout was reached (download of `winapi-x86_64-pc-windows-gnu v0.4.0` failed to transfer more than 10 bytes in 30s)',
      'rust',
      'failed to download',
    ],
    [
      'Updating crates.io index\nwarning: spurious network error (3 tries remaining): [6] Could not resolve hostname (Could not resolve host: index.crates.io)\nwarning: spurious network error (2 tries remaining): [6] Could not resolve hostname (Could not resolve host: index.crates.io)\nwarning: spurious network error (1 tries remaining): [6] Could not resolve hostname (Could not resolve host: index.crates.io)\nerror: failed to get `anyhow` as a dependency of package `geckodriver v0.35.0 (/tmp/src/geckodriver-0.35.0)`\n\nCaused by:\n  download of config.json failed\n\nCaused by:\n  failed to download from `https://index.crates.io/config.json`\n\nCaused by:\n  [6] Could not resolve hostname (Could not resolve host: index.crates.io)',
      'rust',
      'failed to download',
    ],
    [
      '$conda install Theano\nFetching package metadata: ......\nSolving package specifications: ..\nError: Unsatisfiable package specifications.\nGenerating hint: \n[2/2                 ]|#############################################################################| 100%\n\nHint: the following combinations of packages create a conflict with the\nremaining packages:\n  - python 3.4*\n  - theano',
      'python',
      'UnsatisfiableError',
    ],
    [
      "C:\\Program Files (x86)\\MSBuild\\Microsoft\\VisualStudio\\v14.0\\DotNet\\Microsoft.DotNet.Publishing.targets(406,5): Error : Your target project 'SofuProdContr.BE.WebApi' doesn't match your migrations assembly 'SofuProdContr.BE.Repo2'. Either change your target project or change your migrations assembly.\nC:\\Program Files (x86)\\MSBuild\\Microsoft\\VisualStudio\\v14.0\\DotNet\\Microsoft.DotNet.Publishing.targets(406,5): Error : Change your migrations assembly by using DbContextOptionsBuilder. E.g. options.UseSqlServer(connection, b => b.MigrationsAssembly(\"SofuProdContr.BE.WebApi\")). By default, the migration",
      'csharp',
      'OperationException',
    ],
    [
      "dotnet : Your target project 'scheduler.API' doesn't match your migrations assembly 'Scheduler.API'. Either change your target project or change your migrations assembly.",
      'csharp',
      'OperationException',
    ],
    [
      "Time Elapsed 00:00:04.41\nYour target project 'AspNet5FileUploadFileTable' doesn't match your migrations assembly 'AspNetCoreFileUploadFileTable'. Either change your target project or change your migrations assembly.\nChange your migrations assembly by using DbContextOptionsBuilder. E.g. options.UseSqlServer(connection, b => b.MigrationsAssembly(\"AspNet5FileUploadFileTable\")). By default, the migrations assembly is the assembly containing the DbContext.",
      'csharp',
      'OperationException',
    ],
    [
      "# docker-compose exec muesli alembic upgrade head        \nINFO  [alembic.runtime.migration] Context impl PostgresqlImpl.\nINFO  [alembic.runtime.migration] Will assume transactional DDL.\nERROR [alembic.util.messaging] Multiple head revisions are present for given argument 'head'; please specify a specific target revision, '<branchname>@head' to narrow to a specific head, or 'heads' for all heads\n  FAILED: Multiple head revisions are present for given argument 'head'; please specify a specific target revision, '<branchname>@head' to narrow to a specific head, or 'heads' for all heads",
      'python',
      'CommandError',
    ],
    [
      "fidesctl_1     | 2022-08-24 16:49:44.415 [ERROR] (database:configure_db:146): Unable to configure database: alembic.util.exc.CommandError: Multiple head revisions are present for given argument 'head'; please specify a specific target revision, '<branchname>@head' to narrow to a specific head, or 'heads' for all heads",
      'python',
      'CommandError',
    ],
    [
      'some errors: ```alembic.util.exc.CommandError: Multiple heads are present; please specify a single target revision```',
      'python',
      'CommandError',
    ],
    [
      '`sudo docker exec controllers flask db migrate`\n`INFO  [alembic.runtime.migration] Context impl PostgresqlImpl.`\n`INFO  [alembic.runtime.migration] Will assume transactional DDL.`\n`ERROR [root] Error: Target database is not up to date.`',
      'python',
      'CommandError',
    ],
    [
      '[I 22:20:15.256 NotebookApp] Kernel started: e33b431f-ed0b-4b81-ae69-f2cbe1ede3ad\n/usr/bin/python: No module named ipykernel_launcher\n[I 22:20:18.258 NotebookApp] KernelRestarter: restarting kernel (1/5)\n/usr/bin/python: No module named ipykernel_launcher\n[I 22:20:21.267 NotebookApp] KernelRestarter: restarting kernel (2/5)',
      'python',
      'ModuleNotFoundError',
    ],
    [
      'Error 15:03:08: Failed to connect raw kernel session: Error: The kernel died. View Jupyter [log](command:jupyter.viewOutput) for further details. \nError: /opt/homebrew/opt/python@3.9/bin/python3.9: No module named ipykernel_launcher...',
      'python',
      'ModuleNotFoundError',
    ],
    [
      '22:55:20.268 [error] Disposing kernel process due to an error [Ll [Error]: The kernel died. Error: z:\\ML\\thesis-project\\.venv\\Scripts\\python.exe: No module named ipykernel_launcher... View Jupyter [log](command:jupyter.viewOutput) for further details.\n\tat ChildProcess.<anonymous> (c:\\Users\\~\\.vscode\\extensions\\ms-toolsai.jupyter-2024.9.1-win32-x64\\dist\\extension.node.js:299:44598)',
      'python',
      'ModuleNotFoundError',
    ],
    [
      "ODBC ERROR State: 28000, Native error: 18456, Message: [Microsoft][ODBC Driver 17 for SQL Server][SQL Server]Login failed for user ''.\nODBC ERROR State: 28000, Native error: 18456, Message: [Microsoft][ODBC Driver 17 for SQL Server][SQL Server]Login failed for user ''.",
      'sql',
      '18456',
    ],
    [
      'ERROR: Found more than one migration with version 20250917094123 Offenders: -> V20250917094123__payments_payment_methods_index.sql -> V20250917094123__bundles_index.sql',
      'java',
      'FlywayException',
    ],
    [
      "root@6b42705e6f67:/open-ethereum# RUST_BACKTRACE=1 QEMU_STRACE=1 /root/.cargo/bin/cross run --target mips-unknown-linux-gnu --release --features final\ninfo: downloading component 'rust-std' for 'mips-unknown-linux-gnu'\n 15.4 MiB /  15.4 MiB (100 %)   3.1 MiB/s in  5s ETA:  0s\ninfo: installing component 'rust-std' for 'mips-unknown-linux-gnu'\nerror: no container engine found; install docker or podman\n   0: error_chain::backtrace::imp::InternalBacktrace::new\n   1: cross::docker::docker_command",
      'rust',
      'no container engine found',
    ],
  ])('recognises %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  // Near misses: the texts the new patterns must leave to the patterns that answered them before.
  it.each([
    [
      "riven-backend        |   File \"/app/.venv/lib/python3.11/site-packages/alembic/script/base.py\", line 286, in _catch_revision_errors\nriven-backend        |     raise util.CommandError(resolution) from re\nriven-backend        | alembic.util.exc.CommandError: Can't locate revision identified by '30a419ca143e'",
      'python',
      'CommandError',
    ],
    [
      'liquibase.exception.CommandExecutionException: liquibase.exception.ValidationFailedException: Validation Failed:\n     2 changesets check sum\n          org/dcache/srm/request/sql/srm.changelog-2.14.xml::4::behrmann was: 7:0e1c15013e23f1df41d4035279a1e832 but is now: 7:3cf94dc86efe2152925a739c69fd464d\n          org/dcache/srm/request/sql/srm.changelog-2.14.xml::7::behrmann was: 7:6956b64fca6692e79e878e317715a628 but is now: 7:59f95bea151c12b6f158a7f5dc330095\n \n    at liquibase.command.CommandScope.execute(CommandScope.java:258)\n    at liquibase.integration.commandline.CommandRunner.call(CommandRunner.java:51)',
      'java',
      'CommandExecutionException',
    ],
    [
      'Caused by: org.flywaydb.core.api.FlywayException: Validate failed. Detected resolved migration not applied to database: -20150523.01.34.00.00\n\tat org.flywaydb.core.Flyway.doValidate(Flyway.java:1108) ~[flyway-core-3.2.1.jar:?]\n\tat org.flywaydb.core.Flyway.access$300(Flyway.java:62) ~[flyway-core-3.2.1.jar:?]',
      'java',
      'FlywayException',
    ],
    [
      'Prisma schema loaded from packages/shared/prisma/schema.prisma\nDatasource "db": PostgreSQL database "postgres_langfuse", schema "public" at "langfuse-postgresql"\n\n309 migrations found in prisma/migrations\n\nError: P3009\n\nmigrate found failed migrations in the target database, new migrations will not be applied. Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve\nThe `20240528214728_add_cursor_index_03` migration started at 2025-10-10 13:48:23.538445 UTC failed',
      'javascript',
      'P3009',
    ],
    [
      'bash-4.2$ conda create -p /tmp/foobar python=3.6\nSolving environment: failed\n\nPackagesNotFoundError: The following packages are not available from current channels:\n\n  - python=3.6\n\nCurrent channels:\n\n  - https://repo.continuum.io/pkgs/main/linux-64\n  - https://repo.continuum.io/pkgs/main/noarch',
      'python',
      'PackagesNotFoundError',
    ],
    [
      'C:\\hostedtoolcache\\windows\\dotnet\\sdk\\9.0.102\\Sdks\\Microsoft.NET.Sdk\\targets\\Microsoft.NET.TargetFrameworkInference.targets(166,5): error NETSDK1045: The current .NET SDK does not support targeting .NET 10.0.  Either target .NET 9.0 or lower, or use a version of the .NET SDK that supports .NET 10.0. Download the .NET SDK from https://aka.ms/dotnet/download [D:\\a\\1\\s\\src\\Microsoft.VisualStudio.SlnGen\\Microsoft.VisualStudio.SlnGen.csproj::TargetFramework=net10.0]',
      'csharp',
      'NETSDK1045',
    ],
    [
      "Microsoft.EntityFrameworkCore.Design.OperationException: Unable to create an object of type 'MyDbContext'. For the different patterns supported at design time, see https://go.microsoft.com/fwlink/?linkid=851728 ---> System.MissingMethodException: No parameterless constructor defined for this object.",
      'csharp',
      'OperationException',
    ],
    [
      "________________________________ ERROR collecting tmp/mymodule/__init__.py _________________________________\nImportError while importing test module '/Users/frazer/tmp/mymodule/__init__.py'.\nHint: make sure your test modules/packages have valid Python names.\nTraceback:\nmymodule/__init__.py:1: in <module>\n    raise ImportError\nE   ImportError\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!! Interrupted: 1 errors during collection !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n============================================= 1 error in 0.19s =============================================",
      'python',
      'ImportError',
    ],
    [
      "______________________ ERROR collecting .tmp/test_foo.py ______________________\nImportError while importing test module 'C:\\pytest\\.tmp\\test_foo.py'.\nHint: make sure your test modules/packages have valid Python names.\nTraceback:\ntest_foo.py:1: in <module>\n    import foo\nfoo.py:1: in <module>\n    from bar import non_existing\nE   ImportError: cannot import name 'non_existing'\n!!!!!!!!!!!!!!!!!!! Interrupted: 1 errors during collection !!!!!!!!!!!!!!!!!!!",
      'python',
      'ImportError',
    ],
    [
      "C:\\Users\\skeleten\\Source\\foo>cargo build\n   Compiling foo v0.1.0 (file:///C:/Users/skeleten/Source/foo)\nerror: failed to run custom build command for `foo v0.1.0 (file:///C:/Users/skeleten/Source/foo)`\nprocess didn't exit successfully: `C:\\Users\\skeleten\\Source\\foo\\target\\debug\\build\\foo-1b98bc985bb00deb\\build-script-build` (exit code: 101)\n--- stdout\nHello,\n\n--- stderr\nthread 'main' panicked at 'World!', build.rs:3",
      'rust',
      'failed to run custom build command',
    ],
    [
      ">    Compiling crush v0.1.0 (/home/user1/VirtualHome/src/crush)\n> error: failed to run custom build command for `crush v0.1.0 (/home/user1/VirtualHome/src/crush)`\n> \n> Caused by:\n>   process didn't exit successfully: `/home/user1/VirtualHome/src/crush/target/debug/build/crush-f42c0eeebe85968a/build-script-build` (exit code: 101)\n>   --- stdout\n>   processing file `/home/user1/VirtualHome/src/crush/src/lang/lalrparser.lalrpop`\n> \n>   --- stderr\n>   thread 'main' panicked at 'called `Result::unwrap()` on an `Err` value: Os { code: 2, kind: NotFound, message: \"No such file or directory\" }', build.rs:5:66\n>   note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace",
      'rust',
      'failed to run custom build command',
    ],
    [
      "Updating `ustc` index\n   Compiling version_check v0.9.3\n   Compiling cfg-if v1.0.0\nerror[E0463]: can't find crate for `core`\n  |\n  = note: the `wasm32-unknown-unknown` target may not be installed\n  = help: consider downloading the target with `rustup target add wasm32-unknown-unknown`\n  = help: consider building the standard library from source with `cargo build -Zbuild-std`\n\nFor more information about this error, try `rustc --explain E0463`.\nerror: could not compile `cfg-if` due to previous error",
      'rust',
      'E0463',
    ],
    [
      'Severity\tCode\tDescription\tProject\tFile\tLine\tSuppression State\nError\tNU1101\tUnable to find package Pluralsight.DDD.Deps. No packages exist with this id in source(s): Microsoft Visual Studio Offline Packages, nuget.org\tFrontDesk.Blazor.Host\tC:\\Users\\ArunPaul\\source\\repos\\DDD\\pluralsight-ddd-fundamentals\\FrontDesk\\src\\FrontDesk.Blazor.Host\\FrontDesk.Blazor.Host.csproj\t1',
      'csharp',
      'NU1101',
    ],
    [
      'ERROR: Could not find a version that satisfies the requirement install==1.3.5 (from versions: none)\nERROR: No matching distribution found for install==1.3.5',
      'python',
      'no matching distribution',
    ],
    [
      'UnsatisfiableError: The following specifications were found to be in conflict:\n  - conda 4.0.8* -> conda-env <2.5 -> python 2.7*\n  - python 3.6*\nUse "conda info <package>" to see the dependencies for each package.',
      'python',
      'UnsatisfiableError',
    ],
    [
      "UnsatisfiableError: The following specifications were found                                                                                 \nto be incompatible with the existing python installation in your environment:\n\nSpecifications:\n\n  - enum34 -> python[version='>=2.7,<2.8.0a0']\n\nYour python: python=3.7",
      'python',
      'UnsatisfiableError',
    ],
    ["ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)", 'sql', '2002'],
    ['$ ./create_db.sh\npsql: FATAL:  role "postgres" does not exist\npsql: FATAL:  role "postgres" does not exist', 'sql', '28000'],
    [
      'Unhandled exception. System.IO.IOException: Failed to bind to address http://127.0.0.1:5000: address already in use.\n ---> Microsoft.AspNetCore.Connections.AddressInUseException: 通常每个套接字地址(协议/网络地址/端口)只允许使用一次。\n ---> System.Net.Sockets.SocketException (10048): 通常每个套接字地址(协议/网络地址/端口)只允许使用一次。',
      'csharp',
      'IOException',
    ],
    [
      'Caused by: org.flywaydb.core.api.FlywayException: Found more than one migration with version 160\nOffenders:\n-> /opt/hertzbeat/file:/opt/hertzbeat/apache-hertzbeat-1.6.0.jar!/db/migration/h2/V160__update_column.sql (SQL)\n-> /opt/hertzbeat/file:/opt/hertzbeat/apache-hertzbeat-1.6.0.jar!/db/migration/mysql/V160__update_column.sql (SQL)',
      'java',
      'FlywayException',
    ],
    [
      '$ conda update -q conda\nCollecting package metadata (current_repodata.json): ...working... failed\n\nCondaHTTPError: HTTP 000 CONNECTION FAILED for url <https://repo.anaconda.com/pkgs/main/linux-64/current_repodata.json>\nElapsed: -\n\nAn HTTP error occurred when trying to retrieve this URL.\nHTTP errors are often intermittent, and a simple retry will get you on your way.',
      'python',
      'CondaHTTPError',
    ],
    ["Sqlcmd: Error: Microsoft ODBC Driver 17 for SQL Server : Login failed for user 'sa'..", 'sql', '18456'],
    [
      "2023-02-23 15:17:03.010 Error - BackgroundService failed\nSystem.InvalidOperationException: Unable to resolve service for type 'BuildingBlocks.Abstractions.Messaging.IBus' while attempting to activate 'BuildingBlocks.Core.Messaging.MessagePersistence.MessagePersistenceService'.\n   at Microsoft.Extensions.DependencyInjection.ServiceLookup.CallSiteFactory.CreateArgumentCallSites(Type implementationType, CallSiteChain callSiteChain, ParameterInfo[] parameters, Boolean throwIfCallSiteNotFound)",
      'csharp',
      'InvalidOperationException',
    ],
  ])('still answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});
