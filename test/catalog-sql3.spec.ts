/**
 * A third catalog pass over the sql family, from database errors as people paste them beyond the servers the first
 * two passes covered: Snowflake's coded and uncoded "SQL compilation error" messages, BigQuery's errors answered with
 * their API reason (the bq CLI, the API's JSON, Go's googleapi errors, the message alone), CockroachDB's retry and
 * unimplemented errors, PL/SQL compiler codes without an ORA- code, ORA- codes spaced or in lower case, mysqldump's
 * access-denied number, the MySQL client's max_allowed_packet error 2020, error 1130 without its number, a lower-cased
 * 1064, SQL Server's 18456 for an empty login name, SQLite's syntax error at the start of a Tcl trace. Pure: the
 * rules engine alone.
 */
import { answer, expectRecognised, fixText } from './support/recognised';

describe("the sql family's third catalog pass", () => {
  it.each([
    [
      "Error 1064(42000) : you have an error in your SQL Syntax; check the manual that corresponds to your MySQL server version for the right syntax to use near '' at Line 4",
      'sql',
      '1064',
    ],
    [
      'Stack trace:\nnear "(": syntax error\n    while executing\n"::database0 eval {PRAGMA foreign\\\\_key\\\\_list((1))} fkRow {\n\t\t\t\tif {$fkRow(table) == $oldTableName && $dbTable != $oldTableName} {\n\t\t\t\t\tInfo [mc {Table \'%..."\n    ("uplevel" body line 1)\n    invoked from within\n"uplevel [list $\\\\_db eval {\\\\*}$args]"',
      'sql',
      'syntax error',
    ],
    ['[Macromedia][Oracle JDBC Driver][Oracle]ORA - 00942: table or view does not exist.', 'sql', 'ORA-00942'],
    ['ora-12154 tns could not resolve service name', 'sql', 'ORA-12154'],
    [
      "[Error] PLS-00201 (2398: 9): PLS-00201: identifier 'T_X2' must be declared\n[Error] PLS-00201 (2403: 11): PLS-00201: identifier 'T_W2' must be declared\n[Error] PLS-00201 (2405: 11): PLS-00201: identifier 'T_X1' must be declared",
      'sql',
      'PLS-00201',
    ],
    ["PLS-00201:  identifier 'EXCEL2COLLECTION.TP_SHEETS' must be declared", 'sql', 'PLS-00201'],
    ["[Error] PLS-00201 (1319: 14): PLS-00201: identifier 'FILE2BLOB' must be declared", 'sql', 'PLS-00201'],
    [
      "Fehler bei PACKAGE BODY PIT_ADMIN:\n\nLINE/COL ERROR\n-------- -----------------------------------------------------------------\n988/7    PL/SQL: Statement ignored\n988/25   PLS-00201: ID 'MSG.SQL_ERROR' muss deklariert werden",
      'sql',
      'PLS-00201',
    ],
    ["mysqldump: Got error: 1045: Access denied for user 'root'@'localhost'", 'sql', '1045'],
    ["mysqldump: Error 2020: Got packet bigger than 'max_allowed_packet' when dumping table xxx", 'sql', '2020'],
    [
      "rm-bp1s3gfi1XXXXXX.mysql.rds.aliyuncs.com PROCESSLIST: DBD::mysql::st execute failed: Got packet bigger than 'max_allowed_packet' bytes at /usr/bin/innotop line 7567, <FIN> line 1",
      'sql',
      '2020',
    ],
    ["Host '127.3.118.3' is not allowed to connect to this MySQL server\n", 'sql', '1130'],
    [
      'ERROR #40001 restart transaction: TransactionRetryWithProtoRefreshError: TransactionRetryError: retry txn (RETRY_SERIALIZABLE - failed preemptive refresh): \\"sql txn\\" meta={id=16add5ac key=/Table/61/1/594374003587252225/0 pri=0.03384133 epo=0 ts=1601458950.884489242,1 min=1601458950.874792390,0 seq=3} lock=true stat=PENDING rts=1601458950.874792390,0 wto=false max=1601458951.374792390,0\\"',
      'sql',
      '40001',
    ],
    [
      'pq: restart transaction: TransactionRetryWithProtoRefreshError: TransactionRetryError: retry txn (RETRY_SERIALIZABLE): "sql txn" id=eaff4515 key=/Table/SystemConfigSpan/Start rw=true pri=0.03926172 stat=PENDING epo=0 ts=1583807082.585279592,1 orig=1583807082.304401305,0 min=1583807082.304401305,0 max=1583807082.304401305,0 wto=false seq=151',
      'sql',
      '40001',
    ],
    [
      '│ Error: cannot read file format: 002043 (02000): SQL compilation error:\n│ Object does not exist, or operation cannot be performed.\n│ \n│   with snowflake_file_format.parquet_format,\n│   on snowflake-database-objects.tf line 49, in resource "snowflake_file_format" "parquet_format":\n│   49: resource "snowflake_file_format" "parquet_format" {',
      'sql',
      '002043',
    ],
    ['Snowflake error: 002043 (02000): SQL compilation error:\nObject does not exist, or operation cannot be performed.', 'sql', '002043'],
    [
      "1 Row(s) produced. Time Elapsed: 0.121s\n002003 (42S02): SQL compilation error:\nObject 'PGDBRUNNER810.PUBLIC.FOO' does not exist or not authorized.\nGoodbye!\n18:37:52 🔥 ####################################################\n18:37:52 🔥 🔥 RESULT: FAILURE for jdbc-snowflake-sink.sh (took: 2min 44sec - )",
      'sql',
      '002003',
    ],
    ['SQL compilation error: Object does not exist, or operation cannot be performed.', 'sql', '002043'],
    [
      'Error in .verify.JDBC.result(r, "Unable to retrieve JDBC result set",  : \n  Unable to retrieve JDBC result set\n  JDBC ERROR: SQL compilation error:\nObject \'"OCR_DATA.PUBLIC.FCED"\' does not exist or not authorized.\n  Statement: SELECT * FROM "OCR_DATA.PUBLIC.FCED" AS "q05" LIMIT 0',
      'sql',
      '002003',
    ],
    ['BigQuery error in show operation: Not found: Table\nhttparchive:har.chrome_jun_15_2017_pages', 'sql', 'notFound'],
    [
      "BigQuery error in query operation: Error processing job 'mimic-iv-20:bqjob_r690dd45440abac93_0000018aa1f66233_1': Not found: Table mimic-iv-20:mimic4_v1_0.patients was not found in location US",
      'sql',
      'notFound',
    ],
    ['- googleapi: Error 404: Not found: Job [redacted-project-name]:EU.[redactedHashValue], notFound\n', 'sql', 'notFound'],
    ["Database Error  000904 (42000): SQL compilation error: error line 1 at position 19  invalid identifier 'ISSUE'", 'sql', '000904'],
    ["SQL compilation error: error line 13 at position 6\n\ninvalid identifier 'ORDERS_UNIQUE_ORDER_COUNT'", 'sql', '000904'],
    [
      'Database Error in model base_knoema_stock_history (models/l10_staging/base_knoema_stock_history.sql)\n       000904 (42000): SQL compilation error: error line 6 at position 7\n       invalid identifier \'"Company Symbol"\'\n       compiled SQL at target/run/dbt_hol/models/l10_staging/base_knoema_stock_history.sql',
      'sql',
      '000904',
    ],
    [
      "Error:\nSQL compilation error:\nsyntax error line 89 at position 7 unexpected 'INCREMENT'.\n\n---\nVSCode Version: 1.104.2\nExtension Version: 1.27.6\nOS: darwin",
      'sql',
      '001003',
    ],
    ["error: 'SQL compilation error:\nsyntax error line 89 at position 7 unexpected 'INCREMENT'.'", 'sql', '001003'],
    [
      "10:31:08  Running with dbt=1.0.9\n10:31:08  Found 8 models, 4 tests, 0 snapshots, 0 analyses, 179 macros, 0 operations, 0 seed files, 0 sources, 0 exposures, 0 metrics\n10:31:08  \n10:31:13  Encountered an error:\nDatabase Error\n  001003 (42000): SQL compilation error:\n  syntax error line 1 at position 53 unexpected '<EOF>'.",
      'sql',
      '001003',
    ],
    [
      '{"code":400,"errors":[{"message":"Syntax error: Unexpected keyword CREATE at [10:106]","domain":"global","reason":"invalidQuery","location":"q","locationType":"parameter"}],"message":"Syntax error: Unexpected keyword CREATE at [10:106]"}\n**Syntax error: Unexpected keyword CREATE at [10:106]**',
      'sql',
      'invalidQuery',
    ],
    [
      '400 Bad Request POST https://www.googleapis.com/bigquery/v2/projects/bigquery-for-segment/queries { "code" : 400, "errors" : [ { "domain" : "global", "location" : "q", "locationType" : "parameter", "message" : "Unrecognized name: `beeper_api_db.users` at [4:27]", "reason" : "invalidQuery" } ], "message" : "Unrecognized name: `beeper_api_db.users` at [4:27]", "status" : "INVALID_ARGUMENT" }',
      'sql',
      'invalidQuery',
    ],
    [
      'FATA[0020] Error executing BigQuery SQL. Error="googleapi: Error 400: Unrecognized name: origin at [17:16], invalidQuery" Mode=Subdomains Source=httparchive',
      'sql',
      'invalidQuery',
    ],
    ['Error: Unrecognized name: label; Did you mean labels?', 'sql', 'invalidQuery'],
    [
      'Access Denied: Table satellite-measurement-386900:starlink_endpoint_pings.*: User does not have permission to query table satellite-measurement-386900:starlink_endpoint_pings.*, or perhaps it does not exist in location US.',
      'sql',
      'accessDenied',
    ],
    [
      '"Access Denied: Project githubarchive: User does not have bigquery.jobs.create permission in project githubarchive."',
      'sql',
      'accessDenied',
    ],
    [
      'Error: Access Denied: Project basedosdados: User does not have bigquery.jobs.create permission in project basedosdados. [accessDenied] ',
      'sql',
      'accessDenied',
    ],
    [
      'BigQuery error in query operation: Access Denied: Project red-team-project: User does not have bigquery.jobs.create permission in project red-team-project.',
      'sql',
      'accessDenied',
    ],
    [
      '/Users/rburwei/repos/bigquery-etl/sql/moz-fx-data-shared-prod/telemetry_derived/clients_daily_v6/query.sql ERROR\n 403 POST https://bigquery.googleapis.com/bigquery/v2/projects/mozdata/jobs?prettyPrint=false: Access Denied: Table mozdata:telemetry_stable.main_v4: User does not have permission to query table mozdata:telemetry_stable.main_v4, or perhaps it does not exist in location US.\n\nLocation: None\nJob ID: 0999b440-8165-41d7-82e9-ad11cd9a9dc9',
      'sql',
      'accessDenied',
    ],
    [
      'Database Error in model stg_datalocker__inapps (models/staging/appsflyer/inapps/stg_datalocker__inapps.sql)\n  Access Denied: BigQuery BigQuery: Permission denied while globbing file pattern.\n  compiled SQL at target/run/my_client/models/staging/appsflyer/inapps/stg_datalocker__inapps.sql',
      'sql',
      'accessDenied',
    ],
    [
      'root@127.0.0.1:28070/defaultdb> select * from information_schema.view_table_usage;\npq: virtual schema table not implemented: information_schema.view_table_usage\nHINT: This feature is not yet implemented in CockroachDB.',
      'sql',
      '0A000',
    ],
    [
      ' Error determining value metadata from SQL resultset metadata\n ERROR: unimplemented: multiple active portals not supported：You have attempted to use a feature that is not yet implemented. See: https://go.crdb.dev/issue-v/40195/v21.1',
      'sql',
      '0A000',
    ],
    [
      '250001 (08001): Failed to connect to DB: RSRSBDK-YDB67606.snowflakecomputing.com:443. Incorrect username or password specified.',
      'sql',
      '250001',
    ],
    [
      'Request Status Code: 409\nJSON fetch error: Already Exists: Job trim-saga-436:dLoyDtk1QDveZxY\nNo retry attempted: Already Exists: Job trim-saga-436:dLoyDtk1QDveZxY\nError in checkGoogleAPIError(req) : \n  JSON fetch error: Already Exists: Job trim-saga-436:dLoyDtk1QDveZxY',
      'sql',
      'duplicate',
    ],
    [
      "Waiting on bqjob_r3d218aa7e0784ac7_0000016c1b2d6226_1 ... (0s) Current status: DONE\nBigQuery error in query operation: Error processing job 'myproj-111:bqjob_xxx': Already Exists: Table\nmyproj-111:foo.bar\nError: `bq load` failed with exit code: 2",
      'sql',
      'duplicate',
    ],
    [
      'Exceeded rate limits: too many table update operations for this table. For more information, see https://cloud.google.com/bigquery/troubleshooting-errors at [1063:3]',
      'sql',
      'rateLimitExceeded',
    ],
    [
      'Database Error in model dbt_models (models/edr/dbt_artifacts/dbt_models.sql)\n  Quota exceeded: Your table exceeded quota for imports or query appends per table. For more information, see https://cloud.google.com/bigquery/docs/troubleshoot-quotas\n  compiled Code at target/run/elementary/models/edr/dbt_artifacts/dbt_models.sql',
      'sql',
      'quotaExceeded',
    ],
    [
      'Quota exceeded: Your project exceeded quota for free query bytes scanned. For more information, see https://cloud.google.com/bigquery/troubleshooting-errors\n',
      'sql',
      'quotaExceeded',
    ],
    ["Error: 28000 [Microsoft][SQL Server Native Client 11.0][SQL Server]Login failed for user ''.\n", 'sql', '18456'],
  ])('recognises real paste %#', (text, language, type) => {
    expectRecognised(text, language, type);
  });

  it.each([
    [
      'org.postgresql.util.PSQLException: ERROR: restart transaction: TransactionRetryWithProtoRefreshError: TransactionRetryError: retry txn (RETRY_SERIALIZABLE  - failed preemptive refresh due to conflicting locks on /Table/498/1/"DEU"/0 [reason=wait_policy]): "sql txn" meta={id=e9d00ea5 key=/Table/494/6 iso=Serializable pri=0.04885527 epo=0 ts=1722882686.482505999,1 min=1722882686.478979816,0 seq=8} lock=true stat=PENDING rts=1722882686.478979816,0 wto=false gul=1722882686.728979816,0\n  Hint: See: https://www.cockroachlabs.com/docs/v23.2/transaction-retry-error-reference.html#retry_serializable',
      'java',
      'PSQLException',
    ],
    [
      '[Step 2/2] sqlalchemy.exc.OperationalError: (psycopg2.extensions.TransactionRollbackError) restart transaction: HandledRetryableTxnError: TransactionRetryError: retry txn (RETRY_SERIALIZABLE): "sql txn" id=3a9084f0 key=/Table/SystemConfigSpan/Start rw=true pri=0.03555282 iso=SERIALIZABLE stat=PENDING epo=0 ts=1507108623.460698685,1 orig=1507108623.452700367,0 max=1507108623.452700367,0 wto=false rop=false seq=17\n',
      'python',
      'OperationalError',
    ],
    [
      'psycopg2.errors.FeatureNotSupported: unimplemented: SKIP LOCKED lock wait policy is not supported\nHINT:  You have attempted to use a feature that is not yet implemented.\nSee: https://github.com/cockroachdb/cockroach/issues/40476',
      'python',
      'FeatureNotSupported',
    ],
    [
      "RuntimeError: (snowflake.connector.errors.ProgrammingError) 002003 (42S02): SQL compilation error:\nObject 'MYSNIPPE' does not exist or not authorized.\n[SQL: SELECT not_a_function(island) FROM mysnippe]\n(Background on this error at: https://sqlalche.me/e/14/f405)",
      'python',
      'RuntimeError',
    ],
    [
      'google.api_core.exceptions.NotFound: 404 Not found: Table moz-fx-data-shared-prod:telemetry_derived.scalar_percentiles_v1 was not found in location US',
      'python',
      'NotFound',
    ],
    ["mysqldump: Got error: 1045: \"Access denied for user 'root'@'192.168.8.44' (using password: YES)\" when trying to connect", 'sql', '1045'],
    ["mysqldump: Got error: 1698: \"Access denied for user 'root'@'localhost'\" when trying to connect", 'sql', '1698'],
    ['[ERR] 1153 - Got a packet bigger than ‘max_allowed_packet’ bytes', 'sql', '1153'],
    ["SQLSTATE[08S01]: Communication link failure: 1153 Got a packet bigger than 'max_allowed_packet' bytes", 'sql', '1153'],
    ["mysql> select * from table_blob;\nERROR 2020 (HY000): Got packet bigger than 'max_allowed_packet' bytes", 'sql', '2020'],
    [
      'is_internal_error: false\noriginal_additional_info: ORA-06550: line 2, column 50: PLS-00201: identifier &#x27;FLOW_PLUGIN_MANAGE_INSTANCE.EXECUTION&#x27; must be declared\nora_sqlcode: -6550\nora_sqlerrm: ORA-06550: line 2, column 50: PLS-00201: identifier \'FLOW_PLUGIN_MANAGE_INSTANCE.EXECUTION\' must be declared ORA-06512: at "APEX_240100.WWV_FLOW_CODE_EXEC_PLSQL", line 155 ORA-06512: at "APEX_240100.WWV_FLOW_DYNAMIC_EXEC", line 2676 ORA-06512: at "SYS.WWV_DBMS_SQL_APEX_240100", lin',
      'sql',
      'ORA-06550',
    ],
    [
      "ORA-06550: line 3, column 12: \nPLS-00201: identifier 'EXCEL2COLLECTION.TP_SHEETS' must be declared ORA-06550: line 3, column 12: \nPL/SQL: Item ignored ORA-06550: line 8, column 3: \nPLS-00201: identifier 'EXCEL2COLLECTION.SET_BLOB' must be declared ORA-06550: line 8, column 3: \nPL/SQL: Statement ignored",
      'sql',
      'ORA-06550',
    ],
    [
      '2021-11-04 11:32:01 [INFO] version: Oracle Database 12c Enterprise Edition Release 12.2.0.1.0 - 64bit Production, context: SJZQUERYPDB, resetlogs: 1056128228, activation: 2064052263, con_id: 5, con_name: SJZQUERYPDB\n2021-11-04 11:32:01 [ERROR] OCI ERROR: [ORA-00942: table or view does not exist]\n2021-11-04 11:32:01 [ERROR] HINT: run: ALTER SESSION SET CONTAINER = SJZQUERYPDB;\n2021-11-04 11:32:01 [ERROR] HINT: run: GRANT SELECT, FLASHBACK ON SYS.USER$ TO empquery;',
      'sql',
      'ORA-00942',
    ],
    [
      'ORA-06550: line 13, column 28: PL/SQL: ORA-00904: "S4SG_UTIL_PCK"."G_COLLNAME": invalid identifier ORA-06550: line 11, column 5: PL/SQL: SQL Statement ignored ORA-06550: line 23, column 15: PLS-00201: identifier \'S4SG_UTIL_PCK.G_SCOPE\' must be declared ORA-06550: line 22, column 2: PL/SQL: Statement ignored',
      'sql',
      'ORA-00904',
    ],
    [
      "ERROR 1064 (42000): You have an error in your SQL syntax; \ncheck the manual that corresponds to your MySQL server version \nfor the right syntax to use near '-",
      'sql',
      '1064',
    ],
    [
      "Error 1064: You have an error in your SQL syntax; check the manual that corresponds to your MariaDB server version for the right syntax to use near 'ORDER BY id)' at line 1",
      'sql',
      '1064',
    ],
    ['Error: near "-": syntax error', 'sql', 'syntax error'],
    [
      '15-12-14 23:04:55.739 [CRITICAL] [acdcli.cache.db] - Error opening database: (sqlite3.OperationalError) database is locked [SQL: \'PRAGMA table_info("metadata")\']\nTraceback (most recent call last):\n  File "/usr/lib64/python3.4/site-packages/sqlalchemy/engine/base.py", line 1139, in _execute_context\n    context)\n  File "/usr/lib64/python3.4/site-packages/sqlalchemy/engine/default.py", line 450, in do_execute\n    cursor.execute(statement, parameters)\nsqlite3.OperationalError: database is locked\n\nThe above exception was the direct cause of the following exception:\n\nTraceback (most recent call last):\n  File "/usr/bin/acd_cli.py", line 1429, in <module>\n    main()\n  File "/usr/bin/acd_cli.py", line 1399, in main\n',
      'python',
      'OperationalError',
    ],
    [
      'root@localhost:26257/defaultdb> SELECT\n                             ->       pk.tableoid::regclass, pk.a, fk.tableoid::regclass, fk.a\n                             ->     FROM truncprim pk FULL JOIN truncpart fk USING (a)\n                             ->     ORDER BY 2, 4;\nERROR: relation "truncprim" does not exist\nSQLSTATE: 42P01',
      'sql',
      '42P01',
    ],
    [
      'pg_dump: error: server version: 13.0 (Debian 13.0-1.pgdg100+1); pg_dump version: 12.4\npg_dump: error: aborting because of server version mismatch',
      'sql',
      'server version mismatch',
    ],
    [
      '> FAILED tests/workflows/test_snowflake.py::test_read[client0] - snowflake.connector.errors.DatabaseError: 250001 (08001): Failed to connect to DB: ***.snowflakecomputing.com:443. Incorrect username or password was specified.\nERROR tests/workflows/test_snowflake.py::test_etl_into_snowflake[client0] - sqlalchemy.exc.DatabaseError: (snowflake.connector.errors.DatabaseError) 250001 (08001): Failed to connect to DB: ***.snowflakecomputing.com:443. Incorrect username or password was specified.',
      'python',
      'DatabaseError',
    ],
    ['sqlite> insert into t values (randomblob(1024*1024 * 6));\nParse error: no such table: t', 'sql', 'no such table'],
    [
      'Compiling script: &1\n\nError starting at line : 19 File @ /Users/vitoc/.vscode/extensions/tschf.odb-task-0.0.2/dist/compile.sql\nIn command -\n@"&1"\nError report -\nSP2-0310: Unable to open file: "&1.sql"\nNo errors.',
      'sql',
      'SP2-0310',
    ],
    [
      'Compiling script: /home/trent/Projects/build-oracle/samples/view3.sql\n\nSP2-0734: unknown command beginning "dbms_rando..." - rest of line ignored.\nSP2-0042: unknown command "from dual" - rest of line ignored.',
      'sql',
      'SP2-0734',
    ],
    [
      'senzing-api-server      | Operation Failed : G2ConfigMgr.initV2\nsenzing-api-server      | Error Code       : 1006\nsenzing-api-server      | Reason           : 1006E|Database Connection Failure \'(4060:42000[Microsoft][ODBC Driver 17 for SQL Server][SQL Server]Cannot open database "G2" requested by the login. The login failed. 42000 [Microsoft][ODBC Driver 17 for SQL Server][SQL Server]Cannot open database "G2" requested by the login. The login failed. )\'',
      'sql',
      '4060',
    ],
    [
      "error 1: 'code' => 18456, 'message' => \"[Microsoft][ODBC Driver 11 for SQL Server][SQL Server]Login failed for user 'IIS APPPOOL\\DefaultAppPool'.\"\nerror 2: 'code' => 4060, 'message' => \"[Microsoft][ODBC Driver 11 for SQL Server][SQL Server]Cannot open database \"databasename\" requested by the login. The login failed.\"",
      'sql',
      '18456',
    ],
    ["bash: syntax error near unexpected token `('", 'shell', 'syntax error'],
    ['ERROR:  syntax error at or near "FROM"\nLINE 1: SELECT * FROM FROM users;\n                      ^', 'sql', '42601'],
    [
      "ERROR 1064 (42000): You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use near 'FROM' at line 1",
      'sql',
      '1064',
    ],
    [
      "ORA-06550: line 1, column 7:\nPLS-00201: identifier 'DO_WORK' must be declared\nORA-06550: line 1, column 7:\nPL/SQL: Statement ignored",
      'sql',
      'ORA-06550',
    ],
  ])('leaves guard %# to its own pattern', (text, language, type) => {
    expectRecognised(text, language, type);
  });

  it('does not take a Google API error of another service for BigQuery', () => {
    expect(answer('googleapi: Error 404: File not found: 1AbCdEf., notFound').language).not.toBe('sql');
  });

  it('repeats what the message named in the fix', () => {
    expect(fixText("Host '127.3.118.3' is not allowed to connect to this MySQL server")).toContain("'app'@'127.3.118.3'");
    expect(fixText("mysqldump: Got error: 1045: Access denied for user 'root'@'localhost'")).toContain("SHOW GRANTS FOR 'root'@'localhost'");
    expect(fixText("SQL compilation error: error line 13 at position 6\n\ninvalid identifier 'ORDERS_UNIQUE_ORDER_COUNT'")).toContain(
      'ORDERS_UNIQUE_ORDER_COUNT',
    );
  });
});
