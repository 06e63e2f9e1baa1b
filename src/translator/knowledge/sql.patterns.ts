import type { Captures, ErrorPattern } from '../rules/error-pattern';
import type { Reference } from '../translation';

/**
 * Database server errors, language 'sql', most frequent first.
 * errorType: the SQLSTATE for PostgreSQL, the numeric server/client error code for MySQL/MariaDB,
 * the (extended) result code for SQLite; SQL Server's error number. The messages are matched
 * wherever they are printed: psql, server logs, driver exceptions. Inside a program's trace the
 * engine answers in the program's language with the exception it raised (rules/wrapped.ts), keeping
 * these explanations. The long tail is in sql-catalogue.patterns.ts.
 */

const PG_ERRCODES: Reference = {
  title: 'PostgreSQL: Appendix A, error codes',
  url: 'https://www.postgresql.org/docs/current/errcodes-appendix.html',
};
const PG_DOCS = 'https://www.postgresql.org/docs/current';
const MYSQL_SERVER_ERRORS: Reference = {
  title: 'MySQL: server error message reference',
  url: 'https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html',
};
const MYSQL_CLIENT_ERRORS: Reference = {
  title: 'MySQL: client error message reference',
  url: 'https://dev.mysql.com/doc/mysql-errors/8.0/en/client-error-reference.html',
};
const MYSQL_REFMAN = 'https://dev.mysql.com/doc/refman/8.0/en';

/** The error number sql.mysql-numbered captured, whichever client's form printed it. */
const mysqlNumberOf = (c: Captures): string | undefined => c.number ?? c.clientNumber ?? c.toolNumber ?? c.toolNumber2;
const SQLITE_RESULT_CODES: Reference = { title: 'SQLite: result and error codes', url: 'https://www.sqlite.org/rescode.html' };

export const SQL_PATTERNS: readonly ErrorPattern[] = [
  // ---------------------------------------------------------------- PostgreSQL
  {
    id: 'sql.pg-42p01',
    language: 'sql',
    match: /(?<!of )relation "(?<relation>[^"\n]{1,200})" does not exist/,
    errorType: '42P01',
    category: 'database',
    priority: 35,
    summary: (c) => `PostgreSQL has no table or view named "${c.relation ?? ''}" (undefined_table).`,
    explanation: (c) =>
      `The query references ${c.relation ?? 'a relation'}, and no table, view or sequence with that name is visible. ` +
      'Either it was never created in this database (migrations not run, wrong database), it lives in a schema that is not on the search_path, ' +
      'or its name differs in case: unquoted identifiers are folded to lower case, so a table created as "Users" must always be written with quotes.',
    causes: [
      'Migrations were not run against this database (or ran against another one)',
      'The table is in another schema that is not on search_path',
      'Case mismatch: created with quotes ("Users") but queried unquoted (users), or the reverse',
      'Typo or wrong table name derived by the ORM (singular/plural, prefix)',
    ],
    fixes: (c) => [
      {
        title: 'Check where you are connected and what exists',
        steps: ['Confirm the database and schema the application uses', `List the tables named like ${c.relation ?? 'the relation'}`, 'Run the migrations if the table is missing'],
        code: `SELECT current_database(), current_schema();\nSHOW search_path;\nSELECT table_schema, table_name FROM information_schema.tables WHERE table_name ILIKE '${(c.relation ?? 'users').split('.').pop()}';`,
      },
      {
        title: 'Qualify the schema or quote the exact name',
        steps: ['Use schema.table, or SET search_path', 'Quote identifiers that were created with capitals'],
        code: 'SELECT * FROM app."Users";\nSET search_path TO app, public;',
      },
    ],
    references: [PG_ERRCODES, { title: 'PostgreSQL: Schemas and the search path', url: `${PG_DOCS}/ddl-schemas.html` }],
    samples: [
      'ERROR:  relation "users" does not exist\nLINE 1: SELECT * FROM users;\n                      ^',
      "error: relation \"public.orders\" does not exist\n    at Parser.parseErrorMessage (/app/node_modules/pg-protocol/dist/parser.js:287:98)\n  code: '42P01'",
      'ERROR:  relation "accounts" does not exist\nLINE 1: SELECT "accounts".* FROM "accounts"',
    ],
  },
  {
    id: 'sql.pg-42703',
    language: 'sql',
    // Also the word order of a translated message pasted back into English: '"x" column does not exist'.
    match: /(?:column (?:"(?<column>[^"\n]{1,200})"|(?<qualified>[\w.]{1,200}))(?: of relation "(?<relation>[^"\n]{1,200})")?|"(?<named>[^"\n]{1,200})" column) does not exist(?:[\s\S]{0,300}?HINT: +(?<hint>[^\n]{1,300}))?/,
    errorType: '42703',
    category: 'database',
    priority: 35,
    summary: (c) =>
      `The column ${c.column ?? c.qualified ?? c.named ?? ''} does not exist${c.relation ? ` in "${c.relation}"` : ''} (undefined_column).`,
    explanation: (c) =>
      `PostgreSQL cannot find the column ${c.column ?? c.qualified ?? c.named ?? ''}${c.relation ? ` in table ${c.relation}` : ''}. ` +
      (c.hint ? `Its hint: ${c.hint} ` : '') +
      'Common reasons: a typo, a migration that adds the column was not run, a camelCase column created with quotes and queried without them, or a string literal written in double quotes ("abc" is an identifier; strings use single quotes).',
    causes: [
      'Typo in the column name or wrong table alias',
      'The migration adding the column has not run on this database',
      'Case mismatch with a quoted identifier ("createdAt" vs createdat)',
      'A value written in double quotes, which PostgreSQL reads as a column name',
    ],
    fixes: (c) => [
      {
        title: 'Compare with the real columns',
        steps: [
          `List the columns of ${c.relation ?? 'the table'} and compare them with ${c.column ?? c.qualified ?? c.named ?? 'the name in the query'}`,
          'Fix the name, quote mixed-case names, or run the missing migration',
          'Use single quotes for string values',
        ],
        code: `SELECT column_name FROM information_schema.columns WHERE table_name = '${c.relation ?? 'users'}';\n\nSELECT "createdAt" FROM users WHERE status = 'active';  -- not "active"`,
      },
    ],
    references: [PG_ERRCODES, { title: 'PostgreSQL: Identifiers and key words', url: `${PG_DOCS}/sql-syntax-lexical.html#SQL-SYNTAX-IDENTIFIERS` }],
    samples: [
      'ERROR:  column "emial" does not exist\nLINE 1: SELECT emial FROM users;\n               ^\nHINT:  Perhaps you meant to reference the column "users.email".',
      'ERROR:  column u.nmae does not exist\nLINE 1: SELECT u.nmae FROM users u;',
      'psycopg2.errors.UndefinedColumn: column "created_by" of relation "posts" does not exist',
      'psql: <stdin>: 27: ERROR: "shared_blks_hit" column does not exist',
    ],
  },
  {
    id: 'sql.pg-23505',
    language: 'sql',
    match: /duplicate key value violates unique constraint "(?<constraint>[^"\n]{1,200})"(?:[\s\S]{0,300}?Key \((?<columns>[^)\n]{1,200})\)=\((?<value>[^\n]{0,300}?)\) already exists)?/,
    errorType: '23505',
    category: 'database',
    priority: 35,
    summary: (c) =>
      c.columns
        ? `A row with ${c.columns} = ${c.value ?? '?'} already exists (unique constraint "${c.constraint ?? ''}").`
        : `The insert/update would duplicate a value protected by the unique constraint "${c.constraint ?? ''}".`,
    explanation: (c) =>
      `The unique constraint or index ${c.constraint ?? ''} allows each ${c.columns ?? 'key'} only once, and the statement tried to write a value that is already there. ` +
      'If the constraint is a primary key (often *_pkey) and you never set ids by hand, the id sequence is behind the data, typically after importing rows with explicit ids or restoring a dump.',
    causes: [
      'The same value is inserted twice (double submit, retry, race between two requests)',
      'An "insert if not exists" done as SELECT then INSERT, which races',
      'A primary-key sequence out of sync after rows were inserted with explicit ids',
      'Case or whitespace variants treated as equal by a unique index on lower(email)',
    ],
    fixes: (c) => [
      {
        title: 'Make the write idempotent',
        steps: [
          `Find the row that already holds the value: ${c.constraint ?? 'the constraint'} names the unique index (\\d+ on the table lists it)`,
          'Use INSERT … ON CONFLICT to ignore or update the existing row',
          'Or catch SQLSTATE 23505 and answer "already exists" (HTTP 409)',
        ],
        code: `INSERT INTO users (email, name) VALUES ($1, $2)\nON CONFLICT (${c.columns ?? 'email'}) DO UPDATE SET name = EXCLUDED.name;`,
      },
      {
        title: 'Resynchronise a primary-key sequence',
        steps: ['Only if the constraint is the primary key and ids come from a sequence'],
        code: "SELECT setval(pg_get_serial_sequence('users', 'id'), (SELECT max(id) FROM users));",
      },
    ],
    references: [PG_ERRCODES, { title: 'PostgreSQL: INSERT … ON CONFLICT', url: `${PG_DOCS}/sql-insert.html` }],
    samples: [
      'ERROR:  duplicate key value violates unique constraint "users_email_key"\nDETAIL:  Key (email)=(ann@example.com) already exists.',
      'ERROR:  duplicate key value violates unique constraint "orders_pkey"\nDETAIL:  Key (id)=(17) already exists.',
      "QueryFailedError: duplicate key value violates unique constraint \"UQ_97672ac88f789774dd47f7c8be3\"",
    ],
  },
  {
    id: 'sql.pg-23503',
    language: 'sql',
    match: /(?<op>insert or update|update or delete) on table "(?<table>[^"\n]{1,200})" violates foreign key constraint "(?<constraint>[^"\n]{1,200})"(?:[\s\S]{0,300}?Key \((?<columns>[^)\n]{1,200})\)=\((?<value>[^\n]{0,300}?)\) (?:is not present in|is still referenced from) table "(?<other>[^"\n]{1,200})")?/,
    errorType: '23503',
    category: 'database',
    priority: 35,
    summary: (c) =>
      c.op === 'update or delete'
        ? `Rows in ${c.other ?? 'another table'} still reference this row of ${c.table ?? 'the table'}, so it cannot be deleted/changed.`
        : `${c.table ?? 'The row'} references ${c.columns ? `${c.columns}=${c.value ?? '?'}` : 'a key'} that does not exist${c.other ? ` in ${c.other}` : ''}.`,
    explanation: (c) =>
      `The foreign key ${c.constraint ?? ''} guarantees that every reference points to an existing row. ` +
      (c.op === 'update or delete'
        ? `Deleting or changing the key would leave rows in ${c.other ?? 'the referencing table'} pointing at nothing, so PostgreSQL refused.`
        : `The new row in ${c.table ?? 'the table'} points to ${c.columns ?? 'a key'} = ${c.value ?? '?'}, which is not present${c.other ? ` in ${c.other}` : ''}.`),
    causes: [
      'Inserting a child before its parent, or with a wrong/stale parent id',
      'Deleting a parent that still has children and no ON DELETE rule',
      'Parent and child written in separate transactions/connections, or in the wrong order in a seed/fixture',
      'Test data cleaned up in the wrong order',
    ],
    fixes: (c) => {
      // "insert or update on child": table is the child, other the parent; "update or delete on parent": the reverse.
      const deleting = c.op === 'update or delete';
      const child = (deleting ? c.other : c.table) ?? 'child_table';
      const parent = (deleting ? c.table : c.other) ?? 'parent_table';
      const constraint = c.constraint ?? `${child}_fkey`;
      const column = deleting ? `${parent}_id` : (c.columns ?? `${parent}_id`);
      return [
        {
          title: `Write ${parent} rows first, delete ${child} rows first`,
          steps: [
            deleting
              ? `Delete or re-point the rows of ${child} that reference ${c.columns ? `${c.columns}=${c.value ?? '?'}` : 'this row'} before changing it`
              : `Create the row of ${parent} with ${c.columns ? `${c.columns}=${c.value ?? '?'}` : 'that key'} before the row of ${child} that references it, or fix the id`,
            `A restore or seed that loads ${child} before ${parent} fails the same way: load the parent first, or add ${constraint} after the data`,
          ],
          code: null,
        },
        {
          title: `Declare what ${constraint} does on delete`,
          steps: [`If rows of ${child} should go with their ${parent} row, or be detached, say so in the constraint`],
          code: `ALTER TABLE ${child} DROP CONSTRAINT ${constraint},\n  ADD CONSTRAINT ${constraint} FOREIGN KEY (${column})\n  REFERENCES ${parent} ON DELETE CASCADE;   -- or ON DELETE SET NULL`,
        },
      ];
    },
    references: [PG_ERRCODES, { title: 'PostgreSQL: Constraints (foreign keys)', url: `${PG_DOCS}/ddl-constraints.html#DDL-CONSTRAINTS-FK` }],
    samples: [
      'ERROR:  insert or update on table "orders" violates foreign key constraint "orders_user_id_fkey"\nDETAIL:  Key (user_id)=(42) is not present in table "users".',
      'ERROR:  update or delete on table "users" violates foreign key constraint "orders_user_id_fkey" on table "orders"\nDETAIL:  Key (id)=(42) is still referenced from table "orders".',
    ],
  },
  {
    id: 'sql.pg-23502',
    language: 'sql',
    match: /null value in column "(?<column>[^"\n]{1,200})"(?: of relation "(?<relation>[^"\n]{1,200})")? violates not-null constraint/,
    errorType: '23502',
    category: 'database',
    priority: 35,
    summary: (c) => `The column "${c.column ?? ''}"${c.relation ? ` of ${c.relation}` : ''} is NOT NULL but the row has no value for it.`,
    explanation: (c) =>
      `The statement wrote NULL into ${c.column ?? 'a NOT NULL column'}, either explicitly or by leaving it out of an INSERT when the column has no default. ` +
      'The DETAIL line ("Failing row contains …") shows the whole row; the value is usually missing in the application (an unset field, a failed lookup, a form field not sent).',
    causes: [
      'The application did not set the field (missing input, mapping or DTO field)',
      'The column was added as NOT NULL without a DEFAULT and existing code does not fill it',
      'An ORM sends NULL for an id/timestamp it expected the database to generate',
    ],
    fixes: (c) => [
      {
        title: 'Provide the value or a default',
        steps: ['Set the field in the application before saving', 'Or give the column a database default'],
        code: `ALTER TABLE ${c.relation ?? 'users'} ALTER COLUMN ${c.column ?? 'created_at'} SET DEFAULT now();`,
      },
    ],
    references: [PG_ERRCODES, { title: 'PostgreSQL: Not-null constraints', url: `${PG_DOCS}/ddl-constraints.html#DDL-CONSTRAINTS-NOT-NULL` }],
    samples: [
      'ERROR:  null value in column "email" of relation "users" violates not-null constraint\nDETAIL:  Failing row contains (5, null, Ann, 2024-05-01 10:00:00).',
      'ERROR:  null value in column "title" violates not-null constraint',
    ],
  },
  {
    id: 'sql.pg-22p02',
    language: 'sql',
    match: /invalid input syntax for (?:type )?(?<type>[\w ]{1,40}?): "(?<value>[^"\n]{0,200})"/,
    // Dates and times are parsed by the datetime code, which reports invalid_datetime_format.
    errorType: (c) => (/^(?:date|time|timestamp|interval)\b/.test(c.type ?? '') ? '22007' : '22P02'),
    category: 'type',
    priority: 35,
    summary: (c) => `"${c.value ?? ''}" is not a valid ${c.type ?? 'value'}.`,
    explanation: (c) =>
      `PostgreSQL had to convert the text "${c.value ?? ''}" into ${c.type ?? 'another type'} and it is not in a valid format. ` +
      (c.type === 'uuid'
        ? 'A UUID column received something else — often a numeric id, an empty string, or a route segment like "new" or "undefined".'
        : 'Parameters are compared/stored as the column type, so an empty string, "undefined", "null" or a formatted number (1,000) fails.'),
    causes: [
      'An id from the URL or request is empty or not a number/UUID (e.g. "undefined")',
      'An empty string sent where NULL was meant',
      'Comparing a column with a parameter of another format (locale decimal separators, dates)',
    ],
    fixes: (c) => [
      {
        title: 'Validate and convert input before querying',
        steps: [`Validate or convert the value before it reaches the ${c.type ?? ''} parameter (an empty string is not a valid ${c.type ?? 'value'})`, 'Validate path/body parameters (isUUID, isInt) and answer 400 on bad input', 'Send NULL instead of empty strings'],
        code: "if (!/^[0-9a-f-]{36}$/i.test(id)) throw new BadRequestException('invalid id');",
      },
    ],
    references: [PG_ERRCODES, { title: 'PostgreSQL: Type conversion', url: `${PG_DOCS}/typeconv.html` }],
    samples: [
      'ERROR:  invalid input syntax for type uuid: "undefined"',
      'error: invalid input syntax for type integer: "abc"',
      'ERROR:  invalid input syntax for integer: ""',
    ],
  },
  {
    id: 'sql.pg-42601',
    language: 'sql',
    match: /syntax error at or near "(?<token>[^"\n]{0,100})"|syntax error at end of input/,
    errorType: '42601',
    category: 'syntax',
    priority: 30,
    summary: (c) => (c.token !== undefined ? `SQL syntax error near "${c.token}".` : 'The SQL statement ends too early.'),
    explanation: (c) =>
      (c.token !== undefined
        ? `The parser stopped at "${c.token}"; the actual mistake is at that word or just before it. `
        : 'PostgreSQL reached the end of the statement while still expecting more: an unfinished clause, a missing closing parenthesis, or an empty placeholder. ') +
      'Frequent causes: a trailing or missing comma, a reserved word used as a column name (user, order, group), MySQL syntax (backticks, LIMIT x,y) in PostgreSQL, or "?" placeholders where the driver expects $1.',
    causes: [
      'Trailing comma before FROM/WHERE or a missing comma between columns',
      'A reserved keyword used as an identifier without double quotes (user, order, group)',
      'MySQL-specific syntax (backticks, LIMIT offset,count, ON DUPLICATE KEY)',
      'Wrong placeholder style (? instead of $1) or string-concatenated values',
    ],
    fixes: [
      {
        title: 'Fix the statement around the reported token',
        steps: ['Look at the LINE/caret output or the token', 'Quote reserved identifiers with double quotes', 'Use $1, $2 placeholders with node-postgres'],
        code: 'SELECT id, "user", "order" FROM events WHERE id = $1 LIMIT 10 OFFSET 20;',
      },
    ],
    references: [PG_ERRCODES, { title: 'PostgreSQL: SQL key words', url: `${PG_DOCS}/sql-keywords-appendix.html` }],
    samples: ['ERROR:  syntax error at or near "FROM"\nLINE 1: SELECT id, name, FROM users;\n                         ^', 'ERROR:  syntax error at end of input\nLINE 1: SELECT * FROM users WHERE\n                                 ^'],
  },
  {
    id: 'sql.pg-42883-function',
    language: 'sql',
    match: /function (?<function>[^\n(]{1,200})\((?<args>[^)\n]{0,300})\) does not exist/,
    errorType: '42883',
    category: 'name',
    priority: 35,
    summary: (c) => `No function ${c.function ?? ''}(${c.args ?? ''}) exists with these argument types.`,
    explanation: (c) =>
      `PostgreSQL resolves functions by name and argument types. It found no ${c.function ?? 'function'} accepting (${c.args ?? ''}). ` +
      'Either the function does not exist in this database (an extension such as uuid-ossp or pgcrypto is not installed, a migration not run, another schema), ' +
      'or the arguments have other types than any overload (e.g. a text parameter where integer is expected) and need an explicit cast.',
    causes: [
      'An extension providing the function is not installed in this database (uuid_generate_v4 → uuid-ossp)',
      'Argument types do not match any overload; unknown-typed parameters need casts',
      'The function lives in a schema not on search_path',
    ],
    fixes: (c) => [
      {
        title: 'Install the extension or cast the arguments',
        steps: ['List functions with that name', 'Create the extension if it provides the function', 'Cast parameters to the expected type'],
        code: `\\df *${(c.function ?? 'name').split('.').pop()}*\nCREATE EXTENSION IF NOT EXISTS "uuid-ossp";   -- or use gen_random_uuid() (PostgreSQL 13+)\nSELECT lower($1::text);`,
      },
    ],
    references: [PG_ERRCODES, { title: 'PostgreSQL: Function type resolution', url: `${PG_DOCS}/typeconv-func.html` }],
    samples: [
      'ERROR:  function uuid_generate_v4() does not exist\nLINE 1: ...ULT uuid_generate_v4()\nHINT:  No function matches the given name and argument types. You might need to add explicit type casts.',
      'ERROR:  function lower(integer) does not exist',
    ],
  },
  {
    id: 'sql.pg-42883-operator',
    language: 'sql',
    match: /operator does not exist: (?<left>[^\n]{1,100}?) (?<operator>[^\s\w]{1,5}|~~\*?|!~~) (?<right>[^\n]{1,100})/,
    errorType: '42883',
    category: 'type',
    priority: 35,
    summary: (c) => `PostgreSQL cannot compare/combine ${c.left ?? 'these types'} ${c.operator ?? ''} ${c.right ?? ''}.`,
    explanation: (c) =>
      `No operator ${c.operator ?? ''} is defined between ${c.left ?? 'the left type'} and ${c.right ?? 'the right type'}. ` +
      'PostgreSQL does not silently convert between text and numbers or uuid: comparing an integer column with a varchar parameter, or a uuid with text, needs an explicit cast.',
    causes: [
      'A parameter is sent as text and compared with an integer/uuid column',
      'Joining two columns of different types (integer vs varchar)',
      'LIKE/ILIKE used on a non-text column',
    ],
    fixes: [
      {
        title: 'Cast one side explicitly',
        steps: ['Cast the parameter or column to the same type', 'Better: give both columns the same type'],
        code: 'SELECT * FROM orders WHERE user_id = $1::integer;\nSELECT * FROM users WHERE id::text LIKE $1;',
      },
    ],
    references: [PG_ERRCODES, { title: 'PostgreSQL: Operator type resolution', url: `${PG_DOCS}/typeconv-oper.html` }],
    samples: ['ERROR:  operator does not exist: integer = character varying\nLINE 1: SELECT * FROM orders o JOIN users u ON o.user_id = u.external_id\nHINT:  No operator matches the given name and argument types. You might need to add explicit type casts.'],
  },
  {
    id: 'sql.pg-40p01',
    language: 'sql',
    match: /deadlock detected(?:[\s\S]{0,200}?Process (?<pid>\d{1,10}) waits for (?<lock>\w{1,40}) on (?<on>[^;\n]{1,100}); blocked by process (?<blocker>\d{1,10}))?/,
    errorType: '40P01',
    category: 'concurrency',
    priority: 35,
    summary: 'Two transactions waited for each other; PostgreSQL aborted one of them (deadlock).',
    explanation: (c) =>
      'Each transaction held a lock the other needed, so neither could proceed. PostgreSQL detected the cycle and cancelled this transaction so the other can finish. ' +
      (c.pid ? `Process ${c.pid} waited for ${c.lock ?? 'a lock'} held by process ${c.blocker ?? '?'}. ` : '') +
      'It almost always comes from transactions that lock the same rows in different orders.',
    causes: [
      'Two code paths update the same rows/tables in different orders',
      'Long transactions holding row locks while doing other work (HTTP calls, big loops)',
      'Batch updates without a consistent ORDER BY',
      'Foreign-key checks taking share locks on parent rows updated concurrently',
    ],
    fixes: [
      {
        title: 'Lock in a consistent order and retry',
        steps: ['Touch rows in the same order everywhere (e.g. ORDER BY id … FOR UPDATE)', 'Keep transactions short', 'Retry the whole transaction on SQLSTATE 40P01 (it is safe to retry)'],
        code: 'BEGIN;\nSELECT id FROM accounts WHERE id IN ($1, $2) ORDER BY id FOR UPDATE;\nUPDATE accounts SET balance = balance - $3 WHERE id = $1;\nUPDATE accounts SET balance = balance + $3 WHERE id = $2;\nCOMMIT;',
      },
    ],
    references: [PG_ERRCODES, { title: 'PostgreSQL: Explicit locking, deadlocks', url: `${PG_DOCS}/explicit-locking.html#LOCKING-DEADLOCKS` }],
    samples: [
      'ERROR:  deadlock detected\nDETAIL:  Process 4711 waits for ShareLock on transaction 99812; blocked by process 4712.\nProcess 4712 waits for ShareLock on transaction 99811; blocked by process 4711.\nHINT:  See server log for query details.',
    ],
  },
  {
    id: 'sql.pg-53300',
    language: 'sql',
    match: /(?:sorry, )?too many clients already|remaining connection slots are reserved for (?<reserved>[^\n]{1,120})/,
    errorType: '53300',
    category: 'database',
    priority: 40,
    summary: 'PostgreSQL refused the connection: max_connections is reached.',
    explanation:
      'The server allows max_connections sessions (100 by default), a few reserved for superusers. All ordinary slots are taken. ' +
      'Usually applications open more connections than intended: several instances each with a large pool, connections leaked (never released), serverless functions opening one per invocation, or idle transactions holding them.',
    causes: [
      'Sum of pool sizes across all app instances/workers exceeds max_connections',
      'Connections leaked: clients acquired and never released',
      'Serverless or short-lived processes opening a connection per request',
      'Sessions stuck "idle in transaction"',
    ],
    fixes: [
      {
        title: 'See who holds the connections',
        steps: ['Group pg_stat_activity by application and state'],
        code: 'SELECT application_name, usename, state, count(*)\nFROM pg_stat_activity GROUP BY 1, 2, 3 ORDER BY 4 DESC;',
      },
      {
        title: 'Pool instead of raising the limit',
        steps: ['Lower each pool size so instances × pool < max_connections', 'Release connections in finally blocks', 'Put PgBouncer (transaction pooling) in front for many clients', 'Set idle_in_transaction_session_timeout'],
        code: null,
      },
    ],
    references: [PG_ERRCODES, { title: 'PostgreSQL: Connection settings (max_connections)', url: `${PG_DOCS}/runtime-config-connection.html` }],
    samples: [
      'FATAL:  sorry, too many clients already',
      'psql: error: connection to server at "db.internal" (10.0.0.7), port 5432 failed: FATAL:  remaining connection slots are reserved for non-replication superuser connections',
    ],
  },
  {
    id: 'sql.pg-28p01',
    language: 'sql',
    // psql 12 printed the line without the user name when the user was taken from the environment.
    match: /password authentication failed for user(?: "(?<user>[^"\n]{1,200})"|[ \t]*$)/m,
    errorType: '28P01',
    category: 'permission',
    priority: 40,
    summary: (c) => (c.user ? `PostgreSQL rejected the password for user "${c.user}".` : 'PostgreSQL rejected the password for the user.'),
    explanation: (c) =>
      `The server found a pg_hba.conf rule requiring a password for ${c.user ?? 'this user'} and the password sent does not match (or the user has no password set). ` +
      'Check the credentials the application really uses: a stale environment variable, special characters not URL-encoded in DATABASE_URL, or a Docker volume initialised earlier with another POSTGRES_PASSWORD (the variable only applies on first start).',
    causes: [
      'Wrong password or user in the connection string / environment',
      'Special characters in the password not percent-encoded in the URL',
      'Docker: the data volume was created with another POSTGRES_PASSWORD; changing the variable later has no effect',
      'The role has no password (created without one) or uses another auth method',
    ],
    fixes: (c) => [
      {
        title: 'Verify and reset the credentials',
        steps: ['Connect with psql using the same values', 'Reset the password as a superuser', 'URL-encode special characters in DATABASE_URL'],
        code: `psql "postgresql://${c.user ?? 'app'}@localhost:5432/app"\nALTER ROLE "${c.user ?? 'app'}" WITH PASSWORD 'new-secret';\n# docker compose: docker compose down -v  (drops the volume) to re-run initialisation`,
      },
    ],
    references: [PG_ERRCODES, { title: 'PostgreSQL: Password authentication', url: `${PG_DOCS}/auth-password.html` }],
    samples: [
      'psql: error: connection to server at "localhost" (::1), port 5432 failed: FATAL:  password authentication failed for user "postgres"',
      'error: password authentication failed for user "app"\n    at Parser.parseErrorMessage (node_modules/pg-protocol/dist/parser.js:287:98)',
    ],
  },
  {
    id: 'sql.pg-3d000',
    language: 'sql',
    match: /database "(?<database>[^"\n]{1,200})" does not exist/,
    errorType: '3D000',
    category: 'configuration',
    priority: 40,
    summary: (c) => `The database "${c.database ?? ''}" does not exist on this server.`,
    explanation: (c) =>
      `The connection asked for database ${c.database ?? ''} and the server has none with that name. ` +
      'It was never created on this server (new machine, fresh container), the name differs (case, suffix such as _development), or you connect to another server than you think. ' +
      'psql without -d uses your OS user name as the database name.',
    causes: [
      'The database was not created yet on this server/container',
      'Name mismatch in DATABASE_URL / config (case, environment suffix)',
      'Connected to another server or port (a local PostgreSQL shadowing the Docker one)',
      'POSTGRES_DB only applies on the first start of a Docker volume',
    ],
    fixes: (c) => [
      {
        title: 'Create it or fix the name',
        steps: ['List existing databases', 'Create the database (or run your framework\'s create task)'],
        code: `psql -h localhost -U postgres -l\ncreatedb -h localhost -U postgres ${c.database ?? 'app'}\n# Rails: bin/rails db:create   Django/others: create it first, then migrate`,
      },
    ],
    references: [PG_ERRCODES, { title: 'PostgreSQL: CREATE DATABASE', url: `${PG_DOCS}/sql-createdatabase.html` }],
    samples: ['FATAL:  database "myapp_development" does not exist', 'psql: error: connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed: FATAL:  database "alice" does not exist'],
  },
  {
    id: 'sql.pg-role-does-not-exist',
    language: 'sql',
    // At login (FATAL) it is 28000; in a statement (ERROR: a GRANT, an OWNER TO, a restored dump's
    // ownership and ACL lines) it is an undefined object, 42704.
    match: /(?:(?<statement>ERROR|FEHLER|ERREUR|ОШИБКА|错误):\s{1,3})?role "(?<role>[^"\n]{1,200})" does not exist/,
    requires: /role "/,
    errorType: (c) => (c.statement ? '42704' : '28000'),
    category: 'configuration',
    priority: 40,
    summary: (c) => `PostgreSQL has no user (role) named "${c.role ?? ''}".`,
    explanation: (c) =>
      c.statement
        ? `A statement names the role ${c.role ?? ''}, which does not exist on this server: a GRANT, an ALTER … OWNER TO, or, in a restored dump, the ownership and privilege lines of the database it came from. Roles belong to the server, not to a database, so pg_dump does not carry them.`
        : `The connection or statement used the role ${c.role ?? ''}, which does not exist on this server. ` +
          'Without an explicit user, psql and most drivers use your operating-system user name (e.g. "root" in a container or your login on macOS), which is usually not a PostgreSQL role.',
    causes: (c) =>
      c.statement
        ? ['A dump restored on a server without the source\'s roles', 'A migration or script granting to a role created elsewhere', 'A misspelled role name (roles are case-sensitive when quoted)']
        : ['No user given, so the OS user name is used', 'The role was never created on this server (fresh install, other server)', 'Docker: POSTGRES_USER only applies when the volume is first initialised'],
    fixes: (c) =>
      c.statement
        ? [
            {
              title: `Create ${c.role ?? 'the role'} first, or restore without ownership and grants`,
              steps: ['Copy the roles from the source server, or create the missing one', 'Or restore with --no-owner --no-acl so the objects belong to the restoring user'],
              code: `pg_dumpall --roles-only -h source_host > roles.sql   # then: psql -f roles.sql\nCREATE ROLE "${c.role ?? 'app'}";\npg_restore --no-owner --no-acl -d target_db dump_file`,
            },
          ]
        : [
            {
              title: 'Connect as an existing role or create this one',
              steps: ['Pass the user explicitly', 'Create the role as a superuser if it should exist'],
              code: `psql -h localhost -U postgres\nCREATE ROLE "${c.role ?? 'app'}" WITH LOGIN PASSWORD 'secret';\nCREATE DATABASE app OWNER "${c.role ?? 'app'}";`,
            },
          ],
    references: [PG_ERRCODES, { title: 'PostgreSQL: CREATE ROLE', url: `${PG_DOCS}/sql-createrole.html` }],
    samples: ['psql: error: connection to server on socket "/tmp/.s.PGSQL.5432" failed: FATAL:  role "root" does not exist', 'pg_restore: error: could not execute query: ERROR:  role "app_ro" does not exist\nCommand was: GRANT SELECT ON TABLE public.orders TO app_ro;'],
  },
  {
    id: 'sql.pg-connection-failed',
    language: 'sql',
    match: /(?:could not connect to server|connection to server (?:at "?(?<host>[^"\s,]{1,253})"?[^\n]{0,80}?port (?<port>\d{1,5})|on socket "(?<socket>[^"\n]{1,300})") failed): (?<reason>Connection refused|No such file or directory|Connection timed out|Operation timed out|timeout expired|Network is unreachable|No route to host)|could not translate host name "(?<dnshost>[^"\n]{1,253})" to address|Connection to (?<jdbchost>[\w.-]{1,253}):(?<jdbcport>\d{1,5}) refused\. Check that the hostname and port are correct/,
    errorType: '08001',
    category: 'network',
    priority: 35,
    summary: (c) =>
      c.dnshost
        ? `The PostgreSQL host name "${c.dnshost}" cannot be resolved.`
        : `No PostgreSQL server accepts connections at ${c.socket ?? `${c.host ?? c.jdbchost ?? 'the host'}:${c.port ?? c.jdbcport ?? '5432'}`}${c.reason ? ` (${c.reason})` : ''}.`,
    explanation: (c) =>
      (c.socket || c.reason === 'No such file or directory'
        ? 'The client tried the local Unix socket and it does not exist: the server is not running on this machine, or it puts its socket in another directory. '
        : c.dnshost
          ? 'DNS cannot resolve the host: a typo, or a Docker service name used from outside the compose network (or the reverse). '
          : 'The TCP connection was refused or timed out: the server is down, listens on another port/interface (listen_addresses), or a firewall blocks it. ') +
      'Inside a container, localhost is the container itself, not the database service.',
    causes: [
      'PostgreSQL is not running (or still starting)',
      'Wrong host/port; in Docker use the service name, not localhost',
      'listen_addresses is localhost only, or a firewall/security group blocks 5432',
      'Client and server disagree on the Unix-socket directory',
    ],
    fixes: [
      {
        title: 'Check the server and the address',
        steps: ['Check the server is up and where it listens', 'Use the right host for where the client runs', 'For remote clients set listen_addresses and a pg_hba.conf rule'],
        code: "pg_isready -h localhost -p 5432\ndocker compose ps\nsudo systemctl status postgresql\n# postgresql.conf: listen_addresses = '*'",
      },
    ],
    references: [
      { title: 'PostgreSQL: Starting the server, client connection problems', url: `${PG_DOCS}/server-start.html` },
      { title: 'PostgreSQL: Connection settings', url: `${PG_DOCS}/runtime-config-connection.html` },
    ],
    samples: [
      'psql: error: connection to server at "localhost" (127.0.0.1), port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?',
      'psql: could not connect to server: Connection refused\n\tIs the server running on host "localhost" (127.0.0.1) and accepting\n\tTCP/IP connections on port 5432?',
      'psql: error: connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed: No such file or directory\n\tIs the server running locally and accepting connections on that socket?',
      'psql: could not connect to server: No such file or directory\n\tIs the server running locally and accepting\n\tconnections on Unix domain socket "/tmp/.s.PGSQL.5432"?',
    ],
  },
  {
    id: 'sql.pg-no-hba-entry',
    language: 'sql',
    match: /no pg_hba\.conf entry for (?:replication connection from )?host "(?<host>[^"\n]{1,253})", user "(?<user>[^"\n]{1,200})"(?:, database "(?<database>[^"\n]{1,200})")?(?:, (?<ssl>SSL off|SSL on|SSL encryption|no encryption|GSS encryption))?/,
    errorType: '28000',
    category: 'configuration',
    priority: 40,
    summary: (c) =>
      `The server has no pg_hba.conf rule allowing ${c.user ?? 'this user'} from ${c.host ?? 'this host'}${c.ssl ? ` (${c.ssl})` : ''}.`,
    explanation: (c) =>
      `pg_hba.conf decides which hosts, users and databases may connect and how. No line matches a connection from ${c.host ?? 'this address'} as ${c.user ?? 'this user'}` +
      `${c.database ? ` to ${c.database}` : ''}${c.ssl ? ` with ${c.ssl}` : ''}. ` +
      (c.ssl === 'SSL off' || c.ssl === 'no encryption'
        ? 'Many managed servers (AWS RDS with rds.force_ssl, Azure, Heroku) only have hostssl rules, so unencrypted connections are rejected: connect with sslmode=require.'
        : 'Add a host rule for the client network, or connect from an allowed address.'),
    causes: [
      'The server only allows SSL connections (hostssl rules) and the client connects without SSL',
      'The client IP/network is not listed (e.g. a Docker network or another subnet)',
      'The user/database combination is not allowed by any line',
    ],
    fixes: (c) => [
      {
        title: 'Connect with SSL when the server requires it',
        steps: [`Add a pg_hba.conf line for the client address ${c.host ?? ''}${c.user ? `, user ${c.user}` : ''}${c.database ? `, database ${c.database}` : ''}, then reload the server`, 'Add sslmode=require (or verify-full with the CA) to the connection string'],
        code: 'postgresql://app:secret@db.example.com:5432/app?sslmode=require\n// node-postgres: new Pool({ connectionString, ssl: { rejectUnauthorized: true, ca } })',
      },
      {
        title: 'Allow the client in pg_hba.conf (self-managed servers)',
        steps: ['Add a rule for the client network', 'Reload the configuration'],
        code: '# pg_hba.conf\nhostssl  app  app  10.0.0.0/16  scram-sha-256\n\nSELECT pg_reload_conf();',
      },
    ],
    references: [{ title: 'PostgreSQL: The pg_hba.conf file', url: `${PG_DOCS}/auth-pg-hba-conf.html` }, { title: 'PostgreSQL: libpq SSL support', url: `${PG_DOCS}/libpq-ssl.html` }],
    samples: [
      'FATAL:  no pg_hba.conf entry for host "10.0.1.23", user "app", database "app", SSL off',
      'error: no pg_hba.conf entry for host "172.18.0.5", user "postgres", database "postgres", no encryption',
    ],
  },
  {
    id: 'sql.pg-57014',
    language: 'sql',
    match: /canceling statement due to (?<reason>statement timeout|user request|lock timeout|conflict with recovery)/,
    errorType: (c) => (c.reason === 'lock timeout' ? '55P03' : c.reason === 'conflict with recovery' ? '40001' : '57014'),
    category: 'database',
    priority: 35,
    summary: (c) => `PostgreSQL cancelled the statement: ${c.reason ?? 'statement timeout'}.`,
    explanation: (c) =>
      (c.reason === 'lock timeout'
        ? 'The statement waited longer than lock_timeout for a lock held by another transaction. '
        : c.reason === 'user request'
          ? 'Something asked the server to cancel the query (a client-side query timeout, pg_cancel_backend, Ctrl-C). '
          : c.reason === 'conflict with recovery'
            ? 'On a hot standby, replay of changes from the primary needed to remove rows this query still needed, so the query was cancelled. '
            : 'The statement ran longer than statement_timeout, set for the role, database, session or by the driver. ') +
      'Either the query is slow (missing index, big scan) or it waits for locks held by a long transaction.',
    causes: [
      'A slow query: missing index, sequential scan on a big table, bad plan',
      'Blocked by locks from a long-running transaction or migration',
      'A timeout configured too low for a legitimate batch/report query',
      'On replicas: long queries conflicting with WAL replay',
    ],
    fixes: [
      {
        title: 'Make the query fast or find the blocker',
        steps: ['EXPLAIN (ANALYZE, BUFFERS) the query and add the missing index', 'Look for blocking sessions'],
        code: 'EXPLAIN (ANALYZE, BUFFERS) SELECT ...;\nSELECT pid, pg_blocking_pids(pid), state, query FROM pg_stat_activity WHERE cardinality(pg_blocking_pids(pid)) > 0;',
      },
      {
        title: 'Raise the timeout for a known long task only',
        steps: ['Set it for the transaction instead of globally'],
        code: "BEGIN;\nSET LOCAL statement_timeout = '5min';\n-- long report\nCOMMIT;",
      },
    ],
    references: [PG_ERRCODES, { title: 'PostgreSQL: Client connection defaults (statement_timeout)', url: `${PG_DOCS}/runtime-config-client.html` }],
    samples: ['ERROR:  canceling statement due to statement timeout', 'ERROR:  canceling statement due to lock timeout'],
  },
  {
    id: 'sql.pg-25p02',
    language: 'sql',
    match: /current transaction is aborted, commands ignored until end of transaction block/,
    errorType: '25P02',
    category: 'database',
    priority: 35,
    summary: 'An earlier statement in this transaction failed, so PostgreSQL ignores everything until ROLLBACK.',
    explanation:
      'After any error inside a transaction, PostgreSQL marks it as aborted and rejects every further statement until the transaction ends. ' +
      'This message is a consequence, not the cause: the first error is earlier in the log (often swallowed by a try/catch that then kept using the same connection or transaction).',
    causes: [
      'An earlier error in the same transaction was caught and ignored',
      'A pooled connection returned to the pool while in a failed transaction',
      'Tests sharing one transaction after an expected failure',
    ],
    fixes: [
      {
        title: 'Find the first error and roll back',
        steps: ['Look above in the logs for the first ERROR in this session', 'ROLLBACK after a failure, or use a SAVEPOINT to recover and continue'],
        code: 'BEGIN;\nSAVEPOINT before_insert;\nINSERT INTO ...;            -- may fail\nROLLBACK TO SAVEPOINT before_insert;\nCOMMIT;',
      },
    ],
    references: [PG_ERRCODES, { title: 'PostgreSQL: SAVEPOINT', url: `${PG_DOCS}/sql-savepoint.html` }],
    samples: ['ERROR:  current transaction is aborted, commands ignored until end of transaction block', 'psycopg2.errors.InFailedSqlTransaction: current transaction is aborted, commands ignored until end of transaction block'],
  },
  {
    id: 'sql.pg-42501',
    language: 'sql',
    match: /permission denied for (?<kind>table|relation|schema|sequence|database|function|view|materialized view|large object) (?<object>[^\s\n]{1,200})/,
    errorType: '42501',
    category: 'permission',
    priority: 35,
    summary: (c) => `The current role has no privilege on the ${c.kind ?? 'object'} ${c.object ?? ''}.`,
    explanation: (c) =>
      `The role used by the connection lacks the privilege (SELECT, INSERT, USAGE, CREATE…) needed on ${c.kind ?? 'the object'} ${c.object ?? ''}. ` +
      (c.kind === 'schema' && c.object === 'public'
        ? 'Since PostgreSQL 15 ordinary users can no longer CREATE in the public schema by default. '
        : 'Tables created by another role (e.g. migrations run as a superuser) are not accessible to the app role unless granted. ') +
      'Sequences need their own USAGE privilege for serial/identity inserts.',
    causes: [
      'Objects created by another role (migration user, superuser) without grants to the app role',
      'PostgreSQL 15+: no CREATE privilege on schema public for non-owners',
      'Missing USAGE on the schema or on a sequence',
      'Row-level or column privileges restrict the operation',
    ],
    fixes: (c) => [
      {
        title: 'Grant the needed privileges (as the owner or a superuser)',
        steps: ['Grant on the object, its schema and its sequences', 'Set default privileges so future tables get them too'],
        code: `GRANT USAGE ON SCHEMA public TO app;\nGRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO app;\nGRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO app;\nALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO app;${c.kind === 'schema' ? '\nGRANT CREATE ON SCHEMA public TO app;   -- PostgreSQL 15+' : ''}`,
      },
    ],
    references: [PG_ERRCODES, { title: 'PostgreSQL: GRANT', url: `${PG_DOCS}/sql-grant.html` }],
    samples: ['ERROR:  permission denied for table invoices', 'ERROR:  permission denied for schema public\nLINE 1: CREATE TABLE "migrations" ("id" SERIAL NOT NULL, ...'],
  },
  {
    id: 'sql.pg-22001',
    language: 'sql',
    match: /value too long for type (?<type>character varying|character|bit varying|bit)\((?<length>\d{1,10})\)/,
    errorType: '22001',
    category: 'database',
    priority: 35,
    summary: (c) => `A value is longer than the column allows (${c.type ?? 'varchar'}(${c.length ?? '?'})).`,
    explanation: (c) =>
      `One of the values written has more than ${c.length ?? 'the allowed number of'} characters for a ${c.type ?? 'character varying'} column. ` +
      'PostgreSQL does not truncate silently; the message does not name the column, so compare the lengths of the values with the columns limited to that size.',
    causes: ['User input longer than the schema expects (names, URLs, tokens)', 'A column size chosen too small (varchar(255) for URLs or JWTs)', 'Multibyte or encoded data longer than expected'],
    fixes: (c) => [
      {
        title: 'Validate length or widen the column',
        steps: [`Compare the value's length with the ${c.type ?? ''}(${c.length ?? 'n'}) column, and widen the column or truncate the value`, 'Find the columns with that limit', 'Validate input length in the application', 'Or change the column to text / a larger limit'],
        code: `SELECT table_name, column_name FROM information_schema.columns WHERE character_maximum_length = 255;\nALTER TABLE links ALTER COLUMN url TYPE text;`,
      },
    ],
    references: [PG_ERRCODES, { title: 'PostgreSQL: Character types', url: `${PG_DOCS}/datatype-character.html` }],
    samples: ['ERROR:  value too long for type character varying(255)', 'ERROR:  value too long for type character varying(32)'],
  },
  {
    id: 'sql.pg-42p07',
    language: 'sql',
    // Not "column "x" of relation "y" already exists": that is a duplicate column (42701).
    // Not "constraint "x" for relation "y" already exists" (42710).
    match: /(?<!\bof |\bfor )relation "(?<relation>[^"\n]{1,200})" already exists/,
    errorType: '42P07',
    category: 'database',
    priority: 35,
    summary: (c) => `A table, index or sequence named "${c.relation ?? ''}" already exists.`,
    explanation:
      'The CREATE statement targets a name that is already taken in this schema (tables, indexes, sequences and views share one namespace). ' +
      'Typically a migration runs again on a database where the object was already created by hand, by a schema sync, or by a previous partly-failed migration.',
    causes: [
      'The migration history table does not match the real schema (object created outside migrations, synchronize: true)',
      'A migration was interrupted after creating the object',
      'An index or constraint name clashes with an existing object',
    ],
    fixes: (c) => {
      const name = c.relation ?? 'my_table';
      // Index and constraint names end this way by PostgreSQL's and most ORMs' conventions.
      const isIndex = /_(?:idx|index|key|pkey|fkey|uniq|unique)$|^(?:idx|ix|uq|pk|fk)_/i.test(name);
      return [
        {
          title: `Bring migration history and schema in line for "${name}"`,
          steps: [
            `Check whether the existing "${name}" is the object the migration wants (\\d ${name} in psql)`,
            'Use IF NOT EXISTS for idempotent scripts',
            'Or mark the migration as applied / drop the stray object in development',
          ],
          code: isIndex
            ? `-- "${name}" is taken: create the index only when missing (columns as in your migration)\nCREATE INDEX IF NOT EXISTS ${name} ON my_table (my_column);`
            : `CREATE TABLE IF NOT EXISTS ${name} (...);\n-- or, if the migration already ran by other means: mark it as applied instead of creating ${name} again`,
        },
      ];
    },
    references: [PG_ERRCODES, { title: 'PostgreSQL: CREATE TABLE', url: `${PG_DOCS}/sql-createtable.html` }],
    samples: ['QueryFailedError: relation "users" already exists', 'ERROR:  relation "users_email_idx" already exists'],
  },
  {
    id: 'sql.pg-42701',
    language: 'sql',
    match: /column "(?<column>[^"\n]{1,200})" of relation "(?<relation>[^"\n]{1,200})" already exists/,
    errorType: '42701',
    category: 'database',
    priority: 35,
    summary: (c) => `The table "${c.relation ?? ''}" already has a column "${c.column ?? ''}".`,
    explanation:
      'ALTER TABLE … ADD COLUMN names a column the table already has. Typically a migration runs again on a database where the column was added by hand, ' +
      'by a schema sync, or by an earlier run that failed after this statement, so the migration history and the real schema disagree.',
    causes: ['Migration history out of line with the schema (column added outside migrations)', 'A migration interrupted after adding the column and run again', 'Two migrations adding the same column'],
    fixes: (c) => [
      {
        title: `Check whether ${c.relation ?? 'the table'}.${c.column ?? 'column'} is the column the migration wants`,
        steps: [
          `Compare ${c.column ?? 'the column'} in ${c.relation ?? 'the table'} (\\d ${c.relation ?? 'table'} in psql) with the migration's definition`,
          'If it matches, mark the migration as applied (alembic stamp, prisma migrate resolve, flyway repair); otherwise drop or rename the stray column',
          'Write ADD COLUMN IF NOT EXISTS in scripts that must be idempotent',
        ],
        code: `ALTER TABLE ${c.relation ?? 'my_table'} ADD COLUMN IF NOT EXISTS ${c.column ?? 'my_column'} text;`,
      },
    ],
    references: [PG_ERRCODES, { title: 'PostgreSQL: ALTER TABLE', url: `${PG_DOCS}/sql-altertable.html` }],
    samples: ['ERROR:  column "uuid" of relation "chat_conversation" already exists', 'psycopg2.errors.DuplicateColumn: column "group_id" of relation "acl" already exists'],
  },
  {
    id: 'sql.pg-42803',
    language: 'sql',
    match: /column "(?<column>[^"\n]{1,200})" must appear in the GROUP BY clause or be used in an aggregate function/,
    errorType: '42803',
    category: 'syntax',
    priority: 35,
    summary: (c) => `${c.column ?? 'A column'} is selected but neither grouped nor aggregated.`,
    explanation: (c) =>
      `With GROUP BY, each output row stands for a group; ${c.column ?? 'the column'} can have several values within a group, so PostgreSQL needs to know which one: ` +
      'add it to GROUP BY, wrap it in an aggregate (max, min, array_agg…), or group by the table\'s primary key (then its other columns are allowed).',
    causes: ['A column added to SELECT without updating GROUP BY', 'Query written for MySQL without ONLY_FULL_GROUP_BY, which picked an arbitrary value', 'ORDER BY on a non-grouped column'],
    fixes: (c) => [
      {
        title: 'Group or aggregate the column',
        steps: ['Add it to GROUP BY, or aggregate it', 'For "latest row per group", use DISTINCT ON or a window function'],
        code: `SELECT user_id, max(${(c.column ?? 'created_at').split('.').pop()}) FROM orders GROUP BY user_id;\n\nSELECT DISTINCT ON (user_id) * FROM orders ORDER BY user_id, created_at DESC;`,
      },
    ],
    references: [PG_ERRCODES, { title: 'PostgreSQL: GROUP BY and HAVING', url: `${PG_DOCS}/queries-table-expressions.html#QUERIES-GROUP` }],
    samples: ['ERROR:  column "orders.created_at" must appear in the GROUP BY clause or be used in an aggregate function\nLINE 1: SELECT user_id, created_at, count(*) FROM orders GROUP BY user_id;'],
  },
  {
    id: 'sql.pg-42804',
    language: 'sql',
    match: /column "(?<column>[^"\n]{1,200})" is of type (?<columnType>[^\n]{1,60}?) but expression is of type (?<exprType>[^\n]{1,60}?)(?:$|\n|\r)/m,
    errorType: '42804',
    category: 'type',
    priority: 35,
    summary: (c) => `Column "${c.column ?? ''}" is ${c.columnType ?? 'one type'}, but the value given is ${c.exprType ?? 'another type'}.`,
    explanation: (c) =>
      `PostgreSQL will not assign a ${c.exprType ?? 'value'} to a ${c.columnType ?? 'column'} column without an explicit cast. ` +
      'Drivers often send parameters as text; JSON columns need a json/jsonb value, enums need a cast from text, arrays need the array type.',
    causes: ['A parameter sent as text for an integer/uuid/enum/jsonb column', 'Schema changed type and the code was not updated', 'Inserting the result of a query with another column order'],
    fixes: [
      {
        title: 'Cast the value',
        steps: ['Add an explicit cast in SQL, or send the right type from the application'],
        code: "INSERT INTO users (age, role, settings) VALUES ($1::integer, $2::user_role, $3::jsonb);",
      },
    ],
    references: [PG_ERRCODES, { title: 'PostgreSQL: Value storage type conversion', url: `${PG_DOCS}/typeconv-query.html` }],
    samples: ['ERROR:  column "age" is of type integer but expression is of type text\nLINE 1: INSERT INTO users (age) VALUES ($1)\nHINT:  You will need to rewrite or cast the expression.'],
  },
  {
    id: 'sql.pg-42702',
    language: 'sql',
    match: /column reference "(?<column>[^"\n]{1,200})" is ambiguous/,
    errorType: '42702',
    category: 'syntax',
    priority: 35,
    summary: (c) => `"${c.column ?? ''}" exists in more than one table of the query; say which one.`,
    explanation: (c) =>
      `The query joins tables that both have a column named ${c.column ?? 'like this'}, and it is referenced without a table name or alias. ` +
      'In PL/pgSQL functions the same error appears when a variable or OUT parameter has the same name as a column.',
    causes: ['Unqualified column in a JOIN (id, created_at, name are frequent)', 'A PL/pgSQL variable or RETURNS TABLE column named like a table column'],
    fixes: (c) => [
      {
        title: 'Qualify the column',
        steps: ['Prefix the column with its table alias'],
        code: `SELECT o.${c.column ?? 'id'}, u.email FROM orders o JOIN users u ON u.id = o.user_id WHERE o.${c.column ?? 'id'} = $1;`,
      },
    ],
    references: [PG_ERRCODES, { title: 'PostgreSQL: Column references', url: `${PG_DOCS}/sql-expressions.html#SQL-EXPRESSIONS-COLUMN-REFS` }],
    samples: ['ERROR:  column reference "id" is ambiguous\nLINE 1: SELECT id FROM orders JOIN users ON users.id = orders.user_id'],
  },
  {
    id: 'sql.pg-57p03',
    language: 'sql',
    match: /the database system is (?<state>starting up|shutting down|in recovery mode|not yet accepting connections)/,
    errorType: '57P03',
    category: 'database',
    priority: 40,
    summary: (c) => `PostgreSQL is ${c.state ?? 'not ready'} and does not accept connections yet.`,
    explanation: (c) =>
      `The server process is running but ${c.state === 'shutting down' ? 'shutting down' : 'not ready'}: after a start or crash it replays the write-ahead log before accepting connections. ` +
      'In docker compose the application container often starts before the database is ready; depends_on alone does not wait for readiness.',
    causes: ['The app starts before the database finished starting (compose, CI services)', 'Crash recovery after an unclean shutdown or OOM kill', 'A standby still catching up'],
    fixes: [
      {
        title: 'Wait for readiness',
        steps: ['Add a healthcheck and wait for it', 'Retry connections with backoff at start-up'],
        code: 'services:\n  db:\n    image: postgres:16\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready -U postgres"]\n      interval: 2s\n      retries: 30\n  app:\n    depends_on:\n      db:\n        condition: service_healthy',
      },
    ],
    references: [PG_ERRCODES, { title: 'PostgreSQL: pg_isready', url: `${PG_DOCS}/app-pg-isready.html` }],
    samples: ['FATAL:  the database system is starting up', 'psql: error: connection to server at "db" (172.20.0.2), port 5432 failed: FATAL:  the database system is in recovery mode'],
  },
  {
    id: 'sql.pg-connection-lost',
    language: 'sql',
    match: /server closed the connection unexpectedly|Connection terminated unexpectedly|(?<admin>terminating connection due to administrator command)/,
    // The server's own FATAL line carries admin_shutdown (57P01); the client only sees the lost connection.
    errorType: (c) => (c.admin ? '57P01' : '08006'),
    category: 'network',
    priority: 30,
    summary: 'The connection to PostgreSQL was closed in the middle of use.',
    explanation:
      'The client was using a connection and the other side went away: the server process crashed or was killed (OOM killer), an administrator or failover terminated sessions, ' +
      'or something in between (load balancer, NAT, proxy, PgBouncer) dropped an idle connection. Pooled connections that sat idle are the usual victims.',
    causes: [
      'Idle connections dropped by a firewall/NAT/load balancer timeout',
      'Server restart, failover or pg_terminate_backend',
      'A backend crashed or was killed by the OOM killer (see the server log)',
    ],
    fixes: [
      {
        title: 'Make the pool resilient',
        steps: ['Validate or recycle idle connections (idleTimeoutMillis, pool_pre_ping, maxLifetime)', 'Enable TCP keepalives', 'Retry idempotent operations once on connection errors', 'Check the server log for crashes'],
        code: "// node-postgres\nnew Pool({ idleTimeoutMillis: 30_000, keepAlive: true });\n# SQLAlchemy\ncreate_engine(url, pool_pre_ping=True, pool_recycle=1800)",
      },
    ],
    references: [PG_ERRCODES, { title: 'PostgreSQL: Connection settings (TCP keepalives)', url: `${PG_DOCS}/runtime-config-connection.html` }],
    samples: [
      'psycopg2.OperationalError: server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally\n\tbefore or while processing the request.',
      'Error: Connection terminated unexpectedly\n    at Connection.<anonymous> (/app/node_modules/pg/lib/client.js:132:73)',
    ],
  },

  // ---------------------------------------------------------------- MySQL / MariaDB
  {
    id: 'sql.mysql-1045',
    language: 'sql',
    match: /Access denied for user '(?<user>[^'\n]{0,200})'@'(?<host>[^'\n]{0,255})'(?: to database '(?<database>[^'\n]{1,200})'| \(using password: ?(?<password>YES|NO)\))?/,
    // 1045 always says "(using password: …)"; without it the account is refused before any password (1698: auth_socket).
    errorType: (c) => (c.database ? '1044' : c.password ? '1045' : '1698'),
    category: 'permission',
    priority: 35,
    summary: (c) =>
      c.database
        ? `'${c.user ?? ''}'@'${c.host ?? ''}' is not allowed to use database ${c.database}.`
        : `MySQL rejected the login of '${c.user ?? ''}'@'${c.host ?? ''}'${c.password === 'NO' ? ' (no password was sent)' : ''}.`,
    explanation: (c) =>
      (c.database
        ? `The account logged in, but has no privileges on ${c.database}. `
        : `MySQL identifies accounts by user AND client host: '${c.user ?? ''}'@'${c.host ?? ''}' is what the server saw. Either the password is wrong, no account matches this user/host pair, ` +
          `${c.password === 'NO' ? 'or no password was sent at all (empty variable). ' : 'or the account uses another authentication plugin. '}`) +
      "On Ubuntu/Debian, root@localhost uses auth_socket by default: only `sudo mysql` works, not a password. In Docker, MYSQL_ROOT_PASSWORD only applies when the data volume is first created.",
    causes: [
      'Wrong password, or an empty password variable (using password: NO)',
      "No account for this host: 'app'@'localhost' and 'app'@'%' are different accounts",
      'root@localhost authenticates with auth_socket/unix_socket (Debian/Ubuntu)',
      'Docker volume initialised earlier with other credentials',
    ],
    fixes: (c) => [
      {
        title: 'Create or fix the account and its grants',
        steps: ['Connect as an administrator (sudo mysql on Debian/Ubuntu)', 'Check which accounts exist', 'Create the account for the right host and grant privileges'],
        code: `SELECT user, host, plugin FROM mysql.user;\nCREATE USER '${c.user || 'app'}'@'${c.host || '%'}' IDENTIFIED BY 'secret';\nGRANT ALL PRIVILEGES ON ${c.database ?? 'app'}.* TO '${c.user || 'app'}'@'${c.host || '%'}';\nFLUSH PRIVILEGES;`,
      },
    ],
    references: [MYSQL_SERVER_ERRORS, { title: 'MySQL: Troubleshooting problems connecting', url: `${MYSQL_REFMAN}/problems-connecting.html` }],
    samples: [
      "ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)",
      "Error: ER_ACCESS_DENIED_ERROR: Access denied for user 'app'@'172.18.0.3' (using password: NO)",
      "ERROR 1044 (42000): Access denied for user 'app'@'%' to database 'shop'",
      "ERROR 1698 (28000): Access denied for user 'root'@'localhost'",
    ],
  },
  {
    id: 'sql.mysql-1146',
    language: 'sql',
    match: /Table '(?<table>[^'\n]{1,200})' doesn't exist/,
    errorType: '1146',
    category: 'database',
    priority: 35,
    summary: (c) => `MySQL has no table ${c.table ?? ''}.`,
    explanation: (c) =>
      `The query uses ${c.table ?? 'a table'} (shown as database.table), and it does not exist there. ` +
      'Migrations were not run, the connection uses another database, or the name differs in case: on Linux, MySQL table names are case-sensitive by default (lower_case_table_names=0), unlike on Windows/macOS.',
    causes: [
      'Migrations/schema not applied to this database',
      'Connected to another database (DB name in config/env)',
      'Case difference between code and table (Linux servers are case-sensitive)',
      'ORM table naming differs from the real table (plural/singular, prefix)',
    ],
    fixes: (c) => [
      {
        title: 'Check the database and its tables',
        steps: [`Check that ${c.table ?? 'the table'} exists in the database the connection uses (SHOW TABLES), and mind the case of its name on Linux`, 'List tables in the current database', 'Run the migrations, or fix the name/case'],
        code: 'SELECT DATABASE();\nSHOW TABLES;\nSHOW VARIABLES LIKE \'lower_case_table_names\';',
      },
    ],
    references: [MYSQL_SERVER_ERRORS, { title: 'MySQL: Identifier case sensitivity', url: `${MYSQL_REFMAN}/identifier-case-sensitivity.html` }],
    samples: ["ERROR 1146 (42S02): Table 'shop.orders' doesn't exist", "Error: ER_NO_SUCH_TABLE: Table 'app.Users' doesn't exist"],
  },
  {
    id: 'sql.mysql-1054',
    language: 'sql',
    match: /Unknown column '(?<column>[^'\n]{1,200})' in '(?<clause>[^'\n]{1,100})'/,
    errorType: '1054',
    category: 'database',
    priority: 35,
    summary: (c) => `MySQL does not know the column ${c.column ?? ''} (in the ${c.clause ?? 'query'}).`,
    explanation: (c) =>
      `The ${c.clause ?? 'query'} references ${c.column ?? 'a column'} and none of the tables in the query has it. ` +
      'A typo, a missing migration, a wrong alias, or a string value written in backticks or (with ANSI_QUOTES) double quotes, which MySQL reads as a column name.',
    causes: ['Typo or wrong table alias', 'The migration adding the column has not run', 'A value quoted with backticks instead of single quotes', 'A column alias used in WHERE (aliases are only visible in ORDER BY/HAVING)'],
    fixes: (c) => [
      {
        title: 'Compare with the table definition',
        steps: [`Compare ${c.column ?? 'the column'} with the columns the table really has (SHOW COLUMNS FROM the table)`, 'Show the columns of the table', 'Fix the name/alias or run the missing migration', 'Quote string values with single quotes'],
        code: "SHOW COLUMNS FROM users;\nSELECT * FROM users WHERE status = 'active';",
      },
    ],
    references: [MYSQL_SERVER_ERRORS],
    samples: ["ERROR 1054 (42S22): Unknown column 'emial' in 'field list'", "SQLSTATE[42S22]: Column not found: 1054 Unknown column 'users.deleted_at' in 'where clause'"],
  },
  {
    id: 'sql.mysql-1062',
    language: 'sql',
    // Some logs and blog copies turn the quotes curly: ’174465′ for key ‘PRIMARY’.
    match: /Duplicate entry ['’‘′](?<value>[^\n]{0,300}?)['’‘′] for key ['’‘′](?<key>[^'’‘′\n]{1,200})['’‘′]/,
    errorType: '1062',
    category: 'database',
    priority: 35,
    summary: (c) => `The value '${c.value ?? ''}' already exists for the unique key ${c.key ?? ''}.`,
    explanation: (c) =>
      `The key ${c.key ?? ''} is a PRIMARY KEY or UNIQUE index, and a row with '${c.value ?? ''}' is already stored. ` +
      'Double submissions and retries, "check then insert" races, or an AUTO_INCREMENT value reused after manual inserts all lead here.',
    causes: ['The same record inserted twice (double submit, retried job, race)', 'Check-then-insert logic without a transaction/lock', 'Explicit ids colliding with AUTO_INCREMENT values', 'Case-insensitive collation treating "Ann" and "ann" as equal'],
    fixes: (c) => [
      {
        title: 'Make the write idempotent or report a conflict',
        steps: [
          `Find the row that already has '${c.value ?? ''}' in the unique key ${c.key ?? ''} (SHOW INDEX FROM the table lists its columns)`,
          'Use INSERT … ON DUPLICATE KEY UPDATE (or INSERT IGNORE)',
          'Or catch error 1062 and answer "already exists" (HTTP 409)',
        ],
        code: 'INSERT INTO users (email, name) VALUES (?, ?)\nON DUPLICATE KEY UPDATE name = VALUES(name);',
      },
    ],
    references: [MYSQL_SERVER_ERRORS, { title: 'MySQL: INSERT … ON DUPLICATE KEY UPDATE', url: `${MYSQL_REFMAN}/insert-on-duplicate.html` }],
    samples: [
      "ERROR 1062 (23000): Duplicate entry 'ann@example.com' for key 'users.email'",
      "Error: ER_DUP_ENTRY: Duplicate entry '42-7' for key 'PRIMARY'",
      "SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry 'bob@example.com' for key 'users_email_unique'",
    ],
  },
  {
    id: 'sql.mysql-1064',
    language: 'sql',
    // The client wraps long lines and the fragment may span lines: both are bounded.
    match: /You have an error in your SQL syntax;(?:[\s\S]{0,200}? near\s+'(?<near>[^'\n]{0,200})[\s\S]{0,300}?at line (?<line>\d{1,7}))?/,
    errorType: '1064',
    category: 'syntax',
    priority: 30,
    summary: (c) => `MySQL syntax error near '${(c.near ?? '').slice(0, 60)}'${c.line ? ` (line ${c.line})` : ''}.`,
    explanation: (c) =>
      `MySQL stopped parsing right before the quoted text${c.near === '' ? ' — an empty quote means the statement ended unexpectedly' : ''}; the mistake is just before it. ` +
      'Typical: a reserved word used as a name (order, group, key, rank since 8.0), a missing/extra comma, PostgreSQL or SQL Server syntax, or a value concatenated into the SQL without quotes.',
    causes: [
      'Reserved word used as an identifier without backticks (order, group, key, rank, system)',
      'Missing or trailing comma, unbalanced parenthesis or quote',
      'Syntax from another database (RETURNING, ILIKE, TOP, $1 placeholders)',
      'Unescaped value concatenated into the query (use placeholders)',
    ],
    fixes: (c) => [
      {
        title: 'Fix the text just before the quoted fragment',
        steps: [
          ...(c.near ? [`Look at the statement right before '${c.near.slice(0, 60)}'${c.line ? ` on line ${c.line} of the statement` : ''}`] : []),
          'Quote reserved identifiers with backticks',
          'Use prepared statements with ? placeholders',
        ],
        code: 'SELECT `order`, `key` FROM `group` WHERE id = ?;',
      },
    ],
    references: [MYSQL_SERVER_ERRORS, { title: 'MySQL: Keywords and reserved words', url: `${MYSQL_REFMAN}/keywords.html` }],
    samples: [
      "ERROR 1064 (42000): You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use near 'order by id desc' at line 1",
      "Error: ER_PARSE_ERROR: You have an error in your SQL syntax; check the manual that corresponds to your MariaDB server version for the right syntax to use near '' at line 1",
    ],
  },
  {
    id: 'sql.mysql-1452',
    language: 'sql',
    match: /(?:ERROR (?<num>121[67]) \(23000\): )?Cannot (?<op>add or update a child|delete or update a parent) row: a foreign key constraint fails(?: \((?<child>[^\n,]{1,200}), CONSTRAINT `(?<constraint>[^`\n]{1,200})` FOREIGN KEY \((?<columns>[^)\n]{1,200})\) REFERENCES `(?<parent>[^`\n]{1,200})`)?/,
    // MySQL before 5.5 numbered them 1216 and 1217; the number printed wins.
    errorType: (c) => c.num ?? (c.op === 'delete or update a parent' ? '1451' : '1452'),
    category: 'database',
    priority: 35,
    summary: (c) =>
      c.op === 'delete or update a parent'
        ? 'Other rows still reference this row, so MySQL refuses to delete or change it.'
        : `The row references a ${c.parent ? `${c.parent.replace(/`/g, '')} ` : ''}record that does not exist.`,
    explanation: (c) =>
      `The foreign key ${c.constraint ?? ''}${c.columns ? ` on ${c.columns.replace(/`/g, '')}` : ''} requires every reference to point to an existing parent row. ` +
      (c.op === 'delete or update a parent'
        ? 'Deleting or changing the parent would orphan child rows.'
        : `The value written has no matching row in ${c.parent ? c.parent.replace(/`/g, '') : 'the parent table'} (wrong id, parent not inserted yet, or data loaded in the wrong order).`),
    causes: ['Child inserted before its parent or with a wrong id', 'Parent deleted while children exist and no ON DELETE rule', 'Bulk import/seed order wrong', 'Column types or collations differ between child and parent'],
    fixes: (c) => [
      {
        title: 'Respect the order, or declare ON DELETE behaviour',
        steps: ['Insert parents before children, delete children before parents', 'Add ON DELETE CASCADE/SET NULL if that is the intended behaviour', 'For imports only: SET FOREIGN_KEY_CHECKS=0 temporarily, then verify the data'],
        code: `ALTER TABLE ${c.child ?? 'orders'} DROP FOREIGN KEY ${c.constraint ?? 'orders_ibfk_1'};\nALTER TABLE ${c.child ?? 'orders'} ADD CONSTRAINT ${c.constraint ?? 'orders_user_fk'} FOREIGN KEY (${c.columns ?? 'user_id'}) REFERENCES ${c.parent ?? 'users'} (id) ON DELETE CASCADE;`,
      },
    ],
    references: [MYSQL_SERVER_ERRORS, { title: 'MySQL: FOREIGN KEY constraints', url: `${MYSQL_REFMAN}/create-table-foreign-keys.html` }],
    samples: [
      'ERROR 1452 (23000): Cannot add or update a child row: a foreign key constraint fails (`shop`.`orders`, CONSTRAINT `orders_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`))',
      'ERROR 1451 (23000): Cannot delete or update a parent row: a foreign key constraint fails (`shop`.`orders`, CONSTRAINT `orders_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`))',
    ],
  },
  {
    id: 'sql.mysql-1213',
    language: 'sql',
    match: /Deadlock found when trying to get lock; try restarting transaction/,
    errorType: '1213',
    category: 'concurrency',
    priority: 35,
    summary: 'Two transactions waited for each other; InnoDB rolled this one back (deadlock).',
    explanation:
      'InnoDB detected a cycle of lock waits and rolled back the cheaper transaction. The whole transaction is undone and can be retried. ' +
      'Deadlocks come from transactions that lock the same rows in different orders, from gap locks on range queries, or from concurrent inserts into unique indexes.',
    causes: [
      'Transactions updating the same rows in different orders',
      'Range updates/deletes without a suitable index take many (gap) locks',
      'Long transactions holding locks while doing other work',
    ],
    fixes: [
      {
        title: 'Retry and reduce lock conflicts',
        steps: ['Retry the whole transaction on 1213', 'Access rows in a consistent order and keep transactions short', 'Inspect the last deadlock'],
        code: 'SHOW ENGINE INNODB STATUS;   -- section LATEST DETECTED DEADLOCK',
      },
    ],
    references: [MYSQL_SERVER_ERRORS, { title: 'MySQL: Deadlocks in InnoDB', url: `${MYSQL_REFMAN}/innodb-deadlocks.html` }],
    samples: ['ERROR 1213 (40001): Deadlock found when trying to get lock; try restarting transaction', "SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction"],
  },
  {
    id: 'sql.mysql-2002',
    language: 'sql',
    // PHP's PDO prints the client's error number in brackets and the system's reason after it.
    match: /Can't connect to (?:local MySQL server through socket '(?<socket>[^'\n]{1,300})'|(?:MySQL|MariaDB) server on '?(?<host>[^'\s\n]{1,253})'?)(?: \((?<errno>\d{1,5})[^)\n]{0,60}\))?|SQLSTATE\[HY000\] \[(?<pdoCode>200[23])\] (?<pdoReason>[^\n]{1,200})/,
    errorType: (c) => c.pdoCode ?? (c.socket ? '2002' : '2003'),
    category: 'network',
    priority: 35,
    summary: (c) =>
      c.pdoCode
        ? `PHP cannot connect to the MySQL server: ${c.pdoReason}.`
        : c.socket
          ? `No MySQL server is listening on the socket ${c.socket}.`
          : `No MySQL server answers at ${c.host ?? 'the host'}.`,
    explanation: (c) =>
      (c.pdoCode
        ? /No such file or directory/i.test(c.pdoReason ?? '')
          ? 'With host "localhost" PHP connects through a Unix socket, and there is nothing at that path: the server is stopped, or it uses another socket path. Use 127.0.0.1 to connect over TCP instead. '
          : /getaddrinfo|Name or service not known|nodename nor servname|No such host/i.test(c.pdoReason ?? '')
            ? 'The database host name does not resolve from where PHP runs (a typo in DB_HOST, or a Docker service name used outside its network). '
            : /refused|actively refused/i.test(c.pdoReason ?? '')
              ? 'Nothing listens on that host and port: the server is stopped or still starting, or DB_HOST/DB_PORT point elsewhere. '
              : `The connection failed: ${c.pdoReason}. `
        : c.socket
        ? 'With host "localhost" the MySQL client uses a Unix socket, and there is nothing at that path: the server is stopped, or it uses another socket path. Use 127.0.0.1 to connect over TCP instead. '
        : `The TCP connection to ${c.host ?? 'the server'} failed${c.errno === '111' || c.errno === '10061' ? ' (connection refused: nothing listens on that port)' : c.errno === '110' || c.errno === '10060' ? ' (timed out: a firewall or wrong address)' : ''}. `) +
      'In Docker, localhost/127.0.0.1 is the application container itself; use the database service name.',
    causes: ['The MySQL/MariaDB server is not running or still starting', 'localhost used inside a container instead of the service name', 'Server bound to 127.0.0.1 only (bind-address) or firewall blocks 3306', 'Socket path differs between client and server'],
    fixes: (c) => [
      {
        title: 'Check the server and connect to the right address',
        steps: [`Check that a MySQL server listens at ${c.host ?? c.socket ?? 'the configured address'} (and that the host name resolves from where the client runs)`, 'Check the server status and port', 'Use 127.0.0.1 (TCP) or the compose service name'],
        code: 'sudo systemctl status mysql\nmysqladmin -h 127.0.0.1 -P 3306 -u root -p ping\n# my.cnf: bind-address = 0.0.0.0   (for remote clients)',
      },
    ],
    references: [MYSQL_CLIENT_ERRORS, { title: "MySQL: Can't connect to [local] MySQL server", url: `${MYSQL_REFMAN}/can-not-connect-to-server.html` }],
    samples: [
      "ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)",
      "ERROR 2003 (HY000): Can't connect to MySQL server on '127.0.0.1:3306' (111)",
      'SQLSTATE[HY000] [2002] Connection refused',
    ],
  },
  {
    id: 'sql.mysql-1049',
    language: 'sql',
    match: /Unknown database '(?<database>[^'\n]{1,200})'/,
    errorType: '1049',
    category: 'configuration',
    priority: 35,
    summary: (c) => `The database '${c.database ?? ''}' does not exist on this MySQL server.`,
    explanation: (c) =>
      `The connection selects ${c.database ?? 'a database'}, which this server does not have: it was not created yet, the name differs (case on Linux, environment suffix), or you are connected to another server than you think.`,
    causes: ['Database not created on this server/container', 'Name mismatch in DB_DATABASE / connection URL', 'MYSQL_DATABASE only applies when the Docker volume is first initialised'],
    fixes: (c) => [
      {
        title: 'Create the database',
        steps: ['List databases, then create the missing one'],
        code: `SHOW DATABASES;\nCREATE DATABASE \`${c.database ?? 'app'}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;`,
      },
    ],
    references: [MYSQL_SERVER_ERRORS],
    samples: ["ERROR 1049 (42000): Unknown database 'shop_dev'", "SQLSTATE[HY000] [1049] Unknown database 'laravel'"],
  },
  {
    id: 'sql.mysql-1205',
    language: 'sql',
    match: /Lock wait timeout exceeded; try restarting transaction/,
    errorType: '1205',
    category: 'concurrency',
    priority: 35,
    summary: 'A statement waited too long for a row lock held by another transaction.',
    explanation:
      'InnoDB waited innodb_lock_wait_timeout seconds (50 by default) for a lock and gave up. Another transaction holds that lock: a long-running or forgotten transaction ' +
      '(an open session in a console, an uncommitted transaction in a worker, a slow batch job). Only the statement is rolled back by default, not the whole transaction.',
    causes: ['A long or idle open transaction holding row locks', 'Large batch updates/deletes locking many rows', 'Missing index turning an UPDATE … WHERE into a lock on many rows'],
    fixes: [
      {
        title: 'Find the blocking transaction',
        steps: ['Look for long-running transactions and who blocks whom', 'Commit/kill the blocker, shorten transactions, index the WHERE columns'],
        code: 'SELECT * FROM information_schema.innodb_trx ORDER BY trx_started;\nSELECT * FROM sys.innodb_lock_waits;\n-- KILL <thread id>;',
      },
    ],
    references: [MYSQL_SERVER_ERRORS, { title: 'MySQL: innodb_lock_wait_timeout', url: `${MYSQL_REFMAN}/innodb-parameters.html#sysvar_innodb_lock_wait_timeout` }],
    samples: ['ERROR 1205 (HY000): Lock wait timeout exceeded; try restarting transaction'],
  },
  {
    id: 'sql.mysql-1406',
    language: 'sql',
    match: /Data too long for column '(?<column>[^'\n]{1,200})' at row (?<row>\d{1,10})/,
    errorType: '1406',
    category: 'database',
    priority: 35,
    summary: (c) => `The value for column '${c.column ?? ''}' is longer than the column allows.`,
    explanation: (c) =>
      `In strict mode MySQL rejects values longer than the column definition of ${c.column ?? 'the column'} (row ${c.row ?? '?'} of the statement) instead of truncating them.`,
    causes: ['Input longer than the column size (VARCHAR(n), TEXT limits)', 'Multibyte text in a column sized in bytes (BINARY/VARBINARY) or indexes', 'Schema created with a smaller size than the application assumes'],
    fixes: (c) => [
      {
        title: 'Validate length or enlarge the column',
        steps: ['Validate input length in the application', 'Or enlarge the column'],
        code: `ALTER TABLE posts MODIFY ${c.column ?? 'title'} VARCHAR(1000) NOT NULL;`,
      },
    ],
    references: [MYSQL_SERVER_ERRORS, { title: 'MySQL: The CHAR and VARCHAR types', url: `${MYSQL_REFMAN}/char.html` }],
    samples: ["ERROR 1406 (22001): Data too long for column 'title' at row 1", "Error: ER_DATA_TOO_LONG: Data too long for column 'bio' at row 1"],
  },
  {
    id: 'sql.mysql-auth-plugin',
    language: 'sql',
    match: /ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '(?<plugin>[^'\n]{1,100})' cannot be loaded|(?<unknownMethod>authentication method unknown to the client)(?: \[(?<method>[^\]\n]{1,100})\])?/,
    errorType: (c) => (c.plugin ? '2059' : c.unknownMethod ? '2054' : '1251'),
    category: 'configuration',
    priority: 40,
    summary: (c) => `The client cannot use the server's authentication plugin${c.plugin || c.method ? ` (${c.plugin ?? c.method})` : ' (caching_sha2_password)'}.`,
    explanation:
      'MySQL 8 creates accounts with caching_sha2_password by default. Older clients and drivers — the `mysql` npm package, PHP before 7.4, old libmysqlclient/MariaDB connectors — only speak mysql_native_password, so the handshake fails before the password is even checked.',
    causes: [
      'Node.js uses the unmaintained `mysql` package, which lacks caching_sha2_password',
      'An old PHP/connector/GUI client against a MySQL 8 server',
      'The account was created with the default plugin of MySQL 8',
    ],
    fixes: [
      {
        title: 'Upgrade the client library',
        steps: ['Node.js: switch to mysql2 (drop-in API)', 'Update PHP/the connector/the GUI client'],
        code: 'npm uninstall mysql && npm install mysql2',
      },
      {
        title: 'Or switch the account to mysql_native_password',
        steps: ['Only if you cannot upgrade the client; the plugin is deprecated in MySQL 8.4+'],
        code: "ALTER USER 'app'@'%' IDENTIFIED WITH mysql_native_password BY 'secret';",
      },
    ],
    references: [MYSQL_CLIENT_ERRORS, { title: 'MySQL: Caching SHA-2 pluggable authentication', url: `${MYSQL_REFMAN}/caching-sha2-pluggable-authentication.html` }],
    samples: [
      'Error: ER_NOT_SUPPORTED_AUTH_MODE: Client does not support authentication protocol requested by server; consider upgrading MySQL client',
      "ERROR 2059 (HY000): Authentication plugin 'caching_sha2_password' cannot be loaded: /usr/lib/x86_64-linux-gnu/mariadb19/plugin/caching_sha2_password.so: cannot open shared object file: No such file or directory",
    ],
  },
  {
    id: 'sql.mysql-1040',
    language: 'sql',
    match: /(?:\b1040\b|ER_CON_COUNT_ERROR)[^\n]{0,40}Too many connections/,
    errorType: '1040',
    category: 'database',
    priority: 35,
    summary: 'MySQL refused the connection: max_connections is reached.',
    explanation:
      'All connection slots (max_connections, 151 by default) are taken. Applications usually open more than intended: several instances with large pools, leaked connections, ' +
      'PHP-FPM workers each holding persistent connections, or sleeping connections that are never closed.',
    causes: ['Too many app instances × pool size', 'Connections not released (leaks)', 'Many idle "Sleep" connections (persistent connections, high wait_timeout)'],
    fixes: [
      {
        title: 'Find and reduce the connections',
        steps: ['Look at the process list grouped by user/host', 'Size pools to fit, release connections, lower wait_timeout; raise max_connections only with memory to spare'],
        code: "SHOW STATUS LIKE 'Threads_connected';\nSELECT user, host, command, count(*) FROM information_schema.processlist GROUP BY 1, 2, 3 ORDER BY 4 DESC;",
      },
    ],
    references: [MYSQL_SERVER_ERRORS, { title: 'MySQL: Too many connections', url: `${MYSQL_REFMAN}/too-many-connections.html` }],
    samples: ['ERROR 1040 (HY000): Too many connections', 'SQLSTATE[HY000] [1040] Too many connections'],
  },
  {
    id: 'sql.mysql-gone-away',
    language: 'sql',
    match: /(?<gone>MySQL server has gone away)|Lost connection to (?:MySQL|MariaDB) server (?:during query|at '[^'\n]{0,100}')/,
    errorType: (c) => (c.gone ? '2006' : '2013'),
    category: 'network',
    priority: 35,
    summary: 'The connection to MySQL was closed by the server or the network.',
    explanation:
      'The client used a connection the server had already closed (2006) or that broke during a query (2013). Usual reasons: the connection sat idle longer than wait_timeout, ' +
      'a packet/query exceeded max_allowed_packet, the server restarted or was killed (OOM), or a proxy/load balancer dropped it.',
    causes: ['Idle connection closed after wait_timeout (long-running workers, pools)', 'A query or row larger than max_allowed_packet', 'Server restart/crash or OOM kill', 'Network/proxy idle timeouts'],
    fixes: [
      {
        title: 'Recycle idle connections and check packet size',
        steps: ['Let the pool validate/recycle connections (pool_pre_ping, maxLifetime < wait_timeout)', 'Raise max_allowed_packet for large blobs/batches', 'Check the server error log for restarts'],
        code: "SHOW VARIABLES WHERE Variable_name IN ('wait_timeout', 'max_allowed_packet');\n# my.cnf\nmax_allowed_packet = 64M",
      },
    ],
    references: [MYSQL_CLIENT_ERRORS, { title: 'MySQL server has gone away', url: `${MYSQL_REFMAN}/gone-away.html` }],
    samples: ['ERROR 2006 (HY000): MySQL server has gone away', "SQLSTATE[HY000]: General error: 2006 MySQL server has gone away", 'ERROR 2013 (HY000): Lost connection to MySQL server during query'],
  },
  {
    id: 'sql.mysql-incorrect-value',
    language: 'sql',
    match: /Incorrect (?<kind>integer|string|decimal|double|datetime|date|time|timestamp) value: '(?<value>[^\n]{0,200}?)' for column '(?<column>[^'\n]{1,200})'/,
    errorType: (c) => (c.kind && /date|time/.test(c.kind) ? '1292' : '1366'),
    category: 'type',
    priority: 35,
    summary: (c) => `'${c.value ?? ''}' is not a valid ${c.kind ?? ''} value for column '${c.column ?? ''}'.`,
    explanation: (c) =>
      (c.kind === 'string' && /\\x/.test(c.value ?? '')
        ? 'The bytes shown are a 4-byte UTF-8 character (an emoji or rare CJK character). The column or table uses utf8/utf8mb3, which only stores 3-byte characters; it needs utf8mb4. '
        : `In strict SQL mode MySQL rejects a value it cannot convert to ${c.kind ?? 'the column type'} instead of storing a zero/truncated value. ` +
          (c.kind && /date|time/.test(c.kind) ? "Empty strings and '0000-00-00' are not valid dates in strict mode; send NULL or a real date. " : 'Empty strings are not valid numbers; send NULL instead. ')),
    causes: [
      'Emoji/4-byte characters in a utf8mb3 column (Incorrect string value: \\xF0…)',
      "Empty string or '0000-00-00' sent for a numeric/date column",
      'Date/number format from the application (locale, ISO with timezone suffix) not accepted by MySQL',
    ],
    fixes: (c) =>
      c.kind === 'string'
        ? [
            {
              title: 'Convert to utf8mb4',
              steps: [`Check the value sent for ${c.column ?? 'the column'} and convert it to the column's type before the insert`, 'Convert the table (and database default) to utf8mb4', 'Make sure the connection charset is utf8mb4 too'],
              code: 'ALTER DATABASE app CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\nALTER TABLE posts CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n# DSN: charset=utf8mb4',
            },
          ]
        : [
            {
              title: 'Send NULL or a valid value',
              steps: [`Check the value sent for ${c.column ?? 'the column'}: map empty inputs to NULL`, "Format dates as 'YYYY-MM-DD HH:MM:SS' (no timezone suffix)"],
              code: null,
            },
          ],
    references: [MYSQL_SERVER_ERRORS, { title: 'MySQL: The utf8mb4 character set', url: `${MYSQL_REFMAN}/charset-unicode-utf8mb4.html` }, { title: 'MySQL: Server SQL modes', url: `${MYSQL_REFMAN}/sql-mode.html` }],
    samples: [
      "ERROR 1366 (HY000): Incorrect string value: '\\xF0\\x9F\\x98\\x80' for column 'body' at row 1",
      "SQLSTATE[22007]: Invalid datetime format: 1292 Incorrect datetime value: '' for column 'published_at' at row 1",
      "ERROR 1366 (HY000): Incorrect integer value: '' for column 'age' at row 1",
    ],
  },
  {
    id: 'sql.mysql-1055',
    language: 'sql',
    match: /isn't in GROUP BY|is not in GROUP BY clause and contains nonaggregated column '(?<column>[^'\n]{1,200})'|incompatible with sql_mode=only_full_group_by/,
    errorType: '1055',
    category: 'syntax',
    priority: 35,
    summary: (c) => `${c.column ? `'${c.column}'` : 'A selected column'} is neither grouped nor aggregated (ONLY_FULL_GROUP_BY).`,
    explanation:
      'Since MySQL 5.7 the ONLY_FULL_GROUP_BY mode is on: every selected column must be in GROUP BY, aggregated, or functionally dependent on the grouped columns. ' +
      'Older servers returned an arbitrary value for such columns, so queries that "worked" before fail after an upgrade.',
    causes: ['Query written for MySQL 5.6 or for a server without ONLY_FULL_GROUP_BY', 'A column added to SELECT without updating GROUP BY', 'Frameworks selecting * with groupBy()'],
    fixes: [
      {
        title: 'Group or aggregate the column',
        steps: ['Add it to GROUP BY, wrap it in an aggregate, or use ANY_VALUE() when any value is fine'],
        code: 'SELECT user_id, MAX(created_at), ANY_VALUE(status) FROM orders GROUP BY user_id;',
      },
    ],
    references: [MYSQL_SERVER_ERRORS, { title: 'MySQL: Handling of GROUP BY', url: `${MYSQL_REFMAN}/group-by-handling.html` }],
    samples: ["ERROR 1055 (42000): Expression #2 of SELECT list is not in GROUP BY clause and contains nonaggregated column 'shop.orders.created_at' which is not functionally dependent on columns in GROUP BY clause; this is incompatible with sql_mode=only_full_group_by"],
  },
  {
    id: 'sql.mysql-1050',
    language: 'sql',
    match: /Table '(?<table>[^'\n]{1,200})' already exists/,
    errorType: '1050',
    category: 'database',
    priority: 35,
    summary: (c) => `The table ${c.table ?? ''} already exists.`,
    explanation: 'A CREATE TABLE targets a table that is already there: a migration ran twice or after the table was created another way, or the migrations table was reset while the schema was kept.',
    causes: ['Migration history out of sync with the real schema', 'A migration interrupted after creating the table', 'Tables created by hand or by a schema sync'],
    fixes: (c) => [
      {
        title: 'Re-align migrations with the schema',
        steps: [`${c.table ?? 'The table'} already exists: skip its CREATE (CREATE TABLE IF NOT EXISTS) or check which migrations are recorded as run`, 'Check migration status', 'Use CREATE TABLE IF NOT EXISTS in idempotent scripts', 'In development, drop the stray table or reset the database'],
        code: 'CREATE TABLE IF NOT EXISTS users (...);',
      },
    ],
    references: [MYSQL_SERVER_ERRORS],
    samples: ["ERROR 1050 (42S01): Table 'users' already exists", "SQLSTATE[42S01]: Base table or view already exists: 1050 Table 'password_resets' already exists"],
  },
  {
    id: 'sql.mysql-foreign-key-definition',
    language: 'sql',
    // CREATE/ALTER TABLE adding a foreign key InnoDB cannot build: MySQL 5.x says only 1215, 8.0
    // names the reason (1822 missing index, 1824 missing table, 3780 incompatible columns). The
    // message is matched wherever a client, driver or GUI prints it (their headers differ).
    match:
      /Cannot add foreign key constraint|Failed to add the foreign key constraint\. Missing index for constraint '(?<constraint>[^'\n]{1,200})' in the referenced table '(?<table>[^'\n]{1,200})'|Failed to open the referenced table '(?<referenced>[^'\n]{1,200})'|Referencing column '(?<column>[^'\n]{1,200})' and referenced column '(?<refColumn>[^'\n]{1,200})' in foreign key constraint '(?<fk>[^'\n]{1,200})' are incompatible/,
    errorType: (c) => (c.table ? '1822' : c.referenced ? '1824' : c.column ? '3780' : '1215'),
    category: 'database',
    priority: 35,
    summary: (c) =>
      c.table
        ? `The foreign key ${c.constraint ?? ''} needs an index on the referenced columns of ${c.table}.`
        : c.referenced
          ? `The foreign key points at the table ${c.referenced}, which does not exist (yet).`
          : c.column
            ? `The foreign key ${c.fk ?? ''} joins ${c.column} to ${c.refColumn ?? ''}, whose types differ.`
            : 'MySQL could not create the foreign key: the two sides of the constraint do not fit together.',
    explanation:
      'InnoDB builds a foreign key only when the referencing and referenced columns have exactly the same type (INT vs INT UNSIGNED, BIGINT vs INT, VARCHAR lengths, character set and collation all count), ' +
      'the referenced columns are indexed (a PRIMARY KEY or UNIQUE index whose first columns they are), both tables use InnoDB, and the referenced table already exists. ' +
      'MySQL 5.x reports all of these as 1215 without saying which; SHOW ENGINE INNODB STATUS tells.',
    causes: [
      'Column types differ: INT UNSIGNED (Laravel increments/bigIncrements) referenced by a signed INT, or BIGINT vs INT',
      'The referenced table is created later in the script or migration order',
      'The referenced column has no index or is not the first column of one',
      'Different character sets or collations on VARCHAR keys, or a MyISAM table',
    ],
    fixes: (c) => [
      {
        title: 'See which rule the foreign key breaks',
        steps: [
          c.table
            ? `Add an index (or PRIMARY KEY/UNIQUE) on the referenced columns of ${c.table} for ${c.constraint ?? 'the constraint'}`
            : c.referenced
              ? `Create ${c.referenced} before the table that references it (migration order), or check its name and database`
              : c.column
                ? `Give ${c.column} exactly the type of ${c.refColumn ?? 'the referenced column'} (signedness, size, collation) in ${c.fk ?? 'the constraint'}`
                : 'Read the LATEST FOREIGN KEY ERROR section of the InnoDB status',
          'Compare both columns with SHOW CREATE TABLE: type, UNSIGNED, length, charset and collation must match',
          'Create the parent table (and its key) before the child, or add the constraint in a later migration',
        ],
        code: 'SHOW ENGINE INNODB STATUS;  -- section LATEST FOREIGN KEY ERROR\nSHOW CREATE TABLE parent;\nSHOW CREATE TABLE child;',
      },
    ],
    references: [MYSQL_SERVER_ERRORS, { title: 'MySQL: FOREIGN KEY constraints', url: `${MYSQL_REFMAN}/create-table-foreign-keys.html` }],
    samples: [
      'ERROR 1215 (HY000): Cannot add foreign key constraint',
      'Error 1215 (HY000): Cannot add foreign key constraint',
      "ERROR 1822 (HY000): Failed to add the foreign key constraint. Missing index for constraint 'fk_orders_customer' in the referenced table 'customers'",
      "ERROR 3780 (HY000): Referencing column 'author_id' and referenced column 'id' in foreign key constraint 'books_author_fk' are incompatible.",
      "ERROR 1824 (HY000): Failed to open the referenced table 'authors'",
    ],
  },

  // ---------------------------------------------------------------- SQLite
  {
    id: 'sql.sqlite-no-such-table',
    language: 'sql',
    match: /(?<code>SQLITE_ERROR: )?no such table: (?<table>[\w.$]{1,200})/,
    // SQLite prints no code of its own: the message is the type unless a driver added SQLITE_ERROR.
    requires: /no such table: /,
    errorType: (c) => (c.code ? 'SQLITE_ERROR' : 'no such table'),
    category: 'database',
    priority: 35,
    summary: (c) => `The SQLite database has no table ${c.table ?? ''}.`,
    explanation:
      'SQLite opened a database file without that table. Very often it is a different file than you think: SQLite creates an empty database when the path does not exist, ' +
      'and a relative path depends on the working directory. Otherwise the migrations/schema were not applied to this file (or to this in-memory database, which is per connection).',
    causes: [
      'A relative database path opened from another working directory, creating a new empty file',
      'Migrations not run on this database file',
      'An in-memory database (:memory:) — each connection gets its own empty database',
    ],
    fixes: (c) => [
      {
        title: 'Open the right file and create the schema',
        steps: [`Check that ${c.table ?? 'the table'} exists in the database file the program opens (a relative path opens a new, empty file)`, 'Use an absolute path for the database file', 'Run the migrations/schema creation on it', 'Inspect it with the sqlite3 shell'],
        code: 'sqlite3 /abs/path/app.db ".tables"',
      },
    ],
    references: [SQLITE_RESULT_CODES],
    samples: ['sqlite3.OperationalError: no such table: users', 'Error: SQLITE_ERROR: no such table: main.sessions'],
  },
  {
    id: 'sql.sqlite-no-such-column',
    language: 'sql',
    match: /(?<code>SQLITE_ERROR: )?no such column: (?<column>[\w.$"]{1,200})/,
    // SQLite prints no code of its own: the message is the type unless a driver added SQLITE_ERROR.
    requires: /no such column: /,
    errorType: (c) => (c.code ? 'SQLITE_ERROR' : 'no such column'),
    category: 'database',
    priority: 35,
    summary: (c) => `SQLite does not know the column ${c.column ?? ''}.`,
    explanation:
      'The statement references a column that the table does not have: a typo, a migration not applied, or a string literal written in double quotes, which SQLite reads as an identifier.',
    causes: ['Typo or wrong table alias', 'Migration adding the column not run on this file', 'String value in double quotes instead of single quotes'],
    fixes: (c) => [
      {
        title: 'Check the table definition',
        steps: [`Compare ${c.column ?? 'the column'} with the table's columns (.schema)`, 'Show the schema of the table', "Use single quotes for string values"],
        code: "sqlite3 app.db \".schema users\"\nSELECT * FROM users WHERE name = 'Ann';",
      },
    ],
    references: [SQLITE_RESULT_CODES],
    samples: ['sqlite3.OperationalError: no such column: emial'],
  },
  {
    id: 'sql.sqlite-locked',
    language: 'sql',
    match: /(?<locked>database is locked)|SQLITE_BUSY/,
    // Developers name it by the message when the message is shown, by the code otherwise.
    errorType: (c) => (c.locked ? 'database is locked' : 'SQLITE_BUSY'),
    category: 'concurrency',
    priority: 35,
    summary: 'Another connection holds the write lock on the SQLite database.',
    explanation:
      'SQLite allows one writer at a time. A write (or a read in rollback-journal mode during a write) waited for the lock and gave up after the busy timeout. ' +
      'Long write transactions, several processes writing, an open DB browser session or a network file system (NFS/SMB) cause it.',
    causes: ['A long or forgotten open write transaction', 'Several processes/threads writing concurrently', 'A GUI tool holding the database open', 'Database file on a network file system'],
    fixes: [
      {
        title: 'Enable WAL and a busy timeout',
        steps: ['Switch to WAL mode so readers do not block the writer', 'Set a busy timeout so writers wait instead of failing', 'Keep write transactions short'],
        code: 'PRAGMA journal_mode=WAL;\nPRAGMA busy_timeout=5000;',
      },
    ],
    references: [SQLITE_RESULT_CODES, { title: 'SQLite: Write-ahead logging', url: 'https://www.sqlite.org/wal.html' }],
    samples: ['sqlite3.OperationalError: database is locked', 'Error: SQLITE_BUSY: database is locked'],
  },
  {
    id: 'sql.sqlite-constraint',
    language: 'sql',
    match: /(?<code>SQLITE_CONSTRAINT(?:_\w{1,20})?: )?(?<kind>UNIQUE|NOT NULL|FOREIGN KEY|CHECK) constraint failed(?:: (?<target>[\w., ]{1,200}))?/,
    // The driver's code when it printed one (node-sqlite3, better-sqlite3), else SQLite's own message.
    requires: / constraint failed/,
    errorType: (c) => (c.code ? `SQLITE_CONSTRAINT_${(c.kind ?? '').replace(/ /g, '')}` : `${c.kind} constraint failed`),
    category: 'database',
    priority: 35,
    summary: (c) => `SQLite ${c.kind ?? ''} constraint failed${c.target ? ` on ${c.target}` : ''}.`,
    explanation: (c) =>
      c.kind === 'UNIQUE'
        ? `A row with the same ${c.target ?? 'key'} already exists.`
        : c.kind === 'NOT NULL'
          ? `${c.target ?? 'A column'} is NOT NULL and no value was given.`
          : c.kind === 'FOREIGN KEY'
            ? 'A reference points to a missing parent row (foreign keys are enforced because PRAGMA foreign_keys is on).'
            : `A CHECK constraint${c.target ? ` (${c.target})` : ''} rejected the row.`,
    causes: ['The data violates the declared constraint', 'Duplicate inserts / missing upsert', 'Missing value or parent row'],
    fixes: (c) => [
      {
        title: 'Fix the data or make the write idempotent',
        steps: [`Look at the values written to ${c.target ?? 'the constrained columns'}`, 'For UNIQUE use an upsert', 'For NOT NULL provide a value or a DEFAULT'],
        code: 'INSERT INTO users (email, name) VALUES (?, ?)\nON CONFLICT(email) DO UPDATE SET name = excluded.name;',
      },
    ],
    references: [SQLITE_RESULT_CODES, { title: 'SQLite: UPSERT', url: 'https://www.sqlite.org/lang_upsert.html' }],
    samples: ['sqlite3.IntegrityError: UNIQUE constraint failed: users.email', 'Error: SQLITE_CONSTRAINT: NOT NULL constraint failed: posts.title'],
  },
  // ---------------------------------------------------------------- SQL Server
  {
    id: 'sql.mssql-208',
    language: 'sql',
    // With its header when there is one, so that the first error of a batch wins (see sql.mssql-message).
    match: /(?:Msg 208, Level \d{1,2}, State \d{1,3}[^\n]{0,300}\n\s*)?Invalid object name '(?<object>[^'\n]{1,200})'/,
    errorType: '208',
    category: 'database',
    priority: 30,
    summary: (c) => `SQL Server has no table or view named ${c.object ?? ''} in this database (error 208).`,
    explanation: (c) =>
      `The statement names ${c.object ?? 'an object'}, and SQL Server cannot find it: it was never created here, it lives in another schema than the user's default, the connection uses another database, ` +
      'or it is a temporary table (#name) created in another session or scope.',
    causes: [
      'Migrations or the create script not run against this database',
      'The connection string (Initial Catalog / Database) points at another database',
      "The object is in another schema than the login's default (dbo vs app)",
      'A #temp table created in another batch, session or stored procedure scope',
    ],
    fixes: (c) => [
      {
        title: `Find where ${c.object ?? 'the object'} is`,
        steps: ['Check the current database and search every schema for the name', 'Qualify the name with its schema, or create it'],
        code: `SELECT DB_NAME();\nSELECT SCHEMA_NAME(schema_id) AS [schema], name, type_desc FROM sys.objects WHERE name = '${(c.object ?? 'Orders').split('.').pop()}';`,
      },
    ],
    references: [{ title: 'SQL Server: MSSQLSERVER_208', url: 'https://learn.microsoft.com/en-us/sql/relational-databases/errors-events/mssqlserver-208-database-engine-error' }],
    samples: ["Msg 208, Level 16, State 1, Line 1\nInvalid object name 'dbo.Orders'.", "Msg 208, Level 16, State 0, Line 8666\nInvalid object name '#Config'."],
  },
  {
    id: 'sql.mssql-207',
    language: 'sql',
    match: /(?:Msg 207, Level \d{1,2}, State \d{1,3}[^\n]{0,300}\n\s*)?Invalid column name '(?<column>[^'\n]{1,200})'/,
    errorType: '207',
    category: 'database',
    priority: 30,
    summary: (c) => `SQL Server knows no column ${c.column ?? ''} in the tables of this query (error 207).`,
    explanation: (c) =>
      `No table in the FROM clause has a column named ${c.column ?? 'like that'}: a typo, a column added by a migration that has not run, a script written for another version of the schema, ` +
      'or a string value written in double quotes (with QUOTED_IDENTIFIER on, "x" is a column name).',
    causes: ['Schema older than the code or script (migration not applied)', 'Typo or wrong table alias', 'A string literal in double quotes', 'A script written for a newer SQL Server version whose system views have the column'],
    fixes: (c) => [
      {
        title: `Check the columns the table really has`,
        steps: [`Look ${c.column ?? 'the column'} up in sys.columns`, 'Apply the missing migration, or fix the name; use single quotes for strings'],
        code: `SELECT OBJECT_NAME(object_id) AS [table], name FROM sys.columns WHERE name = '${c.column ?? 'creation_time'}';`,
      },
    ],
    references: [{ title: 'SQL Server: database engine errors', url: 'https://learn.microsoft.com/en-us/sql/relational-databases/errors-events/database-engine-events-and-errors' }],
    samples: ["Msg 207, Level 16, State 1, Line 190\nInvalid column name 'creation_time'."],
  },
  {
    id: 'sql.mssql-incorrect-syntax',
    language: 'sql',
    // SQL Server's syntax errors without the Msg header (an app's error box, a JSON log line):
    // near a keyword is error 156, near anything else 102.
    match: /\bIncorrect syntax near (?:(?<keyword>the keyword )'(?<word>[^'\n]{1,100})'|'(?<token>[^'\n]{0,100})')/,
    errorType: (c) => (c.keyword ? '156' : '102'),
    category: 'database',
    priority: 20,
    summary: (c) => `SQL Server could not parse the statement near ${c.word ? `the keyword ${c.word}` : `'${c.token ?? ''}'`}`,
    explanation: (c) =>
      `SQL Server's parser stopped at ${c.word ? `the keyword ${c.word}` : `'${c.token ?? ''}'`}: what comes just before it does not form valid T-SQL. ` +
      `The word it names is where the parser gave up, and the mistake is usually right before it: a missing comma or parenthesis, a reserved word used as a name, or syntax from another database.`,
    causes: (c) => [
      c.word ? `${c.word} is a reserved word used as a table or column name, or placed where T-SQL does not allow it` : 'A missing comma, parenthesis or quote just before the place named',
      'Syntax of another database (LIMIT, backtick quotes, ILIKE) sent to SQL Server',
      'A statement built by string concatenation with an empty or unquoted value',
    ],
    fixes: (c) => [
      {
        title: c.word ? `Check the use of ${c.word}` : 'Look just before the place named',
        steps: [
          c.word ? `Find ${c.word} in the statement; if it names a table or column, put it in brackets: [${c.word}]` : `Find '${c.token ?? ''}' in the statement and check what precedes it`,
          'Print the statement exactly as sent (with its parameters) and run it in SSMS or sqlcmd',
          'Replace syntax of other databases with T-SQL (TOP n or OFFSET … FETCH instead of LIMIT)',
        ],
        code: c.word ? `SELECT [${c.word}] FROM [dbo].[my_table];` : null,
      },
    ],
    references: [{ title: 'SQL Server: database engine errors', url: 'https://learn.microsoft.com/en-us/sql/relational-databases/errors-events/database-engine-events-and-errors' }],
    samples: ["Incorrect syntax near the keyword 'Top'.", "Incorrect syntax near ')'."],
  },
  {
    id: 'sql.mssql-message',
    language: 'sql',
    // Any other numbered SQL Server message: sqlcmd, SSMS and the logs print this header.
    match: /\bMsg (?<number>\d{1,6}), Level (?<level>\d{1,2}), State \d{1,3}(?:, (?:Procedure|Server) [^,\n]{1,200})?(?:, Line (?<line>\d{1,7}))?(?:\s*\n\s*(?<message>[^\n]{1,300}))?/,
    errorType: (c) => c.number ?? 'SQL Server error',
    category: 'database',
    priority: 30,
    summary: (c) => `SQL Server error ${c.number ?? ''}${c.message ? `: ${c.message}` : ''}`,
    explanation: (c) =>
      `SQL Server reports errors as Msg (the error number), Level (severity: 11–16 are errors in the statement, 17 and above are resource or server faults) and State. ` +
      `This one is error ${c.number ?? ''} at severity ${c.level ?? '?'}${c.line ? `, on line ${c.line} of the batch` : ''}. The number identifies the rule; the message line under the header says which object or value broke it.`,
    causes: ['A statement the server rejected (names, syntax, constraints, permissions)', 'A script written for another database version or schema'],
    fixes: (c) => [
      {
        title: `Look error ${c.number ?? ''} up`,
        steps: [`Read the text of error ${c.number ?? ''} in sys.messages`, `Open line ${c.line ?? '?'} of the batch and fix the object or value the message names`],
        code: `SELECT message_id, severity, text FROM sys.messages WHERE message_id = ${c.number ?? 0} AND language_id = 1033;`,
      },
    ],
    references: [{ title: 'SQL Server: database engine errors', url: 'https://learn.microsoft.com/en-us/sql/relational-databases/errors-events/database-engine-events-and-errors' }],
    samples: ["Msg 102, Level 15, State 1, Line 1\nIncorrect syntax near ''.", 'Msg 4104, Level 16, State 1, Line 302\nThe multi-part identifier "qs.creation_time" could not be bound.'],
  },  // ---------------------------------------------------------------- any server, by its code
  {
    id: 'sql.mysql-numbered',
    language: 'sql',
    // The mysql client's "ERROR 1146 (42S02) at line 3: …" (Go's driver: "Error 1146 (42S02): …")
    // for errors without a pattern of their own; also the headers GUI clients and drivers put
    // before the number: HeidiSQL "SQL Error (1215): …", DBeaver "SQL Error [1215] [HY000]: …",
    // Workbench "Error Code: 1215. …", sqlx "error returned from database: 1215 (HY000): …"; and
    // the mysqldump family's "mysqldump: Got error: 1556: …" and "Couldn't execute '…': … (1146)".
    match:
      /\b(?:ERROR|Error) (?<number>\d{4}) \((?<state>[0-9A-Z]{5})\)(?: at line (?<line>\d{1,7}))?: (?<message>[^\n]{1,300})|(?:SQL Error [([]|Error Code: |error returned from database: )(?<clientNumber>\d{4})[)\].]?(?: [[(][0-9A-Z]{5}[\])])?:? (?<clientMessage>[^\n]{1,300})|\bmysql(?:dump|pump|import|check|admin)?: (?:\[ERROR\] )?(?:Got error: (?<toolNumber>\d{4}): (?<toolMessage>[^\n]{1,300})|Couldn't execute '[^\n]{0,600}?': (?<toolMessage2>[^\n]{1,300}?) \((?<toolNumber2>\d{4})\))/,
    errorType: (c) => mysqlNumberOf(c) ?? 'MySQL error',
    category: 'database',
    priority: 15,
    summary: (c) => `MySQL error ${mysqlNumberOf(c) ?? ''}${c.state ? ` (SQLSTATE ${c.state})` : ''}: ${c.message ?? c.clientMessage ?? c.toolMessage ?? c.toolMessage2 ?? ''}`,
    explanation: (c) =>
      `MySQL clients print the server's error number, often the SQLSTATE, and the message. Error ${mysqlNumberOf(c) ?? ''}${c.line ? ` was raised by the statement at line ${c.line} of the input` : ''}; the number is what the MySQL error reference is indexed by.`,
    causes: ['A statement the server rejected', 'A script written for another MySQL/MariaDB version or schema'],
    fixes: (c) => [
      {
        title: `Look error ${mysqlNumberOf(c) ?? ''} up`,
        steps: [`Find ${mysqlNumberOf(c) ?? 'the number'} in the MySQL server error reference`, c.line ? `Open line ${c.line} of the script` : 'Run the failing statement on its own to see it fail'],
        code: `perror ${mysqlNumberOf(c) ?? ''}`,
      },
    ],
    references: [MYSQL_SERVER_ERRORS],
    samples: [
      'ERROR 1114 (HY000) at line 3: The table \'events\' is full',
      'ERROR 1118 (42000) at line 12: Row size too large (> 8126)',
      "/* SQL Error (1089): Incorrect prefix key; the used key part isn't a string */",
      'SQL Error [1093] [HY000]: You can\'t specify target table \'t\' for update in FROM clause',
      'Error Code: 1175. You are using safe update mode and you tried to update a table without a WHERE that uses a KEY column.',
      "mysqldump: Got error: 1556: You can't use locks with log tables when using LOCK TABLES",
      "mysqldump: Couldn't execute 'SHOW FIELDS FROM `v_orders`': View 'shop.v_orders' references invalid table(s) or column(s) (1356)",
    ],
  },
  {
    id: 'sql.pg-error-object',
    language: 'sql',
    // node-postgres prints the error object: severity and the SQLSTATE in `code`, the message
    // often scrolled away above the stack.
    match: /severity: '(?<severity>ERROR|FATAL|PANIC)',\s+code: '(?<code>[0-9A-Z]{5})'/,
    errorType: (c) => c.code ?? 'PostgreSQL error',
    category: 'database',
    priority: 12,
    summary: (c) => `PostgreSQL answered with SQLSTATE ${c.code ?? ''} (${c.severity ?? ''}).`,
    explanation: (c) =>
      `The driver's error object carries the server's SQLSTATE in its code field: ${c.code ?? ''}. The first two characters are the class ` +
      '(08 connection, 22 data, 23 integrity constraint, 28 authentication, 3D unknown database, 42 syntax or access rule, 53 resources, 57 server shutting down or starting).',
    causes: ['The statement or the connection settings broke the rule the SQLSTATE names'],
    fixes: (c) => [
      {
        title: `Look SQLSTATE ${c.code ?? ''} up`,
        steps: [`Find ${c.code ?? 'the code'} in PostgreSQL's error code appendix`, 'Log err.message and err.detail, not only err.code, so the next report names the object'],
        code: `client.query(sql).catch((err) => console.error(err.code, err.message, err.detail)); // ${c.code ?? ''}`,
      },
    ],
    references: [PG_ERRCODES],
    samples: ["  name: 'error',\n  length: 104,\n  severity: 'FATAL',\n  code: '28P01',\n  detail: undefined,"],
  },
  // ---------------------------------------------------------------- ORMs whose own codes name the error
  {
    id: 'javascript.prisma-known-request',
    // Prisma's error is the ORM's, not the server's: it is answered in the program's language.
    language: 'javascript',
    match: /(?<unique>Unique constraint failed on the (?:fields|constraint): \(?(?<fields>[^)\n]{1,200}?)\)?$)|(?<notFound>Record to (?:update|delete) not found|(?<!\bis )required but not found)|(?<foreign>Foreign key constraint (?:failed|violated) on the (?:field|constraint): (?<field>[^\n]{1,200}))|(?<unreachable>Can't reach database server at `?(?<host>[^`\s]{1,253})`?(?::`?(?<port>\d{1,5})`?)?)|(?<noTable>The table `(?<table>[^`\n]{1,200})` does not exist in the current database)|(?<auth>Authentication failed against database server)/m,
    errorType: (c) =>
      c.unique ? 'P2002' : c.notFound ? 'P2025' : c.foreign ? 'P2003' : c.unreachable ? 'P1001' : c.noTable ? 'P2021' : 'P1000',
    category: 'database',
    priority: 30,
    summary: (c) =>
      c.unique
        ? `Prisma refused a write that would duplicate ${c.fields ?? 'a unique field'} (P2002).`
        : c.notFound
          ? 'Prisma found no record to update or delete (P2025).'
          : c.foreign
            ? `A reference in ${c.field ?? 'the data'} points to no existing record (P2003).`
            : c.unreachable
              ? `Prisma cannot reach the database server at ${c.host ?? ''}${c.port ? `:${c.port}` : ''} (P1001).`
              : c.noTable
                ? `The table ${c.table ?? ''} does not exist in the database Prisma is connected to (P2021).`
                : 'The database rejected the credentials in DATABASE_URL (P1000).',
    explanation: (c) =>
      c.unique
        ? `A unique index covers ${c.fields ?? 'these fields'} and a row with the same values exists: a double submit, a retried job, or "find then create" racing with another request.`
        : c.notFound
          ? 'update(), delete() and their nested forms require the record in `where` to exist; it was deleted, never created, or the where clause (often with a tenant/owner filter) matches nothing.'
          : c.foreign
            ? 'The id given for a relation has no matching row in the referenced table, or deleting a parent would orphan children.'
            : c.unreachable
              ? 'Nothing answered at the host and port of DATABASE_URL: the server is down, the host is wrong from where the app runs (localhost inside a container), or a firewall drops the connection.'
              : c.noTable
                ? 'Migrations have not been applied to this database, or DATABASE_URL points at another database or schema.'
                : 'The user or password in DATABASE_URL is wrong for this server (special characters in the password must be URL-encoded).',
    causes: ['The data, the schema and the connection URL disagree with what the query assumes'],
    fixes: (c) => [
      c.unique
        ? { title: `Upsert on ${c.fields ?? 'the unique fields'}`, steps: [`Use upsert() keyed on ${c.fields ?? 'the unique fields'}, or catch P2002 and answer 409`], code: `if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002') { /* ${c.fields ?? 'unique fields'} already taken */ }` }
        : c.unreachable
          ? { title: `Check ${c.host ?? 'the host'}${c.port ? `:${c.port}` : ''}`, steps: [`Test the connection to ${c.host ?? 'the host'}${c.port ? ` port ${c.port}` : ''} from where the app runs`, 'Use the service name instead of localhost inside Docker'], code: `pg_isready -h ${c.host ?? 'localhost'} -p ${c.port ?? '5432'}` }
          : c.noTable
            ? { title: 'Apply the migrations', steps: [`Create ${c.table ?? 'the table'} by applying the migrations to the database in DATABASE_URL`], code: 'npx prisma migrate deploy' }
            : c.foreign
              ? { title: 'Create the parent first', steps: [`Check that the record referenced through ${c.field ?? 'the relation'} exists before the write`], code: null }
              : { title: 'Handle the missing record', steps: ['Use updateMany/deleteMany when zero rows is fine, or catch P2025 and answer 404'], code: "if (e.code === 'P2025') return res.status(404).end();" },
    ],
    references: [{ title: 'Prisma: error reference', url: 'https://www.prisma.io/docs/orm/reference/error-reference' }],
    samples: [
      "PrismaClientKnownRequestError: \nInvalid `prisma.user.create()` invocation:\n\n\nUnique constraint failed on the fields: (`email`)\n  code: 'P2002',",
      "Error: P1001: Can't reach database server at `localhost`:`5432`",
      'The table `public.User` does not exist in the current database.',
    ],
  },
  {
    id: 'javascript.prisma-connection',
    // The Prisma CLI's and engines' connection codes on a line of their own ("Error: P1002"), the
    // message below them; P1001's message alone is the pattern above's.
    language: 'javascript',
    match: /^Error: (?<code>P1\d{3})\b(?:[\s\S]{0,400}?database server at `(?<host>[^`:\s]{1,253})(?::(?<port>\d{1,5}))?`)?(?:[\s\S]{0,600}?(?<advisory>advisory lock))?/m,
    errorType: (c) => c.code ?? 'P1000',
    category: 'database',
    priority: 29,
    summary: (c) => `Prisma could not use the database${c.host ? ` at ${c.host}${c.port ? `:${c.port}` : ''}` : ''} (${c.code ?? 'P1000'}).`,
    explanation: (c) => {
      if (c.advisory) return 'Migrate takes a PostgreSQL advisory lock so that two deploys never migrate at once, and waited 10 s for it. Either another migrate is still running (or crashed holding its session), or the connection goes through a pooler in transaction mode (PgBouncer, Neon\'s or Supabase\'s "-pooler" host), which cannot keep a session lock.';
      const why: Record<string, string> = {
        P1000: 'The server rejected the user or password in DATABASE_URL.',
        P1001: 'Nothing answered at the host and port of DATABASE_URL.',
        P1002: 'The server was reached, but did not answer in time: it is overloaded, asleep (a serverless database waking up), or something holds a lock the command waits for.',
        P1003: 'The database named in DATABASE_URL does not exist on this server.',
        P1008: 'An operation took longer than Prisma\'s timeout.',
        P1010: 'The user in DATABASE_URL is not allowed to use this database.',
        P1011: 'The TLS connection could not be opened: certificate or sslmode settings.',
        P1012: 'schema.prisma is invalid; the lines below the code name the problem.',
        P1017: 'The server closed the connection: a restart, an idle timeout, or a pooler or proxy in between.',
      };
      return why[c.code ?? ''] ?? 'Prisma could not connect to or use the database; the lines below the code say why.';
    },
    causes: ['DATABASE_URL points through a pooler, or at the wrong host, database or user', 'The database is down, overloaded or asleep', 'Another migration holds the lock'],
    fixes: (c) => [
      c.advisory
        ? {
            title: 'Run migrations on a direct connection',
            steps: [`Give Migrate the database's direct (non-pooled) URL through directUrl${c.host ? `, not ${c.host}${c.port ? `:${c.port}` : ''} if that is a pooler` : ''}`, 'Check that no other migrate deploy is running'],
            code: 'datasource db {\n  provider  = "postgresql"\n  url       = env("DATABASE_URL")\n  directUrl = env("DIRECT_URL")\n}',
          }
        : {
            title: `Check the database${c.host ? ` at ${c.host}` : ''}`,
            steps: [`Test the connection from where the command runs${c.host ? ` (${c.host}${c.port ? ` port ${c.port}` : ''})` : ''}`, 'Check the host, database, user and sslmode in DATABASE_URL'],
            code: `pg_isready -h ${c.host ?? 'localhost'} -p ${c.port ?? '5432'}`,
          },
    ],
    references: [{ title: 'Prisma: error reference (common errors)', url: 'https://www.prisma.io/docs/orm/reference/error-reference#common' }],
    samples: ['Error: P1002\n\nThe database server at `db.example.com:5432` was reached but timed out.\n\nPlease try again.\n\nContext: Timed out trying to acquire a postgres advisory lock (SELECT pg_advisory_lock(72707369)). Elapsed: 10000ms.', 'Error: P1003: Database app does not exist on the database server at `localhost:5432`.'],
  },
  {
    id: 'javascript.prisma-migrate',
    // Prisma Migrate's own P3xxx codes ("Error: P3009" on a line of its own): the CLI's errors,
    // usually run by an npm script, whose "npm error code 1" below only repeats that it failed.
    language: 'javascript',
    match: /^Error: (?<code>P3\d{3})\b(?:[\s\S]{0,800}?The `(?<migration>[^`\n]{1,200})` migration (?:started at|failed))?/m,
    errorType: (c) => c.code ?? 'P3000',
    category: 'database',
    priority: 35,
    summary: (c) => `Prisma Migrate stopped with ${c.code ?? 'a migration error'}${c.migration ? ` (migration ${c.migration})` : ''}.`,
    explanation: (c) => {
      const why: Record<string, string> = {
        P3005: 'The database already has tables but no migration history: Migrate will not apply the first migration over an existing schema until it is baselined.',
        P3006: 'A migration failed to apply cleanly to the shadow database Migrate uses to check the history, so the migration files and the schema they produce disagree.',
        P3009: 'A migration is recorded as failed in the _prisma_migrations table of the target database. Until that failure is resolved, Migrate applies nothing else.',
        P3014: 'Migrate could not create its shadow database: the database user may not create databases, or a cloud database forbids it.',
        P3018: 'A migration failed while being applied: the database rejected one of its statements (the message below the code says which).',
        P3019: 'The provider in schema.prisma differs from the one recorded in migrations/migration_lock.toml.',
      };
      return why[c.code ?? ''] ?? 'Prisma Migrate refused to change the database; the lines after the code say why.';
    },
    causes: ['A migration failed earlier (timeout, lock, data that violates a new constraint) and was left marked as failed', 'The database schema was changed outside Migrate', 'Migration files edited after they were applied'],
    fixes: (c) => [
      {
        title: c.migration ? `Resolve the failed migration ${c.migration}` : 'Resolve the failed migration',
        steps: [
          'Read the failed migration\'s logs column in the _prisma_migrations table to see the statement that failed',
          'Undo its partial changes by hand (or finish them), then mark it rolled back or applied',
          'Run migrate deploy again',
        ],
        code: `npx prisma migrate resolve --rolled-back ${c.migration ?? '<migration_name>'}\nnpx prisma migrate deploy`,
      },
      ...(c.code === 'P3005'
        ? [{ title: 'Baseline the existing database', steps: ['Mark the initial migration as applied instead of running it'], code: 'npx prisma migrate resolve --applied 0_init' }]
        : []),
    ],
    references: [
      { title: 'Prisma: error message reference (Prisma Migrate)', url: 'https://www.prisma.io/docs/orm/reference/error-reference#prisma-migrate-schema-engine' },
      { title: 'Prisma: patching and hotfixing (migrate resolve)', url: 'https://pris.ly/d/migrate-resolve' },
    ],
    samples: [
      'Error: P3009\n\nmigrate found failed migrations in the target database, new migrations will not be applied. Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve\nThe `20230519223302_add_projects` migration started at 2023-06-15 18:12:37.505388 UTC failed',
      'Error: P3005\n\nThe database schema is not empty. Read more about how to baseline an existing production database: https://pris.ly/d/migrate-baseline',
    ],
  },
  {
    id: 'javascript.postgres-js-error',
    // postgres.js (the `postgres` package) raises PostgresError for the server's errors; the class
    // is the program's, the message the server's.
    language: 'javascript',
    match: /^PostgresError: (?<message>[^\n]{1,400})/m,
    errorType: 'PostgresError',
    category: 'database',
    priority: 40,
    summary: (c) => `PostgreSQL rejected a query sent by postgres.js: ${c.message ?? ''}`,
    explanation: (c) =>
      /syntax error at or near "\$\d+"/.test(c.message ?? '')
        ? 'A parameter placeholder ($1) stands where PostgreSQL expects SQL text. postgres.js sends every ${value} in a tagged template as a parameter, so a whole query, a table or a column name interpolated that way is not SQL but a value.'
        : 'The error object carries the server\'s SQLSTATE in error.code and, for syntax errors, the position in error.position; the message is PostgreSQL\'s own.',
    causes: ['SQL text or identifiers interpolated as ${} parameters', 'The statement breaks a rule the server enforces (missing table, constraint, syntax)'],
    fixes: [
      {
        title: 'Let postgres.js build the SQL',
        steps: ['Keep values in ${} and write the SQL itself in the template', 'Use sql(identifier) for table and column names, and sql.unsafe() only for trusted SQL text', 'Log error.code and error.position with the query'],
        code: "const rows = await sql`select * from ${sql(table)} where id = ${id}`;\n// trusted SQL text only:\nawait sql.unsafe(query);",
      },
    ],
    references: [{ title: 'postgres.js: queries and dynamic identifiers', url: 'https://github.com/porsager/postgres#queries' }, PG_ERRCODES],
    samples: ['PostgresError: relation "users" does not exist', 'PostgresError: syntax error at or near "$1"'],
  },
];
