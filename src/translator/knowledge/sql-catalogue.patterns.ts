import type { ErrorPattern } from '../rules/error-pattern';
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
    match: /(?:value|integer|smallint|bigint) out of range(?: for type (?<name>[\w ]{1,40}))?/,
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
    id: 'sql.pg-extension-missing', code: '0A000', category: 'dependency',
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
];

function toPattern(e: Entry): ErrorPattern {
  return {
    id: e.id,
    language: 'sql',
    match: e.match,
    // The error log's header carries the number itself.
    errorType: (c) => e.code || c.name || 'SQL Server error',
    category: e.category,
    priority: 28,
    summary: (c) => (c.name ? `${e.summary}: ${c.name}.` : `${e.summary}.`),
    explanation: e.why,
    causes: [e.why],
    fixes: (c) => [{ title: c.name ? `${e.fix} (${c.name})` : e.fix, steps: [c.name ? `${e.fix}: ${c.name}` : e.fix], code: e.code_example }],
    references: [e.reference],
    samples: [e.sample],
  };
}

export const SQL_CATALOGUE_PATTERNS: readonly ErrorPattern[] = ENTRIES.map(toPattern);
