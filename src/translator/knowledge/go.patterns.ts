import type { Captures, ErrorPattern } from '../rules/error-pattern';
import type { Language } from '../translation';
import { fix, ref } from './answer-parts';

/*
 * Go knowledge. Priorities used in this file:
 *   20  runtime panics and fatal errors with an exact message (beat the generic C "SIGSEGV" pattern)
 *   10  one compiler message, one tool message, one standard-library error
 *  -10  any "panic: ..." followed by a goroutine trace
 *
 * Regexes are bounded ({m,n}) and anchored on literals; a line-content class ([^\n]) is always
 * followed by a bare \n (never \r?\n) so a repeated group has exactly one way to match.
 */

function rx(...parts: string[]): RegExp {
  return new RegExp(parts.join(''), 'm');
}

/**
 * Optional: the first goroutine frame that is not in the runtime (after the `panic(` frame when a
 * recover handler re-panicked), i.e. usually the user's function. Captures `func` (without its
 * argument list), `file`, `line`. Frames may be indented with tabs or spaces (or not at all).
 */
const GO_FRAME = String.raw`(?:[\s\S]{0,600}?\ngoroutine \d{1,9} \[[^\]\n]{1,100}\]:(?:[\s\S]{0,3000}?\npanic\([^\n]{0,300}\n[^\n]{0,400})?(?:\n[ \t]{0,12}(?:runtime\.|panic\()[^\n]{0,300}\n[^\n]{0,400}){0,10}\n[ \t]{0,12}(?<func>[^\s(][^\n]{0,299}?)(?:\([^()\n]{0,300}\))?\n[ \t]{0,12}(?<file>[^\s][^\n]{0,399}?\.go):(?<line>\d{1,7}))?`;

/** Optional compiler location prefix `./main.go:12:5: `. Captures `file`, `line`, `col`. */
const GO_LOC = String.raw`(?:(?<![^\s])(?<file>[^\s]{1,400}?\.go):(?<line>\d{1,7}):(?:(?<col>\d{1,7}):)? )?`;

/** `main.(*Server).Start(0x0)` -> `main.(*Server).Start`. */
function funcName(f: string): string {
  return f.replace(/\([^()]*\)$/, '');
}

function where(c: Captures): string {
  if (c.func && c.file) return ` It happened in ${funcName(c.func)} (${c.file}:${c.line}).`;
  if (c.file) return ` Location: ${c.file}:${c.line}.`;
  return '';
}
function at(c: Captures): string {
  return c.file ? ` (${c.file}:${c.line})` : '';
}
/** The first step of a runtime fix: the frame the trace blames, when it shows one. */
function frameStep(c: Captures, what: string): string[] {
  return c.func && c.file ? [`Open ${c.file}:${c.line} (${c.func}): ${what}`] : [];
}

/** Standard-library packages added in recent releases: "not in GOROOT" means an old Go for these. */
const NEW_STD: ReadonlySet<string> = new Set(['slices', 'maps', 'cmp', 'log/slog', 'iter', 'unique', 'weak', 'structs', 'crypto/ecdh', 'math/rand/v2', 'go/version', 'testing/slogtest', 'crypto/mlkem', 'crypto/hkdf', 'crypto/pbkdf2', 'crypto/sha3', 'testing/synctest']);

const SPEC_PANICS = ref('The Go Programming Language Specification: Run-time panics', 'https://go.dev/ref/spec#Run_time_panics');
const DEFER_PANIC = ref('Go blog: Defer, Panic, and Recover', 'https://go.dev/blog/defer-panic-and-recover');

/** The module and version a checksum mismatch names, in either order Go prints them. */
const moduleOf = (c: Captures): string | undefined => c.module ?? c.module2;
const versionOf = (c: Captures): string | undefined => c.version ?? c.version2;

/** The tools written in Go whose output carries Go's network, TLS, file and JSON errors as their own. */
export const GO_TOOLS: readonly Language[] = ['docker', 'kubernetes'];

export const GO_PATTERNS: readonly ErrorPattern[] = [
  // ---------------------------------------------------------------- runtime panics
  {
    id: 'go.nil-pointer',
    language: 'go',
    match: rx(
      // Anywhere: after "panic: runtime error: ", in klog's "Observed a panic", controller-runtime's
      // "Observed a panic in reconciler", net/http's "http: panic serving", zap/logfmt fields.
      String.raw`invalid memory address or nil pointer dereference(?:[^\n]{0,200}\n(?:[ \t]{0,8}panic: [^\n]{0,300}\n){0,2}\[signal (?<signal>SIG\w{1,10})[^\n\]]{0,200}addr=(?<addr>0x[0-9a-fA-F]{1,16})[^\n]{0,100}\])?`,
      GO_FRAME,
    ),
    errorType: 'nil pointer dereference',
    category: 'null',
    priority: 20,
    summary: (c) => `A nil pointer was dereferenced${c.func ? ` in ${funcName(c.func)}` : ''}.`,
    explanation: (c) =>
      `The program read a field or called a method through a pointer (or interface, map of pointers, slice element) that is nil.${c.addr === '0x0' || (c.addr && /^0x[0-9a-f]{1,3}$/i.test(c.addr)) ? ' The faulting address is near 0x0, which confirms a nil pointer (a small offset is the field being read).' : ''} Common sources: a constructor that returned (nil, err) where the error was ignored, a struct field that was never initialised, or a map lookup returning a nil pointer.${where(c)}`,
    causes: [
      'An error was ignored and the nil result used: v, _ := f() or missing if err != nil',
      'A pointer field in a struct was never set (e.g. *sql.DB, *http.Client, a dependency)',
      'A method was called on a nil receiver',
      'A map or slice of pointers contained nil for the key/index used',
    ],
    fixes: (c) => [
      fix(
        'Check errors before using results',
        [...frameStep(c, 'find the pointer, map value or interface dereferenced on that line that can be nil.'), 'Go to the file and line shown under the goroutine trace.', 'Handle the error returned together with the pointer instead of discarding it.'],
        'db, err := sql.Open("postgres", dsn)\nif err != nil {\n    return fmt.Errorf("open db: %w", err)\n}',
      ),
      fix('Initialise struct dependencies in a constructor', ['Create values with a NewXxx function that sets every pointer field, and nil-check where a value is optional.'], 'func NewServer(db *sql.DB) *Server {\n    if db == nil {\n        panic("NewServer: db is nil")\n    }\n    return &Server{db: db}\n}'),
    ],
    references: [SPEC_PANICS, ref('Effective Go: Errors', 'https://go.dev/doc/effective_go#errors')],
    samples: [
      'panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4a3b2f]\n\ngoroutine 1 [running]:\nmain.(*Server).Start(0x0)\n\t/home/dev/app/server.go:27 +0x2f\nmain.main()\n\t/home/dev/app/main.go:14 +0x45\nexit status 2',
      'panic: runtime error: invalid memory address or nil pointer dereference [recovered]',
      'E0623 15:24:30.674204 1 runtime.go:78] Observed a panic: "invalid memory address or nil pointer dereference" (runtime error: invalid memory address or nil pointer dereference)\ngoroutine 552 [running]:\nk8s.io/apimachinery/pkg/util/runtime.logPanic(0x15e2ba0, 0x22e29c0)\n/home/runner/go/pkg/mod/k8s.io/apimachinery@v0.19.2/pkg/util/runtime/runtime.go:74 +0xa6\npanic(0x15e2ba0, 0x22e29c0)\n/opt/hostedtoolcache/go/1.16.4/x64/src/runtime/panic.go:965 +0x1b9\ngithub.com/acme/op/pkg/kube.(*logsReader).GetLogs(0xc0000a5a30, 0x1984298)\n/home/runner/work/op/pkg/kube/logs.go:35 +0x1e5',
      '{"level":"error","ts":1700000000.1,"logger":"controller","msg":"Observed a panic in reconciler: runtime error: invalid memory address or nil pointer dereference","controller":"deployment"}',
      '2024/03/01 10:00:00 http: panic serving 10.0.0.7:51234: runtime error: invalid memory address or nil pointer dereference\ngoroutine 35 [running]:\nnet/http.(*conn).serve.func1()\n\t/usr/local/go/src/net/http/server.go:1868 +0xb9\npanic({0x6b0e20?, 0x9b9a10?})\n\t/usr/local/go/src/runtime/panic.go:920 +0x270\nmain.(*API).getUser(0x0, {0x7a1b20, 0xc0001a2000}, 0xc000190100)\n\t/app/api.go:42 +0x1c',
    ],
  },
  {
    id: 'go.index-out-of-range',
    language: 'go',
    match: rx(String.raw`runtime error: index out of range(?: \[(?<index>-?\d{1,20})\] with length (?<length>\d{1,20}))?`, GO_FRAME),
    errorType: 'index out of range',
    category: 'runtime',
    priority: 20,
    summary: (c) => (c.index ? `Index ${c.index} is out of range for a slice/array of length ${c.length}.` : 'A slice, array or string was indexed out of range.'),
    explanation: (c) =>
      `Go checks every index: valid indexes are 0 to len-1.${c.length === '0' ? ' The slice is empty, so any index fails - e.g. os.Args[1] without arguments, or the first element of an empty result.' : ''}${c.index && c.length && c.index === c.length ? ' index == length is the classic off-by-one error (<= instead of <).' : ''}${where(c)}`,
    causes: ['Slice shorter than expected (empty result, fewer fields from strings.Split)', 'Off-by-one in a loop (i <= len(s))', 'os.Args[n] read without checking len(os.Args)', 'Index computed from strings.Index returning -1'],
    fixes: (c) => [
      fix('Check the length first', [...frameStep(c, `find the index expression${c.index ? ` that used ${c.index}` : ''} on that line.`), 'Guard the access with len().', 'Iterate with for i := range s instead of manual bounds.'], 'if len(os.Args) < 2 {\n    fmt.Fprintln(os.Stderr, "usage: app <file>")\n    os.Exit(1)\n}\nname := os.Args[1]'),
    ],
    references: [ref('The Go Programming Language Specification: Index expressions', 'https://go.dev/ref/spec#Index_expressions'), SPEC_PANICS],
    samples: [
      'panic: runtime error: index out of range [5] with length 3\n\ngoroutine 1 [running]:\nmain.main()\n\t/tmp/sandbox/prog.go:8 +0x1d',
      'panic: runtime error: index out of range [1] with length 1\n\ngoroutine 1 [running]:\nmain.parseLine({0xc000012345, 0x5})\n\t/app/parse.go:19 +0x125',
      '--- FAIL: TestGetResult (0.40s)\npanic: runtime error: index out of range [0] with length 0 [recovered]\n        panic: runtime error: index out of range [0] with length 0\n\ngoroutine 156 [running]:\ntesting.tRunner.func1.2({0x179f8a0, 0xc0006320c0})\n        /usr/lib/golang/src/testing/testing.go:1631 +0x24a\npanic({0x179f8a0?, 0xc0006320c0?})\n        /usr/lib/golang/src/runtime/panic.go:770 +0x132\ngithub.com/acme/results/test/e2e.TestGetResult(0xc0009331e0)\n        /home/dev/results/test/e2e/e2e_test.go:671 +0x3a5',
      '[GIN-debug] [WARNING] Running in "debug" mode.\n2024/05/01 10:11:12 [Recovery] 2024/05/01 - 10:11:12 panic recovered:\nruntime error: index out of range [3] with length 3\n/app/handlers/items.go:57 (0x8d3f1a)',
    ],
  },
  {
    id: 'go.slice-bounds',
    language: 'go',
    match: rx(String.raw`runtime error: slice bounds out of range(?: \[(?<bounds>[^\]\n]{1,60})\](?: with (?<what>length|capacity) (?<length>\d{1,20}))?)?`, GO_FRAME),
    errorType: 'slice bounds out of range',
    category: 'runtime',
    priority: 20,
    summary: (c) => `A slice expression [${c.bounds ?? 'low:high'}] is outside the bounds${c.length ? ` (${c.what} ${c.length})` : ''}.`,
    explanation: (c) =>
      `s[low:high] requires 0 <= low <= high <= cap(s) (and high <= len(s) for strings).${c.bounds && /^\d+:\d+$/.test(c.bounds) && Number(c.bounds.split(':')[0]) > Number(c.bounds.split(':')[1]) ? ' Here low is greater than high.' : ''}${c.bounds && c.bounds.startsWith('-') ? ' A negative index usually comes from strings.Index returning -1.' : ''}${where(c)}`,
    causes: ['String or slice shorter than the slice expression assumes', 'Index from strings.Index/bytes.Index was -1 (not found)', 'low > high due to swapped or miscalculated values'],
    fixes: (c) => [
      fix('Validate positions before slicing', [...frameStep(c, `find the slice expression${c.bounds ? ` [${c.bounds}]` : ''} on that line.`), 'Check the result of strings.Index and the length before slicing.'], 'if i := strings.Index(s, ":"); i >= 0 {\n    key, value := s[:i], s[i+1:]\n    _ = key\n    _ = value\n}'),
      fix('Use strings.Cut for key/value splitting', [], 'key, value, ok := strings.Cut(s, ":")'),
    ],
    references: [ref('The Go Programming Language Specification: Slice expressions', 'https://go.dev/ref/spec#Slice_expressions'), SPEC_PANICS],
    samples: ['panic: runtime error: slice bounds out of range [:10] with length 4\n\ngoroutine 1 [running]:\nmain.truncate(...)\n\t/home/dev/app/text.go:12', 'panic: runtime error: slice bounds out of range [-1:]'],
  },
  {
    id: 'go.nil-map',
    language: 'go',
    match: rx(String.raw`assignment to entry in nil map`, GO_FRAME),
    errorType: 'assignment to entry in nil map',
    category: 'null',
    priority: 20,
    summary: (c) => `A value was stored in a map that was never created (nil map)${c.func ? ` in ${funcName(c.func)}` : ''}.`,
    explanation: (c) =>
      `Declaring 'var m map[K]V' (or a struct field of map type) gives a nil map. Reading from a nil map is allowed and returns zero values, but writing panics. The map has to be created with make() or a literal first.${where(c)}`,
    causes: ['Map declared with var but never made', 'Map field of a struct not initialised in the constructor', 'Zero-value struct (e.g. from json.Unmarshal or new()) used directly'],
    fixes: (c) => [
      fix('Create the map before writing', [...frameStep(c, 'find the map written on that line and where it should have been created.'), 'Initialise with make or a literal; for struct fields do it in the constructor.'], 'counts := make(map[string]int)\ncounts["a"]++\n\ntype Cache struct{ items map[string]Item }\nfunc NewCache() *Cache { return &Cache{items: make(map[string]Item)} }'),
      fix('Lazily initialise in methods', [], 'func (c *Cache) Put(k string, v Item) {\n    if c.items == nil {\n        c.items = make(map[string]Item)\n    }\n    c.items[k] = v\n}'),
    ],
    references: [ref('Go blog: Go maps in action', 'https://go.dev/blog/maps'), ref('The Go Programming Language Specification: Map types', 'https://go.dev/ref/spec#Map_types')],
    samples: ['panic: assignment to entry in nil map\n\ngoroutine 1 [running]:\nmain.(*Registry).Add(...)\n\t/home/dev/app/registry.go:21\nmain.main()\n\t/home/dev/app/main.go:9 +0x32\nexit status 2'],
  },
  {
    id: 'go.concurrent-map',
    language: 'go',
    match: rx(String.raw`fatal error: concurrent map (?<kind>writes|read and map write|iteration and map write|clone and map write)`, GO_FRAME),
    errorType: (c) => `concurrent map ${c.kind ?? 'writes'}`,
    category: 'concurrency',
    priority: 20,
    summary: (c) => `Several goroutines accessed the same map at the same time (concurrent map ${c.kind}).`,
    explanation: (c) =>
      `Go maps are not safe for concurrent use. When one goroutine writes while another reads or writes, the runtime detects it and aborts the whole program with a fatal error (this cannot be recovered with recover()).${where(c)}`,
    causes: ['A map shared between HTTP handlers (each request runs in its own goroutine)', 'Worker goroutines writing results into one map', 'A cache or global map without a mutex'],
    fixes: (c) => [
      fix(
        'Protect the map with a mutex',
        [...frameStep(c, 'this is one of the accesses; every other goroutine touching the same map needs the same lock.'), 'Wrap every read and write in a sync.Mutex or sync.RWMutex.'],
        'type Counter struct {\n    mu sync.Mutex\n    m  map[string]int\n}\n\nfunc (c *Counter) Inc(k string) {\n    c.mu.Lock()\n    defer c.mu.Unlock()\n    c.m[k]++\n}',
      ),
      fix('Use sync.Map for write-once/read-many caches', ['sync.Map fits caches where keys are written once and read often.']),
      fix('Find all racing accesses', ['Run tests or the program with the race detector: go test -race ./... or go run -race .']),
    ],
    references: [ref('Go FAQ: Why are map operations not defined to be atomic?', 'https://go.dev/doc/faq#atomic_maps'), ref('Go: Data Race Detector', 'https://go.dev/doc/articles/race_detector'), ref('Package sync', 'https://pkg.go.dev/sync')],
    samples: ['fatal error: concurrent map writes\n\ngoroutine 23 [running]:\nmain.(*Store).Set(...)\n\t/app/store.go:18\nmain.handler({0x7a1b20, 0xc0001a2000}, 0xc000190100)\n\t/app/main.go:31 +0x8f', 'fatal error: concurrent map read and map write'],
  },
  {
    id: 'go.deadlock',
    language: 'go',
    match: /fatal error: all goroutines are asleep - deadlock!(?:[\s\S]{0,300}?\ngoroutine \d{1,9} \[(?<state>[^\]\n]{1,100})\]:)?/,
    errorType: 'deadlock',
    category: 'concurrency',
    priority: 20,
    summary: (c) => `Every goroutine is blocked, so the program can never continue${c.state ? ` (the first goroutine listed is waiting on: ${c.state})` : ''}.`,
    explanation: (c) => {
      const s = c.state ?? '';
      let hint = '';
      if (/chan send/.test(s)) hint = ' A goroutine is sending on an unbuffered channel that nobody receives from.';
      else if (/chan receive/.test(s)) hint = ' A goroutine is receiving from a channel that nobody sends to or closes (e.g. ranging over a channel that is never closed).';
      else if (/WaitGroup|semacquire/.test(s)) hint = ' wg.Wait() is waiting for Done() calls that never happen (Add/Done counts do not match).';
      else if (/Mutex|RWMutex/.test(s)) hint = ' A mutex is locked twice or never unlocked.';
      else if (/select/.test(s)) hint = ' A select has no case that can ever proceed.';
      return `The runtime found that no goroutine can make progress: all are waiting on channels, locks or WaitGroups that nothing will ever release.${hint}`;
    },
    causes: [
      'Unbuffered channel send/receive in the same goroutine (no other goroutine on the other side)',
      'for range over a channel that is never closed',
      'WaitGroup Add/Done mismatch (Done not called on an error path)',
      'Locking a sync.Mutex that is already held by the same goroutine',
    ],
    fixes: [
      fix('Pair every send with a receiver and close channels', ['Start the receiver (or sender) in its own goroutine.', 'Close the channel when the producer is done so range loops end.'], 'ch := make(chan int)\ngo func() {\n    defer close(ch)\n    for i := 0; i < 3; i++ {\n        ch <- i\n    }\n}()\nfor v := range ch {\n    fmt.Println(v)\n}'),
      fix('Balance WaitGroup calls', ['Call wg.Add before starting the goroutine and defer wg.Done() inside it.']),
    ],
    references: [ref('A Tour of Go: Range and Close', 'https://go.dev/tour/concurrency/4'), ref('Effective Go: Channels', 'https://go.dev/doc/effective_go#channels')],
    samples: ['fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan send]:\nmain.main()\n\t/tmp/sandbox/prog.go:7 +0x36\nexit status 2', 'fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [semacquire]:\nsync.runtime_Semacquire(0xc000012345)'],
  },
  {
    id: 'go.send-on-closed-channel',
    language: 'go',
    match: rx(String.raw`send on closed channel`, GO_FRAME),
    errorType: 'send on closed channel',
    category: 'concurrency',
    priority: 20,
    summary: 'A goroutine sent a value on a channel that had already been closed.',
    explanation: (c) =>
      `Sending on a closed channel always panics. Usually a consumer or coordinator closed the channel while producers were still running. Only the sender side should close a channel, and only after all senders are finished.${where(c)}`,
    causes: ['The receiver closed the channel while senders were still active', 'Several producers and one of them closes the shared channel', 'Shutdown code closes the channel before worker goroutines exit'],
    fixes: (c) => [
      fix('Close after all senders finish', [...frameStep(c, 'this send ran after the channel was closed; find the close() call.'), 'Use a WaitGroup for the producers and close the channel in a separate goroutine once wg.Wait() returns.'], 'var wg sync.WaitGroup\nfor _, job := range jobs {\n    wg.Add(1)\n    go func(j Job) {\n        defer wg.Done()\n        results <- process(j)\n    }(job)\n}\ngo func() {\n    wg.Wait()\n    close(results)\n}()'),
      fix('Signal stop with a context instead of closing the data channel', ['Producers select on ctx.Done() and stop sending.']),
    ],
    references: [ref('The Go Programming Language Specification: Close', 'https://go.dev/ref/spec#Close'), ref('The Go Programming Language Specification: Send statements', 'https://go.dev/ref/spec#Send_statements')],
    samples: ['panic: send on closed channel\n\ngoroutine 7 [running]:\nmain.producer(0xc000020060, 0x3)\n\t/app/worker.go:22 +0x45\ncreated by main.main in goroutine 1\n\t/app/main.go:15 +0x7c'],
  },
  {
    id: 'go.close-of-closed-channel',
    language: 'go',
    match: rx(String.raw`close of (?<what>closed|nil) channel`, GO_FRAME),
    errorType: (c) => `close of ${c.what ?? 'closed'} channel`,
    category: 'concurrency',
    priority: 20,
    summary: (c) => (c.what === 'nil' ? 'close() was called on a nil channel.' : 'A channel was closed twice.'),
    explanation: (c) =>
      c.what === 'nil'
        ? `The channel variable was never created with make(chan T), so it is nil; closing a nil channel panics.${where(c)}`
        : `close() may be called only once per channel. Two code paths (or two goroutines) both closed it.${where(c)}`,
    causes: (c) => (c.what === 'nil' ? ['Channel declared with var but never made', 'Struct field of channel type not initialised'] : ['Two goroutines both close the same channel', 'A Close/Stop method called twice', 'Close in both a defer and an explicit path']),
    fixes: (c) => [fix('Close exactly once', [...frameStep(c, 'this is the close() call that panicked.'), 'Give one owner the responsibility for closing, or guard it with sync.Once.'], 'type Stopper struct {\n    once sync.Once\n    done chan struct{}\n}\n\nfunc (s *Stopper) Stop() { s.once.Do(func() { close(s.done) }) }')],
    references: [ref('The Go Programming Language Specification: Close', 'https://go.dev/ref/spec#Close'), ref('Package sync: Once', 'https://pkg.go.dev/sync#Once')],
    samples: ['panic: close of closed channel\n\ngoroutine 1 [running]:\nmain.(*Pool).Stop(...)\n\t/app/pool.go:40', 'panic: close of nil channel'],
  },
  {
    id: 'go.interface-conversion',
    language: 'go',
    match: rx(
      String.raw`interface conversion: (?:(?<iface>[^\n]{1,200}?) is (?<actual>[^\n,]{1,200}), not (?<expected>[^\n(]{1,200})|(?<concrete>[^\n]{1,200}?) is not (?<target>[^\n:]{1,200}): missing method (?<method>\w{1,100}))`,
      GO_FRAME,
    ),
    errorType: 'interface conversion',
    category: 'type',
    priority: 20,
    summary: (c) => (c.method ? `${c.concrete} does not implement ${c.target} (missing method ${c.method}).` : `A type assertion expected ${c.expected?.trim()} but the value is ${c.actual}.`),
    explanation: (c) =>
      c.method
        ? `A type assertion x.(${c.target}) failed because the dynamic type ${c.concrete} has no method ${c.method} (check pointer vs value receivers).${where(c)}`
        : `The single-value form of a type assertion, x.(${c.expected?.trim()}), panics when the dynamic type differs. Here the ${c.iface} held ${c.actual}${c.actual === 'nil' ? ' (no value at all)' : ''}. JSON decoded into interface{} produces float64 for numbers and map[string]interface{} for objects, a frequent surprise.${where(c)}`,
    causes: ['Asserting to the wrong type (e.g. int when JSON produced float64)', 'The interface value is nil', 'Pointer vs value type mismatch (*T vs T)', 'A type implements the interface only with pointer receivers'],
    fixes: (c) => [
      fix('Use the two-value form or a type switch', [...frameStep(c, `find the type assertion${c.expected ? ` x.(${c.expected.trim()})` : c.target ? ` x.(${c.target})` : ''} on that line.`), 'Check ok instead of panicking, and handle unexpected types.'], 'switch v := x.(type) {\ncase float64:\n    n = int(v)\ncase string:\n    n, _ = strconv.Atoi(v)\ndefault:\n    return fmt.Errorf("unexpected type %T", v)\n}'),
      c.method
        ? fix(`Implement ${c.method} for ${c.concrete}`, [`Give ${c.concrete} the method ${c.method} with the exact signature ${c.target} declares; if it exists with a pointer receiver, store a pointer (&value) in the interface.`])
        : fix('Decode into concrete types', ['Unmarshal JSON into a struct instead of interface{} when the shape is known.']),
    ],
    references: [ref('The Go Programming Language Specification: Type assertions', 'https://go.dev/ref/spec#Type_assertions'), ref('A Tour of Go: Type switches', 'https://go.dev/tour/methods/16')],
    samples: [
      'panic: interface conversion: interface {} is float64, not int\n\ngoroutine 1 [running]:\nmain.main()\n\t/app/main.go:17 +0x1a5',
      'panic: interface conversion: *main.Cat is not main.Speaker: missing method Speak',
      'echo: http: panic serving [::1]:38720: interface conversion: interface {} is nil, not string\ngoroutine 6 [running]:\nnet/http.(*conn).serve.func1()\n        /usr/local/go/src/net/http/server.go:1868 +0xb9\npanic({0x69c680?, 0xc0000f6120?})\n        /usr/local/go/src/runtime/panic.go:920 +0x270\nmain.handler.func1({0x763f78, 0xc000099040})\n        /home/dev/app/middleware.go:83 +0xd5a',
    ],
  },
  {
    id: 'go.integer-divide-by-zero',
    language: 'go',
    match: rx(String.raw`runtime error: integer divide by zero`, GO_FRAME),
    errorType: 'integer divide by zero',
    category: 'runtime',
    priority: 20,
    summary: 'An integer was divided (or taken modulo) by zero.',
    explanation: (c) => `Integer division or % by zero panics in Go (floating-point division gives +Inf/NaN instead). The divisor is a variable that was 0 at runtime - typically a count or length of an empty collection.${where(c)}`,
    causes: ['Average or ratio computed over an empty slice', 'Divisor read from configuration/input that can be 0', 'Modulo by a length that can be 0'],
    fixes: (c) => [fix('Guard the divisor', [...frameStep(c, 'find the division or % on that line.'), 'Check for zero before dividing and decide what the result should be.'], 'if len(values) == 0 {\n    return 0, errors.New("no values")\n}\navg := sum / len(values)')],
    references: [ref('The Go Programming Language Specification: Arithmetic operators', 'https://go.dev/ref/spec#Arithmetic_operators'), SPEC_PANICS],
    samples: ['panic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\nmain.average(...)\n\t/app/stats.go:9'],
  },
  {
    id: 'go.negative-waitgroup',
    language: 'go',
    match: rx(String.raw`sync: (?:negative WaitGroup counter|WaitGroup is reused before previous Wait has returned)`, GO_FRAME),
    errorType: 'negative WaitGroup counter',
    category: 'concurrency',
    priority: 20,
    summary: 'sync.WaitGroup.Done() was called more times than Add().',
    explanation: (c) => `A WaitGroup counter went below zero: Done() ran more often than Add() registered, or the WaitGroup was copied/reused. Each goroutine must correspond to exactly one Add(1) and one Done().${where(c)}`,
    causes: ['Done called twice in one goroutine (explicit call plus defer)', 'Add called inside the goroutine instead of before starting it', 'WaitGroup passed by value (copied) instead of by pointer'],
    fixes: (c) => [fix('Pair Add and Done', [...frameStep(c, 'this Done/Add call took the counter below zero.'), 'Call wg.Add(1) before the go statement and only defer wg.Done() inside.', 'Pass *sync.WaitGroup, never a copy.'], 'for _, u := range urls {\n    wg.Add(1)\n    go func(u string) {\n        defer wg.Done()\n        fetch(u)\n    }(u)\n}\nwg.Wait()')],
    references: [ref('Package sync: WaitGroup', 'https://pkg.go.dev/sync#WaitGroup')],
    samples: ['panic: sync: negative WaitGroup counter\n\ngoroutine 6 [running]:\nsync.(*WaitGroup).Add(0xc000012345, 0xffffffffffffffff)'],
  },
  {
    id: 'go.unlock-of-unlocked-mutex',
    language: 'go',
    match: /fatal error: sync: (?<what>unlock of unlocked mutex|Unlock of unlocked RWMutex|RUnlock of unlocked RWMutex)/,
    errorType: (c) => c.what ?? 'unlock of unlocked mutex',
    category: 'concurrency',
    priority: 20,
    summary: 'A mutex was unlocked although it was not locked.',
    explanation: 'Unlock was called on a sync.Mutex/RWMutex that was not held - usually an extra Unlock (explicit call plus defer), or a mutex copied by value so Lock and Unlock act on different copies.',
    causes: ['Unlock called twice (explicit Unlock plus defer Unlock)', 'Struct containing a mutex passed by value (copy)', 'Unlock on an error path that never locked'],
    fixes: [fix('Lock and defer Unlock together', ['Use mu.Lock(); defer mu.Unlock() and remove explicit Unlock calls.', 'Use pointer receivers for types containing a mutex; go vet reports copies.'], 'func (s *Store) Get(k string) string {\n    s.mu.Lock()\n    defer s.mu.Unlock()\n    return s.m[k]\n}')],
    references: [ref('Package sync: Mutex', 'https://pkg.go.dev/sync#Mutex'), ref('go vet: copylocks', 'https://pkg.go.dev/golang.org/x/tools/go/analysis/passes/copylock')],
    samples: ['fatal error: sync: unlock of unlocked mutex\n\ngoroutine 1 [running]:\nsync.fatal({0x4b8a5e?, 0x0?})'],
  },
  {
    id: 'go.stack-overflow',
    language: 'go',
    match: /(?:runtime: goroutine stack exceeds (?<limit>\d{1,12})-byte limit|fatal error: stack overflow)(?:[\s\S]{0,2000}?\ngoroutine \d{1,9} \[[^\]\n]{1,100}\]:\n[ \t]{0,12}(?<func>[^\s(][^\n]{0,299}?)(?:\([^()\n]{0,300}\))?\n)?/,
    errorType: 'stack overflow',
    category: 'runtime',
    priority: 20,
    summary: (c) => `A goroutine's stack grew past its limit${c.func ? ` in ${funcName(c.func)}` : ''} - almost always infinite recursion.`,
    explanation: (c) =>
      `Go stacks grow dynamically up to a maximum (${c.limit ? `${c.limit} bytes` : '1 GB on 64-bit'}). Exceeding it means unbounded recursion: a function calling itself without a base case, a String()/MarshalJSON method that calls fmt/json on its own receiver, or a getter that calls itself.`,
    causes: ['Recursive function without a reachable base case', 'String() method using fmt.Sprintf("%v", t) on itself', 'MarshalJSON calling json.Marshal on the same type'],
    fixes: (c) => [fix('Break the recursion', [c.func ? `Look at ${c.func} and the frames repeating under it: that is the recursion.` : 'Look at the repeating frames in the trace.', 'In String()/MarshalJSON convert to an alias type without the method first.'], 'func (u User) MarshalJSON() ([]byte, error) {\n    type alias User\n    return json.Marshal(alias(u))\n}')],
    references: [ref('Package runtime/debug: SetMaxStack', 'https://pkg.go.dev/runtime/debug#SetMaxStack')],
    samples: ['runtime: goroutine stack exceeds 1000000000-byte limit\nruntime: sp=0xc020160398 stack=[0xc020160000, 0xc040160000]\nfatal error: stack overflow\n\nruntime stack:\nruntime.throw({0x4a5f3c?, 0x0?})'],
  },

  {
    id: 'go.data-race',
    language: 'go',
    // The race detector (go test -race / go run -race). The report starts with the access that
    // lost the race; its first frame outside the runtime is usually the user's code.
    match: rx(
      String.raw`(?:WARNING: DATA RACE|(?<![\w.])race detected during execution of test)`,
      String.raw`(?:\n(?<access>Read|Write)(?: at 0x[0-9a-fA-F]{1,16})? by (?<goroutine>goroutine \d{1,9}|main goroutine):(?:\n[ \t]{0,12}(?:runtime|sync\/atomic|internal\/race)\.[^\n]{0,300}\n[^\n]{0,400}){0,4}\n[ \t]{0,12}(?<func>[^\s(][^\n]{0,299}?)(?:\([^()\n]{0,300}\))?\n[ \t]{0,12}(?<file>[^\s][^\n]{0,399}?\.go):(?<line>\d{1,7}))?`,
    ),
    errorType: 'data race',
    category: 'concurrency',
    priority: 20,
    summary: (c) => `The race detector found two goroutines accessing the same memory without synchronisation${c.func ? ` (a ${c.access?.toLowerCase()} in ${c.func})` : ''}.`,
    explanation: (c) =>
      `A data race is a read and a write (or two writes) of the same variable from different goroutines with no lock, channel or atomic operation ordering them. The report lists both accesses ("${c.access ?? 'Read'} ... by goroutine" and "Previous write/read by goroutine") with their stacks, and where each goroutine was created.${where(c)} Racy code can read torn or stale values, corrupt maps, and crash at random; under go test -race the test fails even if the assertions pass.`,
    causes: [
      'A variable, slice or map shared by goroutines (HTTP handlers, workers, callbacks) without a mutex',
      'A loop variable captured by goroutines (before Go 1.22, all iterations shared one variable)',
      'A test reading results while background goroutines still write them',
      'Counters incremented with ++ instead of sync/atomic',
    ],
    fixes: (c) => [
      fix(
        'Synchronise both accesses',
        [
          ...(c.func && c.file ? [`Open ${c.file}:${c.line} (${c.func}) and the "Previous write/read" stack of the report: these two lines touch the same variable.`] : ['Read both stacks of the report: the two lines touch the same variable.']),
          'Guard the variable with a sync.Mutex (both sides!), use sync/atomic for counters, or hand the data over through a channel.',
        ],
        'var mu sync.Mutex\n\nmu.Lock()\nstats[key]++\nmu.Unlock()\n\n// counters\nvar hits atomic.Int64\nhits.Add(1)',
      ),
      fix('Wait for goroutines before reading their results', ['Use sync.WaitGroup or errgroup and read shared results only after Wait returns.'], 'var wg sync.WaitGroup\nfor _, item := range items {\n    wg.Add(1)\n    go func() {\n        defer wg.Done()\n        process(item)\n    }()\n}\nwg.Wait()'),
      fix('Keep the race detector on', ['Run go test -race ./... in CI so new races are caught early.'], 'go test -race ./...'),
    ],
    references: [ref('Go: Data Race Detector', 'https://go.dev/doc/articles/race_detector'), ref('The Go Memory Model', 'https://go.dev/ref/mem')],
    samples: [
      '==================\nWARNING: DATA RACE\nRead at 0x00c0000a0018 by goroutine 8:\n  main.(*Counter).Value()\n      /home/dev/app/counter.go:21 +0x44\n  main.main.func2()\n      /home/dev/app/main.go:30 +0x3c\n\nPrevious write at 0x00c0000a0018 by goroutine 7:\n  main.(*Counter).Inc()\n      /home/dev/app/counter.go:16 +0x5a\n\nGoroutine 8 (running) created at:\n  main.main()\n      /home/dev/app/main.go:29 +0x1a4\n==================',
      '=== RUN   TestUsage\n==================\nWARNING: DATA RACE\nRead by goroutine 11:\n  _/home/ubuntu/metric/usage.assertLen()\n      /home/ubuntu/metric/usage/usage_test.go:76 +0x72\n\nPrevious write by goroutine 14:\n  runtime.mapassign1()\n      /usr/local/go/src/runtime/hashmap.go:429 +0x0',
      '--- FAIL: TestCache (0.01s)\n    testing.go:1398: race detected during execution of test\nFAIL\nFAIL\tgithub.com/acme/cache\t0.035s',
    ],
  },

  {
    id: 'go.out-of-memory',
    language: 'go',
    match: /fatal error: runtime: out of memory|runtime: out of memory: cannot allocate (?<bytes>\d{1,20})-byte block/,
    errorType: 'out of memory',
    category: 'runtime',
    priority: 20,
    summary: (c) => `The Go runtime could not get more memory from the OS${c.bytes ? ` (a ${c.bytes}-byte allocation failed)` : ''}.`,
    explanation: 'The heap grew until the operating system (or the container memory limit) refused more memory, and the runtime aborts. Either the workload needs more memory than allowed, or memory is retained: unbounded caches/maps, slices kept alive by a small sub-slice, reading whole files or responses into memory, goroutine leaks.',
    causes: ['Container/cgroup memory limit below the real working set', 'Unbounded cache, map or queue', 'Reading a large file or HTTP body fully into memory (io.ReadAll)', 'Goroutine leak holding buffers'],
    fixes: [
      fix('Find what holds the memory', ['Take a heap profile (net/http/pprof or go test -memprofile) and look at inuse_space.'], 'import _ "net/http/pprof"\n// go tool pprof http://localhost:6060/debug/pprof/heap'),
      fix('Bound memory use', ['Stream instead of io.ReadAll, bound caches, and set GOMEMLIMIT a little below the container limit so the GC works harder before the limit.'], 'GOMEMLIMIT=900MiB ./app'),
    ],
    references: [ref('A Guide to the Go Garbage Collector', 'https://go.dev/doc/gc-guide'), ref('Package runtime/pprof', 'https://pkg.go.dev/runtime/pprof')],
    samples: ['fatal error: runtime: out of memory\n\nruntime stack:\nruntime.throw({0x1a8b3f0?, 0x400000?})\n\t/usr/local/go/src/runtime/panic.go:1077 +0x5c'],
  },

  // ---------------------------------------------------------------- compiler
  {
    id: 'go.syntax-error',
    language: 'go',
    // The file position is required: MSVC and shells print "syntax error: ..." too.
    match: rx(String.raw`(?<![^\s])(?<file>[^\s]{1,400}?\.go):(?<line>\d{1,7}):(?:(?<col>\d{1,7}):)? syntax error: (?<detail>unexpected [^\n]{1,200}|non-declaration statement outside function body|missing [^\n]{1,200}|else must be followed by if or statement block|cannot use [^\n]{1,200} as value|unexpected newline[^\n]{0,200})`),
    errorType: 'syntax error',
    category: 'syntax',
    priority: 10,
    summary: (c) => `The Go parser stopped${at(c)}: ${c.detail}.`,
    explanation: (c) =>
      `The file is not valid Go syntax at this point (${c.detail}).${/newline|\{|semicolon/.test(c.detail ?? '') ? ' Go inserts semicolons at line ends automatically, so an opening brace must stay on the same line as its if/for/func, and a multi-line call or composite literal needs a trailing comma.' : ''} The real mistake is often just before the reported position: an unclosed bracket, a missing comma or a stray character.`,
    causes: ['Opening brace on its own line (automatic semicolon insertion)', 'Missing trailing comma in a multi-line literal or call', 'Unbalanced parentheses/braces', 'Statements outside a function, or code from another language pasted in'],
    fixes: (c) => [fix('Fix the syntax at that position', [c.file ? `Open ${c.file} at line ${c.line} and look at that line and the one before it.` : 'Open the reported line and look at it and the line before it.', 'Run gofmt -l . : it reports the same error and formats the file once it parses.'], 'if ok {\n    run()\n} else {\n    stop()\n}\n\nitems := []string{\n    "a",\n    "b", // trailing comma required\n}')],
    references: [ref('Effective Go: Semicolons', 'https://go.dev/doc/effective_go#semicolons'), ref('The Go Programming Language Specification', 'https://go.dev/ref/spec')],
    samples: ['./main.go:14:2: syntax error: unexpected newline, expected comma or }', '# example.com/app\n./server.go:9:1: syntax error: non-declaration statement outside function body'],
  },
  {
    id: 'go.declared-and-not-used',
    language: 'go',
    match: rx(GO_LOC, String.raw`(?:declared and not used: (?<name>\w{1,200})|\b(?<oldName>\w{1,200}) declared (?:and|but) not used)`),
    errorType: 'declared and not used',
    category: 'syntax',
    priority: 10,
    summary: (c) => `The variable '${c.name ?? c.oldName}' is declared but never used${at(c)}.`,
    explanation: (c) => `Go refuses to compile code with unused local variables. '${c.name ?? c.oldName}' is assigned but never read. Often a variable was shadowed with := inside a block, so the outer one stays unused.`,
    causes: ['Leftover variable after refactoring or while debugging', 'Shadowing with := in an inner scope (if/for) instead of =', 'Result assigned but the check forgotten'],
    fixes: (c) => [
      fix('Use it, remove it, or discard it explicitly', ['Delete the variable if it is not needed.', 'Use = instead of := if you meant to assign the outer variable.', 'Assign to _ while work is in progress.'], `_ = ${c.name ?? c.oldName}`),
    ],
    references: [ref('Go FAQ: Can I stop these complaints about my unused variable/import?', 'https://go.dev/doc/faq#unused_variables_and_imports')],
    samples: ['# example.com/app\n./main.go:8:2: declared and not used: result', './handler.go:21:3: err declared but not used'],
  },
  {
    id: 'go.imported-and-not-used',
    language: 'go',
    // Go 1.20+: "os" imported and not used; older releases: imported and not used: "os".
    match: rx(GO_LOC, String.raw`(?:"(?<pkg>[^"\n]{1,300})" imported(?: as (?<alias>\w{1,100}))? (?:and|but) not used|imported and not used: "(?<oldPkg>[^"\n]{1,300})"(?: as (?<oldAlias>\w{1,100}))?)`),
    errorType: 'imported and not used',
    category: 'syntax',
    priority: 10,
    summary: (c) => `The package "${c.pkg ?? c.oldPkg}" is imported but not used${at(c)}.`,
    explanation: (c) => `Go treats unused imports as compile errors to keep dependencies explicit. Nothing in this file refers to ${c.alias ?? c.oldAlias ?? (c.pkg ?? c.oldPkg ?? '').split('/').pop()}.`,
    causes: ['Import left over after removing code', 'Code using the package is commented out', 'The package identifier differs from the last path element and is used under another name'],
    fixes: (c) => [
      fix('Remove the import or run goimports', ['Delete the line, or let goimports/gopls manage imports on save.', 'Use a blank import only when the package is needed for its side effects.'], `import _ "${c.pkg ?? c.oldPkg}" // only for init() side effects`),
    ],
    references: [ref('Go FAQ: unused variables and imports', 'https://go.dev/doc/faq#unused_variables_and_imports'), ref('goimports', 'https://pkg.go.dev/golang.org/x/tools/cmd/goimports')],
    samples: ['./main.go:5:2: "os" imported and not used', 'main.go:9: "runtime" imported but not used', './db.go:7:2: "github.com/lib/pq" imported as pq and not used', '# example.com/tools\n./cmd/sync.go:4: imported and not used: "errors"'],
  },
  {
    id: 'go.undefined',
    language: 'go',
    // gc: "undefined: x"; go/types (golangci-lint typecheck, gopls, old vet): "undeclared name: x",
    // "X not declared by package p"; old gc: "undefined: p.X".
    match: rx(GO_LOC, String.raw`(?:undefined: (?<name>[\w.]{1,200})|undeclared name: (?<undeclared>\w{1,200})|(?<member>\w{1,200}) not declared by package (?<pkg>[\w./-]{1,200}))`),
    errorType: 'undefined',
    category: 'name',
    priority: 10,
    summary: (c) => `The name '${c.name ?? c.undeclared ?? `${c.pkg}.${c.member}`}' is not defined${at(c)}.`,
    explanation: (c) => {
      if (c.member) return `The package ${c.pkg} has no exported ${c.member} in the version being compiled. Either the name is misspelled, or it only exists in a newer version of the package${c.pkg === 'unsafe' || /^[a-z]+$/.test(c.pkg ?? '') ? ' - for a standard-library package that means a newer Go release than the toolchain (or the linter built with it) in use' : ''}.`;
      const name = c.name ?? c.undeclared ?? '';
      const pkgHint = name.includes('.') ? ` '${name.split('.')[0]}' is a package name: the package is not imported, or '${name.split('.')[1]}' is not exported from it (exported names start with an upper-case letter).` : '';
      return `The compiler cannot find '${name}' in scope.${pkgHint} If the declaration is in another file of the same package, build the whole package (go run . / go build ./...) instead of a single file (go run main.go).`;
    },
    causes: ['Typo or wrong capitalisation (exported names start with upper case)', 'Declaration in another file, but only one file was passed to go run', 'Missing import, or a build tag excludes the file that declares it', 'Variable declared in an inner scope'],
    fixes: (c) =>
      c.member
        ? [
            fix(`Check that ${c.pkg}.${c.member} exists in the version you build with`, [`Look up ${c.member} in the documentation of ${c.pkg} for your version.`, 'Upgrade the dependency (go get) or the Go toolchain / golangci-lint so that it knows the name, or stop using it.'], 'go version\ngolangci-lint version\ngo get -u ./...'),
          ]
        : [
            fix('Build the whole package', [`Find where ${c.name ?? c.undeclared} should be declared; if it is in another file of the package, run go run . or go build ./... so all files are compiled.`], 'go run .'),
            fix('Import or export the name', [`Add the import that provides ${c.name ?? c.undeclared}, or rename the declaration to start with an upper-case letter to export it.`]),
          ],
    references: [ref('The Go Programming Language Specification: Declarations and scope', 'https://go.dev/ref/spec#Declarations_and_scope'), ref('The Go Programming Language Specification: Exported identifiers', 'https://go.dev/ref/spec#Exported_identifiers')],
    samples: [
      '# command-line-arguments\n./main.go:12:9: undefined: NewServer',
      './api.go:30:14: undefined: http.StatusTeapotX',
      '../../go/src/runtime/heapdump.go:159:37: StringData not declared by package unsafe (typecheck)\n        dumpmemrange(unsafe.Pointer(unsafe.StringData(s)), uintptr(len(s)))',
      'pkg/store/cache.go:41:9: undeclared name: newLRU (typecheck)',
    ],
  },
  {
    id: 'go.no-field-or-method',
    language: 'go',
    match: rx(GO_LOC, String.raw`(?<![^\s])(?<expr>[^\s]{1,200}) undefined \(type (?<type>[^\n)]{1,200}) has no field or method (?<member>\w{1,100})(?:, but does have (?:field |method )?(?<suggestion>\w{1,100}))?\)`),
    // Same compiler error family as "undefined: x" (the message says "x.y undefined").
    errorType: 'undefined',
    category: 'name',
    priority: 10,
    summary: (c) => `Type ${c.type} has no field or method ${c.member}${at(c)}.`,
    explanation: (c) =>
      `${c.expr} refers to ${c.member}, which ${c.type} does not have.${c.suggestion ? ` It does have ${c.suggestion} - names are case-sensitive and lower-case ones are unexported.` : ''} When the static type is an interface, only the interface's methods can be called, even if the dynamic value has more.`,
    causes: ['Typo or wrong capitalisation', 'Field is unexported (lower-case) in another package', 'Method defined on *T but called via an interface or value that lacks it', 'Using a different type than expected'],
    fixes: (c) => [fix('Use the correct member name', [c.suggestion ? `Use ${c.suggestion} instead of ${c.member} (${c.type} has ${c.suggestion}).` : `${c.type} has no ${c.member}: check its declaration for the right field or method name.`, 'Export the field (upper-case) if it must be used from another package.'])],
    references: [ref('The Go Programming Language Specification: Selectors', 'https://go.dev/ref/spec#Selectors')],
    samples: ['./main.go:15:7: u.name undefined (type User has no field or method name, but does have field Name)', './srv.go:22:4: s.Start undefined (type *Server has no field or method Start)'],
  },
  {
    id: 'go.cannot-use',
    language: 'go',
    // New form: cannot use x (variable of type T) as U value in argument to f; old form (before
    // Go 1.18): cannot use x (type T) as type U in argument to f, where T may contain parentheses.
    match: rx(GO_LOC, String.raw`cannot use (?<expr>[^\n]{1,160}?) \((?<desc>(?:variable|value|constant|struct field|type|untyped|func|map|chan|\[|\*|nil|[\w.]{1,40} of)[^\n]{0,240}?)\) as (?:type )?(?<to>[^\n]{1,240}?)(?: value)? in (?<context>[^\n:]{1,200})(?::(?:\n\t| )(?<reason>[^\n]{1,300}))?$`),
    errorType: 'cannot use',
    category: 'type',
    priority: 10,
    summary: (c) => `${c.expr} (${c.desc}) cannot be used as ${c.to} in ${c.context?.trim()}${at(c)}.`,
    explanation: (c) => {
      if (c.reason && /does not implement/.test(c.reason)) {
        return `The value does not satisfy the interface: ${c.reason}.${/pointer receiver/.test(c.reason) ? ' The method is defined on the pointer type, so pass &value instead of value.' : ''}`;
      }
      return `Go has no implicit conversions between named types: a value of ${c.desc.replace(/^(variable|value|constant|struct field) of (type )?|^type /, '')} is not assignable to ${c.to}.${/vendor\//.test(`${c.desc} ${c.to}`) ? ' Here the same type exists twice, once from a vendor/ directory: two copies of one package are two different types.' : ''} Convert explicitly (e.g. int64(x), string(b), strconv.Itoa(n)) or change one of the types.`;
    },
    causes: ['Different numeric types (int vs int64 vs float64)', 'Value vs pointer (T vs *T)', 'Type does not implement the interface (often because methods have pointer receivers)', 'string vs []byte, or a named type vs its underlying type'],
    fixes: (c) => [
      c.reason && /pointer receiver/.test(c.reason)
        ? fix('Pass a pointer', ['Use &value so the method set includes the pointer-receiver methods.'], 'var s Speaker = &Dog{}')
        : fix('Convert explicitly', ['Use a conversion for numeric/named types, strconv for string/number, or change the declared type.'], 'var total int64 = int64(count)\nlabel := strconv.Itoa(n)'),
    ],
    references: [ref('The Go Programming Language Specification: Assignability', 'https://go.dev/ref/spec#Assignability'), ref('The Go Programming Language Specification: Conversions', 'https://go.dev/ref/spec#Conversions')],
    samples: [
      './main.go:14:17: cannot use count (variable of type int) as int64 value in argument to store.Save',
      './zoo.go:20:20: cannot use d (variable of type Dog) as Speaker value in variable declaration: Dog does not implement Speaker (method Speak has pointer receiver)',
      'src/github.com/acme/client/go/teams/handler.go:19: cannot use func literal (type func("context".Context, int) error) as type func("github.com/acme/client/go/vendor/golang.org/x/net/context".Context, int) error in argument to RetryOnSeqnoError',
      '../../tendermint/proxy/app_conn.go:143: cannot use tx (type []byte) as type "github.com/tendermint/tendermint/vendor/github.com/tendermint/abci/types".RequestQuery in argument to app.appConn.QuerySync',
    ],
  },
  {
    id: 'go.mismatched-types',
    language: 'go',
    match: rx(GO_LOC, String.raw`invalid operation: (?<expr>[^\n]{1,300}?) \(mismatched types (?<left>[^\n]{1,100}?) and (?<right>[^\n)]{1,100})\)`),
    errorType: 'mismatched types',
    category: 'type',
    priority: 10,
    summary: (c) => `An operation mixes ${c.left} and ${c.right}${at(c)}.`,
    explanation: (c) => `Both operands of a binary operator (${c.expr}) must have identical types in Go; there is no automatic promotion between ${c.left} and ${c.right}. Convert one side explicitly.`,
    causes: ['Mixing int with int64/float64 or time.Duration', 'Comparing a named type with its underlying type'],
    fixes: (c) => [fix('Convert one operand', [`Convert to a common type, e.g. ${c.right}(x) or ${c.left}(y).`], 'elapsed := time.Duration(seconds) * time.Second\nratio := float64(done) / float64(total)')],
    references: [ref('The Go Programming Language Specification: Operators', 'https://go.dev/ref/spec#Operators')],
    samples: ['./calc.go:11:12: invalid operation: total / count (mismatched types float64 and int)'],
  },
  {
    id: 'go.missing-return',
    language: 'go',
    match: rx(GO_LOC, String.raw`missing return(?![ \w])`),
    errorType: 'missing return',
    category: 'syntax',
    priority: 10,
    summary: (c) => `A function with result values can reach its end without a return statement${at(c)}.`,
    explanation: 'Functions that declare results must end in a terminating statement (return, panic, an infinite for, or a complete if/else or switch with default where every branch terminates). The compiler does not analyse conditions, so an if without else at the end counts as missing.',
    causes: ['Final return missing after an if/switch', 'switch without default', 'Loop with a condition instead of an infinite for'],
    fixes: [fix('Add a final return (or panic)', ['Return a value and/or an error at the end of the function.'], 'func find(id int) (*User, error) {\n    for _, u := range users {\n        if u.ID == id {\n            return u, nil\n        }\n    }\n    return nil, fmt.Errorf("user %d not found", id)\n}')],
    references: [ref('The Go Programming Language Specification: Terminating statements', 'https://go.dev/ref/spec#Terminating_statements')],
    samples: ['./users.go:19:1: missing return'],
  },
  {
    id: 'go.assignment-mismatch',
    language: 'go',
    match: rx(GO_LOC, String.raw`assignment mismatch: (?<left>\d{1,3}) variables? but (?<right>[^\n]{1,200}?) returns? (?<count>\d{1,3}) values?`),
    errorType: 'assignment mismatch',
    category: 'type',
    priority: 10,
    summary: (c) => `${c.left} variable(s) on the left, but ${c.right} returns ${c.count} value(s)${at(c)}.`,
    explanation: (c) => `The number of variables must equal the number of results. ${c.right} returns ${c.count}.${Number(c.count) > Number(c.left) ? ' Most likely it also returns an error that must be received: v, err := ...' : ' It does not return an error here, so drop the extra variable.'}`,
    causes: ['Forgetting the error result (v := f() instead of v, err := f())', 'Expecting an error from a function that does not return one'],
    fixes: [fix('Match the number of results', ['Receive every result; use _ for ones you deliberately ignore.'], 'f, err := os.Open(name)\nif err != nil {\n    return err\n}')],
    references: [ref('The Go Programming Language Specification: Assignment statements', 'https://go.dev/ref/spec#Assignment_statements')],
    samples: ['./main.go:10:7: assignment mismatch: 1 variable but os.Open returns 2 values'],
  },
  {
    id: 'go.wrong-argument-count',
    language: 'go',
    match: rx(GO_LOC, String.raw`(?<kind>not enough|too many) arguments in call to (?<func>[^\n]{1,200})(?:\n\t+have \((?<have>[^\n]{0,300})\)\n\t+want \((?<want>[^\n]{0,300})\))?`),
    errorType: (c) => `${c.kind ?? 'wrong number of'} arguments in call`,
    category: 'type',
    priority: 10,
    summary: (c) => `${c.kind === 'too many' ? 'Too many' : 'Not enough'} arguments in the call to ${c.func?.trim()}${at(c)}.`,
    explanation: (c) => `The call does not match the function signature.${c.want !== undefined ? ` It was called with (${c.have}) but the function wants (${c.want}).` : ''} Go has no default or optional parameters.`,
    causes: ['Signature changed (a parameter was added or removed)', 'Calling a method with an extra receiver argument', 'Expecting optional parameters'],
    fixes: (c) => [fix('Match the signature', [`Look up the declaration of ${c.func?.trim()} and pass exactly the parameters in its "want" line.`, 'For optional values use an options struct or variadic options.'])],
    references: [ref('The Go Programming Language Specification: Calls', 'https://go.dev/ref/spec#Calls')],
    samples: ['./main.go:21:18: not enough arguments in call to NewClient\n\thave (string)\n\twant (string, time.Duration)'],
  },
  {
    id: 'go.no-new-variables',
    language: 'go',
    match: rx(GO_LOC, String.raw`no new variables on left side of :=`),
    errorType: 'no new variables on left side of :=',
    category: 'syntax',
    priority: 10,
    summary: (c) => `':=' was used although every variable on the left already exists${at(c)}.`,
    explanation: 'The short variable declaration := must declare at least one new variable in the current scope. All variables on the left were already declared, so use plain assignment =.',
    causes: ['Re-using := for a second assignment to the same variable', 'Copy-pasted err := lines in the same scope'],
    fixes: [fix('Use = for re-assignment', [], 'err := step1()\n// ...\nerr = step2()')],
    references: [ref('The Go Programming Language Specification: Short variable declarations', 'https://go.dev/ref/spec#Short_variable_declarations')],
    samples: ['./main.go:18:6: no new variables on left side of :='],
  },

  // ---------------------------------------------------------------- modules and toolchain
  {
    id: 'go.no-required-module',
    language: 'go',
    match: /no required module provides package (?<pkg>[^\s;]{1,300})(?:; to add it:\s{1,20}go get (?<get>[^\s]{1,300}))?/,
    errorType: 'no required module provides package',
    category: 'dependency',
    priority: 10,
    summary: (c) => `The package ${c.pkg} is imported but no module in go.mod provides it.`,
    explanation: (c) => `The import path ${c.pkg} is not part of the main module and no dependency listed in go.mod contains it. Add the module (go get) or fix the import path${/^[a-z]+$/.test(c.pkg ?? '') ? ' - a single-word path like this is treated as a standard-library package, so it may be misspelled' : ''}.`,
    causes: ['Dependency not added to go.mod yet', 'Typo in the import path', 'Importing a local package with the wrong module prefix (check the module line of go.mod)'],
    fixes: (c) => [fix('Add the dependency', ['Run go get for the module, then go mod tidy.'], `go get ${c.get ?? c.pkg}\ngo mod tidy`)],
    references: [ref('Go Modules Reference: go get', 'https://go.dev/ref/mod#go-get'), ref('Tutorial: Create a Go module', 'https://go.dev/doc/tutorial/create-module')],
    samples: ['main.go:6:2: no required module provides package github.com/gorilla/mux; to add it:\n\tgo get github.com/gorilla/mux'],
  },
  {
    id: 'go.cannot-find-module',
    language: 'go',
    match: /(?:unknown import path "(?<path>[^"\n]{1,300})": )?cannot find module providing package (?<pkg>[^\s:]{1,300})/,
    errorType: 'cannot find module providing package',
    category: 'dependency',
    priority: 10,
    summary: (c) => `The go command could not find any module version that contains ${c.pkg}.`,
    explanation: (c) =>
      `Module mode tried to resolve the import ${c.pkg} by downloading the module that should contain it, and no version of that module provides this package. The import path may be misspelled or point to a sub-package that does not exist (in the latest version), the module may be private (not reachable through proxy.golang.org), or the network/GOPROXY settings block the download. Go 1.16+ reports most of these cases as "no required module provides package".`,
    causes: ['Typo or outdated import path (package moved or removed in newer versions)', 'Private repository without GOPRIVATE / credentials', 'Network or GOPROXY/GOFLAGS=-mod=vendor settings preventing the download', 'Very old Go version with incomplete module support'],
    fixes: (c) => [
      fix('Check the path and fetch an explicit version', ['Open the import path in a browser or on pkg.go.dev to check it exists.', 'Request the module explicitly, then tidy.'], `go get ${c.pkg}@latest\ngo mod tidy`),
      fix('For private modules', ['Tell the go command not to use the public proxy and checksum DB for them.'], 'go env -w GOPRIVATE=github.com/your-org/*'),
    ],
    references: [ref('Go Modules Reference: Resolving a package to a module', 'https://go.dev/ref/mod#resolve-pkg-mod'), ref('Go Modules Reference: Private modules', 'https://go.dev/ref/mod#private-modules')],
    samples: ['phys/phys.go:4:2: unknown import path "github.com/example/geo/v3/proj": cannot find module providing package github.com/example/geo/v3/proj'],
  },
  {
    id: 'go.missing-go-sum',
    language: 'go',
    match: /missing go\.sum entry for module providing package (?<pkg>[^\s;(]{1,300})|(?:go: (?<module>[^\s@:]{1,300})@[^\s:]{1,100}: )?missing go\.sum entry(?: for go\.mod file)?|go: updates to go\.mod needed/,
    errorType: 'missing go.sum entry',
    category: 'dependency',
    priority: 10,
    summary: (c) => `go.mod and go.sum are out of date${c.pkg ?? c.module ? ` for ${c.pkg ?? c.module}` : ''}.`,
    explanation: 'go.sum holds checksums for every module the build needs. A dependency was added, changed or removed (or go.mod edited by hand) without updating go.sum/go.mod, and the go command refuses to update them implicitly.',
    causes: ['go.mod edited manually', 'go.sum not committed or merged incorrectly', 'New import added without go get / go mod tidy'],
    fixes: (c) => [
      fix(
        'Tidy the module files',
        [c.pkg ?? c.module ? `Record the checksums for ${c.pkg ?? c.module}: run go mod tidy (or go get ${c.pkg ?? c.module}) in the module root.` : 'Run go mod tidy in the module root.', 'Commit go.mod and go.sum together; in Docker builds copy both before go mod download.'],
        c.pkg ?? c.module ? `go get ${c.pkg ?? c.module}\ngo mod tidy` : 'go mod tidy',
      ),
    ],
    references: [ref('Go Modules Reference: go.sum files', 'https://go.dev/ref/mod#go-sum-files'), ref('Go Modules Reference: go mod tidy', 'https://go.dev/ref/mod#go-mod-tidy')],
    samples: [
      'main.go:7:2: missing go.sum entry for module providing package github.com/joho/godotenv (imported by example.com/app); to add:\n\tgo get example.com/app',
      'go: updates to go.mod needed; to update it:\n\tgo mod tidy',
      'go: github.com/spf13/cobra@v1.8.0: missing go.sum entry for go.mod file; to add it:\n\tgo mod download github.com/spf13/cobra',
    ],
  },
  {
    id: 'go.no-go-mod',
    language: 'go',
    match: /go: (?:go\.mod file not found in current directory or any parent directory|cannot find main module)|directory prefix \. does not contain main module/,
    // Go 1.16+ words it "go.mod file not found"; the condition (and its label) is older Go's "cannot find main module".
    errorType: 'cannot find main module',
    category: 'configuration',
    priority: 10,
    summary: 'The go command found no go.mod, so there is no module to build.',
    explanation: 'Since Go 1.16 module mode is the default: the go command looks for go.mod in the current directory and its parents. You are outside the project directory, or the project has not been initialised as a module yet.',
    causes: ['Running go build/run/test outside the project folder', 'New project without go mod init', 'Workspace with several modules opened at the wrong root (use go.work)'],
    fixes: [
      fix('Initialise a module or cd into it', ['cd to the directory containing go.mod, or create one.'], 'go mod init example.com/myapp\ngo mod tidy'),
      fix('For multi-module repositories', ['Create a go.work file at the root with go work init ./svc-a ./svc-b.']),
    ],
    references: [ref('Tutorial: Create a Go module', 'https://go.dev/doc/tutorial/create-module'), ref('How to Write Go Code', 'https://go.dev/doc/code')],
    samples: ["go: go.mod file not found in current directory or any parent directory; see 'go help modules'", 'go: cannot find main module, but found .git/config in /home/dev/app\n\tto create a module there, run:\n\tgo mod init'],
  },
  {
    id: 'go.multiple-packages',
    language: 'go',
    match: /found packages (?<pkgA>\w{1,100}) \((?<fileA>[^)\n]{1,200})\) and (?<pkgB>\w{1,100}) \((?<fileB>[^)\n]{1,200})\) in (?<dir>[^\n]{1,400})/,
    errorType: 'found packages in one directory',
    category: 'build',
    priority: 10,
    summary: (c) => `The directory ${c.dir} contains two packages: ${c.pkgA} and ${c.pkgB}.`,
    explanation: (c) => `All .go files in one directory must declare the same package name (except _test packages). ${c.fileA} says 'package ${c.pkgA}' while ${c.fileB} says 'package ${c.pkgB}'.`,
    causes: ['A file copied from another package', 'Separate programs placed in one folder', 'Typo in the package clause'],
    fixes: [fix('One package per directory', ['Rename the package clause, or move one file into its own directory (e.g. cmd/tool/main.go).'])],
    references: [ref('How to Write Go Code: Code organization', 'https://go.dev/doc/code')],
    samples: ['found packages main (main.go) and utils (utils.go) in /home/dev/app'],
  },

  {
    id: 'go.checksum-mismatch',
    language: 'go',
    // Go 1.16+ names the module first: "go: m@v: verifying module: checksum mismatch" (or "verifying go.mod").
    match: /verifying (?<module>[^\s@:]{1,300})@(?<version>[^\s:]{1,100}?)(?<gomod>\/go\.mod)?: checksum mismatch|(?<![^\s])(?<module2>[^\s@:]{1,300})@(?<version2>[^\s:]{1,100}): verifying (?:module|(?<gomod2>go\.mod)): checksum mismatch/,
    errorType: 'checksum mismatch',
    category: 'dependency',
    priority: 12,
    summary: (c) => `The downloaded ${moduleOf(c)}@${versionOf(c)}${(c.gomod ?? c.gomod2) ? ' go.mod' : ''} does not match the checksum recorded in go.sum (or the checksum database).`,
    explanation: (c) =>
      `The go command verifies every module against go.sum and sum.golang.org. The bytes of ${moduleOf(c)}@${versionOf(c)} differ from the recorded hash: the tag was moved or re-created after it was first fetched (common for private or re-released repositories), a proxy or module cache served a corrupted copy, or go.sum was edited or merged wrongly. Go refuses to build with it ("SECURITY ERROR") rather than silently trusting new content.`,
    causes: ['The module author force-pushed or re-created the tag', 'Corrupted module cache or a caching proxy serving an old copy', 'go.sum merged or edited by hand', 'A private module checked against the public checksum database'],
    fixes: (c) => [
      fix(
        `Refresh ${moduleOf(c)} and its go.sum lines`,
        [`Remove the ${moduleOf(c)} lines from go.sum, clean the module cache and download ${versionOf(c)} again.`, `If the ${versionOf(c)} tag really changed upstream, prefer a new version over accepting the moved tag.`],
        `go clean -modcache\nsed -i '/^${moduleOf(c)?.replace(/[/.]/g, (ch) => `\\${ch}`)} /d' go.sum\ngo mod tidy`,
      ),
      fix('Private modules: bypass the public checksum database', [`Mark ${moduleOf(c)} as private so sum.golang.org and proxy.golang.org are not consulted for it.`], `go env -w GOPRIVATE=${moduleOf(c)?.split('/').slice(0, 2).join('/')}/*`),
    ],
    references: [ref('Go Modules Reference: Authenticating modules', 'https://go.dev/ref/mod#authenticating'), ref('Go Modules Reference: go.sum files', 'https://go.dev/ref/mod#go-sum-files')],
    samples: [
      "go mod download\nverifying go.uber.org/dig@v1.16.0: checksum mismatch\n\tdownloaded: h1:UvbC1KUaQKx6MQTALcKanqRuPQRX7Tnt1iIYZHH2shk=\n\tgo.sum:     h1:O48QoUEj4ePocypAIE5jz+SrxVdG/izHM1CZ/Yjrwww=\n\nSECURITY ERROR\nThis download does NOT match an earlier download recorded in go.sum.",
      'go: github.com/acme/lib@v1.2.0: verifying github.com/acme/lib@v1.2.0/go.mod: checksum mismatch\n\tdownloaded: h1:abc=\n\tsum.golang.org: h1:def=',
    ],
  },
  {
    id: 'go.ambiguous-import',
    language: 'go',
    match: /ambiguous import: found package (?<pkg>[^\s:]{1,300}) in multiple modules(?::\s{1,40}(?<moduleA>[^\s]{1,300}) [^\n]{0,300}\n\s{0,40}(?<moduleB>[^\s]{1,300}) )?/,
    errorType: 'ambiguous import',
    category: 'dependency',
    priority: 12,
    summary: (c) => `The import ${c.pkg} is provided by more than one module in the build.`,
    explanation: (c) =>
      `Two modules in the dependency graph both contain the package ${c.pkg}${c.moduleA ? ` (${c.moduleA} and ${c.moduleB})` : ''}. This happens when a repository later split a sub-directory into its own module (or merged it back): an old version of the parent module still contains the directory, and a new version of the nested module provides it too. The go command cannot choose.`,
    causes: ['A sub-directory of a repository became its own module (or stopped being one)', 'go get -u upgraded only one of the two modules', 'A dependency pins an old version of the parent module'],
    fixes: (c) => [
      fix(
        'Make only one module provide the package',
        [`Upgrade the parent module to a version that no longer contains ${c.pkg} (or drop the nested module).`, 'Then tidy; go mod why -m shows who requires the old one.'],
        `${c.moduleA ? `go get ${c.moduleA}@latest\n` : ''}go mod tidy\ngo mod why -m ${c.moduleA ?? c.pkg}`,
      ),
      fix('Exclude the offending version', ['Add an exclude directive for the old version of the parent module in go.mod.']),
    ],
    references: [ref('Go Modules Reference: Resolving a package to a module', 'https://go.dev/ref/mod#resolve-pkg-mod'), ref('Go Modules Reference: exclude directive', 'https://go.dev/ref/mod#go-mod-file-exclude')],
    samples: [
      'github.com/acme/app/timeutils imports\n\tgithub.com/hyperjumptech/jiffy imports\n\tgithub.com/antlr/antlr4/runtime/Go/antlr: ambiguous import: found package github.com/antlr/antlr4/runtime/Go/antlr in multiple modules:\n\tgithub.com/antlr/antlr4 v0.0.0-20200124162019-2d7f727a00b7 (/root/go/pkg/mod/github.com/antlr/antlr4@v0.0.0-20200124162019-2d7f727a00b7/runtime/Go/antlr)\n\tgithub.com/antlr/antlr4/runtime/Go/antlr v0.0.0-20210930093333-01de314d7883 (/root/go/pkg/mod/github.com/antlr/antlr4/runtime/!go/antlr@v0.0.0-20210930093333-01de314d7883)',
      'main.go:5:2: ambiguous import: found package github.com/ugorji/go/codec in multiple modules:\n\tgithub.com/ugorji/go v1.1.4 (/go/pkg/mod/github.com/ugorji/go@v1.1.4/codec)\n\tgithub.com/ugorji/go/codec v1.2.7 (/go/pkg/mod/github.com/ugorji/go/codec@v1.2.7)',
    ],
  },
  {
    id: 'go.version-too-old',
    language: 'go',
    // go 1.21+: "go.mod requires go >= 1.22 (running go 1.21.5; GOTOOLCHAIN=local)"; older
    // toolchains: "note: module requires Go 1.21", "invalid go version '1.21.0': must match
    // format 1.23", "go.mod file indicates go 1.21, but maximum version supported by tidy is
    // 1.20", and the -lang check "requires go1.18 or later (-lang was set to go1.17; check go.mod)".
    match:
      /(?<![^\s])(?:(?<module>[^\s:@]{1,300})@[^\s:]{1,100}: )?(?:go\.mod )?requires go >= ?(?<version>[\d.]{1,20}\w{0,10}) \(running go (?<running>[\d.]{1,20}\w{0,10})|note: module requires Go (?<version2>[\d.]{1,20})|invalid go version '(?<version3>[\d.]{1,20})': must match format|go\.mod file indicates go (?<version4>[\d.]{1,20}), but maximum (?:version )?supported (?:by tidy )?(?:version )?is (?<running4>[\d.]{1,20})|requires go(?<version5>[\d.]{1,20}) or later \(-lang was set to go(?<lang>[\d.]{1,20}); check go\.mod\)/,
    errorType: 'go version too old',
    category: 'configuration',
    priority: 12,
    summary: (c) =>
      c.lang
        ? `The code needs Go ${c.version5} language features, but go.mod declares go ${c.lang}.`
        : `The module needs Go ${c.version ?? c.version2 ?? c.version3 ?? c.version4} or newer${c.running ?? c.running4 ? `, but go ${c.running ?? c.running4} is running` : ', which is newer than the toolchain in use'}.`,
    explanation: (c) =>
      c.lang
        ? `The go directive in go.mod sets the language version (-lang=go${c.lang}); features from Go ${c.version5} (generics, any, range over int...) are rejected below it even when the toolchain itself is new enough.`
        : `The go line in go.mod${c.module ? ` of ${c.module}` : ''} asks for a newer Go release than the installed toolchain. Go 1.21+ can download the newer toolchain itself (GOTOOLCHAIN=auto); with GOTOOLCHAIN=local, an older Go, a pinned CI image or a Docker base image (golang:1.xx) it stops here. Older releases print confusing compile errors and then "note: module requires Go x".`,
    causes: ['The Docker base image / CI setup-go version is older than the go line in go.mod', 'GOTOOLCHAIN=local prevents the automatic toolchain download', 'A dependency upgrade raised the required Go version', 'An editor or linter (golangci-lint) built with an older Go'],
    fixes: (c) => {
      const need = c.version ?? c.version2 ?? c.version3 ?? c.version4 ?? c.version5 ?? '';
      return c.lang
        ? [fix('Raise the go directive', [`Set the go line in go.mod to at least ${need}.`], `go mod edit -go=${need}\ngo mod tidy`)]
        : [
            fix(`Use Go ${need} or newer`, [`Install Go ${need}+ (or let GOTOOLCHAIN=auto fetch it), and update the CI / Docker image.`, 'Check with go version which toolchain actually runs.'], `go version\n# Dockerfile\nFROM golang:${need.split('.').slice(0, 2).join('.')}\n# GitHub Actions\n- uses: actions/setup-go@v5\n  with:\n    go-version-file: go.mod`),
            fix('Or stay on the old toolchain', [`Downgrade the dependency${c.module ? ` ${c.module}` : ''} that raised the requirement, and keep the go line in go.mod at the version you use.`]),
          ];
    },
    references: [ref('Go Toolchains', 'https://go.dev/doc/toolchain'), ref('Go Modules Reference: go directive', 'https://go.dev/ref/mod#go-mod-file-go')],
    samples: [
      'go: go.mod requires go >= 1.22.0 (running go 1.21.5; GOTOOLCHAIN=local)',
      'go: github.com/acme/lib@v1.4.0: requires go >= 1.23 (running go 1.21.13; GOTOOLCHAIN=local)',
      '# github.com/acme/app/internal\ninternal/set.go:12:9: undefined: slices.Contains\nnote: module requires Go 1.21',
      "go: errors parsing go.mod:\n/src/go.mod:3: invalid go version '1.21.0': must match format 1.23",
      './pkg/list.go:8:10: type parameter requires go1.18 or later (-lang was set to go1.17; check go.mod)',
    ],
  },
  {
    id: 'go.not-in-goroot',
    language: 'go',
    match: /package (?<pkg>[\w./-]{1,200}) is not in (?<where>GOROOT|std) \((?<dir>[^)\n]{1,400})\)/,
    errorType: (c) => (NEW_STD.has(c.pkg ?? '') ? 'go version too old' : `package is not in ${c.where}`),
    category: 'dependency',
    priority: 11,
    summary: (c) => `The import ${c.pkg} was looked up in the standard library and not found there.`,
    explanation: (c) =>
      NEW_STD.has(c.pkg ?? '')
        ? `${c.pkg} is a standard-library package added in a newer Go release than the toolchain in use (${c.dir} does not exist). Upgrade Go.`
        : `An import path without a dot in its first element is treated as a standard-library package. ${c.pkg} is not one: it is misspelled, it is a package of your own module imported without the module path, or the code is built outside module mode (GO111MODULE=off / no go.mod).`,
    causes: ['A standard-library package from a newer Go release (slices, maps, cmp, log/slog, iter)', 'A local package imported without the module path prefix', 'Building outside the module (no go.mod, GO111MODULE=off)'],
    fixes: (c) => [
      NEW_STD.has(c.pkg ?? '')
        ? fix(`Upgrade Go to a release that has ${c.pkg}`, ['slices/maps: Go 1.21, cmp: 1.21, log/slog: 1.21, iter: 1.23. Update the CI / Docker image too.'], 'go version')
        : fix(`Import ${c.pkg} with its full module path`, [`Use the module path from go.mod as prefix, e.g. example.com/app/${c.pkg}.`, 'Run go mod init if the project has no go.mod.'], `import "example.com/app/${c.pkg}"`),
    ],
    references: [ref('How to Write Go Code: Importing packages from your module', 'https://go.dev/doc/code#ImportingLocal'), ref('Go Toolchains', 'https://go.dev/doc/toolchain')],
    samples: ['main.go:4:2: package slices is not in GOROOT (/usr/local/go/src/slices)', 'cmd/main.go:6:2: package internal/config is not in std (/usr/lib/go/src/internal/config)'],
  },
  {
    id: 'go.inconsistent-vendoring',
    language: 'go',
    match: /go: inconsistent vendoring in (?<dir>[^\n:]{1,400}):(?:\s{1,20}(?<module>[^\s@]{1,300})@(?<version>[^\s:]{1,100}): )?/,
    errorType: 'inconsistent vendoring',
    category: 'dependency',
    priority: 10,
    summary: (c) => `vendor/modules.txt does not match go.mod in ${c.dir}.`,
    explanation: (c) => `The project has a vendor directory, so the go command builds from it - but go.mod lists different requirements${c.module ? ` (e.g. ${c.module}@${c.version})` : ''} than vendor/modules.txt. go.mod was changed without re-vendoring.`,
    causes: ['go.mod edited or dependencies upgraded without go mod vendor', 'vendor/ not committed or out of date after a merge'],
    fixes: (c) => [fix('Re-vendor, or stop vendoring', [`Run go mod vendor in ${c.dir}${c.module ? ` so ${c.module} is vendored at ${c.version}, the version in go.mod` : ''}, or delete vendor/ (or build with -mod=mod).`], 'go mod tidy\ngo mod vendor')],
    references: [ref('Go Modules Reference: Vendoring', 'https://go.dev/ref/mod#vendoring')],
    samples: ["go: inconsistent vendoring in /home/dev/app:\n\tgithub.com/spf13/cobra@v1.8.0: is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt\n\n\tTo ignore the vendor directory, use -mod=readonly or -mod=mod.\n\tTo sync the vendor directory, run:\n\t\tgo mod vendor"],
  },
  {
    id: 'go.module-path-mismatch',
    language: 'go',
    match: /module declares its path as: (?<declared>[^\s]{1,300})\s{1,40}but was required as: (?<required>[^\s]{1,300})/,
    errorType: 'module declares its path',
    category: 'dependency',
    priority: 10,
    summary: (c) => `The module's go.mod says ${c.declared}, but it was required as ${c.required}.`,
    explanation: (c) => `A module can only be imported under the path in its own module line. The repository fetched as ${c.required} declares itself ${c.declared}: it was renamed or moved (e.g. a GitHub user/org rename or case change), or it is a fork that kept the original module path.`,
    causes: ['The upstream project renamed its module path', 'Using a fork by its own URL while its go.mod keeps the original path', 'Import path case differs from the declared one'],
    fixes: (c) => [
      fix(`Import ${c.declared}`, [`Replace ${c.required} with ${c.declared} in imports and go.mod.`], `go get ${c.declared}`),
      fix('For forks: use a replace directive', [], `go mod edit -replace ${c.declared}=${c.required}@latest`),
    ],
    references: [ref('Go Modules Reference: replace directive', 'https://go.dev/ref/mod#go-mod-file-replace')],
    samples: ['go: github.com/Acme/Logger@v1.2.0: parsing go.mod:\n\tmodule declares its path as: github.com/acme/logger\n\t        but was required as: github.com/Acme/Logger'],
  },
  {
    id: 'go.unknown-revision',
    language: 'go',
    match: /(?<![^\s'"])(?<module>[^\s@:'"]{1,300})@(?<version>[^\s:]{1,100}): (?:invalid version: )?unknown revision (?<revision>[^\s]{1,100})/,
    errorType: 'unknown revision',
    category: 'dependency',
    priority: 10,
    summary: (c) => `The version ${c.version} of ${c.module} does not exist in its repository.`,
    explanation: (c) => `The go command asked the repository of ${c.module} (directly or through GOPROXY) for ${c.revision}, and there is no such tag, branch or commit - it was never pushed, deleted, or the repository is private and the proxy cannot see it.`,
    causes: ['The tag was not pushed or was deleted', 'A typo in the version in go.mod', 'A private repository fetched through proxy.golang.org'],
    fixes: (c) => [
      fix(`Require an existing version of ${c.module}`, [`${c.version} does not exist: list the available versions and pick one (or push the missing tag).`], `go list -m -versions ${c.module}\ngo get ${c.module}@latest`),
      fix('Private repositories', ['Set GOPRIVATE so the go command fetches the repository directly with your git credentials.'], `go env -w GOPRIVATE=${c.module?.split('/').slice(0, 2).join('/')}/*`),
    ],
    references: [ref('Go Modules Reference: Version queries', 'https://go.dev/ref/mod#version-queries'), ref('Go Modules Reference: Private modules', 'https://go.dev/ref/mod#private-modules')],
    samples: ['go: github.com/acme/sdk@v1.4.2: invalid version: unknown revision v1.4.2'],
  },
  {
    id: 'go.cgo-compiler-not-found',
    language: 'go',
    match: /cgo: (?:C compiler "(?<compiler>[^"\n]{1,100})" not found|exec (?<compiler2>[^\s:]{1,100}): exec: "[^"\n]{1,100}": executable file not found in [$%]PATH%?)/,
    errorType: 'C compiler not found',
    category: 'build',
    priority: 12,
    summary: (c) => `cgo needs a C compiler (${c.compiler ?? c.compiler2}), and none is installed.`,
    explanation: (c) =>
      `A package in the build uses cgo (import "C") - or runtime/cgo itself, which is the default when CGO_ENABLED=1 - so the go command runs the C compiler ${c.compiler ?? c.compiler2}. It is not on PATH: typical for slim Docker images (alpine, distroless), fresh CI runners and Windows without MinGW.`,
    causes: ['No gcc/clang in the build image (golang:alpine has none)', 'Windows without MinGW-w64/TDM-GCC on PATH', 'CGO_ENABLED=1 for a build that does not need cgo (e.g. a static binary)'],
    fixes: (c) => [
      fix(`Install ${c.compiler ?? c.compiler2}`, ['Install a C toolchain in the build environment.'], '# Debian/Ubuntu\napt-get install -y build-essential\n# Alpine\napk add --no-cache build-base\n# macOS\nxcode-select --install'),
      fix('Or build without cgo', ['If no dependency needs C (e.g. use modernc.org/sqlite instead of mattn/go-sqlite3), disable cgo for a static binary.'], 'CGO_ENABLED=0 go build ./...'),
    ],
    references: [ref('Package cgo (command)', 'https://pkg.go.dev/cmd/cgo')],
    samples: ['# runtime/cgo\ncgo: C compiler "gcc" not found: exec: "gcc": executable file not found in $PATH', '# github.com/mattn/go-sqlite3\ncgo: exec gcc: exec: "gcc": executable file not found in %PATH%'],
  },

  {
    id: 'go.cannot-find-package-gopath',
    language: 'go',
    // GOPATH mode (GO111MODULE=off, Go before 1.16 without go.mod): the package is in neither GOROOT nor GOPATH.
    match: /cannot find package "(?<pkg>[^"\n]{1,300})" in any of:/,
    errorType: 'cannot find package',
    category: 'dependency',
    priority: 10,
    summary: (c) => `The package ${c.pkg} is neither in GOROOT nor in any GOPATH directory.`,
    explanation: (c) => `The build runs in GOPATH mode (no go.mod, or GO111MODULE=off), where imports are looked up as directories under $GOROOT/src and $GOPATH/src. ${c.pkg} is not there: it was never fetched, the project is outside GOPATH, or the import path is wrong. Modern Go expects a go.mod instead.`,
    causes: ['The project has no go.mod (module mode would download the dependency)', 'GO111MODULE=off set in the environment or CI', 'The dependency was never fetched into GOPATH'],
    fixes: (c) => [
      fix('Use Go modules', [`Create a go.mod in the project root and let the go command fetch ${c.pkg}.`], `go mod init example.com/myapp\ngo get ${c.pkg}\ngo mod tidy`),
      fix('Check GO111MODULE', ['Unset GO111MODULE=off (go env -u GO111MODULE) unless the project really uses GOPATH.'], 'go env GO111MODULE GOPATH\ngo env -u GO111MODULE'),
    ],
    references: [ref('Go Modules Reference: GOPATH mode', 'https://go.dev/ref/mod#mod-commands'), ref('Tutorial: Create a Go module', 'https://go.dev/doc/tutorial/create-module')],
    samples: ['main.go:8:2: cannot find package "github.com/gorilla/mux" in any of:\n\t/usr/local/go/src/github.com/gorilla/mux (from $GOROOT)\n\t/home/dev/go/src/github.com/gorilla/mux (from $GOPATH)'],
  },
  {
    id: 'go.build-constraints-exclude',
    language: 'go',
    match: /build constraints exclude all Go files in (?<dir>[^\n]{1,400})/,
    errorType: 'build constraints exclude all Go files',
    category: 'build',
    priority: 10,
    summary: (c) => `No Go file in ${c.dir} is built for this platform or these build tags.`,
    explanation: (c) =>
      `Every .go file in ${c.dir} carries a build constraint (a //go:build line, or a _linux/_windows/_arm64 file-name suffix) that excludes the current GOOS/GOARCH/tags - or needs cgo while CGO_ENABLED=0. Typical cases: a Linux-only package built on Windows or macOS, cross-compiling (GOOS=...) a cgo package, or a package that needs a build tag.`,
    causes: ['Package only supports other operating systems or architectures', 'CGO_ENABLED=0 (or cross-compiling) with a package whose files all import "C"', 'Missing -tags for files guarded by a build tag'],
    fixes: (c) => [
      fix(`Check the constraints in ${c.dir}`, ['Look at the //go:build lines and file-name suffixes of the files there.', 'Build for a supported GOOS/GOARCH, add the needed -tags, or enable cgo with a C compiler for the target.'], 'go env GOOS GOARCH CGO_ENABLED\ngo list -f "{{.IgnoredGoFiles}}" ./...\nCGO_ENABLED=1 go build ./...'),
    ],
    references: [ref('Package go/build: Build Constraints', 'https://pkg.go.dev/go/build#hdr-Build_Constraints')],
    samples: ['package github.com/acme/tool/internal/netlink: build constraints exclude all Go files in /home/dev/go/pkg/mod/github.com/acme/tool/internal/netlink'],
  },
  {
    id: 'go.redeclared',
    language: 'go',
    match: rx(GO_LOC, String.raw`(?<name>\w{1,200}) redeclared in this block`),
    errorType: 'redeclared in this block',
    category: 'name',
    priority: 10,
    summary: (c) => `'${c.name}' is declared twice in the same scope${at(c)}.`,
    explanation: (c) => `Two declarations of ${c.name} exist at the same level - often in two different files of the same package (package-level names are shared by all files of the package), or a leftover copy of a file (main.go and main_old.go) in the directory.`,
    causes: ['Two files of the same package both declare the name (e.g. two func main in one directory)', 'A backup or generated copy of a file in the package directory', 'Variable declared twice with var in one function'],
    fixes: (c) => [fix(`Keep one declaration of ${c.name}`, [`The compiler prints "other declaration of ${c.name}" with the second location: rename or remove one of them.`, 'Move separate programs into their own directories (cmd/a/main.go, cmd/b/main.go).'])],
    references: [ref('The Go Programming Language Specification: Declarations and scope', 'https://go.dev/ref/spec#Declarations_and_scope')],
    samples: ['# example.com/app\n./util.go:7:6: parseFlags redeclared in this block\n\t./main.go:12:6: other declaration of parseFlags'],
  },
  {
    id: 'go.no-matching-versions',
    language: 'go',
    match: /(?:module (?<module>[^\s:]{1,300}): )?no matching versions for query "(?<query>[^"\n]{1,100})"/,
    errorType: 'no matching versions for query',
    category: 'dependency',
    priority: 10,
    summary: (c) => `No version of ${c.module ?? 'the module'} matches "${c.query}".`,
    explanation: (c) => `The go command listed the versions of ${c.module ?? 'the module'} (through GOPROXY or the repository) and none satisfies "${c.query}": the module path is wrong (it does not exist, or the package is a sub-directory of another module), the repository has no tagged release, or it is private and the proxy cannot see it.`,
    causes: ['Import path that is not a module root (the module is a parent path)', 'Typo in the path, or the repository was renamed/deleted', 'Private repository fetched through proxy.golang.org'],
    fixes: (c) => [
      fix(`Check the path of ${c.module ?? 'the module'}`, ['Look it up on pkg.go.dev; request a branch or commit if there are no tags.'], `go get ${c.module ?? 'example.com/mod'}@main`),
      fix('Private modules', ['Set GOPRIVATE for your organisation.'], 'go env -w GOPRIVATE=github.com/your-org/*'),
    ],
    references: [ref('Go Modules Reference: Version queries', 'https://go.dev/ref/mod#version-queries')],
    samples: ['go: module github.com/acme/internal-sdk: no matching versions for query "latest"'],
  },

  // ---------------------------------------------------------------- network and I/O errors
  {
    id: 'go.connection-reset',
    language: 'go',
    printedBy: GO_TOOLS,
    // net's "read tcp local->remote: read: connection reset by peer", "write: broken pipe";
    // Windows: "wsarecv: An existing connection was forcibly closed by the remote host."
    match: /(?<op>read|write) (?:tcp|tcp4|tcp6|unix) (?<local>[^\s>-]{1,300})->(?<remote>[^\s:]{1,255}:\d{1,5}|[^\s]{1,300}): (?:(?:read|write): (?<reason>connection reset by peer|broken pipe)|wsa(?:recv|send): (?<wsa>An existing connection was forcibly closed by the remote host))/,
    errorType: (c) => (c.reason === 'broken pipe' ? 'broken pipe' : 'connection reset by peer'),
    category: 'network',
    priority: 10,
    summary: (c) => `The peer ${c.remote} closed the connection while this side was ${c.op === 'read' ? 'reading' : 'writing'} (${c.reason ?? 'connection reset by peer'}).`,
    explanation: (c) =>
      `The other end (${c.remote}) aborted the TCP connection: it crashed or restarted, closed an idle keep-alive connection that this side then reused, hit its own timeout or body-size limit, or a proxy/load balancer/NAT in between dropped it.${c.reason === 'broken pipe' ? ' "broken pipe" means this side wrote after the peer had already closed.' : ''}`,
    causes: ['Server restarted or crashed mid-request', 'Idle keep-alive connection closed by the server or a load balancer and then reused', 'Request too large or too slow for the server/proxy limits'],
    fixes: (c) => [
      fix(`Check why ${c.remote} closed the connection`, ['Read the server or proxy logs at that time.', 'Retry idempotent requests; set client idle timeouts below the server/load-balancer idle timeout.'], 'transport := &http.Transport{IdleConnTimeout: 30 * time.Second}\nclient := &http.Client{Transport: transport, Timeout: 10 * time.Second}'),
    ],
    references: [ref('Package net/http: Transport', 'https://pkg.go.dev/net/http#Transport')],
    samples: ['read tcp 10.1.0.12:51544->10.1.0.40:5432: read: connection reset by peer', 'write tcp 172.17.0.3:8080->172.17.0.1:43210: write: broken pipe'],
  },
  {
    id: 'go.too-many-open-files',
    language: 'go',
    printedBy: GO_TOOLS,
    match: /(?<op>accept|accept4|open|socket|dial tcp|pipe)[^\n]{0,300}?: too many open files/,
    errorType: 'too many open files',
    category: 'io',
    priority: 10,
    summary: 'The process ran out of file descriptors (too many open files).',
    explanation: 'Every file, socket and pipe uses a file descriptor, and the process reached its limit (ulimit -n, often 1024). Either the limit is too low for the load, or descriptors leak: response bodies not closed (resp.Body.Close), files not closed, a new http.Client/Transport per request.',
    causes: ['resp.Body or files not closed', 'A new http.Transport per request (connections never reused)', 'Low ulimit -n for a busy server'],
    fixes: [fix('Close what you open and raise the limit if needed', ['defer resp.Body.Close() / f.Close() right after the error check.', 'Reuse one http.Client.', 'Raise the limit (ulimit -n, systemd LimitNOFILE, container ulimits).'], 'resp, err := client.Get(url)\nif err != nil {\n    return err\n}\ndefer resp.Body.Close()')],
    references: [ref('Package net/http: Client', 'https://pkg.go.dev/net/http#Client')],
    samples: ['2024/04/02 09:12:44 http: Accept error: accept tcp [::]:8080: accept4: too many open files; retrying in 1s'],
  },
  {
    id: 'go.connection-refused',
    language: 'go',
    printedBy: GO_TOOLS,
    // Windows reports it as "connectex: No connection could be made because the target machine
    // actively refused it." (WSAECONNREFUSED), in the system's language.
    match: /dial (?<proto>tcp|tcp4|tcp6|unix|udp) (?:(?<host>\[[0-9a-fA-F:.%\w]{1,60}\]|[^\s:[\]]{1,255}):(?<port>\d{1,5})|(?<socket>[^\s:]{1,300})): (?:connect: connection refused|connectex: (?:No connection could be made because the target machine actively refused it|[^\n]{0,120}?(?:积极拒绝|拒否|verweiger|refusée|denegó|recusou|отверг|거부|[Rr]ifiut)))/,
    errorType: 'connection refused',
    category: 'network',
    priority: 10,
    summary: (c) => `Nothing is listening on ${c.socket ?? `${c.host}:${c.port}`} (connection refused).`,
    explanation: (c) =>
      `The connection reached ${c.socket ? `the socket path ${c.socket}` : c.host}, but no process accepts connections ${c.socket ? 'there' : `on port ${c.port}`}. The service is not running, listens on a different port/interface, or - inside a container - 127.0.0.1/localhost is the container itself.${c.port === '5432' ? ' Port 5432 is PostgreSQL.' : c.port === '3306' ? ' Port 3306 is MySQL.' : c.port === '6379' ? ' Port 6379 is Redis.' : ''}`,
    causes: ['The server/database is not running yet (or crashed)', 'Wrong host or port in the configuration', 'localhost used inside Docker instead of the service name', 'Server listens only on another interface'],
    fixes: (c) => [
      fix('Check the service is up', [c.socket ? `Check that ${c.socket} exists and the server is running.` : `Run nc -vz ${c.host} ${c.port} from where the program runs.`, 'Start the service, or wait/retry until it is ready.']),
      fix('Use the right address in containers', ['Use the docker compose service name (e.g. db:5432) instead of localhost.']),
    ],
    references: [ref('Package net: Dial', 'https://pkg.go.dev/net#Dial')],
    samples: [
      'failed to connect to `host=127.0.0.1 user=app database=app`: dial error (dial tcp 127.0.0.1:5432: connect: connection refused)',
      'Get "http://localhost:8080/health": dial tcp [::1]:8080: connect: connection refused',
      '2022/09/13 17:33:21 C:/Users/dev/database/connect.go:19\n[error] failed to initialize database, got error dial tcp 127.0.0.1:3306: connectex: No connection could be made because the target machine actively refused it.',
      'dial tcp 127.0.0.1:6379: connectex: 由于目标计算机积极拒绝，无法连接。',
    ],
  },
  {
    id: 'go.connection-timed-out',
    language: 'go',
    printedBy: GO_TOOLS,
    // Linux: "connect: connection timed out" (ETIMEDOUT); Windows: "connectex: A connection attempt
    // failed because the connected party did not properly respond..." (WSAETIMEDOUT), localised.
    match: /dial (?<proto>tcp|tcp4|tcp6|udp) (?<host>\[[0-9a-fA-F:.%\w]{1,60}\]|[^\s:[\]]{1,255}):(?<port>\d{1,5}): (?:connect: connection timed out|connectex: (?:A connection attempt failed because the connected party did not properly respond|[^\n]{0,120}?(?:一段时间|一定の時間|Zeitspanne|certaine durée|periodo de tiempo|período de tempo|требуемое время|응답이 없어|intervallo di tempo)))/,
    errorType: 'connection timed out',
    category: 'network',
    priority: 10,
    summary: (c) => `The TCP connection to ${c.host}:${c.port} timed out: nothing answered.`,
    explanation: (c) =>
      `The connection attempt to ${c.host} port ${c.port} got no reply at all (not even a refusal) before the operating system gave up. Packets are being dropped on the way: a firewall, security group or proxy requirement, an unreachable network/VPN, or a host that is down. If it happened while the go command was downloading modules, proxy.golang.org / sum.golang.org is not reachable from this network.`,
    causes: ['Firewall or security group dropping the traffic', 'The network requires an HTTP proxy, or proxy.golang.org is blocked in this region', 'Wrong IP address (a host that does not exist on that network)', 'The server is down or overloaded'],
    fixes: (c) => [
      fix('Check reachability', [`From the same machine, test ${c.host}:${c.port} (nc -vz / Test-NetConnection).`, 'Check firewall rules, VPN and proxy settings (HTTPS_PROXY).'], `nc -vz ${c.host} ${c.port}\n# Windows\nTest-NetConnection ${c.host} -Port ${c.port}`),
      fix('Module downloads: use a reachable GOPROXY', ['If proxy.golang.org is blocked, point GOPROXY to a mirror you can reach (and keep direct as fallback).'], 'go env -w GOPROXY=https://goproxy.cn,direct'),
    ],
    references: [ref('Package net: Dial', 'https://pkg.go.dev/net#Dial'), ref('Go Modules Reference: GOPROXY protocol', 'https://go.dev/ref/mod#goproxy-protocol')],
    samples: [
      'go: github.com/gookit/color@v1.4.2: Get "https://proxy.golang.org/github.com/gookit/color/@v/v1.4.2.mod": dial tcp 172.217.163.49:443: connectex: 由于连接方在一段时间后没有正确答复或连接的主机没有反应，连接尝试失败。',
      'dial tcp 10.0.12.5:5432: connect: connection timed out',
      'Get "https://api.example.com/v1": dial tcp 203.0.113.10:443: connectex: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.',
    ],
  },
  {
    id: 'go.no-such-host',
    language: 'go',
    printedBy: GO_TOOLS,
    match: /dial (?:tcp|udp)\w{0,1}: lookup (?<host>[^\s:]{1,255})(?: on (?<dns>[^\s:]{1,100}(?::\d{1,5})?))?: no such host/,
    errorType: 'no such host',
    category: 'network',
    priority: 10,
    summary: (c) => `The host name '${c.host}' could not be resolved.`,
    explanation: (c) => `DNS lookup for '${c.host}'${c.dns ? ` (using the resolver ${c.dns})` : ''} returned no address. The name is misspelled, does not exist, or only resolves inside another network (Docker network, Kubernetes namespace, VPN).${c.dns && /127\.0\.0\.11/.test(c.dns) ? ' 127.0.0.11 is Docker\'s embedded DNS: the container is not on the same network as a service called that.' : ''}`,
    causes: ['Typo in the host name', 'The service name is not reachable from this Docker network/namespace', 'No DNS or network access'],
    fixes: (c) => [fix('Verify name resolution', [`Run nslookup ${c.host} (or getent hosts ${c.host}) where the program runs.`, 'Attach the container to the right network or use the fully-qualified name.'])],
    references: [ref('Package net: Name Resolution', 'https://pkg.go.dev/net#hdr-Name_Resolution')],
    samples: ['dial tcp: lookup postgres on 127.0.0.11:53: no such host', 'Get "https://api.exmaple.com/v1": dial tcp: lookup api.exmaple.com: no such host'],
  },
  {
    id: 'go.timeout',
    language: 'go',
    printedBy: GO_TOOLS,
    match: /(?<what>context deadline exceeded|Client\.Timeout exceeded while awaiting headers|i\/o timeout|TLS handshake timeout)/,
    errorType: (c) => c.what ?? 'context deadline exceeded',
    category: 'network',
    priority: 8,
    summary: (c) => `An operation timed out (${c.what}).`,
    explanation: (c) => {
      if (c.what === 'context deadline exceeded') return "The context passed to the operation reached its deadline (context.WithTimeout / WithDeadline, or http.Client.Timeout) before the operation finished. The called service or query was too slow, or the timeout is too short.";
      if (c.what?.startsWith('Client.Timeout')) return 'http.Client.Timeout elapsed before the server sent response headers: the server is slow or unreachable.';
      return 'The network operation did not complete within its deadline: the remote host did not answer (firewall dropping packets, wrong address) or responded too slowly.';
    },
    causes: ['Slow downstream service or database query', 'Firewall/security group silently dropping packets', 'Timeout configured too low', 'A parent context already close to its deadline'],
    fixes: [
      fix('Find the slow part', ['Check which call failed (the error is usually wrapped: "Get ...: context deadline exceeded").', 'Measure the downstream latency; check connectivity with curl/nc.']),
      fix('Set timeouts per operation', ['Give each call its own sensible timeout and retry idempotent calls with backoff.'], 'ctx, cancel := context.WithTimeout(ctx, 5*time.Second)\ndefer cancel()\nreq, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)\nresp, err := client.Do(req)'),
    ],
    references: [ref('Package context', 'https://pkg.go.dev/context'), ref('Package net/http: Client', 'https://pkg.go.dev/net/http#Client')],
    samples: ['Post "https://payments.internal/charge": context deadline exceeded', 'Get "http://api:8080/users": net/http: request canceled (Client.Timeout exceeded while awaiting headers)', 'dial tcp 10.0.3.7:443: i/o timeout'],
  },
  {
    id: 'go.context-canceled',
    language: 'go',
    printedBy: GO_TOOLS,
    match: /\bcontext canceled\b/,
    errorType: 'context canceled',
    category: 'concurrency',
    priority: 7,
    summary: 'The operation was abandoned because its context was cancelled.',
    explanation: 'context.Canceled is returned when cancel() is called on the context (or a parent). In HTTP servers this typically means the client disconnected or the request finished; in programs it means shutdown started. It is usually expected, not a bug.',
    causes: ['The HTTP client closed the connection before the handler finished', 'cancel() called (e.g. defer cancel()) before the goroutine using the context finished', 'Graceful shutdown cancelling in-flight work'],
    fixes: [fix('Treat cancellation as a normal outcome', ['Check errors.Is(err, context.Canceled) and do not log it as a failure.', 'Make sure cancel() is only called after work using the context is done.'], 'if errors.Is(err, context.Canceled) {\n    return // client went away\n}')],
    references: [ref('Package context', 'https://pkg.go.dev/context')],
    samples: ['Get "http://inventory:8080/items": context canceled'],
  },
  {
    id: 'go.x509-unknown-authority',
    language: 'go',
    printedBy: GO_TOOLS,
    // macOS verifies through the system's trust settings and words the same failure differently.
    match: /x509: (?:certificate signed by unknown authority|failed to load system roots and no roots provided|[“"][^”"\n]{1,200}[”"] certificate is not trusted)/,
    errorType: 'certificate signed by unknown authority',
    category: 'network',
    priority: 10,
    summary: "The server's TLS certificate is not signed by any certificate authority this program trusts.",
    explanation: 'Go verifies the certificate chain against the system root CAs. The chain ends in a CA that is not in the trust store: a self-signed or corporate/internal CA, a TLS-intercepting proxy, or a minimal Docker image (scratch/alpine) without ca-certificates.',
    causes: ['Docker image (scratch, distroless-static, alpine) missing CA certificates', 'Self-signed or internal CA certificate', 'Corporate proxy doing TLS interception', 'Server not sending the intermediate certificate'],
    fixes: [
      fix('Install CA certificates in the image', ['Copy or install ca-certificates into the runtime image.'], '# Alpine\nRUN apk add --no-cache ca-certificates\n# scratch\nCOPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/'),
      fix('Trust the internal CA explicitly', ['Add the CA to the system store, or load it into tls.Config.RootCAs. Do not use InsecureSkipVerify in production.'], 'pool, _ := x509.SystemCertPool()\npool.AppendCertsFromPEM(caPEM)\nclient := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}}}'),
    ],
    references: [ref('Package crypto/x509', 'https://pkg.go.dev/crypto/x509'), ref('Package crypto/tls: Config', 'https://pkg.go.dev/crypto/tls#Config')],
    samples: [
      'Get "https://registry.internal.example.com/v2/": tls: failed to verify certificate: x509: certificate signed by unknown authority',
      'Post "https://vault.corp.example:8200/v1/auth": tls: failed to verify certificate: x509: “vault.corp.example” certificate is not trusted',
    ],
  },
  {
    id: 'go.x509-certificate',
    language: 'go',
    printedBy: GO_TOOLS,
    match: /x509: (?:certificate has expired or is not yet valid(?<expiry>[^\n]{0,200})|certificate is valid for (?<validFor>[^\n]{1,300}?), not (?<requested>[^\s\n]{1,255})|certificate relies on legacy Common Name field)/,
    errorType: 'x509 certificate error',
    category: 'network',
    priority: 10,
    summary: (c) => (c.requested ? `The certificate does not cover the host '${c.requested}'.` : c.expiry !== undefined ? 'The TLS certificate is expired or not yet valid.' : 'The certificate has no Subject Alternative Name for this host.'),
    explanation: (c) =>
      c.requested
        ? `The server presented a certificate for ${c.validFor}, but the client connected to '${c.requested}'. Connect with a name listed in the certificate, or reissue the certificate with the right SANs.`
        : c.expiry !== undefined
          ? `The current time is outside the certificate's validity period${c.expiry ? ` (${c.expiry.replace(/^:\s*/, '')})` : ''}. Either the certificate expired or the machine's clock is wrong.`
          : 'Go (1.15+) ignores the Common Name field; certificates must list host names in Subject Alternative Names.',
    causes: ['Expired certificate, or wrong system clock', 'Connecting by IP or an alias not listed in the certificate', 'Old certificate without SAN entries'],
    fixes: [fix('Fix the certificate or the host name', ['Renew/reissue the certificate with the correct SANs (DNS names or IPs).', 'Check the system time (timedatectl / NTP).', 'Use the exact host name the certificate was issued for.'])],
    references: [ref('Package crypto/x509', 'https://pkg.go.dev/crypto/x509')],
    samples: ['tls: failed to verify certificate: x509: certificate is valid for *.example.com, example.com, not api.internal', 'x509: certificate has expired or is not yet valid: current time 2025-03-01T10:00:00Z is after 2025-02-28T23:59:59Z'],
  },
  {
    id: 'go.address-in-use',
    language: 'go',
    printedBy: GO_TOOLS,
    // Windows: "bind: Only one usage of each socket address (protocol/network address/port) is
    // normally permitted." (WSAEADDRINUSE), localised; console output may wrap the line.
    match: /(?:listen\s(?<proto>tcp|tcp4|tcp6|udp|udp4|udp6|unix)\s(?<host>[^\s]{0,255}?):(?<port>\d{1,5}): )?bind: (?:address already in use|Only one usage of each socket address|[^\n]{0,80}?(?:套接字地址|Socketadresse|adresse de socket|dirección de socket|адреса сокета|ソケット アドレス|소켓 주소|endereço de soquete|indirizzo di socket))/,
    errorType: 'address already in use',
    category: 'network',
    priority: 10,
    summary: (c) => (c.port ? `Port ${c.port} is already in use, so the server cannot listen on it.` : 'The address and port are already in use, so the server cannot listen on them.'),
    explanation: (c) => `Another process (often a previous run of the same program) is already listening on ${c.host ? `${c.host}:${c.port}` : c.port ? `port ${c.port} (all interfaces)` : 'that address'}. Only one listener per address and port is allowed.`,
    causes: ['A previous instance is still running', 'Another service uses the same port', 'Two listeners in the same program with the same address'],
    fixes: (c) => [fix('Free or change the port', [...(c.host ? [`Something already listens on ${c.host}:${c.port}.`] : []), c.port ? `Find the process: lsof -i :${c.port} (or ss -ltnp | grep ${c.port}; Windows: netstat -ano | findstr :${c.port}) and stop it.` : 'Find the process holding the port (lsof -i / ss -ltnp; Windows: netstat -ano) and stop it.', 'Make the port configurable (e.g. PORT environment variable).'], 'addr := ":" + cmp.Or(os.Getenv("PORT"), "8080")\nlog.Fatal(http.ListenAndServe(addr, mux))')],
    references: [ref('Package net: Listen', 'https://pkg.go.dev/net#Listen')],
    samples: [
      'listen tcp :8080: bind: address already in use',
      '2024/05/02 10:11:12 listen tcp 127.0.0.1:9090: bind: address already in use',
      'server error: listen tcp :28888: bind: 通常每个套接字地址(协议/网络地址/端口)只允许使用一次。',
      'F0622 09:26:07.843750    1132 httpproxy.go:63] ListenTCP(127.0.0.1:8087) error: listen\ntcp 127.0.0.1:8087: bind: Only one usage of each socket address (protocol/networ\nk address/port) is normally permitted.',
    ],
  },
  {
    id: 'go.file-open',
    language: 'go',
    printedBy: GO_TOOLS,
    match: /\b(?<op>open|stat|lstat|mkdir|remove|read|write|chdir|rename) (?<path>[^\s:][^\n:]{0,400}?): (?<reason>no such file or directory|permission denied|is a directory|not a directory|file exists|read-only file system)/,
    errorType: (c) => (c.reason === 'permission denied' ? 'permission denied' : c.reason ?? 'no such file or directory'),
    category: 'io',
    priority: 6,
    summary: (c) => `${c.op} ${c.path}: ${c.reason}.`,
    explanation: (c) => {
      if (c.reason === 'no such file or directory') return `The path '${c.path}' does not exist. Relative paths are resolved against the process working directory (not the source file or the binary location), which differs between go run, tests (the package directory) and deployed binaries.`;
      if (c.reason === 'permission denied') return `The user running the program may not ${c.op} '${c.path}'. Check ownership and mode bits, especially in containers running as non-root.`;
      return `The file system refused '${c.op}' on '${c.path}': ${c.reason}.`;
    },
    causes: ['Relative path resolved from an unexpected working directory', 'File not copied into the Docker image', 'Insufficient permissions', 'Parent directory missing (use os.MkdirAll)'],
    fixes: (c) => [
      fix('Resolve paths explicitly', [`Check where ${c.path} really is: print os.Getwd() and filepath.Abs("${c.path}") at startup.`, 'Make the path configurable, or embed static files with //go:embed.'], 'import "embed"\n\n//go:embed templates/*\nvar templates embed.FS'),
      c.reason === 'permission denied'
        ? fix('Fix the permissions', [`Check owner and mode of ${c.path} (ls -l) against the user the program runs as.`])
        : fix('Create parents', [], `if err := os.MkdirAll(filepath.Dir("${c.path}"), 0o755); err != nil {\n    return err\n}`),
    ],
    references: [ref('Package os', 'https://pkg.go.dev/os'), ref('Package embed', 'https://pkg.go.dev/embed')],
    // (A panic line alone, "panic: open …", is the panic's: go.panic.)
    samples: ['open config.yaml: no such file or directory', 'level=fatal msg="open /var/log/app/app.log: permission denied"'],
  },
  {
    id: 'go.json-unmarshal-type',
    language: 'go',
    printedBy: GO_TOOLS,
    match: /json: cannot unmarshal (?<jsonType>\w{1,20}) into Go (?:struct field (?<field>[\w.]{1,200}) of type|value of type) (?<goType>[^\s\n]{1,200})/,
    errorType: 'json.UnmarshalTypeError',
    category: 'type',
    priority: 10,
    summary: (c) => `A JSON ${c.jsonType} cannot be stored in ${c.field ? `field ${c.field} of type ` : ''}${c.goType}.`,
    explanation: (c) => `encoding/json found a JSON ${c.jsonType} where the Go type ${c.goType} needs something else${c.jsonType === 'string' && /int|float|uint/.test(c.goType ?? '') ? ' - numbers sent as strings need the ",string" tag option or a custom type' : ''}${c.jsonType === 'object' && (c.goType ?? '').startsWith('[]') ? ' - the JSON is an object, not an array (maybe a wrapper like {"items": [...]})' : ''}.`,
    causes: ['API sends numbers as strings ("42")', 'Array vs object mismatch (wrapper object around a list)', 'Field type in the struct differs from the JSON'],
    fixes: (c) => [fix('Align the struct with the JSON', [`${c.field ? `Change the type of ${c.field}` : `Change ${c.goType}`} to match the JSON ${c.jsonType}, or use the ,string tag option for quoted numbers, or json.Number / a custom UnmarshalJSON.`], 'type Item struct {\n    Price int64 `json:"price,string"`\n}')],
    references: [ref('Package encoding/json: Unmarshal', 'https://pkg.go.dev/encoding/json#Unmarshal')],
    samples: ['json: cannot unmarshal string into Go struct field Order.total of type float64', 'json: cannot unmarshal object into Go value of type []main.User'],
  },
  {
    id: 'go.json-syntax',
    language: 'go',
    printedBy: GO_TOOLS,
    match: /invalid character '(?<char>[^'\n]{1,8})' (?<where>looking for beginning of (?:object key string|value)|after (?:object key(?::value pair)?|top-level value|array element)|in (?:string literal|numeric literal|literal [a-z]{1,10} \(expecting '[^'\n]{1,4}'\)))/,
    errorType: 'json.SyntaxError',
    category: 'syntax',
    priority: 10,
    summary: (c) => `The input is not valid JSON: unexpected character '${c.char}' ${c.where}.`,
    explanation: (c) =>
      `${c.char === '<' ? "A '<' at the start almost always means the server returned HTML (an error page or a login redirect) instead of JSON." : c.where?.startsWith('after top-level value') ? 'Valid JSON was followed by extra data (e.g. two JSON documents concatenated, or trailing text).' : 'encoding/json hit a character that is not allowed at this position: often a trailing comma, single quotes, comments, or a non-JSON response.'}`,
    causes: ['The HTTP response is HTML or plain text (error page, wrong URL, auth redirect)', 'Trailing commas, comments or single quotes', 'Reading the body twice / partial reads'],
    fixes: [fix('Look at the raw body and status', ['Log resp.StatusCode and the first bytes of the body before decoding.', 'Only decode when the Content-Type is application/json and the status is 2xx.'], 'body, _ := io.ReadAll(resp.Body)\nif resp.StatusCode != http.StatusOK {\n    return fmt.Errorf("status %d: %s", resp.StatusCode, body)\n}')],
    references: [ref('Package encoding/json: SyntaxError', 'https://pkg.go.dev/encoding/json#SyntaxError')],
    samples: ["invalid character '<' looking for beginning of value", "decode config: invalid character '}' looking for beginning of object key string"],
  },
  {
    id: 'go.flag-not-defined',
    language: 'go',
    // The flag package's own report, then the program's usage ("Usage of ./server:"): a Go program was
    // started with a flag it does not define. Docker's CLI says "See 'docker … --help'" instead.
    match: /flag provided but not defined: (?<flag>-{1,2}[\w.=-]{1,60})[ \t]{0,4}\nUsage of (?<program>[^\n:]{1,200}):/,
    errorType: 'flag provided but not defined',
    category: 'configuration',
    priority: 10,
    summary: (c) => `${c.program} was started with ${c.flag}, a flag it does not define.`,
    explanation: (c) =>
      `Go's flag package stops at the first flag the program did not declare and prints the usage of the ones it has. ${c.program} declares no ${c.flag}: it is misspelt, belongs to another version of the program, or was meant for another command in the same line.`,
    causes: ['A flag of a newer or older version of the program', 'A misspelt flag, or one of another program in the same command line', 'A flag placed after the first argument: the flag package stops parsing there'],
    fixes: (c) => [
      fix('Pass only the flags the program declares', [`Compare ${c.flag} with the usage printed under it; run ${c.program} -h to list them.`], `${c.program} -h`),
      fix('Declare the flag if the program should take it', [], `port := flag.Int("port", 8080, "port to listen on")
flag.Parse()`),
    ],
    references: [ref('Package flag', 'https://pkg.go.dev/flag')],
    samples: ['flag provided but not defined: -foo\nUsage of ./server:\n  -port int\n    \tport to listen on (default 8080)'],
  },

  // ---------------------------------------------------------------- catch-all
  {
    id: 'go.panic',
    language: 'go',
    // A panic with its goroutine dump, or one recovered and logged: net/http's "http: panic
    // serving", klog/controller-runtime's "Observed a panic", gin's "[Recovery] ... panic
    // recovered:", echo's "[PANIC RECOVER]", a re-panic marked "[recovered]", logrus/zap level panic.
    // The panic line alone at the end of a paste is one whose goroutine dump was not copied.
    // Above the error-message patterns (a panic(err) of "connection refused" is a panic), below
    // the runtime panics with their own name (nil pointer, index out of range...).
    match:
      /(?<![\w.])panic: (?<message>[^\n]{1,500})(?:\n[^\n]{0,500}){0,4}?\ngoroutine \d{1,9} \[|http: panic serving (?<peer>[^\s]{1,100}): (?<served>[^\n]{1,500})|Observed a panic(?: in reconciler)?: (?<observed>[^\n]{1,500})|\[Recovery\][^\n]{0,200}panic recovered:\n(?<recovered>[^\n]{1,500})|\[PANIC RECOVER\] (?<echo>[^\n]{1,500})|(?<![\w.])panic: (?<rethrown>[^\n]{1,500}?) \[recovered\]|\blevel=panic msg="(?<logfmt>[^"\n]{1,500})"|"level":"panic"[^\n]{0,300}?"msg":"(?<json>[^"\n]{1,500})"|\b(?:msg|err|error)="panic: (?<kv>[^"\n]{1,500})"|"(?:msg|message|err|error)":"panic: (?<jsonField>[^"\n]{1,500})"|"panic":"(?<zap>[^"\n]{1,500})"|\b(?:panic recovered|[Rr]ecovered from panic)(?::|=| -) ?"?(?<generic>[^"\n]{1,500})|(?<![^\n])panic: (?<bare>[^\n]{1,500})\s*$/,
    errorType: 'panic',
    category: 'runtime',
    priority: 15,
    summary: (c) => `The Go program panicked: ${c.message ?? c.served ?? c.observed ?? c.recovered ?? c.echo ?? c.rethrown ?? c.logfmt ?? c.json ?? c.kv ?? c.jsonField ?? c.zap ?? c.generic ?? c.bare}`,
    explanation: 'A panic stops the normal flow, runs deferred functions and, if nothing recovers it, prints the message and every goroutine\'s stack and exits with status 2. The first frame under "goroutine N [running]:" is where it happened; explicit panic(err) calls show the error value as the message.',
    causes: ['An explicit panic(...) or log.Panic call with an error that was not handled', 'A runtime error such as a nil dereference or out-of-range index'],
    fixes: [fix('Start at the first frame of the panicking goroutine', ['Open the file:line under "goroutine N [running]:".', 'Return errors instead of panicking for expected failures; recover only at process boundaries (HTTP middleware).'])],
    references: [DEFER_PANIC, SPEC_PANICS],
    samples: [
      'panic: failed to load config: missing DATABASE_URL\n\ngoroutine 1 [running]:\nmain.main()\n\t/app/main.go:22 +0x1b8\nexit status 2',
      '*** Migrating database...\npanic: dial tcp 127.0.0.1:3306: connect: connection refused\n\ngoroutine 1 [running]:\ngithub.com/acme/core/cmd.(*migrateCommander).MainCmd(0xc000efa950, {0xc000f3a220, 0x2, 0x2})\n\t/src/core/cmd/migrate.go:88 +0x9b4',
      '2024/01/09 12:00:01 http: panic serving 172.18.0.1:40112: unexpected state: order 42 has no items\ngoroutine 19 [running]:\nnet/http.(*conn).serve.func1()',
      'time="2024-02-01T10:00:00Z" level=panic msg="cannot open queue: channel closed"',
      'time="2024-02-01T10:00:00Z" level=error msg="panic: unknown job kind \\"resize\\"" component=worker',
      '{"level":"error","ts":"2024-02-01T10:00:00.000Z","caller":"grpc/recovery.go:41","msg":"recovered from panic","panic":"unexpected nil session","stacktrace":"main.handler\\n\\t/app/handler.go:12"}',
    ],
  },
];
