import type { ErrorPattern } from '../rules/error-pattern';

/** Ruby and Rails errors, most frequent first. Bundler's install failures live in packages.patterns.ts. */

const RUBY_DOC = 'https://docs.ruby-lang.org/en/master';

/** A Ruby class name, possibly namespaced: Foo, Foo::Bar::Baz. */
const RUBY_CLASS = String.raw`(?:[A-Z]\w{0,60}::){0,5}[A-Z]\w{0,80}`;
/** Namespaced class names whose last part reads as an exception (Errno::ENOENT, Foo::BarError, Baz::NotFound). */
const RUBY_NAMESPACED_EXCEPTION = String.raw`(?:[A-Z]\w{0,60}::){1,5}(?:E[A-Z]{2,15}\b|(?:[A-Z]\w{0,60})?(?:Error|Exception|Invalid|NotFound|Failed|Failure|Timeout|Denied|Missing|Violation|Conflict|Unauthorized|Forbidden|Expired|Interrupt|Bad|Mismatch|Unavailable|NotAuthorized|Overflow|Aborted|Refused)\b|(?:Invalid|Missing|Unknown|Unpermitted|Unsupported|Irreversible|No)[A-Z]\w{0,60}\b|[A-Z]\w{0,40}Not[A-Z]\w{0,40}\b)`;
/**
 * An exception class as a line may start with it: Ruby's own core classes that no other runtime
 * uses (NameError, TypeError, KeyError… are Python's or JavaScript's too, so a bare "NameError:"
 * line proves nothing) or a namespaced exception name.
 */
const RUBY_EXCEPTION_CLASS =
  String.raw`(?:NoMethodError|ArgumentError|LoadError|FrozenError|SystemStackError|ScriptError|SecurityError|ThreadError|FiberError|EncodingError|FloatDomainError|LocalJumpError|RegexpError|UncaughtThrowError|NoMatchingPatternError|NoMatchingPatternKeyError|SocketError)\b|${RUBY_NAMESPACED_EXCEPTION}`;

// ---------------------------------------------------------------- database errors seen from Ruby
//
// A database error reaches a Ruby developer as the driver's exception (PG::UndefinedTable,
// Mysql2::Error, SQLite3::SQLException), usually wrapped by Active Record
// (ActiveRecord::StatementInvalid and its subclasses) or Sequel. The class the user sees is the
// error type; the server's message says what is wrong. The helpers below read that message
// (English and the common localised PostgreSQL wordings) so the answer can name the table,
// column, constraint, database or user involved.

type DbKind =
  | 'table' | 'column' | 'unique' | 'not-null' | 'foreign-key' | 'syntax' | 'auth' | 'permission'
  | 'no-database' | 'connection' | 'lock' | 'pool' | 'value' | 'function' | 'other';

interface DbIssue {
  kind: DbKind;
  /** The object the message names: table, column, constraint, database or user. */
  subject?: string;
  table?: string;
  host?: string;
  port?: string;
}

// Each entry: the kind and regexes whose first group (when present) is the subject.
// Messages are short (captures are clipped), and every regex starts with a literal.
const DB_MESSAGES: readonly (readonly [DbKind, RegExp])[] = [
  ['auth', /password authentication failed for user "([^"\n]{1,120})"|Passwort-Authentifizierung für Benutzer [»"]([^«"\n]{1,120})|authentification par mot de passe échouée pour l'utilisateur « ?([^»\n]{1,120}?) ?»|пользователь "([^"\n]{1,120})" не прошёл проверку подлинности|用户 "([^"\n]{1,120})" Password 认证失败|la autentificación password falló para el usuario «([^»\n]{1,120})»|autenticação do tipo senha falhou para o usuário "([^"\n]{1,120})"|Access denied for user '([^'\n]{1,120})'|role "([^"\n]{1,120})" does not exist|no password supplied|fe_sendauth/],
  ['no-database', /database "([^"\n]{1,120})" does not exist|Unknown database '([^'\n]{1,120})'|We could not find your database: ([^\s.]{1,120})|Datenbank [»"]([^«"\n]{1,120})[«"] existiert nicht|la base de données « ?([^»\n]{1,120}?) ?» n'existe pas|база данных "([^"\n]{1,120})" не существует|数据库 "([^"\n]{1,120})" 不存在|no existe la base de datos «([^»\n]{1,120})»|banco de dados "([^"\n]{1,120})" não existe/],
  ['column', /column "([^"\n]{1,120})"(?: of relation "[^"\n]{1,120}")? does not exist|column ([\w.]{1,120}) does not exist|Unknown column '([^'\n]{1,120})'|no such column: ([\w.]{1,120})|has no column named (\w{1,120})|Spalte [»"]([^«"\n]{1,120})[«"] existiert nicht|la colonne « ?([^»\n]{1,120}?) ?» n'existe pas|столбец "?([^"\s]{1,120})"? не существует|字段 "([^"\n]{1,120})" 不存在|no existe la columna «([^»\n]{1,120})»|coluna "([^"\n]{1,120})" não existe/],
  ['table', /relation "([^"\n]{1,120})" does not exist|Table '([^'\n]{1,120})' doesn't exist|no such table: ([\w.]{1,120})|Could not find table '([^'\n]{1,120})'|Relation [»"]([^«"\n]{1,120})[«"] existiert nicht|la relation « ?([^»\n]{1,120}?) ?» n'existe pas|отношение "([^"\n]{1,120})" не существует|关系 "([^"\n]{1,120})" 不存在|no existe la relación «([^»\n]{1,120})»|relação "([^"\n]{1,120})" não existe|Invalid object name '([^'\n]{1,120})'/],
  ['function', /function ([\w.]{1,120}\([^)\n]{0,200}\)) does not exist|no such function: (\w{1,120})|FUNCTION ([\w.]{1,120}) does not exist/],
  ['unique', /unique constraint "([^"\n]{1,120})"|Duplicate entry '[^'\n]{0,200}' for key '([^'\n]{1,120})'|UNIQUE constraint failed: ([\w., ]{1,200})|Eindeutigkeitsbedingung [»"]([^«"\n]{1,120})|contrainte unique « ?([^»\n]{1,120}?) ?»|ограничение уникальности "([^"\n]{1,120})"|唯一约束 "([^"\n]{1,120})"|restricción de unicidad «([^»\n]{1,120})»|restrição de unicidade "([^"\n]{1,120})"/],
  ['not-null', /null value in column "([^"\n]{1,120})"|Column '([^'\n]{1,120})' cannot be null|NOT NULL constraint failed: ([\w.]{1,120})|Field '([^'\n]{1,120})' doesn't have a default value|NULL-Wert in Spalte [»"]([^«"\n]{1,120})|de la colonne « ?([^»\n]{1,120}?) ?»|значение NULL в столбце "([^"\n]{1,120})"/],
  ['foreign-key', /foreign key constraint "([^"\n]{1,120})"|CONSTRAINT `([^`\n]{1,120})` FOREIGN KEY|FOREIGN KEY constraint failed|Fremdschlüssel-Constraint [»"]([^«"\n]{1,120})|contrainte de clé étrangère « ?([^»\n]{1,120}?) ?»|ограничение внешнего ключа "([^"\n]{1,120})"/],
  ['permission', /permission denied for (?:table|relation|schema|sequence|database|function) ([\w."]{1,120})|command denied to user '([^'\n]{1,120})'|Keine Berechtigung für|droit refusé pour|нет доступа к/],
  ['pool', /could not obtain a connection from the pool|all pooled connections were in use|[Tt]oo many connections|remaining connection slots are reserved/],
  ['connection', /connection to server at "([^"\n]{1,200})"|could not translate host name "([^"\n]{1,200})"|Can't connect to (?:local )?MySQL server(?: on '([^'\n]{1,200})')?|Unknown MySQL server host '([^'\n]{1,200})'|could not connect to server|Connection refused|[Cc]onnection timed out|server closed the connection unexpectedly|Lost connection to MySQL server|MySQL server has gone away|SSL connection has been closed unexpectedly|No such file or directory[^\n]{0,80}socket|There is an issue connecting|PQconsumeInput|PQsocket/],
  ['lock', /deadlock detected|Deadlock found when trying to get lock|Lock wait timeout exceeded|database is locked|canceling statement due to (?:statement|lock) timeout|could not obtain lock|could not serialize access/],
  ['syntax', /syntax error at or near "([^"\n]{1,120})"|syntax error at end of input|You have an error in your SQL syntax|near "([^"\n]{1,60})": syntax error|Syntaxfehler bei [»"]([^«"\n]{1,60})|erreur de syntaxe sur ou près de « ?([^»\n]{1,60}?) ?»|ошибка синтаксиса \(примерное положение: "([^"\n]{1,60})"\)|语法错误 在 "([^"\n]{1,60})"/],
  ['value', /invalid input syntax for (?:type )?(\w{1,40})|value too long for type ([\w ()]{1,60})|out of range|Incorrect (?:integer|string|decimal|datetime|date) value|Data too long for column '([^'\n]{1,120})'|invalid byte sequence for encoding|Out of range value for column '([^'\n]{1,120})'/],
];

/** Driver and Active Record/Sequel class names that say what went wrong without reading the message. */
const DB_CLASSES: Readonly<Record<string, DbKind>> = {
  UndefinedTable: 'table', UndefinedColumn: 'column', UndefinedFunction: 'function', UniqueViolation: 'unique',
  RecordNotUnique: 'unique', UniqueConstraintViolation: 'unique', NotNullViolation: 'not-null',
  NotNullConstraintViolation: 'not-null', ForeignKeyViolation: 'foreign-key', InvalidForeignKey: 'foreign-key',
  ForeignKeyConstraintViolation: 'foreign-key', SyntaxError: 'syntax', InvalidPassword: 'auth',
  InvalidAuthorizationSpecification: 'auth', InsufficientPrivilege: 'permission', InvalidCatalogName: 'no-database',
  NoDatabaseError: 'no-database', ConnectionBad: 'connection', UnableToSend: 'connection',
  ConnectionNotEstablished: 'connection', DatabaseConnectionError: 'connection', ConnectionFailed: 'connection',
  DatabaseDisconnectError: 'connection', ConnectionError: 'connection', CantOpenException: 'connection',
  ConnectionTimeoutError: 'pool', ExclusiveConnectionTimeoutError: 'pool', PoolTimeout: 'pool', TooManyConnections: 'pool',
  TRDeadlockDetected: 'lock', Deadlocked: 'lock', LockNotAvailable: 'lock', LockWaitTimeout: 'lock', QueryCanceled: 'lock',
  BusyException: 'lock', SerializationFailure: 'lock', StatementTimeout: 'lock', InvalidTextRepresentation: 'value',
  StringDataRightTruncation: 'value', NumericValueOutOfRange: 'value', ValueTooLong: 'value', RangeError: 'value',
  InvalidDatetimeFormat: 'value', DatatypeMismatch: 'value', CharacterNotInRepertoire: 'value',
};

const DRIVER_CLASS = /\b(?:PG|Mysql2|SQLite3|Trilogy)::([A-Z]\w{0,60})/;

function firstGroup(m: RegExpExecArray): string | undefined {
  for (let i = 1; i < m.length; i++) if (m[i]) return m[i].trim();
  return undefined;
}

/** What a database error reported through Ruby is about, from its classes and its message. */
function dbIssue(c: Readonly<Record<string, string>>): DbIssue {
  // Ruby's uncaught-exception line puts the raising frame before the message.
  const message = (c.message ?? '').replace(/^\S{0,300}:\d{1,7}:in [`'][^'`]{0,200}['`]: /, '');
  const issue: DbIssue = { kind: 'other' };
  for (const [kind, re] of DB_MESSAGES) {
    const m = re.exec(message);
    if (m) {
      issue.kind = kind;
      issue.subject = firstGroup(m);
      break;
    }
  }
  if (issue.kind === 'other') {
    const inner = c.dbclass ?? DRIVER_CLASS.exec(message)?.[1];
    const names = [inner, c.wrapper?.split('::').pop()];
    for (const name of names) {
      const kind = name ? DB_CLASSES[name.split('::')[0]] : undefined;
      if (kind) {
        issue.kind = kind;
        break;
      }
    }
  }
  if (issue.kind === 'column') issue.table = /of relation "([^"\n]{1,120})"/.exec(message)?.[1] ?? issue.subject?.split('.').slice(-2, -1)[0];
  if (issue.kind === 'connection' || issue.kind === 'pool') {
    issue.host = issue.subject ?? /host "([^"\n]{1,200})"|on '([^'\n]{1,200})'/.exec(message)?.slice(1).find(Boolean);
    issue.port = /port (\d{1,5})/.exec(message)?.[1];
  }
  return issue;
}

const DB_SUMMARY: Readonly<Record<DbKind, (s: string) => string>> = {
  table: (s) => `the table ${s || 'it queries'} does not exist in the database the app is connected to`,
  column: (s) => `the column ${s || 'it uses'} does not exist`,
  function: (s) => `the database function ${s || 'it calls'} does not exist (or not with these argument types)`,
  unique: (s) => `a row would duplicate a unique value${s ? ` (${s})` : ''}`,
  'not-null': (s) => `a required column${s ? ` (${s})` : ''} received NULL`,
  'foreign-key': (s) => `a row would point to a parent that does not exist, or a parent still has children${s ? ` (${s})` : ''}`,
  syntax: (s) => `the SQL statement has a syntax error${s ? ` near ${s}` : ''}`,
  auth: (s) => `the database refused the login${s ? ` of user ${s}` : ''}`,
  permission: (s) => `the database user lacks a privilege${s ? ` on ${s}` : ''}`,
  'no-database': (s) => `the database ${s || 'configured for this environment'} does not exist`,
  connection: (s) => `the app could not reach the database server${s ? ` at ${s}` : ''}`,
  lock: () => 'the statement was stopped by a lock conflict, deadlock or timeout',
  pool: () => 'the app ran out of database connections',
  value: (s) => `a value does not fit its column type${s ? ` (${s})` : ''}`,
  other: () => 'the database rejected the statement',
};

const DB_CAUSES: Readonly<Record<DbKind, readonly string[]>> = {
  table: [
    'Migrations were not run for this environment (development, test or production database)',
    'The app points at another database than the one you migrated (DATABASE_URL, RAILS_ENV, config/database.yml)',
    'The table name differs from what the model infers (self.table_name, plural/singular, a prefix or schema)',
    'A migration or schema.rb/structure.sql was edited or deleted, so the schema no longer matches the code',
  ],
  column: [
    'A migration that adds the column was not run in this environment',
    'Typo in a where/order/select, or a column of another table used without joining it',
    'A long-running process (server, Sidekiq) cached the old schema: restart it after migrating',
  ],
  function: ['The extension or migration that creates the function was not applied', 'The argument types do not match: cast them explicitly'],
  unique: [
    'Two requests or jobs created the same record at once (a uniqueness validation alone cannot prevent this race)',
    'The primary-key sequence is behind the data after an import or a restore',
    'Seeds or fixtures insert a record that already exists',
  ],
  'not-null': ['The attribute is not set before save and the column is NOT NULL without a default', 'An association (belongs_to) is nil, so its foreign key is NULL', 'A migration added a NOT NULL column to a table that already has rows'],
  'foreign-key': ['The referenced parent row does not exist (wrong id, created in another transaction)', 'A parent is deleted while children still reference it (no dependent: option)', 'Fixtures or seeds are loaded in the wrong order'],
  syntax: ['A raw SQL fragment (where("..."), find_by_sql, order) is malformed or uses a reserved word', 'SQL written for another database (MySQL backticks on PostgreSQL, or the reverse)', 'String interpolation produced broken SQL: use bind parameters'],
  auth: ['Wrong username or password in config/database.yml or DATABASE_URL', 'The role does not exist on this server', 'pg_hba.conf / MySQL grants do not allow this user from this host'],
  permission: ['The app connects with a user that does not own or was not granted access to the object', 'Tables were created by another user (e.g. postgres) than the app user'],
  'no-database': ['The database was never created on this server', 'The database name in config/database.yml or DATABASE_URL is wrong for this environment'],
  connection: [
    'The database server is not running, or listens on another host/port/socket',
    'Inside Docker, localhost is the container itself: use the database service name as host',
    'DATABASE_URL or config/database.yml points to the wrong host, or DNS cannot resolve it',
    'A firewall, SSL setting or server limit drops the connection',
  ],
  lock: ['Two transactions update the same rows in a different order (deadlock)', 'A long transaction or migration holds a lock others wait for', 'A statement timeout is shorter than the query needs'],
  pool: ['More threads (Puma threads, Sidekiq concurrency) than connections in the pool', 'Connections are checked out and not returned (threads spawned without with_connection)', 'The database server limit (max_connections) is reached'],
  value: ['A value from params or an import is not of the column type', 'A string is longer than the column limit', 'A number exceeds the integer range'],
  other: ['Read the database message after the driver class: it names the problem and often the object', 'The SQL that failed is printed after the message'],
};

/** Fixes per kind, naming what the message names. */
function dbFixes(issue: DbIssue, className: string): { title: string; steps: string[]; code: string | null }[] {
  const s = issue.subject;
  const rescue = { title: `Handle ${className} where it is expected`, steps: [`Rescue ${className} only where the failure is a normal outcome, and report it otherwise`], code: null };
  switch (issue.kind) {
    case 'table':
      return [
        {
          title: `Create the table${s ? ` ${s}` : ''} by running the migrations`,
          steps: ['Check which migrations are pending in this environment', 'Run them (and prepare the test database for specs)', `If no migration creates ${s ?? 'the table'}, generate one or fix the model's table_name`],
          code: `bin/rails db:migrate:status\nbin/rails db:migrate\nRAILS_ENV=test bin/rails db:prepare\nbin/rails runner 'p ActiveRecord::Base.connection.table_exists?("${(s ?? 'users').split('.').pop()}")'`,
        },
        { title: 'Check which database the app uses', steps: ['Print the connection config of this environment', 'Compare DATABASE_URL / config/database.yml with the database you migrated'], code: 'bin/rails runner "p ActiveRecord::Base.connection_db_config.configuration_hash"' },
      ];
    case 'column': {
      const col = (s ?? 'name').split('.').pop() ?? 'name';
      const table = issue.table ?? 'users';
      return [
        {
          title: `Add or rename the column ${s ?? ''}`.trim(),
          steps: ['Run pending migrations; if none adds the column, generate one', 'Check the spelling in the query and which table it belongs to', 'Restart the server and workers after migrating (they cache column information)'],
          code: `bin/rails db:migrate:status\nbin/rails generate migration Add${camel(col)}To${camel(table)} ${col}:string\nbin/rails db:migrate`,
        },
      ];
    }
    case 'function':
      return [{ title: `Create ${s ?? 'the function'} or cast its arguments`, steps: ['Enable the extension or run the migration that defines it', 'Cast arguments to the types of an existing overload'], code: `# in a migration\nenable_extension "pg_trgm"\n# check what exists\nbin/rails dbconsole   # then \\df ${(s ?? 'name').split('(')[0]}` }];
    case 'unique':
      return [
        {
          title: 'Make duplicates impossible and handle the race',
          steps: [`Back the uniqueness validation with a unique index${s ? ` (${s})` : ''}`, 'Use create_or_find_by / find_or_create_by, or rescue ActiveRecord::RecordNotUnique and retry', 'After imports, reset the primary-key sequence'],
          code: `User.create_or_find_by(email: email)\n\nbegin\n  record.save!\nrescue ActiveRecord::RecordNotUnique\n  # already there: load it instead\nend\n\nActiveRecord::Base.connection.reset_pk_sequence!("${(s ?? 'users_pkey').replace(/_pkey$/, '')}")`,
        },
      ];
    case 'not-null':
      return [{ title: `Give ${s ?? 'the column'} a value`, steps: ['Set the attribute before saving, or validate its presence so the error is readable', 'Give the column a default, or make it nullable if NULL is valid'], code: `validates :${(s ?? 'name').split('.').pop()}, presence: true\n\n# or in a migration\nchange_column_default :${(s ?? 'table.name').includes('.') ? (s ?? '').split('.')[0] : 'table_name'}, :${(s ?? 'name').split('.').pop()}, from: nil, to: ""` }];
    case 'foreign-key':
      return [{ title: `Keep the reference${s ? ` ${s}` : ''} valid`, steps: ['Create (and commit) the parent before the child', 'Declare dependent: :destroy or :nullify on the parent association, or delete children first'], code: 'has_many :comments, dependent: :destroy\n\nparent = Post.find(post_id)   # fails early if it does not exist\nparent.comments.create!(body: body)' }];
    case 'syntax':
      return [{ title: `Fix the SQL${s ? ` near ${s}` : ''}`, steps: ['Print the SQL the relation generates and run it in the database console', 'Use bind parameters instead of string interpolation; quote reserved words'], code: 'puts relation.to_sql\nUser.where("name = ?", name)   # not where("name = #{name}")' }];
    case 'auth':
      return [{ title: `Fix the credentials${s ? ` of ${s}` : ''}`, steps: ['Check username/password in config/database.yml or DATABASE_URL for this environment', 'Try the same login with psql/mysql', 'Create the role or reset its password if needed'], code: `psql -h localhost -U ${s ?? 'app'} -d postgres\n# as a superuser\nALTER ROLE ${s ?? 'app'} WITH LOGIN PASSWORD 'secret';` }];
    case 'permission':
      return [{ title: `Grant the app user access${s ? ` to ${s}` : ''}`, steps: ['Connect as the owner and grant the privileges the app needs', 'Make the app user own the tables it migrates'], code: `GRANT SELECT, INSERT, UPDATE, DELETE ON ${s ?? 'ALL TABLES IN SCHEMA public'} TO app;` }];
    case 'no-database':
      return [{ title: `Create the database${s ? ` ${s}` : ''}`, steps: ['Create it for this environment, then load the schema', 'Or fix the database name in config/database.yml / DATABASE_URL'], code: `bin/rails db:create\nbin/rails db:prepare\n# or by hand\ncreatedb ${s ?? 'app_development'}` }];
    case 'connection':
      return [
        {
          title: `Check that the database server is reachable${issue.host ? ` at ${issue.host}` : ''}${issue.port ? ` on port ${issue.port}` : ''}`,
          steps: ['Start the server (or its container) and check the host, port and socket the app uses', 'In docker compose, use the database service name as host, not localhost'],
          code: `pg_isready -h ${issue.host ?? 'localhost'} -p ${issue.port ?? '5432'}\ndocker compose ps\n# config/database.yml / DATABASE_URL\nDATABASE_URL=postgres://app:secret@db:5432/app_development`,
        },
      ];
    case 'lock':
      return [{ title: 'Shorten transactions and retry', steps: ['Keep transactions short and update rows in a consistent order', 'Retry the operation on deadlock / lock timeout', 'Run long migrations outside peak traffic (or concurrently)'], code: 'ActiveRecord::Base.transaction do\n  Account.lock.where(id: ids.sort).each(&:touch)\nend' }];
    case 'pool':
      return [{ title: 'Size the pool to the threads that use it', steps: ['Set pool in config/database.yml to at least RAILS_MAX_THREADS (Puma) or Sidekiq concurrency', 'Wrap connections used in your own threads in with_connection'], code: 'production:\n  pool: <%= ENV.fetch("RAILS_MAX_THREADS", 5) %>\n\nActiveRecord::Base.connection_pool.with_connection { User.count }' }];
    case 'value':
      return [{ title: `Validate or convert the value${s ? ` (${s})` : ''}`, steps: ['Validate type and length in the model before saving', 'Widen the column if the data is legitimately larger'], code: 'validates :name, length: { maximum: 255 }\nvalidates :quantity, numericality: { only_integer: true }' }];
    default:
      return [{ title: 'Read the database message and the SQL', steps: ['The text after the driver class is the server message; the statement follows it', 'Run the SQL in bin/rails dbconsole to reproduce it'], code: 'bin/rails dbconsole' }, rescue];
  }
}

/** Whether a Ruby syntax error is about a missing `end` (rather than one too many). */
function missingEnd(c: Readonly<Record<string, string>>): boolean {
  return c.construct !== undefined || c.token === 'end-of-input' || c.token === '$end' || (c.unmatched ?? '').startsWith('Unmatched keyword') || (c.unmatched ?? '').startsWith('missing');
}

function camel(s: string): string {
  return s.replace(/(?:^|_)([a-z\d])/g, (_m, ch: string) => ch.toUpperCase()).replace(/\W/g, '');
}

const DB_REFERENCES = [
  { title: 'Rails API: ActiveRecord::StatementInvalid', url: 'https://api.rubyonrails.org/classes/ActiveRecord/StatementInvalid.html' },
  { title: 'Rails guides: Active Record Migrations', url: 'https://guides.rubyonrails.org/active_record_migrations.html' },
  { title: 'ruby-pg: PG::Error and its subclasses', url: 'https://deveiate.org/code/pg/PG/Error.html' },
];

/** Active Record and Sequel classes that wrap a database error. */
const AR_DB_CLASSES =
  'ActiveRecord::(?:StatementInvalid|RecordNotUnique|NotNullViolation|InvalidForeignKey|MismatchedForeignKey|ValueTooLong|RangeError|Deadlocked|LockWaitTimeout|QueryCanceled|QueryAborted|StatementTimeout|SerializationFailure|TransactionRollbackError|NoDatabaseError|DatabaseAlreadyExists|ConnectionNotEstablished|DatabaseConnectionError|ConnectionFailed|ConnectionTimeoutError|ExclusiveConnectionTimeoutError|AdapterNotSpecified|ReadOnlyError|PreparedStatementCacheExpired)' +
  '|Sequel::(?:DatabaseError|DatabaseConnectionError|DatabaseDisconnectError|UniqueConstraintViolation|NotNullConstraintViolation|ForeignKeyConstraintViolation|CheckConstraintViolation|SerializationFailure|PoolTimeout)';

export const RUBY_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'ruby.no-method-nil',
    language: 'ruby',
    match: /undefined method ?(?:[`']|&#39;)(?<method>[^'`\s&]{1,200})(?:[`']|&#39;) for [`]?(?:nil:NilClass|nil\b)/,
    errorType: 'NoMethodError',
    category: 'null',
    priority: 30,
    summary: (c) => `Ruby called \`${c.method ?? 'a method'}\` on nil: the value you expected is missing.`,
    explanation: (c) =>
      `The receiver of \`${c.method ?? 'the method'}\` is nil, and nil (NilClass) has no such method. ` +
      'Something earlier returned nil instead of an object: a variable that was never assigned, a hash key that is absent, ' +
      'a `find_by` or `first` that found no record, or an instance variable the view expected the controller to set. ' +
      'The line in the first stack frame is where the nil was used, not where it came from.',
    causes: [
      'A lookup returned nil (find_by, first, Hash#[], ENV[], an association that is not set)',
      'An instance variable (@user) was never assigned in this action or is misspelled',
      'A method returned early without a value (implicit nil)',
      'Data is missing in this environment (empty database, missing params)',
    ],
    fixes: (c) => [
      {
        title: 'Find where the nil comes from',
        steps: [
          'Open the first frame of the backtrace that is in your code',
          `Look at the expression before \`.${c.method ?? 'method'}\` and trace back where it is assigned`,
          'Check whether the lookup can legitimately find nothing',
        ],
        code: null,
      },
      {
        title: 'Handle the missing value explicitly',
        steps: [
          'Use the safe navigation operator when nil is acceptable',
          'Use find / fetch / find_by! so a missing value fails loudly at its source',
        ],
        code: `user&.${c.method ?? 'name'}          # nil instead of NoMethodError\nUser.find_by!(email: email)   # raises RecordNotFound at the source\nparams.fetch(:user)           # raises KeyError naming the key`,
      },
    ],
    references: [
      { title: 'Ruby: NoMethodError', url: `${RUBY_DOC}/NoMethodError.html` },
      { title: 'Ruby: NilClass', url: `${RUBY_DOC}/NilClass.html` },
    ],
    samples: [
      "app/models/user.rb:12:in `full_name': undefined method `upcase' for nil:NilClass (NoMethodError)\n\tfrom app/models/user.rb:20:in `display'\n\tfrom main.rb:4:in `<main>'",
      "NoMethodError: undefined method 'title' for nil\n  app/views/posts/show.html.erb:3",
      "ActionView::Template::Error (undefined method `name' for nil):\n    1: <h1><%= @project.name %></h1>",
    ],
  },
  {
    id: 'ruby.no-method',
    language: 'ruby',
    match: /(?:undefined|private|protected) method ?(?:[`']|&#39;)(?<method>[^'`\s&]{1,200})(?:[`']|&#39;) (?:for|called for) [`]?(?:an instance of |#<)?(?<receiver>[^\s()>`]{1,200})/,
    errorType: 'NoMethodError',
    category: 'name',
    priority: 20,
    summary: (c) => `\`${c.receiver ?? 'The object'}\` has no method \`${c.method ?? '?'}\`.`,
    explanation: (c) =>
      `Ruby looked up \`${c.method ?? 'the method'}\` on an object of type ${c.receiver ?? 'unknown'} and found nothing, ` +
      'neither in its class nor in any module or superclass. Either the name is misspelled, the object is of a different ' +
      'type than you think, or the method is private/defined in a module that was not included.',
    causes: [
      'The method name is misspelled or was renamed',
      'The object is of another class than expected (e.g. an Array instead of a single record)',
      'The method is private or protected and is called with an explicit receiver',
      'A gem or module that defines the method is not loaded/included',
    ],
    fixes: (c) => [
      {
        title: 'Inspect the receiver',
        steps: [
          'Print the class and available methods of the object just before the call',
          'Compare with the method name you call',
        ],
        code: `p obj.class\np obj.respond_to?(:${c.method ?? 'method_name'})\np obj.methods.grep(/${(c.method ?? 'name').replace(/[^\w]/g, '')}/)`,
      },
      {
        title: 'Call it on the right object',
        steps: [
          'If you have a collection, iterate (each/map) or pick one element (first)',
          'If the method lives in a module, include or extend that module',
        ],
        code: null,
      },
    ],
    references: [{ title: 'Ruby: NoMethodError', url: `${RUBY_DOC}/NoMethodError.html` }],
    samples: [
      "app/services/report.rb:8:in `call': undefined method `total_price' for an instance of Order (NoMethodError)",
      "undefined method `each' for #<User id: 3, email: \"a@b.c\"> (NoMethodError)",
      "main.rb:2:in `<main>': undefined method `lenght' for \"hello\":String (NoMethodError)",
    ],
  },
  {
    id: 'ruby.uninitialized-constant',
    language: 'ruby',
    match: /uninitialized constant (?<constant>[A-Z][\w:]{0,300})/,
    errorType: 'NameError',
    category: 'name',
    priority: 25,
    summary: (c) => `Ruby does not know the constant ${c.constant ?? ''}.`,
    explanation: (c) =>
      `The class or module ${c.constant ?? ''} was referenced but never defined or loaded. In plain Ruby the file that ` +
      'defines it was not required; in Rails the autoloader (Zeitwerk) could not find a file whose path matches the constant name, ' +
      'or the gem that provides it is not in the Gemfile.',
    causes: [
      'Typo in the class or module name, or wrong namespace (Admin::User vs User)',
      'The file is not required (plain Ruby) or its path/name does not match the constant (Rails autoloading)',
      'The gem that defines the constant is missing from the Gemfile or from this Bundler group',
      'The code runs before the constant is loaded (e.g. in an initializer)',
    ],
    fixes: (c) => [
      {
        title: 'Check name and file location',
        steps: [
          `Search the project for "class ${(c.constant ?? 'Name').split('::').pop()}" or "module ${(c.constant ?? 'Name').split('::').pop()}"`,
          'In Rails, Foo::BarBaz must live in a file named foo/bar_baz.rb under an autoload path (app/models, app/services, …)',
          'Run bin/rails zeitwerk:check to list files that do not define the expected constant',
        ],
        code: 'bin/rails zeitwerk:check',
      },
      {
        title: 'Load the code that defines it',
        steps: ['In plain Ruby, require or require_relative the file', 'If it comes from a gem, add it to the Gemfile and run bundle install'],
        code: "require_relative 'lib/my_class'",
      },
    ],
    references: [
      { title: 'Ruby: NameError', url: `${RUBY_DOC}/NameError.html` },
      { title: 'Rails guides: Autoloading and Reloading Constants', url: 'https://guides.rubyonrails.org/autoloading_and_reloading_constants.html' },
    ],
    samples: [
      "app/controllers/users_controller.rb:5:in `index': uninitialized constant UsersController::Usr (NameError)",
      'NameError: uninitialized constant Sidekiq\n  config/initializers/sidekiq.rb:1:in `<main>\'',
    ],
  },
  {
    id: 'ruby.undefined-local-variable',
    language: 'ruby',
    match: /undefined local variable or method [`'](?<name>[^'`\s]{1,200})' for/,
    errorType: 'NameError',
    category: 'name',
    priority: 25,
    summary: (c) => `\`${c.name ?? 'The name'}\` is neither a local variable nor a method here.`,
    explanation: (c) =>
      `Ruby read the bare word \`${c.name ?? ''}\` and could find neither a local variable assigned earlier in this scope nor a method ` +
      'with that name on self. Local variables do not cross method (def) boundaries, and blocks only see variables defined before them.',
    causes: [
      'Typo in a variable or method name',
      'The variable is defined in another method or after this line',
      'A helper method is defined in another class/module (e.g. a view helper not included)',
      'An instance variable was meant (@name instead of name)',
    ],
    fixes: (c) => [
      {
        title: `Define or pass ${c.name ?? 'the value'}`,
        steps: [
          `Check the spelling of ${c.name ?? 'the name'} against where you assign it`,
          'Pass the value as a method argument or store it in an instance variable',
          'If it is a helper, define it in the right helper module or include that module',
        ],
        code: null,
      },
    ],
    references: [{ title: 'Ruby: NameError', url: `${RUBY_DOC}/NameError.html` }],
    samples: ["script.rb:7:in `total': undefined local variable or method `pirce' for main:Object (NameError)"],
  },
  {
    id: 'ruby.wrong-number-of-arguments',
    language: 'ruby',
    match: /wrong number of arguments ?\((?:given (?<given>\d{1,4}), expected (?<expected>[^)\n]{1,40})|(?<given2>\d{1,4}) for (?<expected2>[^)\n]{1,20}))\)/,
    errorType: 'ArgumentError',
    category: 'type',
    priority: 25,
    summary: (c) => `A method was called with ${c.given ?? c.given2 ?? 'the wrong number of'} argument(s) but expects ${c.expected ?? c.expected2 ?? 'a different number'}.`,
    explanation: (c) =>
      `Ruby checks arity when a method is called: this call passed ${c.given ?? c.given2 ?? '?'} positional argument(s), ` +
      `while the method's signature accepts ${c.expected ?? c.expected2 ?? '?'}. The frame at the top of the backtrace is the method that was called; ` +
      'the next frame is the caller that passed the wrong arguments. With Ruby 3, a hash passed where keyword arguments are expected also counts as a positional argument.',
    causes: [
      'The method signature changed and a caller was not updated',
      'Ruby 3 keyword-argument separation: a Hash is passed positionally to a method that takes keywords',
      'A block/proc/lambda is called with a different number of values (lambdas are strict)',
      'Overriding initialize or a framework method with a different signature',
    ],
    fixes: [
      {
        title: 'Align the call with the signature',
        steps: [
          'Open the method at the top frame and read its parameter list',
          'Fix the caller (second frame) to pass the expected arguments',
          'For keyword arguments, use ** to splat a hash',
        ],
        code: 'def notify(user, message:, urgent: false); end\n\nopts = { message: "hi" }\nnotify(user, **opts)   # not notify(user, opts)',
      },
    ],
    references: [
      { title: 'Ruby: ArgumentError', url: `${RUBY_DOC}/ArgumentError.html` },
      { title: 'Ruby: method definition syntax', url: `${RUBY_DOC}/syntax/methods_rdoc.html` },
    ],
    samples: [
      "app/models/invoice.rb:14:in `initialize': wrong number of arguments (given 1, expected 2) (ArgumentError)\n\tfrom app/services/billing.rb:9:in `new'",
      'ArgumentError: wrong number of arguments (given 2, expected 1; required keyword: message)',
    ],
  },
  {
    id: 'ruby.no-implicit-conversion',
    language: 'ruby',
    match: /no implicit conversion (?:of|from) (?<from>\w{1,100}) (?:into|to) (?<to>\w{1,100})/,
    errorType: 'TypeError',
    category: 'type',
    priority: 25,
    summary: (c) => `Ruby will not automatically turn ${c.from ?? 'this value'} into ${c.to ?? 'the needed type'}.`,
    explanation: (c) =>
      `An operation needed a ${c.to ?? 'value of another type'} and got ${c.from ?? 'something else'}. Ruby only converts implicitly ` +
      'between types that declare it (to_str, to_ary, to_int); it never turns an Integer or nil into a String for you. ' +
      'Typical cases: "Total: " + 5, array[nil], or a nil where a String was required.',
    causes: [
      'Concatenating a String with a number or nil using +',
      'Indexing an Array with a String/nil, or a Hash lookup result used as an index',
      'A method returned nil where a String/Integer was expected',
    ],
    fixes: [
      {
        title: 'Convert explicitly or interpolate',
        steps: ['Use string interpolation or call to_s / to_i explicitly', 'If the value is nil, find out why (see where it is assigned)'],
        code: '"Total: #{total}"        # instead of "Total: " + total\nitems[index.to_i]\nname.to_s + suffix',
      },
    ],
    references: [{ title: 'Ruby: TypeError', url: `${RUBY_DOC}/TypeError.html` }],
    samples: [
      "app.rb:3:in `+': no implicit conversion of Integer into String (TypeError)\n\tfrom app.rb:3:in `<main>'",
      "lib/report.rb:22:in `[]': no implicit conversion from nil to integer (TypeError)",
    ],
  },
  {
    id: 'ruby.cannot-be-coerced',
    language: 'ruby',
    match: /\b(?<from>[A-Za-z]\w{0,99}) can't be coerced into (?<to>\w{1,100})/,
    errorType: 'TypeError',
    category: 'type',
    priority: 25,
    summary: (c) => `Arithmetic between ${c.to ?? 'a number'} and ${c.from ?? 'another type'} is not possible.`,
    explanation: (c) =>
      `A numeric operator (+, -, *, /) received ${c.from === 'nil' ? 'nil' : `a ${c.from ?? 'value'}`} on its right-hand side. ` +
      `${c.to ?? 'The number'} tried to coerce it and failed. ${c.from === 'nil' ? 'The operand is missing: a variable or attribute is nil.' : 'Values read from input, params or CSV are Strings until you convert them.'}`,
    causes: [
      'A value from params, ENV, a CSV or JSON is still a String',
      'An attribute or variable is nil (missing data)',
      'Summing a collection that contains nil or String elements',
    ],
    fixes: [
      {
        title: 'Convert or default the operand',
        steps: ['Convert strings with to_i / to_f / BigDecimal', 'Default nil with || 0 or compact the collection first'],
        code: 'total = price.to_f * quantity.to_i\nsum = values.compact.sum',
      },
    ],
    references: [{ title: 'Ruby: TypeError', url: `${RUBY_DOC}/TypeError.html` }],
    samples: [
      "cart.rb:9:in `+': String can't be coerced into Integer (TypeError)",
      "app/models/order.rb:31:in `*': nil can't be coerced into Float (TypeError)",
    ],
  },
  {
    id: 'ruby.load-error',
    language: 'ruby',
    match: /cannot load such file -- (?<file>[^\s()]{1,300})/,
    errorType: 'LoadError',
    category: 'dependency',
    priority: 25,
    summary: (c) => `Ruby cannot find '${c.file ?? 'the file'}' to require.`,
    explanation: (c) =>
      `require '${c.file ?? ''}' searched the load path ($LOAD_PATH) and the installed gems and found nothing. ` +
      'Either the gem is not installed for this Ruby, the script is not run through Bundler, or the path is relative to the wrong directory ' +
      '(require looks in the load path; require_relative looks next to the current file).',
    causes: [
      'The gem is not installed, or installed for another Ruby version/gemset',
      'The script is run without bundle exec, so Gemfile gems are not on the load path',
      'A local file is required with require instead of require_relative',
      'Since Ruby 3.x some default gems were removed from the standard library (e.g. net-smtp, matrix, webrick)',
    ],
    fixes: (c) => [
      {
        title: 'Install the gem through Bundler',
        steps: ['Add the gem to the Gemfile', 'Run bundle install', 'Run your command with bundle exec'],
        code: `bundle add ${(c.file ?? 'gem-name').split('/')[0]}\nbundle exec ruby script.rb`,
      },
      {
        title: 'Require a local file correctly',
        steps: ['Use require_relative for files in your project'],
        code: `require_relative '${c.file ?? 'lib/helper'}'`,
      },
    ],
    references: [
      { title: 'Ruby: LoadError', url: `${RUBY_DOC}/LoadError.html` },
      { title: 'Bundler: bundle exec', url: 'https://bundler.io/man/bundle-exec.1.html' },
    ],
    samples: [
      "<internal:/usr/lib/ruby/3.2.0/rubygems/core_ext/kernel_require.rb>:85:in `require': cannot load such file -- nokogiri (LoadError)",
      "/app/lib/tasks/mailer.rb:1:in `require': cannot load such file -- net/smtp (LoadError)",
    ],
  },
  {
    id: 'ruby.bundler-gem-not-found',
    language: 'ruby',
    match:
      /Could not find (?:gem )?'?(?<gem>[A-Za-z][\w.]{0,60}(?:-(?!\d)[\w.]{1,60}){0,6})(?:-(?<version>\d[\w.-]{0,60}))?(?=[\s',(])(?: \((?<requirement>[^)\n]{1,60})\))?(?: [\w-]{1,40})?'?[^\n]{0,200}?(?:in (?:any of the (?:gem )?sources|locally installed gems|rubygems repository|the gems available)|installed locally)|Your bundle is locked to (?<gem2>[\w.-]{1,150}) \((?<version2>[^)\n]{1,60})\)[^\n]{0,300}?but that version (?:can no longer be found|could not be found)/,
    errorType: 'Bundler::GemNotFound',
    category: 'dependency',
    priority: 30,
    summary: (c) => `Bundler cannot find the gem ${c.gem ?? c.gem2 ?? ''}${c.version ?? c.version2 ? ` ${c.version ?? c.version2}` : ''}${c.requirement ? ` (${c.requirement})` : ''}.`,
    explanation: (c) =>
      `The Gemfile.lock (or Gemfile) requires ${c.gem ?? c.gem2 ?? 'a gem'}${c.version ?? c.version2 ? ` ${c.version ?? c.version2}` : ''}${c.requirement ? ` ${c.requirement}` : ''}, but that exact version is not installed ` +
      'for the Ruby that is running, and Bundler was not allowed or able to download it. This often happens after switching Ruby versions, ' +
      'in a Docker image built before the lockfile changed, or when the lockfile lists a platform-specific version for another platform.',
    causes: [
      'bundle install was not run after the Gemfile/Gemfile.lock changed',
      'A different Ruby version or gem path is active (rbenv/rvm/asdf, Docker layer)',
      'The lockfile pins a platform-specific gem (e.g. nokogiri-x86_64-linux) for another platform',
      'The gem name or version does not exist on the configured source',
    ],
    fixes: (c) => {
      const gem = c.gem ?? c.gem2 ?? 'gem-name';
      const version = c.version ?? c.version2;
      return [
        {
          title: `Install ${gem}${version ? ` ${version}` : ''} for this Ruby`,
          steps: [
            'Run bundle install with the same Ruby that runs the app, then run the app through bundle exec',
            c.requirement ? `The Gemfile asks for ${gem} ${c.requirement}: check that such a version exists on the gem source` : `If ${gem}${version ? ` ${version}` : ''} was yanked or is no longer on the source, update it`,
          ],
          code: `ruby -v\nbundle install\n${version ? `gem install ${gem} -v '${version.replace(/-(?:x86|arm|aarch|universal|java|x64).*$/, '')}'\n` : ''}bundle update ${gem} --conservative`,
        },
        {
          title: 'Fix a platform mismatch',
          steps: ['Add the current platform to the lockfile', 'Commit the updated Gemfile.lock'],
          code: 'bundle lock --add-platform x86_64-linux\nbundle install',
        },
      ];
    },
    references: [
      { title: 'Bundler: bundle install', url: 'https://bundler.io/man/bundle-install.1.html' },
      { title: 'Bundler: bundle lock', url: 'https://bundler.io/man/bundle-lock.1.html' },
    ],
    samples: [
      'Could not find rake-13.0.6 in any of the sources\nRun `bundle install` to install missing gems.',
      "Bundler::GemNotFound: Could not find gem 'rails (~> 7.1.0)' in locally installed gems.",
      "/usr/local/lib/ruby/3.2.0/bundler/spec_set.rb:98:in `block in materialize': Could not find nokogiri-1.15.4-x86_64-linux in locally installed gems (Bundler::GemNotFound)",
      "X:/Ruby/2.6.2/x64/lib/ruby/gems/2.6.0/gems/bundler-2.2.1/lib/bundler/resolver.rb:307:in `block in verify_gemfile_dependencies_are_found!': Could not find gem 'dependabot-omnibus (~> 0.111.5) x64-mingw32' in any of the gem sources listed in your Gemfile. (Bundler::GemNotFound)",
      'Your bundle is locked to mimemagic (0.3.5) from rubygems repository https://rubygems.org/ or installed locally, but that version can no longer be found in that source. That means the author of mimemagic (0.3.5) has removed it.',
    ],
  },
  {
    id: 'ruby.ar-record-not-found',
    language: 'ruby',
    match: /Couldn't find (?:all )?(?<model>[A-Z][\w:]{0,150})(?: with '?(?<column>\w{1,100})'? ?=(?<value>[^\s)]{1,100}))?|(?<![\w:])ActiveRecord::RecordNotFound\b/,
    errorType: 'ActiveRecord::RecordNotFound',
    category: 'database',
    priority: 30,
    summary: (c) =>
      `No ${c.model ?? 'record'} was found${c.column ? ` with ${c.column} = ${c.value ?? '?'}` : ''}.`,
    explanation: (c) =>
      `A finder that raises on a miss (find, find_by!, first!) looked up ${c.model ?? 'a record'}${c.column ? ` by ${c.column}=${c.value ?? ''}` : ''} and the query returned no row. ` +
      'In a controller Rails turns this into a 404 response in production; in development you see the exception. ' +
      'The record may have been deleted, belong to another tenant/scope, or the id in the URL/params is wrong.',
    causes: [
      'The id in the URL or params does not exist (deleted record, stale link, wrong environment)',
      'A default scope or a scoped association (current_user.posts.find) excludes the record',
      'The record was created in another transaction that is not committed/visible yet (e.g. a background job enqueued inside a transaction)',
    ],
    fixes: (c) => [
      {
        title: `Decide what a missing ${c.model ?? 'record'} means`,
        steps: [
          'If a miss is expected, use find_by and handle nil',
          'If it is a 404, let Rails render it (production) or rescue_from it in the controller',
          'Enqueue jobs after commit (after_commit / perform_later after the transaction)',
        ],
        code: `${(c.model ?? 'Post').replace(/s$/, '').toLowerCase().replace(/\W/g, '_')} = ${(c.model ?? 'Post').replace(/s$/, '')}.find_by(${c.column ?? 'id'}: params[:${c.column ?? 'id'}])\nreturn head :not_found unless ${(c.model ?? 'Post').replace(/s$/, '').toLowerCase().replace(/\W/g, '_')}\n\n# or, in ApplicationController\nrescue_from ActiveRecord::RecordNotFound, with: -> { head :not_found }`,
      },
    ],
    references: [
      { title: 'Rails API: ActiveRecord::RecordNotFound', url: 'https://api.rubyonrails.org/classes/ActiveRecord/RecordNotFound.html' },
      { title: 'Rails guides: Active Record Query Interface', url: 'https://guides.rubyonrails.org/active_record_querying.html' },
    ],
    samples: [
      "ActiveRecord::RecordNotFound (Couldn't find User with 'id'=42):\n  app/controllers/users_controller.rb:8:in `show'",
      "Couldn't find Post without an ID (ActiveRecord::RecordNotFound)",
    ],
  },
  {
    id: 'ruby.ar-pending-migration',
    language: 'ruby',
    match: /ActiveRecord::PendingMigrationError|Migrations are pending\. To resolve this issue, run:/,
    errorType: 'ActiveRecord::PendingMigrationError',
    category: 'database',
    priority: 35,
    summary: 'The database schema is behind: some migrations have not been run.',
    explanation:
      'Rails compared the migration files in db/migrate with the schema_migrations table and found versions that are not applied. ' +
      'In development it refuses to serve requests (and tests refuse to run) until the schema is up to date, because the code expects tables/columns those migrations create.',
    causes: [
      'You pulled code that added migrations and did not run them',
      'The test database was not prepared after a migration',
      'The app points at another database than the one you migrated (DATABASE_URL, RAILS_ENV)',
    ],
    fixes: [
      {
        title: 'Run the pending migrations',
        steps: ['Run the migrations for the current environment', 'For the test database, prepare it as well'],
        code: 'bin/rails db:migrate\nbin/rails db:migrate:status\nRAILS_ENV=test bin/rails db:prepare',
      },
    ],
    references: [{ title: 'Rails guides: Active Record Migrations', url: 'https://guides.rubyonrails.org/active_record_migrations.html' }],
    samples: [
      "ActiveRecord::PendingMigrationError:\n\nMigrations are pending. To resolve this issue, run:\n\n        bin/rails db:migrate RAILS_ENV=development",
    ],
  },
  {
    id: 'ruby.routing-error',
    language: 'ruby',
    match: /No route matches \[(?<verb>[A-Z]{3,7})\] "(?<path>[^"\n]{0,500})"|ActionController::RoutingError(?: \(|: )(?!No route matches)(?<detail>[^\n)]{1,300})/,
    errorType: 'ActionController::RoutingError',
    category: 'configuration',
    priority: 30,
    summary: (c) => (c.detail ? `Rails could not route the request: ${c.detail}.` : `Rails has no route for ${c.verb ?? 'this request'} ${c.path ?? ''}.`),
    explanation: (c) =>
      (c.detail
        ? `Rails raised ActionController::RoutingError: ${c.detail}. When the detail is "uninitialized constant …Controller", a route matched but the controller it names could not be loaded: its file path or class name does not follow the route's namespace (namespace :api → Api::UsersController in app/controllers/api/users_controller.rb). `
        : `The router tried every rule in config/routes.rb for ${c.verb ?? 'the'} request to ${c.path ?? 'this path'} and none matched. `) +
      'Routes match both the HTTP verb and the path: a route declared as POST does not answer GET. Missing assets in production also appear as routing errors.',
    causes: [
      'The route is not declared, or declared with another HTTP verb',
      'A form/link uses the wrong verb (e.g. link to a DELETE route without data-turbo-method)',
      'The path has a typo, a missing id segment or the wrong namespace/scope',
      'A static asset was not precompiled or is not served in production',
    ],
    fixes: (c) => [
      {
        title: 'Compare with the declared routes',
        steps: ['List the routes that contain this path', 'Add or fix the route in config/routes.rb'],
        code: `bin/rails routes | grep '${(c.path ?? '/path').split('?')[0]}'\n\n# config/routes.rb\nresources :users, only: [:index, :show, :create]`,
      },
    ],
    references: [{ title: 'Rails guides: Rails Routing from the Outside In', url: 'https://guides.rubyonrails.org/routing.html' }],
    samples: [
      'ActionController::RoutingError (No route matches [GET] "/api/v1/userz"):',
      'Started DELETE "/posts/3" for 127.0.0.1\nActionController::RoutingError (No route matches [DELETE] "/posts/3")',
      'ActionController::RoutingError (uninitialized constant Api::V1::UsersController):',
    ],
  },
  {
    id: 'ruby.invalid-authenticity-token',
    language: 'ruby',
    match: /ActionController::InvalidAuthenticityToken|Can't verify CSRF token authenticity/,
    errorType: 'ActionController::InvalidAuthenticityToken',
    category: 'permission',
    priority: 35,
    summary: 'Rails rejected the request because its CSRF token is missing or invalid.',
    explanation:
      'For non-GET requests Rails checks that the form or X-CSRF-Token header carries the token it put in the session. ' +
      'The token was missing (a form/JS request built by hand, an API client), or no longer matches the session (expired or reset session, cookies blocked, a cached page).',
    causes: [
      'A JavaScript request (fetch/axios) does not send the X-CSRF-Token header',
      'The form was not built with form_with/form_tag, so it has no authenticity_token field',
      'The session cookie was lost: different domain/subdomain, SameSite/secure settings, or the page was cached',
      'An API controller inherits CSRF protection although it is authenticated by token, not by cookie',
    ],
    fixes: [
      {
        title: 'Send the token from JavaScript',
        steps: ['Make sure the layout contains csrf_meta_tags', 'Read the meta tag and send it as a header'],
        code: "const token = document.querySelector('meta[name=\"csrf-token\"]').content;\nfetch('/posts', { method: 'POST', headers: { 'X-CSRF-Token': token }, body });",
      },
      {
        title: 'Skip CSRF for token-authenticated APIs only',
        steps: ['Inherit API controllers from ActionController::API, or use null_session for them'],
        code: 'class Api::BaseController < ActionController::API\nend',
      },
    ],
    references: [
      { title: 'Rails guides: Security, CSRF', url: 'https://guides.rubyonrails.org/security.html' },
      { title: 'Rails API: RequestForgeryProtection', url: 'https://api.rubyonrails.org/classes/ActionController/RequestForgeryProtection.html' },
    ],
    samples: [
      'Started POST "/comments" for 172.18.0.1\nCan\'t verify CSRF token authenticity.\nCompleted 422 Unprocessable Entity in 3ms\n\nActionController::InvalidAuthenticityToken (ActionController::InvalidAuthenticityToken):',
    ],
  },
  {
    id: 'ruby.zero-division',
    language: 'ruby',
    match: /divided by 0 \(ZeroDivisionError\)|ZeroDivisionError\b[^\n]{0,20}divided by 0/,
    errorType: 'ZeroDivisionError',
    category: 'runtime',
    priority: 25,
    summary: 'An Integer was divided by zero.',
    explanation:
      'Integer division (/ or %) by 0 raises ZeroDivisionError in Ruby. Float division does not raise: it returns Infinity or NaN. ' +
      'The divisor is usually a count or total that is zero for empty data.',
    causes: ['Averages or percentages computed over an empty collection', 'A divisor read from input or configuration is 0', 'Modulo (%) with a zero operand'],
    fixes: [
      {
        title: 'Guard the divisor',
        steps: ['Return early or a default when the divisor is zero', 'Use fdiv when a Float result is acceptable'],
        code: 'average = count.zero? ? 0 : total / count\nratio = done.fdiv(total)   # Infinity/NaN instead of raising',
      },
    ],
    references: [{ title: 'Ruby: ZeroDivisionError', url: `${RUBY_DOC}/ZeroDivisionError.html` }],
    samples: ["stats.rb:4:in `/': divided by 0 (ZeroDivisionError)\n\tfrom stats.rb:4:in `average'"],
  },
  {
    id: 'ruby.syntax-error-end',
    language: 'ruby',
    // parse.y: "unexpected end-of-input, expecting `end'", "unexpected `end'", "unexpected keyword_end",
    // Ruby 1.8/1.9 "kEND"/"$end", 3.3+ "unexpected 'end'"; prism (3.4+): "expected an `end` to close
    // the `def` statement", "unexpected 'end', ignoring it"; syntax_suggest: "Unmatched `end'".
    match:
      /unexpected (?<=(?:(?<![\w./-])(?<file>[\w./-]{1,300}\.rb):(?<line>\d{1,7}): syntax error, )?unexpected )(?<token>end-of-input|\$end|keyword_end|kEND|(?:[`']|&#39;)?end(?:'|`|&#39;)?(?![\w-])(?! of file))|expected an? `end` to close the `(?<construct>\w{1,20})`|(?<unmatched>Unmatched `end['`]|Unmatched keyword, missing `end'|missing `end`)/,
    errorType: 'SyntaxError',
    category: 'syntax',
    priority: 30,
    summary: (c) =>
      missingEnd(c)
        ? `A block is not closed${c.file ? ` in ${c.file}` : ''}: Ruby reached the end of the file still waiting for an \`end\`${c.construct ? ` (for a \`${c.construct}\`)` : ''}.`
        : `There is an \`end\` too many${c.file ? ` in ${c.file}${c.line ? ` at line ${c.line}` : ''}` : ''}: it closes nothing.`,
    explanation: (c) =>
      (missingEnd(c)
        ? 'Every def, class, module, if, unless, case, while, begin and do…block needs a matching end. Ruby reached the end of the file with at least one still open. '
        : 'Ruby found an end where no block is open, so a previous block was closed early or an end is duplicated. ') +
      'The line reported is where Ruby noticed, often far from the real mistake; a `do` vs `{` mix-up or a missing end after an if is typical. ' +
      'Since Ruby 3.4 the prism parser reports "syntax errors found" with a snippet under the message.',
    causes: [
      'A missing end for def/if/do/class',
      'An extra end, often after editing a block',
      'A one-line if/unless modifier turned into a block without end (or the reverse)',
      'An unclosed string, heredoc or bracket swallowing the following code',
    ],
    fixes: (c) => [
      {
        title: `Find the unbalanced block${c.file ? ` in ${c.file}` : ''}`,
        steps: [
          'Re-indent the file with your editor or RuboCop; misaligned ends show where the block boundaries go wrong',
          'Check the syntax alone with ruby -c',
        ],
        code: `ruby -c ${c.file ?? 'app/models/user.rb'}\nbundle exec rubocop -a ${c.file ?? 'app/models/user.rb'}`,
      },
    ],
    references: [{ title: 'Ruby: SyntaxError', url: `${RUBY_DOC}/SyntaxError.html` }],
    samples: [
      "app.rb:24: syntax error, unexpected end-of-input, expecting `end'",
      "lib/parser.rb:17: syntax error, unexpected `end', expecting end-of-input",
      'app/models/user.rb:45: syntax error, unexpected keyword_end, expecting end-of-input (SyntaxError)',
      "app.rb: --> app.rb\napp.rb:12: syntax errors found (SyntaxError)\n  10 |   end\n> 12 | \n     | ^ unexpected end-of-input; expected an `end` to close the `def` statement",
      'SyntaxError: /usr/src/ebwiki/config/initializers/s3.rb:19: syntax error, unexpected end-of-input, expecting end\n  File "/usr/local/bundle/gems/activesupport-5.0.7.2/lib/active_support/dependencies.rb", line 287, in load',
      "config/routes.rb:12: syntax errors found (SyntaxError)\n  11 |   end\n> 12 | end\n     | ^~~ unexpected 'end', ignoring it",
      'lib/tasks/import.rake:30: syntax error, unexpected end',
    ],
  },
  {
    id: 'ruby.syntax-error',
    language: 'ruby',
    match: /syntax error(?:s? found|,)(?<=(?:(?<![\w./-])(?<file>[\w./-]{1,300}\.(?:rb|rake|ru|gemspec|erb|builder|jbuilder)|Gemfile|Rakefile|-e)|\((?:irb|erb|eval)\)):(?<line>\d{1,7}): syntax error(?:s? found|,)|There was an error parsing `(?<gemfile>[^`\n]{1,200})`: syntax error,)(?<detail>[^\n]{0,200})/,
    errorType: 'SyntaxError',
    category: 'syntax',
    priority: 20,
    summary: (c) => `Ruby cannot parse ${c.file ?? c.gemfile ?? 'the code'}${c.line ? ` near line ${c.line}` : ''}.`,
    explanation: (c) =>
      `The parser found a token where the grammar does not allow it${c.detail && c.detail.trim() && !/^\s*\(SyntaxError\)\s*$/.test(c.detail) ? ` (${c.detail.trim()})` : ''}, so none of the file is loaded. The message names what was unexpected and what was expected instead; ` +
      'the real mistake is usually on the reported line or just before it (a missing comma, bracket, quote or `do`). Ruby 3.4+ (prism) prints "syntax errors found" and the offending lines with a caret.',
    causes: ['Missing or extra comma, bracket or parenthesis', 'An unclosed string or heredoc', 'A keyword used as a name or a stray character', 'Code written for a newer Ruby version than the one running'],
    fixes: (c) => [
      {
        title: `Check ${c.file ?? c.gemfile ?? 'the file'}${c.line ? ` around line ${c.line}` : ''}`,
        steps: ['Run ruby -c on the file', 'Look at the reported line and the line before it', 'Check ruby -v if the syntax is from a recent Ruby version'],
        code: `ruby -c ${c.file ?? c.gemfile ?? 'path/to/file.rb'}\nruby -v`,
      },
    ],
    references: [{ title: 'Ruby: SyntaxError', url: `${RUBY_DOC}/SyntaxError.html` }],
    samples: [
      "config/routes.rb:5: syntax error, unexpected ')', expecting => (SyntaxError)",
      "[!] There was an error parsing `Gemfile`: syntax error, unexpected tIDENTIFIER, expecting end-of-input - gem 'rails' '7.0'\n. Bundler cannot continue.",
      "SyntaxError ((erb):3: syntax error, unexpected ')'):",
      "/app/app/models/post.rb:3: syntax errors found (SyntaxError)\n  2 |   has_many :comments,\n> 3 |   validates :title presence: true\n    |                    ^~~~~~~~ unexpected label; expected a `)` to close the arguments",
    ],
  },
  {
    id: 'ruby.frozen-error',
    language: 'ruby',
    match: /can't modify frozen (?<klass>[A-Z#][\w:<>#]{0,100})(?:[^\n]{0,200}\((?<cls>FrozenError|RuntimeError|TypeError)\))?/,
    errorType: (c) => c.cls ?? 'FrozenError',
    category: 'runtime',
    priority: 30,
    summary: (c) => `The code tried to change a frozen ${c.klass ?? 'object'}.`,
    explanation: (c) =>
      `A frozen ${c.klass ?? 'object'} cannot be modified in place. String literals are frozen when the file starts with ` +
      '`# frozen_string_literal: true` (and constants are often frozen on purpose), so methods like <<, gsub!, upcase! or []= raise instead of changing the value.',
    causes: [
      'The file has the frozen_string_literal magic comment and a literal is mutated with << or a bang method',
      'A constant or configuration object was frozen deliberately',
      'A gem returns a frozen object (e.g. a frozen Hash of defaults) that you modify',
    ],
    fixes: (c) => [
      {
        title: `Work on a copy of the ${c.klass ?? 'object'} or build a new value`,
        steps: [`${c.cls ?? 'FrozenError'} is raised where the ${c.klass ?? 'object'} is modified; it was frozen earlier (a literal with frozen_string_literal, a constant, a gem)`, 'Use +"" or dup to get a mutable copy', 'Prefer non-bang methods that return a new object', ...(c.cls && c.cls !== 'FrozenError' ? [`Ruby before 2.5 reports this as ${c.cls}; newer versions raise FrozenError`] : [])],
        code: 'buffer = +""          # mutable string\nbuffer << "line"\nname = name.upcase    # instead of name.upcase!\nconfig = DEFAULTS.dup.merge!(overrides)',
      },
    ],
    references: [{ title: 'Ruby: FrozenError', url: `${RUBY_DOC}/FrozenError.html` }],
    samples: [
      "builder.rb:6:in `<<': can't modify frozen String: \"Hello\" (FrozenError)",
      "lib/slug.rb:4:in `gsub!': can't modify frozen String (RuntimeError)",
      "FrozenError: can't modify frozen Hash: {:timeout=>5}",
    ],
  },
  {
    id: 'ruby.key-error',
    language: 'ruby',
    match: /key not found: (?<key>[^\s()]{1,200})/,
    errorType: 'KeyError',
    category: 'runtime',
    priority: 25,
    summary: (c) => `The key ${c.key ?? ''} is missing from the Hash (or ENV) passed to fetch.`,
    explanation: (c) =>
      `Hash#fetch and ENV.fetch raise KeyError when the key ${c.key ?? ''} is absent, instead of returning nil like []. ` +
      'With ENV.fetch this almost always means an environment variable is not set in this environment. Note that symbol and string keys are different keys (:name vs "name").',
    causes: [
      'An environment variable is not set (ENV.fetch in config or an initializer)',
      'Symbol vs String key mismatch (JSON.parse returns String keys)',
      'The data really lacks the key (optional field in an API response)',
    ],
    fixes: (c) => [
      {
        title: 'Provide the key or a default',
        steps: ['Set the variable/key, or give fetch a default or block', 'Use symbolize_names: true when parsing JSON if you use symbol keys'],
        code: `ENV.fetch(${c.key && c.key.startsWith('"') ? c.key : '"DATABASE_URL"'}, "postgres://localhost/dev")\nJSON.parse(body, symbolize_names: true).fetch(:name)`,
      },
    ],
    references: [{ title: 'Ruby: KeyError', url: `${RUBY_DOC}/KeyError.html` }],
    samples: [
      "config/initializers/stripe.rb:1:in `fetch': key not found: \"STRIPE_SECRET_KEY\" (KeyError)",
      "app.rb:5:in `fetch': key not found: :name (KeyError)",
    ],
  },
  {
    id: 'ruby.econnrefused',
    language: 'ruby',
    match: /connect\(2\) for "?(?<host>[\w.:\-[\]]{1,253})"? port (?<port>\d{1,5})|Errno::ECONNREFUSED/,
    errorType: 'Errno::ECONNREFUSED',
    category: 'network',
    priority: 25,
    summary: (c) => `Nothing is listening on ${c.host ?? 'the server'}${c.port ? `:${c.port}` : ''}; the connection was refused.`,
    explanation: (c) =>
      `Ruby opened a TCP connection to ${c.host ?? 'a server'}${c.port ? ` on port ${c.port}` : ''} and the operating system answered that no process accepts connections there. ` +
      'The service (database, Redis, an HTTP API) is not running, listens on another host/port, or, inside Docker, "localhost" means the container itself rather than the other service.',
    causes: [
      'The target service is not started (Redis, PostgreSQL, Elasticsearch, an API)',
      'Wrong host or port in configuration (REDIS_URL, DATABASE_URL, API base URL)',
      'Inside a container, localhost points to the container itself; use the service name instead',
      'A firewall or the service binding only to another interface',
    ],
    fixes: (c) => [
      {
        title: `Check the service and the address${c.host ? ` (${c.host}${c.port ? `:${c.port}` : ''})` : ''}`,
        steps: [`Verify a service is running on ${c.host ?? 'the host'}${c.port ? ` port ${c.port}` : ''}`, 'Check the URL your app uses', 'In docker compose, use the service name as host'],
        code: `nc -zv ${c.host ?? 'localhost'} ${c.port ?? '6379'}\ndocker compose ps\n# REDIS_URL=redis://redis:6379/0  (service name, not localhost)`,
      },
    ],
    references: [{ title: 'Ruby: SystemCallError (Errno::*)', url: `${RUBY_DOC}/SystemCallError.html` }],
    samples: [
      'Failed to open TCP connection to localhost:3000 (Connection refused - connect(2) for "localhost" port 3000) (Errno::ECONNREFUSED)',
      'Errno::ECONNREFUSED: Connection refused - connect(2) for "127.0.0.1" port 9200',
    ],
  },
  {
    id: 'ruby.enoent',
    language: 'ruby',
    match: /No such file or directory @ (?<call>\w{1,60}) - (?<path>[^\n]{1,300}?) \(Errno::ENOENT\)|No such file or directory @ (?<call2>\w{1,60}) - (?<path2>[^\s()]{1,300})|Errno::ENOENT\b/,
    errorType: 'Errno::ENOENT',
    category: 'io',
    priority: 20,
    summary: (c) => `The file ${c.path ?? c.path2 ?? ''} does not exist.`,
    explanation: (c) =>
      `A system call${c.call ?? c.call2 ? ` (${c.call ?? c.call2})` : ''} was asked to open ${c.path ?? c.path2 ?? 'a path'} and the operating system reported that it does not exist. ` +
      'Relative paths are resolved against the current working directory of the process, not the Ruby file, so the same code can work from one directory and fail from another.',
    causes: [
      'The path is relative and the process runs from another directory (cron, systemd, Docker WORKDIR)',
      'A config file that is git-ignored (config/database.yml, .env, master.key) was never created',
      'Typo or wrong case in the file name (Linux file systems are case-sensitive)',
    ],
    fixes: [
      {
        title: 'Build paths from a known root',
        steps: ['Use __dir__ or Rails.root to build absolute paths', 'Create the missing file from its example/template'],
        code: 'File.read(File.join(__dir__, "data", "seed.json"))\nRails.root.join("config", "settings.yml")\ncp config/database.yml.example config/database.yml',
      },
    ],
    references: [{ title: 'Ruby: SystemCallError (Errno::*)', url: `${RUBY_DOC}/SystemCallError.html` }],
    samples: ["config.rb:3:in `read': No such file or directory @ rb_sysopen - config/settings.yml (Errno::ENOENT)"],
  },
  {
    id: 'ruby.zeitwerk-expected-file',
    language: 'ruby',
    match: /expected file (?<file>\S{1,300}) to define constant (?<constant>[\w:]{1,300})/,
    errorType: 'Zeitwerk::NameError',
    category: 'name',
    priority: 35,
    summary: (c) => `${c.file ?? 'A file'} does not define ${c.constant ?? 'the constant its name implies'}.`,
    explanation: (c) =>
      `Rails' autoloader (Zeitwerk) derives the expected constant from the file path: ${c.file ?? 'the file'} must define ${c.constant ?? 'a matching class or module'}. ` +
      'The class inside is named differently (spelling, acronym casing such as API vs Api, or a missing namespace module).',
    causes: [
      'Class name and file name differ (user_api.rb must define UserApi unless an inflection for API is configured)',
      'The class is defined outside the namespace implied by the directory',
      'A file in an autoload path is not meant to define a constant (scripts, generated files)',
    ],
    fixes: [
      {
        title: 'Make the file and constant agree',
        steps: ['Rename the class or the file', 'Configure acronyms in config/initializers/inflections.rb', 'Run bin/rails zeitwerk:check'],
        code: "# config/initializers/inflections.rb\nActiveSupport::Inflector.inflections(:en) { |inflect| inflect.acronym 'API' }\n\nbin/rails zeitwerk:check",
      },
    ],
    references: [{ title: 'Rails guides: Autoloading and Reloading Constants', url: 'https://guides.rubyonrails.org/autoloading_and_reloading_constants.html' }],
    samples: ['Zeitwerk::NameError: expected file /app/app/services/user_api.rb to define constant UserApi, but didn\'t'],
  },
  // ---------------------------------------------------------------- database errors (Active Record, Sequel, drivers)
  {
    id: 'ruby.ar-db-error',
    language: 'ruby',
    // "ActiveRecord::StatementInvalid: PG::UndefinedTable: ERROR: …", the Rails log form
    // "ActiveRecord::StatementInvalid (Mysql2::Error: …)", or Ruby's uncaught-exception form
    // "…: PG::UndefinedTable: ERROR: … (ActiveRecord::StatementInvalid)".
    match: new RegExp(
      String.raw`(?<![\w:])(?<wrapper>${AR_DB_CLASSES})\b(?!\))(?::? ?\(?(?:(?<driver>PG|Mysql2|SQLite3|Trilogy)::(?<dbclass>[A-Z]\w{0,60}(?:::[A-Z]\w{0,60})?):?)? ?(?<message>[^\n]{0,300}(?:\n[^\n]{0,200}){0,2}))?` +
        String.raw`|\((?<wrapper2>${AR_DB_CLASSES})\)(?<=(?<message2>[^\n]{0,300}) \((?:ActiveRecord|Sequel)::\w{1,60}\))`,
    ),
    errorType: (c) => c.wrapper ?? c.wrapper2 ?? 'ActiveRecord::StatementInvalid',
    category: 'database',
    priority: 45,
    summary: (c) => {
      const issue = dbIssue({ ...c, message: c.message ?? c.message2 ?? '' });
      return `${c.wrapper ?? c.wrapper2}: ${DB_SUMMARY[issue.kind](issue.subject ?? '')}.`;
    },
    explanation: (c) => {
      const message = c.message ?? c.message2 ?? '';
      const inner = c.driver ? `${c.driver}::${c.dbclass}` : DRIVER_CLASS.exec(message)?.[0];
      const issue = dbIssue({ ...c, message });
      return (
        `${c.wrapper ?? c.wrapper2} is how ${(c.wrapper ?? c.wrapper2 ?? '').startsWith('Sequel') ? 'Sequel' : 'Active Record'} reports an error of the database${inner ? `, here ${inner} from the driver` : ''}: ` +
        `${DB_SUMMARY[issue.kind](issue.subject ?? '')}. The database message follows the class names, and the SQL that failed is printed after it. ` +
        'The Ruby frames show which model call or query issued the statement.'
      );
    },
    causes: (c) => [...DB_CAUSES[dbIssue({ ...c, message: c.message ?? c.message2 ?? '' }).kind]],
    fixes: (c) => dbFixes(dbIssue({ ...c, message: c.message ?? c.message2 ?? '' }), c.wrapper ?? c.wrapper2 ?? 'ActiveRecord::StatementInvalid'),
    references: DB_REFERENCES,
    samples: [
      'ActiveRecord::StatementInvalid: PG::UndefinedTable: ERROR:  relation "commons" does not exist\nLINE 5:                WHERE a.attrelid = \'"commons"\'::regclass',
      "rake aborted!\nActiveRecord::StatementInvalid: Mysql2::Error: Table 'redminedb.dmsf_file_revisions' doesn't exist: SHOW FULL FIELDS FROM `dmsf_file_revisions`",
      'ActiveRecord::StatementInvalid (PG::UndefinedColumn: ERROR:  column users.nickname does not exist\nLINE 1: SELECT "users"."nickname" FROM "users"\n                ^\n):\n  app/controllers/users_controller.rb:5:in `index\'',
      'ActiveRecord::RecordNotUnique: PG::UniqueViolation: ERROR:  duplicate key value violates unique constraint "index_users_on_email"\nDETAIL:  Key (email)=(a@b.c) already exists.',
      "/app/vendor/bundle/ruby/3.2.0/gems/activerecord-7.1.3/lib/active_record/connection_adapters/postgresql/database_statements.rb:55:in `exec': PG::UndefinedTable: ERROR:  relation \"schema_migrations\" does not exist (ActiveRecord::StatementInvalid)",
      'ActiveRecord::NoDatabaseError: FATAL:  database "shop_development" does not exist',
      'ActiveRecord::ConnectionNotEstablished: connection to server at "127.0.0.1", port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?',
      'ActiveRecord::StatementInvalid: SQLite3::SQLException: no such table: users: SELECT "users".* FROM "users"',
      'ActiveRecord::ConnectionTimeoutError: could not obtain a connection from the pool within 5.000 seconds (waited 5.001 seconds); all pooled connections were in use',
      'Sequel::DatabaseError: PG::UndefinedColumn: ERROR:  column "archived" does not exist',
      'ActiveRecord::StatementInvalid: PG::UndefinedTable: FEHLER:  Relation »artikel« existiert nicht',
      'could not connect to server: No such file or directory\n\tIs the server running locally and accepting\n\tconnections on Unix domain socket "/var/run/postgresql/.s.PGSQL.5432"?\n (ActiveRecord::ConnectionNotEstablished)',
    ],
  },
  {
    id: 'ruby.migration-canceled',
    language: 'ruby',
    // Rails wraps a failing migration's error: "StandardError: An error has occurred, this and all
    // later migrations canceled:" followed by the database error. The wrapper is what rake raises.
    match: /(?<cls>StandardError): An error has occurred, (?:this and )?all later migrations canceled:\s{1,10}(?<message>[^\n]{0,300}(?:\n[^\n]{0,200}){0,2})/,
    errorType: 'StandardError',
    category: 'database',
    priority: 46,
    summary: (c) => `A migration failed and Rails cancelled it and all later ones: ${DB_SUMMARY[dbIssue(c).kind](dbIssue(c).subject ?? '')}.`,
    explanation: (c) =>
      `rails db:migrate runs each migration in a transaction (on PostgreSQL); when one fails, Rails raises ${c.cls} with the database error below it, rolls that migration back and stops. ` +
      `Here ${DB_SUMMARY[dbIssue(c).kind](dbIssue(c).subject ?? '')}. Earlier migrations stay applied.`,
    causes: (c) => ['The migration does not match the current schema (an object it creates already exists, or one it changes is missing)', ...DB_CAUSES[dbIssue(c).kind].slice(0, 2)],
    fixes: (c) => [
      {
        title: 'Fix the migration against the real schema, then migrate again',
        steps: ['See which migration failed (the "== … migrating" line above) and its status', 'Make the migration match the schema (or guard it with if_not_exists / if_exists), then rerun', `${c.cls} only wraps the error below it: fix that one`],
        code: 'bin/rails db:migrate:status\n# in the migration\ncreate_table :imports, if_not_exists: true do |t|\nend\nbin/rails db:migrate',
      },
      ...dbFixes(dbIssue(c), 'StandardError').slice(0, 1),
    ],
    references: [{ title: 'Rails guides: Active Record Migrations', url: 'https://guides.rubyonrails.org/active_record_migrations.html' }],
    samples: ['rake aborted!\nStandardError: An error has occurred, this and all later migrations canceled:\n\nPG::DuplicateColumn: ERROR:  column "slug" of relation "posts" already exists\n: ALTER TABLE "posts" ADD "slug" character varying'],
  },
  {
    id: 'ruby.db-driver-error',
    language: 'ruby',
    // A driver exception on its own: "PG::UndefinedTable: ERROR: …", "Mysql2::Error: …",
    // "SQLite3::BusyException: database is locked", or "…: could not connect … (PG::ConnectionBad)".
    match:
      /(?<![\w:])(?<driver>PG|Mysql2|SQLite3|Trilogy)::(?<dbclass>[A-Z]\w{0,60}(?:::[A-Z]\w{0,60})?)(?:(?:: ?| \()(?<message>[^\n]{0,300}(?:\n[^\n]{0,200}){0,2})|(?<=(?<message2>[^\n]{0,300}) \((?:PG|Mysql2|SQLite3|Trilogy)::[\w:]{1,130})\))/,
    errorType: (c) => `${c.driver}::${c.dbclass}`,
    category: 'database',
    priority: 40,
    summary: (c) => {
      const issue = dbIssue({ ...c, message: c.message ?? c.message2 ?? '' });
      return `${c.driver}::${c.dbclass}: ${DB_SUMMARY[issue.kind](issue.subject ?? '')}.`;
    },
    explanation: (c) => {
      const issue = dbIssue({ ...c, message: c.message ?? c.message2 ?? '' });
      const gem = c.driver === 'PG' ? 'pg' : c.driver === 'Mysql2' ? 'mysql2' : c.driver === 'SQLite3' ? 'sqlite3' : 'trilogy';
      return (
        `The ${gem} gem raised ${c.driver}::${c.dbclass} because the database server rejected the request: ${DB_SUMMARY[issue.kind](issue.subject ?? '')}. ` +
        `The text after the class is the server's own message${c.driver === 'PG' ? '; the PG:: class name corresponds to its SQLSTATE code' : ''}. ` +
        (issue.kind === 'connection' || issue.kind === 'auth' || issue.kind === 'no-database' || issue.kind === 'pool'
          ? 'No query ran: the connection itself failed, so check the configuration the app connects with.'
          : 'The Ruby frames show which query issued it.')
      );
    },
    causes: (c) => [...DB_CAUSES[dbIssue({ ...c, message: c.message ?? c.message2 ?? '' }).kind]],
    fixes: (c) => dbFixes(dbIssue({ ...c, message: c.message ?? c.message2 ?? '' }), `${c.driver}::${c.dbclass}`),
    references: DB_REFERENCES,
    samples: [
      'rake aborted!\nPG::UndefinedTable: ERROR:  relation "que_jobs" does not exist\nLINE 9:       FROM que_jobs',
      'WARN MoSQL: Ignoring row (id=5233b00caddfe6c60c000003): PG::UndefinedColumn: ERROR:  column "shipped" does not exist',
      'Failsafe from rollbar-gem. PG::ConnectionBad: "FATAL:  password authentication failed for user "hpsuvvdrbkdute"',
      "/usr/local/bundle/gems/pg-1.5.4/lib/pg/connection.rb:695:in `async_connect_or_reset': connection to server at \"127.0.0.1\", port 5432 failed: Connection refused (PG::ConnectionBad)",
      "Mysql2::Error::ConnectionError: Access denied for user 'root'@'172.18.0.3' (using password: YES)",
      'SQLite3::BusyException: database is locked',
      '[ActiveJob] [ImportJob] [c0ffee] Error performing ImportJob (Job ID: c0ffee) from Async(default) in 12.3ms: PG::UndefinedTable (ERROR:  relation "imports" does not exist\nLINE 1: SELECT 1 FROM imports\n)',
      'PG::UniqueViolation: ERROR:  duplicate key value violates unique constraint "orders_pkey"\nDETAIL:  Key (id)=(17) already exists.',
      'PG::NotNullViolation: ERROR:  null value in column "title" violates not-null constraint',
      "/usr/local/bundle/gems/pg-1.2.3/lib/pg.rb:58:in `initialize': could not connect to server: No such file or directory\n\tIs the server running locally and accepting\n\tconnections on Unix domain socket \"/var/run/postgresql/.s.PGSQL.5432\"? (PG::ConnectionBad)",
    ],
  },
  // ---------------------------------------------------------------- Rails
  {
    id: 'ruby.ar-record-invalid',
    language: 'ruby',
    // The message is localised through Rails I18n ("Validation failed", "バリデーションに失敗しました",
    // "La validation a échoué", "Validierung fehlgeschlagen", …): the class name is the anchor.
    match: /(?<![\w:])ActiveRecord::RecordInvalid\b(?:(?::| \(|\)?:?) ?(?<message>[^\n)]{1,300}))?|^Validation failed: (?<message2>[^\n]{1,300})/m,
    errorType: 'ActiveRecord::RecordInvalid',
    category: 'database',
    priority: 35,
    summary: (c) => `A record failed its validations and save!/create! raised${c.message ?? c.message2 ? `: ${c.message ?? c.message2}` : ''}.`,
    explanation: (c) =>
      'save!, create!, update! and validate! raise ActiveRecord::RecordInvalid when the model\'s validations fail; the message lists record.errors.full_messages' +
      `${c.message ?? c.message2 ? ` (here: ${c.message ?? c.message2})` : ''}. Nothing was written to the database. ` +
      'In seeds, jobs and tests the bang methods are used so that bad data fails loudly; in a controller you usually want save and render the errors.',
    causes: [
      'The data really is invalid for the model (missing required attribute, bad format, uniqueness taken)',
      'A belongs_to association is required by default (Rails 5+) and is nil',
      'Seeds, factories or fixtures do not satisfy a validation that was added later',
    ],
    fixes: (c) => [
      {
        title: 'See which validations fail',
        steps: [`Read the message: ${c.message ?? c.message2 ?? 'it lists the failing attributes'}`, 'Inspect record.errors for the failing attributes and fix the data or the validation'],
        code: 'record = User.new(params)\nrecord.valid?\np record.errors.full_messages\np record.errors.details',
      },
      {
        title: 'Handle invalid input instead of raising',
        steps: ['In controllers use save and render the form with errors', 'Where raising is right, rescue ActiveRecord::RecordInvalid and report e.record.errors'],
        code: 'if @user.save\n  redirect_to @user\nelse\n  render :new, status: :unprocessable_entity\nend\n\nrescue ActiveRecord::RecordInvalid => e\n  logger.warn(e.record.errors.full_messages.to_sentence)',
      },
    ],
    references: [
      { title: 'Rails API: ActiveRecord::RecordInvalid', url: 'https://api.rubyonrails.org/classes/ActiveRecord/RecordInvalid.html' },
      { title: 'Rails guides: Active Record Validations', url: 'https://guides.rubyonrails.org/active_record_validations.html' },
    ],
    samples: [
      'ActiveRecord::RecordInvalid: Validation failed: Email has already been taken, Name can\'t be blank',
      'ActiveRecord::RecordInvalid: バリデーションに失敗しました: Emailは不正な値です',
      "app/models/order.rb:20:in `finalize!': Validation failed: Customer must exist (ActiveRecord::RecordInvalid)",
    ],
  },
  {
    id: 'ruby.parameter-missing',
    language: 'ruby',
    match: /param is missing or the value is empty(?: or invalid)?: (?<param>[\w[\]]{1,100})/,
    errorType: 'ActionController::ParameterMissing',
    category: 'type',
    priority: 35,
    summary: (c) => `The request has no "${c.param}" parameter, but params.require(:${c.param}) needs it.`,
    explanation: (c) =>
      `Strong parameters: params.require(:${c.param}) raises ActionController::ParameterMissing when the key is absent or empty, and Rails answers 400 Bad Request. ` +
      `The form or client sent its fields at the top level or under another key than ${c.param}.`,
    causes: (c) => [
      `The form is not built for the model (form_with model: …), so its fields are not nested under ${c.param}`,
      'An API client posts JSON without the root key, and wrap_parameters is off or the Content-Type is not application/json',
      'The form has no fields at all (empty submission)',
    ],
    fixes: (c) => [
      {
        title: `Send the fields under ${c.param}, or stop requiring it`,
        steps: [`Check the request parameters in the log (Parameters: {...}) for the ${c.param} key`, `Nest the fields as ${c.param}[field] or use form_with model:`, 'Or use params.fetch with a default when the key is optional'],
        code: `def ${c.param}_params\n  params.require(:${c.param}).permit(:name, :email)\nend\n\n# optional key\nparams.fetch(:${c.param}, {}).permit(:name)`,
      },
    ],
    references: [{ title: 'Rails guides: Strong Parameters', url: 'https://guides.rubyonrails.org/action_controller_overview.html#strong-parameters' }],
    samples: ['ActionController::ParameterMissing (param is missing or the value is empty: user):\n  app/controllers/users_controller.rb:42:in `user_params\''],
  },
  {
    id: 'ruby.unknown-attribute',
    language: 'ruby',
    match: /(?:(?<cls>Active(?:Model|Record)::UnknownAttributeError)[: (]{1,3})?unknown attribute '(?<attribute>\w{1,100})' for (?<model>[A-Z][\w:]{0,100})/,
    errorType: (c) => c.cls ?? 'ActiveModel::UnknownAttributeError',
    category: 'name',
    priority: 35,
    summary: (c) => `${c.model} has no attribute ${c.attribute}.`,
    explanation: (c) =>
      `A hash passed to new/create/update/assign_attributes contains the key ${c.attribute}, but ${c.model} has neither a column nor a writer method (${c.attribute}=) of that name. ` +
      'Often the migration adding the column was not run, or params contain a key meant for another model.',
    causes: ['The column does not exist yet (migration not run) or is spelled differently', 'The params or factory pass a key that belongs to an association or another model', 'A virtual attribute lacks attr_accessor or attribute'],
    fixes: (c) => [
      {
        title: `Add ${c.attribute} to ${c.model} or stop passing it`,
        steps: ['Run pending migrations, or add a column / virtual attribute', `Remove the key from the hash (permit only known attributes), so ${c.cls ?? 'ActiveModel::UnknownAttributeError'} is not raised`],
        code: `bin/rails generate migration Add${camel(c.attribute ?? 'name')}To${camel((c.model ?? 'User').split('::').pop() ?? 'User')}s ${c.attribute}:string\n\n# or a virtual attribute in ${c.model}\nattribute :${c.attribute}`,
      },
    ],
    references: [{ title: 'Rails API: ActiveModel::UnknownAttributeError', url: 'https://api.rubyonrails.org/classes/ActiveModel/UnknownAttributeError.html' }],
    samples: ["ActiveModel::UnknownAttributeError: unknown attribute 'nickname' for User.", "app/services/import.rb:12:in `call': unknown attribute 'sku' for Product. (ActiveModel::UnknownAttributeError)"],
  },
  {
    id: 'ruby.missing-template',
    language: 'ruby',
    match: /(?<cls>ActionView::MissingTemplate|ActionController::MissingExactTemplate)\b[^\n]{0,40}?(?:Missing template (?<template>[\w/.-]{1,200})|(?<controller>[A-Z][\w:]{0,100})#(?<action>\w{1,100}) is missing a template)|Missing template (?<template2>[\w/.-]{1,200}) with \{/,
    errorType: (c) => c.cls ?? 'ActionView::MissingTemplate',
    category: 'configuration',
    priority: 35,
    summary: (c) => `Rails found no view template for ${c.template ?? c.template2 ?? `${c.controller}#${c.action}`}.`,
    explanation: (c) =>
      `The action rendered (implicitly or explicitly) ${c.template ?? c.template2 ?? `${c.controller}#${c.action}`}, but no file exists for the requested format and handlers in the view paths. ` +
      'The file name, folder, format (html/json/turbo_stream) or handler (.erb/.haml/.jbuilder) differs from what Rails looks for.',
    causes: ['The view file is missing or misnamed (folder must match the controller name)', 'The request asks for a format without a template (e.g. JSON request, only .html.erb exists)', 'The action should redirect or render something else, but falls through to the implicit render'],
    fixes: (c) => {
      const t = c.template ?? c.template2 ?? `${(c.controller ?? 'posts').replace(/Controller$/, '').replace(/::/g, '/').toLowerCase()}/${c.action ?? 'index'}`;
      return [
        {
          title: `Create ${t} or render something else`,
          steps: [`Create app/views/${t}.html.erb (or the format requested)`, `Or end the action with redirect_to / render json: / head :no_content, so ${c.cls ?? 'ActionView::MissingTemplate'} is not raised`],
          code: `touch app/views/${t}.html.erb\n\n# or in the action\nrender json: @record\nhead :no_content`,
        },
      ];
    },
    references: [{ title: 'Rails guides: Layouts and Rendering', url: 'https://guides.rubyonrails.org/layouts_and_rendering.html' }],
    samples: [
      'ActionView::MissingTemplate (Missing template posts/show, application/show with {:locale=>[:en], :formats=>[:json], :handlers=>[:erb, :builder]}.',
      'ActionController::MissingExactTemplate (UsersController#index is missing a template for request formats: text/html):',
    ],
  },
  {
    id: 'ruby.action-not-found',
    language: 'ruby',
    match: /The action '(?<action>\w{1,100})' could not be found for (?<controller>[A-Z][\w:]{0,150})/,
    errorType: 'AbstractController::ActionNotFound',
    category: 'configuration',
    priority: 35,
    summary: (c) => `${c.controller} has no action ${c.action}.`,
    explanation: (c) => `A route sends the request to ${c.controller}#${c.action}, but the controller defines no public method ${c.action} (it is missing, misspelled, or private).`,
    causes: ['The route points to an action that is not defined', 'The method is defined below private/protected', 'resources generates a route (e.g. show) the controller does not implement'],
    fixes: (c) => [
      {
        title: `Define ${c.action} or restrict the routes`,
        steps: [`Add a public method ${c.action} to ${c.controller}`, 'Or limit resources with only:/except:'],
        code: `class ${c.controller}\n  def ${c.action}\n  end\nend\n\n# config/routes.rb\nresources :items, only: [:index, :create]`,
      },
    ],
    references: [{ title: 'Rails guides: Rails Routing from the Outside In', url: 'https://guides.rubyonrails.org/routing.html' }],
    samples: ["AbstractController::ActionNotFound (The action 'destroy' could not be found for Admin::UsersController):"],
  },
  {
    id: 'ruby.url-generation-error',
    language: 'ruby',
    match: /No route matches \{[^\n}]{0,300}\}(?:,? (?:missing required keys|possible unmatched constraints): \[(?<keys>[^\]\n]{0,200})\])?|ActionController::UrlGenerationError/,
    errorType: 'ActionController::UrlGenerationError',
    category: 'configuration',
    priority: 32,
    summary: (c) => `A URL helper could not build a path${c.keys ? `: required ${c.keys} missing` : ''}.`,
    explanation: (c) =>
      `A path/url helper (post_path(@post), link_to, redirect_to) needs values for the dynamic segments of the route${c.keys ? ` (${c.keys})` : ''}, and got nil or nothing. ` +
      'Usually the record is nil or not saved yet (its id is nil), or the helper of a nested route lacks the parent.',
    causes: ['The record passed to the helper is nil or new (id nil)', 'A nested route needs the parent too (post_comment_path(@post, @comment))', 'A param used for the segment is missing'],
    fixes: (c) => [
      {
        title: 'Pass every segment the route needs',
        steps: [`Check the route with bin/rails routes and the values for ${c.keys ?? 'its segments'}`, 'Make sure the record exists and is persisted before building its URL'],
        code: 'bin/rails routes -g comment\npost_comment_path(@post, @comment)   # both segments',
      },
    ],
    references: [{ title: 'Rails guides: Rails Routing from the Outside In', url: 'https://guides.rubyonrails.org/routing.html' }],
    samples: ['ActionController::UrlGenerationError: No route matches {:action=>"show", :controller=>"posts", :id=>nil}, missing required keys: [:id]'],
  },

  {
    id: 'ruby.activejob-deserialization',
    language: 'ruby',
    match: /ActiveJob::DeserializationError\b(?:[^\n]{0,120}?Couldn't find (?<model>[A-Z][\w:]{0,100})(?: with '?(?<column>\w{1,60})'?=(?<value>[^\s)]{1,60}))?)?/,
    errorType: 'ActiveJob::DeserializationError',
    category: 'database',
    priority: 36,
    summary: (c) => `A background job could not load its arguments${c.model ? `: the ${c.model} it was given no longer exists` : ''}.`,
    explanation: (c) =>
      'Active Job passes records as GlobalIDs and loads them again when the job runs. ' +
      `${c.model ? `The ${c.model}${c.value ? ` with ${c.column ?? 'id'}=${c.value}` : ''} was deleted (or is not visible yet) by then` : 'Loading an argument failed'}, so the job fails before perform runs.`,
    causes: ['The record was deleted between enqueueing and running the job', 'The job was enqueued inside a transaction that had not committed yet', 'The job runs against another database than the web process'],
    fixes: (c) => [
      {
        title: `Let the job cope with a missing ${c.model ?? 'record'}`,
        steps: ['Discard jobs whose record is gone, or pass the id and look it up in perform', 'Enqueue after commit so the record is visible'],
        code: `class ApplicationJob < ActiveJob::Base\n  discard_on ActiveJob::DeserializationError\nend\n\n# or\n${(c.model ?? 'User').split('::').pop()}Job.perform_later(${(c.model ?? 'User').split('::').pop()?.toLowerCase()}.id)   # and ${c.model ?? 'User'}.find_by(${c.column ?? 'id'}: id) in perform`,
      },
    ],
    references: [{ title: 'Rails guides: Active Job Basics', url: 'https://guides.rubyonrails.org/active_job_basics.html' }],
    samples: ["ActiveJob::DeserializationError: Error while trying to deserialize arguments: Couldn't find User with 'id'=42"],
  },
  {
    id: 'ruby.http-connection-failed',
    language: 'ruby',
    // HTTP client gems wrap the socket error (refused, DNS, TLS): the client's class is the one raised.
    match: /(?<![\w:])(?<cls>Faraday::ConnectionFailed|Excon::Error::Socket|HTTP::ConnectionError|HTTPClient::ConnectTimeoutError|RestClient::ServerBrokeConnection|Errno::EHOSTUNREACH|Errno::ENETUNREACH)\b(?:[^\n]{0,120}?(?:connection to|connect\(2\) for) "?(?<host>[\w.-]{1,200})"?(?::| port )(?<port>\d{1,5}))?/,
    errorType: (c) => c.cls ?? 'Faraday::ConnectionFailed',
    category: 'network',
    priority: 33,
    summary: (c) => `The HTTP client could not connect${c.host ? ` to ${c.host}${c.port ? `:${c.port}` : ''}` : ''} (${c.cls}).`,
    explanation: (c) =>
      `${c.cls} is raised when the TCP/TLS connection${c.host ? ` to ${c.host}` : ''} cannot be established; the reason in parentheses comes from the socket layer: ` +
      'connection refused (nothing listens), getaddrinfo (DNS name unknown), a timeout (firewall, host down) or an SSL error.',
    causes: ['The service is down or listens on another host/port', 'The host name does not resolve from this machine/container', 'A proxy or firewall blocks the connection'],
    fixes: (c) => [
      {
        title: `Check the endpoint${c.host ? ` ${c.host}` : ''} from the same host`,
        steps: ['Call the same URL with curl from the machine/container that runs Ruby', `Fix the base URL or network, and rescue ${c.cls} with a retry where the service may be briefly unavailable`],
        code: `curl -v http://${c.host ?? 'api.example.com'}${c.port ? `:${c.port}` : ''}/\n\nbegin\n  conn.get("/health")\nrescue ${c.cls} => e\n  retry if (tries += 1) < 3\n  raise\nend`,
      },
    ],
    references: [{ title: 'Faraday: Dealing with errors', url: 'https://lostisland.github.io/faraday/#/middleware/included/raising-errors' }],
    samples: [
      'Faraday::ConnectionFailed (Failed to open TCP connection to api:80 (getaddrinfo: Name or service not known)):',
      'Faraday::ConnectionFailed: Connection refused - connect(2) for "localhost" port 8080',
    ],
  },

  // ---------------------------------------------------------------- Ruby runtime
  {
    id: 'ruby.stack-level-too-deep',
    language: 'ruby',
    match: /stack level too deep|SystemStackError/,
    errorType: 'SystemStackError',
    category: 'runtime',
    priority: 30,
    summary: 'Infinite or too deep recursion: the Ruby stack overflowed.',
    explanation: 'Each method call takes stack space; a method that calls itself without stopping (often indirectly: a setter calling itself, a callback that saves and triggers itself, method_missing calling an undefined method) exhausts it. The repeated frames in the backtrace show the loop.',
    causes: ['A method calls itself without a base case', 'An attribute writer assigns through itself (self.name = inside def name=)', 'An Active Record callback saves the record, triggering the callback again', 'method_missing or respond_to_missing? calls a missing method'],
    fixes: [
      {
        title: 'Break the loop',
        steps: ['Find the frames that repeat in the backtrace', 'Add a base case, write to the instance variable / write_attribute, or use update_column in callbacks'],
        code: 'def name=(value)\n  super(value.strip)          # not self.name = value.strip\nend',
      },
    ],
    references: [{ title: 'Ruby: SystemStackError', url: `${RUBY_DOC}/SystemStackError.html` }],
    samples: ["app/models/user.rb:8:in `name=': stack level too deep (SystemStackError)"],
  },
  {
    id: 'ruby.json-parser-error',
    language: 'ruby',
    match: /(?<cls>JSON::ParserError)\b|unexpected token at '(?<snippet>[^\n]{0,100})|unexpected character: '(?<snippet2>[^\n]{0,60})' at line \d/,
    errorType: 'JSON::ParserError',
    category: 'type',
    priority: 30,
    summary: 'JSON.parse received text that is not valid JSON.',
    explanation: (c) =>
      `The parser stopped at ${c.snippet ?? c.snippet2 ? `"${c.snippet ?? c.snippet2}"` : 'the first invalid character'}. The input was not JSON: an HTML error page, an empty body, a Ruby hash inspect string (=> instead of :), or a truncated response.`,
    causes: ['An HTTP response was an error page or empty, not JSON', 'The string is a Ruby inspect output or single-quoted', 'The file or body was truncated'],
    fixes: [
      {
        title: 'Check what you parse',
        steps: ['Log the first characters of the input and the response status/content type', 'Parse only successful JSON responses, and rescue JSON::ParserError where input is untrusted'],
        code: 'raise "HTTP #{res.code}" unless res.is_a?(Net::HTTPSuccess)\nbegin\n  data = JSON.parse(res.body)\nrescue JSON::ParserError => e\n  logger.warn("bad JSON: #{res.body[0, 200]}")\nend',
      },
    ],
    references: [{ title: 'Ruby JSON: JSON.parse', url: 'https://docs.ruby-lang.org/en/master/JSON.html' }],
    samples: ["/usr/lib/ruby/3.1.0/json/common.rb:216:in `parse': unexpected token at '<!DOCTYPE html>' (JSON::ParserError)"],
  },
  {
    id: 'ruby.psych-syntax-error',
    language: 'ruby',
    match: /\((?<file>[^()\n]{1,300})\): (?<problem>(?:did not find expected|mapping values are not allowed|found character that cannot start|could not find expected|found unexpected|found undefined tag|block sequence entries are not allowed)[^\n]{0,150}?) (?:while parsing [^\n]{1,60} )?at line (?<line>\d{1,7}) column (?<col>\d{1,5})/,
    errorType: 'Psych::SyntaxError',
    category: 'syntax',
    priority: 35,
    summary: (c) => `The YAML in ${c.file} is invalid near line ${c.line}: ${c.problem}.`,
    explanation: (c) =>
      `Psych (Ruby's YAML parser) could not parse ${c.file}. YAML is indentation-sensitive: a tab, a wrong indent, a missing space after ":" or an unquoted value starting with a special character (%, @, \`, *, &, {) breaks it. ` +
      `The reported line ${c.line}, column ${c.col}, is where the parser noticed; the mistake is often the line before. In Rails, ERB inside YAML (database.yml, credentials) is evaluated first, so also check what it outputs.`,
    causes: ['Tabs or inconsistent indentation', 'A value with ":" or a leading special character not quoted', 'ERB in the YAML producing an empty or multi-line value'],
    fixes: (c) => [
      {
        title: `Fix ${c.file} around line ${c.line}`,
        steps: ['Open the file at that line and the one before it', 'Quote values with special characters; indent with spaces only', 'Validate the file on its own'],
        code: `ruby -ryaml -e 'YAML.load_file("${c.file}")'`,
      },
    ],
    references: [{ title: 'Ruby Psych (YAML)', url: 'https://docs.ruby-lang.org/en/master/Psych.html' }],
    samples: ["/usr/lib/ruby/3.2.0/psych/parser.rb:62:in `_native_parse': (config/database.yml): did not find expected key while parsing a block mapping at line 2 column 3 (Psych::SyntaxError)"],
  },
  {
    id: 'ruby.psych-disallowed-class',
    language: 'ruby',
    match: /Tried to load unspecified class: (?<class>[A-Z][\w:]{0,150})|Psych::DisallowedClass/,
    errorType: 'Psych::DisallowedClass',
    category: 'configuration',
    priority: 35,
    summary: (c) => `YAML.safe_load refused to load ${c.class ?? 'a class'} that is not explicitly permitted.`,
    explanation: (c) =>
      `Since Psych 4 (Ruby 3.1), YAML.load is safe_load: only basic types are loaded unless you list others. The YAML contains ${c.class ?? 'a Ruby object'} (e.g. a serialized column, a Symbol, Date or Time in a fixture or config file).`,
    causes: ['A serialized Active Record column stores Ruby objects (Rails 7.0.3.1+ uses safe_load)', 'A config/fixture file contains Symbols, Dates or custom objects', 'An old gem calls YAML.load on its own files'],
    fixes: (c) => [
      {
        title: `Permit ${c.class ?? 'the class'} explicitly`,
        steps: ['Pass permitted_classes to safe_load, or configure Active Record for serialized columns', 'Or store plain data (strings, hashes) instead of objects'],
        code: `YAML.safe_load(text, permitted_classes: [${c.class ?? 'Symbol'}, Date, Time], aliases: true)\n\n# config/application.rb\nconfig.active_record.yaml_column_permitted_classes = [${c.class ?? 'Symbol'}, Date, Time]`,
      },
    ],
    references: [{ title: 'Ruby Psych: safe_load', url: 'https://docs.ruby-lang.org/en/master/Psych.html' }],
    samples: ["Psych::DisallowedClass: Tried to load unspecified class: ActiveSupport::HashWithIndifferentAccess"],
  },
  {
    id: 'ruby.encoding-error',
    language: 'ruby',
    match: /incompatible character encodings: (?<from>[\w-]{1,40}) and (?<to>[\w-]{1,40})|"(?:\\x[0-9A-F]{2}){1,8}" (?:from|on) (?<from2>[\w-]{1,40})(?: to (?<to2>[\w-]{1,40}))?|invalid byte sequence in (?<enc>[\w-]{1,40})/,
    errorType: (c) => (c.from ? 'Encoding::CompatibilityError' : c.from2 ? 'Encoding::UndefinedConversionError' : 'ArgumentError'),
    category: 'type',
    priority: 30,
    summary: (c) =>
      c.from
        ? `Strings in ${c.from} and ${c.to} were combined and Ruby cannot mix them.`
        : c.from2
          ? `A byte in ${c.from2} has no representation${c.to2 ? ` in ${c.to2}` : ''}.`
          : `A string marked as ${c.enc} contains bytes that are not valid ${c.enc}.`,
    explanation: () =>
      'Every Ruby String carries an encoding. Binary data (ASCII-8BIT: files read in binary mode, HTTP bodies, some gems) mixed with UTF-8 text, or text in another charset labelled as UTF-8, fails as soon as non-ASCII characters appear.',
    causes: ['A file or response was read as binary (ASCII-8BIT) and concatenated with UTF-8 text', 'Input in Latin-1/Windows-1252 is treated as UTF-8', 'Environment locale is not UTF-8 (LANG=C in Docker/cron)'],
    fixes: (c) => [
      {
        title: 'Convert to one encoding at the boundary',
        steps: ['Read files with an explicit encoding', 'Convert foreign text with encode, replacing what cannot be converted', 'Set LANG/LC_ALL to a UTF-8 locale in containers and cron'],
        code: `File.read(path, encoding: "bom|utf-8")\ntext = raw.dup.force_encoding("${c.from2 ?? c.enc ?? c.from ?? 'ISO-8859-1'}").encode("${c.to2 ?? c.to ?? 'UTF-8'}", invalid: :replace, undef: :replace)\nENV LANG=C.UTF-8`,
      },
    ],
    references: [{ title: 'Ruby: Encoding', url: `${RUBY_DOC}/Encoding.html` }],
    samples: [
      "app/views/layouts/application.html.erb:12:in `concat': incompatible character encodings: ASCII-8BIT and UTF-8 (Encoding::CompatibilityError)",
      "lib/export.rb:9:in `encode': \"\\xE2\" from ASCII-8BIT to UTF-8 (Encoding::UndefinedConversionError)",
      "lib/csv_import.rb:14:in `split': invalid byte sequence in UTF-8 (ArgumentError)",
    ],
  },
  {
    id: 'ruby.ssl-error',
    language: 'ruby',
    match: /(?:SSL_connect|SSL_read)[^\n]{0,120}?(?:certificate verify failed|wrong version number|unexpected eof)|certificate verify failed(?: \((?<reason>[^)\n]{1,100})\))?[^\n]{0,40}\((?<cls>OpenSSL::SSL::SSLError|Faraday::SSLError)\)|Could not verify the SSL certificate for (?<url>https?:\/\/[^\s.]{1,100}(?:\.[^\s]{1,100})?)/,
    errorType: (c) => (c.url ? 'Bundler::Fetcher::CertificateFailureError' : c.cls ?? 'OpenSSL::SSL::SSLError'),
    category: 'network',
    priority: 32,
    summary: (c) => `The TLS connection${c.url ? ` to ${c.url}` : ''} failed: the server certificate could not be verified${c.reason ? ` (${c.reason})` : ''}.`,
    explanation: 'OpenSSL could not build a trusted chain from the server certificate to a root CA in the certificate store Ruby uses. Typical on machines with an outdated CA bundle, behind a corporate TLS proxy, or with an expired intermediate certificate (e.g. the 2021 Let\'s Encrypt root change).',
    causes: ['The CA bundle used by Ruby/OpenSSL is outdated or missing', 'A proxy or antivirus intercepts TLS with its own certificate', 'The server sends an incomplete or expired chain'],
    fixes: (c) => [
      {
        title: 'Update the trusted certificates',
        steps: ['Update ca-certificates (Linux), or the OpenSSL of your Ruby (rbenv/rvm/Homebrew)', 'Behind a proxy, add its CA via SSL_CERT_FILE', `Check the server chain${c.url ? ` of ${c.url}` : ''} with openssl s_client`],
        code: `sudo apt-get install --reinstall ca-certificates\nruby -ropenssl -e 'p OpenSSL::X509::DEFAULT_CERT_FILE'\nexport SSL_CERT_FILE=/path/to/corporate-ca.pem\nopenssl s_client -connect ${c.url ? c.url.replace(/^https?:\/\//, '').replace(/\/.*$/, '') : 'rubygems.org'}:443 -showcerts`,
      },
    ],
    references: [{ title: 'Ruby OpenSSL: SSL', url: 'https://docs.ruby-lang.org/en/master/OpenSSL/SSL.html' }],
    samples: [
      "/usr/lib/ruby/3.0.0/net/protocol.rb:46:in `connect_nonblock': SSL_connect returned=1 errno=0 state=error: certificate verify failed (unable to get local issuer certificate) (OpenSSL::SSL::SSLError)",
      'Could not verify the SSL certificate for https://rubygems.org/.\nThere is a chance you are experiencing a man-in-the-middle attack',
    ],
  },
  {
    id: 'ruby.timeout',
    language: 'ruby',
    match: /(?<![\w:])(?<cls>Net::(?:Read|Open|Write)Timeout|Timeout::Error|Faraday::TimeoutError|HTTP::TimeoutError|Rack::Timeout::RequestTimeoutException|Redis::TimeoutError|RedisClient::ReadTimeoutError)\b/,
    errorType: (c) => c.cls ?? 'Timeout::Error',
    category: 'network',
    priority: 28,
    summary: (c) => `${c.cls}: an operation took longer than its timeout.`,
    explanation: (c) =>
      `${c.cls} means Ruby gave up waiting: ${/Open/.test(c.cls ?? '') ? 'the TCP connection could not be opened in time (host unreachable, firewall, wrong port)' : 'the other side accepted the connection but did not answer in time (slow server, large response, blocked worker)'}. ` +
      'The timeout is a client setting; raising it hides the symptom, so first find why the other side is slow.',
    causes: ['The remote service is slow or overloaded', 'A firewall silently drops packets (connect timeout)', 'The timeout is shorter than the legitimate work (large upload/report)'],
    fixes: (c) => [
      {
        title: `Find the slow call and handle ${c.cls}`,
        steps: ['Check the remote service and network from the same host', 'Set explicit timeouts and retry idempotent calls with backoff', 'Move slow work to a background job'],
        code: `http = Net::HTTP.new(host, 443)\nhttp.open_timeout = 5\nhttp.read_timeout = 30\n\nbegin\n  response = http.request(request)\nrescue ${c.cls} => e\n  retry if (attempts += 1) < 3\n  raise\nend`,
      },
    ],
    references: [{ title: 'Ruby Net::HTTP', url: 'https://docs.ruby-lang.org/en/master/Net/HTTP.html' }],
    samples: ["/usr/lib/ruby/3.2.0/net/protocol.rb:229:in `rbuf_fill': Net::ReadTimeout with #<TCPSocket:(closed)> (Net::ReadTimeout)"],
  },
  {
    id: 'ruby.socket-error',
    language: 'ruby',
    // getaddrinfo's reason is localised by the OS ("Name or service not known", "Hôte inconnu.", "Der angegebene Host ist unbekannt.").
    match:
      /Failed to open TCP connection to (?<host>[^\s:()]{1,253}):(?<port>\d{1,5}) \(getaddrinfo(?:\(3\))?: [^()\n]{0,120}\)(?: \((?<cls>SocketError|Socket::ResolutionError)\))?|getaddrinfo(?:\(3\))?: [^\n]{0,120}\((?<cls2>SocketError|Socket::ResolutionError)\)|(?<cls3>SocketError|Socket::ResolutionError): getaddrinfo/,
    errorType: (c) => c.cls ?? c.cls2 ?? c.cls3 ?? c.cls4 ?? c.cls5 ?? c.cls6 ?? c.cls7 ?? c.cls8 ?? 'SocketError',
    category: 'network',
    priority: 30,
    summary: (c) => `The host name ${c.host ?? ''} could not be resolved (DNS lookup failed).`.replace('  ', ' '),
    explanation: (c) =>
      `Before connecting${c.host ? ` to ${c.host}${c.port ? `:${c.port}` : ''}` : ''}, Ruby asked the system resolver (getaddrinfo) for the address of the host and got no answer. ` +
      'The name is misspelled, has no DNS record, the machine is offline, or (in Docker) the service name is not on the same network. The reason text comes from the operating system and may be localised.',
    causes: ['Typo or wrong host in the URL / configuration', 'No network or DNS (offline, VPN, proxy required)', 'In Docker, the other container is not on the same network or not started'],
    fixes: (c) => [
      {
        title: `Check that ${c.host ?? 'the host'} resolves from this machine`,
        steps: ['Resolve the name from the same host/container', 'Fix the URL or the DNS/proxy settings', 'In docker compose, use the service name and check both services share a network'],
        code: `# ${c.cls ?? c.cls2 ?? c.cls3 ?? 'SocketError'}: the DNS lookup failed\ngetent hosts ${c.host ?? 'api.example.com'}\nnslookup ${c.host ?? 'api.example.com'}\nruby -rsocket -e 'p Addrinfo.getaddrinfo("${c.host ?? 'api.example.com'}", ${c.port ?? '443'})'`,
      },
    ],
    references: [{ title: 'Ruby: SocketError', url: `${RUBY_DOC}/SocketError.html` }],
    samples: [
      "C:/Ruby200/lib/ruby/2.0.0/net/http.rb:878:in `initialize': getaddrinfo: Hôte inconnu.  (SocketError)",
      'Failed to open TCP connection to api.stripe.comm:443 (getaddrinfo: Name or service not known) (SocketError)',
    ],
  },
  {
    id: 'ruby.eaddrinuse',
    language: 'ruby',
    match: /Address already in use - bind\(2\) for "?(?<host>[^"\s]{1,200})"? port (?<port>\d{1,5})|Errno::EADDRINUSE/,
    errorType: 'Errno::EADDRINUSE',
    category: 'network',
    priority: 30,
    summary: (c) => `Port ${c.port ?? ''} is already in use: another process listens on it.`.replace('Port  ', 'The port '),
    explanation: (c) =>
      `The server (Puma, WEBrick, Thin…) tried to listen on ${c.host ?? 'an address'}${c.port ? ` port ${c.port}` : ''} and the operating system refused because another process already does: often a previous server that did not exit, or another app.`,
    causes: ['A previous rails server / puma is still running (or left tmp/pids/server.pid)', 'Another service uses the same port', 'Two Puma workers or apps configured on the same port'],
    fixes: (c) => [
      {
        title: `Free port ${c.port ?? '3000'} or use another one`,
        steps: [`Find and stop the process that holds the port${c.host ? ` on ${c.host}` : ''}`, 'Or start the server on another port'],
        code: `lsof -i :${c.port ?? '3000'}\nkill <pid>\nbin/rails server -p ${Number(c.port ?? '3000') + 1}`,
      },
    ],
    references: [{ title: 'Ruby: SystemCallError (Errno::*)', url: `${RUBY_DOC}/SystemCallError.html` }],
    samples: ['/usr/local/bundle/gems/puma-6.4.0/lib/puma/binder.rb:334:in `initialize\': Address already in use - bind(2) for "0.0.0.0" port 3000 (Errno::EADDRINUSE)'],
  },
  {
    id: 'ruby.eacces',
    language: 'ruby',
    match: /Permission denied @ (?<call>\w{1,60}) - (?<path>[^\s()]{1,300})|Errno::EACCES\b/,
    errorType: 'Errno::EACCES',
    category: 'permission',
    priority: 25,
    summary: (c) => `The process may not access ${c.path ?? 'a file'}.`,
    explanation: (c) =>
      `A system call${c.call ? ` (${c.call})` : ''} on ${c.path ?? 'a path'} was refused by the operating system: the user running Ruby lacks read/write/execute permission on it or on a parent directory. ` +
      'Common with files created by root (sudo, a Docker build step) and then used by an unprivileged user.',
    causes: ['The file or directory belongs to another user (root, from sudo or a Dockerfile)', 'The directory is read-only (container image, mounted volume)', 'Writing to a system location (the system gem directory, /usr/local)'],
    fixes: (c) => [
      {
        title: `Give the app user access to ${c.path ?? 'the path'}`,
        steps: ['Check owner and mode of the path and its parent', 'Change the owner, or write to a directory the user owns (tmp/, log/)'],
        code: `ls -ld ${c.path ?? 'path'}\nsudo chown -R "$(whoami)" ${c.path ?? 'path'}\n# Dockerfile\nRUN chown -R app:app /app/tmp /app/log`,
      },
    ],
    references: [{ title: 'Ruby: SystemCallError (Errno::*)', url: `${RUBY_DOC}/SystemCallError.html` }],
    samples: ["/app/config/boot.rb:4:in `open': Permission denied @ rb_sysopen - /app/tmp/cache/bootsnap/load-path-cache (Errno::EACCES)"],
  },
  {
    id: 'ruby.argument-error',
    language: 'ruby',
    match: /(?<kind>missing keywords?|unknown keywords?): (?<keys>:\w{1,60}(?:, :\w{1,60}){0,10})|comparison of (?<left>[A-Z]\w{0,60}) with (?<right>[\w:]{1,60}) failed|invalid value for (?<conv>Integer|Float|BigDecimal|Rational|Complex)\(\): (?<value>[^\n]{1,60})/,
    errorType: 'ArgumentError',
    category: 'type',
    priority: 25,
    summary: (c) =>
      c.kind
        ? `A method was called with ${c.kind} ${c.keys}.`
        : c.left
          ? `${c.left} cannot be compared with ${c.right}.`
          : `${c.value} is not a valid ${c.conv}.`,
    explanation: (c) =>
      c.kind
        ? `The method declares keyword arguments, and the call ${c.kind.startsWith('missing') ? 'does not pass the required' : 'passes keywords it does not accept:'} ${c.keys}. Since Ruby 3 a Hash is no longer converted into keywords automatically.`
        : c.left
          ? `Sorting, min/max or <, > compared a ${c.left} with ${c.right}; usually a collection contains nil or mixed types.`
          : `${c.conv}() is strict: it raises on input that is not entirely a number, unlike to_i/to_f.`,
    causes: ['A method signature changed and callers were not updated', 'A Hash is passed where keywords are expected (Ruby 3 keyword separation)', 'Data contains nil or mixed types'],
    fixes: (c) => [
      {
        title: c.kind ? `Pass exactly the keywords ${c.keys}` : c.left ? `Remove or handle ${c.right} before comparing` : `Validate the input before ${c.conv}()`,
        steps: c.kind
          ? ['Read the method signature and fix the call', 'Splat a hash into keywords with **']
          : c.left
            ? ['compact the collection or sort by a key with a default']
            : [`Use ${c.conv}(value, exception: false) and handle nil`],
        code: c.kind ? `call(**options)   # ${c.keys}` : c.left ? 'items.compact.sort\nitems.sort_by { |i| i.price || 0 }' : `${c.conv}(${c.value}, exception: false) || default`,
      },
    ],
    references: [{ title: 'Ruby: ArgumentError', url: `${RUBY_DOC}/ArgumentError.html` }],
    samples: [
      "app/services/notify.rb:3:in `initialize': missing keyword: :user (ArgumentError)",
      "lib/report.rb:15:in `sort': comparison of Integer with nil failed (ArgumentError)",
      "lib/import.rb:7:in `Integer': invalid value for Integer(): \"12a\" (ArgumentError)",
    ],
  },
  {
    id: 'ruby.redis-cannot-connect',
    language: 'ruby',
    match: /(?<cls>(?:Redis|RedisClient)::CannotConnectError)\b(?:[^\n]{0,80}?(?:on|to) (?:redis:\/\/)?(?<host>[\w.-]{1,200}):(?<port>\d{1,5}))?/,
    errorType: (c) => c.cls ?? 'Redis::CannotConnectError',
    category: 'network',
    priority: 32,
    summary: (c) => `Ruby could not connect to Redis${c.host ? ` at ${c.host}:${c.port}` : ''}.`,
    explanation: (c) =>
      `${c.cls} is raised by the redis gem (used by Sidekiq, Action Cable, caching) when the connection to ${c.host ? `${c.host}:${c.port}` : 'the Redis server'} fails: Redis is not running, listens elsewhere, or, in Docker, "localhost" is the container itself.`,
    causes: ['Redis is not started', 'REDIS_URL points to the wrong host/port (localhost inside a container)', 'TLS/password required (rediss://, requirepass) but not configured'],
    fixes: (c) => [
      {
        title: `Start Redis and point REDIS_URL at it${c.host ? ` (${c.host}:${c.port})` : ''}`,
        steps: ['Check Redis answers from the app host', 'Set REDIS_URL for the app and Sidekiq (service name in docker compose)', `Rescue ${c.cls} only where Redis is optional`],
        code: `redis-cli -h ${c.host ?? 'localhost'} -p ${c.port ?? '6379'} ping\nREDIS_URL=redis://redis:6379/0`,
      },
    ],
    references: [{ title: 'redis-rb README', url: 'https://github.com/redis/redis-rb' }],
    samples: ['Redis::CannotConnectError: Error connecting to Redis on localhost:6379 (Errno::ECONNREFUSED)'],
  },
  {
    id: 'ruby.capistrano-execute-error',
    language: 'ruby',
    match: /(?<cls>SSHKit::Runner::ExecuteError): Exception while executing (?:as (?<user>[^@\s]{1,100})@|on host )(?<host>[^\s:]{1,253}): (?<detail>[^\n]{0,300})|(?<cls2>SSHKit::Command::Failed): (?<detail2>[^\n]{0,300})/,
    errorType: (c) => c.cls ?? c.cls2 ?? 'SSHKit::Runner::ExecuteError',
    category: 'runtime',
    priority: 35,
    summary: (c) => `Capistrano: a command failed${c.host ? ` on ${c.host}` : ''}: ${c.detail ?? c.detail2 ?? ''}`.trim(),
    explanation: (c) =>
      `SSHKit ran a deployment command${c.host ? ` on ${c.host}` : ''}${c.user ? ` as ${c.user}` : ''} and it failed (${c.detail ?? c.detail2 ?? 'see the output'}). ` +
      'The ExecuteError wraps the real failure: an SSH error (authentication, host key, connection) or a remote command with a non-zero exit status, whose stdout/stderr are printed below it.',
    causes: ['SSH authentication failed (key not loaded in ssh-agent, wrong user)', 'A remote command failed (bundle install, assets:precompile, db:migrate): read its stderr', 'Missing environment on the server (Ruby version, Node/yarn, credentials, env vars)'],
    fixes: (c) => [
      {
        title: `Reproduce the failing command on ${c.host ?? 'the server'}`,
        steps: [`Read the stdout/stderr lines printed after ${c.cls ?? c.cls2 ?? 'the error'}: they come from the remote command`, `SSH to the host${c.user ? ` as ${c.user}` : ''} and run the same command in the release directory`, 'Run cap with --trace for the full backtrace'],
        code: `ssh ${c.user ? `${c.user}@` : ''}${c.host ?? 'server'}\ncd /var/www/app/current && RAILS_ENV=production bundle exec rake assets:precompile\nbundle exec cap production deploy --trace\nbundle exec cap production doctor`,
      },
    ],
    references: [{ title: 'Capistrano: Troubleshooting', url: 'https://capistranorb.com/documentation/faq/why-does-something-work-in-my-ssh-session-but-not-in-capistrano/' }],
    samples: [
      'Running bundle exec rake assets:precompile on localhost\ncap aborted!\nSSHKit::Runner::ExecuteError: Exception while executing on host localhost: rake exit status: 1\nrake stdout: Nothing written\nrake stderr: Nothing written',
      'cap aborted!\nSSHKit::Runner::ExecuteError: Exception while executing as deploy@203.0.113.5: Authentication failed for user deploy@203.0.113.5',
    ],
  },
  {
    id: 'ruby.net-ssh-auth-failed',
    language: 'ruby',
    match: /(?<cls>Net::SSH::AuthenticationFailed)(?::? (?:Authentication failed for user )?(?<user>[^@\s]{1,100})@(?<host>[^\s)]{1,253}))?/,
    errorType: 'Net::SSH::AuthenticationFailed',
    category: 'permission',
    priority: 33,
    summary: (c) => `SSH refused the login${c.user ? ` of ${c.user} on ${c.host}` : ''}.`,
    explanation: 'Net::SSH (used by Capistrano and SSHKit) offered its keys or password and the server accepted none: the key is not loaded in ssh-agent, not in authorized_keys of that user, or the key type is not accepted by the server.',
    causes: ['The key is not added to ssh-agent (Capistrano uses the agent by default)', 'Wrong user for the host in the deploy config', 'The server does not accept the key type (e.g. old net-ssh with ed25519 or rsa-sha2)'],
    fixes: (c) => [
      {
        title: `Check the SSH login${c.user ? ` of ${c.user}@${c.host}` : ''}`,
        steps: ['Load the key in ssh-agent and test the same login with ssh', 'Add ed25519/bcrypt_pbkdf gems if you use ed25519 keys'],
        code: `ssh-add -l || ssh-add ~/.ssh/id_ed25519\nssh -v ${c.user ? `${c.user}@${c.host}` : 'deploy@server'}\n# Gemfile (development)\ngem "ed25519"\ngem "bcrypt_pbkdf"\n# ${c.cls}`,
      },
    ],
    references: [{ title: 'net-ssh README', url: 'https://github.com/net-ssh/net-ssh' }],
    samples: ['Net::SSH::AuthenticationFailed: Authentication failed for user deploy@example.com'],
  },
  {
    id: 'ruby.rake-unknown-task',
    language: 'ruby',
    match: /Don't know how to build task '(?<task>[^'\n]{1,200})'/,
    errorType: 'RuntimeError',
    category: 'configuration',
    priority: 30,
    summary: (c) => `Rake has no task named ${c.task}.`,
    explanation: (c) =>
      `rake (or bin/rails) was asked to run ${c.task}, and no loaded Rakefile, lib/tasks/*.rake or gem defines it. Rake aborts with a RuntimeError. ` +
      'The name may be misspelled, the task lives in a gem that is not in this Bundler group, or the command runs outside the project directory.',
    causes: ['Typo or a task renamed in a newer Rails/gem version (e.g. assets tasks without sprockets)', 'The gem that defines the task is not in the Gemfile or not loaded in this environment', 'The command runs from another directory, so the project Rakefile is not loaded'],
    fixes: (c) => [
      {
        title: `Find the task ${c.task}`,
        steps: ['List the available tasks that look similar', 'Add the gem that provides it, or fix the name'],
        code: `bin/rails -T | grep ${(c.task ?? 'task').split(':')[0]}\nbundle exec rake -T\nbundle exec rake ${c.task} --trace`,
      },
    ],
    references: [{ title: 'Rake documentation', url: 'https://ruby.github.io/rake/' }],
    samples: ["rake aborted!\nDon't know how to build task 'assets:precompile' (See the list of available tasks with `rake --tasks`)"],
  },

  // ---------------------------------------------------------------- RubyGems / Bundler
  {
    id: 'gem.ruby-version-requirement',
    language: 'ruby',
    match: / requires Ruby version (?<=(?:(?<cls>Gem::(?:InstallError|RuntimeRequirementNotMetError)): )?(?<![\w.-])(?<gem>[A-Za-z][\w.-]{0,100}) requires Ruby version )(?<requirement>[<>=~!]{1,2} ?\d[\w.]{0,20}(?:, ?[<>=~!]{1,2} ?\d[\w.]{0,20}){0,3})/,
    errorType: (c) => c.cls ?? 'Gem::InstallError',
    category: 'dependency',
    priority: 45,
    summary: (c) => `${c.gem} needs Ruby ${c.requirement}, which the running Ruby does not satisfy.`,
    explanation: (c) =>
      `The gem's specification declares required_ruby_version ${c.requirement}. RubyGems refuses to install ${c.gem} for the Ruby that runs the install (check ruby -v in the same shell/CI job). ` +
      'Either the Ruby is too old/new for this version of the gem, or the lockfile pins a gem version meant for another Ruby.',
    causes: (c) => ['The lockfile was resolved on a newer Ruby than the one installing', 'CI/Docker uses another Ruby version than development', `No version constraint keeps ${c.gem} on a release compatible with this Ruby`],
    fixes: (c) => [
      {
        title: `Match the Ruby version and ${c.gem}`,
        steps: [`${c.cls ?? 'Gem::InstallError'} comes from the gem's required_ruby_version: run the install with a Ruby that satisfies ${c.requirement}`, `Or pin ${c.gem} to an older release that supports your Ruby`, 'Declare the Ruby version (Gemfile ruby / .ruby-version) so Bundler resolves for it'],
        code: `ruby -v\ngem install ${c.gem} -v '< X'   # a release that supports your Ruby\n# Gemfile\nruby "~> 3.2"\ngem "${c.gem}", "< X"`,
      },
    ],
    references: [{ title: 'RubyGems: Specification reference (required_ruby_version)', url: 'https://guides.rubygems.org/specification-reference/' }],
    samples: ['Installing rake 13.0.3\n\nGem::InstallError: rake requires Ruby version >= 2.2.\nAn error occurred while installing rake (13.0.3), and Bundler cannot continue.'],
  },
  {
    id: 'gem.missing-spec',
    language: 'ruby',
    match: /(?:(?<cls>Gem::(?:MissingSpecError|MissingSpecVersionError|LoadError|GemNotFoundException)): )?(?:Could not find '(?<gem>[\w.-]{1,100})' \((?<requirement>[^)\n]{1,60})\)(?: - did find: \[[^\]\n]{0,200}\])? (?:among \d{1,6} total gem|required by your [^\n]{0,200}?Gemfile\.lock)|can't find gem (?<gem2>[\w.-]{1,100}) \((?<requirement2>[^)\n]{1,60})\)(?: with executable (?<command>[\w.-]{1,100}))?)(?:[^\n]{0,120}?\((?<cls2>Gem::\w{1,60})\))?/,
    errorType: (c) => c.cls ?? c.cls2 ?? (c.gem2 ? 'Gem::GemNotFoundException' : 'Gem::MissingSpecError'),
    category: 'dependency',
    priority: 35,
    summary: (c) => `RubyGems cannot find ${c.gem ?? c.gem2} ${c.requirement ?? c.requirement2} for this Ruby.`,
    explanation: (c) =>
      `A program activated the gem ${c.gem ?? c.gem2} (${c.requirement ?? c.requirement2})${c.command ? ` to run ${c.command}` : ''}, and no installed version for the running Ruby satisfies it. ` +
      'Usually the bundler version named in Gemfile.lock ("BUNDLED WITH") is not installed, or the command runs with another Ruby/GEM_PATH than the one the gems were installed for.',
    causes: ['The Bundler version from Gemfile.lock (BUNDLED WITH) is not installed for this Ruby', 'Another Ruby or GEM_HOME is active (rbenv/rvm/asdf, a deploy user, a buildpack)', 'The gem was never installed in this environment'],
    fixes: (c) => [
      {
        title: `Install ${c.gem ?? c.gem2} for the Ruby that runs the command`,
        steps: ['Check which Ruby and gem paths are active', `Install the version required (${c.requirement ?? c.requirement2})`, 'For bundler, install the version from "BUNDLED WITH" or update the lockfile'],
        code: `ruby -v && gem env\ngem install ${c.gem ?? c.gem2}${(c.gem ?? c.gem2) === 'bundler' ? ' -v "$(tail -1 Gemfile.lock | tr -d \' \')"' : ''}\nbundle update --bundler${c.cls ?? c.cls2 ? `\n# ${c.cls ?? c.cls2}` : ''}`,
      },
    ],
    references: [{ title: 'RubyGems: Frequently asked questions', url: 'https://guides.rubygems.org/faqs/' }, { title: 'Bundler: bundle update --bundler', url: 'https://bundler.io/man/bundle-update.1.html' }],
    samples: [
      "/usr/local/rvm/rubies/ruby-2.1.0/lib/ruby/site_ruby/2.1.0/rubygems/dependency.rb:298:in `to_specs': Could not find 'bundler' (>= 0) among 8 total gem(s) (Gem::LoadError)",
      "/usr/lib/ruby/3.0.0/rubygems.rb:281:in `find_spec_for_exe': can't find gem bundler (= 2.4.10) with executable bundle (Gem::GemNotFoundException)",
      "/usr/lib/ruby/2.7.0/rubygems.rb:277:in `find_spec_for_exe': Could not find 'bundler' (2.2.33) required by your /app/Gemfile.lock. (Gem::GemNotFoundException)",
    ],
  },
  {
    id: 'gem.already-activated',
    language: 'ruby',
    match: /You have already activated (?<gem>[\w.-]{1,100}) (?<version>\d[\w.]{0,30}), but your Gemfile requires \k<gem> (?<required>\d[\w.]{0,30})/,
    errorType: 'Gem::LoadError',
    category: 'dependency',
    priority: 35,
    summary: (c) => `${c.gem} ${c.version} is already loaded, but the Gemfile.lock needs ${c.gem} ${c.required}.`,
    explanation: (c) =>
      `The command was started without Bundler, so RubyGems loaded the newest installed ${c.gem} (${c.version}); then Bundler tried to activate the locked version ${c.required} and both cannot be loaded in one process.`,
    causes: ['The command was run without bundle exec / a binstub', 'A newer version of the gem was installed globally'],
    fixes: (c) => [
      {
        title: 'Run through Bundler',
        steps: ['Prefix the command with bundle exec, or use the binstubs (bin/rails, bin/rake)', `Or update the lockfile to ${c.gem} ${c.version}`],
        code: `bundle exec rake db:migrate\nbundle update ${c.gem} --conservative   # lock ${c.gem} ${c.version} instead of ${c.required}`,
      },
    ],
    references: [{ title: 'Bundler: bundle exec', url: 'https://bundler.io/man/bundle-exec.1.html' }],
    samples: ['Gem::LoadError: You have already activated rake 10.1.0, but your Gemfile requires rake 10.2.2. Prepending `bundle exec` to your command may solve this.'],
  },
  {
    id: 'bundler.gemfile-not-found',
    language: 'ruby',
    match: /Could not locate Gemfile(?: or \.bundle\/ directory)?|Bundler::GemfileNotFound/,
    errorType: 'Bundler::GemfileNotFound',
    category: 'configuration',
    priority: 35,
    summary: 'Bundler found no Gemfile in this directory or any parent.',
    explanation: 'bundle install / bundle exec look for a Gemfile from the current directory upwards (or at BUNDLE_GEMFILE). The command ran outside the project, or BUNDLE_GEMFILE points to a missing file.',
    causes: ['The command runs in another directory (cron, systemd, CI step, Docker WORKDIR)', 'BUNDLE_GEMFILE is set to a wrong path', 'The Gemfile was not copied into the image before bundle install'],
    fixes: [
      {
        title: 'Run from the project directory',
        steps: ['cd into the project or set BUNDLE_GEMFILE', 'In a Dockerfile, copy Gemfile and Gemfile.lock before bundle install'],
        code: 'cd /path/to/app && bundle install\nBUNDLE_GEMFILE=/path/to/app/Gemfile bundle exec rake\n# Dockerfile\nWORKDIR /app\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install',
      },
    ],
    references: [{ title: 'Bundler: bundle config (BUNDLE_GEMFILE)', url: 'https://bundler.io/man/bundle-config.1.html' }],
    samples: ['Could not locate Gemfile or .bundle/ directory'],
  },
  {
    id: 'bundler.ruby-version-mismatch',
    language: 'ruby',
    match: /Your Ruby version is (?<version>\d[\w.]{0,30}), but your Gemfile specified (?<required>[^\s\n]{1,40})/,
    errorType: 'Bundler::RubyVersionMismatch',
    category: 'dependency',
    priority: 35,
    summary: (c) => `The Gemfile requires Ruby ${c.required}, but Ruby ${c.version} is running.`,
    explanation: (c) => `The Gemfile's ruby directive (or .ruby-version it reads) asks for ${c.required}; Bundler refuses to run with ${c.version}. A version manager did not switch, or CI/Docker installs another Ruby.`,
    causes: ['rbenv/rvm/asdf/chruby did not pick the project version (shell not initialised, no .ruby-version)', 'The Docker base image or CI setup uses another Ruby', 'The Gemfile was updated to a new Ruby that is not installed yet'],
    fixes: (c) => [
      {
        title: `Install and select Ruby ${c.required}`,
        steps: [`Install Ruby ${c.required} with your version manager and select it in the project`, `Or change the Gemfile if ${c.version} is intended`],
        code: `rbenv install ${c.required} && rbenv local ${c.required}\n# or\nasdf install ruby ${c.required}\n# Dockerfile\nFROM ruby:${c.required}`,
      },
    ],
    references: [{ title: 'Bundler: Gemfile ruby directive', url: 'https://bundler.io/man/gemfile.5.html' }],
    samples: ['Your Ruby version is 2.7.2, but your Gemfile specified 3.0.0'],
  },
  {
    id: 'gem.file-permission',
    language: 'ruby',
    match: /You don't have write permissions for the (?<path>[^\s]{1,300}) directory|Gem::FilePermissionError/,
    errorType: 'Gem::FilePermissionError',
    category: 'permission',
    priority: 43,
    summary: (c) => `gem install cannot write to ${c.path ?? 'the gem directory'}: it belongs to the system Ruby.`,
    explanation: (c) => `The gem command targets ${c.path ?? 'the system gem directory'}, which belongs to root (macOS system Ruby, a distribution package). Installing there needs root, and sudo gem install mixes system and project gems.`,
    causes: ['The system Ruby is used instead of a version-manager Ruby', 'GEM_HOME is not set to a user directory'],
    fixes: (c) => [
      {
        title: 'Use a Ruby you own (or a user gem directory)',
        steps: ['Install Ruby with rbenv/asdf/chruby/Homebrew and select it', `Or install into your home instead of ${c.path ?? 'the system directory'}`],
        code: 'brew install rbenv ruby-build && rbenv install 3.3.0 && rbenv global 3.3.0\n# or\ngem install --user-install bundler\nbundle config set --local path vendor/bundle',
      },
    ],
    references: [{ title: 'RubyGems: Frequently asked questions', url: 'https://guides.rubygems.org/faqs/' }],
    samples: ["ERROR:  While executing gem ... (Gem::FilePermissionError)\n    You don't have write permissions for the /Library/Ruby/Gems/2.6.0 directory."],
  },
  {
    id: 'gem.while-executing',
    language: 'ruby',
    // `gem` prints the class of the failure in its summary line and the message below it.
    match: /ERROR: {1,2}While executing gem \.\.\. \((?<cls>Gem::[\w:]{1,100}|[A-Z][\w:]{0,100})\)(?:\s{1,20}(?<message>[^\n]{1,300}))?/,
    errorType: (c) => c.cls ?? 'Gem::Exception',
    category: 'dependency',
    priority: 42,
    summary: (c) => `The gem command failed with ${c.cls}${c.message ? `: ${c.message}` : ''}.`,
    explanation: (c) =>
      `RubyGems stopped and reports ${c.cls}; the indented line below the summary is its message${c.message ? ` (${c.message})` : ''}. ` +
      'FetchError means downloading from the gem source failed (network, proxy, TLS certificates), FilePermissionError a write to a directory you do not own, and DependencyError/UnsatisfiableDependencyError a version that cannot be resolved.',
    causes: ['Network, proxy or TLS problems reaching the gem source (FetchError)', 'Installing into the system Ruby without permission (FilePermissionError)', 'A gem or version that does not exist or does not support this Ruby/platform'],
    fixes: (c) => [
      {
        title: `Address the ${c.cls} reason and retry`,
        steps: ['Read the message under the ERROR line', 'For fetch/TLS errors check the network/proxy and update RubyGems and the CA certificates', 'For permission errors use a version-manager Ruby or --user-install'],
        code: `gem env\ngem update --system\ngem install <gem> --verbose   # shows the full ${c.cls} reason`,
      },
    ],
    references: [{ title: 'RubyGems: Frequently asked questions', url: 'https://guides.rubygems.org/faqs/' }],
    samples: ['ERROR:  While executing gem ... (Gem::RemoteFetcher::FetchError)\n    SSL_connect returned=1 errno=0 state=error: certificate verify failed (https://api.rubygems.org/specs.4.8.gz)'],
  },
  {
    id: 'bundler.http-error',
    language: 'ruby',
    match: /Could not fetch specs from (?<url>https?:\/\/[^\s]{1,200}?)\/?(?= |$)|Could not reach host (?<host>[\w.-]{1,200})|(?<cls>Bundler::(?:HTTPError|Fetcher::(?:NetworkDownError|FallbackError|AuthenticationRequiredError|BadAuthenticationError)))\b/m,
    errorType: (c) => c.cls ?? (c.host ? 'Bundler::Fetcher::NetworkDownError' : 'Bundler::HTTPError'),
    category: 'network',
    priority: 34,
    summary: (c) => `Bundler could not download the gem index${c.url ? ` from ${c.url}` : c.host ? ` from ${c.host}` : ''}.`,
    explanation: (c) =>
      `bundle install fetches gem metadata from the sources in the Gemfile${c.url ? ` (${c.url})` : ''}. The request failed: no network or DNS, a proxy that is not configured, a TLS problem, or credentials missing for a private source.`,
    causes: ['No network/DNS in this environment (CI, container build)', 'A proxy is required (HTTP_PROXY/HTTPS_PROXY) or intercepts TLS', 'A private gem source needs credentials (bundle config)'],
    fixes: (c) => [
      {
        title: `Check access to ${c.url ?? c.host ?? 'the gem source'}`,
        steps: ['Fetch the source URL with curl from the same machine', 'Configure the proxy or credentials for Bundler', `Retry; ${c.cls ?? 'the HTTP error'} is often transient`],
        code: `curl -I ${c.url ?? (c.host ? `https://${c.host}` : 'https://rubygems.org')}\nexport HTTPS_PROXY=http://proxy:3128\nbundle config set --global ${(c.url ?? c.host ?? 'gems.example.com').replace(/^https?:\/\//, '').split('/')[0]} user:token\nbundle install --retry 3`,
      },
    ],
    references: [{ title: 'Bundler: bundle config (credentials and mirrors)', url: 'https://bundler.io/man/bundle-config.1.html' }],
    samples: [
      'Fetching source index from https://rubygems.org/\nCould not fetch specs from https://rubygems.org/ due to underlying error <bad URI(is not URI?): http://proxy:8080>',
      'Could not reach host index.rubygems.org. Check your network connection and try again.',
    ],
  },
  {
    id: 'bundler.install-error',
    language: 'ruby',
    match: /An error occurred while installing (?<gem>[\w.-]{1,100}) \((?<version>[^)\n]{1,50})\), and Bundler cannot continue/,
    errorType: 'Bundler::InstallError',
    category: 'dependency',
    priority: 20,
    summary: (c) => `Bundler could not install ${c.gem} ${c.version}.`,
    explanation: (c) =>
      `bundle install stopped because installing ${c.gem} ${c.version} failed; the real reason is printed above this line (a compiler error, a missing library, a Ruby version requirement, a network or permission error).`,
    causes: ['A native extension failed to compile (missing compiler or headers)', 'The gem version does not support this Ruby or platform', 'Network or permission problems while downloading/writing'],
    fixes: (c) => [
      {
        title: `Install ${c.gem} on its own to see the error`,
        steps: ['Run the gem install that Bundler suggests and read its full output', 'Fix the reason it prints, then run bundle install again'],
        code: `gem install ${c.gem} -v '${c.version}' --verbose\nbundle install`,
      },
    ],
    references: [{ title: 'Bundler: bundle install', url: 'https://bundler.io/man/bundle-install.1.html' }],
    samples: ["An error occurred while installing mimemagic (0.3.10), and Bundler cannot continue.\nMake sure that `gem install mimemagic -v '0.3.10' --source 'https://rubygems.org/'` succeeds before bundling."],
  },

  {
    id: 'ruby.rspec-expectation-failed',
    language: 'ruby',
    // An RSpec failure whose reason is an expectation (not an exception, which RSpec prints as
    // "NoMethodError:" etc. and other patterns recognise).
    match: /Failure\/Error: (?<code>[^\n]{1,300})\n(?:[ \t]*\n)?[ \t]{0,20}(?:expected|Expected|expected:)\b[^\n]{0,300}(?:\n[ \t]{0,30}got:[ \t]{0,10}(?<got>[^\n]{0,200}))?/,
    errorType: 'RSpec::Expectations::ExpectationNotMetError',
    category: 'runtime',
    priority: 5,
    summary: (c) => `An RSpec expectation failed: ${c.code}`,
    explanation: (c) =>
      `The example ran without an exception, but the expectation \`${c.code}\` did not hold${c.got ? ` (got ${c.got})` : ''}. ` +
      'RSpec prints what it expected and what it got; the "# ./spec/…:N" line is the expectation, and the code under test is what produced the value.',
    causes: ['The code under test returns something else than the spec expects (a real bug or a changed behaviour)', 'Test data/setup differs (factories, time zone, ordering of records)', 'The expectation itself is outdated'],
    fixes: (c) => [
      {
        title: 'Reproduce the one example and compare values',
        steps: [`Run only the failing example (the "rspec ./spec/…:N" line at the end of the output)`, `Inspect the value checked by \`${c.code}\` just before the expectation`, 'Fix the code, or update the expectation if the new behaviour is intended'],
        code: 'bundle exec rspec ./spec/models/user_spec.rb:12\n# inside the example\npp subject',
      },
    ],
    references: [{ title: 'RSpec Expectations', url: 'https://rspec.info/documentation/' }],
    samples: ['Failures:\n\n  1) User#full_name joins the names\n     Failure/Error: expect(user.full_name).to eq("Ada Lovelace")\n\n       expected: "Ada Lovelace"\n            got: "Ada"\n\n       (compared using ==)\n     # ./spec/models/user_spec.rb:8:in `block (3 levels) in <top (required)>\''],
  },

  {
    id: 'ruby.logged-error-class',
    language: 'ruby',
    // Ruby services that log failures as fields (Fluentd: "error_class=Fluent::…::RecoverableRequestFailure
    // error="…""): the logged class is the exception, even when its message quotes a lower-level one.
    match: /\berror_class=(?!Errno::)(?<cls>(?:[A-Z]\w{0,60}::){0,6}[A-Z]\w{0,80}) error="(?<message>[^"\n]{0,300})/,
    errorType: (c) => c.cls ?? 'StandardError',
    category: 'runtime',
    priority: 38,
    summary: (c) => `${c.cls} was raised and logged${c.message ? `: ${c.message}` : ''}.`,
    explanation: (c) =>
      `The service logged the exception class ${c.cls} with its message. In Fluentd, output plugins raise such errors when the destination (Elasticsearch, S3, a forward server) refuses, times out or rejects the data; the buffer is retried with backoff until retry_limit.`,
    causes: ['The destination service is down, unreachable or rejects the requests (auth, mapping, size)', 'Wrong host/port/scheme in the plugin configuration', 'The buffer grows faster than it can be flushed'],
    fixes: (c) => [
      {
        title: `Check what ${c.cls} says about the destination`,
        steps: ['Read the error="…" message: it names the host and the lower-level failure', 'Test the destination from the same host/container and fix the plugin configuration'],
        code: `# the message of ${c.cls}\n# ${c.message ?? ''}\ncurl -v http://elasticsearch:9200/\nfluentd --dry-run -c /fluentd/etc/fluent.conf`,
      },
    ],
    references: [{ title: 'Fluentd: Buffer section and retries', url: 'https://docs.fluentd.org/configuration/buffer-section' }],
    samples: ['2021-03-04 10:00:00 +0000 [warn]: #0 failed to flush the buffer. retry_time=3 next_retry_seconds=2021-03-04 10:00:08 +0000 chunk="5bc" error_class=Fluent::Plugin::ElasticsearchOutput::RecoverableRequestFailure error="could not push logs to Elasticsearch cluster ({:host=>\\"es\\", :port=>9200}): Connection refused - connect(2) for 172.18.0.2:9200 (Errno::ECONNREFUSED)"'],
  },

  // ---------------------------------------------------------------- catch-all
  {
    id: 'ruby.exception',
    language: 'ruby',
    // Any exception in the shapes Ruby and Rails print it: Ruby's uncaught-exception line
    // "file.rb:12:in 'meth': message (Some::Error)", a line starting with "Some::Error: message"
    // (irb, rake, RSpec, Sidekiq) or "Some::Error (message):" (Rails log), and exception
    // notifiers' "A Some::Error occurred in …". Namespaced classes outside the first shape must
    // look like an exception name.
    match: new RegExp(
      String.raw`:in [\x60'][^'\x60\n]{0,200}['\x60]: [^\n]{0,800}\((?<cls>${RUBY_CLASS})\)[ \t]*$` +
        String.raw`|^[#*>\s]{0,4}(?:[^\n:]{0,40}\b(?:WARN|ERROR|FATAL|error)(?: --)?: |\[[^\]\n]{1,80}\] |app\[[\w.-]{1,40}\]: )?(?<cls2>${RUBY_EXCEPTION_CLASS})(?:: | \(|:?$)` +
        // logfmt / JSON log fields: error=Foo::Error, "error_class":"Foo::Error".
        String.raw`|\b(?:error|exception|error_class|exception_class)"?[:=] ?["']?(?<cls8>${RUBY_EXCEPTION_CLASS})(?=[:"'\s]|$)` +
        String.raw`|\bAn? \x60?(?<cls3>${RUBY_EXCEPTION_CLASS})\x60? occurred in\b` +
        String.raw`|^(?<cls4>(?:[A-Z]\w{0,60}::){1,5}[A-Z]\w{0,80}): [^\n]{0,500}\n[ \t]{1,20}(?:from )?[^\s:]{1,300}:\d{1,7}:in ` +
        String.raw`|^[ \t]{0,8}\((?<cls5>${RUBY_EXCEPTION_CLASS})\)[ \t]*$` +
        // Object#inspect of an exception ("#<Foo::Error: message>", Puma and Sidekiq logs) and error trackers' "Error type: Foo".
        String.raw`|#<(?<cls6>${RUBY_CLASS}): ` +
        String.raw`|\bError (?:type|class):[*\s]{0,4}\x60?(?<cls7>${RUBY_CLASS})\b`,
      'm',
    ),
    errorType: (c) => c.cls ?? c.cls2 ?? c.cls3 ?? c.cls4 ?? c.cls5 ?? c.cls6 ?? c.cls7 ?? c.cls8 ?? 'StandardError',
    category: 'runtime',
    priority: -10,
    summary: (c) => `Ruby raised ${c.cls ?? c.cls2 ?? c.cls3 ?? c.cls4 ?? c.cls5 ?? c.cls6 ?? c.cls7 ?? c.cls8} and nothing rescued it.`,
    explanation: (c) =>
      `${c.cls ?? c.cls2 ?? c.cls3 ?? c.cls4 ?? c.cls5 ?? c.cls6 ?? c.cls7 ?? c.cls8} was raised and not rescued. The message after the class name says what went wrong; ` +
      'the first backtrace line is where it was raised and the lines below ("from …" or indented frames) are its callers: the first frame in your own code (not in gems/ or ruby/) is where to start. ' +
      'A class in a namespace (Foo::Bar::Error) comes from that gem or library; its documentation lists when it is raised.',
    causes: (c) => [`See the message that comes with ${c.cls ?? c.cls2 ?? c.cls3 ?? c.cls4 ?? c.cls5 ?? c.cls6 ?? c.cls7 ?? c.cls8}`, 'The first frame of your own code in the backtrace is where the bad value or call originates'],
    fixes: (c) => [
      {
        title: `Find where ${c.cls ?? c.cls2 ?? c.cls3 ?? c.cls4 ?? c.cls5 ?? c.cls6 ?? c.cls7 ?? c.cls8} comes from`,
        steps: [
          'Open the first backtrace frame in your own code and inspect the values used there',
          `Search the gem or Ruby documentation for ${c.cls ?? c.cls2 ?? c.cls3 ?? c.cls4 ?? c.cls5 ?? c.cls6 ?? c.cls7 ?? c.cls8} to see when it is raised`,
          'Reproduce it in a console (bin/rails console / irb) with the same input',
        ],
        code: `begin\n  risky_call\nrescue ${c.cls ?? c.cls2 ?? c.cls3 ?? c.cls4 ?? c.cls5 ?? c.cls6 ?? c.cls7 ?? c.cls8} => e\n  logger.error("#{e.class}: #{e.message}\\n#{e.backtrace.first(5).join("\\n")}")\n  raise\nend`,
      },
    ],
    references: [{ title: 'Ruby: Exception', url: `${RUBY_DOC}/Exception.html` }, { title: 'Ruby: exception handling syntax', url: `${RUBY_DOC}/syntax/exceptions_rdoc.html` }],
    samples: [
      "lib/billing/charge.rb:41:in `call': card declined (Stripe::CardError)\n\tfrom app/jobs/charge_job.rb:7:in `perform'",
      'Aws::S3::Errors::NoSuchKey: The specified key does not exist.\n  /app/vendor/bundle/ruby/3.2.0/gems/aws-sdk-core-3.190.0/lib/seahorse/client/plugins/raise_response_errors.rb:17:in `call\'',
      'Pundit::NotAuthorizedError (not allowed to update? this Post):\n  app/controllers/posts_controller.rb:30:in `update\'',
      'A Stripe::CardError occurred in orders#create:',
    ],
  },
];
