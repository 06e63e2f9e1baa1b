/**
 * Catalog pass over the C and C++ toolchains' localised messages (issue 12): gcc's, cpp's, collect2's and
 * GNU ld's diagnostics as their Debian catalogs translate them (gcc 12, binutils 2.40, glibc 2.36, make 4.3),
 * pasted with their locations and localised severity words, and MSVC's as its localised editions word them.
 * A localised message takes the language and the error type of its English original. Pure: the rules engine alone.
 */
import { GCC_CATALOG_MESSAGES } from '../src/translator/rules/localised-gcc-messages';
import { answer, expectRecognised, fixText } from './support/recognised';

describe('gcc on C sources, localised: the English phrase', () => {
  it.each([
    // ‘x’ undeclared (first use in this function)
    [
      'main.c: In Funktion »main«:\nmain.c:5:5: Fehler: »count« nicht deklariert (erste Verwendung in dieser Funktion)\n    5 |     count++;\n      |     ^~~~~\nmain.c:5:5: Anmerkung: jeder nicht deklarierte Bezeichner wird nur einmal für jede Funktion, in der er vorkommt, gemeldet',
      'c',
      'was not declared in this scope',
    ],
    [
      'main.c: Dans la fonction « main »:\nmain.c:5:5: erreur: « count » non déclaré (première utilisation dans cette fonction)\nmain.c:5:5: note: chaque identificateur non déclaré est rapporté une seule fois pour chaque fonction dans laquelle il apparaît',
      'c',
      'was not declared in this scope',
    ],
    ['main.c:5:5: error: ‘count’ no se declaró aquí (primer uso en esta función)', 'c', 'was not declared in this scope'],
    ['main.c:5:5: ошибка: «count» не описан (первое использование в этой функции)', 'c', 'was not declared in this scope'],
    [
      'main.c: 在函数‘main’中:\nmain.c:5:5: 错误：‘count’未声明(在此函数内第一次使用)\nmain.c:5:5: 附注：每个未声明的标识符在其出现的函数内只报告一次',
      'c',
      'was not declared in this scope',
    ],
    ["main.c:5:5: エラー: 'count' が宣言されていません (この関数内での最初の使用)", 'c', 'was not declared in this scope'],
    ['main.c:5:5: fel: ”count” är odeklarerad (första förekomsten i denna funktion)', 'c', 'was not declared in this scope'],
    [
      'src/net.c:120:17: Fehler: »sockfd« nicht deklariert (erstmalige Verwendung in dieser Funktion); meinten Sie »sock«?',
      'c',
      'was not declared in this scope',
    ],
    ['config.c:8:14: Fehler: »MAX_PATH« ist hier nicht deklariert (nicht in einer Funktion)', 'c', 'was not declared in this scope'],
    // implicit declaration of function
    [
      'main.c:7:5: Warnung: Implizite Deklaration der Funktion »sleep« [-Wimplicit-function-declaration]\n    7 |     sleep(1);\n      |     ^~~~~',
      'c',
      'implicit declaration of function',
    ],
    [
      'main.c:7:5: attention: déclaration implicite de la fonction « sleep » [-Wimplicit-function-declaration]',
      'c',
      'implicit declaration of function',
    ],
    [
      'main.c:7:5: aviso: declaración implícita de la función ‘sleep’ [-Wimplicit-function-declaration]',
      'c',
      'implicit declaration of function',
    ],
    [
      'main.c:7:5: предупреждение: неявная декларация функции «sleep» [-Wimplicit-function-declaration]',
      'c',
      'implicit declaration of function',
    ],
    ['main.c:7:5: 警告：隐式声明函数‘sleep’ [-Wimplicit-function-declaration]', 'c', 'implicit declaration of function'],
    ['main.c:7:5: 錯誤：隱含宣告函式 「sleep」 [-Werror=implicit-function-declaration]', 'c', 'implicit declaration of function'],
    ["main.c:7:5: 警告: 関数 'sleep' の暗黙的な宣言です [-Wimplicit-function-declaration]", 'c', 'implicit declaration of function'],
    ["main.c:7:5: uyarı: 'sleep' işlevinin örtük bildirimi [-Wimplicit-function-declaration]", 'c', 'implicit declaration of function'],
    [
      'main.c:7:5: varning: implicit deklaration av funktionen ”sleep” [-Wimplicit-function-declaration]',
      'c',
      'implicit declaration of function',
    ],
    ['main.c:7:5: cảnh báo: khai báo ngầm của hàm “sleep” [-Wimplicit-function-declaration]', 'c', 'implicit declaration of function'],
    // conflicting types
    ['util.c:12:6: Fehler: In Konflikt stehende Typen für »parse«; der bestehende Typ ist »int(char *)«', 'c', 'conflicting types'],
    ['util.c:12:6: erreur: types conflictuels pour « parse »', 'c', 'conflicting types'],
    ['util.c:12:6: error: tipos en conflicto para ‘parse’', 'c', 'conflicting types'],
    ['util.c:12:6: ошибка: несовместимые типы для «parse»', 'c', 'conflicting types'],
    ['util.c:12:6: 错误：与‘parse’类型冲突', 'c', 'conflicting types'],
    ["util.c:12:6: エラー: 'parse' と型が競合しています", 'c', 'conflicting types'],
    ["util.c:12:6: hata: 'parse' için çelişen türler", 'c', 'conflicting types'],
    ['util.c:12:6: lỗi: kiểu xung đột cho “parse”', 'c', 'conflicting types'],
    // incompatible pointer types
    [
      'main.c:14:12: Warnung: Übergabe des Arguments 1 von »process« von inkompatiblem Zeigertyp [-Wincompatible-pointer-types]',
      'c',
      'incompatible pointer types',
    ],
    [
      "main.c:14:12: attention: passage de l'argument 1 de « process » depuis un type pointeur incompatible [-Wincompatible-pointer-types]",
      'c',
      'incompatible pointer types',
    ],
    [
      'main.c:14:12: 警告：传递‘process’的第 1 个参数时在不兼容的指针类型间转换 [-Wincompatible-pointer-types]',
      'c',
      'incompatible pointer types',
    ],
    [
      'main.c:9:15: предупреждение: в передаче аргумента 1 «process»: несовместимый тип указателя [-Wincompatible-pointer-types]',
      'c',
      'incompatible pointer types',
    ],
    [
      'main.c:9:15: Warnung: Initialisierung von »int *« von inkompatiblem Zeigertyp »char *« [-Wincompatible-pointer-types]',
      'c',
      'incompatible pointer types',
    ],
    // too few / too many arguments
    ['net.c:30:9: Fehler: Zu wenige Argumente für Funktion »connect_to«', 'c', 'too few arguments to function'],
    ["net.c:30:9: erreur: trop peu d'arguments pour la fonction « connect_to »", 'c', 'too few arguments to function'],
    ['net.c:30:9: ошибка: слишком мало аргументов в вызове функции «connect_to»', 'c', 'too few arguments to function'],
    ['net.c:30:9: error: faltan argumentos para la función ‘connect_to’', 'c', 'too few arguments to function'],
    ["net.c:30:9: エラー: 関数 'connect_to' へ渡す引数が少なすぎます", 'c', 'too few arguments to function'],
    ['net.c:30:9: Fehler: zu viele Argumente für Funktion »connect_to«', 'c', 'too many arguments to function'],
    ['net.c:30:9: 错误：提供给函数‘connect_to’的实参太多', 'c', 'too many arguments to function'],
    // storage size
    ['main.c:6:17: Fehler: Speichergröße von »addr« ist unbekannt', 'c', "storage size isn't known"],
    ['main.c:6:17: erreur: la taille de stockage de « addr » est inconnue', 'c', "storage size isn't known"],
    ['main.c:6:17: 错误：‘addr’的存储大小未知', 'c', "storage size isn't known"],
    ['main.c:6:17: ошибка: размер «addr» в памяти неизвестен', 'c', "storage size isn't known"],
    // redefinition
    ['list.c:20:5: Fehler: Redefinition von »list_push«', 'c', 'redefinition of'],
    ['list.c:20:5: erreur: redéfinition de « list_push »', 'c', 'redefinition of'],
    ['list.c:20:5: ошибка: переопределение «list_push»', 'c', 'redefinition of'],
    ['list.c:20:5: 错误：‘list_push’重定义', 'c', 'redefinition of'],
    // unknown type name, has no member named
    ['types.h:4:5: Fehler: unbekannter Typname: »uint8«', 'c', 'unknown type name'],
    ['types.h:4:5: erreur: nom de type « uint8 » inconnu', 'c', 'unknown type name'],
    ['types.h:4:5: 错误：未知的类型名‘uint8’', 'c', 'unknown type name'],
    ["main.c:11:12: erreur: « struct point » n'a pas de membre nommé « z »", 'c', 'has no member named'],
    ['main.c:11:12: ошибка: «struct point» не содержит элемента с именем «z»', 'c', 'has no member named'],
    // for loop initial declarations, control reaches end
    [
      'main.c:4:5: Fehler: Anfangsdeklarationen in »for«-Schleifen sind nur im C99- oder C11-Modus erlaubt',
      'c',
      'for loop initial declarations',
    ],
    [
      'main.c:9:1: Warnung: Kontrollfluss erreicht Ende von Nicht-void-Funktion [-Wreturn-type]',
      'c',
      'control reaches end of non-void function',
    ],
  ])('%j', (error, language, errorType) => expectRecognised(error, language, errorType));
});

describe('missing headers and the driver, localised', () => {
  it.each([
    [
      'main.c:1:10: schwerwiegender Fehler: curl/curl.h: Datei oder Verzeichnis nicht gefunden\n    1 | #include <curl/curl.h>\n      |          ^~~~~~~~~~~~~\nKompilierung beendet.',
      'c',
      'missing header',
    ],
    ['main.c:1:10: erreur fatale: curl/curl.h : Aucun fichier ou dossier de ce type\ncompilation terminée.', 'c', 'missing header'],
    ['main.c:1:10: error fatal: curl/curl.h: No existe el fichero o el directorio\ncompilación terminada.', 'c', 'missing header'],
    ['main.c:1:10: фатальная ошибка: curl/curl.h: Нет такого файла или каталога\nкомпиляция прервана.', 'c', 'missing header'],
    ['main.c:1:10: 致命错误：curl/curl.h：没有那个文件或目录\n编译中断。', 'c', 'missing header'],
    ['main.c:1:10: 嚴重錯誤：curl/curl.h：沒有此一檔案或目錄\n編譯終止。', 'c', 'missing header'],
    ['main.c:1:10: 致命的エラー: curl/curl.h: そのようなファイルやディレクトリはありません\nコンパイルを停止しました。', 'c', 'missing header'],
    ['main.c:1:10: ölümcül hata: curl/curl.h: Böyle bir dosya ya da dizin yok\nderleme sonlandırıldı.', 'c', 'missing header'],
    ['main.c:1:10: ödesdigert fel: curl/curl.h: Filen eller katalogen finns inte\nkompilering avslutad.', 'c', 'missing header'],
    ['main.c:1:10: fatale fout: curl/curl.h: Bestand of map bestaat niet\ncompilatie is beëindigd.', 'c', 'missing header'],
    [
      'main.c:1:10: lỗi nghiêm trọng: curl/curl.h: Không có tập tin hoặc thư mục như vậy\ntiến trình biên dịch bị chấm dứt.',
      'c',
      'missing header',
    ],
    ['main.c:1:10: критична помилка: curl/curl.h: Немає такого файла або каталогу\nкомпіляцію перервано.', 'c', 'missing header'],
    ['src/app.cpp:3:10: schwerwiegender Fehler: boost/asio.hpp: Datei oder Verzeichnis nicht gefunden', 'cpp', 'missing header'],
    ['src/app.cpp:3:10: 致命错误：boost/asio.hpp：没有那个文件或目录', 'cpp', 'missing header'],
  ])('%j', (error, language, errorType) => expectRecognised(error, language, errorType));
});

describe('g++ on C++ sources, localised: the English phrase', () => {
  it.each([
    [
      'main.cpp: In Funktion »int main()«:\nmain.cpp:6:5: Fehler: »cout« wurde in diesem Gültigkeitsbereich nicht definiert',
      'cpp',
      'was not declared in this scope',
    ],
    [
      'main.cpp:6:5: Fehler: »cout« wurde in diesem Gültigkeitsbereich nicht deklariert; meinten Sie »std::cout«?',
      'cpp',
      'was not declared in this scope',
    ],
    ["main.cpp:6:5: erreur: « cout » n'a pas été déclaré dans cette portée", 'cpp', 'was not declared in this scope'],
    ['main.cpp:6:5: error: ‘cout’ no se declaró en este ámbito', 'cpp', 'was not declared in this scope'],
    ['main.cpp:6:5: ошибка: нет декларации «cout» в этой области видимости', 'cpp', 'was not declared in this scope'],
    ['main.cpp: 在函数‘int main()’中:\nmain.cpp:6:5: 错误：‘cout’在此作用域中尚未声明', 'cpp', 'was not declared in this scope'],
    ['main.cpp:6:5: 錯誤：「cout」 在此作用欄位中尚未宣告', 'cpp', 'was not declared in this scope'],
    ["main.cpp:6:5: hata: 'cout' bu etki alanında bildirilmemiş", 'cpp', 'was not declared in this scope'],
    ['main.cpp:6:5: fel: ”cout” deklarerades inte i detta definitionsområde', 'cpp', 'was not declared in this scope'],
    ['main.cpp:6:5: lỗi: “cout” chưa được khai báo trong phạm vi này', 'cpp', 'was not declared in this scope'],
    ['widget.h:12:5: Fehler: »string« bezeichnet keinen Typ', 'cpp', 'does not name a type'],
    ['widget.h:12:5: erreur: « string » ne nomme pas un type', 'cpp', 'does not name a type'],
    ['widget.h:12:5: ошибка: «string» не является именем типа', 'cpp', 'does not name a type'],
    ['widget.h:12:5: 错误：‘string’不是一个类型名', 'cpp', 'does not name a type'],
    ['widget.h:12:5: Fehler: »vector« in Namensbereich »std« bezeichnet keinen Typ', 'cpp', 'does not name a type'],
    ["main.cpp:10:12: erreur: pas de fonction correspondant à l'appel « foo(int) »", 'cpp', 'no matching function for call'],
    ['main.cpp:10:12: error: no hay una función coincidente para la llamada a ‘foo(int)’', 'cpp', 'no matching function for call'],
    ['main.cpp:10:12: 錯誤：對 「foo(int)」 的呼叫沒有匹配的函式', 'cpp', 'no matching function for call'],
    ['main.cpp:10:12: fel: ingen funktion som stämmer för anrop av ”foo(int)”', 'cpp', 'no matching function for call'],
    ['main.cpp:8:15: Fehler: ungültige Umwandlung von »const char*« in »char*« [-fpermissive]', 'cpp', 'invalid conversion'],
    ['main.cpp:8:15: erreur: conversion invalide de « const char* » vers « char* » [-fpermissive]', 'cpp', 'invalid conversion'],
    ['main.cpp:8:15: ошибка: некорректное преобразование из «const char*» в «char*» [-fpermissive]', 'cpp', 'invalid conversion'],
    ['main.cpp:8:15: 错误：从‘const char*’到‘char*’的无效转换 [-fpermissive]', 'cpp', 'invalid conversion'],
    ['main.cpp:8:15: fel: ogiltig konvertering från ”const char*” till ”char*” [-fpermissive]', 'cpp', 'invalid conversion'],
    ['main.cpp:14:9: Fehler: »class Foo« hat kein Element namens »bar«', 'cpp', 'has no member named'],
    ["main.cpp:14:9: erreur: « class Foo » n'a pas de membre nommé « bar »", 'cpp', 'has no member named'],
    ['main.cpp:14:9: 错误：‘class Foo’没有名为‘bar’的成员', 'cpp', 'has no member named'],
    ['main.cpp:20:5: Fehler: gelöschte Funktion »Foo::Foo(const Foo&)« wird verwendet', 'cpp', 'use of deleted function'],
    ['main.cpp:20:5: erreur: utilisation de la fonction supprimée « Foo::Foo(const Foo&) »', 'cpp', 'use of deleted function'],
    ['main.cpp:20:5: ошибка: использование удаленной функции «Foo::Foo(const Foo&)»', 'cpp', 'use of deleted function'],
    ['main.cpp:9:10: erreur: « void Foo::bar() » est privé dans ce contexte', 'cpp', 'is private within this context'],
    ['main.cpp:9:10: Fehler: »void Foo::bar()« ist in diesem Zusammenhang »private«', 'cpp', 'is private within this context'],
    ['main.cpp:12:17: Fehler: Variable »s« kann nicht als vom abstrakten Typ »Shape« deklariert werden', 'cpp', 'abstract type'],
    ['main.cpp:12:17: erreur: ne peut déclarer la variable « s » comme étant de type abstrait « Shape »', 'cpp', 'abstract type'],
    ['main.cpp:12:17: 错误：不能将变量‘s’声明为具有抽象类型‘Shape’', 'cpp', 'abstract type'],
  ])('%j', (error, language, errorType) => expectRecognised(error, language, errorType));
});

describe('GNU ld and collect2, localised', () => {
  it.each([
    [
      '/usr/bin/ld : /tmp/ccA1b2C3.o : dans la fonction « main » :\nmain.c:(.text+0x1e) : référence indéfinie vers « parse_config »\ncollect2: erreur: ld a retourné le statut de sortie 1',
      'c',
      'undefined reference',
    ],
    [
      "/usr/bin/ld: /tmp/ccA1b2C3.o: en la función `main':\nmain.c:(.text+0x1e): referencia a `parse_config' sin definir\ncollect2: error: ld devolvió el estado de salida 1",
      'c',
      'undefined reference',
    ],
    [
      '/usr/bin/ld: /tmp/ccA1b2C3.o: na função "main":\nmain.c:(.text+0x1e): referência não definida para "parse_config"\ncollect2: error: ld returned 1 exit status',
      'c',
      'undefined reference',
    ],
    [
      '/usr/bin/ld: /tmp/ccA1b2C3.o: в функции «main»:\nmain.c:(.text+0x1e): неопределённая ссылка на «parse_config»\ncollect2: ошибка: выполнение ld завершилось с кодом возврата 1',
      'c',
      'undefined reference',
    ],
    [
      '/usr/bin/ld: /tmp/ccA1b2C3.o: у функції «main»:\nmain.c:(.text+0x1e): невизначене посилання на «parse_config»\ncollect2: помилка: ld повернуто стан виходу 1',
      'c',
      'undefined reference',
    ],
    [
      '/usr/bin/ld: /tmp/ccA1b2C3.o: in function `main\':\nmain.c:(.text+0x1e): riferimento non definito a "parse_config"',
      'c',
      'undefined reference',
    ],
    [
      '/tmp/ccA1b2C3.o：在函数‘main’中：\nmain.c:(.text+0x1e)：对‘parse_config’未定义的引用\ncollect2: 错误：ld 返回 1',
      'c',
      'undefined reference',
    ],
    [
      "main.o: In function `main':\nmain.c:(.text+0x1e): `parse_config' に対する定義されていない参照です\ncollect2: エラー: ld はステータス 1 で終了しました",
      'c',
      'undefined reference',
    ],
    ["main.c:(.text+0x1e): `parse_config'ye tanımsız başvuru\ncollect2: hata: ld çıkış durumu 1 ile döndü", 'c', 'undefined reference'],
    [
      'main.c:(.text+0x1e): tham chiếu đến “parse_config” chưa xác định\ncollect2: lỗi: ld trả về trạng thái thoát 1',
      'c',
      'undefined reference',
    ],
    [
      '/usr/bin/ld: /tmp/ccX.o: в функции «main»:\nmain.cpp:(.text+0x5e): неопределённая ссылка на «Parser::parse(std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> > const&)»',
      'cpp',
      'undefined reference',
    ],
    [
      '/usr/bin/ld: util.o:(.bss+0x0): définitions multiples de « counter »; main.o:(.bss+0x0) : défini pour la première fois ici',
      'c',
      'multiple definition',
    ],
    [
      "/usr/bin/ld: util.o:(.bss+0x0): definiciones múltiples de `counter'; main.o:(.bss+0x0): primero se definió aquí",
      'c',
      'multiple definition',
    ],
    ['/usr/bin/ld: util.o:(.bss+0x0): повторное определение «counter»; main.o:(.bss+0x0): здесь первое определение', 'c', 'multiple definition'],
    ["/usr/bin/ld: util.o:(.bss+0x0): `counter' が重複して定義されています", 'c', 'multiple definition'],
    [
      '/usr/bin/ld: ne peut pas trouver -lssl : Aucun fichier ou dossier de ce type\ncollect2: erreur: ld a retourné le statut de sortie 1',
      'c',
      'cannot find -l',
    ],
    ['/usr/bin/ld: no se puede encontrar -lssl: No existe el fichero o el directorio', 'c', 'cannot find -l'],
    ['/usr/bin/ld: невозможно найти -lssl: Нет такого файла или каталога', 'c', 'cannot find -l'],
    ['/usr/bin/ld: 找不到 -lssl: 没有那个文件或目录', 'c', 'cannot find -l'],
    ['/usr/bin/ld: -lssl が見つかりません: そのようなファイルやディレクトリはありません', 'c', 'cannot find -l'],
    ['/usr/bin/ld: -lssl bulunamadı: Böyle bir dosya ya da dizin yok', 'c', 'cannot find -l'],
    ['/usr/bin/ld: kan inte hitta -lssl: Filen eller katalogen finns inte', 'c', 'cannot find -l'],
    ['/usr/bin/ld: không tìm thấy -lssl: Không có tập tin hoặc thư mục như vậy', 'c', 'cannot find -l'],
    ['/usr/bin/ld: impossibile trovare -lssl: File o directory non esistente', 'c', 'cannot find -l'],
    ['/usr/bin/ld: não foi possível localizar -lssl: Arquivo ou diretório inexistente', 'c', 'cannot find -l'],
  ])('%j', (error, language, errorType) => expectRecognised(error, language, errorType));
});

describe('GNU ld beyond undefined references, localised (binutils and bfd catalogs)', () => {
  it.each([
    [
      '/usr/bin/ld: obj/util.o: перемещение R_X86_64_32 для «.rodata» не может использоваться при создании общего объекта; перекомпилируйте с -fPIC\n/usr/bin/ld: final link failed: nonrepresentable section on output\ncollect2: ошибка: выполнение ld завершилось с кодом возврата 1',
      'c',
      'recompile with -fPIC',
    ],
    [
      "/usr/bin/ld: obj/util.o: réadressage de R_X86_64_32 en vertu de « .rodata » ne peut être utilisé lors de la création d'un objet partagé; recompilez avec -fPIC",
      'c',
      'recompile with -fPIC',
    ],
    [
      "/usr/bin/ld: main.o: référence au symbole non défini « pthread_create@@GLIBC_2.2.5 »\n/usr/bin/ld : /lib/x86_64-linux-gnu/libpthread.so.0 : erreur lors de l'ajout de symboles : DSO manquant dans la ligne de commande\ncollect2: erreur: ld a retourné le statut de sortie 1",
      'c',
      'undefined reference',
    ],
    [
      '/usr/bin/ld: main.o: неопределённая ссылка на символ «pthread_create@@GLIBC_2.2.5»\n/usr/bin/ld: /lib/x86_64-linux-gnu/libpthread.so.0: ошибка добавления символов: в командной строке не указан DSO',
      'c',
      'undefined reference',
    ],
    [
      '/usr/bin/ld: невозможно открыть выходной файл app: Отказано в доступе\ncollect2: ошибка: выполнение ld завершилось с кодом возврата 1',
      'c',
      'cannot open output file',
    ],
    ['/usr/bin/ld: ne peut ouvrir le fichier de sortie app : Permission non accordée', 'c', 'cannot open output file'],
    ['/usr/bin/ld: no se puede abrir el fichero de salida app: Permiso denegado', 'c', 'cannot open output file'],
    [
      "/opt/arm/bin/ld: firmware.elf section `.text' will not fit in region `FLASH'\n/opt/arm/bin/ld: область «FLASH» выходит за границы на 1024 байт",
      'c',
      'region overflowed',
    ],
    ['/opt/arm/bin/ld: la région « FLASH » est débordée de 1024 octet', 'c', 'region overflowed'],
    ["/opt/arm/bin/ld: la región `FLASH' se desborda por 1024 byte", 'c', 'region overflowed'],
  ])('%j', (error, language, errorType) => expectRecognised(error, language, errorType));
});

describe('MSVC in its localised editions: the code, whatever the wording', () => {
  it.each([
    ['1>C:\\src\\app\\main.cpp(12,5): error C2065: "count": nichtdeklarierter Bezeichner', 'cpp', 'C2065'],
    ["1>c:\\src\\app\\main.cpp(12): error C2065: 'count' : identificateur non déclaré", 'cpp', 'C2065'],
    ["1>main.cpp(12): error C2065: 'count': identificador no declarado", 'cpp', 'C2065'],
    ["1>main.cpp(12,5): error C2065: 'count': 定義されていない識別子です。", 'cpp', 'C2065'],
    ['1>main.cpp(12,5): error C2065: “count”: 未声明的标识符', 'cpp', 'C2065'],
    ["1>main.cpp(12,5): error C2065: 'count': 선언되지 않은 식별자입니다.", 'cpp', 'C2065'],
    ['1>main.cpp(12,5): error C2065: count: необъявленный идентификатор', 'cpp', 'C2065'],
    ["1>main.cpp(12,5): error C2065: 'count': identificatore non dichiarato", 'cpp', 'C2065'],
    ["1>main.cpp(12,5): error C2065: 'count': identificador não declarado", 'cpp', 'C2065'],
    ['1>C:\\src\\app\\main.c(12): error C2065: "count": nichtdeklarierter Bezeichner', 'c', 'C2065'],
    ['1>main.cpp(20,1): error C2143: Syntaxfehler: Es fehlt ";" vor "}"', 'cpp', 'C2143'],
    ['1>main.cpp(20,1): error C2143: 语法错误: 缺少“;”(在“}”的前面)', 'cpp', 'C2143'],
    ["1>main.cpp(20,1): error C2143: erreur de syntaxe : absence de ';' avant '}'", 'cpp', 'C2143'],
    [
      '1>main.cpp(1,10): fatal error C1083: Datei (Include) kann nicht geöffnet werden: "curl/curl.h": No such file or directory',
      'cpp',
      'C1083',
    ],
    ['1>main.cpp(1,10): fatal error C1083: 无法打开包括文件: “curl/curl.h”: No such file or directory', 'cpp', 'C1083'],
    ["1>main.cpp(1,10): fatal error C1083: include ファイルを開けません。'curl/curl.h':No such file or directory", 'cpp', 'C1083'],
    ["1>main.cpp(1,10): fatal error C1083: Impossible d'ouvrir le fichier include : 'curl/curl.h' : No such file or directory", 'cpp', 'C1083'],
    [
      '1>main.obj : error LNK2019: Verweis auf nicht aufgelöstes externes Symbol ""void __cdecl parse(void)" (?parse@@YAXXZ)" in Funktion "main".',
      'cpp',
      'LNK2019',
    ],
    ['1>main.obj : error LNK2019: 无法解析的外部符号 "void __cdecl parse(void)" (?parse@@YAXXZ)，函数 main 中引用了该符号', 'cpp', 'LNK2019'],
    [
      '1>main.obj : error LNK2019: 未解決の外部シンボル "void __cdecl parse(void)" (?parse@@YAXXZ) が関数 main で参照されました。',
      'cpp',
      'LNK2019',
    ],
    [
      '1>main.obj : error LNK2019: ссылка на неразрешенный внешний символ "void __cdecl parse(void)" (?parse@@YAXXZ) в функции main',
      'cpp',
      'LNK2019',
    ],
    [
      '1>main.obj : error LNK2019: symbole externe non résolu "void __cdecl parse(void)" (?parse@@YAXXZ) référencé dans la fonction main',
      'cpp',
      'LNK2019',
    ],
    ['1>main.obj : error LNK2001: nicht aufgelöstes externes Symbol "_curl_easy_init".', 'c', 'LNK2001'],
    ['1>main.obj : error LNK2001: 无法解析的外部符号 _curl_easy_init', 'c', 'LNK2001'],
    ['1>LINK : fatal error LNK1104: Datei "libcurl.lib" kann nicht geöffnet werden.', 'cpp', 'LNK1104'],
    ['1>LINK : fatal error LNK1104: 无法打开文件“libcurl.lib”', 'cpp', 'LNK1104'],
    ["1>LINK : fatal error LNK1104: impossible d'ouvrir le fichier 'libcurl.lib'", 'cpp', 'LNK1104'],
    [
      '1>main.cpp(8,12): error C2664: "void f(char *)": Konvertierung von Argument 1 von "const char [6]" in "char *" nicht möglich',
      'cpp',
      'C2664',
    ],
    ['1>main.cpp(8,12): error C2664: “void f(char *)”: 无法将参数 1 从“const char [6]”转换为“char *”', 'cpp', 'C2664'],
    ["1>main.cpp(9,5): warning C4996: 'strcpy': This function or variable may be unsafe. Consider using strcpy_s instead.", 'cpp', 'C4996'],
    ['1>main.cpp(14,9): error C2039: "bar" ist kein Member von "Foo".', 'cpp', 'C2039'],
    ['1>main.cpp(14,9): error C2039: “bar”: 不是“Foo”的成员', 'cpp', 'C2039'],
    ['1>main.cpp(15,5): error C3861: "parse": Bezeichner wurde nicht gefunden.', 'cpp', 'C3861'],
    ['1>main.cpp(15,5): error C3861: “parse”: 找不到标识符', 'cpp', 'C3861'],
    [
      'Schweregrad\tCode\tBeschreibung\tProjekt\tDatei\tZeile\tUnterdrückungszustand\nFehler\tC2065\t"count": nichtdeklarierter Bezeichner\tApp\tC:\\src\\App\\main.cpp\t12\t',
      'cpp',
      'C2065',
    ],
    [
      '严重性\t代码\t说明\t项目\t文件\t行\t禁止显示状态\n错误\tLNK2019\t无法解析的外部符号 "void __cdecl parse(void)" (?parse@@YAXXZ)，函数 main 中引用了该符号\tApp\tC:\\src\\App\\main.obj\t1\t',
      'cpp',
      'LNK2019',
    ],
  ])('%j', (error, language, errorType) => expectRecognised(error, language, errorType));
});

describe('make and the C runtime, localised', () => {
  it.each([
    ['make: *** Keine Regel vorhanden, um das Ziel „main.o“, \n  benötigt von „app“, zu erstellen.  Schluss.', 'c', 'No rule to make target'],
    ['Makefile:4: *** Fehlender Trenner.  Schluss.', 'c', 'missing separator'],
    ['Makefile:4: *** séparateur manquant. Arrêt.', 'c', 'missing separator'],
    ['Makefile:4: *** 缺失分隔符。 停止。', 'c', 'missing separator'],
    ['make: *** [Makefile:7: app] Fehler 1', 'c', 'Error 1'],
    ['make: *** [Makefile:7: app] Ошибка 1', 'c', 'Error 1'],
    ['make: *** [Makefile:7：app] 错误 1', 'c', 'Error 1'],
    ['make: *** [Makefile:7: app] Erreur 1', 'c', 'Error 1'],
    ['make: *** [Makefile:7: app] エラー 1', 'c', 'Error 1'],
    ['make[1]: *** [Makefile:7: app] Fout 1', 'c', 'Error 1'],
    ['make: *** [Makefile:7: app] Błąd 1', 'c', 'Error 1'],
    ['make: *** [Makefile:7: app] Errore 1', 'c', 'Error 1'],
    ['make: *** [Makefile:7: app] Erro 1', 'c', 'Error 1'],
    ['make: *** [Makefile:7: app] Помилка 1', 'c', 'Error 1'],
    ['make: *** [Makefile:7: app] 오류 1', 'c', 'Error 1'],
    ['make: *** [Makefile:7: app] Fel 1', 'c', 'Error 1'],
    ['make: *** [Makefile:7: app] Lỗi 1', 'c', 'Error 1'],
    ['make: *** 没有规则可制作目标“main.o”，由“app” 需求。 停止。', 'c', 'No rule to make target'],
    ['make: *** Нет правила для сборки цели «main.o», требуемой для «app».  Останов.', 'c', 'No rule to make target'],
    ['make: *** Aucune règle pour fabriquer la cible « main.o », nécessaire pour « app ». Arrêt.', 'c', 'No rule to make target'],
    ["make: *** No hay ninguna regla para construir el objetivo 'main.o', necesario para 'app'.  Alto.", 'c', 'No rule to make target'],
    ['Speicherzugriffsfehler (Speicherabzug geschrieben)', 'c', 'segmentation fault'],
    ['./app\nErreur de segmentation (core dumped)', 'c', 'segmentation fault'],
    ["Violación de segmento (`core' generado)", 'c', 'segmentation fault'],
    ['Falha de segmentação (imagem do núcleo gravada)', 'c', 'segmentation fault'],
    ['Errore di segmentazione (core dump creato)', 'c', 'segmentation fault'],
    ['Ошибка сегментирования (стек памяти сброшен на диск)', 'c', 'segmentation fault'],
    ['Naruszenie ochrony pamięci (zrzut pamięci)', 'c', 'segmentation fault'],
    ["Помилка адресування (збережено знімок оперативної пам'яті)", 'c', 'segmentation fault'],
    ['段错误 (核心已转储)', 'c', 'segmentation fault'],
    ['程式記憶體區段錯誤 (核心已傾印)', 'c', 'segmentation fault'],
    ['세그멘테이션 오류 (core dumped)', 'c', 'segmentation fault'],
    ['Segmenteringsfel (minnesutskrift skapad)', 'c', 'segmentation fault'],
    ['Segmentatiefout (geheugendump gemaakt)', 'c', 'segmentation fault'],
    ['Lỗi phân đoạn (đã core dumped)', 'c', 'segmentation fault'],
    ['Parçalama arızası (çekirdek döküldü)', 'c', 'segmentation fault'],
    ['free(): double free detected in tcache 2\nAbgebrochen (Speicherabzug geschrieben)', 'c', 'double free'],
    ['double free or corruption (out)\nAbandon (core dumped)', 'c', 'double free'],
    ['*** stack smashing detected ***: terminated\nAbgebrochen (Speicherabzug geschrieben)', 'c', 'stack smashing detected'],
    ['*** stack smashing detected ***: terminated\n已放弃 (核心已转储)', 'c', 'stack smashing detected'],
  ])('%j', (error, language, errorType) => expectRecognised(error, language, errorType));
});

describe('every catalog translation of a gcc message takes its English original’s answer', () => {
  const fill = (format: string): string => {
    let n = 0;
    const names = ['buffer', 'int *', 'char *'];
    return format
      .replace(/%(?:\d\$)?([sdc])/g, (_m, kind: string) => (kind === 'd' ? '2' : kind === 'c' ? '"' : names[n++ % names.length]))
      .replace(/‘/g, '«')
      .replace(/’/g, '»');
  };
  const all = GCC_CATALOG_MESSAGES.filter(([tool]) => tool === 'gcc').flatMap(([, english, translations]) =>
    translations.map((t) => [english, t] as const),
  );
  // A few translations word two English messages alike (Russian "повторное определение" is both gcc's
  // redefinition and multiple definition): those take the first message's answer, and are left out here.
  const shared = (t: string) => new Set(all.filter(([, other]) => other === t).map(([english]) => english)).size > 1;
  const rows = all.filter(([, t]) => !shared(t));
  it('covers hundreds of translations', () => expect(rows.length).toBeGreaterThan(900));
  it.each(rows)('%s <- %s', (english, translation) => {
    const en = answer(`src/main.c:12:5: error: ${fill(english).replace(/«/g, '‘').replace(/»/g, '’')}`);
    const local = answer(`src/main.c:12:5: Fehler: ${fill(translation)}`);
    expect([local.language, local.error_type]).toEqual([en.language, en.error_type]);
  });
});

describe('the fixes name what the localised message captured', () => {
  it('the undeclared name (German gcc)', () => {
    expect(fixText('main.c:5:5: Fehler: »retry_count« nicht deklariert (erste Verwendung in dieser Funktion)')).toContain('retry_count');
  });
  it('the missing header (Chinese gcc)', () => {
    expect(fixText('main.c:1:10: 致命错误：libxml/parser.h：没有那个文件或目录')).toContain('libxml/parser.h');
  });
  it('the undefined symbol (Russian ld)', () => {
    expect(
      fixText('main.c:(.text+0x1e): неопределённая ссылка на «parse_config»\ncollect2: ошибка: выполнение ld завершилось с кодом возврата 1'),
    ).toContain('parse_config');
  });
  it('the library (French ld)', () => {
    expect(fixText('/usr/bin/ld: ne peut pas trouver -lssl : Aucun fichier ou dossier de ce type')).toContain('ssl');
  });
});
