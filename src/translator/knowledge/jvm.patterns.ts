import type { Fix, Reference } from '../translation';
import type { Captures, ErrorPattern } from '../rules/error-pattern';
import { fix } from './answer-parts';

/*
 * Java / Kotlin / Android knowledge. Priorities used in this file:
 *   25  one exact message with a single well-known cause (port in use, helpful NPE)
 *   20  a specific variant of a general exception (OOM: Metaspace, Kotlin lateinit, ...)
 *   10  one exception class or one compiler message
 *    5  a broad exception class whose message varies a lot (IOException, IllegalStateException)
 *  -10  any "pkg.XxxException: msg" followed by a stack frame
 *
 * Every regex is bounded ({m,n} instead of + or *) and anchored on a literal, so a 50,000-character
 * input cannot make it backtrack catastrophically.
 */

const JAVA_API = 'https://docs.oracle.com/en/java/javase/21/docs/api';

function api(module: string, pkgPath: string, cls: string): Reference {
  return { title: `${cls} (Java SE 21 API)`, url: `${JAVA_API}/${module}/${pkgPath}/${cls}.html` };
}
const lang = (cls: string): Reference => api('java.base', 'java/lang', cls);


/** Builds a multiline regex from pieces (so shared fragments can be reused). */
function rx(...parts: string[]): RegExp {
  return new RegExp(parts.join(''), 'm');
}

/**
 * Optional: the first stack frame that is not JDK/Kotlin runtime code, i.e. usually the user's own line.
 * Captures `frame`, `file`, `line`.
 */
const USER_FRAME = String.raw`(?:[^\n]{0,1000}(?:\n[ \t]*at (?:java|javax|jdk|sun|com\.sun|kotlin|kotlinx)[./][^\n]{0,500}){0,40}\n[ \t]*at (?<frame>[\w$.<>/]{1,300})\((?<file>[\w$.-]{1,200}):(?<line>\d{1,7})\))?`;

/**
 * Optional javac location prefix: `Foo.java:12: error: ` (javac/Gradle), `Foo.java:[12,5] ` (Maven),
 * `Error:(12, 5) java: ` (IntelliJ); the "error:" word may be localised (zh/ja/de javac).
 */
const JAVAC_LOC = String.raw`(?:(?<![^\s\[(])(?<file>[^\s\[\]()]{1,400}?\.java):(?:\[(?<line>\d{1,7}),(?<col>\d{1,7})\]|(?<lineNo>\d{1,7}):) ?)?(?:Error:\(\d{1,7}, ?\d{1,7}\) )?(?:java: )?(?:error: |错误: |エラー: |Fehler: )?`;

/** " (at Foo.bar, Foo.java:12)" when a frame was captured. */
function at(c: Captures): string {
  if (c.frame && c.file) return ` The first frame in your code is ${c.frame} (${c.file}:${c.line}).`;
  return '';
}

/** javac location as "Foo.java:12" or "". */
function javacAt(c: Captures): string {
  const line = c.line ?? c.lineNo;
  if (!c.file) return '';
  return line ? ` in ${c.file}:${line}` : ` in ${c.file}`;
}

/** Java class-file major version to Java release (52 = Java 8, 61 = Java 17, 65 = Java 21). */
function javaRelease(major: string | undefined): string {
  const n = Number(major);
  if (!Number.isFinite(n) || n < 45) return 'an unknown Java version';
  if (n <= 48) return `Java 1.${n - 44}`;
  return `Java ${n - 44}`;
}

/** com/example/App -> com.example.App (class names as printed in internal form). */
function dotted(name: string | undefined): string {
  return (name ?? 'the class').replace(/\//g, '.');
}

/** "1.2.3." -> "1.2.3" (sentence dots captured with coordinates). */
function trimDot(v: string): string {
  return v.replace(/\.+$/, '');
}

/** The dependency Gradle could not resolve, without a sentence's full stop. */
function depOf(c: Captures): string | undefined {
  const d = c.dependency ?? c.dep;
  return d ? trimDot(d) : undefined;
}

/** Short class name from a fully-qualified one. */
function shortName(fqcn: string | undefined, fallback: string): string {
  if (!fqcn) return fallback;
  const parts = fqcn.split('.');
  const last = parts[parts.length - 1] || fallback;
  // A nested exception class (Outer$AnnotatedConnectException) is known by its own name.
  const nested = last.slice(last.lastIndexOf('$') + 1);
  return /(?:Exception|Error)$/.test(nested) ? nested : last;
}


/** What a database error message (as passed on by a JDBC driver, any language) says went wrong. */
interface SqlKind {
  known: boolean;
  explanation: string;
  causes: string[];
  steps: string[];
}

const SQL_KINDS: readonly (readonly [RegExp, Omit<SqlKind, 'known'>])[] = [
  [
    /Communications link failure|Connection to \S{1,200} refused|The TCP\/IP connection to the host|connection attempt failed|Connection refused|Could not create connection|Network Adapter could not establish|ORA-125\d\d|Unable to acquire JDBC Connection|Failed to obtain JDBC Connection|Socket fail to connect|Could not open JDBC Connection/i,
    {
      explanation: 'The driver could not reach the database server: nothing listens at the configured host and port, a firewall or Docker network is in the way, or the server is still starting.',
      causes: ['Database server not running, or listening on another host/port', "Inside Docker, 'localhost' is the container itself: use the database service name", 'Firewall, VPN or cloud security group blocks the port', 'SSL/TLS settings rejected by the server'],
      steps: ['Check the JDBC URL host and port (spring.datasource.url) and that the database is running.', 'Test the port from the same machine or container: nc -vz <host> <port>.'],
    },
  ],
  [
    /password authentication failed|Access denied for user|Login failed for user|ORA-01017|invalid username\/password|authentication failed/i,
    {
      explanation: 'The database rejected the user name or password in the JDBC configuration.',
      causes: ['Wrong user name or password (environment variable not set in this environment)', 'The user exists but may not connect from this host', 'Authentication method not supported by the driver'],
      steps: ['Log in with the same user and password using psql/mysql/sqlcmd.', 'Check spring.datasource.username/password and the environment variables that feed them.'],
    },
  ],
  [
    /deadlock|was deadlocked on lock|Lock wait timeout exceeded|could not serialize access|lock timeout|ORA-00060/i,
    {
      explanation: 'Two transactions waited on each other\'s locks (or a lock wait timed out) and the database aborted one of them.',
      causes: ['Transactions that update the same rows in a different order', 'Long transactions holding locks while doing other work', 'Missing index, so updates lock more rows than needed'],
      steps: ['Retry the aborted transaction (it is safe to retry).', 'Access tables and rows in a consistent order and keep transactions short.'],
    },
  ],
  [
    /duplicate key|Duplicate entry|unique constraint|UNIQUE constraint failed|Unique index or primary key violation|Violation of (?:PRIMARY KEY|UNIQUE KEY) constraint|Cannot insert duplicate key|ORA-00001|llave duplicada|doppelter Schlüsselwert|clé dupliquée|повторяющееся значение ключа|重复键|duplicar valor da chave|valore chiave duplicato/i,
    {
      explanation: 'An INSERT or UPDATE would create a second row with the same value in a unique or primary-key column.',
      causes: ['The row already exists (a retried request, a double submit, a re-run import)', 'An id sequence or auto-increment counter is behind the data (after a manual import)', 'Two concurrent requests inserting the same key'],
      steps: ['Look up the existing row with the key from the message.', 'Use an upsert (INSERT ... ON CONFLICT / ON DUPLICATE KEY UPDATE), or check before inserting and handle the duplicate.'],
    },
  ],
  [
    /foreign key|FOREIGN KEY constraint|ORA-02291|ORA-02292|violates foreign/i,
    {
      explanation: 'The row references a parent row that does not exist, or a parent row is deleted while children still reference it.',
      causes: ['Inserting a child before its parent', 'Deleting a parent without deleting or re-pointing its children', 'Wrong id passed in the request'],
      steps: ['Insert or save the parent first, or delete the children first (or add ON DELETE CASCADE).'],
    },
  ],
  [
    /null value in column|cannot be null|Cannot insert the value NULL|NOT NULL constraint failed|ORA-01400/i,
    {
      explanation: 'A NOT NULL column received no value.',
      causes: ['The entity field is not set before saving', 'A column added to the table without a default, while the code does not fill it', 'The id is not generated by the database as the mapping assumes'],
      steps: ['Set the field before saving, or give the column a default value in a migration.', 'For ids, check @GeneratedValue matches the column (identity/sequence).'],
    },
  ],
  [
    /relation "[^"\n]{1,200}" does not exist|Table '[^'\n]{1,200}' doesn't exist|Invalid object name|对象名 .{1,200} 无效|no such table|ORA-00942|Table "[^"\n]{1,200}" not found|object not found|Relation »[^«\n]{1,200}« existiert nicht|la relation « .{1,200} » n'existe pas|отношение "[^"\n]{1,200}" не существует|关系 "[^"\n]{1,200}" 不存在/i,
    {
      explanation: 'The SQL names a table that does not exist in the database and schema the application is connected to.',
      causes: ['Migrations (Flyway/Liquibase) or schema generation have not run against this database', 'Connected to another database or schema than expected (search_path, default schema)', 'Table name misspelled, or quoted with the wrong case'],
      steps: ['Run the migrations (or check spring.jpa.hibernate.ddl-auto) against this database.', 'Check the database and schema in the JDBC URL, and the table name in the entity (@Table) or query.'],
    },
  ],
  [
    /column "[^"\n]{1,200}" (?:of relation "[^"\n]{1,200}" )?does not exist|Unknown column|Invalid column name|ORA-00904|no such column|Column "[^"\n]{1,200}" not found/i,
    {
      explanation: 'The SQL names a column that the table does not have.',
      causes: ['The schema is older than the code (missing migration)', 'Column name mapped differently (camelCase field vs snake_case column)', 'Typo in a native query'],
      steps: ['Compare the column name with the table definition (\\d table in psql, DESCRIBE in MySQL).', 'Add the missing migration or fix the @Column name / query.'],
    },
  ],
  [
    /syntax error|You have an error in your SQL syntax|Incorrect syntax near|ORA-00933|ORA-00936|bad SQL grammar|could not extract ResultSet|SQLGrammarException/i,
    {
      explanation: 'The database could not run the SQL statement as written: invalid syntax for this database, or names (tables, columns) it does not know.',
      causes: ['SQL written for another database dialect', 'Reserved word used as a table/column name without quoting', 'Wrong Hibernate dialect, or a native query with a typo'],
      steps: ['Log the generated SQL and run it in the database client to see the exact error position.', 'Check the Hibernate dialect and quote reserved words.'],
    },
  ],
  [
    /current transaction is aborted/i,
    {
      explanation: 'An earlier statement in the same transaction failed; PostgreSQL ignores every further statement until the transaction is rolled back.',
      causes: ['An exception was caught and the code kept using the same transaction', 'The first error is earlier in the log'],
      steps: ['Find the first error of the transaction in the log and fix it.', 'Roll back (or use a savepoint) after a failed statement instead of continuing.'],
    },
  ],
  [
    /database "[^"\n]{1,200}" does not exist|Unknown database|Cannot open database/i,
    {
      explanation: 'The database named in the JDBC URL does not exist on that server.',
      causes: ['The database was never created on this server', 'Typo in the database name in the URL'],
      steps: ['Create the database (CREATE DATABASE ...) or fix its name in the JDBC URL.'],
    },
  ],
  [
    /too many clients|Too many connections|remaining connection slots are reserved|ORA-00020/i,
    {
      explanation: 'The database server has reached its maximum number of connections.',
      causes: ['Connection pools of many application instances add up beyond max_connections', 'Connections leaked (never closed)'],
      steps: ['Lower the pool size per instance (spring.datasource.hikari.maximum-pool-size) or raise the server limit.', 'Close connections with try-with-resources.'],
    },
  ],
  [
    /value too long|Data too long for column|String or binary data would be truncated|ORA-12899|Data truncation/i,
    {
      explanation: 'A value is longer than the column allows.',
      causes: ['The column is shorter than the data (VARCHAR(n) too small)', 'Missing validation of input length'],
      steps: ['Widen the column in a migration, or validate/trim the value before saving.'],
    },
  ],
  [
    /ResultSet (?:is )?closed|Statement (?:is )?closed|Connection (?:is )?closed|connection has been closed|This connection has been closed/i,
    {
      explanation: 'A JDBC object was used after it (or its parent Statement/Connection) was closed, for example reading a ResultSet after the try-with-resources block ended.',
      causes: ['ResultSet read after its Statement or Connection was closed', 'A pooled connection closed by the server or the pool while in use'],
      steps: ['Read all rows before closing the Statement/Connection.', 'Do not keep JDBC objects in fields; get a connection per unit of work.'],
    },
  ],
  [
    /column index is out of range|parameter index|Parameter index out of range/i,
    {
      explanation: 'A setXxx(index, value) or getXxx(index) call used an index larger than the number of ? placeholders or result columns. JDBC indexes start at 1.',
      causes: ['Index counted from 0 instead of 1', 'Placeholder count and parameters do not match'],
      steps: ['Count the ? placeholders and number parameters from 1.'],
    },
  ],
  [
    /Public Key Retrieval is not allowed|server time zone value|SSL connection|SSL is required|PKIX path|The driver could not establish a secure connection/i,
    {
      explanation: 'The connection was refused during the handshake because of a driver setting (SSL, public key retrieval, time zone).',
      causes: ['MySQL 8 caching_sha2_password without SSL needs allowPublicKeyRetrieval=true', 'SSL required by the server but disabled (or untrusted certificate) in the client'],
      steps: ['Adjust the JDBC URL parameters (e.g. ?allowPublicKeyRetrieval=true&useSSL=false for local MySQL, sslmode for PostgreSQL).'],
    },
  ],
];

function sqlKind(message: string | undefined): SqlKind {
  const m = message ?? '';
  for (const [re, kind] of SQL_KINDS) if (re.test(m)) return { known: true, ...kind };
  return {
    known: false,
    explanation: 'The message (and the SQLState/vendor code, when printed) says which rule the database applied.',
    causes: ['Schema out of date (migrations not applied) or wrong database/schema', 'Constraint violations (unique, foreign key, NOT NULL)', 'Wrong credentials or permissions', 'Invalid SQL for this database dialect'],
    steps: ['Enable SQL logging (e.g. spring.jpa.show-sql=true or the driver log) and run the statement in psql/mysql/sqlcmd.', 'Check the connected database URL and schema.'],
  };
}

/** The table, column or constraint a database message names, as quoted there ("relation "users""). */
function sqlSubject(message: string | undefined): string | null {
  const m = /(?:\b(?:relation|column|constraint|table|Table|index|database|role|user|object name|Relation|Tabelle|Spalte|restricción de unicidad|restricción|restrição de unicidade|contrainte unique|contrainte|ограничение уникальности|ограничение)|对象名|唯一约束)\s?(?:"[^"\n]{1,120}"|'[^'\n]{1,120}'|«[^»\n]{1,120}»|»[^«\n]{1,120}«|\[[^\]\n]{1,120}\]|\([^)\n]{1,120}\))/.exec(message ?? '');
  return m ? m[0] : null;
}

function subjectStep(message: string | undefined): string[] {
  const subject = sqlSubject(message);
  return subject ? [`The database names ${subject}: start there.`] : [];
}

function sqlFixes(cls: string, message: string | undefined): Fix[] {
  const kind = sqlKind(message);
  return [
    fix(`Fix what the database reported in ${cls}`, [...subjectStep(message), ...kind.steps]),
    fix('Reproduce the statement directly', [
      `Catch or log ${cls} with its SQLState and error code (getSQLState(), getErrorCode()).`,
      'Run the failing statement in the database client against the same database to confirm the fix.',
    ]),
  ];
}

/** Spring's DataAccessException family, Hibernate's JDBC exceptions and JPA's exceptions. */
const DATA_ACCESS: Readonly<Record<string, { summary: string; explanation: string; causes: string[]; fixes: Fix[] }>> = (() => {
  const integrity = {
    summary: 'a database constraint was violated',
    explanation: 'The database refused the change because it breaks a constraint (unique key, foreign key, NOT NULL, check); Spring/Hibernate wrapped the driver error.',
    causes: ['A row with the same unique key already exists', 'A referenced parent row does not exist', 'A required column was left NULL'],
    fixes: [fix('Handle the constraint', ['Read the constraint name in the message and look at its definition.', 'Validate the data before saving, or catch the exception and return a 409 Conflict / validation error.'])],
  };
  const grammar = {
    summary: 'the SQL statement was rejected by the database',
    explanation: 'The database could not execute the SQL: a table or column does not exist, or the syntax is not valid for this database.',
    causes: ['Migrations not applied to this database', 'Table/column name differs from the entity mapping', 'SQL written for another database dialect'],
    fixes: [fix('Check the statement against the schema', ['Compare the statement in the message with the tables in the connected database.', 'Run pending migrations or fix the entity/query names.'])],
  };
  const connection = {
    summary: 'no database connection could be obtained',
    explanation: 'The application could not get a JDBC connection (database down or unreachable, wrong URL or credentials, pool exhausted).',
    causes: ['Database not running or unreachable from this host/container', 'Wrong JDBC URL, user or password', 'Connection pool exhausted'],
    fixes: [fix('Check the datasource', ['Verify spring.datasource.url/username/password for the active profile.', 'Check the database is reachable from where the application runs.'])],
  };
  const locking = {
    summary: 'a lock conflict or deadlock aborted the operation',
    explanation: 'Concurrent transactions competed for the same rows and the database aborted this one.',
    causes: ['Concurrent updates to the same rows', 'Long transactions holding locks'],
    fixes: [fix('Retry and shorten transactions', ['Retry the transaction (e.g. with Spring Retry).', 'Keep transactions short and update rows in a consistent order.'])],
  };
  const optimistic = {
    summary: 'the row was changed by someone else since it was read',
    explanation: 'Optimistic locking (@Version) detected that another transaction updated or deleted the row after this one read it.',
    causes: ['Two requests editing the same entity concurrently', 'A detached entity with an old version saved again'],
    fixes: [fix('Reload and retry, or report a conflict', ['Reload the entity and re-apply the change, or return 409 Conflict to the client.'])],
  };
  const size = {
    summary: 'the query returned a different number of rows than expected',
    explanation: 'A method that expects exactly one row (queryForObject, getSingleResult, a repository method returning one entity) got none or several.',
    causes: ['No row matches the criteria', 'Several rows match where one was expected (missing unique constraint)'],
    fixes: [fix('Handle zero or many rows', ['Use query() / Optional-returning repository methods and handle the empty case.', 'Add a unique constraint or a more specific WHERE clause.'])],
  };
  const generic = {
    summary: 'a persistence operation failed',
    explanation: 'Spring/Hibernate/JPA wrapped an error from the database or the ORM; the nested exception says what actually failed.',
    causes: ['An error from the JDBC driver (see the nested exception)', 'An entity mapping problem'],
    fixes: [fix('Read the nested cause', ['Look at the "nested exception is" part of the message or the "Caused by:" blocks below it.'])],
  };
  const transaction = {
    summary: 'the transaction could not be committed or was rolled back',
    explanation: 'The transaction was marked rollback-only by an inner failure, or the commit itself failed (often bean validation on flush).',
    causes: ['An inner @Transactional method threw and marked the transaction rollback-only', 'Bean Validation (ConstraintViolationException) failed during flush/commit'],
    fixes: [fix('Find the inner failure', ['Look for the first exception inside the transaction (the nested cause).', 'Do not catch and swallow exceptions from inner @Transactional methods.'])],
  };
  const apiUsage = {
    summary: 'the persistence API was called incorrectly',
    explanation: 'The data-access method was called with invalid arguments or in the wrong context (e.g. a null id, a missing transaction for a modifying query).',
    causes: ['A null id passed to findById/deleteById', '@Modifying query without @Transactional', 'Detached or transient entity passed where a managed one is required'],
    fixes: [fix('Fix the call', ['Read the message: it names the invalid argument or the missing context.', 'Add @Transactional around modifying queries; validate ids before calling the repository.'])],
  };
  const notFound = {
    summary: 'the entity does not exist',
    explanation: 'A reference (getReferenceById/getOne, a lazy proxy) pointed to a row that does not exist in the database.',
    causes: ['The id does not exist (deleted, or wrong id)', 'A foreign key column pointing to a missing row'],
    fixes: [fix('Check existence first', ['Use findById and handle Optional.empty() instead of getReferenceById.'])],
  };
  const transient = {
    summary: 'an entity references another entity that is not saved yet',
    explanation: 'Hibernate found a reference to a transient (never saved) entity while flushing.',
    causes: ['Saving a child whose parent was never persisted', 'Missing cascade on the association'],
    fixes: [fix('Save the referenced entity first', ['Persist the referenced entity before the one that points to it, or add cascade = CascadeType.PERSIST to the association.'])],
  };
  return {
    DataIntegrityViolationException: integrity,
    DuplicateKeyException: integrity,
    ConstraintViolationException: integrity,
    EntityExistsException: integrity,
    BadSqlGrammarException: grammar,
    InvalidDataAccessResourceUsageException: grammar,
    SQLGrammarException: grammar,
    CannotGetJdbcConnectionException: connection,
    CannotCreateTransactionException: connection,
    DataAccessResourceFailureException: connection,
    JDBCConnectionException: connection,
    TransientDataAccessResourceException: connection,
    RecoverableDataAccessException: connection,
    CannotAcquireLockException: locking,
    DeadlockLoserDataAccessException: locking,
    PessimisticLockingFailureException: locking,
    LockAcquisitionException: locking,
    PessimisticLockException: locking,
    QueryTimeoutException: locking,
    ObjectOptimisticLockingFailureException: optimistic,
    OptimisticLockingFailureException: optimistic,
    OptimisticLockException: optimistic,
    StaleObjectStateException: optimistic,
    EmptyResultDataAccessException: size,
    IncorrectResultSizeDataAccessException: size,
    NonUniqueResultException: size,
    NoResultException: size,
    TransactionSystemException: transaction,
    UnexpectedRollbackException: transaction,
    RollbackException: transaction,
    TransactionRequiredException: apiUsage,
    InvalidDataAccessApiUsageException: apiUsage,
    NonUniqueObjectException: apiUsage,
    PersistentObjectException: apiUsage,
    EntityNotFoundException: notFound,
    JpaObjectRetrievalFailureException: notFound,
    TransientObjectException: transient,
    TransientPropertyValueException: transient,
    JpaSystemException: generic,
    UncategorizedSQLException: generic,
    GenericJDBCException: generic,
    DataException: generic,
    PersistenceException: generic,
    PermissionDeniedDataAccessException: connection,
  };
})();

/** Optional kotlinc location: `e: file:///x/Foo.kt:12:5 ` (Kotlin 1.8+) or `e: /x/Foo.kt: (12, 5): ` (older). */
const KOTLIN_LOC = String.raw`(?:e: (?:file:\/\/)?(?<file>[^\n]{1,400}?\.kts?)(?::(?<line>\d{1,7}):(?<col>\d{1,7})|: \((?<line2>\d{1,7}), ?(?<col2>\d{1,7})\)):?\s{1,3})?`;

/** kotlinc location as " at Foo.kt:12" or "". */
function ktAt(c: Captures): string {
  if (!c.file) return '';
  const line = c.line ?? c.line2;
  return line ? ` at ${c.file}:${line}` : ` in ${c.file}`;
}

/** The main class the java launcher could not find, in whichever language it said so. */
function mainClass(c: Captures): string {
  return c.className ?? c.zhName ?? c.jaName ?? c.deName ?? c.frName ?? c.itName ?? c.esName ?? c.ruName ?? 'the main class';
}

/** The package of javac's "package x does not exist", in whichever language javac printed it. */
function pkgOf(c: Captures): string {
  return c.package ?? c.pkgZh ?? c.pkgJa ?? c.pkgDe ?? c.pkgFr ?? 'the package';
}

/** Kotlin plugin version that reads metadata `found` ("1.9.0" -> "1.9.24"). */
function kotlinFor(found: string | undefined): string {
  const m = /^(\d+)\.(\d+)/.exec(found ?? '');
  if (!m) return '2.0.21';
  const minor = `${m[1]}.${m[2]}`;
  const latest: Record<string, string> = { '1.6': '1.6.21', '1.7': '1.7.22', '1.8': '1.8.22', '1.9': '1.9.24', '2.0': '2.0.21', '2.1': '2.1.0' };
  return latest[minor] ?? `${minor}.0`;
}

/** javac messages whose wording contains names: the stable phrase a developer would search for. */
const JAVAC_PHRASES: readonly (readonly [RegExp, string])[] = [
  [/^class, interface, enum, or record expected/, 'class, interface, enum, or record expected'],
  [/^class, interface, or enum expected/, 'class, interface, or enum expected'],
  [/might not have been initialized/, 'variable might not have been initialized'],
  [/is already defined in/, 'already defined'],
  [/cannot be applied to given types/, 'cannot be applied to given types'],
  [/is not abstract and does not override abstract method/, 'does not override abstract method'],
  [/^method does not override or implement a method from a supertype/, 'method does not override or implement a method from a supertype'],
  [/^no suitable method found/, 'no suitable method found'],
  [/^no suitable constructor found/, 'no suitable constructor found'],
  [/^cannot assign a value to final variable/, 'cannot assign a value to final variable'],
  [/has private access in/, 'has private access'],
  [/cannot be accessed from outside package/, 'cannot be accessed from outside package'],
  [/^cannot inherit from final/, 'cannot inherit from final'],
  [/^unmappable character/, 'unmappable character for encoding'],
  [/class file has wrong version/, 'class file has wrong version'],
  [/^duplicate class/, 'duplicate class'],
  [/^unreported exception/, 'unreported exception'],
  [/^cannot access /, 'cannot access'],
  [/^cannot return a value from method whose result type is void/, 'cannot return a value from method whose result type is void'],
];

/** Kotlin compiler messages whose wording contains names, as a stable phrase. */
const KOTLINC_PHRASES: readonly (readonly [RegExp, string])[] = [
  [/^Only safe \(\?\.\) or non-null asserted \(!!\.\) calls are allowed/, 'Only safe (?.) or non-null asserted (!!.) calls are allowed'],
  [/should be called only from a coroutine or another suspend function/, 'Suspend function should be called only from a coroutine or another suspend function'],
  [/^Too many arguments for/, 'Too many arguments'],
  [/is not abstract and does not implement abstract (?:base class )?member/, 'is not abstract and does not implement abstract member'],
  [/overrides nothing/, "overrides nothing"],
  [/^Modifier '[^']{1,40}' is not applicable/, 'Modifier is not applicable'],
  [/^Variable '[^']{1,200}' must be initialized/, 'Variable must be initialized'],
  [/^Not enough information to infer type variable/, 'Not enough information to infer type variable'],
  [/does not have a companion object/, 'does not have a companion object'],
  [/^Cannot access '[^']{1,200}': it is (?:private|protected|internal)/, 'Cannot access: it is private'],
  [/^Platform declaration clash/, 'Platform declaration clash'],
  [/^'when' expression must be exhaustive/, "'when' expression must be exhaustive"],
];

function compilerPhrase(message: string, known: readonly (readonly [RegExp, string])[], fallback: string): string {
  const m = message.trim();
  for (const [re, phrase] of known) if (re.test(m)) return phrase;
  const head = m.split(/[:;] |\. | '| "| \(|, /)[0].replace(/[.:;]+$/, '').trim();
  // Names (dotted, called, generic) are the user's, not part of the phrase.
  const words: string[] = [];
  for (const word of head.split(' ')) {
    if (words.length > 0 && /[.(<$]/.test(word)) break;
    words.push(word);
  }
  const phrase = words.join(' ');
  return phrase.length >= 3 ? phrase : fallback;
}

const javacPhrase = (message: string): string => compilerPhrase(message, JAVAC_PHRASES, 'compilation error');
const kotlincPhrase = (message: string): string => compilerPhrase(message, KOTLINC_PHRASES, 'compilation error');

const PATTERNS: readonly ErrorPattern[] = [
  // ---------------------------------------------------------------- null
  {
    id: 'java.npe-helpful',
    language: 'java',
    match: rx(
      String.raw`java\.lang\.NullPointerException: Cannot (?<action>invoke|read field|assign field|load from|store to|read the array length|throw exception|enter synchronized block|exit synchronized block)(?: "(?<member>[^"\n]{1,300})"| (?<arrayType>[a-z]{1,20}) array)? because (?:the return value of "(?<returnOf>[^"\n]{1,300})"|"(?<variable>[^"\n]{1,300})"|(?<other>[^\n]{1,300}?)) is null`,
      USER_FRAME,
    ),
    errorType: 'NullPointerException',
    category: 'null',
    priority: 25,
    summary: (c) => {
      const culprit = c.returnOf
        ? `the value returned by ${c.returnOf}`
        : c.variable
          ? `'${c.variable}'`
          : (c.other ?? 'a reference');
      const what = c.member ? `${c.action} ${c.member}` : c.arrayType ? `${c.action} a ${c.arrayType} array` : c.action;
      return `Java could not ${what} because ${culprit} is null.`;
    },
    explanation: (c) => {
      const parts = [
        'Since Java 14 the JVM names the exact expression that was null ("helpful NullPointerException messages").',
      ];
      if (c.returnOf) {
        parts.push(
          `Here the method ${c.returnOf} returned null and the code used its result straight away${c.member ? ` to call ${c.member}` : ''}.`,
        );
      } else if (c.variable && c.variable.startsWith('<local')) {
        parts.push(
          `The culprit is an unnamed local variable (${c.variable}): the class was compiled without debug information, so compile with 'javac -g' to see its real name.`,
        );
      } else if (c.variable) {
        parts.push(`The variable or field '${c.variable}' held null at that moment${c.member ? `, so ${c.member} could not be used on it` : ''}.`);
      }
      return parts.join(' ') + at(c);
    },
    causes: (c) => [
      c.returnOf
        ? `${c.returnOf} can return null (not found, missing key, empty result) and the caller does not check for it`
        : 'The variable was never assigned, or was explicitly set to null',
      'A field is initialised later than expected (e.g. in a lifecycle method, or not injected by the framework)',
      'A Map.get / repository lookup / JSON field returned null for a missing entry',
      'Auto-unboxing of a null Integer/Long/Boolean into a primitive',
    ],
    fixes: (c) => [
      fix(
        'Check for null where the value is produced',
        [
          `Find where ${c.returnOf ?? (c.variable ? `'${c.variable}'` : 'the value')} is set and decide what "absent" should mean${c.member ? ` before ${c.member} is used on it` : ''}.`,
          'Return Optional, throw a descriptive exception, or fall back to a default instead of passing null on.',
        ],
        c.returnOf
          ? 'var result = repository.findById(id);\nif (result == null) {\n    throw new IllegalStateException("No entity with id " + id);\n}\nresult.getName();'
          : 'Objects.requireNonNull(value, "value must not be null");',
      ),
      fix(
        'Use Optional or a default value for lookups',
        ['Wrap results that may be missing in Optional and handle the empty case explicitly.'],
        'String name = Optional.ofNullable(user).map(User::getName).orElse("unknown");',
      ),
    ],
    references: [lang('NullPointerException'), { title: 'JEP 358: Helpful NullPointerExceptions', url: 'https://openjdk.org/jeps/358' }],
    samples: [
      'Exception in thread "main" java.lang.NullPointerException: Cannot invoke "String.length()" because "name" is null\n\tat com.example.App.greet(App.java:14)\n\tat com.example.App.main(App.java:6)',
      'java.lang.NullPointerException: Cannot invoke "com.example.model.User.getEmail()" because the return value of "com.example.repo.UserRepository.findByName(String)" is null\n\tat com.example.service.MailService.notify(MailService.java:42)',
      'java.lang.NullPointerException: Cannot read the array length because "<local1>" is null\n\tat Main.main(Main.java:5)',
      'java.lang.NullPointerException: Cannot load from int array because "this.counts" is null',
    ],
  },
  {
    id: 'kotlin.non-null-parameter',
    language: 'kotlin',
    match: rx(
      String.raw`(?:java\.lang\.NullPointerException|java\.lang\.IllegalArgumentException): Parameter specified as non-null is null: method (?<method>[\w$.<>]{1,300}), parameter (?<parameter>[\w$]{1,200})`,
    ),
    errorType: 'NullPointerException',
    category: 'null',
    priority: 25,
    summary: (c) => `Kotlin function ${c.method} received null for its non-null parameter '${c.parameter}'.`,
    explanation: (c) =>
      `Kotlin inserts a null check at the start of every public function whose parameter type is non-nullable. ${c.method} declares '${c.parameter}' as a non-null type, but the caller passed null. The caller is usually Java code, reflection, a framework (Spring, Jackson, Android) or a platform type (String!) coming from a Java API.`,
    causes: [
      'Java code calls the Kotlin function with a null argument',
      'A framework (deserialiser, DI container, Android callback) passes null where the Kotlin signature promises non-null',
      'A Java method without nullability annotations returned null and the value was passed on as a platform type',
    ],
    fixes: (c) => [
      fix(
        'Make the parameter nullable if null is a legitimate value',
        [`Change the type of '${c.parameter}' to a nullable type (add '?') and handle null inside the function.`],
        `fun handle(${c.parameter}: String?) {\n    if (${c.parameter} == null) return\n    // ...\n}`,
      ),
      fix('Stop passing null from the caller', [
        `Look one frame below ${c.method} in the stack trace to find the caller.`,
        'Validate the value there (or annotate the Java API with @NonNull/@Nullable so Kotlin sees the real type).',
      ]),
    ],
    references: [
      { title: 'Kotlin: Null safety', url: 'https://kotlinlang.org/docs/null-safety.html' },
      { title: 'Kotlin: Calling Java from Kotlin (platform types)', url: 'https://kotlinlang.org/docs/java-interop.html' },
    ],
    samples: [
      'java.lang.NullPointerException: Parameter specified as non-null is null: method com.example.ui.MainActivity.onCreate, parameter savedInstanceState\n\tat com.example.ui.MainActivity.onCreate(Unknown Source:2)',
      'java.lang.IllegalArgumentException: Parameter specified as non-null is null: method com.example.api.UserController.create, parameter request',
    ],
  },
  {
    id: 'kotlin.null-cast',
    language: 'kotlin',
    match: rx(
      String.raw`(?:java\.lang\.NullPointerException|kotlin\.TypeCastException): null cannot be cast to non-null type (?<type>[\w$.<>?, ]{1,300})`,
      USER_FRAME,
    ),
    errorType: 'NullPointerException',
    category: 'null',
    priority: 25,
    summary: (c) => `A null value was cast with 'as ${c.type}', which does not allow null.`,
    explanation: (c) =>
      `The expression 'x as ${c.type}' requires x to be a non-null ${c.type}. At runtime the value was null, so the cast failed. Use 'as ${c.type}?' or the safe cast 'as?' when the value may be missing.${at(c)}`,
    causes: [
      'An unsafe cast (as T) of a value that can be null, e.g. from findViewById, getSystemService, a Bundle or a Map',
      'A generic container returned null for a missing key',
    ],
    fixes: (c) => [
      fix(
        'Use a nullable or safe cast',
        ['Cast to the nullable type, or use as? and handle null.'],
        `val value = raw as? ${c.type} ?: return`,
      ),
    ],
    references: [{ title: 'Kotlin: Type checks and casts', url: 'https://kotlinlang.org/docs/typecasts.html' }],
    samples: [
      'java.lang.NullPointerException: null cannot be cast to non-null type kotlin.String\n\tat com.example.SettingsKt.readName(Settings.kt:12)',
    ],
  },
  {
    id: 'kotlin.npe-not-null-assertion',
    language: 'kotlin',
    match: rx(
      String.raw`(?:kotlin\.KotlinNullPointerException(?:[^\n]{0,300}\n[ \t]*at (?<legacyFrame>[\w$.<>/]{1,300})\((?<legacyFile>[\w$.-]{1,200}\.kt):(?<legacyLine>\d{1,7})\))?|java\.lang\.NullPointerException[ \t\r]*\n[ \t]*at (?<frame>[\w$.<>/]{1,300})\((?<file>[\w$-]{1,200}\.kt):(?<line>\d{1,7})\))`,
    ),
    errorType: (c) => (c.frame ? 'NullPointerException' : 'KotlinNullPointerException'),
    category: 'null',
    priority: 15,
    summary: (c) => {
      const file = c.file ?? c.legacyFile;
      const line = c.line ?? c.legacyLine;
      return `A Kotlin '!!' (not-null assertion) or a Java call returned null${file ? ` at ${file}:${line}` : ''}.`;
    },
    explanation: (c) => {
      const frame = c.frame ?? c.legacyFrame;
      return `The exception has no message and was thrown from Kotlin code${frame ? ` (${frame})` : ''}. That is the signature of the not-null assertion operator '!!': 'x!!' throws NullPointerException when x is null (KotlinNullPointerException before Kotlin 1.4). It also happens when a Java method returns null into a non-null Kotlin variable.`;
    },
    causes: [
      "A value marked with '!!' was null at runtime",
      'A Java API returned null (platform type) and it was used as non-null',
      'A lateinit-like pattern implemented with a nullable var and !!',
    ],
    fixes: [
      fix(
        "Replace '!!' with explicit null handling",
        ['Use ?. with ?: (elvis) to provide a default, or return early.', "Reserve '!!' for values that are guaranteed by an invariant."],
        'val name = user?.name ?: return\n// or\nval length = text?.length ?: 0',
      ),
      fix('Use requireNotNull / checkNotNull with a message', ['A descriptive message makes the next failure obvious.'], 'val id = requireNotNull(intent.getStringExtra("id")) { "id extra is missing" }'),
    ],
    references: [{ title: 'Kotlin: Null safety (the !! operator)', url: 'https://kotlinlang.org/docs/null-safety.html' }],
    samples: [
      'Exception in thread "main" java.lang.NullPointerException\n\tat com.example.MainKt.main(Main.kt:7)',
      'kotlin.KotlinNullPointerException\n\tat com.example.repo.UserRepo.current(UserRepo.kt:31)',
    ],
  },
  {
    id: 'java.npe',
    language: 'java',
    match: rx(String.raw`\bjava\.lang\.NullPointerException(?::[ \t]*(?<message>[^\n]{1,500}))?`, USER_FRAME),
    errorType: 'NullPointerException',
    category: 'null',
    priority: 10,
    summary: (c) => `Java tried to use a null reference${c.frame ? ` in ${c.frame}` : ''}.`,
    explanation: (c) =>
      `A NullPointerException is thrown when code calls a method, reads a field or indexes an array through a reference that is null. The stack trace points at the line where the null reference was used; the bug is usually where that value was (not) assigned.${at(c)} On Java 14+ run with the default helpful NPE messages to see which expression was null.`,
    causes: [
      'A variable or field was never initialised',
      'A method (lookup, Map.get, repository find, JSON parsing) returned null',
      'Dependency injection did not populate a field (missing @Autowired / created with new)',
      'Auto-unboxing of a null wrapper (Integer, Boolean) into a primitive',
    ],
    fixes: [
      fix('Find the null value', [
        'Open the file and line of the first frame from your own package.',
        'Check every reference dereferenced on that line ( a.b().c ) - one of them is null.',
        'Trace back to where that value comes from and handle the missing case there.',
      ]),
      fix('Guard or fail fast with a clear message', ['Validate inputs at method boundaries.'], 'this.service = Objects.requireNonNull(service, "service");'),
    ],
    references: [lang('NullPointerException'), { title: 'JEP 358: Helpful NullPointerExceptions', url: 'https://openjdk.org/jeps/358' }],
    samples: [
      'Exception in thread "main" java.lang.NullPointerException\n\tat com.example.OrderService.total(OrderService.java:27)\n\tat com.example.Main.main(Main.java:9)',
      'java.lang.NullPointerException: null\n\tat com.example.web.UserController.show(UserController.java:33) ~[classes/:na]',
    ],
  },

  // ---------------------------------------------------------------- indexes and conversions
  {
    id: 'java.array-index-out-of-bounds',
    language: 'java',
    match: rx(
      String.raw`\bjava\.lang\.ArrayIndexOutOfBoundsException(?:: (?:Index )?(?<index>-?\d{1,10})(?: out of bounds for length (?<length>\d{1,10}))?)?`,
      USER_FRAME,
    ),
    errorType: 'ArrayIndexOutOfBoundsException',
    category: 'runtime',
    priority: 10,
    summary: (c) =>
      c.index
        ? `Array index ${c.index} is outside the array${c.length ? ` of length ${c.length} (valid indexes 0..${Math.max(Number(c.length) - 1, 0)})` : ''}.`
        : 'An array was accessed with an index outside its bounds.',
    explanation: (c) =>
      `Java arrays are indexed from 0 to length-1. The code read or wrote element ${c.index ?? 'n'}${c.length ? ` of an array with ${c.length} element(s)` : ''}.${c.length === '0' ? ' The array is empty, so every index is invalid.' : ''}${c.index && c.length && c.index === c.length ? ' Using index == length is the classic off-by-one error (a loop with <= instead of <).' : ''}${at(c)}`,
    causes: [
      'Loop condition uses <= array.length instead of < array.length',
      'The array is empty or shorter than assumed (e.g. args[0] with no command-line arguments, String.split returned fewer parts)',
      'A negative index computed from indexOf() returning -1',
    ],
    fixes: [
      fix('Fix the bounds', ['Loop with i < array.length, or use an enhanced for loop.', 'Check the length before reading a fixed position.'], 'if (args.length < 1) {\n    System.err.println("usage: app <file>");\n    return;\n}\nString file = args[0];'),
    ],
    references: [lang('ArrayIndexOutOfBoundsException'), { title: 'The Java Tutorials: Arrays', url: 'https://docs.oracle.com/javase/tutorial/java/nutsandbolts/arrays.html' }],
    samples: [
      'Exception in thread "main" java.lang.ArrayIndexOutOfBoundsException: Index 3 out of bounds for length 3\n\tat com.example.Matrix.get(Matrix.java:18)\n\tat com.example.Main.main(Main.java:7)',
      'java.lang.ArrayIndexOutOfBoundsException: 0\n\tat Main.main(Main.java:3)',
    ],
  },
  {
    id: 'java.index-out-of-bounds',
    language: 'java',
    match: rx(
      String.raw`\bjava\.lang\.IndexOutOfBoundsException(?:: (?:Index:? (?<index>-?\d{1,10})(?:,? (?:out of bounds for length|Size:) (?<length>\d{1,10}))?|(?<message>[^\n]{1,300})))?`,
      USER_FRAME,
    ),
    errorType: 'IndexOutOfBoundsException',
    category: 'runtime',
    priority: 10,
    summary: (c) =>
      c.index ? `List index ${c.index} is out of range${c.length ? ` for a list of size ${c.length}` : ''}.` : 'A list or buffer was accessed outside its bounds.',
    explanation: (c) =>
      `List.get/set/remove accept indexes from 0 to size()-1.${c.length === '0' ? ' The list is empty.' : ''} The code used index ${c.index ?? 'n'}${c.length ? ` on a list of size ${c.length}` : ''}.${at(c)}`,
    causes: ['The list is empty or has fewer elements than expected', 'Off-by-one error in a loop (<= size())', 'Elements were removed while iterating by index'],
    fixes: [
      fix('Check the size before indexing', ['Guard with if (!list.isEmpty()) or index < list.size().', 'Prefer iterating with for-each or streams.'], 'String first = list.isEmpty() ? null : list.get(0);'),
    ],
    references: [lang('IndexOutOfBoundsException'), api('java.base', 'java/util', 'List')],
    samples: [
      'java.lang.IndexOutOfBoundsException: Index 0 out of bounds for length 0\n\tat java.base/jdk.internal.util.Preconditions.outOfBounds(Preconditions.java:100)\n\tat java.base/java.util.ArrayList.get(ArrayList.java:427)\n\tat com.example.Cart.first(Cart.java:22)',
      'java.lang.IndexOutOfBoundsException: Index: 5, Size: 2',
    ],
  },
  {
    id: 'java.string-index-out-of-bounds',
    language: 'java',
    match: rx(String.raw`\bjava\.lang\.StringIndexOutOfBoundsException(?:: (?<detail>[^\n]{1,300}))?`, USER_FRAME),
    errorType: 'StringIndexOutOfBoundsException',
    category: 'runtime',
    priority: 10,
    summary: (c) => `A String was indexed or sliced outside its length${c.detail ? ` (${c.detail})` : ''}.`,
    explanation: (c) =>
      `charAt(i) needs 0 <= i < length(), and substring(begin, end) needs 0 <= begin <= end <= length(). ${c.detail && c.detail.startsWith('begin') ? 'The message shows substring() arguments that do not fit the string.' : 'The string is shorter than the code assumed.'}${at(c)}`,
    causes: [
      'substring()/charAt() with a position computed from indexOf() that returned -1',
      'Input shorter than expected (empty string, missing characters)',
      'end index smaller than begin index',
    ],
    fixes: [
      fix('Validate positions before slicing', ['Check indexOf results for -1.', 'Clamp the end index to s.length().'], 'int i = s.indexOf(\':\');\nString key = i >= 0 ? s.substring(0, i) : s;'),
    ],
    references: [lang('StringIndexOutOfBoundsException'), lang('String')],
    samples: [
      'Exception in thread "main" java.lang.StringIndexOutOfBoundsException: begin 0, end 10, length 4\n\tat java.base/java.lang.String.checkBoundsBeginEnd(String.java:4606)\n\tat java.base/java.lang.String.substring(String.java:2709)\n\tat com.example.Parser.head(Parser.java:11)',
      'java.lang.StringIndexOutOfBoundsException: String index out of range: 5',
    ],
  },
  {
    id: 'java.class-cast',
    language: 'java',
    match: rx(
      String.raw`\bjava\.lang\.ClassCastException: (?:class )?(?<from>[\w$.\[;]{1,300}) cannot be cast to (?:class )?(?<to>[\w$.\[;]{1,300})`,
      USER_FRAME,
    ),
    errorType: 'ClassCastException',
    category: 'type',
    priority: 10,
    summary: (c) => `An object of type ${c.from} was cast to ${c.to}, which it is not.`,
    explanation: (c) =>
      `A cast (${shortName(c.to, 'T')}) obj only succeeds when obj really is a ${c.to} (or a subclass). At runtime the object was a ${c.from}.${c.from === c.to ? ' Both names are identical, so the class was loaded twice by two different class loaders (common with hot-reload tools such as Spring DevTools and with application servers).' : ''}${at(c)}`,
    causes: [
      'Raw types or unchecked generics let the wrong element type into a collection',
      'A deserialiser (Jackson, Gson) produced LinkedHashMap/Integer instead of your class because the target type was erased',
      'Same class loaded by two class loaders (DevTools restart, app servers)',
    ],
    fixes: (c) => [
      fix(
        'Check the type before casting',
        ['Use instanceof pattern matching, or fix the producer so it returns the right type.'],
        `if (obj instanceof ${shortName(c.to, 'Target')} t) {\n    // use t\n}`,
      ),
      fix('Give generic deserialisers the full type', ['With Jackson use a TypeReference for generic collections.'], 'List<User> users = mapper.readValue(json, new TypeReference<List<User>>() {});'),
    ],
    references: [lang('ClassCastException')],
    samples: [
      'Exception in thread "main" java.lang.ClassCastException: class java.lang.String cannot be cast to class java.lang.Integer (java.lang.String and java.lang.Integer are in module java.base of loader \'bootstrap\')\n\tat com.example.Main.main(Main.java:8)',
      'java.lang.ClassCastException: java.util.LinkedHashMap cannot be cast to com.example.dto.User',
    ],
  },
  {
    id: 'java.number-format',
    language: 'java',
    match: rx(
      String.raw`\bjava\.lang\.NumberFormatException: (?:For input string: "(?<input>[^"\n]{0,300})"(?: under radix (?<radix>\d{1,2}))?|(?<detail>[^\n]{1,300}))`,
      USER_FRAME,
    ),
    errorType: 'NumberFormatException',
    category: 'type',
    priority: 10,
    summary: (c) => (c.input !== undefined ? `The text "${c.input}" is not a valid number.` : `A string could not be parsed as a number (${c.detail}).`),
    explanation: (c) => {
      const input = c.input;
      let hint = '';
      if (input === '') hint = ' The string is empty.';
      else if (input !== undefined && /^\s|\s$/.test(input)) hint = ' It has leading or trailing whitespace; trim() it first.';
      else if (input !== undefined && /^-?\d+[.,]\d+$/.test(input)) hint = ' It has a decimal part, which Integer.parseInt/Long.parseLong reject; use Double.parseDouble or BigDecimal.';
      else if (input !== undefined && /^-?\d{10,}$/.test(input)) hint = ' It is too large for an int; use Long.parseLong or BigInteger.';
      return `Integer.parseInt, Long.parseLong, Double.parseDouble (and Kotlin's toInt()) throw NumberFormatException when the text is not exactly a number in the expected format.${hint}${at(c)}`;
    },
    causes: [
      'User input or a config/env value contains letters, spaces or is empty',
      'A decimal or thousands separator in a value parsed as an integer',
      'The number is out of range for int/long',
      'Parsing the wrong CSV column or JSON field',
    ],
    fixes: [
      fix(
        'Validate and handle bad input',
        ['trim() the input and catch NumberFormatException where the input enters the program.', "In Kotlin use toIntOrNull()."],
        'int port;\ntry {\n    port = Integer.parseInt(value.trim());\n} catch (NumberFormatException e) {\n    throw new IllegalArgumentException("PORT must be a number, got: " + value, e);\n}',
      ),
    ],
    references: [lang('NumberFormatException'), { title: 'Integer.parseInt (Java SE 21 API)', url: `${JAVA_API}/java.base/java/lang/Integer.html#parseInt(java.lang.String)` }],
    samples: [
      'Exception in thread "main" java.lang.NumberFormatException: For input string: "12a"\n\tat java.base/java.lang.NumberFormatException.forInputString(NumberFormatException.java:67)\n\tat java.base/java.lang.Integer.parseInt(Integer.java:662)\n\tat java.base/java.lang.Integer.parseInt(Integer.java:778)\n\tat com.example.Config.port(Config.java:21)',
      'java.lang.NumberFormatException: For input string: "" under radix 10',
      'java.lang.NumberFormatException: multiple points',
    ],
  },
  {
    id: 'java.concurrent-modification',
    language: 'java',
    match: rx(
      String.raw`\bjava\.util\.ConcurrentModificationException(?:[^\n]{0,300}\n[ \t]*at java\.base/java\.util\.(?<collection>\w{1,60})\$)?`,
      USER_FRAME,
    ),
    errorType: 'ConcurrentModificationException',
    category: 'concurrency',
    priority: 10,
    summary: (c) => `A collection${c.collection ? ` (${c.collection})` : ''} was modified while it was being iterated.`,
    explanation: (c) =>
      `Iterators of ArrayList, HashMap and most java.util collections are fail-fast: if the collection is structurally changed (add/remove) after the iterator was created, other than through the iterator itself, the next step throws ConcurrentModificationException. Despite the name, this usually happens in a single thread - typically list.remove() inside a for-each loop.${at(c)}`,
    causes: [
      'Calling list.remove()/add() inside a for-each loop over the same list',
      'Modifying a map while iterating over keySet()/entrySet()/values()',
      'Another thread modifies a shared non-thread-safe collection',
    ],
    fixes: [
      fix('Use removeIf or the iterator to remove', ['Replace the manual loop with removeIf, or call iterator.remove().'], 'list.removeIf(item -> item.isExpired());\n\n// or\nfor (Iterator<Item> it = list.iterator(); it.hasNext(); ) {\n    if (it.next().isExpired()) it.remove();\n}'),
      fix('Use a concurrent collection for multi-threaded access', ['Use ConcurrentHashMap or CopyOnWriteArrayList, or guard access with a lock.']),
    ],
    references: [api('java.base', 'java/util', 'ConcurrentModificationException'), api('java.base', 'java/util', 'Iterator')],
    samples: [
      'Exception in thread "main" java.util.ConcurrentModificationException\n\tat java.base/java.util.ArrayList$Itr.checkForComodification(ArrayList.java:1013)\n\tat java.base/java.util.ArrayList$Itr.next(ArrayList.java:967)\n\tat com.example.Cleanup.run(Cleanup.java:19)',
    ],
  },
  {
    id: 'java.unsupported-operation',
    language: 'java',
    match: rx(
      String.raw`\bjava\.lang\.UnsupportedOperationException(?:: (?<message>[^\n]{1,300}))?(?:\n[ \t]*at [^\n]{0,300}?(?<source>ImmutableCollections|AbstractList|AbstractCollection|AbstractMap|Collections\$Unmodifiable\w{0,40}))?`,
      USER_FRAME,
    ),
    errorType: 'UnsupportedOperationException',
    category: 'runtime',
    priority: 10,
    summary: (c) =>
      c.source ? 'The code tried to modify an immutable or fixed-size collection.' : `An operation is not supported by this object${c.message ? `: ${c.message}` : ''}.`,
    explanation: (c) => {
      if (c.source === 'ImmutableCollections')
        return `The collection was created with List.of / Set.of / Map.of / stream().toList() (or Collectors.toUnmodifiableList), which return immutable collections: add, remove, set and clear always throw.${at(c)}`;
      if (c.source === 'AbstractList' || c.source === 'AbstractCollection')
        return `The list is fixed-size - typically from Arrays.asList(...). You can set elements but not add or remove them.${at(c)}`;
      if (c.source && c.source.startsWith('Collections'))
        return `The collection is a read-only view from Collections.unmodifiableXxx; it cannot be changed through this reference.${at(c)}`;
      return `The object does not implement this (optional) operation. For collections, this means it is immutable or fixed-size.${at(c)}`;
    },
    causes: [
      'Modifying a list from List.of(...), Stream.toList() or Collections.unmodifiableList',
      'Adding to or removing from a list returned by Arrays.asList(...)',
      'Calling a method that a library or subclass deliberately leaves unimplemented',
    ],
    fixes: [
      fix('Copy into a mutable collection first', ['Wrap the immutable/fixed-size collection in a new ArrayList/HashMap before modifying it.'], 'List<String> names = new ArrayList<>(List.of("a", "b"));\nnames.add("c");'),
    ],
    references: [lang('UnsupportedOperationException'), { title: 'List: Unmodifiable Lists (Java SE 21 API)', url: `${JAVA_API}/java.base/java/util/List.html#unmodifiable` }],
    samples: [
      'Exception in thread "main" java.lang.UnsupportedOperationException\n\tat java.base/java.util.ImmutableCollections.uoe(ImmutableCollections.java:142)\n\tat java.base/java.util.ImmutableCollections$AbstractImmutableCollection.add(ImmutableCollections.java:147)\n\tat com.example.Main.main(Main.java:10)',
      'java.lang.UnsupportedOperationException\n\tat java.base/java.util.AbstractList.add(AbstractList.java:153)\n\tat java.base/java.util.AbstractList.add(AbstractList.java:111)\n\tat com.example.Tags.addTag(Tags.java:15)',
    ],
  },
  {
    id: 'java.illegal-argument',
    language: 'java',
    match: rx(String.raw`\bjava\.lang\.IllegalArgumentException(?:: (?<message>[^\n]{1,500}))?`, USER_FRAME),
    errorType: 'IllegalArgumentException',
    category: 'runtime',
    priority: 5,
    summary: (c) => `A method rejected one of its arguments${c.message ? `: ${c.message}` : ''}.`,
    explanation: (c) =>
      `IllegalArgumentException means a method was called with a value it does not accept (out of range, wrong format, unknown enum name, ...). The message usually says which argument. The method that threw is at the top of the stack; the bad value comes from its caller.${at(c)}`,
    causes: [
      'A value outside the allowed range or format (negative size, malformed URL/UUID/date)',
      'Enum.valueOf with a name that does not exist ("No enum constant ...")',
      'Invalid configuration passed to a library',
    ],
    fixes: [
      fix('Validate the value at its source', ['Read the message to see which argument was rejected.', 'Check the caller (the frame below the thrower) and validate or convert the value before the call.']),
    ],
    references: [lang('IllegalArgumentException')],
    samples: [
      'Exception in thread "main" java.lang.IllegalArgumentException: No enum constant com.example.Status.ACTIVE_\n\tat java.base/java.lang.Enum.valueOf(Enum.java:273)\n\tat com.example.Status.valueOf(Status.java:3)',
      'java.lang.IllegalArgumentException: timeout value is negative',
    ],
  },
  {
    id: 'java.illegal-state',
    language: 'java',
    match: rx(String.raw`\bjava\.lang\.IllegalStateException(?:: (?<message>[^\n]{1,500}))?`, USER_FRAME),
    errorType: 'IllegalStateException',
    category: 'runtime',
    priority: 5,
    summary: (c) => `An object was used while it was in the wrong state${c.message ? `: ${c.message}` : ''}.`,
    explanation: (c) =>
      `IllegalStateException means the arguments were fine but the object was not ready for the call (already closed, not started, called twice, wrong thread). The message describes the expected state.${c.message && /ApplicationContext/.test(c.message) ? ' "Failed to load ApplicationContext" in tests is only a wrapper: scroll to the last "Caused by:" for the real reason.' : ''}${at(c)}`,
    causes: [
      'Calling a method before initialisation or after close/shutdown',
      'Using a one-shot object twice (stream already operated upon, response already committed)',
      'A framework wrapper - the real cause is in the nested "Caused by:" section',
    ],
    fixes: [
      fix('Fix the call order', ['Read the message and check the lifecycle of the object named in the top frame.', 'Look for a "Caused by:" section further down the trace for wrapped errors.']),
    ],
    references: [lang('IllegalStateException')],
    samples: [
      'java.lang.IllegalStateException: stream has already been operated upon or closed\n\tat java.base/java.util.stream.AbstractPipeline.evaluate(AbstractPipeline.java:229)\n\tat com.example.Report.build(Report.java:40)',
      'java.lang.IllegalStateException: Failed to load ApplicationContext for [WebMergedContextConfiguration@5f9b2141 testClass = com.example.AppTests]',
    ],
  },
  {
    id: 'java.arithmetic',
    language: 'java',
    match: rx(String.raw`\bjava\.lang\.ArithmeticException: (?<message>[^\n]{1,300})`, USER_FRAME),
    errorType: 'ArithmeticException',
    category: 'runtime',
    priority: 10,
    summary: (c) => `An arithmetic operation failed: ${c.message}.`,
    explanation: (c) =>
      `${c.message && c.message.includes('/ by zero') ? 'Integer division (or %) by zero is not allowed in Java (floating-point division by zero gives Infinity instead).' : c.message && c.message.includes('Non-terminating decimal') ? 'BigDecimal.divide without a MathContext or scale cannot represent a result like 1/3 exactly.' : 'An exact arithmetic operation (Math.xxxExact, BigDecimal) could not produce a valid result.'}${at(c)}`,
    causes: ['Dividing by a variable that can be zero (empty list size, zero count)', 'BigDecimal.divide without rounding', 'Overflow detected by Math.addExact/multiplyExact/toIntExact'],
    fixes: [
      fix('Guard the divisor / set a rounding mode', ['Check for zero before dividing.', 'For BigDecimal pass a scale and RoundingMode.'], 'BigDecimal avg = total.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);'),
    ],
    references: [lang('ArithmeticException')],
    samples: ['Exception in thread "main" java.lang.ArithmeticException: / by zero\n\tat com.example.Stats.average(Stats.java:12)'],
  },

  // ---------------------------------------------------------------- class loading and JVM
  {
    id: 'java.class-not-found',
    language: 'java',
    match: rx(String.raw`\bjava\.lang\.ClassNotFoundException: (?<className>[\w$.\/-]{1,300})`),
    errorType: 'ClassNotFoundException',
    category: 'dependency',
    priority: 10,
    summary: (c) => `The class ${c.className} could not be found on the classpath.`,
    explanation: (c) =>
      `The JVM was asked to load ${c.className} by name (Class.forName, a JDBC driver, a framework, or the main class of 'java -cp') and no jar or directory on the runtime classpath contains it.${/jdbc|Driver/i.test(c.className ?? '') ? ' This looks like a JDBC driver: the driver jar is not a runtime dependency.' : ''}${/^javax\./.test(c.className ?? '') ? ' javax.* APIs were removed from the JDK (Java 11) or renamed to jakarta.* (Spring Boot 3 / Jakarta EE 9+).' : ''}`,
    causes: [
      'The library containing the class is not a runtime dependency (scope provided/test, or missing)',
      'Typo in the fully-qualified class name (config file, Class.forName, main class)',
      'javax.* vs jakarta.* mismatch after upgrading Spring Boot / Jakarta EE',
      'Running with java -cp that omits your compiled classes or a jar',
    ],
    fixes: (c) => [
      fix('Add the dependency that contains the class', [
        `Search for ${c.className} on Maven Central (search.maven.org) to find the artifact.`,
        'Add it with runtime (not test/provided) scope and rebuild.',
      ]),
      fix('Check the classpath when running', ['Print it with -verbose:class or check the jar manifest.', 'For fat jars, build with the Spring Boot / Shadow plugin so dependencies are included.']),
    ],
    references: [lang('ClassNotFoundException'), { title: 'The java command: class path options', url: 'https://docs.oracle.com/en/java/javase/21/docs/specs/man/java.html' }],
    samples: [
      'java.lang.ClassNotFoundException: com.mysql.cj.jdbc.Driver\n\tat java.base/jdk.internal.loader.BuiltinClassLoader.loadClass(BuiltinClassLoader.java:641)\n\tat java.base/java.lang.Class.forName0(Native Method)',
      'Error: Could not find or load main class com.example.App\nCaused by: java.lang.ClassNotFoundException: com.example.App',
    ],
  },
  {
    id: 'java.no-class-def-found',
    language: 'java',
    match: rx(String.raw`\bjava\.lang\.NoClassDefFoundError: (?<init>Could not initialize class )?(?<className>[\w$.\/-]{1,300})`),
    errorType: 'NoClassDefFoundError',
    category: 'dependency',
    priority: 10,
    summary: (c) =>
      c.init
        ? `The class ${dotted(c.className)} failed during static initialisation earlier and cannot be used.`
        : `The class ${dotted(c.className)} was present at compile time but is missing at runtime.`,
    explanation: (c) =>
      c.init
        ? `"Could not initialize class" means the JVM already tried to run the static initialiser of ${dotted(c.className)} and it threw (ExceptionInInitializerError). Every later use gets this error. Look further up in the log for the first ExceptionInInitializerError - it contains the real cause.`
        : `Your code was compiled against ${dotted(c.className)}, but the class cannot be found when it is first used at runtime. The jar that provides it is missing from the runtime classpath, or two versions of a library conflict.`,
    causes: (c) =>
      c.init
        ? ['A static field initialiser or static block threw an exception', 'A native library or config file needed during static init is missing']
        : [
            'A dependency is available at compile time only (provided/compileOnly scope)',
            'The application jar was built without its dependencies',
            'Conflicting versions of a library on the classpath (shaded or transitive duplicates)',
          ],
    fixes: (c) =>
      c.init
        ? [fix('Find the first initialisation failure', [`Search the log for the first ExceptionInInitializerError of ${c.className} and read its Caused by.`, `Fix the failing static initialiser of ${c.className} (e.g. missing resource, bad config).`])]
        : [
            fix('Put the dependency on the runtime classpath', [
              `Find which artifact provides ${dotted(c.className)} and add it with implementation/runtime scope.`,
              'Run "mvn dependency:tree" or "gradle dependencies" to look for version conflicts.',
            ]),
          ],
    references: [lang('NoClassDefFoundError'), lang('ExceptionInInitializerError')],
    samples: [
      'Exception in thread "main" java.lang.NoClassDefFoundError: org/slf4j/LoggerFactory\n\tat com.example.App.<clinit>(App.java:8)\n\tat com.example.Main.main(Main.java:4)',
      'java.lang.NoClassDefFoundError: Could not initialize class com.example.config.Settings\n\tat com.example.Main.main(Main.java:5)',
    ],
  },
  {
    id: 'java.no-such-method-error',
    language: 'java',
    match: rx(String.raw`\bjava\.lang\.NoSuchMethodError: '?(?<method>[^'\n]{1,400})'?`),
    errorType: 'NoSuchMethodError',
    category: 'dependency',
    priority: 10,
    summary: (c) => `The method ${c.method} does not exist in the version of the class loaded at runtime.`,
    explanation: (c) =>
      `The code was compiled against a library version that has ${c.method}, but at runtime a different (usually older or newer) version of that library was loaded, and the method is missing or has another signature. This is a dependency version conflict, not a bug in your source.`,
    causes: [
      'Two versions of the same library on the classpath; the wrong one wins',
      'A library upgraded at compile time but an old jar deployed (application server, shared lib folder)',
      'Stale build output mixing classes compiled against different versions',
    ],
    fixes: (c) => [
      fix('Align the dependency versions', [
        `Find which jar provides the class of ${c.method} at runtime (run with -verbose:class, or look it up in the IDE).`,
        'Run "mvn dependency:tree -Dverbose" or "gradle dependencyInsight --dependency <name>" to find the conflicting versions.',
        'Pin one version (Maven dependencyManagement / Gradle constraints or a BOM).',
        'Clean and rebuild (mvn clean package / gradle clean build).',
      ]),
    ],
    references: [lang('NoSuchMethodError'), { title: 'Maven: Introduction to the Dependency Mechanism', url: 'https://maven.apache.org/guides/introduction/introduction-to-dependency-mechanism.html' }],
    samples: [
      "java.lang.NoSuchMethodError: 'com.google.common.collect.ImmutableList com.google.common.collect.ImmutableList.toImmutableList()'\n\tat com.example.Service.load(Service.java:30)",
      'Exception in thread "main" java.lang.NoSuchMethodError: org.apache.commons.lang3.StringUtils.isBlank(Ljava/lang/CharSequence;)Z',
    ],
  },
  {
    id: 'java.unsupported-class-version',
    language: 'java',
    match: rx(
      String.raw`\bjava\.lang\.UnsupportedClassVersionError: (?<className>[\w$.\/-]{1,300}) (?:has been compiled by a more recent version of the Java Runtime \(class file version (?<classVersion>\d{2,3})(?:\.\d{1,5})?\), this version of the Java Runtime only recognizes class file versions up to (?<runtimeVersion>\d{2,3})(?:\.\d{1,5})?|: Unsupported major\.minor version (?<oldVersion>\d{2,3})(?:\.\d{1,5})?)`,
    ),
    errorType: 'UnsupportedClassVersionError',
    category: 'configuration',
    priority: 15,
    summary: (c) => {
      const compiled = javaRelease(c.classVersion ?? c.oldVersion);
      return c.runtimeVersion
        ? `${dotted(c.className)} was compiled for ${compiled} but is running on ${javaRelease(c.runtimeVersion)}.`
        : `${dotted(c.className)} was compiled for ${compiled}, newer than the Java runtime in use.`;
    },
    explanation: (c) =>
      `Class files record the Java version they target (class file version ${c.classVersion ?? c.oldVersion} = ${javaRelease(c.classVersion ?? c.oldVersion)}; 52 = Java 8, 55 = 11, 61 = 17, 65 = 21). A JVM refuses classes newer than itself${c.runtimeVersion ? `, and this runtime only understands up to ${c.runtimeVersion} (${javaRelease(c.runtimeVersion)})` : ''}. Either run with a newer JDK or compile for the older release.`,
    causes: [
      'JAVA_HOME / PATH points to an older JDK than the one used to build',
      'The IDE or build tool uses a newer JDK than the server or Docker image',
      'A dependency (e.g. Spring Boot 3 needs Java 17) requires a newer Java',
    ],
    fixes: (c) => [
      fix('Run on a newer Java', [
        `Install ${javaRelease(c.classVersion ?? c.oldVersion)} or later to run ${c.className}, and check "java -version".`,
        'Update JAVA_HOME, the Docker base image (e.g. eclipse-temurin:21-jre) or the IDE run configuration.',
      ]),
      fix(
        'Or compile for the older runtime',
        ['Set the release flag so the bytecode targets the older version (only works if your dependencies support it).'],
        '<!-- pom.xml -->\n<properties>\n  <maven.compiler.release>17</maven.compiler.release>\n</properties>\n\n// build.gradle.kts\njava { toolchain { languageVersion = JavaLanguageVersion.of(17) } }',
      ),
    ],
    references: [
      lang('UnsupportedClassVersionError'),
      { title: 'JVM Specification, chapter 4: The class File Format (version numbers)', url: 'https://docs.oracle.com/javase/specs/jvms/se21/html/jvms-4.html' },
    ],
    samples: [
      'Error: LinkageError occurred while loading main class com.example.App\n\tjava.lang.UnsupportedClassVersionError: com/example/App has been compiled by a more recent version of the Java Runtime (class file version 61.0), this version of the Java Runtime only recognizes class file versions up to 55.0',
      'Exception in thread "main" java.lang.UnsupportedClassVersionError: com/example/Main : Unsupported major.minor version 52.0',
    ],
  },
  {
    id: 'java.oom-heap',
    language: 'java',
    match: /\bjava\.lang\.OutOfMemoryError: Java heap space/,
    errorType: 'OutOfMemoryError',
    category: 'memory',
    priority: 20,
    summary: 'The JVM ran out of heap memory (Java heap space).',
    explanation:
      'Objects no longer fit in the heap even after garbage collection. Either the heap limit (-Xmx, or the default fraction of container memory) is too small for the workload, or the program keeps references to objects it no longer needs (a memory leak), or it loads something huge at once (whole file, whole table).',
    causes: [
      'Loading a large file, result set or response fully into memory',
      'A leak: caches, static collections or listeners that only grow',
      'Heap limit too small for the workload or container',
    ],
    fixes: [
      fix('Find what fills the heap', [
        'Run with -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath=/tmp and open the dump in Eclipse MAT or VisualVM.',
        'Look at the biggest retained objects and who references them.',
      ]),
      fix('Stream instead of loading everything', ['Process files and query results in chunks (BufferedReader, JDBC fetch size, pagination).']),
      fix('Raise the heap limit if the workload is legitimate', ['Set -Xmx (e.g. -Xmx2g), or -XX:MaxRAMPercentage=75 in containers.'], 'java -Xmx2g -XX:+HeapDumpOnOutOfMemoryError -jar app.jar'),
    ],
    references: [lang('OutOfMemoryError'), { title: 'Troubleshooting Guide: Understand the OutOfMemoryError Exception', url: 'https://docs.oracle.com/en/java/javase/21/troubleshoot/troubleshooting-memory-leaks.html' }],
    samples: [
      'Exception in thread "main" java.lang.OutOfMemoryError: Java heap space\n\tat java.base/java.util.Arrays.copyOf(Arrays.java:3512)\n\tat java.base/java.util.ArrayList.grow(ArrayList.java:237)',
    ],
  },
  {
    id: 'java.oom-metaspace',
    language: 'java',
    match: /\bjava\.lang\.OutOfMemoryError: (?:Metaspace|Compressed class space)/,
    errorType: 'OutOfMemoryError',
    category: 'memory',
    priority: 20,
    summary: 'The JVM ran out of Metaspace (memory for class metadata).',
    explanation:
      'Metaspace holds loaded classes. It fills up when an application loads a very large number of classes, or keeps generating classes (proxies, scripting, redeploys in an app server) whose class loaders are never released - a class-loader leak.',
    causes: [
      'Repeated hot redeploys leaking class loaders (application servers, DevTools)',
      'Frameworks generating proxies/lambdas/classes dynamically without limits',
      '-XX:MaxMetaspaceSize set too low',
    ],
    fixes: [
      fix('Raise the limit or remove it', ['Increase -XX:MaxMetaspaceSize (it is unlimited by default).'], 'java -XX:MaxMetaspaceSize=512m -jar app.jar'),
      fix('Look for class-loader leaks', ['Take a heap dump and check the number of class loaders/classes with Eclipse MAT.', 'Restart instead of hot redeploying if leaks come from a library.']),
    ],
    references: [lang('OutOfMemoryError'), { title: 'Troubleshooting Guide: Understand the OutOfMemoryError Exception', url: 'https://docs.oracle.com/en/java/javase/21/troubleshoot/troubleshooting-memory-leaks.html' }],
    samples: ['java.lang.OutOfMemoryError: Metaspace\n\tat java.base/java.lang.ClassLoader.defineClass1(Native Method)'],
  },
  {
    id: 'java.oom-gc-overhead',
    language: 'java',
    match: /\bjava\.lang\.OutOfMemoryError: GC overhead limit exceeded/,
    errorType: 'OutOfMemoryError',
    category: 'memory',
    priority: 20,
    summary: 'The JVM spent almost all its time in garbage collection and recovered almost no memory.',
    explanation:
      'The parallel collector gives up when more than ~98% of time goes to GC while less than 2% of the heap is freed. In practice the heap is full of live objects: the same situation as "Java heap space", detected a little earlier.',
    causes: ['A memory leak keeps objects reachable', 'The working set is larger than the heap', 'Huge in-memory collections built from input data'],
    fixes: [
      fix('Treat it like a heap OOM', ['Take a heap dump (-XX:+HeapDumpOnOutOfMemoryError) and find the dominating objects.', 'Reduce memory use or increase -Xmx.']),
    ],
    references: [lang('OutOfMemoryError'), { title: 'Troubleshooting Guide: Understand the OutOfMemoryError Exception', url: 'https://docs.oracle.com/en/java/javase/21/troubleshoot/troubleshooting-memory-leaks.html' }],
    samples: ['Exception in thread "pool-1-thread-3" java.lang.OutOfMemoryError: GC overhead limit exceeded'],
  },
  {
    id: 'java.oom-native-thread',
    language: 'java',
    match: /\bjava\.lang\.OutOfMemoryError: unable to create (?:new )?native thread/,
    errorType: 'OutOfMemoryError',
    category: 'concurrency',
    priority: 20,
    summary: 'The JVM could not start another thread: the OS refused to create it.',
    explanation:
      'This is not about the heap. Each Java platform thread needs an OS thread and its own stack; the process hit the OS limit on threads/processes (ulimit -u, container pids limit) or ran out of native memory for stacks. Usually the application creates threads without bound.',
    causes: ['new Thread() per request/task instead of a bounded pool', 'Thread pools that are created repeatedly and never shut down', 'Low ulimit -u or container pids.max'],
    fixes: [
      fix('Bound the number of threads', ['Use a fixed-size ExecutorService and reuse it; shut down pools you create.', 'On Java 21 consider virtual threads for blocking I/O.'], 'ExecutorService pool = Executors.newFixedThreadPool(32);\n// Java 21:\nExecutorService vt = Executors.newVirtualThreadPerTaskExecutor();'),
      fix('Inspect live threads', ['Take a thread dump (jstack <pid>) to see which code creates them.']),
    ],
    references: [lang('OutOfMemoryError'), api('java.base', 'java/util/concurrent', 'ExecutorService')],
    samples: ['Exception in thread "main" java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or process/resource limits reached'],
  },
  {
    id: 'java.oom',
    language: 'java',
    match: /\bjava\.lang\.OutOfMemoryError(?:: (?<detail>[^\n]{1,300}))?/,
    errorType: 'OutOfMemoryError',
    category: 'memory',
    priority: 10,
    summary: (c) => `The JVM ran out of memory${c.detail ? ` (${c.detail})` : ''}.`,
    explanation: (c) =>
      `${c.detail && /array size/.test(c.detail) ? 'The code tried to allocate an array larger than the JVM allows (close to Integer.MAX_VALUE elements), usually because a size was computed wrongly.' : c.detail && /Direct buffer/.test(c.detail) ? 'Off-heap direct buffers (NIO, Netty) exceeded -XX:MaxDirectMemorySize; buffers are not being released or the limit is too small.' : 'A memory area of the JVM was exhausted. The detail after the colon says which one.'}`,
    causes: ['A memory leak', 'A single huge allocation', 'JVM memory limits too low for the workload'],
    fixes: [fix('Diagnose the memory area named in the message', ['Enable -XX:+HeapDumpOnOutOfMemoryError and analyse the dump.', 'Adjust the corresponding limit (-Xmx, -XX:MaxDirectMemorySize) once the cause is understood.'])],
    references: [lang('OutOfMemoryError')],
    samples: ['java.lang.OutOfMemoryError: Requested array size exceeds VM limit', 'java.lang.OutOfMemoryError: Direct buffer memory'],
  },
  {
    id: 'java.stack-overflow',
    language: 'java',
    match: /\bjava\.lang\.StackOverflowError(?:[^\n]{0,300}\n[ \t]*at (?<frame>[\w$.<>/]{1,300})\((?<file>[\w$.-]{1,200}):(?<line>\d{1,7})\))?/,
    errorType: 'StackOverflowError',
    category: 'runtime',
    priority: 10,
    summary: (c) => `The call stack overflowed${c.frame ? `, repeatedly calling ${c.frame}` : ''} - almost always infinite recursion.`,
    explanation: (c) =>
      `Each method call uses stack space; StackOverflowError means the thread's stack is full. The trace shows the same frames repeating${c.frame ? ` (${c.frame} at ${c.file}:${c.line})` : ''}: a method that calls itself without reaching a base case, or two methods calling each other (toString/equals/hashCode or JSON serialisation of bidirectional relations like parent <-> child).`,
    causes: [
      'Recursive method without a (reachable) base case',
      'toString()/hashCode()/equals() of two entities referencing each other (Lombok @Data on JPA entities)',
      'JSON serialisation of a bidirectional relationship',
      'Legitimately deep recursion on large input',
    ],
    fixes: [
      fix('Break the cycle', [
        'Find the repeating frames in the trace and check the base case.',
        'Exclude back-references from toString/equals/hashCode (@ToString.Exclude, @EqualsAndHashCode.Exclude).',
        'For Jackson use @JsonManagedReference/@JsonBackReference or @JsonIgnore on one side.',
      ]),
      fix('Convert deep recursion to iteration', ['Use an explicit stack/queue, or increase the thread stack with -Xss as a last resort.']),
    ],
    references: [lang('StackOverflowError')],
    samples: [
      'Exception in thread "main" java.lang.StackOverflowError\n\tat com.example.Tree.depth(Tree.java:14)\n\tat com.example.Tree.depth(Tree.java:14)\n\tat com.example.Tree.depth(Tree.java:14)',
    ],
  },

  // ---------------------------------------------------------------- I/O and network
  {
    id: 'java.file-not-found',
    language: 'java',
    match: rx(
      String.raw`\bjava\.io\.FileNotFoundException: (?<path>[^\n]{1,500}?)(?: \((?<reason>[^)\n]{1,200})\))?[ \t]*$`,
    ),
    errorType: 'FileNotFoundException',
    category: 'io',
    priority: 10,
    summary: (c) => `Java could not open the file ${c.path?.trim()}${c.reason ? ` (${c.reason})` : ''}.`,
    explanation: (c) => {
      const reason = c.reason ?? '';
      if (/Permission denied|Access is denied/i.test(reason)) return `The file exists but the process is not allowed to open it (${reason}). Check file permissions and the user the JVM runs as.`;
      if (/Is a directory/i.test(reason)) return 'The path points to a directory, but the code tried to open it as a file.';
      return `No file exists at '${c.path?.trim()}'. Relative paths are resolved against the JVM's working directory (System.getProperty("user.dir")), which differs between the IDE, the build tool and a packaged jar. Files inside src/main/resources are on the classpath, not on the file system, once packaged.`;
    },
    causes: [
      'Relative path resolved from an unexpected working directory',
      'The file is a classpath resource inside the jar, not a real file',
      'Typo in the path, or wrong case on a case-sensitive file system',
      'Missing permissions, or the path is a directory',
    ],
    fixes: (c) => [
      fix('Load bundled files as classpath resources', [`Check that ${c.path?.trim()} exists where the program runs.`, 'Files under src/main/resources should be read through the class loader, not FileInputStream.'], 'try (InputStream in = getClass().getResourceAsStream("/config.json")) {\n    if (in == null) throw new IllegalStateException("config.json not on classpath");\n    // read in\n}'),
      fix('Use an absolute or configurable path', [`Print Path.of("${c.path?.trim().replace(/\\/g, '\\\\')}").toAbsolutePath() to see where Java looks.`, 'Pass the location via configuration instead of hardcoding a relative path.']),
    ],
    references: [api('java.base', 'java/io', 'FileNotFoundException'), { title: 'The Java Tutorials: Path Operations', url: 'https://docs.oracle.com/javase/tutorial/essential/io/pathOps.html' }],
    samples: [
      'Exception in thread "main" java.io.FileNotFoundException: data/input.csv (No such file or directory)\n\tat java.base/java.io.FileInputStream.open0(Native Method)',
      'java.io.FileNotFoundException: C:\\app\\logs\\app.log (Access is denied)',
    ],
  },
  {
    id: 'java.nio-no-such-file',
    language: 'java',
    match: /\bjava\.nio\.file\.NoSuchFileException: (?<path>[^\n]{1,500})/,
    errorType: 'NoSuchFileException',
    category: 'io',
    priority: 10,
    summary: (c) => `The file or directory ${c.path} does not exist.`,
    explanation: (c) =>
      `java.nio.file.Files (readString, newInputStream, copy, move, ...) throws NoSuchFileException when '${c.path}' (or its parent directory, for writes) does not exist. Relative paths are resolved against the working directory.`,
    causes: ['Wrong or relative path', 'Parent directory missing when writing', 'File removed by another process between check and use'],
    fixes: (c) => [fix('Create parents / verify the path', [`Check that ${c.path} exists: print Path.of("${c.path}").toAbsolutePath().`, 'Call Files.createDirectories(path.getParent()) before writing.'], `Path target = Path.of("${c.path}");\nFiles.createDirectories(target.getParent());\nFiles.writeString(target, content);`)],
    references: [api('java.base', 'java/nio/file', 'NoSuchFileException'), api('java.base', 'java/nio/file', 'Files')],
    samples: ['java.nio.file.NoSuchFileException: /var/app/uploads/report.pdf\n\tat java.base/sun.nio.fs.UnixException.translateToIOException(UnixException.java:92)'],
  },
  {
    id: 'java.access-denied',
    language: 'java',
    match: /\bjava\.nio\.file\.AccessDeniedException: (?<path>[^\n]{1,500})/,
    errorType: 'AccessDeniedException',
    category: 'permission',
    priority: 10,
    summary: (c) => `The JVM is not allowed to access ${c.path}.`,
    explanation: (c) =>
      `The operating system refused access to '${c.path}'. The user running the JVM lacks read/write permission on the file or its directory, the file is read-only or locked by another program (Windows), or it is a directory where a file was expected.`,
    causes: ['File/directory owned by another user (common in Docker: container runs as non-root)', 'Read-only file system or mounted volume', 'File locked by another process on Windows'],
    fixes: (c) => [fix('Fix ownership or location', [`Check the permissions of ${c.path} with ls -l (or icacls on Windows).`, 'Write to a directory the service user owns, or chown the volume in the Docker image.'], 'RUN mkdir -p /app/data && chown -R app:app /app/data')],
    references: [api('java.base', 'java/nio/file', 'AccessDeniedException')],
    samples: ['java.nio.file.AccessDeniedException: /app/data/cache.db\n\tat java.base/sun.nio.fs.UnixException.translateToIOException(UnixException.java:90)'],
  },
  {
    id: 'java.socket-timeout',
    language: 'java',
    match: /\b(?<cls>java\.net\.SocketTimeoutException|java\.net\.http\.HttpConnectTimeoutException|java\.net\.http\.HttpTimeoutException)(?:: (?<message>[^\n]{1,300}))?/,
    errorType: (c) => shortName(c.cls, 'SocketTimeoutException'),
    category: 'network',
    priority: 10,
    summary: (c) => `A network operation timed out${c.message ? ` (${c.message})` : ''}.`,
    explanation: (c) =>
      c.message && /connect/i.test(c.message)
        ? 'The TCP connection could not be established within the connect timeout: the host is unreachable, a firewall drops the packets, or the address/port is wrong.'
        : 'The connection was established but the other side did not send data within the read timeout. The server is slow, overloaded, or waiting on something itself.',
    causes: ['Remote service slow or overloaded', 'Firewall/security group silently dropping traffic', 'Timeouts configured too low for the operation', 'Wrong host or port (connect timeouts)'],
    fixes: (c) => [
      fix('Verify connectivity', [`${c.cls} means the other side did not answer in time: from the same machine/container, run curl -v or nc -vz <host> <port>.`]),
      fix('Tune timeouts deliberately', ['Set explicit connect and read timeouts and add retries with backoff for idempotent calls.'], 'HttpClient client = HttpClient.newBuilder()\n    .connectTimeout(Duration.ofSeconds(5))\n    .build();\nHttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build();'),
    ],
    references: [api('java.base', 'java/net', 'SocketTimeoutException'), api('java.net.http', 'java/net/http', 'HttpClient')],
    samples: [
      'java.net.SocketTimeoutException: Read timed out\n\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)',
      'java.net.SocketTimeoutException: Connect timed out',
      'java.net.http.HttpConnectTimeoutException: HTTP connect timed out',
    ],
  },
  {
    id: 'java.connection-refused',
    language: 'java',
    match: /\bjava\.net\.ConnectException: (?:Connection refused(?<detail>[^\n]{0,200})|Failed to connect to (?<host>[^\s/:]{1,255})(?:\/[\d.:a-fA-F]{1,60})?:(?<port>\d{1,5}))/,
    errorType: 'ConnectException',
    category: 'network',
    priority: 10,
    summary: (c) => `The connection${c.host ? ` to ${c.host}:${c.port}` : ''} was refused: nothing is listening there.`,
    explanation: (c) =>
      `"Connection refused" means the target machine answered, but no process is accepting connections on that port${c.host ? ` (${c.host}:${c.port})` : ''}. The server is not running, listens on another port or interface (e.g. only 127.0.0.1), or - inside Docker - 'localhost' refers to the container itself rather than the host or another container.`,
    causes: ['The server/database is not started or crashed', 'Wrong host or port in the configuration', "Inside Docker, 'localhost' is the container itself - use the service name", 'The server listens only on 127.0.0.1'],
    fixes: (c) => [
      fix('Check the target is listening', [`Run nc -vz ${c.host ?? '<host>'} ${c.port ?? '<port>'} (or Test-NetConnection on Windows).`, 'Start the service, or fix the host/port in your configuration.']),
      fix('Use the right host in containers', ["In docker compose, connect to the service name (e.g. db:5432), not localhost.", 'From a container to the host use host.docker.internal.']),
    ],
    references: [api('java.base', 'java/net', 'ConnectException')],
    samples: [
      'java.net.ConnectException: Connection refused\n\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)',
      'java.net.ConnectException: Failed to connect to localhost/127.0.0.1:8080',
      'java.net.ConnectException: Connection refused: connect',
    ],
  },
  {
    id: 'java.connection-reset',
    language: 'java',
    match: /\bjava\.net\.SocketException: (?<what>Connection reset(?: by peer)?|Broken pipe)/,
    errorType: 'SocketException',
    category: 'network',
    priority: 10,
    summary: (c) => `The other side closed the connection abruptly (${c.what}).`,
    explanation: (c) =>
      c.what === 'Broken pipe'
        ? 'The program wrote to a connection that the peer had already closed (client navigated away, proxy/load balancer timeout, server restarted).'
        : 'The peer sent a TCP reset: it closed the connection while this side was still reading. Often caused by idle connections reused after a proxy/server timed them out, TLS mismatch, or the server crashing.',
    causes: ['Idle pooled connection closed by a proxy or server', 'Server crashed or restarted mid-request', 'Protocol mismatch (plain HTTP to an HTTPS port, or vice versa)', 'Client aborted the request'],
    fixes: [fix('Make connection reuse robust', ['Lower the idle timeout / enable validation in the HTTP or DB connection pool.', 'Retry idempotent requests.', 'Check that the scheme (http/https) matches the port.'])],
    references: [api('java.base', 'java/net', 'SocketException')],
    samples: ['java.net.SocketException: Connection reset\n\tat java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:328)', 'java.net.SocketException: Broken pipe (Write failed)'],
  },
  {
    id: 'java.unknown-host',
    language: 'java',
    match: /\bjava\.net\.UnknownHostException: (?<host>[^\s:]{1,255})/,
    errorType: 'UnknownHostException',
    category: 'network',
    priority: 10,
    summary: (c) => `The host name '${c.host}' could not be resolved to an IP address.`,
    explanation: (c) =>
      `DNS lookup for '${c.host}' failed. The name is misspelled, does not exist, is only resolvable inside another network (VPN, Docker network, Kubernetes namespace), or the machine has no DNS/network access.`,
    causes: ['Typo in the host name or URL', 'Service name only valid inside a Docker/Kubernetes network', 'No network or DNS (offline, VPN required, proxy needed)'],
    fixes: (c) => [fix('Check name resolution', [`Run nslookup ${c.host} (or getent hosts ${c.host}) where the JVM runs.`, 'Fix the URL, join the right network, or configure the proxy (-Dhttps.proxyHost).'])],
    references: [api('java.base', 'java/net', 'UnknownHostException')],
    samples: ['java.net.UnknownHostException: api.exmaple.com\n\tat java.base/java.net.InetAddress$CachedLookup.get(InetAddress.java:988)', 'java.net.UnknownHostException: postgres: Name or service not known'],
  },
  {
    id: 'java.bind-address-in-use',
    language: 'java',
    match: /\bjava\.net\.BindException: Address already in use/,
    errorType: 'BindException',
    category: 'network',
    priority: 10,
    summary: 'The server could not listen on its port because another process already uses it.',
    explanation: 'Only one process can listen on a given address and port. Another instance of the application (or a different program) is still running on it.',
    causes: ['A previous instance is still running (IDE run, background process)', 'Another program uses the same port', 'Two servers in the same JVM configured with the same port'],
    fixes: [fix('Free or change the port', ['Find the process: lsof -i :<port> (macOS/Linux) or netstat -ano | findstr :<port> (Windows) and stop it.', 'Or configure a different port.'])],
    references: [api('java.base', 'java/net', 'BindException')],
    samples: ['java.net.BindException: Address already in use\n\tat java.base/sun.nio.ch.Net.bind0(Native Method)'],
  },
  {
    id: 'java.io-exception',
    language: 'java',
    match: /\bjava\.io\.IOException(?:: (?<message>[^\n]{1,500}))?/,
    errorType: 'IOException',
    category: 'io',
    priority: 5,
    summary: (c) => `An input/output operation failed${c.message ? `: ${c.message}` : ''}.`,
    explanation: (c) =>
      `IOException is the general failure of reading or writing files, streams or sockets. The message says what went wrong${c.message && /Stream closed/i.test(c.message) ? ' - here a stream was used after close(), often by a try-with-resources block that closed it too early' : ''}${c.message && /No space left/i.test(c.message) ? ' - here the disk is full' : ''}.`,
    causes: ['File system problems (disk full, permissions, missing files)', 'Stream used after being closed', 'Network connection interrupted'],
    fixes: [fix('Handle the failure where I/O happens', ['Read the message and the first frame in your code.', 'Use try-with-resources so streams are closed exactly once, and report the file/URL in your error message.'])],
    references: [api('java.base', 'java/io', 'IOException'), { title: 'The Java Tutorials: The try-with-resources Statement', url: 'https://docs.oracle.com/javase/tutorial/essential/exceptions/tryResourceClose.html' }],
    samples: ['java.io.IOException: Stream closed\n\tat java.base/java.io.BufferedReader.ensureOpen(BufferedReader.java:123)', 'java.io.IOException: No space left on device'],
  },
  {
    id: 'java.sql-exception',
    language: 'java',
    match: /\b(?<cls>org\.postgresql\.util\.PSQLException|java\.sql\.(?:SQL\w{0,60}|BatchUpdate)Exception|com\.mysql\.(?:cj\.)?jdbc\.exceptions\.(?:[a-z]\w{0,40}\.){0,2}\w{1,80}Exception|com\.microsoft\.sqlserver\.jdbc\.SQLServerException|org\.mariadb\.jdbc\.(?:[a-z]\w{0,40}\.){0,2}\w{1,80}Exception|org\.sqlite\.SQLiteException|org\.h2\.jdbc\.JdbcSQL\w{0,60}Exception|oracle\.jdbc\.(?:[a-z]\w{0,40}\.){0,2}\w{0,60}Exception|org\.hsqldb\.(?:[a-z]\w{0,40}\.){0,3}\w{1,60}Exception|com\.ibm\.db2\.jcc\.\w{1,10}\.\w{1,60}Exception|org\.apache\.derby\.(?:[a-z]\w{0,40}\.){0,3}\w{1,60}Exception)(?::[ \t]*(?<message>[^\n]{1,3000}))?/,
    errorType: (c) => shortName(c.cls, 'SQLException'),
    category: 'database',
    priority: 8,
    summary: (c) => `The database driver threw ${shortName(c.cls, 'SQLException')}${c.message ? `: ${c.message}` : ''}`,
    explanation: (c) => `${shortName(c.cls, 'SQLException')} is the JDBC driver passing on an error${/postgresql|PSQL/.test(c.cls ?? '') ? ' from PostgreSQL' : /mysql|mariadb/i.test(c.cls ?? '') ? ' from MySQL/MariaDB' : /sqlserver/.test(c.cls ?? '') ? ' from SQL Server' : /oracle/.test(c.cls ?? '') ? ' from Oracle' : ''}. ${sqlKind(c.message).explanation}`,
    causes: (c) => sqlKind(c.message).causes,
    fixes: (c) => sqlFixes(c.cls ?? 'the SQLException', c.message),
    references: [api('java.sql', 'java/sql', 'SQLException'), { title: 'PostgreSQL: Error Codes (SQLSTATE)', url: 'https://www.postgresql.org/docs/current/errcodes-appendix.html' }],
    samples: [
      'java.sql.SQLException: Operation not allowed after ResultSet closed\n\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:130)',
      'org.postgresql.util.PSQLException: The column index is out of range: 3, number of columns: 2.',
      'org.postgresql.util.PSQLException: ERROR: deadlock detected\n  Detail: Process 18159 waits for ShareLock on transaction 2815559726; blocked by process 16886.',
      "com.microsoft.sqlserver.jdbc.SQLServerException: Invalid object name 'dbo.Orders'.",
      'com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure\n\nThe last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.',
      'org.postgresql.util.PSQLException: Connection to localhost:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.',
    ],
  },
  {
    id: 'java.data-access-exception',
    language: 'java',
    match: /\b(?:org\.springframework\.(?:dao|jdbc|orm|transaction)|org\.hibernate(?:\.exception)?|(?:javax|jakarta)\.persistence)\.(?:[a-z]\w{0,30}\.){0,3}(?<exc>DataIntegrityViolationException|DuplicateKeyException|BadSqlGrammarException|InvalidDataAccessResourceUsageException|InvalidDataAccessApiUsageException|CannotAcquireLockException|DeadlockLoserDataAccessException|PessimisticLockingFailureException|QueryTimeoutException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|CannotCreateTransactionException|EmptyResultDataAccessException|IncorrectResultSizeDataAccessException|JpaSystemException|JpaObjectRetrievalFailureException|ObjectOptimisticLockingFailureException|OptimisticLockingFailureException|UncategorizedSQLException|TransientDataAccessResourceException|TransactionSystemException|UnexpectedRollbackException|PermissionDeniedDataAccessException|RecoverableDataAccessException|ConstraintViolationException|SQLGrammarException|JDBCConnectionException|GenericJDBCException|DataException|LockAcquisitionException|PersistenceException|RollbackException|EntityNotFoundException|OptimisticLockException|NonUniqueResultException|NoResultException|TransactionRequiredException|EntityExistsException|PessimisticLockException|StaleObjectStateException|TransientObjectException|TransientPropertyValueException|NonUniqueObjectException|PersistentObjectException)(?::[ \t]*(?<message>[^\n]{1,3000}))?/,
    errorType: (c) => c.exc ?? 'DataAccessException',
    category: 'database',
    priority: 10,
    summary: (c) => `${c.exc}: ${DATA_ACCESS[c.exc ?? '']?.summary ?? 'a database operation failed'}.`,
    explanation: (c) => {
      const own = DATA_ACCESS[c.exc ?? '']?.explanation ?? 'Spring/Hibernate/JPA translated a JDBC error into its own exception type.';
      const kind = sqlKind(c.message);
      return `${own}${kind.known ? ` ${kind.explanation}` : ''}`;
    },
    causes: (c) => [...(DATA_ACCESS[c.exc ?? '']?.causes ?? []), ...sqlKind(c.message).causes].slice(0, 5),
    fixes: (c) => [
      ...(DATA_ACCESS[c.exc ?? '']?.fixes ?? []),
      fix(`Find the SQL behind ${c.exc}`, [
        ...subjectStep(c.message),
        'Read the nested exception (the "nested exception is" part or the "Caused by:" blocks): the driver\'s message names the table, column or constraint.',
        'Enable SQL logging (spring.jpa.show-sql=true, logging.level.org.hibernate.SQL=DEBUG or logging.level.org.springframework.jdbc.core=DEBUG) and run the statement in the database client.',
      ]),
    ],
    references: [
      { title: 'Spring Framework: Consistent Exception Hierarchy (DataAccessException)', url: 'https://docs.spring.io/spring-framework/reference/data-access/dao.html' },
      { title: 'Hibernate ORM User Guide: Exception handling', url: 'https://docs.jboss.org/hibernate/orm/current/userguide/html_single/Hibernate_User_Guide.html#exceptions' },
    ],
    samples: [
      'org.springframework.jdbc.BadSqlGrammarException: StatementCallback; bad SQL grammar [SELECT * FROM orders]; nested exception is org.postgresql.util.PSQLException: ERROR: relation "orders" does not exist',
      'org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uk_user_email]; nested exception is org.hibernate.exception.ConstraintViolationException: could not execute statement\n\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:276)',
      'javax.persistence.PersistenceException: org.hibernate.exception.SQLGrammarException: could not extract ResultSet\n\tat org.hibernate.jpa.spi.AbstractEntityManagerImpl.convert(AbstractEntityManagerImpl.java:1692)',
      'org.springframework.dao.EmptyResultDataAccessException: Incorrect result size: expected 1, actual 0',
      'org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; nested exception is org.postgresql.util.PSQLException: Connection to localhost:5432 refused.',
    ],
  },
  {
    id: 'java.jdbc-no-suitable-driver',
    language: 'java',
    match: /(?:\b(?:java\.sql\.)?SQLException: )?No suitable driver found for (?<url>[^\s]{1,300})/,
    errorType: 'SQLException',
    category: 'dependency',
    priority: 15,
    summary: (c) => `No JDBC driver accepts the URL ${c.url}.`,
    explanation: (c) =>
      `DriverManager asked every registered JDBC driver whether it handles '${c.url}' and none did. Either the driver jar for that database is not on the runtime classpath, or the URL is malformed (it must start with jdbc:<subprotocol>:, e.g. jdbc:postgresql://host:5432/db).`,
    causes: ['The database driver (org.postgresql:postgresql, com.mysql:mysql-connector-j, ...) is not a runtime dependency', "Malformed URL: missing 'jdbc:' prefix or a typo in the subprotocol", 'Fat jar built without dependencies'],
    fixes: (c) => [
      fix('Add the driver dependency', ['Add the driver for your database with runtime scope and rebuild.'], '<dependency>\n  <groupId>org.postgresql</groupId>\n  <artifactId>postgresql</artifactId>\n  <scope>runtime</scope>\n</dependency>'),
      fix('Check the URL format', [`Check ${c.url}: it must look like jdbc:postgresql://host:5432/db, jdbc:mysql://host:3306/db, etc.`]),
    ],
    references: [api('java.sql', 'java/sql', 'DriverManager'), { title: 'PostgreSQL JDBC: Connecting to the Database', url: 'https://jdbc.postgresql.org/documentation/use/' }],
    samples: ['java.sql.SQLException: No suitable driver found for jdbc:postgresql://localhost:5432/shop\n\tat java.sql/java.sql.DriverManager.getConnection(DriverManager.java:708)'],
  },
  {
    id: 'java.hikari-connection-timeout',
    language: 'java',
    match: /(?:\b(?:java\.sql\.)?SQLTransientConnectionException: )?(?<![\w.-])(?<pool>[\w.-]{1,100}) - Connection is not available, request timed out after (?<ms>\d{1,9})ms(?:[^\n]{0,20}\(total=(?<total>\d{1,6}), active=(?<active>\d{1,6}), idle=(?<idle>\d{1,6}), waiting=(?<waiting>\d{1,6})\))?/,
    errorType: 'SQLTransientConnectionException',
    category: 'database',
    priority: 20,
    summary: (c) => `The connection pool ${c.pool} had no free connection for ${c.ms} ms.`,
    explanation: (c) =>
      `HikariCP waited connectionTimeout (${c.ms} ms) for a connection and none became available${c.active ? ` (${c.active} of ${c.total} in use, ${c.waiting} threads waiting)` : ''}. Either connections are held too long or leaked (never closed), the pool is too small for the load, or the database is unreachable so new connections cannot be created.`,
    causes: ['Connections not returned to the pool (missing close(), long transactions, blocking calls inside @Transactional)', 'Pool size too small for the number of concurrent requests', 'Database slow or unreachable, so connections cannot be created', 'Slow queries holding connections'],
    fixes: [
      fix('Find leaks and long holders', ['Enable leak detection and look at the reported stack traces.', 'Always use try-with-resources for Connection/Statement/ResultSet; keep remote calls out of transactions.'], 'spring.datasource.hikari.leak-detection-threshold=2000'),
      fix('Size the pool deliberately', ['Raise maximum-pool-size only if the database can handle it; check the database is reachable.'], 'spring.datasource.hikari.maximum-pool-size=20'),
    ],
    references: [{ title: 'HikariCP: Configuration', url: 'https://github.com/brettwooldridge/HikariCP#gear-configuration-knobs-baby' }, api('java.sql', 'java/sql', 'SQLTransientConnectionException')],
    samples: ['java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=4)'],
  },
  {
    id: 'java.spring-datasource-url',
    language: 'java',
    match: /Failed to configure a DataSource: 'url' attribute is not specified and no embedded datasource could be configured/,
    errorType: 'DataSourceBeanCreationException',
    category: 'configuration',
    priority: 25,
    summary: 'Spring Boot found a JDBC/JPA starter but no database URL.',
    explanation:
      'spring-boot-starter-data-jpa or spring-boot-starter-jdbc is on the classpath, so Spring Boot tries to create a DataSource. spring.datasource.url is not set for the active profile and no embedded database (H2, HSQLDB, Derby) is available, so it cannot.',
    causes: ['spring.datasource.url missing, or defined only in a profile that is not active', 'application.properties not on the classpath (wrong folder or name)', 'A JPA starter added to a project that does not use a database'],
    fixes: [
      fix('Configure the datasource', ['Set the URL, username and password (or the SPRING_DATASOURCE_URL environment variable).'], 'spring.datasource.url=jdbc:postgresql://localhost:5432/app\nspring.datasource.username=app\nspring.datasource.password=secret'),
      fix('Or disable the auto-configuration if no database is needed', [], '@SpringBootApplication(exclude = DataSourceAutoConfiguration.class)'),
    ],
    references: [{ title: 'Spring Boot: SQL Databases (configure a DataSource)', url: 'https://docs.spring.io/spring-boot/reference/data/sql.html' }],
    samples: ["***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\nFailed to configure a DataSource: 'url' attribute is not specified and no embedded datasource could be configured.\n\nReason: Failed to determine a suitable driver class"],
  },

  // ---------------------------------------------------------------- concurrency
  {
    id: 'java.interrupted',
    language: 'java',
    match: /\bjava\.lang\.InterruptedException(?:: (?<message>[^\n]{1,300}))?/,
    errorType: 'InterruptedException',
    category: 'concurrency',
    priority: 10,
    summary: 'A thread was interrupted while it was waiting, sleeping or blocked.',
    explanation:
      'Thread.sleep, Object.wait, BlockingQueue.take, Future.get and similar methods throw InterruptedException when another thread calls interrupt() on the waiting thread - usually because an executor is shutting down (shutdownNow) or a task was cancelled. It is a request to stop, not a bug by itself.',
    causes: ['ExecutorService.shutdownNow() or Future.cancel(true) during shutdown', 'A test framework or container stopping worker threads', 'Code that interrupts threads to cancel work'],
    fixes: [
      fix(
        "Handle it by stopping and restoring the flag",
        ['Do not swallow the exception: restore the interrupt status and exit the task.'],
        'try {\n    Thread.sleep(1000);\n} catch (InterruptedException e) {\n    Thread.currentThread().interrupt();\n    return; // stop the work\n}',
      ),
    ],
    references: [lang('InterruptedException'), { title: 'The Java Tutorials: Interrupts', url: 'https://docs.oracle.com/javase/tutorial/essential/concurrency/interrupt.html' }],
    samples: ['java.lang.InterruptedException: sleep interrupted\n\tat java.base/java.lang.Thread.sleep0(Native Method)'],
  },
  {
    id: 'java.execution-exception',
    language: 'java',
    match: /\bjava\.util\.concurrent\.(?<wrapper>ExecutionException|CompletionException): (?<cause>[\w$.]{1,300}(?:Exception|Error))(?:: (?<message>[^\n]{1,500}))?/,
    errorType: (c) => c.wrapper ?? 'ExecutionException',
    category: 'concurrency',
    // Below the class-specific patterns, so a recognised cause (e.g. ConnectException) explains itself.
    priority: 9,
    summary: (c) => `An asynchronous task failed with ${shortName(c.cause, 'an exception')}${c.message ? `: ${c.message}` : ''}.`,
    explanation: (c) =>
      `${c.wrapper} is only a wrapper: Future.get() / CompletableFuture.join() rethrow the task's own exception inside it. The real error is ${c.cause}${c.message ? ` ("${c.message}")` : ''}; look at the "Caused by:" section for where it was thrown inside the task.`,
    causes: (c) => [`The task itself threw ${shortName(c.cause, 'an exception')}`, 'The error is in the code submitted to the executor/CompletableFuture, not where get()/join() was called'],
    fixes: [
      fix(
        'Unwrap and handle the cause',
        ['Catch the wrapper and inspect getCause(); handle or rethrow the real exception.'],
        'try {\n    result = future.get();\n} catch (ExecutionException e) {\n    Throwable cause = e.getCause();\n    // log / rethrow cause\n}',
      ),
    ],
    references: [api('java.base', 'java/util/concurrent', 'ExecutionException'), api('java.base', 'java/util/concurrent', 'CompletionException')],
    samples: [
      'java.util.concurrent.ExecutionException: java.lang.IllegalStateException: quota exceeded\n\tat java.base/java.util.concurrent.FutureTask.report(FutureTask.java:122)\n\tat java.base/java.util.concurrent.FutureTask.get(FutureTask.java:191)',
      'java.util.concurrent.CompletionException: com.example.quota.QuotaExceededException: monthly quota exceeded',
    ],
  },

  // ---------------------------------------------------------------- Spring / Hibernate / Jackson
  {
    id: 'java.spring-port-in-use',
    language: 'java',
    match: /(?:(?:Web server|Embedded servlet container) failed to start\. Port (?<port>\d{1,5}) was already in use|PortInUseException: Port (?<portInUse>\d{1,5}) is already in use|The Tomcat connector configured to listen on port (?<tomcatPort>\d{1,5}) failed to start)/,
    errorType: 'PortInUseException',
    category: 'network',
    priority: 25,
    summary: (c) => `Spring Boot could not start: port ${c.port ?? c.portInUse ?? c.tomcatPort} is already in use.`,
    explanation: (c) =>
      `The embedded web server (Tomcat/Jetty/Netty/Undertow) needs to listen on port ${c.port ?? c.portInUse ?? c.tomcatPort}, but another process already does - often a previous run of the same application still running in the IDE or in the background.`,
    causes: ['A previous instance of the app is still running', 'Another program (or container) uses the same port', 'Two Spring Boot apps with the default port 8080'],
    fixes: (c) => [
      fix('Stop the process using the port', [`Find it: lsof -i :${c.port ?? c.portInUse ?? c.tomcatPort} (macOS/Linux) or netstat -ano | findstr :${c.port ?? c.portInUse ?? c.tomcatPort} (Windows).`, 'Stop it (kill <pid> / taskkill /PID <pid> /F), or stop the old run in the IDE.']),
      fix('Run on another port', ['Set server.port in application.properties, or pass it on the command line.'], `# application.properties\nserver.port=8081\n\n# or\njava -jar app.jar --server.port=8081`),
    ],
    references: [
      { title: 'Spring Boot: Embedded Web Servers (change the HTTP port)', url: 'https://docs.spring.io/spring-boot/how-to/webserver.html' },
      { title: 'Spring Boot API: PortInUseException', url: 'https://docs.spring.io/spring-boot/api/java/org/springframework/boot/web/server/PortInUseException.html' },
    ],
    samples: [
      '***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\nWeb server failed to start. Port 8080 was already in use.\n\nAction:\n\nIdentify and stop the process that\'s listening on port 8080 or configure this application to listen on another port.',
    ],
  },
  {
    id: 'java.spring-no-such-bean',
    language: 'java',
    match: /\bNoSuchBeanDefinitionException: (?:No qualifying bean of type '(?<type>[^'\n]{1,300})' available(?<detail>[^\n]{0,500})|No bean named '(?<bean>[^'\n]{1,300})' available)/,
    errorType: 'NoSuchBeanDefinitionException',
    category: 'configuration',
    priority: 10,
    summary: (c) => (c.type ? `Spring has no bean of type ${c.type} to inject.` : `Spring has no bean named '${c.bean}'.`),
    explanation: (c) =>
      `Something asked the Spring container for ${c.type ? `a bean of type ${c.type}` : `the bean '${c.bean}'`}, but no such bean was registered. Beans exist only for classes annotated with @Component/@Service/@Repository/@Controller inside the scanned packages, classes returned by @Bean methods, or auto-configurations whose conditions matched.`,
    causes: [
      'The class is missing @Service/@Component/@Repository',
      'The class is outside the package of the @SpringBootApplication class, so component scanning misses it',
      'A Spring Data repository interface is outside the scanned packages, or the starter is missing',
      'The bean is conditional (@Profile, @ConditionalOnProperty) and the condition is false',
    ],
    fixes: (c) => [
      fix(
        'Register the bean',
        [`Annotate the implementation of ${c.type ?? `the bean '${c.bean}'`} with @Service/@Component, or declare an @Bean method.`, 'Make sure it lives in (a sub-package of) the package of your @SpringBootApplication class.'],
        `@Service\npublic class ${shortName(c.type, 'MyService')}Impl implements ${shortName(c.type, 'MyService')} {\n}`,
      ),
      fix('Check active profiles and conditions', ['Run with --debug to print the auto-configuration condition report.']),
    ],
    references: [
      { title: 'Spring Framework: Dependency Injection', url: 'https://docs.spring.io/spring-framework/reference/core/beans/dependencies/factory-collaborators.html' },
      { title: 'Spring Boot: Structuring Your Code', url: 'https://docs.spring.io/spring-boot/reference/using/structuring-your-code.html' },
    ],
    samples: [
      "org.springframework.beans.factory.NoSuchBeanDefinitionException: No qualifying bean of type 'com.example.payment.PaymentGateway' available: expected at least 1 bean which qualifies as autowire candidate. Dependency annotations: {}",
      "org.springframework.beans.factory.NoSuchBeanDefinitionException: No bean named 'dataSource' available",
    ],
  },
  {
    id: 'java.spring-unsatisfied-dependency',
    language: 'java',
    match: /\bUnsatisfiedDependencyException: Error creating bean with name '(?<bean>[^'\n]{1,300})'(?:[^\n]{0,2000}?Unsatisfied dependency expressed through (?<through>[^:;\n]{1,300}))?(?:[^\n]{0,2000}?No qualifying bean of type '(?<type>[^'\n]{1,300})')?/,
    errorType: 'UnsatisfiedDependencyException',
    category: 'configuration',
    priority: 12,
    summary: (c) => `Spring could not create bean '${c.bean}' because one of its dependencies${c.type ? ` (${c.type})` : ''} could not be injected.`,
    explanation: (c) =>
      `While constructing '${c.bean}', Spring tried to inject ${c.through ? `the dependency "${c.through.trim()}"` : 'a dependency'}${c.type ? ` of type ${c.type}` : ''} and failed. ${c.type ? 'No bean of that type exists in the context.' : 'Read the nested exception (the last "Caused by:") for the actual reason - often a missing bean or a failure while creating that dependency.'}`,
    causes: ['The required bean is not defined (missing annotation, not scanned, excluded by a profile)', 'Creating the dependency itself failed (bad configuration, unreachable database)', 'Several candidates without @Primary/@Qualifier'],
    fixes: (c) => [
      fix('Make the dependency available', [
        `Ensure ${c.type ?? 'the injected type'} has an implementation annotated with @Component/@Service (or an @Bean method) in a scanned package.`,
        'If several implementations exist, mark one @Primary or use @Qualifier.',
        'Read the innermost "Caused by:" of the log for failures inside the dependency.',
      ]),
    ],
    references: [
      { title: 'Spring Framework: Dependency Injection', url: 'https://docs.spring.io/spring-framework/reference/core/beans/dependencies/factory-collaborators.html' },
      { title: 'Spring Framework: Using @Autowired', url: 'https://docs.spring.io/spring-framework/reference/core/beans/annotation-config/autowired.html' },
    ],
    samples: [
      "org.springframework.beans.factory.UnsatisfiedDependencyException: Error creating bean with name 'orderController' defined in file [/app/target/classes/com/example/OrderController.class]: Unsatisfied dependency expressed through constructor parameter 0: No qualifying bean of type 'com.example.OrderService' available: expected at least 1 bean which qualifies as autowire candidate. Dependency annotations: {}",
    ],
  },
  {
    id: 'java.spring-bean-creation',
    language: 'java',
    match: /\bBeanCreationException: Error creating bean with name '(?<bean>[^'\n]{1,300})'(?: defined in (?<source>[^:\n]{1,400}))?(?::? ?(?<reason>[^\n]{1,1000}))?/,
    errorType: 'BeanCreationException',
    category: 'configuration',
    priority: 10,
    summary: (c) => `Spring failed to create the bean '${c.bean}'.`,
    explanation: (c) =>
      `Spring could not instantiate or initialise '${c.bean}'${c.source ? ` (defined in ${c.source.trim()})` : ''}. BeanCreationException wraps the real failure: ${c.reason ? `"${c.reason.trim()}"` : 'see the last "Caused by:" in the trace'}. Typical reasons are an exception in the constructor or @PostConstruct method, an @Value placeholder that cannot be resolved, or a failing datasource/JPA setup.`,
    causes: [
      'Exception thrown in the constructor, @PostConstruct or an @Bean method',
      "Unresolvable @Value placeholder ('Could not resolve placeholder')",
      'Database/JPA initialisation failed (bad URL, missing driver, schema validation)',
    ],
    fixes: [
      fix('Read the innermost cause', ['Scroll to the last "Caused by:" in the trace - that is the real error.', 'Fix the configuration property, constructor or dependency it names.']),
      fix('Check configuration properties', ['Verify application.properties/yaml and the active profile contain every property the bean needs.'], 'app.api-key=${API_KEY:}'),
    ],
    references: [
      { title: 'Spring Framework: The IoC Container', url: 'https://docs.spring.io/spring-framework/reference/core/beans.html' },
      { title: 'Spring Boot: Externalized Configuration', url: 'https://docs.spring.io/spring-boot/reference/features/external-config.html' },
    ],
    samples: [
      "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'entityManagerFactory' defined in class path resource [org/springframework/boot/autoconfigure/orm/jpa/HibernateJpaConfiguration.class]: Unable to create requested service [org.hibernate.engine.jdbc.env.spi.JdbcEnvironment]",
      "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'paymentClient': Injection of autowired dependencies failed",
    ],
  },
  {
    id: 'java.spring-missing-bean-report',
    language: 'java',
    match: /(?:Parameter (?<index>\d{1,3}) of (?:constructor|method (?<factoryMethod>[\w$]{1,200})) in (?<owner>[\w$.]{1,300})|Field (?<field>[\w$]{1,200}) in (?<fieldOwner>[\w$.]{1,300})|A component|Method (?<method>[\w$]{1,200}) in (?<methodOwner>[\w$.]{1,300})) required a (?<single>single )?bean(?: of type '(?<type>[^'\n]{1,300})'| named '(?<bean>[^'\n]{1,300})')?(?: that could not be found|, but (?<count>\d{1,4}) were found)/,
    errorType: (c) => (c.single ? 'NoUniqueBeanDefinitionException' : 'NoSuchBeanDefinitionException'),
    category: 'configuration',
    priority: 20,
    summary: (c) =>
      c.single
        ? `Spring found ${c.count} beans of type ${c.type ?? 'the injected type'} where ${c.owner ?? c.fieldOwner ?? c.methodOwner ?? 'a component'} needs exactly one.`
        : `${c.owner ?? c.fieldOwner ?? c.methodOwner ?? 'A component'} needs a bean ${c.type ? `of type ${c.type}` : `named '${c.bean}'`} that does not exist.`,
    explanation: (c) =>
      c.single
        ? `Spring Boot's failure analysis: ${c.count} beans match the type ${c.type ?? ''} injected into ${c.field ? `the field ${c.field} of ` : ''}${c.owner ?? c.fieldOwner ?? c.methodOwner ?? 'a component'}, and nothing says which one to use.`
        : `Spring Boot's failure analysis of a NoSuchBeanDefinitionException: ${c.field ? `the field ${c.field} of ${c.fieldOwner}` : c.index ? `parameter ${c.index} of ${c.factoryMethod ? `the method ${c.factoryMethod}` : 'the constructor'} of ${c.owner}` : (c.methodOwner ?? 'a component')} asks for ${c.type ? `a bean of type ${c.type}` : `the bean '${c.bean}'`}, and the application context has none: the class is not annotated, not in a scanned package, excluded by a profile or condition, or its starter/auto-configuration is missing.`,
    causes: (c) =>
      c.single
        ? ['Two implementations (or an @Bean method plus an annotated class) of the same type', 'Auto-configuration and your own bean both defining the type']
        : [
            `No class implementing ${c.type ?? 'the type'} is annotated with @Component/@Service/@Repository`,
            'The class is outside the package of the @SpringBootApplication class, so component scanning misses it',
            'The bean is conditional (@Profile, @ConditionalOnProperty) or needs a starter that is not on the classpath',
          ],
    fixes: (c) =>
      c.single
        ? [fix('Choose one bean', [`Mark one implementation of ${c.type ?? 'the type'} with @Primary, or inject it with @Qualifier("beanName").`], `@Primary\n@Bean\n${shortName(c.type, 'Service')} main${shortName(c.type, 'Service')}() { ... }`)]
        : [
            fix(
              'Define the missing bean',
              [
                `Annotate the implementation of ${c.type ?? `the bean '${c.bean}'`} with @Service/@Component (or add an @Bean method returning it).`,
                'Make sure it is in (a sub-package of) the package of your @SpringBootApplication class, or add @ComponentScan / @EnableJpaRepositories for its package.',
              ],
              c.type ? `@Bean\npublic ${shortName(c.type, 'Service')} ${shortName(c.type, 'service').replace(/^./, (ch) => ch.toLowerCase())}() {\n    return new ${shortName(c.type, 'Service')}Impl();\n}` : null,
            ),
            fix('Check profiles and conditions', ['Run with --debug to print the condition evaluation report and see why an auto-configuration did not create it.']),
          ],
    references: [
      { title: 'Spring Boot: Structuring Your Code (component scanning)', url: 'https://docs.spring.io/spring-boot/reference/using/structuring-your-code.html' },
      { title: 'Spring Framework: Dependency Injection', url: 'https://docs.spring.io/spring-framework/reference/core/beans/dependencies/factory-collaborators.html' },
    ],
    samples: [
      "***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\nParameter 0 of constructor in com.example.web.OrderController required a bean of type 'com.example.service.OrderService' that could not be found.\n\n\nAction:\n\nConsider defining a bean of type 'com.example.service.OrderService' in your configuration.",
      "Description:\n\nField userRepository in com.example.service.UserService required a bean of type 'com.example.repo.UserRepository' that could not be found.",
      "Parameter 1 of constructor in com.example.Billing required a single bean, but 2 were found:\n\t- stripeClient: defined by method 'stripeClient'",
    ],
  },
  {
    id: 'java.spring-circular-reference',
    language: 'java',
    match: /(?:The dependencies of some of the beans in the application context form a cycle|BeanCurrentlyInCreationException: Error creating bean with name '(?<bean>[^'\n]{1,300})': Requested bean is currently in creation|Relying upon circular references is discouraged)/,
    errorType: 'BeanCurrentlyInCreationException',
    category: 'configuration',
    priority: 20,
    summary: (c) => `Spring beans depend on each other in a cycle${c.bean ? ` (through '${c.bean}')` : ''}.`,
    explanation:
      'Bean A needs bean B to be constructed and B (directly or through others) needs A. Since Spring Boot 2.6 circular references are prohibited by default, and with constructor injection they can never be resolved. The report draws the cycle with arrows.',
    causes: ['Two services injecting each other', 'A configuration class that both defines a bean and injects something depending on it', 'Upgrading to Spring Boot 2.6+ where circular references are off by default'],
    fixes: (c) => [
      fix('Break the cycle', [`Move the shared logic out of the beans in the cycle${c.bean ? ` (starting with '${c.bean}')` : ''} into a third bean that both can use.`, 'Or inject one side lazily with @Lazy, or use an event instead of a direct call.']),
      fix('Temporarily allow circular references (not recommended)', [], 'spring.main.allow-circular-references=true'),
    ],
    references: [{ title: 'Spring Framework: Circular dependencies', url: 'https://docs.spring.io/spring-framework/reference/core/beans/dependencies/factory-collaborators.html#beans-dependency-resolution' }],
    samples: ['***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\nThe dependencies of some of the beans in the application context form a cycle:\n\n┌─────┐\n|  orderService defined in file [/app/OrderService.class]\n↑     ↓\n|  paymentService defined in file [/app/PaymentService.class]\n└─────┘'],
  },
  {
    id: 'java.spring-bean-override',
    language: 'java',
    match: /The bean '(?<bean>[^'\n]{1,300})'(?:, defined in (?<source>[^\n]{1,400}?),)? could not be registered\. A bean with that name has already been defined/,
    errorType: 'BeanDefinitionOverrideException',
    category: 'configuration',
    priority: 20,
    summary: (c) => `Two beans are named '${c.bean}'.`,
    explanation: (c) => `Spring Boot (2.1+) forbids overriding a bean definition by name. '${c.bean}'${c.source ? ` (from ${c.source})` : ''} is defined a second time, often by two Feign clients or repositories with the same name, or a library and your code both declaring it.`,
    causes: ['Two @FeignClient interfaces with the same name', 'A class annotated @Component and also returned by an @Bean method', 'Two configuration classes defining a bean with the same method name'],
    fixes: (c) => [
      fix('Rename one of the beans', [`Give one definition of '${c.bean}' another name (@Bean("otherName"), @Component("otherName"), contextId on @FeignClient).`]),
      fix('Or allow overriding deliberately', [], 'spring.main.allow-bean-definition-overriding=true'),
    ],
    references: [{ title: 'Spring Boot 2.1 Release Notes: Bean Overriding', url: 'https://github.com/spring-projects/spring-boot/wiki/Spring-Boot-2.1-Release-Notes#bean-overriding' }],
    samples: ["Description:\n\nThe bean 'userClient.FeignClientSpecification' could not be registered. A bean with that name has already been defined and overriding is disabled."],
  },
  {
    id: 'java.spring-method-does-not-exist',
    language: 'java',
    match: /An attempt was made to call (?:a method that does not exist\. The attempt was made from the following location:\s{1,20}(?<caller>[^\n]{1,300})\s{1,20}The following method did not exist:\s{1,20}(?<method>[^\n]{1,400})|the method (?<method2>[^\n]{1,400}?) but it does not exist)/,
    errorType: 'NoSuchMethodError',
    category: 'dependency',
    priority: 20,
    summary: (c) => `A library calls ${c.method ?? c.method2}, which does not exist in the version on the classpath.`,
    explanation: (c) =>
      `Spring Boot's failure analysis of a NoSuchMethodError: ${c.caller ? `${c.caller.trim()} ` : 'the code '}was compiled against a different version of the library that declares ${c.method ?? c.method2}. Two incompatible versions of one library are on the classpath, usually because a dependency's version is forced outside Spring Boot's dependency management.`,
    causes: ['A dependency version overridden to one incompatible with your Spring Boot version', 'Two libraries needing different major versions of a shared dependency', 'Spring Cloud / Spring Boot release trains that do not match'],
    fixes: (c) => [
      fix('Align the library versions', [
        `Find which jars provide the class of ${c.method ?? c.method2} (the report lists their locations) and which dependency brings them: mvn dependency:tree or gradle dependencyInsight.`,
        'Remove the explicit version so Spring Boot\'s dependency management picks a compatible one, or upgrade the caller.',
      ]),
    ],
    references: [{ title: 'Spring Boot: Dependency Versions', url: 'https://docs.spring.io/spring-boot/appendix/dependency-versions/index.html' }, lang('NoSuchMethodError')],
    samples: [
      "***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\nAn attempt was made to call a method that does not exist. The attempt was made from the following location:\n\n    org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchRestClientConfigurations$RestClientBuilderConfiguration.elasticsearchRestClientBuilder(ElasticsearchRestClientConfigurations.java:69)\n\nThe following method did not exist:\n\n    org.elasticsearch.client.RestClientBuilder.setHttpClientConfigCallback(Lorg/elasticsearch/client/RestClientBuilder$HttpClientConfigCallback;)Lorg/elasticsearch/client/RestClientBuilder;",
    ],
  },
  {
    id: 'java.spring-bind-properties',
    language: 'java',
    match: /Failed to bind properties under '(?<property>[^'\n]{1,200})' to (?<target>[\w$.<>[\], ]{1,300}?)(?::|$)/,
    errorType: 'BindException',
    category: 'configuration',
    priority: 20,
    summary: (c) => `The configuration under '${c.property}' cannot be converted to ${c.target}.`,
    explanation: (c) => `Spring Boot binds external configuration to @ConfigurationProperties classes and settings; the value(s) under '${c.property}' do not fit the target type ${c.target} (wrong format, unknown enum constant, missing required value, or invalid by validation). The report's "Reason:" line says which.`,
    causes: ['A value with the wrong format (duration, data size, enum name, number)', 'A required property missing for the active profile', 'A validation annotation (@NotNull, @Min) on the properties class failed'],
    fixes: (c) => [fix('Fix the property value', [`Look at '${c.property}' in application.properties/yaml and the environment variables for the active profile.`, `Make the value match ${c.target} (e.g. durations like 10s, enum names in capitals).`])],
    references: [{ title: 'Spring Boot: Type-safe Configuration Properties', url: 'https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.typesafe-configuration-properties' }],
    samples: ["Description:\n\nFailed to bind properties under 'server.port' to java.lang.Integer:\n\n    Property: server.port\n    Value: \"eighty\"\n    Origin: class path resource [application.properties] - 1:13\n    Reason: failed to convert java.lang.String to java.lang.Integer"],
  },
  {
    id: 'java.spring-placeholder',
    language: 'java',
    match: /(?:\b(?:java\.lang\.)?IllegalArgumentException: )?Could not resolve placeholder '(?<property>[^'\n]{1,200})' in value "(?<value>[^"\n]{1,300})"/,
    errorType: 'IllegalArgumentException',
    category: 'configuration',
    priority: 20,
    summary: (c) => `The configuration property '${c.property}' is not defined.`,
    explanation: (c) =>
      `An @Value("${c.value}") (or a property reference in configuration) needs '${c.property}', but no property source defines it: not in application.properties/yaml for the active profile, not as an environment variable or command-line argument.`,
    causes: ['Property missing from the active profile configuration', 'Environment variable not set in this environment (CI, Docker, prod)', 'Typo in the property name'],
    fixes: (c) => [
      fix(
        'Define the property or give it a default',
        [`Add ${c.property} to application.properties (or set the matching environment variable).`, 'Or provide a default after a colon.'],
        `@Value("\${${c.property}:default-value}")\nprivate String value;`,
      ),
    ],
    references: [{ title: 'Spring Boot: Externalized Configuration', url: 'https://docs.spring.io/spring-boot/reference/features/external-config.html' }],
    samples: ['java.lang.IllegalArgumentException: Could not resolve placeholder \'stripe.api-key\' in value "${stripe.api-key}"'],
  },
  {
    id: 'java.hibernate-lazy-init',
    language: 'java',
    match: /\bLazyInitializationException: (?:failed to lazily initialize a collection of role: (?<role>[\w$.#]{1,300})|Cannot lazily initialize collection of role '(?<roleQuoted>[^'\n]{1,300})'|could not initialize proxy \[(?<entity>[^\]\n]{1,300})\])/,
    errorType: 'LazyInitializationException',
    category: 'database',
    priority: 10,
    summary: (c) => {
      const role = c.role ?? c.roleQuoted;
      return role ? `The lazy collection ${role} was accessed after the Hibernate session closed.` : `A lazy proxy (${c.entity}) was accessed after the Hibernate session closed.`;
    },
    explanation: (c) =>
      `Lazy associations are loaded from the database the first time you touch them, which needs an open Session (persistence context). ${c.role ?? c.roleQuoted ?? c.entity} was first touched after the transaction ended - for example in a controller, a JSON serializer, toString(), or another thread.`,
    causes: ['Accessing a lazy association outside @Transactional', 'Serialising an entity to JSON after the service method returned', 'spring.jpa.open-in-view=false (recommended) with code that relied on it'],
    fixes: (c) => [
      fix('Fetch what you need inside the query', [`Load ${c.role ?? c.roleQuoted ?? c.entity} inside the transaction: use JOIN FETCH or an @EntityGraph on the repository method.`], '@Query("select a from Author a join fetch a.books where a.id = :id")\nOptional<Author> findWithBooks(@Param("id") Long id);'),
      fix('Map to a DTO inside the transaction', ['Make the service method @Transactional(readOnly = true) and convert entities to DTOs before returning.']),
    ],
    references: [{ title: 'Hibernate ORM: LazyInitializationException (Javadoc)', url: 'https://docs.jboss.org/hibernate/stable/orm/javadocs/org/hibernate/LazyInitializationException.html' }],
    samples: [
      'org.hibernate.LazyInitializationException: failed to lazily initialize a collection of role: com.example.Author.books: could not initialize proxy - no Session',
      'org.hibernate.LazyInitializationException: could not initialize proxy [com.example.Customer#42] - no Session',
    ],
  },
  {
    id: 'java.jackson-unrecognized-property',
    language: 'java',
    match: /\bUnrecognizedPropertyException: Unrecognized field "(?<field>[^"\n]{1,200})" \(class (?<cls>[\w$.]{1,300})\), not marked as ignorable/,
    errorType: 'UnrecognizedPropertyException',
    category: 'type',
    priority: 10,
    summary: (c) => `The JSON has a field "${c.field}" that ${shortName(c.cls, 'the target class')} does not have.`,
    explanation: (c) =>
      `By default Jackson fails when the JSON contains a property that cannot be mapped to ${c.cls}. Either the class is missing the field/setter "${c.field}", the JSON name differs from the Java name (snake_case vs camelCase), or the API added a new field.`,
    causes: ['The DTO lacks a field for this JSON property', 'Naming mismatch (user_name vs userName)', 'The remote API added fields'],
    fixes: (c) => [
      fix('Ignore unknown properties', [`Annotate ${c.cls}, or configure the ObjectMapper globally (spring.jackson.deserialization.fail-on-unknown-properties=false).`], `@JsonIgnoreProperties(ignoreUnknown = true)\npublic class ${shortName(c.cls, 'Dto')} { ... }`),
      fix('Map the property', ['Add the field, or map the name with @JsonProperty.'], `@JsonProperty("${c.field}")\nprivate String value;`),
    ],
    references: [{ title: 'Jackson databind: DeserializationFeature', url: 'https://github.com/FasterXML/jackson-databind/wiki/Deserialization-Features' }],
    samples: [
      'com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException: Unrecognized field "user_name" (class com.example.dto.UserDto), not marked as ignorable (2 known properties: "userName", "email"])',
    ],
  },
  {
    id: 'java.jackson-mismatched-input',
    language: 'java',
    match: /\bMismatchedInputException: (?:Cannot deserialize value of type `(?<type>[^`\n]{1,300})` from (?<from>[\w ]{1,60}?) value|(?<message>[^\n]{1,500}))/,
    errorType: 'MismatchedInputException',
    category: 'type',
    priority: 10,
    summary: (c) => (c.type ? `Jackson cannot turn a JSON ${c.from} into ${c.type}.` : `The JSON does not match the expected structure: ${c.message}`),
    explanation: (c) =>
      c.type
        ? `The Java type ${c.type} expects a different JSON shape than the ${c.from} value it received - for example a JSON object where a list was expected (or the other way round), or a string where a number/object was expected.`
        : 'Jackson read JSON whose structure does not fit the target Java type (wrong token, empty body, missing creator properties).',
    causes: ['Expected an array but the API returns an object wrapping the array (e.g. {"items": [...]})', 'Empty or non-JSON request body ("No content to map due to end-of-input")', 'Field types differ between the JSON and the DTO'],
    fixes: (c) => [
      fix('Align the Java type with the JSON', [`Print the raw JSON and compare it with ${c.type ?? 'the DTO'}.`, 'Introduce a wrapper class for enveloped responses, or change the field type.'], 'public record ItemsResponse(List<Item> items) {}\nItemsResponse r = mapper.readValue(json, ItemsResponse.class);'),
      fix('Accept single values as arrays if the API is inconsistent', ['Enable ACCEPT_SINGLE_VALUE_AS_ARRAY.'], 'mapper.enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);'),
    ],
    references: [{ title: 'Jackson databind: DeserializationFeature', url: 'https://github.com/FasterXML/jackson-databind/wiki/Deserialization-Features' }],
    samples: [
      'com.fasterxml.jackson.databind.exc.MismatchedInputException: Cannot deserialize value of type `java.util.ArrayList<com.example.Item>` from Object value (token `JsonToken.START_OBJECT`)\n at [Source: (String)"{"items":[]}"; line: 1, column: 1]',
      'com.fasterxml.jackson.databind.exc.MismatchedInputException: No content to map due to end-of-input',
    ],
  },
  {
    id: 'java.jackson-invalid-definition',
    language: 'java',
    match: /\bInvalidDefinitionException: (?:Cannot construct instance of `(?<type>[^`\n]{1,300})` \((?<why>[^)\n]{1,300})\)|Java 8 date\/time type `(?<timeType>[^`\n]{1,200})` not supported by default|No serializer found for class (?<serClass>[\w$.]{1,300})|(?<message>[^\n]{1,500}))/,
    errorType: 'InvalidDefinitionException',
    category: 'type',
    priority: 10,
    summary: (c) => {
      if (c.type) return `Jackson does not know how to create ${c.type}.`;
      if (c.timeType) return `Jackson cannot (de)serialise ${c.timeType} without the JavaTimeModule.`;
      if (c.serClass) return `Jackson found nothing to serialise in ${c.serClass}.`;
      return `Jackson cannot use the class definition: ${c.message}`;
    },
    explanation: (c) => {
      if (c.type) return `To deserialise ${c.type} Jackson needs a no-args constructor, or a constructor/factory annotated with @JsonCreator (records and Kotlin data classes need the parameter-names or Kotlin module). Reason given: ${c.why}.`;
      if (c.timeType) return 'java.time types need the jackson-datatype-jsr310 module (JavaTimeModule). Spring Boot registers it automatically for its own ObjectMapper, but a "new ObjectMapper()" does not have it.';
      if (c.serClass) return 'The class has no public getters or fields Jackson can see (or it is a Hibernate proxy), so Jackson refuses to produce an empty object.';
      return 'The class cannot be used by Jackson as declared.';
    },
    causes: ['No default constructor and no @JsonCreator', 'Missing JavaTimeModule / KotlinModule / ParameterNamesModule', 'Private fields without getters', 'Serialising Hibernate lazy proxies'],
    fixes: (c) =>
      c.timeType
        ? [fix('Register the Java time module', [`Add com.fasterxml.jackson.datatype:jackson-datatype-jsr310 and register it (or use the Spring-managed ObjectMapper) so ${c.timeType} can be handled.`], 'ObjectMapper mapper = new ObjectMapper()\n    .registerModule(new JavaTimeModule())\n    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);')]
        : [
            fix('Give Jackson a way in', [`Add a no-args constructor to ${c.type ?? c.serClass ?? 'the class'}, or annotate its constructor with @JsonCreator and parameters with @JsonProperty.`, 'For Kotlin add jackson-module-kotlin and register KotlinModule.'], 'public record User(@JsonProperty("id") long id, @JsonProperty("name") String name) {}'),
          ],
    references: [{ title: 'Jackson Java 8 date/time module', url: 'https://github.com/FasterXML/jackson-modules-java8' }, { title: 'Jackson databind', url: 'https://github.com/FasterXML/jackson-databind' }],
    samples: [
      'com.fasterxml.jackson.databind.exc.InvalidDefinitionException: Cannot construct instance of `com.example.User` (no Creators, like default constructor, exist): cannot deserialize from Object value (no delegate- or property-based Creator)',
      'com.fasterxml.jackson.databind.exc.InvalidDefinitionException: Java 8 date/time type `java.time.LocalDateTime` not supported by default: add Module "com.fasterxml.jackson.datatype:jackson-datatype-jsr310" to enable handling',
    ],
  },

  // ---------------------------------------------------------------- javac
  {
    id: 'java.javac-cannot-find-symbol',
    language: 'java',
    match: rx(
      JAVAC_LOC,
      String.raw`(?:cannot find symbol|找不到符号|シンボルを見つけられません|Symbol nicht gefunden|symbole introuvable)(?:(?:\n[^\n]{0,1000}){0,4}?\n(?:\[ERROR\]|\[javac\])?[ \t]*(?:symbol|符号|シンボル|Symbol|symbole)[ \t]{0,20}:[ \t]{1,20}(?<kind>class|variable|method|static|constructor|package|interface|enum|record|类|变量|方法|程序包|接口|クラス|変数|メソッド|パッケージ|Klasse|Variable|Methode|Package|classe|méthode)[ \t]{1,20}(?<symbol>[^\n]{1,300}))?(?:\n(?:\[ERROR\]|\[javac\])?[ \t]*(?:location|位置|場所|Ort|emplacement)[ \t]{0,20}:[ \t]{1,20}(?<location>[^\n]{1,300}))?`,
    ),
    errorType: 'cannot find symbol',
    category: 'name',
    priority: 10,
    summary: (c) => `javac cannot find the ${c.kind ?? 'symbol'} ${c.symbol ? `'${c.symbol.trim()}'` : ''}${javacAt(c)}.`.replace(/ {2,}/g, ' '),
    explanation: (c) =>
      `The compiler does not know the name ${c.symbol ? `'${c.symbol.trim()}'` : 'used here'}${c.location ? ` (looked in ${c.location.trim()})` : ''}. It is misspelled (Java is case-sensitive), not declared in this scope, not imported, or it belongs to a library that is not on the compile classpath.${c.kind === 'method' ? ' For methods, the argument types must also match a declared signature.' : ''}`,
    causes: ['Typo or wrong capitalisation', 'Missing import statement', 'Variable declared in another scope (inside a block or loop)', 'Dependency missing from the build, or generated code (Lombok, MapStruct) not processed'],
    fixes: (c) => [
      fix('Declare or import the name', [
        `Check the spelling of ${c.symbol ? `'${c.symbol.trim()}'` : 'the name'} against its declaration.`,
        'Add the missing import (IDE: Alt+Enter / Ctrl+.).',
        'If it comes from a library, add the dependency to pom.xml / build.gradle.',
      ]),
      fix('For Lombok-generated getters/builders', ['Make sure Lombok is configured as an annotation processor (annotationProcessor in Gradle, maven-compiler-plugin annotationProcessorPaths).']),
    ],
    references: [{ title: 'The javac Command', url: 'https://docs.oracle.com/en/java/javase/21/docs/specs/man/javac.html' }, { title: 'JLS chapter 6: Names', url: 'https://docs.oracle.com/javase/specs/jls/se21/html/jls-6.html' }],
    samples: [
      'Main.java:5: error: cannot find symbol\n        System.out.println(cout);\n                           ^\n  symbol:   variable cout\n  location: class Main\n1 error',
      '[ERROR] /home/dev/shop/src/main/java/com/example/OrderService.java:[27,9] cannot find symbol\n[ERROR]   symbol:   class Invoice\n[ERROR]   location: class com.example.OrderService',
    ],
  },
  {
    id: 'java.javac-incompatible-types',
    language: 'java',
    match: rx(
      JAVAC_LOC,
      String.raw`(?:incompatible types|不兼容的类型|不適合な型|Inkompatible Typen|types incompatibles)(?:[:;] ?(?:possible lossy conversion from (?<lossyFrom>[\w.]{1,100}) to (?<lossyTo>[\w.]{1,100})|(?<from>[^\n]{1,300}?) cannot be converted to (?<to>[^\n]{1,300})|(?<detail>[^\n]{1,300}))|[ \t]*$)`,
    ),
    errorType: 'incompatible types',
    category: 'type',
    priority: 10,
    summary: (c) => {
      if (c.lossyFrom) return `Converting ${c.lossyFrom} to ${c.lossyTo} may lose information, so javac requires an explicit cast${javacAt(c)}.`;
      if (c.from) return `A value of type ${c.from} is used where ${c.to} is required${javacAt(c)}.`;
      return `Incompatible types${javacAt(c)}${c.detail ? `: ${c.detail}` : ''}.`;
    },
    explanation: (c) =>
      c.lossyFrom
        ? `Java never narrows numeric types implicitly: ${c.lossyFrom} has a larger range or precision than ${c.lossyTo}. Cast explicitly if truncation is intended, or use the wider type.`
        : `The expression's type${c.from ? ` (${c.from})` : ''} cannot be assigned, returned or passed where ${c.to ?? 'the other type'} is expected, and no implicit conversion exists. Common cases: String vs int (needs parsing), Optional<T> vs T, List<Object> vs List<String>.`,
    causes: ['Assigning a String where a number is expected (or vice versa)', 'Narrowing numeric conversion (double -> int, long -> int)', 'Using Optional/stream results without unwrapping/collecting', 'Generics that do not match exactly'],
    fixes: (c) => [
      c.lossyFrom
        ? fix('Cast or widen', [`Cast explicitly: (${c.lossyTo}) value, or use Math.round / Math.toIntExact.`, `Or declare the variable as ${c.lossyFrom}.`], `${c.lossyTo} x = (${c.lossyTo}) value;`)
        : fix('Convert explicitly', ['Parse strings (Integer.parseInt), unwrap Optionals (orElse/orElseThrow), or collect streams.', 'Change the declared type if the value really is of the other type.'], 'int n = Integer.parseInt(text);\nUser u = repo.findById(id).orElseThrow();'),
    ],
    references: [{ title: 'JLS chapter 5: Conversions and Contexts', url: 'https://docs.oracle.com/javase/specs/jls/se21/html/jls-5.html' }],
    samples: [
      'App.java:12: error: incompatible types: String cannot be converted to int\n        int count = args[0];\n                        ^',
      'Calc.java:8: error: incompatible types: possible lossy conversion from double to int\n        int half = total / 2.0;',
    ],
  },
  {
    id: 'java.javac-unreported-exception',
    language: 'java',
    match: rx(JAVAC_LOC, String.raw`unreported exception (?<exception>[\w$.]{1,300}); must be caught or declared to be thrown`),
    errorType: 'unreported exception',
    category: 'syntax',
    priority: 10,
    summary: (c) => `The checked exception ${c.exception} must be caught or declared${javacAt(c)}.`,
    explanation: (c) =>
      `${c.exception} is a checked exception. Java requires every method that can throw it to either handle it in a try/catch or declare it with 'throws ${shortName(c.exception, 'Exception')}' in its signature. Lambdas passed to java.util.function interfaces cannot throw checked exceptions at all.`,
    causes: ['Calling an I/O, reflection or concurrency API that declares a checked exception', 'Throwing a checked exception from a lambda (stream map/forEach)'],
    fixes: (c) => [
      fix('Catch it where you can handle it', ['Wrap the call in try/catch and handle or wrap the exception.'], `try {\n    // call that throws\n} catch (${shortName(c.exception, 'Exception')} e) {\n    throw new UncheckedIOException(...) // or handle\n}`),
      fix('Declare it', [`Add 'throws ${shortName(c.exception, 'Exception')}' to the enclosing method and let callers handle it.`]),
    ],
    references: [{ title: 'The Java Tutorials: The Catch or Specify Requirement', url: 'https://docs.oracle.com/javase/tutorial/essential/exceptions/catchOrDeclare.html' }, { title: 'JLS chapter 11: Exceptions', url: 'https://docs.oracle.com/javase/specs/jls/se21/html/jls-11.html' }],
    samples: ['Loader.java:14: error: unreported exception IOException; must be caught or declared to be thrown\n        String text = Files.readString(path);\n                                      ^'],
  },
  {
    id: 'java.javac-missing-return',
    language: 'java',
    match: rx(JAVAC_LOC, String.raw`missing return statement`),
    errorType: 'missing return statement',
    category: 'syntax',
    priority: 10,
    summary: (c) => `A method can reach its end without returning a value${javacAt(c)}.`,
    explanation: 'Every path through a non-void method must end in a return or a throw. javac found a path (e.g. an if without else, a loop that may finish, a switch without default) that falls off the end of the method.',
    causes: ['if/else-if chain without a final else', 'return only inside a loop', 'switch without a default branch'],
    fixes: [fix('Return or throw on every path', ['Add a final return with a sensible value, or throw an exception for the impossible case.'], 'static String grade(int score) {\n    if (score >= 90) return "A";\n    else if (score >= 80) return "B";\n    return "C"; // path that was missing\n}')],
    references: [{ title: 'JLS 8.4.7: Method Body', url: 'https://docs.oracle.com/javase/specs/jls/se21/html/jls-8.html#jls-8.4.7' }],
    samples: ['Grades.java:9: error: missing return statement\n    }\n    ^'],
  },
  {
    id: 'java.javac-non-static-context',
    language: 'java',
    match: rx(JAVAC_LOC, String.raw`non-static (?<kind>variable|method) (?<name>[^\s]{1,200}) cannot be referenced from a static context`),
    errorType: 'non-static reference from static context',
    category: 'name',
    priority: 10,
    summary: (c) => `The instance ${c.kind} ${c.name} is used from static code${javacAt(c)}.`,
    explanation: (c) =>
      `${c.name} belongs to an object (instance member), but it is used inside a static method such as main, where there is no 'this'. Create an instance and use it, or make the member static if it really is shared.`,
    causes: ['Calling instance methods directly from main()', 'Accessing fields from a static helper'],
    fixes: (c) => [fix('Use an instance', ['Create an object of the class and call the member on it.'], `public static void main(String[] args) {\n    var app = new App();\n    app.${c.kind === 'method' ? c.name?.replace(/\(.*$/, '') + '()' : c.name};\n}`)],
    references: [{ title: 'The Java Tutorials: Understanding Class Members', url: 'https://docs.oracle.com/javase/tutorial/java/javaOO/classvars.html' }],
    samples: ['App.java:6: error: non-static method run() cannot be referenced from a static context\n        run();\n        ^'],
  },
  {
    id: 'java.javac-public-class-file-name',
    language: 'java',
    match: rx(JAVAC_LOC, String.raw`class (?<className>[\w$]{1,200}) is public, should be declared in a file named (?<expected>[\w$]{1,200}\.java)`),
    errorType: 'class is public, should be declared in a file named',
    category: 'syntax',
    priority: 10,
    summary: (c) => `The public class ${c.className} must be in a file named ${c.expected}.`,
    explanation: (c) => `javac requires a public top-level class to live in a file with exactly the same name (case-sensitive). The class ${c.className} is declared in ${c.file ?? 'a file with another name'}.`,
    causes: ['File renamed or class renamed without the other', 'Two public classes in one file', 'Different capitalisation between file and class'],
    fixes: (c) => [fix('Rename the file or the class', [`Rename the file to ${c.expected}, or rename the class to match the file.`, 'Move additional classes to their own files or make them non-public.'])],
    references: [{ title: 'JLS 7.6: Top Level Class and Interface Declarations', url: 'https://docs.oracle.com/javase/specs/jls/se21/html/jls-7.html#jls-7.6' }],
    samples: ['Main.java:1: error: class HelloWorld is public, should be declared in a file named HelloWorld.java\npublic class HelloWorld {\n       ^'],
  },
  {
    id: 'java.javac-invalid-release',
    language: 'java',
    match: /(?:invalid (?:target|source) release: (?<version>\d{1,2}(?:\.\d)?)|release version (?<releaseVersion>\d{1,2}(?:\.\d)?) not supported)/,
    errorType: 'invalid target release',
    category: 'configuration',
    priority: 20,
    summary: (c) => `The JDK running the build cannot compile for Java ${c.version ?? c.releaseVersion}.`,
    explanation: (c) =>
      `The build asks javac for release ${c.version ?? c.releaseVersion}, but the JDK used by Maven/Gradle is older than that. Maven uses JAVA_HOME (check "mvn -v"), which is often not the JDK your IDE uses.`,
    causes: ['JAVA_HOME points to an older JDK', 'maven.compiler.release / toolchain set higher than the installed JDK', 'CI image uses an older JDK'],
    fixes: (c) => [
      fix('Build with a new enough JDK', [`Install JDK ${c.version ?? c.releaseVersion}+ and point JAVA_HOME to it; verify with "mvn -v" or "./gradlew -version".`, 'Or use a Gradle toolchain so Gradle downloads the right JDK.'], `java {\n    toolchain { languageVersion = JavaLanguageVersion.of(${c.version ?? c.releaseVersion}) }\n}`),
    ],
    references: [{ title: 'Apache Maven Compiler Plugin: Setting the --release', url: 'https://maven.apache.org/plugins/maven-compiler-plugin/examples/set-compiler-release.html' }, { title: 'Gradle: Toolchains for JVM projects', url: 'https://docs.gradle.org/current/userguide/toolchains.html' }],
    samples: ['[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.11.0:compile (default-compile) on project demo: Fatal error compiling: error: invalid target release: 21 -> [Help 1]', 'error: release version 17 not supported'],
  },

  // ---------------------------------------------------------------- build tools
  {
    id: 'java.javac-package-does-not-exist',
    language: 'java',
    match: rx(
      JAVAC_LOC,
      String.raw`(?:package (?<package>[\w$.]{1,300}) does not exist|程序包(?<pkgZh>[\w$.]{1,300})不存在|パッケージ(?<pkgJa>[\w$.]{1,300})は存在しません|Package (?<pkgDe>[\w$.]{1,300}) ist nicht vorhanden|le package (?<pkgFr>[\w$.]{1,300}) n'existe pas)`,
    ),
    errorType: 'package does not exist',
    category: 'dependency',
    priority: 10,
    summary: (c) => `javac cannot find the package ${pkgOf(c)}${javacAt(c)}.`,
    explanation: (c) => {
      const pkg = pkgOf(c);
      const hint = /^javax\.(?:servlet|persistence|validation|annotation|xml\.bind|ws\.rs|inject|transaction)/.test(pkg)
        ? ` ${pkg} moved to jakarta.* in Jakarta EE 9+ (Spring Boot 3), and javax.xml.bind/javax.annotation were removed from the JDK in Java 11.`
        : /^org\.junit|^org\.mockito|^org\.assertj|^org\.hamcrest/.test(pkg)
          ? ' Test libraries are usually declared with test scope: code under src/main cannot see them, and src/test only with the right test dependency.'
          : /\.R$|\.databinding$|\.BuildConfig$/.test(pkg)
            ? ' R, BuildConfig and data binding classes are generated by the Android build: an earlier resource/generation error or a changed namespace stops them from being generated.'
            : '';
      return `An import (or fully-qualified name) refers to ${pkg}, but no jar on the compile classpath and no source file declares that package.${hint}`;
    },
    causes: ['The library that provides the package is not a dependency of this module (or has test/runtime scope)', 'Typo in the import', 'javax.* to jakarta.* migration (Spring Boot 3, Jakarta EE 9+)', 'Generated sources (R, BuildConfig, annotation processors) not generated'],
    fixes: (c) => [
      fix(`Add the library that provides ${pkgOf(c)}`, [
        `Search for ${pkgOf(c)} on search.maven.org to find its artifact, and add it to pom.xml / build.gradle with compile (implementation) scope.`,
        'In multi-module builds, add the dependency to the module that contains this file.',
        'Reload the Maven/Gradle project in the IDE after changing the build file.',
      ]),
      fix('Or fix the import', [`Check the spelling of ${pkgOf(c)}; after upgrading to Spring Boot 3 replace javax.* imports with jakarta.*.`]),
    ],
    references: [{ title: 'The javac Command', url: 'https://docs.oracle.com/en/java/javase/21/docs/specs/man/javac.html' }, { title: 'Maven: Introduction to the Dependency Mechanism', url: 'https://maven.apache.org/guides/introduction/introduction-to-dependency-mechanism.html' }],
    samples: [
      '[ERROR] /home/dev/shop/src/main/java/com/example/web/Api.java:[3,24] package javax.servlet.http does not exist',
      'src/test/java/com/example/AppTest.java:3: error: package org.junit does not exist\nimport org.junit.Test;\n                ^',
      'Error:(5, 29) java: 程序包org.springframework.boot不存在',
    ],
  },
  {
    id: 'java.javac-error',
    language: 'java',
    match: /(?:(?<![^\s[(])(?<file>[^\s[\]()]{1,400}?\.java):(?:\[(?<line>\d{1,7}),\d{1,7}\] (?:error: )?|(?<lineNo>\d{1,7}): (?:error: |错误: |エラー: |Fehler: ))|Error:\(\d{1,7}, ?\d{1,7}\) java: )(?<message>[^[\s][^\n]{0,499})/,
    errorType: (c) => javacPhrase(c.message ?? ''),
    category: 'syntax',
    priority: 4,
    summary: (c) => `javac rejected the code${javacAt(c)}: ${c.message}`,
    explanation: (c) =>
      `The Java compiler stopped at ${c.file ? `${c.file}${c.line || c.lineNo ? ` line ${c.line ?? c.lineNo}` : ''}` : 'the reported line'} with "${c.message}". javac reports the first problem it cannot recover from; later errors are often follow-ups of the first one.`,
    causes: ['A syntax or type error on the reported line (or just before it, for "expected" errors)', 'Code written for a newer Java release than the one configured', 'A follow-up of an earlier error in the same file'],
    fixes: (c) => [
      fix('Fix the first reported error first', [
        `Open ${c.file ?? 'the file'}${c.line || c.lineNo ? ` at line ${c.line ?? c.lineNo}` : ''} and fix "${c.message}".`,
        'Recompile: errors further down the list often disappear with the first one.',
      ]),
    ],
    references: [{ title: 'The javac Command', url: 'https://docs.oracle.com/en/java/javase/21/docs/specs/man/javac.html' }, { title: 'The Java Language Specification', url: 'https://docs.oracle.com/javase/specs/jls/se21/html/index.html' }],
    samples: [
      "Main.java:7: error: ';' expected\n        int x = 5\n                 ^",
      '[ERROR] /home/dev/app/src/main/java/com/example/Shape.java:[12,8] error: Circle is not abstract and does not override abstract method area() in Shape',
    ],
  },
  {
    id: 'java.maven-plugin-failure',
    language: 'java',
    match: /Failed to execute goal (?<plugin>[\w.-]{1,200}:[\w.-]{1,200}):(?<version>[\w.-]{1,60}):(?<goal>[\w.-]{1,60}) \([\w.-]{1,100}\) on project (?<project>[\w.-]{1,200}): (?<detail>[^\n]{0,500})/,
    errorType: (c) => (/There are test failures|There was a timeout|test failures/i.test(c.detail ?? '') ? 'There are test failures' : 'Failed to execute goal'),
    category: 'build',
    priority: 2,
    summary: (c) => `The Maven goal ${c.plugin}:${c.goal} failed for project ${c.project}: ${c.detail?.replace(/ -> \[Help 1\]\s*$/, '')}`,
    explanation: (c) =>
      `Maven stops the build when a plugin execution fails. This line is only the summary from ${c.plugin} ${c.version}; the plugin's own output above it (test reports, compiler messages, the first [ERROR] lines) says what went wrong. Run the goal again with -e (or -X) for the full stack trace.`,
    causes: ['The plugin found a real problem (failing tests, compile errors, a failed check)', 'A plugin version incompatible with the JDK or Maven version', 'Missing configuration for the plugin'],
    fixes: (c) => [
      fix('Read the plugin output above the summary', [
        `Scroll up to the first [ERROR] lines printed by ${c.plugin} and fix that problem.`,
        `Rerun just that goal with more detail: mvn -e ${c.goal} -pl ${c.project}.`,
        `If ${c.plugin} ${c.version} is old, try a newer plugin version compatible with your JDK.`,
      ]),
    ],
    references: [{ title: 'Maven: Introduction to the Build Lifecycle', url: 'https://maven.apache.org/guides/introduction/introduction-to-the-lifecycle.html' }, { title: 'Maven: MojoExecutionException', url: 'https://cwiki.apache.org/confluence/display/MAVEN/MojoExecutionException' }],
    samples: [
      '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on project billing: There are test failures.',
      '[ERROR] Failed to execute goal org.springframework.boot:spring-boot-maven-plugin:3.2.0:repackage (repackage) on project api: Execution repackage of goal org.springframework.boot:spring-boot-maven-plugin:3.2.0:repackage failed: Unable to find main class -> [Help 1]',
    ],
  },
  {
    id: 'java.gradle-task-failed',
    language: 'java',
    match: /Execution failed for task '(?<task>[^'\n]{1,200})'\.(?:\s{1,20}> (?<reason>[^\n]{1,500}))?/,
    errorType: 'Execution failed for task',
    category: 'build',
    priority: 2,
    summary: (c) => `The Gradle task ${c.task} failed${c.reason ? `: ${c.reason}` : ''}.`,
    explanation: (c) =>
      `Gradle reports the task that failed under "What went wrong"; the lines starting with ">" below it are the causes, most specific last. ${c.reason ? `Here: "${c.reason}". ` : ''}The task's own output above (compiler errors, test failures) usually has the details; run with --stacktrace or --info for more.`,
    causes: ['The task found a real problem (compile errors, failing tests, lint errors)', 'A plugin (Android Gradle Plugin, Kotlin) incompatible with the Gradle or JDK version', 'A misconfigured build script'],
    fixes: (c) => [
      fix(`Find why ${c.task} failed`, [
        'Read the ">" lines under "What went wrong" and the task output above it.',
        `Rerun only that task with details: ./gradlew ${c.task} --stacktrace --info.`,
      ]),
    ],
    references: [{ title: 'Gradle: Troubleshooting builds', url: 'https://docs.gradle.org/current/userguide/troubleshooting.html' }],
    samples: ["FAILURE: Build failed with an exception.\n\n* What went wrong:\nExecution failed for task ':app:mergeDebugResources'.\n> A failure occurred while executing com.android.build.gradle.internal.res.ResourceCompilerRunnable\n   > Resource compilation failed (Failed to compile values resource file)."],
  },
  {
    id: 'java.gradle-could-not-resolve',
    language: 'java',
    match: /(?:Could not resolve all (?:dependencies|files|artifacts|task dependencies) for configuration '(?<configuration>[^'\n]{1,200})'(?:[\s\S]{0,2000}?Could not (?:find|resolve) (?<dependency>[\w.-]{1,200}:[\w.-]{1,200}(?::[\w.\-+]{0,99}[\w\-+])?))?|Could not (?:find|resolve) (?<dep>[\w.-]{1,200}:[\w.-]{1,200}(?::[\w.\-+]{0,99}[\w\-+])?)\.?[ \t]*\n[ \t]*(?:Required by:|Searched in the following locations:))/,
    errorType: 'Could not resolve dependencies',
    category: 'dependency',
    priority: 10,
    summary: (c) => `Gradle could not resolve ${depOf(c) ? `the dependency ${depOf(c)}` : 'some dependencies'}${c.configuration ? ` for configuration ${c.configuration}` : ''}.`,
    explanation: (c) =>
      `Gradle searched the declared repositories and could not download ${depOf(c) ?? 'one or more dependencies'}. The coordinates or version may be wrong, the artifact may live in a repository that is not declared (google(), a private repo), or the machine cannot reach the repository (offline, proxy, authentication).`,
    causes: ['Wrong group, artifact or version (typo, version not published)', 'Repository missing from repositories { } or settings.gradle dependencyResolutionManagement', 'Network, proxy or credentials problem', 'Gradle offline mode with an empty cache'],
    fixes: (c) => [
      fix('Check the coordinates and repositories', [`Look up ${depOf(c) ?? 'the dependency'} on search.maven.org (or the vendor repo) and compare the version.`, 'Declare the repository that hosts it.'], 'dependencyResolutionManagement {\n    repositories {\n        google()\n        mavenCentral()\n    }\n}'),
      fix('Diagnose with more output', ['Run ./gradlew build --refresh-dependencies --info to see the URLs tried.', 'Check proxy settings in gradle.properties (systemProp.https.proxyHost).']),
    ],
    references: [{ title: 'Gradle: Declaring Repositories', url: 'https://docs.gradle.org/current/userguide/declaring_repositories.html' }, { title: 'Gradle: Viewing and debugging dependencies', url: 'https://docs.gradle.org/current/userguide/viewing_debugging_dependencies.html' }],
    samples: [
      "> Could not resolve com.google.firebase:firebase-bom:33.1.0.\n     Required by:\n         project :app\n      > Could not get resource 'https://dl.google.com/dl/android/maven2/com/google/firebase/firebase-bom/33.1.0/firebase-bom-33.1.0.pom'.",
      "* What went wrong:\nExecution failed for task ':app:compileJava'.\n> Could not resolve all files for configuration ':app:compileClasspath'.\n   > Could not find com.example:payments-sdk:2.3.1.\n     Searched in the following locations:\n       - https://repo.maven.apache.org/maven2/com/example/payments-sdk/2.3.1/payments-sdk-2.3.1.pom",
      "Could not resolve all dependencies for configuration ':classpath'.",
    ],
  },
  {
    id: 'java.maven-dependency-resolution',
    language: 'java',
    match: /(?:Could not (?:resolve|collect) dependencies for project (?<project>[^\s:]{1,200}:[^\s:]{1,200}(?::[^\s:]{1,100}){1,3})|Plugin (?<plugin>[^\s:]{1,200}:[^\s:]{1,200}:[^\s:]{1,100}) or one of its dependencies could not be resolved|Failed to read artifact descriptor for (?<descriptor>[^\s:]{1,200}:[^\s:]{1,200}(?::[^\s:]{1,100}){1,3}))(?:[^\n]{0,1000}?(?:Could not find artifact|following artifacts could not be resolved:|Could not transfer artifact|Failure to find) (?<artifact>[^\s,]{1,300}))?/,
    errorType: 'Could not resolve dependencies',
    category: 'dependency',
    priority: 10,
    summary: (c) => `Maven could not resolve ${c.artifact ? `the artifact ${c.artifact}` : 'the dependencies'} of ${c.project ?? c.plugin ?? c.descriptor}.`,
    explanation: (c) =>
      `Maven could not download ${c.artifact ?? 'one or more dependencies'} from the configured repositories. The version may not exist, the artifact may be in a repository that is not declared in pom.xml/settings.xml, or network/authentication failed. "Failure to find ... was cached" means Maven remembers an earlier failed download.`,
    causes: ['Wrong groupId/artifactId/version', 'Repository or mirror missing from pom.xml / ~/.m2/settings.xml', 'Failed download cached in the local repository', 'Proxy or credentials problem with a private repository'],
    fixes: (c) => [
      fix('Verify and force an update', [`Check the coordinates of ${c.artifact ?? c.plugin ?? c.descriptor ?? 'the missing artifact'} on search.maven.org.`, 'Run mvn -U clean install to ignore cached failures.', 'Delete the artifact folder under ~/.m2/repository if it is corrupted.']),
      fix('Declare the repository', ['Add the repository to pom.xml or a mirror in settings.xml, with credentials if needed.']),
    ],
    references: [{ title: 'Maven: DependencyResolutionException', url: 'https://cwiki.apache.org/confluence/display/MAVEN/DependencyResolutionException' }, { title: 'Maven: Introduction to Repositories', url: 'https://maven.apache.org/guides/introduction/introduction-to-repositories.html' }],
    samples: [
      '[ERROR] Failed to execute goal on project shop: Could not resolve dependencies for project com.example:shop:jar:1.0-SNAPSHOT: Could not find artifact com.example:billing-client:jar:2.0.0 in central (https://repo.maven.apache.org/maven2) -> [Help 1]',
      '[ERROR] Plugin org.apache.maven.plugins:maven-resources-plugin:3.3.1 or one of its dependencies could not be resolved: Failed to read artifact descriptor for org.apache.maven.plugins:maven-resources-plugin:jar:3.3.1',
    ],
  },
  {
    id: 'java.maven-compilation-failure',
    language: 'java',
    match: /Failed to execute goal org\.apache\.maven\.plugins:maven-compiler-plugin:(?<version>[\w.-]{1,30}):(?<goal>compile|testCompile) \([\w-]{1,60}\) on project (?<project>[\w.-]{1,200}): (?:Fatal error compiling: (?<fatal>(?:[a-z][\w$]{0,60}\.){1,10}[A-Z][\w$]{0,100}(?:Exception|Error))(?::[ \t]*(?<fatalMessage>[^\n]{1,500}))?|(?<detail>[^\n]{0,500}))/,
    errorType: (c) => (c.fatal ? shortName(c.fatal, 'Compilation failure') : 'Compilation failure'),
    category: 'build',
    priority: 8,
    summary: (c) =>
      c.fatal
        ? `javac itself crashed with ${shortName(c.fatal, 'an error')} while Maven compiled project ${c.project}.`
        : `Maven could not compile ${c.goal === 'testCompile' ? 'the tests of ' : ''}project ${c.project}.`,
    explanation: (c) =>
      c.fatal
        ? `"Fatal error compiling" means the compiler failed, not your code: ${c.fatal}${c.fatalMessage ? ` (${c.fatalMessage})` : ''}. With Lombok or other annotation processors this is almost always a processor version that does not support the JDK running Maven.`
        : `This line only says that maven-compiler-plugin ${c.version} failed${c.detail ? ` (${c.detail.replace(/ -> \[Help 1\]\s*$/, '')})` : ''}. The actual compiler errors are printed above it as "[ERROR] /path/File.java:[line,col] message".`,
    causes: (c) =>
      c.fatal
        ? ['An annotation processor (Lombok, MapStruct) too old for the JDK', 'The JDK running Maven is newer than the compiler plugin or processors support']
        : ['Java compile errors in the listed files', 'Wrong JDK version for the configured release', 'Annotation processor (Lombok, MapStruct) not configured'],
    fixes: (c) =>
      c.fatal
        ? [
            fix('Upgrade the annotation processor or use a supported JDK', [
              `Upgrade Lombok/MapStruct (and maven-compiler-plugin ${c.version}) to versions that support your JDK, or build with the JDK the project targets (check "mvn -v").`,
            ], '<dependency>\n  <groupId>org.projectlombok</groupId>\n  <artifactId>lombok</artifactId>\n  <version>1.18.34</version>\n  <scope>provided</scope>\n</dependency>'),
          ]
        : [
            fix('Read the first compiler error', [
              `Scroll up to the first "[ERROR] ...java:[line,col]" line printed by maven-compiler-plugin ${c.version} for ${c.project} and fix that one first - later errors are often follow-ups.`,
              'Run mvn -e compile for more detail.',
            ]),
          ],
    references: [{ title: 'Apache Maven Compiler Plugin', url: 'https://maven.apache.org/plugins/maven-compiler-plugin/' }, { title: 'Maven: MojoFailureException', url: 'https://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException' }],
    samples: [
      '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.13.0:compile (default-compile) on project inventory: Compilation failure: Compilation failure:',
      '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.8.1:compile (default-compile) on project demo: Fatal error compiling: java.lang.ExceptionInInitializerError: com.sun.tools.javac.code.TypeTags -> [Help 1]',
    ],
  },

  // ---------------------------------------------------------------- Kotlin
  {
    id: 'kotlin.lateinit-not-initialized',
    language: 'kotlin',
    match: rx(String.raw`\bkotlin\.UninitializedPropertyAccessException: lateinit property (?<property>[\w$]{1,200}) has not been initialized`, USER_FRAME),
    errorType: 'UninitializedPropertyAccessException',
    category: 'null',
    priority: 20,
    summary: (c) => `The lateinit property '${c.property}' was read before it was assigned.`,
    explanation: (c) =>
      `'lateinit var ${c.property}' promises the compiler that the property will be assigned before first use. It was read before any assignment happened - typically because the code that sets it (onCreate, a setup/@BeforeEach method, dependency injection) has not run yet or failed.${at(c)}`,
    causes: ['Lifecycle order: used before onCreate/onViewCreated/init ran', 'Dependency injection (Dagger/Hilt/Spring) did not inject the field', 'Test setup method did not initialise it'],
    fixes: (c) => [
      fix('Initialise before use or check it', ['Move the assignment earlier, or guard reads with ::property.isInitialized.'], `if (::${c.property}.isInitialized) {\n    ${c.property}.doSomething()\n}`),
      fix('Use a nullable or lazy property instead', ['If the value may legitimately be missing, declare it nullable; if it can be computed, use by lazy.'], `private val ${c.property} by lazy { create() }`),
    ],
    references: [{ title: 'Kotlin: Late-initialized properties and variables', url: 'https://kotlinlang.org/docs/properties.html#late-initialized-properties-and-variables' }],
    samples: [
      'kotlin.UninitializedPropertyAccessException: lateinit property adapter has not been initialized\n\tat com.example.ui.ListFragment.onResume(ListFragment.kt:48)',
    ],
  },
  {
    id: 'kotlin.type-mismatch',
    language: 'kotlin',
    match: rx(KOTLIN_LOC, String.raw`(?:Type mismatch: inferred type is (?<actual>[^\n]{1,200}?) but (?<expected>[^\n]{1,200}?) was expected|(?:Argument|Assignment) type mismatch: actual type is '(?<actual2>[^'\n]{1,200})', but '(?<expected2>[^'\n]{1,200})' was expected|(?:Initializer|Return) type mismatch: expected '(?<expected3>[^'\n]{1,200})', actual '(?<actual3>[^'\n]{1,200})')`),
    errorType: 'Type mismatch',
    category: 'type',
    priority: 10,
    summary: (c) => {
      const actual = c.actual ?? c.actual2 ?? c.actual3;
      const expected = c.expected ?? c.expected2 ?? c.expected3;
      return `Kotlin expected ${expected} but got ${actual}${ktAt(c)}.`;
    },
    explanation: (c) => {
      const actual = c.actual ?? c.actual2 ?? c.actual3 ?? '';
      const expected = c.expected ?? c.expected2 ?? c.expected3 ?? '';
      if (actual === `${expected}?`) return `The value is nullable (${actual}) but a non-null ${expected} is required. Handle null with ?:, ?.let or a check before using it.`;
      if (/^(Int|Long|Double|Float|Short|Byte)$/.test(actual) && /^(Int|Long|Double|Float|Short|Byte)$/.test(expected)) return `Kotlin never converts numbers implicitly: use .to${expected}() to convert ${actual} to ${expected}.`;
      return `The expression has type ${actual}, which is not a subtype of ${expected}. Kotlin has no implicit conversions between unrelated types (e.g. String and Int).`;
    },
    causes: ['Nullable value used where a non-null type is required', 'Numeric types need explicit conversion (toInt(), toLong())', 'Wrong return type or wrong overload'],
    fixes: [
      fix('Convert or handle null explicitly', ['Use ?: to supply a default for nullable values.', 'Use toInt()/toLong()/toString() for conversions.'], 'val count: Int = text.toIntOrNull() ?: 0\nval name: String = user.name ?: "unknown"'),
    ],
    references: [{ title: 'Kotlin: Null safety', url: 'https://kotlinlang.org/docs/null-safety.html' }, { title: 'Kotlin: Numbers (explicit conversions)', url: 'https://kotlinlang.org/docs/numbers.html' }],
    samples: [
      'e: file:///home/dev/app/src/main/kotlin/com/example/Main.kt:12:22 Type mismatch: inferred type is String? but String was expected',
      "e: /src/main/kotlin/Prices.kt:7:16 Argument type mismatch: actual type is 'Double', but 'Int' was expected.",
    ],
  },
  {
    id: 'kotlin.unresolved-reference',
    language: 'kotlin',
    match: rx(KOTLIN_LOC, String.raw`Unresolved reference(?:: (?<name>[\w$` + '`' + String.raw`]{1,200})|\s'(?<quoted>[^'\n]{1,200})')`),
    errorType: 'Unresolved reference',
    category: 'name',
    priority: 10,
    summary: (c) => `Kotlin cannot resolve '${c.name ?? c.quoted}'${ktAt(c)}.`,
    explanation: (c) =>
      `The name '${c.name ?? c.quoted}' is not declared in scope, not imported, or comes from a dependency/plugin that is not applied (e.g. kotlinx.serialization, Android synthetic views removed in Kotlin 1.8, a missing Compose/coroutines dependency).`,
    causes: ['Typo or missing import', 'Dependency not added to the module build.gradle(.kts)', 'Gradle plugin not applied (kapt, serialization, parcelize)', 'Removed API (kotlin-android-extensions synthetic views)'],
    fixes: (c) => [fix('Import or add the dependency', [`Check the spelling of '${c.name ?? c.quoted}' and add its import (Alt+Enter in the IDE).`, `If '${c.name ?? c.quoted}' comes from a library or plugin, add it to the module build file and sync Gradle.`])],
    references: [{ title: 'Kotlin: Packages and imports', url: 'https://kotlinlang.org/docs/packages.html' }],
    samples: ['e: file:///app/src/main/java/com/example/MainActivity.kt:18:9 Unresolved reference: binding', "e: src/main/kotlin/App.kt:3:8 Unresolved reference 'serialization'."],
  },
  {
    id: 'kotlin.coroutine-cancellation',
    language: 'kotlin',
    match: /\bkotlinx\.coroutines\.(?<cls>JobCancellationException|TimeoutCancellationException)(?:: (?<message>[^\n]{1,300}))?/,
    errorType: (c) => c.cls ?? 'JobCancellationException',
    category: 'concurrency',
    priority: 10,
    summary: (c) => (c.cls === 'TimeoutCancellationException' ? `A coroutine timed out${c.message ? ` (${c.message})` : ''}.` : `A coroutine was cancelled${c.message ? `: ${c.message}` : ''}.`),
    explanation: (c) =>
      c.cls === 'TimeoutCancellationException'
        ? 'withTimeout cancels its block when the time limit passes and throws TimeoutCancellationException. Use withTimeoutOrNull if a timeout is an expected outcome.'
        : 'Cancellation is normal in structured concurrency: the job (or its parent scope, e.g. viewModelScope/lifecycleScope) was cancelled, or a sibling failed. It usually only becomes visible when code catches Exception and logs or rethrows the CancellationException.',
    causes: ['The scope owning the coroutine was cancelled (screen closed, request finished)', 'A sibling coroutine failed and cancelled the parent', 'withTimeout expired', 'catch (e: Exception) swallowing/logging cancellation'],
    fixes: (c) => [
      fix('Do not treat cancellation as an error', [`${c.cls ?? 'CancellationException'} is a CancellationException: rethrow it when catching Exception.`], 'try {\n    repo.load()\n} catch (e: CancellationException) {\n    throw e\n} catch (e: Exception) {\n    showError(e)\n}'),
      fix('Use withTimeoutOrNull for expected timeouts', [], 'val result = withTimeoutOrNull(2_000) { api.fetch() } ?: fallback'),
    ],
    references: [{ title: 'Kotlin coroutines: Cancellation and timeouts', url: 'https://kotlinlang.org/docs/cancellation-and-timeouts.html' }],
    samples: ['kotlinx.coroutines.JobCancellationException: StandaloneCoroutine was cancelled; job=StandaloneCoroutine{Cancelling}@3a4afd8d', 'kotlinx.coroutines.TimeoutCancellationException: Timed out waiting for 5000 ms'],
  },

  {
    id: 'kotlin.smart-cast-impossible',
    language: 'kotlin',
    match: rx(KOTLIN_LOC, String.raw`Smart cast to '?(?<type>[^'\n]{1,200}?)'? is impossible, because '?(?<name>[^'\n]{1,200}?)'? (?<why>is a [^\n]{1,300}|[^\n]{1,300})`),
    errorType: 'Smart cast impossible',
    category: 'type',
    priority: 10,
    summary: (c) => `Kotlin cannot smart-cast '${c.name}' to ${c.type}${ktAt(c)}.`,
    explanation: (c) =>
      `After a null check or an 'is' check Kotlin treats a value as the narrower type only if it cannot change in between. '${c.name}' ${c.why.replace(/\.$/, '')}, so another thread or a custom getter could return something else on the next read, and the check proves nothing.`,
    causes: ['A mutable property (var) of a class checked and then used', 'A property declared in another module or with a custom getter', 'A property delegated (by lazy, by viewModels) or open'],
    fixes: (c) => [
      fix(
        `Read '${c.name}' once into a local value`,
        [`Copy '${c.name}' into a local val (or use ?.let), check that copy for ${c.type}, and use the copy.`],
        `val current = ${c.name}\nif (current != null) {\n    current.doSomething()\n}\n// or\n${c.name}?.let { it.doSomething() }`,
      ),
      fix(`Or make '${c.name}' a val`, [`If '${c.name}' never changes after construction, declare it as val in the same module.`]),
    ],
    references: [{ title: 'Kotlin: Type checks and casts (smart cast prerequisites)', url: 'https://kotlinlang.org/docs/typecasts.html#smart-cast-prerequisites' }],
    samples: [
      "e: /app/src/main/java/com/example/ui/HomeFragment.kt: (42, 13): Smart cast to 'FragmentHomeBinding' is impossible, because 'binding' is a mutable property that could have been changed by this time",
      "e: file:///home/dev/app/src/main/kotlin/Cart.kt:18:9 Smart cast to 'Order' is impossible, because 'order' is a mutable property that could have been changed by this time",
    ],
  },
  {
    id: 'kotlin.jvm-target-compatibility',
    language: 'kotlin',
    match: /(?:'(?<javaTask>\w{1,100})' task \(current target is (?<javaTarget>[\d.]{1,6})\) and '(?<kotlinTask>\w{1,100})' task \(current target is (?<kotlinTarget>[\d.]{1,6})\) jvm target compatibility should be set to the same Java version|Inconsistent JVM-target compatibility detected for tasks '(?<javaTask2>\w{1,100})' \((?<javaTarget2>[\d.]{1,6})\) and '(?<kotlinTask2>\w{1,100})' \((?<kotlinTarget2>[\d.]{1,6})\)|Cannot inline bytecode built with JVM target (?<inlineTarget>[\d.]{1,6}) into bytecode that is being built with JVM target (?<currentTarget>[\d.]{1,6}))/,
    errorType: 'jvm target compatibility',
    category: 'configuration',
    priority: 20,
    summary: (c) =>
      c.inlineTarget
        ? `Kotlin code compiled for JVM ${c.currentTarget} cannot inline a function compiled for JVM ${c.inlineTarget}.`
        : `Java compiles for JVM ${c.javaTarget ?? c.javaTarget2} but Kotlin for JVM ${c.kotlinTarget ?? c.kotlinTarget2}.`,
    explanation: (c) =>
      c.inlineTarget
        ? `A library was built with jvmTarget ${c.inlineTarget}, and your module compiles with jvmTarget ${c.currentTarget}; inline functions cannot be copied into older bytecode. Raise the module's jvmTarget.`
        : `Since Kotlin Gradle Plugin 1.8 the Java and Kotlin compile tasks of a module must target the same JVM version. ${c.javaTask ?? c.javaTask2} targets ${c.javaTarget ?? c.javaTarget2} (from compileOptions / the JDK running Gradle) while ${c.kotlinTask ?? c.kotlinTask2} targets ${c.kotlinTarget ?? c.kotlinTarget2} (kotlinOptions.jvmTarget). This often appears in Flutter/React Native plugins whose build.gradle sets only one of them.`,
    causes: ['compileOptions (Java) and kotlinOptions/compilerOptions (Kotlin) set to different versions', 'A newer JDK running Gradle changes the Java default target while Kotlin stays at 1.8', 'A third-party plugin module (Flutter, React Native) that does not set both'],
    fixes: (c) => [
      fix(
        'Use a JVM toolchain (sets both)',
        [`Set the same version for ${c.javaTask ?? c.javaTask2 ?? 'the Java task'} and ${c.kotlinTask ?? c.kotlinTask2 ?? 'the Kotlin task'}: a toolchain configures both.`],
        'kotlin {\n    jvmToolchain(17)\n}',
      ),
      fix(
        'Or set both targets explicitly',
        ['In the module build.gradle(.kts), make compileOptions and the Kotlin jvmTarget agree.'],
        `android {\n    compileOptions {\n        sourceCompatibility = JavaVersion.VERSION_17\n        targetCompatibility = JavaVersion.VERSION_17\n    }\n    kotlinOptions {\n        jvmTarget = "17"\n    }\n}`,
      ),
    ],
    references: [{ title: 'Kotlin: Gradle JVM toolchain and target compatibility', url: 'https://kotlinlang.org/docs/gradle-configure-project.html#check-for-jvm-target-compatibility-of-related-compile-tasks' }],
    samples: [
      "* What went wrong:\nExecution failed for task ':app:compileDebugKotlin'.\n> 'compileDebugJavaWithJavac' task (current target is 1.8) and 'compileDebugKotlin' task (current target is 17) jvm target compatibility should be set to the same Java version.",
      "e: /app/src/main/java/com/example/Main.kt: (12, 5): Cannot inline bytecode built with JVM target 11 into bytecode that is being built with JVM target 1.8. Please specify proper '-jvm-target' option",
    ],
  },
  {
    id: 'kotlin.incompatible-version',
    language: 'kotlin',
    match: /(?:(?:(?<=(?<module>[^\s:!]{1,300}\.jar)!\/META-INF\/[^\n:]{1,200}: )|)(?:Module|Class '(?<cls>[^'\n]{1,300})') was compiled with an incompatible version of Kotlin\. The binary version of its metadata is (?<found>\d{1,3}(?:\.\d{1,3}){0,3}), expected version is (?<expected>\d{1,3}(?:\.\d{1,3}){0,3})|This version \((?<compose>[\w.-]{1,40})\) of the Compose Compiler requires Kotlin version (?<composeKotlin>[\w.-]{1,40}) but you appear to be using Kotlin version (?<usedKotlin>[\w.-]{1,40}))/,
    errorType: 'incompatible version of Kotlin',
    category: 'dependency',
    priority: 20,
    summary: (c) =>
      c.compose
        ? `Compose Compiler ${c.compose} needs Kotlin ${c.composeKotlin}, but the build uses Kotlin ${c.usedKotlin}.`
        : `${c.module ? shortName(c.module.replace(/\//g, '.').replace(/\.jar$/, ''), c.module) : 'A dependency'} was built with Kotlin ${c.found} metadata, but this compiler only reads up to ${c.expected}.`,
    explanation: (c) =>
      c.compose
        ? `Each Compose Compiler release works with exactly one Kotlin version. ${c.compose} is built for Kotlin ${c.composeKotlin}; the Kotlin Gradle plugin in this build is ${c.usedKotlin}. Since Kotlin 2.0 the Compose compiler ships with Kotlin itself (plugin org.jetbrains.kotlin.plugin.compose), which removes the mismatch.`
        : `The Kotlin compiler of this build (expecting metadata ${c.expected}) is older than the one that built ${c.module ?? c.cls ?? 'a dependency'} (metadata ${c.found}). A Kotlin compiler can read metadata at most one minor version newer than itself, so a library or the Kotlin standard library on the classpath is too new for the Kotlin Gradle plugin in use.`,
    causes: ['The Kotlin Gradle plugin version (org.jetbrains.kotlin / kotlin_version) is older than a dependency needs', 'A library upgrade pulled in a newer kotlin-stdlib', 'Flutter/React Native projects pinning an old ext.kotlin_version'],
    fixes: (c) => c.compose ? [
      fix('Pick matching Compose Compiler and Kotlin versions', [
        `Set kotlinCompilerExtensionVersion to the Compose Compiler release made for Kotlin ${c.usedKotlin} (see the compatibility map), or set the Kotlin plugin to ${c.composeKotlin} for Compose Compiler ${c.compose}.`,
        'On Kotlin 2.0+, apply the org.jetbrains.kotlin.plugin.compose plugin and remove kotlinCompilerExtensionVersion.',
      ], `android {\n    composeOptions {\n        kotlinCompilerExtensionVersion = "<version for Kotlin ${c.usedKotlin}>"\n    }\n}`),
    ] : [
      fix(
        'Upgrade the Kotlin Gradle plugin',
        [`Raise the Kotlin plugin to at least the version that matches metadata ${c.found} (e.g. 1.9.x for 1.9.0) so it can read ${c.module ?? c.cls ?? 'the dependency'}.`],
        `// settings.gradle(.kts) or the root build.gradle\nplugins {\n    id("org.jetbrains.kotlin.android") version "${kotlinFor(c.found)}" apply false\n}\n// Flutter / older builds: ext.kotlin_version = '${kotlinFor(c.found)}'`,
      ),
      fix('Or downgrade the dependency', [`Use a version of ${c.module ?? c.cls ?? 'the library'} built with Kotlin ${c.expected} or older.`]),
    ],
    references: [
      { title: 'Kotlin: Compatibility guide / binary compatibility', url: 'https://kotlinlang.org/docs/kotlin-evolution-principles.html' },
      { title: 'Kotlin Gradle plugin', url: 'https://kotlinlang.org/docs/gradle.html' },
      { title: 'Compose to Kotlin Compatibility Map', url: 'https://developer.android.com/jetpack/androidx/releases/compose-kotlin' },
    ],
    samples: [
      'e: /home/runner/.gradle/caches/transforms-3/4b0e/transformed/jetified-kotlin-stdlib-1.9.0.jar!/META-INF/kotlin-stdlib.kotlin_module: Module was compiled with an incompatible version of Kotlin. The binary version of its metadata is 1.9.0, expected version is 1.7.1.',
      "Class 'kotlin.collections.CollectionsKt' was compiled with an incompatible version of Kotlin. The binary version of its metadata is 2.0.0, expected version is 1.8.0.",
      'e: This version (1.3.2) of the Compose Compiler requires Kotlin version 1.7.20 but you appear to be using Kotlin version 1.8.0 which is not known to be compatible.  Please consult the Compose-Kotlin compatibility map located at https://developer.android.com/jetpack/androidx/releases/compose-kotlin to choose a compatible version pair (or `suppressKotlinVersionCompatibilityCheck` but don\'t say I didn\'t warn you!).',
    ],
  },
  {
    id: 'kotlin.compiler-error',
    language: 'kotlin',
    match: /(?:^e: (?:file:\/\/)?(?<file>[^\n]{1,400}?\.kts?)(?::(?<line>\d{1,7}):\d{1,7}|: \((?<line2>\d{1,7}), ?\d{1,7}\):?)\s{1,3}|^Kotlin: )(?<message>[^\n]{1,500})/m,
    errorType: (c) => kotlincPhrase(c.message ?? ''),
    category: 'syntax',
    priority: 4,
    summary: (c) => `kotlinc rejected the code${ktAt(c)}: ${c.message}`,
    explanation: (c) =>
      `The Kotlin compiler reported "${c.message}"${c.file ? ` in ${c.file}` : ''}. Gradle then fails the compile task ("Compilation error. See log for more details"); the first "e:" line is the one to fix first.`,
    causes: ['A type, nullability or syntax error on the reported line', 'An API that changed after a library or Kotlin upgrade', 'A follow-up of an earlier error'],
    fixes: (c) => [
      fix('Fix the first "e:" line', [`Open ${c.file ?? 'the reported file'}${c.line || c.line2 ? ` at line ${c.line ?? c.line2}` : ''} and fix "${c.message}".`, 'Rebuild; later errors are often follow-ups.']),
    ],
    references: [{ title: 'Kotlin: Basic syntax', url: 'https://kotlinlang.org/docs/basic-syntax.html' }, { title: 'Kotlin: Compiler options', url: 'https://kotlinlang.org/docs/compiler-reference.html' }],
    samples: [
      "e: file:///home/dev/app/src/main/kotlin/Main.kt:9:5 Val cannot be reassigned",
      "e: /app/src/main/java/com/example/Api.kt: (21, 17): No value passed for parameter 'timeout'",
    ],
  },
  {
    id: 'kotlin.serialization',
    language: 'kotlin',
    match: /\bkotlinx\.serialization\.(?:json\.internal\.)?(?<cls>JsonDecodingException|JsonEncodingException|SerializationException|MissingFieldException)(?::[ \t]*(?:(?:Unexpected JSON token at offset \d{1,9}: )?Encountered an unknown key '(?<key>[^'\n]{1,200})'|Field '(?<field>[^'\n]{1,200})' is required for type with serial name '(?<type>[^'\n]{1,300})'|Serializer for class '(?<serClass>[^'\n]{1,200})' is not found|(?<message>[^\n]{1,3000})))?/,
    errorType: (c) => c.cls ?? 'SerializationException',
    category: 'type',
    priority: 10,
    summary: (c) =>
      c.key
        ? `The JSON has a key '${c.key}' that the Kotlin class does not declare.`
        : c.field
          ? `The JSON lacks the required field '${c.field}' of ${c.type}.`
          : c.serClass
            ? `No serializer exists for the class '${c.serClass}'.`
            : `kotlinx.serialization failed: ${c.message ?? c.cls}`,
    explanation: (c) =>
      c.key
        ? `By default Json rejects keys that the target class does not have. '${c.key}' is in the input but not in the @Serializable class.`
        : c.field
          ? `Properties without a default value are required. '${c.field}' has no default in ${c.type} and is missing from the JSON (or is named differently).`
          : c.serClass
            ? `'${c.serClass}' is not annotated with @Serializable, or the kotlinx-serialization Gradle plugin is not applied, so no serializer was generated.`
            : 'The JSON does not match the @Serializable class: wrong token type, malformed JSON, or a missing/unknown field.',
    causes: ['The API sends more (or other) fields than the data class declares', 'A property without a default value is missing from the JSON', 'The serialization compiler plugin is not applied, or @Serializable is missing'],
    fixes: (c) => [
      c.key
        ? fix(`Ignore '${c.key}' or declare it`, [`${c.cls} comes from the strict default Json: configure it to ignore unknown keys, or add '${c.key}' to the class.`], 'val json = Json { ignoreUnknownKeys = true }')
        : c.field
          ? fix(`Give '${c.field}' a default value`, [`${c.cls}: add a default to '${c.field}' in ${c.type} (or make it nullable with = null) if the JSON may omit it.`], `val ${c.field}: String? = null`)
          : c.serClass
            ? fix(`Make '${c.serClass}' serializable`, [`${c.cls}: annotate '${c.serClass}' with @Serializable and apply the plugin org.jetbrains.kotlin.plugin.serialization.`], 'plugins {\n    kotlin("plugin.serialization") version "2.0.0"\n}')
            : fix(`Compare the JSON with the class (${c.cls})`, ['Print the raw JSON and compare its keys and types with the @Serializable class.'], 'val json = Json { ignoreUnknownKeys = true; coerceInputValues = true }'),
    ],
    references: [{ title: 'kotlinx.serialization: JSON features', url: 'https://github.com/Kotlin/kotlinx.serialization/blob/master/docs/json.md' }],
    samples: [
      "kotlinx.serialization.json.internal.JsonDecodingException: Unexpected JSON token at offset 2: Encountered an unknown key 'requestType' at path: $\nUse 'ignoreUnknownKeys = true' in 'Json {}' builder to ignore unknown keys.",
      "kotlinx.serialization.MissingFieldException: Field 'id' is required for type with serial name 'com.example.User', but it was missing at path: $",
    ],
  },
  {
    id: 'kotlin.exception',
    language: 'kotlin',
    match: /(?<![\w$.])(?<cls>kotlinx?\.(?:[a-z][\w$]{0,40}\.){0,5}[A-Z][\w$]{0,100}(?:Exception|Error))(?::[ \t]*(?<message>[^\n]{1,3000}))?/,
    errorType: (c) => shortName(c.cls, 'Exception'),
    category: 'runtime',
    priority: 1,
    summary: (c) => `Kotlin threw ${shortName(c.cls, 'an exception')}${c.message ? `: ${c.message}` : ''}.`,
    explanation: (c) =>
      `${c.cls} comes from the Kotlin standard library or kotlinx.${/NotImplementedError/.test(c.cls ?? '') ? ' NotImplementedError is thrown by TODO(): the code path reached a function body that was never written.' : /NoWhenBranchMatchedException/.test(c.cls ?? '') ? ' A when expression over a Java enum or a sealed type from another module received a value none of its branches handles.' : ''} The first "at" line from your own package is where to look.`,
    causes: ['See the message and the first frame from your own code'],
    fixes: (c) => [fix(`Handle ${c.cls}`, [`Open the first frame from your own package and check why ${shortName(c.cls, 'the exception')} was thrown there.`])],
    references: [{ title: 'Kotlin: Exceptions', url: 'https://kotlinlang.org/docs/exceptions.html' }],
    samples: ['kotlin.NotImplementedError: An operation is not implemented: load settings\n\tat com.example.Settings.load(Settings.kt:12)'],
  },

  {
    id: 'kotlin.native-uncaught',
    language: 'kotlin',
    // Kotlin/Native (iOS, macOS, Linux binaries) names the exception once, then prints the
    // constructor chain of its superclasses (kotlin.Exception.<init>, kotlin.RuntimeException.<init>…)
    // as the first frames: the class on this line is the one thrown, not the first one the frames name.
    match: /Uncaught Kotlin exception: (?<cls>(?:[a-z][\w$]{0,60}\.){0,10}[A-Z][\w$]{0,100})(?::[ \t]*(?<message>[^\n]{1,3000}))?/,
    errorType: (c) => shortName(c.cls, 'Exception'),
    category: 'runtime',
    priority: 3,
    summary: (c) => `A Kotlin/Native program threw ${shortName(c.cls, 'an exception')} that nothing caught${c.message ? `: ${c.message}` : ''}.`,
    explanation: (c) =>
      `${c.cls} reached the top of a Kotlin/Native thread uncaught, which terminates the program. The frames after the message start with the exception's own constructors; the first frame from your own code (kfun:<your package>…) is where it was thrown. Exceptions do not cross into Swift or Objective-C unless the Kotlin function is annotated @Throws.`,
    causes: ['An exception thrown in Kotlin code called from Swift/Objective-C without @Throws', 'A when over an enum or sealed type from another module without an else branch (NoWhenBranchMatchedException)', 'See the message and the first frame from your own code'],
    fixes: (c) => [
      fix(`Catch ${shortName(c.cls, 'the exception')} or let it reach Swift`, [
        `Find the first kfun: frame from your own package and why ${shortName(c.cls, 'the exception')} is thrown there.`,
        'If Swift/Objective-C calls this function, annotate it with @Throws so the exception arrives as an NSError instead of terminating the app.',
      ], `@Throws(${shortName(c.cls, 'Exception')}::class)\nfun load(): Data { /* ... */ }`),
    ],
    references: [{ title: 'Kotlin/Native: interoperability with Swift/Objective-C, errors and exceptions', url: 'https://kotlinlang.org/docs/native-objc-interop.html#errors-and-exceptions' }],
    samples: ['Uncaught Kotlin exception: kotlin.IllegalStateException: Not initialized\n        at 0   app   0x000000010b4f2f37 kfun:kotlin.Throwable.<init>(kotlin.String?)kotlin.Throwable + 87'],
  },

  // ---------------------------------------------------------------- Android
  {
    id: 'java.android-component-failed',
    language: 'java',
    match: /\bjava\.lang\.RuntimeException: Unable to (?<action>start activity|resume activity|pause activity|stop activity|destroy activity|instantiate activity|create application|instantiate application|start receiver|instantiate receiver|create service|start service|instantiate service|bind to service|get provider|instantiate provider) ComponentInfo\{(?<component>[^}\n]{1,300})\}(?::[ \t]*(?<cause>(?:[a-z][\w$]{0,60}\.){1,10}[A-Z][\w$]{0,100}(?:Exception|Error))(?::[ \t]*(?<message>[^\n]{1,3000}))?)?/,
    errorType: 'RuntimeException',
    category: 'runtime',
    priority: 15,
    summary: (c) => `Android could not ${c.action} ${c.component}${c.cause ? ` because of ${shortName(c.cause, 'an exception')}` : ''}.`,
    explanation: (c) =>
      `ActivityThread wraps any exception thrown while it runs a component's lifecycle (onCreate, onStart, onResume, a receiver's onReceive, ...) in "RuntimeException: Unable to ${c.action}". ${c.cause ? `The real error is ${c.cause}${c.message ? ` ("${c.message}")` : ''}` : 'The real error is in the "Caused by:" section'}; its first frame from your own package is the line to fix.${c.action?.startsWith('instantiate') ? ' "Unable to instantiate" means the class itself could not be created: it is missing from the APK (ProGuard/R8, wrong package in the manifest) or has no public no-argument constructor.' : ''}`,
    causes: (c) => [
      c.cause ? `${shortName(c.cause, 'An exception')} thrown inside a lifecycle method of ${c.component}` : `An exception thrown inside a lifecycle method of ${c.component}`,
      'A view looked up before setContentView/onCreateView (findViewById returning null)',
      'Intent extras, saved state or arguments missing when the component starts',
      'The class is not in the APK or is declared with a wrong name in AndroidManifest.xml (instantiate errors)',
    ],
    fixes: (c) => [
      fix(`Fix the failure inside ${c.component}`, [
        `Read the "Caused by:" ${c.cause ? `(${c.cause}) ` : ''}and open its first frame from your own package.`,
        'Check the values used there: views, intent extras, saved state, injected dependencies.',
      ]),
      fix('For "Unable to instantiate"', ['Check the class name in AndroidManifest.xml and keep rules for R8/ProGuard; the component needs a public no-argument constructor.']),
    ],
    references: [
      { title: 'Android: The activity lifecycle', url: 'https://developer.android.com/guide/components/activities/activity-lifecycle' },
      { title: 'Android: Crashes (reading a stack trace)', url: 'https://developer.android.com/topic/performance/vitals/crash' },
    ],
    samples: [
      'java.lang.RuntimeException: Unable to start activity ComponentInfo{com.example.app/com.example.app.MainActivity}: java.lang.NullPointerException: Attempt to invoke virtual method \'void android.widget.TextView.setText(java.lang.CharSequence)\' on a null object reference\n\tat android.app.ActivityThread.performLaunchActivity(ActivityThread.java:3449)\nCaused by: java.lang.NullPointerException\n\tat com.example.app.MainActivity.onCreate(MainActivity.java:31)',
      'java.lang.RuntimeException: Unable to instantiate activity ComponentInfo{com.example.app/com.example.app.SplashActivity}: java.lang.ClassNotFoundException: Didn\'t find class "com.example.app.SplashActivity"',
    ],
  },
  {
    id: 'java.android-npe-null-object',
    language: 'java',
    match: rx(
      String.raw`\bjava\.lang\.NullPointerException: Attempt to (?<action>invoke (?:virtual|interface) method|read from field|write to field|get length of null array|read from null array|write to null array)(?: '(?<member>[^'\n]{1,300})')?(?: on a null object reference)?`,
      USER_FRAME,
    ),
    errorType: 'NullPointerException',
    category: 'null',
    priority: 20,
    summary: (c) => `Android/ART: ${c.member ? `${c.member} was used` : `an array or field was used (${c.action})`} on a null reference.`,
    explanation: (c) =>
      `ART names the member that was used through null: ${c.member ? `'${c.member}'` : c.action}. The object it was called on is null - on Android typically a view that findViewById did not find (wrong layout or id, or used before setContentView/onCreateView), a binding used after onDestroyView, a missing intent extra or argument, or a field not yet initialised.${at(c)}`,
    causes: [
      'findViewById returned null (wrong layout, wrong id, or called before the view exists)',
      'View binding used after onDestroyView, or a Fragment used before it is attached',
      'Intent extras, Bundle arguments or saved state missing',
      'A field initialised asynchronously (callback, coroutine) and used before that',
    ],
    fixes: (c) => [
      fix(
        'Find which reference was null',
        [
          `The receiver of ${c.member ?? 'the call'} is null: open the first frame from your own package and check every reference used on that line.`,
          'Initialise it before use, or check for null and handle the missing case.',
        ],
        c.member && /TextView|View|Button|RecyclerView|ImageView/.test(c.member) ? 'val title = view.findViewById<TextView>(R.id.title)  // id must exist in the inflated layout\ntitle?.text = name' : null,
      ),
    ],
    references: [lang('NullPointerException'), { title: 'Android: View binding', url: 'https://developer.android.com/topic/libraries/view-binding' }],
    samples: [
      "java.lang.NullPointerException: Attempt to invoke virtual method 'void android.widget.TextView.setText(java.lang.CharSequence)' on a null object reference\n\tat com.example.app.ProfileActivity.onCreate(ProfileActivity.java:42)",
      "08-29 06:50:05.261 25392 25392 E AndroidRuntime: java.lang.NullPointerException: Attempt to invoke virtual method 'java.lang.Class java.lang.Object.getClass()' on a null object reference",
    ],
  },
  {
    id: 'java.android-network-on-main-thread',
    language: 'java',
    match: /\bandroid\.os\.NetworkOnMainThreadException/,
    errorType: 'NetworkOnMainThreadException',
    category: 'concurrency',
    priority: 15,
    summary: 'A network call was made on Android\'s main (UI) thread.',
    explanation: 'Android forbids network I/O on the main thread because it would freeze the UI (and trigger "Application Not Responding"). Since API 11 StrictMode throws this exception as soon as a socket is used from the main thread.',
    causes: ['Calling OkHttp/HttpURLConnection synchronously from an Activity/Fragment', 'Blocking calls like execute() instead of enqueue()', 'runBlocking on the main thread'],
    fixes: [
      fix('Move the call to a background thread', ['With coroutines, switch to Dispatchers.IO; with Retrofit use suspend functions or enqueue().'], 'viewModelScope.launch {\n    val user = withContext(Dispatchers.IO) { api.fetchUser(id) }\n    _state.value = user\n}'),
    ],
    references: [{ title: 'Android API: NetworkOnMainThreadException', url: 'https://developer.android.com/reference/android/os/NetworkOnMainThreadException' }, { title: 'Android: Kotlin coroutines on Android', url: 'https://developer.android.com/kotlin/coroutines' }],
    samples: ['FATAL EXCEPTION: main\nProcess: com.example.app, PID: 12345\nandroid.os.NetworkOnMainThreadException\n\tat android.os.StrictMode$AndroidBlockGuardPolicy.onNetwork(StrictMode.java:1605)'],
  },
  {
    id: 'java.android-inflate',
    language: 'java',
    match: /\bandroid\.view\.InflateException: Binary XML file line #(?<line>\d{1,7})(?: in (?<resource>[\w.:/]{1,200}))?: (?:Binary XML file line #\d{1,7}(?: in [\w.:/]{1,200})?: )?(?<detail>[^\n]{1,300})/,
    errorType: 'InflateException',
    category: 'runtime',
    priority: 10,
    summary: (c) => `Android could not inflate the layout${c.resource ? ` ${c.resource}` : ''} at line ${c.line}: ${c.detail}.`,
    explanation: (c) =>
      `A view in the XML layout could not be created. ${/Error inflating class/.test(c.detail ?? '') ? 'The class named there either does not exist in the app (missing dependency, wrong package name in a custom view tag), its constructor threw, or it needs a different theme (Material components need a Theme.MaterialComponents/Material3 theme).' : 'The real reason is in the "Caused by:" section.'}`,
    causes: ['Material/AppCompat widget used with a theme that does not inherit from Theme.Material3/MaterialComponents/AppCompat', 'Custom view class name wrong or constructor (Context, AttributeSet) missing', 'Drawable/vector resource invalid for this API level'],
    fixes: [fix('Check the view at that line and the theme', ['Open the layout at the given line and verify the fully-qualified class name.', 'Make sure the activity theme inherits from a Material3/AppCompat theme.', 'Read the last "Caused by:" of the trace.'])],
    references: [{ title: 'Android API: InflateException', url: 'https://developer.android.com/reference/android/view/InflateException' }, { title: 'Android: Layouts', url: 'https://developer.android.com/develop/ui/views/layout/declaring-layout' }],
    samples: ['android.view.InflateException: Binary XML file line #12 in com.example.app:layout/activity_main: Binary XML file line #12 in com.example.app:layout/activity_main: Error inflating class com.google.android.material.button.MaterialButton'],
  },
  {
    id: 'java.android-activity-not-found',
    language: 'java',
    match: /\bandroid\.content\.ActivityNotFoundException: (?:Unable to find explicit activity class \{(?<component>[^}\n]{1,300})\}|No Activity found to handle Intent \{ (?<intent>[^}\n]{1,400}) \})/,
    errorType: 'ActivityNotFoundException',
    category: 'configuration',
    priority: 10,
    summary: (c) => (c.component ? `The activity ${c.component} is not declared in AndroidManifest.xml.` : 'No installed app can handle the Intent.'),
    explanation: (c) =>
      c.component
        ? 'Every Activity must be declared with an <activity> element in AndroidManifest.xml (of the module that contains it). Starting an explicit intent to an undeclared activity throws this exception.'
        : `No activity on the device matches the implicit Intent { ${c.intent} } (e.g. no browser, mail or camera app, or package-visibility rules on Android 11+ hide it).`,
    causes: ['Missing <activity> in AndroidManifest.xml', 'Wrong package/class name in the intent', 'No app installed for an implicit intent, or missing <queries> on Android 11+'],
    fixes: (c) =>
      c.component
        ? [fix('Declare the activity', ['Add it to the manifest.'], '<application ...>\n    <activity android:name=".DetailActivity" android:exported="false" />\n</application>')]
        : [fix('Handle the missing handler', ['Wrap startActivity in try/catch ActivityNotFoundException, and declare <queries> if you call resolveActivity on Android 11+.'])],
    references: [{ title: 'Android API: ActivityNotFoundException', url: 'https://developer.android.com/reference/android/content/ActivityNotFoundException' }, { title: 'Android: App manifest <activity>', url: 'https://developer.android.com/guide/topics/manifest/activity-element' }],
    samples: ['android.content.ActivityNotFoundException: Unable to find explicit activity class {com.example.app/com.example.app.DetailActivity}; have you declared this activity in your AndroidManifest.xml?'],
  },
  {
    id: 'java.android-wrong-thread',
    language: 'java',
    match: /CalledFromWrongThreadException: Only the original thread that created a view hierarchy can touch its views/,
    errorType: 'CalledFromWrongThreadException',
    category: 'concurrency',
    priority: 15,
    summary: 'A background thread tried to update the Android UI.',
    explanation: 'Views may only be modified on the main (UI) thread. The code updated a view from a background thread, e.g. inside a network callback, thread, or coroutine running on Dispatchers.IO.',
    causes: ['Updating views inside an OkHttp/Retrofit callback that runs on a background thread', 'Setting view state from Dispatchers.IO/Default', 'Timer/Executor threads touching views'],
    fixes: [fix('Switch back to the main thread', ['Use withContext(Dispatchers.Main), runOnUiThread, view.post, or expose state through LiveData/StateFlow.'], 'withContext(Dispatchers.Main) {\n    binding.title.text = user.name\n}')],
    references: [{ title: 'Android: Processes and threads overview', url: 'https://developer.android.com/guide/components/processes-and-threads' }],
    samples: ['android.view.ViewRootImpl$CalledFromWrongThreadException: Only the original thread that created a view hierarchy can touch its views.'],
  },
  {
    id: 'java.android-appcompat-theme',
    language: 'java',
    match: /(?:\b(?:java\.lang\.)?IllegalStateException: )?You need to use a Theme\.AppCompat theme \(or descendant\) with this activity/,
    errorType: 'IllegalStateException',
    category: 'configuration',
    priority: 20,
    summary: 'An AppCompatActivity is using a theme that does not inherit from Theme.AppCompat.',
    explanation: 'AppCompatActivity requires its theme (android:theme on the activity or application) to inherit from Theme.AppCompat or Theme.MaterialComponents/Material3. A platform theme such as android:Theme.Material was used instead.',
    causes: ['android:theme set to a platform theme in AndroidManifest.xml', 'A dialog/activity theme overriding the app theme'],
    fixes: [fix('Inherit from an AppCompat/Material theme', ['Change the parent of your theme in res/values/themes.xml.'], '<style name="Theme.MyApp" parent="Theme.Material3.DayNight.NoActionBar" />')],
    references: [{ title: 'Android: Styles and themes', url: 'https://developer.android.com/develop/ui/views/theming/themes' }],
    samples: ['java.lang.IllegalStateException: You need to use a Theme.AppCompat theme (or descendant) with this activity.\n\tat androidx.appcompat.app.AppCompatDelegateImpl.createSubDecor(AppCompatDelegateImpl.java:846)'],
  },

  {
    id: 'java.inaccessible-object',
    language: 'java',
    match: /(?:\b(?:java\.lang\.reflect\.)?InaccessibleObjectException: )?Unable to make (?<member>[^\n]{1,300}?) accessible: module (?<module>[\w.]{1,200}) does not "(?:opens|exports) (?<opens>[\w.]{1,200})" to (?<target>unnamed module|module [\w.]{1,200})/,
    errorType: 'InaccessibleObjectException',
    category: 'configuration',
    priority: 15,
    summary: (c) => `Reflection into ${c.opens} is blocked: ${c.module} does not open it to ${c.target.replace(/ @\w+$/, '')}.`,
    explanation: (c) =>
      `Since Java 16 (JEP 396) and 17 (JEP 403) the JDK's internals are strongly encapsulated: setAccessible(true) on ${c.member} fails unless ${c.module} opens the package ${c.opens}. Old versions of libraries that use reflection on JDK classes (Gradle, Lombok, Gson, Kryo, Spring/cglib, Mockito) break on a new JDK.`,
    causes: ['A library or build tool too old for the JDK in use (Java 16+)', 'Reflection on JDK internal fields (java.io.File.path, java.lang.ClassLoader.defineClass)', 'Running with a newer JDK than the project was written for'],
    fixes: (c) => [
      fix('Upgrade the library that uses reflection', [`Find the library that reflects on ${c.member} (the first frames below the message) and upgrade it - Gradle, Lombok, Gson, Mockito - to a version that supports your JDK.`, 'Or run the build with the JDK version the project targets.']),
      fix(`Or open ${c.opens} explicitly (workaround)`, [`Add --add-opens for ${c.module}/${c.opens} to the JVM that fails (application, tests or Gradle daemon); ALL-UNNAMED stands for the ${c.target.replace(/ @\w+$/, '')}.`], `--add-opens ${c.module}/${c.opens}=ALL-UNNAMED`),
    ],
    references: [{ title: 'JEP 403: Strongly Encapsulate JDK Internals', url: 'https://openjdk.org/jeps/403' }],
    samples: ['java.lang.reflect.InaccessibleObjectException: Unable to make field private final java.lang.String java.io.File.path accessible: module java.base does not "opens java.io" to unnamed module @5c2b1b4c'],
  },
  {
    id: 'java.unsupported-class-file-major',
    language: 'java',
    match: /Unsupported class file major version (?<major>\d{2,3})/,
    errorType: 'Unsupported class file major version',
    category: 'configuration',
    priority: 15,
    summary: (c) => `A build tool or library read class files of ${javaRelease(c.major)} (major version ${c.major}) and does not support them.`,
    explanation: (c) =>
      `Class file major version ${c.major} is ${javaRelease(c.major)}. The code reading it - usually Gradle (its Groovy runtime) or an old ASM-based library (Spring, Jacoco, Mockito, Lombok) - predates that Java release. Typically the JDK running Gradle was upgraded and the Gradle wrapper was not: Java 17 needs Gradle 7.3+, Java 21 needs Gradle 8.5+.`,
    causes: ['Gradle wrapper too old for the JDK that runs it (JAVA_HOME, the IDE\'s Gradle JDK)', 'A library that parses bytecode (ASM, Jacoco, Spring 5.x) too old for the JDK'],
    fixes: (c) => [
      fix('Upgrade Gradle or use an older JDK', [
        `Upgrade the Gradle wrapper to a version that supports ${javaRelease(c.major)} (./gradlew wrapper --gradle-version 8.10), or run Gradle with an older JDK (IDE: Settings > Build Tools > Gradle > Gradle JDK).`,
        'Upgrade Jacoco/ASM-based plugins and libraries as well.',
      ], './gradlew wrapper --gradle-version 8.10'),
    ],
    references: [{ title: 'Gradle: Compatibility Matrix', url: 'https://docs.gradle.org/current/userguide/compatibility.html' }],
    samples: ["* What went wrong:\nCould not open cp_settings generic class cache for settings file '/home/dev/app/settings.gradle' (/home/dev/.gradle/caches/7.0/scripts/abc).\n> BUG! exception in phase 'semantic analysis' in source unit '_BuildScript_' Unsupported class file major version 61"],
  },
  {
    id: 'java.main-class-not-found',
    language: 'java',
    match: /(?:Error|错误|エラー|Fehler|Erreur|Errore|Ошибка|Erro|Błąd|오류): (?:Could not find or load main class (?<className>[\w$./-]{1,300})|找不到或无法加载主类 (?<zhName>[\w$./-]{1,300})|メイン・クラス(?<jaName>[\w$./-]{1,300})を検出およびロードできませんでした|Hauptklasse (?<deName>[\w$./-]{1,300}) konnte nicht gefunden oder geladen werden|impossible de trouver ou de charger la classe principale (?<frName>[\w$./-]{1,300})|impossibile trovare o caricare la classe principale (?<itName>[\w$./-]{1,300})|no se ha encontrado o cargado la clase principal (?<esName>[\w$./-]{1,300})|не удается найти или загрузить основной класс (?<ruName>[\w$./-]{1,300}))/i,
    errorType: 'ClassNotFoundException',
    category: 'dependency',
    priority: 9,
    summary: (c) => `The java launcher could not find the main class ${mainClass(c)}.`,
    explanation: (c) =>
      `"java ${mainClass(c)}" (or the Main-Class of a jar) names a class that is not on the class path given to the JVM: the launcher's ClassNotFoundException. Usually the class path (-cp) does not include the compiled classes, the name lacks its package, or the command was run from the wrong directory.${/\.(?:java|class)$/.test(mainClass(c)) ? ' The name ends in .java/.class: pass the class name without the extension (java com.example.Main), or run a single source file with "java Main.java" on Java 11+.' : ''}`,
    causes: ['The class path (-cp) does not contain the directory or jar with the class', 'The fully-qualified name (with package) is wrong or misspelled', 'The jar manifest names a wrong Main-Class, or the jar was built without it', 'Running from a directory other than the root of the package tree'],
    fixes: (c) => [
      fix(`Run ${mainClass(c)} with the right class path`, [
        `Compile into a directory and pass it: java -cp target/classes ${mainClass(c).replace(/\.(?:java|class)$/, '')}.`,
        'Use the fully-qualified name (package.ClassName) from the root of the package tree, and check the Main-Class in the jar manifest.',
      ]),
    ],
    references: [{ title: 'The java Command', url: 'https://docs.oracle.com/en/java/javase/21/docs/specs/man/java.html' }],
    samples: ['Error: Could not find or load main class com.example.Main', '错误: 找不到或无法加载主类 HelloWorld.class'],
  },
  {
    id: 'java.test-assertion',
    language: 'java',
    match: /\b(?<cls>org\.junit\.ComparisonFailure|junit\.framework\.(?:ComparisonFailure|AssertionFailedError)|org\.opentest4j\.(?:AssertionFailedError|MultipleFailuresError)|java\.lang\.AssertionError|org\.assertj\.core\.error\.\w{1,80}|org\.mockito\.exceptions\.(?:[a-z]\w{0,40}\.){0,3}\w{1,80})(?::[ \t]*(?<message>[^\n]{1,3000}))?/,
    errorType: (c) => shortName(c.cls, 'AssertionError'),
    category: 'runtime',
    priority: 10,
    summary: (c) => `A test failed: ${shortName(c.cls, 'an assertion')}${c.message ? `: ${c.message}` : ''}.`,
    explanation: (c) =>
      /mockito/.test(c.cls ?? '')
        ? `${c.cls} is Mockito reporting misuse or an unmet verification (a stubbed method not called, called with other arguments, or an unnecessary stubbing in strict mode).`
        : `${c.cls} is thrown by an assertion: the value the test got differs from the expected one${c.message ? ` (${c.message})` : ''}. The first frame in your test class is the failing assertion; the bug is either in the code under test or in the expectation.`,
    causes: ['The code under test returns a different value than expected', 'The expectation in the test is outdated', 'Test order or shared state (static fields, database) changes the result'],
    fixes: (c) => [
      fix(`Compare expected and actual in ${shortName(c.cls, 'the assertion')}`, [
        `Open the first frame from your test class under ${c.cls} and the code it calls.`,
        'Run only that test in the IDE debugger and inspect the actual value.',
      ]),
    ],
    references: [{ title: 'JUnit 5 User Guide: Assertions', url: 'https://junit.org/junit5/docs/current/user-guide/#writing-tests-assertions' }],
    samples: ['org.junit.ComparisonFailure: expected:<[foo]> but was:<[bar]>\n\tat org.junit.Assert.assertEquals(Assert.java:115)', 'org.opentest4j.AssertionFailedError: expected: <1> but was: <2>'],
  },
  {
    id: 'java.no-such-element',
    language: 'java',
    match: rx(String.raw`\bjava\.util\.NoSuchElementException(?::[ \t]*(?<message>[^\n]{1,300}))?`, USER_FRAME),
    errorType: 'NoSuchElementException',
    category: 'runtime',
    priority: 10,
    summary: (c) => (c.message === 'No value present' ? 'Optional.get() (or orElseThrow()) was called on an empty Optional.' : `An element was requested that does not exist${c.message ? `: ${c.message}` : ''}.`),
    explanation: (c) =>
      `${c.message === 'No value present' ? 'Optional.get() and orElseThrow() without arguments throw NoSuchElementException when the Optional is empty - typically a repository findById or a stream findFirst that found nothing.' : 'Iterator.next(), Scanner.next*(), a Deque/Queue element() or a Kotlin first() was called when there are no more elements.'}${at(c)}`,
    causes: ['Optional.get() on an empty result (findById, findFirst)', 'Scanner reading past the end of input (nextInt/nextLine with no more input)', 'Iterator.next() without hasNext()', "Kotlin's first()/last() on an empty collection"],
    fixes: (c) => [
      fix(
        'Handle the empty case',
        [`${c.frame ? `In ${c.frame}, use` : 'Use'} orElse / orElseThrow with a meaningful exception, or check hasNext() / isEmpty() first.`],
        'User user = repository.findById(id)\n    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No user " + id));',
      ),
    ],
    references: [api('java.base', 'java/util', 'NoSuchElementException'), api('java.base', 'java/util', 'Optional')],
    samples: ['java.util.NoSuchElementException: No value present\n\tat java.base/java.util.Optional.get(Optional.java:143)\n\tat com.example.service.UserService.find(UserService.java:22)'],
  },
  // ---------------------------------------------------------------- catch-all
  // Priority 0, not negative: for a chained trace the engine matches the outermost exception's
  // block first, and that exception (not a better-known one in a "Caused by:") is what the
  // report is about. Every specific pattern still outranks these.
  {
    id: 'java.exception',
    language: 'java',
    match: /(?<![\w$.])(?<cls>(?:[a-z][\w$]{0,60}\.){1,10}(?:[A-Z][\w$]{0,100})?(?:Exception|Error))(?::[ \t]*(?<message>[^\n]{1,3000}))?\n[ \t]{0,20}at [\w$.<>/]{1,300}\(/,
    errorType: (c) => shortName(c.cls, 'Exception'),
    category: 'runtime',
    priority: 0,
    summary: (c) => `The JVM threw ${shortName(c.cls, 'an exception')}${c.message ? `: ${c.message}` : ''}.`,
    explanation: (c) => `${c.cls} was thrown and not caught. ${wrapped(c.message)}The first "at ..." line is where it was thrown; the first frame from your own package is usually where to start looking.`,
    causes: ['See the exception message and the first frame from your code', 'Wrapped exceptions: the underlying reason is in the "Caused by:" sections'],
    fixes: (c) => [
      fix(`Find where ${c.cls} comes from`, [
        `Open the first frame from your own package under ${c.cls} and inspect the values involved.`,
        'If the trace has "Caused by:" sections, read them from the last one upwards: the last one is where the failure started.',
        `Search the documentation of the library that declares ${c.cls} for the message.`,
      ]),
    ],
    references: [{ title: 'The Java Tutorials: Exceptions', url: 'https://docs.oracle.com/javase/tutorial/essential/exceptions/' }],
    samples: [
      'com.example.billing.InvoiceException: invoice 42 is already paid\n\tat com.example.billing.InvoiceService.pay(InvoiceService.java:58)',
      'Exception in thread "main" java.lang.Exception: java.lang.IllegalArgumentException: bad input\n\tat com.example.Main.main(Main.java:9)',
    ],
  },
  {
    id: 'java.jvm-exception-line',
    language: 'java',
    match: /(?<![\w$.])(?<cls>(?:java|javax|jakarta|sun|jdk|android|androidx|dalvik|liquibase|feign|okhttp3|retrofit2|reactor|software\.amazon|(?:org|com|io|net)\.(?:flywaydb|testcontainers|openqa|quartz|yaml|jsonwebtoken|auth0|lettuce|springframework|hibernate|apache|fasterxml|google|postgresql|mysql|microsoft|mariadb|h2database|gradle|junit|opentest4j|mockito|jetbrains|squareup|netflix|zaxxer|mongodb|datastax|elasticsearch|netty|grpc|reactivex|vertx|quarkus|micronaut|eclipse|jboss|glassfish|thymeleaf|keycloak|aws|amazonaws|azure|redis|lettuce))\.(?:[a-z][\w$]{0,60}\.){0,10}(?:[A-Z][\w$]{0,100})?(?:Exception|Error))(?::[ \t]*(?<message>[^\n]{1,3000}))?/,
    errorType: (c) => shortName(c.cls, 'Exception'),
    category: 'runtime',
    priority: 0,
    summary: (c) => `The JVM threw ${shortName(c.cls, 'an exception')}${c.message ? `: ${c.message}` : ''}.`,
    explanation: (c) => `${c.cls} was thrown. ${wrapped(c.message)}The lines below it (the "at ..." frames and any "Caused by:") show where and why.`,
    causes: ['See the exception message', 'Wrapped exceptions: the underlying reason is in the "Caused by:" sections'],
    fixes: (c) => [
      fix(`Look up ${c.cls}`, [
        `Read the message of ${c.cls} and the documentation of the library that declares it.`,
        'Paste the full stack trace (with "Caused by:" sections) to see where it was thrown.',
      ]),
    ],
    references: [{ title: 'The Java Tutorials: Exceptions', url: 'https://docs.oracle.com/javase/tutorial/essential/exceptions/' }],
    samples: [
      'org.springframework.web.client.HttpClientErrorException$NotFound: 404 Not Found: [no body]',
      'Exception in thread "main" java.lang.Error: Unresolved compilation problem: \n\tThe method foo() is undefined for the type Main\n\n\tat Main.main(Main.java:5)',
    ],
  },
];

/** "… Wraps X." when a wrapper's message is another exception (`new RuntimeException(cause)`). */
function wrapped(message: string | undefined): string {
  const m = /(?:^|nested exception is |: )((?:[a-z][\w$]{0,60}\.){1,10}[A-Z][\w$]{0,100}(?:Exception|Error))/.exec(message ?? '');
  return m ? `It wraps ${m[1]}, the underlying failure. ` : '';
}

/**
 * A JVM exception named after another one on the same line is a cause, not the exception
 * thrown: `X: …: java.lang.NullPointerException` (a wrapper whose message is its cause, as
 * `new RuntimeException(cause)` prints) and Spring's `…; nested exception is Y: …`. Patterns
 * that start at an exception name skip such matches and take the next one.
 */
const NESTED_BEFORE = /(?:[A-Z][\w$]{1,100}|[\w$]\.)(?:Exception|Error)[:;]|nested exception is (?:[\w$]{1,60}\.){0,10}$/;

function nestedAt(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  return index > lineStart && NESTED_BEFORE.test(text.slice(Math.max(lineStart, index - 3000), index));
}

/**
 * The pattern's regex, whose exec() returns the first match that is not nested (see above).
 * The candidates are the regex's own matches, so the extra work is one bounded look at the
 * start of each candidate's line: linear like the regex itself.
 */
class OutermostMatch extends RegExp {
  private scanner: RegExp | null = null;

  override exec(text: string): RegExpExecArray | null {
    this.scanner ??= new RegExp(this.source, `${this.flags.replace(/[gy]/g, '')}g`);
    const scanner = this.scanner;
    scanner.lastIndex = 0;
    for (let tries = 0; tries < 200; tries++) {
      const m = scanner.exec(text);
      if (!m) return null;
      if (!nestedAt(text, m.index)) return m;
      scanner.lastIndex = m.index + 1;
    }
    return null;
  }
}

/** Patterns that do not start at an exception class name (messages, compiler and build output). */
const NOT_AT_CLASS_NAME = new Set([
  'java.spring-datasource-url',
  'java.spring-missing-bean-report',
  'java.spring-bean-override',
  'java.spring-method-does-not-exist',
  'java.spring-bind-properties',
  'kotlin.type-mismatch',
  'kotlin.unresolved-reference',
  'kotlin.smart-cast-impossible',
  'kotlin.jvm-target-compatibility',
  'kotlin.incompatible-version',
  'kotlin.compiler-error',
]);
const BUILD_OUTPUT = /^java\.(?:javac|maven|gradle)-/;

function notNested(p: ErrorPattern): ErrorPattern {
  const base = p.id.replace(/^kotlin\.jvm-/, 'java.');
  if (NOT_AT_CLASS_NAME.has(base) || BUILD_OUTPUT.test(base)) return p;
  return { ...p, match: new OutermostMatch(p.match.source, p.match.flags) };
}

/**
 * Kotlin runs on the JVM: a java.lang exception thrown from Kotlin code is a Kotlin error
 * (README: the frames decide). Every runtime pattern gets a Kotlin twin with the same match and
 * priority; the engine prefers the pattern of the detected language on a tie, and a `.kt` frame
 * makes the text Kotlin. Compiler and build-tool patterns have no twin.
 */
function kotlinTwin(p: ErrorPattern): ErrorPattern {
  const id = `kotlin.jvm-${p.id.slice('java.'.length)}`;
  if (GRADLE_OUTPUT.test(p.id)) {
    // A Gradle failure is Kotlin's when the failing task is a Kotlin compile task.
    return { ...p, id, language: 'kotlin', samples: p.samples.map((s) => `> Task :app:compileDebugKotlin FAILED\n${s}`) };
  }
  const priority = p.priority ?? 0;
  // Kotlin's own patterns that outrank the twin (a message-less NullPointerException thrown from
  // Kotlin code is the !! operator's) keep their texts: the twin's samples are the others.
  const outranked = PATTERNS.filter((k) => k.language === 'kotlin' && (k.priority ?? 0) > priority);
  const samples = p.samples
    .map((s) => (/\.java:\d/.test(s) ? s.replace(/\((\w+)\.java:(\d+)\)/g, '($1.kt:$2)') : `${s}\n\tat com.example.app.MainActivity.onCreate(MainActivity.kt:27)`))
    .filter((s) => !outranked.some((k) => k.match.test(s)));
  return { ...p, id, language: 'kotlin', samples };
}

const GRADLE_OUTPUT = /^java\.gradle-/;
const JAVA_RUNTIME = (p: ErrorPattern): boolean => p.language === 'java' && (!BUILD_OUTPUT.test(p.id) || GRADLE_OUTPUT.test(p.id));

export const JVM_PATTERNS: readonly ErrorPattern[] = [...PATTERNS, ...PATTERNS.filter(JAVA_RUNTIME).map(kotlinTwin)].map(notNested);
