import { DOTNET_RUNTIME_MESSAGE, NULL_REFERENCE_MESSAGE } from '../knowledge/dotnet.patterns';
import { CPP_BUILD, RUST_PATH, SANITIZER_RUNTIME } from '../knowledge/native.patterns';
import type { Language } from '../translation';
import { LiteralIndex } from './literal-index';
import { requiredLiterals } from './required-literals';
import { NODE_POSTGRES_MESSAGE } from './wrapped';

/**
 * Which language/tool produced an error text. Signals are weighted: a structural marker that
 * only one runtime prints (a Python traceback header, a Go goroutine dump) is definitive; a
 * message phrasing is strong; a file extension or a tool name is weak. Scores add up per
 * language, so a psycopg2 error inside a Python traceback is Python, not SQL.
 */

const DEFINITIVE = 20;
const STRONG = 12;
const WEAK = 3;
/** A package manager's own failure line: outweighs the Docker build log (or CI wrapper) around it. */
const PACKAGE_MANAGER = 2 * DEFINITIVE;
/** Text evidence at or above this overrules the caller's hint. */
const OVERRULES_HINT = STRONG;

export type Evidence = 'text' | 'hint' | 'weak' | 'context' | 'none';

export interface Detection {
  language: Language;
  /** Where the answer came from: strong text signals, the caller's hint, weak text, context. */
  evidence: Evidence;
}

type Signal = readonly [Language, RegExp, number];

// Each regex is either anchored per line or starts with a literal, so one pass is linear. Exported for
// required-literals.spec, which checks that the prefilter never skips a signal that fires.
export const SIGNALS: readonly Signal[] = [
  // Python
  // Also behind a log prefix the normaliser does not know ("host journal: worker ERROR   File …").
  ['python', /(?:^|\s)Traceback \(most recent call last\):/m, DEFINITIVE],
  // Some error trackers print a space before the comma: File "x.py" , line 89 , in f.
  ['python', /(?:^|\s)File "[^"\n]+" ?, line \d+/m, DEFINITIVE],
  // grpcio's RpcError repr; its C core's debug string names .cc files, which is no C++ program's error.
  ['python', /<(?:_InactiveRpcError|_MultiThreadedRendezvous|_Rendezvous) of RPC that terminated with:/, DEFINITIVE],
  // SQLAlchemy names the driver's exception in brackets before the database's message.
  [
    'python',
    /\((?:psycopg2?|asyncpg|pymysql|MySQLdb|_mysql_exceptions|sqlite3|pyodbc|cx_Oracle|oracledb)(?:\.\w{1,60}){0,4}\.[A-Z]\w{0,80}\) /,
    DEFINITIVE,
  ],
  [
    'python',
    /^(?:[\w]+\.){0,4}(?:ModuleNotFoundError|ImportError|AttributeError|KeyError|IndexError|NameError|UnboundLocalError|ZeroDivisionError|FileNotFoundError|PermissionError|IsADirectoryError|NotADirectoryError|RecursionError|IndentationError|TabError|UnicodeDecodeError|UnicodeEncodeError|ValueError|OverflowError|ConnectionRefusedError|ConnectionResetError|BrokenPipeError|JSONDecodeError|StopIteration|KeyboardInterrupt|MemoryError|NotImplementedError|RuntimeError|OSError|IOError|FileExistsError|EOFError|LookupError|BlockingIOError|ChildProcessError|ProcessLookupError|UnicodeError|WindowsError|NoReverseMatch|TemplateDoesNotExist|ImproperlyConfigured|AppRegistryNotReady|DoesNotExist)(?::|$)/m,
    STRONG,
  ],
  // Django's debug page: "OperationalError at /translate/app/" over the message.
  ['python', /^[A-Z]\w{0,80}(?:Error|Exception|DoesNotExist) at \/\S{0,500}$/m, STRONG],
  [
    'python',
    /TypeError: (?:'[^'\n]*' object|unsupported operand|can only concatenate|[\w.]+\(\) (?:missing|takes|got)|can't (?:convert|multiply|pickle)|unhashable type|cannot unpack non-iterable|(?:string|list|tuple) indices must be|not all arguments converted|(?:expected|must be) (?:str|int|float|bytes|a )|argument of type|object of type '|Object of type \w+ is not JSON serializable|descriptor '|an integer is required|not supported between instances of)/,
    STRONG,
  ],
  // asyncio's report of a task that failed unobserved: "future: <Task finished … exception=KeyError('x')>".
  ['python', /Task exception was never retrieved|^future: <(?:Task|Future) (?:finished|pending|cancelled)/m, STRONG],
  ['python', /SyntaxError: (?:invalid syntax|EOL while scanning|unterminated (?:triple-quoted )?string|f-string|Missing parentheses)/, STRONG],
  ['python', /\[Errno -?\d+\]|\[WinError \d+\]|\[SSL: [A-Z_]+\]|^ImportError: DLL load failed|\] raised unexpected: [\w.]+\(/m, STRONG],
  [
    'python',
    /RuntimeWarning: coroutine|SettingWithCopyWarning|RuntimeError: Event loop is closed|CUDA out of memory|\bPyTorch\b|\btorch\.\w/,
    STRONG,
  ],
  // IPython's and Jupyter's traceback header ("KeyError      Traceback (most recent call last)", no colon), and
  // TensorFlow's session errors ("ResourceExhaustedError: 2 root error(s) found."), which print no Python frame.
  ['python', /^[A-Z]\w{0,80} {2,80}Traceback \(most recent call last\)[ \t]*$|^\w{0,80}Error: \d{1,3} root error\(s\) found\./m, STRONG],
  // Exceptions of well-known Python packages, printed with their module path.
  [
    'python',
    /^(?:django|sqlalchemy|sqlite3|psycopg2?|pymysql|MySQLdb|requests|urllib3?|httpx|aiohttp|pandas|numpy|asyncio|json\.decoder|pydantic(?:_core)?|flask|werkzeug|celery|redis|_?tkinter|ssl|socket|subprocess|http\.client|zipfile|tarfile|pickle|_pickle|multiprocessing|concurrent\.futures|configparser|ctypes|torch|tensorflow|transformers|jax|jaxlib|huggingface_hub|botocore|boto3|openai|fastapi|starlette|uvicorn|gunicorn|pymongo|selenium|yaml|jinja2|airflow|scrapy|matplotlib|sklearn|scipy|PIL|cv2)\.[\w.]{0,80}(?:Error|Exception|Warning|Timeout|Configured)\b/m,
    STRONG,
  ],
  // Database drivers' and ORMs' exceptions, whatever the class is called ("psycopg2.errors.UniqueViolation",
  // "asyncpg.exceptions.UndefinedTableError"): as sure a sign as the server's code in the message they carry
  // ("cx_Oracle.DatabaseError: ORA-00942"), and listed before it, so the tie goes to the program that raised
  // it; and any class in a package's exceptions/errors module:
  // Python names modules in lower case; a Java class there ends in Exception and is left to the JVM signals.
  [
    'python',
    /(?:^|\s)(?:psycopg2?|asyncpg|pymysql|MySQLdb|_mysql_exceptions|sqlite3|mysql\.connector|pyodbc|cx_Oracle|oracledb|aiomysql|aiosqlite|sqlalchemy|django\.db)(?:\.\w{1,60}){0,4}\.[A-Z]\w*: /m,
    DEFINITIVE,
  ],
  ['python', /^(?:[a-z_]\w{0,60}\.){0,5}(?:exceptions|errors|exc|_exceptions|err)\.(?![A-Z]\w*Exception\b)[A-Z]\w*(?::|$)/m, STRONG],
  // The Docker SDK for Python's exceptions, also quoted mid-sentence ("I got this error: docker.errors.APIError: …").
  ['python', /\bdocker\.errors\.(?:APIError|NotFound|ImageNotFound|ContainerError|BuildError|DockerException)\b/, STRONG],
  // Sentry's issue title for a Python exception (class, module, function: "OperationalError psycopg2 in
  // connect"), Django's debug page, psycopg2's error classes as repr() prints them, and exception names
  // only Python uses, also inside a logger's message ("Unhandled exception: FileNotFoundError: …").
  [
    'python',
    /^[A-Z]\w{0,80}(?:Error|Exception) [a-z_][\w.]{0,80} in [\w<>.]{1,80}$|^Exception Type:[ \t]{1,10}[A-Z]\w{0,80}[ \t]*$|^Django Version:|^(?:UniqueViolation|UndefinedTable|UndefinedColumn|ForeignKeyViolation|NotNullViolation|InFailedSqlTransaction|DuplicateTable|InsufficientPrivilege|InvalidTextRepresentation|SerializationFailure|DeadlockDetected)\(['"]|(?::| -) (?:ModuleNotFoundError|ImportError|AttributeError|ValueError|FileNotFoundError|PermissionError|UnboundLocalError|RecursionError|IndentationError|UnicodeDecodeError|UnicodeEncodeError|ConnectionRefusedError|ConnectionResetError|BrokenPipeError|JSONDecodeError|IsADirectoryError|NotADirectoryError): /m,
    STRONG,
  ],
  // The DB-API exception classes (PEP 249) as repr() prints them, as Sentry and loggers show an exception
  // ("ProgrammingError('relation \"x\" does not exist\nLINE 1: …')"): Python's, whatever database message is inside.
  // Also named alone after an error tracker's title ("**Title:** OperationalError: …", "[Sentry] OperationalError: …").
  [
    'python',
    /(?:^|: )(?:[a-z_]\w{0,40}\.){0,6}(?:ProgrammingError|OperationalError|IntegrityError|DataError|DatabaseError|InternalError|InterfaceError|NotSupportedError)\(['"]|(?:^|[\s*\]:])(?:Operational|Programming|Integrity|NotSupported|Interface)Error: /m,
    STRONG,
  ],
  // AWS Lambda's Python runtime failing to load the handler: Python's import errors under Lambda's own error type.
  [
    'python',
    /Unable to import module '[^'\n]{1,200}': (?:No module named|cannot import name|bad magic number|attempted relative import)|Handler '\w{1,100}' missing on module '|Syntax error in module '/,
    STRONG,
  ],
  // esptool.py is the ESP32 boards' uploader, not the user's Python program (the README labels its errors C++).
  ['python', /\b(?:pip3?|python3?|venv|conda|pytest)\b|(?<!esptool)\.py\b|site-packages/, WEAK],
  // pip/uv's own failure lines name the error even inside a Docker build log (no compiler output here).
  [
    'python',
    /^(?![\s\S]*(?:\.(?:c|cc|cpp|cxx|h|hpp):\d+:\d+: (?:fatal )?error|\berror C\d{4}:))[\s\S]*?error: subprocess-exited-with-error/,
    PACKAGE_MANAGER,
  ],
  // Poetry's install lines: its errors print in the same framed format as Symfony Console's.
  ['python', /^[ \t]{0,8}- Installing \S{1,100} \([^)\n]{1,60}\): Failed$/m, STRONG],
  // Poetry 1.1's console header "[SolverProblemError]", which PHP's Symfony Console "[X]" form would otherwise claim.
  ['python', /^[ \t]{0,8}\[?SolverProblemError\]?[ \t]*$/m, DEFINITIVE],
  [
    'python',
    /(?:^|[ \t|])ERROR: (?:Could not find a version that satisfies|No matching distribution found|Cannot install .{1,400}? because these package versions have conflicting|THESE PACKAGES DO NOT MATCH THE HASHES|Package '.{1,100}?' requires a different Python)|(?:^|[ \t|])error: externally-managed-environment|No solution found when resolving dependencies/m,
    PACKAGE_MANAGER,
  ],

  // JavaScript / Node
  // V8 frames (browsers print them without the column: "at zone.js:1276").
  ['javascript', /^\s*at (?:.+ \()?(?:file:\/\/)?[^\s()]+\.(?:m?js|cjs|jsx):\d+(?::\d+)?\)?$/m, DEFINITIVE],
  // Browser consoles and bundler source maps: Firefox/Safari frames "fn@https://host/app.js:3:9",
  // Chrome's "(index):12", "VM123:4", "main.js:12 Uncaught …", webpack:// URLs; error trackers'
  // Python-shaped frames whose file is a URL or a .js file ("File "https://x/app.js", line 5").
  [
    'javascript',
    /webpack(?:-internal)?:\/\/|\(index\):\d+|\bVM\d+:\d+\b|^[\w$.<>/[\]]{0,200}@(?:https?|file|blob|webpack|moz-extension|chrome-extension):\/\/\S{1,500}:\d+:\d+$|^[\w.\-/]{1,200}\.(?:m?js|jsx|tsx?|vue|svelte):\d+ (?:Uncaught|ERROR|Error|TypeError|Warning)\b/m,
    STRONG,
  ],
  [
    'javascript',
    /^\s*File "(?:https?:\/\/[^"\n]{1,500}|[^"\n]{1,500}\.(?:m?js|cjs|jsx|tsx?|vue))", line \d+|, in Global code$/m,
    2 * DEFINITIVE,
  ],
  ['javascript', /\bnode:internal\/|\bat (?:Object\.<anonymous>|Module\._compile|process\.processTicksAndRejections)\b/, DEFINITIVE],
  ['javascript', /^npm (?:ERR!|error) /m, DEFINITIVE],
  // React Native's Gradle task that runs Metro and Node: what fails in it is JavaScript's, whatever Gradle's
  // own Java frames print around it.
  ['javascript', /\b(?:bundle|createBundle)\w{0,40}JsAndAssets\b/, 4 * DEFINITIVE],
  // npm/pnpm/Yarn 2+ error codes: the package manager's failure, also inside a Docker build log (but not
  // inside a Python traceback: there the error is the exception the Python program raised).
  [
    'javascript',
    /^(?![\s\S]*Traceback \(most recent call last\):)[\s\S]*?(?:(?:^|\n)npm (?:ERR!|error) code (?!ELIFECYCLE\b)[A-Z]|\bERR_PNPM_[A-Z]|\bYN\d{4}: )/,
    PACKAGE_MANAGER,
  ],
  // A failed npm script (ELIFECYCLE / code 1) or pip build, unless a compiler error or node-gyp is shown (then it is C/C++'s).
  // Anchored at the start without the m flag: one lookahead scan and one lazy scan, linear.
  [
    'javascript',
    /^(?![\s\S]*(?:\.(?:c|cc|cpp|cxx|h|hpp):\d+:\d+: (?:fatal )?error|gyp ERR!|\berror C\d{4}:|Traceback \(most recent call last\):))[\s\S]*?(?:^|\n)npm (?:ERR!|error) code (?:ELIFECYCLE|1)[ \t]*(?:\n|$)/,
    PACKAGE_MANAGER,
  ],
  ['javascript', /FATAL ERROR: .{0,80}JavaScript heap|JavaScript heap out of memory/, DEFINITIVE],
  [
    'javascript',
    /\b(?:TypeError|ReferenceError|RangeError|SyntaxError): (?:Cannot read propert|Cannot set propert|[\w$.[\]'"]+ is not (?:a function|iterable|defined)|Assignment to constant|Unexpected token|Unexpected end of JSON|Cannot use import statement|Maximum call stack|Invalid array length|Cannot access '|Converting circular|fetch failed|Failed to fetch|Unexpected (?:identifier|string|number|end of input|reserved word|token ILLEGAL)|Invalid or unexpected token|missing \) after argument list|Identifier '[^'\n]+' has already been declared|Cannot destructure|Cannot convert undefined or null|[\w$.[\]'"]+ is (?:not a constructor|undefined|null)\b|can't access property|(?:undefined|null) is not an object)/,
    STRONG,
  ],
  // V8's, SpiderMonkey's and JavaScriptCore's other SyntaxError wordings (Python never prints these).
  [
    'javascript',
    /\bSyntaxError: (?:Unexpected strict mode reserved word|Invalid regular expression: \/|Illegal (?:return|break|continue) statement|Missing initializer in (?:const|destructuring) declaration|Invalid shorthand property initializer|Octal (?:literals|escape sequences) are not allowed in strict mode|Invalid left-hand side (?:in|expression in)|Unexpected non-whitespace character after JSON|"[^"\n]{0,60}" is not valid JSON|Named export '[^'\n]{1,100}' not found|The requested module '[^'\n]{1,300}' does not provide an export named|Duplicate export of '|Unterminated template literal|Invalid destructuring assignment target|JSON\.parse: |JSON Parse error: |Cannot use 'import\.meta' outside a module|Private field '#|Bad (?:control|escaped) character in (?:string literal in )?JSON|Expected property name or '\}' in JSON|Unexpected token [^\n]{1,20} in JSON at position|Unexpected end of input|Rest element must be last element|Delete of an unqualified identifier in strict mode|Unexpected eval or arguments in strict mode|Getter must not have any formal parameters|Setter must have exactly one formal parameter|Unexpected super|'super' keyword unexpected here|Classes may not have a static property named 'prototype'|Unexpected template string|Invalid hexadecimal escape sequence|Invalid Unicode escape sequence)/,
    STRONG,
  ],
  ['javascript', /\bERR_[A-Z][A-Z_]+\b|(?<!Errno::)\b(?:ECONNREFUSED|EADDRINUSE|ENOTFOUND|ECONNRESET|ETIMEDOUT|EMFILE)\b/, STRONG],
  ['javascript', /(?<!Errno::)\b(?:ENOENT|EACCES|EPERM): /, STRONG],
  [
    'javascript',
    /Objects are not valid as a React child|unique "key" prop|Too many re-renders|Invalid hook call|Hydration failed|Maximum update depth exceeded|Module not found: Error: Can't resolve|has been blocked by CORS policy|Uncaught (?:\w*Error|\(in promise\)|DOMException)/,
    STRONG,
  ],
  // Bundlers, linters and Internet Explorer's own wordings; error classes of Node.js libraries
  // (Firebase, axios, MongoDB, Sequelize, Prisma, postgres.js, jsonwebtoken, node-fetch, TypeORM) and
  // Puppeteer/Playwright timeouts.
  [
    'javascript',
    /\bCould not resolve:? ["'][^"'\n]{1,300}["']|Module parse failed: |You may need an (?:appropriate|additional) loader|\d+:\d+ +error +Parsing error: |Module build failed \(from |Unable to get property '[^'\n]{1,200}' of undefined or null reference|Object doesn't support (?:property or method|this action)|\b(?:FirebaseError|AxiosError|Mongo(?:ose)?[A-Z]\w{0,40}Error|Sequelize[A-Z]\w{0,40}Error|PrismaClient\w{0,40}Error|PostgresError|JsonWebTokenError|TokenExpiredError|FetchError|QueryFailedError|EntityNotFoundError)\b|Navigation timeout of \d+ ms exceeded|Timeout \d+ms exceeded|[Ww]aiting for (?:selector|locator)\b/,
    STRONG,
  ],
  // Prisma's CLI: its schema banner and Migrate's own error codes ("Error: P3009").
  ['javascript', /^Prisma schema loaded from |^Error: P[1-3]\d{3}\b/m, STRONG],
  // The package manager or runtime started at a prompt, or npm's script header ("> app@1.0.0 build").
  [
    'javascript',
    /^(?:\$|>|❯|\+|PS [^>\n]{0,200}>) ?(?:npm|npx|yarn|pnpm|bun|bunx|node|nodemon|ts-node|tsx|deno|next|vite|webpack|react-scripts|ng|vercel|netlify)\b|^> [\w@./-]{1,200}@\d+\.\d+\.\d+[\w.+-]{0,40} \w/m,
    STRONG,
  ],
  // node-postgres' server errors ("error: relation "x" does not exist"), also without its frames.
  ['javascript', NODE_POSTGRES_MESSAGE, DEFINITIVE],
  // NestJS's logger: "[Nest] 1  - 01/01/2024, 10:00:00 AM   ERROR [ExceptionHandler] …".
  ['javascript', /^\[Nest\] \d{1,10} {1,4}- /m, STRONG],
  // Node's process warnings ("(node:1234) UnhandledPromiseRejectionWarning: …"): whatever error the
  // rejection carries (a Docker daemon's reply, a database's message), a Node program printed it.
  ['javascript', /^\(node:\d{1,10}\) (?:\[DEP\d{4}\] )?\w{0,60}Warning: /m, DEFINITIVE],
  ['javascript', /\bnode_modules\b|\b(?:npm|npx|yarn|pnpm|webpack|vite)\b|\.(?:m?js|jsx|cjs)\b/, WEAK],

  // TypeScript (compiler output; runtime errors of TS code are JavaScript errors)
  ['typescript', /\berror TS\d{4,5}\b|\bTS\d{4,5}: |\.tsx?\(\d+,\d+\): error|\.tsx?:\d+:\d+ - error/, DEFINITIVE],
  // A tsc-formatted diagnostic line outweighs the npm/yarn failure lines printed after it, and
  // Next.js prints tsc's messages as "Type error: …" without the code.
  ['typescript', /^[^\s:(]+\.(?:tsx?|mts|cts|vue)(?:\(\d+,\d+\)|:\d+:\d+)(?::| -) error TS\d{4,5}|^Type error: /m, STRONG],
  ['typescript', /\btsc\b|tsconfig|\.tsx?\b/, WEAK],
  // Deno's runtime (TypeScript first): its internal frames and its permission errors' advice.
  ['typescript', /\$deno\$\/|\bext:deno_|run again with the --allow-[a-z]{2,10} flag/, DEFINITIVE],

  // Java / Kotlin
  ['java', /^\s*at [\w$]+(?:\.[\w$<>]+)+\([\w$]+\.java:\d+\)/m, DEFINITIVE],
  ['java', /^Exception in thread "[^"\n]*"/m, DEFINITIVE],
  ['java', /\bjava(?:x)?\.(?:lang|util|io|net|sql|nio)\.[\w.]*(?:Exception|Error)\b|\bat [\w$.]+\((?:Native Method|Unknown Source)\)/, STRONG],
  ['java', /\[ERROR\] Failed to execute goal|FAILURE: Build failed with an exception|\borg\.springframework\./, STRONG],
  ['java', /\b(?:mvn|maven|gradle|spring)\b|\.java\b/, WEAK],
  // A JDBC driver's or a JVM framework's exception class: the JVM printed this, even when the
  // message inside is a database server's (PSQLException: ERROR: relation "x" does not exist).
  [
    'java',
    /\b(?:org\.postgresql\.util\.PSQLException|com\.mysql\.(?:cj\.)?jdbc\.exceptions\.|com\.microsoft\.sqlserver\.jdbc\.SQLServerException|oracle\.jdbc\.|org\.mariadb\.jdbc\.|org\.h2\.jdbc\.|org\.hibernate\.|org\.springframework\.(?:dao|jdbc|orm|transaction)\.|(?:javax|jakarta)\.persistence\.|com\.fasterxml\.jackson\.)/,
    DEFINITIVE + STRONG,
  ],
  ['java', /^APPLICATION FAILED TO START\s*$/m, STRONG],
  // javac diagnostics as Maven (after its [ERROR] prefix) and IntelliJ print them.
  ['java', /^\S{1,400}\.java:\[\d+,\d+\] |^Error:\(\d+, ?\d+\) java: |^\S{1,400}\.java:\d+: (?:error|错误|エラー|Fehler): /m, DEFINITIVE],
  ['kotlin', /\([\w$]+\.kt:\d+\)|\.kt:\d+:\d+|^e: [^\n]{0,300}\.kts?\b/m, DEFINITIVE],
  ['kotlin', /\bkotlin(?:x)?\.[\w.]*(?:Exception|Error)\b/, STRONG],
  // Kotlin compiler and Kotlin Gradle plugin messages.
  [
    'kotlin',
    /Execution failed for task '[^'\n]{0,200}compile\w{0,40}Kotlin\w{0,20}'|^> Task :[\w:-]{0,200}compile\w{0,40}Kotlin\w{0,20} FAILED|jvm target compatibility should be set to the same Java version|Inconsistent JVM-target compatibility|compiled with an incompatible version of Kotlin|Smart cast to '[^'\n]{1,200}' is impossible|\.kt: \(\d+, ?\d+\)/m,
    DEFINITIVE + WEAK,
  ],

  // Go
  ['go', /^goroutine \d+ \[[\w ,]+\]:/m, DEFINITIVE],
  // Not runc's own files (container_linux.go, standard_init_linux.go…), which name where runc failed to start a
  // container's process: that error is the container runtime's, not a Go program's.
  [
    'go',
    /(?<!\b(?:container|standard_init|init|process|rootfs|exec)_linux)\.go:\d+(?::\d+)?(?:: | \+0x)|fatal error: all goroutines are asleep/,
    DEFINITIVE,
  ],
  ['go', /\b(?:imported|declared) and not used\b/, STRONG],
  ['go', /^panic: /m, STRONG],
  ['go', /^go: |\bgo\.mod\b/m, STRONG],
  // Go database drivers' error types as %T and Sentry print them (*mysql.MySQLError), and their
  // import paths; Sentry shows Go frames in Python's "File …, line N" layout, so .go frames outweigh it.
  ['go', /[*&](?:mysql\.MySQLError|pq\.Error|pgconn\.(?:PgError|ConnectError)|sqlite3\.Error|mssql\.Error)\b/, DEFINITIVE],
  ['go', /\bgithub\.com\/(?:go-sql-driver\/mysql|lib\/pq|jackc\/pgx|jackc\/pgconn|mattn\/go-sqlite3)\b|\bgorm\.io\/gorm\b/, STRONG],
  ['go', /^\s*File "[^"\n]{1,400}\.go", line \d/m, DEFINITIVE + WEAK],
  // Panics recovered and logged (net/http, klog, controller-runtime), the race detector, runtime
  // messages that only Go prints, and goroutine-dump lines that survive a log wrapper.
  [
    'go',
    /http: panic serving|Observed a panic|^WARNING: DATA RACE$|race detected during execution of test|^\[signal SIG[A-Z]{2,6}[: ]|runtime error: (?:invalid memory address|index out of range|slice bounds out of range|integer divide by zero)|interface conversion: interface|^created by [\w./*()[\]-]+(?: in goroutine \d+)?$|missing go\.sum entry|^cgo: |^# (?:runtime\/cgo|command-line-arguments)$/m,
    STRONG,
  ],

  // Rust
  [
    'rust',
    /\berror\[E\d{4}\]|thread '[^'\n]*'(?: \(\d+\))? panicked at|\bpanicked at [^\s'"]{1,400}\.rs:\d+:\d+|^\s*--> [^\s:]+\.rs:\d+:\d+|error: could not compile `|error: linking with `[^`\n]+` failed/m,
    DEFINITIVE,
  ],
  // Runtime and cargo messages only Rust prints; rustc's "= note:" gutter and codegen-unit objects;
  // recent rustc's "note: LINK : fatal error LNK1181" (link.exe never writes "note:" before "LINK :").
  [
    'rust',
    /^[ \t]{0,20}(?:= )?note: LINK : |thread '[^'\n]*'(?: \(\d+\))? has overflowed its stack|called `(?:Option|Result)::unwrap\(\)` on an? `|failed to run custom build command for `|failed to select a version for|cannot be built because it requires rustc|failed to parse manifest at `|\.rcgu\.o\b|rustc --explain E\d{4}|(?:^|fatal )runtime error: stack overflow|\bOs \{ code: -?\d+, kind: \w+|error: linker `[^`\n]+` not found|could not exec the linker `|process didn't exit successfully: `|memory allocation of \d+ bytes failed/m,
    DEFINITIVE,
  ],
  ['rust', /^\s*= (?:note|help): |\brustup\b|\bCargo\.lock\b|\bcrates\.io\b|^error: toolchain '/m, STRONG],
  ['rust', /\.rs:\d+:\d+|\bcargo\b|\bCargo\.toml\b/, STRONG],

  // C#
  // Compiler codes also appear in Visual Studio's error list ("Error\tCS1061\t…", "|CS1061|").
  // Localised runtimes translate "line": ":Zeile 12", ":строка 12", ":行号 12", ":ligne 12"…
  // Unity prints frames as "Player.Update () (at Assets/Scripts/Player.cs:25)".
  [
    'csharp',
    /(?:^|[\s|])CS\d{4}(?=[\s|:])|\.cs\(\d+,\d+\)|\.cs:(?:line|Zeile|строка|行号|ligne|línea|linha|riga|wiersz|行|줄|satır) \d+|\(at [^()\n]{1,300}\.cs:\d+\)/m,
    DEFINITIVE,
  ],
  // .NET-only exception classes printed without their namespace (Unity, some loggers).
  [
    'csharp',
    /^(?:NullReferenceException|MissingReferenceException|UnassignedReferenceException|MissingComponentException|IndexOutOfRangeException|ArgumentNullException|ArgumentOutOfRangeException|InvalidOperationException|KeyNotFoundException|InvalidCastException|DivideByZeroException|ObjectDisposedException|FormatException|NotImplementedException|DirectoryNotFoundException|UnauthorizedAccessException): /m,
    STRONG,
  ],
  // .NET frames ("at Ns.Type.Method(String name, Int32 id)", also "bei …", "в …", "在 …"), the
  // ASP.NET Core console logger's "fail: Category[1]", and PascalCase-namespaced exceptions.
  [
    'csharp',
    /^[ \t]+(?:at|bei|в|在|à|en|em|場所) [\w.`<>$|]+(?:\[[^\]\n]{0,200}\])?\((?!Native Method\)|Unknown Source\))(?:\)|[\w.`<>[\]&,]+ [\w@]+[,)])|^(?:fail|crit|warn|info|dbug|trce): [\w.]+\[\d+\]$|(?:^|\s)[A-Z]\w+(?:\.[A-Z]\w+)+Exception(?: \(0x[0-9A-Fa-f]{8}\))?: /m,
    STRONG,
  ],
  [
    'csharp',
    /\bSystem\.(?:[A-Z]\w*\.){0,4}[A-Z]\w*Exception\b|^Unhandled exception\. |\bNU1\d{3}\b|Microsoft\.(?:AspNetCore|AspNet|EntityFrameworkCore|Extensions|Data\.SqlClient)\./m,
    STRONG,
  ],
  // Messages only the .NET runtime words this way, shown without their class by loggers and UIs:
  // NullReferenceException's (in any of its translations), LINQ's, assembly loading's, and the end
  // of an inner exception's trace.
  [
    'csharp',
    new RegExp(
      String.raw`${NULL_REFERENCE_MESSAGE}|${DOTNET_RUNTIME_MESSAGE}|\bSequence contains (?:no|more than one) (?:matching )?elements?\b|Could not load (?:file or )?assembly '|\bPublicKeyToken=(?:[0-9a-f]{16}|null)\b|--- End of (?:inner exception )?stack trace(?: from previous location)? ---`,
    ),
    STRONG,
  ],
  // .cs frames reformatted by error trackers in Python's shape (Sentry: "File "x.cs", line 140, in
  // ReadJson"), and classic ASP.NET's error page ("[FileNotFoundException: …]" over ".cs:46" frames).
  ['csharp', /^\s*File "[^"\n]+\.cs", line \d+|^\[[A-Z]\w{0,80}Exception: [^\n]{0,500}\]$/m, 2 * DEFINITIVE],
  ['csharp', /\bdotnet\b|\.csproj\b|\bNuGet\b/, WEAK],
  // StackExchange.Redis' RedisConnectionException message, often logged without its class.
  ['csharp', /No connection is (?:active\/)?available to service this operation: /, DEFINITIVE],
  ['csharp', /\berror:? NU\d{4}\b/, PACKAGE_MANAGER],
  // MSBuild's and the .NET SDK's own codes ("MSBUILD : error MSB1009", "error NETSDK1045").
  // (MSB8xxx are the VC++ targets' own: a C++ project's, see CPP_BUILD.)
  ['csharp', /\b[Ee]rror (?:MSB(?!8)|NETSDK)\d{4}: /, STRONG],

  // C / C++
  ['c', /^(?:[A-Za-z]:)?[^\s:]+\.[ch]:\d+(?::\d+)?: (?:fatal )?(?:error|warning|note):/m, DEFINITIVE],
  [
    'c',
    /undefined reference to `|collect2: error: ld returned|Segmentation fault|Signal: 11 \(SEGV\)|Speicherzugriffsfehler|Erreur de segmentation|Violación de segmento|Ошибка сегментирования|段错误|Naruszenie ochrony pami|Помилка адресування|程式記憶體區段錯誤|세그멘테이션 오류|Segmenteringsfel|Segmentatiefout|Lỗi phân đoạn|Parçalama arızası|==\d+==ERROR: (?:Address|Leak|Memory|Thread)Sanitizer|WARNING: ThreadSanitizer:|UndefinedBehaviorSanitizer:|\.[ch]:\d+:\d+: runtime error: |\bdouble free (?:detected|or corruption)|\bmalloc\(\): |\*\*\* stack smashing detected/,
    STRONG,
  ],
  [
    'cpp',
    /^(?:[A-Za-z]:)?[^\s:]+\.(?:cpp|cc|cxx|hpp|hh|hxx|ino|cuh?|C):\d+(?::\d+)?: (?:fatal )?(?:error|warning|note):|terminate called after throwing an instance of|\berror C\d{4}:|\berror LNK\d{4}\b|^(?:Error|错误|錯誤|Fehler|Erreur|エラー|Ошибка|오류)\t(?:C|LNK)\d{4}\t/m,
    DEFINITIVE,
  ],
  // A compiler error shown inside another tool's output (pip, npm/node-gyp, gem, cargo build
  // scripts) is the compiler's: the indented or prefixed diagnostic line decides (npm repeats its
  // prefix when it runs itself: "npm ERR! npm ERR! x.h:3:1: error: …"; a header with C++ evidence
  // elsewhere becomes C++'s in scoreText).
  // (also gcc in other locales: "Fehler:", "erreur :", "ошибка:", "错误：", "エラー:").
  [
    'c',
    /^[ \t]*(?:(?:npm ERR!|npm error|gyp ERR!|cargo:warning=)[ \t]*){0,3}(?:[A-Za-z]:)?[^\s:]+\.[ch]:\d+(?::\d+)?: (?:(?:fatal )?error|(?:schwerwiegender )?Fehler|erreur(?: fatale)?|(?:фатальная )?ошибка|(?:致命)?错误|(?:致命的)?エラー) ?[:：]/m,
    DEFINITIVE,
  ],
  [
    'cpp',
    /^[ \t]*(?:(?:npm ERR!|npm error|gyp ERR!|cargo:warning=)[ \t]*){0,3}(?:[A-Za-z]:)?[^\s:]+\.(?:cpp|cc|cxx|hpp|hh|hxx|ino|cuh?):\d+(?::\d+)?: (?:(?:fatal )?error|(?:schwerwiegender )?Fehler|erreur(?: fatale)?|(?:фатальная )?ошибка|(?:致命)?错误|(?:致命的)?エラー) ?[:：]/m,
    DEFINITIVE,
  ],
  // A cargo build script (cc-rs, bindgen) that failed on a C/C++ compiler error: the compiler's error,
  // whatever cargo and the script's panic print around it. The look-ahead keeps the scan linear.
  [
    'c',
    /^(?=[\s\S]*?failed to run custom build command for `)[\s\S]*?(?:^|\n)[ \t]*(?:cargo:warning=)?(?:[A-Za-z]:)?[^\s:]+\.[ch]:\d+:\d+: (?:fatal )?error: /,
    4 * DEFINITIVE,
  ],
  [
    'cpp',
    /^(?=[\s\S]*?failed to run custom build command for `)[\s\S]*?(?:^|\n)[ \t]*(?:cargo:warning=)?(?:[A-Za-z]:)?[^\s:]+\.(?:cpp|cc|cxx|hpp|hh|hxx|ino|cuh?):\d+:\d+: (?:fatal )?error: /,
    4 * DEFINITIVE,
  ],
  // The same inside node-gyp's output (npm install of a native addon): the compiler's error (or its
  // driver's: "clang: error: unknown argument"), whatever node-gyp's own JavaScript frames and npm's
  // lines print around it.
  [
    'c',
    /^(?=[\s\S]*?gyp ERR! )[\s\S]*?(?:^|\n)[ \t]*(?:(?:npm ERR!|npm error|gyp ERR!)[ \t]*){0,3}(?:(?:[A-Za-z]:)?[^\s:]+\.[ch]:\d+:\d+: (?:fatal )?error: |(?:clang|gcc|cc)(?:-\d{1,3})?: error: )/,
    4 * DEFINITIVE,
  ],
  [
    'cpp',
    /^(?=[\s\S]*?gyp ERR! )[\s\S]*?(?:^|\n)[ \t]*(?:(?:npm ERR!|npm error|gyp ERR!)[ \t]*){0,3}(?:(?:[A-Za-z]:)?[^\s:]+\.(?:cpp|cc|cxx|hpp|hh|hxx):\d+:\d+: (?:fatal )?error: |(?:clang\+\+|g\+\+|c\+\+)(?:-\d{1,3})?: error: )/,
    4 * DEFINITIVE,
  ],
  // Any C++ source file or tool in the output: headers are shared, but the project is C++.
  ['cpp', /\.(?:cpp|cc|cxx|hpp|hxx|ino|cuh?)\b|\bg\+\+|\bclang\+\+|\bnvcc\b|\bBuilding CXX object\b|\bCXX\(target\)/, STRONG],
  // Wordings only g++ and clang++ print (gcc's C front end says "undeclared", "expected identifier"):
  // they make a diagnostic in a shared .h header C++'s, like a C++ file would (see scoreText); and
  // the MSVC runtime's C++ exceptions and STL debug assertions.
  [
    'cpp',
    /\bexpected (?:unqualified-id|primary-expression|class-name|nested-name-specifier|type-specifier|template-name)\b|(?:^|: )error: [^\n]{0,300}?(?:was not declared in this scope|has not been declared|is not a member of [`'‘"]|is (?:private|protected) within this context|call of overloaded|no matching (?:member )?function for call|no viable (?:conversion|overloaded|constructor)|cannot bind (?:non-const )?[lr]value reference|abstract type)|^[^\n]{0,400}?[Ii]n instantiation of [`'‘]|\[with [A-Za-z_]\w{0,60} = |\bMicrosoft C\+\+ exception\b|\b(?:vector|string|deque) subscript out of range\b/m,
    STRONG,
  ],
  // roslaunch's report of a node killed by a signal, and Chromium's (Electron's) crash handler:
  // native nodes and Chromium are C++.
  ['cpp', /\bprocess has died \[pid \d{1,10}, exit code -\d|\bReceived signal \d{1,2} SEG[A-Z_]{1,12}/, STRONG],
  // Bazel's failed cc_* action: a C/C++ build, though Bazel itself is Java.
  ['cpp', /C\+\+ compilation of rule '/, DEFINITIVE],
  // Builds and programs that are C++ whatever the message says (ROS, Qt, Arduino, Unreal, VC++ targets).
  ['cpp', new RegExp(CPP_BUILD), STRONG],
  // Rust prints std:: paths too, so this alone is only a hint.
  ['cpp', /CMakeLists\.txt|\bstd::\w+/, WEAK],

  // Ruby
  ['ruby', /^\s*(?:from )?(?:<internal:)?(?:[A-Za-z]:)?[^\s:]+\.rb>?:\d+:in /m, DEFINITIVE],
  // Ruby 2.5–2.7 print the backtrace oldest first under Python's own header
  // ("Traceback (most recent call last):" then "\t2: from app.rb:5:in …"): the numbered frames win.
  ['ruby', /^\s+\d+: from \S+:\d+:in /m, 2 * DEFINITIVE],
  // redis-rb's CannotConnectError message (Sidekiq logs it alone): Node's clients say "connect ECONNREFUSED".
  ['ruby', /Error connecting to Redis on [\w.-]{1,253}:\d{1,5} \(/, DEFINITIVE],
  // Rails request logs.
  ['ruby', /^Started (?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) "|^Processing by [A-Z][\w:]*#\w+ as /m, STRONG],
  // Ruby frames reformatted by error trackers in Python's shape ("File "x.rb", line 3, in m"):
  // .rb files outweigh the Python frame structure they borrow.
  ['ruby', /^\s*File "[^"\n]+\.rb", line \d+/m, 2 * DEFINITIVE],
  // Rake/Capistrano aborts, Ruby's parser, and the exception classes of Ruby's database drivers
  // and Active Record (a PG:: error is Ruby's even though PostgreSQL's message is inside).
  [
    'ruby',
    /^(?:rake|rails|cap) aborted!|(?:\.rb|\((?:irb|erb|eval)\)):\d+: syntax errors? |: syntax errors found\b|\bunexpected (?:end-of-input|keyword_\w+|kEND|\$end|t[A-Z][A-Z_]{2,})\b/m,
    DEFINITIVE,
  ],
  ['ruby', /\b(?:PG|Mysql2|SQLite3|Trilogy|ActiveRecord|Sequel)::[A-Z]\w+/, DEFINITIVE],
  [
    'ruby',
    /uninitialized constant [A-Z]|undefined local variable or method|cannot load such file --|can't modify frozen|no implicit conversion (?:of|from) \w|can't be coerced into|stack level too deep|Bundler could not find compatible versions/,
    DEFINITIVE,
  ],
  [
    'ruby',
    /\b(?:ActiveModel|ActionController|ActionView|ActionDispatch|AbstractController|ActiveSupport|ActiveJob|Bundler|Gem|SSHKit|Sidekiq|Zeitwerk|Psych|Puma|Rack|Redis|RedisClient|Faraday)::[A-Z]\w+|\bNet::(?:SSH::|ReadTimeout|OpenTimeout)/,
    STRONG,
  ],
  [
    'ruby',
    /undefined method [`'][^'`\n]+[`'] for |\bErrno::E[A-Z]+|\bActiveRecord::\w+|\(\w+(?:::\w+)*(?:Error|Exception)\)$|\bnil:NilClass\b|wrong number of arguments ?\((?:given \d+, expected \d+|\d+ for \d+)\)|\.rb:\d+/m,
    STRONG,
  ],
  ['ruby', /\b(?:bundle|bundler|gem|rails|rake)\b|Gemfile/, WEAK],

  // PHP
  ['php', /\bPHP (?:Fatal error|Warning|Notice|Parse error|Deprecated):|\.php(?: on line |:|\()\d+/, DEFINITIVE],
  // PDO formats SQL errors as "SQLSTATE[42S02]: …"; Laravel appends "(Connection: mysql, SQL: …)".
  [
    'php',
    /^(?:Fatal error|Parse error): |\bIlluminate\\|Uncaught [\w\\]+(?:Exception|Error):|SQLSTATE\[[0-9A-Z]{5}\]|\(Connection: \w+, SQL: /m,
    STRONG,
  ],
  ['php', /\b(?:composer|artisan|laravel|symfony)\b/, WEAK],
  // Symfony's Process component raising around another tool's output (a deployer running git over SSH): the PHP
  // program's exception, however definitive the tool's own lines under it look.
  ['php', /\bProcess(?:Failed|TimedOut)Exception\b/, PACKAGE_MANAGER],
  ['php', /Your (?:requirements could not be resolved|lock file does not contain a compatible set)/, PACKAGE_MANAGER],
  // Symfony Console's "In Connection.php line 664:", a .php file in a Python-style frame
  // (Sentry/Bugsnag exports), PHP's own stack trace end "#1 {main}".
  ['php', /^In [\w.-]+\.php line \d+:$|^\s*File "[^"\n]+\.(?:php|inc|module)", line \d+|^#\d+ \{main\}$/m, DEFINITIVE + WEAK],
  // Monolog's "[object] (X(code: …", PHP 5's "exception 'X' with message", Symfony's log line,
  // Console's "[X]" header, PHP-FPM's "PHP message:", PDO/mysqli classes and framework namespaces.
  [
    'php',
    /\[object\] \([\w\\]+\(code: |exception '[\w\\]+' with message '|Uncaught PHP Exception |^\s*\[(?:[A-Za-z_]\w*\\)*[A-Z]\w*(?:Exception|Error)\]\s*$|\bPHP message: |\b(?:PDOException|mysqli_sql_exception)\b|\b(?:Symfony|Doctrine|Drupal|Laminas|Magento|Twig)\\|Call to (?:a member function \w+\(\) on|undefined (?:function|method) )|\bE_(?:ERROR|WARNING|NOTICE|PARSE|DEPRECATED|USER_ERROR|CORE_ERROR|COMPILE_ERROR): |\((?:Connection: \w+, )?SQL: |Your requirements could not be resolved to an installable set|Your lock file does not contain a compatible set|Root composer\.json requires|Composer detected issues in your platform|Primary script unknown|\[pool [\w.-]+\] |\bphp(?:\d(?:\.\d)?)?-fpm\b/m,
    STRONG,
  ],

  // SQL servers and clients
  [
    'sql',
    /^ERROR:\s+(?:relation|column|syntax error at or near|duplicate key value|null value in column|permission denied for|database "|role "|insert or update on table|current transaction is aborted)|^ERROR \d{4} \([\dA-Z]{5}\)|\bORA-\d{5}\b|\bMsg \d+, Level \d+, State \d+|\bIncorrect syntax near (?:the keyword )?'/m,
    DEFINITIVE,
  ],
  // Database errors raised inside programs: the driver's or ORM's class says whose trace it is.
  ['python', /\((?:psycopg2?|pymysql|MySQLdb|sqlite3|asyncpg)(?:\.\w+){1,3}\)|sqlalche\.me\/e\//, STRONG],
  ['ruby', /\b(?:PG|Mysql2|SQLite3|Trilogy)::[A-Z]\w+/, STRONG],
  [
    'java',
    /\b(?:org\.postgresql\.util\.PSQLException|com\.microsoft\.sqlserver\.jdbc\.SQLServerException|com\.mysql\.(?:cj\.)?jdbc\.[\w.]{0,80}Exception|org\.hibernate\.[\w.]{0,80}Exception|org\.springframework\.(?:dao|jdbc)\.[\w.]{0,80}Exception)\b/,
    STRONG,
  ],
  ['csharp', /\b(?:Npgsql\.\w{0,40}Exception|MySqlConnector\.\w{0,40}Exception|MySql\.Data\.MySqlClient\.MySqlException)\b/, STRONG],
  [
    'sql',
    /Duplicate entry .{0,200}? for key|\bError_code: \d{4}|\bHA_ERR_\w+|\bSQLSTATE\b(?!\[)|relation "[^"\n]+" does not exist|You have an error in your SQL syntax|\bSQLITE_[A-Z]+\b|^psql: /m,
    STRONG,
  ],

  // Shell
  [
    'shell',
    /^(?:-?bash|zsh|sh|ksh|dash|\/bin\/(?:ba)?sh)(?:: line \d+)?: |^zsh: command not found: |^sh: \d+: |\.sh: line \d+: |^[\w./-]+\.sh: \d+: /m,
    DEFINITIVE,
  ],
  ['shell', /: command not found$/m, STRONG],
  // PowerShell 7's ConciseView: the "Line |" block under an error ("ParserError: …" looks like a JavaScript class).
  ['shell', /^Line \|\r?\n[ \t]{0,8}\d{1,7} \| /m, DEFINITIVE],
  // systemd's and journald's lines about a unit, systemctl's failure and status block, a CI runner's shell step:
  // weaker than weak, as the daemon whose failure they report (dockerd, the kubelet) is the error's language.
  [
    'shell',
    /\bsystemd\[\d{1,10}\]: |^Job for \S{1,200} failed because |^[ \t]{0,12}Active: failed \(Result: |\.(?:service|socket|timer|mount): (?:Main|Control) process exited, code=|^##\[error\]Bash exited with code |^Exited with code exit status |^\/\S{1,300}\.(?:service|socket|timer|mount):\d{1,5}: /m,
    WEAK - 1,
  ],

  // Docker
  // Docker Desktop's own components and diagnostics (com.docker.vmnetd, com.docker.backend…), and the
  // devicemapper storage driver's messages, also when a build tool's plugin (Maven's) reports them.
  [
    'docker',
    /^docker: |Error response from daemon|Cannot connect to the Docker daemon|^ERROR: failed to solve|^Docker for (?:Mac|Windows): version|\bcom\.docker\.(?:vmnetd|backend|driver|hyperkit)\b|\bdevmapper: /m,
    DEFINITIVE,
  ],
  // Docker Desktop for Windows is a .NET program: its own namespaces and WSL messages make a C# trace Docker's.
  [
    'docker',
    /\bDocker\.(?:ApiServices|Engines|Core|Backend|Desktop|Installer)\.[A-Z]|^Docker Desktop - [A-Z]|WSL ?2 installation is incomplete|deploying WSL2 distributions|Failed to deploy distro docker-desktop/m,
    3 * DEFINITIVE,
  ],
  // The docker CLI's lead-in when it cannot talk to its daemon (Go's network words follow it).
  ['docker', /\berror during connect: (?:Get|Head|Post|Put|Delete|this error|This error|in the default)\b/, DEFINITIVE],
  // The daemon's layer store and its own paths.
  ['docker', /\bfailed to register layer: |\/var\/lib\/docker\/|\/\.docker\/config\.json\b/, STRONG],
  // QEMU user mode crashing under the binfmt_misc handlers tonistiigi/binfmt registers for buildx's emulated
  // platforms ("aarch64-binfmt-P"): the build's emulation failing, not the emulated program's own crash.
  ['docker', /\b[\w-]{1,40}-binfmt-P: QEMU internal SIG[A-Z]{2,6}\b/, DEFINITIVE],
  // QEMU user mode's own crash report outweighs the "Segmentation fault" after it, so that a build step's output
  // stays Docker's; outside a build (make running qemu-arm) no Docker pattern matches and C's answers it.
  ['docker', /\bqemu: uncaught target signal \d{1,2} \(/, STRONG + 1],
  ['docker', /^#\d+ \[[^\]\n]{0,40}\d+\/\d+\] |\bfailed to solve\b|\bDockerfile\b|docker-compose\.ya?ml|\bcompose\.ya?ml\b/m, STRONG],
  // The other container CLIs, swarm's commands and its scheduler's message, and containerd's shim
  // (weak alone: the kubelet prints containerd's errors too).
  ['docker', /\b(?:nerdctl|podman)\b|\bdocker (?:stack|service|swarm|node) [a-z]|\bno suitable node \(/, STRONG],
  ['docker', /\bdocker\b|\bfailed to create shim(?: task)?: /, WEAK],
  // The daemon's embedded DNS server forwarding a query (its logrus line reads like any Go program's), and a daemon
  // binary the dynamic linker could not start inside its unit's journal (systemd's lines around it are weaker).
  [
    'docker',
    /\[resolver\] (?:read from DNS server failed|failed to query external DNS server)|\/(?:containerd|dockerd|runc): symbol lookup error: /,
    STRONG,
  ],
  // runc's report of the container's first process it could not start (a Go panic's prefix around it included).
  ['docker', /\b(?:standard_init|container)_linux\.go:\d{1,5}: (?:exec user process|starting container process) caused\b/, STRONG + 1],

  // Kubernetes
  [
    'kubernetes',
    /\b(?:CrashLoopBackOff|ImagePullBackOff|ErrImagePull|OOM ?Killed|CreateContainerConfigError|FailedScheduling)\b|^Error from server \(\w+\)|The connection to the server \S+ was refused|Failed to pull image "|Back-off (?:pulling image|restarting failed container)/m,
    DEFINITIVE,
  ],
  // kubectl, Helm, the kubelet, and OpenShift's oc (kubectl's twin) at work.
  [
    'kubernetes',
    /\bkubectl\b|\bpods? "[^"\n]+" (?:not found|is forbidden)|\bhelm\b|\bkubelet\b|\bdefault-scheduler\b|^Events:\s*$|\bpod\/[\w.-]+|\boc (?:describe|get|logs|rollout|apply|exec) /m,
    STRONG,
  ],
  // kubectl get pods' header, kubectl describe's container states and event rows, the kubelet's own source files.
  [
    'kubernetes',
    /^NAME +READY +STATUS +RESTARTS +AGE\b|^[ \t]{0,12}(?:Last )?State:[ \t]{1,30}(?:Waiting|Terminated)[ \t]*$|^[ \t]{0,12}(?:Warning|Normal)[ \t]{1,20}[A-Z][A-Za-z]{2,40}[ \t]{1,40}[^\n]{0,60}?(?:kubelet|-controller|default-scheduler|kernel-monitor)\b|\bkubelet_\w{1,40}\.go:\d{1,6}\]/m,
    STRONG,
  ],

  // Helm's --debug lines name its Go source files ("install.go:149: [debug] …", "helm.go:75: [debug] …"), which
  // Go's own signal reads as a Go program's log: the [debug] tag after them is Helm's.
  ['kubernetes', /\.go:\d{1,6}: \[debug\] /, DEFINITIVE + STRONG],
  // client-go inside a cluster component (CoreDNS, a controller, the scheduler) watching or locking the API's objects: the
  // component's log names its Go files ("reflector.go:231: "), which Go's own signal reads as a Go program's, but what
  // failed is the component's talk to the API server. A crash (a goroutine dump) still outweighs it.
  [
    'kubernetes',
    /\bFailed to watch \*v\d\w{0,10}\.\w{1,60}|\b[Ff]ailed to list \*v\d\w{0,10}\.\w{1,60}|\berror retrieving resource lock [\w.-]{1,100}\/[\w.-]{1,100}: /,
    DEFINITIVE + STRONG,
  ],
  // minikube's exit reason sums up the whole paste (README: the reason is the type), however much of its driver's
  // output (docker's daemon errors, a VM's) is quoted above it.
  [
    'kubernetes',
    /(?:Exiting due to|因) (?:GUEST|DRV|PROVIDER|HOST|K8S|RSRC|SVC|MK|INET|IF|NOT_FOUND|PR|RUNTIME)_[A-Z0-9_]{2,60}/,
    3 * DEFINITIVE,
  ],
  // kind's summary line sums up the paste like minikube's exit reason, however much docker output ("Command Output:
  // Error response from daemon: …") it quotes under it.
  ['kubernetes', /^ERROR: failed to create cluster: /m, DEFINITIVE + STRONG],
  // The kubelet's periodic garbage collection, whose message quotes the Docker daemon's refusals ("Image garbage
  // collection failed: … Error response from daemon: conflict: unable to delete …"): the kubelet's report.
  ['kubernetes', /\b(?:Image|Container) garbage collection failed\b/, DEFINITIVE + STRONG],
  // The kubelet reports image pulls through the container runtime: "rpc error: code = … desc = …".
  ['kubernetes', /Failed to pull image "[^"\n]{1,300}": rpc error: code = \w+ desc = /, STRONG],
  // Older kubelets quote the Docker daemon's refusal right after it ("Failed to pull image "x": Error response from
  // daemon: pull access denied …"), and some dashboards print the pod's reason before the pull error
  // ("ImagePullBackOff: Back-off pulling image …"): the daemon's words are the kubelet's report.
  ['kubernetes', /Failed to pull image "[^"\n]{1,300}": Error response from daemon: |^(?:ImagePullBackOff|ErrImagePull): /m, STRONG],
  // The cluster's own components and manifests, by name: weak, as any other language's evidence outweighs it.
  [
    'kubernetes',
    /\b(?:kube-apiserver|kube-proxy|kube-controller-manager|kube-scheduler|kubeadm|minikube|k3s|k3d|kustomize|coredns|cert-manager|external-dns|ingress-nginx)\b|^\s{0,8}(?:apiVersion: [\w./-]{1,60}|kind: (?:Deployment|Pod|Service|Ingress|StatefulSet|DaemonSet|Job|CronJob|ConfigMap|Secret|PersistentVolumeClaim|Namespace|CustomResourceDefinition|ClusterIssuer|Certificate))\s*$/m,
    WEAK,
  ],

  // git
  [
    'git',
    /^fatal: (?:not a git repository|detected dubious ownership|Could not read from remote repository|refusing to merge|remote origin already exists|repository '|Authentication failed|unable to access '|The current branch|pathspec|bad revision|ambiguous argument|Need to specify how to reconcile)|^CONFLICT \([\w/ -]+\): |^error: failed to push some refs|^ ! \[(?:rejected|remote rejected)\]|Automatic merge failed; fix conflicts|^error: (?:Your local changes|pathspec|The following untracked working tree files|cannot lock ref|src refspec)/m,
    DEFINITIVE,
  ],
  ['git', /Permission denied \(publickey\)|^Cloning into '/m, STRONG],
  ['git', /^hint: |\bgit (?:push|pull|merge|rebase|checkout|clone|commit|fetch)\b/m, WEAK],

  // Swift
  [
    'swift',
    /^[^\s:]+\.swift:\d+:\d+: (?:error|warning):|[Ff]atal error: [Uu]nexpectedly found nil while (?:implicitly )?unwrapping an Optional value|^(?:Thread \d+: )?[Ff]atal error: Index out of range/m,
    DEFINITIVE,
  ],
  // Not xcode-select's refusal to run xcodebuild without Xcode: a macOS tool's error, not a Swift build's.
  ['swift', /\.swift:\d+|(?<!tool ')\bxcodebuild\b(?!' requires Xcode)|\bSwiftUI\b/, STRONG],

  // PowerShell's refusal to run a script (its help topic is named in every translation): whatever the script was,
  // npm.ps1 or the user's own, the error is the shell's.
  ['shell', /\babout_Execution_Policies\b/, DEFINITIVE],

  // A terminal session: a shell prompt before a command, or a system tool's "tool: message" line (the
  // GNU and BSD tools' error format). Weak: any language's own evidence outweighs it; it only names the
  // language of an error no pattern knows, pasted from a terminal.
  [
    'shell',
    /^(?:[\w.-]{1,32}@[\w.-]{1,64}:[~/][^\n$#]{0,200}[$#]|\$|➜ {1,2}\S{0,100}|\(base\) \S{0,100}[$#]) (?:sudo |[\w./-]{1,60}(?: |$))|^(?:sudo|su|mount|umount|useradd|usermod|userdel|groupadd|passwd|chpasswd|systemctl|journalctl|service|crontab|gpg|ssh|scp|sftp|rsync|tar|gzip|unzip|curl|wget|chmod|chown|chgrp|ln|cp|mv|rm|mkdir|rmdir|touch|find|xargs|sed|awk|grep|tee|dd|df|du|stat|mktemp|getopt|stty|tput|locale|env|nohup|timeout|apt|apt-get|dpkg|yum|dnf|apk|pacman|brew|direnv|pyenv|rbenv|nvm): (?!\/\/)/m,
    WEAK,
  ],
];

// Context is free text ("Django app, running migrations"): a weak nudge only.
const CONTEXT_HINTS: readonly (readonly [Language, RegExp])[] = [
  ['python', /\b(?:python|django|flask|fastapi|pandas|numpy|pip|jupyter|pytest)\b/i],
  ['typescript', /\b(?:typescript|tsc|nestjs|angular)\b/i],
  ['javascript', /\b(?:javascript|node(?:\.?js)?|react|next\.?js|express|npm|vue|svelte|webpack|vite)\b/i],
  ['kotlin', /\b(?:kotlin|android)\b/i],
  ['java', /\b(?:java|spring|maven|gradle|jvm)\b/i],
  ['go', /\b(?:golang|go (?:build|run|test|mod))\b/i],
  ['rust', /\b(?:rust|cargo|tokio)\b/i],
  ['csharp', /(?:\bc#|\.net\b|\bdotnet\b|\basp\.net\b|\bunity\b)/i],
  ['cpp', /(?:\bc\+\+|\bcmake\b|\bg\+\+)/i],
  ['c', /\b(?:gcc|clang|c language)\b/i],
  ['ruby', /\b(?:ruby|rails|bundler)\b/i],
  ['php', /\b(?:php|laravel|symfony|wordpress|composer)\b/i],
  ['swift', /\b(?:swift|ios|xcode|swiftui)\b/i],
  ['sql', /\b(?:sql|postgres(?:ql)?|mysql|sqlite|mariadb|oracle)\b/i],
  ['shell', /\b(?:bash|shell|zsh|script)\b/i],
  ['docker', /\b(?:docker|dockerfile|compose)\b/i],
  ['kubernetes', /\b(?:kubernetes|k8s|kubectl|helm|pod)\b/i],
  ['git', /\b(?:git|github|gitlab)\b/i],
];

/** Languages whose errors overlap: a hint inside the family is not "wrong". */
const FAMILIES: readonly (readonly Language[])[] = [
  ['javascript', 'typescript'],
  ['java', 'kotlin'],
  ['c', 'cpp'],
];

export function sameFamily(a: Language, b: Language): boolean {
  return a === b || FAMILIES.some((f) => f.includes(a) && f.includes(b));
}

export function familyOf(language: Language): readonly Language[] {
  return FAMILIES.find((f) => f.includes(language)) ?? [language];
}

/**
 * `Name::name`: C++'s scope operator (not IPv6's "fe80::1a", not a bare "::", not the Rust paths
 * of a cargo build script's panic around a C compiler's error, not the sanitizers' own runtime
 * frames under a C program's: "__sanitizer::internal_strlen").
 */
const CPP_SCOPE = new RegExp(
  String.raw`(?<![\w$:])(?!${RUST_PATH}|${SANITIZER_RUNTIME}|std::)(?![0-9A-Fa-f]{1,4}::)[A-Za-z_]\w{0,60}::~?[A-Za-z_]\w{0,60}`,
);

/** The signals a text could fire, by the literals each needs: most never could, and a scan says so at once. */
const SIGNAL_PREFILTER = new LiteralIndex(SIGNALS.map(([, re]) => requiredLiterals(re)));

/** Scores per language from the text alone. */
export function scoreText(text: string): Map<Language, number> {
  const scores = new Map<Language, number>();
  const possible = SIGNAL_PREFILTER.scan(text);
  SIGNALS.forEach(([language, re, weight], index) => {
    if (possible[index] === 1 && re.test(text)) scores.set(language, (scores.get(language) ?? 0) + weight);
  });
  // A Kotlin frame in a JVM trace makes it Kotlin even though java.lang exceptions appear too;
  // likewise any C++ source file or tool among C-style compiler/linker output (headers are shared).
  const kotlin = scores.get('kotlin') ?? 0;
  if (kotlin >= DEFINITIVE && (scores.get('java') ?? 0) > kotlin) scores.set('kotlin', (scores.get('java') ?? 0) + 1);
  const cpp = scores.get('cpp') ?? 0;
  const c = scores.get('c') ?? 0;
  if (cpp >= STRONG && c >= cpp) scores.set('cpp', c + 1);
  // C has no scope operator: in C-style output (a crash, a linker error) a name with one is a C++
  // program's, even where no file or symbol says C++ ("BatMeth2::Split v2.0" before a stack smash).
  else if (c >= STRONG && cpp < STRONG && CPP_SCOPE.test(text)) scores.set('cpp', c + 1);
  return scores;
}

function best(scores: Map<Language, number>): [Language, number] | null {
  let winner: [Language, number] | null = null;
  // Map iteration follows SIGNALS order, so ties go to the language listed first.
  for (const entry of scores) if (!winner || entry[1] > winner[1]) winner = entry;
  return winner;
}

// A docker build's own scaffolding: BuildKit's step headers and summary, the classic builder's steps,
// the Dockerfile excerpt, the failure lines. What is left is the output of the steps' commands.
const DOCKER_BUILD_LOG =
  /^#\d{1,4} \[[^\]\n]{0,60}\d{1,3}\/\d{1,3}\] |^ {0,2}=> (?:ERROR )?\[|^Step \d{1,3}\/\d{1,3} : |did not complete successfully: exit code|returned a non-zero code: /m;
const DOCKER_BUILD_SCAFFOLD =
  /^(?:#\d{1,4} (?:\[|DONE|CACHED|ERROR|CANCELED|sha256:|resolve |transferring |naming |exporting |writing |extracting |load |\.\.\.)|\[\+\] Building| {0,2}=> |-{4,}\s*$|Dockerfile(?::\d{1,5})?\b|\s{0,4}\d{1,5} \| |\s{0,4}>>>|(?:ERROR: )?failed to solve|Step \d{1,3}\/\d{1,3} : | ---> |Removing intermediate container|The command '|(?:ERROR: )?process "|Sending build context|Successfully (?:built|tagged))/;

/**
 * The language of what failed inside a docker build: the scaffolding says Docker, but when the output of
 * the failing step carries strong evidence of a program's error (a compiler's, a traceback), the error
 * is that program's (the README's labels: the log around an error never changes them).
 */
export function buildStepLanguage(text: string): Language | null {
  if (!DOCKER_BUILD_LOG.test(text)) return null;
  const output = text
    .split('\n')
    .filter((line) => !DOCKER_BUILD_SCAFFOLD.test(line))
    .join('\n');
  const inner = best(scoreText(output));
  return inner && inner[0] !== 'docker' && inner[1] >= STRONG ? inner[0] : null;
}

/**
 * Text evidence strong enough overrules the hint (unless the hint is in the same family: a
 * TypeScript project's runtime error is still worth answering as TypeScript); otherwise the
 * hint wins over weak text, and the free-text context is the last resort.
 */
export function detectLanguage(text: string, hint?: Language, context?: string): Detection {
  const fromText = best(scoreText(text));
  const usableHint = hint && hint !== 'unknown' ? hint : undefined;
  if (fromText && fromText[1] >= OVERRULES_HINT) {
    if (usableHint && sameFamily(usableHint, fromText[0])) return { language: usableHint, evidence: 'hint' };
    return { language: fromText[0], evidence: 'text' };
  }
  if (usableHint) return { language: usableHint, evidence: 'hint' };
  if (fromText) return { language: fromText[0], evidence: 'weak' };
  if (context) {
    const snippet = context.slice(0, 2_000);
    for (const [language, re] of CONTEXT_HINTS) if (re.test(snippet)) return { language, evidence: 'context' };
  }
  return { language: 'unknown', evidence: 'none' };
}
