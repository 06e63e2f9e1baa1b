import type { ErrorPattern } from '../rules/error-pattern';
import type { Fix, Reference } from '../translation';
import { fix } from './answer-parts';

/**
 * Python: the most frequent errors first. Patterns read the normalised text (the root cause of
 * a chained traceback), so `^Name: message$` lines with the `m` flag are the usual shape.
 */

const exc = (name: string): Reference => ({
  title: `Python docs: built-in exception ${name}`,
  url: `https://docs.python.org/3/library/exceptions.html#${name}`,
});
const ERRORS_TUTORIAL: Reference = { title: 'Python tutorial: Errors and Exceptions', url: 'https://docs.python.org/3/tutorial/errors.html' };
const FAQ: Reference = { title: 'Python programming FAQ', url: 'https://docs.python.org/3/faq/programming.html' };
const INSTALLING: Reference = {
  title: 'Python Packaging User Guide: Installing packages',
  url: 'https://packaging.python.org/en/latest/tutorials/installing-packages/',
};
const VENV: Reference = { title: 'Python docs: venv', url: 'https://docs.python.org/3/library/venv.html' };
const IMPORT_SYSTEM: Reference = { title: 'Python reference: The import system', url: 'https://docs.python.org/3/reference/import.html' };
const ASYNCIO_DEV: Reference = { title: 'Python docs: Developing with asyncio', url: 'https://docs.python.org/3/library/asyncio-dev.html' };
const REQUESTS: Reference = { title: 'Requests: Quickstart (errors and exceptions)', url: 'https://requests.readthedocs.io/en/latest/user/quickstart/' };


/** Import names whose PyPI distribution is called something else. */
const PIP_NAMES: Readonly<Record<string, string>> = {
  cv2: 'opencv-python',
  sklearn: 'scikit-learn',
  skimage: 'scikit-image',
  yaml: 'PyYAML',
  PIL: 'Pillow',
  bs4: 'beautifulsoup4',
  dotenv: 'python-dotenv',
  jwt: 'PyJWT',
  dateutil: 'python-dateutil',
  Crypto: 'pycryptodome',
  serial: 'pyserial',
  psycopg2: 'psycopg2-binary',
  MySQLdb: 'mysqlclient',
  docx: 'python-docx',
  fitz: 'PyMuPDF',
  attr: 'attrs',
  OpenSSL: 'pyOpenSSL',
  win32api: 'pywin32',
};
/** Standard-library modules that go missing for reasons pip cannot fix. */
const STDLIB_NOTES: Readonly<Record<string, string>> = {
  distutils: 'distutils was removed from the standard library in Python 3.12; installing setuptools provides a replacement, and upgrading the package that imports it usually removes the need.',
  tkinter: 'tkinter is part of Python but some Linux distributions ship it separately (e.g. apt install python3-tk).',
  _tkinter: 'tkinter is part of Python but some Linux distributions ship it separately (e.g. apt install python3-tk).',
  _sqlite3: 'this Python was built without the SQLite library; install the SQLite development package and rebuild/reinstall Python (common with pyenv).',
  _ctypes: 'this Python was built without libffi; install the libffi development package and rebuild/reinstall Python (common with pyenv).',
  _ssl: 'this Python was built without OpenSSL; install the OpenSSL development package and rebuild/reinstall Python.',
  _bz2: 'this Python was built without bzip2; install the bzip2 development package and rebuild/reinstall Python.',
  _lzma: 'this Python was built without liblzma; install the xz/lzma development package and rebuild/reinstall Python.',
};
const topLevel = (module: string | undefined): string => (module ?? '').split('.')[0];
const pipName = (module: string | undefined): string => PIP_NAMES[topLevel(module)] ?? topLevel(module);
/** "a 'str'" but "an 'int'": the article for a quoted type name. */
const a = (type: string | undefined): string => `${/^[aeiou]/i.test(type ?? '') ? 'an' : 'a'} '${type ?? 'object'}'`;

/** Windows system error codes seen in Python: [what, why, causes]. Messages are localised; codes are not. */
const WINERROR: Readonly<Record<string, readonly [string, string, string[]]>> = {
  '2': ['the file (or program) was not found', 'Windows found no file at that path; from subprocess it usually means the program is not on PATH.', ['The program started by subprocess is not installed or not on PATH', 'A wrong or relative path']],
  '3': ['the path was not found', 'A folder in the path does not exist.', ['A folder in the path does not exist', 'A path built for another machine or OS']],
  '5': ['access is denied', 'Windows refused access: the user lacks permission, the file is read-only, or antivirus/another process has it locked.', ['Writing into Program Files or the Python installation without admin rights', 'The file is read-only or locked by antivirus or another program']],
  '32': ['the file is in use by another process', 'Another process (or your own code, through a file that is still open) holds the file, so it cannot be moved, deleted or written.', ['The file is open in Excel, an editor or a viewer', 'Your code still has the file open (no with-block / close())', 'Antivirus or a sync client (OneDrive) scanning it']],
  '126': ['a DLL (module) could not be found', 'A native extension or one of the DLLs it depends on is missing: often the Visual C++ Redistributable, or a CUDA/driver DLL for GPU builds.', ['Microsoft Visual C++ Redistributable missing', 'A package build that does not match the CPU/GPU setup (e.g. a CUDA build of PyTorch without the driver)']],
  '127': ['a procedure in a DLL could not be found', 'A DLL was found but is a different version than the extension was built against.', ['Two versions of the same DLL on PATH', 'A package built against another library version']],
  '183': ['the file already exists', 'The target already exists, and Windows does not overwrite it for this call (os.rename, os.mkdir).', ['os.rename onto an existing file (use os.replace)', 'os.mkdir on an existing folder (use exist_ok=True)']],
  '193': ['it is not a valid Win32 application', 'A 32-bit/64-bit mismatch between Python and a DLL or program, or a file that is not an executable.', ['A 32-bit DLL loaded into 64-bit Python (or the reverse)', 'A damaged or wrong-platform binary']],
  '206': ['the file name or extension is too long', 'The path exceeds the 260-character limit of Windows APIs.', ['Deeply nested folders (node_modules, site-packages) and long paths disabled']],
  '1114': ['a DLL initialization routine failed', 'A native library failed while loading (common with PyTorch c10.dll after driver or Visual C++ runtime changes).', ['Missing or outdated Visual C++ runtime', 'A GPU build without a matching driver']],
  '10013': ['access to the socket is forbidden', 'The port is reserved by Windows (Hyper-V/WSL excluded port ranges) or blocked.', ['The port falls in a reserved range (netsh … excludedportrange)']],
  '10048': ['the address (port) is already in use', 'Another process already listens on that port.', ['A previous instance of the server still runs', 'Another program uses the port']],
  '10053': ['the connection was aborted by the local machine', 'Software on this machine (firewall, antivirus, a timeout) aborted the connection.', ['Firewall or antivirus interference', 'A timeout on this side']],
  '10054': ['the connection was reset by the remote host', 'The server (or a proxy) closed the connection abruptly.', ['The server crashed or restarted', 'A proxy, load balancer or firewall dropped the connection', 'TLS or protocol mismatch']],
  '10060': ['the connection attempt timed out', 'No answer from the host within the timeout: it is down, unreachable, or a firewall drops the packets.', ['The host is down or unreachable', 'A firewall or proxy is required/blocks the port']],
  '10061': ['the connection was refused', 'Nothing listens on that host and port.', ['The server is not running', 'Wrong host or port']],
};

/** What to do about a WinError, by code (the first step naming the error is added by the pattern). */
function winErrorFixes(c: Readonly<Record<string, string>>): Fix[] {
  const code = c.code ?? '';
  const target = c.path ?? 'the file';
  if (code === '32') return [fix(`Close the program that holds ${target}`, ['Close Excel/editors/viewers that have it open; on your own code, close files (with open(...) as f:) before renaming or deleting them.', 'Resource Monitor (resmon) > CPU > Associated Handles finds the process holding it.'], 'with open(path, "rb") as f:\n    data = f.read()\n# the file is closed here; now it can be moved or deleted')];
  if (code === '5') return [fix(`Get write access to ${target}`, ['Write to a folder you own (your user profile, %LOCALAPPDATA%, a temp folder) instead of Program Files or the Python installation.', 'Run the shell as administrator only for installs that need it; antivirus can also lock new files briefly.'])];
  if (code === '2' || code === '3') return [fix(`Check that ${c.path ?? 'the file or program'} exists`, ['For subprocess calls, the program must be on PATH (or give its full path); shell built-ins such as dir need shell=True.', 'Build paths with pathlib and check them with Path(...).exists().'], 'import shutil\nprint(shutil.which("ffmpeg"))  # None: not on PATH')];
  if (code === '126' || code === '127' || code === '193' || code === '1114') return [fix(`Repair the native library ${c.cls} failed to load`, ['Install the Microsoft Visual C++ Redistributable (x64), and make sure Python, the package and its DLLs are all 64-bit.', 'Reinstall the package whose DLL is named in the message (for PyTorch, the build matching your CUDA/CPU).'], 'python -c "import struct; print(struct.calcsize(\'P\') * 8)"  # 64 expected\npython -m pip install --force-reinstall <package>')];
  if (code === '10048' || code === '10013') return [fix('Use a free port', ['Another process already listens on the port (10048), or Windows reserves it (10013, Hyper-V/WSL excluded ranges).'], 'netstat -ano | findstr :8000\nnetsh interface ipv4 show excludedportrange protocol=tcp')];
  if (/^100(?:53|54|60|61)$/.test(code)) return [fix('Check the server and the network path', ['Make sure the server is running and listening on that host and port, and that no firewall or proxy blocks it.'], 'Test-NetConnection <host> -Port <port>')];
  return [fix(`Look up WinError ${code}`, [`Search Microsoft's system error codes for ${code}; the localised message is the same error in the language of this Windows installation.`])];
}

export const PYTHON_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'python.module-not-found',
    language: 'python',
    // Also in runpy's "Error while finding module specification for 'x' (ModuleNotFoundError: …)".
    match: /(?:^|\()(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\w.]+)'?(?<notPackage>; '[\w.]+' is not a package)?/m,
    errorType: 'ModuleNotFoundError',
    category: 'dependency',
    priority: 6,
    summary: (c) => `Python cannot find the module '${c.module}'.`,
    explanation: (c) => {
      const top = topLevel(c.module);
      if (c.notPackage) {
        return `Python found something called '${top}', but it is a plain module (a single .py file), not a package containing '${c.module}'. Usually a file of your own named ${top}.py shadows the real package.`;
      }
      if (STDLIB_NOTES[top]) return `The import of '${c.module}' failed: ${STDLIB_NOTES[top]}`;
      const dist = pipName(c.module);
      const renamed = dist !== top ? ` Note that the package to install is called '${dist}', not '${top}'.` : '';
      return `The import statement asks for '${c.module}', and no installed package or file on the module search path (sys.path) provides it. Most often the package is not installed in the Python environment that runs the code, which is not always the one pip installed into.${renamed}`;
    },
    causes: (c) => [
      `The package providing '${topLevel(c.module)}' is not installed in the active environment`,
      'pip installed it into a different interpreter or virtual environment than the one running the code',
      'The import name differs from the package name on PyPI, so the wrong package was installed',
      `A local file or folder named '${topLevel(c.module)}' shadows the package, or the working directory is not the project root`,
    ],
    fixes: (c) => {
      const top = topLevel(c.module);
      const install = STDLIB_NOTES[top]
        ? fix('Restore the missing standard-library part', [STDLIB_NOTES[top]], top === 'distutils' ? 'python -m pip install setuptools' : null)
        : fix(
            'Install it into the interpreter that runs the code',
            ['Use the same interpreter for pip as for the program, so the package lands where it is imported.', `Install '${pipName(c.module)}'.`],
            `python -m pip install ${pipName(c.module)}`,
          );
      return [
        install,
        fix(
          'Check which environment is active',
          [
            'Print the interpreter path and compare it with the one your IDE or service uses.',
            'Activate the project virtual environment before running (source .venv/bin/activate), or select it in the IDE.',
          ],
          'python -c "import sys; print(sys.executable)"',
        ),
        fix('Rule out shadowing', [`Look for a file or folder named ${top}.py / ${top}/ in your project and rename it${c.module !== top ? ` (it hides the package that provides ${c.module})` : ''}.`]),
      ];
    },
    references: [exc('ModuleNotFoundError'), INSTALLING, VENV],
    samples: [
      `Traceback (most recent call last):
  File "/home/dev/app/main.py", line 3, in <module>
    import requests
ModuleNotFoundError: No module named 'requests'`,
      "ModuleNotFoundError: No module named 'cv2'",
      "ModuleNotFoundError: No module named 'distutils'",
      "ModuleNotFoundError: No module named 'utils.helpers'; 'utils' is not a package",
    ],
  },
  {
    id: 'python.import-cannot-import-name',
    language: 'python',
    match: /^ImportError: cannot import name '(?<name>[^']+)' from (?:partially initialized module )?'(?<module>[^']+)'(?<circular>[^\n]*circular import)?/m,
    errorType: 'ImportError',
    category: 'dependency',
    priority: 6,
    summary: (c) => `'${c.name}' cannot be imported from '${c.module}'.`,
    explanation: (c) =>
      c.circular
        ? `Module '${c.module}' was only partly initialised when '${c.name}' was requested: two modules import each other, and the second import runs before the first module finished defining '${c.name}' (a circular import).`
        : `Python found the module '${c.module}', but it does not define '${c.name}'. Either the name is wrong, it was moved or removed in the installed version of the library, or a circular import left the module half-initialised.`,
    causes: [
      'A typo or wrong capitalisation in the imported name',
      'The installed library version renamed, moved or removed it',
      'Two of your modules import each other (circular import)',
      'A local file with the same name as the library shadows it',
    ],
    fixes: (c) => [
      fix(`Check whether '${c.module}' still provides '${c.name}'`, [`List the names '${c.module}' exports and compare with '${c.name}'.`, `Check the library changelog for renames of ${c.name} in the version you have installed.`], `python -c "import ${c.module}; print(dir(${c.module}))"`),
      fix(c.circular ? `Break the circular import around ${c.name}` : 'Break the circular import', [
        'Move the shared code into a third module that both import.',
        'Or import the module (import x) instead of the name (from x import y) and use x.y at call time, or move the import into the function that needs it.',
      ]),
      fix('Pin or upgrade the library', ['Install the version your code was written for.'], `python -m pip install "${topLevel(c.module)}==<version>"`),
    ],
    references: [exc('ImportError'), IMPORT_SYSTEM],
    samples: [
      `Traceback (most recent call last):
  File "/srv/app/run.py", line 1, in <module>
    from app.models import User
  File "/srv/app/app/models.py", line 2, in <module>
    from app.services import notify
  File "/srv/app/app/services.py", line 1, in <module>
    from app.models import User
ImportError: cannot import name 'User' from partially initialized module 'app.models' (most likely due to a circular import) (/srv/app/app/models.py)`,
      "ImportError: cannot import name 'url_quote' from 'werkzeug.urls' (/venv/lib/python3.11/site-packages/werkzeug/urls.py)",
    ],
  },
  {
    id: 'python.import-relative-no-parent',
    language: 'python',
    match: /^ImportError: attempted relative import (?:with no known parent package|beyond top-level package)/m,
    errorType: 'ImportError',
    category: 'dependency',
    priority: 7,
    summary: 'A relative import (from .x import y) was used in a file run as a script.',
    explanation:
      'Relative imports resolve against the package the module belongs to. When a file is started directly (python folder/file.py), it runs as the top-level __main__ module with no package, so "from . import x" has nothing to be relative to.',
    causes: ['The module was run as a script instead of as part of its package', 'The folder is missing from the path or is not laid out as a package'],
    fixes: [
      fix('Run it as a module from the project root', ['Start it with -m and the dotted module path, from the directory that contains the package.'], 'python -m mypackage.mymodule'),
      fix('Use absolute imports', ['Replace "from .utils import x" with "from mypackage.utils import x" and install the project in editable mode.'], 'python -m pip install -e .'),
    ],
    references: [exc('ImportError'), IMPORT_SYSTEM],
    samples: [
      `Traceback (most recent call last):
  File "/home/dev/proj/pkg/cli.py", line 1, in <module>
    from .core import run
ImportError: attempted relative import with no known parent package`,
    ],
  },
  {
    id: 'python.import-shared-library',
    language: 'python',
    match: /^ImportError: (?<lib>[\w.+-]+\.so(?:\.[\w.]+)?): cannot open shared object file/m,
    errorType: 'ImportError',
    category: 'dependency',
    priority: 6,
    summary: (c) => `A compiled extension needs the system library ${c.lib}, which is not installed.`,
    explanation: (c) =>
      `The Python package installed fine, but its compiled part links against the operating-system library ${c.lib}, and the dynamic loader cannot find it. This is typical in slim Docker images and fresh servers (for example OpenCV needs libGL.so.1).`,
    causes: ['The OS package providing the library is missing (slim/alpine images)', 'A GUI build of a package was installed on a headless server'],
    fixes: (c) => [
      fix('Install the system library', [`Install the OS package that provides ${c.lib} (on Debian/Ubuntu, apt-file search ${c.lib} finds it).`], 'apt-get update && apt-get install -y libgl1 libglib2.0-0'),
      fix('Use a headless build where one exists', ['For OpenCV on servers and in containers, the headless wheel needs no GUI libraries.'], 'python -m pip install opencv-python-headless'),
    ],
    references: [exc('ImportError'), INSTALLING],
    samples: ['ImportError: libGL.so.1: cannot open shared object file: No such file or directory'],
  },
  {
    id: 'python.attribute-none',
    language: 'python',
    match: /^AttributeError: 'NoneType' object has no attribute '(?<attr>[^']+)'/m,
    errorType: 'AttributeError',
    category: 'null',
    priority: 6,
    summary: (c) => `'.${c.attr}' was used on a value that is None.`,
    explanation: (c) =>
      `The code reads or calls '.${c.attr}' on a variable that holds None instead of the object you expected. Something earlier returned None: a function without a return statement, a lookup that found nothing (dict.get, re.match, a database query), or an in-place method such as list.sort() whose result was assigned.`,
    causes: [
      'A function returned None (no return statement, or a path that returns nothing)',
      'A lookup found nothing: re.match(), dict.get(), .first(), find() returned None',
      'The result of an in-place method (list.sort(), list.append()) was assigned and used',
      'An optional value (config, environment, form field) was not set',
    ],
    fixes: (c) => [
      fix('Find where the None comes from', ['Go to the line in the traceback and check which variable precedes .' + c.attr + '.', 'Trace back where that variable is assigned and why that can be None.']),
      fix('Handle the "nothing found" case explicitly', ['Check for None before using the value, and decide what should happen then.'], `if result is None:\n    raise ValueError("expected a result")  # or return a default\nresult.${c.attr}`),
    ],
    references: [exc('AttributeError'), ERRORS_TUTORIAL],
    samples: [
      `Traceback (most recent call last):
  File "/app/parse.py", line 8, in <module>
    print(match.group(1))
AttributeError: 'NoneType' object has no attribute 'group'`,
    ],
  },
  {
    id: 'python.module-no-attribute',
    language: 'python',
    match: /^AttributeError: (?<partial>partially initialized )?module '(?<module>[^']+)' has no attribute '(?<attr>[^']+)'/m,
    errorType: 'AttributeError',
    category: 'name',
    priority: 5,
    summary: (c) => `Module '${c.module}' has no attribute '${c.attr}'.`,
    explanation: (c) =>
      c.partial
        ? `'${c.module}' was still being imported when '${c.attr}' was looked up: a circular import, or a file of your own named ${topLevel(c.module)}.py that imports the real '${topLevel(c.module)}' and ends up importing itself.`
        : `The module '${c.module}' was imported, but it does not define '${c.attr}'. Usually a file of your own with the same name as the module shadows it, or the installed version renamed or removed '${c.attr}'.`,
    causes: (c) => [
      `A file in your project is named ${topLevel(c.module)}.py (or a folder ${topLevel(c.module)}/) and is imported instead of the real module`,
      `The installed version of '${topLevel(c.module)}' does not have '${c.attr}' (renamed, removed, or newer API)`,
      'A circular import left the module partly initialised',
    ],
    fixes: (c) => [
      fix('Check which file was imported', ['Print the module file; if it is in your project, rename your file and delete its __pycache__.'], `python -c "import ${c.module}; print(${c.module}.__file__)"`),
      fix('Check the installed version', [`Compare the installed version of ${topLevel(c.module)} with the docs you follow.`], `python -m pip show ${pipName(c.module).split(' ')[0]}`),
    ],
    references: [exc('AttributeError'), IMPORT_SYSTEM],
    samples: [
      "AttributeError: module 'numpy' has no attribute 'float'",
      `Traceback (most recent call last):
  File "/home/me/random.py", line 1, in <module>
    import random
  File "/home/me/random.py", line 3, in <module>
    print(random.randint(1, 6))
AttributeError: partially initialized module 'random' has no attribute 'randint' (most likely due to a circular import)`,
    ],
  },
  {
    id: 'python.attribute-error',
    language: 'python',
    match: /^AttributeError: '(?<type>[^']+)' object has no attribute '(?<attr>[^']+)'/m,
    errorType: 'AttributeError',
    category: 'type',
    priority: 3,
    summary: (c) => `${a(c.type).replace(/^a/, 'A')} object has no attribute '${c.attr}'.`,
    explanation: (c) =>
      `The code uses '.${c.attr}' on ${a(c.type)} value, which does not have it. Either the value is not the type you expected (for example a str or dict where an object was expected), or the attribute name is misspelt, or it only exists in another version of the library.`,
    causes: [
      'The variable holds a different type than expected (str instead of an object, dict instead of a model, list instead of an item)',
      'A typo or wrong capitalisation in the attribute name',
      'The attribute exists only in another version of the library',
      'An attribute set in __init__ was never assigned on this code path',
    ],
    fixes: (c) => [
      fix('Inspect the value', ['Print the type and available attributes right before the failing line.'], `print(type(obj), [a for a in dir(obj) if not a.startswith('_')])`),
      fix('Use the right access for the type', [
        c.type === 'dict' ? "A dict's keys are read with obj['key'] or obj.get('key'), not obj.key." : `Check how '${c.type}' exposes what you need in its documentation.`,
      ]),
    ],
    references: [exc('AttributeError')],
    samples: ["AttributeError: 'dict' object has no attribute 'name'", "AttributeError: 'str' object has no attribute 'decode'"],
  },
  {
    id: 'python.key-error-environ',
    language: 'python',
    // Anchored at the start of the text (no m flag), so it is tried once: the lookahead finds
    // the frame of os.environ's __getitem__ (a plain file before 3.11, "<frozen os>" since),
    // then the greedy prefix backs up to the last KeyError line. Linear in the text length.
    match: /^(?=[\s\S]*?(?:os\.py"|<frozen os>"), line \d+, in __getitem__)(?:[\s\S]*\n)?KeyError: (?<key>[^\n]+)/,
    errorType: 'KeyError',
    category: 'configuration',
    priority: 5,
    summary: (c) => `The environment variable ${c.key} is not set.`,
    explanation: (c) =>
      `os.environ[${c.key}] raises KeyError when the variable is missing from the environment of the process. The code needs this setting, and the shell, container or service that started it did not provide it.`,
    causes: [
      'The variable is not exported in the shell or service definition',
      'A .env file exists but nothing loads it (python-dotenv, docker compose env_file)',
      'The variable name differs (typo, prefix, case)',
    ],
    fixes: (c) => [
      fix('Provide the variable', ['Set it where the process starts (shell, Dockerfile, compose, systemd unit, CI secrets).'], `export ${(c.key ?? 'NAME').replace(/['"]/g, '')}=...`),
      fix('Fail clearly or fall back', ['Read optional settings with os.environ.get and a default; check required ones at start-up with a clear message.'], `value = os.environ.get(${c.key}, "default")`),
    ],
    references: [{ title: 'Python docs: os.environ', url: 'https://docs.python.org/3/library/os.html' }, exc('KeyError')],
    samples: [
      `Traceback (most recent call last):
  File "/app/settings.py", line 4, in <module>
    DATABASE_URL = os.environ["DATABASE_URL"]
  File "<frozen os>", line 679, in __getitem__
KeyError: 'DATABASE_URL'`,
    ],
  },
  {
    id: 'python.pandas-key-error',
    language: 'python',
    // Same shape as the environ pattern: one anchored attempt, linear in the text length.
    match: /^(?=[\s\S]*?\bpandas\b)(?:[\s\S]*\n)?KeyError: (?<key>[^\n]+)/,
    errorType: 'KeyError',
    category: 'runtime',
    priority: 5,
    summary: (c) => `The DataFrame has no column or index label ${c.key}.`,
    explanation: (c) =>
      `pandas looked up ${c.key} in the columns (df[...]) or the index (.loc[...]) and did not find it. Column names must match exactly, including case and surrounding spaces, which CSV headers often carry.`,
    causes: [
      'A typo, different case or stray whitespace in the column name (e.g. " price" from a CSV header)',
      'The column was renamed, dropped or never loaded (usecols, a different file or sheet)',
      'The label is looked up in the index (.loc) while it is a column, or the other way round',
    ],
    fixes: (c) => [
      fix('Compare with the real column names', ['Print the columns and look for whitespace or case differences.'], 'print(df.columns.tolist())'),
      fix('Normalise the headers after loading', ['Strip whitespace (and lower-case if you like) once, right after reading the file.'], 'df.columns = df.columns.str.strip()'),
      fix('Handle a missing column deliberately', [`Check before use: if ${c.key} in df.columns: …`]),
    ],
    references: [{ title: 'pandas user guide: Indexing and selecting data', url: 'https://pandas.pydata.org/docs/user_guide/indexing.html' }, exc('KeyError')],
    samples: [
      `Traceback (most recent call last):
  File "/venv/lib/python3.11/site-packages/pandas/core/indexes/base.py", line 3791, in get_loc
    return self._engine.get_loc(casted_key)
  File "index.pyx", line 152, in pandas._libs.index.IndexEngine.get_loc
  File "pandas/_libs/hashtable_class_helper.pxi", line 7088, in pandas._libs.hashtable.PyObjectHashTable.get_item
KeyError: 'price'

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "/app/report.py", line 14, in <module>
    total = df["price"].sum()
  File "/venv/lib/python3.11/site-packages/pandas/core/frame.py", line 3893, in __getitem__
    indexer = self.columns.get_loc(key)
  File "/venv/lib/python3.11/site-packages/pandas/core/indexes/base.py", line 3798, in get_loc
    raise KeyError(key) from err
KeyError: 'price'`,
    ],
  },
  {
    id: 'python.key-error',
    language: 'python',
    match: /^KeyError: (?<key>.+)$/m,
    errorType: 'KeyError',
    category: 'runtime',
    priority: 3,
    summary: (c) => `The key ${c.key} is not in the dictionary.`,
    explanation: (c) =>
      `d[${c.key}] was looked up in a dict (or a dict-like object) that has no such key. Data from outside (JSON, API responses, config files) often lacks a key, or spells it differently, or the key has another type (the string '1' is not the int 1).`,
    causes: [
      'The data does not contain the key (optional field, different API version, empty response)',
      'A typo or different case in the key',
      'The key has a different type than the stored keys (str vs int)',
    ],
    fixes: (c) => [
      fix('Use .get() with a default for optional keys', ['Decide what should happen when the key is missing.'], `value = data.get(${c.key}, default_value)`),
      fix('Look at the real data', ['Print the available keys right before the failing line.'], 'print(list(data.keys()))'),
    ],
    references: [exc('KeyError'), { title: 'Python docs: Mapping types (dict)', url: 'https://docs.python.org/3/library/stdtypes.html' }],
    samples: [
      `Traceback (most recent call last):
  File "/app/handlers.py", line 22, in handle
    user_id = payload["user_id"]
KeyError: 'user_id'`,
    ],
  },
  {
    id: 'python.index-error',
    language: 'python',
    match: /^IndexError: (?<message>.+)$/m,
    errorType: 'IndexError',
    category: 'runtime',
    priority: 3,
    summary: (c) => {
      const kind = /^(\w+) index out of range/.exec(c.message ?? '')?.[1];
      return kind ? `A ${kind} was indexed at a position it does not have.` : 'A sequence was indexed at a position it does not have.';
    },
    explanation:
      'The code reads position i of a list, tuple or string that has fewer than i+1 elements. Indexes start at 0, so the last element of a sequence of length n is at n-1; an empty sequence has no [0] at all.',
    causes: [
      'The sequence is empty (no results, empty input, empty split())',
      'An off-by-one error: looping to len(x) inclusive or using len(x) as an index',
      'The data has fewer items or columns than assumed (sys.argv without arguments, short CSV rows)',
    ],
    fixes: [
      fix('Check the length first', ['Guard the access, or handle the empty case explicitly.'], 'if items:\n    first = items[0]'),
      fix('Iterate instead of indexing', ['Loop over the items (or enumerate) rather than computing indexes.'], 'for i, item in enumerate(items):\n    ...'),
    ],
    references: [exc('IndexError')],
    samples: [
      `Traceback (most recent call last):
  File "/home/dev/script.py", line 5, in <module>
    filename = sys.argv[1]
IndexError: list index out of range`,
      'IndexError: string index out of range',
    ],
  },
  {
    id: 'python.type-unsupported-operand',
    language: 'python',
    match: /^TypeError: unsupported operand type\(s\) for (?<op>\S+): '(?<left>[^']+)' and '(?<right>[^']+)'/m,
    errorType: 'TypeError',
    category: 'type',
    priority: 5,
    summary: (c) => `'${c.op}' cannot combine ${a(c.left)} and ${a(c.right)}.`,
    explanation: (c) =>
      `Python does not convert types implicitly: '${c.op}' between ${a(c.left)} and ${a(c.right)} is not defined.${c.left === 'NoneType' || c.right === 'NoneType' ? ' One side is None, so a value you expected to be set is missing.' : ' One of the values is probably not the type you think (numbers read from input or files are strings, for example).'}`,
    causes: ['A value is None because something earlier returned nothing', 'Numbers read from input, files or JSON are still strings', 'Mixing incompatible types such as date and int, or list and int'],
    fixes: [
      fix('Convert explicitly', ['Convert the values to the type the operation needs before combining them.'], 'total = int(a) + int(b)'),
      fix('Find the unexpected value', ['Print type() of both operands on the failing line and trace the wrong one back.']),
    ],
    references: [exc('TypeError')],
    samples: ["TypeError: unsupported operand type(s) for +: 'int' and 'str'", "TypeError: unsupported operand type(s) for -: 'NoneType' and 'int'"],
  },
  {
    id: 'python.type-not-subscriptable',
    language: 'python',
    match: /^TypeError: '(?<type>[^']+)' object is not subscriptable/m,
    errorType: 'TypeError',
    category: 'type',
    priority: 5,
    summary: (c) => `${a(c.type).replace(/^a/, 'A')} value was indexed with [ ], which it does not support.`,
    explanation: (c) =>
      c.type === 'NoneType'
        ? 'The code uses value[...] on None: a function or lookup that should have returned a list or dict returned None.'
        : c.type === 'function' || c.type === 'method' || c.type === 'builtin_function_or_method'
          ? 'The code indexes a function instead of its result: the call parentheses are missing, e.g. obj.items[0] instead of obj.items()[0].'
          : `Only sequences and mappings (list, tuple, str, dict …) support [ ]; ${a(c.type)} does not.`,
    causes: ['The value is None because something returned nothing', 'Parentheses of a call are missing, so a function is indexed', 'The value is a number or object where a list/dict was expected'],
    fixes: (c) => [
      fix(`Check why the value is ${a(c.type)}`, [`Print type(value) before the failing line and trace where it was assigned: indexing needs a list, dict, tuple or string, not ${a(c.type)}.`, ...(c.type === 'NoneType' ? ['A function without a return statement returns None; so do list.sort(), dict.update() and similar in-place methods.'] : [])]),
      fix('Call the function first', [c.type === 'function' || c.type === 'method' || c.type === 'builtin_function_or_method' ? 'It is a function: call it, then index the result: value()[0] rather than value[0].' : 'If it is a function or method, call it: value()[0] rather than value[0].']),
    ],
    references: [exc('TypeError')],
    samples: ["TypeError: 'NoneType' object is not subscriptable", "TypeError: 'int' object is not subscriptable"],
  },
  {
    id: 'python.type-missing-argument',
    language: 'python',
    match: /^TypeError: (?<func>[\w.<>]+)\(\) missing (?<count>\d+) required (?:positional|keyword-only) arguments?: (?<args>.+)$/m,
    errorType: 'TypeError',
    category: 'type',
    priority: 5,
    summary: (c) => `${c.func}() was called without its required argument(s) ${c.args}.`,
    explanation: (c) =>
      `The function signature of ${c.func}() requires ${c.args}, and the call does not pass ${c.count === '1' ? 'it' : 'them'}. A frequent variant: calling a method on the class instead of an instance (MyClass.method() instead of MyClass().method()), which leaves 'self' unfilled.`,
    causes: ['The call passes fewer arguments than the function needs', 'A method is called on the class instead of an instance, so self is missing', 'The function signature changed and not all callers were updated'],
    fixes: (c) => [
      fix(`Pass the missing arguments to ${c.func}`, [`Add ${c.args} to the call of ${c.func}(), or give the parameter a default value in the definition.`]),
      fix('Instantiate before calling methods', [`If ${c.func} is a method, create the object first and call it on the instance (calling it on the class leaves self unfilled).`], 'service = Service()\nservice.run()'),
    ],
    references: [exc('TypeError'), { title: 'Python tutorial: Defining functions', url: 'https://docs.python.org/3/tutorial/controlflow.html' }],
    samples: ["TypeError: greet() missing 1 required positional argument: 'name'", "TypeError: Client.fetch() missing 1 required positional argument: 'self'"],
  },
  {
    id: 'python.type-too-many-arguments',
    language: 'python',
    match: /^TypeError: (?<func>[\w.<>]+)\(\) takes (?<expected>(?:from )?\d+(?: to \d+)?) positional arguments? but (?<given>\d+) (?:was|were) given/m,
    errorType: 'TypeError',
    category: 'type',
    priority: 5,
    summary: (c) => `${c.func}() takes ${c.expected} positional argument(s) but got ${c.given}.`,
    explanation: (c) =>
      `The call passes ${c.given} positional arguments and ${c.func}() accepts ${c.expected}. For methods, Python counts 'self' too: a method defined without a 'self' parameter fails with exactly this error when called on an instance.`,
    causes: ["A method is missing its 'self' parameter", 'Too many arguments in the call, or keyword arguments passed positionally', 'The function signature changed'],
    fixes: (c) => {
      const [cls, method] = (c.func ?? '').includes('.') ? (c.func ?? '').split('.', 2) : ['Greeter', c.func ?? 'greet'];
      return [
        fix(`Add 'self' to ${c.func}`, ['Instance methods take self as their first parameter.'], `class ${cls}:\n    def ${method}(self, name):\n        ...`),
        fix(`Match the call to the signature of ${c.func}`, [`${c.func}() takes ${c.expected} positional argument(s) and got ${c.given}: compare the call with the def; pass optional values as keywords (timeout=5).`]),
      ];
    },
    references: [exc('TypeError'), { title: 'Python tutorial: Classes', url: 'https://docs.python.org/3/tutorial/classes.html' }],
    samples: ['TypeError: Greeter.greet() takes 1 positional argument but 2 were given'],
  },
  {
    id: 'python.type-not-callable',
    language: 'python',
    match: /^TypeError: '(?<type>[^']+)' object is not callable/m,
    errorType: 'TypeError',
    category: 'type',
    priority: 5,
    summary: (c) => `${a(c.type).replace(/^a/, 'A')} value was called like a function.`,
    explanation: (c) =>
      `Parentheses after a name call it; here the name refers to ${a(c.type)}, not a function. Usually a variable has the same name as a function or built-in (list = [...], then list(...)), or an attribute/property is called with () although it is a value.`,
    causes: ['A variable shadows a function or built-in with the same name (list, str, dict, sum, max …)', 'A property or attribute is called with ()', 'Missing operator: 2(x + 1) instead of 2 * (x + 1)'],
    fixes: (c) => [
      fix('Rename the shadowing variable', [`A variable holding ${a(c.type)} has the name of the function being called: search for an assignment to the called name and rename the variable.`], '# before: list = [1, 2]; list(x)\nitems = [1, 2]\nlist(x)'),
      fix('Drop the parentheses for attributes', [`Use obj.size instead of obj.size() when size is ${a(c.type)}, not a method.`]),
    ],
    references: [exc('TypeError')],
    samples: ["TypeError: 'str' object is not callable", "TypeError: 'list' object is not callable"],
  },
  {
    id: 'python.type-concatenate',
    language: 'python',
    match: /^TypeError: can only concatenate (?<left>\w+) \(not "(?<right>\w+)"\) to \w+/m,
    errorType: 'TypeError',
    category: 'type',
    priority: 5,
    summary: (c) => `${a(c.right).replace(/^a/, 'A')} was added to ${a(c.left)} with '+'.`,
    explanation: (c) => `'+' between ${a(c.left)} and ${a(c.right)} is not allowed in Python; it never converts implicitly. Convert one side, or build the text with an f-string.`,
    causes: ['Building a message with + and a number or None', 'A value read as a number where text was expected, or the other way round'],
    fixes: [fix('Use an f-string or convert explicitly', ['f-strings convert any value to text.'], 'message = f"Total: {total}"\n# or: "Total: " + str(total)')],
    references: [exc('TypeError'), { title: 'Python tutorial: Fancier output formatting (f-strings)', url: 'https://docs.python.org/3/tutorial/inputoutput.html' }],
    samples: ['TypeError: can only concatenate str (not "int") to str'],
  },
  {
    id: 'python.type-not-iterable',
    language: 'python',
    match: /^TypeError: (?:'(?<type>[^']+)' object is not iterable|cannot unpack non-iterable (?<type2>\w+) object)/m,
    errorType: 'TypeError',
    category: 'type',
    priority: 5,
    summary: (c) => `${a(c.type ?? c.type2).replace(/^a/, 'A')} value was used where something iterable was expected.`,
    explanation: (c) =>
      `for-loops, unpacking (a, b = x), list(), join() and similar need an iterable (list, tuple, dict, str, generator). ${a(c.type ?? c.type2).replace(/^a/, 'A')} is not one.${(c.type ?? c.type2) === 'NoneType' ? ' The value is None: a function you expected to return a list or tuple returned nothing.' : ''}`,
    causes: ['A function returned None instead of a list/tuple (missing return)', 'A single number or object is looped over', 'Unpacking the result of a function that returns one value'],
    fixes: (c) => {
      const type = c.type ?? c.type2 ?? 'NoneType';
      return [
        fix(`Make the function return a sequence, not ${a(type)}`, ['Check every return path of the function that produced the value.']),
        type === 'NoneType'
          ? fix('Guard against None', ['Use an empty default when nothing was returned.'], 'for item in items or []:\n    ...')
          : fix(`Iterate over a collection, not ${a(type)}`, [type === 'int' ? 'To loop a number of times, use range(n).' : `Wrap a single ${type} in a list, or iterate over the attribute that holds the items.`], type === 'int' ? 'for i in range(count):\n    ...' : null),
      ];
    },
    references: [exc('TypeError'), { title: 'Python glossary: iterable', url: 'https://docs.python.org/3/glossary.html' }],
    samples: ["TypeError: 'NoneType' object is not iterable", 'TypeError: cannot unpack non-iterable NoneType object', "TypeError: 'int' object is not iterable"],
  },
  {
    id: 'python.type-string-indices',
    language: 'python',
    match: /^TypeError: string indices must be integers/m,
    errorType: 'TypeError',
    category: 'type',
    priority: 5,
    summary: "A string was indexed with a key, as if it were a dict.",
    explanation:
      "value['key'] works on dicts; on a str only integer positions are allowed. Usually JSON was not parsed (the response text is still a string), or a loop goes over a dict's keys (strings) instead of its items.",
    causes: ['JSON text was not parsed with json.loads() / response.json()', 'Iterating a dict yields its keys (strings), not the values', 'A list of strings where a list of dicts was expected'],
    fixes: [
      fix('Parse JSON before using it', ['Turn the text into Python objects first.'], 'data = json.loads(text)  # or: data = response.json()'),
      fix('Iterate items when you need key and value', [], 'for key, value in data.items():\n    ...'),
    ],
    references: [exc('TypeError'), { title: 'Python docs: json', url: 'https://docs.python.org/3/library/json.html' }],
    samples: ["TypeError: string indices must be integers, not 'str'", 'TypeError: string indices must be integers'],
  },
  {
    id: 'python.type-json-serializable',
    language: 'python',
    match: /^TypeError: Object of type (?<type>\w+) is not JSON serializable/m,
    errorType: 'TypeError',
    category: 'type',
    priority: 5,
    summary: (c) => `json cannot serialise a value of type ${c.type}.`,
    explanation: (c) =>
      `The json module only serialises dict, list, str, int, float, bool and None, and ${c.type} is none of these. Such values (datetime, Decimal, set, UUID, bytes, your own classes) have to be converted first, or handled with a default= function.`,
    causes: ['A datetime/Decimal/UUID/set/bytes value inside the data', 'An ORM model or custom object passed instead of a dict'],
    fixes: (c) => [
      fix(`Convert ${c.type ?? 'unknown types'} with default=`, [`json cannot encode ${c.type ?? 'this type'}: str() covers datetime, Decimal and UUID; build dicts for your own classes.`], 'json.dumps(data, default=str)'),
      fix('Serialise models explicitly', [`Convert ${c.type ?? 'objects'} to dicts (dataclasses.asdict, model.dict()/model_dump(), a to_dict method) before dumping.`]),
    ],
    references: [{ title: 'Python docs: json', url: 'https://docs.python.org/3/library/json.html' }, exc('TypeError')],
    samples: ['TypeError: Object of type datetime is not JSON serializable'],
  },
  {
    id: 'python.type-bytes-str',
    language: 'python',
    match: /^TypeError: (?:a bytes-like object is required, not '(?<got>\w+)'|write\(\) argument must be str, not bytes|can't concat str to bytes)/m,
    errorType: 'TypeError',
    category: 'type',
    priority: 5,
    summary: 'Text (str) and binary data (bytes) were mixed.',
    explanation:
      'Python 3 keeps text (str) and raw bytes apart. Sockets, binary files, hashing and subprocess output work with bytes; text files, printing and most string operations with str. Convert at the boundary with .encode() / .decode().',
    causes: ['A file opened in binary mode ("rb"/"wb") is used with strings, or the other way round', 'Socket, subprocess or HTTP data (bytes) is combined with str', 'Python 2 code running on Python 3'],
    fixes: [
      fix('Encode or decode explicitly', ['str → bytes with .encode("utf-8"); bytes → str with .decode("utf-8").'], 'sock.sendall(message.encode("utf-8"))\ntext = data.decode("utf-8")'),
      fix('Open files in the right mode', ['Use "r"/"w" with an encoding for text, "rb"/"wb" for binary.'], 'with open(path, "w", encoding="utf-8") as f:\n    f.write(text)'),
    ],
    references: [{ title: 'Python HOWTO: Unicode', url: 'https://docs.python.org/3/howto/unicode.html' }, exc('TypeError')],
    samples: ["TypeError: a bytes-like object is required, not 'str'"],
  },
  {
    id: 'python.value-invalid-literal',
    language: 'python',
    match: /^ValueError: (?:invalid literal for int\(\) with base (?<base>\d+)|could not convert string to float): (?<value>.+)$/m,
    errorType: 'ValueError',
    category: 'type',
    priority: 5,
    summary: (c) => `The text ${c.value} is not a valid number.`,
    explanation: (c) =>
      `int() and float() only accept text that is exactly a number. ${c.value} is not: it may be empty, contain spaces, units, thousands separators or a decimal point (int('3.5') fails too).`,
    causes: ["Empty strings from input, CSV cells or form fields ('')", 'Extra characters: whitespace, newline, currency, units, a comma as decimal separator', "int() on a decimal number such as '3.5'"],
    fixes: [
      fix('Clean and validate before converting', ['Strip whitespace and handle empty or invalid values explicitly.'], 'text = raw.strip()\ntry:\n    number = int(text)\nexcept ValueError:\n    number = None  # or report the bad input'),
      fix('Convert decimals via float', ['For "3.5", use float(); int(float(text)) truncates.']),
    ],
    references: [exc('ValueError'), { title: 'Python docs: Built-in functions (int, float)', url: 'https://docs.python.org/3/library/functions.html' }],
    samples: ["ValueError: invalid literal for int() with base 10: ''", "ValueError: could not convert string to float: '1,5'"],
  },
  {
    id: 'python.value-too-many-unpack',
    language: 'python',
    match: /^ValueError: too many values to unpack \(expected (?<expected>\d+)(?:, got (?<got>\d+))?\)/m,
    errorType: 'ValueError',
    category: 'runtime',
    priority: 5,
    summary: (c) => `Unpacking expected ${c.expected} values but got more${c.got ? ` (${c.got})` : ''}.`,
    explanation: (c) =>
      `An assignment like a, b = value needs value to contain exactly ${c.expected} items. It contains more. Common case: looping over a dict without .items(), or splitting a string that contains the separator more often than expected.`,
    causes: ['Iterating a dict directly (yields keys) where key, value pairs were meant', 'split() produced more parts than variables', 'A function returns more values than the caller unpacks'],
    fixes: [
      fix('Unpack pairs from .items()', [], 'for key, value in config.items():\n    ...'),
      fix('Limit or collect the rest', ['Use split(sep, 1) or a starred target for the remainder.'], 'name, rest = line.split("=", 1)\nfirst, *others = values'),
    ],
    references: [exc('ValueError'), { title: 'Python tutorial: Tuples and sequences', url: 'https://docs.python.org/3/tutorial/datastructures.html' }],
    samples: ['ValueError: too many values to unpack (expected 2)'],
  },
  {
    id: 'python.value-not-enough-unpack',
    language: 'python',
    match: /^ValueError: not enough values to unpack \(expected (?<expected>\d+), got (?<got>\d+)\)/m,
    errorType: 'ValueError',
    category: 'runtime',
    priority: 5,
    summary: (c) => `Unpacking expected ${c.expected} values but got only ${c.got}.`,
    explanation: (c) =>
      `An assignment like a, b = value needs exactly ${c.expected} items, and value has ${c.got}. Typically a line of input or a split() result has fewer parts than assumed (an empty line, a missing separator).`,
    causes: ['An input line lacks the separator or is empty', 'A function returned fewer values than unpacked', 'Data rows with missing columns'],
    fixes: [fix('Check the parts before unpacking', ['Skip or report malformed lines.'], 'parts = line.split(",")\nif len(parts) != 2:\n    continue  # or raise with the bad line\nname, value = parts')],
    references: [exc('ValueError')],
    samples: ['ValueError: not enough values to unpack (expected 2, got 1)'],
  },
  {
    id: 'python.value-truth-ambiguous',
    language: 'python',
    match: /^ValueError: The truth value of an? (?<what>array|Series|DataFrame|Index)[^\n]* is ambiguous/m,
    errorType: 'ValueError',
    category: 'type',
    priority: 6,
    summary: (c) => `A whole ${c.what} was used where a single True/False was needed.`,
    explanation: (c) =>
      `if, and, or and not need one boolean, but a ${c.what} holds one boolean per element, so Python cannot tell whether you mean "any" or "all". In pandas/numpy filters, use & and | (with parentheses) instead of and/or.`,
    causes: ['Combining conditions with and/or instead of & and |', 'if df["col"] == x: compares every row', 'Missing parentheses around comparisons: a > 1 & b < 2'],
    fixes: [
      fix('Use element-wise operators with parentheses', [], 'mask = (df["age"] > 18) & (df["country"] == "DE")\nadults = df[mask]'),
      fix('Reduce to one boolean when that is what you mean', ['Use .any(), .all() or .empty explicitly.'], 'if (df["status"] == "failed").any():\n    ...'),
    ],
    references: [{ title: 'pandas user guide: Boolean indexing', url: 'https://pandas.pydata.org/docs/user_guide/indexing.html' }],
    samples: ['ValueError: The truth value of a Series is ambiguous. Use a.empty, a.bool(), a.item(), a.any() or a.all().'],
  },
  {
    id: 'python.numpy-broadcast',
    language: 'python',
    match: /^ValueError: operands could not be broadcast together with shapes (?<shapes>[^\n]+)$/m,
    errorType: 'ValueError',
    category: 'type',
    priority: 6,
    summary: (c) => `Arrays with incompatible shapes were combined: ${c.shapes}.`,
    explanation:
      'NumPy combines arrays element-wise when their shapes are equal or broadcastable: comparing from the last dimension, each pair of sizes must be equal or one of them 1. These shapes are not, so the operation is undefined.',
    causes: ['Arrays of different lengths (e.g. a filtered and an unfiltered column)', 'A row vector where a column vector was meant (shape (n,) vs (n, 1))', 'Matrix multiplication written with * instead of @'],
    fixes: [
      fix('Print and align the shapes', ['Print .shape of both operands, then reshape, transpose or slice so they match.'], 'print(a.shape, b.shape)\nb = b.reshape(-1, 1)'),
      fix('Use @ for matrix products', [], 'result = a @ b'),
    ],
    references: [{ title: 'NumPy: Broadcasting', url: 'https://numpy.org/doc/stable/user/basics.broadcasting.html' }],
    samples: ['ValueError: operands could not be broadcast together with shapes (3,) (4,)'],
  },
  {
    id: 'python.name-error',
    language: 'python',
    // Python 2 said "global name 'x' is not defined" for names looked up outside the function.
    match: /^NameError: (?:global )?name '(?<name>[^']+)' is not defined(?:\. Did you mean: '(?<suggestion>[^']+)'\?)?/m,
    errorType: 'NameError',
    category: 'name',
    priority: 4,
    summary: (c) => `The name '${c.name}' is not defined.`,
    explanation: (c) =>
      `Python looked for '${c.name}' in the local, enclosing, global and built-in scopes and did not find it.${c.suggestion ? ` Python suggests '${c.suggestion}', which is defined.` : ''} It is either misspelt, not imported, defined later than it is used, or defined inside another function.`,
    causes: (c) => [
      'A typo or different capitalisation',
      `A missing import (e.g. import ${c.name} or from x import ${c.name})`,
      'The variable is defined only in another function, branch or after this line',
      'Quotes are missing around a string',
    ],
    fixes: (c) => [
      fix('Define or import it before use', [`Add the import for '${c.name}', or move its definition above the line that uses it.`]),
      fix('Check spelling and scope', [c.suggestion ? `Did you mean '${c.suggestion}'?` : 'Compare with the names defined in this scope.']),
    ],
    references: [exc('NameError'), { title: 'Python tutorial: Scopes and namespaces', url: 'https://docs.python.org/3/tutorial/classes.html' }],
    samples: [
      `Traceback (most recent call last):
  File "/home/dev/app.py", line 10, in <module>
    df = pd.read_csv("data.csv")
NameError: name 'pd' is not defined`,
      "NameError: name 'lenght' is not defined. Did you mean: 'length'?",
    ],
  },
  {
    id: 'python.unbound-local',
    language: 'python',
    match: /^UnboundLocalError: (?:local variable '(?<name>[^']+)' referenced before assignment|cannot access local variable '(?<name2>[^']+)' where it is not associated with a value)/m,
    errorType: 'UnboundLocalError',
    category: 'name',
    priority: 5,
    summary: (c) => `The local variable '${c.name ?? c.name2}' is used before it gets a value.`,
    explanation: (c) =>
      `Because the function assigns to '${c.name ?? c.name2}' somewhere, Python treats that name as local in the whole function. It is read before any assignment ran: either the global of the same name was meant, or the assignment sits in a branch (if/try) that did not run.`,
    causes: ['Assigning to a global or outer variable inside a function without global/nonlocal', 'The variable is only assigned in an if/else or try branch that did not execute'],
    fixes: (c) => [
      fix('Declare the intent', ['Use global or nonlocal when the function should change an outer variable (or, better, pass and return values).'], `def increment():\n    global ${c.name ?? c.name2 ?? 'counter'}\n    ...`),
      fix('Initialise before the branches', ['Give the variable a value before the if/try, so every path defines it.'], `${c.name ?? c.name2 ?? 'result'} = None\ntry:\n    ...`),
    ],
    references: [exc('UnboundLocalError'), FAQ],
    samples: [
      "UnboundLocalError: local variable 'count' referenced before assignment",
      "UnboundLocalError: cannot access local variable 'result' where it is not associated with a value",
    ],
  },
  {
    id: 'python.zero-division',
    language: 'python',
    match: /^ZeroDivisionError: (?<message>.+)$/m,
    errorType: 'ZeroDivisionError',
    category: 'runtime',
    priority: 4,
    summary: 'A number was divided by zero.',
    explanation: 'The right-hand side of /, // or % is 0. This usually happens with averages or ratios over empty data (len(items) == 0) or when a count or total was never incremented.',
    causes: ['Averaging an empty list (sum / len with len 0)', 'A divisor read from input or configuration is 0', 'A counter that stays 0 on some code path'],
    fixes: [fix('Handle the zero case explicitly', ['Decide what the result should be when there is nothing to divide by.'], 'average = total / count if count else 0.0')],
    references: [exc('ZeroDivisionError')],
    samples: [
      `Traceback (most recent call last):
  File "/app/stats.py", line 7, in mean
    return sum(values) / len(values)
ZeroDivisionError: division by zero`,
    ],
  },
  {
    id: 'python.file-not-found',
    language: 'python',
    match: /^FileNotFoundError: \[(?:Errno 2|WinError [23])\] [^\n]{1,160}?: '(?<path>[^'\n]*)'/m,
    errorType: 'FileNotFoundError',
    category: 'io',
    priority: 5,
    summary: (c) => `The file '${c.path}' does not exist.`,
    explanation: (c) =>
      `The program tried to open '${c.path}' and the operating system found nothing at that path.${c.path && !/^(?:\/|[A-Za-z]:)/.test(c.path) ? ' The path is relative, so it is resolved against the current working directory, which depends on where the program was started from, not where the script is.' : ''}`,
    causes: ['A relative path resolved against a different working directory than expected', 'A typo in the file or folder name, or wrong case on a case-sensitive file system', 'The file was never created or is not copied into the container/deployment', 'The program (not a file) you tried to run is not installed, when raised by subprocess'],
    fixes: (c) => [
      fix(`Build the path to ${c.path ?? 'the file'} from the script location`, ['Resolve data files relative to the source file instead of the working directory.'], `from pathlib import Path\nBASE = Path(__file__).resolve().parent\npath = BASE / ${JSON.stringify((c.path ?? 'data/input.csv').replace(/\\\\/g, '/'))}`),
      fix('Check what exists', ['Print the working directory and the absolute path being opened.'], `import os; print(os.getcwd(), os.path.abspath(${JSON.stringify(c.path ?? 'path')}))`),
    ],
    references: [exc('FileNotFoundError'), { title: 'Python docs: pathlib', url: 'https://docs.python.org/3/library/pathlib.html' }],
    samples: [
      `Traceback (most recent call last):
  File "/home/dev/project/load.py", line 3, in <module>
    with open("data/config.json") as f:
FileNotFoundError: [Errno 2] No such file or directory: 'data/config.json'`,
    ],
  },
  {
    id: 'python.permission-error',
    language: 'python',
    // Windows localises the message ("Zugriff verweigert", "拒绝访问。", "Отказано в доступе"): the code decides.
    match: /^PermissionError: \[(?:Errno 13|WinError 5)\] [^\n]{1,120}?: '(?<path>[^'\n]*)'/m,
    errorType: 'PermissionError',
    category: 'permission',
    priority: 5,
    summary: (c) => `The process is not allowed to access '${c.path}'.`,
    explanation: (c) =>
      `The operating system refused access to '${c.path}': the user running the program lacks read/write permission, the path is a directory, or (on Windows) another program has the file open.`,
    causes: ['The file or folder belongs to another user (often root after a sudo or a container run)', 'Writing into a system or read-only location', 'On Windows the file is open in another program (Excel, an editor)', 'The path is a directory opened as a file'],
    fixes: (c) => [
      fix('Check ownership and permissions', ['Look at the owner and mode, then fix them rather than running everything as root.'], `ls -l "${c.path}"\nsudo chown "$USER" "${c.path}"`),
      fix('Write somewhere you own', ['Use a user-writable directory (home, a temp directory, a mounted volume with the right owner).']),
    ],
    references: [exc('PermissionError')],
    samples: ["PermissionError: [Errno 13] Permission denied: '/var/log/app.log'", "PermissionError: [WinError 5] Access is denied: 'C:\\\\Program Files\\\\App\\\\data.db'"],
  },
  {
    id: 'python.is-a-directory',
    language: 'python',
    match: /^IsADirectoryError: \[Errno 21\] Is a directory: '(?<path>[^']*)'/m,
    errorType: 'IsADirectoryError',
    category: 'io',
    priority: 5,
    summary: (c) => `'${c.path}' is a directory, but it was opened as a file.`,
    explanation: 'open() needs a file path. The path points to a folder, usually because a file name was not appended or a variable holding the file name is empty.',
    causes: ['The file name was not joined to the directory path', 'An empty file-name variable, so only the directory remained'],
    fixes: (c) => [fix(`Join the file name to ${c.path ?? 'the folder'}, or list the directory`, [`${c.path ?? 'The path'} is a folder: open a file inside it.`], `from pathlib import Path\nfor file in Path(${JSON.stringify(c.path ?? 'folder')}).glob("*.csv"):\n    with open(file) as f:\n        ...`)],
    references: [exc('IsADirectoryError')],
    samples: ["IsADirectoryError: [Errno 21] Is a directory: 'data/'"],
  },
  {
    id: 'python.recursion-error',
    language: 'python',
    match: /^RecursionError: maximum recursion depth exceeded/m,
    errorType: 'RecursionError',
    category: 'runtime',
    priority: 5,
    summary: 'A function called itself (directly or indirectly) too many times.',
    explanation:
      'Python limits the call stack (about 1000 frames by default). A recursive function without a reachable base case, or two functions or properties that call each other, hit that limit. The repeated lines in the traceback show the cycle.',
    causes: ['The base case of a recursion is missing or never reached', 'A property or __getattr__/__setattr__ that accesses itself', 'Two functions calling each other in a loop', 'Legitimately deep recursion on large input'],
    fixes: [
      fix('Find the cycle', ['Look at the repeating frames in the traceback and check the condition that should stop them.']),
      fix('Fix self-referencing properties', ['Store the value under another name (self._value) inside the property.'], '@property\ndef value(self):\n    return self._value'),
      fix('Rewrite deep recursion as a loop', ['Use an explicit stack or iteration; raising sys.setrecursionlimit only postpones the crash.']),
    ],
    references: [exc('RecursionError'), { title: 'Python docs: sys.setrecursionlimit', url: 'https://docs.python.org/3/library/sys.html' }],
    samples: [
      `Traceback (most recent call last):
  File "/app/tree.py", line 12, in <module>
    walk(root)
  File "/app/tree.py", line 9, in walk
    return walk(node.parent)
  [Previous line repeated 996 more times]
RecursionError: maximum recursion depth exceeded`,
    ],
  },
  {
    id: 'python.indentation-error',
    language: 'python',
    match: /^(?<kind>IndentationError|TabError): (?<message>[^\n(]+)/m,
    errorType: (c) => c.kind ?? 'IndentationError',
    category: 'syntax',
    priority: 5,
    summary: (c) => `The indentation of the code is invalid: ${(c.message ?? '').trim()}.`,
    explanation: (c) =>
      c.kind === 'TabError'
        ? 'The block mixes tabs and spaces. They may look aligned in the editor, but Python counts them differently and refuses to guess.'
        : 'Python uses indentation to define blocks. A line is indented where no block starts, a block after a colon is empty, or a dedent does not line up with any outer block.',
    causes: ['Tabs and spaces mixed in the same block', 'A block after if/for/def/class with no body', 'Code pasted from elsewhere with different indentation'],
    fixes: [
      fix('Re-indent with spaces only', ['Let the editor convert tabs to 4 spaces and show whitespace; a formatter fixes it for the whole file.'], 'python -m pip install black && black file.py'),
      fix('Give empty blocks a body', ['Use pass as a placeholder.'], 'def todo():\n    pass'),
    ],
    references: [exc('IndentationError'), { title: 'Python reference: Lexical analysis (indentation)', url: 'https://docs.python.org/3/reference/lexical_analysis.html' }],
    samples: [
      `  File "/home/dev/app.py", line 5
    print("done")
IndentationError: unindent does not match any outer indentation level`,
      "IndentationError: expected an indented block after 'if' statement on line 3",
      'TabError: inconsistent use of tabs and spaces in indentation',
    ],
  },
  {
    id: 'python.syntax-print',
    language: 'python',
    match: /^SyntaxError: Missing parentheses in call to '(?<name>print|exec)'/m,
    errorType: 'SyntaxError',
    category: 'syntax',
    priority: 7,
    summary: (c) => `Python 2 style ${c.name} statement in Python 3 code.`,
    explanation: (c) => `In Python 3 ${c.name} is a function and needs parentheses. The code (or a dependency) was written for Python 2.`,
    causes: ['Old Python 2 code or tutorial', 'A dependency that only supports Python 2'],
    fixes: (c) => [
      fix(`Call ${c.name ?? 'print'} as a function`, [`In Python 3, ${c.name ?? 'print'} is a function: add parentheses.`], c.name === 'exec' ? 'exec(code)' : 'print("hello", name)'),
      fix('Upgrade or replace Python 2 dependencies', ['Install a Python 3 compatible version of the library that fails.']),
    ],
    references: [{ title: 'Python docs: Built-in functions (print)', url: 'https://docs.python.org/3/library/functions.html' }],
    samples: [
      `  File "/home/dev/old.py", line 1
    print "hello"
    ^^^^^^^^^^^^^
SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?`,
    ],
  },
  {
    id: 'python.syntax-unterminated-string',
    language: 'python',
    match: /^SyntaxError: (?:EOL while scanning string literal|EOF while scanning triple-quoted string literal|unterminated (?:triple-quoted )?string literal)/m,
    errorType: 'SyntaxError',
    category: 'syntax',
    priority: 6,
    summary: 'A string literal is not closed.',
    explanation:
      'A quote opens a string that does not end on the same line (or, for triple quotes, before the end of the file). Often a closing quote is missing, a quote inside the text is not escaped, or a Windows path ends with a backslash that escapes the closing quote.',
    causes: ['A missing closing quote', 'An unescaped quote of the same kind inside the text', "A trailing backslash, e.g. 'C:\\folder\\'", 'A multi-line text in single quotes'],
    fixes: [
      fix('Close or escape the quote', ['Use the other quote type inside the text, escape it, or use triple quotes for multi-line text.'], 'msg = "It\'s fine"\npath = r"C:\\folder"  # raw string; no trailing backslash'),
    ],
    references: [{ title: 'Python reference: String literals', url: 'https://docs.python.org/3/reference/lexical_analysis.html' }],
    samples: [
      `  File "/app/main.py", line 4
    name = "Alice
           ^
SyntaxError: unterminated string literal (detected at line 4)`,
      'SyntaxError: EOL while scanning string literal',
    ],
  },
  {
    id: 'python.syntax-fstring',
    language: 'python',
    match: /^SyntaxError: f-string: (?<message>.+)$/m,
    errorType: 'SyntaxError',
    category: 'syntax',
    priority: 6,
    summary: (c) => `An f-string is malformed: ${c.message}.`,
    explanation:
      'Inside an f-string, {…} holds an expression. Before Python 3.12, the expression may not reuse the quote character of the f-string, may not contain a backslash, and braces meant literally must be doubled ({{ and }}).',
    causes: ['Reusing the same quotes inside the braces (f"{d["key"]}") on Python < 3.12', 'Unbalanced or empty braces', 'Literal braces not doubled'],
    fixes: [fix('Use the other quote type inside, and double literal braces', [], 'f"{user[\'name\']} has {{literal braces}}"')],
    references: [{ title: 'Python reference: f-strings', url: 'https://docs.python.org/3/reference/lexical_analysis.html' }],
    samples: ["SyntaxError: f-string: unmatched '['", "SyntaxError: f-string: expecting '}'"],
  },
  {
    id: 'python.syntax-error',
    language: 'python',
    match: /^SyntaxError: (?<message>[^\n]+)$/m,
    errorType: 'SyntaxError',
    category: 'syntax',
    priority: 1,
    summary: (c) => `Python could not parse the code: ${c.message}.`,
    explanation:
      'The file is not valid Python, so nothing in it ran. The caret (^) in the output points at where the parser gave up; the real mistake is often just before it: a missing colon, bracket or comma on that or the previous line.',
    causes: ['A missing colon after if/for/def/class, or a missing closing bracket on the previous line', 'Code for a newer Python version (match statements, walrus operator) run by an older interpreter', 'A keyword used as a name, or = instead of == in a condition'],
    fixes: [
      fix('Look at the marked line and the one before', ['Check brackets, colons, commas and quotes around the caret.']),
      fix('Check the interpreter version', ['Make sure the Python that runs the code supports the syntax used.'], 'python --version'),
    ],
    references: [exc('SyntaxError'), ERRORS_TUTORIAL],
    samples: [
      `  File "/home/dev/app.py", line 12
    if x > 3
            ^
SyntaxError: expected ':'`,
      'SyntaxError: invalid syntax',
    ],
  },
  {
    id: 'python.unicode-decode',
    language: 'python',
    match: /^UnicodeDecodeError: '(?<codec>[^']+)' codec can't decode byte (?<byte>0x[0-9a-fA-F]{2}) in position (?<position>\d+)/m,
    errorType: 'UnicodeDecodeError',
    category: 'io',
    priority: 5,
    summary: (c) => `Bytes could not be decoded as ${c.codec}.`,
    explanation: (c) =>
      `Text was decoded with the ${c.codec} encoding, and byte ${c.byte} at position ${c.position} is not valid in it. The data is in another encoding (often cp1252/latin-1 from Windows or Excel, or UTF-16), or it is not text at all (a zip, an image, a gzip-compressed response).`,
    causes: ['The file was saved in another encoding (Windows-1252, Latin-1, UTF-16)', 'A binary file opened in text mode', 'open() used the platform default encoding instead of the file\'s'],
    fixes: [
      fix('Open with the file\'s real encoding', ['Pass encoding= explicitly; utf-8-sig also strips a BOM.'], 'with open(path, encoding="cp1252") as f:  # or "utf-8-sig", "latin-1"\n    text = f.read()'),
      fix('Open binary data in binary mode', ['Use "rb" for files that are not text.'], 'with open(path, "rb") as f:\n    data = f.read()'),
    ],
    references: [{ title: 'Python HOWTO: Unicode', url: 'https://docs.python.org/3/howto/unicode.html' }, exc('UnicodeDecodeError')],
    samples: ["UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 1024: invalid continuation byte"],
  },
  {
    id: 'python.json-decode',
    language: 'python',
    match: /(?:^|\.)JSONDecodeError: (?<message>[^\n:]+): line (?<line>\d+) column (?<col>\d+) \(char (?<char>\d+)\)/m,
    errorType: 'JSONDecodeError',
    category: 'io',
    priority: 5,
    summary: (c) => (c.char === '0' ? 'The text being parsed as JSON is empty or not JSON at all.' : `The JSON is malformed at line ${c.line}, column ${c.col}.`),
    explanation: (c) =>
      c.char === '0'
        ? 'The parser failed at the very first character: the input is empty, or it is something else such as an HTML error page, a plain-text error from a server or proxy, or a file that was never written.'
        : `Parsing stopped with "${c.message}" at line ${c.line}, column ${c.col}: the text is not valid JSON there (single quotes, trailing commas, comments and NaN are not allowed in JSON).`,
    causes: ['An HTTP response that is an error page (HTML) or empty body, not JSON', 'An empty file or empty string', "Python-style dict text (single quotes, True/None) instead of JSON", 'Trailing commas or comments in the JSON'],
    fixes: [
      fix('Look at the raw text first', ['Print the status code and the first characters of the body before parsing.'], 'print(response.status_code, response.text[:200])\nresponse.raise_for_status()\ndata = response.json()'),
      fix('Produce real JSON', ['Write JSON with json.dumps, not str(dict); remove trailing commas and comments.']),
    ],
    references: [{ title: 'Python docs: json', url: 'https://docs.python.org/3/library/json.html' }],
    samples: [
      `Traceback (most recent call last):
  File "/app/client.py", line 15, in fetch
    return json.loads(resp.text)
  File "/usr/lib/python3.11/json/__init__.py", line 346, in loads
    return _default_decoder.decode(s)
  File "/usr/lib/python3.11/json/decoder.py", line 355, in raw_decode
    raise JSONDecodeError("Expecting value", s, err.value) from None
json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)`,
      "requests.exceptions.JSONDecodeError: Expecting ',' delimiter: line 3 column 5 (char 27)",
    ],
  },
  {
    id: 'python.stop-iteration',
    language: 'python',
    match: /^(?:StopIteration\b|RuntimeError: generator raised StopIteration)/m,
    errorType: 'StopIteration',
    category: 'runtime',
    priority: 4,
    summary: 'next() was called on an iterator that had nothing left.',
    explanation:
      'next(iterator) raises StopIteration when the iterator is exhausted, for example next(x for x in items if ...) when nothing matches. Inside a generator it becomes "RuntimeError: generator raised StopIteration".',
    causes: ['next() on a generator expression with no matching item', 'Reusing an iterator that was already consumed', 'An empty file or result set'],
    fixes: [fix('Give next() a default', ['Handle "nothing found" explicitly.'], 'user = next((u for u in users if u.id == uid), None)\nif user is None:\n    ...')],
    references: [exc('StopIteration')],
    samples: [
      `Traceback (most recent call last):
  File "/app/find.py", line 4, in <module>
    first = next(u for u in users if u.active)
StopIteration`,
    ],
  },
  {
    id: 'python.assertion-error',
    language: 'python',
    match: /^AssertionError(?::[ ]?(?<message>[^\n]*))?$/m,
    errorType: 'AssertionError',
    category: 'runtime',
    priority: 3,
    summary: 'An assert statement failed.',
    explanation: (c) =>
      `An assert (in your code or in a test) checked a condition that turned out false${c.message ? `; its message says: ${c.message}` : ''}. In tests this means the actual value differs from the expected one; in application code an assumption about the data did not hold.`,
    causes: ['A test expectation differs from the actual result', 'An assumption in the code (assert x is not None) is false for this input'],
    fixes: [
      fix('Compare expected and actual values', ['Run the test with more detail to see both sides.'], 'python -m pytest -vv path/to/test_file.py'),
      fix("Don't use assert for input validation", ['assert is skipped under python -O; raise a proper exception for invalid input.']),
    ],
    references: [exc('AssertionError'), { title: 'Python reference: The assert statement', url: 'https://docs.python.org/3/reference/simple_stmts.html' }],
    samples: [
      `Traceback (most recent call last):
  File "/app/check.py", line 6, in <module>
    assert total == 100, "totals do not add up"
AssertionError: totals do not add up`,
    ],
  },
  {
    id: 'python.keyboard-interrupt',
    language: 'python',
    match: /^KeyboardInterrupt\s*$/m,
    errorType: 'KeyboardInterrupt',
    category: 'runtime',
    priority: 3,
    summary: 'The program was stopped with Ctrl+C (SIGINT).',
    explanation:
      'This is not a bug in the code: the process received an interrupt (Ctrl+C in the terminal, or a stop from an IDE or process manager), and Python raised KeyboardInterrupt wherever it was running. The traceback shows where it was at that moment, which helps if it seemed stuck.',
    causes: ['You or a tool pressed Ctrl+C / stopped the process', 'The program seemed to hang (waiting on network, input or a long loop) and was interrupted'],
    fixes: [
      fix('If it was stuck, look at the last frame', ['The innermost frame shows what it was waiting on: add timeouts to network calls, progress output to long loops.']),
      fix('Exit cleanly on Ctrl+C', [], 'try:\n    main()\nexcept KeyboardInterrupt:\n    print("Interrupted")'),
    ],
    references: [exc('KeyboardInterrupt')],
    samples: [
      `^CTraceback (most recent call last):
  File "/app/worker.py", line 30, in <module>
    time.sleep(5)
KeyboardInterrupt`,
    ],
  },
  {
    id: 'python.memory-error',
    language: 'python',
    match: /^MemoryError\b/m,
    errorType: 'MemoryError',
    category: 'memory',
    priority: 4,
    summary: 'Python ran out of memory.',
    explanation: 'An allocation failed: the program tried to hold more data in memory than the machine or container allows, typically by loading a whole large file or building a huge list or array at once.',
    causes: ['Reading a large file or query result entirely into memory', 'An accidentally huge array (wrong shape, a cartesian product)', 'A container or 32-bit Python with a low memory limit'],
    fixes: [
      fix('Process data in chunks', ['Stream files line by line, read CSVs with chunksize, iterate database results.'], 'for chunk in pd.read_csv(path, chunksize=100_000):\n    process(chunk)'),
      fix('Use smaller types or more memory', ['Downcast numeric columns (float32, category); raise the container memory limit if the data really needs it.']),
    ],
    references: [exc('MemoryError')],
    samples: ['MemoryError: Unable to allocate 7.45 GiB for an array with shape (1000000000,) and data type float64'],
  },
  {
    id: 'python.cuda-out-of-memory',
    language: 'python',
    // Also the message alone, as quoted in an issue ("`CUDA out of memory. Tried to allocate …`"): then it names the allocation.
    match:
      /^(?:(?<cls>RuntimeError|(?:torch\.(?:cuda\.)?)?OutOfMemoryError): CUDA out of memory\.?|[`'" \t]{0,3}CUDA out of memory\. (?=Tried to allocate))(?: ?Tried to allocate (?<alloc>[\d.]+ [KMGT]iB))?/m,
    // Old PyTorch raised RuntimeError; 2.x raises torch.OutOfMemoryError (torch.cuda.… before 2.5).
    errorType: (c) => (c.cls ?? 'OutOfMemoryError').split('.').pop() ?? 'OutOfMemoryError',
    category: 'memory',
    priority: 7,
    summary: (c) => `The GPU ran out of memory${c.alloc ? ` while allocating ${c.alloc}` : ''}.`,
    explanation:
      'PyTorch could not allocate GPU memory: the model, its activations, gradients and the batch together need more than is free on the card. Memory held by other processes (another notebook kernel, a previous run), tensors kept alive across iterations and allocator fragmentation reduce what is available.',
    causes: [
      'Batch size or input resolution too large for the GPU',
      'Tensors kept across iterations (e.g. total_loss += loss instead of loss.item()), so their graphs are never freed',
      'Another process (a notebook kernel, an earlier run) holds GPU memory',
      'Inference without torch.no_grad(), which stores activations for a backward pass that never comes',
    ],
    fixes: (c) => [
      fix('Reduce the memory per step', [`${c.cls ?? 'The OutOfMemoryError'} came from one allocation${c.alloc ? ` of ${c.alloc}` : ''}: lower the batch size; keep the effective batch with gradient accumulation, and use mixed precision.`], 'with torch.autocast("cuda", dtype=torch.float16):\n    loss = model(x)'),
      fix('Free what is not needed', ['Log loss.item() instead of the tensor, wrap inference in torch.no_grad(), and check nvidia-smi for other processes.'], 'with torch.no_grad():\n    preds = model(x)'),
    ],
    references: [{ title: 'PyTorch docs: CUDA semantics (memory management)', url: 'https://pytorch.org/docs/stable/notes/cuda.html' }],
    samples: [
      'RuntimeError: CUDA out of memory. Tried to allocate 92.00 MiB (GPU 0; 1.96 GiB total capacity; 1.46 GiB already allocated; 16.38 MiB free; 1.51 GiB reserved in total by PyTorch)',
      'torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB. GPU 0 has a total capacity of 23.65 GiB of which 1.12 GiB is free.',
    ],
  },
  {
    id: 'python.overflow-error',
    language: 'python',
    match: /^OverflowError: (?<message>[^\n]+)$/m,
    errorType: 'OverflowError',
    category: 'runtime',
    priority: 4,
    summary: (c) => `A number is too large for this operation: ${c.message}.`,
    explanation: 'Python integers are unbounded, but floats and many C-level APIs (math functions, timestamps, numpy fixed-width types) are not. A value exceeded their range, often after an exponential or a runaway calculation.',
    causes: ['math.exp() or ** on a large float', 'Converting a huge int to float or to a C integer (numpy, datetime)', 'A calculation that diverges (runaway loop, wrong units)'],
    fixes: [fix('Check the magnitude and the units', ['Print the value before the failing call; use logarithms or Decimal for very large quantities.'], 'import math\nlog_value = x * math.log(base)  # instead of base ** x')],
    references: [exc('OverflowError')],
    samples: ['OverflowError: math range error', 'OverflowError: int too large to convert to float'],
  },
  {
    id: 'python.timeout',
    language: 'python',
    match: /^(?<exc>socket\.timeout|(?:asyncio\.(?:exceptions\.)?)?TimeoutError|requests\.exceptions\.(?:ReadTimeout|ConnectTimeout|Timeout)|httpx\.(?:ReadTimeout|ConnectTimeout))\b(?::[ ]?(?<message>[^\n]*))?$/m,
    // The class as raised: socket.timeout, requests' ReadTimeout… (all "a timeout", but named apart).
    errorType: (c) => c.exc?.split('.').pop() ?? 'TimeoutError',
    category: 'network',
    priority: 4,
    summary: 'A network operation timed out.',
    explanation: 'The program waited for a connection or a response longer than the configured timeout. The other side is slow, unreachable (firewall, wrong host or port), or overloaded; or the timeout is too short for the work requested.',
    causes: ['The server is slow or overloaded', 'A firewall, VPN or security group drops the packets', 'Wrong host or port (connect timeouts)', 'The timeout is shorter than the operation needs'],
    fixes: [
      fix('Check reachability', ['Try the same host and port from the same machine/container.'], 'curl -v --max-time 10 https://api.example.com/health'),
      fix('Set explicit timeouts and retry with backoff', ['Separate connect and read timeouts; retry idempotent requests.'], 'requests.get(url, timeout=(3.05, 30))'),
    ],
    references: [exc('TimeoutError'), REQUESTS],
    samples: [
      "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.example.com', port=443): Read timed out. (read timeout=10)",
      'TimeoutError: [Errno 110] Connection timed out',
    ],
  },
  {
    id: 'python.connection-refused',
    language: 'python',
    match: /^ConnectionRefusedError: \[(?:Errno (?:111|61)|WinError 10061)\][^\n]*/m,
    errorType: 'ConnectionRefusedError',
    category: 'network',
    priority: 5,
    summary: 'The connection was refused: nothing is listening at that address and port.',
    explanation:
      'The target machine answered, but no process accepts connections on that port. The service is not running, listens on another port or interface (127.0.0.1 only), or, inside Docker, "localhost" points at the container itself rather than the other service.',
    causes: ['The server or database is not running', 'Wrong port, or the service listens only on 127.0.0.1', 'In Docker/compose, localhost refers to the container itself; use the service name'],
    fixes: [
      fix('Check that the service is up and listening', ['Start it, then verify the port.'], 'ss -ltnp | grep <port>   # or: docker compose ps'),
      fix('Use the right host in containers', ['Connect to the compose service name (e.g. db:5432), not localhost.']),
    ],
    references: [exc('ConnectionRefusedError')],
    samples: [
      `Traceback (most recent call last):
  File "/app/client.py", line 8, in <module>
    sock.connect(("localhost", 6379))
ConnectionRefusedError: [Errno 111] Connection refused`,
    ],
  },
  {
    id: 'python.requests-connection-error',
    language: 'python',
    match: /^requests\.exceptions\.ConnectionError: (?:\w+ConnectionPool\(host='(?<host>[^']+)', port=(?<port>\d+)\))?[^\n]*/m,
    errorType: 'ConnectionError',
    category: 'network',
    priority: 4,
    summary: (c) => (c.host ? `requests could not connect to ${c.host}:${c.port}.` : 'requests could not connect to the server.'),
    explanation:
      'The HTTP request never got a response: the name did not resolve, the connection was refused or reset, or the network is unreachable. The text after "Caused by" (or the first exception of the chain) says which.',
    causes: ['The server is down or the port is wrong (Connection refused)', 'The host name does not resolve (Name or service not known, getaddrinfo failed)', 'A proxy, VPN or firewall blocks the connection', 'Too many retries against an unstable server'],
    fixes: (c) => [
      fix('Test the same URL from the same environment', [], `curl -v ${c.host ? `http${c.port === '443' ? 's' : ''}://${c.host}:${c.port}/` : '<url>'}`),
      fix('Check DNS, proxy and container networking', ['Resolve the host (nslookup), check HTTP(S)_PROXY variables, and use service names inside Docker networks.']),
    ],
    references: [REQUESTS],
    samples: [
      "requests.exceptions.ConnectionError: HTTPConnectionPool(host='localhost', port=8000): Max retries exceeded with url: /api/items (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused'))",
    ],
  },
  {
    id: 'python.requests-http-error',
    language: 'python',
    match: /^requests\.exceptions\.HTTPError: (?<status>\d{3}) (?:Client|Server) Error: (?<reason>[^\n]+?) for url:/m,
    errorType: 'HTTPError',
    category: 'network',
    priority: 5,
    summary: (c) => `The server answered with HTTP ${c.status} (${c.reason}).`,
    explanation: (c) =>
      `response.raise_for_status() turned the HTTP status ${c.status} into an exception. ${Number(c.status) >= 500 ? 'A 5xx status means the server failed; the request may be fine.' : 'A 4xx status means the server rejected the request itself: the URL, method, credentials or body are not what it expects.'}`,
    causes: (c) =>
      Number(c.status) >= 500
        ? ['A bug or outage on the server side', 'A gateway/proxy timeout in front of the server (502/503/504)']
        : ['Wrong URL or path (404)', 'Missing or invalid credentials/API key (401/403)', 'Invalid request body or parameters (400/422)', 'Rate limiting (429)'],
    fixes: [
      fix('Read the response body', ['APIs explain the rejection in the body; log it before raising.'], 'if not response.ok:\n    print(response.status_code, response.text[:500])'),
      fix('Retry only what is retryable', ['Retry 429/5xx with backoff; fix the request for other 4xx.']),
    ],
    references: [REQUESTS, { title: 'MDN: HTTP response status codes', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status' }],
    samples: ['requests.exceptions.HTTPError: 404 Client Error: Not Found for url: https://api.example.com/v1/users/42'],
  },
  {
    id: 'python.ssl-certificate-verify',
    language: 'python',
    // The exception raised to the user is the one on the line: ssl.SSLCertVerificationError itself,
    // or requests' SSLError / urllib's URLError wrapping it ("Caused by SSLError(…)").
    match: /(?:^(?<outer>(?:[A-Za-z_]\w{0,40}\.){0,6}[A-Z]\w{0,60}(?:Error|Exception)): [^\n]*?)?\[SSL: CERTIFICATE_VERIFY_FAILED\] certificate verify failed(?:: (?<reason>[^(\n]+))?/m,
    errorType: (c) => c.outer?.split('.').pop() ?? 'SSLCertVerificationError',
    category: 'network',
    priority: 7,
    summary: 'The server\'s TLS certificate could not be verified.',
    explanation: (c) =>
      `Python checked the HTTPS certificate against its trusted CA store and failed${c.reason ? ` (${c.reason.trim()})` : ''}. Either the CA store is missing or outdated (common on macOS python.org installs), a corporate proxy re-signs traffic with its own certificate, or the server's certificate is self-signed, expired or for another host name.`,
    causes: ['The Python installation has no CA certificates (macOS: Install Certificates.command not run)', 'A corporate proxy or antivirus intercepts TLS with its own root certificate', 'The server uses a self-signed, expired or incomplete certificate chain'],
    fixes: [
      fix('Install or update the CA bundle', ['Update certifi; on macOS run the "Install Certificates.command" shipped with Python.'], 'python -m pip install --upgrade certifi'),
      fix('Trust your organisation\'s CA explicitly', ['Point requests (or SSL_CERT_FILE) at a bundle that includes the proxy or internal CA.'], 'export REQUESTS_CA_BUNDLE=/path/to/corporate-ca.pem'),
      fix('Do not disable verification', ['verify=False hides the problem and exposes the connection to interception; fix the trust chain instead.']),
    ],
    references: [{ title: 'Python docs: ssl', url: 'https://docs.python.org/3/library/ssl.html' }, { title: 'Requests: SSL certificate verification', url: 'https://requests.readthedocs.io/en/latest/user/advanced/' }],
    samples: ["requests.exceptions.SSLError: HTTPSConnectionPool(host='pypi.org', port=443): Max retries exceeded with url: /simple/ (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1129)')))", 
      "ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)",
      "urllib.error.URLError: <urlopen error [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate in certificate chain (_ssl.c:1006)>",
    ],
  },
  {
    id: 'python.django-improperly-configured',
    language: 'python',
    match: /^django\.core\.exceptions\.ImproperlyConfigured: (?<message>[^\n]+)$/m,
    errorType: 'ImproperlyConfigured',
    category: 'configuration',
    priority: 6,
    summary: 'Django\'s settings are missing or invalid.',
    explanation: (c) =>
      /settings are not configured|DJANGO_SETTINGS_MODULE/.test(c.message ?? '')
        ? 'Django code ran before Django knew which settings module to use: DJANGO_SETTINGS_MODULE is not set and django.setup() was not called (typical for standalone scripts and tests).'
        : 'Django refused to start because a setting is missing or has an invalid value. The message names the setting.',
    causes: ['DJANGO_SETTINGS_MODULE not set for a script, worker or test run', 'A required setting is empty (SECRET_KEY, DATABASES) because an environment variable is missing', 'A database driver for the configured ENGINE is not installed'],
    fixes: [
      fix('Point Django at its settings', ['Set the variable, or call django.setup() in standalone scripts; prefer manage.py commands.'], 'export DJANGO_SETTINGS_MODULE=mysite.settings\n# in a script:\nimport django; django.setup()'),
      fix('Provide the missing setting', ['Set the named setting (often via an environment variable read in settings.py).']),
    ],
    references: [{ title: 'Django docs: Settings', url: 'https://docs.djangoproject.com/en/stable/topics/settings/' }, { title: 'Django docs: Exceptions', url: 'https://docs.djangoproject.com/en/stable/ref/exceptions/' }],
    samples: [
      'django.core.exceptions.ImproperlyConfigured: Requested setting INSTALLED_APPS, but settings are not configured. You must either define the environment variable DJANGO_SETTINGS_MODULE or call settings.configure() before accessing settings.',
      'django.core.exceptions.ImproperlyConfigured: The SECRET_KEY setting must not be empty.',
    ],
  },
  {
    id: 'python.django-no-such-table',
    language: 'python',
    // Django only (plain sqlite3 errors belong to the SQL patterns). Anchored at the start, so
    // one linear attempt: "django" anywhere in the text, then the last matching error line.
    match: /^(?=[\s\S]*?\bdjango\b)(?:[\s\S]*\n)?(?:django\.db\.utils\.|sqlite3\.)OperationalError: no such table: (?<table>\S+)/,
    errorType: 'OperationalError',
    category: 'database',
    priority: 6,
    summary: (c) => `The table ${c.table} does not exist in the Django database.`,
    explanation: (c) =>
      `The query uses ${c.table}, but the database Django opened has no such table: the migrations that create it were not applied to this database, or they were never generated for a new model. With SQLite, a relative NAME path can also point a different entry point at another, empty database file.`,
    causes: ['Migrations were not applied (python manage.py migrate)', 'A new model or app without its migration (makemigrations not run, or the app missing from INSTALLED_APPS)', 'A relative SQLite path pointing at another, empty file'],
    fixes: (c) => [
      fix(`Create and apply the migration for ${c.table ?? 'the table'}`, [`${c.table ?? 'The table'} belongs to an app whose migrations were not applied to this database (check that the app is in INSTALLED_APPS).`], `python manage.py makemigrations\npython manage.py migrate\npython manage.py showmigrations`),
      fix('Use an absolute database path', ['Build NAME from BASE_DIR so every entry point (runserver, tests, workers) opens the same file.'], "'NAME': BASE_DIR / 'db.sqlite3'"),
    ],
    references: [{ title: 'Django docs: Migrations', url: 'https://docs.djangoproject.com/en/stable/topics/migrations/' }, { title: 'Django docs: Databases', url: 'https://docs.djangoproject.com/en/stable/ref/databases/' }],
    samples: [
      'django.db.utils.OperationalError: no such table: blog_post',
      `Traceback (most recent call last):
  File "/venv/lib/python3.12/site-packages/django/db/backends/utils.py", line 105, in _execute
    return self.cursor.execute(sql, params)
  File "/venv/lib/python3.12/site-packages/django/db/backends/sqlite3/base.py", line 329, in execute
    return super().execute(query, params)
sqlite3.OperationalError: no such table: shop_order

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "/srv/shop/orders/views.py", line 18, in index
    for order in Order.objects.all():
django.db.utils.OperationalError: no such table: shop_order`,
    ],
  },
  {
    id: 'python.sqlalchemy-operational',
    language: 'python',
    match: /^sqlalchemy\.exc\.OperationalError: \((?<driver>\w+)[\w.]*\) (?<message>[^\n]+)$/m,
    errorType: 'OperationalError',
    category: 'database',
    priority: 5,
    summary: (c) => `The database reported an operational error through the ${c.driver} driver.`,
    explanation: (c) => {
      const m = c.message ?? '';
      if (/refused|could not connect|Can't connect|Connection timed out|could not translate host/i.test(m)) {
        return 'SQLAlchemy could not connect: the database server is not reachable at the host and port of the connection URL.';
      }
      if (/password authentication failed|Access denied/i.test(m)) return 'The database rejected the credentials in the connection URL.';
      if (/no such table|does not exist/i.test(m)) return 'The query refers to a table that does not exist: the schema was not created or migrated in this database.';
      return 'The database could not carry out the operation; the driver\'s message after the parenthesis says why.';
    },
    causes: ['The database server is not running or not reachable at that host/port', 'Wrong credentials or database name in the connection URL', 'Tables not created: migrations (Alembic) or metadata.create_all() not run'],
    fixes: [
      fix('Check the connection URL and the server', ['Print the URL (without password) the app uses and connect with the database client using the same values.'], 'psql "postgresql://user@host:5432/dbname" -c "select 1"'),
      fix('Create the schema', ['Run your migrations against this database.'], 'alembic upgrade head'),
    ],
    references: [{ title: 'SQLAlchemy: Error messages', url: 'https://docs.sqlalchemy.org/en/20/errors.html' }],
    samples: [
      'sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "localhost" (127.0.0.1), port 5432 failed: Connection refused',
      'sqlalchemy.exc.OperationalError: (sqlite3.OperationalError) no such table: users',
    ],
  },
  {
    id: 'python.pandas-setting-with-copy',
    language: 'python',
    match: /SettingWithCopyWarning:/,
    errorType: 'SettingWithCopyWarning',
    category: 'runtime',
    priority: 5,
    summary: 'A value was set on what may be a copy of a DataFrame slice.',
    explanation:
      'The code filtered a DataFrame and then assigned to the result (or used chained indexing like df[mask]["col"] = x). pandas cannot tell whether the result is a view or a copy, so the assignment may not change the original DataFrame. It is a warning, but it often signals a silent bug.',
    causes: ['Chained indexing: df[cond]["col"] = value', 'Modifying a filtered subset that is later expected to change the original'],
    fixes: [
      fix('Assign in one .loc step', [], 'df.loc[df["age"] > 18, "adult"] = True'),
      fix('Make the copy explicit when you want a separate frame', [], 'subset = df[df["age"] > 18].copy()\nsubset["adult"] = True'),
    ],
    references: [{ title: 'pandas user guide: Copy-on-Write', url: 'https://pandas.pydata.org/docs/user_guide/copy_on_write.html' }, { title: 'pandas user guide: Indexing and selecting data', url: 'https://pandas.pydata.org/docs/user_guide/indexing.html' }],
    samples: [
      `/app/clean.py:12: SettingWithCopyWarning: 
A value is trying to be set on a copy of a slice from a DataFrame.
Try using .loc[row_indexer,col_indexer] = value instead`,
    ],
  },
  {
    id: 'python.coroutine-never-awaited',
    language: 'python',
    match: /RuntimeWarning: coroutine '(?<name>[^']+)' was never awaited/,
    errorType: 'RuntimeWarning',
    category: 'concurrency',
    priority: 6,
    summary: (c) => `The coroutine '${c.name}' was created but never awaited, so it never ran.`,
    explanation: (c) =>
      `Calling an async function only creates a coroutine object; its body runs when it is awaited or scheduled. ${c.name}() was called without await, so its work was silently skipped.`,
    causes: ['A missing await in front of an async call', 'Calling an async function from synchronous code', 'Passing an async function as a callback to code that does not await it'],
    fixes: (c) => [
      fix('Await it', [], `result = await ${(c.name ?? 'fetch').split('.').pop()}(...)`),
      fix('From synchronous code, run it in an event loop', [], `asyncio.run(${(c.name ?? 'main').split('.').pop()}())`),
    ],
    references: [ASYNCIO_DEV, { title: 'Python docs: Coroutines and tasks', url: 'https://docs.python.org/3/library/asyncio-task.html' }],
    samples: ["/app/main.py:20: RuntimeWarning: coroutine 'fetch_data' was never awaited\n  fetch_data(url)\nRuntimeWarning: Enable tracemalloc to get the object allocation traceback"],
  },
  {
    id: 'python.event-loop-closed',
    language: 'python',
    match: /^RuntimeError: Event loop is closed/m,
    errorType: 'RuntimeError',
    category: 'concurrency',
    priority: 6,
    summary: 'Async code ran after its event loop had been closed.',
    explanation:
      'Something (often a client library\'s cleanup, such as aiohttp or httpx closing a connection) tried to schedule work on an asyncio event loop that asyncio.run() or a test fixture had already closed. On Windows this also appears at exit with the Proactor loop.',
    causes: ['Async clients or sessions not closed before the loop ends', 'Reusing an object created in one event loop in another (e.g. across tests)', 'Calling asyncio.run() several times with shared async resources'],
    fixes: [
      fix('Close async resources inside the loop', ['Use async with for sessions/clients so they close before asyncio.run() returns.'], 'async def main():\n    async with httpx.AsyncClient() as client:\n        ...\nasyncio.run(main())'),
      fix('Create loop-bound objects inside the loop that uses them', ['In tests, create clients per test or per loop fixture.']),
    ],
    references: [ASYNCIO_DEV, { title: 'Python docs: asyncio event loop', url: 'https://docs.python.org/3/library/asyncio-eventloop.html' }],
    samples: [
      `Exception ignored in: <function _ProactorBasePipeTransport.__del__ at 0x000001>
Traceback (most recent call last):
  File "C:\\Python311\\Lib\\asyncio\\proactor_events.py", line 116, in __del__
    self.close()
  File "C:\\Python311\\Lib\\asyncio\\base_events.py", line 519, in _check_closed
    raise RuntimeError('Event loop is closed')
RuntimeError: Event loop is closed`,
    ],
  },
  {
    id: 'python.asyncio-run-running-loop',
    language: 'python',
    match: /^RuntimeError: (?:asyncio\.run\(\) cannot be called from a running event loop|This event loop is already running)/m,
    errorType: 'RuntimeError',
    category: 'concurrency',
    priority: 7,
    summary: 'asyncio.run() was called where an event loop is already running.',
    explanation:
      'asyncio.run() starts a new event loop and cannot be nested. Jupyter notebooks, IPython, and async frameworks (FastAPI, pytest-asyncio) already run a loop, so code there must await coroutines instead of calling asyncio.run().',
    causes: ['Calling asyncio.run() in a Jupyter notebook', 'Calling asyncio.run() inside an async function or framework handler'],
    fixes: [fix('Await instead of run', ['In a notebook cell or async function, await the coroutine directly.'], 'result = await main()')],
    references: [{ title: 'Python docs: asyncio.run', url: 'https://docs.python.org/3/library/asyncio-runner.html' }],
    samples: ['RuntimeError: asyncio.run() cannot be called from a running event loop'],
  },
  {
    id: 'python.dict-changed-size',
    language: 'python',
    match: /^RuntimeError: (?<kind>dictionary|Set|set|OrderedDict) changed size during iteration/m,
    errorType: 'RuntimeError',
    category: 'runtime',
    priority: 6,
    summary: (c) => `A ${c.kind === 'dictionary' ? 'dict' : c.kind} was modified while being looped over.`,
    explanation: 'Adding or removing entries while iterating over a dict or set invalidates the iteration, so Python stops it. Iterate over a snapshot, or build a new collection.',
    causes: ['Deleting keys inside for key in d:', 'Adding items to the collection being iterated', 'Another thread modifying the collection'],
    fixes: [
      fix('Iterate over a copy', [], 'for key in list(cache):\n    if expired(key):\n        del cache[key]'),
      fix('Build a new collection', [], 'cache = {k: v for k, v in cache.items() if not expired(k)}'),
    ],
    references: [{ title: 'Python docs: Mapping types (dict)', url: 'https://docs.python.org/3/library/stdtypes.html' }],
    samples: ['RuntimeError: dictionary changed size during iteration'],
  },
  {
    id: 'python.not-implemented',
    language: 'python',
    match: /^NotImplementedError\b(?::[ ]?(?<message>[^\n]*))?/m,
    errorType: 'NotImplementedError',
    category: 'runtime',
    priority: 3,
    summary: 'A method that must be provided by a subclass (or is not supported) was called.',
    explanation:
      'NotImplementedError marks abstract methods and unsupported operations. Either a subclass does not override a method of its base class, the base class was used directly, or the library does not support this operation for your configuration or platform.',
    causes: ['A subclass misses an override (wrong method name or signature)', 'The abstract base class was instantiated or used directly', 'A feature not supported by this backend, driver or platform'],
    fixes: [
      fix('Implement the method in the subclass', ['Check the innermost frame for the method name and override it with the same name.']),
      fix('Use an abstract base class', ['abc.ABC with @abstractmethod reports missing overrides when instantiating, not at call time.'], 'from abc import ABC, abstractmethod'),
    ],
    references: [exc('NotImplementedError'), { title: 'Python docs: abc', url: 'https://docs.python.org/3/library/abc.html' }],
    samples: [
      `Traceback (most recent call last):
  File "/app/shapes.py", line 20, in <module>
    print(shape.area())
  File "/app/shapes.py", line 5, in area
    raise NotImplementedError
NotImplementedError`,
    ],
  },
  {
    // Windows errors inside Python: "[WinError 32] Der Prozess kann nicht auf die Datei zugreifen…".
    // The message is localised; the code says what happened.
    id: 'python.winerror',
    language: 'python',
    // Python 2 printed "WindowsError: [Error 5] …".
    match: /^(?<cls>[A-Z]\w{0,40}(?:Error|Exception)): \[(?:WinError|(?<=WindowsError: \[)Error) (?<code>\d{1,5})\] (?<message>[^\n]{0,300}?)(?:: '(?<path>[^'\n]{1,400})'(?: -> '[^'\n]{1,400}')?)?[ \t]*$/m,
    errorType: (c) => c.cls ?? 'OSError',
    category: 'io',
    priority: 4,
    summary: (c) => `${c.cls} from Windows (WinError ${c.code}): ${WINERROR[c.code ?? '']?.[0] ?? c.message ?? 'the operating system refused the call'}.`,
    explanation: (c) =>
      `Windows returned error ${c.code}${c.message ? ` ("${c.message.trim()}")` : ''}${c.path ? ` for '${c.path}'` : ''} and Python raised it as ${c.cls}. ${WINERROR[c.code ?? '']?.[1] ?? 'The code is a Windows system error code; the message is in the language of the Windows installation.'}`,
    causes: (c) => WINERROR[c.code ?? '']?.[2] ?? ['A file, folder, program or network resource is missing, locked or not permitted', 'Another process holds the resource'],
    fixes: (c) => {
      const list = winErrorFixes(c);
      const step = `${c.cls ?? 'OSError'} with WinError ${c.code ?? '?'}${c.path ? ` on ${c.path}` : ''}: ${WINERROR[c.code ?? '']?.[0] ?? "see Microsoft's system error codes"}.`;
      return [{ ...list[0], steps: [step, ...list[0].steps] }, ...list.slice(1)];
    },
    references: [exc('OSError'), { title: 'Microsoft: System error codes', url: 'https://learn.microsoft.com/en-us/windows/win32/debug/system-error-codes' }],
    samples: ["WindowsError: [Error 5] Zugriff verweigert: 'C:\\\\Python27\\\\Lib\\\\site-packages\\\\x.pyd'", 
      "PermissionError: [WinError 32] Der Prozess kann nicht auf die Datei zugreifen, da sie von einem anderen Prozess verwendet wird: 'C:\\\\temp\\\\data.xlsx'",
      'OSError: [WinError 126] 找不到指定的模块。',
      'FileNotFoundError: [WinError 2] 系统找不到指定的文件。',
      'ConnectionResetError: [WinError 10054] Удаленный хост принудительно разорвал существующее подключение',
    ],
  },
  {
    id: 'python.dll-load-failed',
    language: 'python',
    match: /^ImportError: DLL load failed(?: while importing (?<module>\w+))?: (?<message>[^\n]{0,300})/m,
    errorType: 'ImportError',
    category: 'dependency',
    priority: 6,
    summary: (c) => `A compiled extension${c.module ? ` (${c.module})` : ''} could not load one of its Windows DLLs.`,
    explanation: (c) =>
      `The Python part of the package is installed, but Windows could not load ${c.module ? `the binary module ${c.module}` : 'its binary module'} or a DLL it depends on${c.message ? ` ("${c.message.trim()}")` : ''}. Typical reasons: the Microsoft Visual C++ Redistributable is missing, a 32-bit/64-bit mismatch, two versions of the same DLL on PATH (conda and pip mixed), or a package built for another Python version.`,
    causes: ['Microsoft Visual C++ Redistributable not installed', 'Mixing conda and pip builds of the same library (numpy, PyQt, OpenCV)', 'A wheel built for another Python version or architecture', 'A conflicting DLL earlier on PATH'],
    fixes: (c) => [
      fix(`Reinstall ${c.module ? `the package that provides ${c.module}` : 'the package'} for this interpreter`, ['Use the interpreter that runs the code, and install the wheel matching its version and architecture.'], `python -m pip install --force-reinstall ${c.module ? pipName(c.module) : '<package>'}`),
      fix('Install the Visual C++ Redistributable', ['Install the latest x64 Microsoft Visual C++ Redistributable, then open a new terminal.']),
      fix('Do not mix conda and pip for binary packages', ['In a conda environment, install numpy/opencv/pyqt with conda, or use a fresh venv with pip only.']),
    ],
    references: [exc('ImportError'), { title: 'Microsoft: Latest supported Visual C++ Redistributable downloads', url: 'https://learn.microsoft.com/en-us/cpp/windows/latest-supported-vc-redist' }],
    samples: ['ImportError: DLL load failed while importing cv2: Das angegebene Modul wurde nicht gefunden.', 'ImportError: DLL load failed: 找不到指定的模块。'],
  },
  {
    id: 'python.django-no-reverse-match',
    language: 'python',
    match: /^(?:django\.urls\.exceptions\.|django\.core\.urlresolvers\.)?NoReverseMatch: Reverse for '(?<name>[^'\n]{1,200})'(?<args> with (?:keyword )?arguments[^\n]{0,300}?)? not found/m,
    errorType: 'NoReverseMatch',
    category: 'configuration',
    priority: 6,
    summary: (c) => `Django cannot build a URL for '${c.name}'.`,
    explanation: (c) =>
      `reverse() or {% url '${c.name}' %} found no URL pattern named '${c.name}'${c.args ? ' that accepts the arguments given' : ''}. The name is misspelt, its app's urls.py is not included, the app's namespace is missing from the name (app_name:${c.name}), or the pattern expects different arguments.`,
    causes: ['The URL name is misspelt or the pattern has no name=', "The app's URLs use a namespace (app_name), so the name must be 'app:name'", 'The urls.py is not included in the project URLconf', 'Arguments missing or of the wrong form for the pattern'],
    fixes: (c) => [
      fix(`Name the URL pattern '${c.name}'`, [`Give the pattern name='${c.name.split(':').pop()}', and include its urls.py in the project URLconf.`, `With app_name set in that urls.py, refer to it as 'app_name:${c.name.split(':').pop()}'.`], `path("done/", views.done, name="${c.name.split(':').pop()}"),`),
      fix('Pass the arguments the pattern expects', ['Compare the arguments of reverse()/{% url %} with the converters in the pattern (<int:pk>).'], `reverse("${c.name}", kwargs={"pk": obj.pk})`),
    ],
    references: [{ title: 'Django docs: reverse()', url: 'https://docs.djangoproject.com/en/stable/ref/urlresolvers/#reverse' }, { title: 'Django docs: URL namespaces', url: 'https://docs.djangoproject.com/en/stable/topics/http/urls/#url-namespaces' }],
    samples: [
      "django.urls.exceptions.NoReverseMatch: Reverse for 'dashboard' not found. 'dashboard' is not a valid view function or pattern name.",
      "NoReverseMatch: Reverse for 'password_reset_done' with arguments '()' and keyword arguments '{}' not found. 0 pattern(s) tried: []",
    ],
  },
  {
    id: 'python.django-template-does-not-exist',
    language: 'python',
    match: /^(?:django\.template\.exceptions\.)?TemplateDoesNotExist: (?<template>[^\s,][^\n]{0,200})$/m,
    errorType: 'TemplateDoesNotExist',
    category: 'configuration',
    priority: 6,
    summary: (c) => `Django cannot find the template ${c.template}.`,
    explanation: (c) =>
      `No template loader found ${c.template} in the template directories: TEMPLATES['DIRS'] and, with APP_DIRS=True, each installed app's templates/ folder. The debug page's "Template-loader postmortem" lists every path Django tried.`,
    causes: ['The template is in a folder Django does not search (not in DIRS, app not in INSTALLED_APPS)', "The app's templates are not namespaced as Django expects (app/templates/app/x.html)", 'A typo or wrong case in the template name', 'The templates folder is not copied into the deployment/container'],
    fixes: (c) => [
      fix(`Put ${c.template} where a loader looks`, ['Add the project templates folder to DIRS, or place the file under <app>/templates/ with APP_DIRS=True and the app in INSTALLED_APPS.'], "TEMPLATES = [{\n    'BACKEND': 'django.template.backends.django.DjangoTemplates',\n    'DIRS': [BASE_DIR / 'templates'],\n    'APP_DIRS': True,\n}]"),
    ],
    references: [{ title: 'Django docs: Templates (configuration and loaders)', url: 'https://docs.djangoproject.com/en/stable/topics/templates/' }],
    samples: ['django.template.exceptions.TemplateDoesNotExist: home/index.html'],
  },
  {
    id: 'python.django-does-not-exist',
    language: 'python',
    match: /^(?:[\w.]{1,200}\.)?(?<model>[A-Z]\w{0,60})\.DoesNotExist: (?<message>[^\n]{0,300})/m,
    errorType: 'DoesNotExist',
    category: 'database',
    priority: 5,
    summary: (c) => `No ${c.model} row matched the query.`,
    explanation: (c) => `${c.model}.objects.get() (or a related-object access) raises DoesNotExist when no row matches: the id or filter does not exist in this database, or the object was deleted.`,
    causes: ['.get() with an id or filter that matches nothing', 'A related object (one-to-one) that was never created', 'Data present in one environment but not in this database'],
    fixes: (c) => [
      fix(`Handle the missing ${c.model}`, ['In views, get_object_or_404 turns it into a 404; elsewhere, catch the exception or use .filter().first().'], `from django.shortcuts import get_object_or_404\nobj = get_object_or_404(${c.model}, pk=pk)\n# or\nobj = ${c.model}.objects.filter(pk=pk).first()`),
    ],
    references: [{ title: 'Django docs: Model.DoesNotExist', url: 'https://docs.djangoproject.com/en/stable/ref/models/class/#doesnotexist' }],
    samples: ['accounts.models.Profile.DoesNotExist: Profile matching query does not exist.'],
  },
  {
    id: 'python.django-apps-not-ready',
    language: 'python',
    match: /^(?:django\.core\.exceptions\.)?AppRegistryNotReady: (?<message>[^\n]{0,200})/m,
    errorType: 'AppRegistryNotReady',
    category: 'configuration',
    priority: 6,
    summary: "Django's models were used before django.setup() ran.",
    explanation: 'Models (or code importing them) ran before Django loaded its settings and apps: a standalone script or worker that imports models without django.setup(), models imported in an app\'s __init__.py, or a settings module that imports models.',
    causes: ['A standalone script imports models without calling django.setup()', "Models imported at module level in an app's __init__.py or in settings", 'A Celery or other worker started without the Django setup step'],
    fixes: [fix('Set up Django before importing models', ['Configure the settings module and call django.setup() first, or run the code as a management command.'], "import os, django\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'mysite.settings')\ndjango.setup()\nfrom myapp.models import MyModel")],
    references: [{ title: 'Django docs: Applications (initialization process)', url: 'https://docs.djangoproject.com/en/stable/ref/applications/#initialization-process' }],
    samples: ["django.core.exceptions.AppRegistryNotReady: Apps aren't loaded yet."],
  },
  {
    id: 'python.celery-not-registered',
    language: 'python',
    match: /^(?:celery\.exceptions\.)?NotRegistered: '(?<name>[^'\n]{1,200})'/m,
    errorType: 'NotRegistered',
    category: 'configuration',
    priority: 6,
    summary: (c) => `The Celery worker does not know the task '${c.name}'.`,
    explanation: (c) => `A message for '${c.name}' reached a worker that never imported the module defining it, or the task is registered under another name (the module path is part of the default name).`,
    causes: ['The worker does not import the tasks module (include=/autodiscover_tasks missing)', 'The task was renamed or moved, and old messages are still queued', 'The caller and the worker run different code versions'],
    fixes: (c) => [
      fix(`Make the worker import ${c.name}`, ['List the tasks module in include= or call app.autodiscover_tasks(), then restart the worker; check the [tasks] list it prints at startup.'], "app = Celery('proj', include=['proj.tasks'])\n# Django: app.autodiscover_tasks()"),
    ],
    references: [{ title: 'Celery docs: Tasks (names)', url: 'https://docs.celeryq.dev/en/stable/userguide/tasks.html#names' }],
    samples: ["celery.exceptions.NotRegistered: 'proj.tasks.send_report'"],
  },
  {
    // Celery's worker log names the exception in repr form, often without a traceback.
    id: 'python.celery-task-raised',
    language: 'python',
    match: /\bTask (?<name>[\w.]{1,200})\[[\w-]{1,60}\] raised unexpected: (?<cls>(?:[a-z_]\w{0,40}\.){0,6}[A-Z]\w{0,60})\((?<args>[^\n]{0,300})\)/,
    errorType: (c) => (c.cls ?? 'Exception').split('.').pop() ?? 'Exception',
    category: 'runtime',
    priority: 3,
    summary: (c) => `The Celery task ${c.name} failed with ${c.cls}(${c.args ?? ''}).`,
    explanation: (c) => `The worker ran ${c.name} and the task raised ${c.cls}. The line shows the exception's repr; the traceback (when logged) follows it, and its last "File …" line in your code is where it happened.`,
    causes: ['An error in the task code or in the data it received', 'A service the task needs (database, broker, API) was unavailable'],
    fixes: (c) => [
      fix(`Reproduce ${c.name} outside the worker`, ['Call the task function directly (task.apply() or the plain function) with the same arguments to get the full traceback.', `Handle ${c.cls} in the task, or let Celery retry it (autoretry_for) when it is transient.`], `@app.task(autoretry_for=(${(c.cls ?? 'Exception').split('.').pop()},), retry_backoff=True, max_retries=3)\ndef task(...):\n    ...`),
    ],
    references: [{ title: 'Celery docs: Tasks (retrying)', url: 'https://docs.celeryq.dev/en/stable/userguide/tasks.html#retrying' }],
    samples: ["[2023-11-02 09:12:44,120: ERROR/ForkPoolWorker-2] Task app.tasks.send_email[3f2a-11] raised unexpected: KeyError('email')"],
  },
  {
    id: 'python.socket-gaierror',
    language: 'python',
    match: /^(?:socket\.)?gaierror: \[Errno (?<errno>-?\d{1,5})\] (?<message>[^\n]{1,200})/m,
    errorType: 'gaierror',
    category: 'network',
    priority: 5,
    summary: (c) => `A host name could not be resolved: ${c.message}.`,
    explanation: 'getaddrinfo (DNS lookup) failed for the host the code connects to: the name is misspelt, it only exists inside another network (a docker compose service name used from the host, a VPN-only name), or DNS is not reachable.',
    causes: ['A typo in the host name or URL', 'A compose service name used outside its network (or localhost used inside a container)', 'No network / DNS access from this machine or container'],
    fixes: (c) => [fix('Check the host name resolves', [`Errno ${c.errno} is a resolver error: look the name up from the same machine or container that runs the code.`], 'python -c "import socket; print(socket.getaddrinfo(\'example.com\', 443))"\nnslookup example.com')],
    references: [{ title: 'Python docs: socket.gaierror', url: 'https://docs.python.org/3/library/socket.html#socket.gaierror' }],
    samples: ['socket.gaierror: [Errno -2] Name or service not known', 'socket.gaierror: [Errno 11001] getaddrinfo failed'],
  },
  {
    id: 'python.boto-no-credentials',
    language: 'python',
    match: /(?:^|\s)(?:botocore\.exceptions\.)?NoCredentialsError: Unable to locate credentials/m,
    errorType: 'NoCredentialsError',
    category: 'configuration',
    priority: 20,
    summary: 'boto3 found no AWS credentials anywhere it looks.',
    explanation:
      'boto3 searches, in order: the client\'s arguments, the AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN) variables, the shared files ~/.aws/credentials and ~/.aws/config for AWS_PROFILE (or default), and then the container or instance role. None of them gave a key: in a container the ~/.aws directory is not mounted and no role is attached, in CI the secrets are not exported, or the profile name is wrong.',
    causes: ['No AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY in this process\'s environment', '~/.aws/credentials missing (containers, other users, sudo)', 'AWS_PROFILE names a profile that is not in the files', 'No IAM role attached to the instance, task or pod'],
    fixes: [
      fix('Give this process credentials', ['Check what boto3 sees from the same environment, then export keys, set AWS_PROFILE, or attach a role (preferred on AWS).'], 'aws sts get-caller-identity\nexport AWS_PROFILE=dev            # a profile from ~/.aws/credentials\n# in Docker: -e AWS_ACCESS_KEY_ID -e AWS_SECRET_ACCESS_KEY, or mount ~/.aws read-only'),
    ],
    references: [{ title: 'boto3: Credentials', url: 'https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html' }],
    samples: ["  File \"/app/upload.py\", line 9, in upload\n    s3.upload_file(path, bucket, key)\nbotocore.exceptions.NoCredentialsError: Unable to locate credentials"],
  },
  {
    id: 'python.jinja-template-not-found',
    language: 'python',
    match: /(?:^|\s)(?:jinja2\.exceptions\.)?TemplateNotFound: (?<name>[^\s\n][^\n]{0,300})$/m,
    errorType: 'TemplateNotFound',
    category: 'io',
    priority: 20,
    summary: (c) => `Jinja cannot find the template ${c.name}.`,
    explanation: (c) =>
      `The template loader searched its folders for ${c.name} and found nothing. Flask looks in the templates folder next to the application's module or package (not the current directory), each blueprint in its own template_folder; the name is relative to those folders and case-sensitive on Linux.`,
    causes: ['The file is not in the folder the loader searches (templates/ next to the app module)', 'A different name or letter case than the file', 'The package is installed without its template files (missing from package data)'],
    fixes: (c) => [
      fix(`Put ${c.name} where the loader looks`, [`Move ${c.name} into the templates folder of the app (or of the blueprint), or point template_folder at its directory.`, 'For an installed package, include the templates in its package data.'], `app = Flask(__name__, template_folder="templates")\n# render_template("${c.name?.replace(/^['"]|['"]$/g, '') ?? 'index.html'}") reads templates/${c.name?.replace(/^['"]|['"]$/g, '') ?? 'index.html'}`),
    ],
    references: [{ title: 'Flask: Templates', url: 'https://flask.palletsprojects.com/en/stable/tutorial/templates/' }, { title: 'Jinja: Loaders', url: 'https://jinja.palletsprojects.com/en/stable/api/#loaders' }],
    samples: ['jinja2.exceptions.TemplateNotFound: index.html'],
  },
  {
    id: 'python.sqlalchemy-detached-instance',
    language: 'python',
    match: /(?:^|\s)(?:sqlalchemy\.orm\.exc\.)?DetachedInstanceError: (?:Parent )?[Ii]nstance <(?<model>[A-Za-z_]\w{0,100})[^>\n]{0,200}> is not bound to a Session(?:[;,] (?:attribute refresh|lazy load)[^\n]{0,200}?attribute '(?<attr>\w{1,100})')?/m,
    errorType: 'DetachedInstanceError',
    category: 'database',
    priority: 20,
    summary: (c) => `A ${c.model} object was used after its SQLAlchemy session closed${c.attr ? `, and its ${c.attr} was not loaded` : ''}.`,
    explanation: (c) =>
      `Attributes that were not loaded (lazy relationships, or everything after a commit expired it) are fetched through the object's session. This ${c.model} is detached: the session that loaded it was closed or the object was expunged, so ${c.attr ? `${c.attr}` : 'the attribute'} cannot be loaded. Typical in web apps that return ORM objects from a function whose session has ended, or read them after commit().`,
    causes: ['The object is used after the with Session() block or request ended', 'commit() expired the attributes and the session is gone', 'A relationship loaded lazily after the session closed'],
    fixes: (c) => [
      fix(`Load ${c.attr ?? 'what you need'} while the session is open`, [`Read ${c.attr ?? 'the attributes'} inside the session, load relationships eagerly (selectinload/joinedload), or keep objects valid after commit with expire_on_commit=False.`], `stmt = select(${c.model}).options(selectinload(${c.model}.${c.attr ?? 'items'}))\nSession = sessionmaker(engine, expire_on_commit=False)`),
    ],
    references: [{ title: 'SQLAlchemy: DetachedInstanceError', url: 'https://docs.sqlalchemy.org/en/20/errors.html#error-bhk3' }],
    samples: ["sqlalchemy.orm.exc.DetachedInstanceError: Parent instance <User at 0x7f2a> is not bound to a Session; lazy load operation of attribute 'orders' cannot proceed"],
  },
];
