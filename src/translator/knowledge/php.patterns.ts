import type { Captures, ErrorPattern } from '../rules/error-pattern';

/** PHP, Composer and Laravel errors, most frequent first. */

const PHP_MANUAL = 'https://www.php.net/manual/en';

/** "Illuminate\\Database\\QueryException" (also JSON-escaped with double backslashes) → "QueryException". */
function shortName(name: string): string {
  const parts = name.split('\\').filter((p) => p !== '');
  return parts.length > 0 ? parts[parts.length - 1] : name;
}

/** The last part of a captured class or function name, for code examples. */
function bare(name: string | undefined, fallback: string): string {
  return name ? shortName(name.replace(/\(\)$/, '')) : fallback;
}

// A namespace prefix: "Illuminate\Database\" or, inside Monolog's JSON, "Illuminate\\Database\\".
// Each segment ends at a backslash, so the splits are fixed and matching stays linear.
const NS = String.raw`(?:[A-Za-z_]\w{0,80}\\{1,2}){0,12}`;
// PHP prints a chained exception as "Uncaught A … Next B: …": the last "Next" is the exception
// the caller got. The greedy scan runs once (the regexes using it are anchored at the start).
const NEXT = String.raw`(?=(?:[\s\S]*\nNext (?:exception ')?${NS}(?<next>[A-Z]\w{0,80}(?:Exception|Error))\b)?)`;
// The first exception class the text names, in any of the forms PHP and its frameworks print:
// "Uncaught PDOException: …", Monolog's "[object] (Illuminate\\Database\\QueryException(code: …",
// tinker's "… with message", Collision's header line, Drupal's "PDOException: … (line N of …)".
const FIRST_EXCEPTION = String.raw`(?=(?:[\s\S]{0,12000}?\b${NS}(?<thrown>[A-Z]\w{0,80}Exception(?:Wrapper)?|mysqli_sql_exception)\b(?!\\|->|::| trace))?)`;
// Laravel's QueryException appends "(SQL: …)" or "(Connection: mysql, SQL: …)" to the PDO message.
const SQL_SUFFIX = String.raw`(?=(?:[\s\S]{0,12000}?(?<sqlSuffix>\((?:Connection: [\w-]{1,40}, )?SQL: ))?)`;
// A database error counts as PHP's only when PHP itself reported it: an exception class, a
// Laravel suffix, PHP's own "Warning: … in x.php on line N" or "PHP " prefix, drush/artisan. A
// PHP app that only logs the server's message next to its file name ("… (Db.php:824)") shows the
// database's error, not a PHP one (corpus README: SQLSTATE without a class is sql).
const PHP_CONTEXT = String.raw`(?=[\s\S]{0,12000}?(?:Exception|mysqli_sql_exception|\((?:Connection: [\w-]{1,40}, )?SQL: |\.(?:php|inc|module) on line \d|\bPDO(?:Statement)?::\w|\bmysqli::\w|\bPHP |\bdrush\b|\bartisan\b))`;

/**
 * A regex for a PDO error (body) that also captures which exception carried it: anchored at the
 * start, so each lookahead scans the text once.
 */
function pdoRegex(body: string): RegExp {
  return new RegExp(`^(?=[\\s\\S]*?(?:${body}))${PHP_CONTEXT}${NEXT}${FIRST_EXCEPTION}${SQL_SUFFIX}`);
}

/** The exception the user got: the last "Next", else the first class named, else PDO's or Laravel's. */
function dbException(c: Captures): string {
  if (c.next) return shortName(c.next);
  if (c.thrown) return shortName(c.thrown);
  return c.sqlSuffix ? 'QueryException' : 'PDOException';
}

/** The driver's message without Laravel's "(SQL: …)" suffix and PHP's " in file:line". */
function cleanReason(reason: string | undefined): string {
  return (reason ?? '')
    .replace(/ ?\((?:Connection: [\w-]+, )?SQL: .*$/, '')
    .replace(/ (?:in|at) \S+(?::\d+| on line \d+)\)?$/, '')
    .trim();
}

// The first exception or error class the text names, for patterns whose message is thrown by one
// class in the usual case and wrapped or converted by frameworks in others.
const FIRST_THROWABLE = String.raw`(?=(?:[\s\S]{0,12000}?\b${NS}(?<thrown>[A-Z]\w{0,80}(?:Exception|Error))\b(?!\\|->|::| trace))?)`;

/** A regex for a message (body) that also captures the class that carried it (see FIRST_THROWABLE). */
function thrownRegex(body: string): RegExp {
  return new RegExp(`^(?=[\\s\\S]*?(?:${body}))${NEXT}${FIRST_THROWABLE}`);
}

/** The class the text names as thrown, else the class PHP or the framework throws for this message. */
function thrownOr(usual: string): (c: Captures) => string {
  return (c) => {
    const named = c.next ?? c.thrown;
    return named ? shortName(named) : usual;
  };
}

/**
 * The leading words of a message, up to the first name, path, number or quote:
 * "Cannot call abstract method Foo::bar()" → "Cannot call abstract method". Null when fewer
 * than two words remain (then the class name is the better answer).
 */
function statedPhrase(message: string | undefined): string | null {
  if (!message) return null;
  const words: string[] = [];
  for (const word of message.trim().split(/\s+/)) {
    if (!/^[A-Za-z][a-z-]*,?$/.test(word) || words.length >= 8) break;
    words.push(word.replace(/,$/, ''));
    if (word.endsWith(',')) break;
  }
  while (words.length > 0 && /^(?:of|on|to|in|for|the|a|an|at|from|with|by)$/i.test(words[words.length - 1])) words.pop();
  return words.length >= 2 ? words.join(' ') : null;
}

const PDO_REFS = [
  { title: 'PHP manual: PDOException', url: `${PHP_MANUAL}/class.pdoexception.php` },
  { title: 'Laravel: Database getting started', url: 'https://laravel.com/docs/database' },
];

/**
 * Errors and warnings PHP reports with a fixed phrase and no class of their own (a generic
 * `Error`, a warning or notice): the answer names the phrase the message states.
 */
interface Phrase {
  id: string;
  match: RegExp;
  errorType: string | ((c: Captures) => string);
  category: ErrorPattern['category'];
  priority?: number;
  summary: (c: Captures) => string;
  explanation: string;
  causes: string[];
  fix: { title: (c: Captures) => string; steps: string[]; code: (c: Captures) => string | null };
  reference: { title: string; url: string };
  samples: string[];
}

function phrasePattern(p: Phrase): ErrorPattern {
  return {
    id: p.id,
    language: 'php',
    match: p.match,
    errorType: p.errorType,
    category: p.category,
    priority: p.priority ?? 28,
    summary: p.summary,
    explanation: p.explanation,
    causes: p.causes,
    fixes: (c) => [{ title: p.fix.title(c), steps: p.fix.steps, code: p.fix.code(c) }],
    references: [p.reference, { title: 'PHP manual: Errors in PHP 7+', url: `${PHP_MANUAL}/language.errors.php7.php` }],
    samples: p.samples,
  };
}

const PHRASES: readonly Phrase[] = [
  {
    id: 'php.cannot-instantiate',
    match: /Cannot instantiate (?<kind>abstract class|interface|enum|trait) (?<class>[\w\\]{1,300})/,
    errorType: (c) => `Cannot instantiate ${c.kind ?? 'abstract class'}`,
    category: 'type',
    summary: (c) => `new ${c.class ?? ''} is not allowed: it is an ${c.kind ?? 'abstract class'}.`,
    explanation:
      'Abstract classes and interfaces describe what an implementation must do; only a concrete class can be created. In a framework this usually means the container was asked for an interface without a binding to a concrete class.',
    causes: ['new on an abstract class or interface', 'A container/service binding missing for the interface', 'The concrete class was renamed and the code still creates the abstract parent'],
    fix: {
      title: (c) => `Create a concrete implementation of ${c.class ?? 'the type'}`,
      steps: ['Instantiate a concrete class, or bind the interface to one in the container'],
      code: (c) => `$object = new Concrete${bare(c.class, 'Service')}();   // class Concrete${bare(c.class, 'Service')} extends/implements ${c.class ?? 'Service'}\n$this->app->bind(${bare(c.class, 'Service')}::class, Concrete${bare(c.class, 'Service')}::class);`,
    },
    reference: { title: 'PHP manual: Class abstraction', url: `${PHP_MANUAL}/language.oop5.abstract.php` },
    samples: ['PHP Fatal error:  Uncaught Error: Cannot instantiate interface App\\Contracts\\PaymentGateway in /app/src/Checkout.php:14'],
  },
  {
    id: 'php.typed-property-uninitialized',
    match: /Typed property (?<property>[\w\\]{1,300}::\$\w{1,100}) must not be accessed before initialization/,
    errorType: 'must not be accessed before initialization',
    category: 'null',
    summary: (c) => `${c.property ?? 'A typed property'} is read before anything was assigned to it.`,
    explanation:
      'A typed property without a default starts "uninitialized" (not null). Reading it before the constructor or a setter assigned it throws an Error. Common with entities hydrated by an ORM, DTOs, and properties set only on some code paths.',
    causes: ['The constructor does not assign the property', 'The object was created without its constructor (ORM hydration, unserialize, clone)', 'Only some code paths assign it'],
    fix: {
      title: (c) => `Initialise ${c.property ?? 'the property'}`,
      steps: ['Give it a default (nullable if null is meaningful) or assign it in the constructor'],
      code: (c) => `private ?string $${(c.property ?? 'x::$name').split('$').pop()} = null;   // ${c.property ?? ''}`,
    },
    reference: { title: 'PHP manual: Typed properties', url: `${PHP_MANUAL}/language.oop5.properties.php#language.oop5.properties.typed-properties` },
    samples: ['PHP Fatal error:  Uncaught Error: Typed property App\\Entity\\Order::$customer must not be accessed before initialization in /app/src/Entity/Order.php:30'],
  },
  {
    id: 'php.non-static-call',
    match: /Non-static method (?<method>[\w\\]{1,300}::\w{1,200})\(\) (?:cannot|should not) be called statically/,
    errorType: 'Non-static method cannot be called statically',
    category: 'type',
    summary: (c) => `${c.method ?? 'An instance method'}() was called with :: but needs an object.`,
    explanation: 'The method uses $this (or is simply not declared static) and was called as Class::method(). PHP 8 throws an Error; PHP 7 only deprecated it. In Laravel this often means calling a model/instance method on a facade-less class.',
    causes: ['Calling an instance method with ::', 'A method that should be static is not declared static'],
    fix: {
      title: (c) => `Call ${c.method ?? 'the method'}() on an instance`,
      steps: ['Create or inject an instance and call the method with ->, or declare the method static if it does not use $this'],
      code: (c) => `$object = new ${(c.method ?? 'Foo::bar').split('::')[0].split('\\').pop()}();\n$object->${(c.method ?? 'Foo::bar').split('::').pop()}();   // instead of ${c.method ?? 'Foo::bar'}()`,
    },
    reference: { title: 'PHP manual: Static keyword', url: `${PHP_MANUAL}/language.oop5.static.php` },
    samples: ['PHP Fatal error:  Uncaught Error: Non-static method App\\Helpers\\Cart::total() cannot be called statically in /app/app/Http/Controllers/CartController.php:20'],
  },
  {
    id: 'php.object-as-array',
    match: /Cannot use object of type (?<class>[\w\\]{1,300}) as array/,
    errorType: 'Cannot use object as array',
    category: 'type',
    summary: (c) => `An object of class ${c.class ?? ''} was used with [ ] like an array.`,
    explanation: 'Only arrays (and objects implementing ArrayAccess) support $x[\'key\']. json_decode without true returns stdClass objects, Eloquent returns models/collections, and many APIs return objects: use -> for their properties.',
    causes: ['json_decode($json) returns objects; json_decode($json, true) returns arrays', 'A model/DTO treated as an array', 'An API changed from arrays to objects'],
    fix: {
      title: (c) => `Read ${c.class ?? 'the object'} with -> (or decode to arrays)`,
      steps: ['Use -> for properties, or convert to an array first'],
      code: (c) => `$name = $data->name;             // ${c.class ?? 'stdClass'}\n$data = json_decode($json, true);   // arrays instead of objects`,
    },
    reference: { title: 'PHP manual: json_decode', url: `${PHP_MANUAL}/function.json-decode.php` },
    samples: ['PHP Fatal error:  Uncaught Error: Cannot use object of type stdClass as array in /var/www/html/api.php:18'],
  },
  {
    id: 'php.object-to-string',
    match: /Object of class (?<class>[\w\\]{1,300}) could not be converted to (?<target>string|int|float|number)/,
    errorType: (c) => `Object could not be converted to ${c.target ?? 'string'}`,
    category: 'type',
    summary: (c) => `An object of class ${c.class ?? ''} was used where a ${c.target ?? 'string'} was needed.`,
    explanation: 'String contexts (echo, concatenation, string functions, query bindings) need a string; an object only converts when it has __toString(). Usually a property or method result was forgotten: $user instead of $user->name, a Closure instead of its result, a DateTime instead of ->format().',
    causes: ['Echoing/concatenating an object instead of one of its properties', 'Passing an object to a string function or query binding', 'A Closure not called'],
    fix: {
      title: (c) => `Convert the ${c.class ?? 'object'} explicitly`,
      steps: ['Use the property or method you meant, or implement __toString()'],
      code: (c) => `echo $value->format('Y-m-d');   // for a DateTime\n// or in ${c.class ?? 'the class'}:\npublic function __toString(): string { return (string) $this->id; }`,
    },
    reference: { title: 'PHP manual: __toString', url: `${PHP_MANUAL}/language.oop5.magic.php#object.tostring` },
    samples: ['PHP Fatal error:  Uncaught Error: Object of class Closure could not be converted to string in /app/app/helpers.php:40'],
  },
  {
    id: 'php.private-access',
    match: /(?<what>Call to (?:private|protected) method|Cannot access (?:private|protected) property|Access to undeclared static property) (?<member>[\w\\]{1,300}::\$?\w{1,200})/,
    errorType: (c) => (c.what ?? 'Call to private method').replace(/protected/, 'private'),
    category: 'name',
    summary: (c) => `${c.member ?? 'The member'} is not accessible from here.`,
    explanation: 'Private members are visible only inside their class, protected ones inside the class and its subclasses. The member is called from outside, from a parent class, or it is static and not declared.',
    causes: ['Calling a private/protected method or property from outside the class', 'A package made the member private in a new version', 'A static property that was never declared'],
    fix: {
      title: (c) => `Use a public API instead of ${c.member ?? 'the member'}`,
      steps: ['Call a public method that exposes what you need, or make the member public/protected if it is your class'],
      code: (c) => `// ${c.member ?? 'Foo::bar'}\npublic function ${(c.member ?? 'Foo::bar').split('::').pop()?.replace('$', '')}() { /* ... */ }`,
    },
    reference: { title: 'PHP manual: Visibility', url: `${PHP_MANUAL}/language.oop5.visibility.php` },
    samples: ['PHP Fatal error:  Uncaught Error: Call to private method App\\Service\\Mailer::send() from scope App\\Controller\\Home in /app/src/Controller/Home.php:12'],
  },
  {
    id: 'php.incompatible-declaration',
    match: /Declaration of (?<child>[\w\\]{1,300}::\w{1,200})\([^\n]{0,300}?\) must be compatible with (?<parent>[\w\\]{1,300}::\w{1,200})\(/,
    errorType: 'Declaration must be compatible',
    category: 'type',
    priority: 30,
    summary: (c) => `${c.child ?? 'A method'}() does not match the signature of ${c.parent ?? 'the parent method'}().`,
    explanation:
      'A method that overrides or implements another must accept the same parameters (or wider types) and return the same or a narrower type. PHP 8 made this a fatal error, and libraries that added return types (Symfony, Doctrine, PHPUnit, PSR interfaces) break subclasses written for older versions.',
    causes: ['A library added parameter/return types to the parent method', 'Parameter types or defaults differ from the parent', 'Upgrading PHP to 8 turned the old warning into a fatal error'],
    fix: {
      title: (c) => `Copy the signature of ${c.parent ?? 'the parent'}() into ${c.child ?? 'the child'}()`,
      steps: ['Open the parent/interface method and copy its parameter and return types exactly', 'Or pin the library version the code was written for'],
      code: (c) => `// ${c.parent ?? 'Parent::method'}() — match it exactly in ${c.child ?? 'Child::method'}()\npublic function ${(c.child ?? 'x::method').split('::').pop()}(/* same parameters */): /* same return type */`,
    },
    reference: { title: 'PHP manual: Object inheritance (signature compatibility)', url: `${PHP_MANUAL}/language.oop5.basic.php#language.oop.lsp` },
    samples: ['PHP Fatal error:  Declaration of App\\Tests\\MyTest::setUp() must be compatible with PHPUnit\\Framework\\TestCase::setUp(): void in /app/tests/MyTest.php on line 10'],
  },
  {
    id: 'php.failed-opening-required',
    match: /Failed opening (?:required )?'(?<file>[^'\n]{1,300})' \(include_path='(?<includePath>[^'\n]{0,300})'\)/,
    errorType: 'Failed opening required',
    category: 'io',
    priority: 30,
    summary: (c) => `PHP cannot include ${c.file ?? 'the file'}: it does not exist at that path.`,
    explanation:
      'require/include could not find the file. Relative paths are resolved against the include_path and the current working directory, not the including file; vendor/autoload.php is missing until composer install has run; file names are case-sensitive on Linux.',
    causes: ['composer install not run (vendor/ missing)', 'Relative path resolved from another working directory', 'Case mismatch or the file was not deployed'],
    fix: {
      title: (c) => `Make ${c.file ?? 'the file'} exist at that path`,
      steps: ['Install dependencies if it is vendor/autoload.php', 'Build the path from __DIR__'],
      code: (c) => `composer install\nrequire __DIR__ . '/${(c.file ?? 'vendor/autoload.php').replace(/^\.?\//, '')}';`,
    },
    reference: { title: 'PHP manual: require', url: `${PHP_MANUAL}/function.require.php` },
    samples: ["PHP Fatal error:  Uncaught Error: Failed opening required 'vendor/autoload.php' (include_path='.:/usr/share/php') in /var/www/html/index.php:3"],
  },
  {
    id: 'php.dynamic-library',
    match: /Unable to load dynamic library '?(?<library>[\w./\\:-]{1,300})'?/,
    errorType: 'Unable to load dynamic library',
    category: 'dependency',
    priority: 30,
    summary: (c) => `PHP cannot load the extension ${c.library ?? ''} named in php.ini.`,
    explanation:
      'An extension= line in php.ini (or conf.d) names a library that is missing in extension_dir, was built for another PHP version/API, or misses a system library. The extension is then unavailable and code using it fails later.',
    causes: ['The extension package for this PHP version is not installed', 'php.ini copied from another PHP version (wrong extension_dir or names)', 'A dependency of the extension (libssl, libpq…) is missing'],
    fix: {
      title: (c) => `Install ${c.library ?? 'the extension'} for this PHP or remove the line`,
      steps: ['Find which ini file loads it (php --ini)', 'Install the matching package for this PHP version, or remove/comment the extension= line'],
      code: (c) => `php --ini\nphp -i | grep extension_dir\ngrep -rn "${(c.library ?? 'pdo_mysql').split(/[\\/]/).pop()?.replace(/\.(?:so|dll)$/, '')}" $(php --ini | awk -F': ' '/Scan/{print $2}')`,
    },
    reference: { title: 'PHP manual: Installing extensions', url: `${PHP_MANUAL}/install.pecl.php` },
    samples: ["PHP Warning:  PHP Startup: Unable to load dynamic library 'pdo_mysql' (tried: /usr/lib/php/20210902/pdo_mysql (/usr/lib/php/20210902/pdo_mysql: cannot open shared object file: No such file or directory)) in Unknown on line 0"],
  },
  {
    id: 'php.array-to-string',
    match: /Array to string conversion/,
    errorType: 'Array to string conversion',
    category: 'type',
    priority: 24,
    summary: () => 'An array was used where a string was needed (it prints as "Array").',
    explanation: 'echo, concatenation, string functions or a query binding received an array. The value has more structure than expected: a multi-value form field (name="x[]"), a decoded JSON object, or a function returning a list.',
    causes: ['Echoing or concatenating an array', 'A form field sent as an array', 'An array passed as a query binding or to a string function'],
    fix: {
      title: () => 'Convert the array explicitly',
      steps: ['Dump the value to see its structure', 'Join it, encode it, or pick the element you meant'],
      code: () => "var_dump($value);\necho implode(', ', $value);\necho json_encode($value);",
    },
    reference: { title: 'PHP manual: String conversion', url: `${PHP_MANUAL}/language.types.string.php#language.types.string.casting` },
    samples: ['PHP Warning:  Array to string conversion in /var/www/html/view.php on line 14'],
  },
  {
    id: 'php.non-numeric',
    match: /A non-numeric value encountered/,
    errorType: 'A non-numeric value encountered',
    category: 'type',
    priority: 24,
    summary: () => 'Arithmetic got a string that is not a number.',
    explanation: 'PHP 7.1+ warns when a string that is not numeric ("", "abc", "10 items") is used in arithmetic; PHP 8 throws TypeError for arrays/objects. The value usually comes from input or a missing setting.',
    causes: ['An empty string or text from input used in a calculation', 'A formatted number ("1,234.50") used as a number'],
    fix: {
      title: () => 'Validate and convert numbers explicitly',
      steps: ['Check is_numeric() and convert with (int)/(float), or validate the input'],
      code: () => "$qty = is_numeric($input) ? (int) $input : 0;",
    },
    reference: { title: 'PHP manual: Numeric strings', url: `${PHP_MANUAL}/language.types.numeric-strings.php` },
    samples: ['Warning: A non-numeric value encountered in /var/www/html/cart.php on line 30'],
  },
  {
    id: 'php.array-offset-on-scalar',
    match: /(?<phrase>Trying to access array offset on (?:value of type )?(?<type>null|bool|int|float|true|false))\b/,
    errorType: (c) => c.phrase ?? 'Trying to access array offset on value of type null',
    category: 'null',
    priority: 26,
    summary: (c) => `The code reads $x['…'] but the value is ${c.type ?? 'null'}, not an array.`,
    explanation: 'Reading an index of null/false/an int returns null with this warning (PHP 7.4+). The "array" was never filled: a failed lookup, a function returning false, a missing config or request value.',
    causes: ['A function returned false/null instead of an array (failed query, missing file, json_decode error)', 'A variable or config value not set'],
    fix: {
      title: (c) => `Check for ${c.type ?? 'null'} before reading the offset`,
      steps: ['Find where the value is assigned and handle the failure case, or read with ?? and a default'],
      code: () => "$value = $row['name'] ?? null;\nif (!is_array($row)) { /* not found */ }",
    },
    reference: { title: 'PHP manual: Arrays', url: `${PHP_MANUAL}/language.types.array.php` },
    samples: ['PHP Warning:  Trying to access array offset on value of type null in /var/www/html/wp-content/plugins/x/x.php on line 56'],
  },
  {
    id: 'php.curly-brace-offset',
    match: /Array and string offset access syntax with curly braces is (?:no longer supported|deprecated)/,
    errorType: 'Array and string offset access syntax with curly braces is no longer supported',
    category: 'syntax',
    priority: 30,
    summary: () => 'Old $str{0} syntax: PHP 8 removed offset access with curly braces.',
    explanation: 'PHP 7.4 deprecated $var{0} and PHP 8.0 removed it; the file no longer compiles. Old libraries (often in vendor/ or old WordPress plugins) use it.',
    causes: ['Code or a dependency written for PHP 5/7 running on PHP 8'],
    fix: {
      title: () => 'Use square brackets, or update the dependency',
      steps: ['Replace $var{…} with $var[…]', 'If the file is in vendor/, upgrade the package'],
      code: () => "$first = $string[0];   // was $string{0}\ncomposer update vendor/package",
    },
    reference: { title: 'PHP manual: Migrating to PHP 8.0', url: `${PHP_MANUAL}/migration80.incompatible.php` },
    samples: ['PHP Fatal error:  Array and string offset access syntax with curly braces is no longer supported in /var/www/html/vendor/old/lib/Parser.php on line 120'],
  },
  {
    id: 'php.deprecated',
    match: /(?:^|\n|PHP )Deprecated: {1,2}(?<message>[^\n]{1,300})/,
    errorType: 'Deprecated',
    category: 'runtime',
    priority: 2,
    summary: () => 'PHP reports the use of a deprecated feature (a notice, not a failure).',
    explanation: 'Deprecations do not stop the script; they announce that a later PHP version will reject the code (passing null to non-nullable internal parameters, dynamic properties, ${} interpolation, optional parameters before required ones). Fix them before upgrading; if only a library is affected, update it.',
    causes: ['Code or a dependency written for an older PHP version'],
    fix: {
      title: () => 'Fix the deprecated use, or update the dependency',
      steps: ['Open the file and line named in the message', 'Update the library if it is in vendor/', 'Hide deprecations in production logs only if they are noise (error_reporting)'],
      code: () => 'composer outdated\nerror_reporting(E_ALL & ~E_DEPRECATED);   // production logs only',
    },
    reference: { title: 'PHP manual: Migration guides', url: `${PHP_MANUAL}/appendices.php` },
    samples: ['PHP Deprecated:  strlen(): Passing null to parameter #1 ($string) of type string is deprecated in /var/www/html/index.php on line 12'],
  },
  {
    id: 'php.foreach-invalid-argument',
    match: /(?<phrase>foreach\(\) argument must be of type array\|object|Invalid argument supplied for foreach\(\))(?:, (?<given>\w{1,40}) given)?/,
    errorType: (c) => c.phrase ?? 'foreach() argument must be of type array|object',
    category: 'type',
    priority: 26,
    summary: (c) => `foreach got ${c.given ?? 'a value that is not an array'} instead of an array or object.`,
    explanation: 'foreach can only iterate arrays and objects. The variable is null (a lookup found nothing, a JSON field is missing, a function returned nothing) or false (a failed call), so the loop is skipped with this warning.',
    causes: ['A function or query returned null/false instead of an array', 'A missing request/config/JSON field', 'A variable only assigned on some code paths'],
    fix: {
      title: (c) => `Guard the loop against ${c.given ?? 'null'}`,
      steps: ['Find where the iterated variable is assigned and handle the empty/failed case', 'Default to an empty array'],
      code: () => 'foreach ($items ?? [] as $item) { /* ... */ }\nif (!is_iterable($items)) { /* log the unexpected value */ }',
    },
    reference: { title: 'PHP manual: foreach', url: `${PHP_MANUAL}/control-structures.foreach.php` },
    samples: ['PHP Warning:  foreach() argument must be of type array|object, null given in /var/www/html/wp-content/themes/t/functions.php on line 220', 'Warning: Invalid argument supplied for foreach() in /var/www/html/list.php on line 12'],
  },
  {
    id: 'php.count-not-countable',
    match: /count\(\): Parameter must be an array or an object that implements Countable/,
    errorType: 'count(): Parameter must be an array or an object that implements Countable',
    category: 'type',
    priority: 26,
    summary: () => 'count() got a value that is not an array or Countable (usually null).',
    explanation: 'Since PHP 7.2 count(null) and count() of scalars warn; PHP 8 throws TypeError. Old code relied on count() of an unset variable returning 0.',
    causes: ['count() of null/false returned by a lookup', 'Code written for PHP < 7.2'],
    fix: {
      title: () => 'Count only arrays and Countables',
      steps: ['Default to an empty array, or check is_countable() first'],
      code: () => '$n = is_countable($items) ? count($items) : 0;\n$n = count($items ?? []);',
    },
    reference: { title: 'PHP manual: count', url: `${PHP_MANUAL}/function.count.php` },
    samples: ['Warning: count(): Parameter must be an array or an object that implements Countable in /var/www/html/wp-includes/post-template.php on line 284'],
  },
  {
    id: 'php.post-too-large',
    match: /POST Content-Length of (?<size>\d{1,15}) bytes exceeds the limit of (?<limit>\d{1,15}) bytes/,
    errorType: 'POST Content-Length exceeds the limit',
    category: 'configuration',
    priority: 30,
    summary: (c) => `The request body (${c.size ?? '?'} bytes) is larger than post_max_size (${c.limit ?? '?'} bytes).`,
    explanation: 'PHP drops the whole POST body ($_POST and $_FILES are empty) when it exceeds post_max_size. Uploads also need upload_max_filesize and the web server limit (nginx client_max_body_size) to be large enough.',
    causes: ['An upload larger than post_max_size', 'post_max_size lower than upload_max_filesize'],
    fix: {
      title: (c) => `Raise post_max_size above ${c.size ?? 'the request size'} bytes`,
      steps: ['Set post_max_size and upload_max_filesize in the php.ini of the SAPI that serves the request, restart PHP-FPM', 'Raise the web server body limit too'],
      code: () => 'post_max_size = 64M\nupload_max_filesize = 64M\n# nginx\nclient_max_body_size 64M;',
    },
    reference: { title: 'PHP manual: post_max_size', url: `${PHP_MANUAL}/ini.core.php#ini.post-max-size` },
    samples: ['PHP Warning:  PHP Request Startup: POST Content-Length of 9437184 bytes exceeds the limit of 8388608 bytes in Unknown on line 0'],
  },
  {
    id: 'php.module-already-loaded',
    match: /Module "?'?(?<module>[\w-]{1,100})'?"? (?:is )?already loaded/,
    errorType: 'Module already loaded',
    category: 'configuration',
    priority: 26,
    summary: (c) => `The extension ${c.module ?? ''} is enabled twice in the PHP configuration.`,
    explanation: 'Two ini files (php.ini and a conf.d/*.ini, or a docker-php-ext-enable on top of a compiled-in extension) load the same extension. Harmless but noisy; remove one of the lines.',
    causes: ['The extension is enabled in php.ini and in conf.d', 'The extension is compiled in and also loaded as a module'],
    fix: {
      title: (c) => `Load ${c.module ?? 'the extension'} only once`,
      steps: ['Find every ini line that loads it and keep one'],
      code: (c) => `php --ini\ngrep -rn "${c.module ?? 'xdebug'}" /etc/php/ /usr/local/etc/php/`,
    },
    reference: { title: 'PHP manual: The configuration file', url: `${PHP_MANUAL}/configuration.file.php` },
    samples: ["PHP Warning:  Module 'mysqli' already loaded in Unknown on line 0"],
  },
  {
    id: 'php.could-not-open-input-file',
    match: /Could not open input file: (?<file>\S{1,300})/,
    errorType: 'Could not open input file',
    category: 'io',
    priority: 30,
    summary: (c) => `php cannot find the script ${c.file ?? ''}.`,
    explanation: 'The php binary was asked to run a file that does not exist relative to the current directory: running artisan/bin/console outside the project root, composer.phar not downloaded, or a path in a cron/CI job that is relative to another directory.',
    causes: ['The command runs from another working directory', 'The file was not installed/downloaded (composer.phar, vendor/bin)', 'Typo in the script name'],
    fix: {
      title: (c) => `Run ${c.file ?? 'the script'} from the directory that contains it`,
      steps: ['cd into the project root (or use an absolute path) before running it'],
      code: (c) => `cd /path/to/project && php ${c.file ?? 'artisan'}\nls -l ${c.file ?? 'artisan'}`,
    },
    reference: { title: 'PHP manual: Command line usage', url: `${PHP_MANUAL}/features.commandline.usage.php` },
    samples: ['Could not open input file: artisan'],
  },
  {
    id: 'php.xdebug-no-client',
    match: /Xdebug: \[Step Debug\] (?:Could not connect to debugging client|Time-out connecting to debugging client)[^\n]{0,40}?(?:Tried: (?<host>[\w.-]{1,100}):(?<port>\d{1,5}))?/,
    errorType: 'Could not connect to debugging client',
    category: 'network',
    priority: 8,
    summary: (c) => `Xdebug tried to reach your IDE${c.host ? ` at ${c.host}:${c.port ?? ''}` : ''} and nothing was listening.`,
    explanation: 'With xdebug.start_with_request=yes (or trigger), Xdebug connects to the IDE on every request and logs this when no IDE listens. It is usually noise next to the real error; in Docker the client host must be host.docker.internal, not localhost.',
    causes: ['The IDE is not listening for debug connections', 'Wrong xdebug.client_host/client_port (Docker: host.docker.internal)', 'Xdebug enabled where it is not needed'],
    fix: {
      title: (c) => `Point Xdebug at the IDE (${c.host ?? 'client host'}:${c.port ?? '9003'}) or stop it starting on every request`,
      steps: ['Start listening in the IDE, or set the right client host/port', 'Use start_with_request=trigger to debug only on demand'],
      code: (c) => `xdebug.client_host=${c.host && c.host !== 'localhost' ? c.host : 'host.docker.internal'}\nxdebug.client_port=${c.port ?? '9003'}\nxdebug.start_with_request=trigger`,
    },
    reference: { title: 'Xdebug: Step debugging', url: 'https://xdebug.org/docs/step_debug' },
    samples: ['Xdebug: [Step Debug] Could not connect to debugging client. Tried: localhost:9003 (through xdebug.client_host/xdebug.client_port).'],
  },
  {
    id: 'php.by-reference',
    match: /(?<phrase>Only variables should be passed by reference|Cannot pass parameter \d{1,2} by reference|Only variable references should be returned by reference)/,
    errorType: (c) => (c.phrase ?? 'Only variables should be passed by reference').replace(/parameter \d+/, 'parameter'),
    category: 'type',
    priority: 26,
    summary: () => 'A function that takes its argument by reference got an expression instead of a variable.',
    explanation: 'Functions such as end(), array_pop(), array_shift(), reset() and preg_match()\'s $matches take a variable by reference (&$array); passing the result of another call (end(explode(...))) or a literal is not a variable.',
    causes: ['end()/reset()/array_pop() applied directly to a function result', 'A literal passed where the function writes back a result'],
    fix: {
      title: () => 'Store the value in a variable first',
      steps: ['Assign the expression to a variable and pass that variable'],
      code: () => "$parts = explode('.', $filename);\n$extension = end($parts);",
    },
    reference: { title: 'PHP manual: Passing by reference', url: `${PHP_MANUAL}/language.references.pass.php` },
    samples: ['PHP Notice:  Only variables should be passed by reference in /var/www/html/upload.php on line 15'],
  },
  {
    id: 'php.unknown-named-parameter',
    match: /Unknown named parameter (?<param>\$\w{1,100})/,
    errorType: 'Unknown named parameter',
    category: 'type',
    priority: 28,
    summary: (c) => `No parameter named ${c.param ?? ''} exists on the function being called.`,
    explanation: 'PHP 8 named arguments must match the parameter names of the called function exactly. The parameter was renamed in a new version of the library, or call_user_func_array()/spread passed an array with string keys that PHP 8 now treats as names.',
    causes: ['A library renamed the parameter', 'An associative array spread into a call (...$args) or passed to call_user_func_array()'],
    fix: {
      title: (c) => `Use the real parameter name instead of ${c.param ?? 'this one'}, or pass a list`,
      steps: ['Check the signature of the called function', 'Pass array_values($args) when the keys are not parameter names'],
      code: (c) => `call_user_func_array($callback, array_values($args));   // keys such as ${c.param ?? '$x'} are not names`,
    },
    reference: { title: 'PHP manual: Named arguments', url: `${PHP_MANUAL}/functions.arguments.php#functions.named-arguments` },
    samples: ['PHP Fatal error:  Uncaught Error: Unknown named parameter $userId in /app/src/Service.php:30'],
  },
  {
    id: 'php.scalar-as-array',
    match: /(?<phrase>Cannot use a scalar value as an array|Uninitialized string offset|Illegal string offset)(?: ["']?(?<offset>[^"'\s]{1,100})["']?)?/,
    errorType: (c) => c.phrase ?? 'Cannot use a scalar value as an array',
    category: 'type',
    priority: 26,
    summary: (c) => `A string or number is used like an array${c.offset ? ` (offset ${c.offset})` : ''}.`,
    explanation: 'The variable holds a string/int/bool where the code expects an array: $x[\'key\'] on a string reads a character ("Illegal string offset"), an index past its end is "Uninitialized string offset", and writing $x[] on a scalar fails. The data has another shape than assumed (a JSON string not decoded, a config value that is a string).',
    causes: ['A string (e.g. undecoded JSON) used as an array', 'A variable overwritten with a scalar', 'Reading past the end of a string'],
    fix: {
      title: () => 'Check the shape of the value',
      steps: ['Dump the value; decode JSON or initialise an array before writing to it'],
      code: () => "var_dump($data);\n$data = is_array($data) ? $data : json_decode($data, true);\n$list = [];   // not '' or 0 before $list[] = ...",
    },
    reference: { title: 'PHP manual: Strings (character access)', url: `${PHP_MANUAL}/language.types.string.php#language.types.string.substr` },
    samples: ["Warning: Illegal string offset 'name' in /var/www/html/profile.php on line 22"],
  },
];

const PHRASE_PATTERNS: readonly ErrorPattern[] = PHRASES.map(phrasePattern);

export const PHP_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'php.member-function-on-null',
    language: 'php',
    match: /Call to a member function (?<method>\w{1,200})\(\) on (?:null|a non-object)\b/,
    errorType: 'Call to a member function on null',
    category: 'null',
    priority: 35,
    summary: (c) => `${c.method ?? 'A method'}() was called on null: the object you expected is missing.`,
    explanation: (c) =>
      `The expression before ->${c.method ?? 'method'}() evaluated to null, and null has no methods. ` +
      'Something returned null instead of an object: a query that found no row (Eloquent first()/find()), a relation that is not set, ' +
      'a service or property that was never initialised, or a function that returned nothing.',
    causes: [
      'A database lookup found nothing (find(), first(), a belongsTo relation without a related row)',
      'A property or dependency was never assigned (constructor not called, missing injection)',
      'A function returns null on failure (e.g. DateTime::createFromFormat returns false, json_decode returns null)',
      'Request input or session data is missing',
    ],
    fixes: (c) => [
      {
        title: 'Handle the missing object',
        steps: [
          'Find the expression before the arrow on the reported line and where it is assigned',
          'Fail early with a clear error, or use the nullsafe operator when null is acceptable',
        ],
        code: `$model = Model::findOrFail($id);        // 404 instead of a null\nif ($object === null) { throw new RuntimeException('missing before ${c.method ?? 'getName'}()'); }\n$value = $object?->${c.method ?? 'getName'}();  // PHP 8 nullsafe operator`,
      },
    ],
    references: [
      { title: 'PHP manual: Classes and objects (nullsafe operator)', url: `${PHP_MANUAL}/language.oop5.basic.php` },
      { title: 'PHP manual: Error', url: `${PHP_MANUAL}/class.error.php` },
    ],
    samples: [
      'PHP Fatal error:  Uncaught Error: Call to a member function getName() on null in /var/www/html/src/Controller/OrderController.php:42\nStack trace:\n#0 /var/www/html/public/index.php(20): OrderController->show()\n#1 {main}\n  thrown in /var/www/html/src/Controller/OrderController.php on line 42',
      '[2024-03-02 10:11:12] local.ERROR: Call to a member function posts() on null {"exception":"[object] (Error(code: 0): Call to a member function posts() on null at /app/app/Http/Controllers/PostController.php:25)',
      '2015/02/15 15:21:35 [error] 12466#0: *104976 FastCGI sent in stderr: "PHP message: PHP Fatal error:  Call to a member function get() on a non-object in /var/www/wp-content/plugins/shop/includes/class-cart.php on line 208" while reading response header from upstream',
      "production.ERROR: exception 'Symfony\\Component\\Debug\\Exception\\FatalErrorException' with message 'Call to a member function first() on null'",
    ],
  },
  {
    id: 'php.member-function-on-non-object',
    language: 'php',
    match: /Call to a member function (?<method>\w{1,200})\(\) on (?<given>bool|boolean|false|true|array|string|int|integer|float|resource)\b/,
    errorType: (c) => `Call to a member function on ${c.given ?? 'bool'}`,
    category: 'type',
    priority: 35,
    summary: (c) => `${c.method ?? 'A method'}() was called on a ${c.given ?? 'non-object'} value, not an object.`,
    explanation: (c) =>
      `Only objects have methods, but the value before ->${c.method ?? 'method'}() is a ${c.given ?? 'scalar'}. ` +
      (c.given === 'bool' || c.given === 'false'
        ? 'Many PHP functions return false on failure (mysqli_query, PDO::prepare with silent errors, fopen, DateTime::createFromFormat), so the earlier call failed.'
        : 'The value has another type than you expected, e.g. decoded JSON as an array instead of an object.'),
    causes: [
      'A function returned false to signal failure and the result was used without checking',
      'json_decode(..., true) returns arrays, not objects',
      'A variable was overwritten with a scalar value',
    ],
    fixes: (c) => [
      {
        title: `Check the value before calling ${c.method ?? 'the method'}()`,
        steps: ['Check for false and read the error (mysqli_error, PDO::errorInfo, error_get_last)', 'Enable exceptions so failures throw where they happen'],
        code: `if (!is_object($result)) { throw new RuntimeException('expected an object before ${c.method ?? 'fetch_assoc'}()'); }\n$pdo = new PDO($dsn, $user, $pass, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);\nmysqli_report(MYSQLI_REPORT_ERROR | MYSQLI_REPORT_STRICT);`,
      },
    ],
    references: [{ title: 'PHP manual: Error', url: `${PHP_MANUAL}/class.error.php` }],
    samples: ['PHP Fatal error:  Uncaught Error: Call to a member function fetch_assoc() on bool in /var/www/html/list.php:14'],
  },
  {
    id: 'php.undefined-function',
    language: 'php',
    match: /Call to undefined function (?<function>[\w\\]{1,200})\(\)/,
    errorType: 'Call to undefined function',
    category: 'name',
    priority: 30,
    summary: (c) => `PHP does not know the function ${c.function ?? ''}().`,
    explanation: (c) =>
      `No function named ${c.function ?? 'this'} is defined in this request. Either it is misspelled, the file that defines it was not included, ` +
      'it belongs to a PHP extension that is not installed/enabled (mbstring, gd, intl, curl, mysqli…), or it was removed from PHP (mysql_* functions were removed in PHP 7, each() and create_function() in PHP 8).',
    causes: [
      'The PHP extension providing the function is not installed or not enabled in php.ini',
      'The function was removed in the PHP version you run (e.g. mysql_connect in PHP 7+)',
      'The file defining it is not included / the Composer "files" autoload is missing',
      'Typo or missing namespace import (use function)',
    ],
    fixes: (c) => [
      {
        title: 'Install or enable the extension',
        steps: ['Check which extensions are loaded for the PHP that runs the code (CLI and FPM can differ)', 'Install the extension package and restart PHP-FPM/Apache'],
        code: `php -m\nphp -r 'var_dump(function_exists("${(c.function ?? 'mb_strlen').replace(/^.*\\/, '')}"));'\nsudo apt-get install php-mbstring   # example; docker: docker-php-ext-install mbstring`,
      },
      {
        title: 'Replace removed functions',
        steps: ['mysql_* → PDO or mysqli', 'each() → foreach', 'create_function() → closures'],
        code: null,
      },
    ],
    references: [
      { title: 'PHP manual: Installing extensions', url: `${PHP_MANUAL}/install.pecl.php` },
      { title: 'PHP manual: Error', url: `${PHP_MANUAL}/class.error.php` },
    ],
    samples: [
      'PHP Fatal error:  Uncaught Error: Call to undefined function mysql_connect() in /var/www/html/db.php:3',
      'Fatal error: Uncaught Error: Call to undefined function mb_strlen() in C:\\xampp\\htdocs\\app\\index.php:12',
    ],
  },
  {
    id: 'php.undefined-method',
    language: 'php',
    match: /^(?=(?:[\s\S]{0,12000}?\b(?<badMethod>BadMethodCallException)\b)?)[\s\S]*?Call to undefined method (?<class>[\w\\]{1,300})::(?<method>\w{1,200})\(\)/,
    errorType: (c) => c.badMethod ?? 'Call to undefined method',
    category: 'name',
    priority: 30,
    summary: (c) => `${c.class ?? 'The class'} has no method ${c.method ?? ''}().`,
    explanation: (c) =>
      `PHP looked up ${c.method ?? 'the method'}() on ${c.class ?? 'the object'} and its parents and traits and found nothing. ` +
      'The object may be of another class than you think (e.g. a query builder instead of a model, a collection instead of one item), or the method was renamed.',
    causes: [
      'Typo or renamed method',
      'The object is another type: an Eloquent Builder/Collection vs a Model, an interface without the method',
      'A trait or package version that provided the method is missing or older',
    ],
    fixes: (c) => [
      {
        title: `Check that ${c.class ?? 'the class'} really has ${c.method ?? 'the method'}()`,
        steps: [
          `Look up ${c.method ?? 'the method'}() in ${c.class ?? 'the class'} and the version of the package that provides it (it may be renamed or removed)`,
          'Dump the class of the object before the call and call the method on the right object (first(), get(), a single item)',
        ],
        code: `var_dump(get_class($obj));\nvar_dump(method_exists($obj, '${c.method ?? 'methodName'}'));   // ${c.class ?? ''}`,
      },
    ],
    references: [{ title: 'PHP manual: Error', url: `${PHP_MANUAL}/class.error.php` }],
    samples: [
      'PHP Fatal error:  Uncaught Error: Call to undefined method Illuminate\\Database\\Eloquent\\Collection::save() in /app/app/Services/Sync.php:31',
      'PHP Fatal error:  Call to undefined method PHPUnit_Framework_TestSuite::setRunTestInSeparateProcess() in /my-project/vendor/phpunit/phpunit/src/TextUI/TestRunner.php on line 433',
      '[2023-05-01 10:00:00] local.ERROR: Call to undefined method App\\Models\\User::roles() {"exception":"[object] (BadMethodCallException(code: 0): Call to undefined method App\\\\Models\\\\User::roles() at /app/vendor/laravel/framework/src/Illuminate/Support/Traits/ForwardsCalls.php:67)',
    ],
  },
  {
    id: 'php.memory-exhausted',
    language: 'php',
    match: /Allowed memory size of (?<limit>\d{1,20}) bytes exhausted(?: \(tried to allocate (?<tried>\d{1,20}) bytes\))?/,
    errorType: 'Allowed memory size exhausted',
    category: 'memory',
    priority: 35,
    summary: (c) =>
      `The script hit PHP's memory_limit${c.limit ? ` of ${Math.round(Number(c.limit) / 1048576)} MB` : ''}.`,
    explanation: (c) =>
      `PHP stops a script that needs more than memory_limit${c.limit ? ` (${c.limit} bytes here)` : ''}. ` +
      'Either the work really needs more memory (a large import, image processing, Composer resolving dependencies), or the code keeps too much in memory: ' +
      'loading a whole table with ->get()/fetchAll(), building huge arrays, or infinite recursion.',
    causes: [
      'Loading a large result set or file entirely into memory',
      'Infinite recursion or a loop that keeps appending to an array',
      'memory_limit is low for the task (Composer, image processing, exports)',
      'A memory leak in a long-running worker',
    ],
    fixes: [
      {
        title: 'Process data in chunks',
        steps: ['Stream or chunk large queries and files instead of loading them at once'],
        code: "User::query()->chunkById(1000, function ($users) { /* ... */ });\nforeach (User::cursor() as $user) { /* ... */ }\n$stmt = $pdo->query('SELECT ...'); while ($row = $stmt->fetch()) { /* ... */ }",
      },
      {
        title: 'Raise the limit when the task needs it',
        steps: ['Set memory_limit in php.ini for the SAPI that runs the code, or per run on the CLI', 'For Composer use COMPOSER_MEMORY_LIMIT=-1'],
        code: 'php -d memory_limit=512M artisan import:users\nCOMPOSER_MEMORY_LIMIT=-1 composer update',
      },
    ],
    references: [
      { title: 'PHP manual: memory_limit', url: `${PHP_MANUAL}/ini.core.php#ini.memory-limit` },
      { title: 'Composer: troubleshooting memory limit errors', url: 'https://getcomposer.org/doc/articles/troubleshooting.md' },
    ],
    samples: [
      'PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /var/www/html/vendor/laravel/framework/src/Illuminate/Support/Collection.php on line 1421',
      'Fatal error: Allowed memory size of 1610612736 bytes exhausted (tried to allocate 4096 bytes) in phar:///usr/local/bin/composer/src/Composer/DependencyResolver/Solver.php on line 223',
    ],
  },
  {
    id: 'php.max-execution-time',
    language: 'php',
    match: /Maximum execution time of (?<seconds>\d{1,9}) seconds? exceeded/,
    errorType: 'Maximum execution time exceeded',
    category: 'runtime',
    priority: 35,
    summary: (c) => `The script ran longer than max_execution_time (${c.seconds ?? '?'} s) and was stopped.`,
    explanation: (c) =>
      `PHP aborts a web request that runs longer than max_execution_time${c.seconds ? ` (${c.seconds} seconds)` : ''}. ` +
      'The code is slow (a query without an index, an N+1 query loop, a slow external HTTP call without timeout) or is stuck in an infinite loop. The CLI has no limit by default.',
    causes: [
      'A slow database query or many queries in a loop (N+1)',
      'An external HTTP call or socket without a timeout',
      'An infinite loop or very large batch processed inside a web request',
    ],
    fixes: [
      {
        title: 'Make the request fast, move long work to the background',
        steps: ['Profile the request (Xdebug, Laravel Telescope/Debugbar) to find the slow part', 'Move long tasks to a queue job or a CLI command', 'Set timeouts on HTTP clients'],
        code: null,
      },
      {
        title: 'Raise the limit for a legitimate long task',
        steps: ['Set it for this script only; also check the web server/FPM timeouts (request_terminate_timeout, proxy timeouts)'],
        code: 'set_time_limit(300);',
      },
    ],
    references: [
      { title: 'PHP manual: max_execution_time', url: `${PHP_MANUAL}/info.configuration.php#ini.max-execution-time` },
      { title: 'PHP manual: set_time_limit', url: `${PHP_MANUAL}/function.set-time-limit.php` },
    ],
    samples: ['PHP Fatal error:  Maximum execution time of 30 seconds exceeded in /var/www/html/report.php on line 88'],
  },
  {
    id: 'php.parse-error',
    language: 'php',
    match: /Parse ?[Ee]rror: +syntax error, unexpected (?<token>(?:token |identifier |variable |integer |double-quoted string )?"[^"\n]{0,60}"|'[^'\n]{0,60}'|end of file|T_\w{1,40}|\S{1,60})(?:, expecting (?<expected>"[^"\n]{0,60}"|'[^'\n]{0,60}'|[^\s,]{1,60}(?: \(T_\w{1,40}\))?))?(?: in (?<file>\S{1,300}) on line (?<line>\d{1,7}))?/,
    errorType: 'ParseError',
    category: 'syntax',
    priority: 30,
    summary: (c) =>
      `PHP cannot parse ${c.file ?? 'the file'}${c.line ? ` (line ${c.line})` : ''}: unexpected ${c.token ?? 'token'}.`,
    explanation: (c) =>
      `The parser met ${c.token ?? 'a token'}${c.expected ? ` where it expected ${c.expected}` : ''}. Nothing in the file runs. ` +
      (c.token === 'end of file'
        ? 'Reaching the end of the file means a brace, bracket or string opened earlier is never closed.'
        : 'The mistake is on the reported line or just before it: a missing semicolon, comma, bracket or quote, or syntax from a newer PHP version (match, nullsafe ?->, named arguments, typed properties) running on an older PHP.'),
    causes: [
      'Missing semicolon, bracket, parenthesis or quote on the line before',
      'An unclosed { or string swallowing the rest of the file (unexpected end of file)',
      'Code written for a newer PHP version than the one running',
    ],
    fixes: (c) => [
      {
        title: 'Lint the file',
        steps: ['Run the PHP linter on the file', 'Check the reported line and the one before it', 'Compare php -v with the version your code targets'],
        code: `php -l ${c.file ?? 'path/to/file.php'}\nphp -v`,
      },
    ],
    references: [{ title: 'PHP manual: ParseError', url: `${PHP_MANUAL}/class.parseerror.php` }],
    samples: [
      'PHP Parse error:  syntax error, unexpected token "}", expecting ";" in /var/www/html/index.php on line 12',
      "Parse error: syntax error, unexpected end of file in C:\\xampp\\htdocs\\shop\\cart.php on line 140",
      "PHP Parse error:  syntax error, unexpected '?', expecting variable (T_VARIABLE) in /app/src/User.php on line 9",
    ],
  },
  {
    id: 'php.undefined-variable',
    language: 'php',
    match: /Undefined variable:? \$?(?<variable>\w{1,200})/,
    errorType: 'Undefined variable',
    category: 'name',
    priority: 25,
    summary: (c) => `The variable $${c.variable ?? ''} is used before it was assigned.`,
    explanation: (c) =>
      `PHP reads $${c.variable ?? 'the variable'} but it was never set in this scope (PHP 8 warning, PHP 7 notice; frameworks such as Laravel turn it into an ErrorException). ` +
      'Functions do not see variables of the surrounding file; closures need `use ($var)`; a variable assigned only inside an if branch is undefined when the branch is skipped; a view may not receive the variable from the controller.',
    causes: [
      'Typo in the variable name',
      'Assigned only in one branch of an if/try, or inside a loop that did not run',
      'A global or outer variable used inside a function or closure without passing it',
      'A template/view variable not passed by the controller',
    ],
    fixes: (c) => [
      {
        title: 'Initialise or pass the variable',
        steps: ['Give it a default before the branch', 'Pass it as a parameter or with use() for closures', 'In views, pass it from the controller (compact / with)'],
        code: `$${c.variable ?? 'total'} = null;   // default before the if\n$fn = function () use ($${c.variable ?? 'total'}) { /* ... */ };\nreturn view('orders.index', compact('${c.variable ?? 'total'}'));`,
      },
    ],
    references: [{ title: 'PHP manual: Variable basics', url: `${PHP_MANUAL}/language.variables.basics.php` }],
    samples: [
      'PHP Warning:  Undefined variable $total in /var/www/html/cart.php on line 27',
      'Notice: Undefined variable: user in /var/www/html/profile.php on line 5',
      'ErrorException: Undefined variable $posts (View: /app/resources/views/posts/index.blade.php)',
    ],
  },
  {
    id: 'php.undefined-array-key',
    language: 'php',
    match: /Undefined (?<kind>array key|index|offset):? (?<key>"[^"\n]{0,200}"|'[^'\n]{0,200}'|[^\s]{1,200})/,
    errorType: 'Undefined array key',
    category: 'runtime',
    priority: 25,
    summary: (c) => `The array has no key ${c.key ?? ''}.`,
    explanation: (c) =>
      `Code reads $array[${c.key ?? 'key'}] but that key is not set (PHP 8: "Undefined array key" warning; PHP 7: "Undefined index"/"Undefined offset" notice). ` +
      'The value would be null. Typical sources: a form field or query parameter that was not sent ($_POST, $_GET), optional fields in decoded JSON, or an off-by-one index.',
    causes: [
      'A form field, query-string parameter or JSON field is missing from the request',
      'Key name mismatch (case, spelling, numeric vs string key)',
      'Index out of range (loop to count() instead of count() - 1, empty array)',
    ],
    fixes: (c) => [
      {
        title: 'Read optional keys with a default',
        steps: ['Use the null coalescing operator or isset/array_key_exists before reading'],
        code: `$value = $data[${c.key ?? "'email'"}] ?? null;\nif (array_key_exists(${c.key ?? "'email'"}, $data)) { /* ... */ }`,
      },
    ],
    references: [
      { title: 'PHP manual: Arrays', url: `${PHP_MANUAL}/language.types.array.php` },
      { title: 'PHP manual: Null coalescing operator', url: `${PHP_MANUAL}/language.operators.comparison.php#language.operators.comparison.coalesce` },
    ],
    samples: [
      'PHP Warning:  Undefined array key "email" in /var/www/html/register.php on line 8',
      'Notice: Undefined index: id in /var/www/html/edit.php on line 4',
      'Warning: Undefined array key 3 in /app/src/Parser.php on line 61',
    ],
  },
  {
    id: 'php.cannot-redeclare',
    language: 'php',
    match: /Cannot redeclare (?:class|interface|trait|enum) (?<classOld>[\w\\]{1,300})|Cannot redeclare (?:function )?(?<name>[\w\\:]{1,300})\(\)(?: \(previously declared in (?<previous>[^\s)]{1,300})\))?|Cannot declare class (?<class>[\w\\]{1,300}), because the name is already in use/,
    errorType: 'Cannot redeclare',
    category: 'name',
    priority: 30,
    summary: (c) => `${c.name ? `The function ${c.name}()` : `The class ${(c.class ?? c.classOld) ?? ''}`} is declared twice.`,
    explanation: (c) =>
      `PHP does not allow declaring the same function or class name twice in one request${c.previous ? `; the first declaration is in ${c.previous}` : ''}. ` +
      'Usually the file that declares it is included twice (include/require instead of require_once), or two files/packages declare the same global name.',
    causes: [
      'A file with declarations is included more than once (include/require instead of require_once)',
      'Two libraries or files declare the same global function/class',
      'A function declared inside another function or a loop, which runs twice',
    ],
    fixes: (c) => [
      {
        title: `Declare ${c.name ?? (c.class ?? c.classOld) ?? 'it'} once`,
        steps: ['Use require_once for files that declare functions/classes, or better Composer autoloading', 'Guard global helpers with function_exists/class_exists', 'Namespace your functions and classes'],
        code: (c.class ?? c.classOld)
          ? `require_once __DIR__ . '/${(c.class ?? c.classOld).split('\\').pop()}.php';\n\nif (!class_exists('${(c.class ?? c.classOld)}', false)) {\n    class ${(c.class ?? c.classOld).split('\\').pop()} { /* ... */ }\n}`
          : `require_once __DIR__ . '/helpers.php';\n\nif (!function_exists('${c.name ?? 'format_price'}')) {\n    function ${(c.name ?? 'format_price').split(/\\|::/).pop()}() { /* ... */ }\n}`,
      },
    ],
    references: [
      { title: 'PHP manual: require_once', url: `${PHP_MANUAL}/function.require-once.php` },
      { title: 'PHP manual: function_exists', url: `${PHP_MANUAL}/function.function-exists.php` },
    ],
    samples: [
      'PHP Fatal error:  Cannot redeclare format_price() (previously declared in /var/www/html/helpers.php:3) in /var/www/html/helpers.php on line 3',
      'Fatal error: Cannot declare class Database, because the name is already in use in /var/www/html/db.php on line 2',
      'PHP Fatal error:  Cannot redeclare class Foo in /app/Foo.php on line 3',
    ],
  },
  {
    id: 'php.class-not-found',
    language: 'php',
    match: /(?<kind>Class|Interface|Trait|Enum) ["']?(?<class>[\w\\]{1,300})["']? not found/,
    errorType: (c) => `${c.kind ?? 'Class'} not found`,
    category: 'name',
    priority: 30,
    summary: (c) => `PHP cannot find the ${(c.kind ?? 'class').toLowerCase()} ${c.class ?? ''}.`,
    explanation: (c) =>
      `${c.class ?? 'The class'} was used but no loaded file declares it and the autoloader could not find one. ` +
      'With Composer (PSR-4), the namespace must map to a directory and the file name must equal the class name, with exactly the same case on Linux. ' +
      'A missing `use` statement makes PHP look for the class in the current namespace instead.',
    causes: [
      'Missing or wrong `use` import, so the name resolves in the current namespace',
      'File name, directory or namespace does not follow PSR-4 (case matters on Linux)',
      'The Composer package is not installed, or the autoloader is stale (composer dump-autoload)',
      'vendor/autoload.php is not required',
    ],
    fixes: (c) => [
      {
        title: 'Fix the import and regenerate the autoloader',
        steps: ['Check the namespace and `use` statement', 'Check file path and case against composer.json "autoload"', 'Regenerate the autoloader'],
        code: `use ${(c.class ?? 'App\\Models\\User').replace(/^\\/, '')};\n\ncomposer dump-autoload`,
      },
      {
        title: 'Install the package that provides it',
        steps: ['composer require the package, and make sure vendor/autoload.php is loaded'],
        code: "require __DIR__ . '/vendor/autoload.php';",
      },
    ],
    references: [
      { title: 'PHP manual: Autoloading classes', url: `${PHP_MANUAL}/language.oop5.autoload.php` },
      { title: 'Composer: autoload (PSR-4)', url: 'https://getcomposer.org/doc/04-schema.md#autoload' },
    ],
    samples: [
      'PHP Fatal error:  Uncaught Error: Class "App\\Models\\Invoice" not found in /app/app/Http/Controllers/InvoiceController.php:18',
      "Fatal error: Uncaught Error: Class 'GuzzleHttp\\Client' not found in /var/www/html/api.php:5",
    ],
  },
  {
    id: 'php.type-error-argument',
    language: 'php',
    match: /Argument #?(?<position>\d{1,3})(?: \((?<param>\$\w{1,100})\))?(?: passed to (?<function>[\w\\:]{1,300})\(\))? must (?:be of (?:the )?type|be an instance of|implement interface) (?<expected>[^\s,]{1,200}), (?<given>[\w\\]{1,200}) given/,
    errorType: 'TypeError',
    category: 'type',
    priority: 30,
    summary: (c) =>
      `Argument ${c.position ?? ''}${c.param ? ` (${c.param})` : ''}${c.function ? ` of ${c.function}()` : ''} must be ${c.expected ?? 'another type'}, but ${c.given ?? 'something else'} was passed.`,
    explanation: (c) =>
      `The function declares a parameter type ${c.expected ?? ''} and PHP checks it on every call; the caller passed ${c.given ?? 'a value of another type'}. ` +
      (c.given === 'null'
        ? 'A null argument usually means a lookup failed or an optional value is missing earlier in the caller. '
        : '') +
      'The caller is named in the message ("called in … on line …"); fix the value there, or widen the declared type if the value is legitimate (e.g. ?Type for nullable).',
    causes: [
      'A null from a failed lookup or missing input is passed on',
      'Scalar type mismatch under declare(strict_types=1) (e.g. "5" for int)',
      'An object of another class is passed (wrong model, mock, or interface not implemented)',
    ],
    fixes: (c) => [
      {
        title: `Pass ${c.expected ?? 'the declared type'}${c.function ? ` to ${c.function}()` : ''} or accept null explicitly`,
        steps: ['Open the caller shown after "called in" and fix the value', 'If null is valid, make the parameter nullable'],
        code: `// ${c.function ?? 'handle'}()\nfunction ${(c.function ?? 'handle').split('::').pop()}(?${c.expected ?? 'User'} ${c.param ?? '$value'}): void { /* ... */ }\n${(c.function ?? 'handle').split('::').pop()}((int) $request->input('id'));   // convert explicitly`,
      },
    ],
    references: [
      { title: 'PHP manual: TypeError', url: `${PHP_MANUAL}/class.typeerror.php` },
      { title: 'PHP manual: Type declarations', url: `${PHP_MANUAL}/language.types.declarations.php` },
    ],
    samples: [
      'PHP Fatal error:  Uncaught TypeError: App\\Service\\Mailer::send(): Argument #1 ($user) must be of type App\\Entity\\User, null given, called in /app/src/Controller/SignupController.php on line 31',
      'TypeError: Argument 1 passed to App\\Http\\Controllers\\Controller::show() must be an instance of App\\Models\\Post, string given',
    ],
  },
  {
    id: 'php.type-error-return',
    language: 'php',
    match: /(?<![\w\\:])(?<function>[\w\\:]{1,300})\(\): Return value must be of type (?<expected>[^\s,]{1,200}), (?<given>[\w\\]{1,200}) returned|Return value of (?<function7>[\w\\:]{1,300})\(\) must (?:be of the type|be an instance of|implement interface) (?<expected7>[^\s,]{1,200}), (?<given7>[\w\\]{1,200}) returned/,
    errorType: 'TypeError',
    category: 'type',
    priority: 30,
    summary: (c) => `${c.function ?? c.function7 ?? 'A function'}() must return ${c.expected ?? c.expected7 ?? 'its declared type'} but returned ${c.given ?? c.given7 ?? 'something else'}.`,
    explanation: (c) =>
      `The function declares the return type ${c.expected ?? c.expected7 ?? ''} and returned ${c.given ?? c.given7 ?? 'another type'}. ` +
      'Often a code path falls off the end of the function (implicit null), or an inner call returned null/false.',
    causes: ['A branch has no return statement (implicit null)', 'An inner lookup returned null or false', 'The declared return type is too narrow'],
    fixes: (c) => {
      const fn = c.function ?? c.function7 ?? 'App\\Repository\\UserRepository::find';
      const type = bare(c.expected ?? c.expected7, 'User').replace(/^\?/, '');
      return [
        {
          title: `Make ${fn}() return ${c.expected ?? c.expected7 ?? 'its declared type'} on every path`,
          steps: ['Add the missing return or throw', 'Declare a nullable return type (?Type) when null is a valid answer'],
          code: `public function ${fn.split('::').pop()}(int $id): ?${type}\n{\n    return $this->items[$id] ?? null;\n}`,
        },
      ];
    },
    references: [{ title: 'PHP manual: Type declarations', url: `${PHP_MANUAL}/language.types.declarations.php` }],
    samples: [
      'PHP Fatal error:  Uncaught TypeError: App\\Repository\\UserRepository::findByEmail(): Return value must be of type App\\Entity\\User, null returned in /app/src/Repository/UserRepository.php:40',
      'PHP Fatal error:  Uncaught TypeError: Return value of App\\Foo::bar() must be of the type array, null returned in /app/src/Foo.php:12',
    ],
  },
  {
    id: 'php.headers-already-sent',
    language: 'php',
    match: /(?:Cannot modify header information|Cannot send session (?:cookie|cache limiter)|Cannot change [\w ]{1,60}) - headers already sent(?: by \(output started at (?<file>[^\n)]{1,300}):(?<line>\d{1,7})\))?|(?:[Ss]ession|[Ss]ession ID) cannot be (?:started|regenerated|changed) after headers have already been sent|[Hh]eaders already sent(?: in (?<file2>\S{1,300}) on line (?<line2>\d{1,7}))?/,
    errorType: 'Headers already sent',
    category: 'runtime',
    priority: 35,
    summary: (c) =>
      `Headers could not be set because output was already sent${c.file ? ` (by ${c.file}:${c.line ?? '?'})` : ''}.`,
    explanation: (c) =>
      'HTTP headers (header(), setcookie(), session_start(), redirects) must be sent before any body output. ' +
      `Something already printed output${c.file ? `: ${c.file} line ${c.line ?? '?'}` : ''} — often invisible: whitespace or a blank line before <?php or after ?>, a UTF-8 BOM, an echo/var_dump, or a PHP notice printed to the page.`,
    causes: [
      'Whitespace or a blank line before <?php or after a closing ?>',
      'A UTF-8 byte order mark (BOM) at the start of a file',
      'echo/print/var_dump or an HTML block before the header/redirect call',
      'A warning or notice printed because display_errors is on',
    ],
    fixes: [
      {
        title: 'Remove the early output',
        steps: [
          'Open the file and line named in "output started at"',
          'Delete whitespace before <?php and remove the closing ?> in pure PHP files',
          'Save the file as UTF-8 without BOM',
          'Move header()/session_start() before any output',
        ],
        code: null,
      },
    ],
    references: [
      { title: 'PHP manual: header()', url: `${PHP_MANUAL}/function.header.php` },
      { title: 'PHP manual: PHP tags', url: `${PHP_MANUAL}/language.basic-syntax.phptags.php` },
    ],
    samples: [
      'PHP Warning:  Cannot modify header information - headers already sent by (output started at /var/www/html/config.php:12) in /var/www/html/login.php on line 30',
      'Warning: session_start(): Session cannot be started after headers have already been sent in /var/www/html/index.php on line 2',
    ],
  },
  {
    id: 'php.pdo-access-denied',
    language: 'php',
    match: pdoRegex(
      String.raw`(?:SQLSTATE\[(?:HY000|28000|42000|08006|28P01|08004)\][^\n]{0,300}?|mysqli_sql_exception: )(?:Access denied for user '(?<user>[^'\n]{0,100})'@'(?<host>[^'\n]{0,100})'(?: to database '(?<database>[^'\n]{1,100})')?|(?:password|Peer|Ident) authentication failed for user "(?<pgUser>[^"\n]{1,100})"|no password supplied)`,
    ),
    errorType: dbException,
    category: 'permission',
    priority: 42,
    summary: (c) =>
      `The database refused the login${c.user || c.pgUser ? ` of ${c.user ?? c.pgUser}${c.host ? `@${c.host}` : ''}` : ''}${c.database ? ` to ${c.database}` : ''} (${c.error_type}).`,
    explanation: (c) =>
      `PHP opened a connection and the server rejected the credentials, so ${c.error_type} was thrown before any query ran. ` +
      (c.pgUser
        ? `PostgreSQL checks the password of role ${c.pgUser} against pg_hba.conf; the password in your configuration does not match the role's.`
        : `MySQL identifies accounts by user and client host: '${c.user ?? ''}'@'${c.host ?? ''}' is what the server saw. The password is wrong or empty ("using password: NO"), no account matches that user/host pair, ` +
          'or root@localhost uses auth_socket (Debian/Ubuntu), where only `sudo mysql` works.') +
      ' In Laravel the credentials come from DB_USERNAME/DB_PASSWORD in .env, which are ignored while the configuration is cached (config:cache).',
    causes: [
      'Wrong or empty password in .env / the DSN (using password: NO means none was sent)',
      "No account for this host: 'app'@'localhost' and 'app'@'%' are different MySQL accounts",
      'root authenticates with auth_socket/unix_socket on Debian/Ubuntu, not with a password',
      'Configuration cached before .env changed, or a Docker volume initialised with other credentials',
    ],
    fixes: (c) => {
      const user = c.user ?? c.pgUser ?? 'app';
      const host = c.host ?? '%';
      return [
        {
          title: `Check the credentials of ${user}`,
          steps: [
            `Log in by hand with the same user${c.host ? ` from ${c.host}` : ''} to confirm the password`,
            'Fix DB_USERNAME/DB_PASSWORD (or the DSN) and clear cached configuration',
          ],
          code: c.pgUser
            ? `psql -h 127.0.0.1 -U ${user} -d postgres\nALTER ROLE ${user} WITH PASSWORD 'secret';\nphp artisan config:clear`
            : `mysql -h ${c.host && c.host !== '%' ? c.host : '127.0.0.1'} -u ${user} -p\nphp artisan config:clear`,
        },
        {
          title: 'Create the account for the right host and grant it the database',
          steps: ['Connect as an administrator (sudo mysql on Debian/Ubuntu)', 'Create the user for the client host and grant privileges'],
          code: c.pgUser
            ? `CREATE ROLE ${user} LOGIN PASSWORD 'secret';\nGRANT ALL PRIVILEGES ON DATABASE app TO ${user};`
            : `CREATE USER '${user}'@'${host}' IDENTIFIED BY 'secret';\nGRANT ALL PRIVILEGES ON ${c.database ?? 'app'}.* TO '${user}'@'${host}';\nFLUSH PRIVILEGES;`,
        },
      ];
    },
    references: [...PDO_REFS, { title: 'MySQL: Access denied errors', url: 'https://dev.mysql.com/doc/refman/8.0/en/problems-connecting.html' }],
    samples: [
      "PDOException: SQLSTATE[HY000] [1045] Access denied for user 'root'@'localhost' (using password: NO) in /var/www/html/class/database.php:8\nStack trace:\n#0 /var/www/html/class/database.php(8): PDO->__construct()\n#1 {main}",
      "[previous exception] [object] (PDOException(code: 1698): SQLSTATE[HY000] [1698] Access denied for user 'root'@'localhost' at /var/www/html/vendor/doctrine/dbal/lib/Doctrine/DBAL/Driver/PDOConnection.php:27)",
      'PDOException: SQLSTATE[08006] [7] connection to server at "localhost" (127.0.0.1), port 5432 failed: FATAL:  password authentication failed for user "shop" in /home/shop/config/db.php:6',
      "   Illuminate\\Database\\QueryException \n\n  SQLSTATE[HY000] [1045] Access denied for user 'forge'@'172.18.0.4' (using password: YES) (Connection: mysql, SQL: select * from `sessions`)",
    ],
  },
  {
    id: 'php.pdo-unknown-database',
    language: 'php',
    match: pdoRegex(
      String.raw`(?:SQLSTATE\[(?:HY000|42000|08006|3D000)\](?: \[1049\] |: Syntax error or access violation: 1049\S{0,10}\s{1,4})|mysqli_sql_exception: )Unknown database '(?<database>[^'\n]{1,100})'|SQLSTATE\[(?:08006|3D000|7)\][^\n]{0,300}?database "(?<pgDatabase>[^"\n]{1,100})" does not exist`,
    ),
    errorType: dbException,
    category: 'database',
    priority: 42,
    summary: (c) => `The database ${c.database ?? c.pgDatabase ?? ''} does not exist on the server PHP connects to (${c.error_type}).`,
    explanation: (c) =>
      `The server accepted the login but has no database named ${c.database ?? c.pgDatabase ?? 'like that'}. ` +
      'It was never created (a fresh MySQL/PostgreSQL container only creates the one in MYSQL_DATABASE/POSTGRES_DB, and only on first start of its volume), ' +
      'the name in .env/the DSN differs (typo, case on Linux), or the app talks to another server than you think.',
    causes: [
      'The database was never created on this server',
      'DB_DATABASE (or the DSN dbname) has a typo or another name than the server has',
      'The container volume was initialised before MYSQL_DATABASE/POSTGRES_DB was set',
      'The app connects to another server or port than expected',
    ],
    fixes: (c) => {
      const db = c.database ?? c.pgDatabase ?? 'app';
      return [
        {
          title: `Create ${db} or point the app at the right one`,
          steps: ['List the databases on the server', `Create ${db}, or correct DB_DATABASE in .env`, 'Clear cached configuration and run the migrations'],
          code: c.pgDatabase
            ? `psql -h 127.0.0.1 -U postgres -c '\\l'\ncreatedb -h 127.0.0.1 -U postgres ${db}\nphp artisan config:clear && php artisan migrate`
            : `mysql -h 127.0.0.1 -u root -p -e 'SHOW DATABASES;'\nmysql -h 127.0.0.1 -u root -p -e 'CREATE DATABASE \`${db}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;'\nphp artisan config:clear && php artisan migrate`,
        },
      ];
    },
    references: [...PDO_REFS, { title: 'MySQL: CREATE DATABASE', url: 'https://dev.mysql.com/doc/refman/8.0/en/create-database.html' }],
    samples: [
      "PDOException: SQLSTATE[42000]: Syntax error or access violation: 1049[error]\nUnknown database 'drupal708' in\n/var/lib/jenkins/workspace/build708/docroot/core/lib/Drupal/Core/Database/Statement.php:59",
      "[2023-01-10 09:00:00] local.ERROR: SQLSTATE[HY000] [1049] Unknown database 'laravel' (SQL: select * from information_schema.tables where table_schema = laravel and table_name = migrations and table_type = 'BASE TABLE') {\"exception\":\"[object] (Illuminate\\\\Database\\\\QueryException(code: 1049): SQLSTATE[HY000] [1049] Unknown database 'laravel'",
      'PHP Fatal error:  Uncaught PDOException: SQLSTATE[08006] [7] FATAL:  database "shop_dev" does not exist in /app/src/Db.php:12',
    ],
  },
  {
    id: 'php.pdo-table-not-found',
    language: 'php',
    match: pdoRegex(
      String.raw`(?:SQLSTATE\[42S02\]: |mysqli_sql_exception: )(?:(?:Base table or view not found: 1146 )?Table '(?<table>[^'\n]{1,200})' doesn't exist|[^\n]{0,160}?Invalid object name '(?<msTable>[^'\n]{1,200})')|SQLSTATE\[42P01\][^\n]{0,200}?["»«„“](?<relation>[^"»«“”\n]{1,200})["»«“”]|SQLSTATE\[HY000\]: General error: 1 no such table: (?<sqliteTable>[\w.$]{1,200})`,
    ),
    errorType: dbException,
    category: 'database',
    priority: 42,
    summary: (c) => `The table ${c.table ?? c.relation ?? c.msTable ?? c.sqliteTable ?? ''} does not exist in the database the app is connected to (${c.error_type}).`,
    explanation: (c) =>
      `The query uses ${c.table ?? c.relation ?? c.msTable ?? c.sqliteTable ?? 'a table'} and the database answered that no such table exists, so ${c.error_type} was thrown. ` +
      'Migrations have not been run on this database, the app connects to another database than you think (DB_DATABASE, .env not reloaded, configuration cached), ' +
      'or the table name the ORM derives differs from the real one (plural/singular, prefix, schema, case on Linux).',
    causes: [
      'Migrations not run (or failed half-way) on this environment',
      'Connected to the wrong database (DB_DATABASE, cached config, tests using another connection)',
      'Model table name differs from the real table (Eloquent pluralisation, $table property, prefixes, schema)',
      'A package whose migrations were never published (e.g. telescope_entries, jobs, sessions, cache)',
    ],
    fixes: (c) => {
      const table = c.table ?? c.relation ?? c.msTable ?? c.sqliteTable ?? 'invoices';
      const plain = table.split('.').pop() ?? table;
      return [
        {
          title: `Create ${table} by running the migrations on the right database`,
          steps: ['Check which connection and database the app really uses', 'Run the migrations (publish a package\'s migrations first if the table is a package\'s)', 'Clear cached configuration after changing .env'],
          code: 'php artisan config:clear\nphp artisan migrate:status\nphp artisan migrate\n# Symfony/Doctrine: php bin/console doctrine:migrations:migrate',
        },
        {
          title: `Or tell the model the real name of ${plain}`,
          steps: ['If the table exists under another name, declare it on the model'],
          code: `protected $table = '${plain}';`,
        },
      ];
    },
    references: [...PDO_REFS, { title: 'Laravel: Database migrations', url: 'https://laravel.com/docs/migrations' }],
    samples: [
      "[2022-04-07 20:31:51] prod.ERROR: SQLSTATE[42S02]: Base table or view not found: 1146 Table 'unit3d.types' doesn't exist (SQL: select * from `types` where `types`.`id` in (5, 16, 17)) {\"userId\":18,\"exception\":\"[object] (Illuminate\\\\Database\\\\QueryException(code: 42S02): SQLSTATE[42S02]: Base table or view not found: 1146 Table 'unit3d.types' doesn't exist at /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php:716)",
      "SQLSTATE[42S02]: Base table or view not found: 1146 Table 'shop.invoices' doesn't exist (Connection: mysql, SQL: select * from `invoices`)",
      'PHP Fatal error:  Uncaught PDOException: SQLSTATE[42P01]: Undefined table: 7 ERROR:  relation "orders" does not exist\nLINE 1: SELECT * FROM orders\n                      ^ in /var/www/app/report.php:14',
      'Doctrine\\DBAL\\Exception\\TableNotFoundException: An exception occurred while executing a query: SQLSTATE[HY000]: General error: 1 no such table: user in /app/vendor/doctrine/dbal/src/Driver/API/SQLite/ExceptionConverter.php:45',
    ],
  },
  {
    id: 'php.pdo-column-not-found',
    language: 'php',
    match: pdoRegex(
      String.raw`(?:SQLSTATE\[42S22\]: |mysqli_sql_exception: )(?:(?:Column not found: 1054 )?Unknown column '(?<column>[^'\n]{1,200})'(?: in '(?<clause>[^'\n]{1,60})')?|[^\n]{0,160}?Invalid column name '(?<msColumn>[^'\n]{1,200})')|SQLSTATE\[42703\][^\n]{0,200}?["»«„“](?<pgColumn>[^"»«“”\n]{1,200})["»«“”]|SQLSTATE\[HY000\]: General error: 1 (?:no such column: (?<sqliteColumn>[\w.$]{1,200})|table \S{1,100} has no column named (?<sqliteNamed>\w{1,100}))`,
    ),
    errorType: dbException,
    category: 'database',
    priority: 42,
    summary: (c) => `The column ${c.column ?? c.pgColumn ?? c.msColumn ?? c.sqliteColumn ?? c.sqliteNamed ?? ''} does not exist in the table the query uses (${c.error_type}).`,
    explanation: (c) =>
      `The query names ${c.column ?? c.pgColumn ?? c.msColumn ?? c.sqliteColumn ?? c.sqliteNamed ?? 'a column'}${c.clause ? ` (in the ${c.clause})` : ''}, and the table has no such column. ` +
      'A migration that adds it has not run on this database, the name is misspelt or belongs to another table (ambiguous joins, a relation using the wrong foreign key), ' +
      'or, in PostgreSQL, an unquoted identifier is folded to lower case while the column was created with capitals. Queries written for MySQL\'s information_schema (COLUMN_KEY, COLUMN_TYPE) fail on PostgreSQL for the same reason.',
    causes: [
      'A migration adding the column has not run here',
      'Typo, or the column lives in another table (join, relation foreign key, soft-delete deleted_at)',
      'PostgreSQL case folding: "userId" vs userid',
      'Database-specific SQL (MySQL-only columns of information_schema) running on another database',
    ],
    fixes: (c) => {
      const column = c.column ?? c.pgColumn ?? c.msColumn ?? c.sqliteColumn ?? c.sqliteNamed ?? 'status';
      return [
        {
          title: `Add ${column} or fix the query`,
          steps: [`Check the table structure for ${column}`, 'Run pending migrations, or add one that creates the column', 'Otherwise correct the column name in the query/model (or the foreign key of the relation)'],
          code: `php artisan migrate:status\n\n// a migration adding the column\nSchema::table('orders', function (Blueprint $table) {\n    $table->string('${column.split('.').pop() ?? column}')->nullable();\n});`,
        },
      ];
    },
    references: [...PDO_REFS, { title: 'Laravel: Migrations (columns)', url: 'https://laravel.com/docs/migrations#columns' }],
    samples: [
      "SQLSTATE[42S22]: Column not found: 1054 Unknown column 'users.deleted_at' in 'where clause' (SQL: select * from `users` where `users`.`deleted_at` is null)",
      'Illuminate\\Database\\QueryException\n\n  SQLSTATE[42703]: Undefined column: 7 ERROR:  column "column_key" does not exist\nLINE 1: SELECT COLUMN_NAME, COLUMN_KEY FROM INFORMATION_SCHEMA.COLUMNS\n                            ^ (Connection: pgsql, SQL: SELECT COLUMN_NAME, COLUMN_KEY FROM INFORMATION_SCHEMA.COLUMNS)',
    ],
  },
  {
    id: 'php.pdo-integrity-violation',
    language: 'php',
    match: pdoRegex(
      String.raw`(?:SQLSTATE\[23000\]: Integrity constraint violation: |mysqli_sql_exception: )(?:(?:1062 )?Duplicate entry '(?<entry>[^'\n]{0,200})' for key '(?<key>[^'\n]{1,200})'|14(?:51|52) Cannot (?:add or update a child|delete or update a parent) row: a foreign key constraint fails \([^\n]{0,300}?CONSTRAINT \x60(?<constraint>[^\x60\n]{1,200})\x60|1048 Column '(?<column>[^'\n]{1,200})' cannot be null|19 (?<sqliteKind>UNIQUE|NOT NULL|FOREIGN KEY) constraint failed(?:: (?<sqliteColumns>[\w.$]{1,200}))?)|SQLSTATE\[(?<pgState>23505|23503|23502)\][^\n]{0,200}?["»«„“](?<pgName>[^"»«“”\n]{1,200})["»«“”]|SQLSTATE\[HY000\]: General error: 1364 Field '(?<field>[^'\n]{1,200})' doesn't have a default value`,
    ),
    errorType: dbException,
    category: 'database',
    priority: 42,
    summary: (c) => {
      const what = c.key
        ? `a row with ${c.entry ? `'${c.entry}'` : 'this value'} already exists (unique key ${c.key})`
        : c.constraint || c.pgState === '23503' || c.sqliteKind === 'FOREIGN KEY'
          ? `the foreign key ${c.constraint ?? c.pgName ?? ''} has no matching row`
          : c.column || c.field || c.pgState === '23502' || c.sqliteKind === 'NOT NULL'
            ? `${c.column ?? c.field ?? c.pgName ?? c.sqliteColumns ?? 'a column'} needs a value`
            : `the unique constraint ${c.pgName ?? c.sqliteColumns ?? ''} already holds this value`;
      return `The database rejected the write: ${what} (${c.error_type}).`;
    },
    explanation: (c) =>
      'An INSERT or UPDATE broke a rule the schema enforces, so the database refused it. ' +
      (c.key || c.pgState === '23505' || c.sqliteKind === 'UNIQUE'
        ? 'A unique index already contains this value: the record was created before (a double submit, a retried job, a seeder run twice) or the code should update instead of insert.'
        : c.constraint || c.pgState === '23503' || c.sqliteKind === 'FOREIGN KEY'
          ? 'A foreign key points at a parent row that does not exist (wrong or missing id), or a parent row that still has children is being deleted.'
          : 'A NOT NULL column without a default got no value: the attribute is missing from the insert (in Laravel, often not in $fillable, so mass assignment silently dropped it).'),
    causes: [
      'Duplicate insert (double submit, retried job, seeder or import run twice)',
      'A foreign key id that does not exist, or deleting a parent that still has children',
      'A required column left out of the insert (not in $fillable, no default in the migration)',
    ],
    fixes: (c) => {
      const name = c.key ?? c.constraint ?? c.column ?? c.field ?? c.pgName ?? c.sqliteColumns ?? 'email';
      const col = (c.column ?? c.field ?? c.sqliteColumns ?? 'email').split('.').pop() ?? 'email';
      return [
        {
          title: `Respect ${name} before writing`,
          steps: [
            c.key || c.pgState === '23505' || c.sqliteKind === 'UNIQUE'
              ? `Look up the existing row first, or upsert instead of inserting twice (unique key ${name})`
              : c.constraint || c.pgState === '23503' || c.sqliteKind === 'FOREIGN KEY'
                ? `Make sure the referenced row exists before the insert, or delete/cascade the children first (${name})`
                : `Give ${name} a value, add it to $fillable, or give the column a default/nullable in a migration`,
            'Validate the input so the user gets a message instead of a 500',
          ],
          code: `User::updateOrCreate(['${col}' => $request->input('${col}')], $attributes);\n\n// or validate first\n$request->validate(['${col}' => 'required|unique:users,${col}']);`,
        },
      ];
    },
    references: [...PDO_REFS, { title: 'Laravel: Eloquent upserts', url: 'https://laravel.com/docs/eloquent#upserts' }],
    samples: [
      "[2024-01-02 10:00:00] production.ERROR: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry 'bob@example.com' for key 'users_email_unique' (Connection: mysql, SQL: insert into `users` (`email`) values (bob@example.com)) {\"exception\":\"[object] (Illuminate\\\\Database\\\\UniqueConstraintViolationException(code: 23000): SQLSTATE[23000]",
      'PHP Fatal error:  Uncaught PDOException: SQLSTATE[23505]: Unique violation: 7 ERROR:  duplicate key value violates unique constraint "users_email_key" in /var/www/signup.php:30',
      "Illuminate\\Database\\QueryException: SQLSTATE[HY000]: General error: 1364 Field 'user_id' doesn't have a default value (SQL: insert into `posts` (`title`) values (Hello))",
    ],
  },
  {
    id: 'php.pdo-syntax-error',
    language: 'php',
    match: pdoRegex(
      String.raw`(?:SQLSTATE\[42000\]: Syntax error or access violation: 1064 |mysqli_sql_exception: )You have an error in your SQL syntax(?:;[^\n]{0,200}?near '(?<near>[^\n]{0,120}?)' at line (?<sqlLine>\d{1,6}))?|SQLSTATE\[42601\](?:[^\n]{0,200}?["»«„“](?<pgNear>[^"»«“”\n]{0,120})["»«“”])?|SQLSTATE\[HY000\]: General error: 1 near "(?<sqliteNear>[^"\n]{0,120})": syntax error`,
    ),
    errorType: dbException,
    category: 'syntax',
    priority: 42,
    summary: (c) => `The database could not parse the SQL${c.near ?? c.pgNear ?? c.sqliteNear ? ` near "${c.near ?? c.pgNear ?? c.sqliteNear}"` : ''} (${c.error_type}).`,
    explanation: (c) =>
      `The SQL sent by PHP is not valid for this database${c.near ?? c.pgNear ?? c.sqliteNear ? `; the parser stopped at "${c.near ?? c.pgNear ?? c.sqliteNear}"` : ''}. ` +
      'Usual causes: a reserved word used as a column or table name without quoting (order, group, key, desc), values concatenated into the SQL instead of bound, ' +
      'an empty IN () list, or syntax of another database (LIMIT x,y, backticks on PostgreSQL, JSON operators on an old MySQL/MariaDB).',
    causes: [
      'Reserved word as identifier without quoting',
      'Values concatenated into the query (quotes break it) instead of bound parameters',
      'SQL written for another database or a newer server version',
    ],
    fixes: [
      {
        title: 'Bind values and quote identifiers',
        steps: ['Log the exact SQL (Laravel: toSql()/DB::listen; Doctrine: the SQL in the message)', 'Use prepared statements for values', 'Quote or rename reserved identifiers'],
        code: "$stmt = $pdo->prepare('SELECT * FROM `order` WHERE status = ? AND id IN (' . implode(',', array_fill(0, count($ids), '?')) . ')');\n$stmt->execute([$status, ...$ids]);",
      },
    ],
    references: [...PDO_REFS, { title: 'PHP manual: Prepared statements', url: `${PHP_MANUAL}/pdo.prepared-statements.php` }],
    samples: [
      "PDOException: SQLSTATE[42000]: Syntax error or access violation: 1064 You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use near 'order WHERE id = 1' at line 1 in /var/www/html/orders.php:22",
    ],
  },
  {
    id: 'php.pdo-connection',
    language: 'php',
    match: pdoRegex(
      String.raw`SQLSTATE\[(?<state>[0-9A-Z]{5})\] \[(?<code>\d{1,5})\] (?<reason>[^\n]{1,200})|SQLSTATE\[(?<msState>08001|HYT00|08S01)\]: \[Microsoft\](?<msReason>[^\n]{1,200})|SQLSTATE\[HY000\]: General error: (?<gone>2006) MySQL server has gone away|mysqli_sql_exception: (?<mysqliReason>Connection refused|No such file or directory|Connection timed out|php_network_getaddresses[^\n]{0,120}|MySQL server has gone away|Too many connections)`,
    ),
    errorType: dbException,
    category: 'network',
    priority: 40,
    summary: (c) => `PHP could not connect to the database: ${cleanReason(c.reason ?? c.msReason ?? c.mysqliReason) || 'MySQL server has gone away'} (${c.error_type}).`,
    explanation: (c) => {
      const reason = cleanReason(c.reason ?? c.msReason ?? c.mysqliReason);
      const code = c.code ?? c.gone ?? '';
      let why: string;
      if (code === '2002' && /No such file/i.test(reason)) {
        why = 'With host "localhost" PHP uses a Unix socket, and the socket file does not exist at that path (server stopped, or socket elsewhere); 127.0.0.1 forces TCP.';
      } else if (code === '2002' && /getaddrinfo|Name or service|name resolution|nodename/i.test(reason)) {
        why = 'The database host name does not resolve: a typo, or a docker compose service name used outside that compose network (or the reverse).';
      } else if (code === '2002' || /refused|timed out|could not connect|Connection to server/i.test(reason)) {
        why = 'Nothing accepts connections at that host and port: the server is down or not ready yet, the port is wrong, or a firewall blocks it. Inside a container, localhost/127.0.0.1 is the PHP container itself, not the database container.';
      } else if (code === '2054') {
        why = 'MySQL 8 uses caching_sha2_password by default, which PHP < 7.4 cannot speak.';
      } else if (code === '1040') {
        why = 'The server reached max_connections: connections leak (long-running workers, no pooling) or the limit is too low.';
      } else if (code === '2006' || /gone away/i.test(reason)) {
        why = 'The server closed the connection: an idle connection in a long-running worker exceeded wait_timeout, or a packet exceeded max_allowed_packet.';
      } else if (code === '14' || /unable to open database file/i.test(reason)) {
        why = 'SQLite cannot open the database file: the path does not exist (relative paths resolve from the working directory) or the directory is not writable by PHP.';
      } else {
        why = 'The driver failed while opening the connection; the text after the code is the server\'s or driver\'s reason.';
      }
      return `${c.error_type} was thrown while opening the connection${code ? ` (driver error ${code})` : ''}: "${reason || 'MySQL server has gone away'}". ${why}`;
    },
    causes: [
      'The database server is not running, not ready yet, or listens on another port',
      'DB_HOST is localhost/127.0.0.1 inside a container instead of the database service name',
      'Socket path mismatch when the host is "localhost" (pdo_mysql.default_socket)',
      'Wrong host name, firewall or security group blocking the port',
    ],
    fixes: (c) => [
      {
        title: 'Point the app at a reachable server',
        steps: [
          'Check that the server runs and listens on the configured host and port',
          'In docker compose set DB_HOST to the service name; outside containers use 127.0.0.1 instead of localhost to force TCP',
          'Clear cached configuration after changing .env',
        ],
        code: `# .env (Laravel) with docker compose\nDB_HOST=mysql\nDB_PORT=3306\n\nphp artisan config:clear\nmysql -h 127.0.0.1 -P 3306 -u app -p${c.code === '2054' ? "\nALTER USER 'app'@'%' IDENTIFIED WITH mysql_native_password BY 'secret';" : ''}`,
      },
    ],
    references: [
      { title: 'PHP manual: PDO connections', url: `${PHP_MANUAL}/pdo.connections.php` },
      { title: "MySQL: Can't connect to [local] MySQL server", url: 'https://dev.mysql.com/doc/refman/8.0/en/can-not-connect-to-server.html' },
    ],
    samples: [
      'SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: select * from `users` where `email` = a@b.c limit 1)',
      'PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] No such file or directory in /var/www/html/db.php:4',
      'PDOException: SQLSTATE[HY000] [2002] Connection refused in lock_may_be_available() (line 167 of /var/www/html/includes/lock.inc).',
      'PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in /app/src/Db.php:10\nStack trace:\n#0 {main}\n\nNext Illuminate\\Database\\QueryException: SQLSTATE[HY000] [2002] Connection refused (SQL: select * from `jobs`) in /app/vendor/laravel/framework/src/Illuminate/Database/Connection.php:712',
    ],
  },
  {
    id: 'php.pdo-could-not-find-driver',
    language: 'php',
    match: pdoRegex(String.raw`could not find driver`),
    errorType: dbException,
    category: 'dependency',
    priority: 40,
    summary: (c) => `PHP has no PDO driver for this database (${c.error_type}: could not find driver).`,
    explanation: (c) =>
      `${c.error_type} says the PDO driver named in the DSN (pdo_mysql, pdo_pgsql, pdo_sqlite, pdo_sqlsrv) is not loaded in the PHP that runs the code. ` +
      'The CLI and PHP-FPM/Apache use different php.ini files, so the extension can be enabled for one and not the other; slim Docker images have none of them.',
    causes: ['The pdo_* extension is not installed for this PHP version', 'It is installed but not enabled in the php.ini of this SAPI (CLI vs FPM)', 'A php Docker image without docker-php-ext-install pdo_mysql'],
    fixes: [
      {
        title: 'Install and enable the PDO driver',
        steps: ['List the loaded drivers with the same PHP that fails', 'Install the driver and restart PHP-FPM/the web server'],
        code: "php -m | grep -i pdo\nphp -r 'print_r(PDO::getAvailableDrivers());'\nsudo apt-get install php-mysql      # or php-pgsql / php-sqlite3\n# Dockerfile\nRUN docker-php-ext-install pdo_mysql",
      },
    ],
    references: [{ title: 'PHP manual: PDO drivers', url: `${PHP_MANUAL}/pdo.drivers.php` }],
    samples: ['PDOException: could not find driver in /var/www/html/config/db.php:5', 'Illuminate\\Database\\QueryException: could not find driver (Connection: mysql, SQL: select * from `users`)'],
  },
  {
    id: 'php.pdo-error',
    language: 'php',
    match: pdoRegex(String.raw`SQLSTATE\[(?<state>[0-9A-Z]{5})\](?::? (?<detail>[^\n]{1,200}))?`),
    errorType: dbException,
    category: 'database',
    priority: 20,
    summary: (c) => `The database rejected a query with SQLSTATE ${c.state ?? ''} (${c.error_type}).`,
    explanation: (c) => {
      const detail = cleanReason(c.detail);
      const code = /(?:error|violation|failure|truncated|format|exists|number|range|value|value count|transaction): (\d{1,5})\b/.exec(detail)?.[1] ?? '';
      const hints: Record<string, string> = {
        '1005': 'MySQL could not create the table; errno 150 means a foreign key is malformed: the referenced column must exist, be indexed and have exactly the same type (e.g. unsignedBigInteger for id()).',
        '1071': 'An index on a utf8mb4 string column is longer than the old 767-byte limit: set Schema::defaultStringLength(191) or use a newer MySQL/MariaDB with large prefixes.',
        '1050': 'The table already exists: a migration ran partially before, or the migrations table is out of sync with the schema.',
        '1213': 'Two transactions deadlocked; retry the transaction and keep transactions short and consistently ordered.',
        '1205': 'A lock wait timed out: another transaction held the rows too long.',
        '1406': 'A value is longer than the column allows.',
        '1366': 'A value does not fit the column type or character set (e.g. emoji into utf8 instead of utf8mb4).',
        '1292': 'A date/time or number value has the wrong format for the column.',
        '1055': 'ONLY_FULL_GROUP_BY: every selected column must be grouped or aggregated.',
        '2006': 'The server closed the connection (wait_timeout in a long-running worker, or max_allowed_packet).',
        '2014': 'A previous result set was not fully fetched before the next query on the same connection.',
        '2036': 'The driver received a parameter type it cannot bind (e.g. an array or object as a query binding).',
      };
      const byState: Record<string, string> = {
        HY093: 'The number or names of bound parameters do not match the placeholders in the SQL.',
        '25P02': 'An earlier statement in this PostgreSQL transaction failed; everything after it is refused until ROLLBACK.',
        '40001': 'A serialization failure or deadlock; retry the transaction.',
        '40P01': 'A deadlock; retry the transaction.',
        '42P07': 'The table already exists: a migration ran partially before.',
        '42S01': 'The table already exists: a migration ran partially before.',
        '22P02': 'A value has the wrong format for its column type (e.g. text into an integer or uuid column).',
        '22001': 'A value is longer than the column allows.',
        '53300': 'PostgreSQL has no free connection slots (max_connections reached).',
      };
      const hint = hints[code] ?? byState[c.state ?? ''] ?? 'The text after the SQLSTATE is the database\'s own message; the first two characters of the code give the class (23 constraint, 42 syntax or schema, 08 connection, HY general).';
      return `${c.error_type} carries the database error SQLSTATE[${c.state ?? ''}]${detail ? `: "${detail}"` : ''}. ${hint}`;
    },
    causes: ['The schema differs from what the code expects (migrations)', 'Invalid data or parameters sent with the query', 'A database-side limit or lock'],
    fixes: (c) => [
      {
        title: `Look up SQLSTATE ${c.state ?? ''} with the SQL that failed`,
        steps: ['Read the database message after the SQLSTATE and the SQL shown in "(SQL: …)"', 'Run that SQL by hand in the database client to see the full error', 'Fix the schema (migration) or the data, then retry'],
        code: 'DB::listen(fn ($q) => logger($q->sql, $q->bindings));   // Laravel: log every query\nphp artisan migrate:status',
      },
    ],
    references: [...PDO_REFS, { title: 'MySQL server error reference', url: 'https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html' }],
    samples: [
      "PDOException: SQLSTATE[HY000]: General error: 1005 Can't create table shop.crm_regions (errno: 150 \"Foreign key constraint is incorrectly formed\") in /var/www/vendor/doctrine/dbal/lib/Doctrine/DBAL/Driver/PDOStatement.php:127",
      ">>> $user->getMedia()\nIlluminate\\Database\\QueryException with message 'SQLSTATE[HY000]: General error: 2036  (SQL: select * from `media` where `media`.`model_id` = 301)'",
    ],
  },
  {
    id: 'php.composer-php-version',
    language: 'php',
    match: /requires php (?<required>[^\s]{1,60}) (?:but your [Pp][Hh][Pp] version \((?<actual>[^)\n]{1,40})\) does not satisfy that requirement|-> your [Pp][Hh][Pp] version \((?<actual2>[^)\n]{1,40})\) does not satisfy that requirement)/,
    errorType: 'requirements could not be resolved',
    category: 'dependency',
    priority: 40,
    summary: (c) => `A package requires PHP ${c.required ?? ''}, but PHP ${c.actual ?? c.actual2 ?? '?'} is running.`,
    explanation: (c) =>
      `composer.json (or a dependency) declares php ${c.required ?? ''}, and the PHP that runs Composer is ${c.actual ?? c.actual2 ?? 'another version'}. ` +
      'The CLI PHP may differ from the web server PHP, and CI images or Docker base images may have an older PHP than your machine.',
    causes: [
      'The PHP CLI on this machine/image is older than the project requires',
      'Several PHP versions installed and the wrong one is first in PATH',
      'A lock file generated on a newer PHP is installed on an older one',
    ],
    fixes: [
      {
        title: 'Run Composer with the required PHP',
        steps: ['Check which PHP Composer uses', 'Install/select the required version (update-alternatives, brew link, Docker base image)', 'Or pin the target platform so the lock file matches production'],
        code: 'php -v\ncomposer diagnose\ncomposer config platform.php 8.2.0   # resolve for production PHP',
      },
    ],
    references: [{ title: 'Composer: config platform', url: 'https://getcomposer.org/doc/06-config.md#platform' }],
    samples: [
      'Problem 1\n    - Root composer.json requires php ^8.2 but your php version (8.1.2) does not satisfy that requirement.',
      'Problem 1\n    - symfony/string v7.1.0 requires php >=8.2 -> your php version (8.1.27) does not satisfy that requirement.',
    ],
  },
  {
    id: 'php.composer-missing-extension',
    language: 'php',
    match: /requires (?:PHP extension )?ext-(?<ext>[\w-]{1,60})[^\n]{0,60}?(?:-> it is missing from your system|but it is not present)/,
    errorType: 'requirements could not be resolved',
    category: 'dependency',
    priority: 40,
    summary: (c) => `A package needs the PHP extension ${c.ext ?? ''}, which is not enabled.`,
    explanation: (c) =>
      `A package declares ext-${c.ext ?? ''} as a requirement, and the PHP running Composer does not have that extension loaded. ` +
      'The extension may be installed for another PHP version, or enabled for the web server but not for the CLI (separate php.ini files).',
    causes: [
      'The extension is not installed for this PHP version',
      'It is installed but not enabled in the php.ini used by the CLI',
      'A slim Docker image (php:*-cli/-fpm) without that extension',
    ],
    fixes: (c) => [
      {
        title: 'Install and enable the extension',
        steps: ['Install the package for your PHP version', 'Check that `php -m` lists it'],
        code: `sudo apt-get install php-${c.ext ?? 'mbstring'}\n# Dockerfile (official php image)\nRUN docker-php-ext-install ${c.ext ?? 'mbstring'}\nphp -m | grep -i ${c.ext ?? 'mbstring'}`,
      },
    ],
    references: [{ title: 'Composer: platform packages', url: 'https://getcomposer.org/doc/01-basic-usage.md#platform-packages' }],
    samples: ["Problem 1\n    - laravel/framework v10.48.4 requires ext-mbstring * -> it is missing from your system. Install or enable PHP's mbstring extension."],
  },
  {
    id: 'php.laravel-missing-app-key',
    language: 'php',
    match: thrownRegex(String.raw`No application encryption key has been specified`),
    errorType: thrownOr('MissingAppKeyException'),
    category: 'configuration',
    priority: 40,
    summary: 'Laravel has no APP_KEY, so it cannot encrypt cookies and sessions.',
    explanation:
      'Laravel encrypts cookies, sessions and encrypted values with APP_KEY. The variable is empty or missing: .env was copied from .env.example without generating a key, ' +
      'the environment (container, CI) does not provide it, or the configuration was cached before the key existed.',
    causes: ['APP_KEY is empty in .env (fresh clone)', 'The deployment environment does not set APP_KEY', 'Configuration cached (config:cache) before the key was set'],
    fixes: [
      {
        title: 'Generate the key',
        steps: ['Generate a key into .env', 'Clear the cached configuration', 'In production, set APP_KEY as a secret and keep it stable (changing it invalidates sessions and encrypted data)'],
        code: 'cp .env.example .env\nphp artisan key:generate\nphp artisan config:clear',
      },
    ],
    references: [
      { title: 'Laravel: Encryption', url: 'https://laravel.com/docs/encryption' },
      { title: 'Laravel: Configuration', url: 'https://laravel.com/docs/configuration' },
    ],
    samples: [
      'Illuminate\\Encryption\\MissingAppKeyException\nNo application encryption key has been specified.',
      '[2019-01-01 10:00:00] local.ERROR: No application encryption key has been specified. {"exception":"[object] (RuntimeException(code: 0): No application encryption key has been specified. at /app/vendor/laravel/framework/src/Illuminate/Encryption/EncryptionServiceProvider.php:44)',
    ],
  },
  {
    id: 'php.laravel-target-class',
    language: 'php',
    match: /Target class \[(?<class>[^\]\n]{1,300})\] does not exist/,
    errorType: 'BindingResolutionException',
    category: 'configuration',
    priority: 35,
    summary: (c) => `Laravel's container cannot find the class ${c.class ?? ''}.`,
    explanation: (c) =>
      `Laravel tried to build ${c.class ?? 'a class'} (typically a controller named in a route) and no such class exists. ` +
      'Since Laravel 8, route strings like "UserController@index" are no longer prefixed with App\\Http\\Controllers automatically, so the name resolves to a global class that does not exist. ' +
      'Typos, wrong namespaces, or a stale autoloader also cause it.',
    causes: [
      'A route uses a string controller name without the full namespace (Laravel 8+)',
      'The class namespace does not match its folder, or the file name differs from the class name',
      'Composer autoloader is stale after moving files',
    ],
    fixes: [
      {
        title: 'Reference controllers by class',
        steps: ['Import the controller and use the array syntax in routes', 'Regenerate the autoloader if you moved files'],
        code: "use App\\Http\\Controllers\\UserController;\n\nRoute::get('/users', [UserController::class, 'index']);\n\ncomposer dump-autoload",
      },
    ],
    references: [
      { title: 'Laravel: Controllers', url: 'https://laravel.com/docs/controllers' },
      { title: 'Laravel: Service container', url: 'https://laravel.com/docs/container' },
    ],
    samples: ['Illuminate\\Contracts\\Container\\BindingResolutionException: Target class [UserController] does not exist. in /app/vendor/laravel/framework/src/Illuminate/Container/Container.php:914'],
  },
  {
    id: 'php.laravel-not-instantiable',
    language: 'php',
    match: /Target \[(?<abstract>[^\]\n]{1,300})\] is not instantiable(?: while building \[(?<building>[^\]\n]{1,300})\])?/,
    errorType: 'BindingResolutionException',
    category: 'configuration',
    priority: 35,
    summary: (c) => `Laravel does not know which implementation of ${c.abstract ?? 'the interface'} to inject.`,
    explanation: (c) =>
      `${c.abstract ?? 'An interface or abstract class'} is type-hinted in a constructor${c.building ? ` (while building ${c.building})` : ''}, ` +
      'but no binding tells the container which concrete class to create. Interfaces and abstract classes cannot be instantiated directly.',
    causes: ['No binding registered in a service provider', 'The provider with the binding is not registered/loaded', 'Configuration cached before the provider was added'],
    fixes: (c) => [
      {
        title: 'Bind the interface to an implementation',
        steps: ['Register the binding in a service provider (AppServiceProvider::register)', 'Clear cached config if providers changed'],
        code: `$this->app->bind(${(c.abstract ?? 'App\\Contracts\\PaymentGateway').split('\\').pop()}::class, StripePaymentGateway::class);`,
      },
    ],
    references: [{ title: 'Laravel: Service container', url: 'https://laravel.com/docs/container' }],
    samples: ['Illuminate\\Contracts\\Container\\BindingResolutionException: Target [App\\Contracts\\PaymentGateway] is not instantiable while building [App\\Http\\Controllers\\CheckoutController].'],
  },
  {
    id: 'php.laravel-csrf-419',
    language: 'php',
    match: /TokenMismatchException|CSRF token mismatch|\b419\b[^\n]{0,10}Page Expired/,
    errorType: 'TokenMismatchException',
    category: 'permission',
    priority: 35,
    summary: 'Laravel rejected the request (419 Page Expired): the CSRF token is missing or does not match the session.',
    explanation:
      'For POST/PUT/PATCH/DELETE requests Laravel compares the _token field or X-CSRF-TOKEN/X-XSRF-TOKEN header with the token stored in the session. ' +
      'A 419 means the token was not sent, or the session it belongs to is gone (expired, cookie not stored because of domain/secure/SameSite settings, session driver problems).',
    causes: [
      'The form lacks @csrf, or an AJAX request does not send the token header',
      'The session expired or the session cookie is not stored (SESSION_DOMAIN, SESSION_SECURE_COOKIE on http, SameSite)',
      'Session storage not writable (storage/framework/sessions) or a changing APP_KEY',
      'A SPA on another domain without Sanctum stateful configuration',
    ],
    fixes: [
      {
        title: 'Send the token',
        steps: ['Add @csrf to Blade forms', 'Send the meta token from JavaScript (axios does it automatically with the XSRF-TOKEN cookie)'],
        code: '<form method="POST" action="/profile">\n    @csrf\n</form>\n\n<meta name="csrf-token" content="{{ csrf_token() }}">',
      },
      {
        title: 'Check session cookie settings',
        steps: ['Verify SESSION_DOMAIN and SESSION_SECURE_COOKIE match how the site is served', 'Make storage/ writable by the web server user'],
        code: null,
      },
    ],
    references: [{ title: 'Laravel: CSRF protection', url: 'https://laravel.com/docs/csrf' }],
    samples: [
      'Illuminate\\Session\\TokenMismatchException: CSRF token mismatch. in /app/vendor/laravel/framework/src/Illuminate/Foundation/Http/Middleware/VerifyCsrfToken.php:83',
      'POST https://app.test/login 419 (Page Expired)',
    ],
  },
  {
    id: 'php.failed-open-stream',
    language: 'php',
    match: thrownRegex(
      String.raw`(?:The stream or file "(?<stream>[^"\n]{1,300})" could not be opened[^\n]{0,60}?|(?<![\w])(?<function>\w{1,60})\((?<file>[^)\n]{0,300})\)): [Ff]ailed to open stream: (?<reason>Permission denied|No such file or directory|Is a directory|[^\n]{1,100})`,
    ),
    errorType: (c) => (c.next ?? c.thrown ? shortName(c.next ?? c.thrown ?? '') : c.stream ? 'UnexpectedValueException' : 'failed to open stream'),
    category: 'io',
    priority: 25,
    summary: (c) => `PHP could not open ${c.stream ?? c.file ?? 'a file'}: ${c.reason ?? 'failed to open stream'}.`,
    explanation: (c) =>
      `${c.function ? `${c.function}()` : 'PHP'} tried to open ${c.stream ?? c.file ?? 'a file'} and the system answered "${c.reason ?? ''}". ` +
      (c.reason && /Permission denied/i.test(c.reason)
        ? 'The web server/PHP-FPM user (www-data, nginx, apache) may not write there — typical for storage/ and bootstrap/cache in Laravel or uploads directories.'
        : 'Relative paths are resolved against the current working directory or include_path, not the current file; use __DIR__ to build paths.'),
    causes: [
      'The PHP process user lacks read/write permission on the file or directory',
      'Relative path resolved from another working directory',
      'The file or directory does not exist (not deployed, not created yet)',
      'SELinux/AppArmor or open_basedir restrictions',
    ],
    fixes: [
      {
        title: 'Fix permissions for the PHP user',
        steps: ['Find the user PHP runs as', 'Give it ownership or write access to the writable directories only'],
        code: 'sudo chown -R www-data:www-data storage bootstrap/cache\nsudo chmod -R ug+rwX storage bootstrap/cache',
      },
      {
        title: 'Use absolute paths',
        steps: ['Build paths from __DIR__'],
        code: "require __DIR__ . '/../config/app.php';",
      },
    ],
    references: [
      { title: 'PHP manual: fopen', url: `${PHP_MANUAL}/function.fopen.php` },
      { title: 'Laravel: Installation (directory permissions)', url: 'https://laravel.com/docs/installation' },
    ],
    samples: [
      'The stream or file "/var/www/html/storage/logs/laravel.log" could not be opened in append mode: Failed to open stream: Permission denied',
      "PHP Warning:  require(config/app.php): Failed to open stream: No such file or directory in /var/www/html/public/index.php on line 3",
    ],
  },
  {
    id: 'php.argument-count',
    language: 'php',
    match: /Too (?<many>few|many) arguments to function (?<function>[\w\\:]{1,300})\(\), (?<passed>\d{1,3}) passed(?: in (?<caller>\S{1,300}) on line (?<callerLine>\d{1,7}))? and (?:exactly|at least|at most) (?<expected>\d{1,3}) expected|(?<internal>\w{1,100})\(\) expects (?:exactly|at least|at most) (?<count>\d{1,3}) arguments?, (?<given>\d{1,3}) given/,
    errorType: 'ArgumentCountError',
    category: 'type',
    priority: 30,
    summary: (c) =>
      c.internal
        ? `${c.internal}() was called with ${c.given ?? 'the wrong number of'} arguments; it expects ${c.count ?? 'another number'}.`
        : `${c.function ?? 'A function'}() got ${c.passed ?? 'too few'} argument(s) but needs ${c.expected ?? 'more'}.`,
    explanation: (c) =>
      `PHP checks the number of arguments on every call and throws ArgumentCountError when required parameters are missing${c.caller ? `; the call is in ${c.caller} line ${c.callerLine ?? '?'}` : ''}. ` +
      'Typical reasons: the function signature gained a parameter and not every caller was updated, a framework calls your method with fewer arguments than it declares ' +
      '(a Laravel route without the {parameter} the controller expects, a listener or job constructor), or a parent constructor is called without its arguments.',
    causes: [
      'A parameter was added to the function but a caller still passes the old number',
      'A route, event or callback calls the method with fewer arguments than it declares',
      'parent::__construct() or a factory called without the required arguments',
    ],
    fixes: (c) => [
      {
        title: `Pass what ${c.function ?? c.internal ?? 'the function'}() requires, or give the parameter a default`,
        steps: [
          c.caller ? `Open ${c.caller} line ${c.callerLine ?? '?'} (the caller) and pass the missing argument` : 'Open the caller (first frame of the stack trace) and pass the missing argument',
          'If the argument is optional, give the parameter a default value',
        ],
        code: `${bare(c.function ?? c.internal, 'handle')}($first, $second);\n\n// or make the last parameter optional\nfunction ${bare(c.function ?? c.internal, 'handle').split('::').pop()}($first, $second = null) { /* ... */ }`,
      },
    ],
    references: [
      { title: 'PHP manual: ArgumentCountError', url: `${PHP_MANUAL}/class.argumentcounterror.php` },
      { title: 'PHP manual: Function arguments', url: `${PHP_MANUAL}/functions.arguments.php` },
    ],
    samples: [
      'PHP Fatal error:  Uncaught ArgumentCountError: Too few arguments to function NDB_BVL_Instrument::getInstrumentsList(), 0 passed in /var/www/html/tools/fix_candidate_age.php on line 22 and exactly 1 expected in /var/www/html/php/libraries/NDB_BVL_Instrument.class.inc:2986',
      '[2022-01-01 00:00:00] local.ERROR: Too few arguments to function App\\Http\\Controllers\\PostController::update(), 1 passed in /app/vendor/laravel/framework/src/Illuminate/Routing/Controller.php on line 54 and exactly 2 expected {"exception":"[object] (ArgumentCountError(code: 0): Too few arguments',
      'PHP Fatal error:  Uncaught ArgumentCountError: strlen() expects exactly 1 argument, 0 given in /var/www/a.php:3',
    ],
  },
  {
    id: 'php.type-error-operation',
    language: 'php',
    match: /(?<unsupported>Unsupported operand types)(?:: (?<left>[\w\\]{1,100}) (?<op>\S{1,3}) (?<right>[\w\\]{1,100}))?|Cannot assign (?<given>[\w\\]{1,100}) to property (?<property>[\w\\]{1,200}::\$\w{1,100}) of type (?<expected>\S{1,100})|(?:Illegal offset type|Cannot access offset of type (?<offset>[\w\\]{1,100}) on (?<container>[\w\\]{1,100}))/,
    errorType: (c) => (c.left || c.property || c.offset || !c.unsupported ? 'TypeError' : 'Unsupported operand types'),
    category: 'type',
    priority: 28,
    summary: (c) =>
      c.unsupported
        ? `An arithmetic operator got operands it cannot combine${c.op ? ` (${c.left ?? '?'} ${c.op} ${c.right ?? '?'})` : ''}.`
        : c.property
          ? `${c.property} is declared ${c.expected ?? 'with a type'} and cannot hold ${c.given ?? 'this value'}.`
          : `A value of type ${c.offset ?? 'object/array'} cannot be used as an array key${c.container ? ` on ${c.container}` : ''}.`,
    explanation: (c) =>
      (c.unsupported
        ? `PHP throws TypeError (PHP 7: an Error "Unsupported operand types") when an arithmetic operator gets operands it cannot handle${c.op ? ` (${c.left ?? '?'} ${c.op} ${c.right ?? '?'})` : ''}: an array where a number was expected, or null/strings from a missing value. `
        : c.property
          ? `Typed properties are checked on every assignment: ${c.given ?? 'the value'} does not match ${c.expected ?? 'the declared type'}. A nullable type (?${c.expected ?? 'Type'}) accepts null. `
          : 'Array keys must be int or string: an object, array or null was used as a key. ') +
      'Dump the value just before the failing line to see what it really is.',
    causes: ['A value has another type than the code assumes (array vs number, null from a missing input)', 'A lookup returned null or an array', 'The declared type is narrower than the data (missing ? for nullable)'],
    fixes: (c) => [
      {
        title: c.property ? `Assign ${c.property} a ${c.expected ?? 'matching'} value or widen its type` : 'Convert or check the value first',
        steps: ['Dump the value before the failing line (var_dump/dd)', 'Convert explicitly, or handle the missing/other-typed case'],
        code: c.property
          ? `private ?${c.expected ?? 'string'} $${(c.property.split('$').pop() ?? 'name')} = null;   // ${c.property}`
          : c.unsupported
            ? `// ${c.left ?? 'array'} ${c.op ?? '+'} ${c.right ?? 'int'}\n$total = (int) ($a ?? 0) ${c.op ?? '+'} (int) ($b ?? 0);\nvar_dump($a, $b);`
            : `$key = is_scalar($key) ? $key : (string) $key->id;   // offset of type ${c.offset ?? 'object'}\n$value = $array[$key] ?? null;`,
      },
    ],
    references: [
      { title: 'PHP manual: TypeError', url: `${PHP_MANUAL}/class.typeerror.php` },
      { title: 'PHP manual: Type declarations', url: `${PHP_MANUAL}/language.types.declarations.php` },
    ],
    samples: [
      'PHP Fatal error:  Uncaught TypeError: Unsupported operand types: string + int in /var/www/html/calc.php:5\nStack trace:\n#0 {main}\n  thrown in /var/www/html/calc.php on line 5',
      'Fatal error: Uncaught TypeError: Cannot assign null to property App\\Entity\\User::$name of type string in /app/src/Entity/User.php:40',
      'PHP Fatal error:  Uncaught Error: Unsupported operand types in /var/www/html/cart.php:41',
    ],
  },
  {
    id: 'php.division-by-zero',
    language: 'php',
    match: /^(?=(?:[\s\S]{0,12000}?(?<dbz>DivisionByZeroError))?)[\s\S]*?(?<op>Division|Modulo) by zero/,
    errorType: (c) => (c.dbz ? 'DivisionByZeroError' : 'Division by zero'),
    category: 'runtime',
    priority: 30,
    summary: (c) => `${c.op ?? 'Division'} by zero: the divisor is 0.`,
    explanation: (c) =>
      `${c.dbz ? 'PHP 8 throws DivisionByZeroError' : 'PHP 7 warns (and returns false/INF)'} when the right-hand side of / or % is 0. ` +
      'The divisor usually comes from data: an empty list (count() = 0), a total of zero, a missing setting read as 0.',
    causes: ['Dividing by count() of an empty array or a zero total', 'A configuration value or input missing and read as 0'],
    fixes: [
      {
        title: 'Guard the divisor',
        steps: ['Check the divisor before dividing and decide what the result should be for 0'],
        code: '$average = $count > 0 ? $sum / $count : 0;\n$ratio = intdiv($a, max(1, $b));   // or fdiv($a, $b) for INF/NAN instead of an error',
      },
    ],
    references: [{ title: 'PHP manual: DivisionByZeroError', url: `${PHP_MANUAL}/class.divisionbyzeroerror.php` }],
    samples: ['PHP Fatal error:  Uncaught DivisionByZeroError: Division by zero in /var/www/html/stats.php:20', 'Warning: Division by zero in /var/www/html/report.php on line 44'],
  },
  {
    id: 'php.property-of-non-object',
    language: 'php',
    match: /(?<phrase>Attempt to (?:read|assign|increment\/decrement|modify) property) "(?<property>\w{1,200})" on (?<given>null|bool|true|false|int|float|string|array)\b|(?<old>Trying to get property)(?: '(?<property2>\w{1,200})')? of non-object|(?<create>Creating default object from empty value)/,
    errorType: (c) => (c.phrase ? `${c.phrase} on ${c.given ?? 'null'}` : c.old ? 'Trying to get property of non-object' : 'Creating default object from empty value'),
    category: 'null',
    priority: 28,
    summary: (c) => `The code reads ->${c.property ?? c.property2 ?? 'property'} on ${c.given ?? 'a value that is not an object'} (usually null).`,
    explanation: (c) =>
      `->${c.property ?? c.property2 ?? 'property'} needs an object, but the value before the arrow is ${c.given ?? 'not an object (usually null)'}. ` +
      'A lookup found nothing (get_post(), a query, a relation without a row), json_decode returned null, or a variable was never set. ' +
      'PHP 8 reports reads as a warning ("Attempt to read property … on null") and writes as an Error; PHP 7 called it "Trying to get property of non-object".',
    causes: ['A lookup (query, relation, get_post(), find()) returned null', 'The variable holds an array or false instead of an object', 'Missing input or configuration'],
    fixes: (c) => {
      const prop = c.property ?? c.property2 ?? 'id';
      return [
        {
          title: `Check the object before reading ->${prop}`,
          steps: ['Find where the value before the arrow is assigned', 'Handle the "not found" case, or use the nullsafe operator when null is acceptable'],
          code: `$value = $object?->${prop};            // PHP 8: null instead of a warning\nif (!is_object($object)) { return; }   // or fail early\n$value = $object->${prop};`,
        },
      ];
    },
    references: [
      { title: 'PHP manual: Nullsafe operator', url: `${PHP_MANUAL}/language.oop5.basic.php#language.oop5.basic.nullsafe` },
      { title: 'PHP manual: Objects', url: `${PHP_MANUAL}/language.types.object.php` },
    ],
    samples: [
      'PHP Warning:  Attempt to read property "id" on null in /var/www/html/wp-content/plugins/x/x.php on line 88',
      "Notice: Trying to get property 'ID' of non-object in /var/www/html/wp-content/themes/t/functions.php on line 12",
    ],
  },
  {
    id: 'php.undefined-property',
    language: 'php',
    match: /Undefined property: (?<class>[\w\\]{1,300})::\$(?<property>\w{1,200})/,
    errorType: 'Undefined property',
    category: 'name',
    priority: 28,
    summary: (c) => `${c.class ?? 'The object'} has no property $${c.property ?? ''}.`,
    explanation: (c) =>
      `The code reads ->${c.property ?? 'property'} on an object of class ${c.class ?? '?'}, and that property was never declared or set. ` +
      'With stdClass from json_decode the field is missing from the JSON; on your own classes it is a typo, a property never assigned, or (PHP 8.2+) a dynamic property that is no longer created implicitly.',
    causes: ['The JSON/API response has no such field', 'Typo or renamed property', 'The property is only set on some code paths'],
    fixes: (c) => [
      {
        title: `Declare or check ${c.property ?? 'the property'} on ${c.class ?? 'the class'}`,
        steps: ['Declare the property with a default in the class, or check that it exists before reading'],
        code: `$value = $obj->${c.property ?? 'name'} ?? null;   // ${c.class ?? 'stdClass'}\nif (property_exists($obj, '${c.property ?? 'name'}')) { /* ... */ }`,
      },
    ],
    references: [{ title: 'PHP manual: Properties', url: `${PHP_MANUAL}/language.oop5.properties.php` }],
    samples: ['PHP Warning:  Undefined property: stdClass::$name in /var/www/html/show.php on line 9', 'Notice: Undefined property: App\\Models\\User::$roles in /app/app/Policies/PostPolicy.php on line 12'],
  },
  {
    id: 'php.undefined-constant',
    language: 'php',
    match: /Undefined constant "?(?<constant>[\w\\:]{1,300})"?|Use of undefined constant (?<constant2>\w{1,200}) - assumed/,
    errorType: 'Undefined constant',
    category: 'name',
    priority: 30,
    summary: (c) => `The constant ${c.constant ?? c.constant2 ?? ''} is not defined.`,
    explanation: (c) =>
      `PHP looked up the constant ${c.constant ?? c.constant2 ?? ''} and found no define()/const with that name. ` +
      'Before PHP 8 an unknown constant was treated as a string (a warning "assumed"); since PHP 8 it is an Error. ' +
      'Common causes: an array key written without quotes ($row[name]), a config file that defines it not being loaded (wp-config.php, a .env-driven config), or a missing extension that defines it.',
    causes: ['A bare word used as a string (missing quotes around an array key)', 'The file that defines the constant is not included', 'A class constant referenced without its class'],
    fixes: (c) => [
      {
        title: `Define ${c.constant ?? c.constant2 ?? 'the constant'} or quote the string`,
        steps: ['If it is meant as text, quote it', 'Otherwise include the file that defines it, or define it'],
        code: `$value = $row['${(c.constant ?? c.constant2 ?? 'name').split(/\\|::/).pop()}'];   // quoted array key\ndefined('${c.constant ?? c.constant2 ?? 'NAME'}') || define('${c.constant ?? c.constant2 ?? 'NAME'}', 'value');`,
      },
    ],
    references: [{ title: 'PHP manual: Constants', url: `${PHP_MANUAL}/language.constants.php` }],
    samples: ['PHP Fatal error:  Uncaught Error: Undefined constant "DB_HOST" in /var/www/config.php:4', "Warning: Use of undefined constant name - assumed 'name' (this will throw an Error in a future version of PHP) in /var/www/html/list.php on line 7"],
  },
  {
    id: 'php.out-of-memory',
    language: 'php',
    match: /Out of memory \(allocated (?<allocated>\d{1,20})\)(?: \(tried to allocate (?<tried>\d{1,20}) bytes\))?/,
    errorType: 'Out of memory',
    category: 'memory',
    priority: 35,
    summary: (c) => `The operating system refused PHP more memory${c.allocated ? ` after ${Math.round(Number(c.allocated) / 1048576)} MB` : ''}.`,
    explanation:
      'Unlike "Allowed memory size … exhausted", this is not PHP\'s memory_limit: the process could not get memory from the system at all (container memory limit, no swap, ulimit, or memory_limit=-1 with a runaway script).',
    causes: ['The container/VM memory limit is reached', 'memory_limit = -1 lets a runaway script use all memory', 'Many PHP-FPM workers together exhaust RAM'],
    fixes: [
      {
        title: 'Reduce memory use or give the process more',
        steps: ['Set a finite memory_limit so PHP fails early with a clear error', 'Process large data in chunks', 'Raise the container/VM memory or lower pm.max_children'],
        code: 'php -d memory_limit=512M script.php\ndocker stats   # check the container limit',
      },
    ],
    references: [{ title: 'PHP manual: memory_limit', url: `${PHP_MANUAL}/ini.core.php#ini.memory-limit` }],
    samples: ['PHP Fatal error:  Out of memory (allocated 2097152) (tried to allocate 4096 bytes) in /var/www/html/index.php on line 10'],
  },
  {
    id: 'php.nesting-level',
    language: 'php',
    match: /Maximum function nesting level of '(?<level>\d{1,7})' reached, aborting!/,
    errorType: 'Maximum function nesting level reached',
    category: 'runtime',
    priority: 35,
    summary: (c) => `Xdebug stopped the script at ${c.level ?? 'its'} nested function calls.`,
    explanation: (c) =>
      `Xdebug limits the call depth (xdebug.max_nesting_level = ${c.level ?? '?'}) to catch infinite recursion. Either a function calls itself without end (a recursive relation, __get calling itself, a service depending on itself), or legitimate deep recursion needs a higher limit.`,
    causes: ['Infinite recursion', 'Deep but legitimate recursion (large trees, parsers) under Xdebug'],
    fixes: [
      {
        title: 'Find the recursion or raise the limit',
        steps: ['Read the repeating frames of the stack trace to find the loop', 'For legitimate deep recursion, raise the limit in php.ini, or disable Xdebug in production'],
        code: 'xdebug.max_nesting_level=512',
      },
    ],
    references: [{ title: 'Xdebug: max_nesting_level', url: 'https://xdebug.org/docs/all_settings#max_nesting_level' }],
    samples: ["PHP Fatal error:  Maximum function nesting level of '256' reached, aborting! in /app/vendor/laravel/framework/src/Illuminate/Container/Container.php on line 700"],
  },
  {
    id: 'php.symfony-class-not-found',
    language: 'php',
    match: thrownRegex(String.raw`Attempted to load (?<kind>class|interface|trait) "(?<class>[^"\n]{1,200})" from (?:namespace "(?<namespace>[^"\n]{1,200})"|the global namespace)`),
    errorType: thrownOr('ClassNotFoundError'),
    category: 'name',
    priority: 32,
    summary: (c) => `Symfony could not load the ${c.kind ?? 'class'} ${c.namespace ? `${c.namespace}\\` : ''}${c.class ?? ''}.`,
    explanation: (c) =>
      `Symfony's error handler turned PHP's "Class not found" into ${c.error_type}: no autoloader knows ${c.class ?? 'the class'}${c.namespace ? ` in namespace ${c.namespace}` : ' in the global namespace'}. ` +
      'A missing `use` statement, a package that is not installed (or a PHP extension such as redis, amqp, intl whose classes are global), or a stale autoloader.',
    causes: ['Missing `use` statement', 'Package or PHP extension not installed', 'PSR-4 path/case mismatch or stale autoloader'],
    fixes: (c) => [
      {
        title: `Make ${c.class ?? 'the class'} loadable`,
        steps: ['Add the `use` statement, or install the package/extension that provides it', 'Regenerate the autoloader and clear the cache'],
        code: `use ${c.namespace ? `${c.namespace}\\` : ''}${c.class ?? 'Foo'};\n\ncomposer dump-autoload\nphp bin/console cache:clear\nphp -m | grep -i ${(c.class ?? 'redis').toLowerCase()}`,
      },
    ],
    references: [{ title: 'Composer: autoload (PSR-4)', url: 'https://getcomposer.org/doc/04-schema.md#autoload' }],
    samples: ['PHP Fatal error:  Uncaught Symfony\\Component\\ErrorHandler\\Error\\ClassNotFoundError: Attempted to load class "Redis" from the global namespace.\nDid you forget a "use" statement? in /app/src/Kernel.php:30'],
  },
  {
    id: 'php.symfony-undefined-call',
    language: 'php',
    match: thrownRegex(String.raw`Attempted to call (?:an undefined method named "(?<method>\w{1,200})" of class "(?<class>[^"\n]{1,300})"|(?:an undefined )?function (?:named )?"(?<function>\w{1,200})" (?:from|of) (?:namespace "(?<namespace>[^"\n]{1,200})"|the global namespace))`),
    errorType: (c) => thrownOr(c.method ? 'UndefinedMethodError' : 'UndefinedFunctionError')(c),
    category: 'name',
    priority: 32,
    summary: (c) => (c.method ? `${c.class ?? 'The class'} has no method ${c.method}().` : `The function ${c.function ?? ''}() is not defined.`),
    explanation: (c) =>
      `Symfony's error handler reports PHP's "Call to undefined ${c.method ? 'method' : 'function'}" as ${c.error_type}. ` +
      (c.method
        ? 'The object is of another class than expected, the method was renamed in a newer version of a package (e.g. getUsername() → getUserIdentifier() in Symfony 5.3+), or it is misspelt.'
        : 'The function belongs to a PHP extension that is not enabled, to a file that is not loaded, or is misspelt.'),
    causes: ['Method or function renamed/removed in the version you run', 'Object of another class than expected', 'Missing PHP extension or helper file'],
    fixes: (c) => [
      {
        title: c.method ? `Call an existing method of ${c.class ?? 'the class'}` : `Make ${c.function ?? 'the function'}() available`,
        steps: ['Check the upgrade notes of the package for renamed methods', 'Dump the class of the object, or check the loaded extensions'],
        code: c.method
          ? `var_dump(method_exists($object, '${c.method}'));   // ${c.class ?? ''}`
          : `php -r 'var_dump(function_exists("${c.function ?? 'foo'}"));'\nphp -m`,
      },
    ],
    references: [{ title: 'Symfony: ErrorHandler component', url: 'https://symfony.com/doc/current/components/error_handler.html' }],
    samples: ['Symfony\\Component\\ErrorHandler\\Error\\UndefinedMethodError: Attempted to call an undefined method named "getUsername" of class "App\\Entity\\User". in /app/src/Security/Voter.php:20'],
  },
  {
    id: 'php.reflection-class-missing',
    language: 'php',
    match: thrownRegex(String.raw`\bClass "?(?<class>[A-Za-z_\\][\w\\]{0,300})"? does not exist`),
    errorType: thrownOr('ReflectionException'),
    category: 'name',
    priority: 32,
    summary: (c) => `The class ${c.class ?? ''} does not exist (${c.error_type}).`,
    explanation: (c) =>
      `Reflection (used by Laravel's container, routing, seeders and Symfony's DI) was asked for ${c.class ?? 'a class'} and the autoloader could not load it. ` +
      'Usually a controller, seeder, command or listener named in a route/config with the wrong namespace, a file whose name or namespace does not match its class, or an autoloader that was not regenerated after adding the class.',
    causes: ['Wrong namespace or class name in a route, config or container binding', 'File name/namespace does not match PSR-4 (case matters on Linux)', 'Autoloader not regenerated (classmap for database/seeds in old Laravel)'],
    fixes: (c) => [
      {
        title: `Make ${c.class ?? 'the class'} autoloadable`,
        steps: ['Check the namespace and file path of the class', 'Reference it by its ::class constant so typos fail early', 'Regenerate the autoloader and clear caches'],
        code: `// ${c.class ?? 'App\\Http\\Controllers\\UserController'}\nuse ${(c.class ?? 'App\\Http\\Controllers\\UserController').replace(/^\\+/, '')};\n\ncomposer dump-autoload\nphp artisan optimize:clear`,
      },
    ],
    references: [
      { title: 'PHP manual: ReflectionException', url: `${PHP_MANUAL}/class.reflectionexception.php` },
      { title: 'Composer: autoload (PSR-4)', url: 'https://getcomposer.org/doc/04-schema.md#autoload' },
    ],
    samples: [
      '[2020-03-27 05:20:14] local.ERROR: Class App\\Http\\Controllers\\LaravelLoggerController does not exist {"exception":"[object] (ReflectionException(code: -1): Class App\\\\Http\\\\Controllers\\\\LaravelLoggerController does not exist at D:\\\\xampp\\\\htdocs\\\\blog1\\\\vendor\\\\laravel\\\\framework\\\\src\\\\Illuminate\\\\Container\\\\Container.php:788)',
      '  [ReflectionException]\n  Class DatabaseSeeder does not exist',
    ],
  },
  {
    id: 'php.http-not-found',
    language: 'php',
    match: thrownRegex(String.raw`No route found for "(?<route>[^"\n]{1,200})"(?!: Method Not Allowed)|The route (?<path>\S{1,200}) could not be found|\bNotFoundHttpException\b`),
    errorType: thrownOr('NotFoundHttpException'),
    category: 'configuration',
    priority: 30,
    summary: (c) => `No route matches ${c.route ?? c.path ?? 'the requested URL'} (404, ${c.error_type}).`,
    explanation: (c) =>
      `The router found no route for ${c.route ?? c.path ?? 'the request'}, so the framework answered 404 with ${c.error_type}. ` +
      'The URL has a typo or a prefix the route does not have (/public, /index.php, /app_dev.php, a locale), the route is defined in a file that is not loaded, the route cache is stale, ' +
      'or (Laravel) a model bound to the route was not found (No query results for model). Requests for /favicon.ico or robots.txt produce this too and are harmless.',
    causes: ['URL and route definition differ (prefix, trailing slash, locale, HTTP method)', 'Stale route cache', 'The web server does not rewrite to the front controller (index.php)', 'A route-model binding that found no row'],
    fixes: (c) => [
      {
        title: `Compare ${c.route ?? c.path ?? 'the URL'} with the defined routes`,
        steps: ['List the routes the app really has', 'Clear the route cache after changing routes', 'Make the web server send all requests to the front controller'],
        code: `php artisan route:list | grep -i "${(c.route ?? c.path ?? '/login').replace(/^[A-Z]+ /, '')}"\nphp artisan route:clear\n# Symfony\nphp bin/console debug:router`,
      },
    ],
    references: [
      { title: 'Laravel: Routing', url: 'https://laravel.com/docs/routing' },
      { title: 'Symfony: Routing', url: 'https://symfony.com/doc/current/routing.html' },
    ],
    samples: [
      '[2014-06-15 23:01:43] request.ERROR: Uncaught PHP Exception Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException: "No route found for "GET /web/app.php/en/login"" at C:\\myXPOnline\\app\\cache\\prod\\classes.php line 1883',
      'Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException: The route api/users could not be found. in /app/vendor/laravel/framework/src/Illuminate/Routing/AbstractRouteCollection.php:44',
    ],
  },
  {
    id: 'php.http-method-not-allowed',
    language: 'php',
    match: thrownRegex(String.raw`The (?<method>GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) method is not supported for (?:this route|route (?<route>\S{1,200}))\.(?: Supported methods: (?<allowed>[A-Z, ]{1,60}))?|No route found for "(?<route2>[^"\n]{1,200})": Method Not Allowed|\bMethodNotAllowedHttpException\b`),
    errorType: thrownOr('MethodNotAllowedHttpException'),
    category: 'configuration',
    priority: 31,
    summary: (c) => `${c.method ?? 'This HTTP method'} is not allowed for ${c.route ?? c.route2 ?? 'this route'}${c.allowed ? ` (allowed: ${c.allowed})` : ''}.`,
    explanation: (c) =>
      `A route exists for this URL, but not for the HTTP method ${c.method ?? 'used'}${c.allowed ? `; it accepts ${c.allowed}` : ''}. ` +
      'Typical: a form posting to a GET-only route, opening a POST-only URL in the browser (including a redirect back after a failed validation), a missing @method(\'PUT\') in a Blade form, or a cached route list.',
    causes: ['Form method and route method differ', 'Method spoofing (@method) missing for PUT/PATCH/DELETE', 'Opening a POST route by URL, or a redirect to it', 'Stale route cache'],
    fixes: (c) => [
      {
        title: `Send ${c.allowed ?? 'the method the route accepts'} or add a ${c.method ?? 'GET'} route`,
        steps: ['Check the route definition and the form/request method', 'Use @method for PUT/PATCH/DELETE in HTML forms', 'Clear the route cache'],
        code: `Route::match(['${(c.method ?? 'GET').toLowerCase()}', 'post'], '/profile', [ProfileController::class, 'update']);\n\n<form method="POST" action="/profile">\n    @csrf\n    @method('PUT')\n</form>\n\nphp artisan route:clear`,
      },
    ],
    references: [{ title: 'Laravel: Routing (form method spoofing)', url: 'https://laravel.com/docs/routing#form-method-spoofing' }],
    samples: ['Symfony\\Component\\HttpKernel\\Exception\\MethodNotAllowedHttpException: The GET method is not supported for this route. Supported methods: POST. in file /var/www/vendor/laravel/framework/src/Illuminate/Routing/AbstractRouteCollection.php on line 117'],
  },
  {
    id: 'php.laravel-model-not-found',
    language: 'php',
    match: thrownRegex(String.raw`No query results for model \[(?<class>[^\]\n]{1,300})\](?: (?<ids>[^\n{"]{1,100}))?`),
    errorType: thrownOr('ModelNotFoundException'),
    category: 'database',
    priority: 33,
    summary: (c) => `No ${c.class ?? 'model'} row found${c.ids ? ` for ${c.ids.trim()}` : ''} (${c.error_type}).`,
    explanation: (c) =>
      `findOrFail()/firstOrFail() or route-model binding looked for ${c.class ?? 'a model'}${c.ids ? ` with key ${c.ids.trim()}` : ''} and found no row. ` +
      'In an HTTP request Laravel turns this into a 404 (NotFoundHttpException). The id does not exist in this database, is soft-deleted, or a global scope (tenant, published) hides it.',
    causes: ['The id does not exist (deleted, other environment, wrong parameter)', 'Soft-deleted row or a global scope filters it out', 'Route parameter name differs from the controller argument'],
    fixes: (c) => [
      {
        title: `Handle the missing ${bare(c.class, 'model')}`,
        steps: ['Check that the row exists in the database the app uses', 'Use find() and handle null when a missing row is normal', 'Include trashed rows if soft-deleted ones should resolve'],
        code: `$model = ${bare(c.class, 'Post')}::find($id) ?? abort(404);\n${bare(c.class, 'Post')}::withTrashed()->findOrFail($id);`,
      },
    ],
    references: [{ title: 'Laravel: Eloquent (not found exceptions)', url: 'https://laravel.com/docs/eloquent#not-found-exceptions' }],
    samples: ['[2021-02-02 11:11:11] production.ERROR: No query results for model [App\\Models\\Post] 15 {"exception":"[object] (Illuminate\\\\Database\\\\Eloquent\\\\ModelNotFoundException(code: 0): No query results for model [App\\\\Models\\\\Post] 15 at /app/vendor/laravel/framework/src/Illuminate/Database/Eloquent/Builder.php:470)'],
  },
  {
    id: 'php.laravel-route-not-defined',
    language: 'php',
    match: thrownRegex(String.raw`Route \[(?<name>[^\]\n]{1,200})\] not defined`),
    errorType: thrownOr('RouteNotFoundException'),
    category: 'configuration',
    priority: 33,
    summary: (c) => `No route is named ${c.name ?? ''} (${c.error_type}).`,
    explanation: (c) =>
      `route('${c.name ?? ''}') or a redirect asked for a named route that does not exist. ` +
      (c.name === 'login'
        ? 'For "login" this usually comes from the auth middleware redirecting an unauthenticated request: an API call without Accept: application/json, or an app without a login route.'
        : 'The route has another name, is defined in a file that is not loaded, or the route cache is stale.'),
    causes: ['No route with that name (typo, renamed, prefix added by a group ->name())', 'Auth middleware redirecting to "login" when none exists (API requests without Accept: application/json)', 'Stale route cache'],
    fixes: (c) => [
      {
        title: `Define or reference the route ${c.name ?? ''} correctly`,
        steps: ['List the route names', 'Name the route, or fix the reference', 'For APIs send Accept: application/json so unauthenticated requests get 401 instead of a redirect'],
        code: `php artisan route:list --name=${c.name ?? 'login'}\nRoute::get('/${c.name ?? 'login'}', [LoginController::class, 'show'])->name('${c.name ?? 'login'}');`,
      },
    ],
    references: [{ title: 'Laravel: Named routes', url: 'https://laravel.com/docs/routing#named-routes' }],
    samples: ['Symfony\\Component\\Routing\\Exception\\RouteNotFoundException: Route [login] not defined. in file /app/vendor/laravel/framework/src/Illuminate/Routing/UrlGenerator.php on line 444'],
  },
  {
    id: 'php.laravel-view-not-found',
    language: 'php',
    match: thrownRegex(String.raw`View \[(?<view>[^\]\n]{1,200})\] not found`),
    errorType: thrownOr('InvalidArgumentException'),
    category: 'configuration',
    priority: 33,
    summary: (c) => `Laravel cannot find the view ${c.view ?? ''}.`,
    explanation: (c) =>
      `view('${c.view ?? ''}') (or @extends/@include) names a Blade template that is not in resources/views${c.view ? ` (expected ${c.view.replace(/\./g, '/')}.blade.php)` : ''}. ` +
      'Dots are directory separators; names are case-sensitive on Linux; a package view needs its namespace (package::view); cached views or config may point elsewhere.',
    causes: ['Typo or wrong directory in the view name', 'Case differs from the file on Linux', 'View of a package without its namespace, or views not published'],
    fixes: (c) => [
      {
        title: `Create or fix the view ${c.view ?? ''}`,
        steps: ['Check that the file exists with exactly that path and case', 'Clear compiled views and cached config'],
        code: `ls resources/views/${(c.view ?? 'layouts.app').replace(/\./g, '/')}.blade.php\nphp artisan view:clear && php artisan config:clear`,
      },
    ],
    references: [{ title: 'Laravel: Views', url: 'https://laravel.com/docs/views' }],
    samples: ['[2020-02-02 02:02:02] local.ERROR: View [layouts.app] not found. {"exception":"[object] (InvalidArgumentException(code: 0): View [layouts.app] not found. at /app/vendor/laravel/framework/src/Illuminate/View/FileViewFinder.php:137)'],
  },
  {
    id: 'php.laravel-mass-assignment',
    language: 'php',
    match: thrownRegex(String.raw`Add \[(?<field>[^\]\n]{1,200})\] to fillable property to allow mass assignment on \[(?<class>[^\]\n]{1,300})\]|\bMassAssignmentException\b`),
    errorType: thrownOr('MassAssignmentException'),
    category: 'configuration',
    priority: 33,
    summary: (c) => `${c.class ?? 'The model'} does not allow mass assignment of ${c.field ?? 'this attribute'}.`,
    explanation: (c) =>
      `create()/fill()/update() with an array only sets attributes listed in $fillable (or not in $guarded). ${c.field ?? 'The attribute'} is not fillable on ${c.class ?? 'the model'}, and the model is configured to throw instead of silently dropping it.`,
    causes: ['The attribute is missing from $fillable', 'Model::preventSilentlyDiscardingAttributes() or $guarded = [\'*\'] in effect'],
    fixes: (c) => [
      {
        title: `Allow ${c.field ?? 'the attribute'} on ${bare(c.class, 'the model')}`,
        steps: ['Add the attribute to $fillable (only attributes users may set)', 'Or set it explicitly instead of mass assigning it'],
        code: `// ${c.class ?? 'App\\Models\\Post'}\nprotected $fillable = ['${c.field ?? 'title'}'];`,
      },
    ],
    references: [{ title: 'Laravel: Mass assignment', url: 'https://laravel.com/docs/eloquent#mass-assignment' }],
    samples: ['Illuminate\\Database\\Eloquent\\MassAssignmentException: Add [title] to fillable property to allow mass assignment on [App\\Models\\Post]. in /app/vendor/laravel/framework/src/Illuminate/Database/Eloquent/Model.php:332'],
  },
  {
    id: 'php.symfony-service-not-found',
    language: 'php',
    match: thrownRegex(String.raw`You have requested a non-existent (?:service|parameter) "(?<service>[^"\n]{1,200})"`),
    errorType: thrownOr('ServiceNotFoundException'),
    category: 'configuration',
    priority: 33,
    summary: (c) => `The Symfony container has no service ${c.service ?? ''}.`,
    explanation: (c) =>
      `Something fetched ${c.service ?? 'a service'} from the container (get(), a service reference in YAML/XML, a bundle), and it is not defined or was removed/inlined because it is private. ` +
      'Since Symfony 4, services are private by default: fetch them by dependency injection instead of $container->get(); a bundle that defines it may not be enabled in config/bundles.php.',
    causes: ['Service id typo or renamed', 'Private service fetched with $container->get()', 'The bundle/package defining it is not installed or enabled'],
    fixes: (c) => [
      {
        title: `Define or inject ${c.service ?? 'the service'}`,
        steps: ['Look the id up in the container', 'Inject it through the constructor (autowiring) instead of fetching it', 'Enable the bundle that defines it'],
        code: `php bin/console debug:container ${c.service ?? 'app.mailer'}\nphp bin/console debug:autowiring`,
      },
    ],
    references: [{ title: 'Symfony: Service container', url: 'https://symfony.com/doc/current/service_container.html' }],
    samples: ['PHP Fatal error:  Uncaught Symfony\\Component\\DependencyInjection\\Exception\\ServiceNotFoundException: You have requested a non-existent service "app.mailer". in /app/vendor/symfony/dependency-injection/Container.php:277'],
  },
  {
    id: 'php.twig-template-not-found',
    language: 'php',
    match: thrownRegex(String.raw`Unable to find template "(?<template>[^"\n]{1,200})"`),
    errorType: thrownOr('LoaderError'),
    category: 'configuration',
    priority: 33,
    summary: (c) => `Twig cannot find the template ${c.template ?? ''}.`,
    explanation: (c) =>
      `render()/{% extends %}/{% include %} names ${c.template ?? 'a template'}, and none of Twig's template paths contains it. Paths are relative to templates/ (or a bundle namespace such as @App/), and case-sensitive on Linux.`,
    causes: ['Wrong path or case', 'Bundle template without its @namespace', 'Template directory not configured (twig.paths)'],
    fixes: (c) => [
      {
        title: `Create or reference ${c.template ?? 'the template'} correctly`,
        steps: ['Check the file under templates/', 'List Twig\'s loader paths'],
        code: `ls templates/${c.template ?? 'base.html.twig'}\nphp bin/console debug:twig`,
      },
    ],
    references: [{ title: 'Symfony: Templates', url: 'https://symfony.com/doc/current/templates.html' }],
    samples: ['Twig\\Error\\LoaderError: Unable to find template "base.html.twig" (looked into: /app/templates). in /app/vendor/twig/twig/src/Loader/FilesystemLoader.php:227'],
  },
  {
    id: 'php.console-command-not-found',
    language: 'php',
    match: thrownRegex(String.raw`Command "(?<command>[^"\n]{1,200})" is not defined|There are no commands defined in the "(?<namespace>[^"\n]{1,100})" namespace`),
    errorType: thrownOr('CommandNotFoundException'),
    category: 'configuration',
    priority: 33,
    summary: (c) => `The console has no command ${c.command ?? `in the namespace ${c.namespace ?? ''}`}.`,
    explanation: (c) =>
      `artisan/bin/console does not know ${c.command ?? `any ${c.namespace ?? ''}:* command`}. The package providing it is not installed (or is a dev dependency installed with --no-dev), ` +
      'its service provider/bundle is not registered, the command class is not registered, or the cache is stale.',
    causes: ['Package providing the command not installed (dev dependency in production)', 'Service provider or bundle not registered', 'Typo or renamed command'],
    fixes: (c) => [
      {
        title: `Make ${c.command ?? c.namespace ?? 'the command'} available`,
        steps: ['List the available commands', 'Install the package (with dev dependencies if it is one) and clear the caches'],
        code: `php artisan list | grep ${(c.command ?? c.namespace ?? 'make').split(':')[0]}\ncomposer install\nphp artisan optimize:clear`,
      },
    ],
    references: [{ title: 'Symfony: Console commands', url: 'https://symfony.com/doc/current/console.html' }],
    samples: ['In Application.php line 659:\n\n  [Symfony\\Component\\Console\\Exception\\CommandNotFoundException]\n  Command "make:model" is not defined.'],
  },
  {
    id: 'php.laravel-vite-manifest',
    language: 'php',
    match: thrownRegex(String.raw`(?:Vite|Mix) manifest (?:not found at: (?<path>\S{1,300})|does not exist)`),
    errorType: thrownOr('ViteManifestNotFoundException'),
    category: 'build',
    priority: 33,
    summary: (c) => `The front-end build is missing${c.path ? `: ${c.path} does not exist` : ''}.`,
    explanation: (c) =>
      `@vite()/mix() reads the manifest written by the front-end build${c.path ? ` (${c.path})` : ''} to find the compiled assets. The assets were never built in this environment (npm run build not run in the deploy/CI/Docker image), or public/build was not deployed.`,
    causes: ['npm install && npm run build not run where the app is deployed', 'public/build (or public/mix-manifest.json) excluded from the deployment', 'The dev server (npm run dev) is not running while APP_ENV expects it'],
    fixes: (c) => [
      {
        title: 'Build the assets where the app runs',
        steps: ['Run the front-end build in the deploy/CI/Docker step', `Check that ${c.path ?? 'public/build/manifest.json'} exists afterwards`],
        code: `npm ci && npm run build\nls -l ${c.path ?? 'public/build/manifest.json'}`,
      },
    ],
    references: [{ title: 'Laravel: Asset bundling (Vite)', url: 'https://laravel.com/docs/vite' }],
    samples: ['Illuminate\\Foundation\\ViteManifestNotFoundException: Vite manifest not found at: /var/www/html/public/build/manifest.json in /var/www/html/vendor/laravel/framework/src/Illuminate/Foundation/Vite.php:934'],
  },
  {
    id: 'php.laravel-cache-path',
    language: 'php',
    match: thrownRegex(String.raw`Please provide a valid cache path`),
    errorType: thrownOr('InvalidArgumentException'),
    category: 'configuration',
    priority: 33,
    summary: () => 'Laravel has no writable directory for compiled views (storage/framework/views).',
    explanation:
      'The view compiler needs storage/framework/views (and sessions, cache) to exist and be writable. A fresh clone or a deployment that excludes storage/ contents (empty directories are not in git) lacks them, or config:cache captured another machine\'s paths.',
    causes: ['storage/framework/{views,cache,sessions} missing', 'Cached config with paths of another machine', 'Directory not writable by the web server user'],
    fixes: [
      {
        title: 'Recreate the storage directories',
        steps: ['Create the directories and make them writable', 'Clear cached configuration'],
        code: 'mkdir -p storage/framework/{views,cache,sessions} bootstrap/cache\nchmod -R ug+rwX storage bootstrap/cache\nphp artisan config:clear',
      },
    ],
    references: [{ title: 'Laravel: Installation (directory permissions)', url: 'https://laravel.com/docs/installation' }],
    samples: ['PHP Fatal error:  Uncaught InvalidArgumentException: Please provide a valid cache path. in /app/vendor/laravel/framework/src/Illuminate/View/Compilers/Compiler.php:36'],
  },
  {
    id: 'php.laravel-sqlite-missing',
    language: 'php',
    match: pdoRegex(String.raw`Database file at path \[(?<path>[^\]\n]{1,300})\] does not exist`),
    errorType: (c) => (c.next ?? c.thrown ? dbException(c) : c.sqlSuffix ? 'QueryException' : 'SQLiteDatabaseDoesNotExistException'),
    category: 'configuration',
    priority: 42,
    summary: (c) => `The SQLite database file ${c.path ?? ''} does not exist.`,
    explanation: (c) =>
      `DB_CONNECTION=sqlite points at ${c.path ?? 'a file'} and there is no such file. Laravel does not create it for you (before Laravel 11), the path is relative (it must be absolute or left to the default database/database.sqlite), or cached config holds another machine's path.`,
    causes: ['The .sqlite file was never created', 'DB_DATABASE holds a relative path or another machine\'s path', 'Cached configuration'],
    fixes: (c) => [
      {
        title: `Create ${c.path ?? 'the database file'}`,
        steps: ['Create the file (or remove DB_DATABASE to use the default)', 'Clear cached config and migrate'],
        code: `touch ${c.path ?? 'database/database.sqlite'}\nphp artisan config:clear && php artisan migrate`,
      },
    ],
    references: [{ title: 'Laravel: SQLite configuration', url: 'https://laravel.com/docs/database#sqlite-configuration' }],
    samples: ['Illuminate\\Database\\QueryException: Database file at path [/var/www/database/database.sqlite] does not exist. Ensure this is an absolute path to the database. (Connection: sqlite, SQL: select * from "sessions")'],
  },
  {
    id: 'php.fpm-primary-script-unknown',
    language: 'php',
    match: /Primary script unknown/,
    errorType: 'Primary script unknown',
    category: 'configuration',
    priority: 30,
    summary: () => 'PHP-FPM could not find the script nginx asked it to run.',
    explanation:
      'nginx passed SCRIPT_FILENAME to PHP-FPM and FPM found no file there: the root/fastcgi_param SCRIPT_FILENAME in nginx points at a path that does not exist inside the FPM container/host, or FPM cannot read it (permissions, open_basedir, chroot).',
    causes: ['nginx root differs from the path where FPM sees the code (separate containers, different mounts)', 'SCRIPT_FILENAME not set to $document_root$fastcgi_script_name', 'Permissions or open_basedir'],
    fixes: [
      {
        title: 'Make SCRIPT_FILENAME a path that exists for PHP-FPM',
        steps: ['Mount the code at the same path in the nginx and PHP-FPM containers', 'Set SCRIPT_FILENAME from the document root'],
        code: 'fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\ninclude fastcgi_params;',
      },
    ],
    references: [{ title: 'nginx: ngx_http_fastcgi_module', url: 'https://nginx.org/en/docs/http/ngx_http_fastcgi_module.html' }],
    samples: ['2023/01/01 10:00:00 [error] 29#29: *1 FastCGI sent in stderr: "Primary script unknown" while reading response header from upstream, client: 172.18.0.1, server: localhost, request: "GET / HTTP/1.1", upstream: "fastcgi://172.18.0.3:9000"'],
  },
  {
    id: 'php.fpm-max-children',
    language: 'php',
    match: /server reached (?<setting>pm\.max_children|max_children) setting \((?<max>\d{1,6})\)/,
    errorType: 'server reached pm.max_children setting',
    category: 'concurrency',
    priority: 30,
    summary: (c) => `All ${c.max ?? ''} PHP-FPM workers are busy; new requests wait.`,
    explanation: 'PHP-FPM runs at most pm.max_children worker processes per pool. When all are busy, requests queue and eventually time out (502/504). Either requests are slow (blocking on a database/API) or the pool is too small for the traffic.',
    causes: ['Slow requests holding workers (slow queries, external calls without timeout)', 'pm.max_children too low for the traffic and the available memory'],
    fixes: (c) => [
      {
        title: `Find slow requests, then size ${c.setting ?? 'pm.max_children'} to the memory`,
        steps: ['Enable the slow log to see where workers hang', 'Raise the limit if memory allows (RAM / average worker size)'],
        code: `; www.conf\npm.max_children = ${Number(c.max ?? '5') * 2}\nrequest_slowlog_timeout = 5s\nslowlog = /var/log/php-fpm/slow.log`,
      },
    ],
    references: [{ title: 'PHP manual: FPM configuration', url: `${PHP_MANUAL}/install.fpm.configuration.php` }],
    samples: ['[01-Jan-2023 10:00:00] WARNING: [pool www] server reached pm.max_children setting (5), consider raising it'],
  },
  {
    id: 'php.laravel-method-does-not-exist',
    language: 'php',
    match: thrownRegex(String.raw`Method (?<class>[\w\\]{1,300})::(?<method>\w{1,200}) does not exist`),
    errorType: thrownOr('BadMethodCallException'),
    category: 'name',
    priority: 31,
    summary: (c) => `${c.class ?? 'The class'} has no method ${c.method ?? ''} (${c.error_type}).`,
    explanation: (c) =>
      `Laravel's __call forwarding (controllers, macroable classes such as Collection, Builder, Request) found no method ${c.method ?? ''} on ${c.class ?? 'the object'}. ` +
      'A route names a controller action that does not exist, the method is misspelt, or a macro/scope/package method is not registered in this version.',
    causes: ['A route points at a controller method that does not exist', 'Typo or renamed method', 'A macro or package method that is not registered'],
    fixes: (c) => [
      {
        title: `Add ${c.method ?? 'the method'} to ${bare(c.class, 'the class')} or call an existing one`,
        steps: ['Check the route definition and the controller', 'Clear the route cache after fixing it'],
        code: `// ${c.class ?? 'App\\Http\\Controllers\\UserController'}\npublic function ${c.method ?? 'show'}(Request $request) { /* ... */ }\n\nphp artisan route:clear`,
      },
    ],
    references: [{ title: 'Laravel: Controllers', url: 'https://laravel.com/docs/controllers' }],
    samples: ['BadMethodCallException: Method App\\Http\\Controllers\\UserController::show does not exist. in /app/vendor/laravel/framework/src/Illuminate/Routing/Controller.php:68'],
  },
  {
    id: 'php.laravel-relation-not-found',
    language: 'php',
    match: thrownRegex(String.raw`Call to undefined relationship \[(?<relation>[^\]\n]{1,200})\] on model \[(?<class>[^\]\n]{1,300})\]`),
    errorType: thrownOr('RelationNotFoundException'),
    category: 'name',
    priority: 33,
    summary: (c) => `${c.class ?? 'The model'} has no relationship ${c.relation ?? ''}.`,
    explanation: (c) =>
      `with()/load()/whereHas() named the relation ${c.relation ?? ''}, and ${c.class ?? 'the model'} has no method of that name returning a relation. The method is missing, misspelt (case matters), or defined on another model in a nested relation.`,
    causes: ['No relation method with that name on the model', 'Typo or wrong case in with()/load()', 'A nested relation (a.b) where the inner model lacks it'],
    fixes: (c) => [
      {
        title: `Define ${c.relation ?? 'the relation'} on ${bare(c.class, 'the model')}`,
        steps: ['Add the relation method, or fix the name passed to with()/load()'],
        code: `// ${c.class ?? 'App\\Models\\Post'}\npublic function ${(c.relation ?? 'comments').split('.').pop()}()\n{\n    return $this->hasMany(Comment::class);\n}`,
      },
    ],
    references: [{ title: 'Laravel: Eloquent relationships', url: 'https://laravel.com/docs/eloquent-relationships' }],
    samples: ['Illuminate\\Database\\Eloquent\\RelationNotFoundException: Call to undefined relationship [comments] on model [App\\Models\\Post]. in /app/vendor/laravel/framework/src/Illuminate/Database/Eloquent/RelationNotFoundException.php:35'],
  },
  ...PHRASE_PATTERNS,
  {
    id: 'php.uncaught-exception',
    language: 'php',
    // Every form PHP and its tools print a thrown class in: PHP's "Uncaught X" (PHP 5: "exception
    // 'X' with message"), Symfony's "Uncaught PHP Exception X", Monolog's "[object] (X(code: …",
    // tinker's "X with message", Collision's header line, Symfony Console's "[X]", a namespaced
    // "Vendor\X: …" line, and "X: … in file.php" lines.
    match: new RegExp(
      `^${NEXT}[\\s\\S]*?(?:` +
        [
          String.raw`Uncaught (?:exception '|PHP Exception )?${NS}(?<ex1>[A-Z]\w{0,80}|mysqli_sql_exception)(?=[:'\s(]|$)(?:: (?<msg1>[^\n]{1,300}))?`,
          String.raw`\[object\] \(${NS}(?<ex2>[A-Z]\w{0,80})\(code: [^)\n]{0,20}\)(?:: (?<msg2>[^\n]{1,300}))?`,
          String.raw`exception '${NS}(?<ex3>[A-Z]\w{0,80})' with message`,
          String.raw`(?:^|\n)[ \t]{0,8}${NS}(?<ex4>[A-Z]\w{0,80}(?:Exception|Error)) with message `,
          String.raw`(?:^|\n)[ \t]{0,8}(?:[A-Za-z_]\w{0,80}\\{1,2}){1,12}(?<ex5>[A-Z]\w{0,80}(?:Exception|Error))(?:: | {1,4}: |[ \t]*\n[ \t]*\n)`,
          String.raw`(?:^|\n)[ \t]{0,8}\[${NS}(?<ex6>(?:[A-Z]\w{0,80})?(?:Exception|Error))\][ \t]*(?:\n|$)`,
          String.raw`(?:^|\n)(?<ex7>(?:[A-Z]\w{0,80})?(?:Exception|Error)): (?<msg7>[^\n]{0,400}?)\.(?:php|inc|module)\b`,
          String.raw`(?:^|\n)[ \t]{1,8}(?<ex8>(?:[A-Z]\w{0,80})?(?:Exception|Error))[ \t]*\n[ \t]*\n[ \t]{1,8}(?<msg8>[^\n]{1,300})`,
          String.raw`(?:^|\n)(?:[A-Z]\w{0,80}\\{1,2}){2,12}(?<ex9>[A-Z][a-z]\w{0,80}): (?=\S)`,
        ].join('|') +
        ')',
    ),
    errorType: (c) => {
      const name = shortName(c.next ?? c.ex1 ?? c.ex2 ?? c.ex3 ?? c.ex4 ?? c.ex5 ?? c.ex6 ?? c.ex7 ?? c.ex8 ?? c.ex9 ?? 'Exception');
      // PHP's generic Error has no name of its own: its message's leading phrase names the error.
      return name === 'Error' ? (statedPhrase(c.msg1 ?? c.msg2 ?? c.msg7 ?? c.msg8) ?? name) : name;
    },
    category: 'runtime',
    priority: 5,
    summary: (c) => `${c.error_type} was thrown and not handled.`,
    explanation: (c) =>
      `${c.error_type} was thrown and no try/catch handled it, so PHP (or the framework's error handler) ended the request or command with it. ` +
      'The message next to the class says what went wrong; the "Stack trace" lines list the calls that led there, innermost first (#0): the first frame in your own code is where to start.',
    causes: ['An error condition that the code does not handle', 'Invalid input or missing data reaching code that assumes it is valid', 'A failing external resource (database, file, HTTP API)'],
    fixes: [
      {
        title: 'Read the first stack frame and handle the failure',
        steps: ['Open the file and line given after "in" or at #0 of the stack trace', 'Fix the cause, or catch the exception where you can recover'],
        code: 'try {\n    $result = $client->send($request);\n} catch (\\Throwable $e) {\n    error_log($e->getMessage());\n    throw $e;\n}',
      },
    ],
    references: [
      { title: 'PHP manual: Exceptions', url: `${PHP_MANUAL}/language.exceptions.php` },
      { title: 'PHP manual: Errors in PHP 7+', url: `${PHP_MANUAL}/language.errors.php7.php` },
    ],
    samples: [
      'PHP Fatal error:  Uncaught InvalidArgumentException: Unsupported currency "XYZ" in /app/src/Money.php:22\nStack trace:\n#0 /app/src/Cart.php(14): Money->__construct()\n#1 {main}',
      '[2022-01-01 00:00:00] local.ERROR: Unauthenticated. {"exception":"[object] (Illuminate\\\\Auth\\\\AuthenticationException(code: 0): Unauthenticated. at /app/vendor/laravel/framework/src/Illuminate/Auth/Middleware/Authenticate.php:82)',
      '  [RuntimeException]\n  Could not scan for classes inside "database/seeds" which does not appear to be a file nor a folder',
      'PHP Fatal error:  Uncaught Error: Cannot call abstract method App\\Shape::area() in /app/src/Shape.php:12',
      'PHP Fatal error:  Uncaught ValueError: array_combine(): Argument #1 ($keys) and argument #2 ($values) must have the same number of elements in /app/x.php:9',
    ],
  },
];
