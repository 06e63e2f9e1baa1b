import type { ErrorPattern } from '../rules/error-pattern';
import { fix, ref } from './answer-parts';
import { GO_TOOLS } from './go.patterns';

/**
 * A seventh catalog pass over errors another system raised inside a program, where the engine answered another
 * language or "unknown error": gRPC failures as each language's client raises them (Python's `_InactiveRpcError`
 * repr, whose core's debug string made the text look like C++; grpc-js's "14 UNAVAILABLE: …" Error; grpc-go's
 * "rpc error: code = Unavailable desc = transport is closing" when no network error is inside), StackExchange.Redis'
 * "No connection is available to service this operation" (RedisConnectionException, often printed without its
 * class), and redis-rb's "Error connecting to Redis on host:port (ECONNREFUSED)" as Sidekiq logs it (the
 * CannotConnectError whose message it is, which the engine answered as Node's ECONNREFUSED).
 *
 * Types follow test/fixtures/errors/README.md: the class the program raised (`_InactiveRpcError`,
 * `RedisConnectionException`, `CannotConnectError`), otherwise the gRPC status code the client's error carries
 * (`UNAVAILABLE` for grpc-js, which throws a plain Error with that code; Go's `Unavailable`).
 */

const GRPC_STATUS_CODES = ref('gRPC: Status codes and their use', 'https://grpc.io/docs/guides/status-codes/');
const GRPC_PYTHON = ref('gRPC Python API: grpc.RpcError', 'https://grpc.github.io/grpc/python/grpc.html#grpc.RpcError');
const GRPC_NODE = ref('gRPC: Node.js basics tutorial', 'https://grpc.io/docs/languages/node/basics/');
const GRPC_GO_CODES = ref('grpc-go: package codes', 'https://pkg.go.dev/google.golang.org/grpc/codes');
const GRPC_KEEPALIVE = ref('gRPC: Keepalive', 'https://grpc.io/docs/guides/keepalive/');
const SE_REDIS_CONFIG = ref('StackExchange.Redis: Configuration', 'https://stackexchange.github.io/StackExchange.Redis/Configuration');
const SE_REDIS_TIMEOUTS = ref('StackExchange.Redis: Timeouts', 'https://stackexchange.github.io/StackExchange.Redis/Timeouts');
const REDIS_RB = ref('redis-rb: README (connecting)', 'https://github.com/redis/redis-rb#getting-started');
const REQUESTS_EXCEPTIONS = ref('Requests: Errors and Exceptions', 'https://requests.readthedocs.io/en/latest/user/quickstart/#errors-and-exceptions');
const URLLIB3_RETRY = ref('urllib3: Retrying requests', 'https://urllib3.readthedocs.io/en/stable/user-guide.html#retrying-requests');
const SIDEKIQ_REDIS = ref('Sidekiq wiki: Using Redis', 'https://github.com/sidekiq/sidekiq/wiki/Using-Redis');

/** What a gRPC status code says happened, in the words of the gRPC status code guide. */
function grpcMeaning(code: string): string {
  switch (code.toUpperCase()) {
    case 'UNAVAILABLE':
      return 'UNAVAILABLE means the client could not reach a server that would answer: nothing listens at the address, the name does not resolve, TLS and plaintext do not match, a proxy or load balancer dropped the connection, or an idle connection was closed underneath the client. It is the one status gRPC calls safe to retry.';
    case 'DEADLINE_EXCEEDED':
    case 'DEADLINEEXCEEDED':
      return 'DEADLINE_EXCEEDED means the deadline (timeout) the client set ran out before the server answered: the server is slow or overloaded, the call waits for a connection that never comes up, or the deadline is too short for the work.';
    case 'UNAUTHENTICATED':
      return 'UNAUTHENTICATED means the server did not accept the call\'s credentials: no token or a wrong or expired one was sent, or the channel was created without the credentials the server expects.';
    case 'PERMISSION_DENIED':
    case 'PERMISSIONDENIED':
      return 'PERMISSION_DENIED means the server knows who called but refuses the operation for that identity.';
    case 'UNIMPLEMENTED':
      return 'UNIMPLEMENTED means the server does not implement the method called: the client and server were built from different .proto files (a renamed package, service or method), or the address points at another service.';
    case 'RESOURCE_EXHAUSTED':
    case 'RESOURCEEXHAUSTED':
      return 'RESOURCE_EXHAUSTED means a limit was hit: a message larger than the maximum message size (4 MB by default), or a quota or rate limit on the server.';
    case 'INTERNAL':
      return 'INTERNAL means the server or the transport broke an invariant: an unhandled exception in the server handler, or a protocol error (an HTTP/1.1 proxy between client and server, a response that is not gRPC).';
    case 'CANCELLED':
    case 'CANCELED':
      return 'CANCELLED means the call was cancelled, usually by the caller: its context or token was cancelled, or the channel was closed while the call was running.';
    case 'NOT_FOUND':
    case 'NOTFOUND':
      return 'NOT_FOUND means the server looked for what the request names and did not find it.';
    case 'INVALID_ARGUMENT':
    case 'INVALIDARGUMENT':
      return 'INVALID_ARGUMENT means the server rejected the request\'s fields as invalid.';
    default:
      return `${code} is the gRPC status the call ended with; the details after it are the server's or the transport's reason.`;
  }
}

export const PROGRAM_CATALOG7_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'python.grpc-rpc-error',
    language: 'python',
    // grpcio raises _InactiveRpcError (older releases _Rendezvous, streaming calls _MultiThreadedRendezvous), whose
    // repr spans lines: "<_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.UNAVAILABLE\n\tdetails
    // = "…"\n\tdebug_error_string = "{… client_channel.cc …}">". Programs often print the repr alone.
    match:
      /<(?<cls>_InactiveRpcError|_MultiThreadedRendezvous|_Rendezvous) of RPC that terminated with:\s{1,20}status = StatusCode\.(?<code>[A-Z_]{2,40})(?:\s{1,20}details = "(?<details>[^"\n]{0,300})")?/,
    requires: / of RPC that terminated with:/,
    errorType: (c) => c.cls ?? '_InactiveRpcError',
    category: 'network',
    priority: 20,
    summary: (c) => `A gRPC call from Python failed with status ${c.code}${c.details ? `: ${c.details}` : ''}.`,
    explanation: (c) =>
      `grpcio raises ${c.cls} (a grpc.RpcError) when a call ends with a status other than OK; the lines under it are the status, the server's or transport's details and the C core's debug string (which is why the text mentions .cc files: the Python package runs gRPC's C core). ${grpcMeaning(c.code ?? '')}`,
    causes: (c) =>
      /UNAVAILABLE/.test(c.code ?? '')
        ? [
            'The server is not running, or listens on another host or port than the channel\'s target',
            'The channel is insecure and the server expects TLS (or the reverse)',
            'A proxy (http_proxy/https_proxy in the environment) or firewall sits between client and server',
          ]
        : ['The server answered the call with this status', 'The deadline, credentials or message size the client used do not fit the server'],
    fixes: (c) => [
      fix(
        `Check the target and the channel${c.details ? ` (${c.details})` : ''}`,
        [
          'Make sure the server is listening on the address the channel targets (host:port, not a URL with a scheme).',
          'Use grpc.secure_channel with credentials when the server speaks TLS, grpc.insecure_channel when it does not.',
          `Catch grpc.RpcError (${c.cls ?? '_InactiveRpcError'} is one) and read e.code() and e.details(); retry UNAVAILABLE with backoff.`,
          'Run with GRPC_VERBOSITY=debug GRPC_TRACE=http,subchannel to see why the connection failed.',
        ],
        'import grpc\n\ntry:\n    reply = stub.SayHello(request, timeout=5)\nexcept grpc.RpcError as e:\n    print(e.code(), e.details())\n\n# the shell: is anything listening, is a proxy set?\n# nc -vz localhost 50051; env | grep -i _proxy',
      ),
    ],
    references: [GRPC_PYTHON, GRPC_STATUS_CODES],
    samples: [
      'grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.UNAVAILABLE\n\tdetails = "failed to connect to all addresses"\n\tdebug_error_string = "{"description":"Failed to pick subchannel","file":"src/core/ext/filters/client_channel/client_channel.cc","file_line":5391}"\n>',
    ],
  },
  {
    id: 'javascript.grpc-status-error',
    language: 'javascript',
    // grpc-js (and the older native grpc package) reject with a plain Error whose message is "<code> <NAME>:
    // <details>" and whose code is the numeric status: "Error: 14 UNAVAILABLE: No connection established".
    match:
      /(?:^|[\s{"'(:>])(?:Error: )?(?<num>1[0-6]|[1-9]) (?<code>CANCELLED|UNKNOWN|INVALID_ARGUMENT|DEADLINE_EXCEEDED|NOT_FOUND|ALREADY_EXISTS|PERMISSION_DENIED|RESOURCE_EXHAUSTED|FAILED_PRECONDITION|ABORTED|OUT_OF_RANGE|UNIMPLEMENTED|INTERNAL|UNAVAILABLE|DATA_LOSS|UNAUTHENTICATED): (?<details>[^\n"']{0,300})/m,
    requires: /\d (?:CANCELLED|UNKNOWN|INVALID_ARGUMENT|DEADLINE_EXCEEDED|NOT_FOUND|ALREADY_EXISTS|PERMISSION_DENIED|RESOURCE_EXHAUSTED|FAILED_PRECONDITION|ABORTED|OUT_OF_RANGE|UNIMPLEMENTED|INTERNAL|UNAVAILABLE|DATA_LOSS|UNAUTHENTICATED): /,
    errorType: (c) => c.code ?? 'UNAVAILABLE',
    category: 'network',
    // Above Node's ECONNREFUSED: "14 UNAVAILABLE: No connection established. Last error: connect ECONNREFUSED …" is
    // the gRPC error the call rejected with; the socket error is only its last cause.
    priority: 12,
    summary: (c) => `A gRPC call from Node.js failed with status ${c.num} ${c.code}${c.details ? `: ${c.details.trim()}` : ''}.`,
    explanation: (c) =>
      `@grpc/grpc-js rejects a call that ends with a status other than OK with an Error whose code is the numeric status (${c.num}) and whose message starts with the status name. ${grpcMeaning(c.code ?? '')}`,
    causes: (c) =>
      c.code === 'UNAVAILABLE'
        ? [
            'The server is not running or listens on another address than the client\'s target',
            'The client uses credentials.createInsecure() against a TLS server (or the reverse)',
            'An idle connection was dropped by a load balancer or NAT and the first call after it failed',
          ]
        : ['The server answered the call with this status', 'The deadline, metadata or message size the client used do not fit the server'],
    fixes: (c) => [
      fix(
        `Check the address, the credentials and retries for ${c.code}`,
        [
          'Make sure the target is host:port of a running gRPC server (no http:// scheme).',
          'Use credentials.createSsl() for a TLS server, createInsecure() for a plaintext one.',
          'Handle err.code === status.UNAVAILABLE with a retry and backoff; set keepalive options for long-lived channels.',
          'Run with GRPC_TRACE=all GRPC_VERBOSITY=DEBUG to see why the channel could not connect.',
        ],
        "const { credentials, status } = require('@grpc/grpc-js');\nconst client = new Greeter('localhost:50051', credentials.createInsecure(), {\n  'grpc.keepalive_time_ms': 30000,\n});\nclient.sayHello(req, (err, reply) => {\n  if (err && err.code === status.UNAVAILABLE) { /* retry with backoff */ }\n});",
      ),
    ],
    references: [GRPC_NODE, GRPC_STATUS_CODES, GRPC_KEEPALIVE],
    samples: [
      'Error: 14 UNAVAILABLE: No connection established\n    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:31:19)',
      "{ Error: 14 UNAVAILABLE: Connect Failed\n    at new createStatusError (C:\\app\\node_modules\\grpc\\src\\client.js:64:15) code: 14, metadata: {}, details: 'Connect Failed' }",
    ],
  },
  {
    id: 'go.grpc-status-error',
    language: 'go',
    printedBy: GO_TOOLS,
    // grpc-go's status error prints "rpc error: code = Unavailable desc = …". Where the desc carries a dial error
    // the Go connection patterns answer it (they rank above this one); here the status is what is left.
    match: /\brpc error: code = (?<code>[A-Z][A-Za-z]{2,30}) desc = (?<desc>[^\n]{0,300})/,
    requires: /rpc error: code = /,
    errorType: (c) => c.code ?? 'Unavailable',
    category: 'network',
    priority: 4,
    summary: (c) => `A gRPC call from a Go program failed with status ${c.code}: ${c.desc}`,
    explanation: (c) =>
      /transport is closing|error reading from server|EOF/.test(c.desc ?? '')
        ? 'grpc-go reports "transport is closing" (newer releases "error reading from server: EOF") when the HTTP/2 connection under a call was closed while the call was running: the server restarted or closed idle connections (MaxConnectionIdle/MaxConnectionAge), a load balancer or proxy cut a long-lived connection, keepalive pings were rejected (too_many_pings), or the two sides disagree on TLS. The status is Unavailable: the call may be retried.'
        : `${grpcMeaning(c.code ?? '')} grpc-go returns it as a status error; status.Code(err) reads the code.`,
    causes: [
      'The server restarted, or closed the connection (MaxConnectionIdle, MaxConnectionAge, GracefulStop)',
      'A load balancer or proxy closes long-lived HTTP/2 connections, or the client sends keepalive pings more often than the server allows',
      'Client and server disagree on TLS (a plaintext client against a TLS port)',
    ],
    fixes: [
      fix(
        'Find who closed the connection, then retry Unavailable',
        [
          "Read the server's log at the same time: a restart, a panic or a GOAWAY (too_many_pings) explains the close.",
          "Align keepalive settings: the client's Time must not be shorter than the server's EnforcementPolicy MinTime.",
          'Retry calls that fail with codes.Unavailable (a retry policy in the service config, or a retry loop with backoff).',
          'Turn on GRPC_GO_LOG_VERBOSITY_LEVEL=99 GRPC_GO_LOG_SEVERITY_LEVEL=info on both sides to see the transport events.',
        ],
        'if status.Code(err) == codes.Unavailable {\n\t// retry with backoff\n}\n\nconn, err := grpc.NewClient(target,\n\tgrpc.WithTransportCredentials(insecure.NewCredentials()),\n\tgrpc.WithKeepaliveParams(keepalive.ClientParameters{Time: 30 * time.Second}),\n)',
      ),
    ],
    references: [GRPC_GO_CODES, GRPC_STATUS_CODES, GRPC_KEEPALIVE],
    samples: ['rpc error: code = Unavailable desc = transport is closing'],
  },
  {
    id: 'csharp.stackexchange-redis-no-connection',
    language: 'csharp',
    // StackExchange.Redis throws RedisConnectionException "No connection is available to service this operation:
    // GET key" (2.x: "No connection is active/available …"), its connection state after the command; loggers often
    // print the message without the class.
    match:
      /No connection is (?:active\/)?available to service this operation: (?<command>[A-Z]{2,20})\b(?<rest>[^\n]{0,400}?(?:(?<state>UnableToConnect|SocketClosed|SocketFailure|ConnectTimeout|AuthenticationFailure)\b|It was not possible to connect to the redis server))?/,
    requires: /to service this operation: /,
    errorType: 'RedisConnectionException',
    category: 'network',
    priority: 20,
    summary: (c) => `StackExchange.Redis had no connected Redis server to send ${c.command} to${c.state ? ` (${c.state})` : ''}.`,
    explanation: (c) =>
      `The ConnectionMultiplexer throws RedisConnectionException when a command needs a server and none of its connections is connected. ${
        c.state === 'SocketClosed' || c.state === 'SocketFailure'
          ? 'The connection was established and then closed under it (SocketClosed): the server or a failover (Azure Cache for Redis patching, a replica promoted) dropped it, or a load balancer closed an idle connection.'
          : 'It has not connected yet or cannot reconnect (UnableToConnect, ConnectTimeout): a wrong endpoint or port, TLS expected on 6380 and not enabled in the connection string, a firewall or security group, or a thread-pool starved of threads so the connection handshake times out.'
      } With abortConnect=false the multiplexer keeps retrying in the background, and commands fail with this exception until it succeeds.`,
    causes: [
      'The endpoint, port, password or ssl setting in the connection string is wrong',
      'A firewall, security group or network rule blocks the Redis port from this host',
      'The thread pool is starved (many busy WORKER threads in the message), so the connection cannot complete in time',
      'A new ConnectionMultiplexer is created per request instead of one shared instance',
    ],
    fixes: (c) => [
      fix(
        `Share one multiplexer and let it reconnect before ${c.command} is sent again`,
        [
          'Create one ConnectionMultiplexer for the application (a singleton) and reuse it.',
          'Set abortConnect=false, ssl=true for TLS endpoints, and a connectTimeout that fits the network.',
          'Subscribe to ConnectionFailed and ConnectionRestored to log why connections drop.',
          'If WORKER Busy is high in the message, raise ThreadPool.SetMinThreads and remove sync-over-async code.',
        ],
        'var mux = ConnectionMultiplexer.Connect("my-cache.redis.cache.windows.net:6380,password=...,ssl=true,abortConnect=false,connectTimeout=10000");\nmux.ConnectionFailed += (_, e) => logger.LogWarning(e.Exception, "Redis {Endpoint} {Type}", e.EndPoint, e.FailureType);\nservices.AddSingleton<IConnectionMultiplexer>(mux);',
      ),
    ],
    references: [SE_REDIS_CONFIG, SE_REDIS_TIMEOUTS],
    samples: [
      'StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: GET key1, mc: 1/1/0, mgr: 10 of 10 available, IOCP: (Busy=0,Free=1000,Min=20,Max=1000), WORKER: (Busy=208,Free=32559,Min=20,Max=32767), v: 2.2.88.56325',
      'No connection is available to service this operation: HGET user:1; SocketClosed on my-cache:6380/Interactive, origin: ProcessReadBytes',
    ],
  },
  {
    id: 'ruby.redis-rb-error-connecting',
    language: 'ruby',
    // redis-rb's CannotConnectError message, as Sidekiq prints it without the class ("Error fetching message: Error
    // connecting to Redis on 127.0.0.1:6379 (ECONNREFUSED)") or with it on the line above. Node's clients say
    // "connect ECONNREFUSED host:port": the Ruby wording decides.
    match:
      /Error connecting to Redis on (?<host>[\w.-]{1,253}):(?<port>\d{1,5}) \((?:Errno::)?(?<errno>E[A-Z]{2,20}|[A-Z]\w{0,60}(?:Error|Timeout))\)/,
    requires: /Error connecting to Redis on /,
    errorType: 'CannotConnectError',
    category: 'network',
    // Below ruby.redis-cannot-connect, which answers the same error where the class is shown.
    priority: 30,
    summary: (c) => `Ruby (the redis gem) could not connect to Redis at ${c.host}:${c.port} (${c.errno}).`,
    explanation: (c) =>
      `"Error connecting to Redis on ${c.host}:${c.port}" is the message of Redis::CannotConnectError, raised by the redis gem that Sidekiq, Action Cable and Rails' cache store use. ${
        c.errno === 'ECONNREFUSED'
          ? 'ECONNREFUSED: nothing listens on that port of that host. Redis is not running, or the app looks on 127.0.0.1 while Redis runs in another container or on another host.'
          : c.errno === 'ETIMEDOUT' || /Timeout/.test(c.errno ?? '')
            ? 'The connection timed out: a firewall or security group drops the packets, or the host is wrong.'
            : `The socket error was ${c.errno}.`
      }`,
    causes: [
      'Redis is not started on that host',
      'REDIS_URL is not set for this process, so the gem falls back to 127.0.0.1:6379 (inside a container that is the container itself)',
      'The Redis host needs TLS (rediss://) or a password that the URL does not give',
    ],
    fixes: (c) => [
      fix(
        `Start Redis or point REDIS_URL at it (${c.host}:${c.port} now)`,
        [
          'Check that Redis answers from the app host.',
          'Set REDIS_URL for every process that uses Redis (web, Sidekiq): the service name under docker compose, the managed endpoint in production.',
          'Configure Sidekiq with the same URL for server and client.',
        ],
        `redis-cli -h ${c.host} -p ${c.port} ping\n# config/initializers/sidekiq.rb\nSidekiq.configure_server { |config| config.redis = { url: ENV.fetch('REDIS_URL') } }\nSidekiq.configure_client { |config| config.redis = { url: ENV.fetch('REDIS_URL') } }`,
      ),
    ],
    references: [REDIS_RB, SIDEKIQ_REDIS],
    samples: ['Error fetching message: Error connecting to Redis on 127.0.0.1:6379 (ECONNREFUSED)'],
  },
  {
    id: 'python.urllib3-max-retries-message',
    language: 'python',
    // The message of the ConnectionError requests raises when urllib3 could not open a connection, as loggers print
    // it without the class ("ERROR    HTTPSConnectionPool(host='x', port=443): Max retries exceeded with url: /p
    // (Caused by NewConnectionError('…: Failed to establish a new connection: [Errno -2] Name or service not known'))").
    // Other causes (SSLError, ProxyError, ConnectTimeoutError) make requests raise other classes: they stay out.
    match:
      /\bHTTPS?ConnectionPool\(host='(?<host>[^'\n]{1,253})', port=(?<port>\d{1,5})\): Max retries exceeded with url: (?<url>\S{0,300}) \(Caused by (?:NewConnectionError|NameResolutionError)\([^\n]{0,300}?(?:Failed to establish a new connection|Failed to resolve)[^\n]{0,40}?(?:: (?<reason>\[Errno -?\d{1,5}\] [^'"\n)]{1,120}|[^'"\n)]{1,120}))?/,
    requires: /ConnectionPool\(host='/,
    errorType: 'ConnectionError',
    category: 'network',
    priority: 3,
    summary: (c) => `Python's requests could not connect to ${c.host}:${c.port}${c.reason ? ` (${c.reason.trim()})` : ''}.`,
    explanation: (c) =>
      `"Max retries exceeded" is urllib3's MaxRetryError: every attempt to open a connection to ${c.host}:${c.port} failed, and requests raises it as requests.exceptions.ConnectionError. The reason is in "Caused by": ${
        /-2|-3|-5|11001|Failed to resolve|not known|nodename/.test(c.reason ?? '')
          ? "the host name does not resolve (a typo, a URL with a doubled scheme such as host='https', no DNS inside the container or behind a VPN)."
          : /111|61|10061|refused/.test(c.reason ?? '')
            ? 'the connection was refused: nothing listens on that port, or "localhost" is another container.'
            : /110|60|10060|timed out|unreachable/.test(c.reason ?? '')
              ? 'the host did not answer or is unreachable: a firewall, a missing route or proxy, or no network.'
              : 'the connection could not be established.'
      }`,
    causes: [
      'The host name in the URL is wrong or does not resolve from where the program runs',
      'The server is down, or listens on another port',
      'The network needs a proxy (HTTPS_PROXY) or blocks the port',
    ],
    fixes: (c) => [
      fix(
        `Check that ${c.host}:${c.port} is reachable from the program's host`,
        [
          `Print the URL the program requests (${c.url}): a doubled scheme ("https://https://…") or a missing slash shows up as a strange host.`,
          'Resolve and connect from the same host or container.',
          'Catch requests.exceptions.ConnectionError and retry with backoff where the service may be briefly down.',
        ],
        `getent hosts ${c.host}\ncurl -v ${c.port === '443' ? 'https' : 'http'}://${c.host}:${c.port}/`,
      ),
    ],
    references: [REQUESTS_EXCEPTIONS, URLLIB3_RETRY],
    samples: [
      "ERROR    HTTPSConnectionPool(host='example.com', port=443): Max retries exceeded with url: /login (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7fe20423a400>: Failed to establish a new connection: [Errno -2] Name or service not known'))",
    ],
  },
];
