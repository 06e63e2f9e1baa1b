import type { Language } from '../translation';

/**
 * A database error raised inside a program: psycopg2 in a Python traceback, PG:: under
 * ActiveRecord, a PSQLException in a Java trace, an SqlException in .NET, Sequelize or Prisma in
 * Node, a *mysql.MySQLError in Go. (A Rust panic is answered by the panic patterns: the panic is
 * what the program raised, whatever database error its message carries.) The database's message says what went wrong (the sql patterns explain it), but what the
 * developer sees and catches is the program's exception: the answer names that class, in the
 * program's language. Each reader looks at a bounded number of lines with anchored or
 * literal-led regexes: linear in the text.
 */

// Python's exception line: "psycopg2.errors.UndefinedTable: …", "django.db.utils.OperationalError: …";
// SQLAlchemy quotes the DBAPI class in brackets: "(psycopg2.OperationalError) FATAL: …".
// Error trackers (Sentry) print the class without its module: "OperationalError: could not connect…".
// A dotted name that is no exception ("sentry.utils.raven.SentryInternalClient: Not capturing …", a logger's name
// before its message) is passed over: the class ends like one or lives in an errors/exceptions module
// ("psycopg2.errors.UniqueViolation").
const PYTHON_LINE =
  /^(?:(?:[A-Za-z_]\w*\.){0,7}(?:errors|exceptions|exc|err|_exceptions)\.([A-Z]\w*)|(?:[A-Za-z_]\w*\.){0,8}((?:[A-Z]\w*)?(?:Error|Exception|Violation|Failure|Timeout|Warning)))(?::|$)/gm;
// A driver's own classes need no Error suffix: "(psycopg2.errors.UndefinedColumn) column … does not exist".
const PYTHON_BRACKETED =
  /\((?:(?:[a-z_]\w*\.){1,5}([A-Z]\w*(?:Error|Exception))|(?:psycopg2?|asyncpg|pymysql|MySQLdb|_mysql_exceptions|sqlite3|pyodbc|cx_Oracle|oracledb)(?:\.[a-z_]\w{0,40}){0,4}\.([A-Z]\w{0,80}))\)/;
// The same line behind a log prefix the normaliser kept ("ticker ERROR    psycopg2.OperationalError: …").
const PYTHON_PREFIXED = /\s(?:[A-Za-z_]\w*\.){1,8}([A-Z]\w*(?:Error|Exception))(?=: )/;
// Ruby prints "message (ActiveRecord::StatementInvalid)" at the end of the first line, or
// "ActiveRecord::StatementInvalid: PG::UndefinedTable: ERROR: …" in logs and consoles.
// Error notifiers name the raised class in a title or field of their own: exception_notification's
// "PG::ConnectionBad occurred in …" and "error_class</td><td>ActiveRecord::StatementInvalid",
// Bugsnag's "**ActiveRecord::StatementInvalid** in **GET /**". The field is what was raised.
const RUBY_NOTIFIER_FIELD = /error_class<\/td><td>(?:[A-Z]\w*::){0,5}([A-Z]\w*)</;
const RUBY_NOTIFIER_TITLE = /(?:^|[\s>*])(?:[A-Z]\w*::){1,5}([A-Z]\w*)(?: occurred in\b|\*\* in \*\*)/m;
// Sentry's issue title for Python: "OperationalError psycopg2 in connect" (class, module, function).
const PYTHON_TRACKER_TITLE = /^([A-Z]\w{0,80}(?:Error|Exception)) [a-z_][\w.]{0,80} in [\w<>.]{1,80}$/m;
// Django's debug page: "ProgrammingError at /orders/" and its "Exception Type:	ProgrammingError" row, also
// behind a logger's prefix the normaliser kept ("check_json_response WARNING    IntegrityError at /api/…").
const DJANGO_DEBUG_PAGE = /^Exception Type:[ \t]{1,10}([A-Z]\w{0,80})[ \t]*$|(?:^|[ \t])([A-Z]\w{0,80}(?:Error|Exception)) at \/\S{0,300}$/m;
// A Python exception's repr, as loggers print repr(e): "UniqueViolation('duplicate key value …')".
const PYTHON_REPR = /^(?:[a-z_]\w{0,40}\.){0,6}([A-Z]\w{0,80})\((?:'|")/m;
// A DB-API class (PEP 249) named without its module after an error tracker's title label ("**Title:** OperationalError:
// …", "[Sentry] OperationalError: …"): no other language calls its exceptions so.
const PYTHON_DBAPI_CLASS = /(?:^|[\s*\]:])((?:Operational|Programming|Integrity|NotSupported|Interface)Error)(?=: |\()/m;
const RUBY_WRAPPER = /(?:^|\s)(?:[A-Z]\w*::){1,5}([A-Z]\w*): (?:[A-Z]\w*::){1,5}[A-Z]\w*: /m;
const RUBY_TRAILING = /\((?:[A-Z]\w*::){1,5}([A-Z]\w*)\)$/m;
const RUBY_LEADING = /(?:^|\s)(?:[A-Z]\w*::){1,5}([A-Z]\w*)(?=: )/m;
const JVM_CLASS = /\b(?:[a-z][\w$]*\.){1,10}([A-Z][\w$]*(?:Exception|Error))\b/;
const DOTNET_CLASS = /\b(?:[A-Z]\w*\.){1,6}([A-Z]\w*Exception)\b/;
// A logger that printed the message and frames without the class: SqlClient's frames throw SqlException
// ("at void Microsoft.Data.SqlClient.SqlInternalConnection.OnError(SqlException exception, …").
const SQLCLIENT_FRAME = /\bat (?:void |[\w.<>]{1,60} )?(?:Microsoft|System)\.Data\.SqlClient\.[\w.]{1,120}\(/;
const PHP_CLASS = /\b(?:[A-Z]\w*\\){0,6}(PDOException|[A-Z]\w*Exception)\b/;
// Node: the ORM's error class, else Prisma's code; node-postgres' own class is just "error".
const NODE_CLASS = /\b(Sequelize[A-Z]\w*Error|QueryFailedError|MongoServerError|PrismaClient\w*Error)\b/;
const PRISMA_CODE = /\bcode: '(P\d{4})'/;
// Go: the driver's error type as %T or Sentry prints it ("*mysql.MySQLError", "&pgconn.PgError{…}");
// the package stays in the answer ("pq.Error" alone says more than "Error").
const GO_DRIVER_TYPE = /[*&]((?:mysql|pq|pgconn|sqlite3|mssql)\.[A-Z]\w{0,40})\b/;

/** The exception the program raised around a database error, when the text shows one. */
function wrappingException(text: string, language: Language): string | null {
  switch (language) {
    case 'python': {
      let last: string | null = null;
      for (const m of text.matchAll(PYTHON_LINE)) last = m[1] ?? m[2];
      if (last) return last;
      const page = DJANGO_DEBUG_PAGE.exec(text);
      if (page) return page[1] ?? page[2];
      return (
        PYTHON_BRACKETED.exec(text)
          ?.slice(1)
          .find((g) => g !== undefined) ??
        PYTHON_PREFIXED.exec(text)?.[1] ??
        PYTHON_TRACKER_TITLE.exec(text)?.[1] ??
        PYTHON_REPR.exec(text)?.[1] ??
        PYTHON_DBAPI_CLASS.exec(text)?.[1] ??
        null
      );
    }
    case 'ruby':
      return (
        RUBY_NOTIFIER_FIELD.exec(text)?.[1] ??
        RUBY_NOTIFIER_TITLE.exec(text)?.[1] ??
        RUBY_WRAPPER.exec(text)?.[1] ??
        RUBY_TRAILING.exec(text)?.[1] ??
        RUBY_LEADING.exec(text)?.[1] ??
        null
      );
    case 'java':
    case 'kotlin':
      return JVM_CLASS.exec(text)?.[1] ?? null;
    case 'csharp':
      return DOTNET_CLASS.exec(text)?.[1] ?? (SQLCLIENT_FRAME.test(text) ? 'SqlException' : null);
    case 'php':
      return PHP_CLASS.exec(text)?.[1] ?? null;
    case 'go':
      return GO_DRIVER_TYPE.exec(text)?.[1] ?? null;
    case 'javascript':
    case 'typescript': {
      const prisma = PRISMA_CODE.exec(text)?.[1];
      if (prisma) return prisma;
      const name = NODE_CLASS.exec(text)?.[1];
      // Prisma's class is generic; its P-code (above) is what identifies the error.
      return name && !name.startsWith('PrismaClient') ? name : null;
    }
    default:
      return null;
  }
}

// node-postgres errors carry no class of their own, but its frames show the program is Node.
const NODE_POSTGRES = /node_modules[\\/]pg(?:-protocol|-pool)?[\\/]/;
/**
 * node-postgres' DatabaseError is named "error", so Node prints the server's message behind a
 * lower-case "error: " (psql and the server log print "ERROR:"). Also JSON-escaped quotes, as
 * log shippers keep them. Knex puts the query first: "error: select … - relation "x" does not exist".
 */
export const NODE_POSTGRES_MESSAGE =
  /(?:^|[\s{>"'(])error: (?:[^\n]{1,2000}? - )?(?:(?:relation|column|database|role) \\?"|duplicate key value violates|password authentication failed for user|syntax error at or near|null value in column|permission denied for|insert or update on table|current transaction is aborted)/m;

/**
 * Whether a database error in this text belongs to the program: it names the exception the
 * program raised, or (Node) the driver's frames show it was thrown there. A bare SQLSTATE
 * message a PHP app printed stays the database's.
 */
export function raisedByProgram(text: string, language: Language): { raised: string | null } | null {
  const raised = wrappingException(text, language);
  if (raised) return { raised };
  return (language === 'javascript' || language === 'typescript') && (NODE_POSTGRES.test(text) || NODE_POSTGRES_MESSAGE.test(text))
    ? { raised: null }
    : null;
}

/** Languages whose programs wrap database errors in their own exceptions. */
export const PROGRAM_LANGUAGES: ReadonlySet<Language> = new Set<Language>([
  'python',
  'ruby',
  'java',
  'kotlin',
  'csharp',
  'php',
  'javascript',
  'typescript',
  'go',
]);
