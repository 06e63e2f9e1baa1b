import type { Fix, Reference } from '../translation';
import type { Captures, ErrorPattern } from '../rules/error-pattern';

/*
 * Java / Kotlin / Android knowledge. Priorities used in this file:
 *   25  one exact message with a single well-known cause (port in use, helpful NPE)
 *   20  a specific variant of a general exception (OOM: Metaspace, Kotlin lateinit, ...)
 *   10  one exception class or one compiler message
 *    5  a broad exception class whose message varies a lot (IOException, IllegalStateException)
 *  -10  any "pkg.XxxException: msg" followed by a stack frame
 *
 * Every regex is bounded ({m,n} instead of + or *) and anchored on a literal, so a 50,000-character
 * input cannot make it backtrack catastrophically.
 */

const JAVA_API = 'https://docs.oracle.com/en/java/javase/21/docs/api';

function api(module: string, pkgPath: string, cls: string): Reference {
  return { title: `${cls} (Java SE 21 API)`, url: `${JAVA_API}/${module}/${pkgPath}/${cls}.html` };
}
const lang = (cls: string): Reference => api('java.base', 'java/lang', cls);

function fix(title: string, steps: string[], code: string | null = null): Fix {
  return { title, steps, code };
}

/** Builds a multiline regex from pieces (so shared fragments can be reused). */
function rx(...parts: string[]): RegExp {
  return new RegExp(parts.join(''), 'm');
}

/**
 * Optional: the first stack frame that is not JDK/Kotlin runtime code, i.e. usually the user's own line.
 * Captures `frame`, `file`, `line`.
 */
const USER_FRAME = String.raw`(?:[^\n]{0,1000}(?:\n[ \t]*at (?:java|javax|jdk|sun|com\.sun|kotlin|kotlinx)[./][^\n]{0,500}){0,40}\n[ \t]*at (?<frame>[\w$.<>/]{1,300})\((?<file>[\w$.-]{1,200}):(?<line>\d{1,7})\))?`;

/** Optional javac location prefix: `Foo.java:12: error: ` (javac/Gradle) or `Foo.java:[12,5] ` (Maven). */
const JAVAC_LOC = String.raw`(?:(?<![^\s\[(])(?<file>[^\s\[\]()]{1,400}?\.java):(?:\[(?<line>\d{1,7}),(?<col>\d{1,7})\]|(?<lineNo>\d{1,7}):) ?)?(?:error: )?`;

/** " (at Foo.bar, Foo.java:12)" when a frame was captured. */
function at(c: Captures): string {
  if (c.frame && c.file) return ` The first frame in your code is ${c.frame} (${c.file}:${c.line}).`;
  return '';
}

/** javac location as "Foo.java:12" or "". */
function javacAt(c: Captures): string {
  const line = c.line ?? c.lineNo;
  if (!c.file) return '';
  return line ? ` in ${c.file}:${line}` : ` in ${c.file}`;
}

/** "the value x" / fallback. */
function q(value: string | undefined, fallback: string): string {
  return value ? `'${value}'` : fallback;
}

/** Java class-file major version to Java release (52 = Java 8, 61 = Java 17, 65 = Java 21). */
function javaRelease(major: string | undefined): string {
  const n = Number(major);
  if (!Number.isFinite(n) || n < 45) return 'an unknown Java version';
  if (n <= 48) return `Java 1.${n - 44}`;
  return `Java ${n - 44}`;
}

/** com/example/App -> com.example.App (class names as printed in internal form). */
function dotted(name: string | undefined): string {
  return (name ?? 'the class').replace(/\//g, '.');
}

/** "1.2.3." -> "1.2.3" (sentence dots captured with coordinates). */
function trimDot(v: string): string {
  return v.replace(/\.+$/, '');
}

/** Short class name from a fully-qualified one. */
function shortName(fqcn: string | undefined, fallback: string): string {
  if (!fqcn) return fallback;
  const parts = fqcn.split('.');
  return parts[parts.length - 1] || fallback;
}

export const JVM_PATTERNS: readonly ErrorPattern[] = [
  // ---------------------------------------------------------------- null
  {
    id: 'java.npe-helpful',
    language: 'java',
    match: rx(
      String.raw`java\.lang\.NullPointerException: Cannot (?<action>invoke|read field|assign field|load from|store to|read the array length|throw exception|enter synchronized block|exit synchronized block)(?: "(?<member>[^"\n]{1,300})"| (?<arrayType>[a-z]{1,20}) array)? because (?:the return value of "(?<returnOf>[^"\n]{1,300})"|"(?<variable>[^"\n]{1,300})"|(?<other>[^\n]{1,300}?)) is null`,
      USER_FRAME,
    ),
    errorType: 'NullPointerException',
    category: 'null',
    priority: 25,
    summary: (c) => {
      const culprit = c.returnOf
        ? `the value returned by ${c.returnOf}`
        : c.variable
          ? `'${c.variable}'`
          : (c.other ?? 'a reference');
      const what = c.member ? `${c.action} ${c.member}` : c.arrayType ? `${c.action} a ${c.arrayType} array` : c.action;
      return `Java could not ${what} because ${culprit} is null.`;
    },
    explanation: (c) => {
      const parts = [
        'Since Java 14 the JVM names the exact expression that was null ("helpful NullPointerException messages").',
      ];
      if (c.returnOf) {
        parts.push(
          `Here the method ${c.returnOf} returned null and the code used its result straight away${c.member ? ` to call ${c.member}` : ''}.`,
        );
      } else if (c.variable && c.variable.startsWith('<local')) {
        parts.push(
          `The culprit is an unnamed local variable (${c.variable}): the class was compiled without debug information, so compile with 'javac -g' to see its real name.`,
        );
      } else if (c.variable) {
        parts.push(`The variable or field '${c.variable}' held null at that moment${c.member ? `, so ${c.member} could not be used on it` : ''}.`);
      }
      return parts.join(' ') + at(c);
    },
    causes: (c) => [
      c.returnOf
        ? `${c.returnOf} can return null (not found, missing key, empty result) and the caller does not check for it`
        : 'The variable was never assigned, or was explicitly set to null',
      'A field is initialised later than expected (e.g. in a lifecycle method, or not injected by the framework)',
      'A Map.get / repository lookup / JSON field returned null for a missing entry',
      'Auto-unboxing of a null Integer/Long/Boolean into a primitive',
    ],
    fixes: (c) => [
      fix(
        'Check for null where the value is produced',
        [
          `Find where ${c.returnOf ?? (c.variable ? `'${c.variable}'` : 'the value')} is set and decide what "absent" should mean.`,
          'Return Optional, throw a descriptive exception, or fall back to a default instead of passing null on.',
        ],
        c.returnOf
          ? 'var result = repository.findById(id);\nif (result == null) {\n    throw new IllegalStateException("No entity with id " + id);\n}\nresult.getName();'
          : 'Objects.requireNonNull(value, "value must not be null");',
      ),
      fix(
        'Use Optional or a default value for lookups',
        ['Wrap results that may be missing in Optional and handle the empty case explicitly.'],
        'String name = Optional.ofNullable(user).map(User::getName).orElse("unknown");',
      ),
    ],
    references: [lang('NullPointerException'), { title: 'JEP 358: Helpful NullPointerExceptions', url: 'https://openjdk.org/jeps/358' }],
    samples: [
      'Exception in thread "main" java.lang.NullPointerException: Cannot invoke "String.length()" because "name" is null\n\tat com.example.App.greet(App.java:14)\n\tat com.example.App.main(App.java:6)',
      'java.lang.NullPointerException: Cannot invoke "com.example.model.User.getEmail()" because the return value of "com.example.repo.UserRepository.findByName(String)" is null\n\tat com.example.service.MailService.notify(MailService.java:42)',
      'java.lang.NullPointerException: Cannot read the array length because "<local1>" is null\n\tat Main.main(Main.java:5)',
      'java.lang.NullPointerException: Cannot load from int array because "this.counts" is null',
    ],
  },
  {
    id: 'kotlin.non-null-parameter',
    language: 'kotlin',
    match: rx(
      String.raw`(?:java\.lang\.NullPointerException|java\.lang\.IllegalArgumentException): Parameter specified as non-null is null: method (?<method>[\w$.<>]{1,300}), parameter (?<parameter>[\w$]{1,200})`,
    ),
    errorType: 'NullPointerException',
    category: 'null',
    priority: 25,
    summary: (c) => `Kotlin function ${c.method} received null for its non-null parameter '${c.parameter}'.`,
    explanation: (c) =>
      `Kotlin inserts a null check at the start of every public function whose parameter type is non-nullable. ${c.method} declares '${c.parameter}' as a non-null type, but the caller passed null. The caller is usually Java code, reflection, a framework (Spring, Jackson, Android) or a platform type (String!) coming from a Java API.`,
    causes: [
      'Java code calls the Kotlin function with a null argument',
      'A framework (deserialiser, DI container, Android callback) passes null where the Kotlin signature promises non-null',
      'A Java method without nullability annotations returned null and the value was passed on as a platform type',
    ],
    fixes: (c) => [
      fix(
        'Make the parameter nullable if null is a legitimate value',
        [`Change the type of '${c.parameter}' to a nullable type (add '?') and handle null inside the function.`],
        `fun handle(${c.parameter}: String?) {\n    if (${c.parameter} == null) return\n    // ...\n}`,
      ),
      fix('Stop passing null from the caller', [
        'Look one frame below in the stack trace to find the caller.',
        'Validate the value there (or annotate the Java API with @NonNull/@Nullable so Kotlin sees the real type).',
      ]),
    ],
    references: [
      { title: 'Kotlin: Null safety', url: 'https://kotlinlang.org/docs/null-safety.html' },
      { title: 'Kotlin: Calling Java from Kotlin (platform types)', url: 'https://kotlinlang.org/docs/java-interop.html' },
    ],
    samples: [
      'java.lang.NullPointerException: Parameter specified as non-null is null: method com.example.ui.MainActivity.onCreate, parameter savedInstanceState\n\tat com.example.ui.MainActivity.onCreate(Unknown Source:2)',
      'java.lang.IllegalArgumentException: Parameter specified as non-null is null: method com.example.api.UserController.create, parameter request',
    ],
  },
  {
    id: 'kotlin.null-cast',
    language: 'kotlin',
    match: rx(
      String.raw`(?:java\.lang\.NullPointerException|kotlin\.TypeCastException): null cannot be cast to non-null type (?<type>[\w$.<>?, ]{1,300})`,
      USER_FRAME,
    ),
    errorType: 'NullPointerException',
    category: 'null',
    priority: 25,
    summary: (c) => `A null value was cast with 'as ${c.type}', which does not allow null.`,
    explanation: (c) =>
      `The expression 'x as ${c.type}' requires x to be a non-null ${c.type}. At runtime the value was null, so the cast failed. Use 'as ${c.type}?' or the safe cast 'as?' when the value may be missing.${at(c)}`,
    causes: [
      'An unsafe cast (as T) of a value that can be null, e.g. from findViewById, getSystemService, a Bundle or a Map',
      'A generic container returned null for a missing key',
    ],
    fixes: (c) => [
      fix(
        'Use a nullable or safe cast',
        ['Cast to the nullable type, or use as? and handle null.'],
        `val value = raw as? ${c.type} ?: return`,
      ),
    ],
    references: [{ title: 'Kotlin: Type checks and casts', url: 'https://kotlinlang.org/docs/typecasts.html' }],
    samples: [
      'java.lang.NullPointerException: null cannot be cast to non-null type kotlin.String\n\tat com.example.SettingsKt.readName(Settings.kt:12)',
    ],
  },
  {
    id: 'kotlin.npe-not-null-assertion',
    language: 'kotlin',
    match: rx(
      String.raw`(?:kotlin\.KotlinNullPointerException(?:[^\n]{0,300}\n[ \t]*at (?<legacyFrame>[\w$.<>/]{1,300})\((?<legacyFile>[\w$.-]{1,200}\.kt):(?<legacyLine>\d{1,7})\))?|java\.lang\.NullPointerException[ \t\r]*\n[ \t]*at (?<frame>[\w$.<>/]{1,300})\((?<file>[\w$-]{1,200}\.kt):(?<line>\d{1,7})\))`,
    ),
    errorType: (c) => (c.frame ? 'NullPointerException' : 'KotlinNullPointerException'),
    category: 'null',
    priority: 15,
    summary: (c) => {
      const file = c.file ?? c.legacyFile;
      const line = c.line ?? c.legacyLine;
      return `A Kotlin '!!' (not-null assertion) or a Java call returned null${file ? ` at ${file}:${line}` : ''}.`;
    },
    explanation: (c) => {
      const frame = c.frame ?? c.legacyFrame;
      return `The exception has no message and was thrown from Kotlin code${frame ? ` (${frame})` : ''}. That is the signature of the not-null assertion operator '!!': 'x!!' throws NullPointerException when x is null (KotlinNullPointerException before Kotlin 1.4). It also happens when a Java method returns null into a non-null Kotlin variable.`;
    },
    causes: [
      "A value marked with '!!' was null at runtime",
      'A Java API returned null (platform type) and it was used as non-null',
      'A lateinit-like pattern implemented with a nullable var and !!',
    ],
    fixes: [
      fix(
        "Replace '!!' with explicit null handling",
        ['Use ?. with ?: (elvis) to provide a default, or return early.', "Reserve '!!' for values that are guaranteed by an invariant."],
        'val name = user?.name ?: return\n// or\nval length = text?.length ?: 0',
      ),
      fix('Use requireNotNull / checkNotNull with a message', ['A descriptive message makes the next failure obvious.'], 'val id = requireNotNull(intent.getStringExtra("id")) { "id extra is missing" }'),
    ],
    references: [{ title: 'Kotlin: Null safety (the !! operator)', url: 'https://kotlinlang.org/docs/null-safety.html' }],
    samples: [
      'Exception in thread "main" java.lang.NullPointerException\n\tat com.example.MainKt.main(Main.kt:7)',
      'kotlin.KotlinNullPointerException\n\tat com.example.repo.UserRepo.current(UserRepo.kt:31)',
    ],
  },
  {
    id: 'java.npe',
    language: 'java',
    match: rx(String.raw`\bjava\.lang\.NullPointerException(?::[ \t]*(?<message>[^\n]{1,500}))?`, USER_FRAME),
    errorType: 'NullPointerException',
    category: 'null',
    priority: 10,
    summary: (c) => `Java tried to use a null reference${c.frame ? ` in ${c.frame}` : ''}.`,
    explanation: (c) =>
      `A NullPointerException is thrown when code calls a method, reads a field or indexes an array through a reference that is null. The stack trace points at the line where the null reference was used; the bug is usually where that value was (not) assigned.${at(c)} On Java 14+ run with the default helpful NPE messages to see which expression was null.`,
    causes: [
      'A variable or field was never initialised',
      'A method (lookup, Map.get, repository find, JSON parsing) returned null',
      'Dependency injection did not populate a field (missing @Autowired / created with new)',
      'Auto-unboxing of a null wrapper (Integer, Boolean) into a primitive',
    ],
    fixes: [
      fix('Find the null value', [
        'Open the file and line of the first frame from your own package.',
        'Check every reference dereferenced on that line ( a.b().c ) - one of them is null.',
        'Trace back to where that value comes from and handle the missing case there.',
      ]),
      fix('Guard or fail fast with a clear message', ['Validate inputs at method boundaries.'], 'this.service = Objects.requireNonNull(service, "service");'),
    ],
    references: [lang('NullPointerException'), { title: 'JEP 358: Helpful NullPointerExceptions', url: 'https://openjdk.org/jeps/358' }],
    samples: [
      'Exception in thread "main" java.lang.NullPointerException\n\tat com.example.OrderService.total(OrderService.java:27)\n\tat com.example.Main.main(Main.java:9)',
      'java.lang.NullPointerException: null\n\tat com.example.web.UserController.show(UserController.java:33) ~[classes/:na]',
    ],
  },

  // ---------------------------------------------------------------- indexes and conversions
  {
    id: 'java.array-index-out-of-bounds',
    language: 'java',
    match: rx(
      String.raw`\bjava\.lang\.ArrayIndexOutOfBoundsException(?:: (?:Index )?(?<index>-?\d{1,10})(?: out of bounds for length (?<length>\d{1,10}))?)?`,
      USER_FRAME,
    ),
    errorType: 'ArrayIndexOutOfBoundsException',
    category: 'runtime',
    priority: 10,
    summary: (c) =>
      c.index
        ? `Array index ${c.index} is outside the array${c.length ? ` of length ${c.length} (valid indexes 0..${Math.max(Number(c.length) - 1, 0)})` : ''}.`
        : 'An array was accessed with an index outside its bounds.',
    explanation: (c) =>
      `Java arrays are indexed from 0 to length-1. The code read or wrote element ${c.index ?? 'n'}${c.length ? ` of an array with ${c.length} element(s)` : ''}.${c.length === '0' ? ' The array is empty, so every index is invalid.' : ''}${c.index && c.length && c.index === c.length ? ' Using index == length is the classic off-by-one error (a loop with <= instead of <).' : ''}${at(c)}`,
    causes: [
      'Loop condition uses <= array.length instead of < array.length',
      'The array is empty or shorter than assumed (e.g. args[0] with no command-line arguments, String.split returned fewer parts)',
      'A negative index computed from indexOf() returning -1',
    ],
    fixes: [
      fix('Fix the bounds', ['Loop with i < array.length, or use an enhanced for loop.', 'Check the length before reading a fixed position.'], 'if (args.length < 1) {\n    System.err.println("usage: app <file>");\n    return;\n}\nString file = args[0];'),
    ],
    references: [lang('ArrayIndexOutOfBoundsException'), { title: 'The Java Tutorials: Arrays', url: 'https://docs.oracle.com/javase/tutorial/java/nutsandbolts/arrays.html' }],
    samples: [
      'Exception in thread "main" java.lang.ArrayIndexOutOfBoundsException: Index 3 out of bounds for length 3\n\tat com.example.Matrix.get(Matrix.java:18)\n\tat com.example.Main.main(Main.java:7)',
      'java.lang.ArrayIndexOutOfBoundsException: 0\n\tat Main.main(Main.java:3)',
    ],
  },
  {
    id: 'java.index-out-of-bounds',
    language: 'java',
    match: rx(
      String.raw`\bjava\.lang\.IndexOutOfBoundsException(?:: (?:Index:? (?<index>-?\d{1,10})(?:,? (?:out of bounds for length|Size:) (?<length>\d{1,10}))?|(?<message>[^\n]{1,300})))?`,
      USER_FRAME,
    ),
    errorType: 'IndexOutOfBoundsException',
    category: 'runtime',
    priority: 10,
    summary: (c) =>
      c.index ? `List index ${c.index} is out of range${c.length ? ` for a list of size ${c.length}` : ''}.` : 'A list or buffer was accessed outside its bounds.',
    explanation: (c) =>
      `List.get/set/remove accept indexes from 0 to size()-1.${c.length === '0' ? ' The list is empty.' : ''} The code used index ${c.index ?? 'n'}${c.length ? ` on a list of size ${c.length}` : ''}.${at(c)}`,
    causes: ['The list is empty or has fewer elements than expected', 'Off-by-one error in a loop (<= size())', 'Elements were removed while iterating by index'],
    fixes: [
      fix('Check the size before indexing', ['Guard with if (!list.isEmpty()) or index < list.size().', 'Prefer iterating with for-each or streams.'], 'String first = list.isEmpty() ? null : list.get(0);'),
    ],
    references: [lang('IndexOutOfBoundsException'), api('java.base', 'java/util', 'List')],
    samples: [
      'java.lang.IndexOutOfBoundsException: Index 0 out of bounds for length 0\n\tat java.base/jdk.internal.util.Preconditions.outOfBounds(Preconditions.java:100)\n\tat java.base/java.util.ArrayList.get(ArrayList.java:427)\n\tat com.example.Cart.first(Cart.java:22)',
      'java.lang.IndexOutOfBoundsException: Index: 5, Size: 2',
    ],
  },
  {
    id: 'java.string-index-out-of-bounds',
    language: 'java',
    match: rx(String.raw`\bjava\.lang\.StringIndexOutOfBoundsException(?:: (?<detail>[^\n]{1,300}))?`, USER_FRAME),
    errorType: 'StringIndexOutOfBoundsException',
    category: 'runtime',
    priority: 10,
    summary: (c) => `A String was indexed or sliced outside its length${c.detail ? ` (${c.detail})` : ''}.`,
    explanation: (c) =>
      `charAt(i) needs 0 <= i < length(), and substring(begin, end) needs 0 <= begin <= end <= length(). ${c.detail && c.detail.startsWith('begin') ? 'The message shows substring() arguments that do not fit the string.' : 'The string is shorter than the code assumed.'}${at(c)}`,
    causes: [
      'substring()/charAt() with a position computed from indexOf() that returned -1',
      'Input shorter than expected (empty string, missing characters)',
      'end index smaller than begin index',
    ],
    fixes: [
      fix('Validate positions before slicing', ['Check indexOf results for -1.', 'Clamp the end index to s.length().'], 'int i = s.indexOf(\':\');\nString key = i >= 0 ? s.substring(0, i) : s;'),
    ],
    references: [lang('StringIndexOutOfBoundsException'), lang('String')],
    samples: [
      'Exception in thread "main" java.lang.StringIndexOutOfBoundsException: begin 0, end 10, length 4\n\tat java.base/java.lang.String.checkBoundsBeginEnd(String.java:4606)\n\tat java.base/java.lang.String.substring(String.java:2709)\n\tat com.example.Parser.head(Parser.java:11)',
      'java.lang.StringIndexOutOfBoundsException: String index out of range: 5',
    ],
  },
  {
    id: 'java.class-cast',
    language: 'java',
    match: rx(
      String.raw`\bjava\.lang\.ClassCastException: (?:class )?(?<from>[\w$.\[;]{1,300}) cannot be cast to (?:class )?(?<to>[\w$.\[;]{1,300})`,
      USER_FRAME,
    ),
    errorType: 'ClassCastException',
    category: 'type',
    priority: 10,
    summary: (c) => `An object of type ${c.from} was cast to ${c.to}, which it is not.`,
    explanation: (c) =>
      `A cast (${shortName(c.to, 'T')}) obj only succeeds when obj really is a ${c.to} (or a subclass). At runtime the object was a ${c.from}.${c.from === c.to ? ' Both names are identical, so the class was loaded twice by two different class loaders (common with hot-reload tools such as Spring DevTools and with application servers).' : ''}${at(c)}`,
    causes: [
      'Raw types or unchecked generics let the wrong element type into a collection',
      'A deserialiser (Jackson, Gson) produced LinkedHashMap/Integer instead of your class because the target type was erased',
      'Same class loaded by two class loaders (DevTools restart, app servers)',
    ],
    fixes: (c) => [
      fix(
        'Check the type before casting',
        ['Use instanceof pattern matching, or fix the producer so it returns the right type.'],
        `if (obj instanceof ${shortName(c.to, 'Target')} t) {\n    // use t\n}`,
      ),
      fix('Give generic deserialisers the full type', ['With Jackson use a TypeReference for generic collections.'], 'List<User> users = mapper.readValue(json, new TypeReference<List<User>>() {});'),
    ],
    references: [lang('ClassCastException')],
    samples: [
      'Exception in thread "main" java.lang.ClassCastException: class java.lang.String cannot be cast to class java.lang.Integer (java.lang.String and java.lang.Integer are in module java.base of loader \'bootstrap\')\n\tat com.example.Main.main(Main.java:8)',
      'java.lang.ClassCastException: java.util.LinkedHashMap cannot be cast to com.example.dto.User',
    ],
  },
  {
    id: 'java.number-format',
    language: 'java',
    match: rx(
      String.raw`\bjava\.lang\.NumberFormatException: (?:For input string: "(?<input>[^"\n]{0,300})"(?: under radix (?<radix>\d{1,2}))?|(?<detail>[^\n]{1,300}))`,
      USER_FRAME,
    ),
    errorType: 'NumberFormatException',
    category: 'type',
    priority: 10,
    summary: (c) => (c.input !== undefined ? `The text "${c.input}" is not a valid number.` : `A string could not be parsed as a number (${c.detail}).`),
    explanation: (c) => {
      const input = c.input;
      let hint = '';
      if (input === '') hint = ' The string is empty.';
      else if (input !== undefined && /^\s|\s$/.test(input)) hint = ' It has leading or trailing whitespace; trim() it first.';
      else if (input !== undefined && /^-?\d+[.,]\d+$/.test(input)) hint = ' It has a decimal part, which Integer.parseInt/Long.parseLong reject; use Double.parseDouble or BigDecimal.';
      else if (input !== undefined && /^-?\d{10,}$/.test(input)) hint = ' It is too large for an int; use Long.parseLong or BigInteger.';
      return `Integer.parseInt, Long.parseLong, Double.parseDouble (and Kotlin's toInt()) throw NumberFormatException when the text is not exactly a number in the expected format.${hint}${at(c)}`;
    },
    causes: [
      'User input or a config/env value contains letters, spaces or is empty',
      'A decimal or thousands separator in a value parsed as an integer',
      'The number is out of range for int/long',
      'Parsing the wrong CSV column or JSON field',
    ],
    fixes: [
      fix(
        'Validate and handle bad input',
        ['trim() the input and catch NumberFormatException where the input enters the program.', "In Kotlin use toIntOrNull()."],
        'int port;\ntry {\n    port = Integer.parseInt(value.trim());\n} catch (NumberFormatException e) {\n    throw new IllegalArgumentException("PORT must be a number, got: " + value, e);\n}',
      ),
    ],
    references: [lang('NumberFormatException'), { title: 'Integer.parseInt (Java SE 21 API)', url: `${JAVA_API}/java.base/java/lang/Integer.html#parseInt(java.lang.String)` }],
    samples: [
      'Exception in thread "main" java.lang.NumberFormatException: For input string: "12a"\n\tat java.base/java.lang.NumberFormatException.forInputString(NumberFormatException.java:67)\n\tat java.base/java.lang.Integer.parseInt(Integer.java:662)\n\tat java.base/java.lang.Integer.parseInt(Integer.java:778)\n\tat com.example.Config.port(Config.java:21)',
      'java.lang.NumberFormatException: For input string: "" under radix 10',
      'java.lang.NumberFormatException: multiple points',
    ],
  },
  {
    id: 'java.concurrent-modification',
    language: 'java',
    match: rx(
      String.raw`\bjava\.util\.ConcurrentModificationException(?:[^\n]{0,300}\n[ \t]*at java\.base/java\.util\.(?<collection>\w{1,60})\$)?`,
      USER_FRAME,
    ),
    errorType: 'ConcurrentModificationException',
    category: 'concurrency',
    priority: 10,
    summary: (c) => `A collection${c.collection ? ` (${c.collection})` : ''} was modified while it was being iterated.`,
    explanation: (c) =>
      `Iterators of ArrayList, HashMap and most java.util collections are fail-fast: if the collection is structurally changed (add/remove) after the iterator was created, other than through the iterator itself, the next step throws ConcurrentModificationException. Despite the name, this usually happens in a single thread - typically list.remove() inside a for-each loop.${at(c)}`,
    causes: [
      'Calling list.remove()/add() inside a for-each loop over the same list',
      'Modifying a map while iterating over keySet()/entrySet()/values()',
      'Another thread modifies a shared non-thread-safe collection',
    ],
    fixes: [
      fix('Use removeIf or the iterator to remove', ['Replace the manual loop with removeIf, or call iterator.remove().'], 'list.removeIf(item -> item.isExpired());\n\n// or\nfor (Iterator<Item> it = list.iterator(); it.hasNext(); ) {\n    if (it.next().isExpired()) it.remove();\n}'),
      fix('Use a concurrent collection for multi-threaded access', ['Use ConcurrentHashMap or CopyOnWriteArrayList, or guard access with a lock.']),
    ],
    references: [api('java.base', 'java/util', 'ConcurrentModificationException'), api('java.base', 'java/util', 'Iterator')],
    samples: [
      'Exception in thread "main" java.util.ConcurrentModificationException\n\tat java.base/java.util.ArrayList$Itr.checkForComodification(ArrayList.java:1013)\n\tat java.base/java.util.ArrayList$Itr.next(ArrayList.java:967)\n\tat com.example.Cleanup.run(Cleanup.java:19)',
    ],
  },
  {
    id: 'java.unsupported-operation',
    language: 'java',
    match: rx(
      String.raw`\bjava\.lang\.UnsupportedOperationException(?:: (?<message>[^\n]{1,300}))?(?:\n[ \t]*at [^\n]{0,300}?(?<source>ImmutableCollections|AbstractList|AbstractCollection|AbstractMap|Collections\$Unmodifiable\w{0,40}))?`,
      USER_FRAME,
    ),
    errorType: 'UnsupportedOperationException',
    category: 'runtime',
    priority: 10,
    summary: (c) =>
      c.source ? 'The code tried to modify an immutable or fixed-size collection.' : `An operation is not supported by this object${c.message ? `: ${c.message}` : ''}.`,
    explanation: (c) => {
      if (c.source === 'ImmutableCollections')
        return `The collection was created with List.of / Set.of / Map.of / stream().toList() (or Collectors.toUnmodifiableList), which return immutable collections: add, remove, set and clear always throw.${at(c)}`;
      if (c.source === 'AbstractList' || c.source === 'AbstractCollection')
        return `The list is fixed-size - typically from Arrays.asList(...). You can set elements but not add or remove them.${at(c)}`;
      if (c.source && c.source.startsWith('Collections'))
        return `The collection is a read-only view from Collections.unmodifiableXxx; it cannot be changed through this reference.${at(c)}`;
      return `The object does not implement this (optional) operation. For collections, this means it is immutable or fixed-size.${at(c)}`;
    },
    causes: [
      'Modifying a list from List.of(...), Stream.toList() or Collections.unmodifiableList',
      'Adding to or removing from a list returned by Arrays.asList(...)',
      'Calling a method that a library or subclass deliberately leaves unimplemented',
    ],
    fixes: [
      fix('Copy into a mutable collection first', ['Wrap the immutable/fixed-size collection in a new ArrayList/HashMap before modifying it.'], 'List<String> names = new ArrayList<>(List.of("a", "b"));\nnames.add("c");'),
    ],
    references: [lang('UnsupportedOperationException'), { title: 'List: Unmodifiable Lists (Java SE 21 API)', url: `${JAVA_API}/java.base/java/util/List.html#unmodifiable` }],
    samples: [
      'Exception in thread "main" java.lang.UnsupportedOperationException\n\tat java.base/java.util.ImmutableCollections.uoe(ImmutableCollections.java:142)\n\tat java.base/java.util.ImmutableCollections$AbstractImmutableCollection.add(ImmutableCollections.java:147)\n\tat com.example.Main.main(Main.java:10)',
      'java.lang.UnsupportedOperationException\n\tat java.base/java.util.AbstractList.add(AbstractList.java:153)\n\tat java.base/java.util.AbstractList.add(AbstractList.java:111)\n\tat com.example.Tags.addTag(Tags.java:15)',
    ],
  },
  {
    id: 'java.illegal-argument',
    language: 'java',
    match: rx(String.raw`\bjava\.lang\.IllegalArgumentException(?:: (?<message>[^\n]{1,500}))?`, USER_FRAME),
    errorType: 'IllegalArgumentException',
    category: 'runtime',
    priority: 5,
    summary: (c) => `A method rejected one of its arguments${c.message ? `: ${c.message}` : ''}.`,
    explanation: (c) =>
      `IllegalArgumentException means a method was called with a value it does not accept (out of range, wrong format, unknown enum name, ...). The message usually says which argument. The method that threw is at the top of the stack; the bad value comes from its caller.${at(c)}`,
    causes: [
      'A value outside the allowed range or format (negative size, malformed URL/UUID/date)',
      'Enum.valueOf with a name that does not exist ("No enum constant ...")',
      'Invalid configuration passed to a library',
    ],
    fixes: [
      fix('Validate the value at its source', ['Read the message to see which argument was rejected.', 'Check the caller (the frame below the thrower) and validate or convert the value before the call.']),
    ],
    references: [lang('IllegalArgumentException')],
    samples: [
      'Exception in thread "main" java.lang.IllegalArgumentException: No enum constant com.example.Status.ACTIVE_\n\tat java.base/java.lang.Enum.valueOf(Enum.java:273)\n\tat com.example.Status.valueOf(Status.java:3)',
      'java.lang.IllegalArgumentException: timeout value is negative',
    ],
  },
  {
    id: 'java.illegal-state',
    language: 'java',
    match: rx(String.raw`\bjava\.lang\.IllegalStateException(?:: (?<message>[^\n]{1,500}))?`, USER_FRAME),
    errorType: 'IllegalStateException',
    category: 'runtime',
    priority: 5,
    summary: (c) => `An object was used while it was in the wrong state${c.message ? `: ${c.message}` : ''}.`,
    explanation: (c) =>
      `IllegalStateException means the arguments were fine but the object was not ready for the call (already closed, not started, called twice, wrong thread). The message describes the expected state.${c.message && /ApplicationContext/.test(c.message) ? ' "Failed to load ApplicationContext" in tests is only a wrapper: scroll to the last "Caused by:" for the real reason.' : ''}${at(c)}`,
    causes: [
      'Calling a method before initialisation or after close/shutdown',
      'Using a one-shot object twice (stream already operated upon, response already committed)',
      'A framework wrapper - the real cause is in the nested "Caused by:" section',
    ],
    fixes: [
      fix('Fix the call order', ['Read the message and check the lifecycle of the object named in the top frame.', 'Look for a "Caused by:" section further down the trace for wrapped errors.']),
    ],
    references: [lang('IllegalStateException')],
    samples: [
      'java.lang.IllegalStateException: stream has already been operated upon or closed\n\tat java.base/java.util.stream.AbstractPipeline.evaluate(AbstractPipeline.java:229)\n\tat com.example.Report.build(Report.java:40)',
      'java.lang.IllegalStateException: Failed to load ApplicationContext for [WebMergedContextConfiguration@5f9b2141 testClass = com.example.AppTests]',
    ],
  },
  {
    id: 'java.arithmetic',
    language: 'java',
    match: rx(String.raw`\bjava\.lang\.ArithmeticException: (?<message>[^\n]{1,300})`, USER_FRAME),
    errorType: 'ArithmeticException',
    category: 'runtime',
    priority: 10,
    summary: (c) => `An arithmetic operation failed: ${c.message}.`,
    explanation: (c) =>
      `${c.message && c.message.includes('/ by zero') ? 'Integer division (or %) by zero is not allowed in Java (floating-point division by zero gives Infinity instead).' : c.message && c.message.includes('Non-terminating decimal') ? 'BigDecimal.divide without a MathContext or scale cannot represent a result like 1/3 exactly.' : 'An exact arithmetic operation (Math.xxxExact, BigDecimal) could not produce a valid result.'}${at(c)}`,
    causes: ['Dividing by a variable that can be zero (empty list size, zero count)', 'BigDecimal.divide without rounding', 'Overflow detected by Math.addExact/multiplyExact/toIntExact'],
    fixes: [
      fix('Guard the divisor / set a rounding mode', ['Check for zero before dividing.', 'For BigDecimal pass a scale and RoundingMode.'], 'BigDecimal avg = total.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);'),
    ],
    references: [lang('ArithmeticException')],
    samples: ['Exception in thread "main" java.lang.ArithmeticException: / by zero\n\tat com.example.Stats.average(Stats.java:12)'],
  },

  // ---------------------------------------------------------------- class loading and JVM
  {
    id: 'java.class-not-found',
    language: 'java',
    match: rx(String.raw`\bjava\.lang\.ClassNotFoundException: (?<className>[\w$.\/-]{1,300})`),
    errorType: 'ClassNotFoundException',
    category: 'dependency',
    priority: 10,
    summary: (c) => `The class ${c.className} could not be found on the classpath.`,
    explanation: (c) =>
      `The JVM was asked to load ${c.className} by name (Class.forName, a JDBC driver, a framework, or the main class of 'java -cp') and no jar or directory on the runtime classpath contains it.${/jdbc|Driver/i.test(c.className ?? '') ? ' This looks like a JDBC driver: the driver jar is not a runtime dependency.' : ''}${/^javax\./.test(c.className ?? '') ? ' javax.* APIs were removed from the JDK (Java 11) or renamed to jakarta.* (Spring Boot 3 / Jakarta EE 9+).' : ''}`,
    causes: [
      'The library containing the class is not a runtime dependency (scope provided/test, or missing)',
      'Typo in the fully-qualified class name (config file, Class.forName, main class)',
      'javax.* vs jakarta.* mismatch after upgrading Spring Boot / Jakarta EE',
      'Running with java -cp that omits your compiled classes or a jar',
    ],
    fixes: (c) => [
      fix('Add the dependency that contains the class', [
        `Search for ${c.className} on Maven Central (search.maven.org) to find the artifact.`,
        'Add it with runtime (not test/provided) scope and rebuild.',
      ]),
      fix('Check the classpath when running', ['Print it with -verbose:class or check the jar manifest.', 'For fat jars, build with the Spring Boot / Shadow plugin so dependencies are included.']),
    ],
    references: [lang('ClassNotFoundException'), { title: 'The java command: class path options', url: 'https://docs.oracle.com/en/java/javase/21/docs/specs/man/java.html' }],
    samples: [
      'java.lang.ClassNotFoundException: com.mysql.cj.jdbc.Driver\n\tat java.base/jdk.internal.loader.BuiltinClassLoader.loadClass(BuiltinClassLoader.java:641)\n\tat java.base/java.lang.Class.forName0(Native Method)',
      'Error: Could not find or load main class com.example.App\nCaused by: java.lang.ClassNotFoundException: com.example.App',
    ],
  },
  {
    id: 'java.no-class-def-found',
    language: 'java',
    match: rx(String.raw`\bjava\.lang\.NoClassDefFoundError: (?<init>Could not initialize class )?(?<className>[\w$.\/-]{1,300})`),
    errorType: 'NoClassDefFoundError',
    category: 'dependency',
    priority: 10,
    summary: (c) =>
      c.init
        ? `The class ${dotted(c.className)} failed during static initialisation earlier and cannot be used.`
        : `The class ${dotted(c.className)} was present at compile time but is missing at runtime.`,
    explanation: (c) =>
      c.init
        ? `"Could not initialize class" means the JVM already tried to run the static initialiser of ${dotted(c.className)} and it threw (ExceptionInInitializerError). Every later use gets this error. Look further up in the log for the first ExceptionInInitializerError - it contains the real cause.`
        : `Your code was compiled against ${dotted(c.className)}, but the class cannot be found when it is first used at runtime. The jar that provides it is missing from the runtime classpath, or two versions of a library conflict.`,
    causes: (c) =>
      c.init
        ? ['A static field initialiser or static block threw an exception', 'A native library or config file needed during static init is missing']
        : [
            'A dependency is available at compile time only (provided/compileOnly scope)',
            'The application jar was built without its dependencies',
            'Conflicting versions of a library on the classpath (shaded or transitive duplicates)',
          ],
    fixes: (c) =>
      c.init
        ? [fix('Find the first initialisation failure', ['Search the log for ExceptionInInitializerError and read its Caused by.', 'Fix the failing static initialiser (e.g. missing resource, bad config).'])]
        : [
            fix('Put the dependency on the runtime classpath', [
              `Find which artifact provides ${dotted(c.className)} and add it with implementation/runtime scope.`,
              'Run "mvn dependency:tree" or "gradle dependencies" to look for version conflicts.',
            ]),
          ],
    references: [lang('NoClassDefFoundError'), lang('ExceptionInInitializerError')],
    samples: [
      'Exception in thread "main" java.lang.NoClassDefFoundError: org/slf4j/LoggerFactory\n\tat com.example.App.<clinit>(App.java:8)\n\tat com.example.Main.main(Main.java:4)',
      'java.lang.NoClassDefFoundError: Could not initialize class com.example.config.Settings\n\tat com.example.Main.main(Main.java:5)',
    ],
  },
  {
    id: 'java.no-such-method-error',
    language: 'java',
    match: rx(String.raw`\bjava\.lang\.NoSuchMethodError: '?(?<method>[^'\n]{1,400})'?`),
    errorType: 'NoSuchMethodError',
    category: 'dependency',
    priority: 10,
    summary: (c) => `The method ${c.method} does not exist in the version of the class loaded at runtime.`,
    explanation: (c) =>
      `The code was compiled against a library version that has ${c.method}, but at runtime a different (usually older or newer) version of that library was loaded, and the method is missing or has another signature. This is a dependency version conflict, not a bug in your source.`,
    causes: [
      'Two versions of the same library on the classpath; the wrong one wins',
      'A library upgraded at compile time but an old jar deployed (application server, shared lib folder)',
      'Stale build output mixing classes compiled against different versions',
    ],
    fixes: [
      fix('Align the dependency versions', [
        'Run "mvn dependency:tree -Dverbose" or "gradle dependencyInsight --dependency <name>" to find the conflicting versions.',
        'Pin one version (Maven dependencyManagement / Gradle constraints or a BOM).',
        'Clean and rebuild (mvn clean package / gradle clean build).',
      ]),
    ],
    references: [lang('NoSuchMethodError'), { title: 'Maven: Introduction to the Dependency Mechanism', url: 'https://maven.apache.org/guides/introduction/introduction-to-dependency-mechanism.html' }],
    samples: [
      "java.lang.NoSuchMethodError: 'com.google.common.collect.ImmutableList com.google.common.collect.ImmutableList.toImmutableList()'\n\tat com.example.Service.load(Service.java:30)",
      'Exception in thread "main" java.lang.NoSuchMethodError: org.apache.commons.lang3.StringUtils.isBlank(Ljava/lang/CharSequence;)Z',
    ],
  },
  {
    id: 'java.unsupported-class-version',
    language: 'java',
    match: rx(
      String.raw`\bjava\.lang\.UnsupportedClassVersionError: (?<className>[\w$.\/-]{1,300}) (?:has been compiled by a more recent version of the Java Runtime \(class file version (?<classVersion>\d{2,3})(?:\.\d{1,5})?\), this version of the Java Runtime only recognizes class file versions up to (?<runtimeVersion>\d{2,3})(?:\.\d{1,5})?|: Unsupported major\.minor version (?<oldVersion>\d{2,3})(?:\.\d{1,5})?)`,
    ),
    errorType: 'UnsupportedClassVersionError',
    category: 'configuration',
    priority: 15,
    summary: (c) => {
      const compiled = javaRelease(c.classVersion ?? c.oldVersion);
      return c.runtimeVersion
        ? `${dotted(c.className)} was compiled for ${compiled} but is running on ${javaRelease(c.runtimeVersion)}.`
        : `${dotted(c.className)} was compiled for ${compiled}, newer than the Java runtime in use.`;
    },
    explanation: (c) =>
      `Class files record the Java version they target (class file version ${c.classVersion ?? c.oldVersion} = ${javaRelease(c.classVersion ?? c.oldVersion)}; 52 = Java 8, 55 = 11, 61 = 17, 65 = 21). A JVM refuses classes newer than itself${c.runtimeVersion ? `, and this runtime only understands up to ${c.runtimeVersion} (${javaRelease(c.runtimeVersion)})` : ''}. Either run with a newer JDK or compile for the older release.`,
    causes: [
      'JAVA_HOME / PATH points to an older JDK than the one used to build',
      'The IDE or build tool uses a newer JDK than the server or Docker image',
      'A dependency (e.g. Spring Boot 3 needs Java 17) requires a newer Java',
    ],
    fixes: (c) => [
      fix('Run on a newer Java', [
        `Install ${javaRelease(c.classVersion ?? c.oldVersion)} or later and check "java -version".`,
        'Update JAVA_HOME, the Docker base image (e.g. eclipse-temurin:21-jre) or the IDE run configuration.',
      ]),
      fix(
        'Or compile for the older runtime',
        ['Set the release flag so the bytecode targets the older version (only works if your dependencies support it).'],
        '<!-- pom.xml -->\n<properties>\n  <maven.compiler.release>17</maven.compiler.release>\n</properties>\n\n// build.gradle.kts\njava { toolchain { languageVersion = JavaLanguageVersion.of(17) } }',
      ),
    ],
    references: [
      lang('UnsupportedClassVersionError'),
      { title: 'JVM Specification, chapter 4: The class File Format (version numbers)', url: 'https://docs.oracle.com/javase/specs/jvms/se21/html/jvms-4.html' },
    ],
    samples: [
      'Error: LinkageError occurred while loading main class com.example.App\n\tjava.lang.UnsupportedClassVersionError: com/example/App has been compiled by a more recent version of the Java Runtime (class file version 61.0), this version of the Java Runtime only recognizes class file versions up to 55.0',
      'Exception in thread "main" java.lang.UnsupportedClassVersionError: com/example/Main : Unsupported major.minor version 52.0',
    ],
  },
  {
    id: 'java.oom-heap',
    language: 'java',
    match: /\bjava\.lang\.OutOfMemoryError: Java heap space/,
    errorType: 'OutOfMemoryError',
    category: 'memory',
    priority: 20,
    summary: 'The JVM ran out of heap memory (Java heap space).',
    explanation:
      'Objects no longer fit in the heap even after garbage collection. Either the heap limit (-Xmx, or the default fraction of container memory) is too small for the workload, or the program keeps references to objects it no longer needs (a memory leak), or it loads something huge at once (whole file, whole table).',
    causes: [
      'Loading a large file, result set or response fully into memory',
      'A leak: caches, static collections or listeners that only grow',
      'Heap limit too small for the workload or container',
    ],
    fixes: [
      fix('Find what fills the heap', [
        'Run with -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath=/tmp and open the dump in Eclipse MAT or VisualVM.',
        'Look at the biggest retained objects and who references them.',
      ]),
      fix('Stream instead of loading everything', ['Process files and query results in chunks (BufferedReader, JDBC fetch size, pagination).']),
      fix('Raise the heap limit if the workload is legitimate', ['Set -Xmx (e.g. -Xmx2g), or -XX:MaxRAMPercentage=75 in containers.'], 'java -Xmx2g -XX:+HeapDumpOnOutOfMemoryError -jar app.jar'),
    ],
    references: [lang('OutOfMemoryError'), { title: 'Troubleshooting Guide: Understand the OutOfMemoryError Exception', url: 'https://docs.oracle.com/en/java/javase/21/troubleshoot/troubleshooting-memory-leaks.html' }],
    samples: [
      'Exception in thread "main" java.lang.OutOfMemoryError: Java heap space\n\tat java.base/java.util.Arrays.copyOf(Arrays.java:3512)\n\tat java.base/java.util.ArrayList.grow(ArrayList.java:237)',
    ],
  },
  {
    id: 'java.oom-metaspace',
    language: 'java',
    match: /\bjava\.lang\.OutOfMemoryError: (?:Metaspace|Compressed class space)/,
    errorType: 'OutOfMemoryError',
    category: 'memory',
    priority: 20,
    summary: 'The JVM ran out of Metaspace (memory for class metadata).',
    explanation:
      'Metaspace holds loaded classes. It fills up when an application loads a very large number of classes, or keeps generating classes (proxies, scripting, redeploys in an app server) whose class loaders are never released - a class-loader leak.',
    causes: [
      'Repeated hot redeploys leaking class loaders (application servers, DevTools)',
      'Frameworks generating proxies/lambdas/classes dynamically without limits',
      '-XX:MaxMetaspaceSize set too low',
    ],
    fixes: [
      fix('Raise the limit or remove it', ['Increase -XX:MaxMetaspaceSize (it is unlimited by default).'], 'java -XX:MaxMetaspaceSize=512m -jar app.jar'),
      fix('Look for class-loader leaks', ['Take a heap dump and check the number of class loaders/classes with Eclipse MAT.', 'Restart instead of hot redeploying if leaks come from a library.']),
    ],
    references: [lang('OutOfMemoryError'), { title: 'Troubleshooting Guide: Understand the OutOfMemoryError Exception', url: 'https://docs.oracle.com/en/java/javase/21/troubleshoot/troubleshooting-memory-leaks.html' }],
    samples: ['java.lang.OutOfMemoryError: Metaspace\n\tat java.base/java.lang.ClassLoader.defineClass1(Native Method)'],
  },
  {
    id: 'java.oom-gc-overhead',
    language: 'java',
    match: /\bjava\.lang\.OutOfMemoryError: GC overhead limit exceeded/,
    errorType: 'OutOfMemoryError',
    category: 'memory',
    priority: 20,
    summary: 'The JVM spent almost all its time in garbage collection and recovered almost no memory.',
    explanation:
      'The parallel collector gives up when more than ~98% of time goes to GC while less than 2% of the heap is freed. In practice the heap is full of live objects: the same situation as "Java heap space", detected a little earlier.',
    causes: ['A memory leak keeps objects reachable', 'The working set is larger than the heap', 'Huge in-memory collections built from input data'],
    fixes: [
      fix('Treat it like a heap OOM', ['Take a heap dump (-XX:+HeapDumpOnOutOfMemoryError) and find the dominating objects.', 'Reduce memory use or increase -Xmx.']),
    ],
    references: [lang('OutOfMemoryError'), { title: 'Troubleshooting Guide: Understand the OutOfMemoryError Exception', url: 'https://docs.oracle.com/en/java/javase/21/troubleshoot/troubleshooting-memory-leaks.html' }],
    samples: ['Exception in thread "pool-1-thread-3" java.lang.OutOfMemoryError: GC overhead limit exceeded'],
  },
  {
    id: 'java.oom-native-thread',
    language: 'java',
    match: /\bjava\.lang\.OutOfMemoryError: unable to create (?:new )?native thread/,
    errorType: 'OutOfMemoryError',
    category: 'concurrency',
    priority: 20,
    summary: 'The JVM could not start another thread: the OS refused to create it.',
    explanation:
      'This is not about the heap. Each Java platform thread needs an OS thread and its own stack; the process hit the OS limit on threads/processes (ulimit -u, container pids limit) or ran out of native memory for stacks. Usually the application creates threads without bound.',
    causes: ['new Thread() per request/task instead of a bounded pool', 'Thread pools that are created repeatedly and never shut down', 'Low ulimit -u or container pids.max'],
    fixes: [
      fix('Bound the number of threads', ['Use a fixed-size ExecutorService and reuse it; shut down pools you create.', 'On Java 21 consider virtual threads for blocking I/O.'], 'ExecutorService pool = Executors.newFixedThreadPool(32);\n// Java 21:\nExecutorService vt = Executors.newVirtualThreadPerTaskExecutor();'),
      fix('Inspect live threads', ['Take a thread dump (jstack <pid>) to see which code creates them.']),
    ],
    references: [lang('OutOfMemoryError'), api('java.base', 'java/util/concurrent', 'ExecutorService')],
    samples: ['Exception in thread "main" java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or process/resource limits reached'],
  },
  {
    id: 'java.oom',
    language: 'java',
    match: /\bjava\.lang\.OutOfMemoryError(?:: (?<detail>[^\n]{1,300}))?/,
    errorType: 'OutOfMemoryError',
    category: 'memory',
    priority: 10,
    summary: (c) => `The JVM ran out of memory${c.detail ? ` (${c.detail})` : ''}.`,
    explanation: (c) =>
      `${c.detail && /array size/.test(c.detail) ? 'The code tried to allocate an array larger than the JVM allows (close to Integer.MAX_VALUE elements), usually because a size was computed wrongly.' : c.detail && /Direct buffer/.test(c.detail) ? 'Off-heap direct buffers (NIO, Netty) exceeded -XX:MaxDirectMemorySize; buffers are not being released or the limit is too small.' : 'A memory area of the JVM was exhausted. The detail after the colon says which one.'}`,
    causes: ['A memory leak', 'A single huge allocation', 'JVM memory limits too low for the workload'],
    fixes: [fix('Diagnose the memory area named in the message', ['Enable -XX:+HeapDumpOnOutOfMemoryError and analyse the dump.', 'Adjust the corresponding limit (-Xmx, -XX:MaxDirectMemorySize) once the cause is understood.'])],
    references: [lang('OutOfMemoryError')],
    samples: ['java.lang.OutOfMemoryError: Requested array size exceeds VM limit', 'java.lang.OutOfMemoryError: Direct buffer memory'],
  },
  {
    id: 'java.stack-overflow',
    language: 'java',
    match: /\bjava\.lang\.StackOverflowError(?:[^\n]{0,300}\n[ \t]*at (?<frame>[\w$.<>\/]{1,300})\((?<file>[\w$.-]{1,200}):(?<line>\d{1,7})\))?/,
    errorType: 'StackOverflowError',
    category: 'runtime',
    priority: 10,
    summary: (c) => `The call stack overflowed${c.frame ? `, repeatedly calling ${c.frame}` : ''} - almost always infinite recursion.`,
    explanation: (c) =>
      `Each method call uses stack space; StackOverflowError means the thread's stack is full. The trace shows the same frames repeating${c.frame ? ` (${c.frame} at ${c.file}:${c.line})` : ''}: a method that calls itself without reaching a base case, or two methods calling each other (toString/equals/hashCode or JSON serialisation of bidirectional relations like parent <-> child).`,
    causes: [
      'Recursive method without a (reachable) base case',
      'toString()/hashCode()/equals() of two entities referencing each other (Lombok @Data on JPA entities)',
      'JSON serialisation of a bidirectional relationship',
      'Legitimately deep recursion on large input',
    ],
    fixes: [
      fix('Break the cycle', [
        'Find the repeating frames in the trace and check the base case.',
        'Exclude back-references from toString/equals/hashCode (@ToString.Exclude, @EqualsAndHashCode.Exclude).',
        'For Jackson use @JsonManagedReference/@JsonBackReference or @JsonIgnore on one side.',
      ]),
      fix('Convert deep recursion to iteration', ['Use an explicit stack/queue, or increase the thread stack with -Xss as a last resort.']),
    ],
    references: [lang('StackOverflowError')],
    samples: [
      'Exception in thread "main" java.lang.StackOverflowError\n\tat com.example.Tree.depth(Tree.java:14)\n\tat com.example.Tree.depth(Tree.java:14)\n\tat com.example.Tree.depth(Tree.java:14)',
    ],
  },

  // ---------------------------------------------------------------- I/O and network
  {
    id: 'java.file-not-found',
    language: 'java',
    match: rx(
      String.raw`\bjava\.io\.FileNotFoundException: (?<path>[^\n]{1,500}?)(?: \((?<reason>[^)\n]{1,200})\))?[ \t]*$`,
    ),
    errorType: 'FileNotFoundException',
    category: 'io',
    priority: 10,
    summary: (c) => `Java could not open the file ${c.path?.trim()}${c.reason ? ` (${c.reason})` : ''}.`,
    explanation: (c) => {
      const reason = c.reason ?? '';
      if (/Permission denied|Access is denied/i.test(reason)) return `The file exists but the process is not allowed to open it (${reason}). Check file permissions and the user the JVM runs as.`;
      if (/Is a directory/i.test(reason)) return 'The path points to a directory, but the code tried to open it as a file.';
      return `No file exists at '${c.path?.trim()}'. Relative paths are resolved against the JVM's working directory (System.getProperty("user.dir")), which differs between the IDE, the build tool and a packaged jar. Files inside src/main/resources are on the classpath, not on the file system, once packaged.`;
    },
    causes: [
      'Relative path resolved from an unexpected working directory',
      'The file is a classpath resource inside the jar, not a real file',
      'Typo in the path, or wrong case on a case-sensitive file system',
      'Missing permissions, or the path is a directory',
    ],
    fixes: [
      fix('Load bundled files as classpath resources', ['Files under src/main/resources should be read through the class loader, not FileInputStream.'], 'try (InputStream in = getClass().getResourceAsStream("/config.json")) {\n    if (in == null) throw new IllegalStateException("config.json not on classpath");\n    // read in\n}'),
      fix('Use an absolute or configurable path', ['Print Path.of(path).toAbsolutePath() to see where Java looks.', 'Pass the location via configuration instead of hardcoding a relative path.']),
    ],
    references: [api('java.base', 'java/io', 'FileNotFoundException'), { title: 'The Java Tutorials: Path Operations', url: 'https://docs.oracle.com/javase/tutorial/essential/io/pathOps.html' }],
    samples: [
      'Exception in thread "main" java.io.FileNotFoundException: data/input.csv (No such file or directory)\n\tat java.base/java.io.FileInputStream.open0(Native Method)',
      'java.io.FileNotFoundException: C:\\app\\logs\\app.log (Access is denied)',
    ],
  },
  {
    id: 'java.nio-no-such-file',
    language: 'java',
    match: /\bjava\.nio\.file\.NoSuchFileException: (?<path>[^\n]{1,500})/,
    errorType: 'NoSuchFileException',
    category: 'io',
    priority: 10,
    summary: (c) => `The file or directory ${c.path} does not exist.`,
    explanation: (c) =>
      `java.nio.file.Files (readString, newInputStream, copy, move, ...) throws NoSuchFileException when '${c.path}' (or its parent directory, for writes) does not exist. Relative paths are resolved against the working directory.`,
    causes: ['Wrong or relative path', 'Parent directory missing when writing', 'File removed by another process between check and use'],
    fixes: [fix('Create parents / verify the path', ['Print path.toAbsolutePath().', 'Call Files.createDirectories(path.getParent()) before writing.'], 'Files.createDirectories(target.getParent());\nFiles.writeString(target, content);')],
    references: [api('java.base', 'java/nio/file', 'NoSuchFileException'), api('java.base', 'java/nio/file', 'Files')],
    samples: ['java.nio.file.NoSuchFileException: /var/app/uploads/report.pdf\n\tat java.base/sun.nio.fs.UnixException.translateToIOException(UnixException.java:92)'],
  },
  {
    id: 'java.access-denied',
    language: 'java',
    match: /\bjava\.nio\.file\.AccessDeniedException: (?<path>[^\n]{1,500})/,
    errorType: 'AccessDeniedException',
    category: 'permission',
    priority: 10,
    summary: (c) => `The JVM is not allowed to access ${c.path}.`,
    explanation: (c) =>
      `The operating system refused access to '${c.path}'. The user running the JVM lacks read/write permission on the file or its directory, the file is read-only or locked by another program (Windows), or it is a directory where a file was expected.`,
    causes: ['File/directory owned by another user (common in Docker: container runs as non-root)', 'Read-only file system or mounted volume', 'File locked by another process on Windows'],
    fixes: [fix('Fix ownership or location', ['Check permissions with ls -l (or icacls on Windows).', 'Write to a directory the service user owns, or chown the volume in the Docker image.'], 'RUN mkdir -p /app/data && chown -R app:app /app/data')],
    references: [api('java.base', 'java/nio/file', 'AccessDeniedException')],
    samples: ['java.nio.file.AccessDeniedException: /app/data/cache.db\n\tat java.base/sun.nio.fs.UnixException.translateToIOException(UnixException.java:90)'],
  },
  {
    id: 'java.socket-timeout',
    language: 'java',
    match: /\b(?<cls>java\.net\.SocketTimeoutException|java\.net\.http\.HttpConnectTimeoutException|java\.net\.http\.HttpTimeoutException)(?:: (?<message>[^\n]{1,300}))?/,
    errorType: (c) => shortName(c.cls, 'SocketTimeoutException'),
    category: 'network',
    priority: 10,
    summary: (c) => `A network operation timed out${c.message ? ` (${c.message})` : ''}.`,
    explanation: (c) =>
      c.message && /connect/i.test(c.message)
        ? 'The TCP connection could not be established within the connect timeout: the host is unreachable, a firewall drops the packets, or the address/port is wrong.'
        : 'The connection was established but the other side did not send data within the read timeout. The server is slow, overloaded, or waiting on something itself.',
    causes: ['Remote service slow or overloaded', 'Firewall/security group silently dropping traffic', 'Timeouts configured too low for the operation', 'Wrong host or port (connect timeouts)'],
    fixes: [
      fix('Verify connectivity', ['From the same machine/container, run curl -v or nc -vz <host> <port>.']),
      fix('Tune timeouts deliberately', ['Set explicit connect and read timeouts and add retries with backoff for idempotent calls.'], 'HttpClient client = HttpClient.newBuilder()\n    .connectTimeout(Duration.ofSeconds(5))\n    .build();\nHttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build();'),
    ],
    references: [api('java.base', 'java/net', 'SocketTimeoutException'), api('java.net.http', 'java/net/http', 'HttpClient')],
    samples: [
      'java.net.SocketTimeoutException: Read timed out\n\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)',
      'java.net.SocketTimeoutException: Connect timed out',
      'java.net.http.HttpConnectTimeoutException: HTTP connect timed out',
    ],
  },
  {
    id: 'java.connection-refused',
    language: 'java',
    match: /\bjava\.net\.ConnectException: (?:Connection refused(?<detail>[^\n]{0,200})|Failed to connect to (?<host>[^\s\/:]{1,255})(?:\/[\d.:a-fA-F]{1,60})?:(?<port>\d{1,5}))/,
    errorType: 'ConnectException',
    category: 'network',
    priority: 10,
    summary: (c) => `The connection${c.host ? ` to ${c.host}:${c.port}` : ''} was refused: nothing is listening there.`,
    explanation: (c) =>
      `"Connection refused" means the target machine answered, but no process is accepting connections on that port${c.host ? ` (${c.host}:${c.port})` : ''}. The server is not running, listens on another port or interface (e.g. only 127.0.0.1), or - inside Docker - 'localhost' refers to the container itself rather than the host or another container.`,
    causes: ['The server/database is not started or crashed', 'Wrong host or port in the configuration', "Inside Docker, 'localhost' is the container itself - use the service name", 'The server listens only on 127.0.0.1'],
    fixes: [
      fix('Check the target is listening', ['Run nc -vz <host> <port> (or Test-NetConnection on Windows).', 'Start the service, or fix the host/port in your configuration.']),
      fix('Use the right host in containers', ["In docker compose, connect to the service name (e.g. db:5432), not localhost.", 'From a container to the host use host.docker.internal.']),
    ],
    references: [api('java.base', 'java/net', 'ConnectException')],
    samples: [
      'java.net.ConnectException: Connection refused\n\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)',
      'java.net.ConnectException: Failed to connect to localhost/127.0.0.1:8080',
      'java.net.ConnectException: Connection refused: connect',
    ],
  },
  {
    id: 'java.connection-reset',
    language: 'java',
    match: /\bjava\.net\.SocketException: (?<what>Connection reset(?: by peer)?|Broken pipe)/,
    errorType: 'SocketException',
    category: 'network',
    priority: 10,
    summary: (c) => `The other side closed the connection abruptly (${c.what}).`,
    explanation: (c) =>
      c.what === 'Broken pipe'
        ? 'The program wrote to a connection that the peer had already closed (client navigated away, proxy/load balancer timeout, server restarted).'
        : 'The peer sent a TCP reset: it closed the connection while this side was still reading. Often caused by idle connections reused after a proxy/server timed them out, TLS mismatch, or the server crashing.',
    causes: ['Idle pooled connection closed by a proxy or server', 'Server crashed or restarted mid-request', 'Protocol mismatch (plain HTTP to an HTTPS port, or vice versa)', 'Client aborted the request'],
    fixes: [fix('Make connection reuse robust', ['Lower the idle timeout / enable validation in the HTTP or DB connection pool.', 'Retry idempotent requests.', 'Check that the scheme (http/https) matches the port.'])],
    references: [api('java.base', 'java/net', 'SocketException')],
    samples: ['java.net.SocketException: Connection reset\n\tat java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:328)', 'java.net.SocketException: Broken pipe (Write failed)'],
  },
  {
    id: 'java.unknown-host',
    language: 'java',
    match: /\bjava\.net\.UnknownHostException: (?<host>[^\s:]{1,255})/,
    errorType: 'UnknownHostException',
    category: 'network',
    priority: 10,
    summary: (c) => `The host name '${c.host}' could not be resolved to an IP address.`,
    explanation: (c) =>
      `DNS lookup for '${c.host}' failed. The name is misspelled, does not exist, is only resolvable inside another network (VPN, Docker network, Kubernetes namespace), or the machine has no DNS/network access.`,
    causes: ['Typo in the host name or URL', 'Service name only valid inside a Docker/Kubernetes network', 'No network or DNS (offline, VPN required, proxy needed)'],
    fixes: (c) => [fix('Check name resolution', [`Run nslookup ${c.host} (or getent hosts ${c.host}) where the JVM runs.`, 'Fix the URL, join the right network, or configure the proxy (-Dhttps.proxyHost).'])],
    references: [api('java.base', 'java/net', 'UnknownHostException')],
    samples: ['java.net.UnknownHostException: api.exmaple.com\n\tat java.base/java.net.InetAddress$CachedLookup.get(InetAddress.java:988)', 'java.net.UnknownHostException: postgres: Name or service not known'],
  },
  {
    id: 'java.bind-address-in-use',
    language: 'java',
    match: /\bjava\.net\.BindException: Address already in use/,
    errorType: 'BindException',
    category: 'network',
    priority: 10,
    summary: 'The server could not listen on its port because another process already uses it.',
    explanation: 'Only one process can listen on a given address and port. Another instance of the application (or a different program) is still running on it.',
    causes: ['A previous instance is still running (IDE run, background process)', 'Another program uses the same port', 'Two servers in the same JVM configured with the same port'],
    fixes: [fix('Free or change the port', ['Find the process: lsof -i :<port> (macOS/Linux) or netstat -ano | findstr :<port> (Windows) and stop it.', 'Or configure a different port.'])],
    references: [api('java.base', 'java/net', 'BindException')],
    samples: ['java.net.BindException: Address already in use\n\tat java.base/sun.nio.ch.Net.bind0(Native Method)'],
  },
  {
    id: 'java.io-exception',
    language: 'java',
    match: /\bjava\.io\.IOException(?:: (?<message>[^\n]{1,500}))?/,
    errorType: 'IOException',
    category: 'io',
    priority: 5,
    summary: (c) => `An input/output operation failed${c.message ? `: ${c.message}` : ''}.`,
    explanation: (c) =>
      `IOException is the general failure of reading or writing files, streams or sockets. The message says what went wrong${c.message && /Stream closed/i.test(c.message) ? ' - here a stream was used after close(), often by a try-with-resources block that closed it too early' : ''}${c.message && /No space left/i.test(c.message) ? ' - here the disk is full' : ''}.`,
    causes: ['File system problems (disk full, permissions, missing files)', 'Stream used after being closed', 'Network connection interrupted'],
    fixes: [fix('Handle the failure where I/O happens', ['Read the message and the first frame in your code.', 'Use try-with-resources so streams are closed exactly once, and report the file/URL in your error message.'])],
    references: [api('java.base', 'java/io', 'IOException'), { title: 'The Java Tutorials: The try-with-resources Statement', url: 'https://docs.oracle.com/javase/tutorial/essential/exceptions/tryResourceClose.html' }],
    samples: ['java.io.IOException: Stream closed\n\tat java.base/java.io.BufferedReader.ensureOpen(BufferedReader.java:123)', 'java.io.IOException: No space left on device'],
  },
  {
    id: 'java.sql-exception',
    language: 'java',
    match: /\b(?<cls>org\.postgresql\.util\.PSQLException|java\.sql\.SQL\w{0,60}Exception|com\.mysql\.cj\.jdbc\.exceptions\.\w{1,80}|java\.sql\.SQLException|org\.h2\.jdbc\.JdbcSQL\w{0,60}Exception|oracle\.jdbc\.\w{0,60}Exception): (?<message>[^\n]{1,500})/,
    errorType: (c) => shortName(c.cls, 'SQLException'),
    category: 'database',
    priority: 8,
    summary: (c) => `The database reported an error: ${c.message}`,
    explanation: (c) => {
      const m = c.message ?? '';
      if (/does not exist|doesn't exist|not found/i.test(m)) return 'The SQL refers to a table, column or schema that does not exist in the connected database: migrations have not run, the schema/search_path differs, or the name is misspelled or quoted with the wrong case.';
      if (/duplicate key|Duplicate entry|unique constraint/i.test(m)) return 'An INSERT/UPDATE violates a unique constraint: a row with the same key already exists.';
      if (/password authentication failed|Access denied for user/i.test(m)) return 'The database rejected the credentials in the JDBC configuration.';
      if (/syntax error/i.test(m)) return 'The database could not parse the SQL statement; check the statement near the position given.';
      if (/violates foreign key|foreign key constraint/i.test(m)) return 'The row references a parent row that does not exist (or is being deleted while still referenced).';
      if (/ResultSet closed|Statement is closed|Connection is closed|connection has been closed/i.test(m)) return 'A JDBC object was used after it (or its parent Statement/Connection) was closed - for example reading a ResultSet after the try-with-resources block ended, or re-executing a statement that closes its previous ResultSet.';
      if (/column index is out of range|parameter index/i.test(m)) return 'A setXxx(index, value) or getXxx(index) call used an index larger than the number of ? placeholders or result columns. JDBC indexes start at 1.';
      return 'The JDBC driver passes on the error reported by the database server; the message and SQLState say which rule was violated.';
    },
    causes: ['Schema out of date (migrations not applied) or wrong database/schema', 'Constraint violations (unique, foreign key, not null)', 'Wrong credentials or permissions', 'Invalid SQL for this database dialect'],
    fixes: [
      fix('Reproduce the statement directly', ['Enable SQL logging (e.g. spring.jpa.show-sql=true or the driver log) and run the statement in psql/mysql.', 'Check the connected database URL and schema.']),
      fix('Apply migrations / fix constraints', ['Run Flyway/Liquibase migrations, or handle duplicates with an upsert.']),
    ],
    references: [api('java.sql', 'java/sql', 'SQLException'), { title: 'PostgreSQL: Error Codes (SQLSTATE)', url: 'https://www.postgresql.org/docs/current/errcodes-appendix.html' }],
    samples: [
      'java.sql.SQLException: Operation not allowed after ResultSet closed\n\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:130)',
      'org.postgresql.util.PSQLException: The column index is out of range: 3, number of columns: 2.',
    ],
  },
  {
    id: 'java.jdbc-no-suitable-driver',
    language: 'java',
    match: /No suitable driver found for (?<url>[^\s]{1,300})/,
    errorType: 'SQLException',
    category: 'dependency',
    priority: 15,
    summary: (c) => `No JDBC driver accepts the URL ${c.url}.`,
    explanation: (c) =>
      `DriverManager asked every registered JDBC driver whether it handles '${c.url}' and none did. Either the driver jar for that database is not on the runtime classpath, or the URL is malformed (it must start with jdbc:<subprotocol>:, e.g. jdbc:postgresql://host:5432/db).`,
    causes: ['The database driver (org.postgresql:postgresql, com.mysql:mysql-connector-j, ...) is not a runtime dependency', "Malformed URL: missing 'jdbc:' prefix or a typo in the subprotocol", 'Fat jar built without dependencies'],
    fixes: [
      fix('Add the driver dependency', ['Add the driver for your database with runtime scope and rebuild.'], '<dependency>\n  <groupId>org.postgresql</groupId>\n  <artifactId>postgresql</artifactId>\n  <scope>runtime</scope>\n</dependency>'),
      fix('Check the URL format', ['Use jdbc:postgresql://host:5432/db, jdbc:mysql://host:3306/db, etc.']),
    ],
    references: [api('java.sql', 'java/sql', 'DriverManager'), { title: 'PostgreSQL JDBC: Connecting to the Database', url: 'https://jdbc.postgresql.org/documentation/use/' }],
    samples: ['java.sql.SQLException: No suitable driver found for jdbc:postgresql://localhost:5432/shop\n\tat java.sql/java.sql.DriverManager.getConnection(DriverManager.java:708)'],
  },
  {
    id: 'java.hikari-connection-timeout',
    language: 'java',
    match: /(?<![\w.-])(?<pool>[\w.-]{1,100}) - Connection is not available, request timed out after (?<ms>\d{1,9})ms(?:[^\n]{0,20}\(total=(?<total>\d{1,6}), active=(?<active>\d{1,6}), idle=(?<idle>\d{1,6}), waiting=(?<waiting>\d{1,6})\))?/,
    errorType: 'SQLTransientConnectionException',
    category: 'database',
    priority: 20,
    summary: (c) => `The connection pool ${c.pool} had no free connection for ${c.ms} ms.`,
    explanation: (c) =>
      `HikariCP waited connectionTimeout (${c.ms} ms) for a connection and none became available${c.active ? ` (${c.active} of ${c.total} in use, ${c.waiting} threads waiting)` : ''}. Either connections are held too long or leaked (never closed), the pool is too small for the load, or the database is unreachable so new connections cannot be created.`,
    causes: ['Connections not returned to the pool (missing close(), long transactions, blocking calls inside @Transactional)', 'Pool size too small for the number of concurrent requests', 'Database slow or unreachable, so connections cannot be created', 'Slow queries holding connections'],
    fixes: [
      fix('Find leaks and long holders', ['Enable leak detection and look at the reported stack traces.', 'Always use try-with-resources for Connection/Statement/ResultSet; keep remote calls out of transactions.'], 'spring.datasource.hikari.leak-detection-threshold=2000'),
      fix('Size the pool deliberately', ['Raise maximum-pool-size only if the database can handle it; check the database is reachable.'], 'spring.datasource.hikari.maximum-pool-size=20'),
    ],
    references: [{ title: 'HikariCP: Configuration', url: 'https://github.com/brettwooldridge/HikariCP#gear-configuration-knobs-baby' }, api('java.sql', 'java/sql', 'SQLTransientConnectionException')],
    samples: ['java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=4)'],
  },
  {
    id: 'java.spring-datasource-url',
    language: 'java',
    match: /Failed to configure a DataSource: 'url' attribute is not specified and no embedded datasource could be configured/,
    errorType: 'DataSourceBeanCreationException',
    category: 'configuration',
    priority: 25,
    summary: 'Spring Boot found a JDBC/JPA starter but no database URL.',
    explanation:
      'spring-boot-starter-data-jpa or spring-boot-starter-jdbc is on the classpath, so Spring Boot tries to create a DataSource. spring.datasource.url is not set for the active profile and no embedded database (H2, HSQLDB, Derby) is available, so it cannot.',
    causes: ['spring.datasource.url missing, or defined only in a profile that is not active', 'application.properties not on the classpath (wrong folder or name)', 'A JPA starter added to a project that does not use a database'],
    fixes: [
      fix('Configure the datasource', ['Set the URL, username and password (or the SPRING_DATASOURCE_URL environment variable).'], 'spring.datasource.url=jdbc:postgresql://localhost:5432/app\nspring.datasource.username=app\nspring.datasource.password=secret'),
      fix('Or disable the auto-configuration if no database is needed', [], '@SpringBootApplication(exclude = DataSourceAutoConfiguration.class)'),
    ],
    references: [{ title: 'Spring Boot: SQL Databases (configure a DataSource)', url: 'https://docs.spring.io/spring-boot/reference/data/sql.html' }],
    samples: ["***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\nFailed to configure a DataSource: 'url' attribute is not specified and no embedded datasource could be configured.\n\nReason: Failed to determine a suitable driver class"],
  },

  // ---------------------------------------------------------------- concurrency
  {
    id: 'java.interrupted',
    language: 'java',
    match: /\bjava\.lang\.InterruptedException(?:: (?<message>[^\n]{1,300}))?/,
    errorType: 'InterruptedException',
    category: 'concurrency',
    priority: 10,
    summary: 'A thread was interrupted while it was waiting, sleeping or blocked.',
    explanation:
      'Thread.sleep, Object.wait, BlockingQueue.take, Future.get and similar methods throw InterruptedException when another thread calls interrupt() on the waiting thread - usually because an executor is shutting down (shutdownNow) or a task was cancelled. It is a request to stop, not a bug by itself.',
    causes: ['ExecutorService.shutdownNow() or Future.cancel(true) during shutdown', 'A test framework or container stopping worker threads', 'Code that interrupts threads to cancel work'],
    fixes: [
      fix(
        "Handle it by stopping and restoring the flag",
        ['Do not swallow the exception: restore the interrupt status and exit the task.'],
        'try {\n    Thread.sleep(1000);\n} catch (InterruptedException e) {\n    Thread.currentThread().interrupt();\n    return; // stop the work\n}',
      ),
    ],
    references: [lang('InterruptedException'), { title: 'The Java Tutorials: Interrupts', url: 'https://docs.oracle.com/javase/tutorial/essential/concurrency/interrupt.html' }],
    samples: ['java.lang.InterruptedException: sleep interrupted\n\tat java.base/java.lang.Thread.sleep0(Native Method)'],
  },
  {
    id: 'java.execution-exception',
    language: 'java',
    match: /\bjava\.util\.concurrent\.(?<wrapper>ExecutionException|CompletionException): (?<cause>[\w$.]{1,300}(?:Exception|Error))(?:: (?<message>[^\n]{1,500}))?/,
    errorType: (c) => c.wrapper ?? 'ExecutionException',
    category: 'concurrency',
    // Below the class-specific patterns, so a recognised cause (e.g. ConnectException) explains itself.
    priority: 9,
    summary: (c) => `An asynchronous task failed with ${shortName(c.cause, 'an exception')}${c.message ? `: ${c.message}` : ''}.`,
    explanation: (c) =>
      `${c.wrapper} is only a wrapper: Future.get() / CompletableFuture.join() rethrow the task's own exception inside it. The real error is ${c.cause}${c.message ? ` ("${c.message}")` : ''}; look at the "Caused by:" section for where it was thrown inside the task.`,
    causes: (c) => [`The task itself threw ${shortName(c.cause, 'an exception')}`, 'The error is in the code submitted to the executor/CompletableFuture, not where get()/join() was called'],
    fixes: [
      fix(
        'Unwrap and handle the cause',
        ['Catch the wrapper and inspect getCause(); handle or rethrow the real exception.'],
        'try {\n    result = future.get();\n} catch (ExecutionException e) {\n    Throwable cause = e.getCause();\n    // log / rethrow cause\n}',
      ),
    ],
    references: [api('java.base', 'java/util/concurrent', 'ExecutionException'), api('java.base', 'java/util/concurrent', 'CompletionException')],
    samples: [
      'java.util.concurrent.ExecutionException: java.lang.IllegalStateException: quota exceeded\n\tat java.base/java.util.concurrent.FutureTask.report(FutureTask.java:122)\n\tat java.base/java.util.concurrent.FutureTask.get(FutureTask.java:191)',
      'java.util.concurrent.CompletionException: com.example.quota.QuotaExceededException: monthly quota exceeded',
    ],
  },

  // ---------------------------------------------------------------- Spring / Hibernate / Jackson
  {
    id: 'java.spring-port-in-use',
    language: 'java',
    match: /(?:Web server failed to start\. Port (?<port>\d{1,5}) was already in use|PortInUseException: Port (?<portInUse>\d{1,5}) is already in use)/,
    errorType: 'PortInUseException',
    category: 'network',
    priority: 25,
    summary: (c) => `Spring Boot could not start: port ${c.port ?? c.portInUse} is already in use.`,
    explanation: (c) =>
      `The embedded web server (Tomcat/Jetty/Netty/Undertow) needs to listen on port ${c.port ?? c.portInUse}, but another process already does - often a previous run of the same application still running in the IDE or in the background.`,
    causes: ['A previous instance of the app is still running', 'Another program (or container) uses the same port', 'Two Spring Boot apps with the default port 8080'],
    fixes: (c) => [
      fix('Stop the process using the port', [`Find it: lsof -i :${c.port ?? c.portInUse} (macOS/Linux) or netstat -ano | findstr :${c.port ?? c.portInUse} (Windows).`, 'Stop it (kill <pid> / taskkill /PID <pid> /F), or stop the old run in the IDE.']),
      fix('Run on another port', ['Set server.port in application.properties, or pass it on the command line.'], `# application.properties\nserver.port=8081\n\n# or\njava -jar app.jar --server.port=8081`),
    ],
    references: [
      { title: 'Spring Boot: Embedded Web Servers (change the HTTP port)', url: 'https://docs.spring.io/spring-boot/how-to/webserver.html' },
      { title: 'Spring Boot API: PortInUseException', url: 'https://docs.spring.io/spring-boot/api/java/org/springframework/boot/web/server/PortInUseException.html' },
    ],
    samples: [
      '***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\nWeb server failed to start. Port 8080 was already in use.\n\nAction:\n\nIdentify and stop the process that\'s listening on port 8080 or configure this application to listen on another port.',
    ],
  },
  {
    id: 'java.spring-no-such-bean',
    language: 'java',
    match: /\bNoSuchBeanDefinitionException: (?:No qualifying bean of type '(?<type>[^'\n]{1,300})' available(?<detail>[^\n]{0,500})|No bean named '(?<bean>[^'\n]{1,300})' available)/,
    errorType: 'NoSuchBeanDefinitionException',
    category: 'configuration',
    priority: 10,
    summary: (c) => (c.type ? `Spring has no bean of type ${c.type} to inject.` : `Spring has no bean named '${c.bean}'.`),
    explanation: (c) =>
      `Something asked the Spring container for ${c.type ? `a bean of type ${c.type}` : `the bean '${c.bean}'`}, but no such bean was registered. Beans exist only for classes annotated with @Component/@Service/@Repository/@Controller inside the scanned packages, classes returned by @Bean methods, or auto-configurations whose conditions matched.`,
    causes: [
      'The class is missing @Service/@Component/@Repository',
      'The class is outside the package of the @SpringBootApplication class, so component scanning misses it',
      'A Spring Data repository interface is outside the scanned packages, or the starter is missing',
      'The bean is conditional (@Profile, @ConditionalOnProperty) and the condition is false',
    ],
    fixes: (c) => [
      fix(
        'Register the bean',
        [`Annotate the implementation of ${shortName(c.type, 'the type')} with @Service/@Component, or declare an @Bean method.`, 'Make sure it lives in (a sub-package of) the package of your @SpringBootApplication class.'],
        `@Service\npublic class ${shortName(c.type, 'MyService')}Impl implements ${shortName(c.type, 'MyService')} {\n}`,
      ),
      fix('Check active profiles and conditions', ['Run with --debug to print the auto-configuration condition report.']),
    ],
    references: [
      { title: 'Spring Framework: Dependency Injection', url: 'https://docs.spring.io/spring-framework/reference/core/beans/dependencies/factory-collaborators.html' },
      { title: 'Spring Boot: Structuring Your Code', url: 'https://docs.spring.io/spring-boot/reference/using/structuring-your-code.html' },
    ],
    samples: [
      "org.springframework.beans.factory.NoSuchBeanDefinitionException: No qualifying bean of type 'com.example.payment.PaymentGateway' available: expected at least 1 bean which qualifies as autowire candidate. Dependency annotations: {}",
      "org.springframework.beans.factory.NoSuchBeanDefinitionException: No bean named 'dataSource' available",
    ],
  },
  {
    id: 'java.spring-unsatisfied-dependency',
    language: 'java',
    match: /\bUnsatisfiedDependencyException: Error creating bean with name '(?<bean>[^'\n]{1,300})'(?:[^\n]{0,2000}?Unsatisfied dependency expressed through (?<through>[^:;\n]{1,300}))?(?:[^\n]{0,2000}?No qualifying bean of type '(?<type>[^'\n]{1,300})')?/,
    errorType: 'UnsatisfiedDependencyException',
    category: 'configuration',
    priority: 12,
    summary: (c) => `Spring could not create bean '${c.bean}' because one of its dependencies${c.type ? ` (${c.type})` : ''} could not be injected.`,
    explanation: (c) =>
      `While constructing '${c.bean}', Spring tried to inject ${c.through ? `the dependency "${c.through.trim()}"` : 'a dependency'}${c.type ? ` of type ${c.type}` : ''} and failed. ${c.type ? 'No bean of that type exists in the context.' : 'Read the nested exception (the last "Caused by:") for the actual reason - often a missing bean or a failure while creating that dependency.'}`,
    causes: ['The required bean is not defined (missing annotation, not scanned, excluded by a profile)', 'Creating the dependency itself failed (bad configuration, unreachable database)', 'Several candidates without @Primary/@Qualifier'],
    fixes: (c) => [
      fix('Make the dependency available', [
        `Ensure ${c.type ?? 'the injected type'} has an implementation annotated with @Component/@Service (or an @Bean method) in a scanned package.`,
        'If several implementations exist, mark one @Primary or use @Qualifier.',
        'Read the innermost "Caused by:" of the log for failures inside the dependency.',
      ]),
    ],
    references: [
      { title: 'Spring Framework: Dependency Injection', url: 'https://docs.spring.io/spring-framework/reference/core/beans/dependencies/factory-collaborators.html' },
      { title: 'Spring Framework: Using @Autowired', url: 'https://docs.spring.io/spring-framework/reference/core/beans/annotation-config/autowired.html' },
    ],
    samples: [
      "org.springframework.beans.factory.UnsatisfiedDependencyException: Error creating bean with name 'orderController' defined in file [/app/target/classes/com/example/OrderController.class]: Unsatisfied dependency expressed through constructor parameter 0: No qualifying bean of type 'com.example.OrderService' available: expected at least 1 bean which qualifies as autowire candidate. Dependency annotations: {}",
    ],
  },
  {
    id: 'java.spring-bean-creation',
    language: 'java',
    match: /\bBeanCreationException: Error creating bean with name '(?<bean>[^'\n]{1,300})'(?: defined in (?<source>[^:\n]{1,400}))?(?::? ?(?<reason>[^\n]{1,1000}))?/,
    errorType: 'BeanCreationException',
    category: 'configuration',
    priority: 10,
    summary: (c) => `Spring failed to create the bean '${c.bean}'.`,
    explanation: (c) =>
      `Spring could not instantiate or initialise '${c.bean}'${c.source ? ` (defined in ${c.source.trim()})` : ''}. BeanCreationException wraps the real failure: ${c.reason ? `"${c.reason.trim()}"` : 'see the last "Caused by:" in the trace'}. Typical reasons are an exception in the constructor or @PostConstruct method, an @Value placeholder that cannot be resolved, or a failing datasource/JPA setup.`,
    causes: [
      'Exception thrown in the constructor, @PostConstruct or an @Bean method',
      "Unresolvable @Value placeholder ('Could not resolve placeholder')",
      'Database/JPA initialisation failed (bad URL, missing driver, schema validation)',
    ],
    fixes: [
      fix('Read the innermost cause', ['Scroll to the last "Caused by:" in the trace - that is the real error.', 'Fix the configuration property, constructor or dependency it names.']),
      fix('Check configuration properties', ['Verify application.properties/yaml and the active profile contain every property the bean needs.'], 'app.api-key=${API_KEY:}'),
    ],
    references: [
      { title: 'Spring Framework: The IoC Container', url: 'https://docs.spring.io/spring-framework/reference/core/beans.html' },
      { title: 'Spring Boot: Externalized Configuration', url: 'https://docs.spring.io/spring-boot/reference/features/external-config.html' },
    ],
    samples: [
      "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'entityManagerFactory' defined in class path resource [org/springframework/boot/autoconfigure/orm/jpa/HibernateJpaConfiguration.class]: Unable to create requested service [org.hibernate.engine.jdbc.env.spi.JdbcEnvironment]",
      "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'paymentClient': Injection of autowired dependencies failed",
    ],
  },
  {
    id: 'java.spring-placeholder',
    language: 'java',
    match: /Could not resolve placeholder '(?<property>[^'\n]{1,200})' in value "(?<value>[^"\n]{1,300})"/,
    errorType: 'IllegalArgumentException',
    category: 'configuration',
    priority: 20,
    summary: (c) => `The configuration property '${c.property}' is not defined.`,
    explanation: (c) =>
      `An @Value("${c.value}") (or a property reference in configuration) needs '${c.property}', but no property source defines it: not in application.properties/yaml for the active profile, not as an environment variable or command-line argument.`,
    causes: ['Property missing from the active profile configuration', 'Environment variable not set in this environment (CI, Docker, prod)', 'Typo in the property name'],
    fixes: (c) => [
      fix(
        'Define the property or give it a default',
        [`Add ${c.property} to application.properties (or set the matching environment variable).`, 'Or provide a default after a colon.'],
        `@Value("\${${c.property}:default-value}")\nprivate String value;`,
      ),
    ],
    references: [{ title: 'Spring Boot: Externalized Configuration', url: 'https://docs.spring.io/spring-boot/reference/features/external-config.html' }],
    samples: ['java.lang.IllegalArgumentException: Could not resolve placeholder \'stripe.api-key\' in value "${stripe.api-key}"'],
  },
  {
    id: 'java.hibernate-lazy-init',
    language: 'java',
    match: /\bLazyInitializationException: (?:failed to lazily initialize a collection of role: (?<role>[\w$.#]{1,300})|Cannot lazily initialize collection of role '(?<roleQuoted>[^'\n]{1,300})'|could not initialize proxy \[(?<entity>[^\]\n]{1,300})\])/,
    errorType: 'LazyInitializationException',
    category: 'database',
    priority: 10,
    summary: (c) => {
      const role = c.role ?? c.roleQuoted;
      return role ? `The lazy collection ${role} was accessed after the Hibernate session closed.` : `A lazy proxy (${c.entity}) was accessed after the Hibernate session closed.`;
    },
    explanation: (c) =>
      `Lazy associations are loaded from the database the first time you touch them, which needs an open Session (persistence context). ${c.role ?? c.roleQuoted ?? c.entity} was first touched after the transaction ended - for example in a controller, a JSON serializer, toString(), or another thread.`,
    causes: ['Accessing a lazy association outside @Transactional', 'Serialising an entity to JSON after the service method returned', 'spring.jpa.open-in-view=false (recommended) with code that relied on it'],
    fixes: [
      fix('Fetch what you need inside the query', ['Use JOIN FETCH or an @EntityGraph on the repository method.'], '@Query("select a from Author a join fetch a.books where a.id = :id")\nOptional<Author> findWithBooks(@Param("id") Long id);'),
      fix('Map to a DTO inside the transaction', ['Make the service method @Transactional(readOnly = true) and convert entities to DTOs before returning.']),
    ],
    references: [{ title: 'Hibernate ORM: LazyInitializationException (Javadoc)', url: 'https://docs.jboss.org/hibernate/stable/orm/javadocs/org/hibernate/LazyInitializationException.html' }],
    samples: [
      'org.hibernate.LazyInitializationException: failed to lazily initialize a collection of role: com.example.Author.books: could not initialize proxy - no Session',
      'org.hibernate.LazyInitializationException: could not initialize proxy [com.example.Customer#42] - no Session',
    ],
  },
  {
    id: 'java.jackson-unrecognized-property',
    language: 'java',
    match: /\bUnrecognizedPropertyException: Unrecognized field "(?<field>[^"\n]{1,200})" \(class (?<cls>[\w$.]{1,300})\), not marked as ignorable/,
    errorType: 'UnrecognizedPropertyException',
    category: 'type',
    priority: 10,
    summary: (c) => `The JSON has a field "${c.field}" that ${shortName(c.cls, 'the target class')} does not have.`,
    explanation: (c) =>
      `By default Jackson fails when the JSON contains a property that cannot be mapped to ${c.cls}. Either the class is missing the field/setter "${c.field}", the JSON name differs from the Java name (snake_case vs camelCase), or the API added a new field.`,
    causes: ['The DTO lacks a field for this JSON property', 'Naming mismatch (user_name vs userName)', 'The remote API added fields'],
    fixes: (c) => [
      fix('Ignore unknown properties', ['Annotate the class, or configure the ObjectMapper globally (spring.jackson.deserialization.fail-on-unknown-properties=false).'], `@JsonIgnoreProperties(ignoreUnknown = true)\npublic class ${shortName(c.cls, 'Dto')} { ... }`),
      fix('Map the property', ['Add the field, or map the name with @JsonProperty.'], `@JsonProperty("${c.field}")\nprivate String value;`),
    ],
    references: [{ title: 'Jackson databind: DeserializationFeature', url: 'https://github.com/FasterXML/jackson-databind/wiki/Deserialization-Features' }],
    samples: [
      'com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException: Unrecognized field "user_name" (class com.example.dto.UserDto), not marked as ignorable (2 known properties: "userName", "email"])',
    ],
  },
  {
    id: 'java.jackson-mismatched-input',
    language: 'java',
    match: /\bMismatchedInputException: (?:Cannot deserialize value of type `(?<type>[^`\n]{1,300})` from (?<from>[\w ]{1,60}?) value|(?<message>[^\n]{1,500}))/,
    errorType: 'MismatchedInputException',
    category: 'type',
    priority: 10,
    summary: (c) => (c.type ? `Jackson cannot turn a JSON ${c.from} into ${c.type}.` : `The JSON does not match the expected structure: ${c.message}`),
    explanation: (c) =>
      c.type
        ? `The Java type ${c.type} expects a different JSON shape than the ${c.from} value it received - for example a JSON object where a list was expected (or the other way round), or a string where a number/object was expected.`
        : 'Jackson read JSON whose structure does not fit the target Java type (wrong token, empty body, missing creator properties).',
    causes: ['Expected an array but the API returns an object wrapping the array (e.g. {"items": [...]})', 'Empty or non-JSON request body ("No content to map due to end-of-input")', 'Field types differ between the JSON and the DTO'],
    fixes: [
      fix('Align the Java type with the JSON', ['Print the raw JSON and compare it with the DTO.', 'Introduce a wrapper class for enveloped responses, or change the field type.'], 'public record ItemsResponse(List<Item> items) {}\nItemsResponse r = mapper.readValue(json, ItemsResponse.class);'),
      fix('Accept single values as arrays if the API is inconsistent', ['Enable ACCEPT_SINGLE_VALUE_AS_ARRAY.'], 'mapper.enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);'),
    ],
    references: [{ title: 'Jackson databind: DeserializationFeature', url: 'https://github.com/FasterXML/jackson-databind/wiki/Deserialization-Features' }],
    samples: [
      'com.fasterxml.jackson.databind.exc.MismatchedInputException: Cannot deserialize value of type `java.util.ArrayList<com.example.Item>` from Object value (token `JsonToken.START_OBJECT`)\n at [Source: (String)"{"items":[]}"; line: 1, column: 1]',
      'com.fasterxml.jackson.databind.exc.MismatchedInputException: No content to map due to end-of-input',
    ],
  },
  {
    id: 'java.jackson-invalid-definition',
    language: 'java',
    match: /\bInvalidDefinitionException: (?:Cannot construct instance of `(?<type>[^`\n]{1,300})` \((?<why>[^)\n]{1,300})\)|Java 8 date\/time type `(?<timeType>[^`\n]{1,200})` not supported by default|No serializer found for class (?<serClass>[\w$.]{1,300})|(?<message>[^\n]{1,500}))/,
    errorType: 'InvalidDefinitionException',
    category: 'type',
    priority: 10,
    summary: (c) => {
      if (c.type) return `Jackson does not know how to create ${c.type}.`;
      if (c.timeType) return `Jackson cannot (de)serialise ${c.timeType} without the JavaTimeModule.`;
      if (c.serClass) return `Jackson found nothing to serialise in ${c.serClass}.`;
      return `Jackson cannot use the class definition: ${c.message}`;
    },
    explanation: (c) => {
      if (c.type) return `To deserialise ${c.type} Jackson needs a no-args constructor, or a constructor/factory annotated with @JsonCreator (records and Kotlin data classes need the parameter-names or Kotlin module). Reason given: ${c.why}.`;
      if (c.timeType) return 'java.time types need the jackson-datatype-jsr310 module (JavaTimeModule). Spring Boot registers it automatically for its own ObjectMapper, but a "new ObjectMapper()" does not have it.';
      if (c.serClass) return 'The class has no public getters or fields Jackson can see (or it is a Hibernate proxy), so Jackson refuses to produce an empty object.';
      return 'The class cannot be used by Jackson as declared.';
    },
    causes: ['No default constructor and no @JsonCreator', 'Missing JavaTimeModule / KotlinModule / ParameterNamesModule', 'Private fields without getters', 'Serialising Hibernate lazy proxies'],
    fixes: (c) =>
      c.timeType
        ? [fix('Register the Java time module', ['Add com.fasterxml.jackson.datatype:jackson-datatype-jsr310 and register it (or use the Spring-managed ObjectMapper).'], 'ObjectMapper mapper = new ObjectMapper()\n    .registerModule(new JavaTimeModule())\n    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);')]
        : [
            fix('Give Jackson a way in', ['Add a no-args constructor, or annotate the constructor with @JsonCreator and parameters with @JsonProperty.', 'For Kotlin add jackson-module-kotlin and register KotlinModule.'], 'public record User(@JsonProperty("id") long id, @JsonProperty("name") String name) {}'),
          ],
    references: [{ title: 'Jackson Java 8 date/time module', url: 'https://github.com/FasterXML/jackson-modules-java8' }, { title: 'Jackson databind', url: 'https://github.com/FasterXML/jackson-databind' }],
    samples: [
      'com.fasterxml.jackson.databind.exc.InvalidDefinitionException: Cannot construct instance of `com.example.User` (no Creators, like default constructor, exist): cannot deserialize from Object value (no delegate- or property-based Creator)',
      'com.fasterxml.jackson.databind.exc.InvalidDefinitionException: Java 8 date/time type `java.time.LocalDateTime` not supported by default: add Module "com.fasterxml.jackson.datatype:jackson-datatype-jsr310" to enable handling',
    ],
  },

  // ---------------------------------------------------------------- javac
  {
    id: 'java.javac-cannot-find-symbol',
    language: 'java',
    match: rx(
      JAVAC_LOC,
      String.raw`cannot find symbol(?:(?:\n[^\n]{0,1000}){0,4}?\n(?:\[ERROR\])?[ \t]*symbol:[ \t]{1,20}(?<kind>class|variable|method|static|constructor|package|interface|enum)[ \t]{1,20}(?<symbol>[^\n]{1,300}))?(?:\n(?:\[ERROR\])?[ \t]*location:[ \t]{1,20}(?<location>[^\n]{1,300}))?`,
    ),
    errorType: 'cannot find symbol',
    category: 'name',
    priority: 10,
    summary: (c) => `javac cannot find the ${c.kind ?? 'symbol'} ${c.symbol ? `'${c.symbol.trim()}'` : ''}${javacAt(c)}.`.replace(/ {2,}/g, ' '),
    explanation: (c) =>
      `The compiler does not know the name ${c.symbol ? `'${c.symbol.trim()}'` : 'used here'}${c.location ? ` (looked in ${c.location.trim()})` : ''}. It is misspelled (Java is case-sensitive), not declared in this scope, not imported, or it belongs to a library that is not on the compile classpath.${c.kind === 'method' ? ' For methods, the argument types must also match a declared signature.' : ''}`,
    causes: ['Typo or wrong capitalisation', 'Missing import statement', 'Variable declared in another scope (inside a block or loop)', 'Dependency missing from the build, or generated code (Lombok, MapStruct) not processed'],
    fixes: (c) => [
      fix('Declare or import the name', [
        `Check the spelling of ${c.symbol ? `'${c.symbol.trim()}'` : 'the name'} against its declaration.`,
        'Add the missing import (IDE: Alt+Enter / Ctrl+.).',
        'If it comes from a library, add the dependency to pom.xml / build.gradle.',
      ]),
      fix('For Lombok-generated getters/builders', ['Make sure Lombok is configured as an annotation processor (annotationProcessor in Gradle, maven-compiler-plugin annotationProcessorPaths).']),
    ],
    references: [{ title: 'The javac Command', url: 'https://docs.oracle.com/en/java/javase/21/docs/specs/man/javac.html' }, { title: 'JLS chapter 6: Names', url: 'https://docs.oracle.com/javase/specs/jls/se21/html/jls-6.html' }],
    samples: [
      'Main.java:5: error: cannot find symbol\n        System.out.println(cout);\n                           ^\n  symbol:   variable cout\n  location: class Main\n1 error',
      '[ERROR] /home/dev/shop/src/main/java/com/example/OrderService.java:[27,9] cannot find symbol\n[ERROR]   symbol:   class Invoice\n[ERROR]   location: class com.example.OrderService',
    ],
  },
  {
    id: 'java.javac-incompatible-types',
    language: 'java',
    match: rx(
      JAVAC_LOC,
      String.raw`incompatible types: (?:possible lossy conversion from (?<lossyFrom>[\w.]{1,100}) to (?<lossyTo>[\w.]{1,100})|(?<from>[^\n]{1,300}?) cannot be converted to (?<to>[^\n]{1,300})|(?<detail>[^\n]{1,300}))`,
    ),
    errorType: 'incompatible types',
    category: 'type',
    priority: 10,
    summary: (c) => {
      if (c.lossyFrom) return `Converting ${c.lossyFrom} to ${c.lossyTo} may lose information, so javac requires an explicit cast${javacAt(c)}.`;
      if (c.from) return `A value of type ${c.from} is used where ${c.to} is required${javacAt(c)}.`;
      return `Incompatible types${javacAt(c)}: ${c.detail}.`;
    },
    explanation: (c) =>
      c.lossyFrom
        ? `Java never narrows numeric types implicitly: ${c.lossyFrom} has a larger range or precision than ${c.lossyTo}. Cast explicitly if truncation is intended, or use the wider type.`
        : `The expression's type${c.from ? ` (${c.from})` : ''} cannot be assigned, returned or passed where ${c.to ?? 'the other type'} is expected, and no implicit conversion exists. Common cases: String vs int (needs parsing), Optional<T> vs T, List<Object> vs List<String>.`,
    causes: ['Assigning a String where a number is expected (or vice versa)', 'Narrowing numeric conversion (double -> int, long -> int)', 'Using Optional/stream results without unwrapping/collecting', 'Generics that do not match exactly'],
    fixes: (c) => [
      c.lossyFrom
        ? fix('Cast or widen', [`Cast explicitly: (${c.lossyTo}) value, or use Math.round / Math.toIntExact.`, `Or declare the variable as ${c.lossyFrom}.`], `${c.lossyTo} x = (${c.lossyTo}) value;`)
        : fix('Convert explicitly', ['Parse strings (Integer.parseInt), unwrap Optionals (orElse/orElseThrow), or collect streams.', 'Change the declared type if the value really is of the other type.'], 'int n = Integer.parseInt(text);\nUser u = repo.findById(id).orElseThrow();'),
    ],
    references: [{ title: 'JLS chapter 5: Conversions and Contexts', url: 'https://docs.oracle.com/javase/specs/jls/se21/html/jls-5.html' }],
    samples: [
      'App.java:12: error: incompatible types: String cannot be converted to int\n        int count = args[0];\n                        ^',
      'Calc.java:8: error: incompatible types: possible lossy conversion from double to int\n        int half = total / 2.0;',
    ],
  },
  {
    id: 'java.javac-unreported-exception',
    language: 'java',
    match: rx(JAVAC_LOC, String.raw`unreported exception (?<exception>[\w$.]{1,300}); must be caught or declared to be thrown`),
    errorType: 'unreported exception',
    category: 'syntax',
    priority: 10,
    summary: (c) => `The checked exception ${c.exception} must be caught or declared${javacAt(c)}.`,
    explanation: (c) =>
      `${c.exception} is a checked exception. Java requires every method that can throw it to either handle it in a try/catch or declare it with 'throws ${shortName(c.exception, 'Exception')}' in its signature. Lambdas passed to java.util.function interfaces cannot throw checked exceptions at all.`,
    causes: ['Calling an I/O, reflection or concurrency API that declares a checked exception', 'Throwing a checked exception from a lambda (stream map/forEach)'],
    fixes: (c) => [
      fix('Catch it where you can handle it', ['Wrap the call in try/catch and handle or wrap the exception.'], `try {\n    // call that throws\n} catch (${shortName(c.exception, 'Exception')} e) {\n    throw new UncheckedIOException(...) // or handle\n}`),
      fix('Declare it', [`Add 'throws ${shortName(c.exception, 'Exception')}' to the enclosing method and let callers handle it.`]),
    ],
    references: [{ title: 'The Java Tutorials: The Catch or Specify Requirement', url: 'https://docs.oracle.com/javase/tutorial/essential/exceptions/catchOrDeclare.html' }, { title: 'JLS chapter 11: Exceptions', url: 'https://docs.oracle.com/javase/specs/jls/se21/html/jls-11.html' }],
    samples: ['Loader.java:14: error: unreported exception IOException; must be caught or declared to be thrown\n        String text = Files.readString(path);\n                                      ^'],
  },
  {
    id: 'java.javac-missing-return',
    language: 'java',
    match: rx(JAVAC_LOC, String.raw`missing return statement`),
    errorType: 'missing return statement',
    category: 'syntax',
    priority: 10,
    summary: (c) => `A method can reach its end without returning a value${javacAt(c)}.`,
    explanation: 'Every path through a non-void method must end in a return or a throw. javac found a path (e.g. an if without else, a loop that may finish, a switch without default) that falls off the end of the method.',
    causes: ['if/else-if chain without a final else', 'return only inside a loop', 'switch without a default branch'],
    fixes: [fix('Return or throw on every path', ['Add a final return with a sensible value, or throw an exception for the impossible case.'], 'static String grade(int score) {\n    if (score >= 90) return "A";\n    else if (score >= 80) return "B";\n    return "C"; // path that was missing\n}')],
    references: [{ title: 'JLS 8.4.7: Method Body', url: 'https://docs.oracle.com/javase/specs/jls/se21/html/jls-8.html#jls-8.4.7' }],
    samples: ['Grades.java:9: error: missing return statement\n    }\n    ^'],
  },
  {
    id: 'java.javac-non-static-context',
    language: 'java',
    match: rx(JAVAC_LOC, String.raw`non-static (?<kind>variable|method) (?<name>[^\s]{1,200}) cannot be referenced from a static context`),
    errorType: 'non-static reference from static context',
    category: 'name',
    priority: 10,
    summary: (c) => `The instance ${c.kind} ${c.name} is used from static code${javacAt(c)}.`,
    explanation: (c) =>
      `${c.name} belongs to an object (instance member), but it is used inside a static method such as main, where there is no 'this'. Create an instance and use it, or make the member static if it really is shared.`,
    causes: ['Calling instance methods directly from main()', 'Accessing fields from a static helper'],
    fixes: (c) => [fix('Use an instance', ['Create an object of the class and call the member on it.'], `public static void main(String[] args) {\n    var app = new App();\n    app.${c.kind === 'method' ? c.name?.replace(/\(.*$/, '') + '()' : c.name};\n}`)],
    references: [{ title: 'The Java Tutorials: Understanding Class Members', url: 'https://docs.oracle.com/javase/tutorial/java/javaOO/classvars.html' }],
    samples: ['App.java:6: error: non-static method run() cannot be referenced from a static context\n        run();\n        ^'],
  },
  {
    id: 'java.javac-public-class-file-name',
    language: 'java',
    match: rx(JAVAC_LOC, String.raw`class (?<className>[\w$]{1,200}) is public, should be declared in a file named (?<expected>[\w$]{1,200}\.java)`),
    errorType: 'class is public, should be declared in a file named',
    category: 'syntax',
    priority: 10,
    summary: (c) => `The public class ${c.className} must be in a file named ${c.expected}.`,
    explanation: (c) => `javac requires a public top-level class to live in a file with exactly the same name (case-sensitive). The class ${c.className} is declared in ${c.file ?? 'a file with another name'}.`,
    causes: ['File renamed or class renamed without the other', 'Two public classes in one file', 'Different capitalisation between file and class'],
    fixes: (c) => [fix('Rename the file or the class', [`Rename the file to ${c.expected}, or rename the class to match the file.`, 'Move additional classes to their own files or make them non-public.'])],
    references: [{ title: 'JLS 7.6: Top Level Class and Interface Declarations', url: 'https://docs.oracle.com/javase/specs/jls/se21/html/jls-7.html#jls-7.6' }],
    samples: ['Main.java:1: error: class HelloWorld is public, should be declared in a file named HelloWorld.java\npublic class HelloWorld {\n       ^'],
  },
  {
    id: 'java.javac-invalid-release',
    language: 'java',
    match: /(?:invalid (?:target|source) release: (?<version>\d{1,2}(?:\.\d)?)|release version (?<releaseVersion>\d{1,2}(?:\.\d)?) not supported)/,
    errorType: 'invalid target release',
    category: 'configuration',
    priority: 20,
    summary: (c) => `The JDK running the build cannot compile for Java ${c.version ?? c.releaseVersion}.`,
    explanation: (c) =>
      `The build asks javac for release ${c.version ?? c.releaseVersion}, but the JDK used by Maven/Gradle is older than that. Maven uses JAVA_HOME (check "mvn -v"), which is often not the JDK your IDE uses.`,
    causes: ['JAVA_HOME points to an older JDK', 'maven.compiler.release / toolchain set higher than the installed JDK', 'CI image uses an older JDK'],
    fixes: (c) => [
      fix('Build with a new enough JDK', [`Install JDK ${c.version ?? c.releaseVersion}+ and point JAVA_HOME to it; verify with "mvn -v" or "./gradlew -version".`, 'Or use a Gradle toolchain so Gradle downloads the right JDK.'], `java {\n    toolchain { languageVersion = JavaLanguageVersion.of(${c.version ?? c.releaseVersion}) }\n}`),
    ],
    references: [{ title: 'Apache Maven Compiler Plugin: Setting the --release', url: 'https://maven.apache.org/plugins/maven-compiler-plugin/examples/set-compiler-release.html' }, { title: 'Gradle: Toolchains for JVM projects', url: 'https://docs.gradle.org/current/userguide/toolchains.html' }],
    samples: ['[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.11.0:compile (default-compile) on project demo: Fatal error compiling: error: invalid target release: 21 -> [Help 1]', 'error: release version 17 not supported'],
  },

  // ---------------------------------------------------------------- build tools
  {
    id: 'java.gradle-could-not-resolve',
    language: 'java',
    match: /Could not resolve all (?:dependencies|files|artifacts|task dependencies) for configuration '(?<configuration>[^'\n]{1,200})'(?:[\s\S]{0,2000}?Could not (?:find|resolve) (?<dependency>[\w.\-]{1,200}:[\w.\-]{1,200}(?::[\w.\-+]{1,100})?))?/,
    errorType: 'Could not resolve all dependencies',
    category: 'dependency',
    priority: 10,
    summary: (c) => `Gradle could not resolve ${c.dependency ? `the dependency ${trimDot(c.dependency)}` : 'some dependencies'} for configuration ${c.configuration}.`,
    explanation: (c) =>
      `Gradle searched the declared repositories and could not download ${c.dependency ? trimDot(c.dependency) : 'one or more dependencies'}. The coordinates or version may be wrong, the artifact may live in a repository that is not declared (google(), a private repo), or the machine cannot reach the repository (offline, proxy, authentication).`,
    causes: ['Wrong group, artifact or version (typo, version not published)', 'Repository missing from repositories { } or settings.gradle dependencyResolutionManagement', 'Network, proxy or credentials problem', 'Gradle offline mode with an empty cache'],
    fixes: (c) => [
      fix('Check the coordinates and repositories', [`Look up ${c.dependency ? trimDot(c.dependency) : 'the dependency'} on search.maven.org (or the vendor repo) and compare the version.`, 'Declare the repository that hosts it.'], 'dependencyResolutionManagement {\n    repositories {\n        google()\n        mavenCentral()\n    }\n}'),
      fix('Diagnose with more output', ['Run ./gradlew build --refresh-dependencies --info to see the URLs tried.', 'Check proxy settings in gradle.properties (systemProp.https.proxyHost).']),
    ],
    references: [{ title: 'Gradle: Declaring Repositories', url: 'https://docs.gradle.org/current/userguide/declaring_repositories.html' }, { title: 'Gradle: Viewing and debugging dependencies', url: 'https://docs.gradle.org/current/userguide/viewing_debugging_dependencies.html' }],
    samples: [
      "* What went wrong:\nExecution failed for task ':app:compileJava'.\n> Could not resolve all files for configuration ':app:compileClasspath'.\n   > Could not find com.example:payments-sdk:2.3.1.\n     Searched in the following locations:\n       - https://repo.maven.apache.org/maven2/com/example/payments-sdk/2.3.1/payments-sdk-2.3.1.pom",
      "Could not resolve all dependencies for configuration ':classpath'.",
    ],
  },
  {
    id: 'java.maven-dependency-resolution',
    language: 'java',
    match: /Could not resolve dependencies for project (?<project>[^\s:]{1,200}:[^\s:]{1,200}(?::[^\s:]{1,100}){1,3})(?:[^\n]{0,1000}?(?:Could not find artifact|following artifacts could not be resolved:|Could not transfer artifact|Failure to find) (?<artifact>[^\s,]{1,300}))?/,
    errorType: 'DependencyResolutionException',
    category: 'dependency',
    priority: 10,
    summary: (c) => `Maven could not resolve ${c.artifact ? `the artifact ${c.artifact}` : 'the dependencies'} of ${c.project}.`,
    explanation: (c) =>
      `Maven could not download ${c.artifact ?? 'one or more dependencies'} from the configured repositories. The version may not exist, the artifact may be in a repository that is not declared in pom.xml/settings.xml, or network/authentication failed. "Failure to find ... was cached" means Maven remembers an earlier failed download.`,
    causes: ['Wrong groupId/artifactId/version', 'Repository or mirror missing from pom.xml / ~/.m2/settings.xml', 'Failed download cached in the local repository', 'Proxy or credentials problem with a private repository'],
    fixes: [
      fix('Verify and force an update', ['Check the coordinates on search.maven.org.', 'Run mvn -U clean install to ignore cached failures.', 'Delete the artifact folder under ~/.m2/repository if it is corrupted.']),
      fix('Declare the repository', ['Add the repository to pom.xml or a mirror in settings.xml, with credentials if needed.']),
    ],
    references: [{ title: 'Maven: DependencyResolutionException', url: 'https://cwiki.apache.org/confluence/display/MAVEN/DependencyResolutionException' }, { title: 'Maven: Introduction to Repositories', url: 'https://maven.apache.org/guides/introduction/introduction-to-repositories.html' }],
    samples: [
      '[ERROR] Failed to execute goal on project shop: Could not resolve dependencies for project com.example:shop:jar:1.0-SNAPSHOT: Could not find artifact com.example:billing-client:jar:2.0.0 in central (https://repo.maven.apache.org/maven2) -> [Help 1]',
    ],
  },
  {
    id: 'java.maven-compilation-failure',
    language: 'java',
    match: /Failed to execute goal org\.apache\.maven\.plugins:maven-compiler-plugin:(?<version>[\w.\-]{1,30}):(?<goal>compile|testCompile) \([\w-]{1,60}\) on project (?<project>[\w.\-]{1,200}): (?<detail>[^\n]{0,500})/,
    errorType: 'MojoFailureException',
    category: 'build',
    priority: 8,
    summary: (c) => `Maven could not compile ${c.goal === 'testCompile' ? 'the tests of ' : ''}project ${c.project}.`,
    explanation: (c) =>
      `This line only says that the maven-compiler-plugin failed${c.detail ? ` (${c.detail.replace(/ -> \[Help 1\]\s*$/, '')})` : ''}. The actual compiler errors are printed above it as "[ERROR] /path/File.java:[line,col] message".`,
    causes: ['Java compile errors in the listed files', 'Wrong JDK version for the configured release', 'Annotation processor (Lombok, MapStruct) not configured'],
    fixes: [fix('Read the first compiler error', ['Scroll up to the first "[ERROR] ...java:[line,col]" line and fix that one first - later errors are often follow-ups.', 'Run mvn -e compile for more detail.'])],
    references: [{ title: 'Apache Maven Compiler Plugin', url: 'https://maven.apache.org/plugins/maven-compiler-plugin/' }, { title: 'Maven: MojoFailureException', url: 'https://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException' }],
    samples: ['[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.13.0:compile (default-compile) on project inventory: Compilation failure: Compilation failure:'],
  },

  // ---------------------------------------------------------------- Kotlin
  {
    id: 'kotlin.lateinit-not-initialized',
    language: 'kotlin',
    match: rx(String.raw`\bkotlin\.UninitializedPropertyAccessException: lateinit property (?<property>[\w$]{1,200}) has not been initialized`, USER_FRAME),
    errorType: 'UninitializedPropertyAccessException',
    category: 'null',
    priority: 20,
    summary: (c) => `The lateinit property '${c.property}' was read before it was assigned.`,
    explanation: (c) =>
      `'lateinit var ${c.property}' promises the compiler that the property will be assigned before first use. It was read before any assignment happened - typically because the code that sets it (onCreate, a setup/@BeforeEach method, dependency injection) has not run yet or failed.${at(c)}`,
    causes: ['Lifecycle order: used before onCreate/onViewCreated/init ran', 'Dependency injection (Dagger/Hilt/Spring) did not inject the field', 'Test setup method did not initialise it'],
    fixes: (c) => [
      fix('Initialise before use or check it', ['Move the assignment earlier, or guard reads with ::property.isInitialized.'], `if (::${c.property}.isInitialized) {\n    ${c.property}.doSomething()\n}`),
      fix('Use a nullable or lazy property instead', ['If the value may legitimately be missing, declare it nullable; if it can be computed, use by lazy.'], `private val ${c.property} by lazy { create() }`),
    ],
    references: [{ title: 'Kotlin: Late-initialized properties and variables', url: 'https://kotlinlang.org/docs/properties.html#late-initialized-properties-and-variables' }],
    samples: [
      'kotlin.UninitializedPropertyAccessException: lateinit property adapter has not been initialized\n\tat com.example.ui.ListFragment.onResume(ListFragment.kt:48)',
    ],
  },
  {
    id: 'kotlin.type-mismatch',
    language: 'kotlin',
    match: /(?:e: (?:file:\/\/)?(?<file>[^\s]{1,400}?\.kts?):(?<line>\d{1,7}):(?<col>\d{1,7}):? )?(?:Type mismatch: inferred type is (?<actual>[^\n]{1,200}?) but (?<expected>[^\n]{1,200}?) was expected|(?:Argument|Assignment) type mismatch: actual type is '(?<actual2>[^'\n]{1,200})', but '(?<expected2>[^'\n]{1,200})' was expected|(?:Initializer|Return) type mismatch: expected '(?<expected3>[^'\n]{1,200})', actual '(?<actual3>[^'\n]{1,200})')/,
    errorType: 'Type mismatch',
    category: 'type',
    priority: 10,
    summary: (c) => {
      const actual = c.actual ?? c.actual2 ?? c.actual3;
      const expected = c.expected ?? c.expected2 ?? c.expected3;
      return `Kotlin expected ${expected} but got ${actual}${c.file ? ` at ${c.file}:${c.line}` : ''}.`;
    },
    explanation: (c) => {
      const actual = c.actual ?? c.actual2 ?? c.actual3 ?? '';
      const expected = c.expected ?? c.expected2 ?? c.expected3 ?? '';
      if (actual === `${expected}?`) return `The value is nullable (${actual}) but a non-null ${expected} is required. Handle null with ?:, ?.let or a check before using it.`;
      if (/^(Int|Long|Double|Float|Short|Byte)$/.test(actual) && /^(Int|Long|Double|Float|Short|Byte)$/.test(expected)) return `Kotlin never converts numbers implicitly: use .to${expected}() to convert ${actual} to ${expected}.`;
      return `The expression has type ${actual}, which is not a subtype of ${expected}. Kotlin has no implicit conversions between unrelated types (e.g. String and Int).`;
    },
    causes: ['Nullable value used where a non-null type is required', 'Numeric types need explicit conversion (toInt(), toLong())', 'Wrong return type or wrong overload'],
    fixes: [
      fix('Convert or handle null explicitly', ['Use ?: to supply a default for nullable values.', 'Use toInt()/toLong()/toString() for conversions.'], 'val count: Int = text.toIntOrNull() ?: 0\nval name: String = user.name ?: "unknown"'),
    ],
    references: [{ title: 'Kotlin: Null safety', url: 'https://kotlinlang.org/docs/null-safety.html' }, { title: 'Kotlin: Numbers (explicit conversions)', url: 'https://kotlinlang.org/docs/numbers.html' }],
    samples: [
      'e: file:///home/dev/app/src/main/kotlin/com/example/Main.kt:12:22 Type mismatch: inferred type is String? but String was expected',
      "e: /src/main/kotlin/Prices.kt:7:16 Argument type mismatch: actual type is 'Double', but 'Int' was expected.",
    ],
  },
  {
    id: 'kotlin.unresolved-reference',
    language: 'kotlin',
    match: /(?:e: (?:file:\/\/)?(?<file>[^\s]{1,400}?\.kts?):(?<line>\d{1,7}):(?<col>\d{1,7}):? )?Unresolved reference(?:: (?<name>[\w$`]{1,200})|\s'(?<quoted>[^'\n]{1,200})')/,
    errorType: 'Unresolved reference',
    category: 'name',
    priority: 10,
    summary: (c) => `Kotlin cannot resolve '${c.name ?? c.quoted}'${c.file ? ` at ${c.file}:${c.line}` : ''}.`,
    explanation: (c) =>
      `The name '${c.name ?? c.quoted}' is not declared in scope, not imported, or comes from a dependency/plugin that is not applied (e.g. kotlinx.serialization, Android synthetic views removed in Kotlin 1.8, a missing Compose/coroutines dependency).`,
    causes: ['Typo or missing import', 'Dependency not added to the module build.gradle(.kts)', 'Gradle plugin not applied (kapt, serialization, parcelize)', 'Removed API (kotlin-android-extensions synthetic views)'],
    fixes: [fix('Import or add the dependency', ['Add the import (Alt+Enter in the IDE).', 'Add the library/plugin to the module build file and sync Gradle.'])],
    references: [{ title: 'Kotlin: Packages and imports', url: 'https://kotlinlang.org/docs/packages.html' }],
    samples: ['e: file:///app/src/main/java/com/example/MainActivity.kt:18:9 Unresolved reference: binding', "e: src/main/kotlin/App.kt:3:8 Unresolved reference 'serialization'."],
  },
  {
    id: 'kotlin.coroutine-cancellation',
    language: 'kotlin',
    match: /\bkotlinx\.coroutines\.(?<cls>JobCancellationException|TimeoutCancellationException)(?:: (?<message>[^\n]{1,300}))?/,
    errorType: (c) => c.cls ?? 'JobCancellationException',
    category: 'concurrency',
    priority: 10,
    summary: (c) => (c.cls === 'TimeoutCancellationException' ? `A coroutine timed out${c.message ? ` (${c.message})` : ''}.` : `A coroutine was cancelled${c.message ? `: ${c.message}` : ''}.`),
    explanation: (c) =>
      c.cls === 'TimeoutCancellationException'
        ? 'withTimeout cancels its block when the time limit passes and throws TimeoutCancellationException. Use withTimeoutOrNull if a timeout is an expected outcome.'
        : 'Cancellation is normal in structured concurrency: the job (or its parent scope, e.g. viewModelScope/lifecycleScope) was cancelled, or a sibling failed. It usually only becomes visible when code catches Exception and logs or rethrows the CancellationException.',
    causes: ['The scope owning the coroutine was cancelled (screen closed, request finished)', 'A sibling coroutine failed and cancelled the parent', 'withTimeout expired', 'catch (e: Exception) swallowing/logging cancellation'],
    fixes: [
      fix('Do not treat cancellation as an error', ['Rethrow CancellationException when catching Exception.'], 'try {\n    repo.load()\n} catch (e: CancellationException) {\n    throw e\n} catch (e: Exception) {\n    showError(e)\n}'),
      fix('Use withTimeoutOrNull for expected timeouts', [], 'val result = withTimeoutOrNull(2_000) { api.fetch() } ?: fallback'),
    ],
    references: [{ title: 'Kotlin coroutines: Cancellation and timeouts', url: 'https://kotlinlang.org/docs/cancellation-and-timeouts.html' }],
    samples: ['kotlinx.coroutines.JobCancellationException: StandaloneCoroutine was cancelled; job=StandaloneCoroutine{Cancelling}@3a4afd8d', 'kotlinx.coroutines.TimeoutCancellationException: Timed out waiting for 5000 ms'],
  },

  // ---------------------------------------------------------------- Android
  {
    id: 'java.android-network-on-main-thread',
    language: 'java',
    match: /\bandroid\.os\.NetworkOnMainThreadException/,
    errorType: 'NetworkOnMainThreadException',
    category: 'concurrency',
    priority: 15,
    summary: 'A network call was made on Android\'s main (UI) thread.',
    explanation: 'Android forbids network I/O on the main thread because it would freeze the UI (and trigger "Application Not Responding"). Since API 11 StrictMode throws this exception as soon as a socket is used from the main thread.',
    causes: ['Calling OkHttp/HttpURLConnection synchronously from an Activity/Fragment', 'Blocking calls like execute() instead of enqueue()', 'runBlocking on the main thread'],
    fixes: [
      fix('Move the call to a background thread', ['With coroutines, switch to Dispatchers.IO; with Retrofit use suspend functions or enqueue().'], 'viewModelScope.launch {\n    val user = withContext(Dispatchers.IO) { api.fetchUser(id) }\n    _state.value = user\n}'),
    ],
    references: [{ title: 'Android API: NetworkOnMainThreadException', url: 'https://developer.android.com/reference/android/os/NetworkOnMainThreadException' }, { title: 'Android: Kotlin coroutines on Android', url: 'https://developer.android.com/kotlin/coroutines' }],
    samples: ['FATAL EXCEPTION: main\nProcess: com.example.app, PID: 12345\nandroid.os.NetworkOnMainThreadException\n\tat android.os.StrictMode$AndroidBlockGuardPolicy.onNetwork(StrictMode.java:1605)'],
  },
  {
    id: 'java.android-inflate',
    language: 'java',
    match: /\bandroid\.view\.InflateException: Binary XML file line #(?<line>\d{1,7})(?: in (?<resource>[\w.:\/]{1,200}))?: (?:Binary XML file line #\d{1,7}(?: in [\w.:\/]{1,200})?: )?(?<detail>[^\n]{1,300})/,
    errorType: 'InflateException',
    category: 'runtime',
    priority: 10,
    summary: (c) => `Android could not inflate the layout${c.resource ? ` ${c.resource}` : ''} at line ${c.line}: ${c.detail}.`,
    explanation: (c) =>
      `A view in the XML layout could not be created. ${/Error inflating class/.test(c.detail ?? '') ? 'The class named there either does not exist in the app (missing dependency, wrong package name in a custom view tag), its constructor threw, or it needs a different theme (Material components need a Theme.MaterialComponents/Material3 theme).' : 'The real reason is in the "Caused by:" section.'}`,
    causes: ['Material/AppCompat widget used with a theme that does not inherit from Theme.Material3/MaterialComponents/AppCompat', 'Custom view class name wrong or constructor (Context, AttributeSet) missing', 'Drawable/vector resource invalid for this API level'],
    fixes: [fix('Check the view at that line and the theme', ['Open the layout at the given line and verify the fully-qualified class name.', 'Make sure the activity theme inherits from a Material3/AppCompat theme.', 'Read the last "Caused by:" of the trace.'])],
    references: [{ title: 'Android API: InflateException', url: 'https://developer.android.com/reference/android/view/InflateException' }, { title: 'Android: Layouts', url: 'https://developer.android.com/develop/ui/views/layout/declaring-layout' }],
    samples: ['android.view.InflateException: Binary XML file line #12 in com.example.app:layout/activity_main: Binary XML file line #12 in com.example.app:layout/activity_main: Error inflating class com.google.android.material.button.MaterialButton'],
  },
  {
    id: 'java.android-activity-not-found',
    language: 'java',
    match: /\bandroid\.content\.ActivityNotFoundException: (?:Unable to find explicit activity class \{(?<component>[^}\n]{1,300})\}|No Activity found to handle Intent \{ (?<intent>[^}\n]{1,400}) \})/,
    errorType: 'ActivityNotFoundException',
    category: 'configuration',
    priority: 10,
    summary: (c) => (c.component ? `The activity ${c.component} is not declared in AndroidManifest.xml.` : 'No installed app can handle the Intent.'),
    explanation: (c) =>
      c.component
        ? 'Every Activity must be declared with an <activity> element in AndroidManifest.xml (of the module that contains it). Starting an explicit intent to an undeclared activity throws this exception.'
        : `No activity on the device matches the implicit Intent { ${c.intent} } (e.g. no browser, mail or camera app, or package-visibility rules on Android 11+ hide it).`,
    causes: ['Missing <activity> in AndroidManifest.xml', 'Wrong package/class name in the intent', 'No app installed for an implicit intent, or missing <queries> on Android 11+'],
    fixes: (c) =>
      c.component
        ? [fix('Declare the activity', ['Add it to the manifest.'], '<application ...>\n    <activity android:name=".DetailActivity" android:exported="false" />\n</application>')]
        : [fix('Handle the missing handler', ['Wrap startActivity in try/catch ActivityNotFoundException, and declare <queries> if you call resolveActivity on Android 11+.'])],
    references: [{ title: 'Android API: ActivityNotFoundException', url: 'https://developer.android.com/reference/android/content/ActivityNotFoundException' }, { title: 'Android: App manifest <activity>', url: 'https://developer.android.com/guide/topics/manifest/activity-element' }],
    samples: ['android.content.ActivityNotFoundException: Unable to find explicit activity class {com.example.app/com.example.app.DetailActivity}; have you declared this activity in your AndroidManifest.xml?'],
  },
  {
    id: 'java.android-wrong-thread',
    language: 'java',
    match: /CalledFromWrongThreadException: Only the original thread that created a view hierarchy can touch its views/,
    errorType: 'CalledFromWrongThreadException',
    category: 'concurrency',
    priority: 15,
    summary: 'A background thread tried to update the Android UI.',
    explanation: 'Views may only be modified on the main (UI) thread. The code updated a view from a background thread, e.g. inside a network callback, thread, or coroutine running on Dispatchers.IO.',
    causes: ['Updating views inside an OkHttp/Retrofit callback that runs on a background thread', 'Setting view state from Dispatchers.IO/Default', 'Timer/Executor threads touching views'],
    fixes: [fix('Switch back to the main thread', ['Use withContext(Dispatchers.Main), runOnUiThread, view.post, or expose state through LiveData/StateFlow.'], 'withContext(Dispatchers.Main) {\n    binding.title.text = user.name\n}')],
    references: [{ title: 'Android: Processes and threads overview', url: 'https://developer.android.com/guide/components/processes-and-threads' }],
    samples: ['android.view.ViewRootImpl$CalledFromWrongThreadException: Only the original thread that created a view hierarchy can touch its views.'],
  },
  {
    id: 'java.android-appcompat-theme',
    language: 'java',
    match: /You need to use a Theme\.AppCompat theme \(or descendant\) with this activity/,
    errorType: 'IllegalStateException',
    category: 'configuration',
    priority: 20,
    summary: 'An AppCompatActivity is using a theme that does not inherit from Theme.AppCompat.',
    explanation: 'AppCompatActivity requires its theme (android:theme on the activity or application) to inherit from Theme.AppCompat or Theme.MaterialComponents/Material3. A platform theme such as android:Theme.Material was used instead.',
    causes: ['android:theme set to a platform theme in AndroidManifest.xml', 'A dialog/activity theme overriding the app theme'],
    fixes: [fix('Inherit from an AppCompat/Material theme', ['Change the parent of your theme in res/values/themes.xml.'], '<style name="Theme.MyApp" parent="Theme.Material3.DayNight.NoActionBar" />')],
    references: [{ title: 'Android: Styles and themes', url: 'https://developer.android.com/develop/ui/views/theming/themes' }],
    samples: ['java.lang.IllegalStateException: You need to use a Theme.AppCompat theme (or descendant) with this activity.\n\tat androidx.appcompat.app.AppCompatDelegateImpl.createSubDecor(AppCompatDelegateImpl.java:846)'],
  },

  // ---------------------------------------------------------------- catch-all
  {
    id: 'java.exception',
    language: 'java',
    match: /(?<![\w$.])(?<cls>(?:[a-z][\w$]{0,60}\.){1,10}[A-Z][\w$]{0,100}(?:Exception|Error))(?:: (?<message>[^\n]{1,500}))?\n[ \t]{1,20}at [\w$.<>\/]{1,300}\(/,
    errorType: (c) => shortName(c.cls, 'Exception'),
    category: 'runtime',
    priority: -10,
    summary: (c) => `The JVM threw ${shortName(c.cls, 'an exception')}${c.message ? `: ${c.message}` : ''}.`,
    explanation: (c) =>
      `${c.cls} was thrown and not caught. The first "at ..." line is where it was thrown; the first frame from your own package is usually where to start looking. If the trace has "Caused by:" sections, the last one is the root cause.`,
    causes: ['See the exception message and the first frame from your code', 'Wrapped exceptions: the root cause is the last "Caused by:"'],
    fixes: [fix('Start from the root cause', ['Read the last "Caused by:" section.', 'Open the first frame in your own code and inspect the values involved.', 'Search the exception class name in the library documentation.'])],
    references: [{ title: 'The Java Tutorials: Exceptions', url: 'https://docs.oracle.com/javase/tutorial/essential/exceptions/' }],
    samples: ['com.example.billing.InvoiceException: invoice 42 is already paid\n\tat com.example.billing.InvoiceService.pay(InvoiceService.java:58)'],
  },
];
