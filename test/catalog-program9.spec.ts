/**
 * The eleventh-round program-catalog9 pass: errors of programs around databases and services as people paste them from
 * logs, issue threads and clients. Redis server replies (NOAUTH, WRONGTYPE, READONLY) through node-redis' ErrorReply,
 * ioredis' ReplyError, redis-py's ResponseError (also its repr and a pipeline's "Command # 1 … caused error") and
 * redis-cli's "(error) NOAUTH …" (sql, by the reply's code); redis-py's "Error 111 connecting to host:port" without its
 * class; ioredis' MaxRetriesPerRequestError message alone; go-redis' "redis: connection pool timeout"; the MongoDB
 * Node.js driver's "failed to connect to server … on first connect"; E11000 duplicate keys (with a class, or MongoDB's
 * message alone as sql/11000); pymongo's server selection timeouts; kafkajs' connection errors (also its JSON log), the
 * Java client's metadata TimeoutException alone and its LEADER_NOT_AVAILABLE warning; elasticsearch-py's
 * TransportError(403, 'cluster_block_exception', …) and refused connection, the Java client's ElasticsearchException;
 * asyncpg's TooManyConnectionsError after "Error: ", node-postgres' old pool refused by max_connections, a syslog'd
 * psycopg2 OperationalError; SQLAlchemy's QueuePool message alone; EF Core's ExtendedSocketException; Knex's pool
 * timeout message alone; HikariCP's failed validation over a Communications link failure. Prisma's P-codes, HikariCP's
 * pool timeout, Sequelize, TypeORM, psycopg, Django, ActiveRecord, Npgsql, Hibernate, pgx and the other texts the
 * engine already answered stay as guards. Pure: the rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

describe("the programs' ninth catalog pass (databases and services)", () => {
  it.each([
    [
      'Environment variables loaded from .env\nPrisma schema loaded from prisma\\schema.prisma\nDatasource "db": MySQL database "app_wk_event" at "192.168.101.65:3306"\n\nError: P1001: Can\'t reach database server at `192.168.101.65`:`3306`',
      'javascript',
      'P1001',
    ],
    [
      "PrismaClientKnownRequestError:\nInvalid prismaClient_1.default.flight.findUnique() invocation in\n/dist/database/flight.js:24:64\n\n21 /\n22 function getFlightInfo(flightId) {\n23 return __awaiter(this, void 0, void 0, function () {\n→ 24 const flightInfo = yield prismaClient_1.default.flight.findUnique(\nCan't reach database server at db.example.rds.amazonaws.com:3306\n\nPlease make sure your database server is running at db.example.rds.amazonaws.com:3306.\nat Zr.handleRequestError (/node_modules/@prisma/client/runtime/library.js:171:6414)\nat Zr.request (/node_modules/@prisma/client/runtime/library.js:171:5786) {\ncode: 'P1001',\nclientVersion: '4.11.0',\nmeta: {\ndatabase_host: 'db.example.rds.amazonaws.com',\ndatabase_port: 3306\n}\n}",
      'javascript',
      'P1001',
    ],
    [
      "Error: P3006\n\nMigration `0_init` failed to apply cleanly to shadow database.\nError code: P1001\nError:\nCan't reach database server at `192.168.1.228:5432`\n\nPlease make sur your database server is running at `192.168.1.228:5432`",
      'javascript',
      'P3006',
    ],
    [
      'Datasource "db": MySQL database "stage" at "127.0.0.1:3309"\n\nError: P1001: Can\'t reach database server at `127.0.0.1`:`3309`\n\nPlease make sure your database server is running at `127.0.0.1`:`3309`.',
      'javascript',
      'P1001',
    ],
    ['HikariPool-1 - Connection is not available, request timed out after 30002ms.', 'java', 'SQLTransientConnectionException'],
    [
      'Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30014ms.\n\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:601)\n\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:194)\n\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:112)',
      'java',
      'SQLTransientConnectionException',
    ],
    ['ERR HikariPool-1 - Connection is not available, request timed out after 30000ms.', 'java', 'SQLTransientConnectionException'],
    [
      "MongoServerSelectionError: connect ECONNREFUSED ::1:27017\n    at Timeout._onTimeout (C:\\Users\\dev\\Desktop\\MondoDB_tutorial\\node_modules\\mongodb\\lib\\sdam\\topology.js:285:38)\n    at listOnTimeout (node:internal/timers:564:17)\n    at process.processTimers (node:internal/timers:507:7) {\n  reason: TopologyDescription {\n    type: 'Unknown',\n    servers: Map(1) { 'localhost:27017' => [ServerDescription] },",
      'javascript',
      'MongoServerSelectionError',
    ],
    [
      "[host1]MongoServerSelectionError: connect ECONNREFUSED 127.0.0.1:27017\n[host1]    at Timeout._onTimeout (/built_app/programs/server/npm/node_modules/meteor/npm-mongo/node_modules/mongodb/lib/core/sdam/topology.js:437:30)\n[host1]    at listOnTimeout (internal/timers.js:557:17)\n[host1]    at processTimers (internal/timers.js:500:7) {\n[host1]  reason: TopologyDescription {\n[host1]    type: 'ReplicaSetNoPrimary',",
      'javascript',
      'MongoServerSelectionError',
    ],
    [
      'Listening On http://localhost:9000/api\nMongo CONNECT error: MongooseServerSelectionError: connect ECONNREFUSED 127.0.0.1:27017\n    at NativeConnection.Connection.openUri (/Users/dev/mevn/todo/server/node_modules/mongoose/lib/connection.js:800:32)\n    at /Users/dev/mevn/todo/server/node_modules/mongoose/lib/index.js:341:10',
      'javascript',
      'MongooseServerSelectionError',
    ],
    ['ServerSelectionTimeoutError: localhost:27017: [Errno 111] Connection refused', 'python', 'ServerSelectionTimeoutError'],
    [
      'MongoError: failed to connect to server [127.0.0.1:27017] on first connect [MongoError: connect ECONNREFUSED 127.0.0.1:27017]',
      'javascript',
      'MongoError',
    ],
    [
      "An error ocurred with the DB connection:  { [MongoError: connect ECONNREFUSED 127.0.0.1:27017]\n  name: 'MongoError',\n  message: 'connect ECONNREFUSED 127.0.0.1:27017' }",
      'javascript',
      'MongoError',
    ],
    [
      'UnhandledPromiseRejectionWarning: MongooseServerSelectionError: connect ECONNREFUSED 127.0.0.1:27017',
      'javascript',
      'MongooseServerSelectionError',
    ],
    [
      'MongoError: E11000 duplicate key error index: b2urh52bh95t.users.$email_1  dup key: { : null }\n    at Db.wrap (/home/www/git/cnode/node_modules/mongoose/node_modules/mongodb/lib/mongodb/db.js:1875:11)\n    at null.<anonymous> (/home/www/git/cnode/node_modules/mongoose/node_modules/mongodb/lib/mongodb/collection.js:320:26)',
      'javascript',
      'MongoError',
    ],
    [
      'DuplicateKeyError: E11000 duplicate key error collection: virtool.indexes index: version_1 dup key: { : 0 }\n(10 additional frame(s) were not displayed)\n...\n  File "pymongo/collection.py", line 682, in insert_one\n    session=session),\n  File "pymongo/helpers.py", line 189, in _raise_last_write_error\n    raise DuplicateKeyError(error.get("errmsg"), 11000, error)',
      'python',
      'DuplicateKeyError',
    ],
    [
      'Getting signing info of \'crocnclcons1etmwcct0klmw3nvr6dxwy2tn5g2whzuyvk0akf\': MongoError: E11000 duplicate key error collection: bigdipper.validators index: address_1 dup key: { address: "CAF6EC616FB7F6E8CD83D34CE22973A214EB8B84" }\n    at Function.create (/home/app/bundle/programs/server/npm/node_modules/meteor/npm-mongo/node_modules/mongodb/lib/core/error.js:57:12)',
      'javascript',
      'MongoError',
    ],
    [
      "ReplyError: NOAUTH Authentication required.\n    at parseError (/app/node_modules/redis-parser/lib/parser.js:179:12)\n    at parseType (/app/node_modules/redis-parser/lib/parser.js:302:14) {\n  command: { name: 'info', args: [] }\n}",
      'javascript',
      'ReplyError',
    ],
    ['Redis Cache Error: ReplyError: Ready check failed: NOAUTH Authentication required.', 'javascript', 'ReplyError'],
    [' [ErrorReply: NOAUTH Authentication required.]', 'javascript', 'ErrorReply'],
    ["ResponseError('NOAUTH Authentication required.',)", 'python', 'ResponseError'],
    [
      'redis exceptions ResponseError: Command # 1 (ZRANGE xinghuoedu_spider:requests 0 0) of pipeline caused error WRONGTYPE Operation against a key holding the wrong kind of value',
      'python',
      'ResponseError',
    ],
    [
      'Issue: Uncaught Predis\\Response\\ServerException: WRONGTYPE Operation against a key holding the wrong kind of value',
      'php',
      'ServerException',
    ],
    ["StackExchange.Redis.RedisServerException: READONLY You can' t write against a read only replica.", 'csharp', 'RedisServerException'],
    [
      "ReplyError: READONLY You can't write against a read only replica.\n     at parseError (/app/node_modules/redis-parser/lib/parser.js:179:12)\n     at parseType (/app/node_modules/redis-parser/lib/parser.js:302:14) {\n   command: {\n     name: 'set',\n     args: [ 'BTCUSDT_LAST_DAY', '2022-12-05T16:32:22-03:00' ]\n   }\n }",
      'javascript',
      'ReplyError',
    ],
    ["redis.exceptions.ReadOnlyError: You can't write against a read only replica.", 'python', 'ReadOnlyError'],
    [
      'D:\\pei\\nestjs-kafka-microservices\\auth\\node_modules\\kafkajs\\src\\network\\connection.js:152\n        const error = new KafkaJSConnectionError(`Connection error: ${e.message}`, {\n                      ^\nKafkaJSNonRetriableError\n  Caused by: KafkaJSConnectionError: Connection error: connect ECONNREFUSED 127.0.0.1:9092\n    at Socket.onError (D:\\pei\\nestjs-kafka-microservices\\auth\\node_modules\\kafkajs\\src\\network\\connection.js:152:23)\n    at Socket.emit (node:events:513:28)',
      'javascript',
      'KafkaJSConnectionError',
    ],
    [
      '{"level":"ERROR","timestamp":"2021-10-21T09:27:19.693Z","logger":"kafkajs","message":"[BrokerPool] Failed to connect to seed broker, trying another broker from the list: Connection error: connect ECONNREFUSED 127.0.0.1:9092","retryCount":0,"retryTime":10}',
      'javascript',
      'KafkaJSConnectionError',
    ],
    [
      "{ Error: connect ECONNREFUSED 127.0.0.1:9092\n    at Object.exports._errnoException (util.js:1020:11)\n    at exports._exceptionWithHostPort (util.js:1043:20)\n    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1090:14)\n  code: 'ECONNREFUSED',\n  errno: 'ECONNREFUSED',\n  syscall: 'connect',\n  address: '127.0.0.1',\n  port: 9092 }",
      'javascript',
      'ECONNREFUSED',
    ],
    [
      "[ERROR]   : 2019-05-09 17:30:50,325 : dnsutils:updateAfStats:[54]:139996463884032   : TransportError(403, 'cluster_block_exception', 'blocked by: [FORBIDDEN/12/index read-only / allow delete (api)];')",
      'python',
      'TransportError',
    ],
    [
      "2021-09-03 14:37:35#error check_history :AuthorizationException(403, u'cluster_block_exception', u'blocked by: [FORBIDDEN/12/index read-only / allow delete (api)];')",
      'python',
      'AuthorizationException',
    ],
    [
      'web_1    | ResponseError: cluster_block_exception\nweb_1    |     at onBody (/misskey/packages/backend/node_modules/@elastic/elasticsearch/lib/Transport.js:333:23)\nweb_1    |     at IncomingMessage.onEnd (/misskey/packages/backend/node_modules/@elastic/elasticsearch/lib/Transport.js:260:11)\nweb_1    |     at IncomingMessage.emit (node:events:532:35)\nweb_1    |   meta: {\nweb_1    |     body: { error: [Object], status: 403 },\nweb_1    |     statusCode: 403,',
      'javascript',
      'ResponseError',
    ],
    [
      'ElasticsearchException[Elasticsearch exception [type=cluster_block_exception, reason=blocked by: [FORBIDDEN/12/index read-only / allow delete (api)];]]',
      'java',
      'ElasticsearchException',
    ],
    ['Error: asyncpg.exceptions.TooManyConnectionsError: sorry, too many clients already', 'python', 'TooManyConnectionsError'],
    [
      'brickserver             |   File "/usr/local/lib/python3.7/site-packages/asyncpg/connect_utils.py", line 631, in _connect_addr\nbrickserver             |     await asyncio.wait_for(connected, timeout=timeout)\nbrickserver             |   File "/usr/local/lib/python3.7/asyncio/tasks.py", line 442, in wait_for\nbrickserver             |     return fut.result()\nbrickserver             | asyncpg.exceptions.TooManyConnectionsError: sorry, too many clients already',
      'python',
      'TooManyConnectionsError',
    ],
    ['OperationalError: FATAL:  sorry, too many clients already\nFATAL:  sorry, too many clients already', 'python', 'OperationalError'],
    [
      '(psycopg2.OperationalError) FATAL: sorry, too many clients already (Background on this error at: http://sqlalche.me/e/e3q8)',
      'python',
      'OperationalError',
    ],
    [
      '     Error: error fetching client from pool error: sorry, too many clients already\n    at /home/dev/src/pgspjs/sp.js:282:25\n    at pools.getOrCreate.pool.connect (/home/dev/src/node-postgres/lib/pool.js:75:25)',
      'javascript',
      '53300',
    ],
    [
      '  File "/usr/local/lib/python3.12/site-packages/psycopg/connection.py", line 749, in connect\n    raise last_ex.with_traceback(None)\npsycopg.OperationalError: connection failed: FATAL:  sorry, too many clients already',
      'python',
      'OperationalError',
    ],
    [
      "/var/www/oddb.org/vendor/bundle/ruby/3.0.0/gems/ydbd-pg-0.5.7/lib/dbd/pg/database.rb:83:in `rescue in initialize': FATAL:  sorry, too many clients already (DBI::OperationalError)\n        from /var/www/oddb.org/vendor/bundle/ruby/3.0.0/gems/ydbd-pg-0.5.7/lib/dbd/pg/database.rb:40:in `initialize'",
      'ruby',
      'OperationalError',
    ],
    [
      '(psycopg.OperationalError) connection failed: Connection refused web-1 |Is the server running on that host and accepting TCP/IP connections?',
      'python',
      'OperationalError',
    ],
    [
      '  conn = _connect(dsn, connection_factory=connection_factory, **kwasync)\npsycopg2.OperationalError: could not connect to server: Connection refused (0x0000274D/10061)\n        Is the server running on host "localhost" (::1) and accepting\n        TCP/IP connections on port 5432?',
      'python',
      'OperationalError',
    ],
    [
      'OperationalError psycopg2 in connect\ncould not connect to server: Connection refused Is the server running on host "localhost" (127.0.0.1) and accepting TCP/IP connections on port 5432?',
      'python',
      'OperationalError',
    ],
    [
      'Nov 18 09:14:49 vm-db1 pglookout: 2021-11-18 09:14:49,632#011ClusterMonitor#011Thread-1#011WARNING#011OperationalError (could not connect to server: Connection refused\nNov 18 09:14:49 vm-db1 pglookout: Is the server running on host "vm-db2.local" (192.9.0.12) and accepting\nNov 18 09:14:49 vm-db1 pglookout: TCP/IP connections on port 5432?) connecting to vm-db2.local',
      'python',
      'OperationalError',
    ],
    [
      '2026-06-01 19:43:49.232 [ERROR] [sink:postgres] [db:postgres] failed to connect to `user=postgres database=postgres`:\n        127.0.0.1:5432 (localhost): dial error: dial tcp 127.0.0.1:5432: connect: connection refused\n        127.0.0.1:5432 (localhost): dial error: dial tcp 127.0.0.1:5432: connect: connection refused',
      'go',
      'connection refused',
    ],
    [
      'routers/init.go:86:GlobalInit() [F] ORM engine initialization failed: dial tcp 127.0.0.1:4511: connect: connection refused',
      'go',
      'connection refused',
    ],
    ['panic: dial unix db/.s.PGSQL.5432: connect: no such file or directory', 'go', 'panic'],
    [
      'Exception during request processing: (psycopg2.OperationalError) connection to server at "127.0.0.1", port 5432 failed: Connection refused Is the server running on that host and accepting TCP/IP connections? (Background on this error at: https://sqlalche.me/e/20/e3q8)',
      'python',
      'OperationalError',
    ],
    [
      'System.Net.Sockets.SocketException (111): Connection refused\n   at Npgsql.NpgsqlConnector.Connect(NpgsqlTimeout timeout) in C:\\projects\\npgsql\\src\\Npgsql\\NpgsqlConnector.cs:line 703\n   at Npgsql.NpgsqlConnector.RawOpen(NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken) in C:\\projects\\npgsql\\src\\Npgsql\\NpgsqlConnector.cs:line 555',
      'csharp',
      'SocketException',
    ],
    [
      'System.InvalidOperationException: An exception has been raised that is likely due to a transient failure. ---> Npgsql.NpgsqlException (0x80004005): Failed to connect to 127.0.0.1:5432 ---> System.Net.Sockets.SocketException (10061): No connection could be made because the target machine actively refused it.',
      'csharp',
      'InvalidOperationException',
    ],
    [
      "An exception occurred in the database while iterating the results of a query for context type 'ApplicationDbContext'. \nSystem.Net.Internals.SocketExceptionFactory+ExtendedSocketException (111): Connection refused 172.18.0.4:5432 \nat System.Net.Sockets.Socket.EndConnect(IAsyncResult asyncResult) \nat Npgsql.NpgsqlConnector.ConnectAsync(NpgsqlTimeout timeout, CancellationToken cancellationToken)",
      'csharp',
      'ExtendedSocketException',
    ],
    [
      'TimeoutError: Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?',
      'javascript',
      'TimeoutError',
    ],
    [
      '(node:30060) UnhandledPromiseRejectionWarning: KnexTimeoutError: Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?',
      'javascript',
      'KnexTimeoutError',
    ],
    [
      'ee { TimeoutError: Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?\n    at /home/ubuntu/app-one/node_modules/knex/lib/client.js:334:13\n    at tryCatcher (/home/ubuntu/app-one/node_modules/bluebird/js/release/util.js:16:23)',
      'javascript',
      'TimeoutError',
    ],
    [
      'Error starting botpress\nSubError [TimeoutError]: Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?\n    at /snapshot/botpress8/node_modules/knex/lib/client.js:345:17\n    at tryCatcher (/snapshot/botpress8/node_modules/knex/node_modules/bluebird/js/release/util.js:16:23)',
      'javascript',
      'TimeoutError',
    ],
    ['Storage: fejl: Knex: Timeout acquiring a connection. The pool is probably full.', 'javascript', 'KnexTimeoutError'],
    [" ER_ACCESS_DENIED_ERROR: Access denied for user 'easytaxi'@'localhost' (using password: YES)", 'sql', '1045'],
    ["Connection error! ER_ACCESS_DENIED_ERROR: Access denied for user 'root'@'localhost' (using password: YES)", 'sql', '1045'],
    ["ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)", 'sql', '1045'],
    ["Error:\n(conn:638, no: 1044, SQLState: 42000) Access denied for user 'user'@'%' to database 'performance_schema'", 'sql', '1044'],
    [
      '**ActiveRecord::ConnectionNotEstablished** in **app/models/concerns/localizable.rb:19**\nconnection to server at "10.20.4.71", port 33562 failed: No route to host\n\tIs the server running on that host and accepting TCP/IP connections?',
      'ruby',
      'ConnectionNotEstablished',
    ],
    [
      '2025-01-28T10:29:15.583605326Z ActiveRecord::ConnectionNotEstablished: connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed: No such file or directory (ActiveRecord::ConnectionNotEstablished)\n2025-01-28T10:29:15.583619465Z \tIs the server running locally and accepting connections on that socket?\n2025-01-28T10:29:15.584183811Z Caused by:\n2025-01-28T10:29:15.584253420Z PG::ConnectionBad: connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed: No such file or directory (PG::ConnectionBad)',
      'ruby',
      'ConnectionNotEstablished',
    ],
    [
      'connection to server at "10.1.209.231", port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?',
      'sql',
      '08001',
    ],
    [
      '2018-05-04 15:54:13.356 ERROR 16352 --- [           main] o.a.tomcat.jdbc.pool.ConnectionPool      : Unable to create initial connections of pool.\n\ncom.mysql.jdbc.exceptions.jdbc4.CommunicationsException: Communications link failure\n\nThe last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.',
      'java',
      'CommunicationsException',
    ],
    [
      'org.springframework.transaction.CannotCreateTransactionException: Could not open Hibernate Session for transaction; nested exception is org.hibernate.exception.GenericJDBCException: Unable to acquire JDBC Connection at org.springframework.orm.hibernate5.HibernateTransactionManager.doBegin(HibernateTransactionManager.java:541)',
      'java',
      'CannotCreateTransactionException',
    ],
    [
      'Caused by: jakarta.persistence.PersistenceException: [PersistenceUnit: default] Unable to build Hibernate SessionFactory; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to open JDBC Connection for DDL execution [Communications link failure\nThe last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.] [n/a]\n\tat org.springframework.orm.jpa.AbstractEntityManagerFactoryBean.buildNativeEntityManagerFactory(AbstractEntityManagerFactoryBean.java:421) ~[spring-orm-6.1.4.jar:6.1.4]',
      'java',
      'PersistenceException',
    ],
    [
      '2018-12-12 13:09:46 WARN  PoolBase:175 -isConnectionAlive - PHAHikariCP - Failed to validate connection com.mysql.cj.jdbc.ConnectionImpl@3225f0f3 (Communications link failure\n\nThe last packet successfully received from the server was 248,909 milliseconds ago.  The last packet sent successfully to the server was 5,016 milliseconds ago.)',
      'java',
      'CommunicationsException',
    ],
    ['ConnectionError: Error 111 connecting to localhost:6379. Connection refused.', 'python', 'ConnectionError'],
    [
      '  File "/usr/local/lib/python3.8/dist-packages/redis/connection.py", line 1192, in get_connection\n    connection.connect()\n  File "/usr/local/lib/python3.8/dist-packages/redis/connection.py", line 563, in connect\n    raise ConnectionError(self._error_message(e))\nredis.exceptions.ConnectionError: Error 111 connecting to localhost:6379. Connection refused.',
      'python',
      'ConnectionError',
    ],
    [
      ' server - Error trying to receive messages: Error 10061 connecting to localhost:6379. No connection could be made because the target machine actively refused it.',
      'python',
      'ConnectionError',
    ],
    [
      'snapshot_service-instance  |   File "/usr/local/lib/python3.10/dist-packages/redis/connection.py", line 665, in _connect\nsnapshot_service-instance  |     sock.connect(socket_address)\nsnapshot_service-instance  | ConnectionRefusedError: [Errno 111] Connection refused',
      'python',
      'ConnectionRefusedError',
    ],
    ['$ redis-cli dbsize\n(error) NOAUTH Authentication required.', 'sql', 'NOAUTH'],
    [
      '127.0.0.1:6379> HGETALL foo\n(error) NOAUTH Authentication required.\n127.0.0.1:6379> AUTH 1\n(error) WRONGPASS invalid username-password pair or user is disabled.',
      'sql',
      'NOAUTH',
    ],
    [
      '"Error: MongoError: E11000 duplicate key error collection: myFirstDatabase.users index: userName_1 dup key: { userName: null }"',
      'javascript',
      'MongoError',
    ],
    [
      "    Error:  { [MongoError: insertDocument :: caused by :: 11000 E11000 duplicate key error index: \n    dbName.collectionName.$_id_  dup key: { : ObjectId('5530fb9a65c24ee340412369') }]",
      'javascript',
      'MongoError',
    ],
    [
      'Uncaught MongoError: insertDocument :: caused by :: 11000 E11000 duplicate key error index: project-db.clients.$secret_1  dup key: { : "shh" }\n      at Function.MongoError.create (/Project/node_modules/mongoose/node_modules/mongodb/node_modules/mongodb-core/lib/error.js:31:11)\n      at toError (/Project/node_modules/mongoose/node_modules/mongodb/lib/utils.js:114:22)',
      'javascript',
      'MongoError',
    ],
    [
      '[Wed Feb 24 2016 01:08:57 GMT+0000 (UTC)] WARNING MongoError: E11000 duplicate key error collection:\nclinical-redesign_meteor_com.MeteorPackages.SyncState index: _id_ dup key: { : "lastUpdated" }\nat Object.Future.wait (/meteor/dev_bundles/0.4.18/lib/node_modules/fibers/future.js:398:15)',
      'javascript',
      'MongoError',
    ],
    [
      '{\n    "error": {\n        "stack": "MongoError: E11000 duplicate key error collection: test.bookstores index: bookname_1 dup key: { : null }\\n    at Function.MongoError.create",\n        "statusCode": 404,\n        "error": "Not Found",\n        "message": "E11000 duplicate key error collection: test.bookstores index: bookname_1 dup key: { : null }"\n    }\n}',
      'javascript',
      'MongoError',
    ],
    [
      '{"code":11000,"index":93,"errmsg":"insertDocument :: caused by :: 11000 E11000 duplicate key error index: dbName.users.$_id_ dup key: { : ObjectId(\'5469eb08370fea375383e2d3\') }',
      'sql',
      '11000',
    ],
    ['11000 E11000 duplicate key error index: yelp_camp_vnew3.users.$username_1  dup key: { : null }', 'sql', '11000'],
    [
      '{\n  code: 11000, \n  errmsg: \'E11000 duplicate key error collection: mongolog.mongolog index: uuid_1 dup key: { : "e5a55c46a3b759839df3d1ea99ea813f" }\', \n  index: 0\n}',
      'sql',
      '11000',
    ],
    ['E11000 duplicate key error collection: test.bookstores index: bookname_1 dup key: { : null }', 'sql', '11000'],
    [
      '5 Mar 12:32:06 - info: [mongo] Mon Mar  5 12:32:06 [conn2] insert locker.system.indexes exception 11000 E11000 duplicate key error index: locker.alinks_link.$id_1  dup key: { : null } 122ms',
      'sql',
      '11000',
    ],
    [
      "Error when sending message to topic: 'pageviews', with key: '1', and value: '[ 1571817539097 | 'User_2' | 'Page_81' ]'\norg.apache.kafka.common.errors.TimeoutException: Topic pageviews not present in metadata after 60000 ms.",
      'java',
      'TimeoutException',
    ],
    [
      "09:31:01,162 ERROR MaxwellKafkaProducer - Topic 'maxwell' name does not exist. Exception: Failed to update metadata after 60000 ms.\norg.apache.kafka.common.errors.TimeoutException: Failed to update metadata after 60000 ms.",
      'java',
      'TimeoutException',
    ],
    [
      'org.springframework.kafka.KafkaException: Send failed; nested exception is org.apache.kafka.common.errors.TimeoutException: Topic email not present in metadata after 60000 ms.\n\tat org.springframework.kafka.core.KafkaTemplate.doSend(KafkaTemplate.java:574) ~[spring-kafka-2.6.3.jar:na]\n\tat org.springframework.kafka.core.KafkaTemplate.send(KafkaTemplate.java:363) ~[spring-kafka-2.6.3.jar:na]',
      'java',
      'KafkaException',
    ],
    [
      '10:34:29.761 [main] DEBUG o.a.k.clients.producer.KafkaProducer - [Producer clientId=producer-1] Exception occurred during message send:\norg.apache.kafka.common.errors.TimeoutException: Topic logs not present in metadata after 60000 ms.',
      'java',
      'TimeoutException',
    ],
    ['TimeoutException: Topic pageviews not present in metadata after 60000 ms', 'java', 'TimeoutException'],
    [
      '[Producer clientId=producer-1] Error while fetching metadata with correlation id 681 : {k-topic=LEADER_NOT_AVAILABLE}',
      'java',
      'LEADER_NOT_AVAILABLE',
    ],
    [
      '[Consumer clientId=consumer-k-group-1, groupId=k-group] Error while fetching metadata with correlation id 728 : {k-topic=LEADER_NOT_AVAILABLE}',
      'java',
      'LEADER_NOT_AVAILABLE',
    ],
    ['Caused by: org.apache.kafka.common.errors.TimeoutException: Timeout expired while fetching topic metadata', 'java', 'TimeoutException'],
    [
      'ConnectionError(<urllib3.connection.HTTPConnection object at 0x7f8eba1199d0>: Failed to establish a new connection: [Errno 61] Connection refused) caused by: NewConnectionError(<urllib3.connection.HTTPConnection object at 0x7f8eba1199d0>: Failed to establish a new connection: [Errno 61] Connection refused)',
      'python',
      'ConnectionError',
    ],
    [
      'GET http://localhost:9200/dbontologyindex/doc/_search [status:N/A request:0.007s]\nTraceback (most recent call last):\n  File "/anaconda3/lib/python3.7/site-packages/urllib3/connection.py", line 171, in _new_conn\n    (self._dns_host, self.port), self.timeout, **extra_kw)\n  File "/anaconda3/lib/python3.7/site-packages/urllib3/util/connection.py", line 69, in create_connection\n    sock.connect(sa)\nConnectionRefusedError: [Errno 61] Connection refused',
      'python',
      'ConnectionRefusedError',
    ],
    [
      '2022/02/21 21:39:42 ApplicationStartupError: Error while trying to connect to Redis: OriginalError: dial tcp 10.0.1.53:6379: i/o timeout\npanic: ApplicationStartupError: Error while trying to connect to Redis: OriginalError: dial tcp 10.0.1.53:6379: i/o timeout\ngoroutine 1 [running]:\nmain.main()\n\tgithub.com/business/app-name/main.go:36 +0x4e5',
      'go',
      'panic',
    ],
    ['redis: connection pool timeout', 'go', 'connection pool timeout'],
    [
      'sqlalchemy.exc.TimeoutError: QueuePool limit of size 20 overflow 20 reached, connection timed out, timeout 30.00 (Background on this error at: https://sqlalche.me/e/20/3o7r)',
      'python',
      'TimeoutError',
    ],
    [
      'TimeoutError\nQueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00 (Background on this error at: https://sqlalche.me/e/20/3o7r)\n\n/app/.venv/lib/python3.13/site-packages/sqlalchemy/pool/impl.py in AsyncAdaptedQueuePool._do_get\nat line 168',
      'python',
      'TimeoutError',
    ],
    ['`**QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30**`', 'python', 'TimeoutError'],
    [
      '     QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00 (Background on this error.....).',
      'python',
      'TimeoutError',
    ],
    [
      'HTTP-500 error due to "Error - <class \'sqlalchemy.exc.TimeoutError\'>: QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30"',
      'python',
      'TimeoutError',
    ],
    [
      'time="2024-10-17T13:41:50+0000" level=ERROR function=dispatch client="10.194.188.78:0" trace_id="IYV0V95O2U" method="POST" path="/api/v1/authentication/tokens" user="anonymous" message="QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00 (Background on this error at: https://sqlalche.me/e/20/3o7r)"\nTraceback (most recent call last):\n  File "/tmp/backend/capellacollab/core/logging/__init__.py", line 97, in dispatch\n    return await call_next(request)',
      'python',
      'TimeoutError',
    ],
    [
      "node:events:495\n      throw er; // Unhandled 'error' event\n      ^\n\nError: Connection terminated unexpectedly\n    at Connection.<anonymous> (/Users/dev/fusion-pg/node_modules/pg/lib/client.js:132:73)",
      'javascript',
      '08006',
    ],
    [
      'Unexpected error on idle client Error: Connection terminated unexpectedly\n    at Connection.<anonymous> (/Users/dev/fusion-pg/node_modules/pg/lib/client.js:132:73)',
      'javascript',
      '08006',
    ],
    [
      'Error: Connection terminated unexpectedly\n    at Connection.<anonymous> (/usr/src/repos/node_modules/pg/lib/client.js:264:9)\n    at Object.onceWrapper (events.js:417:28)\n    at Connection.emit (events.js:311:20)\n    at Socket.<anonymous> (/usr/src/repos/node_modules/pg/lib/connection.js:76:10)',
      'javascript',
      '08006',
    ],
    [
      "PrismaClientKnownRequestError: \nInvalid `prisma.user.findMany()` invocation in\nC:\\Users\\dev\\Documents\\GitHub\\PrismaFrog\\src\\index.js:13:40\n\n  10 const { PrismaClient } = require('@prisma/client');\n  11 const prisma = new PrismaClient();\n  12 async function main() {\n→ 13     const allUsers = await prisma.user.findMany(\n  The table `(not available)` does not exist in the current database.",
      'javascript',
      'P2021',
    ],
    [
      "[15:40:48.217] PrismaClientKnownRequestError: \n[15:40:48.217] Invalid `prisma.domain.findMany()` invocation:\n[15:40:48.218] \n[15:40:48.218] The table `(not available)` does not exist in the current database.\n[15:40:48.218]     at vn.handleRequestError (/vercel/path0/node_modules/@prisma/client/runtime/library.js:123:6730)\n[15:40:48.220]   code: 'P2021',\n[15:40:48.221]   clientVersion: '5.2.0',\n[15:40:48.221]   meta: { table: '(not available)' }\n[15:40:48.221] }",
      'javascript',
      'P2021',
    ],
    [
      'Message: Error in Prisma Client request: \n\nError: The table `public.users` does not exist in the current database.',
      'javascript',
      'P2021',
    ],
    [
      'MongoNetworkError: failed to connect to server [localhost:27017] on first connect [MongoNetworkError: connect ECONNREFUSED 127.0.0.1:27017\n\nat connectionFailureError (node_modules/mongodb/lib/core/connection/connect.js:340:14)\n      at Socket.<anonymous> (node_modules/mongodb/lib/core/connection/connect.js:310:16)',
      'javascript',
      'MongoNetworkError',
    ],
    [
      'time=2021-02-03T17:02:46.068Z | lvl=ERROR | corr=6639dee1 | trans=6639dee1 | op=IoTAgentNGSI.DbConn | from=n/a | srv=n/a | subsrv=n/a | msg=MONGODB-001: Error trying to connect to MongoDB: MongoNetworkError: failed to connect to server [localhost:27017] on first connect [Error: connect ECONNREFUSED 127.0.0.1:27017\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1138:16)',
      'javascript',
      'MongoNetworkError',
    ],
    [
      '{ Error: failed to connect to server [localhost:27017] on first connect [MongoNetworkError: connect ECONNREFUSED 127.0.0.1:27017]',
      'javascript',
      'MongoNetworkError',
    ],
    [
      '(node:9357) UnhandledPromiseRejectionWarning: MongoNetworkError: failed to connect to server [localhost:27017] on first connect [MongoNetworkError: connection 0 to localhost:27017 timed out]',
      'javascript',
      'MongoNetworkError',
    ],
    [
      "Error in workloop { MongoError: failed to connect to server [127.0.0.1:27017] on first connect [MongoError: connect ECONNREFUSED 127.0.0.1:27017]\n    at Pool.<anonymous> (/opt/app/node_modules/mongodb-core/lib/topologies/server.js:328:35)\n    at emitOne (events.js:96:13)\n  name: 'MongoError',",
      'javascript',
      'MongoError',
    ],
    [
      'failed to connect to server [127.0.0.1:27017] on first connect [MongoError: connect ECONNREFUSED 127.0.0.1:27017]',
      'javascript',
      'MongoError',
    ],
    [
      "    raise ServerSelectionTimeoutError(\npymongo.errors.ServerSelectionTimeoutError: No replica set members found yet, Timeout: 1.0s, Topology Description: <TopologyDescription id: 65cf5bcda47980787fb1c06b, topology_type: ReplicaSetNoPrimary, servers: [<ServerDescription ('host1', 27017) server_type: Unknown, rtt: None>, <ServerDescription ('host1', 27018) server_type: Unknown, rtt: None>]>",
      'python',
      'ServerSelectionTimeoutError',
    ],
    [
      "2023-12-20T07:04:43.700060134Z ERROR:__main__:Error while getting primary IP from Topology: No servers found yet, Timeout: 15.0s, Topology Description: <TopologyDescription id: 658291fce46b497aa719d680, topology_type: Single, servers: [<ServerDescription ('10.0.25.6', 27020) server_type: Unknown, rtt: None>]> - could not complete replicaset admin initilization!",
      'python',
      'ServerSelectionTimeoutError',
    ],
    ['ServerSelectionTimeoutError: 192.168.0.103:27019: timed out,192.168.0.101:27018: timed out', 'python', 'ServerSelectionTimeoutError'],
    [
      'NestJS MaxRetriesPerRequestError: Reached the max retries per request limit (which is 20). Refer to "maxRetriesPerRequest" option for details.\nNestJS     at Socket.<anonymous> (C:\\Users\\User\\Documents\\code\\scholarsome\\node_modules\\ioredis\\built\\redis\\event_handler.js:182:37)\nNestJS     at Object.onceWrapper (node:events:629:26)',
      'javascript',
      'MaxRetriesPerRequestError',
    ],
    [
      'MaxRetriesPerRequestError: Reached the max retries per request limit (which is 20). Refer to "maxRetriesPerRequest" option for details.\n    at Socket.<anonymous> (/var/www/lite-2/mercurius/node_modules/ioredis/built/redis/event_handler.js:95:37)\n    at Object.onceWrapper (events.js:315:30)',
      'javascript',
      'MaxRetriesPerRequestError',
    ],
    [
      'Reached the max retries per request limit (which is 20). Refer to "maxRetriesPerRequest" option for details.',
      'javascript',
      'MaxRetriesPerRequestError',
    ],
    [
      '[ioredis] Unhandled error event: Error: connect ETIMEDOUT\n    at Socket.<anonymous> (/home/node/app/node_modules/ioredis/built/redis/index.js:308:37)\n    at Object.onceWrapper (events.js:421:28)\n    at Socket.emit (events.js:315:20)\n    at Socket._onTimeout (net.js:483:8)',
      'javascript',
      'ETIMEDOUT',
    ],
  ])('recognises %j as %s/%s', expectRecognised);

  it.each([
    ['kombu.exceptions.OperationalError: Error 111 connecting to localhost:6379. Connection refused.', 'python', 'OperationalError'],
    ['System.TimeoutException: The operation has timed out.\n   at System.Net.HttpWebRequest.GetResponse()', 'csharp', 'TimeoutException'],
    ["ReplyError: ERR unknown command 'JSON.SET', with args beginning with: 'doc'", 'javascript', 'ReplyError'],
    ['Error connecting to Redis on localhost:6379 (Errno::ECONNREFUSED)', 'ruby', 'CannotConnectError'],
    [
      'MongoServerError: E11000 duplicate key error collection: shop.users index: email_1 dup key: { email: "a@b.c" }',
      'javascript',
      'MongoServerError',
    ],
    ["Error: ER_DUP_ENTRY: Duplicate entry '42-7' for key 'PRIMARY'", 'sql', '1062'],
    [
      'org.springframework.kafka.KafkaException: Send failed; nested exception is org.apache.kafka.common.errors.TimeoutException: Topic email not present in metadata after 60000 ms.',
      'java',
      'KafkaException',
    ],
    ['psycopg2.OperationalError: FATAL:  sorry, too many clients already', 'python', 'OperationalError'],
    ['FATAL:  sorry, too many clients already', 'sql', '53300'],
    [
      'KnexTimeoutError: Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?',
      'javascript',
      'KnexTimeoutError',
    ],
  ])('keeps %j as %s/%s', expectRecognised);

  it.each([
    ['[ErrorReply: NOAUTH Authentication required.]', ['ErrorReply', 'REDIS_PASSWORD']],
    ['redis.exceptions.ConnectionError: Error 111 connecting to localhost:6379. Connection refused.', ['localhost', '6379']],
    ['MongoError: E11000 duplicate key error index: shop.users.$email_1  dup key: { : null }', ['email_1', 'db.users', '{ : null }']],
    ['TimeoutException: Topic pageviews not present in metadata after 60000 ms', ['pageviews']],
    [
      "TransportError(403, 'cluster_block_exception', 'blocked by: [FORBIDDEN/12/index read-only / allow delete (api)];')",
      ['read_only_allow_delete', 'TransportError'],
    ],
    [
      'sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00',
      ['pool_size=5', 'max_overflow=10'],
    ],
    ['KafkaJSConnectionError: Connection error: connect ECONNREFUSED 127.0.0.1:9092', ['127.0.0.1 9092']],
  ])('fixes for %j repeat the names it gave', (text, names) => {
    const fixes = fixText(text);
    for (const name of names) expect(fixes).toContain(name);
  });
});
