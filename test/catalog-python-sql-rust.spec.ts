/**
 * Round 2 over Python, SQL and Rust: errors pasted in issues that the engine answered wrongly
 * (Flyway's report, rustc's old formats, pip's boxed subprocess output, a bare CUDA message,
 * Poetry 1.1's console header, MySQL's 1045 without a space), with guard rows that must keep
 * their answers. Pure: the rules engine alone.
 */
import { answer, expectRecognised, fixText } from './support/recognised';

describe('Flyway reports the database code in its own fields', () => {
  it.each([
    [
      'SQL State  : 22P04\nError Code : 0\nMessage    : ERROR: missing data for column "htmlvalue"\n  Where: COPY messagevalues, line 1: "1\t1\t48"\nLocation   : /home/niels/flyway/sql/V1__init.sql (/home/niels/flyway/sql/V1__init.sql)\nLine       : 2176',
      '22P04',
    ],
    [
      'ERROR: Unable to restore connection to its original state\nflyway-1  | --------------------------------------------------\nflyway-1  | SQL State  : 55000\nflyway-1  | Error Code : 0\nflyway-1  | Message    : ERROR: portal "" cannot be run',
      '55000',
    ],
    // MySQL and SQL Server fill in the vendor code, Oracle's message carries the ORA- code.
    ["SQL State  : 42S01\nError Code : 1050\nMessage    : Table 'users' already exists\nLocation   : db/migration/V2__users.sql", '1050'],
    ["SQL State  : S0001\nError Code : 2714\nMessage    : There is already an object named 'Users' in the database.", '2714'],
    ['SQL State  : 42000\nError Code : 955\nMessage    : ORA-00955: name is already used by an existing object', 'ORA-00955'],
    // Guard: a message another pattern knows keeps that pattern's answer.
    ['SQL State  : 28P01\nError Code : 0\nMessage    : FATAL: password authentication failed for user "postgres"', '28P01'],
  ])('%j is sql/%s', (error, code) => expectRecognised(error, 'sql', code));

  it('a Flyway exception with its Java stack stays the Java exception', () => {
    expectRecognised(
      'Exception in thread "main" org.flywaydb.core.internal.command.DbMigrate$FlywayMigrateException: Migration V5.0__create_test_table.sql failed\n---------------------------------------------\nSQL State  : null\nError Code : 0\nLocation   : migrations/V5.0__create_test_table.sql\nLine       : 1\n\tat org.flywaydb.core.internal.command.DbMigrate.doMigrateGroup(DbMigrate.java:357)',
      'java',
      'FlywayMigrateException',
    );
  });

  it('the fix repeats the server message', () => {
    expect(fixText('SQL State  : 22P04\nError Code : 0\nMessage    : ERROR: missing data for column "htmlvalue"')).toContain(
      'missing data for column "htmlvalue"',
    );
  });
});

describe('rustc: the formats before error[Exxxx]', () => {
  it.each([
    ['error: the trait bound `Self: std::marker::Sized` is not satisfied', 'E0277'],
    ['error: the trait bound `Foo: std::fmt::Display` is not satisfied\n  --> src/main.rs:9:5', 'E0277'],
    ['src/main.rs:4:5: 4:6 error: use of moved value: `v` [E0382]\nsrc/main.rs:4     v.len();\n                   ^', 'E0382'],
    [
      'error: mismatched types:\n expected `u32`,\n    found `i32`\n(expected u32,\n    found i32) [E0308]\nsrc/main.rs:4     let x: u32 = y;',
      'E0308',
    ],
    // Guards: today's format keeps its code, the first error of several wins.
    ['error[E0277]: the trait bound `str: StdError` is not satisfied\n   --> src\\reporter\\query.rs:97:40', 'E0277'],
    [
      'rror[E0382]: use of moved value: `node`\n  --> src/first.rs:36:22\n\nerror: aborting due to previous error\n\nFor more information about this error, try `rustc --explain E0382`.\nerror: Could not compile `lists`.',
      'E0382',
    ],
  ])('%j is rust/%s', (error, code) => expectRecognised(error, 'rust', code));

  it('the fix names the bound', () => {
    expect(fixText('error: the trait bound `Foo: std::fmt::Display` is not satisfied')).toContain('Foo: std::fmt::Display');
  });
});

describe('Python: pip, Poetry and PyTorch as pasted', () => {
  it.each([
    [
      ' × python setup.py egg_info did not run successfully.\n  │ exit code: 1\n  ╰─> [7 lines of output]\n      Traceback (most recent call last):\n        File "<string>", line 2, in <module>\n        File "/tmp/pip-install-e8e3k85x/turtle_ea48579067a54014a24dbf3cc134043b/setup.py", line 40\n          except ValueError, ve:\n                 ^^^^^^^^^^^^^^\n      SyntaxError: multiple exception types must be parenthesized\n      [end of output]',
      'SyntaxError',
    ],
    [
      '[SolverProblemError]\nBecause tree depends on pymongo (3.11.3) which depends on dnspython (>=1.16.0,<1.17.0), dnspython is required.\nSo, because tree depends on dnspython (^2.1.0), version solving failed.',
      'SolverProblemError',
    ],
    [
      '`CUDA out of memory. Tried to allocate 2.26 GiB (GPU 0; 6.00 GiB total capacity; 781.59 MiB already allocated; 3.03 GiB free; 1.24 GiB reserved in total by PyTorch) `',
      'OutOfMemoryError',
    ],
    ['CUDA out of memory. Tried to allocate 20.00 MiB (GPU 0; 5.80 GiB total capacity; 4.36 GiB already allocated)', 'OutOfMemoryError'],
    // Guards: the class when shown, pip's own failure when the whole output is pasted.
    [
      'RuntimeError: CUDA out of memory. Tried to allocate 92.00 MiB (GPU 0; 1.96 GiB total capacity; 1.46 GiB already allocated',
      'RuntimeError',
    ],
    [
      'torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 1.70 GiB. GPU 0 has a total capacty of 6.00 GiB of which 0 bytes is free.',
      'OutOfMemoryError',
    ],
    [
      '  note: This error originates from a subprocess, and is likely not a problem with pip.\nerror: metadata-generation-failed\n\n× Encountered error while generating package metadata.\n╰─> See above for output.\n\nnote: This is an issue with the package mentioned above, not pip.',
      'metadata-generation-failed',
    ],
    [
      "  SolverProblemError\n\n  Because myapp depends on flask (>=9.0) which doesn't match any versions, version solving failed.",
      'SolverProblemError',
    ],
  ])('%j is python/%s', (error, type) => expectRecognised(error, 'python', type));

  it('a CUDA error other than the allocator message is not answered as out of memory', () => {
    expect(answer('RuntimeError: CUDA error: device-side assert triggered').error_type).not.toBe('OutOfMemoryError');
  });

  it('a Composer console header is still PHP', () => {
    expect(answer('  [RuntimeException]\n  Could not load package foo/bar in https://repo.packagist.org').language).toBe('php');
  });
});

describe('MySQL: 1045 however the client spaces it', () => {
  it.each([
    ["Error 1045 (28000): Access denied for user 'oneapi'@'172.24.0.7' (using password:YES)", '1045'],
    ["ERROR 1045 (28000) at line 1: Access denied for user 'msandbox'@'db01' (using password: YES)", '1045'],
    // Guards: no password clause is the socket-auth refusal, a database clause is 1044.
    ["ERROR 1698 (28000): Access denied for user 'root'@'localhost'", '1698'],
    ["ERROR 1044 (42000): Access denied for user 'app'@'%' to database 'shop'", '1044'],
  ])('%j is sql/%s', (error, code) => expectRecognised(error, 'sql', code));
});

describe('Pydantic, psql and cargo as pasted', () => {
  it.each([
    [
      'pydantic-settings-export: error: argument settings: 4 validation errors for Settings\ntype\n  Field required [type=missing, input_value={}, input_type=dict]\n    For further information visit https://errors.pydantic.dev/2.7/v/missing',
      'python',
      'ValidationError',
    ],
    [
      "  Field required [type=missing, input_value={'server_id': '69ef2763aa...latest_hash': '0c790ad'}, input_type=dict]\n\n    For further information visit https://errors.pydantic.dev/2.13/v/missing",
      'python',
      'ValidationError',
    ],
    [
      'settings = Settings()\npydantic.error_wrappers.ValidationError: 1 validation error for Settings\nDATABASE_URL\n  field required (type=value_error.missing)',
      'python',
      'ValidationError',
    ],
    ['psql: error: could not connect to server: FATAL:  password authentication failed for user', 'sql', '28P01'],
    [
      "I am getting the error: `no matching package named 'argon2' found` when I run `cargo --offline fetch --manifest-path Cargo.toml`.",
      'rust',
      'no matching package',
    ],
    // Guards: another class before the count is that class; the quoted user and backticked crate keep their answers.
    [
      'langchain_core.exceptions.OutputParserException: 1 validation error for Answer\nscore\n  Input should be a valid integer',
      'python',
      'OutputParserException',
    ],
    ['psycopg2.OperationalError: FATAL:  password authentication failed for user "nfldb"', 'python', 'OperationalError'],
    [
      'error: no matching package named `quickersort` found\nlocation searched: registry `crates-io`\nrequired by package `pcp v0.2.0`',
      'rust',
      'no matching package',
    ],
  ])('%j is %s/%s', (error, language, type) => expectRecognised(error, language, type));

  it('the fix names the model', () => {
    expect(
      fixText(
        'pydantic_core._pydantic_core.ValidationError: 2 validation errors for Settings\nAPI_ID\n  Field required [type=missing, input_value={}, input_type=dict]',
      ),
    ).toContain('Settings');
  });
});

describe('the new patterns stay linear', () => {
  it.each([
    ['did not run successfully.' + '\n      x'.repeat(4000)],
    ['SQL State  : 22P04\n' + 'Error Code : 0 '.repeat(4000)],
    ['error: ' + 'mismatched types '.repeat(2000) + '\n'.repeat(2000)],
    ['`CUDA out of memory. '.repeat(3000)],
    ['[type=missing, input_value=' + '{'.repeat(8000)],
    ['Err: 1 validation error for ' + 'x.'.repeat(4000)],
  ])('a long near-miss is answered quickly', (error) => {
    const time = (text: string): number => {
      const start = process.hrtime.bigint();
      answer(text);
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    time(error);
    const single = time(error);
    const double = time(error + error);
    expect(double).toBeLessThan(Math.max(single * 4, 200));
  });
});
