import type { Fix, Reference } from '../translation';
import type { Captures, ErrorPattern } from '../rules/error-pattern';
import { fix, ref } from './answer-parts';

/*
 * C# / .NET knowledge. Priorities used in this file:
 *   20  one exact message of a general exception (Sequence contains no elements, DI resolution, ...)
 *   10  one exception class, one compiler code
 *    5  broad exception classes (InvalidOperationException with any message)
 *  -10  any System.*Exception line / any CSxxxx diagnostic
 *
 * Regexes are bounded and anchored on literals; [^\n] is always followed by a bare \n.
 */

const api = (name: string, title?: string): Reference =>
  ref(title ?? `.NET API: ${name.split('.').pop()?.replace(/-\d$/, '')}`, `https://learn.microsoft.com/en-us/dotnet/api/${name.toLowerCase()}`);
const compilerMsg = (code: string): Reference =>
  ref(`Compiler Error ${code.toUpperCase()}`, `https://learn.microsoft.com/en-us/dotnet/csharp/language-reference/compiler-messages/${code.toLowerCase()}`);
const miscMsg = (code: string): Reference => ref(`Compiler Error ${code.toUpperCase()}`, `https://learn.microsoft.com/en-us/dotnet/csharp/misc/${code.toLowerCase()}`);
const NULLABLE_WARNINGS = ref('Resolve nullable warnings', 'https://learn.microsoft.com/en-us/dotnet/csharp/language-reference/compiler-messages/nullable-warnings');
const NULLABLE_REFS = ref('Nullable reference types', 'https://learn.microsoft.com/en-us/dotnet/csharp/nullable-references');
const DI_GUIDE = ref('.NET dependency injection', 'https://learn.microsoft.com/en-us/dotnet/core/extensions/dependency-injection');

function rx(...parts: string[]): RegExp {
  return new RegExp(parts.join(''), 'm');
}

/**
 * Optional: the first stack frame outside System.* / Microsoft.* that has file information
 * (`at App.Program.Main(String[] args) in /src/Program.cs:line 12`). Captures `method`, `file`, `line`.
 */
// Localised runtimes translate the frame words: "bei … in …:Zeile 12", "в … в …:строка 12",
// "在 … 位置 …:行号 12", "à … dans …:ligne 12", "en … en …:línea 12", "場所 … 場所 …:行 12".
const AT = '(?:at|bei|в|在|à|en|em|in|w|場所|위치:|konum:)';
const IN = '(?:in|в|位置|dans|en|em|w|場所|파일|konum:)';
const LINE = '(?:line|Zeile|строка|行号|ligne|línea|linha|riga|wiersz|行|줄|satır)';
const FRAME = String.raw`(?:[^\n]{0,1000}(?:\n[ \t]*${AT} (?:System|Microsoft)\.[^\n]{0,500}){0,40}\n[ \t]*${AT} (?<method>[^\n]{1,300}?) ${IN} (?<file>[^\n]{1,400}?):${LINE} (?<line>\d{1,7}))?`;

/**
 * Lines before the first compiler error: anything but another error. A build log lists many
 * diagnostics and the first error is the one to fix (the corpus labels it too), so compiler
 * patterns start at the text's start (one attempt: linear) and may not skip an error line.
 */
const BEFORE_FIRST_ERROR = String.raw`(?<![\s\S])(?:(?![^\n]*\berror CS\d{4}\b)[^\n]*\n)*?[^\n]*?`;
/** Optional compiler location `Program.cs(12,17): `. Captures `file`, `line`, `col`. */
const CS_LOCATION = String.raw`(?:(?<![^\s])(?<file>[^\s(]{1,400}?\.cs)\((?<line>\d{1,7}),(?<col>\d{1,7})\): )?`;

/** What every pattern built with cs() needs in the text: the engine skips them all without one. */
const CS_CODE = /\bCS\d{4}:/;

/**
 * `error CSxxxx: message` when it is the first compiler error of the text, or a warning with
 * that code when the text has no error at all.
 */
function cs(code: string, message: string): RegExp {
  const plainCode = code.replace(/\(\?<[A-Za-z_]\w*>/g, '(?:');
  return rx(
    String.raw`(?<![\s\S])(?:(?![\s\S]*?\berror CS\d{4}\b)|(?=${BEFORE_FIRST_ERROR}error ${plainCode}: ))`,
    BEFORE_FIRST_ERROR.replace(String.raw`(?<![\s\S])`, ''),
    CS_LOCATION,
    String.raw`(?:error|warning) ${code}: `,
    message,
  );
}

type FixesOf = readonly Fix[] | ((c: Captures) => Fix[]);
/**
 * Fixes that start at the stack frame the trace points at: the method (and file) captured by
 * FRAME, named as the first step so the user knows where to look.
 */
function framed(fixes: FixesOf): (c: Captures) => Fix[] {
  const withFrame = (c: Captures): Fix[] => {
    const list = typeof fixes === 'function' ? fixes(c) : fixes.map((f) => ({ ...f, steps: [...f.steps] }));
    if (!c.method || list.length === 0) return list;
    const step = `Start at ${c.method}${c.file ? ` (${c.file}${c.line ? `, line ${c.line}` : ''})` : ''}: the first frame with source information, where the values involved can be inspected.`;
    return [{ ...list[0], steps: [step, ...list[0].steps] }, ...list.slice(1)];
  };
  // Reads as the wrapped fixes' own text (the knowledge-base tests inspect a pattern's source).
  withFrame.toString = () => (typeof fixes === 'function' ? fixes.toString() : JSON.stringify(fixes));
  return withFrame;
}

/** What the LINQ sequence held, also for localised messages ("Die Sequenz enthält keine Elemente"). */
function seqWhat(c: Captures): string {
  return c.what ?? (c.many ? 'more than one element' : 'no elements');
}

function where(c: Captures): string {
  if (c.method && c.file) return ` The first frame with source information is ${c.method.replace(/\(.*$/, '')} (${c.file}:${c.line}).`;
  return '';
}
function at(c: Captures): string {
  return c.file ? ` (${c.file}${c.line ? `:${c.line}` : ''})` : '';
}
/** Short type name: System.Collections.Generic.List`1 -> List. */
function short(t: string | undefined, fallback: string): string {
  if (!t) return fallback;
  const parts = t.replace(/`\d+/g, '').split('.');
  return parts[parts.length - 1] || fallback;
}

/** What a common MSBuild / SDK code means; the reference page covers the rest. */
function msbuildMeaning(code: string): string {
  const known: Record<string, string> = {
    MSB1009: 'MSB1009: the project file passed to the command does not exist (a wrong path, or an unquoted path with spaces split into two arguments).',
    MSB1011: 'MSB1011: the folder holds more than one project or solution file, so the command must be told which one to build.',
    MSB1003: 'MSB1003: no project or solution file was given and the current folder has none.',
    MSB4236: 'MSB4236: the SDK named in the project (Sdk="Microsoft.NET.Sdk…") could not be resolved: the required .NET SDK is missing or not found by this MSBuild.',
    MSB4019: 'MSB4019: a .props/.targets file the project imports does not exist (a missing SDK, workload or Visual Studio component).',
    MSB4018: 'MSB4018: an MSBuild task crashed; the exception under the message is the real cause.',
    MSB3073: 'MSB3073: a command run by the build (Exec, pre/post-build event) exited with a non-zero code; its own output above says why.',
    MSB3027: 'MSB3027: a build output could not be copied because the file is locked, usually by the running application.',
    MSB3021: 'MSB3021: a build output could not be copied because the file is locked or access is denied.',
    MSB3644: 'MSB3644: the reference assemblies for the target framework are not installed (a targeting pack is missing).',
    NETSDK1004: 'NETSDK1004: project.assets.json is missing: the project was not restored before building.',
    NETSDK1005: 'NETSDK1005: project.assets.json has no target for this framework: restore again after changing TargetFramework.',
  };
  return known[code] ?? `${code} is reported by ${code.startsWith('NETSDK') ? 'the .NET SDK' : 'MSBuild'} itself.`;
}

/**
 * NullReferenceException's message alone, as loggers and UIs show it without the class (English and
 * the .NET runtime's translations): only .NET words it this way.
 */
/** The type and assembly a TypeLoadException names, with or without its class before the message. */
const typeOf = (c: Captures): string | undefined => c.type ?? c.bareType;
const assemblyOf = (c: Captures): string | undefined => c.assembly ?? c.bareAssembly;

export const NULL_REFERENCE_MESSAGE = String.raw`(?:Object reference not set to an instance of an object|Der Objektverweis wurde nicht auf eine Objektinstanz festgelegt|Ссылка на объект не указывает на экземпляр объекта|未将对象引用设置到对象的实例|並未將物件參考設定為物件的執行個體|La référence d'objet n'est pas définie à une instance d'un objet|Referencia a objeto no establecida como instancia de un objeto|A referência de objeto não foi definida como uma instância de um objeto|Riferimento a un oggetto non impostato su un'istanza di oggetto|オブジェクト参照がオブジェクト インスタンスに設定されていません|개체 참조가 개체의 인스턴스로 설정되지 않았습니다|Odwołanie do obiektu nie zostało ustawione na wystąpienie obiektu|Nesne başvurusu bir nesnenin örneğine ayarlanmadı)`;

/**
 * A .NET class as the runtime prints it (System.FormatException) or as loggers, Unity, error
 * trackers and classic ASP.NET's error page print it, without its namespace ("FormatException: …",
 * "[FileNotFoundException: …]"). Never a name inside another namespace (java.io.FileNotFoundException).
 */
const SYSTEM = String.raw`(?:\bSystem\.|(?<![\w.$\\]))`;
/** Where a message printed without its class starts: a line start or a logger's or UI's label. */
const MESSAGE_START = String.raw`(?:^|[\s:=*"“{(>'])`;

/*
 * The runtime's messages of common exceptions in the languages .NET ships resources for, for
 * reports that show only the message (a dialog, a logger without the class): each names its
 * exception class as surely as the class itself would.
 */
const FORMAT_MESSAGE = String.raw`(?:Input string was not in a correct format|Die Eingabezeichenfolge hat das falsche Format|Le format de la chaîne d'entrée est incorrect|La cadena de entrada no tiene el formato correcto|A cadeia de caracteres de entrada não estava em um formato (?:in)?correto|Входная строка имела неверный формат|输入字符串的格式不正确|輸入字串格式不正確|入力文字列の形式が正しくありません|Formato della stringa di input non corretto|Nieprawidłowy format ciągu wejściowego|Giriş dizesi doğru biçimde değildi|입력 문자열의 형식이 잘못되었습니다)`;
const INDEX_RANGE_MESSAGE = String.raw`(?:Index was out of range\. Must be non-negative|Insertion index was out of range|Specified argument was out of the range of valid values|索引超出范围。必须为非负值|插入索引已超出范围|指定的参数已超出有效值的范围|Der Index lag außerhalb des Bereichs|Das angegebene Argument liegt außerhalb des gültigen Wertebereichs|Индекс за пределами диапазона|Указанный аргумент находится вне диапазона допустимых значений|L'index était hors limites|L'argument spécifié n'était pas dans les limites de la plage des valeurs valides|Índice fuera de rango|El índice estaba fuera del intervalo|El argumento especificado está fuera del rango de valores válidos|O índice estava fora do intervalo|O argumento especificado estava fora do intervalo de valores válidos|インデックスが範囲を超えています|指定された引数は、有効な値の範囲内にありません)`;
const CONNECTION_STRING_MESSAGE = String.raw`(?:The ConnectionString property has not been initialized|Die ConnectionString-Eigenschaft wurde nicht initialisiert|La propriété ConnectionString n'a pas été initialisée|La propiedad ConnectionString no se ha inicializado|A propriedade ConnectionString não foi inicializada|Свойство ConnectionString не инициализировано|ConnectionString 属性尚未初始化|ConnectionString プロパティは初期化されていません)`;
const KEY_NOT_FOUND_MESSAGE = String.raw`(?:The given key (?:'[^'\n]{0,200}' )?was not present in the dictionary|Der angegebene Schlüssel war nicht im Wörterbuch angegeben|La clé donnée était absente du dictionnaire|La clave proporcionada no se encontró en el diccionario|A chave fornecida não estava presente no dicionário|Данный ключ отсутствует в словаре|给定关键字不在字典中|指定されたキーはディレクトリ内に存在しませんでした)`;
const VALUE_NULL_MESSAGE = String.raw`(?:Value cannot be null|Der Wert darf nicht NULL sein|La valeur ne peut pas être null|El valor no puede ser nulo|O valor não pode ser nulo|Значение не может быть неопределенным|值不能为 null|値を Null にすることはできません)`;
const DUPLICATE_KEY_MESSAGE = String.raw`(?:An item with the same key has already been added|Ein Element mit dem gleichen Schlüssel wurde bereits hinzugefügt|Un élément avec la même clé a déjà été ajouté|Ya se agregó un elemento con la misma clave|Um item com a mesma chave já foi adicionado|Элемент с тем же ключом уже был добавлен|已添加了具有相同键的项|同一のキーを含む項目が既に追加されています)`;
/** The messages above, for the language detector: only .NET words them this way. */
export const DOTNET_RUNTIME_MESSAGE = [FORMAT_MESSAGE, INDEX_RANGE_MESSAGE, CONNECTION_STRING_MESSAGE, KEY_NOT_FOUND_MESSAGE, VALUE_NULL_MESSAGE, DUPLICATE_KEY_MESSAGE].join('|');

export const DOTNET_PATTERNS: readonly ErrorPattern[] = [
  // ---------------------------------------------------------------- null and arguments
  {
    id: 'csharp.null-reference',
    language: 'csharp',
    // The message alone also after a logger's or crash reporter's label ("**Message:** La référence d'objet…").
    match: rx(String.raw`(?:(?:\bSystem\.|^)NullReferenceException\b|(?:^|[\s:=*"“{(>])${NULL_REFERENCE_MESSAGE})`, FRAME),
    errorType: 'NullReferenceException',
    category: 'null',
    priority: 10,
    summary: (c) => `A null reference was used${c.method ? ` in ${c.method.replace(/\(.*$/, '')}` : ''}.`,
    explanation: (c) =>
      `The code accessed a member (property, method, indexer) on a variable that is null. On that line, every 'x.' or 'x[...]' is a candidate. Common sources: a FirstOrDefault()/Find() that found nothing, a property not initialised in the constructor, model binding that produced null, or a service not injected.${where(c)}`,
    causes: ['FirstOrDefault/SingleOrDefault/Find returned null (no match)', 'A property or field never initialised', 'EF Core navigation property not loaded (missing Include)', 'Deserialised/bound object with missing fields'],
    fixes: framed([
      fix('Find the null and handle it', ['Open the file and line from the stack trace and check each dereferenced expression in the debugger.', 'Handle the "not found" case explicitly instead of dereferencing.'], 'var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id);\nif (user is null)\n{\n    return NotFound();\n}'),
      fix('Enable nullable reference types', ['Add <Nullable>enable</Nullable> to the .csproj so the compiler warns (CS8602) about possible null dereferences.'], '<PropertyGroup>\n  <Nullable>enable</Nullable>\n</PropertyGroup>'),
      fix('Use null-conditional operators where null is valid', [], 'var city = order.Customer?.Address?.City ?? "unknown";'),
    ]),
    references: [api('System.NullReferenceException'), NULLABLE_REFS],
    samples: ['NullReferenceException: Object reference not set to an instance of an object\nPlayerController.Update () (at Assets/Scripts/PlayerController.cs:25)', "fail: Microsoft.AspNetCore.Diagnostics.DeveloperExceptionPageMiddleware[1]\n      An unhandled exception has occurred while executing the request.\n      System.NullReferenceException: Object reference not set to an instance of an object.\n         at Shop.Controllers.CartController.Index() in /src/Shop/Controllers/CartController.cs:line 31", "System.NullReferenceException: Der Objektverweis wurde nicht auf eine Objektinstanz festgelegt.\n   bei XLToolbox.Excel.Models.Reference.set_ReferenceString(String value) in XLToolbox\\Excel\\Models\\Reference.cs:Zeile 154.\n   bei XLToolbox.Jumper.Parse() in XLToolbox\\Jumper.cs:Zeile 164.", 
      'Unhandled exception. System.NullReferenceException: Object reference not set to an instance of an object.\n   at Shop.Services.OrderService.GetTotal(Int32 orderId) in /src/Shop/Services/OrderService.cs:line 42\n   at Shop.Program.Main(String[] args) in /src/Shop/Program.cs:line 12',
      'System.NullReferenceException: Object reference not set to an instance of an object.',
      'Der Objektverweis wurde nicht auf eine Objektinstanz festgelegt.\n   bei Shop.Services.OrderService.GetTotal(Int32 orderId)',
    ],
  },
  {
    id: 'csharp.argument-null',
    language: 'csharp',
    match: rx(String.raw`(?:${SYSTEM}ArgumentNullException: |${MESSAGE_START}(?=${VALUE_NULL_MESSAGE}))[^\n(]{0,300}(?:\((?:Parameter|Parameter|Paramètre|Parámetro|Parâmetro|Parametro|Параметр) ['"“](?<param>[^'"”\n]{1,200})['"”]\)|[ \t]*\n[ \t]*(?:Parameter name|Parametername|Имя параметра|参数名|Nom du paramètre|Nombre del parámetro|Nome do parâmetro|Nome parametro|パラメーター名): (?<oldParam>[\w.]{1,200}))?`, FRAME),
    errorType: 'ArgumentNullException',
    category: 'null',
    priority: 10,
    summary: (c) => `A method received null for ${c.param ?? c.oldParam ? `its parameter '${c.param ?? c.oldParam}'` : 'a required parameter'}.`,
    explanation: (c) =>
      `The method at the top of the stack trace validates its arguments and '${c.param ?? c.oldParam ?? 'one of them'}' was null. The bug is in the caller that passed null.${(c.param ?? c.oldParam) === 'connectionString' ? ' For connectionString this usually means GetConnectionString("Name") returned null: the name does not exist in appsettings.json for the current environment.' : ''}${(c.param ?? c.oldParam) === 'source' ? " 'source' comes from LINQ: the collection itself is null." : ''}${where(c)}`,
    causes: ['Configuration value missing (GetConnectionString / Configuration["Key"] returned null)', 'A LINQ method called on a null collection (parameter "source")', 'A dependency or argument not initialised before the call'],
    fixes: framed((c) => {
      const param = c.param ?? c.oldParam;
      return [
        fix(param ? `Pass a non-null ${param}` : 'Pass a non-null value', ['Go one frame down the stack to find the caller and check where the value comes from.', 'Validate configuration at startup so the error points at the missing setting.'], param === 'connectionString' ? 'var connectionString = builder.Configuration.GetConnectionString("Default")\n    ?? throw new InvalidOperationException("ConnectionStrings:Default is missing");' : `ArgumentNullException.ThrowIfNull(${param && /^\w+$/.test(param) ? param : 'value'});`),
      ];
    }),
    references: [api('System.ArgumentNullException'), ref('Configuration in ASP.NET Core', 'https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/')],
    samples: [
      "System.ArgumentNullException: Value cannot be null. (Parameter 'connectionString')\n   at Microsoft.EntityFrameworkCore.Utilities.Check.NotEmpty(String value, String parameterName)",
      "System.ArgumentNullException: Value cannot be null.\nParameter name: source\n   at System.Linq.Enumerable.Where[TSource](IEnumerable`1 source, Func`2 predicate)",
    ],
  },
  {
    id: 'csharp.argument-out-of-range',
    language: 'csharp',
    match: rx(String.raw`(?:${SYSTEM}ArgumentOutOfRangeException: (?<message>[^
(]{1,400})(?:\(Parameter '(?<param>[^'\n]{1,200})'\))?(?:\nActual value was (?<actual>[^\n]{1,100}?)\.?$)?|${MESSAGE_START}(?<message2>${INDEX_RANGE_MESSAGE}))`, FRAME),
    errorType: 'ArgumentOutOfRangeException',
    category: 'runtime',
    priority: 10,
    summary: (c) => `An argument${c.param ? ` ('${c.param}')` : ''} is outside the allowed range${c.actual ? ` (actual value ${c.actual})` : ''}.`,
    explanation: (c) =>
      `${c.message2 !== undefined || /Index was out of range/.test(c.message ?? '') ? 'A List<T>/collection index was negative or >= Count. Collections are indexed from 0 to Count-1.' : /length|startIndex/i.test(c.message ?? '') ? 'string.Substring/Remove received a start index or length beyond the end of the string.' : `The method rejected the value: ${c.message?.trim()}`}${where(c)}`,
    causes: ['Index >= Count on a List (often an empty list)', 'Substring with a length past the end of the string', 'Negative values from IndexOf returning -1'],
    fixes: framed((c) => [
      fix(c.param ? `Check ${c.param} against the bounds before the call` : 'Check bounds before the call', ['Compare against Count/Length first, or use safe accessors (ElementAtOrDefault, string slicing with Math.Min).'], 'if (index >= 0 && index < items.Count)\n{\n    var item = items[index];\n}\nvar prefix = text[..Math.Min(10, text.Length)];'),
    ]),
    references: [api('System.ArgumentOutOfRangeException')],
    samples: ["System.ArgumentOutOfRangeException: Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')\n   at System.Collections.Generic.List`1.get_Item(Int32 index)\n   at Shop.Cart.First() in C:\\src\\Shop\\Cart.cs:line 18", "System.ArgumentOutOfRangeException: length ('12') must be less than or equal to '5'. (Parameter 'length')\nActual value was 12."],
  },
  {
    id: 'csharp.index-out-of-range',
    language: 'csharp',
    match: rx(String.raw`(?:\bSystem\.|^)IndexOutOfRangeException\b`, FRAME),
    errorType: 'IndexOutOfRangeException',
    category: 'runtime',
    priority: 10,
    summary: 'An array was indexed outside its bounds.',
    explanation: (c) => `Arrays are indexed from 0 to Length-1. The index was negative or >= Length - typically an off-by-one loop (<= Length), args[0] without arguments, or string.Split returning fewer parts than expected.${where(c)}`,
    causes: ['Loop condition i <= array.Length', 'Reading args[0] or parts[1] without checking Length', 'Empty array'],
    fixes: framed([fix('Check Length or iterate safely', ['Use foreach, or check Length before fixed indexes.'], 'var parts = line.Split(\',\');\nif (parts.Length < 2)\n{\n    throw new FormatException($"Expected 2 fields: {line}");\n}')]),
    references: [api('System.IndexOutOfRangeException'), ref('Arrays (C# reference)', 'https://learn.microsoft.com/en-us/dotnet/csharp/language-reference/builtin-types/arrays')],
    samples: ['Unhandled exception. System.IndexOutOfRangeException: Index was outside the bounds of the array.\n   at Program.<Main>$(String[] args) in /home/dev/app/Program.cs:line 3'],
  },

  // ---------------------------------------------------------------- InvalidOperationException family
  {
    id: 'csharp.sequence-contains',
    language: 'csharp',
    match: rx(String.raw`(?:${SYSTEM}InvalidOperationException: |^)(?:Sequence contains (?<what>no elements|no matching element|more than one element|more than one matching element)|(?<many>Die Sequenz enthält mehr als ein|Последовательность содержит более одного|序列包含一个以上的|La séquence contient plusieurs|La secuencia contiene más de un|A sequência contém mais de um)|(?<none>Die Sequenz enthält kein|Последовательность не содержит|序列不包含任何|La séquence ne contient aucun|La secuencia no contiene|A sequência não contém))`, FRAME),
    errorType: 'InvalidOperationException',
    category: 'runtime',
    priority: 20,
    summary: (c) => `A LINQ query expected ${/more than one/.test(seqWhat(c)) ? 'exactly one element' : 'at least one element'} but the sequence contains ${seqWhat(c)}.`,
    explanation: (c) =>
      /more than one/.test(seqWhat(c))
        ? `Single()/SingleOrDefault() require at most one match; the query returned several. Either the data has duplicates or the filter is not selective enough.${where(c)}`
        : `First(), Single(), Last(), Min(), Max() or Average() throw when the sequence is empty (or nothing matches the predicate).${where(c)}`,
    causes: (c) => (/more than one/.test(seqWhat(c)) ? ['Duplicate rows where uniqueness was assumed', 'Filter not specific enough', 'Single() used where First() was intended'] : ['No row/element matches the predicate', 'Max()/Min()/Average() on an empty collection', 'Data not seeded in this environment']),
    fixes: framed((c) => [
      /more than one/.test(seqWhat(c))
        ? fix('Make the query unique or use First', ['Add a unique constraint/index, narrow the filter, or use FirstOrDefault() with an OrderBy if any match is fine.'])
        : fix('Use the OrDefault variant and handle the empty case', ['FirstOrDefault/SingleOrDefault return null/default; for Max/Min use DefaultIfEmpty or MaxBy with a check.'], 'var order = orders.FirstOrDefault(o => o.Id == id);\nif (order is null) return NotFound();\n\nvar max = values.DefaultIfEmpty(0).Max();'),
    ]),
    references: [api('System.Linq.Enumerable.First', 'Enumerable.First (.NET API)'), api('System.Linq.Enumerable.Single', 'Enumerable.Single (.NET API)')],
    samples: ["System.InvalidOperationException: Die Sequenz enthält keine Elemente.\n   bei System.Linq.Enumerable.First[TSource](IEnumerable`1 source)", 'System.InvalidOperationException: Sequence contains no elements\n   at System.Linq.ThrowHelper.ThrowNoElementsException()\n   at System.Linq.Enumerable.First[TSource](IEnumerable`1 source)\n   at Shop.Reports.TopSeller() in /src/Shop/Reports.cs:line 27', 'System.InvalidOperationException: Sequence contains more than one matching element'],
  },
  {
    id: 'csharp.collection-modified',
    language: 'csharp',
    match: rx(String.raw`${SYSTEM}InvalidOperationException: (?:Collection was modified; enumeration operation may not execute\.?|Die Auflistung wurde geändert|Коллекция была изменена|集合已修改|La collection a été modifiée|Colección modificada|A coleção foi modificada)`, FRAME),
    errorType: 'InvalidOperationException',
    category: 'concurrency',
    priority: 20,
    summary: 'A collection was modified while it was being enumerated with foreach.',
    explanation: (c) => `List<T>, Dictionary<K,V> and similar collections invalidate their enumerators when items are added or removed. Calling Add/Remove on the collection inside a foreach over it (or from another thread during enumeration) causes this exception.${where(c)}`,
    causes: ['Remove/Add inside a foreach over the same collection', 'Another thread modifies a shared collection', 'Event handlers modifying the collection being iterated'],
    fixes: framed([
      fix('Iterate over a copy or use RemoveAll', ['Use RemoveAll for removals, or iterate over ToList() when you must modify.'], 'items.RemoveAll(i => i.IsExpired);\n\nforeach (var key in cache.Keys.ToList())\n{\n    if (IsStale(key)) cache.Remove(key);\n}'),
      fix('Use thread-safe collections for concurrent access', ['ConcurrentDictionary / ConcurrentQueue, or lock around all access.']),
    ]),
    references: [api('System.InvalidOperationException'), api('System.Collections.Generic.List-1.RemoveAll', 'List<T>.RemoveAll (.NET API)')],
    samples: ['System.InvalidOperationException: Collection was modified; enumeration operation may not execute.\n   at System.Collections.Generic.List`1.Enumerator.MoveNextRare()\n   at Jobs.Cleanup.Run() in /src/Jobs/Cleanup.cs:line 19'],
  },
  {
    id: 'csharp.nullable-no-value',
    language: 'csharp',
    match: rx(String.raw`${SYSTEM}InvalidOperationException: (?:Nullable object must have a value\.?|Das Objekt mit Nullwert muss einen Wert haben|Объекту, допускающему значение NULL, должно быть присвоено значение|可为空的对象必须具有一个值|L'objet Nullable doit avoir une valeur|El objeto que admite valores NULL debe tener un valor)`, FRAME),
    errorType: 'InvalidOperationException',
    category: 'null',
    priority: 20,
    summary: 'A nullable value type (int?, DateTime?, ...) was read with .Value while it was null.',
    explanation: (c) => `Nullable<T>.Value (or an explicit cast (int)x) throws when HasValue is false. A database column, query result or optional field was null.${where(c)}`,
    causes: ['Reading .Value of an int?/DateTime? that is null', 'Casting a nullable to its non-nullable type', 'Aggregates (Max/Sum) over empty EF queries returning null'],
    fixes: framed([fix('Check HasValue or use a default', [], 'int count = maybeCount ?? 0;\nif (order.ShippedAt is DateTime shipped)\n{\n    Console.WriteLine(shipped);\n}')]),
    references: [api('System.Nullable-1.Value', 'Nullable<T>.Value (.NET API)'), ref('Nullable value types (C# reference)', 'https://learn.microsoft.com/en-us/dotnet/csharp/language-reference/builtin-types/nullable-value-types')],
    samples: ['System.InvalidOperationException: Nullable object must have a value.\n   at System.Nullable`1.get_Value()\n   at Billing.Invoice.DueDays() in /src/Billing/Invoice.cs:line 33'],
  },
  {
    id: 'csharp.di-unable-to-resolve',
    language: 'csharp',
    match: /(?:Unable to resolve service for type '(?<service>[^'\n]{1,300})' while attempting to activate '(?<consumer>[^'\n]{1,300})'|No service for type '(?<service2>[^'\n]{1,300})' has been registered)/,
    errorType: 'InvalidOperationException',
    category: 'configuration',
    priority: 20,
    summary: (c) => `The DI container has no registration for ${short(c.service ?? c.service2, 'a service')}${c.consumer ? `, needed by ${short(c.consumer, 'a class')}` : ''}.`,
    explanation: (c) =>
      `${c.consumer ? `${c.consumer} asks for ${c.service} in its constructor` : `GetRequiredService asked for ${c.service2}`}, but that type was never registered in the service collection (Program.cs / Startup.ConfigureServices).${/DbContextOptions/.test(c.service ?? c.service2 ?? '') ? ' For DbContextOptions this means AddDbContext<T>() was not called (or the DbContext is created by design-time tools without a factory).' : ''}${/^I[A-Z]/.test(short(c.service ?? c.service2, '')) ? ' Note that the interface must be registered, not only the implementation.' : ''}`,
    causes: ['Missing builder.Services.AddScoped/AddSingleton/AddTransient registration', 'Registered the implementation type but injected the interface (or vice versa)', 'Registration in a different project/extension method that is not called', 'Missing AddDbContext / AddHttpClient'],
    fixes: (c) => {
      const service = c.service ?? c.service2 ?? 'IMyService';
      return [
        fix(`Register ${service}`, [`Add a registration for ${service} with the right lifetime in Program.cs${c.consumer ? ` (${c.consumer} asks for it in its constructor)` : ''}.`], `builder.Services.AddScoped<${short(service, 'IMyService')}, ${short(service, 'MyService').replace(/^I(?=[A-Z])/, '')}>();`),
      ];
    },
    references: [DI_GUIDE, ref('Dependency injection in ASP.NET Core', 'https://learn.microsoft.com/en-us/aspnet/core/fundamentals/dependency-injection')],
    samples: ["System.InvalidOperationException: Unable to resolve service for type 'Shop.Services.IEmailSender' while attempting to activate 'Shop.Controllers.AccountController'.\n   at Microsoft.Extensions.DependencyInjection.ActivatorUtilities.GetService(IServiceProvider sp, Type type, Type requiredBy, Boolean isDefaultParameterRequired)", "System.InvalidOperationException: No service for type 'Shop.Data.AppDbContext' has been registered."],
  },
  {
    id: 'csharp.di-scoped-from-singleton',
    language: 'csharp',
    match: /Cannot (?:consume|resolve) scoped service '(?<scoped>[^'\n]{1,300})' from (?:singleton '(?<singleton>[^'\n]{1,300})'|root provider)/,
    errorType: 'InvalidOperationException',
    category: 'configuration',
    priority: 20,
    summary: (c) => `The scoped service ${short(c.scoped, 'service')} is injected into ${c.singleton ? `the singleton ${short(c.singleton, 'service')}` : 'the root provider'}.`,
    explanation: (c) => `A scoped service (one instance per request, e.g. a DbContext) cannot be captured by ${c.singleton ? 'a singleton, which lives for the whole application' : 'the root service provider'} - it would outlive its scope. ASP.NET Core validates scopes in Development and throws this error.`,
    causes: ['DbContext (scoped) injected into a singleton or hosted service', 'Middleware constructor requesting a scoped service', 'Resolving a scoped service from app.Services at startup'],
    fixes: [
      fix('Create a scope where needed', ['In singletons/BackgroundService inject IServiceScopeFactory and create a scope per unit of work.'], 'using var scope = scopeFactory.CreateScope();\nvar db = scope.ServiceProvider.GetRequiredService<AppDbContext>();'),
      fix('Align lifetimes', ['Make the consumer scoped too, or for middleware inject scoped services into InvokeAsync parameters instead of the constructor.']),
    ],
    references: [ref('.NET dependency injection: service lifetimes', 'https://learn.microsoft.com/en-us/dotnet/core/extensions/dependency-injection#service-lifetimes'), ref('Use scoped services within a BackgroundService', 'https://learn.microsoft.com/en-us/dotnet/core/extensions/scoped-service')],
    samples: ["System.InvalidOperationException: Cannot consume scoped service 'Shop.Data.AppDbContext' from singleton 'Shop.Services.CacheWarmer'."],
  },
  {
    id: 'csharp.ef-second-operation',
    language: 'csharp',
    match: /A second operation (?:was started|started) on this context(?: instance)? before a previous operation completed/,
    errorType: 'InvalidOperationException',
    category: 'concurrency',
    priority: 20,
    summary: 'Two operations ran on the same EF Core DbContext at the same time.',
    explanation: 'DbContext is not thread-safe and supports only one operation at a time. Typical causes: a missing await (the first query is still running when the next starts), Task.WhenAll / Parallel.ForEach over queries using one context, or a DbContext registered as singleton and shared between requests.',
    causes: ['Missing await on an async EF call', 'Task.WhenAll / parallel loops sharing one DbContext', 'DbContext captured in a singleton or static field', 'async void methods'],
    fixes: [
      fix('Await every EF call', ['Make sure each query is awaited before the next one starts; avoid async void.']),
      fix('Use a context per parallel operation', ['Use IDbContextFactory<T> to create a separate context per task.'], 'await using var db = await dbFactory.CreateDbContextAsync();\nvar items = await db.Items.ToListAsync();'),
    ],
    references: [ref('EF Core: Avoiding DbContext threading issues', 'https://learn.microsoft.com/en-us/ef/core/dbcontext-configuration/#avoiding-dbcontext-threading-issues')],
    samples: ['System.InvalidOperationException: A second operation was started on this context instance before a previous operation completed. This is usually caused by different threads concurrently using the same instance of DbContext.'],
  },
  {
    id: 'csharp.ef-tracking-conflict',
    language: 'csharp',
    match: /The instance of entity type '(?<entity>[^'\n]{1,200})' cannot be tracked because another instance with the (?:same )?key value for (?<key>\{[^}\n]{1,200}\}) is already being tracked/,
    errorType: 'InvalidOperationException',
    category: 'database',
    priority: 20,
    summary: (c) => `EF Core is already tracking another ${c.entity} with the same key ${c.key}.`,
    explanation: (c) => `A DbContext can track only one instance per primary key. The code attached/updated a new ${c.entity} object (e.g. from a request DTO via Update() or Attach()) while an instance with the same key ${c.key} was already loaded in the same context.`,
    causes: ['Calling Update(entity) after loading the same row in the same context', 'Attaching detached objects with duplicate keys (e.g. in a graph)', 'A long-lived DbContext reused across operations'],
    fixes: (c) => [
      fix(`Update the tracked ${c.entity ?? 'entity'} instead`, [`Load the ${c.entity ?? 'entity'} with key ${c.key ?? 'value'}, copy values onto it, then SaveChanges.`], `var existing = await db.Set<${c.entity && /^\w+$/.test(c.entity) ? c.entity : 'Product'}>().FindAsync(dto.Id);\ndb.Entry(existing!).CurrentValues.SetValues(dto);\nawait db.SaveChangesAsync();`),
      fix('Use AsNoTracking for read-only queries', ['Queries whose results are not modified should not be tracked.']),
    ],
    references: [ref('EF Core: Identity resolution', 'https://learn.microsoft.com/en-us/ef/core/change-tracking/identity-resolution')],
    samples: ["System.InvalidOperationException: The instance of entity type 'Product' cannot be tracked because another instance with the same key value for {'Id'} is already being tracked."],
  },
  {
    // ADO.NET's connection with an empty connection string; the message alone (any translation)
    // names InvalidOperationException as surely as the class does.
    id: 'csharp.connection-string-not-initialized',
    language: 'csharp',
    match: rx(String.raw`(?:${SYSTEM}InvalidOperationException: |${MESSAGE_START})${CONNECTION_STRING_MESSAGE}`, FRAME),
    errorType: 'InvalidOperationException',
    category: 'configuration',
    priority: 20,
    summary: 'A database connection was opened with an empty connection string.',
    explanation: (c) =>
      `SqlConnection/OleDbConnection/NpgsqlConnection.Open() throws this when ConnectionString is null or empty: the configuration lookup that should have filled it found nothing (a missing "ConnectionStrings" entry for this environment, a wrong name passed to GetConnectionString, a setting only present in the developer's appsettings/web.config, or a library that reads its own configuration section).${where(c)}`,
    causes: ['The connection string name does not exist in appsettings.<Environment>.json / web.config of the running app', 'The value is set only on the developer machine (user secrets, local config) and not on the server', 'A remote or separate process (service, job host) reads its own configuration file'],
    fixes: framed([
      fix('Fail at startup with the missing name', ['Read the connection string once at startup and throw a clear error when it is missing.', 'Check the configuration of the process that actually runs the code (environment variables ConnectionStrings__Default, the server\'s web.config).'], 'var connectionString = builder.Configuration.GetConnectionString("Default")\n    ?? throw new InvalidOperationException("ConnectionStrings:Default is not configured");\nbuilder.Services.AddDbContext<AppDbContext>(o => o.UseSqlServer(connectionString));'),
    ]),
    references: [api('System.Data.SqlClient.SqlConnection.ConnectionString', 'SqlConnection.ConnectionString (.NET API)'), ref('Connection strings and configuration files', 'https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files')],
    samples: ['System.InvalidOperationException: The ConnectionString property has not been initialized.\n   at System.Data.SqlClient.SqlConnection.PermissionDemand()', 'Die ConnectionString-Eigenschaft wurde nicht initialisiert.'],
  },
  {
    id: 'csharp.invalid-operation',
    language: 'csharp',
    match: rx(String.raw`${SYSTEM}InvalidOperationException: (?<message>[^
]{1,500})`, FRAME),
    errorType: 'InvalidOperationException',
    category: 'runtime',
    priority: 5,
    summary: (c) => `An operation is not valid in the object's current state: ${c.message}`,
    explanation: (c) => `InvalidOperationException means the call itself is fine but the object is not in a state that allows it (not initialised, already started/disposed, wrong thread, configuration missing). The message names the condition.${where(c)}`,
    causes: ['Object used before it is configured or after it finished', 'Framework configuration missing (e.g. services, endpoints, authentication scheme)', 'Calling a method twice that may run only once'],
    fixes: framed([fix('Follow the message', ['Read the message carefully - framework messages usually name the missing call or setting.', 'Check the first frame from your code in the stack trace.'])]),
    references: [api('System.InvalidOperationException')],
    samples: ["System.InvalidOperationException: No authenticationScheme was specified, and there was no DefaultChallengeScheme found. The default schemes can be set using either AddAuthentication(string defaultScheme) or AddAuthentication(Action<AuthenticationOptions> configureOptions)."],
  },

  // ---------------------------------------------------------------- conversions and lookups
  {
    // Dictionary.Add (or a ToDictionary, a duplicate model property) with a key already present.
    id: 'csharp.duplicate-key',
    language: 'csharp',
    match: rx(String.raw`(?:${SYSTEM}ArgumentException: |${MESSAGE_START})${DUPLICATE_KEY_MESSAGE}\.?(?:\s?(?:Key|Schlüssel|Clé|Clave|Chave|Ключ)\s?[:=]\s?'?(?<key>[^'\n]{1,200}?)'?$)?`, FRAME),
    errorType: 'ArgumentException',
    category: 'runtime',
    priority: 20,
    summary: (c) => `A dictionary already contains the key${c.key ? ` '${c.key}'` : ''} being added.`,
    explanation: (c) =>
      `Dictionary<TKey,TValue>.Add, ToDictionary() and the collection initialiser throw when the key exists already; the indexer (dict[key] = value) would overwrite instead. ToDictionary over data with duplicate keys, a static dictionary filled twice, or two model properties differing only in case (JSON, EF) are the usual causes.${where(c)}`,
    causes: ['ToDictionary() over rows whose key is not unique', 'A static or cached dictionary filled again on a second call', 'Two properties or headers whose names differ only in case'],
    fixes: framed((c) => [
      fix(c.key ? `Decide what a second '${c.key}' means` : 'Decide what a duplicate key means', ['Overwrite with the indexer, keep the first with TryAdd, or group the duplicates.'], 'map[key] = value;            // last one wins\nmap.TryAdd(key, value);      // first one wins\nvar byId = rows.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.First());'),
    ]),
    references: [api('System.Collections.Generic.Dictionary-2.Add', 'Dictionary<TKey,TValue>.Add (.NET API)')],
    samples: ["System.ArgumentException: An item with the same key has already been added. Key: 42\n   at System.Collections.Generic.Dictionary`2.TryInsert(TKey key, TValue value, InsertionBehavior behavior)", 'Элемент с тем же ключом уже был добавлен.'],
  },
  {
    id: 'csharp.invalid-cast',
    language: 'csharp',
    match: rx(String.raw`${SYSTEM}InvalidCastException: (?:Unable to cast object of type '(?<from>[^'\n]{1,300})' to type '(?<to>[^'\n]{1,300})'|(?<message>[^\n]{1,400}))`, FRAME),
    errorType: 'InvalidCastException',
    category: 'type',
    priority: 10,
    summary: (c) => (c.from ? `An object of type ${c.from} was cast to ${c.to}, which it is not.` : `An invalid cast: ${c.message}`),
    explanation: (c) =>
      c.from
        ? `An explicit cast (${short(c.to, 'T')})obj succeeds only when obj actually is a ${c.to} (or derives from it). At runtime it was a ${c.from}.${/Int64|Int32|Decimal|Double/.test(`${c.from}${c.to}`) ? ' Boxed numbers can only be unboxed to their exact type: a boxed long cannot be cast directly to int - use Convert.ToInt32(obj).' : ''}${where(c)}`
        : `The runtime could not convert the value: ${c.message}${where(c)}`,
    causes: ['Unboxing to the wrong numeric type (object holding long cast to int)', 'Database column type differs from the property type (e.g. bigint vs int)', 'Wrong assumption about the runtime type of an object'],
    fixes: framed((c) => [
      fix('Check the type or convert instead of casting', ['Use pattern matching (obj is T t) or the as operator, or Convert.ToXxx for numbers.'], `if (value is ${short(c.to, 'Target')} typed)\n{\n    // use typed\n}\nint n = Convert.ToInt32(boxedNumber);`),
    ]),
    references: [api('System.InvalidCastException'), ref('Casting and type conversions (C#)', 'https://learn.microsoft.com/en-us/dotnet/csharp/programming-guide/types/casting-and-type-conversions')],
    samples: ["System.InvalidCastException: Unable to cast object of type 'System.Int64' to type 'System.Int32'.\n   at Reports.Loader.Read(IDataRecord r) in /src/Reports/Loader.cs:line 21"],
  },
  {
    id: 'csharp.format',
    language: 'csharp',
    match: rx(String.raw`(?:${SYSTEM}FormatException: (?:The input string '(?<input>[^'
]{0,200})' was not in a correct format|(?<message>[^
]{1,400}))|${MESSAGE_START}${FORMAT_MESSAGE})`, FRAME),
    errorType: 'FormatException',
    category: 'type',
    priority: 10,
    summary: (c) => (c.input !== undefined ? `The text '${c.input}' is not in a valid format for parsing.` : `A string had the wrong format: ${c.message}`),
    explanation: (c) =>
      `int.Parse, DateTime.Parse, Guid.Parse, Convert.ToXxx and string.Format throw FormatException when the text does not match the expected format.${c.input === '' ? ' The input is empty.' : ''}${c.input && /[.,]/.test(c.input) ? ' Decimal separators depend on the current culture (1.5 vs 1,5): pass CultureInfo.InvariantCulture for machine-readable data.' : ''}${c.message && /Index \(zero based\)|format item/.test(c.message) ? ' For string.Format, the number of {n} placeholders does not match the arguments.' : ''}${where(c)}`,
    causes: ['User input or file data not numeric/date', 'Culture-specific separators (comma vs dot)', 'Empty strings or whitespace', 'string.Format placeholders not matching the arguments'],
    fixes: framed([fix('Use TryParse with an explicit culture', [], 'if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))\n{\n    return BadRequest($"Invalid amount: {text}");\n}')]),
    references: [api('System.FormatException'), api('System.Int32.TryParse', 'Int32.TryParse (.NET API)')],
    samples: ["System.FormatException: The input string 'abc' was not in a correct format.\n   at System.Number.ThrowFormatException[TChar](ReadOnlySpan`1 value)\n   at System.Int32.Parse(String s)", 'System.FormatException: Input string was not in a correct format.'],
  },
  {
    id: 'csharp.key-not-found',
    language: 'csharp',
    match: rx(String.raw`(?:(?:\bSystem\.Collections\.Generic\.|(?<![\w.$\\]))KeyNotFoundException\b(?:: The given key (?:'(?<key>[^'\n]{0,200})' )?was not present in the dictionary\.?)?|${MESSAGE_START}${KEY_NOT_FOUND_MESSAGE})`, FRAME),
    errorType: 'KeyNotFoundException',
    category: 'runtime',
    priority: 10,
    summary: (c) => `The key ${c.key !== undefined ? `'${c.key}' ` : ''}is not in the dictionary.`,
    explanation: (c) => `dictionary[key] throws when the key does not exist (there is no silent default as with Python's dict.get). Keys are compared exactly, including case for strings unless the dictionary uses StringComparer.OrdinalIgnoreCase.${where(c)}`,
    causes: ['Key never added', 'Case or whitespace differences in string keys', 'Looking up before the dictionary is populated'],
    fixes: framed((c) => [
      fix('Use TryGetValue or GetValueOrDefault', c.key ? [`The key ${c.key} is not in the dictionary: check how the keys are added and compared (case, whitespace).`] : [], `if (!prices.TryGetValue(${c.key ? JSON.stringify(c.key) : 'sku'}, out var price))\n{\n    throw new InvalidOperationException("No price for ${c.key ?? 'sku'}");\n}\nvar name = names.GetValueOrDefault(id, "unknown");`),
    ]),
    references: [api('System.Collections.Generic.KeyNotFoundException'), api('System.Collections.Generic.Dictionary-2.TryGetValue', 'Dictionary<TKey,TValue>.TryGetValue (.NET API)')],
    samples: ["System.Collections.Generic.KeyNotFoundException: The given key 'eur' was not present in the dictionary.\n   at System.Collections.Generic.Dictionary`2.get_Item(TKey key)", 'System.Collections.Generic.KeyNotFoundException: The given key was not present in the dictionary.'],
  },
  {
    id: 'csharp.divide-by-zero',
    language: 'csharp',
    match: rx(String.raw`${SYSTEM}DivideByZeroException\b`, FRAME),
    errorType: 'DivideByZeroException',
    category: 'runtime',
    priority: 10,
    summary: 'An integer or decimal was divided by zero.',
    explanation: (c) => `Integer and decimal division by zero throw in .NET (double division gives Infinity/NaN). The divisor - often a count - was 0.${where(c)}`,
    causes: ['Average over an empty collection', 'Divisor from configuration/input that can be 0'],
    fixes: framed([fix('Guard the divisor', [], 'var average = count == 0 ? 0 : total / count;')]),
    references: [api('System.DivideByZeroException')],
    samples: ['System.DivideByZeroException: Attempted to divide by zero.\n   at Stats.Average(Int32[] values) in /src/Stats.cs:line 8'],
  },
  {
    id: 'csharp.not-implemented',
    language: 'csharp',
    match: rx(String.raw`${SYSTEM}NotImplementedException: (?<message>[^\n]{1,300})`, FRAME),
    errorType: 'NotImplementedException',
    category: 'runtime',
    priority: 10,
    summary: (c) => `A method that has not been implemented yet was called${c.method ? ` (${c.method.replace(/\(.*$/, '')})` : ''}.`,
    explanation: (c) => `IDE-generated stubs contain 'throw new NotImplementedException();'. The code path reached such a stub.${where(c)}`,
    causes: ['Interface members generated by the IDE but never implemented', 'Placeholder left in the code'],
    fixes: framed([fix('Implement the member', ['Find the method in the stack trace and replace the throw with a real implementation.'])]),
    references: [api('System.NotImplementedException')],
    samples: ['System.NotImplementedException: The method or operation is not implemented.\n   at Shop.Payments.StripeGateway.RefundAsync(Guid id) in /src/Shop/Payments/StripeGateway.cs:line 57'],
  },

  // ---------------------------------------------------------------- files, assemblies, runtime
  {
    id: 'csharp.file-not-found',
    language: 'csharp',
    match: rx(String.raw`(?:\bSystem\.IO\.|(?<![\w.$\\]))FileNotFoundException: (?:Could not find file '(?<path>[^'\n]{1,400})'|(?:Die Datei|Не удалось найти файл|未能找到文件|Impossible de trouver le fichier|No se pudo encontrar el archivo|Não foi possível localizar o arquivo) ?['"“](?<lpath>[^'"”\n]{1,400})['"”]|(?!Could not load file or assembly)[^\n]{0,400})`, FRAME),
    errorType: 'FileNotFoundException',
    category: 'io',
    priority: 10,
    summary: (c) => (c.path ?? c.lpath ? `The file '${c.path ?? c.lpath}' does not exist.` : 'A file the code opens does not exist.'),
    explanation: (c) => `${c.path ?? c.lpath ? `The path is resolved to '${c.path ?? c.lpath}'. ` : ''}Relative paths are resolved against the current working directory (Environment.CurrentDirectory), which is the project folder for 'dotnet run' but the bin folder or service directory elsewhere. Files that should ship with the app must be copied to the output directory.${where(c)}`,
    causes: ['Relative path resolved from an unexpected working directory', 'File not copied to the output folder (Copy to Output Directory not set)', 'Typo or case-sensitive file system on Linux/containers'],
    fixes: framed((c) => {
      const file = c.path ?? c.lpath;
      const name = file ? (file.split(/[\\/]/).pop() ?? file) : 'seed.json';
      return [
        fix(file ? `Check where ${file} is looked for` : 'Resolve paths from the app base directory', file ? [`Make sure ${file} exists on the machine or container that runs the app; resolve relative paths from the app base directory.`] : [], `var path = Path.Combine(AppContext.BaseDirectory, "${name}");`),
        fix(`Copy ${name} to the output`, ['Mark it in the .csproj.'], `<ItemGroup>\n  <None Update="${name}" CopyToOutputDirectory="PreserveNewest" />\n</ItemGroup>`),
      ];
    }),
    references: [api('System.IO.FileNotFoundException'), api('System.AppContext.BaseDirectory', 'AppContext.BaseDirectory (.NET API)')],
    samples: ["Unbehandelte Ausnahme: System.IO.FileNotFoundException: Die Datei \"C:\\data\\config.json\" konnte nicht gefunden werden.\n   bei System.IO.__Error.WinIOError(Int32 errorCode, String maybeFullPath)", "System.IO.FileNotFoundException: Could not find file '/app/appsettings.Production.json'.\nFile name: '/app/appsettings.Production.json'\n   at Microsoft.Win32.SafeHandles.SafeFileHandle.Open(String fullPath, FileMode mode)"],
  },
  {
    id: 'csharp.assembly-load',
    language: 'csharp',
    // Also without the namespace, or the message alone (a dialog, a logger): it names the class as surely.
    match: /(?:(?:\bSystem\.|(?<![\w.$\\]))(?<kind>IO\.FileNotFoundException|IO\.FileLoadException|FileNotFoundException|FileLoadException|BadImageFormatException): |(?:^|[\s:=*"“{(>']))(?:Could not load file or assembly '|Die Datei oder Assembly "|Не удалось загрузить файл или сборку "|未能加载文件或程序集“|Impossible de charger le fichier ou l'assembly '|No se puede cargar el archivo o ensamblado '|Não foi possível carregar (?:o )?arquivo ou assembly '|ファイルまたはアセンブリ ')(?<assembly>[^'",”\n]{1,300})(?:, Version=(?<version>[\d.]{1,30}))?/,
    errorType: (c) => short(c.kind, 'FileNotFoundException'),
    category: 'dependency',
    priority: 15,
    summary: (c) => `The assembly ${c.assembly}${c.version ? ` version ${c.version}` : ''} could not be loaded.`,
    explanation: (c) => `At runtime .NET looked for ${c.assembly}${c.version ? ` ${c.version}` : ''} and could not find a matching file, or found one with a different version/architecture. This is a deployment or package-version problem: a NuGet package is missing from the output, two packages require different versions, or a native/32-64-bit mismatch (BadImageFormatException).`,
    causes: ['Package referenced by a library but not by the running app (missing from publish output)', 'Version conflict between packages (binding redirect needed on .NET Framework)', 'Platform mismatch (x86 vs x64) or a .NET Framework assembly loaded into .NET Core'],
    fixes: (c) => [
      fix(`Restore and inspect the versions of ${c.assembly}`, ['Run dotnet restore and dotnet list package --include-transitive to find conflicting versions.', `Reference ${c.assembly}${c.version ? ` ${c.version}` : ''} directly in the executable project (the version the message asks for).`], `dotnet list package --include-transitive\ndotnet add package ${c.assembly}${c.version ? ` --version ${c.version.replace(/^(\d+\.\d+\.\d+)\.0$/, '$1')}` : ''}`),
      fix('Check the publish output', [`Verify ${c.assembly}.dll is in bin/publish; rebuild from clean (delete bin and obj).`]),
    ],
    references: [ref('Understanding AssemblyLoadContext / dependency loading', 'https://learn.microsoft.com/en-us/dotnet/core/dependency-loading/overview'), api('System.IO.FileLoadException')],
    samples: ["System.IO.FileNotFoundException: Could not load file or assembly 'Newtonsoft.Json, Version=13.0.0.0, Culture=neutral, PublicKeyToken=30ad4fe6b2a6aeed'. The system cannot find the file specified."],
  },
  {
    id: 'csharp.directory-not-found',
    language: 'csharp',
    match: rx(String.raw`(?:\bSystem\.IO\.|(?<![\w.$\\]))DirectoryNotFoundException: (?:Could not find a part of the path '(?<path>[^'\n]{1,400})'|(?:Ein Teil des Pfades|Не удалось найти часть пути|未能找到路径|Impossible de trouver une partie du chemin d'accès|No se puede encontrar una parte de la ruta de acceso) ?['"“](?<lpath>[^'"”\n]{1,400})['"”]|[^\n]{0,400})`, FRAME),
    errorType: 'DirectoryNotFoundException',
    category: 'io',
    priority: 10,
    summary: (c) => (c.path ?? c.lpath ? `A directory in the path '${c.path ?? c.lpath}' does not exist.` : 'A directory in a path does not exist.'),
    explanation: (c) => `One of the directories leading to ${c.path ?? c.lpath ? `'${c.path ?? c.lpath}'` : 'the path'} is missing. Writing a file does not create parent folders automatically. Windows-style paths (C:\\..., backslashes) also fail on Linux containers.${where(c)}`,
    causes: ['Parent directory not created before writing', 'Hardcoded Windows path used on Linux/macOS', 'Relative path resolved from another working directory'],
    fixes: framed((c) => [
      fix('Create the directory and build paths portably', c.path ?? c.lpath ? [`Create the folders leading to ${c.path ?? c.lpath} before writing, and build the path with Path.Combine instead of hard-coded separators.`] : [], 'var target = Path.Combine(baseDir, "exports", "report.csv");\nDirectory.CreateDirectory(Path.GetDirectoryName(target)!);'),
    ]),
    references: [api('System.IO.DirectoryNotFoundException'), api('System.IO.Path.Combine', 'Path.Combine (.NET API)')],
    samples: ["System.IO.DirectoryNotFoundException: Could not find a part of the path 'C:\\data\\exports\\report.csv'."],
  },
  {
    id: 'csharp.unauthorized-access',
    language: 'csharp',
    match: rx(String.raw`${SYSTEM}UnauthorizedAccessException: (?:Access to the path '(?<path>[^'\n]{1,400})' is denied|(?:Der Zugriff auf den Pfad|Отказано в доступе по пути|对路径|L'accès au chemin d'accès|Acceso denegado a la ruta de acceso|O acesso ao caminho) ?['"“](?<lpath>[^'"”\n]{1,400})['"”]|(?<message>[^\n]{1,400}))`, FRAME),
    errorType: 'UnauthorizedAccessException',
    category: 'permission',
    priority: 10,
    summary: (c) => (c.path ?? c.lpath ? `Access to '${c.path ?? c.lpath}' was denied.` : `Access denied: ${c.message ?? 'the operating system refused the operation'}`),
    explanation: (c) => `The operating system refused the file operation. The process user lacks permissions on the file/folder, the file is read-only or in use, or the path is a directory.${c.path && /Program Files|\\Windows\\/.test(c.path) ? ' Program Files and Windows directories are not writable without elevation; write to a user or app-data folder instead.' : ''}${where(c)}`,
    causes: ['Process user lacks write permission (IIS app pool, container non-root user)', 'File marked read-only or locked by another process', 'Path points to a directory, not a file'],
    fixes: framed((c) => [
      fix(c.path ?? c.lpath ? `Write to a permitted location or fix the permissions of ${c.path ?? c.lpath}` : 'Write to a permitted location or fix permissions', ['Use Path.GetTempPath() or Environment.GetFolderPath(SpecialFolder.LocalApplicationData).', `Grant the service account access (icacls / chown)${c.path ?? c.lpath ? ` to ${c.path ?? c.lpath}` : ''}.`]),
    ]),
    references: [api('System.UnauthorizedAccessException')],
    samples: ["System.UnauthorizedAccessException: Access to the path '/app/logs/app.log' is denied.\n   at System.IO.FileSystem.CreateDirectory(String fullPath)"],
  },
  {
    id: 'csharp.stack-overflow',
    language: 'csharp',
    match: /(?:\bSystem\.StackOverflowException|^Stack overflow\.[ \t]*$(?=\n(?:Repeat \d|[ \t]{1,20}at )))(?:\n(?:Repeat \d{1,9} times:\n-{5,}\n)?[ \t]{1,20}at (?<method>[^\n]{1,300}))?/m,
    errorType: 'StackOverflowException',
    category: 'runtime',
    priority: 10,
    summary: (c) => `The process crashed with a stack overflow${c.method ? ` in ${c.method.replace(/\(.*$/, '')}` : ''} - almost always infinite recursion.`,
    explanation: 'A StackOverflowException cannot be caught; .NET terminates the process and prints "Stack overflow." with the repeating frames. The usual cause is a property that returns itself (get => Name instead of get => name), a method calling itself without a base case, or two methods/serializers calling each other.',
    causes: ['Property getter/setter referring to itself instead of the backing field', 'Recursion without a reachable base case', 'Serializing object graphs with cycles using a custom converter', 'Overridden Equals/ToString calling itself'],
    fixes: (c) => [fix(c.method ? `Break the recursion in ${c.method}` : 'Break the recursion', ['Look at the repeated frames in the output.', 'For properties use a backing field or auto-property.'], 'private string name = "";\npublic string Name\n{\n    get => name;          // not: get => Name;\n    set => name = value;\n}')],
    references: [api('System.StackOverflowException')],
    samples: ['Stack overflow.\nRepeat 24101 times:\n--------------------------------\n   at Shop.Models.Customer.get_Name()\n--------------------------------\n   at Shop.Program.Main(System.String[])'],
  },
  {
    id: 'csharp.out-of-memory',
    language: 'csharp',
    match: rx(String.raw`\bSystem\.OutOfMemoryException(?:: (?<message>[^\n]{1,300}))?`, FRAME),
    errorType: 'OutOfMemoryException',
    category: 'memory',
    priority: 10,
    summary: 'The .NET runtime could not allocate memory.',
    explanation: (c) => `An allocation failed: the process reached its memory limit (container limit, 32-bit address space) or tried to allocate a single huge object (array/string > 2 GB, or a StringBuilder growing without bound).${where(c)}`,
    causes: ['Loading a huge file/result set into memory at once', 'Unbounded caches or lists (memory leak)', 'Process running as 32-bit (x86) with ~2-4 GB address space', 'Container memory limit too low'],
    fixes: framed([fix('Stream instead of buffering and find leaks', ['Process data in chunks (IAsyncEnumerable, streaming readers).', 'Take a dump with dotnet-dump / dotnet-gcdump and inspect the largest object types.'], 'dotnet-gcdump collect -p <pid>')]),
    references: [api('System.OutOfMemoryException'), ref('dotnet-gcdump diagnostic tool', 'https://learn.microsoft.com/en-us/dotnet/core/diagnostics/dotnet-gcdump')],
    samples: ["System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown.\n   at System.Text.StringBuilder.ExpandByABlock(Int32 minBlockCharCount)"],
  },
  {
    id: 'csharp.object-disposed',
    language: 'csharp',
    // Also EF Core's message without the class (loggers that print only ex.Message): its advice
    // about dependency injection is worded by no other exception.
    match: /(?:\bSystem\.ObjectDisposedException: |^(?=Cannot access a disposed (?:object|context instance)\. A common cause of this error is disposing a context))(?:Cannot access a disposed (?<what>object|context instance)|[^\n]{0,300})(?:[\s\S]{0,800}?(?:Object name|Objektname|Имя объекта|对象名|Nom de l'objet|Nombre del objeto): ['"“](?<object>[^'"”\n]{1,200})['"”])?/m,
    errorType: 'ObjectDisposedException',
    category: 'runtime',
    priority: 10,
    summary: (c) => `A disposed ${c.what === 'context instance' ? 'DbContext' : c.object ? `'${c.object}'` : 'object'} was used after Dispose().`,
    explanation: (c) =>
      c.what === 'context instance' || /Context/.test(c.object ?? '')
        ? 'The DbContext was disposed (end of the request scope or a using block) before the code used it. Common causes: async void methods, fire-and-forget tasks (Task.Run) using the request\'s DbContext, or returning an IQueryable that is enumerated after the using block.'
        : `The object${c.object ? ` '${c.object}'` : ''} was used after Dispose() - for example a stream used after its using block ended, or an HttpClient/timer disposed while still in use.`,
    causes: ['Using a scoped service (DbContext) from a background task after the request finished', 'async void or un-awaited tasks', 'Returning IQueryable/IEnumerable that is evaluated after the using block', 'Disposing a shared HttpClient/stream too early'],
    fixes: [fix('Keep the object alive while it is used', ['Await all work inside the using block/request; materialise queries with ToListAsync() before disposal.', 'For background work create a new scope (IServiceScopeFactory).'], 'using var scope = scopeFactory.CreateScope();\nvar db = scope.ServiceProvider.GetRequiredService<AppDbContext>();\nawait DoWorkAsync(db);')],
    references: [api('System.ObjectDisposedException'), ref('EF Core: DbContext lifetime, configuration, and initialization', 'https://learn.microsoft.com/en-us/ef/core/dbcontext-configuration/')],
    samples: ["System.ObjectDisposedException: Cannot access a disposed context instance. A common cause of this error is disposing a context instance that was resolved from dependency injection and then later trying to use the same context instance elsewhere in your application.\nObject name: 'AppDbContext'.", "System.ObjectDisposedException: Cannot access a disposed object.\nObject name: 'System.Net.Http.HttpClient'."],
  },
  {
    id: 'csharp.task-canceled',
    language: 'csharp',
    match: /\bSystem\.(?<cls>Threading\.Tasks\.TaskCanceledException|OperationCanceledException): (?<message>[^\n]{1,400}?)(?:[^\n]{0,200}?HttpClient\.Timeout of (?<timeout>[\d.]{1,10}) seconds)?/,
    errorType: (c) => short(c.cls, 'TaskCanceledException'),
    category: 'network',
    priority: 10,
    summary: (c) => (c.timeout ? `An HTTP request timed out after ${c.timeout} seconds (HttpClient.Timeout).` : 'An asynchronous operation was cancelled.'),
    explanation: (c) =>
      c.timeout || /HttpClient\.Timeout/.test(c.message ?? '')
        ? 'HttpClient cancels requests that exceed HttpClient.Timeout (100 s by default) and reports it as TaskCanceledException. The remote server was slow or unreachable.'
        : 'A CancellationToken was cancelled (client disconnected, shutdown, explicit timeout) or an HttpClient request timed out. In ASP.NET Core, HttpContext.RequestAborted is cancelled when the client goes away.',
    causes: ['Remote service slower than HttpClient.Timeout', 'Client disconnected / request aborted', 'Application shutting down', 'CancellationTokenSource with a short CancelAfter'],
    fixes: (c) => [
      fix('Set timeouts deliberately and add resilience', [`Configure HttpClient.Timeout per client and add retries (Microsoft.Extensions.Http.Resilience / Polly), so System.${c.cls ?? 'Threading.Tasks.TaskCanceledException'} is not the first sign of a slow dependency.`], 'builder.Services.AddHttpClient<PaymentsClient>(c => c.Timeout = TimeSpan.FromSeconds(30))\n    .AddStandardResilienceHandler();'),
      fix('Treat client cancellation as normal', ['Catch OperationCanceledException when the token is cancelled and do not log it as an error.']),
    ],
    references: [api('System.Net.Http.HttpClient.Timeout', 'HttpClient.Timeout (.NET API)'), ref('Cancellation in managed threads', 'https://learn.microsoft.com/en-us/dotnet/standard/threading/cancellation-in-managed-threads')],
    samples: ['System.Threading.Tasks.TaskCanceledException: The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.', 'System.OperationCanceledException: The operation was canceled.'],
  },
  {
    id: 'csharp.http-request',
    language: 'csharp',
    match: /\bSystem\.Net\.Http\.HttpRequestException: (?:Response status code does not indicate success: (?<status>\d{3})(?: \((?<reason>[^)\n]{1,100})\))?|(?<message>[^\n]{1,400}))/,
    errorType: 'HttpRequestException',
    category: 'network',
    priority: 10,
    summary: (c) => (c.status ? `The HTTP call returned ${c.status}${c.reason ? ` ${c.reason}` : ''}.` : `The HTTP request failed: ${c.message}`),
    explanation: (c) => {
      if (c.status) return `EnsureSuccessStatusCode() (or GetStringAsync/GetFromJsonAsync) throws for non-2xx responses. ${c.status.startsWith('4') ? 'A 4xx status means the request was rejected: wrong URL (404), missing/invalid credentials (401/403) or invalid payload (400).' : 'A 5xx status means the server failed; check its logs.'}`;
      const m = c.message ?? '';
      if (/Connection refused|actively refused/i.test(m)) return 'Nothing is listening at the target host/port: the service is down, the port is wrong, or localhost was used inside a container.';
      if (/No such host|Name or service not known|nodename nor servname/i.test(m)) return 'DNS could not resolve the host name in the URL.';
      if (/SSL connection could not be established/i.test(m)) return 'The TLS handshake failed: untrusted or expired certificate, hostname mismatch, or http/https mismatch. The inner AuthenticationException has details.';
      return 'The request could not be completed at the network level; the inner exception has details.';
    },
    causes: ['Target service down or wrong URL/port', 'DNS failure', 'TLS certificate problems (self-signed dev certificates, expired certs)', 'Non-success status code with EnsureSuccessStatusCode'],
    fixes: [
      fix('Check the endpoint from the same environment', ['curl -v the URL from the machine/container where the app runs.', 'In containers use the service name instead of localhost.']),
      fix('Handle non-success status codes explicitly', [], 'var response = await http.GetAsync(url, ct);\nif (!response.IsSuccessStatusCode)\n{\n    var body = await response.Content.ReadAsStringAsync(ct);\n    logger.LogWarning("Call failed {Status}: {Body}", response.StatusCode, body);\n}'),
    ],
    references: [api('System.Net.Http.HttpRequestException'), ref('Guidelines for using HttpClient', 'https://learn.microsoft.com/en-us/dotnet/fundamentals/networking/http/httpclient-guidelines')],
    samples: ['System.Net.Http.HttpRequestException: Connection refused (localhost:5001)\n   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)', 'System.Net.Http.HttpRequestException: Response status code does not indicate success: 404 (Not Found).'],
  },
  {
    id: 'csharp.kestrel-address-in-use',
    language: 'csharp',
    match: /(?:Failed to bind to address (?<address>https?:\/\/[^\s:]{1,255}:(?<port>\d{1,5})): address already in use|Microsoft\.AspNetCore\.Connections\.AddressInUseException: Address already in use)/,
    errorType: 'IOException',
    category: 'network',
    priority: 20,
    summary: (c) => (c.address ? `Kestrel cannot listen on ${c.address}: port ${c.port} is already in use.` : 'Kestrel cannot listen: the configured port is already in use.'),
    explanation: (c) => `Another process - often a previous run of the same app, or another app with the same launchSettings.json port - is already listening on ${c.port ? `port ${c.port}` : 'the port'}.`,
    causes: ['Previous instance still running (IDE, dotnet watch)', 'Another service uses the port', 'Two projects configured with the same applicationUrl'],
    fixes: (c) => [fix('Free or change the port', [`Find the process: lsof -i :${c.port ?? '<port>'} or netstat -ano | findstr :${c.port ?? '<port>'}, and stop it.`, 'Or change applicationUrl in Properties/launchSettings.json, or set ASPNETCORE_URLS / --urls.'], `dotnet run --urls "http://localhost:${c.port ? Number(c.port) + 1 : 5080}"`)],
    references: [ref('Configure endpoints for the ASP.NET Core Kestrel web server', 'https://learn.microsoft.com/en-us/aspnet/core/fundamentals/servers/kestrel/endpoints')],
    samples: ['System.IO.IOException: Failed to bind to address http://127.0.0.1:5000: address already in use.', 'Microsoft.AspNetCore.Connections.AddressInUseException: Address already in use'],
  },

  // ---------------------------------------------------------------- data access and JSON
  {
    id: 'csharp.sql-untrusted-certificate',
    language: 'csharp',
    match: /\(provider: SSL Provider, error: 0 - The certificate chain was issued by an authority that is not trusted\.?\)/,
    errorType: 'SqlException',
    category: 'database',
    priority: 20,
    summary: "SQL Server's TLS certificate is not trusted by the client.",
    explanation: 'Microsoft.Data.SqlClient 4.0+ encrypts connections by default (Encrypt=True) and validates the server certificate. Local and development SQL Server instances usually use a self-signed certificate, which the client rejects.',
    causes: ['Upgrading to Microsoft.Data.SqlClient 4+/EF Core 7+ (Encrypt now defaults to true)', 'SQL Server using a self-signed certificate (local/dev/Docker)', 'Certificate issued by an internal CA not trusted on the client'],
    fixes: [
      fix('For local development, trust the server certificate', ['Add TrustServerCertificate=True (development only).'], '"ConnectionStrings": {\n  "Default": "Server=localhost,1433;Database=Shop;User Id=sa;Password=...;TrustServerCertificate=True"\n}'),
      fix('In production, install a trusted certificate', ['Use a certificate from a trusted CA on SQL Server and keep Encrypt=True.']),
    ],
    references: [ref('Connection string syntax (Microsoft.Data.SqlClient)', 'https://learn.microsoft.com/en-us/sql/connect/ado-net/connection-string-syntax')],
    samples: ['Microsoft.Data.SqlClient.SqlException (0x80131904): A connection was successfully established with the server, but then an error occurred during the login process. (provider: SSL Provider, error: 0 - The certificate chain was issued by an authority that is not trusted.)'],
  },
  {
    id: 'csharp.sql-exception',
    language: 'csharp',
    // Or a SQL Server message shown without its class (an app's error dialog, ex.Message) over
    // SqlClient's own frames: "at System.Data.SqlClient.SqlConnection.OnError(SqlException …", or
    // the tail SqlException.ToString() writes after the frames: "Error Number:208,State:1,Class:16".
    match:
      /\b(?<cls>Microsoft\.Data\.SqlClient\.SqlException|System\.Data\.SqlClient\.SqlException|Npgsql\.PostgresException|Npgsql\.NpgsqlException|MySqlConnector\.MySqlException|Microsoft\.Data\.Sqlite\.SqliteException)(?: \(0x[0-9A-Fa-f]{8}\))?: (?<message>[^\n]{1,500})|^"?(?<bare>(?:Invalid (?:object|column) name|Login failed for user|Cannot open database|Violation of (?:PRIMARY|UNIQUE) KEY|Cannot insert (?:duplicate key|the value NULL)|The (?:INSERT|UPDATE|DELETE) statement conflicted|A network-related or instance-specific|Incorrect syntax near|Conversion failed)[^\n"]{0,400})"?\n(?:[^\n]{0,200}\n){0,3}?[ \t]*at (?:System|Microsoft)\.Data\.SqlClient\.Sql\w{1,40}\.OnError\(SqlException\b|^Error Number:(?<number>\d{1,6}),State:\d{1,3},Class:\d{1,2}$/m,
    errorType: (c) => short(c.cls, 'SqlException'),
    category: 'database',
    priority: 8,
    summary: (c) => (c.message ?? c.bare ? `The database returned an error: ${c.message ?? c.bare}` : `SQL Server returned error ${c.number ?? ''}.`),
    explanation: (c) => {
      const m = c.message ?? c.bare ?? '';
      if (/network-related or instance-specific|server was not found or was not accessible/i.test(m)) return 'The client could not reach SQL Server: wrong server name/instance or port, SQL Server not running, TCP/IP disabled, or a firewall blocking port 1433.';
      if (/Login failed for user/i.test(m)) return 'SQL Server rejected the credentials (wrong password, SQL authentication disabled, or the login has no access to the database).';
      if (/Invalid object name|Invalid column name/i.test(m)) return 'The query refers to a table/column that does not exist in this database: migrations not applied, wrong database in the connection string, or a naming mismatch.';
      if (/duplicate key|UNIQUE KEY constraint|PRIMARY KEY constraint/i.test(m)) return 'The statement violates a unique/primary key constraint.';
      if (/Cannot open database/i.test(m)) return 'The database named in the connection string does not exist or the login cannot access it.';
      return 'The provider passes on the error reported by the database server; the message (and the error number/SQLSTATE) says which rule was violated.';
    },
    causes: ['Connection string points to the wrong server/database or wrong credentials', 'Schema out of date: migrations not applied', 'Constraint violation in the data being saved', 'Network/firewall blocking the database port'],
    fixes: (c) => [
      fix('Verify the connection string and schema', [`${c.cls ?? 'The provider exception'} carries the database server's own error: test the same connection string with sqlcmd/psql or a GUI client.`, 'Apply migrations: dotnet ef database update.'], 'dotnet ef database update'),
    ],
    references: [api('Microsoft.Data.SqlClient.SqlException', 'SqlException (.NET API)'), ref('Database engine events and errors', 'https://learn.microsoft.com/en-us/sql/relational-databases/errors-events/database-engine-events-and-errors')],
    samples: ["Microsoft.Data.SqlClient.SqlException (0x80131904): Invalid object name 'dbo.Orders'.", "Microsoft.Data.SqlClient.SqlException (0x80131904): A network-related or instance-specific error occurred while establishing a connection to SQL Server. The server was not found or was not accessible."],
  },
  {
    id: 'csharp.db-update',
    language: 'csharp',
    match: /\bMicrosoft\.EntityFrameworkCore\.DbUpdateException: An error occurred while (?:saving|updating) the entit(?:y|ies)(?: changes)?\.? See the inner exception for details\.?/,
    errorType: 'DbUpdateException',
    category: 'database',
    priority: 10,
    summary: 'EF Core SaveChanges failed; the database rejected the changes.',
    explanation: 'DbUpdateException is a wrapper: the database error is in the InnerException (" ---> " in the log), e.g. a unique constraint violation, a foreign key violation, a NOT NULL column without value, or a string longer than the column.',
    causes: ['Unique index/primary key violation', 'Foreign key pointing to a missing row', 'Required column left null or value too long', 'Schema out of date with the model (missing migration)'],
    fixes: [
      fix('Read the inner exception', ['Log ex.InnerException (or ex.ToString()) to see the real database error.', 'Enable EnableSensitiveDataLogging in development to see parameter values.'], 'catch (DbUpdateException ex)\n{\n    logger.LogError(ex, "Save failed: {Inner}", ex.InnerException?.Message);\n    throw;\n}'),
      fix('Keep the schema in sync', ['Add and apply a migration after model changes.'], 'dotnet ef migrations add AddOrderIndex\ndotnet ef database update'),
    ],
    references: [api('Microsoft.EntityFrameworkCore.DbUpdateException', 'DbUpdateException (EF Core API)'), ref('EF Core: Basic SaveChanges', 'https://learn.microsoft.com/en-us/ef/core/saving/basic')],
    samples: ['Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.\n   at Microsoft.EntityFrameworkCore.Update.ReaderModificationCommandBatch.ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken)'],
  },
  {
    id: 'csharp.db-update-concurrency',
    language: 'csharp',
    match: /\bDbUpdateConcurrencyException: The database operation was expected to affect (?<expected>\d{1,6}) row\(s\), but actually affected (?<actual>\d{1,6}) row\(s\)/,
    errorType: 'DbUpdateConcurrencyException',
    category: 'concurrency',
    priority: 15,
    summary: (c) => `EF Core expected to update ${c.expected} row(s) but ${c.actual} were affected.`,
    explanation: 'EF Core issues UPDATE/DELETE with the key (and concurrency token, if any) in the WHERE clause. Zero affected rows means the row was changed or deleted by someone else since it was loaded - or the entity was attached with a wrong/default key.',
    causes: ['Another request modified or deleted the row (optimistic concurrency conflict)', 'Updating a detached entity whose Id is 0/default or does not exist', 'Concurrency token (rowversion) value is stale'],
    fixes: [fix('Handle the conflict or fix the key', ['Catch DbUpdateConcurrencyException, reload the entity and retry or report the conflict.', 'Ensure the entity key is set when attaching/updating.'])],
    references: [ref('EF Core: Handling concurrency conflicts', 'https://learn.microsoft.com/en-us/ef/core/saving/concurrency')],
    samples: ['Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException: The database operation was expected to affect 1 row(s), but actually affected 0 row(s); data may have been modified or deleted since entities were loaded.'],
  },
  {
    id: 'csharp.json-cycle',
    language: 'csharp',
    match: /A possible object cycle was detected(?:[^\n]{0,500}?Path: (?<path>[^\s\n]{1,300}))?/,
    errorType: 'JsonException',
    category: 'runtime',
    priority: 20,
    summary: 'System.Text.Json found a reference cycle (or a graph deeper than 64 levels) while serialising.',
    explanation: (c) => `The object graph contains a cycle - typically EF Core entities with navigation properties in both directions (Order.Customer.Orders.Customer...).${c.path ? ` The path it followed was ${c.path.replace(/\.$/, '')}.` : ''} System.Text.Json does not handle cycles by default.`,
    causes: ['Returning EF Core entities with bidirectional navigation properties from an API', 'Parent/child objects referencing each other'],
    fixes: (c) => [
      fix('Return DTOs instead of entities', [`Project to DTOs (Select) that contain only what the client needs${c.path ? `; the cycle runs along ${c.path}` : ''}.`], 'var orders = await db.Orders\n    .Select(o => new OrderDto(o.Id, o.Total, o.Customer.Name))\n    .ToListAsync();'),
      fix('Or ignore cycles in the serializer', [], 'builder.Services.AddControllers().AddJsonOptions(o =>\n    o.JsonSerializerOptions.ReferenceHandler = ReferenceHandler.IgnoreCycles);'),
    ],
    references: [ref('How to preserve references and handle or ignore circular references in System.Text.Json', 'https://learn.microsoft.com/en-us/dotnet/standard/serialization/system-text-json/preserve-references')],
    samples: ['System.Text.Json.JsonException: A possible object cycle was detected. This can either be due to a cycle or if the object depth is larger than the maximum allowed depth of 64. Consider using ReferenceHandler.Preserve on JsonSerializerOptions to support cycles. Path: $.Customer.Orders.Customer.Orders.Customer.Orders.Customer.Orders.Customer.Orders.Customer.Orders.Customer.Orders.Customer.Orders.Customer.Orders.Customer.Orders.Customer.Orders.Customer.Orders.Customer.Orders.Customer.Orders.Customer.Orders.Customer.Orders.Id.'],
  },
  {
    id: 'csharp.json-exception',
    language: 'csharp',
    match: /\bSystem\.Text\.Json\.JsonException: (?:The JSON value could not be converted to (?<target>[^\s.][^\s]{0,300}?)\. Path: (?<path>[^\s|]{1,300}) \| LineNumber: (?<lineNo>\d{1,9}) \| BytePositionInLine: (?<pos>\d{1,9})|(?<message>[^\n]{1,500}))/,
    errorType: 'JsonException',
    category: 'type',
    priority: 10,
    summary: (c) => (c.target ? `The JSON value at ${c.path} cannot be converted to ${c.target}.` : `Invalid JSON for the target type: ${c.message}`),
    explanation: (c) =>
      c.target
        ? `System.Text.Json is strict: the value at ${c.path} has a different JSON type than ${c.target} expects - e.g. a number sent as a string ("42"), an enum sent as a string without JsonStringEnumConverter, or an object where an array is expected.`
        : 'The JSON is malformed or does not match the target type. The Path/LineNumber in the message locate the problem.',
    causes: ['Numbers sent as strings', 'Enums as strings without JsonStringEnumConverter', 'Property type mismatch between client and server models', 'Malformed JSON (trailing commas, comments)'],
    fixes: (c) => [
      fix(c.target ? `Send ${c.path} as ${c.target}, or relax the serializer options` : 'Align types or relax the serializer options', c.target ? [`The JSON at ${c.path} does not have the shape of ${c.target}: fix the sender, change the property type, or allow numbers in strings / enums as strings.`] : [], 'var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)\n{\n    NumberHandling = JsonNumberHandling.AllowReadingFromString,\n    Converters = { new JsonStringEnumConverter() }\n};'),
    ],
    references: [ref('System.Text.Json overview', 'https://learn.microsoft.com/en-us/dotnet/standard/serialization/system-text-json/overview')],
    samples: ['System.Text.Json.JsonException: The JSON value could not be converted to System.Int32. Path: $.quantity | LineNumber: 0 | BytePositionInLine: 17.'],
  },

  // ---------------------------------------------------------------- compiler
  {
    id: 'csharp.cs0246',
    language: 'csharp',
    requires: CS_CODE,
    match: cs('CS0246', String.raw`The type or namespace name '(?<name>[^'\n]{1,200})' could not be found`),
    errorType: 'CS0246',
    category: 'name',
    priority: 10,
    summary: (c) => `The type or namespace '${c.name}' cannot be found${at(c)}.`,
    explanation: (c) => `The compiler does not know '${c.name}'. Either a using directive is missing, the name is misspelled (C# is case-sensitive), or the assembly/NuGet package/project that defines it is not referenced by this project.${/Attribute$/.test(c.name ?? '') ? ' Attributes are looked up with and without the "Attribute" suffix.' : ''}`,
    causes: ['Missing using directive', 'NuGet package or project reference missing from the .csproj', 'Typo or wrong casing', 'Referenced project targets an incompatible framework'],
    fixes: (c) => [
      fix('Add the using or the reference', ['Use the IDE quick fix (Ctrl+.) to add the using.', 'If it is from a package, install it; if from another project, add a project reference.'], `dotnet add package <PackageName>\ndotnet add reference ../Other/Other.csproj\n\nusing Some.Namespace; // where ${c.name} lives`),
    ],
    references: [compilerMsg('CS0246')],
    samples: ["Program.cs(12,17): error CS0246: The type or namespace name 'JsonConvert' could not be found (are you missing a using directive or an assembly reference?) [/src/App/App.csproj]"],
  },
  {
    id: 'csharp.cs0234',
    language: 'csharp',
    requires: CS_CODE,
    match: cs('CS0234', String.raw`The type or namespace name '(?<name>[^'\n]{1,200})' does not exist in the namespace '(?<ns>[^'\n]{1,200})'`),
    errorType: 'CS0234',
    category: 'dependency',
    priority: 10,
    summary: (c) => `'${c.name}' does not exist in namespace '${c.ns}'${at(c)}.`,
    explanation: (c) => `The namespace '${c.ns}' exists, but '${c.name}' is not in it for the assemblies this project references. Usually a package that contributes to that namespace is missing (e.g. Microsoft.EntityFrameworkCore.SqlServer, Microsoft.Extensions.*), or the package version is different.`,
    causes: ['A NuGet package that adds types to this namespace is not installed', 'Package version mismatch between projects', 'Typo in the type or sub-namespace'],
    fixes: (c) => [fix(`Install the package that provides ${c.ns ? `${c.ns}.` : ''}${c.name ?? 'the namespace'}`, [`Search NuGet for ${c.ns ? `${c.ns}.` : ''}${c.name ?? 'the full name'} and install it with dotnet add package.`], c.ns && c.name ? `dotnet add package ${c.ns}.${c.name}` : null)],
    references: [compilerMsg('CS0234')],
    samples: ["Data/AppDbContext.cs(3,37): error CS0234: The type or namespace name 'SqlServer' does not exist in the namespace 'Microsoft.EntityFrameworkCore' (are you missing an assembly reference?)"],
  },
  {
    id: 'csharp.cs0103',
    language: 'csharp',
    requires: CS_CODE,
    match: cs('CS0103', String.raw`The name '(?<name>[^'\n]{1,200})' does not exist in the current context`),
    errorType: 'CS0103',
    category: 'name',
    priority: 10,
    summary: (c) => `The name '${c.name}' does not exist here${at(c)}.`,
    explanation: (c) => `'${c.name}' is not declared in any scope visible at this point: it is misspelled, declared inside another block (if/for/try), a member of another class, or a static class used without its using directive${c.name === 'Console' || c.name === 'Math' || c.name === 'File' ? ' (add using System; / using System.IO;)' : ''}.`,
    causes: ['Typo or wrong casing', 'Variable declared inside a block and used outside', 'Missing using for a static class', 'Code moved out of the class where the field is declared'],
    fixes: (c) => [fix(c.name ? `Declare ${c.name} in the right scope` : 'Declare it in the right scope', [`Move the declaration of ${c.name ?? 'the variable'} before the block where it is used, fix the spelling, or add the missing using.`], `string ${c.name && /^\w+$/.test(c.name) ? c.name : 'result'};        // declared outside the try\ntry\n{\n    ${c.name && /^\w+$/.test(c.name) ? c.name : 'result'} = Load();\n}\ncatch (IOException) { ${c.name && /^\w+$/.test(c.name) ? c.name : 'result'} = ""; }\nConsole.WriteLine(${c.name && /^\w+$/.test(c.name) ? c.name : 'result'});`)],
    references: [compilerMsg('CS0103')],
    samples: ["Services/Mailer.cs(27,13): error CS0103: The name 'smtpClient' does not exist in the current context"],
  },
  {
    id: 'csharp.cs1061',
    language: 'csharp',
    requires: CS_CODE,
    match: cs('CS1061', String.raw`'(?<type>[^'\n]{1,300})' does not contain a definition for '(?<member>[^'\n]{1,200})'`),
    errorType: 'CS1061',
    category: 'name',
    priority: 10,
    summary: (c) => `${c.type} has no member '${c.member}'${at(c)}.`,
    explanation: (c) => `Neither ${c.type} nor any extension method in scope defines '${c.member}'.${/^(Where|Select|First|FirstOrDefault|ToList|Any|OrderBy|Count)$/.test(c.member ?? '') ? ' This is a LINQ method: add using System.Linq;.' : ''}${/Async$/.test(c.member ?? '') ? ' Async EF methods (ToListAsync, FirstOrDefaultAsync) need using Microsoft.EntityFrameworkCore;.' : ''}${/^Task/.test(c.type ?? '') ? ' The expression is a Task - you probably forgot to await it.' : ''}`,
    causes: ['Typo or wrong casing of the member', 'Missing using for extension methods (System.Linq, Microsoft.EntityFrameworkCore)', 'Calling a member on Task<T> without await', 'The member exists on another type or a newer package version'],
    fixes: (c) => [
      fix(c.member ? `Fix the access to ${c.member} on ${c.type}` : 'Fix the member access', [`Check the spelling and the actual type of the expression (hover in the IDE)${c.type ? `: it is ${c.type}` : ''}.`, /^Task</.test(c.type ?? '') ? `${c.type} is a Task: await it first, then use .${c.member}.` : 'Add the using for extension methods (System.Linq, Microsoft.EntityFrameworkCore), or await the Task first.'], /^Task</.test(c.type ?? '') ? `var result = await GetAsync(); // not: GetAsync().${c.member}\nvar value = result.${c.member};` : 'using System.Linq;\nusing Microsoft.EntityFrameworkCore;'),
    ],
    references: [compilerMsg('CS1061')],
    samples: ["Controllers/UsersController.cs(31,35): error CS1061: 'Task<User>' does not contain a definition for 'Name' and no accessible extension method 'Name' accepting a first argument of type 'Task<User>' could be found (are you missing a using directive or an assembly reference?)"],
  },
  {
    id: 'csharp.cs0029',
    language: 'csharp',
    requires: CS_CODE,
    match: cs('CS0029', String.raw`Cannot implicitly convert type '(?<from>[^'\n]{1,300})' to '(?<to>[^'\n]{1,300})'`),
    errorType: 'CS0029',
    category: 'type',
    priority: 10,
    summary: (c) => `A value of type ${c.from} cannot be assigned to ${c.to}${at(c)}.`,
    explanation: (c) => `There is no implicit conversion from ${c.from} to ${c.to}.${/^string$/.test(c.from ?? '') && /int|long|double|decimal/.test(c.to ?? '') ? ' Parse the string (int.Parse/TryParse).' : ''}${/^System\.Threading\.Tasks\.Task|^Task/.test(c.from ?? '') ? ' The value is a Task: add await.' : ''}${/IEnumerable|IQueryable/.test(c.from ?? '') && /List/.test(c.to ?? '') ? ' Materialise the sequence with .ToList().' : ''}`,
    causes: ['Missing await (Task<T> vs T)', 'string vs number without parsing', 'IEnumerable<T> assigned to List<T> without ToList()', 'Unrelated types'],
    fixes: [fix('Convert explicitly', [], 'int age = int.Parse(input);\nList<User> list = users.Where(u => u.Active).ToList();\nUser user = await repo.GetAsync(id);')],
    references: [compilerMsg('CS0029')],
    samples: ["Program.cs(9,23): error CS0029: Cannot implicitly convert type 'string' to 'int'"],
  },
  {
    id: 'csharp.cs0266',
    language: 'csharp',
    requires: CS_CODE,
    match: cs('CS0266', String.raw`Cannot implicitly convert type '(?<from>[^'\n]{1,300})' to '(?<to>[^'\n]{1,300})'\. An explicit conversion exists`),
    errorType: 'CS0266',
    category: 'type',
    priority: 10,
    summary: (c) => `Converting ${c.from} to ${c.to} needs an explicit cast${at(c)}.`,
    explanation: (c) => `A conversion from ${c.from} to ${c.to} exists but may lose data or fail at runtime (narrowing numbers, double to int, base class to derived class, nullable to non-nullable), so C# requires you to write it explicitly.`,
    causes: ['Narrowing numeric conversion (long/double to int)', 'Nullable value type to non-nullable (int? to int)', 'Base type or interface to a derived type'],
    fixes: (c) => [fix('Cast explicitly or handle the value', [`Write (${c.to})value if truncation is intended, use Convert/Math.Round, or handle null with ??.`], 'int total = (int)Math.Round(amount);\nint count = maybeCount ?? 0;')],
    references: [compilerMsg('CS0266')],
    samples: ["Billing.cs(18,25): error CS0266: Cannot implicitly convert type 'double' to 'int'. An explicit conversion exists (are you missing a cast?)"],
  },
  {
    id: 'csharp.cs1503',
    language: 'csharp',
    requires: CS_CODE,
    match: cs('CS1503', String.raw`Argument (?<index>\d{1,3}): cannot convert from '(?<from>[^'\n]{1,300})' to '(?<to>[^'\n]{1,300})'`),
    errorType: 'CS1503',
    category: 'type',
    priority: 10,
    summary: (c) => `Argument ${c.index} is a ${c.from} but the method expects ${c.to}${at(c)}.`,
    explanation: (c) => `No overload accepts a ${c.from} at position ${c.index}; the chosen method wants ${c.to}.`,
    causes: ['Wrong argument order', 'Missing conversion (string vs int, Task<T> vs T)', 'Passing a different overload\'s arguments'],
    fixes: [fix('Pass the expected type', ['Convert the argument or call the overload that takes this type.'])],
    references: [miscMsg('CS1503')],
    samples: ["Program.cs(14,31): error CS1503: Argument 1: cannot convert from 'string' to 'int'"],
  },
  {
    id: 'csharp.cs1002',
    language: 'csharp',
    requires: CS_CODE,
    match: cs('CS1002', String.raw`; expected`),
    errorType: 'CS1002',
    category: 'syntax',
    priority: 10,
    summary: (c) => `A semicolon is missing${at(c)}.`,
    explanation: 'Every C# statement must end with a semicolon. The compiler points at the position where it expected one - often the end of the previous line. An unbalanced parenthesis or quote can also cause it.',
    causes: ['Missing ; at the end of a statement', 'Unclosed parenthesis/quote earlier on the line', 'Code from another language pasted in'],
    fixes: [fix('Add the semicolon', ['Go to the reported position (or the end of the line before it) and add ;.'])],
    references: [miscMsg('CS1002')],
    samples: ['Program.cs(5,34): error CS1002: ; expected'],
  },
  {
    id: 'csharp.cs0117',
    language: 'csharp',
    requires: CS_CODE,
    match: cs('CS0117', String.raw`'(?<type>[^'\n]{1,300})' does not contain a definition for '(?<member>[^'\n]{1,200})'`),
    errorType: 'CS0117',
    category: 'name',
    priority: 10,
    summary: (c) => `${c.type} has no static member or nested type '${c.member}'${at(c)}.`,
    explanation: (c) => `The code accessed ${c.type}.${c.member} through the type name (a static access), but ${c.type} does not define it. It may be an instance member, misspelled, or from a newer API version.`,
    causes: ['Typo or member removed/renamed', 'Instance member accessed as if static', 'API version differs from documentation/sample'],
    fixes: (c) => [fix(c.member ? `Use a member that ${c.type} has instead of ${c.member}` : 'Use an existing member', [`Check the members of ${c.type ?? 'the type'} (IDE completion; member names are case-sensitive) and the package version.`])],
    references: [miscMsg('CS0117')],
    samples: ["Program.cs(8,20): error CS0117: 'Console' does not contain a definition for 'Writeline'"],
  },
  {
    id: 'csharp.cs0120',
    language: 'csharp',
    requires: CS_CODE,
    match: cs('CS0120', String.raw`An object reference is required for the non-?static field, method, or property '(?<member>[^'\n]{1,300})'`),
    errorType: 'CS0120',
    category: 'name',
    priority: 10,
    summary: (c) => `The instance member ${c.member} is used from a static context${at(c)}.`,
    explanation: (c) => `${c.member} belongs to an instance, but it is used from static code (e.g. static void Main) where there is no 'this'. Create an instance, or make the member static if it does not depend on instance state.`,
    causes: ['Calling an instance method from static Main', 'Accessing an instance field from a static method'],
    fixes: (c) => [fix(c.member ? `Call ${c.member} on an instance, or make it static` : 'Use an instance or make it static', [c.member ? `${c.member} belongs to an object: create (or inject) an instance and call it there, or mark ${c.member.replace(/\(.*$/, '')} static if it uses no instance state.` : 'Create an instance, or mark the member static.'], 'var app = new App();\napp.Run();\n\n// or\nstatic void Run() { }')],
    references: [compilerMsg('CS0120')],
    samples: ["Program.cs(7,9): error CS0120: An object reference is required for the non-static field, method, or property 'Program.Greet()'"],
  },
  {
    id: 'csharp.cs0161',
    language: 'csharp',
    requires: CS_CODE,
    match: cs('CS0161', String.raw`'(?<method>[^'\n]{1,300})': not all code paths return a value`),
    errorType: 'CS0161',
    category: 'syntax',
    priority: 10,
    summary: (c) => `${c.method} does not return a value on every path${at(c)}.`,
    explanation: 'A non-void method can reach its end without return or throw: an if without else, a switch without default, or a loop that may finish normally.',
    causes: ['if/else-if without a final else', 'switch without default', 'return only inside a loop'],
    fixes: (c) => [fix(c.method ? `Return or throw at the end of ${c.method}` : 'Return or throw at the end', ['Every path through the method must end in return or throw: add a final return, or throw for the impossible case.'], 'static string Grade(int score)\n{\n    if (score >= 90) return "A";\n    if (score >= 80) return "B";\n    return "C";\n}')],
    references: [miscMsg('CS0161')],
    samples: ["Grades.cs(3,19): error CS0161: 'Grades.Grade(int)': not all code paths return a value"],
  },
  {
    id: 'csharp.cs0165',
    language: 'csharp',
    requires: CS_CODE,
    match: cs('CS0165', String.raw`Use of unassigned local variable '(?<name>[^'\n]{1,200})'`),
    errorType: 'CS0165',
    category: 'syntax',
    priority: 10,
    summary: (c) => `The local variable '${c.name}' may be used before it is assigned${at(c)}.`,
    explanation: (c) => `C# requires definite assignment: on some path (e.g. when an if condition is false or a try block throws) '${c.name}' is read without having been given a value.`,
    causes: ['Assignment only inside an if/try/loop', 'Declared without initialiser'],
    fixes: (c) => [fix('Initialise the variable', [], `var ${c.name} = default(string); // or a meaningful default`)],
    references: [compilerMsg('CS0165')],
    samples: ["Program.cs(15,27): error CS0165: Use of unassigned local variable 'total'"],
  },
  {
    id: 'csharp.cs0019',
    language: 'csharp',
    requires: CS_CODE,
    match: cs('CS0019', String.raw`Operator '(?<op>[^'\n]{1,5})' cannot be applied to operands of type '(?<left>[^'\n]{1,200})' and '(?<right>[^'\n]{1,200})'`),
    errorType: 'CS0019',
    category: 'type',
    priority: 10,
    summary: (c) => `Operator ${c.op} is not defined for ${c.left} and ${c.right}${at(c)}.`,
    explanation: (c) => `There is no ${c.op} operator between ${c.left} and ${c.right}.${c.op === '==' && /int|string/.test(`${c.left}${c.right}`) ? ' Comparing a string with a number needs a conversion.' : ''}${/\?$/.test(c.left ?? '') || /\?$/.test(c.right ?? '') ? ' One side is nullable; use ?? or .Value.' : ''}`,
    causes: ['Operands of different types (string vs int, DateTime vs string)', 'Custom types without operator overloads', 'Using = vs == or & vs && incorrectly'],
    fixes: [fix('Convert the operands', ['Convert one side (int.Parse, ToString), or implement the operator on your type.'])],
    references: [compilerMsg('CS0019')],
    samples: ["Orders.cs(22,17): error CS0019: Operator '==' cannot be applied to operands of type 'string' and 'int'"],
  },
  {
    id: 'csharp.cs0535',
    language: 'csharp',
    requires: CS_CODE,
    match: cs('CS0535', String.raw`'(?<type>[^'\n]{1,300})' does not implement interface member '(?<member>[^'\n]{1,300})'`),
    errorType: 'CS0535',
    category: 'type',
    priority: 10,
    summary: (c) => `${c.type} does not implement ${c.member}${at(c)}.`,
    explanation: (c) => `A class that declares an interface must implement all its members with matching signatures. ${c.member} is missing (or has a different signature/return type).`,
    causes: ['Member not implemented yet', 'Signature differs (parameter types, return type, Task vs ValueTask)', 'Interface gained new members'],
    fixes: (c) => [fix(c.member ? `Implement ${c.member} in ${c.type ?? 'the class'}` : 'Implement the interface member', ['Use the IDE quick fix "Implement interface" and fill in the bodies; the signature must match exactly (parameter types, return type, async Task).'])],
    references: [miscMsg('CS0535')],
    samples: ["Services/EmailSender.cs(5,33): error CS0535: 'EmailSender' does not implement interface member 'IEmailSender.SendAsync(string, string)'"],
  },
  {
    id: 'csharp.cs0501',
    language: 'csharp',
    requires: CS_CODE,
    match: cs('CS0501', String.raw`'(?<member>[^'\n]{1,300})' must declare a body because it is not marked abstract, extern, or partial`),
    errorType: 'CS0501',
    category: 'syntax',
    priority: 10,
    summary: (c) => `${c.member} has no body${at(c)}.`,
    explanation: 'Methods in a class must have a body ({ ... } or => expression) unless they are abstract, extern or partial. A declaration ending with ; only is allowed in interfaces.',
    causes: ['Method declared like in an interface (ending with ;)', 'Missing abstract modifier', 'Property accessor written as get; inside a manual property'],
    fixes: (c) => [fix(c.member ? `Add a body to ${c.member} or mark it abstract` : 'Add a body or mark it abstract', [], 'public decimal Total() => items.Sum(i => i.Price);\n\npublic abstract decimal Total();   // in an abstract class')],
    references: [miscMsg('CS0501')],
    samples: ["Models/Order.cs(9,24): error CS0501: 'Order.Total()' must declare a body because it is not marked abstract, extern, or partial"],
  },
  {
    id: 'csharp.cs8602',
    language: 'csharp',
    requires: CS_CODE,
    match: cs('CS8602', String.raw`Dereference of a possibly null reference\.?`),
    errorType: 'CS8602',
    category: 'null',
    priority: 10,
    summary: (c) => `A possibly null reference is dereferenced${at(c)}.`,
    explanation: 'With nullable reference types enabled, the compiler tracks whether a reference may be null. Here a value of a nullable type (T?) - or the result of a method like FirstOrDefault - is used with . or [] without a null check. At runtime this could be a NullReferenceException.',
    causes: ['Using the result of FirstOrDefault/Find/TryGetValue without a check', 'Accessing a property declared as T?', 'The compiler cannot see a check done in another method'],
    fixes: [fix('Check for null or express intent', ['Add an if (x is null) check or use ?. / ??.', 'If you know it cannot be null, use the null-forgiving operator ! (sparingly) or annotate helper methods with [NotNull]/[MemberNotNull].'], 'var user = users.FirstOrDefault(u => u.Id == id);\nif (user is null) return NotFound();\nreturn Ok(user.Name);')],
    references: [NULLABLE_WARNINGS, NULLABLE_REFS],
    samples: ['Controllers/OrdersController.cs(41,20): warning CS8602: Dereference of a possibly null reference. [/src/Shop/Shop.csproj]'],
  },
  {
    id: 'csharp.cs8600',
    language: 'csharp',
    requires: CS_CODE,
    match: cs('(?<code>CS860[0134])', String.raw`(?<message>Converting null literal or possible null value to non-nullable type|Possible null reference (?:assignment|return|argument)[^\n]{0,200})`),
    errorType: (c) => c.code ?? 'CS8600',
    category: 'null',
    priority: 10,
    summary: (c) => `A possibly null value flows into a non-nullable variable, parameter or return${at(c)}.`,
    explanation: (c) => `Nullable analysis (${c.code}) found a value that may be null assigned to, passed as, or returned as a non-nullable reference type. Either the target should be nullable (T?) or the value should be checked/defaulted first.`,
    causes: ['Assigning FirstOrDefault/as-cast/GetValueOrDefault results to T instead of T?', 'Returning null from a method declared to return T', 'Passing nullable values to non-nullable parameters'],
    fixes: [fix('Make the target nullable or provide a value', [], 'string? name = dict.GetValueOrDefault(key);   // declare as nullable\nstring safe = name ?? "unknown";             // or default it')],
    references: [NULLABLE_WARNINGS],
    samples: ['Services/UserService.cs(18,27): warning CS8600: Converting null literal or possible null value to non-nullable type.', 'Repo.cs(30,20): warning CS8603: Possible null reference return.'],
  },
  {
    id: 'csharp.cs8618',
    language: 'csharp',
    requires: CS_CODE,
    match: cs('CS8618', String.raw`Non-nullable (?<kind>property|field|event|variable) '(?<name>[^'\n]{1,200})' must contain a non-null value when exiting constructor`),
    errorType: 'CS8618',
    category: 'null',
    priority: 10,
    summary: (c) => `The non-nullable ${c.kind} '${c.name}' is not initialised by the constructor${at(c)}.`,
    explanation: (c) => `With nullable reference types enabled, a non-nullable ${c.kind} must have a value when construction finishes. '${c.name}' has no initialiser and no constructor assigns it, so it would start as null.`,
    causes: ['DTO/entity properties without initialisers', 'Properties set by a framework (EF Core, model binding, DI) after construction', 'Constructor does not assign every member'],
    fixes: (c) => [
      fix('Mark it required (C# 11+) or initialise it', ['Use the required modifier so object initialisers must set it, or give a default value, or make it nullable if absence is valid.'], `public required string ${c.name} { get; set; }\n// or\npublic string ${c.name} { get; set; } = string.Empty;\n// or\npublic string? ${c.name} { get; set; }`),
      fix('For EF Core navigation properties', ['Use = null! for navigations EF populates, or declare them nullable.']),
    ],
    references: [NULLABLE_WARNINGS, ref('required modifier (C# reference)', 'https://learn.microsoft.com/en-us/dotnet/csharp/language-reference/keywords/required')],
    samples: ["Models/Customer.cs(7,19): warning CS8618: Non-nullable property 'Email' must contain a non-null value when exiting constructor. Consider adding the 'required' modifier or declaring the property as nullable."],
  },
  {
    id: 'csharp.netsdk1045',
    language: 'csharp',
    match: /NETSDK1045: The current \.NET SDK does not support targeting \.NET (?:Core )?(?<target>[\d.]{1,10})\./,
    errorType: 'NETSDK1045',
    category: 'configuration',
    priority: 15,
    summary: (c) => `The installed .NET SDK is too old to build for .NET ${c.target}.`,
    explanation: (c) => `The project's TargetFramework is net${c.target}, but the SDK selected for the build is older. Each SDK can only target its own and older .NET versions. A global.json file may also pin an older SDK.`,
    causes: ['SDK for this .NET version not installed', 'global.json pins an older SDK', 'CI/Docker image uses an older SDK (mcr.microsoft.com/dotnet/sdk tag)', 'Old Visual Studio version bundling an older SDK'],
    fixes: (c) => [
      fix('Install or select the right SDK', [`Install the .NET ${c.target} SDK (dotnet --list-sdks shows installed ones).`, 'Update or remove global.json, and use mcr.microsoft.com/dotnet/sdk:' + c.target + ' in Docker/CI.'], 'dotnet --list-sdks\ndotnet --version'),
    ],
    references: [ref('NETSDK1045: The current .NET SDK does not support targeting', 'https://learn.microsoft.com/en-us/dotnet/core/tools/sdk-errors/netsdk1045'), ref('global.json overview', 'https://learn.microsoft.com/en-us/dotnet/core/tools/global-json')],
    samples: ['/usr/share/dotnet/sdk/6.0.420/Sdks/Microsoft.NET.Sdk/targets/Microsoft.NET.TargetFrameworkInference.targets(144,5): error NETSDK1045: The current .NET SDK does not support targeting .NET 8.0.  Either target .NET 6.0 or lower, or use a version of the .NET SDK that supports .NET 8.0.'],
  },

  {
    id: 'csharp.unity-missing-reference',
    language: 'csharp',
    match: /^(?<kind>MissingReferenceException|UnassignedReferenceException): (?:The (?:object|variable) (?<name>\w{1,100}) of (?<type>\w{1,100}) (?:of type '(?<ctype>[^'\n]{1,100})' )?has (?:been destroyed|not been assigned)|(?<message>[^\n]{1,300}))/m,
    errorType: (c) => c.kind ?? 'MissingReferenceException',
    category: 'null',
    priority: 10,
    summary: (c) => (c.kind === 'UnassignedReferenceException' ? `The serialized field ${c.name ?? ''} was never assigned in the Inspector.` : `A destroyed Unity object${c.name ? ` (${c.name})` : ''} is still being used.`),
    explanation: (c) =>
      c.kind === 'UnassignedReferenceException'
        ? `${c.type ? `${c.type}.` : ''}${c.name ?? 'A field'} is a serialized (public or [SerializeField]) field that has no object assigned in the Inspector, so Unity throws when it is used.`
        : `The script keeps a reference to a GameObject or component that was destroyed (Destroy(), a scene change) and then accesses it. Unity objects compare equal to null after destruction, but the C# reference is still there.`,
    causes: ['A field not assigned in the Inspector (or on one of several prefab instances)', 'An object destroyed or unloaded with its scene while another script still uses it', 'Event handlers not unsubscribed in OnDestroy'],
    fixes: (c) => [
      fix(c.name ? `Assign or check ${c.name}${c.type ? ` on ${c.type}` : ''}` : 'Assign or check the reference', [c.kind === 'UnassignedReferenceException' ? `Select the object that has ${c.type ?? 'the script'} and drag the missing object into ${c.name ?? 'the field'} in the Inspector.` : 'Check the reference before use (Unity objects are == null after Destroy), and unsubscribe events in OnDestroy.'], `if (${c.name && /^\w+$/.test(c.name) ? c.name : 'target'} != null)\n{\n    ${c.name && /^\w+$/.test(c.name) ? c.name : 'target'}.SetActive(true);\n}`),
    ],
    references: [{ title: 'Unity Manual: Null reference exceptions', url: 'https://docs.unity3d.com/Manual/NullReferenceException.html' }],
    samples: ["UnassignedReferenceException: The variable player of EnemyAI has not been assigned.\nYou probably need to assign the player variable of the EnemyAI script in the inspector.\nEnemyAI.Update () (at Assets/Scripts/EnemyAI.cs:20)"],
  },
  // ---------------------------------------------------------------- MSBuild / SDK
  {
    id: 'csharp.msbuild-error',
    language: 'csharp',
    // MSBuild's and the .NET SDK's own codes, as dotnet build/publish and CI logs print them:
    // "Sdk.props(26,11): error MSB4236: …", "MSBUILD : error MSB1009: …", "x.csproj : error
    // NETSDK1004: …". The first error of the text (one scan from the start; the file only starts
    // a word, so each word is tried once: linear). Not in a
    // C++ build (vcxproj/.cpp), where MSBuild reports for the C++ toolchain.
    match: rx(
      String.raw`(?<![\s\S])(?![\s\S]*?\.(?:vcxproj|cpp|cc|cxx|hpp)\b)[\s\S]*?`,
      String.raw`(?:(?<![^\s\]>])(?<file>[^\s:(]{1,400}?\.(?:csproj|fsproj|vbproj|sln|slnx|props|targets))(?:\(\d{1,7}(?:,\d{1,7}){0,3}\))? ?: )?`,
      String.raw`\b(?:error|Error|ERROR) (?<code>MSB\d{4}|NETSDK\d{4}): (?<message>[^\n]{1,500})`,
    ),
    errorType: (c) => c.code ?? 'MSB0000',
    category: 'build',
    priority: -5,
    summary: (c) => `${c.code?.startsWith('NETSDK') ? 'The .NET SDK' : 'MSBuild'} stopped the build with ${c.code}: ${c.message}`,
    explanation: (c) => `${msbuildMeaning(c.code ?? '')} ${c.file ? `It was reported for ${c.file}. ` : ''}MSBuild and SDK errors are about the project, its SDK or the build command, not about the C# code itself: fix the first one, the rest often follow from it.`,
    causes: ['The build command points at the wrong project or folder', 'The .NET SDK the project needs (global.json, Sdk attribute) is not installed on this machine or CI image', 'A file the build needs is missing, locked or not restored'],
    fixes: (c) => [
      fix(`Look up ${c.code}`, [`Search for ${c.code} in the MSBuild / .NET SDK error reference: it names the cause and fix for this code.`, 'Re-run with more detail to see the failing target: dotnet build -v:detailed (or -bl for a binary log).'], 'dotnet --info\ndotnet build -v:detailed'),
      fix(c.file ? `Check ${c.file} and the SDK it asks for` : 'Check the project and the SDK', ['Run the command from the folder with the .csproj/.sln, or pass its path; quote paths that contain spaces.', 'Install the SDK version global.json or the project requires (dotnet --list-sdks), or use a matching CI/Docker image.']),
    ],
    references: [ref('MSBuild error reference', 'https://learn.microsoft.com/en-us/visualstudio/msbuild/errors/msbuild-errors'), ref('.NET SDK error list', 'https://learn.microsoft.com/en-us/dotnet/core/tools/sdk-errors/')],
    samples: [
      "/usr/share/dotnet/sdk/8.0.100/Sdks/Microsoft.NET.Sdk/Sdk/Sdk.props(12,3): error MSB4236: The SDK 'Microsoft.NET.Sdk.Razor' specified could not be found. [/src/Web/Web.csproj]",
      'MSBUILD : error MSB1009: Project file does not exist.\nSwitch: src/Api/Api.csproj',
      '/app/Api.csproj : error NETSDK1004: Assets file \'/app/obj/project.assets.json\' not found. Run a NuGet package restore to generate this file.',
    ],
  },
  // ---------------------------------------------------------------- common runtime exceptions
  {
    id: 'csharp.file-in-use',
    language: 'csharp',
    match: rx(String.raw`${SYSTEM}(?:IO\.)?IOException: (?:The process cannot access the file '(?<path>[^'\n]{1,400})' because it is being used by another process|Der Prozess kann nicht auf die Datei "(?<lpath>[^"\n]{1,400})" zugreifen, da sie von einem anderen Prozess verwendet wird)`, FRAME),
    errorType: 'IOException',
    category: 'io',
    priority: 10,
    summary: (c) => `The file '${c.path ?? c.lpath ?? ''}' is locked by another process (or by this one).`,
    explanation: (c) => `Windows (and .NET's FileShare rules on every OS) refuse to open a file that another handle holds without sharing. The other holder is often this same program: a stream or FileStream not disposed, a second writer (two loggers on one file), or an antivirus/indexer scanning it.${where(c)}`,
    causes: ['A stream on the file not disposed (missing using)', 'Two components writing the same file', 'Another program (editor, antivirus, a second instance) holding it open'],
    fixes: framed((c) => [
      fix(`Release ${c.path ?? c.lpath ?? 'the file'} before opening it again`, ['Open files in using blocks so the handle is closed even on errors.', 'When reading a file another process writes, open it with FileShare.ReadWrite.', 'Find the other holder with Resource Monitor (Windows) or lsof (Linux).'], `using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))\n{\n    // read ${(c.path ?? c.lpath ?? 'the file').split(/[\\/]/).pop()}\n}`),
    ]),
    references: [api('System.IO.IOException'), api('System.IO.FileShare', 'FileShare (.NET API)')],
    samples: ["System.IO.IOException: The process cannot access the file 'C:\\app\\logs\\app.log' because it is being used by another process.\n   at System.IO.FileSystem.CopyFile(String sourceFullPath, String destFullPath, Boolean overwrite)"],
  },
  {
    id: 'csharp.socket',
    language: 'csharp',
    match: rx(String.raw`${SYSTEM}(?:Net\.Sockets\.)?SocketException(?: \((?<code>\d{1,6})\))?: (?<message>[^\n]{1,400})`, FRAME),
    errorType: 'SocketException',
    category: 'network',
    priority: 10,
    summary: (c) => `A network connection failed at the socket level: ${c.message ?? ''}`,
    explanation: (c) => {
      const m = `${c.code ?? ''} ${c.message ?? ''}`;
      if (/\b(?:10061|111|61)\b|refused/i.test(m)) return `Nothing accepted the connection at that address and port: the service is not running, listens on another port or interface, or (in a container) "localhost" is the container itself.${where(c)}`;
      if (/\b(?:11001|-131073|00005)\b|No such host|Name or service not known|nodename nor servname|Resource temporarily unavailable/i.test(m)) return `The host name could not be resolved by DNS: a typo, a service name that exists only inside a Docker network, or no DNS access.${where(c)}`;
      if (/\b(?:10060|110)\b|timed out|did not properly respond/i.test(m)) return `The connection attempt timed out: a firewall drops the packets, or the host is unreachable from here.${where(c)}`;
      if (/\b(?:10048|98)\b|address already in use|Only one usage of each socket address/i.test(m)) return `The port is already taken by another process, so the socket cannot listen on it.${where(c)}`;
      return `The operating system reported an error on the socket; the number in parentheses is its error code.${where(c)}`;
    },
    causes: ['Service not running or on another port', 'localhost used inside a container instead of the service name', 'Firewall or DNS problems', 'Port already in use (when listening)'],
    fixes: framed([fix('Check the endpoint from where the app runs', ['Test the host and port from the same machine or container (curl, nc -vz host port, Test-NetConnection).', 'In Docker Compose use the service name as host, not localhost.', 'Confirm the server listens on that interface (0.0.0.0, not 127.0.0.1).'], 'nc -vz db 5432\n# PowerShell: Test-NetConnection db -Port 5432')]),
    references: [api('System.Net.Sockets.SocketException'), ref('Windows Sockets error codes', 'https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2')],
    samples: [
      'System.Net.Sockets.SocketException (10061): No connection could be made because the target machine actively refused it. 127.0.0.1:6379',
      'System.Net.Sockets.SocketException (111): Connection refused',
      'Unhandled exception. System.Net.Sockets.SocketException (10061): Подключение не установлено, т.к. конечный компьютер отверг запрос на подключение.\n   at System.Net.Sockets.Socket.Connect(EndPoint remoteEP)',
    ],
  },
  {
    id: 'csharp.process-start',
    language: 'csharp',
    match: rx(String.raw`${SYSTEM}(?:ComponentModel\.)?Win32Exception(?: \((?<code>\d{1,6}|0x[0-9A-Fa-f]{8})\))?: (?:An error occurred trying to start process '(?<command>[^'\n]{1,300})'[^\n]{0,300}|The system cannot find the file specified)`, FRAME),
    errorType: 'Win32Exception',
    category: 'io',
    priority: 10,
    summary: (c) => (c.command ? `The program '${c.command}' could not be started.` : 'A program could not be started: the system cannot find the file.'),
    explanation: (c) => `Process.Start could not launch ${c.command ? `'${c.command}'` : 'the executable'}: it is not installed where the app runs (a container image, a build agent), not on PATH, or the file name needs its full path or extension. Error 2 is "file not found", 13 or 5 "permission denied".${where(c)}`,
    causes: ['Executable not installed in the image or on the server', 'Not on PATH for the service account', 'Missing execute permission', 'UseShellExecute needed for documents and URLs'],
    fixes: framed((c) => [
      fix(`Make ${c.command ?? 'the executable'} available where the app runs`, ['Install it in the Dockerfile or on the server, or give Process.Start its full path.', 'Check PATH for the account the app runs as.'], c.command ? `RUN apt-get update && apt-get install -y ${c.command}\n# or: new ProcessStartInfo("/usr/bin/${c.command}")` : 'var psi = new ProcessStartInfo("/usr/bin/tool") { UseShellExecute = false };'),
    ]),
    references: [api('System.ComponentModel.Win32Exception'), api('System.Diagnostics.Process.Start', 'Process.Start (.NET API)')],
    samples: ["System.ComponentModel.Win32Exception (2): An error occurred trying to start process 'ffmpeg' with working directory '/app'. No such file or directory\n   at System.Diagnostics.Process.ForkAndExecProcess(ProcessStartInfo startInfo)"],
  },
  {
    id: 'csharp.dll-not-found',
    language: 'csharp',
    match: rx(String.raw`${SYSTEM}DllNotFoundException: (?:Unable to load (?:DLL|shared library) '(?<module>[^'\n]{1,200})'|Die DLL "(?<lmodule>[^"\n]{1,200})"|Невозможно загрузить DLL "(?<rmodule>[^"\n]{1,200})")?[^\n]{0,500}`, FRAME),
    errorType: 'DllNotFoundException',
    category: 'dependency',
    priority: 10,
    summary: (c) => `The native library ${c.module ?? c.lmodule ?? c.rmodule ?? ''} could not be loaded.`,
    explanation: (c) => `P/Invoke needs the native library ${c.module ?? c.lmodule ?? c.rmodule ?? ''} on the machine: a system package that is not installed (libgdiplus for System.Drawing on Linux, SQLite, ICU), a runtimes/<rid>/native folder missing from the publish output, or a 32/64-bit mismatch.${where(c)}`,
    causes: ['Native dependency not installed in the OS image', 'Publish without the runtime identifier that carries the native asset', 'x86/x64/arm64 mismatch'],
    fixes: framed((c) => [
      fix(`Install or ship ${c.module ?? c.lmodule ?? c.rmodule ?? 'the native library'}`, ['Install the OS package that provides it (apt-get, apk) in the image the app runs in.', 'Publish for the target runtime (-r linux-x64) so native assets are copied.'], `RUN apt-get update && apt-get install -y ${c.module === 'libgdiplus' ? 'libgdiplus' : '<package providing the library>'}\ndotnet publish -c Release -r linux-x64`),
    ]),
    references: [api('System.DllNotFoundException'), ref('Native library loading in .NET', 'https://learn.microsoft.com/en-us/dotnet/standard/native-interop/native-library-loading')],
    samples: ["System.DllNotFoundException: Unable to load DLL 'libgdiplus': The specified module could not be found.", "System.DllNotFoundException: Unable to load shared library 'e_sqlite3' or one of its dependencies."],
  },
  {
    id: 'csharp.timeout',
    language: 'csharp',
    match: rx(String.raw`${SYSTEM}TimeoutException: (?<message>[^\n]{1,400})`, FRAME),
    errorType: 'TimeoutException',
    category: 'network',
    priority: 10,
    summary: (c) => `An operation gave up waiting: ${c.message ?? ''}`,
    explanation: (c) => `Something the code waited for - a database, a lock, a queue, a remote call - did not answer within its timeout. Either it is slow or blocked, or the timeout is shorter than the work needs.${where(c)}`,
    causes: ['Slow or overloaded dependency', 'Lock or connection pool exhausted', 'Timeout configured shorter than the operation needs'],
    fixes: framed([fix('Find what was waited for', ['Look at the frames above to see which client timed out and check that dependency\'s health.', 'Raise the timeout only after confirming the work is legitimately slow; add retries with backoff for transient failures.'])]),
    references: [api('System.TimeoutException')],
    samples: ['System.TimeoutException: The operation has timed out.\n   at Shop.Queue.Receive()'],
  },
  {
    id: 'csharp.version-mismatch',
    language: 'csharp',
    // A method or type that existed when the caller was compiled is missing from the assembly loaded.
    match: rx(String.raw`${SYSTEM}(?<kind>MissingMethodException|MissingFieldException|TypeLoadException): (?:Method not found: '(?<member>[^'\n]{1,300})'|Could not load type '(?<type>[^'\n]{1,300})' from assembly '(?<assembly>[^',\n]{1,200})|[^\n]{1,400})|(?<![\w.'])Could not load type '(?<bareType>[^'\n]{1,300})' from assembly '(?<bareAssembly>[^',\n]{1,200})`, FRAME),
    // The message alone is what apps that log e.Message print (and what the Chinese one is read as).
    errorType: (c) => c.kind ?? (c.bareType ? 'TypeLoadException' : 'MissingMethodException'),
    category: 'dependency',
    priority: 10,
    summary: (c) => (typeOf(c) ? `The type ${typeOf(c)} is not in the loaded ${assemblyOf(c) ?? 'assembly'}.` : c.member ? `The method ${c.member} is not in the loaded assembly.` : `${c.kind ?? 'A member'}: the loaded assembly is not the version the code was built against.`),
    explanation: (c) => `The calling code was compiled against one version of a library and another version was loaded at run time, without ${typeOf(c) ?? c.member ?? 'that member'}. Typical: two packages needing different versions of a shared dependency, a stale DLL left in bin, or a plugin built against an older host.${where(c)}`,
    causes: ['Package version conflict resolved to an older/newer version', 'Stale assemblies in bin/obj or the deployment folder', 'Plugin or extension built against another version of the host'],
    fixes: framed((c) => [
      fix(`Align the versions${assemblyOf(c) ? ` of ${assemblyOf(c)}` : ''}`, [`Find which package provides ${typeOf(c) ?? c.member ?? 'the missing member'} and which versions of it are resolved; reference the needed version directly.`, 'Delete bin and obj, rebuild, and redeploy the whole output.'], `dotnet list package --include-transitive${assemblyOf(c) ? ` | grep ${assemblyOf(c)}` : ''}\nrm -rf bin obj && dotnet build`),
    ]),
    references: [api('System.MissingMethodException'), api('System.TypeLoadException')],
    samples: ["Could not load type 'Wox.Infrastructure.Storage.Storage`1' from assembly 'Wox.Infrastructure, Version=1.3.357.0'.", "System.MissingMethodException: Method not found: 'Void Serilog.Log.Information(System.String)'.", "System.TypeLoadException: Could not load type 'Microsoft.AspNetCore.Mvc.Internal.X' from assembly 'Microsoft.AspNetCore.Mvc.Core, Version=3.0.0.0'."],
  },
  {
    id: 'csharp.newtonsoft-json',
    language: 'csharp',
    match: rx(String.raw`\bNewtonsoft\.Json\.(?<kind>JsonReaderException|JsonSerializationException|JsonWriterException): (?<message>[^\n]{1,400}?)(?: Path '(?<jpath>[^'\n]{0,300})'(?:, line (?<jline>\d{1,9}), position (?<jpos>\d{1,9}))?\.?)?$`, FRAME),
    errorType: (c) => c.kind ?? 'JsonReaderException',
    category: 'type',
    priority: 10,
    summary: (c) => `Json.NET could not ${c.kind === 'JsonSerializationException' ? 'map the JSON onto the .NET type' : 'read the JSON'}${c.jpath ? ` at '${c.jpath}'` : ''}.`,
    explanation: (c) =>
      /Unexpected character encountered while parsing value: </.test(c.message ?? '')
        ? `The text is not JSON but HTML (it starts with "<"): the server answered with an error or login page, or the URL is wrong. Log the raw response before deserializing.${where(c)}`
        : c.kind === 'JsonSerializationException'
          ? `The JSON is valid but does not fit the target type: an array where an object is expected (or the reverse), a missing constructor, or a value of another type.${where(c)}`
          : `The input is not valid JSON at that position: truncated content, a BOM or stray characters, or not JSON at all.${where(c)}`,
    causes: ['The response is an HTML error page, not JSON', 'JSON shape differs from the C# type (array vs object)', 'Truncated or hand-edited JSON'],
    fixes: framed([fix('Look at the raw JSON first', ['Log the response body and status code before deserializing; check EnsureSuccessStatusCode().', 'Compare the JSON shape with the target type (List<T> for arrays).'], 'var body = await response.Content.ReadAsStringAsync();\nlogger.LogDebug("Body: {Body}", body);\nvar items = JsonConvert.DeserializeObject<List<Item>>(body);')]),
    references: [ref('Json.NET: serialization errors', 'https://www.newtonsoft.com/json/help/html/SerializationErrorHandling.htm')],
    samples: ["Newtonsoft.Json.JsonReaderException: Unexpected character encountered while parsing value: <. Path '', line 0, position 0.", "Newtonsoft.Json.JsonSerializationException: Cannot deserialize the current JSON array (e.g. [1,2,3]) into type 'Shop.Order' because the type requires a JSON object (e.g. {\"name\":\"value\"}) to deserialize correctly."],
  },
  {
    id: 'csharp.tls-certificate',
    language: 'csharp',
    match: rx(String.raw`${SYSTEM}(?:Security\.Authentication\.)?AuthenticationException: (?:The remote certificate is invalid[^\n]{0,300}|The remote certificate was rejected by the provided RemoteCertificateValidationCallback\.?|Authentication failed because the remote party [^\n]{0,200})`, FRAME),
    errorType: 'AuthenticationException',
    category: 'network',
    priority: 10,
    summary: 'The TLS handshake failed: the server\'s certificate was not accepted.',
    explanation: (c) => `HttpClient, SslStream and database drivers validate the server certificate. It is self-signed (development certificates, local Docker services), issued by a CA the machine does not trust, expired, or for another host name. "UntrustedRoot" and "RemoteCertificateNameMismatch" in the message say which.${where(c)}`,
    causes: ['Self-signed or development certificate', 'Internal CA not installed in the container or server trust store', 'Host name not in the certificate', 'Expired certificate'],
    fixes: framed([
      fix('Trust the CA instead of disabling validation', ['Install the CA certificate in the trust store of the machine or image that runs the app.', 'For the ASP.NET Core development certificate: dotnet dev-certs https --trust.'], 'COPY internal-ca.crt /usr/local/share/ca-certificates/\nRUN update-ca-certificates'),
    ]),
    references: [api('System.Security.Authentication.AuthenticationException'), ref('Trust the ASP.NET Core HTTPS development certificate', 'https://learn.microsoft.com/en-us/aspnet/core/security/enforcing-ssl#trust-the-aspnet-core-https-development-certificate')],
    samples: ['System.Security.Authentication.AuthenticationException: The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot\n   at System.Net.Security.SslStream.SendAuthResetSignal(ProtocolToken message, ExceptionDispatchInfo exception)'],
  },
  {
    id: 'csharp.platform-not-supported',
    language: 'csharp',
    match: rx(String.raw`${SYSTEM}PlatformNotSupportedException: (?<message>[^\n]{1,400})`, FRAME),
    errorType: 'PlatformNotSupportedException',
    category: 'dependency',
    priority: 10,
    summary: (c) => `An API the code uses does not work on this operating system: ${c.message ?? ''}`,
    explanation: (c) =>
      /System\.Drawing/.test(c.message ?? '')
        ? `Since .NET 6, System.Drawing.Common works only on Windows; on Linux and macOS (containers included) it throws.${where(c)}`
        : `The API is Windows-only (registry, WMI, System.Drawing, some crypto or named-pipe options) or not available on this runtime, and the app runs elsewhere.${where(c)}`,
    causes: ['Windows-only API used in a Linux container or on macOS', 'System.Drawing.Common on .NET 6+ outside Windows'],
    fixes: framed([fix('Use a cross-platform alternative', ['Replace System.Drawing with ImageSharp or SkiaSharp; guard Windows-only code with OperatingSystem.IsWindows().'], 'if (OperatingSystem.IsWindows())\n{\n    // Windows-only API\n}')]),
    references: [api('System.PlatformNotSupportedException'), ref('System.Drawing.Common only supported on Windows', 'https://learn.microsoft.com/en-us/dotnet/core/compatibility/core-libraries/6.0/system-drawing-common-windows-only')],
    samples: ['System.PlatformNotSupportedException: System.Drawing.Common is not supported on this platform.\n   at System.Drawing.Bitmap..ctor(Int32 width, Int32 height)'],
  },
  // ---------------------------------------------------------------- catch-alls
  {
    id: 'csharp.exception',
    language: 'csharp',
    match: rx(String.raw`(?<![\w.])(?<cls>[A-Z]\w{0,60}(?:\.\w{1,60}){0,6}\.\w{0,100}Exception)(?: \((?:0x[0-9A-Fa-f]{8}|\d{1,6})\))?: (?<message>[^\n]{1,500})`, FRAME),
    errorType: (c) => short(c.cls, 'Exception'),
    category: 'runtime',
    priority: -10,
    summary: (c) => `.NET threw ${short(c.cls, 'an exception')}: ${c.message}`,
    explanation: (c) => `${c.cls} was thrown and not handled. Inner exceptions appear after " ---> " and usually contain the root cause; the first "at" line with your namespace and a file/line is where to start.${where(c)}`,
    causes: ['See the exception message', 'The root cause may be an inner exception (" ---> ")'],
    fixes: framed((c) => [
      fix('Start from the innermost exception', [`Read the message of ${c.cls ?? 'the exception'} and the last " ---> " inner exception, if any.`, 'Open the first frame in your own code and inspect the values involved.']),
    ]),
    references: [ref('Handling and throwing exceptions in .NET', 'https://learn.microsoft.com/en-us/dotnet/standard/exceptions/')],
    samples: ['Unhandled exception. System.Runtime.InteropServices.COMException (0x80040154): Class not registered\n   at Shop.Interop.Excel.Open()', 'System.Security.Cryptography.CryptographicException: The payload was invalid.\n   at Microsoft.AspNetCore.DataProtection.KeyManagement.KeyRingBasedDataProtector.UnprotectCore(Byte[] protectedData)'],
  },
  {
    id: 'csharp.compiler-diagnostic',
    language: 'csharp',
    // The first error; a text with warnings only falls to the next pattern.
    match: rx(BEFORE_FIRST_ERROR, CS_LOCATION, String.raw`(?<severity>error) (?<code>CS\d{4}): (?<message>[^\n]{1,500})`),
    errorType: (c) => c.code ?? 'CS0000',
    category: 'build',
    priority: -10,
    summary: (c) => `C# compiler ${c.severity} ${c.code}${at(c)}: ${c.message}`,
    explanation: (c) => `The C# compiler reported ${c.code}. The documentation page for the code lists the typical causes and fixes; for several errors, fix the first one first - later ones are often follow-ups.`,
    causes: ['See the diagnostic message', 'Earlier errors in the same file can cause follow-up errors'],
    fixes: (c) => [fix('Look up the diagnostic', [`Search for ${c.code} in the C# compiler messages documentation.`, 'Use the IDE quick actions (Ctrl+.) on the highlighted code.'])],
    references: [ref('C# compiler errors and warnings', 'https://learn.microsoft.com/en-us/dotnet/csharp/language-reference/compiler-messages/')],
    samples: ["C:\\Users\\mtrky\\MyApp\\Program.cs(2,36): error CS1525: Invalid expression term '/' [C:\\Users\\mtrky\\MyApp\\MyApp.csproj]\nC:\\Users\\mtrky\\MyApp\\Program.cs(3,7): error CS1002: ; expected [C:\\Users\\mtrky\\MyApp\\MyApp.csproj]", "Program.cs(4,13): error CS0128: A local variable or function named 'count' is already defined in this scope"],
  },
  {
    id: 'csharp.compiler-warning',
    language: 'csharp',
    // Warnings only when the text has no error at all (checked once, at the start).
    match: rx(String.raw`(?<![\s\S])(?![\s\S]*?\berror CS\d{4}\b)[\s\S]*?`, CS_LOCATION, String.raw`(?<severity>warning) (?<code>CS\d{4}): (?<message>[^\n]{1,500})`),
    errorType: (c) => c.code ?? 'CS0000',
    category: 'build',
    priority: -11,
    summary: (c) => `C# compiler ${c.severity} ${c.code}${at(c)}: ${c.message}`,
    explanation: (c) => `The C# compiler reported ${c.code}. The documentation page for the code lists the typical causes and fixes; for several errors, fix the first one first - later ones are often follow-ups.`,
    causes: ['See the diagnostic message', 'Earlier errors in the same file can cause follow-up errors'],
    fixes: (c) => [fix('Look up the diagnostic', [`Search for ${c.code} in the C# compiler messages documentation.`, 'Use the IDE quick actions (Ctrl+.) on the highlighted code.'])],
    references: [ref('C# compiler errors and warnings', 'https://learn.microsoft.com/en-us/dotnet/csharp/language-reference/compiler-messages/')],
    samples: ["Program.cs(4,13): warning CS0168: The variable 'ex' is declared but never used"],
  },
];
