/**
 * The ninth-round program-catalog7 pass: errors another system raised inside a program, as its client library
 * raises them and loggers print them: gRPC failures in Python (grpcio's _InactiveRpcError repr, which the C core's
 * debug string made look like C++), Node.js (grpc-js's "14 UNAVAILABLE: …") and Go ("rpc error: code = Unavailable
 * desc = transport is closing"), StackExchange.Redis' "No connection is available to service this operation" and
 * redis-rb's "Error connecting to Redis on host:port (ECONNREFUSED)" as Sidekiq logs it. Nearby texts the engine
 * already answered stay as guards. Pure: the rules engine alone.
 */
import { expectRecognised } from './support/recognised';

describe("the programs' seventh catalog pass", () => {
  it.each([
    ['Error fetching message: Error connecting to Redis on 127.0.0.1:6379 (ECONNREFUSED)', 'ruby', 'CannotConnectError'],
    ['Redis::CannotConnectError at /sidekiq/\nError connecting to Redis on localhost:6379 (ECONNREFUSED)', 'ruby', 'CannotConnectError'],
    [
      'No connection is available to service this operation: HSETNX "Key Name"\n SocketClosed on SERVER-URL/Interactive, origin: ProcessReadBytes, input-buffer: 0, outstanding: 0, \n last-read: 0s ago, last-write: 0s ago, unanswered-write: 280531s ago, keep-alive: 60s, pending: 0, \n state: ConnectedEstablished, in: 0, ar: 0, last-heartbeat: 0s ago, last-mbeat: 0s ago, global: 0s ago, mgr: Inactive, err: never; IOCP: (Busy=1,Free=999,Min=8,Max=1000), WORKER: (Busy=2,Free=32765,Min=8,Max=32767), Local-CPU: n/a',
      'csharp',
      'RedisConnectionException',
    ],
    [
      'No connection is available to service this operation: HSET cache:settingtoggles:application:shopro:environment:ro4; UnableToConnect on redis-14421.XXXXXX:14421/Interactive, Initializing, last: NONE, origin: BeginConnectAsync, outstanding: 0, last-read: 0s ago, last-write: 0s ago, keep-alive: 60s, state: Connecting, mgr: 10 of 10 available, last-heartbeat: never, global: 0s ago, v: 2.0.571.20511; IOCP: (Busy=0,Free=1000,Min=4,Max=1000), WORKER: (Busy=2,Free=32765,Min=4,Max=32767), Local-CPU: n/a\n   at StackExchange.Redis.ConnectionMultiplexer.ExecuteSyncImpl[T](Message message, ResultProcessor`1 processor, ServerEndPoint server) in C:\\projects\\stackexchange-redis\\src\\StackExchange.Redis\\ConnectionMultiplexer.cs:line 2208',
      'csharp',
      'RedisConnectionException',
    ],
    [
      '_Failed to set data in redis. Error: No connection is active/available to service this operation: SET 13116900216, mc: 1/1/0, mgr: 10 of 10 available, clientName: listener-bcf9898dc-9md56, IOCP: (Busy=0,Free=1000,Min=8,Max=1000), WORKER: (Busy=9,Free=32758,Min=8,Max=32767), v: 2.1.58.34321_',
      'csharp',
      'RedisConnectionException',
    ],
    [
      'grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.UNAVAILABLE\n\tdetails = "failed to connect to all addresses"\n\tdebug_error_string = "{"created":"@1612284521.184000000","description":"Failed to pick subchannel","file":"src/core/ext/filters/client_channel/client_channel.cc","file_line":5391,"referenced_errors":[{"created":"@1612284519.626000000","description":"failed to connect to all addresses","file":"src/core/ext/filters/client_channel/lb_policy/pick_first/pick_first.cc","file_line":398,"grpc_status":14}]}"\n>',
      'python',
      '_InactiveRpcError',
    ],
    [
      'Cannot connect to the device: <_InactiveRpcError of RPC that terminated with:\n        status = StatusCode.UNAVAILABLE\n        details = "failed to connect to all addresses"\n        debug_error_string = "{"created":"@1615093836.625337321","description":"Failed to pick subchannel","file":"src/core/ext/filters/client_channel/client_channel.cc","file_line":3941,"referenced_errors":[{"created":"@1615093836.625323519","description":"failed to connect to all addresses","file":"src/core/ext/filters/client_channel/lb_policy/pick_first/pick_first.cc","file_line":393,"grpc_status":14}]}"\n>',
      'python',
      '_InactiveRpcError',
    ],
    [
      'grpc._channel._MultiThreadedRendezvous: <_MultiThreadedRendezvous of RPC that terminated with:\n        status = StatusCode.UNAVAILABLE\n        details = "failed to connect to all addresses"\n        debug_error_string = "{"created":"@1605744210.127297754","description":"Failed to pick subchannel","file":"src/core/ext/filters/client_channel/client_channel.cc","file_line":4165,"referenced_errors":[{"created":"@1605744210.127291858","description":"failed to connect to all addresses","file":"src/core/ext/filters/client_channel/lb_policy/pick_first/pick_first.cc","file_line":397,"grpc_status":14}]}"',
      'python',
      '_MultiThreadedRendezvous',
    ],
    [
      "Error: 14 UNAVAILABLE: failed to connect to all addresses\n    at Object.exports.createStatusError (/home/sean/projects/chord-grpc/node_modules/grpc/src/common.js:91:15)\n    at Object.onReceiveStatus (/home/sean/projects/chord-grpc/node_modules/grpc/src/client_interceptors.js:1209:28)\n  code: 14,\n  metadata: Metadata { _internal_repr: {}, flags: 0 },\n  details: 'failed to connect to all addresses'\n}",
      'javascript',
      'UNAVAILABLE',
    ],
    [
      'Error: 14 UNAVAILABLE: No connection established\n    at callErrorFromStatus (/home/lucky/discord/sugarbelle/node_modules/@grpc/grpc-js/build/src/call.js:31:19)\n    at Object.onReceiveStatus (/home/lucky/discord/sugarbelle/node_modules/@grpc/grpc-js/build/src/client.js:192:76)',
      'javascript',
      'UNAVAILABLE',
    ],
    [
      "{ Error: 14 UNAVAILABLE: Connect Failed\n    at new createStatusError (C:\\Users\\satish.sharma\\AppData\\Roaming\\npm\\node_modules\\grpcc\\node_modules\\grpc\\src\\client.js:64:15)\n    at C:\\Users\\satish.sharma\\AppData\\Roaming\\npm\\node_modules\\grpcc\\node_modules\\grpc\\src\\client.js:583:15 code: 14, metadata: {}, details: 'Connect Failed' }",
      'javascript',
      'UNAVAILABLE',
    ],
    [
      '{"stack":"Error: 14 UNAVAILABLE: No connection established\\n    at Object.callErrorFromStatus (/Users/ajasingh/Work/intro-to-o11y-nodejs/node_modules/@grpc/grpc-js/build/src/call.js:31:26)\\n    at Object.onReceiveStatus (/Users/ajasingh/Work/intro-to-o11y-nodejs/node_modules/@grpc/grpc-js/build/src/client.js:189:52)","message":"14 UNAVAILABLE: No connection established","code":"14","details":"No connection established","metadata":"[object Object]","name":"Error"}',
      'javascript',
      'UNAVAILABLE',
    ],
    [
      'Error: 14 UNAVAILABLE: Stream refused by server\n    at Object.callErrorFromStatus (/usr/src/app/node_modules/@grpc/grpc-js/build/src/call.js:31:26)\n    at Object.onReceiveStatus (/usr/src/app/node_modules/@grpc/grpc-js/build/src/client.js:176:52)',
      'javascript',
      'UNAVAILABLE',
    ],
    [
      "err:\n    message: '14 UNAVAILABLE: No connection established'\n    name: Error\n    stack: >\n        Error: 14 UNAVAILABLE: No connection established\n            at Object.callErrorFromStatus (/app/packages/animus/node_modules/@grpc/grpc-js/src/call.ts:81:24)",
      'javascript',
      'UNAVAILABLE',
    ],
    [
      'Error: 14 UNAVAILABLE: No connection established. Last error: connect ECONNREFUSED 127.0.0.1:8080 (2023-10-19T20:59:35.951Z)',
      'javascript',
      'UNAVAILABLE',
    ],
    ['"error": "14 UNAVAILABLE: failed to connect to all addresses"', 'javascript', 'UNAVAILABLE'],
    ['rpc error: code = Unavailable desc = transport is closing', 'go', 'Unavailable'],
    [
      'grpc._channel._Rendezvous: <_Rendezvous of RPC that terminated with:\n        status = StatusCode.DEADLINE_EXCEEDED\n        details = "Deadline Exceeded"\n        debug_error_string = "{"created":"@1585986715.466000000","description":"Failed to create subchannel","file":"src/core/ext/filters/client_channel/client_channel.cc","file_line":2261,"referenced_errors":[{"created":"@1585986715.466000000","description":"Pick Cancelled","file":"src/core/ext/filters/client_channel/lb_policy/pick_first/pick_first.cc","file_line":224}]}"\n>',
      'python',
      '_Rendezvous',
    ],
    [
      "`HTTPConnectionPool(host='164.52.196.65', port=8888): Max retries exceeded with url: / (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7fc1089f04a8>: Failed to establish a new connection: [Errno 111] Connection refused',))   `",
      'python',
      'ConnectionError',
    ],
  ])('recognises %j as %s/%s', expectRecognised);

  it.each([
    [
      'org.springframework.data.redis.RedisConnectionFailureException: Unable to connect to Redis; nested exception is io.lettuce.core.RedisConnectionException: Unable to connect to 127.0.0.1:6379\n\n  at org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory$SharedConnection.getNativeConnection(LettuceConnectionFactory.java:966)',
      'java',
      'RedisConnectionFailureException',
    ],
    [
      'Redis::CannotConnectError at / Error connecting to Redis on 127.0.0.1:6379 (Errno::ECONNREFUSED) Ruby /srv/redis-io/.gs/gems/redis-3.3.2/lib/redis/client.rb: in rescue in establish_connection, line 34',
      'ruby',
      'CannotConnectError',
    ],
    [
      "F, [2019-05-18T14:48:53.547875 #2050] FATAL -- : [67c3c32a-63f4-4cc3-87c0-35f25bc82020] Redis::CannotConnectError (Error connecting to Redis on 127.0.0.1:6379 (Errno::ECONNREFUSED)):\nF, [2019-05-18T14:48:53.547895 #2050] FATAL -- : [67c3c32a-63f4-4cc3-87c0-35f25bc82020]\nF, [2019-05-18T14:48:53.547914 #2050] FATAL -- : [67c3c32a-63f4-4cc3-87c0-35f25bc82020] app/controllers/designs_controller.rb:46:in `block in update'",
      'ruby',
      'CannotConnectError',
    ],
    [
      'StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: GET conn_77_sZFLogqttv_A2rL6_7TpJA, mc: 1/1/0, mgr: 10 of 10 available, clientName: xxxxxxxxxxx, IOCP: (Busy=0,Free=1000,Min=20,Max=1000), WORKER: (Busy=208,Free=32559,Min=20,Max=32767), v: 2.2.88.56325',
      'csharp',
      'RedisConnectionException',
    ],
    [
      'Unhandled exception. StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: SET keyName ; It was not possible to connect to the redis server(s). ConnectTimeout, mc: 1/1/0, mgr: 10 of 10 available, clientName: ip adderss, IOCP: (Busy=0,Free=1000,Min=2,Max=1000), WORKER: (Busy=2,Free=32765,Min=2,Max=32767), v: 2.2.88.56325',
      'csharp',
      'RedisConnectionException',
    ],
    [
      'No connection is available to service this operation: HGET ---> StackExchange.Redis.RedisConnectionException: No connection is available to service this operation: HGET 20140911||User\n   at StackExchange.Redis.ConnectionMultiplexer.ExecuteSyncImpl[T](Message message, ResultProcessor`1 processor, ServerEndPoint server) in c:\\TeamCity\\buildAgent\\work\\3ae0647004edff78\\StackExchange.Redis\\StackExchange\\Redis\\ConnectionMultiplexer.cs:line 1860',
      'csharp',
      'RedisConnectionException',
    ],
    [
      '"No connection is available to service this operation: GET xxxxx; SocketClosed on xxxxx/Interactive, origin: ProcessReadBytes, input-buffer: 0, outstanding: 0, last-read: 69s ago, last-write: 69s ago, unanswered-write: 2630s ago, keep-alive: 60s, pending: 0, state: ConnectedEstablished, in: 0, ar: 0, last-heartbeat: 0s ago, last-mbeat: 0s ago, global: 0s ago: RedisConnectionException\nat StackExchange.Redis.ConnectionMultiplexer.ExecuteSyncImpl[T](Message message, ResultProcessor`1 processor, ServerEndPoint server) in c:\\code\\StackExchange.Redis\\StackExchange.Redis\\StackExchange\\Redis\\ConnectionMultiplexer.cs:line 2027',
      'csharp',
      'RedisConnectionException',
    ],
    [
      'ERROR2:\nio.grpc.StatusRuntimeException: UNAVAILABLE: io exception\n\tat io.grpc.Status.asRuntimeException(Status.java:532)\n\tat io.grpc.stub.ClientCalls$StreamObserverToCallListenerAdapter.onClose(ClientCalls.java:434)',
      'java',
      'StatusRuntimeException',
    ],
    [
      'Grpc.Core.RpcException: \'Status(StatusCode="Unavailable", Detail="failed to connect to all addresses", DebugException="Grpc.Core.Internal.CoreErrorDetailException: {"created":"@1654641331.716000000","description":"Failed to pick subchannel","file":"..\\..\\..\\src\\core\\ext\\filters\\client_channel\\client_channel.cc","file_line":3218,"referenced_errors":[{"created":"@1654641331.716000000","description":"failed to connect to all addresses","file":"..\\..\\..\\src\\core\\lib\\transport\\error_utils.cc","file_line":165,"grpc_status":14}]}")\'',
      'csharp',
      'RpcException',
    ],
    [
      '"Grpc.Core.RpcException: Status(StatusCode=Unavailable, Detail=\\"Connect Failed\\")\\r\\n   at System.Runtime.CompilerServices.TaskAwaiter.ThrowForNonSuccess(Task task)\\r\\n   at System.Runtime.CompilerServices.TaskAwaiter.HandleNonSuccessAndDebuggerNotification(Task task)\\r\\n   at System.Runtime.CompilerServices.TaskAwaiter.GetResult()"',
      'csharp',
      'RpcException',
    ],
    [
      'ERROR[2025-09-08 13:15:48.822] [request_id=gjw8j7C8mMQR error=rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 172.21.0.5:50051: connect: connection refused" knowledge_id=355e61b4-8098-42c0-b305-0b864958319c]                      | processDocument read file failed',
      'go',
      'connection refused',
    ],
  ])('still answers %j as %s/%s', expectRecognised);
});
