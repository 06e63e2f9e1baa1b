import type { Captures, ErrorPattern } from '../rules/error-pattern';
import type { Category, Fix, Reference } from '../translation';
import { fix } from './answer-parts';

/**
 * A second catalog pass over database errors, from the server logs and client tools people paste
 * rather than from a program's trace: PostgreSQL's start-up failures (a lock file left behind or
 * unwritable, a lost checkpoint record, shared memory), pg_restore's and pg_upgrade's own
 * failures, PgBouncer's pooler errors, MySQL/MariaDB server logs (InnoDB's lock and file errors,
 * the socket and data directory at start-up, the privilege tables, MySQL 8's `[MY-0xxxxx]` log
 * codes), sqlcmd's and SSMS's connection failures, ODBC's SQLSTATE lines, FreeTDS, SQL Server's
 * full transaction log, Oracle's listener (`TNS-`) and SQL*Plus (`SP2-`) messages. Each entry
 * answers with the server code when one is known (the SQLSTATE, the SQL Server or MySQL number,
 * the Oracle code), else with the tool's own phrase, and its fix repeats what the message named.
 */

/** A SQL catalogue's entry (this file's and sql-catalogue3's), made a pattern by sqlCataloguePattern. */
export interface SqlCatalogueEntry {
  id: string;
  /** The error type: the code or phrase, or how to read it from the captures. */
  type: string | ((c: Captures) => string);
  /** A cheap test every text the entry matches passes. */
  requires: RegExp;
  match: RegExp;
  priority: number;
  category: Category;
  summary: (c: Captures) => string;
  why: string;
  fix: (c: Captures) => Fix;
  reference: Reference;
  sample: string;
}

const PG_CODES: Reference = { title: 'PostgreSQL: Appendix A, error codes', url: 'https://www.postgresql.org/docs/current/errcodes-appendix.html' };
const PG_START: Reference = { title: 'PostgreSQL: starting the database server', url: 'https://www.postgresql.org/docs/current/server-start.html' };
const PG_KERNEL: Reference = { title: 'PostgreSQL: managing kernel resources', url: 'https://www.postgresql.org/docs/current/kernel-resources.html' };
const PG_RESTORE: Reference = { title: 'PostgreSQL: pg_restore', url: 'https://www.postgresql.org/docs/current/app-pgrestore.html' };
const PG_UPGRADE: Reference = { title: 'PostgreSQL: pg_upgrade', url: 'https://www.postgresql.org/docs/current/pgupgrade.html' };
const PG_RESETWAL: Reference = { title: 'PostgreSQL: pg_resetwal', url: 'https://www.postgresql.org/docs/current/app-pgresetwal.html' };
const PGBOUNCER: Reference = { title: 'PgBouncer: configuration', url: 'https://www.pgbouncer.org/config.html' };
const MYSQL_ERRORS: Reference = { title: 'MySQL: server error message reference', url: 'https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html' };
const MYSQL_INNODB: Reference = { title: 'MySQL: troubleshooting InnoDB I/O problems', url: 'https://dev.mysql.com/doc/refman/8.0/en/error-creating-innodb.html' };
const MYSQL_INIT: Reference = { title: 'MySQL: initializing the data directory', url: 'https://dev.mysql.com/doc/refman/8.0/en/data-directory-initialization.html' };
const MYSQL_SOCKET: Reference = { title: 'MySQL: how to protect or change the MySQL Unix socket file', url: 'https://dev.mysql.com/doc/refman/8.0/en/problems-with-mysql-sock.html' };
const MSSQL_SQLCMD: Reference = { title: 'SQL Server: connecting with sqlcmd (Linux and macOS)', url: 'https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connecting-with-sqlcmd' };
const MSSQL_ENCRYPT: Reference = { title: 'SQL Server: troubleshoot connection encryption errors', url: 'https://learn.microsoft.com/en-us/sql/connect/odbc/connection-troubleshooting' };
const MSSQL_NETWORK: Reference = {
  title: 'SQL Server: a network-related or instance-specific error occurred',
  url: 'https://learn.microsoft.com/en-us/troubleshoot/sql/database-engine/connect/network-related-or-instance-specific-error-occurred-while-establishing-connection',
};
const MSSQL_9002: Reference = { title: 'SQL Server: troubleshoot a full transaction log (error 9002)', url: 'https://learn.microsoft.com/en-us/sql/relational-databases/logs/troubleshoot-a-full-transaction-log-sql-server-error-9002' };
const FREETDS: Reference = { title: 'FreeTDS: troubleshooting', url: 'https://www.freetds.org/userguide/troubleshooting.html' };
const ORACLE_ERRORS: Reference = { title: 'Oracle Database: error messages', url: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/errmg/' };
const SQLPLUS_ERRORS: Reference = { title: 'SQL*Plus: error messages', url: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/sqpug/SQL-Plus-error-messages.html' };

/** A MySQL 8 log line's own code ("[MY-010259]") when the line shows one, else the message's phrase. */
const myCodeOr = (phrase: string) => (c: Captures) => c.my ?? phrase;
const MY = String.raw`(?:\[(?<my>MY-\d{6})\] \[\w{1,20}\] )?`;

const ENTRIES: readonly SqlCatalogueEntry[] = [
  // ------------------------------------------------------------ PostgreSQL: start-up and files
  {
    id: 'sql.pg-lock-file-exists',
    type: 'F0001',
    requires: /lock file "/,
    match: /lock file "(?<name>[^"\n]{1,300})" already exists(?:\s*\n[^\n]{0,80}HINT:\s+Is another postmaster \(PID (?<pid>\d{1,10})\))?/,
    priority: 30,
    category: 'configuration',
    summary: (c) => `PostgreSQL did not start: its lock file ${c.name} already exists${c.pid ? ` and names PID ${c.pid}` : ''}.`,
    why: 'A server records its PID in postmaster.pid (and in a .s.PGSQL.<port>.lock file next to its socket). Another server still runs on that data directory or socket, or a crash or a container restart left the file behind with a PID that some other process now has.',
    fix: (c) =>
      fix(`Stop the other server, or remove the stale ${c.name}`, [
        `Check whether ${c.pid ? `PID ${c.pid}` : 'the PID on the first line of the file'} is a running postgres process (ps -p <pid>)`,
        'If it is, stop that server (pg_ctl stop, brew services stop, or the other container) instead of starting a second one',
        `If no postgres runs with that PID, delete ${c.name} and start the server again`,
      ], `cat "${c.name}"\nps -p "$(head -1 "${c.name}")"\nrm "${c.name}"   # only when no postgres process has that PID`),
    reference: PG_START,
    sample: 'FATAL:  lock file "postmaster.pid" already exists\nHINT:  Is another postmaster (PID 90) running in data directory "/var/lib/postgresql/13/main"?',
  },
  {
    id: 'sql.pg-lock-file-access',
    type: (c) => (c.reason === 'Permission denied' ? '42501' : '53100'),
    requires: /lock file "/,
    match: /could not (?:open|create|write) lock file "(?<name>[^"\n]{1,300})": (?<reason>Permission denied|No space left on device)/,
    priority: 30,
    category: 'io',
    summary: (c) => `PostgreSQL could not ${c.reason === 'Permission denied' ? 'open' : 'write'} its lock file ${c.name}: ${c.reason}.`,
    why: 'At start-up the server writes a lock file into its data directory (postmaster.pid) and next to its socket (.s.PGSQL.<port>.lock). Another user owns the file or directory (a server started once as another user, /tmp shared with another installation), or the volume is full.',
    fix: (c) =>
      c.reason === 'Permission denied'
        ? fix(`Give the postgres user access to ${c.name}`, [`Check who owns ${c.name} and its directory`, 'Remove a lock file left by another installation or user, or start the server as the user that owns the data directory'], `ls -l "${c.name}"\nsudo rm "${c.name}"   # when no server owns it`)
        : fix('Free space on the data volume', [`The volume holding ${c.name} is full: delete old logs or WAL kept by an unused replication slot, or grow the volume`], 'df -h /var/lib/postgresql\nSELECT slot_name, active FROM pg_replication_slots;'),
    reference: PG_CODES,
    sample: 'FATAL:  could not write lock file "postmaster.pid": No space left on device',
  },
  {
    id: 'sql.pg-checkpoint-record',
    type: (c) => `could not locate ${c.which} checkpoint record`,
    requires: /checkpoint record/,
    match: /(?:PANIC|FATAL):\s+could not locate (?<which>a valid|required) checkpoint record/,
    priority: 30,
    category: 'database',
    summary: (c) => `PostgreSQL cannot start: it could not locate ${c.which} checkpoint record in the WAL.`,
    why: 'Recovery starts from the last checkpoint recorded in pg_control (or in backup_label after a base backup). The WAL file holding it is missing or damaged: a crash or power loss on storage that does not honour fsync, a copy of the data directory without pg_wal, or a backup restored without its WAL.',
    fix: (c) =>
      c.which === 'required'
        ? fix('Give recovery the WAL the backup needs', ['Set restore_command so the archived WAL of this backup can be fetched', 'Remove backup_label only if this is not a restored backup, as the HINT says'])
        : fix('Restore from a backup, or reset the WAL as a last resort', [
            'Restore the latest base backup with its WAL archive if you have one',
            'Otherwise copy the data directory first, then run pg_resetwal -f: the server starts, but recent transactions may be lost and the data should be dumped and reloaded',
          ], 'cp -a "$PGDATA" "$PGDATA.bak"\npg_resetwal -f "$PGDATA"'),
    reference: PG_RESETWAL,
    sample: '2022-03-20 06:00:50.988 UTC [2565169] PANIC:  could not locate a valid checkpoint record\n2022-03-20 06:00:51.256 UTC [2565166] LOG:  startup process (PID 2565169) was terminated by signal 6: Aborted',
  },
  {
    id: 'sql.pg-shared-memory',
    type: (c) => (c.segment ? '53100' : 'could not create shared memory segment'),
    requires: /shared memory segment/,
    match: /could not resize shared memory segment "(?<segment>[^"\n]{1,100})" to \d{1,15} bytes: No space left on device|could not create shared memory segment: (?<reason>No space left on device|Invalid argument|Cannot allocate memory)/,
    priority: 30,
    category: 'memory',
    summary: (c) => (c.segment ? `A query needed more shared memory (${c.segment}) than /dev/shm holds.` : `PostgreSQL could not create its shared memory segment: ${c.reason}.`),
    why: 'Parallel queries and hash joins use dynamic shared memory in /dev/shm; Docker gives a container only 64 MB there. At start-up, System V shared memory (shmget) is limited by the kernel (SHMMAX, SHMMNI): the HINT says this is not about disk space.',
    fix: (c) =>
      c.segment
        ? fix('Give the container more shared memory', ['Raise /dev/shm (docker run --shm-size, compose shm_size, a memory-backed emptyDir on Kubernetes)', 'Or lower max_parallel_workers_per_gather / work_mem'], 'services:\n  db:\n    image: postgres:16\n    shm_size: 1g')
        : fix('Raise the kernel limits or lower shared_buffers', ['Stop other servers holding segments (ipcs -m), raise kernel.shmmax / kernel.shmmni, or lower shared_buffers'], 'ipcs -m\nsysctl -w kernel.shmmni=8192'),
    reference: PG_KERNEL,
    sample: 'ERROR:  could not resize shared memory segment "/PostgreSQL.412969521" to 8409088 bytes: No space left on device\nCONTEXT:  parallel worker',
  },
  {
    id: 'sql.pg-initdb-permissions',
    type: 'could not change permissions of directory',
    requires: /could not change permissions of directory/,
    match: /initdb: (?:error: )?could not change permissions of directory "(?<name>[^"\n]{1,300})": (?<reason>Operation not permitted|Permission denied)/,
    priority: 30,
    category: 'permission',
    summary: (c) => `initdb could not chmod the data directory ${c.name}: ${c.reason}.`,
    why: 'initdb sets the data directory to mode 0700 and needs to own it. A bind mount from NFS, SMB, a Windows or macOS host folder, or a volume owned by another UID does not let the container user (postgres, UID 999) chmod it; a container run with --user another UID hits the same.',
    fix: (c) =>
      fix(`Let the postgres user own ${c.name}`, [
        'Use a named Docker volume (or a local disk) instead of a network or host-folder bind mount',
        `Or chown the host directory to the UID the server runs as, or set PGDATA to a subdirectory of ${c.name} that initdb can create`,
      ], `sudo chown -R 999:999 ./pgdata   # the postgres UID of the official image\nPGDATA=${c.name}/pgdata`),
    reference: { title: 'PostgreSQL: initdb', url: 'https://www.postgresql.org/docs/current/app-initdb.html' },
    sample: 'fixing permissions on existing directory /var/lib/postgresql/data ... initdb: error: could not change permissions of directory "/var/lib/postgresql/data": Operation not permitted',
  },
  // ------------------------------------------------------------ PostgreSQL tools and PgBouncer
  {
    id: 'sql.pg-restore-input',
    type: (c) => (c.name ? 'could not open input file' : 'input file does not appear to be a valid archive'),
    requires: /pg_restore/,
    match: /pg_restore(?:\.exe)?: (?:error: |\[[\w ()]{1,40}\] )?(?:input file does not appear to be a valid archive|could not open input file "(?<name>[^"\n]{1,300})": No such file or directory)/,
    priority: 30,
    category: 'io',
    summary: (c) => (c.name ? `pg_restore cannot open ${c.name}.` : 'pg_restore does not recognise the file as a pg_dump archive.'),
    why: 'pg_restore reads only pg_dump archives (custom -Fc, directory -Fd, tar -Ft). A plain .sql dump is replayed with psql; a directory-format restore needs the directory that holds toc.dat; a truncated or still compressed file is not an archive either.',
    fix: (c) =>
      c.name
        ? fix(`Point pg_restore at the dump directory that contains toc.dat`, [`${c.name} does not exist: pass the directory pg_dump -Fd wrote, or the .backup/.dump file with the matching --format`], 'pg_restore --format=directory -d appdb /backups/appdb.dir')
        : fix('Restore a plain SQL dump with psql', ['Check the file: a plain dump starts with "-- PostgreSQL database dump", an archive with "PGDMP"', 'Run plain dumps through psql; decompress .gz files first'], 'head -c 5 dump.sql\npsql -d appdb -f dump.sql'),
    reference: PG_RESTORE,
    sample: 'pg_restore: error: input file does not appear to be a valid archive',
  },
  {
    id: 'sql.pg-upgrade-libraries',
    type: 'missing loadable libraries',
    requires: /loadable libraries|required libraries/,
    match: /Checking for presence of required libraries\s{1,80}fatal|Your installation references loadable libraries that are missing from the\s+new installation/,
    priority: 30,
    category: 'dependency',
    summary: () => 'pg_upgrade stopped: the old cluster uses extension libraries the new version does not have.',
    why: 'Functions in the old databases point at shared libraries ($libdir/pg_cron, postgis-3, pgaudit…). The new PostgreSQL version needs the same extensions built for it before pg_upgrade can carry those functions over; loadable_libraries.txt lists them.',
    fix: () => fix('Install the extensions for the new version, then rerun the check', ['Read loadable_libraries.txt for the missing libraries', 'Install each extension package for the new major version (postgresql-16-postgis-3, pg_cron_16…), or drop the extension from the old cluster if it is unused', 'Run pg_upgrade --check again'], 'cat loadable_libraries.txt\npg_upgrade --check -b /usr/lib/postgresql/15/bin -B /usr/lib/postgresql/16/bin -d /var/lib/postgresql/15/main -D /var/lib/postgresql/16/main'),
    reference: PG_UPGRADE,
    sample: 'Checking for presence of required libraries                 fatal\n\nYour installation references loadable libraries that are missing from the\nnew installation.',
  },
  {
    id: 'sql.pgbouncer',
    type: (c) => (c.name ? 'no such database' : c.wait ? 'query_wait_timeout' : 'pgbouncer cannot connect to server'),
    requires: /pgbouncer|[Pp]ooler [Ee]rror|no such database|query_wait_timeout/,
    match: /pgbouncer cannot connect to server|(?:[Pp]ooler [Ee]rror|FATAL): +[Nn]o such database: (?<name>[^\s\n]{1,100})|ERROR: +(?<wait>query_wait_timeout)/,
    priority: 30,
    category: 'network',
    summary: (c) => (c.name ? `PgBouncer has no database entry for ${c.name}.` : c.wait ? 'PgBouncer gave up waiting for a server connection (query_wait_timeout).' : 'PgBouncer cannot connect to the PostgreSQL server behind it.'),
    why: 'PgBouncer answers for the server: it refuses databases missing from its [databases] section (and without a "*" fallback), returns "cannot connect to server" for a while after a connection to the real server failed (wrong host or port, auth_file mismatch, server down), and cancels a query that waited query_wait_timeout for a free server connection.',
    fix: (c) =>
      c.name
        ? fix(`Add ${c.name} to pgbouncer.ini`, [`Add a line for ${c.name} under [databases] (or a "* = host=… port=…" fallback), then reload PgBouncer`], `[databases]\n${c.name} = host=127.0.0.1 port=5432 dbname=${c.name}`)
        : fix('Check the server PgBouncer connects to', ['Read the PgBouncer log line before this one for the real connection error', 'Check host, port and dbname in [databases], the user in auth_file, and that PostgreSQL accepts connections from PgBouncer', 'For query_wait_timeout, raise default_pool_size or find the long transactions holding connections'], 'psql -h 127.0.0.1 -p 5432 -U app appdb   # the server directly, not through PgBouncer'),
    reference: PGBOUNCER,
    sample: '2021-04-05 06:15:20.549 3224 WARNING C-0x7f0e6aadd410: abc/xyz@10.0.0.5:63996 pooler error: pgbouncer cannot connect to server',
  },
  // ------------------------------------------------------------ MySQL / MariaDB server logs
  {
    id: 'sql.mysql-innodb-lock',
    type: (c) => c.my ?? `Unable to lock ${c.name}`,
    requires: /Unable to lock/,
    match: new RegExp(String.raw`${MY}(?:InnoDB: )?Unable to lock (?<name>[^\s,\n]{1,200}),? error: (?<errno>\d{1,3})`),
    priority: 30,
    category: 'concurrency',
    summary: (c) => `InnoDB could not lock ${c.name}: another mysqld uses the same data directory.`,
    why: 'InnoDB takes an exclusive lock on its system tablespace at start-up. Error 11 (Linux) or 35 (macOS) means another mysqld process already holds it: a second server started on the same datadir (a service and a manual start, two containers on one volume), or the old process has not exited yet.',
    fix: (c) => fix('Stop the other mysqld', [`Find the process that holds ${c.name} and stop it before starting this server`, 'Do not delete ibdata1: it holds the data'], 'ps aux | grep [m]ysqld\nsudo systemctl stop mysql   # or brew services stop mysql'),
    reference: MYSQL_INNODB,
    sample: '2017-08-13 02:30:50 2951 [ERROR] InnoDB: Unable to lock ./ibdata1, error: 11\n2017-08-13 02:30:50 2951 [Note] InnoDB: Check that you do not already have another mysqld process using the same InnoDB data or log files.',
  },
  {
    id: 'sql.mysql-innodb-os-error',
    type: (c) => c.my ?? `Operating system error number ${c.errno}`,
    requires: /Operating system error number/,
    match: new RegExp(String.raw`${MY}(?:InnoDB: )?Operating system error number (?<errno>\d{1,4}) in a file operation`),
    priority: 30,
    category: 'io',
    summary: (c) => `InnoDB got operating system error ${c.errno} on its files.`,
    why: 'InnoDB reports the errno of a failed file operation: 13 is permission denied (the data directory is not owned by the mysql user, or AppArmor/SELinux forbids the path), 2 is a missing file, 28 a full disk, 22/23 unsupported I/O on the file system (a network or Windows-mounted volume).',
    fix: (c) => fix(`Fix what errno ${c.errno} reports on the data directory`, ['For 13: give the mysql user ownership of the data directory, and allow a moved datadir in AppArmor/SELinux', 'For 28: free disk space; for 2: restore the missing file or the datadir from a backup'], 'sudo chown -R mysql:mysql /var/lib/mysql\nperror ' + c.errno),
    reference: MYSQL_INNODB,
    sample: '2020-04-02 19:47:26 0 [ERROR] InnoDB: Operating system error number 13 in a file operation.\n2020-04-02 19:47:26 0 [ERROR] InnoDB: The error means mysqld does not have the access rights to the directory.',
  },
  {
    id: 'sql.mysql-socket-in-use',
    type: myCodeOr('Another process is using unix socket file'),
    requires: /is using unix socket file/,
    match: new RegExp(String.raw`${MY}Another process with pid (?<pid>\d{1,10}) is using unix socket file`),
    priority: 30,
    category: 'configuration',
    summary: (c) => `mysqld did not start: process ${c.pid} already uses its Unix socket.`,
    why: 'The socket (and its .lock file) belongs to a server that is still running, or a crash left the lock file with a PID that another process now has (common in containers, where the PID is often the same after a restart).',
    fix: (c) => fix(`Stop process ${c.pid} or remove the stale socket lock`, [`Check whether PID ${c.pid} is a running mysqld`, 'If it is not, delete mysqld.sock.lock (and the socket) and start the server again; give each server its own socket when running several versions'], `ps -p ${c.pid}\nrm /var/run/mysqld/mysqld.sock.lock   # only when no mysqld has that PID`),
    reference: MYSQL_SOCKET,
    sample: '2024-05-20T04:41:15.236830+08:00 0 [ERROR] [MY-010259] [Server] Another process with pid 977 is using unix socket file.\n2024-05-20T04:41:15.237043+08:00 0 [ERROR] [MY-010268] [Server] Unable to setup unix socket lock file.',
  },
  {
    id: 'sql.mysql-initialize-not-empty',
    type: myCodeOr('--initialize specified but the data directory has files in it'),
    requires: /--initialize specified/,
    match: new RegExp(String.raw`${MY}--initialize specified but the data directory (?:has files in it|exists)`),
    priority: 30,
    category: 'configuration',
    summary: () => 'mysqld --initialize refused a data directory that is not empty.',
    why: 'Initialization creates a new data directory and stops if it holds any file: a lost+found directory of a mounted volume, a file another container wrote, or a half-finished earlier initialization. The official image initializes whenever the mysql system schema is missing.',
    fix: () => fix('Initialize into an empty directory', ['Mount the volume one level up or point --datadir at an empty subdirectory (a volume root often has lost+found)', 'If an earlier initialization failed, empty the directory (or remove the volume) and start again'], 'docker compose down -v   # removes the volume and its data\nmysqld --initialize --datadir=/var/lib/mysql/data'),
    reference: MYSQL_INIT,
    sample: '2017-04-08T00:44:56.022067Z 0 [ERROR] --initialize specified but the data directory has files in it. Aborting.',
  },
  {
    id: 'sql.mysql-privilege-tables',
    type: myCodeOr("Can't open and lock privilege tables"),
    requires: /Can't open and lock privilege tables/,
    match: new RegExp(String.raw`${MY}(?:Fatal error: )?Can't open and lock privilege tables: (?<detail>[^\n]{1,200})`),
    priority: 40,
    category: 'database',
    summary: (c) => `mysqld cannot read its privilege tables: ${c.detail.trim()}`,
    why: 'The mysql system schema (mysql.user, mysql.db…) is missing, read-only or from another version: the data directory was never initialized, was initialized by a different server (MySQL files under MariaDB or the reverse), or is mounted read-only.',
    fix: () => fix('Initialize or upgrade the system tables', ['For a new, empty data directory: run mysql_install_db (MariaDB) or mysqld --initialize (MySQL)', 'For data from another version: start the version that wrote it and run mysql_upgrade (MariaDB: mariadb-upgrade)', 'Check that the data directory is writable by the mysql user'], 'mariadb-install-db --user=mysql --datadir=/var/lib/mysql\nmariadb-upgrade'),
    reference: MYSQL_INIT,
    sample: "2020-09-13 6:11:54 0 [ERROR] Fatal error: Can't open and lock privilege tables: Table 'mysql.user' doesn't exist",
  },
  {
    id: 'sql.mysql8-log-code',
    type: (c) => c.my,
    requires: /\[ERROR\] \[MY-/,
    // Any other MySQL 8 error log line: the code identifies the message; the first one is the cause.
    match: /\[ERROR\] \[(?<my>MY-\d{6})\] \[(?<subsystem>\w{1,20})\] (?<message>[^\n]{1,300})/,
    priority: 12,
    category: 'database',
    summary: (c) => `mysqld logged error ${c.my} (${c.subsystem}): ${c.message.trim()}`,
    why: 'MySQL 8 writes each error log line with its code ([MY-010123]) and the subsystem (Server, InnoDB, Repl). The first [ERROR] line is usually the cause; later ones (Aborting, Failed to initialize) follow from it.',
    fix: (c) => fix(`Look up ${c.my}`, [`Read the message of ${c.my} in the server error reference and fix what it names: ${c.message.trim()}`]),
    reference: MYSQL_ERRORS,
    sample: '2024-11-21T14:29:08.985524Z 1 [ERROR] [MY-012642] [InnoDB] Tried to read 1024 bytes at offset 0, but was only able to read 0',
  },
  // ------------------------------------------------------------ SQL Server clients
  {
    id: 'sql.mssql-sqlcmd-connect',
    type: (c) => (c.ssl ? 'certificate verify failed' : c.message),
    requires: /Sqlcmd: Error: /,
    match: /Sqlcmd: Error: Microsoft\s+ODBC Driver \d{1,2} for SQL Server : (?:(?<message>Login timeout expired|Unable to complete login process due to delay in opening server connection)|(?<ssl>SSL Provider: \[[^\]]{0,200}certificate verify failed))/,
    priority: 30,
    category: 'network',
    summary: (c) => (c.ssl ? 'sqlcmd refused the server certificate (ODBC Driver 18 encrypts and verifies by default).' : `sqlcmd could not log in: ${c.message}.`),
    why: 'sqlcmd connects through the ODBC driver. ODBC Driver 18 (mssql-tools18) encrypts by default and rejects the self-signed certificate a fresh SQL Server presents; a login timeout means nothing answered the TDS handshake in time: the server is not running or still starting, the port (1433) or instance name is wrong, or a firewall drops the packets.',
    fix: (c) =>
      c.ssl
        ? fix('Trust the server certificate, or install a trusted one', ['For a local or test server, add -C (TrustServerCertificate) to sqlcmd', 'In production, give SQL Server a certificate signed by a CA the client trusts'], 'sqlcmd -S localhost -U sa -C')
        : fix('Check that the server is reachable on its port', ['Wait until SQL Server logs "ready for client connections" (containers take several seconds)', 'Give the port explicitly (-S host,1433) or the instance name, and check the firewall', 'Raise the login timeout with -l for a slow network'], 'sqlcmd -S tcp:localhost,1433 -U sa -l 60\nnc -vz localhost 1433'),
    reference: MSSQL_SQLCMD,
    sample: 'Sqlcmd: Error: Microsoft ODBC Driver 17 for SQL Server : Login timeout expired.',
  },
  {
    id: 'sql.odbc-sqlstate',
    type: (c) => (c.native && c.native !== '0' && !c.native.startsWith('-') ? c.native : (c.state ?? c.state2)),
    requires: /SQLSTATE\[|SQLState = /,
    // PHP's PDO/sqlsrv message or bcp's and HammerDB's report of an ODBC error, without an exception class.
    match: /^SQLSTATE\[(?<state>[0-9A-Z]{5})\]: (?:\[unixODBC\])?\[Microsoft\]\[(?:ODBC Driver \d{1,2} for SQL Server|SQL Server Native Client [\d.]{1,5}|ODBC SQL Server Driver)\](?<message>[^\n[][^\n]{0,300})|\bSQLState = (?<state2>[0-9A-Z]{5}), NativeError = (?<native>-?\d{1,6})\s*\nError = \[Microsoft\]\[[^\]\n]{1,60}\](?<message2>[^\n]{1,300})/m,
    priority: 20,
    category: 'network',
    summary: (c) => `The SQL Server ODBC driver failed with SQLSTATE ${c.state ?? c.state2}: ${(c.message ?? c.message2 ?? '').trim()}`,
    why: 'The ODBC driver reports its own failures (connecting, encryption, timeouts) with an ODBC SQLSTATE: HYT00 is a login timeout, 08001 a connection that could not be established (often the certificate check of ODBC Driver 18), 28000 a refused login.',
    fix: (c) =>
      fix(`Fix the connection the driver reported (${c.state ?? c.state2})`, [
        `Read the message: ${(c.message ?? c.message2 ?? '').trim()}`,
        'For a certificate error add TrustServerCertificate=yes (test servers) or install a trusted certificate; for a timeout check host, port and firewall',
      ], "$pdo = new PDO('sqlsrv:Server=db,1433;Database=app;TrustServerCertificate=1', $user, $password);"),
    reference: MSSQL_ENCRYPT,
    sample: 'SQLSTATE[HYT00]: [unixODBC][Microsoft][ODBC Driver 17 for SQL Server]Login timeout expired',
  },
  {
    id: 'sql.mssql-client-error-number',
    type: (c) => c.number ?? c.number2,
    requires: /Microsoft SQL Server, Error: |SqlClient Data Provider, Error: |mssql: Error \d/,
    // SSMS's "Cannot connect to …" dialog and VS Code's mssql extension give the number after the message.
    match: /\((?:Microsoft SQL Server|\.Net SqlClient Data Provider|Framework Microsoft SqlClient Data Provider), Error: (?<number>\d{1,6})\)|\bmssql: Error (?<number2>\d{1,6}): /,
    priority: 30,
    category: 'network',
    summary: (c) => `SQL Server client error ${c.number ?? c.number2}.`,
    why: 'SSMS and the other SQL Server tools show the error number in brackets after the message. Connection errors carry the provider\'s number: 2 and 53 mean the server or named pipe was not found, 40 that a connection could not be opened, 18456 a refused login.',
    fix: (c) =>
      fix(`Look up error ${c.number ?? c.number2} and check the connection`, [
        'Check that the SQL Server service runs and that TCP/IP is enabled in SQL Server Configuration Manager',
        'Use host,port or host\\instance (with SQL Server Browser running for named instances), and open the port in the firewall',
      ], 'sqlcmd -S tcp:myserver,1433 -U sa -C -Q "SELECT @@VERSION"'),
    reference: MSSQL_NETWORK,
    sample: 'A network-related or instance-specific error occurred while establishing a connection to SQL Server. (provider: Named Pipes Provider, error: 40 - Could not open a connection to SQL Server) (Microsoft SQL Server, Error: 2)',
  },
  {
    id: 'sql.mssql-network-related',
    type: 'network-related or instance-specific error',
    requires: /network-related or instance-specific error/,
    match: /^(?:mssql: )?(?:Connection error : )?A network-related or instance-specific error occurred while establishing a connection to SQL Server/m,
    priority: 20,
    category: 'network',
    summary: () => 'The client could not reach the SQL Server instance.',
    why: 'The server name did not lead to a running instance: the service is stopped, TCP/IP or remote connections are disabled, a named instance needs SQL Server Browser (UDP 1434), or a firewall blocks the port.',
    fix: () => fix('Make the instance reachable', ['Start the SQL Server service and enable TCP/IP in SQL Server Configuration Manager', 'Connect with host,port or host\\instance and open the port in the firewall'], 'Test-NetConnection myserver -Port 1433'),
    reference: MSSQL_NETWORK,
    sample: 'mssql: Connection error : A network-related or instance-specific error occurred while establishing a connection to SQL Server. The server was not found or was not accessible.',
  },
  {
    id: 'sql.freetds-msg',
    type: (c) => c.number,
    requires: /\(Msg \d/,
    // FreeTDS's DB-Library messages (TablePlus, tsql, PHP's dblib): "… (Msg 20009, Level 9)".
    match: /(?<message>[^\n(]{1,200})\(Msg (?<number>2\d{4}), Level \d{1,2}\)/,
    priority: 25,
    category: 'network',
    summary: (c) => `FreeTDS error ${c.number}: ${c.message.trim()}`,
    why: 'FreeTDS numbers its own client errors from 20000: 20009 means the server did not answer at that host and port (wrong host, port, instance, or the server only listens on a named pipe), 20002 that the connection failed during login (often a TDS version or encryption mismatch).',
    fix: (c) => fix(`Check host, port and TDS version for error ${c.number}`, ['Connect to host:1433 (FreeTDS does not resolve instance names without the Browser service)', 'Set tds version = 7.4 in freetds.conf, and test with tsql'], 'tsql -H myserver -p 1433 -U sa'),
    reference: FREETDS,
    sample: 'Unable to connect: Host is unavailable or does not exist  (Msg 20009, Level 9).',
  },
  {
    id: 'sql.mssql-9002',
    type: '9002',
    requires: /The transaction log for database '/,
    match: /The transaction log for database '(?<name>[^'\n]{1,128})' is full due to '(?<reason>[A-Z_]{1,40})'/,
    // Below sql.mssql-errorlog (28): the error log's own header gives the same number.
    priority: 27,
    category: 'io',
    summary: (c) => `The transaction log of database ${c.name} is full (${c.reason}).`,
    why: 'SQL Server cannot reuse log space until what log_reuse_wait_desc names is done: LOG_BACKUP (full recovery model without log backups), ACTIVE_TRANSACTION (an open or very large transaction), or the log file cannot grow (disk full, maximum size).',
    fix: (c) =>
      fix(`Free log space in ${c.name}`, [
        c.reason === 'LOG_BACKUP' ? `Back up the log of ${c.name} (or switch it to the SIMPLE recovery model if point-in-time restore is not needed)` : c.reason === 'ACTIVE_TRANSACTION' ? 'Commit or roll back the long transaction (DBCC OPENTRAN shows it), and batch large deletes and updates' : `Check log_reuse_wait_desc of ${c.name} and resolve what it names`,
        'Give the log file room to grow',
      ], `SELECT name, log_reuse_wait_desc FROM sys.databases WHERE name = N'${c.name}';\nBACKUP LOG [${c.name}] TO DISK = N'/var/opt/mssql/backup/${c.name}.trn';`),
    reference: MSSQL_9002,
    sample: "The transaction log for database 'tempdb' is full due to 'ACTIVE_TRANSACTION'",
  },
  // ------------------------------------------------------------ Oracle tools
  {
    id: 'sql.oracle-tns',
    type: (c) => `TNS-${c.code}`,
    requires: /TNS-\d/,
    // lsnrctl and tnsping print TNS- codes; where an ORA- code is shown too, it is the error.
    match: /^(?![\s\S]*\bORA-\d{5})[\s\S]*?\bTNS-(?<code>\d{5}): (?<message>[^\n]{1,200})/,
    priority: 10,
    category: 'network',
    summary: (c) => `Oracle Net error TNS-${c.code}: ${c.message.trim()}`,
    why: 'lsnrctl and tnsping report Oracle Net errors with TNS- codes: TNS-12541 means no listener answers at the address, TNS-12560 a protocol adapter error under it, TNS-00511 that no listener runs.',
    fix: (c) => fix(`Fix what TNS-${c.code} reports`, ['Start the listener (lsnrctl start) and check its address in listener.ora matches the host name and port', 'Use tnsping with the connect string the client uses'], 'lsnrctl start\nlsnrctl status\ntnsping ORCL'),
    reference: ORACLE_ERRORS,
    sample: 'Connecting to (DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=db01)(PORT=1521)))\nTNS-12541: TNS:no listener\n TNS-12560: TNS:protocol adapter error',
  },
  {
    id: 'sql.oracle-sp2',
    type: (c) => `SP2-${c.code}`,
    requires: /SP2-\d/,
    // SQL*Plus's own messages; where an ORA- code is shown too, the server's error is the cause.
    match: /^(?![\s\S]*\bORA-\d{5})[\s\S]*?\bSP2-(?<code>\d{4}): (?<message>[^\n]{1,200})/,
    priority: 10,
    category: 'syntax',
    summary: (c) => `SQL*Plus error SP2-${c.code}: ${c.message.trim()}`,
    why: 'SP2- messages come from SQL*Plus itself, not the database: SP2-0306 is a CONNECT it could not parse (an @ or / in the password splits the connect string), SP2-0310 a script it cannot open, SP2-0734 an unknown command.',
    fix: (c) => fix(`Fix the SQL*Plus command SP2-${c.code} rejected`, ['Quote a password holding @ or / in double quotes, or let SQL*Plus prompt for it', 'Check the script path and the command spelling'], 'sqlplus admin@//localhost:1521/XEPDB1\nSQL> connect admin/"p@ss"@//localhost:1521/XEPDB1'),
    reference: SQLPLUS_ERRORS,
    sample: 'SP2-0306: Invalid option.\nUsage: CONN[ECT] [{logon|/|proxy} [AS {SYSDBA|SYSOPER|SYSASM|SYSBACKUP|SYSDG|SYSKM|SYSRAC}] [edition=value]]',
  },
];

export function sqlCataloguePattern(e: SqlCatalogueEntry): ErrorPattern {
  const typeOf = (c: Captures): string => (typeof e.type === 'string' ? e.type : e.type(c));
  return {
    id: e.id,
    language: 'sql',
    match: e.match,
    requires: e.requires,
    errorType: typeOf,
    category: e.category,
    priority: e.priority,
    summary: e.summary,
    explanation: e.why,
    causes: [e.why],
    fixes: (c) => [e.fix(c)],
    references: [e.reference],
    samples: [e.sample],
  };
}

export const SQL_CATALOGUE2_PATTERNS: readonly ErrorPattern[] = ENTRIES.map(sqlCataloguePattern);
