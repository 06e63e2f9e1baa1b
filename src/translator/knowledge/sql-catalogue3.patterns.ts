import type { Captures, ErrorPattern } from '../rules/error-pattern';
import type { Reference } from '../translation';
import { fix } from './answer-parts';
import { sqlCataloguePattern, type SqlCatalogueEntry } from './sql-catalogue2.patterns';

/**
 * A third catalog pass over database errors as people paste them, beyond the servers the first two
 * covered: the cloud warehouses (Snowflake's six-digit codes and its uncoded "SQL compilation
 * error" messages, BigQuery's messages answered with the error reason its API returns —
 * `invalidQuery`, `notFound`, `accessDenied`, `duplicate`), CockroachDB's retry and unimplemented
 * errors (`40001`, `0A000`), PL/SQL compiler messages shown without an ORA- code (`PLS-00201`),
 * ORA- codes typed in lower case or spaced by old JDBC drivers, and a few MySQL and SQLite wordings
 * the earlier patterns missed (mysqldump's printed access-denied number, the client's
 * `max_allowed_packet` error 2020, error 1130 without its number, a lower-cased 1064, SQL Server's
 * 18456 for an empty login name, SQLite's syntax error at the start of a Tcl trace). Each entry answers with the server's code when one is
 * known, and its fix repeats what the message named.
 */

const MYSQL_SERVER: Reference = { title: 'MySQL: server error message reference', url: 'https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html' };
const MYSQL_PACKET: Reference = { title: 'MySQL: packet too large', url: 'https://dev.mysql.com/doc/refman/8.0/en/packet-too-large.html' };
const SQLITE_LANG: Reference = { title: 'SQLite: SQL as understood by SQLite', url: 'https://www.sqlite.org/lang.html' };
const ORACLE_ERRORS: Reference = { title: 'Oracle Database: error messages', url: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/errmg/' };
const PLSQL_ERRORS: Reference = { title: 'Oracle Database: PL/SQL error messages (PLS-)', url: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/errmg/PLS-00001.html' };
const CRDB_RETRY: Reference = { title: 'CockroachDB: transaction retry error reference', url: 'https://www.cockroachlabs.com/docs/stable/transaction-retry-error-reference' };
const CRDB_COMPAT: Reference = { title: 'CockroachDB: PostgreSQL compatibility', url: 'https://www.cockroachlabs.com/docs/stable/postgresql-compatibility' };
const SNOWFLAKE_ERRORS: Reference = { title: 'Snowflake: error messages and codes', url: 'https://docs.snowflake.com/en/user-guide/snowsql-use#error-messages' };
const SNOWFLAKE_IDENTIFIERS: Reference = { title: 'Snowflake: identifier requirements', url: 'https://docs.snowflake.com/en/sql-reference/identifiers-syntax' };
const BIGQUERY_ERRORS: Reference = { title: 'BigQuery: troubleshooting errors', url: 'https://cloud.google.com/bigquery/docs/error-messages' };

/** Snowflake's uncoded "SQL compilation error" messages carry these codes. */
const snowflakeCodeOf = (c: Captures): string => (c.ident ? '000904' : c.token ? '001003' : c.object ? '002003' : '002043');

/** BigQuery's error reason for the message it printed (the API's errors[].reason). */
function bigQueryReasonOf(c: Captures): string {
  if (c.reason) return c.reason;
  const m = c.message ?? '';
  if (/^Not found: /.test(m)) return 'notFound';
  if (/^Access Denied: /.test(m)) return 'accessDenied';
  if (/^Already Exists: /.test(m)) return 'duplicate';
  if (/^Quota exceeded: /.test(m)) return 'quotaExceeded';
  if (/^Exceeded rate limits: /.test(m)) return 'rateLimitExceeded';
  return 'invalidQuery';
}

const ENTRIES: readonly SqlCatalogueEntry[] = [
  // ------------------------------------------------------------ MySQL / MariaDB
  {
    id: 'sql.mysql-1064-lowercase',
    type: '1064',
    requires: /1064/,
    // Go's driver and hand-copied messages: "Error 1064(42000) : you have an error in your SQL Syntax; … at Line 4".
    match: /\b(?:ERROR|Error|error) 1064 ?\(42000\) ?: [Yy]ou have an error in your SQL [Ss]yntax[^\n]{0,200}?(?:near '(?<near>[^'\n]{0,100})' at [Ll]ine (?<line>\d{1,7}))?/,
    priority: 25,
    category: 'syntax',
    summary: (c) => `MySQL could not parse the statement${c.line ? ` (line ${c.line}${c.near ? `, near '${c.near}'` : ''})` : ''}: error 1064.`,
    why: 'The server stops at the first token it cannot fit; "near" quotes the text from that point. The usual causes are a reserved word used as a name, a missing comma or quote before that point, or syntax of another database or a newer MySQL version.',
    fix: (c) =>
      fix(`Correct the statement${c.near ? ` just before '${c.near}'` : ''}`, [
        'Read the statement up to where the quoted text starts: the error is usually just before it',
        'Quote reserved words used as names with backticks, and check that the syntax exists in your server version',
      ], 'SELECT `order`, `group` FROM items;   -- reserved words need backticks'),
    reference: MYSQL_SERVER,
    sample: "Error 1064(42000) : you have an error in your SQL Syntax; check the manual that corresponds to your MySQL server version for the right syntax to use near '' at Line 4",
  },
  {
    id: 'sql.mysqldump-access-denied',
    type: (c) => c.code,
    requires: /Got error: /,
    // mysqldump prints the server's number; without "(using password: …)" the number is still the answer.
    match: /Got error: (?<code>1045|1698): "?Access denied for user \\?'(?<user>[^'\n\\]{0,200})\\?'@\\?'(?<host>[^'\n\\]{0,255})\\?'/,
    priority: 40,
    category: 'permission',
    summary: (c) => `mysqldump could not log in as '${c.user}'@'${c.host}': MySQL error ${c.code}.`,
    why: 'mysqldump connects like any client: the user and host pair must exist with that password (an option file, a variable that was empty, or a space after -p are the usual culprits). 1698 means the account authenticates through the operating system (auth_socket), not with a password.',
    fix: (c) =>
      fix(`Give mysqldump the right credentials for '${c.user}'@'${c.host}'`, [
        'Pass the password as -pSECRET (no space) or put it in an option file read with --defaults-extra-file',
        `Check that '${c.user}'@'${c.host}' exists and has SELECT, LOCK TABLES, SHOW VIEW and TRIGGER on the database`,
      ], `mysqldump --defaults-extra-file=~/.my.cnf -u ${c.user} dbname > dump.sql\nSHOW GRANTS FOR '${c.user}'@'${c.host}';`),
    reference: MYSQL_SERVER,
    sample: "mysqldump: Got error: 1045: Access denied for user 'root'@'localhost'",
  },
  {
    id: 'sql.mysql-2020-packet',
    type: '2020',
    requires: /Got packet bigger than/,
    // The client's CR_NET_PACKET_TOO_LARGE; the server's 1153 says "Got a packet bigger than".
    match: /Got packet bigger than 'max_allowed_packet'(?: bytes)?(?: when dumping table `?(?<table>[^`\s]{1,200})`?)?/,
    priority: 30,
    category: 'database',
    summary: (c) => `The MySQL client received a packet larger than its max_allowed_packet${c.table ? ` while dumping ${c.table}` : ''} (error 2020).`,
    why: 'Each side of a MySQL connection refuses packets over its own max_allowed_packet. Error 2020 is the client refusing a row the server sent: a large BLOB or TEXT value bigger than the client tool\'s limit (mysqldump and mysql default to 16-64 MB, independently of the server\'s setting).',
    fix: (c) =>
      fix('Raise max_allowed_packet on the client', [
        'Pass --max_allowed_packet to the client tool (mysqldump, mysql), or set it in the [mysqldump] / [client] section of my.cnf',
        `Keep the server's max_allowed_packet at least as large${c.table ? `, since ${c.table} holds rows this big` : ''}`,
      ], 'mysqldump --max_allowed_packet=1G dbname > dump.sql\n[mysqldump]\nmax_allowed_packet = 1G'),
    reference: MYSQL_PACKET,
    sample: "mysqldump: Error 2020: Got packet bigger than 'max_allowed_packet' when dumping table xxx",
  },
  {
    id: 'sql.mysql-1130-host',
    type: '1130',
    requires: /is not allowed to connect to this/,
    match: /Host '(?<host>[^'\n]{1,255})' is not allowed to connect to this (?:MySQL|MariaDB) server/,
    priority: 30,
    category: 'permission',
    summary: (c) => `MySQL has no account for connections from ${c.host} (error 1130).`,
    why: "MySQL accounts are user@host pairs. The server found no account whose host part matches the client's address, so it refused the connection before checking any password: the account exists only for localhost, or the client connects through another address (a Docker network, a proxy).",
    fix: (c) =>
      fix(`Create an account for host ${c.host}, or connect from an allowed host`, [
        `Create the user for '${c.host}' (or a pattern such as '%' or a subnet) and grant it the privileges it needs`,
        'Connect through the socket or 127.0.0.1 on the server itself when the account is for localhost only',
      ], `CREATE USER 'app'@'${c.host}' IDENTIFIED BY 'secret';\nGRANT ALL ON appdb.* TO 'app'@'${c.host}';`),
    reference: MYSQL_SERVER,
    sample: "Host '127.3.118.3' is not allowed to connect to this MySQL server",
  },
  // ------------------------------------------------------------ SQL Server
  {
    id: 'sql.mssql-18456-empty-login',
    type: '18456',
    requires: /Login failed for user ''/,
    // The login name is empty: the client sent no user (a DSN without credentials, SQL authentication without -U).
    match: /Login failed for user ''/,
    priority: 12,
    category: 'permission',
    summary: () => 'SQL Server refused a login with an empty user name (error 18456).',
    why: 'The client connected with SQL Server authentication but sent no user name: the DSN or connection string has no UID/User ID, the credentials were not passed to the ODBC driver, or a Windows (integrated) login was meant and Trusted_Connection was not set.',
    fix: () =>
      fix('Send a login, or use Windows authentication', [
        'Put UID and PWD (User ID and Password) in the connection string or DSN, or pass them to the connect call',
        'For a Windows login, set Trusted_Connection=yes (Integrated Security=SSPI) instead',
      ], 'Driver={ODBC Driver 18 for SQL Server};Server=myhost;Database=mydb;UID=app;PWD=secret;\nDriver={ODBC Driver 18 for SQL Server};Server=myhost;Database=mydb;Trusted_Connection=yes;'),
    reference: { title: 'SQL Server: MSSQLSERVER_18456', url: 'https://learn.microsoft.com/en-us/sql/relational-databases/errors-events/mssqlserver-18456-database-engine-error' },
    sample: "Error: 28000 [Microsoft][SQL Server Native Client 11.0][SQL Server]Login failed for user ''.",
  },
  // ------------------------------------------------------------ SQLite
  {
    id: 'sql.sqlite-syntax-bare',
    type: 'syntax error',
    requires: /": syntax error/,
    // The message alone on its line, as Tcl ("while executing") and some wrappers print it.
    match: /^near "(?<name>[^"\n]{1,100})": syntax error[ \t]*$/m,
    priority: 20,
    category: 'syntax',
    summary: (c) => `SQLite could not parse the statement near "${c.name}".`,
    why: 'SQLite stops at the first token it cannot fit: a keyword used as a name, a placeholder or format string left unexpanded (%s, a literal "(1)"), or syntax SQLite does not support.',
    fix: (c) => fix(`Correct the statement at "${c.name}"`, ['Print the statement as executed and check the text at that token', 'Quote keywords used as names with double quotes'], 'SELECT "order" FROM items;'),
    reference: SQLITE_LANG,
    sample: 'Stack trace:\nnear "(": syntax error\n    while executing\n"::database0 eval {PRAGMA foreign_key_list((1))} fkRow {',
  },
  // ------------------------------------------------------------ Oracle
  {
    id: 'sql.oracle-code-variant',
    type: (c) => `ORA-${c.code ?? c.code2}`,
    requires: /\b(?:ORA - |ora-)\d/,
    // Old DataDirect JDBC drivers print "ORA - 00942"; people type "ora-12154".
    match: /\bORA - (?<code>\d{5})\b(?<message>[:,]? [^\n]{1,200})?|\bora-(?<code2>\d{5})\b(?<message2>[:,]? [^\n]{1,200})?/,
    priority: 5,
    category: 'database',
    summary: (c) => `Oracle error ORA-${c.code ?? c.code2}${(c.message ?? c.message2) ? `: ${(c.message ?? c.message2 ?? '').replace(/^[:,]? /, '').trim()}` : ''}`,
    why: 'An Oracle server error, written with spaces or in lower case. ORA-00942 means the table or view does not exist for this user (or lacks a grant), ORA-12154 that the client could not resolve the connect identifier (TNS alias or Easy Connect string).',
    fix: (c) =>
      fix(`Look up ORA-${c.code ?? c.code2} and fix what it names`, [
        'For a missing table, qualify it with its schema or grant SELECT on it to the connecting user',
        'For a connect identifier, use host:port/service_name or check tnsnames.ora and TNS_ADMIN',
      ], "SELECT owner, table_name FROM all_tables WHERE table_name = 'MY_TABLE';\nsqlplus user@//dbhost:1521/ORCLPDB1"),
    reference: ORACLE_ERRORS,
    sample: '[Macromedia][Oracle JDBC Driver][Oracle]ORA - 00942: table or view does not exist.',
  },
  {
    id: 'sql.oracle-pls',
    type: (c) => `PLS-${c.code}`,
    requires: /PLS-\d/,
    // The PL/SQL compiler's own code; where an ORA- code (ORA-06550) is shown, that is the answer.
    match: /^(?![\s\S]*\bORA-\d{5})[\s\S]*?\bPLS-(?<code>\d{5}):? {1,2}(?<message>[^\n]{1,200})/,
    priority: 10,
    category: 'syntax',
    summary: (c) => `PL/SQL compilation error PLS-${c.code}: ${c.message.trim()}`,
    why: "PLS- messages come from the PL/SQL compiler (a package, procedure or anonymous block). PLS-00201 means an identifier is unknown to the owner of the code: the object does not exist, is in another schema, or was granted through a role (roles do not count inside stored PL/SQL); PLS-00103 is a syntax error.",
    fix: (c) =>
      fix(`Fix what PLS-${c.code} reports`, [
        'For PLS-00201, create the missing object or prefix it with its schema, and grant EXECUTE (or SELECT) directly to the owner of the code, not through a role',
        'Recompile and list the errors with SHOW ERRORS or USER_ERRORS',
      ], 'GRANT EXECUTE ON other_schema.my_pkg TO app_owner;\nALTER PACKAGE app_owner.my_pkg COMPILE BODY;\nSELECT line, position, text FROM user_errors WHERE name = \'MY_PKG\';'),
    reference: PLSQL_ERRORS,
    sample: "[Error] PLS-00201 (2398: 9): PLS-00201: identifier 'T_X2' must be declared",
  },
  // ------------------------------------------------------------ CockroachDB
  {
    id: 'sql.cockroach-restart-transaction',
    type: '40001',
    requires: /restart transaction: /,
    match: /(?<!\) )restart transaction: (?<reason>(?:TransactionRetryWithProtoRefreshError|HandledRetryableTxnError|TransactionRetryError|TransactionAbortedError|ReadWithinUncertaintyIntervalError|WriteTooOldError)[^\n]{0,160})/,
    priority: 30,
    category: 'concurrency',
    summary: () => 'CockroachDB aborted the transaction so that it can be retried (SQLSTATE 40001).',
    why: 'CockroachDB runs transactions at SERIALIZABLE isolation. When a concurrent transaction conflicts (RETRY_SERIALIZABLE, a write too old, an uncertain read), it returns 40001 "restart transaction" and expects the client to run the whole transaction again; heavy contention on the same rows makes it frequent.',
    fix: () =>
      fix('Retry the transaction on 40001', [
        'Wrap each transaction in a retry loop that re-runs it from BEGIN when the SQLSTATE is 40001 (most drivers and ORMs for CockroachDB provide one)',
        'Reduce contention: keep transactions short, avoid reading and then updating hot rows, use SELECT … FOR UPDATE',
      ], 'for attempt in range(5):\n    try:\n        with conn.transaction():\n            run_statements()\n        break\n    except SerializationFailure:   # SQLSTATE 40001\n        continue'),
    reference: CRDB_RETRY,
    sample: 'pq: restart transaction: TransactionRetryWithProtoRefreshError: TransactionRetryError: retry txn (RETRY_SERIALIZABLE): "sql txn" id=eaff4515',
  },
  {
    id: 'sql.cockroach-unimplemented',
    type: '0A000',
    requires: /implemented/,
    match: /\bERROR: unimplemented: (?<feature>[^\n：]{1,200})|(?<feature2>[^\n]{1,200})\n{1,2}HINT: {1,2}(?:This feature is not yet implemented in CockroachDB|You have attempted to use a feature that is not yet implemented)/,
    priority: 25,
    category: 'database',
    summary: (c) => `CockroachDB does not implement this PostgreSQL feature: ${(c.feature ?? c.feature2 ?? '').replace(/^(?:pq: |ERROR: +)/, '').trim()} (SQLSTATE 0A000).`,
    why: 'CockroachDB speaks the PostgreSQL protocol but not every PostgreSQL feature: some syntax, catalog tables and protocol features (multiple active portals, some lock policies) answer 0A000 feature_not_supported with a link to the tracking issue.',
    fix: () =>
      fix('Avoid the unsupported feature or upgrade', [
        'Follow the link in the message: the issue says in which version the feature arrived, if it did',
        'Rewrite the statement without it, or configure the driver or ORM for CockroachDB (its dialect avoids these features)',
      ]),
    reference: CRDB_COMPAT,
    sample: 'ERROR: unimplemented: multiple active portals not supported：You have attempted to use a feature that is not yet implemented. See: https://go.crdb.dev/issue-v/40195/v21.1',
  },
  // ------------------------------------------------------------ Snowflake
  {
    id: 'sql.snowflake-coded',
    type: (c) => c.code,
    requires: /\) ?: /,
    // "002003 (42S02): SQL compilation error:" — snowsql, the connectors and dbt print the code and SQLSTATE.
    match: /(?<![\w-])(?<code>\d{6}) \((?<state>[0-9A-Z]{5})\): (?:[0-9a-f-]{36}: |<query-id>: )?(?<message>SQL (?:compilation|execution|access control) error:?[^\n]{0,200}|Incorrect username or password was specified\.?|Failed to connect to DB[^\n]{0,200}|[^\n]{0,40}JWT token is invalid\.?)/,
    priority: 25,
    category: 'database',
    summary: (c) => `Snowflake error ${c.code} (SQLSTATE ${c.state}): ${c.message.trim()}`,
    why: 'Snowflake reports errors with a six-digit code and a SQLSTATE: 000904 is an invalid identifier (a column that does not exist, or a case mismatch with a quoted name), 001003 a syntax error, 002003 an object that does not exist or the current role cannot see, 002043 an object missing for the operation, 390100 a wrong user name or password (250001 is the connection failure the connector reports around it).',
    fix: (c) =>
      fix(`Fix what Snowflake error ${c.code} reports`, [
        'Check the current role, database and schema (SELECT CURRENT_ROLE(), CURRENT_DATABASE(), CURRENT_SCHEMA()) and grant USAGE/SELECT to the role if the object exists',
        'Unquoted identifiers are stored in upper case: a name created in quotes with lower case must be quoted the same way',
      ], 'SELECT CURRENT_ROLE(), CURRENT_DATABASE(), CURRENT_SCHEMA();\nSHOW TABLES LIKE \'FOO\' IN SCHEMA MYDB.PUBLIC;\nGRANT SELECT ON TABLE MYDB.PUBLIC.FOO TO ROLE ANALYST;'),
    reference: SNOWFLAKE_ERRORS,
    sample: "002003 (42S02): SQL compilation error:\nObject 'PGDBRUNNER810.PUBLIC.FOO' does not exist or not authorized.",
  },
  {
    id: 'sql.snowflake-compilation',
    type: snowflakeCodeOf,
    requires: /SQL compilation error/,
    match: /SQL compilation error:\s{0,12}(?:error line \d{1,7} at position \d{1,7}\s{1,12}invalid identifier '(?<ident>[^\n]{1,200}?)'|syntax error line \d{1,7} at position \d{1,7} unexpected '(?<token>[^\n]{1,100}?)'|Object '(?<object>[^\n]{1,200}?)' does not exist or not authorized|Object does not exist, or operation cannot be performed)/,
    priority: 20,
    category: 'database',
    summary: (c) =>
      c.ident
        ? `Snowflake does not know the identifier ${c.ident} (error 000904).`
        : c.token
          ? `Snowflake could not parse the statement at '${c.token}' (error 001003).`
          : c.object
            ? `Snowflake cannot find ${c.object}, or the current role may not see it (error 002003).`
            : 'Snowflake could not find an object the operation needs (error 002043).',
    why: 'Snowflake resolves names against the current role, database and schema. Unquoted identifiers are stored in upper case, so a column or table created with a quoted lower-case name must be quoted the same way; an object the role has no privilege on is reported as not existing.',
    fix: (c) =>
      fix(c.ident ? `Use a column that exists instead of ${c.ident}` : c.token ? `Correct the statement at '${c.token}'` : `Check that ${c.object ?? 'the object'} exists for the current role`, [
        'Check the current role, database and schema, and the exact case of quoted names',
        'Grant USAGE on the database and schema and SELECT on the object to the role that runs the statement',
      ], 'SELECT CURRENT_ROLE(), CURRENT_DATABASE(), CURRENT_SCHEMA();\nDESC TABLE MYDB.PUBLIC.ORDERS;'),
    reference: SNOWFLAKE_IDENTIFIERS,
    sample: "SQL compilation error: error line 13 at position 6\n\ninvalid identifier 'ORDERS_UNIQUE_ORDER_COUNT'",
  },
  // ------------------------------------------------------------ BigQuery
  {
    id: 'sql.bigquery-error',
    type: bigQueryReasonOf,
    requires: /(?:Not found|Access Denied|Already Exists|Unrecognized name|Syntax error|Quota exceeded|Exceeded rate limits): /,
    // The bq CLI ("BigQuery error in query operation: …"), the API's JSON and Go's googleapi errors, or the message alone;
    // not behind a Python DB-API class in brackets ("(…dbapi.exceptions.DatabaseError) 400 …"), which is the program's error.
    match:
      /(?<!\) \d{3} )(?<message>Not found: (?:Table|Dataset|Job|Project)\s[\w.:*[\]-]{1,300}|Access Denied: (?:Table|Project|Dataset|BigQuery BigQuery)[^\n"]{0,300}|Already Exists: (?:Table|Dataset|Job)\s[^\n"]{1,300}|Quota exceeded: Your (?:project|table|user)[^\n"]{1,300}|Exceeded rate limits: [^\n"]{1,300}|Unrecognized name: [^\n"]{1,200}|Syntax error: (?:Unexpected|Expected|Illegal) [^\n]{1,200}? at \[\d{1,6}:\d{1,6}\])(?:[^\n]{0,300}?(?:"reason" ?: ?"|, )(?<reason>invalidQuery|notFound|accessDenied|duplicate|quotaExceeded|rateLimitExceeded)\b)?/,
    priority: 20,
    category: 'database',
    summary: (c) => `BigQuery refused the request (${bigQueryReasonOf(c)}): ${c.message.trim()}`,
    why: 'BigQuery reports each failed job with a reason: invalidQuery for SQL it cannot compile (a syntax error, an unknown column), notFound for a table, dataset or job that does not exist in the project and location the job runs in, accessDenied when the account lacks a permission (bigquery.jobs.create in the billing project, or read access on the table), duplicate when the object already exists, quotaExceeded and rateLimitExceeded when a project or table quota (bytes scanned, table updates per day or per 10 seconds) is used up.',
    fix: (c) => {
      const reason = bigQueryReasonOf(c);
      if (reason === 'notFound')
        return fix('Point the job at the table where it is', ['Check the project, dataset and table names, and run the job in the dataset\'s location (US, EU…)', 'Create the table first if a step that creates it has not run'], 'bq show --format=prettyjson myproject:mydataset.mytable\nbq query --location=EU --use_legacy_sql=false "SELECT 1"');
      if (reason === 'accessDenied')
        return fix('Grant the account the role it needs', ['Run jobs in your own project (bigquery.jobs.create), reading other projects\' public data through it', 'Grant BigQuery Data Viewer on the dataset, or BigQuery Job User on the billing project'], 'bq query --project_id=my-own-project --use_legacy_sql=false "SELECT …"\ngcloud projects add-iam-policy-binding my-own-project --member=user:me@example.com --role=roles/bigquery.jobUser');
      if (reason === 'quotaExceeded' || reason === 'rateLimitExceeded')
        return fix('Stay within the BigQuery quota', ['Batch writes to the table (fewer, larger loads or DML statements) instead of many small ones', 'For bytes scanned, filter on partitioned columns, select fewer columns, or raise the custom quota or billing'], null);
      if (reason === 'duplicate') return fix('Replace or skip the existing object', ['Use CREATE OR REPLACE, CREATE … IF NOT EXISTS, or write with WRITE_TRUNCATE']);
      return fix('Correct the query at the position shown', ['[line:column] points at the token; check names against the table schema (BigQuery names are case-sensitive for columns in some contexts) and use standard SQL', 'Quote project and dataset names containing hyphens with backticks'], 'SELECT name FROM `my-project.mydataset.mytable` LIMIT 10;');
    },
    reference: BIGQUERY_ERRORS,
    sample: "BigQuery error in query operation: Error processing job 'mimic-iv-20:bqjob_r690dd45440abac93_0000018aa1f66233_1': Not found: Table mimic-iv-20:mimic4_v1_0.patients was not found in location US",
  },
];

export const SQL_CATALOGUE3_PATTERNS: readonly ErrorPattern[] = ENTRIES.map(sqlCataloguePattern);
