/**
 * A second catalog pass over the sql family, from database errors as people paste them from server logs and
 * client tools: PostgreSQL's start-up failures (lock files, checkpoint records, shared memory), pg_restore,
 * pg_upgrade and PgBouncer, MySQL/MariaDB server logs (InnoDB, the socket, --initialize, the privilege tables,
 * MySQL 8's MY- codes), sqlcmd, SSMS, ODBC and FreeTDS connection failures, SQL Server's full log, Oracle's
 * TNS- and SP2- messages. Pure: the rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

describe("the sql family's second catalog pass", () => {
  it.each([
    [
      'C:\\Program Files\\PostgreSQL\\9.5\\pgsql\\bin\\pg_restore.exe --host localhost --port 5432 --username "postgres" --dbname "servicedesk" --role "postgres" --no-password  --format directory --verbose "C:\\Program Files\\PostgreSQL\\9.5\\pgsql"\npg_restore: [directory archiver] could not open input file "C:\\Program Files\\PostgreSQL\\9.5\\pgsql/toc.dat": No such file or directory\n\nProcess returned exit code 1.',
      'sql',
      'could not open input file',
    ],
    ['pg_restore: error: input file does not appear to be a valid archive', 'sql', 'input file does not appear to be a valid archive'],
    [
      '2023-01-18T02:35:36.372775Z 0 [ERROR] InnoDB: Unable to lock ./ibdata1 error: 35\n2023-01-18T02:35:36.372822Z 0 [Note] InnoDB: Check that you do not already have another mysqld process using the same InnoDB data or log files.\n2023-01-18T02:35:37.373867Z 0 [ERROR] InnoDB: Unable to lock ./ibdata1 error: 35\n2023-01-18T02:35:37.373921Z 0 [Note] InnoDB: Check that you do not already have another mysqld process using the same InnoDB data or log files.',
      'sql',
      'Unable to lock ./ibdata1',
    ],
    [
      '2017-08-13 02:30:50 2951 [ERROR] InnoDB: Unable to lock ./ibdata1, error: 11\n2017-08-13 02:30:50 2951 [Note] InnoDB: Check that you do not already have another mysqld process using the same InnoDB data or log files.\n2017-08-13 02:30:51 2951 [ERROR] InnoDB: Unable to lock ./ibdata1, error: 11',
      'sql',
      'Unable to lock ./ibdata1',
    ],
    ['Sqlcmd: Error: Microsoft ODBC Driver 17 for SQL Server : Login timeout expired.', 'sql', 'Login timeout expired'],
    [
      'Sqlcmd: Error: Microsoft ODBC Driver 11 for SQL Server : Unable to complete login process due to delay in opening server connection.',
      'sql',
      'Unable to complete login process due to delay in opening server connection',
    ],
    ['SQLSTATE[HYT00]: [unixODBC][Microsoft][ODBC Driver 17 for SQL Server]Login timeout expired', 'sql', 'HYT00'],
    [
      "2022-07-08T21:21:15.100006+08:00 0 [Note] IPv6 is available.\n2022-07-08T21:21:15.100068+08:00 0 [Note] Server socket created on IP: '::'.\n2022-07-08T21:21:15.100103+08:00 0 [ERROR] Another process with pid 72 is using unix socket file.\n2022-07-08T21:21:15.100108+08:00 0 [ERROR] Unable to setup unix socket lock file.\n2022-07-08T21:21:15.100112+08:00 0 [ERROR] Aborting",
      'sql',
      'Another process is using unix socket file',
    ],
    [
      '2024-05-20T04:41:15.236830+08:00 0 [ERROR] [MY-010259] [Server] Another process with pid 977 is using unix socket file.\n2024-05-20T04:41:15.237043+08:00 0 [ERROR] [MY-010268] [Server] Unable to setup unix socket lock file.\n2024-05-20T04:41:15.237408+08:00 0 [ERROR] [MY-010119] [Server] Aborting\n2024-05-20T04:41:16.227435+08:00 0 [System] [MY-010910] [Server] /Applications/EServer/software/server/mysql-8.0/bin/mysqld: Shutdown complete (mysqld 8.0.25)  MySQL Community Server - GPL.',
      'sql',
      'MY-010259',
    ],
    [
      '2015-12-14T19:13:55.084852Z 0 [ERROR] InnoDB: Unable to lock ./ibdata1 error: 35\n2015-12-14T19:13:55.084935Z 0 [Note] InnoDB: Check that you do not already have another mysqld process using the same InnoDB data or log files.\n2015-12-14T19:13:56.087520Z 0 [ERROR] InnoDB: Unable to lock ./ibdata1 error: 35',
      'sql',
      'Unable to lock ./ibdata1',
    ],
    [
      '"FATAL:  lock file "/tmp/.s.PGSQL.5432.lock" already exists\nHINT:  Is another postmaster (PID 293) using socket file "/tmp/.s.PGSQL.5432"?\nLOG:  database system is shut down"',
      'sql',
      'F0001',
    ],
    [
      'pg_ctl: another server might be running; trying to start server anyway\nwaiting for server to start....2023-02-15 15:13:02.589 UTC [6837] FATAL: lock file "postmaster.pid" already exists\n2023-02-15 15:13:02.589 UTC [6837] HINT: Is another postmaster (PID 6280) running in data directory "/var/lib/postgresql/15/main"?\nstopped waiting\npg_ctl: could not start server\nExamine the log output.',
      'sql',
      'F0001',
    ],
    [
      'FATAL:  lock file "postmaster.pid" already exists\nHINT: Is another postmaster (PID 90) running in data directory "/var/lib/postgresql/13/main"?',
      'sql',
      'F0001',
    ],
    [
      '2024-08-22 09:50:26.912 UTC [42] LOG:  starting PostgreSQL 13.13 on aarch64-alpine-linux-musl, compiled by gcc (Alpine 13.2.1_git20231014) 13.2.1 20231014, 64-bit\n2024-08-22 09:50:26.913 UTC [42] LOG:  listening on IPv6 address "::1", port 5432\n2024-08-22 09:50:26.913 UTC [42] LOG:  listening on IPv4 address "127.0.0.1", port 5432\n2024-08-22 09:50:26.915 UTC [42] FATAL:  lock file "/run/postgresql/.s.PGSQL.5432.lock" already exists\n2024-08-22 09:50:26.915 UTC [42] HINT:  Is another postmaster (PID 44) using socket file "/run/postgresql/.s.PGSQL.5432"?\n2024-08-22 09:50:26.916 UTC [42] LOG:  database system is shut down',
      'sql',
      'F0001',
    ],
    ['FATAL:  could not open lock file "/tmp/.s.PGSQL.5432.lock": Permission denied', 'sql', '42501'],
    [
      'PostgreSQL Database directory appears to contain a database; Skipping initialization\n\n2024-03-14 09:37:49.192 EET [6] LOG:  starting PostgreSQL 12.5 on x86_64-pc-linux-musl, compiled by gcc (Alpine 9.3.0) 9.3.0, 64-bit\n2024-03-14 09:37:49.209 EET [34] LOG:  database system was interrupted; last known up at 2024-03-13 08:27:53 EET\n2024-03-14 09:37:49.358 EET [34] LOG:  invalid primary checkpoint record\n2024-03-14 09:37:49.358 EET [34] PANIC:  could not locate a valid checkpoint record\n2024-03-14 09:37:49.525 EET [6] LOG:  startup process (PID 34) was terminated by signal 6: Aborted\n2024-03-14 09:37:49.525 EET [6] LOG:  aborting startup due to startup process failure\n2024-03-14 09:37:49.526 EET [6] LOG:  database system is shut down',
      'sql',
      'could not locate a valid checkpoint record',
    ],
    [
      '2022-03-20 06:00:50.988 UTC [2565169] PANIC:  could not locate a valid checkpoint record\n2022-03-20 06:00:51.256 UTC [2565166] LOG:  startup process (PID 2565169) was terminated by signal 6: Aborted\n2022-03-20 06:00:51.256 UTC [2565166] LOG:  aborting startup due to startup process failure\n2022-03-20 06:00:51.259 UTC [2565166] LOG:  database system is shut down',
      'sql',
      'could not locate a valid checkpoint record',
    ],
    [
      '2020-04-06 17:21:16.332 CST [5323] FATAL:  could not locate required checkpoint record\n2020-04-06 17:21:16.332 CST [5323] HINT:  If you are not restoring from a backup, try removing the file "/data/backup_label".',
      'sql',
      'could not locate required checkpoint record',
    ],
    [
      '[oracle@192 bin]$ ./lsnrctl status\n\nLSNRCTL for Linux: Version 12.2.0.1.0 - Production on 05-AUG-2019 17:17:28\n\nCopyright (c) 1991, 2016, Oracle.  All rights reserved.\n\nConnecting to (DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=192.168.4.203)(PORT=1521)))\nTNS-12541: TNS:no listener\n TNS-12560: TNS:protocol adapter error\n  TNS-00511: No listener\n   Linux Error: 111: Connection refused',
      'sql',
      'TNS-12541',
    ],
    [
      '2017-04-08T00:44:56.022067Z 0 [ERROR] --initialize specified but the data directory has files in it. Aborting.\n2017-04-08T00:44:56.022080Z 0 [ERROR] Aborting',
      'sql',
      '--initialize specified but the data directory has files in it',
    ],
    [
      "2024-02-13T03:51:25.913150Z 0 [System] [MY-015017] [Server] MySQL Server Initialization - start.\n2024-02-13T03:51:25.917781Z 0 [Warning] [MY-010918] [Server] 'default_authentication_plugin' is deprecated and will be removed in a future release. Please use authentication_policy instead.\n2024-02-13T03:51:25.917819Z 0 [System] [MY-013169] [Server] /usr/sbin/mysqld (mysqld 8.3.0) initializing of server in progress as process 80\n2024-02-13T03:51:25.922590Z 0 [ERROR] [MY-010457] [Server] --initialize specified but the data directory has files in it. Aborting.\n2024-02-13T03:51:25.922615Z 0 [ERROR] [MY-013236] [Server] The designated data directory /var/lib/mysql/ is unusable. You can remove all files that the server added to it.",
      'sql',
      'MY-010457',
    ],
    [
      '[ERROR] [Server] --initialize specified but the data directory has files in it. Aborting\n[System]  [Server] /usr/sbin/mysqld (mysqld 8.0.19) initializing of server in progress as process 231\n[ERROR]  [Server] --initialize specified but the data directory has files in it. Aborting.\n[ERROR]  [Server] The designated data directory /var/lib/mysql/ is unusable. You can remove all files that the server added to it.\n[ERROR]  [Server] Aborting',
      'sql',
      '--initialize specified but the data directory has files in it',
    ],
    [
      "2020-09-13 6:11:54 0 [ERROR] Could not open mysql.plugin table. Some plugins may be not loaded\n2020-09-13 6:11:54 0 [ERROR] Can't open and lock privilege tables: Table 'mysql.servers' doesn't exist\n2020-09-13 6:11:54 0 [ERROR] Fatal error: Can't open and lock privilege tables: Table 'mysql.user' doesn't exist",
      'sql',
      "Can't open and lock privilege tables",
    ],
    [
      "2020-06-30 13:19:33 0 [ERROR] Can't open and lock privilege tables: Table 'mysql.servers' doesn't exist\n2020-06-30 13:19:33 0 [Note] Server socket created on IP: '0.0.0.0'.\n2020-06-30 13:19:33 0 [ERROR] Fatal error: Can't open and lock privilege tables: Table 'mysql.user' doesn't exist\nERROR 2002 (HY000): Can't connect to local MySQL server through socket '/home/container/run/mysqld/mysqld.sock' (2)\n[Pterodactyl Daemon] Server marked as OFF",
      'sql',
      "Can't open and lock privilege tables",
    ],
    [
      "180610 10:48:06 [Note] Server socket created on IP: '127.0.0.1'.\n180610 10:48:06 [ERROR] Fatal error: Can't open and lock privilege tables: Table 'host' is read only\n180610 10:48:06 mysqld_safe mysqld from pid file /var/run/mysqld/mysqld.pid ended",
      'sql',
      "Can't open and lock privilege tables",
    ],
    [
      "2019-01-25T15:41:45.005011Z 0 [Note] Server socket created on IP: '127.0.0.1'.\n2019-01-25T15:41:45.018433Z 0 [ERROR] Fatal error: Can't open and lock privilege tables: Table storage engine for 'user' doesn't have this option\n2019-01-25T15:41:45.018620Z 0 [ERROR] Fatal error: Failed to initialize ACL/grant/time zones structures or failed to remove temporary table files.\n2019-01-25T15:41:45.018760Z 0 [ERROR] Aborting",
      'sql',
      "Can't open and lock privilege tables",
    ],
    [
      'Checking for presence of required libraries                 fatal\n\nYour installation references loadable libraries that are missing from the\nnew installation.  You can add these libraries to the new installation,\nor remove the functions using them from the old installation.  A list of\nproblem libraries is in the file:\n    loadable_libraries.txt',
      'sql',
      'missing loadable libraries',
    ],
    [
      '$ sqlcmd -S localhost -U sa\nPassword: \nSqlcmd: Error: Microsoft ODBC Driver 18 for SQL Server : SSL Provider: [error:1416F086:SSL routines:tls_process_server_certificate:certificate verify failed:self signed certificate].\nSqlcmd: Error: Microsoft ODBC Driver 18 for SQL Server : Client unable to establish connection. For solutions related to encryption errors, see https://go.microsoft.com/fwlink/?linkid=2226722.',
      'sql',
      'certificate verify failed',
    ],
    [
      'SQLSTATE[08001]: [Microsoft][ODBC Driver 18 for SQL Server]SSL Provider: [error:1416F086:SSL routines:tls_process_server_certificate:certificate verify failed:self signed certificate]',
      'sql',
      '08001',
    ],
    [
      '[DBUI]\nError connecting to db mssConnection: DB exec error: Sqlcmd: Error: Microsoft\nODBC Driver 18 for SQL Server : SSL Provider: [error:0A000086:SSL routines::\ncertificate verify failed:self-signed certificate].^@Sqlcmd: Error:\nMicrosoft ODBC Driver 18 for SQL Server : Client unable to establish      @@@',
      'sql',
      'certificate verify failed',
    ],
    [
      'Vuser 9:Loading Stock - 100000\nError in Virtual User 9: SQLState = 08001, NativeError = -1\nError = [Microsoft][ODBC Driver 18 for SQL Server]SSL Provider: [error:1416F086:SSL routines:tls_process_server_certificate:certificate verify failed:self signed certificate]\nSQLState = 08001, NativeError = -1\nError = [Microsoft][ODBC Driver 18 for SQL Server]Client unable to establish connection. For solutions related to encryption errors, see https://go.microsoft.com/fwlink/?linkid=2226722\nchild process exited abnormally',
      'sql',
      '08001',
    ],
    [
      'Sqlcmd: Error: Microsoft ODBC Driver 18 for SQL Server : SSL Provider: [error:0A000086:SSL routines::certificate verify failed:self-signed certificate].\nSqlcmd: Error: Microsoft ODBC Driver 18 for SQL Server : Client unable to establish connection.',
      'sql',
      'certificate verify failed',
    ],
    [
      'TITLE: Connect to Server\n------------------------------\n\nCannot connect to ..\n\n------------------------------\nADDITIONAL INFORMATION:\n\nA network-related or instance-specific error occurred while establishing a connection to SQL Server. The server was not found or was not accessible. Verify that the instance name is correct and that SQL Server is configured to allow remote connections. (provider: Named Pipes Provider, error: 40 - Could not open a connection to SQL Server) (Microsoft SQL Server, Error: 2)\n\nFor help, click: https://docs.microsoft.com/sql/relational-databases/errors-events/mssqlserver-2-database-engine-error\n\n------------------------------\n\nThe system cannot find the file specified',
      'sql',
      '2',
    ],
    [
      'mssql: Error 2: A network-related or instance-specific error occurred while establishing a connection to SQL Server. The server was not found or was not accessible. Verify that the instance name is correct and that SQL Server is configured to allow remote connections. (provider: Named Pipes Provider, error: 40 - Could not open a connection to SQL Server)',
      'sql',
      '2',
    ],
    [
      'mssql: Connection error : A network-related or instance-specific error occurred while establishing a connection to SQL Server. The server was not found or was not accessible. Verify that the instance name is correct and that SQL Server is configured to allow remote connections. (provider: Named Pipes Provider, error: 40 - Could not open a connection to SQL Server)',
      'sql',
      'network-related or instance-specific error',
    ],
    ['Unable to connect: Host is unavailable or does not exist  (Msg 20009, Level 9).', 'sql', '20009'],
    [
      "2021-01-15 13:39:53 0 [Note] InnoDB: Completed initialization of buffer pool\n2021-01-15 13:39:53 0 [ERROR] InnoDB: Operating system error number 13 in a file operation.\n2021-01-15 13:39:53 0 [ERROR] InnoDB: The error means mysqld does not have the access rights to the directory.\n2021-01-15 13:39:53 0 [ERROR] InnoDB: Cannot open datafile for read-only: './mysql/gtid_slave_pos.ibd' OS error: 81",
      'sql',
      'Operating system error number 13',
    ],
    [
      'Nov 23 06:36:55 vs-int-prd-bch-fr-301 mysqld: 2018-11-23  6:36:55 0 [ERROR] InnoDB: Operating system error number 13 in a file operation.\nNov 23 06:36:55 vs-int-prd-bch-fr-301 mysqld: 2018-11-23  6:36:55 0 [ERROR] InnoDB: The error means mysqld does not have the access rights to the directory.',
      'sql',
      'Operating system error number 13',
    ],
    [
      "2020-04-02 19:47:26 0 [ERROR] InnoDB: Operating system error number 13 in a file operation.\n2020-04-02 19:47:26 0 [ERROR] InnoDB: The error means mysqld does not have the access rights to the directory.\n2020-04-02 19:47:26 0 [ERROR] InnoDB: Cannot open datafile './ibdata1'",
      'sql',
      'Operating system error number 13',
    ],
    [
      'onlyoffice-document-server    |  * Starting PostgreSQL 9.5 database server       * The PostgreSQL server failed to start. Please check the log output:\nonlyoffice-document-server    | 2020-02-13 10:28:34 UTC [126-1] FATAL:  could not write lock file "postmaster.pid": No space left on device\nonlyoffice-document-server    |                                          [fail]',
      'sql',
      '53100',
    ],
    ['2024-04-03 17:02:47.173 UTC [202508] FATAL:  could not write lock file "postmaster.pid": No space left on device', 'sql', '53100'],
    [
      'db_1                        | ERROR:  could not resize shared memory segment "/PostgreSQL.638321836" to 16777216 bytes: No space left on device\ndb_1                        | 2025-06-06 08:41:21.323 GMT [120] STATEMENT:  SELECT DISTINCT "vulnerabilities_packagev2"."id" FROM "vulnerabilities_packagev2"',
      'sql',
      '53100',
    ],
    [
      'ERROR:  could not resize shared memory segment "/PostgreSQL.412969521" to 8409088 bytes: No space left on device\nCONTEXT:  parallel worker\nSQL state: 53100',
      'sql',
      '53100',
    ],
    [
      'Jun  1 06:43:28 192.168.224.1 postgresql[9262]: 2021-06-01 06:43:28.473 UTC [340] ERROR:  could not resize shared memory segment "/PostgreSQL.1767612635" to 183552 bytes: No space left on device\nJun  1 06:43:28 192.168.224.1 postgresql[9262]: 2021-06-01 06:43:28.473 UTC [340] STATEMENT:  SELECT SUM(size) FROM blob JOIN project_blob ON blob.id = project_blob.blob_id AND project_id = $1 AND content_type NOT IN ($2)',
      'sql',
      '53100',
    ],
    ['Error:\ncould not resize shared memory segment "/PostgreSQL.3830636046" to 8388608 bytes: No space left on device', 'sql', '53100'],
    [
      "FATAL:  could not create shared memory segment: No space left on device\n\nDETAIL:  Failed system call was shmget(key=1, size=56, 03600).\n\nHINT:  This error does *not* mean that you have run out of disk space.  It occurs either if all available shared memory IDs have been taken, in which case you need to raise the SHMMNI parameter in your kernel, or because the system's overall limit for shared memory has been reached.",
      'sql',
      'could not create shared memory segment',
    ],
    [
      'sqlplus admin@localhost:1521/XEPDB1\nEnter password: @dmin\nSP2-0306: Invalid option.\nUsage: CONN[ECT] [{logon|/|proxy} [AS {SYSDBA|SYSOPER|SYSASM|SYSBACKUP|SYSDG|SYSKM|SYSRAC}] [edition=value]]',
      'sql',
      'SP2-0306',
    ],
    ["Server Error in '/' Application.\nThe transaction log for database 'zero-k' is full due to 'LOG_BACKUP'.", 'sql', '9002'],
    ["The transaction log for database 'tempdb' is full due to 'ACTIVE_TRANSACTION'", 'sql', '9002'],
    [
      '2021-04-05 06:15:20.549 3224 LOG C-0x7f0e6aadd410: abc/xyz@xx.xx.xx.xx:63996 closing because: pgbouncer cannot connect to server (age=0)\n2021-04-05 06:15:20.549 3224 WARNING C-0x7f0e6aadd410: abc/xyz@xx.xx.xx.xx:63996 pooler error: pgbouncer cannot connect to server',
      'sql',
      'pgbouncer cannot connect to server',
    ],
    [
      '2016-10-12 14:51:49.945 27782 WARNING C-0x74d9a0: (nodb)/(nouser)@127.0.0.1:48680 Pooler Error: No such database: josh\n2016-10-12 14:51:49.945 27782 LOG C-0x74d9a0: (nodb)/(nouser)@127.0.0.1:48680 login failed: db=josh user=postgres',
      'sql',
      'no such database',
    ],
    ['doug@ReturnOfTheMac ~> psql -X -p 6432 -d doug2 -c "select now()"\npsql: ERROR:  query_wait_timeout', 'sql', 'query_wait_timeout'],
    [
      'psql: error: connection to server at "external-pgbouncer-ip", port nodeport failed: FATAL:  no such database: db_test',
      'sql',
      'no such database',
    ],
    [
      'fixing permissions on existing directory /var/lib/postgresql/data ... initdb: error: could not change permissions of directory "/var/lib/postgresql/data": Operation not permitted',
      'sql',
      'could not change permissions of directory',
    ],
    [
      'initdb: could not change permissions of directory "/var/lib/postgresql/data": Operation not permitted\nfixing permissions on existing directory /var/lib/postgresql/data ...',
      'sql',
      'could not change permissions of directory',
    ],
  ])('recognises %#', (text, language, type) => {
    expectRecognised(text, language, type);
  });

  // Near misses: the same messages raised inside a program's trace stay the program's error, and a
  // server code shown beside them stays the answer.
  it.each([
    [
      "PDOException: SQLSTATE[HYT00]: [unixODBC][Microsoft][ODBC Driver 17 for SQL Server]Login timeout expired in /var/www/html/db.php:12\nStack trace:\n#0 /var/www/html/db.php(12): PDO->__construct('sqlsrv:Server=d...', 'sa', 'secret')\n#1 {main}",
      'php',
      'PDOException',
    ],
    [
      'System.Data.SqlClient.SqlException (0x80131904): A network-related or instance-specific error occurred while establishing a connection to SQL Server. The server was not found or was not accessible. (provider: Named Pipes Provider, error: 40 - Could not open a connection to SQL Server)\n   at System.Data.SqlClient.SqlInternalConnectionTds..ctor(DbConnectionPoolIdentity identity, SqlConnectionString connectionOptions)\n   at System.Data.SqlClient.SqlConnection.Open()',
      'csharp',
      'SqlException',
    ],
    [
      "pyodbc.OperationalError: ('HYT00', '[HYT00] [Microsoft][ODBC Driver 17 for SQL Server]Login timeout expired (0) (SQLDriverConnect)')",
      'python',
      'OperationalError',
    ],
    ['ERROR:\nORA-28000: the account is locked\n\nSP2-0751: Unable to connect to Oracle.  Exiting SQL*Plus', 'sql', 'ORA-28000'],
    ['ORA-12541: TNS:no listener\nTNS-12541: TNS:no listener', 'sql', 'ORA-12541'],
    ['PG::ConnectionBad: FATAL:  lock file "postmaster.pid" already exists', 'ruby', 'ConnectionBad'],
    [
      'org.postgresql.util.PSQLException: ERROR: could not resize shared memory segment "/PostgreSQL.1289792276" to 8388608 bytes: No space left on device\n  Where: parallel worker\n        at org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2505)',
      'java',
      'PSQLException',
    ],
    [
      "Microsoft.Data.SqlClient.SqlException (0x80131904): The transaction log for database 'shop' is full due to 'LOG_BACKUP'.\n   at Microsoft.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)",
      'csharp',
      'SqlException',
    ],
    [
      '2024-03-08 10:50:38.072 UTC [115] ERROR:  duplicate key value violates unique constraint "users_email_key"\n2023-01-01T00:00:00.000000Z 0 [ERROR] [MY-012574] [InnoDB] Unable to lock ./ibdata1 error: 11',
      'sql',
      '23505',
    ],
    [
      "2024-04-08 14:02:48 0 [Note] Starting MariaDB\n2024-04-08T14:02:48.000000Z 8 [Warning] [MY-010055] [Server] IP address could not be resolved\n2024-04-08T14:02:49.000000Z 9 [Note] [MY-010926] [Server] Access denied for user 'root'@'10.0.0.2' (using password: YES)",
      'sql',
      '1045',
    ],
  ])('leaves guard %# to its own pattern', (text, language, type) => {
    expectRecognised(text, language, type);
  });

  it('repeats what the message named in the fix', () => {
    expect(
      fixText(
        'FATAL:  lock file "postmaster.pid" already exists\nHINT:  Is another postmaster (PID 90) running in data directory "/var/lib/postgresql/13/main"?',
      ),
    ).toContain('PID 90');
    expect(fixText("The transaction log for database 'zero-k' is full due to 'LOG_BACKUP'.")).toContain('BACKUP LOG [zero-k]');
    expect(
      fixText('2016-10-12 14:51:49.945 27782 WARNING C-0x74d9a0: (nodb)/(nouser)@127.0.0.1:48680 Pooler Error: No such database: josh'),
    ).toContain('josh = host=');
    expect(fixText('2022-07-08T21:21:15.100103+08:00 0 [ERROR] Another process with pid 72 is using unix socket file.')).toContain('ps -p 72');
  });
});
