import type { ErrorPattern } from '../rules/error-pattern';

/**
 * Round 2 over Python, SQL and Rust: wordings people paste that the earlier patterns missed — a
 * migration tool's report that carries the server's code in its own fields (Flyway), rustc's
 * messages from before the `error[E0277]` form (the code after the message, or none at all), and a
 * Python SyntaxError inside pip's captured subprocess output when only that block is pasted.
 */

const RUSTC_INDEX = { title: 'Rust compiler error index', url: 'https://doc.rust-lang.org/error_codes/error-index.html' };

/** Flyway reports the driver's SQLException: the SQLSTATE, the vendor code (0 on PostgreSQL) and the message. */
const flywayCode = (state: string | undefined, code: string | undefined, message: string | undefined): string => {
  const ora = /^ORA-\d{5}/.exec(message ?? '');
  if (ora) return ora[0];
  if (code && code !== '0') return code;
  return state ?? 'SQL State';
};

export const PYTHON_SQL_RUST_CATALOG_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'sql.flyway-sql-state',
    language: 'sql',
    // "SQL State  : 22P04\nError Code : 0\nMessage    : ERROR: missing data for column …" (docker compose may prefix each line).
    match:
      /SQL State {0,4}: (?<state>[0-9A-Z]{5})[ \t]*\n(?:[^\n|]{0,60}\| {0,4})?Error Code {0,4}: (?<code>-?\d{1,7})[ \t]*\n(?:[^\n|]{0,60}\| {0,4})?Message {0,6}: (?<message>[^\n]{1,300})/,
    errorType: (c) => flywayCode(c.state, c.code, c.message),
    category: 'database',
    priority: 10,
    summary: (c) => `A Flyway migration failed: the database answered ${c.error_type}: ${(c.message ?? '').trim()}`,
    explanation: (c) =>
      'Flyway ran a migration script and the database rejected one of its statements. The report gives the SQLSTATE, the ' +
      'vendor error code (always 0 on PostgreSQL, the error number on MySQL, SQL Server and Oracle) and the server\'s own message; ' +
      `"Location" and "Line" name the script and the statement. Here: ${(c.message ?? '').trim()}`,
    causes: [
      'The statement is wrong for the current schema (an object already exists, or is missing, because the database and the migration history disagree)',
      'Data the statement loads does not fit (a COPY row with missing columns, a constraint violated)',
      'The migration was written for another database or version',
    ],
    fixes: (c) => [
      {
        title: `Fix the statement the database rejected (${c.error_type})`,
        steps: [
          `Read the Message line: ${(c.message ?? '').trim()}`,
          'Open the script at the Location and Line Flyway shows, correct the statement, and run the migration again',
          'If the database was changed by hand, repair the history before migrating',
        ],
        code: 'flyway info\nflyway repair   # after a failed migration on a database without transactional DDL\nflyway migrate',
      },
    ],
    references: [
      { title: 'Flyway: migrate', url: 'https://documentation.red-gate.com/fd/migrate-184127460.html' },
      { title: 'PostgreSQL: Appendix A, error codes', url: 'https://www.postgresql.org/docs/current/errcodes-appendix.html' },
    ],
    samples: [
      'SQL State  : 22P04\nError Code : 0\nMessage    : ERROR: missing data for column "htmlvalue"\n  Where: COPY messagevalues, line 1\nLocation   : sql/V1__init.sql (/flyway/sql/V1__init.sql)\nLine       : 2176',
    ],
  },
  {
    id: 'rust.trait-bound-uncoded',
    language: 'rust',
    // rustc before 1.12 printed the message without "[E0277]".
    match: /^error: the trait bound `(?<bound>[^`\n]{1,300})` is not satisfied/m,
    errorType: 'E0277',
    category: 'type',
    priority: 10,
    summary: (c) => `A type does not implement a trait that is required here: \`${c.bound ?? ''}\`.`,
    explanation:
      'A generic function, method or impl requires its type parameter to implement a trait, and the type used does not. rustc names the bound as `Type: Trait`.',
    causes: ['The type lacks an impl (or a derive) of the trait', 'Two versions of a crate in the dependency tree, each with its own trait', 'A reference or a Box passed where the owned type implements the trait (or the reverse)'],
    fixes: (c) => [
      {
        title: `Satisfy the bound ${c.bound ?? ''}`,
        steps: ['Implement or derive the trait for the type, or pass a type that implements it', 'Run `cargo tree -d` when the trait comes from a crate that appears twice'],
        code: '#[derive(Debug, Clone, PartialEq)]\nstruct Item { id: u32 }',
      },
    ],
    references: [RUSTC_INDEX],
    samples: ['error: the trait bound `Self: std::marker::Sized` is not satisfied'],
  },
  {
    id: 'rust.legacy-coded-error',
    language: 'rust',
    // Old rustc put the code after the message: "src/main.rs:4:5: 4:6 error: use of moved value: `v` [E0382]".
    match: /^(?:[^\s:]{1,200}\.rs:\d{1,6}:\d{1,4}: \d{1,6}:\d{1,4} )?error: (?<message>[^\n]{1,300}?)(?:\n[^\n]{0,200}){0,4}? ?\[(?<code>E0\d{3})\]$/m,
    errorType: (c) => c.code ?? 'E0000',
    category: 'build',
    priority: 5,
    summary: (c) => `rustc reported ${c.code ?? 'an error'}: ${c.message ?? ''}`,
    explanation: (c) =>
      `This is rustc's older output format, which gave the error code in brackets after the message. \`rustc --explain ${c.code ?? 'E0000'}\` prints the long explanation with an example.`,
    causes: ['The code breaks the rule the error code describes', 'A compiler this old no longer builds current crates: upgrading the toolchain often changes the answer'],
    fixes: (c) => [
      {
        title: `Read the explanation of ${c.code ?? 'the code'}`,
        steps: [`Run rustc --explain ${c.code ?? ''}`, 'Correct the line rustc points at', 'Update the toolchain with rustup if it is years old'],
        code: `rustc --explain ${c.code ?? 'E0308'}\nrustup update stable`,
      },
    ],
    references: [RUSTC_INDEX],
    samples: ['src/main.rs:4:5: 4:6 error: use of moved value: `v` [E0382]\nsrc/main.rs:4     v.len();'],
  },
  {
    id: 'python.pip-subprocess-syntax-error',
    language: 'python',
    // Only pip's boxed block was pasted: the build script itself failed to compile (Python 2 code on Python 3).
    match: /did not run successfully\.[\s\S]{0,4000}?\n[ \t]{1,16}SyntaxError: (?<message>[^\n]{1,200})/,
    errorType: 'SyntaxError',
    category: 'syntax',
    priority: 20,
    summary: (c) => `The package's setup.py does not compile on this Python: ${c.message ?? ''}`,
    explanation:
      'pip ran the package\'s build script in a subprocess and Python could not even parse it. Syntax such as `except ValueError, e:` or `print "x"` is Python 2 only: the package (or this version of it) does not support the Python 3 you are installing into.',
    causes: ['The package or the pinned version is Python 2 only', 'A requirements file pins a very old release', 'A misspelt or unmaintained package name that resolves to an old project'],
    fixes: [
      {
        title: 'Install a release that supports this Python',
        steps: ['Check the package\'s supported Python versions on PyPI', 'Upgrade the pin to a Python 3 release, or use a maintained fork'],
        code: 'pip index versions <package>\npip install "<package>>=<first py3 release>"',
      },
    ],
    references: [{ title: 'pip: build failures', url: 'https://pip.pypa.io/en/stable/user_guide/' }],
    samples: [
      '  × python setup.py egg_info did not run successfully.\n  │ exit code: 1\n  ╰─> [7 lines of output]\n      Traceback (most recent call last):\n        File "setup.py", line 40\n          except ValueError, ve:\n                 ^^^^^^^^^^^^^^\n      SyntaxError: multiple exception types must be parenthesized\n      [end of output]',
    ],
  },
  {
    id: 'python.pydantic-validation-error',
    language: 'python',
    // Pydantic's report without (or with a cut) class line: "2 validation errors for Settings" (v1 and v2), or v2's
    // per-field "[type=missing, input_value={}, input_type=dict]". A class named before the count is the answer.
    match:
      /(?:(?<cls>[A-Z]\w{0,80}): )?(?<count>\d{1,5}) validation errors? for (?<model>[\w.]{1,100})|\[type=(?<kind>[a-z_]{1,60}), input_value=[^\n]{0,300}?, input_type=\w{1,40}\]/,
    errorType: (c) => (c.cls && c.cls !== 'Error' ? c.cls : 'ValidationError'),
    category: 'type',
    priority: 6,
    summary: (c) => (c.model ? `Pydantic rejected the data for ${c.model}.` : 'Pydantic rejected the data for a model.'),
    explanation:
      'Pydantic validated the input of a model (a BaseModel, or a BaseSettings read from the environment and .env) and at least one field failed: each failing field is listed with the reason, e.g. `Field required [type=missing …]` when no value was given. For settings, a missing environment variable is the usual cause.',
    causes: [
      'A required field (or environment variable, for BaseSettings) was not provided',
      'A value of the wrong type or format',
      'An optional field declared without a default (Pydantic 2 treats `x: str | None` without `= None` as required)',
    ],
    fixes: (c) => [
      {
        title: `Provide every field ${c.model ?? 'the model'} requires`,
        steps: [
          `Read the field names ${c.cls ?? 'ValidationError'} lists under the model name`,
          'Set them (in .env or the environment for settings), or give optional fields a default',
        ],
        code: 'class Settings(BaseSettings):\n    api_id: int\n    webhook_path: str | None = None\n\n# .env\nAPI_ID=12345',
      },
    ],
    references: [{ title: 'Pydantic: validation errors', url: 'https://docs.pydantic.dev/latest/errors/validation_errors/' }],
    samples: [
      'pydantic-settings-export: error: argument settings: 4 validation errors for Settings\ntype\n  Field required [type=missing, input_value={}, input_type=dict]',
      "  Field required [type=missing, input_value={'server_id': '69ef2763aa'}, input_type=dict]\n    For further information visit https://errors.pydantic.dev/2.13/v/missing",
    ],
  },
];
