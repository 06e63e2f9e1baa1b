/**
 * Errors as people paste them (issue 12): localised database messages, database errors raised
 * inside a program's trace, and log noise around the error. Pure: the rules engine alone.
 */
import { errorTypeMatches } from '../bench/evaluation';
import { delocalise } from '../src/translator/rules/localised';
import { RulesEngine } from '../src/translator/rules/rules-engine';

const engine = new RulesEngine();
const answer = (error: string) => engine.analyse({ error }).translation;

describe('localised database messages', () => {
  it.each([
    ['FEHLER:  Relation »users« existiert nicht', 'ERROR:  relation "users" does not exist'],
    ["ERREUR:  la relation « users » n'existe pas", 'ERROR:  relation "users" does not exist'],
    ['ERROR:  no existe la relación «users»', 'ERROR:  relation "users" does not exist'],
    ['ОШИБКА:  отношение "users" не существует', 'ERROR:  relation "users" does not exist'],
    ['错误:  关系 "users" 不存在', 'ERROR:  relation "users" does not exist'],
    ['ERROR:  リレーション"users"は存在しません', 'ERROR:  relation "users" does not exist'],
    ["ERREUR:  la colonne « emial » de la relation « users » n'existe pas", 'ERROR:  column "emial" does not exist'],
    ['FEHLER:  doppelter Schlüsselwert verletzt Unique-Constraint »users_email_key«', 'ERROR:  duplicate key value violates unique constraint "users_email_key"'],
    ['致命错误:  用户 "postgres" Password 认证失败', 'FATAL:  password authentication failed for user "postgres"'],
    ['FATAL:  Datenbank »shop« existiert nicht', 'FATAL:  database "shop" does not exist'],
    ["Meldung 208, Ebene 16, Status 1, Zeile 1\nUngültiger Objektname 'dbo.Orders'.", "Msg 208, Level 16, State 1, Zeile 1\nInvalid object name 'dbo.Orders'."],
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

  it('answers a localised SQL Server error by its number', () => {
    expect(answer("Meldung 207, Ebene 16, Status 1, Zeile 4\nUngültiger Spaltenname 'database_id'.")).toMatchObject({ language: 'sql', error_type: '207' });
  });
});

describe('database errors raised inside programs', () => {
  it.each([
    [
      'Traceback (most recent call last):\n  File "/app/db.py", line 3, in <module>\n    cur.execute("SELECT * FROM users")\npsycopg2.errors.UndefinedTable: relation "users" does not exist',
      'python',
      'UndefinedTable',
    ],
    ['(psycopg2.OperationalError) FATAL: sorry, too many clients already (Background on this error at: http://sqlalche.me/e/e3q8)', 'python', 'OperationalError'],
    ['ActiveRecord::StatementInvalid: PG::UndefinedTable: ERROR:  relation "accounts" does not exist', 'ruby', 'StatementInvalid'],
    ['PG::UniqueViolation: ERROR:  duplicate key value violates unique constraint "orders_pkey"', 'ruby', 'UniqueViolation'],
    ['org.postgresql.util.PSQLException: ERROR: deadlock detected\n  Detail: Process 18159 waits for ShareLock on transaction 2815559726; blocked by process 16886.', 'java', 'PSQLException'],
    [
      "error: relation \"orders\" does not exist\n    at Parser.parseErrorMessage (/app/node_modules/pg-protocol/dist/parser.js:287:98)\n  code: '42P01'",
      'javascript',
      '42P01',
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

describe('errors no pattern knows yet', () => {
  it.each([
    ['ERROR 3780 (HY000): Referencing column and referenced column in foreign key are incompatible.', 'sql', '3780'],
    ['Msg 9002, Level 17, State 4, Line 1\nThe transaction log for database is full.', 'sql', '9002'],
    ["node:internal/process/esm_loader:40\n  code: 'ERR_SOMETHING_NEW'\n    at Object.<anonymous> (/app/index.js:1:1)", 'javascript', 'ERR_SOMETHING_NEW'],
  ])('%j is still named by the code it prints', (text, language, errorType) => {
    const t = answer(text);
    expect({ language: t.language, error_type: t.error_type }).toEqual({ language, error_type: errorType });
  });
});

describe('JavaScript pasted from browsers, bundlers and CI logs', () => {
  const answer = (error: string): [string, string] => {
    const t = engine.analyse({ error }).translation;
    return [t.language, t.error_type];
  };

  it('names a library error class printed inside brackets or after a console prefix', () => {
    expect(answer("Uncaught Error in auth listener: [SupabaseAuthError: Invalid login credentials] {\n  status: 400\n}")).toEqual(['javascript', 'SupabaseAuthError']);
    expect(answer('vendor.js:2291 ERROR StripeCardError: Your card was declined.\n    at handle (vendor.js:88)')).toEqual(['javascript', 'StripeCardError']);
  });

  it('answers a Node.js SyntaxError inside a Maven log as JavaScript, not Python', () => {
    const log = "[INFO] Running 'npm run build'\n[ERROR] /srv/app/tools/gen.js:7\n[ERROR] const x = {;\n[ERROR] SyntaxError: Unexpected token ';'\n[ERROR]     at Module._compile (node:internal/modules/cjs/loader:1105:14)";
    expect(answer(log)).toEqual(['javascript', 'SyntaxError']);
  });

  it('reads an error tracker frame with a script URL as JavaScript', () => {
    expect(answer("TypeError: Unable to get property 'total' of undefined or null reference\n  File \"https://shop.example.org/static/cart.js\", line 12, in Global code")).toEqual(['javascript', 'TypeError']);
  });

  it('rewrites localised Internet Explorer messages to English', () => {
    expect(delocalise('无法获取未定义或 null 引用的属性“price”')).toBe("Unable to get property 'price' of undefined or null reference");
    expect(answer("未定義または NULL 参照のプロパティ 'items' は取得できません")).toEqual(['javascript', 'TypeError']);
  });

  it('names bundler and linter failures by their phrases', () => {
    expect(answer('✘ [ERROR] Could not resolve "date-fns"\n\n    src/report.js:1:21:')).toEqual(['javascript', 'Could not resolve']);
    expect(answer('ERROR in ./src/Widget.jsx 4:9\nModule parse failed: Unexpected token (4:9)\nYou may need an appropriate loader to handle this file type.')).toEqual(['javascript', 'Module parse failed']);
    expect(answer('/home/ci/site/src/Nav.jsx\n  2:10  error  Parsing error: Unexpected token <')).toEqual(['javascript', 'Parsing error']);
  });

  it("does not answer a Python error with another language's catch-all", () => {
    expect(answer('Traceback (most recent call last):\n  File "app.py", line 3, in <module>\n    run()\nQuotaExceededError: daily limit reached')[0]).toBe('python');
  });
});
