/**
 * Errors as people paste them (issue 12): localised database messages, database errors raised
 * inside a program's trace, and log noise around the error. Pure: the rules engine alone.
 */
import { answer, engine, expectRecognised } from './support/recognised';
import { errorTypeMatches } from '../bench/evaluation';
import { delocalise } from '../src/translator/rules/localised';
import { normalise } from '../src/translator/rules/normalise';

describe('localised database messages', () => {
  it.each([
    ['FEHLER:  Relation »users« existiert nicht', 'ERROR:  relation "users" does not exist'],
    ["ERREUR:  la relation « users » n'existe pas", 'ERROR:  relation "users" does not exist'],
    ['ERROR:  no existe la relación «users»', 'ERROR:  relation "users" does not exist'],
    ['ОШИБКА:  отношение "users" не существует', 'ERROR:  relation "users" does not exist'],
    ['错误:  关系 "users" 不存在', 'ERROR:  relation "users" does not exist'],
    ['ERROR:  リレーション"users"は存在しません', 'ERROR:  relation "users" does not exist'],
    ["ERREUR:  la colonne « emial » de la relation « users » n'existe pas", 'ERROR:  column "emial" of relation "users" does not exist'],
    [
      'FEHLER:  doppelter Schlüsselwert verletzt Unique-Constraint »users_email_key«',
      'ERROR:  duplicate key value violates unique constraint "users_email_key"',
    ],
    ['致命错误:  用户 "postgres" Password 认证失败', 'FATAL:  password authentication failed for user "postgres"'],
    ['FATAL:  Datenbank »shop« existiert nicht', 'FATAL:  database "shop" does not exist'],
    [
      "Meldung 208, Ebene 16, Status 1, Zeile 1\nUngültiger Objektname 'dbo.Orders'.",
      "Msg 208, Level 16, State 1, Zeile 1\nInvalid object name 'dbo.Orders'.",
    ],
    ['/* Erreur SQL (1062) : Duplicate entry', '/* SQL Error (1062): Duplicate entry'],
    ['SQL Fehler (1146): Table', 'SQL Error (1146): Table'],
  ])('%j reads as its English original', (localised, english) => {
    expect(delocalise(localised)).toBe(english);
  });

  it('leaves English and unrelated non-English text alone', () => {
    expect(delocalise('ERROR:  relation "users" does not exist')).toBe('ERROR:  relation "users" does not exist');
    expect(delocalise('Der Server antwortet nicht: Zeitüberschreitung')).toBe('Der Server antwortet nicht: Zeitüberschreitung');
  });

  it('answers a localised PostgreSQL error like the English one, with the name it quotes', () => {
    const t = answer('FEHLER:  Relation »bestellungen« existiert nicht\nZEILE 1: SELECT * FROM bestellungen');
    expect(t).toMatchObject({ language: 'sql', error_type: '42P01' });
    expect(t.summary).toContain('bestellungen');
  });

  it('answers a MySQL error under a localised GUI client header by its number', () => {
    const t = answer(
      'ALTER TABLE `notes` ADD CONSTRAINT `notes_contact_fk` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`);\n/* Error de SQL (1215): Cannot add foreign key constraint */',
    );
    expect(t).toMatchObject({ language: 'sql', error_type: '1215' });
    expect(t.fixes[0].code).toContain('LATEST FOREIGN KEY ERROR');
    expect(answer("/* Errore SQL (1093): You can't specify target table 'notes' for update in FROM clause */")).toMatchObject({
      language: 'sql',
      error_type: '1093',
    });
  });

  it('answers a localised SQL Server error by its number', () => {
    expect(answer("Meldung 207, Ebene 16, Status 1, Zeile 4\nUngültiger Spaltenname 'database_id'.")).toMatchObject({
      language: 'sql',
      error_type: '207',
    });
  });
});

describe('database errors raised inside programs', () => {
  it.each([
    [
      'Traceback (most recent call last):\n  File "/app/db.py", line 3, in <module>\n    cur.execute("SELECT * FROM users")\npsycopg2.errors.UndefinedTable: relation "users" does not exist',
      'python',
      'UndefinedTable',
    ],
    [
      '(psycopg2.OperationalError) FATAL: sorry, too many clients already (Background on this error at: http://sqlalche.me/e/e3q8)',
      'python',
      'OperationalError',
    ],
    ['ActiveRecord::StatementInvalid: PG::UndefinedTable: ERROR:  relation "accounts" does not exist', 'ruby', 'StatementInvalid'],
    ['PG::UniqueViolation: ERROR:  duplicate key value violates unique constraint "orders_pkey"', 'ruby', 'UniqueViolation'],
    [
      'org.postgresql.util.PSQLException: ERROR: deadlock detected\n  Detail: Process 18159 waits for ShareLock on transaction 2815559726; blocked by process 16886.',
      'java',
      'PSQLException',
    ],
    [
      'error: relation "orders" does not exist\n    at Parser.parseErrorMessage (/app/node_modules/pg-protocol/dist/parser.js:287:98)\n  code: \'42P01\'',
      'javascript',
      '42P01',
    ],
    // Go: the driver's error type as Sentry (in Python's frame layout) and %T print it.
    [
      '*mysql.MySQLError: Error 1452 (23000): Cannot add or update a child row: a foreign key constraint fails (`crm`.`notes`, CONSTRAINT `notes_ibfk_1` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`))\n  File "/srv/crm/notes/store.go", line 64, in (*Store).Add\n  File "/srv/crm/notes/handler.go", line 29, in CreateNote',
      'go',
      'MySQLError',
    ],
    [
      'time="2025-06-02T11:40:09Z" level=error msg="close month" err_type=*pq.Error err="pq: canceling statement due to statement timeout"',
      'go',
      'pq.Error',
    ],
    // Rust: a database error carried by a panic is the panic (or the unwrap) the program raised.
    [
      "2025-06-02T11:40:09Z ERROR panic: panicked at src/sync/worker.rs:77:18:\nsync failed: error returned from database: 1146 (42S02): Table 'crm.contacts' doesn't exist",
      'rust',
      'panic',
    ],
    [
      'thread \'tokio-runtime-worker\' panicked at src/repo.rs:31:62:\ncalled `Result::unwrap()` on an `Err` value: Database(PgDatabaseError { severity: Error, code: "23505", message: "duplicate key value violates unique constraint \\"tags_name_key\\"" })',
      'rust',
      'unwrap on Err',
    ],
  ])('%#: answered in the program’s language with the exception it raised', (text, language, errorType) => {
    const t = answer(text);
    expect(t.language).toBe(language);
    // With or without the module prefix (PG::UniqueViolation), as the eval counts it.
    expect([t.error_type, errorTypeMatches(errorType, t.error_type)]).toEqual([t.error_type, true]);
  });

  it("keeps the database's explanation of what went wrong", () => {
    const t = answer('ActiveRecord::StatementInvalid: PG::UndefinedTable: ERROR:  relation "accounts" does not exist');
    expect(t.summary).toContain('accounts');
    expect(t.explanation).toContain('StatementInvalid');
  });

  it('leaves a bare server message a program printed to the database', () => {
    const t = answer("SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry 'ann@example.com' for key 'users_email_unique'");
    expect({ language: t.language, error_type: t.error_type }).toEqual({ language: 'sql', error_type: '1062' });
  });

  it("leaves the server's message to the database when a PHP app only logs it next to its file name", () => {
    const t = answer(
      'Saving invoice failed: SQLSTATE[23505]: Unique violation: 7 ERROR:  duplicate key value violates unique constraint "invoice_number_key" DETAIL:  Key (number)=(2024-17) already exists. (InvoiceStore.php:211)',
    );
    expect({ language: t.language, error_type: t.error_type }).toEqual({ language: 'sql', error_type: '23505' });
    expect(t.summary).toContain('invoice_number_key');
  });

  it.each([
    [
      'PHP Fatal error:  Uncaught PDOException: SQLSTATE[23505]: Unique violation: 7 ERROR:  duplicate key value violates unique constraint "invoice_number_key" in /srv/app/InvoiceStore.php:211',
      'PDOException',
    ],
    [
      'Warning: PDOStatement::execute(): SQLSTATE[HY093]: Invalid parameter number: parameter was not defined in /srv/app/InvoiceStore.php on line 211',
      'PDOException',
    ],
  ])('%#: still answers PHP when PHP itself reported the database error', (text, errorType) => {
    const t = answer(text);
    expect({ language: t.language, error_type: t.error_type }).toEqual({ language: 'php', error_type: errorType });
  });

  it.each([
    // A PHP app's own log line ending with the file that printed it: no PHP exception class.
    [
      'Saving tag failed: SQLSTATE[23505]: Unique violation: 7 ERROR:  duplicate key value violates unique constraint "tags_name_key" (TagRepository.php:118)',
      '23505',
    ],
    // Go's driver message without its type.
    ["2025/06/02 11:40:09 load contacts: Error 1146 (42S02): Table 'crm.contacts' doesn't exist", '1146'],
  ])('keeps %j the database’s when no program exception is named', (text, errorType) => {
    expect(answer(text)).toMatchObject({ language: 'sql', error_type: errorType });
  });
});

describe('where to start', () => {
  it("opens the first fix at the user's own frame, file and line", () => {
    const t = answer(
      'Exception in thread "main" java.lang.NullPointerException: Cannot invoke "String.length()" because "name" is null\n' +
        '\tat com.acme.Greeter.greet(Greeter.java:42)\n\tat com.acme.App.main(App.java:10)',
    );
    expect(t.fixes[0].steps[0]).toBe('Start at Greeter.java line 42: that is where the error is reported.');
  });

  it('names a file the trace shows only as library code as such, not as the place to edit', () => {
    const t = answer(
      'Exception in thread "main" java.lang.NumberFormatException: For input string: "abc"\n' +
        '\tat java.base/java.lang.NumberFormatException.forInputString(NumberFormatException.java:67)\n' +
        '\tat java.base/java.lang.Integer.parseInt(Integer.java:652)',
    );
    expect(t.fixes[0].steps[0]).toBe(
      'The error is raised in Integer.java line 652, which is library code: start at the last frame of your own code that calls into it.',
    );
  });
});

describe('log noise around the error', () => {
  it('finds a Java exception in a Spring Boot log line', () => {
    const t = answer(
      '2024-03-01 10:00:00.123 ERROR 4242 --- [           main] o.s.boot.SpringApplication               : Application run failed\n' +
        'java.lang.NullPointerException: Cannot invoke "String.length()" because "name" is null\n\tat com.acme.App.main(App.java:10)',
    );
    expect({ language: t.language, error_type: t.error_type }).toEqual({ language: 'java', error_type: 'NullPointerException' });
  });

  it('finds a PostgreSQL error in a server log line', () => {
    const t = answer('2024-03-01 10:00:00.123 UTC [1234] ERROR:  relation "orders" does not exist at character 15');
    expect({ language: t.language, error_type: t.error_type }).toEqual({ language: 'sql', error_type: '42P01' });
  });
});

describe('phrases that name a kind of error', () => {
  it.each([
    ["thread 'main' panicked at src/stats.rs:19:25:\nattempt to multiply with overflow", 'rust', 'arithmetic overflow'],
    ['error: this arithmetic operation will overflow\n --> src/lib.rs:8:17', 'rust', 'arithmetic overflow'],
    ['error: linker `aarch64-linux-gnu-gcc` not found\n  |\n  = note: No such file or directory (os error 2)', 'rust', 'linker not found'],
    ['error: could not exec the linker `cc`: No such file or directory (os error 2)', 'rust', 'linker not found'],
    [
      'panic: send on closed channel\n\ngoroutine 41 [running]:\nmain.(*Hub).fanOut(...)\n\t/srv/hub/hub.go:88 +0x1f4',
      'go',
      'send on closed channel',
    ],
    [
      '2025/06/02 11:40:09 sync: Get "https://git.corp.example/api/v4/projects": tls: failed to verify certificate: x509: certificate signed by unknown authority',
      'go',
      'certificate signed by unknown authority',
    ],
    ['$ go build ./...\ngo: cannot find main module, but found .git/config in /home/dev/hub', 'go', 'cannot find main module'],
    ["go: go.mod file not found in current directory or any parent directory; see 'go help modules'", 'go', 'cannot find main module'],
    [
      'runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\ngoroutine 1 [running]:\nmain.walk(...)',
      'go',
      'stack overflow',
    ],
    [
      '[02-Jun-2025 11:40:09 UTC] PHP Fatal error:  Uncaught Error: Cannot use object of type Shop\\Cart as array in /var/www/shop/src/checkout.php:31',
      'php',
      'Cannot use object as array',
    ],
    [
      'PHP Fatal error:  Cannot redeclare format_price() (previously declared in /var/www/shop/lib/money.php:12) in /var/www/shop/lib/legacy.php on line 40',
      'php',
      'Cannot redeclare',
    ],
    [
      'Composer detected issues in your platform: Your Composer dependencies require a PHP version ">= 8.2.0". You are running 8.1.27.',
      'php',
      'Composer detected issues in your platform',
    ],
  ])('%j', (text, language, errorType) => {
    const t = answer(text);
    expect({ language: t.language, error_type: t.error_type }).toEqual({ language, error_type: errorType });
  });
});

describe('errors no pattern knows yet', () => {
  it.each([
    ['ERROR 3780 (HY000): Referencing column and referenced column in foreign key are incompatible.', 'sql', '3780'],
    ['Msg 9002, Level 17, State 4, Line 1\nThe transaction log for database is full.', 'sql', '9002'],
    [
      "node:internal/process/esm_loader:40\n  code: 'ERR_SOMETHING_NEW'\n    at Object.<anonymous> (/app/index.js:1:1)",
      'javascript',
      'ERR_SOMETHING_NEW',
    ],
  ])('%j is still named by the code it prints', (text, language, errorType) => {
    const t = answer(text);
    expect({ language: t.language, error_type: t.error_type }).toEqual({ language, error_type: errorType });
  });
});

describe('PHP exceptions whose class does not end in Exception or Error', () => {
  // Libraries name their exceptions after what failed (Spatie's DumpFailed, InvalidBackupDestination): a class
  // with two or more namespace segments at a line's start, then ": message", is PHP's own way to print it.
  it.each([
    [
      '[2023-03-14 02:00:05] production.ERROR: Spatie\\Backup\\Exceptions\\InvalidBackupDestination: There is no backup destination with a disk named `s3`.',
      'InvalidBackupDestination',
    ],
    ['Spatie\\Backup\\Exceptions\\CannotCreateDbDumper: Cannot create a dumper for db connection `pgsql`', 'CannotCreateDbDumper'],
    ['Symfony\\Component\\Process\\Exception\\ProcessFailedException: The command "npm run build" failed.', 'ProcessFailedException'],
  ])('%j', (text, errorType) => {
    const t = answer(text);
    expect({ language: t.language, error_type: t.error_type }).toEqual({ language: 'php', error_type: errorType });
  });

  it('leaves a Windows path before a colon alone', () => {
    expect(answer('C:\\Users\\Dev\\Project: The system cannot find the path specified.').language).not.toBe('php');
  });
});

describe('Python tracebacks as pasted (issue 12)', () => {
  const labels = (text: string) => {
    const t = answer(text);
    return { language: t.language, error_type: t.error_type };
  };

  it.each([
    [
      'a log prefix the normaliser does not know, around a driver error',
      'Feb 11 04:10:59 web2 journal: sync/poller ERROR      File "/srv/sync/store.py", line 12, in open\n' +
        'Feb 11 04:10:59 web2 journal: sync/poller ERROR        return psycopg2.connect(self.dsn)\n' +
        'Feb 11 04:10:59 web2 journal: sync/poller ERROR    psycopg2.OperationalError: FATAL:  password authentication failed for user "sync"',
      'OperationalError',
    ],
    [
      'a driver class without an Error suffix, alone',
      'psycopg2.errors.ForeignKeyViolation: insert or update on table "lines" violates foreign key constraint "lines_order_fkey"',
      'ForeignKeyViolation',
    ],
    ['an asyncpg class, alone', 'asyncpg.exceptions.UndefinedColumnError: column "nickname" does not exist', 'UndefinedColumnError'],
    [
      'a private class name',
      'numpy.core._exceptions._ArrayMemoryError: Unable to allocate 3.2 GiB for an array with shape (20000, 21000) and data type float64',
      '_ArrayMemoryError',
    ],
    [
      'a package exceptions module',
      'Traceback (most recent call last):\n  File "cli.py", line 4, in <module>\n    run()\nvendorlib.exceptions.QuotaExhausted: daily quota used up',
      'QuotaExhausted',
    ],
    [
      "git's message inside the Python exception",
      'Traceback (most recent call last):\n  File "deploy.py", line 30, in push\n    origin.push()\n' +
        "git.exc.GitCommandError: Cmd('git') failed due to: exit code(128)\n  stderr: 'fatal: Authentication failed for 'https://example.com/team/site.git/''",
      'GitCommandError',
    ],
    [
      'a message that reads like JavaScript, raised by Python',
      'Traceback (most recent call last):\n  File "bridge.py", line 8, in call\n    ctx.eval(src)\nTypeError: Cannot read properties of undefined (reading \'width\')',
      'TypeError',
    ],
    ['a TypeError message only Python writes', "TypeError: can't multiply sequence by non-int of type 'float'", 'TypeError'],
    [
      "an error tracker's module-less class above the frames",
      'OperationalError: could not connect to server: Connection refused\n(9 additional frame(s) were not displayed)\n...\n' +
        '  File "django/db/backends/postgresql/base.py", line 187, in get_new_connection\n    connection = Database.connect(**conn_params)',
      'OperationalError',
    ],
    [
      'a bare Exception',
      'Traceback (most recent call last):\n  File "job.py", line 9, in <module>\n    raise Exception("Konfiguration fehlt")\nException: Konfiguration fehlt',
      'Exception',
    ],
    [
      'a timeout named by its class',
      'Traceback (most recent call last):\n  File "probe.py", line 5, in <module>\n    sock.recv(64)\nsocket.timeout: timed out',
      'timeout',
    ],
  ])('%s', (_what, text, errorType) => {
    expect(labels(text)).toEqual({ language: 'python', error_type: errorType });
  });

  it('keeps a JavaScript trace an error tracker printed in Python’s frame format JavaScript', () => {
    const t = answer(
      'RangeError: Maximum call stack size exceeded\n  File "https://cdn.example.com/widget.min.js", line 3, in a.push\n  File "<anonymous>", line 1, in b',
    );
    expect(t.language).toBe('javascript');
  });
});

describe('.NET chains and build codes (issue 12)', () => {
  it('names the outer exception of a " ---> " chain and explains the inner one', () => {
    const t = answer(
      'Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.\n' +
        ' ---> Npgsql.PostgresException (0x80004005): 23505: duplicate key value violates unique constraint "IX_Users_Email"\n' +
        '   at Npgsql.Internal.NpgsqlConnector.ReadMessageLong(Boolean async)',
    );
    expect({ language: t.language, error_type: t.error_type }).toEqual({ language: 'csharp', error_type: 'DbUpdateException' });
  });

  it('keeps the outer class when only an inner exception has a specific pattern', () => {
    const t = answer(
      'System.Reflection.TargetInvocationException: Exception has been thrown by the target of an invocation.\n' +
        ' ---> System.InvalidOperationException: Sequence contains no elements\n   at System.Linq.ThrowHelper.ThrowNoElementsException()',
    );
    expect(t.error_type).toBe('TargetInvocationException');
    expect(t.explanation).toContain('TargetInvocationException');
  });

  it('keeps the outer class when its message quotes an inner failure a pattern knows', () => {
    const t = answer(
      "Unhandled exception. System.AggregateException: Some services are not able to be constructed (Error while validating the service descriptor 'ServiceType: IClock Lifetime: Singleton ImplementationType: Clock': Unable to resolve service for type 'ITimeSource' while attempting to activate 'Clock'.)\n" +
        " ---> System.InvalidOperationException: Unable to resolve service for type 'ITimeSource' while attempting to activate 'Clock'.",
    );
    expect({ language: t.language, error_type: t.error_type }).toEqual({ language: 'csharp', error_type: 'AggregateException' });
  });

  it.each([
    [
      "##[error]/opt/dotnet/sdk/9.0.100/Sdks/Microsoft.NET.Sdk/Sdk/Sdk.props(30,5): error MSB4236: The SDK 'Microsoft.NET.Sdk.Worker' specified could not be found.",
      'MSB4236',
    ],
    [
      '1>MSBUILD : error MSB1011: Specify which project or solution file to use because this folder contains more than one project or solution file.',
      'MSB1011',
    ],
    [
      "2025-01-02T03:04:05.6789012Z /home/runner/work/app/Api/Api.csproj : error NETSDK1004: Assets file '/home/runner/work/app/Api/obj/project.assets.json' not found.",
      'NETSDK1004',
    ],
  ])('%j is named by its MSBuild / SDK code', (text, code) => {
    const t = answer(text);
    expect({ language: t.language, error_type: t.error_type }).toEqual({ language: 'csharp', error_type: code });
  });
});

describe('JavaScript pasted from browsers, bundlers and CI logs', () => {
  const answer = (error: string): [string, string] => {
    const t = engine.analyse({ error }).translation;
    return [t.language, t.error_type];
  };

  it('names a library error class printed inside brackets or after a console prefix', () => {
    expect(answer('Uncaught Error in auth listener: [SupabaseAuthError: Invalid login credentials] {\n  status: 400\n}')).toEqual([
      'javascript',
      'SupabaseAuthError',
    ]);
    expect(answer('vendor.js:2291 ERROR StripeCardError: Your card was declined.\n    at handle (vendor.js:88)')).toEqual([
      'javascript',
      'StripeCardError',
    ]);
  });

  it('answers a Node.js SyntaxError inside a Maven log as JavaScript, not Python', () => {
    const log =
      "[INFO] Running 'npm run build'\n[ERROR] /srv/app/tools/gen.js:7\n[ERROR] const x = {;\n[ERROR] SyntaxError: Unexpected token ';'\n[ERROR]     at Module._compile (node:internal/modules/cjs/loader:1105:14)";
    expect(answer(log)).toEqual(['javascript', 'SyntaxError']);
  });

  it('reads an error tracker frame with a script URL as JavaScript', () => {
    expect(
      answer(
        'TypeError: Unable to get property \'total\' of undefined or null reference\n  File "https://shop.example.org/static/cart.js", line 12, in Global code',
      ),
    ).toEqual(['javascript', 'TypeError']);
  });

  it('rewrites localised Internet Explorer messages to English', () => {
    expect(delocalise('无法获取未定义或 null 引用的属性“price”')).toBe("Unable to get property 'price' of undefined or null reference");
    expect(answer("未定義または NULL 参照のプロパティ 'items' は取得できません")).toEqual(['javascript', 'TypeError']);
  });

  it('names bundler and linter failures by their phrases', () => {
    expect(answer('✘ [ERROR] Could not resolve "date-fns"\n\n    src/report.js:1:21:')).toEqual(['javascript', 'Could not resolve']);
    expect(
      answer(
        'ERROR in ./src/Widget.jsx 4:9\nModule parse failed: Unexpected token (4:9)\nYou may need an appropriate loader to handle this file type.',
      ),
    ).toEqual(['javascript', 'Module parse failed']);
    expect(answer('/home/ci/site/src/Nav.jsx\n  2:10  error  Parsing error: Unexpected token <')).toEqual(['javascript', 'Parsing error']);
  });

  it("does not answer a Python error with another language's catch-all", () => {
    expect(
      answer('Traceback (most recent call last):\n  File "app.py", line 3, in <module>\n    run()\nQuotaExceededError: daily limit reached')[0],
    ).toBe('python');
  });
});

describe('C and C++ compiler, linker and runtime output (issue 12)', () => {
  it.each([
    ['parser.c:42:9: Fehler: »Token« bezeichnet keinen Typ', 'parser.c:42:9: error: ‘Token’ does not name a type'],
    ['util.c:7:3: erreur : déclaration implicite de la fonction « strdup »', 'util.c:7:3: error: implicit declaration of function ‘strdup’'],
    ['net.c:12:18: 错误：‘addr’的存储大小未知', 'net.c:12:18: error: storage size of ‘addr’ isn’t known'],
    ['main.c:5:14: ошибка: конфликтующие типы для «run»', 'main.c:5:14: error: conflicting types for ‘run’'],
    ["io.c:33:12: error: conversión inválida de 'void*' a 'char*'", 'io.c:33:12: error: invalid conversion from ‘void*’ to ‘char*’'],
    ['shape.cpp:9:3: Warnung: unbenutzte Variable »w«', 'shape.cpp:9:3: warning: unbenutzte Variable »w«'],
  ])('gcc in another locale: %j reads as English', (localised, english) => {
    expect(delocalise(localised)).toBe(english);
  });

  it("keeps a database server's localised severity for the database rules", () => {
    expect(delocalise('错误:  关系 "orders" 不存在')).toBe('ERROR:  relation "orders" does not exist');
  });

  it.each([
    // C++-only wording decides the language even on a .c file (g++ compiling C code).
    [
      'store.c:18:20: Fehler: ungültige Umwandlung von »void*« in »struct item*« [-fpermissive]\n  it = malloc(sizeof *it);',
      'cpp',
      'invalid conversion',
      'struct item*',
    ],
    [
      'lib/queue.c:88:5: error: ‘for’ loop initial declarations are only allowed in C99 mode\n  for (int k = 0; k < n; k++)',
      'c',
      'for loop initial declarations',
      'lib/queue.c',
    ],
    ['gcc -O2 -c ring.c\nring.c:51:19: error: storage size of ‘tv’ isn’t known\n   struct timeval tv;', 'c', "storage size isn't known", 'tv'],
    [
      'clang++ -c -Werror grid.cpp\ngrid.cpp:30:14: error: variable length arrays in C++ are a Clang extension [-Werror,-Wvla-cxx-extension]',
      'cpp',
      'variable length array',
      'grid.cpp',
    ],
    ['mat.c:14:9: error: variable-sized object may not be initialized\n   double m[n][n] = {0};', 'c', 'variable length array', 'mat.c'],
    ['CMake Error at CMakeLists.txt:4 (project):\n  No CMAKE_CXX_COMPILER could be found.', 'cpp', 'CMAKE_CXX_COMPILER not found', 'C++'],
    [
      '==88==ERROR: AddressSanitizer: dynamic-stack-buffer-overflow on address 0x7ffc10 at pc 0x41 bp 0x42 sp 0x43\nWRITE of size 1 at 0x7ffc10 thread T0\n    #0 0x41 in pack src/pack.c:19',
      'c',
      'dynamic-stack-buffer-overflow',
      'pack',
    ],
  ])('%j is answered by its phrase', (text, language, errorType, name) => {
    const t = answer(text);
    expect({ language: t.language, error_type: t.error_type }).toEqual({ language, error_type: errorType });
    expect(JSON.stringify(t)).toContain(name);
  });
});

describe('C or C++: what only C++ produces decides (issue 12)', () => {
  it.each([
    [
      "/usr/bin/ld: cli.o: in function `main':\ncli.c:(.text+0x2c): undefined reference to `load_rules(char const*)'\ncollect2: error: ld returned 1 exit status",
      'cpp',
      'undefined reference',
    ],
    [
      "/usr/bin/ld: cli.o: in function `main':\ncli.c:(.text+0x2c): undefined reference to `load_rules'\ncollect2: error: ld returned 1 exit status",
      'c',
      'undefined reference',
    ],
    [
      '/usr/bin/ld : cli.o : dans la fonction « main » :\ncli.c:(.text+0x2c) : référence indéfinie vers « load_rules(int) »',
      'cpp',
      'undefined reference',
    ],
    [
      "/usr/bin/ld: shape.o: in function `make_shape':\nshape.c:(.text+0x11): undefined reference to `vtable for Circle'",
      'cpp',
      'undefined reference',
    ],
    [
      'Program received signal SIGSEGV, Segmentation fault.\n0x0000555555555189 in Ring::push (this=0x0, v=3) at ring.h:40',
      'cpp',
      'segmentation fault',
    ],
    [
      'Program received signal SIGSEGV, Segmentation fault.\n0x0000555555555189 in ring_push (r=0x0, v=3) at ring.c:40\n#1  0x00005555555551c2 in main () at main.c:20',
      'c',
      'segmentation fault',
    ],
    [
      '==5==ERROR: AddressSanitizer: heap-buffer-overflow on address 0x6020 at pc 0x1 bp 0x2 sp 0x3\nREAD of size 4 at 0x6020 thread T0\n    #0 0x4f in total(int const*, unsigned long) /work/src/total:9',
      'cpp',
      'heap-buffer-overflow',
    ],
    [
      '==5==ERROR: AddressSanitizer: heap-buffer-overflow on address 0x6020 at pc 0x1 bp 0x2 sp 0x3\nREAD of size 4 at 0x6020 thread T0\n    #0 0x4f in total /work/src/total.c:9\n    #1 0x50 in main (/work/a.out+0x1234)',
      'c',
      'heap-buffer-overflow',
    ],
    ['kv.c: In function ‘int main()’:\nkv.c:9:13: error: ‘Store’ does not name a type', 'cpp', 'does not name a type'],
    // MSVC linker output, build-tool wrappers and CMake (C/C++ round 2).
    // A C symbol defined twice is a C library or the C runtime linked twice: no sign of a C project.
    [
      '2>libcmt.lib(fopen.obj) : error LNK2005: _fopen already defined in MSVCRT.lib(MSVCR120.dll)\n2>LINK : fatal error LNK1169: one or more multiply defined symbols found',
      'cpp',
      'LNK2005',
    ],
    // Visual Studio's Error List, a plain C symbol and nothing C++: the console rule applies.
    [
      'Severity\tCode\tDescription\tProject\tFile\tLine\nError\tLNK2019\tunresolved external symbol _ring_push referenced in function _main\tringbuf\tC:\\src\\ringbuf\\main.obj\t1',
      'c',
      'LNK2019',
    ],
    // The CRT asking for an entry point says nothing about the project's language.
    ['Error\tLNK2001\tunresolved external symbol main\tdemo\tC:\\src\\demo\\MSVCRTD.lib(exe_main.obj)\t1', 'cpp', 'LNK2001'],
    // MSBuild wrapped the console line inside the diagnostic's code.
    [
      '  C:\\src\\app\\src\\window.cpp(88,14): error C2\n       065: "WM_DPICHANGED_X": nichtdeklarierter Bezeichner [C:\\src\\app\\app.vcxproj]',
      'cpp',
      'C2065',
    ],
    // A cargo build script failing on a C compiler error is the compiler's error.
    [
      "error: failed to run custom build command for `zstd-sys v2.0.9`\n\nCaused by:\n  process didn't exit successfully: `/app/target/release/build/zstd-sys-1/build-script-build` (exit status: 1)\n  --- stderr\n  zstd/lib/common/zstd_deps.h:28:10: fatal error: 'string.h' file not found\n  thread 'main' panicked at build.rs:20:5:\n  compilation failed",
      'c',
      'missing header',
    ],
    // Dev-C++ shows gcc's message after its own "[Error]" level.
    ['[Error] sqlite/sqlite3.h: No such file or directory', 'c', 'missing header'],
    [
      'CMake Error at CMakeLists.txt:9 (find_package):\n  Found package configuration file:\n\n    /usr/lib/cmake/OpenEXR/OpenEXRConfig.cmake\n\n  but it set OpenEXR_FOUND to FALSE so package "OpenEXR" is considered to be\n  NOT FOUND.',
      'cpp',
      'could not find package',
    ],
  ])('%j is answered as %s', (text, language, errorType) => {
    const t = answer(text);
    expect({ language: t.language, error_type: t.error_type }).toEqual({ language, error_type: errorType });
  });
});

describe('MSBuild console output (issue 12)', () => {
  it('rejoins only a line MSBuild cut right after the location', () => {
    expect(normalise('a.cpp(3,1): error C2\n       065: x')).toBe('a.cpp(3,1): error C2065: x');
    const long = "a.cpp(3,1): error C2065: 'value_that_is_long': undeclared\n       identifier";
    expect(normalise(long)).toBe(long);
  });
});

describe('C#, Python, Ruby, Rust and SQL errors as pasted (issue 12, second round)', () => {
  it("reads recent rustc's 'note: LINK :' lines as a Rust link failure, a bare link.exe line as C++", () => {
    expect(answer("cargo build\nnote: LINK : fatal error LNK1181: cannot open input file 'sqlite3.lib'")).toMatchObject({
      language: 'rust',
      error_type: 'LNK1181',
    });
    expect(answer("LINK : fatal error LNK1181: cannot open input file 'sqlite3.lib'")).toMatchObject({ language: 'cpp', error_type: 'LNK1181' });
  });

  it("rejoins an error tracker's Error type / Error message fields, so the program's class decides", () => {
    const db = answer(
      '**Error type:** `PG::ConnectionBad`\n**Error message:** `` FATAL:  password authentication failed for user "app" ``\n**Where:** `<no information>`',
    );
    expect(db.language).toBe('ruby');
    expect(errorTypeMatches('ConnectionBad', db.error_type)).toBe(true);
    expect(db.summary).toContain('app');
    const syntax = answer(
      '**Error type:** `SyntaxError`\n**Error message:** `` /app/lib/report.rb:12: syntax error, unexpected end-of-input, expecting keyword_end ``',
    );
    expect(syntax).toMatchObject({ language: 'ruby', error_type: 'SyntaxError' });
  });

  it('reads a Chinese undefined-column message with an unquoted name as 42703', () => {
    expect(delocalise('42703: 字段 u.nickname 不存在')).toBe('42703: column "u.nickname" does not exist');
  });

  it.each([
    ['查询失败:42703: 字段 u.nickname 不存在', 'u.nickname'],
    // A translated message pasted back into English keeps the translation's word order.
    ['psql:schema.sql:4: ERROR: "created_on" column does not exist', 'created_on'],
  ])('answers %j as 42703 naming the column', (text, column) => {
    expect(answer(text)).toMatchObject({ language: 'sql', error_type: '42703', summary: expect.stringContaining(column) });
  });
});

describe('program output around database and .NET errors (issue 12, round 2)', () => {
  it.each([
    [
      "Error\tCS0103\tThe name 'total' does not exist in the current context\tShop\tC:\\src\\Cart.cs\t42\tActive",
      "C:\\src\\Cart.cs(42,1): error CS0103: The name 'total' does not exist in the current context",
    ],
    [
      'Warnung\tCS8618\tDas Non-Nullable-Feld "Name" muss beim Beenden des Konstruktors einen Wert ungleich NULL enthalten.',
      'warning CS8618: Das Non-Nullable-Feld "Name" muss beim Beenden des Konstruktors einen Wert ungleich NULL enthalten.',
    ],
    ['错误\tCS0246\t未能找到类型或命名空间名“Foo”', 'error CS0246: 未能找到类型或命名空间名“Foo”'],
  ])("Visual Studio's Error List row %j is written as the compiler prints it", (row, printed) => {
    expect(normalise(row)).toBe(printed);
  });

  it.each([
    // Prisma Migrate run by an npm script: the CLI's code, not npm's "code 1" repeating that it failed.
    [
      'npm error Lifecycle script `migrate` failed with error:\nnpm error code 1\nnpm error command sh -c prisma migrate deploy\n\n' +
        'Prisma schema loaded from prisma/schema.prisma\n\nError: P3009\n\nmigrate found failed migrations in the target database, new migrations will not be applied.\n' +
        'The `20240101_init` migration started at 2024-01-01 10:00:00 UTC failed',
      'javascript',
      'P3009',
    ],
    ['PostgresError: relation "orders" does not exist', 'javascript', 'PostgresError'],
    // Rails logs the raised exception, then its cause.
    [
      'ActiveRecord::StatementInvalid (PG::UndefinedColumn: ERROR:  column "total" does not exist\nLINE 1: SELECT "total" FROM "orders"\n):\n\nCaused by: PG::UndefinedColumn (ERROR:  column "total" does not exist\n)',
      'ruby',
      'ActiveRecord::StatementInvalid',
    ],
    ['OperationalError at /orders/\ncould not translate host name "db" to address: Name or service not known', 'python', 'OperationalError'],
    ['ERROR:  column "email" of relation "users" already exists', 'sql', '42701'],
    ['ERRO:  relação "pedidos" não existe', 'sql', '42P01'],
    // .NET: a test runner's " : ", a dialog's class over "Message:", Visual Studio's Error List, SqlClient's frames.
    ['[xUnit.net 00:00:02.10]     System.Net.Http.HttpRequestException : Connection refused (localhost:5001)', 'csharp', 'HttpRequestException'],
    [
      "System.UnauthorizedAccessException\n\nMessage: Access to the path 'C:\\data\\out.csv' is denied.",
      'csharp',
      'UnauthorizedAccessException',
    ],
    ["Error\tCS0103\tThe name 'total' does not exist in the current context\tShop\tC:\\src\\Shop\\Cart.cs\t42\tActive", 'csharp', 'CS0103'],
    [
      "Invalid object name 'dbo.Orders'.\n   at System.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)",
      'csharp',
      'SqlException',
    ],
    [
      "System.IO.IOException: The process cannot access the file 'C:\\logs\\app.log' because it is being used by another process.",
      'csharp',
      'IOException',
    ],
    ['System.Net.Sockets.SocketException (111): Connection refused', 'csharp', 'SocketException'],
    // A one-line JSON log record: the traceback is in its message field.
    [
      JSON.stringify({
        level: 'error',
        msg: 'Traceback (most recent call last):\n  File "/app/main.py", line 1, in <module>\n    import requests\nModuleNotFoundError: No module named \'requests\'',
      }),
      'python',
      'ModuleNotFoundError',
    ],
  ])('%j is %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it('names the file another process holds and the migration Prisma reports as failed in the fixes', () => {
    expect(
      answer("System.IO.IOException: The process cannot access the file '/data/app.db' because it is being used by another process.").fixes[0]
        .title,
    ).toContain('/data/app.db');
    expect(
      answer('Error: P3009\n\nmigrate found failed migrations.\nThe `20240101_init` migration started at 2024-01-01 10:00:00 UTC failed')
        .fixes[0].code,
    ).toContain('prisma migrate resolve --rolled-back 20240101_init');
  });
});

describe('crashes, link errors and localised messages of the third C/C++ rounds (issue 12)', () => {
  it.each([
    // a summary line sorted first in Visual Studio's Error List gives way to the error it counts
    [
      'Severity\tCode\tDescription\tProject\tFile\tLine\nError\tLNK1120\t1 unresolved externals\tApp\tC:\\app\\App.exe\t1\t\nError\tLNK2001\tunresolved external symbol "int __cdecl helper(void)" (?helper@@YAHXZ)\tApp\tC:\\app\\main.obj\t1\t',
      'cpp',
      'LNK2001',
    ],
    // an Error List row whose File and Line columns are empty
    ["Severity\tCode\tDescription\tProject\nError\tC2440\t'initializing': cannot convert from 'const char *' to 'int'\tApp", 'cpp', 'C2440'],
    [
      'Unhandled Exception: EXCEPTION_ACCESS_VIOLATION reading address 0x0000000000000000\n\nGame!AActor::Tick() [C:\\Game\\Actor.cpp:42]',
      'cpp',
      'EXCEPTION_ACCESS_VIOLATION',
    ],
    [
      "Guru Meditation Error: Core  0 panic'ed (StoreProhibited). Exception was unhandled.\nCore 0 register dump:\nEXCVADDR: 0x00000000",
      'cpp',
      'StoreProhibited',
    ],
    [
      'OpenCV(4.8.0) Error: Assertion failed (!_src.empty()) in cvtColor, file /opencv/modules/imgproc/src/color.cpp, line 182',
      'cpp',
      'cv::Exception',
    ],
    ["[ERROR] [talker-1]: process has died [pid 4242, exit code -11, cmd '/opt/ros/humble/lib/demo/talker'].", 'cpp', 'segmentation fault'],
    ['Received signal 11 SEGV_MAPERR 000000000000\n#0 0x7f5f5acc9d07 <unknown>\n[end of stack trace]', 'cpp', 'segmentation fault'],
    ['           PID: 6942 (viewer)\n        Signal: 11 (SEGV)\n    Executable: /usr/bin/viewer', 'c', 'segmentation fault'],
    [
      '#3  0x00007f33ca8c1cd1 in __GI___fortify_fail_abort (need_backtrace=false, msg=0x7f33ca943966 "stack smashing detected") at fortify_fail.c:33\n#4  0x00007f33ca8c1c92 in __stack_chk_fail () at stack_chk_fail.c:29',
      'c',
      'stack smashing detected',
    ],
    [
      './src/far.c:105:29: Fehler: Implizite Deklaration der Funktion »eth_type_trans« [-Werror=implicit-function-declaration]',
      'c',
      'implicit declaration of function',
    ],
    ['{"message":"关键字 \'Top\' 附近有语法错误。"}', 'sql', '156'],
    ["Sintaxis incorrecta cerca de 'FROM'.", 'sql', '102'],
    ['ERROR: la autentificaci\uFFFDn password fall\uFFFD para el usuario \uFFFDmyuser\uFFFD', 'sql', '28P01'],
  ])('%j is %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it('reads a clang error in a header inside npm-repeated node-gyp output as C++, not as npm', () => {
    const text = [
      'npm ERR! npm ERR! In file included from ../src/addon.cc:1:',
      "npm ERR! npm ERR! ../../nan/nan.h:34:43: error: no member named 'GetContents' in 'v8::ArrayBuffer'",
      'npm ERR! npm ERR! gyp ERR! build error',
      'npm ERR! npm ERR! gyp ERR! stack Error: `make` failed with exit code: 2',
      'npm ERR! npm ERR! gyp ERR! stack     at ChildProcess.onExit (/usr/lib/node_modules/npm/node_modules/node-gyp/lib/build.js:203:23)',
      'npm ERR! npm ERR! gyp ERR! stack     at ChildProcess._handle.onexit (node:internal/child_process:291:12)',
    ].join('\n');
    expect(answer(text)).toMatchObject({ language: 'cpp', error_type: 'has no member named' });
  });
});

describe('libstdc++ paths, Heroku logs and the mysqldump family (issue 12, fourth rounds)', () => {
  it.each([
    // a sanitizer report whose location is inside libstdc++'s or libc++'s headers is a C++ program's
    [
      "/usr/lib/gcc/x86_64-linux-gnu/9/../../../../include/c++/9/bits/random.tcc:336:8: runtime error: unsigned integer overflow: 1812533378 * 6364136223846793005 cannot be represented in type 'unsigned long'\nSUMMARY: UndefinedBehaviorSanitizer: undefined-behavior /usr/lib/gcc/x86_64-linux-gnu/9/../../../../include/c++/9/bits/random.tcc:336:8 in",
      'cpp',
      'undefined behavior',
    ],
    [
      "/usr/include/c++/v1/vector:1455:12: runtime error: reference binding to null pointer of type 'int'\nSUMMARY: UndefinedBehaviorSanitizer: undefined-behavior /usr/include/c++/v1/vector:1455:12 in",
      'cpp',
      'undefined behavior',
    ],
    // without those paths the same report names nothing C++
    ["src/ring.c:41:9: runtime error: signed integer overflow: 2147483647 + 1 cannot be represented in type 'int'", 'c', 'undefined behavior'],
    // Heroku's "app[web.1]: " after the time stamp is log noise, so the traceback underneath is read
    [
      '2019-09-18T13:31:13.946164+00:00 app[web.1]: File "/app/.heroku/python/lib/python3.6/site-packages/gunicorn/arbiter.py", line 524, in reap_workers\n2019-09-18T13:31:13.948967+00:00 app[web.1]: raise HaltServer(reason, self.WORKER_BOOT_ERROR)\n2019-09-18T13:31:13.948972+00:00 app[web.1]: gunicorn.errors.HaltServer: <HaltServer \'Worker failed to boot.\' 3>',
      'python',
      'HaltServer',
    ],
    // mysqldump, mysqlcheck and friends print the server's number in their own forms
    [
      "mysqldump: [Warning] Using a password on the command line interface can be insecure.\nmysqldump: Got error: 1556: You can't use locks with log tables when using LOCK TABLES",
      'sql',
      '1556',
    ],
    [
      "mysqldump: Couldn't execute 'SHOW FIELDS FROM `v_orders`': View 'shop.v_orders' references invalid table(s) or column(s) or function(s) (1356)",
      'sql',
      '1356',
    ],
    // Oracle by its code, whatever language the message is in; raised by a Python driver, the driver's class
    ['ORA-00942: 表或视图不存在', 'sql', 'ORA-00942'],
    ['ORA-12154: TNS:could not resolve the connect identifier specified', 'sql', 'ORA-12154'],
    ['cx_Oracle.DatabaseError: ORA-00942: table or view does not exist', 'python', 'DatabaseError'],
  ])('%j is %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it("names the user's tables and constraint in a foreign key violation's fixes, parent and child the right way round", () => {
    const inserting = answer(
      'ERROR:  insert or update on table "invoices" violates foreign key constraint "invoices_customer_id_fkey"\nDETAIL:  Key (customer_id)=(7) is not present in table "customers".',
    );
    expect(inserting.fixes[0].title).toBe('Write customers rows first, delete invoices rows first');
    expect(inserting.fixes[1].code).toContain('ALTER TABLE invoices DROP CONSTRAINT invoices_customer_id_fkey');
    expect(inserting.fixes[1].code).toContain('FOREIGN KEY (customer_id)\n  REFERENCES customers ON DELETE CASCADE');
    const deleting = answer(
      'ERROR:  update or delete on table "customers" violates foreign key constraint "invoices_customer_id_fkey" on table "invoices"\nDETAIL:  Key (id)=(7) is still referenced from table "invoices".',
    );
    expect(deleting.fixes[0].steps[0]).toBe('Delete or re-point the rows of invoices that reference id=7 before changing it');
    expect(deleting.fixes[1].code).toContain('ALTER TABLE invoices DROP CONSTRAINT invoices_customer_id_fkey');
  });

  it('explains Oracle errors by their code and names the constraint or column the message quotes', () => {
    expect(answer('ORA-00942: table or view does not exist').summary).toBe('Oracle has no table or view by that name that this user can see.');
    expect(answer('ORA-00001: unique constraint (APP.USERS_EMAIL_UK) violated').fixes[0].title).toContain('APP.USERS_EMAIL_UK');
    expect(answer('ORA-00904: "EMAIL_ADDRESS": invalid identifier').summary).toContain('EMAIL_ADDRESS');
    const wrapped = answer(
      'Traceback (most recent call last):\n  File "app.py", line 3, in <module>\n    conn = oracledb.connect(dsn)\noracledb.exceptions.DatabaseError: ORA-01017: invalid username/password; logon denied',
    );
    expect(wrapped).toMatchObject({ language: 'python', error_type: 'DatabaseError', summary: 'Oracle rejected the user name or password.' });
  });

  it("answers mysqldump's 1045 with the login fix for the account it names", () => {
    const t = answer("mysqldump: Got error: 1045: Access denied for user 'backup'@'localhost' (using password: YES) when trying to connect");
    expect(t.error_type).toBe('1045');
    expect(JSON.stringify(t.fixes)).toContain('backup');
  });
});

describe('crashes, assertions and build tools of the fifth rounds (issue 12)', () => {
  it.each([
    // "fatal error:" after a syslog time stamp is Go's message, not a log level before "error:"
    ['Dec 15 22:12:15 node2 dockerd[25200]: fatal error: concurrent map read and map write', 'go', 'concurrent map read and map write'],
    // Kotlin/Native names the thrown class once; the first frames are its superclasses' constructors
    [
      'Uncaught Kotlin exception: kotlin.NoWhenBranchMatchedException\n        at 4   Core   0x0000000107fceaa2 kfun:kotlin.RuntimeException.<init>()kotlin.RuntimeException + 50',
      'kotlin',
      'NoWhenBranchMatchedException',
    ],
    // bash in other languages, and the exit status CI shows when the shell's line is folded away
    ['bash: docker-compose: Befehl nicht gefunden', 'shell', 'command not found'],
    ['script.sh: no se encontró la orden', 'shell', 'command not found'],
    ['-bash: ./run.sh: /bin/bash^M: 解释器错误: 没有那个文件或目录', 'shell', 'bad interpreter'],
    ['Error: Process completed with exit code 127.', 'shell', 'command not found'],
    ['##[error]Process completed with exit code 126.', 'shell', 'permission denied'],
    // older ts-node: the diagnostics of a file that does not compile, without their location
    ["TSError: ⨯ Unable to compile TypeScript\nCannot find type definition file for 'node'. (2688)", 'typescript', 'TS2688'],
    // Visual Studio's access violation in German, and VS 2017's wording, where nullptr says C++
    [
      'Ausnahme ausgelöst bei 0x00000000004794E7 in game.exe: 0xC0000005: Zugriffsverletzung beim Lesen an Position 0xFFFFFFFFFFFFFFFF.',
      'c',
      'access violation',
    ],
    ['Exception thrown: read access violation.\n**this** was nullptr.', 'cpp', 'access violation'],
    ['引发了异常: 读取访问权限冲突。\nbn 是 nullptr。', 'cpp', 'access violation'],
    // a crash report naming the C++ runtime DLL in Windows' capitals
    [
      'Unhandled exception at 0x00007FF8 in viewer.exe\nModule: MSVCP140.dll\nException: 0xC0000005 (EXCEPTION_ACCESS_VIOLATION)',
      'cpp',
      'EXCEPTION_ACCESS_VIOLATION',
    ],
    // assertion dialogs: the debug CRT's and Qt's
    [
      'Debug Assertion Failed!\n\nProgram: C:\\app\\app.exe\nFile: minkernel\\crts\\ucrt\\src\\appcrt\\heap\\debug_heap.cpp\nLine: 904\n\nExpression: _CrtIsValidHeapPointer(block)',
      'cpp',
      'assertion failed',
    ],
    ['ASSERT failure in QList<T>::at: "index out of range", file /usr/include/qt/QtCore/qlist.h, line 541', 'cpp', 'assertion failed'],
    // crashes whose only C++ sign is a Qt thread, a C++ logging library, or libstdc++ under a gdb pretty-printer failure
    [
      '[228730.193809] QThread[176253]: segfault at 70 ip 000055f832cd23af sp 00007f1eb0ff8a30 error 6 in viewer[55f832bc1000+29c000]',
      'cpp',
      'segmentation fault',
    ],
    ['2015-06-26 08:05:43,255 FATAL [default] CRASH HANDLED; Application has crashed due to [SIGSEGV] signal', 'cpp', 'segmentation fault'],
    [
      '(gdb) run\nTraceback (most recent call last):\n  File "/usr/share/gdb/auto-load/usr/lib/x86_64-linux-gnu/libstdc++.so.6.0.30-gdb.py", line 63, in <module>\n    from libstdcxx.v6.printers import register_libstdcxx_printers\nImportError: No module named \'libstdcxx\'\n\nProgram received signal SIGSEGV, Segmentation fault.\n0x00007fffed90c480 in std::string::c_str() const () from /usr/lib/x86_64-linux-gnu/libstdc++.so.6',
      'cpp',
      'segmentation fault',
    ],
    // macOS: Swift's unless the frames show C++
    [
      '* thread #1, stop reason = EXC_BAD_ACCESS (code=1, address=0x20)\n    frame #1: 0x000000010003e239 solvespace`SolveSpace::TextWindow::Show()',
      'cpp',
      'EXC_BAD_ACCESS',
    ],
    [
      '* thread #1, stop reason = EXC_BAD_ACCESS (code=1, address=0x20)\n    frame #1: 0x000000010003e239 App`ViewController.viewDidLoad()',
      'swift',
      'EXC_BAD_ACCESS',
    ],
    // build tools: pkg-config, Meson, Conan, and CMake through VS Code's CMake Tools channel
    [
      "Package libconfig was not found in the pkg-config search path.\nPerhaps you should add the directory containing `libconfig.pc'\nto the PKG_CONFIG_PATH environment variable\nNo package 'libconfig' found",
      'c',
      'could not find package',
    ],
    ['meson.build:12:0: ERROR: Dependency "wayland-client" not found, tried pkgconfig and cmake', 'c', 'could not find package'],
    ["ERROR: Missing prebuilt package for 'boost/1.75.0', 'zlib/1.2.13'", 'cpp', 'Missing prebuilt package'],
    [
      '[cmake] CMake Error at lib/x/cmake/x-config.cmake:30 (include):\n[cmake]   include could not find requested file:\n[cmake] \n[cmake]     /src/lib/x/cmake/x-targets.cmake',
      'cpp',
      'include could not find requested file',
    ],
  ])('%j is %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it("reads Python exceptions behind a host's 'Exception: ' label, pytest's INTERNALERROR> and in Python 2's wording", () => {
    expect(
      answer(
        '[2022-11-20T11:48:01.245Z] Exception: KeyError: \'NEE-PR\'\n[2022-11-20T11:48:01.245Z] Stack:   File "/w/dispatcher.py", line 448, in _handle',
      ).summary,
    ).toBe("The key 'NEE-PR' is not in the dictionary.");
    expect(
      answer("INTERNALERROR>     return entry.path.relto(cutdir2)\nINTERNALERROR> AttributeError: 'str' object has no attribute 'relto'")
        .summary,
    ).toBe("A 'str' object has no attribute 'relto'.");
    expect(
      answer(
        'Traceback (most recent call last):\n  File "/usr/bin/tool", line 64, in main\n    traceback.print_exc()\nNameError: global name \'traceback\' is not defined',
      ).summary,
    ).toBe("The name 'traceback' is not defined.");
  });

  it('names the file CMake could not include, not the log channel of the empty line before it', () => {
    const t = answer(
      '[cmake] CMake Error at lib/x/cmake/x-config.cmake:30 (include):\n[cmake]   include could not find requested file:\n[cmake] \n[cmake]     /src/lib/x/cmake/x-targets.cmake',
    );
    expect(t.summary).toBe("CMake's include() cannot find /src/lib/x/cmake/x-targets.cmake (lib/x/cmake/x-config.cmake:30).");
  });

  it("tells the package to install from pkg-config's missing .pc file", () => {
    const t = answer("Package libconfig was not found in the pkg-config search path.\nNo package 'libconfig' found");
    expect(t.fixes[0].code).toContain('sudo apt-get install libconfig-dev');
  });
});

describe('shell, Docker, Kubernetes, git, firmware and database errors of the sixth rounds (issue 12)', () => {
  it.each([
    // shells: make's own wording, an elapsed-time column, Chinese bash and its "行6:", every syntax error by one phrase
    ['make[2]: sh: Command not found', 'shell', 'command not found'],
    ['00h58m27s | make[2]: sh: Command not found\n00h58m27s | make[2]: *** [gnulib-version.c] Error 127', 'shell', 'command not found'],
    ['/Users/me/bin/append:行6: pcregrep: 未找到命令', 'shell', 'command not found'],
    ["bash: 未预期的符号 `newline' 附近有语法错误。", 'shell', 'syntax error'],
    ['./install.sh: line 40: syntax error: unexpected end of file', 'shell', 'syntax error'],
    // BuildKit's "failed to solve" is the error; the cause under it is explained
    [
      'ERROR: failed to solve: failed to compute cache key: mount callback failed on /tmp/m: write /tmp/m/usr/bin/cksum: no space left on device',
      'docker',
      'failed to solve',
    ],
    [
      'failed to solve: failed to compute cache key: failed to calculate checksum of ref a::b: "/app/package.json": not found',
      'docker',
      'failed to solve',
    ],
    [
      'ERROR: failed to solve: acme/app:base: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope',
      'docker',
      'failed to solve',
    ],
    ['write /var/lib/docker/tmp/GetImageBlob1234: no space left on device', 'docker', 'no space left on device'],
    // BuildKit's own failures, and a RUN step whose shell is missing from the image
    ['ERROR: failed to solve: failed to read dockerfile: open Dockerfile: no such file or directory', 'docker', 'failed to solve'],
    [
      '5.351 runc run failed: unable to start container process: exec: "/bin/sh": stat /bin/sh: no such file or directory\nERROR: failed to solve: process "/bin/sh -c chmod +x /entrypoint.sh" did not complete successfully: exit code: 1',
      'docker',
      'failed to solve',
    ],
    // systemd refusing a unit's script, zsh's order of "bad interpreter", a shebang without its slash, a localised test builtin
    [
      'Jan 19 23:34:22 fedora systemd[15876]: app.service: Failed at step EXEC spawning /home/me/run.sh: Permission denied',
      'shell',
      'permission denied',
    ],
    ['./quickstart.sh: bad interpreter: /bin/bash^M: no such file or directory', 'shell', 'bad interpreter'],
    ['-bash: ./build_install.sh: bin/bash: bad interpreter: No such file or directory', 'shell', 'bad interpreter'],
    ['./backup.sh: line 31: [: 引数が多すぎます', 'shell', '[: too many arguments'],
    // kubectl's own log of the refused connection
    [
      'E1111 03:12:25.682813    6920 memcache.go:265] "Unhandled Error" err="couldn\'t get current server API group list: Get \\"http://localhost:8080/api?timeout=32s\\": dial tcp 127.0.0.1:8080: connect: connection refused"',
      'kubernetes',
      'connection refused',
    ],
    // Helm cannot reach the API server as kubectl cannot
    [
      'Error: INSTALLATION FAILED: Kubernetes cluster unreachable: Get "http://localhost:8080/version": dial tcp [::1]:8080: connectex: No connection could be made because the target machine actively refused it.',
      'kubernetes',
      'connection refused',
    ],
    // git in Chinese
    ['冲突（内容）：合并冲突于 src/main.c\n自动合并失败，修正冲突然后提交修正的结果。', 'git', 'merge conflict'],
    // firmware linkers, Redis' crash report, Unreal Build Tool's MSVC wording
    [
      "ld: build/app.elf section `.rodata' will not fit in region `FLASH'\nld: region `FLASH' overflowed by 1280 bytes\ncollect2: error: ld returned 1 exit status",
      'c',
      'region overflowed',
    ],
    [
      '7:M 26 Feb 2023 13:42:15.741 # Redis 5.0.5 crashed by signal: 11\n7:M 26 Feb 2023 13:42:15.741 # Crashed running the instruction at: 0x5560f7ae987c',
      'c',
      'segmentation fault',
    ],
    ['[1/6] Compile [x64] Subsystem.cpp\n7>mutex(37,9): Error C3861 : “_Mtx_init_in_situ”: identifier not found', 'cpp', 'C3861'],
    // embedded toolchains by their codes, and Windows crashes known only by the exit status an IDE prints
    ['.\\Objects\\app.axf: Error: L6218E: Undefined symbol uart_init (referred from main.o).', 'c', 'L6218E'],
    ['Error[e46]: Undefined external "uart_init" referred in main ( C:\\proj\\Obj\\main.r51 )', 'c', 'e46'],
    [
      '[Running] cd "c:\\proj\\" && g++ test.cpp -o test && "c:\\proj\\"test\n\n[Done] exited with code=3221225725 in 1.982 seconds.',
      'cpp',
      'stack overflow',
    ],
    ['Process returned -1073741819 (0xC0000005)   execution time : 1.204 s', 'c', 'access violation'],
    // PostgreSQL's ownership errors in a restore
    [
      'pg_restore: error: could not execute query: ERROR: must be able to SET ROLE "postgres"\nCommand was: ALTER TABLE public.orders OWNER TO postgres;',
      'sql',
      '42501',
    ],
  ])('%j is %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it('tells a shebang without its leading slash from a script saved with Windows line endings', () => {
    expect(answer('-bash: ./build_install.sh: bin/bash: bad interpreter: No such file or directory').summary).toBe(
      './build_install.sh starts with #!bin/bash, and there is no bin/bash.',
    );
    expect(answer('./quickstart.sh: bad interpreter: /bin/bash^M: no such file or directory').summary).toContain('Windows (CRLF) line endings');
  });

  it("still says which file BuildKit's COPY could not find, and which region the firmware outgrew", () => {
    expect(
      answer('failed to solve: failed to compute cache key: failed to calculate checksum of ref a::b: "/app/package.json": not found').summary,
    ).toContain('/app/package.json');
    expect(answer("ld: region `FLASH' overflowed by 1280 bytes").summary).toBe(
      'The program does not fit in the FLASH memory region: 1280 bytes too many.',
    );
  });
});

describe('link, warning-as-error, Ansible, Docker and Kubernetes forms of the eighth rounds (issue 12)', () => {
  it.each([
    // ld refusing a symbol it found only through another library's dependencies
    [
      "/usr/bin/ld: CMakeFiles/app.dir/main.c.o: undefined reference to symbol 'pthread_create@@GLIBC_2.2.5'\n//lib/x86_64-linux-gnu/libpthread.so.0: error adding symbols: DSO missing from command line",
      'c',
      'undefined reference',
    ],
    [
      "/usr/bin/ld: CMakeFiles/run.dir/main.cpp.o: undefined reference to symbol 'dlsym@@GLIBC_2.2.5'\n/usr/bin/ld: /lib/x86_64-linux-gnu/libdl.so.2: error adding symbols: DSO missing from command line",
      'cpp',
      'undefined reference',
    ],
    // -Werror's unused variables, by the flag in any locale
    ['src/main.c:42:9: error: unused variable ‘ret’ [-Werror=unused-variable]', 'c', 'unused variable'],
    ["net.cc:88:13: error: variable 'len' set but not used [-Werror,-Wunused-but-set-variable]", 'cpp', 'unused variable'],
    ['src/qactor.c:89:20: 错误： 变量‘parent’被设定但未被使用 [-Werror=unused-but-set-variable]', 'c', 'unused variable'],
    // an Arduino sketch's firmware that does not fit is a C++ program's
    [
      "ld: /tmp/arduino/sketches/A1/Blink.ino.elf section `.iram0.text' will not fit in region `iram0_0_seg'\nld: region `iram0_0_seg' overflowed by 180 bytes",
      'cpp',
      'region overflowed',
    ],
    // the command's stderr inside an Ansible task result
    [
      'fatal: [10.0.0.5]: FAILED! => {"changed": true, "cmd": "source /etc/profile.d/app.sh", "msg": "non-zero return code", "rc": 127, "stderr": "/bin/sh: 1: source: not found", "stdout": ""}',
      'shell',
      'command not found',
    ],
    // Docker Desktop's missing pipe, worded in the user's language
    [
      'Error response from daemon: open \\\\.\\pipe\\docker_engine_linux: Das System kann die angegebene Datei nicht finden.',
      'docker',
      'Cannot connect to the Docker daemon',
    ],
    // a pull that failed before any back-off, the scheduler's event as components log it, kubectl refused on Windows
    [
      'E0816 20:28:50.954352   46840 docker_manager.go:2196] container start failed: ErrImagePull: image pull failed for unknown error',
      'kubernetes',
      'ErrImagePull',
    ],
    [
      "I0109 11:22:34.614722 5 event.go:217] Event(api.ObjectReference{Kind:\"Pod\"}): type: 'Warning' reason: 'FailedScheduling' no nodes available to schedule pods",
      'kubernetes',
      'FailedScheduling',
    ],
    [
      'Unable to connect to the server: dial tcp 127.0.0.1:6443: connectex: No connection could be made because the target machine actively refused it.',
      'kubernetes',
      'connection refused',
    ],
  ])('%j is %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it("names the library to link and its -l flag when ld will not take a symbol from another library's dependencies", () => {
    const t = answer(
      "/usr/bin/ld: main.o: undefined reference to symbol 'sqrt@@GLIBC_2.2.5'\n/usr/bin/ld: /lib/x86_64-linux-gnu/libm.so.6: error adding symbols: DSO missing from command line",
    );
    expect(t.summary).toBe(
      "sqrt is defined in libm.so.6, which is not on the link line: the linker will not take it from another library's dependencies.",
    );
    expect(t.fixes[0].code).toContain('gcc main.o -o app -lm');
    expect(t.fixes[0].code).toContain('target_link_libraries(app PRIVATE m)');
  });

  it('names the unused variable, and the warning to keep as a warning, in the fixes', () => {
    const t = answer('src/qactor.c:89:20: 错误： 变量‘parent’被设定但未被使用 [-Werror=unused-but-set-variable]');
    expect(t.summary).toBe('The variable parent is set but never read, and -Werror turns that warning into an error (src/qactor.c:89).');
    expect(t.fixes.map((f) => f.code).join('\n')).toContain('(void)parent;');
    expect(t.fixes.map((f) => f.code).join('\n')).toContain('-Wno-error=unused-but-set-variable');
  });

  it("reads an Ansible task result's stderr without losing the line itself", () => {
    const line = 'fatal: [web1]: FAILED! => {"msg": "non-zero return code", "rc": 127, "stderr": "bash: jq: command not found"}';
    expect(normalise(line)).toBe(`${line}\nbash: jq: command not found\nnon-zero return code`);
    expect(answer(line).summary).toBe('The shell cannot find a program called "jq".');
    // Not a task result: left alone.
    expect(normalise('ok: [web1] => {"msg": "bash: jq: command not found"} trailing')).toBe(
      'ok: [web1] => {"msg": "bash: jq: command not found"} trailing',
    );
  });

  it('says a refused API server is not listening, and keeps other kubectl connection failures as they were', () => {
    expect(answer('Unable to connect to the server: dial tcp 127.0.0.1:6443: connect: connection refused').explanation).toContain(
      'Nothing listens at that address',
    );
    expect(answer('Unable to connect to the server: dial tcp 10.0.12.4:443: i/o timeout').error_type).toBe('Unable to connect to the server');
  });
});

describe("shell wordings, glibc's allocator checks and systemd's crash statuses of the ninth rounds (issue 12)", () => {
  it.each([
    // localised shells: a full-width colon, bash's older German, messages run together on one line
    ['bash: __onetcli_precmd_bash：未找到命令', 'shell', 'command not found'],
    ['u1p3p.sh: Zeile 49: -: Kommando nicht gefunden. u1p3p.sh: Zeile 80: -: Kommando nicht gefunden.', 'shell', 'command not found'],
    // "Permission denied" in the user's language, dash naming the script twice, an interpreter the kernel may not run
    ['-bash: ./build.sh: 权限不够', 'shell', 'permission denied'],
    ['bash: ./start.sh: Keine Berechtigung', 'shell', 'permission denied'],
    ['/tmp/hudson601.sh: 3: /tmp/hudson601.sh: ./deploy_uki.sh: Permission denied', 'shell', 'permission denied'],
    ['./configure: /usr/local/Homebrew/shims/super/sed: /bin/bash: bad interpreter: Operation not permitted', 'shell', 'permission denied'],
    // zsh names the missing interpreter after the phrase
    ['zsh: ./install.sh: bad interpreter: /usr/bin/bash: no such file or directory', 'shell', 'bad interpreter'],
    // glibc's allocator checks, whichever function found the damage
    ['malloc_consolidate(): unaligned fastbin chunk detected\nzsh: abort (core dumped)  ./42', 'c', 'heap corruption'],
    ['free(): invalid next size (fast)\nAborted (core dumped)', 'c', 'heap corruption'],
    ['tcache_thread_shutdown(): unaligned tcache chunk detected', 'c', 'heap corruption'],
    // systemd's record of a service that crashed
    ['Feb 24 14:28:21 huawei systemd[1]: iot.service: main process exited, code=dumped, status=11/SEGV', 'c', 'segmentation fault'],
    // GNU ld in Chinese
    ['/usr/bin/ld: 找不到 -lbwdpi\ncollect2: 错误：ld 返回 1', 'c', 'cannot find -l'],
  ])('%j is %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it('keeps a free() of a bad pointer and a double free apart from heap corruption', () => {
    expect(answer('free(): invalid pointer\nAborted (core dumped)').error_type).toBe('invalid pointer');
    expect(answer('free(): double free detected in tcache 2\nAborted (core dumped)').error_type).toBe('double free');
  });

  it("names zsh's script and its missing interpreter in the answer", () => {
    expect(answer('zsh: ./install.sh: bad interpreter: /usr/bin/bash: no such file or directory').summary).toBe(
      './install.sh starts with #!/usr/bin/bash, and there is no /usr/bin/bash.',
    );
  });
});

describe("localised shells: bash's and glibc's translations read as English (rules/localised-shell.ts)", () => {
  it.each([
    // command not found, in the placements the catalogs use (nb puts the name last, zh_TW a full-width colon)
    ['bash: kubectl: commande introuvable', 'bash: kubectl: command not found'],
    ['bash : kubectl : commande introuvable', 'bash: kubectl: command not found'],
    ['bash: kubectl：指令找不到', 'bash: kubectl: command not found'],
    ['bash: fant ikke kommando kubectl', 'bash: kubectl: command not found'],
    ['./run.sh: Zeile 3: jq: Kommando nicht gefunden.', './run.sh: line 3: jq: command not found'],
    // glibc's Permission denied
    ['bash: ./deploy.sh: Permission non accordée', 'bash: ./deploy.sh: Permission denied'],
    ['bash: ./deploy.sh: Отказано в доступе', 'bash: ./deploy.sh: Permission denied'],
    // bad interpreter, and bash 5.2's wording for a missing interpreter
    [
      'bash: ./x.sh: /bin/bash^M: mauvais interpréteur: Aucun fichier ou dossier de ce type',
      'bash: ./x.sh: /bin/bash^M: bad interpreter: No such file or directory',
    ],
    ['bash: ./x.sh: 无法执行：找不到需要的文件', 'bash: ./x.sh: cannot execute: required file not found'],
    // the parser's errors keep their token
    ['./x.sh: ligne 5: erreur de syntaxe près du symbole inattendu « fi »', "./x.sh: line 5: syntax error near unexpected token `fi'"],
    ['./x.sh: 行 5: 未预期的记号 "fi" 附近有语法错误', "./x.sh: line 5: syntax error near unexpected token `fi'"],
    ["./x.sh: line 5: 予期しないトークン `fi' 周辺に構文エラーがあります", "./x.sh: line 5: syntax error near unexpected token `fi'"],
    ['./x.sh: line 9: синтаксическая ошибка: неожиданный конец файла', './x.sh: line 9: syntax error: unexpected end of file'],
    ['./x.sh: line 4: Dateiende beim Suchen nach »"« erreicht.', './x.sh: line 4: unexpected EOF while looking for matching `"\''],
    // the test builtin's, and only after [ or test
    ['./x.sh: line 2: [: -eq: se esperaba un operador unario', './x.sh: line 2: [: -eq: unary operator expected'],
    ['./x.sh: line 2: [: eenzijdige operator werd verwacht, -eq gevonden', './x.sh: line 2: [: -eq: unary operator expected'],
    ['./x.sh: line 2: [: 参数太多', './x.sh: line 2: [: too many arguments'],
    ['cp: trop d’arguments', 'cp: trop d’arguments'],
  ])('%j reads as %j', (localised, english) => {
    expect(normalise(localised)).toBe(english);
  });

  it('answers a localised shell error like its English original', () => {
    expect(answer('./x.sh: ligne 5: erreur de syntaxe près du symbole inattendu « fi »').summary).toBe(
      'The shell script has a syntax error near "fi".',
    );
    expectRecognised('bash: ./x.sh: 无法执行：找不到需要的文件', 'shell', 'bad interpreter');
    expectRecognised('bash: kubectl：指令找不到', 'shell', 'command not found');
  });

  it("keeps a carriage return's 'command not found' a command not found, explained by the line endings", () => {
    const t = answer("./setup.sh: line 2: $'\\r': Kommando nicht gefunden.");
    expect(t.error_type).toBe('command not found');
    expect(t.summary).toBe('The script has Windows (CRLF) line endings, so the shell sees a stray carriage return (^M).');
  });
});

describe('browsers, build logs and shells of the tenth rounds (issue 12)', () => {
  it.each([
    // Firefox's CORS message, in English and as its Chinese build prints it
    [
      "Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at http://localhost:9200/_all. (Reason: CORS header 'Access-Control-Allow-Origin' missing).",
      'javascript',
      'CORS',
    ],
    [
      "已拦截跨源请求：同源策略禁止读取位于 http://localhost:9200/_all 的远程资源。（原因：CORS 头缺少 'Access-Control-Allow-Origin'）。",
      'javascript',
      'CORS',
    ],
    // Vercel's build log marker and act's step output in front of the error
    [
      "12:37:04.538 | ▲  ./src/components/Navbar.tsx:46:32\n12:37:04.538 | ▲  Type error: Property 'forEach' does not exist on type 'string | string[]'.",
      'typescript',
      'TS2339',
    ],
    ['| /github/workflow/1: line 2: git: command not found', 'shell', 'command not found'],
    // Fedora's command-not-found handler, dash's and busybox's parser, zsh's here-document
    ['bash: have: command not found...', 'shell', 'command not found'],
    ['stderr: /bin/sh: 1: Syntax error: end of file unexpected', 'shell', 'syntax error'],
    ['/etc/init.d/app: 164: /etc/init.d/app: Syntax error: Unterminated quoted string', 'shell', 'syntax error'],
    ['/bin/sh: eval: line 107: syntax error: unexpected "("', 'shell', 'syntax error'],
    ["prompt_sorin_async_callback:4: can't create temp file for here document: permission denied", 'shell', 'permission denied'],
    // yarn 1's own words, and ESLint's parse error that made the npm script fail
    [
      'error Couldn\'t find package "@types/react-helmet@^5.0.15" required by "@backstage/core@0.1.1" on the "npm" registry.',
      'javascript',
      "Couldn't find package",
    ],
    [
      '/app/http/server.js\n  10:4  error  Parsing error: Unexpected token throw\n\nnpm ERR! code ELIFECYCLE\nnpm ERR! errno 1\nnpm ERR! app@1.0.0 lint: `eslint .`',
      'javascript',
      'Parsing error',
    ],
    // PHP's PDO printing only the MySQL client's number and the system's reason
    ['SQLSTATE[HY000] [2002] Connection refused', 'sql', '2002'],
    ['SQLSTATE[HY000] [2054] The server requested authentication method unknown to the client', 'sql', '2054'],
    // .NET's TypeLoadException by its message alone, and in Chinese
    [
      "Could not load type 'Wox.Infrastructure.Storage.Storage`1' from assembly 'Wox.Infrastructure, Version=1.3.357.0'.",
      'csharp',
      'TypeLoadException',
    ],
    [
      'Exception message:\n <未能从程序集“Wox.Infrastructure, Version=1.3.357.0”中加载类型“Wox.Infrastructure.Storage.Storage`1”。>',
      'csharp',
      'TypeLoadException',
    ],
  ])('%j is %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it("says which CORS failure Firefox reports, and dash's own words", () => {
    expect(answer("（原因：CORS 头缺少 'Access-Control-Allow-Origin'）").explanation).toContain('no Access-Control-Allow-Origin header');
    expect(answer('Cross-Origin Request Blocked: … (Reason: CORS request did not succeed). Status code: (null).').explanation).toContain(
      'no HTTP response at all',
    );
    expect(answer('/etc/init.d/app: 164: /etc/init.d/app: Syntax error: Unterminated quoted string').summary).toBe(
      'The shell (sh/dash) cannot parse the script: Unterminated quoted string.',
    );
  });

  it("says why PDO could not reach MySQL from the system's reason", () => {
    expect(answer('SQLSTATE[HY000] [2002] No such file or directory').explanation).toContain('Unix socket');
    expect(answer('SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo failed: Name or service not known').explanation).toContain(
      'does not resolve',
    );
  });

  it('names the missing Go member in the fix even without a suggestion', () => {
    const t = answer('./main.go:219:4: g.search undefined (type *Gaby has no field or method search)');
    expect(t.fixes[0].steps.join(' ')).toContain('*Gaby has no search');
  });
});

describe('Kubernetes, Go, CMake and Windows forms of the eleventh rounds (issue 12)', () => {
  it.each([
    // the pod's own crash, pasted under the listing that shows its back-off
    [
      'NAME                 READY   STATUS             RESTARTS   AGE\nlogbridge-0          0/1     CrashLoopBackOff   392        1d\n$ oc logs -f logbridge-0\npanic: failed to seek to cursor "": 22',
      'go',
      'panic',
    ],
    [
      'NAME                 READY   STATUS             RESTARTS   AGE\napi-0                0/1     CrashLoopBackOff   6          9m',
      'kubernetes',
      'CrashLoopBackOff',
    ],
    // Go 1.16+'s order of a checksum mismatch
    [
      'go: github.com/esnet/gdg@v0.3.1: github.com/esnet/gdg@v0.3.1: verifying module: checksum mismatch\n\tdownloaded: h1:p7FZ=\n\tsum.golang.org: h1:bYB3=',
      'go',
      'checksum mismatch',
    ],
    // CMake's message wrapped before the package's name, clang's "no member named … in namespace 'std'"
    [
      'CMake Error at /vcpkg/scripts/buildsystems/vcpkg.cmake:859 (_find_package):\n  Could not find a package configuration file provided by\n  "CpuFeaturesNdkCompat" with any of the following names:',
      'cpp',
      'could not find package',
    ],
    ["src/Package.hpp:2212:18: error: no member named 'stack' in namespace 'std'", 'cpp', 'has no member named'],
    // Windows' Event Viewer record of a crash: a desktop application's, C++ (CPP_PROJECT)
    [
      'Faulting application name: app.exe, version: 1.0.0.0\nException code: 0xc00000fd\nFault offset: 0x0000000000db84c6',
      'cpp',
      'stack overflow',
    ],
    [
      'Faulting application name: app.exe, version: 1.0.0.0\nException code: 0xc0000005\nFault offset: 0x00000000000a1b2c',
      'cpp',
      'access violation',
    ],
  ])('%j is %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it('names the module of a Go 1.16+ checksum mismatch in its fix', () => {
    const t = answer('go: github.com/esnet/gdg@v0.3.1: github.com/esnet/gdg@v0.3.1: verifying module: checksum mismatch');
    expect(t.summary).toContain('github.com/esnet/gdg@v0.3.1');
    expect(t.fixes[0].title).toBe('Refresh github.com/esnet/gdg and its go.sum lines');
  });
});

describe('linkers, shells, package managers and cluster tools of the twelfth rounds (issue 12)', () => {
  it.each([
    // lld refusing a shared library's own undefined symbol
    [
      'ld.lld: error: /lib/x86_64-linux-gnu/libunwind-ptrace.so: undefined reference to lzma_index_end [--no-allow-shlib-undefined]\nclang: error: linker command failed with exit code 1 (use -v to see invocation)',
      'c',
      'undefined reference',
    ],
    // gcc's C wordings of an incomplete type; the first of two related errors wins
    ['mdport.c:264:17: error: dereferencing pointer to incomplete type ‘TERMINAL {aka struct term}’', 'c', 'incomplete type'],
    ['src/tls.c:88:14: error: invalid use of incomplete typedef ‘X509’', 'c', 'incomplete type'],
    [
      'kernel/pf_ring.c:1264:24: error: storage size of ‘cmd’ isn’t known\nkernel/pf_ring.c:1269:53: error: invalid use of undefined type ‘const struct ethtool_ops’',
      'c',
      "storage size isn't known",
    ],
    // spack's numbered, hard-wrapped excerpt of a build log
    [
      "  >> 1866    /tmp/stage/spack-src/Source/cmQtAutoMocUic.cx\n             x:506:24: error: use of deleted function 'std::unique_ptr<_Tp, _Dp>::unique_ptr(const std::unique_ptr<_Tp, _Dp>&) [wit\n             h _Tp = std::string]'\n     1867         using JobCompileT::JobCompileT;",
      'cpp',
      'use of deleted function',
    ],
    // git's "fetch first" is the same refusal as non-fast-forward; the short phrase for unrelated histories
    [
      "To https://github.com/acme/api\n ! [rejected]        master -> master (fetch first)\nerror: failed to push some refs to 'https://github.com/acme/api'",
      'git',
      'non-fast-forward',
    ],
    ['fatal: refusing to merge unrelated histories', 'git', 'unrelated histories'],
    // Prisma's connection codes on a line of their own; Node before 10's bare port; webpack 4's class
    ['Error: P1002\n\nThe database server at `db.example.com:5432` was reached but timed out.', 'javascript', 'P1002'],
    ['Error: listen EADDRINUSE 8080\n    at Server.setupListenHandle [as _listen2] (net.js:1343:19)', 'javascript', 'EADDRINUSE'],
    ["ModuleNotFoundError: Module not found: Error: Can't resolve './app.module.ngfactory' in '/src/app'", 'javascript', 'ModuleNotFoundError'],
    // pip names the class it caught
    [
      "ERROR: Could not install packages due to an OSError: [WinError 5] 拒绝访问。: 'd:\\venv\\scripts\\pip.exe'\nCheck the permissions.",
      'python',
      'OSError',
    ],
    // Helm's release lock inside Terraform's box; the kubelet's cgroup driver
    [
      '│ Error: another operation (install/upgrade/rollback) is in progress\n│\n│   with helm_release.redis,',
      'kubernetes',
      'another operation in progress',
    ],
    [
      'kubelet[4759]: F0405 05:33:40.511159    4759 server.go:274] failed to run Kubelet: misconfiguration: kubelet cgroup driver: "cgroupfs" is different from docker cgroup driver: "systemd"',
      'kubernetes',
      'cgroup driver mismatch',
    ],
    // env's missing interpreter in any locale; a carriage return splitting bash's message
    ["/usr/bin/env: 'python': No such file or directory", 'shell', 'bad interpreter'],
    ['/usr/bin/env: «python»: No existe el archivo o el directorio', 'shell', 'bad interpreter'],
    ["'nlock.sh: line 79: syntax error near unexpected token `{\r'\n'nlock.sh: line 79: `WakeScreen(){\r'", 'shell', 'syntax error'],
    // a role missing at login is 28000; in a statement, an undefined object
    [
      'pg_restore: error: could not execute query: ERROR:  role "freshsource_ro" does not exist\nCommand was: GRANT SELECT ON TABLE public.commit_log TO www;',
      'sql',
      '42704',
    ],
    ['psql: error: connection to server on socket "/tmp/.s.PGSQL.5432" failed: FATAL:  role "root" does not exist', 'sql', '28000'],
  ])('%j is %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it("tells pg_restore how to restore without the source server's roles", () => {
    const t = answer('pg_restore: error: could not execute query: ERROR:  role "freshsource_ro" does not exist');
    expect(t.explanation).toContain('pg_dump does not carry them');
    expect(t.fixes[0].code).toContain('pg_restore --no-owner --no-acl');
    expect(t.fixes[0].code).toContain('CREATE ROLE "freshsource_ro"');
  });

  it('sends Prisma Migrate past a pooler when it waited for its advisory lock', () => {
    const t = answer(
      'Error: P1002\n\nThe database server at `ep-x-pooler.us-east-1.aws.neon.tech:5432` was reached but timed out.\n\nContext: Timed out trying to acquire a postgres advisory lock (SELECT pg_advisory_lock(72707369)). Elapsed: 10000ms.',
    );
    expect(t.explanation).toContain('pooler in transaction mode');
    expect(t.fixes[0].code).toContain('directUrl');
    expect(t.fixes[0].steps.join(' ')).toContain('ep-x-pooler.us-east-1.aws.neon.tech:5432');
  });

  it('names the interpreter env could not find, and python3 for python', () => {
    const t = answer("/usr/bin/env: 'python': No such file or directory");
    expect(t.summary).toContain('#!/usr/bin/env python');
    expect(t.explanation).toContain('python3');
    expect(t.fixes[0].code).toContain('#!/usr/bin/env python3');
  });

  it("explains a carriage return when it split bash's syntax error over two lines", () => {
    const t = answer("'nlock.sh: line 79: syntax error near unexpected token `{\r'");
    expect(t.explanation).toContain('Windows (CRLF) line endings');
    expect(answer("./build.sh: line 12: syntax error near unexpected token `fi'").explanation).not.toContain('carriage return sent');
  });

  it('points OpenSSL 1.1 and ncurses 6 users at the opaque structs of their libraries', () => {
    const t = answer('mdport.c:264:17: error: dereferencing pointer to incomplete type ‘TERMINAL {aka struct term}’');
    expect(t.summary).toContain('TERMINAL {aka struct term}');
    expect(t.explanation).toContain('ncurses 6 made TERMINAL opaque');
  });

  it('tells which shared library needs the missing symbol', () => {
    const t = answer(
      'ld.lld: error: /lib/x86_64-linux-gnu/libunwind-ptrace.so: undefined reference to lzma_index_end [--no-allow-shlib-undefined]',
    );
    expect(t.explanation).toContain('The shared library /lib/x86_64-linux-gnu/libunwind-ptrace.so itself uses lzma_index_end');
  });

  it('tells pip users on Windows to upgrade pip through python -m pip', () => {
    const t = answer("ERROR: Could not install packages due to an OSError: [WinError 5] Access is denied: 'c:\\python39\\scripts\\pip.exe'");
    expect(t.explanation).toContain('pip.exe cannot replace itself');
    expect(t.fixes[0].code).toContain('python -m pip install --upgrade pip');
  });

  it('rolls a locked Helm release back, and sets both cgroup drivers to systemd', () => {
    expect(answer('Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress').fixes[0].code).toContain(
      'helm rollback <release>',
    );
    const t = answer(
      'failed to run Kubelet: misconfiguration: kubelet cgroup driver: "systemd" is different from docker cgroup driver: "cgroupfs"',
    );
    expect(t.summary).toBe('The kubelet uses the systemd cgroup driver and docker uses cgroupfs, so the kubelet will not start.');
    expect(t.fixes[0].code).toContain('native.cgroupdriver=systemd');
  });
});

describe('shell builtins, bundlers, cluster tools and toolchains of the thirteenth rounds (issue 12)', () => {
  it.each([
    // bash's messages beyond the parser: redirections, expansions, read-only names, builtins' options, test's bracket, arithmetic
    ['/home/runner/work/_temp/8756.sh: line 1: $RELEASE_TAG: ambiguous redirect', 'shell', 'ambiguous redirect'],
    ['packaging.sh: 4: packaging.sh: Bad substitution', 'shell', 'bad substitution'],
    ['./varnishgather.sh: line 43: UID: readonly variable', 'shell', 'readonly variable'],
    ['www.sh: line 111: declare: -A: invalid option\ndeclare: usage: declare [-afFirtx] [-p] [name[=value] ...]', 'shell', 'invalid option'],
    ['entrypoint.sh: 3: set: Illegal option -o pipefail', 'shell', 'invalid option'],
    ["RUN [ -d 'node_modules' ] && echo ok || npm install $([ -d 'dist'] && echo '--omit=dev')\nsh: missing ]", 'shell', 'missing ]'],
    [
      '/c/Users/Jack/bin/dl: line 389: ((: i<="gIil|aG : syntax error: operand expected (error token is ""gIil|aG ")',
      'shell',
      'arithmetic syntax error',
    ],
    ['./stamp.sh: line 5: 08: value too great for base (error token is "08")', 'shell', 'value too great for base'],
    ['/bin/sh: eval: line 70: ci/install_dependencies.sh: not found', 'shell', 'command not found'],
    [
      'Processing tweet.js file..../dotw.bash: line 19: /Users/me/dotw/tweet.js: No such file or directory',
      'shell',
      'No such file or directory',
    ],
    ['/usr/local/bin/code-server: 36: exec: /opt/code-server/lib/node: Exec format error', 'shell', 'exec format error'],
    // the same messages in the user's locale
    ['/home/k/openwrt.sh: 行 1349: fileassistant_display: 未绑定的变量', 'shell', 'unbound variable'],
    ['./run.sh: Zeile 3: FOO ist nicht gesetzt.', 'shell', 'unbound variable'],
    ['./build.sh: ligne 9 : ${VERSION.major} : mauvaise substitution', 'shell', 'bad substitution'],
    ['./x.sh: строка 4: $OUT: неоднозначное перенаправление', 'shell', 'ambiguous redirect'],
    // Docker's publish failures: the userland proxy's wording, and Windows' reserved ports
    [
      'ERROR: for redis  Cannot start service redis: driver failed programming external connectivity on endpoint dl_redis_1 (5726): Error starting userland proxy: listen tcp 0.0.0.0:6379: bind: address already in us',
      'docker',
      'port is already allocated',
    ],
    [
      'Error response from daemon: Ports are not available: exposing port TCP 0.0.0.0:50070 -> 0.0.0.0:0: listen tcp 0.0.0.0:50070: bind: An attempt was made to access a socket in a way forbidden by its access permissions.',
      'docker',
      'Ports are not available',
    ],
    // bundlers: Metro, Parcel; Node's error inside React Native's Gradle task
    ['Error: Unable to resolve module ./src/Home from /app/App.js: \n\nNone of these files exist:', 'javascript', 'Unable to resolve module'],
    ["@parcel/core: Failed to resolve 'process' from './node_modules/@sentry/utils/esm/node.js'", 'javascript', 'Failed to resolve'],
    [
      "> Task :app:bundleReleaseJsAndAssets FAILED\ninternal/modules/cjs/loader.js:638\n    throw err;\n    ^\n\nError: Cannot find module '/app/node_modules/haul/bin/cli.js'\n    at Function.Module._resolveFilename (internal/modules/cjs/loader.js:636:15)\n\nFAILURE: Build failed with an exception.\n\n* What went wrong:\nExecution failed for task ':app:bundleReleaseJsAndAssets'.\n\n* Exception is:\norg.gradle.api.tasks.TaskExecutionException: Execution failed for task ':app:bundleReleaseJsAndAssets'.\n        at org.gradle.api.internal.tasks.execution.ExecuteActionsTaskExecuter.executeActions(ExecuteActionsTaskExecuter.java:110)",
      'javascript',
      'MODULE_NOT_FOUND',
    ],
    // Kubernetes tools: minikube's reasons, Helm's name in use, controller-runtime, the kubelet's volumes
    [
      'X Exiting due to GUEST_PROVISION: error provisioning guest: Failed to start host: creating host: create: Error creating machine',
      'kubernetes',
      'GUEST_PROVISION',
    ],
    ['Error: INSTALLATION FAILED: cannot re-use a name that is still in use', 'kubernetes', 'cannot re-use a name that is still in use'],
    [
      '2026-08-06T08:44:27Z    ERROR    Reconciler error    {"controller": "Dragonfly", "name": "harbor-dragonfly", "error": "failed to reconcile dragonfly resources"}',
      'kubernetes',
      'Reconciler error',
    ],
    [
      '  Warning  FailedMount  86s (x16 over 17m)   kubelet   MountVolume.SetUp failed for volume "secret-volume" : secret "webhook-secret" not found',
      'kubernetes',
      'FailedMount',
    ],
    // C and C++ toolchains: MPI, relocations, libc++ on Android, a clang driver error under node-gyp,
    // Windows paths, a name wrapped inside its quotes, C++'s "changes meaning"
    [
      '[n1:21445] *** An error occurred in MPI_Send\n[n1:21445] *** reported by process [1399,2147]\n[n1:21445] *** on communicator MPI_COMM_WORLD\n[n1:21445] *** MPI_ERR_RANK: invalid rank',
      'c',
      'MPI_ERR_RANK',
    ],
    [
      "main.o: In function `loop':\nmain.c:777:(.text.startup+0x9be): relocation truncated to fit: R_AVR_13_PCREL against `no symbol'",
      'c',
      'relocation truncated to fit',
    ],
    [
      '06-18 20:23:34.120 25033-25045/nl.example A/libc: abort_message.cpp:73: abort_message: assertion "terminating with uncaught exception of type std::out_of_range: vector" failed',
      'cpp',
      'out_of_range',
    ],
    [
      "Installing build modules...\nclang: error: unknown argument: '-fno-tree-sink'\nmake: *** [Release/obj.target/x/ia32.o] Error 1\ngyp ERR! build error\ngyp ERR! stack Error: `make` failed with exit code: 2",
      'c',
      'unknown argument',
    ],
    [
      "C:/esp/components/hd44780/hd44780.c:48:29: error: implicit declaration of function 'ets_delay_u\ns' [-Werror=implicit-function-declaration]\ncc1.exe: warning: unrecognized command line option '-Wno-frame-address'",
      'c',
      'implicit declaration of function',
    ],
    [
      "fast_xs.c:146:39: error: incompatible function pointer types passing 'VALUE (VALUE)' to parameter of type 'VALUE (*)(VALUE, VALUE)' [-Wincompatible-function-pointer-types]",
      'c',
      'incompatible pointer types',
    ],
    [
      'src/compriv.h:94:8: error: declaration of ‘GotoPP::Code GotoPP::SInstr::Code’ [-fpermissive]\ninclude/programme.h:20:13: error: changes meaning of ‘Code’ from ‘enum class GotoPP::Code’ [-fpermissive]',
      'cpp',
      'changes meaning',
    ],
  ])('%j is %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it('reads a gcc location on a Windows path, drive letter and all', () => {
    const t = answer(
      "C:/Users/dev/esp/main/app.c:48:29: error: implicit declaration of function 'ets_delay_us' [-Werror=implicit-function-declaration]",
    );
    expect(t.language).toBe('c');
    expect(t.summary).toContain('C:/Users/dev/esp/main/app.c:48');
  });

  it('tells GitHub Actions users which variable the redirection lost', () => {
    const t = answer('/home/runner/work/_temp/8756.sh: line 1: $RELEASE_TAG: ambiguous redirect');
    expect(t.summary).toContain('$RELEASE_TAG');
    expect(t.fixes[0].code).toContain('${RELEASE_TAG:?is not set}');
  });

  it('sends macOS users of declare -A to a current bash, and sh users of pipefail to bash', () => {
    expect(answer('www.sh: line 111: declare: -A: invalid option').explanation).toContain('macOS still ships bash 3.2');
    expect(answer('entrypoint.sh: 3: set: Illegal option -o pipefail').fixes[0].code).toContain('bash script.sh');
  });

  it('reads a leading zero as octal in bash arithmetic', () => {
    const t = answer('./stamp.sh: line 5: 08: value too great for base (error token is "08")');
    expect(t.explanation).toContain('octal');
    expect(t.fixes[0].code).toContain('10#$hour');
  });

  it('names the missing secret of a FailedMount, even below other mount events', () => {
    const t = answer(
      '  Warning  FailedMount  8m56s (x3 over 13m)  kubelet  Unable to attach or mount volumes: unmounted volumes=[secret-volume], unattached volumes=[secret-volume]: timed out waiting for the condition\n  Warning  FailedMount  86s (x16 over 17m)   kubelet  MountVolume.SetUp failed for volume "secret-volume" : secret "webhook-secret" not found',
    );
    expect(t.summary).toContain('secret webhook-secret');
    expect(t.fixes[0].code).toContain('kubectl get secret webhook-secret');
  });

  it('tells Docker Desktop users on Windows about the reserved port ranges', () => {
    const t = answer(
      'Error response from daemon: Ports are not available: exposing port TCP 0.0.0.0:50070 -> 0.0.0.0:0: listen tcp 0.0.0.0:50070: bind: An attempt was made to access a socket in a way forbidden by its access permissions.',
    );
    expect(t.explanation).toContain('excluded port ranges');
    expect(t.fixes[0].code).toContain('netsh interface ipv4 show excludedportrange');
  });
});

describe('zsh, fish, coreutils, Podman, Helm, kubeadm, Nest, Angular and Windows crash records of the fourteenth rounds (issue 12)', () => {
  it.each([
    // zsh's and fish's own messages
    ['./install-zsh-aliases.sh:40: no matches found: ^\\.[a-zA-Z]', 'shell', 'no matches found'],
    ['__rvm_parse_args:28: bad pattern: [[:alnum:]]|@', 'shell', 'bad pattern'],
    ["/home/yen/.zshrc:718: parse error near `)'", 'shell', 'syntax error'],
    ['/Users/me/.zprofile:1: no such file or directory: /opt/homebrew/bin/brew', 'shell', 'No such file or directory'],
    ['/usr/local/opt/asdf/asdf.sh:28: bashcompinit: function definition file not found', 'shell', 'function definition file not found'],
    [
      'zsh compinit: insecure directories, run compaudit for list.\nIgnore insecure directories and continue [y] or abort compinit [n]?',
      'shell',
      'insecure directories',
    ],
    ["Unsupported use of '='. In fish, please use 'set GH_BASE_DIR $GH_BASE_DIR:-$HOME/src'.", 'shell', 'syntax error'],
    ['fish: Could not locate end of block. The “end” command is missing, misspelled or a “;” is missing.', 'shell', 'syntax error'],
    // tools the scripts call: BSD and GNU sed, BSD readlink, coreutils, xargs, locales, export
    ['sed: 1: "../bin/testing/install_ ...": invalid command code .', 'shell', 'invalid command code'],
    ["sed: -e expression #1, char 1: unknown command: `@'", 'shell', 'unknown command'],
    ['readlink: illegal option -- f\nusage: readlink [-n] [file ...]', 'shell', 'illegal option'],
    ["       > chmod: cannot access 'debugAdapters/lldb-mi/bin/lldb-mi': No such file or directory", 'shell', 'No such file or directory'],
    [
      '*** [err :: app1] xargs:\n*** [err :: app1] unmatched single quote; by default quotes are special to xargs unless you use the -0 option',
      'shell',
      'unmatched single quote',
    ],
    ['bash: warning: setlocale: LC_CTYPE: cannot change locale (en_US.UTF-8): No such file or directory', 'shell', 'cannot change locale'],
    ["bash: export: `=': not a valid identifier", 'shell', 'not a valid identifier'],
    // dash's doubled script name, make's missing program (German), a bash line number in Korean
    ['+ aclocal -I m4\n./autogen.sh: 5: ./autogen.sh: aclocal: not found', 'shell', 'command not found'],
    ['make: g++: Datei oder Verzeichnis nicht gefunden\nmake: *** [Makefile:7: app] Fehler 127', 'shell', 'command not found'],
    ['/bin/bash: 행 8번: mpicc: 명령어를 찾을 수 없음', 'shell', 'command not found'],
    // Docker and Podman
    [
      'dockerd-rootless[35]: [rootlesskit:parent] error: failed to setup UID/GID map: failed to compute uid/gid map: No subuid ranges found for user 993 ("git")',
      'docker',
      'failed to setup UID/GID map',
    ],
    ['Error: short-name resolution enforced but cannot prompt without a TTY', 'docker', 'short-name resolution enforced'],
    [
      'failed to solve with frontend dockerfile.v0: failed to create LLB definition: unexpected status code [manifests 3.8]: 403 Forbidden',
      'docker',
      'failed to solve',
    ],
    ['Error: (root) Additional property db is not allowed', 'docker', 'Additional property is not allowed'],
    [
      'Error: (HTTP code 500) server error - Ports are not available: listen tcp 0.0.0.0:5432: bind: An attempt was made to access a socket in a way forbidden by its access permissions.',
      'docker',
      'Ports are not available',
    ],
    // Kubernetes
    [
      '+ kubectl version\nUnable to connect to the server: x509: certificate signed by unknown authority',
      'kubernetes',
      'certificate signed by unknown authority',
    ],
    [
      'E0418 04:56:17.489683  1 reflector.go:201] controller.go:147: Failed to list *v1.Pod: pods is forbidden: User "system:serviceaccount:default:default" cannot list pods at the cluster scope',
      'kubernetes',
      'Forbidden',
    ],
    [
      '  Warning  Unhealthy  86s (x25710 over 2d23h)  kubelet, ip.ec2.internal  Readiness probe failed: HTTP probe failed with statuscode: 503',
      'kubernetes',
      'Unhealthy',
    ],
    [
      'Error: INSTALLATION FAILED: rendered manifests contain a resource that already exists. Unable to continue with install: ServiceAccount "cert-manager" in namespace "cert-manager" exists and cannot be imported into the current release',
      'kubernetes',
      'resource already exists',
    ],
    [
      '[preflight] Some fatal errors occurred:\n\t[ERROR Swap]: running with swap on is not supported. Please disable swap',
      'kubernetes',
      'preflight check failed',
    ],
    [
      'install strategy failed: Deployment.apps\n"op-controller-manager" is invalid: spec.selector:\nInvalid value:\nv1.LabelSelector{MatchLabels:map[string]string{"control-plane":"op"}}: field is immutable',
      'kubernetes',
      'field is immutable',
    ],
    // JavaScript and TypeScript frameworks
    [
      "Error: Nest can't resolve dependencies of the TestService (ApiService, ?). Please make sure that the argument at index [1] is available in the ReportModule context.",
      'javascript',
      'UnknownDependenciesException',
    ],
    [
      'ERROR Error: Uncaught (in promise): NullInjectorError: R3InjectorError(AppModule)[Api -> HttpClient -> HttpClient]: \n  NullInjectorError: No provider for HttpClient!',
      'javascript',
      'NullInjectorError',
    ],
    [
      'SubError [TimeoutError]: Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?',
      'javascript',
      'TimeoutError',
    ],
    ['bun add v1.0.17 (5e60861c)\nerror: ConnectionRefused downloading package manifest @lit-labs/ssr', 'javascript', 'ConnectionRefused'],
    ['Error: Hydration failed because the initial UI does not match what was rendered on the server.', 'javascript', 'Hydration failed'],
    [
      'error: Uncaught PermissionDenied: network access to "127.0.0.1:3000", run again with the --allow-net flag\n    at unwrapResponse ($deno$/ops/dispatch_json.ts:43:11)',
      'typescript',
      'PermissionDenied',
    ],
    // CMake's build program, Windows' heap corruption record
    [
      'CMake Error: CMake was unable to find a build program corresponding to "MinGW Makefiles".  CMAKE_MAKE_PROGRAM is not set.  You probably need to select a different build tool.',
      'cpp',
      'CMAKE_MAKE_PROGRAM is not set',
    ],
    [
      'Faulting application name: app.exe, version: 2.0.10.1125\nFaulting module name: ntdll.dll, version: 10.0.19041.1806\nException code: 0xc0000374',
      'cpp',
      'heap corruption',
    ],
  ])('%j is %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it('leaves a missing node_modules/.bin tool to the npm error above it', () => {
    const t = answer(
      'npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\n/home/runner/work/a/script.sh: 20: /home/runner/work/a/script.sh: /home/runner/work/a/node_modules/.bin/eslint: not found',
    );
    expect(t.error_type).toBe('ERESOLVE');
  });

  it('tells macOS users how BSD sed reads -i', () => {
    const t = answer('sed: 1: "../bin/testing/install_ ...": invalid command code .');
    expect(t.explanation).toContain('macOS (BSD) sed');
    expect(t.fixes[0].code).toContain("sed -i ''");
  });

  it('tells zsh users to quote a glob meant as text', () => {
    const t = answer('zsh: no matches found: requests[security]');
    expect(t.summary).toContain('requests[security]');
    expect(t.fixes[0].code).toContain("'requests[security]'");
  });

  it('names the Nest provider, its missing argument and the module', () => {
    const t = answer(
      "Error: Nest can't resolve dependencies of the TestService (ApiService, ?). Please make sure that the argument at index [1] is available in the ReportModule context.",
    );
    expect(t.summary).toBe('Nest cannot create TestService: its constructor argument at index 1 is not available in ReportModule.');
    expect(t.fixes[0].code).toContain('export class ReportModule {}');
  });

  it('sends Angular users to provideHttpClient for HttpClient', () => {
    expect(answer('NullInjectorError: No provider for HttpClient!').fixes[0].code).toContain('provideHttpClient()');
  });
});

describe('system errors, sudo and here-documents of the fifteenth rounds (issue 12)', () => {
  it.each([
    ["rm: cannot remove '/c/Users/j/.docker/machine/disk.vmdk': Device or resource busy", 'Device or resource busy'],
    ['.system/launch.sh: line 227: ./.system/a.out: Text file busy', 'Text file busy'],
    ['/bin/sh: 1: cannot create /etc/apache2/conf.d/nagios.conf: Directory nonexistent', 'Directory nonexistent'],
    ['bash: fork: retry: Resource temporarily unavailable', 'Resource temporarily unavailable'],
    ['gzip: stdout: No space left on device', 'No space left on device'],
    ['mount: Too many levels of symbolic links', 'Too many levels of symbolic links'],
    ['chattr: Operation not permitted while setting flags on file.txt', 'Operation not permitted'],
    ['./discover.sh: line 628: /opt/discover: Is a directory', 'Is a directory'],
    // glibc's translations of the same messages
    ['bash: cd: /mnt/data/: Trop de niveaux de liens symboliques', 'Too many levels of symbolic links'],
    ['cp: 无法创建普通文件 "/usr/bin/app": 文本文件忙', 'Text file busy'],
    ['sudo: unable to resolve host raspberrypi: Name or service not known', 'unable to resolve host'],
    [
      'sudo: a terminal is required to read the password; either use the -S option to read from standard input or configure an askpass helper',
      'a terminal is required',
    ],
    ["bash: line 2: warning: here-document at line 0 delimited by end-of-file (wanted `EOF')", 'here-document delimited by end-of-file'],
  ])('%j is shell / %s', (error, errorType) => {
    expectRecognised(error, 'shell', errorType);
  });

  it("leaves bash's unexpected end of file as the error when the here-document warning comes with it", () => {
    expect(
      answer(
        "./x.sh: line 9: warning: here-document at line 3 delimited by end-of-file (wanted `EOF')\n./x.sh: line 10: syntax error: unexpected end of file",
      ).error_type,
    ).toBe('syntax error');
  });

  it('explains a busy program file and how to replace it', () => {
    const t = answer('.system/launch.sh: line 227: ./.system/a.out: Text file busy');
    expect(t.explanation).toContain('is running right now');
    expect(t.causes).toEqual(['The file is a program that is running right now: Linux will not let it be opened for writing (ETXTBSY).']);
    expect(t.fixes[0].code).toContain('mv app.tmp app');
  });

  it('names the host sudo cannot resolve in the /etc/hosts fix', () => {
    expect(answer('sudo: unable to resolve host raspberrypi').fixes[0].code).toBe('echo "127.0.1.1 raspberrypi" | sudo tee -a /etc/hosts');
  });
});

describe("Docker Engine's registry, storage, mount, network and compose messages of the sixteenth round (issue 12)", () => {
  it.each([
    [
      'Sending build context to Docker daemon 21.46 MB\nStep 1/20 : FROM phusion/baseimage:0.10.1\nGet https://registry-1.docker.io/v2/: dial tcp: lookup registry-1.docker.io on 10.37.161.54:53: no such host',
      'no such host',
    ],
    [
      'Error response from daemon: Get "https://registry.corp.example:5000/v2/": x509: certificate signed by unknown authority',
      'certificate signed by unknown authority',
    ],
    [
      'ERROR: error pulling image configuration: Get https://cdn.example.net/registry-v2/docker/registry/v2/blobs/sha256/0d/data: net/http: TLS handshake timeout',
      'TLS handshake timeout',
    ],
    [
      'Error response from daemon: Get "https://localhost:5000/v2/": http: server gave HTTP response to HTTPS client',
      'server gave HTTP response to HTTPS client',
    ],
    [
      'filesystem layer verification failed for digest sha256:dbed9b09434efb583eb5f23173bf2aadb578cbfe2516e26226e3f7e458fac621',
      'filesystem layer verification failed',
    ],
    [
      'ERROR: failed to register layer: ApplyLayer exit status 1 stdout:  stderr: lchown /var/www/html/.htaccess: invalid argument',
      'failed to register layer',
    ],
    [
      'error getting credentials - err: exec: "docker-credential-desktop": executable file not found in $PATH, out: ``',
      'error getting credentials',
    ],
    ['docker: Error response from daemon: could not select device driver "" with capabilities: [[gpu]].', 'could not select device driver'],
    ['the input device is not a TTY', 'the input device is not a TTY'],
    [
      'unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat /home/ann/app/Dockerfile: no such file or directory',
      'unable to prepare context',
    ],
    // The classic builder's unknown instruction is named by its phrase (README's docker row).
    ['Error response from daemon: dockerfile parse error line 5: unknown instruction: RUNN', 'unknown instruction'],
    ['ERROR: failed to solve: dockerfile parse error on line 12: unknown instruction: apt-get', 'failed to solve'],
    [
      'failed to solve with frontend dockerfile.v0: failed to create LLB definition: dockerfile parse error line 3: unknown instruction: COPPY',
      'failed to solve',
    ],
    [
      'docker: Error response from daemon: invalid mount config for type "bind": bind source path does not exist: /home/ann/data.',
      'bind source path does not exist',
    ],
    [
      'Error: failed to start container "postgres": Error response from daemon: error while creating mount source path\n \'/data/postgres-pv\': mkdir /data: read-only file system',
      'error while creating mount source path',
    ],
    ['Error response from daemon: No such container: web', 'no such container'],
    ['Error: No such image: myapp:latest', 'no such image'],
    ['Error: unable to find container example.com:example.com is a pod, not a container: no such container', 'no such container'],
    ['Error response from daemon: Container 4f2a8c is not running', 'container is not running'],
    ['Error response from daemon: remove myvol: volume is in use - [4f2a8c1b]', 'volume is in use'],
    ['parsing /media/SSD240/docker-compose.yml: yaml: line 7: did not find expected key', 'did not find expected key'],
    ['services.web.ports contains an invalid type, it should be an array', 'contains an invalid type'],
    ["docker: 'compose' is not a docker command.", 'is not a docker command'],
    ['Error response from daemon: unable to find user app: no matching entries in passwd file', 'no matching entries in passwd file'],
    ['Error response from daemon: Pool overlaps with other one on this address space', 'Pool overlaps with other one on this address space'],
    [
      'Error response from daemon: driver failed programming external connectivity on endpoint web (3e7bef32cdeb):  (iptables failed: iptables --wait -t nat -A DOCKER -p tcp -d 0/0 --dport 32793 -j DNAT --to-destination 172.17.0.2:0 ! -i docker0: iptables v1.6.0: Port `',
      'driver failed programming external connectivity',
    ],
    [
      'Error response from daemon: container 4f2a: driver "overlay2" failed to remove root filesystem: unlinkat /var/lib/docker/overlay2/abc/merged: device or resource busy',
      'failed to remove root filesystem',
    ],
    [
      'docker: Error response from daemon: cgroups: cannot found cgroup mount destination: unknown.\nERRO[0001] error waiting for container: context canceled',
      'cannot find cgroup mount destination',
    ],
    [
      'Docker Desktop - WSL Distro terminated abruptly\nerror spotted in wslbootstrap log: "open /mnt/host/wsl/docker-desktop-data/isocache: read-only file system"',
      'WSL distro terminated abruptly',
    ],
    ['Error response from daemon: client version 1.43 is too new. Maximum supported API version is 1.41', 'client version is too new'],
    ['docker: invalid spec: :/app: empty section between colons.', 'invalid spec'],
    ['exec /usr/local/bin/docker-entrypoint.sh: no such file or directory', 'no such file or directory'],
    [
      'The push refers to repository [docker.io/internal/navimage]\nbe53c24cda9a: Preparing\ndenied: requested access to the resource is denied',
      'requested access to the resource is denied',
    ],
    [
      'Error response from daemon: Head "https://registry-1.docker.io/v2/acme/app/manifests/latest": unauthorized: incorrect username or password',
      'incorrect username or password',
    ],
  ])('%j is docker / %s', (error, errorType) => {
    expectRecognised(error, 'docker', errorType);
  });

  it("keeps a Go program's own network errors Go's", () => {
    expectRecognised('dial tcp: lookup postgres on 127.0.0.11:53: no such host', 'go', 'no such host');
    expectRecognised(
      'Get "https://api.example.com/v1/users": x509: certificate signed by unknown authority',
      'go',
      'certificate signed by unknown authority',
    );
  });

  it("fixes a registry failure in the daemon's settings, naming the registry", () => {
    const dns = answer(
      'Error response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io: no such host',
    );
    expect(dns.fixes[0].code).toContain('nslookup registry-1.docker.io');
    expect(dns.fixes[0].code).toContain('"dns"');
    expect(dns.fixes[1].code).toContain('docker.service.d/http-proxy.conf');
    const ca = answer('Error response from daemon: Get "https://registry.corp.example:5000/v2/": x509: certificate signed by unknown authority');
    expect(ca.fixes[0].code).toContain('/etc/docker/certs.d/registry.corp.example:5000/ca.crt');
    const http = answer('Error response from daemon: Get "https://registry.lan:5000/v2/": http: server gave HTTP response to HTTPS client');
    expect(http.fixes[0].code).toContain('"insecure-registries": ["registry.lan:5000"]');
  });

  it('leaves a full disk while unpacking a layer as no space left on device', () => {
    expectRecognised(
      'failed to register layer: Error processing tar file(exit status 1): write /usr/lib/x.so: no space left on device',
      'docker',
      'no space left on device',
    );
  });

  it('names the host file and the image path of a file mounted onto a directory', () => {
    const t = answer(
      'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error mounting "/home/u/nginx.conf" to rootfs at "/etc/nginx/nginx.conf": mount /home/u/nginx.conf:/etc/nginx/nginx.conf (via /proc/self/fd/6), flags: 0x5000: not a directory: unknown: Are you trying to mount a directory onto a file (or vice-versa)?',
    );
    expect(t.error_type).toBe('OCI runtime create failed');
    expect(t.fixes[0].title).toBe('Make /home/u/nginx.conf the same kind as /etc/nginx/nginx.conf');
  });

  it('points a compose YAML error at its line', () => {
    const t = answer('parsing /srv/app/docker-compose.yml: yaml: line 7: mapping values are not allowed in this context');
    expect(t.summary).toBe('/srv/app/docker-compose.yml does not parse at line 7: mapping values are not allowed in this context.');
    expect(t.fixes[0].code).toContain("sed -n '4,8p' /srv/app/docker-compose.yml");
  });

  it("answers kubectl's refused connection without quotes around the URL as Kubernetes'", () => {
    expectRecognised(
      "E0601 11:38:36.650401  795967 memcache.go:265] couldn't get current server API group list: Get https://10.0.0.5:6443/api?timeout=32s: dial tcp 10.0.0.5:6443: connect: connection refused",
      'kubernetes',
      'connection refused',
    );
  });
});

describe("bash's builtins and expansions beyond the common messages (knowledge/bash-builtins.patterns.ts)", () => {
  it.each([
    ['./deploy.sh: line 40: exit: failed: numeric argument required', 'numeric argument required'],
    [
      "./activate.sh: line 3: return: can only `return' from a function or sourced script",
      "can only `return' from a function or sourced script",
    ],
    ['deploy.sh: line 7: local: can only be used in a function', 'can only be used in a function'],
    ['./deploy.sh: line 5: DATABASE_URL: parameter null or not set', 'parameter null or not set'],
    ['./build.sh: line 18: versions: bad array subscript', 'bad array subscript'],
    ['bash: declare: config: cannot convert indexed to associative array', 'cannot convert indexed to associative array'],
    [
      'bash: cannot set terminal process group (1): Inappropriate ioctl for device\nbash: no job control in this shell',
      'cannot set terminal process group',
    ],
    ['./backup.sh: line 8: /tmp/backup.log: cannot overwrite existing file', 'cannot overwrite existing file'],
    ['./release.sh: line 14: -2: substring expression < 0', 'substring expression < 0'],
    ['./build.sh: line 3: shopt: globstar: invalid shell option name', 'invalid shell option name'],
    ['bash: set: pipefaill: invalid option name', 'invalid option name'],
    ['./run.sh: line 2: trap: SIGFOO: invalid signal specification', 'invalid signal specification'],
    ['sh: 1: trap: ERR: bad trap', 'bad trap'],
    ['./run.sh: line 4: kill: : arguments must be process or job IDs', 'arguments must be process or job IDs'],
    ['./start.sh: line 12: shift: 2: shift count out of range', 'shift count out of range'],
    ['./deploy.sh: line 3: .: config.sh: file not found', 'file not found'],
    ["./run.sh: 12: .: Can't open config.sh", "Can't open"],
    ['./collect.sh: line 7: warning: command substitution: ignored null byte in input', 'ignored null byte in input'],
    ['./start.sh: line 5: ulimit: open files: cannot modify limit: Operation not permitted', 'cannot modify limit'],
    ['bash: ls: maximum function nesting level exceeded (1000)', 'maximum function nesting level exceeded'],
    ['./entrypoint.sh: line 4: cd: HOME not set', 'HOME not set'],
    ['$ su www-data\nThis account is currently not available.', 'This account is currently not available'],
    ['./report.sh: line 9: printf: 3.14: invalid number', 'invalid number'],
    ["./check.sh: line 7: syntax error in conditional expression: unexpected token `;'", 'syntax error'],
    ['./run.sh: line 4:  4312 Terminated              ./server --port 8080', 'Terminated'],
    ['run_ktools.sh: line 120:  6560 Done                    eve 1 1\n      6561 Killed                  | getmodel', 'Killed'],
    // bash's catalogs (5.2) and an older zh_CN wording
    ['./deploy.sh: Zeile 40: exit: failed: Ein numerischer Parameter ist erforderlich.', 'numeric argument required'],
    ['./deploy.sh: ligne 5 : DATABASE_URL : paramètre vide ou non défini', 'parameter null or not set'],
    ['第 5 行: ulimit: open files: 无法修改 limit 值: 不允许的操作', 'cannot modify limit'],
  ])('%j is shell / %s', (error, errorType) => {
    expectRecognised(error, 'shell', errorType);
  });

  it('names the bash version a shopt option needs', () => {
    expect(answer('./build.sh: line 3: shopt: globstar: invalid shell option name').explanation).toContain(
      "globstar exists since bash 4.0; this script runs under an older bash. macOS's /bin/bash is 3.2.",
    );
  });

  it("tells a script run by sh that bash's ERR trap needs bash", () => {
    const t = answer('sh: 1: trap: ERR: bad trap');
    expect(t.explanation).toContain('ERR (ERR, DEBUG, RETURN) is bash');
    expect(t.fixes[0].code).toBe('bash ./script.sh');
  });

  it('exports the required variable by its name', () => {
    expect(answer('./deploy.sh: line 5: DATABASE_URL: parameter null or not set').fixes[0].code).toContain('export DATABASE_URL=value');
  });

  it('breaks a wrapper function calling itself with command', () => {
    expect(answer('bash: ls: maximum function nesting level exceeded (1000)').fixes[0].code).toBe('ls() { command ls "$@"; }');
  });

  it('leaves a translation of no message alone', () => {
    expect(delocalise('./deploy.sh: line 5: Parameter ist leer.')).toBe('./deploy.sh: line 5: Parameter ist leer.');
  });
});

describe("a Linux system's command-line tools (knowledge/linux-tools.patterns.ts)", () => {
  it.each([
    ["mkdir: cannot create directory '/opt/app': Permission denied", 'Permission denied'],
    ["ls: cannot open directory '.': Permission denied", 'Permission denied'],
    ["ln: failed to create symbolic link '/usr/local/bin/node': File exists", 'File exists'],
    ["mv: cannot move 'build' to 'dist/build': Directory not empty", 'Directory not empty'],
    ["find: paths must precede expression: `file2.txt'", 'paths must precede expression'],
    ['basename: missing operand', 'missing operand'],
    ['gzip: stdin: not in gzip format\ntar: Child returned status 1\ntar: Error is not recoverable: exiting now', 'not in gzip format'],
    ['tar: This does not look like a tar archive', 'This does not look like a tar archive'],
    ['curl: (6) Could not resolve host: example.invalid', 'Could not resolve host'],
    ['curl: (60) SSL certificate problem: unable to get local issuer certificate', 'unable to get local issuer certificate'],
    ['curl: (22) The requested URL returned error: 404', 'The requested URL returned error: 404'],
    ["wget: unable to resolve host address 'example.invalid'", 'unable to resolve host address'],
    ['E: Unable to locate package libfoo-dev', 'Unable to locate package'],
    ['E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 1234 (apt)', 'Could not get lock'],
    ["E: Package 'python' has no installation candidate", 'has no installation candidate'],
    [
      'The following packages have unmet dependencies:\n libfoo-dev : Depends: libfoo1 (= 1.2) but 1.3 is to be installed\nE: Unable to correct problems, you have held broken packages.',
      'unmet dependencies',
    ],
    [
      "W: GPG error: https://repo.example.com stable InRelease: The following signatures couldn't be verified because the public key is not available: NO_PUBKEY ABCDEF1234567890",
      'NO_PUBKEY',
    ],
    [
      'dpkg: error processing package nginx (--configure):\n installed nginx package post-installation script subprocess returned error exit status 1',
      'error processing package',
    ],
    [
      'Job for nginx.service failed because the control process exited with error code.\nSee "systemctl status nginx.service" and "journalctl -xeu nginx.service" for details.',
      'Job failed',
    ],
    [
      "System has not been booted with systemd as init system (PID 1). Can't operate.\nFailed to connect to bus: Host is down",
      'System has not been booted with systemd',
    ],
    [
      'Permissions 0644 for \'/home/u/.ssh/id_rsa\' are too open.\nLoad key "/home/u/.ssh/id_rsa": bad permissions',
      'UNPROTECTED PRIVATE KEY FILE',
    ],
    ['Load key "/home/u/.ssh/id_rsa": bad permissions', 'bad permissions'],
    ['deploy is not in the sudoers file.  This incident will be reported.', 'is not in the sudoers file'],
    ['jq: error (at <stdin>:0): Cannot index string with string "name"', 'Cannot index string with string'],
    ['parse error: Invalid numeric literal at line 1, column 10', 'Invalid numeric literal'],
  ])('%j is shell / %s', (error, errorType) => {
    expectRecognised(error, 'shell', errorType);
  });

  it('repairs ownership of the path a tool may not write', () => {
    expect(answer("mkdir: cannot create directory '/opt/app': Permission denied").fixes[0].code).toBe(
      'ls -ld /opt/app "$(dirname /opt/app)"\nsudo chown -R "$USER" /opt/app',
    );
  });

  it('names the download that saved a page instead of an archive', () => {
    expect(answer('gzip: stdin: not in gzip format').explanation).toContain('saved an HTML page');
  });

  it('tests the host curl could not resolve', () => {
    expect(answer('curl: (6) Could not resolve host: api.example.org').fixes[0].code).toContain('getent hosts api.example.org');
  });

  it("leaves curl's write failure to the program it pipes into", () => {
    expectRecognised(
      'sh: syntax error: unexpected newline\ncurl: (23) Failure writing output to destination, passed 1440 returned 0',
      'shell',
      'syntax error',
    );
  });

  it('updates the package lists in the same Docker step as the install', () => {
    expect(answer('E: Unable to locate package libpq-dev').fixes[0].code).toContain(
      'RUN apt-get update && apt-get install -y --no-install-recommends libpq-dev',
    );
  });

  it("answers apt's error inside a failed Docker build step as the build's", () => {
    expectRecognised(
      "Step 4/9 : RUN apt-get install -y libfoo-dev\nE: Unable to locate package libfoo-dev\nThe command '/bin/sh -c apt-get install -y libfoo-dev' returned a non-zero code: 100",
      'docker',
      'returned a non-zero code',
    );
  });
});

describe("Windows' shells and macOS's refusals (knowledge/powershell-cmd.patterns.ts, macos.patterns.ts)", () => {
  it.each([
    [
      '.\\build.ps1 : File C:\\dev\\build.ps1 cannot be loaded because running scripts is disabled on this system. For more information, see about_Execution_Policies at https:/go.microsoft.com/fwlink/?LinkID=135170.',
      'PSSecurityException',
    ],
    ["Get-Item: Cannot find path 'C:\\app\\config.json' because it does not exist.", 'ItemNotFoundException'],
    ['You cannot call a method on a null-valued expression.\nAt C:\\scripts\\a.ps1:3 char:1', 'RuntimeException'],
    [
      'At C:\\scripts\\deploy.ps1:12 char:5\n+     Invoke-WebRequest -Uri $url -OutFile $out\n+     ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-WebRequest], WebException\n    + FullyQualifiedErrorId : WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeWebRequestCommand',
      'WebException',
    ],
    ['The system cannot find the path specified.', 'The system cannot find the path specified'],
    [
      'The process cannot access the file because it is being used by another process.',
      'The process cannot access the file because it is being used by another process',
    ],
    [
      'xcrun: error: invalid active developer path (/Library/Developer/CommandLineTools), missing xcrun at: /Library/Developer/CommandLineTools/usr/bin/xcrun',
      'invalid active developer path',
    ],
    ['zsh: bad CPU type in executable: ./app', 'Bad CPU type in executable'],
    ['“app” cannot be opened because the developer cannot be verified.', 'cannot be opened because the developer cannot be verified'],
    [
      'Error: Cannot install in Homebrew on ARM processor in Intel default prefix (/usr/local)!',
      'Cannot install in Homebrew on ARM processor in Intel default prefix',
    ],
    ['Warning: /opt/homebrew/bin is not in your PATH.', 'not in your PATH'],
    ['zsh: killed     node server.js', 'Killed'],
    ['bash: fork: Cannot allocate memory', 'Cannot allocate memory'],
  ])('%j is shell / %s', (error, errorType) => {
    expectRecognised(error, 'shell', errorType);
  });

  it('lets a user run local PowerShell scripts without administrator rights', () => {
    expect(answer('File C:\\dev\\build.ps1 cannot be loaded because running scripts is disabled on this system.').fixes[0].code).toContain(
      'Set-ExecutionPolicy -Scope CurrentUser -ExecutionPolicy RemoteSigned',
    );
  });

  it("removes Gatekeeper's quarantine from the program it names", () => {
    expect(answer('“mytool” cannot be opened because the developer cannot be verified.').fixes[0].code).toContain(
      'xattr -d com.apple.quarantine mytool',
    );
  });
});

describe("JavaScript libraries' and tools' own failures (knowledge/javascript-libraries.patterns.ts)", () => {
  it.each([
    ['AxiosError: Request failed with status code 404', 'AxiosError'],
    ['Error: Route.get() requires a callback function but got a [object Undefined]', 'Error'],
    ['TypeError: Router.use() requires a middleware function but got a Object', 'TypeError'],
    [
      "Error: The module '/app/node_modules/bcrypt/lib/binding/napi-v3/bcrypt_lib.node'\nwas compiled against a different Node.js version using\nNODE_MODULE_VERSION 93. This version of Node.js requires\nNODE_MODULE_VERSION 108.",
      'ERR_DLOPEN_FAILED',
    ],
    [
      'Error: Timeout of 2000ms exceeded. For async tests and hooks, ensure "done()" is called; if returning a Promise, ensure it resolves.',
      'Error',
    ],
    ['thrown: "Exceeded timeout of 5000 ms for a test.', 'Exceeded timeout'],
    ['Error: Node Sass does not yet support your current environment: Linux 64-bit with Unsupported runtime (93)', 'Error'],
    ['GET http://localhost:3000/api/users net::ERR_CONNECTION_REFUSED', 'ERR_CONNECTION_REFUSED'],
  ])('%j is javascript / %s', (error, errorType) => {
    expectRecognised(error, 'javascript', errorType);
  });

  it("explains old axios' plain Error by its status", () => {
    expect(answer('Error: Request failed with status code 401').explanation).toContain('lacks valid credentials');
  });

  it('rebuilds the native module that was built for another Node.js', () => {
    const t = answer(
      "Error: The module '/app/node_modules/sqlite3/build/Release/node_sqlite3.node'\nwas compiled against a different Node.js version using\nNODE_MODULE_VERSION 93. This version of Node.js requires\nNODE_MODULE_VERSION 108.",
    );
    expect(t.fixes[0].steps[0]).toContain('node_sqlite3.node');
    expect(t.fixes[0].code).toContain('npm rebuild');
  });
});

describe("PostgreSQL's and SQLite's catalogue additions (knowledge/sql-catalogue.patterns.ts)", () => {
  it.each([
    ['ERROR:  missing FROM-clause entry for table "u"\nLINE 1: SELECT u.name FROM orders o;', '42P01'],
    ['ERROR:  extension "postgis" is not available', '0A000'],
    ['ERROR:  out of shared memory\nHINT:  You might need to increase max_locks_per_transaction.', '53200'],
    ['ERROR:  could not open file "/tmp/data.csv" for reading: Permission denied', '42501'],
    [
      'FATAL:  database files are incompatible with server\nDETAIL:  The data directory was initialized by PostgreSQL version 14, which is not compatible with this version 16.1.',
      'database files are incompatible with server',
    ],
    ['FATAL:  data directory "/var/lib/postgresql/data" has wrong ownership', 'data directory has wrong ownership'],
    [
      'pg_dump: error: server version: 16.1; pg_dump version: 14.10\npg_dump: error: aborting because of server version mismatch',
      'server version mismatch',
    ],
    ['pg_restore: error: input file appears to be a text format dump. Please use psql.', 'input file appears to be a text format dump'],
    ['Error: near "FROM": syntax error', 'syntax error'],
  ])('%j is sql / %s', (error, errorType) => {
    expectRecognised(error, 'sql', errorType);
  });

  it("sends a server-side COPY of a client's file to psql's \\copy", () => {
    expect(answer('ERROR:  could not open file "/tmp/data.csv" for reading: Permission denied').fixes[0].title).toBe(
      "Use psql's \\copy, which reads and writes the file on the client (/tmp/data.csv)",
    );
  });
});

describe('rsync, awk, crontab, systemd, ssh, Docker daemons, kubelets, vcpkg, Bazel and Internet Explorer of the seventeenth rounds (issue 12)', () => {
  it.each([
    [
      'rsync error: some files/attrs were not transferred (see previous errors) (code 23) at main.c(1359) [sender=3.4.1]',
      'shell',
      'some files/attrs were not transferred',
    ],
    [
      'rsync: connection unexpectedly closed (0 bytes received so far) [sender]\nrsync error: remote command not found (code 127) at io.c(226) [sender=3.1.1]',
      'shell',
      'remote command not found',
    ],
    [
      'ssh: connect to host example.com port 22: Connection timed out\nrsync: connection unexpectedly closed (0 bytes received so far) [sender]\nrsync error: unexplained error (code 255) at io.c(235) [sender=3.1.3]',
      'shell',
      'Connection timed out',
    ],
    ['kex_exchange_identification: read: Connection reset by peer', 'shell', 'Connection reset by peer'],
    ['#0 5.960 gzip: invalid magic\n#0 5.960 tar: Child returned status 1', 'shell', 'invalid magic'],
    ["sed: -e expression #1, char 20: unterminated `s' command", 'shell', "unterminated `s' command"],
    ["sed: -e expression n°1, caractère 20: commande `s' inachevée", 'shell', "unterminated `s' command"],
    [
      'dpkg: error processing openssh-server (--configure):\n subprocess installed post-installation script returned error exit status 1',
      'shell',
      'error processing package',
    ],
    ['dpkg: Fehler beim Bearbeiten des Archivs /var/cache/apt/archives/a.deb (--unpack):', 'shell', 'error processing package'],
    ['E: Impossible de trouver le paquet debuild', 'shell', 'Unable to locate package'],
    [
      'Job for rsyslog.service failed because the control process exited with error code.\n  Process: 13171 ExecStart=/usr/sbin/rsyslogd -n (code=exited, status=203/EXEC)',
      'shell',
      '203/EXEC',
    ],
    ["curl: (60) Peer's Certificate issuer is not recognized.", 'shell', "Peer's Certificate issuer is not recognized"],
    ['"powershell" no se reconoce como un comando interno o externo, programa o archivo por lotes ejecutable.', 'shell', 'command not found'],
    [
      '@@@@@@@@@@@\n@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\n@@@@@@@@@@@\nHost key verification failed.',
      'shell',
      'REMOTE HOST IDENTIFICATION HAS CHANGED',
    ],
    ['awk: line 1: syntax error at or near }', 'shell', 'syntax error'],
    ["received on stderr: find: missing argument to `-exec'", 'shell', "missing argument to `-exec'"],
    ['"scripts/crontab":56: bad command\nerrors in crontab file, can\'t install.', 'shell', 'bad command'],
    [
      'dockerd[812]: time="2017-04-29T03:59:31Z" level=fatal msg="Error starting daemon: layer does not exist"',
      'docker',
      'layer does not exist',
    ],
    [
      'docker: Error response from daemon: Mounts denied: \nThe path /tmp/.X11-unix is not shared from the host and is not known to Docker.',
      'docker',
      'Mounts denied',
    ],
    [
      'Error: crun: executable file `...test` not found in $PATH: No such file or directory: OCI runtime attempted to invoke a command that was not found',
      'docker',
      'executable file not found in $PATH',
    ],
    ['Error: default OCI runtime "crun" not found: invalid argument', 'docker', 'OCI runtime not found'],
    [
      "ERROR: Couldn't connect to Docker daemon at http+docker://localunixsocket - is it running?",
      'docker',
      'Cannot connect to the Docker daemon',
    ],
    [
      'microk8s.daemon-apiserver-kicker[1534]: resource mapping not found for name: "x" namespace: "" from "cni.yaml": no matches for kind "CustomResourceDefinition" i',
      'kubernetes',
      'no matches for kind',
    ],
    [
      'F0830 16:59:57.231711    3749 server.go:274] failed to run Kubelet: unable to load bootstrap kubeconfig: stat /etc/kubernetes/bootstrap-kubelet.conf: no such file or directory',
      'kubernetes',
      'failed to run Kubelet',
    ],
    [
      "src/utils.c:34:5: error: implicitly declaring library function 'printf' with type\n      'int (const char *, ...)' [-Werror,-Wimplicit-function-declaration]",
      'c',
      'implicit declaration of function',
    ],
    ['Error: Building package zlib:x64-windows failed with: BUILD_FAILED', 'c', 'BUILD_FAILED'],
    [
      "ERROR: /home/u/BUILD.bazel:3:1: C++ compilation of rule '@curlpp//:curlpp' failed: gcc failed: error executing command /usr/bin/gcc",
      'cpp',
      'C++ compilation of rule failed',
    ],
    ['Código de exceção: 0xc0000005\nDeslocamento da falha: 0x0000000000013831', 'c', 'access violation'],
    ['SCRIPT438: 对象不支持此属性或方法 webUploader.js, 行5293 字符17', 'javascript', 'TypeError'],
    ["Meldung: 'console' ist undefiniert\nZeile: 133", 'javascript', 'ReferenceError'],
    [
      ' [23:55:26] - ERROR - (psycopg2.errors.UndefinedColumn) column flow.user_id does not exist\n LINE 1: SELECT flow.data FROM flow',
      'python',
      'UndefinedColumn',
    ],
    [
      "[2020-09-02 03:38:04,371] {taskinstance.py:1150} ERROR - (_mysql_exceptions.OperationalError) (2006, 'MySQL server has gone away')",
      'python',
      'OperationalError',
    ],
    ['Execution finished with errors.\nResult: FOREIGN KEY constraint failed\nAt line 254:', 'sql', 'FOREIGN KEY constraint failed'],
    ['Error: SQLITE_CONSTRAINT: UNIQUE constraint failed: users.email', 'sql', 'SQLITE_CONSTRAINT_UNIQUE'],
    ['Parse error near line 4: no such column: table', 'sql', 'no such column'],
  ])('%j is %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it("explains systemd's 203/EXEC as a program that could not be started", () => {
    expect(
      answer('Job for app.service failed because the control process exited with error code.\n  Main PID: 13171 (code=exited, status=203/EXEC)')
        .explanation,
    ).toContain('ExecStart= names a program that does not exist');
  });

  it('keeps the names and numbers of a localised tool message in the English one', () => {
    expect(delocalise('sed: -e Ausdruck #3, Zeichen 14: Nicht beendeter »s«-Befehl')).toBe(
      "sed: -e expression #3, char 14: unterminated `s' command",
    );
    expect(delocalise('E: foo 패키지를 찾을 수 없습니다')).toBe('E: Unable to locate package foo');
    expect(delocalise('Lecture des listes de paquets... Fait')).toBe('Lecture des listes de paquets... Fait');
  });

  it('gives an rsync onto a FAT drive the options that skip owners and permissions', () => {
    expect(answer('rsync error: some files/attrs were not transferred (see previous errors) (code 23) at main.c(1359)').fixes[0].code).toContain(
      '--no-owner --no-group --no-perms',
    );
  });
});

describe("the Kubernetes API server's answers and the kubelet's events (knowledge/kubernetes-api.patterns.ts)", () => {
  it.each([
    ['Error from server (AlreadyExists): error when creating "ns.yaml": namespaces "dev" already exists', 'AlreadyExists'],
    ['Error from server (BadRequest): container "web" in pod "web-5d8f" is waiting to start: trying and failing to pull image', 'BadRequest'],
    [
      'Error from server (ServiceUnavailable): the server is currently unable to handle the request (get pods.metrics.k8s.io)',
      'ServiceUnavailable',
    ],
    ['Error from server (NotFound): the server could not find the requested resource', 'NotFound'],
    [
      'error: error validating "deployment.yaml": error validating data: ValidationError(Deployment.spec.template.spec.containers[0]): unknown field "imagePullPolicyy" in io.k8s.api.core.v1.Container',
      'ValidationError',
    ],
    ['error: the server doesn\'t have a resource type "deploymnets"', "the server doesn't have a resource type"],
    [
      'Error from server (InternalError): Internal error occurred: failed calling webhook "validate.nginx.ingress.kubernetes.io": failed to call webhook: Post "https://ingress-nginx-controller-admission.ingress-nginx.svc:443/networking/v1/ingresses?timeout=10s": dial tcp 10.96.1.1:443: connect: connection refused',
      'failed calling webhook',
    ],
    [
      'Warning  Failed  12s  kubelet  Error: container has runAsNonRoot and image will run as root',
      'container has runAsNonRoot and image will run as root',
    ],
    [
      'Warning  FailedCreatePodSandBox  3m  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "abc": plugin type="calico" failed (add)',
      'FailedCreatePodSandBox',
    ],
    ['Warning  ProvisioningFailed  persistentvolume-controller  storageclass.storage.k8s.io "fast" not found', 'ProvisioningFailed'],
    ['error: Metrics API not available', 'Metrics API not available'],
  ])('%j is kubernetes / %s', (error, errorType) => {
    expectRecognised(error, 'kubernetes', errorType);
  });

  it('explains a webhook whose service has no pods, and lists the configurations that name it', () => {
    const t = answer(
      'Error from server (InternalError): Internal error occurred: failed calling webhook "validate.nginx.ingress.kubernetes.io": failed to call webhook: Post "https://x.svc:443/v": dial tcp 10.96.1.1:443: connect: connection refused',
    );
    expect(t.explanation).toContain("the webhook's service has no running pods");
    expect(t.fixes[0].code).toContain('grep -i validate');
  });

  it('names the storage class the claim asked for', () => {
    expect(answer('Warning  ProvisioningFailed  persistentvolume-controller  storageclass.storage.k8s.io "fast" not found').summary).toBe(
      'No volume could be provisioned for the claim: storage class fast does not exist.',
    );
  });
});

describe('Docker builds reported by BuildKit, compose projects and the CLI environment (issue 12)', () => {
  it.each([
    ['ERROR: failed to solve: error getting credentials - err: exit status 1, out: ``', 'failed to solve'],
    [
      'ERROR: failed to solve: node:18: failed to resolve source metadata for docker.io/library/node:18: failed to do request: Head "https://registry-1.docker.io/v2/library/node/manifests/18": dial tcp: lookup registry-1.docker.io: no such host',
      'failed to solve',
    ],
    ['service "web" depends on undefined service "db": invalid compose project', 'depends on undefined service'],
    ['no configuration file provided: not found', 'no configuration file provided'],
    [
      "ERROR: The Compose file './docker-compose.yml' is invalid because:\nUnsupported config option for services.web: 'build_args'",
      'Unsupported config option',
    ],
    ['ERROR: Multi-platform build is not supported for the docker driver.', 'Multi-platform build is not supported for the docker driver'],
    ['Error: Cannot perform an interactive login from a non TTY device', 'Cannot perform an interactive login from a non TTY device'],
    ['Error response from daemon: error while removing network: network app_default id 3f2a has active endpoints', 'has active endpoints'],
    [
      'Error response from daemon: conflict: unable to delete abc (cannot be forced) - image has dependent child images',
      'conflict: unable to delete',
    ],
    [
      'docker: Error response from daemon: create ./data: "./data" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed.',
      'includes invalid characters for a local volume name',
    ],
    ['Error response from daemon: Get "https://registry-1.docker.io/v2/": EOF', 'EOF'],
    ['Error response from daemon: Get "https://registry.gitlab.com/v2/": unauthorized: HTTP Basic: Access denied', 'HTTP Basic: Access denied'],
    ['failed to register layer: Container ID 1000 cannot be mapped to a host ID', 'failed to register layer'],
  ])('%j is docker / %s', (error, errorType) => {
    expectRecognised(error, 'docker', errorType);
  });

  it("keeps the cause's explanation under BuildKit's failed to solve", () => {
    const t = answer(
      'ERROR: failed to solve: node:18: failed to resolve source metadata for docker.io/library/node:18: error getting credentials - err: exec: "docker-credential-desktop.exe": executable file not found in $PATH, out: ``',
    );
    expect(t.explanation).toContain('docker-credential-desktop.exe');
    expect(t.explanation).toContain('BuildKit reported it as "failed to solve" (error getting credentials).');
  });
});

describe('package managers, ssh, C++ modules, linkers, Docker hosts and cluster tools of the eighteenth rounds (issue 12)', () => {
  it.each([
    ['error: No remote refs found similar to ‘flathub’', 'shell', 'No remote refs found'],
    [
      "error: experimental Nix feature 'nix-command' is disabled; use '--extra-experimental-features nix-command' to override",
      'shell',
      'experimental Nix feature is disabled',
    ],
    ['15:49:00      tester-centos6-32: Error: Cannot find a valid baseurl for repo: base', 'shell', 'Cannot find a valid baseurl for repo'],
    [
      'Message: error: cannot perform the following tasks:\n- Run hook connect-plug of snap "canonical-livepatch"',
      'shell',
      'cannot perform the following tasks',
    ],
    [
      'Unable to negotiate with 96.126.108.99 port 22: no matching host key type found. Their offer: ssh-rsa',
      'shell',
      'no matching host key type found',
    ],
    ['subsystem request failed on channel 0\nscp: Connection closed', 'shell', 'subsystem request failed'],
    ['[08:34:38.959] stderr> Bad owner or permissions on C:\\\\Users\\\\DELL/.ssh/config', 'shell', 'Bad owner or permissions'],
    [
      '.\\run.ps1 : 无法加载文件 C:\\run.ps1。\n+ .\\run.ps1\n    + CategoryInfo          : SecurityError: (:) []，PSSecurityException\n    + FullyQualifiedErrorId : UnauthorizedAccess',
      'shell',
      'PSSecurityException',
    ],
    [
      'hello: error: failed to read compiled module: No such file or directory\nhello: note: compiled module file is ‘gcm.cache/hello.gcm’',
      'cpp',
      'failed to read compiled module',
    ],
    ["1>FileName.cpp(1,8): fatal  error : module 'std' not found", 'cpp', 'module not found'],
    ["<source>:16:14: error: call to consteval function 'check' is not a constant expression", 'cpp', 'not a constant expression'],
    [
      '/usr/include/crt/host_config.h:139:2: error: #error -- unsupported GNU version! gcc versions later than 11 are not supported!',
      'cpp',
      'unsupported GNU version',
    ],
    ['wasm-ld: error: C:\\Users\\u\\AppData\\Local\\Temp\\exported_0.o: undefined symbol: curTime', 'c', 'undefined reference'],
    [
      "ld.lld: error: version script assignment of 'UUID_2.40' to symbol 'uuid_time64' failed: symbol not defined",
      'c',
      'version script assignment failed',
    ],
    ['src/parser.c:42:9: error: Uninitialized variable: len [uninitvar]', 'c', 'uninitvar'],
    [
      'src/main.cpp:12:5: error: multiple declarations in a single statement reduces readability [readability-isolate-declaration,-warnings-as-errors]',
      'cpp',
      'readability-isolate-declaration',
    ],
    ["/tmp/tidy/main.cpp:1:10: error: 'string' file not found [clang-diagnostic-error]", 'cpp', 'missing header'],
    [
      "ERRO[2020-05-11T15:33:01Z] 'overlay2' is not supported over overlayfs    storage-driver=overlay2",
      'docker',
      'not supported over overlayfs',
    ],
    [
      'running engine: waiting for the Docker API: engine linux/virtualization-framework failed to run: running VM: com.docker.virtualization: process terminated unexpectedly',
      'docker',
      'process terminated unexpectedly',
    ],
    ['Error code: Wsl/Service/RegisterDistro/CreateVm/HCS/HCS_E_SERVICE_NOT_AVAILABLE', 'docker', 'HCS_E_SERVICE_NOT_AVAILABLE'],
    ['#15 ERROR: denied: permission_denied: write_package', 'docker', 'permission_denied: write_package'],
    ['e315e40a6a4f: Preparing\nno basic auth credentials', 'docker', 'no basic auth credentials'],
    [
      'ERROR: Network sleewaredb-network declared as external, but could not be found. Please create the network manually',
      'docker',
      'declared as external, but could not be found',
    ],
    [
      'exec container process `/bin/sh`: Exec format error\nError: building at STEP "RUN mkdir -p /opt/app": while running runtime: exit status 1',
      'docker',
      'exec format error',
    ],
    [
      "Error: accumulating resources: accumulation err='accumulating resources from '../base': lstat /tmp/base: no such file or directory'",
      'kubernetes',
      'accumulating resources',
    ],
    [
      'ERROR: failed to create cluster: failed to init node with kubeadm: command "docker exec --privileged kind-control-plane kubeadm init" failed with error: exit status 1',
      'kubernetes',
      'failed to init node with kubeadm',
    ],
    ['pg_restore: error: could not execute query: ERROR:  schema "public" already exists\nCommand was: CREATE SCHEMA public;', 'sql', '42P06'],
    ["[nuxt] [request error] Cannot read properties of null (reading 'slice')\n  at _sfc_ssrRender", 'javascript', 'TypeError'],
    ['Error: listen EADDRINUSE\n    at exports._errnoException (util.js:746:11)', 'javascript', 'EADDRINUSE'],
  ])('%j is %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it("keeps bash's own non-executable binary answer apart from crun's", () => {
    expectRecognised('bash: ./app: cannot execute binary file: Exec format error', 'shell', 'cannot execute binary file');
  });

  it('allows an old algorithm for the one host that needs it', () => {
    expect(answer('Unable to negotiate with 10.0.0.9 port 22: no matching host key type found. Their offer: ssh-rsa').fixes[0].code).toContain(
      'Host 10.0.0.9\n  HostKeyAlgorithms +ssh-rsa',
    );
  });
});

describe('make, mktemp, compose, registries, Windows hosts, CUDA, Qt, Bazel, Helm and kind of the nineteenth rounds (issue 12)', () => {
  it.each([
    ['Makefile:5: *** missing separator.  Stop.', 'c', 'missing separator'],
    ['Makefile:3: *** recipe commences before first target.  Stop.', 'c', 'recipe commences before first target'],
    ['make: *** No targets specified and no makefile found.  Stop.', 'c', 'No targets specified and no makefile found'],
    ['make: warning:  Clock skew detected.  Your build may be incomplete.', 'c', 'Clock skew detected'],
    ['make: *** [Makefile:12: all] Error 2', 'c', 'Error 2'],
    [
      '[ 50%] Building CXX object CMakeFiles/app.dir/main.cpp.o\nmake[2]: *** [CMakeFiles/app.dir/build.make:76: CMakeFiles/app.dir/main.cpp.o] Error 1',
      'cpp',
      'Error 1',
    ],
    ['make: *** [Makefile:3: all] Error 127', 'c', 'command not found'],
    ["mktemp: too few X's in template ‘transfer’\n-bash: $tmpfile: ambiguous redirect", 'shell', "too few X's in template"],
    ['mktemp: cannot create temp file /tmp/make.sh.XXXX: Invalid argument', 'shell', 'Invalid argument'],
    ["nohup: failed to run command './dst-admin-go': Permission denied", 'shell', 'permission denied'],
    ['timeout: failed to run command ‘cd’: No such file or directory', 'shell', 'No such file or directory'],
    ['chown: basename "${USER_HOME}": illegal user name', 'shell', 'illegal user name'],
    ['grep: warning: stray \\ before M', 'shell', 'stray \\ before'],
    [
      'awk: syntax error at source line 1\n context is\n  {$1="" >>>  print <<<  $0}\nawk: illegal statement at source line 1',
      'shell',
      'syntax error',
    ],
    [': not found: line 2:\n: not found: line 3:', 'shell', 'command not found'],
    ['./service.sh: set: line 158: illegal option -o pipefail', 'shell', 'invalid option'],
    [
      "An error occured: Error: Command failed: /usr/bin/sudo -n -E -- sh ./script.sh' sh: ./script.sh: No such file or directory",
      'shell',
      'No such file or directory',
    ],
    ['Container hrm_database  Error\ndependency failed to start: container hrm_database exited (0)', 'docker', 'dependency failed to start'],
    [
      'ERROR: for api  Container "925e231df5aa" is unhealthy.\nERROR: Encountered errors while bringing up the project.',
      'docker',
      'container is unhealthy',
    ],
    [
      'Error: creating container storage: the container name "pdm_myservice_1" is already in use by 3d79945f137ae4bdd26cb06134e34615cf8e2e22d815124b624a438cba4e9126.',
      'docker',
      'Conflict (container name in use)',
    ],
    [
      'Error response from daemon: configured logging driver does not support reading',
      'docker',
      'configured logging driver does not support reading',
    ],
    ['"docker cp" requires exactly 2 arguments.\nSee \'docker cp --help\'.', 'docker', 'requires exactly 2 arguments'],
    [
      'OCI runtime exec failed: exec failed: unable to start container process: unable to setup user: invalid argument: unknown',
      'docker',
      'OCI runtime exec failed',
    ],
    [
      'error during connect: Get http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.35/containers/json: open //./pipe/docker_engine: Access is denied.',
      'docker',
      'permission denied',
    ],
    [
      'Error response from daemon: container c40d encountered an error during CreateContainer: failure in a Windows system call: Elemen\nt not found. (0x490)',
      'docker',
      'failure in a Windows system call',
    ],
    [
      "unauthorized: You don't have the needed permissions to perform this operation, and you may have invalid credentials.",
      'docker',
      "You don't have the needed permissions",
    ],
    [
      'Error response from daemon: Get "https://139.9.162.134:30043/v2/": x509: cannot validate certificate for 139.9.162.134 because it doesn\'t contain any IP SANs',
      'docker',
      "doesn't contain any IP SANs",
    ],
    ["nvcc fatal   : Unsupported gpu architecture 'compute_86'", 'cpp', 'Unsupported gpu architecture'],
    [
      'AutoMoc error\n-------------\n"SRC:/lib/src/DOtherSide.cpp"\ncontains a "Q_OBJECT" macro, but does not include "DOtherSide.moc"!',
      'cpp',
      'AutoMoc error',
    ],
    [
      'error: undefined symbol: _ZNSt3__212basic_stringIcNS_11char_traitsIcEENS_9allocatorIcEEEC1ERKS5_ (referenced by top-level compiled C/C++ code)',
      'cpp',
      'undefined reference',
    ],
    [
      "x86_64-unknown-freebsd-ld: error: version script assignment of 'CDIO_19' to symbol 'cdio_have_bsdi' failed: symbol not defined",
      'c',
      'version script assignment failed',
    ],
    [
      '==2041== Conditional jump or move depends on uninitialised value(s)\n==2041==    at 0x4E884EB: vfprintf (vfprintf.c:1632)',
      'c',
      'uninitialised value',
    ],
    [
      "E0709 10:17:27.723595   34196 memcache.go:265] couldn't get current server API group list: getting credentials: exec: executable gke-gcloud-auth-plugin not found\n\nIt looks like you are trying to use a client-go credential plugin that is not installed.",
      'kubernetes',
      'credential plugin not found',
    ],
    ['Error: UPGRADE FAILED: "rancher-logging" has no deployed releases', 'kubernetes', 'has no deployed releases'],
    [
      '\t[ERROR FileContent--proc-sys-net-ipv4-ip_forward]: /proc/sys/net/ipv4/ip_forward contents are not set to 1',
      'kubernetes',
      'preflight check failed',
    ],
    [
      '{"level":"error","msg":"Error scraping node metrics: the server is currently unable to handle the request (get nodes.metrics.k8s.io)"}',
      'kubernetes',
      'ServiceUnavailable',
    ],
    [
      'Error: template: harbor/templates/registry/registry-svc.yaml:13:14: executing "harbor/templates/registry/registry-svc.yaml" at <.Values.metrics.enabled>: nil pointer evaluating interface {}.enabled',
      'kubernetes',
      'nil pointer evaluating interface',
    ],
    [
      'ReplicaSet   Warning   FailedCreate   replicaset-controller   (combined from similar events): Error creating: pods "api-1" is forbidden: exceeded quota: namespace-quota, requested: limits.cpu=1',
      'kubernetes',
      'FailedCreate',
    ],
  ])('%j is %s / %s', (error, language, errorType) => expectRecognised(error, language, errorType));

  it.each([
    [
      'make[2]: *** [CMakeFiles/foo.dir/build.make:76: CMakeFiles/foo.dir/main.c.o] Fehler 1',
      'make[2]: *** [CMakeFiles/foo.dir/build.make:76: CMakeFiles/foo.dir/main.c.o] Error 1',
    ],
    ['make: *** [all] Erreur 2', 'make: *** [all] Error 2'],
    [
      'Makefile:5: *** fehlender Trenner (Meinten Sie TAB anstelle von 8 Leerzeichen?).  Schluss.',
      'Makefile:5: *** missing separator (did you mean TAB instead of 8 spaces?).  Stop.',
    ],
    [
      'make: *** Keine Regel vorhanden, um das Ziel „src/util.c“,\n  benötigt von „build/util.o“, zu erstellen.  Schluss.',
      "make: *** No rule to make target 'src/util.c', needed by 'build/util.o'.  Stop.",
    ],
    [
      "make: *** 'build/util.o' に必要なターゲット 'src/util.c' を make するルールがありません.  中止.",
      "make: *** No rule to make target 'src/util.c', needed by 'build/util.o'.  Stop.",
    ],
    ['make: *** Нет правила для сборки цели «src/util.c».  Останов.', "make: *** No rule to make target 'src/util.c'.  Stop."],
  ])("reads make's localised %j in English", (localised, english) => {
    expect(delocalise(localised)).toBe(english);
  });

  it('answers a localised make error by its English pattern, keeping the target', () => {
    const t = answer('make: *** Aucune règle pour fabriquer la cible « src/util.c », nécessaire pour « build/util.o ». Arrêt.');
    expect(t.error_type).toBe('No rule to make target');
    expect(t.summary).toContain('src/util.c');
  });

  it("reads the assembler's localised severity after a .S file's location", () => {
    expectRecognised(
      "MNNConvRunForLineDepthwiseFP16.S:89: 错误： selected processor does not support fp16 instruction -- `vmla.f16 q8,q3,q0'",
      'c',
      'selected processor does not support',
    );
  });

  it("leaves make's summary line to the error above it", () => {
    expectRecognised(
      'main.c:3:10: fatal error: util.h: No such file or directory\ncompilation terminated.\nmake: *** [Makefile:4: main.o] Error 1',
      'c',
      'missing header',
    );
    expectRecognised(
      'Traceback (most recent call last):\n  File "gen.py", line 2, in <module>\nValueError: bad header\nmake: *** [Makefile:9: gen] Error 1',
      'python',
      'ValueError',
    );
  });

  it('says what an exit status of a failed recipe means', () => {
    expect(answer('make: *** [Makefile:20: build] Error 137').explanation).toMatch(/out of memory/);
    expect(answer('make: *** [Makefile:20: build] Error 127').explanation).toMatch(/not installed or not on PATH/);
  });

  it("gives mktemp's fix a template both GNU and BSD accept, named after the user's", () => {
    const code = answer("mktemp: too few X's in template ‘gh-montage’").fixes[0].code ?? '';
    expect(code).toContain('gh-montage.XXXXXX');
  });

  it("names the health check's service and the compose settings that wait for it", () => {
    const t = answer('dependency failed to start: container app-db-1 is unhealthy');
    expect(t.summary).toContain('app-db-1');
    expect(t.fixes[0].code).toContain('start_period');
  });
});

describe('a paste whose every line shares its start', () => {
  const traceback =
    'Traceback (most recent call last):\n  File "app.py", line 3, in <module>\n    import requests\nModuleNotFoundError: No module named \'requests\'';

  it.each([
    ['indented as a Markdown code block', traceback.replace(/^/gm, '    ')],
    ['indented with a tab', traceback.replace(/^/gm, '\t')],
    ['quoted in a reply', traceback.replace(/^/gm, '> ')],
  ])('reads an error %s like the bare one', (_how, pasted) => {
    const t = answer(pasted);
    expect([t.language, t.error_type, t.summary]).toEqual([answer(traceback).language, 'ModuleNotFoundError', answer(traceback).summary]);
  });

  it('keeps the indentation inside the text', () => {
    expect(normalise('    main.c:3:10: fatal error: util.h: No such file or directory\n        3 | #include "util.h"')).toBe(
      'main.c:3:10: fatal error: util.h: No such file or directory\n    3 | #include "util.h"',
    );
  });
});

describe('Kubernetes clusters in operation of the twentieth rounds (knowledge/kubernetes-cluster.patterns.ts)', () => {
  it.each([
    [
      'Error: kube-system/aws-auth failed to run apply: Apply failed with 1 conflict: conflict with "vpcLambda" using v1: .data.mapRoles',
      'Conflict',
    ],
    [
      'error when evicting pods/"web-5d8f" -n "shop" (will retry after 5s): Cannot evict pod as it would violate the pod\'s disruption budget.',
      'Cannot evict pod',
    ],
    [
      'error: unable to drain node "worker1" due to error: cannot delete Pods with local storage (use --delete-emptydir-data to override): default/cache-0',
      'pods with local storage',
    ],
    [
      'horizontal-pod-autoscaler  failed to get cpu utilization: missing request for cpu in container app of Pod api-1',
      'FailedGetResourceMetric',
    ],
    [
      'E0413 10:53:52.844381    3263 kubelet.go:2055] "Skipping pod synchronization" err="PLEG is not healthy: pleg was last seen active 3m7s ago; threshold is 3m0s"',
      'PLEG is not healthy',
    ],
    [
      'Container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized',
      'NetworkPluginNotReady',
    ],
    [
      'status:\n  conditions:\n  - message: Job has reached the specified backoff limit\n    reason: BackoffLimitExceeded\n    type: Failed',
      'BackoffLimitExceeded',
    ],
    [
      'Error from server (Forbidden): error when creating "sa.yaml": serviceaccounts "x" is forbidden: unable to create new content in namespace kubeflow because it is being terminated',
      'Forbidden',
    ],
    [
      '2019-04-17T00:18:44.486Z [FATAL] plugin/loop: Loop (127.0.0.1:34614 -> :53) detected for zone ".", see https://coredns.io/plugins/loop#troubleshooting.',
      'loop detected',
    ],
    [
      'E0816 11:08:45.179697    9528 portforward.go:327] an error occurred forwarding 37017 -> 27017: unable to do port forwarding: socat not found.',
      'socat not found',
    ],
    ['error: unable to upgrade connection: pod does not exist', 'unable to upgrade connection'],
    [
      'Error from server (InternalError): Internal error occurred: conversion webhook for example.io/v1alpha1, Kind=Tenant\nfailed: Post "https://webhook-service.system.svc:443/convert?timeout=30s": service "webhook-service" not found',
      'conversion webhook failed',
    ],
    [
      'Error from server (BadRequest): admission webhook "validate.nginx.ingress.kubernetes.io" denied the request: host "_" and path "/x" is already defined in ingress x/y',
      'admission webhook denied the request',
    ],
    [
      'Event(v1.ObjectReference{Kind:"PersistentVolumeClaim"}): type: \'Warning\' reason: \'VolumeResizeFailed\' resize volume "pvc-1" by resizer "ebs.csi.aws.com" failed: rpc error',
      'VolumeResizeFailed',
    ],
    [
      'level=error msg="InvalidChangeBatch: [RRSet of type A with DNS name demo.example.io. is not permitted because a conflicting RRSet of type  CNAME with the same DNS name already exists]"',
      'InvalidChangeBatch',
    ],
    [
      'Failed to create Order: 429 urn:ietf:params:acme:error:rateLimited: Error creating new order :: too many failed authorizations recently',
      'rateLimited',
    ],
    ['Unable to connect to the server: x509: certificate has expired or is not yet valid', 'certificate has expired or is not yet valid'],
    ['因 GUEST_START 错误而退出：failed to start node: wait: /bin/bash -c "sudo env PATH=..."', 'GUEST_START'],
  ])('%j is kubernetes / %s', (error, errorType) => expectRecognised(error, 'kubernetes', errorType));

  it('names the field manager that owns the field, and the flag that takes it over', () => {
    const t = answer('Apply failed with 1 conflict: conflict with "helm" using apps/v1: .spec.replicas');
    expect(t.summary).toContain('.spec.replicas');
    expect(t.fixes[0].steps.join(' ')).toContain('helm');
    expect(t.fixes[0].code).toContain('--force-conflicts');
  });

  it("explains a namespace's deletion by the namespace it names", () => {
    const t = answer('unable to create new content in namespace rp-1 because it is being terminated');
    expect(t.fixes[0].code).toContain('kubectl get namespace rp-1');
  });
});

describe("a log's level word and the message's own first word", () => {
  it.each([
    ["2024-03-01T10:15:00.123456789Z ERROR 1273 (HY000) at line 25: Unknown collation: 'utf8mb4_0900_ai_ci'", 'sql', '1273'],
    [
      'Mar 01 10:15:00 host app[812]: error during connect: Get http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.40/info: open //./pipe/docker_engine: The system cannot find the file specified.',
      'docker',
      'Cannot connect to the Docker daemon',
    ],
    [
      '2024-03-01 10:15:00,123 ERROR Traceback (most recent call last):\n  File "app.py", line 1, in <module>\nKeyError: \'id\'',
      'python',
      'KeyError',
    ],
  ])('keeps %j readable after the time stamp', (error, language, errorType) => expectRecognised(error, language, errorType));
});

describe('the language of an error no pattern knows, from where it was pasted', () => {
  it.each([
    ['u@host:~/app$ frobnicate --all\nfrobnicate: widget cache is stale', 'shell'],
    ['$ sudo mount /dev/sdb1 /mnt\nsomething odd happened to the superblock', 'shell'],
    ['kubeadm join 10.0.0.1:6443 hung: the discovery token is not what the cluster expects', 'kubernetes'],
    ['apiVersion: v1\nkind: ConfigMap\nthe operator says the data block is malformed', 'kubernetes'],
  ])('%j is answered as %s', (error, language) => {
    expect(answer(error).language).toBe(language);
  });

  it('lets any evidence of another language outweigh a shell prompt', () => {
    expect(answer('$ python app.py\nTraceback (most recent call last):\n  File "app.py", line 1, in <module>\nKeyError: \'id\'').language).toBe(
      'python',
    );
  });
});

describe('Docker on its platforms of the twentieth rounds (issue 12)', () => {
  it.each([
    ['Error processing tar file(exit status 1): archive/tar: invalid tar header', 'docker', 'invalid tar header'],
    ['$ docker load\nrequested load from stdin, but stdin is empty', 'docker', 'requested load from stdin, but stdin is empty'],
    [
      'ERROR: cache export feature is currently not supported for docker driver. Please switch to a different driver (eg. "docker buildx create --use")',
      'docker',
      'cache export feature is currently not supported',
    ],
    [
      'ERROR: Attestation is not supported for the docker driver.\nSwitch to a different driver, or turn on the containerd image store, and try again.',
      'docker',
      'Attestation is not supported for the docker driver',
    ],
    ['$ docker buildx bake api\nERROR: failed to find target api', 'docker', 'failed to find target'],
    ['ERROR: no builder "ci-builder" found', 'docker', 'no builder found'],
    [
      "WARNING: The requested image's platform (linux/arm64/v8) does not match the detected host platform (linux/amd64/v4) and no specific platform was requested",
      'docker',
      'does not match the detected host platform',
    ],
    [
      'docker: Error response from daemon: image with reference api:dev was found but does not match the specified platform: wanted linux/amd64, actual: linux/arm64/v8.',
      'docker',
      'does not match the specified platform',
    ],
    ['rosetta error: failed to open elf at /lib64/ld-linux-x86-64.so.2\n Trace/breakpoint trap', 'docker', 'failed to open elf'],
    [
      '$ docker ps\nCurrent context "desktop-linux" is not found on the file system, please check your config file at /home/dev/.docker/config.json',
      'docker',
      'context not found',
    ],
    ['docker context use remote\ncontext "remote" does not exist', 'docker', 'context does not exist'],
    ["$ docker compose --env-file .env.prod up -d\ncouldn't find env file: /srv/shop/.env.prod", 'docker', "Couldn't find env file"],
    [
      '$ docker compose up\nerror while interpolating services.db.environment.[]: required variable POSTGRES_PASSWORD is missing a value: set it in .env',
      'docker',
      'required variable is missing a value',
    ],
    [
      'ERROR: Invalid interpolation format for "command" option in service "worker": "sh -c \'echo $HOME\'"',
      'docker',
      'Invalid interpolation format',
    ],
    ["$ docker-compose up\nERROR: Cannot extend service 'common' in base.yml: Service not found", 'docker', 'Cannot extend service'],
    ["$ docker compose watch\nservice redis doesn't have a build section", 'docker', "doesn't have a build section"],
    [
      '$ nerdctl run -d -p 8080:80 nginx\nFATA[0000] needs CNI plugin "portmap" to be installed in CNI_PATH ("/usr/local/libexec/cni"), see https://github.com/containernetworking/plugins/releases: exec: "/usr/local/libexec/cni/portmap": stat /usr/local/libexec/cni/portmap: no such file or directory',
      'docker',
      'needs CNI plugin',
    ],
    [
      '$ sudo crictl ps\nE0312 10:01:02.123456 4242 remote_runtime.go:390] "ListContainers with filter from runtime service failed"\nFATA[0000] validate service connection: validate CRI v1 runtime API for endpoint "unix:///var/run/dockershim.sock": rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial unix /var/run/dockershim.sock: connect: no such file or directory"',
      'docker',
      'Unavailable',
    ],
    [
      "Mar 02 09:12:01 web01 firewalld[901]: WARNING: COMMAND_FAILED: '/usr/sbin/iptables -w10 -t nat -D PREROUTING -m addrtype --dst-type LOCAL -j DOCKER' failed: iptables: No chain/target/match by that name.",
      'docker',
      'No chain/target/match by that name',
    ],
    [
      '[11:02:40.112][SambaShare     ][Error  ] Unable to mount D drive: 10.0.75.1 (10.0.75.1:445) open\nmount error(112): Host is down\nRefer to the mount.cifs(8) manual page (e.g. man mount.cifs)',
      'docker',
      'mount error(112): Host is down',
    ],
    [
      "$ colima start --arch x86_64\nINFO[0000] starting colima\nFATA[0003] error starting vm: error at 'starting': exit status 1",
      'docker',
      'error starting vm',
    ],
    [
      '$ docker ps\nerror during connect: Get "http://10.0.0.20:2375/v1.43/containers/json": dial tcp 10.0.0.20:2375: connect: connection refused',
      'docker',
      'Cannot connect to the Docker daemon',
    ],
    ['dockerd[812]: Can\'t create ID mappings: no subuid ranges found for user "dockremap"', 'docker', "Can't create ID mappings"],
    [
      'Status: Downloading\nfailed to register layer: devmapper: Thin Pool has 4012 free data blocks which is less than minimum required 4096 free data blocks. Create more free space in thin pool or use dm.min_free_space option to change behavior',
      'docker',
      'failed to register layer',
    ],
    [
      '[ERROR] Failed to execute goal com.spotify:dockerfile-maven-plugin:1.4.13:build (default) on project shop: Could not build image: devmapper: Thin Pool has 9000 free data blocks which is less than minimum required 9011 free data blocks. Create more free space in thin pool or use dm.min_free_space option to change behavior -> [Help 1]',
      'docker',
      'free data blocks which is less than minimum required',
    ],
  ])('%j', (text, language, errorType) => {
    expectRecognised(text, language, errorType);
  });

  it('names the variable compose requires and the env file it could not find in the fixes', () => {
    const required = answer('required variable API_TOKEN is missing a value: Set API_TOKEN in .env');
    expect(required.summary).toContain('API_TOKEN');
    expect(required.fixes[0].code).toContain('API_TOKEN=');
    const envFile = answer("ERROR: Couldn't find env file: /opt/stack/db.env");
    expect(envFile.fixes[0].code).toContain('/opt/stack/db.env');
  });

  it("gives the CNI plugin's directory, the userns-remap user and the bake target back in the fixes", () => {
    expect(
      answer(
        'needs CNI plugin "bridge" to be installed in CNI_PATH ("/opt/cni/bin"), see https://github.com/containernetworking/plugins/releases',
      ).fixes[0].code,
    ).toContain('/opt/cni/bin/bridge');
    expect(answer('Can\'t create ID mappings: No subuid ranges found for user "remapper"').fixes[0].code).toContain('remapper:165536:65536');
    expect(answer('ERROR: failed to find target frontend').fixes[0].code).toContain('--print frontend');
  });
});

describe('terminals, accounts, sudo, mounts, gpg, curl, direnv and version managers of the twentieth rounds (issue 12)', () => {
  it.each([
    [
      'gpg: signing failed: Inappropriate ioctl for device\ngpg: [stdin]: clear-sign failed: Inappropriate ioctl for device',
      'shell',
      'Inappropriate ioctl for device',
    ],
    ["app[web.1]: stty: 'standard input': Inappropriate ioctl for device", 'shell', 'Inappropriate ioctl for device'],
    ['stty: 标准输入: 对设备不适当的 ioctl 操作', 'shell', 'Inappropriate ioctl for device'],
    ['mesg: ttyname failed: Inappropriate ioctl for device', 'shell', 'Inappropriate ioctl for device'],
    ['bash: cannot set terminal process group (1): Inappropriate ioctl for device', 'shell', 'cannot set terminal process group'],
    [
      'tput: No value for $TERM and no -T specified\ntput: No value for $TERM and no -T specified',
      'shell',
      'No value for $TERM and no -T specified',
    ],
    ["'xterm-kitty': unknown terminal type.", 'shell', 'unknown terminal type'],
    ["useradd: user 'app' already exists", 'shell', 'user already exists'],
    ['useradd: group deploy exists - if you want to add this user to that group, use -g.', 'shell', 'group exists'],
    ["groupadd: group 'docker' already exists", 'shell', 'group already exists'],
    ["usermod: group 'docker' does not exist", 'shell', 'group does not exist'],
    ["adduser: user 'node' in use", 'shell', 'user in use'],
    ['passwd: Authentication token manipulation error\npasswd: password unchanged', 'shell', 'Authentication token manipulation error'],
    ['passwd: 認証トークン操作エラー', 'shell', 'Authentication token manipulation error'],
    ['su: Authentication failure', 'shell', 'Authentication failure'],
    ['tr: Illegal byte sequence', 'shell', 'Illegal byte sequence'],
    ['sed: RE error: illegal byte sequence', 'shell', 'Illegal byte sequence'],
    ['umount: /mnt/backup: target is busy.', 'shell', 'target is busy'],
    [
      'mount: /mnt/usb: wrong fs type, bad option, bad superblock on /dev/sdb1, missing codepage or helper program, or other error.',
      'shell',
      'wrong fs type',
    ],
    ['date: illegal time format\nusage: date [-jnRu] [-d dst] [-r seconds] [-t west]', 'shell', 'illegal time format'],
    ['curl: (23) Failed writing body (0 != 16384)', 'shell', 'Failed writing body'],
    // Newer curls word the same exit status 23 otherwise; the label stays the classic wording.
    ['curl: (23) Failure writing output to destination, passed 1369 returned 0', 'shell', 'Failed writing body'],
    ['curl: (23) client returned ERROR on write of 16384 bytes', 'shell', 'Failed writing body'],
    ['sh: 12: Syntax error: "(" unexpected\ncurl: (23) Failure writing output to destination', 'shell', 'syntax error'],
    ['sudo: unknown user: root\nsudo: unable to initialize policy plugin', 'shell', 'unknown user'],
    [
      "sudo: effective uid is not 0, is /usr/bin/sudo on a file system with the 'nosuid' option set or an NFS file system without root privileges?",
      'shell',
      'effective uid is not 0',
    ],
    ['direnv: error /home/me/app/.envrc is blocked. Run `direnv allow` to approve its content', 'shell', 'is blocked'],
    ["pyenv: version `3.11.4' is not installed (set by /home/me/app/.python-version)", 'shell', 'version is not installed'],
    ["rbenv: version `3.2.2' is not installed (set by /app/.ruby-version)", 'shell', 'version is not installed'],
    ['gpg: keyserver receive failed: No data', 'shell', 'keyserver receive failed'],
    ['gpg: signing failed: No secret key', 'shell', 'No secret key'],
    ['Running in chroot, ignoring request.', 'shell', 'Running in chroot, ignoring request'],
  ])('%j is %s / %s', (text, language, errorType) => {
    expectRecognised(text, language, errorType);
  });

  it('names the user, the group and the version from the text in the answer', () => {
    const account = answer("useradd: user 'netdata' already exists");
    expect(account.summary).toContain('netdata');
    expect(account.fixes[0].code).toContain('id -u netdata');
    const group = answer('useradd: group rullmann exists - if you want to add this user to that group, use -g.');
    expect(group.fixes[0].code).toContain('useradd -g rullmann');
    const version = answer("pyenv: version `3.9.13' is not installed (set by /home/circleci/project/.python-version)");
    expect(version.fixes[0].code).toContain('pyenv install 3.9.13');
    expect(version.fixes[0].code).toContain('/home/circleci/project/.python-version');
  });

  it('tells gpg where to prompt, and fetches the key the command line names', () => {
    expect(answer('gpg: signing failed: Inappropriate ioctl for device').fixes[0].code).toContain('export GPG_TTY=$(tty)');
    const keyserver = answer(
      'sudo apt-key adv --keyserver hkp://pgp.mit.edu:80 --recv-keys 379CE192D401AB61\ngpg: keyserver receive failed: No data',
    );
    expect(keyserver.summary).toContain('379CE192D401AB61');
    expect(keyserver.fixes[0].code).toContain('--recv-keys 379CE192D401AB61');
    expect(answer('umount: /boot: target is busy').fixes[0].code).toContain('fuser -vm /boot');
  });
});

describe('gcc and clang diagnostics made errors, and C++ language rules, of the twentieth rounds (issue 12)', () => {
  it.each([
    [
      'menu.c:41:5: error: format not a string literal and no format arguments [-Werror=format-security]\n   41 |     printf(title);',
      'c',
      'format not a string literal',
    ],
    [
      'log.c:12:21: error: format string is not a string literal (potentially insecure) [-Werror,-Wformat-security]\n    syslog(LOG_ERR, msg);',
      'c',
      'format not a string literal',
    ],
    [
      'src/view.cpp:88:17: error: format not a string literal and no format arguments [-Werror=format-security]',
      'cpp',
      'format not a string literal',
    ],
    [
      "stats.c:30:12: error: format '%d' expects argument of type 'int', but argument 2 has type 'size_t' {aka 'long unsigned int'} [-Werror=format=]",
      'c',
      'format expects argument of type',
    ],
    [
      "dump.c:9:20: error: format specifies type 'int' but the argument has type 'long' [-Werror,-Wformat]",
      'c',
      'format expects argument of type',
    ],
    [
      "board.c:70:26: error: array subscript 0 is outside array bounds of 'uint32_t[0]' {aka 'unsigned int[]'} [-Werror=array-bounds]\ncc1: all warnings being treated as errors",
      'c',
      'array-bounds',
    ],
    [
      "src/ring.cc:12:9: error: array index 8 is past the end of the array (that has type 'int[8]') [-Werror,-Warray-bounds]",
      'cpp',
      'array-bounds',
    ],
    [
      "net.c:88:5: error: 'memcpy' writing 16 bytes into a region of size 8 overflows the destination [-Werror=stringop-overflow=]",
      'c',
      'stringop-overflow',
    ],
    ["cfg.c:41:5: error: 'strncpy' specified bound 64 equals destination size [-Werror=stringop-truncation]", 'c', 'stringop-truncation'],
    [
      "path.c:22:37: error: '%s' directive output may be truncated writing up to 255 bytes into a region of size 64 [-Werror=format-truncation=]",
      'c',
      'format-truncation',
    ],
    [
      "id.c:14:3: error: 'sprintf' will always overflow; destination buffer has size 8, but format string expands to at least 12 [-Werror,-Wfortify-source]",
      'c',
      'stringop-overflow',
    ],
    [
      'src/game.cpp:228:23: error: ‘range’ may be used uninitialized in this function [-Werror=maybe-uninitialized]\ncc1plus: all warnings being treated as errors',
      'cpp',
      'may be used uninitialized',
    ],
    [
      "parse.c:55:9: error: variable 'len' is used uninitialized whenever 'if' condition is false [-Werror,-Wsometimes-uninitialized]",
      'c',
      'may be used uninitialized',
    ],
    ["io.c:31:10: error: 'fd' is used uninitialized [-Werror=uninitialized]", 'c', 'is used uninitialized'],
    ["tls.c:143:9: error: 'SHA256_Init' is deprecated: Since OpenSSL 3.0 [-Werror=deprecated-declarations]", 'c', 'is deprecated'],
    [
      "/build/libfoo/src/ssl.c:143:9:\n error: 'ERR_get_error_line_data' is deprecated: Since OpenSSL 3.0 [-Werror=deprecated-declarations]",
      'c',
      'is deprecated',
    ],
    [
      "src/owner.cpp:20:10: error: 'template<class> class std::auto_ptr' is deprecated [-Werror=deprecated-declarations]",
      'cpp',
      'is deprecated',
    ],
    [
      "include/meta.hpp:40:61: fatal error: template instantiation depth exceeds maximum of 900 (use '-ftemplate-depth=' to increase the maximum)\ncompilation terminated.",
      'cpp',
      'template instantiation depth exceeds maximum',
    ],
    [
      'src/list.cpp:14:5: fatal error: recursive template instantiation exceeded maximum depth of 1024',
      'cpp',
      'template instantiation depth exceeds maximum',
    ],
    [
      'src/io.cpp:9:12: error: ambiguous overload for ‘operator<<’ (operand types are ‘std::ostream’ {aka ‘std::basic_ostream<char>’} and ‘Id’)',
      'cpp',
      'is ambiguous',
    ],
    ["src/json.cpp:590:21: error: call to 'toString' is ambiguous", 'cpp', 'is ambiguous'],
    ['src/main.cpp:10:10: error: call of overloaded ‘abs(long unsigned int)’ is ambiguous', 'cpp', 'is ambiguous'],
    ["src/vec.cpp:30:12: error: conversion from 'Meters' to 'Length' is ambiguous", 'cpp', 'is ambiguous'],
    ['src/bqf.cpp:183:30: error: ‘uint64_t Bqf::count_size’ is private within this context', 'cpp', 'is private within this context'],
    ["src/shape.cpp:44:9: error: 'Shape::Shape()' is protected within this context", 'cpp', 'is protected within this context'],
    ["include/rmf/physics.h:119:28: error: 'mass_' is a private member of 'RMF::ParticleConst'", 'cpp', 'is private within this context'],
    ['src/app.cpp:12:9: error: cannot declare variable ‘w’ to be of abstract type ‘Writer’', 'cpp', 'abstract type'],
    ["src/app.cpp:12:9: error: variable type 'Shape' is an abstract class", 'cpp', 'abstract type'],
    ["src/app.cpp:20:14: error: allocating an object of abstract class type 'Shape'", 'cpp', 'abstract type'],
    [
      "terminate called after throwing an instance of 'std::bad_function_call'\n  what():  bad_function_call\nAborted (core dumped)",
      'cpp',
      'bad_function_call',
    ],
    ['libc++abi: terminating due to uncaught exception of type std::__1::bad_function_call: std::exception', 'cpp', 'bad_function_call'],
    ['main.c:53:8: error: redefinition of ‘struct gsm_config’\n   53 | struct gsm_config {', 'c', 'redefinition of'],
    ["compat.h:12:13: error: redefinition of typedef 'socklen_t'", 'c', 'redefinition of'],
    ["src/util.cpp:20:6: error: redefinition of 'int parse(const char*)'", 'cpp', 'redefinition of'],
  ])('%j is %s / %s', (error, language, errorType) => expectRecognised(error, language, errorType));

  it('rewrites the printf-style call with a constant format, and names the uninitialised variable', () => {
    const format = answer(
      'jesd.c:182:9: error: format not a string literal and no format arguments [-Werror=format-security]\n  182 |         mvwprintw(win, y, x, label);',
    );
    expect(format.fixes[0].code).toBe('mvwprintw(win, y, x, "%s", label);');
    const uninit = answer(
      'src/game.cpp:228:23: error: ‘range’ may be used uninitialized [-Werror=maybe-uninitialized]\nsrc/game.cpp:214:9: note: ‘range’ was declared here\n  214 |     int range;',
    );
    expect(uninit.summary).toContain('range');
    expect(uninit.fixes[0].code).toBe('int range{};');
  });

  it('names the replacement of a deprecated OpenSSL function and the empty std::function that was called', () => {
    const deprecated = answer(
      "ssl.c:94:66: error: 'ERR_get_error_line_data' is deprecated: Since OpenSSL 3.0 [-Werror=deprecated-declarations]",
    );
    expect(deprecated.fixes[0].title).toContain('ERR_get_error_all');
    const call = answer(
      '#7  0x0000ffff8af3e3e0 in std::__throw_bad_function_call() () from /lib64/libstdc++.so.6\n#8  0x00000000004fc9c8 in std::function<void (Reply const&)>::operator()(Reply const&) const (this=0xffff85f57e08) at /usr/include/c++/12/bits/std_function.h:590\n#9  0x00000000004fd1a0 in Tracker::finish (this=0x1) at tracker.cc:88',
    );
    expect(call).toMatchObject({ language: 'cpp', error_type: 'bad_function_call' });
    expect(call.summary).toContain('std::function<void (Reply const&)>');
    expect(call.summary).toContain('Tracker::finish');
  });
});

describe("glibc's translated system errors", () => {
  it('reads the longer of two messages that start alike', () => {
    expect(delocalise('cd: /tmp/a.txt: Bir dizin değil')).toBe('cd: /tmp/a.txt: Not a directory');
    expect(delocalise('cat: /tmp: Bir dizin')).toBe('cat: /tmp: Is a directory');
  });
});

describe('C and C++ narrowing, constexpr calls and symbol versions (round 108)', () => {
  it.each([
    [
      "include/rrc.h:2354:181: error: narrowing conversion of '-96' from 'int' to 'int8 {aka char}' inside { } [-Wnarrowing]",
      'cpp',
      'narrowing conversion',
    ],
    [
      "src/tables.cc:18:5: error: constant expression evaluates to -1 which cannot be narrowed to type 'uint8_t' (aka 'unsigned char') [-Wc++11-narrowing]",
      'cpp',
      'narrowing conversion',
    ],
    [
      'src/grid.cpp:7:21: Fehler: verengende Umwandlung von »size« von »long unsigned int« nach »int« [-Wnarrowing]',
      'cpp',
      'narrowing conversion',
    ],
    [
      'simd/vec.h:115:27: error: call to non-‘constexpr’ function ‘__m128i _mm_mullo_epi64(__m128i, __m128i)’',
      'cpp',
      'call to non-constexpr function',
    ],
    ["./solver: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.34' not found (required by ./solver)", 'c', 'version not found'],
  ])('%j is %s / %s', (error, language, errorType) => expectRecognised(error, language, errorType));

  it('blames plain char for a negative constant, and names the function without its signature', () => {
    const narrowing = answer('src/t.cpp:3:20: error: narrowing conversion of ‘-1’ from ‘int’ to ‘int8’ {aka ‘char’} [-Wnarrowing]');
    expect(narrowing.explanation).toContain('unsigned on ARM');
    expect(narrowing.fixes[0].code).toContain('typedef int8_t int8;');
    const call = answer(
      'src/remez.cc:189:12: error: call to non-‘constexpr’ function ‘std::vector<_Tp, _Alloc>::reference std::vector<_Tp, _Alloc>::operator[](std::vector<_Tp, _Alloc>::size_type) [with _Tp = double; _Alloc = std::allocator<double>]’',
    );
    expect(call.summary).toContain('calls std::vector<_Tp, _Alloc>::operator[],');
    expect(call.explanation).toContain('C++20');
  });
});

describe('Kubernetes events, Helm, control planes and cloud CLIs (round 107)', () => {
  it.each([
    [
      "  Warning  FailedScheduling  20s  volcano  0/3 nodes are unavailable: 3 plugin NodeAffinity predicates failed node(s) didn't match Pod's node affinity.",
      'kubernetes',
      'FailedScheduling',
    ],
    [
      'Events:\n  Normal  FailedBinding  12s (x4 over 50s)  persistentvolume-controller  no persistent volumes available for this claim and no storage class is set',
      'kubernetes',
      'FailedBinding',
    ],
    [
      'NAME                    READY   STATUS                 RESTARTS   AGE\napi-6f7d9c8b5-7kq2w     0/1     CreateContainerError   0          40s',
      'kubernetes',
      'CreateContainerError',
    ],
    ['helm.go:84: [debug] parse error at (app/templates/secret.yaml:3): function "lookup" not defined', 'kubernetes', 'function not defined'],
    [
      '$ helm upgrade --install web ./chart --wait\nError: UPGRADE FAILED: timed out waiting for the condition',
      'kubernetes',
      'timed out waiting for the condition',
    ],
    [
      'W0301 10:00:01.000000       7 controller.go:1112] Service "shop/cart" does not have any active Endpoint.',
      'kubernetes',
      'does not have any active endpoints',
    ],
    ['{"level":"warn","msg":"failed to apply request","error":"etcdserver: leader changed"}', 'kubernetes', 'etcdserver: leader changed'],
    [
      'E0701 09:12:44.100 1 leaderelection.go:330] error retrieving resource lock kube-system/kube-scheduler: Operation cannot be fulfilled on leases.coordination.k8s.io "kube-scheduler": the object has been modified; please apply your changes to the latest version and try again',
      'kubernetes',
      'Conflict',
    ],
    [
      'Unable to connect to the server: getting credentials: exec: exec: "kubelogin": executable file not found in $PATH',
      'kubernetes',
      'credential plugin not found',
    ],
  ])('%j is %s / %s', (error, language, errorType) => expectRecognised(error, language, errorType));

  it('names the Azure identity, action and role, and the Helm 2 Tiller fix for a removed API', () => {
    const denied = answer(
      "(AuthorizationFailed) The client 'ci@contoso.com' with object id '0f0f0f0f-1111-2222-3333-444444444444' does not have authorization to perform action 'Microsoft.ContainerService/managedClusters/listClusterUserCredential/action' over scope '/subscriptions/1/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/prod' or the scope is invalid.",
    );
    expect(denied).toMatchObject({ language: 'kubernetes', error_type: 'AuthorizationFailed' });
    expect(denied.fixes[0].code).toContain('--assignee 0f0f0f0f-1111-2222-3333-444444444444');
    expect(denied.fixes[0].code).toContain('Azure Kubernetes Service Cluster User Role');
    const tiller = answer(
      '$HELM_HOME has been configured at /root/.helm.\nError: error installing: the server could not find the requested resource',
    );
    expect(tiller).toMatchObject({ language: 'kubernetes', error_type: 'NotFound' });
    expect(tiller.fixes[0].code).toContain('apps/v1');
  });
});

describe('shell errors: systemd start limits, dnf, certificate checks, Ansible results (round 105)', () => {
  it.each([
    [
      'Jun 02 09:14:55 db01 systemd[1]: start request repeated too quickly for mongod.service\nJun 02 09:14:55 db01 systemd[1]: Failed to start MongoDB Database Server.',
      'Start request repeated too quickly',
    ],
    ['Failed to resolve the transaction:\nNo match for argument: neovim-qt', 'No match for argument'],
    [
      "Error: Failed to download metadata for repo 'epel': Cannot download repomd.xml: Curl error (6): Couldn't resolve host name",
      'Failed to download metadata for repo',
    ],
    [
      'curl: (60) SSL certificate problem: self-signed certificate in certificate chain\nMore details here: https://curl.se/docs/sslcerts.html',
      'self-signed certificate in certificate chain',
    ],
    [
      'ERROR: The certificate of ‘files.example.com’ is not trusted.\nERROR: The certificate of ‘files.example.com’ has expired.',
      'The certificate has expired',
    ],
    ['Error: Permission denied @ rb_sysopen - /usr/local/var/homebrew/locks/node.formula.lock', 'permission denied'],
  ])('%j is shell / %s', (error, errorType) => {
    expectRecognised(error, 'shell', errorType);
  });

  it("reads the stderr of an Ansible task that passed, and says sh has no bash's [[", () => {
    const t = answer(
      'changed: [web1] => {"changed": true, "cmd": "if [[ -f /etc/app.conf ]]; then echo ok; fi", "rc": 0, "stderr": "/bin/sh: 1: [[: not found", "stdout": ""}',
    );
    expect(t).toMatchObject({ language: 'shell', error_type: 'command not found' });
    expect(t.fixes[0].code).toContain('/bin/bash');
  });

  it('leaves a start limit to the error of the program systemd kept restarting', () => {
    const t = answer(
      "Oct 25 17:11:05 host systemd[1]: worker.service: Main process exited, code=exited, status=101/n/a\nOct 25 17:11:05 host worker[629]: thread 'main' panicked at src/main.rs:12:5:\nOct 25 17:11:05 host worker[629]: called `Option::unwrap()` on a `None` value\nOct 25 17:11:05 host systemd[1]: worker.service: Start request repeated too quickly.",
    );
    expect(t).toMatchObject({ language: 'rust', error_type: 'unwrap on None' });
  });
});

describe('Docker builds, runtimes, registries, daemons and swarm (round 106)', () => {
  it.each([
    [
      "Step 6/13 : RUN apt-get update\n ---> Running in 7156a0fad623\nE: Method http has died unexpectedly!\nThe command '/bin/sh -c apt-get update' returned a non-zero code: 100",
      'docker',
      'returned a non-zero code',
    ],
    ['ERROR: failed to solve: process "/bin/sh -c apt-get update" did not complete successfully: exit code: 100', 'docker', 'failed to solve'],
    [
      '$ docker exec -it web bash\nOCI runtime exec failed: exec failed: container_linux.go:380: starting container process caused: exec: "bash": executable file not found in $PATH: unknown',
      'docker',
      'OCI runtime exec failed',
    ],
    [
      'Error: crun: executable file `gunicorn` not found in $PATH: No such file or directory: OCI runtime attempted to invoke a command that was not found',
      'docker',
      'executable file not found in $PATH',
    ],
    [
      "Error response from daemon: pull access denied for acme/api, repository does not exist                  or may require 'docker login': denied: requested access to the resource is denied",
      'docker',
      'pull access denied',
    ],
    [
      'this node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again',
      'docker',
      'This node is not a swarm manager',
    ],
    [
      '$ docker service ps web\nID    NAME    IMAGE    NODE    DESIRED STATE   CURRENT STATE    ERROR\nk2x   web.1   web:1            Running         Pending 1 minute ago   "no suitable node (scheduling constraints not satisfied on 1 node)"',
      'docker',
      'no suitable node',
    ],
    [
      'ERROR: for api  Cannot start service api: crun: open executable: Operation not permitted: OCI permission denied',
      'docker',
      'OCI permission denied',
    ],
    [
      'Nov 21 16:44:18 host dockerd[26519]: unable to configure the Docker daemon with file /etc/docker/daemon.json: the following directives are specified both as a flag and in the conf',
      'docker',
      'specified both as a flag and in the configuration file',
    ],
    [
      '# nerdctl run --rm --runtime=io.containerd.kata.v2 alpine true\nFATA[0004] failed to create shim task: ENOENT: No such file or directory: unknown',
      'docker',
      'failed to create shim task',
    ],
    [
      'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown.',
      'docker',
      'OCI runtime create failed',
    ],
  ])('%j is %s / %s', (error, language, errorType) => expectRecognised(error, language, errorType));

  it('names the directive set twice, the command docker exec could not find, and the swarm filter that failed', () => {
    const conflict = answer(
      'unable to configure the Docker daemon with file /etc/docker/daemon.json: the following directives are specified both as a flag and in the configuration file: hosts: (from flag: [fd://], from file: [tcp://0.0.0.0:2375])',
    );
    expect(conflict.fixes[0].title).toContain('hosts');
    expect(conflict.fixes[0].code).toContain('/etc/docker/daemon.json');
    const exec = answer(
      'OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown',
    );
    expect(exec.fixes[0].code).toContain('docker exec -it <container> sh');
    const swarm = answer('"no suitable node (insufficient resources on 3 nodes)"');
    expect(swarm.explanation).toContain('reservations');
  });
});
