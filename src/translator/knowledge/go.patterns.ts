import type { Fix, Reference } from '../translation';
import type { Captures, ErrorPattern } from '../rules/error-pattern';

/*
 * Go knowledge. Priorities used in this file:
 *   20  runtime panics and fatal errors with an exact message (beat the generic C "SIGSEGV" pattern)
 *   10  one compiler message, one tool message, one standard-library error
 *  -10  any "panic: ..." followed by a goroutine trace
 *
 * Regexes are bounded ({m,n}) and anchored on literals; a line-content class ([^\n]) is always
 * followed by a bare \n (never \r?\n) so a repeated group has exactly one way to match.
 */

function fix(title: string, steps: string[], code: string | null = null): Fix {
  return { title, steps, code };
}
const ref = (title: string, url: string): Reference => ({ title, url });

function rx(...parts: string[]): RegExp {
  return new RegExp(parts.join(''), 'm');
}

/**
 * Optional: the first goroutine frame that is not in the runtime, i.e. usually the user's function.
 * Captures `func`, `file`, `line`.
 */
const GO_FRAME = String.raw`(?:[\s\S]{0,600}?\ngoroutine \d{1,9} \[[^\]\n]{1,100}\]:(?:\n(?:runtime\.|panic\()[^\n]{0,300}\n\t[^\n]{0,400}){0,10}\n(?<func>[^\n]{1,300})\n\t(?<file>[^\n]{1,400}?\.go):(?<line>\d{1,7}))?`;

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

const SPEC_PANICS = ref('The Go Programming Language Specification: Run-time panics', 'https://go.dev/ref/spec#Run_time_panics');
const DEFER_PANIC = ref('Go blog: Defer, Panic, and Recover', 'https://go.dev/blog/defer-panic-and-recover');

export const GO_PATTERNS: readonly ErrorPattern[] = [
  // ---------------------------------------------------------------- runtime panics
  {
    id: 'go.nil-pointer',
    language: 'go',
    match: rx(
      String.raw`panic: runtime error: invalid memory address or nil pointer dereference(?:\n\[signal (?<signal>SIG\w{1,10})[^\n\]]{0,200}addr=(?<addr>0x[0-9a-fA-F]{1,16})[^\n]{0,100}\])?`,
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
    fixes: [
      fix(
        'Check errors before using results',
        ['Go to the file and line shown under the goroutine trace.', 'Handle the error returned together with the pointer instead of discarding it.'],
        'db, err := sql.Open("postgres", dsn)\nif err != nil {\n    return fmt.Errorf("open db: %w", err)\n}',
      ),
      fix('Initialise struct dependencies in a constructor', ['Create values with a NewXxx function that sets every pointer field, and nil-check where a value is optional.'], 'func NewServer(db *sql.DB) *Server {\n    if db == nil {\n        panic("NewServer: db is nil")\n    }\n    return &Server{db: db}\n}'),
    ],
    references: [SPEC_PANICS, ref('Effective Go: Errors', 'https://go.dev/doc/effective_go#errors')],
    samples: [
      'panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4a3b2f]\n\ngoroutine 1 [running]:\nmain.(*Server).Start(0x0)\n\t/home/dev/app/server.go:27 +0x2f\nmain.main()\n\t/home/dev/app/main.go:14 +0x45\nexit status 2',
      'panic: runtime error: invalid memory address or nil pointer dereference [recovered]',
    ],
  },
  {
    id: 'go.index-out-of-range',
    language: 'go',
    match: rx(String.raw`panic: runtime error: index out of range(?: \[(?<index>-?\d{1,20})\] with length (?<length>\d{1,20}))?`, GO_FRAME),
    errorType: 'index out of range',
    category: 'runtime',
    priority: 20,
    summary: (c) => (c.index ? `Index ${c.index} is out of range for a slice/array of length ${c.length}.` : 'A slice, array or string was indexed out of range.'),
    explanation: (c) =>
      `Go checks every index: valid indexes are 0 to len-1.${c.length === '0' ? ' The slice is empty, so any index fails - e.g. os.Args[1] without arguments, or the first element of an empty result.' : ''}${c.index && c.length && c.index === c.length ? ' index == length is the classic off-by-one error (<= instead of <).' : ''}${where(c)}`,
    causes: ['Slice shorter than expected (empty result, fewer fields from strings.Split)', 'Off-by-one in a loop (i <= len(s))', 'os.Args[n] read without checking len(os.Args)', 'Index computed from strings.Index returning -1'],
    fixes: [
      fix('Check the length first', ['Guard the access with len().', 'Iterate with for i := range s instead of manual bounds.'], 'if len(os.Args) < 2 {\n    fmt.Fprintln(os.Stderr, "usage: app <file>")\n    os.Exit(1)\n}\nname := os.Args[1]'),
    ],
    references: [ref('The Go Programming Language Specification: Index expressions', 'https://go.dev/ref/spec#Index_expressions'), SPEC_PANICS],
    samples: [
      'panic: runtime error: index out of range [5] with length 3\n\ngoroutine 1 [running]:\nmain.main()\n\t/tmp/sandbox/prog.go:8 +0x1d',
      'panic: runtime error: index out of range [1] with length 1\n\ngoroutine 1 [running]:\nmain.parseLine({0xc000012345, 0x5})\n\t/app/parse.go:19 +0x125',
    ],
  },
  {
    id: 'go.slice-bounds',
    language: 'go',
    match: rx(String.raw`panic: runtime error: slice bounds out of range(?: \[(?<bounds>[^\]\n]{1,60})\](?: with (?<what>length|capacity) (?<length>\d{1,20}))?)?`, GO_FRAME),
    errorType: 'slice bounds out of range',
    category: 'runtime',
    priority: 20,
    summary: (c) => `A slice expression [${c.bounds ?? 'low:high'}] is outside the bounds${c.length ? ` (${c.what} ${c.length})` : ''}.`,
    explanation: (c) =>
      `s[low:high] requires 0 <= low <= high <= cap(s) (and high <= len(s) for strings).${c.bounds && /^\d+:\d+$/.test(c.bounds) && Number(c.bounds.split(':')[0]) > Number(c.bounds.split(':')[1]) ? ' Here low is greater than high.' : ''}${c.bounds && c.bounds.startsWith('-') ? ' A negative index usually comes from strings.Index returning -1.' : ''}${where(c)}`,
    causes: ['String or slice shorter than the slice expression assumes', 'Index from strings.Index/bytes.Index was -1 (not found)', 'low > high due to swapped or miscalculated values'],
    fixes: [
      fix('Validate positions before slicing', ['Check the result of strings.Index and the length before slicing.'], 'if i := strings.Index(s, ":"); i >= 0 {\n    key, value := s[:i], s[i+1:]\n    _ = key\n    _ = value\n}'),
      fix('Use strings.Cut for key/value splitting', [], 'key, value, ok := strings.Cut(s, ":")'),
    ],
    references: [ref('The Go Programming Language Specification: Slice expressions', 'https://go.dev/ref/spec#Slice_expressions'), SPEC_PANICS],
    samples: ['panic: runtime error: slice bounds out of range [:10] with length 4\n\ngoroutine 1 [running]:\nmain.truncate(...)\n\t/home/dev/app/text.go:12', 'panic: runtime error: slice bounds out of range [-1:]'],
  },
  {
    id: 'go.nil-map',
    language: 'go',
    match: rx(String.raw`panic: assignment to entry in nil map`, GO_FRAME),
    errorType: 'assignment to entry in nil map',
    category: 'null',
    priority: 20,
    summary: (c) => `A value was stored in a map that was never created (nil map)${c.func ? ` in ${funcName(c.func)}` : ''}.`,
    explanation: (c) =>
      `Declaring 'var m map[K]V' (or a struct field of map type) gives a nil map. Reading from a nil map is allowed and returns zero values, but writing panics. The map has to be created with make() or a literal first.${where(c)}`,
    causes: ['Map declared with var but never made', 'Map field of a struct not initialised in the constructor', 'Zero-value struct (e.g. from json.Unmarshal or new()) used directly'],
    fixes: [
      fix('Create the map before writing', ['Initialise with make or a literal; for struct fields do it in the constructor.'], 'counts := make(map[string]int)\ncounts["a"]++\n\ntype Cache struct{ items map[string]Item }\nfunc NewCache() *Cache { return &Cache{items: make(map[string]Item)} }'),
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
    fixes: [
      fix(
        'Protect the map with a mutex',
        ['Wrap every read and write in a sync.Mutex or sync.RWMutex.'],
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
    match: rx(String.raw`panic: send on closed channel`, GO_FRAME),
    errorType: 'send on closed channel',
    category: 'concurrency',
    priority: 20,
    summary: 'A goroutine sent a value on a channel that had already been closed.',
    explanation: (c) =>
      `Sending on a closed channel always panics. Usually a consumer or coordinator closed the channel while producers were still running. Only the sender side should close a channel, and only after all senders are finished.${where(c)}`,
    causes: ['The receiver closed the channel while senders were still active', 'Several producers and one of them closes the shared channel', 'Shutdown code closes the channel before worker goroutines exit'],
    fixes: [
      fix('Close after all senders finish', ['Use a WaitGroup for the producers and close the channel in a separate goroutine once wg.Wait() returns.'], 'var wg sync.WaitGroup\nfor _, job := range jobs {\n    wg.Add(1)\n    go func(j Job) {\n        defer wg.Done()\n        results <- process(j)\n    }(job)\n}\ngo func() {\n    wg.Wait()\n    close(results)\n}()'),
      fix('Signal stop with a context instead of closing the data channel', ['Producers select on ctx.Done() and stop sending.']),
    ],
    references: [ref('The Go Programming Language Specification: Close', 'https://go.dev/ref/spec#Close'), ref('The Go Programming Language Specification: Send statements', 'https://go.dev/ref/spec#Send_statements')],
    samples: ['panic: send on closed channel\n\ngoroutine 7 [running]:\nmain.producer(0xc000020060, 0x3)\n\t/app/worker.go:22 +0x45\ncreated by main.main in goroutine 1\n\t/app/main.go:15 +0x7c'],
  },
  {
    id: 'go.close-of-closed-channel',
    language: 'go',
    match: rx(String.raw`panic: close of (?<what>closed|nil) channel`, GO_FRAME),
    errorType: (c) => `close of ${c.what ?? 'closed'} channel`,
    category: 'concurrency',
    priority: 20,
    summary: (c) => (c.what === 'nil' ? 'close() was called on a nil channel.' : 'A channel was closed twice.'),
    explanation: (c) =>
      c.what === 'nil'
        ? `The channel variable was never created with make(chan T), so it is nil; closing a nil channel panics.${where(c)}`
        : `close() may be called only once per channel. Two code paths (or two goroutines) both closed it.${where(c)}`,
    causes: (c) => (c.what === 'nil' ? ['Channel declared with var but never made', 'Struct field of channel type not initialised'] : ['Two goroutines both close the same channel', 'A Close/Stop method called twice', 'Close in both a defer and an explicit path']),
    fixes: [fix('Close exactly once', ['Give one owner the responsibility for closing, or guard it with sync.Once.'], 'type Stopper struct {\n    once sync.Once\n    done chan struct{}\n}\n\nfunc (s *Stopper) Stop() { s.once.Do(func() { close(s.done) }) }')],
    references: [ref('The Go Programming Language Specification: Close', 'https://go.dev/ref/spec#Close'), ref('Package sync: Once', 'https://pkg.go.dev/sync#Once')],
    samples: ['panic: close of closed channel\n\ngoroutine 1 [running]:\nmain.(*Pool).Stop(...)\n\t/app/pool.go:40', 'panic: close of nil channel'],
  },
  {
    id: 'go.interface-conversion',
    language: 'go',
    match: rx(
      String.raw`panic: interface conversion: (?:(?<iface>[^\n]{1,200}?) is (?<actual>[^\n,]{1,200}), not (?<expected>[^\n(]{1,200})|(?<concrete>[^\n]{1,200}?) is not (?<target>[^\n:]{1,200}): missing method (?<method>\w{1,100}))`,
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
    fixes: [
      fix('Use the two-value form or a type switch', ['Check ok instead of panicking, and handle unexpected types.'], 'switch v := x.(type) {\ncase float64:\n    n = int(v)\ncase string:\n    n, _ = strconv.Atoi(v)\ndefault:\n    return fmt.Errorf("unexpected type %T", v)\n}'),
      fix('Decode into concrete types', ['Unmarshal JSON into a struct instead of interface{} when the shape is known.']),
    ],
    references: [ref('The Go Programming Language Specification: Type assertions', 'https://go.dev/ref/spec#Type_assertions'), ref('A Tour of Go: Type switches', 'https://go.dev/tour/methods/16')],
    samples: ['panic: interface conversion: interface {} is float64, not int\n\ngoroutine 1 [running]:\nmain.main()\n\t/app/main.go:17 +0x1a5', 'panic: interface conversion: *main.Cat is not main.Speaker: missing method Speak'],
  },
  {
    id: 'go.integer-divide-by-zero',
    language: 'go',
    match: rx(String.raw`panic: runtime error: integer divide by zero`, GO_FRAME),
    errorType: 'integer divide by zero',
    category: 'runtime',
    priority: 20,
    summary: 'An integer was divided (or taken modulo) by zero.',
    explanation: (c) => `Integer division or % by zero panics in Go (floating-point division gives +Inf/NaN instead). The divisor is a variable that was 0 at runtime - typically a count or length of an empty collection.${where(c)}`,
    causes: ['Average or ratio computed over an empty slice', 'Divisor read from configuration/input that can be 0', 'Modulo by a length that can be 0'],
    fixes: [fix('Guard the divisor', ['Check for zero before dividing and decide what the result should be.'], 'if len(values) == 0 {\n    return 0, errors.New("no values")\n}\navg := sum / len(values)')],
    references: [ref('The Go Programming Language Specification: Arithmetic operators', 'https://go.dev/ref/spec#Arithmetic_operators'), SPEC_PANICS],
    samples: ['panic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\nmain.average(...)\n\t/app/stats.go:9'],
  },
  {
    id: 'go.negative-waitgroup',
    language: 'go',
    match: rx(String.raw`panic: sync: (?:negative WaitGroup counter|WaitGroup is reused before previous Wait has returned)`, GO_FRAME),
    errorType: 'negative WaitGroup counter',
    category: 'concurrency',
    priority: 20,
    summary: 'sync.WaitGroup.Done() was called more times than Add().',
    explanation: (c) => `A WaitGroup counter went below zero: Done() ran more often than Add() registered, or the WaitGroup was copied/reused. Each goroutine must correspond to exactly one Add(1) and one Done().${where(c)}`,
    causes: ['Done called twice in one goroutine (explicit call plus defer)', 'Add called inside the goroutine instead of before starting it', 'WaitGroup passed by value (copied) instead of by pointer'],
    fixes: [fix('Pair Add and Done', ['Call wg.Add(1) before the go statement and only defer wg.Done() inside.', 'Pass *sync.WaitGroup, never a copy.'], 'for _, u := range urls {\n    wg.Add(1)\n    go func(u string) {\n        defer wg.Done()\n        fetch(u)\n    }(u)\n}\nwg.Wait()')],
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
    match: /(?:runtime: goroutine stack exceeds (?<limit>\d{1,12})-byte limit|fatal error: stack overflow)(?:[\s\S]{0,2000}?\ngoroutine \d{1,9} \[[^\]\n]{1,100}\]:\n(?<func>[^\n]{1,300}))?/,
    errorType: 'stack overflow',
    category: 'runtime',
    priority: 20,
    summary: (c) => `A goroutine's stack grew past its limit${c.func ? ` in ${funcName(c.func)}` : ''} - almost always infinite recursion.`,
    explanation: (c) =>
      `Go stacks grow dynamically up to a maximum (${c.limit ? `${c.limit} bytes` : '1 GB on 64-bit'}). Exceeding it means unbounded recursion: a function calling itself without a base case, a String()/MarshalJSON method that calls fmt/json on its own receiver, or a getter that calls itself.`,
    causes: ['Recursive function without a reachable base case', 'String() method using fmt.Sprintf("%v", t) on itself', 'MarshalJSON calling json.Marshal on the same type'],
    fixes: [fix('Break the recursion', ['Look at the repeating frames in the trace.', 'In String()/MarshalJSON convert to an alias type without the method first.'], 'func (u User) MarshalJSON() ([]byte, error) {\n    type alias User\n    return json.Marshal(alias(u))\n}')],
    references: [ref('Package runtime/debug: SetMaxStack', 'https://pkg.go.dev/runtime/debug#SetMaxStack')],
    samples: ['runtime: goroutine stack exceeds 1000000000-byte limit\nruntime: sp=0xc020160398 stack=[0xc020160000, 0xc040160000]\nfatal error: stack overflow\n\nruntime stack:\nruntime.throw({0x4a5f3c?, 0x0?})'],
  },

  // ---------------------------------------------------------------- compiler
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
    match: rx(GO_LOC, String.raw`(?:"(?<pkg>[^"\n]{1,300})" imported(?: as (?<alias>\w{1,100}))? and not used|imported and not used: "(?<oldPkg>[^"\n]{1,300})"(?: as (?<oldAlias>\w{1,100}))?)`),
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
    samples: ['./main.go:5:2: "os" imported and not used', './db.go:7:2: "github.com/lib/pq" imported as pq and not used', '# example.com/tools\n./cmd/sync.go:4: imported and not used: "errors"'],
  },
  {
    id: 'go.undefined',
    language: 'go',
    match: rx(GO_LOC, String.raw`undefined: (?<name>[\w.]{1,200})`),
    errorType: 'undefined',
    category: 'name',
    priority: 10,
    summary: (c) => `The name '${c.name}' is not defined${at(c)}.`,
    explanation: (c) => {
      const name = c.name ?? '';
      const pkgHint = name.includes('.') ? ` '${name.split('.')[0]}' is a package name: the package is not imported, or '${name.split('.')[1]}' is not exported from it (exported names start with an upper-case letter).` : '';
      return `The compiler cannot find '${name}' in scope.${pkgHint} If the declaration is in another file of the same package, build the whole package (go run . / go build ./...) instead of a single file (go run main.go).`;
    },
    causes: ['Typo or wrong capitalisation (exported names start with upper case)', 'Declaration in another file, but only one file was passed to go run', 'Missing import, or a build tag excludes the file that declares it', 'Variable declared in an inner scope'],
    fixes: [
      fix('Build the whole package', ['Run go run . or go build ./... so all files of the package are compiled.'], 'go run .'),
      fix('Import or export the name', ['Add the import, or rename the declaration to start with an upper-case letter to export it.']),
    ],
    references: [ref('The Go Programming Language Specification: Declarations and scope', 'https://go.dev/ref/spec#Declarations_and_scope'), ref('The Go Programming Language Specification: Exported identifiers', 'https://go.dev/ref/spec#Exported_identifiers')],
    samples: ['# command-line-arguments\n./main.go:12:9: undefined: NewServer', './api.go:30:14: undefined: http.StatusTeapotX'],
  },
  {
    id: 'go.no-field-or-method',
    language: 'go',
    match: rx(GO_LOC, String.raw`(?<![^\s])(?<expr>[^\s]{1,200}) undefined \(type (?<type>[^\n)]{1,200}) has no field or method (?<member>\w{1,100})(?:, but does have (?:field |method )?(?<suggestion>\w{1,100}))?\)`),
    errorType: 'undefined field or method',
    category: 'name',
    priority: 10,
    summary: (c) => `Type ${c.type} has no field or method ${c.member}${at(c)}.`,
    explanation: (c) =>
      `${c.expr} refers to ${c.member}, which ${c.type} does not have.${c.suggestion ? ` It does have ${c.suggestion} - names are case-sensitive and lower-case ones are unexported.` : ''} When the static type is an interface, only the interface's methods can be called, even if the dynamic value has more.`,
    causes: ['Typo or wrong capitalisation', 'Field is unexported (lower-case) in another package', 'Method defined on *T but called via an interface or value that lacks it', 'Using a different type than expected'],
    fixes: (c) => [fix('Use the correct member name', [c.suggestion ? `Use ${c.suggestion} instead of ${c.member}.` : `Check the declaration of ${c.type} for the right field/method name.`, 'Export the field (upper-case) if it must be used from another package.'])],
    references: [ref('The Go Programming Language Specification: Selectors', 'https://go.dev/ref/spec#Selectors')],
    samples: ['./main.go:15:7: u.name undefined (type User has no field or method name, but does have field Name)', './srv.go:22:4: s.Start undefined (type *Server has no field or method Start)'],
  },
  {
    id: 'go.cannot-use',
    language: 'go',
    match: rx(GO_LOC, String.raw`cannot use (?<expr>[^\n]{1,200}?) \((?<desc>[^)\n]{1,200})\) as (?:type )?(?<to>[^\n]{1,200}?)(?: value)? in (?<context>[^\n:]{1,200})(?:: (?<reason>[^\n]{1,300}))?$`),
    errorType: 'cannot use as value',
    category: 'type',
    priority: 10,
    summary: (c) => `${c.expr} (${c.desc}) cannot be used as ${c.to} in ${c.context?.trim()}${at(c)}.`,
    explanation: (c) => {
      if (c.reason && /does not implement/.test(c.reason)) {
        return `The value does not satisfy the interface: ${c.reason}.${/pointer receiver/.test(c.reason) ? ' The method is defined on the pointer type, so pass &value instead of value.' : ''}`;
      }
      return `Go has no implicit conversions between named types: a value of ${c.desc.replace(/^(variable|value|constant|struct field) of (type )?/, '')} is not assignable to ${c.to}. Convert explicitly (e.g. int64(x), string(b), strconv.Itoa(n)) or change one of the types.`;
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
    fixes: [fix('Match the signature', ['Pass exactly the parameters in the "want" line, or use an options struct/variadic options for optional values.'])],
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
    match: /missing go\.sum entry for module providing package (?<pkg>[^\s;(]{1,300})|missing go\.sum entry for go\.mod file|go: updates to go\.mod needed/,
    errorType: 'missing go.sum entry',
    category: 'dependency',
    priority: 10,
    summary: (c) => `go.mod and go.sum are out of date${c.pkg ? ` for ${c.pkg}` : ''}.`,
    explanation: 'go.sum holds checksums for every module the build needs. A dependency was added, changed or removed (or go.mod edited by hand) without updating go.sum/go.mod, and the go command refuses to update them implicitly.',
    causes: ['go.mod edited manually', 'go.sum not committed or merged incorrectly', 'New import added without go get / go mod tidy'],
    fixes: [fix('Tidy the module files', ['Run go mod tidy and commit go.mod and go.sum together.'], 'go mod tidy')],
    references: [ref('Go Modules Reference: go.sum files', 'https://go.dev/ref/mod#go-sum-files'), ref('Go Modules Reference: go mod tidy', 'https://go.dev/ref/mod#go-mod-tidy')],
    samples: ['main.go:7:2: missing go.sum entry for module providing package github.com/joho/godotenv (imported by example.com/app); to add:\n\tgo get example.com/app', 'go: updates to go.mod needed; to update it:\n\tgo mod tidy'],
  },
  {
    id: 'go.no-go-mod',
    language: 'go',
    match: /go: (?:go\.mod file not found in current directory or any parent directory|cannot find main module)|directory prefix \. does not contain main module/,
    errorType: 'go.mod file not found',
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

  // ---------------------------------------------------------------- network and I/O errors
  {
    id: 'go.connection-refused',
    language: 'go',
    match: /dial (?<proto>tcp|tcp4|tcp6|unix|udp) (?:(?<host>\[[0-9a-fA-F:.%\w]{1,60}\]|[^\s:\[\]]{1,255}):(?<port>\d{1,5})|(?<socket>[^\s:]{1,300})): connect: connection refused/,
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
    samples: ['failed to connect to `host=127.0.0.1 user=app database=app`: dial error (dial tcp 127.0.0.1:5432: connect: connection refused)', 'Get "http://localhost:8080/health": dial tcp [::1]:8080: connect: connection refused'],
  },
  {
    id: 'go.no-such-host',
    language: 'go',
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
    match: /x509: (?:certificate signed by unknown authority|failed to load system roots and no roots provided)/,
    errorType: 'x509: certificate signed by unknown authority',
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
    samples: ['Get "https://registry.internal.example.com/v2/": tls: failed to verify certificate: x509: certificate signed by unknown authority'],
  },
  {
    id: 'go.x509-certificate',
    language: 'go',
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
    match: /listen (?<proto>tcp|tcp4|tcp6|udp|udp4|udp6|unix) (?<host>[^\s]{0,255}?):(?<port>\d{1,5}): bind: address already in use/,
    errorType: 'address already in use',
    category: 'network',
    priority: 10,
    summary: (c) => `Port ${c.port} is already in use, so the server cannot listen on it.`,
    explanation: (c) => `Another process (often a previous run of the same program) is already listening on ${c.host ? `${c.host}:${c.port}` : `port ${c.port} (all interfaces)`}. Only one listener per address and port is allowed.`,
    causes: ['A previous instance is still running', 'Another service uses the same port', 'Two listeners in the same program with the same address'],
    fixes: (c) => [fix('Free or change the port', [`Find the process: lsof -i :${c.port} (or ss -ltnp | grep ${c.port}) and stop it.`, 'Make the port configurable (e.g. PORT environment variable).'], 'addr := ":" + cmp.Or(os.Getenv("PORT"), "8080")\nlog.Fatal(http.ListenAndServe(addr, mux))')],
    references: [ref('Package net: Listen', 'https://pkg.go.dev/net#Listen')],
    samples: ['listen tcp :8080: bind: address already in use', '2024/05/02 10:11:12 listen tcp 127.0.0.1:9090: bind: address already in use'],
  },
  {
    id: 'go.file-open',
    language: 'go',
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
    fixes: [
      fix('Resolve paths explicitly', ['Print os.Getwd() and the absolute path.', 'Make the path configurable, or embed static files with //go:embed.'], 'import "embed"\n\n//go:embed templates/*\nvar templates embed.FS'),
      fix('Create parents / fix permissions', [], 'if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {\n    return err\n}'),
    ],
    references: [ref('Package os', 'https://pkg.go.dev/os'), ref('Package embed', 'https://pkg.go.dev/embed')],
    samples: ['open config.yaml: no such file or directory', 'panic: open /var/log/app/app.log: permission denied'],
  },
  {
    id: 'go.json-unmarshal-type',
    language: 'go',
    match: /json: cannot unmarshal (?<jsonType>\w{1,20}) into Go (?:struct field (?<field>[\w.]{1,200}) of type|value of type) (?<goType>[^\s\n]{1,200})/,
    errorType: 'json.UnmarshalTypeError',
    category: 'type',
    priority: 10,
    summary: (c) => `A JSON ${c.jsonType} cannot be stored in ${c.field ? `field ${c.field} of type ` : ''}${c.goType}.`,
    explanation: (c) => `encoding/json found a JSON ${c.jsonType} where the Go type ${c.goType} needs something else${c.jsonType === 'string' && /int|float|uint/.test(c.goType ?? '') ? ' - numbers sent as strings need the ",string" tag option or a custom type' : ''}${c.jsonType === 'object' && (c.goType ?? '').startsWith('[]') ? ' - the JSON is an object, not an array (maybe a wrapper like {"items": [...]})' : ''}.`,
    causes: ['API sends numbers as strings ("42")', 'Array vs object mismatch (wrapper object around a list)', 'Field type in the struct differs from the JSON'],
    fixes: [fix('Align the struct with the JSON', ['Change the field type, or use the ,string tag option for quoted numbers, or json.Number / a custom UnmarshalJSON.'], 'type Item struct {\n    Price int64 `json:"price,string"`\n}')],
    references: [ref('Package encoding/json: Unmarshal', 'https://pkg.go.dev/encoding/json#Unmarshal')],
    samples: ['json: cannot unmarshal string into Go struct field Order.total of type float64', 'json: cannot unmarshal object into Go value of type []main.User'],
  },
  {
    id: 'go.json-syntax',
    language: 'go',
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

  // ---------------------------------------------------------------- catch-all
  {
    id: 'go.panic',
    language: 'go',
    match: /(?<![\w.])panic: (?<message>[^\n]{1,500})(?:\n[^\n]{0,500}){0,4}?\ngoroutine \d{1,9} \[/,
    errorType: 'panic',
    category: 'runtime',
    priority: -10,
    summary: (c) => `The Go program panicked: ${c.message}`,
    explanation: 'A panic stops the normal flow, runs deferred functions and, if nothing recovers it, prints the message and every goroutine\'s stack and exits with status 2. The first frame under "goroutine N [running]:" is where it happened; explicit panic(err) calls show the error value as the message.',
    causes: ['An explicit panic(...) or log.Panic call with an error that was not handled', 'A runtime error such as a nil dereference or out-of-range index'],
    fixes: [fix('Start at the first frame of the panicking goroutine', ['Open the file:line under "goroutine N [running]:".', 'Return errors instead of panicking for expected failures; recover only at process boundaries (HTTP middleware).'])],
    references: [DEFER_PANIC, SPEC_PANICS],
    samples: ['panic: failed to load config: missing DATABASE_URL\n\ngoroutine 1 [running]:\nmain.main()\n\t/app/main.go:22 +0x1b8\nexit status 2'],
  },
];
