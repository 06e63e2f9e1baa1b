/**
 * The offline rules engine: normalisation, root-cause selection, language detection, matching
 * and the honest fallback. Pure unit tests (no app, no database). Mechanics are tested with
 * small inline pattern sets so that they do not depend on the knowledge base's contents.
 */
import { findCorpusDir, loadCorpus } from '../bench/evaluation';
import { KNOWLEDGE_BASE } from '../src/translator/knowledge';
import type { ErrorPattern } from '../src/translator/rules/error-pattern';
import { innermostCause } from '../src/translator/rules/innermost-cause';
import { detectLanguage } from '../src/translator/rules/language-detector';
import { MAX_INPUT_CHARS, normalise } from '../src/translator/rules/normalise';
import { requiredLiterals } from '../src/translator/rules/required-literals';
import { RulesEngine } from '../src/translator/rules/rules-engine';
import type { Language } from '../src/translator/translation';

const engine = new RulesEngine();
const bare = new RulesEngine([]);

function pattern(id: string, language: Language, match: RegExp, extra: Partial<ErrorPattern> = {}): ErrorPattern {
  return {
    id,
    language,
    match,
    errorType: 'TestError',
    category: 'runtime',
    summary: (c) => `summary of ${id}${c.what ? ` (${c.what})` : ''}`,
    explanation: 'explanation',
    causes: ['cause'],
    fixes: [{ title: 'fix', steps: ['step'], code: null }],
    references: [{ title: 'ref', url: 'https://example.com/' }],
    samples: [],
    ...extra,
  };
}

/** `re`, calling `count` each time the engine runs its `method` on a text. */
function counted(re: RegExp, method: 'test' | 'exec', count: () => void): RegExp {
  return new Proxy(re, {
    get(target, key) {
      if (key === method) return (text: string) => (count(), target[method](text));
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Best of several runs: the machine is shared, the minimum is the engine's own cost. */
function bestMs(run: () => void, times = 5): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const start = process.hrtime.bigint();
    run();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

describe('normalise', () => {
  // A Python traceback as its program printed it: what each paste form below must give back.
  const printed = 'Traceback (most recent call last):\n  File "app.py", line 1, in <module>\nKeyError: \'id\'';

  it('strips ANSI escape codes, OSC hyperlinks and colour codes whose ESC was lost', () => {
    expect(normalise('\x1b[31mError\x1b[39m: \x1b[1mboom\x1b[22m')).toBe('Error: boom');
    expect(normalise('see \x1b]8;;https://x.dev\x07link\x1b]8;;\x07 here')).toBe('see link here');
    expect(normalise('[31mTypeError[39m: x is not a function')).toBe('TypeError: x is not a function');
    expect(normalise('const a = arr[1];')).toBe('const a = arr[1];');
    expect(normalise('matrix[1m]')).toBe('matrix[1m]');
  });

  it('removes carriage returns', () => {
    expect(normalise('line one\r\nline two\rline three\r\n')).toBe('line one\nline two\nline three');
  });

  it.each([
    ['2024-05-01T12:00:00.123Z ERROR Something failed', 'Something failed'],
    ['2024-05-01 12:00:00,123 ERROR [main] com.acme.App: boom', '[main] com.acme.App: boom'],
    ['2024-05-01 12:00:00,123 - ERROR - worker crashed', 'worker crashed'],
    ['[2024-05-01 12:00:00 +0000] [7] [ERROR] Exception in worker process', 'Exception in worker process'],
    ['[2023-01-01 10:00:00] local.ERROR: SQLSTATE[42S02]: Base table or view not found', 'SQLSTATE[42S02]: Base table or view not found'],
    [
      '2023-01-01 10:00:00.123 ERROR 1234 --- [           main] o.s.boot.SpringApplication               : Application run failed',
      'Application run failed',
    ],
    ['2023-01-01T10:00:00.123+01:00 ERROR 1234 --- [app] [main] o.s.b.SpringApplication : Application run failed', 'Application run failed'],
    ['10:00:00.123 [main] ERROR com.acme.App - boom', 'boom'],
    ['2023-01-01 10:00:00,123 - myapp.db - ERROR - boom', 'boom'],
    ['E, [2023-01-01T10:00:00.123456 #1234] ERROR -- : boom', 'boom'],
    ['2023/01/01 10:00:00 [error] 1234#1234: *5 FastCGI sent in stderr: "x"', 'FastCGI sent in stderr: "x"'],
    ['[Mon Jan 01 10:00:00.123456 2023] [php:error] [pid 1234] [client 1.2.3.4:5678] PHP Fatal error:  x', 'PHP Fatal error:  x'],
    ['2023-01-01 10:00:00.123 UTC [1234] ERROR:  relation "x" does not exist', 'ERROR:  relation "x" does not exist'],
    ['1>main.cpp(3): error C2065: x', 'main.cpp(3): error C2065: x'],
    ['#12 0.532 npm ERR! code E404', 'npm ERR! code E404'],
    ['[12:00:00] Error: connect ECONNREFUSED 127.0.0.1:5432', 'Error: connect ECONNREFUSED 127.0.0.1:5432'],
    ["16:11:16.697 | Type error: Argument of type 'string' is not assignable", "Type error: Argument of type 'string' is not assignable"],
    ['May  1 12:00:00 web01 node[1234]: Error: listen EADDRINUSE', 'Error: listen EADDRINUSE'],
    ['[error] Cannot find module', 'Cannot find module'],
    ['[ ERROR ]: disk full', 'disk full'],
    ['ERROR:root:Something broke', 'Something broke'],
    ['E/AndroidRuntime( 1234): FATAL EXCEPTION: main', 'FATAL EXCEPTION: main'],
    ['web-1  | Traceback (most recent call last):', 'Traceback (most recent call last):'],
    ['api_1   |   File "/app/main.py", line 3, in <module>', '  File "/app/main.py", line 3, in <module>'],
    ['[pod/web-7d9c/app] panic: runtime error', 'panic: runtime error'],
    ['2024-05-01T12:00:00.1234567Z ##[error]Process completed with exit code 1.', 'Process completed with exit code 1.'],
    ["E       KeyError: 'price'", "KeyError: 'price'"],
  ])('strips the log prefix of %j', (input, expected) => {
    expect(normalise(input)).toBe(expected);
  });

  it.each([
    ['ERROR:  relation "users" does not exist'],
    ['ERROR 1045 (28000): Access denied for user'],
    ['   |'],
    ['12 |     let y = x;'],
    ["Error: Cannot find module 'express'"],
    ['npm ERR! code ERESOLVE'],
    ['#12 [2/5] RUN npm ci'],
    ['error[E0382]: borrow of moved value: `x`'],
    ['    at Object.<anonymous> (/app/index.js:1:1)'],
  ])('keeps %j, which is error text rather than a prefix', (input) => {
    expect(normalise(input)).toBe(input);
  });

  it("rewrites VS Code's trailing ts(NNNN) to tsc's form", () => {
    expect(normalise("Type 'string' is not assignable to type 'number'.ts(2322)")).toBe(
      "error TS2322: Type 'string' is not assignable to type 'number'.",
    );
  });

  it("rewrites old ts-node's trailing (NNNN) to tsc's form", () => {
    expect(normalise("Trader.ts (30,5): Type 'string' is not assignable to type 'number'. (2322)")).toBe(
      "Trader.ts(30,5): error TS2322: Type 'string' is not assignable to type 'number'.",
    );
  });

  it.each([
    ['GitLab Runner with FF_TIMESTAMPS', '2024-05-14T11:19:20.000000Z 01E npm ERR! code ELIFECYCLE', 'npm ERR! code ELIFECYCLE'],
    ["GitLab Runner's continued line", '2024-05-14T11:19:20.000000Z 00O+fatal: not a git repository', 'fatal: not a git repository'],
    ["a Kubernetes node's container log file", '2024-05-14T11:19:20.123456789Z stderr F panic: boom', 'panic: boom'],
    ["rsyslog's RFC 3339 stamp", '2024-05-14T11:19:20.123456+00:00 web1 app[123]: Segmentation fault', 'Segmentation fault'],
    ['syslog as RFC 5424 sends it', '<11>1 2024-05-14T11:19:20Z web1 app 1234 ID47 - KeyError: 1', 'KeyError: 1'],
    ['syslog with a priority before a BSD line', '<11>May  1 12:00:00 web1 app[1]: KeyError: 1', 'KeyError: 1'],
    ['AWS Lambda', '2024-05-14T11:19:20.123Z\t3f1c2a9e-1b2c-4d5e-8f90-123456789abc\tERROR\tTypeError: x', 'TypeError: x'],
    ['log4j with the level before the thread', '2024-05-14 11:19:20,123 ERROR [main] com.acme.App - boom', 'boom'],
    ['TeamCity', '[11:19:20]E:\t [Step 2/3] error: linker failed', 'error: linker failed'],
    ["NestJS's logger", "[Nest] 1234  - 05/14/2024, 11:19:20 AM   ERROR [ExceptionHandler] Nest can't resolve", "Nest can't resolve"],
    ['Serilog', '[11:19:20 ERR] Unhandled exception', 'Unhandled exception'],
  ])('strips the prefix of %s', (_name, input, output) => {
    expect(normalise(input)).toBe(output);
  });

  it.each([
    [
      'a level after a host-less stamp, its message a program name',
      '2024-05-14T11:19:20Z fatal error: runtime: out of memory',
      'fatal error: runtime: out of memory',
    ],
    [
      'a level and a message after the stamp, not a logger',
      '[2024-05-14 11:19:20 +0000] [ERROR] ZeroDivisionError - divided by 0',
      'ZeroDivisionError - divided by 0',
    ],
    ['a stream marker without a stamp', '01E is not a prefix', '01E is not a prefix'],
  ])('keeps the message in %s', (_name, input, output) => {
    expect(normalise(input)).toBe(output);
  });

  it('reads an error pasted as a JSON string, quoted or not, and leaves a Windows path alone', () => {
    expect(normalise(JSON.stringify(printed))).toBe(printed);
    expect(normalise(JSON.stringify(printed).slice(1, -1))).toBe(printed);
    expect(normalise('"ENOENT: no such file, open \'a.txt\'"')).toBe("ENOENT: no such file, open 'a.txt'");
    expect(normalise('C:\\node\\new\\Users\\app.js not found')).toBe('C:\\node\\new\\Users\\app.js not found');
    expect(normalise("'C:\\tools\\bin\\node.exe' is not recognized as an internal or external command")).toBe(
      "'C:\\tools\\bin\\node.exe' is not recognized as an internal or external command",
    );
  });

  it("reads HTML and XML entities (a JUnit report, a page's source) as the characters they stand for", () => {
    expect(normalise('expected: &lt;1&gt; but was: &lt;2&gt;&#10;at Test.java:3 &quot;x&quot; can&#39;t &amp;')).toBe(
      'expected: <1> but was: <2>\nat Test.java:3 "x" can\'t &',
    );
  });

  it("gives an English error's typographic quotes back their straight form, and leaves a localised message's alone", () => {
    expect(normalise('KeyError: \u2018id\u2019 in \u201cconfig.json\u201d')).toBe('KeyError: \'id\' in "config.json"');
    expect(normalise('make: *** 没有规则可制作目标\u201cmain.o\u201d。 停止。')).toContain('No rule to make target');
    expect(normalise('Fehler: \u2018y\u2019 wurde für \u201cx\u201d nicht gefunden')).toBe(
      'Fehler: \u2018y\u2019 wurde für \u201cx\u201d nicht gefunden',
    );
    expect(normalise('\u2718 [ERROR] Could not resolve \u201c./app\u201d')).toBe('\u2718 [ERROR] Could not resolve "./app"');
  });

  it('joins the lines a console cut at its width, but not padded lines, rules or a width no console has', () => {
    const long = "src/main.cpp:84:21: error: cannot declare variable 'processor' to be of abstract type 'Revert'";
    const other = "src/main.cpp:90:5: error: 'undeclared_identifier_with_a_long_name' was not declared in this scope ok";
    const cut = (line: string) => (line.match(/.{1,80}/g) ?? []).join('\n');
    expect(normalise(`${cut(long)}\n    Revert p;\n${cut(other)}`)).toBe(`${long}\n    Revert p;\n${other}`);
    const padded = ['a'.repeat(70).padEnd(80), 'b'.repeat(75).padEnd(80), 'c'].join('\n');
    expect(normalise(padded)).toBe(
      padded
        .split('\n')
        .map((l) => l.trimEnd())
        .join('\n'),
    );
    const rules = ['='.repeat(80), 'x', '-'.repeat(80), 'y'].join('\n');
    expect(normalise(rules)).toBe(rules);
    const chance = ['e'.repeat(77), 'f'.repeat(77), 'g'].join('\n');
    expect(normalise(chance)).toBe(chance);
    // One cut line is joined when the cut falls mid-word; a command line of that length by chance is not.
    const daemon = 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?';
    expect(normalise(`$ docker info\n${cut(daemon)}\nERROR: Job failed: exit code 1`)).toBe(
      `$ docker info\n${daemon}\nERROR: Job failed: exit code 1`,
    );
    const command =
      "$ bash <(curl -f -L -sS https://ngxpagespeed.com/install) --nginx-version latest\ncurl: (60) Peer's Certificate issuer is not recognized.\nMore details here";
    expect(normalise(command)).toBe(command);
  });

  it("reads a chat tool's inline code, but not an error that starts and ends with a quoted name", () => {
    expect(normalise("`ModuleNotFoundError: No module named 'requests'`")).toBe("ModuleNotFoundError: No module named 'requests'");
    expect(normalise(`\`${printed}\``)).toBe(printed);
    expect(normalise('`Rc<RefCell<u8>>` cannot be sent between threads safely: `Send`')).toBe(
      '`Rc<RefCell<u8>>` cannot be sent between threads safely: `Send`',
    );
  });

  it('takes back what copying added: a deeper first line, a nested quote, doubled line ends, a blank line after each line', () => {
    expect(normalise(`\n\n   ${printed}`)).toBe(printed);
    expect(normalise('    Sequence contains no elements')).toBe('Sequence contains no elements');
    expect(normalise(printed.replace(/^/gm, '>> '))).toBe(printed);
    expect(normalise(printed.replace(/\n/g, '\r\r\n'))).toBe(printed);
    const frames = printed.replace('\n', '\n  File "main.py", line 9, in run\n');
    expect(normalise(frames.replace(/\n/g, '\n\n'))).toBe(frames);
    // Lines that all share an indentation keep it: the tool's own layout (Poetry indents by two).
    const poetry = '  RuntimeError\n\n  Unable to find installation candidates for torch (2.1.0)';
    expect(normalise(poetry)).toBe(poetry);
    // Two lines a blank line apart are two blocks.
    expect(normalise('first\n\nsecond')).toBe('first\n\nsecond');
  });

  it('reads JSON log records as their program printed them, keeping what the record says besides', () => {
    // Docker's json-file: one record a line, each line's text with its line end.
    const dockerLog = printed
      .split('\n')
      .map((line) => JSON.stringify({ log: `${line}\n`, stream: 'stderr', time: '2026-03-04T05:06:07.891234567Z' }))
      .join('\n');
    expect(normalise(dockerLog)).toBe(printed);
    // Cloud Logging's entry, on one line or pretty-printed: only framing besides the text.
    const entry = { insertId: 'a1', textPayload: printed, severity: 'ERROR', timestamp: '2026-03-04T05:06:07Z' };
    expect(normalise(JSON.stringify(entry))).toBe(printed);
    expect(normalise(JSON.stringify(entry, null, 2))).toBe(printed);
    // pino: the level and the process stay as a record; the message follows it, as printed.
    expect(normalise('{"level":50,"pid":7,"msg":"connect ECONNREFUSED 127.0.0.1:5432"}')).toBe(
      '{"level":50,"pid":7,"msg":"connect ECONNREFUSED 127.0.0.1:5432"}\nconnect ECONNREFUSED 127.0.0.1:5432',
    );
    // Elastic's ECS record (its error fields flattened), and an Elasticsearch hit as Kibana shows it.
    const ecs = { '@timestamp': '2026-03-04T05:06:07Z', 'log.level': 'error', 'error.stack_trace': printed };
    expect(normalise(JSON.stringify(ecs))).toBe(`${JSON.stringify({ '@timestamp': '2026-03-04T05:06:07Z', 'log.level': 'error' })}\n${printed}`);
    expect(
      normalise(JSON.stringify({ _index: 'logs', _id: 'x1', _source: { '@timestamp': '2026-03-04T05:06:07Z', message: printed } }, null, 2)),
    ).toBe(`${JSON.stringify({ '@timestamp': '2026-03-04T05:06:07Z' })}\n${printed}`);
    // zap: an escaped stack trace leaves the record, which keeps its level and fields.
    expect(normalise('{"level":"panic","ts":1.7e9,"msg":"boom","stacktrace":"main.run\\n\\t/app/main.go:12"}')).toBe(
      '{"level":"panic","ts":1700000000,"msg":"boom"}\nboom\nmain.run\n\t/app/main.go:12',
    );
  });

  it("reads what a forum's [code] tags or an HTML page's <pre> hold", () => {
    expect(normalise(`[code=python]${printed}[/code]`)).toBe(printed);
    expect(normalise(`<pre class="error"><code>${printed.replace(/'/g, '&#39;')}</code></pre>\n`)).toBe(printed);
    // Markup inside the error stays: only a block around the whole paste is taken off.
    expect(normalise('<pre> is not allowed in <code>')).toBe('<pre> is not allowed in <code>');
  });

  it("reads a program's error that Windows PowerShell recorded as its own", () => {
    const record = [
      'PS C:\\dev> docker pull tutum/hello-world',
      'docker : Error response from daemon: Get https://registry-1.docker.io/v2/: dial tcp 35.169.231.249:443: connectex: No connection',
      'could be made because the target machine actively refused it.',
      'At line:1 char:1',
      '+ docker pull tutum/hello-world',
      '+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
      '    + CategoryInfo          : NotSpecified: (Error response ...ely refused it.:String) [], RemoteException',
      '    + FullyQualifiedErrorId : NativeCommandError',
      ' ',
      'More output',
    ].join('\n');
    expect(normalise(record)).toBe(
      [
        'PS C:\\dev> docker pull tutum/hello-world',
        'Error response from daemon: Get https://registry-1.docker.io/v2/: dial tcp 35.169.231.249:443: connectex: No connection',
        'could be made because the target machine actively refused it.',
        'More output',
      ].join('\n'),
    );
  });

  it(`caps the input at ${MAX_INPUT_CHARS} characters`, () => {
    expect(normalise('x'.repeat(MAX_INPUT_CHARS + 5_000)).length).toBe(MAX_INPUT_CHARS);
  });
});

describe('innermost cause', () => {
  it('Java/Kotlin: the exception thrown to the caller, the block before the first "Caused by:"', () => {
    const text = [
      'Exception in thread "main" java.lang.RuntimeException: startup failed',
      '\tat com.acme.App.main(App.java:10)',
      'Caused by: java.lang.IllegalStateException: pool',
      '\tat com.acme.Pool.init(Pool.java:20)',
      'Caused by: java.net.ConnectException: Connection refused',
      '\tat java.base/sun.nio.ch.Net.connect0(Native Method)',
      '\t... 12 more',
    ].join('\n');
    const cause = innermostCause(text);
    expect(cause.chained).toBe(true);
    expect(cause.text.startsWith('Exception in thread "main" java.lang.RuntimeException: startup failed')).toBe(true);
    expect(cause.text).not.toContain('IllegalStateException');
    expect(cause.text).not.toContain('ConnectException');
  });

  it('Java/Kotlin: the first "Caused by:" block when the paste starts there or its head names no exception', () => {
    const fromCause =
      'Caused by: java.lang.IllegalStateException: pool\n\tat com.acme.Pool.init(Pool.java:20)\nCaused by: java.net.ConnectException: Connection refused';
    expect(innermostCause(fromCause).text).toBe('java.lang.IllegalStateException: pool\n\tat com.acme.Pool.init(Pool.java:20)');
    const launcher = 'Error: Could not find or load main class com.acme.App\nCaused by: java.lang.ClassNotFoundException: com.acme.App';
    expect(innermostCause(launcher).text).toBe('java.lang.ClassNotFoundException: com.acme.App');
  });

  it.each([
    ['The above exception was the direct cause of the following exception:'],
    ['During handling of the above exception, another exception occurred:'],
  ])('Python: the first exception of a chain joined by %j', (separator) => {
    const text = [
      'Traceback (most recent call last):',
      '  File "/app/db.py", line 5, in connect',
      'ConnectionRefusedError: [Errno 111] Connection refused',
      '',
      separator,
      '',
      'Traceback (most recent call last):',
      '  File "/app/main.py", line 9, in <module>',
      'app.errors.DatabaseUnavailable: cannot reach the database',
    ].join('\n');
    const cause = innermostCause(text);
    expect(cause.chained).toBe(true);
    expect(cause.text).toContain('ConnectionRefusedError');
    expect(cause.text).not.toContain('DatabaseUnavailable');
  });

  it('.NET: the outer exception, the text before the first " ---> " that introduces an exception', () => {
    const text = [
      "System.InvalidOperationException: Could not load settings ---> System.IO.FileNotFoundException: Could not find file 'C:\\app\\settings.json'.",
      '   at App.Settings.Load() in C:\\app\\Settings.cs:line 14',
      '   --- End of inner exception stack trace ---',
    ].join('\n');
    expect(innermostCause(text)).toEqual({
      text: 'System.InvalidOperationException: Could not load settings',
      chained: true,
      raised: 'InvalidOperationException',
    });
  });

  it('.NET: the exception after the last " ---> ", up to its end marker, when the head names none', () => {
    const text = [
      "fail: App.Worker[0] Settings could not be read ---> System.IO.FileNotFoundException: Could not find file 'C:\\app\\settings.json'.",
      '   at System.IO.FileStream.ValidateFileHandle(SafeFileHandle fileHandle)',
      '   at App.Settings.Load() in C:\\app\\Settings.cs:line 14',
      '   --- End of inner exception stack trace ---',
      '   at App.Program.Main(String[] args) in C:\\app\\Program.cs:line 8',
    ].join('\n');
    const cause = innermostCause(text);
    expect(cause.chained).toBe(true);
    expect(cause.text.startsWith('System.IO.FileNotFoundException')).toBe(true);
    expect(cause.text).toContain('Settings.cs:line 14');
    expect(cause.text).not.toContain('Program.cs');
  });

  it('Node: the innermost [cause]', () => {
    const text = [
      'Error: request failed',
      '    at fetchUser (/app/src/user.js:10:11) {',
      '  [cause]: TypeError: fetch failed',
      '      at node:internal/deps/undici/undici:13502:13 {',
      '    [cause]: Error: connect ECONNREFUSED 127.0.0.1:8080',
      '        at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1606:16)',
      '  }',
      '}',
    ].join('\n');
    expect(innermostCause(text).text.startsWith('Error: connect ECONNREFUSED 127.0.0.1:8080')).toBe(true);
  });

  it('Rust anyhow: the last numbered "Caused by" entry', () => {
    const text =
      'Error: failed to load config\n\nCaused by:\n    0: could not read settings.toml\n    1: No such file or directory (os error 2)';
    expect(innermostCause(text)).toEqual({ text: 'No such file or directory (os error 2)', chained: true });
  });

  it('leaves unchained text whole', () => {
    const text = 'Traceback (most recent call last):\n  File "a.py", line 1, in <module>\nKeyError: \'x\'';
    expect(innermostCause(text)).toEqual({ text, chained: false });
  });
});

describe('language detection', () => {
  it.each<[string, Language]>([
    ['Traceback (most recent call last):\n  File "app.py", line 3, in <module>', 'python'],
    ['  File "/srv/app/views.py", line 42, in index', 'python'],
    ['Exception in thread "main" java.lang.NullPointerException', 'java'],
    ['\tat com.acme.Service.run(Service.java:12)', 'java'],
    ['\tat com.acme.MainKt.main(Main.kt:5)', 'kotlin'],
    ['goroutine 1 [running]:\nmain.main()\n\t/app/main.go:12 +0x1d', 'go'],
    ['./main.go:12:3: undefined: foo', 'go'],
    ['error[E0382]: borrow of moved value: `v`', 'rust'],
    ["thread 'main' panicked at src/main.rs:4:5:", 'rust'],
    // A panic hook that logs drops the thread; a database message in it does not make it SQL's.
    ["WARN panic: panicked at src/sync/worker.rs:77:18:\nERROR 1146 (42S02): Table 'crm.contacts' doesn't exist", 'rust'],
    // Sentry prints Go frames in Python's layout; the Go driver's error type settles it.
    ['*pq.Error: pq: column "nickname" does not exist\n  File "/srv/profile/query.go", line 57, in LoadProfile', 'go'],
    ["Program.cs(10,5): error CS0246: The type or namespace name 'Foo' could not be found", 'csharp'],
    ['   at App.Program.Main() in C:\\src\\Program.cs:line 12', 'csharp'],
    ['Unhandled exception. System.NullReferenceException: Object reference not set to an instance of an object.', 'csharp'],
    ["src/app.ts(12,5): error TS2322: Type 'string' is not assignable to type 'number'.", 'typescript'],
    ['    at Object.<anonymous> (/app/index.js:1:1)', 'javascript'],
    ['    at Module._compile (node:internal/modules/cjs/loader:1256:14)', 'javascript'],
    ['main.c:1:10: fatal error: stdio.h: No such file or directory', 'c'],
    ["app.cpp:5:3: error: 'cout' was not declared in this scope", 'cpp'],
    ["app.rb:12:in `block in <main>': undefined method `name' for nil (NoMethodError)", 'ruby'],
    ['PHP Fatal error:  Uncaught Error: Call to undefined function foo() in /var/www/index.php:3', 'php'],
    ['Warning: Undefined variable $x in /var/www/index.php on line 7', 'php'],
    ['ERROR:  relation "users" does not exist\nLINE 1: SELECT * FROM users', 'sql'],
    ['ERROR:  duplicate key value violates unique constraint "users_email_key"', 'sql'],
    ["SQLSTATE[42S02]: Base table or view not found: 1146 Table 'app.users' doesn't exist", 'php'],
    ["ERROR 1045 (28000): Access denied for user 'root'@'localhost'", 'sql'],
    ['bash: pyhton: command not found', 'shell'],
    ['docker: Error response from daemon: Conflict. The container name "/web" is already in use.', 'docker'],
    ['web-7d9c   0/1   CrashLoopBackOff   5   3m', 'kubernetes'],
    ['fatal: not a git repository (or any of the parent directories): .git', 'git'],
    ['CONFLICT (content): Merge conflict in src/app.js', 'git'],
    ["ContentView.swift:12:5: error: cannot find 'foo' in scope", 'swift'],
  ])('recognises %j as %s', (text, language) => {
    expect(detectLanguage(normalise(text)).language).toBe(language);
  });

  it('uses the hint when the text has no strong signal', () => {
    expect(detectLanguage('Something failed: timeout', 'ruby')).toEqual({ language: 'ruby', evidence: 'hint' });
  });

  it('lets strong evidence in the text overrule a wrong hint', () => {
    const text = 'Traceback (most recent call last):\n  File "app.py", line 1, in <module>\nKeyError: \'x\'';
    expect(detectLanguage(text, 'javascript')).toEqual({ language: 'python', evidence: 'text' });
  });

  it("keeps a hint of the same family (a TypeScript project's runtime error)", () => {
    expect(detectLanguage('    at Object.<anonymous> (/app/dist/index.js:3:9)', 'typescript').language).toBe('typescript');
  });

  it('uses the context only as a last resort', () => {
    expect(detectLanguage('it crashes on start', undefined, 'Django app, after deploying')).toEqual({ language: 'python', evidence: 'context' });
    expect(detectLanguage('it crashes on start')).toEqual({ language: 'unknown', evidence: 'none' });
  });
});

describe('RulesEngine', () => {
  it('answers with engine "rules" and a valid shape, whatever the input', () => {
    for (const error of ["ModuleNotFoundError: No module named 'requests'", 'FooError: bar', 'hello', '']) {
      const { translation } = engine.analyse({ error });
      expect(translation.engine).toBe('rules');
      expect(translation.summary).not.toBe('');
      expect(translation.explanation).not.toBe('');
      expect(translation.fixes.length).toBeGreaterThan(0);
      expect(translation.confidence).toBeGreaterThanOrEqual(0);
      expect(translation.confidence).toBeLessThanOrEqual(0.95);
    }
  });

  it('gives unrecognisable input the language "unknown" and a confidence of at most 0.1', () => {
    for (const error of ['it does not work', 'asdf qwerty', '']) {
      const { translation, patternId } = engine.analyse({ error });
      expect(patternId).toBeNull();
      expect(translation.language).toBe('unknown');
      expect(translation.error_type).toBe('unknown error');
      expect(translation.confidence).toBeLessThanOrEqual(0.1);
    }
  });

  it.each<[string, Language, string]>([
    [
      'Traceback (most recent call last):\n  File "/srv/app/main.py", line 12, in <module>\n    run()\nFooError: the flux capacitor is empty',
      'python',
      'FooError',
    ],
    ['Exception in thread "main" com.acme.SomethingException: nope\n\tat com.acme.App.main(App.java:7)', 'java', 'SomethingException'],
    [
      'Traceback (most recent call last):\n  File "/srv/app/jobs.py", line 3, in <module>\nbilling.errors.QuotaExceeded: raised instead of a ValueError',
      'python',
      'QuotaExceeded',
    ],
    ['error[E0999]: something new\n --> src/main.rs:3:5', 'rust', 'E0999'],
    ['src/index.ts(4,2): error TS9999: A brand new diagnostic.', 'typescript', 'TS9999'],
  ])('answers a recognised language without a pattern honestly (%#)', (error, language, errorType) => {
    const { translation, patternId } = bare.analyse({ error });
    expect(patternId).toBeNull();
    expect(translation.language).toBe(language);
    expect(translation.error_type).toBe(errorType);
    expect(translation.category).toBe('runtime');
    expect(translation.confidence).toBeLessThanOrEqual(0.3);
    expect(translation.summary).toMatch(/not one the rules engine recognises specifically/);
    expect(translation.fixes.map((f) => f.title)).toEqual([
      'Read the innermost frame',
      'Search for the exact message',
      'Check what changed recently',
    ]);
  });

  it('names the innermost user frame in the generic answer', () => {
    const { translation } = bare.analyse({
      error:
        'Traceback (most recent call last):\n  File "/srv/app/main.py", line 12, in <module>\n    run()\n  File "/venv/lib/python3.12/site-packages/lib/core.py", line 88, in run\n    raise FooError()\nFooError',
    });
    expect(translation.explanation).toContain('/srv/app/main.py line 12');
  });

  it('repeats the captured specifics: module, port, file and line', () => {
    const module = engine.analyse({
      error:
        'Traceback (most recent call last):\n  File "app/main.py", line 12, in <module>\n    import requests\nModuleNotFoundError: No module named \'requests\'',
    }).translation;
    expect(module.summary).toContain("'requests'");
    expect(module.fixes[0].code).toBe('python -m pip install requests');
    expect(module.explanation).toContain('app/main.py line 12');

    const renamed = engine.analyse({ error: "ModuleNotFoundError: No module named 'sklearn'" }).translation;
    expect(renamed.fixes[0].code).toBe('python -m pip install scikit-learn');

    const port = engine.analyse({ error: 'Error: listen EADDRINUSE: address already in use :::3000' }).translation;
    expect(port.summary).toBe('Port 3000 is already in use.');

    const refused = engine.analyse({ error: 'Error: connect ECONNREFUSED 127.0.0.1:5432' }).translation;
    expect(refused.explanation).toContain('127.0.0.1:5432 (the usual port of PostgreSQL)');
  });

  it('matches through log prefixes and colour codes', () => {
    const error = [
      '2024-05-01T12:00:00Z api-1  | Traceback (most recent call last):',
      '2024-05-01T12:00:00Z api-1  |   File "/app/main.py", line 3, in <module>',
      "2024-05-01T12:00:00Z api-1  | \x1b[31mModuleNotFoundError\x1b[0m: No module named 'yaml'",
    ].join('\n');
    const { translation, patternId } = engine.analyse({ error });
    expect(patternId).toBe('python.module-not-found');
    expect(translation.fixes[0].code).toBe('python -m pip install PyYAML');
    expect(translation.explanation).toContain('/app/main.py line 3');
  });

  it('answers the root cause of chained traces', () => {
    const node = [
      'TypeError: fetch failed',
      '    at node:internal/deps/undici/undici:13502:13',
      '    at async load (/app/src/load.js:4:15) {',
      '  [cause]: Error: connect ECONNREFUSED 127.0.0.1:6379',
      '      at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1606:16)',
      '}',
    ].join('\n');
    expect(engine.analyse({ error: node }).patternId).toBe('javascript.econnrefused');

    const python = [
      'Traceback (most recent call last):',
      '  File "/venv/lib/python3.12/site-packages/urllib3/connection.py", line 198, in _new_conn',
      'ConnectionRefusedError: [Errno 111] Connection refused',
      '',
      'The above exception was the direct cause of the following exception:',
      '',
      'Traceback (most recent call last):',
      '  File "/app/client.py", line 8, in <module>',
      "requests.exceptions.ConnectionError: HTTPConnectionPool(host='localhost', port=8000): Max retries exceeded",
    ].join('\n');
    const answer = engine.analyse({ error: python });
    expect(answer.patternId).toBe('python.connection-refused');
    // The root cause shows only library frames; the user's own frame is elsewhere in the chain.
    expect(answer.translation.explanation).toContain('/app/client.py line 8');

    // JVM: the exception thrown to the caller is what the report is about; when its own block
    // shows only library frames, the user's frame comes from a "Caused by:" block.
    const jvm = new RulesEngine([
      pattern('test.outer', 'java', /RuntimeException: startup failed/),
      pattern('test.inner', 'java', /^java\.net\.ConnectException/m),
    ]);
    const trace =
      'Exception in thread "main" java.lang.RuntimeException: startup failed\n\tat java.base/java.lang.Thread.run(Thread.java:833)\nCaused by: java.net.ConnectException: Connection refused\n\tat com.acme.Db.open(Db.java:33)';
    const jvmAnswer = jvm.analyse({ error: trace });
    expect(jvmAnswer.patternId).toBe('test.outer');
    expect(jvmAnswer.translation.explanation).toContain('Db.java line 33');

    // .NET, like the JVM, reports the exception thrown to the caller: the outer one.
    const dotnet = new RulesEngine([
      pattern('test.outer', 'csharp', /InvalidOperationException/),
      pattern('test.inner', 'csharp', /^System\.IO\.FileNotFoundException/),
    ]);
    const dotnetTrace =
      'System.InvalidOperationException: Could not load ---> System.IO.FileNotFoundException: Could not find file\n   at App.Settings.Load() in C:\\app\\Settings.cs:line 14\n   --- End of inner exception stack trace ---';
    expect(dotnet.analyse({ error: dotnetTrace }).patternId).toBe('test.outer');
  });

  it('prefers a specific pattern elsewhere in the chain over a catch-all on the root cause', () => {
    const e = new RulesEngine([
      pattern('test.any-exception', 'csharp', /System\.\w+Exception: /, { priority: -10 }),
      pattern('test.unauthorized', 'csharp', /System\.UnauthorizedAccessException: /, { priority: 10 }),
    ]);
    const trace =
      "System.AggregateException: One or more errors occurred.\n ---> System.UnauthorizedAccessException: Access to the path '/app/app.log' is denied.";
    const specific = e.analyse({ error: trace });
    expect(specific.patternId).toBe('test.unauthorized');
    // Still named by the exception thrown to the caller (.NET's outer one).
    expect(specific.translation.error_type).toBe('AggregateException');
    // A pattern for the root cause (.NET: the outer exception) itself still wins.
    const rooted = new RulesEngine([
      pattern('test.aggregate', 'csharp', /System\.AggregateException/),
      pattern('test.unauthorized', 'csharp', /System\.UnauthorizedAccessException: /, { priority: 10 }),
    ]);
    expect(rooted.analyse({ error: trace }).patternId).toBe('test.aggregate');
  });

  it("skips a pattern whose cheaper 'requires' test fails, and runs a shared test once per text", () => {
    let tests = 0;
    const counting = counted(/\bE\d{4}\b/, 'test', () => tests++);
    const e = new RulesEngine([
      pattern('test.coded', 'go', /boom: (?<what>\w+)/, { requires: counting, priority: 5 }),
      pattern('test.also-coded', 'go', /boom again/, { requires: counting, priority: 5 }),
      pattern('test.plain', 'go', /boom/),
    ]);
    expect(e.analyse({ error: 'E1234 boom: disk' }).patternId).toBe('test.coded');
    // Without the code the coded patterns are not tried, even though their regex would match.
    tests = 0;
    expect(e.analyse({ error: 'boom: disk, boom again' }).patternId).toBe('test.plain');
    expect(tests).toBe(1);
  });

  it("tests an 'evidence' many patterns share once per text, and runs a regex two patterns share once", () => {
    let evidenceTests = 0;
    let regexRuns = 0;
    const evidence = counted(/\bC\+\+/, 'test', () => evidenceTests++);
    const shared = counted(/boom: (?<what>\w+)/, 'exec', () => regexRuns++);
    const e = new RulesEngine([
      pattern('test.c-boom', 'c', shared),
      // A C++ twin: the C pattern's regex, and C++ somewhere in the text.
      pattern('test.cpp-boom', 'cpp', shared, { evidence, priority: 1 }),
      pattern('test.cpp-bang', 'cpp', /bang/, { evidence, priority: 2 }),
    ]);
    expect(e.analyse({ error: 'boom: disk in a C++ program' }).patternId).toBe('test.cpp-boom');
    evidenceTests = 0;
    regexRuns = 0;
    // Without C++ in the text, neither twin applies, though both regexes would match.
    expect(e.analyse({ error: 'boom: disk, bang' }).patternId).toBe('test.c-boom');
    expect(evidenceTests).toBe(1);
    expect(regexRuns).toBe(1);
  });

  it("keeps every pattern's 'requires' true wherever the pattern matches (samples and corpus)", () => {
    const guarded = KNOWLEDGE_BASE.filter((p) => p.requires);
    expect(guarded.length).toBeGreaterThan(50);
    const texts = [...loadCorpus(findCorpusDir(__dirname)).map((c) => normalise(c.text)), ...guarded.flatMap((p) => p.samples.map(normalise))];
    // A text holding none of the literals the regex needs cannot match it (required-literals.spec proves the
    // reading): skipping those runs each regex on a few texts, not on all ~5,700 (65 s down to about 8 here).
    const couldMatch = (p: ErrorPattern) => {
      const literals = requiredLiterals(p.match);
      return (t: string) => !literals || literals.some((literal) => t.includes(literal));
    };
    const broken = guarded.flatMap((p) => {
      const candidate = couldMatch(p);
      return texts.filter((t) => candidate(t) && p.match.test(t) && !p.requires?.test(t)).map((t) => `${p.id}: ${t.slice(0, 80)}`);
    });
    expect(broken).toEqual([]);
  });

  describe("a docker build's failed step", () => {
    const buildkit = (output: string[], command: string) =>
      [
        `#9 [4/6] RUN ${command}`,
        ...output.map((line, i) => `#9 ${(0.4 + i / 10).toFixed(3)} ${line}`),
        `#9 ERROR: process "/bin/sh -c ${command}" did not complete successfully: exit code: 1`,
        '------',
        `ERROR: failed to solve: process "/bin/sh -c ${command}" did not complete successfully: exit code: 1`,
      ].join('\n');

    it("answers the command's own error: the program's language and its error, not the build's", () => {
      const python = buildkit(
        ['Traceback (most recent call last):', '  File "/app/setup_db.py", line 3, in <module>', "    cfg['url']", "KeyError: 'url'"],
        'python setup_db.py',
      );
      expect(engine.analyse({ error: python }).translation).toMatchObject({ language: 'python', error_type: 'KeyError' });
      const crash = buildkit(
        [
          'cc -O2 -Wall -o test_list test_list.c list.c',
          './test_list',
          'free(): double free detected in tcache 2',
          'make: *** [Makefile:12: test] Aborted (core dumped)',
        ],
        'make test',
      );
      expect(engine.analyse({ error: crash }).translation).toMatchObject({ language: 'c', error_type: 'double free' });
    });

    it('answers a toolchain message that shows no language signal of its own, under either builder', () => {
      const link = [
        'Undefined symbols for architecture arm64:',
        '  "___muloti4", referenced from:',
        '      _reallocarray in cc-8da2a4.o',
        'ld: symbol(s) not found for architecture arm64',
        'clang: error: linker command failed with exit code 1 (use -v to see invocation)',
      ];
      expect(engine.analyse({ error: buildkit(link, 'make') }).translation).toMatchObject({ language: 'c', error_type: 'undefined reference' });
      const checksum = [
        'Step 5/9 : RUN go mod download',
        ' ---> Running in 3f2a1b4c5d6e',
        'verifying go.uber.org/dig@v1.16.0: checksum mismatch',
        '\tdownloaded: h1:UvbC1KUaQKx6MQTALcKanqRuPQRX7Tnt1iIYZHH2shk=',
        '\tgo.sum:     h1:O48QoUEj4ePocypAIE5jz+SrxVdG/izHM1CZ/Yjrwww=',
        "The command '/bin/sh -c go mod download' returned a non-zero code: 1",
      ].join('\n');
      expect(engine.analyse({ error: checksum }).translation).toMatchObject({ language: 'go', error_type: 'checksum mismatch' });
    });

    it("answers with the program's own error name where no pattern knows the error", () => {
      const pydantic = buildkit(
        [
          'pydantic_core._pydantic_core.ValidationError: 1 validation error for Settings',
          'API_ID',
          '  Field required [type=missing, input_value={}, input_type=dict]',
        ],
        'make static',
      );
      expect(engine.analyse({ error: pydantic }).translation).toMatchObject({ language: 'python', error_type: 'ValidationError' });
    });

    it("stays the build's failure when the step's output names no program's error", () => {
      expect(engine.analyse({ error: buildkit(['done'], 'make install') }).translation).toMatchObject({
        language: 'docker',
        error_type: 'failed to solve',
      });
      // apt's worker crashed: "segmentation fault" is in the output, but no C program's crash is.
      const apt = [
        'Step 6/13 : RUN apt-get update',
        ' ---> Running in 7156a0fad623',
        'E: Method http has died unexpectedly!',
        'E: Sub-process http received a segmentation fault.',
        "The command '/bin/sh -c apt-get update' returned a non-zero code: 100",
      ].join('\n');
      expect(engine.analyse({ error: apt }).translation).toMatchObject({ language: 'docker', error_type: 'returned a non-zero code' });
      // The same under BuildKit: a crash signal alone shows no language.
      const crashed = buildkit(
        ['E: Method http has died unexpectedly!', 'E: Sub-process http received a segmentation fault.'],
        'apt-get update',
      );
      expect(engine.analyse({ error: crashed }).translation).toMatchObject({ language: 'docker', error_type: 'failed to solve' });
    });
  });

  it('falls back to the whole text when the root cause matches nothing', () => {
    const only = new RulesEngine([pattern('test.cause', 'java', /com\.acme\.Weird: /)]);
    const trace = 'java.lang.RuntimeException: startup failed\nCaused by: com.acme.Weird: ?';
    const { translation, patternId } = only.analyse({ error: trace });
    expect(patternId).toBe('test.cause');
    expect(translation.confidence).toBeGreaterThanOrEqual(0.75);
  });

  describe('candidate order', () => {
    const both = [pattern('test.ruby', 'ruby', /Boom: (?<what>\w+)/), pattern('test.python', 'python', /Boom: (?<what>\w+)/)];

    it('tries the detected (or hinted) language first', () => {
      const e = new RulesEngine(both);
      expect(e.analyse({ error: 'Boom: x', language: 'python' }).patternId).toBe('test.python');
      expect(e.analyse({ error: 'Boom: x', language: 'ruby' }).patternId).toBe('test.ruby');
      expect(
        e.analyse({ error: 'Traceback (most recent call last):\n  File "a.py", line 1, in <module>\nBoom: x', language: 'ruby' }).patternId,
      ).toBe('test.python');
    });

    it('still finds patterns of other languages (an npm error in a "python" request)', () => {
      const e = new RulesEngine([...both, pattern('test.npm', 'javascript', /^npm ERR! code E404/m)]);
      const { translation, patternId } = e.analyse({ error: 'npm ERR! code E404\nnpm ERR! 404 Not Found', language: 'python' });
      expect(patternId).toBe('test.npm');
      expect(translation.language).toBe('javascript');
    });

    it('prefers higher priority, then the earlier pattern', () => {
      const e = new RulesEngine([
        pattern('test.a', 'go', /panic: (?<what>.+)/),
        pattern('test.b', 'go', /panic: runtime/, { priority: 5 }),
        pattern('test.c', 'go', /panic: runtime/, { priority: 5 }),
      ]);
      expect(e.analyse({ error: 'panic: runtime error: index out of range' }).patternId).toBe('test.b');
      expect(new RulesEngine(both).analyse({ error: 'Boom: x' }).patternId).toBe('test.ruby');
    });

    it('among equally specific patterns, prefers the error reported first', () => {
      const e = new RulesEngine([pattern('test.later', 'typescript', /\bTS7006: /), pattern('test.first', 'typescript', /\bTS7016: /)]);
      const output =
        "a.ts(9,24): error TS7016: Could not find a declaration file for module 'x'.\na.ts(35,5): error TS7006: Parameter 'y' implicitly has an 'any' type.";
      expect(e.analyse({ error: output }).patternId).toBe('test.first');
    });

    it('renders captures and skips a pattern whose text builder throws', () => {
      const e = new RulesEngine([
        pattern('test.broken', 'go', /panic: (?<what>\w+)/, {
          priority: 9,
          summary: () => {
            throw new Error('bug');
          },
        }),
        pattern('test.fine', 'go', /panic: (?<what>\w+)/),
      ]);
      const { translation, patternId } = e.analyse({ error: 'panic: oops' });
      expect(patternId).toBe('test.fine');
      expect(translation.summary).toBe('summary of test.fine (oops)');
    });

    it('is not made stateful by a /g flag on a pattern', () => {
      const e = new RulesEngine([pattern('test.global', 'go', /panic: (?<what>\w+)/g)]);
      for (let i = 0; i < 3; i++) expect(e.analyse({ error: 'panic: again' }).patternId).toBe('test.global');
    });
  });

  it('scores known patterns between 0.75 and 0.95, higher when the language agrees', () => {
    const e = new RulesEngine([pattern('test.py', 'python', /Kaboom: (?<what>.+)/, { priority: 3 })]);
    const agreeing = e.analyse({ error: 'Traceback (most recent call last):\n  File "a.py", line 1, in <module>\nKaboom: x' }).translation
      .confidence;
    const plain = e.analyse({ error: 'Kaboom: x', language: 'php' }).translation.confidence;
    expect(agreeing).toBeGreaterThan(plain);
    for (const c of [agreeing, plain]) {
      expect(c).toBeGreaterThanOrEqual(0.75);
      expect(c).toBeLessThanOrEqual(0.95);
    }
  });

  describe('speed', () => {
    const traceback = 'Traceback (most recent call last):\n  File "/app/x.py", line 3, in <module>\n    foo()\n';
    const fill = (unit: string): string => unit.repeat(Math.ceil(MAX_INPUT_CHARS / unit.length)).slice(0, MAX_INPUT_CHARS);
    const inputs: Record<string, string> = {
      'a long traceback': `${fill(traceback).slice(0, MAX_INPUT_CHARS - 20)}\nKeyError: 'x'`,
      'one 50,000-character line': 'a'.repeat(MAX_INPUT_CHARS),
      'repeated stack frames': fill('    at Object.<anonymous> (/srv/app/index.js:1:1)\n'),
      'repeated error lines': fill("KeyError: 'x'\n"),
      'repeated Caused by': fill('Caused by: java.lang.IllegalStateException: y\n\tat a.b.C.d(C.java:1)\n'),
      'repeated .NET arrows': fill(' ---> System.Exception: inner'),
      'repeated TS fragments': fill("src/a.ts(1,1): error TS2322: Type 'x' is not assignable to type 'y"),
      'timestamped log lines': fill('2024-05-01T12:00:00.123Z ERROR [main] something happened here\n'),
      'blank lines': '\n'.repeat(MAX_INPUT_CHARS),
      'quotes and colons': fill('\':\'a:1:"x" '),
      'pseudo-random text': Array.from({ length: MAX_INPUT_CHARS }, (_, i) => String.fromCharCode(32 + ((i * 7919) % 95))).join(''),
    };

    const measured: string[] = [];
    afterAll(() => {
      if (measured.length > 0) process.stdout.write(`\nrules engine on 50,000-char inputs (best of 10): ${measured.join(', ')}\n`);
    });

    // Catastrophic backtracking shows as time growing faster than the input, on any machine; a
    // wall-clock budget would instead measure the machine (it has differed 2x between days here).
    it.each(Object.entries(inputs))('handles %s (50,000 chars) in time linear in its length', (name, error) => {
      expect(error.length).toBeLessThanOrEqual(MAX_INPUT_CHARS);
      const half = error.slice(0, error.length / 2);
      engine.analyse({ error });
      engine.analyse({ error: half });
      // Best of 10, the two sizes taking turns so that both meet the same moments of a shared machine's load;
      // super-linear work would be slow every time.
      const once = (text: string): number => bestMs(() => engine.analyse({ error: text }), 1);
      let ms = Infinity;
      let halfMs = Infinity;
      for (let i = 0; i < 10; i++) {
        ms = Math.min(ms, once(error));
        halfMs = Math.min(halfMs, once(half));
      }
      measured.push(`${name} ${ms.toFixed(1)} ms (half: ${halfMs.toFixed(1)} ms)`);
      // Linear work doubles with the input, quadratic quadruples; under 5 ms is too quick to tell.
      expect(ms).toBeLessThan(Math.max(3 * halfMs, 5));
    });

    it('takes under 1 ms per knowledge-base sample (median)', () => {
      const samples = KNOWLEDGE_BASE.flatMap((p) => p.samples);
      for (const error of samples) engine.analyse({ error });
      const times = samples.map((error) => bestMs(() => engine.analyse({ error }), 3)).sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)];
      const p95 = times[Math.floor(times.length * 0.95)];
      process.stdout.write(
        `\nrules engine: ${KNOWLEDGE_BASE.length} patterns, ${samples.length} samples, median ${(median * 1000).toFixed(0)} µs, p95 ${(p95 * 1000).toFixed(0)} µs per analysis\n`,
      );
      expect(median).toBeLessThan(1);
    });
  });
});

/**
 * C or C++: a crash report or compiler message is C++'s when the text shows C++ the way a human
 * reads it (C++ sources, Namespace::function frames, mangled _Z symbols, operator new/delete, the
 * C++ runtime library, g++/clang++/c++), and C's otherwise. One shared evidence test decides for
 * every C/C++ pattern.
 */
describe('C or C++', () => {
  const decide = (error: string) => {
    const { translation, patternId } = engine.analyse({ error });
    return { language: translation.language, error_type: translation.error_type, patternId };
  };

  it.each([
    // glibc's heap checks
    [
      'free(): double free detected in tcache 2\n#4  0x00007ffff7a4b2f3 in _ZN5Track7releaseEv (/opt/mixer/bin/mixer+0x42f3)\nAborted (core dumped)',
      'double free',
    ],
    [
      'free(): double free detected in tcache 2\n#6  0x00007f3e1c2a1e0b in ?? () from /lib/x86_64-linux-gnu/libstdc++.so.6\n#7  0x000055d0a3e4b1a2 in main ()',
      'double free',
    ],
    ['double free or corruption (fasttop)\n#5  0x0000555555556a10 in Playlist::clear (this=0x7fffffffd9e0) at playlist.h:40', 'double free'],
    [
      'free(): double free detected in tcache 2\n#3  0x00007ffff7e5a8fd in operator delete(void*, unsigned long) () from /lib/libc++.so.1',
      'double free',
    ],
    ['munmap_chunk(): invalid pointer\n#5  0x0000555555555a3b in __ZN6Buffer5resetEv (in /Users/dev/tool/build/tool)', 'invalid pointer'],
    // sanitizers
    [
      '==512==ERROR: AddressSanitizer: heap-use-after-free on address 0x6020000000d0 at pc 0x55b1 bp 0x7ffc sp 0x7ffc\nREAD of size 4 at 0x6020000000d0 thread T0\n    #0 0x55b1c4 in _ZNK5Queue4peekEv (/opt/q/bin/q+0x11c4)',
      'heap-use-after-free',
    ],
    [
      "include/ring.h:88:17: runtime error: signed integer overflow: 2147483647 + 1 cannot be represented in type 'int'\n    #0 0x4f2a in _ZN4Ring4pushEi /opt/ring/include/ring.h:88",
      'undefined behavior',
    ],
    // the loader and abort()
    ['Aborted (core dumped)\n#5  0x000055555555b1c4 in _ZN6Engine4stopEv (/srv/engine/bin/engine+0x71c4)', 'aborted'],
    ['./viewer: symbol lookup error: /opt/viewer/lib/libscene.so: undefined symbol: _ZN5scene4Mesh4loadERKSs', 'undefined symbol'],
    ["./viewer: /usr/lib/x86_64-linux-gnu/libstdc++.so.6: version `GLIBCXX_3.4.31' not found (required by ./viewer)", 'version not found'],
    ["./viewer: version `CXXABI_1.3.15' not found (required by /opt/viewer/lib/libscene.so)", 'version not found'],
  ])('%#: a runtime report with C++ frames or the C++ runtime is C++', (text, errorType) => {
    expect(decide(text)).toMatchObject({ language: 'cpp', error_type: errorType });
  });

  it.each([
    [
      'free(): double free detected in tcache 2\n#4  0x0000555555555214 in list_free (l=0x5555555592a0) at list.c:31\nAborted (core dumped)',
      'double free',
    ],
    ['free(): double free detected in tcache 2\nAborted (core dumped)', 'double free'],
    ["include/ring.h:88:17: runtime error: signed integer overflow: 2147483647 + 1 cannot be represented in type 'int'", 'undefined behavior'],
    [
      '==77==ERROR: AddressSanitizer: attempting double-free on 0x602000000010 in thread T0:\n    #0 0x7f1c in __interceptor_free ../../../../src/libsanitizer/asan/asan_malloc_linux.cpp:127\n    #1 0x55d1 in node_destroy src/node.c:12',
      'double free',
    ],
    ['Aborted (core dumped)\n#5  0x000055555555b1c4 in engine_stop (engine=0x5555555592a0) at engine.c:77', 'aborted'],
    ['./viewer: symbol lookup error: /opt/viewer/lib/libscene.so: undefined symbol: mesh_load', 'undefined symbol'],
    ["./viewer: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.38' not found (required by ./viewer)", 'version not found'],
  ])('%#: a runtime report with only C (or nothing) to go by is C', (text, errorType) => {
    expect(decide(text)).toMatchObject({ language: 'c', error_type: errorType });
  });

  it.each([
    ["c++ -O2 -c include/shape.h -o shape.o\ninclude/shape.h:9:2: error: expected ';' after struct definition", 'cpp'],
    ["gcc -O2 -c include/shape.h -o shape.o\ninclude/shape.h:9:2: error: expected ';' after struct definition", 'c'],
    ["cl /nologo /EHsc /c widget.c\nwidget.c(14): error C2065: 'count': undeclared identifier", 'c'],
    ["cl /nologo /EHsc /c widget.cpp\nwidget.cpp(14): error C2065: 'count': undeclared identifier", 'cpp'],
    ["cl /nologo /std:c++20 /c widget.h widget.c\nwidget.h(14): error C2061: syntax error: identifier 'count_t'", 'cpp'],
    ["cl /nologo /c widget.h widget.c\nwidget.h(14): error C2061: syntax error: identifier 'count_t'", 'c'],
  ])('%#: compiler output is C++ with a C++ compiler or source, C with gcc and .c files', (text, language) => {
    expect(decide(text).language).toBe(language);
  });

  it.each([
    // g++/clang++-only wordings in a header C shares
    ["src/lib/util.h:22:18: error: expected unqualified-id before 'namespace'"],
    ["vec.h:33:12: error: cannot bind non-const lvalue reference of type 'int&' to an rvalue of type 'int'"],
    ["list.h:20:25: error: invalid use of template-name 'List' without an argument list"],
    ["base.h:11:18: error: cannot declare variable 's' to be of abstract type 'Shape'"],
    ["foo.h:9:7: error: redefinition of 'class Foo'"],
    // the same in gcc's other locales, and its header with a C++ signature
    ['include/foo.h:12:5: Fehler: »string« ist kein Element von »std«'],
    ["include/foo.h:12:5: erreur: pas de fonction correspondant à l'appel à « bar(int) »"],
    ['include/foo.h: В функции «int main()»:\ninclude/foo.h:12:5: ошибка: expected «;» before «}» token'],
    // extensionless headers, Arduino sketches, node-gyp, the MSVC runtime
    ['src/app.h:3:10: fatal error: QWidget: No such file or directory\n    3 | #include <QWidget>'],
    ["blink.ino: In function 'void loop()':\nblink.ino:12:5: error: 'x' was not declared in this scope"],
    ['  CXX(target) Release/obj.target/addon/src/addon.o\n../src/addon.h:12:10: fatal error: node.h: No such file or directory'],
    ['Debug Assertion Failed!\nProgram: C:\\app\\Debug\\app.exe\n\nExpression: vector subscript out of range'],
    // C has no scope operator: a crash or abort whose output names one is a C++ program's
    ['Planner::Core v1.2 starting\nloading map.yaml\nSegmentation fault (core dumped)'],
    ['[INFO] Tracker::Session opened\n*** stack smashing detected ***: terminated\nAborted (core dumped)'],
  ])('%#: what only C++ says makes a markerless or header diagnostic C++', (text) => {
    expect(decide(text).language).toBe('cpp');
  });

  it.each([
    ['main.c: In Funktion »main«:\nmain.c:12:5: Fehler: »zaehler« nicht deklariert (erste Benutzung in dieser Funktion)'],
    ['LNK2019\tunresolved external symbol _main referenced in function "int __cdecl invoke_main(void)" (?invoke_main@@YAHXZ)'],
    [
      "error: failed to run custom build command for `openssl-sys v0.9.80`\n  --- stderr\n  cargo:warning=src/shim.c:3:10: fatal error: openssl/ssl.h: No such file or directory\n  thread 'main' panicked at 'called `Result::unwrap()` on an `Err` value', build.rs:12:5\n   0: std::panicking::begin_panic",
    ],
    // an IPv6 address is no scope operator
    ['listening on fe80::1a2b port 8080\nSegmentation fault (core dumped)'],
  ])("%#: the CRT's C++ caller of main, cargo's Rust paths and IPv6 addresses are no sign of C++", (text) => {
    expect(decide(text).language).toBe('c');
  });
});

describe('.NET messages without their class', () => {
  it.each([
    ['Object reference not set to an instance of an object.', 'NullReferenceException'],
    ['Der Objektverweis wurde nicht auf eine Objektinstanz festgelegt.\n   bei Shop.Orders.Total(Int32 id)', 'NullReferenceException'],
    ['Sequence contains no elements', 'InvalidOperationException'],
  ])('%j is C#', (error, errorType) => {
    expect(engine.analyse({ error }).translation).toMatchObject({ language: 'csharp', error_type: errorType });
  });
});
