import type { Captures, ErrorPattern } from '../rules/error-pattern';
import { fix, patternById, ref } from './answer-parts';
import { JAVASCRIPT_PATTERNS } from './javascript.patterns';
import { SQL_PATTERNS } from './sql.patterns';

/**
 * A ninth catalog pass over programs' errors around databases and services, as people paste them from logs, issue
 * threads and clients, where the engine answered "unknown error", another language, or only the bare class: the
 * Redis server's replies (NOAUTH, WRONGTYPE, READONLY…) as node-redis, ioredis, redis-py and redis-cli show them,
 * redis-py's "Error 111 connecting to host:port", ioredis' MaxRetriesPerRequestError and go-redis' pool timeout;
 * the MongoDB drivers' "failed to connect to server … on first connect" and E11000 duplicate keys (with a class, or
 * the server's message alone); pymongo's server selection timeouts; kafkajs' connection errors, the Java client's
 * metadata TimeoutException and LEADER_NOT_AVAILABLE warnings; Elasticsearch clients' API errors
 * (cluster_block_exception) and elasticsearch-py's refused connection; asyncpg's TooManyConnectionsError,
 * node-postgres' pool refused by max_connections, a logged psycopg2 OperationalError; SQLAlchemy's QueuePool
 * timeout message alone; EF Core's ExtendedSocketException; Knex's pool timeout message alone; HikariCP's failed
 * validation over a Communications link failure.
 *
 * Types follow test/fixtures/errors/README.md: the class the program printed or the one its library throws with
 * that message; a database server's reply printed by its own client or alone is `sql` with the server's code
 * (Redis' error prefix, MongoDB's 11000).
 */

const REDIS_ERRORS = ref('Redis: Error replies', 'https://redis.io/docs/latest/develop/reference/protocol-spec/#simple-errors');
const REDIS_AUTH = ref('Redis: AUTH', 'https://redis.io/docs/latest/commands/auth/');
const REDIS_REPLICATION = ref('Redis: Replication (read-only replica)', 'https://redis.io/docs/latest/operate/oss_and_stack/management/replication/');
const REDIS_PY = ref('redis-py: Connecting to Redis', 'https://redis.readthedocs.io/en/stable/connections.html');
const IOREDIS = ref('ioredis: Auto-reconnect and maxRetriesPerRequest', 'https://github.com/redis/ioredis#auto-reconnect');
const GO_REDIS = ref('go-redis: Debugging (pool size and timeouts)', 'https://redis.uptrace.dev/guide/go-redis-debugging.html');
const MONGO_NODE = ref('MongoDB Node.js driver: Connection troubleshooting', 'https://www.mongodb.com/docs/drivers/node/current/connect/connection-troubleshooting/');
const MONGO_UNIQUE = ref('MongoDB: Unique indexes', 'https://www.mongodb.com/docs/manual/core/index-unique/');
const PYMONGO_SELECTION = ref('PyMongo: Troubleshooting server selection', 'https://pymongo.readthedocs.io/en/stable/examples/server_selection.html');
const KAFKAJS = ref('KafkaJS: Configuration (brokers, retry)', 'https://kafka.js.org/docs/configuration');
const KAFKA_PRODUCER = ref('Apache Kafka: Producer configs (max.block.ms)', 'https://kafka.apache.org/documentation/#producerconfigs_max.block.ms');
const KAFKA_LISTENERS = ref('Apache Kafka: Broker configs (advertised.listeners)', 'https://kafka.apache.org/documentation/#brokerconfigs_advertised.listeners');
const ES_DISK = ref('Elasticsearch: Disk-based shard allocation (flood-stage watermark)', 'https://www.elastic.co/guide/en/elasticsearch/reference/current/modules-cluster.html#disk-based-shard-allocation');
const ES_PY = ref('Elasticsearch Python client: Connecting', 'https://www.elastic.co/guide/en/elasticsearch/client/python-api/current/connecting.html');
const SQLA_POOL = ref('SQLAlchemy: QueuePool limit reached (3o7r)', 'https://docs.sqlalchemy.org/en/20/errors.html#error-3o7r');
const NPGSQL_TROUBLE = ref('Npgsql: Connection string parameters', 'https://www.npgsql.org/doc/connection-string-parameters.html');
const HIKARI = ref('HikariCP: configuration (maxLifetime, keepaliveTime)', 'https://github.com/brettwooldridge/HikariCP#gear-configuration-knobs-baby');

/** The Redis error codes (the first word of a server error reply) this pass names. */
const REDIS_CODES = 'NOAUTH|WRONGPASS|WRONGTYPE|READONLY|MOVED|CROSSSLOT|MISCONF|OOM|LOADING|NOPERM|BUSYGROUP|NOSCRIPT|EXECABORT';

/** What a Redis error reply means, by its code. */
function redisMeaning(code: string): string {
  switch (code) {
    case 'NOAUTH':
      return 'NOAUTH means the server requires a password (requirepass or an ACL user) and this connection sent a command before AUTH: the client was given no password, or the password went to another client or URL than the one that connects.';
    case 'WRONGPASS':
      return 'WRONGPASS means AUTH was sent but the user name or password is wrong, or the ACL user is disabled.';
    case 'WRONGTYPE':
      return 'WRONGTYPE means the command is for one data type (a string, list, hash, set, sorted set, stream) and the key already holds another: the same key name is used for two kinds of data, or old data of another type is still there.';
    case 'READONLY':
      return "READONLY means the command writes and the server it reached is a read-only replica: the client connects to a replica instead of the primary (after a failover, through a cached DNS name or a reader endpoint), or the instance was turned into a replica of another server.";
    case 'MOVED':
    case 'CROSSSLOT':
      return `${code} comes from Redis Cluster: the key lives on another node (MOVED) or one command names keys in different hash slots (CROSSSLOT); the client must run in cluster mode and multi-key commands need keys with the same {hash tag}.`;
    case 'MISCONF':
      return 'MISCONF means Redis cannot save its RDB snapshot (a full or unwritable disk) and stop-writes-on-bgsave-error makes it refuse writes.';
    case 'OOM':
      return 'OOM means Redis reached maxmemory and its eviction policy (noeviction) refuses the write.';
    case 'LOADING':
      return 'LOADING means the server is still loading its dataset into memory after a restart; commands work once it has finished.';
    case 'NOPERM':
      return "NOPERM means the ACL user this connection authenticated as is not allowed to run that command or touch that key.";
    default:
      return `${code} is the error code the Redis server put at the start of its reply.`;
  }
}

/** The first fix for a Redis error reply. */
function redisFixes(code: string, where: string): ReturnType<typeof fix>[] {
  switch (code) {
    case 'NOAUTH':
    case 'WRONGPASS':
      return [
        fix(
          `Give ${where} the server's password`,
          [
            'Find the password the server expects (requirepass in redis.conf, --requirepass in the container command, or the ACL user).',
            'Pass it to the client: a password option, or the URL redis://:PASSWORD@host:6379/0 (redis://USER:PASSWORD@host for an ACL user).',
            'If the password was set while the server ran, restart or reconnect the clients.',
          ],
          "redis-cli -h 127.0.0.1 -p 6379 -a \"$REDIS_PASSWORD\" ping\n# node: createClient({ url: 'redis://:' + process.env.REDIS_PASSWORD + '@127.0.0.1:6379' })\n# python: redis.Redis(host='127.0.0.1', port=6379, password=os.environ['REDIS_PASSWORD'])",
        ),
      ];
    case 'WRONGTYPE':
      return [
        fix(
          'Check the type of the key, then use one key per kind of data',
          ['Run TYPE on the key the command names to see what it holds.', 'Use the commands of that type, or give the other data its own key prefix; delete stale keys of the old type.'],
          'redis-cli TYPE mykey\nredis-cli DEL mykey   # only if the old value is not needed',
        ),
      ];
    case 'READONLY':
      return [
        fix(
          'Send writes to the primary',
          [
            'Connect writes to the primary endpoint (ElastiCache: the primary endpoint, not the reader; Sentinel: ask Sentinel for the master).',
            'After a failover, reconnect or re-resolve DNS so the client follows the new primary; check INFO replication on the server it reaches.',
          ],
          'redis-cli -h HOST INFO replication   # role:master or role:slave\nredis-cli -h HOST REPLICAOF NO ONE   # only if this instance should be a primary',
        ),
      ];
    default:
      return [fix(`Deal with ${code} on the server side`, ['Read the full reply and the server log; INFO shows memory, persistence and replication state.'], 'redis-cli INFO')];
  }
}

/** The answer for a Redis error reply, whoever printed it. */
function redisAnswer(id: string, language: ErrorPattern['language'], match: RegExp, errorType: ErrorPattern['errorType'], who: string, samples: string[]): ErrorPattern {
  return {
    id,
    language,
    match,
    errorType,
    category: 'database',
    priority: 20,
    summary: (c) => `The Redis server refused the command with ${c.code ?? 'READONLY'}${c.msg?.trim() ? `: ${c.msg.trim().replace(/\.$/, '')}` : ''}.`,
    explanation: (c) => `${who[0].toUpperCase()}${who.slice(1)} shows an error reply of the Redis server. ${redisMeaning(c.code ?? 'READONLY')}`,
    causes: (c) =>
      (c.code ?? 'READONLY') === 'NOAUTH'
        ? ['No password configured in the client while the server has requirepass or ACL users', 'The password set in the environment never reaches this client (another URL, another service)', 'The server got a password after clients had connected']
        : (c.code ?? 'READONLY') === 'WRONGTYPE'
          ? ['The same key used for two data types', 'Old data of another type left under that key name']
          : (c.code ?? 'READONLY') === 'READONLY'
            ? ['The client writes through a replica or reader endpoint', 'A failover made the old primary a replica and the client kept its connection']
            : [redisMeaning(c.code ?? 'READONLY')],
    fixes: (c) => {
      const code = c.code ?? 'READONLY';
      const [first, ...rest] = redisFixes(code, who);
      const note = c.cls ? [`${c.cls} is the client's wrapper for the server's ${code} reply: catch it apart from connection errors, which retrying can cure and ${code} cannot.`] : [];
      return [{ ...first, steps: [...first.steps, ...note] }, ...rest];
    },
    references: [REDIS_ERRORS, REDIS_AUTH, REDIS_REPLICATION],
    samples,
  };
}

/** What an Elasticsearch error type means. */
function esMeaning(type: string, reason: string): string {
  if (type === 'cluster_block_exception' && /read-only|read_only/.test(reason))
    return 'The index carries a write block: Elasticsearch sets index.blocks.read_only_allow_delete on every index of a node whose disk passed the flood-stage watermark (95 % by default), and older versions keep it until someone removes it.';
  if (type === 'cluster_block_exception') return 'A cluster or index block refuses the request (a read-only setting, a cluster without an elected master, or a closed index).';
  if (type === 'index_not_found_exception') return 'The index the request names does not exist (not created yet, a typo, or an alias that points nowhere).';
  if (type === 'security_exception') return 'The user the client authenticates as has no right to do this, or the credentials are wrong.';
  return `Elasticsearch answered with ${type}; the reason field says what it refused.`;
}

/** The fixes for an Elasticsearch error type. */
function esFixes(type: string, reason: string, cls: string) {
  if (type === 'cluster_block_exception' && /read-only|read_only/.test(reason))
    return [
      fix(
        'Free disk space, then remove the read-only block',
        [
          'Check disk use per node and free space (delete old indices, add disk or nodes).',
          'Remove the block from the indices (Elasticsearch 7.4+ removes it itself once the disk drops below the high watermark).',
          `${cls} with ${type} will come back on every write until the block is gone.`,
        ],
        'curl -s localhost:9200/_cat/allocation?v\ncurl -X PUT localhost:9200/_all/_settings -H \'Content-Type: application/json\' \\\n  -d \'{"index.blocks.read_only_allow_delete": false}\'',
      ),
    ];
  return [fix(`Read the reason of the ${type} in the ${cls}`, ['Run the same request with curl to see the whole error body, and fix the index, mapping or rights it names.'], 'curl -s localhost:9200/_cat/indices?v')];
}

const esAnswer = (c: Captures) => ({ type: c.type ?? 'cluster_block_exception', reason: c.reason ?? '' });

/** The collection and index of an E11000 message: MongoDB before 3.4 wrote "index: db.users.$email_1" and no collection. */
function dupNames(c: Captures): { collection: string; index: string } {
  const old = /^(?<coll>[^$\s]+)\.\$(?<idx>\S+)$/.exec(c.index ?? '');
  return { collection: c.collection ?? old?.groups?.coll ?? '', index: old?.groups?.idx ?? c.index ?? '' };
}

/** The answer for a MongoDB duplicate key (E11000). */
const dupKey = {
  category: 'database' as const,
  summary: (c: Captures) =>
    `MongoDB refused the write: the unique index ${dupNames(c).index}${dupNames(c).collection ? ` of ${dupNames(c).collection}` : ''} already has a document with the key ${c.key ?? ''}.`,
  explanation: (c: Captures) =>
    `E11000 (code 11000) is MongoDB's duplicate key error: an insert or update would give two documents the same value in a unique index (${c.index ?? 'the index named'}). ${/null/.test(c.key ?? '') ? 'Here the key is null: several documents lack the field (or have it null), and a unique index counts a missing field as null; often the index is left over from an older schema (a field renamed or removed, e.g. username_1) or the application sends the field empty.' : /_id_/.test(c.index ?? '') ? 'Here it is the _id index: the same document (or the same _id) is inserted twice, for instance a retried insert or an array of documents that reuses one object.' : 'A document with that value already exists.'}`,
  causes: ['A second document with a value that a unique index already holds', 'A unique index on a field that many documents lack (they all count as null)', 'A stale unique index from an older schema', 'An insert retried or the same object inserted twice'],
  fixes: (c: Captures) => [
    fix(
      `Find what holds the key in ${dupNames(c).index || 'the unique index'}`,
      [
        'List the indexes of the collection and look for the one named in the error.',
        'Drop a unique index that no longer matches the schema, or make it partial/sparse if the field is optional.',
        `Find the document that already has ${c.key ?? 'that key'}; a null key means documents without the field.`,
        `Use an upsert (updateOne with upsert: true) where the document may already exist, and handle ${c.cls ?? 'the error'} with code 11000 as "already exists".`,
      ],
      `db.${dupNames(c).collection.split('.').slice(1).join('.') || 'collection'}.getIndexes()\ndb.${dupNames(c).collection.split('.').slice(1).join('.') || 'collection'}.dropIndex("${dupNames(c).index || 'field_1'}")   // only if the index is stale`,
    ),
  ],
  references: [MONGO_UNIQUE],
};

const E11000 = String.raw`E11000 duplicate key error (?:collection: (?<collection>\S{1,200}) )?index: (?<index>\S{1,200})\s+dup key: (?<key>\{[^\n]{0,300}?\})`;

export const PROGRAM_CATALOG9_PATTERNS: readonly ErrorPattern[] = [
  redisAnswer(
    'javascript.redis-reply-error',
    'javascript',
    // node-redis 3 and ioredis throw ReplyError, node-redis 4 ErrorReply ("[ErrorReply: NOAUTH Authentication required.]").
    new RegExp(String.raw`\b(?<cls>ReplyError|ErrorReply)\]?: (?:Ready check failed: )?(?<code>${REDIS_CODES})\b(?<msg>[^\n\]]{0,200})`),
    (c) => c.cls ?? 'ReplyError',
    'the Node.js Redis client',
    ['[ErrorReply: NOAUTH Authentication required.]', 'ReplyError: READONLY You can\'t write against a read only replica.\n    at parseError (/app/node_modules/redis-parser/lib/parser.js:179:12)'],
  ),
  redisAnswer(
    'python.redis-response-error',
    'python',
    // redis-py's ResponseError, also its repr and a pipeline's "Command # 1 (…) of pipeline caused error WRONGTYPE …".
    new RegExp(String.raw`(?:redis\.exceptions\.|redis exceptions )?\b(?<cls>ResponseError)(?:\(u?['"]|: )(?:Command # \d{1,6} \([^)\n]{0,300}\) of pipeline caused error )?(?<code>${REDIS_CODES})\b(?<msg>[^\n'"]{0,200})`),
    'ResponseError',
    'redis-py',
    ["ResponseError('NOAUTH Authentication required.',)", 'redis exceptions ResponseError: Command # 1 (ZRANGE spider:requests 0 0) of pipeline caused error WRONGTYPE Operation against a key holding the wrong kind of value'],
  ),
  redisAnswer(
    'sql.redis-cli-error',
    'sql',
    // redis-cli (and valkey-cli) print the server's error reply as "(error) NOAUTH Authentication required.".
    new RegExp(String.raw`^\(error\) (?<code>${REDIS_CODES})\b(?<msg>[^\n]{0,200})`, 'm'),
    (c) => c.code ?? 'NOAUTH',
    'redis-cli',
    ['127.0.0.1:6379> HGETALL foo\n(error) NOAUTH Authentication required.', '$ redis-cli dbsize\n(error) NOAUTH Authentication required.'],
  ),
  {
    id: 'python.redis-error-connecting',
    language: 'python',
    // redis-py's ConnectionError message, also without its class: "Error 111 connecting to localhost:6379. Connection refused."
    // Celery's kombu re-raises it as its own OperationalError with the same message: the class printed is the type.
    match: /(?:(?<cls>[A-Z]\w{0,40}(?:Error|Exception)): )?Error (?<errno>\d{2,5}) connecting to (?<host>[\w.[\]-]{1,253}):(?<port>\d{1,5})\. (?<reason>[^\n]{1,200})/,
    errorType: (c) => c.cls ?? 'ConnectionError',
    category: 'network',
    priority: 25,
    summary: (c) => `redis-py could not connect to Redis at ${c.host}:${c.port}: ${c.reason.replace(/\.$/, '')}.`,
    explanation: (c) =>
      `redis-py raises ConnectionError${c.cls && c.cls !== 'ConnectionError' ? ` (re-raised here as ${c.cls})` : ''} when the socket to the server cannot be opened (error ${c.errno}). ${/refused/i.test(c.reason) ? `Nothing listens on ${c.host}:${c.port}: the Redis server is not running, listens on another port or interface, or, inside a container, "${c.host}" is the container itself and not the Redis service.` : 'The host cannot be reached or resolved from here.'}`,
    causes: ['The Redis server is not running (or not installed) on that host', 'In Docker, localhost instead of the Redis service name', 'Redis bound to another interface or port, or a firewall in between'],
    fixes: (c) => [
      fix(
        `Start Redis or point the client at ${c.host}:${c.port} where it runs`,
        [
          'Check that a server answers at that address with redis-cli.',
          'In docker compose, connect to the service name (redis://redis:6379) and start Redis before the app.',
          ...(c.cls && c.cls !== 'ConnectionError'
            ? [`${c.cls} here wraps redis-py's ConnectionError: the broker or cache URL of the program that raised it is what to fix.`]
            : c.cls
              ? [`${c.cls} comes before any command runs: retrying the command does not help until the server is reachable.`]
              : []),
        ],
        `redis-cli -h ${c.host} -p ${c.port} ping\n# or start one: docker run -d -p ${c.port}:6379 redis`,
      ),
    ],
    references: [REDIS_PY],
    samples: ['redis.exceptions.ConnectionError: Error 111 connecting to localhost:6379. Connection refused.', 'kombu.exceptions.OperationalError: Error 111 connecting to localhost:6379. Connection refused.', 'Error 10061 connecting to localhost:6379. No connection could be made because the target machine actively refused it.'],
  },
  {
    id: 'javascript.ioredis-max-retries',
    language: 'javascript',
    match: /(?:MaxRetriesPerRequestError: )?Reached the max retries per request limit \(which is (?<n>\d{1,6})\)/,
    errorType: 'MaxRetriesPerRequestError',
    category: 'network',
    priority: 20,
    summary: (c) => `ioredis gave up on a command after ${c.n} reconnection attempts: Redis is unreachable.`,
    explanation: (c) =>
      `ioredis queues commands while it reconnects, and rejects each with MaxRetriesPerRequestError once the connection has been retried ${c.n} times (maxRetriesPerRequest) without success. The error says the connection failed, not the command: the server is down or unreachable, the TLS/password settings are wrong (the server closes the connection), or a proxy in between drops it.`,
    causes: ['Redis is not running or not reachable at the configured host and port', 'TLS expected (rediss://) or a password missing, so the server closes the connection', 'maxRetriesPerRequest left at 20 for BullMQ workers, which need null'],
    fixes: (c) => [
      fix(
        'Make the connection work first',
        ['Listen to the client\'s "error" event to see the underlying connection error (ECONNREFUSED, ETIMEDOUT, WRONGPASS).', `Check the server with redis-cli; for BullMQ workers set maxRetriesPerRequest: null instead of ${c.n}.`],
        "const redis = new Redis(process.env.REDIS_URL, { maxRetriesPerRequest: null });\nredis.on('error', (err) => console.error('redis', err.message));",
      ),
    ],
    references: [IOREDIS],
    samples: ['MaxRetriesPerRequestError: Reached the max retries per request limit (which is 20). Refer to "maxRetriesPerRequest" option for details.'],
  },
  {
    id: 'go.redis-pool-timeout',
    language: 'go',
    match: /\bredis: connection pool timeout\b/,
    errorType: 'connection pool timeout',
    category: 'network',
    priority: 20,
    summary: 'go-redis waited PoolTimeout for a free connection from its pool and none came.',
    explanation:
      'Every connection of the go-redis pool (PoolSize, 10 per CPU by default) was busy for longer than PoolTimeout: slow or blocking commands (BLPOP, XREAD BLOCK, big pipelines) hold connections, Redis answers slowly, or connections cannot be re-established after the server restarted.',
    causes: ['Blocking commands (XREAD BLOCK, BLPOP) holding pool connections', 'Redis slow or overloaded', 'PoolSize too small for the number of goroutines', 'The server unreachable, so new connections never open'],
    fixes: [fix('Size the pool for the load and keep blocking commands short', ['Check PoolStats() (Hits, Misses, Timeouts, TotalConns) and the server latency.', 'Raise PoolSize or lower BLOCK timeouts; give blocking readers their own client.'], 'rdb := redis.NewClient(&redis.Options{\n\tAddr:        "localhost:6379",\n\tPoolSize:    50,\n\tPoolTimeout: 5 * time.Second,\n})\nfmt.Printf("%+v\\n", rdb.PoolStats())')],
    references: [GO_REDIS],
    samples: ['redis: connection pool timeout'],
  },
  {
    id: 'javascript.mongo-first-connect',
    language: 'javascript',
    // The MongoDB Node.js driver 2.x/3.x: "MongoError: failed to connect to server [127.0.0.1:27017] on first connect
    // [MongoError: connect ECONNREFUSED 127.0.0.1:27017]", and mongoose 4's "{ [MongoError: connect ECONNREFUSED …] name: 'MongoError' }".
    match:
      /(?:(?<outer>Mongo(?:Network)?Error): )?failed to connect to server \[(?<server>[^\]\s]{1,260})\] on first connect \[(?<inner>Mongo(?:Network)?Error|Error): (?<reason>[^\]\n]{1,200})|\[(?<bare>MongoError): connect (?<code>E[A-Z]{4,20}) (?<addr>[^\]\s]{1,260})\]/,
    errorType: (c) => c.outer ?? c.bare ?? (c.inner && c.inner !== 'Error' ? c.inner : 'MongoNetworkError'),
    category: 'network',
    priority: 12,
    summary: (c) => `The MongoDB driver could not connect to ${c.server ?? c.addr}: ${c.reason ?? `connect ${c.code}`}.`,
    explanation: (c) =>
      `The driver's first connection to ${c.server ?? c.addr} failed, so it gives up instead of retrying. ${/ECONNREFUSED/.test(c.reason ?? c.code ?? '') ? 'Nothing listens there: mongod is not running, listens on another port or interface, or, in a container, localhost is the container itself rather than the database service.' : /timed out/.test(c.reason ?? '') ? 'The server did not answer in time: a firewall, a wrong host, or "localhost" resolving to ::1 while mongod listens on 127.0.0.1 only.' : 'The host is unreachable or refused the connection.'}`,
    causes: ['mongod is not running (or not installed) where the connection string points', 'In Docker, localhost instead of the MongoDB service name', 'localhost resolving to IPv6 ::1 while mongod listens on 127.0.0.1'],
    fixes: (c) => [
      fix(
        `Start MongoDB or point the URI at ${c.server ?? c.addr} where it runs`,
        ['Check with mongosh using the same host and port.', 'Use 127.0.0.1 instead of localhost, or the compose service name inside Docker.'],
        `mongosh "mongodb://${c.server ?? c.addr}" --eval "db.runCommand({ ping: 1 })"\n# start one: docker run -d -p 27017:27017 mongo`,
      ),
    ],
    references: [MONGO_NODE],
    samples: [
      'MongoError: failed to connect to server [127.0.0.1:27017] on first connect [MongoError: connect ECONNREFUSED 127.0.0.1:27017]',
      "An error ocurred with the DB connection:  { [MongoError: connect ECONNREFUSED 127.0.0.1:27017]\n  name: 'MongoError',\n  message: 'connect ECONNREFUSED 127.0.0.1:27017' }",
    ],
  },
  {
    id: 'javascript.mongo-duplicate-key',
    language: 'javascript',
    match: new RegExp(String.raw`\b(?<cls>MongoServerError|MongoBulkWriteError|MongoError|BulkWriteError|WriteError)\]?: (?:insertDocument :: caused by :: 11000 )?${E11000}`),
    errorType: (c) => c.cls ?? 'MongoError',
    priority: 12,
    ...dupKey,
    samples: ['MongoError: E11000 duplicate key error collection: bigdipper.validators index: address_1 dup key: { address: "CAF6EC616FB7F6E8CD83D34CE22973A214EB8B84" }'],
  },
  {
    id: 'python.pymongo-duplicate-key',
    language: 'python',
    match: new RegExp(String.raw`\b(?<cls>DuplicateKeyError)(?:: |\(['"])${E11000}`),
    errorType: 'DuplicateKeyError',
    priority: 12,
    ...dupKey,
    samples: ['pymongo.errors.DuplicateKeyError: E11000 duplicate key error collection: virtool.indexes index: version_1 dup key: { : 0 }'],
  },
  {
    id: 'sql.mongo-e11000',
    language: 'sql',
    // The MongoDB server's message alone (a write error document, a logger's copy of errmsg, mongod's own log line).
    match: new RegExp(String.raw`^(?![\s\S]*\b(?:Mongo\w{0,30}Error|DuplicateKeyError|BulkWriteError|WriteError|MongoWriteException)\b)[\s\S]*?${E11000}`),
    errorType: '11000',
    priority: 10,
    ...dupKey,
    samples: ['11000 E11000 duplicate key error index: yelp_camp.users.$username_1  dup key: { : null }', 'E11000 duplicate key error collection: test.bookstores index: bookname_1 dup key: { : null }'],
  },
  {
    id: 'python.pymongo-server-selection-timeout',
    language: 'python',
    // pymongo's ServerSelectionTimeoutError, also its message alone in a logger's line: "No servers found yet, Timeout: 15.0s,
    // Topology Description: <TopologyDescription …>".
    match:
      /(?:(?:pymongo\.errors\.)?ServerSelectionTimeoutError: )?(?<msg>No (?:servers|replica set members|primary available for writes|servers available for writes)(?: match selector "[^"\n]{1,80}")?(?: found yet)?), Timeout: (?<timeout>[\d.]{1,10})s, Topology Description: <TopologyDescription|ServerSelectionTimeoutError: (?<server>[\w.-]{1,253}:\d{1,5}): (?<reason>timed out|\[Errno -?\d{1,5}\][^,\n]{0,120})/,
    errorType: 'ServerSelectionTimeoutError',
    category: 'network',
    priority: 20,
    summary: (c) => (c.server ? `pymongo found no usable MongoDB server: ${c.server} ${c.reason}.` : `pymongo found no usable MongoDB server within ${c.timeout} s: ${c.msg}.`),
    explanation: (c) =>
      `pymongo waits serverSelectionTimeoutMS for a server that fits the operation and raises ServerSelectionTimeoutError when none appears. ${/replica set|primary/.test(c.msg ?? '') ? 'For a replica set, the member host names in the set\'s configuration must be reachable from the client exactly as written (a container name or localhost in rs.conf() is not), and replicaSet= must name the set.' : 'The server is down, the host or port is wrong, or a firewall, TLS setting or Atlas IP list blocks the connection.'}`,
    causes: ['mongod not running or not reachable at that host and port', 'Replica set members configured with host names the client cannot resolve', 'TLS or Atlas network access settings that refuse the client'],
    fixes: [
      fix(
        'Check what the client can reach',
        ['Connect with mongosh from the same machine with the same URI.', 'For a replica set, run rs.conf() and make sure each member host resolves from the client, or connect with directConnection=true to a single member.'],
        'mongosh "$MONGO_URI" --eval "rs.status().members.map(m => m.name)"\n# python: MongoClient(uri, serverSelectionTimeoutMS=5000, directConnection=True)',
      ),
    ],
    references: [PYMONGO_SELECTION],
    samples: [
      "pymongo.errors.ServerSelectionTimeoutError: No replica set members found yet, Timeout: 1.0s, Topology Description: <TopologyDescription id: 65cf5bcda47980787fb1c06b, topology_type: ReplicaSetNoPrimary, servers: []>",
      'ServerSelectionTimeoutError: 192.168.0.103:27019: timed out,192.168.0.101:27018: timed out',
    ],
  },
  {
    id: 'javascript.kafkajs-connection',
    language: 'javascript',
    // kafkajs: "KafkaJSNonRetriableError\n  Caused by: KafkaJSConnectionError: Connection error: connect ECONNREFUSED …", and its
    // JSON log "[BrokerPool] Failed to connect to seed broker, trying another broker from the list: Connection error: …".
    match:
      /(?:(?<outer>KafkaJS\w{1,40}Error)\s+Caused by: )?(?:KafkaJSConnectionError: |\[BrokerPool\] Failed to connect to seed broker, trying another broker from the list: |\[Connection\] )Connection error: (?<reason>connect (?<code>E[A-Z]{4,20}) (?<addr>[^\s"\\]{1,260})|[^\n"\\]{1,200})/,
    errorType: (c) => c.outer ?? 'KafkaJSConnectionError',
    category: 'network',
    priority: 15,
    summary: (c) => `kafkajs could not connect to a Kafka broker${c.addr ? ` at ${c.addr}` : ''}: ${c.reason}.`,
    explanation: (c) =>
      `kafkajs opens a socket to each broker it needs; the connection failed (${c.reason}). ${c.code === 'ECONNREFUSED' ? `Nothing listens at ${c.addr}: the broker is not running yet, listens on another port, or it advertises an address (advertised.listeners) that is only valid inside its own container or network.` : 'The broker is unreachable from the client (address, TLS or SASL settings, network).'}${c.outer ? ` After its retries kafkajs gave up and threw ${c.outer}.` : ''}`,
    causes: ['The Kafka broker is not running or not ready yet', "The broker's advertised.listeners gives an address the client cannot reach (localhost inside Docker)", 'Wrong brokers list, port, or missing ssl/sasl options'],
    fixes: (c) => [
      fix(
        `Make ${c.addr ?? 'the broker'} reachable from the client`,
        ['Check the port is open from where the app runs.', 'In docker compose, use the broker service name and set advertised.listeners to the address clients use; wait for the broker before starting the app.'],
        `nc -vz ${(c.addr ?? 'localhost:9092').replace(/:(\d+)$/, ' $1')}\n# kafka: KAFKA_ADVERTISED_LISTENERS=PLAINTEXT://kafka:9092\nnew Kafka({ clientId: 'app', brokers: ['kafka:9092'] })`,
      ),
    ],
    references: [KAFKAJS, KAFKA_LISTENERS],
    samples: ['KafkaJSNonRetriableError\n  Caused by: KafkaJSConnectionError: Connection error: connect ECONNREFUSED 127.0.0.1:9092'],
  },
  {
    id: 'java.kafka-metadata-timeout',
    language: 'java',
    // The Java producer's TimeoutException while it waits for topic metadata (not when Spring's KafkaException wraps it).
    match:
      /(?<!nested exception is (?:org\.apache\.kafka\.common\.errors\.)?)(?:org\.apache\.kafka\.common\.errors\.)?TimeoutException: (?:Topic (?<topic>\S{1,249}) not present in metadata after (?<ms>\d{1,9}) ms|Failed to update metadata after (?<ms2>\d{1,9}) ms|(?<fetch>Timeout expired while fetching topic metadata))/,
    errorType: 'TimeoutException',
    category: 'network',
    priority: 15,
    summary: (c) => (c.topic ? `The Kafka producer got no metadata for topic ${c.topic} within ${c.ms} ms.` : `The Kafka client got no topic metadata in time${c.ms2 ? ` (${c.ms2} ms)` : ''}.`),
    explanation: (c) =>
      `Before sending, the producer needs the topic's partitions and leaders from a broker; it waited max.block.ms and none came. Either no broker is reachable (bootstrap.servers wrong, advertised.listeners pointing at an address the client cannot reach, SASL/TLS mismatch), or ${c.topic ? `the topic ${c.topic}` : 'the topic'} does not exist and auto.create.topics.enable is off.`,
    causes: ['The topic does not exist and is not auto-created', 'bootstrap.servers or advertised.listeners point to an unreachable address', 'Security settings (SASL/SSL) that do not match the listener'],
    fixes: (c) => [
      fix(
        `Create ${c.topic ?? 'the topic'} and check the broker connection`,
        ['List topics with the same bootstrap server the app uses.', 'Create the topic, or enable auto-creation; fix advertised.listeners so clients get a reachable address.'],
        `kafka-topics.sh --bootstrap-server localhost:9092 --list\nkafka-topics.sh --bootstrap-server localhost:9092 --create --topic ${c.topic ?? 'my-topic'} --partitions 1 --replication-factor 1`,
      ),
    ],
    references: [KAFKA_PRODUCER, KAFKA_LISTENERS],
    samples: ['org.apache.kafka.common.errors.TimeoutException: Topic pageviews not present in metadata after 60000 ms.', 'TimeoutException: Topic pageviews not present in metadata after 60000 ms'],
  },
  {
    id: 'java.kafka-metadata-error-code',
    language: 'java',
    // The Java client's WARN line: "[Producer clientId=producer-1] Error while fetching metadata with correlation id 681 : {k-topic=LEADER_NOT_AVAILABLE}".
    match: /\[(?:Producer|Consumer|AdminClient) clientId=[^\]\n]{1,200}\] Error while fetching metadata with correlation id \d{1,10} : \{(?<topic>[^=}\n]{1,249})=(?<code>[A-Z_]{3,60})/,
    errorType: (c) => c.code ?? 'LEADER_NOT_AVAILABLE',
    category: 'network',
    priority: 15,
    summary: (c) => `Kafka answered ${c.code} for topic ${c.topic} while the client fetched metadata.`,
    explanation: (c) =>
      c.code === 'LEADER_NOT_AVAILABLE'
        ? `The topic ${c.topic} has no partition leader yet: it was just auto-created (the warning goes away after a moment), or the brokers cannot elect a leader because the broker that should lead is not reachable under its advertised.listeners address.`
        : c.code === 'UNKNOWN_TOPIC_OR_PARTITION'
          ? `The topic ${c.topic} does not exist on the cluster and is not auto-created.`
          : `The broker returned the error code ${c.code} for ${c.topic}.`,
    causes: ['A topic that was just auto-created', "A broker whose advertised.listeners address is wrong, so no leader is usable", 'The topic missing'],
    fixes: (c) => [
      fix(
        `Check the topic ${c.topic} and its leaders`,
        ['Describe the topic: every partition should show a leader.', 'If the warning persists, fix advertised.listeners or create the topic explicitly.'],
        `kafka-topics.sh --bootstrap-server localhost:9092 --describe --topic ${c.topic}`,
      ),
    ],
    references: [KAFKA_LISTENERS],
    samples: ['[Producer clientId=producer-1] Error while fetching metadata with correlation id 681 : {k-topic=LEADER_NOT_AVAILABLE}'],
  },
  {
    id: 'python.elasticsearch-api-error',
    language: 'python',
    // elasticsearch-py 7's exceptions as printed: "TransportError(403, 'cluster_block_exception', 'blocked by: […]')".
    match: /\b(?<cls>TransportError|AuthorizationException|AuthenticationException|NotFoundError|RequestError|ConflictError|BadRequestError|ApiError)\((?<status>\d{3}), u?'(?<type>[a-z_]{3,80})'(?:, u?'(?<reason>[^'\n]{0,300})')?/,
    errorType: (c) => c.cls ?? 'TransportError',
    category: 'database',
    priority: 15,
    summary: (c) => `Elasticsearch refused the request with ${c.status} ${c.type}${c.reason ? `: ${c.reason.replace(/[;.]+$/, '')}` : ''}.`,
    explanation: (c) => `elasticsearch-py raises ${c.cls} for an HTTP ${c.status} answer. ${esMeaning(esAnswer(c).type, esAnswer(c).reason)}`,
    causes: (c) => [esMeaning(esAnswer(c).type, esAnswer(c).reason)],
    fixes: (c) => esFixes(esAnswer(c).type, esAnswer(c).reason, c.cls ?? 'TransportError'),
    references: [ES_DISK, ES_PY],
    samples: ["TransportError(403, 'cluster_block_exception', 'blocked by: [FORBIDDEN/12/index read-only / allow delete (api)];')"],
  },
  {
    id: 'java.elasticsearch-exception',
    language: 'java',
    match: /\b(?<cls>Elasticsearch(?:Status)?Exception)\[Elasticsearch exception \[type=(?<type>\w{3,80}), reason=(?<reason>[^\n]{0,300}?)\]\]/,
    errorType: (c) => c.cls ?? 'ElasticsearchException',
    category: 'database',
    priority: 15,
    summary: (c) => `Elasticsearch answered ${c.type}: ${c.reason.replace(/[;.]+$/, '')}.`,
    explanation: (c) => `The Java client turns Elasticsearch's error body into ${c.cls}. ${esMeaning(esAnswer(c).type, esAnswer(c).reason)}`,
    causes: (c) => [esMeaning(esAnswer(c).type, esAnswer(c).reason)],
    fixes: (c) => esFixes(esAnswer(c).type, esAnswer(c).reason, c.cls ?? 'ElasticsearchException'),
    references: [ES_DISK],
    samples: ['ElasticsearchException[Elasticsearch exception [type=cluster_block_exception, reason=blocked by: [FORBIDDEN/12/index read-only / allow delete (api)];]]'],
  },
  {
    id: 'python.elasticsearch-connection-error',
    language: 'python',
    // elasticsearch-py 7: "ConnectionError(<urllib3.connection.HTTPConnection object at 0x…>: Failed to establish a new connection: [Errno 61]
    // Connection refused) caused by: NewConnectionError(…)".
    match: /\bConnectionError\(<urllib3\.connection\.HTTPS?Connection object at 0x[0-9a-f]{4,16}>: Failed to establish a new connection: \[Errno (?<errno>-?\d{1,5})\] (?<reason>[^)\n]{1,200})\) caused by: NewConnectionError/,
    errorType: 'ConnectionError',
    category: 'network',
    priority: 20,
    summary: (c) => `The Elasticsearch client could not connect: ${c.reason}.`,
    explanation: (c) =>
      `elasticsearch-py raises its ConnectionError when urllib3 cannot open a socket to the cluster ([Errno ${c.errno}] ${c.reason}). ${/refused/i.test(c.reason) ? 'Nothing listens at the host and port the client uses (9200 by default): Elasticsearch is not running or still starting, or inside Docker "localhost" is the app container.' : 'The host cannot be reached or resolved.'}`,
    causes: ['Elasticsearch not running or not started yet', 'The client configured with localhost inside a container', 'A wrong port or scheme (http vs https)'],
    fixes: [fix('Check the cluster answers where the client points', ['Curl the same URL from the same machine or container; wait for the cluster before starting the app.'], 'curl -s http://localhost:9200\n# python: Elasticsearch("http://elasticsearch:9200")')],
    references: [ES_PY],
    samples: ['ConnectionError(<urllib3.connection.HTTPConnection object at 0x7f8eba1199d0>: Failed to establish a new connection: [Errno 61] Connection refused) caused by: NewConnectionError(<urllib3.connection.HTTPConnection object at 0x7f8eba1199d0>: Failed to establish a new connection: [Errno 61] Connection refused)'],
  },
  {
    ...patternById(SQL_PATTERNS, 'sql.pg-53300'),
    id: 'python.asyncpg-too-many-connections',
    language: 'python',
    // asyncpg's class for SQLSTATE 53300, also after a logger's "Error: ".
    match: /asyncpg\.exceptions\.TooManyConnectionsError: (?<msg>[^\n]{1,200})/,
    errorType: 'TooManyConnectionsError',
    priority: 45,
    samples: ['Error: asyncpg.exceptions.TooManyConnectionsError: sorry, too many clients already'],
  },
  {
    ...patternById(SQL_PATTERNS, 'sql.pg-53300'),
    id: 'javascript.pg-pool-too-many-clients',
    language: 'javascript',
    // node-postgres' old pool: "Error: error fetching client from pool error: sorry, too many clients already".
    match: /error fetching client from pool(?: error)?: (?:FATAL: +)?sorry, too many clients already/,
    priority: 45,
    samples: ['Error: error fetching client from pool error: sorry, too many clients already\n    at /home/dev/src/app/sp.js:282:25'],
  },
  {
    ...patternById(SQL_PATTERNS, 'sql.pg-connection-failed'),
    id: 'python.operational-error-connect-logged',
    language: 'python',
    // psycopg2's OperationalError as a logger prints it: "OperationalError (could not connect to server: Connection refused".
    match:
      /(?<![A-Za-z])OperationalError \((?:could not connect to server|connection to server (?:at "?(?<host>[^"\s,]{1,253})"?[^\n]{0,80}?port (?<port>\d{1,5})|on socket "(?<socket>[^"\n]{1,300})") failed): (?<reason>Connection refused|No such file or directory|Connection timed out|timeout expired|No route to host)/,
    errorType: 'OperationalError',
    priority: 40,
    samples: ['2021-11-18 09:14:49,632#011ClusterMonitor#011Thread-1#011WARNING#011OperationalError (could not connect to server: Connection refused\n\tIs the server running on host "db2" (192.9.0.12) and accepting'],
  },
  {
    id: 'csharp.extended-socket-exception',
    language: 'csharp',
    // .NET on Linux: "System.Net.Internals.SocketExceptionFactory+ExtendedSocketException (111): Connection refused 172.18.0.4:5432",
    // often under EF Core's "An exception occurred in the database while …" log line.
    match: /(?:System\.Net\.Internals\.SocketExceptionFactory\+)?\bExtendedSocketException \((?<errno>\d{1,5})\): (?<reason>Connection refused|Name or service not known|No such device or address|Resource temporarily unavailable|Connection timed out|No route to host)(?: (?<addr>[\w.:[\]-]{2,260}))?/,
    errorType: 'ExtendedSocketException',
    category: 'network',
    priority: 15,
    summary: (c) => `.NET could not open a socket${c.addr ? ` to ${c.addr}` : ''}: ${c.reason} (${c.errno}).`,
    explanation: (c) =>
      `ExtendedSocketException is the SocketException .NET throws on Linux when connecting fails. ${c.reason === 'Connection refused' ? `Nothing listens${c.addr ? ` at ${c.addr}` : ''}: the database is not up yet (a compose service still starting), listens on another port or interface (PostgreSQL's listen_addresses), or the container restarted under a new address.` : /Name or service|No such device|temporarily/.test(c.reason) ? 'The host name in the connection string cannot be resolved from here (a compose service name outside its network, or a typo).' : 'The host cannot be reached.'}`,
    causes: ['The database container not ready when the app starts', 'The server listening only on localhost inside its container', 'A host name that only resolves inside another network'],
    fixes: (c) => [
      fix(
        `Make ${c.addr ?? 'the server'} reachable, and retry while it starts`,
        ['Check the port from the app container; let the app wait for the database (healthcheck + depends_on condition).', 'Enable EF Core\'s retrying execution strategy for transient failures.'],
        'options.UseNpgsql(connectionString, o => o.EnableRetryOnFailure());\n# compose: depends_on: { db: { condition: service_healthy } }',
      ),
    ],
    references: [NPGSQL_TROUBLE],
    samples: ['System.Net.Internals.SocketExceptionFactory+ExtendedSocketException (111): Connection refused 172.18.0.4:5432'],
  },
  {
    ...patternById(JAVASCRIPT_PATTERNS, 'javascript.knex-timeout'),
    id: 'javascript.knex-timeout-message',
    // Knex's message alone (a logger's line, a translated prefix): the class Knex throws with it is KnexTimeoutError.
    match: /^(?![\s\S]*(?:KnexTimeoutError|TimeoutError)\]?: Knex:)[\s\S]*?Knex: Timeout acquiring a connection\. The pool is probably full/,
    errorType: 'KnexTimeoutError',
    priority: 25,
    samples: ['Storage: fejl: Knex: Timeout acquiring a connection. The pool is probably full.'],
  },
  {
    id: 'java.hikari-validate-communications',
    language: 'java',
    // HikariCP's WARN "Failed to validate connection com.mysql.cj.jdbc.ConnectionImpl@3225f0f3 (Communications link failure …".
    match: /Failed to validate connection (?<conn>[\w.$]{1,200}@[0-9a-f]{1,16}) \((?<reason>Communications link failure)/,
    errorType: 'CommunicationsException',
    category: 'database',
    priority: 15,
    summary: (c) => `HikariCP found the pooled connection ${c.conn} dead (Communications link failure).`,
    explanation:
      "When HikariCP hands out an idle connection it checks it first; this one failed with MySQL Connector/J's CommunicationsException: the server (or a proxy, NAT or firewall between) closed it after it sat idle longer than its timeout (MySQL's wait_timeout, a load balancer's idle timeout). HikariCP drops it and opens a new one, so this warning alone is harmless; it means maxLifetime is longer than the time the network lets a connection live.",
    causes: ['maxLifetime longer than wait_timeout or an idle timeout between app and database', 'The database restarted or failed over', 'A proxy or NAT dropping idle TCP connections'],
    fixes: [
      fix(
        'Retire connections before the server or network does',
        ['Set maxLifetime a few seconds below wait_timeout (and below any proxy idle timeout); set keepaliveTime for NAT/firewall idle limits.'],
        'spring.datasource.hikari.max-lifetime=580000   # wait_timeout 600 s\nspring.datasource.hikari.keepalive-time=120000',
      ),
    ],
    references: [HIKARI],
    samples: ['PoolBase:175 -isConnectionAlive - PHAHikariCP - Failed to validate connection com.mysql.cj.jdbc.ConnectionImpl@3225f0f3 (Communications link failure\n\nThe last packet successfully received from the server was 248,909 milliseconds ago.'],
  },
  {
    id: 'python.sqlalchemy-queuepool-timeout',
    language: 'python',
    // SQLAlchemy's TimeoutError, also its message alone in a log line or a Sentry title.
    match: /QueuePool limit of size (?<size>\d{1,5}) overflow (?<overflow>-?\d{1,5}) reached, connection timed out, timeout (?<timeout>\d{1,6}(?:\.\d{1,3})?)/,
    errorType: 'TimeoutError',
    category: 'database',
    priority: 30,
    summary: (c) => `SQLAlchemy's pool had all ${Number(c.size) + Math.max(0, Number(c.overflow))} connections checked out (pool_size ${c.size}, max_overflow ${c.overflow}) and none came back within ${c.timeout} s.`,
    explanation: (c) =>
      `The engine's QueuePool lends at most pool_size (${c.size}) + max_overflow (${c.overflow}) connections; a request waited pool_timeout (${c.timeout} s) and every one was still in use. Most often sessions are not closed (a Session per request never closed or removed, a generator dependency without finally), or long transactions and background threads hold connections; sometimes the concurrency simply exceeds the pool.`,
    causes: ['Sessions or connections never closed or returned (a missing session.close() / scoped_session.remove())', 'Long-running transactions or streaming results holding connections', 'More concurrent requests or threads than pool_size + max_overflow'],
    fixes: (c) => [
      fix(
        'Return every connection, then size the pool',
        ['Open sessions in a with block (or a FastAPI dependency with try/finally) so they close on every path.', `Only then raise pool_size/max_overflow above ${c.size}/${c.overflow} if the load needs it (and stay below the database's max_connections).`],
        `with Session(engine) as session:\n    ...\n\nengine = create_engine(url, pool_size=${c.size}, max_overflow=${c.overflow}, pool_timeout=${c.timeout}, pool_pre_ping=True)`,
      ),
    ],
    references: [SQLA_POOL],
    samples: ['sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00 (Background on this error at: https://sqlalche.me/e/20/3o7r)', '`**QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30**`'],
  },
];
