import type { Captures, ErrorPattern } from '../rules/error-pattern';
import type { Category, Reference } from '../translation';

/**
 * The long tail of database errors: messages PostgreSQL, MySQL/MariaDB, SQL Server, Oracle and
 * SQLite print often enough to be pasted, each answered with its code (the SQLSTATE, the MySQL or
 * SQL Server error number, the ORA- code, SQLite's message). sql.patterns.ts holds the frequent ones with longer
 * explanations; these are one table, so adding a message is one entry. Every entry names what
 * its message quotes (`name`), and the fix repeats it.
 */

interface Entry {
  id: string;
  code: string;
  /** The code when the entry's messages carry different ones (read from the captures). */
  codeOf?: (c: Captures) => string;
  /** Must capture `name` when the message quotes an object, value or user. */
  match: RegExp;
  category: Category;
  summary: string;
  why: string;
  fix: string;
  code_example: string | null;
  reference: Reference;
  sample: string;
}

const PG: Reference = { title: 'PostgreSQL: Appendix A, error codes', url: 'https://www.postgresql.org/docs/current/errcodes-appendix.html' };
const MYSQL: Reference = { title: 'MySQL: server error message reference', url: 'https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html' };
const MSSQL: Reference = { title: 'SQL Server: database engine errors', url: 'https://learn.microsoft.com/en-us/sql/relational-databases/errors-events/database-engine-events-and-errors' };
const SQLITE: Reference = { title: 'SQLite: result and error codes', url: 'https://www.sqlite.org/rescode.html' };
const ORACLE: Reference = { title: 'Oracle Database: error messages', url: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/errmg/' };

const Q = `["'“‘\`]?`;
const NAME = `(?<name>[^"'”’\`\\n]{1,200})`;

const ENTRIES: readonly Entry[] = [
  // ------------------------------------------------------------ SQL Server
  {
    id: 'sql.mssql-18456', code: '18456', category: 'permission',
    match: new RegExp(`Login failed for user ${Q}${NAME}${Q}`),
    summary: 'SQL Server refused the login', why: 'The login does not exist, the password is wrong, SQL authentication is off (Windows-only mode), or the login has no access to the default database; the State in the server log says which.',
    fix: 'Check the login and its password, and enable mixed-mode authentication if it is a SQL login', code_example: "ALTER LOGIN [sa] WITH PASSWORD = '…';  -- SSMS: Server properties > Security > SQL Server and Windows Authentication mode",
    reference: MSSQL, sample: "Login failed for user 'sa'. Reason: An error occurred while evaluating the password. [CLIENT: 172.17.0.1]",
  },
  {
    id: 'sql.mssql-4060', code: '4060', category: 'database',
    match: new RegExp(`Cannot open database ${Q}${NAME}${Q} requested by the login`),
    summary: 'The database in the connection string cannot be opened', why: 'It does not exist on this server (not created, not restored, wrong instance) or the login has no user in it.',
    fix: 'Create or restore the database, or map the login to a user in it', code_example: 'SELECT name FROM sys.databases;',
    reference: MSSQL, sample: 'Cannot open database "AppDb" requested by the login. The login failed.',
  },
  {
    id: 'sql.mssql-2627', code: '2627', category: 'database',
    match: new RegExp(`Violation of (?:PRIMARY KEY|UNIQUE KEY) constraint ${Q}${NAME}${Q}`),
    summary: 'The row duplicates a key that must be unique', why: 'A row with the same primary or unique key already exists: a double insert, a retry, or an identity value inserted by hand.',
    fix: 'Insert only missing rows (MERGE or IF NOT EXISTS), or report a conflict', code_example: 'IF NOT EXISTS (SELECT 1 FROM dbo.Users WHERE Email = @Email) INSERT INTO dbo.Users (Email) VALUES (@Email);',
    reference: MSSQL, sample: "Violation of PRIMARY KEY constraint 'PK_Orders'. Cannot insert duplicate key in object 'dbo.Orders'. The duplicate key value is (42).",
  },
  {
    id: 'sql.mssql-2601', code: '2601', category: 'database',
    match: new RegExp(`Cannot insert duplicate key row in object ${Q}[^'"\\n]{1,200}${Q} with unique index ${Q}${NAME}${Q}`),
    summary: 'The row duplicates a unique index', why: 'The unique index already holds a row with the same values.',
    fix: 'Insert only missing rows, or report a conflict', code_example: null,
    reference: MSSQL, sample: "Cannot insert duplicate key row in object 'dbo.Users' with unique index 'IX_Users_Email'. The duplicate key value is (a@b.c).",
  },
  {
    id: 'sql.mssql-547', code: '547', category: 'database',
    match: new RegExp(`The (?:INSERT|UPDATE|DELETE|MERGE) statement conflicted with the (?:FOREIGN KEY|REFERENCE|CHECK)(?: SAME TABLE)? constraint ${Q}${NAME}${Q}`),
    summary: 'A foreign key or check constraint rejected the statement', why: 'The row points to a parent row that does not exist, deleting it would orphan child rows, or a CHECK constraint failed.',
    fix: 'Insert the parent first or delete the children first; for CHECK, fix the value', code_example: null,
    reference: MSSQL, sample: 'The INSERT statement conflicted with the FOREIGN KEY constraint "FK_Orders_Customers". The conflict occurred in database "Shop", table "dbo.Customers", column \'Id\'.',
  },
  {
    id: 'sql.mssql-515', code: '515', category: 'database',
    match: new RegExp(`Cannot insert the value NULL into column ${Q}${NAME}${Q}`),
    summary: 'A NOT NULL column got no value', why: 'The statement left a column without a default NULL, often an id that is not an IDENTITY or a new column without default.',
    fix: 'Give the column a value or a DEFAULT', code_example: null,
    reference: MSSQL, sample: "Cannot insert the value NULL into column 'CreatedAt', table 'Shop.dbo.Orders'; column does not allow nulls. INSERT fails.",
  },
  {
    id: 'sql.mssql-1205', code: '1205', category: 'concurrency',
    match: /was deadlocked on (?:lock|communication buffer|thread)[^\n]{0,80}resources with another process and has been chosen as the deadlock victim/,
    summary: 'SQL Server ended this transaction to break a deadlock', why: 'Two transactions held locks the other needed; SQL Server rolled this one back.',
    fix: 'Retry the transaction, and take locks in the same order everywhere', code_example: null,
    reference: MSSQL, sample: 'Transaction (Process ID 57) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction.',
  },
  {
    id: 'sql.mssql-8152', code: '8152', category: 'database',
    match: /String or binary data would be truncated(?:[^\n]{0,40}in table '(?<name>[^'\n]{1,200})')?/,
    summary: 'A value is longer than its column', why: 'A string or binary value exceeds the column length; SQL Server 2019+ names the table, column and value.',
    fix: 'Widen the column or shorten the value', code_example: 'ALTER TABLE dbo.Users ALTER COLUMN Name nvarchar(200) NOT NULL;',
    reference: MSSQL, sample: 'String or binary data would be truncated.\nThe statement has been terminated.',
  },
  {
    id: 'sql.mssql-245', code: '245', category: 'database',
    match: new RegExp(`Conversion failed when converting the (?:varchar|nvarchar) value ${Q}${NAME}${Q} to data type`),
    summary: 'A text value could not be converted to a number', why: 'A comparison or insert mixes text and numbers, and one text value is not numeric.',
    fix: 'Compare like with like, or use TRY_CONVERT', code_example: null,
    reference: MSSQL, sample: "Conversion failed when converting the varchar value 'abc' to data type int.",
  },
  {
    id: 'sql.mssql-229', code: '229', category: 'permission',
    match: new RegExp(`The (?:SELECT|INSERT|UPDATE|DELETE|EXECUTE) permission was denied on the object ${Q}${NAME}${Q}`),
    summary: 'The user lacks a permission on the object', why: 'The database user was not granted the permission (directly or through a role).',
    fix: 'Grant the permission to the user or its role', code_example: 'GRANT SELECT ON dbo.Orders TO app_user;',
    reference: MSSQL, sample: "The SELECT permission was denied on the object 'Orders', database 'Shop', schema 'dbo'.",
  },
  {
    id: 'sql.mssql-errorlog', code: '', category: 'database',
    // The server's error log: "Error: 18456, Severity: 14, State: 8." (the message follows).
    match: /\bError: (?<name>\d{1,6}), Severity: \d{1,2}, State: \d{1,3}\./,
    summary: 'SQL Server logged an error', why: 'The error log gives the number, severity and state; the next line is the message.',
    fix: 'Look the error number up and read the message line under it', code_example: null,
    reference: MSSQL, sample: 'Error: 9002, Severity: 17, State: 4.\nThe transaction log for database \'Shop\' is full due to \'LOG_BACKUP\'.',
  },
  // ------------------------------------------------------------ PostgreSQL
  {
    id: 'sql.pg-42501-owner', code: '42501', category: 'permission',
    // Also 42501, but about ownership rather than a grant: typical of pg_restore and migrations run as
    // another role than the one that owns the objects.
    match: new RegExp(`must be (?:owner of (?:table|relation|sequence|schema|database|function|view|materialized view|type|extension)|able to SET ROLE|member of role) ${Q}${NAME}${Q}`),
    summary: 'Only the owner (or a member of the owning role) may do this', why: 'ALTER … OWNER TO, DROP and ALTER on an object need its ownership, and giving an object to a role needs membership of that role (PostgreSQL 16 also asks for SET ROLE on it); a restore or migration run as an ordinary role cannot change owners.',
    fix: 'Restore without changing owners, or run as the owning role or a superuser', code_example: 'pg_restore --no-owner --role=app -d appdb dump.backup\nGRANT postgres TO app;   -- or make app a member of the owning role', reference: PG,
    sample: 'pg_restore: error: could not execute query: ERROR:  must be able to SET ROLE "postgres"\nCommand was: ALTER TABLE public.orders OWNER TO postgres;',
  },
  {
    id: 'sql.pg-40001', code: '40001', category: 'concurrency',
    match: /could not serialize access due to (?:concurrent update|read\/write dependencies among transactions)/,
    summary: 'A serializable or repeatable-read transaction lost a race', why: 'Another transaction changed the rows this one read; at these isolation levels PostgreSQL aborts one of them.',
    fix: 'Retry the whole transaction', code_example: null, reference: PG, sample: 'ERROR:  could not serialize access due to concurrent update',
  },
  {
    id: 'sql.pg-22012', code: '22012', category: 'runtime',
    match: /ERROR:\s+division by zero/, summary: 'A query divided by zero', why: 'A divisor evaluated to 0.',
    fix: 'Guard the divisor with NULLIF', code_example: 'SELECT total / NULLIF(count, 0) FROM stats;', reference: PG, sample: 'ERROR:  division by zero',
  },
  {
    id: 'sql.pg-42p10', code: '42P10', category: 'database',
    match: /there is no unique or exclusion constraint matching the ON CONFLICT specification/,
    summary: 'ON CONFLICT names columns without a unique constraint', why: 'INSERT … ON CONFLICT (cols) needs a unique index or constraint on exactly those columns.',
    fix: 'Create the unique index, or name the columns it covers', code_example: 'CREATE UNIQUE INDEX ON users (email);', reference: PG,
    sample: 'ERROR:  there is no unique or exclusion constraint matching the ON CONFLICT specification',
  },
  {
    id: 'sql.pg-23514', code: '23514', category: 'database',
    match: new RegExp(`violates check constraint ${Q}${NAME}${Q}`),
    summary: 'A row broke a CHECK constraint', why: 'The value written is outside what the constraint allows.',
    fix: 'Fix the value, or the constraint if the rule changed', code_example: null, reference: PG,
    sample: 'ERROR:  new row for relation "orders" violates check constraint "orders_amount_check"',
  },
  {
    id: 'sql.pg-22003', code: '22003', category: 'database',
    match: /(?:value|integer|smallint|bigint) out of range(?: for type (?<name>[\w ]{1,40}))?|numeric field overflow|value "[^"\n]{1,100}" is out of range for type (?<name2>[\w ]{1,40})/,
    summary: 'A number does not fit its column type', why: 'The value exceeds the type (integer is 32-bit: ids past 2,147,483,647 need bigint).',
    fix: 'Use a wider type (bigint, numeric)', code_example: 'ALTER TABLE events ALTER COLUMN id TYPE bigint;', reference: PG, sample: 'ERROR:  integer out of range',
  },
  {
    id: 'sql.pg-22008', code: '22008', category: 'database',
    match: /date\/time field value out of range: "(?<name>[^"\n]{1,100})"/,
    summary: 'A date or time is not valid', why: 'The value is out of range or in another order than DateStyle expects (DMY vs MDY).',
    fix: 'Send ISO 8601 dates (YYYY-MM-DD)', code_example: null, reference: PG, sample: 'ERROR:  date/time field value out of range: "31/12/2024"',
  },
  {
    id: 'sql.pg-21000', code: '21000', category: 'database',
    match: /more than one row returned by a subquery used as an expression/,
    summary: 'A subquery used as a value returned several rows', why: 'A scalar subquery must return at most one row.',
    fix: 'Add a condition or LIMIT 1, or use IN / a join', code_example: null, reference: PG,
    sample: 'ERROR:  more than one row returned by a subquery used as an expression',
  },
  {
    id: 'sql.pg-55006', code: '55006', category: 'database',
    match: new RegExp(`database ${Q}${NAME}${Q} is being accessed by other users`),
    summary: 'The database still has connections', why: 'DROP/ALTER DATABASE needs every other session disconnected.',
    fix: 'Disconnect the sessions first (WITH (FORCE) since PostgreSQL 13)', code_example: 'DROP DATABASE app WITH (FORCE);', reference: PG,
    sample: 'ERROR:  database "app" is being accessed by other users\nDETAIL:  There is 1 other session using the database.',
  },
  {
    id: 'sql.pg-42p04', code: '42P04', category: 'database',
    match: new RegExp(`database ${Q}${NAME}${Q} already exists`),
    summary: 'The database already exists', why: 'CREATE DATABASE ran twice (init script, test setup).',
    fix: 'Skip the creation when it exists', code_example: null, reference: PG, sample: 'ERROR:  database "app" already exists',
  },
  {
    id: 'sql.pg-2bp01', code: '2BP01', category: 'database',
    match: new RegExp(`cannot drop [^\\n]{1,200} because other objects depend on it`),
    summary: 'Other objects depend on what is being dropped', why: 'Views, foreign keys or defaults refer to it.',
    fix: 'Drop the dependants first, or use CASCADE knowingly', code_example: null, reference: PG,
    sample: 'ERROR:  cannot drop table users because other objects depend on it',
  },
  {
    id: 'sql.pg-53100', code: '53100', category: 'io',
    match: /could not (?:extend file|write to file|write block)[^\n]{0,200}No space left on device/,
    summary: 'The database server ran out of disk', why: 'The data or WAL volume is full.',
    fix: 'Free or grow the volume; check for WAL kept by an inactive replication slot', code_example: 'SELECT slot_name, active FROM pg_replication_slots;', reference: PG,
    sample: 'ERROR:  could not extend file "base/16384/16385": No space left on device',
  },
  {
    id: 'sql.pg-42p18', code: '42P18', category: 'database',
    match: /could not determine data type of parameter \$(?<name>\d{1,4})/,
    summary: 'PostgreSQL cannot infer a parameter type', why: 'A placeholder appears where no type can be inferred (e.g. `$1 IS NULL`).',
    fix: 'Cast the parameter', code_example: 'WHERE ($1::text IS NULL OR name = $1)', reference: PG, sample: 'ERROR:  could not determine data type of parameter $1',
  },
  // ------------------------------------------------------------ MySQL / MariaDB
  {
    id: 'sql.mysql-1364', code: '1364', category: 'database',
    match: new RegExp(`Field ${Q}${NAME}${Q} doesn't have a default value`),
    summary: 'A NOT NULL column without default got no value', why: 'Strict mode refuses an insert that leaves it out.',
    fix: 'Send a value or give the column a DEFAULT', code_example: null, reference: MYSQL, sample: "ERROR 1364 (HY000): Field 'created_at' doesn't have a default value",
  },
  {
    id: 'sql.mysql-1048', code: '1048', category: 'database',
    match: new RegExp(`Column ${Q}${NAME}${Q} cannot be null`),
    summary: 'NULL sent for a NOT NULL column', why: 'The statement sets the column to NULL explicitly.',
    fix: 'Send a value, or allow NULL', code_example: null, reference: MYSQL, sample: "ERROR 1048 (23000): Column 'email' cannot be null",
  },
  {
    id: 'sql.mysql-1071', code: '1071', category: 'database',
    match: /Specified key was too long; max key length is (?<name>\d{1,5}) bytes/,
    summary: 'An index is longer than the storage engine allows', why: 'utf8mb4 takes 4 bytes a character: a VARCHAR(255) index passes 767 bytes on old row formats.',
    fix: 'Shorten the column or index a prefix', code_example: 'ALTER TABLE users ADD UNIQUE INDEX (email(191));', reference: MYSQL,
    sample: 'ERROR 1071 (42000): Specified key was too long; max key length is 767 bytes',
  },
  {
    id: 'sql.mysql-1153', code: '1153', category: 'memory',
    match: /Got a packet bigger than 'max_allowed_packet' bytes/,
    summary: 'A statement or row is bigger than max_allowed_packet', why: 'Large blobs or multi-row inserts exceed the server limit.',
    fix: 'Raise max_allowed_packet on server and client', code_example: 'SET GLOBAL max_allowed_packet = 256*1024*1024;', reference: MYSQL,
    sample: "ERROR 1153 (08S01) at line 58: Got a packet bigger than 'max_allowed_packet' bytes",
  },
  // ------------------------------------------------------------ Oracle
  // By the code, which every client prints and no translation changes ("ORA-00942: 表或视图不存在").
  {
    id: 'sql.oracle-00942', code: 'ORA-00942', category: 'database',
    match: /\bORA-00942\b/, summary: 'Oracle has no table or view by that name that this user can see',
    why: 'The table does not exist in the schema the statement runs in (another user owns it and the name is not qualified or has no synonym), the user has no SELECT grant on it, or the name was created in quotes with other letter case.',
    fix: 'Qualify the name with its owner, or create a synonym, and grant the user access', code_example: 'SELECT owner, table_name FROM all_tables WHERE table_name = UPPER(:name);\nGRANT SELECT ON owner.table_name TO app_user;', reference: ORACLE,
    sample: 'java.sql.SQLSyntaxErrorException: ORA-00942: table or view does not exist',
  },
  {
    id: 'sql.oracle-12154', code: 'ORA-12154', category: 'network',
    match: /\bORA-12154\b/, summary: 'The Oracle client cannot resolve the connect identifier',
    why: 'The net service name in the connection string is not in the tnsnames.ora the client reads (TNS_ADMIN points elsewhere, or the file is missing), or the EZConnect string host:port/service is malformed.',
    fix: 'Use an EZConnect string, or point TNS_ADMIN at the directory whose tnsnames.ora defines the alias', code_example: 'sqlplus app_user@//db.example.com:1521/ORCLPDB1', reference: ORACLE,
    sample: 'ORA-12154: TNS:could not resolve the connect identifier specified',
  },
  {
    id: 'sql.oracle-12541', code: 'ORA-12541', category: 'network',
    match: /\bORA-12541\b/, summary: 'No Oracle listener answers at that host and port',
    why: 'The listener is not running, listens on another port, or a firewall or container network keeps the client from reaching it.',
    fix: 'Start the listener and check the host and port it listens on', code_example: 'lsnrctl status', reference: ORACLE,
    sample: 'ORA-12541: TNS:no listener',
  },
  {
    id: 'sql.oracle-12514', code: 'ORA-12514', category: 'network',
    match: /\bORA-12514\b/, summary: 'The Oracle listener does not know the service name in the connection string',
    why: 'The database has not registered the service with the listener yet (it is still starting), or the service name is wrong: a SID given where a service name is expected, or the PDB name misspelt.',
    fix: 'Connect with a service name the listener lists', code_example: 'lsnrctl services   -- then: host:1521/<service name shown>', reference: ORACLE,
    sample: 'ORA-12514: TNS:listener does not currently know of service requested in connect descriptor',
  },
  {
    id: 'sql.oracle-01017', code: 'ORA-01017', category: 'permission',
    match: /\bORA-01017\b/, summary: 'Oracle rejected the user name or password',
    why: 'The password is wrong or expired, the user exists in another PDB than the one connected to, or the password was created in quotes and is case-sensitive.',
    fix: 'Check the user in the right container and reset its password', code_example: 'ALTER USER app_user IDENTIFIED BY "new_password" ACCOUNT UNLOCK;', reference: ORACLE,
    sample: 'ORA-01017: invalid username/password; logon denied',
  },
  {
    id: 'sql.oracle-00001', code: 'ORA-00001', category: 'database',
    match: new RegExp(`\\bORA-00001\\b(?:: unique constraint \\(${NAME}\\) violated)?`), summary: 'The row duplicates a key that must be unique',
    why: 'A row with the same primary or unique key exists: a double insert, a retry, or a sequence behind the data loaded by hand.',
    fix: 'Insert only missing rows with MERGE, or move the sequence past the highest key', code_example: 'MERGE INTO users u USING (SELECT :email email FROM dual) s ON (u.email = s.email)\nWHEN NOT MATCHED THEN INSERT (email) VALUES (s.email);', reference: ORACLE,
    sample: 'ORA-00001: unique constraint (APP.USERS_EMAIL_UK) violated',
  },
  {
    id: 'sql.oracle-00904', code: 'ORA-00904', category: 'database',
    match: new RegExp(`\\bORA-00904\\b(?:: ${Q}${NAME}${Q}: invalid identifier)?`), summary: 'Oracle does not know that column or identifier',
    why: 'The column does not exist in the table, is misspelt, was created in quotes with other letter case, or is a reserved word.',
    fix: 'Use the column name as the table defines it', code_example: 'SELECT column_name FROM all_tab_columns WHERE table_name = UPPER(:table);', reference: ORACLE,
    sample: 'ORA-00904: "EMAIL_ADDRESS": invalid identifier',
  },
  {
    id: 'sql.oracle-01400', code: 'ORA-01400', category: 'database',
    match: new RegExp(`\\bORA-01400\\b(?:: cannot insert NULL into \\(${NAME}\\))?`), summary: 'A NOT NULL column gets no value',
    why: 'The INSERT leaves the column out or sends NULL, and the column has no default.',
    fix: 'Send a value for the column, or give it a default', code_example: 'ALTER TABLE orders MODIFY (status DEFAULT \'NEW\');', reference: ORACLE,
    sample: 'ORA-01400: cannot insert NULL into ("APP"."ORDERS"."STATUS")',
  },
  {
    id: 'sql.oracle-02291', code: 'ORA-02291', category: 'database',
    match: new RegExp(`\\bORA-0229[12]\\b(?:: integrity constraint \\(${NAME}\\) violated)?`), summary: 'A foreign key is violated',
    why: 'ORA-02291: the row references a parent key that does not exist; ORA-02292: the parent row still has child rows and cannot be deleted.',
    fix: 'Write parent rows before their children and delete children before their parent', code_example: 'ALTER TABLE order_lines ADD CONSTRAINT order_lines_order_fk FOREIGN KEY (order_id) REFERENCES orders ON DELETE CASCADE;', reference: ORACLE,
    sample: 'ORA-02291: integrity constraint (APP.ORDER_LINES_ORDER_FK) violated - parent key not found',
  },
  {
    id: 'sql.oracle-00933', code: 'ORA-00933', category: 'syntax',
    match: /\bORA-0093[36]\b/, summary: 'Oracle cannot parse the statement',
    why: 'Syntax from another database: LIMIT instead of FETCH FIRST n ROWS ONLY, AS before a table alias, a trailing semicolon sent through a driver, or a missing expression (ORA-00936).',
    fix: 'Rewrite the statement in Oracle syntax', code_example: 'SELECT * FROM orders o ORDER BY o.created_at DESC FETCH FIRST 10 ROWS ONLY', reference: ORACLE,
    sample: 'ORA-00933: SQL command not properly ended',
  },
  {
    id: 'sql.oracle-01722', code: 'ORA-01722', category: 'type',
    match: /\bORA-01722\b/, summary: 'A string that is not a number was converted to a number',
    why: 'A character column is compared with a number (Oracle converts every row\'s value), or a bind variable of the wrong type meets a NUMBER column.',
    fix: 'Compare strings with strings and bind numbers as numbers', code_example: "SELECT * FROM items WHERE code = '42'  -- not: code = 42", reference: ORACLE,
    sample: 'ORA-01722: invalid number',
  },
  {
    id: 'sql.pg-42p06', code: '42P06', category: 'database',
    match: new RegExp(`schema ${Q}${NAME}${Q} already exists`),
    summary: 'The schema already exists', why: 'CREATE SCHEMA without IF NOT EXISTS ran against a database that has it: a restore into a database that was not empty (every new database already has the public schema, which pg_dump also creates), or a migration run twice.',
    fix: 'Restore into an empty database made from template0, or let the restore clean first', code_example: 'createdb -T template0 app_restored\npg_restore --clean --if-exists -d app dump.backup\nCREATE SCHEMA IF NOT EXISTS app;', reference: PG,
    sample: 'pg_restore: error: could not execute query: ERROR:  schema "public" already exists\nCommand was: CREATE SCHEMA public;',
  },
  {
    id: 'sql.pg-42p01-from-clause', code: '42P01', category: 'database',
    match: new RegExp(`missing FROM-clause entry for table ${Q}${NAME}${Q}`),
    summary: 'The query uses a table alias it never introduced', why: 'A column is qualified with a table or alias that is not in the FROM list of that query level: a typo in the alias, the alias defined in another subquery, or an UPDATE … FROM / DELETE … USING that names the joined table without listing it.',
    fix: 'Add the table to FROM (or JOIN), or use the alias it was given', code_example: 'SELECT u.name, o.total\nFROM orders o\nJOIN users u ON u.id = o.user_id;', reference: PG,
    sample: 'ERROR:  missing FROM-clause entry for table "u"\nLINE 1: SELECT u.name FROM orders o;',
  },
  {
    id: 'sql.pg-extension-missing', code: '0A000', category: 'dependency', codeOf: (c) => (c.file && !c.name ? '58P01' : '0A000'),
    // PostgreSQL 15+ says "is not available" (0A000); older servers name the control file (58P01).
    match: new RegExp(`extension ${Q}${NAME}${Q} is not available|could not open extension control file "[^"\\n]{0,300}/(?<file>[\\w-]{1,100})\\.control"`),
    summary: 'The server has no files for this extension', why: 'CREATE EXTENSION only enables an extension whose files are installed on the database server itself (its control and SQL files under the share/extension directory). PostGIS, pgvector, TimescaleDB and the like come in separate packages, or in a server image that includes them; the official postgres image has only the contrib ones.',
    fix: 'Install the extension package on the database server, or use an image that has it', code_example: 'apt-get install postgresql-16-postgis-3     # on the server host\n# Docker: image: postgis/postgis:16-3.4   (or pgvector/pgvector:pg16)\nSELECT name FROM pg_available_extensions ORDER BY 1;', reference: { title: 'PostgreSQL: CREATE EXTENSION', url: 'https://www.postgresql.org/docs/current/sql-createextension.html' },
    sample: 'ERROR:  extension "postgis" is not available\nDETAIL:  Could not open extension control file "/usr/share/postgresql/16/extension/postgis.control": No such file or directory.',
  },
  {
    id: 'sql.pg-53200', code: '53200', category: 'memory',
    match: /out of shared memory/,
    summary: 'PostgreSQL ran out of room in its lock table', why: 'The shared lock table holds max_locks_per_transaction × max_connections entries. One transaction that touches very many tables or partitions (a pg_dump of thousands of tables, a migration over many partitions, a DROP SCHEMA CASCADE) fills it.',
    fix: 'Raise max_locks_per_transaction (a restart is needed), or touch fewer objects per transaction', code_example: "ALTER SYSTEM SET max_locks_per_transaction = 256;\n-- then restart PostgreSQL", reference: { title: 'PostgreSQL: Lock management settings', url: 'https://www.postgresql.org/docs/current/runtime-config-locks.html' },
    sample: 'ERROR:  out of shared memory\nHINT:  You might need to increase max_locks_per_transaction.',
  },
  {
    id: 'sql.pg-copy-server-file', code: '42501', category: 'permission',
    match: new RegExp(`could not open file ${Q}${NAME}${Q} for (?:reading|writing): Permission denied`),
    summary: 'COPY runs on the database server, which may not read or write that file', why: 'COPY … FROM/TO a file name is executed by the server process, with its user and on its machine (or container): the file must exist there and be readable by the postgres user. A path on your own machine is not visible to a remote or containerised server.',
    fix: "Use psql's \\copy, which reads and writes the file on the client", code_example: "\\copy users FROM 'data.csv' WITH (FORMAT csv, HEADER)", reference: { title: 'PostgreSQL: COPY', url: 'https://www.postgresql.org/docs/current/sql-copy.html' },
    sample: 'ERROR:  could not open file "/tmp/data.csv" for reading: Permission denied\nHINT:  COPY FROM instructs the PostgreSQL server process to read a file. You may want a client-side facility such as psql\'s \\copy.',
  },
  // The server's own startup checks: FATAL before any connection, so no SQLSTATE is shown; the type is the phrase.
  {
    id: 'sql.pg-incompatible-data', code: 'database files are incompatible with server', category: 'configuration',
    match: /database files are incompatible with server(?:\s+DETAIL: +The data directory was initialized by PostgreSQL version (?<name>[\d.]{1,10}))?/,
    summary: 'The data directory belongs to another major version of PostgreSQL', why: 'Data files are not compatible across major versions: a container image upgraded (postgres:14 to postgres:16) against the old volume, or a package upgrade that did not migrate the cluster.',
    fix: 'Run the old version to dump, then restore into the new one (or pg_upgrade)', code_example: '# pin the image of the version that wrote the data, dump, then restore into the new one\ndocker run --rm -v pgdata:/var/lib/postgresql/data postgres:14 postgres --version\npg_dumpall -h old-host -U postgres > all.sql && psql -h new-host -U postgres -f all.sql', reference: { title: 'PostgreSQL: Upgrading a cluster', url: 'https://www.postgresql.org/docs/current/upgrading.html' },
    sample: 'FATAL:  database files are incompatible with server\nDETAIL:  The data directory was initialized by PostgreSQL version 14, which is not compatible with this version 16.1.',
  },
  {
    id: 'sql.pg-data-ownership', code: 'data directory has wrong ownership', category: 'permission',
    match: new RegExp(`data directory ${Q}${NAME}${Q} has (?:wrong ownership|invalid permissions)`),
    summary: 'PostgreSQL refuses a data directory it does not own exclusively', why: 'The server must run as the owner of its data directory, with mode 0700 (or 0750). A bind mount from the host, a volume on a Windows or network file system, or files copied as root break that.',
    fix: 'Give the data directory to the postgres user with mode 700, or use a named volume', code_example: 'chown -R postgres:postgres /var/lib/postgresql/data\nchmod 700 /var/lib/postgresql/data', reference: { title: 'PostgreSQL: Creating a database cluster', url: 'https://www.postgresql.org/docs/current/creating-cluster.html' },
    sample: 'FATAL:  data directory "/var/lib/postgresql/data" has wrong ownership\nHINT:  The server must be started by the user that owns the data directory.',
  },
  {
    id: 'sql.pg-initdb-not-empty', code: 'directory exists but is not empty', category: 'configuration',
    match: new RegExp(`initdb: (?:error: )?directory ${Q}${NAME}${Q} exists but is not empty`),
    summary: 'initdb will not create a cluster in a directory that has files', why: 'initdb needs an empty directory. A mount point has lost+found in it, or an earlier failed start left files behind; the postgres image runs initdb only when the directory is empty.',
    fix: 'Point PGDATA at an empty subdirectory of the mount, or empty it', code_example: 'PGDATA=/var/lib/postgresql/data/pgdata', reference: { title: 'PostgreSQL: initdb', url: 'https://www.postgresql.org/docs/current/app-initdb.html' },
    sample: 'initdb: error: directory "/var/lib/postgresql/data" exists but is not empty',
  },
  {
    id: 'sql.pg-dump-version', code: 'server version mismatch', category: 'configuration',
    match: /pg_dump version: (?<name>[\d.]{1,10})\s+pg_dump: (?:error: )?aborting because of server version mismatch|aborting because of server version mismatch/,
    summary: 'pg_dump is older than the server it dumps', why: 'pg_dump must be at least as new as the server: it reads catalogs an older pg_dump does not know.',
    fix: "Run a pg_dump of the server's version or newer", code_example: 'pg_dump --version; psql -c "SHOW server_version"\ndocker run --rm postgres:16 pg_dump "$DATABASE_URL" > dump.sql', reference: { title: 'PostgreSQL: pg_dump', url: 'https://www.postgresql.org/docs/current/app-pgdump.html' },
    sample: 'pg_dump: error: server version: 16.1; pg_dump version: 14.10\npg_dump: error: aborting because of server version mismatch',
  },
  {
    id: 'sql.pg-restore-text-dump', code: 'input file appears to be a text format dump', category: 'configuration',
    match: /input file appears to be a text format dump/,
    summary: 'pg_restore was given a plain SQL dump', why: 'pg_restore reads the custom, directory and tar archive formats; a plain dump (pg_dump without -Fc) is an SQL script that psql runs.',
    fix: 'Run the plain dump with psql, or make archive dumps with pg_dump -Fc', code_example: 'psql -d app -f dump.sql\npg_dump -Fc -d app -f dump.backup   # for pg_restore', reference: { title: 'PostgreSQL: pg_restore', url: 'https://www.postgresql.org/docs/current/app-pgrestore.html' },
    sample: 'pg_restore: error: input file appears to be a text format dump. Please use psql.',
  },
  // ------------------------------------------------------------ SQLite
  {
    id: 'sql.sqlite-syntax', code: 'syntax error', category: 'syntax',
    match: new RegExp(`(?:Error|Parse error|SQLITE_ERROR|sqlite3\\.OperationalError): near ${Q}${NAME}${Q}: syntax error`),
    summary: 'SQLite could not parse the statement', why: 'SQLite stops at the first token it cannot fit: a keyword used as a name (order, group, user), syntax of another database (MySQL backticks are fine, but AUTO_INCREMENT, ALTER TABLE … MODIFY or DROP COLUMN on old SQLite are not), or a missing comma before it.',
    fix: 'Correct the statement at that token; quote keywords used as names', code_example: 'SELECT "order", "group" FROM items;\nsqlite3 --version   -- DROP COLUMN needs 3.35, RETURNING 3.35, UPSERT 3.24', reference: { title: 'SQLite: SQL as understood by SQLite', url: 'https://www.sqlite.org/lang.html' },
    sample: 'Error: near "FROM": syntax error',
  },
  {
    id: 'sql.sqlite-corrupt', code: 'database disk image is malformed', category: 'database',
    match: /database disk image is malformed/, summary: 'The SQLite file is corrupt', why: 'The file was written by two processes without locking, copied while open, or on a failing or network file system.',
    fix: 'Recover what can be read into a new file', code_example: 'sqlite3 broken.db ".recover" | sqlite3 recovered.db', reference: SQLITE,
    sample: 'sqlite3.DatabaseError: database disk image is malformed',
  },
  {
    id: 'sql.sqlite-cantopen', code: 'unable to open database file', category: 'io',
    match: /unable to open database file/, summary: 'SQLite cannot open or create the database file', why: 'The directory does not exist or is not writable by this process (SQLite also writes a journal next to the file), or the path is relative to another working directory.',
    fix: 'Use an absolute path to a writable directory', code_example: null, reference: SQLITE, sample: 'sqlite3.OperationalError: unable to open database file',
  },
  {
    id: 'sql.sqlite-readonly', code: 'attempt to write a readonly database', category: 'permission',
    match: /attempt to write a readonly database/, summary: 'The SQLite file or its directory is read-only for this process', why: 'The process user may not write the file or create the journal in its directory.',
    fix: 'Give the process user write access to the file and its directory', code_example: null, reference: SQLITE,
    sample: 'Error: SQLITE_READONLY: attempt to write a readonly database',
  },
  // ------------------------------------------------------------ PostgreSQL: the rest of the common SQLSTATEs
  {
    id: 'sql.pg-23p01', code: '23P01', category: 'database',
    match: new RegExp(`conflicting key value violates exclusion constraint ${Q}${NAME}${Q}`),
    summary: 'A row overlaps another one an exclusion constraint forbids', why: 'An EXCLUDE constraint (typically no two bookings of one room over overlapping ranges) found an existing row that conflicts with the new one.',
    fix: 'Check for the overlapping row before writing, or treat the error as a conflict', code_example: 'SELECT * FROM bookings WHERE room_id = $1 AND during && $2;', reference: PG,
    sample: 'ERROR:  conflicting key value violates exclusion constraint "bookings_room_during_excl"',
  },
  {
    id: 'sql.pg-22p02-enum', code: '22P02', category: 'database',
    match: new RegExp(`invalid input (?:value for enum ${NAME}: "[^"\\n]{0,200}"|syntax for type (?<jtype>json|jsonb)\\b)`),
    summary: 'A value is not valid for its type', why: 'The text does not parse as the column type: a label the enum does not have, or text that is not valid JSON.',
    fix: 'Send a value the type accepts (add the enum label with ALTER TYPE, or fix the JSON)', code_example: "ALTER TYPE status ADD VALUE 'archived';", reference: PG,
    sample: 'ERROR:  invalid input value for enum status: "archived"',
  },
  {
    id: 'sql.pg-22021', code: '22021', category: 'database',
    match: /invalid byte sequence for encoding "(?<name>[\w-]{1,30})"/,
    summary: 'The text is not valid in the database encoding', why: 'The client sent bytes that are not valid in that encoding: a NUL byte (0x00), or Latin-1/Windows-1252 text declared as UTF-8 (client_encoding wrong, a file in another encoding).',
    fix: 'Convert the input to the encoding, strip NUL bytes, or set client_encoding to what the data really is', code_example: "SET client_encoding = 'WIN1252';   -- or: iconv -f latin1 -t utf-8 data.csv", reference: PG,
    sample: 'ERROR:  invalid byte sequence for encoding "UTF8": 0x00',
  },
  {
    id: 'sql.pg-22p05', code: '22P05', category: 'database',
    match: /unsupported Unicode escape sequence/,
    summary: 'A JSON value contains \\u0000, which text cannot hold', why: 'PostgreSQL text and jsonb cannot store the NUL character; JSON with \\u0000 in a string cannot be converted.',
    fix: 'Strip \\u0000 from the JSON before inserting it, or store it as json or bytea', code_example: "SELECT replace(payload::text, '\\u0000', '')::jsonb;", reference: PG,
    sample: 'ERROR:  unsupported Unicode escape sequence\nDETAIL:  \\u0000 cannot be converted to text.',
  },
  {
    id: 'sql.pg-42804-boolean', code: '42804', category: 'type',
    match: /argument of (?<name>WHERE|HAVING|JOIN\/ON|CHECK|AND|OR|NOT|CASE\/WHEN) must be type boolean, not type (?<given>[\w ]{1,40})/,
    summary: 'A condition is not a boolean expression', why: 'PostgreSQL does not treat numbers or text as true/false: the condition must be a comparison or a boolean column.',
    fix: 'Write the comparison explicitly', code_example: 'WHERE active = 1   -- or make the column boolean', reference: PG,
    sample: 'ERROR:  argument of WHERE must be type boolean, not type integer',
  },
  {
    id: 'sql.pg-42846', code: '42846', category: 'type',
    match: /cannot cast type (?<name>[\w ."[\]]{1,60}) to (?<totype>[\w ."[\]]{1,60})/,
    summary: 'There is no cast between these two types', why: 'PostgreSQL has no conversion from one type to the other (ALTER COLUMN … TYPE also needs one).',
    fix: 'Convert through another type or give ALTER COLUMN a USING expression', code_example: 'ALTER TABLE t ALTER COLUMN flag TYPE integer USING flag::int;', reference: PG,
    sample: 'ERROR:  cannot cast type boolean to date',
  },
  {
    id: 'sql.pg-42710', code: '42710', category: 'database',
    match: new RegExp(`(?:(?:constraint|trigger|policy|rule|index) ${Q}[^"\\n]{1,200}${Q} for (?:relation|table) ${Q}${NAME}${Q}|(?:role|extension|type|publication|subscription|server|user mapping for) ${Q}(?<name2>[^"\\n]{1,200})${Q}) already exists`),
    summary: 'The object already exists', why: 'A migration or setup script creates a constraint, role, type or extension a previous run already created.',
    fix: 'Create it only when missing (IF NOT EXISTS where the command has it), or drop it first', code_example: 'CREATE EXTENSION IF NOT EXISTS citext;\nDO $$ BEGIN CREATE ROLE app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;', reference: PG,
    sample: 'ERROR:  role "app" already exists',
  },
  {
    id: 'sql.pg-42704', code: '42704', category: 'database',
    match: new RegExp(`(?:(?:type|index|constraint|collation|text search configuration|tablespace|sequence|trigger|publication) ${Q}${NAME}${Q}(?: of relation ${Q}[^"\\n]{1,200}${Q}| for table ${Q}[^"\\n]{1,200}${Q})? does not exist|unrecognized configuration parameter ${Q}(?<name2>[^"\\n]{1,200})${Q})`),
    summary: 'The named object does not exist', why: 'The type, index, constraint or setting is misspelt, lives in a schema outside the search_path, or its extension (citext, hstore, uuid-ossp) is not installed in this database.',
    fix: 'Check the name and schema, or create the extension that defines it', code_example: 'CREATE EXTENSION IF NOT EXISTS citext;\nSHOW search_path;', reference: PG,
    sample: 'ERROR:  type "citext" does not exist',
  },
  {
    id: 'sql.pg-3f000', code: '3F000', category: 'database',
    match: new RegExp(`schema ${Q}${NAME}${Q} does not exist`),
    summary: 'The schema does not exist', why: 'It was never created in this database (migrations not run, another database), or the name is misspelt.',
    fix: 'Create the schema or connect to the database that has it', code_example: 'CREATE SCHEMA IF NOT EXISTS app;', reference: PG,
    sample: 'ERROR:  schema "app" does not exist',
  },
  {
    id: 'sql.pg-42501-create', code: '42501', category: 'permission',
    match: /permission denied to (?<name>create database|create role|create extension "[^"\n]{1,100}"|create schema|set parameter "[^"\n]{1,100}")/,
    summary: 'The role lacks the privilege', why: 'Creating databases and roles needs CREATEDB/CREATEROLE (or a superuser); untrusted extensions and some settings need a superuser.',
    fix: 'Grant the attribute to the role, or run the command as a superuser', code_example: 'ALTER ROLE app CREATEDB;', reference: PG,
    sample: 'ERROR:  permission denied to create database',
  },
  {
    id: 'sql.pg-42p02', code: '42P02', category: 'database',
    match: /there is no parameter \$(?<name>\d{1,4})/,
    summary: 'A placeholder was used without a value', why: 'The statement uses $n but the client sent fewer parameters, or a $ placeholder sits inside a DO block or a string that is not prepared with parameters.',
    fix: 'Send a value for every placeholder, or build the DDL without parameters', code_example: null, reference: PG,
    sample: 'ERROR:  there is no parameter $1',
  },
  {
    id: 'sql.pg-42725', code: '42725', category: 'database',
    match: /function (?<name>[\w.]{1,200})\([^)\n]{0,200}\) is not unique/,
    summary: 'Several functions of that name fit the call', why: 'Overloads differ only in types the arguments can be cast to (often an untyped literal).',
    fix: 'Cast the arguments to the overload you mean', code_example: "SELECT f(1::integer);", reference: PG,
    sample: 'ERROR:  function app.f(integer) is not unique',
  },
  {
    id: 'sql.pg-42712', code: '42712', category: 'syntax',
    match: new RegExp(`table name ${Q}${NAME}${Q} specified more than once`),
    summary: 'A table or alias appears twice in the query', why: 'The same table is joined twice without different aliases, or an UPDATE repeats its target in FROM.',
    fix: 'Give each occurrence its own alias, or remove the repeated table from FROM', code_example: null, reference: PG,
    sample: 'ERROR:  table name "u" specified more than once',
  },
  {
    id: 'sql.pg-0a000', code: '0A000', category: 'database',
    match: /cannot alter type of a column used by a view or rule|cached plan must not change result type|cannot use (?<name>column reference|subquery|aggregate function|window function) in DEFAULT expression/,
    summary: 'PostgreSQL does not support this operation here', why: 'A view depends on the column (drop and recreate it around the ALTER), a prepared statement was planned before the table changed (reconnect or DISCARD ALL), or the expression is not allowed in that place.',
    fix: 'Drop and recreate the dependent view around the change, or reconnect after schema changes', code_example: 'BEGIN; DROP VIEW v; ALTER TABLE t ALTER COLUMN total TYPE numeric; CREATE VIEW v AS …; COMMIT;', reference: PG,
    sample: 'ERROR:  cannot alter type of a column used by a view or rule',
  },
  {
    id: 'sql.pg-25001', code: '25001', category: 'database',
    match: /(?<name>CREATE INDEX CONCURRENTLY|DROP INDEX CONCURRENTLY|CREATE DATABASE|DROP DATABASE|VACUUM|ALTER SYSTEM|REINDEX CONCURRENTLY|ALTER TYPE \.\.\. ADD) cannot (?:run|be executed from a function or) inside a transaction block|(?<name2>[A-Z][A-Z ]{2,40}) cannot run inside a transaction block/,
    summary: 'The command cannot run inside a transaction', why: 'Some commands manage their own transactions; a migration tool that wraps each migration in BEGIN/COMMIT cannot run them.',
    fix: 'Run the command outside a transaction (disable the migration tool\'s transaction for that migration)', code_example: '-- e.g. Rails: disable_ddl_transaction!; Alembic: with op.get_context().autocommit_block():', reference: PG,
    sample: 'ERROR:  CREATE INDEX CONCURRENTLY cannot run inside a transaction block',
  },
  {
    id: 'sql.pg-25006', code: '25006', category: 'database',
    match: /cannot execute (?<name>[A-Z][A-Z ]{1,40}) in a read-only transaction/,
    summary: 'A write was sent to a read-only transaction', why: 'The connection goes to a read replica / hot standby, or default_transaction_read_only is on.',
    fix: 'Send writes to the primary (check the host in the connection string and the load balancer)', code_example: 'SELECT pg_is_in_recovery();  SHOW default_transaction_read_only;', reference: PG,
    sample: 'ERROR:  cannot execute INSERT in a read-only transaction',
  },
  {
    id: 'sql.pg-55p03', code: '55P03', category: 'concurrency',
    match: new RegExp(`could not obtain lock on (?:row in )?relation ${Q}${NAME}${Q}|canceling statement due to lock timeout`),
    summary: 'A lock was not available in time', why: 'Another transaction holds the lock: NOWAIT gave up at once, or lock_timeout expired.',
    fix: 'Find the blocking session, keep transactions short, or retry', code_example: 'SELECT pid, state, query FROM pg_stat_activity WHERE cardinality(pg_blocking_pids(pid)) > 0;', reference: PG,
    sample: 'ERROR:  could not obtain lock on row in relation "jobs"',
  },
  {
    id: 'sql.pg-55000', code: '55000', category: 'database',
    match: new RegExp(`currval of sequence ${Q}${NAME}${Q} is not yet defined in this session`),
    summary: 'currval() was called before nextval() in this session', why: 'currval returns the value nextval gave this session; a new connection (or a pool handing out another one) has none yet.',
    fix: 'Use INSERT … RETURNING id instead of currval', code_example: 'INSERT INTO users (email) VALUES ($1) RETURNING id;', reference: PG,
    sample: 'ERROR:  currval of sequence "users_id_seq" is not yet defined in this session',
  },
  {
    id: 'sql.pg-21000-on-conflict', code: '21000', category: 'database',
    match: /ON CONFLICT DO UPDATE command cannot affect row a second time/,
    summary: 'One INSERT … ON CONFLICT proposed the same key twice', why: 'The VALUES list (or SELECT) has two rows with the same conflict key, so one row would be updated twice.',
    fix: 'Remove duplicates from the input before the upsert', code_example: 'INSERT INTO t (k, v) SELECT DISTINCT ON (k) k, v FROM input ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v;', reference: PG,
    sample: 'ERROR:  ON CONFLICT DO UPDATE command cannot affect row a second time',
  },
  {
    id: 'sql.pg-42830', code: '42830', category: 'database',
    match: new RegExp(`there is no unique constraint matching given keys for referenced table ${Q}${NAME}${Q}`),
    summary: 'The foreign key points at columns that are not unique', why: 'A foreign key must reference a primary key or unique constraint of the other table.',
    fix: 'Add a unique constraint on the referenced columns, or reference the primary key', code_example: 'ALTER TABLE users ADD UNIQUE (email);', reference: PG,
    sample: 'ERROR:  there is no unique constraint matching given keys for referenced table "users"',
  },
  {
    id: 'sql.pg-42p16', code: '42P16', category: 'database',
    match: new RegExp(`multiple primary keys for table ${Q}${NAME}${Q} are not allowed`),
    summary: 'The table would get a second primary key', why: 'It already has one (often from a column declared PRIMARY KEY plus a table-level PRIMARY KEY, or a migration re-adding it).',
    fix: 'Drop the existing primary key first, or declare one composite key', code_example: 'ALTER TABLE users DROP CONSTRAINT users_pkey;', reference: PG,
    sample: 'ERROR:  multiple primary keys for table "users" are not allowed',
  },
  {
    id: 'sql.pg-54000', code: '54000', category: 'database',
    match: /index row size \d{1,10} exceeds (?:btree version \d maximum|maximum) \d{1,10} for index "(?<name>[^"\n]{1,200})"/,
    summary: 'A value is too large for a B-tree index', why: 'B-tree entries must fit in about a third of a page (2704 bytes); a long text or JSON value is indexed directly.',
    fix: 'Index a hash or prefix of the value instead', code_example: 'CREATE INDEX ON docs (md5(body));', reference: PG,
    sample: 'ERROR:  index row size 3160 exceeds btree version 4 maximum 2704 for index "docs_body_idx"',
  },
  {
    id: 'sql.pg-34000', code: '34000', category: 'database',
    match: new RegExp(`cursor ${Q}${NAME}${Q} does not exist`),
    summary: 'The cursor does not exist', why: 'Cursors live until the end of their transaction (unless WITH HOLD); the FETCH runs in another transaction or connection.',
    fix: 'Fetch inside the same transaction, or declare the cursor WITH HOLD', code_example: null, reference: PG,
    sample: 'ERROR:  cursor "c1" does not exist',
  },
  {
    id: 'sql.pg-prepared-statement', code: '26000', codeOf: (c) => (c.state === 'already exists' ? '42P05' : '26000'), category: 'database',
    match: new RegExp(`prepared statement ${Q}${NAME}${Q} (?<state>does not exist|already exists)`),
    summary: 'The prepared statement is not (or already) on this connection', why: 'Prepared statements belong to one server connection: a transaction-mode pooler (PgBouncer, Supavisor) sends the EXECUTE to another connection, or the same name is prepared twice.',
    fix: 'Disable prepared statements in the driver when it runs behind a transaction pooler (or use session pooling)', code_example: '?pgbouncer=true   (Prisma)  /  prepare_threshold=None (psycopg)  /  statement_cache_size=0 (asyncpg)', reference: PG,
    sample: 'ERROR:  prepared statement "s1" does not exist',
  },
  {
    id: 'sql.pg-428c9', code: '428C9', category: 'database',
    match: new RegExp(`cannot insert (?:a non-DEFAULT value )?into column ${Q}${NAME}${Q}`),
    summary: 'The column is generated and takes no value', why: 'An identity column GENERATED ALWAYS (or a generated column) rejects explicit values.',
    fix: 'Leave the column out, or use OVERRIDING SYSTEM VALUE when copying ids', code_example: 'INSERT INTO users (id, email) OVERRIDING SYSTEM VALUE VALUES (1, \'a@b.c\');', reference: PG,
    sample: 'ERROR:  cannot insert a non-DEFAULT value into column "id"',
  },
  {
    id: 'sql.pg-42809', code: '42809', category: 'database',
    match: new RegExp(`ERROR:\\s+${Q}${NAME}${Q} is not a (?:table|view|sequence|function|procedure|composite type|table or materialized view|index)\\b`),
    summary: 'The object is of another kind than the command needs', why: 'The name refers to a view where a table is required (or the other way round), or to a function called as a procedure.',
    fix: 'Use the command for that kind of object (ALTER VIEW, CALL vs SELECT)', code_example: null, reference: PG,
    sample: 'ERROR:  "users" is not a table',
  },
  {
    id: 'sql.pg-53200-oom', code: '53200', category: 'memory',
    match: /ERROR:\s+out of memory\s*\n\s*DETAIL:\s+Failed on request of size/,
    summary: 'A PostgreSQL backend ran out of memory', why: 'The query needs more memory than the server can allocate: work_mem too high for many parallel sorts and hashes, a huge IN list or array, or a container memory limit.',
    fix: 'Lower work_mem or the query\'s size, or give the server more memory', code_example: 'SET work_mem = \'64MB\';', reference: PG,
    sample: 'ERROR:  out of memory\nDETAIL:  Failed on request of size 8192.',
  },
  {
    id: 'sql.pg-58p01', code: '58P01', category: 'dependency',
    match: /could not load library "(?<name>[^"\n]{1,300})"|could not access file "(?<name2>[^"\n]{1,200})": No such file or directory/,
    summary: 'The server cannot load a shared library', why: 'An extension\'s .so file is missing or built for another PostgreSQL version (after a major upgrade, or shared_preload_libraries naming a library that is not installed).',
    fix: 'Install the extension package for this PostgreSQL version, or remove it from shared_preload_libraries', code_example: 'SHOW shared_preload_libraries;', reference: PG,
    sample: 'FATAL:  could not load library "/usr/lib/postgresql/16/lib/vector.so": undefined symbol',
  },
  {
    id: 'sql.pg-2201b', code: '2201B', category: 'database',
    match: /invalid regular expression: (?<name>[^\n]{1,200})/,
    summary: 'The regular expression in the query does not compile', why: 'PostgreSQL uses its own (Spencer/Tcl) regex flavour: unbalanced parentheses or brackets, or escapes written for another flavour.',
    fix: 'Fix the pattern (escape literal parentheses, double backslashes inside standard strings)', code_example: "SELECT 'a(b' ~ 'a\\(b';", reference: PG,
    sample: 'ERROR:  invalid regular expression: parentheses () not balanced',
  },
  {
    id: 'sql.pg-42803-aggregate', code: '42803', category: 'syntax',
    match: /aggregate functions are not allowed in (?<name>WHERE|JOIN conditions|GROUP BY|FROM clause|DEFAULT expressions|check constraints)/,
    summary: 'An aggregate is used where rows are still being filtered', why: 'WHERE runs before grouping, so it cannot see COUNT/SUM; conditions on aggregates go in HAVING.',
    fix: 'Move the condition to HAVING', code_example: 'SELECT user_id FROM orders GROUP BY user_id HAVING count(*) > 5;', reference: PG,
    sample: 'ERROR:  aggregate functions are not allowed in WHERE',
  },
  {
    id: 'sql.pg-42601-structure', code: '42601', category: 'syntax',
    match: /subquery in FROM must have an alias|each (?<name>UNION|INTERSECT|EXCEPT) query must have the same number of columns|INSERT has more (?:expressions than target columns|target columns than expressions)|unterminated quoted (?:string|identifier) at or near|zero-length delimited identifier at or near/,
    summary: 'The statement is not valid SQL', why: 'A subquery in FROM without an alias (required before PostgreSQL 16), set operations with different column counts, an INSERT whose column list and values differ in length, or an unclosed quote.',
    fix: 'Fix the statement: add the alias, match the column counts, close the quote (double quotes are for identifiers, single quotes for strings)', code_example: 'SELECT * FROM (SELECT 1) AS sub;', reference: PG,
    sample: 'ERROR:  subquery in FROM must have an alias',
  },
  {
    id: 'sql.pg-xx000', code: 'XX000', category: 'database',
    match: /tuple concurrently updated|could not open relation with OID (?<name>\d{1,12})|cache lookup failed for (?:type|relation|function) \d{1,12}/,
    summary: 'PostgreSQL hit an internal error', why: 'Two sessions changed the same catalog row at once (concurrent GRANT/ALTER/ANALYZE), or an object was dropped while another session still used it.',
    fix: 'Retry; serialise concurrent DDL, and report it if it repeats on its own', code_example: null, reference: PG,
    sample: 'ERROR:  tuple concurrently updated',
  },
  {
    id: 'sql.pg-25p03', code: '25P03', category: 'network',
    match: /terminating connection due to idle-in-transaction timeout/,
    summary: 'The server closed a session left idle inside a transaction', why: 'idle_in_transaction_session_timeout expired: the application opened a transaction and did not commit or roll back (awaiting something else, a leaked connection).',
    fix: 'Commit or roll back promptly, and return connections to the pool', code_example: 'SHOW idle_in_transaction_session_timeout;', reference: PG,
    sample: 'FATAL:  terminating connection due to idle-in-transaction timeout',
  },
  {
    id: 'sql.pg-28000-auth', code: '28000', category: 'permission',
    match: /(?:Peer|Ident) authentication failed for user "(?<name>[^"\n]{1,200})"|pg_hba\.conf rejects connection for host "(?<name2>[^"\n]{1,200})"/,
    summary: 'pg_hba.conf refused the login method', why: 'For local socket connections the default "peer" method requires the operating-system user to have the same name as the database role; a "reject" line matched this host.',
    fix: 'Connect over TCP with a password (-h localhost), run as the matching OS user, or change the method in pg_hba.conf and reload', code_example: 'psql -h localhost -U app appdb\n# pg_hba.conf: local all all scram-sha-256   then: SELECT pg_reload_conf();', reference: { title: 'PostgreSQL: The pg_hba.conf file', url: 'https://www.postgresql.org/docs/current/auth-pg-hba-conf.html' },
    sample: 'FATAL:  Peer authentication failed for user "postgres"',
  },
  {
    id: 'sql.pg-08p01', code: '08P01', category: 'network',
    match: /unsupported frontend protocol (?<name>[\d.]{1,20})|invalid length of startup packet/,
    summary: 'The client spoke something the server does not understand', why: 'A client or pooler with another protocol version, a TLS or HTTP client talking to the PostgreSQL port, or a health check sending garbage.',
    fix: 'Check what connects to the port (health checks, proxies) and the client library version', code_example: null, reference: PG,
    sample: 'FATAL:  unsupported frontend protocol 1234.5679: server supports 3.0 to 3.0',
  },
  // ------------------------------------------------------------ MySQL
  {
    id: 'sql.mysql-1227', code: '1227', category: 'permission',
    // mysqldump 8.0.21+ needs PROCESS to dump tablespaces and prints the message without the number.
    match: /Access denied; you need \(at least one of\) the (?<name>[\w, ]{1,200}) privilege\(s\) for this operation/,
    summary: 'The account lacks a global privilege', why: 'The operation needs a server-wide privilege (SUPER, PROCESS, SYSTEM_VARIABLES_ADMIN…) that the account was not granted; managed servers (RDS, Cloud SQL) never grant SUPER.',
    fix: 'Grant the privilege, or avoid the operation (mysqldump --no-tablespaces; remove DEFINER and SET @@GLOBAL lines from the dump)', code_example: "GRANT PROCESS ON *.* TO 'backup'@'%';\nmysqldump --no-tablespaces -u backup -p shop > shop.sql", reference: MYSQL,
    sample: "mysqldump: Error: 'Access denied; you need (at least one of) the PROCESS privilege(s) for this operation' when trying to dump tablespaces",
  },
  // ------------------------------------------------------------ SQLite: the rest of its messages
  {
    id: 'sqlite.table-locked', code: 'database table is locked', category: 'concurrency',
    match: /database table is locked(?:: (?<name>\w{1,100}))?/, summary: 'A table is locked by another statement on the same connection', why: 'A statement still reading the table (an unfinished SELECT cursor) blocks a write or DROP on it from the same connection.',
    fix: 'Finish or reset the reading statement before writing', code_example: null, reference: SQLITE, sample: 'Error: database table is locked',
  },
  {
    id: 'sqlite.notadb', code: 'file is not a database', category: 'database',
    match: /file is (?:not a database|encrypted or is not a database)/, summary: 'The file is not an SQLite database', why: 'The path points at another file (an empty or text file, a Git LFS pointer), a database encrypted with SQLCipher opened without the key, or a file written by a newer format.',
    fix: 'Check the file (head -c 16 shows "SQLite format 3") and the path', code_example: 'head -c 16 app.db', reference: SQLITE, sample: 'Error: file is not a database',
  },
  {
    id: 'sqlite.table-exists', code: 'table already exists', codeOf: (c) => `${c.kind ?? 'table'} already exists`, category: 'database',
    match: /(?:Error|Parse error|Runtime error|SQLITE_ERROR|OperationalError): (?:in prepare, )?(?<kind>table|index|view|trigger) "?(?<name>[\w.]{1,100})"? already exists/, summary: 'The object already exists', why: 'A schema script or migration ran again against a database that already has the table (index, view or trigger).',
    fix: 'Use CREATE … IF NOT EXISTS, or run only pending migrations', code_example: 'CREATE TABLE IF NOT EXISTS users (…);\nCREATE INDEX IF NOT EXISTS idx_email ON users (email);', reference: SQLITE, sample: 'Error: table users already exists',
  },
  {
    id: 'sqlite.no-column-named', code: 'has no column named', category: 'database',
    match: /table (?<name>[\w.]{1,100}) has no column named (?<col>\w{1,100})/, summary: 'The INSERT names a column the table lacks', why: 'The table was created from an older schema (the column was added later and the migration did not run), or the name is misspelt.',
    fix: 'Add the column (ALTER TABLE … ADD COLUMN) or correct the name', code_example: null, reference: SQLITE, sample: 'Parse error: table users has no column named emial',
  },
  {
    id: 'sqlite.too-many-variables', code: 'too many SQL variables', category: 'database',
    match: /too many SQL variables/, summary: 'The statement has more ? placeholders than SQLite allows', why: 'SQLite before 3.32 allows 999 parameters per statement (32766 since); a bulk insert or IN (…) list with many values exceeds it.',
    fix: 'Insert or query in chunks', code_example: null, reference: SQLITE, sample: 'Error: too many SQL variables',
  },
  {
    id: 'sqlite.no-such-object', code: 'no such function', codeOf: (c) => `no such ${c.kind ?? 'function'}`, category: 'database',
    match: /(?:Error|Parse error|Runtime error|SQLITE_ERROR|OperationalError): (?:in prepare, )?no such (?<kind>function|index|savepoint|collation sequence|module): (?<name>[^\n(]{1,100})/, summary: 'SQLite does not know that name', why: 'The function, index, savepoint or collation is not defined in this SQLite build or connection: functions such as REGEXP or JSON ones need the build or an extension, and functions an application registers exist only on its own connections.',
    fix: 'Check the name, the SQLite version, or register the function on the connection', code_example: 'sqlite3 --version', reference: SQLITE, sample: 'Parse error: no such function: REGEXP_REPLACE',
  },
  {
    id: 'sqlite.ambiguous-column', code: 'ambiguous column name', category: 'syntax',
    match: /ambiguous column name: (?<name>[\w.]{1,100})/, summary: 'A column name exists in more than one joined table', why: 'Two joined tables have a column of that name, and the query uses it without a table prefix.',
    fix: 'Prefix the column with its table or alias', code_example: null, reference: SQLITE, sample: 'Parse error: ambiguous column name: id',
  },
  {
    id: 'sqlite.datatype-mismatch', code: 'datatype mismatch', category: 'type',
    match: /(?:Error|Runtime error|SQLITE_MISMATCH|IntegrityError): datatype mismatch/, summary: 'A value does not fit an INTEGER PRIMARY KEY or STRICT column', why: 'A non-integer was written to an INTEGER PRIMARY KEY (rowid), or a value of another type to a column of a STRICT table.',
    fix: 'Convert the value to the column type', code_example: null, reference: SQLITE, sample: 'Runtime error: datatype mismatch (20)',
  },
  {
    id: 'sqlite.transaction-state', code: 'cannot start a transaction within a transaction', codeOf: (c) => `cannot ${c.name ?? 'start a transaction within a transaction'}`, category: 'database',
    match: /cannot (?<name>start a transaction within a transaction|commit - no transaction is active|rollback - no transaction is active)/, summary: 'BEGIN, COMMIT or ROLLBACK does not match the transaction state', why: 'SQLite has no nested transactions: a BEGIN while one is open (the driver may have opened one implicitly), or a COMMIT after an error already rolled it back.',
    fix: 'Use SAVEPOINT for nesting, and let one layer (the driver or your code) manage BEGIN/COMMIT', code_example: 'SAVEPOINT step; … RELEASE step;', reference: SQLITE, sample: 'Error: cannot start a transaction within a transaction',
  },
  {
    id: 'sqlite.ioerr-full', code: 'disk I/O error', codeOf: (c) => c.name ?? 'disk I/O error', category: 'io',
    match: /(?:Error|Runtime error|SQLITE_IOERR|SQLITE_FULL|OperationalError): (?<name>disk I\/O error|database or disk is full|string or blob too big)/, summary: 'SQLite could not read or write the file', why: 'The disk is full or failing, the file sits on a network or synced folder that does not support locking, or a value exceeds SQLITE_MAX_LENGTH.',
    fix: 'Check free space and keep the database on a local disk', code_example: 'df -h .', reference: SQLITE, sample: 'Error: disk I/O error',
  },
  {
    id: 'sqlite.alter-add-column', code: 'Cannot add a NOT NULL column with default value NULL', codeOf: (c) => `Cannot add a ${c.name ?? 'NOT NULL column with default value NULL'}`, category: 'database',
    match: /Cannot add a (?<name>NOT NULL column with default value NULL|column with non-constant default|PRIMARY KEY column|UNIQUE column)/, summary: 'SQLite\'s ALTER TABLE ADD COLUMN cannot add this column', why: 'Existing rows need a value: a NOT NULL column needs a constant DEFAULT, and ADD COLUMN cannot use CURRENT_TIMESTAMP-like defaults, PRIMARY KEY or UNIQUE.',
    fix: 'Give the column a constant default, or rebuild the table (create new, copy, rename)', code_example: "ALTER TABLE users ADD COLUMN status TEXT NOT NULL DEFAULT 'active';", reference: SQLITE, sample: 'Error: Cannot add a NOT NULL column with default value NULL',
  },
  {
    id: 'sqlite.query-shape', code: 'incomplete input',
    codeOf: (c) => (c.name ? 'sub-select returns columns' : c.name2 ? 'misuse of aggregate' : c.name3 ? 'unrecognized token' : c.name4 ? 'values for columns' : 'incomplete input'), category: 'syntax',
    match: /(?:sub-select returns (?<name>\d{1,4}) columns - expected 1|misuse of aggregate(?: function)?:? (?<name2>\w{1,60})\(\)|unrecognized token: "(?<name3>[^"\n]{1,100})"|(?<name4>\d{1,6}) values for \d{1,6} columns|incomplete input)/, summary: 'SQLite rejected the statement', why: 'A subquery used as a value returns several columns, an aggregate is used outside SELECT/HAVING, a quote or character SQLite cannot tokenise, an INSERT with more values than columns, or an unterminated statement.',
    fix: 'Correct the statement at that point', code_example: null, reference: SQLITE, sample: 'Parse error: sub-select returns 2 columns - expected 1',
  },
];

/** What the message quotes: `name`, or the alternative capture of an entry with several wordings. */
const subject = (c: Captures): string | undefined => c.name ?? c.name2 ?? c.name3 ?? c.name4 ?? c.file;

function toPattern(e: Entry): ErrorPattern {
  return {
    id: e.id,
    language: 'sql',
    match: e.match,
    // The error log's header carries the number itself.
    errorType: (c) => e.codeOf?.(c) ?? (e.code || c.name || 'SQL Server error'),
    category: e.category,
    priority: 28,
    summary: (c) => (subject(c) ? `${e.summary}: ${subject(c)}.` : `${e.summary}.`),
    explanation: e.why,
    causes: [e.why],
    fixes: (c) => {
      const name = subject(c);
      return [{ title: name ? `${e.fix} (${name})` : e.fix, steps: [name ? `${e.fix}: ${name}` : e.fix], code: e.code_example }];
    },
    references: [e.reference],
    samples: [e.sample],
  };
}

export const SQL_CATALOGUE_PATTERNS: readonly ErrorPattern[] = ENTRIES.map(toPattern);
