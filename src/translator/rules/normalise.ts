import { delocalise } from './localised';

/**
 * Turns pasted terminal/log output into the plain error text the knowledge-base patterns are
 * written against. Everything here is line-based and anchored so that the cost stays linear in
 * the input length, whatever the input (the API accepts up to 50,000 characters).
 */

/** The contract caps `error` at 50,000 characters; the engine never looks further. */
export const MAX_INPUT_CHARS = 50_000;

// CSI sequences (colours, cursor moves), OSC sequences (hyperlinks, window titles) and the
// two-character escapes. The OSC body stops at the next ESC, so scans never overlap: linear.
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]/g;
// Colour codes whose ESC byte was lost on the way (copied from CI web logs): "[31mError[39m".
// "[<digits>m" followed by anything but "]" is not code anyone writes. GCC follows each colour with
// an erase-line ("[01;31m[Kerror: [m[K"): the reset and the erase go with it.
const LOST_ESC_SGR = /\[(?:\d{1,3};){0,4}\d{1,3}m(?:\[K)?(?!\])|\[m\[K/g;
// Windows PowerShell (5.1, and 7 before 7.2) wraps a program's first stderr line as an error record:
// "docker : <the line>" (its continuation lines follow), "At line:1 char:1", the command underlined
// with "+", then the record's CategoryInfo and "FullyQualifiedErrorId : NativeCommandError". The rest
// of the program's output follows as printed. What the program said is the line and its continuation.
const POWERSHELL_NATIVE_ERROR =
  /^\S[^\n]{0,300}? : ([^\n]*(?:\n(?!At )[^\n]*){0,5})\nAt (?:line:\d{1,7}|[^\n]{1,300}:\d{1,7}) char:\d{1,5}\n(?:\+[^\n]*\n){1,6}[ \t]+\+ CategoryInfo[^\n]*\n[ \t]+\+ FullyQualifiedErrorId : NativeCommandError[^\n]*(?:\n[ \t]*(?=\n|$))?/m;
// Copying a GitHub Actions log from the web page turns numbers into links to log lines:
// "TS2[3](https://github.com/o/r/actions/runs/1/job/2#step:7:3)06" was "TS2306".
const ACTIONS_LINE_LINK = /\[(\d{1,6})\]\(https:\/\/github\.com\/[^)\s]{1,300}#step:\d{1,4}:\d{1,7}\)/g;
// BOM and zero-width characters come along with copies from web pages and chat tools.
const INVISIBLE = /[\u200b-\u200d\ufeff]/g;

const LEVEL_WORDS = 'error|err|warn|warning|info|debug|fatal|critical|crit|trace|severe|notice';

/**
 * Line prefixes added by loggers, CI runners and container tooling. Each is anchored at the
 * line start and uses bounded or single-class quantifiers, so a failed attempt costs O(1)-ish.
 * The order matters only for readability: the stripper loops until no prefix matches.
 */
interface Prefix {
  re: RegExp;
  /** A time stamp: a bare level word right after it is a log level too. */
  stamp?: true;
  /** Only a prefix right after a time stamp: on its own the same start could be the message's. */
  afterStamp?: true;
}

const PREFIXES: readonly Prefix[] = [
  // GitHub Actions workflow commands: "##[error]", "::error file=x::".
  { re: /^##\[(?:error|warning|notice|debug|group|endgroup|command|section)\]/i },
  { re: /^::(?:error|warning|notice)(?: [^:\n]{0,300})?::/ },
  // ISO-8601 / log4j / Python logging / nginx timestamps, optionally bracketed:
  // "2024-05-01T12:00:00.123Z", "2024-05-01 12:00:00,123", "[2024-05-01 12:00:00 +0000]",
  // "2024/05/01 12:00:00", "2024-05-01 12:00:00.123 CEST".
  {
    re: /^\[?\d{4}([-/.])\d{2}\1\d{2}[T ]\d{2}:\d{2}(?::\d{2})?(?:[.,]\d{1,9})?(?: ?(?:Z|[A-Z]{3,4}|[+-]\d{2}:?\d{2}))?\]?(?:\s*[|:-]\s+|\s+)/,
    stamp: true,
  },
  // After the time: GitLab Runner's stream marker (FF_TIMESTAMPS: "00O ", "01E ", "00O+" for a
  // continued line) and the container runtime's log file columns (CRI: "stderr F ", "stdout P ").
  { re: /^[0-9a-f]{2}[EO][+ ]/, afterStamp: true },
  { re: /^(?:stdout|stderr) [FP] /, afterStamp: true },
  // rsyslog's RFC 3339 stamp (Debian's default) is followed by the host and the tag with its pid:
  // "2024-05-01T12:00:00.123456+00:00 web1 app[123]: ". Without the pid it could be the message.
  { re: /^[\w.-]{1,255} [^\s:[]{1,255}\[\d{1,10}\]: /, afterStamp: true },
  // AWS Lambda's runtime log: the request id and level after the time, tab-separated.
  { re: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\t(?:[A-Z]{4,5}\t)?/, afterStamp: true },
  // log4j's "%d %-5p [%t] %c - " puts the level before the thread: "[main] com.acme.App - " is left (a
  // logger's dotted name: "[ERROR] ZeroDivisionError - divided by 0" is Ruby's message after a level).
  { re: /^\[[^\]\n]{1,80}\] [\w$]{1,100}(?:\.[\w$]{1,100}){1,12} - /, afterStamp: true },
  // syslog as it travels (RFC 5424): "<11>1 2024-05-01T12:00:00Z host app 1234 ID47 - ", and the
  // priority before a BSD syslog line ("<11>May  1 12:00:00 host app[1]: ").
  { re: /^<\d{1,3}>1 \S{1,64} \S{1,255} \S{1,48} \S{1,128} \S{1,32} (?:-|(?:\[[^\]\n]{0,300}\]){1,5}) ?/, stamp: true },
  { re: /^<\d{1,3}>(?=[A-Z][a-z]{2} [ \d]\d \d{2}:)/ },
  // TeamCity's build log: "[12:00:00]E:\t [Step 2/3] ".
  { re: /^\[\d{2}:\d{2}:\d{2}\][A-Za-z]:\t{1,8} ?(?:\[[^\]\n]{1,200}\] )?/, stamp: true },
  // NestJS's logger: "[Nest] 1234  - 05/01/2024, 12:00:00 PM   ERROR [ExceptionHandler] " (the date in the
  // server's locale), and Serilog's console template: "[12:00:00 ERR] ".
  {
    re: /^\[Nest\] \d{1,10}\s{1,4}-\s{1,4}[^\n]{0,40}?\s{2,6}(?:ERROR|WARN|LOG|DEBUG|VERBOSE|FATAL)\s{1,4}(?:\[[^\]\n]{1,100}\]\s{1,4})?/,
    stamp: true,
  },
  { re: /^\[(?:\d{4}-\d{2}-\d{2}[T ])?\d{2}:\d{2}:\d{2}(?:[.,]\d{1,7})?(?: ?[+-]\d{2}:?\d{2})? (?:VRB|DBG|INF|WRN|ERR|FTL)\]\s/, stamp: true },
  // Apache's "[Mon May 01 12:00:00.123456 2024] ", and its module-level, pid and client fields.
  { re: /^\[(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2}(?:\.\d{1,6})? \d{4}\]\s+/, stamp: true },
  { re: /^\[[a-z_]{1,30}:(?:emerg|alert|crit|error|warn|notice|info|debug)\]\s+/ },
  { re: /^\[pid \d{1,10}(?::tid \d{1,20})?\]\s+/ },
  { re: /^\[client [^\]\n]{1,80}\]\s+/ },
  // nginx's "1234#1234: *56 " after its level, and PostgreSQL's "[1234] " / "[1234-1] " after the time.
  { re: /^\d{1,10}#\d{1,10}: (?:\*\d{1,12} )?/ },
  { re: /^\[\d{1,10}(?:-\d{1,6})?\]\s+/ },
  // MSBuild's project-number prefix of parallel builds: "1>main.cpp(3): error C2065".
  { re: /^\d{1,4}>(?=\S)/ },
  // Docker BuildKit's step and elapsed seconds: "#12 0.532 ". The "#12 [2/5] RUN" headers stay.
  { re: /^#\d{1,4} \d{1,6}\.\d{1,4} / },
  // Process managers: pm2's "0|api  | " and concurrently/foreman's "server-0 (err): ".
  { re: /^\d{1,4}\|[\w.-]{1,100}\s*\|\s?/ },
  { re: /^[\w.-]{1,60} \((?:out|err)\): / },
  // The same seconds without the step number: BuildKit's excerpt of a failed step ("46.59 Type error: …").
  { re: /^\d{1,5}\.\d{1,3} (?=\S)/ },
  // xUnit's console runner: "[xUnit.net 00:00:01.61]     ".
  { re: /^\[xUnit\.net \d{2}:\d{2}:\d{2}\.\d{2}\]\s+/ },
  // GitLab CI's collapsible sections and Jenkins' pipeline steps.
  { re: /^section_(?:start|end):\d{1,12}:[\w.-]{1,100}(?:\[[^\]\n]{0,100}\])?/ },
  { re: /^\[Pipeline\] / },
  // Laravel/Monolog's channel and level after the time: "local.ERROR: ".
  { re: /^[a-z][\w-]{0,30}\.(?:EMERGENCY|ALERT|CRITICAL|ERROR|WARNING|NOTICE|INFO|DEBUG): / },
  // Ruby's Logger: "E, [2024-05-01T12:00:00.123456 #1234] ERROR -- : ", optionally a progname.
  { re: /^[DIWEFA], \[[^\]\n]{1,60}\] {1,2}[A-Z]{4,7} -- [^:\n]{0,100}: / },
  // Spring Boot after its time and level: "1234 --- [main] o.s.boot.SpringApplication : "
  // (Boot 3 adds the application name: "--- [app] [main] ").
  { re: /^\d{1,10} --- (?:\[[^\]\n]{0,80}\] ){1,2}[\w.$]{1,200}\s*: / },
  // Logback's default pattern after the time: "[main] ERROR com.acme.App - ".
  { re: new RegExp(`^\\[[^\\]\\n]{1,80}\\] (?:${LEVEL_WORDS.toUpperCase()}) {1,2}[\\w.$]{1,200} - `) },
  // Loguru's default format after its time and level ("… | ERROR    | "): the record's place, "module:function:line - "
  // ("__main__:<module>:182 - ", "app.db:connect:42 - "; "app.x:12 | " in formats that keep loguru's columns).
  { re: /^[\w.-]{1,200}(?::[\w<>.-]{1,200})?:\d{1,7} [-|] (?=\S)/, afterStamp: true },
  // Python logging's "%(name)s - %(levelname)s - " after the time: "myapp.db - ERROR - ".
  { re: new RegExp(`^[\\w.]{1,100} - (?:${LEVEL_WORDS.toUpperCase()}) - `) },
  // Time only: "[12:00:00]", "12:00:00.123 ", and Vercel's build log column "12:00:00.123 | ".
  { re: /^\[?\d{2}:\d{2}:\d{2}(?:[.,]\d{1,6})?\]?(?: {1,4}\|)?\s+/, stamp: true },
  // Vercel's build step marker after that column ("▲  Type error: …"), and act's step output ("| git: …").
  { re: /^▲\s{1,4}(?=\S)/ },
  { re: /^\| (?=\S)/ },
  // syslog / journald: "May  1 12:00:00 host app[123]: ".
  { re: /^[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \S{1,255} [^\s:[]{1,255}(?:\[\d{1,10}\])?: /, stamp: true },
  // Android logcat threadtime format after its date: "08-29 06:50:05.261 25392 25392 E AndroidRuntime: ",
  // Android Studio's "25356-25356/com.example.app E/AndroidRuntime: " (its brief level/tag part
  // is stripped next) and its newer "1234-1234  AndroidRuntime  com.example.app  E  " columns.
  { re: /^\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}\s{1,6}\d{1,10}\s{1,6}\d{1,10} [VDIWEF] [^:\n]{1,100}?: ?/, stamp: true },
  { re: /^\d{1,10}-\d{1,10}\/[\w.:-]{1,255} (?=[VDIWEF]\/)/ },
  { re: /^\d{1,10}-\d{1,10}\s{1,10}[\w.$-]{1,100}\s{1,60}[\w.:$-]{1,255}\s{1,60}[VDIWEF]\s{1,5}(?=\S)/ },
  // Android logcat brief format: "E/AndroidRuntime( 1234): ", "E/Tag: ".
  { re: /^[VDIWEF]\/[^\s:(]{1,255}\s*(?:\(\s*\d{1,10}\))?:\s/ },
  // pytest marks the failure lines of a test with "E   ", and its own crash with "INTERNALERROR> ".
  { re: /^INTERNALERROR> ?/ },
  { re: /^E {3,}(?=\S)/ },
  // Bracketed levels: "[error] ", "[ ERROR ]: ".
  { re: new RegExp(`^\\[\\s*(?:${LEVEL_WORDS})\\s*\\]:?\\s*`, 'i') },
  // Python logging's default format "ERROR:root:" (no space after the colon, unlike
  // PostgreSQL's own "ERROR:  relation ..." which must survive).
  { re: /^(?:ERROR|WARNING|CRITICAL|INFO|DEBUG):[\w.]{0,255}:/ },
  // Bare upper-case level followed by a thread/logger marker: "ERROR [main] ", "ERROR - ".
  { re: new RegExp(`^(?:${LEVEL_WORDS.toUpperCase()})\\s+(?=\\[|-\\s|\\|\\s)(?:-\\s+|\\|\\s+)?`) },
  // Heroku's log source and dyno after its time stamp: "app[web.1]: ", "heroku[router]: ".
  { re: /^(?:app|heroku)\[[\w.-]{1,60}\]: ?/ },
  // VS Code's CMake Tools output channel: "[cmake] CMake Error at …", "[build] …" (not its "[main] ", a
  // thread name in Java logs).
  { re: /^\[(?:cmake|build|proc|driver|ctest|kit|variant|cpack)\] / },
  // Capistrano 2's remote output: "*** [err :: app1.example.com] ".
  { re: /^\*\*\* \[(?:err|out) :: [^\]\n]{1,255}\] ?/ },
  // kubectl logs --prefix: "[pod/web-7d9c/app] ".
  { re: /^\[pod\/[^\]\s]{1,255}\]\s/ },
  // pm2's log prefix: "0|api      | " (process id, app name).
  { re: /^\d{1,4}\|[\w.@-]{1,60}\s*\|\s?/ },
  // An elapsed-time column: "00h58m27s | make[2]: …" (build farms and long-running build scripts).
  { re: /^\d{1,4}h\d{1,2}m\d{1,2}s\s{0,4}\|\s?/ },
  // docker compose / kubectl-style "service-1  | ". The name must start with a letter so that
  // compiler gutters ("12 |", "   |") are left alone.
  { re: /^[A-Za-z][\w.-]{0,127}\s*\|\s?/ },
];

// After a timestamp, a bare level word is a log level: "... 12:00:00 ERROR msg". Only all-caps
// or all-lower words followed by a space: "Error: …" is JavaScript's own message prefix and
// "ERROR:  relation …" is PostgreSQL's, and patterns may rely on both. "fatal error: …" is the
// message itself (Go's runtime, gcc, MSVC's "fatal error C1083"), not a level before "error: …".
// Not a level but the message's own first word: MySQL's "ERROR 1273 (HY000)", and a lower-case "error"
// that starts a sentence ("error during connect", "error when evicting pod").
const NOT_A_LEVEL = String.raw`(?!fatal error\b|(?:ERROR|error) \d{3,5} \(|error (?:during|when|while|from|response|reading|writing|getting|creating|loading|parsing|executing|running|calling|checking|validating|building|occurred|processing)\b)`;
const LEVEL_AFTER_TIMESTAMP = new RegExp(`^${NOT_A_LEVEL}(?:${LEVEL_WORDS}|${LEVEL_WORDS.toUpperCase()})\\s+`);

// One cheap test per line before trying each prefix: could this line start with any of them?
// Most lines of a trace (frames, messages, code) fail it at the first or second character.
const MAY_HAVE_PREFIX =
  /^(?:##\[|::|\[|<\d|\d|#\d|\*\*\* \[|section_|[DIWEFA], \[|[a-z][\w-]{0,30}\.[A-Z]|[\w.]{1,100} - [A-Z]|\d{1,4}\||[\w.-]{1,60} \(|[A-Z][a-z]{2} [ \d]\d |[VDIWEF]\/|E {3}|[A-Z]{3,}[:\s]|[a-z]{3,}\s|(?:app|heroku)\[|INTERNALERROR>|[A-Za-z][\w.-]{0,127}\s*\||▲|\| )/;

/** At most this many prefixes are peeled off one line: real lines carry two or three. */
const MAX_PREFIXES_PER_LINE = 6;

function stripLinePrefixes(line: string): string {
  // No prefix above starts with whitespace; indented lines (stack frames) are the bulk of a trace.
  if (line.length === 0 || line.charCodeAt(0) === 32 || line.charCodeAt(0) === 9 || !MAY_HAVE_PREFIX.test(line)) return line;
  let current = line;
  let afterTimestamp = false;
  for (let round = 0; round < MAX_PREFIXES_PER_LINE; round++) {
    let stripped = false;
    for (const prefix of PREFIXES) {
      if (prefix.afterStamp === true && !afterTimestamp) continue;
      const m = prefix.re.exec(current);
      // A line that is only a time stamp (a container log's empty line) carries nothing.
      if (m && prefix.stamp === true && m[0].trimEnd().length === current.trimEnd().length) return '';
      // A prefix with its separator and nothing after it ("[cmake] ") is an empty line of that log.
      if (m && m[0].length === current.length && /\s$/.test(m[0]) && /\S/.test(m[0])) return '';
      // Never strip a whole line: a line that is only "[error]" is content, not a prefix.
      if (m && m[0].length > 0 && m[0].length < current.length) {
        current = current.slice(m[0].length);
        afterTimestamp = afterTimestamp || prefix.stamp === true;
        stripped = true;
        break;
      }
    }
    if (!stripped && afterTimestamp) {
      const m = LEVEL_AFTER_TIMESTAMP.exec(current);
      if (m && m[0].length > 0 && m[0].length < current.length) {
        current = current.slice(m[0].length);
        stripped = true;
      }
    }
    if (!stripped) break;
  }
  return current;
}

// VS Code's hover and Problems panel put the TypeScript code last: "Type 'a' is not assignable
// to type 'b'.ts(2322)". Rewriting it to tsc's "error TS2322: …" lets every TS pattern rely on
// one form instead of each pattern matching both.
const VSCODE_TS_CODE = /^(.*?\S)\s*ts\((\d{4,5})\)\s*$/;
// Old ts-node prints "Trader.ts (30,5): Type 'a' is not assignable to type 'b'. (2322)".
const TS_NODE_CODE = /^(\S+\.tsx?) ?\((\d+,\d+)\): (?!error TS)(.*\S) \((\d{4,5})\)$/;
// Older ts-node prints the diagnostics of a file that does not compile without their location, the
// code last: "TSError: ⨯ Unable to compile TypeScript\nCannot find type definition file for 'node'. (2688)".
const TS_NODE_UNLOCATED = /^(?!\s)(.*?\S)\.? \((\d{4,5})\)$/;
// Create React App's type checker puts the code last after two spaces: "Type 'a' is not assignable to type 'b'.  TS2322".
const CRA_TS_CODE = /^(\S.*?\S) {2,}TS(\d{4,5})$/;
// Angular's AOT compiler (and old ng build) prints tsc's message without its code after an empty
// column: "ERROR in src/app/x.component.html(9,18): : Property 'id' does not exist on type '{}'.".
// Written as Next.js's "Type error: …" form, the TypeScript patterns that imply a code read it.
const NG_TS_MESSAGE = /^(?:ERROR in )?(\S+\.(?:ts|tsx|html)\(\d+,\d+\)): : (\S.*)$/;

// MSBuild wraps long console lines and indents the rest by 7 spaces, even inside a diagnostic's
// code ("file.cpp(160,9): error C2\n       065: …"): rejoin a line cut within the few characters
// after its "(line,col): " location.
const MSBUILD_WRAP = /(\(\d{1,7}(?:,\d{1,5})?\): [^\n]{0,24})\n {7}(?=\S)/g;

// A terminal or issue box that wraps a long path cuts gcc's "path/file.cpp:229:27: error: …" (and
// its "path/file.cpp: In function …" header) before the colon: rejoin a source path with the
// location or header that starts the next line.
const SOURCE_PATH_WRAP = /(\S\.(?:c|cc|cpp|cxx|c\+\+|h|hh|hpp|hxx|cu|m|mm))\n(?=:(?:\d{1,7}:| ))/g;

// Spack's excerpt of a failed build log numbers each line ("     1865    " and "  >> 1866    " for the
// error lines) and hard-wraps long ones at the terminal's width, indenting the rest by 13 spaces,
// even inside a word ("cmQtAutoMocUic.cx\n             x:506:24"). The wrapped parts are joined back
// and the numbers dropped, so the compiler's lines read as it printed them.
const SPACK_LOG_MARK = /^ {2}>> \d{1,7} {4}/m;
const SPACK_WRAPPED_LINE = /^((?: {2}>> | {5})\d{1,7} {4}[^\n]*)((?:\n {13}(?=\S)[^\n]*)+)/gm;
const SPACK_LINE_NUMBER = /^(?: {2}>> | {5})\d{1,7} {4}/gm;

// Error trackers that file GitHub issues (Airbrake) split the exception into Markdown fields:
// "**Error type:** `PG::ConnectionBad`" then "**Error message:** `` FATAL: … ``". Joined back into
// "PG::ConnectionBad: FATAL: …", the class stays next to its message, as the program printed it.
const TRACKER_FIELDS = /^\*\*Error type:\*\* `([^`\n]{1,200})`\n\*\*Error message:\*\* `{1,2} ?([^`\n]{0,2000}?) ?`{1,2}$/m;

// gdb runs Python for its pretty-printers; when one fails to load it prints a Python traceback from
// its auto-load directory into the session, which says nothing about the program being debugged.
const GDB_PRINTER_TRACEBACK =
  /^Traceback \(most recent call last\):\n {2}File "[^"\n]{0,300}\/gdb\/[^"\n]{0,300}", line \d{1,7}, in [^\n]{0,200}\n(?:[ \t][^\n]{0,500}\n){0,40}[A-Za-z_][\w.]{0,100}: [^\n]{0,500}(?:\n|$)/gm;

// pytest's short summary puts the exception after the test id: "FAILED tests/t.py::test_x - KeyError: 'a'"
// (also "ERROR tests/t.py - …" for collection errors). On its own line it reads as Python printed it.
const PYTEST_SUMMARY = /^((?:FAILED|ERROR) \S{1,500}) - ((?:[A-Za-z_]\w{0,60}\.){0,6}[A-Z]\w{0,80}(?:Error|Exception|Exit|Interrupt)(?::|$))/;

// "Exception: " before a class and its message is a host's label, not part of the error.
const HOST_EXCEPTION_LABEL = /^Exception: ((?:[A-Za-z_]\w{0,60}\.){0,8}[A-Z]\w{0,80}(?:Error|Exception|Exit|Interrupt): )/;

// A property of a JSON log record (pm2, pino, Docker's json-file driver): "message": "error: column \"x\" …".
// The message's own quotes and line breaks are what patterns read, not their JSON escapes.
const JSON_STRING_PROPERTY = /^\s*"[\w.@$-]{1,60}": ?"/;

// .NET test runners (xUnit, NUnit) print "System.Net.Http.HttpRequestException : message", with a
// space before the colon; the runtime itself writes "HttpRequestException: message".
const DOTNET_RUNNER_COLON = /^(\s*(?:-{2,4}>? )?(?:[A-Z]\w{0,60}\.){1,8}[A-Z]\w{0,100}Exception) : (?=\S)/;
// Message boxes and error reporters put the .NET exception class on its own line and the message
// under it: "System.UnauthorizedAccessException\n\nMessage: Access to …" (Visual Studio's dialog
// adds "HResult=0x80131509" and writes "Message=…"). Joined, the class precedes its message again.
const DOTNET_CLASS_THEN_MESSAGE =
  /^((?:Error: )?(?:[A-Z]\w{0,60}\.){1,8}[A-Z]\w{0,100}Exception)[ \t]*\n(?:[ \t]*\n)?(?:[ \t]*HResult=0x[0-9A-Fa-f]{8}[ \t]*\n)?[ \t]*Message ?[:=] ?(?=\S)/gm;
// Django's debug page starts with "OperationalError at /path/" and the message on the next line:
// the message line is given the class, as Python prints an uncaught exception.
const DJANGO_TITLE = /^([A-Z]\w{0,80}(?:Error|Exception|DoesNotExist)) at (\/\S{0,500})\n(?=\S)/;

// Visual Studio's Error List copied as text: "Error\tCS0103\tThe name 'x' does not exist…\tProject\tFile.cs\t12",
// in the IDE's language ("错误", "Fehler", "Ошибка"…). Written as the compiler prints it, the C#
// patterns read one form. Only CS codes: MSVC's rows are the C/C++ knowledge's concern.
const VS_ERROR_LIST_ROW =
  /^(?:(?<warning>Warning|Warnung|Avertissement|Предупреждение|警告|Aviso|Avviso|경고)|Error|Fehler|Erreur|Ошибка|错误|錯誤|エラー|Erro|Errore|Błąd|오류|Hata)\t(CS\d{4})\t([^\t\n]{1,2000})(?:\t[^\t\n]{0,300}\t([^\t\n]{1,400}\.cs)\t(\d{1,7}))?/;
// Error trackers that file GitHub issues (Bugsnag, Sentry) head them "**Namespace.XException** in
// **/route**" with the message on the next line: the class goes back in front of its message.
const TRACKER_HEADING = /^\*\*([A-Za-z_][\w.:]{0,200}(?:Exception|Error|Invalid|NotFound))\*\* in \*\*[^*\n]{1,300}\*\*\n(?=\S)/m;

// One-line JSON log records (structlog, zap, pino, bunyan, Serilog's compact JSON, Docker's json-file):
// the error is in a message/stack field, with its line breaks escaped.
const JSON_TEXT_FIELDS: ReadonlySet<string> = new Set([
  'msg',
  'message',
  'error',
  'err',
  'exception',
  'exc_info',
  'stack',
  'stack_trace',
  'stacktrace',
  'traceback',
  'log',
  '@m',
  '@x',
  // Google Cloud Logging's entries: a text payload, or a structured one whose message is nested.
  'textPayload',
  'jsonPayload',
  // Elastic's ECS loggers, their fields flattened.
  'error.message',
  'error.stack_trace',
]);

// Fields that only place a record (when, which stream, which entry), never say what went wrong.
const RECORD_FRAMING: ReadonlySet<string> = new Set([
  'time',
  'timestamp',
  'ts',
  '@t',
  'stream',
  'insertId',
  'logName',
  'receiveTimestamp',
  'severity',
]);

/**
 * A text field's text: a string, or what an error object holds, its trace first (pino/bunyan: "err":
 * { "message", "stack" }; ECS: "error": { "message", "stack_trace" }).
 */
function fieldText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value !== 'object' || value === null) return null;
  const nested = value as Record<string, unknown>;
  const text = [nested.stack, nested.stack_trace, nested.message].find((field) => typeof field === 'string');
  return typeof text === 'string' ? text : null;
}

/**
 * A one-line JSON log record as the program's own lines: the record without its escaped text fields
 * (its level and other fields stay readable: zap's "level":"panic"), then its text fields as printed.
 * Null when the line is no record or has no text field.
 */
function jsonLogText(line: string): string | null {
  if (line.length > 20_000 || !line.startsWith('{') || !line.endsWith('}')) return null;
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return null;
  // An Elasticsearch hit (Kibana's JSON view): the log record is its _source.
  const source = (record as Record<string, unknown>)._source;
  if (typeof source === 'object' && source !== null && !Array.isArray(source)) record = source;
  const parts: string[] = [];
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record as Record<string, unknown>)) {
    const text = JSON_TEXT_FIELDS.has(key) ? fieldText(value) : null;
    if (text !== null) parts.push(text.replace(/\n+$/, ''));
    // A field whose text JSON escaped (line breaks, quotes, backslashes) leaves the record: read there, its
    // pieces would pass for the error ("conflicting types for\n \ncheck.c"). A plain one stays as well.
    if (text === null || JSON.stringify(text).slice(1, -1) === text) rest[key] = value;
  }
  if (parts.length === 0) return null;
  // What is left may be only the record's framing (Docker's json-file: the stream and the time): nothing to read.
  return Object.keys(rest).every((key) => RECORD_FRAMING.has(key)) ? parts.join('\n') : [JSON.stringify(rest), ...parts].join('\n');
}

/** Every line that is a JSON log record with a text field (Docker's json-file, pino, zap, Cloud Logging) as printed. */
function jsonLogRecords(text: string): string {
  // One record pretty-printed over several lines (a log viewer's "copy as JSON").
  const whole = text.trim();
  if (whole.startsWith('{') && whole.includes('\n')) {
    const printed = jsonLogText(whole);
    if (printed !== null) return printed;
  }
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line.startsWith('{"') || !line.endsWith('}')) continue;
    const printed = jsonLogText(line);
    if (printed !== null) {
      lines[i] = printed;
      changed = true;
    }
  }
  return changed ? lines.join('\n') : text;
}

// Ansible's task result: "fatal: [host]: FAILED! => {…}" with the command's stderr as a JSON field. A
// task that passed ("changed: [host] => {…}", "ok: …" with -v) still shows what its command wrote to stderr:
// a shell task whose last command succeeded hides the failure of an earlier one ("[[: not found" under sh).
const ANSIBLE_RESULT = /^(fatal|failed|changed|ok): \[[^\]\n]{1,300}\](?: \(item=[^\n]{0,500}?\))?:? (?:FAILED! |UNREACHABLE! )?=> (\{.*\})$/;
// The fields that carry what the command or module printed, the command's own stderr first.
const ANSIBLE_TEXT_FIELDS = ['stderr', 'module_stderr', 'exception', 'msg', 'module_stdout'] as const;
// A task that passed: only its stderr (its msg and stdout are the normal output).
const ANSIBLE_PASSED_FIELDS = ['stderr'] as const;

/** What an Ansible task result says the command printed, or null when the line is not one. */
function ansibleResultText(line: string): string | null {
  const m = line.length <= 50_000 ? ANSIBLE_RESULT.exec(line) : null;
  const json = m?.[2];
  if (!json) return null;
  let result: unknown;
  try {
    result = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof result !== 'object' || result === null) return null;
  const fields = result as Record<string, unknown>;
  const keys: readonly string[] = m?.[1] === 'changed' || m?.[1] === 'ok' ? ANSIBLE_PASSED_FIELDS : ANSIBLE_TEXT_FIELDS;
  const parts = keys.map((key) => fields[key]).filter((value): value is string => typeof value === 'string' && value.trim() !== '');
  return parts.length > 0 ? parts.join('\n') : null;
}

// A Windows path as typed (C:\tools\bin), where JSON would double its backslashes: such a paste is not a
// JSON string, however valid its escapes look (\t, \b and \n start the folders' names).
const RAW_DRIVE_PATH = /(?<![\\\w])[A-Za-z]:\\(?!\\)/;

/**
 * An error pasted as a JSON string (a log record's field, an API response, an error tracker's event):
 * one line, its line breaks and quotes escaped. Quoted, or unquoted with an escaped line break, it reads as
 * the program printed it when the whole paste is one valid JSON string.
 */
function jsonStringText(line: string): string | null {
  const trimmed = line.trim();
  const wasQuoted = trimmed.length > 1 && trimmed.startsWith('"') && trimmed.endsWith('"');
  if (!wasQuoted && RAW_DRIVE_PATH.test(trimmed)) return null;
  try {
    const value: unknown = JSON.parse(wasQuoted ? trimmed : `"${trimmed}"`);
    return typeof value === 'string' && (wasQuoted || value.includes('\n')) ? value : null;
  } catch {
    return null;
  }
}

// Text copied from HTML or XML source (a JUnit report's failure message, a web page's markup) keeps
// its entities: "expected &lt;1&gt;", "can&#39;t", line breaks as "&#10;".
const HTML_ENTITY = /&(?:lt|gt|quot|amp|apos|#39|#x27|#10|#xA|#xa|#13|#xD|#xd|#9);/g;
const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&amp;': '&',
  '&apos;': "'",
  '&#39;': "'",
  '&#x27;': "'",
  '&#10;': '\n',
  '&#xA;': '\n',
  '&#xa;': '\n',
  '&#13;': '',
  '&#xD;': '',
  '&#xd;': '',
  '&#9;': '\t',
};

const TYPOGRAPHIC_PAIR = /\u201c([^\u201c\u201d\n]{0,500})\u201d/g;
const TYPOGRAPHIC_SINGLE_PAIR = /\u2018([^\u2018\u2019\n]{0,500})\u2019/g;
// A letter outside ASCII: a localised message's (a symbol such as esbuild's "✘" is not one).
const NON_ASCII_LETTER = /(?![\x00-\x7f])\p{L}/u;

/**
 * Chat tools and word processors turn an English error's "x" into “x”. A localised message keeps its
 * own (“x” in Chinese, ”x” in Swedish, „x“ in German), which the catalog tables read: only a text
 * without a letter outside ASCII gets straight quotes back, once the catalogs have read it.
 */
function straightenQuotes(text: string): string {
  return NON_ASCII_LETTER.test(text) ? text : text.replace(TYPOGRAPHIC_PAIR, '"$1"').replace(TYPOGRAPHIC_SINGLE_PAIR, "'$1'");
}

/**
 * The widths consoles open at (80 columns; Windows Terminal's 120; the old 132 and 100; doubled
 * widths). Compiler output often has two lines of the same longest length by chance (the same message
 * for two lines of a file), so only these widths are taken for a console's.
 */
const CONSOLE_WIDTHS: ReadonlySet<number> = new Set([80, 100, 120, 132, 160, 200]);
// A rule of dashes or equals signs has the width of the screen it was drawn for, not a cut line;
// so has a line padded with blanks to that width, or one closed by a box's border (rich's tracebacks).
const RULE_LINE = /^([=\-_*#~+. ])\1*$/;
// A cut may fall just after a blank ("… not " / "found"), but a padded line ends in several.
const NOT_CUT_END = /(?:\s\s|[\t\u2500-\u257f]|^\s*)$/;

/**
 * A console that hard-wraps at its width (Windows' legacy console, a fixed-width terminal, a mail
 * client) cuts every longer line into pieces of exactly that width, mid-word, and no line is longer:
 * when lines of the longest length end in a character (not a blank or a border), each such line is
 * joined to the next.
 */
function unwrapTerminalWidth(text: string): string {
  const lines = text.split('\n');
  if (lines.length < 3) return text;
  let width = 0;
  for (const line of lines) if (line.length > width) width = line.length;
  if (!CONSOLE_WIDTHS.has(width)) return text;
  const isCut = (line: string): boolean => line.length === width && !NOT_CUT_END.test(line) && !RULE_LINE.test(line);
  const cuts = new Set(lines.filter(isCut));
  if (cuts.size === 0) return text;
  // One line of that length may be one by chance (a command line, "$ bash <(curl …) --nginx-version latest"):
  // it counts as cut only mid-word, and not before a program's own message ("curl: (60) …").
  if (cuts.size === 1) {
    const i = lines.findIndex(isCut);
    const next = lines[i + 1] ?? '';
    if (!/[A-Za-z0-9]$/.test(lines[i]) || !/^[A-Za-z0-9]/.test(next) || /^[\w.-]{1,40}: /.test(next)) return text;
  }
  let joined = '';
  for (let i = 0; i < lines.length; i++) {
    joined += lines[i];
    if (i + 1 < lines.length && !isCut(lines[i])) joined += '\n';
  }
  return joined;
}

function unescapeJsonString(line: string): string {
  return line.replace(/\\(["\\nt])/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
}

/**
 * A paste whose every line carries the same extra start: indented as a Markdown code block or
 * copied from an indented view (four spaces or a tab every line shares), or quoted in a reply ("> "
 * on every line). Patterns read line starts, so that shared start goes; indentation within the text stays.
 */
function unindent(text: string): string {
  const lines = text.split('\n');
  const filled = lines.filter((line) => line.trim() !== '');
  // Only stack frames ("    at f (a.js:1:1)"): their indentation is the trace's own.
  if (filled.length === 0 || filled.every((line) => /^\s+at\s/.test(line))) return text;
  if (filled.every((line) => /^>(?:[ >]|$)/.test(line))) return unindent(lines.map((line) => line.replace(/^> ?/, '')).join('\n'));
  let common = /^[ \t]*/.exec(filled[0])?.[0] ?? '';
  for (const line of filled) {
    if (common === '') return text;
    let n = 0;
    while (n < common.length && line[n] === common[n]) n++;
    common = common.slice(0, n);
  }
  // A Markdown code block's four spaces or a tab; less is a tool's own layout (Poetry indents all its output by two).
  if (common.length < 4 && !common.includes('\t')) return text;
  return lines.map((line) => (line.startsWith(common) ? line.slice(common.length) : line.trimStart())).join('\n');
}

// A forum's [code] tags or an HTML page's <pre>/<code> around the whole paste (their entities are read before).
const MARKUP_CODE_BLOCK =
  /^\s*(?:\[code(?:=[\w+#-]{1,20})?\]|<pre(?: [^>\n]{0,200})?>(?:<code(?: [^>\n]{0,200})?>)?|<code(?: [^>\n]{0,200})?>)([\s\S]*?)(?:\[\/code\]|(?:<\/code>)?<\/pre>|<\/code>)\s*$/;

/**
 * A paste wrapped in one pair of backticks, as chat tools take inline code: the text inside. Not an
 * error that itself starts and ends with a quoted name (Rust's "`x` … `y`"): the opening backtick's
 * line and the closing one's hold no other.
 */
function inlineCodeText(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length < 3 || !/^`[^`]/.test(trimmed) || !/[^`]`$/.test(trimmed)) return text;
  const firstEnd = trimmed.indexOf('\n');
  const lastStart = trimmed.lastIndexOf('\n') + 1;
  const firstLine = firstEnd < 0 ? trimmed.slice(1, -1) : trimmed.slice(1, firstEnd);
  const lastLine = firstEnd < 0 ? '' : trimmed.slice(lastStart, -1);
  return firstLine.includes('`') || lastLine.includes('`') ? text : trimmed.slice(1, -1);
}

/**
 * A selection started inside the first line's indentation: no other line is indented that deep, and the
 * others share no indentation of their own. A gutter ("   |") is layout, not a selection's start.
 */
function trimSelectionStart(text: string): string {
  const lines = text.split('\n');
  const filled = lines.filter((line) => line.trim() !== '');
  const first = /^[ \t]*/.exec(filled[0] ?? '')?.[0] ?? '';
  // A frame's indentation ("    at f (a.js:1:1)") is the trace's own.
  if (first === '' || /^[ \t]+(?:[|│]|at\s)/.test(filled[0])) return text;
  const rest = filled.slice(1);
  if (rest.some((line) => line.startsWith(first)) || (rest.length > 0 && rest.every((line) => /^[ \t]/.test(line)))) return text;
  const at = lines.indexOf(filled[0]);
  return [...lines.slice(0, at), filled[0].trimStart(), ...lines.slice(at + 1)].join('\n');
}

/**
 * A paste with a blank line after every line (a web page's paragraphs, a converter's doubled line
 * ends): its lines as they were printed. Four or more lines, every second one blank: Poetry's three
 * (a step, its exception's class, the message) are blank-separated as printed.
 */
function singleSpaced(text: string): string {
  if (!text.includes('\n\n')) return text;
  const lines = text.trim().split('\n');
  if (lines.length < 7 || lines.length % 2 === 0) return text;
  for (let i = 0; i < lines.length; i++) {
    if ((i % 2 === 1) !== (lines[i].trim() === '')) return text;
  }
  return lines.filter((_line, i) => i % 2 === 0).join('\n');
}

/** Normalised error text: what patterns, the language detector and the cause finder read. */
export function normalise(raw: string): string {
  let text = raw.length > MAX_INPUT_CHARS ? raw.slice(0, MAX_INPUT_CHARS) : raw;
  if (!text.includes('\n') && (text.includes('\\n') || text.trimStart().startsWith('"'))) text = jsonStringText(text) ?? text;
  if (text.includes('&')) text = text.replace(HTML_ENTITY, (entity) => HTML_ENTITIES[entity] ?? entity);
  if (text.includes('{"') || text.trimStart().startsWith('{')) text = jsonLogRecords(text);
  if (text.includes('`')) text = inlineCodeText(text);
  if (text.includes('code]') || text.includes('</')) text = text.replace(MARKUP_CODE_BLOCK, '$1');
  text = text
    .replace(ANSI, '')
    .replace(LOST_ESC_SGR, '')
    .replace(INVISIBLE, '')
    .replace(/\u00a0/g, ' ')
    // CR CR LF is a CRLF text whose line ends were converted once more (a Windows tool in text mode).
    .replace(/\r\r\n/g, '\n')
    // Lone CRs come from progress bars redrawing a line: keep each redraw as its own line.
    .replace(/\r\n?/g, '\n')
    // Runs of blank lines carry no information; one blank line still separates blocks.
    .replace(/\n(?:[ \t]*\n){2,}/g, '\n\n');
  text = singleSpaced(text);
  if (text.includes('NativeCommandError')) text = text.replace(POWERSHELL_NATIVE_ERROR, '$1');
  if (text.includes('#step:')) text = text.replace(ACTIONS_LINE_LINK, '$1');
  if (text.includes('**Error type:**')) text = text.replace(TRACKER_FIELDS, '$1: $2');
  if (text.includes('** in **')) text = text.replace(TRACKER_HEADING, '$1: ');
  if (text.includes('\n       ')) text = text.replace(MSBUILD_WRAP, '$1');
  if (SPACK_LOG_MARK.test(text)) {
    text = text
      .replace(SPACK_WRAPPED_LINE, (_m, first: string, rest: string) => first + rest.replace(/\n {13}/g, ''))
      .replace(SPACK_LINE_NUMBER, '');
  }
  // Only a text whose first line starts with a blank or ">" can share a start on every line. After
  // the wrapped lines of Spack's and MSBuild's logs are joined: their continuations are told by their indentation.
  if (/^(?:[ \t]*\n)*[ \t>]/.test(text)) text = unindent(text);
  text = unwrapTerminalWidth(text);
  if (/^(?:[ \t]*\n)*[ \t]/.test(text)) text = trimSelectionStart(text);
  if (text.includes('\n:')) text = text.replace(SOURCE_PATH_WRAP, '$1');
  if (text.includes('/gdb/')) text = text.replace(GDB_PRINTER_TRACEBACK, '');
  const lines = text.split('\n');
  const tsNodeFailure = text.includes('Unable to compile TypeScript');
  for (let i = 0; i < lines.length; i++) {
    let line = stripLinePrefixes(lines[i]).trimEnd();
    // A record behind a log prefix (docker logs --timestamps, kubectl logs --prefix); the others are read already.
    if (line.startsWith('{"') && line.endsWith('}') && line !== lines[i].trimEnd()) line = jsonLogText(line) ?? line;
    if (line.includes('=> {')) {
      const printed = ansibleResultText(line);
      if (printed) line = `${line}\n${printed}`;
    }
    if (line.includes('\\') && JSON_STRING_PROPERTY.test(line)) line = unescapeJsonString(line);
    if (line.startsWith('FAILED ') || line.startsWith('ERROR ')) line = line.replace(PYTEST_SUMMARY, '$1\n$2');
    // Hosts that report a worker's exception after their own word (Azure Functions: "Exception: KeyError: 'id'").
    if (line.startsWith('Exception: ')) line = line.replace(HOST_EXCEPTION_LABEL, '$1');
    if (line.includes('  TS') && !line.includes('error TS')) {
      const cra = CRA_TS_CODE.exec(line);
      if (cra) line = `error TS${cra[2]}: ${cra[1]}`;
    }
    if (line.endsWith(')') && line.includes('ts')) {
      const vscode = VSCODE_TS_CODE.exec(line);
      const tsNode = vscode ? null : TS_NODE_CODE.exec(line);
      if (vscode) line = `error TS${vscode[2]}: ${vscode[1]}`;
      else if (tsNode) line = `${tsNode[1]}(${tsNode[2]}): error TS${tsNode[4]}: ${tsNode[3]}`;
    }
    if (tsNodeFailure && line.endsWith(')') && !line.includes('error TS')) line = line.replace(TS_NODE_UNLOCATED, 'error TS$2: $1.');
    if (line.includes('Exception : ')) line = line.replace(DOTNET_RUNNER_COLON, '$1: ');
    // The same row pasted as a Markdown table: "|Error|CS1061|…|File.cs|115|".
    if (line.startsWith('|') && line.includes('|CS')) line = line.slice(1).replace(/\|$/, '').replace(/\|/g, '\t');
    // ASP.NET's compilation error page: "Compiler Error Message: CS1061: …", or the code alone.
    if (line.includes('CS')) line = line.replace(/^(?:Compiler Error Message: )?(CS\d{4}): (?=\S)/, 'error $1: ');
    if (line.includes('\tCS')) {
      const row = VS_ERROR_LIST_ROW.exec(line);
      if (row) line = `${row[4] ? `${row[4]}(${row[5]},1): ` : ''}${row.groups?.warning ? 'warning' : 'error'} ${row[2]}: ${row[3]}`;
    }
    if (line.includes(' at /') && i + 1 < lines.length) {
      const django = DJANGO_TITLE.exec(`${line}\n${lines[i + 1]}`);
      if (django) lines[i + 1] = `${django[1]}: ${lines[i + 1]}`;
    }
    if (line.includes('): : ')) {
      const ng = NG_TS_MESSAGE.exec(line);
      if (ng) line = `${ng[1]}\nType error: ${ng[2]}`;
    }
    lines[i] = line;
  }
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start].trim() === '') start++;
  while (end > start && lines[end - 1].trim() === '') end--;
  let joined = lines.slice(start, end).join('\n');
  if (joined.includes('Message')) joined = joined.replace(DOTNET_CLASS_THEN_MESSAGE, '$1: ');
  const english = delocalise(joined);
  return english.includes('\u201c') || english.includes('\u2018') ? straightenQuotes(english) : english;
}
