import type { ErrorPattern } from '../rules/error-pattern';
import { fix, ref } from './answer-parts';

/**
 * A third catalog pass over Python, C#, Rust and SQL tooling as people paste its errors from CI logs and
 * terminals, where the engine answered another language or "unknown error": mypy's and pyright's diagnostics
 * (by their error code or rule), pytest's fixture lookup and "import file mismatch", Jupyter's dead kernel and a
 * kernel without ipykernel, Alembic's revision errors logged without a traceback, conda's old "Unsatisfiable
 * package specifications", EF Core's design-time tool errors, Visual Studio's Error List row of a NETSDK code,
 * golang-migrate's dirty version, cargo's failed downloads and wasm-pack's missing wasm32 target.
 *
 * Types follow test/fixtures/errors/README.md: the class the tool raises where it is known (CommandError,
 * OperationException, FixtureLookupError, UnsatisfiableError), the checker's own code (mypy's `assignment`,
 * pyright's `reportAttributeAccessIssue`), otherwise the tool's short phrase.
 */

const MYPY_CODES = ref('mypy: Error codes enabled by default', 'https://mypy.readthedocs.io/en/stable/error_code_list.html');
const MYPY_IMPORTS = ref('mypy: Missing imports', 'https://mypy.readthedocs.io/en/stable/running_mypy.html#missing-imports');
const PYRIGHT_RULES = ref('Pyright: Configuration (diagnostic rules)', 'https://microsoft.github.io/pyright/#/configuration');
const PYTEST_FIXTURES = ref('pytest: How to use fixtures', 'https://docs.pytest.org/en/stable/how-to/fixtures.html');
const ALEMBIC_BRANCHES = ref('Alembic: Working with Branches', 'https://alembic.sqlalchemy.org/en/latest/branches.html');
const EF_DESIGN_TIME = ref('EF Core: Design-time DbContext Creation', 'https://learn.microsoft.com/ef/core/cli/dbcontext-creation');
const EF_PROJECTS = ref('EF Core: Using a Separate Migrations Project', 'https://learn.microsoft.com/ef/core/managing-schemas/migrations/projects');
const CARGO_NET = ref('Cargo: Configuration (net, http)', 'https://doc.rust-lang.org/cargo/reference/config.html#net');

/** mypy's code for a message printed without one (older mypy, or --hide-error-codes). */
const mypyCode = (msg: string): string => {
  if (/^Incompatible types in assignment/.test(msg)) return 'assignment';
  if (/^Skipping analyzing/.test(msg)) return 'import-untyped';
  if (/^Cannot find implementation or library stub/.test(msg)) return 'import-not-found';
  if (/^Incompatible return value type/.test(msg)) return 'return-value';
  if (/^Argument \d+ to .{1,200} has incompatible type/.test(msg)) return 'arg-type';
  if (/has no attribute/.test(msg)) return 'attr-defined';
  if (/^Name .{1,200} is not defined/.test(msg)) return 'name-defined';
  return 'misc';
};

export const PROGRAM_CATALOG3_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'python.mypy-diagnostic',
    language: 'python',
    // "file.py:12: error: Incompatible types in assignment (...)  [assignment]", also without the file (a module
    // mypy skipped) or without the code (older mypy): the code then comes from the message.
    match:
      /(?:^|\n)[ \t`>]{0,6}(?=[^\n]{0,300}?(?:\.pyi?:\d{1,6}(?::\d{1,5})?: error: |error: [^\n]{1,400} {1,2}\[[a-z][a-z-]{1,40}\]|error: Skipping analyzing "))(?:(?<file>[^\s:`'"]{1,200}\.pyi?):(?<line>\d{1,6})(?::\d{1,5})?: )?error: (?<msg>[^\n]{1,400}?)(?: {1,2}\[(?<code>[a-z][a-z-]{1,40})\])?`{0,3}[ \t]*(?=\n|$)/,
    requires: /\.pyi?:\d{1,6}(?::\d{1,5})?: error: |error: [^\n]{1,400} {1,2}\[[a-z][a-z-]{1,40}\]|error: Skipping analyzing "/,
    errorType: (c) => c.code ?? mypyCode(c.msg ?? ''),
    category: 'type',
    priority: 15,
    summary: (c) => `mypy reports${c.file ? ` in ${c.file}:${c.line}` : ''}: ${(c.msg ?? '').trim()}`,
    explanation:
      'mypy, the static type checker, found code whose types do not fit together (or a module it cannot type-check). The bracketed ' +
      'word is the error code: it names the check, and a `# type: ignore[code]` or a per-module setting can silence exactly that check.',
    causes: (c) => {
      const code = c.code ?? mypyCode(c.msg ?? '');
      if (code === 'import-untyped' || code === 'import')
        return [
          'The package is installed but ships no type information (no py.typed marker, no .pyi stubs)',
          'Stubs exist as a separate types-… package that is not installed in the environment mypy runs in',
        ];
      return [
        'A value of one type is assigned, passed or returned where another is declared',
        'An Optional value is used without a None check, or a variable is reused with another type',
        'A newer mypy (or typeshed) is stricter than the version the code was checked with before',
      ];
    },
    fixes: (c) => {
      const code = c.code ?? mypyCode(c.msg ?? '');
      if (code === 'import-untyped' || code === 'import')
        return [
          fix('Install the stubs, or tell mypy to skip that module', [
            'Look for a types-<package> stub package (mypy --install-types lists them), else ignore the import in the config',
          ], 'python -m pip install types-requests   # the stub package, when one exists\n# mypy.ini / setup.cfg\n[mypy-somepackage.*]\nignore_missing_imports = True'),
        ];
      return [
        fix(`Fix the type the [${code}] check points at`, [
          'Read the two types in the message: change the value, widen the annotation (a Union or Optional), or narrow with isinstance / a None check',
          `Only when the code is right and mypy cannot see it, silence this one check: # type: ignore[${code}]`,
        ], `x: int | None = compute()\nif x is not None:\n    use(x)\n# last resort, on that line only:\nvalue = legacy()  # type: ignore[${code}]`),
      ];
    },
    references: [MYPY_CODES, MYPY_IMPORTS],
    samples: [
      'src/json_generator/metadata_extractor.py:105: error: Incompatible types in assignment (expression has type "float", variable has type "int")  [assignment]',
      'monkeytype/tracing.py:81:31: error: Incompatible types in assignment (expression has type "object", variable has type "Optional[type]")\nFound 1 error in 1 file (checked 14 source files)',
      'error: Skipping analyzing "matchlib": module is installed, but missing library stubs or py.typed marker  [import-untyped]',
    ],
  },
  {
    id: 'python.pyright-diagnostic',
    language: 'python',
    // "main.py:4:50 - error: "CLIENT" is not a known attribute of module ".constants" (reportAttributeAccessIssue)";
    // the rule may close a continuation line of the message.
    match:
      /(?:(?<file>[^\s:]{1,200}\.pyi?):(?<line>\d{1,6}):\d{1,5} - )?error: (?<msg>[^\n]{1,300}?)(?:\n[ \t]{2,12}[^\n]{1,300}?){0,4} ?\((?<rule>report[A-Z][A-Za-z]{2,60})\)/,
    requires: /\(report[A-Z][A-Za-z]{2,60}\)/,
    errorType: (c) => c.rule ?? 'reportGeneralTypeIssues',
    category: 'type',
    priority: 20,
    summary: (c) => `Pyright reports${c.file ? ` in ${c.file}:${c.line}` : ''}: ${(c.msg ?? '').trim()} (${c.rule}).`,
    explanation:
      'Pyright (also Pylance in VS Code, and basedpyright) type-checks the code without running it. The name in parentheses is the ' +
      'diagnostic rule: its severity can be changed in pyrightconfig.json or [tool.pyright], and a `# pyright: ignore[rule]` comment ' +
      'silences it on one line.',
    causes: [
      'The attribute, argument or value does not exist or does not fit in the types Pyright sees (often the stubs of a library)',
      'A submodule used as an attribute without being imported, or stubs (typeshed or the package\'s .pyi) that omit a name the runtime has',
      'A newer Pyright, or its bundled typeshed stubs, is stricter than the version the code passed before',
    ],
    fixes: (c) => [
      fix(`Fix what ${c.rule} points at`, [
        'Import the submodule explicitly, correct the name, or narrow the type (isinstance, a None check) before the access',
        `When the runtime is right and the stubs are wrong, silence the rule on that line or lower it in the config`,
      ], `import pkg.submodule  # import submodules you use as attributes\n# one line:\nvalue = obj.attr  # pyright: ignore[${c.rule}]\n# pyrightconfig.json\n{ "${c.rule}": "warning" }`),
    ],
    references: [PYRIGHT_RULES],
    samples: [
      '/home/mick/projects/pyright-403-pymysql/main.py\n  /home/mick/projects/pyright-403-pymysql/main.py:4:50 - error: "CLIENT" is not a known attribute of module ".constants" (reportAttributeAccessIssue)\n1 error, 0 warnings, 0 informations',
      'error: Cannot access attribute "error_code" for class "PermissionError"\n    Attribute "error_code" is unknown (reportAttributeAccessIssue)',
    ],
  },
  {
    id: 'python.pytest-fixture-not-found',
    language: 'python',
    match: /fixture '(?<name>[^'\n]{1,100})' not found\s{1,40}>?\s{0,10}available fixtures:/,
    requires: /available fixtures:/,
    errorType: 'FixtureLookupError',
    category: 'name',
    priority: 20,
    summary: (c) => `pytest found no fixture named '${c.name}' for the test that asks for it.`,
    explanation:
      'pytest fills a test\'s parameters with fixtures of the same name, found in the test module, a conftest.py above it or an installed ' +
      'plugin. No fixture has this name here, so the test errors at setup (FixtureLookupError).',
    causes: (c) => [
      c.name === 'mocker'
        ? 'The pytest-mock plugin, which provides `mocker`, is not installed in the environment pytest runs in'
        : 'The plugin that provides the fixture is not installed, or the conftest.py defining it is not above the test',
      'A parameter that is not meant to be a fixture: mock.patch decorators with parameters in the wrong order, or a misspelt name',
    ],
    fixes: (c) => [
      fix(`Provide the '${c.name}' fixture`, [
        'Install the plugin that defines it (pytest-mock for mocker, pytest-asyncio for event_loop…) in the same environment as pytest',
        'Or define it in a conftest.py next to or above the tests; pytest --fixtures lists what is available',
      ], c.name === 'mocker' ? 'python -m pip install pytest-mock\npytest --fixtures | grep mocker' : `# conftest.py\nimport pytest\n\n@pytest.fixture\ndef ${/^[A-Za-z_]\w*$/.test(c.name ?? '') ? c.name : 'my_fixture'}():\n    return ...`),
    ],
    references: [PYTEST_FIXTURES],
    samples: [
      "  @pytest.fixture\n  def request(mocker):\nE       fixture 'mocker' not found\n>       available fixtures: cache, capfd, capsys, doctest_namespace, mock, mocker, monkeypatch, pytestconfig, record_xml_property, recwarn, request, requests_get, tmpdir, tmpdir_factory\n>       use 'pytest --fixtures [testpath]' for help on them.",
    ],
  },
  {
    id: 'python.pytest-import-file-mismatch',
    language: 'python',
    match: /import file mismatch:\s{0,20}imported module '(?<module>[^'\n]{1,200})' has this __file__ attribute/,
    errorType: 'import file mismatch',
    category: 'configuration',
    priority: 20,
    summary: (c) => `pytest found two test files that import as the same module '${c.module}'.`,
    explanation:
      'In its default import mode pytest imports each test file by its basename (and package path). Two test files with the same name ' +
      'outside packages, or a stale __pycache__ from a copy of the project elsewhere, give one module name two files, and pytest stops.',
    causes: [
      'Two test files with the same basename in directories without __init__.py',
      'Stale __pycache__ / .pyc files left from the project at another path (a moved or copied checkout, a container mount)',
    ],
    fixes: (c) => [
      fix('Remove the stale caches, or make the test module names unique', [
        `Delete __pycache__ directories and .pyc files, then rerun; if two test files really import as '${c.module}', rename one`,
        'Or add __init__.py files, or use --import-mode=importlib',
      ], 'find . -name __pycache__ -type d -prune -exec rm -rf {} +\npytest --import-mode=importlib'),
    ],
    references: [ref('pytest: Test discovery and import modes', 'https://docs.pytest.org/en/stable/explanation/pythonpath.html')],
    samples: [
      "import file mismatch:\nimported module 'test.test_graclus' has this __file__ attribute:\n  /home/eman/rusty1s/pytorch_cluster/test/test_graclus.py\nwhich is not the same as the test file we want to collect:\n  /home/eman/Pytorch_Installation/pytorch_cluster/test/test_graclus.py\nHINT: remove __pycache__ / .pyc files and/or use a unique basename for your test file modules",
    ],
  },
  {
    id: 'python.jupyter-no-ipykernel',
    language: 'python',
    // The kernel process is `python -m ipykernel_launcher`; the interpreter it names has no ipykernel.
    match: /(?<python>[^\s'"]{0,300}python[\w.]{0,12}(?:\.exe)?): No module named ipykernel_launcher/,
    requires: /No module named ipykernel_launcher/,
    errorType: 'ModuleNotFoundError',
    category: 'dependency',
    priority: 25,
    summary: (c) => `The Jupyter kernel cannot start: ${c.python} has no ipykernel installed.`,
    explanation:
      'A Python kernel is started as `python -m ipykernel_launcher` with the interpreter the kernel spec (or VS Code) chose. That ' +
      'interpreter has no ipykernel package, so the kernel dies at once and Jupyter keeps restarting it.',
    causes: [
      'The notebook uses a virtual environment or interpreter in which ipykernel was never installed',
      'A kernel spec points at an interpreter that was upgraded, moved or deleted',
    ],
    fixes: (c) => [
      fix('Install ipykernel into that interpreter', ['Use the interpreter from the message, then restart the kernel'], `${c.python} -m pip install ipykernel\n# register a virtual environment as a kernel\n${c.python} -m ipykernel install --user --name myenv`),
    ],
    references: [ref('IPython: Installing the IPython kernel', 'https://ipython.readthedocs.io/en/stable/install/kernel_install.html')],
    samples: [
      '[I 22:20:15.256 NotebookApp] Kernel started: e33b431f-ed0b-4b81-ae69-f2cbe1ede3ad\n/usr/bin/python: No module named ipykernel_launcher\n[I 22:20:18.258 NotebookApp] KernelRestarter: restarting kernel (1/5)',
    ],
  },
  {
    id: 'python.jupyter-kernel-died',
    language: 'python',
    match:
      /The kernel(?: for (?<notebook>[^\s]{1,200}))? appears to have died\. It will restart automatically|The kernel has died, and the automatic restart has failed/,
    errorType: 'kernel died',
    category: 'runtime',
    priority: 10,
    summary: (c) => `The Jupyter kernel${c.notebook ? ` of ${c.notebook}` : ''} process exited while running the notebook.`,
    explanation:
      'The notebook front end lost its kernel process: it crashed or was killed, most often by the operating system for running out of ' +
      'memory, or by a native library that crashed. The Python traceback, if any, is in the terminal or log of the Jupyter server.',
    causes: [
      'The cell used more memory than the machine or container allows, and the OOM killer ended the kernel',
      'A native extension (numpy, torch, tensorflow, a C library) crashed the process: a segmentation fault or an illegal instruction',
      'The kernel cannot start at all (ipykernel missing, a broken environment): the server log shows why',
    ],
    fixes: [
      fix('Find why the kernel process died', [
        'Read the Jupyter server\'s terminal or log for the kernel\'s last output, and check memory use while the cell runs',
        'Run the same code as a script: a Python error or "Killed" / "Segmentation fault" shows there',
      ], 'jupyter notebook --debug   # the server log shows the kernel\'s stderr\npython my_cell_code.py\ndmesg | tail   # "Out of memory: Killed process"'),
    ],
    references: [ref('Jupyter: What to do when things go wrong', 'https://docs.jupyter.org/en/latest/troubleshooting/troubleshooting.html')],
    samples: ['The kernel for yahboom/draw/draw.ipynb appears to have died. It will restart automatically.'],
  },
  {
    id: 'python.alembic-command-error',
    language: 'python',
    // Alembic's CLI logs its CommandError as "ERROR [alembic.util.messaging] …" and "FAILED: …", an app as the class.
    match:
      /(?:alembic\.util(?:\.exc)?\.CommandError: |(?:ERROR )?\[alembic\.util\.messaging\] |FAILED: |ERROR \[root\] Error: |(?:^|\n)[ \t]{0,8})(?<msg>Can't locate revision identified by '(?<rev>[^'\n]{1,60})'|Multiple heads? (?:revisions )?(?:are|is) present[^\n]{0,300}|Target database is not up to date\.?|Can't find identifier[^\n]{0,200})/,
    requires: /Can't locate revision|Multiple heads? (?:revisions )?(?:are|is) present|Target database is not up to date|Can't find identifier/,
    errorType: 'CommandError',
    category: 'database',
    priority: 25,
    summary: (c) => `Alembic stopped: ${c.msg}`,
    explanation:
      'Alembic keeps the current revision of the database in its alembic_version table and the revision graph in the versions/ scripts. ' +
      'It raises CommandError when the two do not fit: the database names a revision no script has, the scripts have more than one head, ' +
      'or a new revision is generated while the database is behind the scripts.',
    causes: (c) =>
      c.rev
        ? [
            `The database was upgraded to revision ${c.rev} by another branch or a newer version of the app, whose script is not here`,
            'The migration script was deleted or renamed, or alembic runs with another script_location than the one that wrote the database',
          ]
        : [
            'Two migrations were created from the same parent on different branches and both merged (two heads)',
            'The database is older than the newest script: upgrade it before generating another revision',
          ],
    fixes: (c) =>
      c.rev
        ? [
            fix('Make the database and the scripts agree', [
              `Restore the script of revision ${c.rev} (check out the branch that created it), or stamp the database with a revision the scripts know`,
            ], `alembic history | head\nalembic current\n# only if the schema really matches that revision:\nalembic stamp <known_revision>   # or: UPDATE alembic_version SET version_num = '<known_revision>';`),
          ]
        : [
            fix('Merge the heads, or upgrade the database first', [
              'List the heads and join them with a merge revision; upgrade to head before autogenerating a new revision',
            ], 'alembic heads\nalembic merge -m "merge heads" heads\nalembic upgrade head'),
          ],
    references: [ALEMBIC_BRANCHES, ref('Alembic: Tutorial', 'https://alembic.sqlalchemy.org/en/latest/tutorial.html')],
    samples: [
      "ERROR [alembic.util.messaging] Can't locate revision identified by 'd259a9bca9e7'",
      "# docker-compose exec muesli alembic upgrade head        \nINFO  [alembic.runtime.migration] Context impl PostgresqlImpl.\nINFO  [alembic.runtime.migration] Will assume transactional DDL.\nERROR [alembic.util.messaging] Multiple head revisions are present for given argument 'head'; please specify a specific target revision, '<branchname>@head' to narrow to a specific head, or 'heads' for all heads\n  FAILED: Multiple head revisions are present for given argument 'head'; please specify a specific target revision, '<branchname>@head' to narrow to a specific head, or 'heads' for all heads",
    ],
  },
  {
    id: 'python.conda-unsatisfiable-old',
    language: 'python',
    match: /Error: Unsatisfiable package specifications\./,
    errorType: 'UnsatisfiableError',
    category: 'dependency',
    priority: 20,
    summary: 'conda found no set of packages that satisfies all the requested specifications together.',
    explanation:
      'Older conda (before 4.4) reports its UnsatisfiableError this way: the solver could not pick versions that satisfy every requested ' +
      'package and their dependencies at once; the hint below lists the combinations that conflict.',
    causes: [
      'A package has no build for the environment\'s Python version (for example only Python 2.7 builds)',
      'Pinned versions that exclude each other, or channels that do not carry the needed builds',
    ],
    fixes: [
      fix('Relax the conflicting specifications', [
        'Create a fresh environment with a Python version the package supports, or install from conda-forge, or update conda itself',
      ], 'conda update -n base conda\nconda create -n env python=3.10 -c conda-forge somepackage'),
    ],
    references: [ref('conda: Troubleshooting', 'https://docs.conda.io/projects/conda/en/latest/user-guide/troubleshooting.html')],
    samples: [
      '$conda install Theano\nFetching package metadata: ......\nSolving package specifications: ..\nError: Unsatisfiable package specifications.\nGenerating hint: \n\nHint: the following combinations of packages create a conflict with the\nremaining packages:\n  - python 3.4*\n  - theano',
    ],
  },
  {
    id: 'csharp.ef-design-time',
    language: 'csharp',
    // dotnet ef prints only the OperationException's message unless --verbose shows the class.
    match:
      /Unable to create an object of type '(?<context>[^'\n]{1,200})'\. (?:For the different patterns supported at design time|Add an implementation of 'IDesignTimeDbContextFactory)|Unable to create a 'DbContext' of type '(?<context2>[^'\n]{0,200})'|Your target project '(?<target>[^'\n]{1,200})' doesn't match your migrations assembly '(?<assembly>[^'\n]{1,200})'/,
    requires: /Unable to create (?:an object of type|a 'DbContext' of type)|doesn't match your migrations assembly/,
    errorType: 'OperationException',
    category: 'configuration',
    priority: 20,
    summary: (c) =>
      c.target
        ? `dotnet ef ran against project '${c.target}', but the migrations belong to assembly '${c.assembly}'.`
        : `The EF Core tools could not create the DbContext${c.context ?? c.context2 ? ` '${c.context ?? c.context2}'` : ''} at design time.`,
    explanation:
      'The EF Core tools (dotnet ef, Add-Migration) build the startup project and create the DbContext themselves: through the app\'s host ' +
      '(Program.CreateHostBuilder or the minimal-API builder), an IDesignTimeDbContextFactory, or a parameterless constructor. They raise ' +
      'OperationException when none of those works, or when migrations would be added to a project other than the migrations assembly.',
    causes: (c) =>
      c.target
        ? ['The command runs in (or --project points at) the startup project while MigrationsAssembly is another project, or the names differ only in case']
        : [
            'The startup project does not build the context through its host (no CreateHostBuilder, or the app throws while starting: a missing connection string or environment variable)',
            'The context has only a constructor taking DbContextOptions and no IDesignTimeDbContextFactory, or the wrong startup project is used',
          ],
    fixes: (c) =>
      c.target
        ? [
            fix('Point the tools at the migrations project', ['Pass the migrations project and the startup project explicitly, or set MigrationsAssembly to the project that holds the migrations'], `dotnet ef migrations add Init --project ${c.assembly} --startup-project ${c.target}\n// or\noptions.UseSqlServer(conn, b => b.MigrationsAssembly("${c.target}"));`),
          ]
        : [
            fix('Give the tools a way to create the context', [
              'Run with --verbose to see the inner exception, and pass --startup-project for the app that configures the context',
              'Or add an IDesignTimeDbContextFactory next to the context',
            ], `dotnet ef migrations add Init --project Data --startup-project Web --verbose\n\npublic class ${c.context ?? 'AppDbContext'}Factory : IDesignTimeDbContextFactory<${c.context ?? 'AppDbContext'}>\n{\n    public ${c.context ?? 'AppDbContext'} CreateDbContext(string[] args) =>\n        new(new DbContextOptionsBuilder<${c.context ?? 'AppDbContext'}>().UseSqlServer("<connection string>").Options);\n}`),
          ],
    references: [EF_DESIGN_TIME, EF_PROJECTS],
    samples: [
      "><> dotnet ef migrations add update --context SqliteDataContext --output-dir Migrations/Sqlite/\nBuild started...\nBuild succeeded.\nUnable to create an object of type 'SqliteDataContext'. For the different patterns supported at design time, see https://go.microsoft.com/fwlink/?linkid=851728",
      "dotnet : Your target project 'scheduler.API' doesn't match your migrations assembly 'Scheduler.API'. Either change your target project or change your migrations assembly.",
    ],
  },
  {
    id: 'csharp.vs-error-list-netsdk',
    language: 'csharp',
    // Visual Studio's Error List copied as tab-separated columns: Severity, Code, Description, Project, File, Line.
    match: /(?:^|\n)Error\t(?<code>NETSDK\d{4})\t(?<msg>[^\t\n]{1,400})/,
    requires: /\tNETSDK\d{4}\t/,
    errorType: (c) => c.code ?? 'NETSDK',
    category: 'build',
    priority: 20,
    summary: (c) => `The .NET SDK stopped the build with ${c.code}: ${(c.msg ?? '').trim()}`,
    explanation:
      'NETSDK codes come from the .NET SDK\'s own MSBuild targets, not from the compiler: the SDK found the project cannot be built as ' +
      'configured (a target framework it does not support, a runtime identifier, an assets file that restore did not write).',
    causes: [
      'The installed SDK is older than the TargetFramework (NETSDK1045), or a global.json pins an older SDK',
      'Visual Studio uses its own SDK, older than the one on the command line',
    ],
    fixes: (c) => [
      fix(`Look up ${c.code} and match the SDK to the project`, [
        'Compare dotnet --list-sdks with the TargetFramework and any global.json; install the SDK the project needs or update Visual Studio',
      ], 'dotnet --list-sdks\ndotnet --version   # honours global.json\ncat global.json'),
    ],
    references: [ref('.NET SDK error list', 'https://learn.microsoft.com/dotnet/core/tools/sdk-errors/')],
    samples: [
      'Severity\tCode\tDescription\tProject\tFile\tLine\tSuppression State\nError\tNETSDK1045\tThe current .NET SDK does not support targeting .NET 9.0.  Either target .NET 8.0 or lower, or use a version of the .NET SDK that supports .NET 9.0. Download the .NET SDK from https://aka.ms/dotnet/download\tConsoleApp1\tC:\\dotnet\\sdk\\9.0.100-alpha.1.23474.1\\Sdks\\Microsoft.NET.Sdk\\targets\\Microsoft.NET.TargetFrameworkInference.targets\t166\t',
    ],
  },
  {
    id: 'go.migrate-dirty-database',
    language: 'go',
    match: /Dirty database version (?<version>-?\d{1,20})\. Fix and force version/,
    errorType: 'Dirty database version',
    category: 'database',
    priority: 20,
    summary: (c) => `golang-migrate refuses to run: migration ${c.version} failed part-way and left the database marked dirty.`,
    explanation:
      'golang-migrate records the version and a dirty flag in schema_migrations. It sets the flag before running a migration and clears ' +
      'it after; a migration that failed leaves it set, and migrate will not run anything until someone checks what was applied and ' +
      'forces the version that reflects the real state.',
    causes: (c) => [
      `Migration ${c.version} failed (an SQL error, a timeout, a killed process) and was applied partly or not at all`,
      'Two instances ran migrations at the same time on a database without locking',
    ],
    fixes: (c) => [
      fix('Repair the schema by hand, then force the version', [
        `Check which statements of migration ${c.version} took effect; undo them (or finish them), fix the migration file`,
        `Force the last fully applied version (${c.version} if it finished, the one before it if not), then run up again`,
      ], `migrate -path ./migrations -database "$DATABASE_URL" force <last_good_version>\nmigrate -path ./migrations -database "$DATABASE_URL" up\n-- or in SQL: UPDATE schema_migrations SET version = <last_good_version>, dirty = false;`),
    ],
    references: [ref('golang-migrate: FAQ (dirty database)', 'https://github.com/golang-migrate/migrate/blob/master/FAQ.md'), ref('golang-migrate: Getting started (forcing the version)', 'https://github.com/golang-migrate/migrate/blob/master/GETTING_STARTED.md')],
    samples: [
      'level=fatal msg="setup storage error: storage: migrate up error: Dirty database version 27. Fix and force version."',
      'error: Dirty database version 0. Fix and force version.',
    ],
  },
  {
    id: 'rust.cargo-download-failed',
    language: 'rust',
    match: /failed to download from `(?<url>https?:\/\/[^`\s]{1,300})`/,
    errorType: 'failed to download',
    category: 'network',
    priority: 15,
    summary: (c) => `cargo could not download ${c.url}.`,
    explanation:
      'cargo fetches the crates a build needs (and the sparse index) over HTTPS from crates.io or the configured registry. It retried ' +
      '("spurious network error") and gave up: the cause under "Caused by:" is the network error (no connection, a timeout, a DNS ' +
      'failure, an HTTP 5xx from the registry, a proxy).',
    causes: [
      'No network access from the machine or CI runner, or a proxy / firewall that cargo is not configured for',
      'A temporary outage or rate limiting of crates.io or the mirror (HTTP 502/503/504)',
      'DNS that cannot resolve index.crates.io / static.crates.io, or a broken HTTP/2 or curl version',
    ],
    fixes: [
      fix('Check the connection, then retry with more patience', [
        'Retry; raise cargo\'s retries and timeout, configure the proxy, or fall back to HTTP/1.1',
        'In CI, cache ~/.cargo/registry so builds do not download everything each time',
      ], 'curl -I https://index.crates.io/config.json\nexport CARGO_NET_RETRY=10 CARGO_HTTP_TIMEOUT=120\n# ~/.cargo/config.toml\n[http]\nproxy = "http://proxy.example:3128"\nmultiplexing = false'),
    ],
    references: [CARGO_NET],
    samples: [
      "cargo build\nwarning: spurious network error (2 tries remaining): [7] Couldn't connect to server\nwarning: spurious network error (1 tries remaining): [7] Couldn't connect to server\nerror: failed to download from `https://crates.io/api/v1/crates/unicode-width/0.1.9/download`\n\nCaused by:\n  [7] Couldn't connect to server",
    ],
  },
  {
    id: 'rust.wasm-pack-target-not-found',
    language: 'rust',
    match: /(?<target>wasm32-unknown-unknown) target not found(?: in sysroot: "(?<sysroot>[^"\n]{1,200})")?/,
    errorType: 'target not found',
    category: 'build',
    priority: 20,
    summary: (c) => `wasm-pack found no standard library for ${c.target}${c.sysroot ? ` in the sysroot ${c.sysroot}` : ''}.`,
    explanation:
      'wasm-pack compiles the crate for wasm32-unknown-unknown, which needs that target\'s prebuilt standard library in the sysroot of the ' +
      'rustc it runs. With rustup it adds the target itself; a rustc from the system package manager or a snap has no rustup to ask.',
    causes: [
      'rustc comes from the distribution (or a snap) rather than rustup, and that install has no wasm32 standard library',
      'Another rustc earlier on PATH than the rustup toolchain where the target was added',
    ],
    fixes: [
      fix('Add the target to the rustc wasm-pack uses', [
        'Check which rustc runs; with rustup, add the target to that toolchain, else install the distribution\'s wasm32 rust-std package or switch to rustup',
      ], 'which rustc && rustc --print sysroot\nrustup target add wasm32-unknown-unknown\n# Debian/Ubuntu without rustup: install the libstd-rust wasm32 package, or use rustup'),
    ],
    references: [ref('wasm-pack: Non-rustup setups', 'https://rustwasm.github.io/wasm-pack/book/prerequisites/non-rustup-setups.html')],
    samples: ['zach@dev03 ~/wasm-pack-template> ../wasm-pack/target/release/wasm-pack build\n[INFO]: Checking for the Wasm target...\nError: wasm32-unknown-unknown target not found!'],
  },
  {
    id: 'rust.cross-no-container-engine',
    language: 'rust',
    match: /no container engine found; install docker or podman/,
    errorType: 'no container engine found',
    category: 'configuration',
    priority: 20,
    summary: 'cross found neither docker nor podman to run its build container.',
    explanation:
      'cross builds each target inside a container image that carries the cross toolchain and C libraries, and starts it with docker or ' +
      'podman (or the engine named by CROSS_CONTAINER_ENGINE). Neither was found on PATH, which is the usual case inside a CI container ' +
      'or a dev container without the docker CLI.',
    causes: [
      'Docker or Podman is not installed, or not on PATH for the user running cross',
      'cross runs inside a container that has no docker CLI and no access to the host\'s docker socket',
    ],
    fixes: [
      fix('Give cross a container engine', [
        'Install docker or podman, or point CROSS_CONTAINER_ENGINE at one; inside a container mount the host\'s socket and set CROSS_CONTAINER_IN_CONTAINER',
      ], 'docker --version || podman --version\nexport CROSS_CONTAINER_ENGINE=podman\n# inside a container:\ndocker run -v /var/run/docker.sock:/var/run/docker.sock -e CROSS_CONTAINER_IN_CONTAINER=true ...'),
    ],
    references: [ref('cross: Getting started (dependencies)', 'https://github.com/cross-rs/cross/wiki/Getting-Started')],
    samples: [
      "info: installing component 'rust-std' for 'mips-unknown-linux-gnu'\nerror: no container engine found; install docker or podman\n   0: error_chain::backtrace::imp::InternalBacktrace::new\n   1: cross::docker::docker_command",
    ],
  },
  {
    id: 'java.flyway-cli-error',
    language: 'java',
    // The Flyway command line prints its FlywayException as "ERROR: <message>".
    match:
      /(?:^|\n)ERROR: (?<msg>Found more than one migration with version (?<version>[^\s]{1,60})[^\n]{0,400}|Validate failed[.:] [^\n]{1,300})/,
    requires: /Found more than one migration with version|Validate failed[.:] /,
    errorType: 'FlywayException',
    category: 'database',
    priority: 20,
    summary: (c) => `Flyway refused the migrations: ${c.msg}`,
    explanation:
      'Flyway checks the migration scripts it finds against each other and against its schema history table before it migrates. Two ' +
      'scripts with one version, or a history that does not match the scripts (changed checksums, missing or pending versions), make ' +
      'it stop with a FlywayException before running anything.',
    causes: (c) =>
      c.version
        ? [
            `Two migration files both use version ${c.version} (parallel branches merged, or a copy left in another location)`,
            'The same locations are scanned twice (src/main/resources and target/classes, or two vendor folders for different databases)',
          ]
        : [
            'An applied migration was edited after it ran (checksum mismatch), or a new file has a version below the last applied one',
            'The database was migrated by another version of the application',
          ],
    fixes: (c) =>
      c.version
        ? [
            fix(`Give each migration its own version`, [
              `Rename the newer file with version ${c.version} to the next free version; make sure each database vendor folder is scanned alone`,
            ], `ls db/migration | grep "V${c.version}__"\ngit mv db/migration/V${c.version}__newer.sql db/migration/V<next>__newer.sql`),
          ]
        : [
            fix('Make the history and the scripts agree', [
              'Restore the edited script, or repair the history if the change is intended; allow out-of-order versions only on purpose',
            ], 'flyway info\nflyway repair\n# or, for a version below the last applied one:\nflyway -outOfOrder=true migrate'),
          ],
    references: [ref('Flyway: Validate', 'https://documentation.red-gate.com/fd/validate-277578888.html'), ref('Flyway: Repair', 'https://documentation.red-gate.com/fd/repair-277578887.html')],
    samples: [
      'ERROR: Found more than one migration with version 20250917094123 Offenders: -> V20250917094123__payments_payment_methods_index.sql -> V20250917094123__bundles_index.sql',
    ],
  },
  {
    id: 'sql.odbc-native-error',
    language: 'sql',
    // A program printing the ODBC diagnostic record: "ODBC ERROR State: 28000, Native error: 18456, Message: [Microsoft]…".
    match: /ODBC ERROR State: (?<state>[0-9A-Z]{5}), Native error: (?<code>-?\d{1,7}), Message: (?<msg>[^\n]{1,400})/,
    errorType: (c) => (c.code && c.code !== '0' ? c.code : (c.state ?? 'ODBC error')),
    category: 'database',
    priority: 15,
    summary: (c) => `The database answered through ODBC with error ${c.code} (SQLSTATE ${c.state}): ${c.msg}`,
    explanation:
      'The program printed the ODBC driver\'s diagnostic record: the SQLSTATE, the server\'s own error number (the native error) and its ' +
      'message. The native error is the one to look up: for SQL Server, 18456 is a failed login, 4060 a database the login cannot open.',
    causes: (c) =>
      c.code === '18456'
        ? ['Wrong user name or password, an empty user name (the DSN or connection string gives none), or SQL authentication disabled on the server']
        : ['The server rejected the request with this error; its message says why'],
    fixes: (c) => [
      fix(`Look up error ${c.code} and fix the connection or the statement`, [
        'Check the connection string or DSN the program uses (UID, PWD, DATABASE, Trusted_Connection) and test the same values with the server\'s own client',
      ], 'sqlcmd -S <server> -U <user> -P <password> -Q "SELECT 1"\n# the SQL Server error log gives the State of an 18456 (the exact reason)'),
    ],
    references: [ref('SQL Server: MSSQLSERVER_18456', 'https://learn.microsoft.com/sql/relational-databases/errors-events/mssqlserver-18456-database-engine-error'), ref('ODBC: Diagnostics', 'https://learn.microsoft.com/sql/odbc/reference/develop-app/diagnostics')],
    samples: [
      "ODBC ERROR State: 28000, Native error: 18456, Message: [Microsoft][ODBC Driver 17 for SQL Server][SQL Server]Login failed for user ''.\nODBC ERROR State: 28000, Native error: 18456, Message: [Microsoft][ODBC Driver 17 for SQL Server][SQL Server]Login failed for user ''.",
    ],
  },
];
