import type { ErrorPattern } from '../rules/error-pattern';

/** PHP, Composer and Laravel errors, most frequent first. */

const PHP_MANUAL = 'https://www.php.net/manual/en';

export const PHP_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'php.member-function-on-null',
    language: 'php',
    match: /Call to a member function (?<method>\w{1,200})\(\) on null/,
    errorType: 'Error',
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
        code: `$user = User::findOrFail($id);          // 404 instead of a null\n$name = $order->customer?->${c.method ?? 'getName'}();  // PHP 8 nullsafe operator`,
      },
    ],
    references: [
      { title: 'PHP manual: Classes and objects (nullsafe operator)', url: `${PHP_MANUAL}/language.oop5.basic.php` },
      { title: 'PHP manual: Error', url: `${PHP_MANUAL}/class.error.php` },
    ],
    samples: [
      'PHP Fatal error:  Uncaught Error: Call to a member function getName() on null in /var/www/html/src/Controller/OrderController.php:42\nStack trace:\n#0 /var/www/html/public/index.php(20): OrderController->show()\n#1 {main}\n  thrown in /var/www/html/src/Controller/OrderController.php on line 42',
      '[2024-03-02 10:11:12] local.ERROR: Call to a member function posts() on null {"exception":"[object] (Error(code: 0): Call to a member function posts() on null at /app/app/Http/Controllers/PostController.php:25)',
    ],
  },
  {
    id: 'php.member-function-on-non-object',
    language: 'php',
    match: /Call to a member function (?<method>\w{1,200})\(\) on (?<given>bool|false|true|array|string|int|float)\b/,
    errorType: 'Error',
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
    fixes: [
      {
        title: 'Check the return value of the call that produced it',
        steps: ['Check for false and read the error (mysqli_error, PDO::errorInfo, error_get_last)', 'Enable exceptions so failures throw where they happen'],
        code: '$pdo = new PDO($dsn, $user, $pass, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);\nmysqli_report(MYSQLI_REPORT_ERROR | MYSQLI_REPORT_STRICT);',
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
    match: /Call to undefined method (?<class>[\w\\]{1,300})::(?<method>\w{1,200})\(\)/,
    errorType: 'Error',
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
    fixes: [
      {
        title: 'Check the actual class',
        steps: ['Dump the class of the object before the call', 'Call the method on the right object (first(), get(), a single item)'],
        code: 'var_dump(get_class($obj));\nvar_dump(method_exists($obj, "methodName"));',
      },
    ],
    references: [{ title: 'PHP manual: Error', url: `${PHP_MANUAL}/class.error.php` }],
    samples: ['PHP Fatal error:  Uncaught Error: Call to undefined method Illuminate\\Database\\Eloquent\\Collection::save() in /app/app/Services/Sync.php:31'],
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
    errorType: 'Warning: Undefined variable',
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
    errorType: (c) => (c.kind === 'index' || c.kind === 'offset' ? `Undefined ${c.kind}` : 'Undefined array key'),
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
        code: `$value = $data[${c.key && /^["']/.test(c.key) ? c.key : "'email'"}] ?? null;\nif (array_key_exists('email', $data)) { /* ... */ }`,
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
    match: /Cannot redeclare (?:function )?(?<name>[\w\\:]{1,300})\(\)(?: \(previously declared in (?<previous>[^\s)]{1,300})\))?|Cannot declare class (?<class>[\w\\]{1,300}), because the name is already in use/,
    errorType: 'Fatal error: Cannot redeclare',
    category: 'name',
    priority: 30,
    summary: (c) => `${c.name ? `The function ${c.name}()` : `The class ${c.class ?? ''}`} is declared twice.`,
    explanation: (c) =>
      `PHP does not allow declaring the same function or class name twice in one request${c.previous ? `; the first declaration is in ${c.previous}` : ''}. ` +
      'Usually the file that declares it is included twice (include/require instead of require_once), or two files/packages declare the same global name.',
    causes: [
      'A file with declarations is included more than once (include/require instead of require_once)',
      'Two libraries or files declare the same global function/class',
      'A function declared inside another function or a loop, which runs twice',
    ],
    fixes: [
      {
        title: 'Include declarations once',
        steps: ['Use require_once for files that declare functions/classes, or better Composer autoloading', 'Guard global helpers with function_exists', 'Namespace your functions and classes'],
        code: "require_once __DIR__ . '/helpers.php';\n\nif (!function_exists('format_price')) {\n    function format_price(int $cents): string { /* ... */ }\n}",
      },
    ],
    references: [
      { title: 'PHP manual: require_once', url: `${PHP_MANUAL}/function.require-once.php` },
      { title: 'PHP manual: function_exists', url: `${PHP_MANUAL}/function.function-exists.php` },
    ],
    samples: [
      'PHP Fatal error:  Cannot redeclare format_price() (previously declared in /var/www/html/helpers.php:3) in /var/www/html/helpers.php on line 3',
      'Fatal error: Cannot declare class Database, because the name is already in use in /var/www/html/db.php on line 2',
    ],
  },
  {
    id: 'php.class-not-found',
    language: 'php',
    match: /(?<kind>Class|Interface|Trait|Enum) ["']?(?<class>[\w\\]{1,300})["']? not found/,
    errorType: 'Error',
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
        title: 'Pass the declared type or accept null explicitly',
        steps: ['Open the caller shown after "called in" and fix the value', 'If null is valid, make the parameter nullable'],
        code: `function handle(?${c.expected ?? 'User'} $value): void { /* ... */ }\nhandle((int) $request->input('id'));   // convert explicitly`,
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
    match: /(?<![\w\\:])(?<function>[\w\\:]{1,300})\(\): Return value must be of type (?<expected>[^\s,]{1,200}), (?<given>[\w\\]{1,200}) returned/,
    errorType: 'TypeError',
    category: 'type',
    priority: 30,
    summary: (c) => `${c.function ?? 'A function'}() must return ${c.expected ?? 'its declared type'} but returned ${c.given ?? 'something else'}.`,
    explanation: (c) =>
      `The function declares the return type ${c.expected ?? ''} and returned ${c.given ?? 'another type'}. ` +
      'Often a code path falls off the end of the function (implicit null), or an inner call returned null/false.',
    causes: ['A branch has no return statement (implicit null)', 'An inner lookup returned null or false', 'The declared return type is too narrow'],
    fixes: [
      {
        title: 'Return the declared type on every path',
        steps: ['Add the missing return or throw', 'Declare a nullable return type (?Type) when null is a valid answer'],
        code: 'public function find(int $id): ?User\n{\n    return $this->users[$id] ?? null;\n}',
      },
    ],
    references: [{ title: 'PHP manual: Type declarations', url: `${PHP_MANUAL}/language.types.declarations.php` }],
    samples: ['PHP Fatal error:  Uncaught TypeError: App\\Repository\\UserRepository::findByEmail(): Return value must be of type App\\Entity\\User, null returned in /app/src/Repository/UserRepository.php:40'],
  },
  {
    id: 'php.headers-already-sent',
    language: 'php',
    match: /Cannot modify header information - headers already sent(?: by \(output started at (?<file>[^\n)]{1,300}):(?<line>\d{1,7})\))?|[Ss]ession cannot be started after headers have already been sent/,
    errorType: 'Warning: Cannot modify header information',
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
    id: 'php.pdo-connection-2002',
    language: 'php',
    match: /SQLSTATE\[HY000\] \[2002\] (?<reason>Connection refused|No such file or directory|Connection timed out|php_network_getaddresses: getaddrinfo[^\n(]{0,120}|[^\n(]{1,120})/,
    errorType: 'SQLSTATE[HY000] [2002]',
    category: 'network',
    priority: 40,
    summary: (c) => `PHP cannot reach the MySQL server: ${c.reason ?? 'connection failed'}.`,
    explanation: (c) =>
      `PDO/mysqli tried to open a connection to MySQL/MariaDB and failed with "${c.reason ?? 'error 2002'}". ` +
      (c.reason === 'No such file or directory'
        ? 'With host "localhost" PHP uses a Unix socket, and the socket file does not exist at that path (server stopped, or socket elsewhere). Using 127.0.0.1 forces TCP. '
        : '"Connection refused" means nothing listens on that host/port; getaddrinfo errors mean the host name does not resolve. ') +
      'In Docker, "localhost"/127.0.0.1 is the PHP container itself, not the database container.',
    causes: [
      'The database server is not running or not yet ready',
      'DB_HOST is localhost/127.0.0.1 inside a container instead of the database service name',
      'Socket path mismatch when host is "localhost" (pdo_mysql.default_socket)',
      'Wrong port or a firewall/security group blocking it',
    ],
    fixes: [
      {
        title: 'Point the app at the right host',
        steps: ['Check the server runs and listens', 'In docker compose set DB_HOST to the service name', 'Use 127.0.0.1 instead of localhost to force TCP outside containers'],
        code: '# .env (Laravel) with docker compose\nDB_HOST=mysql\nDB_PORT=3306\n\nmysql -h 127.0.0.1 -P 3306 -u app -p',
      },
    ],
    references: [
      { title: 'PHP manual: PDO connections', url: `${PHP_MANUAL}/pdo.connections.php` },
      { title: "MySQL: Can't connect to [local] MySQL server", url: 'https://dev.mysql.com/doc/refman/8.0/en/can-not-connect-to-server.html' },
    ],
    samples: [
      'SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: select * from `users` where `email` = a@b.c limit 1)',
      "PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] No such file or directory in /var/www/html/db.php:4",
    ],
  },
  {
    id: 'php.pdo-42s02',
    language: 'php',
    match: /SQLSTATE\[42S02\]: Base table or view not found: 1146 Table '(?<table>[^'\n]{1,200})' doesn't exist/,
    errorType: 'SQLSTATE[42S02]',
    category: 'database',
    priority: 40,
    summary: (c) => `The table ${c.table ?? ''} does not exist in the database the app is connected to.`,
    explanation: (c) =>
      `MySQL answered error 1146: ${c.table ?? 'the table'} does not exist. ` +
      'Migrations have not been run on this database, the app connects to another database than you think (DB_DATABASE, .env not reloaded or config cached), ' +
      'or the table name the ORM derives differs from the real one (plural/singular, prefix, case on Linux).',
    causes: [
      'Migrations not run on this environment',
      'Connected to the wrong database (DB_DATABASE, cached config)',
      'Model table name differs from the real table (Eloquent pluralisation, $table property, prefixes)',
    ],
    fixes: [
      {
        title: 'Run migrations on the right database',
        steps: ['Check the connection settings actually used', 'Run the migrations', 'In Laravel clear the cached configuration after changing .env'],
        code: 'php artisan config:clear\nphp artisan migrate:status\nphp artisan migrate',
      },
      {
        title: 'Set the table name on the model',
        steps: ['If the table name differs from the convention, declare it'],
        code: "protected $table = 'invoice';",
      },
    ],
    references: [
      { title: 'MySQL server error reference (1146)', url: 'https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html' },
      { title: 'Laravel: Database migrations', url: 'https://laravel.com/docs/migrations' },
    ],
    samples: [
      "SQLSTATE[42S02]: Base table or view not found: 1146 Table 'shop.invoices' doesn't exist (Connection: mysql, SQL: select * from `invoices`)",
    ],
  },
  {
    id: 'php.composer-php-version',
    language: 'php',
    match: /requires php (?<required>[^\s]{1,60}) (?:but your php version \((?<actual>[^)\n]{1,40})\) does not satisfy that requirement|-> your php version \((?<actual2>[^)\n]{1,40})\) does not satisfy that requirement)/,
    errorType: 'Composer: PHP version mismatch',
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
    errorType: 'Composer: missing PHP extension',
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
    match: /No application encryption key has been specified/,
    errorType: 'MissingAppKeyException',
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
    samples: ['Illuminate\\Encryption\\MissingAppKeyException\nNo application encryption key has been specified.'],
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
    match: /(?:The stream or file "(?<stream>[^"\n]{1,300})" could not be opened[^\n]{0,60}?|(?<![\w])(?<function>\w{1,60})\((?<file>[^)\n]{0,300})\)): [Ff]ailed to open stream: (?<reason>Permission denied|No such file or directory|Is a directory|[^\n]{1,100})/,
    errorType: 'Warning: failed to open stream',
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
    id: 'php.uncaught-exception',
    language: 'php',
    match: /Fatal error: +Uncaught (?<exception>[A-Za-z_\\][\w\\]{0,300})(?::? (?<message>[^\n]{0,300}))?/,
    errorType: (c) => (c.exception ?? 'Exception').replace(/^\\/, ''),
    category: 'runtime',
    priority: 5,
    summary: (c) => `An uncaught ${c.exception ?? 'exception'} stopped the script.`,
    explanation: (c) =>
      `${c.exception ?? 'An exception'} was thrown${c.message ? ` ("${c.message.replace(/ in \S+:\d+$/, '')}")` : ''} and no try/catch handled it, so PHP ended the script with a fatal error. ` +
      'The "Stack trace" lines below it list the calls that led there, innermost first (#0).',
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
    samples: ['PHP Fatal error:  Uncaught InvalidArgumentException: Unsupported currency "XYZ" in /app/src/Money.php:22\nStack trace:\n#0 /app/src/Cart.php(14): Money->__construct()\n#1 {main}'],
  },
];
