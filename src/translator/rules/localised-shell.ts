/**
 * bash prints its messages in the user's locale (bash.mo), and the system errors it reports after
 * them ("Permission denied") in glibc's (libc.mo); passwd and su print PAM's in Linux-PAM.mo's. The
 * shell knowledge is written against the English texts, so the messages behind the shell errors
 * users paste are rewritten to English, keeping the names and tokens they quote. The translations
 * are those bash 4.0 to 5.2, glibc and Linux-PAM ship (read from their catalogs), plus older
 * wordings seen in real reports.
 *
 * Cost: one test for a word of a translation; otherwise one pass per rule, each led by a literal
 * alternation with bounded quantifiers: linear in the text.
 */

import { BASH_BUILTIN_TRANSLATIONS } from './localised-bash-builtins';
import { LIBC_SYSTEM_ERRORS } from './localised-system-errors';

type Rule = readonly [RegExp, string | ((match: string, ...groups: string[]) => string)];

const alternation = (words: readonly string[]): string => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

// A quoted token in any translation's quotes: `x', 'x', »x«, « x », «x», „x“, "x", ”x”, 「x」, “x”.
const Q = String.raw`[\x60'‘’»«„“”"「」]\s?([^\n'’»«„“”"「」]{0,50}?)\s?[\x60'‘’»«„“”"「」]`;
// The one character an unmatched quote names, itself often a quote: »"«, `'', « ' ».
const Q1 = String.raw`[\x60'‘’»«„“”"「」]\s?([^\n])\s?[\x60'‘’»«„“”"「」]`;
// What bash puts between a name and its message: ": " and fr's " : ", zh_TW's full-width "：".
const SEP = '[ \\t]?[:：][ \\t]?';

const COMMAND_NOT_FOUND = [
  'Kommando nicht gefunden',
  'Befehl nicht gefunden',
  'commande introuvable',
  'orden no encontrada',
  'no se encontró la orden',
  'comando não encontrado',
  'comando non trovato',
  'команда не найдена',
  'команду не знайдено',
  '未找到命令',
  '指令找不到',
  'コマンドが見つかりません',
  '명령어를 찾을 수 없음',
  'nie znaleziono polecenia',
  'komut yok',
  'komut bulunamadı',
  'opdracht niet gevonden',
  'kommandot finns inte',
  'příkaz nenalezen',
  'parancs nem található',
  'komentoa ei löydy',
  'kommando ikke fundet',
  "no s'ha trobat l'ordre",
  'không tìm thấy lệnh',
];

// glibc's strerror(EACCES).
const PERMISSION_DENIED = [
  'Keine Berechtigung',
  'Permission non accordée',
  'Permiso denegado',
  'Permissão negada',
  'Permissão recusada',
  'Permesso negato',
  'Отказано в доступе',
  'Відмовлено у доступі',
  '权限不够',
  '拒絕不符權限的操作',
  '許可がありません',
  '허가 거부',
  'Brak dostępu',
  'Erişim engellendi',
  'İzin reddedildi',
  'Toegang geweigerd',
  'Åtkomst nekas',
  'Operace zamítnuta',
  'Engedély megtagadva',
  'Lupa evätty',
  'Adgang nægtet',
  'Ikke tilgang',
  'S’ha denegat el permís',
  'Không đủ quyền truy cập',
];

// glibc's ENOENT ("No such file or directory"), which bash and env print after a name; and older
// wordings of it (Ubuntu's es and pt_BR, fr's "répertoire").
const NO_SUCH_FILE = [
  'Datei oder Verzeichnis nicht gefunden',
  'Aucun fichier ou dossier de ce type',
  'Aucun fichier ou répertoire de ce type',
  'Aucun fichier ou répertoire de ce nom',
  'No existe el fichero o el directorio',
  'No existe el archivo o el directorio',
  'Arquivo ou diretório inexistente',
  'Arquivo ou diretório não encontrado',
  'Ficheiro ou pasta inexistente',
  'File o directory non esistente',
  'Нет такого файла или каталога',
  'Немає такого файла або каталогу',
  'Няма такъв файл или директория',
  '没有那个文件或目录',
  '沒有此一檔案或目錄',
  'そのようなファイルやディレクトリはありません',
  '그런 파일이나 디렉터리가 없습니다',
  'Nie ma takiego pliku ani katalogu',
  'Böyle bir dosya ya da dizin yok',
  'Bestand of map bestaat niet',
  'Filen eller katalogen finns inte',
  'Adresář nebo soubor neexistuje',
  'Adresár alebo súbor neexistuje',
  'Nincs ilyen fájl vagy könyvtár',
  'Tiedostoa tai hakemistoa ei ole',
  'Ingen sådan fil eller filkatalog',
  'Ingen slik fil eller filkatalog',
  'El fitxer o directori no existeix',
  'Δεν υπάρχει τέτοιο αρχείο ή κατάλογος',
  'Tidak ada berkas atau direktori seperti itu',
  'Không có tập tin hoặc thư mục như vậy',
];

const BAD_INTERPRETER = [
  'Defekter Interpreter',
  'mauvais interpréteur',
  'intérprete erróneo',
  'interpretador incorreto',
  'interpretador errado',
  'interpretador ruim',
  'interprete errato',
  'неверный интерпретатор',
  'неправильний інтерпретатор',
  '错误的解释器',
  '解释器错误',
  '不當的直譯器',
  '誤ったインタプリタです',
  '잘못된 인터프리터',
  'zły interpreter',
  'hatalı yorumlayıcı',
  'ongeldige interpreter',
  'felaktig tolk',
  'chybný interpretr',
  'rossz parancsértelmező',
  'virheellinen tulkki',
  'dårlig fortolker',
  'ugyldig tolk',
  'intèrpret erroni',
  'bộ thông dịch sai',
];

// bash 5.2's message for a missing #! interpreter.
const REQUIRED_FILE_NOT_FOUND = [
  "ne peut exécuter : le fichier requis n'a pas été trouvé",
  'no se puede ejecutar: no se ha encontrado el fichero requerido',
  'не вдалося виконати: не знайдено потрібного файла',
  '无法执行：找不到需要的文件',
  '無法執行：找不到必須檔案',
  '実行できません: 必要なファイルがありません',
  '실행할 수 없음: 필요한 파일이 없습니다',
  'nie można uruchomić: nie znaleziono wymaganego pliku',
  'kan niet uitvoeren: vereist bestand is niet gevonden',
  'det går inte att köra: en nödvändig fil finns inte',
  'nelze spustit: požadovaný soubor neexistuje',
  'kan ikke kjøres: den nødvendige filen ble ikke funnet',
  "no es pot executar: no s'ha trobat un fitxer necessari",
];

// "syntax error near unexpected token `x'": the words before the token, and those after it.
const UNEXPECTED_TOKEN_BEFORE = [
  'Syntaxfehler beim unerwarteten Symbol',
  'Syntaxfehler beim unerwarteten Wort',
  'erreur de syntaxe près du symbole inattendu',
  'error sintáctico cerca del elemento inesperado',
  'erro de sintaxe próximo ao token inesperado',
  'erro de sintaxe próximo do token inesperado',
  'errore di sintassi vicino al token non atteso',
  'синтаксическая ошибка рядом с неожиданным маркером',
  'синтаксична помилка коло неочікуваної лексеми',
  'błąd składni przy nieoczekiwanym znaczniku',
  'syntaxfout nabij onverwacht symbool',
  'syntaxfel nära den oväntade symbolen',
  'chyba syntaxe poblíž neočekávaného tokenu',
  'lauseoppivirhe lähellä odottamatonta avainsanaa',
  'syntaksfejl nær uventet udtryk',
  "error de sintaxi a prop de l'element inesperat",
  'có lỗi cú pháp ở gần thẻ bài bất thường',
];
const UNEXPECTED_TOKEN_AROUND: readonly (readonly [string, string])[] = [
  ['erro de sintaxe junto a símbolo', 'inesperado'],
  ['未预期的记号', '附近有语法错误'],
  ['未预期的符号', '附近有语法错误'],
  ['未預期的字組', '附近有語法錯誤'],
  ['予期しないトークン', '周辺に構文エラーがあります'],
  ['예기치 않은 토큰', '근처에서 문법 오류'],
  ['beklenmeyen jeton', 'yakınında sözdizim hatası'],
  ['szintaktikai hiba', 'váratlan token közelében'],
  ['syntaksfeil ved', ', som er et uforventet symbol'],
];

const UNEXPECTED_END_OF_FILE = [
  'Syntaxfehler: Unerwartetes Dateiende.',
  'Syntaxfehler: Unerwartetes Dateiende',
  'erreur de syntaxe : fin de fichier prématurée',
  'error sintáctico: no se esperaba el final del fichero',
  'erro de sintaxe: fim prematuro do arquivo',
  'erro de sintaxe: fim de ficheiro inesperado',
  'errore di sintassi: EOF non atteso',
  'синтаксическая ошибка: неожиданный конец файла',
  'синтаксична помилка: раптово скінчився файл',
  '语法错误：未预期的文件结束符',
  '语法错误: 未预期的文件结尾',
  '語法錯誤: 未預期的檔案結尾',
  '構文エラー: 予期しないファイル終了 (EOF) です',
  '문법 오류: 예기치 않은 파일의 끝',
  'błąd składni: nieoczekiwany koniec pliku',
  'sözdizim hatası: beklenmeyen dosya sonu',
  'syntaxfout: onverwacht bestandseinde',
  'syntaxfel: oväntat filslut',
  'chyba syntaxe: nenadálý konec souboru',
  'szintaktikai hiba: váratlan fájlvége',
  'lauseoppivirhe: odottamaton tiedostonloppu',
  'syntaksfejl: uventet slutning på fil',
  'syntaksfeil: uforventet slutt på fil',
  'error de sintaxi: final de fitxer inesperat',
  'lỗi cú pháp: kết thúc tập tin bất thường',
];

// "unexpected EOF while looking for matching `x'": the words before the quote, and after it.
const UNMATCHED_QUOTE_AROUND: readonly (readonly [string, string])[] = [
  ['Dateiende beim Suchen nach', 'erreicht.'],
  ['fin de fichier (EOF) prématurée lors de la recherche du', 'correspondant'],
  ['EOF inesperado mientras se buscaba un', 'coincidente'],
  ['encontrado EOF inesperado enquanto procurava por', 'correspondente'],
  ['EOF inesperado ao procurar', 'correspondentes'],
  ['EOF non atteso durante la ricerca di', ''],
  ['неожиданный конец файла во время поиска', ''],
  ['файл скінчився раніше, ніж було знайдено відповідний', ''],
  ['寻找匹配的', '时遇到了未预期的 EOF'],
  ['尋找符合的', '時遇到了未預期的檔案結束符'],
  ['対応する', 'を探索中に予期しないファイル終了 (EOF) です'],
  ['nieoczekiwany EOF podczas poszukiwania pasującego', ''],
  ['onverwacht bestandseinde tijdens zoeken naar bijpassende', ''],
  ['oväntat filslut vid sökning efter matchande', ''],
  ['neočekávaný konec souboru při hledání znaku odpovídajícímu', ''],
  ['uventet EOF mens der ledtes efter samhørende', ''],
  ['uforventet slutt på fil (EOF) under søk etter', ''],
  ['EOF inesperat mentre es cercava', ''],
];

const UNARY_OPERATOR_EXPECTED = [
  'Einstelliger (unärer) Operator erwartet.',
  'opérateur unaire attendu',
  'se esperaba un operador unario',
  'esperava operador unário',
  'operador unáro esperado',
  'atteso operatore unario',
  'ожидается унарный оператор',
  'очікувався унарний оператор',
  '需要一元运算符',
  '需要一元表示式',
  '単項演算子が予期されます',
  '단항 연산자가 필요합니다',
  'oczekiwano operatora jednoargumentowego',
  'tek terimli işleci bekleniyordu',
  'unär operator förväntades',
  'očekáván unární operátor',
  'egyoperandusú operátor szükséges',
  'odotettiin unaarista operaattoria',
  'unær operator forventet',
  'forventet unær operatør',
  "s'esperava un operador unari",
  'cần toán tử một ngôi',
];

const BINARY_OPERATOR_EXPECTED = [
  'Zweistelliger (binärer) Operator erwartet.',
  'opérateur binaire attendu',
  'se esperaba un operador binario',
  'esperava operador binário',
  'operador bináro esperado',
  'atteso operatore binario',
  'ожидается бинарный оператор',
  'очікувався бінарний оператор',
  '需要二元运算符',
  '需要二元表示式',
  '二項演算子が予期されます',
  '이항 연산자가 필요합니다',
  'oczekiwano operatora dwuargumentowego',
  'iki terimli işleci bekleniyordu',
  'binär operator förväntades',
  'očekáván binární operátor',
  'kétoperandusú operátor szükséges',
  'odotettiin binääristä operaattoria',
  'binær operator forventet',
  'forventet binær operatør',
  "s'esperava un operador binari",
  'cần toán tử hai ngôi',
];

const TOO_MANY_ARGUMENTS = [
  'Zu viele Argumente.',
  'zu viele Argumente',
  "trop d'arguments",
  'demasiados argumentos',
  'número excessivo de argumentos',
  'troppi argomenti',
  'слишком много аргументов',
  'забагато аргументів',
  '参数太多',
  '太多參數',
  '引数が多すぎます',
  '인자가 너무 많음',
  'za dużo argumentów',
  'pek fazla argüman',
  'te veel argumenten',
  'för många argument',
  'příliš mnoho argumentů',
  'túl sok argumentum',
  'liian monta argumenttia',
  'for mange argumenter',
  'sobren arguments',
  'quá nhiều đối số',
];

const INTEGER_EXPRESSION_EXPECTED = [
  'Ganzzahliger Ausdruck erwartet.',
  'nombre entier attendu comme expression',
  'se esperaba una expresión entera',
  'esperava expressão de número inteiro',
  'expressão inteira esperada',
  'attesa espressione intera',
  'ожидается целочисленное выражение',
  'очікувався числовий вираз',
  '需要整数表达式',
  '需要整數表示式',
  '整数の式が予期されます',
  '정수 표현식 필요함',
  'oczekiwano wyrażenia całkowitego',
  'tamsayı ifadesi bekleniyordu',
  'een geheel-getaluitdrukking werd verwacht',
  'heltalsuttryck förväntades',
  'očekáván celočíselný výraz',
  'egész kifejezés szükséges',
  'odotettiin kokonaislukuilmaisua',
  'heltalsudtryk forventet',
  'forventet heltallsuttrykk',
  "s'esperava una expressió amb enters",
  'cần biểu thức số nguyên',
];

// bash's messages for set -u, readonly and declare -r, ${…}, redirections, builtins' options and test's
// closing bracket (bash 5.2's catalogs).
const UNBOUND_VARIABLE = [
  'variable sans liaison',
  'variable sin asignar',
  'variável desassociada',
  'variável não associada',
  'variabile non assegnata',
  'не заданы границы переменной',
  'неозначена змінна',
  '未绑定的变量',
  '未綁定的變數',
  '未割り当ての変数です',
  '바인딩 해제한 변수',
  'nieustawiona zmienna',
  'bağlanmamış değişken',
  'ongebonden variabele',
  'obunden variabel',
  'nevázaná proměnná',
  'kötetlen változó',
  'sitomaton muuttuja',
  'ubundet variabel',
  'utildelt variabel',
  'variable no definida',
  'biến chưa liên kết',
];

const READONLY_VARIABLE = [
  'Schreibgeschützte Variable',
  'variable en lecture seule',
  'variable de sólo lectura',
  'variável só de leitura',
  'a variável permite somente leitura',
  'variabile in sola lettura',
  'переменная только для чтения',
  'змінна призначена лише для читання',
  '只读变量',
  '唯讀的變數',
  '読み取り専用の変数です',
  '읽기 전용 변수임',
  'zmienna tylko do odczytu',
  'saltokunur değişken',
  'is een alleen-lezen variabele',
  'endast läsbar variabel',
  'proměnná pouze pro čtení',
  'csak olvasható változó',
  'kirjoitussuojattu muuttuja',
  'skrivebeskyttet variabel',
  'variable de només lectura',
  'biến chỉ đọc',
];

const BAD_SUBSTITUTION = [
  'Falsche Substitution',
  'mauvaise substitution',
  'sustitución errónea',
  'má substituição',
  'substituição incorreta',
  'sostituzione errata',
  'недопустимая подстановка',
  'неправильна заміна',
  '错误的替换',
  '錯誤的取代',
  '誤った代入です',
  '잘못된 대체',
  'złe podstawienie',
  'hatalı ikame',
  'ongeldige vervanging',
  'felaktig substitution',
  'chybná substituce',
  'rossz helyettesítés',
  'virheellinen korvaus',
  'dårlig udskiftning',
  'ugyldig substitusjon',
  'substitució errònia',
  'thay thế sai',
];

const AMBIGUOUS_REDIRECT = [
  'Mehrdeutige Umlenkung',
  'redirection ambiguë',
  'redireccionamiento ambiguo',
  'redireccionamento ambíguo',
  'redirecionamento ambíguo',
  'redirezione ambigua',
  'неоднозначное перенаправление',
  'неоднозначне переспрямування',
  '有歧义的重定向',
  '模稜兩可的重定向',
  '曖昧なリダイレクトです',
  '모호한 리다이렉트',
  'niejednoznaczne przekierowanie',
  'belirsiz yönlendirme',
  'omleiding is niet eenduidig',
  'tvetydig omdirigering',
  'nejednoznačné přesměrování',
  'kétértelmű átirányítás',
  'epämääräinen uudelleenohjaus',
  'tvetydig videresendelse',
  'flertydig videresending',
  'redirecció ambigua',
  'chuyển hướng chưa rõ ràng',
];

const INVALID_OPTION = [
  'Ungültige Option',
  'option non valable',
  'opción inválida',
  'opção inválida',
  'opzione non valida',
  'недопустимый параметр',
  'неправильний параметр',
  '无效的选项',
  '無效選項',
  '無効なオプションです',
  '부적절한 옵션',
  'nieprawidłowa opcja',
  'seçenek geçersiz',
  'ongeldige optie',
  'ogiltig flagga',
  'chybný přepínač',
  'érvénytelen kapcsoló',
  'virheellinen valitsin',
  'ugyldigt tilvalg',
  'ugyldig valg',
  "l'opció no és vàlida",
  'tùy chọn không hợp lệ',
];

const MISSING_BRACKET = [
  'Fehlende »]«',
  '« ] » manquant',
  "falta un `]'",
  '"]" em falta',
  "faltando `]'",
  '"]" mancante',
  'отсутствует символ «]»',
  "відсутня `]'",
  '缺少 "]"',
  '缺少「]」',
  "`]'がありません",
  "']' 빠짐",
  "brakujący `]'",
  "eksik `]'",
  "ontbrekende ']'",
  '”]” saknas',
  'postrádám „]“',
  'hiányzó „]”',
  'puuttuva ”]”',
  'manglende "]"',
  '«]» mangler',
  'falta un «]»',
  'thiếu “]”',
];

// PAM's messages (Linux-PAM.mo) that passwd, chpasswd and su print after their name, like the system errors.
const PAM_ERRORS: Readonly<Record<string, readonly string[]>> = {
  'Authentication token manipulation error': [
    'Fehler beim Ändern des Authentifizierungstoken',
    'Erreur de manipulation du jeton d’authentification',
    'Error de manipulación del testigo de autenticación',
    'Erro de manipulação do código de autenticação',
    'Erro de manipulação de token de autenticação',
    'Errore manipolazione token di autenticazione',
    'Ошибка при операциях с маркером проверки подлинности',
    'Помилка маніпуляції лексемою розпізнавання',
    '鉴定令牌操作错误',
    '驗證記號處理錯誤',
    '認証トークン操作エラー',
    '인증 토근 수정 오류',
    'Błąd podczas modyfikowania tokenu uwierzytelniania',
    'Yetkilendirme anahtarı manipülasyon hatası',
    'Fout bij manipulatie van authenticatie-token',
    'Manipuleringsfel för autentiseringselement',
    'Chyba manipulace s autentizačním tokenem',
    'Hitelesítő tokenkezelés hiba',
    'Tunnistautumislipukkeen käsittelyvirhe',
    'Fejl ved manipulering af godkendelsestoken',
    'Manipulasjonsfeil for autentiseringskode',
    "Error de manipulació del testimoni d'autenticació",
    'Thao tác xác thực token lỗi',
  ],
  'Authentication failure': [
    'Fehler bei Authentifizierung',
    'Échec de l’authentification',
    'Fallo de autenticación',
    'Falha de autenticação',
    'Autenticazione non riuscita',
    'Сбой при проверке подлинности',
    'Помилка розпізнавання',
    '鉴定故障',
    '驗證失敗',
    '認証失敗',
    '인증 실패',
    'Uwierzytelnienie się nie powiodło',
    'Yetkilendirme hatası',
    'Authenticatiefout',
    'Autentiseringsfel',
    'Selhání autentizace',
    'Hitelesítési hiba',
    'Tunnistautumisvirhe',
    'Fejl ved godkendelse',
    'Autentiseringsfeil',
    "Error d'autenticació",
    'Xác thực thất bại',
  ],
};
const SYSTEM_ERROR_ENGLISH = new Map(
  [...Object.entries(LIBC_SYSTEM_ERRORS), ...Object.entries(PAM_ERRORS)].flatMap(([english, translations]) =>
    translations.map((t) => [t, english] as const),
  ),
);

const rule = (source: string, english: Rule[1]): Rule => [new RegExp(source, 'gm'), english];
// cmd.exe's name before "is not recognized": 'x', "x", ‘x’, “x”, «x» (a long one wrapped over a line), or a bare word.
const CMD_NAME = String.raw`'([^'\n]{1,120}(?:\n[^'\n]{1,120}){0,2})'|"([^"\n]{1,200})"|[‘“«]([^’”»\n]{1,200})[’”»]|(?<![^\s])([^\s'"‘’“”«»]{1,200})`;
const around = (pairs: readonly (readonly [string, string])[], quoted = Q): string =>
  pairs.map(([before, after]) => `${alternation([before])}\\s?${quoted}${after ? `\\s?${alternation([after])}` : ''}`).join('|');
// bash's French catalog separates with " : "; on a line with one of its messages, every separator is one.
const FRENCH = [
  'commande introuvable',
  'Permission non accordée',
  'mauvais interpréteur',
  'erreur de syntaxe',
  'fin de fichier',
  'opérateur unaire',
  'opérateur binaire',
  "trop d'arguments",
  'nombre entier attendu',
  'ne peut exécuter',
];

const RULES: readonly Rule[] = [
  rule(`^[^\\n]{0,1000}?(?:${alternation(FRENCH)})[^\\n]{0,1000}`, (line) => line.replace(/ : /g, ': ')),
  // bash's "%s: line %d: " prefix ("Zeile", "行"), which the English patterns anchor on.
  rule(
    `[:：] ?(?:Zeile|ligne|línea|línia|linha|riga|строка|рядок|行|linje|rivi|regel|rad|linia|řádek|riadok|dòng|baris|줄) ?(\\d{1,7})[ \\t]?[:：] ?`,
    ': line $1: ',
  ),
  // The catalogs that put the number inside the word: zh "第 5 行：", ja "5 行:", ko "행 5번:", tr "5. satır:", hu "5. sor:".
  rule(
    `[:：] ?(?:第 ?(\\d{1,7}) ?[行列]|(\\d{1,7}) ?行|행 (\\d{1,7})번|(\\d{1,7})\\. (?:satır|sor))[ \\t]?[:：] ?`,
    (_m, ...n: string[]) => `: line ${n.slice(0, 4).find((g) => g !== undefined) ?? ''}: `,
  ),
  // A translation that ends with a full stop (de) may run into the next message on the same line:
  // each goes on its own line, as bash printed them.
  rule(`${SEP}(?:${alternation(COMMAND_NOT_FOUND)})\\.?(?:[ \\t]+(?=\\S))?`, (m) =>
    /[ \t]$/.test(m) ? ': command not found\n' : ': command not found',
  ),
  rule(`(?<![\\w-])fant ikke kommando (\\S{1,200})`, '$1: command not found'),
  // cmd.exe's (not bash's) "is not recognized" in Spanish, as seen in a real report.
  rule(
    `(["'])([^"'\\n]{1,200})\\1 no se reconoce como un comando interno o externo,?`,
    "'$2' is not recognized as an internal or external command,",
  ),
  // The same in the other Windows languages users paste (fr, de, zh, ja, ru): the name in its quotes, which a
  // console may wrap over lines, or bare.
  rule(
    `(?:${CMD_NAME})'?[ \\t]?(?:n[’']est pas reconnu en tant que commande interne|不是内部或外部命令|は、内部コマンドまたは外部コマンド、|-?[ \\t]?не является внутренней или внешней)`,
    (_m, ...names: string[]) =>
      `'${names.slice(0, 4).find((n) => n !== undefined) ?? ''}' is not recognized as an internal or external command,`,
  ),
  // PowerShell's CommandNotFoundException message in the Windows languages: the name in its quotes.
  rule(
    `(?:无法将|Le terme|Die Benennung|El término|O termo|Имя|用語)\\s?[“"'«„‘]?\\s?([^\\s“”"'«»„‘’]{1,200}?)\\s?[”"'»“’]?\\s?(?:项\\s?识别为\\s?cmdlet|n[’']est pas reconnu comme nom d[’']applet de commande|wurde nicht als Name eines Cmdlet|no se reconoce como nombre de un cmdlet|não é reconhecido como nome de cmdlet|не распознано как имя командлета|は、コマンドレット)`,
    "The term '$1' is not recognized as the name of a cmdlet, function, script file, or operable program.",
  ),
  rule(
    `[“"'‘]([^\\s“”"'‘’]{1,200})[”"'’] 용어가 cmdlet,`,
    "The term '$1' is not recognized as the name of a cmdlet, function, script file, or operable program.",
  ),
  // cmd.exe's own messages on a line of their own, as Windows prints them in its language.
  rule(
    `^([ \\t]{0,8})(?:系统找不到指定的路径|系統找不到指定的路徑|Das System kann den angegebenen Pfad nicht finden|Le chemin d[’']accès spécifié est introuvable|El sistema no puede encontrar la ruta especificada|O sistema não pode encontrar o caminho especificado|Impossibile trovare il percorso specificato|Системе не удается найти указанный путь|指定されたパスが見つかりません|지정된 경로를 찾을 수 없습니다)[。.]?[ \\t\\r]*$`,
    '$1The system cannot find the path specified.',
  ),
  rule(
    `^([ \\t]{0,8})(?:系统找不到指定的文件|系統找不到指定的檔案|Das System kann die angegebene Datei nicht finden|Le fichier spécifié est introuvable|El sistema no puede encontrar el archivo especificado|O sistema não pode encontrar o arquivo especificado|Impossibile trovare il file specificato|Не удается найти указанный файл|指定されたファイルが見つかりません|지정된 파일을 찾을 수 없습니다)[。.]?[ \\t\\r]*$`,
    '$1The system cannot find the file specified.',
  ),
  rule(
    `Der Befehl [„"'“]([^"'“”\\n]{1,200})["'“”] ist entweder falsch geschrieben oder`,
    "'$1' is not recognized as an internal or external command,",
  ),
  rule(`${SEP}(?:${alternation(PERMISSION_DENIED)})`, ': Permission denied'),
  rule(`${SEP}(?:${alternation(NO_SUCH_FILE)})`, ': No such file or directory'),
  rule(
    `${SEP}(${alternation([...SYSTEM_ERROR_ENGLISH.keys()].sort((a, b) => b.length - a.length))})`,
    (_m, message: string) => `: ${SYSTEM_ERROR_ENGLISH.get(message) ?? message}`,
  ),
  rule(`${SEP}(?:${alternation(BAD_INTERPRETER)})(?=[ \\t]?[:：]|[ \\t]*$)`, ': bad interpreter'),
  rule(`${SEP}(?:${alternation(REQUIRED_FILE_NOT_FOUND)})`, ': cannot execute: required file not found'),
  rule(`(?:${alternation(UNEXPECTED_TOKEN_BEFORE)})\\s?${Q}`, "syntax error near unexpected token `$1'"),
  rule(
    around(UNEXPECTED_TOKEN_AROUND),
    (_m, ...groups) =>
      `syntax error near unexpected token \`${groups.slice(0, UNEXPECTED_TOKEN_AROUND.length).find((g) => g !== undefined) ?? ''}'`,
  ),
  rule(alternation(UNEXPECTED_END_OF_FILE), 'syntax error: unexpected end of file'),
  rule(
    around(UNMATCHED_QUOTE_AROUND, Q1),
    (_m, ...groups) =>
      `unexpected EOF while looking for matching \`${groups.slice(0, UNMATCHED_QUOTE_AROUND.length).find((g) => g !== undefined) ?? ''}'`,
  ),
  rule(`${SEP}(?:${alternation(UNARY_OPERATOR_EXPECTED)})`, ': unary operator expected'),
  rule(`(?<![\\w-])eenzijdige operator werd verwacht, (\\S{1,20}) gevonden`, '$1: unary operator expected'),
  rule(`${SEP}(?:${alternation(BINARY_OPERATOR_EXPECTED)})`, ': binary operator expected'),
  rule(`(?<![\\w-])tweezijdige operator werd verwacht, (\\S{1,20}) gevonden`, '$1: binary operator expected'),
  // Only the test builtin's: "too many arguments" alone is every other command's complaint too.
  rule(`(?:\\[|test)${SEP}(?:${alternation(TOO_MANY_ARGUMENTS)})`, '[: too many arguments'),
  rule(`${SEP}(?:${alternation(INTEGER_EXPRESSION_EXPECTED)})`, ': integer expression expected'),
  rule(`${SEP}(?:${alternation(UNBOUND_VARIABLE)})`, ': unbound variable'),
  // de puts the name first and no colon: "FOO ist nicht gesetzt."
  rule(`(?<=[:：] ?)(\\S{1,100}) ist nicht gesetzt\\.?`, '$1: unbound variable'),
  rule(`${SEP}(?:${alternation(READONLY_VARIABLE)})\\.?`, ': readonly variable'),
  rule(`${SEP}(?:${alternation(BAD_SUBSTITUTION)})\\.?`, ': bad substitution'),
  rule(`${SEP}(?:${alternation(AMBIGUOUS_REDIRECT)})\\.?`, ': ambiguous redirect'),
  rule(`${SEP}(?:${alternation(INVALID_OPTION)})\\.?`, ': invalid option'),
  rule(`(\\[|test)${SEP}(?:${alternation(MISSING_BRACKET)})`, "$1: missing `]'"),
  ...BASH_BUILTIN_TRANSLATIONS.map(([english, translations, afterName]) =>
    rule(`${afterName ? SEP : ''}(?:${alternation(translations)})\\.?`, `${afterName ? ': ' : ''}${english}`),
  ),
];

// Worth the passes: a non-ASCII character (most translations have one), or an ASCII word of one.
const MAY_BE_LOCALISED =
  /[^\x00-\x7f]|System kann|sistema no puede|Impossibile trovare|Kommando|Befehl|Berechtigung|commande|orden no|comando|permesso|Permiso|Interpreter|interpr|nieoczek|polecenia|opdracht|kommandot|parancs|komento|kommando|ordre|Syntaxfehler|erreur de|error sint|erro de|errore di|syntaxfout|syntaxfel|syntaksf|operator|operador|operatore|Argumente|arguments|argumentos|argomenti|argumenten|argument|Toegang|tilgang|Ausdruck|expression|inteira|intera|attendu|esperaba|werd verwacht|förväntades|forventet|Zeile|ligne|linha|riga|komut|EOF|Verzeichnis|fichier|fichero|archivo|Arquivo|directory non|pliku|Bestand of map|katalogen|filkatalog|hakemistoa|fitxer|berkas|sans liaison|sin asignar|non assegnata|nieustawiona|ongebonden|obunden|ubundet|utildelt|no definida|lecture seule|Falsche|mauvaise|sostituzione|felaktig|Umlenkung|omleiding|omdirigering|videresend|redirezione|option non|opzione|optie|flagga|tilvalg|ugyldig|valitsin|nicht gesetzt|korvaus|vervanging|mangler|Fehlende|manquant|mancante|saknas|ontbrekende|brakuj|faltando|falta un/;

/** The text with bash's and glibc's localised shell messages replaced by English. */
// The translations written in ASCII only (fr "Trop de niveaux de liens symboliques").
const ASCII_TRANSLATIONS = new RegExp(
  alternation(
    [
      ...SYSTEM_ERROR_ENGLISH.keys(),
      ...PERMISSION_DENIED,
      ...NO_SUCH_FILE,
      ...BASH_BUILTIN_TRANSLATIONS.flatMap(([, translations]) => translations),
    ].filter((t) => /^[\x00-\x7f]*$/.test(t)),
  ),
);

export function delocaliseShell(text: string): string {
  if (!MAY_BE_LOCALISED.test(text) && !ASCII_TRANSLATIONS.test(text)) return text;
  let out = text;
  for (const [re, english] of RULES) out = typeof english === 'string' ? out.replace(re, english) : out.replace(re, english);
  return out;
}
