/**
 * gcc, g++ and their driver print diagnostics in the user's locale (LANG=de_DE: "Fehler:", fr:
 * "erreur :", zh_CN: "错误：", ru: "ошибка:"...). The C/C++ knowledge is written against the
 * English texts, so the severity word after a `file.c:12:5: ` location (or after the driver's
 * name) is rewritten to English, and so are the messages behind most reports, keeping the names
 * they quote (in gcc's own ‘x’ quotes).
 *
 * Cost: one cheap test for a localised word; otherwise one pass per rule, each anchored on a
 * literal word or a location, with bounded quantifiers: linear in the text.
 */

import { compile, toEnglish, type Translation } from './localised-catalogs';
import { GCC_CATALOG_MESSAGES } from './localised-gcc-messages';

type Rule = readonly [RegExp, string];
const rule = (source: string, english: string): Rule => [new RegExp(source, 'gm'), english];

// Severity words of gcc's translations (fatal error first: it contains the plain word).
const FATAL =
  'schwerwiegender Fehler|erreur fatale|error fatal|erro fatal|errore fatale|фатальная ошибка|致命错误|致命錯誤|致命的エラー|błąd krytyczny|ölümcül hata|fatale fout|치명적 오류|критична помилка|嚴重錯誤|ödesdigert fel|lỗi nghiêm trọng';
// The assembler (gas) writes its severity capitalised ("Erreur: ", "Ошибка: ").
const ERROR =
  'Fehler|erreur|Erreur|errore|erro|ошибка|Ошибка|помилка|Помилка|错误|錯誤|エラー|błąd|hata|Hata|fout|오류|chyba|virhe|Virhe|fel|Fel|lỗi';
const WARNING =
  'Warnung|avertissement|Avertissement|attention|advertencia|aviso|Aviso|avviso|предупреждение|Предупреждение|попередження|Попередження|警告|ostrzeżenie|uyarı|Uyarı|waarschuwing|varning|Varning|경고|varování|varoitus|Varoitus|UYARI|let op|cảnh báo';
const NOTE = 'Anmerkung|Hinweis|nota|замечание|примечание|附注|附註|備考|uwaga|bilgi|참고|poznámka|huomautus|зауваження|anm|ghi chú';

// Where gcc puts the severity: after `file.ext:line[:col]: ` or after the driver's name.
const AFTER = String.raw`(?:\S\.(?:c|h|i|cc|cp|cpp|cxx|c\+\+|C|hpp|hh|hxx|ipp|tpp|inl|m|mm|S|s|sx|asm)(?::\d{1,7}){1,2}|(?:^|[\s/\\])(?:gcc|g\+\+|cc|c\+\+|cpp|clang|clang\+\+|cc1|cc1plus|collect2|ld|as)(?:-\d{1,3}(?:\.\d{1,3})?)?(?:\.exe)?):[ \t]{0,2}`;
const SEP = '[ \\t]?[:：][ \\t]?';

// The word first, the location behind it second: the look-behind then runs only where a word
// matched, not at every position of the text.
const severity = (words: string, english: string): Rule => rule(`(?:${words})(?<=${AFTER}(?:${words}))${SEP}`, english);
const SEVERITY: readonly Rule[] = [
  severity(FATAL, 'fatal error: '),
  severity(ERROR, 'error: '),
  severity(WARNING, 'warning: '),
  severity(NOTE, 'note: '),
];

// A quoted name in the quotes of the translations: »x«, « x », «x», ‘x’, 'x', "x", „x“, 「x」.
const Q = String.raw`[»«"“„‘'「]\s?([^»«"“”„‘’'「」\n]{1,300}?)\s?[«»"”“’'」]`;
// Swedish opens names with ” too.
const QSV = String.raw`[»«"“”„‘'「]\s?([^»«"“”„‘’'「」\n]{1,300}?)\s?[«»"”“’'」]`;

// The messages behind most C/C++ reports, in the languages gcc ships that users paste most.
const MESSAGES: readonly Rule[] = [
  rule(
    `(?:ungültige Umwandlung von|conversion invalide de|conversión inválida de|conversão inválida de|conversione non valida da|(?:некорректное|неверное|недопустимое) преобразование из)\\s?${Q}\\s?(?:in|vers|en|a|para|в)\\s?${Q}`,
    'invalid conversion from ‘$1’ to ‘$2’',
  ),
  rule(`从\\s?${Q}\\s?到\\s?${Q}\\s?的无效转换`, 'invalid conversion from ‘$1’ to ‘$2’'),
  rule(
    `${Q}\\s?(?:bezeichnet keinen Typ|ne nomme pas un type|no nombra a un tipo|não nomeia um tipo|non è un tipo|не является типом|не является именем типа|不是一个类型名|没有命名一个类型|不是类型名)`,
    '‘$1’ does not name a type',
  ),
  rule(
    `${Q}\\s?(?:wurde in diesem Gültigkeitsbereich nicht (?:definiert|deklariert)|n'a pas été déclarée? dans cette portée|no se declaró en este ámbito|não foi declarad[oa] neste escopo|non è stato dichiarato in questo ambito|не (?:был )?объявлен[аo]? в (?:этой|данной) области видимости|在此作用域中尚未声明|未在此作用域中声明)`,
    '‘$1’ was not declared in this scope',
  ),
  rule(
    `(?:[Ii]mplizite Deklaration der Funktion|déclaration implicite de la fonction|declaración implícita de la función|declaração implícita da função|dichiarazione implicita della funzione|неявн(?:ая декларация|ое объявление) функции|隐式声明函数)\\s?${Q}`,
    'implicit declaration of function ‘$1’',
  ),
  rule(
    `(?:(?:in Konflikt stehende|widersprüchliche) Typen für|types conflictuels pour|tipos en conflicto para|tipos conflitantes para|tipi in conflitto per|(?:конфликтующие типы|конфликт типов) для)\\s?${Q}`,
    'conflicting types for ‘$1’',
  ),
  rule(`(?:对)?${Q}\\s?的类型冲突`, 'conflicting types for ‘$1’'),
  rule(
    `(?:Speichergröße von|taille de stockage de|tamaño de almacenamiento de|tamanho de armazenamento de|размер (?:памяти|хранилища) для)\\s?${Q}\\s?(?:ist (?:unbekannt|nicht bekannt)|(?:est )?inconnue?|no es conocido|não é conhecido|неизвестен)`,
    'storage size of ‘$1’ isn’t known',
  ),
  rule(`no se conoce el tamaño de almacenamiento de\\s?${Q}`, 'storage size of ‘$1’ isn’t known'),
  rule(`${Q}\\s?的存储大小未知`, 'storage size of ‘$1’ isn’t known'),
  // C++11 narrowing and constexpr calls (de, fr, sv; gcc's other translations keep them English).
  rule(
    `(?:verengende Umwandlung von|conversion réductrice de|avsmalnande konvertering av)\\s?${QSV}\\s?(?:von|depuis|från)\\s?${QSV}\\s?(?:nach|vers|till)\\s?${QSV}`,
    'narrowing conversion of ‘$1’ from ‘$2’ to ‘$3’',
  ),
  rule(
    `(?:Aufruf der nicht-[»«"“„‘']?constexpr[«»"”“’']?-Funktion|appel à la fonction non [«»"“„‘']?\\s?constexpr\\s?[«»"”“’']?|anrop av icke-[”"']?constexpr[”"']?-funktion)\\s?${QSV}`,
    'call to non-‘constexpr’ function ‘$1’',
  ),
  // Calls with the wrong arguments, overload resolution, members, deleted functions, missing returns
  // (de, fr, es, ru, zh, ja as gcc's catalogs word them).
  rule(
    `(?:[Zz]u wenige Argumente für (?:die )?Funktion|trop peu d'arguments pour la fonction|слишком мало аргументов (?:для|в вызове) функции)\\s?${Q}`,
    'too few arguments to function ‘$1’',
  ),
  rule(
    `(?:[Zz]u viele Argumente für (?:die )?Funktion|trop d'arguments pour la fonction|слишком много аргументов (?:для|в вызове) функции)\\s?${Q}`,
    'too many arguments to function ‘$1’',
  ),
  rule(`(?:提供给|给予)\\s?(?:函数|function)\\s?${Q}\\s?的实参太少`, 'too few arguments to function ‘$1’'),
  rule(`(?:提供给|给予)\\s?(?:函数|function)\\s?${Q}\\s?的实参太多`, 'too many arguments to function ‘$1’'),
  rule(
    `(?:keine passende Funktion für (?:den )?Aufruf von|pas de fonction correspondante? pour l'appel (?:à|de)|нет подходящей функции для вызова|no hay (?:una )?función coincidente para la llamada a)\\s?${Q}`,
    'no matching function for call to ‘$1’',
  ),
  rule(`对\\s?${Q}\\s?的调用没有匹配的函数`, 'no matching function for call to ‘$1’'),
  rule(`${Q}\\s?の呼び出しに一致する関数がありません`, 'no matching function for call to ‘$1’'),
  rule(`${Q}\\s?(?:hat kein Element namens|n'a pas de membre nommé)\\s?${Q}`, '‘$1’ has no member named ‘$2’'),
  rule(`${Q}\\s?没有名为\\s?${Q}\\s?的成员`, '‘$1’ has no member named ‘$2’'),
  rule(`(?:Verwendung der gelöschten Funktion|使用了被删除的函数)\\s?${Q}`, 'use of deleted function ‘$1’'),
  rule(
    'Kontrollfluss erreicht Ende einer Nicht-void-Funktion|在有返回值的函数中，?\\s?控制流程到达函数尾',
    'control reaches end of non-void function',
  ),
  rule(
    '(?:声明|宣告)?没有声明任何东西|Deklaration deklariert nichts|la déclaration ne déclare rien|la declaración no declara nada',
    'declaration does not declare anything',
  ),
  rule(
    `[»«"“„‘']?for[«»"”“’']?-?Schleifen-?Anfangsdeklarationen sind nur im C99(?:- oder C11)?-Modus erlaubt|只允许在 ?C99 ?模式下使用 ?[‘'“]?for[’'”]? ?循环初始化声明`,
    '‘for’ loop initial declarations are only allowed in C99 mode',
  ),
];

// Worth the rewrite: a gcc location or driver line with a non-ASCII character on it, or the ASCII
// translations of the severity words after a location.
const MAY_BE_LOCALISED =
  /(?:\.(?:c|h|i|cc|cpp|cxx|hpp|C|hh|m|mm|S|s|sx|asm)(?::\d{1,7}){1,2}|\b(?:gcc|g\+\+|cc1(?:plus)?|collect2|ld)):[^\n]{0,300}[^\x00-\x7f]|(?::\d{1,7}|\b(?:gcc|g\+\+|cc1(?:plus)?|collect2|ld)): ?(?:fatale fout|Fehler|erreur|Erreur|errore|erro|hata|Hata|fout|chyba|virhe|Virhe|fel|Fel|Warnung|avertissement|Avertissement|attention|advertencia|aviso|Aviso|avviso|Varning|UYARI|let op|anm|uwaga|Anmerkung|Hinweis|nota)\b/;

// The catalogs' translations (localised-gcc-messages.ts), compiled once; a text is searched for them
// when it shows gcc, collect2 or ld at work (a source location, a driver's name, an object file).
// ld's messages follow an object or section ("main.o: ", "(.text+0x1e): ") or ld's own name, and take
// its separator along (French writes "main.o : "); they go first, so that Russian "повторное определение"
// there is ld's multiple definition, not gcc's redefinition.
const AFTER_LD = String.raw`(?<=(?:\)|\.o|\.obj|\.a|\.so(?:\.\d{1,4}){0,4}|\bld|ld\.exe))[ \u00a0]?[:：][ \u00a0]{0,2}`;
const CATALOG: readonly { english: string; translations: readonly Translation[] }[] = GCC_CATALOG_MESSAGES.flatMap(
  ([tool, english, translations]) => translations.map((text) => ({ tool, english, text })),
)
  // Within ld's rows and gcc's, the longest translation first: "typedef ‘x’ が再定義されました" must not be
  // read as its tail, "‘x’ が再定義されました" (a plain redefinition).
  .sort((a, b) => Number(b.tool === 'ld') - Number(a.tool === 'ld') || b.text.length - a.text.length)
  .map(({ tool, english, text }) => {
    const t = compile(text, true);
    return tool === 'ld'
      ? { english: `: ${english}`, translations: [{ ...t, re: new RegExp(AFTER_LD + t.re.source, 'g') }] }
      : { english, translations: [t] };
  });
const ANCHORS = [...new Set(CATALOG.flatMap((m) => m.translations.map((t) => t.anchor)))].filter((a) => a.length > 1);
const ANY_ANCHOR = new RegExp(ANCHORS.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
const AT_WORK =
  /\.(?:c|h|i|cc|cpp|cxx|c\+\+|C|hpp|hh|hxx|m|mm|S|s)(?::\d{1,7}){1,2}[:：]|\b(?:gcc|g\+\+|cc1(?:plus)?|collect2|ld|cpp|as)(?:-\d{1,3}(?:\.\d{1,3})?)?(?:\.exe)?[:：]|\.o(?:bj)?\)?[:：]|[:：]\(\.text/;

function delocaliseCatalog(text: string): string {
  if (!AT_WORK.test(text) || !ANY_ANCHOR.test(text)) return text;
  let out = text;
  for (const { english, translations } of CATALOG) {
    for (const t of translations) {
      if (!out.includes(t.anchor)) continue;
      out = out.replace(t.re, (...args: unknown[]) => toEnglish(english, t.order, args.slice(1, 1 + t.order.length) as string[]));
    }
  }
  return out;
}

/** The text with gcc's localised severity words and common messages replaced by English. */
export function delocaliseGcc(text: string): string {
  const located = MAY_BE_LOCALISED.test(text);
  let out = text;
  if (located) for (const [re, english] of SEVERITY) out = out.replace(re, english);
  // A localised word after a location, or any non-ASCII character: then the catalog's translations are looked for.
  if (located || /[^\x00-\x7f]|\bld[:：] /.test(out)) out = delocaliseCatalog(out);
  if (located) for (const [re, english] of MESSAGES) out = out.replace(re, english);
  return out;
}
